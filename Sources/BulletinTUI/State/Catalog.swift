import BulletinKit
import Foundation

/// How many articles carry one value of a facet (a country code or a language).
public struct FacetValue: Sendable, Hashable {
    public var code: String
    public var count: Int
    public init(code: String, count: Int) {
        self.code = code
        self.count = count
    }
}

/// What the TUI precomputes once from the article summaries, so that no
/// keypress has to walk the whole corpus: facet counts for the pickers, one
/// bitset per country and language for the filters, and (on first use, or
/// ahead of it on another thread: `warmUp`) how many articles mention each
/// entity, for the sidebar.
///
/// It is built on the way to a warm start's first frame (100,000 summaries),
/// so the pass over the summaries hashes no string in the usual case: two-letter
/// country codes index a table, the few languages are found by comparison, and
/// the entity counts, which would hash every name of every article, wait.
public struct Catalog: Sendable {
    public let summaries: [ArticleSummary]
    /// Every country in the corpus, most articles first (then by code); an article counts for the countries it
    /// names and for those of the places it names (`ArticleSummary.placeCountries`).
    public let countries: [FacetValue]
    /// Every language in the corpus, most articles first (then by code).
    public let languages: [FacetValue]
    /// Canonical entity name → number of articles that mention it (computed
    /// on first use, once; `warmUp` computes it ahead, off the key loop).
    public var entityArticleCounts: [String: Int] { entityCounts.value }
    let entityCounts: EntityCounts
    /// Per value of `countries` (same order), the summaries that name it or a place in it (`placeCountries`).
    let countryBits: [RowSet]
    /// Per value of `languages` (same order), the summaries in that language.
    let languageBits: [RowSet]
    let countryIndex: [String: Int]
    let languageIndex: [String: Int]
    /// Per entity filtered on so far, the summaries that mention it.
    let entityRows = EntityRows()
    /// Whether any article has a date: without one, the list drops its date
    /// column (a scraped archive often has none; the column was blank).
    public let hasDates: Bool
    /// Whether the dates fall in more than one year: the narrow list's date column then keeps the year's
    /// last two digits ("14 Jul 25"), or newest-first could not be read from the list.
    public let datesSpanYears: Bool
    /// Per date order, the summaries sorted by date (on first use, once per catalog).
    let orderings = Orderings()

    /// `entityArticleCounts`: the counts when the store has them (`ArticleStore.entityArticleCounts`).
    public init(summaries: [ArticleSummary], entityArticleCounts: [String: Int]? = nil) {
        self.summaries = summaries
        self.hasDates = summaries.contains { $0.shownDate != nil }
        var firstYear: Substring?
        var spans = false
        for s in summaries {
            guard let d = s.shownDate, d.utf8.count == 10 else { continue }
            let year = d.prefix(4)
            if let f = firstYear { if f != year { spans = true; break } } else { firstYear = year }
        }
        self.datesSpanYears = spans
        let n = summaries.count
        // Provisional numbers in order of first appearance, renumbered by rank after.
        var countryCodes: [String] = [], languageCodes: [String] = []
        var countrySets: [RowSet] = [], languageSets: [RowSet] = []
        var countrySlow: [String: Int] = [:], languageSlow: [String: Int] = [:]
        // "AA"..."ZZ" → provisional number + 1 (0: not seen yet).
        var twoLetter = [Int32](repeating: 0, count: 26 * 26)
        summaries.withUnsafeBufferPointer { all in
            for i in all.indices {
                // The countries named, then those of the places named (no array joined per article).
                for list in 0..<2 {
                    for c in list == 0 ? all[i].countries : all[i].placeCountries {
                        let id: Int
                        if let slot = Catalog.twoLetterSlot(c) {
                            if twoLetter[slot] == 0 {
                                countryCodes.append(c)
                                countrySets.append(RowSet(count: n))
                                twoLetter[slot] = Int32(countryCodes.count)
                            }
                            id = Int(twoLetter[slot]) - 1
                        } else if let known = countrySlow[c] {
                            id = known
                        } else {
                            id = countryCodes.count
                            countrySlow[c] = id
                            countryCodes.append(c)
                            countrySets.append(RowSet(count: n))
                        }
                        countrySets[id].insert(i)
                    }
                }
                let language = all[i].language
                var lid = -1
                // A corpus has a handful of languages: comparing small strings beats hashing them.
                if languageCodes.count <= 16 {
                    for (k, code) in languageCodes.enumerated() where code == language { lid = k; break }
                } else {
                    lid = languageSlow[language] ?? -1
                }
                if lid < 0 {
                    lid = languageCodes.count
                    languageCodes.append(language)
                    languageSets.append(RowSet(count: n))
                    languageSlow[language] = lid
                }
                languageSets[lid].insert(i)
            }
        }
        /// Provisional numbers, most articles first (then by code).
        func ranked(_ codes: [String], _ sets: [RowSet]) -> (values: [FacetValue], sets: [RowSet], index: [String: Int]) {
            let counts = sets.map(\.count)
            let order = codes.indices.sorted { (counts[$0], codes[$1]) > (counts[$1], codes[$0]) }
            var index: [String: Int] = [:]
            for (r, p) in order.enumerated() { index[codes[p]] = r }
            return (order.map { FacetValue(code: codes[$0], count: counts[$0]) }, order.map { sets[$0] }, index)
        }
        (countries, countryBits, countryIndex) = ranked(countryCodes, countrySets)
        (languages, languageBits, languageIndex) = ranked(languageCodes, languageSets)
        entityCounts = EntityCounts(summaries: summaries, counts: entityArticleCounts)
    }

