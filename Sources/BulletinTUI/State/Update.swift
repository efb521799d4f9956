import BulletinKit

extension AppState {
    /// Carries out `action`, returning what the outside world must do.
    /// Pure apart from the memo in `cache`: the same state and action always
    /// give the same new state and effects.
    public mutating func update(_ action: Action) -> [Effect] {
        switch action {
        case .resize, .bodySearchResults, .allSearchMatches, .entitiesFileChanged, .indexProgress, .corpusLoaded, .corpusUnchanged, .corpusFailed, .idle, .marksChanged:
            break  // not the user's doing: keep the message
        default:
            // The start's notes go on after the first key with what the bar had no room for.
            if let m = message, m == continuingMessage, let rest = StatusBar.overflow(m, width: size.width - 2) {
                message = rest
                continuingMessage = rest
            } else {
                message = nil
                continuingMessage = nil
            }
        }
        if loading != nil, Self.needsArticles(action) {
            message = waitMessage
            return []
        }
        // `j`, `k` and the like on an empty list said nothing (during the first indexing of a large corpus, for
        // minutes): say why there is nothing to move to.
        if overlay == .none, focus == .list, visible.isEmpty, Self.movesTheCursor(action) {
            message = loading != nil ? waitMessage
                : catalog.summaries.isEmpty ? "No articles in this corpus"
                : "No article listed under these filters (C clears them)"
            return []
        }
        switch action {
        case .move(let n): move(by: n)
        case .top: move(to: .min)
        case .bottom: move(to: .max)
        case .page(let n): page(n)
        case .halfPage(let n): halfPage(n)
        case .open: return open()
        case .back(let quits): return back(quits: quits)
        case .quit, .interrupt: return savePosition() + [.quit]
        case .idle: return savePosition()
        case .suspend: return [.suspend]
        case .cycleFocus(let forward): cycleFocus(forward: forward)
        case .toggleLayout: return toggleLayout()
        case .automaticLayout: return automaticLayout()
        case .toggleSidebar:
            guard sideBySide == nil else {
                message = "No entity sidebar side by side (Esc returns to one reader)"
                break
            }
            if focus == .sidebar {
                focus = sidebarReturn ?? .reader
                sidebarReturn = nil
            } else {
                sidebarReturn = focus
                focus = .sidebar
            }
        case .nextArticle(let n):
            let saved = focus == .reader ? savePosition() : []
            nextArticle(n)
            if sideBySide == nil, focus == .reader, let id = selectedSummary?.id {
                if let p = positions[id] { setScroll(.single, p) }
                return saved + markRead(id)
            }
            // Side by side, the article a side moved on to is read as one opened with Enter is.
            if let slot = activeReader, slot != .single, let id = articleID(in: slot) { return saved + markRead(id) }
            return saved
        case .nextUnread(let n): return nextUnread(n)
        case .startSearch: startSearch()
        case .searchInput(let c):
            search.query.append(c)
            incrementalSearch()
        case .searchBackspace:
            if !search.query.isEmpty { search.query.removeLast() }
            incrementalSearch()
        case .searchClear:
            search.query = ""
            incrementalSearch()
        case .searchDeleteWord:
            while search.query.last?.isWhitespace == true { search.query.removeLast() }
            while let last = search.query.last, !last.isWhitespace { search.query.removeLast() }
            incrementalSearch()
        case .searchConfirm: return confirmSearch()
        case .bodySearchResults(let query, let ids, let more): return receiveBodyHits(query: query, ids: ids, more: more)
        case .allSearchMatches(let query, let ids): return receiveAllMatches(query: query, ids: ids)
        case .searchNext(let forward): searchNext(forward: forward)
        case .openPicker(let facet):
            if catalog.values(of: facet).isEmpty {
                message = facet == .country ? "No countries in this corpus" : "No languages in this corpus"
            } else {
                openPicker(facet)
            }
        case .pickerToggle(let index): pickerToggle(index)
        case .pickerToggleCursor:
            if case .picker(let p) = overlay { pickerToggle(p.cursor) }
        case .pickerChoose: pickerChoose()
        case .pickerFindStart: pickerFind { _ in }
        case .pickerFindInput(let c): pickerFind { $0.append(c) }
        case .pickerFindBackspace:
            if case .picker(let p) = overlay, p.find?.isEmpty == true {
                endPickerFind(toggle: false)  // nothing left to erase: back to every value
            } else {
                pickerFind { if !$0.isEmpty { $0.removeLast() } }
            }
        case .pickerFindClear: pickerFind { $0 = "" }
        case .pickerFindEnd(let toggle): endPickerFind(toggle: toggle)
        case .closeOverlay:
            if case .picker(let p) = overlay, p.toggled { announcePickerFilter(p.facet) }
            overlay = .none
            pickerData = nil
        case .clearFilters:
            if case .picker(var p) = overlay {  // C in a picker: Enter then closes on no value, as it shows
                p.toggled = true
                overlay = .picker(p)
            }
            let hidden = hiddenProposal
            filters = Filters()
            step = [:]
            refilter()
            recountPicker()
            message = "Filters cleared: \(Self.articles(visible.count))"
            // Choosing, with the other report hidden by the filters: the cursor goes to it now.
            if let id = hidden, let row = listRow(of: id) {
                select(row)
                message! += "; on the other report"
            }
        case .step(let facet, let delta): stepFacet(facet, delta)
        case .cycleOrder: cycleOrder()
        case .toggleUnreadOnly: toggleUnreadOnly()
        case .toggleFlaggedOnly:
            if !filters.flaggedOnly, noneListed(with: { $0.flaggedOnly = true }) {
                // An empty list, "No article matches", and the reader on nothing: newsboat and mutt say so and stay.
                message = filters.isEmpty ? "No flagged articles (* flags one)" : "No flagged article under these filters"
                break
            }
            filters.flaggedOnly.toggle()
            refilter()
            message = filters.flaggedOnly ? "Flagged only: \(Self.articles(visible.count)) (F shows all)"
                                           : "Flagged and unflagged: \(Self.articles(visible.count))"
        case .sideBySide: startSideBySide()
        case .swapSides:
            // While choosing, `S` goes back to the previous other report.
            if let s = sideBySide, s.right == nil, !s.proposals.isEmpty {
                stepProposal(-1)
                break
            }
            guard var s = sideBySide, let right = s.right else {
                message = "Not reading side by side (press s)"
                break
            }
            s.right = s.left
            s.left = right
            s.active = s.active == .left ? .right : .left
            sideBySide = s
        case .toggleScrollLock:
            guard var s = sideBySide, s.right != nil else {
                message = "Not reading side by side (press s)"
                break
            }
            s.locked.toggle()
            sideBySide = s
            if s.locked { syncLockedScroll() }
            message = s.locked ? "Scrolling locked together" : "Scrolling each side on its own"
        case .cancel: cancel()
        case .toggleRead: return toggleRead()
        case .markListRead: return markListRead()
        case .toggleFlag: return toggleFlag()
        case .help: overlay = .help(scroll: 0)
        case .reload: return reload()
        case .startPipe: startPipe()
        case .promptInput(let c): editPrompt { $0.append(c) }
        case .promptBackspace: editPrompt { if !$0.isEmpty { $0.removeLast() } }
        case .promptClear: editPrompt { $0 = "" }
        case .promptDeleteWord:
            editPrompt { text in
                while text.last?.isWhitespace == true { text.removeLast() }
                while let last = text.last, !last.isWhitespace { text.removeLast() }
            }
        case .promptConfirm: return confirmPipe()
        case .promptCancel: prompt = nil
        case .openURL: return openURL()
        case .commandFinished(let outcome, let command, let purpose):
            message = Self.commandMessage(outcome, command: command, purpose: purpose)
        case .noBrowser(let tried):
            message = tried.isEmpty ? "No browser found: set $BROWSER"
                : "No browser found (tried \(tried.joined(separator: ", "))): set $BROWSER"
        case .marksChanged(let changes): applyMarks(changes)
        case .entitiesFileChanged:
            guard rescan?.requested == true else { break }
            entitiesReread = true
            message = "Reloading: your entities file changed; re-reading every article's entities…"
        case .showProblems:
            if problems.isEmpty { message = "No warnings while reading the corpus" } else { overlay = .problems(scroll: 0) }
        case .unbound(let c):
            let key = TerminalSafe.sanitize(String(c))
            if case .picker = overlay {
                message = "Key \(key) does nothing here; Enter chooses, Space toggles, Esc closes"
            } else {
                message = "Key \(key) does nothing here; ? lists the keys"
            }
        case .resize(let s): resize(to: s)
        case .click(let x, let y): click(x: x, y: y)
        case .wheel(let x, let y, let lines): wheel(x: x, y: y, lines: lines)
        case .indexProgress(let p, let at):
            if loading == nil, rescan != nil { rescan?.progress = p }  // new files found by the rescan
            guard var l = loading else { break }
            // The first report (0 files done) starts the clock of the estimate; a
            // rebuild after a damaged index starts again from 0.
            if l.startedAt == nil || p.filesDone == 0 { l.startedAt = at }
            l.progress = p
            l.updatedAt = at
            loading = l
        case .corpusLoaded(let corpus):
            if loading != nil { adopt(corpus) } else { refresh(corpus) }
        case .corpusUnchanged(let found):
            if rescan?.requested == true {
                message = Self.reloadNote("no changes", old: problems, new: found, filteredEmpty: filteredEmpty)
                entitiesReread = false
                problems = found
            } else if rescan != nil, found != problems {
                // A warm start's check read every file and the knowledge base: its list is the whole one. The
                // stored list lacks the entities file's problems (not kept with any article file), which W
                // then hid while the exit printed them.
                let fresh = Set(found).subtracting(problems).count { $0.hasPrefix("warning: ") }
                problems = found
                if fresh > 0, message == nil || message?.hasSuffix("earlier (W lists them)") == true {
                    message = LoadedCorpus.problemMessage(found.count { $0.hasPrefix("warning: ") })
                }
            }
            rescan = nil
            restoredFilters = nil  // the stored list was right: the restored filters stand
        case .corpusFailed(let why, let problems):
            if loading == nil {
                entitiesReread = false
                // A rescan or reload that could not run: the list shown stays, and R can try again.
                if rescan != nil { message = why }
                rescan = nil
                break
            }
            loading?.failure = why
            loading?.failureDetails = problems
        }
        return []
    }

