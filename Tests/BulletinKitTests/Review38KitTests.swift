import Foundation
import GRDB
import Testing
@testable import BulletinKit

/// Session 38: what `bulletin list --entity` resolves a name to, the reader's `R` without the index after an
/// entities file changed, and index roots recorded absolute.
@Suite struct Review38KitTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-r38kit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        return url
    }

    static func entity(_ name: String, _ type: EntityType, _ aliases: [String]) -> ArticleEntity {
        ArticleEntity(name: name, type: type, aliases: aliases, mentions: aliases.count, ranges: [])
    }

    /// A name stands for the entity whose canonical name it is, or that has it as another name, compared as
    /// search compares names; the knowledge base's spellings in other scripts too; nothing else.
    @Test func entityMatchResolvesNamesAsSearchDoes() {
        let articles = [
            Article(id: "a", file: "/c/a.txt", title: "A", language: "fr", body: "x", raw: "x",
                    entities: [Self.entity("Tô Lâm", .person, ["Tô Lâm", "To Lam"]),
                               Self.entity("Alexander Lukashenko", .person, ["Loukachenko"])]),
            Article(id: "b", file: "/c/b.txt", title: "B", language: "en", body: "x", raw: "x",
                    entities: [Self.entity("Lam Son", .place, ["Lam Son"])]),
        ]
        let match = EntityMatch(articles: articles, knowledge: KnowledgeAliases.bundled)
        #expect(match.canonicalNames("Tô Lâm") == ["Tô Lâm"])
        #expect(match.canonicalNames("to lam") == ["Tô Lâm"])
        #expect(match.canonicalNames("TÔ LÂM") == ["Tô Lâm"])
        #expect(match.canonicalNames("loukachenko") == ["Alexander Lukashenko"])
        // Spellings only the bundled knowledge base has (no article writes them).
        #expect(match.canonicalNames("Лукашенко") == ["Alexander Lukashenko"])
        #expect(match.canonicalNames("Lam") == [])
        #expect(match.canonicalNames("Lukash") == [])
        #expect(match.suggestions("Lukash") == ["Alexander Lukashenko"])
        #expect(match.type(of: "Lam Son") == .place && match.articleCount(of: "Tô Lâm") == 1)
    }

    /// With `--no-index`, `R` did not notice an edited entities file: the store read without the index had
    /// no record of the files its entities were extracted with.
    @Test func aCorpusReadWithoutTheIndexNoticesAnEditedEntitiesFile() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("Harbour talks\n\nDzud Watch met in Minsk on Monday.\n".utf8)
            .write(to: root.appendingPathComponent("corpus/a.txt"))
        let kb = root.appendingPathComponent("kb.tsv")
        try Data("Zorbulak Travinsky\tperson\n".utf8).write(to: kb)
        let corpus = Corpus.open(paths: [root.appendingPathComponent("corpus").path], options: OpenOptions(entitiesFile: kb.path))
        #expect(corpus.index == nil && corpus.extractionStamp != nil)
        let store = corpus.store
        #expect(!store.entitiesFilesChangedSinceExtraction)
        try Data("Zorbulak Travinsky\tperson\nDzud Watch\torganization\n".utf8).write(to: kb)
        #expect(store.entitiesFilesChangedSinceExtraction)
        // Read again with the edit: current.
        let again = Corpus.open(paths: [root.appendingPathComponent("corpus").path], options: OpenOptions(entitiesFile: kb.path))
        #expect(!again.store.entitiesFilesChangedSinceExtraction)
        #expect(again.articles.first?.entities.contains { $0.name == "Dzud Watch" && $0.type == .organization } == true)
        // A store made without that record (tests) never says so.
        #expect(!MemoryStore(articles: corpus.articles).entitiesFilesChangedSinceExtraction)
    }

    /// An index records its roots absolute, and one that recorded a root as typed (`corpus`, before session
    /// 38) still opens, whole, and records it absolute from then on.
    @Test func anIndexWithARootRecordedAsTypedStillOpens() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus").path
        try Data("Minsk talks\n\nBelarus and Vietnam signed a trade agreement in Minsk on Monday.\n".utf8)
            .write(to: URL(fileURLWithPath: corpus + "/a.txt"))
        let index = root.appendingPathComponent("index.sqlite").path
        // Given with `..` and a trailing slash: recorded standardized.
        let typed = root.appendingPathComponent("corpus/../corpus/").path + "/"
        let first = CorpusIndex.openStore(paths: [typed], indexPath: index)
        #expect(first.store?.summaries.count == 1)
        let absolute = CorpusRoot.absolute(corpus)
        #expect(absolute.hasPrefix("/") && !absolute.contains("..") && !absolute.hasSuffix("/"))
        #expect(IndexHousekeeping.storedRoots(index) == [absolute])
        // As an earlier version recorded a relative path.
        try DatabaseQueue(path: index).write { db in
            try db.execute(sql: "UPDATE meta SET value = 'corpus' WHERE key = 'roots'")
        }
        #expect(IndexHousekeeping.storedRoots(index) == ["corpus"])
        let reopened = CorpusIndex.openStore(paths: [corpus], indexPath: index)
        #expect(reopened.store?.summaries.map(\.id) == first.store?.summaries.map(\.id))
        #expect(reopened.report.changed == 0 && reopened.report.added == 0, "nothing re-read")
        #expect(IndexHousekeeping.storedRoots(index) == [absolute])
        #expect(CorpusIndex.storedStore(paths: [corpus], indexPath: index) != nil)
    }
}
