import Foundation
import Testing
@testable import BulletinKit

/// The general causes behind a blind set's Vietnamese, Russian and Chinese errors (NameFinder+S43b.swift). Texts written
/// here, with other names and other sentences than the blind set's; each rule has a must-find check and, where a wrong
/// reading is near, a must-not-find one.
@Suite struct EntityS43bTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Russian

    @Test func aToponymicAdjectiveAndAProtectedAreasNounAreOnePlace() {
        let e = extract("Егеря насчитали 40 лосей в Тиманском заповеднике. Инспекторы также осмотрели Кенозерский национальный парк, сообщили в министерстве.", "ru")
        #expect(names(e, .place).contains("Тиманском заповеднике"), "\(all(e))")
        #expect(names(e, .place).contains("Кенозерский национальный парк"), "\(all(e))")
        #expect(!names(e, .person).contains("Кенозерский"), "\(all(e))")
        #expect(!names(e, .place).contains("Тиманском"), "\(all(e))")
    }

    @Test func aToponymicAdjectiveBeforeAnAutonomousUnitIsOnePlace() {
        let e = extract("Власти Тибетского автономного района объявили о строительстве новой дороги.", "ru")
        #expect(names(e, .place).contains("Тибетского автономного района"), "\(all(e))")
        #expect(!names(e, .person).contains { $0.contains("Тибетск") }, "\(all(e))")
    }

    @Test func aToponymicAdjectiveBeforeMetroIsABody() {
        let e = extract("Пассажиропоток Новосибирского метрополитена вырос на пять процентов, сообщили в мэрии.", "ru")
        #expect(names(e, .organization).contains("Новосибирского метрополитена"), "\(all(e))")
        #expect(!names(e, .person).contains { $0.contains("Новосибирск") }, "\(all(e))")
        let f = extract("Грузооборот Архангельского морского торгового порта вырос на треть, сообщили в компании.", "ru")
        #expect(names(f, .organization).contains("Архангельского морского торгового порта"), "\(all(f))")
    }

    @Test func aRegionInShchinaAfterAPrepositionIsAPlace() {
        let e = extract("Фермеры на Слонимщине собрали рекордный урожай картофеля, а в соседнем районе начали сев.", "ru")
        #expect(names(e, .place).contains("Слонимщине"), "\(all(e))")
        #expect(!names(e, .organization).contains("Слонимщине"), "\(all(e))")
        // A common noun in -щина is none.
        let f = extract("Об этом рассказала Женщина, которая живёт по соседству.", "ru")
        #expect(!names(f, .place).contains("Женщина"), "\(all(f))")
    }

    @Test func aLegalFormAloneAndFatherFrostAreNoEntities() {
        let e = extract("Партию лекарств ввезло ОсОО \"Нарын Мед Трейд\" из Казахстана. На площади открылась резиденция Деда Мороза.", "ru")
        #expect(!all(e).contains { $0.hasSuffix(":ОсОО") }, "\(all(e))")
        #expect(!names(e, .person).contains("Деда Мороза"), "\(all(e))")
    }

    @Test func aBodyAttachedToAnotherWithPriIsOneBody() {
        let e = extract("Решение принял Центр экспертизы лекарственных средств при Министерстве здравоохранения Таджикистана в понедельник.", "ru")
        #expect(names(e, .organization).contains("Центр экспертизы лекарственных средств при Министерстве здравоохранения Таджикистана"), "\(all(e))")
        #expect(!names(e, .organization).contains("Центр экспертизы лекарственных средств"), "\(all(e))")
    }

    @Test func aBodyGoesOnOverItsFieldAndItsOffice() {
        let e = extract("В работе участвовали сотрудники Научно-практического центра НАН Беларуси по картофелеводству.", "ru")
        #expect(names(e, .organization).contains("Научно-практического центра НАН Беларуси по картофелеводству"), "\(all(e))")
        let f = extract("Резиденция находится в ведении Управления делами Президента Республики Казахстан.", "ru")
        #expect(names(f, .organization).contains("Управления делами Президента Республики Казахстан"), "\(all(f))")
        #expect(!names(f, .organization).contains("Управление делами"), "\(all(f))")
    }

    @Test func aVillagesOtherCaseAfterAPrepositionIsThatPlace() {
        let e = extract("Зубров держат в вольерах у Ольшан. Потом их выпустят в Ольшанах.", "ru")
        #expect(names(e, .place).contains("Ольшан"), "\(all(e))")
        #expect(!names(e, .organization).contains("Ольшан"), "\(all(e))")
    }

    @Test func aGenericAdjectiveBeforeAParkIsNoPlaceAndAPartIsNoBody() {
        let e = extract("Туристы отдыхают в Национальном парке \"Припятский\" круглый год.", "ru")
        #expect(!names(e, .place).contains("Национальном"), "\(all(e))")
        let f = extract("Число участников Международного форума \"Шелковый путь\" выросло на треть.", "ru")
        #expect(!names(f, .organization).contains { $0.hasPrefix("Число") }, "\(all(f))")
        #expect(names(f, .organization).contains { $0.hasPrefix("Международного форума") }, "\(all(f))")
    }

    @Test func aBodysHeadNounKeepsItsNameBeforeARegion() {
        // (The body-head trim leaves a body opened by its head noun alone.)
        let e = extract("ЖАРКЕНТ. КАЗИНФОРМ – Число участников Международного форума \"Шелковый путь\" выросло. Министерство спорта Оренбургской области объявило конкурс.", "ru")
        #expect(names(e, .organization).contains("Министерство спорта Оренбургской области"), "\(all(e))")
        #expect(!names(e, .organization).contains { $0.hasPrefix("Число") }, "\(all(e))")
    }

    // MARK: Vietnamese

    @Test func aNameAfterAnHonorificWithAFamilyNameIsAPerson() {
        let e = extract("Ông Lê Văn Trường, đến từ Hải Dương, cho biết gia đình ông đã sống ở Praha hơn 20 năm.", "vi")
        #expect(names(e, .person).contains("Lê Văn Trường"), "\(all(e))")
        #expect(!names(e, .organization).contains("Lê Văn Trường"), "\(all(e))")
    }

    @Test func aMemberSchoolAndItsUniversityAreOneBody() {
        let e = extract("Bà Hà Thị Mai là giảng viên tại Trường Đại học Sư phạm - Đại học Huế từ năm 2015.", "vi")
        #expect(names(e, .organization).contains("Trường Đại học Sư phạm - Đại học Huế"), "\(all(e))")
        #expect(!names(e, .organization).contains("Đại học Huế"), "\(all(e))")
    }

    @Test func aHighTechParkIsOnePlace() {
        let e = extract("Công ty có trụ sở tại Khu công nghệ cao Hòa Lạc và nhà máy ở Bắc Ninh.", "vi")
        #expect(names(e, .place).contains("Khu công nghệ cao Hòa Lạc"), "\(all(e))")
        #expect(names(e, .place).contains("Bắc Ninh"), "\(all(e))")
    }

    @Test func theSecondNameOfABorderGatePairIsAPlace() {
        let e = extract("Xe container chờ thông quan tại cửa khẩu Thanh Thủy - Đỗ Long từ sáng sớm.", "vi")
        #expect(names(e, .place).contains("Đỗ Long"), "\(all(e))")
        #expect(!names(e, .person).contains("Đỗ Long"), "\(all(e))")
    }

    @Test func aTimeZoneATrainsLettersAndAFundingRoundAreNoNames() {
        let e = extract("Chuyến bay hạ cánh lúc 7 giờ 30 (giờ Seoul) tại sân bay Nội Bài, sau đó các đoàn tàu SE chạy thêm chuyến.", "vi")
        #expect(!names(e, .place).contains("Seoul"), "\(all(e))")
        #expect(!names(e, .organization).contains("SE"), "\(all(e))")
        #expect(names(e, .place).contains("Nội Bài"), "\(all(e))")
        let f = extract("Startup này vừa gọi thành công vòng Series B trị giá 10 triệu USD.", "vi")
        #expect(!names(f, .person).contains("Series B"), "\(all(f))")
        // A place named elsewhere stays.
        let g = extract("Đoàn đến Seoul hôm qua và về nước lúc 9 giờ (giờ Seoul).", "vi")
        #expect(names(g, .place).contains("Seoul") || names(g, .place).contains("Xơ-un"), "\(all(g))")
    }

    @Test func aStationTakesTheDirectionEndingItsName() {
        let e = extract("Tàu dừng tại ga Lào Cai, sau đó đến ga Nam Ninh Đông lúc 10 giờ.", "vi")
        #expect(names(e, .place).contains("ga Nam Ninh Đông"), "\(all(e))")
        #expect(!names(e, .place).contains("ga Nam Ninh"), "\(all(e))")
    }

    @Test func aTheatreNamedByItsGenreIsABody() {
        let e = extract("Các nghệ sĩ Nhà hát Tuồng Đào Tấn đã biểu diễn tại Quy Nhơn.", "vi")
        #expect(names(e, .organization).contains("Nhà hát Tuồng Đào Tấn"), "\(all(e))")
        #expect(!names(e, .place).contains("Nhà hát Tuồng Đào Tấn"), "\(all(e))")
    }

    // MARK: Chinese

    @Test func theItemsOfACountedListArePlaces() {
        let e = extract("肇庆市下辖端州、鼎湖、高要三区和四会、广宁两市，常住人口超过400万。", "zh")
        for name in ["端州", "鼎湖", "高要", "四会", "广宁"] { #expect(names(e, .place).contains(name), "\(name) \(all(e))") }
        #expect(!names(e, .place).contains("高要三区"), "\(all(e))")
        // As many items as the numeral says, or none.
        let f = extract("会议讨论了端州、鼎湖、高要两区的规划。", "zh")
        #expect(!names(f, .place).contains("端州"), "\(all(f))")
    }

    @Test func aHallOrALibraryStartsAtThePlaceBeforeIt() {
        let e = extract("他代表纽约中山同乡会向中山市图书馆捐赠了一批古籍。", "zh")
        #expect(names(e, .organization).contains("纽约中山同乡会"), "\(all(e))")
        #expect(names(e, .organization).contains("中山市图书馆"), "\(all(e))")
    }

    @Test func aMassBodysShortNameAfterChinaIsABody() {
        let e = extract("中国侨联副主席在会上致辞，全国妇联也派代表出席。", "zh")
        #expect(names(e, .organization).contains("中国侨联"), "\(all(e))")
        #expect(names(e, .organization).contains("全国妇联"), "\(all(e))")
    }

    @Test func aBodyNamedAfterADottedNameTakesIt() {
        let e = extract("研究团队与德国马克斯·普朗克研究所的科学家合作完成了这项研究。", "zh")
        #expect(names(e, .organization).contains("马克斯·普朗克研究所"), "\(all(e))")
        #expect(!names(e, .person).contains("马克斯·普朗克"), "\(all(e))")
    }

    @Test func aListOfStationsArePlacesWhereverNamed() {
        let e = extract("我国已建成东湖站、西岭站、北岩站和南屏站等考察站。队员们今年将在西岭站越冬。", "zh")
        for name in ["东湖站", "西岭站", "北岩站", "南屏站"] { #expect(names(e, .place).contains(name), "\(name) \(all(e))") }
        // Common nouns in 站 are no list of names.
        let f = extract("小区新建了加油站、充电站、换电站和服务站。", "zh")
        #expect(!names(f, .place).contains("加油站"), "\(all(f))")
    }

    @Test func aTransliteratedPortAfterACountryIsAPlace() {
        let e = extract("货轮在新西兰蒂马鲁港卸货。", "zh")
        #expect(names(e, .place).contains("蒂马鲁港"), "\(all(e))")
    }

    @Test func anInstituteJoiningTwoFieldsTakesTheFirst() {
        let e = extract("她曾在海洋生物与海洋工程创新研究院从事研究。", "zh")
        #expect(names(e, .organization).contains("海洋生物与海洋工程创新研究院"), "\(all(e))")
        #expect(!names(e, .organization).contains("海洋工程创新研究院"), "\(all(e))")
    }

    @Test func aTradeFairIsNoBody() {
        let e = extract("游客还参加了农产品投资洽谈会。", "zh")
        #expect(!names(e, .organization).contains("农产品投资洽谈会"), "\(all(e))")
    }

    @Test func aSitesNounAfterAPlaceOrReadAloneMakesASite() {
        let e = extract("这批青铜器出土于闻喜县酒务墓地。", "zh")
        #expect(names(e, .place).contains("酒务墓地"), "\(all(e))")
        let f = extract("省文物局表示，明年将推动阆中古城、剑门关等景区提档升级。", "zh")
        #expect(names(f, .place).contains("阆中古城"), "\(all(f))")
        #expect(!names(f, .place).contains("古城"), "\(all(f))")
        // A generic word before the noun names no site.
        let g = extract("专家在这处考古遗址发现了陶片。", "zh")
        #expect(!names(g, .place).contains("考古遗址"), "\(all(g))")
    }

    @Test func anUnknownPlaceBeforeABayTakesIt() {
        let e = extract("科考船将在罗斯海和普里兹湾开展海洋调查。", "zh")
        #expect(names(e, .place).contains("普里兹湾"), "\(all(e))")
        #expect(!names(e, .place).contains("普里兹"), "\(all(e))")
    }
}
