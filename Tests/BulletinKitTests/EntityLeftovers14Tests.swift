import Foundation
import Testing
@testable import BulletinKit

/// Leftovers of the unseen sets, fourteenth session (NameFinder+Leftovers14.swift), tested on names of no scored text:
/// each rule has a must-find and a must-not-find check.
@Suite struct EntityLeftovers14Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    func entity(_ e: Extraction, containing alias: String) -> ArticleEntity? {
        e.entities.first { $0.aliases.contains(alias) || $0.name == alias }
    }

    // MARK: Arabic

    @Test func arabicPersianTownInAbadIsAPlace() {
        let e = extract("وزار الوفد مدينة أحمد آباد الهندية، ثم عاد عبر ميناء جلال آباد.", "ar")
        let places = names(e, .place)
        #expect(places.contains("أحمد آباد") && places.contains("جلال آباد"), "\(all(e))")
        #expect(!places.contains("مدينة أحمد"), "\(all(e))")
        // A particle before آباد opens no town.
        let f = extract("وقال المسؤول في آباد إن الطريق مفتوح أمام الشاحنات.", "ar")
        #expect(!names(f, .place).contains("في آباد"), "\(all(f))")
    }

    @Test func arabicTownNamedByADateAfterMadina() {
        let e = extract("افتتح الوزير مصنعا جديدا في مدينة السادس من أكتوبر غرب القاهرة.", "ar")
        #expect(names(e, .place).contains("السادس من أكتوبر"), "\(all(e))")
        #expect(!names(e, .place).contains("مدينة السادس"), "\(all(e))")
        // The date alone, with no مدينة before it, is no town.
        let f = extract("وكان الوفد قد وصل في السابع من أكتوبر إلى القاهرة.", "ar")
        #expect(!names(f, .place).contains("السابع من أكتوبر"), "\(all(f))")
    }

    @Test func arabicPlantNamedByItsTownIsAnOrganization() {
        let e = extract("زار الوزير محافظة البصرة، وتفقد العمل في معمل البصرة التابع لوزارة الصناعة، كما زار مصفاة الشعيبة.", "ar")
        let orgs = names(e, .organization)
        #expect(orgs.contains("معمل البصرة") && orgs.contains("مصفاة الشعيبة"), "\(all(e))")
        #expect(!names(e, .place).contains("مصفاة الشعيبة"), "\(all(e))")
        // The town is still a place.
        #expect(e.entities.contains { $0.type == .place && $0.aliases.contains("البصرة") }, "\(all(e))")
        // A plant's noun before a word the text names as no place makes no organization of this rule.
        let f = extract("وقال العامل إن معمل الصباح يبدأ العمل مبكرا.", "ar")
        #expect(!names(f, .organization).contains("معمل الصباح"), "\(all(f))")
    }

    @Test func arabicCompanyNamedByACountryAndForeignWords() {
        let e = extract("وقالت شركة الهند كوبرا للتعدين إنها ستبدأ العمل في الموقع الشهر المقبل.", "ar")
        #expect(names(e, .organization).contains("شركة الهند كوبرا للتعدين"), "\(all(e))")
        #expect(!names(e, .organization).contains("شركة الهند"), "\(all(e))")
        // An Arabic noun after the country (a word in ة) names no company.
        let f = extract("ووقعت شركة مصر اتفاقية للتعاون مع الجانب الصيني.", "ar")
        #expect(!names(f, .organization).contains { $0.contains("اتفاقية") }, "\(all(f))")
    }

    @Test func arabicAgencyNamedWithItsHeadNounIsTheAgency() {
        let e = extract("باريس - أعلنت الحكومة الفرنسية اليوم عن خطة جديدة، حسبما أفادت وكالة فرانس برس. وقالت فرانس برس إن الخطة جديدة.", "ar")
        let agency = entity(e, containing: "فرانس برس")
        #expect(agency?.aliases.contains("وكالة فرانس برس") == true, "\(all(e))")
        #expect(e.entities.filter { $0.type == .organization }.count == 1, "\(all(e))")
        // An agency whose name without وكالة is no organization of the text stays itself.
        let f = extract("وقالت وكالة الطاقة الذرية إن الطاقة الذرية آمنة.", "ar")
        #expect(names(f, .organization).contains("وكالة الطاقة الذرية"), "\(all(f))")
    }

    // MARK: French

    @Test func frenchTownAfterPortDeIsWhole() {
        let e = extract("Les conteneurs partiront du port de Cai Lan et du district de Dien Ban vers Abidjan.", "fr")
        let places = names(e, .place)
        #expect(places.contains("Cai Lan") && places.contains("Dien Ban"), "\(all(e))")
        #expect(!names(e, .person).contains("Cai Lan") && !names(e, .organization).contains("Dien Ban"), "\(all(e))")
        // After a noun of no place, two capitalized words keep their reading.
        let f = extract("Le directeur de Minh Quang a signé l'accord avec la société de Hoa Binh.", "fr")
        #expect(!names(f, .place).contains("Minh Quang"), "\(all(f))")
    }

    @Test func frenchInstitutionNamedByLowercaseFields() {
        let e = extract("Le Conseil du bois et de l'ameublement a fixé le prix. L'Institut d'hydraulique, des sciences agricoles et de médecine tropicale ouvrira en mai.", "fr")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Conseil du bois et de l'ameublement"), "\(all(e))")
        #expect(orgs.contains("Institut d'hydraulique, des sciences agricoles et de médecine tropicale"), "\(all(e))")
        // A capitalized name after "et de" is another name.
        let f = extract("Le président du Conseil du sucre et de l'État a signé.", "fr")
        #expect(!names(f, .organization).contains { $0.hasSuffix("l'État") }, "\(all(f))")
    }

    @Test func frenchNameEndsBeforeAFutureVerb() {
        let e = extract("Le groupe ivoirien Société nationale des routes du Sénégal financera la section nord. Le groupe Banque des États réalisera le pont.", "fr")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Société nationale des routes du Sénégal") && orgs.contains("Banque des États"), "\(all(e))")
        #expect(!orgs.contains { $0.contains("financera") || $0.contains("réalisera") }, "\(all(e))")
        // A capitalized word after the head (no verb) stays the name's.
        let f = extract("Le président de la Banque Atlantique Développement a parlé.", "fr")
        #expect(names(f, .organization).contains("Banque Atlantique Développement"), "\(all(f))")
    }

    @Test func frenchNameOverAnAdjectivePair() {
        let e = extract("La Commission de l'Union douanière et monétaire régionale a promis des fonds.", "fr")
        #expect(names(e, .organization).contains("Commission de l'Union douanière et monétaire régionale"), "\(all(e))")
        // A noun after "et" is no second adjective.
        let f = extract("La Commission de l'Union douanière et les ministres ont promis des fonds.", "fr")
        #expect(!names(f, .organization).contains { $0.contains(" et ") }, "\(all(f))")
    }

    // MARK: Spanish

    @Test func spanishTwoInstitutionsJoinedByYLa() {
        let e = extract("La Dirección General de Migración de Honduras y la Superintendencia de Puertos de Guatemala firmaron el acuerdo.", "es")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Dirección General de Migración de Honduras") && orgs.contains("Superintendencia de Puertos de Guatemala"), "\(all(e))")
        #expect(!orgs.contains { $0.contains(" y la ") }, "\(all(e))")
        // "y la" before a lowercase word joins no second institution.
        let f = extract("La Universidad de Chile y la ciudad de Santiago firmaron el convenio.", "es")
        #expect(names(f, .organization).contains("Universidad de Chile"), "\(all(f))")
    }

    // MARK: English

    @Test func englishInstitutionNamedAfterAPersonWithAParticle() {
        let e = extract("Students of the Jan van Riebeeck High School visited the port.", "en")
        #expect(names(e, .organization).contains("Jan van Riebeeck High School"), "\(all(e))")
        // A person named with a particle before a place stays a person.
        let f = extract("The minister Maria de Souza said the University of Lagos would help.", "en")
        #expect(names(f, .person).contains("Maria de Souza"), "\(all(f))")
    }

    @Test func englishCompanyNamedOverAnd() {
        let e = extract("The shares of Kunming Rail and Tunnel Corporation rose sharply on Monday.", "en")
        #expect(names(e, .organization).contains("Kunming Rail and Tunnel Corporation"), "\(all(e))")
        // A name found whole before "and" is another company.
        let f = extract("The shares of Siemens and Bridge Holdings fell on Monday.", "en")
        #expect(!names(f, .organization).contains("Siemens and Bridge Holdings"), "\(all(f))")
    }

    // MARK: Russian

    @Test func russianCompoundCompanyInAnyCase() {
        let e = extract("Автобусы пройдут испытания на маршрутах Витебсктранса. Директор Витебсктранс сообщил об этом.", "ru")
        let company = entity(e, containing: "Витебсктранса")
        #expect(company?.type == .organization && company?.aliases.contains("Витебсктранс") == true, "\(all(e))")
        #expect(!names(e, .place).contains("Витебсктранса"), "\(all(e))")
        // A given name in -газ before a surname, or a region, is no company.
        let f = extract("Вчера Ильгаз Караев посетил Кавказ.", "ru")
        #expect(!names(f, .organization).contains("Ильгаз") && !names(f, .organization).contains("Кавказ"), "\(all(f))")
    }

    @Test func russianQuotedCompanyOverNestedQuotes() {
        let e = extract("Белорусское ОАО «Управляющая компания холдинга \"Минский моторный завод\"» подписало договор.", "ru")
        #expect(names(e, .organization).contains("Управляющая компания холдинга \"Минский моторный завод\""), "\(all(e))")
        // A quoted name after the closing «» is another.
        let f = extract("ООО «Торговый дом» \"Белвест\" подписало договор с партнерами.", "ru")
        #expect(!names(f, .organization).contains { $0.contains("Белвест") && $0.contains("Торговый") }, "\(all(f))")
    }

    // MARK: Chinese

    @Test func hanBodyWithAndWithoutItsProvinceGrouped() {
        let e = extract("广东湛江港务集团与越南海防港股份公司签署协议。湛江港务集团董事长说，双方将合作。", "zh")
        let body = entity(e, containing: "广东湛江港务集团")
        #expect(body?.aliases.contains("湛江港务集团") == true, "\(all(e))")
        // A city (no province) before the name leaves two bodies apart.
        let f = extract("宁波舟山港集团表示支持。舟山港集团将参加。", "zh")
        #expect(entity(f, containing: "宁波舟山港集团")?.aliases.contains("舟山港集团") != true, "\(all(f))")
    }

    @Test func hanGenericInternationalFairIsNoOrganization() {
        let e = extract("扬州将组织企业参加国际农业博览会。", "zh")
        #expect(!names(e, .organization).contains("国际农业博览会"), "\(all(e))")
        // A fair named by its city keeps its name.
        let f = extract("广州国际农业博览会在广州举行。", "zh")
        #expect(names(f, .organization).contains("广州国际农业博览会"), "\(all(f))")
    }
}
