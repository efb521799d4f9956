import Foundation

/// What the article list needs of an article: small enough to hold 100,000 in memory.
public struct ArticleSummary: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var file: String
    public var segment: Int
    public var title: String
    public var date: String?
    public var language: String
    public var source: String?
    public var countries: [String]
    /// Canonical names of the entities the article mentions (for the entity filter).
    public var entityNames: [String]

    public init(id: String, file: String, segment: Int, title: String, date: String?, language: String,
                source: String?, countries: [String], entityNames: [String]) {
        self.id = id
        self.file = file
        self.segment = segment
        self.title = title
        self.date = date
        self.language = language
        self.source = source
        self.countries = countries
        self.entityNames = entityNames
    }

    public init(_ article: Article) {
        self.init(id: article.id, file: article.file, segment: article.segment, title: article.title,
                  date: article.date, language: article.language, source: article.source,
                  countries: article.countries, entityNames: article.entities.map(\.name))
    }
}

/// One search result: the article and a short snippet with the match.
public struct SearchHit: Sendable, Hashable, Codable {
    public var id: String
    /// Higher is better.
    public var score: Double
    /// A short excerpt around the match; matched text between `«` and `»`.
    public var snippet: String
    public init(id: String, score: Double, snippet: String) {
        self.id = id
        self.score = score
        self.snippet = snippet
    }
}

/// Where the TUI and CLI get articles from: all in memory (small corpora, tests)
/// or an SQLite index (large archives; bodies fetched on demand).
public protocol ArticleStore: Sendable {
    /// Every article's summary, in list order (file path, then segment).
    var summaries: [ArticleSummary] { get }
    /// The full article (body, entities with ranges), or nil when unknown.
    func article(id: String) -> Article?
    /// Full-text search, insensitive to case and diacritics, best first.
    func search(_ query: String, limit: Int) -> [SearchHit]
    /// The same; with `snippets: false` the hits carry IDs and scores only
    /// (empty snippets), which is all a result list needs to show titles:
    /// no body is read. Get the snippets of the visible hits with `snippets(ids:query:)`.
    func search(_ query: String, limit: Int, snippets: Bool) -> [SearchHit]
    /// The snippet of each of `ids` for `query` (as `search` would give it), by ID.
    func snippets(ids: [String], query: String) -> [String: String]
}

extension ArticleStore {
    public func search(_ query: String, limit: Int, snippets: Bool) -> [SearchHit] {
        search(query, limit: limit)
    }

    public func snippets(ids: [String], query: String) -> [String: String] {
        let needles = SnippetBuilder.Needles(query: SearchQuery.parse(query))
        var result: [String: String] = [:]
        for id in ids {
            guard let article = article(id: id) else { continue }
            result[id] = SnippetBuilder.snippet(body: article.body, needles: needles)
        }
        return result
    }
}

/// An `ArticleStore` over articles already in memory. Search is a folded
/// substring scan: fine for small corpora; the index replaces it for large ones.
public struct MemoryStore: ArticleStore {
    public let summaries: [ArticleSummary]
    private let byID: [String: Article]

    public init(articles: [Article]) {
        self.summaries = articles.map(ArticleSummary.init)
        var map: [String: Article] = [:]
        for a in articles { map[a.id] = a }
        self.byID = map
    }

    public func article(id: String) -> Article? { byID[id] }

    public func search(_ query: String, limit: Int) -> [SearchHit] {
        let needle = MemoryStore.fold(query)
        guard !needle.isEmpty else { return [] }
        var hits: [SearchHit] = []
        for s in summaries {
            guard let a = byID[s.id] else { continue }
            let hay = MemoryStore.fold(a.title + "\n" + a.body)
            if hay.contains(needle) {
                hits.append(SearchHit(id: s.id, score: 1, snippet: a.title))
                if hits.count >= limit { break }
            }
        }
        return hits
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }
}
