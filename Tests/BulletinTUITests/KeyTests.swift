import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

@Suite struct KeyNameTests {
    @Test func parsesPrintableAndNamedKeys() throws {
        #expect(try KeyNames.parse("j j Enter c") == [.char("j"), .char("j"), .enter, .char("c")])
        #expect(try KeyNames.parse("Esc Tab S-Tab Space Up Down Left Right PgUp PgDn Home End")
            == [.esc, .tab, .backTab, .char(" "), .up, .down, .left, .right, .pageUp, .pageDown, .home, .end])
        #expect(try KeyNames.parse("C-x c-Z") == [.ctrl("x"), .ctrl("z")])
        #expect(try KeyNames.parse("Resize:80x24") == [.resize(width: 80, height: 24)])
        #expect(try KeyNames.parse("/ ب ي ل đ") == [.char("/"), .char("ب"), .char("ي"), .char("ل"), .char("đ")])
        #expect(try KeyNames.parse("  ") == [])
    }

    @Test func rejectsUnknownNamesNamingThem() {
        #expect(throws: KeyNames.ParseError(name: "Foo")) { try KeyNames.parse("j Foo") }
        #expect(throws: KeyNames.ParseError(name: "Resize:0x5")) { try KeyNames.parse("Resize:0x5") }
        #expect(throws: KeyNames.ParseError(name: "C-1")) { try KeyNames.parse("C-1") }
    }

    @Test func pickerHotkeysAvoidThePickersOwnKeys() {
        for reserved: Character in ["j", "k", "g", "G", "q", "c", "C", "L", " "] {
            #expect(!KeyMap.hotkeys.contains(reserved))
        }
        #expect(Set(KeyMap.hotkeys).count == KeyMap.hotkeys.count)
    }

    /// `g`/`G` go to the first and last row in a picker as everywhere else (`G` toggled a country).
    @Test func pickerGoesToTheFirstAndLastRowWithGAndShiftG() throws {
        var p = Program(state: Fixtures.state())
        p.send(try KeyNames.parse("c G"))
        let count = p.state.catalog.values(of: .country).count
        #expect(p.state.overlay == .picker({ var s = PickerState(facet: .country); s.cursor = count - 1; return s }()))
        #expect(p.state.filters.countries.isEmpty)
        p.send(.char("g"))
        #expect(p.state.overlay == .picker(PickerState(facet: .country)))
    }

    @Test func searchPromptTakesEveryPrintableKey() throws {
        let p = try Fixtures.run("/ q j C")
        #expect(p.state.search.query == "qjC")
        #expect(!p.finished)
    }
}

@Suite struct DisplayChoiceTests {
    @Test func flagsBeatTheEnvironmentWhichBeatsTheTerminal() throws {
        let vte = ["VTE_VERSION": "7000", "TERM": "xterm-256color"]
        let a = try DisplayChoice.resolve(bidi: nil, shaping: nil, environment: vte, detectTerminal: true)
        #expect(a.bidi && !a.shaping, "VTE shapes by itself")
        let b = try DisplayChoice.resolve(bidi: nil, shaping: nil, environment: vte.merging(["BULLETIN_SHAPING": "on"]) { $1 },
                                          detectTerminal: true)
        #expect(b.shaping)
        let c = try DisplayChoice.resolve(bidi: "off", shaping: nil, environment: ["BULLETIN_BIDI": "on"], detectTerminal: true)
        #expect(!c.bidi)
        #expect(throws: DisplayChoice.InvalidValue.self) {
            try DisplayChoice.resolve(bidi: "sideways", shaping: nil, environment: [:], detectTerminal: false)
        }
    }

    @Test func headlessScreensIgnoreTheTerminal() throws {
        let r = try DisplayChoice.resolve(bidi: nil, shaping: nil, environment: ["KITTY_WINDOW_ID": "1"], detectTerminal: false)
        #expect(r.bidi && r.shaping)
    }

    @Test func bidiOffLeavesArabicInLogicalOrder() throws {
        var state = Fixtures.state([Fixtures.arabic], size: Size(width: 120, height: 30))
        state.display.bidi = false
        state.display.shaping = false
        let text = Program(state: state).frame.plainText
        #expect(text.contains("استقبل الأمين العام"), "logical order, unshaped: the terminal reorders")
        #expect(text.contains("Bidi") == false)
        var help = Program(state: state)
        help.send(.resize(width: 120, height: 60))
        help.send(.char("?"))
        #expect(help.frame.plainText.contains("Bidi: off"))
    }
}

