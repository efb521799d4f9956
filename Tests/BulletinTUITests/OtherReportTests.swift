import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// `OtherReports`: the article in another language that shares the most
/// (and the rarest) people, organizations and places with the pinned one.
@Suite struct OtherReportScorerTests {
    static func summary(_ id: String, _ language: String, date: String? = nil, _ names: [String]) -> ArticleSummary {
        ArticleSummary(id: id, file: "/c/\(id).txt", segment: 0, title: id, date: date, language: language,
                       source: nil, countries: [], entityNames: names)
    }

    /// The rows of a name, found by a scan (the catalog's postings give the same).
    static func rank(_ summaries: [ArticleSummary], pinned: Int,
                     _ entities: [(name: String, type: EntityType)]) -> [OtherReport] {
        OtherReports.rank(pinned: pinned, entities: entities, summaries: summaries) { name in
            summaries.indices.filter { summaries[$0].entityNames.contains(name) }
        }
    }

    static let visit: [(name: String, type: EntityType)] = [
        ("To Lam", .person), ("Alexander Lukashenko", .person), ("Minsk", .place),
        ("Vietnam", .country), ("Belarus", .country),
    ]

    @Test func onlyAnotherLanguageIsProposed() {
        let s = [
            Self.summary("fr-pinned", "fr", ["To Lam", "Alexander Lukashenko", "Minsk", "Vietnam", "Belarus"]),
            Self.summary("fr-other", "fr", ["To Lam", "Alexander Lukashenko", "Minsk"]),  // all three, but French
            Self.summary("ar", "ar", ["To Lam", "Alexander Lukashenko"]),
        ]
        let r = Self.rank(s, pinned: 0, Self.visit)
        #expect(r.map(\.id) == ["ar"])
        #expect(r.first?.language == "ar")
        #expect(Set(r.first?.shared ?? []) == ["To Lam", "Alexander Lukashenko"])
    }

    @Test func rareNamesWeighMoreThanCommonOnes() {
        // "Minsk" and "Alexander Lukashenko" are in every filler article; "To Lam" and "Igor Sergeenko" are rare.
        var s = [Self.summary("en-pinned", "en", ["To Lam", "Igor Sergeenko", "Alexander Lukashenko", "Minsk"])]
        s.append(Self.summary("ar-common", "ar", ["Alexander Lukashenko", "Minsk"]))
        s.append(Self.summary("fr-rare", "fr", ["To Lam", "Igor Sergeenko"]))
        for i in 0..<20 { s.append(Self.summary("ru-\(i)", "ru", ["Alexander Lukashenko", "Minsk"])) }
        let entities: [(name: String, type: EntityType)] = [
            ("To Lam", .person), ("Igor Sergeenko", .person), ("Alexander Lukashenko", .person), ("Minsk", .place),
        ]
        let r = Self.rank(s, pinned: 0, entities)
        #expect(r.first?.id == "fr-rare")
        #expect(r.first!.score > r[1].score)
        // The shared names come rarest first (what the status line names).
        let common = r.first { $0.id == "ar-common" }
        #expect(common?.shared.count == 2)
        #expect(OtherReports.weight(count: 2, total: 23) > OtherReports.weight(count: 22, total: 23))
    }

    @Test func belowTwoSharedNamesOrCountriesAloneIsNoProposal() {
        let s = [
            Self.summary("fr-pinned", "fr", ["To Lam", "Alexander Lukashenko", "Minsk", "Vietnam", "Belarus"]),
            // One person and the two countries: countries do not count, one name is not a story.
            Self.summary("en", "en", ["To Lam", "Vietnam", "Belarus"]),
            Self.summary("zh", "zh", ["Vietnam", "Belarus"]),
        ]
        #expect(Self.rank(s, pinned: 0, Self.visit).isEmpty)
        // Two shared names are enough.
        let two = s + [Self.summary("ar", "ar", ["Minsk", "To Lam", "Vietnam"])]
        #expect(Self.rank(two, pinned: 0, Self.visit).map(\.id) == ["ar"])
        // A pinned article that names countries only has nothing to propose.
        #expect(Self.rank(two, pinned: 0, [("Vietnam", .country), ("Belarus", .country)]).isEmpty)
    }

