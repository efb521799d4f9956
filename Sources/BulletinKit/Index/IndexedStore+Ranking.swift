import Foundation
import GRDB
import GRDBSQLite

/// Ranking without FTS5's per-query IDF pass.
///
/// FTS5's built-in `bm25` computes, on the first row of every query, each
/// phrase's document frequency by running the phrase as a query of its own
/// over the whole index (`xQueryPhrase`): every match of "trade" (28,000 of
/// 100,000 articles) or, worse, the merged doclist of every term starting
/// with "coop", walked again on every keystroke, before the 2,000 rows the
/// ranking is capped at are scored.
///
/// `bulletin_rank` is the same function (`fts5Bm25Function` of SQLite's
/// `fts5_aux.c`, same arithmetic in the same order, so the same doubles)
/// with two changes that cannot alter a score:
/// - a phrase's IDF is computed only when a ranked row holds the phrase
///   (a phrase absent from a row adds exactly 0 whatever its IDF): the
///   excluded words of `-word` and the entity-name alternatives that no
///   ranked row has are never counted;
/// - document frequencies are kept per index generation (`RankCache`), by
///   phrase, so a phrase counted once (the previous keystroke's words, the
///   last query) is not counted again until the index changes;
/// - each row's length (its tokens in all columns, which bm25 reads from
///   `article_fts_docsize`, a B-tree look-up per ranked row) is kept too,
///   by rowid, once a ranked row has been met: queries rank mostly the same
///   newest rows.
extension IndexedStore {
    /// The name the ranking function is registered under on each connection.
    static let rankFunctionName = "bulletin_rank"

    /// `sqlite3_bind_pointer`'s type tag for the `RankContext` argument.
    static let rankPointerType: StaticString = "bulletin_rank_context"

    /// The ranked statement: the capped matches, newest first, each with its
    /// score (`bulletin_rank`: bm25 with `IndexSchema.bm25Weights`).
    static let rankedSQL = """
        SELECT rowid, \(rankFunctionName)(article_fts, \(IndexSchema.bm25Weights), ?2) FROM article_fts
        WHERE article_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?3
        """

    /// Row IDs and ranks (lower is better) of the best `limit` of the
    /// newest `cap` matches, as `rankedRowIDsBM25` gives them (same rows,
    /// same ranks), without bm25's IDF pass over every match of each phrase.
    ///
    /// `cache` keeps document frequencies and row lengths across queries
    /// (nil: counted for this query only, still only for the phrases the
    /// ranked rows hold), for the index `generation` (`listGeneration`, read
    /// here when nil) in the caller's transaction.
    ///
    /// `accept`: a check of a match (`DiacriticFilter`), made after ranking,
    /// best first, until `limit` matches pass: the newest `cap` matches are
    /// ranked as without it, and only as many are read as the answer needs
    /// (checking the newest matches first cost 45–65 ms of CPU at p99 over
    /// 100,000 articles, against a 16 ms target; at most `filterExamineCap`).
    static func rankedRowIDs(match: String, limit: Int, cap: Int = rankingCap, cache: RankCache? = nil,
                             generation: [UInt8]? = nil, accept: ((Int64) throws -> Bool)? = nil,
                             _ db: Database) throws -> [(rowid: Int64, rank: Double)] {
        var cut: Int?
        return try rankedRowIDs(match: match, limit: limit, cap: cap, cache: cache, generation: generation, accept: accept,
                                examineCap: filterExamineCap, cut: &cut, db)
    }

