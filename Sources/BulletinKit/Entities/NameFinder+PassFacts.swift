import Foundation

/// Cheap reads for the refine passes (NameFinder+Holdout*, Leftovers*, Gaps10, KnownGaps, Seeds12 …).
///
/// The pass functions are large, too large for the optimizer to inline `Array.subscript`'s getter into them:
/// there `mentions[i].type` called the getter, which returned a whole copy of the mention (retaining its
/// surface, its words and its box of rare fields) only to read one field and destroy the copy again.
/// These helpers are small, so the getter is inlined into them and they read the one field in place;
/// being `@inline(__always)`, they are then inlined into every pass whatever its size. Reading through
/// them is the same read: the passes' output does not change.
extension NameFinder {
    /// `mentions[i].type`, read in place.
    @inline(__always) func mentionType(_ i: Int) -> EntityType? { mentions[i].type }
    /// `mentions[i].known`, read in place.
    @inline(__always) func mentionKnown(_ i: Int) -> Int? { mentions[i].known }
    /// `mentions[i].start`, read in place.
    @inline(__always) func mentionStart(_ i: Int) -> Int { mentions[i].start }
    /// `mentions[i].end`, read in place.
    @inline(__always) func mentionEnd(_ i: Int) -> Int { mentions[i].end }
    /// `mentions[i].evidence`, read in place.
    @inline(__always) func mentionEvidence(_ i: Int) -> Mention.Evidence { mentions[i].evidence }
    /// `mentions[i].placeContext`, read in place.
    @inline(__always) func mentionPlaceContext(_ i: Int) -> Bool { mentions[i].placeContext }
    /// `mentions[i].parenthesized`, read in place.
    @inline(__always) func mentionParenthesized(_ i: Int) -> Bool { mentions[i].parenthesized }
    /// `mentions[i].words.count`, read in place.
    @inline(__always) func mentionWordCount(_ i: Int) -> Int { mentions[i].words.count }
    /// `mentions[i].surface` (the string alone is retained, not the whole mention).
    @inline(__always) func mentionSurface(_ i: Int) -> String { mentions[i].surface }
    /// `mentions[i].words` (the array alone is retained, not the whole mention).
    @inline(__always) func mentionWords(_ i: Int) -> [String] { mentions[i].words }
    /// `mentions[i].variants` (the array alone is retained, not the whole mention).
    @inline(__always) func mentionVariants(_ i: Int) -> [String] { mentions[i].variants }
}

/// Searches of the mentions that lend each one to the test instead of copying it.
///
/// `mentions.contains(where:)` iterates the array, and the iterator hands the test a copy of every
/// mention it visits (three references retained, then released): in the passes' many "does a
/// mention overlap this span?" tests that copying was most of the cost. The buffer's elements are
/// lent to `test` in place. `test` must not change `mentions` (none of the passes' tests does: they
/// compare offsets and types).
extension NameFinder {
    /// `mentions.contains(where: test)`.
    @inline(__always) func anyMention(where test: (Mention) -> Bool) -> Bool {
        mentions.withUnsafeBufferPointer { b in
            for i in b.indices where test(b[i]) { return true }
            return false
        }
    }

    /// `mentions.firstIndex(where: test)`.
    @inline(__always) func firstMentionIndex(where test: (Mention) -> Bool) -> Int? {
        mentions.withUnsafeBufferPointer { b in
            for i in b.indices where test(b[i]) { return i }
            return nil
        }
    }

    /// `mentions.first(where: test)` (only the mention found is copied: found by `firstMentionIndex`, then read. Returning
    /// the element from inside the search's loop made the large passes copy every mention tested, then destroy the copy.)
    @inline(__always) func firstMention(where test: (Mention) -> Bool) -> Mention? {
        guard let i = firstMentionIndex(where: test) else { return nil }
        return mentions[i]
    }
}

