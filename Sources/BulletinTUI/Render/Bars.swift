import BulletinKit

/// The top line: the corpus, how many articles, the active filters and search.
enum TitleBar {
    static func text(_ state: AppState) -> String {
        var parts = ["Bulletin", state.corpusName]
        if let loading = state.loading {
            if loading.failure != nil {
                parts.append("no articles")
            } else if let p = loading.progress {
                parts.append("indexing \(Count.grouped(p.filesDone))/\(Count.grouped(p.filesTotal)) files")
            } else {
                parts.append("opening…")
            }
            return " " + parts.joined(separator: " │ ")
        }
        let total = state.catalog.summaries.count
        let noun = total == 1 ? "article" : "articles"
        // Grouped, as the status line's counts are ("100,000 articles", "24,975 of 100,000 articles").
        parts.append(state.filters.isEmpty ? "\(Count.grouped(total)) \(noun)"
                                           : "\(Count.grouped(state.visible.count)) of \(Count.grouped(total)) \(noun)")
        // Beside the count, so it survives a narrow title bar.
        if let rescan = state.rescan { parts.append(rescan.note) }
        if state.order != .corpus { parts.append(state.order.name) }
        if !state.filters.countries.isEmpty {
            parts.append("countries: " + state.filters.countries.sorted().joined(separator: " "))
        }
        if !state.filters.languages.isEmpty {
            parts.append("languages: " + state.filters.languages.sorted().joined(separator: " "))
        }
        if state.filters.unreadOnly { parts.append("unread") }
        if state.filters.flaggedOnly { parts.append("flagged") }
        if let e = state.filters.entity { parts.append("entity: " + TerminalSafe.sanitize(e)) }
        if state.search.isActive { parts.append("search: " + TerminalSafe.sanitize(state.search.query)) }
        if state.sideBySide != nil { parts.append(state.sideBySide?.locked == true ? "side by side, locked" : "side by side") }
        return " " + parts.joined(separator: " │ ")
    }

    /// `text` made to fit `width`: on a narrow screen the program's name goes
    /// first (the window says it), then the corpus name is shortened so that the
    /// count, filters and search stay whole; a cut is made after a whole word.
    static func fitted(_ text: String, width: Int) -> String {
        guard TextWidth.width(of: text) > width else { return text }
        let separator = " │ "
        var parts = text.dropFirst().components(separatedBy: separator)
        // A long entity name or query is cut first, down to `shortestValue` each (the longest first):
        // it pushed the program's and the corpus's names off the bar.
        var over = TextWidth.width(of: text) - width
        let cuttable = ["entity: ", "search: "]
        let order = parts.indices.filter { i in cuttable.contains { parts[i].hasPrefix($0) } }
            .sorted { TextWidth.width(of: parts[$0]) > TextWidth.width(of: parts[$1]) }
        for i in order where over > 0 {
            let label = cuttable.first { parts[i].hasPrefix($0) }!
            let value = String(parts[i].dropFirst(label.count))
            let room = max(shortestValue, TextWidth.width(of: value) - over)
            guard room < TextWidth.width(of: value) else { continue }
            let cut = cutValue(value, to: room)
            over -= TextWidth.width(of: value) - TextWidth.width(of: cut)
            parts[i] = label + cut
        }
        if over <= 0 { return " " + parts.joined(separator: separator) }
        guard parts.count > 2 else { return TextLayout.truncateAtWord(text, to: width) }
        parts.removeFirst()  // "Bulletin"
        let rest = parts.dropFirst().joined(separator: separator)
        let room = width - 1 - TextWidth.width(of: separator + rest)
        if TextWidth.width(of: parts[0]) <= room { return " " + parts.joined(separator: separator) }
        if room >= 8 { return " " + TextLayout.truncate(parts[0], to: room) + separator + rest }
        return TextLayout.truncateAtWord(" " + rest, to: width)
    }

    /// The fewest columns a cut entity name or query keeps in the title bar.
    static let shortestValue = 8

