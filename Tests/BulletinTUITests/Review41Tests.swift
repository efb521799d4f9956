import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// Session 41's review of the TUI as a new user (/work/notes/s41/tui/review.md): each test fails without its fix.
@Suite struct Review41Tests {
    static func typed(_ text: String) -> [Key] { text.map { Key.char($0) } }

    static func listHeader(_ p: Program) throws -> String {
        let pane = try #require(p.state.layout.pane(.list)).frame
        return String(p.frame.row(pane.y).dropFirst(pane.x).prefix(pane.width))
    }

    // MARK: 1. Dates in words in the narrow list

    /// "26-12-18" (2026-12-18 in a corpus of several years) read as 26 December 2018, and "09-07" as 9 July, to a
    /// reader of day-first dates: the narrow list writes the month in words.
    @Test func compactDatesWriteTheMonthInWords() {
        #expect(ListPane.dateText("2026-12-18", width: 6) == "18 Dec")
        #expect(ListPane.dateText("2025-09-07", width: 6) == " 7 Sep")
        #expect(ListPane.dateText("2026-12-18", width: 9) == "18 Dec 26")
        #expect(ListPane.dateText("2025-01-31", width: 9) == "31 Jan 25")
        #expect(ListPane.dateText("2026-12-18", width: 10) == "2026-12-18")
        #expect(ListPane.dateText(nil, width: 6) == "")
    }

    @Test func narrowListsShowNoFigureOnlyDate() throws {
        var years = Fixtures.all
        years[0].date = "2026-12-18"
        for (articles, size, expected) in [(Fixtures.all, Size(width: 80, height: 24), " 7 Sep"),
                                           (years, Size(width: 80, height: 24), "18 Dec 26"),
                                           (Fixtures.all, Size(width: 120, height: 40), " 7 Sep"),
                                           (years, Size(width: 120, height: 40), "18 Dec 26")] {
            // At 80 columns the list beside the reader (`v`; alone, it has the ISO date, year first).
            var state = Fixtures.state(articles, size: size)
            state.layoutChoice = .all
            let p = Program(state: state)
            let pane = try #require(p.state.layout.pane(.list)).content
            let row = String(p.frame.row(pane.y).dropFirst(pane.x).prefix(pane.width))
            #expect(row.hasPrefix("  " + expected + " en "), "\(size): \(row)")
            for y in pane.y..<(pane.y + min(pane.height, articles.count)) {
                let cells = String(p.frame.row(y).dropFirst(pane.x).prefix(pane.width))
                #expect(cells.range(of: #"\d\d-\d\d"#, options: .regularExpression) == nil, "\(size): \(cells)")
            }
            Polish40Tests.expectColumnsHold(p)
        }
    }

    // MARK: 2. [ ] { } count within the other filters and skip empty values

    /// With language ru chosen, `]` said "Vietnam (VN), 5 articles" over a list of 1, then stepped onto Belarus,
    /// which no Russian article names: an empty list under "Belarus (BY), 4 articles".
    /// (Session 42: the position is counted among the values stepped through, "2/2" where it said "3/4".)
    @Test func stepsCountWithinTheOtherFiltersAndSkipEmptyValues() throws {
        var p = try Fixtures.run("L e Esc")  // languages ar en fr ru vi zh: e is ru (Токаев … в Астане: KZ, VN)
        #expect(p.state.filters.languages == ["ru"])
        p.send(.char("]"))
        #expect(p.state.filters.countries == ["VN"])
        #expect(p.state.message == "Country 1/2: Vietnam (VN), 1 article within language ru")
        p.send(.char("]"))  // BY: no Russian article names it
        #expect(p.state.filters.countries == ["KZ"])
        #expect(!p.state.visible.isEmpty)
        #expect(p.state.message == "Country 2/2: Kazakhstan (KZ), 1 article within language ru")
        p.send(.char("]"))  // CN skipped, round to VN
        #expect(p.state.filters.countries == ["VN"])
        p.send(.char("["))  // back: CN skipped
        #expect(p.state.filters.countries == ["KZ"])
        // The same for languages under a country: KZ is named by the vi and ru articles only.
        var q = try Fixtures.run("c d Esc")  // countries VN BY KZ CN: d is KZ
        #expect(q.state.filters.countries == ["KZ"])
        q.send(.char("}"))
        #expect(q.state.filters.languages == ["ru"])
        #expect(q.state.message == "Language 1/2: Russian (ru), 1 article within country KZ")
        q.send(.char("}"))
        #expect(q.state.filters.languages == ["vi"])
        q.send(.char("}"))
        #expect(q.state.filters.languages == ["ru"], "zh, ar, en, fr skipped")
        // Without other filters the count is the value's own, as before.
        let plain = try Fixtures.run("]")
        #expect(plain.state.message == "Country 1/4: Vietnam (VN), 5 articles")
    }