    /// The same, with `examineCap` matches checked by `accept` at most; `cut` is set to how many matches were
    /// checked when the answer holds fewer than `limit` and more might have passed: the check stopped at
    /// `examineCap`, or every ranked match was checked but `cap` left older matches unranked.
    static func rankedRowIDs(match: String, limit: Int, cap: Int, cache: RankCache? = nil,
                             generation: [UInt8]? = nil, accept: ((Int64) throws -> Bool)?, examineCap: Int,
                             cut: inout Int?, _ db: Database) throws -> [(rowid: Int64, rank: Double)] {
        cut = nil
        let statement = try rankStatement(db)
        let stmt = statement.sqliteStatement
        let context = RankContext(phrases: RankPhrases.parse(match))
        var checkedOut: RankCache.Checkout?
        if let cache {
            let generation = try generation ?? listGeneration(db)
            var checkout = cache.begin(context.phrases?.map(\.key) ?? [], generation: generation)
            context.known = context.phrases == nil ? [] : checkout.known
            context.useLengths = checkout.lengths != nil
            context.lengths = checkout.lengths ?? []
            checkout.lengths = nil  // the context's copy is then the only one: written in place, not copied
            checkedOut = checkout
        }
        // Back into the cache whatever happens (the row lengths are checked out by one query at a time).
        defer {
            if let cache, let checkout = checkedOut {
                let counted = context.phrases.map { phrases in context.counted.map { (phrases[$0.key].key, $0.value) } } ?? []
                cache.end(counted, lengths: context.useLengths ? context.lengths : nil, generation: checkout.generation)
            }
        }
        sqlite3_reset(stmt)
        sqlite3_clear_bindings(stmt)
        // The context outlives the statement's use of it: bindings are cleared before it is released.
        defer {
            sqlite3_reset(stmt)
            sqlite3_clear_bindings(stmt)
        }
        var scored: [(rowid: Int64, rank: Double)] = []
        scored.reserveCapacity(min(cap, 4096))
        try withExtendedLifetime(context) {
            let pointer = Unmanaged.passUnretained(context).toOpaque()
            var code = match.withCString { sqlite3_bind_text(stmt, 1, $0, -1, IndexedStore.transient) }
            if code == SQLITE_OK {
                code = rankPointerType.withUTF8Buffer { tag in
                    tag.baseAddress!.withMemoryRebound(to: CChar.self, capacity: tag.count) {
                        // The tag must outlive the binding: a StaticString's storage is static.
                        sqlite3_bind_pointer(stmt, 2, pointer, $0, nil)
                    }
                }
            }
            if code == SQLITE_OK { code = sqlite3_bind_int64(stmt, 3, Int64(cap)) }
            guard code == SQLITE_OK else { throw sqliteError(code, db) }
            while true {
                let code = sqlite3_step(stmt)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else { throw sqliteError(code, db) }
                let rowid = sqlite3_column_int64(stmt, 0)
                scored.append((rowid, sqlite3_column_double(stmt, 1)))
                if scored.count >= cap { break }
            }
        }
        guard let accept else { return best(scored, limit: limit) }
        // Best first, each checked, until `limit` pass (or `examineCap` were read).
        var passed: [(rowid: Int64, rank: Double)] = []
        var examined = 0
        // Bounded by the matches: a caller may ask for every match (`limit` of `Int.max`).
        var window = min(max(min(limit, scored.count) * 2, 64), max(scored.count, 1))
        var ranked = best(scored, limit: window)
        var next = 0
        while passed.count < limit, examined < examineCap {
            if next == ranked.count {
                guard ranked.count < scored.count else { break }
                window = min(window * 4, scored.count)
                ranked = best(scored, limit: window)
            }
            let row = ranked[next]
            next += 1
            examined += 1
            if try accept(row.rowid) { passed.append(row) }
        }
        if passed.count < limit, examined < scored.count || scored.count >= cap { cut = examined }
        return passed
    }

    /// How many of the ranked matches a query with words typed with diacritics
    /// checks at most (each against the article's text), best first.
    /// (2,000 cost the TUI's search of 1,000 IDs 29 ms of CPU and 85 ms of wall at p99 over 100,000 articles.)
    static let filterExamineCap = 300

