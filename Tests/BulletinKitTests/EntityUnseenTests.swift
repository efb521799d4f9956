import Foundation
import Testing
@testable import BulletinKit

/// Discovery on wire-news articles written for these tests (none of them is a seed, and most
/// of their names are in no knowledge base): Russian case forms and institutions, Vietnamese
/// multi-syllable institutions and titled names, Chinese organizations by suffix, Arabic
/// names without a title before them, French and English boundaries, and cross-article links.
@Suite struct EntityUnseenTests {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    func extract(_ body: String, _ language: String) -> Extraction {
        extractor.extract(title: "", body: body, language: language)
    }

    /// Names and aliases of the entities of one type.
    func names(_ e: Extraction, _ type: EntityType) -> Set<String> {
        Set(e.entities.filter { $0.type == type }.flatMap { [$0.name] + $0.aliases })
    }

    func entity(_ e: Extraction, _ name: String) -> ArticleEntity? {
        e.entities.first { $0.name == name }
    }

    // MARK: Russian

    static let russianRegions = """
    В Минске прошло заседание межправительственной комиссии. Аким Карагандинской области Ермаганбет Булекбаев \
    принял участие в работе форума по видеосвязи из Астаны.

    По итогам встречи Министерство иностранных дел Беларуси и Агентство по инвестициям Узбекистана подписали \
    меморандум. Документ был одобрен Государственной думой. Следующее заседание пройдёт в Самарканде.
    """

    @Test func russianRegionHeadIsSplitFromTheRegionAndCasesAreLemmatized() {
        let e = extract(Self.russianRegions, "ru")
        let region = entity(e, "Карагандинская область")
        #expect(region?.type == .place, "\(e.entities.map(\.name))")
        #expect(region?.aliases.contains("Карагандинской области") == true)
        #expect(entity(e, "Ермаганбет Булекбаев")?.type == .person, "\(e.entities.map(\.name))")
        #expect(!e.entities.contains { $0.name.contains("Аким") }, "the title is not part of a name")
        // Samarkand is in the place gazetteer: its canonical name is the English one.
        let city = entity(e, "Samarkand")
        #expect(city?.type == .place)
        #expect(city?.aliases.contains("Самарканде") == true)
    }

    @Test func russianInstitutionsKeepTheirWholeNameAndNothingBefore() {
        let e = extract(Self.russianRegions, "ru")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Министерство иностранных дел Беларуси"), "\(orgs)")
        #expect(orgs.contains("Агентство по инвестициям Узбекистана"), "\(orgs)")
        #expect(!orgs.contains { $0.hasPrefix("По итогам") }, "\(orgs)")
        // The Duma in the instrumental links to the knowledge base.
        #expect(entity(e, "State Duma")?.aliases.contains("Государственной думой") == true, "\(orgs)")
    }

    @Test func russianObliqueHeadsAndForeignNamesGetTheirNominative() {
        let body = """
        Глава МИД России встретился в Ханое с министром иностранных дел Вьетнама Буй Тхань Шоном. Переговоры прошли \
        в здании Министерства иностранных дел Вьетнама. Аким Алматинской области Марат Султангазиев провёл отдельную \
        встречу с руководством провинции Куангнинь.
        """
        let e = extract(body, "ru")
        #expect(entity(e, "Буй Тхань Шон")?.type == .person, "\(e.entities.map(\.name))")
        #expect(names(e, .organization).contains("Министерство иностранных дел Вьетнама"))
        #expect(entity(e, "Алматинская область")?.type == .place)
        #expect(entity(e, "Марат Султангазиев")?.type == .person)
        #expect((entity(e, "Куангнинь") ?? entity(e, "Quảng Ninh"))?.type == .place, "after провинции, a place (the gazetteer's Quảng Ninh since session 50)")
        // (МИД России is a knowledge-base entry since session 22: the form seen is its alias.)
        #expect(names(e, .organization).contains("МИД России"), "\(names(e, .organization))")
    }

