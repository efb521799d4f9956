import Foundation
import Testing
@testable import BulletinKit

/// The general causes of grouping, linking and titles left by earlier blind sets (NameFinder+S49c.swift, the linker's
/// numbers, the title cues and the knowledge base). Texts written here, with other names and other sentences than the
/// blind sets'; each rule has a must-find check and, where a wrong reading is near, a must-not-find one.
@Suite struct EntityS49cTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    func entity(_ e: Extraction, _ name: String) -> ArticleEntity? {
        e.entities.first { $0.name == name }
    }

    func people(_ e: Extraction) -> [ArticleEntity] { e.entities.filter { $0.type == .person } }

    // MARK: Russian

    @Test func aSoftStemSurnameInAnObliqueCaseIsTheSamePerson() {
        let e = extract("Турнир памяти Андрея Бабия прошел в Гродно. Андрей Бабий был олимпийским чемпионом.", "ru")
        #expect(people(e).map(\.name) == ["Андрей Бабий"], "\(all(e))")
        #expect(entity(e, "Андрей Бабий")?.aliases.contains("Андрея Бабия") == true, "\(all(e))")
        let f = extract("Тренер Сергей Коваль заявил, что команда готова. По словам Сергея Коваля, сборы прошли успешно.", "ru")
        #expect(people(f).map(\.name) == ["Сергей Коваль"], "\(all(f))")
    }

    @Test func anotherGivenNameKeepsTwoPeopleApart() {
        let e = extract("Олег Коваль выступил на турнире. Награду получила команда Ивана Коваля из Бреста.", "ru")
        #expect(entity(e, "Олег Коваль") != nil, "\(all(e))")
        #expect(entity(e, "Олег Коваль")?.aliases.contains("Ивана Коваля") != true, "\(all(e))")
    }

    @Test func aCoachsTitleIsNoPartOfTheName() {
        let e = extract("Главный тренер Виктор Гончаренко подвел итоги сезона, сообщила пресс-служба клуба.", "ru")
        #expect(names(e, .person).contains("Виктор Гончаренко"), "\(all(e))")
        #expect(!names(e, .person).contains { $0.lowercased().contains("тренер") }, "\(all(e))")
    }

    @Test func thePersonAQuotedBodyIsNamedAfterIsNoEntity() {
        let e = extract("Открылась ретроспектива фильмов киностудии \"Узбекфильм\" имени Камиля Ярматова в Алматы.", "ru")
        #expect(names(e, .organization).contains("Узбекфильм"), "\(all(e))")
        #expect(!names(e, .person).contains { $0.hasPrefix("Камил") }, "\(all(e))")
        let f = extract("Режиссер Камиль Ярматов снял много картин. Ретроспектива киностудии \"Узбекфильм\" имени Камиля Ярматова открылась.", "ru")
        #expect(names(f, .person).contains("Камиль Ярматов"), "\(all(f))")
    }

    // MARK: Titles in the knowledge base

    @Test func aPresidentsTitleStaysOutOfAKnownName() {
        let e = extract("Delegates laid wreaths at a memorial on Monday and visited President Ho Chi Minh's stilt house in Hanoi.", "en")
        #expect(entity(e, "Hồ Chí Minh")?.aliases == ["Ho Chi Minh"], "\(all(e))")
        let f = extract("La délégation a visité la maison du président Hô Chi Minh à Hanoï.", "fr")
        #expect(entity(f, "Hồ Chí Minh")?.aliases.allSatisfy { !$0.lowercased().hasPrefix("pr") } == true, "\(all(f))")
    }

    // MARK: Chinese

    @Test func aTownAndTheRegionOfItsNameAreTwoPlaces() {
        let e = extract("记者从吉林省获悉，吉林市今年接待游客增长。另据报道，突厥斯坦州官员说，突厥斯坦市的老城正在修复。", "zh")
        let turk = e.entities.filter { $0.aliases.contains { $0.hasPrefix("突厥斯坦") } && $0.type == .place }
        #expect(turk.count == 2, "\(all(e))")
        let g = extract("杭州市举行活动，杭州的游客很多。", "zh")
        #expect(g.entities.filter { $0.type == .place && $0.aliases.contains { $0.hasPrefix("杭州") } }.count == 1, "\(all(g))")
    }

    // MARK: Linking

    @Test func numberedRoadsStayApartAcrossArticles() {
        let items = [EntityLinker.Item(name: "Quốc lộ 24", type: .place, weight: 2), EntityLinker.Item(name: "Quốc lộ 14", type: .place, weight: 3),
                     EntityLinker.Item(name: "Quoc lo 24", type: .place, weight: 1)]
        let out = EntityLinker.cluster(items)
        #expect(out[0]?.name != "Quốc lộ 14" && out[1]?.name != "Quốc lộ 24", "\(out)")
        #expect(out[2]?.name == "Quốc lộ 24", "\(out)")
        let words = EntityLinker.skeletonWords("COP29", .organization)
        #expect(words.count == 2 && words.last == "29", "\(words)")
        #expect(EntityLinker.skeletonWords("Vietnam Airlines", .organization) == EntityLinker.skeletonWords("Vietnam Airlines", .organization))
    }

    @Test func aDottedNameCutAfterATitleTakesItsFirstCharacter() {
        let e = extract("科伦坡大学经济系教授钱萨卡·佩雷拉表示，合作前景广阔。", "zh")
        #expect(names(e, .person).contains("钱萨卡·佩雷拉"), "\(all(e))")
        #expect(!names(e, .person).contains("萨卡·佩雷拉"), "\(all(e))")
    }

    @Test func aBodyCutAtTheEraWordTakesItsName() {
        let e = extract("该项目由福州时代能源科技有限公司承建，当时代表团参观了工厂。", "zh")
        #expect(names(e, .organization).contains("福州时代能源科技有限公司"), "\(all(e))")
        #expect(!names(e, .organization).contains("代能源科技有限公司") && !names(e, .organization).contains { $0.hasPrefix("当") }, "\(all(e))")
    }

    // MARK: Holidays

    @Test func aLoneHolidayIsNoEntity() {
        let e = extract("Les dockers de Lomé disent attendre un accord avant Noël, puis une reprise après Pâques.", "fr")
        #expect(!names(e, .organization).contains("Noël") && !names(e, .place).contains("Pâques") && !names(e, .organization).contains("Pâques"), "\(all(e))")
        let f = extract("Le député Noël Mamère a soutenu les grévistes à Lomé.", "fr")
        #expect(names(f, .person).contains("Noël Mamère"), "\(all(f))")
    }
}
