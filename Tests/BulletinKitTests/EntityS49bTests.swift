import Foundation
import Testing
@testable import BulletinKit

/// The general causes behind a blind set's errors in Vietnamese, Russian and Chinese (NameFinder+S49b.swift). Texts
/// written here, with other names and other sentences than the blind set's; each rule has a must-find check and a
/// must-not-find one.
@Suite struct EntityS49bTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Chinese

    @Test func aRoadsNameLosesTheVerbsBeforeIt() {
        let e = extract("交通部副部长表示，政府将研究延伸高速公路至边境口岸的方案。一名司机说，自从高速公路开通，运输时间缩短了一半。", "zh")
        #expect(!names(e, .place).contains { $0.hasSuffix("高速公路") && ($0.hasPrefix("研究") || $0.hasPrefix("自从")) }, "\(all(e))")
    }

    @Test func aRoadNamedByItsEndsTakesTheFirstEnd() {
        let e = extract("柬埔寨金边至西哈努克港高速公路通车一年来，车流量稳步增长。", "zh")
        #expect(names(e, .place).contains("金边至西哈努克港高速公路"), "\(all(e))")
        #expect(!names(e, .place).contains("西哈努克港高速公路"), "\(all(e))")
    }

    @Test func twoCountriesFormsBeforeARailwayAreOnePlace() {
        let e = extract("据介绍，新建线路将与中泰铁路相连，货物可直达曼谷。", "zh")
        #expect(names(e, .place).contains("中泰铁路"), "\(all(e))")
        let f = extract("该市新老铁路职工共同参加了纪念活动。", "zh")
        #expect(!names(f, .place).contains("新老铁路"), "\(all(f))")
    }

    @Test func transliteratedItemsOfAListBeforeTownsArePlaces() {
        let e = extract("卫生部门说，巴兰基利亚、圣玛尔塔和卡塔赫纳是受灾最严重的城市。", "zh")
        #expect(names(e, .place).contains("圣玛尔塔"), "\(all(e))")
        #expect(names(e, .place).contains("卡塔赫纳"), "\(all(e))")
        let f = extract("记者看到，约翰、彼得和玛丽亚正在讨论比赛结果。", "zh")
        #expect(!names(f, .place).contains("彼得"), "\(all(f))")
    }

    @Test func aTransliteratedNameBeforeACommunityOrAnOldCityIsAPlace() {
        let e = extract("考古队将在塔什干附近的阿克泰帕古城展开发掘，并走访圣米格尔社区。", "zh")
        #expect(names(e, .place).contains("阿克泰帕古城"), "\(all(e))")
        #expect(names(e, .place).contains("圣米格尔社区"), "\(all(e))")
    }

    @Test func aBodyReadFromAPronounIsTheBodyAfterTheJoin() {
        let e = extract("罗莎说，她希望政府与加勒比开发银行加强合作。", "zh")
        #expect(names(e, .organization).contains("加勒比开发银行"), "\(all(e))")
        #expect(!names(e, .organization).contains { $0.hasPrefix("她") }, "\(all(e))")
    }

    @Test func aTownAfterAProvinceInAListsSecondItem() {
        let e = extract("这些茶叶来自福建安溪和云南勐海，销往海外多个国家。", "zh")
        #expect(names(e, .place).contains("勐海"), "\(all(e))")
        let f = extract("代表团访问了福建和云南大学，受到热情接待。", "zh")
        #expect(!names(f, .place).contains("大学"), "\(all(f))")
    }

    @Test func aBodysCommonNounAloneIsNoName() {
        let e = extract("馆长表示，这座博物馆将成为两国交流的窗口。", "zh")
        #expect(!names(e, .organization).contains("博物馆"), "\(all(e))")
    }

    @Test func aRoadsShortFormNamedByItsEndsFirstCharacters() {
        let e = extract("金边至巴域高速公路今日通车。金巴高速公路全长约一百六十公里。", "zh")
        #expect(names(e, .place).contains("金边至巴域高速公路"), "\(all(e))")
        #expect(!names(e, .place).contains("金巴高速公路"), "\(all(e))")
    }

    @Test func aNameAfterAnOccupationBeforeSpeech() {
        let e = extract("比赛在草原上举行。牧民巴特尔骑着一匹白马夺得冠军。研究所所长其木格表示，今年参赛人数创新高。", "zh")
        #expect(names(e, .person).contains("巴特尔"), "\(all(e))")
        let f = extract("公司负责人回应称，工程将在年底完工。一名牧民女孩在河谷放羊。", "zh")
        #expect(!names(f, .person).contains("回应") && !names(f, .person).contains("女孩"), "\(all(f))")
    }

    @Test func aListsItemAfterARegionsNoun() {
        let e = extract("医疗队将前往阿拉伊地区和加勒比海沿岸的村庄开展义诊。", "zh")
        #expect(names(e, .place).contains("加勒比海"), "\(all(e))")
    }

    // MARK: Vietnamese

    @Test func aTitleMadeOfABodysNounIsNoPartOfTheBody() {
        let e = extract("Ông Lê Văn Phúc, Phó Cục trưởng Cục Thủy sản tỉnh Kiên Giang, cho biết đã tăng cường tuần tra.", "vi")
        #expect(names(e, .organization).contains("Cục Thủy sản tỉnh Kiên Giang"), "\(all(e))")
        #expect(!names(e, .organization).contains { $0.hasPrefix("Cục trưởng") }, "\(all(e))")
    }

    @Test func aParksNounAfterATitleIsNoPerson() {
        let e = extract("Theo bà Hoàng Thị Lan, Giám đốc Vườn quốc gia Bạch Mã, lượng khách tăng mạnh.", "vi")
        #expect(!names(e, .person).contains("Vườn"), "\(all(e))")
        #expect(names(e, .person).contains("Hoàng Thị Lan"), "\(all(e))")
    }

    @Test func aSmallUnitsNameEndingInANumber() {
        let e = extract("Người dân ở ấp Xẻo Lá 3 đã được sơ tán khỏi khu vực nguy hiểm.", "vi")
        #expect(names(e, .place).contains("Xẻo Lá 3"), "\(all(e))")
        #expect(!names(e, .place).contains("Xẻo Lá"), "\(all(e))")
    }

    @Test func aNameAfterALandformsNounIsAPlace() {
        let e = extract("Đoàn khảo sát đã đi qua dãy Hoàng Liên Sơn và cao nguyên Mộc Châu trong ba ngày.", "vi")
        #expect(names(e, .place).contains("Mộc Châu"), "\(all(e))")
        #expect(!names(e, .organization).contains("Hoàng Liên Sơn"), "\(all(e))")
    }

    @Test func aBodysLowercaseWordsBeforeItsParentInBrackets() {
        let e = extract("Theo Cục Quản lý thị trường (Bộ Công Thương), số vụ vi phạm đã giảm mạnh trong năm nay.", "vi")
        #expect(names(e, .organization).contains("Cục Quản lý thị trường"), "\(all(e))")
        #expect(names(e, .organization).contains("Bộ Công Thương"), "\(all(e))")
        let f = extract("Công ty Hòa Phát cho biết (theo báo cáo quý) lợi nhuận đã tăng.", "vi")
        #expect(!names(f, .organization).contains { $0.hasSuffix("cho biết") }, "\(all(f))")
    }

    @Test func aForeignNameAfterAnHonorificIsAPerson() {
        let e = extract("Ông Bounmy Sihalath, Trưởng bản Nà Then, cho biết người dân đã thu hoạch xong.", "vi")
        #expect(names(e, .person).contains("Bounmy Sihalath"), "\(all(e))")
        let f = extract("Du khách đến khu du lịch Bà Nà Hills, Đà Nẵng rất đông.", "vi")
        #expect(!names(f, .person).contains("Nà Hills"), "\(all(f))")
    }

    @Test func aCitysPrefixBeforeAKnownCity() {
        let e = extract("Tuyến đường đi qua các tỉnh Hải Dương, Quảng Ninh và TP Hà Nội. Hà Nội sẽ khởi công trước.", "vi")
        #expect(!names(e, .place).contains("TP Hà Nội"), "\(all(e))")
    }

    @Test func aSitesNameInBracketsOpeningTheTextIsTheSource() {
        let e = extract("Tiêu đề\n\n(Baochinhphu.vn) - Sáng 5/12, tại Hà Nội, Bộ Y tế tổ chức hội nghị.", "vi")
        #expect(names(e, .organization).contains("Baochinhphu.vn"), "\(all(e))")
        let f = extract("Tiêu đề\n\nSáng 5/12, tại Hà Nội (Việt Nam) - hội nghị đã khai mạc.", "vi")
        #expect(!names(f, .organization).contains("Việt Nam"), "\(all(f))")
    }

    // MARK: Russian

    @Test func aQuotedNameAfterALegalFormIsTheBody() {
        let e = extract("Соглашение подписали ГУП \"Тоджик лизинг\" и банк. Позже в \"Тоджик лизинг\" сообщили о новых поставках.", "ru")
        #expect(names(e, .organization).contains("Тоджик лизинг"), "\(all(e))")
        #expect(!names(e, .organization).contains("ГУП"), "\(all(e))")
    }

    @Test func aRoutesHyphenatedEndIsWhole() {
        let e = extract("Электроэнергия пойдет по линии Душанбе – Мазари-Шариф и далее на юг.", "ru")
        #expect(!names(e, .place).contains("Мазари"), "\(all(e))")
    }

    @Test func anArenaGluedToATownIsAVenue() {
        let e = extract("Матчи пройдут на \"Гомель-Арене\" с 5 по 9 марта.", "ru")
        #expect(names(e, .place).contains("Гомель-Арене") || names(e, .place).contains("Гомель-Арена"), "\(all(e))")
        #expect(!names(e, .organization).contains("Арене"), "\(all(e))")
    }

    @Test func aPersonAfterABodyNamedAfterSomeone() {
        let g = extract("Декан консерватории имени Петра Чайковского Игорь Волков отметил успехи студентов.", "ru")
        #expect(names(g, .person).contains("Игорь Волков"), "\(all(g))")
        #expect(!names(g, .organization).contains { $0.hasSuffix("Игорь Волков") }, "\(all(g))")
        let f = extract("Оркестр театра имени Александра Сергеевича Пушкина выступил в Минске.", "ru")
        #expect(!names(f, .person).contains("Сергеевича Пушкина"), "\(all(f))")
    }

    @Test func aBodysNameEndsInANounNotAnAdjective() {
        let e = extract("Проект поддержали Национальный фонд культурного наследия и городская дума.", "ru")
        #expect(names(e, .organization).contains("Национальный фонд культурного наследия"), "\(all(e))")
        #expect(!names(e, .organization).contains("Национальный фонд культурного"), "\(all(e))")
    }

    @Test func aQuotedGuessIsNoPerson() {
        let e = extract("Билеты продаются в кассах \"Karšu Biļetes\" и на сайте.", "ru")
        #expect(!names(e, .person).contains("Karšu Biļetes"), "\(all(e))")
        let f = extract("Фестиваль \"Рижская осень\" пройдет в ноябре.", "ru")
        #expect(!names(f, .person).contains("Рижская"), "\(all(f))")
    }

    @Test func anAdjectiveBodyOfACountry() {
        let e = extract("Договор подписан с Государственными железными дорогами Казахстана в понедельник.", "ru")
        #expect(names(e, .organization).contains { $0.hasPrefix("Государственными железными дорогами") }, "\(all(e))")
        #expect(!names(e, .organization).contains("Государственными"), "\(all(e))")
    }

    @Test func aQuotedNameAfterAStudiosNounIsABody() {
        let e = extract("Фильм сняла киностудия \"Казахфильм\" совместно с партнерами.", "ru")
        #expect(names(e, .organization).contains("Казахфильм"), "\(all(e))")
        #expect(!names(e, .organization).contains { $0.hasPrefix("киностудия") }, "\(all(e))")
        let f = extract("Директор студии сказал, что \"Мосфильм\" и другие участвуют.", "ru")
        #expect(!names(f, .organization).contains { $0.hasPrefix("студи") }, "\(all(f))")
    }

    @Test func anAdjectiveBeforeAnOperaOrABandIsABody() {
        let e = extract("Концерт дадут Эстонская национальная опера и Таллинский биг-бэнд под руководством дирижера.", "ru")
        #expect(names(e, .organization).contains("Эстонская национальная опера"), "\(all(e))")
        #expect(names(e, .organization).contains("Таллинский биг-бэнд"), "\(all(e))")
        #expect(!names(e, .person).contains("Таллинский"), "\(all(e))")
        let f = extract("Специальная операция завершилась в понедельник.", "ru")
        #expect(!names(f, .organization).contains { $0.hasPrefix("Специальная") }, "\(all(f))")
    }

    @Test func aCodeAfterARoutesNounIsAPlace() {
        let e = extract("Строительство линии TUTAP-500 начнется весной. Проект TUTAP-500 финансирует банк.", "ru")
        #expect(names(e, .place).contains("TUTAP-500"), "\(all(e))")
        #expect(!names(e, .organization).contains("TUTAP"), "\(all(e))")
        let f = extract("Модель МС-21 прошла испытания.", "ru")
        #expect(!names(f, .place).contains("МС-21"), "\(all(f))")
    }
}
