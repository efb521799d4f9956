import Foundation
import Testing
@testable import BulletinKit

/// Indexing progress is reported per file processed, not per committed batch,
/// and throttled (first and last report always get through).
@Suite struct IndexProgressTests {
    /// A clock the test moves by hand.
    final class FakeClock: @unchecked Sendable {
        private let lock = NSLock()
        private var t = 0.0
        func advance(_ by: Double) { lock.lock(); t += by; lock.unlock() }
        var now: Double { lock.lock(); defer { lock.unlock() }; return t }
    }

    @Test func meterPassesReportsOnAtMostOncePerInterval() {
        let clock = FakeClock()
        let seen = ProgressLog()
        let meter = IndexProgressMeter(filesTotal: 10, bytesTotal: 1000, interval: 0.1,
                                       now: { clock.now }, emit: { seen.add($0) })
        meter.start()
        // Three files within 0.1 s: none of them is reported.
        for _ in 0..<3 { clock.advance(0.02); meter.fileDone(bytes: 100) }
        #expect(seen.all.map(\.filesDone) == [0])
        clock.advance(0.05)  // 0.11 s after the start
        meter.fileDone(bytes: 100)
        #expect(seen.all.map(\.filesDone) == [0, 4])
        #expect(seen.all.last?.bytesDone == 400)
        // Slow files: each one is reported.
        for _ in 0..<3 { clock.advance(0.5); meter.fileDone(bytes: 100) }
        #expect(seen.all.map(\.filesDone) == [0, 4, 5, 6, 7])
        // The last file is reported at once, however soon it comes.
        meter.fileDone(bytes: 100)
        meter.fileDone(bytes: 100)
        #expect(seen.all.map(\.filesDone) == [0, 4, 5, 6, 7])
        meter.fileDone(bytes: 100)
        let last = seen.all.last
        #expect(last == IndexProgress(filesDone: 10, filesTotal: 10, bytesDone: 1000, bytesTotal: 1000))
        #expect(meter.counts.files == 10)
    }

    @Test func updateReportsEveryFileWithinOneBatch() throws {
        var files: [String: String] = [:]
        for i in 0..<25 { files[String(format: "f%02d.txt", i)] = "Title \(i)\n\nBody \(i) about tractors in Minsk.\n" }
        let f = try IndexFixture(files: files)
        let index = try CorpusIndex.open(path: f.db)
        let seen = ProgressLog()
        // One batch holds all 25 files: per-batch reporting said 0 then 25.
        let report = try index.update(paths: [f.corpus.path], threads: 2, batchSize: 1024, extract: FakeExtractor.extract,
                                      extractionStamp: "test", progress: { seen.add($0) }, progressInterval: 0)
        #expect(report.added == 25)
        let all = seen.all
        #expect(all.map(\.filesDone) == Array(0...25))
        #expect(all.allSatisfy { $0.filesTotal == 25 })
        // Bytes grow with the files, and end at the total.
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.bytesDone < $1.bytesDone })
        #expect(all.last?.bytesDone == all.last?.bytesTotal)
    }

    /// New-user finding (s46): a first indexing stopped with `q` and started again counted only the files left
    /// ("0 of 7,226 files"), as if the first run's work were lost; the reports now carry the files kept.
    @Test func aResumedUpdateReportsTheFilesKept() throws {
        var files: [String: String] = [:]
        for i in 0..<6 { files[String(format: "k%02d.txt", i)] = "Title \(i)\n\nBody \(i).\n" }
        let f = try IndexFixture(files: files)
        let index = try CorpusIndex.open(path: f.db)
        let first = ProgressLog()
        _ = try index.update(paths: [f.corpus.path], extract: FakeExtractor.extract, extractionStamp: "test",
                             progress: { first.add($0) }, progressInterval: 0)
        #expect(first.all.allSatisfy { $0.filesKept == 0 })
        for i in 6..<9 {
            try "Title \(i)\n\nBody \(i).\n".write(to: f.corpus.appendingPathComponent(String(format: "k%02d.txt", i)), atomically: true, encoding: .utf8)
        }
        let second = ProgressLog()
        _ = try index.update(paths: [f.corpus.path], extract: FakeExtractor.extract, extractionStamp: "test",
                             progress: { second.add($0) }, progressInterval: 0)
        #expect(second.all.map(\.filesDone) == [0, 1, 2, 3])
        #expect(second.all.allSatisfy { $0.filesTotal == 3 && $0.filesKept == 6 }, "\(second.all)")
    }

    @Test func updateThrottlesByDefaultButEndsAtTheTotal() throws {
        var files: [String: String] = [:]
        for i in 0..<25 { files[String(format: "g%02d.txt", i)] = "Title \(i)\n\nBody \(i).\n" }
        let f = try IndexFixture(files: files)
        let index = try CorpusIndex.open(path: f.db)
        let seen = ProgressLog()
        // An interval no test run reaches: only the first and the last report.
        _ = try index.update(paths: [f.corpus.path], extract: FakeExtractor.extract, extractionStamp: "test",
                             progress: { seen.add($0) }, progressInterval: 3600)
        #expect(seen.all.map(\.filesDone) == [0, 25])
    }
}
