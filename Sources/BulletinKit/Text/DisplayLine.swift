/// Which way a paragraph runs.
public enum ParagraphDirection: Sendable, Hashable {
    /// The direction most of the paragraph's words take (a word takes the direction of
    /// its first strong character); on a tie, the first strong character (UAX #9
    /// P2–P3); left to right if none. By the first strong character alone (P2), an
    /// Arabic paragraph opening with "BRICS" or "Apple" ran left to right: aligned left,
    /// its words in the wrong order across the line. UAX #9 HL1 allows this choice.
    case auto
    case ltr
    case rtl
    /// As `auto`, but right to left when the paragraph has no strong character (a
    /// paragraph of digits in an Arabic article).
    case autoRTL

    /// The automatic direction for an article in `language` (ISO 639-1 code): paragraphs
    /// without a strong character follow the article's script.
    public static func auto(language: String) -> ParagraphDirection {
        let code = language.lowercased().prefix(2)
        return ["ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ku"].contains(String(code)) ? .autoRTL : .auto
    }
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

/// One terminal cell's worth of laid-out text (a wide cluster counts once, with its width:
/// 2 for CJK, up to `TextWidth.maxClusterWidth` for an Indic conjunct).
///
/// Stored in 24 bytes (the layout makes one per character of every visible article):
/// the text, and the source range and width packed into two 32-bit words. Offsets up to
/// 2^29 UTF-16 units are kept exactly. The public properties are the API.
public struct DisplayCell: Sendable, Hashable {
    /// What to draw: one grapheme cluster, terminal-safe, shaped if shaping is on.
    public var text: String
    private var start: UInt32
    private var endAndWidth: UInt32 // bits 0-28: source end (noSource: none), bits 29-31: width

    private static let endMask: UInt32 = (1 << 29) - 1
    private static let noSource: UInt32 = endMask

    public init(text: String, width: Int, source: Range<Int>?) {
        self.text = text
        self.start = 0
        self.endAndWidth = 0
        self.width = width
        self.source = source
    }

    /// 1 or 2 cells, up to 7 for a conjunct (0 to 7 can be stored).
    public var width: Int {
        get { Int(endAndWidth >> 29) }
        set { endAndWidth = (endAndWidth & Self.endMask) | (UInt32(min(max(newValue, 0), 7)) << 29) }
    }

    /// UTF-16 offsets of the source text this cell shows (nil for inserted padding or
    /// placeholders). A lam-alef ligature covers both letters.
    public var source: Range<Int>? {
        get {
            let end = endAndWidth & Self.endMask
            return end == Self.noSource ? nil : Int(start)..<Int(end)
        }
        set {
            let end: UInt32
            if let newValue {
                start = UInt32(min(max(newValue.lowerBound, 0), Int(Self.endMask - 1)))
                end = UInt32(min(max(newValue.upperBound, 0), Int(Self.endMask - 1)))
            } else {
                start = 0
                end = Self.noSource
            }
            endAndWidth = (endAndWidth & ~Self.endMask) | end
        }
    }
}

/// One laid-out line, cells in visual order from left to right (from `TextLayout.layout`,
/// or from `TextLayout.cells(for:in:options:)` for one `WrappedLine`).
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
