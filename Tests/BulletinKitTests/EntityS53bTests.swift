import Foundation
import Testing
@testable import BulletinKit

/// English, French, Vietnamese and Russian names of holdout76's kinds (NameFinder+S53b.swift). Texts written here, with
/// other names and other sentences than the set's; each rule has a must-find check and a must-not-find one.
@Suite struct EntityS53bTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)
    func codes(_ e: Extraction) -> Set<String> { Set(e.countries) }

    @Test func englishTitleGluedBeforeAPerson() {
        let e = extract("\"The evidence was clear,\" Director of Public Works Gregory Omondi told reporters in Kisumu on Monday.", "en")
        #expect(names(e, .person).contains("Gregory Omondi"), "\(all(e))")
        #expect(!names(e, .person).contains { $0.hasPrefix("Works") }, "\(all(e))")
        let f = extract("The report was written by Gregory Omondi and Ruth Achieng of Kisumu, officials said.", "en")
        #expect(names(f, .person).contains("Gregory Omondi"), "\(all(f))")
    }

    @Test func englishBodyJoinedByAnd() {
        let e = extract("A judge of the Supreme Court's Land and Environment Division ruled on Friday in Nakuru.", "en")
        #expect(names(e, .organization).contains("Land and Environment Division"), "\(all(e))")
        let f = extract("Farmers from Nakuru and the Rift Valley Division met on Friday.", "en")
        #expect(!names(f, .organization).contains { $0.hasPrefix("Nakuru and") }, "\(all(f))")
    }

    @Test func englishVenuesAreFirms() {
        let e = extract("Tourists returned to Ocho Rios, where the nearby Coral Reef Bar reopened in May, said Paula Grant.", "en")
        #expect(names(e, .organization).contains("Coral Reef Bar"), "\(all(e))")
        #expect(!names(e, .person).contains("Coral Reef Bar"), "\(all(e))")
        #expect(names(e, .person).contains("Paula Grant"), "\(all(e))")
    }

    @Test func englishBetweenAPlaceAndAName() {
        let e = extract("The road between Hatton and Talawakele Oya was closed after a landslide, police in Kandy said.", "en")
        #expect(names(e, .place).contains("Talawakele Oya"), "\(all(e))")
        let f = extract("Talks between Mahinda Perera and Kandy officials ended on Monday, a section of the press said.", "en")
        #expect(!names(f, .place).contains("Mahinda Perera"), "\(all(f))")
    }

    @Test func englishEstateIsAPlace() {
        let e = extract("\"The rains came early,\" said Nimal Silva, manager of the Dunsinane estate near Pundaluoya.", "en")
        #expect(names(e, .place).contains("Dunsinane"), "\(all(e))")
        let f = extract("\"The rains came early,\" said Nimal Silva, who manages an estate near Pundaluoya.", "en")
        #expect(!names(f, .place).contains("Nimal Silva"), "\(all(f))")
    }

    @Test func englishBrokerWithAFirmIsAPerson() {
        let e = extract("\"Demand stayed firm,\" said Roshan Fonseka, a broker with the firm, on Tuesday in Colombo.", "en")
        #expect(names(e, .person).contains("Roshan Fonseka"), "\(all(e))")
        let f = extract("Exports were handled by Asia Siyaka Brokers, a broker, said the board in Colombo.", "en")
        #expect(!names(f, .person).contains("Asia Siyaka Brokers"), "\(all(f))")
    }

    @Test func englishRouteWithAHyphenatedTown() {
        let e = extract("Traffic on the Kingston-Savanna-la-Mar road was slow on Monday, police said.", "en")
        #expect(names(e, .place).contains("Savanna-la-Mar"), "\(all(e))")
        let f = extract("Elephants use the Kruger-Maputo corridor, rangers in Nelspruit said.", "en")
        #expect(names(f, .place).contains("Kruger-Maputo"), "\(all(f))")
        let g = extract("Shares of Hewlett-Packard rose on Monday, traders in Boston said.", "en")
        #expect(!names(g, .place).contains("Hewlett"), "\(all(g))")
    }

    @Test func frenchBodyHeadWithLowercaseWords() {
        let e = extract("Selon la Direction de la statistique agricole, la récolte a baissé de 12% à Kindia.", "fr")
        #expect(names(e, .organization).contains("Direction de la statistique agricole"), "\(all(e))")
        let f = extract("La Direction a annoncé lundi de nouvelles mesures à Kindia, selon un communiqué.", "fr")
        #expect(!names(f, .organization).contains { $0.hasPrefix("Direction a") }, "\(all(f))")
    }

    @Test func frenchRegionalGovernment() {
        let e = extract("Le président de la Région sardinienne, Marco Pinna, a réclamé des fonds à Cagliari.", "fr")
        #expect(names(e, .organization).contains("Région sardinienne"), "\(all(e))")
        let f = extract("La région a reçu peu de pluie cet automne, selon Marco Pinna à Cagliari.", "fr")
        #expect(!names(f, .organization).contains { $0.lowercased().hasPrefix("région") }, "\(all(f))")
    }

    @Test func frenchRiverNamedLikeACountry() {
        let e = extract("Dans la vallée du Niger, les pêcheurs de Ségou attendent la crue, selon Moussa Traoré.", "fr")
        #expect(!codes(e).contains("NE"), "\(all(e))")
        let f = extract("Le Niger a fermé sa frontière avec le Bénin lundi, selon Moussa Traoré.", "fr")
        #expect(codes(f).contains("NE"), "\(all(f))")
    }

    @Test func frenchStationNamedLikeATown() {
        let e = extract("Le train est parti de la gare de Thiès à 7h00. À Thiès, les commerçants attendaient depuis l'aube.", "fr")
        #expect(names(e, .place).contains("gare de Thiès"), "\(all(e))")
        let f = extract("Le train est parti de la gare de Kaolack à 7h00, selon la compagnie.", "fr")
        #expect(!names(f, .place).contains("gare de Kaolack"), "\(all(f))")
    }

    @Test func frenchListedPlaces() {
        let e = extract("La ville de Catane a reçu de l'aide. Trois provinces: Catane, Ragusa et Modica, manquent d'eau.", "fr")
        #expect(names(e, .place).contains("Ragusa") && names(e, .place).contains("Modica"), "\(all(e))")
        #expect(!names(e, .organization).contains("Modica"), "\(all(e))")
    }

    @Test func vietnameseMinistryWithAndRunsToTheCountry() {
        let e = extract("Theo Bộ Thương mại và Hợp tác xã Campuchia, xuất khẩu gạo tăng 8%.", "vi")
        #expect(names(e, .organization).contains("Bộ Thương mại và Hợp tác xã Campuchia"), "\(all(e))")
        let f = extract("Bộ Y tế cho biết Campuchia đã ghi nhận thêm ca bệnh.", "vi")
        #expect(!names(f, .organization).contains { $0.hasSuffix("Campuchia") }, "\(all(f))")
    }

    @Test func vietnameseListedBorderGates() {
        let e = extract("Doanh nghiệp đề nghị mở thêm cửa khẩu Móng Cái và Hà Tiên cho nông sản.", "vi")
        #expect(names(e, .place).contains("Hà Tiên"), "\(all(e))")
        #expect(!names(e, .person).contains("Hà Tiên"), "\(all(e))")
        let f = extract("Tại cửa khẩu Móng Cái, Trần Văn Bình cho biết hàng hóa đã thông quan.", "vi")
        #expect(!names(f, .place).contains("Trần Văn Bình"), "\(all(f))")
    }

    @Test func vietnamesePeopleIsNone() {
        let e = extract("Bà H'Lan, người dân tộc Ê Đê ở xã Ea Kao, cho biết giá cà phê tăng.", "vi")
        #expect(!names(e, .place).contains { $0.hasSuffix("Đê") }, "\(all(e))")
        #expect(names(e, .place).contains("Ea Kao"), "\(all(e))")
    }

    @Test func vietnameseRouteEnds() {
        let e = extract("Tuyến cao tốc Cam Lộ - La Sơn đã thông xe, nối với cao tốc La Sơn - Túy Loan.", "vi")
        #expect(names(e, .place).contains("Cam Lộ"), "\(all(e))")
    }

    @Test func russianVolcano() {
        let e = extract("Вулкан Карымский выбросил пепел на высоту 5 км, сообщили в Петропавловске-Камчатском.", "ru")
        #expect(names(e, .place).contains("Карымский"), "\(all(e))")
        #expect(!names(e, .person).contains { $0.contains("Карымск") }, "\(all(e))")
    }

    @Test func russianBodyBeforeAPerson() {
        let e = extract("По словам директора Института геологии СО РАН Дмитрия Соколова, работы продолжатся.", "ru")
        #expect(names(e, .person).contains { $0.hasPrefix("Дмитри") && $0.contains("Соколов") }, "\(all(e))")
        #expect(!names(e, .organization).contains { $0.contains("Соколов") }, "\(all(e))")
    }

    @Test func russianQuotedFirmAfterItsNoun() {
        let e = extract("Рейсы авиакомпании \"Северное авиационное предприятие\" задержаны в Анадыре.", "ru")
        #expect(names(e, .organization).contains { $0.hasPrefix("Северное авиационное") }, "\(all(e))")
        let f = extract("Рейсы авиакомпании задержаны в Анадыре, \"Северное сияние\" видно всем.", "ru")
        #expect(!names(f, .organization).contains { $0.hasPrefix("Северное") }, "\(all(f))")
    }

    @Test func russianContinentsAreNone() {
        let e = extract("Рейсы между Южной Америкой и Азией задержаны, сообщили в Анадыре.", "ru")
        #expect(!codes(e).contains("US"), "\(all(e))")
        #expect(!names(e, .place).contains("Азией"), "\(all(e))")
        let f = extract("Делегация из Южной Африки прибыла в Анадырь.", "ru")
        #expect(codes(f).contains("ZA"), "\(all(f))")
    }

    @Test func russianTrainNameIsNone() {
        let e = extract("Скоростной поезд \"Сапсан\" впервые прибыл в Тверь, сообщила компания.", "ru")
        #expect(!names(e, .organization).contains("Сапсан"), "\(all(e))")
    }

    @Test func englishCommonNounOpener() {
        let e = extract("Rice output fell. Rice is Laos's main crop, and rice prices rose in Vientiane.", "en")
        #expect(!names(e, .organization).contains("Rice") && !names(e, .person).contains("Rice"), "\(all(e))")
        let f = extract("The Rice Board met in Vientiane. Rice Board officials said rice prices rose.", "en")
        #expect(names(f, .organization).contains("Rice Board"), "\(all(f))")
    }

    @Test func russianObliqueCaseOfAKnownPlace() {
        let e = extract("Поезд прибыл в Бухару. На вокзале Бухары встречали гостей, туристы полюбили Бухару.", "ru")
        #expect(!names(e, .organization).contains("Бухару"), "\(all(e))")
    }

    @Test func vietnameseCorridorCode() {
        let e = extract("Hàng hóa đi theo hành lang R9 qua cửa khẩu Lao Bảo, tỉnh Quảng Trị.", "vi")
        #expect(names(e, .place).contains("R9"), "\(all(e))")
        let f = extract("Hàng hóa đi theo hành lang kinh tế qua cửa khẩu Lao Bảo, tỉnh Quảng Trị.", "vi")
        #expect(!names(f, .place).contains("R9"), "\(all(f))")
    }

    @Test func russianLowercaseDepartment() {
        let e = extract("Об этом сообщил начальник управления природных ресурсов и регулирования природопользования области Асхат Нурланов.", "ru")
        #expect(names(e, .organization).contains("управления природных ресурсов и регулирования природопользования"), "\(all(e))")
        let f = extract("Об этом сообщил начальник управления области Асхат Нурланов.", "ru")
        #expect(!names(f, .organization).contains("управления"), "\(all(f))")
    }

    @Test func latinAcronymAfterAPlaceIsNoSpelling() {
        let e = extract("Об этом рассказал руководитель группы мониторинга вулканов Курил (SVERT) Иван Петров.", "ru")
        #expect(!e.entities.contains { $0.type == .place && $0.aliases.contains("SVERT") }, "\(all(e))")
        let f = extract("Актриса Элина Озолиня (Elīna Ozoliņa) приехала в Ригу.", "ru")
        #expect(e.entities.count > 0 && f.entities.contains { $0.aliases.contains("Elīna Ozoliņa") && $0.aliases.contains("Элина Озолиня") }, "\(all(f))")
    }

    @Test func frenchTownOfARegion() {
        let e = extract("Des associations de Naples et de Lamezia de Calabre ont manifesté samedi.", "fr")
        #expect(names(e, .place).contains("Lamezia de Calabre"), "\(all(e))")
        let f = extract("Des associations de Naples et de Calabre ont manifesté samedi.", "fr")
        #expect(!names(f, .place).contains { $0.hasSuffix("de Calabre") }, "\(all(f))")
    }

    @Test func frenchAirportAcronymJoinsTheAirport() {
        let e = extract("Le vol a atterri à l'aéroport international Félix-Houphouët-Boigny (AIFHB) d'Abidjan. L'AIFHB a rouvert lundi.", "fr")
        #expect(e.entities.contains { $0.type == .place && $0.aliases.contains("AIFHB") && $0.name.hasPrefix("aéroport") }, "\(all(e))")
    }
}