    /// The table slot of a code of two ASCII capitals (almost every ISO 3166 code), else nil.
    @inline(__always)
    static func twoLetterSlot(_ code: String) -> Int? {
        let u = code.utf8
        guard u.count == 2 else { return nil }
        let a = Int(u[u.startIndex]) - 65, b = Int(u[u.index(after: u.startIndex)]) - 65
        guard a >= 0, a < 26, b >= 0, b < 26 else { return nil }
        return a * 26 + b
    }

    /// Computes what the catalog computes on first use (the entity counts, the
    /// rows of each entity), so that the sidebar and an entity filter find it
    /// ready. Safe from any thread.
    public func warmUp() {
        _ = entityCounts.value
        entityRows.prepare(summaries)
    }

    /// Indices of the summaries that pass `filters`, in list order.
    /// `readIDs` and `flaggedIDs` matter only for the unread and flagged filters.
    ///
    /// The facets are whole-word bitset operations (OR within a facet, AND
    /// across): no summary is read for them, so a country or language toggle
    /// costs about the same at 100,000 articles whatever it keeps.
    public func apply(_ filters: Filters, readIDs: Set<String> = [], flaggedIDs: Set<String> = []) -> [Int] {
        if filters.isEmpty { return Array(summaries.indices) }
        var keep: RowSet?
        for facet in [Facet.country, .language] where !filters[facet].isEmpty {
            let index = facet == .country ? countryIndex : languageIndex
            let bits = facet == .country ? countryBits : languageBits
            var any = RowSet(count: summaries.count)
            for code in filters[facet] { if let i = index[code] { any.formUnion(bits[i]) } }
            if keep == nil { keep = any } else { keep!.formIntersection(any) }
        }
        if let entity = filters.entity {
            let rows = entityRows.rows(mentioning: entity, in: summaries)
            if keep == nil { keep = rows } else { keep!.formIntersection(rows) }
        }
        let unread = filters.unreadOnly && !readIDs.isEmpty, flagged = filters.flaggedOnly
        var out: [Int] = []
        out.reserveCapacity(keep?.count ?? summaries.count)
        summaries.withUnsafeBufferPointer { all in
            func passes(_ i: Int) -> Bool {
                if unread, readIDs.contains(all[i].id) { return false }
                if flagged, !flaggedIDs.contains(all[i].id) { return false }
                return true
            }
            if let keep {
                keep.forEach { i in if passes(i) { out.append(i) } }
            } else if flagged, flaggedIDs.isEmpty {
                return
            } else {
                for i in all.indices where passes(i) { out.append(i) }
            }
        }
        return out
    }

    /// The summaries that mention entity `name` (canonical), in corpus order:
    /// from the postings (`warmUp`), read as they are (no row set kept per
    /// name: `s` asks for every name of the pinned article, and a set is
    /// 12.5 KB at 100,000 articles); before them, one scan kept for the next time.
    public func rows(mentioning name: String) -> [Int] {
        if let list = entityRows.postings(of: name) { return list.map { Int($0) } }
        var out: [Int] = []
        entityRows.rows(mentioning: name, in: summaries).forEach { out.append($0) }
        return out
    }

    /// The values of `facet`.
    public func values(of facet: Facet) -> [FacetValue] {
        facet == .country ? countries : languages
    }

    /// Per value of `facet` (in `values(of:)` order), how many of `rows`
    /// (distinct summary indices; nil: every summary) carry it: one AND and
    /// population count per word of each value's bitset, no summary read
    /// (179 countries over 100,000 articles: about 280,000 word operations).
    public func facetCounts(_ facet: Facet, within rows: [Int]?) -> [Int] {
        guard let rows else { return values(of: facet).map(\.count) }
        var set = RowSet(count: summaries.count)
        for i in rows { set.insert(i) }
        return facetCounts(facet, within: set)
    }