/// Tests of a word against a list of endings or beginnings that look at the word once.
///
/// `endings.contains { PlainText.hasSuffix(key, $0) }` checked that `key` is plain (a scan of all
/// its bytes) again for every ending of the list, and `key.hasSuffix($0)` took the standard
/// library's slow path for every non-ASCII key. These check the word once, then compare bytes;
/// their answers are those of `PlainText.hasSuffix` / `hasPrefix` (and so of `String`'s) for
/// every ending: a word or an ending that is not plain takes `PlainText`'s own path.
extension NameFinder {
    /// `suffixes.contains { PlainText.hasSuffix(s, $0) }` (and `s.hasSuffix($0)`).
    static func hasAnySuffix<S: Sequence<String>>(_ s: String, _ suffixes: S) -> Bool {
        let answer = s.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            guard PlainText.isPlain(b) else { return nil }
            for x in suffixes where plainEnds(b, x) ?? PlainText.hasSuffix(s, x) { return true }
            return false
        } ?? nil
        return answer ?? suffixes.contains { PlainText.hasSuffix(s, $0) }
    }

    /// `prefixes.contains { PlainText.hasPrefix(s, $0) }` (and `s.hasPrefix($0)`).
    static func hasAnyPrefix<S: Sequence<String>>(_ s: String, _ prefixes: S) -> Bool {
        let answer = s.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            guard PlainText.isPlain(b) else { return nil }
            for x in prefixes where plainStarts(b, x) ?? PlainText.hasPrefix(s, x) { return true }
            return false
        } ?? nil
        return answer ?? prefixes.contains { PlainText.hasPrefix(s, $0) }
    }

    /// Whether the plain UTF-8 `b` ends with `x`, or nil when `x` is not plain (or not contiguous).
    @inline(__always) private static func plainEnds(_ b: UnsafeBufferPointer<UInt8>, _ x: String) -> Bool? {
        x.utf8.withContiguousStorageIfAvailable { xb -> Bool? in
            if PlainText.endsDiffer(b, xb) { return false }   // (spd11: most fail at the last letter, before any scan)
            guard PlainText.isPlain(xb) else { return nil }
            guard xb.count <= b.count else { return false }
            let base = b.count - xb.count
            for k in 0..<xb.count where b[base + k] != xb[k] { return false }
            return true
        } ?? nil
    }

    /// Whether the plain UTF-8 `b` starts with `x`, or nil when `x` is not plain (or not contiguous).
    @inline(__always) private static func plainStarts(_ b: UnsafeBufferPointer<UInt8>, _ x: String) -> Bool? {
        x.utf8.withContiguousStorageIfAvailable { xb -> Bool? in
            if PlainText.startsDiffer(b, xb) { return false }   // (spd11: most fail at the first letter, before any scan)
            guard PlainText.isPlain(xb) else { return nil }
            guard xb.count <= b.count else { return false }
            for k in 0..<xb.count where b[k] != xb[k] { return false }
            return true
        } ?? nil
    }
}

/// A list of word endings (or beginnings) for `hasAnySuffix` / `hasAnyPrefix`, read once when it is made: each one's
/// UTF-8 bytes, and whether all of them are plain. The generic tests check every ending plain again (a scan of its bytes)
/// at every word they are asked about; with a list whose endings are all plain, a plain word is compared byte by byte
/// and nothing else. Answers are those of the generic tests over `strings` (a word or a list that is not plain takes them).
struct AffixList: Sendable {
    let strings: [String]
    let bytes: [[UInt8]]
    /// Every string is plain (`PlainText.isPlain`) and not empty.
    let plain: Bool
    /// Bit `b` set when some string ends with the byte `b` (a 256-bit table, as four words).
    let lastBytes: [UInt64]
    /// Bit `b` set when some string starts with the byte `b`.
    let firstBytes: [UInt64]

    init(_ strings: [String]) {
        self.strings = strings
        bytes = strings.map { Array($0.utf8) }
        plain = bytes.allSatisfy { b in !b.isEmpty && b.withUnsafeBufferPointer { PlainText.isPlain($0) } }
        var last = [UInt64](repeating: 0, count: 4), first = [UInt64](repeating: 0, count: 4)
        for b in bytes {
            if let l = b.last { last[Int(l >> 6)] |= 1 << UInt64(l & 63) }
            if let f = b.first { first[Int(f >> 6)] |= 1 << UInt64(f & 63) }
        }
        lastBytes = last
        firstBytes = first
    }
}

