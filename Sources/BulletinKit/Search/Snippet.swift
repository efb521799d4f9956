/// The excerpt shown under a search hit: plain text, and where the query
/// matched in it.
///
/// The matches are kept apart from the text rather than marked inside it:
/// marks such as `«…»` cannot be told from the quotation marks of a French
/// or Russian article (`« «Minsk» »`), and a consumer of `--json` would have
/// to strip them. Each front end shows the highlights its own way (reverse
/// video on a terminal, nothing in a pipe, a separate JSON field).
public struct Snippet: Sendable, Hashable, Codable {
    /// The excerpt: one line, whitespace collapsed, `…` where the body was cut.
    public var text: String
    /// The matched stretches of `text`, sorted and disjoint, as offsets in its
    /// Unicode scalars (code points: what Python and jq index strings by), end excluded.
    public var highlights: [Range<Int>]

    public init(text: String = "", highlights: [Range<Int>] = []) {
        self.text = text
        self.highlights = highlights
    }

    public var isEmpty: Bool { text.isEmpty }

    /// The highlighted stretches themselves.
    public var matchedTexts: [String] {
        pieces.filter(\.matched).map { String($0.text) }
    }

    /// `text` cut at the highlights, in order: each piece and whether it is a match.
    public var pieces: [(text: Substring, matched: Bool)] {
        var result: [(Substring, Bool)] = []
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        var offset = 0
        for h in highlights {
            let lower = max(offset, h.lowerBound)
            guard lower < h.upperBound,
                  let a = scalars.index(i, offsetBy: lower - offset, limitedBy: scalars.endIndex),
                  let b = scalars.index(a, offsetBy: h.upperBound - lower, limitedBy: scalars.endIndex) else { continue }
            if a > i { result.append((Substring(scalars[i..<a]), false)) }
            result.append((Substring(scalars[a..<b]), true))
            i = b
            offset = h.upperBound
        }
        if i < scalars.endIndex { result.append((Substring(scalars[i...]), false)) }
        return result
    }

    /// The text with each highlight between `open` and `close`: for a plain
    /// rendering where the reader knows the marks, and for tests.
    public func marked(_ open: String, _ close: String) -> String {
        pieces.map { $0.matched ? open + $0.text + close : String($0.text) }.joined()
    }
}
