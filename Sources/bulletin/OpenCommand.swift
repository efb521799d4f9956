import ArgumentParser
import BulletinKit
import BulletinTUI
import Foundation

/// `bulletin [open] [PATH...]`: the full-screen reader.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the full-screen reader (the default).",
        discussion: "Press ? in the reader for the keys. Needs a terminal with a UTF-8 locale."
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var display: DisplayFlags

    func run() throws {
        try runReportingErrors {
            let environment = ProcessInfo.processInfo.environment
            // Check the terminal before the (possibly long) corpus load, so a mistake is reported at once.
            do { try TerminalApp.check(environment: environment) } catch { throw CLIError("\(error)") }
            let options = try display.resolve(detectTerminal: true, theme: .colour)
            let loaded = try corpus.openCorpus()
            let store = MemoryStore(articles: loaded.articles)
            let state = AppState(store: store, corpusName: CorpusName.of(loaded.paths),
                                 size: Size(width: 80, height: 24), display: options)
            do {
                try TerminalApp.run(state, environment: environment)
            } catch {
                throw CLIError("\(error)")
            }
        }
    }
}
