import BulletinKit
import Testing
@testable import BulletinTUI

/// The loading state (first indexing in the background): what the keys do
/// while waiting, the progress screen, and the swap to the real articles.
@Suite struct LoadingTests {
    static let small = Size(width: 80, height: 24)

    static func loading(size: Size = small) -> Program {
        Program(state: .whileLoading(corpusName: "news", size: size,
                                display: DisplayOptions(bidi: true, shaping: true, theme: .mono)))
    }

    static func progress(_ done: Int, of total: Int, mb: Double, ofMB: Double) -> IndexProgress {
        IndexProgress.report(filesDone: done, filesTotal: total, bytesDone: Int64(mb * 1_048_576),
                      bytesTotal: Int64(ofMB * 1_048_576))
    }

    static func loaded(_ articles: [Article] = Fixtures.all, problems: [String] = []) -> LoadedCorpus {
        LoadedCorpus(store: MemoryStore(articles: articles), problems: problems)
    }

    @Test func startsWithNoArticlesAndSaysItIsLooking() {
        let p = Self.loading()
        #expect(p.state.loading == LoadingState())
        #expect(p.state.catalog.summaries.isEmpty)
        let text = p.frame.plainText
        #expect(text.contains("Looking for articles"))
        #expect(text.contains("q quits; indexing resumes next time"))
        #expect(text.contains("Bulletin │ news │ opening…"))
    }

    @Test func progressFillsTheBarAndShowsCounts() {
        var p = Self.loading()
        p.apply(.indexProgress(Self.progress(0, of: 3000, mb: 0, ofMB: 12), at: 0.5))
        p.apply(.indexProgress(Self.progress(1500, of: 3000, mb: 6, ofMB: 12), at: 4.5))
        #expect(p.state.loading?.fraction == 0.5)
        let text = p.frame.plainText
        #expect(text.contains("1,500 of 3,000 files · 6.0 of 12.0 MB"))
        #expect(text.contains("50%"))
        #expect(text.contains("indexing 1,500/3,000 files"))
        // Half done after 4 s of indexing: about 4 s left.
        #expect(text.contains("about 4 s left"))
        let bar = text.split(separator: "\n").first { $0.contains("[") && $0.contains("]") }.map(String.init) ?? ""
        let full = bar.filter { $0 == "█" }.count, empty = bar.filter { $0 == "░" }.count
        #expect(full > 0 && full == empty, "half the bar filled: \(bar)")
    }

    @Test func noEstimateBeforeTwoSecondsOrThreePercent() {
        var l = LoadingState(progress: Self.progress(10, of: 3000, mb: 0.01, ofMB: 12), startedAt: 0, updatedAt: 5)
        #expect(l.secondsLeft == nil)
        l.progress = Self.progress(600, of: 3000, mb: 2.4, ofMB: 12)
        l.updatedAt = 1
        #expect(l.secondsLeft == nil)
        l.updatedAt = 3
        #expect(abs((l.secondsLeft ?? 0) - 12) < 0.01)
        #expect(LoadingState.etaText(12) == "about 12 s left")
        #expect(LoadingState.etaText(150) == "about 3 min left")
    }

    @Test func keysThatNeedArticlesWaitAndSaySo() {
        var p = Self.loading()
        p.apply(.indexProgress(Self.progress(10, of: 100, mb: 0.1, ofMB: 1), at: 1))
        for key in ["/", "c", "L", "Enter", "s", "u", "*", "U", "F", "]", "e", "Tab"] {
            var q = p
            q.send(try! KeyNames.parse(key))
            #expect(q.state.overlay == .none, "\(key)")
            #expect(q.state.search == SearchState(), "\(key)")
            #expect(q.state.filters.isEmpty, "\(key)")
            #expect(q.state.focus == .list, "\(key)")
            #expect(q.effects.isEmpty, "\(key)")
            #expect(q.state.message?.contains("Still reading the corpus") == true, "\(key)")
            #expect(q.frame.plainText.contains("Still reading the corpus"), "\(key)")
        }
        // Moving is harmless and keeps the progress screen.
        p.send([.char("j"), .char("G"), .pageDown])
        #expect(p.state.loading != nil)
        #expect(!p.finished)
    }

