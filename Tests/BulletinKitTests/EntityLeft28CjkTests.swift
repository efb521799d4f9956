import Foundation
import Testing
@testable import BulletinKit

/// Misses seen in the twenty-eighth session in Chinese, Japanese and Korean (NameFinder+Left28Cjk.swift). Texts written
/// here, with other names than the articles they were seen in (holdout51, holdout52); every rule has a must-find and a
/// must-not-find check.
@Suite struct EntityLeft28CjkTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Chinese: two-character family names

    @Test func compoundSurnamesOpenPeople() {
        let e = extract("会议任命端木清远为市财政局局长。该局副局长闻人秋月表示，将与欧阳子健合作。", "zh")
        let people = names(e, .person)
        for p in ["端木清远", "闻人秋月", "欧阳子健"] { #expect(people.contains(p), "\(p): \(all(e))") }
        // An idiom and a word that hold a family name's characters are no people.
        let none = extract("这种做法在当地司空见惯，马上官宣的消息让人意外。", "zh")
        #expect(names(none, .person).isEmpty, "\(all(none))")
    }

    @Test func aBodyAfterACompoundSurnameStartsAfterTheVerb() {
        let e = extract("公孙明远此前担任岳阳市中级人民法院院长。", "zh")
        #expect(names(e, .person).contains("公孙明远"), "\(all(e))")
        #expect(names(e, .organization).contains("岳阳市中级人民法院"), "\(all(e))")
        #expect(!names(e, .organization).contains(where: { $0.hasPrefix("远") || $0.hasPrefix("此前") }), "\(all(e))")
    }

    // MARK: Chinese: verbs of office and bare provinces

    @Test func bareProvinceWordsAfterFunctionWordsAreNoPlaces() {
        let e = extract("此事已报请省人大常委会审议，并着力推进县域经济发展。", "zh")
        #expect(!names(e, .place).contains(where: { $0.hasSuffix("省") || $0.hasSuffix("县") }), "\(all(e))")
    }

    // MARK: Chinese: people's congresses and party departments

    @Test func congressesAndPartyDepartmentsAreBodies() {
        let e = extract("江西省人大常委会今天闭幕。她将赴省委宣传部另行安排工作。", "zh")
        let bodies = names(e, .organization)
        #expect(bodies.contains("江西省人大常委会"), "\(all(e))")
        #expect(bodies.contains("省委宣传部"), "\(all(e))")
        // 省委 alone, with no department, is no body of this rule.
        let none = extract("他在省委工作多年。", "zh")
        #expect(!names(none, .organization).contains("省委工作"), "\(all(none))")
    }

    // MARK: Chinese: zones, cemeteries, bridges

    @Test func zonesCemeteriesAndBridgesArePlaces() {
        let e = extract("项目落户在成都经济技术开发区。遗体在北京香山革命公墓安葬。他参与了南京长江大桥和杭州湾跨海大桥的建设。", "zh")
        let places = names(e, .place)
        for p in ["成都经济技术开发区", "香山革命公墓", "南京长江大桥"] { #expect(places.contains(p), "\(p): \(all(e))") }
        // A bridge with no place in its name ("一座长江大桥") is none.
        let none = extract("这是新中国的第一座长江大桥。", "zh")
        #expect(!names(none, .place).contains("长江大桥"), "\(all(none))")
    }

    // MARK: Chinese: company suffixes and embassies

    @Test func companiesTakeTheirSuffixesAndEmbassiesTheirCountry() {
        let e = extract("德国驻华大使馆官员说，德国西门子集团也有意投资。", "zh")
        #expect(names(e, .organization).contains("德国驻华大使馆"), "\(all(e))")
        let generic = extract("公司总部设在城南，集团今年利润增长。", "zh")
        #expect(!names(generic, .organization).contains("公司总部"), "\(all(generic))")
    }

    // MARK: Chinese: native places

    @Test func aPlaceAfterAProvinceBeforeRenIsAPlace() {
        let e = extract("李明，1970年出生，浙江温岭人。", "zh")
        #expect(names(e, .place).contains("温岭"), "\(all(e))")
        let none = extract("会议在湖北召开。", "zh")
        #expect(!names(none, .place).contains("召开"), "\(all(none))")
    }

    // MARK: Japanese

    @Test func japanesePoliceStationsAndInterchanges() {
        let e = extract("静岡県警によると、バスは浜松駅前を出発し、浜松インターチェンジ付近で事故を起こした。", "ja")
        #expect(names(e, .organization).contains("静岡県警"), "\(all(e))")
        let places = names(e, .place)
        #expect(places.contains("浜松駅"), "\(all(e))")
        #expect(places.contains("浜松インターチェンジ"), "\(all(e))")
        let none = extract("警察によると、事故の原因を調べている。", "ja")
        #expect(names(none, .organization).isEmpty, "\(all(none))")
    }

    @Test func japaneseMinistriesAndAddresses() {
        let e = extract("農林水産省九州農政局は同日、熊本県八代市の業者に報告を求めた。", "ja")
        #expect(names(e, .organization).contains("農林水産省九州農政局"), "\(all(e))")
        #expect(names(e, .place).isSuperset(of: ["熊本県", "八代市"]), "\(all(e))")
        #expect(!names(e, .place).contains("農林水産省"), "\(all(e))")
        let tokyo = extract("会社は東京都豊島区にある。東京都内の店舗も閉じた。", "ja")
        #expect(names(tokyo, .place).isSuperset(of: ["東京都豊島区", "東京都"]), "\(all(tokyo))")
    }

    // MARK: Korean

    @Test func koreanAdnominalsMinistriesCollegesAndComplexes() {
        let e = extract("행사에 참석한 삼성전자 관계자는 국방부의 지원을 요청했다. 전남도립대학과 여수국가산업단지에 입주한 기업들도 참여했다.", "ko")
        let bodies = names(e, .organization)
        #expect(!bodies.contains(where: { $0.hasPrefix("참석한") }), "\(all(e))")
        #expect(bodies.contains("국방부"), "\(all(e))")
        #expect(bodies.contains("전남도립대학"), "\(all(e))")
        #expect(names(e, .place).contains("여수국가산업단지"), "\(all(e))")
        let none = extract("2028학년도부터 학생을 선발한다.", "ko")
        #expect(!names(none, .place).contains("학년도"), "\(all(none))")
    }
}
