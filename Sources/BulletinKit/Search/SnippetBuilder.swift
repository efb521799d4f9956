import Foundation

/// Builds the excerpt shown under a search hit, from the article's original
/// body (the index stores folded text only), with every match inside the
/// excerpt as a highlight (`Snippet.highlights`).
///
/// Matching here mirrors the index: each word of the body is folded the way
/// the index folds it and compared with the folded query tokens, so "to lam"
/// highlights "Tô Lâm" and "بيلاروسيا" highlights "وبيلاروسيا".
public enum SnippetBuilder {
    /// What to highlight, derived once per query.
    public struct Needles: Sendable, Hashable {
        /// Folded tokens matched whole (UTF-8).
        public private(set) var tokens: Set<[UInt8]> = []
        /// Folded prefixes (`word*`), UTF-8.
        public var prefixes: [[UInt8]] = []
        /// CJK strings matched as substrings of the original text.
        public var literals: [String] = []

        public init(tokens: Set<String> = [], prefixes: [String] = [], literals: [String] = []) {
            self.tokens = Set(tokens.map { Array($0.utf8) })
            self.prefixes = prefixes.map { Array($0.utf8) }
            self.literals = literals
            lengths = self.tokens.reduce(0) { $0 | Needles.bit($1.count) }
        }

        /// The needles of the positive terms of `query`.
        public init(query: SearchQuery) {
            for term in query.positiveTerms {
                // CJK runs (and Thai, Lao, Khmer, Burmese ones) are found as substrings;
                // everything else by folded token.
                var run = ""
                var other = ""
                for scalar in term.text.unicodeScalars {
                    if SearchFolding.isUnspaced(scalar) {
                        run.unicodeScalars.append(scalar)
                        other.append(" ")
                    } else {
                        if !run.isEmpty { literals.append(run); run = "" }
                        other.unicodeScalars.append(scalar)
                    }
                }
                if !run.isEmpty { literals.append(run) }
                var rest = SearchFolding.fold(other, mode: .document).split(separator: " ").map { Array($0.utf8) }
                // An Arabic word with a leading one-letter clitic folds to two
                // forms ("لوكاشينكو" and "وكاشينكو"): one query word, not two,
                // so that a body word matching either form is a full match (the
                // snippet anchors on it) rather than half of a two-word query.
                var k = 0
                while k + 1 < rest.count {
                    if Needles.isCliticFree(rest[k + 1], of: rest[k]) { forms[rest[k + 1]] = rest[k] }
                    k += 1
                }
                if term.isPrefix, let last = rest.popLast() {
                    prefixes.append(last)
                    // The clitic-free form of a prefix is a prefix too.
                    if let main = forms[last], rest.last == main {
                        rest.removeLast()
                        prefixes.append(main)
                    }
                }
                tokens.formUnion(rest)
                // Diacritic-smart: a word typed with diacritics highlights only that spelling.
                for w in DiacriticFilter.words(of: term) {
                    if let e = w.exact {
                        if w.isPrefix { exactPrefixes[w.folded, default: []].insert(e) } else { exact[w.folded, default: []].insert(e) }
                    } else if w.isPrefix {
                        loosePrefixes.insert(w.folded)
                    } else {
                        loose.insert(w.folded)
                    }
                }
            }
            for token in loose { exact[token] = nil }
            for prefix in loosePrefixes { exactPrefixes[prefix] = nil }
            lengths = tokens.reduce(0) { $0 | Needles.bit($1.count) }
        }

        /// Folded token → the lower-case spellings it stands for, when every
        /// query word folding to it was typed with diacritics (`DiacriticFilter`).
        private var exact: [[UInt8]: Set<String>] = [:]
        /// The same for prefixes (`lâm*`).
        private var exactPrefixes: [[UInt8]: Set<String>] = [:]
        private var loose: Set<[UInt8]> = []
        private var loosePrefixes: Set<[UInt8]> = []

        /// Whether the document word `original` is spelled as one of `allowed` (case aside).
        private static func spelled(_ original: () -> Substring, _ allowed: Set<String>?, prefix: Bool) -> Bool {
            guard let allowed else { return true }
            let word = original().lowercased()
            return prefix ? allowed.contains { word.starts(with: $0) } : allowed.contains(word)
        }

