import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// QA finding: an Arabic query read backwards, its letters apart, at the `/`
/// prompt, in the message after Enter and in the title bar, while the reader
/// showed the same words right: the bars now lay out their text as the panes do.
@Suite struct BarBidiTests {
    @Test func anArabicQueryReadsRightToLeftInTheBars() throws {
        let word = "بيلار"
        let shown = String(word.reversed())  // bidi on, shaping off: the letters in visual order
        for bidi in [true, false] {
            var p = Program(state: AppState(store: MemoryStore(articles: Fixtures.all), corpusName: "fixtures",
                                            size: Size(width: 100, height: 20),
                                            display: DisplayOptions(bidi: bidi, shaping: false, theme: .mono)))
            p.send(try KeyNames.parse("Enter / " + word.map(String.init).joined(separator: " ")))
            let prompt = p.frame.row(19)
            #expect(prompt.contains("/" + (bidi ? shown : word) + "_"), "\(prompt)")
            p.send(.enter)
            let frame = p.frame
            #expect(frame.row(0).contains("search: " + (bidi ? shown : word)), "\(frame.row(0))")
            #expect(frame.row(19).contains("“" + (bidi ? shown : word) + "”") || frame.row(19).contains("”" + shown + "“"),
                    "\(frame.row(19))")
        }
    }
}

/// QA finding: with a picker open the status bar still offered the list's
/// keys ("Enter open  / search"), which the picker takes for itself; at 40
/// columns its own border had lost "Esc close".
@Suite struct OverlayHintsTests {
    @Test func theStatusBarSaysWhatThePickerKeysDo() throws {
        for size in [Size(width: 100, height: 24), Size(width: 40, height: 15)] {
            var p = Program(state: Fixtures.state(size: size))
            p.send(.char("c"))
            let bar = p.frame.row(size.height - 1)
            #expect(bar.contains("Esc close") && !bar.contains("Enter open"), "\(bar)")
            p.send(.esc)
            p.send(.char("?"))
            #expect(p.frame.row(size.height - 1).contains("other keys close"), "\(p.frame.row(size.height - 1))")
        }
    }
}

/// The status bar's right side gave the position of the pane under an open picker
/// or help (`line 1/17 0%` under the help): now the picker's row, and nothing
/// under the help and the warnings, which say on their border how they scroll.
@Suite struct OverlayPositionTests {
    @Test func thePositionIsThePickersOrNone() throws {
        var p = Program(state: Fixtures.state(size: Size(width: 100, height: 24)))
        p.send(try KeyNames.parse("Enter c j"))
        let count = p.state.catalog.values(of: .country).count
        #expect(StatusBar.position(p.state) == "2/\(count)")
        #expect(p.frame.row(23).hasSuffix("2/\(count) "))
        p.send(try KeyNames.parse("Esc ?"))
        #expect(StatusBar.position(p.state) == "")
        #expect(!p.frame.row(23).contains("line "))
        p.send(.esc)
        #expect(StatusBar.position(p.state).hasPrefix("line ") || StatusBar.position(p.state) == "all")
    }
}

