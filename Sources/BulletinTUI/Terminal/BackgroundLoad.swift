import BulletinKit
import Foundation

/// What a background load ends with: the articles, or why there are none.
public enum LoadOutcome: Sendable {
    case loaded(LoadedCorpus)
    /// No article could be read (`message` says why), with the problems met on the way.
    case failed(message: String, problems: [String])
    /// `cancel()` stopped it (the user quit); nothing to show.
    case cancelled(problems: [String])
    /// A warm start's rescan found nothing new: the list shown stays.
    case unchanged(problems: [String])

    /// The action that hands the outcome to the state; none for a load the user stopped.
    public var action: Action? {
        switch self {
        case .loaded(let c): return .corpusLoaded(c)
        case .failed(let why, let problems): return .corpusFailed(why, problems: problems)
        case .unchanged(let problems): return .corpusUnchanged(problems: problems)
        case .cancelled: return nil
        }
    }

    /// The warnings and notices to print once the terminal is restored.
    public var problems: [String] {
        switch self {
        case .loaded(let c): return c.problems
        case .failed(_, let p), .cancelled(let p), .unchanged(let p): return p
        }
    }
}

/// Reads the corpus on its own thread while the key loop keeps the screen
/// alive: the work reports progress and finishes with a `LoadOutcome`, which
/// the loop picks up as actions (`take`) every few tens of milliseconds.
/// Only the latest progress report is kept: the screen needs no more.
public final class BackgroundLoad: @unchecked Sendable {
    /// The work: given a progress sink and a cancellation flag, reads the corpus.
    public typealias Work = @Sendable (
        _ progress: @escaping @Sendable (IndexProgress) -> Void,
        _ isCancelled: @escaping @Sendable () -> Bool
    ) -> LoadOutcome

    // Safe: every mutable field below is only touched under `lock`; `work` and
    // `started` are immutable after init; `done` is a semaphore.
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private let work: Work
    private let started = DispatchTime.now()
    private var progress: IndexProgress?
    private var progressAt: Double = 0
    private var outcome: LoadOutcome?
    private var outcomeTaken = false
    private var cancelled = false
    private var running = false

    public init(_ work: @escaping Work) {
        self.work = work
    }

    /// Starts the work on a thread of its own (the UI thread keeps the other core).
    public func start() {
        lock.lock()
        guard !running else { lock.unlock(); return }
        running = true
        lock.unlock()
        let thread = Thread { [self] in
            let result = work({ [weak self] p in self?.report(p) }, { [weak self] in self?.isCancelled ?? true })
            lock.lock()
            outcome = result
            lock.unlock()
            done.signal()
        }
        thread.name = "bulletin.load"
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Asks the work to stop at its next check (between indexing batches).
    public func cancel() {
        lock.lock(); defer { lock.unlock() }
        cancelled = true
    }

    public var isCancelled: Bool {
        lock.lock(); defer { lock.unlock() }
        return cancelled
    }

    /// Waits up to `seconds` for the work to end; true when it has.
    public func wait(seconds: Double) -> Bool {
        if isFinished { return true }
        guard done.wait(timeout: .now() + seconds) == .success else { return false }
        done.signal()  // later waits see it finished too
        return true
    }

    public var isFinished: Bool {
        lock.lock(); defer { lock.unlock() }
        return outcome != nil
    }

    /// The outcome, once the work has ended.
    public var result: LoadOutcome? {
        lock.lock(); defer { lock.unlock() }
        return outcome
    }

    /// Seconds since the load was created.
    var elapsed: Double { Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9 }

    private func report(_ p: IndexProgress) {
        let at = elapsed
        lock.lock(); defer { lock.unlock() }
        progress = p
        progressAt = at
    }

    /// What happened since the last call, as actions for the state: the latest
    /// progress, then the outcome (once). Empty when nothing changed.
    func take() -> [Action] {
        lock.lock(); defer { lock.unlock() }
        var out: [Action] = []
        if let p = progress {
            out.append(.indexProgress(p, at: progressAt))
            progress = nil
        }
        if let o = outcome, !outcomeTaken {
            outcomeTaken = true
            if let action = o.action { out.append(action) }
        }
        return out
    }

    /// True until the outcome has been handed to the loop.
    var isPending: Bool {
        lock.lock(); defer { lock.unlock() }
        return !outcomeTaken
    }
}
