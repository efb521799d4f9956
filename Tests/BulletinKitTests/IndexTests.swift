import Foundation
import GRDB
import Testing
@testable import BulletinKit

/// A temporary corpus folder and index path, removed at the end of the test.
final class IndexFixture {
    let root: URL
    let corpus: URL
    var db: String { root.appendingPathComponent("index.sqlite").path }

    init(files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-index-\(UUID().uuidString)")
        corpus = root.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: corpus.appendingPathComponent(name))
    }

    func path(_ name: String) -> String { corpus.appendingPathComponent(name).path }

    /// Opens the index and updates it with `extract` (a fixed fake extractor by default).
    func update(batchSize: Int = 256, isCancelled: @escaping @Sendable () -> Bool = { false }) throws -> (CorpusIndex, IndexUpdateReport) {
        let index = try CorpusIndex.open(path: db)
        let report = try index.update(paths: [corpus.path], batchSize: batchSize, extract: FakeExtractor.extract,
                                      extractionStamp: "test", isCancelled: isCancelled)
        return (index, report)
    }

    func store() throws -> IndexedStore { try update().0.makeStore() }
}

/// Finds one person across scripts and one country, with ranges, like the real extractor would.
enum FakeExtractor {
    static let lukashenko = ["Lukashenko", "Loukachenko", "لوكاشينكو", "Лукашенко"]

    @Sendable static func extract(title: String, body: String, language: String, source: String?) -> Extraction {
        var entities: [ArticleEntity] = []
        let ns = body as NSString
        var aliases: [String] = []
        var ranges: [TextSpan] = []
        for form in lukashenko {
            let r = ns.range(of: form, options: .caseInsensitive)
            if r.location != NSNotFound {
                aliases.append(ns.substring(with: r))
                ranges.append(TextSpan(start: r.location, end: r.location + r.length))
            }
        }
        if !aliases.isEmpty {
            entities.append(ArticleEntity(name: "Alexander Lukashenko", type: .person, aliases: aliases,
                                          mentions: ranges.count, ranges: ranges))
        }
        let belarus = ["Belarus", "Biélorussie", "بيلاروسيا", "Беларусь", "白俄罗斯"].contains { body.contains($0) || title.contains($0) }
        if belarus { entities.append(ArticleEntity(name: "Belarus", type: .country, code: "BY")) }
        return Extraction(countries: belarus ? ["BY"] : [], entities: entities)
    }
}

/// Small articles in each script the index must fold.
let scriptFixtures: [String: String] = [
    "vi.txt": "Tổng Bí thư Tô Lâm thăm Đà Nẵng\n\nTổng Bí thư Tô Lâm đã đến thăm thành phố Đà Nẵng và làm việc với lãnh đạo địa phương.\n",
    "fr.txt": "Visite en Biélorussie\n\nLe président Loukachenko a reçu la délégation à Minsk, capitale de la Biélorussie.\n",
    "ar.txt": "الرئيس يستقبل الوفد\n\nاستقبل الرئيس أ. لوكاشينكو في مينسك الأمينَ العام، وأكد أن العلاقات مع فيتنام قوية. وزار الوفد مدينة بريست.\n",
    "ru.txt": "Встреча в Минске\n\nАЛЕКСАНДР ЛУКАШЕНКО провёл переговоры в Минске с делегацией Вьетнама.\n",
    "zh.txt": "代表团访问明斯克\n\n中国人民代表团访问了白俄罗斯首都明斯克。\n",
    "en.txt": "Talks in Minsk\n\nPresident Alexander Lukashenko met the delegation from Vietnam in Minsk on Tuesday.\n",
]

/// IDs of the hits, as a set (ranking is tested separately).
private func ids(_ store: IndexedStore, _ query: String) -> Set<String> {
    Set(store.search(query, limit: 50).map(\.id))
}

