import BulletinKit
import Testing
@testable import BulletinTUI

/// Warm start: the stored index is shown at once while a rescan checks the
/// files in the background; what it finds is swapped in under the user,
/// who keeps their place.
@Suite struct RescanTests {
    static let size = Size(width: 120, height: 40)

    /// The reader on a warm start: the stored articles, a rescan running.
    static func warm(_ articles: [Article], size: Size = size) -> Program {
        var state = Fixtures.state(articles, size: size)
        state.rescan = RescanState(files: articles.count)
        return Program(state: state)
    }

    /// What the rescan hands over: the new articles and what changed against `before`.
    static func rescanned(_ articles: [Article], before: [Article], changedFiles: Int = 0) -> LoadedCorpus {
        let store = MemoryStore(articles: articles)
        let changes = CorpusChanges(before: MemoryStore(articles: before).summaries, after: store.summaries,
                                    changedFiles: changedFiles)
        return LoadedCorpus(store: store, changes: changes)
    }

    static func row(of id: String, in p: Program) -> Int? {
        p.state.visible.firstIndex { p.state.catalog.summaries[$0].id == id }
    }

    static func select(_ id: String, in p: inout Program) {
        guard let r = row(of: id, in: p) else { Issue.record("\(id) not listed"); return }
        p.send(.char("g"))
        for _ in 0..<r { p.send(.char("j")) }
        #expect(p.state.selectedSummary?.id == id)
    }

    static let long = Fixtures.long("long", paragraphs: 80)
    static let stored = Fixtures.all + [long]
    static let fresh = Article(id: "en-new", file: "/corpus/en-new.txt", title: "Belarus opens a new trade office",
                               date: "2025-10-01", language: "en", body: "Minsk and Hanoi agreed.", raw: "",
                               countries: ["BY"])

    @Test func titleBarSaysTheFilesAreBeingCheckedAndKeysWork() {
        var p = Self.warm(Self.stored)
        let title = p.frame.row(0)
        #expect(title.contains("7 articles │ checking 7 files…"), "\(title)")
        #expect(!p.frame.plainText.contains("Looking for articles"))
        // Every key works during the rescan (nothing says to wait).
        p.send([.char("j"), .enter])
        #expect(p.state.focus == .reader)
        #expect(p.state.message == nil)
        // New files found: the note counts them as they are indexed.
        p.apply(.indexProgress(.report(filesDone: 2, filesTotal: 300, bytesDone: 0, bytesTotal: 1), at: 1))
        #expect(p.frame.row(0).contains("indexing 2/300 new files…"))
        // Nothing changed in the end: the note goes, the state stays.
        let before = p.state
        p.apply(.corpusUnchanged(problems: []))
        #expect(p.state.rescan == nil)
        #expect(!p.frame.row(0).contains("…"))
        #expect(p.state.focus == before.focus && p.state.selection == before.selection)
        #expect(p.state.visible == before.visible)
    }

    @Test func bigCountsAreGrouped() {
        #expect(RescanState(files: 100_000).note == "checking 100,000 files…")
        #expect(Count.grouped(999) == "999")
        #expect(Count.grouped(1000) == "1,000")
        #expect(Count.grouped(1_234_567) == "1,234,567")
    }

    @Test func changesCountNewChangedAndRemovedArticles() {
        let before = MemoryStore(articles: Self.stored).summaries
        var edited = Fixtures.french
        edited.title = "Tô Lâm achève sa visite"
        let afterArticles = [Fixtures.english, edited, Fixtures.arabic, Fixtures.vietnamese, Fixtures.chinese, Self.long, Self.fresh]
        let after = MemoryStore(articles: afterArticles).summaries
        let c = CorpusChanges(before: before, after: after)
        #expect(c == CorpusChanges(added: 1, changed: 1, removed: 1))
        #expect(c.note == "1 new article, 1 changed, 1 removed")
        #expect(CorpusChanges(before: before, after: before).isEmpty)
        // A body edit keeps the summary; the index's count of re-read files tells.
        #expect(CorpusChanges(before: before, after: before, changedFiles: 2) == CorpusChanges(changed: 2))
        #expect(CorpusChanges(added: 3).note == "3 new articles")
        #expect(CorpusChanges(removed: 1).note == "1 article removed")
        #expect(CorpusChanges(changed: 2, removed: 4).note == "2 articles changed, 4 removed")
    }