    @Test func russianRegionNominativeRules() {
        #expect(NameFinder.russianRegionNominative(["Краснодарского", "края"]) == "Краснодарский край")
        #expect(NameFinder.russianRegionNominative(["Ташкентскую", "область"]) == "Ташкентская область")
        #expect(NameFinder.russianRegionNominative(["Ташкентская", "область"]) == nil, "already nominative")
        #expect(NameFinder.russianPlaceNominative("Ханое", after: "в") == "Ханой")
        #expect(NameFinder.russianPlaceNominative("Ташкента", after: "из") == "Ташкент")
        #expect(NameFinder.russianPlaceNominative("Самарканде", after: "на") == nil, "only after в/во and из/до/от")
        #expect(NameFinder.russianPlaceNominative("Костанае", after: "в") == "Костанай")
        #expect(NameFinder.russianPlaceNominative("Казани", after: "в") == "Казань")
        #expect(NameFinder.russianPlaceNominative("Тбилиси", after: "в") == nil, "an indeclinable name stays")
        #expect(NameFinder.russianOrganizationNominative(["Национального", "собрания"]) == ["Национальное", "собрание"])
        #expect(NameFinder.russianOrganizationNominative(["Государственного", "комитета"]) == ["Государственный", "комитет"])
        #expect(NameFinder.russianOrganizationNominative(["Счётной", "палаты"]) == ["Счётная", "палата"])
        #expect(NameFinder.russianOrganizationNominative(["Министерству"]) == ["Министерство"])
        #expect(NameFinder.russianOrganizationNominative(["Палата"]) == nil, "a nominative stays")
        #expect(NameFinder.russianOrganizationNominative(["Национальное", "собрание"]) == nil)
        // (One lemmatizer for two and three words since session 12: `russianNameNominative`.)
        let given = extractor.lexicon.givenNames
        #expect(NameFinder.russianNameNominative("Анны Смирновой", givenNames: given) == "Анна Смирнова")
        #expect(NameFinder.russianNameNominative("Ольги Ивановой", givenNames: given) == "Ольга Иванова")
        #expect(NameFinder.russianNameNominative("Игорю Кузнецову", givenNames: given) == "Игорь Кузнецов")
        #expect(NameFinder.russianNameNominative("Андрея Петрова", givenNames: given) == "Андрей Петров")
        #expect(NameFinder.russianNameNominative("Ильёй Петровым", givenNames: given) == "Илья Петров")
        #expect(NameFinder.russianNameNominative("Анна Петрова", givenNames: given) == nil, "already nominative")
        #expect(NameFinder.russianNameNominative("Валерия Петрова", givenNames: given) == nil)
        #expect(NameFinder.russianNameNominative("Наталья Петрова", givenNames: given) == nil)
        #expect(NameFinder.russianForeignNominative("Фам Минь Тиня") == "Фам Минь Тинь")
        #expect(NameFinder.russianForeignNominative("Сергея Викторовича Лаврова") == nil)
    }

    @Test func russianQuotedCompaniesAndPlacesAfterInstrumentalKeywords() {
        let body = """
        Губернатор Андрей Травников провёл встречу с Ильёй Петровым, генеральным директором компании «Сибирская энергетика». \
        По словам Анны Смирновой, проект получит поддержку. Посол обсудил сотрудничество с провинцией Хэйлунцзян.
        """
        let e = extract(body, "ru")
        #expect(names(e, .organization).contains("Сибирская энергетика"), "\(e.entities.map(\.name))")
        #expect(names(e, .person).isSuperset(of: ["Илья Петров", "Анна Смирнова", "Андрей Травников"]), "\(names(e, .person))")
        #expect(entity(e, "Heilongjiang")?.type == .place, "a gazetteer province, English canonical name")
        #expect(entity(e, "Heilongjiang")?.aliases.contains("Хэйлунцзян") == true)
    }

    // MARK: Vietnamese

    static let vietnamese = """
    Theo Bộ Tài chính, nguồn thu ngân sách tăng mạnh. Bộ Tài chính cho biết sẽ trình Chính phủ đề án mới.

    Tổng công ty Điện lực miền Bắc đã hoàn thành dự án. Bộ Giáo dục và Đào tạo ban hành quy chế thi. \
    Bộ Kế hoạch và Đầu tư và Bộ Tài nguyên và Môi trường phối hợp với Ủy ban Nhân dân tỉnh Bắc Ninh.

    Chủ tịch nước Võ Trọng Hải tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki tại Phủ Chủ tịch. \
    Thủ tướng Trịnh Quốc Bảo chủ trì phiên họp. Ông Hải nhấn mạnh quan hệ hữu nghị.
    """

