/// How many panes share the screen, as `v` last chose it (kept across runs and corpora in the
/// reading-state database). Unchosen, the screen takes `automatic(width:)`: under 100 columns
/// (80x24, the commonest terminal) the list alone, whose titles had 13 cells beside a reader.
public enum LayoutChoice: String, Sendable, Hashable, CaseIterable {
    /// Every pane the width allows: list | reader | sidebar from 120 columns, list | reader from 60.
    case all
    /// One pane fewer: under 120 columns the focused pane alone (the list takes the width, Enter
    /// opens the reader in its place, `q` goes back); from 120, list | reader (the sidebar in the
    /// list's place while it has the focus, as at 100 columns).
    case compact

    /// The layout of a screen `width` columns wide when the user never chose one with `v`.
    public static func automatic(width: Int) -> LayoutChoice {
        width < autoCompactWidth ? .compact : .all
    }

    /// Under this width, the unchosen layout is compact.
    public static let autoCompactWidth = 100

    /// The other one: what `v` goes to.
    public var toggled: LayoutChoice { self == .all ? .compact : .all }

    /// The key the reading-state database keeps the choice under (`ReadingStateStore.preference`).
    public static let preferenceKey = "layout"
    /// What the database keeps once `V` went back to the automatic layout (no `LayoutChoice` reads it).
    public static let automaticValue = "auto"
}