    @Test func swapKeepsSelectionReaderScrollFiltersAndMarks() {
        var p = Self.warm(Self.stored)
        p.state.filters.languages = ["en"]
        p.state.refilter()
        Self.select("long", in: &p)
        p.send([.enter, .char("*")])
        for _ in 0..<12 { p.send(.char("j")) }
        #expect(p.state.readerScroll == 12)
        let flagged = p.state.flaggedIDs, read = p.state.readIDs
        let after = [Fixtures.english, Fixtures.french, Fixtures.arabic, Fixtures.vietnamese, Fixtures.chinese, Self.long, Self.fresh]
        p.apply(.corpusLoaded(Self.rescanned(after, before: Self.stored)))

        #expect(p.state.rescan == nil)
        #expect(p.state.catalog.summaries.count == 7)
        #expect(p.state.catalog.summaries.contains { $0.id == "en-new" })
        #expect(!p.state.catalog.summaries.contains { $0.id == "ru-astana" })
        #expect(p.state.filters.languages == ["en"])
        #expect(p.state.visible.allSatisfy { p.state.catalog.summaries[$0].language == "en" })
        #expect(Self.row(of: "en-new", in: p) != nil, "the new English article is listed under the filter")
        #expect(p.state.selectedSummary?.id == "long")
        #expect(p.state.focus == .reader)
        #expect(p.state.readerScroll == 12)
        #expect(p.state.flaggedIDs == flagged && p.state.readIDs == read)
        #expect(p.state.message == "1 new article, 1 removed")
        #expect(p.frame.row(39).contains("1 new article, 1 removed"))
        #expect(p.frame.row(0).contains("3 of 7 articles"), "\(p.frame.row(0))")
        // And the reader still reads: the next key scrolls from where it was.
        p.send(.char("j"))
        #expect(p.state.readerScroll == 13)
    }

    @Test func swapKeepsTheSelectedRowWhereItWasOnScreen() {
        let many = (0..<100).map { Fixtures.long(String(format: "a%03d", $0), paragraphs: 1) }
        var p = Self.warm(many, size: Size(width: 80, height: 24))
        for _ in 0..<50 { p.send(.char("j")) }
        let id = p.state.selectedSummary!.id
        let onScreen = p.state.selection - p.state.listScroll
        // Ten new articles listed before it (dated later: the list is newest first or by title, either way new rows).
        let more = (0..<10).map { i -> Article in
            var a = Fixtures.long(String(format: "b%03d", i), paragraphs: 1)
            a.date = "2026-01-01"
            return a
        }
        p.apply(.corpusLoaded(Self.rescanned(more + many, before: many)))
        #expect(p.state.selectedSummary?.id == id)
        #expect(p.state.selection - p.state.listScroll == onScreen)
        #expect(p.state.message == "10 new articles")
    }

    @Test func searchStaysAndFindsTheNewArticles() throws {
        var p = Self.warm(Self.stored)
        p.send(try KeyNames.parse("/ B e l a r u s Enter"))
        #expect(p.state.search.query == "Belarus")
        p.apply(.corpusLoaded(Self.rescanned(Self.stored + [Self.fresh], before: Self.stored)))
        #expect(p.state.search.query == "Belarus")
        #expect(p.frame.row(0).contains("search: Belarus"))
        // n walks the title matches of the new list, the new article among them.
        var seen: Set<String> = []
        for _ in 0..<8 {
            p.send(.char("n"))
            if let id = p.state.selectedSummary?.id { seen.insert(id) }
        }
        #expect(seen.contains("en-new"), "\(seen)")
    }

    @Test func readingARemovedArticleGoesBackToTheList() {
        var p = Self.warm(Self.stored)
        Self.select("ru-astana", in: &p)
        let row = p.state.selection
        p.send(.enter)
        let after = Self.stored.filter { $0.id != "ru-astana" }
        p.apply(.corpusLoaded(Self.rescanned(after, before: Self.stored)))
        #expect(p.state.focus == .list)
        #expect(p.state.selection == min(row, p.state.visible.count - 1))
        #expect(p.state.message == "1 article removed; the article you were reading is gone: back to the list")
    }