    @Test(arguments: [false, true]) func vietnameseInstitutionsRunOverTheirWholeName(decomposed: Bool) {
        let body = decomposed ? Self.vietnamese.decomposedStringWithCanonicalMapping : Self.vietnamese
        let orgs = names(extract(body, "vi"), .organization).map { $0.precomposedStringWithCanonicalMapping }
        for name in ["Bộ Tài chính", "Tổng công ty Điện lực miền Bắc", "Bộ Giáo dục và Đào tạo", "Bộ Kế hoạch và Đầu tư",
                     "Bộ Tài nguyên và Môi trường", "Ủy ban Nhân dân tỉnh Bắc Ninh"] {
            #expect(orgs.contains(name), "\(name) in \(orgs)")
        }
        #expect(!orgs.contains("Bộ Tài"), "\(orgs)")
        #expect(!orgs.contains { $0.hasSuffix(" ban") || $0.hasSuffix(" phối") }, "a verb after the name: \(orgs)")
    }

    @Test(arguments: [false, true]) func vietnamesePeopleAfterTitlesAndToneExactCues(decomposed: Bool) {
        let body = decomposed ? Self.vietnamese.decomposedStringWithCanonicalMapping : Self.vietnamese
        let e = extract(body, "vi")
        let people = names(e, .person).map { $0.precomposedStringWithCanonicalMapping }
        #expect(people.contains("Võ Trọng Hải"), "\(people)")
        // "Bảo" is not "Báo" (newspaper): the name stays a person.
        #expect(people.contains("Trịnh Quốc Bảo"), "\(people)")
        // A country between the title and the name keeps the cue.
        #expect(people.contains("Ito Naoki"), "\(people)")
        // "Hải" folds like "Hai" (two) but is a name: it joins the full name.
        let hai = e.entities.first { $0.name.precomposedStringWithCanonicalMapping == "Võ Trọng Hải" }
        #expect(hai?.mentions == 2, "\(e.entities.map { ($0.name, $0.mentions) })")
        #expect(!e.entities.contains { $0.name.precomposedStringWithCanonicalMapping == "Phủ Chủ" })
    }

    @Test func vietnameseDecomposedTextGivesTheSameEntities() {
        let nfc = extract(Self.vietnamese, "vi")
        let nfd = extract(Self.vietnamese.decomposedStringWithCanonicalMapping, "vi")
        let fold: (Extraction) -> [String] = { e in
            e.entities.map { "\($0.type)|\($0.name.precomposedStringWithCanonicalMapping)|\($0.mentions)" }.sorted()
        }
        #expect(fold(nfc) == fold(nfd))
        #expect(nfc.countries == nfd.countries)
    }

    @Test func vietnameseCityNameStopsBeforeThePersonAfterIt() {
        let body = "Chủ tịch Ủy ban Nhân dân thành phố Hồ Chí Minh Nguyễn Văn Được làm việc với Ngân hàng Thế giới. " +
            "Bộ trưởng Thương mại Hàn Quốc Ahn Duk-geun cho biết Tập đoàn LG sẽ ký thỏa thuận."
        let e = extract(body, "vi")
        #expect(names(e, .place).contains("Hồ Chí Minh"), "\(e.entities.map(\.name))")
        #expect(names(e, .person).contains("Nguyễn Văn Được"))
        #expect(names(e, .person).contains("Ahn Duk-geun"))
        #expect(!names(e, .person).contains("Ho Chi Minh"), "a city here, not the president")
    }

    @Test func vietnameseInstitutionWordBeforeANameAndToneExactFamilyNames() {
        let body = """
        Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế, cho biết bệnh viện Chợ Rẫy đã tiếp nhận 200 ca. \
        Đoàn công tác sẽ thăm tỉnh Thừa Thiên Huế. Theo Tổng cục Thống kê (GSO), kinh tế tăng trưởng 7%.
        """
        let e = extract(body, "vi")
        #expect(entity(e, "Chợ Rẫy")?.type == .organization, "\(e.entities.map { ($0.name, $0.type) })")
        #expect(names(e, .person).contains("Nguyễn Văn Hùng"))
        #expect(entity(e, "Huế")?.aliases.contains("Thừa Thiên Huế") == true, "\(e.entities.map(\.name))")
        #expect(entity(e, "Tổng cục Thống kê")?.aliases.contains("GSO") == true)
    }

    // MARK: Chinese

