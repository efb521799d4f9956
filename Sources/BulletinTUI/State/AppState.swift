import BulletinKit

/// The three panes that can have the focus.
public enum Focus: Sendable, Hashable { case list, reader, sidebar }

/// One side of side-by-side reading.
public enum Side: Sendable, Hashable { case left, right }

/// A reader's position in its article.
public struct ReaderPosition: Sendable, Hashable {
    public var articleID: String
    /// First document line shown.
    public var scroll: Int
    public init(articleID: String, scroll: Int = 0) {
        self.articleID = articleID
        self.scroll = scroll
    }
}

/// A reader's place in its text across resizes: where its top line stood
/// (`ReaderPlace`), in which article, and the scroll the last resize gave it
/// (a reader scrolled since stands somewhere new).
struct ReaderAnchor: Sendable, Hashable {
    var articleID: String
    var place: ReaderPlace
    var shown: Int
}

/// Two articles read side by side. While `right` is nil the user is choosing
/// the second article in the list.
public struct SideBySide: Sendable, Hashable {
    public var left: ReaderPosition
    public var right: ReaderPosition?
    public var active: Side = .right
    /// Scroll both sides together, by percentage of their length.
    public var locked = false
    /// While choosing: the other reports of the pinned article's story, best
    /// first (`OtherReports`), and the one `s` went to last.
    public var proposals: [OtherReport] = []
    public var proposal = 0
}

/// An open picker (countries or languages).
public struct PickerState: Sendable, Hashable {
    public var facet: Facet
    /// The row under the cursor (of `PickerData.rows`, as shown).
    public var cursor = 0
    /// While `/` finds a value: what was typed (the rows are those it names); nil otherwise.
    public var find: String?
    /// A value was toggled since the picker opened: Enter then closes it as
    /// it is; before that, Enter chooses the value under the cursor (as fzf's
    /// and lazygit's Enter does) and closes.
    public var toggled = false
    public init(facet: Facet) { self.facet = facet }
}

/// What covers the panes, if anything.
public enum Overlay: Sendable, Hashable {
    case none
    case help(scroll: Int)
    case picker(PickerState)
    /// `W`: the warnings from reading the corpus (`AppState.problems`), scrolled.
    case problems(scroll: Int)
}

/// The `/` search: the query, whether it is being typed, and where the user
/// was when they started (Esc goes back there).
public struct SearchState: Sendable, Hashable {
    public var query = ""
    public var editing = false
    var originSelection = 0
    var originScroll = 0
    /// Articles whose body matches (from the store), found when the query is confirmed.
    var bodyHits: Set<String> = []
    /// The query as typed so far matches nothing.
    public var failed = false
    /// Enter confirmed the query in the list: the rows it marks are what `A`
    /// marks read, as mutt's limit is (a search confirmed in a reader matches
    /// that article's lines, not articles).
    var confirmedInList = false
    /// The store's answer (`bodyHits`) has come: until then the rows marked
    /// are the title matches only, and `A` waits for the count.
    var bodySearched = false
    /// The store stopped at `AppState.bodySearchLimit`: more texts match than
    /// `bodyHits` holds (the count says "at least").
    var bodyMore = false
    /// `A` asked for every text match (`Effect.allSearchMatches`): it marks
    /// them when they come.
    var markAllPending = false
    public var isActive: Bool { !query.isEmpty }
}

/// The read marks one `A` changed (`markListRead`): the next `A` on the same
/// articles gives back exactly the marks they had, as long as no other read
/// mark changed in between (`u`, opening an article, another instance).
struct MarkAllUndo: Sendable {
    /// The articles `A` acted on: the list, or the search's matches in it.
    var targets: Set<String>
    /// The articles whose mark it changed, and the mark they got.
    var changed: [String]
    var read: Bool
    /// Every read mark right after: a difference means something else changed marks.
    var readAfter: Set<String>
}

/// How text is drawn: the user's `--bidi` and `--shaping` choices.
public struct DisplayOptions: Sendable, Hashable {
    public var bidi: Bool
    public var shaping: Bool
    public var theme: Theme
    /// Draw ambiguous-width glyphs (borders, "…", dashes, quotes) as ASCII, for
    /// terminals that draw them two columns wide (`AmbiguousGlyphs`).
    public var ascii: Bool
    public init(bidi: Bool = true, shaping: Bool = true, theme: Theme = .colour, ascii: Bool = false) {
        self.bidi = bidi
        self.shaping = shaping
        self.theme = theme
        self.ascii = ascii
    }
}