/// Audit finding: at 40 columns the status bar cut its message mid-word
/// ("Choose the right art…", "No warnings while reading the cor…"), the title
/// bar its parts ("│ sid…"), and the loading screen its sentences ("later starts
/// read o…"). Messages now drop their asides and last clauses, then whole words;
/// the title bar drops the program's name and shortens the corpus name; the
/// loading screen wraps. Checked at 40, 60 and 80 columns.
@Suite struct WholeWordsTests {
    /// The words of `text` without the punctuation around them.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "│" }).map {
            String($0).trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.symbols)
                .union(CharacterSet(charactersIn: "…“”()")))
        }.filter { !$0.isEmpty }
    }

    /// Every word `shown` holds is a whole word of `full` (a final "…" may follow one).
    static func expectWholeWords(_ shown: String, of full: String, _ note: String,
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        let all = Set(words(full))
        for word in words(shown) {
            #expect(all.contains(word), "\(note): “\(word)” is cut in “\(shown)”", sourceLocation: sourceLocation)
        }
    }

    static let scripts = ["", "Enter", "e", "j s", "j s Enter", "j s Enter =", "c", "c Space", "?", "W", "x", "U",
                          "F", "]", "e Enter", "Enter S", "/ z z Enter", "/ M i n s k Enter", "j s Enter S"]

    @Test(arguments: [40, 60, 80])
    func barsShowWholeWords(width: Int) throws {
        for keys in Self.scripts {
            let p = try Fixtures.run(keys, size: Size(width: width, height: 14))
            let status = p.frame.row(13), title = p.frame.row(0)
            let full = (p.state.message ?? StatusBar.hints(p.state)) + " " + StatusBar.position(p.state)
            Self.expectWholeWords(status, of: full, "\(width) [\(keys)] status")
            Self.expectWholeWords(title, of: TitleBar.text(p.state), "\(width) [\(keys)] title")
            // Something is said: the start of the message or of the hints.
            #expect(status.contains(String((p.state.message ?? StatusBar.hints(p.state)).prefix(5))), "\(width) [\(keys)]: \(status)")
        }
    }

    @Test(arguments: [40, 60, 80])
    func theLoadingScreenWrapsWholeWords(width: Int) {
        var p = Program(state: .whileLoading(corpusName: "a-rather-long-corpus-name", size: Size(width: width, height: 16),
                                             display: DisplayOptions(theme: .mono)))
        p.apply(.indexProgress(.report(filesDone: 500, filesTotal: 1000, bytesDone: 1 << 20, bytesTotal: 2 << 20), at: 3))
        p.apply(.indexProgress(.report(filesDone: 600, filesTotal: 1000, bytesDone: 1 << 20, bytesTotal: 2 << 20), at: 6))
        let loading = p.state.loading!
        let full = LoadingPane.lines(loading, width: width).joined(separator: " ")
        let text = p.frame.plainText
        Self.expectWholeWords(text.split(separator: "\n").dropFirst(2).joined(separator: " "), of: full + " q quit ? help 60%",
                              "\(width) loading")
        #expect(text.contains("files.") && text.contains("left"), "\(text)")
        p.apply(.corpusFailed("No articles in /tmp/x: 3 files skipped (not text); see the warnings below",
                              problems: ["warning: a.bin: not text"]))
        let failed = p.frame.plainText
        #expect(failed.contains("below") && failed.contains("a.bin: not text"), "\(failed)")
    }

    /// New-user finding (s46): a resumed first indexing says the files an earlier run indexed are kept (it counted
    /// only those left: "0 of 7,226 files"); a first run says nothing of the kind, nor does the last report.
    @Test func aResumedIndexingSaysWhatIsKept() {
        var p = Program(state: .whileLoading(corpusName: "c10k", size: Size(width: 80, height: 24), display: DisplayOptions(theme: .mono)))
        p.apply(.indexProgress(.report(filesDone: 641, filesTotal: 7226, bytesDone: 1 << 20, bytesTotal: 18 << 20, filesKept: 2774), at: 3))
        #expect(p.frame.plainText.contains("641 of 7,226 files"), "\(p.frame.plainText)")
        #expect(p.frame.plainText.contains("2,774 indexed before, kept"), "\(p.frame.plainText)")
        var q = Program(state: .whileLoading(corpusName: "c10k", size: Size(width: 80, height: 24), display: DisplayOptions(theme: .mono)))
        q.apply(.indexProgress(.report(filesDone: 641, filesTotal: 10000, bytesDone: 1 << 20, bytesTotal: 25 << 20), at: 3))
        #expect(!q.frame.plainText.contains("kept"), "\(q.frame.plainText)")
        #expect(LoadingPane.kept(.report(filesDone: 10, filesTotal: 10, bytesDone: 1, bytesTotal: 1, filesKept: 5)) == nil)
    }

    /// At 40x12 the time estimate pushed "q quits; indexing resumes next time" off the
    /// pane: on a small screen the explanation of the wait goes first, then blank lines.
    @Test func aSmallLoadingScreenKeepsHowToLeave() {
        for (w, h) in [(40, 12), (40, 10), (60, 12), (80, 24)] {
            var p = Program(state: .whileLoading(corpusName: "news", size: Size(width: w, height: h),
                                                 display: DisplayOptions(theme: .mono)))
            p.apply(.indexProgress(.report(filesDone: 500, filesTotal: 1000, bytesDone: 1 << 20, bytesTotal: 2 << 20), at: 3))
            p.apply(.indexProgress(.report(filesDone: 600, filesTotal: 1000, bytesDone: 1 << 20, bytesTotal: 2 << 20), at: 6))
            let text = p.frame.plainText
            #expect(text.contains("q quits; indexing resumes next time") && text.contains("left") && text.contains("["),
                    "\(w)x\(h):\n\(text)")
            #expect(text.contains("The list appears") == (w > 40), "\(w)x\(h):\n\(text)")
        }
    }

    @Test func aMessageDropsItsAsidesThenItsLastClauses() throws {
        let m = "2 articles match “Minsk” (0 in the title); n/N next/previous"
        #expect(StatusBar.shortenings(m) == [m, "2 articles match “Minsk”; n/N next/previous", "2 articles match “Minsk”"])
        #expect(StatusBar.fitMessage(m, width: 60) == m)
        #expect(StatusBar.fitMessage(m, width: 45) == "2 articles match “Minsk”; n/N next/previous")
        #expect(StatusBar.fitMessage(m, width: 30) == "2 articles match “Minsk”")
        #expect(StatusBar.fitMessage("Pinned left. Choose the right article and press Enter", width: 20) == "Pinned left. Choose…")
        #expect(TextLayout.truncateAtWord("习近平会见越南国家主席", to: 9) == "习近平会…")
        // At 40 columns the message after `s` still says which key chooses (English and Chinese share one
        // name only: no other report is proposed, `OtherReportTUITests`).
        let pinned = try Fixtures.run("s", size: Size(width: 40, height: 12),
                                      articles: [Fixtures.english, Fixtures.chinese]).frame.row(11)
        #expect(pinned.contains("Pinned left; Enter picks the right one"), "\(pinned)")
    }
}
