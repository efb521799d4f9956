import Foundation

/// Opens a corpus through its index on a background thread: the index is
/// brought up to date (new, changed and removed files; the first indexing of
/// a large corpus) while the caller's thread stays free to draw and read keys.
///
/// The usual warm start: show `Corpus.openStored` at once, start an
/// `IndexingTask`, and when it completes swap in its corpus if its report
/// says anything changed. A first start shows `progress` (files and bytes
/// done out of the totals) until it completes. `cancel()` stops between
/// files; what was written is kept, the index stays sound (one transaction
/// per batch, WAL) and the next start completes it.
///
/// The caller may keep reading from a store it opened earlier while the task
/// writes: readers see the last committed batch (WAL). One task per index at
/// a time; a second process waits on SQLite's lock.
public final class IndexingTask: @unchecked Sendable {
    // Every stored property below is guarded by `lock`.
    private let lock = NSLock()
    private var cancelled = false
    private var latest: IndexProgress?
    private var finished: Corpus?
    private let done = DispatchSemaphore(value: 0)

    /// Starts at once. `progress` and `completion` are called on indexing
    /// threads (hop to your own thread or queue from there).
    public init(paths: [String], options: OpenOptions = OpenOptions(useIndex: true),
                progress: (@Sendable (IndexProgress) -> Void)? = nil,
                completion: (@Sendable (Corpus) -> Void)? = nil) {
        var options = options
        let outer = options.progress
        let outerCancel = options.isCancelled
        options.progress = { [weak self] p in
            self?.setProgress(p)
            outer?(p)
            progress?(p)
        }
        options.isCancelled = { [weak self] in
            (self?.isCancelled ?? true) || (outerCancel?() ?? false)
        }
        let run = options
        Thread.detachNewThread { [self] in
            let corpus = Corpus.open(paths: paths, options: run)
            lock.lock()
            finished = corpus
            lock.unlock()
            done.signal()
            completion?(corpus)
        }
    }

    /// Asks the task to stop after the file being read; `wait()` then returns what the index holds.
    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    /// The last progress report (nil before the first, or when nothing needed indexing).
    public var progress: IndexProgress? {
        lock.lock()
        defer { lock.unlock() }
        return latest
    }

    /// The opened corpus once the task has finished, else nil (never blocks).
    public var result: Corpus? {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }

    /// Blocks until the task has finished and returns its corpus.
    public func wait() -> Corpus {
        if let result { return result }
        done.wait()
        done.signal()  // later waits return at once too
        return result!
    }

    private func setProgress(_ p: IndexProgress) {
        lock.lock()
        latest = p
        lock.unlock()
    }
}
