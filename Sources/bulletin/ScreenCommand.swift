import ArgumentParser
import BulletinKit
import BulletinTUI
import Foundation

/// `bulletin screen`: runs the TUI without a terminal on a script of keys and
/// prints the final screen, for scripts, documentation and tests.
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Run the TUI headless and print the final screen.",
        discussion: """
        --keys takes key names separated by spaces: a printable character stands for itself; \
        Enter, Esc, Tab, S-Tab, Space, Backspace, Up, Down, Left, Right, PgUp, PgDn, Home, End, \
        C-x (control) and Resize:WxH name the rest. Example: bulletin screen --size 80x24 --keys "j j Enter c"
        """
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var display: DisplayFlags

    @Option(name: .long, help: ArgumentHelp("Screen size.", valueName: "WIDTHxHEIGHT"))
    var size: String = "120x40"

    @Option(name: .long, help: ArgumentHelp("Keys to send, separated by spaces.", valueName: "KEYS"))
    var keys: String = ""

    @Flag(name: .long, help: "Print colours and attributes as ANSI escape sequences, as the reader shows them on $TERM (NO_COLOR: none; no TERM: 256 colours).")
    var ansi = false

    /// A bad --size or --keys is a usage error (exit 64), found before the corpus is loaded.
    func validate() throws {
        _ = try ScreenCommand.parseSize(size)
        do { _ = try KeyNames.parse(keys) } catch { throw ValidationError("--keys: \(error)") }
    }

    func run() throws {
        try runReportingErrors {
            let screenSize = try ScreenCommand.parseSize(size)
            let keyList = try KeyNames.parse(keys)
            // The theme and colours the reader picks on this terminal (`TerminalApp.run`): NO_COLOR and an 8-colour
            // TERM gave 256-colour codes all the same. Without TERM (or an unknown one), a 256-colour terminal.
            let environment = ProcessInfo.processInfo.environment
            var colours = 256
            if ansi {
                if let known = TerminalApp.headlessColours(environment: environment) {
                    colours = known
                } else if let term = environment["TERM"], !term.isEmpty {
                    Stderr.print("bulletin: warning: TERM=\(term) has no terminfo entry; --ansi prints 256 colours")
                }
            }
            let options = try display.resolve(detectTerminal: false, theme: Theme.forTerminal(colours: colours))
            let loaded = try corpus.openCorpus()
            var state = AppState(store: loaded.store, corpusName: CorpusName.of(loaded.paths), size: screenSize, display: options)
            state.problems = loaded.notices + loaded.warnings.map { "warning: \($0)" }  // for W, as in the reader
            var program = Program(state: state)
            // R reads the files again as the reader's R does (here on this thread), without reading marks.
            let corpusOptions = corpus, paths = loaded.paths
            program.reloader = { shown in
                corpusOptions.rescanWork(paths: paths, shown: shown, reading: ReadingState(), earlier: EarlierWarnings())({ _ in }, { false })
            }
            program.send(keyList)
            let grid = program.frame
            print(ansi ? grid.ansiText(colours: colours) : grid.paintedText + "\n", terminator: "")
        }
    }

    static func parseSize(_ text: String) throws -> Size {
        let parts = text.lowercased().split(separator: "x")
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), w > 0, h > 0 else {
            throw ValidationError("--size must be WIDTHxHEIGHT (e.g. 120x40), not '\(text)'")
        }
        guard w <= 1000, h <= 1000 else {
            throw ValidationError("--size \(text) is too large: at most 1000x1000")
        }
        return Size(width: w, height: h)
    }
}

/// The corpus as named in the title bar.
enum CorpusName {
    static func of(_ paths: [String]) -> String {
        let names = paths.map { URL(fileURLWithPath: $0).lastPathComponent }
        return names.count <= 2 ? names.joined(separator: ", ") : "\(names[0]) +\(names.count - 1)"
    }
}

/// `--bidi`, `--shaping` and `--ascii`, shared by `open` and `screen`.
struct DisplayFlags: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Reorder right-to-left text (default: by terminal; env BULLETIN_BIDI).", valueName: "on|off"))
    var bidi: String?

    @Option(name: .long, help: ArgumentHelp("Join Arabic letters (default: by terminal; env BULLETIN_SHAPING).", valueName: "on|off"))
    var shaping: String?

    @Option(name: .long, help: ArgumentHelp("Draw borders, '…', dashes and quotes as ASCII, for terminals that draw ambiguous-width characters wide (default: off; env BULLETIN_ASCII).", valueName: "on|off"))
    var ascii: String?

    /// A value other than on/off is a usage error (exit 64), reported before
    /// the terminal is checked or the corpus read.
    func validate() throws {
        for (name, value) in [("--bidi", bidi), ("--shaping", shaping), ("--ascii", ascii)] {
            if let value, TextEnvironment.parseSwitch(value) == nil {
                throw ValidationError("\(name) must be 'on' or 'off', not '\(value)'")
            }
        }
    }

    func resolve(detectTerminal: Bool, theme: Theme) throws -> DisplayOptions {
        do {
            let r = try DisplayChoice.resolve(bidi: bidi, shaping: shaping,
                                              environment: ProcessInfo.processInfo.environment,
                                              detectTerminal: detectTerminal)
            let a = try DisplayChoice.resolveASCII(ascii, environment: ProcessInfo.processInfo.environment)
            for w in r.warnings + a.warnings { Stderr.print("bulletin: warning: \(w)") }
            return DisplayOptions(bidi: r.bidi, shaping: r.shaping, theme: theme, ascii: a.ascii)
        } catch {
            throw CLIError("\(error)")
        }
    }
}
