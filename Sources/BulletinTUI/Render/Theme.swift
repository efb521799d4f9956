import BulletinKit

/// The styles the panes draw with, by role. Three themes: `colour` for 256- and
/// 16-colour terminals (the painter maps 256 colours to the nearest of 16),
/// `basic` for 8 colours, and `mono` for `NO_COLOR` and terminals without
/// colours, which tells the same things apart with bold, underline, dim and
/// reverse only.
public struct Theme: Sendable, Hashable {
    public var titleBar: Style
    public var statusBar: Style
    public var message: Style
    public var paneHeader: Style
    public var paneHeaderFocused: Style
    public var border: Style
    public var text: Style
    public var muted: Style
    public var selection: Style
    /// The selected row in a pane that does not have the focus.
    public var selectionUnfocused: Style
    public var read: Style
    public var flag: Style
    public var heading: Style
    public var person: Style
    public var organization: Style
    public var place: Style
    public var country: Style
    /// The mentions of the entity under the sidebar cursor.
    public var entityFocus: Style
    public var searchMatch: Style
    public var overlay: Style
    public var overlayTitle: Style
    public var hotkey: Style

    /// The style for mentions of an entity of `type`.
    public func entity(_ type: EntityType) -> Style {
        switch type {
        case .person: return person
        case .organization: return organization
        case .place: return place
        case .country: return country
        }
    }

    public static let colour = Theme(
        titleBar: Style(fg: .ansi(15), bg: .indexed(24), .bold),
        statusBar: Style(fg: .ansi(15), bg: .indexed(238)),
        message: Style(fg: .ansi(11), bg: .indexed(238), .bold),
        paneHeader: Style(fg: .indexed(250), bg: .indexed(236)),
        paneHeaderFocused: Style(fg: .ansi(15), bg: .indexed(31), .bold),
        border: Style(fg: .indexed(240)),
        text: .plain,
        muted: Style(fg: .indexed(245)),
        selection: Style(fg: .ansi(15), bg: .indexed(25)),
        selectionUnfocused: Style(bg: .indexed(238)),
        read: Style(fg: .indexed(244), .dim),
        flag: Style(fg: .ansi(11), .bold),
        heading: Style(.bold),
        person: Style(fg: .indexed(114)),
        organization: Style(fg: .indexed(179)),
        place: Style(fg: .indexed(81)),
        country: Style(fg: .indexed(213)),
        entityFocus: Style(fg: .ansi(0), bg: .indexed(220), .bold),
        searchMatch: Style(fg: .ansi(0), bg: .indexed(208), .bold),
        overlay: Style(fg: .ansi(15), bg: .indexed(235)),
        overlayTitle: Style(fg: .ansi(15), bg: .indexed(24), .bold),
        hotkey: Style(fg: .ansi(11), bg: .indexed(235), .bold)
    )

    /// For 8-colour terminals: the eight basic colours only, in pairs that read on
    /// dark and light backgrounds alike (greys are not available, so muted text is dim).
    public static let basic = Theme(
        titleBar: Style(fg: .white, bg: .blue, .bold),
        statusBar: Style(fg: .black, bg: .cyan),
        message: Style(fg: .black, bg: .yellow),
        paneHeader: Style(.underline),
        paneHeaderFocused: Style(fg: .white, bg: .blue, .bold),
        border: .plain,
        text: .plain,
        muted: Style(.dim),
        selection: Style(fg: .white, bg: .blue),
        selectionUnfocused: Style(.reverse),
        read: Style(.dim),
        flag: Style(fg: .yellow, .bold),
        heading: Style(.bold),
        person: Style(fg: .green),
        organization: Style(fg: .yellow),
        place: Style(fg: .cyan),
        country: Style(fg: .magenta),
        entityFocus: Style(fg: .black, bg: .yellow),
        searchMatch: Style(fg: .black, bg: .magenta),
        overlay: .plain,
        overlayTitle: Style(fg: .white, bg: .blue, .bold),
        hotkey: Style(fg: .yellow, .bold)
    )

    /// The theme for a terminal with `colours` colours (`NO_COLOR` counts as none).
    public static func forTerminal(colours: Int) -> Theme {
        colours >= 16 ? .colour : colours >= 8 ? .basic : .mono
    }

    public static let mono = Theme(
        titleBar: Style(.reverse),
        statusBar: Style(.reverse),
        message: Style([.reverse, .bold]),
        paneHeader: Style(.underline),
        paneHeaderFocused: Style([.bold, .reverse]),
        border: .plain,
        text: .plain,
        muted: Style(.dim),
        selection: Style(.reverse),
        selectionUnfocused: Style(.underline),
        read: Style(.dim),
        flag: Style(.bold),
        heading: Style(.bold),
        person: Style(.underline),
        organization: Style(.underline),
        place: Style(.underline),
        country: Style(.underline),
        entityFocus: Style([.reverse, .bold]),
        searchMatch: Style([.reverse, .bold]),
        overlay: .plain,
        overlayTitle: Style(.reverse),
        hotkey: Style(.bold)
    )
}
