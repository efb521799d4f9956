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
    /// The countries of the places the article names that `countries` lacks (`PlaceCountries`): a story about
    /// Khabarovsk that never writes "Russia" has RU here. The country filter takes both; `countries` alone is
    /// what the text names.
    public var placeCountries: [String]
    /// Canonical names of the entities the article mentions (for the entity filter).
    public var entityNames: [String]

    public init(id: String, file: String, segment: Int, title: String, date: String?, language: String,
                source: String?, countries: [String], entityNames: [String], datelineDate: String? = nil,
                placeCountries: [String] = []) {
        self.id = id
        self.file = file
        self.segment = segment
        self.title = title
        self.date = date
        self.datelineDate = datelineDate
        self.language = language
        self.source = source
        self.countries = countries
        self.placeCountries = placeCountries
        self.entityNames = entityNames
    }

    /// Whether the article names `code` or a place in it (`countries`, then `placeCountries`).
    public func concerns(country code: String) -> Bool {
        countries.contains(code) || placeCountries.contains(code)
    }

    /// The date the list shows: `date`, else `datelineDate`.
    public var shownDate: String? { date ?? datelineDate }

    public init(_ article: Article) {
        self.init(id: article.id, file: article.file, segment: article.segment, title: article.title,
                  date: article.date, language: article.language, source: article.source,
                  countries: article.countries, entityNames: article.entities.map(\.name),
                  datelineDate: article.datelineDate,
                  placeCountries: article.placeCountries)
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

/// A search's hits, and whether the answer may leave matches out although it holds fewer than the limit asked.
public struct SearchAnswer: Sendable {
    public var hits: [SearchHit]
    /// Nil: the hits are every match, or the best `limit` of them. Else how many of the ranked matches were
    /// checked against the words typed with diacritics (`IndexedStore.filterExamineCap`, or the limit): more
    /// might match.
    public var checkedOnly: Int?
    public init(hits: [SearchHit], checkedOnly: Int? = nil) {
        self.hits = hits
        self.checkedOnly = checkedOnly
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
    /// `search(query, limit:)` with snippets, saying when the answer may be short (`SearchAnswer.checkedOnly`).
    func searchAnswer(_ query: String, limit: Int) -> SearchAnswer
    /// Canonical entity name → how many articles mention it, when the store
    /// has it at hand (the index counts while loading); nil: count the summaries.
    var entityArticleCounts: [String: Int]? { get }
}

extension ArticleStore {
    public var entityArticleCounts: [String: Int]? { nil }

    public func search(_ query: String, limit: Int, snippets: Bool) -> [SearchHit] {
        search(query, limit: limit)
    }

    /// Every match is ranked and checked: the answer is never short.
    public func searchAnswer(_ query: String, limit: Int) -> SearchAnswer {
        SearchAnswer(hits: search(query, limit: limit))
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

    /// The knowledge-base files the articles' entities were extracted with, fingerprinted before
    /// (`CorpusIndex.extractionStamp`): a corpus read without the index (`Corpus.openDirectly`) has it, so
    /// that the reader's `R` notices an edited entities file there too. Nil: not known (tests).
    public let extractionStamp: String?

    /// `entitiesFile`: the `--entities` file, whose names entity search knows too.
    public init(articles: [Article], entitiesFile: String? = nil, extractionStamp: String? = nil) {
        self.extractionStamp = extractionStamp
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

    /// Ranked hits, best first, as the index ranks them in spirit: the
    /// query's words, phrases, prefixes, `OR` and `-word` matched on the
    /// words of each article folded as the index folds them, entity names as
    /// the index matches them, words typed with diacritics checked by
    /// `DiacriticFilter`, and a bm25 score (title words weigh 4, body words 1,
    /// a named entity 0.5).
    public func search(_ text: String, limit: Int) -> [SearchHit] {
        let query = SearchQuery.parse(text)
        guard !query.isEmpty, limit > 0 else { return [] }
        var termNames: [Int: Set<String>] = [:]
        for (i, term) in query.terms.enumerated() where !term.isExcluded && !term.isPrefix {
            let names = entityNames(for: term.text)
            if !names.isEmpty { termNames[i] = names }
        }
        let positives = query.positiveTerms
        let queryNames = positives.count > 1 && !query.hasOr ? entityNames(for: positives.map(\.text).joined(separator: " ")) : []
        let matchedNames = termNames.values.reduce(queryNames) { $0.union($1) }
        let filter = DiacriticFilter(query: query, termNames: termNames, queryNames: queryNames)
        let patterns = query.terms.map { TermPattern($0) }
        let clauses = query.clauses
        let excluded = query.terms.indices.filter { query.terms[$0].isExcluded && !query.terms[$0].hasMarkedWords }

        struct Found { var index: Int; var counts: [Int: (title: Int, body: Int, named: Bool)]; var length: Int }
        var found: [Found] = []
        var documentFrequency = [Int](repeating: 0, count: query.terms.count)
        var totalLength = 0
        for (k, s) in summaries.enumerated() {
            guard let a = byID[s.id] else { continue }
            let title = TermPattern.tokens(SearchFolding.fold(a.title))
            let body = TermPattern.tokens(SearchFolding.fold(a.body))
            totalLength += title.count + body.count
            let mentioned = matchedNames.isEmpty ? [] : Set(a.entities.map(\.name))
            var counts: [Int: (title: Int, body: Int, named: Bool)] = [:]
            for (i, term) in query.terms.enumerated() where !term.isExcluded {
                let c = (patterns[i].count(in: title), patterns[i].count(in: body),
                         termNames[i].map { !mentioned.isDisjoint(with: $0) } ?? false)
                if c.0 + c.1 > 0 || c.2 {
                    counts[i] = c
                    documentFrequency[i] += 1
                }
            }
            let matches = (!queryNames.isEmpty && !mentioned.isDisjoint(with: queryNames))
                || clauses.allSatisfy { $0.contains { counts[$0] != nil } }
            guard matches, !excluded.contains(where: { patterns[$0].count(in: title) + patterns[$0].count(in: body) > 0 }),
                  filter?.accepts(title: a.title, entityNames: a.entities.map(\.name), body: a.body) ?? true
            else { continue }
            found.append(Found(index: k, counts: counts, length: title.count + body.count))
        }
        guard !found.isEmpty else { return [] }
        // bm25 (k1 1.2, b 0.75) over the weighted counts, as the index weighs its columns.
        let n = Double(summaries.count), average = max(1, Double(totalLength) / max(1, n))
        let idf = documentFrequency.map { log(1 + (n - Double($0) + 0.5) / (Double($0) + 0.5)) }
        let scored = found.map { f -> (Int, Double) in
            var score = 0.0
            for (i, c) in f.counts {
                let tf = 4 * Double(c.title) + Double(c.body) + (c.named ? 0.5 : 0)
                score += idf[i] * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * Double(f.length) / average))
            }
            return (f.index, score)
        }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        let needles = SnippetBuilder.Needles(query: query)
        return scored.prefix(limit).compactMap { k, score in
            guard let a = byID[summaries[k].id] else { return nil }
            return SearchHit(id: a.id, score: score, snippet: MemoryStore.snippet(a, needles: needles, matchedNames: matchedNames))
        }
    }

    /// One query term as a pattern over an article's folded words, as
    /// `SearchQuery.expression` makes it an FTS5 expression.
    struct TermPattern {
        var tokens: [Substring]
        /// The last token matches the start of a word.
        var prefix = false
        /// Any one token matches (an Arabic word and its clitic-free form).
        var either = false

        /// The tokens of folded text, as the index's `ascii` tokenizer reads
        /// them: ASCII other than letters and digits separates.
        static func tokens(_ folded: String) -> [Substring] {
            folded.utf8.split { $0 < 0x80 && !(($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A)) }
                .map { Substring($0) }
        }

        init(_ term: SearchQuery.Term) {
            let folded = term.folded
            tokens = TermPattern.tokens(folded)
            if term.isPrefix || SearchFolding.isSingleUnit(folded) {
                prefix = true
            } else if !term.isPhrase, tokens.count == 2, !term.text.contains(" "),
                      term.text.unicodeScalars.contains(where: { SearchFolding.isArabicLetter($0.value) }) {
                either = true
            }
        }

        /// How many times the pattern occurs in `words`.
        func count(in words: [Substring]) -> Int {
            guard !tokens.isEmpty else { return 0 }
            if either { return words.reduce(0) { $0 + (tokens.contains($1) ? 1 : 0) } }
            var n = 0
            var i = 0
            while i + tokens.count <= words.count {
                var k = 0
                while k < tokens.count {
                    let last = k == tokens.count - 1
                    let ok = last && prefix ? words[i + k].hasPrefix(tokens[k]) : words[i + k] == tokens[k]
                    if !ok { break }
                    k += 1
                }
                if k == tokens.count { n += 1 }
                i += 1
            }
            return n
        }
    }

    /// The snippets of `ids`, as `search` gives them (the entity mention when the body has no match).
    public func snippets(ids: [String], query text: String) -> [String: Snippet] {
        let query = SearchQuery.parse(text)
        let terms = query.positiveTerms.filter { !$0.isPrefix }
        var matchedNames = terms.count > 1 && !query.hasOr ? entityNames(for: terms.map(\.text).joined(separator: " ")) : []
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
