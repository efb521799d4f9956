import Foundation
import Testing
@testable import BulletinKit

/// The general causes behind holdout73's Vietnamese, Russian and Chinese errors (NameFinder+S50b.swift). Texts written
/// here, with other names and other sentences than the set's; each rule has a must-find check and a must-not-find one.
@Suite struct EntityS50bTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Russian

    @Test func aBodyTakesItsLowercaseGenitiveComplement() {
        let e = extract("Руководитель Актюбинской областной территориальной инспекции лесного хозяйства и животного мира Ерлан Сапаров заявил, что проверка продолжится.", "ru")
        #expect(names(e, .organization).contains { $0.contains("инспекции лесного хозяйства и животного мира") || $0.contains("инспекция лесного хозяйства и животного мира") }, "\(all(e))")
        let f = extract("Сотрудники Азовского научно-исследовательского института провели отбор проб воды в заливе.", "ru")
        #expect(!names(f, .organization).contains { $0.contains("провели") || $0.contains("отбор") }, "\(all(f))")
    }

    @Test func aBodyNamedAfterANameWithAParticle() {
        let e = extract("Испытания прошли в лаборатории Самаркандского государственного университета имени аль-Хорезми в прошлом месяце.", "ru")
        #expect(names(e, .organization).contains { $0.contains("имени аль-Хорезми") }, "\(all(e))")
        #expect(!names(e, .person).contains { $0.contains("Хорезми") }, "\(all(e))")
        let f = extract("В Самаркандском государственном университете имени Навои прошла конференция, доклад сделал ибн Рашид.", "ru")
        #expect(!names(f, .organization).contains { $0.contains("ибн") }, "\(all(f))")
    }

    @Test func aDirectorateOfAStateBodyForARegion() {
        let e = extract("По информации пограничного управления ФСБ по Ростовской области, очередь на границе выросла до 300 машин.", "ru")
        #expect(names(e, .organization).contains { $0.contains("управлени") && $0.contains("ФСБ по Ростовской области") }, "\(all(e))")
        let f = extract("Сотрудники ФСБ по всей стране провели проверки.", "ru")
        #expect(!names(f, .organization).contains { $0.contains("по всей") }, "\(all(f))")
    }

    @Test func aNameAfterACapeOrAPassIsAPlace() {
        let e = extract("Лодку с рыбаками нашли между поселком Акшукур и мысом Сагындык-Бас.", "ru")
        #expect(names(e, .place).contains { $0.contains("Сагындык-Бас") }, "\(all(e))")
        #expect(!names(e, .person).contains { $0.contains("Сагындык") }, "\(all(e))")
        let f = extract("На острове МЧС развернуло палаточный лагерь.", "ru")
        #expect(!names(f, .place).contains("МЧС"), "\(all(f))")
    }

    @Test func aMunicipalityWithItsNoun() {
        let e = extract("Снегопад в горах Ахметского муниципалитета продлится до пятницы.", "ru")
        #expect(names(e, .place).contains { $0.hasPrefix("Ахметск") && $0.contains("муниципалитет") }, "\(all(e))")
        let f = extract("Решение принял совет в городском муниципалитете в среду.", "ru")
        #expect(!names(f, .place).contains { $0.contains("городском") }, "\(all(f))")
    }

    @Test func aRegionsWordAndAVillageAfterAPrepositionOfNearness() {
        let e = extract("Мертвых птиц нашли и на побережье Зантарии, а грузовики стоят в очереди у Мцхоли уже третьи сутки.", "ru")
        #expect(names(e, .place).contains { $0.hasPrefix("Зантари") }, "\(all(e))")
        #expect(names(e, .place).contains("Мцхоли"), "\(all(e))")
        let f = extract("Болельщики клуба «Славия» встретили игроков у стадиона.", "ru")
        #expect(!names(f, .place).contains("Славия"), "\(all(f))")
    }

    // MARK: Chinese

    @Test func anEmbassysOfficeAndACourtsDivision() {
        let e = extract("中国驻肯尼亚大使馆经济商务处负责人表示，浙江省高级人民法院民一庭庭长在会上发言。", "zh")
        #expect(names(e, .organization).contains("中国驻肯尼亚大使馆经济商务处"), "\(all(e))")
        #expect(names(e, .organization).contains("浙江省高级人民法院民一庭"), "\(all(e))")
        let f = extract("中国驻肯尼亚大使馆工作人员处理了此事。", "zh")
        #expect(!names(f, .organization).contains { $0.hasSuffix("处") }, "\(all(f))")
    }

    @Test func aBodysOfficeInACountryOrATown() {
        let e = extract("世界卫生组织驻老挝代表处发表声明。国际红十字会（ICRC）上海代表处主任说，援助已经送达。", "zh")
        #expect(names(e, .organization).contains("世界卫生组织驻老挝代表处"), "\(all(e))")
        #expect(!names(e, .place).contains("上海") && !names(e, .place).contains("Shanghai"), "\(all(e))")
        let f = extract("代表团昨天抵达上海，随后前往杭州。", "zh")
        #expect(names(f, .place).contains("上海") || names(f, .place).contains("Shanghai"), "\(all(f))")
    }

    @Test func aProjectDepartmentWithItsCompanyAndProject() {
        let e = extract("中国电建卡洛特水电站项目经理部经理张伟表示，工程进展顺利。", "zh")
        #expect(names(e, .organization).contains("中国电建卡洛特水电站项目经理部"), "\(all(e))")
        let f = extract("他说，项目经理部将在下月完成验收。", "zh")
        #expect(!names(f, .organization).contains { $0.contains("项目经理部") }, "\(all(f))")
    }

    @Test func aSchoolNamedWithAConjunctionAfterItsUniversity() {
        let e = extract("四川农业大学野生动物与自然保护区学院教授王刚表示，保护成效明显。", "zh")
        #expect(names(e, .organization).contains("四川农业大学野生动物与自然保护区学院"), "\(all(e))")
        let f = extract("南京农业大学与浙江大学签署合作协议。", "zh")
        #expect(!names(f, .organization).contains { $0.contains("与") }, "\(all(f))")
    }

    @Test func aStationsTransliteratedNameOfThreeCharacters() {
        let e = extract("货物运抵坦桑尼亚基戈马火车站后转运。", "zh")
        #expect(names(e, .place).contains("基戈马火车站"), "\(all(e))")
        let f = extract("昨日他在郑州火车站接受采访。", "zh")
        #expect(!names(f, .place).contains { $0.hasPrefix("在") }, "\(all(f))")
    }

    @Test func anAnonymisedDefendant() {
        let e = extract("法院驳回上诉人刘某某的上诉。主犯刘某某被判处有期徒刑八年。", "zh")
        #expect(names(e, .person).contains("刘某某"), "\(all(e))")
        let f = extract("该公司曾向某国出口设备，并和某些企业合作。", "zh")
        #expect(names(f, .person).isEmpty, "\(all(f))")
    }

    @Test func aPlaceJoinedToAPlaceBeforeAnArea() {
        let e = extract("管理局在珲春和春化一带布设了红外相机。", "zh")
        #expect(names(e, .place).contains("春化"), "\(all(e))")
        let f = extract("管理局在珲春和周边一带布设了红外相机。", "zh")
        #expect(!names(f, .place).contains("周边"), "\(all(f))")
    }

    @Test func islandStatesOfAnOceanAreNoPlace() {
        let e = extract("该国疟疾发病率居太平洋岛国前列。", "zh")
        #expect(names(e, .place).isEmpty, "\(all(e))")
        let f = extract("渔船在太平洋上作业。", "zh")
        #expect(!names(f, .place).isEmpty, "\(all(f))")
    }

    // MARK: Vietnamese

    @Test func villagesListedAfterNhu() {
        let e = extract("Các đội tiêm phải đi bộ qua núi để đến các thôn xa nhất như Nà Sự và Cốc Lầu 3.", "vi")
        #expect(names(e, .place).contains("Nà Sự"), "\(all(e))")
        #expect(names(e, .place).contains("Cốc Lầu 3"), "\(all(e))")
        #expect(!names(e, .person).contains("Nà Sự"), "\(all(e))")
        let f = extract("Tại các xã như vậy, ông Hà Văn Nam cho biết người dân đã được tiêm.", "vi")
        #expect(!names(f, .place).contains("Hà Văn Nam"), "\(all(f))")
    }

    @Test func aCityGateIsAPlace() {
        let e = extract("Năm nay đường chạy đi qua khu vực cửa Ngăn Hạ và cầu Phú Xuân.", "vi")
        #expect(names(e, .place).contains { $0.contains("Ngăn Hạ") }, "\(all(e))")
        let f = extract("Đây là chỉ đạo của Bộ Y tế gửi các địa phương.", "vi")
        #expect(!names(f, .place).contains { $0.contains("Bộ Y tế") }, "\(all(f))")
    }

    @Test func aRaceIsNoPerson() {
        let e = extract("Hơn 5.000 vận động viên tham gia Giải Bán Marathon Quốc tế sáng nay.", "vi")
        #expect(!names(e, .person).contains { $0.hasPrefix("Giải") }, "\(all(e))")
        let f = extract("Anh Nguyễn Văn Giải cho biết đã hoàn thành đường chạy.", "vi")
        #expect(names(f, .person).contains("Nguyễn Văn Giải"), "\(all(f))")
    }

    @Test func aPortAfterItsModifiers() {
        let e = extract("Hàng hóa sẽ được vận chuyển qua cảng nước sâu Kyaukphyu trong năm tới.", "vi")
        #expect(names(e, .place).contains("Kyaukphyu"), "\(all(e))")
        let f = extract("Tỉnh sẽ xây dựng cảng nước sâu đầu tiên trong năm tới.", "vi")
        #expect(names(f, .place).isEmpty, "\(all(f))")
    }

    @Test func anEmbassyWithItsCountry() {
        let e = extract("Xi măng là mặt hàng chính. Đại sứ quán Nhật Bản và Bộ Công Thương sẽ tổ chức hội thảo.", "vi")
        #expect(names(e, .organization).contains("Đại sứ quán Nhật Bản"), "\(all(e))")
        let f = extract("Ông Lee, đại sứ Hàn Quốc, đã dự lễ khánh thành.", "vi")
        #expect(!names(f, .organization).contains { $0.contains("đại sứ") }, "\(all(f))")
    }

    @Test func runnersListedWithTheirTeamsOrTowns() {
        let e = extract("Về nhì và ba là Nguyễn Văn Bình (Đội tuyển Công an) và Trần Quốc Hải (Đà Nẵng).", "vi")
        #expect(names(e, .person).contains("Trần Quốc Hải"), "\(all(e))")
        #expect(names(e, .organization).contains("Đội tuyển Công an"), "\(all(e))")
        let f = extract("Hai tỉnh Bình Dương (Việt Nam) và Lê Châu (Hải Phòng) ký kết hợp tác.", "vi")
        #expect(!names(f, .person).contains("Lê Châu"), "\(all(f))")
    }

    @Test func aPlaceOnlyInsideABodysName() {
        let e = extract("Tỉnh đã trao đổi với Sở Y tế tỉnh Hủa Phăn (Lào) để giám sát dịch bệnh.", "vi")
        #expect(!names(e, .place).contains("Hủa Phăn"), "\(all(e))")
        let f = extract("Tỉnh đã trao đổi với Sở Y tế tỉnh Hủa Phăn (Lào). Đoàn công tác sẽ đến tỉnh Hủa Phăn vào tuần tới.", "vi")
        #expect(names(f, .place).contains { $0.contains("Hủa Phăn") }, "\(all(f))")
    }

    @Test func aFirmsShortNameIsABody() {
        let e = extract("Công ty TNHH May mặc Phú Thịnh Long đã khánh thành nhà máy. Theo kế hoạch, Phú Thịnh Long sẽ tuyển thêm 500 công nhân.", "vi")
        #expect(!names(e, .place).contains("Phú Thịnh Long"), "\(all(e))")
        let f = extract("Công ty TNHH May mặc Phú Thịnh đã khánh thành nhà máy tại tỉnh Long An.", "vi")
        #expect(names(f, .place).contains { $0.contains("Long An") }, "\(all(f))")
    }

    @Test func aSurnameAloneInTheNominativeJoinsItsFullNameInAnotherCase() {
        let e = extract("Ничья досталась Артему Бобровичу и Денису Кулаку. В последнем туре Кулак сыграл лучше всех.", "ru")
        #expect(e.entities.contains { $0.type == .person && ([$0.name] + $0.aliases).contains("Кулак") && ([$0.name] + $0.aliases).contains { $0.contains("Денис") } }, "\(all(e))")
        let f = extract("Ничья досталась Денису Кулаку и Петру Кулаку. В последнем туре Кулак сыграл лучше всех.", "ru")
        #expect(!f.entities.contains { $0.type == .person && ([$0.name] + $0.aliases).contains("Кулак") && ([$0.name] + $0.aliases).contains { $0.contains("Денис") } }, "\(all(f))")
    }

    @Test func aTradesCompanyIsNoBody() {
        let e = extract("货物再通过快递公司寄往各地。", "zh")
        #expect(!names(e, .organization).contains("快递公司"), "\(all(e))")
        let f = extract("华为公司宣布在当地设立研发中心。", "zh")
        #expect(names(f, .organization).contains { $0.contains("华为") || $0.contains("Huawei") }, "\(all(f))")
    }

    @Test func aNationalAgencyForInternationalCooperation() {
        let e = extract("亚洲开发银行和德国国际合作机构也参与了该项目。", "zh")
        #expect(names(e, .organization).contains("德国国际合作机构"), "\(all(e))")
        let f = extract("此事令日本国际形象受损。", "zh")
        #expect(!names(f, .organization).contains { $0.contains("国际形象") }, "\(all(f))")
    }

    @Test func aStateBodysInstituteWhenBothNamesHoldAnd() {
        let e = extract("样品经国家粮食和物资储备局粮油和质量检测研究院检测，符合要求。", "zh")
        #expect(names(e, .organization).contains("国家粮食和物资储备局粮油和质量检测研究院"), "\(all(e))")
        let f = extract("遗址由国家文物局和中国社会科学院考古研究所联合发掘。", "zh")
        #expect(!names(f, .organization).contains { $0.contains("国家文物局和") }, "\(all(f))")
    }
}
