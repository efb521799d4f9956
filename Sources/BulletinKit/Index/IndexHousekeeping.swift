import Foundation
import GRDB

/// One index file under the cache folder (`CorpusIndex.defaultPath`: one per distinct set of corpus paths).
public struct IndexFileInfo: Sendable, Hashable {
    public var path: String
    /// The file with its `-wal` and `-shm` files.
    public var bytes: Int64
    /// When a run last opened it (its modification time: every open touches it).
    public var lastUsed: Date
    /// The corpus paths it indexes (links resolved), nil when it does not say (unfinished, set aside as damaged).
    public var roots: [String]?
    /// A damaged index set aside (`<index>.corrupt-<time>`).
    public var setAside: Bool
    /// The `--entities` file its entities were extracted with (each such file has an index of its own), nil
    /// for none.
    public var entitiesFile: String? = nil

    /// Every corpus path it indexes is gone (deleted, renamed, or on a drive not mounted). Unknown (false) for
    /// relative paths, which indexes made by earlier versions hold (relative to a directory not recorded).
    public var rootsGone: Bool {
        guard let roots, !roots.isEmpty, roots.allSatisfy({ $0.hasPrefix("/") }) else { return false }
        return roots.allSatisfy { !FileManager.default.fileExists(atPath: $0) }
    }

    /// Its `--entities` file is gone: no run can open it again (a missing `--entities` file is refused).
    public var entitiesFileGone: Bool {
        guard let entitiesFile, entitiesFile.hasPrefix("/") else { return false }
        return !FileManager.default.fileExists(atPath: entitiesFile)
    }
}

/// Keeps the cache folder from filling up with indexes nobody opens any more: every distinct set of paths gets
/// an index of its own (a folder opened once, a test corpus since deleted), about 5 KB per article.
///
/// An index is stale when every corpus path it indexes, or its `--entities` file, is gone and no run has opened it
/// for `goneGraceDays`,
/// or when no run has opened it for `maxUnusedDays`; a damaged index set aside is stale after `maxUnusedDays`.
/// The grace: paths on a drive not mounted look gone as deleted ones do, and an archive on a drive unplugged
/// for a day should not be indexed again from nothing when it comes back. Opening a corpus through the
/// default index removes the stale ones (never the one it opens), at most once a day (`sweepIfDue`: one
/// `stat` of a stamp file otherwise); `bulletin indexes` lists them and `bulletin indexes --prune` removes them now.
public enum IndexHousekeeping {
    public static let maxUnusedDays = 60
    /// Days an index whose corpus paths are all gone is kept after its last use.
    public static let goneGraceDays = 7
    /// Seconds between two automatic sweeps.
    static let sweepInterval: TimeInterval = 86_400
    /// The file whose modification time is the last sweep's.
    static let stampName = ".last-prune"

