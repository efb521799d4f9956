import Foundation

/// Thread CPU seconds spent in each stage of an update, summed over threads
/// (read by `bulletin-bench index` to split the cold index between the
/// workers' stages and each statement family of the writer). Two
/// `clock_gettime` calls per measured step: negligible next to the work.
final class IndexTimings: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: [String: Double] = [:]

    /// The calling thread's CPU time.
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    func add(_ stage: String, _ s: Double) {
        lock.lock()
        seconds[stage, default: 0] += s
        lock.unlock()
    }

    func add(_ other: [String: Double]) {
        lock.lock()
        for (k, v) in other { seconds[k, default: 0] += v }
        lock.unlock()
    }

    var value: [String: Double] {
        lock.lock()
        defer { lock.unlock() }
        return seconds
    }
}

/// A thread-local tally flushed into `IndexTimings` once per batch (no lock per step).
///
/// Steps are timed with the monotonic clock (read in user space, tens of
/// nanoseconds) and the thread's CPU time is read only when the tally is
/// taken (`seconds`), then shared out among the stages in proportion to
/// their wall time. Reading the thread CPU clock at every step, as before,
/// is a system call (about 1 µs on this VM): a dozen per article cost about
/// a second of CPU at 100,000 articles, half of it on the writer thread.
struct StageClock {
    private var wall: [String: Double] = [:]
    private var last: Double
    private let cpuStart: Double

    init() {
        last = StageClock.monotonic()
        cpuStart = IndexTimings.now()
    }

    /// Charges the time since the previous mark to `stage`.
    mutating func mark(_ stage: String) {
        let t = StageClock.monotonic()
        wall[stage, default: 0] += t - last
        last = t
    }

    /// Thread CPU seconds by stage since `init`.
    var seconds: [String: Double] {
        let cpu = IndexTimings.now() - cpuStart
        let total = wall.values.reduce(0, +)
        guard total > 0 else { return [:] }
        return wall.mapValues { $0 / total * cpu }
    }

    static func monotonic() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
