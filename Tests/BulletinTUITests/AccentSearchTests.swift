import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// A list search for a word typed with diacritics: the store checks the
/// accents of its best-ranked matches only, to answer at once, so the TUI
/// shows that answer as a floor and asks for every match next (session 38:
/// "coopération" counted 425 of the 1,475 articles that write it, at 10,000).
@Suite struct AccentSearchTests {
    /// 400 English articles that rank first for "cooperation" (in their titles, twice), and French ones
    /// that write "coopération" once, in their texts only: the best-ranked 300 are all English.
    static func corpus(french: Int) throws -> (root: URL, corpus: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-accents-\(UUID().uuidString)")
        let corpus = root.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for i in 0..<400 {
            let text = "Cooperation and cooperation \(i)\n\nThe cooperation of the two sides on cooperation grew, day \(i).\n"
            try Data(text.utf8).write(to: corpus.appendingPathComponent(String(format: "en%03d.txt", i)))
        }
        for i in 0..<french {
            let text = "Les entreprises de Minsk \(i)\n\n"
                + "Le ministre a parlé longuement des usines, des routes, des écoles, des hôpitaux et de la coopération, jour \(i).\n"
            try Data(text.utf8).write(to: corpus.appendingPathComponent(String(format: "fr%03d.txt", i)))
        }
        return (root, corpus)
    }

    @Test func everyArticleThatWritesTheAccentsIsFound() throws {
        let (root, corpus) = try Self.corpus(french: 7)
        defer { try? FileManager.default.removeItem(at: root) }
        let opened = CorpusIndex.openStore(paths: [corpus.path], indexPath: root.appendingPathComponent("index.sqlite").path)
        let store = try #require(opened.store, "\(opened.notices)")
        // The ranked answer alone misses them (what the list showed before).
        let ranked = AppState.bodySearch(in: store, query: "coopération", limit: AppState.bodySearchLimit)
        #expect(ranked.ids.filter { $0.hasPrefix("fr") }.count < 7, "\(ranked.ids.count)")
        var p = Program(state: AppState(store: store, corpusName: "news", size: Size(width: 120, height: 20)))
        p.send(try KeyNames.parse("/ c o o p é r a t i o n Enter"))
        #expect(p.state.search.bodyHits == Set((0..<7).map { "fr00\($0)" }), "\(p.state.search.bodyHits.sorted())")
        #expect(p.state.message?.hasPrefix("7 articles match “coopération” (0 in the title)") == true, "\(p.state.message ?? "")")
        #expect(p.state.selectedSummary?.id.hasPrefix("fr") == true)
        // Without accents, every article matches, as before.
        var q = Program(state: AppState(store: store, corpusName: "news", size: Size(width: 120, height: 20)))
        q.send(try KeyNames.parse("/ c o o p e r a t i o n Enter"))
        #expect(q.state.search.bodyHits.count == 407)
    }

    /// In the terminal the second answer comes from the background: the first is said to be a floor, the
    /// second makes the count exact, and `A` in between waits for every match.
    @Test func theFirstAnswerIsAFloorUntilEveryMatchIsChecked() throws {
        let articles = (0..<5).map { i in
            Fixtures.article("f\(i)", title: "Note \(i)", date: nil, language: "fr",
                             body: "La coopération, jour \(i).", countries: [], entities: [])
        }
        var p = Program(state: Fixtures.state(articles))
        p.searchesInline = false
        p.send(try KeyNames.parse("/ c o o p é r a t i o n"))
        #expect(p.send(.enter) == [.bodySearch(query: "coopération")])
        #expect(p.apply(.bodySearchResults(query: "coopération", ids: ["f1", "f3"], more: false))
                == [.bodySearch(query: "coopération", uncapped: true)])
        #expect(p.state.message == "At least 2 articles match “coopération”; checking every match for its accents…",
                "\(p.state.message ?? "")")
        #expect(p.state.search.bodyMore)
        // An answer for another query changes nothing.
        #expect(p.apply(.allSearchMatches(query: "cooperation", ids: ["f0"])) == [])
        #expect(p.state.search.bodyHits == ["f1", "f3"])
        #expect(p.apply(.allSearchMatches(query: "coopération", ids: ["f0", "f1", "f2", "f3", "f4"])) == [])
        #expect(p.state.message == "5 articles match “coopération” (0 in the title); n/N next/previous", "\(p.state.message ?? "")")
        #expect(!p.state.search.bodyMore)
        // None found first: not "No match" while the rest is being checked.
        var q = Program(state: Fixtures.state(articles))
        q.searchesInline = false
        q.send(try KeyNames.parse("/ c o o p é r a t i o n Enter"))
        q.apply(.bodySearchResults(query: "coopération", ids: [], more: false))
        #expect(q.state.message == "Checking every match of “coopération” for its accents…", "\(q.state.message ?? "")")
        // A word without accents is answered once, as before.
        var r = Program(state: Fixtures.state(articles))
        r.searchesInline = false
        r.send(try KeyNames.parse("/ j o u r Enter"))
        #expect(r.apply(.bodySearchResults(query: "jour", ids: ["f0", "f1", "f2", "f3", "f4"], more: false)) == [])
        #expect(r.state.message?.hasPrefix("5 articles match “jour”") == true, "\(r.state.message ?? "")")
    }
}
