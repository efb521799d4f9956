import ArgumentParser
import BulletinKit
import Foundation

/// `bulletin entities`: every person, organization and place of the corpus.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List every entity in the corpus.",
        discussion: "Each line: type, mentions, articles, canonical name, other names (on a terminal, under a header naming them, cut after a whole word). With --json, objects with name, type, code (countries), aliases, mentions, count (the number of articles) and articles (their IDs, in list order), as countries --json gives them. Example: bulletin entities news/ --type person"
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .long, help: ArgumentHelp("Only entities of this type (person, organization, place, country).", valueName: "TYPE"))
    var type: String?

    @Flag(name: .long, help: "Print JSON instead of lines.")
    var json = false

    /// The list as it was made before it was read from the index's tables:
    /// every article loaded, body and all. Kept to compare both (tests,
    /// timings); the output is the same.
    @Flag(name: .long, help: .hidden)
    var loadArticles = false

    func validate() throws {
        if let type, EntityType(rawValue: type.lowercased()) == nil {
            throw ValidationError("--type expects person, organization, place or country, not '\(type)'")
        }
    }

    func run() throws {
        try runReportingErrors {
            let loaded = try corpus.openCorpus(emptyJSON: json)
            let includeCountries = type?.lowercased() == "country"
            // From the index's tables when there is an index (no body is read:
            // 17 s and 700 MB less at 100,000 articles), else from the articles.
            var list: [EntitySummary]
            if let index = loaded.index, !loadArticles, let fast = try? index.entitySummaries(includeCountries: includeCountries) {
                list = fast
            } else {
                list = EntitySummary.summarize(loaded.articles, includeCountries: includeCountries)
            }
            if let type, let t = EntityType(rawValue: type.lowercased()) { list = list.filter { $0.type == t } }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(JSONText.of(try encoder.encode(list.map(EntityJSON.init))))
                return
            }
            let width = terminalLineWidth(), env = VisualLine.current
            // On a terminal a header names the two numbers (which was the mentions and which the articles was
            // only in --help), and their columns are as wide as their names; in a pipe, lines only, as before.
            // Under 60 columns the names need those cells more: no header, the narrow columns.
            let headed = (width ?? 0) >= EntityLine.headerColumns
            let numbers = headed ? (8, 8) : (5, 4)
            if headed, let width, !list.isEmpty {
                print(EntityLine.visual([.init(EntityLine.header, isName: false)], width: width, env: env))
            }
            for e in list {
                let others = e.aliases.filter { $0 != e.name }
                var parts: [EntityLine.Part] = [
                    .init("\(e.type.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) "
                        + "\(String(e.mentions).leftPadded(numbers.0)) \(String(e.articles.count).leftPadded(numbers.1))  ",
                        isName: false),
                    .init(e.name, isName: true),
                ]
                if !others.isEmpty {
                    parts.append(.init("  (", isName: false))
                    for (k, alias) in others.enumerated() {
                        if k > 0 { parts.append(.init(", ", isName: false)) }
                        parts.append(.init(alias, isName: true))
                    }
                    parts.append(.init(")", isName: false))
                }
                print(EntityLine.visual(parts, width: width, env: env))
            }
        }
    }
}

/// One line of `bulletin entities`: columns, the name, then the other names in brackets.
enum EntityLine {
    /// The header `entities` prints on a terminal, over columns of 12, 8 and 8 cells.
    static let header = "type         mentions articles  name  (other names)"
    /// The narrowest terminal that gets the header (under it the name would have fewer than 28 cells).
    static let headerColumns = 60

    struct Part {
        var text: String
        /// A name (laid out as a paragraph of its own), or the columns and the punctuation between names.
        var isName: Bool
        init(_ text: String, isName: Bool) {
            self.text = TerminalSafe.sanitize(text)
            self.isName = isName
        }
    }

    /// The line as a terminal shows it: cut (when `width` is given) after a whole word, as `list` cuts its
    /// titles ("Vietnam-Biéloruss…" read as a typo), then each name reordered on its own, running the way
    /// most of its words do, as `list` lays out a title (`VisualLine.title`). Reordered with the columns as one
    /// left-to-right line, an alias that mixes Arabic and Latin words ("قمة BRICS في قازان") had its words in
    /// the wrong order, and two Arabic aliases in a row swapped places across their comma.
    static func visual(_ parts: [Part], width: Int?, env: TextEnvironment) -> String {
        let logical = parts.map(\.text).joined()
        var kept = parts
        if let width {
            let cut = TextLayout.truncateAtWord(logical, to: width)
            if cut != logical {
                // What the cut keeps of each part, in order; the "…" ends the last part kept.
                var room = cut.hasSuffix("…") ? cut.count - 1 : cut.count
                kept = []
                for var part in parts where room > 0 {
                    if part.text.count > room { part.text = String(part.text.prefix(room)) }
                    room -= part.text.count
                    kept.append(part)
                }
                if cut.hasSuffix("…") {
                    if kept.isEmpty { kept = [Part("", isName: false)] }
                    kept[kept.count - 1].text += "…"
                }
            }
        }
        guard env.bidi || env.shaping else { return kept.map(\.text).joined() }
        return kept.map { $0.isName ? VisualLine.title($0.text, env) : VisualLine.of($0.text, bidi: env.bidi, shaping: env.shaping) }
            .joined()
    }
}

/// One entity of `entities --json`: `EntitySummary` with `count`, the number of its `articles` (as `countries --json`).
struct EntityJSON: Encodable {
    var summary: EntitySummary
    init(_ summary: EntitySummary) { self.summary = summary }

    enum CodingKeys: String, CodingKey { case name, type, code, aliases, mentions, count, articles }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(summary.name, forKey: .name)
        try c.encode(summary.type, forKey: .type)
        try c.encodeIfPresent(summary.code, forKey: .code)
        try c.encode(summary.aliases, forKey: .aliases)
        try c.encode(summary.mentions, forKey: .mentions)
        try c.encode(summary.articles.count, forKey: .count)
        try c.encode(summary.articles, forKey: .articles)
    }
}

extension String {
    /// Right-aligns in `width` columns (ASCII digits).
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