    /// The catalog's rows of a name, as `s` reads them: by a scan before `warmUp`, from the postings after.
    @Test func catalogRowsAreTheSameFromTheScanAndThePostings() {
        let summaries = Fixtures.all.map(ArticleSummary.init)
        let names = ["To Lam", "Alexander Lukashenko", "Minsk", "Hanoi", "Nobody"]
        let before = Catalog(summaries: summaries)
        let scanned = names.map { before.rows(mentioning: $0) }
        let after = Catalog(summaries: summaries)
        after.warmUp()
        #expect(after.entityRows.postings(of: "To Lam") != nil)
        #expect(names.map { after.rows(mentioning: $0) } == scanned)
        #expect(scanned[0] == [0, 1, 2, 3])
        #expect(scanned[4] == [])
    }

    @Test func equalScoresGoToTheNearestDateThenTheFirstArticle() {
        let names = ["To Lam", "Minsk"]
        let s = [
            Self.summary("fr-pinned", "fr", date: "2025-05-12", names),
            Self.summary("en-undated", "en", names),
            Self.summary("ar-far", "ar", date: "2025-12-03", names),
            Self.summary("vi-near", "vi", date: "2025-05-11", names),
            Self.summary("ru-near", "ru", date: "2025-05-13", names),
        ]
        let r = Self.rank(s, pinned: 0, [("To Lam", .person), ("Minsk", .place)])
        // Same score; one day apart each (the first in the corpus first), then 205 days, then no date.
        #expect(r.map(\.id) == ["vi-near", "ru-near", "ar-far", "en-undated"])
        #expect(r.map(\.days) == [1, 1, 205, nil])
        #expect(OtherReports.distance(0) == "same day")
        #expect(OtherReports.distance(1) == "1 day apart")
        #expect(OtherReports.distance(205) == "205 days apart")
        #expect(OtherReports.distance(nil) == nil)
        #expect(OtherReports.dayNumber("1970-01-01") == 0)
        #expect(OtherReports.dayNumber("2024-03-01")! - OtherReports.dayNumber("2024-02-28")! == 2)  // a leap year
        #expect(OtherReports.dayNumber("May 2025") == nil)
    }
}

/// `s` in the TUI: the cursor goes to the other report of the pinned article's story.
@Suite struct OtherReportTUITests {
    /// The French report of Tô Lâm's state visit to Belarus (May 2025), and the seeds' Arabic report of his
    /// meeting with Belarus's Security Council secretary in Hanoi (December), which recalls that visit, his talks
    /// with Lukashenko and the Minsk flights: the seeds hold no closer pair, and no other seed shares two names
    /// with the French one in another language as much. The real parser and extraction, not fixtures.
    @Test func sOnTheFrenchSeedGoesToItsArabicCounterpart() throws {
        let state = try #require(SeedScreenTests.seedState(size: Size(width: 120, height: 40)))
        let french = try #require(state.visible.firstIndex { state.catalog.summaries[$0].language == "fr" })
        var p = Program(state: state)
        for _ in 0..<french { p.send(.char("j")) }
        #expect(p.state.selectedSummary?.language == "fr")
        let pinned = try #require(p.state.selectedSummary?.id)
        p.send(.char("s"))
        #expect(p.state.sideBySide?.left.articleID == pinned)
        let proposed = try #require(p.state.selectedSummary)
        #expect(proposed.language == "ar", "\(proposed.title) \(p.state.message ?? "")")
        let message = try #require(p.state.message)
        #expect(message.hasPrefix("Other report"), "\(message)")
        #expect(message.contains("Alexander Lukashenko") || message.contains("To Lam") || message.contains("Tô Lâm"), "\(message)")
        #expect(message.contains("shared names · ar"), "\(message)")
        // Enter puts it on the right.
        p.send(.enter)
        #expect(p.state.sideBySide?.right?.articleID == proposed.id)
    }

