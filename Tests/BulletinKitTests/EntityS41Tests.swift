import Foundation
import Testing
@testable import BulletinKit

/// The general causes behind a blind set's errors (NameFinder+S41.swift, the Arabic nisba of EntityLexicon). Texts
/// written here, with other names and other sentences than the blind set's; each rule has a must-find and a
/// must-not-find check.
@Suite struct EntityS41Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Arabic people

    @Test func aGivenNameWithAbdAndADefiniteNameIsOnePerson() {
        let e = extract("الموصل - تقدم الفريق أولا، قبل أن يعادل مصطفى عبد الحسين النتيجة في الدقيقة الستين، ثم سجل لاعب الوسط هدفا ثانيا.", "ar")
        #expect(names(e, .person).contains("مصطفى عبد الحسين"), "\(all(e))")
        // A verb before عبد + a name is no given name of it.
        let f = extract("الموصل - قال عبد الرحمن إن الفريق جاهز للمباراة المقبلة.", "ar")
        #expect(!names(f, .person).contains { $0.hasPrefix("قال") }, "\(all(f))")
    }

    @Test func aPersonGoesOnOverANisbaFamilyName() {
        let e = extract("كربلاء - وقال مدرب الفريق أحمد عبد الأمير الساعدي إن الفوز مستحق، فيما منح البديل كرار جاسم المحمداوي الفوز لفريقه.", "ar")
        let people = names(e, .person)
        #expect(people.contains("أحمد عبد الأمير الساعدي"), "\(all(e))")
        #expect(people.contains("كرار جاسم المحمداوي"), "\(all(e))")
        // An order's or a team's adjective after a name is no family name.
        let f = extract("كربلاء - ومنح البديل كرار جاسم الثاني الفوز، وسجل حيدر كاظم الدولي هدفا.", "ar")
        #expect(!names(f, .person).contains { $0.hasSuffix("الثاني") || $0.hasSuffix("الدولي") }, "\(all(f))")
    }

    @Test func aPlaceReadAfterAClitcLetterInsideAPersonsNameIsNone() {
        let e = extract("الرياض - وقال المدرب الإسباني باولو غونزاليس إن الفريق جاهز للموسم.", "ar")
        #expect(!names(e, .place).contains("Oulu"), "\(all(e))")
        #expect(names(e, .person).contains("باولو غونزاليس"), "\(all(e))")
        let f = extract("الرياض - وقال مدرب الفريق البرتغالي باولو مندونسا في المؤتمر الصحافي إن الفريق جاهز.", "ar")
        #expect(!names(f, .place).contains("Oulu") && names(f, .person).contains("باولو مندونسا"), "\(all(f))")
    }

    @Test func aCountryNisbaWithoutADataFileAdjectiveGivesTheCountry() {
        let e = extract("الدوحة - وقال مدرب الفريق البرتغالي جوزيه مورايس إن الموسم صعب، فيما وصل المدافع السويدي إلى المعسكر.", "ar")
        #expect(e.countries.contains("PT"), "\(e.countries) \(all(e))")
        #expect(e.countries.contains("SE"), "\(e.countries) \(all(e))")
        #expect(CountryVariants.arabicNisbaStem("البرتغال") == "برتغالي~")
        #expect(CountryVariants.arabicNisbaStem("سنغافورة") == "سنغافوري~")
        #expect(CountryVariants.arabicNisbaStem("تشيلي") == nil)
    }

    // MARK: Arabic bodies

    @Test func aGenericHeadNounInConstructWithItsNameIsABody() {
        let e = extract("بيروت - دعت رابطة موظفي الإدارة العامة إلى اجتماع، وقال رئيس رابطة تجار الأقمشة السوريين إن الأسعار ارتفعت. وزار الوفد كلية الطب البيطري في الجامعة.", "ar")
        let orgs = names(e, .organization)
        #expect(orgs.contains("رابطة موظفي الإدارة العامة"), "\(all(e))")
        #expect(orgs.contains("رابطة تجار الأقمشة السوريين"), "\(all(e))")
        #expect(orgs.contains("كلية الطب البيطري"), "\(all(e))")
        // An official body's adjective stays in its name.
        let h = extract("بيروت - وأعلنت رابطة معلمي التعليم المهني الرسمي الإضراب المفتوح.", "ar")
        #expect(names(h, .organization).contains("رابطة معلمي التعليم المهني الرسمي"), "\(all(h))")
        let g = extract("عمان - نجح الطلاب في امتحان كلية العلوم والرياضيات هذا العام.", "ar")
        #expect(names(g, .organization).contains("كلية العلوم والرياضيات"), "\(all(g))")
        // A country's adjective after the name stays out of it.
        let f = extract("عمان - أعلن اتحاد طلاب الجامعات الأهلية الأردني عن مؤتمر.", "ar")
        #expect(!names(f, .organization).contains { $0.hasSuffix("الأردني") }, "\(all(f))")
    }

    @Test func aNationalLeagueIsABody() {
        let e = extract("الدوحة - فاز الفريق بهدفين في المباراة التي جرت ضمن الجولة الخامسة من دوري نجوم الكويت لكرة القدم، ويستعد الفريق للمشاركة في دوري أبطال آسيا.", "ar")
        let orgs = names(e, .organization)
        #expect(orgs.contains("دوري نجوم الكويت"), "\(all(e))")
        #expect(!orgs.contains { $0.hasPrefix("دوري أبطال") || $0.hasSuffix("لكرة القدم") }, "\(all(e))")
        // Periodic, no league.
        let f = extract("الدوحة - عقد المجلس اجتماعه الدوري للمجلس، وقال إن اجتماع دوري شامل سيعقد قريبا.", "ar")
        #expect(!names(f, .organization).contains { $0.hasPrefix("دوري") }, "\(all(f))")
    }

    // MARK: Chinese

    @Test func aNameIsNotReadFromAWordsSecondCharacter() {
        let e = extract("新华社贵阳3月3日电 项目总投资500万元，其中中国青少年发展基金会捐赠80万元。", "zh")
        let orgs = names(e, .organization)
        #expect(orgs.contains("中国青少年发展基金会"), "\(all(e))")
        #expect(!orgs.contains { $0.hasPrefix("中中国") }, "\(all(e))")
    }

    @Test func aStadiumIsReadWithItsNounAndItsWholeName() {
        let e = extract("الحلة - فاز الفريق على ضيفه على ملعب جذع الزيتون في مدينة الحلة، فيما تعادل الفريقان على ملعب كاكا حسن.", "ar")
        let places = names(e, .place)
        #expect(places.contains("ملعب جذع الزيتون") && places.contains("ملعب كاكا حسن"), "\(all(e))")
        #expect(!places.contains("كاكا"), "\(all(e))")
    }

    // MARK: Vietnamese

    @Test func aBodyAfterATitleThenAPersonsFullNameIsTwoEntities() {
        let e = extract("Cục trưởng Cục Đường thủy Việt Nam Khổng Minh Tuấn đề nghị các tỉnh kiểm tra. Phó Chủ tịch Hội Nông dân tỉnh Khổng Văn Hòa cho biết, hội sẽ hỗ trợ.", "vi")
        let people = names(e, .person), orgs = names(e, .organization)
        #expect(people.contains("Khổng Minh Tuấn") && people.contains("Khổng Văn Hòa"), "\(all(e))")
        #expect(orgs.contains("Cục Đường thủy Việt Nam"), "\(all(e))")
        #expect(!orgs.contains { $0.contains("Khổng") }, "\(all(e))")
        // A province's name after "tỉnh" stays the body's.
        let f = extract("Giám đốc Sở Giao thông Vận tải tỉnh Lâm Đồng Phạm Quốc Hưng cho biết, dự án sẽ hoàn thành.", "vi")
        #expect(!names(f, .person).contains("Lâm Đồng"), "\(all(f))")
        #expect(names(f, .person).contains("Phạm Quốc Hưng"), "\(all(f))")
    }

    // MARK: French

    @Test func aBodyEndingOnDeANameStopsBeforeALowercaseClause() {
        let e = extract("RIMOUSKI — Le Conseil régional de Gaspé parle d une hausse. La Chambre de commerce régionale de Rimouski parle d'une baisse des ventes.", "fr")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Chambre de commerce régionale de Rimouski"), "\(all(e))")
        #expect(!orgs.contains { $0.contains("parle") }, "\(all(e))")
        let f = extract("ROME — L'Organisation des Nations unies pour l'alimentation et l'agriculture a publié un rapport.", "fr")
        #expect(!names(f, .organization).contains("Organisation des Nations"), "\(all(f))")
    }

    // MARK: Russian

    @Test func aTownsAdjectiveIsNoCountrys() {
        let e = extract("КАЗАНЬ - Выпускник Болгарской духовной семинарии стал имамом, а в Болгаре открылся новый музей.", "ru")
        #expect(!e.countries.contains("BG"), "\(e.countries) \(all(e))")
        let f = extract("КАЗАНЬ - Болгарская делегация прибыла в Казань, где ее встретил мэр.", "ru")
        #expect(f.countries.contains("BG"), "\(f.countries) \(all(f))")
    }

    // MARK: Latin script

    @Test func aBodysHeadNounOfAPlaceIsOneBody() {
        let e = extract("EDINBURGH - The Church of Scotland said on Monday that it would sell ten buildings.", "en")
        #expect(names(e, .organization).contains("Church of Scotland"), "\(all(e))")
        #expect(!names(e, .organization).contains("Church"), "\(all(e))")
    }

    @Test func aNameWithABodysNounIsABody() {
        let e = extract("KILKENNY - The Diocese of Ossory said St. Brigid Hospital would reopen on Monday.", "en")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Diocese of Ossory"), "\(all(e))")
        #expect(orgs.contains("St. Brigid Hospital"), "\(all(e))")
        #expect(!names(e, .place).contains("Diocese of Ossory") && !names(e, .place).contains("St. Brigid Hospital"), "\(all(e))")
        // A place whose last word is no body's noun stays a place.
        let f = extract("KILKENNY - The walkers reached St. Brigid Well on Monday.", "en")
        #expect(!names(f, .organization).contains { $0.contains("Brigid") }, "\(all(f))")
    }

    @Test func aNameCutAfterAHyphenTakesTheWordAfterIt() {
        let e = extract("QUÉBEC — Le traversier relie Tadoussac et Rivière-Sainte-Marguerite depuis hier.", "fr")
        #expect(names(e, .place).contains("Rivière-Sainte-Marguerite"), "\(all(e))")
        #expect(!names(e, .person).contains("Rivière-Sainte-Marguerite"), "\(all(e))")
        // A person's hyphened name of two parts stays a person.
        let f = extract("PARIS — L'écrivain Antoine de Saint-Exupéry a quitté Lyon en 1931.", "fr")
        #expect(!names(f, .place).contains { $0.hasPrefix("Saint-Exup") }, "\(all(f))")
    }

    @Test func theNationsOfTheUnitedKingdomGiveGB() {
        let e = extract("DUBLIN - Teachers in Northern Ireland and in Wales voted to strike on Tuesday.", "en")
        #expect(e.countries.contains("GB"), "\(e.countries) \(all(e))")
        #expect(!names(e, .place).contains("Northern Ireland") && !names(e, .place).contains("Wales"), "\(all(e))")
    }
}
