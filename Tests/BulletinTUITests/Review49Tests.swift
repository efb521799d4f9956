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
}
