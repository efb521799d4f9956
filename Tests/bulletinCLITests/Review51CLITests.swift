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

        // Under 60 columns the names keep the room: the narrow columns, no header.
        let narrow = try CLI.runOnTerminal(["entities", Self.seeds, "--no-index"], columns: 50)
        #expect(narrow.stdout.hasPrefix("person          18    7  Alexander"), "\(narrow.stdout.prefix(200))")

        let piped = try CLI.run(["entities", Self.seeds, "--no-index"])
        #expect(piped.stdout.hasPrefix("person "), "\(piped.stdout.prefix(80))")
        #expect(!piped.stdout.contains("mentions"))
    }

    private func dated(_ lead: String, modified: (Int, Int) = (2026, 12)) -> String? {
        let text = "Lào và Thái Lan mở rộng tuyến đường sắt liên vận\n\n\(lead)\n\nĐoạn thứ hai.\n"
        return ArticleParser.parse(text: text, file: "nd.txt", modified: { modified }).first?.shownDate
    }

    /// Session 50's leftover: a Vietnamese lead with no agency before it, "Ngày 8/10, tại thủ đô Viêng Chăn, …"
    /// (holdout 22_vi, holdout2 34_vi, holdout3 42_vi, holdout4 52_vi), left the article undated, last in newest
    /// first. The date and the place opening the first paragraph are its dateline; the year as for "Dec 4 (Reuters)".
    @Test func aVietnameseLeadOfDateAndPlaceDatesTheArticle() {
        #expect(dated("Ngày 8/10, tại thủ đô Viêng Chăn, Bộ trưởng Bộ Công chính và Vận tải Lào đã tiếp Thứ trưởng.") == "2026-10-08")
        #expect(dated("Ngày 3/12/2025, tại Manila, Bộ trưởng Nông nghiệp Philippines đã tiếp đoàn doanh nghiệp.") == "2025-12-03")
        #expect(dated("Ngày 28/12, tại Hà Nội, Bộ Ngoại giao tổ chức họp báo.", modified: (2027, 1)) == "2026-12-28")
        #expect(dated("Ngày 6 tháng 3, tại Lệ Khánh, Askar Nosenenko đã tiếp đoàn đại biểu cấp cao của Lào.") == "2026-03-06")
        // A sentence that opens with a date and goes on otherwise is still none (session 50's rule).
        #expect(dated("Ngày 21/5, Ủy ban nhân dân tỉnh Nghệ An đã trao quyết định chủ trương đầu tư.") == nil)
        #expect(dated("ngày 8/10, tại thủ đô Viêng Chăn, hai bên đã ký kết.") == nil)
        #expect(dated("Ngày 31/2, tại Hà Nội, không có ngày này.") == nil)
    }
}
