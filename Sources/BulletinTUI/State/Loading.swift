import BulletinKit
import Foundation

/// How far the background reading of the corpus has come. Times are seconds
/// since loading started, measured by the loop (the update stays pure).
public struct LoadingState: Sendable, Hashable {
    /// The indexer's last report; nil until it has found what to read.
    public var progress: IndexProgress?
    /// When the indexer's first report (0 files done) came.
    public var startedAt: Double?
    /// When `progress` came.
    public var updatedAt: Double = 0
    /// Set when no article could be read: the screen says why; q quits (exit 1).
    public var failure: String?
    /// With `failure`: the problems met (files skipped and why), one line each.
    public var failureDetails: [String] = []

    public init(progress: IndexProgress? = nil, startedAt: Double? = nil, updatedAt: Double = 0, failure: String? = nil) {
        self.progress = progress
        self.startedAt = startedAt
        self.updatedAt = updatedAt
        self.failure = failure
    }

    /// The fraction done: by bytes (files differ in size), else by files.
    public var fraction: Double {
        guard let p = progress else { return 0 }
        if p.bytesTotal > 0 { return min(1, Double(p.bytesDone) / Double(p.bytesTotal)) }
        return p.fraction
    }

    /// Seconds left, once the estimate means something: at least 2 s of
    /// indexing and 3% done, so the first batches do not promise nonsense.
    public var secondsLeft: Double? {
        guard let start = startedAt, progress != nil else { return nil }
        let spent = updatedAt - start, f = fraction
        guard spent >= 2, f >= 0.03, f < 1 else { return nil }
        return spent * (1 - f) / f
    }

    /// "about 40 s left", "about 3 min left".
    static func etaText(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.up))
        if s < 60 { return "about \(max(1, s)) s left" }
        return "about \((s + 30) / 60) min left"
    }
}

/// The corpus read in the background, handed to the state by `.corpusLoaded`.
/// Equal by identity: the store is not comparable, and one load gives one value.
public struct LoadedCorpus: Sendable, Hashable {
    public let store: any ArticleStore
    /// Warnings and notices from reading (bad files, a rebuilt index), one line
    /// each. The TUI only counts them in the status bar: the lines go to stderr
    /// after the terminal is restored, where they cannot garble the screen.
    public let problems: [String]
    /// Built here, on the loading thread, so the swap on the key loop does not
    /// walk every summary (a 100,000-article catalog takes a while).
    public let catalog: Catalog
    /// What a warm start's background rescan changed against the list shown
    /// (nil for a first load): said in the status bar after the swap.
    public let changes: CorpusChanges?
    /// The reading state placed on these articles (`ReadingMarks.resolve`,
    /// on the loading thread too), for a first load that started without
    /// articles to place it on. For a rescan, the marks of files that moved
    /// inside the corpus, added to the reader's. Nil: keep the marks the reader has.
    public let marks: ResolvedMarks?
    private let identity = UUID()

    public init(store: any ArticleStore, problems: [String] = [], changes: CorpusChanges? = nil,
                marks: ResolvedMarks? = nil) {
        self.store = store
        self.problems = problems
        self.marks = marks
        self.catalog = Catalog(summaries: store.summaries, entityArticleCounts: store.entityArticleCounts)
        // On the loading thread: the sidebar's counts are ready at the swap (the
        // entity postings come after it, with the title search: `TerminalApp`).
        _ = catalog.entityArticleCounts
        self.changes = changes
    }

    public static func == (a: LoadedCorpus, b: LoadedCorpus) -> Bool { a.identity == b.identity }
    public func hash(into h: inout Hasher) { h.combine(identity) }

    /// The status-bar message for `count` problems.
    public static func problemMessage(_ count: Int) -> String {
        count == 1 ? "1 warning while reading the corpus (W lists them; printed on exit)"
            : "\(Count.grouped(count)) warnings while reading the corpus (W lists them; printed on exit)"
    }

    /// The status line of a warm start whose stored index holds `count` warnings, printed by the run that read
    /// their files (the exit counts them in one line).
    public static func earlierProblemMessage(_ count: Int) -> String {
        (count == 1 ? "1 warning" : "\(Count.grouped(count)) warnings") + " from reading the corpus earlier (W lists them)"
    }

