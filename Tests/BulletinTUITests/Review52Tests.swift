import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// Session 52's day of use: what a user tripped on in the TUI.
@Suite struct Review52Tests {
    static let url = "https://www.vietnamplus.vn/tong-bi-thu-viet-nam-belarus-can-tiep-tuc-tan-dung-cac-tiem-nang-du-dia-post1080861.vnp"
    static let arabic: Article = {
        var a = Fixtures.article(
            "ar", title: "في يوم 3 ديسمبر، استقبل الأمين العام تو لام في مقر اللجنة المركزية للحزب، أمين مجلس الأمن البيلاروسي",
            date: nil, language: "ar", source: "vietnamplus.vn",
            body: "في يوم 3 ديسمبر، استقبل الأمين العام تو لام في مقر اللجنة المركزية للحزب، أمين مجلس الأمن البيلاروسي.\n\n"
                + (1...30).map { "ورحب الأمين العام تو لام بالسيد فولفوفيتش والوفد المرافق له في اللقاء \($0)." }
                    .joined(separator: "\n\n"),
            countries: ["BY", "VN"], entities: [])
        a.url = url
        return a
    }()

    /// Session 51's leftover: at 40x12 the reader of the Arabic seed showed its title (3 lines), its details (2) and
    /// its URL hard-wrapped over 4 lines, and not one line of text until `j`: it looked like an empty article. A
    /// header that would take more than half of the reader's lines now has the details on one line (the countries
    /// as codes) and the URL on one line cut with "…"; a taller screen keeps the whole header.
    @Test func aShortReaderShowsTextUnderAShortHeader() throws {
        var p = Fixtures.program([Self.arabic], size: Size(width: 40, height: 12))
        p.send(.enter)
        let text = p.frame.plainText
        let rows = text.components(separatedBy: "\n")
        let rule = try #require(rows.firstIndex { $0.contains("────────") }, "\(text)")
        // Text under the rule on the first screen (the reader has 9 rows: rows 2 to 10).
        #expect(rule < 9, "\(text)")
        #expect(rows[rule + 1].contains("ديسمبر") || rows[rule + 1].contains("ﺮﺒﻤﺴﻳﺩ"), "\(text)")
        #expect(text.contains("ar · vietnamplus.vn · BY, VN"), "\(text)")
        #expect(text.contains("https://www.vietnamplus.vn/tong-bi-th…"), "\(text)")
        #expect(!text.contains("Belarus (BY)"), "\(text)")

        // At 40x30 the header is whole: the country names, the URL on every line it needs.
        var tall = Fixtures.program([Self.arabic], size: Size(width: 40, height: 30))
        tall.send(.enter)
        let whole = tall.frame.plainText
        #expect(whole.contains("Belarus (BY)"), "\(whole)")
        #expect(whole.contains("post1080861.vnp"), "\(whole)")

        // A resize between the two keeps the top line in the text, and the old size gives it back.
        var q = Fixtures.program([Self.arabic], size: Size(width: 40, height: 12))
        q.send(try KeyNames.parse("Enter j j j j j j j j j j"))
        let top = q.frame.plainText.components(separatedBy: "\n")[2]
        #expect(top.contains("ﺍﺪﻓﻮﻟﺍ") || top.contains("ﻦﻴﻣﻷﺍ"), "\(q.frame.plainText)")  // a line of the text
        q.send(try KeyNames.parse("Resize:40x30"))
        #expect(q.frame.plainText.components(separatedBy: "\n")[2] == top, "\(q.frame.plainText)")
        q.send(try KeyNames.parse("Resize:40x12"))
        #expect(q.frame.plainText.components(separatedBy: "\n")[2] == top, "\(q.frame.plainText)")
    }

