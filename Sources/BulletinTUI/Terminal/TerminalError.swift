/// Why the full-screen reader cannot start, with how to fix it (one line each).
public enum TerminalError: Error, Sendable, Hashable, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String?)
    case localeNotUTF8(String)
    /// The environment asks for a UTF-8 locale this system does not have (and has no C.UTF-8 either).
    case localeMissing(String)
    case cursesFailed(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "standard output is not a terminal; run bulletin in a terminal, or use 'bulletin list' or 'bulletin screen' in scripts"
        case .unknownTerminal(nil):
            return "TERM is not set; set it to your terminal's type (e.g. TERM=xterm-256color)"
        case .unknownTerminal(let t?):
            return "terminal type '\(t)' is unknown to terminfo; set TERM to a known type (e.g. TERM=xterm-256color) or install its terminfo entry"
        case .localeNotUTF8(let codeset):
            return "the locale's character set is \(codeset), not UTF-8; set a UTF-8 locale (e.g. export LANG=C.UTF-8)"
        case .localeMissing(let name):
            return "the locale \(name) is not installed here; install it (e.g. locale-gen \(name)) or export LANG=C.UTF-8"
        case .cursesFailed(let what):
            return "could not set up the terminal: \(what)"
        }
    }
}
