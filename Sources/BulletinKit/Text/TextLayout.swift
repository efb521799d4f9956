/// Horizontal alignment of a laid-out line in its box.
public enum TextAlignment: Sendable, Hashable {
    case left, right, center
}

/// Truncation and padding by display width. (Stub: the text-layout issue
/// fills in wrapping, bidi and shaping; the API stays.)
public enum TextLayout {
    /// Cuts `text` to at most `width` cells, ending with "…" when it was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if TextWidth.width(of: text) <= width { return text }
        var out = ""
        var used = 0
        for c in text {
            let w = TextWidth.width(of: c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }

    /// Pads (or truncates) `text` to exactly `width` cells.
    public static func pad(_ text: String, to width: Int, alignment: TextAlignment = .left) -> String {
        let t = truncate(text, to: width)
        let gap = max(0, width - TextWidth.width(of: t))
        switch alignment {
        case .left: return t + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + t
        case .center:
            let l = gap / 2
            return String(repeating: " ", count: l) + t + String(repeating: " ", count: gap - l)
        }
    }
}