@Suite struct IndexSearchTests {
    @Test func latinDiacriticsAndCaseAreIgnored() throws {
        let f = try IndexFixture(files: scriptFixtures)
        let store = try f.store()
        #expect(ids(store, "to lam") == ["vi"])
        #expect(ids(store, "da nang") == ["vi"])
        #expect(ids(store, "ĐÀ NẴNG") == ["vi"])
        // The French article by its text, first; the Chinese one (白俄罗斯, its country
        // entity Belarus) through the country's names in every language.
        for query in ["bielorussie", "BIÉLORUSSIE"] {
            #expect(ids(store, query) == ["fr", "zh"], "\(query)")
            #expect(store.search(query, limit: 5).first?.id == "fr", "\(query)")
        }
        let hit = try #require(store.search("to lam", limit: 5).first)
        #expect(hit.snippet.marked("«", "»").contains("«Tô Lâm»"))
    }

    @Test func arabicMatchesWithOrWithoutHamzaArticleAndHarakat() throws {
        let f = try IndexFixture(files: scriptFixtures)
        let store = try f.store()
        #expect(ids(store, "الأمين") == ["ar"]) // as written (with harakat in the text)
        #expect(ids(store, "الامين") == ["ar"]) // without hamza
        #expect(ids(store, "أمين") == ["ar"]) // without the article
        #expect(ids(store, "امين") == ["ar"])
        #expect(ids(store, "والمدينة") == ["ar"]) // with a clitic and taa marbuta, text has مدينة
        #expect(ids(store, "لوكاشينكو").contains("ar"))
        let hit = try #require(store.search("امين", limit: 1).first)
        #expect(hit.snippet.marked("«", "»").contains("«الأمينَ»"))
    }

    @Test func russianIsCaseInsensitive() throws {
        let f = try IndexFixture(files: scriptFixtures)
        let store = try f.store()
        #expect(ids(store, "переговоры") == ["ru"])
        #expect(ids(store, "ПРОВЁЛ") == ["ru"])
        #expect(ids(store, "провел") == ["ru"])
        #expect(ids(store, "минске") == ["ru"])
    }

    @Test func chineseSubstringsMatch() throws {
        let f = try IndexFixture(files: scriptFixtures)
        let store = try f.store()
        #expect(ids(store, "中国") == ["zh"])
        #expect(ids(store, "人民") == ["zh"])
        #expect(ids(store, "国人") == ["zh"])
        #expect(ids(store, "明斯克") == ["zh"])
        #expect(ids(store, "斯") == ["zh"])
        #expect(ids(store, "克") == ["zh"]) // the last character of a run
        #expect(ids(store, "中人").isEmpty) // not adjacent
        let hit = try #require(store.search("人民代表", limit: 1).first)
        #expect(hit.snippet.marked("«", "»").contains("«人民代表»"))
    }

    @Test func entitySearchCrossesScripts() throws {
        let f = try IndexFixture(files: scriptFixtures)
        let store = try f.store()
        // The Latin name finds the Arabic and Russian articles through their entities.
        #expect(ids(store, "Lukashenko") == ["ar", "ru", "en", "fr"])
        // An alias seen in one language finds the others too.
        #expect(ids(store, "Loukachenko") == ["ar", "ru", "en", "fr"])
        #expect(ids(store, "لوكاشينكو") == ["ar", "ru", "en", "fr"])
        // The snippet of an article that matched by entity shows the mention.
        let ar = try #require(store.search("Lukashenko", limit: 10).first { $0.id == "ar" })
        #expect(ar.snippet.marked("«", "»").contains("«لوكاشينكو»"))
    }

    @Test func phrasesExclusionsAndPrefixes() throws {
        let f = try IndexFixture(files: scriptFixtures)
        let store = try f.store()
        #expect(ids(store, "\"Alexander Lukashenko\"").contains("en"))
        #expect(!ids(store, "\"Minsk Talks\"").contains("en"))
        #expect(ids(store, "\"talks in minsk\"") == ["en"])
        #expect(ids(store, "Minsk -Tuesday").contains("fr"))
        #expect(!ids(store, "Minsk -Tuesday").contains("en"))
        #expect(ids(store, "delega*") == ["fr", "en"])
        #expect(store.search("", limit: 5).isEmpty)
        #expect(store.search("\" OR NEAR( ) :", limit: 5).isEmpty)
    }

