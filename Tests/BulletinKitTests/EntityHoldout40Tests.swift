import Foundation
import Testing
@testable import BulletinKit

/// Discovery patterns found missing on scripts/entity-unseen/holdout40 (Spanish, German, Portuguese and Italian; written
/// and scored before any rule was changed for it). Every test uses other names than those articles (its texts are
/// written here), and every rule group has a must-find and a must-not-find check.
@Suite struct EntityHoldout40Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    func codes(_ e: Extraction) -> Set<String> { Set(e.countries) }

    // MARK: Companies

    @Test func companyTownAfterLegalForm() {
        let e = extract("El contrato lo ejecutará Conservas Bahía de Arousa S.L. de Cambados, que emplea a 80 personas en la comarca.", "es")
        #expect(names(e, .place).contains("Cambados"), "\(all(e))")
        let i = extract("Il cantiere è stato affidato alla Edilnord Brianza S.r.l. di Seregno, che ha offerto il ribasso maggiore.", "it")
        #expect(names(i, .place).contains("Seregno"), "\(all(i))")
        #expect(!names(i, .organization).contains("Seregno") && !names(i, .person).contains("Seregno"), "\(all(i))")
        // A country after the form stays the country; a form's own words are no town.
        let not = extract("Die Firma Brandauer Technik GmbH in Österreich hat Insolvenz angemeldet. Sie gehört zu Tecnored S.A. de C.V.", "de")
        #expect(!names(not, .place).contains("Österreich") && !names(not, .place).contains("C.V"), "\(all(not))")
    }

    @Test func companyOpenersAndGermanKinds() {
        let e = extract("Der Dresdner Anlagenbauer Wendholt Prozesstechnik GmbH hat einen Großauftrag erhalten. Geliefert wird an den usbekischen Staatskonzern Navoiyazot, teilte die Muttergesellschaft Wendholt Beteiligungs AG mit.", "de")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Wendholt Prozesstechnik GmbH"), "\(all(e))")
        #expect(orgs.contains("Wendholt Beteiligungs AG"), "\(all(e))")
        #expect(orgs.contains("Navoiyazot"), "\(all(e))")
        #expect(!orgs.contains(where: { $0.hasPrefix("Der Dresdner") || $0.hasPrefix("Muttergesellschaft") }), "\(all(e))")
        let it = extract("Le Fonderie Valsabbine Riunite S.p.A. hanno chiuso il bilancio in utile.", "it")
        #expect(names(it, .organization).contains("Fonderie Valsabbine Riunite S.p.A."), "\(all(it))")
        // A time noun after a kind, and a kind after no adjective, are no firm.
        let not = extract("Geliefert wurde an den chinesischen Hersteller Anfang Mai, sagte ein Sprecher. Gezahlt hat der Kunde Zuschläge.", "de")
        #expect(!names(not, .organization).contains("Anfang") && !names(not, .organization).contains("Zuschläge"), "\(all(not))")
    }

    // MARK: German bodies, places and people

    @Test func germanBodiesOverFurAndLandAdjectives() {
        let e = extract("Die Leihgabe kommt aus dem Landesmuseum für württembergische Geschichte. Auch das Deutsche Zentrum Kulturerbe in Halle war beteiligt.", "de")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Landesmuseum für württembergische Geschichte"), "\(all(e))")
        #expect(orgs.contains(where: { $0.contains("Zentrum Kulturerbe") }), "\(all(e))")
        let not = extract("Das Museum für Kinder öffnet am Montag. Die deutsche Museumslandschaft ist vielfältig.", "de")
        #expect(!names(not, .organization).contains(where: { $0.contains("für Kinder") }), "\(all(not))")
    }

    @Test func germanPlacesByTheirNouns() {
        let e = extract("Der Stau reichte bis zur Kochertalbrücke bei Geislingen. Die Autobahn war zwischen den Anschlussstellen Kirchheim und Aichelberg in Richtung Würzburg gesperrt. Der Fluss Tisza führt Hochwasser.", "de")
        let places = names(e, .place)
        for p in ["Kochertalbrücke", "Kirchheim", "Aichelberg", "Würzburg", "Tisza"] { #expect(places.contains(p), "\(p): \(all(e))") }
        let not = extract("Der Verkehr lief über die Grenzbrücke und weiter in Richtung Norden.", "de")
        #expect(!names(not, .place).contains("Grenzbrücke") && !names(not, .place).contains("Norden"), "\(all(not))")
    }

    @Test func germanPeopleWithParticlesAndAppositions() {
        let e = extract("Kämmerin Jutta van Aken legte den Haushalt vor. Der Botschafter der Mongolei, Batbold Tsendsuren, sagte, SPD und Grüne hätten zugestimmt.", "de")
        let people = names(e, .person)
        #expect(people.contains("Jutta van Aken"), "\(all(e))")
        #expect(people.contains("Batbold Tsendsuren"), "\(all(e))")
        #expect(names(e, .organization).contains("Grüne"), "\(all(e))")
        let not = extract("Die Grüne Woche beginnt in Berlin. Der Vorstand von Siemens tagte, sagte ein Sprecher.", "de")
        #expect(!names(not, .organization).contains("Grüne") && !names(not, .person).contains(where: { $0.contains("Vorstand") }), "\(all(not))")
    }

    // MARK: Titles and portfolios

    @Test func portfoliosAfterTitles() {
        let e = extract("La consejera de Hacienda y Administración Pública de la Junta de Castilla y León, Marta Elorrieta Sáez, presentó los presupuestos.", "es")
        let orgs = names(e, .organization)
        #expect(orgs.contains(where: { $0.hasPrefix("Junta de Castilla") }), "\(all(e))")
        #expect(!orgs.contains("Hacienda") && !orgs.contains(where: { $0.hasPrefix("Administración Pública") }), "\(all(e))")
        let it = extract("Il vice ministro uzbeko dell'Energia e delle Risorse Idriche ha visitato Bergamo.", "it")
        #expect(!names(it, .organization).contains("Risorse Idriche") && !names(it, .organization).contains("Energia"), "\(all(it))")
        let not = extract("El secretario general del Sindicato de Trabajadores de la Enseñanza de Aragón pidió calma.", "es")
        #expect(names(not, .organization).contains(where: { $0.hasPrefix("Sindicato de Trabajadores") }), "\(all(not))")
    }

    // MARK: Romance bodies and places

    @Test func romanceBodies() {
        let e = extract("La Consejería de Educación y Deporte abrió el plazo. La Provincia di Varese e la Protezione Civile hanno risposto.", "es")
        #expect(names(e, .organization).contains("Consejería de Educación y Deporte"), "\(all(e))")
        let it = extract("La Provincia di Varese ha risposto. Il Consorzio di bonifica Est Sesia ha dato parere favorevole, contrari i consiglieri della lista civica Insieme per Gallarate. Sabato si gioca al PalaBorsani.", "it")
        let orgs = names(it, .organization)
        #expect(orgs.contains("Provincia di Varese") && !names(it, .person).contains("Provincia di Varese"), "\(all(it))")
        #expect(orgs.contains("Consorzio di bonifica Est Sesia"), "\(all(it))")
        #expect(names(it, .place).contains("PalaBorsani"), "\(all(it))")
        let pt = extract("Entre os expositores está a Quinta Vale Abraão, Lda., que vende no Japão. O Juízo Local Criminal de Setúbal marcou a leitura. A Defesa Civil foi ao local.", "pt")
        let ptOrgs = names(pt, .organization)
        #expect(ptOrgs.contains(where: { $0.hasPrefix("Quinta Vale Abraão") }), "\(all(pt))")
        #expect(ptOrgs.contains("Juízo Local Criminal de Setúbal") && ptOrgs.contains("Defesa Civil"), "\(all(pt))")
        let not = extract("La Consejería de Educación y la Universidad de Sevilla firmaron el convenio.", "es")
        #expect(!names(not, .organization).contains(where: { $0.contains("Educación y la") }), "\(all(not))")
    }

    @Test func placesByTheirHeadsAndRoads() {
        let e = extract("Las aves volvieron a la Laguna de Gallocanta este invierno.", "es")
        #expect(names(e, .place).contains("Laguna de Gallocanta"), "\(all(e))")
        let pt = extract("O acidente foi na Curva da Ferradura, perto do Santuário do Bom Jesus do Monte. O ônibus seguia para Presidente Epitácio.", "pt")
        for p in ["Curva da Ferradura", "Presidente Epitácio"] { #expect(names(pt, .place).contains(p), "\(p): \(all(pt))") }
        let it = extract("Il tracciato attraversa la regionale 11 Padana Superiore e prosegue verso Saronno e Legnano, accanto allo stabilimento di Cerro Maggiore.", "it")
        for p in ["Padana Superiore", "Saronno", "Legnano", "Cerro Maggiore"] { #expect(names(it, .place).contains(p), "\(p): \(all(it))") }
        let not = extract("O Presidente Wanderley Prates disse que a Laguna ficou fora do plano.", "pt")
        #expect(!names(not, .place).contains(where: { $0.hasPrefix("Presidente") }), "\(all(not))")
    }

    // MARK: People

    @Test func peopleOpenersAndTheirWords() {
        let e = extract("El catedrático de Geología Raúl Iribarren Goñi dirigió el estudio. Según Iribarren, el hallazgo es único. El alcalde, Julián Arregui Beltrán, lo celebró: Arregui pidió fondos. Talleres Ruiz Ortega S.L. aportó maquinaria; Ruiz Ortega, fundada en 1960, tiene 40 empleados.", "es")
        let people = names(e, .person)
        #expect(people.contains("Raúl Iribarren Goñi") && people.contains("Iribarren"), "\(all(e))")
        #expect(!people.contains(where: { $0.hasPrefix("Según") || $0.hasPrefix("Geología") }), "\(all(e))")
        #expect(e.entities.filter { $0.type == .person && ($0.name == "Arregui" || $0.aliases.contains("Arregui")) }.count == 1, "\(all(e))")
        #expect(e.entities.contains { $0.type == .person && $0.name == "Julián Arregui Beltrán" && $0.aliases.contains("Arregui") }, "\(all(e))")
        #expect(!people.contains("Ruiz Ortega"), "\(all(e))")
        let c = extract("La cooperativa vende a Lácteos Peña Negra S.L. y a Quesos del Tiétar S.A., y la planta de Quesos del Tiétar, junto al río, crecerá.", "es")
        #expect(c.entities.filter { $0.name.hasPrefix("Quesos del Tiétar") || $0.aliases.contains("Quesos del Tiétar") }.count == 1, "\(all(c))")
        #expect(c.entities.contains { $0.type == .organization && $0.aliases.contains("Quesos del Tiétar") }, "\(all(c))")
        let notC = extract("Quesos del Tiétar S.A. tiene su planta junto al río Tiétar, en Arenas.", "es")
        #expect(names(notC, .place).contains("Tiétar") || names(notC, .place).contains("río Tiétar"), "\(all(notC))")
        let not = extract("La feria se celebra en el municipio de San Pedro Sula y en el de Santa María Atzompa.", "es")
        #expect(!names(not, .person).contains("Pedro Sula") && !names(not, .person).contains("María Atzompa"), "\(all(not))")
    }

    @Test func bodiesBeforeAParenthesizedName() {
        let e = extract("El acuerdo lo firmó la Confederación de Empresarios para el Desarrollo de la Región de Murcia (CEDERMUR) este lunes.", "es")
        #expect(names(e, .organization).contains("Confederación de Empresarios para el Desarrollo de la Región de Murcia"), "\(all(e))")
        let not = extract("El estudio es de la Universidad de Murcia y de la Fundación para la Investigación Marina (FIMA) y se publicó ayer.", "es")
        #expect(!names(not, .organization).contains(where: { $0.contains("Murcia y de la") }), "\(all(not))")
        let pt = extract("O Fórum para a Cooperação entre os Portos do Atlântico Sul (Fórum Atlântico) reuniu-se ontem.", "pt")
        #expect(names(pt, .organization).contains("Fórum para a Cooperação entre os Portos do Atlântico Sul"), "\(all(pt))")
    }

    @Test func agencyNamedWithItsHead() {
        let e = extract("Quito, dic. 3 (PRENSALIBRE). El ministro habló con PRENSALIBRE en la mañana y luego declaró a la Agencia Prensalibre que no renunciará.", "es")
        #expect(e.entities.filter { $0.type == .organization && ($0.name.lowercased().contains("prensalibre")) }.count == 1, "\(all(e))")
        let not = extract("La Agencia Tributaria abrió una inspección a la empresa, según fuentes de Hacienda.", "es")
        #expect(names(not, .organization).contains("Agencia Tributaria"), "\(all(not))")
    }

    // MARK: Clubs

    @Test func clubsBySportWordsAndTowns() {
        let e = extract("La schiacciatrice ha firmato con la Gorgonzola Volley dopo due stagioni nella Zhetysu Almaty, ha detto l'allenatore.", "it")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Gorgonzola Volley") && orgs.contains("Zhetysu Almaty"), "\(all(e))")
        let not = extract("Il ministro ha visitato la Zhetysu Almaty, una zona industriale, insieme al sindaco.", "it")
        #expect(!names(not, .organization).contains("Zhetysu Almaty"), "\(all(not))")
    }

    // MARK: No names

    @Test func datelinesSignOffsStatesAndJournals() {
        let e = extract("BILBAO, 5 Ene. (EUROPA PRESS) -\n\nUn equipo de Campinas (SP) publicó en la revista Nature Geoscience un análisis de ADN.\n\n(FIN) KLM/PRT", "es")
        let written = e.entities.flatMap { [$0.name] + $0.aliases }
        for x in ["Ene", "Nature Geoscience", "ADN", "FIN", "KLM", "PRT"] { #expect(!written.contains(x), "\(x): \(all(e))") }
        let pt = extract("Os ensaios serão feitos em Campinas (SP) e em Londrina (PR), disse a pesquisadora.", "pt")
        #expect(!names(pt, .organization).contains("SP") && !names(pt, .organization).contains("PR"), "\(all(pt))")
        #expect(names(pt, .place).contains("Campinas"), "\(all(pt))")
        // Not a code that is no Brazilian state's.
        let not = extract("O acordo com a União Europeia (UE) foi assinado em Brasília (DF) ontem.", "pt")
        #expect(names(not, .organization).contains("UE"), "\(all(not))")
    }

    @Test func spanishGranadaIsTheCity() {
        let e = extract("Granada, 5 ene (EFE).- La Universidad de Granada presentó ayer el proyecto en Granada.", "es")
        #expect(!codes(e).contains("GD"), "\(e.countries)")
        #expect(names(e, .place).contains("Granada"), "\(all(e))")
        let not = extract("Granada, la isla del Caribe, firmó un acuerdo con Trinidad y Tobago.", "es")
        #expect(codes(not).contains("GD"), "\(not.countries)")
    }

    @Test func ministrySplitsAndCoordinatedTowns() {
        let e = extract("El control lo hizo el Departamento de Sanidad Vegetal del Ministerio de Agricultura de Chile. El Ayuntamiento de Vilanova y la Geltrú aprobó el plan; los vecinos de Vilanova y la Geltrú protestaron.", "es")
        let orgs = names(e, .organization)
        #expect(orgs.contains(where: { $0.hasPrefix("Ministerio de Agricultura") }), "\(all(e))")
        #expect(orgs.contains("Departamento de Sanidad Vegetal"), "\(all(e))")
        let not = extract("Los ayuntamientos de Laredo y Colindres firmaron. La Sección Tercera de la Audiencia Provincial de Cantabria falló.", "es")
        #expect(!names(not, .place).contains("Laredo y Colindres"), "\(all(not))")
        #expect(names(not, .organization).contains(where: { $0.contains("Audiencia Provincial de Cantabria") }), "\(all(not))")
    }
}
