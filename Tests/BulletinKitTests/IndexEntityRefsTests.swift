import Foundation
import GRDB
import Testing
@testable import BulletinKit

/// The `entity_ref` table as a warm start reads it (C API, links kept as a
/// list and their dictionaries built on first use) gives what a plain GRDB
/// read of the table gives.
@Suite struct IndexEntityRefsTests {
    /// The script fixtures and `en2`, indexed with `SpellingExtractor` (names the linker joins).
    func indexed(en2: String) throws -> (IndexFixture, CorpusIndex, files: [String: String]) {
        var files = scriptFixtures
        files["en2.txt"] = "More talks\n\n\(en2)\n"
        let f = try IndexFixture(files: files)
        let index = try CorpusIndex.open(path: f.db)
        _ = try index.update(paths: [f.corpus.path], extract: SpellingExtractor.extract, extractionStamp: "s")
        return (f, index, files)
    }

    @Test func entityRefsReadLikeGRDB() throws {
        let (f, index, _) = try indexed(en2: "Lukashenko spoke again in Minsk about tractors.")

        // Expected, through GRDB rows.
        var byID: [String] = []
        var expectedLinks: [String: String] = [:]
        try index.pool.read { db in
            for row in try Row.fetchAll(db, sql: "SELECT id, type, name, canonical FROM entity_ref ORDER BY id") {
                let id: Int = row[0]
                let name: String = row[2]
                let canonical: String? = row[3]
                if id >= byID.count { byID += Array(repeating: "", count: id - byID.count + 1) }
                byID[id] = canonical ?? name
                if let canonical { expectedLinks[(row[1] as String) + "\u{1F}" + name] = canonical }
            }
        }
        #expect(!expectedLinks.isEmpty, "the fixture needs names the linker joins")

        let (table, links) = try index.pool.read { db in try IndexedStore.loadEntityRefs(db) }
        #expect(table.names == byID)
        #expect(Set(table.distinct) == Set(byID.filter { !$0.isEmpty }))
        #expect(table.distinct.count == Set(table.distinct).count)
        for (id, name) in byID.enumerated() {
            let slot = table.slots[id]
            if name.isEmpty { #expect(slot == -1) } else { #expect(table.distinct[Int(slot)] == name) }
            if !name.isEmpty { #expect(table.index[name] == slot) }
        }

        let tables = EntityLinks(links).value
        #expect(tables.links == expectedLinks)
        for (key, canonical) in expectedLinks {
            let name = String(key.split(separator: "\u{1F}", omittingEmptySubsequences: false)[1])
            #expect(tables.canonicalOfName[name] == canonical)
            #expect(tables.clusters[canonical]?.first == canonical)
            #expect(tables.clusters[canonical]?.contains(name) == true)
        }
        #expect(EntityLinks([]).isEmpty && !EntityLinks(links).isEmpty)

        // The store built over them reads linked articles and searches across spellings.
        let store = try index.makeStore(roots: [f.corpus.path])
        #expect(store.article(id: "fr")?.entities.first?.name == "Alexander Lukashenko")
        #expect(Set(store.search("Loukachenko", limit: 20).map(\.id)).isSuperset(of: ["fr", "ru", "en", "en2"]))
    }

    /// One article read (its links looked up through its entity refs, not the
    /// store-wide tables) is that article as the full load links it.
    @Test func oneArticleReadLinksAsTheFullLoad() throws {
        let (f, index, files) = try indexed(en2: "Lukashenko spoke again in Minsk about tractors with Aleksandr Lukashenko.")
        let fresh = try index.makeStore(roots: [f.corpus.path])
        let all = try index.makeStore(roots: [f.corpus.path]).allArticles()
        #expect(all.count == files.count)
        #expect(all.contains { $0.entities.contains { !$0.aliases.isEmpty } }, "the fixture needs linked names")
        for expected in all {
            #expect(fresh.article(id: expected.id) == expected)
        }
    }
}
