import ArgumentParser
import BulletinKit
import Foundation

/// `bulletin show ID`: one article as text wrapped to the width, or as JSON.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one article as text.",
        discussion: """
            ID is what `bulletin list` prints: the file stem, with #N for the N-th article of a digest.
            A file's path or name (with its extension) names its article too.
            Example: bulletin list news/, then bulletin show ID news/ --width 72
            """
    )

    @Argument(help: "The article's ID (see `bulletin list`).")
    var id: String

    @OptionGroup var corpus: CorpusOptions

    /// Unconditional: `--width -5` is a bad value, not a missing one.
    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Wrap to this many columns, at least 10 (default: the terminal width).", valueName: "N"))
    var width: Int?

    @Flag(name: .long, help: "Print the article as a JSON object.")
    var json = false

    func validate() throws {
        if let width, width < 10 { throw ValidationError("--width must be at least 10, not \(width)") }
    }

    func run() throws {
        try runReportingErrors {
            // `bulletin show news/story.txt` with no corpus: the file is the corpus (it was looked for in the
            // bundled seeds, and "no article with ID" was all a user got for a file that is right there).
            var corpus = self.corpus
            let fileAlone = corpus.paths.isEmpty && ArticleLookup.isFile(id)
            if fileAlone { corpus.paths = [id] }
            let loaded = try corpus.openCorpus()
            let summaries = loaded.store.summaries
            guard let article = loaded.article(id: id)
                    ?? ArticleLookup.fileID(id, in: summaries).flatMap({ loaded.article(id: $0) }) else {
                let segments = ArticleLookup.fileSegments(id, in: summaries)
                if segments.count > 1 {
                    // The file alone is the corpus: its IDs are found with it named again, not in the seeds.
                    let example = fileAlone ? " (bulletin show \(segments[0]) \(id))" : ""
                    throw CLIError("'\(id)' holds \(segments.count) articles; choose one: \(segments.joined(separator: ", "))" + example)
                }
                // A file the corpus skipped (binary, empty, unreadable): say why, not "no article with ID".
                if let skipped = ArticleLookup.skippedFile(id, in: loaded.warnings) { throw CLIError(skipped.description) }
                throw CLIError(ArticleLookup.notFoundMessage(id: id, in: loaded.articles))
            }
            if json {
                print(ArticleJSON.encode(article))
            } else {
                for line in ArticleRenderer.lines(article, width: width ?? terminalColumns()) { print(line) }
            }
        }
    }
}

/// Helpful messages when an ID is not found.
enum ArticleLookup {
    /// The articles of the file `name` names (a path, absolute or from the working folder, or a file name with its
    /// extension: `seeds/000_5982e8899487c96f.txt`, `000_5982e8899487c96f.txt`), in segment order.
    static func fileSegments(_ name: String, in summaries: [ArticleSummary]) -> [String] {
        let cwd = FileManager.default.currentDirectoryPath
        let absolute = URL(fileURLWithPath: name, relativeTo: URL(fileURLWithPath: cwd, isDirectory: true)).standardizedFileURL.path
        var found = summaries.filter { $0.file == absolute || $0.file == name }
        if found.isEmpty, !name.contains("/") {
            found = summaries.filter { ($0.file as NSString).lastPathComponent == name }
            // One file of that name only: the same name in two folders is asked by path.
            if Set(found.map(\.file)).count > 1 { return [] }
        }
        return found.sorted { $0.segment < $1.segment }.map(\.id)
    }

