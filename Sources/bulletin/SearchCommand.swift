import ArgumentParser
import BulletinKit
import Foundation

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Full-text search.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try runReportingErrors {
            let loaded = try corpus.openCorpus()
            for article in loaded.articles { print(article.id, article.title) }
        }
    }
}
