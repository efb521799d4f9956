/// Which bidi and shaping defaults suit the terminal we run in.
///
/// Terminals disagree on right-to-left text. xterm, tmux, Alacritty, WezTerm (by default)
/// and the Linux console neither reorder nor shape, so Bulletin must do both. VTE (GNOME
/// Terminal, Tilix) implements the Terminal Working Group's BiDi recommendation: after
/// `explicitModeSequence` it leaves our reordered lines alone, but it shapes Arabic by
/// itself. kitty reorders RTL words by itself. mlterm, Konsole and macOS Terminal reorder
/// and shape by themselves. Reordering twice reverses the text again, so detection picks
/// the default and the user can always override it (`BULLETIN_BIDI`, `BULLETIN_SHAPING`,
/// or the CLI's `--bidi` / `--shaping`).
public struct TextEnvironment: Sendable, Hashable {
    /// The terminal families whose bidi behaviour we know.
    public enum Terminal: String, Sendable, Hashable {
        case vte, kitty, mlterm, konsole, appleTerminal, other
    }

    /// Reorder right-to-left text ourselves.
    public var bidi: Bool
    /// Replace Arabic letters by presentation forms ourselves.
    public var shaping: Bool
    /// The terminal detected.
    public var terminal: Terminal
    /// One line per environment variable that had a value we could not use.
    public var warnings: [String]

    public init(bidi: Bool = true, shaping: Bool = true, terminal: Terminal = .other, warnings: [String] = []) {
        self.bidi = bidi
        self.shaping = shaping
        self.terminal = terminal
        self.warnings = warnings
    }

    /// Terminal Working Group BiDi "explicit mode" (`CSI 8 l`): the application has
    /// reordered the text and the terminal must not. The TUI sends it at start.
    public static let explicitModeSequence = "\u{1B}[8l"
    /// BiDi "implicit mode" (`CSI 8 h`, the default): the terminal reorders. The TUI
    /// sends it back at exit.
    public static let implicitModeSequence = "\u{1B}[8h"

    /// Defaults for the environment `env` (pass `ProcessInfo.processInfo.environment`).
    public static func detect(_ env: [String: String]) -> TextEnvironment {
        let terminal = detectTerminal(env)
        var result: TextEnvironment
        switch terminal {
        case .vte: result = TextEnvironment(bidi: true, shaping: false, terminal: terminal)
        case .kitty: result = TextEnvironment(bidi: false, shaping: true, terminal: terminal)
        case .mlterm, .konsole, .appleTerminal: result = TextEnvironment(bidi: false, shaping: false, terminal: terminal)
        case .other: result = TextEnvironment(bidi: true, shaping: true, terminal: terminal)
        }
        for (name, keyPath) in [("BULLETIN_BIDI", \TextEnvironment.bidi), ("BULLETIN_SHAPING", \TextEnvironment.shaping)] {
            guard let raw = env[name], !raw.isEmpty else { continue }
            if let value = parseSwitch(raw) {
                result[keyPath: keyPath] = value
            } else {
                result.warnings.append("\(name)=\(raw): expected on or off; using \(result[keyPath: keyPath] ? "on" : "off")")
            }
        }
        return result
    }

    /// "on"/"off" (also 1/0, true/false, yes/no), case-insensitive.
    public static func parseSwitch(_ value: String) -> Bool? {
        switch value.lowercased() {
        case "on", "1", "true", "yes": true
        case "off", "0", "false", "no": false
        default: nil
        }
    }

    static func detectTerminal(_ env: [String: String]) -> Terminal {
        let term = env["TERM"] ?? ""
        if env["MLTERM"] != nil || term.hasPrefix("mlterm") { return .mlterm }
        if env["KONSOLE_VERSION"] != nil || env["KONSOLE_DBUS_SESSION"] != nil { return .konsole }
        if env["KITTY_WINDOW_ID"] != nil || term == "xterm-kitty" { return .kitty }
        if env["VTE_VERSION"] != nil { return .vte }
        if env["TERM_PROGRAM"] == "Apple_Terminal" { return .appleTerminal }
        return .other
    }

    /// Layout options for a pane of `width` cells with these defaults.
    public func options(width: Int, direction: ParagraphDirection = .auto) -> LayoutOptions {
        LayoutOptions(width: width, bidi: bidi, shaping: shaping, direction: direction)
    }

    /// One line for the help overlay, e.g. "bidi on, shaping off (VTE shapes)".
    public var summary: String {
        "bidi \(bidi ? "on" : "off"), shaping \(shaping ? "on" : "off") (terminal: \(terminal.rawValue))"
    }
}
