import Foundation
import Testing
@testable import BulletinKit

/// Leftovers of the unseen sets, twelfth session (NameFinder+Leftovers12.swift), tested on names of no scored text:
/// each rule has a must-find and a must-not-find check.
@Suite struct EntityLeftovers12Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    func entity(_ e: Extraction, containing alias: String) -> ArticleEntity? {
        e.entities.first { $0.aliases.contains(alias) || $0.name == alias }
    }

    // MARK: Chinese companies

    @Test func hanCompanyNamedInFullWithALongLegalForm() {
        let e = extract("（记者王明）山东省烟台市万华化学集团股份有限公司8日发布公告，前三季度营业收入增长。", "zh")
        #expect(names(e, .organization).contains("山东省烟台市万华化学集团股份有限公司"), "\(all(e))")
        // A verb or a function word before the name is no part of it.
        let f = extract("双方将与浙江省宁波市舟山港海洋运输股份有限公司签署合作协议。", "zh")
        #expect(names(f, .organization).contains("浙江省宁波市舟山港海洋运输股份有限公司"), "\(all(f))")
        #expect(!names(f, .organization).contains { $0.hasPrefix("与") || $0.hasPrefix("将") }, "\(all(f))")
    }

    @Test func hanStockShortNamesInAMarketArticle() {
        let e = extract("（记者王明）山东省烟台市万华化学集团股份有限公司8日发布公告。万华化学当日在上海证券交易所开盘上涨2.1%，" +
                        "同行业的鲁西化工和三一重工股价分别下跌0.5%和0.3%。", "zh")
        #expect(entity(e, containing: "万华化学")?.aliases.contains("山东省烟台市万华化学集团股份有限公司") == true, "the short name is the company's: \(all(e))")
        let orgs = names(e, .organization)
        #expect(orgs.contains("鲁西化工") && orgs.contains("三一重工"), "\(all(e))")
        // Generic words with an industry ending are none, and with no market word the rule waits.
        let f = extract("全省电力和化工行业股价普遍上涨。", "zh")
        #expect(!names(f, .organization).contains("全省电力"), "\(all(f))")
        let g = extract("记者在鲁西化工和三一重工看到，工人正在加班。", "zh")
        #expect(!names(g, .organization).contains("鲁西化工"), "no market word: \(all(g))")
    }

    @Test func hanShortNameIntroducedWithJianCheng() {
        let e = extract("河南省郑州市宇通客车股份有限公司（以下简称“宇通客车”）5日发布公告称，宇通客车前三季度销量增长。", "zh")
        let company = entity(e, containing: "河南省郑州市宇通客车股份有限公司")
        #expect(company?.aliases.contains("宇通客车") == true, "\(all(e))")
        #expect(e.entities.filter { $0.type == .organization }.count == 1, "\(all(e))")
    }

    @Test func hanGenericCompanyNounsAreNoNames() {
        let e = extract("归属于上市公司股东的净利润增长12%。项目公司负责运营，当地社区组织表示欢迎，华为公司表示支持。", "zh")
        let orgs = names(e, .organization)
        #expect(!orgs.contains("上市公司") && !orgs.contains("项目公司") && !orgs.contains("当地社区组织"), "\(all(e))")
        #expect(e.entities.contains { $0.type == .organization && $0.aliases.contains("华为") || $0.name == "华为公司" }, "a named company stays: \(all(e))")
    }

    // MARK: Russian

    @Test func russianPlaceWithAFleetingVowelJoinsItsFullName() {
        let e = extract("ТОРЖОК, 5 марта. /ТАСС/. Фестиваль ремёсел прошёл в Торжке. Гости приехали из Твери.", "ru")
        let places = e.entities.filter { $0.type == .place }
        let torzhok = places.first { $0.aliases.contains("Торжке") }
        #expect(torzhok?.name == "Торжок" && torzhok?.aliases.contains("ТОРЖОК") == true, "\(all(e))")
        #expect(places.filter { $0.aliases.contains("Твери") }.allSatisfy { !$0.aliases.contains("Торжке") }, "another town stays apart: \(all(e))")
    }

    @Test func russianOpeningPluralAdjectiveIsNoName() {
        let e = extract("В выборах участвовала партия «Зелёные люди». Зелёные депутаты приступят к работе в январе. " +
                        "Ольга Вишневская открыла заседание. Вишневская заявила, что работа начнётся сразу.", "ru")
        #expect(!e.entities.contains { $0.name == "Зелёные" }, "\(all(e))")
        #expect(names(e, .person).contains("Ольга Вишневская"), "a surname opening a sentence stays: \(all(e))")
    }

    @Test func russianTwoWordNamesInAnUncertainCase() {
        let given = extractor.lexicon.givenNames
        let cases: [(String, String)] = [("Анну Петрову", "Анна Петрова"), ("Игоря Соколова", "Игорь Соколов"), ("Ивану Орлову", "Иван Орлов"),
                                         ("Олега Тарасова", "Олег Тарасов"), ("Игорю Белову", "Игорь Белов"), ("Ирину Зайцеву", "Ирина Зайцева")]
        for (form, nominative) in cases {
            #expect(NameFinder.russianNameNominative(form, givenNames: given) == nominative, "\(form) → \(String(describing: NameFinder.russianNameNominative(form, givenNames: given)))")
        }
        // Nominatives that read as another name's case stay; so does a Kazakh -улы surname and an unknown given name alone.
        for name in ["Вероника Шубина", "Таня Петрова", "Ерлана Жаксылыкулы", "Олжаса Бектенова", "Милена Стоилова", "Ивана Петрович"] {
            #expect(NameFinder.russianNameNominative(name, givenNames: given) == nil, "\(name) → \(String(describing: NameFinder.russianNameNominative(name, givenNames: given)))")
        }
    }

    @Test func russianUncertainCaseSettledByTheArticle() {
        let e = extract("Министр Тимофей Ладыгин прибыл в Тверь. Визит Тимофея Ладыгина продлится два дня. По словам Ладыгина, планы большие.", "ru")
        let people = e.entities.filter { $0.type == .person }
        #expect(people.count == 1 && people.first?.name == "Тимофей Ладыгин", "\(all(e))")
        let f = extract("Директор библиотеки Вероника Шубина открыла выставку.", "ru")
        #expect(names(f, .person).contains("Вероника Шубина") && !names(f, .person).contains("Вероник Шубин"), "\(all(f))")
    }

    // MARK: Latin

    @Test func regionBetweenADatelineTownAndItsDateIsAPlace() {
        let e = extract("BRECON, Powys, March 4 (Reuters) - A start-up said on Tuesday it raised funds.", "en")
        #expect(names(e, .place).contains("Powys"), "\(all(e))")
        // (Wales there gives GB and is no place of its own: the gold's convention since session 41, NameFinder+S41.swift.)
        let w = extract("CARDIFF, Wales, March 4 (Reuters) - A start-up said on Tuesday it raised funds.", "en")
        #expect(w.countries.contains("GB") && !names(w, .place).contains("Wales"), "\(w.countries) \(all(w))")
        let f = extract("DUNDEE, Tayside Police, March 4 - Officers said on Tuesday the road was closed.", "en")
        #expect(!names(f, .place).contains("Tayside Police"), "an organization keyword keeps it: \(all(f))")
    }

    @Test func twoWordsAfterAnAwardOrAPassAreAPerson() {
        let e = extract("Le prix du meilleur scénario a été décerné à Margaux Tellier pour son premier film.", "fr")
        #expect(names(e, .person).contains("Margaux Tellier"), "\(all(e))")
        let f = extract("El delantero marcó tras un pase de Aitor Zubeldia en el minuto 70.", "es")
        #expect(names(f, .person).contains("Aitor Zubeldia"), "\(all(f))")
        // After a verb of travel, a place stays a place.
        let g = extract("Le festival a lieu à Bobo Dioulasso chaque année, et l'équipe viajó a Puerto Montt.", "fr")
        #expect(names(g, .place).contains("Bobo Dioulasso") && !names(g, .person).contains("Bobo Dioulasso"), "\(all(g))")
    }

    // MARK: Arabic

    @Test func arabicDatelineAgencyWrittenAsANisba() {
        let e = extract("الرباط في 4 مايو /المغربية/ قال وزير الفلاحة إن الموسم الزراعي جيد في المغرب.", "ar")
        #expect(names(e, .organization).contains("المغربية"), "\(all(e))")
        #expect(e.countries.contains("MA"), "the country stays named: \(e.countries)")
        // A nisba between slashes in the body is no agency.
        let f = extract("قال الوزير إن الصادرات الزراعية ارتفعت هذا العام بنسبة كبيرة جدا وفق الأرقام الرسمية /المغربية/ المنشورة.", "ar")
        #expect(!names(f, .organization).contains("المغربية"), "\(all(f))")
    }

    @Test func arabicCompanyForAnActivity() {
        let e = extract("وقعت شركة رواد لتحلية المياه عقدا مع الوزارة لتوسيع المحطة.", "ar")
        let company = e.entities.first { $0.type == .organization && $0.name.hasPrefix("شركة رواد") }
        #expect(company?.name == "شركة رواد لتحلية المياه" && company?.aliases.contains("شركة رواد") == true, "\(all(e))")
        let f = extract("وأضاف أن شركة رواد لدى الوزارة ملف المشروع.", "ar")
        #expect(!names(f, .organization).contains { $0.contains("لدى") }, "\(all(f))")
    }

    // MARK: Leftovers of holdout10-15

    @Test func hanCentreNamedByItsCountry() {
        let e = extract("由中国援建的坦桑尼亚玉米技术推广中心5日在多多马揭牌。", "zh")
        #expect(names(e, .organization).contains("坦桑尼亚玉米技术推广中心"), "\(all(e))")
        #expect(e.countries.contains("TZ"), "\(e.countries)")
        // A city centre is no institution.
        let f = extract("游客来到坦桑尼亚市中心参观。", "zh")
        #expect(!names(f, .organization).contains { $0.hasSuffix("中心") }, "\(all(f))")
    }

    @Test func hanPersonCutInsideItsRunGoesOnOverAMiddleDot() {
        // (A second part opening with a surname character, 朱, left the first cut at 别.)
        let e = extract("吉尔吉斯斯坦能源部长马拉特别克·朱努索夫出席仪式并致辞。", "zh")
        #expect(names(e, .person).contains("马拉特别克·朱努索夫"), "\(all(e))")
        #expect(!names(e, .person).contains("马拉特"), "\(all(e))")
        // A name that ends its run before the dot is left to the discovery rules.
        let f = extract("吉尔吉斯斯坦能源部长马拉特别克出席仪式。", "zh")
        #expect(!names(f, .person).contains { $0.contains("·") }, "\(all(f))")
    }

    @Test func vietnameseCompanyEndsBeforeVaAndAnotherOrganization() {
        let e = extract("Đoàn có đại diện Tổng công ty Thương mại Đông Phong (Dophaco). Tại buổi làm việc, Công ty cổ phần Dala Trans và Dophaco đã ký hợp đồng.", "vi")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Công ty cổ phần Dala Trans") && !orgs.contains("Công ty cổ phần Dala Trans và Dophaco"), "\(all(e))")
        #expect(e.entities.first { $0.aliases.contains("Dophaco") }?.aliases.contains("Tổng công ty Thương mại Đông Phong") == true, "\(all(e))")
        // A company whose own name holds "và" stays whole.
        let f = extract("Công ty cổ phần Xuất nhập khẩu Thủy sản và Nông sản Miền Trung đã ký hợp đồng.", "vi")
        #expect(names(f, .organization).contains { $0.hasSuffix("Miền Trung") }, "\(all(f))")
    }

    @Test func arabicJointCommitteeAfterLam() {
        let e = extract("ومن المقرر أن تنعقد الدورة المقبلة للجنة المصرية الكينية المشتركة في نيروبي في مارس المقبل.", "ar")
        #expect(names(e, .organization).contains("اللجنة المصرية الكينية المشتركة"), "\(all(e))")
        #expect(Set(e.countries).isSuperset(of: ["EG", "KE"]), "\(e.countries)")
        let f = extract("وقال الوزير إن اللجنة ستجتمع للجنة الفنية الأسبوع المقبل.", "ar")
        #expect(!names(f, .organization).contains { $0.hasSuffix("المشتركة") }, "\(all(f))")
    }

    @Test func arabicStationTownBeforeItsCargo() {
        let e = extract("وتفقد الوفد ميناء العقبة ومحطة الحديثة للحاويات قبل أن يغادر.", "ar")
        #expect(names(e, .place).contains("الحديثة"), "\(all(e))")
        let f = extract("وتفقد الوفد المحطة الجديدة للحاويات في الميناء.", "ar")
        #expect(!names(f, .place).contains("الجديدة"), "\(all(f))")
    }

    @Test func arabicInstituteOfStudies() {
        let e = extract("وقال الباحث في مركز دراسات شرق أوروبا التابع للجامعة إن التعاون يتوسع.", "ar")
        #expect(names(e, .organization).contains("مركز دراسات شرق أوروبا"), "\(all(e))")
        let f = extract("وأكد الوزير أهمية مركز دراسات يعمل على هذه القضايا.", "ar")
        #expect(!names(f, .organization).contains { $0.hasPrefix("مركز دراسات") }, "\(all(f))")
    }
}
