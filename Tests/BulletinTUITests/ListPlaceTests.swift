import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// Audit finding: the list reopened on its first article after a restart; a
/// user who quit on article 500 of 3,000 had to find it again. The place is
/// now kept per corpus (`ListPlace`) and taken up at the next start.
@Suite struct ListPlaceTests {
    /// `n` long articles, `/corpus/a<i>.txt`, in list order.
    static func corpus(_ n: Int) -> [Article] {
        (0..<n).map { Fixtures.long("a\($0)", paragraphs: 40) }
    }

    static func key(_ id: String, segment: Int = 1) -> ArticleKey { ArticleKey(file: "/corpus/\(id).txt", segment: segment) }

    @Test func theListComesBackOnTheArticleLeft() throws {
        var first = Program(state: Fixtures.state(Self.corpus(300), size: Size(width: 100, height: 30)))
        first.send(Array(repeating: Key.char("j"), count: 200))
        let place = try #require(first.state.listPlace)
        #expect(place.article == Self.key("a200") && place.row == 200 && !place.reading)
        #expect(place.story == ArticleStory.of(try #require(first.state.selectedSummary)))

        var next = Fixtures.state(Self.corpus(300), size: Size(width: 100, height: 30))
        next.resume(at: place)
        #expect(next.selectedSummary?.id == "a200")
        #expect(next.focus == .list && next.message == nil)
        // The row is on the middle line, also once the real screen size is known.
        #expect(next.listScroll <= 200 && 200 < next.listScroll + next.listPage)
        _ = next.update(.resize(Size(width: 40, height: 12)))
        #expect(next.selection - next.listScroll == next.listPage / 2, "\(next.listScroll) \(next.listPage)")
    }

    @Test func anArticleBeingReadShowsAgainAtItsPosition() throws {
        var first = Program(state: Fixtures.state(Self.corpus(50), size: Size(width: 100, height: 30)))
        first.send(try KeyNames.parse("j j j Enter Space Space"))
        let line = first.state.readerScroll
        #expect(line > 0)
        first.send(.char("q"))  // back to the list: the position is saved
        first.send(.enter)
        let place = try #require(first.state.listPlace)
        #expect(place.reading && place.article == Self.key("a3"))

        var next = Fixtures.state(Self.corpus(50), size: Size(width: 100, height: 30))
        next.positions = first.state.positions  // as the state database gives them back
        next.resume(at: place)
        _ = next.update(.resize(Size(width: 100, height: 30)))
        // The list has the focus, as at every start; the reader beside it stands where reading stopped.
        #expect(next.selectedSummary?.id == "a3" && next.focus == .list && next.readerScroll == line)
        let bar = Renderer.render(next).row(next.size.height - 1)
        #expect(!bar.contains("line ") && bar.contains("4/50"), "\(bar)")  // the list's position, not the reader's
        _ = next.update(.open)
        #expect(next.focus == .reader && next.readerScroll == line)
    }

    @Test func aGoneArticleLeavesTheCursorNearby() throws {
        // Its file is gone: the old row.
        var state = Fixtures.state(Self.corpus(20))
        state.resume(at: ListPlace(article: Self.key("gone"), row: 7, reading: true))
        #expect(state.selection == 7 && state.readerScroll == 0)
        #expect(state.message?.contains("gone") == true)
        // Past the end of a shorter list: the last row.
        state = Fixtures.state(Self.corpus(5))
        state.resume(at: ListPlace(article: Self.key("gone"), row: 70))
        #expect(state.selection == 4)
        // Its segment is gone but the file holds others: the nearest before it.
        let segments = (1...4).map { i in
            Article(id: "d\(i)", file: "/corpus/digest.txt", segment: i, title: "Story \(i)", date: nil, language: "en",
                    body: "Body \(i).", raw: "Body \(i).")
        }
        state = Fixtures.state(Self.corpus(3) + segments)
        state.resume(at: ListPlace(article: Self.key("digest", segment: 9), row: 0))
        #expect(state.selectedSummary?.id == "d4")
        state = Fixtures.state(Self.corpus(3) + segments.dropFirst(2))
        state.resume(at: ListPlace(article: Self.key("digest", segment: 2), row: 0))
        #expect(state.selectedSummary?.id == "d3")
        // An empty list: nothing to do, no crash.
        state = Fixtures.state([])
        state.resume(at: ListPlace(article: Self.key("a1"), row: 3))
        #expect(state.selection == 0 && state.listPlace == nil)
    }

