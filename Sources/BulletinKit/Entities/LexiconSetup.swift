import Foundation

/// Cheap forms of Foundation string calls that the entity lexicon's one-time set-up makes
/// for each of its ~15,000 phrases (`PhraseMatcher.add`, `EntityLexicon.init`, the knowledge
/// base's loader). On Linux each of them bridges to `NSString` and back (UTF-16 out and in):
/// `trimmingCharacters(in: .whitespaces)` cost 164M instructions and `replacingOccurrences`
/// 52M of the lexicon's 770M, in every process that extracts, while nearly every phrase has
/// nothing to trim or replace. Each helper answers that common case itself and otherwise
/// makes the very Foundation call, so the results are the same strings.
enum LexiconSetup {
    /// `text.trimmingCharacters(in: .whitespaces)` (spaces and tabs, not newlines; unlike
    /// `EntityExtractor.trimmedWhitespace`): `text` itself when neither its first nor its last
    /// scalar is white space (nothing to trim), else Foundation's trim.
    static func trimmedInlineWhitespace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        if mayBeWhitespace(first) || mayBeWhitespace(last) { return text.trimmingCharacters(in: .whitespaces) }
        return text
    }

    /// Whether `s` may be in `CharacterSet.whitespaces` (tab and the space separators):
    /// false is certain (printable ASCII other than the space, the scalars beyond ASCII that
    /// are not space separators, and every scalar the set does not hold); anything else is
    /// asked of the set itself. Beyond ASCII the set holds U+00A0, U+1680, U+2000–U+200B,
    /// U+202F, U+205F and U+3000 (a test checks every scalar): asking it of the first and
    /// last letter of every Cyrillic, Arabic or Han phrase was 16M instructions of the set-up.
    @inline(__always) static func mayBeWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v > 0x20 && v < 0x7F { return false }
        if v >= 0x80, !mayBeSpaceSeparator(v) { return false }
        return CharacterSet.whitespaces.contains(s)
    }

    /// The scalars beyond ASCII that `CharacterSet.whitespaces` may hold.
    @inline(__always) static func mayBeSpaceSeparator(_ v: UInt32) -> Bool {
        v == 0xA0 || v == 0x1680 || (v >= 0x2000 && v <= 0x200B) || v == 0x202F || v == 0x205F || v == 0x3000
    }

    /// `text.replacingOccurrences(of: target, with: replacement)` for a one-scalar `target`:
    /// `text` itself when it does not hold that scalar (nothing can match), else Foundation's call.
    static func replacing(_ target: Unicode.Scalar, with replacement: String, in text: String) -> String {
        // An ASCII target is its one byte in UTF-8: looked for on the bytes (the scalar view's `contains` stepped its
        // iterator over every name of the knowledge base).
        guard target.isASCII ? NameFinder.utf8Contains(text, UInt8(target.value)) : text.unicodeScalars.contains(target) else { return text }
        return text.replacingOccurrences(of: String(target), with: replacement)
    }

    /// Whether `PhraseMatcher.add` can tokenize `trimmed` as it is: no stem mark (`~`) and no
    /// run of spaces, so splitting it at spaces and joining the words again with one space
    /// gives `trimmed` back (`split(separator: " ")` was 79M instructions of the set-up).
    static func isPlainPhrase(_ trimmed: String) -> Bool {
        // Over the contiguous bytes: the `utf8` view's iterator cost several times the test (13M instructions).
        if let r = trimmed.utf8.withContiguousStorageIfAvailable({ b -> Bool in
            var previousSpace = false
            for x in b {
                if x == 0x7E { return false }
                let space = x == 0x20
                if space && previousSpace { return false }
                previousSpace = space
            }
            return true
        }) { return r }
        var previousSpace = false
        for b in trimmed.utf8 {
            if b == 0x7E { return false }
            let space = b == 0x20
            if space && previousSpace { return false }
            previousSpace = space
        }
        return true
    }

    /// Whether every `byte` (an ASCII byte: a space, `~`) of the UTF-8 `b` is a `Character` of its own: so when `b` is
    /// plain (see `PlainText`: its scalars are its characters), or when each such byte stands between ASCII bytes (or at
    /// an end). Else one may be a grapheme with its neighbour (a combining mark after it, a prepended sign before it).
    static func standsAlone(_ byte: UInt8, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        if PlainText.isPlain(b) { return true }
        for i in 0..<b.count where b[i] == byte {
            if i > 0 && b[i - 1] >= 0x80 || i + 1 < b.count && b[i + 1] >= 0x80 { return false }
        }
        return true
    }

    /// `key.split(separator: " ").last.map(String.init)`, found on the bytes when every space of `key` is a `Character`
    /// of its own (`standsAlone`): the byte words are then the split's words; else split as characters.
    /// The character split walked grapheme breaks over every name of the knowledge base: ~50M instructions of the set-up.
    static func lastWord(_ key: String) -> String? {
        let span = key.utf8.withContiguousStorageIfAvailable { b -> (start: Int, end: Int)? in
            guard standsAlone(0x20, in: b) else { return nil }
            var end = b.count
            while end > 0 && b[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > 0 && b[start - 1] != 0x20 { start -= 1 }
            return (start, end)
        }
        guard let span = span ?? nil else { return key.split(separator: " ").last.map(String.init) }
        guard span.end > span.start else { return nil }
        if span.start == 0 && span.end == key.utf8.count { return key }
        let u = key.utf8
        return String(key[u.index(u.startIndex, offsetBy: span.start)..<u.index(u.startIndex, offsetBy: span.end)])
    }

    /// For a one-word ASCII name (no space, every byte below 0x80): whether a capital follows a small letter in it
    /// ("AfD", "BoJ"); nil for any other name. In ASCII `CharacterSet.lowercaseLetters` holds a–z and
    /// `uppercaseLetters` A–Z, so the bytes answer what those sets did of the name's scalars (an array of them made
    /// per name, and a set look-up per pair: 56M instructions of the set-up).
    static func asciiCapitalAfterSmall(_ name: String) -> Bool? {
        func test(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
            var inner = false, previousSmall = false
            for x in b {
                if x >= 0x80 || x == 0x20 { return nil }
                if previousSmall && x &- 0x41 < 26 { inner = true }
                previousSmall = x &- 0x61 < 26
            }
            return inner
        }
        if let r = name.utf8.withContiguousStorageIfAvailable(test) { return r }
        return Array(name.utf8).withUnsafeBufferPointer(test)
    }

    /// `text.split(separator: " ").map(String.init)`, on the bytes when every space of `text` is a `Character` of its
    /// own (`standsAlone`); else split as characters. (The character split of the phrases with a stem mark or a
    /// double space, 2,500 of them, was 20M instructions of the set-up.)
    static func spaceSeparatedWords(_ text: String) -> [String] {
        let spans = text.utf8.withContiguousStorageIfAvailable { b -> [Range<Int>]? in
            guard standsAlone(0x20, in: b) else { return nil }
            var out: [Range<Int>] = [], start = 0
            for i in 0..<b.count where b[i] == 0x20 {
                if i > start { out.append(start..<i) }
                start = i + 1
            }
            if b.count > start { out.append(start..<b.count) }
            return out
        }
        guard let spans = spans ?? nil else { return text.split(separator: " ").map(String.init) }
        let u = text.utf8
        return spans.map { String(text[u.index(u.startIndex, offsetBy: $0.lowerBound)..<u.index(u.startIndex, offsetBy: $0.upperBound)]) }
    }

    /// `word.hasSuffix("~")` (a stem mark), on the bytes: a final `~` that is a `Character` of its own (`standsAlone`)
    /// ends the word; one that may be joined to a prepended sign before it asks `hasSuffix`.
    static func endsWithStemMark(_ word: String) -> Bool {
        guard word.utf8.last == 0x7E else { return false }
        return word.utf8.withContiguousStorageIfAvailable { standsAlone(0x7E, in: $0) } == true || word.hasSuffix("~")
    }

    /// `replacing("~", with: "", in: text)` (a name's stem marks taken out), on the bytes when every `~` is a `Character`
    /// of its own (`standsAlone`): each is then a character, a scalar and a UTF-16 unit alone, a match however Foundation
    /// matches; else Foundation's call. (That call was some 28,000 instructions a name: 38M of the set-up for the base's
    /// 1,378 names with a stem.)
    static func removingStemMarks(_ text: String) -> String {
        let marks = text.utf8.withContiguousStorageIfAvailable { b -> Bool? in   // nil: a mark that may not stand alone
            guard b.contains(0x7E) else { return false }
            return standsAlone(0x7E, in: b) ? true : nil
        }
        switch marks {
        case .some(.some(false)): return text
        case .some(.some(true)): return String(decoding: text.utf8.filter { $0 != 0x7E }, as: UTF8.self)
        default: return replacing("~", with: "", in: text)
        }
    }
}