    func facetCounts(_ facet: Facet, within set: RowSet) -> [Int] {
        (facet == .country ? countryBits : languageBits).map { $0.intersectionCount(set) }
    }

    /// Every summary in `order`, with each one's rank in it; nil for corpus
    /// order (the summaries' own). Sorted on first use, O(n log n), then kept:
    /// the list re-sorts per order change, never per frame or per filter.
    public func ordering(_ order: ListOrder) -> ListOrdering? {
        guard order != .corpus else { return nil }
        return orderings.ordering(order, of: summaries)
    }

    /// The rank of summary `index` in `order` (its index in corpus order).
    func rank(of index: Int, in order: ListOrder) -> Int {
        guard let o = ordering(order) else { return index }
        return Int(o.rank[index])
    }

    /// `rows` (distinct summary indices, in any order) in `order`. A few rows
    /// (an entity's articles) are sorted by rank; many are picked out of the
    /// whole sorted list in one pass.
    public func arrange(_ rows: [Int], in order: ListOrder) -> [Int] {
        guard let o = ordering(order) else {
            return zip(rows, rows.dropFirst()).allSatisfy({ $0 < $1 }) ? rows : rows.sorted()
        }
        if rows.count == summaries.count { return o.rows.map { Int($0) } }
        if rows.count < summaries.count / 16 {
            return o.rank.withUnsafeBufferPointer { rank in rows.sorted { rank[$0] < rank[$1] } }
        }
        var set = RowSet(count: summaries.count)
        for i in rows { set.insert(i) }
        var out: [Int] = []
        out.reserveCapacity(rows.count)
        o.rows.withUnsafeBufferPointer { all in
            for i in all where set.contains(Int(i)) { out.append(Int(i)) }
        }
        return out
    }
}

/// The summaries in one date order (`ListOrder`): `rows` lists them in that
/// order, `rank[i]` is summary `i`'s place in `rows`. Articles without a
/// date (`ArticleSummary.shownDate`) come last, in corpus order; articles of
/// the same day keep corpus order among themselves.
public struct ListOrdering: Sendable {
    public let rows: [Int32]
    public let rank: [Int32]
    /// How many summaries have a date (the first `dated` of `rows`).
    public let dated: Int

