import Foundation
import Testing
@testable import BulletinKit

/// Discovery patterns found missing on scripts/entity-unseen/holdout8 (Russian, Chinese, Arabic and one
/// Ukrainian article, written and scored before any rule was changed for it). Every test uses other names
/// than those articles (its texts are written here), and every rule has a must-find and a must-not-find check.
@Suite struct EntityHoldout8Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Russian and Ukrainian

    @Test func shortCyrillicStemsTakeOnlyCaseEndings() {
        let body = """
        Переговоры с заместителем министра транспорта Казахстана Борисом Кравченко прошли в Вене. Делегация Венгрии \
        прибыла позже, а жители Красноярского края поддержали проект.
        """
        let e = extract(body, "ru")
        #expect(names(e, .person).contains { $0.hasPrefix("Борис") && $0.contains("Кравченко") }, "a surname after a country: \(all(e))")
        #expect(e.entities.contains { $0.type == .place && $0.aliases.contains("Вене") }, "Вене is Vienna: \(all(e))")
        #expect(e.countries.contains("HU") && e.countries.contains("KZ"), "\(e.countries)")
        #expect(!e.entities.contains { $0.type == .place && ($0.aliases.contains("Венгрии") || $0.name.contains("Кравченко")) },
                "Венгрии is no form of Вена, Кравченко none of край: \(all(e))")
    }

    @Test func ukrainianCountriesCoordinatorsAndDashes() {
        let body = """
        Віце-прем'єр Румунії Маріан Попеску та посол Словаччини Петер Ковач зустрілися з представниками України у Львові. \
        Потяги курсуватимуть між Ужгородом і Кошице, а вантажівки підуть через пункт пропуску Шегині — Медика. \
        Заступник міністра Олег Сидорук підтримав план. За словами Сидорука, роботи почнуться влітку.
        """
        let e = extract(body, "uk")
        for code in ["RO", "SK", "UA"] { #expect(e.countries.contains(code), "\(code) in \(e.countries)") }
        #expect(!e.countries.contains("RU"), "Румунії is not Росії: \(e.countries)")
        let people = names(e, .person), places = names(e, .place)
        #expect(people.contains("Маріан Попеску") && people.contains("Петер Ковач"), "\(all(e))")
        #expect(!people.contains { $0.hasPrefix("Румунії") || $0.hasPrefix("Словаччини") }, "\(all(e))")
        #expect(places.contains { $0.hasPrefix("Ужгород") } && places.contains("Кошице"), "between two names: \(all(e))")
        #expect(places.contains("Шегині") && places.contains("Медика"), "the two ends of a crossing: \(all(e))")
        #expect(!e.entities.contains { $0.type != .person && $0.name.hasPrefix("Сидорук") }, "the surname's genitive is the person: \(all(e))")
        #expect(!places.contains { $0.contains("Попеску") || $0.contains("Ковач") }, "\(all(e))")
    }

    @Test func russianPlaceContextsWithoutCapitalCues() {
        let body = """
        Поезд прибыл на станцию Тайшет, а нефть месторождения Кашаган идёт через пункт пропуска Достык. Уровень воды \
        в Чарвакском водохранилище снизился. Бои шли в районе Угледара. Грузы доставят из румынского Мангалии, а дорогу \
        проложат от Нарына до посёлка Ак-Муз. Рейсы свяжут Усть-Илимск с Братском: автобус пойдёт между Усть-Илимском и Братском.
        Директор станции Иван Петров сказал, что письмо от Петрова до сих пор не получено.
        """
        let e = extract(body, "ru")
        let places = names(e, .place), people = names(e, .person)
        for name in ["Тайшет", "Кашаган", "Достык"] { #expect(places.contains(name), "\(name) in \(all(e))") }
        #expect(places.contains { $0.hasPrefix("Чарвак") && $0.contains("водохранилищ") }, "\(all(e))")
        #expect(places.contains { $0.hasPrefix("Угледар") }, "after a district noun: \(all(e))")
        #expect(places.contains { $0.hasPrefix("Мангали") }, "after a country's adjective: \(all(e))")
        #expect(places.contains { $0.hasPrefix("Нарын") }, "from … to: \(all(e))")
        #expect(places.contains { $0.hasPrefix("Усть-Илимск") }, "a hyphenated name between two: \(all(e))")
        #expect(!e.entities.contains { $0.type == .organization && ($0.name.hasPrefix("Угледар") || $0.name.hasPrefix("Мангали")) }, "\(all(e))")
        #expect(people.contains("Иван Петров"), "\(all(e))")
        #expect(!places.contains { $0.hasPrefix("Иван") || $0.hasPrefix("Петров") }, "a person after a station noun or 'от': \(all(e))")
    }

    @Test func russianTownBeforeTitledNameAcronymsAndLocatives() {
        let body = """
        Мэр Усть-Каменогорска Жаслан Омаров открыл новый мост. Посол Жан-Поль Мартен прибыл позже. \
        Северный банк промышленных инвестиций выделит кредит. По данным СБПИ, компания откроет в Самаре \
        логистический центр. Счёт открыт в Национальном банке развития.
        """
        let e = extract(body, "ru")
        let places = names(e, .place), people = names(e, .person), orgs = names(e, .organization)
        #expect(places.contains { $0.hasPrefix("Усть-Каменогорск") }, "\(all(e))")
        #expect(people.contains("Жаслан Омаров"), "\(all(e))")
        #expect(!places.contains { $0.hasPrefix("Жан") }, "a hyphenated given name is no town: \(all(e))")
        #expect(e.entities.contains { $0.type == .organization && $0.aliases.contains("СБПИ") && $0.name.contains("банк") },
                "a Russian acronym from every word: \(all(e))")
        #expect(places.contains { $0.hasPrefix("Самар") }, "\(all(e))")
        #expect(!orgs.contains { $0.contains("логистический") }, "a common noun phrase after a town: \(all(e))")
        #expect(orgs.contains { $0.contains("Национальн") }, "an adjective opens an organization's name: \(all(e))")
    }

    // MARK: Chinese

    @Test func chineseStationsPortsStatesAndZones() {
        let body = """
        新华社仰光4月2日电 缅甸商务部副部长吴敏温貌2日在仰光表示，克耶邦和克钦邦的边贸持续增长，货物经新加坡港转运。\
        中方企业正在土瓦经济特区和迪拉瓦工业园建设厂房，火车将在萨林吉站停靠。他说，公司将在马格威新建仓库，并在马格威和卡莱设立网点。\
        联邦政府与邦交国家保持联系。车站站长表示，该经济特区的规划已经完成。外交部长吴建民表示支持。
        """
        let e = extract(body, "zh")
        let places = names(e, .place), people = names(e, .person)
        for name in ["克耶邦", "克钦邦", "新加坡港", "土瓦经济特区", "迪拉瓦工业园", "萨林吉站", "马格威", "卡莱"] {
            #expect(places.contains(name), "\(name) in \(all(e))")
        }
        #expect(e.countries.contains("SG"), "the port's country still counts: \(e.countries)")
        #expect(people.contains("吴敏温貌"), "a Myanmar name of four characters: \(all(e))")
        #expect(people.contains("吴建民") && !people.contains { $0.hasPrefix("吴建民表") }, "\(all(e))")
        #expect(!places.contains { $0.hasSuffix("联邦") || $0.hasPrefix("邦交") || $0.contains("站长") || $0 == "该经济特区" || $0 == "经济特区" }, "\(all(e))")
    }

    @Test func chineseDottedNamesDashedCompaniesAndLegalTails() {
        let body = """
        哈萨克斯坦—中国管道有限责任公司总经理艾哈迈德·阿里·萨利赫说，管道运行平稳。紫金矿业集团股份有限公司与当地政府签署协议，\
        紫金矿业集团表示将扩大投资。中国外交部和俄罗斯外交部发表声明。
        """
        let e = extract(body, "zh")
        let people = names(e, .person), orgs = names(e, .organization)
        #expect(people.contains("艾哈迈德·阿里·萨利赫"), "three parts: \(all(e))")
        #expect(!e.entities.contains { $0.type == .person && ($0.name == "萨利赫" || $0.name == "艾哈迈德·阿里") }, "one person: \(all(e))")
        #expect(orgs.contains("哈萨克斯坦—中国管道有限责任公司"), "over the dash: \(all(e))")
        #expect(e.entities.contains { $0.type == .organization && $0.aliases.contains("紫金矿业集团") && $0.aliases.contains { $0.hasSuffix("有限公司") } },
                "one company with and without its legal tail: \(all(e))")
        #expect(!orgs.contains { $0.contains("外交部和") }, "\(all(e))")
    }

    // MARK: Arabic

    @Test func arabicTownsWithoutHeadNounsAndPlacesInLists() {
        let body = """
        عقد المؤتمر في نواذيبو يوم الثلاثاء، ثم انتقل الوفد إلى مكناس. وتمر القوافل عبر بغداد والكوت والبصرة. \
        وفي حين أن الحكومة تعمل في ظل الظروف الصعبة، فإن المشروع بدأ في مايو. وتسعى الوزارة إلى تطوير الطرق في بغداد والحكومة تدعمها.
        """
        let e = extract(body, "ar")
        let places = names(e, .place)
        for name in ["نواذيبو", "مكناس", "الكوت"] { #expect(places.contains(name), "\(name) in \(all(e))") }
        #expect(!places.contains { ["حين", "ظل", "مايو", "تطوير", "الحكومة", "والحكومة"].contains($0) }, "\(all(e))")
    }

    @Test func arabicGovernorsCompoundNamesAndArticleGivenNames() {
        let body = """
        وقال محافظ ديالى أحمد عبد الرزاق الكرخي إن العمل بدأ. وأعلن رئيس مجلس إدارة الهيئة الوطنية للطرق يوسف الصادق المرزوقي، \
        أن الطريق سيفتتح قريبا. وقال رئيس مجلس إدارة الشركة ناصر محمد الحربي إن الأرباح ارتفعت. وقال محافظ أحمد علي الحسن إن الوضع مستقر.
        """
        let e = extract(body, "ar")
        let places = names(e, .place), people = names(e, .person)
        #expect(places.contains("ديالى"), "the governor's province: \(all(e))")
        #expect(people.contains("أحمد عبد الرزاق الكرخي"), "\(all(e))")
        #expect(people.contains("يوسف الصادق المرزوقي"), "a second given name with the article: \(all(e))")
        #expect(people.contains("ناصر محمد الحربي"), "after a construct chain in the title: \(all(e))")
        #expect(!places.contains("أحمد"), "a given name is no province: \(all(e))")
        #expect(!names(e, .organization).contains { $0.hasPrefix("الشركة ناصر") }, "no company name after a definite head: \(all(e))")
    }

    @Test func arabicRoyalPlacesAndFutureVerbs() {
        let body = """
        وصل الوفد إلى مطار الملك عبدالعزيز، ثم عبر جسر الملك فيصل. والتقى الوفد الملك عبدالله الثاني. \
        وقال المسؤول إن ميناء ينبع سيستقبل السفن الكبيرة.
        """
        let e = extract(body, "ar")
        let places = names(e, .place)
        #expect(places.contains("مطار الملك عبدالعزيز") && places.contains("جسر الملك فيصل"), "\(all(e))")
        #expect(places.contains("ميناء ينبع"), "\(all(e))")
        #expect(!places.contains { $0.contains("سيستقبل") || $0.hasPrefix("الملك") }, "\(all(e))")
    }

    // MARK: Known misses of holdout6 (session 5), with other names

    @Test func chineseSurnameAfterAMiddleDot() {
        let body = "老挝财政部部长本通·冯坎18日在万象表示，本通·冯坎说财政收入增长。代表们出席了北京·上海双城论坛。"
        let e = extract(body, "zh")
        let people = names(e, .person)
        #expect(people.contains("本通·冯坎"), "a surname opening with 冯 after the dot: \(all(e))")
        #expect(!e.entities.contains { $0.type == .person && $0.name == "本通" }, "\(all(e))")
        #expect(!people.contains { $0.contains("上海") }, "\(all(e))")
    }

    @Test func arabicArticleGivenNamesBeforeBinAndTownsNearPrepositions() {
        let body = """
        وأكد المدير العام للهيئة الصادق بن يوسف الجلاصي أن العمل مستمر. وتوقفت القافلة قرب شندي، ثم عادت قرب نهاية العام. \
        وقال الوزير بن سالم الجديد إن الخطة جاهزة.
        """
        let e = extract(body, "ar")
        let people = names(e, .person), places = names(e, .place)
        #expect(people.contains("الصادق بن يوسف الجلاصي"), "\(all(e))")
        #expect(!names(e, .organization).contains { $0.contains("الصادق") }, "\(all(e))")
        #expect(places.contains("شندي"), "\(all(e))")
        #expect(!places.contains { $0.contains("نهاية") }, "\(all(e))")
        #expect(!people.contains { $0.hasPrefix("الوزير") }, "a title is no given name: \(all(e))")
    }

    @Test func russianQuotedCompanyInObliqueCases() {
        let body = "Контракт выиграла компания «Стройтехника». Представитель «Стройтехники» подтвердил сделку. Компании «Вега» и «Веста» проиграли."
        let e = extract(body, "ru")
        #expect(e.entities.contains { $0.type == .organization && $0.aliases.contains("Стройтехника") && $0.aliases.contains("Стройтехники") },
                "one company in two cases: \(all(e))")
        let orgs = e.entities.filter { $0.type == .organization }
        #expect(orgs.contains { $0.aliases.contains("Вега") } && orgs.contains { $0.aliases.contains("Веста") }
                && !orgs.contains { $0.aliases.contains("Вега") && $0.aliases.contains("Веста") }, "two companies stay two: \(all(e))")
    }

    @Test func russianSentenceOpeningIsNoOrganization() {
        let body = """
        Следующее заседание межправительственной комиссии пройдёт в Астане. Первое заседание Совета министров обороны \
        состоялось вчера. Центральная избирательная комиссия объявила итоги.
        """
        let e = extract(body, "ru")
        let orgs = names(e, .organization)
        #expect(!orgs.contains { $0.hasPrefix("Следующее") || $0.hasPrefix("Первое") }, "\(all(e))")
        #expect(orgs.contains { $0.hasPrefix("Совет") && $0.contains("министров") }, "the name after the sentence's words: \(all(e))")
        #expect(orgs.contains { $0.hasPrefix("Центральн") && $0.contains("комисси") }, "adjectives open a name: \(all(e))")
    }
}
