import Foundation
import Testing

/// What the CLI says about paths and option values: the same with and without the index.
@Suite struct MessageTests {
    /// A folder holding `corpus/` (one good file, one without article text), removed at the end.
    final class Folder {
        let root: URL
        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-msg-\(UUID().uuidString)")
            let corpus = root.appendingPathComponent("corpus")
            try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
            try Data("Tractors in Minsk\n\nThe plant in Minsk made more tractors this year.\n".utf8)
                .write(to: corpus.appendingPathComponent("good.txt"))
            try Data("\n \n".utf8).write(to: corpus.appendingPathComponent("blank.txt"))
        }
        deinit { try? FileManager.default.removeItem(at: root) }
    }

    static func warnings(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("bulletin: warning:") }.sorted()
    }

    /// Some paths missing: the index and `--no-index` name them (and the bad
    /// files) the same way, as typed (the index used to print absolute paths).
    @Test(arguments: [["list"], ["entities"]])
    func warningsNamePathsAsTypedWithOrWithoutTheIndex(command: [String]) throws {
        let f = try Folder()
        let args = command + ["corpus", "missing"]
        let indexed = try CLI.run(args, directory: f.root.path)
        let direct = try CLI.run(args + ["--no-index"], directory: f.root.path)
        #expect(indexed.status == 0 && direct.status == 0, "\(indexed.stderr) \(direct.stderr)")
        let expected = Self.warnings(direct.stderr)
        #expect(expected.contains("bulletin: warning: missing: no such file or directory"), "\(direct.stderr)")
        #expect(expected.contains { $0.hasPrefix("bulletin: warning: corpus/blank.txt: ") }, "\(direct.stderr)")
        #expect(Self.warnings(indexed.stderr) == expected)
        // A warm start does not repeat what the run that read blank.txt said: one line counts it (a missing
        // path is looked for, and told, every time); `list --warnings` names it as typed, as the first run did.
        let env = ["XDG_CACHE_HOME": f.root.appendingPathComponent("cache").path]
        _ = try CLI.run(args, environment: env, directory: f.root.path)
        let warm = try CLI.run(args, environment: env, directory: f.root.path)
        #expect(Self.warnings(warm.stderr) == ["bulletin: warning: missing: no such file or directory"], "\(warm.stderr)")
        #expect(warm.stderr.contains("bulletin: 1 warning about files unchanged since an earlier run reported them"), "\(warm.stderr)")
        let listed = try CLI.run(["list", "--warnings", "corpus", "missing"], environment: env, directory: f.root.path)
        #expect(listed.stdout.split(separator: "\n").map { "bulletin: warning: " + $0 }.sorted() == expected, "\(listed.stdout)")
    }
}

/// A path that does not exist beside others (session 38 review: `bulletin search state visit news/`,
/// the quotes forgotten, searched "state" alone and indexed the whole corpus again as "visit, news/").
@Suite struct MissingPathTests {
    static func indexFiles(_ cache: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("bulletin").path)) ?? [])
            .filter { $0.hasPrefix("index-") && $0.hasSuffix(".sqlite") }
    }

    @Test func aSearchWithAWordReadAsAPathIsBadUsageAndIndexesNothing() throws {
        let f = try MessageTests.Folder()
        let cache = f.root.appendingPathComponent("cache")
        let env = ["XDG_CACHE_HOME": cache.path]
        let r = try CLI.run(["search", "state", "visit", "corpus"], environment: env, directory: f.root.path)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "bulletin: visit: no such file or directory; a query of several words goes in quotes: "
                + "bulletin search 'state visit' corpus (see bulletin search --help)\n", "\(r.stderr)")
        #expect(Self.indexFiles(cache).isEmpty)
        // --json: the empty list, and the same message.
        let j = try CLI.run(["search", "state", "visit", "corpus", "--json"], environment: env, directory: f.root.path)
        #expect(j.status == 64 && j.stdout == "[]\n", "\(j.stdout)")
        // None of the paths exists: as before (exit 1), with the hint when they read as words.
        let none = try CLI.run(["search", "state", "visit"], environment: env, directory: f.root.path)
        #expect(none.status == 1)
        #expect(none.stderr == "bulletin: visit: no such file or directory; a query of several words goes in quotes: "
                + "bulletin search 'state visit'\n", "\(none.stderr)")
        // A missing path with a slash is no query word: no hint.
        let slash = try CLI.run(["search", "minsk", "corpus", "old/news"], environment: env, directory: f.root.path)
        #expect(slash.status == 64)
        #expect(slash.stderr == "bulletin: old/news: no such file or directory (see bulletin search --help)\n", "\(slash.stderr)")
    }

    @Test func aMissingPathBesideAnotherMakesNoNewIndex() throws {
        let f = try MessageTests.Folder()
        let cache = f.root.appendingPathComponent("cache")
        let env = ["XDG_CACHE_HOME": cache.path]
        let plain = try CLI.run(["list", "corpus"], environment: env, directory: f.root.path)
        #expect(plain.status == 0, "\(plain.stderr)")
        let first = Self.indexFiles(cache)
        #expect(first.count == 1)
        let typo = try CLI.run(["list", "corpus", "missing"], environment: env, directory: f.root.path)
        #expect(typo.status == 0 && typo.stdout == plain.stdout, "\(typo.stderr)")
        #expect(typo.stderr.contains("bulletin: warning: missing: no such file or directory"), "\(typo.stderr)")
        #expect(Self.indexFiles(cache) == first)
    }
}

