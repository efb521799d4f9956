import Foundation
import Testing
@testable import BulletinKit

/// The per-word Arabic facts (NameFinder+ArabicFacts.swift) answer what the tests they stand for answered per token,
/// leave the word's `ArabicWordFlags` as they were, and the rules gated on them still fire on their triggers.
@Suite struct EntityArabicFactsTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    static let words = "ومنطقة المنطقة منطقة ومدينة وبلدة فمحافظة بولاية لمقاطعة وبلدية بلدية البلدية وعميد وسفير ونائب فرئيس لرئيس نائب"
        + " والدكتور والمهندسة الدكتور للجنة والهيئة لشركة وشركة الشركة شركة للمعهد ومجموعة بمعمل لمصنع معمل المصفاة"
        + " أحمد إلهام فاطمة والرئيس بلدهم سياراتها كمال لطفي وليد فراس تشيرنوف علييف لوكاشينكو فولفوفيتش معروف الظروف"
        + " ميرزياييف كوفالسكي شيفرنادزه بالرئيس وال ب و ل ف ، 2025 Minsk 北京"

    /// Each fact bit is the test it replaced, asked of the token's word; the word's flags are unchanged and the bits stay.
    @Test func factsAreTheTestsTheyReplace() {
        let finder = NameFinder(lex: EntityLexicon.shared, text: Self.words, language: "ar")
        var seen: UInt32 = 0
        for k in finder.tokens.indices {
            let t = finder.tokens[k], stems = t.stems, key = t.key, text = t.text
            let flags = finder.arabicFlags(k)
            var expected: UInt32 = 0
            func clitic(_ set: KeySet) -> Bool {
                let sc = Array(key.unicodeScalars)
                guard sc.count >= 4, ["و", "ب", "ل", "ف"].contains(sc[0]), stems.contains(where: { set.contains($0) }) else { return false }
                return set.contains(String(String.UnicodeScalarView(sc.dropFirst())))
            }
            if clitic(NameFinder.h18ArabicPlaceNouns) { expected |= ArabicFact.h18CliticPlaceNoun }
            if clitic(NameFinder.h18ArabicMunicipalityKeys) { expected |= ArabicFact.h18CliticMunicipality }
            let honorificStem = stems.dropFirst().contains(where: { NameFinder.h18ArabicPersonHonorifics.contains($0) })
            if honorificStem { expected |= ArabicFact.h18HonorificStem }
            if honorificStem || NameFinder.h18ArabicPersonHonorifics.contains(key) { expected |= ArabicFact.h18HonorificTrigger }
            if stems.contains(where: { NameFinder.h18ArabicOrgHeads.contains($0) }) { expected |= ArabicFact.h18OrgHeadStem }
            if NameFinder.h18ArabicOrgHeads.contains(key) { expected |= ArabicFact.h18InstitutionTrigger }
            if let c = text.unicodeScalars.first, "ولبف".unicodeScalars.contains(c),
               stems.dropFirst().contains(where: { NameFinder.h18ArabicOrgHeads.contains($0) && $0.count < key.count }) { expected |= ArabicFact.h18InstitutionTrigger }
            if clitic(NameFinder.h18ArabicPlaceNouns) || clitic(NameFinder.h18ArabicMunicipalityKeys) || NameFinder.h18ArabicPlaceNouns.contains(key)
                || key == NameFinder.h18ArabicMunicipality { expected |= ArabicFact.h18PlaceTrigger }
            if NameFinder.looksLikeArabicName(text) { expected |= ArabicFact.nameLike }
            if NameFinder.looksLikeTitledArabicName(text) { expected |= ArabicFact.titledNameLike }
            if NameFinder.isForeignArabicSurname(text) { expected |= ArabicFact.foreignSurname }
            if NameFinder.l14PlantHeads.contains(key) || stems.contains(where: { NameFinder.l14PlantHeads.contains($0) }) { expected |= ArabicFact.l14PlantHead }
            let facts = finder.arabicFacts(k)
            #expect(facts & ~ArabicFact.computed & 0xFFF0_0000 == expected, "\(text)")
            #expect(facts & ArabicFact.computed != 0, "\(text)")
            #expect(finder.arabicFacts(k) == facts, "\(text) (cached)")
            #expect(finder.arabicFlags(k) == flags, "\(text): the word's flags are unchanged")
            seen |= facts
        }
        // Every fact is met by some word of the text.
        for bit in [ArabicFact.h18CliticPlaceNoun, ArabicFact.h18CliticMunicipality, ArabicFact.h18HonorificTrigger, ArabicFact.h18HonorificStem,
                    ArabicFact.h18OrgHeadStem, ArabicFact.h18InstitutionTrigger, ArabicFact.nameLike, ArabicFact.titledNameLike,
                    ArabicFact.foreignSurname, ArabicFact.l14PlantHead, ArabicFact.h18PlaceTrigger] {
            #expect(seen & bit != 0, "bit \(bit)")
        }
    }

    /// The article's or-ed facts hold a trigger exactly when one of its words has it: an article without an honorific,
    /// a place noun or an institution head skips those scans, one with them does not.
    @Test func articleFactsGateTheScans() {
        let none = NameFinder(lex: EntityLexicon.shared, text: "قال المتحدث إن الاجتماع انتهى أمس دون اتفاق.", language: "ar")
        let noneFacts = none.arabicArticleFacts()
        for bit in [ArabicFact.h18HonorificTrigger, ArabicFact.h18PlaceTrigger, ArabicFact.h18InstitutionTrigger] { #expect(noneFacts & bit == 0, "bit \(bit)") }
        let all = NameFinder(lex: EntityLexicon.shared, text: "التقى الدكتور سالم وفد بلدية مصراتة في ومنطقة الساحل مع ممثلي والهيئة الوطنية.", language: "ar")
        let allFacts = all.arabicArticleFacts()
        for bit in [ArabicFact.h18HonorificTrigger, ArabicFact.h18PlaceTrigger, ArabicFact.h18InstitutionTrigger] { #expect(allFacts & bit != 0, "bit \(bit)") }
    }

    /// An institution chain opened by a head behind a clitic ("والهيئة …") is still found through the trigger fact.
    @Test func institutionChainStillFound() {
        let e = extract("وقدمت الوزارة والهيئة العامة للمياه الجوفية مقترحات في اجتماع عقد أمس.", "ar")
        #expect(names(e, .organization).contains { $0.contains("العامة للمياه") }, "\(all(e))")
        let not = extract("وقدم الوفد مقترحاته في اجتماع عقد أمس.", "ar")
        #expect(names(not, .organization).isEmpty, "\(all(not))")
    }

    /// The place after a clitic place noun ("وبلدة …", holdout18's rule) is still found through the cached fact; the
    /// noun without a clitic or a name still finds none.
    @Test func cliticPlaceNounStillFindsThePlace() {
        let e = extract("وصل الوفد إلى المدينة أمس، وزار قرى الإقليم وبلدة كارشيفو على الحدود.", "ar")
        #expect(names(e, .place).contains { $0.contains("كارشيفو") }, "\(all(e))")
        let not = extract("وصل الوفد إلى المدينة أمس، وزار قرى الإقليم وبلدة جديدة على الحدود.", "ar")
        #expect(!names(not, .place).contains { $0.contains("جديدة") }, "\(all(not))")
    }

    /// A person after an honorific behind a clitic ("والدكتور …") is still found through the cached stem fact.
    @Test func honorificStemStillFindsThePerson() {
        let e = extract("وحضر اللقاء والدكتور مروان صادق الحلبي ممثلا عن الوزارة.", "ar")
        #expect(names(e, .person).contains { $0.contains("مروان") }, "\(all(e))")
        let not = extract("وحضر اللقاء عدد من المسؤولين ممثلين عن الوزارة.", "ar")
        #expect(names(not, .person).isEmpty, "\(all(not))")
    }
}
