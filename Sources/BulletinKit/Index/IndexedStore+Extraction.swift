import Foundation
import GRDB

extension ArticleStore {
    /// Whether a knowledge-base file the articles were extracted with (the
    /// user's `~/.config/bulletin/entities.{json,tsv}`, an `--entities`
    /// file) has changed, gone or appeared since: the index records them
    /// with their sizes and times (`CorpusIndex.extractionStamp`). The
    /// reader's `R` re-reads every article's entities then. A store read
    /// without the index has the same record (`MemoryStore.extractionStamp`);
    /// false for a store without one (tests).
    public var entitiesFilesChangedSinceExtraction: Bool {
        if let indexed = self as? IndexedStore { return indexed.entitiesFilesChanged() }
        if let stamp = (self as? MemoryStore)?.extractionStamp { return CorpusIndex.entitiesFilesChanged(since: stamp) }
        return false
    }
}

extension IndexedStore {
    /// `entitiesFilesChangedSinceExtraction` for the index: its stored stamp
    /// (`CorpusIndex.entitiesFilesChanged(since:)`).
    func entitiesFilesChanged(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        guard let stored = (try? pool.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'extraction'")
        }) ?? nil else { return false }
        return CorpusIndex.entitiesFilesChanged(since: stored, environment: environment)
    }
}

extension CorpusIndex {
    /// Whether a knowledge-base file of `stamp` (an `extractionStamp`) changed, went or appeared since:
    /// each file but the executable (its first part) fingerprinted again, and the user's files looked for
    /// (one created since counts). False for a stamp `extractionStamp` did not write (a test's or a
    /// benchmark's own word): nothing to compare.
    static func entitiesFilesChanged(since stamp: String,
                                     environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        let parts = stamp.split(separator: "|", omittingEmptySubsequences: false)
        guard let exe = parts.first, exe.split(separator: ":", omittingEmptySubsequences: false).count >= 3 else { return false }
        var paths = Set<String>()
        for part in parts.dropFirst() {
            // "path:size:mtime", as `extractionStamp` writes it (the path may hold colons).
            let fields = part.split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count >= 3 else { continue }
            let path = fields.dropLast(2).joined(separator: ":")
            paths.insert(path)
            let fp = FileFingerprint.of(path: path)
            if "\(path):\(fp?.size ?? -1):\(fp?.mtime ?? -1)" != part { return true }
        }
        return KnowledgeBase.userEntryFiles(environment: environment).contains { !paths.contains($0.path) }
    }
}
