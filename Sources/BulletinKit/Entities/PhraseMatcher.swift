import Foundation

/// An immutable dictionary of multi-token phrases (country names, knowledge-base
/// aliases, titles), matched longest-first at a token position.
///
/// Phrases are tokenized with the same `Tokenizer` as articles, so folding is
/// identical on both sides. Keyed by the folded first token; Cyrillic stems
/// (`белорус~`) are keyed separately and tried by prefix; Han phrases are
/// matched inside a Han run by their first character.
struct PhraseMatcher: Sendable {
    struct Phrase: Sendable {
        /// Folded keys of the phrase's tokens (punctuation included).
        var keys: [String]
        /// Per token: a stem that the text token may extend by a few letters.
        var stems: [Bool]
        /// Per token: the text must be capitalized there (the data file wrote it so).
        var capital: [Bool]
        var payload: Int32
        /// Lowercased NFC token texts, for names whose diacritics are distinctive (Vietnamese:
        /// "Bỉ" is Belgium, "Bí" is not): the text must match them, not only the folded keys.
        var exact: [String]? = nil
    }

    struct Match: Sendable {
        var length: Int
        var payloads: [Int32]
    }

    private var byFirst: [FoldedKey: [Phrase]] = [:]
    /// Bit set over a cheap signature of every `byFirst` key (length, first and last byte):
    /// most article tokens start no phrase, and this rejects them without hashing the key.
    private var firstFilter = [UInt64](repeating: 0, count: 64)
    private var stemFirst: [FoldedKey: [Phrase]] = [:]
    private var han: [Unicode.Scalar: [([Unicode.Scalar], Int32)]] = [:]
    private(set) var maxStemExtra = 6
    var isEmpty: Bool { byFirst.isEmpty && stemFirst.isEmpty && han.isEmpty }

    init() {}

