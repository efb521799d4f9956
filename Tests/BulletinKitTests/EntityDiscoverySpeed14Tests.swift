import Foundation
import Testing
@testable import BulletinKit

/// The gates and buffers added to discovery for extraction speed (spd14) answer as the code they stand
/// before: each gate against the test it guards, the fused Han decoding against the two decodings it
/// replaced, and the rules behind them still firing when their trigger is present.
@Suite struct EntityDiscoverySpeed14Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    /// Heads of every ending, in both cases, with marks and other scripts.
    static let heads = EntityDiscoverySpeedTests.russianWords + [
        "Области", "ОБЛАСТИ", "области", "края", "Края", "района", "округа", "штата", "Штата", "города", "провинции", "Провинции",
        "аймака", "велаята", "Республики", "И\u{306}", "Ѐ", "ѐ", "Ё", "Я", "М", "А", "Е", "У", "Ы", "И",
    ]

    /// `russianObliqueHeadMayEnd` lets through every head whose lowercased last letter the lemmatizer reads.
    @Test func obliqueHeadGateIsTheLemmatizersLastLetterTest() {
        for h in Self.heads {
            let lowered = FoldTable.shared.lowercased(h).unicodeScalars.last.map { NameFinder.russianObliqueHeadEndings.contains($0.value) } ?? false
            #expect(NameFinder.russianObliqueHeadMayEnd(h) == lowered, "\(h)")
        }
        // The gated reading still fires.
        #expect(NameFinder.russianObliqueHeadMayEnd("СОБРАНИЯ") && NameFinder.russianObliqueHeadMayEnd("собрания"))
        #expect(!NameFinder.russianObliqueHeadMayEnd("Министерство") && !NameFinder.russianObliqueHeadMayEnd("Совет"))
    }

    /// `russianRegionKeywordMayStart` lets through every keyword whose lowercased form opens with a declined noun,
    /// and the region's nominative is what it was on every keyword.
    @Test func regionKeywordGateIsTheLemmatizersPrefixTest() {
        let nouns = ["област", "провинци", "кра", "район", "округ", "аймак", "велаят"]
        for h in Self.heads {
            let lower = FoldTable.shared.lowercased(h)
            if nouns.contains(where: { PlainText.hasPrefix(lower, $0) }) { #expect(NameFinder.russianRegionKeywordMayStart(h), "\(h)") }
            if !NameFinder.russianRegionKeywordMayStart(h) {
                #expect(NameFinder.russianRegionNominative(["Карагандинской", h]) == nil, "\(h)")
                #expect(NameFinder.russianRegionNominative(["Краснодарского", h]) == nil, "\(h)")
            }
        }
        #expect(NameFinder.russianRegionNominative(["Карагандинской", "области"]) == "Карагандинская область")
        #expect(NameFinder.russianRegionNominative(["Краснодарского", "края"]) == "Краснодарский край")
    }

    /// The fused decoding gives the scalars and the canonical code points the two decodings gave.
    @Test func hanScalarsAndCodesInOnePass() {
        for text in ["主席习近平", "豈北京市", "a\u{301}ب北", "", "𠀋𠀌州", "\u{F900}\u{FAFF}\u{FB00}", "Ханой"] {
            let (scalars, codes) = NameFinder.unicodeScalarsAndHanCodes(of: text)
            #expect(scalars == Array(text.unicodeScalars), "\(text)")
            #expect(codes == text.unicodeScalars.map(NameFinder.hanCode), "\(text)")
        }
    }

    /// A titled name that ends an organization named before is that organization; one that does not stays a person.
    @Test func organizationTailStillJoins() {
        let e = extract("Tập đoàn Hanwell Mining ký hợp đồng mới. Phó Tổng giám đốc Hanwell Mining cho biết dự án sẽ mở rộng.", "vi")
        #expect(!names(e, .person).contains("Hanwell Mining"), "\(all(e))")
        let p = extract("The Korvan Steel Group signed the deal. Chief executive Daniel Marsh said output would rise.", "en")
        #expect(names(p, .person).contains("Daniel Marsh"), "\(all(p))")
    }
}
