import ArgumentParser
import BulletinKit
import Foundation

struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "screen", abstract: "Run the TUI headless and print the final screen.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try runReportingErrors {
            let loaded = try corpus.openCorpus()
            for article in loaded.articles { print(article.id, article.title) }
        }
    }
}