    /// UX review: "Still reading the corpus" stayed on the status line after the list appeared.
    @Test func theWaitMessageGoesWhenTheListAppears() {
        var p = Self.loading()
        p.send(.char("/"))
        #expect(p.state.message?.contains("Still reading the corpus") == true)
        p.apply(.corpusLoaded(Self.loaded()))
        #expect(p.state.message == nil)
        #expect(!p.frame.plainText.contains("Still reading the corpus"))
    }

    @Test func qQuitsWhileLoading() {
        var p = Self.loading()
        p.send(.char("q"))
        #expect(p.finished)
        #expect(p.effects == [.quit])
        #expect(!p.interrupted)
    }

    @Test func ctrlCQuitsAsInterrupted() {
        var p = Self.loading()
        p.send(.ctrl("c"))
        #expect(p.finished)
        #expect(p.interrupted)
    }

    @Test func helpWorksWhileLoadingAndStaysOpenAcrossTheSwap() {
        var p = Self.loading()
        p.send(.char("?"))
        #expect(p.state.overlay == .help(scroll: 0))
        #expect(p.frame.plainText.contains("Keys"))
        p.send(.char("j"))
        p.apply(.corpusLoaded(Self.loaded()))
        #expect(p.state.loading == nil)
        #expect(p.state.overlay == .help(scroll: 1))
        p.send(.esc)
        #expect(p.state.overlay == .none)
        #expect(p.frame.plainText.contains("Belarus and Vietnam deepen parliamentary ties"))
    }

    @Test func swapInShowsTheArticlesAtTheCurrentSize() {
        var p = Self.loading()
        p.apply(.resize(Size(width: 120, height: 40)))
        p.apply(.indexProgress(Self.progress(6, of: 6, mb: 0.1, ofMB: 0.1), at: 1))
        // Progress counts files processed: at 6 of 6 the last batch is still being written.
        #expect(p.frame.plainText.contains("Finishing the index"))
        p.apply(.corpusLoaded(Self.loaded()))
        #expect(p.state.size == Size(width: 120, height: 40))
        #expect(p.state.visible.count == 6)
        #expect(p.state.selection == 0)
        // Same screen as a reader opened on the articles directly.
        var direct = Fixtures.state(size: Size(width: 120, height: 40))
        direct.corpusName = "news"
        #expect(p.frame == Renderer.render(direct))
        // And the keys work again.
        p.send([.char("j"), .enter])
        #expect(p.state.focus == .reader)
        #expect(p.effects.contains(.setRead(id: "fr-visite", read: true)))
    }

    @Test func swapInKeepsReadStateAndCountsProblems() {
        var p = Program(state: .whileLoading(corpusName: "news", size: Self.small,
                                        display: DisplayOptions(theme: .mono), readIDs: ["fr-visite"]))
        p.apply(.corpusLoaded(Self.loaded(problems: ["warning: a.txt: empty file", "index rebuilt"])))
        #expect(p.state.readIDs == ["fr-visite"])
        #expect(p.state.message == "2 warnings while reading the corpus (W lists them; printed on exit)")
        #expect(p.frame.plainText.contains("2 warnings while reading the corpus"))
    }

    /// A second `.corpusLoaded` used to be ignored; it is now the warm start's
    /// swap-in (see RescanTests), which keeps the user's place: the loading
    /// screen does not come back and the selected article stays selected.
    @Test func progressAfterTheSwapIsIgnored() {
        var p = Self.loading()
        p.apply(.corpusLoaded(Self.loaded()))
        let before = p.state.visible
        p.apply(.indexProgress(Self.progress(1, of: 2, mb: 0, ofMB: 0), at: 9))
        #expect(p.state.loading == nil)
        #expect(p.state.rescan == nil)
        #expect(p.state.visible == before)
        let selected = p.state.selectedSummary?.id
        p.apply(.corpusLoaded(Self.loaded(Fixtures.all + [Fixtures.long("extra", paragraphs: 2)])))
        #expect(p.state.loading == nil)
        #expect(p.state.visible.count == before.count + 1)
        #expect(p.state.selectedSummary?.id == selected)
    }

