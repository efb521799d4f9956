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

    /// The middle dot's byte test is `==` on every spelling; the one-scan suffix test finds each suffix's first character.
    @Test func middleDotAndSuffixScan() {
        for text in ["·", "\u{0387}", "•", "・", "··", "", ".", "\u{00B7}\u{301}"] {
            #expect(NameFinder.isMiddleDot(text) == (text == "·"), "\(text)")
        }
        let codes = NameFinder.hanCodes("云南省和北京市与新疆维吾尔自治区卡拉干达州")
        #expect(NameFinder.hanSuffixCharactersPresent(codes) == 1 | 2 | 8 | NameFinder.hanStateBit)
        #expect(NameFinder.hanSuffixCharactersPresent(NameFinder.hanCodes("主席习近平")) == 0)
        let e = extract("代表团访问了云南省和卡拉干达州。", "zh")
        for p in ["云南省", "卡拉干达州"] { #expect(names(e, .place).contains(p), "\(p): \(all(e))") }
    }

    /// A titled name that ends an organization named before is that organization; one that does not stays a person.
    @Test func organizationTailStillJoins() {
        let e = extract("Tập đoàn Hanwell Mining ký hợp đồng mới. Phó Tổng giám đốc Hanwell Mining cho biết dự án sẽ mở rộng.", "vi")
        #expect(!names(e, .person).contains("Hanwell Mining"), "\(all(e))")
        let p = extract("The Korvan Steel Group signed the deal. Chief executive Daniel Marsh said output would rise.", "en")
        #expect(names(p, .person).contains("Daniel Marsh"), "\(all(p))")
    }
}
