import ArgumentParser
import BulletinKit
import Foundation

struct CountriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "countries", abstract: "List the countries with article counts.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try runReportingErrors {
            let loaded = try corpus.openCorpus()
            for article in loaded.articles { print(article.id, article.title) }
        }
    }
}
