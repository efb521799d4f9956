import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// Small articles by language and countries, for the picker's counts.
private func tagged(_ id: String, _ language: String, _ countries: [String], title: String? = nil, body: String? = nil) -> Article {
    let body = body ?? "Report \(id) on \(countries.joined(separator: " and "))."
    return Article(id: id, file: "/corpus/\(id).txt", title: title ?? "Story \(id)", date: "2025-01-01", language: language,
                   body: body, raw: body, countries: countries)
}

/// The picker counts within the other filters (a country picker said
/// "Germany 63" under `languages: ru`, and choosing it listed 2).
@Suite struct PickerCountsTests {
    static let articles = [
        tagged("a1", "en", ["DE"]), tagged("a2", "en", ["DE"]), tagged("a3", "en", ["DE", "FR"]),
        tagged("a4", "ru", ["DE", "RU"]), tagged("a5", "ru", ["RU"]), tagged("a6", "ru", ["RU", "BY"]),
        tagged("a7", "en", ["FR"]),
    ]

    /// (code, count) per row of the open picker, as shown.
    static func rows(_ s: AppState, _ facet: Facet) -> [(String, Int)] {
        let values = s.catalog.values(of: facet)
        guard let d = s.pickerData else { return [] }
        return d.rows.map { (values[$0].code, d.counts[$0]) }
    }

    @Test func countsAreWithinTheOtherFiltersAndChoosingGivesThatCount() throws {
        var p = try Fixtures.run("c", articles: Self.articles)
        // No other filter: the corpus's counts, most first.
        #expect(Self.rows(p.state, .country).map(\.0) == ["DE", "RU", "FR", "BY"])
        #expect(Self.rows(p.state, .country).map(\.1) == [4, 3, 2, 1])
        p.send(try KeyNames.parse("Esc L"))
        let ru = try #require(p.state.pickerData?.rows.firstIndex { p.state.catalog.languages[$0].code == "ru" })
        p.send(.char(KeyMap.hotkeys[ru]))
        #expect(p.state.filters.languages == ["ru"])
        p.send(try KeyNames.parse("Esc c"))
        let rows = Self.rows(p.state, .country)
        // Within Russian: Russia 3, Germany 1, Belarus 1; France none: last, still listed.
        #expect(rows.map(\.0) == ["RU", "DE", "BY", "FR"])
        #expect(rows.map(\.1) == [3, 1, 1, 0])
        #expect(p.state.pickerData?.within == "language ru")
        #expect(p.frame.plainText.contains("Countries, articles within language ru"))
        // Choosing Germany lists what the picker said.
        p.send(.char(KeyMap.hotkeys[1]))
        #expect(p.state.filters.countries == ["DE"])
        #expect(p.state.visible.count == 1)
        // France, with none, can still be chosen (OR within the facet).
        p.send(.char(KeyMap.hotkeys[3]))
        #expect(p.state.filters.countries == ["DE", "FR"])
        // The language picker counts within the countries chosen, not within itself.
        p.send(.char("L"))
        let languages = Dictionary(uniqueKeysWithValues: Self.rows(p.state, .language))
        #expect(languages == ["en": 4, "ru": 1])
    }

    @Test func aValueWithNoArticleIsDimmed() throws {
        var p = try Fixtures.run("L", articles: Self.articles)
        let ru = try #require(p.state.pickerData?.rows.firstIndex { p.state.catalog.languages[$0].code == "ru" })
        p.send(.char(KeyMap.hotkeys[ru]))
        p.send(try KeyNames.parse("Esc c"))
        let frame = p.frame
        let box = PickerOverlay.box(p.state.size, count: 4).inner
        let theme = p.state.display.theme
        // Row 3 (France, 0) dimmed; row 1 (Germany, 1) not.
        #expect(frame[box.x + 12, box.y + 3].style == theme.muted)
        #expect(frame[box.x + 12, box.y + 1].style == theme.overlay)
    }

    @Test func clearingTheFiltersInThePickerCountsAgain() throws {
        var p = try Fixtures.run("L", articles: Self.articles)
        let ru = try #require(p.state.pickerData?.rows.firstIndex { p.state.catalog.languages[$0].code == "ru" })
        p.send(.char(KeyMap.hotkeys[ru]))
        p.send(try KeyNames.parse("Esc c"))
        #expect(Self.rows(p.state, .country).map(\.1) == [3, 1, 1, 0])
        p.send(.char("C"))
        #expect(Self.rows(p.state, .country).map(\.1) == [4, 3, 2, 1])
    }

