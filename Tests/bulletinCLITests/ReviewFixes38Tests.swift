import Foundation
import Testing

/// The items left from session 37's user review (/work/notes/s37/ux/report.md): `list --entity` and
/// `--search` export what the TUI shows, `countries --json` and `entities --json` give `articles` alike,
/// `entities` cuts a line after a whole word, and an index records its roots absolute.
@Suite struct ReviewFixes38Tests {
    final class Scratch {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-r38-\(UUID().uuidString)")
        var corpus: String { root.appendingPathComponent("corpus").path }
        var cache: String { root.appendingPathComponent("cache").path }
        var config: String { root.appendingPathComponent("config").path }
        /// One cache and no user entities file for every run of a test.
        var environment: [String: String] { ["XDG_CACHE_HOME": cache, "XDG_CONFIG_HOME": config] }

        init(_ files: [String: String]) throws {
            try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
            for (name, text) in files { try write(name, text) }
        }

        func write(_ name: String, _ text: String, in folder: String? = nil) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder ?? corpus).appendingPathComponent(name))
        }

        deinit { try? FileManager.default.removeItem(at: root) }
    }

    /// The IDs of a `--json` list, in its order.
    static func ids(_ r: CLI.Result) throws -> [String] {
        let list = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]], "\(r.stdout)")
        return list.compactMap { $0["id"] as? String }
    }

    static let travinsky: [String: String] = [
        "a.txt": "Harbour talks\n\nMinister Zorbulak Travinsky opened the harbour talks on Monday.\n",
        "b.txt": "Переговоры в порту\n\nМинистр Зорбулак Травинский открыл переговоры в порту в понедельник.\n",
        "c.txt": "Weather\n\nRain is expected all week in the north.\n",
        "d.txt": "Travinsky in Minsk\n\nZorbulak Travinsky met officials in Minsk on Tuesday.\n",
    ]

    /// Item 1: `list --entity NAME` keeps the articles that mention the entity, by its canonical name or any
    /// other name, in any script or case (a name the corpus never writes, known from the knowledge base, too);
    /// repeated, every one; a name no entity has says so, and names the close ones.
    @Test func listEntityMatchesEveryNameOfTheEntity() throws {
        let s = try Scratch(Self.travinsky)
        let kb = s.root.appendingPathComponent("kb.tsv").path
        try Data("Zorbulak Travinsky\tperson\tTravinsky|Зорбулак Травинский|Травинский~\n".utf8).write(to: URL(fileURLWithPath: kb))
        for mode in [[], ["--no-index"]] {
            func list(_ options: [String]) throws -> CLI.Result {
                try CLI.run(["list", s.corpus, "--entities", kb, "--json"] + options + mode, environment: s.environment)
            }
            // The canonical name, another case, the Russian name alone (only the knowledge base writes it so)
            // and a case form of it.
            for name in ["Zorbulak Travinsky", "zorbulak TRAVINSKY", "Travinsky", "Травинский", "Травинского"] {
                let r = try list(["--entity", name])
                #expect(r.status == 0, "\(name) \(mode): \(r.stderr)")
                #expect(try Self.ids(r) == ["a", "b", "d"], "\(name) \(mode)")
                #expect(r.stderr.isEmpty, "\(name) \(mode): \(r.stderr)")
            }
            // Repeated: articles that mention each; with the other filters.
            #expect(try Self.ids(try list(["--entity", "Травинский", "--entity", "Minsk"])) == ["d"], "\(mode)")
            #expect(try Self.ids(try list(["--entity", "Travinsky", "--lang", "ru"])) == ["b"], "\(mode)")
            // No such entity: an empty list, and a note naming the close ones.
            let none = try list(["--entity", "Travin"])
            #expect(none.status == 0 && none.stdout == "[]\n", "\(mode): \(none.stdout)")
            #expect(none.stderr.contains("no entity is named “Travin”") && none.stderr.contains("Zorbulak Travinsky"),
                    "\(mode): \(none.stderr)")
            let plain = try CLI.run(["list", s.corpus, "--entities", kb, "--entity", "Nobody At All"] + mode, environment: s.environment)
            #expect(plain.stdout.isEmpty && plain.stderr.contains("no entity is named “Nobody At All”"), "\(mode): \(plain.stderr)")
        }
        let blank = try CLI.run(["list", s.corpus, "--entity", " "], environment: s.environment)
        #expect(blank.status == 64, "\(blank.stderr)")
    }

    /// Item 1: `list --search QUERY` keeps what a search confirmed in the TUI's list marks: a title holding
    /// the query as typed, or a text match, its last word also as the start of a longer one; with the filters.
    @Test func listSearchKeepsWhatTheListSearchFinds() throws {
        let s = try Scratch([
            "t1.txt": "Lukashenko's visit to Hanoi\n\nThe president arrived on Monday with a large delegation of ministers.\n",
            "t2.txt": "Talks in Minsk\n\nPresident Lukashenko said the talks went well and that trade would grow.\n",
            "t3.txt": "Weather\n\nRain is expected all week in the north of the country.\n",
            "t4.txt": "La visite du président\n\nLe président Lukashenko est arrivé lundi à Hanoï avec une délégation de ministres et de chefs d'entreprise.\n",
        ])
        for mode in [[], ["--no-index"]] {
            func list(_ options: [String]) throws -> [String] {
                let r = try CLI.run(["list", s.corpus, "--json"] + options + mode, environment: s.environment)
                #expect(r.status == 0, "\(options) \(mode): \(r.stderr)")
                return try Self.ids(r)
            }
            // The start of a word (bulletin search matches whole words: nothing), in list order.
            #expect(try list(["--search", "lukash"]) == ["t1", "t2", "t4"], "\(mode)")
            #expect(try list(["--search", "lukash", "--lang", "fr"]) == ["t4"], "\(mode)")
            // Inside a title word, as the list matches titles.
            #expect(try list(["--search", "ukash"]) == ["t1"], "\(mode)")
            // Phrases, OR and -word as bulletin search reads them.
            #expect(try list(["--search", "\"arrived on Monday\""]) == ["t1"], "\(mode)")
            #expect(try list(["--search", "rain OR trade"]) == ["t2", "t3"], "\(mode)")
            #expect(try list(["--search", "delegation -monday"]) == ["t4"], "\(mode)")
            #expect(try list(["--search", "nothingmatchesthis"]) == [], "\(mode)")
        }
        let only = try CLI.run(["list", s.corpus, "--search=-rain"], environment: s.environment)
        #expect(only.status == 64, "\(only.stderr)")
        let warnings = try CLI.run(["list", s.corpus, "--warnings", "--search", "rain"], environment: s.environment)
        #expect(warnings.status == 64, "\(warnings.stderr)")
    }

    /// Item 2: `countries --json` gave `articles` as a count, `entities --json` as a list of IDs: both give
    /// the IDs (those `list --country` lists) and a `count`.
    @Test func countriesAndEntitiesGiveArticlesAsIDsWithACount() throws {
        let s = try Scratch([
            "by.txt": "Minsk talks\n\nBelarus and Vietnam signed a trade agreement in Minsk on Monday.\n",
            "vn.txt": "Hanoi fair\n\nA trade fair opened in Hanoi, Vietnam, on Tuesday.\n",
            "kz.txt": "Astana forum\n\nKazakhstan hosted a forum in Astana with delegates from Belarus.\n",
        ])
        for mode in [[], ["--no-index"]] {
            let r = try CLI.run(["countries", s.corpus, "--json"] + mode, environment: s.environment)
            #expect(r.status == 0, "\(r.stderr)")
            let countries = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
            #expect(countries.count >= 3, "\(r.stdout)")
            for c in countries {
                let code = try #require(c["code"] as? String)
                let articles = try #require(c["articles"] as? [String], "\(code): \(c)")
                #expect(c["count"] as? Int == articles.count, "\(code)")
                let listed = try CLI.run(["list", s.corpus, "--country", code, "--json"] + mode, environment: s.environment)
                #expect(articles == (try Self.ids(listed)), "\(code) \(mode)")
            }
            let e = try CLI.run(["entities", s.corpus, "--json"] + mode, environment: s.environment)
            let entities = try #require(try JSONSerialization.jsonObject(with: Data(e.stdout.utf8)) as? [[String: Any]])
            #expect(!entities.isEmpty)
            for entity in entities {
                let articles = try #require(entity["articles"] as? [String])
                #expect(entity["count"] as? Int == articles.count, "\(entity)")
            }
        }
    }

    /// Item 3: on a terminal, `entities` cut a line inside a word (`Vietnam-Biéloruss…`); it cuts after a
    /// whole word now, as `list` cuts its titles.
    @Test func entitiesCutALineAfterAWholeWord() throws {
        let s = try Scratch([
            "f.txt": "Forum in Minsk\n\nThe Forum d'affaires Vietnam-Biélorussie pour la coopération économique et commerciale opened in Minsk.\n",
        ])
        let kb = s.root.appendingPathComponent("kb.tsv").path
        try Data("Forum d'affaires Vietnam-Biélorussie pour la coopération économique et commerciale\torganization\n".utf8)
            .write(to: URL(fileURLWithPath: kb))
        let whole = try CLI.run(["entities", s.corpus, "--entities", kb, "--no-index"], environment: s.environment)
        let lines = whole.stdout.split(separator: "\n").map(String.init)
        let forum = try #require(lines.first { $0.contains("Forum d'affaires") }, "\(whole.stdout)")
        var cut = 0
        for columns in stride(from: 44, through: 90, by: 3) {
            let r = try CLI.runOnTerminal(["entities", s.corpus, "--entities", kb, "--no-index"], columns: columns,
                                          environment: s.environment)
            let line = try #require(r.stdout.split(separator: "\n").map(String.init).first { $0.contains("Forum") })
            guard line.hasSuffix("…") else { continue }
            cut += 1
            // From the name on (a terminal's number columns are wider, under their header).
            let kept = String(line.dropLast().drop { $0 != "F" })
            let name = String(forum.drop { $0 != "F" })
            #expect(name.hasPrefix(kept), "\(columns): \(line)")
            let next = name.dropFirst(kept.count).first
            #expect(next == " " || kept.hasSuffix(" "), "\(columns): cut inside a word: \(line)")
        }
        #expect(cut > 5)
    }

    /// Item 4: an index made from a relative path recorded the root as typed (`corpus`): `bulletin indexes`
    /// showed it so, and pruning could not tell that the corpus was gone. Recorded absolute now.
    @Test func anIndexRecordsItsRootsAbsolute() throws {
        let s = try Scratch(["a.txt": "Minsk talks\n\nBelarus and Vietnam signed a trade agreement in Minsk on Monday.\n"])
        let r = try CLI.run(["list", "corpus"], environment: s.environment, directory: s.root.path)
        #expect(r.status == 0, "\(r.stderr)")
        let absolute = URL(fileURLWithPath: s.corpus).standardizedFileURL.resolvingSymlinksInPath().path
        let listed = try CLI.run(["indexes"], environment: s.environment)
        #expect(listed.stdout.contains("  \(absolute)\n") || listed.stdout.contains("  \(absolute) "), "\(listed.stdout)")
        // The same index from the absolute path and through `./`: one index, nothing re-read.
        let again = try CLI.run(["list", "./corpus/"], environment: s.environment, directory: s.root.path)
        #expect(again.stdout == r.stdout && again.stderr.isEmpty, "\(again.stderr)")
        #expect(try CLI.run(["indexes"], environment: s.environment).stdout.contains("1 index,"))
        // The corpus gone for a week: stale, and pruned.
        try FileManager.default.removeItem(atPath: s.corpus)
        let folder = s.root.appendingPathComponent("cache/bulletin").path
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasPrefix("index-") {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -8 * 86_400)],
                                                  ofItemAtPath: folder + "/" + name)
        }
        let stale = try CLI.run(["indexes"], environment: s.environment)
        #expect(stale.stdout.contains("[stale: its corpus paths are gone"), "\(stale.stdout)")
        let pruned = try CLI.run(["indexes", "--prune"], environment: s.environment)
        #expect(pruned.stdout.contains("1 index removed"), "\(pruned.stdout)")
    }

    /// Item 6: `screen --ansi` printed 256-colour codes whatever NO_COLOR and TERM said.
    @Test func screenAnsiHonoursNoColorAndTerm() throws {
        let s = try Scratch(["a.txt": "Minsk talks\n\nBelarus and Vietnam signed a trade agreement in Minsk on Monday.\n"])
        func screen(_ environment: [String: String]) throws -> String {
            let r = try CLI.run(["screen", s.corpus, "--no-index", "--size", "80x10", "--ansi"],
                                environment: s.environment.merging(environment) { $1 })
            #expect(r.status == 0, "\(r.stderr)")
            return r.stdout
        }
        let full = try screen(["TERM": "xterm-256color", "NO_COLOR": ""])
        #expect(full.contains("38;5;") || full.contains("48;5;"))
        for environment in [["TERM": "xterm-256color", "NO_COLOR": "1"], ["TERM": "dumb", "NO_COLOR": ""]] {
            let mono = try screen(environment)
            #expect(!mono.contains("38;5;") && !mono.contains("48;5;") && !mono.contains("[0;1;37;44m"), "\(environment)")
            #expect(mono.contains("\u{1B}[0;7m"), "\(environment): reverse video stands for colours")
        }
        let eight = try screen(["TERM": "xterm", "NO_COLOR": ""])
        #expect(!eight.contains("38;5;") && !eight.contains("48;5;"))
        #expect(eight.contains(";44m"), "the 8-colour theme: a blue title bar")
    }
}