    /// Most warnings printed when the reader ends.
    public static let printedOnExit = 10

    /// The lines to print on the shell when the reader ends: every line when
    /// there are few, else the first `printedOnExit` warnings and a count of the
    /// rest. An archive with a few hundred broken files printed them all after
    /// every session, burying the shell's history; `W` and `bulletin list`
    /// still give all of them. Notices (not warnings) are always printed.
    ///
    /// Lines in `earlier` (warnings about files an earlier run read and reported, unchanged since) are
    /// not printed again: one line counts them (`earlierWarningsLine`).
    public static func exitLines(_ all: [String], earlier: Set<String> = [], limit: Int = printedOnExit) -> [String] {
        var lines = all
        var repeated = 0
        if !earlier.isEmpty {
            lines = all.filter { line in
                guard earlier.contains(line) else { return true }
                repeated += 1
                return false
            }
        }
        let summary = repeated > 0 ? [earlierWarningsLine(repeated)] : []
        let warnings = lines.count { $0.hasPrefix("warning: ") }
        guard warnings > limit else { return lines + summary }
        var seen = 0
        let kept = lines.filter { line in
            guard line.hasPrefix("warning: ") else { return true }
            seen += 1
            return seen <= limit
        }
        return kept + ["… and \(Count.grouped(warnings - limit)) more warnings (W in the reader lists them, as does bulletin list --warnings)"] + summary
    }

    /// One line for `count` warnings about files that an earlier run read and reported, and that have not
    /// changed since: the CLI and the reader's exit print it instead of the warnings themselves.
    public static func earlierWarningsLine(_ count: Int) -> String {
        (count == 1 ? "1 warning" : "\(Count.grouped(count)) warnings")
            + " about files unchanged since an earlier run reported them (bulletin list --warnings lists them)"
    }
}

/// A warm start's rescan in progress: the stored index is shown while every
/// file's fingerprint is checked (and new or changed files indexed) in the
/// background. The title bar says so instead of a loading screen.
public struct RescanState: Sendable, Hashable {
    /// How many articles the stored index holds (the files being checked).
    public var files: Int
    /// The indexer's last report, once it has found new or changed files to read.
    public var progress: IndexProgress?
    /// The user asked for it (`R`), rather than the start: its end is said
    /// in the status bar even when nothing changed ("Reloaded: no changes").
    public var requested: Bool

    public init(files: Int, progress: IndexProgress? = nil, requested: Bool = false) {
        self.files = files
        self.progress = progress
        self.requested = requested
    }

    /// The title-bar note: "checking 100,000 files…", then "indexing 12/300 new files…".
    public var note: String {
        if let p = progress, p.filesTotal > 0 {
            return "indexing \(Count.grouped(p.filesDone))/\(Count.grouped(p.filesTotal)) new files…"
        }
        return "checking \(Count.grouped(files)) files…"
    }
}

/// What a background rescan changed in the list, by article ID.
public struct CorpusChanges: Sendable, Hashable {
    public var added = 0
    public var changed = 0
    public var removed = 0

    public init(added: Int = 0, changed: Int = 0, removed: Int = 0) {
        self.added = added
        self.changed = changed
        self.removed = removed
    }

    /// Compares the summaries shown with the rescanned ones: new and gone
    /// articles, and kept ones whose summary differs. Articles are matched by
    /// file and segment, not ID: a new file whose name another file already
    /// has renames both IDs (`ArticleIDs`), which is a change, not one article
    /// gone and another come. `changedFiles` (the index's count of re-read
    /// files) covers edits that leave the summary alone (a body edit).
    /// `removedFiles` (the index's count of files gone from the disk) tells
    /// the files that lost every article while still there (made binary,
    /// emptied): the index counts them as re-read, but their articles are
    /// removed, not changed (one edited file and one made binary were "2 changed").
    ///
    /// An article whose entities' canonical names alone differ is not changed: the names are linked across
    /// the corpus, and articles indexed for the first time relink them (resuming an interrupted first index
    /// said "6,795 new articles, 1,389 changed" with no file changed: the new ones renamed entities of the old).
    public init(before: [ArticleSummary], after: [ArticleSummary], changedFiles: Int = 0, removedFiles: Int = 0) {
        var old: [FileSegment: ArticleSummary] = [:]
        old.reserveCapacity(before.count)
        for s in before { old[FileSegment(s)] = s }
        var seen = 0, differing = 0, added = 0
        for s in after {
            if let o = old[FileSegment(s)] {
                seen += 1
                if Self.differs(o, s) { differing += 1 }
            } else {
                added += 1
            }
        }
        var emptied = 0
        if changedFiles > 0 {
            let afterFiles = Set(after.map(\.file))
            let goneFiles = Set(before.lazy.map(\.file).filter { !afterFiles.contains($0) })
            emptied = max(0, goneFiles.count - removedFiles)
        }
        self.init(added: added, changed: max(differing, changedFiles - emptied), removed: old.count - seen)
    }