        /// Whether `extra` is `main` without its first letter, a one-letter
        /// Arabic clitic (و ف ب ك ل): the two tokens `SearchFolding` gives
        /// for one Arabic word.
        static func isCliticFree(_ extra: [UInt8], of main: [UInt8]) -> Bool {
            // Each of these letters is two bytes in UTF-8: D9 88 (و), D9 81 (ف), D8 A8 (ب), D9 83 (ك), D9 84 (ل).
            guard main.count == extra.count + 2, extra.count >= 2 else { return false }
            let clitic = (main[0] == 0xD9 && [0x88, 0x81, 0x83, 0x84].contains(main[1])) || (main[0] == 0xD8 && main[1] == 0xA8)
            return clitic && main[2...].elementsEqual(extra)
        }

        /// The needle a form stands for: an Arabic word's clitic-free form
        /// maps to the word's main form (one query word, `wordCount` counts
        /// it once).
        private var forms: [[UInt8]: [UInt8]] = [:]

        var isEmpty: Bool { tokens.isEmpty && prefixes.isEmpty && literals.isEmpty }
        var hasTokens: Bool { !(tokens.isEmpty && prefixes.isEmpty) }

        /// Whether one folded word (one token, or an Arabic word and its
        /// clitic-free form separated by a space) is a needle.
        func matches(folded: [UInt8], original: () -> Substring) -> Bool {
            needle(folded: folded, original: original) != nil
        }

        /// Whether any word of `name` (an entity's canonical name) is a needle.
        public func matches(name: String) -> Bool {
            var found = false
            SnippetBuilder.scanWords(in: name, from: 0, to: name.utf8.count) { range, folded in
                found = matches(folded: folded) { SnippetBuilder.substring(name, range) }
                return !found
            }
            return found
        }

        /// The needle (token or prefix) one folded word matches, or nil;
        /// `original`: the word as the text writes it (asked only of a word
        /// that folds to a needle typed with diacritics).
        func needle(folded: [UInt8], original: () -> Substring) -> [UInt8]? {
            if let space = folded.firstIndex(of: 0x20) {
                return needle(token: Array(folded[..<space]), original: original)
                    ?? needle(token: Array(folded[(space + 1)...]), original: original)
            }
            return needle(token: folded, original: original)
        }

        private func needle(token: [UInt8], original: () -> Substring) -> [UInt8]? {
            // Most words of a body match nothing: reject them by length before hashing.
            if lengths & Needles.bit(token.count) != 0, tokens.contains(token),
               exact.isEmpty || Needles.spelled(original, exact[token], prefix: false) { return canonical(token) }
            return prefixes.first {
                token.starts(with: $0) && (exactPrefixes.isEmpty || Needles.spelled(original, exactPrefixes[$0], prefix: true))
            }.map(canonical)
        }

        private func canonical(_ needle: [UInt8]) -> [UInt8] {
            forms.isEmpty ? needle : forms[needle] ?? needle
        }

        /// How many different words (tokens and prefixes) the query has; the
        /// two forms of an Arabic word count once.
        var wordCount: Int { tokens.count + prefixes.count - forms.count }

        /// Bit n set when some token is n bytes long (63: 63 or more).
        private var lengths: UInt64 = 0

