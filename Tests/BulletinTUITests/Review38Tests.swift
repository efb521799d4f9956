import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// The small TUI items left from session 37's user review (/work/notes/s37/ux/report.md).
@Suite struct Review38Tests {
    /// `C-n` / `C-p` did nothing in the list, silently (the pickers' find moved with them): they move as
    /// `j` / `k` do, in the list, the reader, a picker and the help.
    @Test func controlNAndPMoveAsJAndK() throws {
        var p = Fixtures.program()
        p.send(.ctrl("n"))
        p.send(.ctrl("n"))
        #expect(p.state.selection == 2 && p.state.message == nil)
        p.send(.ctrl("p"))
        #expect(p.state.selection == 1)
        // In a reader: scrolls, as j does.
        var r = Program(state: Fixtures.state([Fixtures.long("a", paragraphs: 40)], size: Size(width: 100, height: 20)))
        r.send(try KeyNames.parse("Enter C-n C-n"))
        #expect(r.state.readerScroll == 2)
        r.send(.ctrl("p"))
        #expect(r.state.readerScroll == 1)
        // In a picker and the help: the cursor moves, nothing is toggled, the help stays open.
        var c = try Fixtures.run("c C-n")
        guard case .picker(let picker) = c.state.overlay else { Issue.record("the picker closed"); return }
        #expect(picker.cursor == 1 && c.state.filters.countries.isEmpty)
        c.send(.ctrl("p"))
        if case .picker(let back) = c.state.overlay { #expect(back.cursor == 0) }
        let h = try Fixtures.run("? C-n", size: Size(width: 60, height: 12))
        guard case .help(let scroll) = h.state.overlay else { Issue.record("the help closed"); return }
        #expect(scroll == 1)
    }

    /// Side by side, after a search that matched nothing on one side, `Tab` then `n` jumped to the match on
    /// the other side with no status line; `n` in a reader now says where it went, as Enter counts.
    @Test func nInAReaderSaysWhichMatchItWentTo() throws {
        let plain = Fixtures.long("a", paragraphs: 40)
        var zebra = Fixtures.long("b", paragraphs: 40, marker: (25, "Zebra crossing"))
        zebra.body += "\n\nA last zebra."
        var p = Program(state: Fixtures.state([plain, zebra], size: Size(width: 140, height: 20)))
        // b pinned left, a opened right (focused): no match there.
        p.send(try KeyNames.parse("j s k Enter / z e b r a Enter"))
        #expect(p.state.sideBySide?.right?.articleID == "a" && p.state.sideBySide?.active == .right)
        #expect(p.state.message == "No match for “zebra” in this article", "\(p.state.message ?? "")")
        p.send(.tab)
        #expect(p.state.sideBySide?.active == .left)
        p.send(.char("n"))
        #expect(p.state.message == "Matching line 1 of 2; n/N next/previous", "\(p.state.message ?? "")")
        p.send(.char("n"))
        #expect(p.state.message == "Matching line 2 of 2; n/N next/previous", "\(p.state.message ?? "")")
        p.send(.char("n"))
        #expect(p.state.message == "Search wrapped to the top (matching line 1 of 2)", "\(p.state.message ?? "")")
    }

    /// `|` with a command `/bin/sh` cannot find ended with `nonexistcmd: exit 127`.
    @Test func aCommandNotFoundIsSaidSo() {
        #expect(AppState.commandMessage(.exited(127), command: "nonexistcmd", purpose: .pipe)
                == "Command not found: nonexistcmd (exit 127)")
        #expect(AppState.commandMessage(.exited(126), command: "./notes.txt", purpose: .pipe)
                == "Command not executable: ./notes.txt (exit 126)")
        #expect(AppState.commandMessage(.exited(1), command: "grep x", purpose: .pipe) == "grep x: exit 1")
    }

    /// `bulletin list --search` keeps what a search confirmed in the list marks (`>`): the same articles,
    /// by their titles (as typed) or texts (the last word also as a prefix), uncapped.
    @Test func listSearchMatchesAreTheRowsTheListMarks() throws {
        var articles = Fixtures.all
        articles.append(Fixtures.article("title-only", title: "Lukashenko's letter", date: nil, language: "en",
                                         body: "A letter arrived on Monday.", countries: [], entities: []))
        for query in ["lukash", "ukash", "Minsk", "\"Tô Lâm\"", "visite OR Hanoi", "nothingmatches"] {
            var p = Fixtures.program(articles)
            p.send(.char("/"))
            for c in query { p.send(c == " " ? .space : .char(c)) }
            p.send(.enter)
            let marked = Set(p.state.visible.indices.filter { p.state.isListMatch($0) }.map { p.state.catalog.summaries[p.state.visible[$0]].id })
            #expect(AppState.listSearchMatches(in: p.state.store, query: query) == marked, "\(query)")
            if query == "ukash" { #expect(marked == ["title-only"]) }
            if query == "lukash" { #expect(marked.count >= 2 && marked.contains("title-only")) }
        }
    }

    /// `bulletin screen --ansi` degrades colours as the painter does on the terminal's colours.
    @Test func ansiTextDegradesToTheTerminalsColours() {
        var g = Grid(width: 2, height: 1)
        g.text("a", x: 0, y: 0, style: Style(fg: .indexed(196), bg: .indexed(21), .bold))
        #expect(g.ansiText.hasPrefix("\u{1B}[0;1;38;5;196;48;5;21ma"))
        #expect(g.ansiText(colours: 16).hasPrefix("\u{1B}[0;1;91;44ma"), "\(g.ansiText(colours: 16))")
        #expect(g.ansiText(colours: 8).hasPrefix("\u{1B}[0;1;31;44ma"))
        #expect(g.ansiText(colours: 0).hasPrefix("\u{1B}[0;1ma"))
        #expect(TerminalApp.headlessColours(environment: ["TERM": "xterm-256color", "NO_COLOR": "1"]) == 0)
        #expect(TerminalApp.headlessColours(environment: ["TERM": ""]) == nil)
        #expect(TerminalApp.headlessColours(environment: ["TERM": "no-such-terminal-anywhere"]) == nil)
    }
}
