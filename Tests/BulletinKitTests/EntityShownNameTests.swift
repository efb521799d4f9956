import Foundation
import Testing
@testable import BulletinKit

/// The name an unknown entity is shown by (`MentionGrouper.uninflectedName`): in inflecting
/// languages its longest form is often in an oblique case, and the form without the case ending,
/// when the article writes it too, is the one shown. Aliases and mention counts do not change.
@Suite struct EntityShownNameTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    func entity(_ e: Extraction, containing alias: String) -> ArticleEntity? {
        e.entities.first { $0.aliases.contains(alias) }
    }

    @Test func caseEndingDroppedWhenTheArticleWritesTheBareForm() {
        let pl = extract("Warszawa (PAP) - Prezes spółki Bogumił Jaskólski spotkał się we wtorek z ministrem. "
                         + "Rozmowa z Bogumiłem Jaskólskim trwała godzinę. Bogumił Jaskólski zapowiedział nowe inwestycje.", "pl")
        if let e = entity(pl, containing: "Bogumiłem Jaskólskim") {
            #expect(e.name == "Bogumił Jaskólski", "\(e)")
            #expect(e.aliases.contains("Bogumił Jaskólski"))
        } else {
            Issue.record("no entity for Bogumiłem Jaskólskim: \(pl.entities.map(\.name))")
        }
    }

    @Test func longestFormKeptWhenNoShorterFormIsItsStem() {
        // A shorter form that is not the longest one's stem (another first name, a surname alone) is not shown.
        let en = extract("Marta Quillfeather, the mayor, said the Quillfeather family would stay. Quillfeather added nothing.", "en")
        let e = entity(en, containing: "Marta Quillfeather")
        #expect(e?.name == "Marta Quillfeather", "\(en.entities.map(\.name))")
    }
}

/// `MentionGrouper.wordsBetweenSpaces` splits names as `split(separator: " ")` does.
@Suite struct WordsBetweenSpacesTests {
    @Test func sameWordsAsTheGenericSplit() {
        for s in ["", " ", "Bogumił Jaskólski", "  Tô  Lâm ", "Александр Лукашенко", "عبد الله", "习近平", "a b  c   ",
                  "Łódź", "Jean-Pierre  O'Neil", "👍🏽 Team"] {
            #expect(MentionGrouper.wordsBetweenSpaces(s) == s.split(separator: " "), "\(s)")
        }
    }
}
