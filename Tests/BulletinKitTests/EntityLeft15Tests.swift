import Foundation
import Testing
@testable import BulletinKit

/// General German and Spanish patterns behind the es/de leftovers (NameFinder+Left15.swift, session 15). Every test uses
/// other names than the scored articles (its texts are written here), and every rule group has a must-find and a
/// must-not-find check.
@Suite struct EntityLeft15Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: German people

    @Test func germanGivenNameBeforeASurnameIsAPerson() {
        let e = extract("Am Abend sprach Sabine Oberreiter vor dem Gemeinderat. Danach meldete sich Reto Gschwendtner zu Wort.", "de")
        let people = names(e, .person)
        for p in ["Sabine Oberreiter", "Reto Gschwendtner"] { #expect(people.contains(p), "\(p): \(all(e))") }
        let not = extract("Die Firma Kessler Bau meldete am Montag einen Auftrag aus Passau.", "de")
        #expect(!names(not, .person).contains("Kessler Bau"), "\(all(not))")
    }

    @Test func germanDemonymBeforeTwoNamesIsAPersonAndACountry() {
        let e = extract("Den Ausgleich erzielte der Slowene Matej Podgornik kurz vor der Pause. Später traf die Schwedin Linnea Hallqvist.", "de")
        let people = names(e, .person)
        for p in ["Matej Podgornik", "Linnea Hallqvist"] { #expect(people.contains(p), "\(p): \(all(e))") }
        #expect(e.countries.contains("SI") && e.countries.contains("SE"), "\(e.countries)")
        #expect(!names(e, .place).contains { $0.hasPrefix("Slowene") }, "\(all(e))")
        let not = extract("Der Schweizer Bankenverband Finanzplatz warnte vor neuen Regeln.", "de")
        #expect(!names(not, .person).contains("Bankenverband Finanzplatz"), "\(all(not))")
    }

    // MARK: German organizations

    @Test func germanBodyWithFurAndItsField() {
        let e = extract("Die Studie entstand am Zentrum für Seltene Erkrankungen Ostalb und wurde dem Institut für Angewandte Ökologie der Universität Kassel vorgelegt. Die Landesstelle für Glücksspielsucht im Saarland warnt.", "de")
        let orgs = names(e, .organization)
        for o in ["Zentrum für Seltene Erkrankungen Ostalb", "Institut für Angewandte Ökologie der Universität Kassel", "Landesstelle für Glücksspielsucht im Saarland"] {
            #expect(orgs.contains(o), "\(o): \(all(e))")
        }
        let not = extract("Die Stadt plant ein Zentrum für Senioren. Das Haus bietet Platz für Familien.", "de")
        #expect(!names(not, .organization).contains { $0.hasPrefix("Zentrum für") || $0.hasPrefix("Platz") }, "\(all(not))")
    }

    @Test func germanClubsByAbbreviationOrClubWordAndTown() {
        let e = extract("Am Samstag empfängt der TSV Oberkirchberg die Reserve des SpVgg Lindau, danach gastiert man bei den Kickers Wolfenbüttel.", "de")
        let orgs = names(e, .organization)
        for o in ["TSV Oberkirchberg", "SpVgg Lindau", "Kickers Wolfenbüttel"] { #expect(orgs.contains(o), "\(o): \(all(e))") }
        let not = extract("Der Verein SV meldete am Montag mehr Mitglieder.", "de")
        #expect(!names(not, .organization).contains { $0.hasPrefix("SV ") }, "\(all(not))")
    }

    @Test func germanHyphenatedStadiumIsAPlace() {
        let e = extract("Vor 4.100 Zuschauern im Hardtwald-Stadion siegte die Heimelf; das Rückspiel steigt in der Mainau-Arena.", "de")
        let places = names(e, .place)
        for p in ["Hardtwald-Stadion", "Mainau-Arena"] { #expect(places.contains(p), "\(p): \(all(e))") }
        let not = extract("Die Stadion-Sanierung kostet mehr als geplant.", "de")
        #expect(!names(not, .place).contains("Stadion-Sanierung"), "\(all(not))")
    }

    @Test func germanOneWordNationalBodiesAndNamedHospitals() {
        let e = extract("Die Klägerin will vor den Bundesfinanzhof ziehen. Der Ständerat berät im Juni, und Ärzte des Kinderspitals warnen.", "de")
        let orgs = names(e, .organization)
        for o in ["Bundesfinanzhof", "Ständerat", "Kinderspital"] { #expect(orgs.contains(o), "\(o): \(all(e))") }
        let not = extract("Der Bundesrat Ignaz Zumsteg sprach. Die Bundesländer zahlen. Der Bundeskanzler reist.", "de")
        let o2 = names(not, .organization)
        #expect(!o2.contains("Bundesländer") && !o2.contains("Bundeskanzler") && !o2.contains("Bundesrat"), "\(all(not))")
    }

    @Test func germanGroupNounBeforeAName() {
        let e = extract("Es spielte die Band Tiroler Nebel, das Buch erscheint im Verlag Kupferstich Presse. Kritik kam von der Gewerkschaft VIDA-NORD.", "de")
        let orgs = names(e, .organization)
        for o in ["Tiroler Nebel", "Kupferstich Presse", "VIDA-NORD"] { #expect(orgs.contains(o), "\(o): \(all(e))") }
        let not = extract("Das Festival Anfang Juli fällt aus. Die Band Sabine Oberreiter kennt jeder.", "de")
        #expect(!names(not, .organization).contains { $0.hasPrefix("Anfang") || $0.hasPrefix("Sabine") }, "\(all(not))")
    }

    // MARK: German places

    @Test func germanPlacesByContext() {
        let e = extract("Der Pflegedienst betreute Kunden in Wolfsburg und Gifhorn. Der Gutachter Tobias Kranzler aus Uelzen bestätigte das. Die Firma mit Sitz in Steyregg wächst. Zwischen Bludenz und Nenzing wird gebaut.", "de")
        let places = names(e, .place)
        for p in ["Gifhorn", "Uelzen", "Steyregg", "Bludenz", "Nenzing"] { #expect(places.contains(p), "\(p): \(all(e))") }
        let not = extract("Gespräche zwischen Bund und Ländern laufen. Die Kosten in Wolfsburg und Umgebung steigen. Zwischen Montag und Freitag ist offen.", "de")
        let p2 = names(not, .place)
        for p in ["Bund", "Ländern", "Umgebung", "Montag", "Freitag"] { #expect(!p2.contains(p), "\(p): \(all(not))") }
        let reason = extract("Der Zeuge Tobias Kranzler aus Angst schwieg lange.", "de")
        #expect(!names(reason, .place).contains("Angst"), "\(all(reason))")
    }

    @Test func germanRiverThatFloods() {
        let e = extract("Mehrere Keller liefen voll, nachdem die Glonn an zwei Stellen über die Ufer getreten war.", "de")
        #expect(names(e, .place).contains("Glonn"), "\(all(e))")
        let not = extract("Nachdem die Feuerwehr eintraf, trat das Wasser über die Ufer.", "de")
        #expect(!names(not, .place).contains("Feuerwehr"), "\(all(not))")
    }

    @Test func germanDatelineAgency() {
        let e = extract("LINZ, 4. März (Nordwest-Agentur) – Der Stahlkonzern meldete mehr Umsatz.", "de")
        #expect(names(e, .organization).contains("Nordwest-Agentur"), "\(all(e))")
        let not = extract("Der Umsatz stieg im März (Vorjahr: 3 Prozent) deutlich.", "de")
        #expect(!names(not, .organization).contains("Vorjahr"), "\(all(not))")
    }

    // MARK: Spanish

    @Test func spanishNamesAfterAnArticleAreATeamOrARegion() {
        let e = extract("El Deportivo Arteixo ganó por cinco goles al Lobos Cáceres (30-25) y jugará la final. El turismo creció en el Valle Sagrado y en todo el Altiplano Cundiboyacense.", "es")
        #expect(names(e, .organization).contains("Lobos Cáceres"), "\(all(e))")
        #expect(!names(e, .person).contains("Lobos Cáceres") && !names(e, .person).contains("Altiplano Cundiboyacense"), "\(all(e))")
        let not = extract("El alcalde Tomás Urquiza Beltrán inauguró la obra junto al ministro.", "es")
        #expect(names(not, .person).contains("Tomás Urquiza Beltrán"), "\(all(not))")
    }

    @Test func spanishVenueIsAPlaceAndLegalFormAloneNothing() {
        let e = extract("La gala se celebró en el Palacio Deportivo Villa Olímpica y la rueda de prensa en la Casona Iturregui. Cementos del Norte, S.A. de C.V. reportó ganancias.", "es")
        let places = names(e, .place)
        for p in ["Palacio Deportivo Villa Olímpica", "Casona Iturregui"] { #expect(places.contains(p), "\(p): \(all(e))") }
        #expect(!names(e, .organization).contains { $0.hasPrefix("S.A") }, "\(all(e))")
        let not = extract("La ministra Ana Palacio Vallelersundi viajó a Lima.", "es")
        #expect(!names(not, .place).contains { $0.hasPrefix("Palacio") }, "\(all(not))")
    }

    @Test func spanishGroupNounAndQuantityWords() {
        let e = extract("Unos 300 vecinos asistieron a la obra del colectivo cusqueño Tika Sonqo en la plaza.", "es")
        #expect(names(e, .organization).contains("Tika Sonqo"), "\(all(e))")
        #expect(!names(e, .organization).contains("Unos"), "\(all(e))")
        let not = extract("Tocó la orquesta Chile en la plaza de Valparaíso.", "es")
        #expect(!names(not, .organization).contains { $0.hasPrefix("Chile") }, "\(all(not))")
    }

    @Test func germanCompanyBeforeAHyphenatedNounOrABankHead() {
        let e = extract("Beteiligt sind die Lonza Holding und die Kreditgeber. Lonza-Chef Beat Imhof lobte den Abschluss. Analyst Jonas Pfister von der Talfeld Privatbank hob das Kursziel an.", "de")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Lonza Holding") && !orgs.contains("Lonza"), "\(all(e))")
        #expect(orgs.contains("Talfeld Privatbank"), "\(all(e))")
        let not = extract("Der Chemie-Konzern baut Stellen ab. Das Team-Chef Treffen fällt aus.", "de")
        #expect(!names(not, .organization).contains("Chemie") && !names(not, .organization).contains("Team"), "\(all(not))")
    }

    @Test func germanLandAdjectiveBeforeAnAuthority() {
        let e = extract("Die Eidgenössische Finanzmarktaufsicht prüft den Fall, die Bayerische Landesanstalt gibt Daten.", "de")
        let orgs = names(e, .organization)
        for o in ["Eidgenössische Finanzmarktaufsicht", "Bayerische Landesanstalt"] { #expect(orgs.contains(o), "\(o): \(all(e))") }
        let not = extract("Eine politische Kommission tagte am Montag.", "de")
        #expect(!names(not, .organization).contains { $0.hasSuffix("Kommission") }, "\(all(not))")
    }

    @Test func brusselsInGermanAndSpanish() {
        let de = extract("Die Regierung schickte ein Signal an Brüssel.", "de")
        #expect(names(de, .place).contains("Brussels"), "\(all(de))")
        let es = extract("El ministro viajó a Bruselas el lunes.", "es")
        #expect(names(es, .place).contains("Brussels"), "\(all(es))")
        let not = extract("Die Regierung schickte ein Signal an Bern.", "de")
        #expect(!names(not, .place).contains("Brussels"), "\(all(not))")
    }
}
