import BulletinKit
import Testing
@testable import BulletinTUI

/// `R`: the corpus files are checked again in the background, as at a warm
/// start, while every key keeps working; what changed is swapped in under the
/// user (the same article selected, the same filters) and said in one line.
@Suite struct ReloadTests {
    static let size = Size(width: 120, height: 40)
    static let stored = RescanTests.stored

    /// The reader as the terminal app drives it: `.reload` is carried out in
    /// the background, whose outcome the test hands over (`apply`).
    static func program(_ articles: [Article] = stored) -> Program {
        var p = Program(state: Fixtures.state(articles, size: size))
        p.reloadsInBackground = true
        return p
    }

    /// `after` as the reload hands it over, with what changed against `before` and the warnings met.
    static func reloaded(_ after: [Article], before: [Article] = stored, changedFiles: Int = 0,
                         problems: [String] = []) -> LoadedCorpus {
        let store = MemoryStore(articles: after)
        let changes = CorpusChanges(before: MemoryStore(articles: before).summaries, after: store.summaries,
                                    changedFiles: changedFiles)
        return LoadedCorpus(store: store, problems: problems, changes: changes)
    }

    @Test func rStartsOneReloadInTheBackgroundAndNotesIt() {
        var p = Self.program()
        #expect(KeyMap.action(for: .char("R"), in: p.state) == .reload)
        let effects = p.send(.char("R"))
        #expect(effects == [.reload])
        #expect(p.state.rescan == RescanState(files: 7, requested: true))
        #expect(p.frame.row(0).contains("7 articles │ checking 7 files…"), "\(p.frame.row(0))")
        #expect(p.frame.row(39).contains("Reloading: checking 7 files for changes…"), "\(p.frame.row(39))")
        // A second R while it runs is ignored, and says so.
        #expect(p.send(.char("R")) == [])
        #expect(p.state.message == "Already reloading (R is ignored until it is done)")
        #expect(p.state.rescan?.requested == true)
        // Every key works meanwhile: the list moves, an article opens.
        p.send([.char("j"), .enter])
        #expect(p.state.focus == .reader && p.state.selectedSummary?.id == "fr-visite")
        #expect(p.state.message == nil)
        // The indexer's reports go to the title bar's note.
        p.apply(.indexProgress(.report(filesDone: 1, filesTotal: 3, bytesDone: 0, bytesTotal: 1), at: 1))
        #expect(p.frame.row(0).contains("indexing 1/3 new files…"))
    }

