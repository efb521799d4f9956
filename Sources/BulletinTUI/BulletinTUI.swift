import BulletinKit

/// The TUI module. (Placeholder until the TUI issue lands.)
public enum BulletinTUI {
    public static let version = "0.1.0"
}
