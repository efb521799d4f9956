/// Turns keys into actions. What a key means depends on the mode: typing a
/// search, an open picker or help, or browsing (where it also depends on the
/// focused pane for Enter). The conventions follow less, vim, mutt and newsboat.
public enum KeyMap {
    /// The keys a picker uses as hotkeys, in order: none of them is needed to
    /// drive the picker itself (j/k move, g/G first/last, Space toggles, C clears,
    /// q closes). `G` pressed for "last", as everywhere else, used to toggle a country.
    public static let hotkeys: [Character] = Array("abdefhilmnoprstuvwxyz0123456789ABDEFHIJKMNOPRSTUVWXYZ")

    /// The action for `key` in `state`, or nil when the key means nothing there.
    public static func action(for key: Key, in state: AppState) -> Action? {
        switch key {
        case .resize(let w, let h): return .resize(Size(width: w, height: h))
        case .mouse(let m):
            switch m.kind {
            case .press: return .click(x: m.x, y: m.y)
            case .wheelUp: return .wheel(x: m.x, y: m.y, lines: -3)
            case .wheelDown: return .wheel(x: m.x, y: m.y, lines: 3)
            }
        case .ctrl("c"): return .interrupt
        case .ctrl("z"): return .suspend
        default: break
        }
        if state.search.editing { return searchAction(key) }
        if state.prompt != nil { return promptAction(key) }
        switch state.overlay {
        case .help, .problems: return helpAction(key)  // the same scrolling list: any other key closes
        case .picker(let p): return pickerAction(key, picker: p, state: state)
        case .none: return browseAction(key)
        }
    }

    static func searchAction(_ key: Key) -> Action? {
        switch key {
        case .enter: return .searchConfirm
        case .esc: return .cancel
        case .backspace, .delete, .ctrl("h"): return .searchBackspace
        case .ctrl("u"): return .searchClear
        case .ctrl("w"): return .searchDeleteWord
        case .char(let c): return .searchInput(c)
        default: return nil
        }
    }

    /// The `|` prompt edits as the `/` prompt does.
    static func promptAction(_ key: Key) -> Action? {
        switch key {
        case .enter: return .promptConfirm
        case .esc, .ctrl("g"): return .promptCancel
        case .backspace, .delete, .ctrl("h"): return .promptBackspace
        case .ctrl("u"): return .promptClear
        case .ctrl("w"): return .promptDeleteWord
        case .char(let c): return .promptInput(c)
        default: return nil
        }
    }

    static func helpAction(_ key: Key) -> Action? {
        switch key {
        case .char("j"), .down, .ctrl("n"): return .move(1)
        case .char("k"), .up, .ctrl("p"): return .move(-1)
        case .pageDown, .char(" "): return .page(1)
        case .pageUp, .char("b"): return .page(-1)
        case .char("g"), .home: return .top  // as in the list and the reader
        case .char("G"), .end: return .bottom
        case .char("Q"): return .quit  // "Q C-c quit", from anywhere but the search prompt
        default: return .closeOverlay
        }
    }

    static func pickerAction(_ key: Key, picker: PickerState, state: AppState) -> Action? {
        if picker.find != nil { return pickerFindAction(key) }
        switch key {
        case .char("j"), .down, .ctrl("n"): return .move(1)
        case .char("k"), .up, .ctrl("p"): return .move(-1)
        case .char("g"), .home: return .top
        case .char("G"), .end: return .bottom
        case .pageDown: return .page(1)
        case .pageUp: return .page(-1)
        case .char(" "): return .pickerToggleCursor
        case .char("C"): return .clearFilters
        case .enter: return .pickerChoose
        case .char("q"), .esc: return .closeOverlay
        case .char("Q"): return .quit  // not a hotkey
        case .char("c"): return picker.facet == .country ? .closeOverlay : .openPicker(.country)
        case .char("L"): return picker.facet == .language ? .closeOverlay : .openPicker(.language)
        case .char("/"): return .pickerFindStart
        case .char(let ch):
            if let i = hotkeys.firstIndex(of: ch), i < state.pickerRows.count {
                return .pickerToggle(index: i)
            }
            return .unbound(ch)  // said, as in the list: a key that does nothing silently looks broken
        default: return nil
        }
    }

    /// Finding in a picker (`/`): printable keys are typed (hotkeys wait
    /// until the find ends), arrows and page keys move among the values found.
    static func pickerFindAction(_ key: Key) -> Action? {
        switch key {
        case .enter: return .pickerFindEnd(toggle: true)
        case .esc: return .pickerFindEnd(toggle: false)
        case .backspace, .delete, .ctrl("h"): return .pickerFindBackspace
        case .ctrl("u"): return .pickerFindClear
        case .down, .ctrl("n"): return .move(1)
        case .up, .ctrl("p"): return .move(-1)
        case .pageDown: return .page(1)
        case .pageUp: return .page(-1)
        case .home: return .top
        case .end: return .bottom
        case .char(let c): return .pickerFindInput(c)
        default: return nil
        }
    }

