import BulletinKit

/// Narrow ASCII stand-ins for the East Asian "ambiguous width" characters a
/// screen commonly shows: the box drawing of the borders, "…" where text is
/// cut, "·" between status fields, dashes and curly quotes inside articles.
///
/// Why: the locale's `wcwidth` (and so curses and the grid) counts them one
/// column, but a terminal set to draw ambiguous characters wide (common with
/// CJK fonts: iTerm2, GNOME Terminal, Windows Terminal, PuTTY all have the
/// setting) draws them two, and every later column on the row drifts. With
/// `--ascii on` (or `BULLETIN_ASCII=on`) each such cell is drawn with a
/// one-column ASCII character instead, so the columns hold. Letters of
/// ambiguous width (Greek, Cyrillic) have no stand-in and stay as they are.
public enum AmbiguousGlyphs {
    /// The ASCII stand-in for a one-scalar cluster, or nil when it has none.
    public static func replacement(for cluster: String) -> String? {
        let scalars = cluster.unicodeScalars
        guard let s = scalars.first, s.value >= 0xA0, scalars.count == 1 else { return nil }
        switch s.value {
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550: return "-"
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551: return "|"
        case 0x250C...0x254B, 0x2552...0x256C, 0x256D...0x2570: return "+"
        case 0x2026: return "~"                                   // … a cut
        case 0x00B7, 0x2022, 0x2027: return "."                   // · • ‧
        case 0x2013, 0x2014, 0x2015, 0x2212: return "-"           // – — ― −
        case 0x2018, 0x2019, 0x201A, 0x2032: return "'"           // ‘ ’ ‚ ′
        case 0x201C, 0x201D, 0x201E, 0x2033: return "\""          // “ ” „ ″
        case 0x00B0: return "o"                                   // °
        case 0x00D7: return "x"                                   // ×
        case 0x00F7: return "/"                                   // ÷
        case 0x00B1: return "+"                                   // ±
        case 0x00A7: return "S"                                   // §
        case 0x00B6: return "P"                                   // ¶
        case 0x00AD: return "-"                                   // soft hyphen, when shown
        case 0x2190, 0x25C0, 0x25C1: return "<"                   // ← ◀ ◁
        case 0x2192, 0x25B6, 0x25B7, 0x25BA: return ">"           // → ▶ ▷ ►
        case 0x2191, 0x25B2, 0x25B3: return "^"                   // ↑ ▲ △
        case 0x2193, 0x25BC, 0x25BD: return "v"                   // ↓ ▼ ▽
        case 0x2605, 0x2606, 0x203B: return "*"                   // ★ ☆ ※
        case 0x25CF, 0x25CB, 0x25CE, 0x25A0, 0x25A1: return "o"   // ● ○ ◎ ■ □
        case 0x2588, 0x2593: return "#"                           // █ ▓ (the progress bar's done part)
        case 0x2591, 0x2592: return "-"                           // ░ ▒ (its part to do)
        default: return nil
        }
    }

    /// `grid` with every one-column cell that has a stand-in redrawn with it, in the same style.
    public static func apply(to grid: inout Grid) {
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                guard cell.width == 1, let r = replacement(for: cell.text) else { continue }
                grid.put(r, width: 1, x: x, y: y, style: cell.style)
            }
        }
    }
}
