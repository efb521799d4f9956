import ArgumentParser
import BulletinKit
import Foundation

/// `bulletin show ID`: one article as text wrapped to the width, or as JSON.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one article as text.",
        discussion: "ID is what `bulletin list` prints: the file stem, with #N for the N-th article of a digest."
    )

    @Argument(help: "The article's ID (see `bulletin list`).")
    var id: String

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .long, help: "Wrap to this many columns (default: the terminal width).")
    var width: Int?

    @Flag(name: .long, help: "Print the article as a JSON object.")
    var json = false

    func validate() throws {
        if let width, width < 10 { throw ValidationError("--width must be at least 10, not \(width)") }
    }

    func run() throws {
        try runReportingErrors {
            let loaded = try corpus.openCorpus()
            guard let article = loaded.article(id: id) else {
                throw CLIError(ArticleLookup.notFoundMessage(id: id, in: loaded.articles))
            }
            if json {
                print(try ArticleJSON.encode(article))
            } else {
                for line in ArticleRenderer.lines(article, width: width ?? terminalColumns()) { print(line) }
            }
        }
    }
}

/// Helpful messages when an ID is not found.
enum ArticleLookup {
    static func notFoundMessage(id: String, in articles: [Article]) -> String {
        let segments = articles.filter { $0.id.hasPrefix(id + "#") }.map(\.id)
        if !segments.isEmpty {
            return "'\(id)' is a digest of \(segments.count) articles; choose one: \(segments.joined(separator: ", "))"
        }
        return "no article with ID '\(id)' (see `bulletin list` for the IDs)"
    }
}

/// The plain-text form of an article: header, blank line, wrapped body.
enum ArticleRenderer {
    static func lines(_ article: Article, width: Int) -> [String] {
        // A terminal gets the bidi and shaping its kind needs; a pipe or file gets
        // plain text in logical order, unshaped, for other programs to read.
        let environment = isatty(STDOUT_FILENO) == 1
            ? TextEnvironment.detect(ProcessInfo.processInfo.environment)
            : TextEnvironment(bidi: false, shaping: false)
        let options = LayoutOptions(width: width, bidi: environment.bidi, shaping: environment.shaping,
                                    direction: .auto(language: article.language))
        var out: [String] = []
        out += TextLayout.layout(article.title, options: options).map(\.text)
        var meta = [article.date ?? "undated", article.language]
        if let source = article.source { meta.append(source) }
        if !article.countries.isEmpty { meta.append(article.countries.joined(separator: ", ")) }
        out += TextLayout.layout(meta.joined(separator: " · "), options: options).map(\.text)
        if let url = article.url { out.append(TerminalSafe.sanitize(url)) }
        out.append(String(repeating: "─", count: width))  // the rule spans the text's width
        out += TextLayout.layout(article.body, options: options).map(\.text)
        return out
    }
}