/// What the curses painter writes per column (`CursesGlyphs`), with glibc's
/// `wcwidth` under C.UTF-8, the measure curses uses.
@Suite struct PainterGlyphTests {
    init() { setlocale(LC_ALL, "C.UTF-8") }

    func columns(_ text: String, _ width: Int) -> [[UInt32]?] { CursesGlyphs.columns(for: text, width: width) }
    func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func plainAndWideClustersAreWrittenWhole() {
        #expect(columns("a", 1) == [[0x61]])
        #expect(columns("中", 2) == [[0x4E2D], nil])
        #expect(columns("ệ", 1) == [scalars("ệ")])
        #expect(columns("e\u{302}\u{323}", 1) == [[0x65, 0x302, 0x323]])
    }

    @Test func emojiSequencesKeepWhatACellHolds() {
        // Skin tone: the modifier is a spacing character for curses; the hand stays.
        #expect(columns("👍🏽", 2) == [[0x1F44D], nil])
        // ZWJ family: its first person.
        #expect(columns("👨‍👩‍👧‍👦", 2) == [[0x1F468], nil])
        // A flag: one regional indicator per column, so the terminal joins them.
        #expect(columns("🇻🇳", 2) == [[0x1F1FB], [0x1F1F3]])
        // ❤️: curses counts the heart 1 column; drawn as text presentation plus a blank.
        #expect(columns("❤️", 2) == [[0x2764], [0x20]])
        // A plain emoji.
        #expect(columns("😀", 2) == [[0x1F600], nil])
    }

    /// A consonant and its spacing vowel sign are one cluster two columns wide; written
    /// as one cell, curses kept the consonant and the vowel sign became a blank
    /// (प्रधानमंत्री showed as प् ध नमंत् in a terminal). Each now has its column.
    @Test func spacingVowelSignsGetAColumnOfTheirOwn() {
        #expect(columns("धा", 2) == [[0x927], [0x93E]])
        #expect(columns("प्र", 2) == [[0x92A, 0x94D], [0x930]])
        #expect(columns("กำ", 2) == [[0xE01], [0xE33]])
        #expect(columns("มั่", 1) == [scalars("มั่")])  // marks only: one cell, as before
        // Emoji sequences curses counts wider than the grid keep their fallback.
        #expect(columns("👍🏽", 2) == [[0x1F44D], nil])
        #expect(columns("❤️", 2) == [[0x2764], [0x20]])
    }

    /// A conjunct three or four columns wide (the grid gives it all of them now)
    /// is written one spacing letter per column, as the terminal places them.
    @Test func aWideConjunctFillsEveryColumnItTakes() {
        #expect(columns("क्षि", 3) == [[0x915, 0x94D], [0x937], [0x93F]])
        #expect(columns("स्त्री", 4) == [[0x938, 0x94D], [0x924, 0x94D], [0x930], [0x940]])
        // A crafted cluster wider than a grid cell holds: a placeholder of the width reserved.
        let crafted = "क" + String(repeating: "\u{093E}", count: 20)
        #expect(columns(crafted, TextWidth.maxClusterWidth).count == TextWidth.maxClusterWidth)
    }

    @Test func extraMarksAreDroppedNotReplaced() {
        let heavy = "e" + String(repeating: "\u{301}", count: 6)
        #expect(columns(heavy, 1) == [[0x65, 0x301, 0x301, 0x301, 0x301]])
    }

    @Test func nothingPrintableFallsBackToAPlaceholderOfTheSameWidth() {
        #expect(columns("\u{1B}", 1) == [[0x3F]])
        #expect(columns("\u{301}", 1) == [[0x3F]])
        #expect(columns("", 2) == [[0x3F], [0x20]])
        // Curses would count it wider than the grid.
        #expect(columns("中", 1) == [[0x3F]])
    }