    /// Whether `name` is a regular file (or a link to one): `show FILE` with no corpus reads it.
    static func isFile(_ name: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// The warning of the file `name` names (its path, as typed or absolute; its name with its extension; or its
    /// stem, as an ID is) when the corpus skipped that file: `show` then says why there is no article.
    static func skippedFile(_ name: String, in warnings: [LoadWarning]) -> LoadWarning? {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        func absolute(_ path: String) -> String { URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL.path }
        let wanted = absolute(name)
        return warnings.first { warning in
            if warning.file == name || absolute(warning.file) == wanted { return true }
            guard !name.contains("/") else { return false }
            let last = (warning.file as NSString).lastPathComponent
            return last == name || (last as NSString).deletingPathExtension == name
        }
    }

    /// The ID of the one article in the file `name` names (see `fileSegments`); nil for none or a digest.
    static func fileID(_ name: String, in summaries: [ArticleSummary]) -> String? {
        let ids = fileSegments(name, in: summaries)
        return ids.count == 1 ? ids[0] : nil
    }

    static func notFoundMessage(id: String, in articles: [Article]) -> String {
        let segments = articles.filter { $0.id.hasPrefix(id + "#") }.map(\.id)
        if !segments.isEmpty {
            return "'\(id)' is a digest of \(segments.count) articles; choose one: \(segments.joined(separator: ", "))"
        }
        // Same-named files in several folders get path IDs (`a/x`, `b/x#2`): offer them.
        let paths = articles.map(\.id).filter { candidate in
            let plain = candidate.split(separator: "#", maxSplits: 1).first.map(String.init) ?? candidate
            return plain.hasSuffix("/" + id) || candidate.hasSuffix("/" + id)
        }
        if !paths.isEmpty {
            let shown = paths.prefix(10).joined(separator: ", ") + (paths.count > 10 ? ", …" : "")
            return "several files are named '\(id)'; choose one: \(shown)"
        }
        return "no article with ID '\(id)' (see `bulletin list` for the IDs)"
    }
}

/// The plain-text form of an article: header, blank line, wrapped body.
enum ArticleRenderer {
    static func lines(_ article: Article, width: Int) -> [String] {
        lines(article, width: width, environment: environment(ProcessInfo.processInfo.environment,
                                                              isTerminal: isatty(STDOUT_FILENO) == 1))
    }

    /// A terminal gets the bidi and shaping its kind needs; a pipe or file gets
    /// plain text in logical order, unshaped, for other programs to read, unless
    /// `BULLETIN_BIDI` / `BULLETIN_SHAPING` ask for them explicitly.
    static func environment(_ env: [String: String], isTerminal: Bool) -> TextEnvironment {
        if isTerminal { return TextEnvironment.detect(env) }
        var plain = TextEnvironment(bidi: false, shaping: false)
        let asked = TextEnvironment.detect(env)
        if let raw = env["BULLETIN_BIDI"], TextEnvironment.parseSwitch(raw) != nil { plain.bidi = asked.bidi }
        if let raw = env["BULLETIN_SHAPING"], TextEnvironment.parseSwitch(raw) != nil { plain.shaping = asked.shaping }
        return plain
    }

    static func lines(_ article: Article, width: Int, environment: TextEnvironment) -> [String] {
        let options = LayoutOptions(width: width, bidi: environment.bidi, shaping: environment.shaping,
                                    direction: .auto(language: article.language))
        // Reordered right-to-left lines are right-aligned, as in the reader pane;
        // in logical order (the terminal or reader does bidi) alignment is theirs.
        func render(_ text: String) -> [String] {
            TextLayout.layout(text, options: options).map { line in
                guard environment.bidi, line.isRTL, line.width < width else { return line.text }
                return String(repeating: " ", count: width - line.width) + line.text
            }
        }
        var out: [String] = []
        out += render(article.title)
        var meta = [article.shownDate ?? "undated", article.language == "und" ? "language unknown" : article.language]
        if let source = article.source { meta.append(source) }
        if !article.countries.isEmpty { meta.append(article.countries.joined(separator: ", ")) }
        // The countries of the places it names, which `list --country` takes too (as the TUI's reader header says).
        let byPlace = article.placeCountries
        if !byPlace.isEmpty { meta.append("by place: " + byPlace.joined(separator: ", ")) }
        out += TextLayout.layout(meta.joined(separator: " · "), options: options).map(\.text)
        if let url = article.url { out.append(TerminalSafe.sanitize(url)) }
        out.append(String(repeating: "─", count: width))  // the rule spans the text's width
        // The headline said again after the dateline is printed once, as the title.
        out += render(HeadlineEcho.find(body: article.body, title: article.title)?.shown(in: article.body) ?? article.body)
        return out
    }
}
