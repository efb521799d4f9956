import Foundation
import Testing
@testable import BulletinKit

/// Capitals and large cities the gazetteer gained in session 48 (CLDR's exemplar cities of the time zones, and the
/// press's forms of capitals no zone is named after): found in every script with no cue word, each giving its
/// country. Sentences written here.
@Suite struct GazetteerCapitalsTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    private func places(_ e: Extraction) -> Set<String> { Set(e.entities.filter { $0.type == .place }.map(\.name)) }
    private func byPlace(_ e: Extraction) -> [String] { PlaceCountries.bundled.countries(of: e.entities, besides: e.countries) }

    @Test func arabicCapitalsWithClitics() {
        let e = extract("وصل الوزير إلى فري تاون صباح أمس، ثم توجه وفده إلى مونروفيا وبانجول لحضور اجتماع إقليمي حول الصيد.", "ar")
        #expect(places(e).isSuperset(of: ["Freetown", "Monrovia", "Banjul"]), "\(all(e))")
        #expect(Set(byPlace(e)).isSuperset(of: ["SL", "LR", "GM"]), "\(byPlace(e))")
    }

    @Test func russianCapitalsInTheirCases() {
        let e = extract("Делегация прибыла в Бужумбуру во вторник, а затем вылетела из Виндхука в Нджамену на переговоры о поставках.", "ru")
        #expect(places(e).isSuperset(of: ["Bujumbura", "Windhoek", "N'Djamena"]), "\(all(e))")
        #expect(Set(byPlace(e)).isSuperset(of: ["BI", "NA", "TD"]), "\(byPlace(e))")
    }

    @Test func chineseAndLatinCapitals() {
        let zh = extract("代表团周一从布拉柴维尔出发，先后访问温得和克和帕拉马里博，讨论港口合作。", "zh")
        #expect(places(zh).isSuperset(of: ["Brazzaville", "Windhoek", "Paramaribo"]), "\(all(zh))")
        #expect(Set(byPlace(zh)).isSuperset(of: ["CG", "NA", "SR"]), "\(byPlace(zh))")
        let en = extract("The ferry left Port Moresby on Monday and reached Honiara two days later, the operator said.", "en")
        #expect(places(en).isSuperset(of: ["Port Moresby", "Honiara"]), "\(all(en))")
        #expect(Set(byPlace(en)).isSuperset(of: ["PG", "SB"]), "\(byPlace(en))")
    }

    /// Praia, Cape Verde's capital, is also Portuguese for "beach": its Latin form gives no place and no country.
    @Test func aBeachIsNoCapital() {
        let e = extract("Milhares de turistas lotaram a Praia do Forte no domingo, segundo a prefeitura.", "pt")
        #expect(!byPlace(e).contains("CV"), "\(byPlace(e)) \(all(e))")
        #expect(!places(e).contains("Praia (Cape Verde)"), "\(all(e))")
        let ru = extract("Самолёт приземлился в Прае, столице островного государства.", "ru")
        #expect(places(ru).contains("Praia (Cape Verde)"), "\(all(ru))")
    }

    /// Forms left out because they sit inside common words: Arabic ماليه (Malé) is المالية (financial) once the taa
    /// marbuta is folded, نوك (Nuuk) is بنوك (banks) after the clitic; Chinese 努克 is inside 西哈努克 (Sihanouk).
    @Test func noCapitalInsideCommonWords() {
        let ar = extract("قالت الهيئة العامة للرقابة المالية إن بنوك المنطقة رفعت رؤوس أموالها هذا العام.", "ar")
        #expect(places(ar).isDisjoint(with: ["Malé", "Nuuk"]), "\(all(ar))")
        let zh = extract("西哈努克省的港口吞吐量今年增长了一成。", "zh")
        #expect(!places(zh).contains("Nuuk"), "\(all(zh))")
    }
}
