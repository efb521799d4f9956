import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// Session 43's review of the TUI at 80 columns (/work/notes/s43/tui/review.md): each test fails without its fix.
@Suite struct Review43Tests {
    static let eighty = Size(width: 80, height: 24)

    static let market = Fixtures.article(
        "ar-souq", title: "افتتاح سوق الخضار الجديد في المدينة القديمة", date: "2026-10-02", language: "ar",
        body: "قال سمير الحداد مدير السوق إن المحلات ستفتح أبوابها صباح كل يوم.",
        countries: [], entities: [("سمير الحداد", .person, ["سمير الحداد"], nil)])

    static let long = (0..<3).map { i in
        Fixtures.article("en-\(i)", title: "Harbour story number \(i) with a title long enough to reach the right edge of the list",
                         date: "2026-10-0\(i + 1)", language: "en",
                         body: "The harbour master spoke about the cranes and the ferries on the quay.",
                         countries: ["LV"], entities: [])
    }

    /// The sidebar's status line begins with the name under the cursor: an Arabic one was drawn in logical
    /// order (backwards, letters apart) while the same name in the pane was right.
    @Test func theSidebarStatusLineLaysOutAnArabicName() throws {
        var p = Fixtures.program([Self.market], size: Self.eighty)
        p.send(.char("e"))
        #expect(p.state.focusedEntity?.name == "سمير الحداد")
        let status = p.frame.row(23)
        #expect(!status.contains("سمير الحداد"), "\(status)")
        let shown = BarText.visual(" سمير الحداد", p.state.display).trimmingCharacters(in: .whitespaces)
        #expect(shown != "سمير الحداد")
        #expect(status.contains(shown), "\(status)")
    }

    /// The sidebar alone at 80 columns, on a person shown under another spelling: its hints kept the name and
    /// "j/k move" and dropped "Enter filter by entity", the only way to the entity filter: "Enter filter" comes
    /// first now, in a short form when the whole one does not fit.
    @Test func theSidebarHintsKeepTheEntityFilter() throws {
        let name = "Aleksandra Konstantinovna Rimskaya-Korsakova"
        let concert = Fixtures.article("en-concert", title: "Conservatory opens its winter concert season", date: "2026-11-20",
                                       language: "en", body: "\(name) conducted the opening concert on Friday.",
                                       countries: [], entities: [(name, .person, [name], nil)])
        var p = Fixtures.program([concert], size: Self.eighty)
        p.send(.char("e"))
        #expect(p.state.focusedEntity?.name == name)
        let status = p.frame.row(23)
        #expect(status.contains("│  Enter filter  "), "\(status)")
        // Where the whole hint fits, it is the whole one.
        var wide = Fixtures.program([concert], size: Size(width: 120, height: 40))
        wide.send(.char("e"))
        #expect(wide.frame.row(39).contains("Enter filter by entity  q back"), "\(wide.frame.row(39))")
    }

    /// The help and the pickers over a full-width list: the rows' ends ran up to the box ("…", half an
    /// Arabic word), read as the box's broken edge; a blank column now stands each side.
    @Test func overlaysKeepABlankColumnEachSide() throws {
        var p = Fixtures.program(Self.long, size: Self.eighty)
        p.send(.char("?"))
        let grid = p.frame
        for y in 2..<22 {
            let row = Array(grid.row(y))
            guard let left = row.firstIndex(of: "│"), let right = row.lastIndex(of: "│"), left < right else { continue }
            if left > 0 { #expect(row[left - 1] == " ", "row \(y): \(String(row))") }
            if right + 1 < row.count { #expect(row[right + 1] == " ", "row \(y): \(String(row))") }
        }
        // Before, the list's "…" of a cut title stood beside the help's right border (column 78).
        #expect(Array(grid.row(3))[78] == " ", "\(grid.row(3))")
    }

    /// The reader alone (80 columns): `q` back to the list is the second hint, where four hints fit; it was
    /// the seventh, and the list it goes back to is not on screen.
    @Test func theReaderAloneSaysWhereQGoes() throws {
        var p = Fixtures.program(Self.long, size: Self.eighty)
        p.send(.enter)
        #expect(p.state.layout.pane(.list) == nil)
        #expect(p.frame.row(23).contains("q list"), "\(p.frame.row(23))")
        // Beside the list, as before: "q back" last.
        p.send(.char("v"))
        p.send(.char("j"))
        #expect(StatusBar.hints(p.state).hasSuffix("q back  ? help"))
    }
}
