import Foundation
import GRDB
import Testing
@testable import BulletinKit

/// The names and alias pairs an update stages (`entity_ref_new`, `entity_alias_new`) and
/// merges at its end (`IndexWriter.mergeStaged`): nothing left staged after an update, and
/// what an update interrupted before its merge left is read by a store and merged by the next.
@Suite struct StagedNamesTests {
    /// One person, "Zorvath Quell", written "Kwell" in one file: only the alias pair links the two.
    @Sendable static func extract(title: String, body: String, language: String, source: String?) -> Extraction {
        let ns = body as NSString
        for form in ["Zorvath Quell", "Kwell"] {
            let r = ns.range(of: form)
            if r.location != NSNotFound {
                return Extraction(countries: [], entities: [
                    ArticleEntity(name: "Zorvath Quell", type: .person, aliases: [form], mentions: 1,
                                  ranges: [TextSpan(start: r.location, end: r.location + r.length)]),
                ])
            }
        }
        return Extraction()
    }

    static let files = [
        "a.txt": "Harbour talks\n\nKwell spoke to the dockers on Monday.\n",
        "b.txt": "Dock strike ends\n\nZorvath Quell arrived at the harbour.\n",
        "c.txt": "Weather\n\nRain again over the bay.\n",
    ]

    func update(_ f: IndexFixture) throws -> CorpusIndex {
        let index = try CorpusIndex.open(path: f.db)
        _ = try index.update(paths: [f.corpus.path], extract: Self.extract, extractionStamp: "staged")
        return index
    }

    func count(_ index: CorpusIndex, _ table: String) throws -> Int {
        try index.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") } ?? -1
    }

    @Test func anUpdateLeavesNothingStagedAndEveryArticlesIDStored() throws {
        let f = try IndexFixture(files: scriptFixtures)
        let index = try f.update(batchSize: 2)
        #expect(try count(index.0, "entity_ref_new") == 0)
        #expect(try count(index.0, "entity_alias_new") == 0)
        #expect(try count(index.0, "entity_ref") > 0)
        #expect(try count(index.0, "entity_alias") > 0)
        let refs = try index.0.pool.read { db in try String.fetchAll(db, sql: "SELECT entity_refs FROM articles") }
        let stored = Set(try index.0.pool.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM entity_ref") })
        var named = 0
        for text in refs { IndexWriter.forEachRefID(text) { #expect(stored.contains($0)); named += 1 } }
        #expect(named > 0)
    }

    @Test func namesLeftStagedAreReadThenMergedByTheNextUpdate() throws {
        let f = try IndexFixture(files: Self.files)
        let index = try update(f)
        let searched = Set(try index.makeStore().search("Kwell", limit: 10).map(\.id))
        #expect(searched == ["a", "b"])
        let stored = try index.pool.read { db in try String.fetchAll(db, sql: "SELECT folded || '=' || name FROM entity_alias ORDER BY 1") }
        // The state of an update stopped after its batches, before the merge.
        try index.pool.write { db in
            try db.execute(sql: """
                INSERT INTO entity_ref_new(id, type, name) SELECT id, type, name FROM entity_ref;
                DELETE FROM entity_ref;
                INSERT INTO entity_alias_new(folded, name) SELECT folded, name FROM entity_alias;
                DELETE FROM entity_alias;
                UPDATE meta SET value = '0' WHERE key = 'finished';
                """)
        }
        let store = try index.makeStore()
        #expect(store.summaries.map(\.entityNames).sorted { $0.count < $1.count } == [[], ["Zorvath Quell"], ["Zorvath Quell"]])
        #expect(Set(store.search("Kwell", limit: 10).map(\.id)) == searched)
        // The next update reads no file again and merges what was staged.
        let again = try update(f)
        #expect(try count(again, "entity_ref_new") == 0)
        #expect(try count(again, "entity_alias_new") == 0)
        #expect(try again.pool.read { db in try String.fetchAll(db, sql: "SELECT folded || '=' || name FROM entity_alias ORDER BY 1") } == stored)
        #expect(Set(try again.makeStore().search("Kwell", limit: 10).map(\.id)) == searched)
    }
}
