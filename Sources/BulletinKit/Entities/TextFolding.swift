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
        return slowKey(String(text))
    }

    public static func key(_ text: String) -> String { key(Substring(text)) }

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
        if hasCyrillic, let r = t.applyingTransform(StringTransform("Russian-Latin/BGN"), reverse: false) { t = r }
        if hasHan, let r = t.applyingTransform(StringTransform("Han-Latin"), reverse: false) { t = r }
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

/// Light Arabic stemming: the clitic-stripped forms a token may stand for.
///
/// A token such as "والبيلاروسي" is tried as itself, then without the
/// conjunction (و ف), the preposition (ب ك ل) and the article (ال, or لل for ل+ال).
/// The caller looks each candidate up in turn and keeps the first hit, so a
/// name that merely starts with one of these letters (لوكاشينكو) still matches as itself first.
enum ArabicStemmer {
    private static let alef: Unicode.Scalar = "\u{0627}", lam: Unicode.Scalar = "\u{0644}"
    private static let conjunctions: Set<Unicode.Scalar> = ["\u{0648}", "\u{0641}"]       // و ف
    private static let prepositions: Set<Unicode.Scalar> = ["\u{0628}", "\u{0643}", "\u{0644}"]  // ب ك ل

    /// Candidate keys of a folded Arabic token, least stripped first. Never shorter than 2 letters.
    static func candidates(_ key: String) -> [String] {
        // Every rule below starts with a clitic letter (و ف ب ك ل) or alef: most tokens start with neither.
        guard let first = key.unicodeScalars.first,
              conjunctions.contains(first) || prepositions.contains(first) || first == alef else { return [key] }
        var out = [key]
        var s = Array(key.unicodeScalars)
        func add(_ a: [Unicode.Scalar]) {
            guard a.count >= 2 else { return }
            let str = String(String.UnicodeScalarView(a))
            if !out.contains(str) { out.append(str) }
        }
        if s.count > 3, conjunctions.contains(s[0]) { s.removeFirst(); add(s) }
        if s.count > 3, s[0] == lam, s[1] == lam { // لل = ل + ال
            let rest = Array(s[2...]); add([alef, lam] + rest); add(rest); s = rest
        } else {
            if s.count > 3, prepositions.contains(s[0]), s[1] == alef, s[2] == lam { s.removeFirst(); add(s) }
            if s.count > 3, s[0] == alef, s[1] == lam { s.removeFirst(2); add(s) }
            else if s.count >= 5, prepositions.contains(s[0]) { add(Array(s.dropFirst())) }  // لبيلاروسيا
        }
        return out
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
struct KeySet: Sendable {
    private let keys: Set<FoldedKey>
    init<S: Sequence>(_ keys: S) where S.Element == String { self.keys = Set(keys.map(FoldedKey.init)) }
    func contains(_ key: String) -> Bool { keys.contains(FoldedKey(key)) }
    var isEmpty: Bool { keys.isEmpty }
}
