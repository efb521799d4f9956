import Foundation

/// Folding rules shared by every matcher, so that a name in a data file and the
/// same name in an article reduce to the same key.
///
/// - Latin: case and diacritics folded, `đ` → `d` (which `.diacriticInsensitive` leaves alone),
///   typographic apostrophes → `'`.
/// - Cyrillic: lowercased, `ё` → `е`.
/// - Arabic: harakat and tatweel removed, alef forms → `ا`, alef maqsura → `ي`, taa marbuta → `ه`.
/// - Han: left as is.
public enum TextFolding {
    /// The matching key of one token (or any short text).
    public static func key(_ text: Substring) -> String {
        var ascii = true, upper = false
        for u in text.utf8 {
            if u >= 0x80 { ascii = false; break }
            if u >= 0x41 && u <= 0x5A { upper = true }
        }
        if ascii { return upper ? text.lowercased() : String(text) }
        return FoldTable.shared.fold(text) ?? slowKey(String(text))
    }

    public static func key(_ text: String) -> String { key(Substring(text)) }

    /// The folding rules applied to the whole text through Foundation, without the per-scalar
    /// tables of the fast path: the reference that `key` must agree with (tests compare the two).
    public static func referenceKey(_ text: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? text.lowercased() : slowKey(text)
    }

    private static func slowKey(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var needsFolding = false
        for s in text.unicodeScalars {
            switch s.value {
            case 0x064B...0x065F, 0x0670, 0x0640: continue           // harakat, superscript alef, tatweel
            case 0x0622, 0x0623, 0x0625, 0x0671: scalars.append("\u{0627}")  // alef forms
            case 0x0649: scalars.append("\u{064A}")                   // alef maqsura → yeh
            case 0x0629: scalars.append("\u{0647}")                   // taa marbuta → heh
            case 0x2019, 0x2018, 0x02BC, 0x02BB, 0x00B4: scalars.append("'")
            case 0x0111, 0x0110: scalars.append("d")                  // đ Đ
            case 0x0451, 0x0401: scalars.append("\u{0435}")           // ё Ё → е
            case 0x02B9, 0x02BA: continue                             // BGN soft/hard sign marks
            case 0xFF01...0xFF5E:                                     // fullwidth ASCII (ＡＳＥＡＮ, ２０): NFKC's ASCII
                scalars.append(Unicode.Scalar(s.value - 0xFEE0)!)
            default:
                if s.value >= 0x00C0 && s.value < 0x0250 || (0x1E00...0x1EFF).contains(s.value) || (0x0300...0x036F).contains(s.value) {
                    needsFolding = true
                }
                scalars.append(s)
            }
        }
        let cleaned = String(scalars)
        if needsFolding {
            return cleaned.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        }
        return cleaned.lowercased()
    }

    /// Latin skeleton of a name in any script, for cross-script linking:
    /// Cyrillic through BGN, Han through pinyin (tones dropped), then folded.
    /// Arabic script is returned folded but not romanized (ICU's romanization of
    /// Arabic matches no English spelling; the knowledge base links those).
    public static func latinSkeleton(_ text: String) -> String {
        var hasCyrillic = false, hasHan = false
        for s in text.unicodeScalars {
            if (0x0400...0x04FF).contains(s.value) { hasCyrillic = true }
            if isHan(s) { hasHan = true }
        }
        var t = text
        // `applyingTransform` through a transliterator opened once (`Transliteration`).
        if hasCyrillic, let r = Transliteration.applyByWord("Russian-Latin/BGN", to: t) { t = r }
        if hasHan, let r = Transliteration.apply("Han-Latin", to: t) { t = r }
        return key(t)
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x2A6DF).contains(v)
    }

    static func isArabic(_ s: Unicode.Scalar) -> Bool {
        (0x0600...0x06FF).contains(s.value) || (0x0750...0x077F).contains(s.value)
    }

    static func isCyrillic(_ s: Unicode.Scalar) -> Bool { (0x0400...0x052F).contains(s.value) }
}

/// Per-scalar folding tables for the scripts articles mostly use, so that `TextFolding.key`
/// needs neither Foundation's `folding(options:)` nor `lowercased()` for a typical word.
///
/// Each entry is `slowKey` of the scalar alone, in the two modes `slowKey` has: "fold" (the
/// word holds a Latin letter with diacritics, and the whole word is folded for case and
/// diacritics) and "lower" (lowercased only). Folding is per scalar for these scripts once
/// combining marks are excluded: a word with a combining mark, or with any scalar outside
/// the tables, takes the slow path.
/// A class: the tokenizer folds every new word through it, and reading a struct of three
/// arrays from a global retained each of them.
final class FoldTable: Sendable {
    /// Packed UTF-8 output: byte count in the low 8 bits (0xFF: not in the table), bytes above.
    private let fold: [UInt64]
    private let lower: [UInt64]
    /// The scalar is a starter that NFC leaves alone and nothing composes with.
    private let stable: [Bool]
    /// `String(scalar).lowercased()`, packed like `fold` (see `lowercased`).
    private let caseLower: [UInt64]
    static let shared = FoldTable.load()