    // MARK: Reloading

    /// `R`: checks the corpus files again in the background (`Effect.reload`),
    /// as a warm start does, while every key keeps working; the title bar
    /// notes it and `.corpusLoaded` or `.corpusUnchanged` ends it. One at a
    /// time: a second `R`, or one during the start's own check, says so and
    /// does nothing (two indexers would write the same files twice).
    mutating func reload() -> [Effect] {
        if let r = rescan {
            message = r.requested ? "Already reloading (R is ignored until it is done)"
                                  : "Still checking the files since the start (R is ignored until it is done)"
            return []
        }
        rescan = RescanState(files: catalog.summaries.count, requested: true)
        message = "Reloading: checking \(Count.grouped(catalog.summaries.count)) files for changes…"
        return [.reload]
    }

    /// What an `R` that re-read every article's entities changed (`entitiesReread`).
    static let entitiesRereadNote = "entities re-read from your changed entities file"

    /// The status line at the end of an `R`: what changed ("no changes",
    /// "2 new articles, 1 changed, 1 removed"), then the warnings this reading
    /// found that the last one did not (a file that became unreadable or
    /// malformed), counted, as a start counts its own: W lists them.
    /// When the filters leave the list empty (`filteredEmpty`: the articles they
    /// kept were removed or changed), it says so next, with the key that clears them.
    static func reloadNote(_ changes: String, old: [String], new: [String], filteredEmpty: Bool = false) -> String {
        let known = Set(old)
        let fresh = new.count { $0.hasPrefix("warning: ") && !known.contains($0) }
        var note = "Reloaded: " + changes
        if filteredEmpty { note += " — no article matches the filters (C clears them)" }
        guard fresh > 0 else { return note }
        return note + (fresh == 1 ? "; 1 new warning (W lists it)" : "; \(fresh) new warnings (W lists them)")
    }

    /// The filters leave the list empty while the corpus has articles.
    var filteredEmpty: Bool { visible.isEmpty && !catalog.summaries.isEmpty && !filters.isEmpty }

    // MARK: Unread and flagged only

    /// Whether the filters, changed by `change`, would list no article.
    func noneListed(with change: (inout Filters) -> Void) -> Bool {
        var f = filters
        change(&f)
        return catalog.apply(f, readIDs: readIDs, flaggedIDs: flaggedIDs).isEmpty
    }

