import Foundation
import Synchronization
import GRDB
import Testing
@testable import BulletinKit

/// A state file as version 1 (ID-keyed) or 2 (file-keyed, no fingerprints) wrote it:
/// the same table, told apart by `user_version`; `rows` fills it.
private func writeOldStateFile(at path: String, version: Int, rows: (Database) throws -> Void) throws {
    let old = try DatabaseQueue(path: path)
    try old.write { db in
        try db.execute(sql: """
            CREATE TABLE article_state(id TEXT PRIMARY KEY, read INTEGER NOT NULL DEFAULT 0,
              flagged INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL DEFAULT 0, updated REAL NOT NULL) WITHOUT ROWID
            """)
        try db.execute(sql: "PRAGMA application_id = \(ReadingStateStore.applicationID)")
        try db.execute(sql: "PRAGMA user_version = \(version)")
        try rows(db)
    }
}

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

/// Marks are kept by file and segment (`ArticleKey`), not by article ID.
@Suite struct ReadingMarksTests {
    static func summary(_ id: String, _ file: String, segment: Int = 1) -> ArticleSummary {
        ArticleSummary(id: id, file: file, segment: segment, title: id, date: nil, language: "en", source: nil,
                       countries: [], entityNames: [])
    }

    @Test func keysRoundTripAndAreStandardized() {
        let k = ArticleKey(file: "/news/a#b/1.txt", segment: 3)
        #expect(k.stored == "/news/a#b/1.txt#3")
        #expect(ArticleKey(stored: k.stored) == k)
        #expect(ArticleKey(stored: "fr-visite") == nil)  // an old, ID-keyed row
        #expect(ArticleKey(stored: "/x.txt#0") == nil)
        #expect(ArticleKey(file: "/news/./2026/../1.txt", segment: 1).file == "/news/1.txt")
        #expect(ArticleKey(file: "rel/1.txt", segment: 1).file == FileManager.default.currentDirectoryPath + "/rel/1.txt")
        for standard in ["/", "/a", "/a/b.txt", "/a/.hidden", "/a/..b", "/a/b..c"] { #expect(ArticleKey.isStandard(standard), "\(standard)") }
        for other in ["a", "", "//a", "/a/", "/a/./b", "/a/../b", "/a/.", "/a/.."] { #expect(!ArticleKey.isStandard(other), "\(other)") }
    }

    /// The bug this fixes: a new file with the name of a read one renames
    /// the read one's ID, and a mark kept by ID was lost (or, later, landed on another article).
    @Test func aNewFileWithTheSameNameMovesNoMark() throws {
        let folder = StateFolder()
        let store = try ReadingStateStore(path: folder.db)
        let before = [Self.summary("1", "/news/2026-07-30/1.txt")]
        try store.update(id: ArticleKey(before[0]).stored) { $0.read = true; $0.position = 7 }
        try store.update(id: ArticleKey(before[0]).stored) { $0.flagged = true }
        #expect(try ReadingMarks.load(from: store).resolve(before).readIDs == ["1"])
        // 2026-07-31/1.txt arrives: both IDs become root-relative paths.
        let after = [Self.summary("2026-07-30/1", "/news/2026-07-30/1.txt"), Self.summary("2026-07-31/1", "/news/2026-07-31/1.txt")]
        let marks = try ReadingMarks.load(from: store).resolve(after)
        #expect(marks.readIDs == ["2026-07-30/1"])
        #expect(marks.flaggedIDs == ["2026-07-30/1"])
        #expect(marks.positions == ["2026-07-30/1": 7])
        #expect(marks.migrations.isEmpty)
        // 2026-07-30/1.txt is deleted: the other file takes the ID `1` and none of its marks.
        let later = [Self.summary("1", "/news/2026-07-31/1.txt")]
        #expect(try ReadingMarks.load(from: store).resolve(later) == ResolvedMarks())
    }

    @Test func twoFilesWithTheSameNameKeepTheirOwnMarks() throws {
        let folder = StateFolder()
        let store = try ReadingStateStore(path: folder.db)
        let a = Self.summary("a/x", "/news/a/x.txt"), b = Self.summary("b/x", "/news/b/x.txt")
        let digest = Self.summary("b/x#2", "/news/b/x.txt", segment: 2)
        try store.update(id: ArticleKey(a).stored) { $0.read = true }
        try store.update(id: ArticleKey(digest).stored) { $0.flagged = true }
        let marks = try ReadingMarks.load(from: store).resolve([a, b, digest])
        #expect(marks.readIDs == ["a/x"])
        #expect(marks.flaggedIDs == ["b/x#2"])
    }

    /// A state file of version 1 (rows keyed by article ID) loses nothing:
    /// its rows are set apart, placed on the articles that have those IDs,
    /// and re-keyed once; a row for an article not in this corpus waits for its corpus.
    @Test func upgradeFromAnIDKeyedStateFile() throws {
        let folder = StateFolder()
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        do {
            try writeOldStateFile(at: folder.db, version: 1) { db in
                try db.execute(sql: "INSERT INTO article_state VALUES ('fr-visite', 1, 0, 12, 0), ('en-minsk', 0, 1, 0, 0), ('elsewhere', 1, 1, 0, 0)")
            }
        }
        let store = try ReadingStateStore(path: folder.db)
        #expect(try store.all().isEmpty)
        #expect(try store.legacy().keys.sorted() == ["elsewhere", "en-minsk", "fr-visite"])
        let fr = Self.summary("fr-visite", "/news/fr-visite.txt"), en = Self.summary("en-minsk", "/news/en-minsk.txt")
        // en-minsk was flagged again since the upgrade (a keyed row): that newer row wins.
        try store.update(id: ArticleKey(en).stored) { $0.read = true }
        let marks = try ReadingMarks.load(from: store).resolve([en, fr])
        #expect(marks.readIDs == ["en-minsk", "fr-visite"])
        #expect(marks.flaggedIDs.isEmpty)
        #expect(marks.positions == ["fr-visite": 12])
        #expect(Set(marks.migrations) == [MarkMigration(id: "fr-visite", key: ArticleKey(fr)), MarkMigration(id: "en-minsk", key: ArticleKey(en))])
        try store.migrate(marks.migrations)
        // Re-keyed: the marks now survive a rename of the ID.
        let reopened = try ReadingStateStore(path: folder.db)
        #expect(try reopened.all()[ArticleKey(fr).stored] == ArticleState(read: true, position: 12))
        #expect(try reopened.all()[ArticleKey(en).stored] == ArticleState(read: true))
        #expect(try reopened.legacy().keys.sorted() == ["elsewhere"])
        let renamed = [Self.summary("2025/fr-visite", "/news/2025/../fr-visite.txt"), Self.summary("2026/fr-visite", "/news/2026/fr-visite.txt")]
        #expect(try ReadingMarks.load(from: reopened).resolve(renamed).readIDs == ["2025/fr-visite"])
    }
}

/// Marks follow their articles when the archive folder is moved or renamed.
@Suite struct MovedArchiveMarksTests {
    static func summary(_ id: String, _ file: String, segment: Int = 1) -> ArticleSummary {
        ReadingMarksTests.summary(id, file, segment: segment)
    }

    /// A folder holding `news/2026-07/1.txt` (a two-article digest) and `news/2026-07/2.txt`.
    private static func archive(in folder: StateFolder) throws -> String {
        let news = folder.url.appendingPathComponent("news").path
        try FileManager.default.createDirectory(atPath: news + "/2026-07", withIntermediateDirectories: true)
        try "One\n\nThe first article.\n\n---\n\nTwo\n\nThe second.\n".write(toFile: news + "/2026-07/1.txt", atomically: true, encoding: .utf8)
        try "Other\n\nAnother article.\n".write(toFile: news + "/2026-07/2.txt", atomically: true, encoding: .utf8)
        return news
    }

    /// Marks one article as the reader does: with its file's fingerprint.
    private static func mark(_ store: ReadingStateStore, _ file: String, segment: Int = 1,
                             _ change: (inout ArticleState) -> Void) throws {
        let key = ArticleKey(file: file, segment: segment)
        try store.update(id: key.stored, fingerprint: ContentFingerprint.ofFile(key.file), change)
    }

    @Test func marksFollowARenamedArchiveFolder() throws {
        let folder = StateFolder()
        let news = try Self.archive(in: folder)
        let store = try ReadingStateStore(path: folder.db)
        try Self.mark(store, news + "/2026-07/1.txt", segment: 2) { $0.read = true; $0.position = 4 }
        try Self.mark(store, news + "/2026-07/2.txt") { $0.flagged = true }
        let moved = folder.url.appendingPathComponent("archive-2026").path
        try FileManager.default.moveItem(atPath: news, toPath: moved)
        let after = [Self.summary("1#1", moved + "/2026-07/1.txt"), Self.summary("1#2", moved + "/2026-07/1.txt", segment: 2),
                     Self.summary("2", moved + "/2026-07/2.txt")]
        // Not before a warm start's first frame (it may stat many files): the rescan relocates.
        #expect(try ReadingMarks.load(from: store).resolve(after, relocating: false) == ResolvedMarks())
        let marks = try ReadingMarks.load(from: store).resolve(after)
        #expect(marks.readIDs == ["1#2"])
        #expect(marks.flaggedIDs == ["2"])
        #expect(marks.positions == ["1#2": 4])
        #expect(Set(marks.relocations) == [
            MarkRelocation(from: ArticleKey(file: news + "/2026-07/1.txt", segment: 2), to: ArticleKey(after[1])),
            MarkRelocation(from: ArticleKey(file: news + "/2026-07/2.txt", segment: 1), to: ArticleKey(after[2])),
        ])
        try store.relocate(marks.relocations)
        // Re-keyed: the next start finds them by path, and the old keys are gone.
        let reopened = try ReadingStateStore(path: folder.db)
        #expect(Set(try reopened.all().keys) == [ArticleKey(after[1]).stored, ArticleKey(after[2]).stored])
        let again = try ReadingMarks.load(from: reopened).resolve(after)
        #expect(again.readIDs == ["1#2"] && again.flaggedIDs == ["2"])
        #expect(again.relocations.isEmpty && again.unfingerprinted.isEmpty)
    }