    @Test func rDuringTheStartsOwnCheckIsIgnored() {
        var p = RescanTests.warm(Self.stored)
        p.reloadsInBackground = true
        #expect(p.send(.char("R")) == [])
        #expect(p.state.message == "Still checking the files since the start (R is ignored until it is done)")
        #expect(p.state.rescan?.requested == false)
        // Once the start's check is done, R works.
        p.apply(.corpusUnchanged(problems: []))
        #expect(p.state.message == "Still checking the files since the start (R is ignored until it is done)",
                "the start's check ends silently")
        #expect(p.send(.char("R")) == [.reload])
    }

    @Test func rWhileTheFirstIndexingRunsSaysToWait() {
        var p = Program(state: .whileLoading(corpusName: "c", size: Self.size))
        #expect(p.send(.char("R")) == [])
        #expect(p.state.rescan == nil)
        #expect(p.state.message?.hasPrefix("Still reading the corpus") == true)
    }

    @Test func nothingChangedIsSaidToo() {
        var p = Self.program()
        p.send([.char("j"), .char("j"), .char("R")])
        let before = p.state
        p.apply(.corpusUnchanged(problems: []))
        #expect(p.state.rescan == nil)
        #expect(p.state.message == "Reloaded: no changes")
        #expect(p.frame.row(39).contains("Reloaded: no changes"))
        #expect(!p.frame.row(0).contains("checking"))
        #expect(p.state.selection == before.selection && p.state.visible == before.visible)
    }

    @Test func theSwapKeepsTheArticleByIDAndTheFiltersAndSaysWhatChanged() {
        var p = Self.program()
        p.state.filters.countries = ["BY"]
        p.state.refilter()
        RescanTests.select("zh-beijing", in: &p)
        let rowBefore = p.state.selection
        p.send(.char("R"))
        // Meanwhile a file came before it (a new BY article), one changed, one went.
        var edited = Fixtures.french
        edited.title = "Tô Lâm achève sa visite"
        var fresh = RescanTests.fresh
        fresh.file = "/corpus/a-first.txt"
        let after = [fresh, Fixtures.english, edited, Fixtures.arabic, Fixtures.vietnamese, Fixtures.chinese, RescanTests.long]
        p.apply(.corpusLoaded(Self.reloaded(after)))
        #expect(p.state.rescan == nil)
        #expect(p.state.selectedSummary?.id == "zh-beijing")
        #expect(p.state.selection == rowBefore + 1, "a new row before it: the cursor follows the article, not the row")
        #expect(p.state.filters.countries == ["BY"])
        #expect(p.state.visible.allSatisfy { p.state.catalog.summaries[$0].countries.contains("BY") })
        #expect(p.state.message == "Reloaded: 1 new article, 1 changed, 1 removed")
        #expect(p.frame.row(39).contains("Reloaded: 1 new article, 1 changed, 1 removed"), "\(p.frame.row(39))")
        #expect(p.frame.row(0).contains("of 7 articles │ countries: BY"), "\(p.frame.row(0))")
        #expect(p.frame.plainText.contains("Tô Lâm achève"), "\(p.frame.plainText)")
    }

    @Test func aFileThatBecameUnreadableGivesTheUsualWarning() {
        let old = ["warning: c/old.txt: empty file, skipped"]
        var p = Self.program()
        p.state.problems = old
        p.send(.char("R"))
        // The Russian article's file became binary: the article goes, the warning comes.
        let bad = "warning: c/ru-astana.txt: binary file (NUL bytes), skipped"
        let after = Self.stored.filter { $0.id != "ru-astana" }
        p.apply(.corpusLoaded(Self.reloaded(after, problems: old + [bad])))
        #expect(p.state.message == "Reloaded: 1 article removed; 1 new warning (W lists it)")
        #expect(p.state.problems == old + [bad])
        p.send(.char("W"))
        #expect(p.frame.plainText.contains("ru-astana.txt: binary file"))
        // A new bad file with no article changed: still said, and listed.
        p.send([.char("q"), .char("R")])
        let another = "warning: c/new.txt: invalid UTF-8 at byte 3, replaced"
        p.apply(.corpusUnchanged(problems: old + [bad, another]))
        #expect(p.state.message == "Reloaded: no changes; 1 new warning (W lists it)")
        #expect(p.state.problems.count == 3)
        // Two at once are counted; the old ones are not new.
        #expect(AppState.reloadNote("no changes", old: old, new: old + ["warning: a", "warning: b", "notice"])
                == "Reloaded: no changes; 2 new warnings (W lists them)")
    }

    @Test func aReloadThatCannotRunLeavesTheListAndLetsRTryAgain() {
        var p = Self.program()
        p.send(.char("R"))
        p.apply(.corpusFailed("cannot open the index", problems: []))
        #expect(p.state.rescan == nil && p.state.loading == nil)
        #expect(p.state.message == "cannot open the index")
        #expect(p.state.catalog.summaries.count == 7)
        #expect(p.send(.char("R")) == [.reload])
    }

    @Test func headlessProgramsReloadInlineOrSayTheyCannot() {
        // `bulletin screen` reloads on its own thread through `reloader`.
        var p = Program(state: Fixtures.state(Self.stored, size: Self.size))
        p.reloader = { shown in
            #expect(shown.count == 7)
            return .loaded(Self.reloaded(Self.stored + [RescanTests.fresh]))
        }
        p.send([.char("j"), .char("R")])
        #expect(p.state.rescan == nil)
        #expect(p.state.message == "Reloaded: 1 new article")
        #expect(p.state.selectedSummary?.id == "fr-visite")
        // Without one, R says so and leaves nothing running.
        var q = Program(state: Fixtures.state(Self.stored, size: Self.size))
        q.send(.char("R"))
        #expect(q.state.rescan == nil)
        #expect(q.state.message == "R reloads in the full-screen reader only")
    }

    @Test func theHelpScreenNamesR() {
        var p = Self.program()
        p.send(.char("?"))
        var text = p.frame.plainText
        for _ in 0..<10 { p.send(.pageDown); text += p.frame.plainText }
        #expect(text.contains("reload: re-read new, changed and removed files"))
    }

    /// The index counts a file made binary as re-read ("changed") while its
    /// article is gone: one edit and one such file are 1 changed, 1 removed.
    @Test func aFileThatLostItsArticlesIsRemovedNotChanged() {
        let before = MemoryStore(articles: Self.stored).summaries
        let after = before.filter { $0.id != "ru-astana" }
        #expect(CorpusChanges(before: before, after: after, changedFiles: 2, removedFiles: 0)
                == CorpusChanges(changed: 1, removed: 1))
        // Deleted from the disk instead: the index says so, and the edit stays counted.
        #expect(CorpusChanges(before: before, after: after, changedFiles: 1, removedFiles: 1)
                == CorpusChanges(changed: 1, removed: 1))
        #expect(CorpusChanges(before: before, after: after, changedFiles: 1, removedFiles: 0)
                == CorpusChanges(removed: 1))
    }
}
