import ArgumentParser
import BulletinKit
import BulletinTUI
import Foundation

/// Options every corpus-reading command shares.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or folders of articles (default: the bundled seeds).")
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("Extra entity knowledge-base file (JSON or TSV).", valueName: "FILE"))
    var entities: String?

    @Option(name: .long, help: ArgumentHelp("Index database file (default: under $XDG_CACHE_HOME/bulletin).", valueName: "FILE"))
    var index: String?

    @Flag(name: .long, help: "Read the files directly, without the on-disk index.")
    var noIndex = false

    /// An `--index` in a folder that does not exist is a typo, not a place to
    /// create folders (they were created silently), and a folder is not a file;
    /// an `--entities` file that does not exist is a typo too (it was a warning,
    /// and the run went on without the user's entities): usage errors (exit 64)
    /// before anything is read. A file that exists but cannot be parsed stays a
    /// warning naming the file and the line, as the rest of the run still works.
    func validate() throws {
        if let entities {
            var isDir: ObjCBool = false
            if !FileManager.default.fileExists(atPath: entities, isDirectory: &isDir) {
                throw ValidationError("--entities \(entities): no such file")
            }
            if isDir.boolValue { throw ValidationError("--entities expects a file, and \(entities) is a folder") }
        }
        guard let index else { return }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: index, isDirectory: &isDir), isDir.boolValue {
            throw ValidationError("--index expects a file, and \(index) is a folder")
        }
        let folder = URL(fileURLWithPath: index).deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDir) || !isDir.boolValue {
            throw ValidationError("--index \(index): no folder \(folder)")
        }
        if Self.looksLikeText(index) {
            throw ValidationError("--index \(index) is a text file, not an index (it would be renamed away as a damaged index); name a new file for Bulletin to create")
        }
        if let root = Self.corpusFolder(holding: index, paths: paths) {
            throw ValidationError("--index \(index) is inside the corpus \(root), where it would be read as an article; put it elsewhere or give it a hidden name (.\(URL(fileURLWithPath: index).lastPathComponent))")
        }
    }

    /// True for an existing, non-empty file that is no SQLite database and has
    /// no NUL byte in its first 4 KB: a text file (an article, notes) named by
    /// mistake. A damaged index (binary, or a cut SQLite file) is not refused:
    /// the index sets it aside with a message and rebuilds, as for the default index.
    static func looksLikeText(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 4096), !head.isEmpty else { return false }
        if head.starts(with: Array("SQLite format 3\0".utf8)) { return false }
        return !head.contains(0)
    }

    /// The corpus folder among `paths` that the folder scan would take `index`
    /// from, if any: the index file (and its -wal and -shm files) would be read
    /// back as binary "articles", three warnings at every run. Hidden files and
    /// folders are not scanned, so a hidden name inside the corpus is fine.
    static func corpusFolder(holding index: String, paths: [String]) -> String? {
        func resolved(_ path: String) -> [String] {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().pathComponents
        }
        let indexURL = URL(fileURLWithPath: index)
        let indexPath = resolved(indexURL.deletingLastPathComponent().path) + [indexURL.lastPathComponent]
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else { continue }
            let root = resolved(path)
            guard indexPath.count > root.count, Array(indexPath.prefix(root.count)) == root else { continue }
            if !indexPath.dropFirst(root.count).contains(where: { $0.hasPrefix(".") }) { return path }
        }
        return nil
    }

    /// The paths to read: the ones given, or the bundled seeds.
    func resolvedPaths() throws -> [String] {
        if !paths.isEmpty { return paths }
        guard let seeds = SeedsLocator.locate() else {
            throw CLIError("cannot find the bundled seeds; give a path or set BULLETIN_SEEDS")
        }
        // Say where the path came from: "/x: no such file or directory" after a bare
        // `bulletin list` named a path the user never typed.
        if ProcessInfo.processInfo.environment["BULLETIN_SEEDS"] == seeds, !FileManager.default.fileExists(atPath: seeds) {
            throw CLIError("BULLETIN_SEEDS=\(seeds): no such file or directory; give a path or set BULLETIN_SEEDS to the seeds folder")
        }
        return [seeds]
    }

    /// Opens the corpus, prints warnings on stderr, and fails with exit 1 when no article could be read
    /// (after printing `[]` on stdout when `emptyJSON`: a script reading `--json` gets an empty list).
    ///
    /// A file's warnings are printed in full by the run that reads it (every run without the index);
    /// a later run that has them from the index prints one line counting them
    /// (`earlierWarningsLine`), unless no article could be read (then every reason is printed again),
    /// or `quietWarnings` (`list --warnings` prints them itself: nothing on stderr).
    func openCorpus(emptyJSON: Bool = false, quietWarnings: Bool = false) throws -> Corpus {
        let paths = try Self.printingEmptyJSON(emptyJSON) {
            let paths = try resolvedPaths()
            try Self.checkSomePathExists(paths)
            return paths
        }
        sayWhyExtractingAgain(paths: paths)
        let corpus = Corpus.open(paths: paths, options: openOptions())
        for notice in corpus.notices { Stderr.print("bulletin: \(notice)") }
        if corpus.isEmpty {  // without loading every body from the index
            if !quietWarnings { for warning in corpus.warnings { Stderr.print("bulletin: warning: \(warning)") } }
            if emptyJSON { print("[]") }
            throw CLIError(Self.noArticlesMessage(paths: paths, skipped: corpus.warnings.count))
        }
        if !quietWarnings { Self.printWarnings(new: corpus.newWarnings, earlier: corpus.earlierWarnings.count) }
        return corpus
    }

    /// `body`, and when it fails, `[]` on stdout first when `emptyJSON`: with `--json` a path that does not
    /// exist gives the empty list too (it gave nothing at all, while an empty folder gave `[]`), as the
    /// README promises for every run that read no article; the message and exit status stay.
    static func printingEmptyJSON<T>(_ emptyJSON: Bool, _ body: () throws -> T) throws -> T {
        do { return try body() } catch {
            if emptyJSON { print("[]") }
            throw error
        }
    }

    /// The warnings of files read by this run, one line each, then one line counting those an earlier run reported.
    static func printWarnings(new: [LoadWarning], earlier: Int) {
        for warning in new { Stderr.print("bulletin: warning: \(warning)") }
        if earlier > 0 { Stderr.print("bulletin: \(earlierWarningsLine(earlier))") }
    }

    /// The line that stands for `count` warnings about files an earlier run read and reported (unchanged since).
    static func earlierWarningsLine(_ count: Int) -> String {
        LoadedCorpus.earlierWarningsLine(count)
    }

    /// When no path given exists (a typo, or a misspelt command such as `lsit`),
    /// says so at once instead of opening a full screen that only says "no articles".
    static func checkSomePathExists(_ paths: [String], suggestCommands: Bool = false) throws {
        let missing = paths.filter { !FileManager.default.fileExists(atPath: $0) }
        guard !missing.isEmpty, missing.count == paths.count else { return }
        var message = missing.map(missingPathMessage).joined(separator: "; ")
        if suggestCommands, paths.count == 1, !paths[0].contains("/"), !paths[0].contains(".") {
            message += " (commands: list, show, entities, countries, search, screen, indexes)"
        }
        throw CLIError(message)
    }

    /// `path: no such file or directory`, or, for a symbolic link whose target is gone, `path: broken link to
    /// TARGET` (as the folder scan says of one inside a folder: `ls` lists the link, so "no such file" reads as a bug).
    static func missingPathMessage(_ path: String) -> String {
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
            return "\(path): broken link to \(target)"
        }
        return "\(path): no such file or directory"
    }

    /// Why a corpus has no article: every file was skipped (the warnings say
    /// why: above it on stderr, or `warningsLater`, after the reader ends), or
    /// there was no file at all (an empty folder, or only hidden files).
    static func noArticlesMessage(paths: [String], skipped: Int, warningsLater: Bool = false) -> String {
        let base = "no articles could be read from \(paths.joined(separator: ", "))"
        if skipped == 0 { return base + " (no files found)" }
        guard warningsLater else { return base }
        return base + (skipped == 1 ? " (1 problem; printed on exit)" : " (\(skipped) problems; printed on exit)")
    }
}

