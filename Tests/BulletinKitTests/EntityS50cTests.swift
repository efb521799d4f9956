import Foundation
import Testing
@testable import BulletinKit

/// Routes named by their ends (NameFinder+S50c.swift): the route a place, each end a place too. Texts written here, with
/// other names and other sentences than the sets'; each rule has a must-find check and a must-not-find one.
@Suite struct EntityS50cTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    @Test func frenchSectionNamedByItsEnds() {
        let e = extract("Le ministre a inauguré jeudi le tronçon Oran-Tlemcen, long de 160 km, avant de visiter la gare de Sidi Bel Abbès.", "fr")
        #expect(names(e, .place).contains("Oran-Tlemcen"), "\(all(e))")
        #expect(names(e, .place).contains("Oran") && names(e, .place).contains("Tlemcen"), "\(all(e))")
        let f = extract("Le rapport de Jean-Pierre Martin sur la ligne budgétaire a été transmis au gouvernement.", "fr")
        #expect(!names(f, .place).contains { $0.contains("-") }, "\(all(f))")
    }

    @Test func frenchRouteEndsArePlacesToo() {
        let e = extract("Les travaux de la route Kayes-Nioro se poursuivent, a indiqué le gouverneur de la région de Kayes.", "fr")
        #expect(names(e, .place).contains("Nioro"), "\(all(e))")
        #expect(names(e, .place).contains { $0.hasSuffix("Kayes-Nioro") }, "\(all(e))")
        let f = extract("Le match Maroc-Sénégal aura lieu samedi à Rabat, selon la fédération.", "fr")
        #expect(!names(f, .place).contains { $0.contains("Maroc-") }, "\(all(f))")
    }

    @Test func englishRoadNamedByItsEnds() {
        let e = extract("Traffic resumed on the Almaty-Taraz highway on Monday after crews cleared the snow near Kordai, officials said.", "en")
        #expect(names(e, .place).contains("Almaty-Taraz"), "\(all(e))")
        #expect(names(e, .place).contains("Almaty") && names(e, .place).contains("Taraz"), "\(all(e))")
        let f = extract("The Israel-Hamas talks in Doha resumed on Monday, officials said, and the Almaty office stayed closed.", "en")
        #expect(!names(f, .place).contains { $0.contains("-") }, "\(all(f))")
    }

    @Test func russianSectionNamedByItsEnds() {
        let e = extract("Движение по трассе закрыто на участке Бишкек – Кара-Балта из-за ремонта, сообщили в министерстве транспорта.", "ru")
        #expect(names(e, .place).contains("Бишкек – Кара-Балта"), "\(all(e))")
        let f = extract("На избирательном участке в Бишкеке проголосовали более тысячи человек, сообщили в комиссии.", "ru")
        #expect(!names(f, .place).contains { $0.contains("–") }, "\(all(f))")
    }

    @Test func russianRoadNamedByItsAdjective() {
        let e = extract("Грузовики простаивают у перевала, движение по Чуйскому тракту ограничено до утра, сообщили спасатели.", "ru")
        #expect(names(e, .place).contains("Чуйскому тракту"), "\(all(e))")
        let g = extract("Ремонт Чуйского тракта завершат к осени. Движение по Чуйскому тракту ограничено, сообщили в Бийске.", "ru")
        #expect(g.entities.filter { $0.type == .place && $0.aliases.contains { $0.hasPrefix("Чуйск") } }.count == 1, "\(all(g))")
        let f = extract("Новая дорога соединит два района. По словам губернатора, Белорусская железная дорога перевезла больше грузов.", "ru")
        #expect(!names(f, .place).contains("Новая дорога"), "\(all(f))")
        #expect(!names(f, .place).contains { $0.hasPrefix("Белорусская") }, "\(all(f))")
    }

    @Test func chineseSectionNamedByItsEnds() {
        let e = extract("据介绍，内罗毕至马拉巴段已于去年开通货运，马拉巴至坎帕拉段预计明年开工。", "zh")
        #expect(names(e, .place).contains("内罗毕至马拉巴段"), "\(all(e))")
        #expect(names(e, .place).contains("马拉巴至坎帕拉段"), "\(all(e))")
        let f = extract("代表团从内罗毕至蒙巴萨考察了三天，随后返回北京。蒙内铁路内罗毕至马拉巴段运行平稳。", "zh")
        #expect(!names(f, .place).contains { $0.contains("至") }, "\(all(f))")
    }

    @Test func russianObliqueFullNameAndNominativeSurname() {
        let e = extract("Он обыграл гроссмейстеров Дмитрия Колесника и Артема Гусарова. Позже тренер заявил, что Колесник и Гусаров поедут на турнир.", "ru")
        let people = e.entities.filter { $0.type == .person }
        #expect(people.contains { $0.aliases.contains("Колесник") && $0.aliases.contains("Дмитрия Колесника") }, "\(all(e))")
        #expect(people.contains { $0.aliases.contains("Гусаров") && $0.aliases.contains("Артема Гусарова") }, "\(all(e))")
        let f = extract("На турнире выступила Анна Гусарова, а ее брат Гусаров не приехал.", "ru")
        #expect(!f.entities.contains { $0.aliases.contains("Гусаров") && $0.aliases.contains("Анна Гусарова") }, "\(all(f))")
    }

    @Test func frenchBodyClosedByOverseas() {
        let e = extract("Le fonds a été confié à l'Institut d'émission d'outre-mer, qui publiera un rapport en mars.", "fr")
        #expect(names(e, .organization).contains("Institut d'émission d'outre-mer"), "\(all(e))")
        let f = extract("Le ministre a rencontré Paul Durand d'outre-mer lors de sa visite à Paris.", "fr")
        #expect(!names(f, .organization).contains { $0.hasSuffix("outre-mer") }, "\(all(f))")
    }
}
