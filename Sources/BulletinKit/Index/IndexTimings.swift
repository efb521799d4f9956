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
struct StageClock {
    var seconds: [String: Double] = [:]
    var last = IndexTimings.now()

    /// Charges the CPU time since the previous mark to `stage`.
    mutating func mark(_ stage: String) {
        let t = IndexTimings.now()
        seconds[stage, default: 0] += t - last
        last = t
    }
}