/// Everything the TUI shows, in one value. Changed only by `update`.
public struct AppState: Sendable {
    /// The articles. Replaced when the first indexing finishes, or when a warm
    /// start's rescan found changes (`.corpusLoaded`).
    public private(set) var store: any ArticleStore
    public private(set) var catalog: Catalog
    /// Shared memo of layouts and fetches; see `RenderCache`. New with each store.
    public private(set) var cache: RenderCache
    /// Non-nil while the corpus is still being read in the background: the
    /// screen shows a progress bar and keys that need articles wait.
    public internal(set) var loading: LoadingState?
    /// Non-nil on a warm start while the stored index is shown and the files
    /// are checked in the background: a note in the title bar, every key works.
    /// `.corpusLoaded` (something changed) or `.corpusUnchanged` ends it.
    public var rescan: RescanState?
    /// Shown in the title bar (the corpus folder or file names).
    public var corpusName: String
    public var size: Size
    public var display: DisplayOptions

    public var filters = Filters()
    /// The order of the list (`o` cycles it): corpus order, newest or oldest first.
    public private(set) var order: ListOrder = .corpus
    /// Indices into `catalog.summaries` of the articles the list shows, in `order`.
    public private(set) var visible: [Int]
    /// Index into `visible` of the selected row.
    public var selection = 0
    /// Where the list stood when the reader last quit on this corpus, waiting for
    /// the articles while they load (`resume(at:)`, taken up by `adopt`).
    var pendingPlace: ListPlace?
    /// The filters the last run left on this corpus, waiting for the articles
    /// while they load (`restore(filters:)`, taken up by `adopt`).
    var pendingFilters: SavedFilters?
    /// The order the last run left the list in, waiting for the articles
    /// while they load (`restore(order:)`, taken up by `adopt`).
    var pendingOrder: ListOrder?
    /// The filters `restore(filters:)` put back on a warm start's stored list,
    /// until the start's rescan is done: if the files no longer match them
    /// (the only French article was deleted while the reader was closed) and
    /// the user has not changed them meanwhile, the swap drops them too.
    var restoredFilters: Filters?
    /// The row `resume(at:)` selected is centred again at the next `.resize`: the
    /// reader resumes before it knows the terminal's size (the first frame is laid
    /// out for 80x24), and the row ended up on the last line of a smaller screen.
    var centerResumedRow = false
    /// The article that was selected when a filter emptied the list: undoing the
    /// filter (`F` again, `C`, …) selects it again instead of the first row.
    var selectionBeforeEmpty: String?
    /// First list row shown.
    public var listScroll = 0
    public var focus: Focus = .list
    /// The layout `v` chose (kept across runs); nil: `LayoutChoice.automatic` for the width.
    public var layoutChoice: LayoutChoice?
    /// The layout on screen: the one `v` chose, else the width's.
    public var shownLayout: LayoutChoice { layoutChoice ?? LayoutChoice.automatic(width: size.width) }
    /// The pane `e` opened the sidebar from: `q`, Esc and `e` go back there.
    var sidebarReturn: Focus?
    /// The single reader's first document line shown.
    public var readerScroll = 0
    /// Where each reader's top line stood in its text before a resize moved
    /// it (`ReaderAnchor`): kept while the reader is not scrolled, so that a
    /// taller window, which clamps the scroll, or a narrower one, which
    /// re-wraps the text, gives the same place back when the size returns.
    var readerAnchors: [ReaderSlot: ReaderAnchor] = [:]
    /// The single reader's scroll is a kept position (`resume(at:)`), not yet
    /// laid out on the real screen: the first `.resize` only clamps it.
    var readerScrollUnplaced = false
    public var sidebarCursor = 0
    public var sideBySide: SideBySide?
    public var overlay: Overlay = .none
    /// What the open picker lists (counts within the other filters, order,
    /// the rows a find leaves): worked out when it opens, not per frame.
    public internal(set) var pickerData: PickerData?
    public var search = SearchState()
    /// The `|` prompt, while a command is typed.
    public var prompt: CommandPrompt?
    /// The last command `|` ran this session: the prompt offers it again.
    public var lastPipeCommand: String?
    /// The position `[`/`]` (countries) and `{`/`}` (languages) stepped to.
    public var step: [Facet: Int] = [:]
    public var readIDs: Set<String>
    public var flaggedIDs: Set<String>
    /// Where `U` (unread only) moved the list's cursor from, and to: `U` again
    /// with the cursor still there moves it back.
    var unreadReturn: (from: String, to: String?)?
    /// The last entity mention `n`/`N` went to (`nextMention`).
    var mentionCursor: MentionCursor?
    /// The running `R` re-reads every article's entities: it found the
    /// entities file changed since the articles shown were extracted
    /// (`.entitiesFileChanged`); its end says so instead of "N new articles".
    var entitiesReread = false
    /// What the last `A` changed, so that `A` pressed again restores it.
    var lastMarkAll: MarkAllUndo?
    /// Where reading stopped, by article: opening the article again resumes there.
    public var positions: [String: Int]
    /// A one-line message for the status bar, cleared by the next key.
    public var message: String?
    /// The start's notes (filters and order restored, earlier warnings), while they are the message:
    /// what a narrow bar cannot show of them (whole clauses after "; ") comes after the next key,
    /// unless that key says something of its own. At 80 columns "Filters restored: … — C clears" hid
    /// the warnings and the order for good.
    var continuingMessage: String?
    /// The marks other instances changed that the status line counts, and the
    /// message it shows for them: a later change adds to it while it is shown.
    var remoteMarks: (tally: MarkTally, message: String)?
    /// Warnings and notices from reading the corpus (files skipped and why),
    /// one line each: counted in the status bar, listed by `W`, printed on exit.
    public var problems: [String] = []