    @Test func scriptsWithoutSpecialRulesFoldToo() throws {
        let f = try IndexFixture(files: [
            "el.txt": "ΣΥΝΟΔΟΣ ΣΤΗΝ ΑΘΗΝΑ\n\nΟι υπουργοί συναντήθηκαν στην Αθήνα για τη συνεργασία.\n",
            "hi.txt": "दिल्ली में बैठक\n\nहिन्दी समाचार: प्रधानमंत्री ने मिन्स्क का दौरा किया।\n",
            "en.txt": "Talks\n\nThe «state-visit» ended—quickly.\n",
        ])
        let store = try f.store()
        #expect(ids(store, "συνοδος") == ["el"]) // capitals fold to lower case, final sigma too
        #expect(ids(store, "ΑΘΗΝΑ") == ["el"])
        #expect(ids(store, "हिन्दी") == ["hi"]) // the whole word, vowel signs included
        #expect(ids(store, "किया") == ["hi"])
        #expect(ids(store, "\"state visit\"") == ["en"])
        #expect(ids(store, "quickly") == ["en"])
    }

    @Test func entityCodingRoundTrips() {
        let entities = [
            ArticleEntity(name: "Alexander Lukashenko", type: .person, aliases: ["Lukashenko", "لوكاشينكو"],
                          mentions: 3, ranges: [TextSpan(start: 0, end: 10), TextSpan(start: 120, end: 130)]),
            ArticleEntity(name: "Belarus", type: .country, code: "BY"),
            ArticleEntity(name: "Tab\there", type: .organization, aliases: ["a\nb"], mentions: 1),
        ]
        let decoded = EntityCoding.decode(EntityCoding.encode(entities))
        #expect(decoded.count == 3)
        #expect(decoded[0].name == "Alexander Lukashenko" && decoded[0].aliases == ["Lukashenko", "لوكاشينكو"])
        #expect(decoded[0].mentions == 3 && decoded[0].ranges == entities[0].ranges && decoded[0].code == nil)
        #expect(decoded[1].code == "BY" && decoded[1].ranges.isEmpty && decoded[1].aliases.isEmpty)
        #expect(decoded[2].name == "Tab here" && decoded[2].aliases == ["a b"] && decoded[2].type == .organization)
        #expect(EntityCoding.encode([]).isEmpty)
    }

    @Test func rankingPrefersTitleMatches() throws {
        let f = try IndexFixture(files: [
            "a.txt": "Weather report\n\nRain in Minsk, and more rain expected in the region all week long.\n",
            "b.txt": "Minsk hosts forum\n\nThe forum opened on Monday with delegates from twelve countries.\n",
        ])
        let hits = try f.store().search("minsk", limit: 5)
        #expect(hits.map(\.id) == ["b", "a"])
        #expect(hits[0].score >= hits[1].score)
    }

    @Test func summariesAndArticlesRoundTrip() throws {
        let f = try IndexFixture(files: scriptFixtures)
        let store = try f.store()
        #expect(store.summaries.map(\.id) == ["ar", "en", "fr", "ru", "vi", "zh"])
        let ar = try #require(store.summaries.first { $0.id == "ar" })
        #expect(ar.countries == [])
        #expect(ar.entityNames == ["Alexander Lukashenko"])
        #expect(store.summaries.first { $0.id == "zh" }?.countries == ["BY"])
        let article = try #require(store.article(id: "ar"))
        let entity = try #require(article.entities.first)
        #expect(entity.aliases == ["لوكاشينكو"])
        let span = try #require(entity.ranges.first)
        #expect((article.body as NSString).substring(with: NSRange(location: span.start, length: span.length)) == "لوكاشينكو")
        #expect(store.article(id: "nope") == nil)
    }
}