    /// `U`: unread articles only, or all again. The article open in the
    /// reader stays open and listed, read as it is, until the user moves on
    /// (as in mutt and newsboat): the filter used to swap another article in
    /// under the reader. In the list, the cursor goes to the next unread
    /// article, and `U` again, with the cursor not moved since, brings it back
    /// to the article it was on. With nothing unread, nothing changes.
    mutating func toggleUnreadOnly() {
        let selectedID = selectedSummary?.id
        let reading = sideBySide == nil && focus != .list && selectedID != nil
        if !filters.unreadOnly {
            guard !noneListed(with: { $0.unreadOnly = true }) else {
                message = filters.isEmpty ? "No unread articles" : "No unread article under these filters"
                return
            }
            filters.unreadOnly = true
            refilter(keeping: reading ? selectedID : nil)
            unreadReturn = selectedID.map { (from: $0, to: selectedSummary?.id) }
            let kept = reading && selectedID.map(readIDs.contains) == true
            let count = Self.articles(visible.count - (kept ? 1 : 0))
            message = "Unread only: \(count)" + (kept ? " and the one open" : "") + " (U shows all)"
        } else {
            filters.unreadOnly = false
            refilter()
            if let back = unreadReturn, back.to == selectedSummary?.id, let row = listRow(of: back.from), !reading {
                select(row)
            }
            unreadReturn = nil
            message = "Read and unread: \(Self.articles(visible.count))"
        }
    }

    // MARK: Order

    /// `o`: the next list order, the cursor on the same article, and a word on
    /// what the order is now and what `o` does next. The rows are sorted once
    /// per press (`Catalog.ordering` keeps each order after its first sort).
    mutating func cycleOrder() {
        arrange(order.next)
        let next = "(o: \(order.next.name))"
        guard let o = catalog.ordering(order) else {
            message = "Corpus order, as the files list them \(next)"
            return
        }
        guard o.dated > 0 else {
            message = "\(Self.orderName(order)): no article has a date, the order is the corpus's \(next)"
            return
        }
        let undated = undatedRows(o)
        message = "\(Self.orderName(order)) \(next)"
            + (undated == 0 ? "" : "; \(Self.articles(undated)) without a date last")
    }

    /// How many rows of the list (not of the corpus: the filters may leave
    /// fewer) have no date: they are the last rows, sorted by `o`'s rank, so
    /// a binary search finds the first of them.
    func undatedRows(_ o: ListOrdering) -> Int {
        let firstUndated = o.rank.withUnsafeBufferPointer { rank in
            ReaderDocument.partition(0, visible.count) { Int(rank[visible[$0]]) >= o.dated }
        }
        return visible.count - firstUndated
    }

    /// "1 article", "0 articles", "1,689 articles": status messages count in the right number, thousands grouped
    /// as every count the reader shows is (`Count.grouped`).
    /// The keys that move the list's cursor.
    static func movesTheCursor(_ action: Action) -> Bool {
        switch action {
        case .move, .top, .bottom, .page, .halfPage: return true
        default: return false
        }
    }

    static func articles(_ n: Int) -> String { n == 1 ? "1 article" : "\(Count.grouped(n)) articles" }

    // MARK: Moving

    /// The reader slot the keys act on, if the focus is on a reader.
    var activeReader: ReaderSlot? {
        guard focus == .reader else { return nil }
        guard let s = sideBySide else { return .single }
        if s.right == nil { return .left }
        return s.active == .left ? .left : .right
    }

    var layout: ScreenLayout { ScreenLayout(state: self) }

    var listPage: Int { max(1, layout.pane(.list)?.content.height ?? (size.height - 3)) }

    /// Lines a reader slot shows at once, and how far it can scroll.
    func readerMetrics(_ slot: ReaderSlot) -> (page: Int, max: Int) {
        let frame = layout.pane(.reader(slot))?.content ?? Rect(x: 0, y: 0, width: size.width, height: size.height - 3)
        let page = max(1, frame.height)
        guard let doc = document(in: slot, width: frame.width) else { return (page, 0) }
        return (page, max(0, doc.lines.count - page))
    }

    mutating func move(by n: Int) {
        switch overlay {
        case .help(let s): overlay = .help(scroll: max(0, min(HelpOverlay.maxScroll(for: display, size: size), s + n)))
        case .problems(let s): overlay = .problems(scroll: max(0, min(ProblemsOverlay.maxScroll(problems, size: size), s + n)))
        case .picker(var p):
            p.cursor = max(0, min(pickerRows.count - 1, p.cursor + n))
            overlay = .picker(p)
        case .none:
            if let slot = activeReader { setScroll(slot, scroll(in: slot) + n); return }
            switch focus {
            case .list: select(selection + n)
            case .sidebar: sidebarCursor = max(0, min(sidebarEntries.count - 1, sidebarCursor + n))
            case .reader: break
            }
        }
    }

    /// `g`/`G`: to the first or last line of whatever moves (moves clamp at the ends).
    mutating func move(to end: Int) {
        move(by: end == .max ? Int.max / 4 : -(Int.max / 4))
    }

    /// The rows an open overlay (help, warnings, a picker) shows at once; nil with none open.
    var overlayPage: Int? {
        switch overlay {
        case .none: return nil
        case .help: return max(1, HelpOverlay.box(size, lineCount: HelpContent.lines(for: display).count).inner.height)
        case .problems:
            let rows = ProblemsOverlay.rows(problems, size: size).count
            return max(1, ProblemsOverlay.box(size, count: rows).inner.height)
        case .picker(let p): return max(1, PickerOverlay.box(size, count: catalog.values(of: p.facet).count).inner.height)
        }
    }

    /// The rows the sidebar shows at once.
    var sidebarPage: Int { max(1, layout.pane(.sidebar)?.content.height ?? (size.height - 3)) }

    /// PgDn/PgUp: by what the pane or overlay shows at once (a picker of 179
    /// countries with 32 on screen used to move 10 rows); the reader keeps
    /// two lines of the last screen for context, as less does.
    mutating func page(_ n: Int) {
        if let page = overlayPage { move(by: n * page); return }
        if let slot = activeReader {
            let page = readerMetrics(slot).page
            move(by: n * max(1, page - 2))
        } else if focus == .list {
            move(by: n * listPage)
        } else {
            move(by: n * sidebarPage)
        }
    }

    mutating func halfPage(_ n: Int) {
        if let page = overlayPage { move(by: n * max(1, page / 2)); return }
        if let slot = activeReader {
            move(by: n * max(1, readerMetrics(slot).page / 2))
        } else if focus == .list {
            move(by: n * max(1, listPage / 2))
        } else {
            move(by: n * max(1, sidebarPage / 2))
        }
    }

