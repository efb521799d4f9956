import Foundation
import Testing
@testable import BulletinKit

/// Misses seen in the thirty-fourth session's Vietnamese, Russian and Chinese articles of holdout60 and holdout61
/// (NameFinder+Left37.swift). Texts written here, with other names than the articles they were seen in; every rule has a
/// must-find and a must-not-find check.
@Suite struct EntityLeft37Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Chinese

    @Test func aUnitGluedAfterABureauOrAMinistryIsOneBody() {
        let e = extract("新华社杭州5月5日电 嘉兴市公安局南湖派出所民警当天赶到现场。外交部非洲司副司长出席仪式。", "zh")
        let orgs = names(e, .organization)
        #expect(orgs.contains("嘉兴市公安局南湖派出所"), "\(all(e))")
        #expect(orgs.contains("外交部非洲司"), "\(all(e))")
        let f = extract("新华社北京5月5日电 外交部司长会见了来访的代表团。", "zh")
        #expect(!names(f, .organization).contains { $0.hasPrefix("外交部司") }, "\(all(f))")
    }

    @Test func aPlacesUnionOrBrigadeGluedAfterItIsABody() {
        let e = extract("本报嘉兴5月5日电 在海盐县总工会的帮助下，临平县消防救援大队出动两艘冲锋舟。", "zh")
        let orgs = names(e, .organization)
        #expect(orgs.contains("海盐县总工会"), "\(all(e))")
        #expect(orgs.contains("临平县消防救援大队"), "\(all(e))")
        let f = extract("本报嘉兴5月5日电 海盐县的派出所门口排起了长队。", "zh")
        #expect(!names(f, .organization).contains { $0.hasPrefix("海盐县") }, "\(all(f))")
    }

    @Test func wordsThatOpenNoBodyAreCutOff() {
        let e = extract("新华社杭州5月5日电 经审理查明，张国栋系海盐县武原镇东栅村华丰纺织有限公司实际经营人。比如海宁长河皮革有限公司也受到影响。", "zh")
        let orgs = names(e, .organization)
        #expect(orgs.contains("华丰纺织有限公司"), "\(all(e))")
        #expect(orgs.contains("海宁长河皮革有限公司"), "\(all(e))")
        #expect(names(e, .person).contains("张国栋"), "\(all(e))")
        #expect(names(e, .place).contains("东栅村"), "\(all(e))")
        #expect(!orgs.contains { $0.hasPrefix("比如") || $0.hasPrefix("张国栋") }, "\(all(e))")
        let f = extract("新华社杭州5月5日电 海宁长河皮革有限公司表示，订单有所增加。", "zh")
        #expect(names(f, .organization).contains("海宁长河皮革有限公司"), "\(all(f))")
    }

    @Test func aVillagesCommitteeIsTheVillage() {
        let e = extract("新华社昆明5月5日电 东栅村党支部组织村民清理河道。", "zh")
        #expect(names(e, .place).contains("东栅村"), "\(all(e))")
        #expect(!names(e, .organization).contains { $0.hasPrefix("东栅村") }, "\(all(e))")
        let f = extract("新华社昆明5月5日电 云南大学党委组织师生参加活动。", "zh")
        #expect(!names(f, .place).contains("云南大学"), "\(all(f))")
    }

    @Test func aPersonAfterAKinshipOrAnOccupationalRole() {
        let e = extract("新华社杭州5月5日电 公司登记的法定代表人为其妻子李秀英，但李秀英并不参与经营。商户王建明告诉记者，店铺开了十年。员工杨正华在庭后说。", "zh")
        let people = names(e, .person)
        #expect(people.contains("李秀英"), "\(all(e))")
        #expect(people.contains("王建明"), "\(all(e))")
        #expect(people.contains("杨正华"), "\(all(e))")
        let f = extract("新华社成都5月5日电 1800多户业主曾多次到区信访局反映情况，医生和电工都已到位。", "zh")
        #expect(!names(f, .person).contains { $0.hasPrefix("曾") || $0.hasPrefix("和") }, "\(all(f))")
    }

    @Test func aPersonReadingThatOpensWithACommonWordIsNone() {
        let e = extract("新华社北京5月5日电 中方对此高度评价。村民马上报告了文物部门，游客安全撤离。", "zh")
        #expect(!names(e, .person).contains { $0.hasPrefix("高度") || $0.hasPrefix("马上") || $0.hasPrefix("安全") }, "\(all(e))")
        let f = extract("新华社北京5月5日电 村民马建国告诉记者，河水已经退去。", "zh")
        #expect(names(f, .person).contains("马建国"), "\(all(f))")
    }

    @Test func aBylinesReporterWrittenApartIsAPerson() {
        let e = extract("界面新闻记者 周文静\n\n5月5日，海宁长河皮革有限公司宣布停产。", "zh")
        #expect(names(e, .person).contains("周文静"), "\(all(e))")
        #expect(names(e, .organization).contains("界面新闻"), "\(all(e))")
        let f = extract("界面新闻记者 周文静报道称\n\n5月5日，工厂宣布停产。", "zh")
        #expect(!names(f, .person).contains("周文静"), "\(all(f))")
    }

    @Test func aTownshipBeforeCountrysideAndACityBeforeItsCentreAreNoPlaces() {
        let e = extract("新华社昆明5月5日电 化石是在修建乡村道路时发现的，化石点距离市中心只有十公里。", "zh")
        #expect(!names(e, .place).contains { $0.hasSuffix("乡") || $0.hasSuffix("市") }, "\(all(e))")
        let f = extract("新华社昆明5月5日电 记者在富民县东村乡看到，道路已被淹没。", "zh")
        #expect(names(f, .place).contains { $0.hasSuffix("乡") }, "\(all(f))")
    }

    // MARK: Vietnamese

    @Test func aBodyOfACityWrittenTPIsReadWhole() {
        let e = extract("Cần Thơ, 5/5 (TTXVN) - Tòa án nhân dân TP Cần Thơ đã tuyên án. Theo Viện kiểm sát nhân dân TP Cần Thơ, bị cáo đã nhận tội.", "vi")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Tòa án nhân dân TP Cần Thơ"), "\(all(e))")
        #expect(orgs.contains("Viện kiểm sát nhân dân TP Cần Thơ"), "\(all(e))")
        let f = extract("Cần Thơ, 5/5 (TTXVN) - Hội nghị diễn ra tại TP Cần Thơ trong hai ngày.", "vi")
        #expect(!names(f, .organization).contains { $0.contains("TP") }, "\(all(f))")
    }

    @Test func aPhotoCreditIsAPerson() {
        let e = extract("Hà Nội, 5/5 (TTXVN) - Đoàn công tác đã đến thăm nhà máy. Ảnh: Thu Hằng - TTXVN", "vi")
        #expect(names(e, .person).contains("Thu Hằng"), "\(all(e))")
        let f = extract("Hà Nội, 5/5 (TTXVN) - Đoàn công tác đã đến thăm nhà máy. Ảnh: Hà Nội vào mùa thu.", "vi")
        #expect(!names(f, .person).contains("Hà Nội"), "\(all(f))")
    }

    @Test func anUnknownPlaceAfterATitleOfAddressIsAPerson() {
        let e = extract("Lào Cai, 5/5 (TTXVN) - Anh Thào A Lềnh, hàng xóm của gia đình, kể lại sự việc.", "vi")
        #expect(names(e, .person).contains("Thào A Lềnh"), "\(all(e))")
        let f = extract("Lào Cai, 5/5 (TTXVN) - Đoàn đã đến xã Bản Xèo để kiểm tra.", "vi")
        #expect(!names(f, .person).contains("Bản Xèo"), "\(all(f))")
    }

    @Test func aKnownPlaceOfOtherTonesEndsAPersonsName() {
        let e = extract("TP.HCM, 5/5 (TTXVN) - Bà Trần Thị Kim Huê, một bị hại, cho biết đã nộp tiền. \"Tôi chỉ mong lấy lại tiền,\" bà Huê nói.", "vi")
        #expect(names(e, .person).contains("Trần Thị Kim Huê"), "\(all(e))")
        #expect(!names(e, .place).contains("Huê"), "\(all(e))")
        let f = extract("Huế, 5/5 (TTXVN) - Du khách đến Huế ngày càng đông.", "vi")
        #expect(names(f, .place).contains("Huế"), "\(all(f))")
    }

    // MARK: Russian

    @Test func aQuotedNameAfterACompanysTypeWordIsABody() {
        let e = extract("ОМСК, 5 мая. /ТАСС/. Кредиторами выступают банк \"Заречный\" и АО \"Покровское\", а также птицефабрика \"Луговая\".", "ru")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Заречный"), "\(all(e))")
        #expect(orgs.contains("Покровское"), "\(all(e))")
        #expect(orgs.contains("Луговая"), "\(all(e))")
        let f = extract("ОМСК, 5 мая. /ТАСС/. Компания \"по сути\" прекратила работу.", "ru")
        #expect(names(f, .organization).allSatisfy { !$0.contains("сути") }, "\(all(f))")
    }

    @Test func aQuotedNameHoldingAKnownPlaceAndABorderCrossingsName() {
        let e = extract("ОМСК, 5 мая. /ТАСС/. Генеральный директор АО \"Транзит Центральная Азия\" отметил рост. Грузы идут через пункт пропуска \"Колядичи\".", "ru")
        #expect(names(e, .organization).contains("Транзит Центральная Азия"), "\(all(e))")
        #expect(names(e, .place).contains("Колядичи"), "\(all(e))")
        #expect(!names(e, .organization).contains("Колядичи"), "\(all(e))")
        let f = extract("ОМСК, 5 мая. /ТАСС/. Пункт пропуска работает круглосуточно.", "ru")
        #expect(!names(f, .place).contains { $0.contains("ропуска") }, "\(all(f))")
    }

    @Test func aChurchAndItsDedicationAreOnePlace() {
        let e = extract("ОМСК, 5 мая. /ТАСС/. Огонь подобрался к ограде, за которой стоит храм Рождества Пресвятой Богородицы.", "ru")
        #expect(names(e, .place).contains("храм Рождества Пресвятой Богородицы"), "\(all(e))")
        #expect(!names(e, .person).contains("Рождества Пресвятой Богородицы"), "\(all(e))")
        let f = extract("ОМСК, 5 мая. /ТАСС/. Рядом с храмом Владимир Петров открыл кафе.", "ru")
        #expect(!names(f, .place).contains { $0.contains("Петров") }, "\(all(f))")
    }

    @Test func aRoleNounOpeningASentenceIsNoGivenName() {
        let e = extract("ОМСК, 5 мая. /ТАСС/. Суд вынес приговор. Адвокат Сидоренко заявил, что обжалует решение.", "ru")
        #expect(!names(e, .person).contains("Адвокат Сидоренко"), "\(all(e))")
        #expect(names(e, .person).contains("Сидоренко"), "\(all(e))")
        let f = extract("ОМСК, 5 мая. /ТАСС/. Суд вынес приговор. Глеб Сидоренко заявил, что обжалует решение.", "ru")
        #expect(names(f, .person).contains("Глеб Сидоренко"), "\(all(f))")
    }

    @Test func aQuotedOutletBetweenTheDatelinesSlashesIsABody() {
        let e = extract("ОМСК, 5 мая. /\"Вечерний Омск\"/. Пожар произошел в частном доме.", "ru")
        #expect(names(e, .organization).contains("Вечерний Омск"), "\(all(e))")
        let f = extract("ОМСК, 5 мая. /ТАСС/. Пожар произошел в частном доме.\n\nДробь /\"три\"/ не в счет.", "ru")
        #expect(!names(f, .organization).contains("три"), "\(all(f))")
    }

    @Test func aTransportUniversitysNameAndALegalFormAlone() {
        let e = extract("ОМСК, 5 мая. /ТАСС/. Он окончил Омский государственный университет путей сообщения и работал в МКУ \"Омскдорстрой\".", "ru")
        #expect(names(e, .organization).contains("Омский государственный университет путей сообщения"), "\(all(e))")
        #expect(!names(e, .organization).contains("МКУ"), "\(all(e))")
        let f = extract("ОМСК, 5 мая. /ТАСС/. Проверку провело МКУ по делам строительства.", "ru")
        #expect(!names(f, .organization).contains { $0.contains("сообщения") }, "\(all(f))")
    }

    @Test func aProvincialRoadAndItsNumberIsAPlace() {
        let e = extract("Yên Bái, 5/5 (TTXVN) - Sạt lở đã làm ách tắc Đường tỉnh 151 trong nhiều giờ.", "vi")
        #expect(names(e, .place).contains("Đường tỉnh 151"), "\(all(e))")
        let f = extract("Yên Bái, 5/5 (TTXVN) - Đường tỉnh đã thông xe trở lại.", "vi")
        #expect(!names(f, .place).contains { $0.hasPrefix("Đường tỉnh") }, "\(all(f))")
    }

    @Test func aJournalInTitleMarksIsABody() {
        let e = extract("新华社北京5月5日电 研究成果发表在国际学术期刊《细胞·通讯》上。", "zh")
        #expect(names(e, .organization).contains("细胞·通讯"), "\(all(e))")
        let f = extract("新华社北京5月5日电 他写了一本小说《远方的河》。", "zh")
        #expect(!names(f, .organization).contains("远方的河"), "\(all(f))")
    }

    @Test func anExpresswayTakesItsCode() {
        let e = extract("本报桂林5月5日电 G72泉南高速柳州段一度因积水实施交通管制。", "zh")
        #expect(names(e, .place).contains { $0.hasPrefix("G72") }, "\(all(e))")
        let f = extract("本报桂林5月5日电 泉南高速柳州段一度因积水实施交通管制。", "zh")
        // No expressway code read into a Han place (Guilin of the dateline is a place of its own).
        #expect(!names(f, .place).contains { $0.hasPrefix("G") && $0.unicodeScalars.contains { $0.value >= 0x4E00 } }, "\(all(f))")
    }

    @Test func anOfficeOfTheHighestBodiesIsABody() {
        let e = extract("Hà Nội, 5/5 (TTXVN) - Dự lễ có Phó Chủ nhiệm Văn phòng Quốc hội Trần Minh Đức.", "vi")
        #expect(names(e, .organization).contains("Văn phòng Quốc hội"), "\(all(e))")
        let f = extract("Hà Nội, 5/5 (TTXVN) - Công ty mở văn phòng tại Quận 1.", "vi")
        #expect(!names(f, .organization).contains { $0.hasPrefix("Văn phòng") || $0.hasPrefix("văn phòng") }, "\(all(f))")
    }

    @Test func aHeadingInCapitalsEndingInAColonIsNoName() {
        let e = extract("Hà Nội, 5/5 (TTXVN) - Vòng đấu đã kết thúc.\n\nLỊCH THI ĐẤU VÒNG 12:\nHà Nội - Hải Phòng", "vi")
        #expect(!e.entities.contains { $0.name.hasPrefix("LỊCH") }, "\(all(e))")
        let f = extract("HÀ NỘI - Vòng đấu đã kết thúc tại sân Hàng Đẫy.", "vi")
        #expect(names(f, .place).contains { $0.uppercased() == "HÀ NỘI" || $0 == "Hanoi" || $0 == "Hà Nội" }, "\(all(f))")
    }

    @Test func aPersonsReadingAfterTaiIsAPlace() {
        let e = extract("Lào Cai, 5/5 (TTXVN) - Hai bên đã thống nhất phương án nối ray tại Mông Tự.", "vi")
        #expect(!names(e, .person).contains("Mông Tự"), "\(all(e))")
        let f = extract("Nghệ An, 5/5 (TTXVN) - Trọng tài Phan Minh Đức đã rút 5 thẻ vàng.", "vi")
        #expect(names(f, .person).contains("Phan Minh Đức"), "\(all(f))")
    }
}
