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
        let path = indexPath ?? defaultPath(roots: paths)
        var notices: [String] = []
        let stamp = extractionStamp(entitiesFile: entitiesFile)
        for attempt in 0..<2 {
            do {
                let index = try CorpusIndex.open(path: path)
                notices += index.notices
                let report = try index.update(paths: paths, threads: threads, entitiesFile: entitiesFile,
                                              extractionStamp: stamp, progress: progress, isCancelled: isCancelled)
                let store = try index.makeStore(roots: paths)
                var full = report
                full.warnings += ArticleIDs.duplicateWarnings(ids: store.summaries.map { ($0.id, $0.file) })
                return IndexedCorpus(store: store, report: full, notices: notices)
            } catch .corrupt(let why) where attempt == 0 {
                let aside = setAside(path)
                notices.append("index \(path) is damaged (\(why)); moved to \(aside), rebuilding it")
            } catch {
                notices.append("index \(path) unavailable (\(error)); reading the files directly")
                break
            }
        }
        return IndexedCorpus(store: nil, report: IndexUpdateReport(), notices: notices)
    }
}