/// `--index` naming a folder that does not exist, or a folder: usage errors.
@Suite struct IndexOptionTests {
    @Test func indexInAMissingFolderIsAUsageErrorAndCreatesNothing() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-nofolder-\(UUID().uuidString)")
        let index = base.appendingPathComponent("dir/x.sqlite").path
        for command in [["list"], ["search", "minsk"], ["countries"]] {
            let r = try CLI.run(command + ["--index", index])
            #expect(r.status == 64, "\(command): \(r.stderr)")
            #expect(r.stderr.contains("--index \(index): no folder \(base.path)/dir"), "\(r.stderr)")
        }
        // It used to create the folders silently.
        #expect(!FileManager.default.fileExists(atPath: base.path))
    }

    @Test func indexThatIsAFolderIsAUsageError() throws {
        let dir = FileManager.default.temporaryDirectory.path
        let r = try CLI.run(["list", "--index", dir])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--index expects a file, and \(dir) is a folder"), "\(r.stderr)")
    }
}

/// `--entities` naming no file, or a folder: usage errors, not a warning after
/// which the run goes on without the user's entities.
@Suite struct EntitiesOptionTests {
    @Test func missingEntitiesFileIsAUsageError() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-nokb-\(UUID().uuidString).json").path
        for command in [["list"], ["search", "minsk"], ["entities"]] {
            let r = try CLI.run(command + ["--entities", missing, "--no-index"])
            #expect(r.status == 64, "\(command): \(r.stderr)")
            #expect(r.stderr.contains("--entities \(missing): no such file"), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
    }

    @Test func entitiesThatIsAFolderIsAUsageError() throws {
        let dir = FileManager.default.temporaryDirectory.path
        let r = try CLI.run(["list", "--entities", dir, "--no-index"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--entities expects a file, and \(dir) is a folder"), "\(r.stderr)")
    }
}

/// Every subcommand's help names option values by what they hold (FILE, N,
/// on|off, …), not by repeating the option's name (`--index <index>`).
@Suite struct HelpTests {
    @Test(arguments: ["open", "list", "show", "entities", "countries", "search", "screen"])
    func optionValuesHaveTheirOwnNames(command: String) throws {
        let r = try CLI.run([command, "--help"])
        #expect(r.status == 0)
        let pattern = try NSRegularExpression(pattern: "--([a-z-]+) <([^>]+)>")
        let text = r.stdout as NSString
        let found = pattern.matches(in: r.stdout, range: NSRange(location: 0, length: text.length))
        #expect(!found.isEmpty)
        for m in found {
            let option = text.substring(with: m.range(at: 1)), value = text.substring(with: m.range(at: 2))
            #expect(option != value, "\(command): --\(option) <\(value)>")
        }
    }

    @Test func topLevelHelpShowsExamples() throws {
        let r = try CLI.run(["--help"])
        #expect(r.stdout.contains("Examples: bulletin news/"))
        #expect(r.stdout.contains("--index <FILE>"))
    }
}