    static let chinese = """
    国家主席习近平15日在人民大会堂会见哈萨克斯坦总统托卡耶夫。外交部发言人毛宁在例行记者会上表示，中方愿加强合作。\
    中国石油天然气集团有限公司与哈萨克斯坦国家石油公司签署了合作协议。中国工商银行和国家发展和改革委员会的代表出席了签字仪式。\
    商务部部长王文涛与哈方经济部长举行了会谈。老挝副总理宋赛·西潘敦和广西壮族自治区的代表也参加了论坛。
    """

    @Test func chineseOrganizationsBySuffix() {
        let orgs = names(extract(Self.chinese, "zh"), .organization)
        for name in ["外交部", "中国石油天然气集团有限公司", "哈萨克斯坦国家石油公司", "中国工商银行", "国家发展和改革委员会", "商务部"] {
            #expect(orgs.contains(name), "\(name) in \(orgs)")
        }
        #expect(!orgs.contains { $0.hasSuffix("部长") || $0 == "部" }, "\(orgs)")
    }

    @Test func chinesePeopleAfterTitlesStartWithASurnameOrATransliteration() {
        let e = extract(Self.chinese, "zh")
        let people = names(e, .person)
        #expect(people.contains("毛宁"), "\(people)")
        #expect(people.contains("王文涛"))
        #expect(people.contains("宋赛·西潘敦"), "\(people)")
        #expect(!people.contains("举行"), "a verb after 部长 is not a name")
        #expect(names(e, .place).contains("广西壮族自治区"), "\(names(e, .place))")
    }

    // MARK: Arabic

    @Test func arabicNamesWithoutATitleBeforeThemAndFamilyNameMentions() {
        let body = """
        أعلنت شركة أرامكو السعودية اليوم عن توقيع اتفاقية مع مؤسسة البترول الكويتية.
        وقال أمين الناصر رئيس الشركة إن المشروع سيبدأ العام المقبل. وأضاف الناصر أن الاستثمارات ستبلغ ملياري دولار.
        من جانبه، رحب وزير النفط الكويتي طارق الرومي بالاتفاق. وأعلنت وزارة الاستثمار والتجارة الخارجية أن الرومي سيزور الرياض.
        """
        let e = extract(body, "ar")
        let orgs = names(e, .organization)
        #expect(orgs.contains("شركة أرامكو السعودية"), "\(orgs)")
        #expect(orgs.contains("وزارة الاستثمار والتجارة الخارجية"), "\(orgs)")
        #expect(entity(e, "أمين الناصر")?.mentions == 2, "\(e.entities.map { ($0.name, $0.mentions) })")
        #expect(entity(e, "طارق الرومي")?.mentions == 2)
    }

    @Test func arabicSharedFamilyNameStaysUnlinked() {
        let body = """
        التقى وزير الخارجية الأردني أيمن الصفدي اليوم رئيس مجلس النواب الأردني أحمد الصفدي. وأكد الصفدي أهمية التعاون.
        """
        let e = extract(body, "ar")
        #expect(entity(e, "أيمن الصفدي")?.mentions == 1, "\(e.entities.map { ($0.name, $0.mentions) })")
        #expect(entity(e, "أحمد الصفدي")?.mentions == 1)
    }

    // MARK: English and French

    @Test func englishCoordinatedNamesAndInstitutionsWithOn() {
        let body = """
        Under the deal, Petrobras and Ecopetrol will share satellite data along the Amazon river. Analysts said the \
        Intergovernmental Authority on Development would meet in Djibouti on Monday.
        """
        let e = extract(body, "en")
        #expect(names(e, .organization).contains("Petrobras"), "\(e.entities.map(\.name))")
        #expect(names(e, .organization).contains("Ecopetrol"))
        #expect(!e.entities.contains { $0.name.contains(" and ") })
        #expect(names(e, .organization).contains("Intergovernmental Authority on Development"))
        // The river is the knowledge base's place (session 24), not the company of the same name.
        #expect(names(e, .place).contains("Amazon River") && !names(e, .organization).contains("Amazon"), "\(e.entities.map(\.name))")
        #expect(!e.entities.contains { $0.name == "Monday" || $0.name == "Under" || $0.name == "Analysts" })
    }

