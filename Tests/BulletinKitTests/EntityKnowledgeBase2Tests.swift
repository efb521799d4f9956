import Foundation
import Testing
@testable import BulletinKit

/// The knowledge-base entries of session 22 (people and bodies of Belarus, Russia, China, Vietnam, Central Asia,
/// Mongolia, Laos, Cambodia, Cuba and the international bodies they sit in): each name, written in any of the
/// scripts the entry lists (Latin in English, French and Vietnamese, Cyrillic in its case forms, Arabic with its
/// clitics, Han), links to the entry's one canonical name. The must-not checks keep a surname or a short alias
/// from swallowing other people, other countries' bodies, places or common words. Articles written for these tests.
@Suite struct EntityKnowledgeBase2Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    /// The entity named `name` of type `type`, if the extraction has it.
    func entity(_ e: Extraction, _ name: String, _ type: EntityType = .person) -> ArticleEntity? {
        e.entities.first { $0.name == name && $0.type == type }
    }

    @Test func newEntriesAreLoaded() {
        let kb = KnowledgeBase.bundled.entities
        for name in ["Maxim Ryzhenkov", "Dmitry Peskov", "Wang Huning", "Trần Hồng Hà", "Olzhas Bektenov", "Hun Manet",
                     "Miguel Diaz-Canel", "Dilma Rousseff", "New Development Bank", "Mazhilis", "People's Liberation Army"] {
            #expect(kb.filter { $0.name == name }.count == 1, "\(name)")
        }
        // No alias of a new entry is also another entry's (the loader would give the span to the first).
        var owner: [String: String] = [:]
        var shared: [String] = []
        for e in kb where e.type != .place {
            for a in Set(([e.name] + e.aliases).map { $0.precomposedStringWithCanonicalMapping }) {
                if let o = owner[a], o != e.name { shared.append("\(a): \(o) / \(e.name)") } else { owner[a] = e.name }
            }
        }
        #expect(shared.isEmpty, "\(shared)")
    }

    // MARK: one person across scripts

    @Test func kremlinSpokesmanInSixLanguages() {
        let texts: [(String, String)] = [
            ("Kremlin spokesman Dmitry Peskov said on Monday that the talks would go on. Peskov gave no date.", "en"),
            ("Le porte-parole du Kremlin, Dmitri Peskov, a déclaré lundi que les discussions continueraient. Peskov n'a pas donné de date.", "fr"),
            ("Пресс-секретарь президента Дмитрий Песков заявил, что переговоры продолжатся. По словам Пескова, дата пока не определена.", "ru"),
            ("قال المتحدث باسم الكرملين ديمتري بيسكوف إن المحادثات ستستمر. وأضاف بيسكوف أن الموعد لم يحدد بعد.", "ar"),
            ("克里姆林宫发言人佩斯科夫周一表示，谈判将继续进行。", "zh"),
            ("Người phát ngôn Điện Kremlin Dmitry Peskov cho biết các cuộc đàm phán sẽ tiếp tục.", "vi"),
        ]
        for (body, language) in texts {
            let e = extract(body, language)
            let p = entity(e, "Dmitry Peskov")
            #expect(p != nil, "\(language): \(all(e))")
            // The surname alone joins the full name: one person, not two.
            #expect(e.entities.filter { $0.type == .person }.count == 1, "\(language): \(all(e))")
        }
        // Case forms and the Arabic conjunction are the same person.
        #expect(entity(extract("По словам Пескова, дата пока не определена. Пескову задали вопрос.", "ru"), "Dmitry Peskov")?.mentions == 2)
        #expect(entity(extract("وأضاف بيسكوف أن الموعد لم يحدد، وقال وبيسكوف لاحقا إن اللقاء مهم.", "ar"), "Dmitry Peskov")?.mentions == 2)
    }

    @Test func kazakhPrimeMinisterAcrossScripts() {
        let texts: [(String, String)] = [
            ("Kazakh Prime Minister Olzhas Bektenov met investors in Astana. Bektenov said the plan was ready.", "en"),
            ("Le Premier ministre kazakh Oljas Bektenov a reçu les investisseurs à Astana.", "fr"),
            ("Премьер-министр Казахстана Олжас Бектенов провел совещание. Бектенова поддержали депутаты Мажилиса.", "ru"),
            ("ووصل رئيس الوزراء الكازاخستاني أولجاس بيكتينوف إلى أبوظبي يوم الاثنين.", "ar"),
            ("Phó Thủ tướng Trần Hồng Hà đã tiếp Thủ tướng Kazakhstan Olzhas Bektenov tại Hà Nội.", "vi"),
        ]
        for (body, language) in texts {
            let e = extract(body, language)
            #expect(entity(e, "Olzhas Bektenov") != nil, "\(language): \(all(e))")
        }
        let ru = extract(texts[2].0, "ru")
        #expect(entity(ru, "Olzhas Bektenov")?.mentions == 2, "\(all(ru))")
        #expect(entity(ru, "Mazhilis", .organization) != nil, "\(all(ru))")
    }

    @Test func vietnameseLeadersAcrossScripts() {
        let texts: [(String, String)] = [
            ("Vietnamese Deputy Prime Minister Tran Hong Ha and Defence Minister Phan Van Giang received the delegation.", "en"),
            ("Phó Thủ tướng Trần Hồng Hà và Bộ trưởng Bộ Quốc phòng Phan Văn Giang đã tiếp đoàn.", "vi"),
            ("Вице-премьер Вьетнама Чан Хонг Ха и министр обороны Фан Ван Жанг приняли делегацию.", "ru"),
            ("越南政府副总理陈红河和国防部长潘文江会见了代表团。", "zh"),
        ]
        for (body, language) in texts {
            let e = extract(body, language)
            #expect(entity(e, "Trần Hồng Hà") != nil, "\(language): \(all(e))")
            #expect(entity(e, "Phan Văn Giang") != nil, "\(language): \(all(e))")
        }
        let vi = extract("Phó Thủ tướng Nguyễn Hòa Bình và Bộ trưởng Lương Tam Quang tiếp Tổng thư ký ASEAN Kao Kim Hourn.", "vi")
        for p in ["Nguyễn Hòa Bình", "Lương Tam Quang", "Kao Kim Hourn"] { #expect(entity(vi, p) != nil, "\(p): \(all(vi))") }
    }

    @Test func belarusianAndRussianOfficialsInRussianCases() {
        let e = extract("""
        Министр иностранных дел Белоруссии Максим Рыженков встретился в Минске с председателем Совета Республики \
        Натальей Кочановой. По словам Рыженкова, стороны обсудили подготовку Всебелорусского народного собрания. \
        Председатель Совета Федерации Валентина Матвиенко и спикер Госдумы Вячеслав Володин провели переговоры \
        с председателем Палаты представителей Игорем Сергеенко. Глава ЦБ Эльвира Набиуллина сообщила, что Банк России \
        сохранит ставку.
        """, "ru")
        for p in ["Maxim Ryzhenkov", "Natalya Kochanova", "Valentina Matviyenko", "Vyacheslav Volodin", "Igor Sergeyenko", "Elvira Nabiullina"] {
            #expect(entity(e, p) != nil, "\(p): \(all(e))")
        }
        #expect(entity(e, "Maxim Ryzhenkov")?.mentions == 2, "\(all(e))")
        for o in ["Council of the Republic", "All-Belarusian People's Assembly", "Bank of Russia"] {
            #expect(entity(e, o, .organization) != nil, "\(o): \(all(e))")
        }
    }

    @Test func mongolianAndCubanNamesInOtherCases() {
        let e = extract("""
        Президент Монголии Ухнаагийн Хурэлсух принял делегацию. Визит Ухнаагийна Хурэлсуха в Астану запланирован на весну. \
        Президент Кубы Мигель Диас-Канель прибыл в Москву. Встреча Диас-Канеля с Путиным прошла в Кремле.
        """, "ru")
        #expect(entity(e, "Ukhnaagiin Khurelsukh")?.mentions == 2, "\(all(e))")
        #expect(entity(e, "Miguel Diaz-Canel")?.mentions == 2, "\(all(e))")
    }

    @Test func chineseLeadersAndBodiesInHan() {
        let e = extract("""
        新华社北京12月1日电 国家主席习近平1日会见蒙古国总统呼日勒苏赫。中国人民政治协商会议主席王沪宁、蔡奇参加会见。\
        外交部发言人毛宁说，中国人民解放军将举行演习。副总理何立峰出席。中国人民银行宣布降准。新开发银行行长罗塞夫出席了仪式。
        """, "zh")
        for p in ["Ukhnaagiin Khurelsukh", "Wang Huning", "Cai Qi", "Mao Ning", "He Lifeng", "Dilma Rousseff"] {
            #expect(entity(e, p) != nil, "\(p): \(all(e))")
        }
        for o in ["Chinese People's Political Consultative Conference", "People's Liberation Army", "People's Bank of China", "New Development Bank"] {
            #expect(entity(e, o, .organization) != nil, "\(o): \(all(e))")
        }
    }

    // MARK: one organization across scripts

    @Test func newDevelopmentBankInSixLanguages() {
        let texts: [(String, String)] = [
            ("The New Development Bank approved a loan for the railway.", "en"),
            ("La Nouvelle Banque de développement a approuvé un prêt pour le chemin de fer.", "fr"),
            ("Совет директоров Нового банка развития одобрил кредит на строительство дороги.", "ru"),
            ("وافق بنك التنمية الجديد على قرض لبناء خط السكك الحديدية.", "ar"),
            ("新开发银行批准了一笔铁路贷款。", "zh"),
            ("Ngân hàng Phát triển Mới đã phê duyệt khoản vay cho dự án đường sắt.", "vi"),
        ]
        for (body, language) in texts {
            let e = extract(body, language)
            #expect(entity(e, "New Development Bank", .organization) != nil, "\(language): \(all(e))")
        }
    }

    @Test func parliamentsOfCentralAsiaAndMongolia() {
        let e = extract("Депутаты Мажилиса и Жогорку Кенеша встретились с депутатами Олий Мажлиса и Великого государственного хурала.", "ru")
        for o in ["Mazhilis", "Jogorku Kenesh", "Oliy Majlis", "State Great Khural"] {
            #expect(entity(e, o, .organization) != nil, "\(o): \(all(e))")
        }
        let en = extract("Mazhilis speaker Yerlan Koshanov said the Jogorku Kenesh would host the meeting.", "en")
        #expect(entity(en, "Mazhilis", .organization) != nil && entity(en, "Yerlan Koshanov") != nil, "\(all(en))")
    }

    // MARK: must not

    /// The opposition leader's entry lists her feminine forms, not a stem: her husband is another person.
    @Test func theOppositionLeadersHusbandIsAnotherPerson() {
        let e = extract("Светлана Тихановская выступила в Вильнюсе, а Сергей Тихановский дал интервью.", "ru")
        #expect(entity(e, "Sviatlana Tsikhanouskaya")?.mentions == 1, "\(all(e))")
        #expect(!(entity(e, "Sviatlana Tsikhanouskaya")?.aliases.contains { $0.contains("Тихановский") } ?? false), "\(all(e))")
    }

    /// "Банк России" is written in its case forms, not as a stem: banks in Russia and another country's central bank are not it.
    @Test func otherBanksAreNotTheBankOfRussia() {
        let e = extract("Банки России работают в обычном режиме. Центробанк Узбекистана снизил ставку.", "ru")
        #expect(entity(e, "Bank of Russia", .organization) == nil, "\(all(e))")
        let f = extract("Решение Банка России о ставке ждали аналитики.", "ru")
        #expect(entity(f, "Bank of Russia", .organization) != nil, "\(all(f))")
    }

    /// A Vietnamese person named like a province leaves the province alone.
    @Test func theProvinceIsNotThePersonNamedLikeIt() {
        let e = extract("Phó Thủ tướng Nguyễn Hòa Bình làm việc với lãnh đạo tỉnh Hòa Bình về dự án thủy điện.", "vi")
        #expect(entity(e, "Nguyễn Hòa Bình")?.mentions == 1, "\(all(e))")
        #expect(e.entities.contains { $0.type == .place && $0.name != "Nguyễn Hòa Bình" && ([$0.name] + $0.aliases).contains("Hòa Bình") }, "\(all(e))")
    }

    /// Surnames that are words ("rubio" blond in Spanish) or common Russian surnames are not aliases alone.
    @Test func commonWordsAndCommonSurnamesAreNoAliases() {
        let es = extract("El niño rubio jugaba en la plaza de Santiago mientras llovía.", "es")
        #expect(entity(es, "Marco Rubio") == nil, "\(all(es))")
        let ru = extract("Захарова и Белоусов, учителя из Твери, получили награды. Новак из Сербии выиграл турнир.", "ru")
        for p in ["Maria Zakharova", "Andrei Belousov", "Alexander Novak"] { #expect(entity(ru, p) == nil, "\(p): \(all(ru))") }
        // A Sino-Vietnamese reading that folds to a common word ("thai kỳ", pregnancy) is no alias.
        let vi = extract("Thai Kỳ Đầu là giai đoạn quan trọng, các bác sĩ ở Hà Nội khuyên phụ nữ nghỉ ngơi.", "vi")
        #expect(entity(vi, "Cai Qi") == nil, "\(all(vi))")
    }

    /// A transliterated surname is no alias inside a longer Han transliteration, and two characters of a
    /// leader's given name are none inside a common word.
    @Test func hanSurnamesInsideLongerNamesAndWords() {
        let e = extract("伊斯迈洛夫先生出席了会议。交通伦理问题受到关注。", "zh")
        #expect(entity(e, "Alikhan Smailov") == nil && entity(e, "Thongloun Sisoulith") == nil, "\(all(e))")
        // The bare surname links, and the dotted full name found by its title joins it.
        let f = extract("老挝国家主席通伦·西苏里会见了代表团。西苏里表示欢迎。", "zh")
        #expect(entity(f, "Thongloun Sisoulith")?.mentions == 2, "\(all(f))")
    }
}
