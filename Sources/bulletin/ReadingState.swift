import BulletinKit
import BulletinTUI
import Foundation

/// Read and flagged articles and reading positions, kept across runs in the
/// reading-state database by file and segment (`ArticleKey`), so that a new
/// file with the name of another, which renames article IDs, moves no mark.
/// When it cannot be opened the reader still runs, without remembering (said on stderr).
///
/// The reader and the CLI (`list --flagged`, `--unread`) both place marks
/// through `resolve`, so that the first of them to run after an archive moved,
/// or a digest gained a story, re-keys the marks the same way (the CLI once
/// read them without re-keying, and the reader's next warm start then found
/// nothing left to move).
struct ReadingState: Sendable {
    var store: ReadingStateStore?
    /// Lines for stderr (printed after the reader ends, so they cannot garble the screen).
    var notices: [String] = []
    var marks = ReadingMarks()
    /// Fingerprints of the files marked this session (a mark change reads its file once, not on every save).
    let fingerprints = FingerprintMemo()
    /// Watches the database for marks another Bulletin writes meanwhile; nil without a database.
    var watcher: MarksWatcher?

    /// The status line when the state database cannot be opened (the reason is printed on exit).
    static let unavailableMessage = "Read marks will not be kept: reading state unavailable (why: on exit)"

    static func open() -> ReadingState {
        var r = ReadingState()
        do {
            try r.connect(path: ReadingStateStore.defaultPath(), watching: true)
        } catch {
            r.notices.append("warning: reading state unavailable (\(error)); read marks will not be kept")
        }
        return r
    }

    /// Opens the database at `path` and loads its marks; `watching`: for
    /// another instance's marks too (`MarksWatcher`: the reader's, not the CLI's).
    mutating func connect(path: String, watching: Bool) throws(IndexError) {
        let store = try ReadingStateStore(path: path)
        notices += store.notices
        // Taken before the marks are read: a mark another instance writes in between is then seen by the first poll.
        let version = watching ? try? store.dataVersion() : nil
        marks = try ReadingMarks.load(from: store)
        watcher = version.map { MarksWatcher(store: store, version: $0, marks: marks) }
        self.store = store
    }

    /// This state with the marks as the database holds them now: a rescan
    /// places those, not the ones loaded at the start (the session changed some).
    func reloaded() -> ReadingState {
        guard let store, let fresh = try? ReadingMarks.load(from: store) else { return self }
        var r = self
        r.marks = fresh
        return r
    }

    /// The marks of `summaries` by their IDs; rows an older version kept by
    /// ID are re-keyed on the way (once: they leave the legacy table), as are
    /// marks found again in a moved archive, and marks found on another segment
    /// of a changed file by their story (with the stories older rows lack).
    /// Marks that have no fingerprint yet get one on a background thread
    /// (reading their files; not `fingerprinting: false`, for a command that
    /// exits at once), so that they too can follow a later move.
    func resolve(_ summaries: [ArticleSummary], relocating: Bool = true, fingerprinting: Bool = true) -> ResolvedMarks {
        let resolved = marks.resolve(summaries, relocating: relocating)
        if let store, !resolved.migrations.isEmpty { try? store.migrate(resolved.migrations) }
        if let store, !resolved.relocations.isEmpty { try? store.relocate(resolved.relocations) }
        if let store, !resolved.reattachments.isEmpty { try? store.reattach(resolved.reattachments) }
        if let store, !resolved.unstoried.isEmpty { try? store.setStories(resolved.unstoried) }
        if let store, fingerprinting, !resolved.unfingerprinted.isEmpty {
            let keys = Array(resolved.unfingerprinted.prefix(Self.fingerprintsPerStart))
            DispatchQueue.global(qos: .utility).async {
                var prints: [String: ContentFingerprint] = [:]
                for key in keys { prints[key.stored] = ContentFingerprint.ofFile(key.file) }
                try? store.setFingerprints(prints)
            }
        }
        return resolved
    }

