import Foundation
import GRDB

/// Why an index file could not be used as it is.
public enum IndexError: Error, Sendable, CustomStringConvertible {
    /// Not an SQLite database, or a damaged one.
    case corrupt(String)
    /// An SQLite database, but not a Bulletin index.
    case foreign
    /// A Bulletin index of another format version (rebuilt silently).
    case outdated
    /// The index cannot be created or written (permissions, disk full, locked too long).
    case unavailable(String)

    public var description: String {
        switch self {
        case .corrupt(let why): "damaged (\(why))"
        case .foreign: "not a Bulletin index"
        case .outdated: "made by another version"
        case .unavailable(let why): why
        }
    }
}

/// How far the indexing of changed files has come: files read, parsed and
/// extracted (reported per file, at most ten times a second; see `IndexProgressMeter`).
public struct IndexProgress: Sendable, Hashable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int64
    public var bytesTotal: Int64
    /// Files indexed by an earlier run and unchanged, not read again (an interrupted first indexing resumed: the
    /// loading screen says they are kept, where "0 of 7,226 files" alone read as if the first run's work was lost).
    public var filesKept = 0
    /// Another Bulletin is bringing this index up to date; this run waits for it (`IndexLock`), then opens it.
    public var waitingForOtherRun = false
    public var fraction: Double { filesTotal == 0 ? 1 : Double(filesDone) / Double(filesTotal) }
}

/// What an update did.
public struct IndexUpdateReport: Sendable, Hashable {
    public var added = 0
    public var changed = 0
    /// Files whose time changed but whose content did not (`touch`).
    public var touched = 0
    public var removed = 0
    public var unchanged = 0
    public var bytesRead: Int64 = 0
    /// True when `isCancelled` stopped it; what was written so far is kept.
    public var interrupted = false
    /// Every file's load warnings (stored ones for unchanged files too), so a
    /// warm start reports exactly what a cold one does.
    public var warnings: [LoadWarning] = []
    /// Those of `warnings` stored by an earlier update for files this one did not read (unchanged
    /// since): reported then, counted now (a file's warnings are printed when it is read).
    public var earlierWarnings: [LoadWarning] = []
    /// Thread CPU seconds by stage ("worker: …" summed over the workers,
    /// "writer: …" on the writing thread), for `bulletin-bench`.
    public var stageSeconds: [String: Double] = [:]

    public init() {}
}

/// The on-disk index of a corpus: every article's fields, entities and
/// full-text tokens in one SQLite database (WAL, one transaction per batch, so
/// an interrupted run leaves a consistent index that the next start completes).
///
/// Files are keyed by path, size, modification time and content hash: an
/// update re-reads only files that changed, were added or removed. A damaged
/// or foreign file at the index path is set aside and rebuilt, never fatal.
public final class CorpusIndex: Sendable {
    public let path: String
    let pool: DatabasePool
    /// One line per thing worth telling the user about opening (set aside, rebuilt).
    public let notices: [String]

    init(path: String, pool: DatabasePool, notices: [String]) {
        self.path = path
        self.pool = pool
        self.notices = notices
    }

    /// Bytes of the index file to map into memory (`BULLETIN_INDEX_MMAP`, for
    /// experiments; off by default). Measured at 100,000 articles: no gain
    /// for search (its time is bm25's, not page reads), while every page a
    /// cold index touches counted in its RSS (246 MB against 117 MB).
    static let mmapSize: Int = ProcessInfo.processInfo.environment["BULLETIN_INDEX_MMAP"].flatMap { Int($0) } ?? 0

    // MARK: Location

