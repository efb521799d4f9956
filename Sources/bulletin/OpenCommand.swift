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
            let reading = ReadingState.open()
            let state = AppState(store: loaded.store, corpusName: CorpusName.of(loaded.paths),
                                 size: Size(width: 80, height: 24), display: options,
                                 readIDs: reading.readIDs, flaggedIDs: reading.flaggedIDs,
                                 positions: reading.positions)
            do {
                try TerminalApp.run(state, environment: environment, onEffect: reading.persist)
            } catch {
                throw CLIError("\(error)")
            }
        }
    }
}

/// Read and flagged articles, kept across runs in the reading-state database.
/// When it cannot be opened the reader still runs, without remembering (said on stderr).
struct ReadingState {
    var store: ReadingStateStore?
    var readIDs: Set<String> = []
    var flaggedIDs: Set<String> = []
    var positions: [String: Int] = [:]

    static func open() -> ReadingState {
        var r = ReadingState()
        do {
            let store = try ReadingStateStore()
            for notice in store.notices { Stderr.print("bulletin: \(notice)") }
            for (id, s) in try store.all() {
                if s.read { r.readIDs.insert(id) }
                if s.flagged { r.flaggedIDs.insert(id) }
                if s.position > 0 { r.positions[id] = s.position }
            }
            r.store = store
        } catch {
            Stderr.print("bulletin: warning: reading state unavailable (\(error)); read marks will not be kept")
        }
        return r
    }

    /// Saves one change the reader asked for.
    func persist(_ effect: Effect) {
        guard let store else { return }
        switch effect {
        case .setRead(let id, let read): _ = try? store.update(id: id) { $0.read = read }
        case .setFlagged(let id, let flagged): _ = try? store.update(id: id) { $0.flagged = flagged }
        case .setPosition(let id, let line): _ = try? store.update(id: id) { $0.position = line }
        case .quit, .suspend, .bodySearch: break
        }
    }
}