    /// Fixtures: the Arabic report pinned; the English and Vietnamese ones both share To Lam and Hanoi. `s` goes
    /// to the nearer in date, `s` again to the other, `S` back; the status line says why.
    @Test func sAgainGoesToTheNextProposalAndSBack() throws {
        var p = Fixtures.program(Fixtures.all, size: Size(width: 120, height: 40))
        p.send(try KeyNames.parse("j j"))
        #expect(p.state.selectedSummary?.id == "ar-volfovich")
        p.send(.char("s"))
        #expect(p.state.selectedSummary?.id == "en-minsk")
        #expect(p.state.message == "Other report 1/2 (s next): 2 shared names · en · 87 days apart: Hanoi, To Lam",
                "\(p.state.message ?? "")")
        p.send(.char("s"))
        #expect(p.state.selectedSummary?.id == "vi-hanoi")
        #expect(p.state.message?.hasPrefix("Other report 2/2 (s next): 2 shared names · vi · 211 days apart") == true,
                "\(p.state.message ?? "")")
        p.send(.char("s"))
        #expect(p.state.selectedSummary?.id == "en-minsk")  // round the proposals
        p.send(.char("S"))
        #expect(p.state.selectedSummary?.id == "vi-hanoi")
        #expect(p.state.sideBySide?.right == nil)  // still choosing: S did not swap anything
        let bar = p.frame.plainText.components(separatedBy: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        #expect(bar.contains("Other report 2/2 (s next): 2 shared names · vi · 211 days apart: Hanoi, To Lam"), "\(bar)")
        // On a narrower bar the aside goes and the names are cut, not the language or the date.
        var narrow = Fixtures.program(Fixtures.all, size: Size(width: 66, height: 24))
        narrow.send(try KeyNames.parse("j j s"))
        let cut = narrow.frame.plainText.components(separatedBy: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        #expect(cut.contains("Other report 1/2: 2 shared names · en · 87 days apart: Hanoi"), "\(cut)")
        #expect(!cut.contains("To Lam"), "\(cut)")
        p.send(.char("j"))  // the message goes; the hints name s/S
        let hints = p.frame.plainText.components(separatedBy: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        #expect(hints.contains("s/S other reports"), "\(hints)")
    }

    /// The best proposal hidden by the user's filters (French only): the status line says so and the cursor
    /// moves on as before; `C` then clears them and goes to it.
    @Test func aProposalTheFiltersHideIsNamedAndCGoesToIt() throws {
        var state = Fixtures.state(Fixtures.all, size: Size(width: 120, height: 40))
        state.filters = Filters(languages: ["ar"])
        state.refilter()
        var p = Program(state: state)
        #expect(p.state.selectedSummary?.id == "ar-volfovich")
        p.send(.char("s"))
        #expect(p.state.message == "Other report 1/2 is hidden by the filters, C clears them: 2 shared names · en · 87 days apart: Hanoi, To Lam",
                "\(p.state.message ?? "")")
        p.send(.char("C"))
        #expect(p.state.selectedSummary?.id == "en-minsk")
        #expect(p.state.message?.hasSuffix("; on the other report") == true, "\(p.state.message ?? "")")
    }

    /// A proposal far down the list shows in the middle of the screen, not on its last row.
    @Test func aFarProposalIsCentred() throws {
        let filler = (1...60).map { i in
            Fixtures.article("en-\(i)", title: "Filler \(i)", date: nil, language: "en", body: "Nothing here \(i).",
                             countries: [], entities: [])
        }
        var articles = [Fixtures.french] + filler
        articles.insert(Fixtures.chinese, at: 50)  // Lukashenko and Minsk, as the French report
        var p = Fixtures.program(articles, size: Size(width: 80, height: 24))
        p.send(.char("s"))
        #expect(p.state.selectedSummary?.id == "zh-beijing")
        #expect(p.state.selection == 50)
        #expect(p.state.selection - p.state.listScroll == p.state.listPage / 2, "scroll \(p.state.listScroll)")
    }

    /// No article of another language shares two names: the cursor goes to the next row as before, and the
    /// status line says why it went nowhere else.
    @Test func noProposalBehavesAsBefore() throws {
        // English and Chinese share only Lukashenko.
        var p = Fixtures.program([Fixtures.english, Fixtures.chinese, Fixtures.russian], size: Size(width: 80, height: 24))
        p.send(.char("s"))
        #expect(p.state.sideBySide?.proposals == [])
        #expect(p.state.selectedSummary?.id == "zh-beijing")
        #expect(p.state.message == "Pinned left; Enter picks the right one (Esc cancels); no other report shares 2 names",
                "\(p.state.message ?? "")")
        // At 80 columns the reason stays (the aside goes).
        #expect(p.frame.plainText.contains("Pinned left; Enter picks the right one; no other report shares 2 names"))
        p.send(.char("s"))
        #expect(p.state.message == "Choose the article for the right side and press Enter")
    }
}