    /// No false move: the original still exists (a copy), the moved file was
    /// edited, the segment or name differs, or the article has a mark of its own.
    @Test func marksDoNotJumpToLookAlikes() throws {
        let folder = StateFolder()
        let news = try Self.archive(in: folder)
        let store = try ReadingStateStore(path: folder.db)
        try Self.mark(store, news + "/2026-07/1.txt") { $0.read = true }
        try Self.mark(store, news + "/2026-07/2.txt") { $0.flagged = true }
        let copy = folder.url.appendingPathComponent("copy").path
        try FileManager.default.copyItem(atPath: news, toPath: copy)
        let copied = [Self.summary("1#1", copy + "/2026-07/1.txt"), Self.summary("2", copy + "/2026-07/2.txt")]
        #expect(try ReadingMarks.load(from: store).resolve(copied) == ResolvedMarks())

        let moved = folder.url.appendingPathComponent("moved").path
        try FileManager.default.moveItem(atPath: news, toPath: moved)
        try "Other\n\nAnother article, edited.\n".write(toFile: moved + "/2026-07/2.txt", atomically: true, encoding: .utf8)
        try FileManager.default.moveItem(atPath: moved + "/2026-07/1.txt", toPath: moved + "/2026-07/renamed.txt")
        let after = [Self.summary("renamed#1", moved + "/2026-07/renamed.txt"), Self.summary("2", moved + "/2026-07/2.txt"),
                     Self.summary("copy-1#2", copy + "/2026-07/1.txt", segment: 2)]
        let marks = try ReadingMarks.load(from: store).resolve(after)
        #expect(marks.relocations.isEmpty)
        #expect(marks.readIDs.isEmpty && marks.flaggedIDs.isEmpty)

        // An article's own mark wins over a relocated one.
        try FileManager.default.moveItem(atPath: moved + "/2026-07/renamed.txt", toPath: moved + "/2026-07/1.txt")
        try FileManager.default.removeItem(atPath: copy)
        let own = Self.summary("1#1", moved + "/2026-07/1.txt")
        try Self.mark(store, own.file) { $0.flagged = true }
        let both = try ReadingMarks.load(from: store).resolve([own])
        #expect(both.flaggedIDs == ["1#1"] && both.readIDs.isEmpty && both.relocations.isEmpty)
    }