    /// The resource `bulletin-bench fold-tables` writes from `computed()` (`PrecomputedTable`).
    static let resource = "entity-key-fold.bin"

    /// The tables as the resource holds them, or as the rules compute them when the resource
    /// is missing or not whole (the same tables: tests compare the two).
    static func load() -> FoldTable {
        if let packed = PrecomputedTable.readUInt64(resource, count: 4 * size), let t = FoldTable(packed: packed) { return t }
        return computed()
    }

    /// The tables computed from the rules (`slowKey` of each scalar through Foundation).
    static func computed() -> FoldTable { FoldTable() }

    /// The four tables one after the other (`stable` as 0 or 1), as the resource holds them.
    var packed: [UInt64] { fold + lower + caseLower + stable.map { $0 ? 1 : 0 } }

    private init?(packed: [UInt64]) {
        let n = Self.size
        guard packed.count == 4 * n, packed[(3 * n)...].allSatisfy({ $0 <= 1 }) else { return nil }
        fold = Array(packed[0..<n])
        lower = Array(packed[n..<(2 * n)])
        caseLower = Array(packed[(2 * n)..<(3 * n)])
        stable = packed[(3 * n)...].map { $0 == 1 }
    }

    /// Table index of a scalar, or nil outside the covered blocks.
    @inline(__always) private static func index(_ v: UInt32) -> Int? {
        if v < 0x0250 { return Int(v) }
        if v >= 0x0400 && v < 0x0500 { return 0x0250 + Int(v - 0x0400) }
        if v >= 0x0600 && v < 0x0700 { return 0x0350 + Int(v - 0x0600) }
        if v >= 0x1E00 && v < 0x1F00 { return 0x0450 + Int(v - 0x1E00) }
        if v == 0x2018 || v == 0x2019 { return 0x0550 + Int(v - 0x2018) }
        if v == 0x02B9 || v == 0x02BA || v == 0x02BB || v == 0x02BC { return 0x0552 + Int(v - 0x02B9) }
        return nil
    }
    static let size = 0x0556

    /// Combining accents of decomposed Latin, Vietnamese and Cyrillic text (grave to ogonek):
    /// `slowKey` folds a word holding one for diacritics, which removes it (tests check every
    /// table letter with each of them against `referenceKey`).
    @inline(__always) static func isFoldedMark(_ v: UInt32) -> Bool { v >= 0x0300 && v <= 0x0328 }