    /// The folder of the default indexes.
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        URL(fileURLWithPath: CorpusIndex.defaultPath(roots: ["/"], environment: environment)).deletingLastPathComponent().path
    }

    static func isIndexName(_ name: String) -> Bool {
        name.hasPrefix("index-") && (name.hasSuffix(".sqlite") || name.contains(".sqlite.corrupt-"))
    }

    /// The indexes in `folder`, oldest use first.
    public static func list(folder: String) -> [IndexFileInfo] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var found: [IndexFileInfo] = []
        for name in names where isIndexName(name) {
            let path = folder + "/" + name
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            var bytes = (attributes[.size] as? NSNumber)?.int64Value ?? 0
            for suffix in ["-wal", "-shm"] {
                if let a = try? FileManager.default.attributesOfItem(atPath: path + suffix) {
                    bytes += (a[.size] as? NSNumber)?.int64Value ?? 0
                }
            }
            let setAside = !name.hasSuffix(".sqlite")
            let meta = setAside ? [:] : storedMeta(path)
            let roots = meta["roots"].flatMap { $0.isEmpty ? nil : $0.split(separator: "\u{1F}").map(String.init) }
            found.append(IndexFileInfo(path: path, bytes: bytes, lastUsed: attributes[.modificationDate] as? Date ?? .distantPast,
                                       roots: roots, setAside: setAside,
                                       entitiesFile: meta["entities"].flatMap { $0.isEmpty ? nil : $0 }))
        }
        return found.sorted { ($0.lastUsed, $0.path) < ($1.lastUsed, $1.path) }
    }

    /// The corpus paths an index holds (its `roots` meta value), read-only; nil when it has none or cannot be read.
    static func storedRoots(_ path: String) -> [String]? {
        guard let value = storedMeta(path)["roots"], !value.isEmpty else { return nil }
        return value.split(separator: "\u{1F}").map(String.init)
    }

    /// An index's `roots` and `entities` meta values, read-only (empty when it cannot be read).
    static func storedMeta(_ path: String) -> [String: String] {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(1)
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return [:] }
        let rows = try? queue.read { db in
            try Row.fetchAll(db, sql: "SELECT key, value FROM meta WHERE key IN ('roots', 'entities')")
        }
        var meta: [String: String] = [:]
        for row in rows ?? [] {
            if let key: String = row[0], let value: String = row[1] { meta[key] = value }
        }
        return meta
    }

    /// Why `info` is stale at `now`, or nil when it is not.
    public static func staleReason(_ info: IndexFileInfo, now: Date = Date()) -> String? {
        let days = now.timeIntervalSince(info.lastUsed) / 86_400
        if info.rootsGone, days >= Double(goneGraceDays) { return "its corpus paths are gone (unused for \(Int(days)) days)" }
        if info.entitiesFileGone, days >= Double(goneGraceDays) {
            return "its --entities file is gone (unused for \(Int(days)) days)"
        }
        if days > Double(maxUnusedDays) { return info.setAside ? "set aside \(Int(days)) days ago" : "unused for \(Int(days)) days" }
        return nil
    }

    /// The stale indexes of `folder`, never `keeping` (the one in use).
    public static func stale(folder: String, keeping: String? = nil, now: Date = Date()) -> [(info: IndexFileInfo, reason: String)] {
        list(folder: folder).compactMap { info in
            guard info.path != keeping, let why = staleReason(info, now: now) else { return nil }
            return (info, why)
        }
    }

    /// Deletes an index with its `-wal` and `-shm` files and its lock file (`IndexLock`: only stale indexes are
    /// removed, which no run is updating).
    public static func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: path)
        for suffix in ["-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Records that the index at `path` was used now (its modification time): a warm start that changes nothing
    /// writes nothing to it, and would look unused.
    static func markUsed(_ path: String) {
        _ = path.withCString { utimes($0, nil) }
    }

    /// Removes the stale indexes of `folder` but `current`, when the last sweep is a day old or more (or never ran).
    /// Returns the paths removed.
    @discardableResult
    static func sweepIfDue(folder: String, current: String, now: Date = Date()) -> [String] {
        let stamp = folder + "/" + stampName
        if let a = try? FileManager.default.attributesOfItem(atPath: stamp), let last = a[.modificationDate] as? Date,
           now.timeIntervalSince(last) < sweepInterval, now >= last {
            return []
        }
        // The stamp first: two runs starting together sweep once.
        if FileManager.default.fileExists(atPath: stamp) {
            try? FileManager.default.setAttributes([.modificationDate: now], ofItemAtPath: stamp)
        } else {
            _ = FileManager.default.createFile(atPath: stamp, contents: Data())
            try? FileManager.default.setAttributes([.modificationDate: now], ofItemAtPath: stamp)
        }
        var removed: [String] = []
        for (info, _) in stale(folder: folder, keeping: current, now: now) {
            if (try? remove(info.path)) != nil { removed.append(info.path) }
        }
        return removed
    }
}