    public init(store: any ArticleStore, corpusName: String, size: Size, display: DisplayOptions = DisplayOptions(),
                readIDs: Set<String> = [], flaggedIDs: Set<String> = [], positions: [String: Int] = [:],
                catalog: Catalog? = nil) {
        self.store = store
        // `catalog`: one built already from this store's summaries (off the key loop).
        self.catalog = catalog ?? Catalog(summaries: store.summaries, entityArticleCounts: store.entityArticleCounts)
        self.cache = RenderCache()
        self.corpusName = corpusName
        self.size = size
        self.display = display
        self.visible = Array(self.catalog.summaries.indices)
        self.readIDs = readIDs
        self.flaggedIDs = flaggedIDs
        self.positions = positions
    }

    /// The state to show while the corpus is read in the background: no
    /// articles yet, a progress bar instead of the list. `.corpusLoaded` swaps
    /// the articles in.
    public static func whileLoading(corpusName: String, size: Size, display: DisplayOptions = DisplayOptions(),
                               readIDs: Set<String> = [], flaggedIDs: Set<String> = [],
                               positions: [String: Int] = [:]) -> AppState {
        var s = AppState(store: MemoryStore(articles: []), corpusName: corpusName, size: size, display: display,
                         readIDs: readIDs, flaggedIDs: flaggedIDs, positions: positions)
        s.loading = LoadingState()
        return s
    }

    /// Takes in the articles read in the background. What the user did while
    /// waiting stays: the screen size, an open help screen, the message (but for
    /// "Still reading the corpus", which the list's arrival answers).
    mutating func adopt(_ loaded: LoadedCorpus) {
        if message == Self.stillReadingMessage { message = nil }
        store = loaded.store
        catalog = loaded.catalog
        cache = RenderCache()
        loading = nil
        filters = Filters()
        step = [:]
        search = SearchState()
        sideBySide = nil
        focus = .list
        sidebarReturn = nil
        selection = 0
        listScroll = 0
        readerScroll = 0
        readerAnchors = [:]
        readerScrollUnplaced = false
        sidebarCursor = 0
        visible = Array(catalog.summaries.indices)
        if let marks = loaded.marks {
            readIDs.formUnion(marks.readIDs)
            flaggedIDs.formUnion(marks.flaggedIDs)
            positions.merge(marks.positions) { _, new in new }
        }
        refilter()
        if case .picker = overlay { overlay = .none }
        pickerData = nil
        if let place = pendingPlace {
            pendingPlace = nil
            resume(at: place)
        }
        problems = loaded.problems
        if !loaded.problems.isEmpty {
            message = LoadedCorpus.problemMessage(loaded.problems.count)
            continuingMessage = message
        }
        if let saved = pendingFilters {
            pendingFilters = nil
            restore(filters: saved)
        }
        if let saved = pendingOrder {
            pendingOrder = nil
            restore(order: saved)
        }
    }