    /// FTS5's own ranking, as search did before `bulletin_rank`: the reference
    /// the tests compare `rankedRowIDs` with.
    static func rankedRowIDsBM25(match: String, limit: Int, cap: Int = rankingCap, _ db: Database) throws -> [(rowid: Int64, rank: Double)] {
        let statement = try db.cachedStatement(sql: """
            SELECT rowid, bm25(article_fts, \(IndexSchema.bm25Weights)) FROM article_fts
            WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT ?
            """)
        try statement.setArguments([match, cap])
        let stmt = statement.sqliteStatement
        defer { sqlite3_reset(stmt) }
        var scored: [(rowid: Int64, rank: Double)] = []
        while true {
            let code = sqlite3_step(stmt)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw sqliteError(code, db) }
            scored.append((sqlite3_column_int64(stmt, 0), sqlite3_column_double(stmt, 1)))
        }
        return best(scored, limit: limit)
    }

    static func sqliteError(_ code: Int32, _ db: Database) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }

    /// The ranked statement, with `bulletin_rank` registered on this
    /// connection the first time (preparing fails with "no such function").
    static func rankStatement(_ db: Database) throws -> Statement {
        if let statement = try? db.cachedStatement(sql: rankedSQL) { return statement }
        try registerRankFunction(db)
        return try db.cachedStatement(sql: rankedSQL)
    }

    /// Registers `bulletin_rank` on `db` through the `fts5_api` (`SELECT fts5(?1)`).
    static func registerRankFunction(_ db: Database) throws {
        let api = try fts5API(db)
        guard let create = api.pointee.xCreateFunction else {
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: "FTS5 is not available")
        }
        let code = IndexedStore.rankFunctionName.withCString { create(api, $0, nil, bulletinRank, nil) }
        guard code == SQLITE_OK else { throw sqliteError(code, db) }
    }

    /// The connection's `fts5_api`, which custom FTS5 functions and tokenizers
    /// are registered through: SQLite hands it out only as a pointer bound to
    /// `SELECT fts5(?1)` under the tag "fts5_api_ptr".
    static func fts5API(_ db: Database) throws -> UnsafeMutablePointer<fts5_api> {
        var api: UnsafeMutablePointer<fts5_api>?
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v2(db.sqliteConnection, "SELECT fts5(?1)", -1, &stmt, nil) == SQLITE_OK else {
            throw sqliteError(sqlite3_errcode(db.sqliteConnection), db)
        }
        defer { sqlite3_finalize(stmt) }
        let tag: StaticString = "fts5_api_ptr"
        withUnsafeMutablePointer(to: &api) { slot in
            tag.withUTF8Buffer { t in
                t.baseAddress!.withMemoryRebound(to: CChar.self, capacity: t.count) {
                    _ = sqlite3_bind_pointer(stmt, 1, slot, $0, nil)
                }
            }
            _ = sqlite3_step(stmt)
        }
        guard let api else { throw DatabaseError(resultCode: .SQLITE_ERROR, message: "FTS5 is not available") }
        return api
    }

    /// What identifies the FTS index's content: its structure record (the
    /// segments, rewritten by every write and merge) and its averages record
    /// (row count and token totals). Document frequencies counted under one
    /// generation hold until it changes.
    static func indexGeneration(_ db: Database) throws -> [UInt8] {
        let statement = try db.cachedStatement(sql: "SELECT block FROM article_fts_data WHERE id IN (1, 10) ORDER BY id")
        let stmt = statement.sqliteStatement
        sqlite3_reset(stmt)
        defer { sqlite3_reset(stmt) }
        var key: [UInt8] = []
        while true {
            let code = sqlite3_step(stmt)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw sqliteError(code, db) }
            let n = Int(sqlite3_column_bytes(stmt, 0))
            if n > 0, let p = sqlite3_column_blob(stmt, 0) {
                key += UnsafeRawBufferPointer(start: p, count: n)
            }
            key.append(0xFF)  // between the two records
        }
        return key
    }
}

