import BulletinKit
import Testing
@testable import BulletinTUI

/// `o`: the list in corpus order (the default), newest first or oldest first.
/// Articles without a date go last in corpus order; a day's articles keep
/// corpus order; the cursor stays on its article; filters, search and side by
/// side work in the order shown; the order is kept per corpus.
@Suite struct ListOrderTests {
    static let size = Size(width: 120, height: 40)

    static func dated(_ id: String, _ date: String?, dateline: String? = nil, language: String = "en") -> Article {
        var a = Article(id: id, file: "/corpus/\(id).txt", title: "Report \(id) on trade", date: date, language: language,
                        body: "Minsk and Hanoi agreed on trade (\(id)).", raw: "", countries: ["BY"])
        a.datelineDate = dateline
        return a
    }

    /// Corpus order a1…a7: two ties (a1 and a4's dateline date; a3 and a6), two undated (a2, a5).
    static let articles = [
        dated("a1", "2025-05-01"),
        dated("a2", nil, language: "fr"),
        dated("a3", "2025-06-01", language: "fr"),
        dated("a4", nil, dateline: "2025-05-01"),
        dated("a5", nil),
        dated("a6", "2025-06-01"),
        dated("a7", "2025-04-01", language: "fr"),
    ]
    static let newest = ["a3", "a6", "a1", "a4", "a7", "a2", "a5"]
    static let oldest = ["a7", "a1", "a4", "a3", "a6", "a2", "a5"]
    static let corpus = ["a1", "a2", "a3", "a4", "a5", "a6", "a7"]

    static func program(_ articles: [Article] = articles, size: Size = size) -> Program {
        Program(state: Fixtures.state(articles, size: size))
    }

    static func ids(_ p: Program) -> [String] { p.state.visible.map { p.state.catalog.summaries[$0].id } }

    @Test func oCyclesCorpusNewestOldestAndBack() {
        var p = Self.program()
        #expect(KeyMap.action(for: .char("o"), in: p.state) == .cycleOrder)
        #expect(p.state.order == .corpus && Self.ids(p) == Self.corpus)
        #expect(!p.frame.row(0).contains("first"))

        p.send(.char("o"))
        #expect(p.state.order == .newestFirst)
        #expect(Self.ids(p) == Self.newest)
        #expect(p.state.message == "Newest first (o: oldest first); 2 articles without a date last")
        #expect(p.frame.row(39).contains("Newest first (o: oldest first); 2 articles without a date last"))
        #expect(p.frame.row(0).contains("7 articles │ newest first"), "\(p.frame.row(0))")
        #expect(p.frame.row(1).contains("Articles, newest first"), "\(p.frame.row(1))")
        // The rows on screen are in that order, the undated ones at the bottom; the cursor stayed on a1.
        for (k, id) in Self.newest.enumerated() {
            #expect(p.frame.row(2 + k).hasPrefix("  \(k < 5 ? "" : "     ")"), "\(p.frame.row(2 + k))")
            #expect(p.frame.row(2 + k).prefix(36).contains("Report \(id) on"), "\(p.frame.row(2 + k))")
        }
        #expect(p.state.selectedSummary?.id == "a1" && p.state.selection == 2)

        p.send(.char("o"))
        #expect(p.state.order == .oldestFirst && Self.ids(p) == Self.oldest)
        #expect(p.state.message == "Oldest first (o: corpus order); 2 articles without a date last")
        #expect(p.frame.row(0).contains("7 articles │ oldest first"))

        p.send(.char("o"))
        #expect(p.state.order == .corpus && Self.ids(p) == Self.corpus)
        #expect(p.state.message == "Corpus order, as the files list them (o: newest first)")
        #expect(!p.frame.row(0).contains("first") && p.frame.row(1).contains("Articles "))
    }

    /// QA finding: the note counted the undated articles of the whole corpus,
    /// not of the list shown (6 where the filtered list had 1).
    @Test func theNoteCountsTheUndatedArticlesListed() {
        var p = Self.program()
        p.send(.char("}"))
        #expect(p.state.message?.hasPrefix("Language 1/2: English (en)") == true, "\(p.state.message ?? "")")
        #expect(Self.ids(p) == ["a1", "a4", "a5", "a6"])
        p.send(.char("o"))
        #expect(p.state.message == "Newest first (o: oldest first); 1 article without a date last")
        p.send(.char("o"))
        #expect(p.state.message == "Oldest first (o: corpus order); 1 article without a date last")
        // A list with no undated article says nothing of them.
        var q = Self.program(Self.articles.filter { $0.id != "a2" })
        q.send(try! KeyNames.parse("} } o"))
        #expect(Self.ids(q) == ["a3", "a7"])
        #expect(q.state.message == "Newest first (o: oldest first)")
    }

