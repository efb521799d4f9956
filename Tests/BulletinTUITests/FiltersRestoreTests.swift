import BulletinKit
import Testing
@testable import BulletinTUI

/// The filters a run leaves on a corpus come back at the next start
/// (`AppState.restore(filters:)`), said once in the status bar; a kept value
/// the corpus no longer has is dropped with a word, never shown as an empty list.
@Suite struct FiltersRestoreTests {
    static let size = Size(width: 120, height: 40)

    /// What the last run kept, as the state database gives it back.
    static func kept(_ filters: Filters) -> SavedFilters { filters.saved }

    @Test func filtersRoundTripThroughTheSavedForm() {
        let f = Filters(countries: ["VN", "BY"], languages: ["fr"], entity: "Tô Lâm", unreadOnly: true, flaggedOnly: true)
        #expect(f.saved.countries == ["BY", "VN"], "sorted: equal sets, equal rows")
        #expect(Filters(f.saved) == f)
        #expect(Filters().saved.isEmpty)
        #expect(f.summary == "countries BY VN, language fr, entity Tô Lâm, unread only, flagged only")
    }

    @Test func theFiltersComeBackAndTheStatusBarSaysSoOnce() throws {
        var first = Program(state: Fixtures.state(size: Self.size))
        first.send(try KeyNames.parse("] U"))  // the first country, unread only
        let saved = try #require(first.state.keptFilters)
        #expect(saved == SavedFilters(countries: ["VN"], unreadOnly: true))
        #expect(first.state.search.query.isEmpty)

        var next = Program(state: Fixtures.state(size: Self.size))
        next.state.restore(filters: saved)
        #expect(next.state.filters == Filters(countries: ["VN"], unreadOnly: true))
        #expect(next.state.visible.count == 5)
        #expect(next.state.message == "Filters restored: country VN, unread only — C clears")
        #expect(next.frame.row(39).contains("Filters restored: country VN, unread only — C clears"))
        #expect(next.frame.row(0).contains("5 of 6 articles │ countries: VN │ unread"), "\(next.frame.row(0))")
        next.send(.char("j"))
        #expect(next.state.message == nil, "said once")
        next.send(.char("C"))
        #expect(next.state.filters.isEmpty && next.state.visible.count == 6)
        #expect(next.state.keptFilters?.isEmpty == true)
    }

    @Test func theSearchIsNotKept() throws {
        var p = Program(state: Fixtures.state(size: Self.size))
        p.send(try KeyNames.parse("} / B e l a r u s Enter"))  // the first language, then a search
        #expect(p.state.search.query == "Belarus" && p.state.filters.languages.count == 1)
        let kept = try #require(p.state.keptFilters)
        #expect(kept == SavedFilters(languages: p.state.filters.languages))
        var next = Fixtures.state(size: Self.size)
        next.restore(filters: kept)
        #expect(next.filters.languages == p.state.filters.languages && next.search.query.isEmpty)
    }

    @Test func aCountryTheCorpusNoLongerHasIsDropped() {
        var s = Fixtures.state(size: Self.size)
        s.restore(filters: SavedFilters(countries: ["XK", "KZ"], languages: ["ru"]))
        #expect(s.filters == Filters(countries: ["KZ"], languages: ["ru"]))
        #expect(s.visible.map { s.catalog.summaries[$0].id } == ["ru-astana"])
        #expect(s.message == "Filters restored: country KZ, language ru — C clears; dropped country XK (no longer in the corpus)")
        // On a narrow bar the aside goes first, then the dropped clause: the restore itself stays.
        #expect(StatusBar.fitMessage(s.message!, width: 60) == "Filters restored: country KZ, language ru — C clears")
    }

    @Test func filtersThatAllMatchNothingAreNotRestored() {
        var s = Fixtures.state(size: Self.size)
        s.restore(filters: SavedFilters(countries: ["XK"], entity: "Nobody Atall"))
        #expect(s.filters.isEmpty && s.visible.count == 6)
        #expect(s.message == "Filters not restored: country XK (no longer in the corpus), entity Nobody Atall (no article mentions it now)")
        // Flagged only with no flag left, unread only with everything read.
        var f = Fixtures.state(size: Self.size)
        f.restore(filters: SavedFilters(flaggedOnly: true))
        #expect(f.filters.isEmpty && f.message == "Filters not restored: flagged only (no article is flagged)")
        var r = Fixtures.state(size: Self.size, readIDs: Set(Fixtures.all.map(\.id)))
        r.restore(filters: SavedFilters(languages: ["fr"], unreadOnly: true))
        #expect(r.filters == Filters(languages: ["fr"]))
        #expect(r.message == "Filters restored: language fr — C clears; dropped unread only (every article is read)")
    }

    @Test func valuesThatMatchNothingTogetherAreNotRestored() {
        // China and Russian both exist, but no Russian article names China.
        var s = Fixtures.state(size: Self.size)
        s.restore(filters: SavedFilters(countries: ["CN"], languages: ["ru"]))
        #expect(s.filters.isEmpty && s.visible.count == 6)
        #expect(s.message == "Filters not restored: country CN, language ru match no article together")
    }

