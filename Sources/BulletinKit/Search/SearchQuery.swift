import Foundation

/// A search as the user typed it: words (all must match), "quoted phrases",
/// `word*` for a prefix, `-word` to exclude and `OR` (upper case, between two
/// words or phrases) for either: `Minsk OR Hanoi talks` is
/// `(Minsk OR Hanoi) AND talks`. A lower-case `or` is a word like any other.
///
/// Diacritic-smart, as vim's smartcase is for case: a word typed with
/// diacritics (`Lâm`, `Biélorussie`, `мой`) matches only the words written with
/// the same letters and marks (case still ignored); a word typed without them
/// matches every variant (`lam` finds `Lâm`, `làm` and `lam`). The index
/// folds them away, so such words are checked against the stored text
/// (`DiacriticFilter`). Arabic is left out: hamza and vowel signs are spelling
/// variants there, written or not.
///
/// The query never reaches SQLite as typed: every term is folded with
/// `SearchFolding` and quoted, so FTS5 syntax in user input (`AND`, `:`,
/// parentheses, stray quotes) is always searched for literally and can never
/// make the statement fail.
public struct SearchQuery: Sendable, Hashable {
    public struct Term: Sendable, Hashable {
        /// The term as typed, without quotes, `*` or `-`.
        public var text: String
        public var isPhrase: Bool
        public var isPrefix: Bool
        public var isExcluded: Bool
        /// `OR` before it: an alternative of the term before (both positive).
        public var joinsPrevious: Bool

        public init(text: String, isPhrase: Bool = false, isPrefix: Bool = false, isExcluded: Bool = false,
                    joinsPrevious: Bool = false) {
            self.text = text
            self.isPhrase = isPhrase
            self.isPrefix = isPrefix
            self.isExcluded = isExcluded
            self.joinsPrevious = joinsPrevious
        }

        /// Whether a word of the term is typed with diacritics (`DiacriticFilter.isMarked`).
        public var hasMarkedWords: Bool { DiacriticFilter.words(of: self).contains { $0.exact != nil } }

        /// The term in index form: query mode, except that a CJK, Thai, Lao, Khmer or
        /// Burmese run the term goes on after (`"ตลาด ใหม่"`, `"中国 人民"`) keeps the
        /// last unit a document writes after each such run, so the phrase's tokens are
        /// adjacent where the article has them so spaced (document mode, less the last
        /// run's unigram: that run may go on in the article).
        public var folded: String {
            let query = SearchFolding.fold(text, mode: .query).split(separator: " ")
            guard text.unicodeScalars.contains(where: SearchFolding.isUnspaced) else { return query.joined(separator: " ") }
            var document = SearchFolding.fold(text, mode: .document).split(separator: " ")
            if document.count > query.count, document.last != query.last { document.removeLast() }
            return document.joined(separator: " ")
        }

        /// Whether folding leaves anything searchable (letters or digits).
        var isSearchable: Bool {
            folded.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        }
    }

    public var terms: [Term]

    public init(terms: [Term]) { self.terms = terms }

    /// Splits `text` into terms: quotes delimit phrases (an unclosed quote runs
    /// to the end), whitespace separates words.
    public static func parse(_ text: String) -> SearchQuery {
        var terms: [Term] = []
        // `OR` seen after a positive term: the next positive term joins it.
        var pendingOr = false
        func add(_ term: Term) {
            var term = term
            guard term.isSearchable else { return }
            if pendingOr {
                pendingOr = false
                if term.isExcluded { add(Term(text: "OR")) } else { term.joinsPrevious = true }
            }
            terms.append(term)
        }
        // Typed decomposed (macOS input, a pasted PDF) or composed: the same query.
        var chars = Substring(text.precomposedStringWithCanonicalMapping)
        while let first = chars.first {
            if first.isWhitespace {
                chars = chars.dropFirst()
                continue
            }
            var excluded = false
            if first == "-", chars.count > 1, let next = chars.dropFirst().first, !next.isWhitespace {
                excluded = true
                chars = chars.dropFirst()
            }
            if chars.first == "\"" || chars.first == "“" || chars.first == "«" {
                chars = chars.dropFirst()
                let end = chars.firstIndex { $0 == "\"" || $0 == "”" || $0 == "»" } ?? chars.endIndex
                let phrase = String(chars[..<end])
                chars = end < chars.endIndex ? chars[chars.index(after: end)...] : chars[end...]
                add(Term(text: phrase, isPhrase: true, isExcluded: excluded))
            } else {
                let end = chars.firstIndex(where: \.isWhitespace) ?? chars.endIndex
                var word = String(chars[..<end])
                chars = chars[end...]
                var prefix = false
                if word.count > 1, word.hasSuffix("*") {
                    word.removeLast()
                    prefix = true
                }
                if word == "OR", !excluded, !prefix, !pendingOr, let last = terms.last, !last.isExcluded {
                    pendingOr = true
                    continue
                }
                add(Term(text: word, isPrefix: prefix, isExcluded: excluded))
            }
        }
        // A dangling `OR` (last, or before an excluded word) is a word.
        if pendingOr {
            pendingOr = false
            add(Term(text: "OR"))
        }
        return SearchQuery(terms: terms)
    }

