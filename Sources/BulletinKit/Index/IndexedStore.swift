import Foundation
import GRDB

/// An `ArticleStore` over a `CorpusIndex`: the summaries are loaded in one
/// query at creation (no bodies: a warm start stays fast at 100,000
/// articles); bodies and entities are fetched on demand; search runs in FTS5.
///
/// `Article.raw` is not stored in the index (it would double its size): the
/// articles this store returns carry their cleaned body as `raw`.
public final class IndexedStore: ArticleStore, Sendable {
    public let summaries: [ArticleSummary]
    let pool: DatabasePool

    init(pool: DatabasePool) throws {
        self.pool = pool
        self.summaries = try pool.read { db in try IndexedStore.loadSummaries(db) }
    }

    static func loadSummaries(_ db: Database) throws -> [ArticleSummary] {
        var result: [ArticleSummary] = []
        result.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT article_id, file, segment, title, date, language, source, countries, entity_names
            FROM articles ORDER BY file, segment
            """)
        while let row = try rows.next() {
            let countries: String = row[7]
            let names: String = row[8]
            result.append(ArticleSummary(
                id: row[0], file: row[1], segment: row[2], title: row[3], date: row[4], language: row[5],
                source: row[6],
                countries: countries.isEmpty ? [] : countries.split(separator: " ").map(String.init),
                entityNames: names.isEmpty ? [] : names.split(separator: "\u{1F}").map(String.init)))
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
        try? pool.read { db in
            try Row.fetchOne(db, sql: "\(IndexedStore.articleSelect) WHERE a.article_id = ? LIMIT 1",
                             arguments: [id]).map(IndexedStore.article(from:))
        }
    }

    /// Every article with body and entities, in list order (for commands that print them all).
    public func allArticles() -> [Article] {
        (try? pool.read { db in
            try Row.fetchAll(db, sql: "\(IndexedStore.articleSelect) ORDER BY a.file, a.segment")
                .map(IndexedStore.article(from:))
        }) ?? []
    }

    public func search(_ text: String, limit: Int) -> [SearchHit] {
        let query = SearchQuery.parse(text)
        guard !query.isEmpty, limit > 0 else { return [] }
        return (try? pool.read { db in try IndexedStore.search(query, limit: limit, db) }) ?? []
    }

    /// Canonical entity names whose folded name or surface form is `key`.
    static func entityNames(for key: String, _ db: Database) throws -> [String] {
        guard !key.isEmpty else { return [] }
        return try String.fetchAll(db, sql: "SELECT DISTINCT name FROM entity_alias WHERE folded = ? LIMIT 8",
                                   arguments: [key])
    }

    static func search(_ query: SearchQuery, limit: Int, _ db: Database) throws -> [SearchHit] {
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
        let ranked = try Row.fetchAll(db, sql: """
            SELECT rowid, rank FROM article_fts WHERE article_fts MATCH ? ORDER BY rank LIMIT ?
            """, arguments: [match, limit])
        let needles = SnippetBuilder.Needles(query: query)
        let matchedNames = Set(termNames.values.flatMap { $0 } + queryNames)
        let fetch = try db.cachedStatement(sql: """
            SELECT a.article_id, t.body, t.entities FROM articles a JOIN article_text t ON t.rowid = a.rowid
            WHERE a.rowid = ?
            """)
        var hits: [SearchHit] = []
        for row in ranked {
            let rowid: Int64 = row[0]
            let rank: Double = row[1]
            guard let article = try Row.fetchOne(fetch, arguments: [rowid]) else { continue }
            let body: String = article[1]
            let entities = EntityCoding.decode(article[2])
            let spans = entities.filter { matchedNames.contains($0.name) }.flatMap(\.ranges)
            let snippet = SnippetBuilder.snippet(body: body, needles: needles, fallback: spans)
            hits.append(SearchHit(id: article[0], score: -rank, snippet: snippet))
        }
        return hits
    }
}
