import Foundation
import Testing
@testable import BulletinKit

/// Misreadings seen in the reader in the thirty-fifth session (a results table of saved wire copy). Texts written
/// here with other names; each rule has a must-find and a must-not-find check.
@Suite struct EntitySession35Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    @Test func aHeadingWithAGlossInParenthesesIsNoDateline() {
        let e = extract("The season ended on Sunday.\nTABLE (wins, losses):\n1. Harbour 20, 4\n2. Northgate 18, 6", "en")
        #expect(!e.entities.contains { $0.name == "TABLE" }, "\(all(e))")
        let colon = extract("The season ended on Sunday.\nFIXTURES (round 30):\nHarbour v Northgate", "en")
        #expect(!colon.entities.contains { $0.name == "FIXTURES" }, "\(all(colon))")
        // A dateline's parentheses hold its agency: the place stays.
        let dateline = extract("KARSHI (Reuters) - The club won the league on Thursday.", "en")
        #expect(names(dateline, .place).contains("KARSHI"), "\(all(dateline))")
    }

    @Test func anArabicCityNameThatIsAWordIsNotTheCityWithTheArticle() {
        let e = extract("حذرت السلطات من جريان السيول في الأودية بعد الأمطار الغزيرة.", "ar")
        #expect(!e.entities.contains { $0.name == "Seoul" }, "\(all(e))")
        let city = extract("وصل الوزير إلى سيول في زيارة رسمية تستمر يومين.", "ar")
        #expect(city.entities.contains { $0.name == "Seoul" }, "\(all(city))")
    }
}