    @Test func whileLoadingThePlaceWaitsForTheArticles() throws {
        var p = Program(state: .whileLoading(corpusName: "news", size: Size(width: 100, height: 30)))
        p.state.resume(at: ListPlace(article: Self.key("a12"), row: 12))
        #expect(p.state.listPlace == nil)
        p.apply(.corpusLoaded(LoadedCorpus(store: MemoryStore(articles: Self.corpus(30)))))
        #expect(p.state.selectedSummary?.id == "a12")
    }

    @Test func sideBySideIsNotKeptAsReading() throws {
        let p = try Fixtures.run("j s Enter", articles: Self.corpus(5))
        #expect(p.state.sideBySide?.right != nil)
        #expect(p.state.listPlace?.reading == false)
    }
}

/// The reader shows a headline echoed after the dateline once (`HeadlineEcho`),
/// and an entity after the echo is still found on its line.
@Suite struct ReaderHeadlineEchoTests {
    @Test func theReaderShowsTheHeadlineOnce() throws {
        let body = "HANOI, Dec 4 (Reuters) - Vietnam raises interest rates\n\nThe State Bank of Vietnam acted on Friday."
        let a = Article(id: "rates", file: "/corpus/rates.txt", title: "Vietnam raises interest rates", date: "2026-12-04",
                        language: "en", body: body, raw: body, countries: ["VN"],
                        entities: [Fixtures.entity("State Bank of Vietnam", .organization, aliases: ["State Bank of Vietnam"], in: body)])
        let p = try Fixtures.run("Enter", size: Size(width: 100, height: 20), articles: [a])
        let text = p.frame.plainText
        #expect(text.components(separatedBy: "Vietnam raises interest rates").count == 2, "\(text)")
        #expect(text.contains("HANOI, Dec 4 (Reuters)"))
        let doc = try #require(p.state.document(in: .single, width: 60))
        let mention = (body as NSString).range(of: "State Bank")
        let lines = doc.lines(showing: [mention.location..<(mention.location + mention.length)])
        #expect(lines.count == 1)
        let line = doc.lines[lines[0]].cells.map(\.text).joined()
        #expect(line.contains("State Bank"), "\(line)")
    }
}

/// Second audit: on a 240-column terminal the reader's lines ran 140 columns,
/// too long to follow back to their start. The text keeps to 100 columns.
@Suite struct ReaderMeasureTests {
    @Test func wideReadersKeepTheirLinesShort() throws {
        let body = String(repeating: "Trade between Belarus and Vietnam grew again this year. ", count: 12)
        let article = Article(id: "wide", file: "/corpus/wide.txt", title: "Wide", language: "en", body: body, raw: body)
        // (300 columns: since session 42 a 240-column screen gives the list 80 columns and the reader 118.)
        let p = try Fixtures.run("Enter", size: Size(width: 300, height: 30), articles: [article])
        let pane = try #require(ScreenLayout(state: p.state).pane(.reader(.single)))
        #expect(pane.content.width > 130)
        let doc = try #require(p.state.document(in: .single, width: pane.content.width))
        let widest = doc.lines.map(\.width).max() ?? 0
        #expect(widest <= ReaderLayout.maxTextWidth && widest > 80, "\(widest)")
        // Narrower panes are not touched.
        #expect(ReaderLayout.textWidth(paneWidth: 56) == 54)
    }
}

