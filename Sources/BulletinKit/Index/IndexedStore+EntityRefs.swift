import Foundation
import GRDB
import GRDBSQLite

extension IndexedStore {
    /// The `entity_ref` table at open: the names by ref id (linked: the
    /// canonical name) for the summaries, and the links (the rows with a
    /// canonical name). Stepped through the SQLite C API: with realistic
    /// names there are 100,000 rows or more at 100,000 articles, and GRDB's
    /// `Row` decoding cost several µs each, a good part of a warm start.
    /// A name is made into a `String` once per row; the type only for linked rows.
    static func loadEntityRefs(_ db: Database) throws -> (names: EntityNameTable, links: [EntityLinks.Link]) {
        // With the names an interrupted update staged (`entity_ref_new`, see `IndexWriter.mergeStaged`):
        // its articles already name them by these ids. Two queries in id order, not one sorted union.
        let capacity = try Int.fetchOne(db, sql: """
            SELECT max(coalesce((SELECT max(id) FROM entity_ref), -1), coalesce((SELECT max(id) FROM entity_ref_new), -1)) + 1
            """) ?? 0
        var names = [String](repeating: "", count: max(0, capacity))
        var links: [EntityLinks.Link] = []
        var places: [Int] = []
        for sql in ["SELECT id, type, name, canonical FROM entity_ref ORDER BY id",
                    "SELECT id, type, name, NULL FROM entity_ref_new ORDER BY id"] {
            let statement = try db.makeStatement(sql: sql)
            let stmt = statement.sqliteStatement
            defer { sqlite3_reset(stmt) }
            while true {
                let code = sqlite3_step(stmt)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else { throw sqliteError(code, db) }
                let id = Int(sqlite3_column_int64(stmt, 0))
                guard id >= 0 else { continue }
                if id >= names.count { names += Array(repeating: "", count: id - names.count + 1) }
                let name = text(stmt, 2)
                if isPlace(stmt, 1) { places.append(id) }
                if sqlite3_column_type(stmt, 3) == SQLITE_NULL {
                    names[id] = name
                } else {
                    let canonical = text(stmt, 3)
                    names[id] = canonical
                    links.append(EntityLinks.Link(type: text(stmt, 1), name: name, canonical: canonical))
                }
            }
        }
        return (EntityNameTable(names: names, places: places), links)
    }

    /// Whether column `column` holds `place` (`EntityType.place`), compared as bytes: no string per row.
    private static func isPlace(_ stmt: OpaquePointer?, _ column: Int32) -> Bool {
        guard sqlite3_column_bytes(stmt, column) == 5, let p = sqlite3_column_text(stmt, column) else { return false }
        return p[0] == 0x70 && p[1] == 0x6C && p[2] == 0x61 && p[3] == 0x63 && p[4] == 0x65
    }
}

/// The entity links stored in the index (`entity_ref.canonical`), and the
/// look-ups over them that reading an article and entity search need,
/// built once, on first use, by whichever thread asks first.
final class EntityLinks: @unchecked Sendable {
    /// One stored name the linker renamed.
    struct Link: Sendable {
        var type: String
        var name: String
        var canonical: String
    }

    struct Tables: Sendable {
        /// "type\u{1F}name" → canonical name.
        var links: [String: String] = [:]
        /// Canonical name → every stored name linked to it (itself first).
        var clusters: [String: [String]] = [:]
        /// Canonical name of each stored name the linker renamed (any type).
        var canonicalOfName: [String: String] = [:]
    }

    let stored: [Link]
    private let lock = NSLock()
    // Under `lock`.
    private var built: Tables?

    init(_ stored: [Link]) { self.stored = stored }

    var isEmpty: Bool { stored.isEmpty }

    var value: Tables {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        var tables = Tables()
        tables.links.reserveCapacity(stored.count)
        for link in stored {
            tables.links[link.type + "\u{1F}" + link.name] = link.canonical
            tables.canonicalOfName[link.name] = link.canonical
            if tables.clusters[link.canonical] == nil { tables.clusters[link.canonical] = [link.canonical] }
            if !tables.clusters[link.canonical]!.contains(link.name) { tables.clusters[link.canonical]!.append(link.name) }
        }
        built = tables
        return tables
    }
}
