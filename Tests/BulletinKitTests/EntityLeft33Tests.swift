import Foundation
import Testing
@testable import BulletinKit

/// General patterns of the thirty-third session (NameFinder+Left33.swift), written before its blind set was scored.
/// Texts written here with names of their own; every rule has a must-find and a must-not-find check.
@Suite struct EntityLeft33Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Arabic: given names

    /// A transliterated given name and a family name after a body's name are a person, and the body ends before them.
    @Test func aGivenNameAfterABodyIsAPerson() {
        let e = extract("غرودنو (بيلتا) - قال رئيس جامعة غرودنو الحكومية فيكتور كوزلوفسكي إن الجامعة ستستقبل طلابا من مصر.", "ar")
        #expect(names(e, .person).contains("فيكتور كوزلوفسكي"), "\(all(e))")
        #expect(!names(e, .organization).contains { $0.contains("فيكتور") }, "\(all(e))")
    }

    /// Two defendants, the second glued to و: both persons, the conjunction left out.
    @Test func twoPeopleJoinedByWawArePeople() {
        let e = extract("جدة (واس) - أدانت المحكمة المتهمين طارق الزهراني ورانيا الحمادي بالسجن ثلاث سنوات.", "ar")
        #expect(names(e, .person).contains("طارق الزهراني"), "\(all(e))")
        #expect(names(e, .person).contains("رانيا الحمادي"), "\(all(e))")
        #expect(!names(e, .person).contains { $0.hasPrefix("و") }, "\(all(e))")
    }

    /// A king's or a place's name that a hospital, a wadi or an industrial city bears is no person.
    @Test func aNameThatAPlaceBearsIsNoPerson() {
        let e = extract("الرياض (واس) - نقل المصابون إلى مستشفى الملك خالد الجامعي، فيما غمرت السيول وادي فاطمة ومدينة سلمان الصناعية.", "ar")
        #expect(!names(e, .person).contains { $0.contains("خالد") || $0.contains("فاطمة") || $0.contains("سلمان") }, "\(all(e))")
    }
}
