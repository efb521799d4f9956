import Foundation
import Testing
@testable import BulletinKit

/// The refine rules of holdouts 13–21, Gaps10, Leftovers11–14 and KnownGaps gated on their cue words (`articleHas`) still
/// fire where their cue word occurs: each test reads a short text with names no list holds, next to the cue.
@Suite struct EntityGates31ATests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    /// The gates' key sets hold the keys the rules compare (folded as the tokens' keys are).
    @Test func gateSetsHoldTheRulesKeys() {
        let finder = EntityPassFactsTests.discovered("Ủy ban nhân dân tỉnh và Chính quyền huyện; Công an, cao tốc.", "vi")
        for k in finder.tokens.indices where finder.tokens[k].kind == .word {
            let key = finder.tokens[k].key
            if ["uy", "chinh"].contains(key) { #expect(NameFinder.kgCommitteeCues.contains(key, hash: Token.hash(key)), "\(key)") }
        }
        #expect(NameFinder.g10LatinTokenCues.contains("cong", hash: Token.hash("cong")))
        #expect(NameFinder.h17LatinHeadCues.contains("musee", hash: Token.hash("musee")))
        #expect(NameFinder.h14FrenchMinistryCues.contains("ministere", hash: Token.hash("ministere")))
    }

    // MARK: Latin

    /// h17LatinHeads' word loop: a town before "-based"; h18English's: places listed after a plural site noun.
    @Test func basedTownsAndSiteListsFire() {
        let e = extract("Kelowna-based Orchard Foods said sales rose.", "en")
        #expect(names(e, .place).contains("Kelowna"), "\(all(e))")
        let f = extract("Trucks will serve the mines of Zembeni and Lutoko next year.", "en")
        for p in ["Zembeni", "Lutoko"] { #expect(names(f, .place).contains(p), "\(p): \(all(f))") }
    }

    /// g10LatinTokens (an honorific's name before "of") and g10LatinPlaceNouns (site, border and plural unit nouns).
    @Test func honorificAndPlaceNounRulesFire() {
        let e = extract("Mr. Tanabe of Hoshida Steel Corporation said the talks went well.", "en")
        #expect(names(e, .person).contains("Tanabe"), "\(all(e))")
        let f = extract("Tourists visit the caves of Pha Tok. Output grew in Na Lam and Ban Sop districts.", "en")
        for p in ["Pha Tok", "Na Lam", "Ban Sop"] { #expect(names(f, .place).contains(p), "\(p): \(all(f))") }
    }

    /// h13RegionPlaces: a capitalized name before "Province"; l13English: a town before "mayor".
    @Test func regionNounAndMayorRulesFire() {
        let e = extract("Governor of Syunik Province Armen Hakobyan met the delegation.", "en")
        #expect(names(e, .place).contains("Syunik Province"), "\(all(e))")
        let f = extract("OSLO, March 4 (Reuters) - The plant will open in May. Gjovik mayor Lise Moen said the jobs were welcome.", "en")
        #expect(names(f, .place).contains("Gjovik"), "\(all(f))")
    }

    /// l11LatinPatterns' word loop: a free port's operator.
    @Test func freeportRuleFires() {
        let e = extract("Containers will be shipped through Rijeka Freeport and the Freeport of Koper, the company said.", "en")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Rijeka Freeport") && orgs.contains("Freeport of Koper"), "\(all(e))")
    }

    /// h14FrenchMinistryLists (a ministry's portfolio list) and l13QuotedWorks (a title in ASCII quotes by a work's noun).
    @Test func frenchMinistryListsAndQuotedWorksFire() {
        let e = extract("Le ministre chargé du ministère de la Santé, de l'Hygiène et de la Prévention a parlé.", "fr")
        #expect(names(e, .organization).contains("ministère de la Santé, de l'Hygiène et de la Prévention"), "\(all(e))")
        let f = extract("Le musée de Namur a acquis \"Les Glaneuses du Nord\", une toile de 1890 signée Pierre Lenoir.", "fr")
        #expect(!f.entities.contains { $0.name.contains("Glaneuses") }, "\(all(f))")
    }

    /// kgVietnameseCommittees and h17Vietnamese's word loop ("Công an tỉnh X").
    @Test func vietnameseCommitteesAndPoliceFire() {
        let e = extract("Ủy ban nhân dân tỉnh Hà Giang và Chính quyền bang Shan đã ký kết biên bản ghi nhớ.", "vi")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Ủy ban nhân dân tỉnh Hà Giang") && orgs.contains("Chính quyền bang Shan"), "\(all(e))")
        let f = extract("Ông Lê Văn Hòa cho biết Công an tỉnh Bình Định đã vào cuộc.", "vi")
        #expect(names(f, .organization).contains("Công an tỉnh Bình Định"), "\(all(f))")
    }

    // MARK: Cyrillic

    /// g10RussianMinistryOfState and g10RussianUnitNames.
    @Test func russianMinistryOfStateAndUnitNamesFire() {
        let e = extract("Министр провела переговоры с секретарем министерства туризма Королевства Камбоджа Сок Чендой в провинции Накхонпатом.", "ru")
        #expect(names(e, .organization).contains("министерства туризма Королевства Камбоджа"), "\(all(e))")
        #expect(names(e, .place).contains("Накхонпатом"), "\(all(e))")
    }

    // MARK: Arabic

    /// kgArabicParticleNames (names chained by بن) and l12ArabicCommitteesStationsInstitutes (a joint committee).
    @Test func arabicParticleNamesAndJointCommitteesFire() {
        let e = extract("وقال الوزير ناصر بن سعيد بن حمود الشكيلي إن المشروع مهم.", "ar")
        #expect(names(e, .person).contains("ناصر بن سعيد بن حمود الشكيلي"), "\(all(e))")
        let f = extract("ومن المقرر أن تنعقد الدورة المقبلة للجنة الأردنية العراقية المشتركة في عمان في مارس المقبل.", "ar")
        #expect(names(f, .organization).contains("اللجنة الأردنية العراقية المشتركة"), "\(all(f))")
    }

    /// h20Arabic's word scans: a place after a plural geographic noun, the public prosecution.
    @Test func arabicAreaNounsAndProsecutionFire() {
        let e = extract("وزار الوفد جزر قرقنة، وأعلنت النيابة العامة فتح تحقيق.", "ar")
        #expect(names(e, .place).contains("قرقنة") && names(e, .organization).contains("النيابة العامة"), "\(all(e))")
    }

    /// l11ArabicPatterns: an oil field with its offshore adjective (a trigger word of its scan).
    @Test func arabicFieldRuleFires() {
        let e = extract("ووقعت الشركتان مذكرة تفاهم لصيانة منصات الحفر في حقل كاراتوبي البحري قبالة السواحل.", "ar")
        #expect(names(e, .place).contains("حقل كاراتوبي البحري"), "\(all(e))")
    }
}