    @Test func anEntityAndTheFlagFilterComeBack() {
        var s = Fixtures.state(size: Self.size, flaggedIDs: ["en-minsk", "vi-hanoi"])
        s.restore(filters: SavedFilters(entity: "Alexander Lukashenko", flaggedOnly: true))
        #expect(s.filters.entity == "Alexander Lukashenko" && s.filters.flaggedOnly)
        #expect(s.visible.map { s.catalog.summaries[$0].id } == ["en-minsk"])
    }

    @Test func theArticleLeftStaysSelectedWhenTheFiltersKeepIt() {
        var s = Fixtures.state(size: Self.size)
        s.resume(at: ListPlace(article: ArticleKey(file: "/corpus/vi-hanoi.txt", segment: 1), row: 3))
        #expect(s.selectedSummary?.id == "vi-hanoi")
        s.restore(filters: SavedFilters(countries: ["KZ"]))
        #expect(s.selectedSummary?.id == "vi-hanoi")
        // Filtered out: the next article listed after it.
        var t = Fixtures.state(size: Self.size)
        t.resume(at: ListPlace(article: ArticleKey(file: "/corpus/ar-volfovich.txt", segment: 1), row: 2))
        t.restore(filters: SavedFilters(languages: ["ru"]))
        #expect(t.selectedSummary?.id == "ru-astana")
    }

    @Test func whileLoadingTheFiltersWaitForTheArticles() {
        var p = Program(state: .whileLoading(corpusName: "c", size: Self.size))
        p.state.restore(filters: SavedFilters(countries: ["KZ"], unreadOnly: true))
        #expect(p.state.filters.isEmpty)
        #expect(p.state.keptFilters == nil, "nothing to save while loading: the kept filters would be lost")
        let problems = ["warning: c/x.txt: empty file, skipped"]
        p.apply(.corpusLoaded(LoadedCorpus(store: MemoryStore(articles: Fixtures.all), problems: problems)))
        #expect(p.state.filters == Filters(countries: ["KZ"], unreadOnly: true))
        #expect(p.state.keptFilters == SavedFilters(countries: ["KZ"], unreadOnly: true))
        #expect(p.state.visible.count == 2)
        #expect(p.state.message == "Filters restored: country KZ, unread only — C clears; "
                + LoadedCorpus.problemMessage(1))
    }

    @Test func aWarmStartsSwapKeepsTheRestoredFilters() {
        var p = RescanTests.warm(RescanTests.stored)
        p.state.restore(filters: SavedFilters(languages: ["en"]))
        p.apply(.corpusLoaded(RescanTests.rescanned(RescanTests.stored + [RescanTests.fresh], before: RescanTests.stored)))
        #expect(p.state.filters == Filters(languages: ["en"]))
        #expect(p.state.visible.contains { p.state.catalog.summaries[$0].id == "en-new" })
    }

    /// A warm start restores on the stored list, which may be stale: the only
    /// French article was deleted while the reader was closed. The start's
    /// rescan then drops the filter rather than leave an empty list.
    @Test func theStartsRescanDropsRestoredFiltersTheFilesNoLongerMatch() {
        let after = RescanTests.stored.filter { $0.id != "fr-visite" }
        var p = RescanTests.warm(RescanTests.stored)
        p.state.restore(filters: SavedFilters(languages: ["fr"]))
        #expect(p.state.visible.count == 1)
        p.apply(.corpusLoaded(RescanTests.rescanned(after, before: RescanTests.stored)))
        #expect(p.state.filters.isEmpty && p.state.visible.count == 6)
        #expect(p.state.message == "Restored filters dropped: language fr (no longer in the corpus); 1 article removed")
        #expect(p.state.keptFilters == SavedFilters())

        // Changed by the user meanwhile: theirs to keep, even empty (as any swap does).
        var q = RescanTests.warm(RescanTests.stored)
        q.state.restore(filters: SavedFilters(languages: ["fr"]))
        q.send(.char("U"))
        q.apply(.corpusLoaded(RescanTests.rescanned(after, before: RescanTests.stored)))
        #expect(q.state.filters == Filters(languages: ["fr"], unreadOnly: true) && q.state.visible.isEmpty)

        // Nothing changed on disk: the restored filters stand, and a later reload leaves them alone.
        var r = RescanTests.warm(RescanTests.stored)
        r.reloadsInBackground = true
        r.state.restore(filters: SavedFilters(languages: ["fr"]))
        r.apply(.corpusUnchanged(problems: []))
        r.send(.char("R"))
        r.apply(.corpusLoaded(RescanTests.rescanned(after, before: RescanTests.stored)))
        #expect(r.state.filters == Filters(languages: ["fr"]) && r.state.message == "Reloaded: 1 article removed — no article matches the filters (C clears them)")
    }
}