    /// What a rescan hands the reader: only the relocated marks, not those it already has.
    @Test func relocatedOnlyKeepsTheMovedMarks() throws {
        let folder = StateFolder()
        let news = try Self.archive(in: folder)
        let store = try ReadingStateStore(path: folder.db)
        try Self.mark(store, news + "/2026-07/1.txt") { $0.read = true }
        let stays = folder.url.appendingPathComponent("stays.txt").path
        try "Stays\n\nHere.\n".write(toFile: stays, atomically: true, encoding: .utf8)
        try Self.mark(store, stays) { $0.flagged = true; $0.position = 2 }
        let moved = folder.url.appendingPathComponent("july").path
        try FileManager.default.moveItem(atPath: news + "/2026-07", toPath: moved)
        let after = [Self.summary("1#1", moved + "/1.txt"), Self.summary("stays", stays)]
        let all = try ReadingMarks.load(from: store).resolve(after)
        #expect(all.readIDs == ["1#1"] && all.flaggedIDs == ["stays"])
        let only = all.relocatedOnly(after)
        #expect(only.readIDs == ["1#1"] && only.flaggedIDs.isEmpty && only.positions.isEmpty)
        #expect(only.relocations == all.relocations && !only.isEmpty)
        #expect(ResolvedMarks().relocatedOnly(after).isEmpty)
    }

    /// Two instances relocating the same marks at once leave one row per
    /// article, and a row written at the new key meanwhile is kept.
    @Test func concurrentRelocationsDoNotDuplicate() throws {
        let folder = StateFolder()
        let a = try ReadingStateStore(path: folder.db), b = try ReadingStateStore(path: folder.db)
        let print = ContentFingerprint(size: 3, hash: "0123456789abcdef")
        var moves: [MarkRelocation] = []
        for i in 0..<50 {
            let from = ArticleKey(file: "/old/\(i).txt", segment: 1), to = ArticleKey(file: "/new/\(i).txt", segment: 1)
            try a.update(id: from.stored, fingerprint: print) { $0.read = true }
            moves.append(MarkRelocation(from: from, to: to))
        }
        try b.update(id: moves[7].to.stored) { $0.flagged = true }
        let all = moves
        DispatchQueue.concurrentPerform(iterations: 2) { i in try? (i == 0 ? a : b).relocate(all) }
        let rows = try a.all()
        #expect(rows.count == 50)
        #expect(rows.keys.allSatisfy { $0.hasPrefix("/new/") })
        #expect(rows[moves[7].to.stored] == ArticleState(flagged: true))
        #expect(rows[moves[8].to.stored] == ArticleState(read: true))
        #expect(try a.fingerprints()[moves[8].to.stored] == print)
    }

