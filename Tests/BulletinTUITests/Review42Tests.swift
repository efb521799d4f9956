import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// Session 42's review of the TUI (/work/notes/s42/tui/review.md) and the last review's leftovers:
/// each test fails without its fix.
@Suite struct Review42Tests {
    static func typed(_ text: String) -> [Key] { text.map { Key.char($0) } }

    static func story(_ id: String, _ title: String, _ body: String, language: String = "en",
                      entities: [(String, EntityType, [String], String?)] = []) -> Article {
        Fixtures.article(id, title: title, date: "2026-11-0\(id.count % 9 + 1)", language: language, body: body,
                         countries: [], entities: entities)
    }

    static let harbour = [
        story("a", "Riga harbour reopens after the storm", "Cranes in Riga were back at work on Monday."),
        story("b", "Tallinn ferry timetable changes in spring", "The ferry company published a new timetable."),
        story("c", "Riga tourism board counts fewer visitors", "Hotels reported a quiet autumn season."),
        story("d", "Grain prices steady in Odesa", "Traders expect little change before the new year."),
    ]

    // MARK: Leftover 1: `/` with OR or a -word matches titles as the text search reads the query

    @Test func orAlternativesMatchTitles() throws {
        var p = Fixtures.program(Self.harbour)
        p.send(.char("/"))
        p.send(Self.typed("Riga OR Tallinn"))
        #expect(p.state.titleMatchCount() == 3, "a, b and c name Riga or Tallinn in their titles")
        p.send(.enter)
        #expect(p.state.message?.contains("(3 in the title)") == true, "\(p.state.message ?? "")")
        // Each alternative is highlighted in the list: the row of b shows Tallinn as a match.
        let titles = RenderCache().titleMatches("Riga OR Tallinn", in: p.state.catalog.summaries)
        #expect(titles == [true, true, true, false])
        #expect(MatchFinder.matches(of: "Riga OR Tallinn", in: "Riga to Tallinn").count == 2)
        // Groups still all have to match: (Riga or Tallinn) and ferry.
        #expect(RenderCache().titleMatches("Riga OR Tallinn ferry", in: p.state.catalog.summaries) == [false, true, false, false])
    }

    @Test func excludedWordsLeaveTitlesOut() throws {
        let summaries = Fixtures.program(Self.harbour).state.catalog.summaries
        let cache = RenderCache()
        #expect(cache.titleMatches("Riga -tourism", in: summaries) == [true, false, false, false])
        // While the left-out word is typed, a part of it leaves out nothing: words are left out whole.
        #expect(cache.titleMatches("Riga -tour", in: summaries) == [true, false, true, false])
        // Left-out words alone find no title, as the text search refuses them.
        #expect(cache.titleMatches("-tourism", in: summaries) == [false, false, false, false])
        // A query without OR or -words is still one phrase in titles, as before.
        #expect(cache.titleMatches("Riga harbour", in: summaries) == [true, false, false, false])
        #expect(cache.titleMatches("harbour Riga", in: summaries) == [false, false, false, false])
        var p = Fixtures.program(Self.harbour)
        p.send(.char("/"))
        p.send(Self.typed("Riga -tourism"))
        p.send(.enter)
        #expect(p.state.message?.contains("(1 in the title)") == true, "\(p.state.message ?? "")")
        #expect(p.state.selectedSummary?.id == "a")
    }

    /// In a reader, `n` after `/Riga OR Tallinn` goes to either word (it said "No match" before).
    @Test func readerFindsEachAlternative() throws {
        var p = Fixtures.program(Self.harbour)
        p.send(try KeyNames.parse("Enter /"))
        p.send(Self.typed("Cranes OR Monday"))
        p.send(.enter)
        #expect(p.state.message?.hasPrefix("Matches on") == true, "\(p.state.message ?? "")")
        let article = try #require(p.state.article(in: .single))
        #expect(p.state.cache.matches(of: "Cranes OR Monday", in: article).count == 2)
        #expect(p.state.cache.matches(of: "Cranes -storm", in: article).count == 1)
    }

