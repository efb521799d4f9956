import Foundation
import GRDB
import GRDBSQLite

/// Loading the list's summaries at a warm start: the one query whose cost the
/// first frame waits for (100,000 rows at 100,000 articles).
extension IndexedStore {
    /// Rows per chunk handed from the reading thread to the decoding ones.
    static let summaryChunkRows = 4096

    /// Every summary, in list order. One query, stepped through the SQLite C
    /// API directly (GRDB's generic row decoding would cost most of the warm
    /// start), on one connection so the rows come from one snapshot.
    ///
    /// Two stages run at once: this thread steps SQLite and copies each row's
    /// column bytes into a chunk (a `memcpy` per column), and another thread
    /// turns the chunks into `ArticleSummary` values (the strings and lists:
    /// the larger half of the work), each straight into its slot of the
    /// result. Once SQLite is done, this thread decodes the chunks left too.
    /// On two cores the first frame waits for about the longer stage, not the sum.
    ///
    /// Rows are read in rowid order (a plain table scan, half the time of a
    /// walk through the `(file, segment)` index) and put in list order after:
    /// files are indexed in sorted order, so this is usually a check only.
    /// `names`: entity names by `entity_ref` id. Also returns how many
    /// articles mention each (linked) entity name.
    /// `chunkRows`: rows per chunk (tests make it tiny to cross many chunk boundaries).
    /// `rowids`: each summary's row, for search to name its hits without a
    /// query per hit (nil when the rows were not already in list order).
    static func loadSummaries(_ db: Database, names: EntityNameTable, chunkRows: Int = summaryChunkRows)
        throws -> (summaries: [ArticleSummary], entityArticleCounts: [String: Int], rowids: [Int64]?) {
        // The exact count, in the same transaction as the scan (so the same
        // snapshot): `max(rowid)` would be cheaper but grows with every
        // re-indexed file, and the result's storage is allocated up front.
        let capacity = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0
        guard capacity > 0 else { return ([], [:], []) }
        let statement = try db.makeStatement(sql: """
            SELECT coalesce(display_id, article_id), file, segment, title, date, language, source, countries, entity_refs, rowid,
                   dateline_date
            FROM articles ORDER BY rowid
            """)
        let stmt = statement.sqliteStatement
        defer { sqlite3_reset(stmt) }
        var failure: DatabaseError?
        var counts: [Int32] = []
        var rowids: [Int64] = []
        rowids.reserveCapacity(capacity)
        let result = [ArticleSummary](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            let slots = SummarySlots(buffer)
            let queue = SummaryChunkQueue()
            let helperCounts = CountsBox()
            let helper = DispatchGroup()
            DispatchQueue.global(qos: .userInitiated).async(group: helper) {
                var decoder = SummaryDecoder(names: names)
                while let chunk = queue.take() { decoder.decode(chunk, into: slots) }
                helperCounts.set(decoder.counts)
            }
            var chunk = RawSummaryChunk(start: 0)
            var rows = 0
            while true {
                let code = sqlite3_step(stmt)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    failure = DatabaseError(resultCode: ResultCode(rawValue: code),
                                            message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                    break
                }
                guard rows < capacity else { break }  // cannot happen (one snapshot); never write past the buffer
                chunk.append(stmt)
                rowids.append(sqlite3_column_int64(stmt, 9))
                rows += 1
                if chunk.count >= chunkRows {
                    queue.put(chunk)
                    chunk = RawSummaryChunk(start: rows)
                }
            }
            if chunk.count > 0 { queue.put(chunk) }
            queue.finish()
            var decoder = SummaryDecoder(names: names)
            while let chunk = queue.take() { decoder.decode(chunk, into: slots) }
            helper.wait()
            for (i, n) in helperCounts.counts.enumerated() { decoder.counts[i] += n }
            counts = decoder.counts
            initialized = rows
        }
        if let failure { throw failure }
        // The table's own dictionary with the counts as values: `mapValues`
        // keeps its hash layout, so no name is hashed again (100,000 names
        // and more with realistic entities). Names no article mentions are few.
        var entityCounts = names.index.mapValues { Int(counts[Int($0)]) }
        for (i, n) in counts.enumerated() where n == 0 { entityCounts[names.distinct[i]] = nil }
        if isInListOrder(result) { return (result, entityCounts, rowids) }
        var sorted = result
        sorted.sort(by: listOrder)
        return (sorted, entityCounts, nil)
    }
}

