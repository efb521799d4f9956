import Foundation
import Testing
@testable import BulletinTUI

/// The README's key table, the help screen (`KeyMap.reference`) and the keys
/// the reader acts on must agree: a key documented in one place only, or
/// documented but doing nothing, is a bug in one of the three.
@Suite struct KeyDocsTests {
    /// The README's `## Keys` table: the backticked keys of its first column.
    static func readmeKeys() throws -> Set<String> {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "\n## Keys\n").dropFirst().first)
            .components(separatedBy: "\n## ").first ?? ""
        var keys = Set<String>()
        for line in section.split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| keys") {
            let first = line.dropFirst(2).components(separatedBy: " | ").first ?? ""
            let parts = first.components(separatedBy: "`")
            // Odd pieces are inside backticks.
            // `\|`: a | escaped so as not to end the table cell.
            for (i, part) in parts.enumerated() where i % 2 == 1 { keys.insert(part.replacingOccurrences(of: "\\|", with: "|")) }
            if first.contains("mouse") { keys.insert("mouse") }
        }
        return keys
    }

    /// The help screen's keys: its key column, plus keys named in a description ("also C-f C-b").
    static func helpKeys() -> Set<String> {
        var keys = Set<String>()
        for (_, entries) in KeyMap.reference {
            for (column, description) in entries {
                keys.formUnion(column.split(separator: " ").map(String.init))
                if let also = description.range(of: "(also ") {
                    let rest = description[also.upperBound...].prefix { $0 != ")" }
                    keys.formUnion(rest.split(separator: " ").map(String.init))
                }
            }
        }
        return keys
    }

    @Test func readmeAndHelpListTheSameKeys() throws {
        let readme = try Self.readmeKeys(), help = Self.helpKeys()
        #expect(readme.count > 30, "the README's key table was not found")
        #expect(help.subtracting(readme).sorted() == [], "in the help screen, not in the README")
        #expect(readme.subtracting(help).sorted() == [], "in the README, not in the help screen")
    }

    @Test func everyDocumentedKeyDoesSomething() throws {
        let state = Fixtures.state()
        let arrows: [String: Key] = ["↓": .down, "↑": .up, "←": .left, "→": .right]
        for name in Self.helpKeys().union(try Self.readmeKeys()).sorted() {
            // The mouse is tested with clicks; C-l is the terminal loop's (it repaints, the state does not change).
            if name == "mouse" || name == "C-l" { continue }
            let key = try arrows[name] ?? KeyNames.parseOne(name)
            let action = KeyMap.action(for: key, in: state)
            #expect(action != nil, "\(name) does nothing")
            if case .unbound = action { Issue.record("\(name) is documented but unbound") }
        }
    }
}
