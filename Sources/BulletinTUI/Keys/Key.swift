/// A mouse event, in screen cells.
public struct MouseEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// One input event, whether it came from curses or from `--keys`.
public enum Key: Sendable, Hashable {
    /// A printable character (typed text, including Arabic or Vietnamese letters).
    case char(Character)
    case enter, esc, tab, backTab, backspace, delete
    case up, down, left, right, pageUp, pageDown, home, end
    /// Control + a letter (`C-x`), lowercase.
    case ctrl(Character)
    /// The terminal changed size.
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)

    /// Space is a printable character; this spelling reads better in key maps.
    public static let space = Key.char(" ")
}

/// Parses the key names of `bulletin screen --keys`.
public enum KeyNames {
    /// A key name that cannot be read.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var name: String
        public var description: String {
            "unknown key name '\(name)' (use a character, Enter, Esc, Tab, S-Tab, Space, Backspace, Up, Down, Left, Right, PgUp, PgDn, Home, End, C-x or Resize:WxH)"
        }
    }

    private static let named: [String: Key] = [
        "enter": .enter, "return": .enter, "esc": .esc, "escape": .esc, "tab": .tab, "s-tab": .backTab,
        "backtab": .backTab, "space": .space, "backspace": .backspace, "bs": .backspace, "del": .delete,
        "delete": .delete, "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp,
        "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end,
    ]

    /// Parses names separated by spaces: `j j Enter c`, `C-c`, `Resize:80x24`.
    public static func parse(_ script: String) throws(ParseError) -> [Key] {
        var keys: [Key] = []
        for word in script.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            keys.append(try parseOne(String(word)))
        }
        return keys
    }

    /// Parses one key name.
    public static func parseOne(_ name: String) throws(ParseError) -> Key {
        if name.count == 1, let c = name.first { return .char(c) }
        if let k = named[name.lowercased()] { return k }
        let lower = name.lowercased()
        if lower.hasPrefix("c-"), name.count == 3, let c = lower.last, c.isLetter { return .ctrl(c) }
        if lower.hasPrefix("resize:") {
            let dims = lower.dropFirst("resize:".count).split(separator: "x")
            if dims.count == 2, let w = Int(dims[0]), let h = Int(dims[1]), w > 0, h > 0 {
                return .resize(width: w, height: h)
            }
        }
        throw ParseError(name: name)
    }
}