/// The entity names of the summaries by `entity_ref` id (linked: the
/// canonical name), each distinct name numbered, so that counting the
/// articles of each entity is an integer increment per mention.
struct EntityNameTable: Sendable {
    /// By ref id; "" for an id no row uses.
    let names: [String]
    /// By ref id: the index in `distinct` of its name; -1 for "".
    let slots: [Int32]
    let distinct: [String]
    /// Distinct name → its index in `distinct` (reused as the counts' keys).
    let index: [String: Int32]
    /// By ref id: the country of the place it names (`PlaceCountries`), as an index into `placeCodes`; -1 for none.
    let placeCountry: [Int16]
    /// The country codes `placeCountry` uses.
    let placeCodes: [String]

    /// `places`: the ref ids of type place (only those can name a country by their place).
    init(names: [String], places: [Int] = [], placeCountries: PlaceCountries = .bundled) {
        self.names = names
        var placeCountry = [Int16](repeating: -1, count: places.isEmpty ? 0 : names.count)
        var placeCodes: [String] = []
        for id in places where id < names.count {
            guard let code = placeCountries.country(of: names[id]) else { continue }
            if let k = placeCodes.firstIndex(of: code) { placeCountry[id] = Int16(k); continue }
            guard placeCodes.count < Int(Int16.max) else { continue }
            placeCountry[id] = Int16(placeCodes.count)
            placeCodes.append(code)
        }
        self.placeCountry = placeCountry
        self.placeCodes = placeCodes
        var index: [String: Int32] = [:]
        // Sized once: growing rehashes every name already in (twice the hashing).
        index.reserveCapacity(names.count)
        var distinct: [String] = []
        slots = names.map { name in
            guard !name.isEmpty else { return -1 }
            if let i = index[name] { return i }
            let i = Int32(distinct.count)
            index[name] = i
            distinct.append(name)
            return i
        }
        self.distinct = distinct
        self.index = index
    }
}

/// The helper thread's entity counts, handed over once it is done.
final class CountsBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: [Int32] = []
    func set(_ counts: [Int32]) { lock.withLock { value = counts } }
    var counts: [Int32] { lock.withLock { value } }
}

/// The result's uninitialized storage, written by several threads at
/// disjoint indices (each chunk's rows), read by none until all are done.
struct SummarySlots: @unchecked Sendable {
    let base: UnsafeMutablePointer<ArticleSummary>?
    init(_ buffer: UnsafeMutableBufferPointer<ArticleSummary>) { base = buffer.baseAddress }
    func initialize(_ index: Int, to value: ArticleSummary) { (base! + index).initialize(to: value) }
}

/// The column bytes of consecutive rows, as SQLite gave them (no string made yet).
struct RawSummaryChunk: Sendable {
    /// Index in the result of the chunk's first row.
    let start: Int
    var bytes: [UInt8] = []
    /// Per row, per text column, the byte length; -1 for NULL.
    var lengths: [Int32] = []
    var segments: [Int] = []
    var count: Int { segments.count }

    /// The text columns of the summaries query (segment, column 2, is an integer).
    /// (rowid, column 9, is read apart; column 10 is `dateline_date`).
    static let textColumns: [Int32] = [0, 1, 3, 4, 5, 6, 7, 8, 10]

    init(start: Int) {
        self.start = start
        bytes.reserveCapacity(IndexedStore.summaryChunkRows * 160)
        lengths.reserveCapacity(IndexedStore.summaryChunkRows * Self.textColumns.count)
        segments.reserveCapacity(IndexedStore.summaryChunkRows)
    }