    /// Where the list stands, to be kept for the next start (`ListPlace`); nil
    /// while there is no article to stand on (loading, an empty list).
    public var listPlace: ListPlace? {
        guard loading == nil, let s = selectedSummary else { return nil }
        return ListPlace(article: ArticleKey(s), row: selection, reading: sideBySide == nil && focus != .list, story: ArticleStory.of(s))
    }

    /// The filters to keep for the next start on this corpus (`SavedFilters`);
    /// nil while loading, when the filters shown are not the user's yet (the
    /// kept ones wait in `pendingFilters`): saving then would lose them.
    public var keptFilters: SavedFilters? {
        loading == nil ? filters.saved : nil
    }

    /// The list order to keep for the next start on this corpus; nil while
    /// loading, when a kept order may still be waiting in `pendingOrder`.
    public var keptOrder: ListOrder? {
        loading == nil ? order : nil
    }

    /// Puts back the order the last run left the list in, and says so once in
    /// the status bar (after what the start said already: the filters restored
    /// come first). The selected article stays selected. Call it after
    /// `resume(at:)` and `restore(filters:)`. While loading, the order waits
    /// for the articles.
    public mutating func restore(order saved: ListOrder) {
        guard saved != .corpus else { return }
        guard loading == nil else {
            pendingOrder = saved
            return
        }
        arrange(saved)
        let note = Self.orderName(saved) + ", as last time (o changes the order)"
        message = message.map { $0 + "; " + note } ?? note
        continuingMessage = message
    }

    /// Sorts the list in `new` order, keeping the selected article selected
    /// on the same line of the screen (a row `resume(at:)` centred stays
    /// centred). The rows listed stay the same: an article read since an
    /// unread-only filter was set is not pulled from under the cursor.
    mutating func arrange(_ new: ListOrder) {
        let keptIndex = visible.indices.contains(selection) ? visible[selection] : nil
        let rowOnScreen = selection - listScroll
        order = new
        visible = catalog.arrange(visible, in: order)
        if let keptIndex { selection = firstRow(atOrAfter: keptIndex) }
        if centerResumedRow {
            centerSelectedRow()
            centerResumedRow = true
        } else {
            listScroll = max(0, selection - rowOnScreen)
            fixListScroll()
        }
    }