/// The phrases of a MATCH expression as `SearchQuery.matchExpression`
/// writes it (quoted strings, `*`, `names :`, AND, OR, NOT, parentheses),
/// in FTS5's phrase order (left to right), each with a key naming what it
/// matches (column, text, prefix) and its token count under the `ascii`
/// tokenizer: `bulletin_rank` trusts a cached count only when FTS5's own
/// phrases agree in number and sizes.
struct RankPhrases: Sendable {
    struct Phrase: Sendable, Hashable {
        var key: String
        var tokens: Int
    }

    /// nil when the expression has anything else (then nothing is cached).
    static func parse(_ match: String) -> [Phrase]? {
        let s = Array(match.utf8)
        var phrases: [Phrase] = []
        var column = ""
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == 0x20 || c == 0x28 || c == 0x29 {  // space ( )
                i += 1
            } else if c == 0x22 {  // "
                var literal: [UInt8] = []
                i += 1
                var closed = false
                while i < s.count {
                    if s[i] == 0x22 {
                        if i + 1 < s.count, s[i + 1] == 0x22 {
                            literal.append(0x22)
                            i += 2
                            continue
                        }
                        closed = true
                        i += 1
                        break
                    }
                    literal.append(s[i])
                    i += 1
                }
                guard closed else { return nil }
                var prefix = false
                if i < s.count, s[i] == 0x2A { prefix = true; i += 1 }
                let text = String(decoding: literal, as: UTF8.self)
                phrases.append(Phrase(key: column + "\u{1F}" + text + (prefix ? "*" : ""), tokens: asciiTokenCount(literal)))
                column = ""
            } else if isBareword(c) {
                var j = i
                while j < s.count, isBareword(s[j]) { j += 1 }
                let word = String(decoding: s[i..<j], as: UTF8.self)
                i = j
                switch word {
                case "AND", "OR", "NOT": break
                case "title", "body", "names":
                    while i < s.count, s[i] == 0x20 { i += 1 }
                    guard i < s.count, s[i] == 0x3A, column.isEmpty else { return nil }  // :
                    i += 1
                    column = word
                default: return nil
                }
            } else {
                return nil
            }
        }
        return column.isEmpty ? phrases : nil
    }

    private static func isBareword(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A)
    }

    /// Tokens of `text` as FTS5's `ascii` tokenizer cuts it: runs of ASCII
    /// letters and digits and of non-ASCII bytes.
    static func asciiTokenCount(_ text: [UInt8]) -> Int {
        var n = 0
        var inToken = false
        for b in text {
            let lower: UInt8 = b | 0x20
            let isDigit = b >= 0x30 && b <= 0x39
            let isLetter = lower >= 0x61 && lower <= 0x7A
            let isToken = b >= 0x80 || isDigit || isLetter
            if isToken && !inToken { n += 1 }
            inToken = isToken
        }
        return n
    }
}

/// What ranking learns about one index generation, shared by the searches
/// of one store (any thread): document frequencies by phrase key, and row
/// lengths by rowid (lent to one query at a time: a second query running at
/// the same time reads the lengths from the index, as bm25 does).
final class RankCache: @unchecked Sendable {
    private struct State {
        var generation: [UInt8] = []
        var hits: [String: Int64] = [:]
        var counted = 0
        /// Tokens per row, by rowid; -1: not met yet.
        var lengths: [Int32] = []
        var lengthsLent = false
    }

    /// What a query starts with.
    struct Checkout {
        var generation: [UInt8]
        var known: [Int64?]
        /// nil when another query has them.
        var lengths: [Int32]?
    }

    /// Phrases kept at most; past it the counts start over (a session types far fewer).
    static let capacity = 4096

    private let lock = NSLock()
    private var state = State()  // under `lock`

    func begin(_ keys: [String], generation: [UInt8]) -> Checkout {
        lock.withLock {
            if state.generation != generation {
                let lent = state.lengthsLent
                state = State(generation: generation)
                state.lengthsLent = lent
            }
            let known = keys.map { state.hits[$0] }
            guard !state.lengthsLent else { return Checkout(generation: generation, known: known, lengths: nil) }
            state.lengthsLent = true
            let lengths = state.lengths
            state.lengths = []  // the query holds the only reference: no copy when it writes
            return Checkout(generation: generation, known: known, lengths: lengths)
        }
    }