    mutating func append(_ stmt: OpaquePointer?) {
        for column in Self.textColumns {
            guard let p = sqlite3_column_text(stmt, column) else {
                lengths.append(-1)
                continue
            }
            let n = Int(sqlite3_column_bytes(stmt, column))
            bytes.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
            lengths.append(Int32(n))
        }
        segments.append(Int(sqlite3_column_int64(stmt, 2)))
    }
}

/// Chunks from the reading thread to the decoding ones, in order of arrival.
final class SummaryChunkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var chunks: [RawSummaryChunk] = []
    private var next = 0
    private var finished = false

    func put(_ chunk: RawSummaryChunk) {
        condition.lock()
        chunks.append(chunk)
        condition.signal()
        condition.unlock()
    }

    /// No more chunks will come.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next chunk, waiting for one; nil once all are taken and none will come.
    func take() -> RawSummaryChunk? {
        condition.lock()
        defer { condition.unlock() }
        while next == chunks.count && !finished { condition.wait() }
        guard next < chunks.count else { return nil }
        let chunk = chunks[next]
        chunks[next] = RawSummaryChunk(start: 0)  // drop the bytes once taken
        next += 1
        return chunk
    }
}

/// Turns raw rows into summaries. Most articles share their country list and
/// their entity list with many others: one array per distinct column value,
/// shared by every summary that has it (fewer allocations at start, less
/// memory after). One decoder per thread, each with its own memo.
struct SummaryDecoder {
    let names: EntityNameTable
    var countryLists: [String: [String]] = [:]
    var entityLists: [String: [String]] = [:]
    /// Per distinct entity name, how many of the decoded summaries mention it.
    var counts: [Int32]
    /// The distinct names of the current row (to count each article once).
    private var seen: [Int32] = []
    /// The ref ids `count` kept (one per distinct name).
    private var distinctIDs: [Int] = []

    init(names: EntityNameTable) {
        self.names = names
        counts = [Int32](repeating: 0, count: names.distinct.count)
    }

    mutating func decode(_ chunk: RawSummaryChunk, into slots: SummarySlots) {
        let columns = RawSummaryChunk.textColumns.count
        let names = self.names
        chunk.bytes.withUnsafeBufferPointer { all in
            // Per column of the current row: where its bytes start, and how many (-1: NULL).
            withUnsafeTemporaryAllocation(of: (start: Int, count: Int).self, capacity: columns) { fields in
                var offset = 0
                for row in 0..<chunk.count {
                    for c in 0..<columns {
                        let n = Int(chunk.lengths[row * columns + c])
                        fields[c] = (offset, n)
                        offset += max(0, n)
                    }
                    func bytes(_ c: Int) -> UnsafeBufferPointer<UInt8> {
                        let f = fields[c]
                        return f.count <= 0 ? UnsafeBufferPointer(start: nil, count: 0)
                            : UnsafeBufferPointer(rebasing: all[f.start..<f.start + f.count])
                    }
                    func text(_ c: Int) -> String { String(decoding: bytes(c), as: UTF8.self) }
                    func optionalText(_ c: Int) -> String? { fields[c].count < 0 ? nil : text(c) }
                    let countries = Self.shared(bytes(6), &countryLists) { Self.list($0, separator: 0x20) }
                    let refs = bytes(7)
                    let entities: [String]
                    if refs.count > 0, refs.count <= 15 {
                        // Short lists repeat across articles: one array per distinct value.
                        entities = Self.shared(refs, &entityLists) { Self.entityNames($0, names: names.names) }
                        count(refs)
                    } else {
                        entities = namesCounting(refs)
                    }
                    slots.initialize(chunk.start + row, to: ArticleSummary(
                        id: text(0), file: text(1), segment: chunk.segments[row], title: text(2),
                        date: optionalText(3), language: text(4), source: optionalText(5),
                        countries: countries, entityNames: entities, datelineDate: optionalText(8),
                        placeCountries: names.placeCountry.isEmpty ? [] : placeCountries(refs, besides: countries)))
                }
            }
        }
    }