    @Test func failureIsShownAndQQuits() {
        var p = Self.loading()
        p.apply(.corpusFailed("no articles could be read from /tmp/empty"))
        let text = p.frame.plainText
        #expect(text.contains("No articles to show"))
        #expect(text.contains("no articles could be read from /tmp/empty"))
        p.send(.char("/"))
        #expect(p.state.message == "No articles to show (q quits)")
        p.send(.char("q"))
        #expect(p.finished)
    }

    /// Every file skipped: the screen has room to say why, so the user need not
    /// quit to read the reasons (they are printed on exit too).
    @Test func failureListsTheProblemsOnTheScreen() {
        var p = Self.loading()
        let problems = (1...30).map { "warning: /news/f\($0).txt: empty file, skipped" }
        p.apply(.corpusFailed("no articles could be read from /news (30 problems; printed on exit)", problems: problems))
        let rows = p.frame.rows
        #expect(rows.contains { $0.contains("/news/f1.txt: empty file, skipped") })
        #expect(!rows.contains { $0.contains("warning: /news/f1.txt") }, "the prefix says nothing on this screen")
        // As many as fit, then how many more; q quits stays on screen.
        #expect(rows.contains { $0.contains("… and ") && $0.contains(" more") })
        #expect(rows.contains { $0.contains("q quits") })
        #expect(!rows.contains { $0.contains("/news/f30.txt") })
    }

    @Test func snapshots() {
        var p = Self.loading()
        Snapshot.assert(p.frame, named: "loading-start-80x24")
        p.apply(.indexProgress(Self.progress(0, of: 3000, mb: 0, ofMB: 11.3), at: 0.2))
        p.apply(.indexProgress(Self.progress(1110, of: 3000, mb: 4.2, ofMB: 11.3), at: 6.2))
        Snapshot.assert(p.frame, named: "loading-progress-80x24")
        p.send(.char("?"))
        Snapshot.assert(p.frame, named: "loading-help-80x24")
        var f = Self.loading()
        f.apply(.corpusFailed("no articles could be read from /tmp/empty"))
        Snapshot.assert(f.frame, named: "loading-failed-80x24")
    }
}

/// The reader's status-bar position.
@Suite struct ReaderPositionTests {
    @Test func shortArticleSaysAllInsteadOfALineCount() throws {
        let p = try Fixtures.run("Enter", size: Size(width: 120, height: 40))
        #expect(StatusBar.position(p.state) == "all")
    }

    @Test func longArticleShowsLineAndPercent() throws {
        var p = Program(state: Fixtures.state([Fixtures.long("a", paragraphs: 60)], size: Size(width: 80, height: 24)))
        p.send(.enter)
        #expect(StatusBar.position(p.state).hasPrefix("line 1/"))
        #expect(StatusBar.position(p.state).hasSuffix(" 0%"))
        p.send(.char("G"))
        #expect(StatusBar.position(p.state).hasSuffix(" 100%"))
    }
}

/// Ctrl-C: quits from anywhere (like Q), saving the reading position, and marks the quit as interrupted.
@Suite struct InterruptTests {
    @Test func ctrlCFromTheReaderSavesThePositionAndIsInterrupted() throws {
        var p = Program(state: Fixtures.state([Fixtures.long("a", paragraphs: 60)], size: Size(width: 80, height: 24)))
        p.send([.enter, .char("j"), .char("j"), .ctrl("c")])
        #expect(p.finished)
        #expect(p.interrupted)
        #expect(p.effects.suffix(2) == [.setPosition(id: "a", line: 2), .quit])
    }

    @Test func qAndQAreNotInterrupted() throws {
        for key in [Key.char("Q"), .char("q")] {
            var p = try Fixtures.run("")
            p.send(key)
            #expect(p.finished)
            #expect(!p.interrupted)
        }
    }
}

/// Ctrl-D / Ctrl-U: half a page, in the list and in the reader.
@Suite struct HalfPageTests {
    @Test func halfPageInTheReaderScrollsHalfThePane() throws {
        var p = Program(state: Fixtures.state([Fixtures.long("a", paragraphs: 60)], size: Size(width: 80, height: 24)))
        p.send(.enter)
        let page = p.state.readerMetrics(.single).page
        p.send(.ctrl("d"))
        #expect(p.state.readerScroll == page / 2)
        p.send(.ctrl("d"))
        #expect(p.state.readerScroll == 2 * (page / 2))
        p.send(.ctrl("u"))
        #expect(p.state.readerScroll == page / 2)
    }

