import Foundation
import Testing
@testable import BulletinTUI

/// Whole-screen snapshots as text rows, kept in `__Snapshots__/NAME.txt`.
///
/// Each row ends with `|` so trailing spaces survive editors and column
/// alignment can be read by eye. A missing snapshot is recorded (and the test
/// says so); `BULLETIN_RECORD=1` re-records all of them on purpose.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")

    static func text(of grid: Grid) -> String {
        "size \(grid.width)x\(grid.height)\n" + grid.rows.map { $0 + "|" }.joined(separator: "\n") + "\n"
    }

    static func assert(_ grid: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent(name + ".txt")
        let actual = text(of: grid)
        let record = ProcessInfo.processInfo.environment["BULLETIN_RECORD"] == "1"
        guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            do {
                try actual.write(to: file, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("cannot write snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        if expected != actual {
            Issue.record(Comment(rawValue: "snapshot \(name) differs (BULLETIN_RECORD=1 re-records):\n" + diff(expected, actual)),
                         sourceLocation: sourceLocation)
        }
    }

    /// The rows that differ, expected above actual, with their row numbers.
    static func diff(_ expected: String, _ actual: String) -> String {
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        var out: [String] = []
        for i in 0..<max(e.count, a.count) {
            let l = i < e.count ? e[i] : "<none>", r = i < a.count ? a[i] : "<none>"
            if l != r {
                out.append(String(format: "row %3d - %@", i - 1, l))
                out.append(String(format: "row %3d + %@", i - 1, r))
            }
        }
        return out.prefix(40).joined(separator: "\n")
    }
}
