import Foundation
import Testing

/// `bulletin entities` and `bulletin countries` read their lists from the
/// index's tables: the output must be what loading every article gave
/// (`--load-articles`, the former path) and what reading the files directly
/// gives (`--no-index`), byte for byte, in text and JSON.
@Suite struct CatalogCommandTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func indexedListsAreTheFullLoadsAndTheDirectReads() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("bulletin-catalog-cli-\(UUID().uuidString)")
        let corpus = root.appendingPathComponent("corpus")
        try fm.createDirectory(at: corpus, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: root) }
        // The seeds (English, French, Arabic, Vietnamese) and a set of unseen
        // articles in Russian, Chinese and Arabic, with names linked across them.
        for set in ["seeds", "scripts/entity-unseen/holdout6"] {
            let folder = Self.repo.appendingPathComponent(set).path
            for name in try fm.contentsOfDirectory(atPath: folder) where name.hasSuffix(".txt") || name.hasSuffix(".md") {
                try fm.copyItem(atPath: folder + "/" + name, toPath: corpus.appendingPathComponent(name).path)
            }
        }
        #expect(try fm.contentsOfDirectory(atPath: corpus.path).count >= 10)
        let index = root.appendingPathComponent("index.sqlite").path
        let built = try CLI.run(["list", corpus.path, "--index", index])
        #expect(built.status == 0, "\(built.stderr)")

        let commands: [[String]] = [
            ["entities", "--json"], ["entities"], ["entities", "--type", "person"], ["entities", "--type", "country", "--json"],
            ["countries", "--json"], ["countries"],
        ]
        for command in commands {
            let fast = try CLI.run(command + [corpus.path, "--index", index])
            let loaded = try CLI.run(command + [corpus.path, "--index", index, "--load-articles"])
            let direct = try CLI.run(command + [corpus.path, "--no-index"])
            #expect(fast.status == 0, "\(command): \(fast.stderr)")
            #expect(fast.stdout.split(separator: "\n").count > 3, "\(command)")
            #expect(fast.stdout == loaded.stdout, "\(command): index tables and full load differ")
            #expect(fast.stdout == direct.stdout, "\(command): index and --no-index differ")
        }
        // Linked names: an entity whose aliases span scripts.
        let json = try CLI.run(["entities", "--json", corpus.path, "--index", index])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(list.contains { entity in
            let aliases = entity["aliases"] as? [String] ?? []
            return aliases.contains { $0.unicodeScalars.contains { $0.value < 0x80 && $0.properties.isAlphabetic } }
                && aliases.contains { $0.unicodeScalars.contains { $0.value >= 0x400 && $0.properties.isAlphabetic } }
        })
    }
}

/// `list --country` and `countries` take the countries of the places an article names: a Russian desk's story on
/// Khabarovsk that never writes "Russia" is listed for RU and counted for it, as the TUI's country filter counts it
/// (it printed 0 and "+1 by a place" while the TUI's picker said 1), with how many only through a place, with and
/// without the index.
@Suite struct PlaceCountryCLITests {
    @Test func listAndCountriesTakeAPlacesCountry() throws {
        let fm = FileManager.default
        let top = fm.temporaryDirectory.appendingPathComponent("bulletin-place-cli-\(UUID().uuidString)")
        let root = top.appendingPathComponent("corpus")
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: top) }
        try "В Хабаровске открыли мост\n\nХАБАРОВСК, 4 декабря. Новый мост открыли в Хабаровске в четверг.\n"
            .write(to: root.appendingPathComponent("ru_dom.txt"), atomically: true, encoding: .utf8)
        try "Talks in Hanoi\n\nVietnam and Belarus held talks in Hanoi on Thursday.\n"
            .write(to: root.appendingPathComponent("en_vn.txt"), atomically: true, encoding: .utf8)
        for extra in [["--no-index"], ["--index", top.appendingPathComponent("i.db").path]] {
            let list = try CLI.run(["list", root.path, "--country", "RU"] + extra)
            #expect(list.status == 0, "\(list.stderr)")
            #expect(list.stdout.contains("ru_dom") && !list.stdout.contains("en_vn"), "\(list.stdout) \(list.stderr)")
            #expect(!list.stderr.contains("no article mentions"), "\(list.stderr)")
            let countries = try CLI.run(["countries", root.path] + extra)
            let ru = countries.stdout.split(separator: "\n").first { $0.hasPrefix("RU") }
            #expect(ru?.hasSuffix("Russia  (1 only through a place)") == true, "\(countries.stdout)")
            #expect(ru?.contains("  1  ") == true, "counted as the TUI's picker counts it: \(countries.stdout)")
            let vn = countries.stdout.split(separator: "\n").first { $0.hasPrefix("VN") }
            #expect(vn?.contains("through a place") == false, "Hanoi is in Vietnam, which the article names: \(countries.stdout)")
            let show = try CLI.run(["show", "ru_dom", root.path] + extra)
            #expect(show.stdout.contains("by place: RU"), "\(show.stdout) \(show.stderr)")
            let json = try CLI.run(["countries", root.path, "--json"] + extra)
            let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            let item = try #require(items.first { $0["code"] as? String == "RU" })
            #expect(item["count"] as? Int == 1)
            #expect(item["articles"] as? [String] == ["ru_dom"])
            #expect(item["placeArticles"] as? [String] == ["ru_dom"])
        }
    }
}
