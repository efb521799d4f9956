import BulletinKit

/// A centered box with a border and a title, drawn over the panes.
struct OverlayBox {
    var frame: Rect
    var inner: Rect { frame.inset(1) }

    init(size: Size, width: Int, height: Int) {
        let w = min(size.width - 2, width), h = min(size.height - 2, height)
        frame = Rect(x: (size.width - w) / 2, y: max(1, (size.height - h) / 2), width: w, height: h)
    }

    /// The footer's hints (separated by " · ") that fit in `width`, whole, from the first.
    static func fit(_ footer: String, width: Int) -> String {
        var kept: [String] = []
        for part in footer.components(separatedBy: " · ") {
            guard TextWidth.width(of: (kept + [part]).joined(separator: " · ")) <= width else { break }
            kept.append(part)
        }
        return kept.joined(separator: " · ")
    }

    func draw(_ grid: inout Grid, title: String, footer: String, theme: Theme) {
        let f = frame
        // A blank column each side: the panes' text ran up to the border ("…", half an Arabic word, a
        // list's "1/8" beside the help at 80 columns), which read as the box's own broken edge.
        for x in [f.x - 1, f.maxX] where x >= 0 && x < grid.width {
            grid.fill(Rect(x: x, y: f.y, width: 1, height: f.height), style: theme.text)
        }
        grid.fill(f, style: theme.overlay)
        for x in f.x..<f.maxX {
            grid.put("─", width: 1, x: x, y: f.y, style: theme.overlay)
            grid.put("─", width: 1, x: x, y: f.maxY - 1, style: theme.overlay)
        }
        for y in f.y..<f.maxY {
            grid.put("│", width: 1, x: f.x, y: y, style: theme.overlay)
            grid.put("│", width: 1, x: f.maxX - 1, y: y, style: theme.overlay)
        }
        grid.put("┌", width: 1, x: f.x, y: f.y, style: theme.overlay)
        grid.put("┐", width: 1, x: f.maxX - 1, y: f.y, style: theme.overlay)
        grid.put("└", width: 1, x: f.x, y: f.maxY - 1, style: theme.overlay)
        grid.put("┘", width: 1, x: f.maxX - 1, y: f.maxY - 1, style: theme.overlay)
        grid.text(" " + title + " ", x: f.x + 2, y: f.y, style: theme.overlayTitle, maxWidth: max(0, f.width - 4))
        if !footer.isEmpty {
            grid.text(" " + Self.fit(footer, width: max(0, f.width - 6)) + " ", x: f.x + 2, y: f.maxY - 1, style: theme.overlay,
                      maxWidth: max(0, f.width - 4))
        }
    }
}

/// The country or language picker: every value with its article count and a hotkey.
enum PickerOverlay {
    static func label(_ facet: Facet, _ code: String) -> String {
        facet == .country ? CountryNames.name(code) : LanguageNames.name(code)
    }

    /// The picker's box for `count` values on a screen of `size`.
    static func box(_ size: Size, count: Int) -> OverlayBox {
        OverlayBox(size: size, width: 58, height: count + 2)
    }

    /// The first value shown (the list scrolls with the cursor).
    static func top(_ box: OverlayBox, cursor: Int, count: Int) -> Int {
        ListWindow.scroll(current: 0, selection: cursor, page: box.inner.height, count: count)
    }

    /// The value drawn at screen cell (x, y), if a row of the picker is there.
    static func row(atX x: Int, y: Int, in box: OverlayBox, cursor: Int, count: Int) -> Int? {
        guard box.inner.contains(x: x, y: y) else { return nil }
        let i = top(box, cursor: cursor, count: count) + (y - box.inner.y)
        return i < count ? i : nil
    }

    /// The picker's title: what it lists and, when other filters are on, that its counts are within them.
    static func title(_ facet: Facet, within: String) -> String {
        let what = facet == .country ? "Countries" : "Languages"
        return within.isEmpty ? what : "\(what), articles within \(within)"
    }

    /// The footer: the keys, or while finding, what was typed (and whether it names anything).
    static func footer(_ picker: PickerState, found: Int) -> String {
        guard let query = picker.find else { return "Enter choose · key/Space toggle · / find · Esc close" }
        let typed = TextLayout.truncate(TerminalSafe.sanitize(query).replacingNewlines(), to: 24)
        return "Find: \(typed)▏" + (found == 0 ? " (\(noMatch(picker.facet)))" : "") + " · Enter toggle · Esc all"
    }

