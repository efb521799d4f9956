import Foundation
import GRDB
import GRDBSQLite

/// The corpus-wide catalogs of `bulletin entities` and `bulletin countries`,
/// answered from what the index already holds, without loading a single body.
///
/// `EntitySummary.summarize(allArticles())` gives the same lists, but it makes
/// an `Article` of every row, body and all (the body twice, as `body` and
/// `raw`), and decodes every entity with its ranges: at 100,000 articles that
/// was 17 s of CPU and 640-760 MB for `entities`, 7-9 s for `countries`, for
/// lists that need a few short columns. Here:
/// - countries come from the summaries the store loaded at start (each
///   article's `countries` column), nothing more is read;
/// - entities come from one scan of the `entities` column (the only place
///   aliases and mention counts are kept), parsed as bytes straight from
///   SQLite's buffer, each distinct entity line head resolved (link to its
///   canonical name, slot in the result) once for the whole corpus.
///
/// Both must stay exactly what the full-load path prints (same entities,
/// names, types, aliases, mentions, article IDs and order): the tests compare
/// them on corpora with several languages and linked names.
extension IndexedStore {
    /// `CountrySummary.summarize(allArticles())`, from the loaded summaries.
    public func countrySummaries() -> [CountrySummary] {
        var counts: [String: Int] = [:]
        for summary in summaries {
            if summary.countries.count == 1 {
                counts[summary.countries[0], default: 0] += 1
            } else {
                for c in Set(summary.countries) { counts[c, default: 0] += 1 }
            }
        }
        return counts.map { CountrySummary(code: $0.key, name: EntityExtractor.countryName($0.key), articles: $0.value) }
            .sorted { ($1.articles, $0.code) < ($0.articles, $1.code) }
    }

    /// `EntitySummary.summarize(allArticles(), includeCountries:)`, from the
    /// `entities` column and the stored links, without bodies or ranges.
    public func entitySummaries(includeCountries: Bool = true) throws -> [EntitySummary] {
        try pool.read { db in try entitySummaries(includeCountries: includeCountries, db) }
    }

    func entitySummaries(includeCountries: Bool, _ db: Database) throws -> [EntitySummary] {
        // The same rows, in the same order, as `allArticles` (its `articleSelect`
        // joined the same way), minus the body and the article's other fields.
        let statement = try db.makeStatement(sql: """
            SELECT coalesce(a.display_id, a.article_id), a.file, a.segment, t.entities
            FROM articles a JOIN article_text t ON t.rowid = a.rowid
            ORDER BY a.file, a.segment
            """)
        let stmt = statement.sqliteStatement
        defer { sqlite3_reset(stmt) }
        var catalog = EntityCatalog(includeCountries: includeCountries, links: links)
        var row = 0
        while true {
            let code = sqlite3_step(stmt)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw IndexedStore.sqliteError(code, db) }
            let stored = IndexedStore.text(stmt, 0)
            let id = displayIDs.isEmpty ? stored
                : displayID(stored: stored, file: IndexedStore.text(stmt, 1), segment: Int(sqlite3_column_int64(stmt, 2)))
            if let p = sqlite3_column_text(stmt, 3) {
                let n = Int(sqlite3_column_bytes(stmt, 3))
                catalog.add(encoded: UnsafeBufferPointer(start: p, count: n), article: id, row: row)
            }
            row += 1
        }
        return catalog.result()
    }
}

/// The running sums of `IndexedStore.entitySummaries`: `EntitySummary.summarize`'s
/// loop over the articles' decoded, linked entities, fed with
/// `EntityCoding`'s encoding instead (one article's column at a time).
struct EntityCatalog {
    let includeCountries: Bool
    /// "type\u{1F}name" → canonical name (`IndexedStore.links`).
    let links: [String: String]

    /// What one encoded line head ("type\tname\tcode") stands for.
    struct Head {
        /// Index in `entries`, or -1 for an entity left out (a country when
        /// countries are not listed).
        var slot: Int
        /// The stored name when the linker renamed it: the article's aliases
        /// then start with it (as `IndexedStore.article(from:)` puts it first
        /// when the article's own aliases lack it).
        var renamedFrom: String?
    }

    struct Entry {
        var summary: EntitySummary
        /// `summary.aliases` as a set: `contains` on the array was quadratic
        /// in the aliases of an entity that hundreds of articles spell apart.
        var aliasSet: Set<String>
        /// The row of the article last added (its ID is also `articles.last`).
        var lastRow: Int
    }

    private var heads: [String: Head] = [:]
    /// `summarize`'s key ("type\u{1F}code-or-name") → index in `entries`.
    private var slots: [String: Int] = [:]
    private var entries: [Entry] = []

    init(includeCountries: Bool, links: [String: String]) {
        self.includeCountries = includeCountries
        self.links = links
    }

