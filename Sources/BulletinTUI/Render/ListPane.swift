import BulletinKit

/// The article list: one row per article with flag, date, language, country
/// codes and the title cut to the pane's width. Read articles are dimmed;
/// search matches in titles are highlighted, and after Enter at the prompt
/// every matching article (by its title or its text) is marked `>`.
enum ListPane {
    /// Which columns fit in a pane `width` cells wide. Country codes matter
    /// more than the year in a news browser filtered by country, so narrower
    /// panes keep one code and a compact date: day and month in words ("14 Jul",
    /// or "14 Jul 25" when the dates span years), never figures alone, which a
    /// reader of day-first dates took the wrong way round ("07-14", "25-07-14"
    /// read as 25 July 2014). The ISO date's 10 cells come from `isoDateWidth`
    /// (the list of a compact 80-column screen, the 200-column layout's);
    /// narrower lists keep their cells for the title. Under 30 cells, no date.
    struct Columns: Equatable {
        var date: Int
        var language: Int
        var countries: Int
        /// `dates`: whether any article has a date (none: no date column, more room for the title);
        /// `years`: whether they fall in several years (the narrow column then keeps the year: "14 Jul 25").
        init(width: Int, dates: Bool = true, years: Bool = false) {
            date = !dates ? 0 : width >= Self.isoDateWidth ? 10 : (width >= Self.compactDateWidth ? (years ? 9 : 6) : 0)
            language = width >= 20 ? 2 : 0
            countries = width >= 44 ? CountryCodes.wide : (width >= 26 ? CountryCodes.narrow : 0)
        }
        /// The narrowest pane that shows the compact date.
        static let compactDateWidth = 30
        /// The narrowest pane that shows the ISO date (`2026-07-14`): a list of 44 to 59 cells (beside a
        /// reader at 100 to 160 columns) keeps four more cells of title instead.
        static let isoDateWidth = 60

        init(date: Int, language: Int, countries: Int) {
            self.date = date
            self.language = language
            self.countries = countries
        }
    }

    /// The date as the column shows it: ISO in 10 cells; narrower, the day and the month's English
    /// abbreviation, with the year's last two digits in 9 cells ("14 Jul 25") and without in 6 ("14 Jul",
    /// " 4 Dec"): figures alone read the wrong way round to half the world.
    static func dateText(_ date: String?, width: Int) -> String {
        guard let date else { return "" }
        guard width < 10 else { return date }
        let parts = date.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let month = Int(parts[1]), (1...12).contains(month),
              let day = Int(parts[2]), (1...31).contains(day) else { return date }
        let dayMonth = (day < 10 ? " " : "") + "\(day) " + monthAbbreviations[month - 1]
        return width >= 9 ? dayMonth + " " + parts[0].suffix(2) : dayMonth
    }

    static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The language column: the ISO 639-1 code; `--` for a language that has none
    /// to show in the column (`und`, undetermined), rather than a cut `u…`.
    static func languageText(_ code: String, width: Int) -> String {
        TextWidth.width(of: code) <= width ? TerminalSafe.sanitize(code) : String(repeating: "-", count: width)
    }

    /// The pane's title: "Articles", and the order when it is not the corpus's
    /// ("Articles, newest first"; "Articles, newest" when `room` is short).
    static func title(_ order: ListOrder, room: Int) -> String {
        guard order != .corpus else { return "Articles" }
        let whole = "Articles, " + order.name
        if whole.count <= room { return whole }
        let short = "Articles, " + (order.name.split(separator: " ").first.map(String.init) ?? "")
        return short.count <= room ? short : "Articles"
    }

    /// The room the pane header leaves its title (`drawPaneHeader`: a space, the title, at least one space, the
    /// position, a space). One cell more ran the title into the position: "Articles, newest first11/278".
    static func titleRoom(frameWidth: Int, position: String) -> Int {
        frameWidth - TextWidth.width(of: position) - 3
    }