    /// Selects list row `row` (clamped); a new article starts at its top.
    mutating func select(_ row: Int) {
        let new = max(0, min(visible.count - 1, row))
        guard visible.count > 0 else { return }
        if new != selection {
            selection = new
            readerScroll = 0
            sidebarCursor = 0
        }
        fixListScroll()
    }

    /// Keeps the selected row on screen.
    mutating func fixListScroll() {
        listScroll = ListWindow.scroll(current: listScroll, selection: selection, page: listPage, count: visible.count)
    }

    /// A new screen size. Each reader keeps its place in its text: the top
    /// line's place (`ReaderDocument.place(ofLine:)`) is taken at the old size
    /// and found again in the text laid out for the new one. The place stays
    /// kept while the reader is not scrolled, so a size that clamped the
    /// scroll (a window tall enough for the whole article) or re-wrapped the
    /// text gives the same top line back when the old size returns.
    mutating func resize(to new: Size) {
        relayout { $0.resizeOverlays(to: new) }
    }

    /// `v`: the other layout (`LayoutChoice`), kept for the next runs; each reader stays on its place in
    /// its text, as after a resize. The status line says what is on screen and what `v` does next.
    mutating func toggleLayout() -> [Effect] {
        let new = shownLayout.toggled
        relayout { $0.layoutChoice = new }
        message = Self.layoutMessage(new, width: size.width)
        return [.keepLayout(new)]
    }

    /// `V`: the layout the width decides again (`LayoutChoice.automatic`: the list alone under 100 columns, every
    /// pane from 100), as before any `v`; kept for the next runs. Each reader keeps its place, as after `v`.
    mutating func automaticLayout() -> [Effect] {
        let before = layoutChoice
        relayout { $0.layoutChoice = nil }
        // Short: the status line keeps the position on its right (80 columns cut the longer wording).
        message = before == nil ? "Layout already follows the width (v chooses one)"
            : "Layout follows the width again (one pane under \(LayoutChoice.autoCompactWidth) columns)"
        return before == nil ? [] : [.keepLayout(nil)]
    }

    /// What `v` says it did at `width` columns, and the way back to the layout the width decides (`V`).
    static func layoutMessage(_ choice: LayoutChoice, width: Int) -> String {
        if width < ScreenLayout.narrowWidth {
            return (choice == .compact ? "Compact layout" : "Every pane") + " from 60 columns; one pane under 60 (V by width)"
        }
        if width >= ScreenLayout.wideWidth {
            return choice == .compact ? "Sidebar hidden: list and reader (e entities, v all three, V by width)"
                : "Three panes: list, reader and entities (v hides the sidebar, V by width)"
        }
        return choice == .compact ? "List alone: Enter reads, q back (v reader beside it, V by width)"
            : "List beside the reader (v the list alone, V by width)"
    }

    /// Changes what decides the panes' sizes (`change`: the screen size, the layout), keeping each reader
    /// on the same place in its text: the top line a narrower reader re-wraps stays the one shown.
    mutating func relayout(_ change: (inout AppState) -> Void) {
        let slots: [ReaderSlot] = [.single, .left, .right]
        var anchors: [ReaderSlot: ReaderAnchor] = [:]
        for slot in slots {
            if slot == .single, readerScrollUnplaced { continue }  // a kept line number: clamped only
            if let a = readerAnchor(slot) { anchors[slot] = a }
        }
        readerScrollUnplaced = false
        change(&self)
        if centerResumedRow { centerSelectedRow() }
        fixListScroll()
        readerAnchors = [:]
        for slot in slots {
            guard var a = anchors[slot], let doc = document(in: slot, width: readerWidth(slot)) else {
                placeScroll(slot, scroll(in: slot))
                continue
            }
            placeScroll(slot, doc.line(at: a.place))
            a.shown = scroll(in: slot)
            readerAnchors[slot] = a
        }
    }

    /// Whether a resize to `new` lays out anew a long article (200,000 UTF-16 units, about 0.1 s; a 1.5 MB one
    /// takes a second or two): the terminal then shows `Renderer.relayingOut` meanwhile. Every reader's place is
    /// kept across a resize (`relayout`), the list's selection's too when no reader shows; a layout made already
    /// (the same width, the same header) costs nothing.
    func resizeRelaysLongArticle(to new: Size) -> Bool {
        guard new != size else { return false }
        var after = self
        after.size = new
        return [ReaderSlot.single, .left, .right].contains { slot in
            guard let a = article(in: slot), a.body.utf16.count >= 200_000 else { return false }
            // The place is taken at the old size first: a list alone never laid the selected article out.
            return !hasDocument(in: slot, width: readerWidth(slot)) || !after.hasDocument(in: slot, width: after.readerWidth(slot))
        }
    }

    /// A resize's change: the help or the warnings scrolled to their end stay at the end (a smaller
    /// screen has more to scroll); then the new size.
    mutating func resizeOverlays(to new: Size) {
        switch overlay {
        case .help(let s):
            let end = HelpOverlay.maxScroll(for: display, size: size), now = HelpOverlay.maxScroll(for: display, size: new)
            overlay = .help(scroll: s >= end ? now : min(s, now))
        case .problems(let s):
            let end = ProblemsOverlay.maxScroll(problems, size: size), now = ProblemsOverlay.maxScroll(problems, size: new)
            overlay = .problems(scroll: s >= end ? now : min(s, now))
        default: break
        }
        size = new
    }

    /// Where a reader's top line stands in its text: kept from the last resize
    /// when the reader has not moved since, else taken at the current size.
    func readerAnchor(_ slot: ReaderSlot) -> ReaderAnchor? {
        guard let id = articleID(in: slot) else { return nil }
        let top = scroll(in: slot)
        if let kept = readerAnchors[slot], kept.articleID == id, kept.shown == top { return kept }
        guard let doc = document(in: slot, width: readerWidth(slot)) else { return nil }
        return ReaderAnchor(articleID: id, place: doc.place(ofLine: top), shown: top)
    }

    /// The width a reader slot lays its article out for (as `readerMetrics`).
    func readerWidth(_ slot: ReaderSlot) -> Int {
        layout.pane(.reader(slot))?.content.width ?? size.width
    }

