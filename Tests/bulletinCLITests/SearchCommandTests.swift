import Foundation
import Testing

/// `bulletin search` end to end, with the real extractor, on articles written here.
@Suite struct SearchCommandTests {
    /// A scratch folder with a corpus and a user knowledge-base file.
    final class Scratch {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-search-\(UUID().uuidString)")
        var corpus: String { root.appendingPathComponent("corpus").path }
        var kb: String { root.appendingPathComponent("kb.json").path }
        var index: String { root.appendingPathComponent("index.sqlite").path }

        init() throws {
            try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
            let files = [
                "a.txt": "Harbour talks\n\nMinister Zorbulak Travinsky opened the harbour talks in the port city on Monday.\n",
                "b.txt": "Visite au port\n\nLe ministre Zorbulak Travinsky a visité le port mardi avec la délégation.\n",
                "c.txt": "Trade agreement\n\nThe two sides agreed to promote trade and to expand cooperation in many fields. "
                    + "Later, General Secretary To Lam received the delegation and praised the results.\n",
            ]
            for (name, text) in files {
                try Data(text.utf8).write(to: URL(fileURLWithPath: corpus).appendingPathComponent(name))
            }
            try Data("""
                {"entities": [{"name": "Zorbulak Travinsky", "type": "person",
                  "aliases": ["Travinsky", "Зорбулак Травинский", "Травинский~", "ترافينسكي"]}]}
                """.utf8).write(to: URL(fileURLWithPath: kb))
        }

        deinit { try? FileManager.default.removeItem(at: root) }
    }

    struct Hit: Decodable { var id: String; var snippet: String }

    func hits(_ r: CLI.Result) throws -> [Hit] {
        try JSONDecoder().decode([Hit].self, from: Data(r.stdout.utf8))
    }

    @Test func knowledgeBaseSpellingsFindTheEntityWithAndWithoutIndex() throws {
        let s = try Scratch()
        for query in ["Травинский", "Травинского", "ترافينسكي"] {
            let indexed = try CLI.run(["search", "--json", query, s.corpus, "--entities", s.kb, "--index", s.index])
            #expect(indexed.status == 0, "\(indexed.stderr)")
            #expect(Set(try hits(indexed).map(\.id)) == ["a", "b"], "\(query)")
            let direct = try CLI.run(["search", "--json", query, s.corpus, "--entities", s.kb, "--no-index"])
            #expect(Set(try hits(direct).map(\.id)) == ["a", "b"], "\(query) --no-index")
            #expect(try hits(direct).allSatisfy { $0.snippet.contains("«Zorbulak Travinsky»") })
        }
    }

    /// QA finding: a pasted paragraph with no match was echoed whole on stderr.
    @Test func noMatchMessageIsOneShortLine() throws {
        let s = try Scratch()
        let query = String(repeating: "zqxj ", count: 400)
        let r = try CLI.run(["search", query, s.corpus, "--no-index"])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("bulletin: no match for “zqxj zqxj"), "\(r.stderr)")
        #expect(r.stderr.hasSuffix("…”\n") && r.stderr.count < 100, "\(r.stderr)")
        let short = try CLI.run(["search", "zqxj", s.corpus, "--no-index"])
        #expect(short.stderr == "bulletin: no match for “zqxj”\n")
    }

    @Test func phraseQuerySnippetMarksTheNameNotTheStopword() throws {
        let s = try Scratch()
        for extra in [["--index", s.index], ["--no-index"]] {
            let r = try CLI.run(["search", "--json", "to lam", s.corpus] + extra)
            let hit = try #require(try hits(r).first { $0.id == "c" }, "\(extra): \(r.stderr)")
            #expect(hit.snippet.contains("«To Lam»"), "\(extra)")
            #expect(!hit.snippet.contains("«to»"), "\(extra)")
        }
    }
}
