import ArgumentParser
import BulletinKit
import Foundation

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one article as text.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try runReportingErrors {
            let loaded = try corpus.openCorpus()
            for article in loaded.articles { print(article.id, article.title) }
        }
    }
}
