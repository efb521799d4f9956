import BulletinKit

/// The rows of the entity sidebar: a header per group, then its entities.
public enum SidebarRows {
    public enum Row: Sendable, Hashable {
        case header(String)
        /// Index into the sorted entities (`AppState.sidebarEntries`).
        case entity(Int)
        case blank
    }

    public static func rows(for entries: [ArticleEntity]) -> [Row] {
        var rows: [Row] = []
        for (type, title) in SidebarOrder.groups {
            let members = entries.indices.filter { entries[$0].type == type }
            guard !members.isEmpty else { continue }
            if !rows.isEmpty { rows.append(.blank) }
            rows.append(.header(title))
            rows += members.map { .entity($0) }
        }
        return rows
    }
}

/// The entity sidebar: the reader's article's entities grouped by type, with
/// how often this article mentions each and how many other articles do.
enum SidebarPane {
    /// The first row on screen: the cursor's entity stays visible. The mouse
    /// maps a click through the same window.
    static func topRow(rows: [SidebarRows.Row], cursor: Int, page: Int) -> Int {
        let cursorRow = rows.firstIndex(of: .entity(cursor)) ?? 0
        return ListWindow.scroll(current: 0, selection: cursorRow, page: page, count: rows.count)
    }

    /// `name` as the sidebar's narrow name column shows it: when a person's
    /// whole name does not fit, the given names become initials ("A. Lukashenko",
    /// not "Alexander Lu…"), or go ("Lukashenko"), since the family name is what
    /// tells people apart. Other names are cut as titles are; the status bar
    /// names the entity under the cursor in full (`StatusBar.hints`).
    static func label(_ name: String, type: EntityType, room: Int) -> String {
        guard type == .person, TextWidth.width(of: name) > room else { return name }
        let words = name.split(separator: " ")
        guard words.count >= 2, let family = words.last.map(String.init) else { return name }
        let initials = (words.dropLast().compactMap { $0.first.map { "\($0)." } } + [family]).joined(separator: " ")
        return TextWidth.width(of: initials) <= room || TextWidth.width(of: family) > room ? initials : family
    }

    static func draw(_ state: AppState, into grid: inout Grid, pane: PaneFrame) {
        let theme = state.display.theme
        let focused = state.focus == .sidebar
        let frame = pane.frame, content = pane.content
        let entries = state.sidebarEntries
        Renderer.drawPaneHeader(&grid, frame: frame, title: "Entities", right: entries.isEmpty ? "" : "\(entries.count)",
                                focused: focused, theme: theme)
        guard !entries.isEmpty else {
            grid.text(" No entities found", x: content.x, y: content.y, style: theme.muted, maxWidth: content.width)
            return
        }
        let rows = SidebarRows.rows(for: entries)
        let top = topRow(rows: rows, cursor: state.sidebarCursor, page: content.height)
        let numbers = content.width >= 22 ? 11 : 0
        let nameWidth = max(1, content.width - 2 - numbers)
        for r in 0..<content.height {
            let i = top + r
            guard i < rows.count else { break }
            let y = content.y + r
            switch rows[i] {
            case .blank: continue
            case .header(let title):
                // A group title wider than the name column ("Organizations" in a
                // narrow sidebar) takes the row whole rather than being cut; the
                // column labels stay on the groups whose titles fit.
                let fits = TextWidth.width(of: title) <= nameWidth
                grid.text(" " + (fits ? TextLayout.pad(title, to: nameWidth) : TextLayout.truncate(title, to: content.width - 1)),
                          x: content.x, y: y, style: theme.heading, maxWidth: content.width)
                if numbers > 0, fits {
                    grid.text(TextLayout.pad("here", to: 5, alignment: .right) + TextLayout.pad("other", to: 6, alignment: .right),
                              x: content.x + 1 + nameWidth, y: y, style: theme.muted, maxWidth: numbers)
                }
            case .entity(let k):
                let e = entries[k]
                let style = k == state.sidebarCursor && focused ? theme.selection : theme.entity(e.type)
                grid.fill(Rect(x: content.x, y: y, width: content.width, height: 1),
                          style: k == state.sidebarCursor && focused ? theme.selection : theme.text)
                let name = label(TerminalSafe.sanitize(e.name), type: e.type, room: nameWidth)
                ListPane.drawTitle(name, query: "", x: content.x + 1, y: y, room: nameWidth, base: style,
                                   match: style, options: state.display, into: &grid)
                if numbers > 0 {
                    let others = max(0, (state.catalog.entityArticleCounts[e.name] ?? 1) - 1)
                    let here = max(e.mentions, e.ranges.count)
                    let text = TextLayout.pad(Count.compact(here, room: 4), to: 5, alignment: .right)
                        + TextLayout.pad(Count.compact(others, room: 5), to: 6, alignment: .right)
                    let numStyle = k == state.sidebarCursor && focused ? theme.selection : theme.muted
                    grid.text(text, x: content.x + 1 + nameWidth, y: y, style: numStyle, maxWidth: numbers)
                }
            }
        }
    }
}