@Suite struct IndexIDTests {
    /// Same-named files in two folders get the loader's path-based IDs, in
    /// the summaries, in `article(id:)` and in search hits alike.
    @Test func sameNamedFilesGetPathIDs() throws {
        let f = try IndexFixture()
        for dir in ["2026-07-30", "2026-07-31"] {
            try FileManager.default.createDirectory(at: f.corpus.appendingPathComponent(dir), withIntermediateDirectories: true)
        }
        try f.write("2026-07-30/1.txt", "First day\n\nTractors arrive in Minsk.\n")
        try f.write("2026-07-31/1.txt", "Second day\n\nCombines arrive in Hanoi.\n")
        let index = try CorpusIndex.open(path: f.db)
        _ = try index.update(paths: [f.corpus.path], extract: FakeExtractor.extract, extractionStamp: "t")
        let store = try index.makeStore(roots: [f.corpus.path])
        #expect(store.summaries.map(\.id) == ["2026-07-30/1", "2026-07-31/1"])
        #expect(store.article(id: "2026-07-31/1")?.title == "Second day")
        #expect(store.article(id: "2026-07-31/1")?.id == "2026-07-31/1")
        #expect(store.search("combines", limit: 5).map(\.id) == ["2026-07-31/1"])
    }
}

@Suite struct IndexUpdateTests {
    @Test func reindexesOnlyWhatChanged() throws {
        let f = try IndexFixture(files: [
            "a.txt": "Alpha\n\nThe first article mentions apricots.\n",
            "b.txt": "Beta\n\nThe second article mentions bananas.\n",
            "c.txt": "Gamma\n\nThe third article mentions cherries.\n",
        ])
        var (index, report) = try f.update()
        #expect(report.added == 3)

        // Nothing changed.
        (index, report) = try f.update()
        #expect(report.unchanged == 3 && report.added == 0 && report.changed == 0)

        // touch: time changes, content does not.
        let future = Date().addingTimeInterval(60)
        try FileManager.default.setAttributes([.modificationDate: future], ofItemAtPath: f.path("a.txt"))
        (index, report) = try f.update()
        #expect(report.touched == 1 && report.unchanged == 2 && report.changed == 0)

        // edit, add, delete.
        try f.write("b.txt", "Beta\n\nThe second article now mentions blueberries.\n")
        try f.write("d.txt", "Delta\n\nA new article about dates.\n")
        try FileManager.default.removeItem(atPath: f.path("c.txt"))
        (index, report) = try f.update()
        #expect(report.changed == 1)
        #expect(report.added == 1)
        #expect(report.removed == 1)
        #expect(report.unchanged == 1)

        let store = try index.makeStore()
        #expect(store.summaries.map(\.id) == ["a", "b", "d"])
        #expect(ids(store, "blueberries") == ["b"])
        #expect(ids(store, "bananas").isEmpty)
        #expect(ids(store, "cherries").isEmpty)
        #expect(ids(store, "dates") == ["d"])
        #expect(ids(store, "apricots") == ["a"])
        let problems = try index.integrityProblems()
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func interruptedUpdateIsCompletedNextTime() throws {
        var files: [String: String] = [:]
        for i in 0..<20 { files[String(format: "f%02d.txt", i)] = "Title \(i)\n\nBody number \(i) about tractors.\n" }
        let f = try IndexFixture(files: files)
        let calls = Counter()
        let (_, first) = try f.update(batchSize: 4, isCancelled: { calls.next() >= 2 })
        #expect(first.interrupted)
        #expect(first.added > 0 && first.added < 20)
        let (index, second) = try f.update()
        #expect(second.added == 20 - first.added)
        #expect(try index.makeStore().summaries.count == 20)
        #expect(ids(try index.makeStore(), "tractors").count == 20)
    }

    @Test func parallelAndSerialIndexingAgree() throws {
        var files: [String: String] = [:]
        for i in 0..<30 { files["n\(i).txt"] = "Note \(i)\n\n" + String(repeating: "Minsk Hà Nội 中国人 الأمين ", count: i % 5 + 1) }
        let f = try IndexFixture(files: files)
        let index = try CorpusIndex.open(path: f.db)
        _ = try index.update(paths: [f.corpus.path], threads: 1, batchSize: 7, extract: FakeExtractor.extract, extractionStamp: "x")
        let serial = Set(try index.makeStore().search("ha noi", limit: 50).map(\.id))
        let g = try IndexFixture(files: files)
        let other = try CorpusIndex.open(path: g.db)
        _ = try other.update(paths: [g.corpus.path], threads: 2, batchSize: 3, extract: FakeExtractor.extract, extractionStamp: "x")
        #expect(Set(try other.makeStore().search("ha noi", limit: 50).map(\.id)) == serial)
        #expect(serial.count == 30)
    }

    @Test func newExtractionStampReindexesEverything() throws {
        let f = try IndexFixture(files: ["a.txt": "A\n\nLukashenko in Minsk.\n"])
        let index = try CorpusIndex.open(path: f.db)
        _ = try index.update(paths: [f.corpus.path], extract: { _, _, _, _ in Extraction() }, extractionStamp: "v1")
        #expect(try index.makeStore().summaries[0].entityNames.isEmpty)
        let report = try index.update(paths: [f.corpus.path], extract: FakeExtractor.extract, extractionStamp: "v2")
        #expect(report.added == 1)
        #expect(try index.makeStore().summaries[0].entityNames == ["Alexander Lukashenko"])
    }

    @Test func defaultPathIsPerRootUnderXDGCache() {
        let env = ["XDG_CACHE_HOME": "/tmp/xdg-cache", "HOME": "/home/x"]
        let a = CorpusIndex.defaultPath(roots: ["/data/news"], environment: env)
        #expect(a.hasPrefix("/tmp/xdg-cache/bulletin/index-") && a.hasSuffix(".sqlite"))
        #expect(a != CorpusIndex.defaultPath(roots: ["/data/other"], environment: env))
        #expect(a == CorpusIndex.defaultPath(roots: ["/data/news/"], environment: env))
        #expect(CorpusIndex.defaultPath(roots: ["/d"], environment: ["HOME": "/home/x"]).hasPrefix("/home/x/.cache/bulletin/"))
    }
}

/// Counts calls across threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        n += 1
        return n - 1
    }
}