    /// Letters after which folding drops those accents (ASCII, Latin-1, Latin Extended-A and B,
    /// Cyrillic, Latin Extended Additional), less the few it keeps them after (Ⱥ Ⱦ ẜ ẝ ẞ ẟ Ỻ–ỿ;
    /// found by the tests, which check every letter of these blocks).
    @inline(__always) static func takesFoldedMarks(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 && v != 0x23A && v != 0x23E }
        if v >= 0x400 && v <= 0x4FF { return v < 0x482 || v > 0x489 }
        return v >= 0x1E00 && v <= 0x1E9B || v >= 0x1EA0 && v <= 0x1EF9
    }

    /// Scalars that make `slowKey` fold the whole word (after its explicit mappings).
    @inline(__always) private static func triggersFolding(_ v: UInt32) -> Bool {
        v != 0x0110 && v != 0x0111 && (v >= 0x00C0 && v < 0x0250 || v >= 0x1E00 && v <= 0x1EFF)
    }

    private init() {
        var fold = [UInt64](repeating: 0xFF, count: Self.size)
        var lower = [UInt64](repeating: 0xFF, count: Self.size)
        var stable = [Bool](repeating: false, count: Self.size)
        var caseLower = [UInt64](repeating: 0xFF, count: Self.size)
        var scalars: [UInt32] = Array(0..<0x0250) + Array(0x0400..<0x0500) + Array(0x0600..<0x0700) + Array(0x1E00..<0x1F00)
        scalars += [0x2018, 0x2019, 0x02B9, 0x02BA, 0x02BB, 0x02BC]
        func pack(_ s: String) -> UInt64 {
            let b = Array(s.utf8)
            guard b.count <= 7 else { return 0xFF }
            var p = UInt64(b.count)
            for (k, x) in b.enumerated() { p |= UInt64(x) << (8 * UInt64(k + 1)) }
            return p
        }
        for v in scalars {
            guard let s = Unicode.Scalar(v), let i = Self.index(v) else { continue }
            caseLower[i] = pack(String(s).lowercased())
            // Marks combine with the letter before them: words holding one take the slow path.
            let props = s.properties
            if props.generalCategory == .nonspacingMark || props.generalCategory == .spacingMark
                || props.generalCategory == .enclosingMark || props.canonicalCombiningClass != .notReordered { continue }
            let text = String(s)
            // A starter that is its own NFC and that no NFC composition takes as its second
            // element (Quick_Check Maybe: Hangul vowels, some Indic marks, none in these blocks).
            stable[i] = text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([s])
            // The same mapping `slowKey` applies, then its two finishing steps.
            let mapped = TextFolding.referenceKey(text + "\u{00E9}")   // any "fold" trigger: fold mode
            let foldEnd = TextFolding.referenceKey("\u{00E9}")
            guard mapped.hasSuffix(foldEnd) else { continue }
            fold[i] = pack(String(mapped.dropLast(foldEnd.count)))
            if !Self.triggersFolding(v) {
                lower[i] = pack(TextFolding.referenceKey(text))
            }
        }
        self.fold = fold
        self.lower = lower
        self.stable = stable
        self.caseLower = caseLower
    }

    /// The text is in NFC for certain: every scalar a table scalar that NFC leaves alone
    /// (false means "maybe not": the caller normalizes).
    /// `orHan`: unified Han ideographs (U+4E00–U+9FFF, U+3400–U+4DBF), which NFC leaves alone
    /// and never composes, count as NFC too.
    func isNFC(_ scalars: String.UnicodeScalarView, orHan: Bool = false) -> Bool {
        // Over the contiguous UTF-8 (valid: a `String`'s), decoded by hand: the scalar iterator cost
        // more than the test itself for the short keys of the grouper, most of them ASCII.
        if let r = String(scalars).utf8.withContiguousStorageIfAvailable({ b -> Bool in
            var p = 0
            let n = b.count
            while p < n {
                let c = UInt32(b[p])
                if c < 0x80 { p += 1; continue }
                let v: UInt32
                if c < 0xE0 { v = (c & 0x1F) << 6 | UInt32(b[p + 1] & 0x3F); p += 2 }
                else if c < 0xF0 { v = (c & 0x0F) << 12 | UInt32(b[p + 1] & 0x3F) << 6 | UInt32(b[p + 2] & 0x3F); p += 3 }
                else { v = (c & 0x07) << 18 | UInt32(b[p + 1] & 0x3F) << 12 | UInt32(b[p + 2] & 0x3F) << 6 | UInt32(b[p + 3] & 0x3F); p += 4 }
                if orHan, v >= 0x3400 && v <= 0x4DBF || v >= 0x4E00 && v <= 0x9FFF { continue }
                guard let i = Self.index(v), stable[i] else { return false }
            }
            return true
        }) { return r }
        for s in scalars {
            let v = s.value
            if v < 0x80 { continue }
            if orHan, v >= 0x3400 && v <= 0x4DBF || v >= 0x4E00 && v <= 0x9FFF { continue }
            guard let i = Self.index(v), stable[i] else { return false }
        }
        return true
    }

    /// `fold` of a token's scalars (as the tokenizer has them).
    func fold(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String? { fold(scalars, atMost: scalars.count) }

    /// The folded key of `text`, or nil when a scalar is outside the tables.
    func fold(_ text: Substring) -> String? { fold(text.unicodeScalars, atMost: text.utf8.count) }

    /// The folded key of `scalars` (at most `n` of them) in one pass: both modes' bytes are
    /// written to a temporary buffer (on the stack for a token) as the scalars are read, and
    /// the mode picks one at the end.
    private func fold<S: Sequence>(_ scalars: S, atMost n: Int) -> String? where S.Element == Unicode.Scalar {
        // Up to 7 bytes a scalar in either mode, and 8 of slack for the whole-word stores.
        let half = 7 * n + 8
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * half) { buf -> String? in
            let foldOut = UnsafeMutableRawPointer(buf.baseAddress.unsafelyUnwrapped)
            let lowerOut = foldOut + half
            var folding = false
            var foldBytes = 0, lowerBytes = 0
            var lowerComplete = true, foldComplete = true
            var markBase = false
            for s in scalars {
                if Self.isFoldedMark(s.value) {
                    guard markBase else { return nil }
                    folding = true
                    continue
                }
                markBase = Self.takesFoldedMarks(s.value)
                guard let i = Self.index(s.value) else { return nil }
                if Self.triggersFolding(s.value) { folding = true }
                let f = fold[i], l = lower[i]
                let fc = Int(f & 0xFF), lc = Int(l & 0xFF)
                if fc == 0xFF { foldComplete = false } else {
                    (foldOut + foldBytes).storeBytes(of: (f >> 8).littleEndian, as: UInt64.self)
                    foldBytes += fc
                }
                if lc == 0xFF { lowerComplete = false } else {
                    (lowerOut + lowerBytes).storeBytes(of: (l >> 8).littleEndian, as: UInt64.self)
                    lowerBytes += lc
                }
            }
            guard folding ? foldComplete : lowerComplete else { return nil }
            let out = folding ? UnsafeBufferPointer(rebasing: buf[0..<foldBytes]) : UnsafeBufferPointer(rebasing: buf[half..<(half + lowerBytes)])
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `text.lowercased()`. The standard library lowercases scalar by scalar, each by its own
    /// lowercase mapping (no context): the table of those mappings gives the same bytes for text
    /// of the covered blocks, without the per-scalar property look-ups. Other text: `lowercased()`.
    func lowercased(_ text: String) -> String {
        var count = 0
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 { count += 1; continue }
            guard let i = Self.index(v), caseLower[i] & 0xFF != 0xFF else { return text.lowercased() }
            count += Int(caseLower[i] & 0xFF)
        }
        return String(unsafeUninitializedCapacity: count) { out in
            var w = 0
            for s in text.unicodeScalars {
                let v = s.value
                if v < 0x80 {
                    out[w] = v >= 0x41 && v <= 0x5A ? UInt8(v | 0x20) : UInt8(v)
                    w += 1
                    continue
                }
                let p = caseLower[Self.index(v).unsafelyUnwrapped]
                let n = Int(p & 0xFF)
                var k = 0
                while k < n { out[w] = UInt8(truncatingIfNeeded: p >> (8 * UInt64(k + 1))); w += 1; k += 1 }
            }
            return w
        }
    }
}