    @Test func frenchPortfolioArticleAndCoordinatedFields() {
        let body = """
        Le président sénégalais Bassirou Diomaye Faye a reçu mardi à Dakar le Premier ministre ivoirien Robert Beugré Mambé. \
        Mardi, le ministre de l'Économie Abdourahmane Sarr avait rencontré la Société tunisienne de l'électricité et du gaz (STEG).
        """
        let e = extract(body, "fr")
        #expect(entity(e, "Dakar")?.type == .place, "\(e.entities.map(\.name))")
        #expect(!e.entities.contains { $0.name.contains("Premier") })
        #expect(names(e, .person).contains("Abdourahmane Sarr"), "\(names(e, .person))")
        #expect(names(e, .organization).contains("Société tunisienne de l'électricité et du gaz"), "\(names(e, .organization))")
        #expect(!e.entities.contains { $0.name == "Mardi" })
    }

    @Test func arabicGovernorWithCompoundGivenNameAndFeminineMinister() {
        let body = """
        وقال والي بنك المغرب عبد اللطيف الجواهري في مؤتمر صحفي بالرباط إن التضخم تراجع. وأضاف الجواهري أن النمو سيتحسن.
        من جهتها، أكدت وزيرة الاقتصاد والمالية نادية فتاح العلوي أن الحكومة ستواصل دعم القدرة الشرائية.
        """
        let e = extract(body, "ar")
        #expect(entity(e, "عبد اللطيف الجواهري")?.mentions == 2, "\(e.entities.map { ($0.name, $0.mentions) })")
        #expect(names(e, .person).contains { $0.hasPrefix("نادية") }, "\(names(e, .person))")
    }

    @Test func chineseLongTransliterationAfterATitleAndVerbsBeforeOrganizations() {
        let body = "印度储备银行行长马尔霍特拉表示，两国将扩大本币结算。苏杰生随后前往圣彼得堡，出席俄印政府间委员会会议。"
        let e = extract(body, "zh")
        #expect(names(e, .person).contains("马尔霍特拉"), "\(names(e, .person))")
        #expect(names(e, .organization).contains("印度储备银行"))
        #expect(names(e, .organization).contains("俄印政府间委员会"), "\(names(e, .organization))")
    }

    @Test func vietnameseMiddleNameThatSpellsACountryStaysInTheName() {
        let e = extract("Phó Thủ tướng Hồ Đức Phớc làm việc với lãnh đạo Tập đoàn Dầu khí Quốc gia Việt Nam.", "vi")
        #expect(names(e, .person).contains("Hồ Đức Phớc"), "\(e.entities.map(\.name))")
        #expect(!e.countries.contains("DE"))
    }

    @Test func germanNounsAreNoNamesWithoutACue() {
        let body = """
        Bundeskanzler Friedrich Merz hat am Montag in Berlin den polnischen Ministerpräsidenten Donald Tusk empfangen. \
        Nach Angaben des Auswärtigen Amts ging es um die Unterstützung der Ukraine. Die Deutsche Bahn will die Verbindung \
        ausbauen. Finanzminister Lars Klingbeil sagte, die Bundesregierung werde 500 Millionen Euro bereitstellen.
        """
        let e = extract(body, "de")
        #expect(names(e, .person).isSuperset(of: ["Friedrich Merz", "Donald Tusk", "Lars Klingbeil"]), "\(names(e, .person))")
        #expect(names(e, .organization).contains("Deutsche Bahn"), "\(names(e, .organization))")
        for noise in ["Montag", "Unterstützung", "Verbindung", "Millionen Euro"] {
            #expect(!e.entities.contains { $0.name == noise }, "\(noise)")
        }
    }

    @Test func spanishInstitutionsWithoutTheirArticle() {
        let body = "Según el Ministerio de Minería, Codelco firmará un acuerdo con la Sociedad Química y Minera (SQM). " +
            "El Banco Central de Chile mantuvo la tasa de interés."
        let e = extract(body, "es")
        #expect(names(e, .organization).contains("Sociedad Química y Minera"), "\(names(e, .organization))")
        #expect(names(e, .organization).contains("Banco Central de Chile"))
        #expect(!names(e, .place).contains("El Banco Central"))
    }

    @Test func englishCompaniesPartiesAndCentralBanks() {
        let body = """
        The Bank of Thailand warned the plan could push public debt higher. On Tuesday, Finance Minister Ekniti \
        Nitithanprapas met executives from PTT Public Company Limited and Siam Cement Group. Bhumjaithai Party lawmakers \
        backed the bill, while the People's Party opposition called it reckless.
        """
        let e = extract(body, "en")
        let orgs = names(e, .organization)
        for name in ["Bank of Thailand", "PTT Public Company Limited", "Siam Cement Group", "Bhumjaithai Party", "People's Party"] {
            #expect(orgs.contains(name), "\(name) in \(orgs)")
        }
        #expect(entity(e, "Bhumjaithai Party")?.mentions == 1, "a named party is not 'the Party'")
        #expect(names(e, .person).contains("Ekniti Nitithanprapas"))
    }