    /// `value` in at most `room` columns: its first whole words and "…"; cut
    /// between clusters only when its first word alone is too wide.
    static func cutValue(_ value: String, to room: Int) -> String {
        guard TextWidth.width(of: value) > room else { return value }
        var kept = ""
        for word in value.split(separator: " ") {
            let next = kept.isEmpty ? String(word) : kept + " " + word
            if TextWidth.width(of: next) + 1 > room { break }
            kept = next
        }
        return kept.isEmpty ? TextLayout.truncate(value, to: room) : kept + "…"
    }

    static func draw(_ state: AppState, into grid: inout Grid, rect: Rect) {
        let style = state.display.theme.titleBar
        grid.fill(rect, style: style)
        // Too many filters for the width: cut with "…" so the cut shows.
        grid.text(BarText.visual(fitted(text(state), width: rect.width), state.display), x: rect.x, y: rect.y,
                  style: style, maxWidth: rect.width)
    }
}

/// Text of the title and status bars in display order.
enum BarText {
    /// `text` as the panes show theirs: right-to-left runs reordered and Arabic
    /// letters joined (as the display options say) inside a left-to-right line.
    /// An Arabic query at the `/` prompt, in a message or in the title bar read
    /// backwards with its letters apart, while the same words in the reader were right.
    static func visual(_ text: String, _ display: DisplayOptions) -> String {
        guard display.bidi || display.shaping, text.unicodeScalars.contains(where: { $0.value >= 0x0590 }) else { return text }
        // The leading blank is the bar's margin: kept out of the layout, which may trim it.
        let margin = text.prefix { $0 == " " }
        let body = String(text.dropFirst(margin.count))
        let options = LayoutOptions(width: TextWidth.width(of: body) + 1, bidi: display.bidi, shaping: display.shaping,
                                    direction: .ltr)
        let lines = TextLayout.layout(body, options: options)
        guard lines.count == 1, let only = lines.first else { return text }
        return margin + only.text
    }
}

/// The bottom line: the search prompt, a message or key hints; the position on the right.
enum StatusBar {
    static func hints(_ state: AppState) -> String {
        // An open picker or list takes the keys: the list's hints ("Enter open
        // / search") said what those keys do not do there.
        switch state.overlay {
        case .picker(let p):
            if p.find != nil { return "type a name or code  ↑/↓ move  Enter toggle  Esc every value" }
            return "j/k move  Enter choose  key or Space toggles  / find  C clear  Esc close"
        case .help, .problems: return "j/k scroll  Space/b page  g/G top/bottom  other keys close"
        case .none: break
        }
        if state.loading != nil { return "q quit  ? help" }
        if let s = state.sideBySide {
            // The other report of the story is found with the list's own tools: they work while choosing.
            if s.right == nil {
                // With other reports of the story proposed, `s` and `S` step through them.
                let step = s.proposals.count > 1 ? "s/S other reports  " : ""
                return "Enter choose right article  \(step)Esc cancel  / search  L languages  c countries  ? help"
            }
            return "Tab other side  S swap  = lock  J/K next article  Esc one reader  ? help"
        }
        switch state.focus {
        case .list: return "Enter open  / search  \(layoutHint(state))c countries  L languages  e entities  s side by side  q quit  ? help"
        case .reader:
            // The reader alone (compact, or under 60 columns): where `q` goes comes second, as the list is not
            // on screen to show it ("q back" came after six hints, and 80 columns showed four).
            if state.layout.pane(.list) == nil {
                return "j/k scroll  q list  Space page  J/K next  \(layoutHint(state))e entities  s side by side  ? help"
            }
            return "j/k scroll  Space page  J/K next  \(layoutHint(state))e entities  s side by side  q back  ? help"
        case .sidebar:
            // The sidebar's name column cuts long names ("National Ass…" twice): the one under the cursor, whole.
            // A person the sidebar shows in the article's own spelling also says the name it is linked under.
            let name = state.focusedEntity.map { e -> String in
                let shown = SidebarPane.shownName(e)
                return TerminalSafe.sanitize(shown == e.name ? e.name : "\(shown) (linked: \(e.name))") + " │  "
            } ?? ""
            // Enter first: the entity filter has no other key, and behind a long name ("… (linked: …)") at 80
            // columns it was the hint dropped.
            let whole = name + "Enter filter by entity  q back  j/k move  ? help"
            // Room for the position too ("12/345 "); else the short form.
            return TextWidth.width(of: whole) + 10 <= state.size.width ? whole : name + "Enter filter  q back  j/k move  ? help"
        }
    }

