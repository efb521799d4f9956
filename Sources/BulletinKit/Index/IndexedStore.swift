import Foundation
import GRDB
import GRDBSQLite

/// An `ArticleStore` over a `CorpusIndex`: the summaries are loaded in one
/// query at creation (no bodies: a warm start stays fast at 100,000
/// articles); bodies and entities are fetched on demand; search runs in FTS5.
///
/// `Article.raw` is not stored in the index (it would double its size): the
/// articles this store returns carry their cleaned body as `raw`.
public final class IndexedStore: ArticleStore, Sendable {
    public let summaries: [ArticleSummary]
    let pool: DatabasePool
    /// IDs that `ArticleIDs.disambiguate` rewrote (same-named files in
    /// different folders) → the article's file and segment; the index stores
    /// the parser's per-file IDs.
    let rewritten: [String: FileSegment]
    /// The reverse: file and segment → rewritten ID.
    let displayIDs: [FileSegment: String]

    struct FileSegment: Hashable, Sendable {
        var file: String
        var segment: Int
    }

    init(pool: DatabasePool, roots: [String] = []) throws {
        self.pool = pool
        let stored = try pool.read { db in try IndexedStore.loadSummaries(db) }
        var summaries = stored
        ArticleIDs.disambiguate(&summaries, roots: roots)
        var rewritten: [String: FileSegment] = [:]
        var displayIDs: [FileSegment: String] = [:]
        for (old, new) in zip(stored, summaries) where old.id != new.id {
            let key = FileSegment(file: new.file, segment: new.segment)
            rewritten[new.id] = key
            displayIDs[key] = new.id
        }
        self.summaries = summaries
        self.rewritten = rewritten
        self.displayIDs = displayIDs
    }

    /// The ID the list shows for a stored article.
    func displayID(stored: String, file: String, segment: Int) -> String {
        displayIDs.isEmpty ? stored : displayIDs[FileSegment(file: file, segment: segment)] ?? stored
    }

