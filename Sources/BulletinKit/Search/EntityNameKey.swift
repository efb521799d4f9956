import Foundation

/// How entity names and queries are compared when a query is resolved to the
/// entities it names: folded like search folds text (case, diacritics, Latin
/// letters without decomposition, Arabic letter forms and article, `ё`),
/// punctuation dropped, words separated by one space.
///
/// Unlike the full-text tokens, a key keeps one form per word (for an Arabic
/// word, the form with the article stripped but a one-letter clitic kept), so
/// that it is one string a dictionary can be keyed on. A query then tries the
/// few forms it may stand for (`candidates`): without a leading Arabic clitic
/// (و ف ب ل ك), without a Russian case ending.
public enum EntityNameKey {
    /// The key of a name or alias (a knowledge-base `~` stem marker is dropped).
    public static func key(_ text: String) -> String {
        key(text, formOf: keyForm)
    }

    /// `key`, with the key forms of words that are not plain ASCII letters and digits
    /// remembered in `memo` ("" for a word without one): the names and aliases of a
    /// corpus share their words ("Nguyễn Văn An", "Nguyễn Thị Hoa", "Nguyễn").
    /// Keyed by the word's bytes: `String` equality would take a canonically
    /// equivalent spelling for the word, which may fold otherwise (Hangul jamo).
    static func key(_ text: String, memo: inout [[UInt8]: String]) -> String {
        key(text) { raw in
            if let lowered = asciiAlphanumericLowercased(raw) { return lowered }
            let word = Array(raw.utf8)
            if let known = memo[word] { return known.isEmpty ? nil : known }
            let form = keyForm(raw)
            memo[word] = form ?? ""
            return form
        }
    }

