import Foundation
import Testing
@testable import BulletinKit

/// spd18: the acronym rule shared by holdout31 and holdout32 (`acronymSpelledNames`, one test per mode), and the cheap
/// first tests of the Latin refine passes answer as the tests they stand before.
@Suite struct EntitySpeed18Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: The acronym rule's two modes

    /// `.cut` (holdout31): a name cut at its lowercase words, its acronym written with a capital first or hyphenated.
    @Test func acronymCutModeJoinsANameCutAtLowercaseWords() {
        let fr = extract("Le dossier a été transmis à l'Office régional de surveillance des eaux côtières (ORSEC), qui enquête.", "fr")
        #expect(names(fr, .organization).contains("Office régional de surveillance des eaux côtières"), "\(all(fr))")
        let pt = extract("A bolsa foi paga pela Fundação de Apoio à Ciência do Estado do Tocantins (Faceto), segundo a reitoria.", "pt")
        #expect(names(pt, .organization).contains("Fundação de Apoio à Ciência do Estado do Tocantins"), "\(all(pt))")
        // Letters that spell no run of the words: nothing joined.
        let not = extract("A bolsa foi paga pela Fundação de Apoio à Ciência do Estado do Tocantins (Qwzrt), segundo a reitoria.", "pt")
        #expect(!names(not, .organization).contains("Fundação de Apoio à Ciência do Estado do Tocantins"), "\(all(not))")
    }

    /// `.wide` (holdout32): only a name that crosses a country's adjective or a list's commas, with an all-caps acronym.
    @Test func acronymWideModeCrossesCommasOfAList() {
        let pt = extract("O parecer da Direção-Geral da Energia, das Minas e dos Recursos (DGEMR) foi publicado ontem.", "pt")
        #expect(names(pt, .organization).contains("Direção-Geral da Energia, das Minas e dos Recursos"), "\(all(pt))")
        let not = extract("O parecer da Direção-Geral da Energia, das Minas e dos Recursos (XQWZB) foi publicado ontem.", "pt")
        #expect(!names(not, .organization).contains("Direção-Geral da Energia, das Minas e dos Recursos"), "\(all(not))")
    }

    @Test func acronymModesKeepTheirLimits() {
        #expect(NameFinder.AcronymNameMode.cut.reach == 16 && NameFinder.AcronymNameMode.cut.maxLetters == 10)
        #expect(NameFinder.AcronymNameMode.wide.reach == 18 && NameFinder.AcronymNameMode.wide.maxLetters == 8)
    }

    // MARK: Cheap first tests

    static let words = ["", "a", "g", "ing", "Ring", "Banking", "BANKING", "Smith", "HaskoningDHV", "PetroVietnamGAS", "abC", "ABC", "AbCD",
                        "Müller", "MüllerÖÄ", "ÉtatDÉ", "Kelvin\u{212A}", "Doing\u{0301}", "Sing\u{0327}", "Rin\u{0067}", "X-Y", "O'NEIL", "Straße", "Jiménez"]

    /// The scalar scan `l13CamelAcronym` ran on every word before its last-byte test.
    static func camelAcronymByScalars(_ text: String) -> Bool {
        var sawLower = false, caps = 0
        for u in text.unicodeScalars {
            if u.properties.isLowercase { sawLower = true; caps = 0 } else if u.properties.isUppercase { caps += 1 } else { caps = 0 }
        }
        return sawLower && caps >= 2
    }

    @Test func camelAcronymGateAnswersAsTheScan() {
        let finder = NameFinder(lex: EntityLexicon.shared, text: "Royal HaskoningDHV", language: "en")
        for w in Self.words { #expect(finder.l13CamelAcronym(w) == Self.camelAcronymByScalars(w), "\(w)") }
        #expect(finder.l13CamelAcronym("HaskoningDHV") && !finder.l13CamelAcronym("Haskoning"))
    }

    @Test func ingGateNeverHidesAnIngEnding() {
        for w in Self.words where PlainText.hasSuffix(w, "ing") { #expect(NameFinder.h27MayEndInG(w), "\(w)") }
        #expect(!NameFinder.h27MayEndInG("smith") && !NameFinder.h27MayEndInG(""))
        for w in Self.words + ["sparbank", "Handelsbank", "bank\u{0301}", "banK"] where PlainText.hasSuffix(w, "bank") { #expect(NameFinder.h17MayEndInK(w), "\(w)") }
        #expect(NameFinder.h17MayEndInK("handelsbank") && !NameFinder.h17MayEndInK("bankier"))
    }

    /// The legal-form pass's inlined fields test lets every form through ("mbH" and "plc" lowercase, the rest capitalized).
    @Test func legalFormGateLetsFormsThrough() {
        let finder = NameFinder(lex: EntityLexicon.shared, text: "Ruhrtal Technik mbH und Harwick Foods plc und Orobica Valvole S.p.A. und die kleine Firma", language: "de")
        let forms = NameFinder.H32FormHashes()
        let t = finder.tokens
        for (k, tok) in t.enumerated() where ["mbh", "plc", "S"].contains(tok.key) || tok.text == "S" {
            #expect(finder.h32MayOpenForm(k, forms), "\(tok.text)")
            #expect(finder.h32FormEnd(k, forms) != nil, "\(tok.text)")
        }
        for (k, tok) in t.enumerated() where ["und", "die", "kleine"].contains(tok.key) { #expect(!finder.h32MayOpenForm(k, forms), "\(tok.text)") }
        let de = extract("Der Auftrag ging an die Ruhrtal Technik mbH in Essen.", "de")
        #expect(names(de, .organization).contains { $0.hasPrefix("Ruhrtal Technik") }, "\(all(de))")
    }

    /// The first-word filter of h20Latin's one-word names holds the first word of every longer unknown name.
    @Test func longerNameFirstsHoldTheFirstWords() {
        var f = NameFinder(lex: EntityLexicon.shared, text: "Declan Fennelly met Rathcoole Athletic officials. Declan said Rathcoole won.", language: "en")
        f.findKnown()
        f.discoverAlphabetic()
        let firsts = f.h20LongerNameFirsts()
        for m in f.mentions where m.known == nil && m.words.count >= 2 && (m.type == .organization || m.type == .person) {
            #expect(firsts.contains(m.words[0]), "\(m.words)")
        }
    }

    /// The sport gate (a word class probed by hash) finds a sport's word where the list's lookup did.
    @Test func sportGateFindsASportsWord() {
        let sport = NameFinder(lex: EntityLexicon.shared, text: "The striker signed for Kilbride on Monday.", language: "en")
        #expect(sport.h20IsSportArticle())
        let none = NameFinder(lex: EntityLexicon.shared, text: "The council met on Monday to discuss roads.", language: "en")
        #expect(!none.h20IsSportArticle())
        let e = extract("The striker scored twice as Kilbride Celtic beat Tullyvale Rovers in the match on Saturday.", "en")
        #expect(names(e, .organization).contains("Kilbride Celtic"), "\(all(e))")
    }
}
