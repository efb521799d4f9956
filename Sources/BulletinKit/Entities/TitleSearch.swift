import Foundation

/// `body.prefix(n).contains(title)` (Foundation's `StringProtocol.contains`, which `titleIsSeparate` asks of every
/// article with a title) answered on the UTF-8 bytes when the bytes settle it, nil when they do not (the caller then
/// asks Foundation). Foundation bridged the prefix to an `NSString` and searched it with canonical equivalence:
/// 62,000 instructions an article of the cold index, for a title that is nearly always absent.
///
/// Why the byte answers are Foundation's (its search compares canonically equivalent strings, on whole scalars, and
/// does not take a match that splits a base letter from a mark after it: "é" does not contain "e"):
/// - *Absent*: no byte occurrence of `title` anywhere in `body`, and both are NFC for certain
///   (`TextCleaner.mayNeedNFC` false: the text the parser hands over is NFC). A match Foundation finds is a run of
///   whole scalars of the body canonically equivalent to the title; a run of whole scalars of an NFC text is NFC (no
///   composition can open inside it), and two canonically equivalent NFC strings are the same bytes: so that run
///   would be a byte occurrence. A title or body that may not be NFC (decomposed Vietnamese, a Kelvin sign), or a
///   title with a combining mark (see `hasMark`), is left to Foundation.
/// - *Present*: the first byte occurrence lies within the prefix (its scalars number at most `characters`: the prefix
///   of that many `Character`s holds at least that many scalars), begins the body or follows an ASCII byte, ends the
///   body or is followed by an ASCII byte, and the title opens and ends with a plain character (a letter, digit,
///   punctuation or symbol: not a mark, a joiner or a jamo, which join their neighbours).
///   Anything else (a mark after the match, "كتاب" in "كتابٌ", "👍" in "👍🏽") is left to Foundation.
enum TitleSearch {
    /// See the type. `characters` is asked only when the title occurs (it counts the title's `Character`s).
    static func quickContains(_ body: String, _ title: String, characters: () -> Int) -> Bool? {
        // (Native strings are contiguous; another is left to Foundation.)
        let answer = title.utf8.withContiguousStorageIfAvailable { t in
            body.utf8.withContiguousStorageIfAvailable { b in quickContains(b, t, body, title, characters: characters) }
        }
        guard let inner = answer, let found = inner else { return nil }
        return found
    }

    private static func quickContains(_ b: UnsafeBufferPointer<UInt8>, _ t: UnsafeBufferPointer<UInt8>, _ body: String, _ title: String,
                                      characters: () -> Int) -> Bool? {
        guard let at = firstOccurrence(of: t, in: b) else {
            return hasMark(title) || TextCleaner.mayNeedNFC(title) || TextCleaner.mayNeedNFC(body) ? nil : false
        }
        let end = at + t.count
        guard at == 0 || b[at - 1] < 0x80, end == b.count || b[end] < 0x80,
              let first = title.unicodeScalars.first, isPlain(first), let last = title.unicodeScalars.last, isPlain(last) else { return nil }
        var scalars = 0
        for i in 0..<end where b[i] & 0xC0 != 0x80 { scalars += 1 }
        return scalars <= characters() ? true : nil
    }

    /// The offset of the first occurrence of `t`'s bytes in `b` (Horspool: a text without the title, nearly every
    /// one, is passed over a title's length at a step).
    static func firstOccurrence(of t: UnsafeBufferPointer<UInt8>, in b: UnsafeBufferPointer<UInt8>) -> Int? {
        let m = t.count, n = b.count
        guard m > 0, m <= n else { return nil }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { skip -> Int? in
            skip.initialize(repeating: m)
            for i in 0..<(m - 1) { skip[Int(t[i])] = m - 1 - i }
            let last = t[m - 1]
            var i = 0
            while i <= n - m {
                let c = b[i + m - 1]
                if c == last && (m == 1 || memcmp(b.baseAddress! + i, t.baseAddress!, m - 1) == 0) { return i }
                i += skip[Int(c)]
            }
            return nil
        }
    }

    /// Some scalar of `text` is a combining mark. Foundation's search is lenient with a title's marks beyond
    /// canonical equivalence (it finds "\u{301}🏽" in "👍🏽\u{301}"), so only a title without one is judged absent.
    /// (Blocks without marks answer without the property look-up: Latin, Greek and Cyrillic letters, Arabic letters,
    /// Latin Extended Additional, general punctuation, kana, Han, Hangul syllables, full-width forms.)
    static func hasMark(_ text: String) -> Bool {
        for s in text.unicodeScalars where s.value >= 0x300 {
            switch s.value {
            case 0x370...0x482, 0x48A...0x52F, 0x621...0x64A, 0x671...0x6D3, 0x1E00...0x1EFF, 0x2000...0x20CF,
                 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF60:
                continue
            default: break
            }
            switch s.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: continue
            }
        }
        return false
    }

    /// A scalar that is a character of its own whatever is beside it: printable ASCII, a cased letter, a digit,
    /// punctuation or a symbol other than a modifier, or a letter of the scripts the corpus writes without marks
    /// (Hebrew, Arabic, kana, Han, Hangul syllables). Marks (a virama joins even an ASCII letter after it, for
    /// Foundation), joiners and conjoining jamo are not.
    static func isPlain(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x20 && v < 0x7F }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .decimalNumber,
             .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .dashPunctuation, .mathSymbol, .currencySymbol, .otherSymbol:
            return !s.properties.isGraphemeExtend && !(0x1F3FB...0x1F3FF).contains(v)
        case .otherLetter:
            switch v {
            case 0x05D0...0x05EA, 0x0620...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x3041...0x3096, 0x30A1...0x30FA,
                 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3: return true
            default: return false
            }
        default: return false
        }
    }
}