    /// A version-2 file (no fingerprints) is upgraded in place: rows kept,
    /// listed as unfingerprinted once placed, and filled in by `setFingerprints`.
    @Test func upgradeFromVersion2AddsFingerprints() throws {
        let folder = StateFolder()
        let news = try Self.archive(in: folder)
        let key = ArticleKey(file: news + "/2026-07/2.txt", segment: 1)
        do {
            try writeOldStateFile(at: folder.db, version: 2) { db in
                try db.execute(sql: "INSERT INTO article_state VALUES (?, 1, 0, 3, 0)", arguments: [key.stored])
            }
        }
        let store = try ReadingStateStore(path: folder.db)
        #expect(try store.all() == [key.stored: ArticleState(read: true, position: 3)])
        let summaries = [Self.summary("2", key.file)]
        let marks = try ReadingMarks.load(from: store).resolve(summaries)
        #expect(marks.readIDs == ["2"] && marks.unfingerprinted == [key])
        try store.setFingerprints([key.stored: try #require(ContentFingerprint.ofFile(key.file))])
        // A change without a fingerprint keeps the stored one.
        try store.update(id: key.stored) { $0.flagged = true }
        #expect(try store.fingerprints()[key.stored] == ContentFingerprint.ofFile(key.file))
        let moved = folder.url.appendingPathComponent("moved").path
        try FileManager.default.moveItem(atPath: news, toPath: moved)
        let after = try ReadingMarks.load(from: store).resolve([Self.summary("2", moved + "/2026-07/2.txt")])
        #expect(after.readIDs == ["2"] && after.flaggedIDs == ["2"] && after.positions == ["2": 3])
    }
}

/// Saving a mark takes its file's fingerprint through `FingerprintMemo`: read
/// once while the file is unchanged, again once it changes.
@Suite struct FingerprintMemoTests {
    final class Reads: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: [String] = []
        func add(_ p: String) { lock.lock(); paths.append(p); lock.unlock() }
        var count: Int { lock.lock(); defer { lock.unlock() }; return paths.count }
    }

    @Test func readsAFileOnceUntilItChanges() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-memo-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("Minsk\n\nTractors.\n".utf8).write(to: file)
        let reads = Reads()
        let memo = FingerprintMemo { path in reads.add(path); return ContentFingerprint.ofFile(path) }
        let first = memo.fingerprint(of: file.path)
        #expect(first == ContentFingerprint.ofFile(file.path))
        #expect(memo.fingerprint(of: file.path) == first)
        #expect(reads.count == 1)
        try Data("Minsk\n\nMore tractors this year.\n".utf8).write(to: file)
        let second = memo.fingerprint(of: file.path)
        #expect(reads.count == 2)
        #expect(second != first && second == ContentFingerprint.ofFile(file.path))
        try FileManager.default.removeItem(at: file)
        #expect(memo.fingerprint(of: file.path) == nil)
    }
}

/// The list place kept per corpus (`ListPlace`): saved, read back by another
/// instance, replaced; another corpus has its own.
@Suite struct ListPlaceStoreTests {
    @Test func thePlaceIsKeptPerCorpus() throws {
        let folder = StateFolder()
        let news = ListPlace.rootKey(["/srv/news"]), other = ListPlace.rootKey(["/srv/other", "/srv/more"])
        do {
            let store = try ReadingStateStore(path: folder.db)
            #expect(try store.listPlace(root: news) == nil)  // no table yet: no error
            try store.setListPlace(ListPlace(article: ArticleKey(file: "/srv/news/a.txt", segment: 1), row: 3), root: news)
            try store.setListPlace(ListPlace(article: ArticleKey(file: "/srv/news/b#1.txt", segment: 2), row: 499, reading: true),
                                   root: news)
            try store.setListPlace(ListPlace(article: ArticleKey(file: "/srv/other/c.txt", segment: 1), row: 0), root: other)
        }
        let again = try ReadingStateStore(path: folder.db)
        #expect(try again.listPlace(root: news)
                == ListPlace(article: ArticleKey(file: "/srv/news/b#1.txt", segment: 2), row: 499, reading: true))
        #expect(try again.listPlace(root: other)?.article.file == "/srv/other/c.txt")
        #expect(try again.listPlace(root: ListPlace.rootKey(["/srv"])) == nil)
        #expect(try again.integrityProblems().isEmpty)
    }

    /// Review finding: a digest that gained a story above the one the list stood on reopened on the story before it (the
    /// place followed the segment). It follows the story now, as the marks do; a place another build moved keeps no
    /// stale story.
    @Test func thePlaceFollowsItsStoryToAnotherSegment() throws {
        func summary(_ title: String, _ segment: Int) -> ArticleSummary {
            ArticleSummary(id: "d#\(segment)", file: "/srv/news/digest.txt", segment: segment, title: title, date: nil,
                           language: "en", source: nil, countries: [], entityNames: [])
        }
        let before = [summary("Egypt opens a port", 1), summary("Kazakhstan signs a pact", 2), summary("Chile votes", 3)]
        let place = ListPlace(article: ArticleKey(before[1]), row: 1, story: ArticleStory.of(before[1]))
        #expect(place.index(in: before) == 1)
        // A story added at the top: the pact is now segment 3.
        let after = [summary("Uzbekistan builds a railway", 1)] + before.map { summary($0.title, $0.segment + 1) }
        #expect(place.index(in: after) == 2)
        // Without a story (a place kept by an older build) the segment holds, as before.
        #expect(ListPlace(article: place.article, row: 1).index(in: after) == 1)
        // A retitled story: its segment.
        #expect(place.index(in: [summary("Egypt opens a port", 1), summary("Kazakhstan signs a trade pact", 2)]) == 1)

        let folder = StateFolder()
        let root = ListPlace.rootKey(["/srv/news"])
        do {
            let store = try ReadingStateStore(path: folder.db)
            try store.setListPlace(place, root: root)
        }
        let again = try ReadingStateStore(path: folder.db)
        #expect(try again.listPlace(root: root) == place)
        // Another build moves the place through the columns it knows: the story, of the other article, is not used.
        let queue = try DatabaseQueue(path: folder.db)
        try queue.write { db in
            try db.execute(sql: "UPDATE list_place SET article = ?", arguments: [ArticleKey(before[2]).stored])
        }
        #expect(try again.listPlace(root: root)?.story == nil)
        #expect(try again.listPlace(root: root)?.article == ArticleKey(before[2]))
    }

    @Test func theRootKeyDoesNotDependOnHowTheCorpusWasNamed() {
        #expect(ListPlace.rootKey(["/srv/news/", "/srv/b"]) == ListPlace.rootKey(["/srv/b", "/srv/./news"]))
        #expect(ListPlace.rootKey(["/srv/news"]) != ListPlace.rootKey(["/srv/news/2026"]))
    }

    @Test func theIndexOfAPlaceFollowsItsArticle() {
        func summary(_ file: String, _ segment: Int) -> ArticleSummary {
            ArticleSummary(id: "\(file)#\(segment)", file: file, segment: segment, title: "", date: nil, language: "en",
                           source: nil, countries: [], entityNames: [])
        }
        let list = [summary("/n/a.txt", 1), summary("/n/d.txt", 1), summary("/n/d.txt", 3), summary("/n/d.txt", 6),
                    summary("/n/xd.txt", 2)]
        func index(_ file: String, _ segment: Int, row: Int = 0) -> Int? {
            ListPlace(article: ArticleKey(file: file, segment: segment), row: row).index(in: list)
        }
        #expect(index("/n/d.txt", 3) == 2)
        #expect(index("/n/d.txt", 5) == 2)  // before it, though 6 is nearer
        #expect(index("/n/d.txt", 2) == 1)
        #expect(index("/n/d.txt", 0) == 1)  // none before: the nearest after
        #expect(index("/n/gone.txt", 1, row: 3) == 3)
        #expect(index("/n/gone.txt", 1, row: 30) == 4)
        #expect(index("/n/d.txt", 2, row: 0) != 4)  // "xd.txt" is another file
        #expect(ListPlace(article: ArticleKey(file: "/n/a.txt", segment: 1), row: 2).index(in: []) == nil)
    }
}