    /// Sets a reader's scroll, clamped, and nothing else (a resize places each side on its own).
    mutating func placeScroll(_ slot: ReaderSlot, _ value: Int) {
        let v = max(0, min(readerMetrics(slot).max, value))
        switch slot {
        case .single: readerScroll = v
        case .left: sideBySide?.left.scroll = v
        case .right: sideBySide?.right?.scroll = v
        }
    }

    /// Sets a reader's scroll (clamped); with the scrolls locked, the other side follows by percentage.
    mutating func setScroll(_ slot: ReaderSlot, _ value: Int) {
        readerAnchors[slot] = nil  // scrolled: the place a resize kept is left
        if slot == .single { readerScrollUnplaced = false }
        let m = readerMetrics(slot)
        let v = max(0, min(m.max, value))
        switch slot {
        case .single: readerScroll = v
        case .left: sideBySide?.left.scroll = v
        case .right: sideBySide?.right?.scroll = v
        }
        if slot != .single, sideBySide?.locked == true, sideBySide?.right != nil {
            syncLockedScroll(from: slot)
        }
    }

    /// With locked scrolls, puts the other side at the same percentage as `slot` (the active side by default).
    mutating func syncLockedScroll(from slot: ReaderSlot? = nil) {
        guard let s = sideBySide, s.right != nil else { return }
        let from = slot ?? (s.active == .left ? .left : .right)
        let to: ReaderSlot = from == .left ? .right : .left
        let a = readerMetrics(from), b = readerMetrics(to)
        let fraction = a.max == 0 ? 0 : Double(scroll(in: from)) / Double(a.max)
        let target = Int((fraction * Double(b.max)).rounded())
        if to == .left { sideBySide?.left.scroll = target } else { sideBySide?.right?.scroll = target }
    }

    mutating func nextArticle(_ n: Int) {
        // At an end, say so: J on the last article used to do nothing at all.
        func atEnd(_ i: Int) -> Bool {
            guard visible.count > 0, (n > 0 && i >= visible.count - 1) || (n < 0 && i <= 0) else { return false }
            message = n > 0 ? "This is the last article" : "This is the first article"
            return true
        }
        if let s = sideBySide, s.right != nil {
            let slot: ReaderSlot = s.active == .left ? .left : .right
            guard let id = articleID(in: slot),
                  let i = visible.firstIndex(where: { catalog.summaries[$0].id == id }) else { return }
            if atEnd(i) { return }
            let j = max(0, min(visible.count - 1, i + n))
            let pos = ReaderPosition(articleID: catalog.summaries[visible[j]].id)
            if slot == .left { sideBySide?.left = pos } else { sideBySide?.right = pos }
            if let saved = positions[pos.articleID] { setScroll(slot, saved) }
            return
        }
        if atEnd(selection) { return }
        select(selection + n)
    }

    /// `.`/`,`: to the next (`n` > 0) or previous unread article of the list,
    /// round past the end as `n` after a search goes (and says so), as
    /// newsboat's `n`/`p` do; in a reader the article is opened there (and
    /// marked read, as `J` does); side by side, on the active side.
    mutating func nextUnread(_ n: Int) -> [Effect] {
        let forward = n > 0
        let sides = sideBySide.flatMap { $0.right != nil ? $0 : nil }
        let slot: ReaderSlot? = sides.map { $0.active == .left ? .left : .right }
        let from: Int
        if let slot {
            guard let id = articleID(in: slot), let i = listRow(of: id) else {
                message = "The article on this side is not in the list"
                return []
            }
            from = i
        } else {
            from = selection
        }
        let count = visible.count
        var found: Int?
        if count > 0 {
            for k in 1...count {
                let row = ((from + (forward ? k : -k)) % count + count) % count
                if !readIDs.contains(catalog.summaries[visible[row]].id) {
                    found = row
                    break
                }
            }
        }
        guard let row = found, row != from || !readIDs.contains(catalog.summaries[visible[from]].id) else {
            message = count == 0 ? "No article listed" : "No unread article in the list"
            return []
        }
        if row == from {
            message = "The only unread article in the list"
        } else if forward ? row < from : row > from {
            message = forward ? "No unread article below: wrapped to the top" : "No unread article above: wrapped to the bottom"
        }
        let id = catalog.summaries[visible[row]].id
        if let slot {
            let pos = ReaderPosition(articleID: id)
            if slot == .left { sideBySide?.left = pos } else { sideBySide?.right = pos }
            if let saved = positions[id] { setScroll(slot, saved) }
            return markRead(id)
        }
        let reading = sideBySide == nil && focus == .reader
        let saved = reading ? savePosition() : []
        select(row)
        guard reading else { return [] }
        if let p = positions[id] { setScroll(.single, p) }
        return saved + markRead(id)
    }

    mutating func cycleFocus(forward: Bool) {
        if var s = sideBySide {
            if s.right != nil {
                s.active = s.active == .left ? .right : .left
                sideBySide = s
                focus = .reader
            }
            return
        }
        sidebarReturn = nil  // Tab walks the panes: `q` in the sidebar then goes to the list
        let order: [Focus] = [.list, .reader, .sidebar]
        let i = order.firstIndex(of: focus)!
        focus = order[(i + (forward ? 1 : order.count - 1)) % order.count]
    }

    // MARK: Opening and going back

    mutating func open() -> [Effect] {
        switch focus {
        case .list:
            guard let id = selectedSummary?.id else { return [] }
            if var s = sideBySide, s.right == nil {
                s.right = ReaderPosition(articleID: id)
                s.active = .right
                sideBySide = s
                if let saved = positions[id] { setScroll(.right, saved) }  // where it was left, as a single reader resumes
            }
            focus = .reader
            if sideBySide == nil, let saved = positions[id] { setScroll(.single, saved) }
            announceFirstMatchBelow()
            return markRead(id)
        case .sidebar:
            guard let entity = focusedEntity else { return [] }
            if filters.entity == entity.name {
                // Enter on the entity that filters the list drops that filter alone (a toggle, as newsboat's and
                // lazygit's filters are); `C` clears the countries and languages too.
                filters.entity = nil
                refilter()
                focus = .list
                message = "No longer filtered by \(entity.name): \(Self.articles(visible.count))"
                    + (filters.isEmpty ? "" : " within \(filters.summary)")
                return []
            }
            filters.entity = entity.name
            refilter()
            focus = .list
            // Say how to undo it, as the U and F filters do (the entity filter has no key of its own). Under other
            // filters the count is within them, and says so: "1 article mentions Zheng Xinyun" under country LA and
            // language en read as the whole corpus's count, where the sidebar said 3 other articles name him.
            var others = filters
            others.entity = nil
            message = (visible.count == 1 ? "1 article mentions \(entity.name)"
                                          : "\(Count.grouped(visible.count)) articles mention \(entity.name)")
                + (others.isEmpty ? "" : " within \(others.summary)") + " (C clears)"
        case .reader: break
        }
        return []
    }

