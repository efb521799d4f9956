import Foundation
import Testing
@testable import BulletinKit

/// The general causes behind a blind set's errors (NameFinder+S42.swift and its test in `acceptCountry`). Texts written
/// here, with other names and other sentences than the blind set's; each rule has a must-find check and, where a wrong
/// reading is near, a must-not-find one.
@Suite struct EntityS42Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Countries

    @Test func anotherLanguagesCountryNameThatIsAnEnglishWordGivesNoCountry() {
        let e = extractor.extract(title: "Seal colony found off Maatsuyker Island", body: "Rangers counted 300 seals on the rocks on Sunday.", language: "en")
        #expect(!e.countries.contains("IS"), "\(e.countries) \(all(e))")
        let f = extract("Der Arzt Maurice Dubois behandelte am Montag zwanzig Patienten in Genf.", "en")
        #expect(!f.countries.contains("MU"), "\(f.countries) \(all(f))")
        // In the language whose name it is, the country stays.
        let g = extract("Die Regierung von Island hat am Montag den Notstand ausgerufen.", "de")
        #expect(g.countries.contains("IS"), "\(g.countries) \(all(g))")
    }

    // MARK: Wire datelines

    @Test func aCapitalizedWordInParenthesesBeforeTheDatelinesDashIsTheAgency() {
        let e = extract("NAMUR (Belga) - Le conseil communal a voté lundi le budget de la ville.", "fr")
        #expect(names(e, .organization).contains("Belga"), "\(all(e))")
        #expect(!names(e, .place).contains("Belga"), "\(all(e))")
        // A country's name in the article's language in parentheses is no agency.
        let f = extract("LIÈGE (Belgique) - Le conseil communal a voté lundi le budget de la ville.", "fr")
        #expect(!names(f, .organization).contains("Belgique"), "\(all(f))")
    }

    // MARK: Latin-script bodies

    @Test func aPlaceBeforePoliceIsABody() {
        let e = extract("Officers from Queensland Police arrested two men near the marina on Friday.", "en")
        #expect(names(e, .organization).contains("Queensland Police"), "\(all(e))")
        #expect(!names(e, .place).contains("Queensland"), "\(all(e))")
    }

    @Test func aCompoundEndingInMuseumIsABody() {
        let e = extract("Visitors came from the Germanisches Nationalmuseum to see the altarpiece.", "en")
        #expect(names(e, .organization).contains("Germanisches Nationalmuseum"), "\(all(e))")
        #expect(!names(e, .place).contains("Germanisches Nationalmuseum"), "\(all(e))")
    }

    @Test func aBodyGoesOnOverItsHeadAfterAPossessivePlural() {
        let e = extract("The Tasman Oyster Growers' Association welcomed the decision on Tuesday.", "en")
        #expect(names(e, .organization).contains("Tasman Oyster Growers' Association"), "\(all(e))")
        #expect(!names(e, .organization).contains("Tasman Oyster Growers"), "\(all(e))")
    }

    @Test func aBodyGoesOnOverTheStateOrNationAfterIt() {
        let e = extract("Inspectors from the Department of Primary Industries Queensland visited the farm on Monday.", "en")
        #expect(names(e, .organization).contains("Department of Primary Industries Queensland"), "\(all(e))")
        // Before a capitalized word (another name), the body ends.
        let f = extract("A report by the Department of Primary Industries on Queensland Rivers was published.", "en")
        #expect(!names(f, .organization).contains { $0.hasSuffix("Queensland") }, "\(all(f))")
    }

    @Test func anIndianLocalityIsAPlaceNotAPerson() {
        let e = extract("NAGPUR, Dec 3 (PTI) Residents of Sita Nagar and Pooja Puram will get no water on Sunday.", "en")
        #expect(names(e, .place).contains("Pooja Puram"), "\(all(e))")
        #expect(!names(e, .person).contains("Pooja Puram"), "\(all(e))")
    }

    // MARK: Arabic

    @Test func anArabicBodyGoesOnOverTheLastWordsOfItsName() {
        let e = extract("عمان - أعلنت الوكالة الوطنية لتنمية الصناعات التقليدية عن معرض جديد، وقالت المديرية العامة للغابات والمراعي إن الحرائق تراجعت. وأعلن المركز الوطني للبحث في الطب البيطري عن لقاح.", "ar")
        let orgs = names(e, .organization)
        #expect(orgs.contains("الوكالة الوطنية لتنمية الصناعات التقليدية"), "\(all(e))")
        #expect(orgs.contains("المديرية العامة للغابات والمراعي"), "\(all(e))")
        #expect(orgs.contains("المركز الوطني للبحث في الطب البيطري"), "\(all(e))")
        // "لدى" (at) names no body's purpose.
        let f = extract("عمان - قالت الوكالة الوطنية لدى افتتاح المعرض إن الإقبال كبير.", "ar")
        #expect(!names(f, .organization).contains { $0.contains("لدى") }, "\(all(f))")
    }

    @Test func anEmbassyAndACountryIsABody() {
        let e = extract("دمشق - وحضر الحفل وفد من سفارة البرتغال في دمشق.", "ar")
        #expect(names(e, .organization).contains("سفارة البرتغال"), "\(all(e))")
        #expect(e.countries.contains("PT"), "\(e.countries)")
    }

    @Test func aUniversityAndItsNameEndsBeforeAVerb() {
        let e = extract("اللاذقية - وأضافت أن فريقا من جامعة حزيران شارك في توثيق القطع.", "ar")
        #expect(names(e, .organization).contains("جامعة حزيران"), "\(all(e))")
        #expect(!names(e, .organization).contains { $0.hasSuffix("شارك") }, "\(all(e))")
        // An adjective agreeing with it names no university.
        let f = extract("اللاذقية - ودرس الطلاب في جامعة حكومية قريبة.", "ar")
        #expect(!names(f, .organization).contains { $0.hasPrefix("جامعة") }, "\(all(f))")
    }

    @Test func aNameAfterBinGoesOnOverItsFamilyName() {
        let e = extract("عمان - وحضر الافتتاح المحافظ رامي بن سعيد الشيخ ووفد من الوزارة.", "ar")
        #expect(names(e, .person).contains("رامي بن سعيد الشيخ"), "\(all(e))")
        // A place's head after the name is no family name.
        let f = extract("عمان - ووصل رامي بن سعيد المطار صباحا.", "ar")
        #expect(!names(f, .person).contains { $0.hasSuffix("المطار") }, "\(all(f))")
    }

    @Test func aSitesGenericNounAndItsNameAfterAWordOfPlaceIsAPlace() {
        let e = extract("حمص - عثر المنقبون على تماثيل في تل حلاوة، وسيستلم المكتتبون في بئر الزيتون وعين البيضاء مساكنهم قبل الصيف.", "ar")
        let places = names(e, .place)
        #expect(places.contains("تل حلاوة"), "\(all(e))")
        #expect(places.contains("بئر الزيتون") && places.contains("عين البيضاء"), "\(all(e))")
        // A common phrase ("رأس المال", "بعين الاعتبار") is no site.
        let f = extract("حمص - وأخذت الشركة بعين الاعتبار زيادة رأس المال في العام المقبل.", "ar")
        #expect(!names(f, .place).contains { $0.contains("عين") || $0.contains("رأس") }, "\(all(f))")
    }

    // MARK: Vietnamese, Russian, Chinese

    @Test func aVietnameseBodyEndsBeforeAVerb() {
        let e = extract("Phú Thọ, 10/12 (TTXVN) - Ông A chỉ đạo cấp dưới để Công ty Thanh Bình Xanh trúng 7 gói thầu nâng cấp đê. Phó Chủ tịch đề nghị Sở Tài nguyên và Môi trường khẩn trương vận hành trạm bơm Phú Mỹ để trữ nước.", "vi")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Công ty Thanh Bình Xanh"), "\(all(e))")
        #expect(orgs.contains("Sở Tài nguyên và Môi trường"), "\(all(e))")
        #expect(!orgs.contains { $0.contains("trúng") || $0.contains("khẩn") }, "\(all(e))")
    }

    @Test func aRussianBodyEndsBeforeATrailingAdverb() {
        let e = extract("МОСКВА, 10 декабря. Межведомственная комиссия по рыболовству так и не приняла решение о квотах.", "ru")
        #expect(names(e, .organization).contains("Межведомственная комиссия по рыболовству"), "\(all(e))")
        #expect(!names(e, .organization).contains { $0.hasSuffix("так") }, "\(all(e))")
    }

    @Test func aChineseBodyOrPlaceStartsAfterALeadingWord() {
        let e = extract("新华社北京12月10日电 被告单位华夏建材有限公司被判处罚金100万元。家住平安县的村民王秀英旁听了宣判。", "zh")
        #expect(names(e, .organization).contains("华夏建材有限公司"), "\(all(e))")
        #expect(names(e, .place).contains("平安县"), "\(all(e))")
        #expect(!names(e, .organization).contains { $0.hasPrefix("单位") } && !names(e, .place).contains { $0.hasPrefix("家住") }, "\(all(e))")
    }
}
