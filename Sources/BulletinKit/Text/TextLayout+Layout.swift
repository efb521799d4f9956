extension TextLayout {
    /// Lays out `text` (paragraphs separated by newlines) into lines no wider than
    /// `options.width`, cells in visual order: `wrap` followed by `cells(for:)` of every line.
    ///
    /// The text is made terminal-safe first (`TerminalSafe`), then each paragraph is
    /// wrapped in logical order at UAX #14 line-break opportunities (ICU, with an ASCII
    /// fast path), never inside a grapheme cluster; a token wider than the line (a URL) is
    /// broken between clusters; spaces at the end of a wrapped line are dropped; blank lines
    /// are kept as empty lines. With `options.shaping`, Arabic letters take their
    /// contextual presentation forms; with `options.bidi`, each line of a paragraph that
    /// holds right-to-left text is reordered per UAX #9 (L1–L2, mirrored brackets) and
    /// marked `isRTL` when the paragraph runs right to left.
    ///
    /// Every cell's `source` is the UTF-16 range of `text` it shows, so callers can map
    /// entity mentions and search matches onto wrapped, reordered lines.
    ///
    /// This builds one `DisplayCell` per character of the whole text. A pane that shows a
    /// few rows of a long article should call `wrap` once and `cells(for:in:options:)` for
    /// the visible lines only.
    public static func layout(_ text: String, options: LayoutOptions) -> [DisplayLine] {
        LayoutEngine(options: options).layout(text)
    }

    /// Wraps `text` exactly as `layout` does, without building cells: each line's range in
    /// the input, its drawn width, paragraph and direction.
    ///
    /// No allocation per character: ASCII paragraphs are broken by a byte-level pass
    /// (`AsciiBreaks`), other paragraphs by width-table lookups per scalar and ICU's line
    /// iterator. This is what a reader calls on every article and every resize; it then
    /// asks `cells(for:in:options:)` for the rows it draws. `wrap(text).count` is the
    /// number of lines `layout` returns, and line `i` of both agrees (same characters,
    /// same width, same direction).
    public static func wrap(_ text: String, options: LayoutOptions) -> [WrappedLine] {
        LayoutEngine(options: options).wrap(text)
    }

    /// The cells of one line of `wrap(text, options:)`: `layout(text, options:)[i]` for
    /// the line `wrap` returned at index `i`, built on demand (the paragraph is cleaned
    /// and, when it holds right-to-left text, resolved by the bidi algorithm again; the
    /// cost is that of the paragraph, not of the article).
    ///
    /// `text` and `options` must be those given to `wrap` (the width may differ; lines are
    /// not wrapped again). A line that does not belong to `text` gives an empty line.
    public static func cells(for line: WrappedLine, in text: String, options: LayoutOptions) -> DisplayLine {
        var engine = LayoutEngine(options: options)
        return engine.cells(for: [line], in: text)[0]
    }

    /// `cells(for:in:options:)` of several lines at once (the rows of a pane): lines of the
    /// same paragraph that follow each other share its cleaning and bidi resolution.
    public static func cells(for lines: [WrappedLine], in text: String, options: LayoutOptions) -> [DisplayLine] {
        var engine = LayoutEngine(options: options)
        return engine.cells(for: lines, in: text)
    }
}