/// Light Arabic stemming: the clitic-stripped forms a token may stand for.
///
/// Korean writes case particles onto the word ("베트남과" with Vietnam, "중국의" of China): a
/// Hangul token that ends in one is also looked up without it, as Arabic tokens are without
/// their clitics. The key comes first, so a name that happens to end like a particle matches
/// as itself; a stem is never shorter than two syllables.
enum HangulParticles {
    /// Two-syllable particles, tried before the one-syllable ones they end with.
    static let long: Set<String> = ["에서", "으로", "에게", "까지", "부터", "과의", "와의", "에는", "에도", "과는",
                                    "와는", "이라", "에서의", "으로의", "께서", "처럼", "보다", "마저", "조차"]
    static let short: Set<Character> = ["은", "는", "이", "가", "을", "를", "과", "와", "의", "에", "도", "만", "로", "서"]

    /// `[key, key without its particle]`, or `[]` when the key is not Hangul or ends in none.
    static func candidates(_ key: String) -> [String] {
        guard let first = key.unicodeScalars.first, isSyllable(first) else { return [] }
        let syllables = Array(key)
        guard syllables.count >= 3, syllables.allSatisfy({ $0.unicodeScalars.count == 1 && isSyllable($0.unicodeScalars.first!) }) else { return [] }
        for n in [3, 2] where syllables.count - n >= 2 && long.contains(String(syllables.suffix(n))) {
            return [key, String(syllables.dropLast(n))]
        }
        if short.contains(syllables[syllables.count - 1]) { return [key, String(syllables.dropLast())] }
        return []
    }

    static func isSyllable(_ s: Unicode.Scalar) -> Bool { s.value >= 0xAC00 && s.value <= 0xD7A3 }
}

/// A token such as "والبيلاروسي" is tried as itself, then without the
/// conjunction (و ف), the preposition (ب ك ل) and the article (ال, or لل for ل+ال).
/// The caller looks each candidate up in turn and keeps the first hit, so a
/// name that merely starts with one of these letters (لوكاشينكو) still matches as itself first.
enum ArabicStemmer {
    private static let alef: Unicode.Scalar = "\u{0627}", lam: Unicode.Scalar = "\u{0644}"