    static func draw(_ state: AppState, into grid: inout Grid, pane: PaneFrame) {
        let theme = state.display.theme
        let focused = state.focus == .list
        let frame = pane.frame, content = pane.content
        let count = state.visible.count
        let pos = count == 0 ? "" : "\(Count.grouped(state.selection + 1))/\(Count.grouped(count))"
        Renderer.drawPaneHeader(&grid, frame: frame, title: title(state.order, room: Self.titleRoom(frameWidth: frame.width, position: pos)),
                                right: pos, focused: focused, theme: theme)
        guard count > 0 else {
            let msg = state.catalog.summaries.isEmpty ? "No articles" : "No article matches the filters (C clears)"
            // Wrapped, so a narrow list pane shows the whole hint (C clears) rather than a cut line.
            let lines = TextLayout.layout(msg, options: LayoutOptions(width: max(1, content.width - 1), bidi: false, shaping: false))
            for (r, line) in lines.prefix(content.height).enumerated() {
                grid.text(" " + line.text, x: content.x, y: content.y + r, style: theme.muted, maxWidth: content.width)
            }
            return
        }
        let top = ListWindow.scroll(current: state.listScroll, selection: state.selection, page: content.height, count: count)
        let cols = Columns(width: content.width, dates: state.catalog.hasDates, years: state.catalog.datesSpanYears)
        let query = state.search.isActive ? state.search.query : ""
        // After Enter at the `/` prompt, the articles found by their text had no mark
        // (only title matches are highlighted): "5 articles match" left `n` to find which.
        let marksMatches = state.search.isActive && !state.search.editing
        for row in 0..<content.height {
            let i = top + row
            guard i < count else { break }
            let s = state.catalog.summaries[state.visible[i]]
            let y = content.y + row
            let read = state.readIDs.contains(s.id)
            var base = read ? theme.read : theme.text
            if i == state.selection { base = focused ? theme.selection : theme.selectionUnfocused.with(base.attributes) }
            grid.fill(Rect(x: content.x, y: y, width: content.width, height: 1), style: base)
            var x = content.x
            let flagged = state.flaggedIDs.contains(s.id)
            grid.text(flagged ? "*" : " ", x: x, y: y, style: flagged ? base.with(theme.flag.attributes) : base, maxWidth: 1)
            if marksMatches, state.isListMatch(i) { grid.text(matchMark, x: x + 1, y: y, style: theme.searchMatch, maxWidth: 1) }
            x += 2
            if cols.date > 0 {
                grid.text(TextLayout.pad(dateText(s.shownDate, width: cols.date), to: cols.date), x: x, y: y, style: base,
                          maxWidth: cols.date)
                x += cols.date + 1
            }
            if cols.language > 0 {
                grid.text(TextLayout.pad(languageText(s.language, width: cols.language), to: cols.language), x: x, y: y,
                          style: base, maxWidth: cols.language)
                x += cols.language + 1
            }
            if cols.countries > 0 {
                let codes = CountryCodes.text(s.placeCountries.isEmpty ? s.countries : s.countries + s.placeCountries,
                                              width: cols.countries, first: state.filters.countries)
                grid.text(TextLayout.pad(codes, to: cols.countries), x: x, y: y, style: base, maxWidth: cols.countries)
                x += cols.countries + 1
            }
            let room = content.maxX - x - 1
            guard room > 0 else { continue }
            drawTitle(s.title, query: query, x: x, y: y, room: room, base: base, match: theme.searchMatch,
                      options: state.display, cache: state.cache, into: &grid)
        }
    }

    /// Marks, beside the flag, a row whose article matches a confirmed search (title or text).
    static let matchMark = ">"

    /// Draws a title through the text layer (so Arabic reads right and wide characters keep their columns).
    static func drawTitle(_ title: String, query: String, x: Int, y: Int, room: Int, base: Style, match: Style,
                          options: DisplayOptions, cache: RenderCache? = nil, into grid: inout Grid) {
        let fitted = cache?.titleLine(title, room: room, bidi: options.bidi, shaping: options.shaping)
            ?? TitleLine(title, room: room, bidi: options.bidi, shaping: options.shaping)
        guard let line = fitted.line else { return }
        let matches = query.isEmpty ? [] : MatchFinder.matches(of: query, in: fitted.text)
        // A right-to-left title reads from the right edge of its column.
        let start = line.isRTL ? x + max(0, room - line.width) : x
        Renderer.drawCells(&grid, line.cells, x: start, y: y, maxX: x + room) { cell in
            if let src = cell.source, SpanLookup.firstIndex(in: matches, overlapping: src) != nil { return match }
            return base
        }
    }
}

/// The compact country column of a list row: up to two codes (`BY,VN`), then
/// `+` when the article names more; one code and `+` in narrow panes. Codes the
/// country filter selects come first, so a filtered list shows why each row is there.
/// The countries of the places it names (`placeCountries`) follow those it names:
/// a Khabarovsk story that never writes "Russia" shows `RU`.
enum CountryCodes {
    /// Cells for two codes and the `+`.
    static let wide = 6
    /// Cells for one code and the `+`.
    static let narrow = 3

    static func text(_ codes: [String], width: Int, first selected: Set<String> = []) -> String {
        let fit = width >= wide ? 2 : 1
        let ordered = selected.isEmpty ? codes
            : codes.filter(selected.contains) + codes.filter { !selected.contains($0) }
        let shown = ordered.prefix(fit).map { TerminalSafe.sanitize($0) }.joined(separator: ",")
        return ordered.count > fit ? shown + "+" : shown
    }
}

/// A title cut to a column and laid out on one line (cell sources index `text`).
struct TitleLine: Sendable {
    var text: String
    var line: DisplayLine?

    init(_ title: String, room: Int, bidi: Bool, shaping: Bool) {
        text = TextLayout.truncate(TerminalSafe.sanitize(title.replacingNewlines()), to: room)
        line = TextLayout.layout(text, options: LayoutOptions(width: room, bidi: bidi, shaping: shaping))
            .first { !$0.cells.isEmpty }
    }
}
