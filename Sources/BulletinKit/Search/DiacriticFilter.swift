import CBulletinICU
import Foundation

/// Diacritic-smart search, as vim's smartcase is for case: a query word
/// typed with diacritics matches only the words written with the same
/// letters and marks (case ignored); a word typed without them matches
/// every variant.
///
/// The index folds diacritics away (`SearchFolding`), so the full-text
/// match finds the candidates and this filter checks the words typed with
/// diacritics against the article's own text: its title, then its body.
/// Nothing is added to indexing; a query without such a word builds no filter.
///
/// A word is "typed with diacritics" when folding changes one of its
/// lower-case letters (`isMarked`): `â`, `ồ`, `é`, `ł`, `й`, `ё`, `ά`, a
/// combining mark. Arabic letters and signs never count (hamza and vowel
/// signs are spelling variants, written or not, which search ignores), nor
/// do CJK characters (never folded).
///
/// Phrases are checked word by word: `"Tô Lâm"` needs the phrase (the index)
/// and the words `tô` and `lâm` as typed somewhere in the article.
public struct DiacriticFilter: Sendable, Hashable {
    /// One word of a query term.
    public struct Word: Sendable, Hashable {
        /// The word as the index folds it (UTF-8).
        var folded: [UInt8]
        /// Lower case, as typed, when typed with diacritics; nil: any variant.
        var exact: String?
        /// The last word of `word*`.
        var isPrefix: Bool
        /// UTF-8 byte patterns a matching word must contain (the first marked
        /// letter in lower and upper case): found by a byte search.
        var anchors: [[UInt8]]
    }

    /// A term: all its words, or an article mentioning one of `names`.
    struct Alternative: Sendable, Hashable {
        var words: [Word]
        var names: Set<String>
    }

    /// The `OR` groups of positive terms that hold a word typed with
    /// diacritics (the others are exactly what the index matched).
    var clauses: [[Alternative]]
    /// Excluded terms with a word typed with diacritics: an article holding
    /// every word of one is rejected (the index does not exclude them).
    var excluded: [[Word]]
    /// Entity names the whole query names: an article mentioning one matches.
    var queryNames: Set<String>

    /// The filter of `query`, or nil when no word of it is typed with diacritics.
    /// - Parameters:
    ///   - termNames: for a term's index, the entity names it matches as well.
    ///   - queryNames: the entity names the whole query matches.
    public init?(query: SearchQuery, termNames: [Int: Set<String>] = [:], queryNames: Set<String> = []) {
        var clauses: [[Alternative]] = []
        for clause in query.clauses {
            let alternatives = clause.map { Alternative(words: DiacriticFilter.words(of: query.terms[$0]), names: termNames[$0] ?? []) }
            if alternatives.contains(where: { $0.words.contains { $0.exact != nil } }) { clauses.append(alternatives) }
        }
        let excluded = query.excludedTerms.map(DiacriticFilter.words(of:)).filter { $0.contains { $0.exact != nil } }
        guard !clauses.isEmpty || !excluded.isEmpty else { return nil }
        self.clauses = clauses
        self.excluded = excluded
        self.queryNames = queryNames
    }

    /// The words of a term, as `SnippetBuilder` reads words (CJK left out: the index matched them).
    public static func words(of term: SearchQuery.Term) -> [Word] {
        var words: [Word] = []
        SnippetBuilder.scanWords(in: term.text, from: 0, to: term.text.utf8.count) { range, folded in
            let text = term.text
            let original = String(decoding: Array(text.utf8)[range], as: UTF8.self)
            words.append(word(original: original, folded: folded))
            return true
        }
        if term.isPrefix, !words.isEmpty { words[words.count - 1].isPrefix = true }
        return words
    }

    /// One word of a query: `original` as typed, `folded` as the index folds it.
    static func word(original: String, folded: [UInt8]) -> Word {
        let lower = original.precomposedStringWithCanonicalMapping.lowercased()
        guard let anchor = lower.unicodeScalars.first(where: isMarked) else {
            return Word(folded: folded, exact: nil, isPrefix: false, anchors: [])
        }
        var anchors = [Array(String(anchor).utf8)]
        let upper = Array(String(anchor).uppercased().utf8)
        if upper != anchors[0] { anchors.append(upper) }
        return Word(folded: folded, exact: lower, isPrefix: false, anchors: anchors)
    }