    @Test func stepsSayWhenNoValueHasArticlesWithinTheOtherFilters() throws {
        let noCountry = Fixtures.article("de-1", title: "Ein Bericht ohne Land", date: "2025-02-02", language: "de",
                                         body: "Ein Bericht ohne Land.", countries: [], entities: [])
        var p = try Fixtures.run("", articles: Fixtures.all + [noCountry])
        p.send(.char("L"))
        let row = try #require(p.state.pickerRows.firstIndex { p.state.catalog.languages[$0].code == "de" })
        p.send(.char(KeyMap.hotkeys[row]))
        p.send(.esc)
        #expect(p.state.filters.languages == ["de"])
        p.send(.char("]"))
        #expect(p.state.filters.countries.isEmpty)
        #expect(p.state.visible.count == 1)
        #expect(p.state.message == "No country has articles within language de (C clears)")
    }

    // MARK: 3. The list header's title and position keep a space between them

    @Test func listHeaderKeepsASpaceBeforeThePosition() throws {
        let articles = (0..<120).map { Fixtures.long("a\($0)", paragraphs: 2) }
        var p = Program(state: Fixtures.state(articles, size: Size(width: 80, height: 24)))
        p.send(.char("o"))  // newest first
        for _ in 0..<10 { p.send(.char("j")) }
        let header = try Self.listHeader(p)
        #expect(header.contains(" 11/120"), "\(header)")
        #expect(!header.contains("first11"), "\(header)")
        #expect(header.hasPrefix(" Articles, newest"), "\(header)")
        // Where it fits, the whole order is named.
        #expect(ListPane.title(.newestFirst, room: ListPane.titleRoom(frameWidth: 30, position: "1/120")) == "Articles, newest first")
        #expect(ListPane.title(.newestFirst, room: ListPane.titleRoom(frameWidth: 30, position: "11/120")) == "Articles, newest")
    }

    // MARK: 4. A quoted phrase matches titles and the reader

    @Test func quotesAroundAPhraseAreNotPartOfIt() {
        #expect(MatchFinder.phrase("\"Tô Lâm\"") == "Tô Lâm")
        #expect(MatchFinder.phrase("“Tô Lâm”") == "Tô Lâm")
        #expect(MatchFinder.phrase("«Tô Lâm»") == "Tô Lâm")
        #expect(MatchFinder.phrase("\"Tô Lâm") == "Tô Lâm", "while the closing quote is still to be typed")
        #expect(MatchFinder.phrase("\"Tô Lâm\" visit") == "\"Tô Lâm\" visit")
        #expect(MatchFinder.phrase("visit \"Tô Lâm\"") == "visit \"Tô Lâm\"")
        #expect(MatchFinder.phrase("Tô Lâm") == "Tô Lâm")
    }

    /// `/"Lào Cai"` said "not in a title" while typing and "(0 in the title)" after Enter, though titles held it;
    /// in a reader, "No match" in an article whose title and text write it.
    @Test func aQuotedPhraseFindsTitlesAndReaderLines() throws {
        var p = Fixtures.program()
        p.send(.char("/"))
        p.send(Self.typed("\"Tô Lâm\""))
        #expect(p.state.titleMatchCount() == 2, "fr-visite and vi-hanoi write Tô Lâm in their titles")
        #expect(!p.frame.plainText.contains("not in a title"), "\(p.frame.plainText)")
        p.send(.enter)
        #expect(p.state.message?.contains("(2 in the title)") == true, "\(p.state.message ?? "")")

        var r = Fixtures.program()
        r.send(try KeyNames.parse("j Enter /"))  // fr-visite: "Tô Lâm termine sa visite d'État en Biélorussie"
        r.send(Self.typed("\"Tô Lâm\""))
        r.send(.enter)
        #expect(r.state.message?.hasPrefix("Matches on") == true, "\(r.state.message ?? "")")
    }