    @Test func aConfirmedSearchCountsItsMatchesToo() throws {
        var p = try Fixtures.run("/ a 4 Enter", articles: Self.articles.map {
            tagged($0.id, $0.language, $0.countries, title: $0.id == "a4" || $0.id == "a1" ? "Story a4 Minsk" : "Story \($0.id)")
        })
        p.apply(.bodySearchResults(query: "a4", ids: [], more: false))
        p.send(.char("c"))
        let values = p.state.catalog.countries
        let d = try #require(p.state.pickerData)
        let matches = try #require(d.matches)
        let byCode = Dictionary(uniqueKeysWithValues: values.indices.map { (values[$0].code, matches[$0]) })
        #expect(byCode == ["DE": 2, "RU": 1, "FR": 0, "BY": 0])
        #expect(p.frame.plainText.contains(">2"))
    }
}

/// `/` in a picker finds a value by name (case and accents folded) or code,
/// and what was typed is shown.
@Suite struct PickerFindTests {
    static let articles = [
        tagged("b1", "en", ["DE"]), tagged("b2", "en", ["DE"]), tagged("b3", "en", ["CI"]),
        tagged("b4", "en", ["NG"]), tagged("b5", "en", ["NE"]), tagged("b6", "en", ["DZ"]), tagged("b7", "en", ["BY"]),
    ]

    static func shown(_ s: AppState) -> [String] {
        (s.pickerData?.rows ?? []).map { s.catalog.countries[$0].code }
    }

    @Test func typingNarrowsToTheNamesAndCodesFound() throws {
        var p = try Fixtures.run("c /", articles: Self.articles)
        p.send(try KeyNames.parse("g e r"))
        // "ger": Germany (its name starts so) before Algeria, Niger, Nigeria (inside the name).
        #expect(Self.shown(p.state).first == "DE")
        #expect(Set(Self.shown(p.state)) == ["DE", "DZ", "NE", "NG"])
        #expect(p.frame.plainText.contains("Find: ger"))
        // Accents and case ignored: "cote" finds Côte d’Ivoire.
        p.send(.ctrl("u"))
        p.send(try KeyNames.parse("C O T E"))
        #expect(Self.shown(p.state) == ["CI"])
        // The ISO code: "by" is Belarus.
        p.send(.ctrl("u"))
        p.send(try KeyNames.parse("b y"))
        #expect(Self.shown(p.state).first == "BY")
        // Enter toggles the one under the cursor and lists every value again, the cursor on it.
        p.send(.enter)
        #expect(p.state.filters.countries == ["BY"])
        guard case .picker(let picker) = p.state.overlay else { Issue.record("the picker closed"); return }
        #expect(picker.find == nil)
        #expect(Self.shown(p.state).count == 6)
        #expect(Self.shown(p.state)[picker.cursor] == "BY")
    }

    @Test func lettersAreTypedNotHotkeysAndEscListsAllAgain() throws {
        var p = try Fixtures.run("c / n i", articles: Self.articles)
        #expect(p.state.filters.countries.isEmpty, "n and i are typed while finding, not hotkeys")
        #expect(Set(Self.shown(p.state)) == ["NE", "NG"])
        p.send(.down)
        guard case .picker(let picker) = p.state.overlay else { Issue.record("the picker closed"); return }
        let found = Self.shown(p.state)[picker.cursor]
        p.send(.esc)
        guard case .picker(let after) = p.state.overlay else { Issue.record("Esc closed the picker"); return }
        #expect(after.find == nil)
        #expect(Self.shown(p.state)[after.cursor] == found, "the cursor stays on the value found")
        #expect(p.state.filters.countries.isEmpty)
        p.send(.esc)
        #expect(p.state.overlay == .none)
    }
}

/// PgDn and PgUp move by the rows shown, in every picker and list.
@Suite struct PageByWhatIsShownTests {
    /// 100 countries: more than a picker shows at once.
    static let many: [Article] = {
        let codes = Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 && $0.allSatisfy(\.isLetter) }.sorted()
        return codes.prefix(100).enumerated().map { i, c in tagged("c\(i)", "en", [c]) }
    }()

    @Test func pgDnInAPickerMovesByItsRows() throws {
        var p = try Fixtures.run("c", size: Size(width: 120, height: 35), articles: Self.many)
        let page = PickerOverlay.box(p.state.size, count: p.state.catalog.countries.count).inner.height
        #expect(page > 10)
        p.send(.pageDown)
        guard case .picker(let picker) = p.state.overlay else { Issue.record("the picker closed"); return }
        #expect(picker.cursor == page)
        p.send(.pageUp)
        guard case .picker(let back) = p.state.overlay else { Issue.record("the picker closed"); return }
        #expect(back.cursor == 0)
    }

    @Test func pgDnInTheHelpScrollsByItsRows() throws {
        var p = try Fixtures.run("?", size: Size(width: 80, height: 20))
        let page = HelpOverlay.box(p.state.size, lineCount: HelpContent.lines(for: p.state.display).count).inner.height
        p.send(.pageDown)
        #expect(p.state.overlay == .help(scroll: min(page, HelpOverlay.maxScroll(for: p.state.display, size: p.state.size))))
    }
}

