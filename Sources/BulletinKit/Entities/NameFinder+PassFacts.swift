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

    /// `mentions.first(where: test)` (only the mention found is copied).
    @inline(__always) func firstMention(where test: (Mention) -> Bool) -> Mention? {
        mentions.withUnsafeBufferPointer { b in
            for i in b.indices where test(b[i]) { return b[i] }
            return nil
        }
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