    /// Adds `text` (a name as written in a data file). `~` after a Cyrillic or Latin token marks a stem.
    /// `caseSensitive: false` ignores the capitals of the written form.
    mutating func add(_ text: String, payload: Int32, caseSensitive: Bool = true, diacriticSensitive: Bool = false) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return }
        if trimmed.unicodeScalars.allSatisfy({ TextFolding.isHan($0) || $0 == "·" || $0 == "（" || $0 == "）" }) {
            let s = Array(trimmed.unicodeScalars)
            han[s[0], default: []].append((s, payload))
            return
        }
        // Stems: "белорус~" → stem token; Latin stems expand to common endings instead (cheaper to match).
        var words = trimmed.split(separator: " ").map(String.init)
        var stemFlags: [Bool] = words.map { $0.hasSuffix("~") }
        if stemFlags.contains(true) {
            words = words.map { $0.hasSuffix("~") ? String($0.dropLast()) : $0 }
            let isCyrillic = trimmed.unicodeScalars.contains { TextFolding.isCyrillic($0) }
            if !isCyrillic {
                // German-style adjective stems: expand.
                for ending in ["", "e", "en", "er", "es", "em"] {
                    let expanded = zip(words, stemFlags).map { $0.1 ? $0.0 + ending : $0.0 }.joined(separator: " ")
                    add(expanded, payload: payload, caseSensitive: caseSensitive, diacriticSensitive: diacriticSensitive)
                }
                return
            }
        } else {
            stemFlags = []
        }
        let tokens = Tokenizer.tokenize(words.joined(separator: " "))
        guard !tokens.isEmpty else { return }
        var stems = [Bool](repeating: false, count: tokens.count)
        if !stemFlags.isEmpty {
            // Map word-level stem flags onto tokens: the last token of each word carries its flag.
            var w = 0
            for (k, t) in tokens.enumerated() {
                if k > 0, t.spaceBefore { w += 1 }
                let isLastOfWord = k + 1 == tokens.count || tokens[k + 1].spaceBefore
                if isLastOfWord, w < stemFlags.count { stems[k] = stemFlags[w] }
            }
        }
        var phrase = Phrase(keys: tokens.map(\.key), stems: stems,
                            capital: tokens.map { caseSensitive && ($0.capitalized || $0.allCaps) },
                            payload: payload)
        if diacriticSensitive, !stems.contains(true) { phrase.exact = tokens.map { Self.exactForm($0.text) } }
        if stems[0] { stemFirst[FoldedKey(phrase.keys[0]), default: []].append(phrase) } else {
            byFirst[FoldedKey(phrase.keys[0]), default: []].append(phrase)
            let bit = Self.signature(phrase.keys[0])
            firstFilter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// Case-folded NFC text: what diacritic-sensitive phrases compare.
    static func exactForm(_ text: String) -> String { text.precomposedStringWithCanonicalMapping.lowercased() }

    /// Longest phrase starting at `tokens[i]`, with every payload of that length. In a Vietnamese
    /// article (`language` "vi") a one-word Latin name of under four letters from another language
    /// ("Lao", "Bi") is refused: such folded forms are ordinary Vietnamese syllables.
    func match(_ tokens: [Token], at i: Int, language: String = "") -> Match? {
        // Fields read in place: copying the whole token retains its strings and stems array.
        let kind = tokens[i].kind, script = tokens[i].script, key = tokens[i].key
        guard kind != .punct || key == "'s" else { return nil }
        var best: Match?
        func consider(_ phrases: [Phrase]?, firstIsStem: Bool) {
            guard let phrases else { return }
            for p in phrases {
                if language == "vi", p.exact == nil, p.keys.count == 1, script == .latin, p.keys[0].count < 4 { continue }
                guard let n = matchLength(p, tokens, i) else { continue }
                if best == nil || n > best!.length { best = Match(length: n, payloads: [p.payload]) }
                else if n == best!.length, !best!.payloads.contains(p.payload) { best!.payloads.append(p.payload) }
            }
        }
        if script == .arabic {
            for c in tokens[i].stems { consider(firstPhrases(c), firstIsStem: false) ; if best != nil { break } }
        } else {
            consider(firstPhrases(key), firstIsStem: false)
        }
        if script == .cyrillic, !stemFirst.isEmpty {
            // Cyrillic letters are two UTF-8 bytes: prefixes are cut two bytes at a time.
            let bytes = Array(key.utf8)
            let letters = bytes.count / 2
            if letters >= 3, bytes.allSatisfy({ $0 >= 0xC0 || $0 >= 0x80 }) {
                for cut in 0...min(maxStemExtra, letters - 3) {
                    let prefix = String(decoding: bytes[0..<(bytes.count - 2 * cut)], as: UTF8.self)
                    consider(stemFirst[FoldedKey(prefix)], firstIsStem: true)
                }
            }
        }
        return best
    }

    /// The phrases whose first key is `key`, checking the signature filter before the dictionary.
    @inline(__always) private func firstPhrases(_ key: String) -> [Phrase]? {
        let bit = Self.signature(key)
        guard firstFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        return byFirst[FoldedKey(key)]
    }

    /// A 12-bit signature of a key from its UTF-8 length and first and last bytes.
    @inline(__always) static func signature(_ key: String) -> Int {
        let u = key.utf8
        let n = u.count
        guard n > 0 else { return 0 }
        let h = UInt32(truncatingIfNeeded: n) &* 0x9E37_79B1 ^ UInt32(u.first!) &* 0x85EB_CA6B ^ UInt32(u[u.index(before: u.endIndex)]) &* 0xC2B2_AE35
        return Int((h ^ (h >> 15)) & 0xFFF)
    }

    private func matchLength(_ p: Phrase, _ tokens: [Token], _ i: Int) -> Int? {
        guard i + p.keys.count <= tokens.count else { return nil }
        for k in 0..<p.keys.count {
            let t = tokens[i + k]
            if p.capital[k], !(t.capitalized || t.allCaps) { return nil }
            if let exact = p.exact, Self.exactForm(t.text) != exact[k] { return nil }
            if p.stems[k] {
                guard t.key.hasPrefix(p.keys[k]), t.key.count - p.keys[k].count <= maxStemExtra else { return nil }
            } else if !Self.same(t.key, p.keys[k]) {
                if t.script == .arabic, k == 0, t.stems.contains(p.keys[k]) { continue }
                if t.script == .arabic, k > 0, t.stems.dropFirst().first == p.keys[k] { continue }
                return nil
            }
        }
        return p.keys.count
    }

    /// Byte equality of two folded keys (see `FoldedKey`).
    @inline(__always) static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }

    /// Longest-leftmost matches inside a Han run: (scalar offset, scalar length, payloads).
    func hanMatches(in text: String) -> [(offset: Int, length: Int, payloads: [Int32])] {
        guard !han.isEmpty else { return [] }
        let s = Array(text.unicodeScalars)
        var out: [(Int, Int, [Int32])] = []
        var i = 0
        while i < s.count {
            var bestLen = 0
            var payloads: [Int32] = []
            if let cands = han[s[i]] {
                for (phrase, payload) in cands where phrase.count <= s.count - i {
                    var ok = true
                    for k in 1..<max(phrase.count, 1) where s[i + k] != phrase[k] { ok = false; break }
                    guard ok else { continue }
                    if phrase.count > bestLen { bestLen = phrase.count; payloads = [payload] }
                    else if phrase.count == bestLen, !payloads.contains(payload) { payloads.append(payload) }
                }
            }
            if bestLen > 0 { out.append((i, bestLen, payloads)); i += bestLen } else { i += 1 }
        }
        return out
    }
}
