import BulletinKit
import Testing
@testable import BulletinTUI

/// The grid's wide-cluster rules: a wide cluster takes a continuation cell;
/// writing over either half blanks the other; a wide cluster crossing a pane
/// edge becomes a space.
@Suite struct GridTests {
    let s = Style.plain

    @Test func wideClusterTakesAContinuationCell() {
        var g = Grid(width: 6, height: 1)
        #expect(g.put("中", width: 2, x: 1, y: 0, style: s) == 2)
        #expect(g[1, 0].width == 2)
        #expect(g[2, 0].isContinuation)
        #expect(g.row(0) == " 中   ")
    }

    @Test func writingOverTheContinuationBlanksTheLead() {
        var g = Grid(width: 4, height: 1)
        g.put("中", width: 2, x: 0, y: 0, style: s)
        g.put("a", width: 1, x: 1, y: 0, style: s)
        #expect(g[0, 0] == Cell(" "))
        #expect(g[1, 0].text == "a")
        #expect(g.row(0) == " a  ")
    }

    @Test func writingOverTheLeadBlanksTheContinuation() {
        var g = Grid(width: 4, height: 1)
        g.put("中", width: 2, x: 0, y: 0, style: s)
        g.put("b", width: 1, x: 0, y: 0, style: s)
        #expect(!g[1, 0].isContinuation)
        #expect(g.row(0) == "b   ")
    }

    @Test func overlappingWideClustersLeaveNoOrphans() {
        var g = Grid(width: 5, height: 1)
        g.put("中", width: 2, x: 0, y: 0, style: s)
        g.put("文", width: 2, x: 1, y: 0, style: s)
        #expect(g.row(0) == " 文  ")
        g.put("字", width: 2, x: 2, y: 0, style: s)
        #expect(g.row(0) == "  字 ")
        #expect(g[1, 0] == Cell(" "))
        assertConsistent(g)
    }

    @Test func wideClusterCrossingAnEdgeBecomesASpace() {
        var g = Grid(width: 6, height: 1)
        #expect(g.put("中", width: 2, x: 2, y: 0, style: s, clip: 0..<3) == 1)
        #expect(g[2, 0] == Cell(" "))
        #expect(g.put("中", width: 2, x: 5, y: 0, style: s) == 1, "the screen's right edge too")
        assertConsistent(g)
    }

    @Test func textStopsAtMaxWidthWithoutSplittingAWideCluster() {
        var g = Grid(width: 8, height: 1, fill: Cell("."))
        let used = g.text("ab", x: 0, y: 0, style: s, maxWidth: 1)
        #expect(used == 1)
        #expect(g.row(0) == "a.......")
        var h = Grid(width: 8, height: 1, fill: Cell("."))
        h.put("中", width: 2, x: 0, y: 0, style: s)
        h.put("文", width: 2, x: 2, y: 0, style: s)
        h.put("字", width: 2, x: 4, y: 0, style: s, clip: 0..<5)
        #expect(h.row(0) == "中文 ...")
        assertConsistent(h)
    }

    /// Audit finding: the grid capped a cluster at 2 cells; a Devanagari, Khmer or
    /// Myanmar conjunct as wide as 3 or 4 (`स्त्री`) now takes all its cells, so the
    /// border after it stays in its column.
    @Test func aConjunctTakesAllItsCellsAndTheBorderStays() {
        for word in ["क्षि", "स्त्री", "ក្រុម", "မြန်မာ"] {
            let w = TextWidth.width(of: word)
            var g = Grid(width: w + 3, height: 1)
            #expect(g.text(word, x: 1, y: 0, style: s, maxWidth: w) == w, "\(word)")
            g.put("│", width: 1, x: w + 1, y: 0, style: s)
            #expect(g.row(0) == " " + word + "│ ", "\(word)")
            assertConsistent(g)
            // Too narrow for its widest cluster: blanks up to the edge, the border untouched.
            var narrow = Grid(width: w + 3, height: 1)
            narrow.put("│", width: 1, x: w, y: 0, style: s)
            narrow.text(word, x: 1, y: 0, style: s, maxWidth: w - 1)
            #expect(narrow[w, 0].text == "│", "\(word)")
            assertConsistent(narrow)
        }
        var g = Grid(width: 8, height: 1)
        #expect(g.put("स्त्री", width: 4, x: 1, y: 0, style: s) == 4)
        #expect(g[1, 0].width == 4 && (2...4).allSatisfy { g[$0, 0].isContinuation })
        // Writing over its last cell blanks the rest of it.
        g.put("a", width: 1, x: 4, y: 0, style: s)
        #expect(g.row(0) == "    a   ")
        assertConsistent(g)
        g.put("स्त्री", width: 4, x: 0, y: 0, style: s)
        g.put("中", width: 2, x: 3, y: 0, style: s)
        #expect(g.row(0) == "   中   ")
        assertConsistent(g)
    }

    @Test func restyleKeepsText() {
        var g = Grid(width: 3, height: 1)
        g.text("abc", x: 0, y: 0, style: s)
        g.restyle(y: 0, columns: 1..<2) { $0.with(.bold) }
        #expect(g[1, 0].style.attributes == .bold)
        #expect(g.row(0) == "abc")
    }

