import Foundation

/// The reading state as loaded at start: by `ArticleKey`, plus the rows an
/// older Bulletin kept by article ID (`legacy`), which `resolve` places on
/// the articles that still have those IDs, once, for `migrations` to re-key.
public struct ReadingMarks: Sendable, Hashable {
    public var byKey: [ArticleKey: ArticleState]
    /// Rows of a state database written before marks were keyed by file: by the article ID of the time.
    public var legacy: [String: ArticleState]

    public init(byKey: [ArticleKey: ArticleState] = [:], legacy: [String: ArticleState] = [:]) {
        self.byKey = byKey
        self.legacy = legacy
    }

    public var isEmpty: Bool { byKey.isEmpty && legacy.isEmpty }

    /// Everything `store` holds (rows that are neither keys nor legacy rows are ignored).
    public static func load(from store: ReadingStateStore) throws(IndexError) -> ReadingMarks {
        var marks = ReadingMarks()
        for (stored, state) in try store.all() {
            if let key = ArticleKey(stored: stored) { marks.byKey[key] = state }
        }
        marks.legacy = try store.legacy()
        return marks
    }

    /// The marks of `summaries`' articles, by their current IDs.
    ///
    /// A legacy row applies to the article that has its ID now, unless that
    /// article has a keyed row already (newer); either way it is listed in
    /// `migrations`, to be stored under the article's key (unless keyed
    /// already) and dropped (`ReadingStateStore.migrate`), so that a later
    /// rename of IDs cannot move it.
    ///
    /// One pass over the summaries, hashing a key only for a file whose path
    /// length some mark has (no pass at all without marks): a few ms at 100,000.
    public func resolve(_ summaries: [ArticleSummary]) -> ResolvedMarks {
        var out = ResolvedMarks()
        guard !isEmpty else { return out }
        // Path lengths of the keyed marks: a file of another length can only
        // match once standardized (a relative path, say: never from the index).
        var lengths = [Bool](repeating: false, count: 4096)
        for key in byKey.keys { lengths[min(key.file.utf8.count, 4095)] = true }
        // The same for the legacy rows' IDs: those of other corpora stay until
        // their corpus is opened, and should not cost a hash per article.
        var idLengths = [Bool](repeating: false, count: 4096)
        for id in legacy.keys { idLengths[min(id.utf8.count, 4095)] = true }
        summaries.withUnsafeBufferPointer { all in
            for s in all {
                var state: ArticleState?
                var key: ArticleKey?
                if !byKey.isEmpty, lengths[min(s.file.utf8.count, 4095)] || !ArticleKey.isStandard(s.file) {
                    key = ArticleKey(s)
                    state = byKey[key!]
                }
                if !legacy.isEmpty, idLengths[min(s.id.utf8.count, 4095)], let old = legacy[s.id] {
                    // A keyed row is newer: it stays, and the legacy row goes all the same.
                    if state == nil { state = old }
                    out.migrations.append(MarkMigration(id: s.id, key: key ?? ArticleKey(s)))
                }
                guard let state else { continue }
                if state.read { out.readIDs.insert(s.id) }
                if state.flagged { out.flaggedIDs.insert(s.id) }
                if state.position > 0 { out.positions[s.id] = state.position }
            }
        }
        return out
    }
}

/// Marks placed on articles by their IDs of this run (what the reader works with).
public struct ResolvedMarks: Sendable, Hashable {
    public var readIDs: Set<String> = []
    public var flaggedIDs: Set<String> = []
    public var positions: [String: Int] = [:]
    /// Legacy rows found on an article, to re-key.
    public var migrations: [MarkMigration] = []
    public init() {}
}

/// A legacy (ID-keyed) row and the key of the article that has that ID now.
public struct MarkMigration: Sendable, Hashable {
    public var id: String
    public var key: ArticleKey
    public init(id: String, key: ArticleKey) {
        self.id = id
        self.key = key
    }
}