    // MARK: Leftover 2: a 200-column screen gives the list the room the reader does not need

    @Test func wideScreensWidenTheList() throws {
        let wide = Fixtures.program(Self.harbour, size: Size(width: 200, height: 50)).state.layout
        let list = try #require(wide.pane(.list)).frame.width
        let reader = try #require(wide.pane(.reader(.single))).frame.width
        #expect(list >= 68, "the list had 56 columns and cut titles at 32 cells")
        #expect(reader <= ScreenLayout.readerWidth + 1 && reader >= 80, "\(reader)")
        // 120 and 160 columns are as they were.
        let mid = Fixtures.program(Self.harbour, size: Size(width: 160, height: 40)).state.layout
        #expect(mid.pane(.list)?.frame.width == 48)
        let std = Fixtures.program(Self.harbour, size: Size(width: 120, height: 40)).state.layout
        #expect(std.pane(.list)?.frame.width == 36)
        // Wider still, the list stops at 80 and the reader grows.
        let huge = Fixtures.program(Self.harbour, size: Size(width: 300, height: 50)).state.layout
        #expect(huge.pane(.list)?.frame.width == ScreenLayout.widestList)
        // A whole title of 40 characters fits the list at 200 columns.
        var p = Fixtures.program(Self.harbour, size: Size(width: 200, height: 50))
        p.send(.char("j"))
        #expect(p.frame.plainText.contains("Tallinn ferry timetable changes in spring"), "\(p.frame.plainText)")
        Polish40Tests.expectColumnsHold(p)
    }

    // MARK: Leftover 5: the sidebar's `here` and `n` count the same mentions, the headline's too

    @Test func hereCountsWhatNGoesThrough() throws {
        let body = (0..<40).map { i in
            "Paragraph \(i) about the port." + ([3, 30].contains(i) ? " Mayor Ilze Ozola spoke." : "")
        }.joined(separator: "\n\n")
        var article = Self.story("m", "Ilze Ozola opens the Riga harbour", body,
                                 entities: [("Ilze Ozola", .person, ["Ilze Ozola"], nil)])
        // The extractor counts the headline's mention too; its ranges are the body's.
        article.entities[0].mentions = 3
        #expect(article.entities[0].ranges.count == 2)
        var p = Program(state: Fixtures.state([article], size: Size(width: 120, height: 14)))
        p.send(.enter)
        let mentions = EntityMentions.of("Ilze Ozola", in: article)
        #expect(mentions.title.count == 1 && mentions.body.count == 2)
        // The sidebar says 3 here.
        let side = try #require(p.state.layout.pane(.sidebar)).content
        let rows = (side.y..<(side.y + side.height)).map { String(p.frame.row($0).dropFirst(side.x).prefix(side.width)) }
        let row = try #require(rows.first { $0.contains("Ilze Ozola") })
        #expect(row.hasSuffix("3     0 ") || row.contains(" 3     0"), "\(row)")
        p.state.filters.entity = "Ilze Ozola"
        p.state.refilter()
        p.send(.char("n"))
        #expect(p.state.message == "Ilze Ozola: mention 1 of 3; n/N next/previous", "\(p.state.message ?? "")")
        #expect(p.state.readerScroll == 0, "the headline's mention is on the title line")
        p.send(.char("n"))
        #expect(p.state.message?.hasPrefix("Ilze Ozola: mention 2 of 3") == true, "\(p.state.message ?? "")")
        p.send(.char("n"))
        #expect(p.state.message?.hasPrefix("Ilze Ozola: mention 3 of 3") == true, "\(p.state.message ?? "")")
        #expect(p.state.readerScroll > 0)
    }

