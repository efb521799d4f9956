import Foundation
import Testing
@testable import BulletinKit

/// English and French firms, long names and places, Vietnamese routes (NameFinder+S52c.swift). Texts written here, with
/// other names and other sentences than the sets'; each rule has a must-find check and a must-not-find one.
@Suite struct EntityS52cTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    @Test func englishBodyAfterAnOwnershipCompound() {
        let e = extract("State-owned Latvenergo Baltija will sell its hydro plants, the company said on Tuesday.", "en")
        #expect(names(e, .organization).contains("Latvenergo Baltija"), "\(all(e))")
        #expect(!names(e, .person).contains { $0.contains("Latvenergo") }, "\(all(e))")
        let f = extract("State officials met Marta Kalnina in Riga on Tuesday, the ministry said.", "en")
        #expect(names(f, .person).contains("Marta Kalnina"), "\(all(f))")
    }

    @Test func englishFirmsPluralNoun() {
        let e = extract("A lithium plant run by Australia's Pilbara Ridge Minerals opened last year near the port.", "en")
        #expect(names(e, .organization).contains("Pilbara Ridge Minerals"), "\(all(e))")
        let f = extract("The plant is run by engineer Thomas Ridley, who joined last year.", "en")
        #expect(names(f, .person).contains("Thomas Ridley"), "\(all(f))")
    }

    @Test func englishAffiliationWithAnAcronym() {
        let e = extract("Analyst Jaan Tamm of SEB Pankki said the bonds would sell quickly.", "en")
        #expect(names(e, .organization).contains("SEB Pankki"), "\(all(e))")
        let f = extract("Farmer Jaan Tamm of Upper Valley said the rains came late.", "en")
        #expect(!names(f, .organization).contains("Upper Valley"), "\(all(f))")
    }

    @Test func englishGulfOfAPlace() {
        let e = extract("Wind farms planned in the Gulf of Bothnia would supply Oulu and Vaasa, officials said.", "en")
        #expect(names(e, .place).contains("Gulf of Bothnia"), "\(all(e))")
        let f = extract("Oil prices rose in the Gulf on Monday, said analysts in Oulu.", "en")
        #expect(names(f, .place).contains("Oulu") && !names(f, .place).contains { $0.hasPrefix("Gulf") }, "\(all(f))")
    }

    @Test func englishEraLettersAreNone() {
        let e = extract("The tombs, dated to between 200 B.C. and A.D. 100, hold bronze mirrors, said Kenji Mori.", "en")
        #expect(!names(e, .person).contains { $0.hasPrefix("B.C") || $0.hasPrefix("A.D") }, "\(all(e))")
        #expect(names(e, .person).contains("Kenji Mori"), "\(all(e))")
    }

    @Test func englishSaintInABodysName() {
        let e = extract("Researchers from the National University of San Marcos Tupac will study the shards.", "en")
        #expect(names(e, .organization).contains("National University of San Marcos Tupac"), "\(all(e))")
        let f = extract("Researchers from the National University will study the shards, said Ana Ruiz.", "en")
        #expect(names(f, .person).contains("Ana Ruiz"), "\(all(f))")
    }

    @Test func englishSiteLabelsAndSites() {
        let e = extract("The Tassili Rocks, a UNESCO World Heritage site since 1982, draw few visitors.", "en")
        #expect(!names(e, .person).contains("World Heritage"), "\(all(e))")
        #expect(names(e, .place).contains("Tassili Rocks"), "\(all(e))")
        let f = extract("The Tassili Trust, a charity based in Djanet, said on Monday it would hire guides.", "en")
        #expect(!names(f, .place).contains("Tassili Trust"), "\(all(f))")
    }

    @Test func englishAirportNamedAfterAPerson() {
        let e = extract("Most visitors land at Jorge Chavez Prado airport before driving south.", "en")
        #expect(names(e, .place).contains("Jorge Chavez Prado airport"), "\(all(e))")
        let f = extract("Minister Jorge Prado airport plans were dropped, officials said.", "en")
        #expect(!names(f, .place).contains { $0.hasSuffix("airport") }, "\(all(f))")
    }

    @Test func englishBodyListedWithTheAndABody() {
        let e = extract("The loan was arranged by Stanbic Merchant and the Danish export credit agency EIFO, officials said.", "en")
        #expect(names(e, .organization).contains("Stanbic Merchant"), "\(all(e))")
        let f = extract("The loan was signed by Maria Lindqvist and the Finnish export credit agency Finnvera.", "en")
        #expect(names(f, .person).contains("Maria Lindqvist"), "\(all(f))")
    }

    @Test func englishPlantNamedAfterAPlace() {
        let e = extract("The company's Rautaruukki plant, which makes steel sheet, will close in May.", "en")
        #expect(names(e, .place).contains("Rautaruukki"), "\(all(e))")
        let f = extract("Rautaruukki said its plant would close in May.", "en")
        #expect(!names(f, .place).contains("Rautaruukki"), "\(all(f))")
    }

    @Test func maghrebNameParticles() {
        let e = extract("À Kiffa, le ministre Sidi Ould Cheikh Abdallahi a inauguré lundi un forage.", "fr")
        #expect(names(e, .person).contains("Sidi Ould Cheikh Abdallahi"), "\(all(e))")
        let g = extract("Mme Khadijetou Mint Cheikh Sidiya, présidente de l'association, a salué la décision.", "fr")
        #expect(names(g, .person).contains("Khadijetou Mint Cheikh Sidiya"), "\(all(g))")
        let f = extract("Le ministre Sidi Ould Tah a inauguré lundi un forage à Kiffa.", "fr")
        #expect(names(f, .person).contains("Sidi Ould Tah"), "\(all(f))")
    }

    @Test func frenchForceOfACountry() {
        let e = extract("Trois pirogues ont été saisies lundi par la Gendarmerie gabonaise au large de Port-Gentil.", "fr")
        #expect(names(e, .organization).contains("Gendarmerie gabonaise"), "\(all(e))")
        let f = extract("La Gendarmerie a saisi trois pirogues au large de Port-Gentil.", "fr")
        #expect(!names(f, .organization).contains { $0.hasSuffix("gabonaise") }, "\(all(f))")
    }

    @Test func frenchSportFacilityAndClub() {
        let e = extract("Les joueurs se sont entraînés lundi au Complexe Ahmed Zabana de football de Bouznika, selon la fédération.", "fr")
        #expect(names(e, .place).contains("Complexe Ahmed Zabana de football"), "\(all(e))")
        let g = extract("Il a confirmé que le défenseur du Raja de Casablanca, Omar Tazi, rejoindrait le groupe.", "fr")
        #expect(names(g, .organization).contains("Raja de Casablanca"), "\(all(g))")
        let f = extract("Il a confirmé que le défenseur du Sénégal rejoindrait le groupe à Casablanca.", "fr")
        #expect(names(f, .place).contains("Casablanca"), "\(all(f))")
    }

    @Test func frenchPersonAfterANounOfFate() {
        let e = extract("L'entraîneur a justifié l'absence de Karim Benali par une blessure au genou.", "fr")
        #expect(names(e, .person).contains("Karim Benali"), "\(all(e))")
        #expect(!names(e, .place).contains("Karim Benali"), "\(all(e))")
    }

    @Test func frenchRiverAfterItsEstuary() {
        let e = extract("La protection de l'estuaire du Sado est une priorité, a déclaré la ministre à Setúbal.", "fr")
        #expect(names(e, .place).contains("Sado"), "\(all(e))")
        #expect(!names(e, .organization).contains("Sado"), "\(all(e))")
    }

    @Test func frenchNewAirportOfATown() {
        let e = extract("Le projet de nouvel aéroport de Nantes a été abandonné, a indiqué le gouvernement.", "fr")
        #expect(!names(e, .place).contains("aéroport de Nantes"), "\(all(e))")
        #expect(names(e, .place).contains("Nantes"), "\(all(e))")
    }

    @Test func vietnameseRoadNamedByItsEnds() {
        let e = extract("Tuyến đường ô tô Almaty - Bishkek sẽ được nâng cấp trong năm tới.", "vi")
        #expect(names(e, .place).contains("Almaty - Bishkek"), "\(all(e))")
        let f = extract("Con đường từ Almaty đến Bishkek sẽ được nâng cấp trong năm tới.", "vi")
        #expect(!names(f, .place).contains { $0.contains(" - ") }, "\(all(f))")
    }

    @Test func headlineRouteWithAnEndInTheBody() {
        let body = "MOMBASA, May 4 (AFP) - Kenya on Monday laid the first rails of a line to the border town of Taveta, officials said."
        let e = extractor.extract(title: "Kenya restarts Nairobi-Taveta railway after delays", body: body, language: "en")
        #expect(names(e, .place).contains("Nairobi-Taveta"), "\(all(e))")
        let other = "MOMBASA, May 4 (AFP) - Kenya on Monday laid the first rails of a new line, officials said."
        let f = extractor.extract(title: "Kenya restarts Nairobi-Taveta railway after delays", body: other, language: "en")
        #expect(!names(f, .place).contains("Nairobi-Taveta"), "\(all(f))")
    }
}
