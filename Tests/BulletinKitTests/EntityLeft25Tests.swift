import Foundation
import Testing
@testable import BulletinKit

/// Misses seen by hand in the twenty-fifth session (NameFinder+Left25.swift, the Chinese transliteration characters of
/// EntityCues, the Arabic experts' titles, the Sino place heads of NameFinder+Holdout42.swift, Vietnamese given names with
/// their tones). Texts written here, with other names than the articles they were seen in; every rule group has a
/// must-find and a must-not-find check.
@Suite struct EntityLeft25Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Arabic: "المالي" (financial) is no Mali

    @Test func arabicFinancialAdjectiveIsNoMali() {
        let e = extract("وقال وزير الاقتصاد إن الوضع المالي للشركة تحسن، وإن سوق دبي المالي سجل ارتفاعا.", "ar")
        #expect(!e.countries.contains("ML"), "\(all(e))")
        // The country itself, and its adjective beside it, still name Mali.
        let mali = extract("وصل وفد من مالي إلى نيامي، وقال الوزير المالي إن باماكو ترحب بالاتفاق.", "ar")
        #expect(mali.countries.contains("ML"), "\(all(mali))")
    }

    // MARK: Arabic: experts and analysts quoted by name

    @Test func arabicExpertTitlesOpenPeople() {
        let e = extract("وقال المحلل السياسي خالد العتيبي إن الاتفاق مهم. وأضافت الخبيرة الاقتصادية ليلى منصور أن الأسعار سترتفع.", "ar")
        let people = names(e, .person)
        #expect(people.contains("خالد العتيبي"), "\(all(e))")
        #expect(people.contains("ليلى منصور"), "\(all(e))")
        // An expert's title before no name opens none.
        let none = extract("وقال المحلل إن السوق مستقرة.", "ar")
        #expect(names(none, .person).isEmpty, "\(all(none))")
    }

    // MARK: Chinese: transliterated names with the characters the table lacked

    @Test func chineseTransliteratedNamesAfterTitlesAreWhole() {
        let e = extract("俄罗斯外交部发言人扎哈罗娃表示，蒙古国能源部长楚伦巴特尔说，塞尔维亚总统武契奇出席。", "zh")
        let people = names(e, .person)
        for p in ["扎哈罗娃", "楚伦巴特尔", "武契奇"] { #expect(people.contains(p) || people.contains(where: { $0.hasPrefix(p) && $0.count <= p.count }), "\(p): \(all(e))") }
        #expect(!people.contains(where: { $0.count <= 2 && ("扎哈罗娃楚伦巴特尔武契奇").contains($0) }), "\(all(e))")
    }

    // MARK: Chinese: a place head's name starts at no country's middle, nor after 就

    @Test func chinesePlaceHeadsStartAtNoCountryMiddle() {
        let e = extract("中国－白俄罗斯工业园吸引投资。两国元首多次就工业园建设作出指示。塔什干工业园也在建设。", "zh")
        let places = names(e, .place)
        #expect(!places.contains("罗斯工业园"), "\(all(e))")
        #expect(!places.contains(where: { $0.hasPrefix("次就") }), "\(all(e))")
        #expect(e.countries.contains("BY"), "\(all(e))")
    }

    @Test func balticSeaIsOnePlace() {
        let e = extract("货物经铁路运往波罗的海港口克莱佩达。", "zh")
        #expect(names(e, .place).contains("Baltic Sea"), "\(all(e))")
        #expect(!names(e, .place).contains("波罗"), "\(all(e))")
    }

    // MARK: Russian: oblasts listed by their adjectives

    @Test func russianOblastAdjectiveListsArePlaces() {
        let e = extract("Совещание прошло с участием акимов Павлодарской, Восточно-Казахстанской и Карагандинской областей.", "ru")
        let places = names(e, .place)
        #expect(places.contains(where: { $0.hasPrefix("Павлодарск") }), "\(all(e))")
        #expect(places.contains(where: { $0.hasPrefix("Восточно-Казахстанск") }), "\(all(e))")
        #expect(!names(e, .person).contains(where: { $0.hasPrefix("Павлодарск") }), "\(all(e))")
        #expect(!names(e, .organization).contains("Восточно"), "\(all(e))")
        // A lone adjective before another noun is no list.
        let not = extract("Губернатор Иван Сидоров посетил Павлодарский завод.", "ru")
        #expect(!names(not, .place).contains(where: { $0.hasPrefix("Павлодарск") }), "\(all(not))")
    }

    @Test func russianExpertTitleOpensPersonButNotAQuotedBody() {
        let e = extract("Аналитик Центра развития Михаил Орлов считает, что агентство «Аналитик Плюс» ошиблось.", "ru")
        #expect(names(e, .person).contains("Михаил Орлов"), "\(all(e))")
        #expect(!names(e, .person).contains("Плюс"), "\(all(e))")
    }

    // MARK: Vietnamese

    @Test func vietnameseSyllableWithOtherTonesIsNoGivenName() {
        // "Hủa" folds like the Chinese given name "Hua": the province after "tỉnh" is a place.
        let e = extract("Đoàn công tác đã đến thăm tỉnh Hủa Phăn và tỉnh Phông Sa Lỳ của Lào.", "vi")
        #expect(names(e, .place).contains("Hủa Phăn"), "\(all(e))")
        #expect(!names(e, .person).contains("Hủa Phăn"), "\(all(e))")
    }

    @Test func vietnameseVerbAfterAcronymEndsTheBody() {
        let e = extract("Ngân hàng VPBank mở rộng cho vay tại Hà Nội. Công ty TNHH một thành viên Xổ số Kiến thiết Cần Thơ báo lãi.", "vi")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Ngân hàng VPBank"), "\(all(e))")
        #expect(!orgs.contains(where: { $0.hasSuffix(" mở") }), "\(all(e))")
    }

    @Test func vietnameseCountryReadAsPlaceIsTheCountry() {
        let e = extract("Ủy ban liên Chính phủ về hợp tác song phương Việt Nam - Campuchia họp tại Phnôm Pênh. Việt Nam là đối tác lớn.", "vi")
        #expect(!names(e, .place).contains("Việt Nam"), "\(all(e))")
        #expect(e.countries.contains("VN"), "\(all(e))")
    }

    @Test func vietnameseJointCommitteeRunsToBothCountries() {
        let e = extract("Kỳ họp Ủy ban hỗn hợp về hợp tác kinh tế Việt Nam - Indonesia diễn ra tại Jakarta.", "vi")
        #expect(names(e, .organization).contains("Ủy ban hỗn hợp về hợp tác kinh tế Việt Nam - Indonesia"), "\(all(e))")
        #expect(e.countries.contains("ID") && e.countries.contains("VN"), "\(all(e))")
        // Without two countries the committee keeps its own words.
        let not = extract("Ủy ban hỗn hợp về hợp tác đã họp tại Jakarta.", "vi")
        #expect(!names(not, .organization).contains(where: { $0.contains("Jakarta") }), "\(all(not))")
    }

    @Test func vietnameseGovernmentIsNoBody() {
        let e = extract("Chính phủ Hàn Quốc đã tài trợ dự án. Bộ Ngoại giao Hàn Quốc hoan nghênh.", "vi")
        #expect(!names(e, .organization).contains("Chính phủ Hàn Quốc"), "\(all(e))")
        #expect(e.countries.contains("KR"), "\(all(e))")
        #expect(names(e, .organization).contains(where: { $0.hasPrefix("Bộ Ngoại giao") }), "\(all(e))")
    }

    // MARK: Latin script: numbers, storms, indices; English places after motion

    @Test func spelledNumbersStormsAndIndicesAreNoNames() {
        let e = extract("Thirty-two people died when Hurricane Delfina struck Veracruz. The Bovespa Composite Index fell 2% while analyst Maria Lopes said prices would recover.", "en")
        let found = Set(e.entities.map(\.name))
        for w in ["Thirty-two", "Hurricane Delfina", "Delfina", "Bovespa Composite Index"] { #expect(!found.contains(w), "\(w): \(all(e))") }
        #expect(names(e, .person).contains("Maria Lopes"), "\(all(e))")
    }

    @Test func englishLoneWordsAfterMotionArePlaces() {
        let e = extract("The storm crossed Mindoro on Friday and moved toward Romblon, while two boats sank off Siquijor Island.", "en")
        let places = names(e, .place)
        for p in ["Mindoro", "Romblon", "Siquijor Island"] { #expect(places.contains(p), "\(p): \(all(e))") }
        #expect(names(e, .organization).isEmpty, "\(all(e))")
        // A body ending in a geographic noun after "of the" stays a body.
        let body = extract("The charity Friends of the Lower Tamar Valley objected.", "en")
        #expect(!names(body, .place).contains(where: { $0.hasPrefix("Friends") }), "\(all(body))")
    }

    // MARK: A place's name as a given name; Arabic bodies over a known place

    @Test func placeNamedGivenNameBeforeSurnameIsAPerson() {
        let e = extract("Глава компании Милан Драгович заявил, что Драгович не уйдет в отставку.", "ru")
        #expect(names(e, .person).contains("Милан Драгович"), "\(all(e))")
        #expect(!names(e, .place).contains(where: { $0 == "Milan" || $0 == "Милан" }), "\(all(e))")
        // The city before a common noun stays the city.
        let city = extract("Делегация прибыла в Милан вчера вечером.", "ru")
        #expect(names(city, .place).contains("Milan"), "\(all(city))")
    }

    @Test func arabicBodyGoesOnOverAKnownPlace() {
        let e = extract("ووقعت مجموعة مطارات دبي اتفاقية مع شركة صينية.", "ar")
        #expect(names(e, .organization).contains("مجموعة مطارات دبي"), "\(all(e))")
    }

    // MARK: Batch two (holdout44's patterns, on other names)

    @Test func unitsAreNoBodies() {
        let e = extract("Новая станция мощностью 450 МВт заработает в Хатлонской области, сообщил Рустам Назаров.", "ru")
        #expect(!names(e, .organization).contains("МВт"), "\(all(e))")
        #expect(names(e, .person).contains("Рустам Назаров"), "\(all(e))")
    }

    @Test func englishCommaListOpensTheBody() {
        let e = extract("The Kenya Meteorological, Hydrological and Climate Services Authority said rain would continue.", "en")
        let orgs = names(e, .organization)
        #expect(orgs.contains(where: { $0.hasPrefix("Kenya Meteorological") && $0.hasSuffix("Authority") }), "\(all(e))")
        #expect(!orgs.contains("Meteorological"), "\(all(e))")
    }

    @Test func englishPortfolioBeforeSecretaryIsNoBody() {
        let e = extract("Energy Development Secretary Ana Reyes and the Department of Energy Development met in Manila.", "en")
        #expect(!names(e, .organization).contains("Energy Development"), "\(all(e))")
        #expect(names(e, .person).contains("Ana Reyes"), "\(all(e))")
        #expect(names(e, .organization).contains(where: { $0.hasPrefix("Department of Energy") }), "\(all(e))")
    }

    @Test func russianMinistryWithItsCountry() {
        let e = extract("Глава МИД Словакии Юрай Бланар прибыл в Баку. В МИД Словакии подтвердили визит. Посол Хорватии и министр Кении тоже приехали.", "ru")
        #expect(names(e, .organization).contains("МИД Словакии"), "\(all(e))")
        #expect(names(e, .person).contains("Юрай Бланар"), "\(all(e))")
        for c in ["SK", "HR", "KE"] { #expect(e.countries.contains(c), "\(c): \(all(e))") }
    }

    @Test func romanceBodyWithDemonymAndFrenchStreets() {
        let e = extract("Selon Espoir arménien, les partisans ont défilé sur l'avenue Machtots, puis rue Abovian à Erevan.", "fr")
        #expect(names(e, .organization).contains("Espoir arménien"), "\(all(e))")
        let places = names(e, .place)
        #expect(places.contains("avenue Machtots"), "\(all(e))")
        #expect(places.contains("rue Abovian"), "\(all(e))")
        #expect(!names(e, .organization).contains("Machtots"), "\(all(e))")
    }

    @Test func frenchBeltAndRoadIsNoBody() {
        let e = extract("Le projet s'inscrit dans l'initiative « la Ceinture et la Route », a déclaré le ministre Karim Benali.", "fr")
        let found = Set(e.entities.map(\.name))
        #expect(!found.contains("Ceinture") && !found.contains("Route"), "\(all(e))")
        #expect(names(e, .person).contains("Karim Benali"), "\(all(e))")
    }

    @Test func chineseSecondReporterAndPlaceNamedGivenName() {
        let e = extract("新华社达卡12月3日电（记者王小明 李晓红）孟加拉国官员表示。智利财长马里奥·马塞尔说，维多利亚·戈麦斯出席。", "zh")
        let people = names(e, .person)
        #expect(people.contains("李晓红"), "\(all(e))")
        #expect(people.contains("王小明"), "\(all(e))")
        #expect(people.contains(where: { $0.hasPrefix("马里奥") || $0 == "马塞尔" }), "\(all(e))")
    }

    // MARK: Batch three (holdout44's patterns, on other names)

    @Test func russianQuotedPipelinesAreOnePlace() {
        let e = extract("Казахстан и Китай обсудили строительство газопровода \"Туркменистан - Китай\" и нефтепровода \"Восточная Сибирь - Тихий океан\".", "ru")
        let places = names(e, .place)
        #expect(places.contains("Восточная Сибирь - Тихий океан"), "\(all(e))")
        #expect(!names(e, .organization).contains(where: { $0.hasPrefix("Восточная") }), "\(all(e))")
    }

    @Test func russianListsAfterPluralNounsArePlaces() {
        let e = extract("Дорога пройдет через провинции Хэнань, Шаньси и Ганьсу, сообщил Ли Мин.", "ru")
        let places = names(e, .place)
        for p in ["Шаньси", "Ганьсу"] { #expect(places.contains(p), "\(p): \(all(e))") }
        #expect(!names(e, .organization).contains("Ганьсу"), "\(all(e))")
    }

    @Test func russianCompassAdjectiveJoinsItsRegion() {
        let e = extract("Газ поступает с месторождений Восточной Сибири.", "ru")
        #expect(names(e, .place).contains(where: { $0.hasPrefix("Восточн") && $0.contains("Сибир") }), "\(all(e))")
        #expect(!names(e, .place).contains("Восточной"), "\(all(e))")
    }

    @Test func vietnamesePlaceNounsPortfoliosAndCompanies() {
        let e = extract("Mực nước tại trạm Kon Tum vượt báo động. Bộ trưởng Nông nghiệp và Môi trường Đỗ Đức Duy cho biết hãng Airbus và nhà sản xuất máy bay Boeing đã liên hệ.", "vi")
        #expect(names(e, .place).contains("Kon Tum"), "\(all(e))")
        #expect(!names(e, .person).contains("Nông"), "\(all(e))")
        #expect(names(e, .person).contains("Đỗ Đức Duy"), "\(all(e))")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Airbus") && orgs.contains("Boeing"), "\(all(e))")
    }

    @Test func arabicAirlinesAndBodiesBeforeKnownBodies() {
        let e = extract("وأعلنت الخطوط الجوية الكينية زيادة رحلاتها، فيما قررت لجنة الاستقرار المالي للبنك المركزي المصري تثبيت الفائدة.", "ar")
        let orgs = names(e, .organization)
        #expect(orgs.contains("الخطوط الجوية الكينية"), "\(all(e))")
        #expect(orgs.contains("لجنة الاستقرار المالي"), "\(all(e))")
        #expect(e.countries.contains("KE"), "\(all(e))")
    }

    // MARK: Batch four (the hand-found articles, on other names)

    @Test func chineseCompoundAfterCountryAbbreviationIsNoPlace() {
        let e = extract("新华社电 中亚班列与黑海港口康斯坦察相连。", "zh")
        #expect(!names(e, .place).contains(where: { $0.hasPrefix("亚班") }), "\(all(e))")
        #expect(names(e, .place).contains("Black Sea"), "\(all(e))")
    }

    @Test func russianHouseWithItsGenitive() {
        let e = extract("Совещание прошло в Доме министерств под председательством Асета Ирсалиева.", "ru")
        #expect(names(e, .place).contains("Доме министерств"), "\(all(e))")
        #expect(!names(e, .place).contains("Доме"), "\(all(e))")
    }

    @Test func frenchLeInsideVietnameseNames() {
        let e = extract("Selon l'analyste Le Quoc Hung, la croissance restera forte. Le gouvernement a confirmé.", "fr")
        #expect(names(e, .person).contains("Le Quoc Hung"), "\(all(e))")
        #expect(!names(e, .person).contains("Quoc Hung"), "\(all(e))")
    }

    @Test func englishKnownPlaceOpensBody() {
        let e = extract("Delegates gathered for the Samarkand International Tourism Forum on Monday.", "en")
        #expect(names(e, .organization).contains("Samarkand International Tourism Forum"), "\(all(e))")
    }

    @Test func parenthesizedAcronymBelongsToTheNameItSpells() {
        let e = extract("Oil flows through the Caspian Pipeline Consortium (CPC) terminal. The Communist Party of China (CPC) met in Beijing.", "en")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Caspian Pipeline Consortium"), "\(all(e))")
        #expect(!e.entities.contains { $0.type == .organization && $0.aliases.contains("Caspian Pipeline Consortium") && $0.name.contains("Communist") }, "\(all(e))")
    }

    @Test func aDefinedAcronymIsTheNamesEverywhereInTheArticle() {
        let e = extract("The Caspian Pipeline Consortium (CPC) loaded five million tonnes in May. CPC shipments rose again in June, its director said.", "en")
        #expect(!e.entities.contains { $0.name.contains("Communist") }, "\(all(e))")
        let cpc = e.entities.first { $0.type == .organization && $0.aliases.contains("Caspian Pipeline Consortium") }
        #expect(cpc?.mentions == 3, "\(all(e))")
        // Not defined in the article: the known reading stays.
        let known = extract("Leaders of the CPC met in Beijing on Monday to discuss the economy.", "en")
        #expect(known.entities.contains { $0.name.contains("Communist") }, "\(all(known))")
    }

    @Test func russianQuotedCompanyIsNoCountry() {
        let e = extract("Поставки ведет ОАО \"Беларуськалий\", сообщил министр Беларуси.", "ru")
        #expect(names(e, .organization).contains("Беларуськалий"), "\(all(e))")
        #expect(!e.entities.contains { $0.type == .country && $0.aliases.contains("Беларуськалий") }, "\(all(e))")
        #expect(e.countries.contains("BY"), "\(all(e))")
    }

    @Test func russianAccusativeOblastList() {
        let e = extract("Делегация посетит Витебскую и Могилевскую области.", "ru")
        let places = names(e, .place)
        #expect(places.contains(where: { $0.hasPrefix("Витебск") }), "\(all(e))")
        #expect(places.contains(where: { $0.hasPrefix("Могилевск") }), "\(all(e))")
    }

    // MARK: Batch five (holdout45's patterns, on other names)

    @Test func companyWordEndsAPersonsName() {
        let e = extract("Аналитик Freedom Finance Иван Петров считает, что ставка останется прежней.", "ru")
        #expect(names(e, .organization).contains("Freedom Finance"), "\(all(e))")
        #expect(!names(e, .person).contains("Freedom Finance"), "\(all(e))")
    }

    @Test func englishAllCapsBylineIsAPerson() {
        let e = extract("By LUIS MANUEL GALVAN Associated Press\nMEXICO CITY (AP) — Officials in Sonora said the dam was full.", "en")
        #expect(names(e, .person).contains("LUIS MANUEL GALVAN"), "\(all(e))")
        #expect(!names(e, .organization).contains("LUIS MANUEL GALVAN"), "\(all(e))")
    }

    @Test func saintPlacesButNotInsideNames() {
        let e = extract("The train reached St. Pölten before noon, said engineer Marcus St. James.", "en")
        #expect(names(e, .place).contains("St. Pölten"), "\(all(e))")
        #expect(!names(e, .place).contains("St. James"), "\(all(e))")
    }

    @Test func germanHyphenatedTunnelsAndRomanceStreets() {
        let de = extract("Der Gotthard-Basistunnel bleibt gesperrt, die Grenzbrücke ist offen.", "de")
        #expect(names(de, .place).contains("Gotthard-Basistunnel"), "\(all(de))")
        #expect(!names(de, .place).contains("Grenzbrücke"), "\(all(de))")
        let es = extract("La marcha avanzó por la avenida Paseo de la Reforma hasta la calle Madero.", "es")
        let places = names(es, .place)
        #expect(places.contains(where: { $0.hasPrefix("avenida Paseo") }), "\(all(es))")
        #expect(places.contains("calle Madero"), "\(all(es))")
    }

    @Test func russianDottedAcronymAndBodyOfBody() {
        let e = extract("Кредит выдал ВЭБ.РФ. Данные опубликовал Департамент статистики Министерства экономики Республики Беларусь.", "ru")
        let orgs = names(e, .organization)
        #expect(orgs.contains("ВЭБ.РФ"), "\(all(e))")
        #expect(orgs.contains("Департамент статистики"), "\(all(e))")
        #expect(orgs.contains(where: { $0.hasPrefix("Министерства экономики") }), "\(all(e))")
    }

    @Test func arabicAppositiveNameAfterTitle() {
        let e = extract("وقال وزير الفلاحة والصيد البحري، أحمد البواري، إن الموسم جيد.", "ar")
        #expect(names(e, .person).contains("أحمد البواري"), "\(all(e))")
        // A noun phrase between commas is no name.
        let not = extract("وقال وزير العدل، دفاع المتهم، إن القضية مستمرة.", "ar")
        #expect(!names(not, .person).contains("دفاع المتهم"), "\(all(not))")
    }

    @Test func cheikhAfterACommaIsAGivenName() {
        let e = extract("Le ministre de l'Énergie, Cheikh Ndiaye, a annoncé la signature.", "fr")
        #expect(names(e, .person).contains("Cheikh Ndiaye"), "\(all(e))")
    }

    @Test func chineseTeamLeadersAndScientists() {
        let e = extract("记者从浙江大学获悉，该校王立军、陈晓红团队取得进展。英国剑桥大学物理学家马克·威尔逊评价称结果重要。", "zh")
        let people = names(e, .person)
        for p in ["王立军", "陈晓红"] { #expect(people.contains(p), "\(p): \(all(e))") }
        #expect(people.contains("马克·威尔逊"), "\(all(e))")
    }
}