    /// A headline said again after the dateline is shown once, as the title: its mention is counted once.
    @Test func aHeadlineEchoIsOneMention() throws {
        let body = "RIGA, Nov 3 - Ilze Ozola opens the harbour. Ilze Ozola cut the ribbon on Monday.\n\nShips waited outside."
        var article = Self.story("e", "Ilze Ozola opens the harbour", body, entities: [("Ilze Ozola", .person, ["Ilze Ozola"], nil)])
        article.entities[0].mentions = 3
        #expect(HeadlineEcho.find(body: body, title: article.title) != nil)
        let mentions = EntityMentions.of("Ilze Ozola", in: article)
        #expect(mentions.count == 2, "the title, then the ribbon's sentence: \(mentions)")
    }
}

extension Review42Tests {
    // MARK: Review: the help's Filters say how to filter by an entity

    /// The help listed c, L, [ ], { }, U, F under Filters, and the entity filter only as "in sidebar: filter by
    /// entity" among the moving keys: a new user looking for it under Filters did not find it.
    @Test func helpFiltersNameTheEntityFilter() throws {
        let filters = try #require(KeyMap.reference.first { $0.section == "Filters" }).entries
        #expect(filters.contains { $0.0 == "e Enter" && $0.1.contains("entity") })
        let p = try Fixtures.run("?", size: Size(width: 120, height: 40))
        #expect(p.frame.plainText.contains("entity: sidebar, then the articles naming it"), "\(p.frame.plainText)")
    }
}

extension Review42Tests {
    // MARK: Review: `[` `]` count the countries they step through

    /// Under language en, `]` said "Country 1/80" on the holdouts though it skips the countries no English
    /// article names: the position and the total are now among the values it steps through.
    @Test func stepsCountTheValuesTheyStepThrough() throws {
        let articles = [
            Fixtures.article("p1", title: "Riga port news", date: "2026-11-01", language: "en", body: "Port news.", countries: ["LV"], entities: []),
            Fixtures.article("p2", title: "Tallinn port news", date: "2026-11-02", language: "en", body: "Port news.", countries: ["EE"], entities: []),
            Fixtures.article("p3", title: "Nouvelles de Vilnius", date: "2026-11-03", language: "fr", body: "Nouvelles.", countries: ["LT"], entities: []),
            Fixtures.article("p4", title: "Nouvelles de Kaunas", date: "2026-11-04", language: "fr", body: "Nouvelles.", countries: ["LT"], entities: []),
        ]
        var p = Fixtures.program(articles)
        p.send(.char("]"))
        #expect(p.state.message == "Country 1/3: Lithuania (LT), 2 articles", "\(p.state.message ?? "")")
        p.send(.char("C"))
        p.state.filters.languages = ["en"]
        p.state.refilter()
        p.send(.char("]"))
        #expect(p.state.message?.hasPrefix("Country 1/2: ") == true, "\(p.state.message ?? "")")
        p.send(.char("]"))
        #expect(p.state.message?.hasPrefix("Country 2/2: ") == true, "\(p.state.message ?? "")")
    }
}

extension Review42Tests {
    // MARK: Review: a Markdown heading's marks are not part of the title

    @Test func markdownHeadingMarksLeaveTheTitle() throws {
        let parsed = ArticleParser.parse(text: "# Ferry strike ends in Tallinn\n\nThe crews went back to work on Friday.\n",
                                         file: "/notes/ferry.md")
        #expect(parsed.first?.title == "Ferry strike ends in Tallinn")
        let closed = ArticleParser.parse(text: "## 渡轮罢工在塔林结束 ##\n\n船员们周五恢复了工作。\n", file: "/notes/ferry-zh.md")
        #expect(closed.first?.title == "渡轮罢工在塔林结束")
        // A # of the title's own stays.
        let tag = ArticleParser.parse(text: "#MeToo marches fill Riga streets\n\nThousands walked through the old town.\n",
                                      file: "/notes/march.txt")
        #expect(tag.first?.title == "#MeToo marches fill Riga streets")
        let seven = ArticleParser.parse(text: "####### Seven marks are no heading\n\nThe ferry left.\n", file: "/notes/seven.md")
        #expect(seven.first?.title == "####### Seven marks are no heading")
    }
}
