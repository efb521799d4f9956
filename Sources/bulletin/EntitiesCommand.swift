import ArgumentParser
import BulletinKit
import Foundation

/// `bulletin entities`: every person, organization and place of the corpus.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List every entity in the corpus.",
        discussion: "Each line: type, mentions, articles, canonical name, other names (on a terminal, cut after a whole word). With --json, objects with name, type, code (countries), aliases, mentions, count (the number of articles) and articles (their IDs, in list order), as countries --json gives them. Example: bulletin entities news/ --type person"
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
            for e in list {
                let others = e.aliases.filter { $0 != e.name }
                var line = "\(e.type.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) "
                    + "\(String(e.mentions).leftPadded(5)) \(String(e.articles.count).leftPadded(4))  \(e.name)"
                if !others.isEmpty { line += "  (" + others.joined(separator: ", ") + ")" }
                line = TerminalSafe.sanitize(line)
                // Cut to a terminal's width only: in a pipe every alias is there for grep. After a whole
                // word, as `list` cuts its titles ("Vietnam-Biéloruss…" read as a typo).
                if let width { line = TextLayout.truncateAtWord(line, to: width) }
                print(VisualLine.of(line, bidi: env.bidi, shaping: env.shaping))
            }
        }
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