    /// Most marks fingerprinted in the background per start (each reads a file);
    /// the rest get theirs at later starts, or when they change.
    static let fingerprintsPerStart = 5_000

    /// Where the reader last left the list of the corpus `root`, if it was kept.
    func listPlace(root: String) -> ListPlace? {
        try? store?.listPlace(root: root)
    }

    /// Keeps where the list stands for the next start on the corpus `root`
    /// (a failure only costs the user the first row next time).
    func keep(_ place: ListPlace, root: String) {
        try? store?.setListPlace(place, root: root)
    }

    /// The filters the reader left on the corpus `root`, if it kept any.
    func listFilters(root: String) -> SavedFilters? {
        try? store?.listFilters(root: root)
    }

    /// Keeps the list's filters for the next start on the corpus `root` (a
    /// failure only costs the user picking them again).
    func keepFilters(_ filters: SavedFilters, root: String) {
        try? store?.setListFilters(filters, root: root)
    }

    /// The layout `v` last chose (in any corpus), if it ever did.
    func layoutChoice() -> LayoutChoice? {
        guard let stored = try? store?.preference(LayoutChoice.preferenceKey) else { return nil }
        return LayoutChoice(rawValue: stored)
    }

    /// The order the reader left the list of the corpus `root` in, when not the default.
    func listOrder(root: String) -> ListOrder? {
        try? store?.listOrder(root: root)
    }

    /// Keeps the list's order for the next start on the corpus `root` (a
    /// failure only costs the user pressing `o` again).
    func keepOrder(_ order: ListOrder, root: String) {
        try? store?.setListOrder(order, root: root)
    }

    /// Saves one change the reader asked for, under the article's key in `state`.
    func persist(_ effect: Effect, in state: AppState) {
        guard let store else { return }
        /// The stored key `change` was saved under; nil when it could not be.
        func save(_ id: String, _ change: (inout ArticleState) -> Void) -> String? {
            let selected = state.selectedSummary.flatMap { $0.id == id ? $0 : nil }
            guard let summary = selected ?? state.catalog.summaries.first(where: { $0.id == id }) else { return nil }
            let key = ArticleKey(summary)
            // The file as it is now (read once per session unless it changes): what lets the mark follow a moved
            // archive; and the article's story, which lets it follow its article when the file gains stories.
            guard (try? store.update(id: key.stored, fingerprint: fingerprints.fingerprint(of: key.file),
                                     story: ArticleStory.of(summary), change)) != nil else { return nil }
            return key.stored
        }
        // Each mark saved is noted by the watcher, which then does not take it for another instance's.
        switch effect {
        case .setRead(let id, let read):
            if let key = save(id, { $0.read = read }) { watcher?.noteOwn(read: read, keys: [key]) }
        case .setFlagged(let id, let flagged):
            if let key = save(id, { $0.flagged = flagged }) { watcher?.noteOwn(flagged: flagged, key: key) }
        case .setReadAll(let ids, let read):
            // One transaction for the whole list (`A`; up to every article): keys found in one pass, no
            // file read for fingerprints (a start fingerprints marks without one in the background).
            let wanted = Set(ids)
            let summaries = state.catalog.summaries.filter { wanted.contains($0.id) }
            let keys = summaries.map { ArticleKey($0).stored }
            if (try? store.setRead(read, ids: keys, stories: summaries.map(ArticleStory.of))) != nil {
                watcher?.noteOwn(read: read, keys: keys)
            }
        case .setPosition(let id, let line): _ = save(id) { $0.position = line }
        case .keepLayout(let choice):
            try? store.setPreference(choice?.rawValue ?? LayoutChoice.automaticValue, for: LayoutChoice.preferenceKey)
        case .quit, .suspend, .bodySearch, .reload, .pipe, .openURL: break
        }
    }
}
