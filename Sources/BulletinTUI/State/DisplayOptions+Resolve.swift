/// Where the bidi and shaping defaults come from: flags beat the environment
/// (`BULLETIN_BIDI`, `BULLETIN_SHAPING`), which beats what the terminal is
/// known to do by itself.
public enum DisplayChoice {
    /// A flag or variable value that is not on/off.
    public struct InvalidValue: Error, Sendable, CustomStringConvertible {
        public var name: String
        public var value: String
        public var description: String { "\(name) must be 'on' or 'off', not '\(value)'" }
    }

    /// Reads `on`/`off` (also yes/no, true/false, 1/0).
    public static func parse(_ value: String, name: String) throws(InvalidValue) -> Bool {
        switch value.lowercased() {
        case "on", "yes", "true", "1": return true
        case "off", "no", "false", "0": return false
        default: throw InvalidValue(name: name, value: value)
        }
    }

    /// What the terminal does with right-to-left text by itself, judged from the environment.
    /// Terminals that reorder (kitty, mlterm, Konsole) would reverse Bulletin's reordering again;
    /// terminals that shape (VTE, mlterm, Konsole) would shape twice.
    public static func terminalDefaults(environment: [String: String]) -> (bidi: Bool, shaping: Bool) {
        let term = environment["TERM"] ?? ""
        let program = environment["TERM_PROGRAM"] ?? ""
        if environment["KONSOLE_VERSION"] != nil || term.hasPrefix("mlterm") || program == "mlterm" {
            return (false, false)
        }
        if environment["KITTY_WINDOW_ID"] != nil || term == "xterm-kitty" { return (false, true) }
        // VTE honours the explicit-mode sequence (so Bulletin reorders) but shapes by itself.
        if environment["VTE_VERSION"] != nil { return (true, false) }
        if program == "Apple_Terminal" { return (false, false) }
        return (true, true)
    }

    /// The display options from flags (nil when not given), the environment and the terminal.
    public static func resolve(bidi: String?, shaping: String?, environment: [String: String],
                               detectTerminal: Bool) throws(InvalidValue) -> (bidi: Bool, shaping: Bool) {
        let defaults = detectTerminal ? terminalDefaults(environment: environment) : (bidi: true, shaping: true)
        var b = defaults.bidi, s = defaults.shaping
        if let v = environment["BULLETIN_BIDI"], !v.isEmpty { b = try parse(v, name: "BULLETIN_BIDI") }
        if let v = environment["BULLETIN_SHAPING"], !v.isEmpty { s = try parse(v, name: "BULLETIN_SHAPING") }
        if let v = bidi { b = try parse(v, name: "--bidi") }
        if let v = shaping { s = try parse(v, name: "--shaping") }
        return (b, s)
    }
}
