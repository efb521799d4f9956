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
        for reserved: Character in ["j", "k", "q", "c", "C", "L", " "] {
            #expect(!KeyMap.hotkeys.contains(reserved))
        }
        #expect(Set(KeyMap.hotkeys).count == KeyMap.hotkeys.count)
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

@Suite struct PainterFallbackTests {
    init() { setlocale(LC_ALL, "C.UTF-8") }

    @Test func plainAndWideClustersFitACell() {
        #expect(CursesPainter.scalarsCursesCanHold("a", width: 1, max: 5) == [0x61])
        #expect(CursesPainter.scalarsCursesCanHold("中", width: 2, max: 5) == [0x4E2D])
        #expect(CursesPainter.scalarsCursesCanHold("ệ", width: 1, max: 5) != nil)
        #expect(CursesPainter.scalarsCursesCanHold("e\u{302}\u{323}", width: 1, max: 5) == [0x65, 0x302, 0x323])
    }

    @Test func clustersCursesCannotHoldFallBack() {
        // A ZWJ family: several spacing characters in one cluster.
        #expect(CursesPainter.scalarsCursesCanHold("👨‍👩‍👧", width: 2, max: 5) == nil)
        // One base with five marks: more than a cell holds.
        #expect(CursesPainter.scalarsCursesCanHold("a\u{301}\u{302}\u{303}\u{304}\u{305}", width: 1, max: 5) == nil)
        // A width curses would count differently from the grid.
        #expect(CursesPainter.scalarsCursesCanHold("a", width: 2, max: 5) == nil)
        // A lone mark or a control.
        #expect(CursesPainter.scalarsCursesCanHold("\u{301}", width: 1, max: 5) == nil)
        #expect(CursesPainter.scalarsCursesCanHold("\u{1B}", width: 1, max: 5) == nil)
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
        let shown = (list.content.y..<list.content.maxY).filter { y in grid[list.content.x + 2, y].text != " " || grid[list.content.x + 13, y].text != " " }
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
}