extension CorpusOptions {
    /// Why this run extracts every article's entities again (Bulletin or an entities file changed since the
    /// index was made), on stderr before the work starts, when it does.
    func sayWhyExtractingAgain(paths: [String]) {
        guard !noIndex, let why = CorpusIndex.staleExtractionReason(paths: paths, indexPath: index, entitiesFile: entities) else { return }
        Stderr.print("bulletin: \(why)")
    }

    /// The index is used unless `--no-index`; indexing progress goes to stderr
    /// when it is a terminal (and `progressOnStderr`: the TUI shows its own).
    func openOptions(progressOnStderr: Bool = true) -> OpenOptions {
        OpenOptions(entitiesFile: entities, indexPath: index, useIndex: !noIndex,
                    progress: progressOnStderr && isatty(STDERR_FILENO) == 1 ? IndexProgressLine.print : nil)
    }
}

/// The one-line indexing progress on stderr (rewritten in place with `\r`).
enum IndexProgressLine {
    @Sendable static func print(_ p: IndexProgress) {
        var line = "\r" + text(p)
        if p.filesDone == p.filesTotal { line += "\n" }
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// "bulletin: indexing 3/8 files (37%, 12 of 38 KB)": the sizes as the TUI's loading screen gives them
    /// (`IndexProgress.sizeText`), kilobytes under a megabyte.
    static func text(_ p: IndexProgress) -> String {
        if p.waitingForOtherRun { return "bulletin: another Bulletin is indexing this corpus; waiting for it" }
        return "bulletin: indexing \(p.filesDone)/\(p.filesTotal) files (\(Int(p.fraction * 100))%, \(p.sizeText))"
    }
}

/// A fatal, user-facing error: one line on stderr, exit status 1.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

extension CLIError: LocalizedError {
    var errorDescription: String? { message }
}

enum Stderr {
    /// One line, never a control: warnings name files, and a file name can hold
    /// an escape sequence (shown with `?` in its place, see `PrintableName`).
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((PrintableName.of(line) + "\n").utf8))
    }
}

/// Runs `body`, turning a `CLIError` into a one-line message and exit status 1.
func runReportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as CLIError {
        Stderr.print("bulletin: \(error.message)")
        throw ExitCode(1)
    }
}

/// Terminal width for cutting lines, when stdout is a terminal; else 100.
/// The width `list` and `entities` fit their lines to: the terminal's, or nil
/// when stdout is no terminal. A pipe or a file gets whole lines: cut to 100
/// columns there, a third of the titles ended in "…", and grep found no alias
/// past the cut (`entities | grep Loukachenko`: nothing).
func terminalLineWidth() -> Int? {
    isatty(STDOUT_FILENO) == 1 ? terminalColumns() : nil
}

func terminalColumns() -> Int {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    if let cols = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(cols), n > 0 { return n }
    return 100
}
