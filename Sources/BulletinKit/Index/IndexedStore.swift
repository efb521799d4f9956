import Foundation
import GRDB
import GRDBSQLite

/// An `ArticleStore` over a `CorpusIndex`: the summaries are loaded in one
/// query at creation (no bodies: a warm start stays fast at 100,000
/// articles); bodies and entities are fetched on demand; search runs in FTS5.
///
/// What depends on the whole corpus (display IDs, cross-article entity links)
/// is computed when the index is updated (`IndexWriter.finish`) and only read
/// here. Entities come back linked, as `EntityLinker.link` over every article
/// would give them: one canonical name across articles and scripts.
///
/// `Article.raw` is not stored in the index (it would double its size): the
/// articles this store returns carry their cleaned body as `raw`.
public final class IndexedStore: ArticleStore, Sendable {
    public let summaries: [ArticleSummary]
    let pool: DatabasePool
    /// IDs that differ from the stored display IDs (only when the store was
    /// made for other roots than the last update's) → file and segment.
    let rewritten: [String: FileSegment]
    /// The reverse: file and segment → rewritten ID.
    let displayIDs: [FileSegment: String]
    /// The stored entity links (the names the linker renamed), as read at
    /// open; the dictionaries over them are built on first use (an article
    /// read, a search), not at start: at 100,000 articles with realistic
    /// names they are tens of thousands of String-keyed entries.
    let entityLinks: EntityLinks
    /// "type\u{1F}name" → canonical name, for the entities the linker renamed.
    var links: [String: String] { entityLinks.value.links }
    /// Canonical name → every stored name linked to it (itself included), for entity search.
    var clusters: [String: [String]] { entityLinks.value.clusters }
    /// Canonical name of each stored name the linker renamed (any type).
    var canonicalOfName: [String: String] { entityLinks.value.canonicalOfName }
    /// Canonical entity name → number of articles that mention it, counted
    /// by entity reference while the summaries load (an integer per row), so
    /// the sidebar's first frame need not hash every name of every summary.
    public let entityArticleCounts: [String: Int]?
    /// Warnings about article IDs still shared after disambiguation.
    public let idWarnings: [LoadWarning]
    /// False when some rows may lack a display ID (an update that never
    /// finished): lookups then fall back to the parser's ID (a table scan).
    let displayIDsComplete: Bool
    /// The knowledge base's names (bundled, user entries, `--entities`), for
    /// entity search: a spelling the knowledge base knows finds the entity
    /// even when no article of the corpus uses that spelling.
    let knowledge: LazyKnowledgeAliases
    /// Document frequencies of the phrases searched so far, for the ranking
    /// (`rankedRowIDs`): valid for one index generation, checked per query.
    let rankCache = RankCache()
    /// The last queries' plans (`plan(_:generation:_:)`).
    let plans = PlanCache()
    /// The row of each summary, ascending (the summaries were read in rowid
    /// order and were already in list order), or empty: search then names
    /// its hits from `summaries` instead of one query per hit (1,000 for the
    /// TUI's list), while the index is as it was loaded (`listGeneration`).
    let rowids: [Int64]
    /// `listGeneration` when the summaries were read.
    let loadedGeneration: [UInt8]

    struct FileSegment: Hashable, Sendable {
        var file: String
        var segment: Int
    }

    init(pool: DatabasePool, roots: [String] = [], entitiesFile: String? = nil) throws {
        self.pool = pool
        self.knowledge = LazyKnowledgeAliases(entitiesFile: entitiesFile)
        let loaded = try pool.read { db in try IndexedStore.load(db) }
        var summaries = loaded.summaries
        var rewritten: [String: FileSegment] = [:]
        var displayIDs: [FileSegment: String] = [:]
        let current = loaded.finished && (roots.isEmpty || loaded.roots == IndexWriter.rootsKey(roots))
        displayIDsComplete = loaded.finished
        if current {
            idWarnings = loaded.idWarnings
        } else {
            // Stored IDs are for other roots (or an unfinished update): recompute in memory.
            let stored = summaries
            ArticleIDs.disambiguate(&summaries, roots: roots)
            for (old, new) in zip(stored, summaries) where old.id != new.id {
                let key = FileSegment(file: new.file, segment: new.segment)
                rewritten[new.id] = key
                displayIDs[key] = new.id
            }
            idWarnings = ArticleIDs.duplicateWarnings(ids: summaries.map { ($0.id, $0.file) })
        }
        self.summaries = summaries
        self.rewritten = rewritten
        self.displayIDs = displayIDs
        self.entityLinks = EntityLinks(loaded.links)
        self.rowids = loaded.rowids ?? []
        self.loadedGeneration = loaded.generation
        self.entityArticleCounts = loaded.entityArticleCounts
    }

