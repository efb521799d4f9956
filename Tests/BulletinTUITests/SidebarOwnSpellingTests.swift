import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// The sidebar shows a person in the article's own spelling when the article writes the whole name in the
/// canonical name's script but spelt otherwise (the linker's canonical name follows the corpus's majority:
/// an English report's "Nikolai Sonin" became "Nikolaï Sonine" at 100,000 articles); the name across scripts
/// and a surname alone keep the canonical name, and the status line says what the entity is linked under.
@Suite struct SidebarOwnSpellingTests {
    static func person(_ name: String, _ aliases: [String]) -> ArticleEntity {
        ArticleEntity(name: name, type: .person, aliases: aliases, mentions: aliases.count)
    }

    @Test func ownSpellingInTheSameScript() {
        #expect(SidebarPane.shownName(Self.person("Nikolaï Sonine", ["Nikolai Sonin", "Sonin"])) == "Nikolai Sonin")
        #expect(SidebarPane.shownName(Self.person("Сергей Иванов", ["Сергея Иванова", "Иванов"])) == "Сергея Иванова")
    }

    @Test func canonicalOtherwise() {
        // Written as the canonical name, in another script, as a surname alone, or not a person.
        #expect(SidebarPane.shownName(Self.person("Alexander Lukashenko", ["Alexander Lukashenko", "Aleksandr Lukashenko"]))
                == "Alexander Lukashenko")
        #expect(SidebarPane.shownName(Self.person("Alexander Lukashenko", ["لوكاشينكو", "ألكسندر لوكاشينكو"])) == "Alexander Lukashenko")
        #expect(SidebarPane.shownName(Self.person("Nikolaï Sonine", ["Sonin"])) == "Nikolaï Sonine")
        #expect(SidebarPane.shownName(ArticleEntity(name: "Kyiv", type: .place, aliases: ["Kiev City"])) == "Kyiv")
    }

    @Test func sidebarRowAndStatusLine() throws {
        let body = "Nikolai Sonin met the delegation. Sonin said the talks went well."
        let article = Fixtures.article("a", title: "Talks", date: nil, language: "en", body: body, countries: [],
                                       entities: [("Nikolaï Sonine", .person, ["Nikolai Sonin", "Sonin"], nil)])
        let p = try Fixtures.run("Enter e Tab", size: Size(width: 120, height: 16), articles: [article])
        let screen = Review37Tests.screen(p)
        #expect(screen.contains("Nikolai Sonin") || screen.contains("N. Sonin"), "\(screen)")
        #expect(!screen.contains("Sonine │") , "\(screen)")
    }
}
