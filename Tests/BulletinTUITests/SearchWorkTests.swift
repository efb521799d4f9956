import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// Incremental search in a long article: each key must not read the whole
/// article again (QA: in a 7 MB article every key rescanned it, and every
/// frame re-sorted its entity mentions). Work is counted, not timed.
@Suite struct SearchWorkTests {
    /// A long body with a word now and then, and what matching it gave before
    /// (a folded text walked Character by Character; plain scan).
    static func body(paragraphs: Int) -> String {
        (0..<paragraphs).map { i in
            "Paragraph \(i) tells of trade and tourism between the ministries; "
                + (i % 37 == 5 ? "the Minsk delegation met in Hà Nội. " : "nothing else happened. ")
                + "Đà Nẵng, Москва and القاهرة are named \(i % 3) times."
        }.joined(separator: "\n\n")
    }

    @Test func typingALongerQueryComparesOnlyWhereTheShorterMatched() {
        let article = Article(id: "long", file: "/c/long.txt", title: "Long", date: nil, language: "en",
                              body: Self.body(paragraphs: 3000), raw: "", countries: [], entities: [])
        let cache = RenderCache()
        let folded = MatchFinder.FoldedText(article.body)
        var works: [Int] = []
        for query in ["m", "mi", "min", "mins", "minsk", "minsk d"] {
            let got = cache.matches(of: query, in: article)
            #expect(got == folded.matches(of: query), "\(query)")
            #expect(got == MatchFinder.matches(of: query, in: article.body), "\(query)")
            works.append(cache.lastSearchWork)
        }
        // The first letter reads the text; each later key only the previous answer.
        #expect(works[0] == folded.count)
        for w in works.dropFirst() { #expect(w * 20 < folded.count, "\(works)") }
        #expect(works[4] <= 3000 / 37 + 1, "\(works)")  // "minsk" is where "mins" was: ~81 places
        // Backspace: the answer for the shorter query is kept, nothing is compared.
        #expect(cache.matches(of: "mins", in: article) == folded.matches(of: "mins"))
        // A query that does not extend the last one starts over from the text.
        _ = cache.matches(of: "hà", in: article)
        #expect(cache.lastSearchWork == folded.count)
        #expect(cache.matches(of: "hà n", in: article) == folded.matches(of: "ha n"))
        #expect(cache.lastSearchWork < folded.count / 20)
    }

    /// The byte-level walk over ASCII gives what the Character walk gave:
    /// the same folded units, origins and cluster offsets (CR LF is one
    /// cluster; an ASCII letter with a combining mark after it is one).
    @Test func foldedTextMatchesTheCharacterWalk() {
        let pieces = ["a", "B", " ", "\r\n", "\r", "\n", "e\u{301}", "E\u{301}\u{302}", "Đ", "ệ", "Москва", "القاهرة",
                      "أ", "\u{64E}", "👍🏽", "👨‍👩‍👧", "🇧🇾", "中国", "x\u{200D}", "\u{600}1", "\t", "Ǆ", "ﬁ", "Ａ"]
        var rng = SystemRandomNumberGenerator()
        for round in 0..<300 {
            var text = ""
            for _ in 0..<(round % 30) { text += pieces.randomElement(using: &rng)! }
            let fast = MatchFinder.FoldedText(text)
            let slow = Self.reference(text)
            #expect(fast.units == slow.units, "\(text.debugDescription)")
            #expect(fast.origin == slow.origin, "\(text.debugDescription)")
            #expect(fast.clusterStarts == slow.clusterStarts, "\(text.debugDescription)")
        }
    }

    /// How `FoldedText` was built before its ASCII fast path.
    static func reference(_ text: String) -> (units: [UInt16], origin: [Int32], clusterStarts: [Int]) {
        var units: [UInt16] = [], origin: [Int32] = [], starts: [Int] = []
        var offset = 0
        var cluster: Int32 = 0
        for c in text {
            starts.append(offset)
            // As it was: ASCII by `asciiValue` (CR LF gives LF), the rest through Foundation.
            let folded = c.asciiValue.map { String(UnicodeScalar($0 >= 65 && $0 <= 90 ? $0 + 32 : $0)) } ?? MatchFinder.fold(c)
            for u in folded.utf16 {
                units.append(u)
                origin.append(cluster)
            }
            offset += c.utf16.count
            cluster += 1
        }
        starts.append(offset)
        return (units, origin, starts)
    }

    /// `firstLine`, `lastLine` and `lines(showing:)` find by binary search what
    /// a walk over every line finds.
    @Test func matchLinesAreWhatAWalkOverEveryLineFinds() {
        let article = Article(id: "doc", file: "/c/doc.txt", title: "Minsk talks on trade between Minsk and Hanoi",
                              date: nil, language: "en", body: Self.body(paragraphs: 60), raw: "", countries: [], entities: [])
        for width in [12, 37, 80] {
            let doc = ReaderDocument(article: article, width: width, bidi: true, shaping: true, countryName: { $0 })
            for query in ["minsk", "e", "trade and", "zzz", "named 2 times. paragraph", "ha noi"] {
                let body = MatchFinder.matches(of: query, in: article.body)
                let title = MatchFinder.matches(of: query, in: TerminalSafe.sanitize(article.title))
                let want = doc.lines.indices.filter { i in
                    if let s = doc.bodySpans[i], body.contains(where: { $0.overlaps(s) }) { return true }
                    if let s = doc.titleSpans[i], title.contains(where: { $0.overlaps(s) }) { return true }
                    return false
                }
                #expect(doc.lines(showing: body, title: title) == want, "\(query) at \(width)")
                for start in stride(from: 0, through: doc.lines.count + 1, by: 7) {
                    #expect(doc.firstLine(showing: body, title: title, from: start) == want.first { $0 >= start },
                            "\(query) at \(width) from \(start)")
                    #expect(doc.lastLine(showing: body, title: title, before: start) == want.last { $0 < start },
                            "\(query) at \(width) before \(start)")
                }
            }
        }
    }

    /// Scrolling a long article draws a frame per key: its entity mentions are
    /// sorted once, not at every frame.
    @Test func entitySpansAreSortedOncePerArticle() {
        let article = Fixtures.english
        let cache = RenderCache()
        let (spans, types) = cache.entitySpans(of: article)
        let want = article.entities.flatMap { e in e.ranges.map { ($0.start..<$0.end, e.type) } }
            .sorted { $0.0.lowerBound < $1.0.lowerBound }
        #expect(spans == want.map(\.0) && types == want.map(\.1))
        #expect(spans.count > 5)
    }
}
