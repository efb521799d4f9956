import Foundation
import Testing

/// Session 42's review (/work/notes/s42/tui/review.md) of the command line: each test fails without its fix.
@Suite struct Review42CLITests {
    private func folder(_ name: String) throws -> String {
        let dir = NSTemporaryDirectory() + "bulletin-cli-42-\(name)-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir + "/news", withIntermediateDirectories: true)
        return dir
    }

    /// On a terminal, `entities` reordered the whole line as one left-to-right paragraph, so an alias with two
    /// Arabic words around a Latin one printed its words the wrong way round. Each name is now laid out on its own,
    /// as `list` lays out a title.
    @Test func entitiesPrintsAMixedAliasRightToLeft() throws {
        let dir = try folder("entities")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "Kama River Fair\torganization\tمعرض Kama السنوي\n".write(toFile: dir + "/kb.tsv", atomically: true, encoding: .utf8)
        let text = "افتتاح معرض Kama السنوي للكتب\n\nافتتح معرض Kama السنوي أبوابه صباح الأحد، وقال المنظمون إن معرض Kama السنوي يستقبل الزوار حتى الجمعة.\n"
        try text.write(toFile: dir + "/news/kama.txt", atomically: true, encoding: .utf8)
        let env = ["BULLETIN_BIDI": "on", "BULLETIN_SHAPING": "off"]
        let r = try CLI.run(["entities", dir + "/news", "--entities", dir + "/kb.tsv", "--type", "organization"], environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        let line = try #require(r.stdout.split(separator: "\n").first { $0.contains("Kama River Fair") }.map(String.init))
        // Visual order, shaping off: the line read from the right, السنوي at the left end, معرض at the right.
        #expect(line.hasSuffix("Kama River Fair  (يونسلا Kama ضرعم)"), "\(line)")
        // In a pipe without the variables: logical order, for grep.
        let plain = try CLI.run(["entities", dir + "/news", "--entities", dir + "/kb.tsv", "--type", "organization"])
        #expect(plain.stdout.contains("(معرض Kama السنوي)"), "\(plain.stdout)")
    }

    /// The progress line on a terminal said "0.0 MB" for a small corpus, as if nothing were read: kilobytes
    /// under a megabyte, as the TUI's loading screen says them, and of how much.
    @Test func progressLineCountsKilobytes() throws {
        let script = "/usr/bin/script"
        guard FileManager.default.isExecutableFile(atPath: script) else { return }
        let dir = try folder("progress")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let body = String(repeating: "The ferry from Riga to Stockholm left on time. ", count: 60)
        for i in 0..<3 {
            try "Ferry report \(i)\n\n\(body)\n".write(toFile: dir + "/news/ferry\(i).txt", atomically: true, encoding: .utf8)
        }
        // stderr on a terminal (`script` gives the command one), where the progress line is drawn.
        let command = "\(CLI.executable.path) list \(dir)/news --index \(dir)/index.db"
        let r = try CLI.run(["-qec", command, "/dev/null"], launching: script)
        #expect(r.stdout.range(of: #"bulletin: indexing 3/3 files \(100%, ([0-9]+) of \1 KB\)"#, options: .regularExpression) != nil,
                "\(r.stdout.debugDescription)")
        #expect(!r.stdout.contains(" MB)"), "\(r.stdout)")
    }
}