/// The filters kept per corpus (`SavedFilters`, table `list_filters`): saved,
/// read back by another instance, cleared; a file from an older version,
/// which has no such table, keeps working and gains it on first use.
@Suite struct ListFiltersStoreTests {
    @Test func theFiltersAreKeptPerCorpus() throws {
        let folder = StateFolder()
        let news = ListPlace.rootKey(["/srv/news"]), other = ListPlace.rootKey(["/srv/other"])
        let kept = SavedFilters(countries: ["VN", "BY"], languages: ["fr"], entity: "Tô Lâm", unreadOnly: true)
        do {
            let store = try ReadingStateStore(path: folder.db)
            #expect(try store.listFilters(root: news) == nil)  // no table yet: no error
            try store.setListFilters(SavedFilters(), root: news)  // nothing to keep: no table needed
            try store.setListFilters(kept, root: news)
            try store.setListFilters(SavedFilters(flaggedOnly: true), root: other)
        }
        let again = try ReadingStateStore(path: folder.db)
        #expect(try again.listFilters(root: news) == kept)
        #expect(try again.listFilters(root: news)?.countries == ["BY", "VN"])
        #expect(try again.listFilters(root: other) == SavedFilters(flaggedOnly: true))
        // Cleared filters (C) leave nothing to restore.
        try again.setListFilters(SavedFilters(), root: news)
        #expect(try again.listFilters(root: news) == nil)
        #expect(try again.listFilters(root: other) != nil)
        #expect(try again.integrityProblems().isEmpty)
    }

    @Test func aStateFileFromAnOlderVersionKeepsWorking() throws {
        for version in [1, 2] {
            let folder = StateFolder()
            try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
            try writeOldStateFile(at: folder.db, version: version) { db in
                try db.execute(sql: "INSERT INTO article_state VALUES ('/srv/news/a.txt#1', 1, 1, 4, 0)")
            }
            let root = ListPlace.rootKey(["/srv/news"])
            let store = try ReadingStateStore(path: folder.db)
            #expect(try store.listFilters(root: root) == nil)
            try store.setListFilters(SavedFilters(languages: ["ar"]), root: root)
            try store.setListPlace(ListPlace(article: ArticleKey(file: "/srv/news/a.txt", segment: 1), row: 0), root: root)
            let again = try ReadingStateStore(path: folder.db)
            #expect(try again.listFilters(root: root) == SavedFilters(languages: ["ar"]))
            // The marks are where they were (version 1's set apart for migration, as before).
            let marks = version == 1 ? try again.legacy() : try again.all()
            #expect(marks.count == 1, "version \(version)")
            // The file's version stays the one older builds read and write.
            let version = try DatabaseQueue(path: folder.db).read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
            #expect(version == ReadingStateStore.version)
        }
    }

    @Test func aDamagedRowLosesItsCodesNotTheStart() throws {
        let folder = StateFolder()
        let root = ListPlace.rootKey(["/srv/news"])
        let store = try ReadingStateStore(path: folder.db)
        try store.setListFilters(SavedFilters(countries: ["BY"], unreadOnly: true), root: root)
        try DatabaseQueue(path: folder.db).write { db in
            try db.execute(sql: "UPDATE list_filters SET countries = 'BY VN'")
        }
        #expect(try store.listFilters(root: root) == SavedFilters(unreadOnly: true))
    }
}

