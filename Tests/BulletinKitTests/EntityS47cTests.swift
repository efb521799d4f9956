import Foundation
import Testing
@testable import BulletinKit

/// The general causes behind two blind sets' leftover Chinese and Arabic errors (NameFinder+S47c.swift). Texts written
/// here, with other names and other sentences than the blind sets'; each rule has a must-find check and, where a wrong
/// reading is near, a must-not-find one.
@Suite struct EntityS47cTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Chinese

    @Test func aBannerAfterItsCityIsAPlace() {
        let e = extract("记者日前走访了赤峰市翁牛特旗的一处牧场，牧民说今年雨水充足。据广州市联通旗下公司介绍，网络已覆盖全村。", "zh")
        #expect(names(e, .place).contains("翁牛特旗"), "\(all(e))")
        // 旗下 ("owned by") is no banner.
        #expect(!names(e, .place).contains(where: { $0.hasSuffix("旗") && $0 != "翁牛特旗" }), "\(all(e))")
    }

    @Test func aHyphenatedTransliterationIsOnePlace() {
        let e = extract("该市与德国萨克森－安哈尔特州签署了合作协议，双方将在新能源领域开展合作。", "zh")
        #expect(names(e, .place).contains("萨克森－安哈尔特州"), "\(all(e))")
        #expect(!names(e, .place).contains("安哈尔特州"), "\(all(e))")
        #expect(names(e, .country).contains("Germany"), "\(all(e))")
    }

    @Test func deicticWordsAreNoPlacesOrBodies() {
        let e = extract("在本周举行的内罗毕书展上，出版商展示了新书。到2030年全区图书馆数量将翻一番，该市官员表示欢迎。", "zh")
        #expect(!names(e, .place).contains("本周"), "\(all(e))")
        #expect(!names(e, .organization).contains(where: { $0.contains("全区") }), "\(all(e))")
        #expect(names(e, .place).contains("Nairobi"), "\(all(e))")
    }

    @Test func aCommonNounOfAnAreaIsNoPlace() {
        let e = extract("肯尼亚的红茶大多来自西部茶区和中部山区，雨季时洪泛区的农户需要撤离。该国重要产区今年减产。", "zh")
        #expect(!names(e, .place).contains(where: { $0.hasSuffix("山区") || $0.hasSuffix("茶区") || $0.hasSuffix("产区") || $0 == "洪泛区" }), "\(all(e))")
        #expect(names(e, .country).contains("Kenya"), "\(all(e))")
    }

    @Test func organizeAsAVerbIsNoBody() {
        let e = extract("该省已连续五年组织企业参加汉诺威工业博览会。政府正在联合国际组织和当地专家开展调查。世界卫生组织表示支持。", "zh")
        #expect(!names(e, .organization).contains(where: { $0.hasSuffix("年组织") || $0 == "联合国际组织" }), "\(all(e))")
        #expect(names(e, .organization).contains("World Health Organization"), "\(all(e))")
    }

    @Test func aTownBeforeAMineOrABranchPlantIsAPlace() {
        let e = extract("塞尔维亚能源部表示，电厂使用的煤炭来自科斯托拉茨矿区，另一批设备运往帕拉钦分厂进行检修，工人大多来自附近米洛舍瓦茨村。", "zh")
        #expect(names(e, .place).contains("科斯托拉茨"), "\(all(e))")
        #expect(names(e, .place).contains("帕拉钦"), "\(all(e))")
        #expect(names(e, .place).contains("米洛舍瓦茨"), "\(all(e))")
        #expect(!names(e, .organization).contains("帕拉钦分厂"), "\(all(e))")
    }

    // MARK: Arabic

    @Test func aTownBeforeItsProvinceIsAPlace() {
        let e = extract("وتقع المحطة الجديدة قرب مسعد بولاية الجلفة، وتمول من الصندوق الوطني.", "ar")
        #expect(names(e, .place).contains("مسعد"), "\(all(e))")
        #expect(!names(e, .place).contains(where: { $0.hasPrefix("المحطة") }), "\(all(e))")
    }

    @Test func aNameBetweenCommasAfterAnOfficeIsAPerson() {
        let e = extract("وأكد والي ولاية نهر النيل، ضرار سعد النور، أن الطرق مفتوحة أمام الشاحنات. وقال وزير الخارجية، في مؤتمر صحفي، إن المحادثات مستمرة. وقال رئيس الوزراء، أمس، إن الحكومة مستعدة.", "ar")
        #expect(names(e, .person).contains("ضرار سعد النور"), "\(all(e))")
        #expect(!names(e, .person).contains(where: { $0.contains("مؤتمر") || $0.contains("أمس") }), "\(all(e))")
        let f = extract("من جانبه، قال السفير الياباني لدى المغرب، تاكيشي ناكامورا، إن بلاده تدعم المشروع.", "ar")
        #expect(names(f, .person).contains("تاكيشي ناكامورا"), "\(all(f))")
    }
}
