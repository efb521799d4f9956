import Foundation
import Testing
@testable import BulletinKit

/// Review bug 2 (CLI part): `bulletin search delegation --limit 10000` gave exactly 2,000 hits of 3,003 matches, with
/// no word that the answer was cut. A limit over the ranking cap now ranks as many matches as it asks for; a
/// search with words typed with diacritics says when it checked only some of the matches.
@Suite struct SearchLimitTests {
    /// `count` articles that match `delegation` and `lam`, after (newer than) five that write `Tô Lâm`, and a few
    /// that match neither.
    static func fixture(count: Int) throws -> IndexFixture {
        let f = try IndexFixture()
        for i in 0..<5 {
            try f.write("a\(i).txt", "Visit\n\nGeneral Secretary Tô Lâm met the delegation \(i) in Minsk.\n")
        }
        for i in 0..<count {
            try f.write(String(format: "d%05d.txt", i), "Delegation number \(i)\n\nThe delegation \(i) met Lam in Minsk.\n")
        }
        for i in 0..<3 { try f.write("other\(i).txt", "Weather\n\nRain in Hanoi \(i).\n") }
        return f
    }

    @Test func aLimitOverTheRankingCapGetsEveryMatch() throws {
        let f = try Self.fixture(count: IndexedStore.rankingCap + 145)
        let total = IndexedStore.rankingCap + 150
        let store = try f.store()
        #expect(store.search("delegation", limit: 10_000, snippets: false).count == total)
        #expect(Set(store.search("delegation", limit: 10_000).map(\.id)).count == total)
        #expect(store.searchAnswer("delegation", limit: 10_000).hits.count == total)
        #expect(store.searchAnswer("delegation", limit: 10_000).checkedOnly == nil)
        // A limit between the cap and the matches gets that many.
        #expect(store.search("delegation", limit: IndexedStore.rankingCap + 50, snippets: false).count == IndexedStore.rankingCap + 50)
        // Asking for fewer is as before: the best of the newest `rankingCap` matches.
        #expect(store.search("delegation", limit: 1000, snippets: false).count == 1000)
        #expect(store.search("delegation", limit: Int.max, snippets: false).count == total)
        // Words typed with diacritics: the five that have them are older than the newest 2,000 matches, which are
        // all that a small limit ranks. The answer says so; a limit that ranks them all finds them.
        let short = store.searchAnswer("Lâm", limit: 20)
        #expect(short.hits.isEmpty)
        #expect(short.checkedOnly == IndexedStore.rankingCap)
        let full = store.searchAnswer("Lâm", limit: 3000)
        #expect(Set(full.hits.map(\.id)) == Set((0..<5).map { "a\($0)" }))
        #expect(full.checkedOnly == nil)
        // Best first.
        let scores = store.search("delegation", limit: 10_000, snippets: false).map(\.score)
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 >= $1 })
    }

    /// Words typed with diacritics are checked against the best 300 ranked matches in the TUI's search (to answer
    /// each key in time); the CLI's answer checks every ranked match: `délégation` found none of its 375 articles
    /// among the best 300 matches of `delegation` at 10,000 articles.
    @Test func theCLIsAnswerChecksEveryRankedMatchForDiacritics() throws {
        let f = try IndexFixture()
        // Plain "lam" ranks first (the word three times in a short text); "Lâm" once in a longer one.
        let plain = IndexedStore.filterExamineCap + 100
        for i in 0..<plain { try f.write(String(format: "p%04d.txt", i), "Lam lam\n\nLam in report \(i).\n") }
        for i in 0..<5 {
            try f.write("marked\(i).txt", "Visit\n\nGeneral Secretary Tô Lâm met the long delegation of visitors from abroad in the capital \(i).\n")
        }
        let store = try f.store()
        let marked = Set((0..<5).map { "marked\($0)" })
        #expect(store.search("Lâm", limit: 20).isEmpty, "the TUI's check, as before")
        let answer = store.searchAnswer("Lâm", limit: 20)
        #expect(Set(answer.hits.map(\.id)) == marked)
        #expect(answer.checkedOnly == nil)
        #expect(store.searchAnswer("lam", limit: 20).checkedOnly == nil)
        // The memory store checks every match: never short.
        let memory = MemoryStore(articles: CorpusLoader().load(paths: [f.corpus.path]).articles)
        #expect(Set(memory.searchAnswer("Lâm", limit: 20).hits.map(\.id)) == marked)
        #expect(memory.searchAnswer("Lâm", limit: 20).checkedOnly == nil)
    }
}
