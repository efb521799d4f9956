import Foundation
import GRDB
import Testing
@testable import BulletinKit

/// A count and the threads that extracted, shared by an extractor's calls.
private final class ExtractionTally: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0
    private var byThread: [UInt: Int] = [:]
    func add() {
        lock.lock()
        total += 1
        byThread[UInt(bitPattern: Int(bitPattern: pthread_self())), default: 0] += 1
        lock.unlock()
    }
    var count: Int { lock.lock(); defer { lock.unlock() }; return total }
    var perThread: [Int] { lock.lock(); defer { lock.unlock() }; return byThread.values.sorted() }
}

/// `FakeExtractor`'s entities plus each capitalized word of the body as an organization (with its
/// upper-case form as an alias): many names, so that name keys, alias pairs and `entity_ref` ids
/// (numbered in the order the writer first meets them) all depend on the order of the files.
/// About 0.3 ms an article, as a real extraction is, so that a helper has time to help.
private func wordExtractor(_ tally: ExtractionTally) -> CorpusIndex.Extract {
    { title, body, language, source in
        tally.add()
        usleep(300)
        var found = FakeExtractor.extract(title: title, body: body, language: language, source: source)
        var seen = Set<String>()
        for w in body.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where w.count > 2 && w.first!.isUppercase {
            let name = String(w)
            guard seen.insert(name).inserted else { continue }
            found.entities.append(ArticleEntity(name: name, type: .organization, aliases: [name, name.uppercased()], mentions: 1))
        }
        return found
    }
}

private let bodies = [
    "Chủ tịch nước Lương Cường tiếp đoàn đại biểu Belarus tại Hà Nội. Đoàn thăm Zeta%ld.",
    "Alexander Lukashenko visited a farm near Minsk on Monday with Zeta%ld and Kappa%ld officials.",
    "Лукашенко встретился с делегацией в Минске во вторник. Zeta%ld.",
    "Le président Loukachenko a reçu une délégation de la Biélorussie et de Kappa%ld.",
    "Farmers near Gomel finished the harvest, Lukashenko said, and Zeta%ld agreed.",
    "استقبل الرئيس لوكاشينكو وفدا من فيتنام في مينسك. Kappa%ld",
]