/// The list order kept per corpus (`ListOrder`, table `list_order`): saved,
/// read back by another instance, the default deleting the row; a value this
/// build does not know (a newer build's) reads as the default.
@Suite struct ListOrderStoreTests {
    @Test func theOrderIsKeptPerCorpus() throws {
        let folder = StateFolder()
        let news = ListPlace.rootKey(["/srv/news"]), other = ListPlace.rootKey(["/srv/other"])
        do {
            let store = try ReadingStateStore(path: folder.db)
            #expect(try store.listOrder(root: news) == nil)  // no table yet: no error
            try store.setListOrder(.corpus, root: news)  // the default: no table needed
            #expect(try DatabaseQueue(path: folder.db).read { try $0.tableExists("list_order") } == false)
            try store.setListOrder(.newestFirst, root: news)
            try store.setListOrder(.oldestFirst, root: other)
        }
        let again = try ReadingStateStore(path: folder.db)
        #expect(try again.listOrder(root: news) == .newestFirst)
        #expect(try again.listOrder(root: other) == .oldestFirst)
        try again.setListOrder(.oldestFirst, root: news)
        #expect(try again.listOrder(root: news) == .oldestFirst)
        // Back to corpus order leaves nothing to restore; the other corpus keeps its own.
        try again.setListOrder(.corpus, root: news)
        #expect(try again.listOrder(root: news) == nil)
        #expect(try again.listOrder(root: other) == .oldestFirst)
        try DatabaseQueue(path: folder.db).write { db in
            try db.execute(sql: "UPDATE list_order SET list_order = 'by-title'")
        }
        #expect(try again.listOrder(root: other) == nil)
        #expect(try again.integrityProblems().isEmpty)
    }

    @Test func theOrderCyclesThroughTheThree() {
        #expect(ListOrder.corpus.next == .newestFirst)
        #expect(ListOrder.newestFirst.next == .oldestFirst)
        #expect(ListOrder.oldestFirst.next == .corpus)
        #expect(ListOrder.newestFirst.name == "newest first")
    }
}

/// Another instance's marks, seen without a restart (`MarksWatcher`).
@Suite struct MarksWatcherTests {
    static let a = ArticleKey(file: "/news/a.txt", segment: 1)
    static let b = ArticleKey(file: "/news/b.txt", segment: 1)
    static let c = ArticleKey(file: "/news/c.txt", segment: 2)

    @Test func oneHandleWritesTheOtherSeesItAtThePoll() throws {
        let folder = StateFolder()
        let mine = try ReadingStateStore(path: folder.db)
        try mine.update(id: Self.c.stored) { $0.read = true }  // before: known, never reported
        let watcher = try MarksWatcher(store: mine)
        #expect(watcher.poll() == [], "nothing changed")
        let version = try mine.dataVersion()

        let other = try ReadingStateStore(path: folder.db)
        try other.update(id: Self.a.stored) { $0.read = true }
        try other.update(id: Self.b.stored) { $0.flagged = true }
        #expect(try mine.dataVersion() != version, "another connection's commit changes data_version")
        #expect(watcher.poll() == [MarkChange(key: Self.a, read: true, flagged: false),
                                   MarkChange(key: Self.b, read: false, flagged: true)])
        #expect(watcher.poll() == [], "each change is reported once")

        // A position (or a list place) written elsewhere changes no mark: nothing to report.
        try other.update(id: Self.a.stored) { $0.position = 40 }
        #expect(watcher.poll() == [])
        // Unread there.
        try other.update(id: Self.a.stored) { $0.read = false }
        #expect(watcher.poll() == [MarkChange(key: Self.a, read: false, flagged: false)])
        try other.setRead(true, ids: [Self.a.stored, Self.b.stored])
        #expect(watcher.poll() == [MarkChange(key: Self.a, read: true, flagged: false),
                                   MarkChange(key: Self.b, read: true, flagged: true)])
    }

    /// This instance's own writes are never reported back, and do not hide
    /// another instance's change to the other mark of the same row.
    @Test func ownWritesWinAndNothingIsLost() throws {
        let folder = StateFolder()
        let mine = try ReadingStateStore(path: folder.db)
        let watcher = try MarksWatcher(store: mine)
        let other = try ReadingStateStore(path: folder.db)

        // Mine: read (and noted, as the reader notes each write it makes).
        try mine.update(id: Self.a.stored) { $0.read = true }
        watcher.noteOwn(read: true, keys: [Self.a.stored])
        #expect(watcher.poll() == [], "own writes do not change data_version")
        // The other flags the same article, then this one marks it unread before polling.
        try other.update(id: Self.a.stored) { $0.flagged = true }
        try mine.update(id: Self.a.stored) { $0.read = false }
        watcher.noteOwn(read: false, keys: [Self.a.stored])
        #expect(watcher.poll() == [MarkChange(key: Self.a, read: false, flagged: true)],
                "the other's flag shows; this one's unread stands")
        #expect(try mine.state(id: Self.a.stored) == ArticleState(read: false, flagged: true))

        // The other marks read after this one marked unread: the later write wins, and shows.
        try mine.update(id: Self.b.stored) { $0.read = true }
        watcher.noteOwn(read: true, keys: [Self.b.stored])
        try other.update(id: Self.b.stored) { $0.read = false }
        #expect(watcher.poll() == [MarkChange(key: Self.b, read: false, flagged: false)])

        // Rows an older build keeps by article ID are not keys: never reported.
        try other.update(id: "legacy-id") { $0.read = true }
        #expect(watcher.poll() == [])
    }
}

extension MarksWatcherTests {
    /// The reader's watcher starts from the marks it loaded (no second read
    /// of every row): a mark written between the version and the load is
    /// reported at most once more, one written after is reported.
    @Test func aWatcherStartedFromLoadedMarks() throws {
        let folder = StateFolder()
        let mine = try ReadingStateStore(path: folder.db)
        let other = try ReadingStateStore(path: folder.db)
        try mine.update(id: Self.c.stored) { $0.flagged = true }
        let version = try mine.dataVersion()
        try other.update(id: Self.a.stored) { $0.read = true }  // between the version and the load
        let watcher = MarksWatcher(store: mine, version: version, marks: try ReadingMarks.load(from: mine))
        let first = watcher.poll()
        #expect(first.allSatisfy { $0 == MarkChange(key: Self.a, read: true, flagged: false) })
        try other.update(id: Self.b.stored) { $0.flagged = true }
        #expect(watcher.poll() == [MarkChange(key: Self.b, read: false, flagged: true)])
    }
}

