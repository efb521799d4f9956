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

    /// How long the first frame waits for the corpus before showing the
    /// loading screen instead: a small or already indexed corpus opens straight
    /// on its list, with no flash of a progress bar. Measured in release on a
    /// busy 2-core machine, the seeds take 0.17 s to open from a warm index
    /// (mostly loading the entity knowledge base), hence not 0.1 s.
    /// `BULLETIN_LOADING_GRACE` (seconds) changes it, for tests: a debug
    /// build never opens within 0.25 s, and the path of a corpus read before
    /// the first frame needs testing too.
    static var loadingGrace: Double {
        ProcessInfo.processInfo.environment["BULLETIN_LOADING_GRACE"].flatMap(Double.init).map { max(0, $0) } ?? 0.25
    }

    func run() throws {
        try runReportingErrors {
            let environment = ProcessInfo.processInfo.environment
            let paths = try corpus.resolvedPaths()
            try CorpusOptions.checkSomePathExists(paths, suggestCommands: true)
            // Check the terminal before the (possibly long) corpus load, so a mistake is reported at once.
            do { try TerminalApp.check(environment: environment) } catch { throw CLIError("\(error)") }
            let options = try display.resolve(detectTerminal: true, theme: .colour)
            let reading = ReadingState.open()
            // Warnings about files an earlier run read and reported: one line on exit, not every one again.
            let earlier = EarlierWarnings()
            let name = CorpusName.of(paths), size = Size(width: 80, height: 24)
            var state: AppState
            var loader: BackgroundLoad?
            let load: BackgroundLoad
            // Warm start: what the index already holds is shown at once (no
            // article file is touched); the full open, which checks every file's
            // fingerprint (seconds at 100,000 articles), runs in the background
            // and swaps in what changed. A first run or an empty index shows
            // the loading screen instead, as does `--no-index` (no index to show).
            // An index made by another build or knowledge base is emptied and redone by the update:
            // its stored list would lose every article under the reader, so the progress is shown instead.
            let current = !corpus.noIndex && CorpusIndex.storedExtractionIsCurrent(paths: paths, indexPath: corpus.index, entitiesFile: corpus.entities)
            let stored = !current ? nil : Corpus.openStored(paths: paths, options: corpus.openOptions(progressOnStderr: false))
            // Why the index is redone, on the indexing screen's status line (it came with no reason).
            let extractingAgain = current || corpus.noIndex ? nil
                : CorpusIndex.staleExtractionReason(paths: paths, indexPath: corpus.index, entitiesFile: corpus.entities)
            if let stored, !stored.isEmpty {
                let shown = stored.store
                earlier.set(stored.warnings)  // all from the index, until the rescan says which files it read
                load = BackgroundLoad(corpus.rescanWork(paths: paths, shown: shown.summaries, reading: reading, earlier: earlier))
                load.start()  // on the other core while the first frame is built
                // No relocation before the first frame (it may stat many files): the rescan does it.
                let marks = reading.resolve(shown.summaries, relocating: false)
                state = AppState(store: shown, corpusName: name, size: size, display: options,
                                 readIDs: marks.readIDs, flaggedIDs: marks.flaggedIDs, positions: marks.positions)
                state.rescan = RescanState(files: stored.count)
                let warnings = stored.warnings.count
                if warnings > 0 { state.message = LoadedCorpus.earlierProblemMessage(warnings) }
                state.problems = stored.notices + stored.warnings.map { "warning: \($0)" }  // W lists them
                loader = load
            } else {
                // The corpus is read on its own thread (the first indexing of a large
                // corpus takes a while); the reader starts at once and shows progress.
                load = BackgroundLoad(corpus.loadWork(paths: paths, reading: reading, earlier: earlier))
                load.start()
                if load.wait(seconds: Self.loadingGrace), let outcome = load.result {
                    switch outcome {
                    case .loaded(let c):
                        let marks = c.marks ?? ResolvedMarks()
                        state = AppState(store: c.store, corpusName: name, size: size, display: options,
                                         readIDs: marks.readIDs, flaggedIDs: marks.flaggedIDs, positions: marks.positions,
                                         catalog: c.catalog)
                        if !c.problems.isEmpty { state.message = LoadedCorpus.problemMessage(c.problems.count) }
                        state.problems = c.problems
                    case .failed(_, let problems):
                        // Every problem (nothing else to show), then the message: no "printed on exit", as the
                        // reader never opened; it says what `list` says.
                        for line in LoadedCorpus.exitLines(reading.notices + problems) { Stderr.print("bulletin: \(line)") }
                        let skipped = problems.count { $0.hasPrefix("warning: ") }
                        throw CLIError(CorpusOptions.noArticlesMessage(paths: paths, skipped: skipped))
                    case .cancelled, .unchanged: throw CLIError("interrupted")
                    }
                } else {
                    // The marks are placed on the articles when they come (`LoadedCorpus.marks`).
                    state = .whileLoading(corpusName: name, size: size, display: options)
                    if let extractingAgain { state.message = Self.capitalized(extractingAgain) }
                    loader = load
                }
            }
            // Back where the last run on this corpus left the list (taken up when the articles come, if loading).
            let root = ListPlace.rootKey(paths)
            if let place = reading.listPlace(root: root) { state.resume(at: place) }
            // Then the filters it left on (after the place: its article stays selected when they keep it).
            // A value they lost (a country the corpus no longer has) is dropped for good.
            if let saved = reading.listFilters(root: root) {
                state.restore(filters: saved)
                if let now = state.keptFilters, now != saved { reading.keepFilters(now, root: root) }
            }
            // Then the order it left the list in (last: the article selected so far stays selected).
            if let order = reading.listOrder(root: root) { state.restore(order: order) }
            // The layout `v` chose, in any corpus (a preference of the reader's, not of the corpus).
            if let layout = reading.layoutChoice() { state.layoutChoice = layout }
            // Said at once, not only on exit: every u and * of this session would otherwise look kept.
            if reading.store == nil { state.message = ReadingState.unavailableMessage }
            let rescanning = state.rescan != nil
            // Problems are printed once the terminal is restored: on the screen they would garble it.
            // A finished rescan reports every file's warnings (stored ones too); else the stored ones.
            let problems = reading.notices
            let storedProblems = stored.map { $0.notices + $0.warnings.map { "warning: \($0)" } } ?? []
            var stopped = false
            // The last R's reading, once done, is the whole list of warnings (one stopped by q is not).
            var reloaded: LoadOutcome?
            defer {
                let loadProblems = reloaded?.problems ?? load.result?.problems ?? (rescanning ? storedProblems : [])
                // A rescan stopped by quitting needs no word: the index still holds what was shown.
                // Warnings about files an earlier run reported are counted in one line, unless no article could be read.
                var failed = false
                if case .failed? = load.result { failed = true }
                let lines = LoadedCorpus.exitLines(problems + loadProblems, earlier: failed ? [] : earlier.lines)
                    + (stopped && !rescanning ? [Self.interruptedNotice] : [])
                for line in lines { Stderr.print("bulletin: \(line)") }
            }

            let outcome: TerminalApp.Outcome
            // R: the same rescan as a warm start's, over the articles shown when it is pressed.
            let corpus = self.corpus
            let reload: TerminalApp.ReloadWork = { shown in corpus.rescanWork(paths: paths, shown: shown, reading: reading, earlier: earlier) }
            do {
                outcome = try TerminalApp.run(state, loader: loader, reload: reload, environment: environment,
                                              onPlace: { reading.keep($0, root: root) },
                                              onFilters: { reading.keepFilters($0, root: root) },
                                              onOrder: { reading.keepOrder($0, root: root) },
                                              pollMarks: reading.watcher.map { w in { w.poll() } },
                                              onEffect: { reading.persist($0, in: $1) })
            } catch {
                stopped = Self.stop(load, problems: problems + (rescanning ? storedProblems : []), earlier: earlier.lines,
                                    notice: !rescanning, exitStatus: 1)
                throw CLIError("\(error)")
            }
            stopped = Self.stop(load, problems: problems + (rescanning ? storedProblems : []), earlier: earlier.lines,
                                notice: !rescanning, exitStatus: outcome.interrupted ? 130 : 0)
            if let r = outcome.reload {
                // An R still running is stopped as a warm start's rescan is: the index keeps what it wrote.
                _ = Self.stop(r, problems: problems + (load.result?.problems ?? storedProblems), earlier: earlier.lines,
                              notice: false, exitStatus: outcome.interrupted ? 130 : 0)
                if let done = r.result, case .cancelled = done {} else { reloaded = r.result }
            }
            if case .failed(let why, _)? = load.result { throw CLIError(why) }
            if outcome.interrupted { throw ExitCode(130) }
        }
    }

    /// A message as the status line writes them: its first letter in upper case.
    static func capitalized(_ message: String) -> String {
        message.prefix(1).uppercased() + message.dropFirst()
    }

    static let interruptedNotice = "quit while reading the corpus; what was indexed is kept and the next start resumes"

    /// Stops a load still running when the reader ends. The indexer checks
    /// between batches and every finished batch is committed (WAL), so it is
    /// asked to stop and given a moment; if a batch is still being prepared
    /// after that, the process leaves at once (`exitStatus`) without it: nothing
    /// written is lost, and the next start resumes where this one stopped.
    /// True when the load was stopped (rather than already finished).
    /// `notice`: say that the load was interrupted (not for a warm start's rescan).
    static func stop(_ load: BackgroundLoad, problems: [String], earlier: Set<String> = [], notice: Bool = true,
                     exitStatus: Int32) -> Bool {
        guard !load.isFinished else { return false }
        load.cancel()
        if load.wait(seconds: 0.5) { return true }
        for line in LoadedCorpus.exitLines(problems, earlier: earlier) + (notice ? [interruptedNotice] : []) {
            Stderr.print("bulletin: \(line)")
        }
        _exit(exitStatus)
    }
}