    /// Opened from a list search: when every match lies below the first screen,
    /// says where the first is and that `n` goes there.
    mutating func announceFirstMatchBelow() {
        guard sideBySide == nil, search.isActive, !search.editing, let slot = activeReader else { return }
        guard let first = firstMatchLine(slot, from: 0), first >= readerScroll + readerMetrics(slot).page else { return }
        let query = TextLayout.truncate(TerminalSafe.sanitize(search.query).replacingNewlines(), to: 40)
        message = "“\(query)” first appears on line \(first + 1); n goes there"
    }

    mutating func markRead(_ id: String) -> [Effect] {
        guard !readIDs.contains(id) else { return [] }
        readIDs.insert(id)
        return [.setRead(id: id, read: true)]
    }

    mutating func back(quits: Bool = true) -> [Effect] {
        if sideBySide != nil {
            leaveSideBySide()
            return []
        }
        if focus == .sidebar {
            focus = leaveSidebar()
            return []
        }
        if focus != .list {
            let saved = focus == .reader ? savePosition() : []
            focus = .list
            return saved
        }
        guard quits else {
            message = "This is the list; q quits"
            return []
        }
        return [.quit]
    }

    /// Remembers where the reader stands in its article (side by side: where each side
    /// stands in its own), when it moved since last time.
    mutating func savePosition() -> [Effect] {
        if sideBySide != nil {
            // Quitting side by side used to keep neither side's place.
            return unsavedSides.map { side in
                positions[side.articleID] = side.scroll
                return .setPosition(id: side.articleID, line: side.scroll)
            }
        }
        guard positionUnsaved, let id = selectedSummary?.id else { return [] }
        positions[id] = readerScroll
        return [.setPosition(id: id, line: readerScroll)]
    }

    /// True when a reader stands elsewhere than the position kept for its article
    /// (`savePosition` would save it): the loop then wakes up once the keys stop,
    /// to save it (`Action.idle`).
    public var positionUnsaved: Bool {
        if sideBySide != nil { return !unsavedSides.isEmpty }
        // A read article, or one open in the reader: `u` there (unread, to finish later) used to drop the place
        // it was to be finished from. The preview of an unread article the list's cursor stands on is not kept.
        guard let id = selectedSummary?.id, readIDs.contains(id) || focus != .list else { return false }
        return positions[id] != readerScroll && (readerScroll > 0 || positions[id] != nil)
    }

    /// The sides of side-by-side reading whose article's kept position differs from where the side stands.
    var unsavedSides: [ReaderPosition] {
        guard let s = sideBySide else { return [] }
        return ([s.left] + (s.right.map { [$0] } ?? [])).filter { side in
            positions[side.articleID] != side.scroll && (side.scroll > 0 || positions[side.articleID] != nil)
        }
    }

    mutating func cancel() {
        if search.editing {
            let origin = search
            search = SearchState()
            select(origin.originSelection)
            if let slot = activeReader { setScroll(slot, origin.originScroll) }
        } else if sideBySide != nil {
            leaveSideBySide()
        } else if search.isActive {
            search = SearchState()
        } else if focus == .sidebar {
            focus = leaveSidebar()
        } else if focus != .list {
            focus = .list
        } else if !filters.isEmpty {
            // Nothing to cancel; a user leaving an entity or country filter tries Esc first.
            message = "Esc leaves the filters on; C clears them"
        }
    }

    /// Where `q` and Esc go from the sidebar: back to the pane `e` opened it
    /// from (the list or the reader); the list when it was reached otherwise.
    mutating func leaveSidebar() -> Focus {
        defer { sidebarReturn = nil }
        return sidebarReturn ?? .list
    }

    // MARK: Side by side

    mutating func startSideBySide() {
        if let s = sideBySide {
            // While choosing, `s` again goes to the next other report of the story.
            if s.right == nil, !s.proposals.isEmpty { return stepProposal(1) }
            message = s.right == nil ? "Choose the article for the right side and press Enter"
                                     : "Already side by side (Esc returns to one reader)"
            return
        }
        guard let id = selectedSummary?.id else { return }
        // From the list the reader shows the article's top; pinned, it resumes where it was left.
        let scroll = focus == .reader ? readerScroll : positions[id] ?? readerScroll
        let proposals = otherReports(ofRow: selection)
        sideBySide = SideBySide(left: ReaderPosition(articleID: id, scroll: scroll), proposals: proposals)
        focus = .list
        if !proposals.isEmpty {
            showProposal()
            // The best one hidden by the filters: the cursor moves on as it did before proposals.
            if listRow(of: proposals[0].id) == nil, selection + 1 < visible.count { select(selection + 1) }
            return
        }
        if selection + 1 < visible.count { select(selection + 1) }
        // Whole at 40 columns without the aside and the last clause, which says why the cursor went to no other
        // report (no article in another language shares 2 of its people, bodies and places), whole at 80.
        message = "Pinned left; Enter picks the right one (Esc cancels); no other report shares "
            + "\(OtherReports.minimumShared) names"
    }

    /// The other reports of the story of the article on list row `row`
    /// (`OtherReports`): the articles in another language that share its
    /// people, organizations and places, best first.
    func otherReports(ofRow row: Int) -> [OtherReport] {
        guard visible.indices.contains(row), let article = cache.article(catalog.summaries[visible[row]].id, store: store)
        else { return [] }
        let catalog = self.catalog
        return OtherReports.rank(pinned: visible[row], entities: article.entities.map { ($0.name, $0.type) },
                                 summaries: catalog.summaries, rows: { catalog.rows(mentioning: $0) })
    }

    /// While choosing, the other report `s` went to when the filters hide it.
    var hiddenProposal: String? {
        guard let s = sideBySide, s.right == nil, s.proposals.indices.contains(s.proposal) else { return nil }
        let id = s.proposals[s.proposal].id
        return listRow(of: id) == nil ? id : nil
    }

    /// `s` and `S` while choosing: the next or previous other report (round the proposals).
    mutating func stepProposal(_ delta: Int) {
        guard var s = sideBySide, s.right == nil, !s.proposals.isEmpty else { return }
        let n = s.proposals.count
        s.proposal = ((s.proposal + delta) % n + n) % n
        sideBySide = s
        showProposal()
    }