    static func browseAction(_ key: Key) -> Action? {
        switch key {
        // C-n C-p as in emacs, readline, mutt and the pickers' find: they did nothing here, silently.
        case .char("j"), .down, .ctrl("n"): return .move(1)
        case .char("k"), .up, .ctrl("p"): return .move(-1)
        case .char("g"), .home: return .top
        case .char("G"), .end: return .bottom
        case .pageDown, .char(" "), .ctrl("f"): return .page(1)
        case .pageUp, .char("b"), .ctrl("b"): return .page(-1)
        case .ctrl("d"): return .halfPage(1)
        case .ctrl("u"): return .halfPage(-1)
        case .enter, .right, .char("l"): return .open
        case .char("q"): return .back()
        case .left, .char("h"): return .back(quits: false)
        case .char("Q"): return .quit
        case .tab: return .cycleFocus(forward: true)
        case .backTab: return .cycleFocus(forward: false)
        case .char("e"): return .toggleSidebar
        case .char("v"): return .toggleLayout
        case .char("V"): return .automaticLayout
        case .char("J"): return .nextArticle(1)
        case .char("K"): return .nextArticle(-1)
        case .char("."): return .nextUnread(1)
        case .char(","): return .nextUnread(-1)
        case .char("/"): return .startSearch
        case .char("n"): return .searchNext(forward: true)
        case .char("N"): return .searchNext(forward: false)
        case .char("c"): return .openPicker(.country)
        case .char("L"): return .openPicker(.language)
        case .char("C"): return .clearFilters
        case .char("U"): return .toggleUnreadOnly
        case .char("F"): return .toggleFlaggedOnly
        case .char("]"): return .step(.country, 1)
        case .char("["): return .step(.country, -1)
        case .char("}"): return .step(.language, 1)
        case .char("{"): return .step(.language, -1)
        case .char("o"): return .cycleOrder
        case .char("s"): return .sideBySide
        case .char("S"): return .swapSides
        case .char("="): return .toggleScrollLock
        case .esc: return .cancel
        case .char("u"): return .toggleRead
        case .char("A"): return .markListRead
        case .char("*"): return .toggleFlag
        case .char("?"): return .help
        case .char("W"): return .showProblems
        case .char("R"): return .reload
        case .char("|"): return .startPipe
        case .char("O"): return .openURL
        case .char(let c): return .unbound(c)
        default: return nil
        }
    }

    /// The key reference the help overlay shows: (keys, what they do), by section.
    public static let reference: [(section: String, entries: [(String, String)])] = [
        ("Moving", [
            ("j k ↓ ↑", "move down / up, scroll the reader (also C-n C-p)"),
            ("g G Home End", "first / last"),
            ("Space b PgDn PgUp", "page down / up (also C-f C-b)"),
            ("C-d C-u", "half a page down / up"),
            ("Enter → l", "open article; sidebar: filter by entity / off"),
            ("q ← h", "back; q quits from the list"),
            ("Q  C-c", "quit"),
            ("Tab S-Tab", "next / previous pane (side by side: other side)"),
            ("e", "entity sidebar"),
            ("v V", "v: fewer panes / every pane; V: by the width"),
            ("J K", "next / previous article"),
            (". ,", "next / previous unread article (newsboat's n p)"),
        ]),
        ("Search", [
            ("/", "search (case ignored, accents only if typed; OR)"),
            ("n N", "next / previous match (entity filter: mention)"),
            ("Esc", "cancel search, close, leave side by side"),
        ]),
        ("Filters", [
            ("c", "country picker (Enter choose, Space toggle)"),
            ("L", "language picker (counts: within other filters)"),
            ("[ ]", "previous / next country, one at a time"),
            ("{ }", "previous / next language, one at a time"),
            ("e Enter", "entity: sidebar, then the articles naming it"),
            ("U", "unread articles only (again: all)"),
            ("F", "flagged articles only (again: all)"),
            ("C", "clear all filters"),
            ("o", "order: corpus, newest first, oldest first"),
        ]),
        ("Side by side", [
            ("s", "pin left, go to the other report (again: next)"),
            ("S", "swap sides (choosing: previous report)"),
            ("=", "lock scrolling together"),
        ]),
        ("Articles", [
            ("u", "toggle read"),
            ("A", "mark the list (or search hits) read; again: undo"),
            ("*", "toggle flag"),
            ("|", "pipe the article to a shell command"),
            ("O", "open the article's URL ($BROWSER)"),
            ("W", "warnings from reading the corpus"),
            ("R", "reload: re-read new, changed and removed files"),
            ("?", "this help"),
            ("mouse", "click selects, wheel scrolls"),
            ("C-z", "suspend (fg resumes)"),
            ("C-l", "redraw the screen"),
        ]),
    ]
}