    @Test func aCorpusWithoutDatesSaysTheOrderCannotChange() {
        var p = Self.program([Self.dated("x", nil), Self.dated("y", nil)])
        p.send(.char("o"))
        #expect(p.state.order == .newestFirst && Self.ids(p) == ["x", "y"])
        #expect(p.state.message == "Newest first: no article has a date, the order is the corpus's (o: oldest first)")
        // Every article dated: no word about undated ones.
        var q = Self.program(Fixtures.all)
        q.send(.char("o"))
        #expect(q.state.message == "Newest first (o: oldest first)")
        #expect(q.state.visible.map { q.state.catalog.summaries[$0].id }
                == ["ar-volfovich", "en-minsk", "fr-visite", "vi-hanoi", "ru-astana", "zh-beijing"])
    }

    /// 600 articles over 20 days, one in five undated, against a reference
    /// stable sort: ties keep corpus order, undated last in corpus order.
    @Test func theSortIsStableWithUndatedLast() throws {
        var rng = SplitMix(seed: 7)
        let articles = (0..<600).map { i -> Article in
            let r = rng.next() % 25
            let date = r < 20 ? "2025-03-\(String(format: "%02d", Int(r) + 1))" : nil
            // Some by their dateline's date only, which the list shows too.
            return r % 3 == 0 ? Self.dated("n\(i)", nil, dateline: date) : Self.dated("n\(i)", date)
        }
        let catalog = Catalog(summaries: MemoryStore(articles: articles).summaries)
        for order in [ListOrder.newestFirst, .oldestFirst] {
            let expected = catalog.summaries.indices.sorted { a, b in
                let da = catalog.summaries[a].shownDate, db = catalog.summaries[b].shownDate
                switch (da, db) {
                case (nil, nil): return a < b
                case (nil, _): return false
                case (_, nil): return true
                case let (x?, y?):
                    if x != y { return order == .newestFirst ? x > y : x < y }
                    return a < b
                }
            }
            let o = try #require(catalog.ordering(order))
            #expect(o.rows.map { Int($0) } == expected, "\(order)")
            #expect(o.dated == catalog.summaries.count { $0.shownDate != nil })
            for (r, i) in o.rows.enumerated() { #expect(Int(o.rank[Int(i)]) == r) }
            // A subset, small (sorted by rank) or large (picked from the whole order), comes out in the same order.
            for keep in [{ (i: Int) in i % 50 == 3 }, { (i: Int) in i % 3 != 0 }] {
                let rows = catalog.summaries.indices.filter(keep)
                #expect(catalog.arrange(rows.reversed(), in: order) == expected.filter(keep), "\(order)")
            }
        }
        #expect(catalog.arrange([5, 2, 9], in: .corpus) == [2, 5, 9])
        #expect(catalog.ordering(.corpus) == nil)
    }

    @Test func onlyIsoDatesAreDays() {
        #expect(ListOrdering.day("2025-05-01") == 20250501)
        #expect(ListOrdering.day("1999-12-31") == 19991231)
        for bad in ["2025-5-01", "2025/05/01", "2025-05-011", "", "２０２５-05-01", "abcd-ef-gh"] {
            #expect(ListOrdering.day(bad) == nil, "\(bad)")
        }
    }

    @Test func theCursorStaysOnItsArticleAndItsLineOfTheScreen() {
        // 100 articles, one a day, in a shuffled corpus order; 24 lines show 20 rows.
        var rng = SplitMix(seed: 3)
        var days = Array(1...100)
        for i in days.indices.reversed() { days.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
        // Row 50 of the corpus is the 70th day: row 30 newest first, row 69 oldest first.
        days.swapAt(50, days.firstIndex(of: 70)!)
        let articles = days.enumerated().map { k, d in
            Self.dated(String(format: "c%03d", k), "2025-\(String(format: "%02d", (d - 1) / 28 + 1))-\(String(format: "%02d", (d - 1) % 28 + 1))")
        }
        var p = Self.program(articles, size: Size(width: 120, height: 24))
        for _ in 0..<50 { p.send(.char("j")) }
        let id = p.state.selectedSummary!.id, line = p.state.selection - p.state.listScroll
        for expected in [ListOrder.newestFirst, .oldestFirst, .corpus] {
            p.send(.char("o"))
            #expect(p.state.order == expected)
            #expect(p.state.selectedSummary?.id == id, "\(expected)")
            let row = p.state.selection
            #expect(row == p.state.visible.firstIndex { p.state.catalog.summaries[$0].id == id })
            #expect(row == [ListOrder.newestFirst: 30, .oldestFirst: 69, .corpus: 50][expected])
            #expect(p.state.selection - p.state.listScroll == line, "\(expected): on the same line of the screen")
            #expect(p.frame.plainText.contains("Report \(id) on"))
        }
        #expect(p.state.selection == 50)
    }

    @Test func filtersSearchAndSideBySideWorkInTheOrderShown() throws {
        var p = Self.program()
        p.send([.char("o")])  // newest first
        // A language filter keeps the order; clearing it too.
        p.send(.char("}"))
        let french = p.state.filters.languages == ["fr"]
        if !french { p.send(.char("}")) }
        #expect(p.state.filters.languages == ["fr"])
        #expect(Self.ids(p) == ["a3", "a7", "a2"])
        p.send(.char("C"))
        #expect(Self.ids(p) == Self.newest)
        // Unread only: reading an article does not pull it from under the cursor, nor does re-sorting.
        p.send([.char("U"), .char("g"), .enter, .char("q")])
        #expect(p.state.readIDs == ["a3"])
        p.send([.char("o")])  // oldest first
        #expect(Self.ids(p) == Self.oldest && p.state.selectedSummary?.id == "a3")
        p.send([.char("U"), .char("U")])  // the filter again: the read one goes, the cursor to the next one listed
        #expect(Self.ids(p) == ["a7", "a1", "a4", "a6", "a2", "a5"])
        #expect(p.state.selectedSummary?.id == "a6", "the next article in the order shown, not in the corpus's")
        p.send(.char("U"))
        // n and N walk the list as shown.
        p.send(try KeyNames.parse("g / T r a d e Enter"))
        p.apply(.bodySearchResults(query: "Trade", ids: []))
        var seen: [String] = []
        for _ in 0..<7 {
            seen.append(p.state.selectedSummary!.id)
            p.send(.char("n"))
        }
        #expect(seen == Self.oldest)
        p.send(.esc)
        // Side by side: J moves the right side to the next article in the order shown.
        p.send(try KeyNames.parse("g s"))
        #expect(p.state.sideBySide?.left.articleID == "a7" && p.state.selectedSummary?.id == "a1")
        p.send([.enter, .char("J")])
        #expect(p.state.sideBySide?.right?.articleID == "a4")
        p.send(.esc)
        #expect(p.state.selectedSummary?.id == "a4")
    }

    @Test func theOrderIsKeptAndRestoredWithAWord() throws {
        var first = Self.program()
        #expect(first.state.keptOrder == .corpus)
        first.send([.char("o"), .char("j"), .char("j")])
        let kept = try #require(first.state.keptOrder)
        #expect(kept == .newestFirst)

        var next = Self.program()
        next.state.restore(order: kept)
        #expect(next.state.order == .newestFirst && Self.ids(next) == Self.newest)
        #expect(next.state.message == "Newest first, as last time (o changes the order)")
        #expect(next.frame.row(39).contains("Newest first, as last time (o changes the order)"))
        #expect(next.frame.row(0).contains("newest first"))
        next.send(.char("j"))
        #expect(next.state.message == nil, "said once")
        // The default is not worth a word.
        var plain = Self.program()
        plain.state.restore(order: .corpus)
        #expect(plain.state.message == nil && Self.ids(plain) == Self.corpus)

        // After the place and the filters a start restores: the selected article stays; the notes add up.
        var start = Self.program()
        start.state.resume(at: ListPlace(article: ArticleKey(file: "/corpus/a7.txt", segment: 1), row: 6))
        start.state.restore(filters: SavedFilters(languages: ["fr"]))
        start.state.restore(order: .oldestFirst)
        #expect(Self.ids(start) == ["a7", "a3", "a2"])
        #expect(start.state.selectedSummary?.id == "a7")
        #expect(start.state.message == "Filters restored: language fr — C clears; Oldest first, as last time (o changes the order)")
    }

    @Test func whileLoadingTheOrderWaitsForTheArticles() {
        var p = Program(state: .whileLoading(corpusName: "c", size: Self.size))
        #expect(p.state.keptOrder == nil, "nothing to keep yet: saving would lose the kept order")
        p.state.restore(order: .oldestFirst)
        #expect(p.state.order == .corpus)
        p.send(.char("o"))
        #expect(p.state.order == .corpus)
        #expect(p.state.message?.hasPrefix("Still reading the corpus") == true)
        p.send(.char("j"))
        p.apply(.corpusLoaded(LoadedCorpus(store: MemoryStore(articles: Self.articles))))
        #expect(p.state.order == .oldestFirst && Self.ids(p) == Self.oldest)
        #expect(p.state.keptOrder == .oldestFirst)
        #expect(p.state.message == "Oldest first, as last time (o changes the order)")
    }

    @Test func aReloadKeepsTheOrder() {
        var p = Self.program()
        p.reloadsInBackground = true
        p.send([.char("o"), .char("g"), .char("j"), .char("R")])
        #expect(p.state.selectedSummary?.id == "a6")
        let fresh = Self.dated("a0", "2025-05-15")
        p.apply(.corpusLoaded(ReloadTests.reloaded([fresh] + Self.articles, before: Self.articles)))
        #expect(Self.ids(p) == ["a3", "a6", "a0", "a1", "a4", "a7", "a2", "a5"])
        #expect(p.state.selectedSummary?.id == "a6")
        #expect(p.state.message == "Reloaded: 1 new article")
    }

    @Test func theHelpScreenAndTheNarrowHeaderNameTheOrder() {
        var p = Self.program()
        p.send(.char("?"))
        var text = p.frame.plainText
        for _ in 0..<10 { p.send(.pageDown); text += p.frame.plainText }
        #expect(text.contains("order: corpus, newest first, oldest first"))
        #expect(ListPane.title(.corpus, room: 40) == "Articles")
        #expect(ListPane.title(.oldestFirst, room: 40) == "Articles, oldest first")
        #expect(ListPane.title(.oldestFirst, room: 20) == "Articles, oldest")
        #expect(ListPane.title(.oldestFirst, room: 10) == "Articles")
    }
}

/// The reload's word when the filters leave the list empty: what changed,
/// then that nothing matches and which key clears them.
@Suite struct ReloadEmptyListTests {
    @Test func aReloadThatEmptiesTheFilteredListSaysHowToClearIt() {
        var p = ReloadTests.program()
        p.state.filters.languages = ["fr"]
        p.state.refilter()
        #expect(p.state.visible.count == 1)
        p.send(.char("R"))
        let after = ReloadTests.stored.filter { $0.id != "fr-visite" && $0.id != "ru-astana" }
        p.apply(.corpusLoaded(ReloadTests.reloaded(after)))
        #expect(p.state.visible.isEmpty && p.state.filters.languages == ["fr"])
        #expect(p.state.message == "Reloaded: 2 articles removed — no article matches the filters (C clears them)")
        #expect(p.frame.row(39).contains("no article matches the filters (C clears them)"), "\(p.frame.row(39))")
        // Still empty at the next R, with nothing changed: said again.
        p.send(.char("R"))
        p.apply(.corpusUnchanged(problems: []))
        #expect(p.state.message == "Reloaded: no changes — no article matches the filters (C clears them)")
        p.send(.char("C"))
        #expect(p.state.visible.count == 5)
        // A list the filters leave something in, or no filter at all: no such word.
        p.send(.char("R"))
        p.apply(.corpusUnchanged(problems: []))
        #expect(p.state.message == "Reloaded: no changes")
        #expect(AppState.reloadNote("1 changed", old: [], new: ["warning: x"], filteredEmpty: true)
                == "Reloaded: 1 changed — no article matches the filters (C clears them); 1 new warning (W lists it)")
    }

    @Test func onANarrowBarTheEmptyListOutlivesTheAside() {
        let forms = StatusBar.shortenings("Reloaded: 2 articles removed — no article matches the filters (C clears them); 1 new warning (W lists it)")
        #expect(forms.contains("Reloaded: 2 articles removed — no article matches the filters"))
    }
}

/// A small deterministic generator for the tests' shuffles (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
