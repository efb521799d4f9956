import Foundation

/// The distinct folded keys of one article, by their `Token.hash`: whether a word occurs in the article at all.
///
/// Most refine rules act only at a token whose key is one of a few cue words ("airport", "oblast", "société", "hợp tác
/// xã"), and most articles hold none of them: yet each rule walked every token (or mention) of every article to learn
/// so, some three hundred walks an article. `NameFinder.articleHas(_:)` answers "does any of these keys occur?" from
/// this table with a probe per cue word (or per article key, whichever list is shorter), so that a rule whose cue words
/// are absent returns at once. Hashes alone are compared: two keys of one hash (a 64-bit collision) only make a rule
/// run that could have been skipped, never skip one that could act, so the rules' output is unchanged.
struct ArticleKeys {
    /// Open addressing over the hashes, 0 an empty slot (a key hashing to 0 sets `hasZero`).
    private var slots: [UInt64]
    private let mask: Int
    private var hasZero = false
    /// The hashes, each once, in the order first seen.
    private(set) var hashes: [UInt64] = []
    /// A 4,096-bit filter of the hashes (`filterPlace`): most cue words of most gates are absent, and a clear bit
    /// turns one down in a multiply, a load and a test, before the table's probe (about half of `containsAny`'s cost).
    private var filter: [UInt64] = Array(repeatElement(0, count: 64))

    /// The keys of `tokens` (every kind: words, numbers, marks), for a text of `wordCount` distinct words.
    init(_ tokens: [Token], wordCount: Int) {
        if let keys = Self.inWordOrder(tokens, wordCount: wordCount) { self = keys; return }
        var capacity = 16
        while capacity < 2 * max(wordCount, 1) { capacity *= 2 }
        slots = Array(repeatElement(0, count: capacity))   // (see `NameFinder.WordFlagCache.init`)
        mask = capacity - 1
        hashes.reserveCapacity(wordCount)
        var seen = Array(repeatElement(false, count: wordCount))
        for k in tokens.indices {
            let w = Int(tokens[k].word)
            if w >= 0 && w < wordCount {
                if seen[w] { continue }
                seen[w] = true
            }
            insert(tokens[k].keyHash)
        }
    }

    private init(slots: [UInt64], mask: Int, hasZero: Bool, hashes: [UInt64], filter: [UInt64]) {
        self.slots = slots
        self.mask = mask
        self.hasZero = hasZero
        self.hashes = hashes
        self.filter = filter
    }

    /// `init(tokens, wordCount:)` for tokens as the tokenizer makes them, whose word indices are numbered in the order
    /// of their first occurrence (a token's word is new exactly when it is the next index): the same table, built
    /// over raw buffers in one pass without a per-word `seen` array (the insertions through the arrays' uniqueness
    /// checks were most of the build). Nil when some token breaks that order (the general build then runs).
    private static func inWordOrder(_ tokens: [Token], wordCount: Int) -> ArticleKeys? {
        var capacity = 16
        while capacity < 2 * max(wordCount, 1) { capacity *= 2 }
        let mask = capacity - 1
        var slots = Array(repeatElement(UInt64(0), count: capacity))
        var filter: [UInt64] = Array(repeatElement(0, count: 64))
        var hasZero = false
        var ordered = true
        let hashes = [UInt64](unsafeUninitializedCapacity: max(wordCount, 1)) { out, stored in
            stored = 0
            var next = 0
            slots.withUnsafeMutableBufferPointer { s in
                filter.withUnsafeMutableBufferPointer { f in
                    tokens.withUnsafeBufferPointer { t in
                        for k in 0..<t.count {
                            let w = Int(t[k].word)
                            if w < next && w >= 0 { continue }
                            guard w == next, w < wordCount else { ordered = false; return }
                            next &+= 1
                            let h = t[k].keyHash
                            let (fw, fb) = filterPlace(h)
                            f[fw] |= fb
                            if h == 0 {
                                if !hasZero { hasZero = true; out[stored] = 0; stored &+= 1 }
                                continue
                            }
                            var i = slot(h) & mask
                            var found = false
                            while s[i] != 0 {
                                if s[i] == h { found = true; break }
                                i = (i &+ 1) & mask
                            }
                            if found { continue }
                            s[i] = h
                            out[stored] = h
                            stored &+= 1
                        }
                    }
                }
            }
        }
        guard ordered else { return nil }
        return ArticleKeys(slots: slots, mask: mask, hasZero: hasZero, hashes: hashes, filter: filter)
    }

    /// The filter's word and bit of hash `h`: the top twelve bits of a multiplicative mix.
    @inline(__always) private static func filterPlace(_ h: UInt64) -> (word: Int, bit: UInt64) {
        let m = h &* 0x9E37_79B9_7F4A_7C15
        return (Int(truncatingIfNeeded: m >> 58), 1 &<< ((m >> 52) & 63))
    }

    @inline(__always) private static func slot(_ h: UInt64) -> Int {
        Int(truncatingIfNeeded: ((h ^ (h >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    private mutating func insert(_ h: UInt64) {
        let (w, b) = Self.filterPlace(h)
        filter[w] |= b
        if h == 0 {
            if !hasZero { hasZero = true; hashes.append(0) }
            return
        }
        slots.withUnsafeMutableBufferPointer { s in
            var i = Self.slot(h) & mask
            while s[i] != 0 {
                if s[i] == h { return }
                i = (i + 1) & mask
            }
            s[i] = h
            hashes.append(h)
        }
    }

    /// Some token's key has hash `h`.
    @inline(__always) func contains(hash h: UInt64) -> Bool {
        if h == 0 { return hasZero }
        return slots.withUnsafeBufferPointer { s in
            var i = Self.slot(h) & mask
            while true {
                let x = s[i]
                if x == h { return true }
                if x == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }

    /// Some key of `set` may occur in the article (false: none does). From the shorter side: the set's hashes
    /// probed here, or the article's probed in the set.
    func containsAny(_ set: KeySet) -> Bool {
        let theirs = set.hashes
        if theirs.count <= hashes.count {
            return filter.withUnsafeBufferPointer { f in
                for h in theirs {
                    let (w, b) = Self.filterPlace(h)
                    if f[w] & b != 0, contains(hash: h) { return true }
                }
                return false
            }
        }
        for h in hashes where set.mayContain(hash: h) { return true }
        return false
    }
}

extension NameFinder {
    /// Some token of the article may have a key of `set` (false: none has). A rule that acts only at (or next to) a
    /// token with one of those keys asks this first and returns when it is false: see `ArticleKeys`.
    @inline(__always) func articleHas(_ set: KeySet) -> Bool { articleKeys.containsAny(set) }

    /// Some token of the article may have the key `key` (a folded key, as `tokens[k].key` is).
    @inline(__always) func articleHasKey(hash: UInt64) -> Bool { articleKeys.contains(hash: hash) }
}
