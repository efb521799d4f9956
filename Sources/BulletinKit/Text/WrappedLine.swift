/// One line of wrapped text, without its cells: where it is in the input, how wide it is
/// drawn, and which way its paragraph runs.
///
/// `TextLayout.wrap` makes these for a whole article without building a single cell (no
/// allocation per character), so that a reader can wrap a long article at once and build
/// cells (`TextLayout.cells(for:in:options:)`) only for the rows on screen.
///
/// Offsets refer to the original input given to `wrap` (before terminal-safe cleaning),
/// so a line can be matched against entity mentions and search hits (`TextSpan`, UTF-16)
/// or sliced out of the input (UTF-8).
public struct WrappedLine: Sendable, Hashable {
    /// UTF-8 offsets in the input of what the line draws, from its first drawn cluster to
    /// the end of its last (spaces where the line was broken are left out). Empty for an
    /// empty line (a blank line, or a paragraph of spaces).
    public var utf8: Range<Int>
    /// The same range in UTF-16 offsets (the unit of `TextSpan` and `DisplayCell.source`).
    public var utf16: Range<Int>
    /// Cells the line takes when drawn: the width of its `DisplayLine` (a lam-alef pair
    /// that shaping joins into one ligature counts once).
    public var width: Int
    /// Index of its paragraph (paragraphs are separated by newlines; a blank line is an
    /// empty paragraph).
    public var paragraph: Int
    /// True for lines of a right-to-left paragraph (with `bidi` on): the pane right-aligns them.
    public var isRTL: Bool
    /// UTF-8 offsets in the input of the whole paragraph: bidi resolves levels over a
    /// paragraph, so `cells(for:in:options:)` reads all of it to reorder one line.
    public var paragraphUTF8: Range<Int>

    /// UTF-16 offset in the input where the paragraph starts (`DisplayCell.source` of a
    /// line built on its own is relative to the paragraph until shifted by this).
    var paragraphUTF16Start: Int
    /// The line in UTF-8 offsets of the paragraph after terminal-safe cleaning, relative to
    /// the paragraph's start: what `cells(for:)` selects after cleaning the paragraph again.
    var safeLine: Range<Int>

    init(utf8: Range<Int>, utf16: Range<Int>, width: Int, paragraph: Int, isRTL: Bool,
         paragraphUTF8: Range<Int>, paragraphUTF16Start: Int, safeLine: Range<Int>) {
        self.utf8 = utf8
        self.utf16 = utf16
        self.width = width
        self.paragraph = paragraph
        self.isRTL = isRTL
        self.paragraphUTF8 = paragraphUTF8
        self.paragraphUTF16Start = paragraphUTF16Start
        self.safeLine = safeLine
    }
}
