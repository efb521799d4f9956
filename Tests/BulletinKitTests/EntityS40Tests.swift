import Foundation
import Testing
@testable import BulletinKit

/// The general causes behind a blind set's largest error groups (NameFinder+S40.swift). Texts written here, with other
/// names and other sentences than the blind set's; each rule has a must-find and a must-not-find check.
@Suite struct EntityS40Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Chinese

    @Test func aVerbAdverbOrRoleNounBeforeABodyIsNoPartOfIt() {
        let e = extract("新华社宁波3月3日电 记者从法院获悉，该项目引入江苏省国有资本投资集团作为投资人。债权人浙江萧山农村商业银行股份有限公司表示支持重整计划。纺织企业恒远集团也提交了方案，最终恒远集团退出。", "zh")
        let orgs = names(e, .organization)
        #expect(orgs.contains("江苏省国有资本投资集团"), "\(all(e))")
        #expect(orgs.contains("浙江萧山农村商业银行股份有限公司"), "\(all(e))")
        #expect(orgs.contains("恒远集团"), "\(all(e))")
        #expect(!orgs.contains { $0.hasPrefix("债权人") || $0.hasPrefix("最终") || $0.contains("企业恒远") || $0.contains("引入") }, "\(all(e))")
        // A holding company keeps its 控股, and 企业家 is no company's noun.
        let f = extract("新华社天津3月3日电 中国泰和投资控股有限公司发布公告。", "zh")
        #expect(names(f, .organization).contains { $0.hasSuffix("投资控股有限公司") }, "\(all(f))")
        #expect(!names(f, .organization).contains("有限公司"), "\(all(f))")
    }

    @Test func aNumeralAndJiaMakeNoBodysName() {
        let e = extract("新华社南京3月3日电 南京两家投资公司被查处，涉案金额较大。", "zh")
        #expect(!names(e, .organization).contains { $0.contains("两家") }, "\(all(e))")
    }

    @Test func aCountryReadAcrossGuojiaIsNone() {
        let e = extract("中新网3月3日电 法国吉美国家亚洲艺术博物馆与敦煌研究院合作举办展览。馆长表示，英国的学者也将参加。", "zh")
        #expect(!e.countries.contains("US"), "\(e.countries) \(all(e))")
        #expect(e.countries.contains("FR"), "\(e.countries)")
        let f = extract("中新网3月3日电 美国国家航空航天局与欧洲航天局签署协议。", "zh")
        #expect(f.countries.contains("US"), "\(f.countries) \(all(f))")
        let g = extract("中新网3月3日电 调查显示，许多美国家庭今年减少了旅行开支。", "zh")
        #expect(g.countries.contains("US"), "\(g.countries) \(all(g))")
    }

    @Test func aPersonAfterARoleOfAPartyIsFound() {
        let e = extract("新华社长沙3月3日电 购房者代表李建明说，希望早日交房。合伙人周志远表示，律师团队将继续跟进。", "zh")
        let people = names(e, .person)
        #expect(people.contains("李建明") && people.contains("周志远"), "\(all(e))")
        let f = extract("新华社长沙3月3日电 他代表公司表示感谢。", "zh")
        #expect(!names(f, .person).contains { $0.contains("公司") }, "\(all(f))")
    }

    @Test func aTownWrittenRightAfterItsProvinceIsAPlace() {
        let e = extract("新华社长沙3月3日电 该公司在湖南醴陵和四川邛崃设有工厂，还在广西藤县有仓库。", "zh")
        let places = names(e, .place)
        #expect(places.contains("醴陵") && places.contains("邛崃") && places.contains("藤县"), "\(all(e))")
        let f = extract("新华社贵阳3月3日电 气象台指出，今年冬季贵州、湖南西部和广西北部的降水偏多。", "zh")
        #expect(!names(f, .place).contains("西部") && !names(f, .place).contains("北部"), "\(all(f))")
    }

    @Test func aPlaceOpeningOnAParticleIsNone() {
        let e = extract("新华社兰州3月3日电 多年以后，他回到了故乡，在村里开办了一所学校。", "zh")
        #expect(!names(e, .place).contains { $0.hasPrefix("了") }, "\(all(e))")
    }

    // MARK: Arabic

    @Test func aRankAfterABodyOpensThePersonsName() {
        let e = extract("صفاقس - 3 مارس 2026 (وات) - وأعلنت المديرية العامة للحماية المدنية العقيد سامي الهمامي أن الطريق مغلق.", "ar")
        #expect(!names(e, .organization).contains { $0.contains("العقيد") }, "\(all(e))")
        #expect(names(e, .organization).contains("المديرية العامة للحماية المدنية"), "\(all(e))")
        #expect(names(e, .person).contains { $0.contains("سامي الهمامي") }, "\(all(e))")
    }

    @Test func theMunicipalityOfAmmanIsABodyAndNoOman() {
        let e = extract("إربد - 3 مارس 2026 (بترا) - قالت أمانة عمان الكبرى إن فرقها تعمل على فتح المصارف قبل المنخفض الجوي.", "ar")
        #expect(!e.countries.contains("OM"), "\(e.countries) \(all(e))")
        #expect(names(e, .organization).contains("أمانة عمان الكبرى"), "\(all(e))")
        let f = extract("مسقط - 3 مارس 2026 (العمانية) - وصل وزير الخارجية إلى عمان قادما من الرياض.", "ar")
        #expect(!names(f, .organization).contains { $0.contains("أمانة") }, "\(all(f))")
    }

    @Test func aRoundaboutRoadOrStreamAndItsNameAreOnePlace() {
        let e = extract("إربد - 3 مارس 2026 (بترا) - أصيب ثلاثة أشخاص في حادث وقع عند دوار الساعة وعلى طريق المفرق، فيما غمرت المياه سيل الحسا.", "ar")
        let places = names(e, .place)
        #expect(places.contains("دوار الساعة") && places.contains("طريق المفرق") && places.contains("سيل الحسا"), "\(all(e))")
        let f = extract("إربد - 3 مارس 2026 (بترا) - تم التواصل مع الأهالي عن طريق البلدية.", "ar")
        #expect(!names(f, .place).contains { $0.contains("طريق") }, "\(all(f))")
    }

    @Test func aNameAfterARelativesOrAJobsNounIsAPerson() {
        let e = extract("إربد - 3 مارس 2026 (بترا) - وقالت شقيقة المصاب، هدى الرواشدة إن الإسعاف تأخر. وذكر سائق الحافلة سامر الخوالدة أنه لم ير السيارة.", "ar")
        let people = names(e, .person)
        #expect(people.contains("هدى الرواشدة") && people.contains("سامر الخوالدة"), "\(all(e))")
        let f = extract("إربد - 3 مارس 2026 (بترا) - وقالت شقيقة المصاب إن الإسعاف تأخر كثيرا.", "ar")
        #expect(names(f, .person).isEmpty, "\(all(f))")
    }

    @Test func ammanAmongJordanianTownsIsNoOman() {
        let e = extract("إربد - 3 مارس 2026 (بترا) - توقعت الأرصاد الجوية أن تتجاوز كميات الأمطار 30 ملم في عمان وإربد خلال اليومين المقبلين.", "ar")
        #expect(!e.countries.contains("OM"), "\(e.countries) \(all(e))")
        #expect(names(e, .place).contains("Amman"), "\(all(e))")
        let f = extract("مسقط - 3 مارس 2026 (العمانية) - وصل وزير الخارجية إلى عمان قادما من إربد بعد جولة في المنطقة.", "ar")
        #expect(f.countries.contains("OM"), "\(f.countries) \(all(f))")
    }

    // MARK: Vietnamese

    @Test func aBodyOfACityStopsBeforeItsHeadsFamilyName() {
        let e = extract("Cà Mau, 3/11 (TTXVN) - Theo Sở Tư pháp thành phố Hà Nội Lê Văn Tâm, hồ sơ đã xong. Theo Sở Công Thương thành phố Hải Phòng Đỗ Văn Minh, giá gạo tăng.", "vi")
        let orgs = names(e, .organization), people = names(e, .person)
        #expect(orgs.contains("Sở Tư pháp thành phố Hà Nội"), "\(all(e))")
        #expect(orgs.contains("Sở Công Thương thành phố Hải Phòng"), "\(all(e))")
        #expect(people.contains("Lê Văn Tâm") && people.contains("Đỗ Văn Minh"), "\(all(e))")
        // A place whose last word is a family name, before a full name read already, is left whole.
        let f = extract("Bắc Giang, 3/11 (TTXVN) - Theo Sở Y tế tỉnh Bắc Giang Vi Văn Thắng, dịch đã được kiểm soát.", "vi")
        #expect(names(f, .organization).contains("Sở Y tế tỉnh Bắc Giang"), "\(all(f))")
    }

    @Test func aBodyEndsOnItsAdministrativeNounBeforeAVerb() {
        let e = extract("Đồng Nai, 3/11 (TTXVN) - Chủ tịch tỉnh yêu cầu Công an tỉnh huy động lực lượng hỗ trợ người dân.", "vi")
        #expect(names(e, .organization).contains("Công an tỉnh"), "\(all(e))")
        #expect(!names(e, .organization).contains { $0.hasSuffix("huy") }, "\(all(e))")
        #expect(!names(extract("Đồng Nai, 3/11 (TTXVN) - Bộ Chỉ huy Quân sự tỉnh Đồng Nai đã cử lực lượng.", "vi"), .organization).contains("Bộ Chỉ"))
    }

    @Test func aMonumentsNounIsPartOfItsPlacesName() {
        let e = extract("Huế, 3/11 (TTXVN) - Đoàn chuyên gia đã khảo sát Hoàng thành Thăng Long và Quần thể di tích Cố đô Hoa Lư, sau đó đến cung Trường Lạc.", "vi")
        let places = names(e, .place)
        #expect(places.contains("Hoàng thành Thăng Long") && places.contains("Quần thể di tích Cố đô Hoa Lư"), "\(all(e))")
        #expect(places.contains("Trường Lạc") && !names(e, .organization).contains("Trường Lạc"), "\(all(e))")
        // A school after a verb stays a school.
        let f = extract("Huế, 3/11 (TTXVN) - Đoàn đã đến Trường Đại học Khoa học Huế để làm việc.", "vi")
        #expect(!names(f, .place).contains { $0.hasPrefix("Trường") }, "\(all(f))")
    }

    // MARK: Russian

    @Test func anObliqueNounOpeningASentenceIsNoGivenName() {
        let e = extract("ЯРОСЛАВЛЬ, 3 марта. /ТАСС/. Суд приговорил бывшего чиновника к пяти годам. Вину Гришин не признал. Помощь Сидоренко оказали соседи.", "ru")
        let people = names(e, .person)
        #expect(people.contains("Гришин") && people.contains("Сидоренко"), "\(all(e))")
        #expect(!people.contains { $0.hasPrefix("Вину") || $0.hasPrefix("Помощь") }, "\(all(e))")
        let f = extract("ЯРОСЛАВЛЬ, 3 марта. /ТАСС/. Суд вынес приговор. Игорь Гришин не признал вину.", "ru")
        #expect(names(f, .person).contains("Игорь Гришин"), "\(all(f))")
    }

    @Test func aPronounAfterABodyIsNoPartOfIt() {
        let e = extract("МОСКВА, 3 марта. /ТАСС/. Об этом в Минобороны мы узнали вчера. В Минфине нам сообщили о решении.", "ru")
        let orgs = names(e, .organization)
        #expect(!orgs.contains { $0.hasSuffix(" мы") || $0.hasSuffix(" нам") }, "\(all(e))")
        #expect(orgs.contains("Минобороны"), "\(all(e))")
    }

    @Test func aResidentsNameAfterHerTownIsAPerson() {
        let e = extract("ТВЕРЬ, 3 марта. /ТАСС/. Жительница Кимр Галина Степановна Воронцова рассказала журналистам о происшествии.", "ru")
        #expect(names(e, .person).contains("Галина Степановна Воронцова"), "\(all(e))")
        #expect(names(e, .place).contains("Кимр") || names(e, .place).contains("Кимры"), "\(all(e))")
        // A town alone after the noun makes no person.
        let f = extract("ТВЕРЬ, 3 марта. /ТАСС/. Жители Кимр получили новые квартиры.", "ru")
        #expect(names(f, .person).isEmpty, "\(all(f))")
    }

    // MARK: English

    @Test func aSurnameThatIsATitlesWordEndsTheName() {
        let e = extract("WELLINGTON, March 3 (RNZ) - Transport Minister Chris Bishop said the road would reopen on Friday. Council engineer Mark Judge told reporters the slope was stable.", "en")
        let people = names(e, .person)
        #expect(people.contains("Chris Bishop") && people.contains("Mark Judge"), "\(all(e))")
        // A title before another name still opens it.
        let f = extract("WELLINGTON, March 3 (RNZ) - The service was led by Bishop Justin Duckworth on Sunday.", "en")
        #expect(!names(f, .person).contains { $0.hasSuffix("Bishop") }, "\(all(f))")
    }

    @Test func anAcronymAgainstAParenthesizedLetterIsAnotherName() {
        let e = extract("KOCHI, March 3 (PTI) - The CPI(M) and the Congress both backed the plan in the council on Tuesday.", "en")
        #expect(names(e, .organization).contains("CPI(M)"), "\(all(e))")
        #expect(!names(e, .organization).contains("International Criminal Court"), "\(all(e))")
    }
}
