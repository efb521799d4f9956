import BulletinKit

/// A reader: the article's header and body as laid out by the text layer.
/// Right-to-left lines are right-aligned; entity mentions are coloured by
/// type, the sidebar's entity and search matches stand out.
enum ReaderPane {
    static func draw(_ state: AppState, slot: ReaderSlot, into grid: inout Grid, pane: PaneFrame) {
        let theme = state.display.theme
        let frame = pane.frame, content = pane.content
        let active = state.activeReader == slot
        let name: String
        switch slot {
        case .single: name = "Reader"
        case .left: name = state.sideBySide?.right == nil ? "Pinned" : "Left"
        case .right: name = "Right"
        }
        guard let article = state.article(in: slot),
              let doc = state.document(in: slot, width: content.width) else {
            Renderer.drawPaneHeader(&grid, frame: frame, title: name, right: "", focused: active, theme: theme)
            grid.text(" No article", x: content.x, y: content.y, style: theme.muted, maxWidth: content.width)
            return
        }
        let page = max(1, content.height)
        let maxScroll = max(0, doc.lines.count - page)
        let scroll = min(state.scroll(in: slot), maxScroll)
        // An article that fits says "all", as the status bar does (it said "100%" there).
        let position = maxScroll == 0 ? "all" : "\(scroll * 100 / maxScroll)%"
        let lock = state.sideBySide?.locked == true && slot != .single ? " locked" : ""
        Renderer.drawPaneHeader(&grid, frame: frame, title: name + lock, right: position, focused: active, theme: theme)

        let highlights = Highlights(article: article, state: state, slot: slot)
        let textWidth = ReaderLayout.textWidth(paneWidth: content.width)
        let left = content.x + 1
        for row in 0..<page {
            let i = scroll + row
            guard i < doc.lines.count else { break }
            let line = doc.lines[i]
            let y = content.y + row
            switch line.role {
            case .rule:
                let rule = String(repeating: "─", count: textWidth)
                grid.text(rule, x: left, y: y, style: theme.border, maxWidth: textWidth)
            case .title, .meta, .body:
                let x = line.isRTL ? left + max(0, textWidth - line.width) : left
                let base = line.role == .title ? theme.heading : line.role == .meta ? theme.muted : theme.text
                Renderer.drawCells(&grid, line.cells, x: x, y: y, maxX: left + textWidth) { cell in
                    guard let src = cell.source else { return base }
                    switch line.role {
                    case .body: return highlights.style(for: src, base: base, theme: theme)
                    case .title: return highlights.titleStyle(for: src, base: base, theme: theme)
                    default: return base
                    }
                }
            }
        }
    }

    /// The spans of the body to draw in another style, sorted for binary search.
    struct Highlights {
        var search: [Range<Int>] = []
        /// Search matches in the title (title offsets; entity ranges are body offsets).
        var titleSearch: [Range<Int>] = []
        var focused: [Range<Int>] = []
        var entities: [Range<Int>] = []
        var types: [EntityType] = []

        init(article: Article, state: AppState, slot: ReaderSlot) {
            if state.search.isActive {
                search = state.cache.matches(of: state.search.query, in: article)
                titleSearch = state.cache.headingMatches(of: state.search.query, in: article)
            }
            if slot == .single, state.focus == .sidebar, let e = state.focusedEntity {
                focused = e.ranges.map { $0.start..<$0.end }.sorted { $0.lowerBound < $1.lowerBound }
            }
            // Sorted once per article, not per frame: a long article names its entities
            // hundreds of thousands of times, and every keypress draws a frame.
            (entities, types) = state.cache.entitySpans(of: article)
        }

        func style(for src: Range<Int>, base: Style, theme: Theme) -> Style {
            if !search.isEmpty, SpanLookup.firstIndex(in: search, overlapping: src) != nil { return theme.searchMatch }
            if !focused.isEmpty, SpanLookup.firstIndex(in: focused, overlapping: src) != nil { return theme.entityFocus }
            if !entities.isEmpty, let i = SpanLookup.firstIndex(in: entities, overlapping: src) { return theme.entity(types[i]) }
            return base
        }

        func titleStyle(for src: Range<Int>, base: Style, theme: Theme) -> Style {
            if !titleSearch.isEmpty, SpanLookup.firstIndex(in: titleSearch, overlapping: src) != nil { return theme.searchMatch }
            return base
        }
    }
}
