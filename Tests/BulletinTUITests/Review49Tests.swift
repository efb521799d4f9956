import BulletinKit
import Testing
@testable import BulletinTUI

/// Session 49's day of use: what a user tripped on in the TUI.
@Suite struct Review49Tests {
    /// At 80 columns a start that restored filters said "Filters restored: … — C clears" and
    /// dropped the rest of its notes (the earlier warnings, the order kept) for good: the message
    /// lasts one key. What the bar had no room for now comes after the first key.
    @Test func theStartsNotesThatDoNotFitComeAfterTheFirstKey() throws {
        var p = Fixtures.program(size: Size(width: 60, height: 24))
        p.state.restore(filters: SavedFilters(languages: ["fr"]))
        p.state.restore(order: .oldestFirst)
        #expect(p.state.message == "Filters restored: language fr — C clears; Oldest first, as last time (o changes the order)")
        #expect(p.frame.row(23).contains("Filters restored: language fr — C clears"))
        #expect(!p.frame.row(23).contains("Oldest"))
        p.send(.char("j"))
        #expect(p.state.message == "Oldest first, as last time (o changes the order)")
        #expect(p.frame.row(23).contains("Oldest first, as last time (o changes the order)"), "\(p.frame.row(23))")
        p.send(.char("j"))
        #expect(p.state.message == nil, "said once")

        // Wide enough for all of it: said once, as before.
        var wide = Fixtures.program(size: Size(width: 120, height: 40))
        wide.state.restore(filters: SavedFilters(languages: ["fr"]))
        wide.state.restore(order: .oldestFirst)
        wide.send(.char("j"))
        #expect(wide.state.message == nil)

        // A key that says something of its own says it; the rest of the notes goes.
        var own = Fixtures.program(size: Size(width: 60, height: 24))
        own.state.restore(filters: SavedFilters(languages: ["fr"]))
        own.state.restore(order: .oldestFirst)
        own.send(.char("C"))
        #expect(own.state.message?.hasPrefix("Filters cleared") == true, "\(own.state.message ?? "nil")")
        own.send(.char("j"))
        #expect(own.state.message == nil)
    }

    /// The rest of a message is its whole clauses after those the bar shows.
    @Test func theOverflowIsTheClausesNotShown() {
        let m = "Filters restored: language fr — C clears; 2 warnings from reading the corpus earlier (W lists them); Oldest first, as last time (o changes the order)"
        #expect(StatusBar.overflow(m, width: 200) == nil)
        #expect(StatusBar.overflow(m, width: 78) == "2 warnings from reading the corpus earlier (W lists them); Oldest first, as last time (o changes the order)")
        #expect(StatusBar.overflow("Reloaded: no changes", width: 10) == nil)
    }

    /// A match the reader wraps over two lines ("trade / agreement", or "Aleksandr / Lukashenko" that
    /// `/lukashenko` finds as the person's name) counted as two matching lines, and `n` went from its
    /// first line to its second: the view moved one line onto the same match. Now a match is on the line
    /// where it begins: `n` goes to the next one.
    @Test func nGoesToTheNextMatchNotTheRestOfAWrappedOne() throws {
        let filler = (1...12).map { "Paragraph \($0) of the report on the talks in the capital, with more words." }
        let body = (["Belarus and Vietnam signed a new trade agreement on Monday in Minsk after talks."]
            + filler + ["Officials said the trade agreement covers tractors."] + filler).joined(separator: "\n\n")
        let a = Fixtures.article("en-trade", title: "Talks in Minsk", date: nil, language: "en", body: body,
                                 countries: [], entities: [])
        var p = Fixtures.program([a], size: Size(width: 40, height: 20))
        p.send(try KeyNames.parse("Enter / \" t r a d e Space a g r e e m e n t \" Enter"))
        #expect(p.state.message == "Matches on 2 lines; n/N next/previous", "\(p.state.message ?? "")")
        let doc = try #require(p.frame.rows.firstIndex { $0.contains("signed a new trade") })
        #expect(p.frame.row(doc + 1).contains("agreement on Monday"), "the match is wrapped: \(p.frame.row(doc + 1))")
        p.send(.char("n"))
        #expect(p.state.message == "Matching line 2 of 2; n/N next/previous", "\(p.state.message ?? "")")
        #expect(p.frame.rows.contains { $0.contains("Officials said the trade agreement") })
        p.send(.char("N"))
        #expect(p.state.message == "Matching line 1 of 2; n/N next/previous", "\(p.state.message ?? "")")
    }
}
