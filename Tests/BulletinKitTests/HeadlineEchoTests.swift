import Testing
@testable import BulletinKit

/// Audit finding: an article whose first paragraph repeats its headline after
/// a dateline ("4 December 2026 — HEADLINE", "HANOI, Dec 4 (Reuters) - HEADLINE")
/// under a title line equal to HEADLINE showed the headline twice. The parser
/// keeps the body as written (search, entities); readers leave out the echo.
@Suite struct HeadlineEchoTests {
    static let title = "Vietnam raises interest rates"
    static let lede = "The State Bank of Vietnam raised its policy rate by half a point on Friday."

    static func parsed(_ first: String) -> Article {
        let text = "\(title)\n\n\(first)\n\n\(lede)\n\nAnalysts had expected a smaller move.\n"
        return ArticleParser.parse(text: text, file: "/n/rates.txt")[0]
    }

    static func shown(_ a: Article) -> String {
        HeadlineEcho.find(body: a.body, title: a.title)?.shown(in: a.body) ?? a.body
    }

    @Test func aDatelineAndTheHeadlineKeepTheDateline() {
        for (first, dateline) in [("4 December 2026 — Vietnam raises interest rates", "4 December 2026"),
                                  ("HANOI, Dec 4 (Reuters) - Vietnam raises interest rates", "HANOI, Dec 4 (Reuters)"),
                                  ("HANOI, Dec 4 (Reuters) – VIETNAM RAISES  INTEREST RATES.", "HANOI, Dec 4 (Reuters)")] {
            let a = Self.parsed(first)
            #expect(a.title == Self.title)
            #expect(a.body.hasPrefix(first.replacingOccurrences(of: "  ", with: " ")), "the body is kept as written")
            #expect(Self.shown(a) == "\(dateline)\n\n\(Self.lede)\n\nAnalysts had expected a smaller move.", "\(first)")
        }
    }

    @Test func aParagraphThatGoesOnAfterTheHeadlineKeepsItsSentence() {
        let a = Self.parsed("HANOI, Dec 4 (Reuters) - Vietnam raises interest rates. \(Self.lede)")
        #expect(Self.shown(a).hasPrefix("HANOI, Dec 4 (Reuters) - \(Self.lede)\n\n"))
        let echo = HeadlineEcho.find(body: a.body, title: a.title)!
        // Offsets after the echo lead back to the body as written.
        let shownLede = Self.shown(a).utf16.count - "Analysts had expected a smaller move.".utf16.count
        #expect(echo.bodyRange(shownLede..<(shownLede + 8)).lowerBound
                == a.body.utf16.count - "Analysts had expected a smaller move.".utf16.count)
    }

    @Test func textThatOnlyStartsLikeTheHeadlineStays() {
        for first in ["HANOI, Dec 4 (Reuters) - Vietnam raises interest rates in a surprise move, the bank said.",
                      "HANOI, Dec 4 (Reuters) - Vietnam raises interest ratesetting powers.",
                      "Vietnam raises interest rates - a look back at 2026",
                      "HANOI, Dec 4 (Reuters) - Vietnam raises interest rates. the bank said so."] {
            let a = Self.parsed(first)
            #expect(HeadlineEcho.find(body: a.body, title: a.title) == nil, "\(first)")
        }
        // A dateline too long to be one: a sentence that quotes the headline.
        let long = "In a statement read to reporters on Friday afternoon in the capital, officials said - Vietnam raises interest rates"
        #expect(HeadlineEcho.find(body: long, title: Self.title) == nil)
        #expect(HeadlineEcho.find(body: "Hanoi - Rates", title: "Rates") == nil)
    }
}
