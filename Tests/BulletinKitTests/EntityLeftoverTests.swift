import Foundation
import Testing
@testable import BulletinKit

/// Leftovers of scripts/entity-unseen/holdout14 (NameFinder+Leftovers.swift): a country adjective that is also a
/// region's, a place before a lowercase administrative noun after a title's "of", and a أبو pair inside a longer
/// Arabic name. Every text is written here with other names; each rule has a must-find and a must-not-find check.
@Suite struct EntityLeftoverTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    @Test func centralAfricanBeforeRegionNounsIsTheRegion() {
        for body in ["The Central African nation exports timber and cocoa to Portugal.",
                     "Leaders of Central African states met to discuss the railway.",
                     "Prices are quoted in the Central African franc, the trader said.",
                     "Other Central African countries want the same deal."] {
            let e = extract(body, "en")
            #expect(!e.countries.contains("CF"), "\(body): \(e.countries)")
        }
        #expect(extract("The Central African nation exports timber and cocoa to Portugal.", "en").countries.contains("PT"))
    }

    @Test func centralAfricanRepublicAndItsInstitutionsStayTheCountry() {
        for body in ["Central African President Jean Mbeko met the press in Bangui.",
                     "The Central African government approved the mining code.",
                     "A delegation of the Central African Republic arrived on Monday."] {
            let e = extract(body, "en")
            #expect(e.countries.contains("CF"), "\(body): \(e.countries)")
        }
        // A country adjective shared with no region is untouched ("South African states" of the country's provinces).
        #expect(extract("South African officials met in Pretoria.", "en").countries.contains("ZA"))
    }

    @Test func nameBeforeLowercaseRegionAfterTitleOfIsThePlace() {
        let e = extract("The governor of Sarytau region spoke on Monday. The mayor of Kengir district agreed. " +
                        "According to Akim of North Torgai region Serik Bekov, the plant will open in May.", "en")
        let places = names(e, .place)
        #expect(places.contains("Sarytau") && places.contains("Kengir") && places.contains("North Torgai"), "\(all(e))")
        #expect(names(e, .person).contains("Serik Bekov") && !places.contains("Serik Bekov"), "the title reaches the person after the region: \(all(e))")
        #expect(!names(e, .person).contains("Sarytau"), "\(all(e))")
    }

    @Test func portfolioAfterTitleOfIsNoPlace() {
        let e = extract("The Minister of Energy Anna Bekova spoke. Governor of Tervola Region Lauri Mäkinen came. Akim Tamiroff acted in the film.", "en")
        let places = names(e, .place)
        #expect(!places.contains("Energy") && !places.contains("Anna Bekova") && !places.contains("Lauri Mäkinen"), "\(all(e))")
        #expect(names(e, .person).contains("Anna Bekova") && names(e, .person).contains("Lauri Mäkinen"), "\(all(e))")
        #expect(names(e, .person).contains("Akim Tamiroff"), "'Akim' alone is a given name, no title: \(all(e))")
    }

    @Test func arabicAbuPairInsideALongerNameKeepsTheFamilyName() {
        let e = extract("وقال وزير الزراعة في الجمهورية الصومالية المهندس محمد عبدي أبو بكر نور إن المشروع سيبدأ قريباً.", "ar")
        #expect(names(e, .person).contains("محمد عبدي أبو بكر نور"), "\(all(e))")
        #expect(!names(e, .person).contains("محمد عبدي أبو بكر"), "\(all(e))")
    }

    @Test func arabicAbuFamilyNameEndsBeforeACommonNoun() {
        let e = extract("وقال وزير الزراعة في جمهورية الصومال المهندس سالم أبو زيد إن المشروع سيبدأ. " +
                        "وزار وزير الزراعة في جمهورية الصومال المهندس كمال أبو رحمة مشاريع التنمية الجديدة.", "ar")
        let people = names(e, .person)
        #expect(people.contains("سالم أبو زيد") && people.contains("كمال أبو رحمة"), "\(all(e))")
        #expect(!people.contains { $0.hasSuffix("مشاريع") || $0.hasSuffix("إن") }, "\(all(e))")
    }

    @Test func arabicGivenNameSwallowedByAPlaceAfterATitleOpensThePerson() {
        let e = extract("وأكد رئيس ولاية هيرشبيلي سعيد حسين أبو بكر عمر أن الولاية ستخصص أرضاً قرب الميناء.", "ar")
        #expect(names(e, .person).contains("سعيد حسين أبو بكر عمر"), "\(all(e))")
        #expect(names(e, .place).contains("ولاية هيرشبيلي") && !names(e, .place).contains { $0.hasSuffix("سعيد") }, "\(all(e))")
    }
}