/// Second audit: the sidebar's name column cut "National Assembly of Vietnam"
/// and "National Assembly of Belarus" to the same "National Ass…", and people
/// to their given names ("Alexander Lu…"). People keep their family name, and
/// the status bar names the entity under the cursor in full.
@Suite struct SidebarNameTests {
    @Test func peopleKeepTheirFamilyName() {
        #expect(SidebarPane.label("Alexander Lukashenko", type: .person, room: 13) == "A. Lukashenko")
        #expect(SidebarPane.label("Alexander Lukashenko", type: .person, room: 11) == "Lukashenko")
        #expect(SidebarPane.label("Alexander Lukashenko", type: .person, room: 30) == "Alexander Lukashenko")
        #expect(SidebarPane.label("National Assembly of Vietnam", type: .organization, room: 13) == "National Assembly of Vietnam")
        #expect(SidebarPane.label("Nursultan", type: .person, room: 5) == "Nursultan")
        // A family name's particles stay with it (session 38: "P. d. Vries", "A. E. Amrani").
        #expect(SidebarPane.label("Peter de Vries", type: .person, room: 12) == "P. de Vries")
        #expect(SidebarPane.label("Ahmed El Amrani", type: .person, room: 12) == "A. El Amrani")
        #expect(SidebarPane.label("Mohammed bin Salman Al Saud", type: .person, room: 18) == "M. b. S. Al Saud")
        #expect(SidebarPane.label("Ursula von der Leyen", type: .person, room: 16) == "U. von der Leyen")
        #expect(SidebarPane.label("Ursula von der Leyen", type: .person, room: 13) == "von der Leyen")
        // Arabic: no initials, and a family name of a particle and a name stays whole (session 38 review:
        // "ب. ع. العاطي", then "العاطي"; "ثاني" alone, "second", for Al Thani).
        #expect(SidebarPane.label("بدر عبد العاطي", type: .person, room: 12) == "عبد العاطي")
        #expect(SidebarPane.label("بدر عبد العاطي", type: .person, room: 14) == "بدر عبد العاطي")
        #expect(SidebarPane.label("محمد بن عبد الرحمن آل ثاني", type: .person, room: 13) == "محمد آل ثاني")
        #expect(SidebarPane.label("أمل الفلاح السغروشني", type: .person, room: 15) == "أمل السغروشني")
        #expect(SidebarPane.label("أمل الفلاح السغروشني", type: .person, room: 9) == "السغروشني")
        #expect(SidebarPane.label("أمل الفلاح السغروشني", type: .person, room: 7) == "أمل ال…")
        #expect(SidebarPane.label("عبد الرحمن", type: .person, room: 6) == "عبد ا…")
    }

    @Test func theStatusBarNamesTheEntityUnderTheCursorInFull() throws {
        let p = try Fixtures.run("e j j j", size: Size(width: 120, height: 30))
        let entity = try #require(p.state.focusedEntity)
        #expect(p.frame.row(29).contains(entity.name + " │"), "\(p.frame.row(29))")
    }
}

/// Second audit: every warning of the corpus was printed on the shell after
/// every session (hundreds of lines for an archive with many broken files).
/// The first ten are, with a count of the rest; notices always are.
@Suite struct ExitLinesTests {
    @Test func manyWarningsArePrintedAsTheFirstTenAndACount() {
        let warnings = (1...250).map { "warning: /n/\($0).txt: empty file, skipped" }
        let lines = LoadedCorpus.exitLines(["index rebuilt"] + warnings)
        #expect(lines.count == 12)
        #expect(lines.first == "index rebuilt" && lines[10] == warnings[9])
        #expect(lines.last?.hasPrefix("… and 240 more warnings") == true)
        let few = ["warning: a.txt: empty file, skipped"]
        #expect(LoadedCorpus.exitLines(few) == few)
    }
}