    @Test func everyColumnIsAccountedFor() {
        for text in ["a", "中", "👍🏽", "🇫🇷", "❤️", "👨‍👩‍👧", "\u{1B}", "ﻻ"] {
            for width in 1...2 {
                let c = columns(text, width)
                #expect(c.count == width, "\(text) at \(width)")
                #expect(c.first! != nil, "the first column is always written")
            }
        }
    }
}

/// A few checks on the bundled seeds through the real loader (and, once it
/// lands, the real entity extraction): every article is listed and the screen
/// keeps its shape.
@Suite struct SeedScreenTests {
    static func seedState(size: Size) -> AppState? {
        guard let path = SeedsLocator.locate() else { return nil }
        let corpus = Corpus.open(paths: [path])
        guard !corpus.articles.isEmpty else { return nil }
        return AppState(store: corpus.store, corpusName: "seeds", size: size)
    }

    @Test func everySeedArticleIsListed() throws {
        let state = try #require(Self.seedState(size: Size(width: 120, height: 40)))
        let grid = Program(state: state).frame
        #expect(state.visible.count == state.catalog.summaries.count)
        #expect(grid.row(0).contains("\(state.catalog.summaries.count) articles"))
        let layout = ScreenLayout(state: state)
        let list = try #require(layout.pane(.list))
        let shown = (list.content.y..<list.content.maxY).filter { y in
            (list.content.x + 2..<list.content.maxX - 1).contains { grid[$0, y].text != " " }
        }
        #expect(shown.count == min(state.visible.count, list.content.height))
    }

    @Test func openingEverySeedKeepsBordersInPlace() throws {
        var p = Program(state: try #require(Self.seedState(size: Size(width: 120, height: 40))))
        let count = p.state.visible.count
        for _ in 0..<count {
            p.send(.enter)
            let grid = p.frame
            for x in ScreenLayout(state: p.state).borders {
                for y in 1..<39 { #expect(grid[x, y].text == "│") }
            }
            p.send(.char("q"))
            p.send(.char("j"))
        }
    }
}

@Suite struct TitleSearchTests {
    @Test func foldedTitlesFindEveryMatchingTitleOnce() {
        let titles = ["Belarus and Vietnam", "Le président biélorusse", "Tổng Bí thư Đại sứ", "白俄罗斯总统", "BELARUS belarus"]
        let summaries = titles.enumerated().map { i, t in
            ArticleSummary(id: "\(i)", file: "f\(i)", segment: 1, title: t, date: nil, language: "und",
                           source: nil, countries: [], entityNames: [])
        }
        let folded = FoldedTitles(summaries)
        #expect(folded.matches(MatchFinder.fold("BELARUS")) == [true, false, false, false, true])
        #expect(folded.matches(MatchFinder.fold("bielo")) == [false, true, false, false, false])
        #expect(folded.matches(MatchFinder.fold("dai su")) == [false, false, true, false, false])
        #expect(folded.matches(MatchFinder.fold("俄罗斯")) == [false, false, false, true, false])
        #expect(folded.matches(MatchFinder.fold("vietnam le")) == [false, false, false, false, false],
                "a match never runs from one title into the next")
    }

    @Test func foldedTitlesFoldArabicCyrillicAndDecomposedVietnamese() {
        let titles = ["الأمين العام يستقبل", "Президент Лукашенко", "To\u{302}ng Bi\u{301} thu\u{31B}"]
        let summaries = titles.enumerated().map { i, t in
            ArticleSummary(id: "\(i)", file: "f\(i)", segment: 1, title: t, date: nil, language: "und",
                           source: nil, countries: [], entityNames: [])
        }
        let folded = FoldedTitles(summaries)
        #expect(folded.matches(MatchFinder.fold("الامين")) == [true, false, false])
        #expect(folded.matches(MatchFinder.fold("ПРЕЗИДЕНТ лукашенко")) == [false, true, false])
        #expect(folded.matches(MatchFinder.fold("tổng bí")) == [false, false, true])
    }
}
