import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// The help and the pickers take the keys and the mouse a user tries on them:
/// `Q` quits as everywhere else, the wheel scrolls, a click on a picker row
/// toggles it.
@Suite struct OverlayInputTests {
    @Test(arguments: ["? Q", "c Q", "L Q"])
    func shiftQQuitsFromAnOverlay(keys: String) throws {
        let p = try Fixtures.run(keys)
        #expect(p.finished, "\(keys)")
    }

    @Test func theWheelScrollsTheHelp() throws {
        var p = try Fixtures.run("?", size: Size(width: 80, height: 24))
        #expect(HelpOverlay.maxScroll(for: p.state.display, size: p.state.size) > 3, "the help must be longer than its box")
        p.send(.mouse(MouseEvent(.wheelDown, x: 40, y: 12)))
        #expect(p.state.overlay == .help(scroll: 3))
        p.send(.mouse(MouseEvent(.wheelUp, x: 40, y: 12)))
        #expect(p.state.overlay == .help(scroll: 0))
    }

    @Test func theWheelMovesThePickerCursor() throws {
        var p = try Fixtures.run("c", size: Size(width: 80, height: 24))
        let count = p.state.catalog.values(of: .country).count
        #expect(count >= 2)
        p.send(.mouse(MouseEvent(.wheelDown, x: 40, y: 12)))
        guard case .picker(let picker) = p.state.overlay else { Issue.record("the picker closed"); return }
        #expect(picker.cursor == min(3, count - 1))
    }

    @Test func aClickOnAPickerRowTogglesItAndAClickOutsideCloses() throws {
        var p = try Fixtures.run("c", size: Size(width: 80, height: 24))
        let values = p.state.catalog.values(of: .country)
        let inner = PickerOverlay.box(p.state.size, count: values.count).inner
        // The second row: its value is chosen, the picker stays open with the cursor on it.
        p.send(.mouse(MouseEvent(.press, x: inner.x + 10, y: inner.y + 1)))
        guard case .picker(let picker) = p.state.overlay else { Issue.record("the picker closed"); return }
        #expect(picker.cursor == 1)
        #expect(p.state.filters.countries == [values[1].code])
        #expect(p.frame.plainText.contains("[x]"))
        // Again: chosen no more.
        p.send(.mouse(MouseEvent(.press, x: inner.x + 10, y: inner.y + 1)))
        #expect(p.state.filters.countries.isEmpty)
        // On the border: nothing; outside the box: closed.
        p.send(.mouse(MouseEvent(.press, x: inner.x - 1, y: inner.y)))
        #expect(p.state.overlay != .none)
        p.send(.mouse(MouseEvent(.press, x: 0, y: 2)))
        #expect(p.state.overlay == .none)
    }
}

/// What the list and sidebar columns mean is on the help screen: `BY+`, the
/// `*`, dim rows and the sidebar's "here other" said nothing to a new user.
@Suite struct HelpColumnsTests {
    @Test func theHelpExplainsTheColumns() {
        let notes = HelpContent.lines(for: DisplayOptions(bidi: true, shaping: true, theme: .mono)).compactMap { line -> String? in
            if case .note(let text) = line { return text }
            return nil
        }
        #expect(HelpContent.lines(for: DisplayOptions(bidi: true, shaping: true, theme: .mono)).contains(.section("Columns")))
        #expect(notes.contains { $0.contains("BY+") && $0.contains("more countries") })
        #expect(notes.contains { $0.contains("*") && $0.contains("flagged") && $0.contains("dim") })
        #expect(notes.contains { $0.contains("here") && $0.contains("other") })
    }

    @Test func theHelpShowsTheColumnsSection() throws {
        let p = try Fixtures.run("? G", size: Size(width: 120, height: 40))
        #expect(p.frame.plainText.contains("Columns"), "\(p.frame.plainText)")
    }
}

/// The search prompt edits as a shell line does: C-u clears, C-w deletes the last word.
@Suite struct SearchPromptEditingTests {
    @Test func ctrlWDeletesTheLastWord() throws {
        var p = try Fixtures.run("/ T ô Space L â m Space")
        p.send(.ctrl("w"))
        #expect(p.state.search.query == "Tô ")
        p.send(.ctrl("w"))
        #expect(p.state.search.query == "")
        p.send(.ctrl("w"))
        #expect(p.state.search.query == "")
        #expect(p.state.search.editing)
    }
}

