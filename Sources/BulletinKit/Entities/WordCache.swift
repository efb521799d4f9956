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
/// The tokens of a cached word read its entry here (`words`), not a copy per article (copying and
/// destroying each word's strings per article was a twentieth of an extraction): the lazily filled
/// per-word fields of `TokenWords.Entry` (`exact`, `arabicFlags`) are written here by the finder
/// that asks them, as both are functions of the word alone.
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
        var keyLength: UInt8
    }
    static let maxWords = 32_768
    static let maxBytes = 1 << 20

    /// A slot holds the word's index and the high half of its hash: one read rejects an empty
    /// slot or (nearly always) another word, before the word's range and bytes are read.
    fileprivate struct Slot {
        var hash: UInt32
        var index: Int32
    }
    /// Where a cached word's bytes are in `pool`, and its token kind.
    fileprivate struct Range {
        var start: Int32
        var count: Int32
        var kind: Token.Kind
    }
    /// Twice `maxWords` slots: the table never grows (it holds at most `maxWords` words).
    private static let slotCount = 2 * maxWords
    /// Fixed-size buffers, allocated once (pages never written stay unmapped): the look-up runs for
    /// every word of every article, and reading Swift arrays stored in a class retained and
    /// released one and checked bounds on each; four arrays were four cache misses a look-up.
    private let slots: UnsafeMutablePointer<Slot>
    private let ranges: UnsafeMutablePointer<Range>
    /// The cached words' bytes, one after another (`poolCount` used).
    private let pool: UnsafeMutablePointer<UInt8>
    private static let poolCapacity = maxBytes + 4096
    @exclusivity(unchecked) private var poolCount = 0
    /// The words' strings and derived data, by cache index: the `TokenWords` that the tokens of a
    /// cached word refer to (their `entry` indexes it).
    let words = TokenWords()
    /// The words' `Info`, by cache index (`words.entries.count` of them): raw storage like the
    /// ranges, so that reading one (once per new word of every article) retains no array.
    private let infos: UnsafeMutablePointer<Info>

    /// The `Info` of cached word `c` (below `words.entries.count`).
    @inline(__always) func info(_ c: Int) -> Info { infos[c] }

    /// Per cached word: the last text that used it (its `beginText` generation) and the word's
    /// index among that text's distinct words. With it the tokenizer finds a word's index in the
    /// text by the one cache probe that finds its strings: a table of the text's own words was a
    /// second probe (and an insertion) for each first occurrence, and an allocation per text.
    fileprivate struct TextMark {
        var generation: UInt32
        var word: Int32
    }
    private let textMarks: UnsafeMutablePointer<TextMark>
    /// The generation of the text being tokenized (0: none yet; marks of generation 0 mean nothing).
    @exclusivity(unchecked) private var generation: UInt32 = 0

    /// Starts a text: returns its generation, which no mark holds yet (they are all forgotten on the
    /// rare wrap-around of the counter).
    func beginText() -> UInt32 {
        generation &+= 1
        if generation == 0 {
            textMarks.update(repeating: TextMark(generation: 0, word: -1), count: Self.maxWords)
            generation = 1
        }
        return generation
    }

    /// The index in the text of generation `generation` of cached word `c`, or -1 if the text has not used it yet.
    @inline(__always) func wordIndex(_ c: Int, generation: UInt32) -> Int32 {
        let m = textMarks[c]
        return m.generation == generation ? m.word : -1
    }

    /// Records `word` as cached word `c`'s index in the text of generation `generation`.
    @inline(__always) func setWordIndex(_ c: Int, _ word: Int32, generation: UInt32) {
        textMarks[c] = TextMark(generation: generation, word: word)
    }

    /// The tokenizer's buffers for a text's decoded scalars and their byte offsets (see `decodeBuffers`),
    /// `decodeCapacity` scalars (and one more offset); allocated on first use, grown for a longer text.
    @exclusivity(unchecked) private var decodeScalars: UnsafeMutablePointer<Unicode.Scalar>?
    @exclusivity(unchecked) private var decodeOffsets: UnsafeMutablePointer<Int>?
    @exclusivity(unchecked) private var decodeCapacity = 0
    /// Texts of more bytes get buffers of their own: a cache keeps at most twelve bytes a byte of this.
    static let maxDecodeBytes = 1 << 18

    /// The token array of the last text tokenized with this cache, given back by the extractor once done with it
    /// (`keepTokens`): the next text's tokens are written into its buffer (`takeTokens`), over its old tokens, where each
    /// text allocated an array of a few thousand tokens, a large allocation (and a large free) per article. (spd32)
    @exclusivity(unchecked) private var spareTokens: [Token] = []
    /// Larger token arrays are not kept (about 56 bytes a token).
    static let maxSpareTokens = 1 << 15

    /// Keeps `tokens`' buffer for the next text (its tokens, never read again, are dropped by `takeTokens`). Given while
    /// the finder still holds them: by then the finder is gone, and the buffer is this cache's alone.
    func keepTokens(_ tokens: [Token]) {
        if tokens.capacity <= Self.maxSpareTokens { spareTokens = tokens }
    }

    /// The kept token array, its old tokens left in it (an empty array if none): the tokenizer overwrites them
    /// (their words may be gone: they are never read) and drops those left over.
    func takeTokens() -> [Token] {
        var tokens: [Token] = []
        swap(&tokens, &spareTokens)
        return tokens
    }

    /// Room for the scalars (`count`) and byte offsets (`count + 1`) of a text of `count` UTF-8 bytes, reused
    /// by every text this cache tokenizes: valid until the next call. Nil for a text over `maxDecodeBytes`.
    func decodeBuffers(capacity count: Int) -> (scalars: UnsafeMutablePointer<Unicode.Scalar>, offsets: UnsafeMutablePointer<Int>)? {
        guard count <= Self.maxDecodeBytes else { return nil }
        if count > decodeCapacity || decodeScalars == nil {
            decodeScalars?.deallocate()
            decodeOffsets?.deallocate()
            // (At least 16 KB: most texts are shorter, and a few growths reach the longest.)
            decodeCapacity = max(count, 1 << 14)
            decodeScalars = .allocate(capacity: decodeCapacity)
            decodeOffsets = .allocate(capacity: decodeCapacity + 1)
        }
        return (decodeScalars.unsafelyUnwrapped, decodeOffsets.unsafelyUnwrapped)
    }

    init() {
        slots = .allocate(capacity: Self.slotCount)
        slots.initialize(repeating: Slot(hash: 0, index: -1), count: Self.slotCount)
        ranges = .allocate(capacity: Self.maxWords)
        pool = .allocate(capacity: Self.poolCapacity)
        words.entries.reserveCapacity(Self.maxWords)
        infos = .allocate(capacity: Self.maxWords)
        textMarks = .allocate(capacity: Self.maxWords)
        textMarks.initialize(repeating: TextMark(generation: 0, word: -1), count: Self.maxWords)
    }

    deinit {
        slots.deallocate()
        ranges.deallocate()
        infos.deallocate()
        textMarks.deallocate()
        pool.deallocate()
        decodeScalars?.deallocate()
        decodeOffsets?.deallocate()
    }

    var isFull: Bool { words.entries.count >= Self.maxWords || poolCount >= Self.maxBytes }

    /// Forgets every word (keeps the storage).
    func removeAll() {
        slots.update(repeating: Slot(hash: 0, index: -1), count: Self.slotCount)
        poolCount = 0
        words.entries.removeAll(keepingCapacity: true)
    }

    @inline(__always) private static func slot(_ h: UInt64) -> Int {
        Int(truncatingIfNeeded: ((h ^ (h >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 20) & (slotCount - 1)
    }

    /// The cache's look-ups over its fixed buffers, for the tokenizer's loop: a value of raw pointers, read
    /// without the class (the buffers are allocated once and never move), its methods inlined where they
    /// are called (the cache's own, called through `Unmanaged`'s closure, were not, in the large loop).
    struct Reader {
        fileprivate let slots: UnsafeMutablePointer<Slot>
        fileprivate let ranges: UnsafeMutablePointer<Range>
        fileprivate let pool: UnsafeMutablePointer<UInt8>
        fileprivate let infos: UnsafeMutablePointer<Info>
        fileprivate let textMarks: UnsafeMutablePointer<TextMark>

        /// `WordCache.find`.
        @inline(__always) func find(_ hash: UInt64, _ base: UnsafePointer<UInt8>, _ count: Int, _ kind: Token.Kind) -> Int {
            WordCache.find(hash, base, count, kind, slots: slots, ranges: ranges, pool: pool)
        }
        /// `WordCache.info`.
        @inline(__always) func info(_ c: Int) -> Info { infos[c] }
        /// `WordCache.wordIndex`.
        @inline(__always) func wordIndex(_ c: Int, generation: UInt32) -> Int32 {
            let m = textMarks[c]
            return m.generation == generation ? m.word : -1
        }
        /// `WordCache.setWordIndex`.
        @inline(__always) func setWordIndex(_ c: Int, _ word: Int32, generation: UInt32) {
            textMarks[c] = TextMark(generation: generation, word: word)
        }
    }
    var reader: Reader { Reader(slots: slots, ranges: ranges, pool: pool, infos: infos, textMarks: textMarks) }

    /// The cache index of the word of `count` bytes at `base` with kind `kind` and table hash
    /// `hash` (`Tokenizer.WordTable`'s hash of those bytes and kind), or -1.
    func find(_ hash: UInt64, _ base: UnsafePointer<UInt8>, _ count: Int, _ kind: Token.Kind) -> Int {
        Self.find(hash, base, count, kind, slots: slots, ranges: ranges, pool: pool)
    }

    @inline(__always) private static func find(_ hash: UInt64, _ base: UnsafePointer<UInt8>, _ count: Int, _ kind: Token.Kind,
                                               slots: UnsafeMutablePointer<Slot>, ranges: UnsafeMutablePointer<Range>,
                                               pool: UnsafeMutablePointer<UInt8>) -> Int {
        let high = UInt32(truncatingIfNeeded: hash >> 32)
        var i = Self.slot(hash)
        while true {
            let s = slots[i]
            if s.index < 0 { return -1 }
            if s.hash == high {
                let e = Int(s.index)
                let r = ranges[e]
                if r.kind == kind, Int(r.count) == count, Self.bytesEqual(pool + Int(r.start), base, count) { return e }
            }
            i = (i + 1) & (Self.slotCount - 1)
        }
    }

    /// `memcmp(x, y, n) == 0`, inline: a word is a few bytes, compared by at most a few loads (the
    /// call to `memcmp` was a fifth of a look-up). Loads overlap rather than step byte by byte.
    @inline(__always) static func bytesEqual(_ x: UnsafePointer<UInt8>, _ y: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        @inline(__always) func load<T: FixedWidthInteger>(_ p: UnsafePointer<UInt8>, _ at: Int, _: T.Type) -> T {
            UnsafeRawPointer(p + at).loadUnaligned(as: T.self)
        }
        if n >= 8 {
            var p = 0
            while p &+ 8 < n {
                if load(x, p, UInt64.self) != load(y, p, UInt64.self) { return false }
                p &+= 8
            }
            return load(x, n &- 8, UInt64.self) == load(y, n &- 8, UInt64.self)
        }
        if n >= 4 {
            return load(x, 0, UInt32.self) == load(y, 0, UInt32.self) && load(x, n &- 4, UInt32.self) == load(y, n &- 4, UInt32.self)
        }
        if n >= 2 { return load(x, 0, UInt16.self) == load(y, 0, UInt16.self) && x[n &- 1] == y[n &- 1] }
        return n == 0 || x[0] == y[0]
    }

    /// Adds a word that `find` did not find; returns its cache index, or -1 when full (or when
    /// its bytes would overflow the pool: a very long token is not kept).
    func insert(_ hash: UInt64, _ base: UnsafePointer<UInt8>, _ count: Int, _ kind: Token.Kind,
                entry: TokenWords.Entry, info wordInfo: Info) -> Int32 {
        guard !isFull, poolCount + count <= Self.poolCapacity else { return -1 }
        let index = words.entries.count
        var i = Self.slot(hash)
        while slots[i].index >= 0 { i = (i + 1) & (Self.slotCount - 1) }
        slots[i] = Slot(hash: UInt32(truncatingIfNeeded: hash >> 32), index: Int32(index))
        ranges[index] = Range(start: Int32(poolCount), count: Int32(count), kind: kind)
        (pool + poolCount).update(from: base, count: count)
        poolCount += count
        words.entries.append(entry)
        (infos + index).initialize(to: wordInfo)
        // (No text has used it: its old mark, of a word forgotten by `removeAll`, is cleared.)
        textMarks[index] = TextMark(generation: 0, word: -1)
        return Int32(index)
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