    /// "Newest first", "Oldest first", "Corpus order": `order`'s name, capitalized.
    static func orderName(_ order: ListOrder) -> String {
        let name = order.name
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// Puts back the filters the last run left on this corpus, and says so
    /// once in the status bar, with the key that undoes them. A kept value the
    /// corpus no longer has (a country no article names now, an entity no
    /// article mentions, flagged-only with no flag left) is dropped with a word
    /// instead of showing an empty list; so are all of them when together they
    /// match no article. Call it after `resume(at:)`: the selected article
    /// stays selected when the filters keep it, else the next one listed does.
    /// While loading, the filters wait for the articles.
    public mutating func restore(filters saved: SavedFilters) {
        guard !saved.isEmpty else { return }
        guard loading == nil else {
            pendingFilters = saved
            return
        }
        let (kept, dropped) = Self.liveFilters(Filters(saved), in: catalog, readIDs: readIDs, flaggedIDs: flaggedIDs)
        let gone = dropped.map { "\($0.what) (\($0.why))" }.joined(separator: ", ")
        var note: String
        if kept.isEmpty {
            note = "Filters not restored: " + gone
        } else if catalog.apply(kept, readIDs: readIDs, flaggedIDs: flaggedIDs).isEmpty {
            note = "Filters not restored: \(kept.summary) match no article together"
        } else {
            filters = kept
            refilter()
            if rescan != nil { restoredFilters = kept }
            note = "Filters restored: \(kept.summary) — C clears"
            if !dropped.isEmpty { note += "; dropped " + gone }
        }
        // What the start said already (warnings, an article gone) comes after: clauses after "; " go first on a narrow bar,
        // and come after the next key (`continuingMessage`).
        message = message.map { note + "; " + $0 } ?? note
        continuingMessage = message
    }

    /// Drops the filters, or those of their values, that match no article
    /// any more (as `restore(filters:)` does), and says what went; nil when
    /// they all still match.
    mutating func dropDeadFilters() -> String? {
        let (kept, dropped) = Self.liveFilters(filters, in: catalog, readIDs: readIDs, flaggedIDs: flaggedIDs)
        let gone = dropped.map { "\($0.what) (\($0.why))" }.joined(separator: ", ")
        if !kept.isEmpty, catalog.apply(kept, readIDs: readIDs, flaggedIDs: flaggedIDs).isEmpty {
            let all = filters.summary
            filters = Filters()
            refilter()
            return "Restored filters dropped: \(all) match no article now"
        }
        guard !dropped.isEmpty else { return nil }
        filters = kept
        refilter()
        return "Restored filters dropped: " + gone
    }

    /// `filters` without the values that match no article of `catalog`, and
    /// each of those in words: what it was ("country XK") and why it goes.
    static func liveFilters(_ filters: Filters, in catalog: Catalog, readIDs: Set<String>,
                            flaggedIDs: Set<String>) -> (kept: Filters, dropped: [(what: String, why: String)]) {
        var kept = filters, dropped: [(what: String, why: String)] = []
        for facet in [Facet.country, .language] {
            let present = Set(catalog.values(of: facet).map(\.code))
            for code in filters[facet].sorted() where !present.contains(code) {
                kept[facet].remove(code)
                dropped.append(((facet == .country ? "country " : "language ") + code, "no longer in the corpus"))
            }
        }
        if let e = filters.entity, (catalog.entityArticleCounts[e] ?? 0) == 0 {
            kept.entity = nil
            dropped.append(("entity " + TerminalSafe.sanitize(e), "no article mentions it now"))
        }
        if filters.flaggedOnly, !catalog.summaries.contains(where: { flaggedIDs.contains($0.id) }) {
            kept.flaggedOnly = false
            dropped.append(("flagged only", "no article is flagged"))
        }
        if filters.unreadOnly, catalog.summaries.allSatisfy({ readIDs.contains($0.id) }) {
            kept.unreadOnly = false
            dropped.append(("unread only", "every article is read"))
        }
        return (kept, dropped)
    }

    /// Stands the list where `place` says, as the last run left it: its article
    /// selected (on the middle row of the screen) and, when it was being read,
    /// the reader at its kept position (Enter goes on from there). The focus
    /// stays on the list, as at every start: the first keys act where they
    /// always do. An article that is gone leaves the cursor on the nearest
    /// article of its file, else on its old row, and the status bar says so.
    /// While loading, the place waits for the articles.
    public mutating func resume(at place: ListPlace) {
        guard loading == nil else {
            pendingPlace = place
            return
        }
        guard let index = place.index(in: catalog.summaries) else { return }
        select(firstRow(atOrAfter: index))
        centerSelectedRow()
        centerResumedRow = true
        guard let s = selectedSummary, ArticleKey(s) == place.article else {
            message = "The article you were on last time is gone"
            return
        }
        if place.reading {
            // Not clamped here: the first `.resize` clamps it to the real screen's layout.
            readerScroll = positions[s.id] ?? 0
            readerScrollUnplaced = true
        }
    }

    /// Scrolls the list so that the selected row is on its middle line (or as near as the ends allow).
    mutating func centerSelectedRow() {
        centerResumedRow = false
        listScroll = max(0, selection - listPage / 2)
        fixListScroll()
    }

    /// Swaps in the articles a warm start's rescan found, under the user:
    /// the selected article (by ID), its row on screen, the filters, the search,
    /// the open reader or side-by-side pair and their scrolls stay wherever their
    /// articles still exist; read and flag marks and positions follow their
    /// articles (by file and segment) when the rescan renamed IDs.
    /// What changed is said in the status bar.
    mutating func refresh(_ loaded: LoadedCorpus) {
        let oldCatalog = catalog
        let selectedID = selectedSummary?.id, rowOnScreen = selection - listScroll
        let selectedFile = selectedSummary.map(FileSegment.init)
        let originID = visible.indices.contains(search.originSelection) ? catalog.summaries[visible[search.originSelection]].id : nil
        var stepCodes: [Facet: String] = [:]
        for (facet, i) in step {
            let values = oldCatalog.values(of: facet)
            if values.indices.contains(i) { stepCodes[facet] = values[i].code }
        }
        var pickerCode: String?
        if case .picker(let p) = overlay {
            let values = oldCatalog.values(of: p.facet)
            if let v = pickerData?.value(atRow: p.cursor), values.indices.contains(v) { pickerCode = values[v].code }
        }

        store = loaded.store
        catalog = loaded.catalog
        cache = RenderCache()
        let requested = rescan?.requested == true, oldProblems = problems
        rescan = nil
        problems = loaded.problems  // the rescan read every file: its warnings are the whole list
        if case .problems = overlay { overlay = .problems(scroll: 0) }
        followMarks(from: oldCatalog)
        if let found = loaded.marks {  // marks of files moved inside the corpus, found again
            readIDs.formUnion(found.readIDs)
            flaggedIDs.formUnion(found.flaggedIDs)
            positions.merge(found.positions) { mine, _ in mine }
        }
        visible = listed()

        // Facet positions index the values, which may have moved: find the same code again.
        step = [:]
        for (facet, code) in stepCodes {
            if let i = catalog.values(of: facet).firstIndex(where: { $0.code == code }) { step[facet] = i }
        }
        if case .picker(var p) = overlay {
            // Counted again over the new articles; the cursor stays on its value.
            let d = makePickerData(p.facet, find: p.find)
            let values = catalog.values(of: p.facet)
            let value = pickerCode.flatMap { c in values.firstIndex { $0.code == c } }
            p.cursor = value.flatMap { d.rows.firstIndex(of: $0) } ?? max(0, min(d.rows.count - 1, p.cursor))
            pickerData = d
            overlay = .picker(p)
        }
        search.originSelection = listRow(of: originID) ?? min(search.originSelection, max(0, visible.count - 1))

        var note = loaded.changes?.note ?? "Articles updated"
        // Filters restored on the stored list, untouched since, that the files no longer match: dropped, and said first.
        if let restored = restoredFilters, restored == filters, let dropped = dropDeadFilters() { note = dropped + "; " + note }
        restoredFilters = nil
        // After R, "Reloaded: …" and the new warnings; first is what changed, the rest are asides.
        if requested {
            // After a changed entities file every article came back as new: what changed is their entities.
            let changes = entitiesReread ? Self.entitiesRereadNote
                : loaded.changes.map { Self.lowercasedFirst($0.note) } ?? "articles updated"
            note = Self.reloadNote(changes, old: oldProblems, new: loaded.problems, filteredEmpty: filteredEmpty)
            entitiesReread = false
        }
        // By ID; else by file (a new file with the same name renames both IDs).
        if let i = listRow(of: selectedID) ?? selectedFile.flatMap({ f in visible.firstIndex { FileSegment(catalog.summaries[$0]) == f } }) {
            selection = i
        } else {
            // The selected article is gone (or filtered out): stay on the same row.
            selection = max(0, min(selection, visible.count - 1))
            readerScroll = 0
            sidebarCursor = 0
            if selectedID != nil, focus != .list, sideBySide == nil {
                focus = .list
                note += "; the article you were reading is gone: back to the list"
            }
        }
        listScroll = max(0, selection - rowOnScreen)
        fixListScroll()

        if let s = sideBySide {
            let ids = Set(catalog.summaries.map(\.id))
            let left = ids.contains(s.left.articleID) ? s.left : nil
            let right = s.right.flatMap { ids.contains($0.articleID) ? $0 : nil }
            if s.right == nil, left == nil {
                // The pinned article is gone while the user chose the right one.
                sideBySide = nil
                note += "; the pinned article is gone"
            } else if s.right != nil, left == nil || right == nil {
                // One side's article is gone: back to one reader on the other.
                if let keep = left ?? right {
                    sideBySide = SideBySide(left: keep, right: keep, active: .left)
                    leaveSideBySide()
                } else {
                    sideBySide = nil
                    focus = .list
                }
                note += "; an article read side by side is gone"
            }
        }
        // Clamp the scrolls to the articles as they are now (an edit may have shortened one).
        if sideBySide != nil {
            setScroll(.left, scroll(in: .left))
            if sideBySide?.right != nil { setScroll(.right, scroll(in: .right)) }
        } else if focus != .list {
            setScroll(.single, readerScroll)
        }
        sidebarCursor = max(0, min(sidebarEntries.count - 1, sidebarCursor))
        message = note
    }

    /// "1 new article, 2 changed" as the second half of a sentence: the first letter lowercased.
    static func lowercasedFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.lowercased() + s.dropFirst()
    }