@Suite struct IndexRecoveryTests {
    private func asides(_ f: IndexFixture) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: f.root.path).filter { $0.contains(".corrupt-") }
    }

    @Test func garbageFileIsSetAsideAndRebuilt() throws {
        let f = try IndexFixture(files: scriptFixtures)
        try Data(repeating: 0x42, count: 8192).write(to: URL(fileURLWithPath: f.db))
        let index = try CorpusIndex.open(path: f.db)
        #expect(index.notices.count == 1)
        #expect(index.notices[0].contains("damaged"))
        #expect(try asides(f).count == 1)
        _ = try index.update(paths: [f.corpus.path], extract: FakeExtractor.extract, extractionStamp: "t")
        #expect(try index.makeStore().summaries.count == 6)
    }

    @Test func foreignDatabaseIsSetAside() throws {
        let f = try IndexFixture(files: scriptFixtures)
        do {
            let queue = try DatabaseQueue(path: f.db)
            try queue.write { db in try db.execute(sql: "CREATE TABLE recipes(name TEXT)") }
        }
        let index = try CorpusIndex.open(path: f.db)
        #expect(index.notices.first?.contains("not a Bulletin index") == true)
        #expect(try asides(f).count == 1)
    }

    @Test func truncatedIndexIsRecoveredByOpenStore() throws {
        var files = scriptFixtures
        for i in 0..<200 { files["x\(i).txt"] = "Filler \(i)\n\n" + String(repeating: "Some text about Minsk and Hanoi. ", count: 40) }
        let f = try IndexFixture(files: files)
        _ = try f.update()
        // Checkpoint the WAL into the main file, then cut the main file in half.
        do {
            let queue = try DatabaseQueue(path: f.db)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
        let size = try #require(FileFingerprint.of(path: f.db)?.size)
        #expect(truncate(f.db, off_t(size / 2)) == 0)
        let opened = CorpusIndex.openStore(paths: [f.corpus.path], indexPath: f.db)
        let store = try #require(opened.store)
        #expect(store.summaries.count == 206)
        #expect(opened.notices.contains { $0.contains("damaged") })
    }

    @Test func unwritableLocationGivesNoStoreAndANotice() throws {
        let opened = CorpusIndex.openStore(paths: ["/nonexistent"], indexPath: "/proc/bulletin/index.sqlite")
        #expect(opened.store == nil)
        #expect(opened.notices.count == 1)
    }
}