extension CorpusOptions {
    /// `Corpus.open` with progress and cancellation wired to the background load,
    /// its notices and warnings collected as lines; `finish` decides the outcome
    /// unless the user quit meanwhile (what was indexed then stays for next time).
    private func openingWork(paths: [String], earlier: EarlierWarnings,
                             finish: @escaping @Sendable (Corpus, [String]) -> LoadOutcome) -> BackgroundLoad.Work {
        let base = openOptions(progressOnStderr: false)
        return { progress, isCancelled in
            var options = base
            options.progress = progress
            options.isCancelled = isCancelled
            let corpus = Corpus.open(paths: paths, options: options)
            earlier.set(corpus.earlierWarnings)
            let problems = corpus.notices + corpus.warnings.map { "warning: \($0)" }
            if isCancelled() { return .cancelled(problems: problems) }
            return finish(corpus, problems)
        }
    }

    /// Reads the corpus for the reader: `Corpus.open` with progress and
    /// cancellation wired to the background load, and nothing on stderr.
    /// The reading state is placed on the articles there too (off the key loop).
    func loadWork(paths: [String], reading: ReadingState, earlier: EarlierWarnings) -> BackgroundLoad.Work {
        openingWork(paths: paths, earlier: earlier) { corpus, problems in
            let store = corpus.store
            if store.summaries.isEmpty {
                // The reasons (files skipped) are printed once the terminal is restored: say so.
                let message = CorpusOptions.noArticlesMessage(paths: paths, skipped: corpus.warnings.count, warningsLater: true)
                return .failed(message: message, problems: problems)
            }
            return .loaded(LoadedCorpus(store: store, problems: problems, marks: reading.resolve(store.summaries)))
        }
    }

