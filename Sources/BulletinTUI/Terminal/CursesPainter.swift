import BulletinKit
import CNcursesw
import Glibc

/// Puts grids on the screen, writing only the cells that changed since the
/// last frame (`setcchar` + `mvwadd_wch`, then `wnoutrefresh` + `doupdate`).
///
/// Columns never drift: what each cell becomes (the most of an emoji sequence
/// a curses cell can hold, a flag over two cells, a placeholder as a last
/// resort) is decided by `CursesGlyphs`.
final class CursesPainter {
    private let window: UnsafeMutablePointer<WINDOW>
    private var previous: Grid?
    private let colours: Int
    private var pairs: [ColourPair: Int16] = [:]
    private let maxPairs: Int
    private let maxChars = Int(bulletin_ccharw_max())
    /// Writes bytes to the terminal past curses: set when the terminal joins some emoji sequences
    /// (`EmojiSequences`), which the painter then draws whole over the first emoji curses drew.
    var writeWhole: ((String) -> Void)?
    /// The kinds of emoji sequence the terminal joins (`EmojiSequences.terminalJoins`).
    var wholeKinds: EmojiSequences.Kinds = []

    private struct ColourPair: Hashable { var fg: Int16; var bg: Int16 }

    init(window: UnsafeMutablePointer<WINDOW>, colours: Int) {
        self.window = window
        self.colours = colours
        self.maxPairs = colours > 0 ? Int(bulletin_color_pairs()) : 0
    }

    /// Forgets the last frame so the next paint redraws everything (resize, resume).
    func invalidate() {
        previous = nil
        clearok(bulletin_curscr(), true)
    }

    /// Paints `grid`, changed cells only.
    func paint(_ grid: Grid) {
        let full = previous == nil || previous!.width != grid.width || previous!.height != grid.height
        if full { werase(window) }
        // The rows where something changed: curses may rewrite their unchanged cells too (cheaper than moving the
        // cursor), and so an emoji sequence drawn whole there must be drawn whole again.
        var changedRows: [Int] = []
        for y in 0..<grid.height {
            if writeWhole != nil, full || previous.map({ !Self.sameRow(y, grid, $0) }) == true { changedRows.append(y) }
            var x = 0
            while x < grid.width {
                let cell = grid[x, y]
                if !full, let p = previous, p[x, y] == cell, !Self.restChanged(of: cell, x: x, y: y, grid, from: p) {
                    x += 1
                    continue
                }
                if cell.isContinuation {
                    // The lead was unchanged but this part was not a continuation before: redraw the lead.
                    var lead = x
                    while lead > 0, grid[lead, y].isContinuation { lead -= 1 }
                    let end = grid[lead, y].width >= 2 ? lead + draw(grid[lead, y], x: lead, y: y, in: grid) : x + 1
                    x = max(x + 1, end)
                    continue
                }
                x += draw(cell, x: x, y: y, in: grid)
            }
        }
        previous = grid
        wnoutrefresh(window)
        doupdate()
        if let writeWhole, !changedRows.isEmpty {
            var out = ""
            for y in changedRows {
                for x in 0..<grid.width {
                    let cell = grid[x, y]
                    guard !cell.isContinuation, cell.text.utf8.count > 4 else { continue }
                    let kinds = EmojiSequences.kinds(of: cell.text, width: Int(cell.width))
                    guard !kinds.isEmpty, wholeKinds.isSuperset(of: kinds) else { continue }
                    out += EmojiSequences.overwrite(cell.text, x: x, y: y, style: cell.style, colours: colours)
                }
            }
            if !out.isEmpty { writeWhole(out) }
        }
    }

    /// Whether row `y` of `grid` and of `previous` hold the same cells.
    private static func sameRow(_ y: Int, _ grid: Grid, _ previous: Grid) -> Bool {
        for x in 0..<grid.width where grid[x, y] != previous[x, y] { return false }
        return true
    }

    /// Whether a wide cluster's continuations (the cells after `x` it covers) differ from `previous`.
    private static func restChanged(of cell: Cell, x: Int, y: Int, _ grid: Grid, from previous: Grid) -> Bool {
        guard cell.width >= 2 else { return false }
        for xx in (x + 1)..<min(grid.width, x + Int(cell.width)) where previous[xx, y] != grid[xx, y] { return true }
        return false
    }

    /// Writes one cell (and, for a wide cluster, covers its continuations). Returns the columns used.
    @discardableResult
    private func draw(_ cell: Cell, x: Int, y: Int, in grid: Grid) -> Int {
        let (attrs, pair) = attributes(cell.style)
        let columns = CursesGlyphs.columns(for: cell.text, width: Int(cell.width), maxChars: maxChars)
        var written = 0
        for (i, scalars) in columns.enumerated() {
            guard let scalars else { continue }
            put(scalars, attrs: attrs, pair: pair, x: x + i, y: y)
            written += 1
        }
        // A flag is written as two cells; curses skips a cell the screen already
        // holds, which would send a lone indicator: have it redraw the line.
        if written > 1, previous != nil, CursesGlyphs.isRegionalIndicator(cell.text.unicodeScalars.first ?? " ") {
            wredrawln(window, Int32(y), 1)
        }
        return columns.count
    }

    private func put(_ scalars: [UInt32], attrs: attr_t, pair: Int16, x: Int, y: Int) {
        var wch = scalars.map { wchar_t(bitPattern: $0) } + [0]
        var cc = cchar_t()
        _ = wch.withUnsafeMutableBufferPointer { buf in
            setcchar(&cc, buf.baseAddress, attrs, pair, nil)
        }
        mvwadd_wch(window, Int32(y), Int32(x), &cc)
    }

    /// Curses attributes and colour pair for a style, degraded to the terminal's colours.
    private func attributes(_ style: Style) -> (attr_t, Int16) {
        var a = bulletin_a_normal()
        if style.attributes.contains(.bold) { a |= bulletin_a_bold() }
        if style.attributes.contains(.dim) { a |= bulletin_a_dim() }
        if style.attributes.contains(.underline) { a |= bulletin_a_underline() }
        if style.attributes.contains(.reverse) { a |= bulletin_a_reverse() }
        guard colours >= 8 else { return (a, 0) }
        var fg = CursesPainter.number(style.fg.degraded(to: colours))
        let bg = CursesPainter.number(style.bg.degraded(to: colours))
        if fg == bg, fg >= 0 { fg = -1 }
        if fg == -1, bg == -1 { return (a, 0) }
        let key = ColourPair(fg: fg, bg: bg)
        if let p = pairs[key] { return (a, p) }
        guard pairs.count + 1 < min(maxPairs, Int(Int16.max)) else { return (a, 0) }
        let p = Int16(pairs.count + 1)
        init_pair(p, fg, bg)
        pairs[key] = p
        return (a, p)
    }

    private static func number(_ c: TermColor?) -> Int16 {
        switch c {
        case .ansi(let n)?: return Int16(n)
        case .indexed(let n)?: return Int16(n)
        default: return -1
        }
    }
}
