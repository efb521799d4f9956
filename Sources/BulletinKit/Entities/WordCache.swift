import Foundation

/// What the tokenizer derives from a word's bytes (its string, folded key, key hash, Arabic
/// stems, capitalization and the lexicon's start marks), remembered across articles.
///
/// A news archive repeats its vocabulary (Zipf): most words of an article were seen in the
/// articles before it, and a short article paid for its words' analysis (a `String` built and
/// folded, stems, start-mark probes) again and again. Everything kept here is a function of the
/// word's bytes and token kind alone (and of the lexicon, which owns the caches), the identity
/// the tokenizer's per-article `WordTable` already relies on, so a cached answer is the one the
/// tokenizer would compute: output never depends on what was extracted before.
///
/// The lazily filled per-word fields of `TokenWords.Entry` (`exact`, `arabicFlags`) are copied
/// back after an extraction (`learn`): both are functions of the word alone.
///
/// Not thread-safe: one extraction uses one cache at a time, checked out of the lexicon's
/// `WordCachePool`. Bounded: once `maxWords` words or `maxBytes` bytes are held, nothing more
/// is added, and the next checkout empties it.
final class WordCache: @unchecked Sendable {
    /// `Tokenizer.WordTable.Word` without the article's word index.
    struct Info {
        var keyHash: UInt64
        var capitalized: Bool
        var allCaps: Bool
        var starts: UInt16
    }
    static let maxWords = 32_768
    static let maxBytes = 1 << 20

    @exclusivity(unchecked) private var slots: [Int32]
    @exclusivity(unchecked) private var mask: Int
    @exclusivity(unchecked) private var hashes: [UInt64] = []
    @exclusivity(unchecked) private var ranges: [(start: Int32, count: Int32, kind: Token.Kind)] = []
    /// The cached words' bytes, one after another.
    @exclusivity(unchecked) private var pool: [UInt8] = []
    /// The words' strings and derived data, by cache index.
    @exclusivity(unchecked) private(set) var entries: [TokenWords.Entry] = []
    @exclusivity(unchecked) private(set) var info: [Info] = []

    /// Sized once for `maxWords` words and `maxBytes` bytes: a cold cache (a few articles, most
    /// words new) paid for regrowing its arrays and rehashing as much as its hits saved. Pages
    /// never written stay unmapped.
    init() {
        slots = [Int32](repeating: -1, count: 2 * Self.maxWords)
        mask = slots.count - 1
        hashes.reserveCapacity(Self.maxWords)
        ranges.reserveCapacity(Self.maxWords)
        entries.reserveCapacity(Self.maxWords)
        info.reserveCapacity(Self.maxWords)
        pool.reserveCapacity(Self.maxBytes + 4096)
    }

    var isFull: Bool { entries.count >= Self.maxWords || pool.count >= Self.maxBytes }

    /// Forgets every word (keeps the storage).
    func removeAll() {
        for i in slots.indices { slots[i] = -1 }
        hashes.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        pool.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        info.removeAll(keepingCapacity: true)
    }

    @inline(__always) private static func slot(_ h: UInt64) -> Int {
        Int(truncatingIfNeeded: ((h ^ (h >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    /// The cache index of the word of `count` bytes at `base` with kind `kind` and table hash
    /// `hash` (`Tokenizer.WordTable`'s hash of those bytes and kind), or -1.
    func find(_ hash: UInt64, _ base: UnsafePointer<UInt8>, _ count: Int, _ kind: Token.Kind) -> Int {
        var i = Self.slot(hash) & mask
        return pool.withUnsafeBufferPointer { p -> Int in
            while true {
                let e = Int(slots[i])
                if e < 0 { return -1 }
                let r = ranges[e]
                if hashes[e] == hash, r.kind == kind, Int(r.count) == count,
                   memcmp(p.baseAddress.unsafelyUnwrapped + Int(r.start), base, count) == 0 {
                    return e
                }
                i = (i + 1) & mask
            }
        }
    }

    /// Adds a word that `find` did not find; returns its cache index, or -1 when full.
    func insert(_ hash: UInt64, _ base: UnsafePointer<UInt8>, _ count: Int, _ kind: Token.Kind,
                entry: TokenWords.Entry, info wordInfo: Info) -> Int32 {
        guard !isFull else { return -1 }
        let index = entries.count
        var i = Self.slot(hash) & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = Int32(index)
        hashes.append(hash)
        ranges.append((Int32(pool.count), Int32(count), kind))
        pool.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        entries.append(entry)
        info.append(wordInfo)
        if entries.count * 2 > slots.count { grow() }
        return Int32(index)
    }

    private func grow() {
        let capacity = slots.count * 2
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (e, h) in hashes.enumerated() {
            var i = Self.slot(h) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(e)
        }
    }

    /// Keeps what the finder computed lazily for the words of one article (`TokenWords.cached`
    /// maps them here).
    func learn(_ words: TokenWords) {
        let cached = words.cached
        guard cached.count == words.entries.count else { return }
        for w in cached.indices {
            let c = Int(cached[w])
            guard c >= 0, c < entries.count else { continue }
            if entries[c].exact == nil, let x = words.entries[w].exact { entries[c].exact = x }
            if entries[c].arabicFlags == 0, words.entries[w].arabicFlags != 0 { entries[c].arabicFlags = words.entries[w].arabicFlags }
        }
    }
}

/// The word caches of one lexicon, one per extraction running at a time: checked out for an
/// extraction and back in after it (a lock guards only the list).
final class WordCachePool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [WordCache] = []
    /// More caches than threads extracting at once are dropped.
    static let maxKept = 8

    func checkout() -> WordCache {
        lock.lock()
        let cache = free.popLast()
        lock.unlock()
        guard let cache else { return WordCache() }
        if cache.isFull { cache.removeAll() }
        return cache
    }

    func checkin(_ cache: WordCache) {
        lock.lock()
        if free.count < Self.maxKept { free.append(cache) }
        lock.unlock()
    }
}