    @Test func russianTitledInstitutionThenPersonAndIndeclinableNames() {
        let body = """
        Министр иностранных дел Армении Арарат Мирзоян провёл переговоры с генеральным секретарём ОДКБ Имангали \
        Жумабековым. Ранее председатель Национального собрания Ален Симонян встретился со спикером парламента \
        Грузии Шалвой Папуашвили. Компания «Газпром Армения» сообщила о снижении тарифов.
        """
        let e = extract(body, "ru")
        let people = names(e, .person)
        for name in ["Арарат Мирзоян", "Имангали Жумабеков", "Ален Симонян", "Шалва Папуашвили"] {
            #expect(people.contains(name), "\(name) in \(people)")
        }
        #expect(!names(e, .organization).contains { $0.contains("Симонян") }, "\(names(e, .organization))")
    }

    @Test func vietnameseTitleBeforeACompanyAndNoCueOverVerbs() {
        let body = """
        Thủ tướng Phạm Minh Chính đã tiếp Chủ tịch Tập đoàn Foxconn Lưu Dương Vĩ tại Hà Nội. Thủ tướng đề nghị Foxconn \
        mở rộng đầu tư. Dự buổi tiếp có Chủ tịch Ủy ban Quản lý vốn Nhà nước tại doanh nghiệp Nguyễn Hoàng Anh.
        """
        let e = extract(body, "vi")
        #expect(names(e, .organization).contains("Tập đoàn Foxconn"), "\(e.entities.map(\.name))")
        #expect(names(e, .organization).contains("Ủy ban Quản lý vốn Nhà nước"))
        #expect(names(e, .person).isSuperset(of: ["Lưu Dương Vĩ", "Nguyễn Hoàng Anh"]), "\(names(e, .person))")
        #expect(!names(e, .person).contains { $0.contains("Foxconn") || $0 == "Quản" }, "\(names(e, .person))")
    }

    @Test func chineseTitledNameIsFoundAgainWithoutItsTitle() {
        // (Names the knowledge base lacks: 毛宁 and 王文涛, who stood here, are entries since session 22.)
        let body = "外交部发言人毛晓峰在例行记者会上回答了提问。毛晓峰说，中方欢迎各方参与。商务部部长王志军会见了外宾。王志军表示，双方应加强沟通。"
        let e = extract(body, "zh")
        #expect(entity(e, "毛晓峰")?.mentions == 2, "\(e.entities.map { ($0.name, $0.mentions) })")
        #expect(entity(e, "王志军")?.mentions == 2)
    }

    @Test func institutionBeforeATitleAndFrenchPlacesAfterSentenceInitialPrepositions() {
        let en = extract("Federal Reserve Chair Jerome Powell said the central bank would keep rates unchanged.", "en")
        #expect(entity(en, "Federal Reserve")?.type == .organization, "\(en.entities.map { ($0.name, $0.type) })")
        #expect(entity(en, "Jerome Powell")?.type == .person)
        let fr = extract("""
        Le trafic était perturbé à l'appel de la CGT et de Sud-Rail. La présidente de la région Île-de-France, Valérie Pécresse, \
        a demandé un service minimum. En Bretagne, les TER ont circulé normalement. Janvier avait été calme.
        """, "fr")
        // (Brittany is in the gazetteer: its canonical name is the English one, "Bretagne" one of its names.)
        #expect(fr.entities.first { $0.name == "Bretagne" || $0.aliases.contains("Bretagne") }?.type == .place, "\(fr.entities.map { ($0.name, $0.type) })")
        #expect(names(fr, .place).contains("Île-de-France"))
        #expect(!fr.countries.contains("FR"), "Île-de-France is a region, not France")
        #expect(fr.entities.contains { $0.name == "Sud-Rail" })
        #expect(!fr.entities.contains { $0.name == "Rail" || $0.name == "Janvier" })
        #expect(names(fr, .person).contains("Valérie Pécresse"))
    }