/// J and K at the ends of the list say so, rather than doing nothing.
@Suite struct NextArticleAtTheEndsTests {
    @Test func jAtTheLastAndKAtTheFirstArticleSaySo() throws {
        let last = try Fixtures.run("G Enter J")
        #expect(last.state.message == "This is the last article")
        #expect(last.state.selection == last.state.visible.count - 1)
        let first = try Fixtures.run("Enter K")
        #expect(first.state.message == "This is the first article")
        let moved = try Fixtures.run("Enter J")
        #expect(moved.state.message == nil)
        #expect(moved.state.selection == 1)
    }

    @Test func sideBySideSaysSoToo() throws {
        let p = try Fixtures.run("G k s G Enter J")
        #expect(p.state.sideBySide?.right != nil)
        #expect(p.state.message == "This is the last article")
    }
}

/// Esc in the list with nothing to cancel but a filter on says how to clear it
/// (a user leaving an entity filter tries Esc first); with no filter it stays quiet.
@Suite struct EscWithFiltersTests {
    @Test func escInTheFilteredListSaysCClears() throws {
        let p = try Fixtures.run("e Enter Esc")
        #expect(p.state.filters.entity != nil)
        #expect(p.state.message == "Esc leaves the filters on; C clears them")
        let country = try Fixtures.run("] Esc")
        #expect(country.state.message == "Esc leaves the filters on; C clears them")
        let plain = try Fixtures.run("Esc")
        #expect(plain.state.message == nil)
        // Esc that cancels something (a search) does only that.
        let search = try Fixtures.run("] / x Esc")
        #expect(search.state.message == nil)
    }
}

/// `W` lists the warnings from reading the corpus (files skipped and why):
/// the status bar only counted them, and they were printed after quitting.
@Suite struct WarningsOverlayTests {
    static func loaded(problems: [String]) -> Program {
        var p = Program(state: .whileLoading(corpusName: "news", size: Size(width: 80, height: 24),
                                             display: DisplayOptions(theme: .mono)))
        p.apply(.corpusLoaded(LoadedCorpus(store: MemoryStore(articles: Fixtures.all), problems: problems)))
        return p
    }

    @Test func theStatusBarSaysWListsThem() {
        let p = Self.loaded(problems: ["warning: news/a.txt: empty file, skipped"])
        #expect(p.state.message == "1 warning while reading the corpus (W lists them; printed on exit)")
    }

