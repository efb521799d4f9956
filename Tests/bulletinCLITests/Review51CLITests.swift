import BulletinKit
import Foundation
import Testing

/// Session 51's day of use: what a user tripped on in the command line's output.
@Suite struct Review51CLITests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds").path

    /// `bulletin entities` printed `person  18  7  Alexander Lukashenko`: which number was the mentions and which
    /// the articles was only in --help. On a terminal a header now names the columns, each number under its
    /// name; in a pipe the lines are as before, with no header (scripts read them).
    @Test func entitiesOnATerminalHaveAHeader() throws {
        let shown = try CLI.runOnTerminal(["entities", Self.seeds, "--no-index"], columns: 100)
        #expect(shown.status == 0, "\(shown.stderr)")
        let lines = shown.stdout.split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        #expect(header.hasPrefix("type") && header.contains("mentions") && header.contains("articles"), "\(header)")
        let lukashenko = try #require(lines.first { $0.contains("Alexander Lukashenko") }, "\(lines)")
        // 18 mentions in 7 articles: each number ends where its column's name ends.
        let mentionsEnd = try #require(header.range(of: "mentions")).upperBound.utf16Offset(in: header)
        let articlesEnd = try #require(header.range(of: "articles")).upperBound.utf16Offset(in: header)
        let nameStart = try #require(header.range(of: "name")).lowerBound.utf16Offset(in: header)
        let row = Array(lukashenko.utf16)
        func number(endingAt end: Int) -> String {
            String(decoding: row[..<end].reversed().prefix { $0 != 0x20 }.reversed(), as: UTF16.self)
        }
        let json = try JSONSerialization.jsonObject(with: Data(CLI.run(["entities", Self.seeds, "--no-index", "--json"]).stdout.utf8))
        let entry = try #require((json as? [[String: Any]])?.first { $0["name"] as? String == "Alexander Lukashenko" })
        #expect(number(endingAt: mentionsEnd) == "\(entry["mentions"] as? Int ?? -1)", "\(header)\n\(lukashenko)")
        #expect(number(endingAt: articlesEnd) == "\(entry["count"] as? Int ?? -1)", "\(header)\n\(lukashenko)")
        #expect(lukashenko.utf16.dropFirst(nameStart).starts(with: "Alexander".utf16), "\(header)\n\(lukashenko)")

        let piped = try CLI.run(["entities", Self.seeds, "--no-index"])
        #expect(piped.stdout.hasPrefix("person "), "\(piped.stdout.prefix(80))")
        #expect(!piped.stdout.contains("mentions"))
    }
}
