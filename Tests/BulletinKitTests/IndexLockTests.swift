import Foundation
import Testing
@testable import BulletinKit

/// One run updates an index at a time (`IndexLock`): a second Bulletin started on a corpus being indexed waits,
/// says so, and then opens the finished index instead of failing on SQLite's lock and reading every file itself.
@Suite struct IndexLockTests {
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.lock(); value = true; lock.unlock() }
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    }

    @Test func aSecondTakerWaitsUntilTheFirstLets() throws {
        let f = try IndexFixture()
        guard case .locked(let first) = IndexLock.acquire(indexPath: f.db, waiting: {}, isCancelled: { false }) else {
            Issue.record("the first taker did not get the lock"); return
        }
        // Held: the second is told to wait and, cancelled, gives up without the lock.
        var waited = 0
        let second = IndexLock.acquire(indexPath: f.db, waiting: { waited += 1 }, isCancelled: { true })
        guard case .cancelled = second else { Issue.record("expected .cancelled, got \(second)"); return }
        #expect(waited == 1)
        // Let go: the next taker gets it at once, without waiting.
        first.unlock()
        var waitedAgain = 0
        let third = IndexLock.acquire(indexPath: f.db, waiting: { waitedAgain += 1 }, isCancelled: { true })
        guard case .locked(let held) = third else { Issue.record("expected .locked, got \(third)"); return }
        held.unlock()
        #expect(waitedAgain == 0)
        #expect(FileManager.default.fileExists(atPath: IndexLock.lockPath(for: f.db)))
    }

    @Test func removingAStaleIndexRemovesItsLockFile() throws {
        let f = try IndexFixture()
        FileManager.default.createFile(atPath: f.db, contents: Data())
        guard case .locked(let held) = IndexLock.acquire(indexPath: f.db, waiting: {}, isCancelled: { false }) else {
            Issue.record("could not take the lock"); return
        }
        held.unlock()
        #expect(!IndexHousekeeping.isIndexName("index-0123.sqlite.lock"))
        try IndexHousekeeping.remove(f.db)
        #expect(!FileManager.default.fileExists(atPath: IndexLock.lockPath(for: f.db)))
    }

    @Test func aFolderThatCannotHoldTheLockFileRunsUnlocked() {
        // A path under a regular file: no folder can be made there, so no lock file; the run goes on unlocked.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-lock-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: file.path, contents: Data("x".utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = IndexLock.acquire(indexPath: file.path + "/index.sqlite", waiting: {}, isCancelled: { false })
        guard case .unlocked = outcome else { Issue.record("expected .unlocked, got \(outcome)"); return }
    }

    @Test func openStoreWaitsForAnotherRunThenOpensTheIndex() throws {
        let f = try IndexFixture(files: ["a.txt": "Tractors for Minsk\n\nA delegation visited Minsk on Monday.\n"])
        guard case .locked(let other) = IndexLock.acquire(indexPath: f.db, waiting: {}, isCancelled: { false }) else {
            Issue.record("could not take the lock"); return
        }
        let seen = ProgressLog()
        let done = Flag()
        let result = ResultBox()
        let (corpusPath, db) = (f.corpus.path, f.db)
        let thread = Thread {
            let opened = CorpusIndex.openStore(paths: [corpusPath], indexPath: db, progress: { seen.add($0) })
            result.set(opened)
            done.set()
        }
        thread.start()
        // The opener says it waits, and does not go on while the lock is held.
        let deadline = Date().addingTimeInterval(10)
        while !seen.all.contains(where: \.waitingForOtherRun) && Date() < deadline { usleep(10_000) }
        #expect(seen.all.first?.waitingForOtherRun == true)
        usleep(200_000)
        #expect(!done.isSet)
        other.unlock()
        while !done.isSet && Date() < deadline.addingTimeInterval(20) { usleep(10_000) }
        #expect(done.isSet)
        let opened = result.get()
        #expect(opened?.store?.summaries.count == 1)
        #expect(opened?.notices == [])
    }

    @Test func givingUpWhileWaitingReadsNoFile() throws {
        let f = try IndexFixture(files: ["a.txt": "Tractors for Minsk\n\nA delegation visited Minsk on Monday.\n"])
        guard case .locked(let other) = IndexLock.acquire(indexPath: f.db, waiting: {}, isCancelled: { false }) else {
            Issue.record("could not take the lock"); return
        }
        let corpus = Corpus.open(paths: [f.corpus.path],
                                 options: OpenOptions(indexPath: f.db, useIndex: true, progress: nil, isCancelled: { true }))
        other.unlock()
        // Quitting while another run indexes: no store, and the files were not read directly either.
        #expect(corpus.index == nil)
        #expect(corpus.count == 0)
        #expect(corpus.report?.interrupted == true)
    }

    final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var value: IndexedCorpus?
        func set(_ v: IndexedCorpus) { lock.lock(); value = v; lock.unlock() }
        func get() -> IndexedCorpus? { lock.lock(); defer { lock.unlock() }; return value }
    }
}