    /// The hint of `v` (with its two spaces), naming what it gives: "v list+reader" on a compact
    /// screen under 120 columns, "v list alone" beside the reader, "v no sidebar" or "v sidebar" wider;
    /// nothing under 60 columns, where one pane shows at a time whatever the choice.
    static func layoutHint(_ state: AppState) -> String {
        let w = state.size.width
        guard w >= ScreenLayout.narrowWidth else { return "" }
        let compact = state.shownLayout == .compact
        if w >= ScreenLayout.wideWidth { return compact ? "v sidebar  " : "v no sidebar  " }
        return compact ? "v list+reader  " : "v list alone  "
    }

    /// As many whole hints (separated by two spaces) as fit in `width`, keeping
    /// the last one (`? help`, which leads to all the others) when one must go:
    /// a hint cut in the middle (`? h…`, `langua…`) tells nothing.
    static func fitHints(_ hints: String, width: Int) -> String {
        guard TextWidth.width(of: hints) > width else { return hints }
        let items = hints.components(separatedBy: "  ")
        guard let last = items.last, items.count > 1 else { return TextLayout.truncate(hints, to: width) }
        var kept: [String] = []
        for item in items.dropLast() {
            let candidate = (kept + [item, last]).joined(separator: "  ")
            guard TextWidth.width(of: candidate) <= width else { break }
            kept.append(item)
        }
        let fitted = (kept + [last]).joined(separator: "  ")
        return TextWidth.width(of: fitted) <= width ? fitted : TextLayout.truncate(hints, to: width)
    }

    /// The `/` prompt. In the list, typing matches titles only (the texts are
    /// searched on Enter), so a failure says so rather than a bare "no match".
    /// A query too long for the bar shows its end, where the typing is.
    static func searchPrompt(_ state: AppState, width: Int) -> String {
        let failure = !state.search.failed ? ""
            : state.activeReader == nil ? "   (not in a title; Enter searches the full text)" : "   (no match)"
        let query = TerminalSafe.sanitize(state.search.query) + "_"
        let room = width - 2 - TextWidth.width(of: failure)
        if TextWidth.width(of: query) <= room { return " /" + query + failure }
        if TextWidth.width(of: query) <= width - 2 { return " /" + query }
        // Keep the end of the query: drop clusters from the front until it fits after "…".
        var tail = Substring(query)
        while !tail.isEmpty, TextWidth.width(of: String(tail)) > width - 3 { tail = tail.dropFirst() }
        return " /…" + tail
    }

    /// The `|` prompt: "Pipe to: " and the command typed so far; a command
    /// too long for the bar shows its end, where the typing is.
    static func pipePrompt(_ prompt: CommandPrompt, width: Int) -> String {
        let label = " Pipe to: "
        let command = TerminalSafe.sanitize(prompt.text).replacingNewlines() + "_"
        let room = width - TextWidth.width(of: label)
        if TextWidth.width(of: command) <= room { return label + command }
        var tail = Substring(command)
        while !tail.isEmpty, TextWidth.width(of: String(tail)) > room - 1 { tail = tail.dropFirst() }
        return label + "…" + tail
    }