/// Marks follow their story when a digest file gains or loses stories (its
/// segments renumber): the user review found a flag on "Egypt…" shown on
/// "Kazakhstan…" after a story was added at the top.
@Suite struct StoryMarksTests {
    static let file = "/news/digest.txt"

    /// The digest's articles, in order: segment i + 1 has title `titles[i]`.
    static func digest(_ titles: [String]) -> [ArticleSummary] {
        titles.enumerated().map { i, title in
            ArticleSummary(id: "digest#\(i + 1)", file: file, segment: i + 1, title: title, date: nil, language: "en",
                           source: nil, countries: [], entityNames: [])
        }
    }

    static let belarus = "Belarus and Vietnam sign agreement", kazakhstan = "Kazakhstan opens new railway link to China"
    static let egypt = "Egypt and Russia discuss nuclear plant construction", uzbekistan = "Uzbekistan and India sign trade pact"

    /// Marks as the reader saves them: with the article's story.
    private static func mark(_ store: ReadingStateStore, _ s: ArticleSummary, _ change: (inout ArticleState) -> Void) throws {
        try store.update(id: ArticleKey(s).stored, story: ArticleStory.of(s), change)
    }

    @Test func aStoryAddedAtTheTopMovesNoMark() throws {
        let folder = StateFolder()
        let store = try ReadingStateStore(path: folder.db)
        let before = Self.digest([Self.belarus, Self.kazakhstan, Self.egypt])
        try Self.mark(store, before[1]) { $0.read = true; $0.position = 5 }
        try Self.mark(store, before[2]) { $0.flagged = true }
        let after = Self.digest([Self.uzbekistan, Self.belarus, Self.kazakhstan, Self.egypt])
        let marks = try ReadingMarks.load(from: store).resolve(after)
        #expect(marks.readIDs == ["digest#3"])  // Kazakhstan, not Belarus
        #expect(marks.flaggedIDs == ["digest#4"])  // Egypt, not Kazakhstan
        #expect(marks.positions == ["digest#3": 5])
        #expect(marks.reattachments == [
            MarkRelocation(from: ArticleKey(file: Self.file, segment: 2), to: ArticleKey(file: Self.file, segment: 3)),
            MarkRelocation(from: ArticleKey(file: Self.file, segment: 3), to: ArticleKey(file: Self.file, segment: 4)),
        ])
        // Re-keyed (each row one segment down, none overwriting the next): the next start places them directly.
        try store.reattach(marks.reattachments)
        #expect(try store.all() == [ArticleKey(file: Self.file, segment: 3).stored: ArticleState(read: true, position: 5),
                                    ArticleKey(file: Self.file, segment: 4).stored: ArticleState(flagged: true)])
        let again = try ReadingMarks.load(from: store).resolve(after)
        #expect(again.readIDs == ["digest#3"] && again.flaggedIDs == ["digest#4"] && again.reattachments.isEmpty)
        // The top story removed again: the marks move back up.
        let removed = try ReadingMarks.load(from: store).resolve(Self.digest([Self.belarus, Self.kazakhstan, Self.egypt]))
        #expect(removed.readIDs == ["digest#2"] && removed.flaggedIDs == ["digest#3"])
        // A story deleted: its mark goes nowhere, not onto the story that takes its segment.
        let deleted = try ReadingMarks.load(from: store).resolve(Self.digest([Self.uzbekistan, Self.belarus, Self.egypt]))
        #expect(deleted.readIDs.isEmpty && deleted.flaggedIDs == ["digest#3"])
    }

    /// A retitled story keeps its mark by segment; an older copy of a mark whose story another mark holds goes nowhere.
    @Test func placementFallsBackToTheSegment() {
        let placed = ArticleStory.place(
            marks: [(segment: 1, story: "a"), (segment: 2, story: nil), (segment: 3, story: "gone"), (segment: 4, story: "a")],
            in: [(segment: 1, story: "a"), (segment: 2, story: "b"), (segment: 3, story: "retitled"), (segment: 4, story: "d")])
        #expect(placed == [0: 0, 1: 1, 2: 2])
    }

    /// A version-3 file (marks by segment, no stories) upgrades without losing a
    /// mark; placed marks get their story, and follow it from then on.
    @Test func upgradeFromVersion3KeepsEveryMark() throws {
        let folder = StateFolder()
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        let kazakhstan = ArticleKey(file: Self.file, segment: 2), egypt = ArticleKey(file: Self.file, segment: 3)
        do {
            let old = try DatabaseQueue(path: folder.db)
            try old.write { db in
                try db.execute(sql: """
                    CREATE TABLE article_state(id TEXT PRIMARY KEY, read INTEGER NOT NULL DEFAULT 0,
                      flagged INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL DEFAULT 0, updated REAL NOT NULL,
                      size INTEGER, hash TEXT) WITHOUT ROWID
                    """)
                try db.execute(sql: "PRAGMA application_id = \(ReadingStateStore.applicationID)")
                try db.execute(sql: "PRAGMA user_version = 3")
                try db.execute(sql: "INSERT INTO article_state VALUES (?, 1, 0, 0, 0, 10, '0123456789abcdef'), (?, 0, 1, 0, 0, NULL, NULL)",
                               arguments: [kazakhstan.stored, egypt.stored])
            }
        }
        let store = try ReadingStateStore(path: folder.db)
        #expect(try store.all() == [kazakhstan.stored: ArticleState(read: true), egypt.stored: ArticleState(flagged: true)])
        let before = Self.digest([Self.belarus, Self.kazakhstan, Self.egypt])
        let marks = try ReadingMarks.load(from: store).resolve(before)
        #expect(marks.readIDs == ["digest#2"] && marks.flaggedIDs == ["digest#3"])
        #expect(marks.unstoried == [kazakhstan: ArticleStory.of(before[1]), egypt: ArticleStory.of(before[2])])
        try store.setStories(marks.unstoried)
        let after = try ReadingMarks.load(from: store).resolve(Self.digest([Self.uzbekistan, Self.belarus, Self.kazakhstan, Self.egypt]))
        #expect(after.readIDs == ["digest#3"] && after.flaggedIDs == ["digest#4"])
        #expect(try store.fingerprints()[kazakhstan.stored] == ContentFingerprint(size: 10, hash: "0123456789abcdef"))
        let version = try DatabaseQueue(path: folder.db).read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        #expect(version == 4)
    }

    /// `A` (mark all read) keeps each article's story too.
    @Test func markingAllReadKeepsTheStories() throws {
        let folder = StateFolder()
        let store = try ReadingStateStore(path: folder.db)
        let before = Self.digest([Self.belarus, Self.kazakhstan])
        try store.setRead(true, ids: before.map { ArticleKey($0).stored }, stories: before.map(ArticleStory.of))
        let after = try ReadingMarks.load(from: store).resolve(Self.digest([Self.uzbekistan, Self.belarus, Self.kazakhstan]))
        #expect(after.readIDs == ["digest#2", "digest#3"])
    }
}

