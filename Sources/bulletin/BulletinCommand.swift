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
            bulletin [<paths> ...] [--entities <FILE>] [--index <FILE>] [--no-index] [--bidi on|off] [--shaping on|off]
            bulletin <subcommand> [<options>]
            """,
        discussion: """
            With no subcommand, opens the full-screen reader on PATH... (default: the bundled \
            seeds); press ? in it for the keys. Warnings go to stderr, one line each, naming the file.
            Exit status: 0 when at least one article was read, 1 with a message when none could be, \
            64 for bad usage, 130 after Ctrl-C.
            Examples: bulletin news/; bulletin list --country VN; bulletin search Lukashenko; bulletin show ID
            """,
        version: version,
        subcommands: [
            OpenCommand.self, ListCommand.self, ShowCommand.self, EntitiesCommand.self,
            CountriesCommand.self, SearchCommand.self, ScreenCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )
}