    /// The article's own fields differ (its ID, title, dates, language, source or countries): not only
    /// the corpus-wide canonical names of its entities.
    static func differs(_ a: ArticleSummary, _ b: ArticleSummary) -> Bool {
        a.id != b.id || a.title != b.title || a.date != b.date || a.datelineDate != b.datelineDate
            || a.language != b.language || a.source != b.source || a.countries != b.countries
    }

    public var isEmpty: Bool { added == 0 && changed == 0 && removed == 0 }

    /// "3 new articles", "1 new article, 2 changed, 1 removed"; "Articles up to date" when nothing changed.
    public var note: String {
        var parts: [String] = []
        if added > 0 { parts.append(added == 1 ? "1 new article" : "\(Count.grouped(added)) new articles") }
        if changed > 0 { parts.append(parts.isEmpty ? (changed == 1 ? "1 article changed" : "\(Count.grouped(changed)) articles changed") : "\(Count.grouped(changed)) changed") }
        if removed > 0 { parts.append(parts.isEmpty ? (removed == 1 ? "1 article removed" : "\(Count.grouped(removed)) articles removed") : "\(Count.grouped(removed)) removed") }
        return parts.isEmpty ? "Articles up to date" : parts.joined(separator: ", ")
    }
}

/// Where an article comes from: the same across a rescan even when its ID changes.
struct FileSegment: Hashable {
    var file: String
    var segment: Int
    init(_ s: ArticleSummary) {
        file = s.file
        segment = s.segment
    }
}

/// Numbers as people read them in a status line: 100,000.
enum Count {
    /// `n` in at most `room` characters: as it is when it fits, else in
    /// thousands, millions or billions, rounded down ("200k", "12M"), so a
    /// narrow column shows 200,000 as "200k", not cut to "2000…".
    static func compact(_ n: Int, room: Int) -> String {
        let plain = String(n)
        guard plain.count > room else { return plain }
        for (unit, size) in [("k", 1_000), ("M", 1_000_000), ("G", 1_000_000_000)] {
            let short = String(n / size) + unit
            if short.count <= room { return short }
        }
        return String(n / 1_000_000_000_000) + "T"
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}

extension AppState {
    /// Actions that need articles (or change what the list shows); while
    /// loading they only say to wait. Moving, help, resizing, quitting and
    /// suspending work as usual.
    static func needsArticles(_ action: Action) -> Bool {
        switch action {
        case .open, .cycleFocus, .toggleSidebar, .nextArticle, .startSearch, .searchInput, .searchBackspace,
             .searchClear, .searchDeleteWord, .searchConfirm, .searchNext, .openPicker, .pickerToggle, .pickerToggleCursor,
             .clearFilters, .toggleUnreadOnly, .toggleFlaggedOnly, .step, .sideBySide, .swapSides,
             .toggleScrollLock, .toggleRead, .markListRead, .toggleFlag, .bodySearchResults, .showProblems, .reload, .cycleOrder,
             .startPipe, .openURL:
            return true
        default:
            return false
        }
    }

    /// The message for a key that must wait for the articles.
    var waitMessage: String {
        if loading?.failure != nil { return "No articles to show (q quits)" }
        return Self.stillReadingMessage
    }

    /// `waitMessage` while the corpus is being read: stale once the list appears (`adopt` clears it).
    static let stillReadingMessage = "Still reading the corpus; this works once the list appears (q quits)"
}