/// Names one person differently per language, as extraction does before the
/// cross-article linker joins the spellings.
enum SpellingExtractor {
    static let forms = [("Lukashenko", "Alexander Lukashenko"), ("Loukachenko", "Alexandre Loukachenko"),
                        ("Лукашенко", "Александр Лукашенко"), ("Tô Lâm", "Tô Lâm")]

    @Sendable static func extract(title: String, body: String, language: String, source: String?) -> Extraction {
        let ns = body as NSString
        var entities: [ArticleEntity] = []
        for (form, name) in forms {
            let r = ns.range(of: form, options: .caseInsensitive)
            guard r.location != NSNotFound else { continue }
            entities.append(ArticleEntity(name: name, type: .person, aliases: [ns.substring(with: r)], mentions: 1,
                                          ranges: [TextSpan(start: r.location, end: r.location + r.length)]))
        }
        return Extraction(entities: entities)
    }
}

/// The warm start's summary load: rows copied on one thread, decoded on two.
@Suite struct SummaryLoadTests {
    /// Whatever the chunk size (1 row: every row crosses threads), the
    /// summaries are the same, in list order, and the entity counts agree with counting them.
    @Test func chunkingChangesNothing() throws {
        var files = scriptFixtures
        for i in 0..<40 { files[String(format: "n%02d.txt", 39 - i)] = "Note \(i)\n\nLukashenko in Minsk, day \(i).\n" }
        files["digest.txt"] = "One\n\nFirst story about Belarus.\n\n---\n\nTwo\n\nSecond story, Лукашенко.\n"
        let f = try IndexFixture(files: files)
        let index = try f.update().0
        let whole = try index.makeStore()
        #expect(whole.summaries.count > 40)
        var expected: [String: Int] = [:]
        for s in whole.summaries { for name in Set(s.entityNames) { expected[name, default: 0] += 1 } }
        #expect(whole.entityArticleCounts == expected)
        #expect(!expected.isEmpty)
        let names = try index.pool.read { db in
            try String.fetchAll(db, sql: "SELECT coalesce(canonical, name) FROM entity_ref ORDER BY id")
        }
        let ids = try index.pool.read { db in try Int.fetchAll(db, sql: "SELECT id FROM entity_ref ORDER BY id") }
        var byID = [String](repeating: "", count: (ids.max() ?? 0) + 1)
        for (id, name) in zip(ids, names) { byID[id] = name }
        for rows in [1, 2, 3, 7, 4096] {
            let (summaries, counts, rowids) = try index.pool.read { db in
                try IndexedStore.loadSummaries(db, names: EntityNameTable(names: byID), chunkRows: rows)
            }
            #expect(summaries == whole.summaries, "chunks of \(rows)")
            #expect(counts == expected, "chunks of \(rows)")
            // Each summary's row, as the list-order walk of the table gives it.
            let inOrder = try index.pool.read { db in try Int64.fetchAll(db, sql: "SELECT rowid FROM articles ORDER BY file, segment") }
            #expect(rowids == inOrder, "chunks of \(rows)")
        }
    }
}

