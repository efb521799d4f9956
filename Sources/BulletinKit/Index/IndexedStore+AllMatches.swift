import Foundation
import GRDB
import GRDBSQLite

extension ArticleStore {
    /// Every article whose text `query` matches, as `search` matches it
    /// (words, phrases, `OR`, `-word`, entity names, words typed with
    /// diacritics), in no particular order and with no cap: what "mark every
    /// match read" needs, where `search` ranks and returns the best few.
    /// The index walks FTS5's matches without ranking them (no bm25, no
    /// body read but for the diacritic check), so it stays in the tens of
    /// milliseconds for a word found in tens of thousands of articles; run it
    /// off the key loop all the same.
    public func allMatchingIDs(_ query: String) -> [String] {
        if let indexed = self as? IndexedStore { return indexed.allMatchingIDs(query) }
        return search(query, limit: Int.max, snippets: false).map(\.id)
    }
}

extension IndexedStore {
    /// `ArticleStore.allMatchingIDs` over the index: every FTS5 match of the
    /// query's plan, checked by its diacritic filter when it has one.
    func allMatchingIDs(_ text: String) -> [String] {
        let query = SearchQuery.parse(text)
        guard !query.isEmpty else { return [] }
        return (try? pool.read { db -> [String] in
            let generation = try IndexedStore.listGeneration(db)
            let plan = try plan(query, generation: generation, db)
            guard let match = plan.match else { return [] }
            let fromList = !rowids.isEmpty && generation == loadedGeneration
            var found: [Int64] = []
            let statement = try db.cachedStatement(sql: "SELECT rowid FROM article_fts WHERE article_fts MATCH ?")
            let stmt = statement.sqliteStatement
            sqlite3_reset(stmt)
            defer {
                sqlite3_reset(stmt)
                sqlite3_clear_bindings(stmt)
            }
            let bound = match.withCString { sqlite3_bind_text(stmt, 1, $0, -1, IndexedStore.transient) }
            guard bound == SQLITE_OK else { throw IndexedStore.sqliteError(bound, db) }
            while true {
                let code = sqlite3_step(stmt)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else { throw IndexedStore.sqliteError(code, db) }
                found.append(sqlite3_column_int64(stmt, 0))
            }
            sqlite3_reset(stmt)
            var ids: [String] = []
            ids.reserveCapacity(found.count)
            let idOf = try displayIDReader(fromList: fromList, db)
            for rowid in found {
                if let filter = plan.filter, try !accepts(rowid: rowid, filter: filter, fromList: fromList, db) { continue }
                if let id = try idOf(rowid) { ids.append(id) }
            }
            return ids
        }) ?? []
    }
}
