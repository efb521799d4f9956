import BulletinKit

/// One terminal cell: a grapheme cluster, how many columns it takes, and its style.
///
/// A wide cluster (width 2) sits in its first cell; the cell to its right is a
/// *continuation* (width 0, empty text) that the painter skips. The grid keeps
/// the two halves together: writing over either one blanks the other, so a
/// frame never holds half a wide character and columns never drift.
public struct Cell: Sendable, Hashable {
    public var text: String
    /// 1 for a normal cell, 2 for the lead of a wide cluster, 0 for a continuation.
    public var width: UInt8
    public var style: Style

    public init(_ text: String, width: UInt8 = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell(" ")
    static func continuation(_ style: Style) -> Cell { Cell("", width: 0, style: style) }
    public var isContinuation: Bool { width == 0 }
}

/// A rectangle of the screen, in cells.
public struct Rect: Sendable, Hashable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }
    /// This rectangle shrunk by `n` cells on every side.
    public func inset(_ n: Int) -> Rect { Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n) }
}

/// The whole screen as cells: what `render` produces and the painter diffs.
public struct Grid: Sendable, Hashable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: fill, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes one cluster at (x, y) and returns the columns it took (0 when it
    /// could not be placed). `clip` is the column range the write must stay in
    /// (a pane): a wide cluster that would cross its right edge becomes a space.
    @discardableResult
    public mutating func put(_ cluster: String, width w: Int, x: Int, y: Int, style: Style,
                             clip: Range<Int>? = nil) -> Int {
        let limit = clip ?? 0..<width
        guard y >= 0, y < height, x >= max(0, limit.lowerBound), x < min(width, limit.upperBound) else { return 0 }
        if w >= 2 {
            guard x + 1 < min(width, limit.upperBound) else {
                set(x, y, Cell(" ", style: style))
                return 1
            }
            set(x, y, Cell(cluster, width: 2, style: style))
            set(x + 1, y, .continuation(style))
            return 2
        }
        set(x, y, Cell(cluster.isEmpty ? " " : cluster, width: 1, style: style))
        return 1
    }

    /// Replaces the cell at (x, y), blanking the other half of any wide cluster it overwrites.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let i = y * width + x
        let old = cells[i]
        if old.isContinuation, x > 0, cells[i - 1].width == 2, !cell.isContinuation {
            cells[i - 1] = Cell(" ", style: cells[i - 1].style)
        }
        if old.width == 2, x + 1 < width, cell.width != 2 {
            cells[i + 1] = Cell(" ", style: cells[i + 1].style)
        }
        cells[i] = cell
    }

    /// Draws `text` from (x, y), cluster by cluster, no further than `maxWidth`
    /// columns (and never past the grid). Returns the columns used.
    @discardableResult
    public mutating func text(_ text: String, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
        let end = min(width, x + (maxWidth ?? width))
        var col = x
        for c in text {
            let w = TextWidth.width(of: c)
            if w == 0 { continue }
            if col + w > end {
                if col < end, w == 2 { col += put(" ", width: 1, x: col, y: y, style: style) }
                break
            }
            col += put(String(c), width: w, x: col, y: y, style: style, clip: x..<end)
        }
        return col - x
    }

    /// Fills a rectangle with `cell` (a blank by default) in `style`.
    public mutating func fill(_ rect: Rect, style: Style, with character: String = " ") {
        for yy in max(0, rect.y)..<min(height, rect.maxY) {
            for xx in max(0, rect.x)..<min(width, rect.maxX) {
                set(xx, yy, Cell(character, style: style))
            }
        }
    }

    /// Changes the style of the cells in `columns` of row `y`, keeping their text.
    public mutating func restyle(y: Int, columns: Range<Int>, _ transform: (Style) -> Style) {
        guard y >= 0, y < height else { return }
        for xx in max(0, columns.lowerBound)..<min(width, columns.upperBound) {
            cells[y * width + xx].style = transform(cells[y * width + xx].style)
        }
    }

    /// Row `y` as plain text (continuations skipped, so wide clusters keep their two columns).
    public func row(_ y: Int) -> String {
        var s = ""
        for x in 0..<width where !self[x, y].isContinuation { s += self[x, y].text }
        return s
    }

    /// Every row as plain text, trailing spaces kept (so widths can be compared).
    public var rows: [String] { (0..<height).map(row) }

    /// The screen as text, one line per row, trailing spaces removed.
    public var plainText: String {
        rows.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }
}

extension Grid {
    /// How many cells differ from `previous` (all of them when the size changed or there is none):
    /// the cells the painter would write.
    public func changedCells(from previous: Grid?) -> Int {
        guard let p = previous, p.width == width, p.height == height else { return cells.count }
        var n = 0
        for i in cells.indices where cells[i] != p.cells[i] { n += 1 }
        return n
    }
}