    /// Moves the read and flag marks and the positions, kept by article ID,
    /// to the IDs `catalog` gives the same articles (same file, and the same
    /// story, else segment): a new file with the name of another renames both
    /// IDs (`ArticleIDs`), and an ID may then name another article than before;
    /// a digest that gains a story above renumbers the segments below it. The marks of an
    /// article that is gone are dropped here (the state database keeps them
    /// by file); an ID the old catalog did not list keeps its marks.
    mutating func followMarks(from old: Catalog) {
        guard !(readIDs.isEmpty && flaggedIDs.isEmpty && positions.isEmpty) else { return }
        // The marked articles of the old catalog, by file: their segments and stories.
        var marked: [String: [(id: String, segment: Int, story: String)]] = [:]
        var oldIDs = Set<String>()
        for s in old.summaries where readIDs.contains(s.id) || flaggedIDs.contains(s.id) || positions[s.id] != nil {
            marked[s.file, default: []].append((s.id, s.segment, ArticleStory.of(s)))
            oldIDs.insert(s.id)
        }
        guard !marked.isEmpty else { return }
        var now: [String: [ArticleSummary]] = [:]
        for s in catalog.summaries where marked[s.file] != nil { now[s.file, default: []].append(s) }
        // A file that gained or lost stories renumbered its segments: each mark follows its story
        // (`ArticleStory.place`, as the reading state does at the next start), else its segment.
        var idOf: [String: String] = [:]
        for (file, marks) in marked {
            let articles = now[file] ?? []
            let placed = ArticleStory.place(marks: marks.map { ($0.segment, $0.story) },
                                            in: articles.map { ($0.segment, ArticleStory.of($0)) })
            for (m, a) in placed { idOf[marks[m].id] = articles[a].id }
        }
        /// The ID the article marked as `id` has now; nil when it is gone.
        func follow(_ id: String) -> String? {
            guard oldIDs.contains(id) else { return id }
            return idOf[id]
        }
        readIDs = Set(readIDs.compactMap(follow))
        flaggedIDs = Set(flaggedIDs.compactMap(follow))
        var moved: [String: Int] = [:]
        for (id, line) in positions { if let n = follow(id) { moved[n] = line } }
        positions = moved
    }