/// The time of `s` on a large corpus: set `BULLETIN_OTHER_REPORT_INDEX` to an index `bulletin --index FILE` made
/// (`gen-corpus --articles 10000 --seed 3`), and `BULLETIN_OTHER_REPORT_CORPUS` to its folder. Off otherwise.
@Suite struct OtherReportTimingTests {
    static let env = ProcessInfo.processInfo.environment

    @Test(.enabled(if: env["BULLETIN_OTHER_REPORT_INDEX"] != nil))
    func timeOfSOnALargeCorpus() throws {
        let corpus = try #require(Corpus.openStored(paths: [Self.env["BULLETIN_OTHER_REPORT_CORPUS"]!],
                                                    options: OpenOptions(indexPath: Self.env["BULLETIN_OTHER_REPORT_INDEX"]!,
                                                                         useIndex: true)))
        let base = AppState(store: corpus.store, corpusName: "c", size: Size(width: 120, height: 40))
        let clock = ContinuousClock()
        // Before the postings are built (`warmUp` runs off the key loop after the first frame): each name is a scan.
        var cold = base
        cold.selection = base.visible.count / 2
        _ = cold.cache.article(cold.selectedSummary!.id, store: cold.store)
        let coldTime = clock.measure { _ = cold.update(.sideBySide) }
        let warm = clock.measure { base.catalog.warmUp() }
        let n = base.visible.count
        var times: [Duration] = [], proposed = 0, sharedTotal = 0, fetch: [Duration] = []
        let step = max(1, n / 200)
        for row in stride(from: 0, to: n, by: step) {
            var s = base
            s.selection = row
            // The article's fetch alone (the reader shows it anyway), then `s` with it cached.
            var t = s
            fetch.append(clock.measure { _ = t.cache.article(t.selectedSummary!.id, store: t.store) })
            times.append(clock.measure { _ = s.update(.sideBySide) })
            if let p = s.sideBySide?.proposals.first {
                proposed += 1
                sharedTotal += p.shared.count
            }
            t = s
        }
        // The scorer alone on 100,000 summaries: the 10,000 ten times over (other IDs, same names), postings built.
        var big: [ArticleSummary] = []
        big.reserveCapacity(n * 10)
        for copy in 0..<10 {
            for var summary in base.catalog.summaries {
                summary.id += "~\(copy)"
                big.append(summary)
            }
        }
        let bigCatalog = Catalog(summaries: big)
        let bigWarm = clock.measure { bigCatalog.warmUp() }
        var bigTimes: [Duration] = []
        for row in stride(from: 0, to: n, by: step) {
            guard let a = base.cache.article(base.catalog.summaries[row].id, store: base.store) else { continue }
            let entities = a.entities.map { ($0.name, $0.type) }
            bigTimes.append(clock.measure {
                _ = OtherReports.rank(pinned: row, entities: entities, summaries: bigCatalog.summaries,
                                      rows: { bigCatalog.rows(mentioning: $0) })
            })
        }
        bigTimes.sort()
        let sorted = times.sorted()
        func ms(_ d: Duration) -> String { String(format: "%.2f ms", Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1000) }
        print("OtherReport timing: \(n) articles, s before warmUp \(ms(coldTime)) (\(cold.sideBySide?.proposals.count ?? 0) proposals), warmUp \(ms(warm)); \(times.count) presses of s: median \(ms(sorted[sorted.count / 2])), "
              + "p90 \(ms(sorted[sorted.count * 9 / 10])), max \(ms(sorted.last!)); article fetch median \(ms(fetch.sorted()[fetch.count / 2])); "
              + "\(proposed) with a proposal, \(String(format: "%.1f", Double(sharedTotal) / Double(max(1, proposed)))) shared names on average; "
              + "100,000 summaries: warmUp \(ms(bigWarm)), rank median \(ms(bigTimes[bigTimes.count / 2])), "
              + "p90 \(ms(bigTimes[bigTimes.count * 9 / 10])), max \(ms(bigTimes.last!))")
    }
}
