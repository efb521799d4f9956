import Foundation
import Testing
@testable import BulletinKit

/// The general causes behind a blind set's Vietnamese, Russian and Chinese errors (NameFinder+S44b.swift). Texts written
/// here, with other names and other sentences than the blind set's; each rule has a must-find check and, where a wrong
/// reading is near, a must-not-find one.
@Suite struct EntityS44bTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Russian and Vietnamese

    @Test func aRomanNumeralAloneIsNoName() {
        let e = extract("Собор был построен в XVII веке, а в XIX веке его перестроили по проекту архитектора Ивана Петрова.", "ru")
        #expect(!all(e).contains { $0.hasSuffix(":XVII") || $0.hasSuffix(":XIX") }, "\(all(e))")
        #expect(names(e, .person).contains("Ивана Петрова"), "\(all(e))")
        let f = extract("Ngôi chùa được xây dựng từ thế kỷ XVII và trùng tu vào thế kỷ XIX theo thiết kế của ông Trần Văn Khải.", "vi")
        #expect(!all(f).contains { $0.hasSuffix(":XVII") || $0.hasSuffix(":XIX") }, "\(all(f))")
    }

    // MARK: Russian

    @Test func aQuotedNameAfterAResortStationOrPostIsAPlace() {
        let e = extract("Туристы отдыхают на курорте \"Ак-Булак\" и в урочище Тургень, а поезда останавливаются на станции метро \"Жибек жолы\". Грузовики проверяют на таможенном посту \"Верхний Ларс\".", "ru")
        for name in ["Ак-Булак", "Тургень", "Жибек жолы", "Верхний Ларс"] {
            #expect(names(e, .place).contains(name), "\(name): \(all(e))")
            #expect(!names(e, .organization).contains(name), "\(name): \(all(e))")
        }
        #expect(!names(e, .person).contains("Жибек"), "\(all(e))")
        // A company in quotes after its legal form stays a body.
        let f = extract("Подрядчиком выступит ТОО \"Жетысу Курылыс\", сообщили в акимате.", "ru")
        #expect(!names(f, .place).contains("Жетысу Курылыс"), "\(all(f))")
    }

    @Test func anAvenueNamedAfterAPersonIsAPlace() {
        let e = extract("Завершена реконструкция проспекта Сейфуллина и бульвара Гоголя, сообщили в акимате.", "ru")
        #expect(names(e, .place).contains("проспекта Сейфуллина"), "\(all(e))")
        #expect(names(e, .place).contains("бульвара Гоголя"), "\(all(e))")
        #expect(!names(e, .organization).contains("Гоголя") && !names(e, .person).contains("Гоголя"), "\(all(e))")
    }

    @Test func adjectivesUpToAnInstitutionsNounAreABodyNotAPlace() {
        let e = extract("Директор Могилевского областного художественного музея Анна Смирнова открыла выставку.", "ru")
        #expect(names(e, .organization).contains("Могилевского областного художественного музея"), "\(all(e))")
        #expect(!names(e, .place).contains("Могилевского областного художественного музея"), "\(all(e))")
        #expect(names(e, .person).contains("Анна Смирнова"), "\(all(e))")
    }

    @Test func aCitysCouncilOrAdministrationAndTheCityAreABody() {
        let e = extract("Депутаты маслихата Шымкента утвердили бюджет, а акимат Шымкента поддержал решение. Жители Шымкента довольны.", "ru")
        #expect(names(e, .organization).contains("маслихата Шымкента"), "\(all(e))")
        #expect(names(e, .organization).contains("акимат Шымкента"), "\(all(e))")
        #expect(names(e, .place).contains("Шымкента"), "\(all(e))")
    }

    @Test func theNamesAfterARiversNounArePlaces() {
        let e = extract("Работы ведутся в бассейнах рек Малая Бухтарма и Большая Бухтарма, сообщили в министерстве.", "ru")
        #expect(names(e, .place).contains("Малая Бухтарма"), "\(all(e))")
        #expect(names(e, .place).contains("Большая Бухтарма"), "\(all(e))")
        #expect(!names(e, .person).contains { $0.contains("Бухтарма") }, "\(all(e))")
    }

    @Test func aClientsNameBeforeALawyersNameIsNoPartOfIt() {
        let e = extract("Бывший начальник Арам Петросян получил пять лет. Адвокат Петросяна Карине Мовсесян обжалует приговор.", "ru")
        #expect(names(e, .person).contains("Карине Мовсесян"), "\(all(e))")
        #expect(!names(e, .person).contains("Петросяна Карине Мовсесян"), "\(all(e))")
        #expect(names(e, .person).contains("Арам Петросян"), "\(all(e))")
    }

    @Test func anAgencysBranchInItsCreditIsOneBody() {
        let e = extract("МИНСК, 5 мая. /Интерфакс-Запад/ – Правительство утвердило программу развития дорог.", "ru")
        #expect(names(e, .organization).contains("Интерфакс-Запад"), "\(all(e))")
        #expect(!names(e, .organization).contains("Interfax"), "\(all(e))")
    }

    // MARK: Vietnamese

    @Test func aNameWithTruongAfterAFamilyNameIsAPerson() {
        let e = extract("Đại kiện tướng Đỗ Minh Trường Giang, hạt giống số 3 của giải, chỉ xếp thứ 5.", "vi")
        #expect(names(e, .person).contains("Đỗ Minh Trường Giang"), "\(all(e))")
        #expect(!names(e, .organization).contains("Đỗ Minh Trường Giang"), "\(all(e))")
        // A body read from "Trường" right after a family name is the person's given name; a school stays a body.
        let f = extract("Kỳ thủ Phạm Trường An xếp thứ ba. Học sinh Trường Tiểu học Nguyễn Trường Tộ đến cổ vũ.", "vi")
        #expect(names(f, .person).contains("Phạm Trường An"), "\(all(f))")
        #expect(!names(f, .organization).contains { $0.hasPrefix("Trường An") }, "\(all(f))")
        #expect(names(f, .organization).contains("Trường Tiểu học Nguyễn Trường Tộ"), "\(all(f))")
    }

    // MARK: Chinese

    @Test func aLatinNameInParenthesesAfterAHanNameIsItsAlias() {
        let e = extract("卫生部长彼得·马兰（Peter Malan）在仪式上讲话，感谢援建单位。", "zh")
        let people = e.entities.filter { $0.type == .person }
        #expect(people.contains { ([$0.name] + $0.aliases).contains("彼得·马兰") && ([$0.name] + $0.aliases).contains("Peter Malan") }, "\(all(e))")
        #expect(people.count == 1, "\(all(e))")
    }

    @Test func aVerbOpeningAClauseIsNoPartOfAName() {
        let e = extract("随着撒马尔罕国际机场新航站楼启用，游客明显增加。", "zh")
        #expect(names(e, .place).contains("撒马尔罕国际机场"), "\(all(e))")
        #expect(!names(e, .place).contains { $0.hasPrefix("随着") }, "\(all(e))")
    }

    @Test func aDottedNameBeforeAMonumentsNounIsThatPlace() {
        let e = extract("修复工作包括阿卜杜勒·阿齐兹汗经学院和卡里姆·努尔丁清真寺的外墙，以及塔希尔·贾拉勒宣礼塔。", "zh")
        for name in ["阿卜杜勒·阿齐兹汗经学院", "卡里姆·努尔丁清真寺", "塔希尔·贾拉勒宣礼塔"] { #expect(names(e, .place).contains(name), "\(name): \(all(e))") }
        #expect(!names(e, .person).contains("阿卜杜勒·阿齐兹"), "\(all(e))")
        #expect(!names(e, .person).contains("卡里姆·努尔丁"), "\(all(e))")
    }

    @Test func aNameAfterAnArtsOccupationInAListIsAPerson() {
        let e = extract("评委会成员包括日本导演北村良和、韩国演员金素妍以及中国编剧周明远。", "zh")
        for name in ["北村良和", "金素妍", "周明远"] { #expect(names(e, .person).contains(name), "\(name): \(all(e))") }
        // A body named after the occupation is no person.
        let f = extract("中国作家协会、中国电影家协会共同主办了这次活动。该片由哈萨克斯坦导演执导、两国演员出演。", "zh")
        #expect(!names(f, .person).contains("协会"), "\(all(f))")
        #expect(!names(f, .person).contains("执导"), "\(all(f))")
    }
}
