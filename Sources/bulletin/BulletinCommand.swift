import ArgumentParser
import BulletinKit
import Foundation

/// `bulletin`: a terminal browser for multilingual news.
@main
struct BulletinCommand: ParsableCommand {
    /// Printed by `bulletin --version`: what a bug report should name.
    static let version = "0.5.0"

    static let configuration = CommandConfiguration(
        commandName: "bulletin",
        abstract: "A terminal browser for multilingual news.",
        usage: """
            bulletin [<paths> ...] [--entities <FILE>] [--index <FILE>] [--no-index] [--bidi on|off] [--shaping on|off] [--ascii on|off]
            bulletin <subcommand> [<options>]
            """,
        discussion: """
            With no subcommand, opens the full-screen reader on PATH... (default: the bundled \
            seeds); press ? in it for the keys. Articles are text files (a headline, a blank line, \
            paragraphs), saved web pages (HTML), feeds (RSS, Atom) or JSON exports, in any folder layout. \
            Warnings go to stderr, one line each, naming the file.
            Exit status: 0 when at least one article was read, 1 with a message when none could be, \
            64 for bad usage, 130 after Ctrl-C.
            Examples: bulletin news/; bulletin list --country VN; bulletin search Lukashenko; bulletin show ID
            """,
        version: version,
        subcommands: [
            OpenCommand.self, ListCommand.self, ShowCommand.self, EntitiesCommand.self,
            CountriesCommand.self, SearchCommand.self, ScreenCommand.self, IndexesCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    /// Runs the command line; a usage error is one line, as every other message of the tool:
    /// `bulletin: --width must be at least 10, not 0 (see bulletin show --help)`, exit status 64.
    /// ArgumentParser's own report took three or four lines (the error, the option's help,
    /// the whole usage synopsis, a pointer to --help) and began "Error:" where the tool's
    /// other messages begin "bulletin:".
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            let line = usageLine(message(for: error), arguments: arguments)
            FileHandle.standardError.write(Data((line + "\n").utf8))
            exit(withError: ExitCode.validationFailure)
        }
    }

    /// The one line for a usage error: the message, then where the options are listed
    /// (the subcommand named in `arguments`, else the reader's own `bulletin --help`).
    static func usageLine(_ message: String, arguments: [String]) -> String {
        let names = configuration.subcommands.compactMap { $0.configuration.commandName }
        let help = arguments.first.flatMap { names.contains($0) ? "bulletin \($0) --help" : nil } ?? "bulletin --help"
        var text = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        // `search -Minsk`: the query was read as an option.
        if arguments.first == "search", let option = unknownOption(in: text), option.count > 1, !option.hasPrefix("--") {
            let shown = option.contains(where: { $0 == " " || $0 == "\"" }) ? "'\(option)'" : option
            text += ": a query that starts with '-' goes after --, as in bulletin search -- \(shown)"
        }
        return "bulletin: \(PrintableName.of(lowercasingFirstWord(text))) (see \(help))"
    }

    /// ArgumentParser's messages begin with a capital ("Unknown option '--bogus'", "The value 'abc' is
    /// invalid for '--limit <N>'"); Bulletin's own are lower case after "bulletin: ". A first word of a capital
    /// then lower-case letters is lowered; a name (`BULLETIN_SEEDS`, `--limit`) is left as it is.
    static func lowercasingFirstWord(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars.prefix(2))
        guard scalars.count == 2, ("A"..."Z").contains(scalars[0]), ("a"..."z").contains(scalars[1]) else { return text }
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// The option named by ArgumentParser's "Unknown option '-x'" message.
    static func unknownOption(in message: String) -> String? {
        guard let start = message.range(of: "Unknown option '")?.upperBound,
              let end = message[start...].firstIndex(of: "'") else { return nil }
        return String(message[start..<end])
    }
}