    /// `bulletin screen` prints what the painter draws: a ZWJ family (6 columns in terminals that do not join it) is its
    /// first person, a skin-toned emoji its base, so the border after them stays in its column in any terminal.
    @Test func paintedTextKeepsColumnsWhereTerminalsDisagree() {
        var g = Grid(width: 12, height: 2)
        g.text("a👨‍👩‍👧b", x: 0, y: 0, style: s)
        g.text("│", x: 11, y: 0, style: s)
        g.text("👍🏽x", x: 0, y: 1, style: s)
        g.text("│", x: 11, y: 1, style: s)
        let lines = g.paintedText.split(separator: "\n").map(String.init)
        #expect(lines == ["a👨b       │", "👍x        │"])
        // Every scalar printed is one a terminal measures alone: the columns add up to the grid's width.
        for line in lines {
            let columns = line.unicodeScalars.reduce(0) { $0 + TextWidth.width(of: Character($1)) }
            #expect(columns == 12, "\(line)")
        }
        #expect(!g.ansiText.unicodeScalars.contains("\u{200D}"))
    }

    @Test func ansiTextCarriesStyles() {
        var g = Grid(width: 2, height: 1)
        g.text("a", x: 0, y: 0, style: Style(fg: .red, .bold))
        #expect(g.ansiText.hasPrefix("\u{1B}[0;1;31ma"))
    }

    @Test func coloursDegrade() {
        #expect(TermColor.indexed(196).degraded(to: 256) == .indexed(196))
        #expect(TermColor.indexed(196).degraded(to: 16) == .ansi(9))
        #expect(TermColor.indexed(196).degraded(to: 8) == .ansi(1))
        #expect(TermColor.ansi(12).degraded(to: 8) == .ansi(4))
        #expect(TermColor.ansi(12).degraded(to: 0) == nil)
        #expect(TermColor.indexed(244).degraded(to: 16) == .ansi(8))
    }

    /// No continuation without its lead, no lead without its continuation.
    func assertConsistent(_ g: Grid, sourceLocation: SourceLocation = #_sourceLocation) {
        for y in 0..<g.height {
            for x in 0..<g.width {
                if g[x, y].isContinuation {
                    var lead = x
                    while lead > 0, g[lead, y].isContinuation { lead -= 1 }
                    #expect(lead < x && Int(g[lead, y].width) > x - lead, "orphan continuation at \(x),\(y)",
                            sourceLocation: sourceLocation)
                }
                if g[x, y].width >= 2 {
                    let w = Int(g[x, y].width)
                    #expect(x + w <= g.width && (x + 1..<x + w).allSatisfy { g[$0, y].isContinuation },
                            "lead without continuation at \(x),\(y)", sourceLocation: sourceLocation)
                }
            }
        }
    }
}

/// Every screen keeps its pane borders in the same columns on every row,
/// whatever the scripts on screen, and holds no half of a wide cluster.
@Suite struct LayoutInvariantTests {
    static let scripts: [(String, Size)] = [
        ("", Size(width: 120, height: 40)), ("j j Enter", Size(width: 120, height: 40)),
        ("j j j j Enter", Size(width: 80, height: 24)), ("e", Size(width: 80, height: 24)),
        ("j j s k k Enter", Size(width: 120, height: 40)), ("j j j j s j Enter", Size(width: 200, height: 50)),
        ("j j j Tab Tab", Size(width: 200, height: 50)), ("c", Size(width: 61, height: 20)),
    ]

    @Test(arguments: scripts)
    func bordersStandInTheSameColumns(keys: String, size: Size) throws {
        let p = try Fixtures.run(keys, size: size)
        let grid = p.frame
        let layout = ScreenLayout(state: p.state)
        #expect(!layout.borders.isEmpty || layout.panes.count == 1)
        let lastRow = p.state.overlay == .none ? size.height - 1 : 1
        for x in layout.borders {
            for y in 1..<lastRow {
                #expect(grid[x, y].text == "│", "row \(y) has \(grid[x, y].text) at border column \(x)")
            }
        }
        GridTests().assertConsistent(grid)
    }
}

@Suite struct ThemeTests {
    @Test func themeFollowsTheColoursAvailable() {
        #expect(Theme.forTerminal(colours: 256) == .colour)
        #expect(Theme.forTerminal(colours: 16) == .colour)
        #expect(Theme.forTerminal(colours: 8) == .basic)
        #expect(Theme.forTerminal(colours: 0) == .mono)
    }

    @Test func basicThemeUsesOnlyTheEightColours() {
        let t = Theme.basic
        let styles = [t.titleBar, t.statusBar, t.message, t.paneHeader, t.paneHeaderFocused, t.border, t.text, t.muted,
                      t.selection, t.selectionUnfocused, t.read, t.flag, t.heading, t.person, t.organization, t.place,
                      t.country, t.entityFocus, t.searchMatch, t.overlay, t.overlayTitle, t.hotkey]
        for s in styles {
            for c in [s.fg, s.bg] {
                switch c {
                case .default: break
                case .ansi(let n): #expect(n < 8)
                case .indexed: Issue.record("indexed colour in the 8-colour theme")
                }
            }
        }
    }

    @Test func monoThemeTellsEntityMentionsApartWithoutColour() {
        let t = Theme.mono
        #expect(t.person.fg == .default && t.person.bg == .default)
        #expect(t.person != t.text)
        #expect(t.searchMatch != t.text && t.entityFocus != t.person)
    }
}