    /// The words of `text` (split at whitespace and punctuation) typed with
    /// diacritics, in lower case and NFC: what a literal search (the TUI's
    /// titles and reader) must find written so, case aside.
    public static func markedWords(in text: String) -> [String] {
        var result: [String] = []
        var word = ""
        func flush() {
            if word.unicodeScalars.contains(where: isMarked) { result.append(word) }
            word = ""
        }
        for c in text.precomposedStringWithCanonicalMapping.lowercased() {
            if c.isLetter || c.isNumber || c.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) {
                word.append(c)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    /// Whether `scalar` (in lower case) carries a diacritic that search folds
    /// away: a letter whose decomposition has a combining mark (`é`, `ồ`, `й`,
    /// `ά`), a Latin letter with a stroke (`đ`, `ł`, `ø`), a combining mark
    /// alone. Never Arabic, CJK, Thai, Lao, Khmer or Burmese (whose marks search keeps); not a letter variant without a mark (final
    /// `ς`, `ß`, `æ`), nor a vowel sign search keeps (Hindi, Thai).
    public static func isMarked(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        guard v >= 0x80, !SearchFolding.isArabicLetter(v), !SearchFolding.isArabicIgnorable(v),
              !(0x0600...0x08FF).contains(v), !SearchFolding.isCJK(scalar), !SearchFolding.isSEABlock(v) else { return false }
        let s = String(Character(scalar))
        let folded = SearchFolding.fold(s, mode: .document)
        guard folded != s else { return false }
        let decomposed = s.decomposedStringWithCanonicalMapping.unicodeScalars
        if decomposed.contains(where: { $0.properties.generalCategory == .nonspacingMark }) { return true }
        // Latin letters without a decomposition: one ASCII letter once folded.
        let latin = (0x00C0...0x024F).contains(v) || (0x1E00...0x1EFF).contains(v)
        return latin && folded.utf8.count == 1
    }

    /// Whether `word` (lower case, as a document writes it) is `exact` (or starts with it, for a prefix).
    static func equal(_ word: String, _ w: Word) -> Bool {
        guard let exact = w.exact else { return true }
        return w.isPrefix ? word.starts(with: exact) : word == exact
    }

    /// Whether the article matches: every clause has an alternative whose
    /// words are all in its title or body (or an entity it names), and no
    /// excluded term's words all are. `withBody` calls its argument with the
    /// body's UTF-8 bytes (nil: no body) and returns what it returns; it is
    /// called only when the title and the entity names do not decide.
    public func accepts(title: String, entityNames: [String],
                        withBody: ((UnsafeBufferPointer<UInt8>?) -> Bool) -> Bool) -> Bool {
        if !queryNames.isEmpty, entityNames.contains(where: queryNames.contains) { return true }
        var title = title
        return title.withUTF8 { t in
            // Title and names alone, when nothing is excluded.
            if excluded.isEmpty, evaluate(entityNames, { Text(p: t).contains($0) }) { return true }
            return withBody { b in
                evaluate(entityNames) { w in Text(p: t).contains(w) || (b.map { Text(p: $0).contains(w) } ?? false) }
            }
        }
    }

    /// `accepts` with a body at hand.
    public func accepts(title: String, entityNames: [String], body: String) -> Bool {
        accepts(title: title, entityNames: entityNames) { f in
            var body = body
            return body.withUTF8 { f($0) }
        }
    }

    private func evaluate(_ entityNames: [String], _ has: (Word) -> Bool) -> Bool {
        for clause in clauses {
            let ok = clause.contains { alternative in
                if !alternative.names.isEmpty, entityNames.contains(where: alternative.names.contains) { return true }
                return alternative.words.allSatisfy(has)
            }
            if !ok { return false }
        }
        for words in excluded where words.allSatisfy(has) { return false }
        return true
    }

    /// The same, for highlighting: whether a document word (its text) may stand for query word `w`.
    public static func wordMatches(_ documentWord: Substring, _ w: Word) -> Bool {
        guard w.exact != nil else { return true }
        return equal(String(documentWord).lowercased(), w)
    }

    /// UTF-8 text searched for a query word.
    struct Text {
        let p: UnsafeBufferPointer<UInt8>

        func contains(_ w: Word) -> Bool {
            w.exact == nil ? containsFolded(w) : DiacriticFilter.containsExact(w, in: p)
        }

        /// Any spelling: a word that folds to `w.folded` (or starts so, for a
        /// prefix). Only a word typed without diacritics beside one typed
        /// with them (`Minsk OR Lâm`) is looked for so.
        private func containsFolded(_ w: Word) -> Bool {
            let text = String(decoding: p, as: UTF8.self)
            var found = false
            SnippetBuilder.scanWords(in: text, from: 0, to: text.utf8.count) { _, folded in
                for part in folded.split(separator: 0x20) {
                    if w.isPrefix ? part.starts(with: w.folded) : part.elementsEqual(w.folded) { found = true }
                }
                return !found
            }
            return found
        }
    }

    /// Whether the UTF-8 text `p` holds a word written as `w.exact` (case
    /// aside): each anchor (a marked letter's bytes) is found with `memmem`
    /// (most texts never hold it), then the word around it is compared whole.
    static func containsExact(_ w: Word, in p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = p.baseAddress else { return false }
        for anchor in w.anchors {
            let n = anchor.count
            guard n > 0 else { continue }
            let found: Bool = anchor.withUnsafeBytes { a in
                var i = 0
                while i + n <= p.count {
                    guard let hit = bulletin_memmem(base + i, p.count - i, a.baseAddress, n) else { return false }
                    let at = UnsafeRawPointer(base).distance(to: hit)
                    let range = DiacriticFilter.wordRange(p, around: at)
                    let word = String(decoding: UnsafeBufferPointer(rebasing: p[range]), as: UTF8.self)
                    if DiacriticFilter.equal(word.lowercased(), w) { return true }
                    i = max(range.upperBound, at + 1)
                }
                return false
            }
            if found { return true }
        }
        return false
    }

    /// The word (letters, digits, marks: `SnippetBuilder.isWordScalar`) around byte offset `i`.
    static func wordRange(_ p: UnsafeBufferPointer<UInt8>, around i: Int) -> Range<Int> {
        func scalar(at k: Int) -> (UInt32, Int) {
            let b0 = p[k]
            if b0 < 0x80 { return (UInt32(b0), 1) }
            var length = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
            length = min(length, p.count - k)
            var v = UInt32(b0 & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07))
            for j in 1..<max(1, length) { v = (v << 6) | UInt32(p[k + j] & 0x3F) }
            return (v, max(1, length))
        }
        var start = i
        while start > 0 {
            var k = start - 1
            while k > 0, p[k] & 0xC0 == 0x80 { k -= 1 }
            guard SnippetBuilder.isWordScalar(scalar(at: k).0) else { break }
            start = k
        }
        var end = i
        while end < p.count {
            let (v, length) = scalar(at: end)
            guard SnippetBuilder.isWordScalar(v) else { break }
            end += length
        }
        return start..<max(end, start)
    }
}
