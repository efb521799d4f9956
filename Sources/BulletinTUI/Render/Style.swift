/// A terminal colour as the renderer asks for it. The painter degrades it to
/// what the terminal offers (256 → 16 → 8 colours → none).
public enum TermColor: Sendable, Hashable {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright).
    case ansi(UInt8)
    /// One of the 256 xterm colours.
    case indexed(UInt8)

    public static let black = TermColor.ansi(0), red = TermColor.ansi(1), green = TermColor.ansi(2),
        yellow = TermColor.ansi(3), blue = TermColor.ansi(4), magenta = TermColor.ansi(5),
        cyan = TermColor.ansi(6), white = TermColor.ansi(7)

    /// The nearest colour in a palette of `colors` entries (256, 16 or 8); nil when there are none.
    public func degraded(to colors: Int) -> TermColor? {
        switch self {
        case .default: return .default
        case .ansi(let n):
            if colors >= 16 { return self }
            if colors >= 8 { return .ansi(n % 8) }
            return nil
        case .indexed(let n):
            if colors >= 256 { return self }
            return TermColor.ansi(TermColor.nearestANSI(to: n)).degraded(to: colors)
        }
    }

    /// Maps an xterm-256 index to the nearest of the 16 ANSI colours.
    static func nearestANSI(to index: UInt8) -> UInt8 {
        let i = Int(index)
        if i < 16 { return index }
        let rgb: (Int, Int, Int)
        if i >= 232 {
            let v = 8 + (i - 232) * 10
            rgb = (v, v, v)
        } else {
            let c = i - 16
            let steps = [0, 95, 135, 175, 215, 255]
            rgb = (steps[c / 36], steps[(c / 6) % 6], steps[c % 6])
        }
        let palette: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        var best = 0, bestDistance = Int.max
        for (n, p) in palette.enumerated() {
            let d = (p.0 - rgb.0) * (p.0 - rgb.0) + (p.1 - rgb.1) * (p.1 - rgb.1) + (p.2 - rgb.2) * (p.2 - rgb.2)
            if d < bestDistance { bestDistance = d; best = n }
        }
        return UInt8(best)
    }
}

/// Text attributes a cell can carry.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = TextAttributes(rawValue: 1)
    public static let dim = TextAttributes(rawValue: 2)
    public static let underline = TextAttributes(rawValue: 4)
    public static let reverse = TextAttributes(rawValue: 8)
}

/// How one cell looks: colours and attributes.
public struct Style: Sendable, Hashable {
    public var fg: TermColor
    public var bg: TermColor
    public var attributes: TextAttributes

    public init(fg: TermColor = .default, bg: TermColor = .default, _ attributes: TextAttributes = []) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }

    public static let plain = Style()

    /// This style with `extra` attributes added.
    public func with(_ extra: TextAttributes) -> Style {
        var s = self
        s.attributes.formUnion(extra)
        return s
    }
}
