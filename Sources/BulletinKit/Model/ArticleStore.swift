import Foundation

/// What the article list needs of an article: small enough to hold 100,000 in memory.
public struct ArticleSummary: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var file: String
    public var segment: Int
    public var title: String
    public var date: String?
    /// `Article.datelineDate`: the date of a dateline written in words, when `date` is nil.
    public var datelineDate: String?
    public var language: String
    public var source: String?
    public var countries: [String]
    /// Canonical names of the entities the article mentions (for the entity filter).
    public var entityNames: [String]

    public init(id: String, file: String, segment: Int, title: String, date: String?, language: String,
                source: String?, countries: [String], entityNames: [String], datelineDate: String? = nil) {
        self.id = id
        self.file = file
        self.segment = segment
        self.title = title
        self.date = date
        self.datelineDate = datelineDate
        self.language = language
        self.source = source
        self.countries = countries
        self.entityNames = entityNames
    }

    /// The date the list shows: `date`, else `datelineDate`.
    public var shownDate: String? { date ?? datelineDate }

    public init(_ article: Article) {
        self.init(id: article.id, file: article.file, segment: article.segment, title: article.title,
                  date: article.date, language: article.language, source: article.source,
                  countries: article.countries, entityNames: article.entities.map(\.name),
                  datelineDate: article.datelineDate)
    }
}

/// One search result: the article and a short snippet with the match.
public struct SearchHit: Sendable, Hashable, Codable {
    public var id: String
    /// Higher is better.
    public var score: Double
    /// A short excerpt around the match, and where the query matched in it.
    public var snippet: Snippet
    public init(id: String, score: Double, snippet: Snippet) {
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
    func snippets(ids: [String], query: String) -> [String: Snippet]
    /// Canonical entity name → how many articles mention it, when the store
    /// has it at hand (the index counts while loading); nil: count the summaries.
    var entityArticleCounts: [String: Int]? { get }
}

extension ArticleStore {
    public var entityArticleCounts: [String: Int]? { nil }

    public func search(_ query: String, limit: Int, snippets: Bool) -> [SearchHit] {
        search(query, limit: limit)
    }

    public func snippets(ids: [String], query: String) -> [String: Snippet] {
        let needles = SnippetBuilder.Needles(query: SearchQuery.parse(query))
        var result: [String: Snippet] = [:]
        for id in ids {
            guard let article = article(id: id) else { continue }
            result[id] = SnippetBuilder.snippet(body: article.body, needles: needles)
        }
        return result
    }
}

/// An `ArticleStore` over articles already in memory. Search is a folded
/// substring scan: fine for small corpora; the index replaces it for large ones.
///
/// Entity search works as in the index: a query (or one of its words) that
/// names an entity, by any spelling the knowledge base or the articles'
/// linked entities know, also finds the articles that mention the entity in
/// another language or script, and their snippets show that mention.
public struct MemoryStore: ArticleStore {
    public let summaries: [ArticleSummary]
    private let byID: [String: Article]
    private let knowledge: LazyKnowledgeAliases
    /// Name key → canonical names, over every name and alias of the articles' entities (built on first search).
    private let names: LazyEntityKeys

    /// `entitiesFile`: the `--entities` file, whose names entity search knows too.
    public init(articles: [Article], entitiesFile: String? = nil) {
        self.summaries = articles.map(ArticleSummary.init)
        var map: [String: Article] = [:]
        for a in articles { map[a.id] = a }
        self.byID = map
        self.knowledge = LazyKnowledgeAliases(entitiesFile: entitiesFile)
        self.names = LazyEntityKeys(articles: articles)
    }

    public func article(id: String) -> Article? { byID[id] }

    /// Canonical names of the articles' entities that `text` names (through
    /// the knowledge base's other names for it, too).
    func entityNames(for text: String) -> Set<String> {
        let candidates = EntityNameKey.candidates(text)
        guard !candidates.isEmpty else { return [] }
        var keys = candidates
        for name in knowledge.value.names(forKeys: candidates) {
            let key = EntityNameKey.key(name)
            if !keys.contains(key) { keys.append(key) }
        }
        let table = names.value
        var result = Set<String>()
        for key in keys { result.formUnion(table[key] ?? []) }
        return result
    }

