import ArgumentParser
import BulletinKit
import BulletinTUI
import Foundation

/// `bulletin list`: one line per article, or the articles as JSON.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List articles, one per line or as JSON.",
        discussion: """
            Each line: ID, date, language, title. With --json, an array of article objects. The filters combine \
            (every one given must hold), in list order (as the files list them; bulletin search ranks). \
            Examples: bulletin list news/ --country BY --lang fr; bulletin list news/ --flagged --json > story.json; \
            bulletin list news/ --entity 'Tô Lâm' --search visit --json
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .customLong("country"), help: ArgumentHelp("Only articles about this country (ISO 3166-1 alpha-2; repeat for any of several).", valueName: "CODE"))
    var countries: [String] = []

    @Option(name: .customLong("lang"), help: ArgumentHelp("Only articles in this language (ISO 639-1; repeat for any of several).", valueName: "CODE"))
    var languages: [String] = []

    @Option(name: .customLong("entity"), help: ArgumentHelp("Only articles that mention this entity: its name or any other name of it, in any script or spelling, as search finds names (Lukashenko, Лукашенко; case and accents ignored); repeat for articles that mention each of them. (--entities FILE is your knowledge base.)", valueName: "NAME"))
    var entities: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only articles a confirmed / search in the reader finds: the title holds QUERY, or the text matches it as bulletin search reads it (\"phrases\", word*, -word, OR), its last word also as the start of a longer one (lukash finds Lukashenko). Every match, in list order.", valueName: "QUERY"))
    var search: String?

    @Flag(name: .long, help: "Only articles flagged in the reader (*): a story's articles, to print or export.")
    var flagged = false

    @Flag(name: .long, help: "Only articles not yet read in the reader.")
    var unread = false

    @Flag(name: .long, help: "Print JSON instead of lines (each article with its read and flagged marks).")
    var json = false

    @Flag(name: .long, help: "List the corpus's warnings (files skipped and why, earlier runs' too) instead of its articles.")
    var warnings = false

    func validate() throws {
        for code in countries where !ArticleFilter.isCountryCode(code) {
            throw ValidationError("--country expects a two-letter code such as BY or VN, not '\(code)'")
        }
        for language in languages where !ArticleFilter.isLanguageCode(language) {
            throw ValidationError("--lang expects a language code such as en, fr or vi, not '\(language)'")
        }
        for name in entities where name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--entity expects a name, such as 'Tô Lâm' or Lukashenko")
        }
        if let search {
            if search.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("--search expects a query: a word, a \"quoted phrase\" or a name")
            }
            let parsed = SearchQuery.parse(search)
            if parsed.isEmpty, !parsed.terms.isEmpty {
                throw ValidationError("--search '\(search)' only excludes words: give a word to find as well")
            }
        }
        if warnings, !entities.isEmpty || search != nil {
            throw ValidationError("--warnings lists the corpus's warnings, not articles: it takes no --entity or --search")
        }
    }

    func run() throws {
        try runReportingErrors {
            if warnings { return try listWarnings() }
            let loaded = try corpus.openCorpus(emptyJSON: json)
            let filter = ArticleFilter(countries: countries, languages: languages)
            // Summaries (ID, date, language, title, countries) decide the list; a body is read only for
            // `--json`, one article at a time: every article loaded first took 15 s and 831 MB for the
            // plain list of 100,000, and `--json` 81 s and 4.7 GB.
            let all = loaded.summaries
            var articles = all.filter(filter.matches)
            if !entities.isEmpty { articles = narrowedByEntities(articles, corpus: loaded) }
            if let search {
                let store: any ArticleStore = loaded.index ?? MemoryStore(articles: loaded.articles, entitiesFile: corpus.entities)
                let matching = AppState.listSearchMatches(in: store, query: search)
                articles = articles.filter { matching.contains($0.id) }
            }
            var marks: ResolvedMarks?
            if flagged || unread {
                let resolved = try readingMarks(articles)
                articles = articles.filter { a in
                    (!flagged || resolved.flaggedIDs.contains(a.id)) && (!unread || !resolved.readIDs.contains(a.id))
                }
                marks = resolved
            } else if json {
                // The marks in the JSON too (`read`, `flagged`); without them, the list is still the answer.
                // No database yet: nothing was ever marked (and no folder is made for one).
                if !FileManager.default.fileExists(atPath: ReadingStateStore.defaultPath()) {
                    marks = ResolvedMarks()
                } else {
                    do { marks = try readingMarks(articles) } catch let error as CLIError {
                        Stderr.print("bulletin: warning: \(error.message); the list has no read or flagged fields")
                    }
                }
            }
            // An empty list is a valid answer, but a code the corpus never uses is likely a typo.
            for note in filter.unknownCodeNotes(in: all) { Stderr.print("bulletin: \(note)") }
            if json {
                try ArticleJSON.write(articles, of: loaded, marks: marks)
            } else {
                let env = VisualLine.current
                for (head, title) in ListFormatter.columns(articles, width: terminalLineWidth()) {
                    print(VisualLine.of(head, bidi: env.bidi, shaping: env.shaping) + VisualLine.title(title, env))
                }
            }
        }
    }
}

extension ListCommand {
    /// `articles` narrowed to those that mention every `--entity` (each name standing for the entities
    /// `EntityMatch` finds in `corpus`: any of them). A name no entity has empties the list, with a note that
    /// says so (and names close to it); a name that stands for several entities says which.
    /// The corpus's entities (names, aliases) come from the index's tables when there is one: no body is read.
    func narrowedByEntities(_ articles: [ArticleSummary], corpus loaded: Corpus) -> [ArticleSummary] {
        let list = (try? loaded.index?.entitySummaries(includeCountries: true)) ?? EntitySummary.summarize(loaded.articles)
        let match = EntityMatch(entities: list, knowledge: KnowledgeAliases.configured(entitiesFile: corpus.entities))
        var kept = articles
        for name in entities {
            let names = match.canonicalNames(name)
            let shown = TerminalSafe.sanitize(name)
            if names.isEmpty {
                let close = match.suggestions(name)
                Stderr.print("bulletin: no entity is named “\(shown)” in this corpus"
                    + (close.isEmpty ? "" : " (close: \(close.joined(separator: ", ")))")
                    + "; bulletin entities lists them")
                return []
            }
            if names.count > 1 {
                var listed = names.prefix(6).map { "\($0) (\(match.type(of: $0)?.rawValue ?? "entity"), \(Self.articles(match.articleCount(of: $0))))" }
                if names.count > 6 { listed.append("\(names.count - 6) more") }
                Stderr.print("bulletin: --entity “\(shown)” names \(names.count) entities: \(listed.joined(separator: ", ")); listing the articles that mention any of them")
            }
            let wanted = Set(names)
            kept = kept.filter { a in a.entityNames.contains { wanted.contains($0) } }
        }
        return kept
    }

    static func articles(_ n: Int) -> String { n == 1 ? "1 article" : "\(n) articles" }

    /// `list --warnings`: every warning about the corpus's files, those an earlier run reported too (a run
    /// that has them from the index prints one line counting them), on stdout: `path: message` lines, or
    /// with `--json` objects with `file` and `message`. Exit status 0 when the corpus has articles (with or
    /// without warnings), 1 when it has none, as for the list.
    func listWarnings() throws {
        var failure: Error?
        var found: [LoadWarning] = []
        do {
            found = try corpus.openCorpus(quietWarnings: true).warnings
        } catch let error as CLIError {
            // No article: the warnings are the answer, then the message.
            failure = error
            let paths = try CorpusOptions.printingEmptyJSON(json) {
                let paths = try corpus.resolvedPaths()
                try CorpusOptions.checkSomePathExists(paths)
                return paths
            }
            found = Corpus.open(paths: paths, options: corpus.openOptions()).warnings
        }
        if json {
            struct Item: Encodable { var file: String; var message: String }
            let e = ArticleJSON.encoder()
            print(JSONText.of(try e.encode(found.map { Item(file: $0.file, message: $0.message) })))
        } else {
            for w in found { print(PrintableName.of(w.description)) }
        }
        if let failure { throw failure }
    }

    /// `articles` narrowed by the reader's marks (`--flagged`, `--unread`), read from the reading-state database the
    /// reader keeps (`$XDG_DATA_HOME/bulletin/`). Without that database nothing was ever marked: no article is flagged
    /// and every article is unread. The marks are placed as the reader places them (`ReadingState.resolve`): those of a
    /// moved archive or a changed digest are re-keyed here as they would be there. A database that cannot be opened is
    /// an error naming it: an empty `--flagged` or a full `--unread` would look like an answer.
    func readingMarks(_ articles: [ArticleSummary]) throws -> ResolvedMarks {
        let path = ReadingStateStore.defaultPath()
        var reading = ReadingState()
        do {
            if FileManager.default.fileExists(atPath: path) {
                try reading.connect(path: path, watching: false)
            } else {
                // Nothing marked yet, if the folder can hold the file (not a path through a regular file, say).
                let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw IndexError.unavailable("cannot create \(folder)")
                }
            }
        } catch {
            throw CLIError("\(path): reading state unavailable (\(error))" + (flagged || unread ? "; --flagged and --unread need it" : ""))
        }
        for notice in reading.notices { Stderr.print("bulletin: \(notice)") }
        return reading.resolve(articles, fingerprinting: false)
    }
}

/// The `--country` / `--lang` selection of `list`: each repeatable, any of
/// the values (an article in English or French; about Belarus or Vietnam).
struct ArticleFilter {
    var countries: Set<String>
    var languages: Set<String>

    /// Codes people write for a country that ISO 3166-1 spells otherwise: the United Kingdom (UK) and Greece (EL,
    /// the European Union's code) are GB and GR.
    static let commonAliases: [String: String] = ["UK": "GB", "EL": "GR"]

    init(countries: [String], languages: [String]) {
        self.countries = Set(countries.map { Self.commonAliases[$0.uppercased()] ?? $0.uppercased() })
        self.languages = Set(languages.map { $0.lowercased() })
    }

    func matches(_ article: ArticleSummary) -> Bool {
        if !languages.isEmpty, !languages.contains(article.language.lowercased()) { return false }
        if !countries.isEmpty, !article.countries.contains(where: { countries.contains($0.uppercased()) }),
           !article.placeCountries.contains(where: countries.contains) { return false }
        return true
    }

    /// Most codes listed in a note about an unknown code.
    static let maxListedCodes = 30

    /// One line per requested code that no article in `articles` has, listing
    /// the codes the corpus does have (sorted, at most `maxListedCodes`).
    func unknownCodeNotes(in articles: [ArticleSummary]) -> [String] {
        var notes: [String] = []
        if !languages.isEmpty {
            let present = Set(articles.map { $0.language.lowercased() })
            for language in languages.sorted() where !present.contains(language) {
                notes.append("no article has language \(language) (languages: \(Self.listing(present)))")
            }
        }
        if !countries.isEmpty {
            let present = Set(articles.flatMap { ($0.countries + $0.placeCountries).map { $0.uppercased() } })
            for code in countries.sorted() where !present.contains(code) {
                notes.append("no article mentions country \(code) (countries: \(Self.listing(present)))")
            }
        }
        return notes
    }

    /// `a, b, c`, cut after `maxListedCodes` with "…", or "none".
    static func listing(_ codes: Set<String>) -> String {
        guard !codes.isEmpty else { return "none" }
        let sorted = codes.sorted()
        let shown = sorted.prefix(maxListedCodes).joined(separator: ", ")
        return sorted.count > maxListedCodes ? shown + ", … \(sorted.count) in all" : shown
    }

    static func isCountryCode(_ s: String) -> Bool {
        s.count == 2 && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
    }

    static func isLanguageCode(_ s: String) -> Bool {
        (2...3).contains(s.count) && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
    }
}

/// Plain-text list lines: `ID  DATE  LANG  TITLE`. On a terminal (`width`
/// given) each line fits it: the title is cut after a whole word (a title cut
/// inside a word, "Chamb…", reads as a typo), and an ID wider than the ID
/// column is cut in its middle. In a pipe or a file (`width` nil) nothing is
/// cut: grep finds every title whole.
enum ListFormatter {
    /// Each line's columns (ID, date, language) and its title, apart: on a terminal the title is reordered
    /// as a paragraph of its own (`VisualLine.title`), the columns left to right.
    static func columns(_ articles: [ArticleSummary], width: Int?) -> [(head: String, title: String)] {
        // IDs come from file names, which may hold controls (shown as `?`).
        let ids = articles.map { PrintableName.of($0.id) }
        let idWidth = min(ids.map { TextWidth.width(of: $0) }.max() ?? 0, idColumnCap(width: width))
        return zip(articles, ids).map { a, id in
            let shownID = width == nil ? id : middleCut(id, to: idWidth)
            let gap = String(repeating: " ", count: max(0, idWidth - TextWidth.width(of: shownID)))
            let head = shownID + gap + "  " + (a.shownDate ?? "----------") + "  " + TextLayout.pad(a.language, to: 3) + " "
            let title = TerminalSafe.sanitize(a.title)
            guard let width else { return (head, title) }
            return (head, TextLayout.truncateAtWord(title, to: max(10, width - TextWidth.width(of: head))))
        }
    }

    /// The ID column's widest. It was the widest ID: one scraper's file name
    /// of 200 characters padded every line to it, and a terminal had nine
    /// columns left for each title. A third of a terminal (the usual IDs,
    /// `002_10a2e1af6788be43#1`, fit at 80 columns); in a pipe, where an ID
    /// wider than the column is printed whole and moves its own line's
    /// columns only, 40.
    static func idColumnCap(width: Int?) -> Int {
        width.map { max(24, $0 / 3) } ?? 40
    }

    /// `id` cut to `width` columns in its middle, as file managers cut names:
    /// its start and its end (a digest's `#2`, a slug's last words) stay,
    /// which tell apart IDs a cut at the end would make the same.
    static func middleCut(_ id: String, to width: Int) -> String {
        guard width > 1, TextWidth.width(of: id) > width else { return id }
        let tailWidth = (width - 1) / 3
        var head = "", tail = "", used = 0
        for c in id {
            used += TextWidth.width(of: c)
            if used > width - 1 - tailWidth { break }
            head.append(c)
        }
        used = 0
        for c in id.reversed() {
            used += TextWidth.width(of: c)
            if used > tailWidth { break }
            tail.insert(c, at: tail.startIndex)
        }
        return head + "…" + tail
    }
}

extension ArticleJSON {
    /// `list --json` of `listed` (in order), streamed: each article read from `corpus` (the index, one
    /// row at a time) and written as it comes, in the layout Foundation's encoder gives the whole array
    /// (`JSONWriter`: the encoder, an article at a time, was 26 s of 100,000 articles). 100,000
    /// articles as one array were 4.7 GB of memory and 81 s.
    static func write(_ listed: [ArticleSummary], of corpus: Corpus, marks: ResolvedMarks?) throws {
        guard !listed.isEmpty else { return print("[]") }
        let wanted = Set(listed.map(\.id))
        var out = JSONStream()
        var w = JSONWriter()
        w.bytes.reserveCapacity(1 << 21)
        w.beginArray()
        corpus.forEachArticle { a in
            guard wanted.contains(a.id) else { return }
            var j = ArticleJSON(a)
            if let marks {
                j.read = marks.readIDs.contains(a.id)
                j.flagged = marks.flaggedIDs.contains(a.id)
            }
            w.element()
            j.write(to: &w)
            if w.bytes.count >= 1 << 20 {
                out.write(bytes: w.bytes)
                w.bytes.removeAll(keepingCapacity: true)
            }
        }
        w.endArray()
        w.bytes.append(0x0A)
        out.write(bytes: w.bytes)
        out.flush()
    }

    /// `show --json`: one object.
    static func encode(_ article: Article) -> String {
        var w = JSONWriter()
        ArticleJSON(article).write(to: &w)
        return String(decoding: w.bytes, as: UTF8.self)
    }
}

/// Text written to stdout in large blocks (a `print` per article made a write per line of JSON when piped).
struct JSONStream {
    private var buffer: [UInt8] = []

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        fflush(nil)  // anything `print` wrote before comes first
        buffer.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = Glibc.write(STDOUT_FILENO, raw.baseAddress! + done, raw.count - done)
                if n < 0 { if errno == EINTR { continue }; return }
                done += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
