import Foundation
import Testing
@testable import BulletinKit

/// Two parser and dateline gaps found on scripts/entity-unseen/holdout27 (issue 4), checked with other names and
/// another agency's wording: a wire trailer kept with its article, and a dateline's agency read as an organization
/// all through the article. Each rule has a must-find and a must-not-find check.
@Suite struct EntityCP15Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Trailers

    @Test func agencyTrailerStaysWithItsArticle() {
        let text = """
        Harrowgate Mills lifts annual forecast after strong autumn sales

        LEEDS — Harrowgate Mills Plc said on Tuesday its profit rose by a fifth. Chief executive Owen Pryce said demand held up.

        The company will pay a special dividend in March.

        Securities in this story: (LSE:HGM)

        This story by the Pennine News Agency was first published Dec. 2, 2025.

        """
        let a = ArticleParser.parse(text: text, file: "/x/wire.txt")
        #expect(a.count == 1, "\(a.map(\.title))")
        #expect(a.first?.body.hasSuffix("This story by the Pennine News Agency was first published Dec. 2, 2025.") == true)
        #expect(a.first?.body.contains("(LSE:HGM)") == true)
        #expect(a.map(\.raw).joined() == text)
    }

    @Test func bracketedLabelLineWithTrailerStaysToo() {
        let text = "Ferry service resumes on the northern route\n\nThe ferry sailed again on Monday after repairs.\n\nWith files from Harbour Wire (HW)\n\nThis article was first published by Harbour Wire on March 3, 2026.\n"
        let a = ArticleParser.parse(text: text, file: "/x/ferry.txt")
        #expect(a.count == 1, "\(a.map(\.title))")
    }

    @Test func twoRealArticlesStillSplit() {
        // A one-sentence last article under a real headline is an article.
        let text = """
        Council approves new budget for the harbour district

        The council voted on Monday. The budget rises by four per cent.

        Rail strike called off after late-night talks

        The union said the walkout planned for Friday will not go ahead.

        """
        let a = ArticleParser.parse(text: text, file: "/x/digest.txt")
        #expect(a.map(\.title) == ["Council approves new budget for the harbour district", "Rail strike called off after late-night talks"])
        // A label line followed by more than one sentence, or by two paragraphs, still starts an article.
        let two = """
        Council approves new budget for the harbour district

        The council voted on Monday. The budget rises by four per cent.

        Markets: (FTSE 100) closes higher on bank shares

        The index rose by one per cent. Banks led the gains.

        """
        #expect(ArticleParser.parse(text: two, file: "/x/digest.txt").count == 2)
        let paragraphs = two.replacingOccurrences(of: "per cent. Banks", with: "per cent.\n\nBanks")
        #expect(ArticleParser.parse(text: paragraphs, file: "/x/digest.txt").count == 2)
    }

    @Test func oneSentenceCheck() {
        #expect(ArticleParser.isOneSentence("This report by the Pennine News Agency was first published Dec. 2, 2025."))
        #expect(ArticleParser.isOneSentence("Reporting by J. Smith in the U.S. Senate press gallery."))
        #expect(!ArticleParser.isOneSentence("The index rose by one per cent. Banks led the gains."))
        #expect(ArticleParser.isMetadataHeadline("Securities in this story: (LSE:HGM)"))
        #expect(!ArticleParser.isMetadataHeadline("Second story: the sequel arrives"))
    }

    // MARK: Dateline agencies

    @Test func datelineAgencyWinsOverALaterMention() {
        let pt = extract("Évora, 4 fev 2026 (Ecclesia) - O Tribunal de Évora absolveu hoje um antigo autarca.\n\nO advogado Nuno Carvalhal disse à Ecclesia que o processo terminou.", "pt")
        #expect(names(pt, .organization).contains("Ecclesia") && !names(pt, .place).contains("Ecclesia"), "\(all(pt))")
        let fr = extract("Rennes, 3 mars (Ouestpress) - Le tribunal de Rennes a condamné hier un ancien maire.\n\nSon avocat a indiqué à Ouestpress qu'il ferait appel.", "fr")
        #expect(names(fr, .organization).contains("Ouestpress") && !names(fr, .place).contains("Ouestpress"), "\(all(fr))")
        let en = extract("NAIROBI, March 3 (Savannah) - A court in Nairobi jailed a former mayor on Tuesday.\n\nHis lawyer told Savannah he would appeal.", "en")
        #expect(names(en, .organization).contains("Savannah") && !names(en, .place).contains("Savannah"), "\(all(en))")
    }

    @Test func onlyTheDatelinesAgencyIsRetyped() {
        // Other places of a dateline article stay places.
        let e = extract("NAIROBI, March 3 (Savannah) - A court in Nairobi jailed a former mayor on Tuesday.\n\nHis lawyer said he would fly to Mombasa and appeal.", "en")
        #expect(names(e, .place).contains("Nairobi") && names(e, .place).contains("Mombasa"), "\(all(e))")
        // A word in parentheses that is no dateline (no date before it, no dash after it) retypes nothing.
        let not = extract("The mayor of Brookhaven (Mississippi) said on Monday that the bridge would reopen.\n\nTraffic in Brookhaven has doubled since the closure, officials in Brookhaven said.", "en")
        #expect(names(not, .place).contains("Brookhaven") && !names(not, .organization).contains("Brookhaven"), "\(all(not))")
    }

    // MARK: English trailers' names

    @Test func countrysAdjectiveBeforeAnOrganizationsHead() {
        let e = extract("This story by the Australian Associated Press was first published on Monday. The Irish Broadcasting Society aired it.", "en")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Australian Associated Press") && orgs.contains("Irish Broadcasting Society"), "\(all(e))")
        // A country's name, not its adjective, and "Federation" stay out.
        let not = extract("The Japan Bank for International Cooperation lent money to the Russian Federation.", "en")
        #expect(!names(not, .organization).contains("Russian Federation") && !names(not, .organization).contains("Japan Bank"), "\(all(not))")
        let plain = extract("Canadian officials met the Press Council on Monday.", "en")
        #expect(!names(plain, .organization).contains { $0.hasPrefix("Canadian") }, "\(all(plain))")
    }

    @Test func tickerAfterAnExchangeIsNoName() {
        let e = extract("Harrow Mills rose four per cent. Companies in this story: (LSE:HRW)", "en")
        #expect(!names(e, .organization).contains("HRW") && names(e, .organization).contains("LSE"), "\(all(e))")
        // Capitals in parentheses without an exchange's colon stay.
        let not = extract("The Harbour Workers Union (HWU) called a strike on Monday.", "en")
        #expect(names(not, .organization).contains { $0.contains("HWU") || $0 == "Harbour Workers Union" }, "\(all(not))")
    }
}
