import Foundation
import Testing
@testable import BulletinKit

/// Arabic leftovers of session 15 (holdout26's, holdout20's and holdout11's Left lists). Every test uses other names
/// than those articles (its texts are written here), and every rule has a must-find and a must-not-find check.
@Suite struct EntityAr15Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    @Test func arabicPersonAfterHonorific() {
        let e = extract("وأكد المحامي بهيئة المحامين بالرباط الأستاذ يونس حميد البقالي أن الطعن قدم. وشكر المواطن منصور عادل الشامسي الفريق.", "ar")
        let people = names(e, .person)
        #expect(people.contains("يونس حميد البقالي"), "\(all(e))")
        #expect(people.contains("منصور عادل الشامسي"), "\(all(e))")
        #expect(!people.contains { $0.contains("هيئة") }, "the bar is no person: \(all(e))")
        #expect(names(e, .organization).contains { $0.hasPrefix("هيئة المحامين") }, "\(all(e))")
        let not = extract("وقال الأستاذ الجامعي إن المواطن العادي يتحمل العبء.", "ar")
        #expect(names(not, .person).isEmpty, "\(all(not))")
    }

    @Test func arabicInstitutionNamedBeforeAField() {
        let e = extract("وتعاون الفريق مع مستشفى سانت ماري للأطفال في لندن، وبالشراكة مع كلية النخبة للعلوم الطبية.", "ar")
        let orgs = names(e, .organization)
        #expect(orgs.contains("مستشفى سانت ماري للأطفال"), "\(all(e))")
        #expect(orgs.contains("كلية النخبة للعلوم الطبية"), "\(all(e))")
        let not = extract("ونقل المصاب إلى مستشفى خاص قريب من منزله للعلاج قبل تحويله.", "ar")
        #expect(!names(not, .organization).contains { $0.hasPrefix("مستشفى") }, "\(all(not))")
    }

    @Test func arabicExchangeNamedByItsCountry() {
        let e = extract("وأعلنت الشركة في بيان على الموقع الإلكتروني لبورصة الكويت أن أرباحها ارتفعت.", "ar")
        #expect(names(e, .organization).contains("بورصة الكويت"), "\(all(e))")
        let not = extract("وارتفعت أسعار الذهب في بورصة السلع العالمية.", "ar")
        #expect(!names(not, .organization).contains { $0.hasPrefix("بورصة") }, "\(all(not))")
    }

    @Test func arabicPlacesCoordinatedAfterAPlace() {
        let e = extract("الشارقة في 2 ديسمبر / وام / وصل المتطوعون من الشارقة والذيد والمدام، وبدأوا العمل.", "ar")
        let places = names(e, .place)
        #expect(places.contains("الذيد") && places.contains("المدام"), "\(all(e))")
        let not = extract("الشارقة في 2 ديسمبر / وام / وصل المتطوعون من الشارقة والمنطقة الشرقية والخارج لدعم الحملة.", "ar")
        #expect(!names(not, .place).contains("المنطقة") && !names(not, .place).contains("الخارج"), "\(all(not))")
    }

    @Test func arabicNamesBetweenCommasAndCoordinated() {
        let e = extract("وقضت المحكمة بإدانة مدير الشركة، عبد الرزاق المنصوري، بخمس سنوات، فيما أدين شريكاه خالد البدوي وسالم الحربي بسنتين.", "ar")
        let people = names(e, .person)
        #expect(people.contains("عبد الرزاق المنصوري"), "\(all(e))")
        #expect(people.contains("خالد البدوي") && people.contains("سالم الحربي"), "\(all(e))")
        let not = extract("وتحدث الوزير، في الاجتماع، عن دعم التعليم ونقل الخبرات بين البلدين.", "ar")
        #expect(names(not, .person).isEmpty, "\(all(not))")
    }
}