    static func position(_ state: AppState) -> String {
        if let loading = state.loading { return LoadingPane.position(loading) }
        // An open picker or list takes the keys: the position of the pane under it
        // (`line 1/17 0%` under the help) told nothing about what j/k move.
        switch state.overlay {
        case .picker(let p):
            let rows = state.pickerRows.count, all = state.catalog.values(of: p.facet).count
            guard rows > 0 else { return "0/\(Count.grouped(all))" }
            return rows == all ? "\(Count.grouped(p.cursor + 1))/\(Count.grouped(all))"
                : "\(Count.grouped(p.cursor + 1))/\(Count.grouped(rows)) of \(Count.grouped(all))"
        case .help, .problems: return ""
        case .none: break
        }
        if let slot = state.activeReader {
            let m = state.readerMetrics(slot)
            let s = state.scroll(in: slot)
            // An article that fits the pane has no position to tell (less and neomutt say "all").
            guard m.max > 0 else { return "all" }
            return "line \(Count.grouped(s + 1))/\(Count.grouped(m.max + m.page)) \(s * 100 / m.max)%"
        }
        if state.focus == .sidebar {
            let n = state.sidebarEntries.count
            return n == 0 ? "" : "\(Count.grouped(state.sidebarCursor + 1))/\(Count.grouped(n))"
        }
        return state.visible.isEmpty ? "0/0" : "\(Count.grouped(state.selection + 1))/\(Count.grouped(state.visible.count))"
    }

    /// The forms of a message from longest to shortest: as written, without its
    /// asides in brackets ("(C clears)", "(0 in the title)"), then without its
    /// last clauses after "; " one by one. Messages put what matters first, so
    /// a narrow bar drops the rest whole instead of cutting a word in two.
    static func shortenings(_ message: String) -> [String] {
        var forms = [message]
        var plain = message
        while let open = plain.range(of: " ("), let close = plain[open.upperBound...].firstIndex(of: ")") {
            plain.removeSubrange(open.lowerBound...close)
        }
        if plain != message { forms.append(plain) }
        var clauses = plain.components(separatedBy: "; ")
        while clauses.count > 1 {
            clauses.removeLast()
            forms.append(clauses.joined(separator: "; "))
        }
        return forms
    }

    /// The longest form of `message` (`shortenings`) that fits in `width`, else
    /// the shortest cut after a whole word.
    static func fitMessage(_ message: String, width: Int) -> String {
        let forms = shortenings(message)
        return forms.first { TextWidth.width(of: $0) <= width } ?? TextLayout.truncateAtWord(forms.last!, to: width)
    }

    /// The whole clauses of `message` after those `fitMessage` shows in `width`; nil when it shows them all.
    static func overflow(_ message: String, width: Int) -> String? {
        let clauses = message.components(separatedBy: "; ")
        let shown = fitMessage(message, width: width).components(separatedBy: "; ").count
        guard shown < clauses.count else { return nil }
        return clauses[shown...].joined(separator: "; ")
    }

    static func draw(_ state: AppState, into grid: inout Grid, rect: Rect) {
        let theme = state.display.theme
        grid.fill(rect, style: theme.statusBar)
        var right = position(state) + " "
        var rw = TextWidth.width(of: right)
        var leftWidth = max(0, rect.width - rw - 1)
        if state.search.editing {
            grid.text(BarText.visual(searchPrompt(state, width: leftWidth), state.display), x: rect.x, y: rect.y,
                      style: theme.statusBar.with(.bold), maxWidth: leftWidth)
        } else if let p = state.prompt {
            grid.text(pipePrompt(p, width: leftWidth), x: rect.x, y: rect.y, style: theme.statusBar.with(.bold), maxWidth: leftWidth)
        } else if let m = state.message {
            // A message lasts one key: it may take the position's room rather than lose words.
            let text = fitMessage(TerminalSafe.sanitize(m), width: max(0, rect.width - 2))
            if TextWidth.width(of: text) > leftWidth - 1 {
                right = ""
                rw = 0
                leftWidth = rect.width
            }
            grid.text(BarText.visual(" " + text, state.display), x: rect.x, y: rect.y, style: theme.message, maxWidth: leftWidth)
        } else {
            // Through the bidi layer, as messages are: the sidebar's hints begin with the entity's name, and an
            // Arabic one read backwards with its letters apart.
            grid.text(BarText.visual(" " + fitHints(hints(state), width: max(0, leftWidth - 1)), state.display),
                      x: rect.x, y: rect.y, style: theme.statusBar, maxWidth: leftWidth)
        }
        if rw > 0, rw < rect.width { grid.text(right, x: rect.maxX - rw, y: rect.y, style: theme.statusBar, maxWidth: rw) }
    }
}
