import BulletinKit

/// A centered box with a border and a title, drawn over the panes.
struct OverlayBox {
    var frame: Rect
    var inner: Rect { frame.inset(1) }

    init(size: Size, width: Int, height: Int) {
        let w = min(size.width - 2, width), h = min(size.height - 2, height)
        frame = Rect(x: (size.width - w) / 2, y: max(1, (size.height - h) / 2), width: w, height: h)
    }

    func draw(_ grid: inout Grid, title: String, footer: String, theme: Theme) {
        let f = frame
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
            grid.text(" " + footer + " ", x: f.x + 2, y: f.maxY - 1, style: theme.overlay, maxWidth: max(0, f.width - 4))
        }
    }
}

/// The country or language picker: every value with its article count and a hotkey.
enum PickerOverlay {
    static func label(_ facet: Facet, _ code: String) -> String {
        facet == .country ? CountryNames.name(code) : LanguageNames.name(code)
    }

    static func draw(_ state: AppState, picker: PickerState, into grid: inout Grid) {
        let theme = state.display.theme
        let values = state.catalog.values(of: picker.facet)
        let box = OverlayBox(size: state.size, width: 58, height: values.count + 2)
        let title = picker.facet == .country ? "Countries" : "Languages"
        box.draw(&grid, title: title, footer: "key/Space toggle · C clear · Esc close", theme: theme)
        let inner = box.inner
        guard inner.height > 0, inner.width > 0 else { return }
        let top = ListWindow.scroll(current: 0, selection: picker.cursor, page: inner.height, count: values.count)
        let selected = state.filters[picker.facet]
        for r in 0..<inner.height {
            let i = top + r
            guard i < values.count else { break }
            let v = values[i]
            let y = inner.y + r
            let rowStyle = i == picker.cursor ? theme.selection : theme.overlay
            grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: rowStyle)
            var x = inner.x + 1
            x += grid.text(selected.contains(v.code) ? "[x] " : "[ ] ", x: x, y: y, style: rowStyle, maxWidth: inner.maxX - x)
            let hotkey = i < KeyMap.hotkeys.count ? String(KeyMap.hotkeys[i]) : " "
            x += grid.text(hotkey, x: x, y: y, style: i == picker.cursor ? rowStyle : theme.hotkey, maxWidth: inner.maxX - x)
            x += grid.text("  " + TextLayout.pad(v.code, to: 4), x: x, y: y, style: rowStyle, maxWidth: inner.maxX - x)
            let count = String(v.count)
            let nameRoom = max(0, inner.maxX - x - count.count - 2)
            grid.text(TextLayout.pad(label(picker.facet, v.code), to: nameRoom), x: x, y: y, style: rowStyle, maxWidth: nameRoom)
            grid.text(count, x: inner.maxX - count.count - 1, y: y, style: rowStyle, maxWidth: count.count)
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
        out.append(.section("Display"))
        out.append(.note("Bidi: " + (display.bidi ? "on (Bulletin reorders right-to-left text)" : "off (the terminal reorders)")))
        out.append(.note("Shaping: " + (display.shaping ? "on (Bulletin joins Arabic letters)" : "off (the terminal shapes)")))
        out.append(.note("Change with --bidi on|off, --shaping on|off or BULLETIN_BIDI / BULLETIN_SHAPING."))
        return out
    }
}

enum HelpOverlay {
    static func draw(_ state: AppState, scroll: Int, into grid: inout Grid) {
        let theme = state.display.theme
        let lines = HelpContent.lines(for: state.display)
        let box = OverlayBox(size: state.size, width: 76, height: lines.count + 2)
        box.draw(&grid, title: "Keys", footer: "j/k scroll · any other key closes", theme: theme)
        let inner = box.inner
        guard inner.height > 0, inner.width > 2 else { return }
        let top = max(0, min(scroll, lines.count - inner.height))
        let keyWidth = min(20, inner.width / 3)
        for r in 0..<inner.height {
            let i = top + r
            guard i < lines.count else { break }
            let y = inner.y + r
            let x = inner.x + 1, room = inner.width - 2
            switch lines[i] {
            case .blank: continue
            case .section(let s): grid.text(s, x: x, y: y, style: theme.overlayTitle, maxWidth: room)
            case .note(let s): grid.text(TextLayout.truncate(s, to: room), x: x, y: y, style: theme.overlay, maxWidth: room)
            case .key(let k, let d):
                grid.text(TextLayout.pad(k, to: keyWidth), x: x, y: y, style: theme.hotkey, maxWidth: keyWidth)
                grid.text(TextLayout.truncate(d, to: room - keyWidth - 1), x: x + keyWidth + 1, y: y, style: theme.overlay,
                          maxWidth: room - keyWidth - 1)
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
