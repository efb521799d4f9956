import Foundation
import Testing

/// Session 41's review (/work/notes/s41/tui/review.md): on a terminal, `list` and `search` reordered the whole line
/// (ID, date, language, title) as one left-to-right paragraph, so an Arabic title with a Latin word in it
/// ("قمة BRICS في كازان 2026") printed its words in the wrong order: ﺔﻤﻗ BRICS 2026 ﻥﺍﺯﺎﻛ ﻲﻓ. The title is now a
/// paragraph of its own, right to left, as the reader and the TUI's list show it.
@Suite struct Review41CLITests {
    static let title = "قمة BRICS في كازان 2026"

    private func corpus() throws -> String {
        let dir = NSTemporaryDirectory() + "bulletin-cli-41-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let text = Self.title + "\n\nقال الرئيس إن مجموعة BRICS ستعقد قمتها في كازان في أكتوبر 2026، بحضور قادة الدول الأعضاء.\n"
        try text.write(toFile: dir + "/brics.txt", atomically: true, encoding: .utf8)
        return dir
    }

    /// Visual order, shaping off: the Arabic words reversed letter by letter, the line read from the right.
    static let visual = "2026 نازاك يف BRICS ةمق"

    @Test func listPrintsAnArabicTitleRightToLeft() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let env = ["BULLETIN_BIDI": "on", "BULLETIN_SHAPING": "off"]
        let r = try CLI.run(["list", dir], environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        let line = try #require(r.stdout.split(separator: "\n").first.map(String.init))
        #expect(line.hasPrefix("brics  "), "\(line)")
        #expect(line.hasSuffix(Self.visual), "\(line)")
        // The search's title line too.
        let s = try CLI.run(["search", "BRICS", dir], environment: env)
        #expect(s.status == 0, "\(s.stderr)")
        let head = try #require(s.stdout.split(separator: "\n").first.map(String.init))
        #expect(head == "brics  " + Self.visual, "\(head)")
        // In a pipe without the variables: logical order, for grep.
        let plain = try CLI.run(["list", dir])
        #expect(plain.stdout.contains(Self.title), "\(plain.stdout)")
    }
}
