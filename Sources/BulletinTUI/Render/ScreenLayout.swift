/// Screen size in cells.
public struct Size: Sendable, Hashable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// Which reader a pane shows: the one reader, or a side of side-by-side reading.
public enum ReaderSlot: Sendable, Hashable { case single, left, right }

/// What a pane on screen holds.
public enum PaneKind: Sendable, Hashable {
    case list
    case reader(ReaderSlot)
    case sidebar
}

/// Where one pane stands: `frame` includes its header row, `content` is below it.
public struct PaneFrame: Sendable, Hashable {
    public var kind: PaneKind
    public var frame: Rect
    public var content: Rect { Rect(x: frame.x, y: frame.y + 1, width: frame.width, height: frame.height - 1) }
}

/// Where everything goes for a given state and screen size. Pure: the update
/// uses it for paging and mouse clicks, the renderer to draw.
///
/// - 120 columns or more: list | reader | sidebar; compact (`v`): list | reader,
///   the sidebar in the list's place while it has the focus.
/// - 60 to 119: list | reader, the sidebar in the list's place while it has the
///   focus; compact (`v`, and unchosen under 100 columns): the focused pane alone.
/// - under 60: the focused pane alone.
/// - side by side: the two readers in halves (the pinned reader beside the
///   list while the second article is being chosen, compact or not: the list
///   alone hid what the second article was to be read against; under 60 columns
///   the list alone).
public struct ScreenLayout: Sendable, Hashable {
    public static let minimumWidth = 30
    public static let minimumHeight = 6
    public static let wideWidth = 120
    public static let narrowWidth = 60
    /// The reader's width on a wide screen (three panes) once the list has `56` cells: a line of text much
    /// wider reads badly (typography's 60–90 characters); the list takes the rest, for whole titles.
    public static let readerWidth = 88
    /// The widest list on a wide screen: past it (over 210 columns), the reader grows again.
    public static let widestList = 80
    /// The widest sidebar on a wide screen (from 218 columns, where the reader has 80 cells and the list 80).
    public static let widestSidebar = 56

    public var size: Size
    public var panes: [PaneFrame]
    /// Columns of the vertical borders between panes.
    public var borders: [Int]

    public var isTooSmall: Bool { size.width < Self.minimumWidth || size.height < Self.minimumHeight }
    public var titleBar: Rect { Rect(x: 0, y: 0, width: size.width, height: 1) }
    public var statusBar: Rect { Rect(x: 0, y: size.height - 1, width: size.width, height: 1) }

    /// The frame of the pane of `kind`, when it is on screen.
    public func pane(_ kind: PaneKind) -> PaneFrame? { panes.first { $0.kind == kind } }

    /// The pane under screen cell (x, y).
    public func pane(atX x: Int, y: Int) -> PaneFrame? { panes.first { $0.frame.contains(x: x, y: y) } }

    public init(state: AppState) {
        size = state.size
        panes = []
        borders = []
        guard !isTooSmall else { return }
        let kinds = ScreenLayout.visiblePanes(state)
        let w = size.width
        var widths: [Int]
        switch kinds.count {
        case 3:
            // The sidebar's names: 19 cells at 120 columns ("Phạm Minh Chính", "United Kingdom", not
            // "Phạm … Chính"), the reader keeping 50 (59 at 140).
            var side = min(40, max(24, w * 27 / 100))
            // Past 186 columns the reader's lines would pass `readerWidth` cells (102 at 200 columns, where
            // the list cut every title at 32): the list takes what the reader does not need, up to 80.
            var reader = Self.readerWidth
            if w > 186 {
                // And the sidebar grows too (at 40 cells it cut "Senate of the Parliament o…" beside an 88-cell
                // reader): half the room past 186 columns, up to `widestSidebar`, the reader giving up to 8 cells
                // of it (81 at 200 columns, where the sidebar has 47 and the list keeps its 70).
                side = min(Self.widestSidebar, 40 + (w - 186) / 2)
                reader = max(80, Self.readerWidth - (w - 186) / 2)
            }
            let list = max(min(56, max(30, w * 30 / 100)), min(Self.widestList, w - side - 2 - reader))
            widths = [list, w - list - side - 2, side]
        case 2:
            switch (kinds[0], kinds[1]) {
            case (.list, _) where w >= Self.wideWidth:
                // Compact from 120 columns (no sidebar): the list takes the sidebar's room, 54 cells at 120
                // (titles of 38 cells), the reader keeping 65; past 143 columns the reader stays at
                // `readerWidth` cells and the list grows up to `widestList`.
                let list = max(min(56, w * 45 / 100), min(Self.widestList, w - 1 - Self.readerWidth))
                widths = [list, w - list - 1]
            case (.list, _):
                let list = min(48, max(24, w * 42 / 100))
                widths = [list, w - list - 1]
            case (_, .sidebar):
                // The sidebar in the list's place (60 to 119 columns): 34 cells at 100, the reader 65.
                let side = min(40, max(20, w * 34 / 100))
                widths = [w - side - 1, side]
            default:
                let left = (w - 1) / 2
                widths = [left, w - left - 1]
            }
        default:
            widths = [w]
        }
        var x = 0
        for (kind, width) in zip(kinds, widths) {
            if x > 0 {
                borders.append(x)
                x += 1
            }
            panes.append(PaneFrame(kind: kind, frame: Rect(x: x, y: 1, width: width, height: size.height - 2)))
            x += width
        }
    }

    /// The panes on screen, left to right.
    static func visiblePanes(_ state: AppState) -> [PaneKind] {
        let w = state.size.width
        let narrow = w < narrowWidth
        // Compact under 120 columns: one pane at a time, as under 60 (the list takes the whole width).
        let single = narrow || (w < wideWidth && state.shownLayout == .compact)
        if let sbs = state.sideBySide {
            if sbs.right == nil { return narrow ? [.list] : [.list, .reader(.left)] }
            if narrow { return [.reader(sbs.active == .left ? .left : .right)] }
            return [.reader(.left), .reader(.right)]
        }
        if single {
            switch state.focus {
            case .list: return [.list]
            case .reader: return [.reader(.single)]
            case .sidebar: return [.sidebar]
            }
        }
        if w >= wideWidth, state.shownLayout == .all { return [.list, .reader(.single), .sidebar] }
        return state.focus == .sidebar ? [.reader(.single), .sidebar] : [.list, .reader(.single)]
    }
}
