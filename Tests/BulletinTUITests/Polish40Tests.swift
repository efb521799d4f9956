import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// The polish items a user review left open (/work/notes/s38/ux/report.md, "Smaller polish items"), on the cell grid.
@Suite struct Polish40Tests {
    /// Every row of a frame takes the screen's width in cells, and every pane border stands at its column.
    static func expectColumnsHold(_ p: Program, sourceLocation: SourceLocation = #_sourceLocation) {
        let grid = p.frame
        let borders = p.state.layout.borders
        for y in 1..<(grid.height - 1) {
            #expect(TextWidth.width(of: grid.row(y)) == grid.width, "row \(y): \(grid.row(y))", sourceLocation: sourceLocation)
            for x in borders { #expect(grid[x, y].text == "│", "row \(y), column \(x)", sourceLocation: sourceLocation) }
        }
    }

    /// Zero-width characters (U+200B ZWSP, U+FEFF, U+2060 word joiner, U+00AD soft hyphen) take no cell: the parser
    /// made ZWSP and U+FEFF spaces, so the list, the reader and `bulletin show` read "a\u{200B}b" as "a b".
    /// A Persian word keeps its ZWNJ (shaping needs it: the letter before it keeps its final form).
    @Test func zeroWidthCharactersTakeNoCell() throws {
        let text = "Zero\u{200B}width headline for the list\n\n"
            + "The word a\u{200B}b has a ZWSP, c\u{FEFF}d a BOM, e\u{2060}f a word joiner and infor\u{AD}mation a soft hyphen. نخست\u{200C}وزیر.\n"
        let article = try #require(ArticleParser.parse(text: text, file: "/corpus/zw.txt").first)
        #expect(!article.title.contains(" width") && !article.body.contains("a b") && !article.body.contains("c d"),
                "\(article.title) / \(article.body)")
        #expect(article.body.contains("نخست\u{200C}وزیر"))
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 30)] {
            var p = Program(state: Fixtures.state([article], size: size))
            let list = try #require(p.state.layout.pane(.list)).content
            #expect(p.frame.row(list.y).contains("Zerowidth"), "\(p.frame.row(list.y))")
            p.send(.enter)
            let screen = p.frame.rows.joined(separator: "\n")
            for joined in ["ab has", "cd a BOM", "ef a word", "information a soft"] {
                #expect(screen.contains(joined), "\(joined) at \(size): \(screen)")
            }
            Self.expectColumnsHold(p)
        }
        // Search reads them as it read the spaces they were: the title matches "zero width" and "zerowidth",
        // the text "c d" (c\u{FEFF}d).
        for query in ["zero width", "zerowidth"] {
            #expect(RenderCache().titleMatches(query, in: [ArticleSummary(article)]) == [true], "\(query)")
        }
        var p = Program(state: Fixtures.state([article], size: Size(width: 100, height: 20)))
        p.send(try KeyNames.parse("Enter / c Space d Enter"))
        #expect(p.state.message?.hasPrefix("Matches on 1 line") == true, "\(p.state.message ?? "")")
    }

    /// The title bar and status messages grouped thousands ("1,975") while the list's position, the status bar's
    /// and the picker's counts did not ("75/100000"): every count the reader shows is grouped.
    @Test func everyCountGroupsThousands() throws {
        let articles = (0..<1_234).map { i in
            Fixtures.article("a\(i)", title: "Article number \(i) of the archive", date: "2025-01-01", language: "en",
                             body: "Text \(i).", countries: ["BY"], entities: [])
        }
        var p = Program(state: Fixtures.state(articles, size: Size(width: 120, height: 30)))
        p.send(.char("G"))
        let list = try #require(p.state.layout.pane(.list)).frame
        #expect(p.frame.row(list.y).contains("1,234/1,234"), "\(p.frame.row(list.y))")
        #expect(p.frame.row(p.frame.height - 1).hasSuffix("1,234/1,234 "), "\(p.frame.row(p.frame.height - 1))")
        #expect(p.frame.row(0).contains("1,234 articles"))
        p.send(.char("U"))
        #expect(p.state.message == "Unread only: 1,234 articles (U shows all)", "\(p.state.message ?? "")")
        p.send(.char("U"))
        p.send(.char("c"))
        let picker = p.frame.rows.first { $0.contains("[ ]") && $0.contains("BY") } ?? ""
        #expect(picker.contains("1,234"), "\(picker)")
        #expect(Count.grouped(1_234_567) == "1,234,567" && Count.grouped(999) == "999")
    }

    /// At 80 columns the list dropped its date column: it shows the compact date (" 7 Sep", "14 Jul 21" when the
    /// dates span years; session 41: day and month in words, no longer "09-07") and cuts the title instead.
    /// Session 43: at 80 columns the list is alone unless `v` put the reader beside it, as here.
    @Test func eightyColumnsShowACompactDate() throws {
        let size = Size(width: 80, height: 24)
        func split(_ articles: [Article]) -> AppState {
            var s = Fixtures.state(articles, size: size)
            s.layoutChoice = .all
            return s
        }
        let p = Program(state: split(Fixtures.all))
        let pane = try #require(p.state.layout.pane(.list)).content
        #expect(pane.width >= ListPane.Columns.compactDateWidth && pane.width < ListPane.Columns.isoDateWidth)
        let row = String(p.frame.row(pane.y).dropFirst(pane.x).prefix(pane.width))
        #expect(row.hasPrefix("   7 Sep en BY+ Belarus an"), "\(row)")
        Self.expectColumnsHold(p)
        var years = Fixtures.all
        years[0].date = "2021-07-14"
        let q = Program(state: split(years))
        let first = String(q.frame.row(pane.y).dropFirst(pane.x).prefix(pane.width))
        #expect(first.hasPrefix("  14 Jul 21 en BY+ Belaru"), "\(first)")
        Self.expectColumnsHold(q)
        // Narrower than the 80-column list: no date (the title would keep too little).
        #expect(ListPane.Columns(width: ListPane.Columns.compactDateWidth - 1).date == 0)
    }

    /// At 120 columns the sidebar's names got 13 cells ("Phạm … Chính", "United Kingd…"): the sidebar takes a few
    /// columns from the reader, which keeps 50 at 120 columns and more above.
    @Test func theSidebarNamesFitAt120Columns() throws {
        let body = "Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Vương quốc Anh tại Hà Nội. Hai bên nhất trí thúc đẩy hợp tác."
        let article = Fixtures.article("vi-pmc", title: "Thủ tướng Phạm Minh Chính tiếp Đại sứ", date: "2025-05-06",
                                       language: "vi", body: body, countries: ["VN", "GB"],
                                       entities: [("Phạm Minh Chính", .person, ["Phạm Minh Chính"], nil),
                                                  ("Hassi Messaoud", .place, ["Hà Nội"], nil),
                                                  ("United Kingdom", .country, ["Vương quốc Anh"], "GB")])
        for width in [120, 130, 140] {
            var p = Program(state: Fixtures.state([article], size: Size(width: width, height: 30)))
            p.send(.enter)
            let sidebar = try #require(p.state.layout.pane(.sidebar)).content
            let reader = try #require(p.state.layout.pane(.reader(.single))).content
            #expect(reader.width >= 50, "reader \(reader.width) at \(width)")
            let text = p.frame.rows.map { String($0.dropFirst(sidebar.x)) }.joined(separator: "\n")
            for name in ["Phạm Minh Chính", "Hassi Messaoud", "United Kingdom"] {
                #expect(text.contains(name), "\(name) at \(width): \(text)")
            }
            Self.expectColumnsHold(p)
        }
        // 100 columns, the sidebar in the list's place.
        var p = Program(state: Fixtures.state([article], size: Size(width: 100, height: 30)))
        p.send(try KeyNames.parse("Enter e"))
        let sidebar = try #require(p.state.layout.pane(.sidebar)).content
        #expect(sidebar.width >= 34 && (p.state.layout.pane(.reader(.single))?.content.width ?? 0) >= 60)
        Self.expectColumnsHold(p)
    }

    /// The help's picker line says `Enter choose, Space toggle` (what the picker does) while the README's `c` row named
    /// Enter only, and its paging row said Space pages a picker: the README says what the help and the picker do.
    @Test func thePickerKeysAgreeInTheHelpAndTheReadme() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let rows = readme.components(separatedBy: "\n")
        let pickerRow = try #require(rows.first { $0.hasPrefix("| `c` |") })
        let pagingRow = try #require(rows.first { $0.hasPrefix("| `Space` ") })
        let help = try #require(KeyMap.reference.flatMap(\.entries).first { $0.0 == "c" }?.1)
        #expect(help.contains("Enter choose") && help.contains("Space toggle"), "\(help)")
        #expect(pickerRow.contains("`Space` toggles") && pickerRow.contains("`Enter`"))
        #expect(!pagingRow.contains("sidebar, picker or help"), "\(pagingRow)")
        let state = Fixtures.state()
        let picker = PickerState(facet: .country)
        #expect(KeyMap.pickerAction(.char(" "), picker: picker, state: state) == .pickerToggleCursor)
        #expect(KeyMap.pickerAction(.enter, picker: picker, state: state) == .pickerChoose)
        #expect(KeyMap.pickerAction(.pageDown, picker: picker, state: state) == .page(1))
    }
}