    /// The ID the list shows for a stored article.
    func displayID(stored: String, file: String, segment: Int) -> String {
        displayIDs.isEmpty ? stored : displayIDs[FileSegment(file: file, segment: segment)] ?? stored
    }

    struct Loaded {
        var summaries: [ArticleSummary]
        var links: [EntityLinks.Link]
        var roots: String?
        var finished: Bool
        var idWarnings: [LoadWarning]
        var entityArticleCounts: [String: Int]
        var rowids: [Int64]?
        var generation: [UInt8]
    }

    /// Everything a store needs at start, in one read transaction.
    static func load(_ db: Database) throws -> Loaded {
        var meta: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta WHERE key IN ('roots', 'finished', 'id_warnings')") {
            meta[row[0]] = row[1]
        }
        let (table, links) = try loadEntityRefs(db)
        let (summaries, counts, rowids) = try loadSummaries(db, names: table)
        return Loaded(summaries: summaries, links: links, roots: meta["roots"],
                      finished: meta["finished"] == "1", idWarnings: IndexWriter.decodeWarnings(meta["id_warnings"] ?? ""),
                      entityArticleCounts: counts, rowids: rowids, generation: try listGeneration(db))
    }

    /// `ORDER BY file, segment` as SQLite sorts (file names compared byte by byte).
    static func listOrder(_ a: ArticleSummary, _ b: ArticleSummary) -> Bool {
        let c = compareBytes(a.file, b.file)
        return c != 0 ? c < 0 : a.segment < b.segment
    }

    static func isInListOrder(_ summaries: [ArticleSummary]) -> Bool {
        summaries.withUnsafeBufferPointer { all in
            for i in all.indices.dropFirst() {
                // Field by field through the buffer: no summary is copied.
                let c = compareBytes(all[i].file, all[i - 1].file)
                if c < 0 || (c == 0 && all[i].segment < all[i - 1].segment) { return false }
            }
            return true
        }
    }

    /// memcmp order of the UTF-8 bytes (SQLite's BINARY collation).
    static func compareBytes(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { pa in
            b.withUTF8 { pb in
                let n = min(pa.count, pb.count)
                if n > 0, let x = pa.baseAddress, let y = pb.baseAddress {
                    let c = memcmp(x, y, n)
                    if c != 0 { return Int(c) }
                }
                return pa.count - pb.count
            }
        }
    }

    /// An article's columns, from `articles a` joined with `article_text t`.
    static let articleSelect = """
        SELECT coalesce(a.display_id, a.article_id), a.file, a.segment, a.title, a.date, a.language, a.source, a.url, t.body,
               a.countries, t.entities, a.entity_refs, a.dateline_date
        FROM articles a JOIN article_text t ON t.rowid = a.rowid
        """

    func article(from row: Row) -> Article {
        article(from: row) { [links] type, name in links[IndexWriter.EntityRefs.key(type, name)] }
    }

    /// An article, its entities renamed by `canonical` (type, stored name → the linked name, or nil).
    func article(from row: Row, canonical: (EntityType, String) -> String?) -> Article {
        let body: String = row[8]
        let countries: String = row[9]
        var entities = EntityCoding.decode(row[10])
        if !entityLinks.isEmpty {
            // As `EntityLinker.link` renames: the canonical name, the old one kept as an alias.
            for i in entities.indices {
                guard let canonical = canonical(entities[i].type, entities[i].name) else { continue }
                if !entities[i].aliases.contains(entities[i].name) { entities[i].aliases.insert(entities[i].name, at: 0) }
                entities[i].name = canonical
            }
        }
        return Article(id: row[0], file: row[1], segment: row[2], title: row[3], date: row[4], language: row[5],
                       source: row[6], url: row[7], body: body, raw: body,
                       countries: countries.isEmpty ? [] : countries.split(separator: " ").map(String.init),
                       entities: entities, datelineDate: row[12])
    }

    public func article(id: String) -> Article? {
        var article = try? pool.read { db -> Article? in
            guard let rowid = try rowid(of: id, db),
                  let row = try Row.fetchOne(db, sql: "\(IndexedStore.articleSelect) WHERE a.rowid = ?", arguments: [rowid])
            else { return nil }
            guard !entityLinks.isEmpty else { return self.article(from: row) { _, _ in nil } }
            // The links of this article's entities only, through its entity refs: the
            // store-wide dictionaries (`entityLinks.value`, tens of thousands of names
            // at 100,000 articles) are left to search, which needs them; the first
            // frame reads one article.
            var linked: [String: String] = [:]
            let refs: String = row[11]
            let ids = refs.split(separator: " ").compactMap { Int64($0) }
            if !ids.isEmpty {
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT type, name, canonical FROM entity_ref WHERE canonical IS NOT NULL AND id IN (SELECT value FROM json_each(?))
                    """, arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"])
                while let r = try rows.next() {
                    linked[(r[0] as String) + "\u{1F}" + (r[1] as String)] = r[2]
                }
            }
            return self.article(from: row) { type, name in linked[IndexWriter.EntityRefs.key(type, name)] }
        }
        article?.id = id
        return article
    }

    /// The row of the article the list shows as `id`.
    func rowid(of id: String, _ db: Database) throws -> Int64? {
        if let key = rewritten[id] {
            return try Int64.fetchOne(db.cachedStatement(sql: "SELECT rowid FROM articles WHERE file = ? AND segment = ?"),
                                      arguments: [key.file, key.segment])
        }
        if let rowid = try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT rowid FROM articles WHERE display_id = ? ORDER BY file, segment LIMIT 1
            """), arguments: [id]) {
            return rowid
        }
        guard !displayIDsComplete else { return nil }
        return try Int64.fetchOne(db, sql: "SELECT rowid FROM articles WHERE article_id = ? ORDER BY file, segment LIMIT 1",
                                  arguments: [id])
    }

    /// SQLite's `SQLITE_TRANSIENT` (a macro Swift does not import): SQLite copies the bound text.
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// `rowid(of:)` read with the C API for the common case (an ID the
    /// list shows as stored): GRDB's fetch costs several µs a call, paid for
    /// each visible snippet.
    func fastRowid(of id: String, _ db: Database) throws -> Int64? {
        guard rewritten[id] == nil else { return try rowid(of: id, db) }
        let statement = try db.cachedStatement(sql: """
            SELECT rowid FROM articles WHERE display_id = ? ORDER BY file, segment LIMIT 1
            """)
        let stmt = statement.sqliteStatement
        sqlite3_reset(stmt)
        defer { sqlite3_reset(stmt) }
        let code = id.withCString { sqlite3_bind_text(stmt, 1, $0, -1, IndexedStore.transient) }
        guard code == SQLITE_OK else { return try rowid(of: id, db) }
        switch sqlite3_step(stmt) {
        case SQLITE_ROW: return sqlite3_column_int64(stmt, 0)
        case SQLITE_DONE:
            sqlite3_reset(stmt)
            return displayIDsComplete ? nil : try rowid(of: id, db)
        default:
            return try rowid(of: id, db)
        }
    }

    /// Every article with body and entities (linked), in list order (for commands that print them all).
    public func allArticles() -> [Article] {
        var articles: [Article] = []
        forEachArticle { articles.append($0) }
        return articles
    }

    /// Every article in the list's order, one at a time through a cursor (one article in memory, not all
    /// of them: `list --json`).
    public func forEachArticle(_ body: (Article) -> Void) {
        try? pool.read { db in
            let rows = try Row.fetchCursor(db, sql: "\(IndexedStore.articleSelect) ORDER BY a.file, a.segment")
            while let row = try rows.next() {
                var a = article(from: row)
                if !displayIDs.isEmpty { a.id = displayID(stored: a.id, file: a.file, segment: a.segment) }
                body(a)
            }
        }
    }

    /// The load warnings stored with the files, then the ID warnings (what
    /// an update reports, minus problems with the paths themselves).
    public func storedWarnings() -> [LoadWarning] {
        let stored: [LoadWarning] = (try? pool.read { db -> [LoadWarning] in
            var warnings: [LoadWarning] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT path, warnings FROM files WHERE warnings != '' ORDER BY path")
            while let row = try rows.next() {
                let file: String = row[0]
                let text: String = row[1]
                for line in text.split(separator: "\n") { warnings.append(WarningCoding.decode(line, file: file)) }
            }
            return warnings
        }) ?? []
        return stored + idWarnings
    }

    // MARK: Search

    public func search(_ text: String, limit: Int) -> [SearchHit] {
        search(text, limit: limit, snippets: true)
    }

    /// Ranked hits, best first. The work is ID-first: FTS5 matches and bm25
    /// ranks row IDs only (`rankedRowIDs`), and bodies are read only when
    /// `snippets` is true, for the `limit` hits returned. A list that shows
    /// twenty hits at a time asks for IDs, then `snippets(ids:query:)` for
    /// the visible ones.
    ///
    /// A `limit` over `rankingCap` ranks that many of the newest matches (and, for words typed with
    /// diacritics, checks every ranked one): `bulletin search --limit 10000` got 2,000 hits of 3,003
    /// matches. The TUI's 1,000 IDs and the CLI's 20 or 50 hits are ranked as before.
    public func search(_ text: String, limit: Int, snippets: Bool) -> [SearchHit] {
        let query = SearchQuery.parse(text)
        guard !query.isEmpty, limit > 0 else { return [] }
        let cap = max(IndexedStore.rankingCap, limit)
        let examine = limit > IndexedStore.rankingCap ? cap : IndexedStore.filterExamineCap
        var cut: Int?
        return (try? pool.read { db in
            try self.search(query, limit: limit, snippets: snippets, cap: cap, examineCap: examine, cut: &cut, db)
        }) ?? []
    }

    /// `search(text, limit:)` for a caller that says when the answer may be short (`bulletin search`): the
    /// newest `max(rankingCap, limit)` matches are ranked, and every one of them may be checked for the words
    /// typed with diacritics (the TUI checks the best `filterExamineCap`, to answer each key in time; a run of
    /// the CLI can afford the rest: `délégation` found none of its 375 articles among the best 300 matches of
    /// `delegation` at 10,000 articles); `checkedOnly` tells how many were checked when fewer than `limit`
    /// passed and older matches were left unranked.
    public func searchAnswer(_ text: String, limit: Int) -> SearchAnswer {
        let query = SearchQuery.parse(text)
        guard !query.isEmpty, limit > 0 else { return SearchAnswer(hits: []) }
        let cap = max(IndexedStore.rankingCap, limit)
        let examine = cap
        var cut: Int?
        let hits = (try? pool.read { db in
            try self.search(query, limit: limit, snippets: true, cap: cap, examineCap: examine, cut: &cut, db)
        }) ?? []
        return SearchAnswer(hits: hits, checkedOnly: cut)
    }

    public func snippets(ids: [String], query text: String) -> [String: Snippet] {
        let query = SearchQuery.parse(text)
        guard !ids.isEmpty else { return [:] }
        return (try? pool.read { db in
            let plan = try self.plan(query, generation: IndexedStore.listGeneration(db), db)
            var result: [String: Snippet] = [:]
            for id in ids {
                guard let rowid = try self.fastRowid(of: id, db) else { continue }
                if let s = try IndexedStore.snippet(rowid: rowid, plan: plan, db) { result[id] = s }
            }
            return result
        }) ?? [:]
    }

    /// The FTS5 MATCH expression `text` runs as (entity names included), or
    /// nil when nothing can match: for benchmarks and debugging.
    public func matchExpression(for text: String) -> String? {
        let query = SearchQuery.parse(text)
        guard !query.isEmpty else { return nil }
        return try? pool.read { db in try self.plan(query, db).match }
    }

    /// How many matches bm25 ranks at most. Ranking costs about a
    /// microsecond per match (FTS5 decodes every position list), so a word
    /// found in half of 100,000 articles would take tens of milliseconds per
    /// keystroke; beyond the cap only the most recently indexed matches
    /// (highest rowids: the last files, usually the newest) are ranked.
    public static let rankingCap = 2000

    // The ranking (`rankedRowIDs`, in IndexedStore+Ranking.swift) is one
    // statement: FTS5 walks the matches from the highest rowid down
    // (`ORDER BY rowid DESC` is its native order, no sort) and stops after
    // `rankingCap` of them, scoring each as a plain column; the best are
    // picked here (`best`). The same rows as ranking every match at or above
    // the cap-th rowid from the end, without a first query to find that
    // rowid (which, for a prefix query, expanded the prefix a second time:
    // about 3 ms for `coop*` at 100,000 articles). FTS5's `ORDER BY rank`
    // would rank every match, not the capped ones.
    //
    // The score is bm25's (`bulletin_rank`), about 1.5 µs per ranked row
    // (half of it reading the row's length from `article_fts_docsize`),
    // without bm25's per-query count of every match of each phrase.

    /// The `limit` best of `scored`, best first; equal ranks in rowid order,
    /// so results are stable. A full sort only when most are kept: the list
    /// asks for 50 of up to 2,000, which a bounded selection finds in one pass.
    static func best(_ scored: [(rowid: Int64, rank: Double)], limit: Int) -> [(rowid: Int64, rank: Double)] {
        @inline(__always) func before(_ a: (rowid: Int64, rank: Double), _ b: (rowid: Int64, rank: Double)) -> Bool {
            a.rank != b.rank ? a.rank < b.rank : a.rowid < b.rowid
        }
        guard limit > 0 else { return [] }
        if limit >= (scored.count + 3) / 4 {  // limit * 4 >= count, without overflow for a limit of Int.max
            return Array(scored.sorted(by: before).prefix(limit))
        }
        // `kept` stays sorted; a row enters only when it beats the worst kept.
        var kept: [(rowid: Int64, rank: Double)] = []
        kept.reserveCapacity(limit + 1)
        for row in scored {
            if kept.count == limit {
                guard before(row, kept[limit - 1]) else { continue }
                kept.removeLast()
            }
            var lo = 0, hi = kept.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if before(kept[mid], row) { lo = mid + 1 } else { hi = mid }
            }
            kept.insert(row, at: lo)
        }
        return kept
    }

    /// Stored entity names that `text` (a query term, or the whole query)
    /// names, with every name the linker joined to them (another spelling,
    /// another script). The query's keys (`EntityNameKey.candidates`) are
    /// looked up among the names the knowledge base gives the same entity
    /// (a dictionary look-up) and, with those names, among the surface forms
    /// stored at index time (`entity_alias`, one indexed look-up). The
    /// knowledge base's canonical names are kept too: the real extractor
    /// names the entities it knows by them.
    func entityNames(for text: String, _ db: Database) throws -> [String] {
        let candidates = EntityNameKey.candidates(text)
        guard !candidates.isEmpty else { return [] }
        let known = knowledge.value.names(forKeys: candidates)
        var keys = candidates
        for name in known {
            let key = EntityNameKey.key(name)
            if !key.isEmpty, !keys.contains(key) { keys.append(key) }
        }
        let placeholders = Array(repeating: "?", count: keys.count).joined(separator: ", ")
        // Cached: a query looks up one to three of these, with few distinct key counts.
        var found = try String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT name FROM entity_alias WHERE folded IN (\(placeholders)) LIMIT 64"),
                                        arguments: StatementArguments(keys))
        // And the pairs an interrupted update staged (`entity_alias_new`: empty once it is merged).
        for name in try String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT name FROM entity_alias_new WHERE folded IN (\(placeholders))"),
                                        arguments: StatementArguments(keys)) where found.count < 64 && !found.contains(name) {
            found.append(name)
        }
        // A knowledge-base entity the corpus never mentions adds nothing but a names term that matches nothing.
        for canonical in knowledge.value.canonicalNames(forKeys: candidates) where !found.contains(canonical) {
            found.append(canonical)
        }
        guard !entityLinks.isEmpty else { return found }
        let linked = entityLinks.value
        var names: [String] = []
        for name in found {
            for linked in linked.clusters[linked.canonicalOfName[name] ?? name] ?? [name] where !names.contains(linked) {
                names.append(linked)
            }
        }
        return names
    }

    /// A parsed query with what its match and its snippets need.
    struct Plan: Sendable {
        var match: String?
        var needles: SnippetBuilder.Needles
        var matchedNames: Set<String>
        /// Words typed with diacritics, checked against each candidate's text (nil: none).
        var filter: DiacriticFilter? = nil
    }

    /// `plan(query, db)`, kept for the last few queries of an index
    /// generation: the TUI asks for a query's snippets, page after page,
    /// after its IDs (the entity look-ups are a good part of a plan).
    func plan(_ query: SearchQuery, generation: [UInt8], _ db: Database) throws -> Plan {
        if let plan = plans.plan(for: query, generation: generation) { return plan }
        let plan = try plan(query, db)
        plans.keep(plan, for: query, generation: generation)
        return plan
    }

    func plan(_ query: SearchQuery, _ db: Database) throws -> Plan {
        // Entity search: a term (or the whole query) that is a known name or
        // alias also matches the articles whose entities carry that name.
        var termNames: [Int: [String]] = [:]
        for (i, term) in query.terms.enumerated() where !term.isExcluded && !term.isPrefix {
            let names = try entityNames(for: term.text, db)
            if !names.isEmpty { termNames[i] = names }
        }
        var queryNames: [String] = []
        let positives = query.positiveTerms
        if positives.count > 1, !query.hasOr {
            queryNames = try entityNames(for: positives.map(\.text).joined(separator: " "), db)
        }
        // Stored entities carry their raw names; the linked ones answer to the canonical name too.
        let canonicalOfName = entityLinks.isEmpty ? [:] : self.canonicalOfName
        func withCanonical(_ names: [String]) -> Set<String> {
            var set = Set(names)
            if !canonicalOfName.isEmpty { for name in names { if let c = canonicalOfName[name] { set.insert(c) } } }
            return set
        }
        let matched = withCanonical(termNames.values.flatMap { $0 } + queryNames)
        let filter = DiacriticFilter(query: query, termNames: termNames.mapValues(withCanonical), queryNames: withCanonical(queryNames))
        return Plan(match: query.matchExpression(termNames: termNames, queryNames: queryNames),
                    needles: SnippetBuilder.Needles(query: query), matchedNames: matched, filter: filter)
    }

    /// Whether the article stored at `rowid` passes `filter` (its words typed
    /// with diacritics written so): title and entity names from the list
    /// when it is as loaded, the body read only when they do not decide.
    func accepts(rowid: Int64, filter: DiacriticFilter, fromList: Bool, _ db: Database) throws -> Bool {
        let title: String, names: [String]
        if fromList, let i = summaryIndex(rowid: rowid) {
            title = summaries[i].title
            names = summaries[i].entityNames
        } else {
            let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT title, entity_names FROM articles WHERE rowid = ?"),
                                       arguments: [rowid])
            guard let row else { return false }
            title = row[0]
            names = (row[1] as String).split(separator: "\u{1F}").map(String.init)
        }
        var failure: Error?
        let ok = filter.accepts(title: title, entityNames: names) { check in
            // The body's bytes as SQLite holds them: no `String` is made of a body the check rejects.
            do {
                let fetch = try db.cachedStatement(sql: "SELECT body FROM article_text WHERE rowid = ?")
                let stmt = fetch.sqliteStatement
                sqlite3_reset(stmt)
                defer { sqlite3_reset(stmt) }
                sqlite3_bind_int64(stmt, 1, rowid)
                let code = sqlite3_step(stmt)
                guard code == SQLITE_ROW else {
                    if code != SQLITE_DONE { throw IndexedStore.sqliteError(code, db) }
                    return check(nil)
                }
                guard let p = sqlite3_column_text(stmt, 0) else { return check(nil) }
                return check(UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(stmt, 0))))
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        return ok
    }

    /// `listIDs`: name the hits from `summaries` when the index is as it
    /// was loaded (false: always from the rows, as tests compare).
    func search(_ query: SearchQuery, limit: Int, snippets: Bool, listIDs: Bool = true, _ db: Database) throws -> [SearchHit] {
        var cut: Int?
        return try search(query, limit: limit, snippets: snippets, listIDs: listIDs, cap: IndexedStore.rankingCap,
                          examineCap: IndexedStore.filterExamineCap, cut: &cut, db)
    }

    /// `cap`: the newest matches ranked; `examineCap`: the best ranked checked at most against words typed
    /// with diacritics; `cut`: how many were checked when that left the answer short (`rankedRowIDs`).
    func search(_ query: SearchQuery, limit: Int, snippets: Bool, listIDs: Bool = true, cap: Int, examineCap: Int,
                cut: inout Int?, _ db: Database) throws -> [SearchHit] {
        cut = nil
        let generation = try IndexedStore.listGeneration(db)
        let plan = try plan(query, generation: generation, db)
        guard let match = plan.match else { return [] }
        let fromList = listIDs && !rowids.isEmpty && generation == loadedGeneration
        let ranked = try IndexedStore.rankedRowIDs(match: match, limit: limit, cap: cap, cache: rankCache, generation: generation,
                                                   accept: plan.filter.map { filter in
                                                       { rowid in try self.accepts(rowid: rowid, filter: filter, fromList: fromList, db) }
                                                   }, examineCap: examineCap, cut: &cut, db)
        let idOf = try displayIDReader(fromList: fromList, db)
        var hits: [SearchHit] = []
        hits.reserveCapacity(ranked.count)
        for (rowid, rank) in ranked {
            guard let id = try idOf(rowid) else { continue }
            let snippet = snippets ? try IndexedStore.snippet(rowid: rowid, plan: plan, db) ?? Snippet() : Snippet()
            hits.append(SearchHit(id: id, score: -rank, snippet: snippet))
        }
        return hits
    }

    /// The ID the list shows for the article stored at a rowid (nil: no such
    /// row): from `summaries` when `fromList` (the index is as it was
    /// loaded), else read from its row with the C API, since GRDB's `Row`
    /// costs several µs a row, which the TUI's 1,000 IDs per search would
    /// multiply. Search and "every match" name their hits with it.
    func displayIDReader(fromList: Bool, _ db: Database) throws -> (Int64) throws -> String? {
        let idOf = try db.cachedStatement(sql: """
            SELECT coalesce(display_id, article_id), file, segment FROM articles WHERE rowid = ?
            """)
        let stmt = idOf.sqliteStatement
        return { rowid in
            if fromList, let i = self.summaryIndex(rowid: rowid) { return self.summaries[i].id }
            sqlite3_reset(stmt)
            defer { sqlite3_reset(stmt) }
            sqlite3_bind_int64(stmt, 1, rowid)
            let code = sqlite3_step(stmt)
            guard code == SQLITE_ROW else {
                if code == SQLITE_DONE { return nil }
                throw IndexedStore.sqliteError(code, db)
            }
            let stored = IndexedStore.text(stmt, 0)
            return self.displayIDs.isEmpty ? stored
                : self.displayID(stored: stored, file: IndexedStore.text(stmt, 1), segment: Int(sqlite3_column_int64(stmt, 2)))
        }
    }

    /// The index in `summaries` of the article stored at `rowid` (binary search in `rowids`).
    func summaryIndex(rowid: Int64) -> Int? {
        var lo = 0, hi = rowids.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if rowids[mid] < rowid { lo = mid + 1 } else { hi = mid }
        }
        return lo < rowids.count && rowids[lo] == rowid ? lo : nil
    }

    /// What the summaries and their IDs were read from: the FTS index's
    /// generation (every article added or removed changes it) and the
    /// update state (`finished`, `roots`: display IDs are rewritten by an
    /// update's last transaction, which leaves the FTS index as it was).
    static func listGeneration(_ db: Database) throws -> [UInt8] {
        var key = try indexGeneration(db)
        let statement = try db.cachedStatement(sql: "SELECT value FROM meta WHERE key IN ('finished', 'roots') ORDER BY key")
        let stmt = statement.sqliteStatement
        sqlite3_reset(stmt)
        defer { sqlite3_reset(stmt) }
        while true {
            let code = sqlite3_step(stmt)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw sqliteError(code, db) }
            if let p = sqlite3_column_text(stmt, 0) {
                key += UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(stmt, 0)))
            }
            key.append(0xFF)
        }
        return key
    }

    /// Forgets what searches learnt about the index (the phrases' document
    /// frequencies), as a new session would start: for benchmarks of a
    /// query's first search.
    public func resetSearchCaches() {
        rankCache.removeAll()
        plans.removeAll()
    }

    /// A text column of the current row (empty for NULL).
    static func text(_ stmt: OpaquePointer?, _ column: Int32) -> String {
        guard let p = sqlite3_column_text(stmt, column) else { return "" }
        let n = Int(sqlite3_column_bytes(stmt, column))
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }

    /// The snippet of one article for a planned query.
    static func snippet(rowid: Int64, plan: Plan, _ db: Database) throws -> Snippet? {
        let fetch = try db.cachedStatement(sql: "SELECT body, entities FROM article_text WHERE rowid = ?")
        let stmt = fetch.sqliteStatement
        sqlite3_reset(stmt)
        defer { sqlite3_reset(stmt) }
        sqlite3_bind_int64(stmt, 1, rowid)
        let code = sqlite3_step(stmt)
        guard code == SQLITE_ROW else {
            if code == SQLITE_DONE { return nil }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
        let body = text(stmt, 0)
        // An article found through its entities shows their mentions: the
        // entity column is read only when the body itself has no match, and
        // then only the lines of the matched entities are parsed.
        return SnippetBuilder.snippet(body: body, needles: plan.needles) {
            firstMention(encoded: text(stmt, 1)) {
                plan.matchedNames.contains(String($0)) || plan.needles.matches(name: String($0))
            }.map { [$0] } ?? []
        }
    }

    /// The earliest mention span of the entities whose name `accept`s, in
    /// `EntityCoding`'s encoding (what `EntityCoding.decode` then a filter
    /// and `min()` of the ranges give, without decoding the other entities).
    ///
    /// Read by bytes: lines split on LF (empty ones skipped), six fields
    /// split on tabs, ranges on commas and dashes (empty parts skipped), as
    /// `decode` splits them by `Character`. The separators are ASCII
    /// controls and punctuation, each always a character of its own (the
    /// encoder turns CR into a space, so no CR LF pair is ever one
    /// character), so the bytes give the same fields, without the grapheme
    /// breaking that made this a sixth of a 50-snippet search.
    static func firstMention(encoded: String, accept: (Substring) -> Bool) -> TextSpan? {
        var first: TextSpan?
        let utf8 = encoded.utf8
        let end = utf8.endIndex
        var tabs: [String.Index] = []
        tabs.reserveCapacity(6)
        var i = utf8.startIndex
        while i < end {
            let lineEnd = utf8[i...].firstIndex(of: 0x0A) ?? end
            let lineStart = i
            i = lineEnd < end ? utf8.index(after: lineEnd) : end
            tabs.removeAll(keepingCapacity: true)
            var k = lineStart
            while k < lineEnd, tabs.count <= 5 {
                if utf8[k] == 0x09 { tabs.append(k) }
                k = utf8.index(after: k)
            }
            guard lineStart < lineEnd, tabs.count == 5,
                  EntityType(rawValue: String(encoded[lineStart..<tabs[0]])) != nil,
                  accept(encoded[utf8.index(after: tabs[0])..<tabs[1]]) else { continue }
            // "start-end" pairs separated by commas.
            var r = utf8.index(after: tabs[4])
            while r < lineEnd {
                let pairEnd = utf8[r..<lineEnd].firstIndex(of: 0x2C) ?? lineEnd
                defer { r = pairEnd < lineEnd ? utf8.index(after: pairEnd) : lineEnd }
                guard r < pairEnd, let span = span(encoded, r..<pairEnd) else { continue }
                if first == nil || span < first! { first = span }
            }
        }
        return first
    }

    /// "start-end" (dashes around and between skipped, as `split` skips empty
    /// parts): exactly two numbers, or nil.
    private static func span(_ text: String, _ range: Range<String.Index>) -> TextSpan? {
        let utf8 = text.utf8
        var parts: [Substring] = []
        var k = range.lowerBound
        var partStart = k
        while true {
            let atEnd = k == range.upperBound
            if atEnd || utf8[k] == 0x2D {
                if partStart < k {
                    if parts.count == 2 { return nil }
                    parts.append(text[partStart..<k])
                }
                if atEnd { break }
                k = utf8.index(after: k)
                partStart = k
            } else {
                k = utf8.index(after: k)
            }
        }
        guard parts.count == 2, let s = Int(parts[0]), let e = Int(parts[1]) else { return nil }
        return TextSpan(start: s, end: e)
    }
}

/// The plans of the last few queries, for one index generation (any thread).
final class PlanCache: @unchecked Sendable {
    static let capacity = 8
    private let lock = NSLock()
    // Under `lock`; most recent last.
    private var generation: [UInt8] = []
    private var entries: [(query: SearchQuery, plan: IndexedStore.Plan)] = []

    func plan(for query: SearchQuery, generation: [UInt8]) -> IndexedStore.Plan? {
        lock.withLock {
            guard self.generation == generation else { return nil }
            return entries.last { $0.query == query }?.plan
        }
    }

    func keep(_ plan: IndexedStore.Plan, for query: SearchQuery, generation: [UInt8]) {
        lock.withLock {
            if self.generation != generation {
                self.generation = generation
                entries = []
            }
            entries.removeAll { $0.query == query }
            if entries.count >= PlanCache.capacity { entries.removeFirst() }
            entries.append((query, plan))
        }
    }

    func removeAll() {
        lock.withLock {
            generation = []
            entries = []
        }
    }
}
