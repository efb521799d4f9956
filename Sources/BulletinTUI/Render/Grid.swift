import BulletinKit

/// One terminal cell: a grapheme cluster, how many columns it takes, and its style.
///
/// A wide cluster (width 2, or up to `TextWidth.maxClusterWidth` for an Indic
/// conjunct such as `स्त्री`, 4) sits in its first cell; the cells to its right
/// are *continuations* (width 0, empty text) that the painter skips. The grid
/// keeps the parts together: writing over any one blanks the others, so a
/// frame never holds part of a wide cluster and columns never drift.
public struct Cell: Sendable, Hashable {
    public var text: String
    /// 1 for a normal cell, 2 or more for the lead of a wide cluster, 0 for a continuation.
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
    /// (a pane): a wide cluster that would cross its right edge becomes spaces
    /// up to that edge.
    @discardableResult
    public mutating func put(_ cluster: String, width w: Int, x: Int, y: Int, style: Style,
                             clip: Range<Int>? = nil) -> Int {
        let end = min(width, clip?.upperBound ?? width)
        guard y >= 0, y < height, x >= max(0, clip?.lowerBound ?? 0), x < end else { return 0 }
        let w = min(max(1, w), TextWidth.maxClusterWidth)
        guard x + w <= end else {
            for xx in x..<end { set(xx, y, Cell(" ", style: style)) }
            return end - x
        }
        if w == 1 {
            set(x, y, Cell(cluster.isEmpty ? " " : cluster, width: 1, style: style))
            return 1
        }
        detach(x..<(x + w), y: y)
        let row = y * width
        cells[row + x] = Cell(cluster, width: UInt8(w), style: style)
        for xx in (x + 1)..<(x + w) { cells[row + xx] = .continuation(style) }
        return w
    }

    /// Replaces the cell at (x, y), blanking the rest of any wide cluster it overwrites.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        detach(x..<(x + 1), y: y)
        cells[y * width + x] = cell
    }

    /// Blanks the parts outside columns `xs` of row `y` of every wide cluster
    /// that lies partly inside them, so that writing over part of a cluster
    /// leaves no lead without its continuations nor continuations without their lead.
    private mutating func detach(_ xs: Range<Int>, y: Int) {
        let row = y * width
        // A cluster that starts left of the columns and runs into them.
        if cells[row + xs.lowerBound].isContinuation {
            var lead = xs.lowerBound
            while lead > 0, cells[row + lead].isContinuation { lead -= 1 }
            for xx in lead..<xs.lowerBound { cells[row + xx] = Cell(" ", style: cells[row + xx].style) }
        }
        // A cluster that starts inside the columns and runs past them.
        var xx = xs.upperBound
        while xx < width, cells[row + xx].isContinuation {
            cells[row + xx] = Cell(" ", style: cells[row + xx].style)
            xx += 1
        }
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
                // A wide cluster that does not fit: blanks to the edge, not half of it.
                while col < end { col += put(" ", width: 1, x: col, y: y, style: style) }
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
