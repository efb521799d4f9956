import BulletinKit

/// The styles the panes draw with, by role. Two themes: `colour` for terminals
/// with colours, `mono` for `NO_COLOR` and terminals without them, which tells
/// the same things apart with bold, underline, dim and reverse only.
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
