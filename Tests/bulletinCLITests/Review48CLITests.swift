import Foundation
import Testing

/// Session 48's review: `bulletin show` on a file named directly, on a file the corpus skipped,
/// and a path that is a broken link.
@Suite struct Review48CLITests {
    private func scratch() throws -> String {
        let path = NSTemporaryDirectory() + "bulletin-r48-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path + "/news", withIntermediateDirectories: true)
        try "Ferry line to Con Dao reopens\n\nThe ferry between Vung Tau and Con Dao sails again after the storm.\n"
            .write(toFile: path + "/news/ferry.txt", atomically: true, encoding: .utf8)
        try Data([0, 1, 2, 3, 0, 255, 0, 7]).write(to: URL(fileURLWithPath: path + "/news/scan.txt"))
        return path
    }

    /// With no corpus named, `show news/ferry.txt` shows that file; it looked in the bundled
    /// seeds and said there was no article with that ID.
    @Test func showOfAFileWithNoCorpusShowsThatFile() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in ["news/ferry.txt", dir + "/news/ferry.txt"] {
            let r = try CLI.run(["show", name], directory: dir)
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(r.stdout.hasPrefix("Ferry line to Con Dao reopens"), "\(name): \(r.stdout)")
        }
        // A digest named alone lists its articles with the command that shows one (its IDs are not the seeds').
        try "Morning digest\n\nFerry line reopens\n\nThe ferry sails again.\n\nBridge toll cut\n\nThe toll falls on Monday.\n"
            .write(toFile: dir + "/news/digest.txt", atomically: true, encoding: .utf8)
        let digest = try CLI.run(["show", "news/digest.txt"], directory: dir)
        #expect(digest.status == 1)
        #expect(digest.stderr.contains("choose one: digest#1, digest#2 (bulletin show digest#1 news/digest.txt)"), "\(digest.stderr)")
        let second = try CLI.run(["show", "digest#2", "news/digest.txt"], directory: dir)
        #expect(second.status == 0, "\(second.stderr)")
        // An ID of the seeds still works without a path.
        let seed = try CLI.run(["show", "000_5982e8899487c96f"], directory: dir)
        #expect(seed.status == 0, "\(seed.stderr)")
    }

    /// A file the corpus skipped: `show` says why (the warning), not "no article with ID", whether
    /// it is named by path, by name or by the stem an ID would have; alone, it is the corpus and
    /// nothing can be read.
    @Test func showOfASkippedFileSaysWhyItWasSkipped() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in ["news/scan.txt", "scan.txt", "scan"] {
            let r = try CLI.run(["show", name, "news"], directory: dir)
            #expect(r.status == 1)
            let last = r.stderr.split(separator: "\n").last.map(String.init) ?? ""
            #expect(last == "bulletin: news/scan.txt: looks binary (NUL byte at offset 0), skipped", "\(name): \(r.stderr)")
        }
        let alone = try CLI.run(["show", "news/scan.txt"], directory: dir)
        #expect(alone.status == 1)
        #expect(alone.stderr.contains("news/scan.txt: looks binary"), "\(alone.stderr)")
        #expect(!alone.stderr.contains("no article with ID"), "\(alone.stderr)")
        // An ID that names nothing still says so.
        let none = try CLI.run(["show", "nothing", "news"], directory: dir)
        #expect(none.status == 1 && none.stderr.contains("no article with ID 'nothing'"), "\(none.stderr)")
    }

    /// A path that is a link to nothing is said to be one, as the folder scan says of a link inside a folder.
    @Test func aBrokenLinkGivenAsThePathIsCalledOne() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createSymbolicLink(atPath: dir + "/gone", withDestinationPath: dir + "/unmounted/news")
        for arguments in [["list", "gone"], ["entities", "gone"], ["search", "ferry", "gone"], ["search", "ferry", "gone", "news"]] {
            let r = try CLI.run(arguments, directory: dir)
            #expect(r.stderr.contains("gone: broken link to \(dir)/unmounted/news"), "\(arguments): \(r.stderr)")
            #expect(!r.stderr.contains("gone: no such file or directory"), "\(arguments): \(r.stderr)")
            #expect(r.status == (arguments.count == 4 ? 64 : 1), "\(arguments): \(r.status)")
        }
        let missing = try CLI.run(["list", "nowhere"], directory: dir)
        #expect(missing.stderr.contains("nowhere: no such file or directory"), "\(missing.stderr)")
    }
}
