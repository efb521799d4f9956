import Foundation
import GRDB
import Testing
@testable import BulletinKit

/// Session 37 UX review (bug 2): the TUI's `A` under a search marked the
/// first 1,000 matches while saying it marked all. `allMatchingIDs` gives
/// every article a query matches, past the ranking cap that `search` stops at,
/// with the same reading of the query (exclusions, diacritics).
@Suite struct AllMatchingIDsTests {
    @Test func everyMatchPastTheRankingCap() throws {
        let n = IndexedStore.rankingCap + 40
        var files: [String: String] = [:]
        for i in 0..<n {
            let town = i % 4 == 0 ? "Minsk" : "Brest"
            files[String(format: "a%05d.txt", i)] = "Report \(i)\n\nTractors were shipped to \(town) on day \(i)."
        }
        files["other.txt"] = "Weather\n\nRain in Hanoi."
        let f = try IndexFixture(files: files)
        let store = try f.store()
        // `search` ranks at most `rankingCap` matches, or as many as a larger limit asks for (the CLI's
        // `--limit 10000`, session 37): the answer to a limit is ranked, `allMatchingIDs` is not.
        #expect(store.search("tractors", limit: 1_000, snippets: false).count == 1_000)
        #expect(store.search("tractors", limit: 10_000, snippets: false).count == n)
        let all = store.allMatchingIDs("tractors")
        #expect(all.count == n && Set(all).count == n)
        #expect(!all.contains { $0.hasPrefix("other") })
        // Exclusions read as search reads them.
        #expect(store.allMatchingIDs("tractors -minsk").count == n - (n + 3) / 4)
        #expect(store.allMatchingIDs("nothingmatches").isEmpty)
        #expect(store.allMatchingIDs("").isEmpty)
    }

    /// Under the cap, the set is the one `search` finds, also for a word typed with diacritics.
    @Test func theSameMatchesAsSearchUnderTheCap() throws {
        let f = try IndexFixture(files: [
            "a.txt": "Visite\n\nTô Lâm a rencontré Loukachenko.",
            "b.txt": "Lam\n\nLam Dong province.",
            "c.txt": "Lâm\n\nLâm Đồng.",
            "d.txt": "Minsk\n\nLukashenko in Minsk.",
        ])
        let store = try f.store()
        for q in ["lam", "lâm", "lukashenko", "minsk OR lam", "lam -dong", "Loukachenko"] {
            #expect(Set(store.allMatchingIDs(q)) == Set(store.search(q, limit: 100, snippets: false).map(\.id)), "\(q)")
        }
        let memory = MemoryStore(articles: try f.update().0.makeStore().allArticles())
        #expect(Set(memory.allMatchingIDs("lam")) == Set(memory.search("lam", limit: 100).map(\.id)))
    }

    /// `R` says a restart applies a changed entities file: the index knows
    /// which files it extracted with, and when one changed, went or appeared.
    @Test func entitiesFilesChangedSinceExtraction() throws {
        let f = try IndexFixture(files: ["a.txt": "Title\n\nText about Minsk."])
        let config = f.root.appendingPathComponent("config")
        let extra = f.root.appendingPathComponent("extra.tsv")
        try Data("Dzud Watch\torganization\n".utf8).write(to: extra)
        let environment = ["XDG_CONFIG_HOME": config.path, "HOME": f.root.path]
        let stamp = CorpusIndex.extractionStamp(entitiesFile: extra.path, environment: environment)
        let index = try CorpusIndex.open(path: f.db)
        _ = try index.update(paths: [f.corpus.path], extract: FakeExtractor.extract, extractionStamp: stamp)
        let store = try index.makeStore()
        #expect(!store.entitiesFilesChanged(environment: environment))
        // The --entities file edited (size changes).
        try Data("Dzud Watch\torganization\tdzud\n".utf8).write(to: extra)
        #expect(store.entitiesFilesChanged(environment: environment))
        try Data("Dzud Watch\torganization\n".utf8).write(to: extra)
        // Same size again, but maybe the same second: a user file appearing is a change either way.
        let user = config.appendingPathComponent("bulletin")
        try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
        try Data("Acme\torganization\n".utf8).write(to: user.appendingPathComponent("entities.tsv"))
        #expect(store.entitiesFilesChanged(environment: environment))
        // A stamp that is not one `extractionStamp` wrote (tests, benchmarks) is never "changed".
        #expect(!(try f.store()).entitiesFilesChanged(environment: environment))
    }
}
