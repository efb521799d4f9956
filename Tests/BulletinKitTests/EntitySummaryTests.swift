import Foundation
import Testing
@testable import BulletinKit

@Suite struct EntitySummaryTests {
    func article(_ id: String, countries: [String], _ entities: [ArticleEntity]) -> Article {
        Article(id: id, file: id, title: "", body: "", raw: "", countries: countries, entities: entities)
    }

    @Test func entitiesAreGroupedAcrossArticlesMostWidespreadFirst() {
        let articles = [
            article("a", countries: ["BY"], [ArticleEntity(name: "Minsk", type: .place, aliases: ["Minsk"], mentions: 2),
                                             ArticleEntity(name: "Alexander Lukashenko", type: .person, aliases: ["Lukashenko"], mentions: 1)]),
            article("b", countries: ["BY", "VN"], [ArticleEntity(name: "Alexander Lukashenko", type: .person, aliases: ["Лукашенко"], mentions: 3),
                                                   ArticleEntity(name: "Belarus", type: .country, aliases: ["Беларусь"], mentions: 1, code: "BY")]),
        ]
        let list = EntitySummary.summarize(articles, includeCountries: false)
        #expect(list.map(\.name) == ["Alexander Lukashenko", "Minsk"])
        #expect(list[0].mentions == 4)
        #expect(list[0].articles == ["a", "b"])
        #expect(list[0].aliases == ["Lukashenko", "Лукашенко"])
        #expect(EntitySummary.summarize(articles).contains { $0.code == "BY" })
    }

    @Test func countriesAreCountedOncePerArticleWithEnglishNames() {
        let articles = [
            article("a", countries: ["BY", "VN"], []),
            article("b", countries: ["BY"], []),
            article("c", countries: ["CN"], []),
        ]
        let list = CountrySummary.summarize(articles)
        #expect(list.map(\.code) == ["BY", "CN", "VN"])
        #expect(list[0].articles == 2)
        #expect(list.first { $0.code == "CN" }?.name == "China")
        #expect(list.first { $0.code == "VN" }?.name == "Vietnam")
    }
}
