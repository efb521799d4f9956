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

    /// Monotonic wall-clock seconds (`wall: …` stages: where the pipeline waits).
    static func wallNow() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
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
/// Reading the thread CPU clock is a system call (about 1 µs on this VM):
/// at every step of every article, as before, it cost about a second of
/// CPU at 100,000 articles, half of it on the writer thread. So the steps
/// of one unit (a file) in `sampleEvery` are timed, weighted by
/// `sampleEvery`, and the others not at all; steps outside units (a batch's
/// commit) are always timed. `seconds` scales the tally to the thread CPU
/// time actually spent since `init`, so stage sums stay exact.
struct StageClock {
    /// One file in 31: at one in 8, the clock reads (a system call each,
    /// several per article) were still 2 % of the writer's CPU. Not 32: the
    /// writer takes files in runs of `PreparedStream.burst` (32), so every
    /// sampled file sat at the same place in its run.
    static let sampleEvery = 31
    private var cpu: [String: Double] = [:]
    private var last: Double
    private let cpuStart: Double
    private var units = 0
    private var sampling = true
    private var weight = 1.0

    init() {
        cpuStart = IndexTimings.now()
        last = cpuStart
    }

    /// Starts the next unit of work (a file): timed or not.
    mutating func startUnit() {
        units += 1
        // Not a batch's first file (its first statements, first pages): the 31st, 62nd…
        sampling = units % StageClock.sampleEvery == 0
        weight = Double(StageClock.sampleEvery)
        if sampling { last = IndexTimings.now() }
    }

    /// Ends the units: the steps after are timed again, at face value.
    mutating func endUnits() {
        sampling = true
        weight = 1
        last = IndexTimings.now()
    }

    /// Charges the CPU time since the previous mark to `stage`.
    mutating func mark(_ stage: String) {
        guard sampling else { return }
        let t = IndexTimings.now()
        cpu[stage, default: 0] += (t - last) * weight
        last = t
    }

    /// Thread CPU seconds by stage since `init`.
    var seconds: [String: Double] {
        let total = IndexTimings.now() - cpuStart
        let sum = cpu.values.reduce(0, +)
        guard sum > 0 else { return [:] }
        return cpu.mapValues { $0 / sum * total }
    }
}
