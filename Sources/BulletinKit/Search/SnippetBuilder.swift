import Foundation

/// Builds the excerpt shown under a search hit, from the article's original
/// body (the index stores folded text only), with every match inside the
/// excerpt between `«` and `»`.
///
/// Matching here mirrors the index: each word of the body is folded the way
/// the index folds it and compared with the folded query tokens, so "to lam"
/// highlights "Tô Lâm" and "بيلاروسيا" highlights "وبيلاروسيا".
public enum SnippetBuilder {
    /// What to highlight, derived once per query.
    public struct Needles: Sendable, Hashable {
        /// Folded tokens matched whole.
        public var tokens: Set<String> = []
        /// Folded prefixes (`word*`).
        public var prefixes: [String] = []
        /// CJK strings matched as substrings of the original text.
        public var literals: [String] = []

        public init(tokens: Set<String> = [], prefixes: [String] = [], literals: [String] = []) {
            self.tokens = tokens
            self.prefixes = prefixes
            self.literals = literals
        }

        /// The needles of the positive terms of `query`.
        public init(query: SearchQuery) {
            for term in query.positiveTerms {
                var rest: [String] = []
                // CJK runs are found as substrings; everything else by folded token.
                var run = ""
                var other = ""
                for scalar in term.text.unicodeScalars {
                    if SearchFolding.isCJK(scalar) {
                        run.unicodeScalars.append(scalar)
                        other.append(" ")
                    } else {
                        if !run.isEmpty { literals.append(run); run = "" }
                        other.unicodeScalars.append(scalar)
                    }
                }
                if !run.isEmpty { literals.append(run) }
                rest = SearchFolding.fold(other, mode: .document).split(separator: " ").map(String.init)
                if term.isPrefix, let last = rest.popLast() { prefixes.append(last) }
                tokens.formUnion(rest)
            }
        }

        var isEmpty: Bool { tokens.isEmpty && prefixes.isEmpty && literals.isEmpty }

        func matches(word: Substring) -> Bool {
            for token in SearchFolding.fold(String(word), mode: .document).split(separator: " ") {
                if tokens.contains(String(token)) { return true }
                if prefixes.contains(where: { token.hasPrefix($0) }) { return true }
            }
            return false
        }
    }

    /// An excerpt of about `width` characters around the first match in
    /// `body`; when the body has none (the title or an entity name matched),
    /// around the first of `fallback` (entity mention spans, UTF-16 offsets);
    /// else the opening of the body.
    public static func snippet(body: String, needles: Needles, fallback: [TextSpan] = [], width: Int = 160) -> String {
        var first = needles.isEmpty ? nil : firstMatch(in: body, needles: needles)
        var highlights: [Range<String.Index>] = []
        if first == nil, let span = fallback.min(), let range = range(of: span, in: body) {
            first = range
            highlights = [range]
        }
        let anchor = first?.lowerBound ?? body.startIndex
        let window = self.window(in: body, around: anchor, width: width)
        if !needles.isEmpty {
            highlights += matches(in: body, window: window, needles: needles)
        }
        return render(body: body, window: window, highlights: highlights)
    }

    /// The words of `text` in `range`: runs of letters, digits and marks.
    static func words(in text: String, range: Range<String.Index>) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start: String.Index?
        var i = range.lowerBound
        while i < range.upperBound {
            let c = text[i]
            let isWordChar = c.isLetter || c.isNumber || c.unicodeScalars.first.map { $0.properties.generalCategory == .nonspacingMark } == true
            if isWordChar {
                if start == nil { start = i }
            } else if let s = start {
                result.append(s..<i)
                start = nil
            }
            i = text.index(after: i)
        }
        if let s = start { result.append(s..<range.upperBound) }
        return result
    }

    static func firstMatch(in body: String, needles: Needles) -> Range<String.Index>? {
        var best: Range<String.Index>?
        for literal in needles.literals {
            if let r = body.range(of: literal), best == nil || r.lowerBound < best!.lowerBound { best = r }
        }
        if !(needles.tokens.isEmpty && needles.prefixes.isEmpty) {
            let limit = best?.lowerBound ?? body.endIndex
            for word in words(in: body, range: body.startIndex..<limit) where needles.matches(word: body[word]) {
                return word
            }
        }
        return best
    }

    static func matches(in body: String, window: Range<String.Index>, needles: Needles) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        if !(needles.tokens.isEmpty && needles.prefixes.isEmpty) {
            result += words(in: body, range: window).filter { needles.matches(word: body[$0]) }
        }
        for literal in needles.literals {
            var from = window.lowerBound
            while from < window.upperBound, let r = body.range(of: literal, range: from..<window.upperBound) {
                result.append(r)
                from = r.upperBound
            }
        }
        return result
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
    /// phrase reads «Tô Lâm» rather than «Tô» «Lâm».
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

    static func render(body: String, window: Range<String.Index>, highlights: [Range<String.Index>]) -> String {
        let marks = merged(highlights
            .map { $0.clamped(to: window) }
            .filter { !$0.isEmpty }
            .sorted { $0.lowerBound < $1.lowerBound }, in: body)
        var out = window.lowerBound > body.startIndex ? "…" : ""
        var lastWasSpace = false
        var i = window.lowerBound
        var m = 0
        func emit(_ s: Substring) {
            for c in s {
                if c.isWhitespace {
                    if !lastWasSpace, !out.isEmpty { out.append(" ") }
                    lastWasSpace = true
                } else {
                    out.append(c)
                    lastWasSpace = false
                }
            }
        }
        while i < window.upperBound {
            while m < marks.count, marks[m].upperBound <= i { m += 1 }
            if m < marks.count, marks[m].lowerBound <= i {
                out.append("«")
                emit(body[i..<marks[m].upperBound])
                out.append("»")
                lastWasSpace = false
                i = marks[m].upperBound
                m += 1
            } else {
                let next = m < marks.count ? min(marks[m].lowerBound, window.upperBound) : window.upperBound
                emit(body[i..<next])
                i = next
            }
        }
        while out.hasSuffix(" ") { out.removeLast() }
        if window.upperBound < body.endIndex { out += "…" }
        return out
    }
}
