import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// Session 43: the 80-column screen. Unchosen, a screen under 100 columns shows one pane at a time (the
/// list's titles had 13 cells beside a reader at 80 columns); `v` toggles fewer panes / every pane, says
/// so, and asks for the choice to be kept; the status line names `v`.
@Suite struct Layout43Tests {
    static let eighty = Size(width: 80, height: 24)

    static func story(_ id: String, _ title: String, paragraphs: Int = 1) -> Article {
        let body = (0..<paragraphs).map { i in
            "Paragraph \(i + 1) of the harbour story: the cranes at the northern quay were inspected again, "
                + "and the port authority published its schedule for the spring season."
        }.joined(separator: "\n\n")
        return Fixtures.article(id, title: title, date: "2026-10-1\(id.count % 9)", language: "en", body: body,
                                countries: ["LV"], entities: [])
    }

    static let harbour = [
        story("a", "Harbour cranes inspected at the northern quay before the spring season opens", paragraphs: 30),
        story("b", "Ferry company publishes its new timetable for the islands"),
        story("c", "Fishing cooperative elects a new board after a long winter"),
    ]

    static func row(_ grid: Grid, _ y: Int) -> String { grid.row(y) }

    @Test func eightyColumnsShowTheListAloneWithWholeTitles() throws {
        var p = Fixtures.program(Self.harbour, size: Self.eighty)
        #expect(p.state.layoutChoice == nil)
        #expect(p.state.shownLayout == .compact)
        let layout = p.state.layout
        #expect(layout.panes.map(\.kind) == [.list])
        #expect(layout.borders.isEmpty)
        #expect(try #require(layout.pane(.list)).frame.width == 80)
        let grid = p.frame
        // The first row's title keeps 56 cells (it had 13: "Harbour crane…"), after the ISO date.
        #expect(Self.row(grid, 2).contains("Harbour cranes inspected at the northern quay before th…"),
                "\(Self.row(grid, 2))")
        #expect(Self.row(grid, 2).contains("2026-10-11"))
        // Enter reads the article on the whole width; q comes back to the list.
        p.send(.enter)
        #expect(p.state.layout.panes.map(\.kind) == [.reader(.single)])
        #expect(try #require(p.state.layout.pane(.reader(.single))).frame.width == 80)
        p.send(.char("q"))
        #expect(p.state.focus == .list)
        #expect(p.state.layout.panes.map(\.kind) == [.list])
        // e: the entity sidebar on the whole width, q back to the list.
        p.send(.char("e"))
        #expect(p.state.layout.panes.map(\.kind) == [.sidebar])
        p.send(.char("q"))
        #expect(p.state.layout.panes.map(\.kind) == [.list])
    }

    @Test func vTogglesTheLayoutSaysSoAndKeepsIt() throws {
        var p = Fixtures.program(Self.harbour, size: Self.eighty)
        var effects = p.send(.char("v"))
        #expect(effects == [.keepLayout(.all)])
        #expect(p.state.layoutChoice == .all)
        #expect(p.state.layout.panes.map(\.kind) == [.list, .reader(.single)])
        #expect(p.state.layout.borders.count == 1)
        #expect(p.state.message == "List beside the reader (v the list alone, V by width)")
        effects = p.send(.char("v"))
        #expect(effects == [.keepLayout(.compact)])
        #expect(p.state.layout.panes.map(\.kind) == [.list])
        #expect(p.state.message?.hasPrefix("List alone: Enter reads") == true, "\(p.state.message ?? "")")
        // A chosen layout holds through a resize; an unchosen one follows the width.
        p.send(.resize(width: 100, height: 30))
        #expect(p.state.layout.panes.map(\.kind) == [.list])
        var q = Fixtures.program(Self.harbour, size: Self.eighty)
        q.send(.resize(width: 100, height: 30))
        #expect(q.state.layout.panes.map(\.kind) == [.list, .reader(.single)])
        q.send(.resize(width: 120, height: 40))
        #expect(q.state.layout.panes.map(\.kind) == [.list, .reader(.single), .sidebar])
    }

    @Test func compactOnAWideScreenHidesTheSidebar() throws {
        var p = Fixtures.program(Self.harbour, size: Size(width: 120, height: 40))
        #expect(p.state.layout.panes.count == 3)
        p.send(.char("v"))
        let layout = p.state.layout
        #expect(layout.panes.map(\.kind) == [.list, .reader(.single)])
        // The list takes the sidebar's room: 54 cells (36 in three panes), the reader 65.
        #expect(try #require(layout.pane(.list)).frame.width == 54)
        #expect(try #require(layout.pane(.reader(.single))).frame.width == 65)
        #expect(p.state.message == "Sidebar hidden: list and reader (e entities, v all three, V by width)")
        // e shows the sidebar in the list's place, as at 100 columns.
        p.send(.char("e"))
        #expect(p.state.layout.panes.map(\.kind) == [.reader(.single), .sidebar])
        // 200 columns: the reader keeps `readerWidth` cells and the list grows to `widestList`.
        p.send(.resize(width: 200, height: 50))
        p.send(.char("e"))
        #expect(try #require(p.state.layout.pane(.list)).frame.width == ScreenLayout.widestList)
    }

    /// The reader stays on the same place in its text when `v` widens or narrows it, as after a resize.
    @Test func theReaderKeepsItsPlaceThroughV() throws {
        var p = Fixtures.program(Self.harbour, size: Size(width: 100, height: 30))
        p.send(.enter)
        for _ in 0..<3 { p.send(.char(" ")) }
        let slot = ReaderSlot.single
        let widthBefore = p.state.readerWidth(slot)
        let before = try #require(p.state.document(in: slot, width: widthBefore))
        let place = before.place(ofLine: p.state.readerScroll)
        #expect(p.state.readerScroll > 0)
        p.send(.char("v"))  // the reader alone: wider, fewer lines
        let after = try #require(p.state.document(in: slot, width: p.state.readerWidth(slot)))
        #expect(p.state.readerWidth(slot) > widthBefore)
        #expect(p.state.readerScroll == after.line(at: place), "the top line shown holds the same place")
        p.send(.char("v"))
        #expect(p.state.readerScroll == before.line(at: place), "and the old layout gives back the old top line")
    }

    @Test func theStatusLineNamesV() {
        var p = Fixtures.program(Self.harbour, size: Self.eighty)
        #expect(StatusBar.hints(p.state).contains("v list+reader"))
        #expect(Self.row(p.frame, 23).contains("v list+reader"), "\(Self.row(p.frame, 23))")
        p.send(.char("v"))
        p.send(.char("j"))  // the next key: the message gives way to the hints
        #expect(Self.row(p.frame, 23).contains("v list alone"), "\(Self.row(p.frame, 23))")
        let wide = Fixtures.program(Self.harbour, size: Size(width: 120, height: 40))
        #expect(Self.row(wide.frame, 39).contains("v no sidebar"), "\(Self.row(wide.frame, 39))")
        // Under 60 columns one pane shows whatever the choice: no hint, and `v` says why nothing moved.
        var small = Fixtures.program(Self.harbour, size: Size(width: 40, height: 12))
        #expect(!StatusBar.hints(small.state).contains("v "))
        small.send(.char("v"))
        #expect(small.state.message?.contains("one pane under 60") == true)
        #expect(small.state.layout.panes.map(\.kind) == [.list])
        // The help names it.
        #expect(KeyMap.reference.contains { $0.entries.contains { $0.0.split(separator: " ").contains("v") } })
    }

    /// Lists of 44 to 59 cells keep the compact date ("14 Oct") and give its four cells to the title.
    @Test func midWidthListsKeepTheCompactDate() {
        #expect(ListPane.Columns(width: 54).date == 6)
        #expect(ListPane.Columns(width: 54, years: true).date == 9)
        #expect(ListPane.Columns(width: 60).date == 10)
        #expect(ListPane.Columns(width: 80).date == 10)
        #expect(ListPane.Columns(width: 36).date == 6)
    }

    /// A 40x12 screen: the list alone, whole rows, no border; the reader alone after Enter.
    @Test func aTinyScreenShowsOnePaneWithoutBrokenBorders() {
        var p = Fixtures.program(Self.harbour, size: Size(width: 40, height: 12))
        let grid = p.frame
        for y in 1..<11 { #expect(!Self.row(grid, y).contains("│"), "row \(y): \(Self.row(grid, y))") }
        #expect(Self.row(grid, 2).contains("Harbour"))
        p.send(.enter)
        #expect(Self.row(p.frame, 1).contains("Harbour") || Self.row(p.frame, 2).contains("Harbour"))
    }
}
