import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// A story that names a city but never its country (a Russian desk on Khabarovsk) is found by the country
/// filter, counted in the picker, and shows the code in its row; the reader says why.
@Suite struct PlaceCountryFilterTests {
    static let articles = [
        Fixtures.article("dom", title: "Новая набережная", date: "2026-12-04", language: "ru",
                         body: "В Хабаровске открыли набережную.", countries: [],
                         entities: [("Khabarovsk", .place, ["Хабаровске"], nil)]),
        Fixtures.article("named", title: "Talks in Minsk", date: "2026-12-03", language: "en",
                         body: "Belarus and Russia talked.", countries: ["BY", "RU"], entities: []),
        Fixtures.article("other", title: "Weather", date: "2026-12-02", language: "en",
                         body: "Rain.", countries: ["VN"], entities: []),
    ]

    @Test func catalogCountsAndFiltersByPlace() {
        let summaries = MemoryStore(articles: Self.articles).summaries
        let dom = summaries.first { $0.id == "dom" }
        #expect(dom?.countries == [] && dom?.placeCountries == ["RU"])
        let catalog = Catalog(summaries: summaries)
        #expect(catalog.countries.first { $0.code == "RU" }?.count == 2)
        let f = Filters(countries: ["RU"])
        let rows = catalog.apply(f)
        #expect(rows.map { summaries[$0].id }.sorted() == ["dom", "named"])
        #expect(rows == summaries.indices.filter { f.accepts(summaries[$0]) })
    }

    @Test func rowShowsTheCodeAndTheReaderSaysByPlace() throws {
        let list = try Fixtures.run("", size: Size(width: 100, height: 12), articles: Self.articles)
        let screen = Review37Tests.screen(list)
        let row = try #require(screen.split(separator: "\n").first { $0.contains("Новая набережная") })
        #expect(row.contains(" RU "), "\(row)")
        let reader = try Fixtures.run("Enter", size: Size(width: 100, height: 12), articles: Self.articles)
        #expect(Review37Tests.screen(reader).contains("by place: Russia (RU)"), "\(Review37Tests.screen(reader))")
    }
}

/// What `|` sends a command names the countries of the article's places too, on a line of their own.
@Suite struct PlaceCountryPipeTests {
    @Test func pipeDetailsNameTheCountriesByPlace() {
        let text = PipeText.format(PlaceCountryFilterTests.articles[0])
        #expect(text.contains("\nCountries by place: Russia (RU)\n"), "\(text)")
        #expect(!text.contains("\nCountries: "), "\(text)")
        let named = PipeText.format(PlaceCountryFilterTests.articles[1])
        #expect(named.contains("\nCountries: Belarus (BY), Russia (RU)\n") && !named.contains("by place"), "\(named)")
    }
}
