import Foundation

/// An article's read and flag marks (what another instance's changes are watched for).
public struct MarkBits: Sendable, Hashable {
    public var read: Bool
    public var flagged: Bool
    public init(read: Bool = false, flagged: Bool = false) {
        self.read = read
        self.flagged = flagged
    }
    public static let none = MarkBits()
}

/// A mark another instance changed: the article's key and its marks now.
public struct MarkChange: Sendable, Hashable {
    public var key: ArticleKey
    public var read: Bool
    public var flagged: Bool
    public init(key: ArticleKey, read: Bool, flagged: Bool) {
        self.key = key
        self.read = read
        self.flagged = flagged
    }
}

/// Sees the read and flag marks another Bulletin writes to the same state
/// database while this one runs, so that they show without a restart.
///
/// `poll` is cheap when nothing changed: one `PRAGMA data_version`, which
/// changes only when another connection commits. When it changed, the rows
/// written since the last look (by their `updated` time, with a margin) are
/// read and compared with what this watcher last knew of them (`known`); only
/// the marks that differ are reported, so a mark this instance holds that the
/// database lacks (a write that failed) is never taken away.
///
/// This instance's own writes are noted (`noteOwn`) as they are made, so that
/// they are known already when the next poll reads them back, and only the
/// fields this instance changed are noted: another instance's flag on the
/// same row, written just before our read mark, still shows as a change.
public final class MarksWatcher: @unchecked Sendable {
    private let store: ReadingStateStore
    private let lock = NSLock()
    private var version: Int
    /// The marks as this watcher last knew them, by stored key (absent: none).
    private var known: [String: MarkBits]
    /// The latest `updated` time seen: rows written before it, less `margin`, are not read again.
    private var latest: Double?

    /// Rows written up to this many seconds before the latest one seen are read
    /// again at each change: two instances' clocks are the same machine's, but
    /// a write committed late may carry an earlier time.
    static let margin = 30.0

    /// Takes what the database holds now as known.
    public init(store: ReadingStateStore) throws(IndexError) {
        self.store = store
        version = try store.dataVersion()
        let all = try store.marks(updatedSince: nil)
        known = all.marks.filter { $0.value != .none }
        latest = all.latest
    }

    /// Takes `marks` as known, read from `store` after `version` was
    /// (`ReadingStateStore.dataVersion`): a change committed in between is
    /// then reported by the first poll, at worst again. No second read of
    /// every row at the start; the first poll reads the rows written since now.
    public init(store: ReadingStateStore, version: Int, marks: ReadingMarks) {
        self.store = store
        self.version = version
        var known: [String: MarkBits] = [:]
        for (key, state) in marks.byKey where state.read || state.flagged {
            known[key.stored] = MarkBits(read: state.read, flagged: state.flagged)
        }
        self.known = known
        latest = Date().timeIntervalSince1970
    }

    /// This instance marked the articles under `keys` (stored keys) read or unread.
    public func noteOwn(read: Bool, keys: [String]) {
        lock.lock()
        defer { lock.unlock() }
        for k in keys { known[k, default: .none].read = read }
    }

    /// This instance flagged or unflagged the article under `key`.
    public func noteOwn(flagged: Bool, key: String) {
        lock.lock()
        defer { lock.unlock() }
        known[key, default: .none].flagged = flagged
    }

    /// The marks another instance changed since the last poll; empty when
    /// none did (or the database cannot be read just now: the next poll tries again).
    public func poll() -> [MarkChange] {
        lock.lock()
        defer { lock.unlock() }
        guard let now = try? store.dataVersion(), now != version else { return [] }
        guard let rows = try? store.marks(updatedSince: latest.map { $0 - Self.margin }) else { return [] }
        version = now
        if let l = rows.latest { latest = max(latest ?? l, l) }
        var changes: [MarkChange] = []
        for (stored, bits) in rows.marks {
            let old = known[stored] ?? .none
            guard bits != old else { continue }
            known[stored] = bits == .none ? nil : bits
            if let key = ArticleKey(stored: stored) { changes.append(MarkChange(key: key, read: bits.read, flagged: bits.flagged)) }
        }
        return changes.sorted { $0.key < $1.key }
    }
}

extension ArticleKey {
    /// The IDs of the articles of `summaries` kept under each of `keys`: one
    /// pass, a key built only for a file some key names (or a path not in
    /// standard form).
    public static func ids(of keys: Set<ArticleKey>, in summaries: [ArticleSummary]) -> [ArticleKey: [String]] {
        guard !keys.isEmpty else { return [:] }
        let files = Set(keys.map(\.file))
        var out: [ArticleKey: [String]] = [:]
        for s in summaries where files.contains(s.file) || !isStandard(s.file) {
            let key = ArticleKey(s)
            if keys.contains(key) { out[key, default: []].append(s.id) }
        }
        return out
    }
}