    init(_ summaries: [ArticleSummary], newestFirst: Bool) {
        // One integer per dated summary: its day (reversed for newest first)
        // above its index, so a plain sort is stable and compares no string.
        var keyed: [UInt64] = []
        var undated: [Int32] = []
        keyed.reserveCapacity(summaries.count)
        summaries.withUnsafeBufferPointer { all in
            for i in all.indices {
                if let date = all[i].shownDate, let day = ListOrdering.day(date) {
                    let key = UInt64(newestFirst ? 99_999_999 - day : day)
                    keyed.append(key << 32 | UInt64(i))
                } else {
                    undated.append(Int32(i))
                }
            }
        }
        keyed.sort()
        var rows = keyed.map { Int32(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
        rows.append(contentsOf: undated)
        var rank = [Int32](repeating: 0, count: rows.count)
        for (r, i) in rows.enumerated() { rank[Int(i)] = Int32(r) }
        self.rows = rows
        self.rank = rank
        self.dated = keyed.count
    }

    /// `YYYY-MM-DD` as the number YYYYMMDD; nil for any other form (then the
    /// article sorts with the undated ones).
    static func day(_ date: String) -> Int? {
        var n = 0, k = 0
        for b in date.utf8 {
            defer { k += 1 }
            if k == 4 || k == 7 {
                guard b == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard k < 10, b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            n = n * 10 + Int(b - UInt8(ascii: "0"))
        }
        return k == 10 ? n : nil
    }
}

/// The date orders of one catalog, each sorted once on first use.
final class Orderings: @unchecked Sendable {
    private let lock = NSLock()
    private var sorted: [ListOrder: ListOrdering] = [:]

    func ordering(_ order: ListOrder, of summaries: [ArticleSummary]) -> ListOrdering {
        if let known = lock.withLock({ sorted[order] }) { return known }
        let made = ListOrdering(summaries, newestFirst: order == .newestFirst)
        lock.withLock { sorted[order] = made }
        return made
    }
}

/// A set of summary indices `0..<count`, one bit each.
struct RowSet: Sendable {
    private(set) var words: [UInt64]

    init(count: Int) { words = [UInt64](repeating: 0, count: (count + 63) / 64) }

    @inline(__always)
    mutating func insert(_ i: Int) { words[i >> 6] |= 1 << UInt64(i & 63) }

    func contains(_ i: Int) -> Bool { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }

    var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    mutating func formUnion(_ other: RowSet) {
        words.withUnsafeMutableBufferPointer { w in
            other.words.withUnsafeBufferPointer { o in for k in w.indices { w[k] |= o[k] } }
        }
    }

    /// How many members this set and `other` share.
    func intersectionCount(_ other: RowSet) -> Int {
        words.withUnsafeBufferPointer { w in
            other.words.withUnsafeBufferPointer { o in
                var n = 0
                for k in 0..<min(w.count, o.count) { n += (w[k] & o[k]).nonzeroBitCount }
                return n
            }
        }
    }

    mutating func formIntersection(_ other: RowSet) {
        words.withUnsafeMutableBufferPointer { w in
            other.words.withUnsafeBufferPointer { o in for k in w.indices { w[k] &= o[k] } }
        }
    }

    /// Calls `body` with each member, in increasing order.
    func forEach(_ body: (Int) -> Void) {
        words.withUnsafeBufferPointer { w in
            for k in w.indices {
                var word = w[k]
                while word != 0 {
                    body(k << 6 | word.trailingZeroBitCount)
                    word &= word - 1
                }
            }
        }
    }
}

/// The summaries that mention an entity: from the postings `prepare` builds
/// off the key loop (`Catalog.warmUp`, after the first frame), else found by
/// a scan on the first filter by that entity; either way kept (a user goes
/// back and forth between a few entities).
final class EntityRows: @unchecked Sendable {
    private let lock = NSLock()
    private var cache: [String: RowSet] = [:]
    /// Entity name → the summaries that mention it, in order.
    private var postings: [String: [Int32]]?

    /// Builds the postings of every entity: one pass hashing every name of
    /// every summary (tens of ms at 100,000), so do it on another thread.
    func prepare(_ summaries: [ArticleSummary]) {
        guard lock.withLock({ postings == nil }) else { return }
        var built: [String: [Int32]] = [:]
        summaries.withUnsafeBufferPointer { all in
            for i in all.indices {
                let names = all[i].entityNames
                for (k, name) in names.enumerated() where !names[..<k].contains(name) {
                    built[name, default: []].append(Int32(i))
                }
            }
        }
        lock.withLock { if postings == nil { postings = built } }
    }

    /// The summaries that mention `entity`, in order, once `prepare` has built the postings; nil before.
    func postings(of entity: String) -> [Int32]? {
        lock.withLock { postings.map { $0[entity] ?? [] } }
    }

    func rows(mentioning entity: String, in summaries: [ArticleSummary]) -> RowSet {
        let (known, list) = lock.withLock { (cache[entity], postings.map { $0[entity] ?? [] }) }
        if let known { return known }
        var rows = RowSet(count: summaries.count)
        if let list {
            for i in list { rows.insert(Int(i)) }
            lock.withLock { cache[entity] = rows }
            return rows
        }
        // UTF-8 bytes compared, lengths first: `String ==` compares by
        // canonical equivalence, which normalizes a non-ASCII name ("Tô Lâm",
        // "لوكاشينكو") and walks small strings a character at a time: 20 ms
        // over 100,000 summaries. Names are NFC already (the parser and the
        // index store them so), so bytes agree exactly when the names do.
        let wanted = Array(entity.utf8)
        wanted.withUnsafeBufferPointer { w in
            let n = w.count
            summaries.withUnsafeBufferPointer { all in
                for i in all.indices {
                    for name in all[i].entityNames where name.utf8.count == n {
                        let same = name.utf8.withContiguousStorageIfAvailable { b in
                            n == 0 || memcmp(b.baseAddress!, w.baseAddress!, n) == 0
                        } ?? (name == entity)
                        if same {
                            rows.insert(i)
                            break
                        }
                    }
                }
            }
        }
        lock.withLock { cache[entity] = rows }
        return rows
    }
}

/// How many articles mention each entity: the store's counts, else computed
/// once on first use (it hashes every name of every summary: tens of
/// milliseconds at 100,000).
final class EntityCounts: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [String: Int]?
    private let summaries: [ArticleSummary]

    init(summaries: [ArticleSummary], counts: [String: Int]?) {
        self.summaries = summaries
        self.counts = counts
    }

    var value: [String: Int] {
        lock.lock()
        defer { lock.unlock() }
        if let counts { return counts }
        var result: [String: Int] = [:]
        for s in summaries {
            let names = s.entityNames
            for (k, e) in names.enumerated() where !names[..<k].contains(e) { result[e, default: 0] += 1 }
        }
        counts = result
        return result
    }
}

/// The two facets the pickers filter on.
public enum Facet: Sendable, Hashable {
    case country, language
}