extension NameFinder {
    /// `hasAnySuffix(s, list.strings)`.
    static func hasAnySuffix(_ s: String, _ list: AffixList) -> Bool {
        guard list.plain else { return hasAnySuffix(s, list.strings) }
        let answer = s.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            guard let l = b.last else { return false }
            // (For a plain word and plain endings, a suffix is a byte suffix; a word whose last byte ends no string of the
            // list, most of them, is passed over after the scan.)
            guard PlainText.isPlain(b) else { return nil }
            guard list.lastBytes[Int(l >> 6)] & (1 << UInt64(l & 63)) != 0 else { return false }
            let n = b.count
            for x in list.bytes where x.count <= n {
                let base = n - x.count
                var same = true
                for k in 0..<x.count where b[base + k] != x[k] { same = false; break }
                if same { return true }
            }
            return false
        } ?? nil
        return answer ?? hasAnySuffix(s, list.strings)
    }

    /// `hasAnyPrefix(s, list.strings)`.
    static func hasAnyPrefix(_ s: String, _ list: AffixList) -> Bool {
        guard list.plain else { return hasAnyPrefix(s, list.strings) }
        let answer = s.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            guard b.first != nil else { return false }
            guard PlainText.isPlain(b) else { return nil }
            let f = b[0]
            guard list.firstBytes[Int(f >> 6)] & (1 << UInt64(f & 63)) != 0 else { return false }
            let n = b.count
            for x in list.bytes where x.count <= n {
                var same = true
                for k in 0..<x.count where b[k] != x[k] { same = false; break }
                if same { return true }
            }
            return false
        } ?? nil
        return answer ?? hasAnyPrefix(s, list.strings)
    }
}

/// Tests of a token's text against a punctuation mark, on bytes.
///
/// `tokens[k].text == "—"` compared canonically: every non-ASCII text that differs from the mark (a
/// Han run before "，", most of them) took the standard library's normalizing slow path, some three
/// hundred instructions. For the marks these helpers are used with (— – - “ ” « » 、 （ ） ( ) , . " = ،),
/// no other Unicode scalar decomposes to the mark (checked over every scalar: only "·" has one,
/// U+0387, so "·" is not compared here), and a text of several scalars decomposes to several: the
/// text is canonically equal to the mark exactly when its bytes are the mark's.
extension NameFinder {
    /// `tokens[k].text == mark` for a mark listed above (false when `k` is out of range).
    @inline(__always) func textIsMark(_ k: Int, _ mark: String) -> Bool {
        k >= 0 && k < tokenCount && PhraseMatcher.same(tokens[k].text, mark)
    }

    /// `text == mark` for a mark listed above.
    @inline(__always) static func isMark(_ text: String, _ mark: String) -> Bool { PhraseMatcher.same(text, mark) }
}

/// Word lists → bits, probed once by a token's key and key hash: a token loop whose rules each ask
/// "is this word in list X?" asks once which of its lists the word is in (a probe each was four or
/// five probes a token, nearly all of them misses).
///
/// Membership is `KeySet`'s: a key is in a list exactly when its bytes are those of a member (the
/// members are hashed with `Token.hash`, as tokens' `keyHash` are), so `bits(key, hash:) & bit != 0`
/// is `list.contains(key, hash:)` for the list given `bit`.
struct KeyClasses: Sendable {
    private struct Slot {
        var hash: UInt64 = 0
        var bits: UInt32 = 0
        var index: Int32 = -1
    }
    private let slots: [Slot]
    private let keys: [String]
    private let mask: Int
    /// A 1,024-bit filter of the keys' hashes: a key whose bit is clear (nearly every word of an article, the lists
    /// being short) is in no list, told without a probe.
    private let filter: [UInt64]

    /// `lists`: each list with its bits.
    init(_ lists: [(KeySet, UInt32)]) {
        var keys: [String] = []
        var bits: [UInt32] = []
        for (list, b) in lists {
            for k in list.members {
                if let i = keys.firstIndex(where: { PhraseMatcher.same($0, k) }) { bits[i] |= b } else { keys.append(k); bits.append(b) }
            }
        }
        var capacity = 8
        while capacity < keys.count * 2 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        for (i, k) in keys.enumerated() {
            let h = Token.hash(k)
            var s = Self.slot(h) & (capacity - 1)
            while slots[s].index >= 0 { s = (s + 1) & (capacity - 1) }
            slots[s] = Slot(hash: h, bits: bits[i], index: Int32(i))
        }
        self.slots = slots
        self.keys = keys
        mask = capacity - 1
        var filter = [UInt64](repeating: 0, count: 16)
        for k in keys { let h = Token.hash(k); filter[Int(h & 1023) >> 6] |= 1 << (h & 63) }
        self.filter = filter
    }

