import ArgumentParser
import BulletinKit
import Foundation

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List articles, one per line or as JSON.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try runReportingErrors {
            let loaded = try corpus.openCorpus()
            for article in loaded.articles { print(article.id, article.title) }
        }
    }
}
