import Foundation
import Testing
@testable import BulletinKit

/// Discovery patterns found missing on scripts/entity-unseen/holdout5 (Latin-script languages and
/// Vietnamese, written and scored before any rule was changed for it) and the known gaps of
/// session 4. Each test uses other names than those articles, with a must-find and a must-not-find check.
@Suite struct EntityLatinPatternTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    @Test func aRegionHoldingACountryWordIsNoMentionOfThatCountry() {
        let es = extract("""
        El Fondo Latinoamericano de Reservas de América Latina y el Caribe prestó dinero a Paraguay. Las exportaciones \
        hacia América del Sur crecieron.
        """, "es")
        #expect(!es.countries.contains("US"), "\(es.countries)")
        #expect(es.countries.contains("PY"), "\(es.countries)")
        #expect(!names(es, .person).contains { $0.contains("Caribe") }, "\(all(es))")
        let en = extract("Exports to Latin America rose, while Americans bought more cars from Mexico.", "en")
        #expect(en.countries.contains("US"), "the demonym alone is still the country: \(en.countries)")
        #expect(en.countries.contains("MX"), "\(en.countries)")
        let en2 = extract("Exports to Latin America and the Caribbean rose by a fifth, the bank said in Lima.", "en")
        #expect(!en2.countries.contains("US"), "\(en2.countries)")
    }

    @Test func portugueseAndItalianTitlesKeywordsParticlesAndPlaceWords() {
        let it = extract("""
        Il ministro dell'Economia e delle Finanze, Marco Bellini, ha incontrato a Bari il sindaco di Lecce, Paolo Rinaldi. \
        L'Agenzia delle Entrate ha firmato un accordo con il Comune. Il Paese crescerà, ha detto il ministro. Le acque del \
        fiume Piave sono salite.
        """, "it")
        let itPeople = names(it, .person)
        #expect(itPeople.contains("Marco Bellini") && itPeople.contains("Paolo Rinaldi"), "\(all(it))")
        #expect(names(it, .place).contains("Bari") && names(it, .place).contains("Piave"), "\(all(it))")
        #expect(names(it, .organization).contains("Agenzia delle Entrate"), "\(all(it))")
        #expect(!it.entities.contains { ["Economia", "Finanze", "Paese", "Agenzia"].contains($0.name) }, "portfolio words and common nouns: \(all(it))")
        let pt = extract("""
        A Agência para o Desenvolvimento e Coesão assinou o contrato. O secretário de Estado do Turismo, Rui Matos, visitou \
        o porto de Sines e a cidade de Setúbal. Os produtos seguem depois em Braga.
        """, "pt")
        #expect(names(pt, .organization).contains("Agência para o Desenvolvimento e Coesão"), "\(all(pt))")
        #expect(names(pt, .person).contains("Rui Matos"), "\(all(pt))")
        for place in ["Sines", "Setúbal", "Braga"] { #expect(names(pt, .place).contains(place), "\(place): \(all(pt))") }
        #expect(!pt.entities.contains { ["Estado", "Turismo", "Agência para"].contains($0.name) }, "\(all(pt))")
    }

    @Test func anAcronymInParenthesesSpellsTheLowercaseWordsOfItsName() {
        let it = extract("Il prestito della Banca nazionale del lavoro (BNL) è stato firmato a Napoli.", "it")
        #expect(names(it, .organization).contains("Banca nazionale del lavoro"), "\(all(it))")
        let fr = extract("""
        L'Office national des forêts (ONF) a publié un rapport. Les prix de la viande bovine ont fortement augmenté (INSEE).
        """, "fr")
        #expect(names(fr, .organization).contains("Office national des forêts"), "\(all(fr))")
        #expect(!fr.entities.contains { $0.name.contains("viande") || $0.name.contains("augment") }, "letters that do not spell the words: \(all(fr))")
    }

    @Test func legalFormsEndACompanyName() {
        let e = extract("Analyst Peter Corpus said Sumitomo Corp and Eni SpA would bid, as would Cementos Andinos S.A. of Lima.", "en")
        let orgs = names(e, .organization)
        for org in ["Sumitomo Corp", "Eni SpA"] { #expect(orgs.contains(org), "\(org): \(all(e))") }
        #expect(orgs.contains { $0.hasPrefix("Cementos Andinos S.A") }, "\(all(e))")
        #expect(names(e, .person).contains("Peter Corpus"), "a word that starts like a legal form: \(all(e))")
        #expect(!names(e, .person).contains { $0.contains("Sumitomo") }, "\(all(e))")
    }

    @Test func aKnownCityBeforeAGeographicFeatureNamesTheFeature() {
        let e = extract("""
        Tankers waited in Manila Bay on Monday, and the Moscow River froze early. Officials in Manila said the port would \
        reopen; flights at the Vienna Airport were delayed.
        """, "en")
        let places = names(e, .place)
        #expect(places.contains("Manila Bay") && places.contains("Moscow River"), "\(all(e))")
        #expect(places.contains("Manila"), "the city itself elsewhere: \(all(e))")
        #expect(places.contains("Vienna") && !places.contains("Vienna Airport"), "a facility keeps the known city: \(all(e))")
    }

    @Test func vietnameseInstitutionsOfACityAndNamedAfterAPerson() {
        let text = """
        Sinh viên Trường Đại học Đà Nẵng và học sinh Trường Trung học Phổ thông Chu Văn An tham gia hội thảo. Giám đốc \
        Bệnh viện Nhi Trung ương Trần Minh Điển cho biết bệnh viện sẽ hỗ trợ.
        """
        for body in [text, text.decomposedStringWithCanonicalMapping] {
            let e = extract(body, "vi")
            let orgs = names(e, .organization)
            #expect(orgs.contains("Trường Đại học Đà Nẵng"), "\(all(e))")
            #expect(!orgs.contains("Trường Đại học"), "\(all(e))")
            #expect(orgs.contains { $0.hasSuffix("Chu Văn An") }, "a school's namesake: \(all(e))")
            #expect(!names(e, .person).contains("Chu Văn An"), "\(all(e))")
            #expect(names(e, .person).contains("Trần Minh Điển"), "a title before the name keeps the person: \(all(e))")
        }
    }

    @Test func vietnameseOfficialAfterAProvincialBody() {
        let e = extract("""
        Phó Chủ tịch UBND tỉnh Trần Văn Lâm cho biết tỉnh sẽ hỗ trợ. Chủ tịch UBND tỉnh Lâm Đồng Trần Hồng Thái đã tiếp đoàn. \
        UBND tỉnh Hà Tĩnh đã phê duyệt dự án.
        """, "vi")
        #expect(names(e, .person).contains("Trần Văn Lâm"), "\(all(e))")
        #expect(!names(e, .place).contains("Trần Văn Lâm"), "\(all(e))")
        #expect(names(e, .place).contains("Lâm Đồng") && names(e, .place).contains("Hà Tĩnh"), "\(all(e))")
    }

    @Test func aNameAfterATitleThatEndsAnOrganizationIsThatOrganization() {
        let e = extract("""
        Tập đoàn Hanwha Aerospace ký hợp đồng đóng tàu. Theo bà Kim Soo-jin, Giám đốc Hanwha Aerospace, tàu sẽ bàn giao năm sau. \
        Công ty Trần Anh mở cửa hàng mới; Giám đốc Trần Anh Tuấn cho biết doanh thu tăng.
        """, "vi")
        #expect(!names(e, .person).contains("Hanwha Aerospace"), "\(all(e))")
        #expect(e.entities.filter { $0.type == .organization && $0.aliases.contains("Hanwha Aerospace") }.count == 1, "one entity: \(all(e))")
        #expect(names(e, .person).contains("Trần Anh Tuấn"), "\(all(e))")
        #expect(names(e, .person).contains("Kim Soo-jin"), "\(all(e))")
    }

    @Test func germanSentenceOpenersInstitutionCompoundsAndAbbreviationCompounds() {
        let e = extract("""
        Die SAP meldete einen Gewinnrückgang. Auch Spanien senkte seine Prognose. Eine Sprecherin des Bundesministeriums \
        für Bildung und Forschung bestätigte das. Die Landesanstalt für Umwelt warnte vor Trockenheit. Die US-Sanktionen \
        belasten den Handel.
        """, "de")
        let orgs = names(e, .organization)
        #expect(orgs.contains("SAP"), "\(all(e))")
        #expect(orgs.contains("Bundesministeriums für Bildung und Forschung"), "\(all(e))")
        #expect(orgs.contains("Landesanstalt für Umwelt"), "\(all(e))")
        #expect(e.countries.contains("ES") && !orgs.contains { $0.hasPrefix("Auch") }, "\(e.countries) \(all(e))")
        #expect(!e.entities.contains { $0.name.contains("Sanktionen") }, "\(all(e))")
    }

    @Test func aCapitalBeforeAnApostropheAndACapitalIsPartOfTheName() {
        let e = extract("Le convoi est arrivé à N'Zérékoré puis à M'Bour. L'Union africaine a salué l'accord.", "fr")
        let places = names(e, .place)
        #expect(places.contains("N'Zérékoré") && places.contains("M'Bour"), "\(all(e))")
        #expect(!places.contains("Zérékoré") && !e.entities.contains { $0.name == "Bour" }, "\(all(e))")
        #expect(!e.entities.contains { $0.name.hasPrefix("L'Union") }, "a French elision stays one: \(all(e))")
    }

    @Test func aNegationInsideAnInstitutionAndANameInParenthesesAfterIt() {
        let e = extract("""
        El Instituto de Energías no Convencionales publicó un informe. La Empresa Nacional de Petróleo (Enap Sipetrol) \
        anunció inversiones. Según el economista (Juan Pérez), el presidente Luis Arce no respondió.
        """, "es")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Instituto de Energías no Convencionales"), "\(all(e))")
        #expect(!orgs.contains("Convencionales"), "\(all(e))")
        #expect(!names(e, .person).contains("Enap Sipetrol") && orgs.contains("Enap Sipetrol"), "\(all(e))")
        #expect(names(e, .person).contains("Juan Pérez") && names(e, .person).contains("Luis Arce"), "\(all(e))")
        #expect(!e.entities.contains { $0.name.hasSuffix(" no") }, "\(all(e))")
    }

    @Test func aCompanyNounBeforeANameMakesItACompany() {
        let en = extract("Shares of the carmaker Great Wall rose, analysts at Desjardins Capital Markets said. Markets fell in Asia.", "en")
        #expect(names(en, .organization).contains("Great Wall") && !names(en, .person).contains("Great Wall"), "\(all(en))")
        #expect(names(en, .organization).contains("Desjardins Capital Markets"), "\(all(en))")
        #expect(!en.entities.contains { $0.name == "Markets" }, "\(all(en))")
        let pt = extract("O contrato foi assinado pela empresa estatal Petro-Sul. Depois, a empresa contratou Maria Silva como diretora.", "pt")
        #expect(names(pt, .organization).contains("Petro-Sul"), "\(all(pt))")
        #expect(names(pt, .person).contains("Maria Silva") && !names(pt, .organization).contains("Maria Silva"), "a verb between: \(all(pt))")
    }

    @Test func aNameBetweenWhichAndABorderIsAPlace() {
        let e = extract("Les camions circulent entre Mopti et la frontière. Un litige oppose entre Orange et le gouvernement.", "fr")
        #expect(names(e, .place).contains("Mopti"), "\(all(e))")
        #expect(!names(e, .place).contains("Orange"), "\(all(e))")
    }

    @Test func aKnownCityBeforeAParticleAndNamesIsALongerPlace() {
        let e = extract("""
        Los productores de Brest de los Andes protestaron. El alcalde de Madrid de Pedro Sánchez no respondió. Los \
        comerciantes de la Asociación de los Productores de Leche firmaron.
        """, "es")
        let places = names(e, .place)
        #expect(places.contains("Brest de los Andes") && !places.contains("Brest"), "\(all(e))")
        #expect(!e.entities.contains { $0.name == "Andes" }, "\(all(e))")
        #expect(places.contains("Madrid") && !places.contains { $0.hasPrefix("Madrid de") }, "a person after it: \(all(e))")
        #expect(names(e, .organization).contains("Asociación de los Productores de Leche"), "'de los' inside a name: \(all(e))")
    }

    @Test func aVietnameseInstitutionAfterAFunctionWordKeepsItsWholeKeyword() {
        let e = extract("Theo Tổng công ty Cà phê miền Trung, giá cà phê tăng. Theo Ngân hàng Nhà nước, lãi suất ổn định.", "vi")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Tổng công ty Cà phê miền Trung"), "\(all(e))")
        #expect(!orgs.contains { $0.hasPrefix("Theo") }, "\(all(e))")
    }

    @Test func portugueseAndItalianCountryNames() {
        let pt = extract("O Níger e a Guiné-Bissau assinaram um acordo com Moçambique.", "pt")
        #expect(Set(pt.countries) == ["NE", "GW", "MZ"], "\(pt.countries)")
        let it = extract("Gli Stati Uniti e il Regno Unito hanno firmato a Valletta; la Svizzera non ha partecipato.", "it")
        #expect(Set(it.countries) == ["US", "GB", "CH"], "\(it.countries)")
        let en = extract("The Camarones River and the Mali Empire were studied by Chadian historians in Ndjamena.", "en")
        #expect(!en.countries.contains("CM"), "\(en.countries)")
    }

    @Test func aCountryWordAndANameInAnAppositionAfterAPlaceAreItsRegion() {
        let e = extract("The new cable car in Tromsø, Norwegian Lapland, opened on Monday.", "en")
        #expect(names(e, .place).contains("Norwegian Lapland"), "\(all(e))")
        #expect(!e.countries.contains("NO"), "\(e.countries)")
        let f = extract("Talks in Hanoi, Thai officials said, went well. In Hanoi, Thai President Somchai Wong spoke.", "en")
        #expect(f.countries.contains("TH"), "\(f.countries)")
        #expect(!names(f, .place).contains { $0.hasPrefix("Thai") }, "\(all(f))")
    }
}
