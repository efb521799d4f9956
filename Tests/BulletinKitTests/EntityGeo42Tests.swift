import Foundation
import Testing
@testable import BulletinKit

/// Organization names that hold a known place (NameFinder+Geo42.swift): the body goes on over the place, and the place
/// is no entity of its own unless the text also names it alone. Texts written here, with other sentences than any test
/// set's; each rule has a must-find and a must-not-find check.
@Suite struct EntityGeo42Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Latin script

    @Test func aBodysHeadOfAKnownPlaceIsOneBody() {
        let e = extract("HARBIN, May 4 -- The Bank of Harbin and the University of Lagos signed a loan deal on Monday, and city officials in Harbin welcomed it.", "en")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Bank of Harbin"), "\(all(e))")
        #expect(orgs.contains("University of Lagos"), "\(all(e))")
        // No article before the name in it; the town named alone stays a place, the one only inside a name does not.
        #expect(!orgs.contains { $0.hasPrefix("The ") }, "\(all(e))")
        #expect(names(e, .place).contains("Harbin"), "\(all(e))")
        #expect(!names(e, .place).contains("Lagos"), "\(all(e))")
    }

    @Test func romanceBodiesWithLowercaseHeadsTakeTheirPlace() {
        let e = extract("Le conseil départemental de l'Allier et le Théâtre royal de Namur ont signé une convention mardi.", "fr")
        let orgs = names(e, .organization)
        #expect(orgs.contains("conseil départemental de l'Allier"), "\(all(e))")
        #expect(orgs.contains("Théâtre royal de Namur"), "\(all(e))")
        #expect(!names(e, .place).contains("Namur"), "\(all(e))")
        // A hospital named by its own name, then the town where it stands: the town stays a place.
        let f = extract("Il paziente è stato trasferito all'ospedale Niguarda di Milano martedì.", "it")
        #expect(!names(f, .organization).contains { $0.hasSuffix("Milano") }, "\(all(f))")
        #expect(names(f, .place).contains("Milan"), "\(all(f))")
    }

    @Test func anUnknownBodyOrAcronymRightBeforeOrAfterAPlaceTakesItIn() {
        let e = extract("New trains made by CRRC Changchun arrived on Friday, the operator said.", "en")
        #expect(names(e, .organization).contains("CRRC Changchun"), "\(all(e))")
        #expect(!names(e, .place).contains("Changchun"), "\(all(e))")
        let g = extract("Officials at Nova Scotia Health Authority said on Monday that wait times fell.", "en")
        #expect(names(g, .organization).contains("Nova Scotia Health Authority"), "\(all(g))")
        // A lowercase word between them: the body's sentence goes on, the place is one of its own.
        let f = extract("Zorvex Holdings said Changchun would host the handover next week.", "en")
        #expect(names(f, .place).contains("Changchun"), "\(all(f))")
        #expect(!names(f, .organization).contains { $0.contains("Changchun") }, "\(all(f))")
    }

    // MARK: Cyrillic

    @Test func aCityBodyAndAKnownPlaceInTheGenitiveAreOneBody() {
        let e = extract("Депутаты Думы города Калуги утвердили бюджет. Мэрия Перми сообщила об этом, передает ИА «Чувашия».", "ru")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Думы города Калуги"), "\(all(e))")
        #expect(orgs.contains("Мэрия Перми"), "\(all(e))")
        #expect(orgs.contains("ИА «Чувашия»"), "\(all(e))")
        #expect(!names(e, .place).contains("Perm") && !names(e, .place).contains("Chuvashia"), "\(all(e))")
        // The town named alone stays a place.
        let f = extract("Мэр прибыл в Калугу во вторник и встретился с жителями.", "ru")
        #expect(names(f, .place).contains("Kaluga"), "\(all(f))")
        #expect(names(f, .organization).isEmpty, "\(all(f))")
    }

    // MARK: Chinese

    @Test func aCitysSportsCentreIsAVenue() {
        let e = extract("比赛在株洲市体育中心举行，株洲市中心医院派出救护车。", "zh")
        #expect(names(e, .place).contains("株洲市体育中心"), "\(all(e))")
        #expect(!names(e, .organization).contains("株洲市体育中心"), "\(all(e))")
        // A hospital stays a body.
        #expect(names(e, .organization).contains("株洲市中心医院"), "\(all(e))")
    }

    // MARK: Vietnamese

    @Test func twoPlacesWrittenTogetherAreAClubsName() {
        let e = extract("Hà Nội, 5/5 (TTXVN) - Nha Trang Khánh Hòa đã thắng Hòa Bình với tỷ số 2-0 trên sân nhà.", "vi")
        #expect(names(e, .organization).contains("Nha Trang Khánh Hòa"), "\(all(e))")
        #expect(!names(e, .place).contains("Nha Trang"), "\(all(e))")
        // After a word for a place's kind, a city and its province.
        let f = extract("Đoàn công tác đã đến thành phố Nha Trang Khánh Hòa vào sáng nay.", "vi")
        #expect(names(f, .organization).isEmpty, "\(all(f))")
        #expect(names(f, .place).contains("Nha Trang"), "\(all(f))")
    }
}
