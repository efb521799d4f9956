import Foundation
import Testing
@testable import BulletinKit

/// spd23: the refine passes' per-token word tests compared by key hash first (`keyIs(_:_:hash:)` with the hash taken once a
/// pass), their word lists read once a pass, their cheap field tests moved before the key's, and the mention fields read in
/// place. Each rule so changed still fires where its trigger is present (names here are made up, in no set).
@Suite struct EntitySpeed23Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    /// `keyIs(k, literal, hash: Token.hash(literal))` answers as `keyIs(k, literal)` for every token and index.
    @Test func hashedKeyTestAnswersAsTheByteTest() {
        let finder = NameFinder(lex: EntityLexicon.shared, text: "the Vel Doran park, \"Ka\" – et la «x» d'Or . - and 's", language: "fr")
        let literals: [StaticString] = ["the", ",", ".", "-", "–", "\"", "et", "la", "le", "and", "musee", "fondation", "'s", "x"]
        for lit in literals {
            let s = lit.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
            let h = Token.hash(s)
            for k in -1...finder.tokens.count { #expect(finder.keyIs(k, s, hash: h) == finder.keyIs(k, lit), "\(s) at \(k)") }
        }
    }

    /// The glued hyphen with its spaces tested first: a spaced or an unglued dash is none, a glued one is.
    @Test func gluedHyphenAnswersAsBefore() {
        let finder = NameFinder(lex: EntityLexicon.shared, text: "Port-Vila, Anse - Boileau, Tere -Mau, Kiri- Tau", language: "en")
        let t = finder.tokens
        for k in t.indices {
            let before = k > 0 && k + 1 < t.count && t[k].kind == .punct && finder.keyIs(k, "-") && !t[k].spaceBefore && !t[k + 1].spaceBefore
            #expect(finder.h15GluedHyphen(k) == before, "\(t[k].text) at \(k)")
        }
        #expect(t.indices.contains { finder.h15GluedHyphen($0) })
    }

    /// h18English: "the" by hash, a site named before its noun; and the plural site nouns read once.
    @Test func englishSiteRulesFire() {
        let e = extract("Trucks reach the Vel Doran logistics park every day, officials said on Monday.", "en")
        #expect(names(e, .place).contains("Vel Doran"), "\(all(e))")
        let mines = extract("The workers of the mines of Kavunda and Lisema went on strike on Monday.", "en")
        #expect(names(mines, .place).isSuperset(of: ["Kavunda", "Lisema"]), "\(all(mines))")
    }

    /// h27English: the comma before a state's abbreviation by hash; the organization nouns and compass words read once.
    @Test func englishStateOrgAndCompassRulesFire() {
        let ky = extract("DORNVILLE, Ky. (AP) — Officials in the town said the bridge would reopen.", "en")
        #expect(names(ky, .place).isSuperset(of: ["Kentucky", "DORNVILLE"]), "\(all(ky))")
        let org = extract("A spokesman for the charity Brightpath said the appeal had raised funds.", "en")
        #expect(names(org, .organization).contains("Brightpath"), "\(all(org))")
        let west = extract("Snow is expected across Western Canada this weekend, forecasters said.", "en")
        #expect(names(west, .place).contains("Western Canada"), "\(all(west))")
    }

    /// h32: a dotted legal form (the dot compared by hash) and a one-word one.
    @Test func legalFormsFire() {
        let it = extract("La commessa è andata alla Brenta Pompe S.p.A. di Padova, secondo il comunicato.", "it")
        #expect(names(it, .organization).contains("Brenta Pompe S.p.A."), "\(all(it))")
        let de = extract("Der Auftrag ging an die Harztal Technik mbH in Essen, teilte das Unternehmen mit.", "de")
        #expect(names(de, .organization).contains("Harztal Technik mbH"), "\(all(de))")
    }

    /// h17 (French museum and foundation by hash) and h27Romance (court and body heads read once).
    @Test func frenchHeadRulesFire() {
        let musee = extract("Les oeuvres sont exposées au musée de La Pradelle depuis lundi, a indiqué la direction.", "fr")
        #expect(names(musee, .organization).contains("La Pradelle"), "\(all(musee))")
        let fondation = extract("Le prix a été remis par la Fondation Marcel Delorge à Liège, a annoncé le jury.", "fr")
        #expect(names(fondation, .organization).contains("Fondation Marcel Delorge"), "\(all(fondation))")
        let court = extract("L'affaire sera jugée par le tribunal correctionnel de Vannes en mars, a indiqué le parquet.", "fr")
        #expect(names(court, .organization).contains("tribunal correctionnel de Vannes"), "\(all(court))")
        let agence = extract("Le projet est porté par l'Agence du bassin hydraulique du Draa-Oued selon le communiqué.", "fr")
        #expect(names(agence, .organization).contains("Agence du bassin hydraulique du Draa-Oued"), "\(all(agence))")
    }

    /// l13QuotedWorks (the quotes by hash): a quoted title after a work's noun is no entity; without the noun it stays one.
    @Test func quotedWorkRuleFires() {
        let film = extract("She starred in the film \"Silent Harbor Nights\" last year, the studio said.", "en")
        #expect(!all(film).contains { $0.hasSuffix("Silent Harbor Nights") }, "\(all(film))")
        let plain = extract("She said \"Silent Harbor Nights\" was a hit last year.", "en")
        #expect(all(plain).contains { $0.hasSuffix("Silent Harbor Nights") }, "\(all(plain))")
    }

    /// l16RoadSections (spaces before the dashes' keys): a road's two towns and the section.
    @Test func roadSectionRuleFires() {
        let ru = extract("Авария произошла на трассе Белово – Гурьевск в понедельник, сообщили в полиции.", "ru")
        #expect(names(ru, .place).isSuperset(of: ["Белово – Гурьевск", "Белово", "Гурьевск"]), "\(all(ru))")
    }

    /// h20Latin's listed places (the list's words by hash): a one-word name between two places is one.
    @Test func listedPlaceRuleFires() {
        let e = extract("Flights linked Toronto, Marlowe and Ottawa on Monday.", "en")
        #expect(names(e, .place).contains("Marlowe"), "\(all(e))")
    }

    /// refineHoldout15's possessive trigger and refineHoldout16's guillemets, read by hash first: their rules still fire.
    @Test func markTriggersStillFire() {
        let list = extract("Aid convoys reached Toronto, Kelly's Hollow and Brantwell on Monday, officials said.", "en")
        #expect(names(list, .place).contains("Kelly's Hollow"), "\(all(list))")
        let festival = extract("В субботу в Томске открылся фестиваль «Белая Протока», сообщили организаторы.", "ru")
        #expect(!all(festival).contains { $0.hasSuffix("Белая Протока") }, "\(all(festival))")
        let company = extract("В субботу в Томске открылась компания «Белая Протока», сообщили организаторы.", "ru")
        #expect(names(company, .organization).contains("Белая Протока"), "\(all(company))")
    }

    /// The out-of-line byte comparison after equal hashes (`keySame`) is `PhraseMatcher.same` of the key.
    @Test func keySameIsTheByteComparison() {
        let finder = NameFinder(lex: EntityLexicon.shared, text: "Toronto, Kelly's Hollow « et » the", language: "en")
        for k in finder.tokens.indices {
            for w in ["toronto", ",", "'s", "«", "et", "the", "kelly", ""] {
                #expect(finder.keySame(k, w) == PhraseMatcher.same(finder.tokens[k].key, w), "\(w) at \(k)")
            }
        }
    }
}
