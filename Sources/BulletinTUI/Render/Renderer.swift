import BulletinKit

/// Draws a state into a grid of cells. Pure: the same state gives the same
/// grid; no terminal is involved (the painter puts the grid on screen).
public enum Renderer {
    /// The whole screen for `state` at its current size.
    public static func render(_ state: AppState) -> Grid {
        var grid = draw(state)
        if state.display.ascii { AmbiguousGlyphs.apply(to: &grid) }
        return grid
    }

    /// The screen before the display's last touches.
    static func draw(_ state: AppState) -> Grid {
        var grid = Grid(width: state.size.width, height: state.size.height)
        let layout = ScreenLayout(state: state)
        let theme = state.display.theme
        if layout.isTooSmall {
            drawTooSmall(&grid)
            return grid
        }
        TitleBar.draw(state, into: &grid, rect: layout.titleBar)
        if let loading = state.loading {
            LoadingPane.draw(state, loading, into: &grid,
                             frame: Rect(x: 0, y: 1, width: state.size.width, height: state.size.height - 2))
            StatusBar.draw(state, into: &grid, rect: layout.statusBar)
            if case .help(let scroll) = state.overlay { HelpOverlay.draw(state, scroll: scroll, into: &grid) }
            return grid
        }
        for pane in layout.panes {
            switch pane.kind {
            case .list: ListPane.draw(state, into: &grid, pane: pane)
            case .reader(let slot): ReaderPane.draw(state, slot: slot, into: &grid, pane: pane)
            case .sidebar: SidebarPane.draw(state, into: &grid, pane: pane)
            }
        }
        for x in layout.borders {
            for y in 1..<(state.size.height - 1) {
                grid.put("│", width: 1, x: x, y: y, style: theme.border)
            }
        }
        StatusBar.draw(state, into: &grid, rect: layout.statusBar)
        switch state.overlay {
        case .none: break
        case .help(let scroll): HelpOverlay.draw(state, scroll: scroll, into: &grid)
        case .problems(let scroll): ProblemsOverlay.draw(state, scroll: scroll, into: &grid)
        case .picker(let p): PickerOverlay.draw(state, picker: p, into: &grid)
        }
        return grid
    }

    /// `render` at another size (the state's size is replaced).
    public static func render(_ state: AppState, size: Size) -> Grid {
        var s = state
        _ = s.update(.resize(size))
        return render(s)
    }

    /// The frame shown while a resize lays a long article out anew (`AppState.resizeRelaysLongArticle`): the
    /// title bar and a note. A 1.5 MB article takes a second or two, and until then the terminal showed the old
    /// frame cut at the new size, without its title and status lines.
    static func relayingOut(_ state: AppState, to size: Size) -> Grid {
        var s = state
        s.size = size
        var grid = Grid(width: size.width, height: size.height)
        guard !ScreenLayout(state: s).isTooSmall else {
            drawTooSmall(&grid)
            return grid
        }
        TitleBar.draw(s, into: &grid, rect: Rect(x: 0, y: 0, width: size.width, height: 1))
        let note = TextLayout.pad(relayingOutNote(size), to: size.width, alignment: .center)
        grid.text(note, x: 0, y: size.height / 2, style: s.display.theme.muted, maxWidth: size.width)
        return grid
    }

    static func relayingOutNote(_ size: Size) -> String { "Laying out the article for \(size.width)x\(size.height)…" }

    static func drawTooSmall(_ grid: inout Grid) {
        let lines = ["Terminal too small", "need \(ScreenLayout.minimumWidth)x\(ScreenLayout.minimumHeight)"]
        let top = max(0, (grid.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < grid.height {
            let t = TextLayout.pad(line, to: grid.width, alignment: .center)
            grid.text(t, x: 0, y: top + i, style: Style(.bold), maxWidth: grid.width)
        }
    }

    /// Draws a pane's header row: its name on the left, `right` on the right.
    static func drawPaneHeader(_ grid: inout Grid, frame: Rect, title: String, right: String, focused: Bool, theme: Theme) {
        let style = focused ? theme.paneHeaderFocused : theme.paneHeader
        grid.fill(Rect(x: frame.x, y: frame.y, width: frame.width, height: 1), style: style)
        let r = TextLayout.truncate(right, to: max(0, frame.width / 2))
        let rw = TextWidth.width(of: r)
        grid.text(" " + title, x: frame.x, y: frame.y, style: style, maxWidth: max(0, frame.width - rw - 1))
        grid.text(r, x: frame.maxX - rw - 1, y: frame.y, style: style, maxWidth: rw)
    }

    /// Draws laid-out cells from `x`, no further than `maxX`, styling each by its source range.
    static func drawCells(_ grid: inout Grid, _ cells: [DisplayCell], x: Int, y: Int, maxX: Int,
                          style: (DisplayCell) -> Style) {
        var col = x
        for cell in cells {
            guard col < maxX else { break }
            if cell.width == 0 { continue }
            let n = grid.put(cell.text, width: cell.width, x: col, y: y, style: style(cell), clip: x..<maxX)
            col += max(n, 1)
        }
    }
}