    /// What a find that names no value says: "no country matches".
    static func noMatch(_ facet: Facet) -> String {
        facet == .country ? "no country matches" : "no language matches"
    }

    static func draw(_ state: AppState, picker: PickerState, into grid: inout Grid) {
        let theme = state.display.theme
        let values = state.catalog.values(of: picker.facet)
        let data = state.pickerData.flatMap { $0.facet == picker.facet ? $0 : nil }
        let rows = data?.rows ?? Array(values.indices)
        let box = box(state.size, count: values.count)
        box.draw(&grid, title: title(picker.facet, within: data?.within ?? ""), footer: footer(picker, found: rows.count), theme: theme)
        let inner = box.inner
        guard inner.height > 0, inner.width > 0 else { return }
        let top = top(box, cursor: picker.cursor, count: rows.count)
        if rows.isEmpty, let query = picker.find {
            // A find that names nothing: said in the box, not only in its footer (cut on a narrow screen).
            let typed = TextLayout.truncate(TerminalSafe.sanitize(query).replacingNewlines(), to: 24)
            let text = PickerOverlay.noMatch(picker.facet).prefix(1).uppercased() + PickerOverlay.noMatch(picker.facet).dropFirst()
                + " “\(typed)”"
            grid.text(text, x: inner.x + 1, y: inner.y, style: theme.muted, maxWidth: max(0, inner.width - 2))
            return
        }
        let selected = state.filters[picker.facet]
        let finding = picker.find != nil
        // The numbers right-aligned in columns as wide as their widest.
        let countWidth = Count.grouped((data?.counts ?? values.map(\.count)).max() ?? 0).count
        let matchWidth = data?.matches.map { Count.grouped($0.max() ?? 0).count + 1 } ?? 0
        for r in 0..<inner.height {
            let i = top + r
            guard i < rows.count else { break }
            let v = values[rows[i]]
            let count = data?.counts[rows[i]] ?? v.count
            let y = inner.y + r
            // A value no article has under the other filters stays listed (and choosable), dimmed, last.
            let base = count == 0 && !selected.contains(v.code) ? theme.muted : theme.overlay
            let rowStyle = i == picker.cursor ? theme.selection : base
            grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: rowStyle)
            var x = inner.x + 1
            x += grid.text(selected.contains(v.code) ? "[x] " : "[ ] ", x: x, y: y, style: rowStyle, maxWidth: inner.maxX - x)
            let hotkey = !finding && i < KeyMap.hotkeys.count ? String(KeyMap.hotkeys[i]) : " "
            x += grid.text(hotkey, x: x, y: y, style: i == picker.cursor ? rowStyle : theme.hotkey, maxWidth: inner.maxX - x)
            x += grid.text("  " + TextLayout.pad(v.code, to: 4), x: x, y: y, style: rowStyle, maxWidth: inner.maxX - x)
            // The articles a confirmed search found among them, as the list marks them: ">3".
            let found = data?.matches.map { TextLayout.pad(">" + Count.grouped($0[rows[i]]), to: matchWidth, alignment: .right) + "  " } ?? ""
            let number = found + TextLayout.pad(Count.grouped(count), to: countWidth, alignment: .right)
            let nameRoom = max(0, inner.maxX - x - number.count - 2)
            grid.text(TextLayout.pad(label(picker.facet, v.code), to: nameRoom), x: x, y: y, style: rowStyle, maxWidth: nameRoom)
            grid.text(number, x: inner.maxX - number.count - 1, y: y, style: rowStyle, maxWidth: number.count)
        }
    }
}

/// The help overlay's text.
public enum HelpContent {
    public enum Line: Sendable, Hashable {
        case section(String)
        case key(String, String)
        case note(String)
        case blank
    }

