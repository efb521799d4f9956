import BulletinKit

/// Bidi and shaping for the reader: `--bidi`/`--shaping` beat the environment
/// (`BULLETIN_BIDI`, `BULLETIN_SHAPING`), which beats what the terminal is known
/// to do by itself (`TextEnvironment.detect`).
public enum DisplayChoice {
    /// A flag value that is not on/off.
    public struct InvalidValue: Error, Sendable, CustomStringConvertible {
        public var name: String
        public var value: String
        public var description: String { "\(name) must be 'on' or 'off', not '\(value)'" }
    }

    /// The choice, and one warning per environment variable that could not be used.
    /// With `detectTerminal` false (headless `screen`), the terminal is not consulted.
    public static func resolve(bidi: String?, shaping: String?, environment: [String: String],
                               detectTerminal: Bool) throws(InvalidValue) -> (bidi: Bool, shaping: Bool, warnings: [String]) {
        var env = environment
        if !detectTerminal {
            env = environment.filter { $0.key == "BULLETIN_BIDI" || $0.key == "BULLETIN_SHAPING" }
        }
        let detected = TextEnvironment.detect(env)
        var b = detected.bidi, s = detected.shaping
        if let v = bidi {
            guard let on = TextEnvironment.parseSwitch(v) else { throw InvalidValue(name: "--bidi", value: v) }
            b = on
        }
        if let v = shaping {
            guard let on = TextEnvironment.parseSwitch(v) else { throw InvalidValue(name: "--shaping", value: v) }
            s = on
        }
        return (b, s, detected.warnings)
    }

    /// ASCII stand-ins for ambiguous-width glyphs (`AmbiguousGlyphs`): `--ascii`
    /// beats `BULLETIN_ASCII`; off by default, since a terminal cannot be asked
    /// how wide it draws them without writing to it. A bad environment value is
    /// a warning (the default is kept), a bad flag value an error.
    public static func resolveASCII(_ flag: String?, environment: [String: String]) throws(InvalidValue) -> (ascii: Bool, warnings: [String]) {
        if let v = flag {
            guard let on = TextEnvironment.parseSwitch(v) else { throw InvalidValue(name: "--ascii", value: v) }
            return (on, [])
        }
        guard let raw = environment["BULLETIN_ASCII"], !raw.isEmpty else { return (false, []) }
        if let on = TextEnvironment.parseSwitch(raw) { return (on, []) }
        return (false, ["BULLETIN_ASCII=\(raw): expected on or off; using off"])
    }
}
