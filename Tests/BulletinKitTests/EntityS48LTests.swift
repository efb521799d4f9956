import Foundation
import Testing
@testable import BulletinKit

/// Session 48's lead rule (NameFinder+S48L.swift): a Russian body named after its city. Sentences written here.
@Suite struct EntityS48LTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    @Test func aBodyTakesItsCityInTheGenitive() {
        let e = extract("Соглашение о стажировках подписали Национальный университет Бамако и белорусский технический вуз.", "ru")
        #expect(names(e, .organization).contains("Национальный университет Бамако"), "\(all(e))")
        #expect(!names(e, .place).contains("Bamako"), "\(all(e))")
        let f = extract("Вечером концерт дал Симфонический оркестр Алматы при поддержке спонсоров.", "ru")
        #expect(names(f, .organization).contains("Симфонический оркестр Алматы"), "\(all(f))")
        #expect(!names(f, .place).contains("Almaty"), "\(all(f))")
    }

    @Test func aPlaceElsewhereStaysAPlace() {
        // The city as a body's name and then alone: the body takes the first, the second stays a place.
        let e = extract("Врачи говорят, что Центральная городская больница Дакара получила новое оборудование. Врачи в Дакаре благодарят поставщиков.", "ru")
        #expect(names(e, .organization).contains("Центральная городская больница Дакара"), "\(all(e))")
        #expect(names(e, .place).contains("Dakar"), "\(all(e))")
        // With a preposition between them the place is where the body sits: both stay.
        let p = extract("Национальный университет в Бамако открыл новый корпус для студентов.", "ru")
        #expect(names(p, .place).contains("Bamako"), "\(all(p))")
        #expect(!names(p, .organization).contains(where: { $0.hasSuffix("Бамако") }), "\(all(p))")
    }
}