    /// A query's counts and (when it had them) the row lengths, back.
    func end(_ counted: [(String, Int64)], lengths: [Int32]?, generation: [UInt8]) {
        lock.withLock {
            if lengths != nil { state.lengthsLent = false }
            guard state.generation == generation else { return }  // the index changed meanwhile: learnt for nothing
            if state.hits.count + counted.count > RankCache.capacity { state.hits = [:] }
            for (key, hits) in counted { state.hits[key] = hits }
            state.counted += counted.count
            if let lengths { state.lengths = lengths }
        }
    }

    func removeAll() {
        lock.withLock {
            let lent = state.lengthsLent
            state = State()
            state.lengthsLent = lent
        }
    }

    /// How many phrase counts were stored since the generation last changed (for tests).
    var countedPhrases: Int { lock.withLock { state.counted } }

    /// How many row lengths are kept (for tests).
    var knownLengths: Int { lock.withLock { state.lengths.lazy.filter { $0 >= 0 }.count } }
}

/// One ranked query's state, handed to `bulletin_rank` as a bound pointer:
/// the known document frequencies and row lengths in, what it had to count out.
final class RankContext {
    let phrases: [RankPhrases.Phrase]?
    /// Cached document frequency per phrase (when `phrases` is known).
    var known: [Int64?] = []
    /// Phrase index → document frequency counted during this query.
    var counted: [Int: Int64] = [:]
    /// Row lengths by rowid (-1: unknown), used and completed when `useLengths`.
    var lengths: [Int32] = []
    var useLengths = false

    // Set on the first row.
    var ready = false
    /// False when FTS5's phrases are not `phrases` (then nothing cached is used or kept).
    var trusted = false
    var nRow: Int64 = 0
    var avgdl = 0.0
    var nPhrase = 0
    /// Per phrase: the IDF (-1 until a row holds the phrase; an IDF is never below 1e-6),
    /// and the current row's weighted frequency. Raw buffers: the function reads and
    /// writes them for every ranked row, without a class property access each time.
    var idf = UnsafeMutablePointer<Double>.allocate(capacity: 1)
    var freq = UnsafeMutablePointer<Double>.allocate(capacity: 1)

    /// Lengths are kept for rowids below this (4 M rows: 16 MB at most).
    static let maxLengthRowid: Int64 = 1 << 22

    init(phrases: [RankPhrases.Phrase]?) {
        self.phrases = phrases
    }

    func prepare(phrases n: Int) {
        idf.deallocate()
        freq.deallocate()
        nPhrase = n
        idf = .allocate(capacity: max(1, n))
        idf.initialize(repeating: -1, count: max(1, n))
        freq = .allocate(capacity: max(1, n))
        freq.initialize(repeating: 0, count: max(1, n))
    }

    deinit {
        idf.deallocate()
        freq.deallocate()
    }
}

/// `xQueryPhrase`'s callback: counts the rows (what bm25's `fts5CountCb` does).
private func countRow(_ api: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ user: UnsafeMutableRawPointer?) -> Int32 {
    user?.assumingMemoryBound(to: Int64.self).pointee += 1
    return SQLITE_OK
}