    @Test func arabicNisbaFamilyNameIsNoCountryAndNamesAfterHeadsOfBodies() {
        let body = """
        التقى رئيس الوزراء العراقي محمد شياع السوداني في بغداد اليوم وفدا من صندوق النقد الدولي برئاسة إيريك ماتيسين.
        وأكد السوداني أن الحكومة ماضية في تنويع مصادر الدخل. وقال المتحدث باسم الوزارة عاصم جهاد إن الصادرات ارتفعت.
        من جهة أخرى، استقبل رئيس إقليم كردستان نيجيرفان بارزاني في أربيل السفير الأمريكي.
        """
        let e = extract(body, "ar")
        // A knowledge-base entry since session 24: named in English, its Arabic names and family name its aliases.
        #expect(entity(e, "Mohammed Shia al-Sudani")?.mentions == 2, "\(e.entities.map { ($0.name, $0.mentions) })")
        #expect(!e.countries.contains("SD"), "السوداني is the prime minister's family name: \(e.countries)")
        #expect(e.countries.contains("IQ"))
        for name in ["إيريك ماتيسين", "عاصم جهاد", "نيجيرفان بارزاني"] {
            #expect(names(e, .person).contains(name), "\(name) in \(names(e, .person))")
        }
    }

    @Test func chinesePlacesOfThreeAndMoreCharactersAndLegalFormTails() {
        let e = extract("来自哈尔滨市和石家庄市的企业签约。代表团随后前往西安市参观。新疆维吾尔自治区党委书记马兴瑞表示欢迎。中国石油化工集团公司签署了协议。", "zh")
        let places = names(e, .place)
        for name in ["哈尔滨市", "石家庄市", "西安市", "新疆维吾尔自治区"] { #expect(places.contains(name), "\(name) in \(places)") }
        #expect(!places.contains("往西安市"))
        #expect(names(e, .organization).contains("中国石油化工集团公司"), "\(names(e, .organization))")
        #expect(names(e, .person).contains("马兴瑞"))
    }

    @Test func englishDatelineWithDateAndCompanyKeywords() {
        let body = """
        LAGOS, Jan 15 (Reuters) - Nigeria's state oil firm raised petrol prices for the second time this month. \
        Dangote Refinery said it would keep supplying the market. Economists at Lagos Business School said inflation \
        could top 30%. Pour Human Rights Watch, la décision viole la Constitution.
        """
        let e = extract(body, "en")
        // Lagos is in the place gazetteer: English canonical name, the dateline's capitals as its alias.
        #expect(entity(e, "Lagos")?.type == .place, "\(e.entities.map { ($0.name, $0.type) })")
        #expect(entity(e, "Lagos")?.aliases.contains("LAGOS") == true)
        #expect(names(e, .organization).isSuperset(of: ["Dangote Refinery", "Lagos Business School", "Human Rights Watch"]),
                "\(names(e, .organization))")
        #expect(names(e, .person).isEmpty, "\(names(e, .person))")
    }

    // MARK: Across articles

    func article(_ id: String, _ entities: [ArticleEntity]) -> Article {
        Article(id: id, file: "\(id).txt", title: "", language: "en", body: "", raw: "", entities: entities)
    }

    @Test func surnameOnlyMentionLinksToTheOneFullNameInTheCorpus() {
        let p = { (name: String, type: EntityType) in ArticleEntity(name: name, type: type, aliases: [name], mentions: 1, ranges: []) }
        var articles = [
            article("a", [p("William Ruto", .person)]),
            article("b", [p("Ruto", .organization)]),          // a lone word typed by default
            article("c", [p("Ayman Safadi", .person), p("Ahmed Safadi", .person)]),
            article("d", [p("Safadi", .person)]),
            article("e", [p("Xi Jinping", .person), p("Xie Xiaoyong", .person)]),
            article("f", [p("IGAD", .organization)]),
        ]
        EntityLinker.link(&articles)
        #expect(articles[1].entities[0].name == "William Ruto")
        #expect(articles[1].entities[0].type == .person)
        #expect(articles[1].entities[0].aliases.contains("Ruto"))
        #expect(articles[3].entities[0].name == "Safadi", "two full names share it: left alone")
        #expect(articles[4].entities.map(\.name) == ["Xi Jinping", "Xie Xiaoyong"])
        #expect(articles[2].entities.map(\.name) == ["Ayman Safadi", "Ahmed Safadi"], "full names never merge on a shared word")
        #expect(articles[5].entities[0].type == .organization)
    }
}