    @inline(__always) private static func slot(_ h: UInt64) -> Int {
        Int(truncatingIfNeeded: ((h ^ (h >> 32)) &* 0x9E37_79B9_7F4A_7C15) >> 17)
    }

    /// The bits of the lists holding `key` (whose `Token.hash` is `h`), 0 when none does.
    @inline(__always) func bits(_ key: String, hash h: UInt64) -> UInt32 { bits(hash: h) { key } }

    /// `bits(key(), hash: h)`, asking for the key only when a slot holds its hash (a token's key is read, and retained,
    /// only then).
    @inline(__always) func bits(hash h: UInt64, _ key: () -> String) -> UInt32 {
        guard filter[Int(h & 1023) >> 6] & (1 << (h & 63)) != 0 else { return 0 }
        return slots.withUnsafeBufferPointer { s -> UInt32 in
            var i = Self.slot(h) & mask
            while true {
                let slot = s[i]
                if slot.index < 0 { return 0 }
                if slot.hash == h, PhraseMatcher.same(keys[Int(slot.index)], key()) { return slot.bits }
                i = (i + 1) & mask
            }
        }
    }
}

extension NameFinder {
    /// `classes.bits` of token `k`'s key (0 when `k` is out of range).
    @inline(__always) func keyClasses(_ k: Int, _ classes: KeyClasses) -> UInt32 {
        k >= 0 && k < tokenCount ? classes.bits(hash: tokens[k].keyHash) { tokens[k].key } : 0
    }
}

extension NameFinder {
    /// `keyIs(k, key)` given `hash == Token.hash(key)` (computed once, before a loop): a token whose key hash differs,
    /// nearly every one, is passed over by one integer test instead of a string comparison. (`keyHash` is always
    /// `Token.hash(key)`, so equal keys have equal hashes.)
    ///
    /// (spd23: only the bounds and the hash are inlined; the byte comparison, which runs only when the hashes are equal, is
    /// out of line. With it inlined the test was too large to be inlined into the large passes that call it: it was a call
    /// at every word, some 25 instructions for a word that differs.)
    @inline(__always) func keyIs(_ k: Int, _ key: String, hash: UInt64) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].keyHash == hash && keySame(k, key)
    }

    /// `PhraseMatcher.same(tokens[k].key, key)` (for `keyIs(_:_:hash:)`, after the hashes matched).
    @inline(never) func keySame(_ k: Int, _ key: String) -> Bool { PhraseMatcher.same(tokens[k].key, key) }
}

extension NameFinder {
    /// `PlainText.equal(text, word)` (that is `text == word`, canonical equivalence) for a lowercase word whose first letter
    /// is an unaccented ASCII letter or "đ" and whose second is a base letter ("sân", "đèo", "xã", "phường", "huyện", "và",
    /// "tỉnh", "hồ", "trưởng", "hãng", "đoàn", "tập", "thị"): the only scalar whose decomposition can open such a word's is
    /// its first letter itself (checked over every scalar for these words), so a text opening with another byte differs,
    /// decomposed or not, and is passed over without the normalizing comparison a decomposed text took.
    @inline(__always) static func isWord(_ text: String, _ word: String) -> Bool {
        text.utf8.first == word.utf8.first && PlainText.equal(composedText(text), word)
    }

    /// `text`, or a canonically equivalent string that `PlainText` reads on bytes: a decomposed Latin text (Vietnamese in
    /// NFD) composed by `LatinComposer`'s table, whose letters decompose to exactly the sequences they replace. So
    /// `PlainText.equal(composedText(t), w)` is `t == w` and `PlainText.hasSuffix(composedText(t), w)` is `t.hasSuffix(w)`,
    /// and a decomposed text is compared on bytes instead of by the standard library's normalizing slow path (thousands
    /// of instructions a comparison). A text the table cannot compose is returned as it is (its comparisons take that path).
    static func composedText(_ text: String) -> String {
        let plain = text.utf8.withContiguousStorageIfAvailable { PlainText.isPlain($0) } ?? false
        return plain ? text : LatinComposer.shared.compose(text) ?? text
    }
}