    /// The key the reading state keeps article `id` under (its file and segment).
    public func articleKey(of id: String) -> ArticleKey? {
        if let s = selectedSummary, s.id == id { return ArticleKey(s) }
        return catalog.summaries.first { $0.id == id }.map(ArticleKey.init)
    }

    /// The list row showing article `id`, if it is listed.
    func listRow(of id: String?) -> Int? {
        guard let id else { return nil }
        return visible.firstIndex { catalog.summaries[$0].id == id }
    }

    /// The summary of the selected row, if the list is not empty.
    public var selectedSummary: ArticleSummary? {
        visible.indices.contains(selection) ? catalog.summaries[visible[selection]] : nil
    }

    /// The article a reader slot shows.
    public func articleID(in slot: ReaderSlot) -> String? {
        switch slot {
        case .single: return selectedSummary?.id
        case .left: return sideBySide?.left.articleID
        case .right: return sideBySide?.right?.articleID
        }
    }

    /// The first line a reader slot shows.
    public func scroll(in slot: ReaderSlot) -> Int {
        switch slot {
        case .single: return readerScroll
        case .left: return sideBySide?.left.scroll ?? 0
        case .right: return sideBySide?.right?.scroll ?? 0
        }
    }

    /// The full article a reader slot shows (fetched through the cache).
    public func article(in slot: ReaderSlot) -> Article? {
        articleID(in: slot).flatMap { cache.article($0, store: store) }
    }

    /// The laid-out article of a reader slot, for a pane `width` cells wide.
    public func document(in slot: ReaderSlot, width: Int) -> ReaderDocument? {
        guard let a = article(in: slot) else { return nil }
        // Every layout gives a reader the screen's height less the title bar, its header and the status line.
        return cache.document(for: a, width: ReaderLayout.textWidth(paneWidth: width),
                              bidi: display.bidi, shaping: display.shaping, rows: max(1, size.height - 3))
    }

    /// Whether `document(in:width:)` would give a layout made already.
    func hasDocument(in slot: ReaderSlot, width: Int) -> Bool {
        guard let a = article(in: slot) else { return true }
        return cache.hasDocument(for: a, width: ReaderLayout.textWidth(paneWidth: width),
                                 bidi: display.bidi, shaping: display.shaping, rows: max(1, size.height - 3))
    }