    /// Candidate keys of a folded Arabic token, least stripped first. Never shorter than 2 letters.
    static func candidates(_ key: String) -> [String] {
        // Every rule below starts with a clitic letter (و ف ب ك ل) or alef: most tokens start with neither.
        guard let first = key.unicodeScalars.first, isConjunction(first) || isPreposition(first) || first == alef else { return [key] }
        // The stripped forms are suffixes of the key (or ال + a suffix), cut from its UTF-8 bytes.
        // The rules read only the first four scalars and the scalar count: those are decoded,
        // not the whole key.
        let original = key
        var key = key
        return key.withUTF8 { bytes -> [String] in
            // (SIMD vectors: fixed-size values, no allocation.)
            var head = SIMD4<UInt32>()     // the first (up to) four scalars
            var headOffsets = SIMD8<Int>() // the byte offsets of the first (up to) five
            var headCount = 0
            var count = 0                  // scalars in the key
            var p = 0
            while p < bytes.count {
                let b0 = UInt32(bytes[p])
                let n = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
                if headCount < 5 { headOffsets[headCount] = p }
                if headCount < 4 {
                    var v: UInt32
                    switch n {
                    case 1: v = b0
                    case 2: v = (b0 & 0x1F) << 6 | UInt32(bytes[p + 1] & 0x3F)
                    case 3: v = (b0 & 0x0F) << 12 | UInt32(bytes[p + 1] & 0x3F) << 6 | UInt32(bytes[p + 2] & 0x3F)
                    default: v = (b0 & 0x07) << 18 | UInt32(bytes[p + 1] & 0x3F) << 12 | UInt32(bytes[p + 2] & 0x3F) << 6 | UInt32(bytes[p + 3] & 0x3F)
                    }
                    head[headCount] = v
                }
                headCount += 1
                p += n
                count += 1
            }
            // (The rules below read scalars 0 to 3 and cut at scalars 1 to 4, each only when the key is longer.)
            var out = [original]
            /// Adds the suffix from scalar `q` (after ال if `article`), unless it is too short or already there.
            func add(_ q: Int, article: Bool = false) {
                guard count - q + (article ? 2 : 0) >= 2 else { return }
                var str = String(decoding: UnsafeBufferPointer(rebasing: bytes[headOffsets[q]...]), as: UTF8.self)
                if article { str = "\u{0627}\u{0644}" + str }
                if !out.contains(where: { PhraseMatcher.same($0, str) }) { out.append(str) }
            }
            let s = head
            let alef: UInt32 = 0x0627, lam: UInt32 = 0x0644
            func conj(_ v: UInt32) -> Bool { v == 0x0648 || v == 0x0641 }
            func prep(_ v: UInt32) -> Bool { v == 0x0628 || v == 0x0643 || v == 0x0644 }
            var q = 0   // the form being stripped is s[q...]
            if count - q > 3, conj(s[q]) { q += 1; add(q) }
            if count - q > 3, s[q] == lam, s[q + 1] == lam { // لل = ل + ال
                add(q + 2, article: true); add(q + 2)
            } else {
                if count - q > 3, prep(s[q]), s[q + 1] == alef, s[q + 2] == lam { q += 1; add(q) }
                if count - q > 3, s[q] == alef, s[q + 1] == lam { q += 2; add(q) }
                else if count - q >= 5, prep(s[q]) { add(q + 1) }  // لبيلاروسيا
            }
            return out
        }
    }

    /// و ف
    @inline(__always) private static func isConjunction(_ c: Unicode.Scalar) -> Bool { c.value == 0x0648 || c.value == 0x0641 }
    /// ب ك ل
    @inline(__always) private static func isPreposition(_ c: Unicode.Scalar) -> Bool {
        c.value == 0x0628 || c.value == 0x0643 || c.value == 0x0644
    }

    /// Removes a definite article (with any clitic before it) for display and keys: "للجمعية" → "جمعية".
    static func withoutArticle(_ key: String) -> String {
        candidates(key).last ?? key
    }
}

/// A folded key compared and hashed by its UTF-8 bytes.
///
/// Swift's `String` equality and hashing apply canonical equivalence, which is
/// slow for every non-ASCII string (Cyrillic, Arabic, Vietnamese keys). Keys are
/// all produced by `TextFolding.key` from NFC text, so byte equality is the
/// right equality here, and several times faster.
struct FoldedKey: Hashable, Sendable {
    let string: String
    init(_ string: String) { self.string = string }