    /// The countries of the places among the space-separated ref ids that `named` lacks, each once, in order
    /// (`ArticleSummary.placeCountries`). An array look-up per id; a string only for a country found.
    func placeCountries(_ refs: UnsafeBufferPointer<UInt8>, besides named: [String]) -> [String] {
        var found: [String] = []
        let table = names.placeCountry
        var n = 0
        var inNumber = false
        for i in 0...refs.count {
            let byte = i < refs.count ? refs[i] : 0x20
            if byte >= 0x30 && byte <= 0x39 {
                n = (inNumber ? n * 10 : 0) + Int(byte - 0x30)
                inNumber = true
                continue
            }
            if inNumber, n < table.count, table[n] >= 0 {
                let code = names.placeCodes[Int(table[n])]
                if !named.contains(code), !found.contains(code) { found.append(code) }
            }
            inNumber = false
        }
        return found
    }

    /// `entityNames(refs, names:)` and `count(refs)` in one pass, names told
    /// apart by their slot in the table (an integer compare: the same slot
    /// is the same name, as `==` tells them).
    mutating func namesCounting(_ refs: UnsafeBufferPointer<UInt8>) -> [String] {
        count(refs)
        return distinctIDs.map { names.names[$0] }
    }

    /// Counts the article once for each distinct name among its space-separated
    /// ref ids; `distinctIDs` then holds the first id of each, in order.
    mutating func count(_ refs: UnsafeBufferPointer<UInt8>) {
        distinctIDs.removeAll(keepingCapacity: true)
        guard refs.count > 0 else { return }
        seen.removeAll(keepingCapacity: true)
        var n = 0
        var inNumber = false
        for i in 0...refs.count {
            let byte = i < refs.count ? refs[i] : 0x20
            if byte >= 0x30 && byte <= 0x39 {
                n = (inNumber ? n * 10 : 0) + Int(byte - 0x30)
                inNumber = true
                continue
            }
            if inNumber, n < names.slots.count {
                let slot = names.slots[n]
                if slot >= 0, !seen.contains(slot) {
                    seen.append(slot)
                    counts[Int(slot)] += 1
                    distinctIDs.append(n)
                }
            }
            inNumber = false
        }
    }

    /// The list for `bytes`, made once per distinct value.
    static func shared(_ bytes: UnsafeBufferPointer<UInt8>, _ cache: inout [String: [String]],
                _ make: (UnsafeBufferPointer<UInt8>) -> [String]) -> [String] {
        guard bytes.count > 0 else { return [] }
        guard bytes.count <= 15 else { return make(bytes) }  // keys that fit a small string only: no allocation to look up
        let key = String(decoding: bytes, as: UTF8.self)
        if let list = cache[key] { return list }
        let list = make(bytes)
        cache[key] = list
        return list
    }

    static func list(_ b: UnsafeBufferPointer<UInt8>, separator: UInt8) -> [String] {
        var items: [String] = []
        var start = 0
        for i in 0...b.count where i == b.count || b[i] == separator {
            if i > start { items.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)) }
            start = i + 1
        }
        return items
    }

    /// Space-separated ref ids → their (linked) names, each once, in order.
    static func entityNames(_ b: UnsafeBufferPointer<UInt8>, names: [String]) -> [String] {
        var items: [String] = []
        var n = 0
        var inNumber = false
        func emit() {
            guard inNumber, n < names.count else { return }
            let name = names[n]
            if !name.isEmpty, !items.contains(name) { items.append(name) }
        }
        for byte in b {
            if byte >= 0x30 && byte <= 0x39 {
                n = (inNumber ? n * 10 : 0) + Int(byte - 0x30)
                inNumber = true
            } else {
                emit()
                inNumber = false
            }
        }
        emit()
        return items
    }
}
