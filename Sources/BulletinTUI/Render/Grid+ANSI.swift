extension Grid {
    /// The screen as text with SGR escape sequences for the styles (`bulletin screen --ansi`).
    /// Colours are given as they are asked for (256-colour terminals show them all).
    public var ansiText: String {
        var out = ""
        for y in 0..<height {
            var current: Style? = nil
            for x in 0..<width {
                let cell = self[x, y]
                if cell.isContinuation { continue }
                if cell.style != current {
                    out += Grid.sgr(cell.style)
                    current = cell.style
                }
                out += cell.text
            }
            out += "\u{1B}[0m\n"
        }
        return out
    }

    /// The SGR sequence that selects `style` from a reset state.
    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.attributes.contains(.bold) { codes.append("1") }
        if style.attributes.contains(.dim) { codes.append("2") }
        if style.attributes.contains(.underline) { codes.append("4") }
        if style.attributes.contains(.reverse) { codes.append("7") }
        codes += sgrColor(style.fg, foreground: true)
        codes += sgrColor(style.bg, foreground: false)
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func sgrColor(_ color: TermColor, foreground: Bool) -> [String] {
        switch color {
        case .default: return []
        case .ansi(let n):
            let base = foreground ? (n < 8 ? 30 : 90) : (n < 8 ? 40 : 100)
            return [String(base + Int(n % 8))]
        case .indexed(let n): return [foreground ? "38" : "48", "5", String(n)]
        }
    }
}
