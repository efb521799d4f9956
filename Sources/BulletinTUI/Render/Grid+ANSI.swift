import BulletinKit

extension Grid {
    /// The screen as text with SGR escape sequences for the styles (`bulletin screen --ansi`).
    /// Colours are given as they are asked for (256-colour terminals show them all).
    public var ansiText: String { ansiText(colours: 256) }

    /// `ansiText` as a terminal of `colours` colours shows it: each colour degraded as the curses painter
    /// degrades it (a 256-colour index to the nearest of 16, then of 8; none under 8).
    public func ansiText(colours: Int) -> String {
        var out = ""
        for y in 0..<height {
            var current: Style? = nil
            for x in 0..<width {
                let cell = self[x, y]
                if cell.isContinuation { continue }
                if cell.style != current {
                    out += Grid.sgr(cell.style, colours: colours)
                    current = cell.style
                }
                out += Grid.painted(cell)
            }
            out += "\u{1B}[0m\n"
        }
        return out
    }

    /// The screen as text, each cell as the curses painter draws it (`bulletin screen`): a cluster that curses cannot
    /// hold whole (a ZWJ family, a skin-toned emoji, a conjunct) is its leading part, padded with spaces to the cells
    /// the grid gave the cluster. So printed lines keep the grid's width in every terminal: a ZWJ family printed whole is
    /// 2 columns where terminals join it and 6 where they do not (glibc, tmux), which pushed borders right.
    public var paintedText: String {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation { line += Grid.painted(self[x, y]) }
            return String(line.reversed().drop(while: { $0 == " " }).reversed())
        }.joined(separator: "\n")
    }

    /// `cell` as the painter writes it (`CursesGlyphs.columns`), each scalar measured as one cluster of the width table
    /// (what glibc's `wcwidth` gives, without depending on the process's locale).
    static func painted(_ cell: Cell) -> String {
        guard cell.text.unicodeScalars.count > 1 else { return cell.text }
        let columns = CursesGlyphs.columns(for: cell.text, width: Int(cell.width)) { value in
            Unicode.Scalar(value).map { Int32(TextWidth.width(of: Character($0))) } ?? -1
        }
        var out = String.UnicodeScalarView()
        for column in columns { for v in column ?? [] { if let s = Unicode.Scalar(v) { out.append(s) } } }
        return String(out)
    }

    /// The SGR sequence that selects `style` from a reset state.
    static func sgr(_ style: Style, colours: Int = 256) -> String {
        var codes = ["0"]
        if style.attributes.contains(.bold) { codes.append("1") }
        if style.attributes.contains(.dim) { codes.append("2") }
        if style.attributes.contains(.underline) { codes.append("4") }
        if style.attributes.contains(.reverse) { codes.append("7") }
        codes += style.fg.degraded(to: colours).map { sgrColor($0, foreground: true) } ?? []
        codes += style.bg.degraded(to: colours).map { sgrColor($0, foreground: false) } ?? []
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
