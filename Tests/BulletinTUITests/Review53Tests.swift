import BulletinKit
import Testing
@testable import BulletinTUI

/// Session 53's QA leftovers (the other report of a story is `OtherReportTests`).
@Suite struct Review53Tests {
    /// `Enter` on the entity that already filters the list (in the sidebar) left it on: only `C` dropped it, and
    /// `C` drops the countries and languages too. It now drops that filter alone and says so.
    @Test func enterOnTheFilteringEntityDropsThatFilterAlone() throws {
        var p = try Fixtures.run("U Tab Tab j j Enter")
        #expect(p.state.filters.entity == "To Lam")
        let filtered = p.state.visible.count
        p.send(try KeyNames.parse("Tab Tab"))
        #expect(p.state.focus == .sidebar)
        while p.state.focusedEntity?.name != "To Lam", p.state.sidebarCursor < p.state.sidebarEntries.count - 1 {
            p.send(.char("j"))
        }
        #expect(p.state.focusedEntity?.name == "To Lam")
        p.send(.enter)
        #expect(p.state.filters.entity == nil)
        #expect(p.state.filters.unreadOnly)  // the other filter stays
        #expect(p.state.focus == .list)
        #expect(p.state.visible.count > filtered)
        #expect(p.state.message == "No longer filtered by To Lam: \(p.state.visible.count) articles within unread only",
                "\(p.state.message ?? "")")
        #expect(!p.frame.row(0).contains("entity: To Lam"))
        // And Enter on it once more filters again.
        p.send(try KeyNames.parse("Tab Tab"))
        while p.state.focusedEntity?.name != "To Lam", p.state.sidebarCursor < p.state.sidebarEntries.count - 1 {
            p.send(.char("j"))
        }
        p.send(.enter)
        #expect(p.state.filters.entity == "To Lam")
    }

    /// `j`, `k` and the arrows said nothing during the first indexing (minutes on a large corpus), where `c` and `/`
    /// said to wait; and nothing on a list the filters emptied.
    @Test func movingOnAnEmptyListSaysWhy() throws {
        var p = LoadingTests.loading()
        for key in [Key.char("j"), .char("k"), .down, .char("G"), .pageDown] {
            p.send(.esc)
            #expect(p.state.message == nil)
            p.send(key)
            #expect(p.state.message == AppState.stillReadingMessage, "\(key)")
        }
        #expect(p.frame.plainText.contains("Still reading the corpus"))
        // The help screen still scrolls with j while loading.
        p.send(.char("?"))
        p.send(.char("j"))
        #expect(p.state.overlay == .help(scroll: 1))

        // A list the filters emptied (kept filters of a language no article has now, say).
        var emptied = Fixtures.state()
        emptied.filters = Filters(languages: ["xx"])
        emptied.refilter()
        var q = Program(state: emptied)
        #expect(q.state.visible.isEmpty)
        q.send(.char("j"))
        #expect(q.state.message == "No article listed under these filters (C clears them)", "\(q.state.message ?? "")")
        // A list with articles says nothing new.
        var r = try Fixtures.run("")
        r.send(.char("j"))
        #expect(r.state.message == nil)
    }
}
