import ArgumentParser
import BulletinKit
import Foundation

/// `bulletin search QUERY [PATH...] [--json]`: ranked full-text search.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search, best first (\"quoted phrases\", word*, -word, OR; case and script variants ignored).",
        discussion: """
            Words match whole words (word* the start of one), all of them; OR (upper case) between two \
            words or phrases matches either (Minsk OR Hanoi talks: talks and one of the two; a lower-case \
            "or" is a word). -word leaves out the articles with that word; a query that starts with - \
            goes after --: bulletin search -- -tourism Hanoi.
            Diacritics are smart, as vim's smartcase is for case: a word typed without them matches every \
            variant (to lam finds Tô Lâm, bielorussie finds Biélorussie), a word typed with them matches only \
            that spelling (Lâm finds Lâm, not làm or lam; case is still ignored). Arabic hamza and vowel signs \
            are always ignored.
            A name also finds the articles that write it in another script or spelling.
            --limit N gives the N best hits, ranked among the newest 2,000 matches (the newest N when N is \
            larger); when words typed with diacritics leave fewer hits than asked among those, a note on \
            stderr says so.
            Exit status: 0 when something matched, 1 when nothing did (as grep) or no article could be read, \
            64 for bad usage (an empty query, or one that only excludes words).
            Examples: bulletin search Lukashenko; bulletin search '"Hà Nội" -tourism' news/ --limit 5; \
            bulletin search 'Minsk OR Hanoi' --json
            """)

    @Argument(help: "What to search for.")
    var query: String

    @OptionGroup var corpus: CorpusOptions

    @Flag(name: .long, help: "Print the hits as JSON: [{id, file, date, dateline_date, language, score, title, snippet, highlights: [{start, end, text}]}].")
    var json = false

    /// Unconditional: `--limit -1` is a bad value, not a missing one.
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Show at most this many hits.", valueName: "N"))
    var limit = 20

    @Option(name: .long, help: ArgumentHelp("Show the matches in reverse video: auto (on a terminal), always (for less -R), never.",
                                            valueName: "auto|always|never"))
    var color = "auto"

    /// One hit as printed.
    struct Hit: Encodable {
        var id: String
        var score: Double
        var title: String
        /// Plain text: no marks around the matches (they are in `highlights`).
        var snippet: String
        var highlights: [Highlight]
        /// As `list --json` gives them: the absolute path, the date of a date line (null when none), a
        /// dateline's date, the language; an exported search can be opened and sorted without a second command.
        var file: String = ""
        var date: String? = nil
        var datelineDate: String? = nil
        var language: String = ""

        enum CodingKeys: String, CodingKey {
            case id, score, title, snippet, highlights, file, date, language
            case datelineDate = "dateline_date"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(score, forKey: .score)
            try c.encode(title, forKey: .title)
            try c.encode(snippet, forKey: .snippet)
            try c.encode(highlights, forKey: .highlights)
            try c.encode(file, forKey: .file)
            try c.encode(date, forKey: .date)  // null when unknown, not absent
            try c.encode(datelineDate, forKey: .datelineDate)
            try c.encode(language, forKey: .language)
        }
    }

    /// Where the query matched in a hit's `snippet`: code point offsets (what
    /// Python's and jq's string indices count), `end` excluded, and the text
    /// there, so a consumer counting UTF-16 units or bytes can check itself.
    struct Highlight: Encodable, Equatable {
        var start: Int
        var end: Int
        var text: String
    }

    static func highlights(_ snippet: Snippet) -> [Highlight] {
        zip(snippet.highlights, snippet.matchedTexts).map { Highlight(start: $0.lowerBound, end: $0.upperBound, text: $1) }
    }

    /// Bad usage (exit 64) before the corpus is read: an empty query would only
    /// print "no match" and succeed.
    func validate() throws {
        if query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("the query is empty: give a word, a \"quoted phrase\" or a name")
        }
        let parsed = SearchQuery.parse(query)
        if parsed.isEmpty, !parsed.terms.isEmpty {
            let excluded = parsed.terms.map { "-" + ($0.isPhrase ? "\"\($0.text)\"" : $0.text) }.joined(separator: " ")
            throw ValidationError("the query only excludes words (\(excluded)): give a word to find as well")
        }
        if limit <= 0 { throw ValidationError("--limit must be at least 1, not \(limit)") }
        if !["auto", "always", "never"].contains(color) {
            throw ValidationError("--color must be auto, always or never, not '\(color)'")
        }
    }

    /// A search never runs over part of what was named: `bulletin search state visit news/` (the
    /// quotes forgotten) searched "state" alone and indexed "visit" and news/ as a new corpus (109 s
    /// at 100,000 articles), with only a warning after the hits. A path that does not exist is an
    /// error, with the quotes suggested when it reads as a word of the query; bad usage (exit 64)
    /// when other paths exist, as when none does (exit 1, `[]` with `--json`).
    func checkEveryPathExists(_ paths: [String]) throws {
        let missing = paths.filter { !FileManager.default.fileExists(atPath: $0) }
        guard !missing.isEmpty else { return }
        let message = missing.map(CorpusOptions.missingPathMessage).joined(separator: "; ")
            + (Self.quotingHint(query: query, paths: paths) ?? "")
        guard missing.count < paths.count else { throw CLIError(message) }
        throw ValidationError(message)
    }

    /// "; a query of several words goes in quotes: bulletin search "state visit" news/" when the paths
    /// start with words that are no files (no slash, no dot): the rest of a query typed without quotes.
    static func quotingHint(query: String, paths: [String]) -> String? {
        let words = paths.prefix { !$0.contains("/") && !$0.contains(".") && !FileManager.default.fileExists(atPath: $0) }
        guard !words.isEmpty else { return nil }
        let rest = paths.dropFirst(words.count).map { $0.contains(" ") ? "'\($0)'" : $0 }
        let whole = ([query] + words).joined(separator: " ").replacingOccurrences(of: "'", with: "'\\''")
        return "; a query of several words goes in quotes: bulletin search '\(whole)'" + (rest.isEmpty ? "" : " " + rest.joined(separator: " "))
    }

    func run() throws {
        try runReportingErrors {
            let paths = try CorpusOptions.printingEmptyJSON(json) {
                let paths = try corpus.resolvedPaths()
                try checkEveryPathExists(paths)
                return paths
            }
            let store = try openStore(paths: paths)
            guard !store.summaries.isEmpty else {
                if json { print("[]") }
                throw CLIError("no articles could be read from \(paths.joined(separator: ", "))")
            }
            let summaries = Dictionary(store.summaries.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let answer = store.searchAnswer(query, limit: limit)
            let found = answer.hits
            // Fewer hits than --limit while more might match: said, not left for the user to guess.
            if let checked = answer.checkedOnly {
                Stderr.print("bulletin: " + SearchCommand.shortAnswerNote(hits: found.count, checked: checked, limit: limit))
            }
            let hits = found.map { hit -> Hit in
                let summary = summaries[hit.id]
                return Hit(id: hit.id, score: hit.score, title: summary?.title ?? "", snippet: hit.snippet.text,
                           highlights: SearchCommand.highlights(hit.snippet),
                           file: summary.map { ArticleKey.absolutePath($0.file) } ?? "", date: summary?.date,
                           datelineDate: summary?.datelineDate, language: summary?.language ?? "")
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(JSONText.of(try encoder.encode(hits)))
                // As grep: nothing found is exit status 1.
                if hits.isEmpty { throw ExitCode(1) }
                return
            }
            // A pasted paragraph is cut: the message stays one line.
            if hits.isEmpty {
                Stderr.print("bulletin: no match for “\(TextLayout.truncate(TerminalSafe.sanitize(query), to: 60))”")
                throw ExitCode(1)
            }
            let width = terminalColumns(), env = VisualLine.current
            let styled = color == "always" || color == "auto"
                && SnippetLine.styled(isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
            for (hit, raw) in zip(hits, found) {
                // The title is cut after a whole word, as `bulletin list` cuts it.
                let id = PrintableName.of(hit.id) + "  "
                let head = TextLayout.truncate(id, to: width)
                let title = TextLayout.truncateAtWord(TerminalSafe.sanitize(hit.title), to: max(0, width - TextWidth.width(of: id)))
                print(VisualLine.of(head, bidi: env.bidi, shaping: env.shaping) + VisualLine.title(title, env))
                print(SnippetLine.of(raw.snippet, prefix: "    ", width: max(14, width), env: env, styled: styled))
            }
        }
    }

    /// The note for an answer that may be short: words typed with diacritics are checked against the text of
    /// the matches ranked, `checked` of them (the newest 2,000, or `--limit` when larger), and older ones may pass.
    static func shortAnswerNote(hits: Int, checked: Int, limit: Int) -> String {
        let more = max(limit, checked) * 4
        let found = hits == 0 ? "none of the \(checked) newest matches has the diacritics typed"
            : "showing the \(hits) \(hits == 1 ? "match" : "matches") with the diacritics typed among the \(checked) newest matches"
        return found + "; older ones may have them (--limit \(more) checks \(more))"
    }

    /// The index store (without loading every body), or an in-memory one with `--no-index`.
    func openStore(paths: [String]) throws -> any ArticleStore {
        let options = corpus.openOptions()
        if options.useIndex {
            corpus.sayWhyExtractingAgain(paths: paths)
            let opened = CorpusIndex.openStore(paths: paths, indexPath: options.indexPath,
                                               entitiesFile: options.entitiesFile, progress: options.progress)
            for notice in opened.notices { Stderr.print("bulletin: \(notice)") }
            let all = TypedPath.display(opened.report.warnings, roots: paths)
            let earlier = TypedPath.display(opened.report.earlierWarnings, roots: paths)
            if opened.store?.summaries.isEmpty ?? true {
                CorpusOptions.printWarnings(new: all, earlier: 0)  // nothing found: every reason
            } else {
                let seen = Set(earlier)
                CorpusOptions.printWarnings(new: all.filter { !seen.contains($0) }, earlier: earlier.count)
            }
            if let store = opened.store { return store }
        }
        let loaded = Corpus.open(paths: paths, options: OpenOptions(entitiesFile: options.entitiesFile))
        for warning in loaded.warnings { Stderr.print("bulletin: warning: \(warning)") }
        return MemoryStore(articles: loaded.articles, entitiesFile: options.entitiesFile)
    }
}