    @Test func sideBySideStaysAndGivesWayWhenASideIsRemoved() {
        var p = Self.warm(Self.stored)
        Self.select("fr-visite", in: &p)
        p.send(.char("s"))
        Self.select("long", in: &p)
        p.send(.enter)
        for _ in 0..<5 { p.send(.char("j")) }
        #expect(p.state.sideBySide?.right?.articleID == "long")
        #expect(p.state.sideBySide?.right?.scroll == 5)
        // Both kept: side by side as it was.
        var kept = p
        kept.apply(.corpusLoaded(Self.rescanned(Self.stored + [Self.fresh], before: Self.stored)))
        #expect(kept.state.sideBySide == p.state.sideBySide)
        #expect(kept.state.focus == .reader)
        // The left one removed: one reader on the right one, at its place.
        let after = Self.stored.filter { $0.id != "fr-visite" }
        p.apply(.corpusLoaded(Self.rescanned(after, before: Self.stored)))
        #expect(p.state.sideBySide == nil)
        #expect(p.state.selectedSummary?.id == "long")
        #expect(p.state.focus == .reader)
        #expect(p.state.readerScroll == 5)
        #expect(p.state.message?.hasSuffix("an article read side by side is gone") == true)
    }

    @Test func countryStepFollowsItsCodeWhenTheValuesMove() {
        var p = Self.warm(Self.stored)
        p.send(.char("]"))
        let first = p.state.filters.countries
        #expect(first.count == 1)
        // A new article brings a country that sorts before (or after) the stepped one.
        var fresh = Self.fresh
        fresh.countries = ["AA"]
        p.apply(.corpusLoaded(Self.rescanned(Self.stored + [fresh], before: Self.stored)))
        #expect(p.state.filters.countries == first)
        let values = p.state.catalog.values(of: .country)
        #expect(p.state.step[.country].map { values[$0].code } == first.first)
    }
}

/// Articles are matched by file across a rescan, since IDs can change.
@Suite struct RescanIDTests {
    @Test func aRenamedIDCountsAsChangedAndKeepsTheSelection() {
        var renamed = Fixtures.french
        renamed.id = "2025/fr-visite"  // same file: another file with its name appeared
        let before = Fixtures.all
        let after = [Fixtures.english, renamed, Fixtures.arabic, Fixtures.vietnamese, Fixtures.chinese, Fixtures.russian]
        let c = CorpusChanges(before: MemoryStore(articles: before).summaries, after: MemoryStore(articles: after).summaries)
        #expect(c == CorpusChanges(changed: 1))
        var p = RescanTests.warm(before)
        RescanTests.select("fr-visite", in: &p)
        p.send(.enter)
        p.apply(.corpusLoaded(RescanTests.rescanned(after, before: before)))
        #expect(p.state.selectedSummary?.id == "2025/fr-visite")
        #expect(p.state.focus == .reader)
    }
}

/// Read and flag marks and positions are kept by article ID in the reader:
/// when a rescan renames IDs, they move with their articles (by file).
@Suite struct RescanMarkTests {
    @Test func marksFollowTheirArticleWhenANewFileRenamesItsID() {
        // Two files named `fr-visite`: the old one (now `2025/fr-visite`) and a new one (`2026/fr-visite`).
        var renamed = Fixtures.french
        renamed.id = "2025/fr-visite"
        var newcomer = Fixtures.french
        newcomer.id = "2026/fr-visite"
        newcomer.file = "/corpus/2026/fr-visite.txt"
        newcomer.title = "Another visit"
        let before = Fixtures.all
        let after = [Fixtures.english, renamed, newcomer, Fixtures.arabic, Fixtures.vietnamese, Fixtures.chinese, Fixtures.russian]
        var p = RescanTests.warm(before)
        RescanTests.select("fr-visite", in: &p)
        p.send([.char("u"), .char("*")])
        #expect(p.state.readIDs.contains("fr-visite") && p.state.flaggedIDs.contains("fr-visite"))
        p.apply(.corpusLoaded(RescanTests.rescanned(after, before: before)))
        #expect(p.state.readIDs.contains("2025/fr-visite"))
        #expect(p.state.flaggedIDs.contains("2025/fr-visite"))
        // Neither the old ID nor the new article carries the marks.
        #expect(!p.state.readIDs.contains("fr-visite") && !p.state.flaggedIDs.contains("fr-visite"))
        #expect(!p.state.readIDs.contains("2026/fr-visite") && !p.state.flaggedIDs.contains("2026/fr-visite"))
    }

