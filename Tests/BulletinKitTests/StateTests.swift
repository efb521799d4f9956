import Foundation
import Synchronization
import GRDB
import Testing
@testable import BulletinKit

/// A temporary folder for a state database.
private final class StateFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-state-\(UUID().uuidString)")
    var db: String { url.appendingPathComponent("state.sqlite").path }
    deinit { try? FileManager.default.removeItem(at: url) }
}

@Suite struct ReadingStateStoreTests {
    @Test func changesPersistAcrossInstances() throws {
        let folder = StateFolder()
        do {
            let store = try ReadingStateStore(path: folder.db)
            #expect(try store.state(id: "a") == .untouched)
            try store.update(id: "a") { $0.read = true }
            try store.update(id: "b") { $0.flagged.toggle() }
            try store.update(id: "b") { $0.position = 42 }
            try store.setRead(true, ids: ["c", "d"])
            try store.setRead(false, ids: ["d"])
        }
        let again = try ReadingStateStore(path: folder.db)
        let all = try again.all()
        #expect(all["a"] == ArticleState(read: true))
        #expect(all["b"] == ArticleState(read: false, flagged: true, position: 42))
        #expect(all["c"]?.read == true)
        #expect(all["d"]?.read == false)
        #expect(all["zzz"] == nil)
    }

    @Test func defaultPathIsUnderXDGDataHome() {
        #expect(ReadingStateStore.defaultPath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/h"])
            == "/x/data/bulletin/state.sqlite")
        #expect(ReadingStateStore.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/share/bulletin/state.sqlite")
        // Relative XDG paths are ignored, as the spec says.
        #expect(ReadingStateStore.defaultPath(environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"])
            == "/h/.local/share/bulletin/state.sqlite")
    }

    /// Two instances (two connections, two threads) hammering the same rows:
    /// one marks read, the other flags; no update may be lost, no corruption.
    @Test func concurrentWritersLoseNothing() throws {
        let folder = StateFolder()
        let first = try ReadingStateStore(path: folder.db)
        let second = try ReadingStateStore(path: folder.db)
        let stores = [first, second]
        let failures = FailureLog()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for i in 0..<150 {
                do {
                    try stores[worker].update(id: "article-\(i)") { state in
                        if worker == 0 { state.read = true } else { state.flagged = true }
                        state.position += 1
                    }
                } catch {
                    failures.record("\(error)")
                }
            }
        }
        #expect(failures.all.isEmpty)
        let all = try ReadingStateStore(path: folder.db).all()
        #expect(all.count == 150)
        #expect(all.values.allSatisfy { $0.read && $0.flagged && $0.position == 2 })
        #expect(try first.integrityProblems().isEmpty)
    }

    /// A kill -9 leaves exactly the files on disk: copy them while the store
    /// is still open (no close, no checkpoint) and open the copy.
    /// Instances started at the same moment on a new file all open it and write
    /// (SQLite can answer "locked" at once while another one switches it to WAL).
    @Test func simultaneousFirstOpensAllSucceed() throws {
        for _ in 0..<10 {
            let folder = StateFolder()
            try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
            let failures = Mutex(0)
            let path = folder.db
            DispatchQueue.concurrentPerform(iterations: 4) { n in
                do {
                    let store = try ReadingStateStore(path: path)
                    try store.update(id: "w\(n)") { $0.read = true }
                } catch {
                    failures.withLock { $0 += 1 }
                }
            }
            #expect(failures.withLock { $0 } == 0)
            #expect(try ReadingStateStore(path: folder.db).all().count == 4)
        }
    }

    @Test func crashKeepsEveryCommittedAction() throws {
        let folder = StateFolder()
        let store = try ReadingStateStore(path: folder.db)
        for i in 0..<25 { try store.update(id: "n\(i)") { $0.read = true; $0.position = i } }
        let crashed = StateFolder()
        try FileManager.default.createDirectory(at: crashed.url, withIntermediateDirectories: true)
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: folder.db + suffix) {
            try FileManager.default.copyItem(atPath: folder.db + suffix, toPath: crashed.db + suffix)
        }
        let recovered = try ReadingStateStore(path: crashed.db).all()
        #expect(recovered.count == 25)
        #expect(recovered["n24"] == ArticleState(read: true, position: 24))
        _ = store
    }

    @Test func damagedStateFileIsSetAsideNotFatal() throws {
        let folder = StateFolder()
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        try Data("definitely not sqlite".utf8 + Data(repeating: 7, count: 4096)).write(to: URL(fileURLWithPath: folder.db))
        let store = try ReadingStateStore(path: folder.db)
        #expect(store.notices.count == 1)
        try store.update(id: "x") { $0.read = true }
        #expect(try store.state(id: "x").read)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(names.contains { $0.hasPrefix("state.sqlite.corrupt-") })
    }

    @Test func foreignDatabaseIsNotOverwritten() throws {
        let folder = StateFolder()
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        do {
            let queue = try DatabaseQueue(path: folder.db)
            try queue.write { db in try db.execute(sql: "CREATE TABLE mine(x)") }
        }
        let store = try ReadingStateStore(path: folder.db)
        #expect(store.notices.first?.contains("not a Bulletin state file") == true)
    }
}

/// Errors collected from worker threads.
final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func record(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
