import Foundation
import Testing
@testable import BulletinKit

/// Misses seen in the twenty-ninth session in Chinese, Japanese and Korean (NameFinder+Left29Cjk.swift). Texts written
/// here, with other names than the articles they were seen in (holdout53, holdout54); every rule has a must-find and a
/// must-not-find check.
@Suite struct EntityLeft29CjkTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Chinese: people

    @Test func ordinaryPeopleAfterRolesAndAppointments() {
        let e = extract("省气象台首席预报员龙晓峰介绍，寒潮将持续三天。会议决定任命钱文博为市水务局局长，免去孙立国的市水务局局长职务。", "zh")
        let people = names(e, .person)
        for p in ["龙晓峰", "钱文博", "孙立国"] { #expect(people.contains(p), "\(p): \(all(e))") }
        // A family name's character that is "and" after a role opens no name.
        let none = extract("新管道可满足周边地区居民和企业的用气需求。", "zh")
        #expect(!names(none, .person).contains("和企业"), "\(all(none))")
    }

    @Test func peopleBeforeBeingAppointed() {
        let e = extract("会议期间，彭立军被任命为省交通运输厅厅长。", "zh")
        #expect(names(e, .person).contains("彭立军"), "\(all(e))")
        let none = extract("今年，项目被提名参评省级优秀工程。", "zh")
        #expect(!names(none, .person).contains("项目"), "\(all(none))")
    }

    // MARK: Chinese: places in lists and pairs

    @Test func namesListedWithPlacesArePlaces() {
        let e = extract("今年考点主要分布在洛阳、开封、许昌、新乡和安阳等地。", "zh")
        let places = names(e, .place)
        for p in ["许昌", "新乡", "安阳"] { #expect(places.contains(p), "\(p): \(all(e))") }
        let none = extract("他最喜欢苹果、香蕉、橘子和葡萄等水果。", "zh")
        #expect(names(none, .place).isEmpty, "\(all(none))")
    }

    @Test func aProvinceBeforeACity() {
        let e = extract("来自河南许昌的货车司机说，路面结冰严重。", "zh")
        #expect(names(e, .place).contains("许昌"), "\(all(e))")
        let none = extract("来自河南大学的学生说，考试很顺利。", "zh")
        #expect(!names(none, .place).contains("大学"), "\(all(none))")
    }

    // MARK: Chinese: campuses, exam areas, stations, towns, motorways, waters

    @Test func campusesAndExamAreas() {
        let e = extract("郑州大学柳园校区周边道路将实行临时交通管制。", "zh")
        #expect(names(e, .place).contains("柳园校区"), "\(all(e))")
        let none = extract("全省共设11个考区、68个考点。", "zh")
        #expect(!names(none, .place).contains("个考区"), "\(all(none))")
    }

    @Test func stationsAndTowns() {
        let e = extract("开封北站滞留旅客一度超过千人。在信阳市谭家镇，倒伏的竹林压断了线路。", "zh")
        let places = names(e, .place)
        for p in ["开封北站", "谭家镇"] { #expect(places.contains(p), "\(p): \(all(e))") }
        let none = extract("各地加快推进小城镇建设和乡镇道路改造。", "zh")
        #expect(!names(none, .place).contains(where: { $0.hasSuffix("镇") }), "\(all(none))")
    }

    @Test func motorwaysByTwoAbbreviations() {
        let e = extract("记者在沈海高速福清段看到，数百辆货车排起长队。", "zh")
        #expect(names(e, .place).contains("沈海高速"), "\(all(e))")
        let none = extract("受冰冻影响，全省多条高速公路实行交通管制。", "zh")
        #expect(!names(none, .place).contains(where: { $0.contains("高速") }), "\(all(none))")
    }

    @Test func lakesCanalsAndOldTowns() {
        let e = extract("该院围绕洪泽湖、高邮湖等重点水域开展专项行动。", "zh")
        let places = names(e, .place)
        for p in ["洪泽湖", "高邮湖"] { #expect(places.contains(p), "\(p): \(all(e))") }
        let none = extract("公园里新修了一座人工湖，市民纷纷前来。", "zh")
        #expect(!names(none, .place).contains(where: { $0.hasSuffix("湖") }), "\(all(none))")
    }

    // MARK: Chinese: bodies

    @Test func aBodyEndsBeforeAVerbOfOrganizing() {
        let e = extract("南阳供电局组织300余名抢修人员上山巡线。", "zh")
        let bodies = names(e, .organization)
        #expect(!bodies.contains(where: { $0.hasSuffix("组织") }), "\(all(e))")
        let none = extract("有关部门将严厉打击组织考试作弊等违法行为。", "zh")
        #expect(!names(none, .organization).contains(where: { $0.hasSuffix("组织") }), "\(all(none))")
    }

    @Test func aBodysCentreIsOneBody() {
        let e = extract("中国气象局国家卫星气象中心预测，未来三天有雨雪。", "zh")
        #expect(names(e, .organization).contains("中国气象局国家卫星气象中心"), "\(all(e))")
        let none = extract("中国气象局表示，将在市中心设立观测点。", "zh")
        #expect(!names(none, .organization).contains(where: { $0.hasSuffix("中心") }), "\(all(none))")
    }

    @Test func wholeUnitWordsAreNoPlaces() {
        let e = extract("今年以来全市投入资金9.8亿元，进一步加强机场与车站的衔接。", "zh")
        #expect(!names(e, .place).contains("全市"), "\(all(e))")
        #expect(!names(e, .place).contains(where: { $0.hasPrefix("一步") }), "\(all(e))")
        let q = extract("受冰冻影响，多条高速公路实施交通管制。", "zh")
        #expect(!names(q, .place).contains(where: { $0.hasPrefix("多") }), "\(all(q))")
    }

    // MARK: Japanese

    @Test func japaneseBodiesBySuffixAndSections() {
        let e = extract("三条商工会議所によると、市内の事業所数は減った。長岡市環境政策課の担当者は「対応する」と話した。", "ja")
        let bodies = names(e, .organization)
        for b in ["三条商工会議所", "長岡市環境政策課"] { #expect(bodies.contains(b), "\(b): \(all(e))") }
        let none = extract("商工会議所によると、景気は回復している。", "ja")
        #expect(!names(none, .organization).contains("商工会議所"), "\(all(none))")
    }

    @Test func japaneseOneKanjiCityAfterItsPrefecture() {
        let e = extract("岐阜県関市の刃物メーカーが新工場を建てる。", "ja")
        #expect(names(e, .place).contains("関市"), "\(all(e))")
    }

    @Test func japaneseFamilyNameWrittenApart() {
        let e = extract("海外営業を担当する阿部 真由取締役は「市場は広がっている」と話した。", "ja")
        #expect(names(e, .person).contains("阿部 真由"), "\(all(e))")
        let none = extract("会見した広島市 里奈社長は笑顔を見せた。", "ja")
        #expect(!names(none, .person).contains(where: { $0.hasPrefix("広島市") }), "\(all(none))")
    }

    @Test func japaneseQuotedCompanyAfterACompanyNoun() {
        let e = extract("警察は介護事業会社「そよかぜケアネット」の元社長を逮捕した。", "ja")
        #expect(names(e, .organization).contains("そよかぜケアネット"), "\(all(e))")
        let none = extract("映画「そよかぜのうた」の監督が来日した。", "ja")
        #expect(!names(none, .organization).contains("そよかぜのうた"), "\(all(none))")
    }

    // MARK: Korean

    @Test func koreanNamesBySuffix() {
        let e = extract("기상청에 따르면 서해안고속도로 곳곳이 통제됐다. 무주리조트와 목포항과 충청북도교육청은 대비에 나섰다.", "ko")
        let places = names(e, .place), bodies = names(e, .organization)
        for p in ["서해안고속도로", "목포항"] { #expect(places.contains(p), "\(p): \(all(e))") }
        for b in ["기상청", "무주리조트", "충청북도교육청"] { #expect(bodies.contains(b), "\(b): \(all(e))") }
        let none = extract("주의사항을 반드시 확인해 달라고 당부했다.", "ko")
        #expect(!names(none, .place).contains(where: { $0.hasSuffix("항") }), "\(all(none))")
    }

    @Test func koreanAddressChains() {
        let e = extract("원주시 문막읍에서는 축사 지붕이 내려앉았다. 홍천군 내면 율전리 주민들도 눈을 치웠다.", "ko")
        let places = names(e, .place)
        for p in ["문막읍", "내면", "율전리"] { #expect(places.contains(p), "\(p): \(all(e))") }
        let none = extract("서울 활동 계획을 밝혔다.", "ko")
        #expect(!names(none, .place).contains("활동"), "\(all(none))")
    }

    @Test func koreanPlacesListedWithMiddleDots() {
        let e = extract("원주시와 춘천시는 원주·춘천·홍천·횡성 지역 학교에 휴업을 권고했다.", "ko")
        let places = names(e, .place)
        for p in ["홍천", "횡성"] { #expect(places.contains(p), "\(p): \(all(e))") }
        let none = extract("시장에서는 사과·배·감 등이 팔렸다.", "ko")
        #expect(names(none, .place).isEmpty, "\(all(none))")
    }

    @Test func koreanRegionalOfficesAndHospitals() {
        let e = extract("한국전력공사 충북본부는 복구에 나섰다. 연세대학교 세브란스병원 등 대학병원과 협력한다.", "ko")
        let bodies = names(e, .organization)
        for b in ["한국전력공사 충북본부", "연세대학교 세브란스병원"] { #expect(bodies.contains(b), "\(b): \(all(e))") }
        #expect(!bodies.contains("대학병원"), "\(all(e))")
    }

    @Test func koreanPeopleBeforeTitles() {
        let e = extract("개소식에 참석한 김도윤 병원장은 \"최선을 다하겠다\"고 말했다.", "ko")
        #expect(names(e, .person).contains("김도윤"), "\(all(e))")
        let none = extract("개소식에 참석한 소아과 병원장은 말을 아꼈다.", "ko")
        #expect(!names(none, .person).contains("소아과"), "\(all(none))")
    }

    @Test func koreanProvincesAndLines() {
        let e = extract("충청남도는 비상 근무에 들어갔다. 충남 지역 학교는 휴업했다. KTX 경전선은 정상 운행했고 국도 7호선은 통제됐다.", "ko")
        let places = names(e, .place)
        for p in ["충청남도", "충남", "KTX 경전선", "국도 7호선"] { #expect(places.contains(p), "\(p): \(all(e))") }
        #expect(!names(e, .organization).contains("KTX"), "\(all(e))")
    }
}
