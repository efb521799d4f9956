import Foundation

/// The writing system of a token, which decides the rules applied to it.
enum TokenScript: UInt8, Sendable {
    case latin, cyrillic, arabic, han, other
}

/// One word, number or punctuation mark of an article, with its UTF-16 range.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct, elision }

    var text: String
    /// Folded matching key (see `TextFolding.key`).
    var key: String
    var start: Int
    var end: Int
    var kind: Kind
    var script: TokenScript
    /// First letter is uppercase (Latin, Cyrillic).
    var capitalized: Bool
    /// Two or more letters, all uppercase.
    var allCaps: Bool
    /// Whitespace (or nothing) separates it from the previous token.
    var spaceBefore: Bool
    var newlineBefore: Bool
    /// First word of a sentence or a line: its capital says nothing.
    var sentenceStart: Bool
    /// Arabic only: the key and its clitic-stripped forms (see `ArabicStemmer`), computed once.
    var stems: [String] = []

    var isWord: Bool { kind == .word }
    /// Letters only, one uppercase letter: an initial such as the "A" of "A. Volfovich".
    var isInitialLetter: Bool { kind == .word && text.unicodeScalars.count == 1 && (capitalized || script == .arabic) }
}

/// Splits article text into tokens, keeping UTF-16 offsets into the original string.
///
/// Hyphens and apostrophes become tokens of their own, so that "Vietnam-Belarus"
/// and "l'Algérie" expose their country names; `spaceBefore == false` tells
/// the name finder to join them back ("Kassym-Jomart").
enum Tokenizer {
    /// Words after which a period does not end a sentence.
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "gen", "col", "lt", "capt", "prof", "gov", "sen", "rep",
        "m", "mme", "mlle", "г", "гг", "им", "т", "e", "u", "s", "ông", "bà", "tp", "etc", "vs", "inc", "ltd", "co",
    ]

    static func tokenize(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        var utf16 = 0
        var space = true, newline = true
        var sentenceEnd = true

        func width(_ s: Unicode.Scalar) -> Int { s.value > 0xFFFF ? 2 : 1 }
        func isUpper(_ s: Unicode.Scalar) -> Bool {
            if s.value < 0x80 { return s.value >= 0x41 && s.value <= 0x5A }
            return s.properties.isUppercase
        }
        // Token text is copied from the UTF-8 bytes (much cheaper than rebuilding from scalars).
        let bytes = Array(text.utf8)
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        var o = 0
        for (k, sc) in scalars.enumerated() {
            offsets[k] = o
            let v = sc.value
            o += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        offsets[scalars.count] = o
        var keyCache: [FoldedKey: String] = [:]
        var stemCache: [FoldedKey: [String]] = [:]
        func stems(_ key: String) -> [String] {
            let k = FoldedKey(key)
            if let c = stemCache[k] { return c }
            let c = ArabicStemmer.candidates(key)
            stemCache[k] = c
            return c
        }
        func makeString(_ a: Int, _ b: Int) -> String {
            bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[offsets[a]..<offsets[b]]), as: UTF8.self) }
        }
        func foldedKey(_ str: String) -> String {
            if str.utf8.allSatisfy({ $0 < 0x80 }) { return TextFolding.key(Substring(str)) }
            if let k = keyCache[FoldedKey(str)] { return k }
            let k = TextFolding.key(Substring(str))
            keyCache[FoldedKey(str)] = k
            return k
        }

        func append(_ a: Int, _ b: Int, _ start: Int, _ end: Int, kind: Token.Kind, script: TokenScript) {
            let str = makeString(a, b)
            var cap = false, allCaps = false
            if kind == .word, script == .latin || script == .cyrillic || script == .other {
                cap = isUpper(scalars[a])
                if cap, b - a >= 2 {
                    allCaps = true
                    for k in a..<b where !isUpper(scalars[k]) { allCaps = false; break }
                }
            }
            let isStart = sentenceEnd && (kind == .word || kind == .number || kind == .elision)
            let key = kind == .punct ? str : foldedKey(str)
            tokens.append(Token(text: str, key: key,
                                start: start, end: end, kind: kind, script: script, capitalized: cap,
                                allCaps: allCaps, spaceBefore: space, newlineBefore: newline, sentenceStart: isStart,
                                stems: script == .arabic ? stems(key) : []))
            if kind != .punct { sentenceEnd = false }
            space = false
            newline = false
        }

        while i < scalars.count {
            let s = scalars[i]
            if s.value < 0x80 {
                // ASCII fast path: most of any Latin text.
                let v = s.value
                if v == 0x20 || v == 0x09 { space = true; utf16 += 1; i += 1; continue }
            }
            // ASCII answers the property questions without Unicode table lookups.
            let asciiLetter = (s.value >= 0x61 && s.value <= 0x7A) || (s.value >= 0x41 && s.value <= 0x5A)
            let isASCII = s.value < 0x80
            if isASCII ? (s.value >= 0x09 && s.value <= 0x0D) : s.properties.isWhitespace {
                space = true
                if s == "\n" || s == "\r" || s == "\u{2029}" || s == "\u{2028}" { newline = true; sentenceEnd = true }
                utf16 += width(s); i += 1
                continue
            }
            if TextFolding.isHan(s) {
                let a = i, start = utf16
                while i < scalars.count, TextFolding.isHan(scalars[i]) { utf16 += width(scalars[i]); i += 1 }
                append(a, i, start, utf16, kind: .word, script: .han)
                continue
            }
            if isASCII ? asciiLetter : s.properties.isAlphabetic {
                let a = i, start = utf16
                let script: TokenScript = TextFolding.isArabic(s) ? .arabic : TextFolding.isCyrillic(s) ? .cyrillic
                    : (s.value < 0x0250 || (0x1E00...0x1EFF).contains(s.value)) ? .latin : .other
                var elided = false
                while i < scalars.count {
                    let c = scalars[i]
                    if c.value < 0x80 {
                        let v = c.value
                        if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { utf16 += 1; i += 1; continue }
                        if c != "'" { break }
                    }
                    if Self.isCommonLetter(c.value) { utf16 += 1; i += 1; continue }
                    let cat = c.properties.generalCategory
                    if c.properties.isAlphabetic && !TextFolding.isHan(c) || cat == .nonspacingMark || cat == .spacingMark {
                        utf16 += width(c); i += 1
                        continue
                    }
                    // Apostrophe inside a word: French elision (l', d', qu'), English possessive ('s), or part of the name (O'Brien).
                    if c == "'" || c == "\u{2019}", i + 1 < scalars.count, scalars[i + 1].properties.isAlphabetic {
                        if i - a <= 6, Tokenizer.elisions.contains(makeString(a, i).lowercased()) {
                            utf16 += width(c); i += 1
                            elided = true
                            break
                        }
                        let next = scalars[i + 1]
                        if next == "s" || next == "S", i + 2 >= scalars.count || !scalars[i + 2].properties.isAlphabetic {
                            break
                        }
                        utf16 += width(c); i += 1
                        continue
                    }
                    break
                }
                append(a, i, start, utf16, kind: elided ? .elision : .word, script: script)
                if elided { tokens[tokens.count - 1].key = tokens[tokens.count - 1].key.replacingOccurrences(of: "\u{2019}", with: "'") }
                continue
            }
            if isASCII ? (s.value >= 0x30 && s.value <= 0x39) : s.properties.numericType != nil {
                let a = i, start = utf16
                while i < scalars.count, scalars[i].properties.numericType != nil, !TextFolding.isHan(scalars[i]) { utf16 += width(scalars[i]); i += 1 }
                append(a, i, start, utf16, kind: .number, script: .other)
                continue
            }
            // Punctuation and symbols: one token each ("'s" kept whole).
            let start = utf16
            if (s == "'" || s == "\u{2019}"), i + 1 < scalars.count, scalars[i + 1] == "s" || scalars[i + 1] == "S",
               i + 2 >= scalars.count || !scalars[i + 2].properties.isAlphabetic {
                utf16 += width(s) + 1; i += 2
                append(i - 2, i, start, utf16, kind: .punct, script: .other)
                tokens[tokens.count - 1].key = "'s"
                continue
            }
            utf16 += width(s); i += 1
            let wasSpace = space
            append(i - 1, i, start, utf16, kind: .punct, script: .other)
            switch s {
            case ".", "!", "?", "\u{061F}", "\u{2026}", "\u{3002}", "\u{FF01}", "\u{FF1F}", ";":
                // A period after an initial or a known abbreviation does not end the sentence.
                if s == ".", let prev = tokens.dropLast().last, !wasSpace, prev.kind == .word,
                   prev.isInitialLetter || abbreviations.contains(prev.key) {
                    break
                }
                if s == ".", i < scalars.count, !scalars[i].properties.isWhitespace { break } // 1.5, U.S.
                sentenceEnd = true
            case ":", "\u{2014}", "\u{2013}", "\u{201C}", "\u{00AB}", "\"", "(", "[":
                // After an opening quote or a colon, capitals are often sentence-initial too.
                if s == ":" || s == "\u{201C}" || s == "\u{00AB}" || s == "\"" {
                    if let prevTok = tokens.dropLast().last, prevTok.kind == .punct || s == ":" { sentenceEnd = true }
                    if tokens.count == 1 { sentenceEnd = true }
                }
            default: break
            }
            continue
        }
        return tokens
    }

    /// Letters of the Latin, Cyrillic and Arabic blocks that are certainly alphabetic and
    /// not Han, all inside the Basic Multilingual Plane: skips the Unicode property tables.
    @inline(__always) static func isCommonLetter(_ v: UInt32) -> Bool {
        (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7) || (v >= 0x1E00 && v <= 0x1EFF)
            || (v >= 0x0400 && v <= 0x0481) || (v >= 0x0621 && v <= 0x063A) || (v >= 0x0641 && v <= 0x064A)
    }

    static let elisions: Set<String> = ["l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu"]
}
