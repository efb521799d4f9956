import Foundation
import Testing

/// `list` reads summaries, and `list --json` streams the articles one at a time (session 38 review:
/// 100,000 articles took 15 s and 831 MB for the plain list, 81 s and 4.7 GB with `--json`). What it
/// prints must not change: the same objects, in the list's order, in the whole array's layout.
@Suite struct ListStreamTests {
    static func corpus() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let files = [
            "a.txt": "Tractors in Minsk\n\nPresident Alexander Lukashenko visited the plant in Minsk, Belarus.\n",
            "b.txt": "Visite à Hanoï\n\nLe secrétaire général Tô Lâm a reçu la délégation du Vietnam et de la Biélorussie.\n",
            "c.txt": "Weather\n\nRain.\n",
            "d.txt": "زيارة\n\nاستقبل الرئيس لوكاشينكو وفدا من الصين في مينسك.\n",
        ]
        for (name, text) in files { try Data(text.utf8).write(to: root.appendingPathComponent(name)) }
        return root
    }

    static func objects(_ text: String) throws -> [NSDictionary] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [NSDictionary])
    }

    @Test(arguments: [[], ["--no-index"]])
    func theStreamedListIsTheWholeArray(mode: [String]) throws {
        let root = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: root) }
        let all = try CLI.run(["list", "--json", root.path] + mode)
        #expect(all.status == 0, "\(all.stderr)")
        let articles = try Self.objects(all.stdout)
        #expect(articles.map { $0["id"] as? String } == ["a", "b", "c", "d"])
        // The layout of Foundation's pretty-printed array: each object two spaces in, commas between.
        #expect(all.stdout.hasPrefix("[\n  {\n    \"body\" : "), "\(all.stdout.prefix(40))")
        #expect(all.stdout.hasSuffix("\n  }\n]\n"))
        #expect(all.stdout.contains("\n  },\n  {\n    \"body\" : "))
        #expect(!all.stdout.contains("\n\n"))
        // A filtered list: the same objects as the whole one's, in its order.
        let fr = try CLI.run(["list", "--json", "--lang", "fr", "--lang", "ar", root.path] + mode)
        #expect(try Self.objects(fr.stdout) == articles.filter { ["fr", "ar"].contains($0["language"] as? String) })
        let by = try CLI.run(["list", "--json", "--country", "BY", root.path] + mode)
        let byIDs = try Self.objects(by.stdout).map { $0["id"] as? String }
        #expect(byIDs.contains("a") && !byIDs.contains("c"), "\(byIDs)")
        // Nothing listed: the empty list.
        let none = try CLI.run(["list", "--json", "--country", "ZZ", root.path] + mode)
        #expect(none.stdout == "[]\n" && none.status == 0)
        // The plain list: one line per article, in the same order.
        let lines = try CLI.run(["list", root.path] + mode)
        #expect(lines.stdout.split(separator: "\n").map { String($0.prefix(1)) } == ["a", "b", "c", "d"], "\(lines.stdout)")
    }
}
