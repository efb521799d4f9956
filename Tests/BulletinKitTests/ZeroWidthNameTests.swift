import Foundation
import Testing
@testable import BulletinKit

/// Zero-width spaces, word joiners and BOMs stay in an article's text (drawn in no cell) and part
/// words as a space does for the extractor: a name written across one is one name, with its
/// mentions' ranges over the text as written.
@Suite struct ZeroWidthNameTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    @Test func aNameAcrossAZeroWidthSpaceIsOneName() {
        for separator in ["\u{200B}", "\u{2060}", "\u{FEFF}"] {
            let body = "HÀ NỘI, 4/12 (TTXVN) - Bộ trưởng Đặng\(separator)Quốc\(separator)Khánh đã làm việc với tỉnh Hà Giang. Ông Đặng Quốc Khánh nhấn mạnh vai trò của địa phương."
            let e = extract(body, "vi")
            let people = e.entities.filter { $0.type == .person }
            let khanh = people.first { $0.name.precomposedStringWithCanonicalMapping == "Đặng Quốc Khánh" }
            #expect(khanh?.mentions == 2, "\(all(e))")
            #expect(!people.contains { ["Đặng", "Khánh", "Quốc"].contains($0.name) }, "\(all(e))")
            // The first mention's range covers the name as written, separators included.
            let first = khanh?.ranges.first
            let written = "Đặng\(separator)Quốc\(separator)Khánh"
            #expect(first.map { (body as NSString).substring(with: NSRange(location: $0.start, length: $0.end - $0.start)) } == written)
        }
    }

    @Test func latinWordsJoinedByAZeroWidthSpaceAreTwoWords() {
        let e = extract("Minister Ilse\u{200B}Verhoeven met the mayor of Ghent on Monday. Verhoeven said the plan was ready.", "en")
        #expect(names(e, .person).contains("Ilse Verhoeven"), "\(all(e))")
    }
}