    @Test func halfPageInTheListMovesTheSelection() throws {
        let articles = (0..<100).map { Fixtures.long("a\($0)", paragraphs: 1) }
        var p = Program(state: Fixtures.state(articles, size: Size(width: 80, height: 24)))
        let half = p.state.listPage / 2
        p.send(.ctrl("d"))
        #expect(p.state.selection == half)
        p.send(.ctrl("u"))
        #expect(p.state.selection == 0)
    }
}

/// The loading screen fits every size the reader supports.
@Suite struct LoadingSizesTests {
    @Test func everySizeDrawsTheBarWithinTheScreen() {
        for (w, h) in [(30, 6), (40, 10), (50, 16), (120, 40), (200, 50)] {
            var p = Program(state: .whileLoading(corpusName: "a-rather-long-corpus-name", size: Size(width: w, height: h),
                                                 display: DisplayOptions(theme: .mono)))
            p.apply(.indexProgress(.report(filesDone: 500, filesTotal: 1000, bytesDone: 1 << 20, bytesTotal: 2 << 20), at: 3))
            let grid = p.frame
            #expect(grid.width == w && grid.height == h)
            let text = grid.plainText
            #expect(text.contains("50%"), "\(w)x\(h)")
            if h >= 10 { #expect(text.contains("["), "\(w)x\(h): the bar") }
        }
    }
}

/// A printable key that means nothing says so, and changes nothing else.
@Suite struct UnboundKeyTests {
    @Test func unboundKeySaysSoAndTheNextKeyClearsIt() throws {
        var p = try Fixtures.run("j")
        let before = p.state.selection
        p.send(.char("x"))
        #expect(p.state.message == "Key x does nothing here; ? lists the keys")
        #expect(p.state.selection == before)
        #expect(p.effects.isEmpty)
        p.send(.char("j"))
        #expect(p.state.message == nil)
    }

    @Test func controlAndSearchKeysAreNotReported() throws {
        var p = try Fixtures.run("C-l")
        #expect(p.state.message == nil)
        p = try Fixtures.run("/ x")
        #expect(p.state.search.query == "x")
    }
}

/// The status bar's key hints on narrow terminals.
@Suite struct StatusHintTests {
    @Test func hintsThatDoNotFitAreDroppedWholeKeepingHelp() {
        let hints = "j/k scroll  Space page  J/K next  e entities  s side by side  q back  ? help"
        #expect(StatusBar.fitHints(hints, width: 200) == hints)
        let fitted = StatusBar.fitHints(hints, width: 60)
        #expect(fitted == "j/k scroll  Space page  J/K next  e entities  ? help")
        #expect(StatusBar.fitHints(hints, width: 8) == "? help")
        #expect(StatusBar.fitHints(hints, width: 4) == "j/k…")
    }

    @Test func narrowReaderStatusBarHasNoCutHint() throws {
        for width in [80, 50] {
            let p = try Fixtures.run("Enter", size: Size(width: width, height: 20))
            let bar = p.frame.row(19)
            #expect(!bar.contains("…"), "width \(width): \(bar)")
            #expect(bar.contains("? help"), "width \(width): \(bar)")
        }
    }
}

/// The `/` prompt in the status bar.
@Suite struct SearchPromptTests {
    @Test func listFailureSaysTitlesOnlyAndThatEnterSearchesTexts() throws {
        let p = try Fixtures.run("/ q x q x")
        #expect(p.frame.row(39).contains("/qxqx_   (not in a title; Enter searches the full text)"))
        let reader = try Fixtures.run("Enter / q x q x")
        #expect(reader.frame.row(39).contains("/qxqx_   (no match)"))
    }

    @Test func longQueryShowsItsEndWhereTheTypingIs() throws {
        let query = "the quick brown fox jumps over the lazy dog near Minsk"
        let keys = "/ " + query.map { $0 == " " ? "Space" : String($0) }.joined(separator: " ")
        let p = try Fixtures.run(keys, size: Size(width: 40, height: 10))
        let bar = p.frame.row(9)
        #expect(bar.contains("near Minsk_"), "\(bar)")
        #expect(bar.contains("/…"), "\(bar)")
    }
}
