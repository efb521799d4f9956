import BulletinKit
import Foundation

/// Runs the store's full-text search off the key loop, so Enter at the `/`
/// prompt never freezes the screen on a large corpus. Only the latest search
/// counts: a newer `start` makes the answer of an older one be dropped.
final class BackgroundSearch: @unchecked Sendable {
    // Safe: `generation`, `result` and `pending` are only touched under `lock`;
    // `store` is immutable and Sendable.
    private let lock = NSLock()
    private let queue = DispatchQueue(label: "bulletin.search", qos: .userInitiated)
    private let store: any ArticleStore
    private let limit: Int
    private var generation = 0
    private var result: Action?
    private var pending = false

    init(store: any ArticleStore, limit: Int) {
        self.store = store
        self.limit = limit
    }

    /// Whether a search is running or its answer has not been taken yet.
    var isPending: Bool {
        lock.lock(); defer { lock.unlock() }
        return pending
    }

    func start(_ query: String) {
        run { store, limit in
            let found = AppState.bodySearch(in: store, query: query, limit: limit)
            return .bodySearchResults(query: query, ids: found.ids, more: found.more)
        }
    }

    /// Every article whose text matches `query`, uncapped (`A` under a search cut at the limit).
    func startAll(_ query: String) {
        run { store, _ in .allSearchMatches(query: query, ids: AppState.allTextMatches(in: store, query: query)) }
    }

    private func run(_ work: @escaping @Sendable (any ArticleStore, Int) -> Action) {
        lock.lock()
        generation += 1
        let mine = generation
        result = nil
        pending = true
        lock.unlock()
        queue.async { [self] in
            let answer = work(store, limit)
            lock.lock(); defer { lock.unlock() }
            guard mine == generation else { return }
            result = answer
        }
    }

    /// The finished search's answer (the action to apply), once.
    func take() -> Action? {
        lock.lock(); defer { lock.unlock() }
        guard let r = result else { return nil }
        result = nil
        pending = false
        return r
    }
}
