import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// Review polish 9 and bug 12 in the TUI: the titles matched while typing
/// after `/` fold as search does (diacritics typed are diacritics meant) and
/// see a name written with or without its spaces.
@Suite struct TitleSearchDiacriticTests {
    static func article(_ id: String, _ title: String, _ body: String = "Text.") -> Article {
        Article(id: id, file: "/corpus/\(id).txt", title: title, date: "2025-01-01", language: "vi",
                body: body, raw: title + "\n\n" + body, countries: [])
    }

    static let articles = [
        article("vi-name", "Tổng Bí thư Tô Lâm làm việc tại Hà Nội", "Tô Lâm làm việc với lãnh đạo."),
        article("vi-work", "Công nhân làm việc ở Đà Nẵng"),
        article("en-hanoi", "Talks in Hanoi"),
        article("en-oil", "Than oil prices fall"),
        article("vi-country", "Kinh tế Việt Nam tăng trưởng"),
    ]

    func titles(_ query: String) throws -> Set<String> {
        let p = try Fixtures.run("/ " + query.map { $0 == " " ? "Space" : String($0) }.joined(separator: " "),
                                 articles: Self.articles)
        let state = p.state
        return Set(state.catalog.summaries.indices.filter { state.titleMatches($0) }.map { state.catalog.summaries[$0].id })
    }

    @Test func accentsTypedMustMatchAndUntypedMatchEveryVariant() throws {
        #expect(try titles("lam") == ["vi-name", "vi-work"])
        #expect(try titles("làm") == ["vi-name", "vi-work"])
        #expect(try titles("Lâm") == ["vi-name"])
        #expect(try titles("tô lâm") == ["vi-name"])
        #expect(try titles("to lam") == ["vi-name"])
        #expect(try titles("lấm") == [], "folds to lam, but nobody writes it")
    }

    @Test func aNameMatchesWithOrWithoutItsSpaces() throws {
        let hanoi = try titles("hanoi")
        #expect(hanoi == ["vi-name", "en-hanoi"], "not tHAN OIl: \(hanoi)")
        #expect(try titles("ha noi") == ["vi-name", "en-hanoi"])
        #expect(try titles("vietnam") == ["vi-country"])
        #expect(try titles("Việt Nam") == ["vi-country"])
        #expect(try titles("viet") == ["vi-country"])
    }

    @Test func readerMatchesFollowTheSameRule() {
        let text = "Tô Lâm làm việc với lãnh đạo."
        #expect(MatchFinder.matches(of: "lam", in: text).count == 2)
        let marked = MatchFinder.matches(of: "làm", in: text)
        #expect(marked.count == 1)
        #expect(marked.first.map { (text as NSString).substring(with: NSRange(location: $0.lowerBound, length: $0.count)) } == "làm")
    }

    @Test func noTitleMatchSaysEnterSearchesTheFullText() throws {
        let p = try Fixtures.run("/ l ấ m", articles: Self.articles)
        #expect(p.state.search.failed)
        #expect(p.frame.row(39).contains("/lấm_   (not in a title; Enter searches the full text)"), "\(p.frame.row(39))")
    }
}