    /// Puts the list's cursor on the current other report and says why it is
    /// proposed ("Other report 1/3: 5 shared names (Tô Lâm, Minsk, …) · ar ·
    /// same day"), or that the filters hide it.
    mutating func showProposal() {
        guard let s = sideBySide, s.proposals.indices.contains(s.proposal) else { return }
        let p = s.proposals[s.proposal]
        // The names last, rarest first: a narrow status line cuts them after a whole word, not the language or date.
        let why = "\(p.shared.count) shared names · \(TerminalSafe.sanitize(p.language))"
            + (OtherReports.distance(p.days).map { " · " + $0 } ?? "")
            + ": " + p.shared.map { TerminalSafe.sanitize($0) }.joined(separator: ", ")
        let which = s.proposals.count == 1 ? "Other report" : "Other report \(s.proposal + 1)/\(s.proposals.count)"
        if let row = listRow(of: p.id) {
            let offScreen = row < listScroll || row >= listScroll + listPage
            select(row)
            // Far from where the list stood: in the middle of the screen, with its neighbours, not on the edge row.
            if offScreen {
                listScroll = max(0, selection - listPage / 2)
                fixListScroll()
            }
            message = which + (s.proposals.count > 1 ? " (s next)" : "") + ": " + why
        } else {
            message = "\(which) is hidden by the filters, C clears them: \(why)"
        }
    }

    /// Back to one reader, on the article of the active side.
    mutating func leaveSideBySide() {
        guard let s = sideBySide else { return }
        let pos = (s.active == .right ? s.right : nil) ?? s.left
        sideBySide = nil
        if let i = visible.firstIndex(where: { catalog.summaries[$0].id == pos.articleID }) {
            select(i)
            focus = s.right == nil ? .list : .reader
            setScroll(.single, pos.scroll)
        } else {
            focus = .list
        }
    }

    // MARK: Filters

    /// Toggles the value on picker row `index` (as shown: most articles first, or what a find left).
    mutating func pickerToggle(_ index: Int) {
        guard case .picker(var p) = overlay else { return }
        let values = catalog.values(of: p.facet)
        let rows = pickerRows
        guard rows.indices.contains(index), values.indices.contains(rows[index]) else { return }
        let code = values[rows[index]].code
        if filters[p.facet].contains(code) { filters[p.facet].remove(code) } else { filters[p.facet].insert(code) }
        step[p.facet] = nil
        p.cursor = index
        p.toggled = true
        overlay = .picker(p)
        refilter()
    }

    /// Enter in a picker. With nothing toggled since it opened, the value
    /// under the cursor is chosen (added to the facet's filter, kept when it
    /// is in it already) and the picker closes, as fzf and lazygit choose
    /// the highlighted row: moving to a row and pressing Enter used to close
    /// without choosing anything. With values toggled, Enter closes on them.
    mutating func pickerChoose() {
        guard case .picker(let p) = overlay else { return }
        let rows = pickerRows
        if !p.toggled, rows.indices.contains(p.cursor) {
            let value = rows[p.cursor], values = catalog.values(of: p.facet)
            if values.indices.contains(value) {
                let v = values[value]
                if !filters[p.facet].contains(v.code) {
                    filters[p.facet].insert(v.code)
                    step[p.facet] = nil
                    refilter()
                }
                let what = p.facet == .country ? "Country" : "Language"
                let chosen = filters[p.facet].count
                message = "\(what) \(PickerOverlay.label(p.facet, v.code)) (\(v.code)): \(Self.articles(visible.count))"
                    + (chosen > 1 ? " (\(chosen) \(p.facet == .country ? "countries" : "languages") chosen)" : "")
            }
        } else if p.toggled {
            announcePickerFilter(p.facet)
        }
        overlay = .none
        pickerData = nil
    }

    /// The status line after a picker closes on values toggled with their hotkeys or `Space`: it said nothing
    /// (the hints), where `Enter` on a row says `Country Belarus (BY): 7 articles`.
    mutating func announcePickerFilter(_ facet: Facet) {
        let codes = filters[facet].sorted()
        let count = Self.articles(visible.count)
        switch codes.count {
        case 0: message = (facet == .country ? "Any country: " : "Any language: ") + count
        case 1: message = "\(facet == .country ? "Country" : "Language") \(PickerOverlay.label(facet, codes[0])) (\(codes[0])): \(count)"
        default: message = "\(facet == .country ? "Countries" : "Languages") \(codes.joined(separator: " or ")): \(count)"
        }
    }

    mutating func stepFacet(_ facet: Facet, _ delta: Int) {
        let values = catalog.values(of: facet)
        guard !values.isEmpty else {
            message = facet == .country ? "No countries in this corpus" : "No languages in this corpus"
            return
        }
        let what = facet == .country ? "Country" : "Language"
        // Under other filters (the other facet, the entity, unread or flagged only) a value none of their articles
        // has would show an empty list: stepping skips it, as the picker lists it last. The counts are the picker's.
        var others = filters
        others[facet] = []
        let counts = others.isEmpty ? nil : makePickerData(facet, find: nil).counts
        if let counts, !counts.contains(where: { $0 > 0 }) {
            message = "No \(facet == .country ? "country" : "language") has articles within \(others.summary) (C clears)"
            return
        }
        // After the picker chose one value, `]` goes on from that value, not from the first.
        let chosen = filters[facet].count == 1 ? values.firstIndex { filters[facet].contains($0.code) } : nil
        var i: Int
        if let cur = step[facet] ?? chosen {
            i = ((cur + delta) % values.count + values.count) % values.count
        } else {
            i = delta > 0 ? 0 : values.count - 1
        }
        let way = delta < 0 ? -1 : 1
        if let counts { while counts[i] == 0 { i = (i + way + values.count) % values.count } }
        step[facet] = i
        filters[facet] = [values[i].code]
        refilter()
        let v = values[i]
        let name = "\(PickerOverlay.label(facet, v.code)) (\(v.code))"
        // What the list shows now: the value's articles within the other filters, not in the whole corpus
        // ("Vietnamese (vi), 37 articles" over a list of 4 under country RU).
        let articles = Self.articles(visible.count) + (others.isEmpty ? "" : " within \(others.summary)")
        // Counted among the values `[` `]` step through: under language en, "Country 1/80" counted the countries no
        // English article names, which the steps skip.
        let position = counts.map { c in c[...i].filter { $0 > 0 }.count } ?? i + 1
        let total = counts.map { c in c.filter { $0 > 0 }.count } ?? values.count
        message = "\(what) \(Count.grouped(position))/\(Count.grouped(total)): \(name), \(articles)"
    }

