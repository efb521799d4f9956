import ArgumentParser
import BulletinKit
import Foundation

/// `bulletin indexes`: the indexes under the cache folder, one per set of corpus paths opened, and `--prune`
/// to remove the stale ones now (opening a corpus does it at most once a day).
struct IndexesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indexes",
        abstract: "List the indexes in the cache folder; --prune removes the stale ones.",
        discussion: """
            Each line: size, the day it was last used, the corpus paths it indexes (and the --entities file, \
            as each such file has an index of its own), and why it is stale \
            (every path gone or its --entities file gone, for a week; or unused for \(IndexHousekeeping.maxUnusedDays) days). Opening a corpus removes \
            stale indexes by itself, at most once a day, never the one it opens.
            """
    )

    @Flag(name: .long, help: "Remove the stale indexes now.")
    var prune = false

    @Flag(name: .long, help: "Remove every index (each is rebuilt when its corpus is next opened).")
    var all = false

    func validate() throws {
        if all && !prune { throw ValidationError("--all goes with --prune") }
    }

    func run() throws {
        try runReportingErrors {
            let folder = IndexHousekeeping.folder()
            let now = Date()
            let list = IndexHousekeeping.list(folder: folder)
            if prune {
                var freed: Int64 = 0, count = 0
                for info in list {
                    guard let why = all ? "--all" : IndexHousekeeping.staleReason(info, now: now) else { continue }
                    do {
                        try IndexHousekeeping.remove(info.path)
                    } catch {
                        Stderr.print("bulletin: \(info.path): cannot remove (\(error.localizedDescription))")
                        continue
                    }
                    print("removed \(info.path) (\(Self.size(info.bytes)); \(why))")
                    freed += info.bytes
                    count += 1
                }
                print(count == 0 ? "no stale index in \(folder)" : "\(count) \(count == 1 ? "index" : "indexes") removed, \(Self.size(freed)) freed")
                return
            }
            if list.isEmpty {
                print("no index in \(folder)")
                return
            }
            let day = DateFormatter()
            day.dateFormat = "yyyy-MM-dd"
            day.timeZone = TimeZone(identifier: "UTC")
            for info in list {
                var paths = info.setAside ? "(damaged, set aside)" : info.roots.map { $0.joined(separator: ", ") } ?? "(unfinished)"
                if let file = info.entitiesFile { paths += " (--entities \(file))" }
                let stale = IndexHousekeeping.staleReason(info, now: now).map { "  [stale: \($0)]" } ?? ""
                print(PrintableName.of("\(Self.size(info.bytes).leftPadded(8))  \(day.string(from: info.lastUsed))  \(paths)\(stale)"))
            }
            let total = list.reduce(Int64(0)) { $0 + $1.bytes }
            print("\(list.count) \(list.count == 1 ? "index" : "indexes"), \(Self.size(total)) in \(folder)")
        }
    }

    /// `12.3 MB`, `512 KB`.
    static func size(_ bytes: Int64) -> String {
        if bytes >= 1_048_576 { return String(format: "%.1f MB", Double(bytes) / 1_048_576) }
        return "\(max(1, (bytes + 1023) / 1024)) KB"
    }
}