/// `.` and `,`: the next and previous unread article (newsboat's `n`).
@Suite struct NextUnreadTests {
    static let articles = (0..<6).map { tagged("u\($0)", "en", ["BY"]) }

    @Test func dotGoesToTheNextUnreadRowAndRound() throws {
        var p = Program(state: Fixtures.state(Self.articles, readIDs: ["u1", "u2", "u4"]))
        p.send(.char("."))
        #expect(p.state.selectedSummary?.id == "u3")
        p.send(.char("."))
        #expect(p.state.selectedSummary?.id == "u5")
        p.send(.char("."))
        #expect(p.state.selectedSummary?.id == "u0")
        #expect(p.state.message?.contains("wrapped to the top") == true)
        p.send(.char(","))
        #expect(p.state.selectedSummary?.id == "u5")
        #expect(p.state.readIDs == ["u1", "u2", "u4"], "in the list nothing is marked read")
    }

    @Test func inTheReaderItOpensTheNextUnreadAndMarksItRead() throws {
        var p = Program(state: Fixtures.state(Self.articles, readIDs: ["u1", "u2"]))
        p.send(.enter)  // u0 read now
        p.send(.char("."))
        #expect(p.state.focus == .reader)
        #expect(p.state.selectedSummary?.id == "u3")
        #expect(p.state.readIDs.contains("u3"))
        #expect(p.effects.last == .setRead(id: "u3", read: true))
    }

    @Test func withNothingUnreadItSaysSo() throws {
        var p = Program(state: Fixtures.state(Self.articles, readIDs: Set(Self.articles.map(\.id))))
        p.send(.char("."))
        #expect(p.state.selection == 0)
        #expect(p.state.message == "No unread article in the list")
    }

    @Test func nWithoutASearchNamesTheKey() throws {
        let p = try Fixtures.run("n")
        #expect(p.state.message?.contains(". goes to the next unread article") == true)
    }

    @Test func theHelpAndTheReadmeNameIt() throws {
        #expect(KeyMap.reference.flatMap(\.entries).contains { $0.0 == ". ," })
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("| `.` `,` | next / previous unread article"))
    }
}

/// Names written family name first are not made Western initials in the sidebar.
@Suite struct FamilyFirstNamesTests {
    @Test func vietnameseNamesKeepTheirFamilyNameAndGivenName() {
        #expect(SidebarPane.label("Lương Tam Quang", type: .person, room: 13) == "Lương … Quang")
        #expect(SidebarPane.label("Phạm Minh Chính", type: .person, room: 14) == "Phạm … Chính")
        #expect(SidebarPane.label("Nguyễn Thị Thanh Hà", type: .person, room: 16) == "Nguyễn … Hà")
        #expect(SidebarPane.label("Nguyễn Thị Thanh Hà", type: .person, room: 17) == "Nguyễn … Thanh Hà")
        // Narrower: the last syllables alone.
        #expect(SidebarPane.label("Nguyễn Văn Thắng", type: .person, room: 12) == "… Văn Thắng")
        #expect(SidebarPane.label("Nguyễn Văn Thắng", type: .person, room: 8) == "… Thắng")
        // Without the tones too.
        #expect(SidebarPane.label("Luong Tam Quang", type: .person, room: 13) == "Luong … Quang")
    }

    @Test func chineseAndKoreanNamesAreCutAtTheirEnd() {
        #expect(SidebarPane.label("Xi Jinping", type: .person, room: 8) == "Xi Jinp…")
        #expect(SidebarPane.label("Lee Jae-myung", type: .person, room: 10) == "Lee Jae-m…")
        #expect(SidebarPane.label("Yoon Suk Yeol", type: .person, room: 10) == "Yoon Suk…")
    }

