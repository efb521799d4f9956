import Foundation
import Testing
@testable import BulletinKit

/// Records the order in which articles reach the extractor.
private final class ExtractionLog: @unchecked Sendable {
    private let lock = NSLock()
    private var titles: [String] = []
    func add(_ title: String) { lock.lock(); titles.append(title); lock.unlock() }
    var order: [String] { lock.lock(); defer { lock.unlock() }; return titles }
}

private let mixedFiles: [String: String] = [
    "a.txt": "Hội nghị ở Hà Nội\n\nChủ tịch nước Lương Cường tiếp đoàn đại biểu Belarus tại Hà Nội.",
    "b.txt": "Lukashenko meets farmers\n\nAlexander Lukashenko visited a farm near Minsk on Monday.",
    "c.txt": "Визит в Минск\n\nЛукашенко встретился с делегацией в Минске во вторник.",
    "d.txt": "Loukachenko à Minsk\n\nLe président Loukachenko a reçu une délégation de la Biélorussie.",
    "e.txt": "Grain harvest ends\n\nFarmers near Gomel finished the harvest, Lukashenko said.",
    "f.txt": "Trang trại ở Gomel\n\nNông dân gần Gomel đã thu hoạch xong.",
    "g.txt": "لوكاشينكو يستقبل وفدا\n\nاستقبل الرئيس لوكاشينكو وفدا من فيتنام في مينسك.",
]

private func tasks(_ fixture: IndexFixture) -> [FileTask] {
    mixedFiles.keys.sorted().map { name in
        FileTask(path: fixture.path(name), fingerprint: FileFingerprint.of(path: fixture.path(name))!, knownHash: nil)
    }
}

@Suite struct IndexRunTests {
    /// A run gives every file what preparing it alone gives, in the run's order.
    @Test func runEqualsFilesPreparedAlone() throws {
        let fixture = try IndexFixture(files: mixedFiles)
        let run = tasks(fixture)
        var cache = PreparedArticle.NameCache()
        var clock = StageClock()
        let together = FilePreparer.prepareRun(run, extract: FakeExtractor.extract, cache: &cache, clock: &clock).map { $0! }
        #expect(together.count == run.count)
        for (task, file) in zip(run, together) {
            var aloneCache = PreparedArticle.NameCache()
            let alone = FilePreparer.prepare(task, extract: FakeExtractor.extract, cache: &aloneCache, clock: &clock)
            #expect(file.path == task.path)
            #expect(file.hash == alone.hash)
            #expect(file.wasKnown == false)
            #expect(file.articles.map(\.article) == alone.articles.map(\.article))
            #expect(file.articles.map(\.entities) == alone.articles.map(\.entities))
            #expect(file.articles.map(\.foldedBody) == alone.articles.map(\.foldedBody))
        }
        // The fake extractor found its person in the files that name him, in any script.
        let named = together.filter { $0.articles.contains { !$0.article.entities.isEmpty } }.count
        #expect(named == 6)
    }

    /// The run's articles reach the extractor one language after another,
    /// each language's in list order (the first language first seen first).
    @Test func runExtractsByLanguage() throws {
        let fixture = try IndexFixture(files: mixedFiles)
        let log = ExtractionLog()
        var cache = PreparedArticle.NameCache()
        var clock = StageClock()
        let files = FilePreparer.prepareRun(tasks(fixture), extract: { title, body, language, source in
            log.add(title)
            return FakeExtractor.extract(title: title, body: body, language: language, source: source)
        }, cache: &cache, clock: &clock).map { $0! }
        let languages = files.map { $0.articles[0].article.language }
        let byTitle = Dictionary(uniqueKeysWithValues: files.map { ($0.articles[0].article.title, $0.articles[0].article.language) })
        let seen = log.order.map { byTitle[$0]! }
        // Grouped: a language never comes back once another has started.
        var finished = Set<String>()
        for (i, language) in seen.enumerated() where i > 0 && seen[i - 1] != language {
            finished.insert(seen[i - 1])
            #expect(!finished.contains(language), "\(seen)")
        }
        #expect(seen.count == files.count)
        // The list order would have alternated.
        #expect(Set(languages).count >= 4)
        #expect(languages != seen)
    }

    /// A known file whose bytes did not change is a touch, even inside a run.
    @Test func unchangedKnownFileIsTouched() throws {
        let fixture = try IndexFixture(files: mixedFiles)
        var run = tasks(fixture)
        var cache = PreparedArticle.NameCache()
        var clock = StageClock()
        let first = FilePreparer.prepareRun(run, extract: FakeExtractor.extract, cache: &cache, clock: &clock).map { $0! }
        run[2].knownHash = first[2].hash
        run[4].path += ".missing"
        let second = FilePreparer.prepareRun(run, extract: FakeExtractor.extract, cache: &cache, clock: &clock).map { $0! }
        #expect(second[2].articles.isEmpty && second[2].wasKnown)
        if case .touch = second[2].kind {} else { Issue.record("not a touch: \(second[2].kind)") }
        #expect(second[4].articles.isEmpty && !second[4].warnings.isEmpty)
        #expect(second[3].articles.map(\.article) == first[3].articles.map(\.article))
    }