    /// One query, stepped through the SQLite C API directly: at 100,000 rows
    /// the generic row decoding of GRDB would cost most of the warm start.
    static func loadSummaries(_ db: Database) throws -> [ArticleSummary] {
        var result: [ArticleSummary] = []
        result.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0)
        let statement = try db.makeStatement(sql: """
            SELECT article_id, file, segment, title, date, language, source, countries, entity_names
            FROM articles ORDER BY file, segment
            """)
        let stmt = statement.sqliteStatement
        defer { sqlite3_reset(stmt) }
        func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
            guard let p = sqlite3_column_text(stmt, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
            return UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(stmt, column)))
        }
        func text(_ column: Int32) -> String { String(decoding: bytes(column), as: UTF8.self) }
        func optionalText(_ column: Int32) -> String? {
            sqlite3_column_type(stmt, column) == SQLITE_NULL ? nil : text(column)
        }
        func list(_ column: Int32, separator: UInt8) -> [String] {
            let b = bytes(column)
            guard b.count > 0 else { return [] }
            var items: [String] = []
            var start = 0
            for i in 0...b.count where i == b.count || b[i] == separator {
                if i > start { items.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            return items
        }
        while true {
            let code = sqlite3_step(stmt)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            result.append(ArticleSummary(
                id: text(0), file: text(1), segment: Int(sqlite3_column_int64(stmt, 2)), title: text(3),
                date: optionalText(4), language: text(5), source: optionalText(6),
                countries: list(7, separator: 0x20), entityNames: list(8, separator: 0x1F)))
        }
        return result
    }

    /// An article's columns, from `articles a` joined with `article_text t`.
    static let articleSelect = """
        SELECT a.article_id, a.file, a.segment, a.title, a.date, a.language, a.source, a.url, t.body,
               a.countries, t.entities
        FROM articles a JOIN article_text t ON t.rowid = a.rowid
        """

    static func article(from row: Row) -> Article {
        let body: String = row[8]
        let countries: String = row[9]
        return Article(id: row[0], file: row[1], segment: row[2], title: row[3], date: row[4], language: row[5],
                       source: row[6], url: row[7], body: body, raw: body,
                       countries: countries.isEmpty ? [] : countries.split(separator: " ").map(String.init),
                       entities: EntityCoding.decode(row[10]))
    }

    public func article(id: String) -> Article? {
        var article = try? pool.read { db in
            if let key = rewritten[id] {
                return try Row.fetchOne(db, sql: "\(IndexedStore.articleSelect) WHERE a.file = ? AND a.segment = ?",
                                        arguments: [key.file, key.segment]).map(IndexedStore.article(from:))
            }
            return try Row.fetchOne(db, sql: "\(IndexedStore.articleSelect) WHERE a.article_id = ? ORDER BY a.file, a.segment LIMIT 1",
                                    arguments: [id]).map(IndexedStore.article(from:))
        }
        article?.id = id
        return article
    }

    /// Every article with body and entities, in list order (for commands that print them all).
    public func allArticles() -> [Article] {
        var articles = (try? pool.read { db in
            try Row.fetchAll(db, sql: "\(IndexedStore.articleSelect) ORDER BY a.file, a.segment")
                .map(IndexedStore.article(from:))
        }) ?? []
        if !displayIDs.isEmpty {
            for i in articles.indices {
                articles[i].id = displayID(stored: articles[i].id, file: articles[i].file, segment: articles[i].segment)
            }
        }
        return articles
    }

    public func search(_ text: String, limit: Int) -> [SearchHit] {
        let query = SearchQuery.parse(text)
        guard !query.isEmpty, limit > 0 else { return [] }
        let hits = (try? pool.read { db in try IndexedStore.search(query, limit: limit, db) }) ?? []
        return hits.map { found in
            var hit = found.hit
            hit.id = displayID(stored: hit.id, file: found.file, segment: found.segment)
            return hit
        }
    }

    /// How many matches bm25 ranks at most. Ranking costs about a
    /// microsecond per match (FTS5 decodes every position list), so a word
    /// found in half of 100,000 articles would take tens of milliseconds per
    /// keystroke; beyond the cap only the most recently indexed matches
    /// (highest rowids: the last files, usually the newest) are ranked.
    public static let rankingCap = 2000

    /// Row IDs and bm25 ranks (lower is better) of the best `limit` matches.
    static func rankedRowIDs(match: String, limit: Int, _ db: Database) throws -> [Row] {
        let bound = try Int64.fetchOne(db, sql: """
            SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?
            """, arguments: [match, rankingCap - 1])
        if let bound {
            return try Row.fetchAll(db, sql: """
                SELECT rowid, rank FROM article_fts WHERE article_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT ?
                """, arguments: [match, bound, limit])
        }
        return try Row.fetchAll(db, sql: """
            SELECT rowid, rank FROM article_fts WHERE article_fts MATCH ? ORDER BY rank LIMIT ?
            """, arguments: [match, limit])
    }

    /// Canonical entity names whose folded name or surface form is `key`.
    static func entityNames(for key: String, _ db: Database) throws -> [String] {
        guard !key.isEmpty else { return [] }
        return try String.fetchAll(db, sql: "SELECT DISTINCT name FROM entity_alias WHERE folded = ? LIMIT 8",
                                   arguments: [key])
    }

    static func search(_ query: SearchQuery, limit: Int, _ db: Database) throws -> [(hit: SearchHit, file: String, segment: Int)] {
        // Entity search: a term (or the whole query) that is a known name or
        // alias also matches the articles whose entities carry that name.
        var termNames: [Int: [String]] = [:]
        for (i, term) in query.terms.enumerated() where !term.isExcluded && !term.isPrefix {
            let names = try entityNames(for: PreparedArticle.aliasKey(term.text), db)
            if !names.isEmpty { termNames[i] = names }
        }
        var queryNames: [String] = []
        let positives = query.positiveTerms
        if positives.count > 1 {
            queryNames = try entityNames(for: PreparedArticle.aliasKey(positives.map(\.text).joined(separator: " ")), db)
        }
        guard let match = query.matchExpression(termNames: termNames, queryNames: queryNames) else { return [] }
        let ranked = try rankedRowIDs(match: match, limit: limit, db)
        let needles = SnippetBuilder.Needles(query: query)
        let matchedNames = Set(termNames.values.flatMap { $0 } + queryNames)
        let fetch = try db.cachedStatement(sql: """
            SELECT a.article_id, t.body, t.entities, a.file, a.segment FROM articles a JOIN article_text t ON t.rowid = a.rowid
            WHERE a.rowid = ?
            """)
        var hits: [(hit: SearchHit, file: String, segment: Int)] = []
        for row in ranked {
            let rowid: Int64 = row[0]
            let rank: Double = row[1]
            guard let article = try Row.fetchOne(fetch, arguments: [rowid]) else { continue }
            let body: String = article[1]
            let encoded: String = article[2]
            // An article found through its entities shows their mentions
            // (decoded only when the body itself has no match).
            let snippet = SnippetBuilder.snippet(body: body, needles: needles) {
                EntityCoding.decode(encoded)
                    .filter { matchedNames.contains($0.name) || needles.matches(name: $0.name) }
                    .flatMap(\.ranges)
            }
            hits.append((SearchHit(id: article[0], score: -rank, snippet: snippet), article[3], article[4]))
        }
        return hits
    }
}