    @Test func wListsThemScrollsAndAnyOtherKeyCloses() {
        let problems = (1...40).map { "warning: news/f\($0).txt: looks binary (NUL byte at offset 3), skipped" }
        var p = Self.loaded(problems: problems)
        p.send(.char("W"))
        #expect(p.state.overlay == .problems(scroll: 0))
        var text = p.frame.plainText
        #expect(text.contains("Warnings (40)"), "\(text)")
        #expect(text.contains("news/f1.txt: looks binary (NUL byte at offset 3), skipped"), "\(text)")
        #expect(!text.contains("warning: news/f1.txt"), "the prefix says nothing here")
        #expect(!text.contains("news/f40.txt"))
        p.send(.char("G"))
        text = p.frame.plainText
        #expect(text.contains("news/f40.txt"), "\(text)")
        p.send(.mouse(MouseEvent(.wheelUp, x: 40, y: 12)))
        if case .problems(let s) = p.state.overlay { #expect(s > 0) } else { Issue.record("closed by the wheel") }
        p.send(.char("x"))
        #expect(p.state.overlay == .none)
        p.send(.char("W"))
        p.send(.char("Q"))
        #expect(p.finished)
    }

    /// QA finding: a warning longer than the box was cut with "…", and the
    /// reason comes last ("…/2024/03/report.txt: invalid UTF-8 at byte offset…").
    /// Now it wraps onto indented rows, which scroll like the others.
    @Test func longWarningsWrapInsteadOfLosingTheReason() {
        let long = "warning: /home/reporter/archives/agence/2024/03/very-long-folder-name/dépêche-0042.txt: "
            + "invalid UTF-8 at byte offset 1 (13 invalid sequences replaced with U+FFFD)"
        let problems = [long] + (1...12).map { "warning: news/f\($0).txt: empty file, skipped" }
        for size in [Size(width: 80, height: 24), Size(width: 40, height: 15)] {
            var p = Program(state: .whileLoading(corpusName: "news", size: size, display: DisplayOptions(theme: .mono)))
            p.apply(.corpusLoaded(LoadedCorpus(store: MemoryStore(articles: Fixtures.all), problems: problems)))
            p.send(.char("W"))
            let rows = ProblemsOverlay.rows(problems, size: size)
            // Every character of the warning is on some row, in order; nothing is cut.
            let joined = rows.prefix { !$0.hasPrefix("news/f1.txt") }.map { $0.replacingOccurrences(of: " ", with: "") }.joined()
            #expect(joined == ProblemsOverlay.text(long).replacingOccurrences(of: " ", with: ""), "\(rows)")
            #expect(rows.allSatisfy { TextWidth.width(of: $0) <= size.width - 6 }, "\(rows)")
            #expect(rows.count > problems.count)
            // Scrolled to the end, the last warning shows; the first rows are wrapped continuations, indented.
            p.send(.char("G"))
            #expect(p.frame.plainText.contains("news/f12.txt: empty file, skipped"), "\(p.frame.plainText)")
            #expect(rows[1].hasPrefix("  ") && !rows[1].hasPrefix("   "))
        }
        // At 80 columns the reason reads whole on the screen.
        var p = Program(state: .whileLoading(corpusName: "news", size: Size(width: 80, height: 24), display: DisplayOptions(theme: .mono)))
        p.apply(.corpusLoaded(LoadedCorpus(store: MemoryStore(articles: Fixtures.all), problems: problems)))
        p.send(.char("W"))
        let text = p.frame.plainText
        #expect(text.contains("dépêche-0042.txt:") && text.contains("replaced with U+FFFD)"), "\(text)")
    }

    @Test func withoutWarningsWSaysSo() throws {
        let p = try Fixtures.run("W")
        #expect(p.state.overlay == .none)
        #expect(p.state.message == "No warnings while reading the corpus")
    }

    @Test func aRescanReplacesTheWarnings() {
        var p = Self.loaded(problems: ["warning: news/a.txt: empty file, skipped"])
        p.apply(.corpusLoaded(LoadedCorpus(store: MemoryStore(articles: Fixtures.all),
                                           problems: ["warning: news/b.txt: empty file, skipped"])))
        #expect(p.state.problems == ["warning: news/b.txt: empty file, skipped"])
    }
}

/// An article opened from a list search whose matches are all below the first
/// screen says where they are and that `n` goes there (it showed the top, with
/// no sign that the word is in the text at all).
@Suite struct OpenFromSearchTests {
    @Test func theFirstMatchBelowTheScreenIsAnnounced() throws {
        let article = Fixtures.long("report", paragraphs: 60, marker: (50, "Zanzibar"))
        var p = Program(state: Fixtures.state([article], size: Size(width: 80, height: 24)))
        p.send(try KeyNames.parse("/ z a n z i b a r Enter Enter"))
        #expect(p.state.focus == .reader)
        let message = try #require(p.state.message)
        #expect(message.hasPrefix("“zanzibar” first appears on line "), "\(message)")
        #expect(message.hasSuffix("; n goes there"))
        p.send(.char("n"))
        let lines = p.state.matchLines(.single)
        #expect(!lines.isEmpty)
        #expect(p.state.readerScroll == lines[0] - 2)
    }

    @Test func aMatchOnTheFirstScreenNeedsNoWord() throws {
        let article = Fixtures.long("report", paragraphs: 60, marker: (1, "Zanzibar"))
        var p = Program(state: Fixtures.state([article], size: Size(width: 80, height: 24)))
        p.send(try KeyNames.parse("/ z a n z i b a r Enter Enter"))
        #expect(p.state.focus == .reader)
        #expect(p.state.message == nil)
    }
}

/// Second audit: at 40 columns the help wrapped "Space b PgDn PgUp" inside
/// its key column, and "PgUp" stood beside the description's second row
/// ("C-f C-b)"), reading as a key of its own. Keys too many for the column
/// now take a row of their own, their description under them.
@Suite struct NarrowHelpKeysTests {
    @Test func keysTooManyForTheColumnTakeARowOfTheirOwn() throws {
        let rows = HelpOverlay.rows(for: DisplayOptions(theme: .mono), size: Size(width: 40, height: 30))
        let i = try #require(rows.firstIndex { $0.key.hasPrefix("Space b") })
        #expect(rows[i] == HelpOverlay.Row(key: "Space b PgDn PgUp"))
        #expect(rows[i + 1].key.isEmpty && rows[i + 1].text.hasPrefix("page down / up"))
        // No key column row holds a lone piece of a key list.
        #expect(!rows.contains { $0.key == "PgUp" })
        let p = try Fixtures.run("?", size: Size(width: 40, height: 30))
        #expect(p.frame.plainText.contains("│ Space b PgDn PgUp"), "\(p.frame.plainText)")
        // Wide, nothing changes: keys and description on one row.
        let wide = HelpOverlay.rows(for: DisplayOptions(theme: .mono), size: Size(width: 120, height: 40))
        #expect(wide.contains { $0.key == "Space b PgDn PgUp" && $0.text.hasPrefix("page down") })
    }
}