/// `count` articles in several languages, each a JSON object (one line of JSON Lines).
private func records(_ count: Int) -> [String] {
    (0..<count).map { i in
        let body = String(format: bodies[i % bodies.count], i % 23, i % 31)
        let object: [String: Any] = ["title": "Report \(i) of the week", "body": body, "date": "2025-03-\(10 + i % 9)"]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}

/// Every stored row that depends on extraction and on the order of writing, table by table, in key order
/// (`scripts/index-digest`'s tables), with the columns that name the file or the article's place in it left out.
private func contents(_ index: CorpusIndex, withFiles: Bool = true) throws -> [String: [String]] {
    try index.pool.read { db in
        var tables: [String: String] = [
            "articles": """
                SELECT a.rowid, title, date, language, source, url, countries, entity_names, entity_refs, t.body, t.entities
                FROM articles a JOIN article_text t ON t.rowid = a.rowid ORDER BY a.rowid
                """,
            "entity_ref": "SELECT id, type, name, canonical FROM entity_ref ORDER BY id",
            "entity_alias": "SELECT folded, name FROM entity_alias ORDER BY folded, name",
            "fts docsize": "SELECT id, sz FROM article_fts_docsize ORDER BY id",
        ]
        if withFiles {
            tables["meta"] = "SELECT key, value FROM meta ORDER BY key"
            tables["files"] = "SELECT id, path, size, mtime, hash, warnings FROM files ORDER BY id"
            tables["ids"] = "SELECT rowid, file_id, article_id, file, segment, display_id FROM articles ORDER BY rowid"
        }
        return try tables.mapValues { sql in try Row.fetchAll(db, sql: sql).map(\.description) }
    }
}

@Suite struct IndexSharedExtractionTests {
    /// A file of many articles is extracted by both workers, and indexed exactly as by one worker alone.
    @Test func largeFileSharedByWorkersIndexesAsOneWorker() throws {
        let fixture = try IndexFixture(files: [
            "a.txt": "Grain harvest ends\n\nFarmers near Gomel finished the harvest, Lukashenko said.",
            "big.jsonl": records(640).joined(separator: "\n") + "\n",
            "z.txt": "Визит в Минск\n\nЛукашенко встретился с делегацией Kappa7 в Минске.",
        ])
        var indexed: [[String: [String]]] = []
        for threads in [1, 2] {
            let tally = ExtractionTally()
            let index = try CorpusIndex.open(path: fixture.root.appendingPathComponent("index-\(threads).sqlite").path)
            let report = try index.update(paths: [fixture.corpus.path], threads: threads, extract: wordExtractor(tally),
                                          extractionStamp: "test")
            #expect(report.added == 3 && !report.interrupted)
            // (Whether both threads extracted depends on libdispatch giving the update a second
            // thread at once, which tests running in parallel may delay: see the tests of runs below.)
            #expect(tally.count == 642)
            #expect(try index.integrityProblems().isEmpty)
            indexed.append(try contents(index))
        }
        #expect(indexed[0]["articles"]?.count == 642)
        #expect((indexed[0]["entity_ref"]?.count ?? 0) > 50)
        for table in indexed[0].keys.sorted() {
            #expect(indexed[0][table] == indexed[1][table], "\(table)")
        }
    }

    /// The articles of one large file are indexed as the same articles one per file are
    /// (the same extraction, folding, entity ids and aliases), but for their IDs.
    @Test func largeFileIndexesAsTheSameArticlesSplitOverFiles() throws {
        let lines = records(400)
        let one = try IndexFixture(files: ["big.jsonl": lines.joined(separator: "\n") + "\n"])
        var split: [String: String] = [:]
        for (i, line) in lines.enumerated() { split[String(format: "%04d.jsonl", i)] = line + "\n" }
        let many = try IndexFixture(files: split)
        var indexed: [[String: [String]]] = []
        for fixture in [one, many] {
            let index = try CorpusIndex.open(path: fixture.db)
            let report = try index.update(paths: [fixture.corpus.path], threads: 2, extract: wordExtractor(ExtractionTally()),
                                          extractionStamp: "test")
            #expect(!report.interrupted)
            indexed.append(try contents(index, withFiles: false))
        }
        #expect(indexed[0]["articles"]?.count == 400)
        for table in indexed[0].keys.sorted() {
            #expect(indexed[0][table] == indexed[1][table], "\(table)")
        }
    }

    /// An update cancelled inside a large file (while both workers extract it) stops within
    /// about an article, leaves a sound index without that file, and the next update completes
    /// it to what an uninterrupted update gives.
    @Test func cancelledLargeFileIsCompletedByTheNextUpdate() throws {
        let fixture = try IndexFixture(files: [
            "a.txt": "Grain harvest ends\n\nFarmers near Gomel finished the harvest, Lukashenko said.",
            "big.jsonl": records(600).joined(separator: "\n") + "\n",
            "z.txt": "Визит в Минск\n\nЛукашенко встретился с делегацией Kappa7 в Минске.",
        ])
        let tally = ExtractionTally()
        let index = try CorpusIndex.open(path: fixture.db)
        let cancelAt = 150
        let first = try index.update(paths: [fixture.corpus.path], threads: 2, extract: wordExtractor(tally),
                                     extractionStamp: "test", isCancelled: { tally.count >= cancelAt })
        #expect(first.interrupted)
        // Each worker may have been inside one extraction when the answer turned.
        #expect(tally.count <= cancelAt + 2, "\(tally.count) extractions")
        #expect(try index.integrityProblems().isEmpty)
        let afterCancel = try contents(index)
        // The first file (always prepared) only: the large one was abandoned, and the writer stops before it.
        #expect(afterCancel["files"]?.count == 1)
        #expect(afterCancel["articles"]?.count == 1)

        let second = try index.update(paths: [fixture.corpus.path], threads: 2, extract: wordExtractor(ExtractionTally()),
                                      extractionStamp: "test")
        #expect(!second.interrupted && second.added == 2 && second.unchanged == 1)
        #expect(try index.integrityProblems().isEmpty)
        let resumed = try contents(index)

        let fresh = try CorpusIndex.open(path: fixture.root.appendingPathComponent("fresh.sqlite").path)
        _ = try fresh.update(paths: [fixture.corpus.path], threads: 2, extract: wordExtractor(ExtractionTally()),
                             extractionStamp: "test")
        let whole = try contents(fresh)
        #expect(resumed["articles"]?.count == 602)
        for table in whole.keys.sorted() {
            #expect(resumed[table] == whole[table], "\(table)")
        }
    }

    /// A run of many articles is extracted by its worker and by an idle one, and completed as by its worker alone;
    /// cancelled, it stops within an article on both, with the run's first file prepared and the others abandoned.
    @Test(arguments: [false, true]) func runOfManyArticlesIsSharedWithAnIdleWorker(cancelled: Bool) throws {
        let fixture = try IndexFixture(files: [
            "a.txt": "Grain harvest ends\n\nFarmers near Gomel finished the harvest, Lukashenko said.",
            "big.jsonl": records(640).joined(separator: "\n") + "\n",
            "z.txt": "Визит в Минск\n\nЛукашенко встретился с делегацией Kappa7 в Минске.",
        ])
        let tasks = ["a.txt", "big.jsonl", "z.txt"].map {
            FileTask(path: fixture.path($0), fingerprint: FileFingerprint.of(path: fixture.path($0))!, knownHash: nil)
        }
        var clock = StageClock()
        var aloneCache = PreparedArticle.NameCache()
        let alone = FilePreparer.prepareRun(tasks, extract: wordExtractor(ExtractionTally()), cache: &aloneCache, clock: &clock)

        let tally = ExtractionTally()
        let cancelAt = 200
        let isCancelled: @Sendable () -> Bool = { cancelled && tally.count >= cancelAt }
        let stream = PreparedStream(tasks: tasks, window: 100, workers: 2, isCancelled: isCancelled)
        guard case .run(let run) = stream.next(upTo: FilePreparer.runLength) else { Issue.record("no run"); return }
        #expect(run.count == 3)
        // The other worker, on a thread of its own (not libdispatch's, which tests running in parallel may keep busy).
        let helped = DispatchSemaphore(value: 0)
        let helper = Thread {
            var clock = StageClock()
            loop: while true {
                switch stream.next(upTo: FilePreparer.runLength) {
                case .help(let job): job.work(clock: &clock)
                case .run: Issue.record("a run left to take")
                case .finished: break loop
                }
            }
            helped.signal()
        }
        helper.start()
        var cache = PreparedArticle.NameCache()
        var parsed = FilePreparer.parseRun(tasks, clock: &clock, isCancelled: isCancelled)
        let shared = FilePreparer.completeRun(&parsed, extract: wordExtractor(tally), cache: &cache, clock: &clock,
                                              sharing: stream, isCancelled: isCancelled)
        guard case .finished = stream.next(upTo: FilePreparer.runLength) else { Issue.record("not finished"); return }
        #expect(helped.wait(timeout: .now() + 10) == .success)

        // Both threads extracted a good share (the run's worker does not wait for help to start).
        #expect(tally.perThread.count == 2, "\(tally.perThread)")
        #expect((tally.perThread.first ?? 0) >= 2 * SharedExtraction.chunk, "\(tally.perThread)")
        if cancelled {
            #expect(tally.count <= cancelAt + 2, "\(tally.count) extractions")
            #expect(shared.map { $0 != nil } == [true, false, false])
        } else {
            #expect(tally.count == 642)
            #expect(shared.allSatisfy { $0 != nil })
        }
        for (a, b) in zip(alone, shared) {
            guard let b else { continue }
            #expect(a?.path == b.path && a?.hash == b.hash)
            #expect(a?.articles.map(\.article) == b.articles.map(\.article))
            #expect(a?.articles.map(\.entities) == b.articles.map(\.entities))
            #expect(a?.articles.map(\.foldedBody) == b.articles.map(\.foldedBody))
            #expect(a?.articles.map(\.foldedNames) == b.articles.map(\.foldedNames))
            #expect(a?.articles.map(\.aliases.count) == b.articles.map(\.aliases.count))
        }
    }

    /// A worker asking for work gets a chunk of an offered run before any new file; with no file
    /// left it waits while another worker is busy, and both are finished once neither is.
    @Test func streamOffersSharedRunsFirstAndEndsWhenEveryWorkerIsIdle() throws {
        let all = (0..<3).map { FileTask(path: "/x/\($0)", fingerprint: FileFingerprint(size: 1, mtime: 0), knownHash: nil) }
        let stream = PreparedStream(tasks: all, window: 100, workers: 2, isCancelled: { false })
        #expect(stream.canShare)
        guard case .run(let first) = stream.next(upTo: 2) else { Issue.record("no run"); return }
        #expect(first.map(\.0) == [0, 1])
        let article = Article(id: "x", file: "/x/0", title: "T", language: "en", body: "Alexander Lukashenko in Minsk.",
                              raw: "T\n\nAlexander Lukashenko in Minsk.")
        let job = SharedExtraction(items: (0..<40).map { SharedExtraction.Item(file: 1, article: $0) },
                                   articles: Array(repeating: article, count: 40), extract: FakeExtractor.extract,
                                   stopped: false, isCancelled: { false })
        stream.offer(job)
        guard case .help(let offered) = stream.next(upTo: 2) else { Issue.record("no help offered"); return }
        #expect(offered === job)
        var clock = StageClock()
        job.work(clock: &clock)
        stream.retire(job)
        let outputs = job.results()
        #expect(outputs.count == 40 && outputs.allSatisfy { $0?.found.entities.first?.name == "Alexander Lukashenko" })
        guard case .run(let last) = stream.next(upTo: 2) else { Issue.record("no run"); return }
        #expect(last.map(\.0) == [2])

        // No file left: the other worker waits for this one, which may yet offer a run.
        let other = IndexResultBox<String>("")
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) {
            if case .finished = stream.next(upTo: 2) { other.value = "finished" }
        }
        #expect(done.wait(timeout: .now() + 0.2) == .timedOut)
        guard case .finished = stream.next(upTo: 2) else { Issue.record("not finished"); return }
        #expect(done.wait(timeout: .now() + 5) == .success)
        #expect(other.value == "finished")
    }
}