    /// `$XDG_CACHE_HOME/bulletin/index-<hash>.sqlite` (default `~/.cache`),
    /// the hash naming the set of absolute corpus roots and the `--entities` file, if any: a run with
    /// `--entities FILE` and a plain one keep an index each (one shared index was emptied and every
    /// article's entities extracted again at each switch, 7 s at 10,000 articles). Without `--entities`
    /// the name is what it always was.
    public static func defaultPath(roots: [String], entitiesFile: String? = nil,
                                   environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let cache: String
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            cache = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            cache = home + "/.cache"
        }
        // Links resolved: the same folder through a link is the same index (`CorpusRoot`). A root
        // that does not exist beside others that do names no index of its own: a typo, or a query
        // word read as a path, made a new index of the whole corpus (109 s at 100,000 articles).
        let existing = roots.filter { FileManager.default.fileExists(atPath: $0) }
        let named = existing.isEmpty ? roots : existing
        var key = named.map { absolutePath(CorpusRoot.resolved($0)) }.sorted().joined(separator: "\0")
        if let entitiesFile { key += "\0\0entities\0" + absolutePath(CorpusRoot.resolved(entitiesFile)) }
        return cache + "/bulletin/index-" + ContentHash.hex(of: key) + ".sqlite"
    }

    static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    // MARK: Opening

    /// Opens (creating if needed) the index at `path`. A damaged or foreign
    /// file is renamed `<path>.corrupt-<timestamp>` and a fresh index made (with
    /// a notice); an index of another format version is silently rebuilt.
    public static func open(path: String) throws(IndexError) -> CorpusIndex {
        var notices: [String] = []
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        } catch {
            throw .unavailable("cannot create \(dir.path)")
        }
        do {
            return CorpusIndex(path: path, pool: try connect(path), notices: [])
        } catch .outdated {
            // A cache in an older format: rebuilt without a word, like a stale extraction.
            removeDatabase(path)
        } catch .corrupt(let why) {
            let aside = setAside(path)
            notices.append("index \(path) is damaged (\(why)); moved to \(aside), rebuilding it")
        } catch .foreign {
            let aside = setAside(path)
            notices.append("\(path) is not a Bulletin index; moved to \(aside), rebuilding it")
        } catch {
            throw error
        }
        return CorpusIndex(path: path, pool: try connect(path), notices: notices)
    }

    /// Opens the pool and checks (or creates) the schema, in one transaction
    /// so two processes starting at once do not both create it.
    static func connect(_ path: String) throws(IndexError) -> DatabasePool {
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.label = "bulletin.index"
        // WAL + NORMAL: a crash never corrupts; a power loss may drop the last
        // batch, which the next start re-indexes (this is a cache).
        config.prepareDatabase { db in
            // Set before anything is written (a no-op on an existing file).
            try db.execute(sql: "PRAGMA page_size = \(IndexSchema.pageSize)")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(IndexSchema.walAutocheckpointPages)")
            if CorpusIndex.mmapSize > 0 { try db.execute(sql: "PRAGMA mmap_size = \(CorpusIndex.mmapSize)") }
            // The same tokens as the built-in `ascii`, for less (without it, the built-in serves).
            try? AsciiTokenizer.register(db)
        }
        do {
            SQLiteSetup.prepare()
            let pool = try DatabasePool(path: path, configuration: config)
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                    let appID = try Int.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                    if objects == 0 && appID == 0 {
                        try IndexSchema.create(db)
                        return .commit
                    }
                    guard appID == Int(IndexSchema.applicationID) else { throw IndexError.foreign }
                    let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                    let folding = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'folding'")
                    guard version == IndexSchema.version, folding == String(SearchFolding.version) else {
                        throw IndexError.outdated
                    }
                    // Touch every table so a damaged page shows now rather than mid-session.
                    _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM files")
                    _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles")
                    _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM entity_alias")
                    return .commit
                }
            }
            return pool
        } catch let error as IndexError {
            throw error
        } catch let error as DatabaseError {
            throw classify(error)
        } catch {
            throw .unavailable(String(describing: error))
        }
    }

    /// Damage is recoverable by rebuilding; a lock or permission problem is not ours to fix.
    /// Any error of an index or state operation, as the `IndexError` to report.
    static func classify(any error: any Error) -> IndexError {
        if let error = error as? IndexError { return error }
        if let error = error as? DatabaseError { return classify(error) }
        return .unavailable(String(describing: error))
    }

    static func classify(_ error: DatabaseError) -> IndexError {
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_FORMAT:
            return .corrupt(error.message ?? "\(error.resultCode)")
        case .SQLITE_ERROR where (error.message ?? "").contains("malformed"):
            return .corrupt(error.message ?? "malformed")
        default:
            return .unavailable(error.message ?? "\(error.resultCode)")
        }
    }

    /// Renames a damaged index (and drops its WAL files); returns the new name.
    static func setAside(_ path: String) -> String {
        let stamp = Int(Date().timeIntervalSince1970)
        var aside = "\(path).corrupt-\(stamp)"
        var n = 1
        while FileManager.default.fileExists(atPath: aside) {
            aside = "\(path).corrupt-\(stamp)-\(n)"
            n += 1
        }
        if rename(path, aside) != 0 { unlink(path) }
        unlink(path + "-wal")
        unlink(path + "-shm")
        return aside
    }

    static func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    }

    /// `PRAGMA integrity_check` plus the FTS index's own check; empty when sound.
    public func integrityProblems() throws -> [String] {
        // The FTS check is an INSERT command, hence a writer connection.
        try pool.writeWithoutTransaction { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            do {
                try db.execute(sql: "INSERT INTO article_fts(article_fts, rank) VALUES('integrity-check', 0)")
            } catch {
                problems.append("full-text index: \(error)")
            }
            return problems
        }
    }

    /// The store over what the index holds now (summaries loaded in one query).
    /// `roots`: the paths the corpus was opened with, to disambiguate the IDs
    /// of same-named files as the loader does (`ArticleIDs`).
    /// `entitiesFile`: the `--entities` file, whose names entity search knows too.
    public func makeStore(roots: [String] = [], entitiesFile: String? = nil) throws(IndexError) -> IndexedStore {
        do {
            return try IndexedStore(pool: pool, roots: roots, entitiesFile: entitiesFile)
        } catch let error as DatabaseError {
            throw CorpusIndex.classify(error)
        } catch {
            throw .unavailable(String(describing: error))
        }
    }

    // MARK: Updating

    /// Which executable and knowledge base extracted the stored entities: when
    /// either changes, stored extractions are stale and everything is redone.
    public static func extractionStamp(entitiesFile: String? = nil,
                                       environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        var parts: [String] = []
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        // The user's own knowledge-base files change what extraction finds, like `--entities` does.
        let userFiles = KnowledgeBase.userEntryFiles(environment: environment).map(\.path)
        // `--entities` as an absolute path: `x.json` and `./x.json` (or from another folder) are one file, and
        // spelt otherwise it re-extracted every article once.
        for path in [exe, entitiesFile.map { CorpusRoot.absolute($0) }].compactMap({ $0 }) + userFiles {
            let fp = FileFingerprint.of(path: path)
            parts.append("\(path):\(fp?.size ?? -1):\(fp?.mtime ?? -1)")
        }
        return parts.joined(separator: "|")
    }

    /// Why the stored extraction at `indexPath` (else the default index) is out of date, in words, when an
    /// update is about to empty it and extract every article again; nil when it is current, or when there is
    /// no index yet (a first indexing needs no reason). Said before a re-indexing that takes seconds or
    /// minutes: it came with no reason, and looked like a bug.
    public static func staleExtractionReason(paths: [String], indexPath: String? = nil, entitiesFile: String? = nil,
                                             environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let paths = CorpusRoot.resolved(paths)
        let path = indexPath ?? defaultPath(roots: paths, entitiesFile: entitiesFile, environment: environment)
        guard FileManager.default.fileExists(atPath: path), let pool = try? connect(path),
              let stored = try? pool.read({ db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'extraction'") }),
              !stored.isEmpty else { return nil }
        let current = extractionStamp(entitiesFile: entitiesFile, environment: environment)
        return staleExtractionReason(stored: stored, current: current)
    }

    /// The reason between two `extractionStamp`s (`path:size:mtime` parts joined by `|`, the executable first).
    static func staleExtractionReason(stored: String, current: String) -> String? {
        guard stored != current else { return nil }
        func parts(_ stamp: String) -> [(path: String, fingerprint: Substring)] {
            stamp.split(separator: "|", omittingEmptySubsequences: false).map { part in
                // path:size:mtime; the path may hold colons.
                let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
                guard pieces.count >= 3 else { return (String(part), "") }
                return (pieces.dropLast(2).joined(separator: ":"), part[pieces[pieces.count - 2].startIndex...])
            }
        }
        let old = parts(stored), new = parts(current)
        var reasons: [String] = []
        if old.first?.path != new.first?.path || old.first?.fingerprint != new.first?.fingerprint {
            reasons.append("Bulletin itself changed (another build)")
        }
        let oldFiles = Dictionary(old.dropFirst().map { ($0.path, $0.fingerprint) }, uniquingKeysWith: { a, _ in a })
        let newFiles = Dictionary(new.dropFirst().map { ($0.path, $0.fingerprint) }, uniquingKeysWith: { a, _ in a })
        for (path, fingerprint) in new.dropFirst() {
            if let was = oldFiles[path] {
                if was != fingerprint { reasons.append("the entities file \(path) changed") }
            } else {
                reasons.append("the entities file \(path) is new")
            }
        }
        for (path, _) in old.dropFirst() where newFiles[path] == nil {
            reasons.append("the entities file \(path) is no longer read")
        }
        if reasons.isEmpty { reasons.append("the knowledge base changed") }
        return "re-reading the entities of every article: " + reasons.joined(separator: "; ")
    }

    /// Entity extraction for one article (title, body, language): `EntityExtractor` unless a test gives another.
    /// The source line (`VNA/CVN`) is passed too: agencies named only there are entities of the article.
    public typealias Extract = @Sendable (_ title: String, _ body: String, _ language: String, _ source: String?) -> Extraction

    struct KnownFile: Sendable {
        var id: Int64
        var fingerprint: FileFingerprint
        var hash: String
    }

    /// Files per write transaction. Each commit flushes FTS5's pending terms
    /// into a new segment, and segments are merged again and again as they
    /// pile up: at 256 files per batch, commits cost 8 s of the writer's
    /// 19 s at 100,000 articles; at 1,024 (with an FTS5 `hashsize` that holds
    /// a whole batch, see `IndexSchema.ftsOptions`) about 3 s. A batch is also
    /// the unit of what an interruption loses (about a second of work);
    /// progress is reported per file (`IndexProgressMeter`).
    public static let defaultBatchSize = 1024

    /// Brings the index in line with the files under `paths`: removes what
    /// vanished, re-reads what changed, adds what is new. Parsing and entity
    /// extraction run on `threads` threads while the previous batch is written.
    /// `progress` gets the files processed, at most once per `progressInterval`
    /// seconds (and the first and last report), one call at a time from any indexing thread.
    public func update(
        paths: [String],
        threads: Int = 2,
        batchSize: Int = CorpusIndex.defaultBatchSize,
        extract: Extract? = nil,
        entitiesFile: String? = nil,
        extractionStamp: String = CorpusIndex.extractionStamp(),
        progress: (@Sendable (IndexProgress) -> Void)? = nil,
        progressInterval: Double = 0.1,
        isCancelled: @escaping @Sendable () -> Bool = { false }
    ) throws(IndexError) -> IndexUpdateReport {
        do {
            // Same knowledge base as the direct path: built-in, ~/.config/bulletin entries and --entities.
            // Built on another thread while this one lists and stats the files
            // (a tenth of a second or more before any file could be read, else);
            // the workers wait for it at their first extraction.
            let built = IndexResultBox<(extractor: EntityExtractor, problems: [KnowledgeBaseError])?>(nil)
            let ready = DispatchGroup()
            DispatchQueue.global().async(group: ready) {
                let (extractor, problems) = EntityExtractor.configured(entitiesFile: entitiesFile)
                built.value = (extractor, problems)
            }
            let extractor: Extract = extract ?? { title, body, language, source in
                ready.wait()
                guard let extractor = built.value?.extractor else { return Extraction() }
                return extractor.extract(title: title, body: body, language: language, source: source)
            }
            // Whether extraction can start without waiting (a test's own extractor always can).
            let extractorReady: @Sendable () -> Bool
            if extract != nil {
                extractorReady = { true }
            } else {
                extractorReady = { ready.wait(timeout: DispatchTime.now()) == .success }
            }
            let report = Result {
                try updateUnchecked(roots: paths, threads: max(1, threads), batchSize: max(1, batchSize),
                                    extract: extractor, extractorReady: extractorReady, stamp: extractionStamp,
                                    entitiesFile: entitiesFile,
                                    progress: progress, progressInterval: progressInterval, isCancelled: isCancelled)
            }
            ready.wait()
            var finished = try report.get()
            finished.warnings += (built.value?.problems ?? []).map { LoadWarning(file: $0.file, message: $0.message) }
            return finished
        } catch {
            throw CorpusIndex.classify(any: error)
        }
    }

    private func updateUnchecked(
        roots: [String], threads: Int, batchSize: Int, extract: @escaping Extract,
        extractorReady: @escaping @Sendable () -> Bool = { true }, stamp: String, entitiesFile: String? = nil,
        progress: (@Sendable (IndexProgress) -> Void)?, progressInterval: Double,
        isCancelled: @escaping @Sendable () -> Bool
    ) throws -> IndexUpdateReport {
        var report = IndexUpdateReport()
        let timings = IndexTimings()
        let updateStart = IndexTimings.wallNow()
        var clock = StageClock()
        // Each file's size and time come from the `stat` that listed it.
        let enumerated = FileEnumerator.enumerateWithFingerprints(paths: roots.map(CorpusIndex.absolutePath))

        let storedStamp = try pool.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'extraction'")
        }
        if storedStamp != stamp {
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES('delete-all')")
                    try db.execute(sql: "DELETE FROM articles")
                    try db.execute(sql: "DELETE FROM article_text")
                    try db.execute(sql: "DELETE FROM files")
                    try db.execute(sql: "DELETE FROM entity_alias")
                    try db.execute(sql: "DELETE FROM entity_ref")
                    try db.execute(sql: "DELETE FROM entity_alias_new")
                    try db.execute(sql: "DELETE FROM entity_ref_new")
                    try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES('extraction', ?)",
                                   arguments: [stamp])
                    // The `--entities` file the extractions are made with, for `bulletin indexes`.
                    try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES('entities', ?)",
                                   arguments: [entitiesFile.map { CorpusIndex.absolutePath(CorpusRoot.resolved($0)) } ?? ""])
                    return .commit
                }
            }
        }

        let known: [String: KnownFile] = try pool.read { db in
            var map: [String: KnownFile] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, path, size, mtime, hash FROM files")
            while let row = try rows.next() {
                map[row[1]] = KnownFile(id: row[0], fingerprint: FileFingerprint(size: row[2], mtime: row[3]), hash: row[4])
            }
            return map
        }

        var candidates: [FileTask] = []
        for (file, fp) in enumerated.files {
            let old = known[file]
            if let old, old.fingerprint == fp {
                report.unchanged += 1
            } else {
                candidates.append(FileTask(path: file, fingerprint: fp, knownHash: old?.hash))
            }
        }
        clock.mark("writer: list, stat")
        timings.add(clock.seconds)
        let present = Set(enumerated.files.lazy.map(\.path))
        let removed = known.filter { !present.contains($0.key) }.map(\.value.id)
        if !removed.isEmpty {
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    try CorpusIndex.markUnfinished(db)
                    for id in removed {
                        try IndexWriter.deleteArticles(fileID: id, db)
                        try db.execute(sql: "DELETE FROM files WHERE id = ?", arguments: [id])
                    }
                    return .commit
                }
            }
            report.removed = removed.count
        }

        let bytesTotal = candidates.reduce(Int64(0)) { $0 + max(0, $1.fingerprint.size) }
        var done = 0
        var bytesDone: Int64 = 0
        // Per file processed, not per committed batch (a batch is 1,024 files).
        let meter = progress.map {
            IndexProgressMeter(filesTotal: candidates.count, bytesTotal: bytesTotal, filesKept: report.unchanged,
                               interval: progressInterval, emit: $0)
        }
        if !candidates.isEmpty { meter?.start() }
        let fileDone: (@Sendable (FileTask) -> Void)? = meter?.fileDone

        // A larger page cache on the writing connection while files are
        // written (SQLite's default is 2 MB, 125 of our 16 KB pages): FTS5's
        // merges re-read the segments that the batches before just wrote.
        if !candidates.isEmpty {
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -\(IndexSchema.writerCacheKiB)") }
        }
        defer {
            if !candidates.isEmpty { try? pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -2000") } }
        }

        var refs = IndexWriter.EntityRefs()
        let pipelineStart = IndexTimings.wallNow()
        if !candidates.isEmpty && isCancelled() {
            report.interrupted = true
        } else if !candidates.isEmpty {
            // A stream, not batches in lock step: the workers prepare files
            // in list order up to `window` files ahead of the writer, which
            // applies each file as soon as it is ready and commits every
            // `batchSize` files. (With a barrier per batch, the workers sat
            // idle whenever a commit took longer than preparing the next
            // batch, as a WAL checkpoint's fsync does, and the last batch
            // was written after every file was prepared.)
            // The workers share out the extraction of a run of many articles (a large file's):
            // see `SharedExtraction` (rather than a nested `concurrentPerform`).
            let stream = PreparedStream(tasks: candidates, window: 2 * batchSize, workers: threads, isCancelled: isCancelled)
            let workers = DispatchGroup()
            // One store of name keys for all the workers (each has a memo in front of it).
            let names = NameKeyStore()
            DispatchQueue.global().async(group: workers) {
                DispatchQueue.concurrentPerform(iterations: threads) { _ in
                    var clock = StageClock()
                    var cache = PreparedArticle.NameCache(store: names)
                    let folders = FileReader.FolderCache()
                    // Runs read and parsed while the knowledge base is still being built
                    // (a third of a second and more, on one core), completed once it is ready:
                    // the workers parsed one run each and then waited. Taken without waiting for
                    // the window (the writer may be waiting for these very files), at most
                    // `parseAhead` runs, in the order taken.
                    var early: [(run: [(Int, FileTask)], parsed: FilePreparer.ParsedRun)] = []
                    func complete(_ run: [(Int, FileTask)], _ parsed: inout FilePreparer.ParsedRun) {
                        let files = FilePreparer.completeRun(&parsed, extract: extract, cache: &cache, clock: &clock,
                                                             sharing: stream, isCancelled: isCancelled)
                        for ((i, task), file) in zip(run, files) {
                            if let file {
                                stream.put(i, file)
                                fileDone?(task)
                            } else {
                                stream.abandon(i)
                            }
                        }
                    }
                    func completeEarly() {
                        for k in early.indices { complete(early[k].run, &early[k].parsed) }
                        early = []
                    }
                    while true {
                        let holding = !early.isEmpty
                        if holding && (early.count >= FilePreparer.parseAhead || extractorReady()) {
                            completeEarly()
                            continue
                        }
                        let run: [(Int, FileTask)]
                        if holding {
                            run = stream.take(upTo: FilePreparer.runLength, wait: false)
                            // None left, or none without a wait: first what this worker holds.
                            if run.isEmpty { completeEarly(); continue }
                        } else {
                            switch stream.next(upTo: FilePreparer.runLength) {
                            case .run(let files): run = files
                            case .help(let job): job.work(clock: &clock); continue
                            case .finished: run = []
                            }
                            if run.isEmpty { break }
                        }
                        var parsed = FilePreparer.parseRun(run.map(\.1), clock: &clock, folders: folders, isCancelled: isCancelled)
                        if !extractorReady() {
                            early.append((run, parsed))
                            continue
                        }
                        completeEarly()
                        complete(run, &parsed)
                    }
                    timings.add(clock.seconds)
                    stream.workerFinished()
                }
            }
            do {
                var next = 0
                var ended = false
                while !ended {
                    // `refs` is mutated in place: a copy per batch (to drop a failed batch's
                    // ids) copied its dictionaries, which hold every distinct name and alias
                    // so far, at each batch's first new name: seconds at 100,000 articles.
                    // A failed batch ends the update (below), and `refs` with it.
                    let (counts, bytes) = try pool.writeWithoutTransaction { db in
                        var counts = IndexWriter.Counts()
                        var bytes: Int64 = 0
                        var clock = StageClock()
                        try db.inTransaction(.immediate) {
                            try CorpusIndex.markUnfinished(db)
                            try refs.beginBatch(db)
                            let statements = try IndexWriter.Statements(db)
                            var n = 0
                            while n < batchSize {
                                guard let file = stream.file(next) else { ended = true; break }
                                next += 1
                                n += 1
                                try IndexWriter.apply(file, db, &counts, &refs, &clock, statements: statements)
                                bytes += max(0, file.fingerprint.size)
                            }
                            if next >= candidates.count { ended = true }
                            clock.endUnits()
                            return .commit
                        }
                        clock.mark("writer: commit")
                        timings.add(clock.seconds)
                        return (counts, bytes)
                    }
                    report.added += counts.added
                    report.changed += counts.changed
                    report.touched += counts.touched
                    bytesDone += bytes
                    report.bytesRead = bytesDone
                    done = next
                }
            } catch {
                stream.stop()
                workers.wait()
                throw error
            }
            workers.wait()
            timings.add("wall: writer waits for workers", stream.writerWait)
            timings.add("wall: workers wait for writer", stream.workersWait)
            if stream.stoppedEarly { report.interrupted = true }
        }
        timings.add("wall: list, stat", pipelineStart - updateStart)
        timings.add("wall: read to write", IndexTimings.wallNow() - pipelineStart)
        if isCancelled() && done < candidates.count { report.interrupted = true }

        // The names and alias pairs the batches staged, merged while the writer's large
        // page cache still holds their tables (see `IndexWriter.mergeStaged`). The writer's
        // memo of names goes first: the merge's sort of the alias pairs takes about as much.
        refs = IndexWriter.EntityRefs()
        if !candidates.isEmpty {
            clock = StageClock()
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    try IndexWriter.mergeStaged(db)
                    return .commit
                }
            }
            clock.mark("writer: merge staged names")
            timings.add(clock.seconds)
        }

        // The pipeline's memory goes back before the finish, whose linking of
        // every distinct name is the update's peak (at 100,000 articles with
        // realistic names, 140 MB over the pipeline's): the writer's name and
        // alias tables (freed above), its larger page cache, and what the workers
        // freed but glibc's per-thread arenas still hold.
        if !candidates.isEmpty { try? pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -2000") } }
        MemoryTrim.releaseFreedMemory()

        // Corpus-wide derived data (display IDs, entity links), when anything
        // changed or the roots differ from the last update's.
        let finishStart = IndexTimings.wallNow()
        clock = StageClock()
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                let finished = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'finished'")
                let storedRoots = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'roots'")
                if finished != "1" || storedRoots != IndexWriter.rootsKey(roots) {
                    try IndexWriter.finish(roots: roots, db, &clock)
                    return .commit
                }
                return .rollback
            }
        }
        clock.mark("writer: finish: commit")
        timings.add(clock.seconds)
        timings.add("wall: finish", IndexTimings.wallNow() - finishStart)
        report.stageSeconds = timings.value

        report.warnings = enumerated.warnings
        // Files read by this update: none on a warm start, all on a first one; else the few changed.
        var readNow: Set<String>?
        func wasRead(_ file: String) -> Bool {
            if candidates.isEmpty { return false }
            if candidates.count == enumerated.files.count { return true }
            if readNow == nil { readNow = Set(candidates.lazy.map(\.path)) }
            return readNow!.contains(file)
        }
        let (all, earlier) = try pool.read { db in
            var warnings: [LoadWarning] = []
            var earlier: [LoadWarning] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT path, warnings FROM files WHERE warnings != '' ORDER BY path")
            while let row = try rows.next() {
                let file: String = row[0]
                let text: String = row[1]
                let before = warnings.count
                for line in text.split(separator: "\n") {
                    warnings.append(WarningCoding.decode(line, file: file))
                }
                if !wasRead(file) { earlier += warnings[before...] }
            }
            return (warnings, earlier)
        }
        report.warnings += all
        report.earlierWarnings = earlier
        return report
    }
}

extension CorpusIndex {
    /// Marks the corpus-wide derived data stale (in the caller's transaction):
    /// an update interrupted before `IndexWriter.finish` is finished by the next.
    static func markUnfinished(_ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('finished', '0')")
    }
}

/// One file to (re)read, with what the index knew of it.
struct FileTask: Sendable {
    var path: String
    var fingerprint: FileFingerprint
    var knownHash: String?
}

/// A mutable slot shared with one worker; every access is ordered by the
/// DispatchGroup wait (written before `leave`, read after `wait`), and the lock
/// makes that explicit to the compiler.
final class IndexResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T
    init(_ value: T) { stored = value }
    var value: T {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }

    /// Mutates the value with the lock held throughout. (Reading `value`,
    /// changing the copy and writing it back lost one worker's files when two
    /// finished at once: seen as 9,872 of 10,000 files indexed under load.)
    func update(_ body: (inout T) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        body(&stored)
    }
}

/// Load warnings are stored per file as lines; the file name is the row's.
enum WarningCoding {
    static func encode(_ warnings: [LoadWarning]) -> String {
        warnings.map { $0.message.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n")
    }

    static func decode(_ line: Substring, file: String) -> LoadWarning {
        LoadWarning(file: file, message: String(line))
    }
}
