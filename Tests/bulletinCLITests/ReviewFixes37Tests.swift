import Foundation
import Testing

/// The CLI items of session 37's user review: `[]` for a path that does not exist, search hits that can be
/// opened, the help text, one index per `--entities` file and a reason for every re-extraction.
@Suite struct ReviewFixes37Tests {
    final class Scratch {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-r37-\(UUID().uuidString)")
        var corpus: String { root.appendingPathComponent("corpus").path }
        var cache: String { root.appendingPathComponent("cache").path }
        var config: String { root.appendingPathComponent("config").path }
        /// One cache and no user entities file for every run of a test, so that runs share the default index.
        var environment: [String: String] { ["XDG_CACHE_HOME": cache, "XDG_CONFIG_HOME": config] }

        init() throws {
            try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
            try write("acme.txt", "Acme Widgets announced\n\nAcme Widgets and Zorblax Industries signed a deal in Minsk today with ZBX.\n")
            try write("other.txt", " date 2026-12-04 Rain in Hanoi\n\nHeavy rain fell on Hanoi on Monday, the delegation said.\n")
        }

        func write(_ name: String, _ text: String, in folder: String? = nil) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder ?? corpus).appendingPathComponent(name))
        }

        deinit { try? FileManager.default.removeItem(at: root) }
    }

    /// Review bug 8: with `--json` a path that does not exist printed nothing at all (an empty folder gave `[]`).
    @Test(arguments: [["list"], ["entities"], ["countries"], ["search", "Minsk"], ["list", "--warnings"]])
    func jsonForAPathThatDoesNotExistIsAnEmptyList(command: [String]) throws {
        for mode in [[], ["--no-index"]] {
            let r = try CLI.run(command + ["/nonexistent/news", "--json"] + mode)
            #expect(r.stdout == "[]\n", "\(command) \(mode)")
            #expect(r.status == 1, "\(command) \(mode)")
            #expect(r.stderr == "bulletin: /nonexistent/news: no such file or directory\n", "\(command) \(mode)")
        }
    }

    /// Polish: search hits carry the file (absolute, as `list --json`), the date and the language.
    @Test func searchJSONHitsNameTheirFileDateAndLanguage() throws {
        let s = try Scratch()
        for mode in [[], ["--no-index"]] {
            let r = try CLI.run(["search", "delegation", s.corpus, "--json"] + mode, environment: s.environment)
            #expect(r.status == 0, "\(r.stderr)")
            let hits = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
            #expect(hits.count == 1)
            let hit = try #require(hits.first)
            #expect(hit["id"] as? String == "other")
            let file = URL(fileURLWithPath: s.corpus).appendingPathComponent("other.txt").standardizedFileURL.resolvingSymlinksInPath().path
            #expect((hit["file"] as? String).map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } == file, "\(mode)")
            #expect((hit["file"] as? String)?.hasPrefix("/") == true)
            #expect(hit["date"] as? String == "2026-12-04")
            #expect(hit["language"] as? String == "en")
            #expect(hit.keys.contains("dateline_date"))
        }
    }

    /// Polish: the search help had runs of spaces where its source lines were joined.
    @Test func searchHelpHasNoRunsOfSpacesInItsText() throws {
        let r = try CLI.run(["search", "--help"])
        #expect(r.status == 0)
        let discussion = r.stdout.components(separatedBy: "USAGE:").first ?? ""
        #expect(discussion.contains("between two words or phrases"), "\(discussion)")
        for line in discussion.split(separator: "\n") {
            #expect(!line.trimmingCharacters(in: .whitespaces).contains("  "), "\(line)")
        }
    }

    /// Review bug 7: a run with `--entities FILE` and a plain one shared the default index, so each switch emptied it
    /// and extracted every article again. Each keeps its own now; `bulletin indexes` names the file.
    @Test func aRunWithAnEntitiesFileKeepsAnIndexOfItsOwn() throws {
        let s = try Scratch()
        let kb = s.root.appendingPathComponent("kb.tsv").path
        try Data("Acme Widgets\torganization\n".utf8).write(to: URL(fileURLWithPath: kb))
        func entities(_ extra: [String]) throws -> CLI.Result {
            try CLI.run(["list", s.corpus, "--json"] + extra, environment: s.environment)
        }
        func acmeType(_ r: CLI.Result) throws -> String? {
            let list = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
            let acme = list.first { $0["id"] as? String == "acme" }
            let found = (acme?["entities"] as? [[String: Any]])?.first { $0["name"] as? String == "Acme Widgets" }
            return found?["type"] as? String
        }
        let plain = try entities([])
        #expect(plain.status == 0, "\(plain.stderr)")
        let withFile = try entities(["--entities", kb])
        #expect(try acmeType(withFile) == "organization")
        let indexes = try CLI.run(["indexes"], environment: s.environment)
        #expect(indexes.stdout.contains("2 indexes"), "\(indexes.stdout)")
        #expect(indexes.stdout.contains("(--entities \(URL(fileURLWithPath: kb).resolvingSymlinksInPath().path))"), "\(indexes.stdout)")
        // Back and forth: no index is emptied, so no run says it extracts again.
        for extra in [[], ["--entities", kb], []] {
            let r = try entities(extra)
            #expect(r.status == 0)
            #expect(!r.stderr.contains("re-reading"), "\(extra): \(r.stderr)")
        }
        #expect(try acmeType(try entities(["--entities", kb])) == "organization")
    }

    /// Review bug 7 (the reason): when an entities file changes, every article's entities are extracted again; the
    /// run says why before it starts, instead of a long silent re-indexing.
    @Test func aChangedEntitiesFileIsNamedAsTheReasonForExtractingAgain() throws {
        let s = try Scratch()
        let kb = s.root.appendingPathComponent("kb.tsv").path
        try Data("Acme Widgets\torganization\n".utf8).write(to: URL(fileURLWithPath: kb))
        let first = try CLI.run(["list", s.corpus, "--entities", kb], environment: s.environment)
        #expect(first.status == 0)
        #expect(!first.stderr.contains("re-reading"), "a first indexing needs no reason: \(first.stderr)")
        try Data("Acme Widgets\torganization\tAcme\nZorblax Industries\torganization\tZBX\n".utf8).write(to: URL(fileURLWithPath: kb))
        // A different size, whatever the clock's resolution.
        let again = try CLI.run(["search", "Minsk", s.corpus, "--entities", kb], environment: s.environment)
        #expect(again.status == 0)
        let path = URL(fileURLWithPath: kb).path
        #expect(again.stderr.contains("bulletin: re-reading the entities of every article: the entities file "), "\(again.stderr)")
        #expect(again.stderr.contains(path + " changed") || again.stderr.contains(URL(fileURLWithPath: kb).resolvingSymlinksInPath().path + " changed"),
                "\(again.stderr)")
        let third = try CLI.run(["list", s.corpus, "--entities", kb], environment: s.environment)
        #expect(!third.stderr.contains("re-reading"), "\(third.stderr)")
        // A user entities file added under the config folder is a reason too.
        try FileManager.default.createDirectory(atPath: s.config + "/bulletin", withIntermediateDirectories: true)
        try Data("Zorblax Industries\torganization\n".utf8).write(to: URL(fileURLWithPath: s.config + "/bulletin/entities.tsv"))
        let user = try CLI.run(["countries", s.corpus, "--entities", kb], environment: s.environment)
        #expect(user.stderr.contains("re-reading the entities of every article: the entities file \(s.config)/bulletin/entities.tsv is new"),
                "\(user.stderr)")
    }

    /// Review bug 3 end to end: the CRLF file of the review links ZBX to Zorblax and keeps Acme an organization.
    @Test func aCRLFEntitiesFileWorksAsTheSameFileWithLFEnds() throws {
        let s = try Scratch()
        let crlf = s.root.appendingPathComponent("crlf.tsv").path
        try Data("Zorblax Industries\torganization\tZBX\r\nAcme Widgets\torganization\r\n".utf8).write(to: URL(fileURLWithPath: crlf))
        let r = try CLI.run(["show", "acme", s.corpus, "--no-index", "--entities", crlf, "--json"], environment: s.environment)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        let article = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let found = (article["entities"] as? [[String: Any]] ?? []).map { ($0["name"] as? String ?? "", $0["type"] as? String ?? "", $0["mentions"] as? Int ?? 0) }
        #expect(found.contains { $0 == ("Zorblax Industries", "organization", 2) }, "\(found)")
        #expect(found.contains { $0.0 == "Acme Widgets" && $0.1 == "organization" }, "\(found)")
        #expect(!found.contains { $0.0 == "ZBX" }, "\(found)")
    }
}
