import Foundation
import Testing

/// `bulletin list` and `bulletin show`: output shape and exit statuses.
@Suite struct ListShowTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds").path

    /// A cache folder of the suite's own, so the index these runs build stays out of the user's cache.
    static let cache = NSTemporaryDirectory() + "bulletin-cli-cache-" + UUID().uuidString

    /// `CLI.run` with the suite's cache folder.
    private func run(_ arguments: [String], environment: [String: String] = [:], directory: String? = nil) throws -> CLI.Result {
        var env = environment
        env["XDG_CACHE_HOME"] = Self.cache
        return try CLI.run(arguments, environment: env, directory: directory)
    }

    private func json(_ r: CLI.Result) throws -> [[String: Any]] {
        let value = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
        return try #require(value as? [[String: Any]])
    }

    private func scratch() throws -> String {
        let path = NSTemporaryDirectory() + "bulletin-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func listJSONHasTheDocumentedShape() throws {
        let r = try run(["list", "--json", Self.seeds])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let articles = try json(r)
        #expect(articles.count == 8)
        let keys: Set<String> = ["id", "file", "segment", "title", "date", "language", "source", "url",
                                 "countries", "entities", "body", "words"]
        for a in articles {
            #expect(keys.isSubset(of: Set(a.keys)), "\(a.keys)")
            #expect(a["id"] is String && a["segment"] is Int && a["words"] is Int)
            #expect(a["countries"] is [Any] && a["entities"] is [Any])
            #expect(a["date"] is NSNull || (a["date"] as? String)?.count == 10)
        }
        let digest = articles.filter { ($0["file"] as? String)?.hasSuffix("002_10a2e1af6788be43.txt") == true }
        #expect(digest.compactMap { $0["segment"] as? Int } == [1, 2, 3, 4])
    }

    @Test func indexAndDirectReadingAgree() throws {
        let indexed = try json(try run(["list", "--json", Self.seeds]))
        let direct = try json(try run(["list", "--json", "--no-index", Self.seeds]))
        func summary(_ a: [[String: Any]]) -> [String] {
            a.map { "\($0["id"] ?? "")|\($0["title"] ?? "")|\($0["language"] ?? "")|\($0["date"] ?? "")|\($0["words"] ?? "")" }
        }
        #expect(summary(indexed) == summary(direct))
    }

    @Test func listLinesFitTheWidth() throws {
        let r = try run(["list", Self.seeds], environment: ["COLUMNS": "60"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 8)
        #expect(lines.allSatisfy { $0.count <= 60 })
        #expect(lines[1].hasPrefix("001_e52cb4cd3b8fc08c"))
        #expect(lines[1].contains(" fr "))
    }

    @Test func languageFilter() throws {
        let r = try run(["list", "--json", "--lang", "ar", Self.seeds])
        #expect(r.status == 0)
        #expect(try json(r).compactMap { $0["language"] as? String } == ["ar"])
    }

    @Test func unknownCodesGiveAnEmptyListAndANote() throws {
        let lang = try run(["list", "--lang", "xx", Self.seeds])
        #expect(lang.status == 0)
        #expect(lang.stdout.isEmpty)
        #expect(lang.stderr == "bulletin: no article has language xx (languages: ar, en, fr)\n")
        let country = try run(["list", "--json", "--country", "zz", Self.seeds])
        #expect(country.status == 0)
        #expect(try json(country).isEmpty)
        #expect(country.stderr.hasPrefix("bulletin: no article mentions country ZZ (countries: "))
        #expect(country.stderr.split(separator: "\n").count == 1)
        // A known code that selects nothing here is not a typo: no note.
        let known = try run(["list", "--lang", "fr", "--country", "BY", Self.seeds])
        #expect(known.status == 0)
        #expect(known.stderr.isEmpty)
    }

    @Test func missingPathExitsOneWithAMessage() throws {
        let r = try run(["list", "/definitely/not/here"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("/definitely/not/here: no such file or directory"))
        #expect(r.stderr.contains("no articles"))
    }

    @Test func unreadableOnlyExitsOneButOneGoodFileIsEnough() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data([0, 1, 2, 3]).write(to: URL(fileURLWithPath: dir + "/bin.dat"))
        let bad = try run(["list", dir])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("bin.dat: looks binary"))
        try Data("Một tin ngắn về Hà Nội và Minsk.\n".utf8).write(to: URL(fileURLWithPath: dir + "/vi.txt"))
        let good = try run(["list", "--json", dir])
        #expect(good.status == 0)
        #expect(good.stderr.contains("bin.dat"))
        #expect(try json(good).first?["language"] as? String == "vi")
    }

    @Test func badUsageExits64() throws {
        #expect(try run(["list", "--country", "Belarus", Self.seeds]).status == 64)
        #expect(try run(["show"]).status == 64)
        #expect(try run(["show", "x", "--width", "2", Self.seeds]).status == 64)
    }

    @Test func showPrintsHeaderAndWrappedBody() throws {
        let r = try run(["show", "001_e52cb4cd3b8fc08c", Self.seeds, "--width", "50"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("Le secrétaire général") == true)
        #expect(r.stdout.contains("undated · fr · VNA/CVN"))
        #expect(r.stdout.contains("Durant son séjour"))
        #expect(lines.allSatisfy { $0.count <= 50 })
        #expect(lines.contains(Substring(String(repeating: "─", count: 50))))
        let wide = try run(["show", "001_e52cb4cd3b8fc08c", Self.seeds, "--width", "72"])
        #expect(wide.stdout.split(separator: "\n").contains(Substring(String(repeating: "─", count: 72))))
    }

    @Test func showJSONIsOneObject() throws {
        let r = try run(["show", "002_10a2e1af6788be43#3", Self.seeds, "--json"])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["segment"] as? Int == 3)
        #expect(object["language"] as? String == "en")
    }

    @Test func showUnknownIDExitsOne() throws {
        let r = try run(["show", "no-such-article", Self.seeds])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no article with ID 'no-such-article'"))
        let digest = try run(["show", "002_10a2e1af6788be43", Self.seeds])
        #expect(digest.status == 1)
        #expect(digest.stderr.contains("002_10a2e1af6788be43#4"))
    }

    @Test func seedsAreFoundFromAnyDirectory() throws {
        let r = try run(["list", "--json"], environment: ["BULLETIN_SEEDS": ""], directory: "/")
        #expect(r.status == 0)
        #expect(try json(r).count == 8)
    }

    @Test func bulletinSeedsVariableWins() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("Только одна статья о Минске.\n".utf8).write(to: URL(fileURLWithPath: dir + "/ru.txt"))
        let r = try run(["list", "--json"], environment: ["BULLETIN_SEEDS": dir], directory: dir)
        #expect(r.status == 0)
        let articles = try json(r)
        #expect(articles.count == 1)
        #expect(articles.first?["language"] as? String == "ru")
    }
}
