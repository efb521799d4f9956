import Foundation
import GRDB
import Testing
@testable import BulletinKit

/// The pieces the search path was made faster with give what the plain
/// versions gave: the same ranked rows, the same entity fallback, the same
/// rendered excerpt.
@Suite struct SearchRankingTests {
    /// The ranking as it was done before: the rowid of the cap-th match from
    /// the end first, then bm25 over every match from there, fully sorted.
    static func reference(match: String, limit: Int, cap: Int, _ db: Database) throws -> [(rowid: Int64, rank: Double)] {
        let bound = try Int64.fetchOne(db, sql: """
            SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?
            """, arguments: [match, cap - 1])
        let rows = try Row.fetchAll(db, sql: """
            SELECT rowid, bm25(article_fts, \(IndexSchema.bm25Weights)) FROM article_fts
            WHERE article_fts MATCH ? AND rowid >= ?
            """, arguments: [match, bound ?? Int64.min])
        let scored: [(rowid: Int64, rank: Double)] = rows.map { ($0[0], $0[1]) }
        return Array(scored.sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.rowid < $1.rowid }.prefix(limit))
    }

    @Test func cappedRankingRanksTheSameRowsAsRankingFromTheBound() throws {
        // Twelve articles naming Minsk in different places and amounts, so
        // bm25 orders them, and a cap below their number.
        var files: [String: String] = [:]
        for i in 0..<12 {
            let title = i % 3 == 0 ? "Minsk news \(i)" : "News \(i)"
            let body = String(repeating: "Talks went on in Minsk. ", count: 1 + i % 4)
                + String(repeating: "Other words fill the article. ", count: i % 5)
            files[String(format: "a%02d.txt", i)] = title + "\n\n" + body + "\n"
        }
        let f = try IndexFixture(files: files)
        let store = try f.store()
        try store.pool.read { db in
            for match in ["\"minsk\"", "\"minsk\" AND \"talks\"", "\"oth\"*", "\"minsk\" NOT \"other\"", "\"nothing\""] {
                for cap in [1, 3, 5, 12, 50] {
                    for limit in [1, 2, 4, 50] {
                        let got = try IndexedStore.rankedRowIDs(match: match, limit: limit, cap: cap, db)
                        let want = try Self.reference(match: match, limit: limit, cap: cap, db)
                        #expect(got.map(\.rowid) == want.map(\.rowid), "\(match) cap \(cap) limit \(limit)")
                        #expect(got.map(\.rank) == want.map(\.rank), "\(match) cap \(cap) limit \(limit)")
                    }
                }
            }
        }
    }

    @Test func boundedSelectionKeepsTheBestInOrder() {
        var rng = SplitMix(seed: 7)
        for trial in 0..<200 {
            let n = Int(rng.next() % 300)
            // Few distinct ranks: many ties, broken by rowid.
            let scored: [(rowid: Int64, rank: Double)] = (0..<n).map { i in
                (Int64(i * 7 % 301), -Double(rng.next() % 9))
            }
            let limit = Int(rng.next() % 60) + 1
            let want = scored.sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.rowid < $1.rowid }.prefix(limit)
            let got = IndexedStore.best(scored, limit: limit)
            #expect(got.map(\.rowid) == want.map(\.rowid), "trial \(trial)")
            #expect(got.map(\.rank) == want.map(\.rank), "trial \(trial)")
        }
        #expect(IndexedStore.best([(1, -1)], limit: 0).isEmpty)
    }

    @Test func firstMentionIsTheEarliestSpanOfTheAcceptedEntities() {
        let entities = [
            ArticleEntity(name: "Alexander Lukashenko", type: .person, aliases: ["Lukashenko"], mentions: 2,
                          ranges: [TextSpan(start: 40, end: 50), TextSpan(start: 12, end: 22)]),
            ArticleEntity(name: "Minsk", type: .place, mentions: 1, ranges: [TextSpan(start: 3, end: 8)]),
            ArticleEntity(name: "Belarus", type: .country, mentions: 2,
                          ranges: [TextSpan(start: 30, end: 37), TextSpan(start: 12, end: 19)], code: "BY"),
        ]
        let encoded = EntityCoding.encode(entities)
        func reference(_ accept: (String) -> Bool) -> TextSpan? {
            EntityCoding.decode(encoded).filter { accept($0.name) }.flatMap(\.ranges).min()
        }
        let choices: [Set<String>] = [[], ["Minsk"], ["Alexander Lukashenko"], ["Belarus", "Alexander Lukashenko"],
                                      ["Belarus"], ["Nobody"], ["Minsk", "Belarus", "Alexander Lukashenko"]]
        for names in choices {
            let got = IndexedStore.firstMention(encoded: encoded) { names.contains(String($0)) }
            #expect(got == reference { names.contains($0) }, "\(names)")
        }
        // Ties on the start: the shorter span first, as `TextSpan` sorts.
        #expect(IndexedStore.firstMention(encoded: encoded) { $0 != "Minsk" } == TextSpan(start: 12, end: 19))
        #expect(IndexedStore.firstMention(encoded: "") { _ in true } == nil)
    }

    @Test func wordScalarTableMatchesTheProperties() {
        for v in UInt32(0)..<SnippetBuilder.wordScalarTableLimit {
            #expect(SnippetBuilder.isWordScalar(v) == SnippetBuilder.computeIsWordScalar(v), "U+\(String(v, radix: 16))")
        }
        #expect(SnippetBuilder.isWordScalar(0x4E2D) == false)  // CJK: a literal, not a word
        #expect(SnippetBuilder.isWordScalar(0x1F600) == false)
        #expect(SnippetBuilder.isWordScalar(0x10400) == true)  // Deseret letter, beyond the table
    }

    @Test func literalSearchFindsWhatRangeOfFinds() {
        let body = "代表团访问明斯克。中国人民代表团访问了白俄罗斯首都明斯克, 中国 and 中国人民 again: 习近平 met 习近平."
        for needle in ["中国", "明斯克", "习近平", "代表团", "斯克", "白俄罗斯首都", "日本", "。中", "平."] {
            var from = body.startIndex
            // Every occurrence in turn, as the window's highlighting walks them.
            while true {
                let got = SnippetBuilder.firstOccurrence(of: needle, in: body, from: from, to: body.endIndex)
                let want = body.range(of: needle, range: from..<body.endIndex)
                #expect(got == want, "\(needle)")
                guard let r = want else { break }
                from = r.upperBound
            }
        }
        let cut = body.index(body.startIndex, offsetBy: 12)
        #expect(SnippetBuilder.firstOccurrence(of: "中国人民", in: body, from: body.startIndex, to: cut) == nil)
        #expect(SnippetBuilder.firstOccurrence(of: "", in: body, from: body.startIndex, to: body.endIndex) == nil)
    }

    /// The rendering as it was: Character by Character, `isWhitespace` collapsed.
    static func referenceRender(body: String, window: Range<String.Index>, highlights: [Range<String.Index>]) -> String {
        let marks = SnippetBuilder.merged(highlights
            .map { $0.clamped(to: window) }
            .filter { !$0.isEmpty }
            .sorted { $0.lowerBound < $1.lowerBound }, in: body)
        var out = window.lowerBound > body.startIndex ? "…" : ""
        var lastWasSpace = false
        var i = window.lowerBound
        var m = 0
        func emit(_ s: Substring) {
            for c in s {
                if c.isWhitespace {
                    if !lastWasSpace, !out.isEmpty { out.append(" ") }
                    lastWasSpace = true
                } else {
                    out.append(c)
                    lastWasSpace = false
                }
            }
        }
        while i < window.upperBound {
            while m < marks.count, marks[m].upperBound <= i { m += 1 }
            if m < marks.count, marks[m].lowerBound <= i {
                out.append("«")
                emit(body[i..<marks[m].upperBound])
                out.append("»")
                lastWasSpace = false
                i = marks[m].upperBound
                m += 1
            } else {
                let next = m < marks.count ? min(marks[m].lowerBound, window.upperBound) : window.upperBound
                emit(body[i..<next])
                i = next
            }
        }
        while out.hasSuffix(" ") { out.removeLast() }
        if window.upperBound < body.endIndex { out += "…" }
        return out
    }

    @Test func renderCollapsesWhitespaceLikeCharacters() {
        let bodies = [
            "  Tô Lâm\tvisited\r\nĐà Nẵng  on\u{00A0}Monday.\u{3000}中国 代表团\u{2028}end  ",
            "Lead \u{0301}mark after a space, and a joiner \u{200D}here; e\u{0301}té \u{2003}\u{2009} wide\n\n\nlines",
            "الرئيس  يستقبل\u{00A0}الوفد\tفي مينسك،\n وأكد",
            "Никаких\u{202F}пробелов\u{205F}нет\u{1680}здесь\u{0085}конец",
        ]
        for body in bodies {
            let n = body.count
            for (a, b) in [(0, n), (2, n - 3), (5, 20), (0, 1), (n - 4, n)] where a < b {
                let window = body.index(body.startIndex, offsetBy: a)..<body.index(body.startIndex, offsetBy: b)
                let words = SnippetBuilder.matches(in: body, window: window, needles: SnippetBuilder.Needles(tokens: ["lam", "visited", "mark", "vs", "الوفد", "пробелов"]))
                for highlights in [[], words, Array(words.prefix(1))] {
                    let got = SnippetBuilder.render(body: body, window: window, highlights: highlights)
                    let want = Self.referenceRender(body: body, window: window, highlights: highlights)
                    #expect(got == want, "\(body.debugDescription) \(a)..<\(b)")
                }
            }
        }
    }
}
