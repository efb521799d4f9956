import Foundation
import Testing
@testable import BulletinKit

/// Review bug 2 (CLI part): `bulletin search delegation --limit 10000` gave exactly 2,000 hits of 3,003 matches, with
/// no word that the answer was cut. A limit over the ranking cap now ranks as many matches as it asks for; a
/// search with words typed with diacritics says when it checked only some of the matches.
@Suite struct SearchLimitTests {
    /// `count` articles that match `delegation`, and a few that do not.
    static func fixture(count: Int) throws -> IndexFixture {
        let f = try IndexFixture()
        for i in 0..<count {
            try f.write(String(format: "d%05d.txt", i), "Delegation number \(i)\n\nThe delegation \(i) met in Minsk.\n")
        }
        for i in 0..<3 { try f.write("other\(i).txt", "Weather\n\nRain in Hanoi \(i).\n") }
        return f
    }

    @Test func aLimitOverTheRankingCapGetsEveryMatch() throws {
        let total = IndexedStore.rankingCap + 150
        let f = try Self.fixture(count: total)
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
        // Best first.
        let scores = store.search("delegation", limit: 10_000, snippets: false).map(\.score)
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 >= $1 })
    }

    /// Words typed with diacritics are checked against the best-ranked matches only (300 by default, so the TUI's
    /// search stays fast): when that leaves fewer hits than asked, the answer says how many were checked, and a
    /// larger limit checks as many as it asks for.
    @Test func aShortAnswerOfADiacriticSearchSaysHowManyMatchesWereChecked() throws {
        let f = try IndexFixture()
        // Plain "lam" ranks first (the word three times in a short text); "Lâm" once in a longer one.
        let plain = IndexedStore.filterExamineCap + 100
        for i in 0..<plain { try f.write(String(format: "p%04d.txt", i), "Lam lam\n\nLam in report \(i).\n") }
        for i in 0..<5 {
            try f.write("marked\(i).txt", "Visit\n\nGeneral Secretary Tô Lâm met the long delegation of visitors from abroad in the capital \(i).\n")
        }
        let store = try f.store()
        let short = store.searchAnswer("Lâm", limit: 20)
        #expect(short.hits.isEmpty)
        #expect(short.checkedOnly == IndexedStore.filterExamineCap)
        let full = store.searchAnswer("Lâm", limit: 1000)
        #expect(Set(full.hits.map(\.id)) == Set((0..<5).map { "marked\($0)" }))
        #expect(full.checkedOnly == nil)
        // Found in full: nothing to say.
        #expect(store.searchAnswer("lam", limit: 20).checkedOnly == nil)
        // The memory store checks every match: never short.
        let memory = MemoryStore(articles: CorpusLoader().load(paths: [f.corpus.path]).articles)
        #expect(memory.searchAnswer("Lâm", limit: 20).hits.count == 5)
        #expect(memory.searchAnswer("Lâm", limit: 20).checkedOnly == nil)
    }
}