/// bm25 (SQLite's `fts5Bm25Function`, k1 1.2, b 0.75, the column weights as
/// the first arguments) with the IDFs and row lengths from the `RankContext`
/// bound as the last argument, or counted and read when first needed.
private func bulletinRank(_ apiPointer: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ ctx: OpaquePointer?,
                          _ nVal: Int32, _ values: UnsafeMutablePointer<OpaquePointer?>?) {
    guard let api = apiPointer?.pointee, let values, nVal >= 1,
          let raw = IndexedStore.rankPointerType.withUTF8Buffer({ tag in
              tag.baseAddress!.withMemoryRebound(to: CChar.self, capacity: tag.count) {
                  sqlite3_value_pointer(values[Int(nVal) - 1], $0)
              }
          }) else {
        sqlite3_result_error(ctx, "bulletin_rank: no ranking context", -1)
        return
    }
    let context = Unmanaged<RankContext>.fromOpaque(raw).takeUnretainedValue()
    let weights = Int(nVal) - 1
    let k1 = 1.2
    let b = 0.75
    var rc = SQLITE_OK
    if !context.ready {
        let nPhrase = Int(api.xPhraseCount(fts))
        rc = api.xRowCount(fts, &context.nRow)
        var nToken: Int64 = 0
        if rc == SQLITE_OK { rc = api.xColumnTotalSize(fts, -1, &nToken) }
        if rc == SQLITE_OK { context.avgdl = Double(nToken) / Double(context.nRow) }
        context.prepare(phrases: nPhrase)
        if let phrases = context.phrases, phrases.count == nPhrase, context.known.count == nPhrase {
            context.trusted = (0..<nPhrase).allSatisfy { Int(api.xPhraseSize(fts, Int32($0))) == phrases[$0].tokens }
        }
        context.ready = true
    }
    let nPhrase = context.nPhrase
    let freq = context.freq
    let idfs = context.idf
    freq.update(repeating: 0, count: nPhrase)
    var nInst: Int32 = 0
    if rc == SQLITE_OK { rc = api.xInstCount(fts, &nInst) }
    var i: Int32 = 0
    while rc == SQLITE_OK && i < nInst {
        var ip: Int32 = 0, ic: Int32 = 0, io: Int32 = 0
        rc = api.xInst(fts, i, &ip, &ic, &io)
        if rc == SQLITE_OK {
            let w = weights > Int(ic) ? sqlite3_value_double(values[Int(ic)]) : 1.0
            freq[Int(ip)] += w
        }
        i += 1
    }
    var D = 0.0
    if rc == SQLITE_OK {
        var nTok: Int32 = -1
        let rowid = context.useLengths ? api.xRowid(fts) : -1
        if rowid >= 0 && rowid < RankContext.maxLengthRowid {
            let r = Int(rowid)
            if r < context.lengths.count { nTok = context.lengths[r] }
            if nTok < 0 {
                rc = api.xColumnSize(fts, -1, &nTok)
                if rc == SQLITE_OK {
                    if r >= context.lengths.count {
                        context.lengths += repeatElement(-1, count: max(r + 1 - context.lengths.count, context.lengths.count))
                    }
                    context.lengths[r] = nTok
                }
            }
        } else {
            rc = api.xColumnSize(fts, -1, &nTok)
        }
        D = Double(nTok)
    }
    // A phrase's IDF, the first time a row holds it: cached, or counted as bm25 counts it.
    var p = 0
    while rc == SQLITE_OK && p < nPhrase {
        if freq[p] != 0, idfs[p] < 0 {
            var nHit: Int64 = 0
            if context.trusted, let known = context.known[p] {
                nHit = known
            } else {
                rc = api.xQueryPhrase(fts, Int32(p), &nHit, countRow)
                if rc == SQLITE_OK, context.trusted { context.counted[p] = nHit }
            }
            var idf = log((Double(context.nRow - nHit) + 0.5) / (Double(nHit) + 0.5))
            if idf <= 0.0 { idf = 1e-6 }
            idfs[p] = idf
        }
        p += 1
    }
    guard rc == SQLITE_OK else {
        sqlite3_result_error_code(ctx, rc)
        return
    }
    let avgdl = context.avgdl
    var score = 0.0
    for p in 0..<nPhrase {
        // A phrase absent from the row adds exactly 0 (its IDF times 0 / a positive number).
        let f = freq[p]
        guard f != 0 else { continue }
        score += idfs[p] * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * D / avgdl)))
    }
    sqlite3_result_double(ctx, -1.0 * score)
}