    @Test func westernNamesStillGetInitials() {
        #expect(SidebarPane.label("Alexander Lukashenko", type: .person, room: 14) == "A. Lukashenko")
        #expect(SidebarPane.label("Kim Kardashian", type: .person, room: 13) == "K. Kardashian")
        #expect(SidebarPane.label("Dan Brown Smith", type: .person, room: 12) == "D. B. Smith")
        #expect(NameOrder.familyFirst("Tô Lâm") == .vietnamese)
        #expect(NameOrder.familyFirst("Wang Yi") == .eastAsian)
        #expect(NameOrder.familyFirst("Lee Smith") == nil)
        #expect(NameOrder.familyFirst("Igor Sergeenko") == nil)
    }
}

/// Marks from another instance: every kind is counted, even when they come a poll apart.
@Suite struct OtherInstanceTallyTests {
    static func key(_ a: Article) -> ArticleKey { ArticleKey(file: a.file, segment: a.segment) }

    @Test func readsThenFlagsArrivingApartAreBothReported() throws {
        var p = try Fixtures.run("")
        p.apply(.marksChanged([MarkChange(key: Self.key(Fixtures.arabic), read: true, flagged: false),
                               MarkChange(key: Self.key(Fixtures.chinese), read: true, flagged: false)]))
        #expect(p.state.message == "Marked in another Bulletin: 2 read")
        // The next poll: the same two flagged (the other instance pressed * twice).
        p.apply(.marksChanged([MarkChange(key: Self.key(Fixtures.arabic), read: true, flagged: true),
                               MarkChange(key: Self.key(Fixtures.chinese), read: true, flagged: true)]))
        #expect(p.state.message == "Marked in another Bulletin: 2 read, 2 flagged")
        // A key: the next change starts a new count.
        p.send(.char("j"))
        p.apply(.marksChanged([MarkChange(key: Self.key(Fixtures.arabic), read: true, flagged: false)]))
        #expect(p.state.message == "Marked in another Bulletin: 1 unflagged")
    }
}

/// `|` gets the whole title, not the list's cut one.
@Suite struct PipeWholeTitleTests {
    @Test func aTitleMadeOfTheFirstSentenceIsSentWhole() throws {
        let sentence = "The Chairperson of the House of Representatives of Belarus visited Vietnam at the request of the President of the Republic"
        let parsed = ArticleParser.parse(text: sentence + ". He met the leaders in Hanoi.\n", file: "/corpus/p.txt")
        let article = try #require(parsed.first)
        #expect(article.title.hasSuffix("…"), "the list's title is cut")
        let piped = PipeText.format(article)
        #expect(piped.hasPrefix(sentence + "\n\n"))
        // A headline stays as it is.
        #expect(PipeText.format(Fixtures.english).hasPrefix(Fixtures.english.title + "\n\n"))
    }
}

/// Session 48: the pickers' find takes a country's or a language's name in the other languages the
/// corpus is read in, not only its English name (a French translator typed `/bielo` and got
/// "no country matches").
@Suite struct PickerFindOtherLanguagesTests {
    static let articles = [
        tagged("o1", "fr", ["BY"]), tagged("o2", "ru", ["DE"]), tagged("o3", "zh", ["VN"]),
        tagged("o4", "vi", ["CN"]), tagged("o5", "ar", ["EG"]),
    ]

    static func shown(_ s: AppState) -> [String] {
        (s.pickerData?.rows ?? []).map { s.catalog.countries[$0].code }
    }

    @Test func aCountryIsFoundByItsNameInAnotherLanguage() throws {
        for (typed, code) in [("b i e l o", "BY"), ("a l l e m", "DE"), ("Г е р м", "DE"), ("越 南", "VN"),
                              ("T r u n g", "CN"), ("م ص ر", "EG")] {
            let p = try Fixtures.run("c / " + typed, articles: Self.articles)
            #expect(Self.shown(p.state).first == code, "\(typed): \(Self.shown(p.state))")
            #expect(!p.frame.plainText.contains("No country matches"), "\(typed)")
        }
        // Still nothing for a name no language gives them.
        let none = try Fixtures.run("c / q x z", articles: Self.articles)
        #expect(Self.shown(none.state).isEmpty)
        // Two Latin letters are a code or an English name's start: "de" is Germany alone, not every
        // country whose name in some language has a word starting "de".
        let two = try Fixtures.run("c / d e", articles: Self.articles)
        #expect(Self.shown(two.state) == ["DE"])
    }

    @Test func aLanguageIsFoundByItsOwnName() throws {
        for (typed, code) in [("f r a n ç", "fr"), ("р у с", "ru"), ("t i e n g Space v", "vi"), ("中 文", "zh")] {
            let p = try Fixtures.run("L / " + typed, articles: Self.articles)
            let rows = (p.state.pickerData?.rows ?? []).map { p.state.catalog.languages[$0].code }
            #expect(rows.first == code, "\(typed): \(rows)")
        }
    }
}
