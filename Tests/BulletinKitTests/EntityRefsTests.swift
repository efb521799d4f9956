import Foundation
import GRDB
import Testing
@testable import BulletinKit

/// The writer's `entity_ref` ids: the stored ids for known names, one new row
/// per new name, kept for the whole update across its batches.
@Suite struct EntityRefsTests {
    @Test func newNamesGetTheNextIDsAndKnownNamesTheirIDs() throws {
        let f = try IndexFixture(files: scriptFixtures)
        let index = try f.update().0
        let before = try index.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, type, name FROM entity_ref ORDER BY id")
        }
        #expect(!before.isEmpty)
        let maxID = try index.pool.read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM entity_ref") } ?? 0
        var refs = IndexWriter.EntityRefs()
        try index.pool.write { db in
            try refs.beginBatch(db)
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
            // Staged, not yet stored.
            let staged = try Row.fetchAll(db, sql: "SELECT id, type, name FROM entity_ref_new ORDER BY id")
            #expect(staged.map { $0[0] as Int64 } == [maxID + 1, maxID + 2])
            #expect(staged.map { $0[1] as String } == ["person", "organization"])
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM entity_ref WHERE id > ?", arguments: [maxID]) == 0)
        }
        // A name another connection (another process updating the index) staged between two
        // batches: its id at the next batch, not a second row.
        let other = try DatabaseQueue(path: f.db)
        try other.write { db in
            try db.execute(sql: "INSERT INTO entity_ref_new(id, type, name) VALUES (?, 'place', 'Vell Harbour')", arguments: [maxID + 10])
        }
        try index.pool.write { db in
            try refs.beginBatch(db)
            #expect(try refs.id(type: .place, name: "Vell Harbour", db) == maxID + 10)
            #expect(try refs.id(type: .person, name: "Ada Quill", db) == maxID + 1)
            #expect(try refs.id(type: .place, name: "Orr Bay", db) == maxID + 11)
            // The merge stores them all, in id order, and empties the staging table.
            try IndexWriter.mergeStaged(db)
            let stored = try Row.fetchAll(db, sql: "SELECT id, type, name FROM entity_ref WHERE id > ? ORDER BY id", arguments: [maxID])
            #expect(stored.map { $0[0] as Int64 } == [maxID + 1, maxID + 2, maxID + 10, maxID + 11])
            #expect(stored.map { $0[2] as String } == ["Ada Quill", "Ada Quill", "Vell Harbour", "Orr Bay"])
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM entity_ref_new") == 0)
        }
    }

    /// A staged name that is already stored under another id (two writers that missed each
    /// other) keeps the stored row, and the articles naming the staged id get the stored one.
    @Test func aStagedDuplicateIsRenumberedInItsArticles() throws {
        let f = try IndexFixture(files: scriptFixtures)
        let index = try f.update().0
        try index.pool.write { db in
            let row = try #require(try Row.fetchOne(db, sql: """
                SELECT a.rowid, a.entity_refs, r.id, r.type, r.name FROM articles a JOIN entity_ref r
                ON r.id = CAST(a.entity_refs AS INTEGER) WHERE a.entity_refs != '' LIMIT 1
                """))
            let rowid: Int64 = row[0]
            let refs: String = row[1]
            let id: Int64 = row[2]
            let duplicate = id + 1000
            try db.execute(sql: "INSERT INTO entity_ref_new(id, type, name) VALUES (?, ?, ?)", arguments: [duplicate, row[3], row[4]])
            try db.execute(sql: "INSERT INTO entity_ref_new(id, type, name) VALUES (?, 'person', 'Brand New')", arguments: [duplicate + 1])
            var parts = refs.split(separator: " ").map(String.init)
            parts[0] = String(duplicate)
            parts.append(String(duplicate + 1))
            try db.execute(sql: "UPDATE articles SET entity_refs = ? WHERE rowid = ?", arguments: [parts.joined(separator: " "), rowid])
            try IndexWriter.mergeStaged(db)
            parts[0] = String(id)
            #expect(try String.fetchOne(db, sql: "SELECT entity_refs FROM articles WHERE rowid = ?", arguments: [rowid])
                    == parts.joined(separator: " "))
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM entity_ref WHERE id = ?", arguments: [duplicate]) == 0)
            #expect(try String.fetchOne(db, sql: "SELECT name FROM entity_ref WHERE id = ?", arguments: [duplicate + 1]) == "Brand New")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM entity_ref_new") == 0)
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
