import Foundation
import Testing
@testable import BulletinKit

/// Misses seen in the twenty-ninth session in the Spanish, German, Italian, Portuguese and Dutch articles of holdout54
/// (NameFinder+Left29West.swift). Texts written here, with other names than the articles; every rule has a must-find and a
/// must-not-find check.
@Suite struct EntityLeft29WestTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Box scores

    @Test func playersWithTheirPointsArePeople() {
        let e = extract("""
        Murcia, 3 mar (EFE).- El equipo ganó el partido de la jornada con 20 puntos de Ledesma.

        80 - Murcia (20+20+20+20): Ledesma (20), Tobalina (8), Garrigós (11), Ruzafa (4), Ezkurra (9).
        """, "es")
        let people = names(e, .person)
        for p in ["Tobalina", "Garrigós", "Ruzafa", "Ezkurra"] { #expect(people.contains(p), "\(p): \(all(e))") }
        // A table of nations with their medals is no list of players.
        let none = extract("Roma, 3 mar (EFE).- El medallero: Italia (12), Noruega (9), Austria (7), Canadá (5).", "es")
        #expect(names(none, .person).isEmpty, "\(all(none))")
    }

    @Test func refereesAfterTheirNounArePeople() {
        let e = extract("Bilbao, 3 mar (EFE).- El partido acabó 70-68.\n\nÁrbitros: Ortuondo, Villalibre y Azkarate. Sin eliminados.", "es")
        let people = names(e, .person)
        #expect(people.contains("Villalibre"), "\(all(e))")
        #expect(people.contains("Azkarate"), "\(all(e))")
        // A body named there stays a body.
        let none = extract("Bilbao, 3 mar (EFE).- Árbitros: la Federación Española de Baloncesto designó a los colegiados.", "es")
        #expect(!names(none, .person).contains("Federación Española de Baloncesto"), "\(all(none))")
    }

    // MARK: Lists of towns

    @Test func townsListedWithAKnownTownArePlaces() {
        let e = extract("Teruel, 3 mar (EFE).- Las ayudas llegarán a viviendas en Teruel, Alcañiz, Calanda, Albalate del Arzobispo y Andorra de Teruel.", "es")
        let places = names(e, .place)
        for p in ["Alcañiz", "Calanda", "Albalate del Arzobispo"] { #expect(places.contains(p), "\(p): \(all(e))") }
        let de = extract("Kiel (dpa) - Betroffen seien Kiel, Eckernförde, Schleswig und Kappeln, hieß es.", "de")
        #expect(names(de, .place).contains("Eckernförde"), "\(all(de))")
        #expect(names(de, .place).contains("Kappeln"), "\(all(de))")
        // A list of people is no list of towns.
        let none = extract("Kiel (dpa) - Es sprachen Kiel, Albrecht Ehlers, Sönke Bruhn und Maike Tödter.", "de")
        #expect(!names(none, .place).contains("Sönke Bruhn"), "\(all(none))")
        // German plural nouns listed beside a town are no towns.
        let nouns = extract("Kiel (dpa) - Betroffen seien Kiel, Jugendzentren und Krankenhäusern im Land.", "de")
        #expect(!names(nouns, .place).contains("Krankenhäusern"), "\(all(nouns))")
    }

    // MARK: Clubs named like their town

    @Test func aTownAfterAnArticleInAMatchReportIsAClub() {
        let e = extract("""
        Vigo, 3 mar (EFE).- El Celta Vigo perdió el partido de la jornada ante el Alavés, que sumó tres puntos con dos goles \
        de su delantero. El entrenador del Alavés habló de la clasificación. El Sevilla y el Getafe juegan el domingo en Sevilla.
        """, "es")
        let bodies = names(e, .organization)
        #expect(bodies.contains("Alavés") || bodies.contains(where: { $0.contains("Alav") }), "\(all(e))")
        #expect(bodies.contains("Getafe"), "\(all(e))")
        // Without a match report, a town after "del" stays a town.
        let none = extract("Vigo, 3 mar (EFE).- El alcalde habló del Getafe de su infancia y de Sevilla.", "es")
        #expect(!names(none, .organization).contains("Getafe"), "\(all(none))")
    }

    // MARK: Spanish: a person after "a"

    @Test func threeBareWordsAfterSpanishAAreAPerson() {
        let e = extract("Bilbao, 3 mar (EFE).- El base robó un balón a Xabier Etxeberria Goikoetxea en el último minuto.", "es")
        #expect(names(e, .person).contains("Xabier Etxeberria Goikoetxea"), "\(all(e))")
        // A town with its connector stays a town.
        let none = extract("Bilbao, 3 mar (EFE).- El equipo viajó a Villanueva de la Serena el martes.", "es")
        #expect(!names(none, .person).contains("Villanueva de la Serena"), "\(all(none))")
    }

    // MARK: A family name alone after the full name

    @Test func aFamilyNameAloneIsThePersonNamedInFull() {
        let e = extract("Málaga, 3 mar (EFE).- Destacó el alero Jukka Vähämäki, con 19 puntos. Además de Vähämäki, brilló el pívot.", "es")
        let people = names(e, .person)
        #expect(!names(e, .place).contains("Vähämäki"), "\(all(e))")
        #expect(people.contains("Jukka Vähämäki"), "\(all(e))")
    }

    // MARK: A known name with a lowercase article

    @Test func aKnownPartyReadWithItsArticleIsTheNameAlone() {
        let e = extract("Erfurt (dpa) - Der Ministerpräsident dankte den Grünen für den Kompromiss.", "de")
        #expect(!e.entities.contains { ([$0.name] + $0.aliases).contains("den Grünen") }, "\(all(e))")
    }

    // MARK: Sign-off codes

    @Test func signOffCodesAreNobody() {
        let e = extract("Braga, 3 mar 2026 (Lusa) - A Câmara Municipal de Braga aprovou o orçamento.\n\nAMR // MLL\n\nLusa/Fim", "pt")
        let found = e.entities.flatMap { [$0.name] + $0.aliases }
        #expect(!found.contains("MLL"), "\(all(e))")
        #expect(!found.contains("Fim"), "\(all(e))")
        // A body named on the last line of the story stays.
        let kept = extract("Braga, 3 mar 2026 (Lusa) - O orçamento foi aprovado.\n\nA proposta segue para a Assembleia Municipal de Braga.", "pt")
        #expect(kept.entities.contains { $0.name.contains("Assembleia Municipal") }, "\(all(kept))")
    }

    // MARK: Dutch: "het Spaanse X", "de Drentse Given Double-Name", teams, "van" names

    @Test func dutchArticleAndAdjectiveBeforeANameSayPlaceOrPerson() {
        let e = extract("ASSEN (ANP) - Hij traint in het Italiaanse Bardolino. Achter haar eindigde de Friese Ilse Kuipers-Wijbenga als vierde.", "nl")
        #expect(names(e, .place).contains("Bardolino"), "\(all(e))")
        #expect(names(e, .person).contains("Ilse Kuipers-Wijbenga"), "\(all(e))")
        // "de" and an adjective before a body's words make no person.
        let none = extract("ASSEN (ANP) - Volgens de Friese Melkveehouders Vereniging is het plan te duur.", "nl")
        #expect(!names(none, .person).contains("Melkveehouders Vereniging"), "\(all(none))")
    }

    @Test func aDutchTeamNounMakesTheNameABody() {
        let e = extract("ASSEN (ANP) - Volgens zijn ploeg Trek-Lidl wordt hij woensdag onderzocht.", "nl")
        #expect(names(e, .organization).contains("Trek-Lidl"), "\(all(e))")
        let none = extract("ASSEN (ANP) - De ploeg van Henk Talsma won.", "nl")
        #expect(!names(none, .organization).contains("Henk Talsma"), "\(all(none))")
    }

    @Test func aDutchVanNameReadAsAPlaceIsAPerson() {
        let e = extract("ASSEN (ANP) - Ze reed weg bij Floortje van Wezel en won.", "nl")
        #expect(names(e, .person).contains("Floortje van Wezel"), "\(all(e))")
        let kept = extract("ASSEN (ANP) - De boot vertrekt naar Hoek van Holland.", "nl")
        #expect(!names(kept, .person).contains("Hoek van Holland"), "\(all(kept))")
    }

    // MARK: Roads, holidays

    @Test func roadNumbersAfterAnArticleArePlaces() {
        let e = extract("ASSEN (ANP) - De politie zette verkeersregelaars in op de N381 en op de A28.", "nl")
        #expect(names(e, .place).contains("N381"), "\(all(e))")
        // A group of countries is no road.
        let none = extract("ASSEN (ANP) - De top van de G20 begint dinsdag.", "nl")
        #expect(!names(none, .place).contains("G20"), "\(all(none))")
    }

    @Test func aHolidayIsNoEntity() {
        let e = extract("ASSEN (ANP) - Hij begint pas na Pinksteren aan het seizoen in Emmen.", "nl")
        #expect(!e.entities.contains { $0.name == "Pinksteren" }, "\(all(e))")
        #expect(names(e, .place).contains("Emmen"), "\(all(e))")
    }

    // MARK: People joined by "and"

    @Test func aNameAfterAndAPersonIsAPerson() {
        let e = extract("ASSEN (ANP) - Hij bleef Maarten Tjallingii en Bram Verhoeven in de slotfase voor.", "nl")
        #expect(names(e, .person).contains("Bram Verhoeven"), "\(all(e))")
        #expect(!names(e, .place).contains("Bram Verhoeven"), "\(all(e))")
    }

    // MARK: Romance: parties, places, lone articles

    @Test func romanceHeadsMakePartiesAndPlaces() {
        let e = extract("Braga, 3 mar 2026 (Lusa) - O orçamento teve a abstenção da Alternativa Democrática e a venda de terrenos na zona do Vale do Cávado.", "pt")
        #expect(names(e, .organization).contains("Alternativa Democrática"), "\(all(e))")
        #expect(!names(e, .person).contains("Vale do Cávado"), "\(all(e))")
        // A given name first stays a person's.
        let kept = extract("Braga, 3 mar 2026 (Lusa) - O deputado Sebastião Carvalheira votou contra.", "pt")
        #expect(names(kept, .person).contains("Sebastião Carvalheira"), "\(all(kept))")
    }

    @Test func aLoneArticleIsNoName() {
        let e = extract("(ANSA) - BRESCIA, 3 MAR - Lo ha annunciato oggi la Fondazione Lombardi.", "it")
        #expect(!e.entities.contains { $0.name == "Lo" }, "\(all(e))")
    }

    // MARK: Companies of a town, a dateline's town of two words

    @Test func aCompanyWithItsLegalFormAndItsTown() {
        let e = extract("(ANSA) - BRESCIA, 3 MAR - La Pedretti Minuterie srl di Lumezzane richiamerà tutto il personale.", "it")
        #expect(names(e, .organization).contains("Pedretti Minuterie srl"), "\(all(e))")
        #expect(names(e, .place).contains("Lumezzane"), "\(all(e))")
        // A Spanish company's name holds its "de" ("Altos de X, S.A. de C.V."): left whole.
        let none = extract("Monterrey, 3 mar (EFE).- La firma Distribuidora Cumbres de Apodaca, S.A. de C.V. fue sancionada.", "es")
        #expect(!names(none, .organization).contains("Distribuidora Cumbres"), "\(all(none))")
    }

    @Test func aDatelineTownOfTwoWordsIsOnePlace() {
        let e = extract("(ANSA) - REGGIO EMILIA, 3 MAR - Si è aperta oggi la nuova sala del museo civico.", "it")
        #expect(names(e, .place).contains("REGGIO EMILIA"), "\(all(e))")
        #expect(!names(e, .place).contains("Emilia"), "\(all(e))")
    }

    // MARK: Spanish and Portuguese: a town as the last family name, leagues

    @Test func aTownAfterAGivenNameAndAFamilyNameIsTheirs() {
        let e = extract("Recife, 3 mar - O técnico colocou em campo o atacante Heitor Albuquerque Natal, de 19 anos.", "pt")
        #expect(names(e, .person).contains("Heitor Albuquerque Natal"), "\(all(e))")
        let kept = extract("Recife, 3 mar - O atacante Heitor Albuquerque, em Natal, marcou dois gols.", "pt")
        #expect(names(kept, .place).contains("Natal"), "\(all(kept))")
    }

    @Test func aLeagueReadAsAPersonIsABody() {
        let e = extract("Murcia, 3 mar (EFE).- El partido de la Liga Femenina se disputó en Murcia.", "es")
        #expect(!names(e, .person).contains("Liga Femenina"), "\(all(e))")
    }
}

