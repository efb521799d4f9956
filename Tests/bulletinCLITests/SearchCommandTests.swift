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

    struct Hit: Decodable {
        var id: String
        var snippet: String
        var highlights: [Highlight]
        struct Highlight: Decodable { var start: Int; var end: Int; var text: String }

        /// The snippet's code points at each highlight (what the offsets promise).
        var highlighted: [String] {
            let scalars = Array(snippet.unicodeScalars)
            return highlights.map { h in
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[h.start..<h.end])
                return String(s)
            }
        }
    }

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
            #expect(try hits(direct).allSatisfy { $0.highlighted == ["Zorbulak Travinsky"] && $0.highlights.map(\.text) == $0.highlighted })
        }
    }

    /// QA finding: a pasted paragraph with no match was echoed whole on stderr.
    @Test func noMatchMessageIsOneShortLine() throws {
        let s = try Scratch()
        let query = String(repeating: "zqxj ", count: 400)
        let r = try CLI.run(["search", query, s.corpus, "--no-index"])
        #expect(r.status == 1, "nothing found: 1, as grep")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("bulletin: no match for “zqxj zqxj"), "\(r.stderr)")
        #expect(r.stderr.hasSuffix("…”\n") && r.stderr.count < 100, "\(r.stderr)")
        let short = try CLI.run(["search", "zqxj", s.corpus, "--no-index"])
        #expect(short.stderr == "bulletin: no match for “zqxj”\n")
    }

    /// Review polish 8: search syntax that users trip over.
    @Test func exitStatusOrAndQueriesStartingWithMinus() throws {
        let s = try Scratch()
        for extra in [["--index", s.index], ["--no-index"]] {
            // Nothing found: exit status 1, as grep; --json still prints an array.
            let none = try CLI.run(["search", "--json", "zqxj", s.corpus] + extra)
            #expect(none.status == 1 && none.stdout == "[]\n", "\(extra): \(none.stdout)")
            let found = try CLI.run(["search", "harbour", s.corpus] + extra)
            #expect(found.status == 0, "\(extra)")
            // OR (upper case) is either word; "or" is a word.
            let either = try CLI.run(["search", "--json", "harbour OR delegation", s.corpus] + extra)
            #expect(Set(try hits(either).map(\.id)) == ["a", "b", "c"], "\(extra): \(either.stderr)")  // b: délégation
            let word = try CLI.run(["search", "--json", "harbour or delegation", s.corpus] + extra)
            #expect(word.status == 1, "\(extra)")
            // A query of excluded words only: bad usage, with a word on what to do.
            let excluded = try CLI.run(["search"] + extra + ["--", "-harbour", s.corpus])
            #expect(excluded.status == 64, "\(extra)")
            #expect(excluded.stderr.contains("the query only excludes words (-harbour): give a word to find as well"), "\(excluded.stderr)")
            let after = try CLI.run(["search", "--json"] + extra + ["--", "-harbour talks", s.corpus])
            #expect(after.status == 1, "\(extra): only a.txt has talks, and it has harbour")
        }
        // A query read as an option says how to pass it.
        let minus = try CLI.run(["search", "-Minsk", s.corpus])
        #expect(minus.status == 64)
        #expect(minus.stderr.contains("a query that starts with '-' goes after --, as in bulletin search -- -Minsk"), "\(minus.stderr)")
        #expect(minus.stderr.split(separator: "\n").count == 1)
        // A mistyped long option is not a query.
        let typo = try CLI.run(["search", "--jsn", "harbour", s.corpus])
        #expect(typo.status == 64 && !typo.stderr.contains("goes after --"), "\(typo.stderr)")
    }

    /// Review bug 12 end to end: a Vietnamese word typed with its tones finds
    /// only that word; typed without, every variant.
    @Test func diacriticsTypedAreDiacriticsMeant() throws {
        let s = try Scratch()
        try Data("Công nhân làm việc\n\nCác tổ chức công đoàn làm việc với công nhân.\n".utf8)
            .write(to: URL(fileURLWithPath: s.corpus).appendingPathComponent("vi.txt"))
        try Data("Tô Lâm tiếp đoàn\n\nTổng Bí thư Tô Lâm tiếp đoàn đại biểu.\n".utf8)
            .write(to: URL(fileURLWithPath: s.corpus).appendingPathComponent("name.txt"))
        for extra in [["--index", s.index], ["--no-index"]] {
            let marked = try CLI.run(["search", "--json", "Tô Lâm", s.corpus] + extra)
            // c writes "To Lam": found as the person the knowledge base knows (entity search), not by its words.
            #expect(Set(try hits(marked).map(\.id)) == ["name", "c"], "\(extra): \(marked.stdout)")
            #expect(try hits(marked).allSatisfy { $0.highlighted.allSatisfy { !$0.contains("làm") && !$0.contains("tổ") } })
            let plain = try CLI.run(["search", "--json", "to lam", s.corpus] + extra)
            #expect(Set(try hits(plain).map(\.id)).isSuperset(of: ["name", "vi", "c"]), "\(extra): \(plain.stdout)")
        }
    }

    @Test func phraseQuerySnippetMarksTheNameNotTheStopword() throws {
        let s = try Scratch()
        for extra in [["--index", s.index], ["--no-index"]] {
            let r = try CLI.run(["search", "--json", "to lam", s.corpus] + extra)
            let hit = try #require(try hits(r).first { $0.id == "c" }, "\(extra): \(r.stderr)")
            #expect(hit.highlighted == ["To Lam"], "\(extra)")
        }
    }

    /// QA finding: matches were marked «…» inside the snippet text, which an
    /// article's own French or Russian quotation marks made unreadable
    /// (`« «Minsk» »`) and which a script had to strip. Now the text is the
    /// article's, the matches are offsets beside it (code points: a Vietnamese
    /// letter and an emoji before the match must not shift them).
    @Test func jsonSnippetIsPlainTextWithTheMatchesBesideIt() throws {
        let s = try Scratch()
        try Data("Sommet\n\nLe 👍🏽 Tô Lâm a dit « Minsk » puis «Minsk», et Минск.\n".utf8)
            .write(to: URL(fileURLWithPath: s.corpus).appendingPathComponent("d.txt"))
        for extra in [["--index", s.index], ["--no-index"]] {
            let r = try CLI.run(["search", "--json", "minsk", s.corpus] + extra)
            let hit = try #require(try hits(r).first { $0.id == "d" }, "\(extra): \(r.stderr)")
            #expect(hit.snippet == "Le 👍🏽 Tô Lâm a dit « Minsk » puis «Minsk», et Минск.", "\(extra)")
            #expect(hit.highlighted.first == "Minsk" && hit.highlights.map(\.text) == hit.highlighted, "\(extra)")
            #expect(hit.highlights.first?.start == 21, "\(extra)")
        }
    }

    /// In a pipe the snippet is the article's text, unmarked; `--color always`
    /// (for `less -R`) puts each match in reverse video, and only the match.
    @Test func terminalOutputShowsMatchesInReverseVideoOnlyWhenAsked() throws {
        let s = try Scratch()
        let piped = try CLI.run(["search", "travinsky", s.corpus, "--no-index"])
        #expect(piped.status == 0)
        #expect(!piped.stdout.contains("\u{1B}") && !piped.stdout.contains("«"), "\(piped.stdout.debugDescription)")
        #expect(piped.stdout.contains("Minister Zorbulak Travinsky opened"))
        let styled = try CLI.run(["search", "travinsky", s.corpus, "--no-index", "--color", "always"])
        #expect(styled.stdout.contains("Minister Zorbulak \u{1B}[7mTravinsky\u{1B}[27m opened"), "\(styled.stdout.debugDescription)")
        let never = try CLI.run(["search", "travinsky", s.corpus, "--no-index", "--color", "never"])
        #expect(never.stdout == piped.stdout)
        let bad = try CLI.run(["search", "travinsky", s.corpus, "--no-index", "--color", "sometimes"])
        #expect(bad.status == 64 && bad.stderr.contains("--color must be auto, always or never"), "\(bad.stderr)")
    }

    /// With bidi on, an Arabic match is reordered with its line and the
    /// escapes still surround exactly its letters.
    @Test func reverseVideoFollowsAnArabicMatchThroughReordering() throws {
        let s = try Scratch()
        try Data("خبر\n\nاستقبل الرئيس لوكاشينكو الوفد في مينسك.\n".utf8)
            .write(to: URL(fileURLWithPath: s.corpus).appendingPathComponent("ar.txt"))
        let r = try CLI.run(["search", "مينسك", s.corpus, "--no-index", "--color", "always"],
                            environment: ["BULLETIN_BIDI": "on", "BULLETIN_SHAPING": "off"])
        let line = try #require(r.stdout.split(separator: "\n").first { $0.contains("\u{1B}[7m") }, "\(r.stdout)")
        // Reordered right to left: the word's letters reversed, between the escapes.
        #expect(line.contains("\u{1B}[7m" + String("مينسك".reversed()) + "\u{1B}[27m"), "\(line.debugDescription)")
    }

    /// An Arabic snippet that opens with a Latin word runs right to left, as its
    /// paragraph does in the reader: laid out left to right, it showed "BRICS"
    /// first at the left and the Arabic after it. The indent stays on the left.
    @Test func anArabicSnippetOpeningWithALatinWordRunsRightToLeft() throws {
        let s = try Scratch()
        try Data("قمة قازان\n\nBRICS هي مجموعة اقتصادية تضم البرازيل وروسيا.\n".utf8)
            .write(to: URL(fileURLWithPath: s.corpus).appendingPathComponent("ar.txt"))
        for color in ["never", "always"] {
            let r = try CLI.run(["search", "البرازيل", s.corpus, "--no-index", "--color", color],
                                environment: ["BULLETIN_BIDI": "on", "BULLETIN_SHAPING": "off"])
            let snippet = try #require(r.stdout.split(separator: "\n").first { $0.contains("BRICS") }, "\(r.stdout)")
            #expect(snippet.hasPrefix("    ."), "\(snippet.debugDescription)")  // the full stop ends the sentence, on the left
            #expect(snippet.hasSuffix(" BRICS"), "\(snippet.debugDescription)")  // the first word, on the right
        }
    }
}
