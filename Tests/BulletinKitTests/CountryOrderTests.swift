import Testing
@testable import BulletinKit

/// The order of an article's countries: the list shows only the first code or two, so the
/// country a story is about must come first, not the first one its body happens to name.
@Suite struct CountryOrderTests {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    @Test func theHeadlineCountryComesFirst() {
        let title = "Une coopérative tunisienne exporte son huile d'olive"
        let body = """
        SFAX, 3 mars - Les ventes vers l'Italie et l'Espagne ont doublé cette année, selon la coopérative Zitouna Sfax. \
        Le directeur, Hatem Jlassi, prévoit d'ouvrir un entrepôt à Gênes.
        """
        let e = extractor.extract(title: title, body: body, language: "fr")
        #expect(Set(e.countries) == ["TN", "IT", "ES"])
        #expect(e.countries.first == "TN")
    }

    @Test func moreMentionsComeBeforeAnEarlierSingleMention() {
        let body = """
        Exports to Norway were flat. Meanwhile Kenya's tea board said Kenya would double its auction volume, \
        and Kenyan growers in Kericho welcomed the move.
        """
        let e = extractor.extract(title: "", body: body, language: "en")
        #expect(e.countries == ["KE", "NO"])
    }

    @Test func tiesKeepTheOrderOfFirstMention() {
        let body = "Talks between Peru and Chile resumed in Lima on Monday, officials said."
        let e = extractor.extract(title: "", body: body, language: "en")
        #expect(e.countries == ["PE", "CL"])
        #expect(EntityExtractor.rankCountries(["PE", "CL"], entities: [], headline: ["CL"]) == ["CL", "PE"])
        #expect(EntityExtractor.rankCountries(["PE"], entities: [], headline: []) == ["PE"])
    }
}
