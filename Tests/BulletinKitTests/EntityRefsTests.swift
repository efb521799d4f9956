import Foundation
import GRDB
import Testing
@testable import BulletinKit

/// The writer's `entity_ref` ids: the stored ids for known names, one new row
/// per new name, kept for the whole update across its batches.
@Suite struct EntityRefsTests {
    @Test func newNamesGetTheInsertedRowsAndKnownNamesTheirIDs() throws {
        let f = try IndexFixture(files: scriptFixtures)
        let index = try f.update().0
        let before = try index.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, type, name FROM entity_ref ORDER BY id")
        }
        #expect(!before.isEmpty)
        let maxID = try index.pool.read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM entity_ref") } ?? 0
        var refs = IndexWriter.EntityRefs()
        try index.pool.write { db in
            // Known rows: the stored ids, no new row.
            for row in before {
                let type = EntityType(rawValue: row[1] as String)!
                #expect(try refs.id(type: type, name: row[2], db) == row[0] as Int64)
            }
            // New names: the next ids, and the same id when asked again; type tells names apart.
            let a = try refs.id(type: .person, name: "Ada Quill", db)
            let b = try refs.id(type: .organization, name: "Ada Quill", db)
            #expect(a == maxID + 1)
            #expect(b == maxID + 2)
            #expect(try refs.id(type: .organization, name: "Ada Quill", db) == b)
            #expect(try refs.id(type: .person, name: "Ada Quill", db) == a)
            // A name another writer added after the load: its row's id, not a duplicate.
            try db.execute(sql: "INSERT INTO entity_ref(id, type, name) VALUES (?, 'place', 'Vell Harbour')", arguments: [maxID + 10])
            #expect(try refs.id(type: .place, name: "Vell Harbour", db) == maxID + 10)
            let stored = try Row.fetchAll(db, sql: "SELECT id, type, name FROM entity_ref WHERE id > ? ORDER BY id", arguments: [maxID])
            #expect(stored.map { $0[0] as Int64 } == [maxID + 1, maxID + 2, maxID + 10])
            #expect(stored.map { $0[1] as String } == ["person", "organization", "place"])
        }
    }

    /// Names new in each batch, and names earlier batches stored: one file per
    /// batch stores the same ids and per-article id lists as one large batch.
    @Test func batchSizeDoesNotChangeTheIDs() throws {
        var files: [String: String] = [:]
        for i in 0..<40 { files[String(format: "b%02d.txt", i)] = "Note \(i)\n\nnames: Quill\(i % 7) Vell\(i % 3) Orr\(i)\n" }
        // Every "Word12" of the body is an entity, a person or a place by the parity of its number.
        @Sendable func extract(title: String, body: String, language: String, source: String?) -> Extraction {
            let names = body.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0.last?.isNumber == true }
            return Extraction(countries: [], entities: names.map { n in
                ArticleEntity(name: String(n), type: Int(String(n.last!))! % 2 == 0 ? .person : .place)
            })
        }
        func contents(_ batchSize: Int) throws -> [String] {
            let f = try IndexFixture(files: files)
            let index = try CorpusIndex.open(path: f.db)
            _ = try index.update(paths: [f.corpus.path], batchSize: batchSize, extract: extract, extractionStamp: "t")
            return try index.pool.read { db in
                try String.fetchAll(db, sql: "SELECT id || ' ' || type || ' ' || name FROM entity_ref ORDER BY id")
                    + String.fetchAll(db, sql: "SELECT article_id || ':' || entity_refs FROM articles ORDER BY file, segment")
            }
        }
        let one = try contents(1)
        #expect(one.count == 7 + 3 + 40 + 40)
        #expect(one.contains("1 person Quill0") && one.contains("2 person Vell0") && one.contains("4 place Quill1"))
        #expect(try contents(256) == one)
        #expect(try contents(3) == one)
    }
}
