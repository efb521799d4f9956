import Foundation
import Testing
@testable import BulletinKit

/// French and English places and bodies, Russian and Vietnamese routes (NameFinder+S51c.swift). Texts written here, with
/// other names and other sentences than the sets'; each rule has a must-find check and a must-not-find one.
@Suite struct EntityS51cTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    @Test func frenchNamesListedAfterAPluralRiverNoun() {
        let e = extract("Les barrages construits sur les oueds Mellègue, Tessa et Siliana ont réduit le débit, selon les agriculteurs.", "fr")
        for n in ["Mellègue", "Tessa", "Siliana"] { #expect(names(e, .place).contains(n), "\(n) \(all(e))") }
        let f = extract("Les villages et les oueds ont été inondés, a déclaré Karim Trabelsi, un agriculteur.", "fr")
        #expect(!names(f, .place).contains("Karim Trabelsi"), "\(all(f))")
    }

    @Test func frenchFeatureNamedAfterAnotherNamedPlace() {
        let e = extract("Les flamants sont revenus sur le lac de Monastir, ont indiqué lundi les pêcheurs de Monastir.", "fr")
        #expect(names(e, .place).contains("lac de Monastir"), "\(all(e))")
        let g = extract("Les navires de pêche ont quitté le golfe de Guinée avant la tempête, selon les garde-côtes.", "fr")
        #expect(names(g, .place).contains("golfe de Guinée"), "\(all(g))")
        let f = extract("Le barrage de Nebhana est rempli à 40%, selon la direction régionale de l'agriculture.", "fr")
        #expect(!names(f, .place).contains("barrage de Nebhana"), "\(all(f))")
    }

    @Test func frenchGreaterCity() {
        let e = extract("Les coupures d'eau touchent le Grand Sfax depuis lundi, selon la société des eaux.", "fr")
        #expect(names(e, .place).contains("Grand Sfax"), "\(all(e))")
        let f = extract("Le Grand Prix de Monaco aura lieu dimanche, a annoncé l'organisateur.", "fr")
        #expect(!names(f, .place).contains { $0.hasPrefix("Grand") }, "\(all(f))")
    }

    @Test func frenchDistrictHospital() {
        let e = extract("Le médecin-chef du centre hospitalier de district de Maroantsetra a demandé des renforts lundi.", "fr")
        #expect(names(e, .organization).contains("centre hospitalier de district de Maroantsetra"), "\(all(e))")
        let f = extract("Le centre hospitalier a été évacué, a indiqué le maire de Maroantsetra.", "fr")
        #expect(!names(f, .organization).contains { $0.contains("hospitalier") }, "\(all(f))")
    }

    @Test func frenchBodyBranchNamedByItsArea() {
        let e = extract("Des experts de l'UICN Afrique de l'Ouest ont publié lundi un rapport sur les mangroves.", "fr")
        #expect(names(e, .organization).contains("UICN Afrique de l'Ouest"), "\(all(e))")
        let g = extract("La Croix-Rouge malienne a distribué des vivres à Mopti, selon un communiqué.", "fr")
        #expect(names(g, .organization).contains("Croix-Rouge malienne"), "\(all(g))")
        let f = extract("La Croix-Rouge a distribué des vivres à Mopti. Le match Algérie-Maroc aura lieu samedi.", "fr")
        #expect(!names(f, .organization).contains { $0.hasPrefix("Croix-Rouge ") || $0.contains("Algérie") }, "\(all(f))")
    }

    @Test func frenchRoadNumberWithItsLetter() {
        let e = extract("La route nationale 7b est coupée près de Fianarantsoa depuis dimanche.", "fr")
        #expect(names(e, .place).contains { $0.hasSuffix("7b") }, "\(all(e))")
        let f = extract("La route nationale 7 a été rouverte près de Fianarantsoa.", "fr")
        #expect(!names(f, .place).contains { $0.hasSuffix(" a") }, "\(all(f))")
    }

    @Test func frenchFormerNameOfAPlace() {
        let e = extract("Le port de Toliara, l'ancienne Tuléar-Ville, a été fermé lundi, selon les autorités portuaires.", "fr")
        #expect(!names(e, .person).contains("Tuléar-Ville"), "\(all(e))")
        #expect(e.entities.contains { $0.type == .place && $0.aliases.contains("Toliara") && $0.aliases.contains("Tuléar-Ville") }, "\(all(e))")
        let f = extract("Le ministre, l'ancien Premier ministre Jean Ravelo, a visité Toliara lundi.", "fr")
        #expect(!names(f, .place).contains("Jean Ravelo"), "\(all(f))")
    }