    /// The positive terms grouped by `OR`: each group is indices into
    /// `terms`; every group must match, any one term of a group.
    public var clauses: [[Int]] {
        var result: [[Int]] = []
        for (i, term) in terms.enumerated() where !term.isExcluded {
            if term.joinsPrevious, !result.isEmpty { result[result.count - 1].append(i) } else { result.append([i]) }
        }
        return result
    }

    /// Whether an `OR` joins two terms.
    public var hasOr: Bool { terms.contains { $0.joinsPrevious && !$0.isExcluded } }

    /// The terms excluded with `-`.
    public var excludedTerms: [Term] { terms.filter(\.isExcluded) }

    /// The terms that must match.
    public var positiveTerms: [Term] { terms.filter { !$0.isExcluded } }

    /// True when nothing could match (no positive term).
    public var isEmpty: Bool { positiveTerms.isEmpty }

    /// The FTS5 MATCH expression, or nil when the query is empty.
    /// - Parameters:
    ///   - termNames: for the index of a term in `terms`, canonical entity
    ///     names the term names (matched in the `names` column as well).
    ///   - queryNames: canonical names the whole query names.
    public func matchExpression(termNames: [Int: [String]] = [:], queryNames: [String] = []) -> String? {
        var positives: [String] = []
        var negatives: [String] = []
        for (i, term) in terms.enumerated() {
            // An excluded word typed with diacritics excludes only that spelling:
            // `DiacriticFilter` rejects the articles that have it.
            if term.isExcluded, term.hasMarkedWords { continue }
            guard var expr = SearchQuery.expression(for: term) else { continue }
            if !term.isExcluded, let names = termNames[i], !names.isEmpty {
                expr = "(" + ([expr] + names.map(SearchQuery.namesExpression)).joined(separator: " OR ") + ")"
            }
            if term.isExcluded {
                negatives.append(expr)
            } else if term.joinsPrevious, let last = positives.popLast() {
                // `a OR b`: one group, in parentheses (FTS5's AND binds tighter than its OR).
                positives.append("(" + last + " OR " + expr + ")")
            } else {
                positives.append(expr)
            }
        }
        guard !positives.isEmpty else { return nil }
        var match = positives.joined(separator: " AND ")
        if !queryNames.isEmpty {
            match = "(" + ([match] + queryNames.map(SearchQuery.namesExpression)).joined(separator: " OR ") + ")"
        }
        for negative in negatives { match += " NOT " + negative }
        return match
    }

    /// `names : "name·token"`: a match on an article's canonical entity
    /// names, each one token (`SearchFolding.nameToken`).
    static func namesExpression(_ name: String) -> String {
        "names : " + quote(SearchFolding.nameToken(name))
    }

    /// One term as an FTS5 expression over every column.
    static func expression(for term: Term) -> String? {
        let folded = term.folded
        guard !folded.isEmpty, term.isSearchable else { return nil }
        if SearchFolding.isSingleUnit(folded) {
            // One ideograph (or one Thai, Lao, Khmer or Burmese cluster): the prefix of
            // the bigrams that start with it, or the run's last unigram.
            return quote(folded) + "*"
        }
        if term.isPrefix { return quote(folded) + "*" }
        let tokens = folded.split(separator: " ")
        let arabic = term.text.unicodeScalars.contains { SearchFolding.isArabicLetter($0.value) }
        if !term.isPhrase, arabic, tokens.count == 2, !term.text.contains(" ") {
            // A clitic-prefixed Arabic word: either form matches.
            return "(" + quote(String(tokens[0])) + " OR " + quote(String(tokens[1])) + ")"
        }
        return quote(folded)
    }

    /// An FTS5 string literal: FTS5 runs the tokenizer over it, so it is a phrase.
    static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