    /// One article's `entities` column: lines split on LF (empty ones
    /// skipped), exactly six fields split on tabs, aliases on U+001F (empty
    /// ones skipped), as `EntityCoding.decode` splits them by `Character`
    /// (the separators are ASCII controls, each always a character of its
    /// own, and the encoder replaces CR, so the bytes give the same fields).
    mutating func add(encoded bytes: UnsafeBufferPointer<UInt8>, article: String, row: Int) {
        let end = bytes.count
        var tabs = (0, 0, 0, 0, 0)
        var i = 0
        while i < end {
            let lineStart = i
            var k = i
            var count = 0
            while k < end, bytes[k] != 0x0A {
                if bytes[k] == 0x09 {
                    switch count {
                    case 0: tabs.0 = k
                    case 1: tabs.1 = k
                    case 2: tabs.2 = k
                    case 3: tabs.3 = k
                    case 4: tabs.4 = k
                    default: break
                    }
                    count += 1
                }
                k += 1
            }
            i = k + 1
            guard k > lineStart, count == 5 else { continue }
            let headText = Self.string(bytes, lineStart, tabs.2)
            let head: Head
            if let known = heads[headText] {
                head = known
            } else {
                guard let resolved = resolve(bytes, lineStart, tabs.0, tabs.1, tabs.2) else {
                    // Not an entity type: `decode` drops the line (and so would every later one with this head).
                    continue
                }
                head = resolved
                heads[headText] = head
            }
            guard head.slot >= 0 else { continue }
            // Fields: type, name, code (tabs 0-2), mentions, aliases, ranges (never read).
            let mentions = Self.integer(bytes, tabs.2 + 1, tabs.3)
            var aliases = Self.split(bytes, tabs.3 + 1, tabs.4)
            if let old = head.renamedFrom, !aliases.contains(old) { aliases.insert(old, at: 0) }
            add(slot: head.slot, aliases: aliases, mentions: mentions, article: article, row: row)
        }
    }

    /// A new head: its type, its linked name, its slot (made now when its key is new).
    private mutating func resolve(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ tab0: Int, _ tab1: Int, _ tab2: Int) -> Head? {
        guard let type = EntityType(rawValue: Self.string(bytes, start, tab0)) else { return nil }
        guard includeCountries || type != .country else { return Head(slot: -1) }
        let stored = Self.string(bytes, tab0 + 1, tab1)
        let code: String? = tab2 > tab1 + 1 ? Self.string(bytes, tab1 + 1, tab2) : nil
        var name = stored
        var renamedFrom: String?
        if !links.isEmpty, let canonical = links[IndexWriter.EntityRefs.key(type, stored)] {
            name = canonical
            renamedFrom = stored
        }
        let key = type.rawValue + "\u{1F}" + (code ?? name)
        if let slot = slots[key] { return Head(slot: slot, renamedFrom: renamedFrom) }
        let slot = entries.count
        slots[key] = slot
        // Filled by the first `add(slot:)`: the entity's name, type and code
        // are those of its first appearance, as in `summarize`.
        entries.append(Entry(summary: EntitySummary(name: name, type: type, code: code, aliases: [], mentions: 0, articles: []),
                             aliasSet: [], lastRow: -1))
        return Head(slot: slot, renamedFrom: renamedFrom)
    }

    private mutating func add(slot: Int, aliases: [String], mentions: Int, article: String, row: Int) {
        entries[slot].summary.mentions += mentions
        if entries[slot].lastRow < 0 {
            // First appearance: its aliases as they are (as `summarize` copies them).
            entries[slot].summary.aliases = aliases
            entries[slot].aliasSet = Set(aliases)
            entries[slot].summary.articles = [article]
            entries[slot].lastRow = row
            return
        }
        for a in aliases where !entries[slot].aliasSet.contains(a) {
            entries[slot].summary.aliases.append(a)
            entries[slot].aliasSet.insert(a)
        }
        if entries[slot].lastRow != row {
            entries[slot].lastRow = row
            if entries[slot].summary.articles.last != article { entries[slot].summary.articles.append(article) }
        }
    }

    /// The summaries in `summarize`'s order: first appearance, then sorted
    /// with the same comparison (ties keep first-appearance order alike).
    func result() -> [EntitySummary] {
        entries.map(\.summary).sorted {
            ($1.articles.count, $1.mentions, $0.name) < ($0.articles.count, $0.mentions, $1.name)
        }
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// `Int(field) ?? 0`, digit by digit for the usual plain number.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        guard start < end, end - start <= 18 else { return Int(string(bytes, start, end)) ?? 0 }
        var n = 0
        for k in start..<end {
            let d = bytes[k] &- 0x30
            guard d < 10 else { return Int(string(bytes, start, end)) ?? 0 }
            n = n * 10 + Int(d)
        }
        return n
    }

    /// The field split on U+001F, empty parts skipped (`split`'s default).
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [String] {
        var parts: [String] = []
        var partStart = start
        var k = start
        while k <= end {
            if k == end || bytes[k] == 0x1F {
                if partStart < k { parts.append(string(bytes, partStart, k)) }
                partStart = k + 1
            }
            k += 1
        }
        return parts
    }
}
