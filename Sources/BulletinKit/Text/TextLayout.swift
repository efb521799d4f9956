/// Horizontal alignment of a laid-out line in its box.
public enum TextAlignment: Sendable, Hashable {
    case left, right, center
}

/// Text laid out for a terminal pane, by display width: truncation and padding here,
/// wrapping, bidi and shaping in `TextLayout+Layout.swift`.
///
/// Two ways to lay out an article:
/// - `layout(_:options:)` returns every line with its cells: simple, and right for short
///   texts (titles, list rows, the CLI's `show`);
/// - `wrap(_:options:)` returns every line without cells (`WrappedLine`: its range in the
///   text, width, paragraph, direction), an order of magnitude cheaper, then
///   `cells(for:in:options:)` builds the cells of the lines on screen only. A reader pane
///   should wrap the article once per width and build cells for its visible rows: the
///   cost of a frame is then that of the rows drawn, whatever the article's length.
public enum TextLayout {
    /// Cuts `text` to at most `width` cells, ending with "…" when it was cut.
    /// A cut just after a space drops the space ("Aleksandr…", not "Aleksandr …"):
    /// in right-to-left text it would otherwise stand between the ellipsis and the word.
    /// A cut just after an ellipsis of the text's own keeps that one alone.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if TextWidth.width(of: text) <= width { return text }
        var out = ""
        var used = 0
        for c in text {
            let w = TextWidth.width(of: c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        while let last = out.last, last.isWhitespace { out.removeLast() }
        // A cut just after the text's own "…" ("정상회담… \"반도체…\"") shows that one: not "……".
        if out.last == "…" { return out }
        return out + "…"
    }

    /// Cuts `text` to at most `width` cells at a word boundary, ending with "…"
    /// when it was cut: a status line cut inside a word ("Choose the right art…")
    /// reads as a typo. Text with no space early enough to cut at (a long name,
    /// Chinese or Thai, written without spaces) is cut between clusters, as `truncate` does.
    public static func truncateAtWord(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        guard cut != text, cut.hasSuffix("…") else { return cut }
        let kept = cut.dropLast()
        // Whole words only: back to the last space, unless the cut fell right at one.
        let next = text[text.index(text.startIndex, offsetBy: kept.count)...].first
        if next?.isWhitespace == true { return cut }
        guard let space = kept.lastIndex(where: \.isWhitespace) else { return cut }
        // Cutting back further than half the room loses more than the cut word would: keep the clusters then.
        let words = kept[..<space].reversed().drop(while: \.isWhitespace).reversed()
        guard TextWidth.width(of: String(words)) * 2 >= width - 1 else { return cut }
        return String(words) + "…"
    }

    /// Pads (or truncates) `text` to exactly `width` cells.
    public static func pad(_ text: String, to width: Int, alignment: TextAlignment = .left) -> String {
        let t = truncate(text, to: width)
        let gap = max(0, width - TextWidth.width(of: t))
        switch alignment {
        case .left: return t + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + t
        case .center:
            let l = gap / 2
            return String(repeating: " ", count: l) + t + String(repeating: " ", count: gap - l)
        }
    }
}
