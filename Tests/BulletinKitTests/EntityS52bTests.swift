import Foundation
import Testing
@testable import BulletinKit

/// Chinese places by a generic noun or in lists, names cut or glued, ports after countries; Russian observatories,
/// rivers, seas and bodies named after a person with initials; Vietnamese ports, autonomous regions and bodies' tails
/// (NameFinder+S52b.swift). Texts written here, with other names and other sentences than the sets'; each rule has a
/// must-find check and a must-not-find one.
@Suite struct EntityS52bTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Chinese

    @Test func chineseNorthAboutIsNoNato() {
        let e = extract("新机场位于城区以北约25公里处，明年投入使用。", "zh")
        #expect(!names(e, .organization).contains("北约"), "\(all(e))")
        let f = extract("北约秘书长当天在布鲁塞尔表示，成员国将增加防务开支。", "zh")
        #expect(names(f, .organization).contains("北约") || names(f, .organization).contains("NATO"), "\(all(f))")
    }

    @Test func chineseCountryBeforeAPortIsThePort() {
        let e = extract("该集团已与越南岘港、泰国林查班港等港口签署合作协议，越南岘港吞吐量增长。", "zh")
        #expect(!names(e, .place).contains("Da Nang") || names(e, .place).contains("岘港"), "\(all(e))")
        let f = extract("记者从越南河内获悉，当地港口企业利润增长。", "zh")
        #expect(!names(f, .place).contains("河内港"), "\(all(f))")
    }

    @Test func chineseSubsidiaryIsABodyOfItsOwn() {
        let e = extract("新华社北京12月5日电 项目由中国建筑股份有限公司旗下中建八局第三建设有限公司承建。", "zh")
        #expect(names(e, .organization).contains("中建八局第三建设有限公司"), "\(all(e))")
        #expect(!names(e, .organization).contains { $0.contains("旗下") }, "\(all(e))")
    }

    @Test func chineseArrivalVerbIsNoPartOfAnAirport() {
        let e = extract("游客从成都飞抵喀什后转乘航班到达塔什库尔干红其拉甫机场，当天即可游览。", "zh")
        #expect(!names(e, .place).contains { $0.hasPrefix("达") }, "\(all(e))")
        let f = extract("达坂城机场今年旅客吞吐量增长。", "zh")
        #expect(!names(f, .place).contains("坂城机场"), "\(all(f))")
    }

    @Test func chineseDottedNamesCutOrGlued() {
        let e = extract("牧民叶尔江·阿布都热合曼告诉记者，今年草场长势良好。总统埃米尔·乌马罗夫通过视频致辞。", "zh")
        #expect(names(e, .person).contains("埃米尔·乌马罗夫"), "\(all(e))")
        #expect(!names(e, .person).contains("埃米尔·乌马罗夫通"), "\(all(e))")
        let f = extract("部长阿斯卡尔·别克穆拉托夫则表示，合作将继续深化。", "zh")
        #expect(!names(f, .person).contains { $0.hasSuffix("则") }, "\(all(f))")
    }

    @Test func chineseDottedNameBeforeAnAirportIsThePlace() {
        let e = extract("目前该国主要国际航班在安东尼奥·马塞奥国际机场起降。", "zh")
        #expect(names(e, .place).contains("安东尼奥·马塞奥国际机场"), "\(all(e))")
        #expect(!names(e, .person).contains("安东尼奥·马塞奥"), "\(all(e))")
    }

    @Test func chineseThreePartDottedNameBeforeSaying() {
        let e = extract("当地农民胡安·卡洛斯·门多萨说：“今年的收成很好。”", "zh")
        #expect(names(e, .person).contains("胡安·卡洛斯·门多萨"), "\(all(e))")
        let f = extract("当地农民胡安说：“今年的收成很好。”", "zh")
        #expect(!names(f, .person).contains { $0.contains("农民") }, "\(all(f))")
    }

    @Test func chineseNamesListedWithAPlace() {
        let e = extract("政府正在改造连接机场与利马、阿雷基帕和库斯科的公路，并计划开通通往皮乌拉和奇克拉约的旅游巴士。", "zh")
        for n in ["阿雷基帕", "库斯科", "皮乌拉", "奇克拉约"] { #expect(names(e, .place).contains(n), "\(n) \(all(e))") }
        let f = extract("双方在教育和卫生领域合作不断深化，通往合作和发展的道路更加宽广。", "zh")
        #expect(!names(f, .place).contains("发展"), "\(all(f))")
    }

    @Test func chineseWatersByTheirGenericEnd() {
        let e = extract("新港口将带动太平洋沿岸和安达曼海沿岸地区的发展，境内的喀喇昆仑山终年积雪。", "zh")
        #expect(names(e, .place).contains("安达曼海"), "\(all(e))")
        let f = extract("大坝建成后，沿线农田得到灌溉，游客出海观光人数增加。", "zh")
        #expect(!names(f, .place).contains { $0.hasSuffix("海") }, "\(all(f))")
    }

    @Test func chineseCanalAndWaterAfterEntering() {
        let e = extract("湘桂运河始于永州市，沿湘江干流南下进入洞庭湖，全长约300公里。", "zh")
        #expect(names(e, .place).contains("湘桂运河"), "\(all(e))")
        #expect(names(e, .place).contains("洞庭湖"), "\(all(e))")
        let f = extract("这条运河建成后，货物运输成本将降低。", "zh")
        #expect(!names(f, .place).contains("这条运河"), "\(all(f))")
    }

    @Test func chineseResortsAndSites() {
        let e = extract("位于伊宁市区的天山国际滑雪度假区接待游客超过5000人次。伊宁市喀尔墩乡阿力麻里遗址曾出土大量文物。", "zh")
        #expect(names(e, .place).contains("天山国际滑雪度假区"), "\(all(e))")
        #expect(names(e, .place).contains("阿力麻里遗址"), "\(all(e))")
        let f = extract("考古队在突厥斯坦州附近古城遗址发现了陶器。", "zh")
        #expect(!names(f, .place).contains { $0.hasSuffix("遗址") }, "\(all(f))")
    }

    @Test func chineseCountedHubs() {
        let e = extract("记者从广西获悉，截至目前，长洲、桂平、大藤峡三大枢纽船闸主体结构全面完工。", "zh")
        #expect(names(e, .place).contains("长洲"), "\(all(e))")
        #expect(names(e, .place).contains("桂平"), "\(all(e))")
        let f = extract("记者从广西获悉，截至目前，三大枢纽船闸主体结构全面完工。", "zh")
        #expect(!names(f, .place).contains { $0.contains("大") }, "\(all(f))")
    }

    @Test func chineseNameAfterAnOccupation() {
        let e = extract("在河口镇，村民李秋菊一家搬进了新建的楼房。", "zh")
        #expect(names(e, .person).contains("李秋菊"), "\(all(e))")
        let f = extract("在河口镇，村民一家搬进了新建的楼房。", "zh")
        #expect(names(f, .person).isEmpty, "\(all(f))")
    }

    @Test func chineseReporterAfterADottedOne() {
        let e = extract("新华社喀什12月5日电（记者 艾力·买买提 张昊）喀什地区今年接待游客增长。", "zh")
        #expect(names(e, .person).contains("张昊"), "\(all(e))")
    }

    // MARK: Russian

    @Test func russianObservatoryByItsAdjectives() {
        let e = extract("Наблюдения подтвердили коллеги из Пулковской астрономической обсерватории и обсерватории Скальнате-Плесо.", "ru")
        #expect(names(e, .organization).contains("Пулковской астрономической обсерватории"), "\(all(e))")
        let f = extract("Школьники посетили астрономическую обсерваторию университета.", "ru")
        #expect(names(f, .organization).isEmpty, "\(all(f))")
    }

    @Test func russianBodyCutBeforeItsNoun() {
        let e = extract("Данные передали в Центр космических полетов для проверки.", "ru")
        #expect(names(e, .organization).contains("Центр космических полетов"), "\(all(e))")
    }

    @Test func russianFacultyOfABody() {
        let e = extract("Он окончил химико-технологический институт СибГУ в прошлом году. Ранее СибГУ открыл новый корпус.", "ru")
        #expect(names(e, .organization).contains("химико-технологический институт СибГУ"), "\(all(e))")
    }

    @Test func russianRiverInTheGenitive() {
        let e = extract("Поселок расположен на берегу реки Тихой, в 40 км от Перми.", "ru")
        #expect(names(e, .place).contains("реки Тихой"), "\(all(e))")
        let f = extract("Поселок расположен на берегу, в 40 км от Перми.", "ru")
        #expect(!names(f, .place).contains { $0.hasPrefix("реки") }, "\(all(f))")
    }

    @Test func russianDamByItsAdjective() {
        let e = extract("Уровень воды в Усть-Каменогорске стабилен благодаря Бухтарминской плотине.", "ru")
        #expect(names(e, .place).contains("Бухтарминской плотине"), "\(all(e))")
    }

    @Test func russianBodyNamedAfterAPersonWithInitials() {
        let e = extract("Ученые Московского государственного университета имени М. В. Ломоносова (МГУ) открыли астероид.", "ru")
        #expect(names(e, .organization).contains("Московского государственного университета имени М. В. Ломоносова"), "\(all(e))")
        #expect(!names(e, .person).contains("М. В. Ломоносова"), "\(all(e))")
    }

    @Test func russianSeaOfTwoAdjectives() {
        let e = extract("Вода поднимет уровень Северного Каспийского моря, сообщили в ведомстве.", "ru")
        #expect(names(e, .place).contains("Северного Каспийского моря"), "\(all(e))")
    }

    // MARK: Vietnamese

    @Test func vietnamesePortApartFromItsTown() {
        let e = extract("Đà Nẵng là thành phố cảng. Tàu hàng sẽ cập cảng Đà Nẵng vào tháng tới.", "vi")
        #expect(names(e, .place).contains("cảng Đà Nẵng"), "\(all(e))")
        let f = extract("Tàu hàng sẽ cập cảng Chân Mây vào tháng tới.", "vi")
        #expect(!names(f, .place).contains("cảng Chân Mây"), "\(all(f))")
    }

    @Test func vietnameseAutonomousRegionIsAPlace() {
        let e = extract("Tuyến đường bắt đầu từ Khu tự trị Dân tộc Choang Quảng Tây của Trung Quốc.", "vi")
        #expect(names(e, .place).contains("Khu tự trị Dân tộc Choang Quảng Tây"), "\(all(e))")
        #expect(!names(e, .organization).contains { $0.contains("Choang") }, "\(all(e))")
    }

    @Test func vietnameseBodyTails() {
        let e = extract("Theo Hội Nhà báo Tự do, lãnh đạo Ban Quản lý dự án giao thông thuộc Bộ Xây dựng đã đến hiện trường.", "vi")
        #expect(names(e, .organization).contains("Hội Nhà báo Tự do"), "\(all(e))")
        #expect(names(e, .organization).contains("Ban Quản lý dự án giao thông"), "\(all(e))")
    }

    @Test func vietnameseCompassBeforeACountryIsNoName() {
        let e = extract("Kyrgyzstan và Uzbekistan ký thỏa thuận. Tuyến đường đi qua thành phố Osh ở miền Nam Kyrgyzstan.", "vi")
        #expect(!names(e, .organization).contains("Nam Kyrgyzstan"), "\(all(e))")
        #expect(!names(e, .place).contains("Nam Kyrgyzstan"), "\(all(e))")
    }

    @Test func vietnameseJointVentureName() {
        let e = extract("Công ty liên doanh Mekong Rail Partners sẽ vận hành tuyến đường.", "vi")
        #expect(names(e, .organization).contains("Mekong Rail Partners"), "\(all(e))")
    }

    @Test func vietnameseTwoBodiesWithTheirOwnAcronyms() {
        let e = extract("Dự án do Tổng công ty Xây dựng Cầu đường Quốc gia (CCQG) và Tổng công ty Cầu đường Quốc gia (TCQG) thi công.", "vi")
        let orgs = e.entities.filter { $0.type == .organization }
        #expect(!orgs.contains { ([$0.name] + $0.aliases).contains("CCQG") && ([$0.name] + $0.aliases).contains("TCQG") }, "\(all(e))")
    }

    @Test func vietnameseJuniorSurnameJoinsTheFullName() {
        let e = extract("Bộ trưởng Tài chính Ramon Santos Jr. cho biết ngân sách tăng. Ông Santos nói thêm rằng thuế sẽ giảm.", "vi")
        #expect(!e.entities.contains { $0.type == .person && $0.name == "Santos" }, "\(all(e))")
        let f = extract("Ông Santos nói thêm rằng thuế sẽ giảm.", "vi")
        #expect(names(f, .person).contains("Santos"), "\(all(f))")
    }

    @Test func chineseDatelineCityJoinsItsCityForm() {
        let e = extract("新华社昆明12月5日电 记者从昆明市交通运输局获悉，昆明市新开通3条公交线路。", "zh")
        let groups = e.entities.filter { $0.type == .place && ([$0.name] + $0.aliases).contains { $0.hasPrefix("昆明") } }
        #expect(groups.count <= 1, "\(all(e))")
    }

    @Test func russianCoordinatedRegionsJoinTheirFullForm() {
        let e = extract("Паводок угрожает Алматинской и Жамбылской областям. Спасатели работают по Алматинской области круглосуточно.", "ru")
        let groups = e.entities.filter { $0.type == .place && ([$0.name] + $0.aliases).contains { $0.hasPrefix("Алматинск") } }
        #expect(groups.count <= 1, "\(all(e))")
    }
}