@Suite struct IndexLinkingTests {
    /// The links stored at index time give what `EntityLinker.link` over
    /// every article gives, in the summaries and in the full articles.
    @Test func storedLinksMatchLinkingEveryArticle() throws {
        var files = scriptFixtures
        files["en2.txt"] = "More talks\n\nLukashenko spoke again in Minsk about tractors.\n"
        let f = try IndexFixture(files: files)
        let index = try CorpusIndex.open(path: f.db)
        _ = try index.update(paths: [f.corpus.path], extract: SpellingExtractor.extract, extractionStamp: "s")
        let store = try index.makeStore(roots: [f.corpus.path])

        var direct = CorpusLoader().load(paths: [f.corpus.path]).articles
        for i in direct.indices {
            direct[i].entities = SpellingExtractor.extract(title: direct[i].title, body: direct[i].body,
                                                           language: direct[i].language, source: nil).entities
        }
        EntityLinker.link(&direct)
        let linkedNames = Set(direct.flatMap { $0.entities.map(\.name) })
        #expect(linkedNames.contains("Alexander Lukashenko"))
        #expect(!linkedNames.contains("Alexandre Loukachenko"), "the test needs spellings the linker joins")

        #expect(store.summaries.map(\.id) == direct.map(\.id))
        for (summary, article) in zip(store.summaries, direct) {
            var names: [String] = []
            for e in article.entities where !names.contains(e.name) { names.append(e.name) }
            #expect(summary.entityNames == names, "\(summary.id)")
        }
        let stored = store.allArticles()
        #expect(stored.map { $0.entities.map(\.name) } == direct.map { $0.entities.map(\.name) })
        #expect(stored.map { $0.entities.map(\.aliases) } == direct.map { $0.entities.map(\.aliases) })
        #expect(store.article(id: "fr")?.entities.first?.name == "Alexander Lukashenko")
        #expect(store.article(id: "fr")?.entities.first?.aliases.first == "Alexandre Loukachenko")

        // Corpus.open through the index gives the same linked articles.
        let corpus = Corpus.open(paths: [f.corpus.path], options: OpenOptions(indexPath: f.db, useIndex: true))
        #expect(corpus.count == direct.count)

        // Entity search follows the links: the French spelling finds the Russian article.
        #expect(Set(store.search("Loukachenko", limit: 20).map(\.id)).isSuperset(of: ["fr", "ru", "en", "en2"]))
    }

    /// Removing the only article with a spelling re-links the rest.
    @Test func linksFollowUpdates() throws {
        let f = try IndexFixture(files: [
            "a.txt": "A\n\nLukashenko in Minsk.\n",
            "b.txt": "B\n\nLoukachenko à Minsk.\n",
            "c.txt": "C\n\nLoukachenko encore.\n",
        ])
        let index = try CorpusIndex.open(path: f.db)
        _ = try index.update(paths: [f.corpus.path], extract: SpellingExtractor.extract, extractionStamp: "s")
        // Two French spellings against one English: the French one is canonical.
        #expect(try index.makeStore().summaries.map(\.entityNames) == Array(repeating: ["Alexandre Loukachenko"], count: 3))
        try FileManager.default.removeItem(atPath: f.path("c.txt"))
        try f.write("d.txt", "D\n\nLukashenko again.\n")
        _ = try index.update(paths: [f.corpus.path], extract: SpellingExtractor.extract, extractionStamp: "s")
        #expect(try index.makeStore().summaries.map(\.entityNames) == Array(repeating: ["Alexander Lukashenko"], count: 3))
    }
}

@Suite struct IndexSearchModesTests {
    @Test func idOnlySearchRanksLikeFullSearchAndSnippetsComeOnDemand() throws {
        let f = try IndexFixture(files: scriptFixtures)
        let store = try f.store()
        for query in ["Lukashenko", "to lam", "minsk", "中国", "delega*", "Minsk -Tuesday"] {
            let full = store.search(query, limit: 10)
            let bare = store.search(query, limit: 10, snippets: false)
            #expect(bare.map(\.id) == full.map(\.id), "\(query)")
            #expect(bare.allSatisfy { $0.snippet.isEmpty })
            let snippets = store.snippets(ids: bare.map(\.id), query: query)
            #expect(full.map(\.snippet) == full.map { snippets[$0.id] ?? Snippet() }, "\(query)")
        }
        #expect(store.snippets(ids: ["nope"], query: "minsk").isEmpty)
    }

    @Test func memoryStoreGivesSnippetsOnDemandToo() {
        let article = Article(id: "x", file: "x.txt", title: "T", body: "Talks in Minsk on Tuesday.", raw: "")
        let store = MemoryStore(articles: [article])
        #expect(store.search("minsk", limit: 5, snippets: false).map(\.id) == ["x"])
        #expect(store.snippets(ids: ["x"], query: "minsk")["x"]?.matchedTexts == ["Minsk"])
    }
}

