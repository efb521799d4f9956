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

    // MARK: Second round: discovery's cue-word sub-passes, patterns inside rules with a key-less one

    /// czechSlovakLegalForms ("s" of a.s., s.r.o.), legalFormAfterCo (", Ltd."), organizationsSpelledByAcronym (brackets).
    @Test func legalFormsAndSpelledAcronymsFire() {
        let e = extract("Coal will come from Jihočeské doly a.s., and Zelený Vlak s.r.o. will haul it, the ministry said.", "en")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Jihočeské doly a.s.") && orgs.contains("Zelený Vlak s.r.o."), "\(all(e))")
        let f = extract("Tianjin Hualong Ceramics Co., Ltd. will supply the tiles, the firm said.", "en")
        #expect(names(f, .organization).contains("Tianjin Hualong Ceramics Co., Ltd."), "\(all(f))")
        let g = extract("Le projet est financé par la Caisse régionale de soutien aux paysans (CRSP), a indiqué le ministre.", "fr")
        #expect(names(g, .organization).contains("Caisse régionale de soutien aux paysans"), "\(all(g))")
    }

    /// economicZonesAfterNames (economic, zone) and akimatsOfPlaces (akimat); h13PlacesByTheirNouns' noun after a name.
    @Test func zonesAkimatsAndStationsFire() {
        let e = extract("Investors toured the Velmora free economic zone on Monday. Officials from the akimat of Tarbagatai region attended.", "en")
        #expect(names(e, .place).contains("Velmora free economic zone"), "\(all(e))")
        #expect(names(e, .organization).contains("akimat of Tarbagatai region"), "\(all(e))")
        let f = extract("The cargo will reach the Zhanatas freight station next week.", "en")
        #expect(names(f, .place).contains("Zhanatas"), "\(all(f))")
    }

    /// refineSeedStyleLatin's compass-region rule, refineKnownGapsLatin's ship name, h20Latin's French stadium.
    @Test func compassRegionsShipsAndStadiumsFire() {
        let e = extract("According to Akim of North Torgai region Serik Bekov, the plant will open in May.", "en")
        #expect(names(e, .person).contains("Serik Bekov") && names(e, .place).contains("North Torgai"), "\(all(e))")
        let f = extract("The tanker Northern Pearl will follow. Captain Ivan Sorokin said the crew was ready.", "en")
        #expect(!f.entities.contains { $0.name.contains("Pearl") }, "\(all(f))")
        let g = extract("Le match aura lieu au stade Mamadou-Kane, a indiqué l'entraîneur.", "fr")
        #expect(names(g, .place).contains("Mamadou-Kane"), "\(all(g))")
    }

    /// refineSeedStyleLatin's legal-form and region-noun rules: a company and a region's name before a person.
    @Test func seedLegalFormsAndRegionsBeforePersonsFire() {
        let e = extract("The contract was signed by OJSC Lidagromash Pavel Drozdov and by Surkhan Region Alisher Tursunov on Monday.", "en")
        #expect(names(e, .organization).contains("Lidagromash") && names(e, .place).contains("Surkhan Region"), "\(all(e))")
        let people = names(e, .person)
        #expect(people.contains("Pavel Drozdov") && people.contains("Alisher Tursunov"), "\(all(e))")
        #expect(NameFinder.seedLegalFormKeys.contains("ojsc", hash: Token.hash("ojsc")))
    }

    /// h17Russian: a quoted company after ООО, a railway by its region's adjective.
    @Test func russianQuotedCompanyAndRailwayFire() {
        let e = extract("Производство начнёт ООО «Таёжный Путь». Груз доставит Приволжская железная дорога.", "ru")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Таёжный Путь") && orgs.contains("Приволжская железная дорога"), "\(all(e))")
    }

    /// discoverArabicRoyalPlaces (a royal title after a place head) and discoverArabicArticleGivenNames (بن between names).
    @Test func arabicRoyalPlacesAndSonOfNamesFire() {
        let e = extract("وصل الوفد إلى مطار الملك منصور، ثم عبر جسر الملك فيصل إلى المدينة.", "ar")
        #expect(names(e, .place).contains("مطار الملك منصور") && names(e, .place).contains("جسر الملك فيصل"), "\(all(e))")
        let f = extract("وحضر اللقاء الشيخ المنصور بن حمدان الراشد ممثلا عن الحكومة.", "ar")
        #expect(names(f, .person).contains("المنصور بن حمدان الراشد"), "\(all(f))")
    }

    /// discoverVietnamesePlaces: a foreign place after a unit noun or "cảng".
    @Test func vietnamesePlacesAfterUnitNounsFire() {
        let e = extract("Đoàn công tác đã đến thăm tỉnh Kratie và cảng Batangas trong tuần qua.", "vi")
        #expect(names(e, .place).contains("Kratie") && names(e, .place).contains("Batangas"), "\(all(e))")
    }

    /// The second round's gate sets hold the keys their rules compare.
    @Test func secondRoundGateSetsHoldTheRulesKeys() {
        #expect(NameFinder.czechSlovakLegalFormCues.contains("s", hash: Token.hash("s")))
        #expect(NameFinder.acronymOpenBracket.contains("(", hash: Token.hash("(")))
        #expect(NameFinder.h17RussianLegalFormKeys.contains("ооо", hash: Token.hash("ооо")))
        #expect(NameFinder.seedCompassKeys.contains("north", hash: Token.hash("north")))
        #expect(NameFinder.seedRegionNounKeys.contains("region", hash: Token.hash("region")))
        #expect(NameFinder.arabicSonOfCues.contains("بن", hash: Token.hash("بن")))
    }
}