    // MARK: Read and flag

    /// The article the `u` and `*` keys act on.
    var currentArticleID: String? {
        if let slot = activeReader, slot != .single { return articleID(in: slot) }
        return selectedSummary?.id
    }

    mutating func toggleRead() -> [Effect] {
        guard let id = currentArticleID else { return [] }
        let read = !readIDs.contains(id)
        if read { readIDs.insert(id) } else { readIDs.remove(id) }
        message = read ? "Marked read" : "Marked unread"
        return [.setRead(id: id, read: read)]
    }

    /// `A`: marks every article the list shows (with its filters) read, as
    /// newsboat's `A` does; under a search confirmed in the list, only the
    /// articles it found (the rows marked `>`), as mutt's limit does. When all
    /// of them are read already, marks them unread. Pressed again on the same
    /// articles, with no read mark changed in between, `A` gives back exactly
    /// the marks the first one changed: an "undo" used to mark everything
    /// unread, wiping the day's earlier read marks. Articles listed stay
    /// listed, as after `u`: an unread-only list empties at its next change,
    /// not under the cursor.
    mutating func markListRead() -> [Effect] {
        let searched = search.isActive && !search.editing && search.confirmedInList
        if searched, !search.bodySearched {
            // Kept for the answer (`receiveBodyHits`): the message said "A marks the matches once they are
            // counted", then the count replaced it and nothing was marked.
            search.markAllPending = true
            message = "Still searching the texts for “\(search.query)”: its matches are marked read once found"
            return []
        }
        if searched, search.bodyMore {
            // The count stopped at `bodySearchLimit`: every match is asked for first (in the background).
            search.markAllPending = true
            message = "Finding every article that matches “\(search.query)” to mark it read…"
            return [.bodySearch(query: search.query, uncapped: true)]
        }
        let ids = searched ? visible.indices.filter { isListMatch($0) }.map { catalog.summaries[visible[$0]].id }
                           : visible.map { catalog.summaries[$0].id }
        guard !ids.isEmpty else {
            message = searched ? "No listed article matches “\(search.query)” (Esc ends the search)"
                               : "No article listed to mark read"
            return []
        }
        let targets = Set(ids)
        if let last = lastMarkAll, last.targets == targets, last.readAfter == readIDs {
            lastMarkAll = nil
            if last.read { readIDs.subtract(last.changed) } else { readIDs.formUnion(last.changed) }
            message = "Undone: \(Self.articles(last.changed.count)) \(last.read ? "unread" : "read") again"
            return [.setReadAll(ids: last.changed, read: !last.read)]
        }
        let unread = ids.filter { !readIDs.contains($0) }
        let read = !unread.isEmpty
        let changed = read ? unread : ids
        if read { readIDs.formUnion(changed) } else { readIDs.subtract(changed) }
        lastMarkAll = MarkAllUndo(targets: targets, changed: changed, read: read, readAfter: readIDs)
        let what = "\(Self.articles(changed.count)) \(read ? "read" : "unread")"
        if searched {
            let matching = ids.count == 1 ? "the 1 article" : "the \(Count.grouped(ids.count)) articles"
            message = "Marked \(what) (\(matching) matching “\(search.query)”; A again: undo)"
        } else {
            message = "Marked \(what) (A again: undo)"
        }
        return [.setReadAll(ids: changed, read: read)]
    }

    mutating func toggleFlag() -> [Effect] {
        guard let id = currentArticleID else { return [] }
        let flagged = !flaggedIDs.contains(id)
        if flagged { flaggedIDs.insert(id) } else { flaggedIDs.remove(id) }
        message = flagged ? "Flagged" : "Unflagged"
        return [.setFlagged(id: id, flagged: flagged)]
    }

    // MARK: Mouse

    mutating func click(x: Int, y: Int) {
        switch overlay {
        case .none: break
        case .picker(let p):
            // A row toggles its value, as its hotkey does; the box's border does nothing; outside closes.
            let box = PickerOverlay.box(size, count: catalog.values(of: p.facet).count)
            if let row = PickerOverlay.row(atX: x, y: y, in: box, cursor: p.cursor, count: pickerRows.count) {
                pickerToggle(row)
            } else if !box.frame.contains(x: x, y: y) {
                overlay = .none
            }
            return
        case .help, .problems:
            overlay = .none
            return
        }
        guard let pane = layout.pane(atX: x, y: y) else { return }
        let row = y - pane.content.y
        switch pane.kind {
        case .list:
            focus = .list
            // A click below the last article selects nothing (it used to select the last one).
            if row >= 0, listScroll + row < visible.count { select(listScroll + row) }
        case .reader(let slot):
            focus = .reader
            if slot != .single { sideBySide?.active = slot == .left ? .left : .right }
        case .sidebar:
            if focus != .sidebar { sidebarReturn = nil }
            focus = .sidebar
            // The sidebar scrolls with its cursor: the clicked row is counted from the first row on screen.
            let rows = SidebarRows.rows(for: sidebarEntries)
            let i = SidebarPane.topRow(rows: rows, cursor: sidebarCursor, page: pane.content.height) + row
            if row >= 0, i < rows.count, case .entity(let e) = rows[i] { sidebarCursor = e }
        }
    }

    mutating func wheel(x: Int, y: Int, lines: Int) {
        // Over the help or a picker (wherever the pointer is): scrolls it, as j/k do.
        if case .none = overlay {} else { move(by: lines); return }
        guard let pane = layout.pane(atX: x, y: y) else { return }
        switch pane.kind {
        case .list: select(selection + lines)
        case .reader(let slot): setScroll(slot, scroll(in: slot) + lines)
        case .sidebar: sidebarCursor = max(0, min(sidebarEntries.count - 1, sidebarCursor + lines))
        }
    }
}

/// Which list rows are on screen.
public enum ListWindow {
    /// The first row to show so that `selection` is visible, moving as little as possible.
    public static func scroll(current: Int, selection: Int, page: Int, count: Int) -> Int {
        var s = current
        if selection < s { s = selection }
        if selection >= s + page { s = selection - page + 1 }
        return max(0, min(s, max(0, count - page)))
    }
}
