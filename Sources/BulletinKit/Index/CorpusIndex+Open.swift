import Foundation

/// What opening a corpus through its index gave.
public struct IndexedCorpus: Sendable {
    /// Nil when the index could not be used (the caller reads the files directly).
    public var store: IndexedStore?
    public var report: IndexUpdateReport
    /// One line each: damage set aside, rebuilds, why the index is unavailable.
    public var notices: [String]
}

extension CorpusIndex {
    /// Opens the index for `paths` (at `indexPath`, else the default cache
    /// location), brings it up to date and returns a store over it. A damaged
    /// index found while updating is set aside and rebuilt once; any other
    /// failure yields no store and a notice, never a crash.
    public static func openStore(
        paths: [String], indexPath: String? = nil, entitiesFile: String? = nil, threads: Int = 2,
        progress: (@Sendable (IndexProgress) -> Void)? = nil,
        isCancelled: @escaping @Sendable () -> Bool = { false }
    ) -> IndexedCorpus {
        let paths = CorpusRoot.absolute(paths)  // links resolved: one index per folder, however reached; recorded absolute
        let path = indexPath ?? defaultPath(roots: paths, entitiesFile: entitiesFile)
        var notices: [String] = []
        let stamp = extractionStamp(entitiesFile: entitiesFile)
        // One run updates an index at a time: a second Bulletin started at once waits here, then finds it done.
        let lock = IndexLock.acquire(indexPath: path, waiting: {
            progress?(IndexProgress(filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0, waitingForOtherRun: true))
        }, isCancelled: isCancelled)
        if case .cancelled = lock {
            var report = IndexUpdateReport()
            report.interrupted = true
            return IndexedCorpus(store: nil, report: report, notices: [])
        }
        defer { if case .locked(let held) = lock { held.unlock() } }
        for attempt in 0..<2 {
            do {
                let index = try CorpusIndex.open(path: path)
                notices += index.notices
                let report = try index.update(paths: paths, threads: threads, entitiesFile: entitiesFile,
                                              extractionStamp: stamp, progress: progress, isCancelled: isCancelled)
                let store = try index.makeStore(roots: paths, entitiesFile: entitiesFile)
                if indexPath == nil {
                    // Used now (a warm start writes nothing), and the cache folder's stale indexes go, once a day.
                    IndexHousekeeping.markUsed(path)
                    IndexHousekeeping.sweepIfDue(folder: URL(fileURLWithPath: path).deletingLastPathComponent().path, current: path)
                }
                var full = report
                full.warnings += store.idWarnings
                return IndexedCorpus(store: store, report: full, notices: notices)
            } catch .corrupt(let why) where attempt == 0 {
                let aside = setAside(path)
                notices.append("index \(path) is damaged (\(why)); moved to \(aside), rebuilding it")
            } catch {
                notices.append(unavailableNotice(path: path, why: "\(error)"))
                break
            }
        }
        return IndexedCorpus(store: nil, report: IndexUpdateReport(), notices: notices)
    }

    /// Why the index is not used this time, one line. Locked: another Bulletin opened on the same corpus
    /// at the same moment is writing it (two first starts index at once and the later one cannot write);
    /// "unavailable (database is locked)" read as a broken cache, and said nothing of the next start.
    static func unavailableNotice(path: String, why: String) -> String {
        if why.contains("database is locked") {
            return "index \(path) is busy (another Bulletin is writing it); this run reads the files directly, the next uses the index"
        }
        let folder = (path as NSString).deletingLastPathComponent
        if why.contains("readonly database") || (why.contains("unable to open database file") && access(folder, W_OK) != 0) {
            // SQLite's "attempt to write a readonly database" (an index there already) and "unable to open database
            // file" (none yet) named neither the cause nor what it costs: an `--index` in a read-only folder (or a
            // read-only file) reads every file again at every run.
            return "index \(path) cannot be written (its folder or the file is read-only); reading the files directly, "
                + "as every run will until it can be (--index in a writable folder, or --no-index)"
        }
        return "index \(path) unavailable (\(why)); reading the files directly"
    }
}


extension CorpusIndex {
    /// What the index at `indexPath` (else the default location) already
    /// holds for `paths`, without reading or even listing a single article
    /// file: for a first frame at once, while `openStore` brings the index up
    /// to date on another thread. Nil when there is no finished index for
    /// these paths yet (first run, another format, damage): the caller then
    /// waits for `openStore`.
    public static func storedStore(paths: [String], indexPath: String? = nil, entitiesFile: String? = nil) -> IndexedStore? {
        let paths = CorpusRoot.absolute(paths)
        let path = indexPath ?? defaultPath(roots: paths, entitiesFile: entitiesFile)
        // `connect`, not `open`: nothing is set aside or rebuilt here; `openStore` does that (with its notice).
        guard FileManager.default.fileExists(atPath: path), let pool = try? connect(path) else { return nil }
        let index = CorpusIndex(path: path, pool: pool, notices: [])
        let ready = try? index.pool.read { db in
            try String.fetchAll(db, sql: "SELECT value FROM meta WHERE key IN ('finished', 'roots') ORDER BY key")
        }
        // ORDER BY key: finished, roots.
        guard let ready, ready == ["1", IndexWriter.rootsKey(paths)] else { return nil }
        return try? index.makeStore(roots: paths, entitiesFile: entitiesFile)
    }

    /// Whether the index for `paths` was made by this executable with this
    /// knowledge base (`extractionStamp`). When not, the next update empties it
    /// before re-indexing everything, so the reader should not show its stored
    /// list on a warm start: every row would turn into "No article" under the
    /// user while the re-indexing runs. (Benchmarks may open an index from another build.)
    public static func storedExtractionIsCurrent(paths: [String], indexPath: String? = nil, entitiesFile: String? = nil) -> Bool {
        let path = indexPath ?? defaultPath(roots: paths, entitiesFile: entitiesFile)
        guard FileManager.default.fileExists(atPath: path), let pool = try? connect(path) else { return false }
        let stored = try? pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'extraction'") }
        return stored == extractionStamp(entitiesFile: entitiesFile)
    }
}