    public func search(_ text: String, limit: Int) -> [SearchHit] {
        let needle = MemoryStore.fold(text)
        guard !needle.isEmpty, limit > 0 else { return [] }
        let query = SearchQuery.parse(text)
        let terms = query.positiveTerms.filter { !$0.isPrefix }
        let termNames = terms.map { entityNames(for: $0.text) }
        let termNeedles = terms.map { MemoryStore.fold($0.text) }
        let queryNames = terms.count > 1 ? entityNames(for: terms.map(\.text).joined(separator: " ")) : []
        let matchedNames = termNames.reduce(queryNames) { $0.union($1) }
        let needles = SnippetBuilder.Needles(query: query)
        return search(needle: needle, terms: terms, termNames: termNames, termNeedles: termNeedles,
                      queryNames: queryNames, matchedNames: matchedNames, needles: needles, limit: limit)
    }

    /// The snippets of `ids`, as `search` gives them (the entity mention when the body has no match).
    public func snippets(ids: [String], query text: String) -> [String: Snippet] {
        let query = SearchQuery.parse(text)
        let terms = query.positiveTerms.filter { !$0.isPrefix }
        var matchedNames = terms.count > 1 ? entityNames(for: terms.map(\.text).joined(separator: " ")) : []
        for term in terms { matchedNames.formUnion(entityNames(for: term.text)) }
        let needles = SnippetBuilder.Needles(query: query)
        var result: [String: Snippet] = [:]
        for id in ids {
            guard let a = byID[id] else { continue }
            result[id] = MemoryStore.snippet(a, needles: needles, matchedNames: matchedNames)
        }
        return result
    }

    static func snippet(_ a: Article, needles: SnippetBuilder.Needles, matchedNames: Set<String>) -> Snippet {
        SnippetBuilder.snippet(body: a.body, needles: needles) {
            a.entities.filter { matchedNames.contains($0.name) || needles.matches(name: $0.name) }.flatMap(\.ranges)
        }
    }

    private func search(needle: String, terms: [SearchQuery.Term], termNames: [Set<String>], termNeedles: [String],
                        queryNames: Set<String>, matchedNames: Set<String>, needles: SnippetBuilder.Needles,
                        limit: Int) -> [SearchHit] {
        var hits: [SearchHit] = []
        for s in summaries {
            guard let a = byID[s.id] else { continue }
            let hay = MemoryStore.fold(a.title + "\n" + a.body)
            var found = hay.contains(needle)
            if !found, !matchedNames.isEmpty {
                let mentioned = Set(a.entities.map(\.name))
                // The whole query names an entity, or each word is in the text or names one.
                found = !mentioned.isDisjoint(with: queryNames)
                    || (!terms.isEmpty && terms.indices.allSatisfy { i in
                        hay.contains(termNeedles[i]) || !mentioned.isDisjoint(with: termNames[i])
                    })
            }
            guard found else { continue }
            hits.append(SearchHit(id: s.id, score: 1, snippet: MemoryStore.snippet(a, needles: needles, matchedNames: matchedNames)))
            if hits.count >= limit { break }
        }
        return hits
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }
}

/// Name key → canonical names of a set of articles' entities, built on first use.
final class LazyEntityKeys: @unchecked Sendable {
    private let lock = NSLock()
    private var built: [String: Set<String>]?
    private let articles: [Article]

    init(articles: [Article]) { self.articles = articles }

    var value: [String: Set<String>] {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        var table: [String: Set<String>] = [:]
        for a in articles {
            for e in a.entities {
                for form in [e.name] + e.aliases {
                    let key = EntityNameKey.key(form)
                    if !key.isEmpty { table[key, default: []].insert(e.name) }
                }
            }
        }
        built = table
        return table
    }
}