    public static func lines(for display: DisplayOptions) -> [Line] {
        var out: [Line] = []
        for (section, entries) in KeyMap.reference {
            if !out.isEmpty { out.append(.blank) }
            out.append(.section(section))
            out += entries.map { .key($0.0, $0.1) }
        }
        out.append(.blank)
        out.append(.section("Columns"))
        out.append(.note("List: * flagged; > found by the search; read articles dim; date, language, countries (BY+: more countries), title."))
        out.append(.note("Entities: here = mentions in this article, other = how many other articles name it."))
        out.append(.blank)
        out.append(.section("Display"))
        out.append(.note("Bidi: " + (display.bidi ? "on (Bulletin reorders right-to-left text)" : "off (the terminal reorders)")))
        out.append(.note("Shaping: " + (display.shaping ? "on (Bulletin joins Arabic letters)" : "off (the terminal shapes)")))
        out.append(.note("Change with --bidi on|off, --shaping on|off or BULLETIN_BIDI / BULLETIN_SHAPING."))
        out.append(.note("ASCII: " + (display.ascii ? "on (borders, … and quotes drawn as ASCII)" : "off")
                         + "; --ascii on (or BULLETIN_ASCII=on) if borders break in a terminal that draws ambiguous-width characters wide."))
        return out
    }
}

enum HelpOverlay {
    /// One screen row of the help box: a key column and a text, or a section title.
    struct Row: Equatable {
        var key = ""
        var text = ""
        var isSection = false
        /// A note spans the whole width (no key column).
        var isNote = false
    }

    static func box(_ size: Size, lineCount: Int) -> OverlayBox {
        OverlayBox(size: size, width: 76, height: lineCount + 2)
    }

    /// The help laid out for a screen `size`: on a narrow screen the keys and
    /// their descriptions wrap onto more rows instead of being cut with "…".
    static func rows(for display: DisplayOptions, size: Size) -> [Row] {
        let lines = HelpContent.lines(for: display)
        let inner = box(size, lineCount: lines.count).inner
        let room = max(1, inner.width - 2)
        let keyWidth = min(20, inner.width / 3)
        // Greedy at spaces only: key names such as C-b must not break at their hyphen.
        func wrap(_ text: String, _ width: Int) -> [String] {
            guard width > 0 else { return [] }
            var out: [String] = [], line = ""
            for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
                let candidate = line.isEmpty ? word : line + " " + word
                if TextWidth.width(of: candidate) <= width { line = candidate; continue }
                if !line.isEmpty { out.append(line) }
                line = TextWidth.width(of: word) <= width ? word : TextLayout.truncate(word, to: width)
            }
            out.append(line)
            return out
        }
        var rows: [Row] = []
        for line in lines {
            switch line {
            case .blank: rows.append(Row())
            case .section(let s): rows.append(Row(text: s, isSection: true))
            case .note(let s): rows += wrap(s, room).map { Row(text: $0, isNote: true) }
            case .key(let k, let d):
                var keys = wrap(k, keyWidth)
                let texts = wrap(d, max(1, room - keyWidth - 1))
                // Keys too many for their column get a row of their own: wrapped in the
                // column, the last of them ("PgUp") stood beside the description's
                // second row ("C-f C-b)") and read as another key.
                if keys.count > 1, TextWidth.width(of: k) <= room {
                    rows.append(Row(key: k))
                    keys = []
                }
                for i in 0..<max(keys.count, texts.count) {
                    rows.append(Row(key: i < keys.count ? keys[i] : "", text: i < texts.count ? texts[i] : ""))
                }
            }
        }
        return rows
    }

    /// The largest scroll that still fills the box (the `j`/`k` keys stop there).
    static func maxScroll(for display: DisplayOptions, size: Size) -> Int {
        let rows = rows(for: display, size: size)
        let inner = box(size, lineCount: HelpContent.lines(for: display).count).inner
        return max(0, rows.count - max(1, inner.height))
    }

    static func draw(_ state: AppState, scroll: Int, into grid: inout Grid) {
        let theme = state.display.theme
        let box = box(state.size, lineCount: HelpContent.lines(for: state.display).count)
        box.draw(&grid, title: "Keys", footer: "j/k scroll · any other key closes", theme: theme)
        let inner = box.inner
        guard inner.height > 0, inner.width > 2 else { return }
        let rows = rows(for: state.display, size: state.size)
        let top = max(0, min(scroll, rows.count - inner.height))
        let keyWidth = min(20, inner.width / 3)
        for r in 0..<inner.height {
            let i = top + r
            guard i < rows.count else { break }
            let y = inner.y + r
            let x = inner.x + 1, room = inner.width - 2
            let row = rows[i]
            if row.isSection {
                grid.text(row.text, x: x, y: y, style: theme.overlayTitle, maxWidth: room)
            } else if row.key.isEmpty && row.text.isEmpty {
                continue
            } else if row.isNote {
                grid.text(row.text, x: x, y: y, style: theme.overlay, maxWidth: room)
            } else if row.text.isEmpty {
                grid.text(row.key, x: x, y: y, style: theme.hotkey, maxWidth: room)  // keys on a row of their own
            } else {
                grid.text(TextLayout.pad(row.key, to: keyWidth), x: x, y: y, style: theme.hotkey, maxWidth: keyWidth)
                grid.text(row.text, x: x + keyWidth + 1, y: y, style: theme.overlay, maxWidth: room - keyWidth - 1)
            }
        }
    }
}

