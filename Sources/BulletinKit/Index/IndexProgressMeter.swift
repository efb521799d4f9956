import Foundation

/// Counts the files an update has processed (read, parsed and extracted, on
/// any worker thread) and passes `IndexProgress` on at most once per
/// `interval` seconds, plus the first report and the one that completes.
///
/// Why per file and not per committed batch: a batch is 1,024 files (see
/// `CorpusIndex.defaultBatchSize`), so a corpus of a few thousand files sat at
/// 0 % for most of its first indexing. Why throttled: two workers finish
/// hundreds of files a second, and each report redraws the loading screen or
/// rewrites the stderr line; ten a second reads as smooth.
///
/// Every prepared file is written (a cancelled update writes what it
/// prepared), so the count is what the index will hold; it runs ahead of the
/// commits by at most one batch. Reports are made one at a time under a lock,
/// so `filesDone` never goes back even though workers call in any order.
final class IndexProgressMeter: @unchecked Sendable {
    // Every mutable field is guarded by `lock`.
    private let lock = NSLock()
    private let filesTotal: Int
    private let bytesTotal: Int64
    private let filesKept: Int
    private let interval: Double
    private let now: @Sendable () -> Double
    private let emit: @Sendable (IndexProgress) -> Void
    private var filesDone = 0
    private var bytesDone: Int64 = 0
    private var lastEmitted: Double?

    /// `now` is seconds on any monotonic clock (tests give their own).
    init(filesTotal: Int, bytesTotal: Int64, filesKept: Int = 0, interval: Double = 0.1,
         now: @escaping @Sendable () -> Double = IndexProgressMeter.uptime,
         emit: @escaping @Sendable (IndexProgress) -> Void) {
        self.filesTotal = filesTotal
        self.bytesTotal = bytesTotal
        self.filesKept = filesKept
        self.interval = interval
        self.now = now
        self.emit = emit
    }

    /// Reports 0 of the total at once (the loading screen shows the totals).
    func start() {
        lock.lock(); defer { lock.unlock() }
        send(at: now())
    }

    /// One more file processed (`FilePreparer`'s callback).
    @Sendable func fileDone(_ task: FileTask) { fileDone(bytes: task.fingerprint.size) }

    /// One more file processed, of `bytes` bytes.
    func fileDone(bytes: Int64) {
        lock.lock(); defer { lock.unlock() }
        filesDone += 1
        bytesDone += max(0, bytes)
        let t = now()
        if filesDone >= filesTotal || lastEmitted.map({ t - $0 >= interval }) ?? true {
            send(at: t)
        }
    }

    /// Files and bytes processed so far.
    var counts: (files: Int, bytes: Int64) {
        lock.lock(); defer { lock.unlock() }
        return (filesDone, bytesDone)
    }

    private func send(at t: Double) {
        lastEmitted = t
        emit(IndexProgress(filesDone: filesDone, filesTotal: filesTotal, bytesDone: bytesDone, bytesTotal: bytesTotal,
                           filesKept: filesKept))
    }

    @Sendable static func uptime() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
