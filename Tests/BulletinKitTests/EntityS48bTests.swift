import Foundation
import Testing
@testable import BulletinKit

/// The general causes behind a blind set's Chinese errors (NameFinder+S48b.swift and the session-48 widening of S46b's
/// landform rule). Texts written here, with other names and other sentences than the blind set's; each rule has a
/// must-find check and, where a wrong reading is near, a must-not-find one.
@Suite struct EntityS48bTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    @Test func aTownAfterABannerIsAPlace() {
        let e = extract("新华社呼和浩特12月3日电 首批机组已在鄂尔多斯市乌审旗嘎鲁图镇并网发电。", "zh")
        #expect(names(e, .place).contains("嘎鲁图镇"), "\(all(e))")
        #expect(names(e, .place).contains("乌审旗"), "\(all(e))")
        #expect(!names(e, .place).contains("乌审旗嘎鲁图镇"), "\(all(e))")
    }

    @Test func bannersInAListArePlaces() {
        let e = extract("新华社呼和浩特12月3日电 内蒙古新建的光伏电站分别位于土默特左旗、杭锦后旗和达拉特旗，巴林右旗也有项目。", "zh")
        for name in ["土默特左旗", "杭锦后旗", "达拉特旗", "巴林右旗"] {
            #expect(names(e, .place).contains(name), "\(name): \(all(e))")
        }
        #expect(!names(e, .country).contains("巴林"), "\(all(e))")
        // A flag is no banner.
        let f = extract("新华社呼和浩特12月3日电 内蒙古各地升起国旗，广场上挂满彩旗和红旗，牧民向医生送上锦旗。", "zh")
        #expect(!names(f, .place).contains(where: { $0.hasSuffix("旗") }), "\(all(f))")
    }

    @Test func aPlaceTakesTheSaltWorksNounAfterIt() {
        let e = extract("新华社科伦坡11月2日电 工人们在卡拉巴盐场和莫拉图瓦盐场装运原盐。", "zh")
        #expect(names(e, .place).contains("卡拉巴盐场"), "\(all(e))")
        #expect(names(e, .place).contains("莫拉图瓦盐场"), "\(all(e))")
        #expect(!names(e, .place).contains("卡拉巴"), "\(all(e))")
        let f = extract("新华社科伦坡11月2日电 斯里兰卡北部库达维拉半岛的盐田也获丰收，西部马纳尔盐场同样增产。", "zh")
        #expect(names(f, .place).contains("库达维拉半岛"), "\(all(f))")
        #expect(!names(f, .place).contains(where: { $0.hasPrefix("北部") || $0.hasPrefix("西部") }), "\(all(f))")
    }

    @Test func aDesertsEdgeLeavesTheDesertAPlace() {
        let e = extract("新华社银川9月8日电 牧民在库布其沙漠边上种树，沙漠化得到遏制。", "zh")
        #expect(names(e, .place).contains("库布其沙漠"), "\(all(e))")
        #expect(!names(e, .place).contains(where: { $0.hasSuffix("沙漠化") }), "\(all(e))")
    }

    @Test func aVerbOrAConjunctionOpensNoName() {
        let e = extract("新华社利马10月5日电 专家认为方案可行。当地还将举办草原旅游发展论坛，吸引游客。", "zh")
        #expect(!names(e, .organization).contains(where: { $0.hasPrefix("举办") }), "\(all(e))")
    }

    // MARK: Russian

    @Test func quotedNamesAfterAVenuesNounArePlaces() {
        let e = extract("МИНСК, 3 марта (БЕЛТА) – Премьеры пройдут в кинотеатрах \"Звезда\", \"Родина\" и \"Октябрь\", а финал – на стадионе \"Динамо\", сообщили организаторы.", "ru")
        for name in ["Звезда", "Родина", "Октябрь", "Динамо"] {
            #expect(names(e, .place).contains(name), "\(name): \(all(e))")
        }
        #expect(!names(e, .organization).contains("Звезда"), "\(all(e))")
    }

    @Test func aTownAndItsRegionAreTwoPlaces() {
        let e = extract("ЕРЕВАН, 3 марта. /АРМЕНПРЕСС/. В горном городе Джермук Вайоцдзорской области открылась новая гостиница.", "ru")
        #expect(names(e, .place).contains("Джермук"), "\(all(e))")
        #expect(names(e, .place).contains("Вайоцдзорской области"), "\(all(e))")
        #expect(!names(e, .place).contains("Джермук Вайоцдзорской"), "\(all(e))")
    }

    @Test func aFilmsOrAProgrammesQuotedTitleIsNoName() {
        let e = extract("МИНСК, 3 марта (БЕЛТА) – Главный приз получила лента \"Тихая река\" режиссера Анны Орловой, а в программе \"Новые имена\" показали двенадцать фильмов.", "ru")
        #expect(!names(e, .place).contains("Тихая река") && !names(e, .organization).contains("Тихая река"), "\(all(e))")
        #expect(!names(e, .organization).contains(where: { $0.hasPrefix("Новые") }), "\(all(e))")
        #expect(names(e, .person).contains("Анна Орлова"), "\(all(e))")
    }

    // MARK: Vietnamese

    @Test func namesListedAfterVillagesArePlaces() {
        let e = extract("Gia Lai (TTXVN) - Lũ cuốn trôi cầu treo ở các làng Kon Rơ, Kon Hia và Vi Ô Lăk, ông Trần Văn Dũng cho biết.", "vi")
        #expect(names(e, .place).contains("Vi Ô Lăk"), "\(all(e))")
        #expect(!names(e, .person).contains("Vi Ô Lăk"), "\(all(e))")
        #expect(names(e, .person).contains("Trần Văn Dũng"), "\(all(e))")
    }

    // MARK: Countries

    @Test func frenchPolynesiaAndNewCaledoniaAreCountries() {
        let e = extract("Hà Nội (TTXVN) - Ngọc trai được xuất khẩu sang Polynésie thuộc Pháp và Nhật Bản.", "vi")
        #expect(names(e, .country).contains("Polynésie thuộc Pháp"), "\(all(e))")
        let f = extract("МОСКВА, 3 марта – Жемчуг экспортируют во Французскую Полинезию и Новую Каледонию.", "ru")
        #expect(names(f, .country).contains("Французскую Полинезию"), "\(all(f))")
        #expect(names(f, .country).contains("Новую Каледонию"), "\(all(f))")
        #expect(!names(f, .person).contains("Новую Каледонию"), "\(all(f))")
    }
}