    /// A run takes consecutive files and stops at the window instead of waiting for it.
    @Test func takeRunStopsAtWindow() {
        let all = (0..<10).map { FileTask(path: "/x/\($0)", fingerprint: FileFingerprint(size: 1, mtime: 0), knownHash: nil) }
        let stream = PreparedStream(tasks: all, window: 4, isCancelled: { false })
        let run = stream.take(upTo: 8)
        #expect(run.map(\.0) == [0, 1, 2, 3])
        #expect(run.map(\.1.path) == ["/x/0", "/x/1", "/x/2", "/x/3"])
    }

    /// A worker holding runs parsed ahead takes without waiting: at a full window it gets
    /// nothing (and returns at once) rather than waiting for a writer that may wait for it.
    @Test func takeWithoutWaitingAtFullWindowGetsNothing() {
        let all = (0..<10).map { FileTask(path: "/x/\($0)", fingerprint: FileFingerprint(size: 1, mtime: 0), knownHash: nil) }
        let stream = PreparedStream(tasks: all, window: 4, isCancelled: { false })
        #expect(stream.take(upTo: 3, wait: false).map(\.0) == [0, 1, 2])
        #expect(stream.take(upTo: 3, wait: false).map(\.0) == [3])
        #expect(stream.take(upTo: 3, wait: false).isEmpty)
    }

    /// Runs parsed first (while the knowledge base is built) and completed later, in
    /// order, give what preparing each run at once gives.
    @Test func runsParsedAheadEqualRunsPreparedAtOnce() throws {
        let fixture = try IndexFixture(files: mixedFiles)
        let all = tasks(fixture)
        let runs = stride(from: 0, to: all.count, by: 2).map { Array(all[$0..<min(all.count, $0 + 2)]) }
        var cache = PreparedArticle.NameCache()
        var clock = StageClock()
        let atOnce = runs.flatMap { FilePreparer.prepareRun($0, extract: FakeExtractor.extract, cache: &cache, clock: &clock) }
        var aheadCache = PreparedArticle.NameCache()
        var parsed = runs.map { FilePreparer.parseRun($0, clock: &clock) }
        var ahead: [PreparedFile?] = []
        for k in parsed.indices {
            ahead += FilePreparer.completeRun(&parsed[k], extract: FakeExtractor.extract, cache: &aheadCache, clock: &clock)
        }
        #expect(ahead.count == atOnce.count)
        for (a, b) in zip(ahead, atOnce) {
            #expect(a?.path == b?.path)
            #expect(a?.hash == b?.hash)
            #expect(a?.articles.map(\.article) == b?.articles.map(\.article))
            #expect(a?.articles.map(\.entities) == b?.articles.map(\.entities))
            #expect(a?.articles.map(\.aliases.count) == b?.articles.map(\.aliases.count))
        }
    }

    /// A cancellation stops a run where it was seen; the files taken are still a prefix.
    @Test func takeRunStopsAtCancellation() {
        let all = (0..<10).map { FileTask(path: "/x/\($0)", fingerprint: FileFingerprint(size: 1, mtime: 0), knownHash: nil) }
        let asked = ExtractionLog()
        let stream = PreparedStream(tasks: all, window: 100, isCancelled: {
            asked.add("?")
            return asked.order.count > 3
        })
        let run = stream.take(upTo: 8)
        #expect(run.map(\.0) == [0, 1, 2])
        #expect(stream.take(upTo: 8).isEmpty)
        #expect(stream.stoppedEarly)
    }

    /// A cancellation inside a run leaves the files not finished nil (each
    /// finished file whole), and the writer's files end before the first
    /// file a worker abandons.
    @Test func cancelledRunAbandonsItsUnfinishedFiles() throws {
        let fixture = try IndexFixture(files: mixedFiles)
        let run = tasks(fixture)
        let asked = ExtractionLog()
        var cache = PreparedArticle.NameCache()
        var clock = StageClock()
        // Yes from the 10th question on: files 1-6 parsed (6 questions), then 3 of their articles extracted.
        let files = FilePreparer.prepareRun(run, extract: FakeExtractor.extract, cache: &cache, clock: &clock,
                                            isCancelled: { asked.add("?"); return asked.order.count >= 10 })
        #expect(files.compactMap { $0 }.count == 4)   // the first file, and three asked about
        #expect(files[0] != nil, "the run's first file is always prepared")
        #expect(files.contains { $0 == nil })
        var aloneCache = PreparedArticle.NameCache()
        for (task, file) in zip(run, files) {
            guard let file else { continue }
            let alone = FilePreparer.prepare(task, extract: FakeExtractor.extract, cache: &aloneCache, clock: &clock)
            #expect(file.articles.map(\.article) == alone.articles.map(\.article))
        }

        let all = (0..<6).map { FileTask(path: "/x/\($0)", fingerprint: FileFingerprint(size: 1, mtime: 0), knownHash: nil) }
        let stream = PreparedStream(tasks: all, window: 100, isCancelled: { false })
        let taken = stream.take(upTo: 6)
        #expect(taken.count == 6)
        let empty = PreparedFile(path: "", fingerprint: FileFingerprint(size: 1, mtime: 0), hash: "", kind: .replace,
                                 articles: [], warnings: [])
        stream.put(0, empty)
        stream.put(1, empty)
        stream.abandon(2)
        stream.put(3, empty)
        stream.abandon(4)
        stream.put(5, empty)
        #expect(stream.file(0) != nil)
        #expect(stream.file(1) != nil)
        #expect(stream.file(2) == nil)
        #expect(stream.file(3) == nil)
    }
}
