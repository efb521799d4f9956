import BulletinKit
import CNcursesw

/// What the painter writes, column by column, for one grid cell: curses keeps
/// one spacing character and at most four zero-width ones per cell, and it
/// measures each spacing character with `wcwidth`. The grid measures whole
/// clusters (`TextWidth`), so the two can disagree on emoji sequences; this
/// picks the most of a cluster curses can hold while keeping curses' idea of
/// the cursor in step with the grid, so later columns never drift.
///
/// - Plain text and marks (`ệ`, `e` + up to four marks): the cluster as is.
/// - Extra marks beyond four, a skin-tone modifier, a ZWJ sequence: the
///   leading part `TextWidth.cursesText(for:)` gives (`👍🏽` → `👍`, a family →
///   its first person, `e` + six marks → `e` + four).
/// - A flag (two regional indicators, one column each for curses): one
///   indicator per column, written one after the other so the terminal joins them.
/// - A cluster curses counts narrower than the grid (`❤️` is 1 for glibc, 2 in the
///   grid): the base alone, without the VS16 that would make a terminal draw it
///   wide behind curses' back, then a blank.
/// - Nothing printable left (a control, a lone mark, a locale that cannot
///   encode it): a same-width placeholder.
enum CursesGlyphs {
    /// One entry per grid column the cell covers: the scalars to put there, or
    /// nil when the glyph written in an earlier column already covers it.
    static func columns(for text: String, width: Int, maxChars: Int = 5,
                        wcwidth: (UInt32) -> Int32 = { bulletin_wcwidth($0) }) -> [[UInt32]?] {
        let width = max(1, width)
        let scalars = Array(text.unicodeScalars)
        if width == 2, scalars.count == 2, scalars.allSatisfy(isRegionalIndicator),
           wcwidth(scalars[0].value) == 1, wcwidth(scalars[1].value) == 1 {
            return [[scalars[0].value], [scalars[1].value]]
        }
        guard let first = text.first else { return placeholder(width: width) }
        var held = Array(TextWidth.cursesText(for: first).unicodeScalars.map(\.value).prefix(maxChars))
        guard let base = held.first else { return placeholder(width: width) }
        let baseWidth = Int(wcwidth(base))
        guard baseWidth > 0, baseWidth <= width, held.dropFirst().allSatisfy({ wcwidth($0) == 0 }) else {
            return placeholder(width: width)
        }
        if baseWidth == width { return [held] + Array(repeating: nil, count: width - 1) }
        // Narrower for curses than for the grid: draw the text presentation and pad.
        held.removeAll { $0 == 0xFE0F }
        return [held] + Array(repeating: [0x20], count: width - baseWidth)
    }

    /// A `?` as wide as the cell, so the next cell stays in its column.
    static func placeholder(width: Int) -> [[UInt32]?] {
        [[0x3F]] + Array(repeating: [0x20], count: max(1, width) - 1)
    }

    static func isRegionalIndicator(_ s: Unicode.Scalar) -> Bool { (0x1F1E6...0x1F1FF).contains(s.value) }
}
