import Foundation
import Testing
@testable import BulletinKit

/// Chinese zones, ports, bodies and Mongolian names; Russian landforms, theatres, foreign universities, bodies' ends and
/// cast lists; Vietnamese bodies and names cut by a syllable (NameFinder+S51b.swift). Texts written here, with other names
/// and other sentences than the sets'; each rule has a must-find check and a must-not-find one.
@Suite struct EntityS51bTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Chinese

    @Test func chineseLocallyIsNoBureau() {
        let e = extract("受强冷空气影响，赤峰市东部局地积雪超过20厘米，辽宁局地有暴雪。", "zh")
        #expect(names(e, .place).contains("赤峰市"), "\(all(e))")
        #expect(!names(e, .organization).contains { $0.hasSuffix("局") }, "\(all(e))")
        let f = extract("赤峰市气象局7日发布暴雪预警，提醒牧民做好防范。", "zh")
        #expect(names(f, .organization).contains("赤峰市气象局"), "\(all(f))")
    }

    @Test func chineseAccordingToIsNoPartOfAName() {
        let e = extract("据广西壮族自治区气象台预报，9日起广西北部将出现降温。", "zh")
        #expect(!names(e, .organization).contains { $0.hasPrefix("据") }, "\(all(e))")
        #expect(names(e, .organization).contains("广西壮族自治区气象台"), "\(all(e))")
        let f = extract("记者从乌鲁木齐市气象台获悉，8日起天山北坡有降雪。", "zh")
        #expect(names(f, .organization).contains("乌鲁木齐市气象台"), "\(all(f))")
    }

    @Test func chineseBannersKeepTheirPlainOrBorderedWord() {
        let e = extract("大风导致恢复镶黄旗、正白旗等地供电的工作推迟。", "zh")
        #expect(names(e, .place).contains("正白旗"), "\(all(e))")
        #expect(!names(e, .place).contains("白旗"), "\(all(e))")
        let f = extract("在阿巴嘎旗，牧民提前转场。", "zh")
        #expect(!names(f, .place).contains { $0.hasPrefix("在") }, "\(all(f))")
    }

    @Test func chineseRailwayBureauCompanyIsOneBody() {
        let e = extract("中国铁路沈阳局集团有限公司表示，受降雪影响，部分列车停运。", "zh")
        #expect(names(e, .organization).contains("中国铁路沈阳局集团有限公司"), "\(all(e))")
        let f = extract("中国铁路建设取得新进展，沈阳至大连段通车。", "zh")
        #expect(!names(f, .organization).contains { $0.hasPrefix("中国铁路") }, "\(all(f))")
    }

    @Test func chineseZoneAfterItsCityIsOnePlace() {
        let e = extract("福州是重要港口城市。会议提出，推动福州马尾新区、厦门环东海域科技城和泉州台商投资区扩大开放。", "zh")
        #expect(names(e, .place).contains("福州马尾新区"), "\(all(e))")
        #expect(names(e, .place).contains("厦门环东海域科技城"), "\(all(e))")
        let f = extract("会议提出，要加快推进新区建设，做好科技城规划。", "zh")
        #expect(!names(f, .place).contains { $0.hasSuffix("科技城") }, "\(all(f))")
    }

    @Test func chinesePortOfAPlaceReadElsewhere() {
        let e = extract("记者从莆田获悉，莆田港集装箱吞吐量增长两成，新航线将于明年开通。", "zh")
        #expect(names(e, .place).contains("莆田港"), "\(all(e))")
        let f = extract("记者从莆田获悉，莆田港口企业今年利润增长，新航线将于明年开通。", "zh")
        #expect(!names(f, .place).contains("莆田港"), "\(all(f))")
    }

    @Test func chineseZoneCommitteeIsABody() {
        let e = extract("钦州经济技术开发区管委会数据显示，区内外资企业增加到80家。", "zh")
        #expect(names(e, .organization).contains("钦州经济技术开发区管委会"), "\(all(e))")
        let f = extract("钦州经济技术开发区引进的企业增加到80家。", "zh")
        #expect(!names(f, .organization).contains { $0.hasPrefix("钦州经济技术开发区") }, "\(all(f))")
    }

    @Test func chineseBorderPortApartFromItsTown() {
        let e = extract("受降雪影响，满洲里口岸暂停通关。经满洲里开往莫斯科的列车推迟发车。", "zh")
        let port = e.entities.first { $0.type == .place && $0.aliases.contains("满洲里口岸") }
        #expect(port != nil && !(port!.aliases.contains("满洲里")), "\(all(e))")
        let f = extract("受降雪影响，绥芬河口岸暂停通关。", "zh")
        #expect(names(f, .place).contains { $0.contains("绥芬河") }, "\(all(f))")
    }

    @Test func chineseMongolianNameAfterAnOccupation() {
        let e = extract("在锡林郭勒盟，牧民巴特其其格说，今年储备的草料够用一个月。", "zh")
        #expect(names(e, .person).contains("巴特其其格"), "\(all(e))")
        let f = extract("一名工作人员介绍，道路已经恢复通行。", "zh")
        #expect(names(f, .person).isEmpty, "\(all(f))")
    }

    @Test func chineseMongolianTownInHot() {
        let e = extract("截至8日，达尔浩特至北京的部分航班取消。", "zh")
        #expect(names(e, .place).contains("达尔浩特"), "\(all(e))")
        let f = extract("该公司浩特项目进展顺利。", "zh")
        #expect(!names(f, .place).contains { $0.hasSuffix("浩特") }, "\(all(f))")
    }

    // MARK: Russian

    @Test func russianLandformByItsAdjective() {
        let e = extract("Экспедиция вернулась в Иркутск. Летом ученые спустились на дно Патомского кратера и взяли пробы грунта, сообщили в институте.", "ru")
        #expect(names(e, .place).contains("Патомского кратера"), "\(all(e))")
        let f = extract("Новый кратер образовался после взрыва газа, сообщили спасатели.", "ru")
        #expect(!names(f, .place).contains("Новый кратер"), "\(all(f))")
    }

    @Test func russianTheatreByItsAdjective() {
        let e = extract("В спектакле занята солистка Михайловского театра Анна Петрова, сообщили организаторы.", "ru")
        #expect(names(e, .organization).contains("Михайловского театра"), "\(all(e))")
        let f = extract("Новый театр откроется осенью, сообщили в мэрии.", "ru")
        #expect(!names(f, .organization).contains("Новый театр"), "\(all(f))")
    }

    @Test func russianUniversityOfAForeignCity() {
        let e = extract("Исследование провели ученые Университета Киото вместе с японскими коллегами.", "ru")
        #expect(names(e, .organization).contains("Университета Киото"), "\(all(e))")
        let f = extract("Делегация из Киото посетила университет в четверг.", "ru")
        #expect(!names(f, .organization).contains { $0.contains("Киото") }, "\(all(f))")
    }

    @Test func russianRepublicsOtherNameInParentheses() {
        let e = extract("Об этом сообщили в Министерстве образования Республики Северная Осетия (Алания) в пятницу.", "ru")
        #expect(names(e, .organization).contains("Министерстве образования Республики Северная Осетия (Алания)"), "\(all(e))")
        let f = extract("Об этом сообщили в Министерстве образования Республики Северная Осетия (МОН) в пятницу.", "ru")
        #expect(!names(f, .organization).contains { $0.hasSuffix(")") }, "\(all(f))")
    }

    @Test func russianGivenNameAndSurnameReadAsAPlace() {
        let e = extract("В концерте участвуют Ольга Москвина и Олег Петров, сообщили в филармонии.", "ru")
        #expect(names(e, .person).contains("Ольга Москвина"), "\(all(e))")
        let f = extract("Ольга приехала в Москву в четверг, сообщили в филармонии.", "ru")
        #expect(!names(f, .person).contains { $0.contains("Москв") }, "\(all(f))")
    }

    @Test func russianRolesAreNoPeople() {
        let e = extract("Премьера оперы состоится в пятницу. Партию Евгения Онегина исполнит Иван Серов, Татьяну - Ольга Белова.", "ru")
        #expect(names(e, .person).contains("Иван Серов"), "\(all(e))")
        #expect(!names(e, .person).contains("Евгения Онегина") && !names(e, .person).contains("Татьяну"), "\(all(e))")
        let f = extract("Кандидатуру Николая Кравцова поддержали депутаты. Партию Николая Кравцова поддержали избиратели, сообщил Иван Серов.", "ru")
        #expect(names(f, .person).contains("Николая Кравцова"), "\(all(f))")
    }

    // MARK: Vietnamese

    @Test func vietnameseMinistryOfPublicSecurityInsideABody() {
        let e = extract("Vụ việc đang được Cục Cảnh sát hình sự Bộ Công an điều tra làm rõ.", "vi")
        #expect(names(e, .organization).contains("Cục Cảnh sát hình sự Bộ Công an"), "\(all(e))")
        let f = extract("Theo Bộ Công Thương, kim ngạch xuất khẩu tăng 12%.", "vi")
        #expect(!names(f, .organization).contains { $0.hasSuffix("Thương an") }, "\(all(f))")
    }

    @Test func vietnameseCompanyRunsToItsNumber() {
        let e = extract("Dự án có sự tham gia của Tổng công ty Xây dựng công trình giao thông 8. Công trình dự kiến hoàn thành năm 2028.", "vi")
        #expect(names(e, .organization).contains("Tổng công ty Xây dựng công trình giao thông 8"), "\(all(e))")
        let f = extract("Tổng công ty Sông Đà có 3 dự án thủy điện đang thi công.", "vi")
        #expect(!names(f, .organization).contains { $0.hasSuffix("3") }, "\(all(f))")
    }

    @Test func vietnameseStationAndMarketApartFromTheTown() {
        let e = extract("Tuyến đường sắt đi qua tỉnh Salavan. Hàng hóa được tập kết tại ga Salavan, còn người dân ở chợ Salavan mong chờ tuyến đường.", "vi")
        #expect(names(e, .place).contains("ga Salavan"), "\(all(e))")
        #expect(names(e, .place).contains("chợ Salavan"), "\(all(e))")
        let f = extract("Hàng hóa được tập kết tại ga Salavan trước khi chuyển đi.", "vi")
        #expect(!names(f, .place).contains("ga Salavan"), "\(all(f))")
    }

    @Test func vietnameseNameEndingInATitlesWord() {
        let e = extract("Cùng bị truy tố có các bị cáo: Trần Văn Nam, Lê Thị Thu Ba và Phạm Văn Tư.", "vi")
        #expect(names(e, .person).contains("Lê Thị Thu Ba"), "\(all(e))")
        let f = extract("Anh Trần Văn Nam Ba ngày qua đã không về nhà.", "vi")
        #expect(!names(f, .person).contains { $0.hasSuffix("Ba") }, "\(all(f))")
    }

    @Test func vietnameseForeignPlaceGuessedAPerson() {
        let e = extract("Kênh đào bắt đầu từ khu vực Prek Kdam rồi chạy tới tỉnh Kampong Speu, đi qua Chbar Speu.", "vi")
        #expect(names(e, .place).contains("Prek Kdam"), "\(all(e))")
        let f = extract("Ông Sok Sambath cho biết dự án sẽ hoàn thành vào năm 2028.", "vi")
        #expect(names(f, .person).contains("Sok Sambath"), "\(all(f))")
    }

    @Test func chineseCountyAndTownGlued() {
        let e = extract("海南旅游论坛将于5月在万宁兴隆举行。兴隆咖啡文化节同期开幕。", "zh")
        #expect(!names(e, .place).contains("万宁兴"), "\(all(e))")
        let f = extract("活动将于5月在万宁举行，届时将发布报告。", "zh")
        #expect(names(f, .place).contains("万宁"), "\(all(f))")
    }

    @Test func chineseStationNamedAfterAPlace() {
        let e = extract("活动在曼谷邦苏站举行。新线设邦苏、挽赛和呵叻3座车站。", "zh")
        #expect(names(e, .place).contains("邦苏") || names(e, .place).contains("邦苏站"), "\(all(e))")
        let f = extract("活动在曼谷举行，车站已经完工。", "zh")
        #expect(!names(f, .place).contains { $0.hasSuffix("站") }, "\(all(f))")
    }

    @Test func chineseCompassRegionIsNone() {
        let e = extract("冷空气将继续东移，影响赤峰、通辽及东北地区。", "zh")
        #expect(!names(e, .place).contains("东北地区"), "\(all(e))")
        #expect(names(e, .place).contains("通辽"), "\(all(e))")
    }

    @Test func vietnameseSeaNamedByACompassWord() {
        let e = extract("Tuyến đường tạo hành lang vận tải từ Côn Minh xuống biển Đông, theo các chuyên gia.", "vi")
        #expect(names(e, .place).contains("biển Đông"), "\(all(e))")
        let f = extract("Gió mùa Đông Bắc tràn về các tỉnh phía Bắc từ đêm nay.", "vi")
        #expect(!names(f, .place).contains { $0.hasPrefix("biển") }, "\(all(f))")
    }
}
