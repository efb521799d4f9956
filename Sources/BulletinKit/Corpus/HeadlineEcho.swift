import Foundation

/// The headline said again after the dateline of an article's first
/// paragraph, as wire copy and many exports write it under a title line that
/// is the same headline:
///
///     Vietnam raises interest rates
///
///     4 December 2026 — Vietnam raises interest rates
///     HANOI, Dec 4 (Reuters) - Vietnam raises interest rates. The State Bank…
///
/// The reader showed the headline twice, once as the title and once in the
/// body. What a reader should leave out is the echo (`hidden`): with the
/// separator when the paragraph is only dateline and headline (`4 December
/// 2026` stays), without it when the paragraph goes on (`HANOI, Dec 4 (Reuters)
/// - The State Bank…`). The body itself is not changed: search, entities and
/// the index keep the text as written.
public struct HeadlineEcho: Sendable, Hashable {
    /// UTF-16 offsets in the body of the text to leave out.
    public let hidden: Range<Int>

    /// Longest dateline taken (characters): a place, an agency and a date.
    static let maxDateline = 60
    static let separators = [" — ", " – ", " -- ", " - "]

    /// The echo of `title` in the first paragraph of `body`, if there is one.
    public static func find(body: String, title: String) -> HeadlineEcho? {
        // A headline's final stop is not repeated by every echo.
        let headline = title.reversed().drop { ".!?…".contains($0) || $0.isWhitespace }.reversed()
            .split(whereSeparator: \.isWhitespace).map { Substring($0) }
        // A headline of one word could be any paragraph's first word.
        guard headline.count >= 2 else { return nil }
        let paragraph = body[..<(body.range(of: "\n\n")?.lowerBound ?? body.endIndex)]
        let head = paragraph.prefix(maxDateline + 4)
        for separator in separators {
            var from = head.startIndex
            while let sep = head[from...].range(of: separator) {
                from = sep.upperBound
                guard sep.lowerBound > paragraph.startIndex,
                      let end = matchEnd(of: headline, in: paragraph[sep.upperBound...]) else { continue }
                let rest = afterHeadline(paragraph[end...])
                if rest == paragraph.endIndex {
                    return HeadlineEcho(hidden: offset(sep.lowerBound, in: body)..<offset(paragraph.endIndex, in: body))
                }
                // The paragraph goes on: only after the headline's own sentence ended.
                guard let next = paragraph[rest...].first, !next.isLowercase,
                      paragraph[end..<rest].contains(where: { ".!?…".contains($0) }) else { return nil }
                return HeadlineEcho(hidden: offset(sep.upperBound, in: body)..<offset(rest, in: body))
            }
        }
        return nil
    }

    /// `body` without the echo.
    public func shown(in body: String) -> String {
        let u = body.utf16
        let lo = u.index(u.startIndex, offsetBy: hidden.lowerBound), hi = u.index(u.startIndex, offsetBy: hidden.upperBound)
        return String(body[..<lo]) + String(body[hi...])
    }

    /// The body offsets (UTF-16) of a range of `shown(in:)`: after the echo, they move past it.
    public func bodyRange(_ shown: Range<Int>) -> Range<Int> {
        let lo = shown.lowerBound >= hidden.lowerBound ? shown.lowerBound + hidden.count : shown.lowerBound
        let hi = shown.upperBound > hidden.lowerBound ? shown.upperBound + hidden.count : shown.upperBound
        return lo..<max(lo, hi)
    }

    /// Where `headline`'s words, in order, case aside and with any run of spaces
    /// between them, end at the start of `text`; nil when `text` does not start with them.
    static func matchEnd(of headline: [Substring], in text: Substring) -> String.Index? {
        var i = text.startIndex
        for (n, word) in headline.enumerated() {
            if n > 0 {
                guard i < text.endIndex, text[i].isWhitespace else { return nil }
                while i < text.endIndex, text[i].isWhitespace { i = text.index(after: i) }
            }
            for c in word {
                guard i < text.endIndex, text[i].lowercased() == c.lowercased() else { return nil }
                i = text.index(after: i)
            }
        }
        // The headline's last word, not the start of a longer one.
        if i < text.endIndex, text[i].isLetter || text[i].isNumber { return nil }
        return i
    }

    /// Past the punctuation and spaces that end the echoed headline.
    static func afterHeadline(_ text: Substring) -> String.Index {
        text.firstIndex { !($0.isWhitespace || ".!?…".contains($0)) } ?? text.endIndex
    }

    static func offset(_ index: String.Index, in body: String) -> Int {
        body.utf16.distance(from: body.startIndex, to: index)
    }
}
