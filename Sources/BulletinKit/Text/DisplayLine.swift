/// Which way a paragraph runs. `.auto` takes it from the first strong character.
public enum ParagraphDirection: Sendable, Hashable {
    case auto, ltr, rtl
}

/// How to lay out text for a pane.
public struct LayoutOptions: Sendable, Hashable {
    /// Width of the box in terminal cells.
    public var width: Int
    /// Reorder right-to-left runs for display (UAX #9). Off for terminals that reorder themselves.
    public var bidi: Bool
    /// Replace Arabic letters with their joined presentation forms. Off for terminals that shape.
    public var shaping: Bool
    public var direction: ParagraphDirection
    public init(width: Int, bidi: Bool = true, shaping: Bool = true, direction: ParagraphDirection = .auto) {
        self.width = width
        self.bidi = bidi
        self.shaping = shaping
        self.direction = direction
    }
}

/// One terminal cell's worth of laid-out text (a wide cluster counts once, with width 2).
public struct DisplayCell: Sendable, Hashable {
    /// What to draw: one grapheme cluster, terminal-safe, shaped if shaping is on.
    public var text: String
    /// 1 or 2 cells.
    public var width: Int
    /// UTF-16 offsets of the source text this cell shows (nil for inserted padding or placeholders).
    public var source: Range<Int>?
    public init(text: String, width: Int, source: Range<Int>?) {
        self.text = text
        self.width = width
        self.source = source
    }
}

/// One laid-out line, cells in visual order from left to right.
public struct DisplayLine: Sendable, Hashable {
    public var cells: [DisplayCell]
    /// True for lines of a right-to-left paragraph: the pane right-aligns them.
    public var isRTL: Bool
    public init(cells: [DisplayCell], isRTL: Bool = false) {
        self.cells = cells
        self.isRTL = isRTL
    }
    /// Total width in cells.
    public var width: Int { cells.reduce(0) { $0 + $1.width } }
    /// The line as a plain string (visual order).
    public var text: String { cells.map(\.text).joined() }
}

extension TextLayout {
    /// Lays out `text` (paragraphs separated by newlines) into lines no wider
    /// than `options.width`. Blank lines are kept as empty lines.
    /// (Stub: wraps by cluster width at spaces; the text-layout issue replaces it
    /// with UAX #14 breaking, bidi reordering and shaping, keeping this API.)
    public static func layout(_ text: String, options: LayoutOptions) -> [DisplayLine] {
        let width = max(1, options.width)
        var lines: [DisplayLine] = []
        var offset = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current: [DisplayCell] = []
            var used = 0
            for c in paragraph {
                let n = c.utf16.count
                defer { offset += n }
                let w = TextWidth.width(of: c)
                if w == 0 { continue }
                if used + w > width {
                    lines.append(DisplayLine(cells: current))
                    current = []
                    used = 0
                    if c == " " { continue }
                }
                current.append(DisplayCell(text: String(c), width: w, source: offset..<(offset + n)))
                used += w
            }
            lines.append(DisplayLine(cells: current))
            offset += 1 // the newline
        }
        return lines
    }
}

/// Makes article text safe to send to a terminal. (Stub; the text-layout issue completes it.)
public enum TerminalSafe {
    /// Removes C0/C1 controls (but newline), DEL and bidi controls; expands tabs to spaces.
    public static func sanitize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0A: out.append(s)
            case 0x09: out.append(contentsOf: "    ".unicodeScalars)
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: continue
            default: out.append(s)
            }
        }
        return String(out)
    }
}
