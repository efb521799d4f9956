import Foundation
import Testing
@testable import BulletinKit

/// Discovery patterns found missing on scripts/entity-unseen/holdout15 (seed-style wire copy weighted toward
/// Arabic, written and scored before any rule was changed for it). Every test uses other names than those
/// articles (its texts are written here), and every rule has a must-find and a must-not-find check.
@Suite struct EntityHoldout15Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    @Test func portTownsAreOneHyphenatedPlace() {
        let e = extract("Le ministre a visité Port-Gentil avec ses collègues, puis l'Autorité portuaire de Port-Gentil.", "fr")
        #expect(names(e, .place).contains("Port-Gentil"), "\(all(e))")
        #expect(!names(e, .person).contains { $0.contains("Gentil") }, "\(all(e))")
        let en = extract("The Port Authority of Lobito and the Port Development Board met on Monday.", "en")
        #expect(!names(en, .place).contains { $0.hasPrefix("Port ") }, "a port's authority is no town: \(all(en))")
    }

    @Test func datelinesBeforeADateOrAnAgencyAreTowns() {
        let de = extract("Sliema, 6. November (Kazinform) – Kasachstan und Malta haben ein Abkommen unterzeichnet.", "de")
        #expect(names(de, .place).contains("Sliema"), "\(all(de))")
        let vi = extract("Kaolack (TTXVN) – Ngày 3/12, hai bên đã ký biên bản hợp tác.", "vi")
        #expect(names(vi, .place).contains("Kaolack"), "\(all(vi))")
        let en = extract("Peter Brandwell, 45, said on Monday that the plant would open.", "en")
        #expect(!names(en, .place).contains("Peter Brandwell"), "a person's age is no date: \(all(en))")
    }

    @Test func anOceanNamedByACountryAdjectiveIsAPlaceNotTheCountry() {
        let en = extract("The tankers cross the Indian Ocean every week.", "en")
        #expect(!en.countries.contains("IN") && names(en, .place).contains("Indian Ocean"), "\(all(en)) \(en.countries)")
        let fr = extract("Les bateaux traversent l'océan Indien. Les ingénieurs indiens sont arrivés.", "fr")
        #expect(fr.countries.contains("IN"), "an adjective elsewhere still names the country: \(fr.countries)")
        #expect(names(fr, .place).contains("océan Indien"), "\(all(fr))")
    }

    @Test func frenchPortfoliosAfterAMinisterAreNoOrganizations() {
        let body = "Le ministre sénégalais de l'Agriculture, des Forêts et des Pêches, Amadou Tidiane Ndour, a reçu la délégation. " +
            "La Chambre de commerce et d'industrie de Kaolack et la Chambre de commerce et d'autres institutions étaient présentes."
        let e = extract(body, "fr")
        let orgs = names(e, .organization)
        #expect(!orgs.contains("Forêts") && !orgs.contains("Pêches"), "\(all(e))")
        #expect(names(e, .person).contains("Amadou Tidiane Ndour"), "\(all(e))")
        #expect(orgs.contains("Chambre de commerce et d'industrie de Kaolack"), "\(all(e))")
        #expect(!orgs.contains { $0.contains("autres") }, "a stopword after et d' ends the name: \(all(e))")
    }

    @Test func vietnameseCompanyAfterSocieteParActionsKeepsItsLowercaseWords() {
        let e = extract("La société par actions Gạch men Thanh Tâm et la société sénégalaise Céramiques du Sine ont signé un contrat.", "fr")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Gạch men Thanh Tâm"), "\(all(e))")
        #expect(!orgs.contains { $0.contains(" et ") } && !names(e, .person).contains("Thanh Tâm"), "\(all(e))")
    }

    @Test func islandsAndInstitutionsOfAKnownPlace() {
        let e = extract("Le projet concerne l'île Maré. L'Université de Cần Thơ et l'Institut de Cần Thơ pour la recherche ont signé. Il vit à l'île Maurice.", "fr")
        #expect(names(e, .place).contains("Maré"), "\(all(e))")
        #expect(names(e, .organization).contains("Université de Cần Thơ"), "\(all(e))")
        #expect(!names(e, .organization).contains("Institut de Cần Thơ"), "an institution's name going on is left to the other rules: \(all(e))")
        #expect(e.countries.contains("MU") && !names(e, .place).contains("Maurice"), "an island that is a country stays the country: \(all(e))")
    }

    @Test func englishPlacesInListsEstatesAndCompassPhrases() {
        let body = "Offices will open in Gaborone, Tsabong's Ghanzi and Maun. The plant stands at the Lanseria industrial park in central Luzon. " +
            "Exports rose at Kenya's Mombasa port, and farmers in central Kenya were pleased."
        let e = extract(body, "en")
        let places = names(e, .place)
        for p in ["Tsabong's Ghanzi", "Maun", "Lanseria", "Luzon"] { #expect(places.contains(p), "\(p): \(all(e))") }
        #expect(!places.contains("Kenya's Mombasa") && !places.contains("Kenya"), "a possessive outside a list stays one: \(all(e))")
    }

    @Test func titledPeopleWithSaintsInitialsAndPortfolioLists() {
        let body = "The agreement was signed by Deputy Minister of Energy of Belarus Pavel K. Semashko and Minister of Lands, Housing and Urban " +
            "Development of the Republic of Zambia Chanda Mwale-Phiri. Board chairman Marcia St. Rose attended. Ambassador Li Wenhao " +
            "was there too. Li said the port would grow."
        let e = extract(body, "en")
        let people = names(e, .person)
        for p in ["Pavel K. Semashko", "Chanda Mwale-Phiri", "Marcia St. Rose", "Li Wenhao"] { #expect(people.contains(p), "\(p): \(all(e))") }
        #expect(!people.contains { $0.hasPrefix("Housing") || $0.hasPrefix("Urban") }, "\(all(e))")
        #expect(!names(e, .organization).contains("Rose") && !names(e, .organization).contains("Li"), "\(all(e))")
        #expect(e.entities.filter { $0.type == .person && $0.aliases.contains("Li") || $0.name == "Li" }.count <= 1, "\(all(e))")
    }

    @Test func trinidadAndTobagoIsOneCountry() {
        let e = extract("The University of Trinidad and Tobago and the government of Trinidad and Tobago signed the deal.", "en")
        #expect(e.countries.contains("TT"), "\(e.countries)")
        #expect(names(e, .organization).contains("University of Trinidad and Tobago"), "\(all(e))")
        let b = extract("Bosnia and Herzegovina and Antigua and Barbuda joined.", "en")
        #expect(b.countries.contains("BA") && b.countries.contains("AG"), "\(b.countries)")
    }

    @Test func germanAppositionsGenericNounsAndPorts() {
        let body = "Die Ministerin für Bildung, Wissenschaft und Kultur, Ingrid Baldacchino-Zammit, sagte, die Reederei Baltic Tanker Service GmbH " +
            "werde im Hafen Ventspils anlegen. Die Estnische Akademie für Kunst und Musik nimmt teil."
        let e = extract(body, "de")
        #expect(names(e, .person).contains("Ingrid Baldacchino-Zammit"), "\(all(e))")
        #expect(!names(e, .person).contains { $0.contains("Wissenschaft") || $0.contains("Kultur") }, "\(all(e))")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Baltic Tanker Service GmbH") && !orgs.contains { $0.hasPrefix("Reederei") }, "\(all(e))")
        #expect(orgs.contains("Estnische Akademie für Kunst und Musik"), "\(all(e))")
        #expect(names(e, .place).contains("Ventspils"), "\(all(e))")
    }

    @Test func vietnamesePlaceNounsAndPeopleAfterOng() {
        let body = "Đoàn đã làm việc tại thủ đô Gitega và hạt Nimba, thăm thung lũng Ourika. Giám đốc Công ty Hải Long, ông Vũ Đình Khôi, " +
            "cho biết. Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam Đỗ Quang Huy phát biểu."
        let e = extract(body, "vi")
        let places = names(e, .place)
        for p in ["Gitega", "Nimba", "Ourika"] { #expect(places.contains(p), "\(p): \(all(e))") }
        #expect(names(e, .person).contains("Vũ Đình Khôi") && !places.contains("Vũ Đình Khôi"), "\(all(e))")
        #expect(names(e, .person).contains("Đỗ Quang Huy"), "\(all(e))")
        #expect(names(e, .organization).contains("Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"), "\(all(e))")
        #expect(!places.contains { $0.contains("Đỗ Quang") }, "\(all(e))")
    }

    @Test func russianCommitteesUniversitiesRepublicsParishesAndQuotedCompanies() {
        let body = "Делегацию возглавил председатель Лидского райисполкома. Договор подписали Сатпаев университет и " +
            "генеральный директор компании «Цзянсу Хуашэн Кабель» Ли Мин. Делегация посетила Республику Хорватскую, а Словацкая Республика " +
            "прислала наблюдателя. Руда добывается в приходах Сент-Томас и Портленд, в приходе церкви тихо. Острова Вест-Индии ждут."
        let e = extract(body, "ru")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Лидского райисполкома") && !names(e, .person).contains("Лидского"), "\(all(e))")
        #expect(orgs.contains("Сатпаев университет"), "\(all(e))")
        #expect(orgs.contains("Цзянсу Хуашэн Кабель"), "\(all(e))")
        #expect(!e.countries.contains("HR") && e.countries.contains("SK"), "\(e.countries)")
        #expect(!e.countries.contains("IN"), "the West Indies are no India: \(e.countries)")
        #expect(names(e, .place).contains("Сент-Томас") && names(e, .place).contains("Портленд"), "\(all(e))")
    }

    @Test func arabicLegalFormsCoordinatedAdjectivesAndTitledPeople() {
        let body = "ووقع الاتفاقية المدير العام لشركة مينسك للمحركات المساهمة المفتوحة، ورئيس مجلس إدارة شركة النيل للإنشاءات المحدودة " +
            "كريم عادل منصور، بحضور أعضاء اللجنة المصرية البيلاروسية للتعاون العلمي والتقني."
        let e = extract(body, "ar")
        let orgs = names(e, .organization)
        #expect(orgs.contains("شركة مينسك للمحركات المساهمة المفتوحة"), "\(all(e))")
        #expect(orgs.contains("اللجنة المصرية البيلاروسية للتعاون العلمي والتقني"), "\(all(e))")
        #expect(names(e, .person).contains("كريم عادل منصور"), "\(all(e))")
        #expect(!names(e, .person).contains { $0.contains("بحضور") }, "\(all(e))")
    }

    @Test func arabicPeopleAfterAStateAndHonorifics() {
        let body = "وبحث وزير المالية في جمهورية زامبيا تشيلوفيا لامبا موينزا مع وزير الطاقة في سلطنة بروناي داتو حاجي يوسف بن حاجي إسماعيل " +
            "سبل التعاون. كما ناقش وزير التجارة في جمهورية زامبيا إمكانية تطوير التعاون."
        let e = extract(body, "ar")
        let people = names(e, .person)
        #expect(people.contains("تشيلوفيا لامبا موينزا"), "\(all(e))")
        #expect(people.contains("يوسف بن حاجي إسماعيل") && !people.contains { $0.hasPrefix("داتو") }, "\(all(e))")
        #expect(!people.contains { $0.contains("إمكانية") }, "\(all(e))")
    }

    @Test func arabicPlacesAfterIslandsPortsAndBeforeMonths() {
        let body = "ويشمل المشروع جزيرتي سانتياغو وفوغو، وتمر السفن عبر ميناء كام رانه إلى الخارج. وستعقد اللجنة اجتماعها المقبل " +
            "في بوتوساني في يونيو، ثم في العاصمة في مايو. ووقعت جامعة ليبيريا الاتفاق قرب نهر السنغال."
        let e = extract(body, "ar")
        let places = names(e, .place)
        for p in ["سانتياغو", "فوغو", "ميناء كام رانه", "بوتوساني", "نهر السنغال"] { #expect(places.contains(p), "\(p): \(all(e))") }
        #expect(!places.contains("العاصمة"), "\(all(e))")
        #expect(names(e, .organization).contains("جامعة ليبيريا") && e.countries.contains("LR"), "\(all(e))")
    }

    @Test func hanPortsAirportsDottedNamesAndPlacesInsideCompanies() {
        let body = "项目将连接卢甘维尔码头和鲍尔菲尔德国际机场，由上海振华港机工程有限公司承建，新码头明年启用。" +
            "公司总经理奥拉夫农·古纳尔松介绍了情况。代表团还访问了上海。"
        let e = extract(body, "zh")
        let places = names(e, .place)
        #expect(places.contains("卢甘维尔码头") && places.contains("鲍尔菲尔德国际机场"), "\(all(e))")
        #expect(!places.contains("新码头"), "\(all(e))")
        #expect(names(e, .person).contains("奥拉夫农·古纳尔松"), "\(all(e))")
        #expect(names(e, .organization).contains("上海振华港机工程有限公司"), "\(all(e))")
        #expect(e.entities.contains { $0.type == .place && $0.name == "Shanghai" && $0.mentions == 1 }, "the city named on its own stays: \(all(e))")
    }
}