    static func == (a: FoldedKey, b: FoldedKey) -> Bool {
        a.string.utf8.count == b.string.utf8.count && a.string.utf8.elementsEqual(b.string.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var s = string
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// A set of folded keys with byte-wise lookups (see `FoldedKey`).
///
/// An open-addressing table probed by `Token.hash` (FNV-1a): cheaper than `Set<FoldedKey>`,
/// whose SipHash dominated the many small look-ups of the name finder.
struct KeySet: Sendable {
    /// A slot holds the key's hash beside its index: one read tells an empty slot, a differing
    /// hash (most probes of a missing key) or a candidate, whose bytes are then compared.
    private struct Slot {
        var hash: UInt64 = 0
        var index: Int32 = -1
    }
    private var slots: [Slot]
    private var keys: [String] = []
    /// `Token.hash` of each key of `keys`, in the same order (see `ArticleKeys.containsAny`).
    private(set) var hashes: [UInt64] = []
    private let mask: Int
    /// One bit per key (`KeyFilter`), asked before the slots: a quarter of the slots are taken, so a
    /// missing key's first slot is taken a quarter of the time (a call of `probe` each), its filter
    /// bit about one time in sixty.
    private var filter: KeyFilter

    init<S: Sequence>(_ keys: S) where S.Element == String {
        let list = Array(keys)
        self.init(list, hashes: list.map { Token.hash($0) })
    }

    /// `KeySet(keys)` for keys whose `Token.hash` is known (`hashes[i]` of `keys[i]`: tokens' `keyHash`).
    init(_ keys: [String], hashes: [UInt64]) {
        // At most a quarter full (half for the few large lists): the look-ups nearly all miss, and a
        // miss reads slots until an empty one (about 1.4 at a quarter, 2.5 at half).
        var capacity = 8
        while capacity < keys.count * (keys.count <= Self.sparseLimit ? 4 : 2) { capacity *= 2 }
        slots = Array(repeatElement(Slot(), count: capacity))   // (see `NameFinder.WordFlagCache.init`: a finder makes one set an article)
        mask = capacity - 1
        filter = KeyFilter(slotCount: capacity)
        self.keys.reserveCapacity(keys.count)
        self.hashes.reserveCapacity(keys.count)   // (a set is made per article: `hashes` was regrown by its appends)
        for (key, h) in zip(keys, hashes) {
            var i = Self.slot(h) & mask
            var present = false
            while slots[i].index >= 0 {
                if slots[i].hash == h, PhraseMatcher.same(self.keys[Int(slots[i].index)], key) { present = true; break }
                i = (i + 1) & mask
            }
            if present { continue }
            slots[i] = Slot(hash: h, index: Int32(self.keys.count))
            filter.insert(h)
            self.keys.append(key)
            self.hashes.append(h)
        }
    }

    @inline(__always) private static func slot(_ h: UInt64) -> Int {
        Int(truncatingIfNeeded: ((h ^ (h >> 32)) &* 0x9E37_79B9_7F4A_7C15) >> 17)
    }
    /// Sets of up to this many keys get four slots a key, larger ones two.
    static let sparseLimit = 8192

    func contains(_ key: String) -> Bool { index(key) != nil }

    /// `contains(key)` for a key whose `Token.hash` is known (a token's `keyHash`): not hashed again.
    /// (Asked some 900 times an article, nearly always of a missing key: the probe loop reads
    /// hashes only, and the bytes are compared out of line, so that the loop needs no registers
    /// set up for a string comparison it almost never makes.)
    @inline(__always) func contains(_ key: String, hash h: UInt64) -> Bool { mayHold(h) && probe(key, h) >= 0 }

    /// `contains(token.key, hash: token.keyHash)`, the key read only when the filter lets the hash through: as an
    /// argument, the key was read (the token's word entry found and its index checked) for every token asked, nearly
    /// all of which the filter turns away by the hash alone.
    @inline(__always) func contains(_ token: Token) -> Bool { mayHold(token.keyHash) && probe(token.key, token.keyHash) >= 0 }

    /// The index of `key` among `members`, or nil.
    func index(_ key: String) -> Int? {
        let h = Token.hash(key)
        guard mayHold(h) else { return nil }
        let i = probe(key, h)
        return i >= 0 ? i : nil
    }

    /// `index(key)` for a key whose `Token.hash` is known (a token's `keyHash`): not hashed again.
    @inline(__always) func index(_ key: String, hash h: UInt64) -> Int? {
        guard mayHold(h) else { return nil }
        let i = probe(key, h)
        return i >= 0 ? i : nil
    }

    /// The index of `key` (whose `Token.hash` is `h`) among `members`, or -1.
    /// False when the key's filter bit is clear (nearly every look-up: see `filter`): inlined into
    /// the callers, so such a miss costs a few instructions instead of a call that saves and
    /// restores six registers around them. (It asked whether the key's first slot was taken,
    /// which a quarter of the misses found taken.)
    @inline(__always) private func mayHold(_ h: UInt64) -> Bool { filter.mayHold(h) }

    @inline(never) private func probe(_ key: String, _ h: UInt64) -> Int {
        slots.withUnsafeBufferPointer { s -> Int in
            var i = Self.slot(h) & mask
            while true {
                let slot = s[i]
                if slot.index < 0 { return -1 }
                if slot.hash == h, keyEquals(Int(slot.index), key) { return Int(slot.index) }
                i = (i + 1) & mask
            }
        }
    }

    /// `keys[index]` is `key`, byte-wise (see `FoldedKey`).
    @inline(never) private func keyEquals(_ index: Int, _ key: String) -> Bool {
        PhraseMatcher.same(keys[index], key)
    }

    /// Some key of the set may have hash `h` (false: none has): the slots' hashes compared, not the keys' bytes, so
    /// another key of the same hash answers true.
    func mayContain(hash h: UInt64) -> Bool {
        guard mayHold(h) else { return false }
        return slots.withUnsafeBufferPointer { s -> Bool in
            var i = Self.slot(h) & mask
            while true {
                let slot = s[i]
                if slot.index < 0 { return false }
                if slot.hash == h { return true }
                i = (i + 1) & mask
            }
        }
    }

    var isEmpty: Bool { keys.isEmpty }
    /// The keys, each once.
    var members: [String] { keys }
}

/// A one-bit-a-key filter (a Bloom filter of one hash function) over 64-bit key hashes: false
/// means the hash was never inserted; true, that it may have been (a key of another hash shares
/// its bit). `KeySet` asks it before probing its slots.
///
/// Sixteen bits a slot, so sixty-four bits or more a key in a set a quarter full: a missing key
/// finds its bit set about one time in sixty (the first slot of its probe was taken one time in
/// four). The bit is chosen by bits of the hash other than those that choose the slot.
struct KeyFilter: Sendable {
    private var words: [UInt64]
    /// `words.count - 1` (a power of two).
    private let mask: Int

    /// A filter for a table of `slotCount` slots (a power of two, at least 8).
    init(slotCount: Int) {
        let count = max(1, slotCount / 4)
        words = Array(repeatElement(0, count: count))   // (see `NameFinder.WordFlagCache.init`)
        mask = count - 1
    }

    /// The word and the bit of hash `h`: a multiplicative mix (FNV-1a's low bits are weak), its top
    /// bits for the word, six lower ones for the bit.
    @inline(__always) private func place(_ h: UInt64) -> (word: Int, bit: UInt64) {
        let m = (h ^ (h >> 31)) &* 0xBF58_476D_1CE4_E5B9
        return (Int(truncatingIfNeeded: m >> 24) & mask, 1 &<< (m >> 58))
    }

    mutating func insert(_ h: UInt64) {
        let (w, b) = place(h)
        words[w] |= b
    }

    /// False: `h` was never inserted.
    @inline(__always) func mayHold(_ h: UInt64) -> Bool {
        let (w, b) = place(h)
        return words.withUnsafeBufferPointer { $0[w] } & b != 0
    }
}

/// Folded keys → bits: membership in several word lists, answered by one byte-wise look-up
/// (a key in several lists has all their bits; 0: in none).
struct KeyBits: Sendable {
    private let set: KeySet
    /// The bits of each key of `set`, by its index among `set.members`.
    private let bitsByIndex: [UInt32]

    /// `lists`: each list with its bits.
    init(_ lists: [(KeySet, UInt32)]) {
        var bits: [FoldedKey: UInt32] = [:]
        var order: [String] = []
        for (list, b) in lists {
            for k in list.members {
                if bits[FoldedKey(k)] == nil { order.append(k) }
                bits[FoldedKey(k), default: 0] |= b
            }
        }
        set = KeySet(order)
        // `KeySet` keeps the first of equal keys, in order: its members are `order`.
        bitsByIndex = set.members.map { bits[FoldedKey($0)] ?? 0 }
    }

    func bits(_ key: String) -> UInt32 {
        guard let i = set.index(key) else { return 0 }
        return bitsByIndex[i]
    }
}

/// NFC of decomposed Latin text without Foundation: each letter followed by its combining
/// marks ("e" + U+0323 + U+0302 in decomposed Vietnamese) becomes the precomposed letter
/// ("ệ") by one table look-up. The table maps the canonical decomposition of every
/// precomposed letter of the Latin blocks (U+00C0–U+024F, U+1E00–U+1EFF) that NFC composes
/// back to itself; it is built once, with Foundation, from those letters.
///
/// `precomposedStringWithCanonicalMapping` was a tenth of a decomposed Vietnamese extraction
/// (once per distinct word). A word with anything else (another script, a mark sequence no
/// single letter holds, marks out of canonical order) answers nil: the caller normalizes.
final class LatinComposer: Sendable {
    static let shared = LatinComposer()

    /// Decomposition (base scalar, then up to three marks, 16 bits each, in order) → letter.
    private let composed: [UInt64: UInt32]

    private init() {
        var table: [UInt64: UInt32] = [:]
        for range in [0x00C0...0x024F, 0x1E00...0x1EFF] {
            for v in range {
                guard let s = Unicode.Scalar(UInt32(v)) else { continue }
                let letter = String(Character(s))
                let nfd = Array(letter.decomposedStringWithCanonicalMapping.unicodeScalars)
                guard nfd.count >= 2, nfd.count <= 4, nfd.allSatisfy({ $0.value <= 0xFFFF }),
                      nfd.dropFirst().allSatisfy({ Self.isMark($0.value) }), !Self.isMark(nfd[0].value),
                      // Composition exclusions and singletons: NFC must give the letter back.
                      Array(String(String.UnicodeScalarView(nfd)).precomposedStringWithCanonicalMapping.unicodeScalars) == [s]
                else { continue }
                table[Self.code(nfd[...])] = UInt32(v)
            }
        }
        composed = table
    }

    /// Combining diacritical marks (U+0300–U+036F): what decomposed Latin letters are made of.
    @inline(__always) static func isMark(_ v: UInt32) -> Bool { v >= 0x0300 && v <= 0x036F }

    @inline(__always) private static func code(_ seq: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var c: UInt64 = 0
        for s in seq { c = c << 16 | UInt64(s.value) }
        return c | UInt64(seq.count) << 62
    }

    /// `text` in NFC when it is Latin letters, ASCII and combining marks that each compose with
    /// the letter before them into one precomposed letter; nil otherwise.
    func compose(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let base = scalars[i]
            var j = i + 1
            while j < scalars.count, Self.isMark(scalars[j].value) { j += 1 }
            if j == i + 1 {
                // A scalar with no mark after it is kept when NFC keeps every scalar of its block
                // (below U+0300, the Latin Extended Additional block); a mark that starts the text,
                // or another scalar, leaves the text to the caller.
                guard base.value < 0x0300 || (0x1E00...0x1EFF).contains(base.value) else { return nil }
                out.append(base)
            } else {
                guard j - i <= 4, base.value <= 0x024F || (0x1E00...0x1EFF).contains(base.value),
                      let v = composed[Self.code(scalars[i..<j])], let letter = Unicode.Scalar(v) else { return nil }
                out.append(letter)
            }
            i = j
        }
        return String(out)
    }
}

/// `Character.isUppercase` and `Character.isNumber` of one-scalar characters, read from a table
/// for the blocks articles mostly use (Latin, Greek, Cyrillic, Arabic, Latin Extended Additional).
///
/// The `Character` properties are slow for every character that is not an uppercase letter: they
/// uppercase and lowercase a copy of it (two `String`s) to decide. The table holds the standard
/// library's own answers, computed once per scalar when it is built, so a look-up answers exactly
/// what the property would for a character made of that one scalar; other scalars ask the property.
final class ScalarCase: Sendable {
    static let shared = ScalarCase()
    /// Bit 0: `isUppercase`, bit 1: `isNumber`, bit 7: covered.
    private let flags: [UInt8]

    @inline(__always) private static func index(_ v: UInt32) -> Int? {
        if v < 0x0530 { return Int(v) }
        if v >= 0x0600 && v < 0x0700 { return 0x0530 + Int(v - 0x0600) }
        if v >= 0x1E00 && v < 0x1F00 { return 0x0630 + Int(v - 0x1E00) }
        return nil
    }
    private static let size = 0x0730

    private init() {
        var flags = [UInt8](repeating: 0, count: Self.size)
        let ranges: [Range<UInt32>] = [0..<0x0530, 0x0600..<0x0700, 0x1E00..<0x1F00]
        for r in ranges {
            for v in r {
                guard let s = Unicode.Scalar(v), let i = Self.index(v) else { continue }
                let c = Character(s)
                flags[i] = 0x80 | (c.isUppercase ? 1 : 0) | (c.isNumber ? 2 : 0)
            }
        }
        self.flags = flags
    }

    /// `Character(s).isUppercase`.
    @inline(__always) func isUppercase(_ s: Unicode.Scalar) -> Bool {
        if let i = Self.index(s.value), flags[i] & 0x80 != 0 { return flags[i] & 1 != 0 }
        // CJK unified ideographs (U+4E00–9FFF, plain text's Han) are uncased: never uppercase,
        // answered without the property's two case-mapped copies.
        if s.value >= 0x4E00 && s.value <= 0x9FFF { return false }
        return Character(s).isUppercase
    }

    /// `Character(s).isNumber`.
    @inline(__always) func isNumber(_ s: Unicode.Scalar) -> Bool {
        if let i = Self.index(s.value), flags[i] & 0x80 != 0 { return flags[i] & 2 != 0 }
        return Character(s).isNumber
    }
}