@Suite struct IndexOpeningTests {
    @Test func openStoredReadsTheIndexWithoutIndexing() throws {
        let f = try IndexFixture(files: scriptFixtures)
        let options = OpenOptions(indexPath: f.db, useIndex: true)
        #expect(Corpus.openStored(paths: [f.corpus.path], options: options) == nil)  // nothing indexed yet
        let opened = Corpus.open(paths: [f.corpus.path], options: options)
        #expect(opened.count == 6)
        #expect(opened.report?.added == 6)
        try f.write("new.txt", "New\n\nA new article about Minsk.\n")
        let stored = try #require(Corpus.openStored(paths: [f.corpus.path], options: options))
        #expect(stored.count == 6)  // the new file waits for the rescan
        #expect(stored.index?.summaries.map(\.id) == opened.index?.summaries.map(\.id))
        #expect(Corpus.openStored(paths: [f.corpus.path, "/elsewhere"], options: options) == nil)
        #expect(Corpus.openStored(paths: [f.corpus.path], options: OpenOptions(indexPath: f.db)) == nil)
        let updated = Corpus.open(paths: [f.corpus.path], options: options)
        #expect(updated.count == 7)
        #expect(updated.report?.added == 1 && updated.report?.unchanged == 6)
        // QA finding: an index made by another extraction (a new Bulletin, another
        // knowledge base) is emptied by the next update; a warm start showed its list
        // and then "No article" for every row until re-indexing ended. The reader asks first.
        let kb = f.corpus.deletingLastPathComponent().appendingPathComponent("kb.json").path
        try Data(#"{"entities": [{"name": "Zorbulak Travinsky", "type": "person"}]}"#.utf8).write(to: URL(fileURLWithPath: kb))
        #expect(!CorpusIndex.storedExtractionIsCurrent(paths: [f.corpus.path], indexPath: f.db, entitiesFile: kb))
        #expect(CorpusIndex.storedExtractionIsCurrent(paths: [f.corpus.path], indexPath: f.db))
        #expect(!CorpusIndex.storedExtractionIsCurrent(paths: [f.corpus.path], indexPath: f.db + "-none"))
    }

    @Test func indexingTaskReportsProgressAndCanBeCancelled() throws {
        var files: [String: String] = [:]
        for i in 0..<40 { files[String(format: "f%02d.txt", i)] = "Title \(i)\n\nBody \(i) about tractors in Minsk.\n" }
        let f = try IndexFixture(files: files)
        let options = OpenOptions(indexPath: f.db, useIndex: true)

        // Cancelled before its first file (`OpenOptions.isCancelled`, polled like `cancel()`).
        var stopAtOnce = options
        stopAtOnce.isCancelled = { true }
        let cancelled = IndexingTask(paths: [f.corpus.path], options: stopAtOnce)
        let partial = cancelled.wait()
        #expect(partial.report?.interrupted == true)
        cancelled.cancel()
        #expect(partial.index != nil)
        #expect(cancelled.isCancelled)
        let integrity = try CorpusIndex.open(path: f.db).integrityProblems()
        #expect(integrity.isEmpty, "\(integrity)")

        let seen = ProgressLog()
        let task = IndexingTask(paths: [f.corpus.path], options: options, progress: { seen.add($0) })
        let corpus = task.wait()
        #expect(corpus.count == 40)
        #expect(corpus.report?.interrupted == false)
        #expect(task.result?.count == 40)
        let last = try #require(seen.all.last)
        #expect(partial.count + last.filesTotal == 40)
        #expect(last.filesDone == last.filesTotal && last.bytesDone == last.bytesTotal && last.bytesTotal > 0)
        #expect(task.progress == last)
    }
}

final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [IndexProgress] = []
    func add(_ p: IndexProgress) { lock.lock(); items.append(p); lock.unlock() }
    var all: [IndexProgress] { lock.lock(); defer { lock.unlock() }; return items }
}