    /// The entities of the single reader's article, in sidebar order.
    public var sidebarEntries: [ArticleEntity] {
        guard let a = article(in: .single) else { return [] }
        return SidebarOrder.sorted(a.entities)
    }

    /// The entity under the sidebar cursor.
    public var focusedEntity: ArticleEntity? {
        let e = sidebarEntries
        return e.indices.contains(sidebarCursor) ? e[sidebarCursor] : nil
    }

    /// Recomputes the list after a filter change, keeping the selected article when it is still listed.
    /// `keeping`: an article listed even if read (the one open in the reader when `U` is pressed).
    mutating func refilter(keeping kept: String? = nil) {
        let keep = selectedSummary?.id ?? selectionBeforeEmpty
        let keptIndex = visible.indices.contains(selection) ? visible[selection] : nil
        visible = listed(keeping: kept)
        selectionBeforeEmpty = visible.isEmpty ? keep : nil
        if let keep, let i = visible.firstIndex(where: { catalog.summaries[$0].id == keep }) {
            selection = i
        } else {
            // The article left the list (read, in an unread-only list): the cursor goes to
            // the next article still listed, as in mutt, not back to the top of a long list.
            selection = keptIndex.map { firstRow(atOrAfter: $0) } ?? 0
            readerScroll = 0
            sidebarCursor = 0
        }
        listScroll = min(listScroll, max(0, visible.count - 1))
    }
}

extension AppState {
    /// The summaries the filters keep, in the list's order.
    func listed(keeping kept: String? = nil) -> [Int] {
        var read = readIDs
        if let kept { read.remove(kept) }
        let rows = catalog.apply(filters, readIDs: read, flaggedIDs: flaggedIDs)  // in corpus order
        return order == .corpus ? rows : catalog.arrange(rows, in: order)
    }

    /// The first list row showing catalog index `index` or one after it in
    /// the list's order; the last row when none is later, 0 for an empty list.
    func firstRow(atOrAfter index: Int) -> Int {
        guard let o = catalog.ordering(order) else { return Self.firstRow(atOrAfter: index, in: visible) }
        return o.rank.withUnsafeBufferPointer { rank in
            Self.firstRow(atOrAfter: Int(rank[index]), in: visible) { Int(rank[$0]) }
        }
    }

    /// The first row of `visible` (catalog indices, ascending by `rank`) whose
    /// rank is `target` or more; the last row when none is, 0 when `visible` is empty.
    static func firstRow(atOrAfter target: Int, in visible: [Int], rank: (Int) -> Int = { $0 }) -> Int {
        var lo = 0, hi = visible.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if rank(visible[mid]) < target { lo = mid + 1 } else { hi = mid }
        }
        return max(0, min(lo, visible.count - 1))
    }
}

/// Reader pane geometry shared by update and render.
public enum ReaderLayout {
    /// The widest a line of text gets. On a wide terminal the reader pane is 150
    /// columns and more; lines that long are hard to follow back to their start
    /// (print and most readers keep to 60–100 characters), so the text keeps
    /// this width and the rest of the pane stays blank.
    public static let maxTextWidth = 100

    /// One blank column on each side of the text, and no wider than `maxTextWidth`.
    public static func textWidth(paneWidth: Int) -> Int { max(1, min(maxTextWidth, paneWidth - 2)) }
}

/// Where `n`/`N` stood in an entity's mentions (`nextMention`): the next
/// press goes on from it while the reader has not been scrolled since.
struct MentionCursor: Sendable, Hashable {
    var articleID: String
    var entity: String
    var index: Int
    var scroll: Int
}

/// The order of the sidebar: People, Organizations, Places, Countries; most mentioned first.
public enum SidebarOrder {
    public static let groups: [(EntityType, String)] = [
        (.person, "People"), (.organization, "Organizations"), (.place, "Places"), (.country, "Countries"),
    ]
    public static func sorted(_ entities: [ArticleEntity]) -> [ArticleEntity] {
        let rank: [EntityType: Int] = [.person: 0, .organization: 1, .place: 2, .country: 3]
        return entities.sorted {
            (rank[$0.type]!, -$0.mentions, $0.name) < (rank[$1.type]!, -$1.mentions, $1.name)
        }
    }
}
