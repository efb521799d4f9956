import Foundation
import Testing
@testable import BulletinKit

/// Stale indexes in the cache folder (every corpus path gone, or unused for 60 days) are removed once a day by an
/// open, never the one in use (review polish 17); `IndexHousekeeping.list` describes each.
@Suite struct IndexHousekeepingTests {
    private func scratch() throws -> String {
        let path = NSTemporaryDirectory() + "bulletin-prune-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// An index of `corpus` at `path`, as an update leaves it (its `roots` recorded).
    private func makeIndex(_ path: String, corpus: String) throws {
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        try "Minsk hosts a fair\n\nThe fair opened on Monday.\n".write(toFile: corpus + "/a.txt", atomically: true, encoding: .utf8)
        let index = try CorpusIndex.open(path: path)
        _ = try index.update(paths: [corpus], extract: FakeExtractor.extract, extractionStamp: "test")
    }

    private func age(_ path: String, days: Double, from now: Date) throws {
        try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(-days * 86_400)], ofItemAtPath: path)
    }

    /// Session 37: a run with `--entities FILE` has an index of its own (`CorpusIndex.defaultPath`), which names the
    /// file; once the file is gone no run can open that index (a missing `--entities` file is refused), so it goes
    /// after the grace as one whose corpus is gone.
    @Test func anIndexOfAnEntitiesFileNamesItAndGoesWhenTheFileIsGone() throws {
        let base = try scratch()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let env = ["XDG_CACHE_HOME": base + "/cache", "HOME": "/nonexistent"]
        let corpus = base + "/news", kb = base + "/kb.tsv", now = Date()
        try "Minsk Fair\tplace\n".write(toFile: kb, atomically: true, encoding: .utf8)
        let plain = CorpusIndex.defaultPath(roots: [corpus], environment: env)
        let withFile = CorpusIndex.defaultPath(roots: [corpus], entitiesFile: kb, environment: env)
        #expect(plain != withFile)
        #expect(withFile == CorpusIndex.defaultPath(roots: [corpus + "/"], entitiesFile: base + "/./kb.tsv", environment: env))
        let folder = IndexHousekeeping.folder(environment: env)
        #expect(URL(fileURLWithPath: withFile).deletingLastPathComponent().path == folder)
        try makeIndex(plain, corpus: corpus)
        let index = try CorpusIndex.open(path: withFile)
        _ = try index.update(paths: [corpus], extract: FakeExtractor.extract, entitiesFile: kb, extractionStamp: "test")
        let listed = IndexHousekeeping.list(folder: folder)
        #expect(listed.first { $0.path == plain }?.entitiesFile == nil)
        #expect(listed.first { $0.path == withFile }?.entitiesFile == CorpusRoot.resolved(kb))
        try age(withFile, days: 8, from: now)
        try age(plain, days: 8, from: now)
        #expect(IndexHousekeeping.stale(folder: folder, now: now).isEmpty)
        try FileManager.default.removeItem(atPath: kb)
        let stale = IndexHousekeeping.stale(folder: folder, now: now)
        #expect(stale.map(\.info.path) == [withFile])
        // (7 or 8 days: the file system's time stamps are not exact to the nanosecond.)
        #expect(stale.first?.reason.hasPrefix("its --entities file is gone (unused for ") == true, "\(stale)")
    }

    @Test func staleIndexesGoOnceADayButNeverTheOneInUse() throws {
        let base = try scratch()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let cache = base + "/cache", now = Date()
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        let kept = cache + "/index-aaaa.sqlite", gone = cache + "/index-bbbb.sqlite", old = cache + "/index-cccc.sqlite"
        let current = cache + "/index-dddd.sqlite"
        try makeIndex(kept, corpus: base + "/news")
        try makeIndex(gone, corpus: base + "/deleted")
        try makeIndex(old, corpus: base + "/old")
        try makeIndex(current, corpus: base + "/current")
        try FileManager.default.removeItem(atPath: base + "/deleted")
        try age(gone, days: 8, from: now)
        try age(old, days: 61, from: now)
        // The one in use goes neither for its age nor for its paths.
        try age(current, days: 90, from: now)
        try FileManager.default.removeItem(atPath: base + "/current")
        try "not an index".write(toFile: cache + "/notes.txt", atomically: true, encoding: .utf8)

        let listed = IndexHousekeeping.list(folder: cache)
        #expect(Set(listed.map(\.path)) == [kept, gone, old, current])
        #expect(listed.first { $0.path == kept }?.roots == [CorpusRoot.resolved(base + "/news")])
        #expect(listed.first { $0.path == gone }?.rootsGone == true)
        #expect(listed.allSatisfy { $0.bytes > 0 })

        let removed = IndexHousekeeping.sweepIfDue(folder: cache, current: current, now: now)
        #expect(Set(removed) == [gone, old])
        for path in [kept, current, cache + "/notes.txt"] { #expect(FileManager.default.fileExists(atPath: path), "\(path)") }
        for path in [gone, old, gone + "-wal", gone + "-shm"] { #expect(!FileManager.default.fileExists(atPath: path), "\(path)") }

        // Within a day, no second sweep (one stat); a day later, one.
        try age(kept, days: 70, from: now)
        #expect(IndexHousekeeping.sweepIfDue(folder: cache, current: current, now: now.addingTimeInterval(3_600)).isEmpty)
        #expect(FileManager.default.fileExists(atPath: kept))
        #expect(IndexHousekeeping.sweepIfDue(folder: cache, current: current, now: now.addingTimeInterval(90_000)) == [kept])
    }

    @Test func relativePathsOfOlderIndexesAreNeverTakenForGone() {
        let info = IndexFileInfo(path: "/x/index-1.sqlite", bytes: 1, lastUsed: Date(), roots: ["no-such-folder-here"], setAside: false)
        #expect(!info.rootsGone)
        #expect(IndexHousekeeping.staleReason(info) == nil)
        let absolute = IndexFileInfo(path: "/x/index-2.sqlite", bytes: 1, lastUsed: Date(), roots: ["/no/such/folder/here"], setAside: false)
        #expect(absolute.rootsGone)
    }

    /// A drive unplugged for a day looks like a deleted corpus: its index is kept for `goneGraceDays` after its last use.
    @Test func anIndexWhoseCorpusWentAwayIsKeptForAWeek() throws {
        let base = try scratch()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let cache = base + "/cache", now = Date()
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        let unplugged = cache + "/index-eeee.sqlite", current = cache + "/index-ffff.sqlite"
        try makeIndex(unplugged, corpus: base + "/drive/news")
        try makeIndex(current, corpus: base + "/current")
        try FileManager.default.removeItem(atPath: base + "/drive")
        try age(unplugged, days: 2, from: now)
        let info = try #require(IndexHousekeeping.list(folder: cache).first { $0.path == unplugged })
        #expect(info.rootsGone)
        #expect(IndexHousekeeping.staleReason(info, now: now) == nil)
        #expect(IndexHousekeeping.sweepIfDue(folder: cache, current: current, now: now).isEmpty)
        #expect(FileManager.default.fileExists(atPath: unplugged))
        // A week on, still gone: stale.
        #expect(IndexHousekeeping.staleReason(info, now: now.addingTimeInterval(6 * 86_400))?.hasPrefix("its corpus paths are gone") == true)
    }

    @Test func anOpenMarksItsIndexUsed() throws {
        let base = try scratch()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let corpus = base + "/news"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        try "Minsk hosts a fair\n\nThe fair opened on Monday.\n".write(toFile: corpus + "/a.txt", atomically: true, encoding: .utf8)
        let env = ["XDG_CACHE_HOME": base + "/cache"]
        let path = CorpusIndex.defaultPath(roots: [corpus], environment: env)
        try makeIndex(path, corpus: corpus)
        try age(path, days: 59, from: Date())
        IndexHousekeeping.markUsed(path)
        let info = try #require(IndexHousekeeping.list(folder: base + "/cache/bulletin").first)
        #expect(Date().timeIntervalSince(info.lastUsed) < 60)
        #expect(IndexHousekeeping.staleReason(info) == nil)
    }
}