    /// The cache decides: the short header only for a reader too short for the whole one, and a resize that
    /// keeps the width and the decision keeps the laid-out article (a 1.5 MB article takes a second to lay out).
    @Test func theShortHeaderIsOnlyForShortReaders() {
        let cache = RenderCache()
        func doc(_ rows: Int) -> ReaderDocument {
            cache.document(for: Self.arabic, width: 38, bidi: true, shaping: true, rows: rows)
        }
        let whole = ReaderDocument(article: Self.arabic, width: 38, bidi: true, shaping: true, countryName: CountryNames.name)
        func meta(_ d: ReaderDocument) -> [String] { d.lines.filter { $0.role == .meta }.map { $0.cells.map(\.text).joined() } }
        #expect(meta(doc(27)) == meta(whole))
        #expect(meta(whole).count >= 5, "\(meta(whole))")
        #expect(meta(doc(9)) == ["ar · vietnamplus.vn · BY, VN", "https://www.vietnamplus.vn/tong-bi-th…"], "\(meta(doc(9)))")
        #expect(doc(9).lines.allSatisfy { $0.width <= 38 })
        // The body is the same text either way.
        #expect(doc(9).lines.count - doc(9).firstBodyLine == whole.lines.count - whole.firstBodyLine)
        #expect(doc(27).lines.count == doc(40).lines.count)
    }

    /// Session 51's leftover: resizing with a 1.5 MB article open left the old frame on screen, cut at the new
    /// size and without its title and status lines, for a second or two while the article was laid out anew.
    /// The terminal now paints a note first (`TerminalApp` asks `resizeRelaysLongArticle`, paints `relayingOut`).
    @Test func aResizeThatLaysOutALongArticleShowsANote() throws {
        let long = Fixtures.long("long", paragraphs: 3_000)
        #expect(long.body.utf16.count >= 200_000)
        var p = Fixtures.program([long, Fixtures.english], size: Size(width: 80, height: 24))
        p.send(.enter)
        _ = p.frame  // drawn, as the terminal draws it: laid out at 80 columns
        func relays(_ w: Int, _ h: Int) -> Bool { p.state.resizeRelaysLongArticle(to: Size(width: w, height: h)) }
        #expect(relays(60, 20))
        // The same width and header keep the laid-out article: no note.
        #expect(!relays(80, 30))
        // A height that makes the header short lays it out anew (at 80x8 the reader has 5 rows, the header 3 lines).
        #expect(relays(80, 8))
        let note = Renderer.relayingOut(p.state, to: Size(width: 60, height: 20))
        #expect(note.width == 60 && note.height == 20)
        let text = note.plainText
        #expect(text.contains("Laying out the article for 60x20…"), "\(text)")
        #expect(text.hasPrefix(" Bulletin"), "\(text)")
        // Too small a screen says so, as a frame would.
        #expect(Renderer.relayingOut(p.state, to: Size(width: 20, height: 5)).plainText.contains("Terminal too small"))
        // A short article is laid out at once: no note.
        var q = Fixtures.program([Fixtures.english, long], size: Size(width: 80, height: 24))
        q.send(.enter)
        _ = q.frame
        let shortRelays = q.state.resizeRelaysLongArticle(to: Size(width: 60, height: 20))
        #expect(!shortRelays)
    }

    /// Choosing the right article of side by side: the status line named Enter and Esc only, and nothing said how
    /// to find the other report of the story (its language, a name in its script). The list's own tools work there.
    @Test func choosingTheRightArticleNamesTheToolsThatFindIt() throws {
        var p = Fixtures.program(Fixtures.all, size: Size(width: 120, height: 40))
        p.send(try KeyNames.parse("s j"))
        let bar = p.frame.plainText.components(separatedBy: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        // (`s/S other reports`: the English report pinned, three others share two of its names.)
        #expect(bar.contains("Enter choose right article  s/S other reports  Esc cancel  / search  L languages  c countries  ? help"), "\(bar)")
        // And they work: L picks the Arabic report while the French one stays pinned.
        p.send(try KeyNames.parse("L"))
        #expect(p.frame.plainText.contains("Languages"))
    }
}
