import ArgumentParser
import BulletinKit
import Foundation

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entities", abstract: "List every entity in the corpus.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try runReportingErrors {
            let loaded = try corpus.openCorpus()
            for article in loaded.articles { print(article.id, article.title) }
        }
    }
}
