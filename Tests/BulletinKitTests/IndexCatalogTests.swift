import Foundation
import Testing
@testable import BulletinKit

/// `IndexedStore.entitySummaries` and `countrySummaries` (read from the
/// index's tables) give exactly what summing every loaded article gives.
@Suite struct IndexCatalogTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The seeds and a set of unseen articles (Russian, Chinese, Arabic, …,
    /// names linked across scripts) copied into one folder, with one seed
    /// again in a subfolder (two files with one ID: display IDs disambiguated).
    final class Fixture {
        let root: URL
        let corpus: URL
        var db: String { root.appendingPathComponent("index.sqlite").path }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-catalog-\(UUID().uuidString)")
            corpus = root.appendingPathComponent("corpus")
            let fm = FileManager.default
            try fm.createDirectory(at: corpus.appendingPathComponent("again"), withIntermediateDirectories: true)
            let seeds = try #require(SeedsLocator.locate(environment: [:]))
            let holdout = IndexCatalogTests.repo.appendingPathComponent("scripts/entity-unseen/holdout6").path
            var copied: [String] = []
            for folder in [seeds, holdout] {
                for name in try fm.contentsOfDirectory(atPath: folder).sorted() where !name.hasPrefix(".") {
                    try fm.copyItem(atPath: folder + "/" + name, toPath: corpus.appendingPathComponent(name).path)
                    copied.append(name)
                }
            }
            // Two spellings of one person the knowledge base does not know, for the linker to join (the seeds'
            // "Igor Sergeenko" / "Igor Sergeyenko", their one joined pair, are a knowledge-base entry since session 22).
            try "Belarus hosts talks\n\nBelarusian Deputy Prime Minister Viktor Karankevich met the delegation in Minsk on Monday. Karankevich said the talks were useful.\n"
                .write(to: corpus.appendingPathComponent("linked-a.txt"), atomically: true, encoding: .utf8)
            try "Minsk talks\n\nDeputy Prime Minister Viktor Karankevitch received the delegation in Minsk. Karankevitch said the talks were useful.\n"
                .write(to: corpus.appendingPathComponent("linked-b.txt"), atomically: true, encoding: .utf8)
            let first = try #require(copied.first)
            try fm.copyItem(atPath: corpus.appendingPathComponent(first).path,
                            toPath: corpus.appendingPathComponent("again/" + first).path)
        }

        deinit { try? FileManager.default.removeItem(at: root) }
    }

    @Test func realCorpusListsTheSameAsTheFullLoad() throws {
        let fixture = try Fixture()
        let corpus = Corpus.open(paths: [fixture.corpus.path], options: OpenOptions(indexPath: fixture.db, useIndex: true))
        let index = try #require(corpus.index)
        let articles = index.allArticles()
        // What makes the comparison worth it: several languages, names the linker joined.
        #expect(articles.count >= 15)
        #expect(Set(articles.map(\.language)).count >= 4)
        #expect(!index.links.isEmpty)
        #expect(Set(articles.map(\.id)).count == articles.count)
        for includeCountries in [true, false] {
            let expected = EntitySummary.summarize(articles, includeCountries: includeCountries)
            let fast = try index.entitySummaries(includeCountries: includeCountries)
            #expect(fast.count == expected.count)
            #expect(fast == expected)
            #expect(expected.contains { $0.articles.count > 1 && $0.aliases.count > 1 })
        }
        let countries = CountrySummary.summarize(articles)
        #expect(countries.count > 3)
        #expect(index.countrySummaries() == countries)

        // A store made for other roots renames colliding IDs in memory: the same IDs in both lists.
        let other = try CorpusIndex.open(path: fixture.db).makeStore(roots: [fixture.corpus.appendingPathComponent("again").path,
                                                                             fixture.corpus.path])
        let otherArticles = other.allArticles()
        #expect(try other.entitySummaries() == EntitySummary.summarize(otherArticles))
        #expect(other.countrySummaries() == CountrySummary.summarize(otherArticles))
    }

    /// Odd column contents parse as `EntityCoding.decode` parses them: empty
    /// lines, unknown types, a wrong field count, a mention count that is no
    /// number, empty aliases, linked names with and without their stored name
    /// among the aliases, one code under two names, one ID on two rows.
    @Test func oddColumnsSumAsDecodedArticlesDo() {
        let links = ["person\u{1F}Lukashenko": "Alexander Lukashenko", "person\u{1F}B": "A", "place\u{1F}Minsk": "Minsk"]
        let columns: [(id: String, text: String)] = [
            ("a0", "person\tA\t\t2\tA\u{1F}B\t0-1,2-3\n\nperson\tB\t\t1\t\t\n"),
            ("a1", "bogus\tX\t\t1\tX\t\nperson\tA\t\tx\tC\t\nplace\tP\t\t3\tP\u{1F}\u{1F}Q\t1-2\textra\nplace\tMinsk\t\t1\tMinsk\t"),
            ("a1", "country\tBelarus\tBY\t1\tBelarus\t\ncountry\tBiélorussie\tBY\t2\tBiélorussie\u{1F}البيلاروسي\t\nperson\tLukashenko\t\t1\tLukashenko\t"),
            ("a3", "person\tLukashenko\t\t1\tЛукашенко\t\nperson\tA\t\t-1\tA\t\nperson\tGeorgia\t\t1\tGeorgia\t\nplace\tGeorgia\t\t1\tGeorgia\t"),
            ("a4", ""),
            ("a5", "\n\nplace\tGeorgia\t\t007\tGeorgia\u{1F}Géorgie\t\norganization\tVNA\t\t4\tVNA\u{1F}Vietnam News Agency\t\n"),
        ]
        let articles = columns.map { column in
            var entities = EntityCoding.decode(column.text)
            for i in entities.indices {  // as `IndexedStore.article(from:)` links them
                guard let canonical = links[IndexWriter.EntityRefs.key(entities[i].type, entities[i].name)] else { continue }
                if !entities[i].aliases.contains(entities[i].name) { entities[i].aliases.insert(entities[i].name, at: 0) }
                entities[i].name = canonical
            }
            return Article(id: column.id, file: column.id, title: "", body: "", raw: "", entities: entities)
        }
        for includeCountries in [true, false] {
            var catalog = EntityCatalog(includeCountries: includeCountries, links: links)
            for (row, column) in columns.enumerated() {
                var text = column.text
                text.withUTF8 { catalog.add(encoded: $0, article: column.id, row: row) }
            }
            #expect(catalog.result() == EntitySummary.summarize(articles, includeCountries: includeCountries))
        }
    }
}
