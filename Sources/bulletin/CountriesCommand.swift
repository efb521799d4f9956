import ArgumentParser
import BulletinKit
import Foundation

/// `bulletin countries`: the countries the corpus is about, with article counts.
struct CountriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "countries",
        abstract: "List the countries with article counts.",
        discussion: "Each line: code, number of articles, English name. With --json, objects with code, name and articles. Example: bulletin countries news/ --json"
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(name: .long, help: "Print JSON instead of lines.")
    var json = false

    /// Counts made from every article loaded, body and all, as before they
    /// came from the summaries the index holds: kept to compare both.
    @Flag(name: .long, help: .hidden)
    var loadArticles = false

    func run() throws {
        try runReportingErrors {
            let loaded = try corpus.openCorpus(emptyJSON: json)
            // With an index, from the summaries loaded at start (no body is read).
            let list = loaded.index.flatMap { loadArticles ? nil : $0.countrySummaries() }
                ?? CountrySummary.summarize(loaded.articles)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(JSONText.of(try encoder.encode(list)))
                return
            }
            for c in list { print("\(c.code)  \(String(c.articles).leftPadded(5))  \(c.name)") }
        }
    }
}
