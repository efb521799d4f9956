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
        guard text.unicodeScalars.contains(target) else { return text }
        return text.replacingOccurrences(of: String(target), with: replacement)
    }

    /// Whether `PhraseMatcher.add` can tokenize `trimmed` as it is: no stem mark (`~`) and no
    /// run of spaces, so splitting it at spaces and joining the words again with one space
    /// gives `trimmed` back (`split(separator: " ")` was 79M instructions of the set-up).
    static func isPlainPhrase(_ trimmed: String) -> Bool {
        var previousSpace = false
        for b in trimmed.utf8 {
            if b == 0x7E { return false }
            let space = b == 0x20
            if space && previousSpace { return false }
            previousSpace = space
        }
        return true
    }
}
