import BulletinKit

/// The TUI module: state (`AppState`, `Action`, `Effect`, `update`), keys
/// (`Key`, `KeyNames`, `KeyMap`), drawing (`Renderer`, `Grid`, `Theme`) and the
/// curses terminal (`TerminalApp`). Only `Terminal/` talks to curses.
public enum BulletinTUI {
    public static let version = "0.1.0"
}
