import ArgumentParser
import BulletinKit
import Foundation

/// `bulletin`: a terminal browser for multilingual news.
@main
struct BulletinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bulletin",
        abstract: "A terminal browser for multilingual news.",
        discussion: "With no subcommand, opens the full-screen reader on PATH... (default: the bundled seeds).",
        subcommands: [
            OpenCommand.self, ListCommand.self, ShowCommand.self, EntitiesCommand.self,
            CountriesCommand.self, SearchCommand.self, ScreenCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )
}
