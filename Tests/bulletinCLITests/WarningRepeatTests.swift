import Foundation
import Testing

/// A file's warnings are printed by the run that reads it; later runs that have them from the index print one line
/// counting them, and `list --warnings` lists them all (review polish 10). Empty results print `[]` (polish 19).
@Suite struct WarningRepeatTests {
    private func scratch() throws -> String {
        let path = NSTemporaryDirectory() + "bulletin-warn-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func warningsArePrintedByTheRunThatReadsTheFile() throws {
        let dir = try scratch(), cache = try scratch()
        defer { for d in [dir, cache] { try? FileManager.default.removeItem(atPath: d) } }
        let env = ["XDG_CACHE_HOME": cache]
        try Data([0, 1, 2, 3]).write(to: URL(fileURLWithPath: dir + "/bin.dat"))
        try "Minsk hosts a fair\n\nThe fair opened on Monday.\n".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let first = try CLI.run(["list", dir], environment: env)
        #expect(first.status == 0)
        #expect(first.stderr.contains("bin.dat: looks binary"), "\(first.stderr)")
        // The next run, and `show` of another article, do not repeat it: one line counts it.
        for args in [["list", dir], ["show", "a", dir]] {
            let again = try CLI.run(args, environment: env)
            #expect(again.status == 0)
            #expect(!again.stderr.contains("bin.dat"), "\(args): \(again.stderr)")
            #expect(again.stderr == "bulletin: 1 warning about files unchanged since an earlier run reported them (bulletin list --warnings lists them)\n",
                    "\(args): \(again.stderr)")
        }
        // `list --warnings` lists every one, on stdout, and nothing on stderr.
        let listed = try CLI.run(["list", "--warnings", dir], environment: env)
        #expect(listed.status == 0)
        #expect(listed.stdout.hasPrefix(dir + "/bin.dat: looks binary"), "\(listed.stdout)")
        #expect(listed.stderr.isEmpty, "\(listed.stderr)")
        let asJSON = try CLI.run(["list", "--warnings", "--json", dir], environment: env)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(asJSON.stdout.utf8)) as? [[String: String]])
        #expect(items.map { $0["file"] } == [dir + "/bin.dat"])
        // A file read again (changed) is reported again in full.
        try Data([0, 9, 9, 9, 9]).write(to: URL(fileURLWithPath: dir + "/bin.dat"))
        let changed = try CLI.run(["list", dir], environment: env)
        #expect(changed.stderr.contains("bin.dat: looks binary"), "\(changed.stderr)")
        #expect(!changed.stderr.contains("earlier run"), "\(changed.stderr)")
        // Without the index every run reads every file: every warning, every time.
        let direct = try CLI.run(["list", "--no-index", dir], environment: env)
        #expect(direct.stderr.contains("bin.dat: looks binary"), "\(direct.stderr)")
    }

    @Test func aCorpusWithoutArticlesPrintsEveryReasonEveryTime() throws {
        let dir = try scratch(), cache = try scratch()
        defer { for d in [dir, cache] { try? FileManager.default.removeItem(atPath: d) } }
        try Data([0, 1, 2, 3]).write(to: URL(fileURLWithPath: dir + "/bin.dat"))
        for _ in 0..<2 {
            let r = try CLI.run(["list", dir], environment: ["XDG_CACHE_HOME": cache])
            #expect(r.status == 1)
            #expect(r.stderr.contains("bin.dat: looks binary") && r.stderr.contains("no articles could be read"), "\(r.stderr)")
        }
    }

    @Test func emptyResultsPrintAnEmptyJSONArray() throws {
        let empty = try scratch(), cache = try scratch(), one = try scratch()
        defer { for d in [empty, cache, one] { try? FileManager.default.removeItem(atPath: d) } }
        let env = ["XDG_CACHE_HOME": cache]
        for mode in [[], ["--no-index"]] {
            for command in ["list", "entities", "countries"] {
                let r = try CLI.run([command, "--json"] + mode + [empty], environment: env)
                #expect(r.stdout == "[]\n", "\(command) \(mode): \(r.stdout)")
                #expect(r.status == 1)
                #expect(r.stderr == "bulletin: no articles could be read from \(empty) (no files found)\n", "\(r.stderr)")
            }
        }
        // Empty arrays inside the output too.
        try "Hello there\n\nno names here at all.\n".write(toFile: one + "/a.txt", atomically: true, encoding: .utf8)
        let r = try CLI.run(["list", "--json", one], environment: env)
        #expect(r.stdout.contains("\"countries\" : [],"), "\(r.stdout)")
        #expect(r.stdout.contains("\"entities\" : [],"), "\(r.stdout)")
        #expect(!r.stdout.contains("[\n\n"), "\(r.stdout)")
        let none = try CLI.run(["list", "--json", "--lang", "fr", one], environment: env)
        #expect(none.stdout == "[]\n", "\(none.stdout)")
    }
}