    /// A warm start's rescan: the full `Corpus.open` (every file's fingerprint
    /// checked; new and changed files indexed, removed ones dropped) while the
    /// stored index is on screen. Ends `.unchanged` when the articles are what
    /// `shown` already lists (the usual case: no swap, no catalog built), else
    /// `.loaded` with what changed, for the reader to swap in.
    func rescanWork(paths: [String], shown: [ArticleSummary], reading: ReadingState, earlier: EarlierWarnings) -> BackgroundLoad.Work {
        openingWork(paths: paths, earlier: earlier) { corpus, problems in
            let store = corpus.store
            let changes = CorpusChanges(before: shown, after: store.summaries, changedFiles: corpus.report?.changed ?? 0,
                                        removedFiles: corpus.report?.removed ?? 0)
            // Files that moved inside the corpus (a renamed subfolder) are new
            // articles to the reader: the marks found again for them come along.
            // Also when nothing changed: an index made by `bulletin list` after the
            // archive moved lists the new paths already, and the marks left behind
            // are found only here (the first frame does not relocate). The marks as
            // the database has them now: this session's changes are in it.
            let summaries = store.summaries
            let relocated = reading.reloaded().resolve(summaries).relocatedOnly(summaries)
            // Same articles, same summaries, no file re-read, no mark found again: keep the list shown.
            if changes.isEmpty && relocated.isEmpty { return .unchanged(problems: problems) }
            return .loaded(LoadedCorpus(store: store, problems: problems, changes: changes,
                                        marks: relocated.isEmpty ? nil : relocated))
        }
    }
}

/// The warnings (as the reader's problem lines, `warning: …`) about files that the last read of the corpus did
/// not read itself (the index had them from an earlier run, which printed them): set by the loading thread,
/// read on exit.
final class EarlierWarnings: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Set<String> = []

    func set(_ warnings: [LoadWarning]) {
        let lines = Set(warnings.map { "warning: \($0)" })
        lock.lock()
        stored = lines
        lock.unlock()
    }

    var lines: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
