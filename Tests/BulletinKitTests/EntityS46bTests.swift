import Foundation
import Testing
@testable import BulletinKit

/// The general causes behind a blind set's Vietnamese, Russian and Chinese errors (NameFinder+S46b.swift). Texts written
/// here, with other names and other sentences than the blind set's; each rule has a must-find check and, where a wrong
/// reading is near, a must-not-find one.
@Suite struct EntityS46bTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Chinese

    @Test func aMountainsFlankIsOnePlace() {
        let e = extract("记者从甘肃了解到，祁连山北麓今年新建了三座光伏电站，当地牧民收入明显提高。", "zh")
        #expect(names(e, .place).contains("祁连山北麓"), "\(all(e))")
        #expect(!names(e, .place).contains("山西") && !names(e, .place).contains("山东"), "\(all(e))")
    }

    @Test func aNameBeforeALandformsNounIsAPlace() {
        let e = extract("考察队穿越了塔尔沙漠，随后在卡拉哈迪平原扎营，又沿着林波波河向东行进。", "zh")
        for name in ["塔尔沙漠", "卡拉哈迪平原", "林波波河"] { #expect(names(e, .place).contains(name), "\(name): \(all(e))") }
        // A common word before the noun is no name.
        let f = extract("专家说，土地沙漠化正在加剧，这片沙漠和附近的河流都需要治理。", "zh")
        #expect(!names(f, .place).contains(where: { $0.hasSuffix("沙漠") || $0.hasSuffix("沙漠化") }), "\(all(f))")
    }

    @Test func aTransliteratedNameAfterACountryIsAPlace() {
        let e = extract("救援物资已从肯尼亚蒙巴萨运出，该公司总部位于坦桑尼亚阿鲁沙，预计下周抵达。", "zh")
        #expect(names(e, .place).contains("蒙巴萨"), "\(all(e))")
        #expect(names(e, .place).contains("阿鲁沙"), "\(all(e))")
        // A country's government is no place.
        let f = extract("肯尼亚政府表示将提供援助。", "zh")
        #expect(!names(f, .place).contains("政府"), "\(all(f))")
    }

    @Test func transliteratedNamesListedAfterAPlaceAreTowns() {
        let e = extract("洪水已经波及北部省的卡索马、姆皮卡和奇伦加，数千人被迫转移。", "zh")
        for name in ["卡索马", "姆皮卡", "奇伦加"] { #expect(names(e, .place).contains(name), "\(name): \(all(e))") }
    }

    @Test func thisCountrysProvinceDropsTheCountryCharacter() {
        let e = extract("莫桑比克卫生部说，该国北方省近期出现霍乱病例。", "zh")
        #expect(!names(e, .place).contains("国北方省"), "\(all(e))")
    }

    // MARK: Russian

    @Test func aNameAfterALandformsNounIsAPlace() {
        let e = extract("Экспедиция прошла от хребта Уланбаян до гор Туркенгая, а затем работала в национальном парке \"Хурэн Тогоо\".", "ru")
        #expect(names(e, .place).contains("Уланбаян"), "\(all(e))")
        #expect(names(e, .place).contains("Туркенгая"), "\(all(e))")
        #expect(names(e, .place).contains("Хурэн Тогоо"), "\(all(e))")
        #expect(!names(e, .person).contains("Уланбаян") && !names(e, .organization).contains("Хурэн Тогоо"), "\(all(e))")
    }

    @Test func anInstitutionGoesOnToItsRepublicOrItsNamesake() {
        let e = extract("Спектакль показали на сцене Государственного академического Малого театра оперы и балета Республики Татарстан, а затем в Государственном театре драмы имени Кольцова.", "ru")
        #expect(names(e, .organization).contains("Государственного академического Малого театра оперы и балета Республики Татарстан"), "\(all(e))")
        #expect(names(e, .organization).contains("Государственном театре драмы имени Кольцова"), "\(all(e))")
        #expect(!names(e, .person).contains("Кольцова"), "\(all(e))")
        #expect(!names(e, .organization).contains("Малого театра"), "\(all(e))")
    }

    // MARK: Vietnamese

    @Test func aBodyGoesOnOverALowercaseSecondSyllable() {
        let e = extract("Lễ ký kết có sự tham dự của đại diện Tổng công ty Hàng hải Quốc tế Sông Hồng. Đại diện Tập đoàn Dệt may Quân đội cho biết sẽ mở rộng.", "vi")
        #expect(names(e, .organization).contains("Tổng công ty Hàng hải Quốc tế Sông Hồng"), "\(all(e))")
        #expect(names(e, .organization).contains("Tập đoàn Dệt may Quân đội"), "\(all(e))")
    }

    @Test func aNameAfterAFirmsClassNounIsABody() {
        let e = extract("Thị phần còn lại thuộc về tập đoàn Safaricom và nhà mạng nhà nước Telkom, trong khi quỹ ngoại Dragon Capital đã rót vốn. Các doanh nghiệp cùng ngành như Hải Vương và Phú Cường cũng tăng giá.", "vi")
        for name in ["Safaricom", "Telkom", "Dragon Capital", "Hải Vương", "Phú Cường"] { #expect(names(e, .organization).contains(name), "\(name): \(all(e))") }
        #expect(!names(e, .place).contains("Hải Vương"), "\(all(e))")
    }

    @Test func eastTimorInVietnameseAndRussianIsACountry() {
        let e = extract("Đoàn công tác đã thăm Đông Timor và Indonesia trong tuần qua.", "vi")
        #expect(e.countries.contains("TL"), "\(e.countries) \(all(e))")
        #expect(!names(e, .person).contains("Đông Timor"), "\(all(e))")
        let f = extract("Делегация посетила Восточный Тимор на прошлой неделе.", "ru")
        #expect(f.countries.contains("TL"), "\(f.countries) \(all(f))")
    }

    @Test func wordsInParenthesesAfterListedCountriesAreFirms() {
        let e = extract("Ngoài thị trường trong nước, tập đoàn còn kinh doanh tại Kenya (Zuku), Ghana (Vodafone) và Nigeria (Glo).", "vi")
        for name in ["Zuku", "Vodafone", "Glo"] { #expect(names(e, .organization).contains(name), "\(name): \(all(e))") }
        // A single country with a word in parentheses is no list.
        let f = extract("Đoàn đã đến Kenya (Đông Phi) vào tuần trước.", "vi")
        #expect(!names(f, .organization).contains("Đông Phi"), "\(all(f))")
    }

    @Test func anInstitutionNamedAfterAPersonIsOneBody() {
        let e = extract("Sinh viên Đại học Agostinho Neto đã tham gia dự án cùng các chuyên gia.", "vi")
        #expect(names(e, .organization).contains("Đại học Agostinho Neto"), "\(all(e))")
        #expect(!names(e, .person).contains("Agostinho Neto"), "\(all(e))")
    }

    @Test func aQuotedNameAfterABodysClassNounIsABody() {
        let e = extract("На гастролях выступила прима театра \"Тбилиси Балет\", а спонсором стала компания \"Ереван Моторс\".", "ru")
        #expect(names(e, .organization).contains("Тбилиси Балет"), "\(all(e))")
        #expect(names(e, .organization).contains("Ереван Моторс"), "\(all(e))")
    }

    @Test func rolesAndWorksTitlesAreNoBodies() {
        let e = extract("Премьера балета \"Жизель\" прошла в четверг. Партию Жизели исполнила Анна Смирнова, Альберта – Павел Орлов, Мирты – Ольга Белова, а в партии Ганса дебютировал Иван Котов.", "ru")
        #expect(!names(e, .organization).contains(where: { ["Жизель", "Альберта", "Мирты", "Ганса", "Партию Жизели"].contains($0) }), "\(all(e))")
        #expect(!names(e, .place).contains("Альберта") && !names(e, .place).contains("Мирты"), "\(all(e))")
        #expect(names(e, .person).contains("Павел Орлов"), "\(all(e))")
    }

    @Test func anAdjectiveReadAsASurnameBeforeAHeadNounIsThePlace() {
        let e = extract("Инспектор Бурабайского парка Ерлан Сапаров рассказал о новых маршрутах.", "ru")
        #expect(!names(e, .person).contains(where: { $0.contains("Бурабайского") }), "\(all(e))")
        #expect(names(e, .place).contains("Бурабайского парка"), "\(all(e))")
    }

    @Test func aBodyGoesOnToTheCountryBeforeItsAbbreviation() {
        let e = extract("Theo thông báo, Cơ quan quản lý hàng không Kenya (KCAA) đã cấp phép cho hãng.", "vi")
        #expect(names(e, .organization).contains("Cơ quan quản lý hàng không Kenya"), "\(all(e))")
        #expect(e.countries.contains("KE"), "\(e.countries) \(all(e))")
    }
}