    /// QA finding: a subfolder renamed while Bulletin was closed came back from
    /// the rescan as new articles without their marks. The rescan now hands over
    /// the marks found again (`ResolvedMarks.relocatedOnly`); the reader adds
    /// them to its own, which win where both have a position.
    @Test func marksFoundAgainForMovedFilesAreAddedAtTheSwap() {
        var moved = Fixtures.french
        moved.file = "/corpus/july/fr-visite.txt"
        let before = Fixtures.all
        let after = [Fixtures.english, moved, Fixtures.arabic, Fixtures.vietnamese, Fixtures.chinese, Fixtures.russian]
        var p = RescanTests.warm(before)
        RescanTests.select("en-minsk", in: &p)
        p.send(.char("*"))
        p.state.positions["zh-beijing"] = 3
        var found = ResolvedMarks()
        found.readIDs = ["fr-visite"]
        found.flaggedIDs = ["fr-visite"]
        found.positions = ["fr-visite": 12, "zh-beijing": 9]
        let store = MemoryStore(articles: after)
        let changes = CorpusChanges(before: MemoryStore(articles: before).summaries, after: store.summaries, changedFiles: 0)
        p.apply(.corpusLoaded(LoadedCorpus(store: store, changes: changes, marks: found)))
        #expect(p.state.readIDs == ["fr-visite"])
        #expect(p.state.flaggedIDs == ["en-minsk", "fr-visite"])
        #expect(p.state.positions == ["fr-visite": 12, "zh-beijing": 3])
    }

    @Test func anIDThatNowNamesAnotherArticleDoesNotTakeItsMarks() {
        // `a/x` was read; `a/x.txt` is deleted, so `b/x.txt` becomes `x`... and the old `x` mark of `a` must not land on it.
        let a = Article(id: "a/x", file: "/corpus/a/x.txt", title: "Old A", body: "a", raw: "")
        let b = Article(id: "b/x", file: "/corpus/b/x.txt", title: "Old B", body: "b", raw: "")
        var bAlone = b
        bAlone.id = "x"
        var p = RescanTests.warm([a, b])
        RescanTests.select("a/x", in: &p)
        p.send(.char("u"))
        p.apply(.corpusLoaded(RescanTests.rescanned([bAlone], before: [a, b])))
        #expect(!p.state.readIDs.contains("x"))
    }

    /// User review: a story added at the top of a digest, then R, put the flag
    /// of "Egypt…" on "Kazakhstan…" and the read mark of "Kazakhstan…" on
    /// "Belarus…". The marks follow their stories, and the new story is unread.
    @Test func marksFollowTheirStoryWhenADigestGainsOneAtTheTop() {
        func digest(_ titles: [String]) -> [Article] {
            titles.enumerated().map { i, title in
                Article(id: "digest#\(i + 1)", file: "/corpus/digest.txt", segment: i + 1, title: title, language: "en",
                        body: title + ".", raw: "")
            }
        }
        let before = digest(["Belarus and Vietnam sign", "Kazakhstan opens new railway link", "Egypt and Russia discuss"])
        let after = digest(["Uzbekistan and India sign trade pact", "Belarus and Vietnam sign", "Kazakhstan opens new railway link",
                            "Egypt and Russia discuss"])
        var p = RescanTests.warm(before)
        RescanTests.select("digest#2", in: &p)
        p.send(.char("u"))
        RescanTests.select("digest#3", in: &p)
        p.send(.char("*"))
        p.state.positions["digest#2"] = 4
        p.apply(.corpusLoaded(RescanTests.rescanned(after, before: before, changedFiles: 1)))
        #expect(p.state.readIDs == ["digest#3"])
        #expect(p.state.flaggedIDs == ["digest#4"])
        #expect(p.state.positions == ["digest#3": 4])
    }

    @Test func keyOfAnArticleIsItsFileAndSegment() {
        let p = RescanTests.warm(Fixtures.all)
        #expect(p.state.articleKey(of: "fr-visite") == ArticleKey(file: Fixtures.french.file, segment: Fixtures.french.segment))
        #expect(p.state.articleKey(of: "nope") == nil)
    }
}
