import Foundation
import Testing
@testable import BulletinKit

/// Misses seen in the twenty-ninth session in holdout54's Polish, Turkish and Ukrainian articles and holdout53's Russian ones
/// (NameFinder+Left29East.swift). Texts written here, with other names than the articles; every rule has a must-find and a
/// must-not-find check.
@Suite struct EntityLeft29EastTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: All

    @Test func anOpenerBeforeAnAcronymIsNoPartOfTheBody() {
        let e = extract("Rzeszów (PAP) - Ulewy trwały całą noc. Meteorolodzy IMGW ostrzegają przed burzami. Hydrolodzy obserwują rzeki.", "pl")
        #expect(names(e, .organization).contains("IMGW"), "\(all(e))")
        #expect(!all(e).contains { $0.contains("Meteorolodzy") }, "\(all(e))")
        // A given name before capitals stays the person's.
        let kept = extract("Warszawa (PAP) - Wczoraj obradował sejm. Anna NOWAK zabrała głos jako pierwsza.", "pl")
        #expect(!names(kept, .organization).contains("NOWAK"), "\(all(kept))")
    }

    @Test func timeZonesAndTickersAreNoNames() {
        let e = extract("Акции компании \"Сибнефтегаз\" (MOEX: SBNG) к 14:30 МСК подорожали на 3%, сообщила Московская биржа.", "ru")
        #expect(!all(e).contains { $0.hasSuffix(":SBNG") || $0.hasSuffix(":МСК") }, "\(all(e))")
        // Capitals elsewhere stay.
        let kept = extract("Компания \"Сибнефтегаз\" подписала договор с ВЭБ. Об этом сообщили в ВЭБ.", "ru")
        #expect(all(kept).contains { $0.hasSuffix(":ВЭБ") }, "\(all(kept))")
    }

    // MARK: Turkish

    @Test func turkishOneLetterEndingsAreCutAndClubsAreBodies() {
        let e = extract("Sivasspor, sahasında Alanyaspor'u 3-0 yendi. Alanyaspor ligde 12. sırada. Kaleci Mert Yalçınkaya'yı tebrik etti.", "tr")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Alanyaspor"), "\(all(e))")
        #expect(!names(e, .place).contains("Alanyaspor'u"), "\(all(e))")
        // A place with a one-letter ending stays a place.
        let kept = extract("Heyet daha sonra Erzincan'a geçti ve Erzincan Valisi ile görüştü.", "tr")
        #expect(!names(kept, .organization).contains("Erzincan"), "\(all(kept))")
    }

    @Test func turkishTitlesInsideAPersonSplitIt() {
        let e = extract("Maçın ardından konuşan Sivasspor Teknik Direktörü Bülent Kazancıoğlu, takımını kutladı.", "tr")
        #expect(names(e, .person).contains("Bülent Kazancıoğlu"), "\(all(e))")
        #expect(!names(e, .person).contains { $0.contains("Direktörü") }, "\(all(e))")
        let plain = extract("Maçın ardından konuşan Bülent Kazancıoğlu takımını kutladı.", "tr")
        #expect(names(plain, .person).contains("Bülent Kazancıoğlu"), "\(all(plain))")
    }

    @Test func turkishDemonymsBeforeANounAreNoPlaces() {
        let e = extract("Takım, Kamerunlu forvet Joel Mbarga ile anlaştı. Kütahyalı bir işçi de kazada yaralandı.", "tr")
        #expect(!names(e, .place).contains("Kamerunlu"), "\(all(e))")
        #expect(!names(e, .place).contains("Kütahyalı"), "\(all(e))")
        #expect(e.countries.contains("CM"), "\(e.countries)")
        // A town in -li followed by its case ending stays.
        let kept = extract("Heyet Denizli'de incelemelerde bulundu.", "tr")
        #expect(names(kept, .place).contains("Denizli"), "\(all(kept))")
    }

    @Test func turkishDistrictsBeforeIlcesinde() {
        let e = extract("Genç oyuncu Rize'nin Ardeşen ilçesinde doğdu; ailesi Of ilçesinde yaşıyor.", "tr")
        #expect(names(e, .place).contains("Ardeşen"), "\(all(e))")
        #expect(names(e, .place).contains("Of"), "\(all(e))")
        let none = extract("Bu ilçede yaşayan aileler etkilendi.", "tr")
        #expect(names(none, .place).isEmpty, "\(all(none))")
    }

    @Test func turkishWorkTitlesAndCompetitionsAreNoNames() {
        let e = extract("""
            En iyi film ödülünü "Sessiz Vadi" adlı film aldı. Ulusal Belgesel Film Yarışması'nda ise ödül verildi. Gaziantep Film \
            Festivali'nde gösterimler sürüyor.
            """, "tr")
        #expect(!all(e).contains { $0.contains("Sessiz Vadi") }, "\(all(e))")
        #expect(!all(e).contains { $0.contains("Yarışması") }, "\(all(e))")
        #expect(names(e, .organization).contains("Gaziantep Film Festivali"), "\(all(e))")
        // A quoted name before no work's noun stays.
        let kept = extract("Ödülü \"Ahmet Karaca\" aldı ve teşekkür etti.", "tr")
        #expect(!all(kept).isEmpty, "\(all(kept))")
    }

    @Test func turkishBodiesOverVeSplit() {
        let e = extract("Törende konuşan vali, Ege Üniversitesi ve Gençlik ve Spor Bakanlığı temsilcilerine teşekkür etti.", "tr")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Ege Üniversitesi"), "\(all(e))")
        #expect(orgs.contains("Gençlik ve Spor Bakanlığı"), "\(all(e))")
        let one = extract("Törende konuşan vali, Gençlik ve Spor Bakanlığı temsilcilerine teşekkür etti.", "tr")
        #expect(names(one, .organization).contains("Gençlik ve Spor Bakanlığı"), "\(all(one))")
    }

    @Test func turkishOpenersAndNicknamesAreNoNames() {
        let e = extract("Açılışa katılanlar konuştu. Davete Manisa Büyükşehir Belediyesi temsilcileri katıldı. Sarı-lacivertliler maçı kazandı.", "tr")
        #expect(names(e, .organization).contains("Manisa Büyükşehir Belediyesi"), "\(all(e))")
        #expect(!all(e).contains { $0.contains("Davete") || $0.contains("lacivertliler") }, "\(all(e))")
        let kept = extract("Manisa Büyükşehir Belediyesi yeni projeyi tanıttı.", "tr")
        #expect(names(kept, .organization).contains("Manisa Büyükşehir Belediyesi"), "\(all(kept))")
    }

    // MARK: Polish

    @Test func polishBodiesInTheirCasesAndTheirJoins() {
        let e = extract("""
            Olsztyn (PAP) - Przed Sądem Rejonowym w Olsztynie stanął we wtorek były pracownik Zarządu Melioracji i Urządzeń Wodnych \
            w Olsztynie (ZMiUW). Akt oskarżenia przygotowała Prokuratura Rejonowa w Olsztynie.
            """, "pl")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Sądem Rejonowym w Olsztynie"), "\(all(e))")
        #expect(orgs.contains("Zarządu Melioracji i Urządzeń Wodnych w Olsztynie"), "\(all(e))")
        #expect(!names(e, .person).contains { $0.contains("Przed") }, "\(all(e))")
        // Two bodies over "i" stay two.
        let two = extract("Olsztyn (PAP) - Sprawą zajęły się Sąd Rejonowy i Prokuratura Krajowa.", "pl")
        #expect(!names(two, .organization).contains("Sąd Rejonowy i Prokuratura Krajowa"), "\(all(two))")
    }

    @Test func polishTownThenPersonSplit() {
        let e = extract("Olsztyn (PAP) - Jak poinformował rzecznik Urzędu Miejskiego w Olsztynie Marcina Kowalczyka wniosek odrzucono.", "pl")
        #expect(!all(e).contains { $0.contains("Olsztynie Marcina") }, "\(all(e))")
        #expect(names(e, .person).contains("Marcina Kowalczyka"), "\(all(e))")
        let kept = extract("Olsztyn (PAP) - Wniosek złożył Marcin Kowalczyk z Olsztyna.", "pl")
        #expect(names(kept, .person).contains("Marcin Kowalczyk"), "\(all(kept))")
    }

    @Test func polishCompaniesAfterTheirNoun() {
        let e = extract("Olsztyn (PAP) - Spółka Tauron Ciepło poinformowała o awarii. Właściciel firmy Drog-Bud z Ełku odmówił komentarza.", "pl")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Tauron Ciepło"), "\(all(e))")
        #expect(orgs.contains("Drog-Bud"), "\(all(e))")
        let none = extract("Olsztyn (PAP) - Spółka poinformowała o awarii w nocy.", "pl")
        #expect(names(none, .organization).isEmpty || !names(none, .organization).contains("Spółka"), "\(all(none))")
    }

    @Test func polishDistrictsRoadsAndFeatures() {
        let e = extract("""
            Kraków (PAP) - Prace trwają w dzielnicach Bronowice, Prokocim i Bieżanów. Bez prądu są domy w powiatach gorlickim i \
            nowosądeckim. Utrudnienia są na drodze krajowej nr 75 i na przełęczy Tylickiej, a także w Beskidzie Sądeckim.
            """, "pl")
        let places = names(e, .place)
        #expect(places.isSuperset(of: ["Bronowice", "Prokocim", "Bieżanów"]), "\(all(e))")
        #expect(places.contains("powiatach gorlickim"), "\(all(e))")
        #expect(places.contains("nowosądeckim"), "\(all(e))")
        #expect(places.contains("drodze krajowej nr 75"), "\(all(e))")
        #expect(places.contains("przełęczy Tylickiej"), "\(all(e))")
        #expect(places.contains("Beskidzie Sądeckim"), "\(all(e))")
        // A lowercase adjective after no district's noun is nothing.
        let none = extract("Kraków (PAP) - Rząd przyjął plan gorlicki jako wzór.", "pl")
        #expect(!names(none, .place).contains("gorlicki"), "\(all(none))")
    }

    @Test func polishTownAndItsAdjectiveAfterAPreposition() {
        let e = extract("Olsztyn (PAP) - Przedsiębiorca ze Starogardu Gdańskiego został zatrzymany.", "pl")
        #expect(names(e, .place).contains("Starogardu Gdańskiego"), "\(all(e))")
        let none = extract("Olsztyn (PAP) - Wyrok wydał Uniwersytet Gdański w zeszłym roku.", "pl")
        #expect(!names(none, .place).contains("Uniwersytet Gdański"), "\(all(none))")
    }

    // MARK: Ukrainian and Russian

    @Test func aWordListedWithPlacesIsAPlace() {
        let e = extract("До центру звернулися пацієнти з Рівного, Дубна, Острога та Здолбунова.", "uk")
        let places = names(e, .place)
        #expect(places.contains("Здолбунова"), "\(all(e))")
        #expect(!names(e, .person).contains("Здолбунова"), "\(all(e))")
        let kept = extract("Центр відвідали Олег Ляшко та Петро Мельничук.", "uk")
        #expect(!names(kept, .place).contains("Петро Мельничук"), "\(all(kept))")
    }

    @Test func cyrillicBodiesAfterATownsAdjective() {
        let e = extract("У Тернопільській обласній дитячій лікарні відкрили відділення. Про це повідомили в Тернопільському національному медичному університеті.", "uk")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Тернопільській обласній дитячій лікарні"), "\(all(e))")
        #expect(orgs.contains("Тернопільському національному медичному університеті"), "\(all(e))")
        let none = extract("У Тернопільській області похолодало.", "uk")
        #expect(names(none, .organization).isEmpty, "\(all(none))")
    }

    @Test func cyrillicQuotedLatinBodiesAndTrailingConjunctions() {
        let e = extract("Кошти виділили Світовий банк і німецька фундація \"Hilfe fur Kinder\" з Берліна.", "uk")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Hilfe fur Kinder"), "\(all(e))")
        #expect(!orgs.contains { $0.contains("німецька") }, "\(all(e))")
        let none = extract("Він сказав \"Hello World\" і пішов.", "uk")
        #expect(!names(none, .organization).contains("Hello World"), "\(all(none))")
    }

    @Test func russianOfficesOfRegionsAndNamedAfterInitials() {
        let e = extract("""
            По данным управления Росприроднадзора по Амурской области, выбросы снизились. Специалисты НИИ эпидемиологии имени \
            Н. Ф. Гамалеи Минздрава России подтвердили данные.
            """, "ru")
        let orgs = names(e, .organization)
        #expect(orgs.contains("управления Росприроднадзора по Амурской области"), "\(all(e))")
        #expect(orgs.contains("НИИ эпидемиологии имени Н. Ф. Гамалеи"), "\(all(e))")
        #expect(!names(e, .person).contains { $0.contains("Гамалеи") }, "\(all(e))")
        let none = extract("По данным Росприроднадзора, выбросы снизились.", "ru")
        #expect(!names(none, .organization).contains { $0.contains("управления") }, "\(all(none))")
    }

    @Test func russianLeaguesHallsAndAcronymCompounds() {
        let e = extract("""
            Матч Единой молодежной лиги ВТБ прошел в Казани. В больнице открыли лабораторию МРТ-диагностики.
            """, "ru")
        #expect(names(e, .organization).contains("Единой молодежной лиги ВТБ"), "\(all(e))")
        #expect(!all(e).contains { $0.contains("диагностики") }, "\(all(e))")
        // A league named by its rank alone is no name.
        let none = extract("Команда провела матч Первой лиги в Омске.", "ru")
        #expect(!names(none, .organization).contains { $0.contains("лиги") }, "\(all(none))")
    }

    @Test func polishTownsAfterAUnitsNounAndResidents() {
        let e = extract("Kielce (PAP) - Przed siedzibą Urzędu Miasta Kielc protestowali w środę mieszkańcy Herbów, którzy chcą nowej drogi.", "pl")
        #expect(names(e, .organization).contains("Urzędu Miasta Kielc"), "\(all(e))")
        #expect(names(e, .place).contains("Herbów"), "\(all(e))")
        // A person after the residents' noun is no place of theirs.
        let none = extract("Kielce (PAP) - Przed urzędem protestowali w środę mieszkańcy, a Anna Kowalska zbierała podpisy.", "pl")
        #expect(!names(none, .place).contains("Anna Kowalska"), "\(all(none))")
    }

    @Test func cyrillicNamedAfterOverLowercaseWordsAndPorts() {
        let e = extract("На свято приїхали студенти Косівського фахового коледжу мистецтв імені Марка Черемшини. Термінали Ренійського морського порту працюють.", "uk")
        #expect(names(e, .organization).contains("Косівського фахового коледжу мистецтв імені Марка Черемшини"), "\(all(e))")
        #expect(names(e, .place).contains("Ренійського морського порту"), "\(all(e))")
        let none = extract("Студенти коледжу мистецтв імені не назвали.", "uk")
        #expect(!names(none, .organization).contains { $0.contains("імені") }, "\(all(none))")
    }
}