    private static func key(_ text: String, formOf: (Substring) -> String?) -> String {
        // Each word's key form alone (`words` also makes the variants a query tries).
        var out = ""
        func add(_ raw: Substring) {
            guard let form = formOf(raw) else { return }
            if !out.isEmpty { out += " " }
            out += form
        }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII white space is what `Character.isWhitespace` finds in ASCII text (tab to CR, space).
            for part in text.utf8.split(whereSeparator: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) {
                add(Substring(part))
            }
        } else if let words = splitByScalars(text[...], isSeparator: isWhiteSpace) {
            for raw in words { add(raw) }
        } else {
            for raw in text.split(whereSeparator: \.isWhitespace) { add(raw) }
        }
        return out
    }

    /// `text.split(whereSeparator:)` by `Character` (what `words` does), computed
    /// scalar by scalar, or nil when the two could differ: a `Character` is a
    /// separator when its first scalar is, so they differ only where a separator
    /// scalar is not the first of its grapheme cluster (after a Prepend scalar) or
    /// is followed by scalars that extend the cluster (combining marks, joiners).
    /// Splitting by `Character` finds those clusters first, a good part of
    /// keying a name that is not ASCII.
    static func splitByScalars(_ text: Substring, isSeparator: (Unicode.Scalar) -> Bool) -> [Substring]? {
        var parts: [Substring] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var previous: Unicode.Scalar?
        var afterSeparator = false
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            let separator = isSeparator(s)
            if afterSeparator, !separator, mayExtendCluster(s) { return nil }
            if separator {
                if let p = previous, mayPrepend(p) { return nil }
                if let b = start { parts.append(text[b..<i]) }
                start = nil
            } else if start == nil {
                start = i
            }
            afterSeparator = separator
            previous = s
            i = scalars.index(after: i)
        }
        if let b = start { parts.append(text[b..<text.endIndex]) }
        return parts
    }

    /// `s.properties.isWhitespace` (Unicode's White_Space) from the property's short list
    /// (tests compare the two on every scalar): asked of every scalar of every name
    /// that is not ASCII, the property look-up was most of splitting the name into words.
    @inline(__always)
    static func isWhiteSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Whether `s` may join the grapheme cluster before it (Extend, ZWJ, SpacingMark,
    /// or a control or format scalar, whose rules are left to `Character`): conservative.
    @inline(__always)
    static func mayExtendCluster(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0xAD }
        let p = s.properties
        return !p.isGraphemeBase || p.generalCategory == .spacingMark || v == 0x0E33 || v == 0x0EB3
            || (0x1F3FB...0x1F3FF).contains(v)
    }

    /// Whether `s` may be a Prepend scalar (which joins the next scalar to its cluster): conservative.
    @inline(__always)
    static func mayPrepend(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x0600...0x0605).contains(v) || v == 0x06DD || v == 0x070F || v == 0x0890 || v == 0x0891
            || v == 0x08E2 || v == 0x0D4E || (0x11000...0x11FFF).contains(v)
    }

    /// `key` through `words`: the definition `key` must equal (tests compare the two).
    static func referenceKey(_ text: String) -> String {
        words(text).map { $0[0] }.joined(separator: " ")
    }

    /// The first variant `words` gives `raw` (nil when it gives none): the
    /// index keys every distinct entity name and alias of the corpus, and the
    /// Russian stem of every word, Foundation's `contains` and the variant
    /// arrays were half of it.
    static func keyForm(_ raw: Substring) -> String? {
        // A word of ASCII letters and digits only (most words of Latin names): folding
        // lower-cases its letters and leaves it one part, which `clean` keeps whole.
        if let lowered = asciiAlphanumericLowercased(raw) { return lowered }
        let word = raw.utf8.contains(0x7E) ? raw.replacingOccurrences(of: "~", with: "") : String(raw)
        let folded = SearchFolding.fold(word, mode: .query)
        var parts: [String] = []
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            for part in folded.utf8.split(separator: 0x20) {
                let c = clean(Substring(part))
                if !c.isEmpty { parts.append(c) }
            }
        } else if let words = splitByScalars(folded[...], isSeparator: { $0 == " " }) {
            for part in words {
                let c = clean(part)
                if !c.isEmpty { parts.append(c) }
            }
        } else {
            // By `Character`, as `words` splits (a space and a mark after it are one).
            parts = folded.split(separator: " ").map(clean).filter { !$0.isEmpty }
        }
        guard !parts.isEmpty else { return nil }
        if parts.count == 2, word.unicodeScalars.contains(where: { SearchFolding.isArabicLetter($0.value) }) {
            return parts[0]
        }
        return parts.count == 1 ? parts[0] : parts.joined(separator: " ")
    }

    /// `raw` lower-cased when it is non-empty and only ASCII letters and digits, else nil.
    static func asciiAlphanumericLowercased(_ raw: Substring) -> String? {
        let u = raw.utf8
        guard !u.isEmpty, u.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }) else {
            return nil
        }
        if !u.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return String(raw) }
        return String(decoding: u.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// The keys `query` may stand for: its own key first, then variants
    /// without Arabic clitics or Russian case endings (at most `limit`).
    public static func candidates(_ query: String, limit: Int = 16) -> [String] {
        var result: [String] = [""]
        for variants in words(query) {
            var next: [String] = []
            for prefix in result {
                for v in variants where next.count < limit {
                    next.append(prefix.isEmpty ? v : prefix + " " + v)
                }
            }
            result = next
        }
        return result.filter { !$0.isEmpty }
    }

    /// Each word of `text` with its variants (the key form first).
    static func words(_ text: String) -> [[String]] {
        var out: [[String]] = []
        for raw in text.split(whereSeparator: \.isWhitespace) {
            // Foundation's replacing bridges every word: only when there is a `~` (looked
            // for in the bytes: Foundation's `contains` bridged every word all the same).
            let word = raw.utf8.contains(0x7E) ? raw.replacingOccurrences(of: "~", with: "") : String(raw)
            let folded = SearchFolding.fold(word, mode: .query)
            let isArabic = word.unicodeScalars.contains { SearchFolding.isArabicLetter($0.value) }
            let parts = folded.split(separator: " ").map(clean).filter { !$0.isEmpty }
            guard !parts.isEmpty else { continue }
            if isArabic, parts.count == 2 {
                // The main form, then the form without its one-letter clitic.
                out.append(parts)
                continue
            }
            let joined = parts.joined(separator: " ")
            var variants = [joined]
            if let stem = russianStem(joined), stem != joined { variants.append(stem) }
            out.append(variants)
        }
        return out
    }

    /// Letters and digits only (punctuation in a name, "A." or "Al-", becomes a space).
    static func clean(_ s: Substring) -> String {
        // ASCII (most folded words): letters and digits are what the properties below keep.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(s.utf8.count)
            var pendingSpace = false
            for b in s.utf8 {
                if (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) {
                    if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
                    pendingSpace = false
                    bytes.append(b)
                } else {
                    pendingSpace = true
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return cleanByProperties(s)
    }

    /// `clean` by each scalar's properties (what the ASCII path must equal).
    static func cleanByProperties(_ s: Substring) -> String {
        // Most words keep every scalar (letters of one script): then they are the result as they are.
        if !s.isEmpty, s.unicodeScalars.allSatisfy({ keeps($0) }) { return String(s) }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if keeps(scalar) {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// Whether `clean` keeps `scalar` (a letter or a digit).
    @inline(__always)
    static func keeps(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII, and the letters of the blocks most folded names are written in (lower-case
        // Cyrillic, Arabic letters, CJK ideographs, Hangul syllables), without the property
        // look-ups (tests check every scalar of these ranges against them).
        let v = scalar.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A) }
        if (0x430...0x44F).contains(v) || (0x621...0x63A).contains(v) || (0x641...0x64A).contains(v)
            || (0x4E00...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v) {
            return true
        }
        let p = scalar.properties
        return p.isAlphabetic || p.numericType != nil
    }

    /// The key with each Cyrillic word reduced to its stem ("Травинский" →
    /// "травинск"), or nil when no word changes: a knowledge-base name is
    /// filed under it too, so a declined query ("Травинского") finds it.
    public static func stemmedKey(_ text: String) -> String? {
        let words = key(text).split(separator: " ").map(String.init)
        let stemmed = words.map { russianStem($0) ?? $0 }
        return stemmed == words ? nil : stemmed.joined(separator: " ")
    }

    /// Case endings, longest first (declined forms of names: "Путина", "Минске").
    static let russianEndings = ["ого", "его", "ому", "ему", "ами", "ями", "ым", "им", "ом", "ем", "ой", "ей",
                                 "ах", "ях", "ам", "ям", "ую", "юю",
                                 // -ий, -ый, -ой with й folded to и
                                 "ии", "ыи", "ои", "а", "я", "у", "ю", "е", "ы", "и"]

    /// A Cyrillic word without its case ending (a stem of at least three letters), else nil.
    static func russianStem(_ word: String) -> String? {
        guard word.unicodeScalars.allSatisfy({ (0x0430...0x045F).contains($0.value) }) else { return nil }
        for ending in russianEndings where word.hasSuffix(ending) {
            let stem = String(word.dropLast(ending.count))
            if stem.count >= 3 { return stem }
        }
        return nil
    }
}

/// The knowledge base's names by key: which entities a query names, with a
/// dictionary look-up per candidate key (no scan), and every other name of
/// those entities in any script.
public struct KnowledgeAliases: Sendable {
    /// Per knowledge-base entity: its canonical name, then its aliases (`~` dropped).
    let forms: [[String]]
    /// Name key → indexes into `forms`.
    let byKey: [String: [Int]]

    public init(_ knowledgeBase: KnowledgeBase) {
        var forms: [[String]] = []
        var byKey: [String: [Int]] = [:]
        /// Adds one entity: `names[0]` is its canonical name; every name is looked up by its keys.
        func add(_ names: [String]) {
            let i = forms.count
            forms.append(names)
            for name in names {
                for key in [EntityNameKey.key(name), EntityNameKey.stemmedKey(name)].compactMap({ $0 }) where !key.isEmpty {
                    if let list = byKey[key] {
                        if !list.contains(i) { byKey[key] = list + [i] }
                    } else {
                        byKey[key] = [i]
                    }
                }
            }
        }
        for entity in knowledgeBase.entities {
            add([entity.name] + entity.aliases.map { $0.replacingOccurrences(of: "~", with: "") })
        }
        // Countries: their names in every supported language (CLDR) and the data file's
        // variants, all under the canonical name articles give their country entities, so
        // "bielorussie" finds the articles that name Belarus in any script even when no
        // article of the corpus spells it that way.
        // `countryForms` lists the canonical name first.
        for (_, names) in KnowledgeAliases.countryForms() { add(names) }
        self.forms = forms
        self.byKey = byKey
    }

    /// Every country's names (CLDR in each supported language, the part before a comma,
    /// the variants file's forms without their `~` stem marker), by region code, in code order.
    static func countryForms() -> [(code: String, names: [String])] {
        let variants = CountryVariants.load()
        var result: [(String, [String])] = []
        for code in EntityLexicon.regionCodes() {
            var names: [String] = []
            func add(_ name: String) {
                let clean = name.replacingOccurrences(of: "~", with: "")
                if !clean.isEmpty, !names.contains(clean) { names.append(clean) }
            }
            add(EntityExtractor.countryName(code))
            for lang in EntityLexicon.languages {
                guard let name = Locale(identifier: lang).localizedString(forRegionCode: code), !name.isEmpty else { continue }
                add(name)
                if let comma = name.firstIndex(of: ",") { add(String(name[..<comma])) }
            }
            for form in (variants.forms[code] ?? []) + (variants.vietnamese[code] ?? []) { add(form) }
            result.append((code, names))
        }
        return result
    }

    /// The bundled knowledge base's aliases, built once on first use.
    public static let bundled = KnowledgeAliases(KnowledgeBase.bundled)

    /// The aliases of the knowledge base a corpus is read with: bundled, the
    /// user's `~/.config/bulletin/entities.*` and `entitiesFile`.
    public static func configured(entitiesFile: String?) -> KnowledgeAliases {
        let (kb, _) = KnowledgeBase.withUserEntries(extraFile: entitiesFile)
        return kb == KnowledgeBase.bundled ? bundled : KnowledgeAliases(kb)
    }

    /// The canonical names of the entities `keys` name.
    public func canonicalNames(forKeys keys: [String]) -> [String] {
        var result: [String] = []
        for key in keys {
            for i in byKey[key] ?? [] where !result.contains(forms[i][0]) { result.append(forms[i][0]) }
        }
        return result
    }

    /// Every name (canonical first, then aliases) of each entity one of `keys` names.
    public func names(forKeys keys: [String]) -> [String] {
        var seen = Set<Int>()
        var result: [String] = []
        for key in keys {
            for i in byKey[key] ?? [] where seen.insert(i).inserted {
                for name in forms[i] where !result.contains(name) { result.append(name) }
            }
        }
        return result
    }
}

/// A `KnowledgeAliases` built on first use (a warm start does not pay for it), shared by every thread.
final class LazyKnowledgeAliases: @unchecked Sendable {
    private let lock = NSLock()
    private var built: KnowledgeAliases?
    private let make: @Sendable () -> KnowledgeAliases

    init(_ make: @escaping @Sendable () -> KnowledgeAliases) { self.make = make }

    init(entitiesFile: String?) { make = { KnowledgeAliases.configured(entitiesFile: entitiesFile) } }

    var value: KnowledgeAliases {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let made = make()
        built = made
        return made
    }
}
