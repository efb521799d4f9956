/// Display widths in terminal cells. (Stub: the text-layout issue replaces the
/// internals with a generated Unicode width table; the API stays.)
public enum TextWidth {
    /// Cells a grapheme cluster takes: 0, 1 or 2.
    public static func width(of character: Character) -> Int {
        if character.isASCII { return character.asciiValue! < 0x20 ? 0 : 1 }
        return 1
    }

    /// Cells a string takes when drawn on one line.
    public static func width<S: StringProtocol>(of text: S) -> Int {
        var total = 0
        for c in text { total += width(of: c) }
        return total
    }
}