/// A corpus opened through a link (`~/news` to `/data/news`) is the same archive.
@Suite struct LinkedCorpusTests {
    /// `data/news` in `folder`, holding one article, and a link `news` to it.
    fileprivate static func linkedNews(in folder: StateFolder) throws -> (news: String, link: String) {
        let news = folder.url.appendingPathComponent("data/news").path, link = folder.url.appendingPathComponent("news").path
        try FileManager.default.createDirectory(atPath: news, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: news)
        try "One\n\nThe first article.\n".write(toFile: news + "/1.txt", atomically: true, encoding: .utf8)
        return (news, link)
    }

    @Test func aLinkedRootSharesTheIndexThePlaceAndTheMarks() throws {
        let folder = StateFolder()
        let (news, link) = try Self.linkedNews(in: folder)
        let real = try #require(CorpusRoot.realPath(news))
        #expect(CorpusRoot.resolved(link) == real)
        #expect(CorpusRoot.resolved("relative/not/there") == "relative/not/there")
        #expect(CorpusIndex.defaultPath(roots: [link]) == CorpusIndex.defaultPath(roots: [real]))
        #expect(ListPlace.rootKey([link]) == ListPlace.rootKey([real]))
        // A mark kept through the link (before roots were resolved) moves to the real path.
        let store = try ReadingStateStore(path: folder.db)
        try store.update(id: ArticleKey(file: link + "/1.txt", segment: 1).stored,
                         fingerprint: ContentFingerprint.ofFile(news + "/1.txt")) { $0.flagged = true }
        let summary = ArticleSummary(id: "1", file: real + "/1.txt", segment: 1, title: "One", date: nil, language: "en",
                                     source: nil, countries: [], entityNames: [])
        let marks = try ReadingMarks.load(from: store).resolve([summary])
        #expect(marks.flaggedIDs == ["1"])
        #expect(marks.relocations == [MarkRelocation(from: ArticleKey(file: link + "/1.txt", segment: 1), to: ArticleKey(summary))])
    }

    @Test func aCorpusOpenedThroughALinkReadsTheRealFiles() throws {
        let folder = StateFolder()
        let (news, link) = try Self.linkedNews(in: folder)
        try Data([0, 1, 2]).write(to: URL(fileURLWithPath: news + "/bad.txt"))
        let real = try #require(CorpusRoot.realPath(news))
        let corpus = Corpus.open(paths: [link], options: OpenOptions(useIndex: false))
        #expect(corpus.articles.map(\.file) == [real + "/1.txt"])
        // Messages still name the path as typed.
        #expect(corpus.warnings.map(\.file) == [link + "/bad.txt"])
        #expect(corpus.paths == [link])
    }
}

/// The reader's preferences (table `preferences`, the layout `v` chose): none before the first is set (no
/// table, no error), kept for another instance, replaced by a later value; a key never set stays nil.
@Suite struct PreferenceStoreTests {
    @Test func aPreferenceIsKeptAcrossInstances() throws {
        let folder = StateFolder()
        do {
            let store = try ReadingStateStore(path: folder.db)
            #expect(try store.preference("layout") == nil)
            #expect(try DatabaseQueue(path: folder.db).read { try $0.tableExists("preferences") } == false)
            try store.setPreference("compact", for: "layout")
            try store.setPreference("all", for: "layout")
        }
        let again = try ReadingStateStore(path: folder.db)
        #expect(try again.preference("layout") == "all")
        #expect(try again.preference("theme") == nil)
        #expect(try again.integrityProblems().isEmpty)
    }
}