    // MARK: 5. A query of left-out words only says so

    @Test func aQueryThatOnlyLeavesWordsOutSaysSo() throws {
        var p = Fixtures.program()
        p.send(.char("/"))
        p.send(Self.typed("-tourism"))
        let effects = p.send(.enter)
        #expect(!effects.contains { if case .bodySearch = $0 { return true } else { return false } })
        #expect(p.state.message == "“-tourism” only leaves words out: give a word to find as well")
        // With a word to find, it searches as before.
        var q = Fixtures.program()
        q.send(.char("/"))
        q.send(Self.typed("Minsk -tourism"))
        #expect(q.send(.enter).contains { if case .bodySearch = $0 { return true } else { return false } })
    }

    // MARK: 6. An open picker recounts when the text search answers

    /// `c` at once after Enter showed `>N` for the title matches only (Belarus `>16` where 142 articles matched)
    /// until the picker was closed and opened again.
    @Test func anOpenPickerRecountsWhenTheTextSearchAnswers() throws {
        var p = Fixtures.program()
        p.searchesInline = false
        p.send(.char("/"))
        p.send(Self.typed("parliamentary"))  // en-minsk's title (BY, VN)
        p.send(.enter)
        p.send(.char("c"))
        func row(_ code: String) -> String { p.frame.rows.first { $0.contains("[ ]") && $0.contains(" \(code) ") } ?? "" }
        #expect(row("BY").contains(">1 "), "\(row("BY"))")
        p.apply(.bodySearchResults(query: "parliamentary", ids: ["en-minsk", "fr-visite", "zh-beijing"], more: false))
        #expect(row("BY").contains(">3 "), "\(row("BY"))")
        #expect(row("VN").contains(">2 "), "\(row("VN"))")
    }

    // MARK: 11. A small corpus's size is not "0.0 of 0.0 MB"

    @Test func aSmallCorpusCountsKilobytes() {
        var p = LoadingTests.loading()
        p.apply(.indexProgress(IndexProgress.report(filesDone: 2, filesTotal: 5, bytesDone: 9_000, bytesTotal: 38_500), at: 0.5))
        let text = p.frame.plainText
        #expect(text.contains("2 of 5 files · 9 of 38 KB"), "\(text)")
        #expect(!text.contains("0.0 of 0.0 MB"))
        #expect(LoadingPane.sizes(0, of: 300) == "0 of 1 KB")
        #expect(LoadingPane.sizes(6 * 1_048_576, of: 12 * 1_048_576) == "6.0 of 12.0 MB")
    }

    // MARK: 7. `u` in the reader keeps the reading position

    /// Read to a line, `u` (to finish later), quit: the position was not saved (only read articles' were), and the
    /// next start opened the article at its top.
    @Test func markingAnOpenArticleUnreadKeepsItsPlace() throws {
        let articles = [Fixtures.long("a", paragraphs: 60), Fixtures.long("b", paragraphs: 60)]
        var p = Program(state: Fixtures.state(articles, size: Size(width: 100, height: 20)))
        p.send(try KeyNames.parse("Enter Space u"))
        #expect(!p.state.readIDs.contains("a"))
        let line = p.state.readerScroll
        #expect(line > 0)
        #expect(p.state.positionUnsaved)
        p.send(.char("Q"))
        #expect(p.effects.contains(.setPosition(id: "a", line: line)))
        // The next start opens it there (and marks it read again).
        var state = Fixtures.state(articles, size: Size(width: 100, height: 20))
        state.positions = ["a": line]
        var q = Program(state: state)
        q.send(.enter)
        #expect(q.state.readerScroll == line)
        // An unread article the list's cursor only previews keeps no position.
        let r = Program(state: Fixtures.state(articles, size: Size(width: 100, height: 20)))
        #expect(!r.state.positionUnsaved)
    }
}