/// English names of ISO 639-1 language codes.
public enum LanguageNames {
    public static func name(_ code: String) -> String {
        if code == "und" { return "Undetermined" }
        return CountryNames.locale.localizedString(forLanguageCode: code) ?? code
    }
}

/// `W`: the warnings from reading the corpus, each wrapped onto as many rows
/// as it needs (the reason comes last, after a long path: cut to the box, it
/// was lost), continuation rows indented.
enum ProblemsOverlay {
    static func box(_ size: Size, count: Int) -> OverlayBox {
        OverlayBox(size: size, width: 110, height: count + 2)
    }

    /// A problem as shown: the "warning: " prefix says nothing on this screen; one line, no control.
    static func text(_ problem: String) -> String {
        let line = problem.hasPrefix("warning: ") ? String(problem.dropFirst("warning: ".count)) : problem
        return TerminalSafe.sanitize(line).replacingNewlines()
    }

    /// Every warning's rows for a screen of `size`: the box is as tall as the
    /// rows need (up to the screen), and they scroll in it.
    static func rows(_ problems: [String], size: Size) -> [String] {
        let room = max(1, box(size, count: problems.count).inner.width - 2)
        return problems.flatMap { wrap(text($0), width: room, indent: min(2, room - 1)) }
    }

    /// `text` in rows of at most `width` columns, broken at a space or after a
    /// `/` where possible (a name with neither is cut anywhere); rows after the
    /// first start with `indent` spaces.
    static func wrap(_ text: String, width: Int, indent: Int) -> [String] {
        var rows: [String] = []
        var row = "", used = 0
        // Where the row may break: the rest starts at `rest` (after a space, which is dropped, or a slash).
        var breakAt: (end: String.Index, rest: String.Index)?
        let pad = String(repeating: " ", count: max(0, indent))
        for c in text {
            let w = TextWidth.width(of: c)
            if used + w > width, used > 0 {
                if let b = breakAt, b.end > row.startIndex {
                    let rest = String(row[b.rest...])
                    rows.append(String(row[..<b.end]))
                    row = pad + rest
                } else {
                    rows.append(row)
                    row = pad
                }
                used = TextWidth.width(of: row)
                breakAt = nil
            }
            row.append(c)
            used += w
            if c == " " {
                breakAt = (row.index(before: row.endIndex), row.endIndex)
            } else if c == "/" {
                breakAt = (row.endIndex, row.endIndex)
            }
        }
        if row.contains(where: { $0 != " " }) || rows.isEmpty { rows.append(row) }
        return rows
    }

    static func maxScroll(_ problems: [String], size: Size) -> Int {
        let rows = rows(problems, size: size)
        return max(0, rows.count - max(1, box(size, count: rows.count).inner.height))
    }

    static func draw(_ state: AppState, scroll: Int, into grid: inout Grid) {
        let theme = state.display.theme
        let rows = rows(state.problems, size: state.size)
        let box = box(state.size, count: rows.count)
        box.draw(&grid, title: "Warnings (\(Count.grouped(state.problems.count)))", footer: "j/k scroll · any other key closes", theme: theme)
        let inner = box.inner
        guard inner.height > 0, inner.width > 2 else { return }
        let top = max(0, min(scroll, rows.count - inner.height))
        for r in 0..<inner.height {
            let i = top + r
            guard i < rows.count else { break }
            let room = inner.width - 2
            grid.text(rows[i], x: inner.x + 1, y: inner.y + r, style: theme.overlay, maxWidth: room)
        }
    }
}
