import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// QA finding: a corpus without dates (scraped text often has none) kept a
/// blank 10-column date column in the list, and at 200 columns the titles
/// were cut at 30 cells beside it.
@Suite struct ListColumnsTests {
    static func undated(_ a: Article) -> Article {
        var a = a
        a.date = nil
        return a
    }

    @Test func noDateInTheCorpusNoDateColumn() throws {
        let articles = Fixtures.all.map(Self.undated)
        let p = Program(state: Fixtures.state(articles, size: Size(width: 200, height: 20)))
        let pane = try #require(p.state.layout.pane(.list)).content
        let row = String(p.frame.row(pane.y).dropFirst(pane.x))
        // The flag column, then the language: no blank date column before it.
        #expect(row.hasPrefix("  \(articles[0].language) "), "\(row.debugDescription)")
        #expect(ListPane.Columns(width: pane.width, dates: false).date == 0)
    }

    /// UX review: at 120 columns the list showed "07-14" for a corpus of several years, so newest-first could not be
    /// read from it. Dates of several years keep the year's last two digits there ("14 Jul 21"); dates of one year
    /// show day and month ("14 Jul").
    @Test func narrowDatesKeepTheYearWhenTheCorpusSpansYears() throws {
        var articles = Fixtures.all
        for i in articles.indices { articles[i].date = "2025-03-0\(i % 9 + 1)" }
        articles[0].date = "2021-07-14"
        func firstRow(_ p: Program) throws -> String {
            let pane = try #require(p.state.layout.pane(.list)).content
            return String(p.frame.row(pane.y).dropFirst(pane.x).prefix(pane.width))
        }
        let p = Program(state: Fixtures.state(articles, size: Size(width: 120, height: 20)))
        #expect(try firstRow(p).contains("14 Jul 21"), "\(p.frame.plainText)")
        var oneYear = articles
        oneYear[0].date = "2025-07-14"
        let q = Program(state: Fixtures.state(oneYear, size: Size(width: 120, height: 20)))
        let row = try firstRow(q)
        #expect(row.contains("14 Jul") && !row.contains("14 Jul 25"), "\(row)")
    }

    @Test func oneDatedArticleKeepsTheColumn() throws {
        var articles = Fixtures.all.map(Self.undated)
        articles[1].date = "2025-03-04"
        let p = Program(state: Fixtures.state(articles, size: Size(width: 200, height: 20)))
        let pane = try #require(p.state.layout.pane(.list)).content
        let first = String(p.frame.row(pane.y).dropFirst(pane.x))
        #expect(first.hasPrefix("  " + String(repeating: " ", count: 11) + articles[0].language), "\(first.debugDescription)")
        let text = p.frame.plainText
        #expect(text.contains("2025-03-04"), "\(text)")
    }

    /// A wire article dated only by a dateline in words ("LIMA, 4 December 2026 (Reuters) -")
    /// has no `date` (the evaluation's gold has ISO dates only) but its `datelineDate`:
    /// the list's row and the reader's header show it, it is not "undated".
    @Test func datelineDateIsShownInTheRowAndTheReader() throws {
        var articles = Fixtures.all.map(Self.undated)
        articles[0].datelineDate = "2026-12-04"
        let p = Program(state: Fixtures.state(articles, size: Size(width: 200, height: 20)))
        let pane = try #require(p.state.layout.pane(.list)).content
        let first = String(p.frame.row(pane.y).dropFirst(pane.x))
        #expect(first.hasPrefix("  2026-12-04 " + articles[0].language), "\(first.debugDescription)")
        let parsed = ArticleParser.parse(text: "Landslides\n\nLIMA, 4 December 2026 (Reuters) - Landslides cut the road.\n",
                                         file: "/corpus/lima.txt")[0]
        #expect(parsed.date == nil)
        let meta = ReaderDocument(article: parsed, width: 60, bidi: true, shaping: true, countryName: { $0 })
            .lines.filter { $0.role == .meta }.map { $0.cells.map(\.text).joined() }.joined()
        #expect(meta.hasPrefix("2026-12-04"), "\(meta)")
    }
}