        static func bit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }
    }

    /// An excerpt of about `width` characters around the best match in
    /// `body`: where the most different query words occur together (a
    /// phrase or a name, "Tô Lâm" for "to lam"), the first such place on a
    /// tie. When the body has no match (the title or an entity name matched),
    /// or, for a query of several words, none where two of them meet, the
    /// excerpt is around the first of `fallback` (entity mention spans,
    /// UTF-16 offsets) if there is one; else the opening of the body.
    ///
    /// Where query words meet, they are highlighted; a word found alone is
    /// not when it is part of the best place (or when the entity mention
    /// stands in for a weak match), so a stopword of the query ("to" in "to
    /// lam") is not marked wherever it occurs, while another word of the
    /// query ("bielorussie" in "to lam bielorussie") still is.
    public static func snippet(body: String, needles: Needles, width: Int = 160,
                               fallback: () -> [TextSpan] = { [] }) -> Snippet {
        let best = needles.isEmpty ? nil : bestMatch(in: body, needles: needles)
        var first = best?.range
        var highlights: [Range<String.Index>] = []
        var quiet: Set<[UInt8]>? = best.map { $0.words >= 2 ? $0.needles : [] } ?? []
        let weak = best == nil || (needles.wordCount >= 2 && best!.words < 2 && !best!.isLiteral)
        if weak, let span = fallback().min(), let range = range(of: span, in: body) {
            first = range
            highlights = [range]
            quiet = needles.wordCount >= 2 ? nil : []
        }
        let anchor = first?.lowerBound ?? body.startIndex
        let window = self.window(in: body, around: anchor, width: width)
        if !needles.isEmpty {
            highlights += matches(in: body, window: window, needles: needles, quiet: quiet)
        }
        return render(body: body, window: window, highlights: highlights)
    }

    /// Matched words closer than this (in words) belong to one group.
    static let groupGap = 2

    /// One group of matched words close together.
    struct Group {
        var range: Range<Int>
        var lastWord: Int
        var needles: [[UInt8]]
        /// Each matched word (a word between two of them is not highlighted).
        var parts: [Range<Int>]
    }

    /// Calls `visit` with each group of matched words (UTF-8 offsets) between
    /// `from` and `to`, how many different needles it holds and its matched
    /// words; stops when `visit` returns false.
    static func groups(in body: String, from: Int, to: Int, needles: Needles, _ visit: (Group) -> Bool) {
        var current: Group?
        var word = 0
        var stopped = false
        scanWords(in: body, from: from, to: to) { range, folded in
            defer { word += 1 }
            guard let needle = needles.needle(folded: folded, original: { substring(body, range) }) else { return true }
            if var g = current, word - g.lastWord <= groupGap {
                g.range = g.range.lowerBound..<range.upperBound
                g.lastWord = word
                if !g.needles.contains(needle) { g.needles.append(needle) }
                g.parts.append(range)
                current = g
                return true
            }
            if let g = current, !visit(g) {
                stopped = true
                current = nil
                return false
            }
            current = Group(range: range, lastWord: word, needles: [needle], parts: [range])
            return true
        }
        if !stopped, let g = current { _ = visit(g) }
    }

    /// Calls `visit` with the UTF-8 offset range of each word of `text`
    /// between the offsets `from` and `to` (letters, digits and marks; CJK
    /// characters end words, they are matched as literals), and the word
    /// folded as the index folds it. Stops when `visit` returns false.
    /// Works on bytes with one reused buffer: this runs over every hit's body.
    static func scanWords(in text: String, from: Int, to: Int, _ visit: (Range<Int>, [UInt8]) -> Bool) {
        var text = text
        text.withUTF8 { p in
            var folder = SearchFolding.Folder(mode: .document)
            var start = -1
            // Whether the current word is all ASCII: then its folded form is
            // its bytes in lower case (what `Folder` does with an ASCII run),
            // written here without the folder's per-scalar machinery.
            var ascii = true
            var i = max(0, from)
            let end = min(to, p.count)
            func finish(_ at: Int) -> Bool {
                defer { start = -1 }
                guard start >= 0 else { return true }
                folder.out.removeAll(keepingCapacity: true)
                if ascii {
                    for k in start..<at {
                        let b = p[k]
                        folder.out.append(b &- 0x41 < 26 ? b | 0x20 : b)
                    }
                } else {
                    folder.feed(utf8: UnsafeBufferPointer(rebasing: p[start..<at]))
                    folder.flush()
                }
                return visit(start..<at, folder.out)
            }
            while i < end {
                let b0 = p[i]
                var length = 1
                var isWord: Bool
                if b0 < 0x80 {
                    isWord = (b0 >= 0x30 && b0 <= 0x39) || ((b0 | 0x20) >= 0x61 && (b0 | 0x20) <= 0x7A)
                } else {
                    var v: UInt32
                    if b0 < 0xE0 {
                        length = 2
                        v = UInt32(b0 & 0x1F)
                    } else if b0 < 0xF0 {
                        length = 3
                        v = UInt32(b0 & 0x0F)
                    } else {
                        length = 4
                        v = UInt32(b0 & 0x07)
                    }
                    length = min(length, p.count - i)
                    for k in 1..<max(1, length) { v = (v << 6) | UInt32(p[i + k] & 0x3F) }
                    isWord = isWordScalar(v)
                }
                if isWord {
                    if start < 0 {
                        start = i
                        ascii = true
                    }
                    if b0 >= 0x80 { ascii = false }
                } else if !finish(i) {
                    return
                }
                i += length
            }
            _ = finish(i)
        }
    }

    /// Letters, digits and combining marks, except CJK and the letters and marks of
    /// Thai, Lao, Khmer and Burmese (matched as literals; their digits are words).
    static func isWordScalar(_ v: UInt32) -> Bool {
        // Every scalar before the CJK blocks from a table: the Unicode
        // property look-ups cost more than the rest of a body's scan.
        if v < wordScalarTableLimit { return wordScalarTable[Int(v)] }
        return computeIsWordScalar(v)
    }

    static let wordScalarTableLimit: UInt32 = 0x3000

    /// `computeIsWordScalar` of every scalar below `wordScalarTableLimit` (built once, 12 KB).
    static let wordScalarTable: [Bool] = (0..<wordScalarTableLimit).map { computeIsWordScalar($0) }

    static func computeIsWordScalar(_ v: UInt32) -> Bool {
        if SearchFolding.isArabicLetter(v) || SearchFolding.isArabicIgnorable(v) { return true }
        guard let scalar = Unicode.Scalar(v), !SearchFolding.isUnspaced(scalar) else { return false }
        let p = scalar.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    /// The text between two UTF-8 offsets (scalar boundaries).
    static func substring(_ text: String, _ range: Range<Int>) -> Substring {
        text[index(text, utf8Offset: range.lowerBound)..<index(text, utf8Offset: range.upperBound)]
    }

    static func index(_ text: String, utf8Offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: utf8Offset)
    }

    /// The best match of `needles` in `body`: the first group of words with
    /// the most different needles (scanning stops once a group has them
    /// all), or the first CJK literal when it comes first and no group joins
    /// two words.
    static func bestMatch(in body: String, needles: Needles)
        -> (range: Range<String.Index>, words: Int, needles: Set<[UInt8]>, isLiteral: Bool)? {
        var literal: Range<String.Index>?
        for l in needles.literals {
            if let r = firstOccurrence(of: l, in: body, from: body.startIndex, to: body.endIndex),
               literal == nil || r.lowerBound < literal!.lowerBound { literal = r }
        }
        var best: Group?
        if needles.hasTokens {
            let all = needles.wordCount
            groups(in: body, from: 0, to: body.utf8.count, needles: needles) { g in
                if best == nil || g.needles.count > best!.needles.count { best = g }
                return g.needles.count < all
            }
        }
        if let best {
            let range = index(body, utf8Offset: best.range.lowerBound)..<index(body, utf8Offset: best.range.upperBound)
            if let literal, best.needles.count < 2, literal.lowerBound < range.lowerBound { return (literal, 1, [], true) }
            return (range, best.needles.count, Set(best.needles), false)
        }
        return literal.map { ($0, 1, [], true) }
    }

    /// The matches inside `window`: matched words and CJK literals, except
    /// a word found alone (no other query word beside it) whose needle is in
    /// `quiet` (nil: every needle).
    static func matches(in body: String, window: Range<String.Index>, needles: Needles,
                        quiet: Set<[UInt8]>? = []) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        if needles.hasTokens {
            let from = body.utf8.distance(from: body.utf8.startIndex, to: window.lowerBound)
            let to = body.utf8.distance(from: body.utf8.startIndex, to: window.upperBound)
            groups(in: body, from: from, to: to, needles: needles) { g in
                if g.needles.count < 2, quiet == nil || quiet!.contains(g.needles[0]) { return true }
                for part in g.parts {
                    result.append(index(body, utf8Offset: part.lowerBound)..<index(body, utf8Offset: part.upperBound))
                }
                return true
            }
        }
        for literal in needles.literals {
            var from = window.lowerBound
            while from < window.upperBound, let r = firstOccurrence(of: literal, in: body, from: from, to: window.upperBound) {
                result.append(r)
                from = r.upperBound
            }
        }
        return result
    }

    /// The first occurrence of `needle` (a run of CJK characters) in
    /// `text` between `from` and `to`, compared byte by byte in UTF-8:
    /// Foundation's `range(of:)` bridged the whole body for every search.
    /// Both ends fall on scalar boundaries (UTF-8 is self-synchronizing); in Thai, Lao,
    /// Khmer and Burmese, on cluster boundaries too (`กม` is not found in `กม่`),
    /// as the index's cluster bigrams match.
    static func firstOccurrence(of needle: String, in text: String, from: String.Index, to: String.Index) -> Range<String.Index>? {
        var text = text, needle = needle
        let start = text.utf8.distance(from: text.utf8.startIndex, to: from)
        let end = text.utf8.distance(from: text.utf8.startIndex, to: to)
        let found: (Int, Int)? = text.withUTF8 { t in
            needle.withUTF8 { n in
                guard n.count > 0, end - start >= n.count else { return nil }
                let first = n[0]
                var i = start
                while i + n.count <= end {
                    if t[i] == first {
                        var k = 1, j = i + 1
                        while k < n.count, j < end {
                            if t[j] == n[k] {
                                k += 1
                                j += 1
                            } else if n[k] == 0xE0 || n[k] == 0xE1 || n[k] == 0xEA, j + 3 <= end,
                                      t[j] == 0xE2, t[j + 1] == 0x80, t[j + 2] == 0x8B {
                                // A zero-width space between two Thai, Lao, Khmer or Burmese letters
                                // of the text, which the index drops (a query never types it).
                                j += 3
                            } else {
                                break
                            }
                        }
                        if k == n.count, !splitsCluster(t, at: i), !splitsCluster(t, at: j) { return (i, j) }
                    }
                    i += 1
                }
                return nil
            }
        }
        guard let found else { return nil }
        return index(text, utf8Offset: found.0)..<index(text, utf8Offset: found.1)
    }

    /// Whether the scalar boundary at UTF-8 offset `at` of `t` falls inside a Thai, Lao,
    /// Khmer or Burmese cluster (a mark, or a base stacked under a coeng or virama,
    /// follows). Their scalars are three bytes led by 0xE0, 0xE1 or 0xEA: other text
    /// pays one byte test.
    static func splitsCluster(_ t: UnsafeBufferPointer<UInt8>, at: Int) -> Bool {
        guard at >= 3, at + 3 <= t.count else { return false }
        let b = t[at], p = t[at - 3]
        guard b == 0xE0 || b == 0xE1 || b == 0xEA, p == 0xE0 || p == 0xE1 || p == 0xEA else { return false }
        func scalar(_ k: Int) -> UInt32 {
            (UInt32(t[k] & 0x0F) << 12) | (UInt32(t[k + 1] & 0x3F) << 6) | UInt32(t[k + 2] & 0x3F)
        }
        guard t[at - 3] & 0xF0 == 0xE0, t[at - 2] & 0xC0 == 0x80 else { return false }
        return SearchFolding.continuesCluster(scalar(at), after: scalar(at - 3))
    }

    static func range(of span: TextSpan, in text: String) -> Range<String.Index>? {
        let utf16 = text.utf16
        guard span.start >= 0, span.end <= utf16.count, span.start < span.end,
              let lower = utf16.index(utf16.startIndex, offsetBy: span.start, limitedBy: utf16.endIndex),
              let upper = utf16.index(utf16.startIndex, offsetBy: span.end, limitedBy: utf16.endIndex),
              let l = lower.samePosition(in: text), let u = upper.samePosition(in: text) else { return nil }
        return l..<u
    }

    /// About `width` characters starting a little before `anchor`, cut at spaces where possible.
    static func window(in text: String, around anchor: String.Index, width: Int) -> Range<String.Index> {
        let lead = width / 3
        var start = text.index(anchor, offsetBy: -lead, limitedBy: text.startIndex) ?? text.startIndex
        if start > text.startIndex {
            // Start after a space so no word is cut, unless that would skip the anchor.
            if let space = text[start..<anchor].firstIndex(where: \.isWhitespace) {
                start = text.index(after: space)
            }
        }
        var end = text.index(start, offsetBy: width, limitedBy: text.endIndex) ?? text.endIndex
        if end < text.endIndex, end > anchor, let space = text[anchor..<end].lastIndex(where: \.isWhitespace) {
            end = space
        }
        return start..<max(end, start)
    }

    /// Joins overlapping matches and matches separated only by spaces, so a
    /// phrase is one highlight, "Tô Lâm", rather than two, "Tô" and "Lâm".
    static func merged(_ sorted: [Range<String.Index>], in text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        for r in sorted {
            if let last = result.last,
               r.lowerBound <= last.upperBound || text[last.upperBound..<r.lowerBound].allSatisfy({ $0 == " " }) {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                result.append(r)
            }
        }
        return result
    }

    /// Unicode's White_Space property (what `Character.isWhitespace` tests on a character's first scalar).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Whether `scalar` continues the character before it (a combining or
    /// spacing mark, a joiner): it belongs to a whitespace character.
    static func extendsCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let p = scalar.properties
        return p.isGraphemeExtend || p.generalCategory == .spacingMark || scalar.value == 0x200D
    }

    static func render(body: String, window: Range<String.Index>, highlights: [Range<String.Index>]) -> Snippet {
        let marks = merged(highlights
            .map { $0.clamped(to: window) }
            .filter { !$0.isEmpty }
            .sorted { $0.lowerBound < $1.lowerBound }, in: body)
        var out = String.UnicodeScalarView()
        if window.lowerBound > body.startIndex { out.append("…") }
        // Scalars in `out` so far (a String's scalar count is not stored).
        var count = out.isEmpty ? 0 : 1
        var spans: [Range<Int>] = []
        var lastWasSpace = false
        var i = window.lowerBound
        var m = 0
        // Scalar by scalar (a Character walk and its property look-ups cost
        // most of a snippet): a whitespace scalar, with the marks that extend
        // it into one character, collapses to one space, as a whitespace
        // Character would.
        var inSpace = false
        func emit(_ s: Substring) {
            for scalar in s.unicodeScalars {
                if isWhitespace(scalar) {
                    if !lastWasSpace, count > 0 {
                        out.append(" ")
                        count += 1
                    }
                    lastWasSpace = true
                    inSpace = true
                } else if inSpace, scalar.value >= 0x80, extendsCharacter(scalar) {
                    continue
                } else {
                    out.append(scalar)
                    count += 1
                    lastWasSpace = false
                    inSpace = false
                }
            }
            inSpace = false
        }
        while i < window.upperBound {
            while m < marks.count, marks[m].upperBound <= i { m += 1 }
            if m < marks.count, marks[m].lowerBound <= i {
                // A space the match begins with (collapsed whitespace) is not part of it.
                let leadingSpace = !lastWasSpace && count > 0 && body[i...].unicodeScalars.first.map(isWhitespace) == true
                let start = count + (leadingSpace ? 1 : 0)
                emit(body[i..<marks[m].upperBound])
                if start < count { spans.append(start..<count) }
                i = marks[m].upperBound
                m += 1
            } else {
                let next = m < marks.count ? min(marks[m].lowerBound, window.upperBound) : window.upperBound
                emit(body[i..<next])
                i = next
            }
        }
        while out.last == " " {
            out.removeLast()
            count -= 1
        }
        if window.upperBound < body.endIndex { out.append("…") }
        let highlights = spans.compactMap { s -> Range<Int>? in
            let clamped = s.clamped(to: 0..<count)
            return clamped.isEmpty ? nil : clamped
        }
        return Snippet(text: String(out), highlights: highlights)
    }
}
