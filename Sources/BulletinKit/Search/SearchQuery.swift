import Foundation

/// A search as the user typed it: words (all must match), "quoted phrases",
/// `word*` for a prefix and `-word` to exclude.
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

        public init(text: String, isPhrase: Bool = false, isPrefix: Bool = false, isExcluded: Bool = false) {
            self.text = text
            self.isPhrase = isPhrase
            self.isPrefix = isPrefix
            self.isExcluded = isExcluded
        }

        /// The term in index form (query mode).
        public var folded: String {
            SearchFolding.fold(text, mode: .query).split(separator: " ").joined(separator: " ")
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
        var chars = Substring(text)
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
                terms.append(Term(text: phrase, isPhrase: true, isExcluded: excluded))
            } else {
                let end = chars.firstIndex(where: \.isWhitespace) ?? chars.endIndex
                var word = String(chars[..<end])
                chars = chars[end...]
                var prefix = false
                if word.count > 1, word.hasSuffix("*") {
                    word.removeLast()
                    prefix = true
                }
                terms.append(Term(text: word, isPrefix: prefix, isExcluded: excluded))
            }
        }
        return SearchQuery(terms: terms.filter(\.isSearchable))
    }

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
            guard var expr = SearchQuery.expression(for: term) else { continue }
            if !term.isExcluded, let names = termNames[i], !names.isEmpty {
                expr = "(" + ([expr] + names.map(SearchQuery.namesExpression)).joined(separator: " OR ") + ")"
            }
            if term.isExcluded { negatives.append(expr) } else { positives.append(expr) }
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
        let scalars = Array(folded.unicodeScalars)
        if scalars.count == 1, SearchFolding.isCJK(scalars[0]) {
            // One ideograph: the prefix of the bigrams that start with it, or the run's last unigram.
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