    @Test func englishCompassRegion() {
        let e = extract("Farmers in the Upper West region say traders from Burkina Faso offer more per bag.", "en")
        #expect(names(e, .place).contains("Upper West"), "\(all(e))")
        let f = extract("Farmers in the western region say traders offer more per bag, said Kofi Mensah.", "en")
        #expect(!names(f, .place).contains { $0.lowercased() == "western" }, "\(all(f))")
    }

    @Test func englishGlacierName() {
        let e = extract("The Zeravshan glacier has retreated by two kilometres since 1927, scientists said on Monday.", "en")
        #expect(names(e, .place).contains("Zeravshan"), "\(all(e))")
        #expect(!names(e, .person).contains("Zeravshan"), "\(all(e))")
        let f = extract("Olga Petrovna Sidorova studied the glacier for years, colleagues said.", "en")
        #expect(!names(f, .place).contains { $0.contains("Sidorova") }, "\(all(f))")
    }

    @Test func englishNameListedWithABody() {
        let e = extract("The loan was arranged by Golden Meridian and Stanbic Bank Uganda, the ministry said.", "en")
        #expect(names(e, .organization).contains("Golden Meridian"), "\(all(e))")
        let f = extract("The loan was signed by Peter Mwangi and Stanbic Bank Uganda, the ministry said.", "en")
        #expect(names(f, .person).contains("Peter Mwangi"), "\(all(f))")
    }

    @Test func englishTradeNounOpeningASentence() {
        let e = extract("The road was finished in May. Builder Vialto Ingenieria Andina, which paved the section, said 900 people worked on it.", "en")
        #expect(names(e, .organization).contains("Vialto Ingenieria Andina"), "\(all(e))")
        #expect(!names(e, .organization).contains { $0.hasPrefix("Builder") }, "\(all(e))")
        let f = extract("The road was finished in May. Vialto Ingenieria Andina, which paved the section, said 900 people worked on it.", "en")
        #expect(names(f, .organization).contains("Vialto Ingenieria Andina"), "\(all(f))")
    }

    @Test func englishTownNamedLikeAPersonAtARouteEnd() {
        let e = extract("A new bridge to Puerto Casado is due next year. Trucks on the Puerto Casado-Vallemi road wait for hours, drivers said.", "en")
        #expect(names(e, .place).contains("Puerto Casado"), "\(all(e))")
        #expect(!names(e, .person).contains("Puerto Casado"), "\(all(e))")
        let f = extract("Minister Ana Ortiz Benitez spoke on Monday. Trucks on the Asuncion-Vallemi road wait for hours, Ortiz Benitez said.", "en")
        #expect(names(f, .person).contains("Ana Ortiz Benitez"), "\(all(f))")
    }

    @Test func russianPowerLineNamedByItsEnds() {
        let e = extract("Параллельно строится линия электропередачи 220 кВ Бухара - Навои - Самарканд, сообщили в министерстве энергетики.", "ru")
        #expect(names(e, .place).contains("Бухара - Навои - Самарканд"), "\(all(e))")
        let f = extract("Линия электропередачи 220 кВ построена. Бухара - крупный город, сообщили в министерстве.", "ru")
        #expect(!names(f, .place).contains { $0.contains(" - ") }, "\(all(f))")
    }

    @Test func russianSectionAtALineEnd() {
        let e = extract("Работы идут на участке Бишкек - Ош\nНарын, 7 мая. Подрядчик сообщил о завершении укладки.", "ru")
        #expect(names(e, .place).contains("Бишкек - Ош"), "\(all(e))")
        #expect(!names(e, .place).contains { $0.contains("Нарын") && $0.contains(" - ") }, "\(all(e))")
    }

    @Test func russianPipelineInTheDative() {
        let e = extract("Газ поступает по газопроводу Бухара - Урал через Казахстан, сообщили в компании.", "ru")
        #expect(names(e, .place).contains("Бухара - Урал"), "\(all(e))")
        let f = extract("Газ поступает по газопроводу, а Бухара - крупный город, сообщили в компании.", "ru")
        #expect(!names(f, .place).contains { $0.contains(" - ") }, "\(all(f))")
    }

    @Test func vietnameseSectionNamedByItsEnds() {
        let e = extract("Nhà thầu đã hoàn thành đoạn Kampong Cham - Kratie vào tháng trước, theo Bộ Giao thông.", "vi")
        #expect(names(e, .place).contains("Kampong Cham - Kratie"), "\(all(e))")
        let g = extract("Người dân khu vực Svay Chrum lo ngại về dự án. CRBC là nhà thầu của đoạn Svay Chrum - Bavet, theo Bộ Giao thông.", "vi")
        #expect(!names(g, .person).contains("Svay Chrum"), "\(all(g))")
        let f = extract("Trong giai đoạn Kampong Cham - Kratie chưa có kế hoạch cụ thể, theo Bộ Giao thông.", "vi")
        #expect(!names(f, .place).contains("Kampong Cham - Kratie"), "\(all(f))")
    }
}
