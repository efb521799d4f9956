import Foundation
import Testing

/// File names are input too: a name holding an escape sequence (from an
/// archive, a download, a scraper) must not reach the terminal as a control
/// through the list's ID column or a warning on stderr.
@Suite struct ControlCharactersInFileNamesTests {
    /// A folder with an article whose name holds a colour escape, and an empty
    /// file whose name holds an OSC "set the window title" sequence (warned about).
    final class Folder {
        let root: URL
        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-ctl-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try Data("Tractors leave Minsk\n\nThe plant in Minsk made more tractors this year.\n".utf8)
                .write(to: root.appendingPathComponent("evil\u{1B}[31mred.txt"))
            try Data().write(to: root.appendingPathComponent("e\u{1B}]0;pwned\u{07}.txt"))
        }
        deinit { try? FileManager.default.removeItem(at: root) }
    }

    static func controls(_ s: String) -> [Unicode.Scalar] {
        s.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
    }

    @Test(arguments: [["list"], ["list", "--no-index"], ["search", "tractors"], ["countries"], ["entities"]])
    func noControlReachesTheTerminal(command: [String]) throws {
        let f = try Folder()
        let r = try CLI.run(command + [f.root.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.controls(r.stdout).isEmpty, "stdout: \(r.stdout.debugDescription)")
        #expect(Self.controls(r.stderr).isEmpty, "stderr: \(r.stderr.debugDescription)")
        // The warning still names the file recognizably: each control shows as `?` (as `ls` shows it).
        #expect(r.stderr.contains("e?]0;pwned?.txt: empty file, skipped"), "\(r.stderr)")
    }

    @Test func theListShowsTheIDWithoutItsControls() throws {
        let f = try Folder()
        let r = try CLI.run(["list", f.root.path])
        #expect(r.stdout.contains("evil?[31mred  "), "\(r.stdout.debugDescription)")
        #expect(r.stdout.contains("Tractors leave Minsk"))
    }
}

/// `--index` is a file Bulletin writes: naming an article (or any text file)
/// by mistake must not rename it away "as a damaged index"; an index inside the
/// corpus folder would be read back as three binary "articles" at every run.
@Suite struct IndexOptionPlacementTests {
    final class Folder {
        let root: URL
        var corpus: URL { root.appendingPathComponent("corpus") }
        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-ixp-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("corpus"), withIntermediateDirectories: true)
            try Data("Tractors leave Minsk\n\nThe plant in Minsk made more tractors this year.\n".utf8)
                .write(to: root.appendingPathComponent("corpus/minsk.txt"))
        }
        deinit { try? FileManager.default.removeItem(at: root) }
    }

    @Test func aTextFileGivenAsTheIndexIsAUsageErrorAndStaysWhereItIs() throws {
        let f = try Folder()
        let notes = f.root.appendingPathComponent("notes.txt")
        let text = "My notes on the Minsk visit.\n"
        try Data(text.utf8).write(to: notes)
        for command in [["list"], ["search", "minsk"], ["countries"]] {
            let r = try CLI.run(command + [f.corpus.path, "--index", notes.path])
            #expect(r.status == 64, "\(command): \(r.stderr)")
            #expect(r.stderr.contains("--index \(notes.path) is a text file, not an index"), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        #expect(try String(contentsOf: notes, encoding: .utf8) == text)
        let left = try FileManager.default.contentsOfDirectory(atPath: f.root.path).sorted()
        #expect(left == ["corpus", "notes.txt"])
    }

    @Test func anIndexInsideTheCorpusIsAUsageErrorUnlessHidden() throws {
        let f = try Folder()
        let inside = f.corpus.appendingPathComponent("bulletin.db").path
        let r = try CLI.run(["list", f.corpus.path, "--index", inside])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("--index \(inside) is inside the corpus"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: inside))
        // A hidden name is skipped by the folder scan: allowed, and read back without a warning.
        let hidden = f.corpus.appendingPathComponent(".bulletin.db").path
        for _ in 0..<2 {
            let ok = try CLI.run(["list", f.corpus.path, "--index", hidden])
            #expect(ok.status == 0, "\(ok.stderr)")
            #expect(!ok.stderr.contains("warning"), "\(ok.stderr)")
            #expect(ok.stdout.contains("Tractors leave Minsk"))
        }
    }

    @Test func anExistingIndexIsStillAccepted() throws {
        let f = try Folder()
        let index = f.root.appendingPathComponent("news.db").path
        for _ in 0..<2 {
            let r = try CLI.run(["list", f.corpus.path, "--index", index])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("Tractors leave Minsk"))
        }
    }
}

/// Arabic in `list`, `search` and `entities` lines reads right to left on a
/// terminal, as in `show` and the reader (they printed logical order, which a
/// terminal without bidi shows backwards); a pipe still gets logical order,
/// unless BULLETIN_BIDI / BULLETIN_SHAPING ask (the rule `show` follows).
@Suite struct ArabicLinesTests {
    static let title = "سلام عليكم"  // letters only: in visual order without shaping, the scalars reversed
    static let visual = String(title.reversed())

    final class Folder {
        let root: URL
        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-ar-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            let body = "قال الوزير في القاهرة إن التعاون مع مصر والأردن مهم جدا للمنطقة كلها. وأضاف أن الوفد سيزور عمان الأسبوع المقبل."
            try Data("\(ArabicLinesTests.title)\n\n\(body)\n".utf8).write(to: root.appendingPathComponent("ar.txt"))
        }
        deinit { try? FileManager.default.removeItem(at: root) }
    }

    @Test(arguments: [["list"], ["search", "الوزير"]])
    func reorderedWhenAskedOrOnATerminalAndLogicalInAPipe(command: [String]) throws {
        let f = try Folder()
        let args = command + [f.root.path, "--no-index"]
        let piped = try CLI.run(args)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.contains(Self.title), "\(piped.stdout)")
        let asked = try CLI.run(args, environment: ["BULLETIN_BIDI": "on", "BULLETIN_SHAPING": "off"])
        #expect(asked.stdout.contains("ar  " + Self.visual), "\(asked.stdout)")
        #expect(!asked.stdout.contains(Self.title), "\(asked.stdout)")
        // The ID column stays first, in its place.
        #expect(asked.stdout.hasPrefix("ar  "), "\(asked.stdout)")
    }
}
