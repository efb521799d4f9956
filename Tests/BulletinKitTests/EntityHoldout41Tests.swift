import Foundation
import Testing
@testable import BulletinKit

/// Discovery patterns found missing on scripts/entity-unseen/holdout41 (wire copy in the seeds' style in en, fr, ar, ru, vi
/// and zh about Belarus, Vietnam, China and Kazakhstan and partners the earlier sets used little; written and scored before
/// any rule was changed for it). Every test uses other names than those articles (its texts are written here), and every
/// rule group has a must-find and a must-not-find check.
@Suite struct EntityHoldout41Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: English and French

    @Test func camelBodiesInitialsAndLegalForms() {
        let e = extract("The talks were attended by Director of InvestKedah Siti Aminah binti Abdul Rahman and by the rector of the B. Kenzhebayev Semey University. Kathmandu Valley Foods Pvt. Ltd. and Una Logistika d.o.o. signed a deal.", "en")
        #expect(names(e, .person).contains("Siti Aminah binti Abdul Rahman"), "\(all(e))")
        let orgs = names(e, .organization)
        for o in ["InvestKedah", "B. Kenzhebayev Semey University", "Kathmandu Valley Foods Pvt. Ltd."] { #expect(orgs.contains(o), "\(o): \(all(e))") }
        #expect(!orgs.contains("B"), "\(all(e))")
        let not = extract("Shares of iPhone makers rose, said analyst Mark Olsen of Barclays in London.", "en")
        #expect(!names(not, .organization).contains("iPhone"), "\(all(not))")
    }

    @Test func givenNamesBeforeAPersonAfterAHeadOrAPortfolio() {
        let e = extract("The meeting was chaired by Chief Minister of Lumbini Province Kamala Devi Rana Bhat and Minister for Agriculture and Livestock Development Bishnu Kanta Pokharel.", "en")
        let people = names(e, .person)
        #expect(people.contains(where: { $0.hasPrefix("Kamala Devi") }), "\(all(e))")
        #expect(people.contains(where: { $0.hasPrefix("Bishnu") }), "\(all(e))")
        let not = extract("Officials of Lumbini Province said Nepal would open the new road in May.", "en")
        #expect(!names(not, .person).contains(where: { $0.contains("Lumbini") }), "\(all(not))")
    }

    @Test func vietnameseNamesAndCompaniesInFrench() {
        let e = extract("Le chef de la délégation, Lưu Đức Hạnh, a rencontré le directeur de la Société par actions Thủy sản Hòa Bình Xanh, Đặng Văn Lộc, à Douala.", "fr")
        let people = names(e, .person)
        #expect(people.contains("Lưu Đức Hạnh"), "\(all(e))")
        #expect(people.contains("Đặng Văn Lộc"), "\(all(e))")
        #expect(names(e, .organization).contains("Société par actions Thủy sản Hòa Bình Xanh"), "\(all(e))")
        let not = extract("Les experts visiteront Lyon, Marseille et Nantes, puis Lille.", "fr")
        #expect(names(not, .person).isEmpty, "\(all(not))")
    }

    @Test func englishFacilitiesCountiesAndRegions() {
        let e = extract("MINSK, 2 December (BelTA) - The Minsk region and Jiangxi will open a centre. Flights will land at Nanchang Changbei International Airport, and an exhibition will be held at the Lotus Expo Center. The plant is in Yudu County of Ganzhou City, near the Lianhua community. Experts from Minsk and the Polotsk State Agrarian University took part.", "en")
        let places = names(e, .place)
        for p in ["Nanchang Changbei International Airport", "Lotus Expo Center", "Yudu County", "Ganzhou City", "Lianhua", "Minsk region"] {
            #expect(places.contains(p), "\(p): \(all(e))")
        }
        #expect(names(e, .organization).contains("Polotsk State Agrarian University"), "\(all(e))")
        let not = extract("The Ministry said the Special Economic Zone would grow, and the Autonomous Region would help.", "en")
        #expect(!names(not, .place).contains("Autonomous Region") && !names(not, .person).contains("Autonomous Region"), "\(all(not))")
    }

    @Test func englishBodiesOverAnd() {
        let e = extract("Officials of the Ministry of Labour and Social Protection of Belarus met the Northern Highlands Rice Breeding and Seed Production Institute. Executive Councillor for Tourism of Sabah Datuk Ahmad Kassim spoke.", "en")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Ministry of Labour and Social Protection of Belarus"), "\(all(e))")
        #expect(orgs.contains("Northern Highlands Rice Breeding and Seed Production Institute"), "\(all(e))")
        #expect(!orgs.contains(where: { $0.contains("Councillor") }), "\(all(e))")
        let not = extract("Students of the University of Latvia and the Riga Technical University attended.", "en")
        #expect(!names(not, .organization).contains(where: { $0.hasPrefix("University of Latvia and") }), "\(all(not))")
    }

    @Test func frenchBodiesPlacesAndPortfolios() {
        let e = extract("La Coopérative agricole du Haut-Ogooué et l'Institut du coton de la vallée de la Bénoué, ainsi que la Société des phosphates de Matam SA, accueilleront vingt étudiants de l'Université de Ziguinchor pour des stages. Les essais ont eu lieu dans les départements d'Oyem et de Mitzic. Les navires partiront à destination de Qingdao.", "fr")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Société des phosphates de Matam SA"), "\(all(e))")
        #expect(orgs.contains("Université de Ziguinchor"), "\(all(e))")
        let places = names(e, .place)
        for p in ["Oyem", "Mitzic", "Qingdao"] { #expect(places.contains(p), "\(p): \(all(e))") }
        let not = extract("Le ministre sénégalais des Pêches et de l'Économie maritime et de la Recherche a parlé à Dakar.", "fr")
        #expect(!names(not, .place).contains("Recherche"), "\(all(not))")
    }

    @Test func frenchHyphenatedNamesAndAcronymLongNames() {
        let e = extract("La Société coopérative du Mayo-et-Kebbi a signé avec l'Organisation des Nations unies pour le développement industriel (ONUDI) un accord.", "fr")
        let orgs = names(e, .organization)
        #expect(orgs.contains(where: { $0.hasSuffix("Mayo-et-Kebbi") }), "\(all(e))")
        #expect(orgs.contains("ONUDI"), "\(all(e))")
        #expect(!orgs.contains("Kebbi"), "\(all(e))")
        let not = extract("L'Organisation des Nations unies pour sa part a salué l'accord.", "fr")
        #expect(!names(not, .organization).contains(where: { $0.contains("pour") }), "\(all(not))")
    }

    // MARK: Arabic

    @Test func arabicZonesPortsAndDistricts() {
        let e = extract("زار الوفد مدينة نوفوبولوتسك ثم المنطقة الاقتصادية الحرة نوفوبولوتسك، والمنطقة الحرة برأس لفان، ثم ميناء سلمان بن حمد في لواء الشوبك.", "ar")
        let places = names(e, .place)
        for p in ["المنطقة الاقتصادية الحرة نوفوبولوتسك", "رأس لفان", "ميناء سلمان بن حمد", "لواء الشوبك"] { #expect(places.contains(p), "\(p): \(all(e))") }
        let not = extract("وقال إن المنطقة الاقتصادية الحرة تقدم حوافز للمستثمرين.", "ar")
        #expect(!names(not, .place).contains(where: { $0.contains("تقدم") }), "\(all(not))")
    }

    @Test func arabicNamesAroundRoles() {
        let e = extract("وضم الوفد كلاً من أليكسا كوفاليفا مديرة المعهد، ومدينة سارسنباييفا رئيسة الجامعة، وفيكتور إيفانوفيتش بيلوف نائب المحافظ، وأشارت خديجة بنت سعيد الحاج مديرة الشركة إلى أن العمل بدأ.", "ar")
        let people = names(e, .person)
        for p in ["أليكسا كوفاليفا", "مدينة سارسنباييفا", "فيكتور إيفانوفيتش بيلوف", "خديجة بنت سعيد الحاج"] { #expect(people.contains(p), "\(p): \(all(e))") }
        #expect(!people.contains(where: { $0.hasPrefix("مديرة") }), "\(all(e))")
        let not = extract("وزار الوفد مدينة الزرقاء وأكد أن الشركة مديرة للمشروع.", "ar")
        #expect(!names(not, .person).contains(where: { $0.contains("الزرقاء") || $0.hasPrefix("مديرة") }), "\(all(not))")
    }

    @Test func arabicBodiesOfCountriesAndCompanies() {
        let e = extract("ووقعت جامعة جزر القمر مذكرة مع غرفة عمان. وقال مدير لشركة كازان للمعادن إن الشركة العمانية للموانئ ستتعاون مع بنك أوزبك ميلي.", "ar")
        let orgs = names(e, .organization)
        for o in ["جامعة جزر القمر", "غرفة عمان", "بنك أوزبك ميلي"] { #expect(orgs.contains(o), "\(o): \(all(e))") }
        #expect(orgs.contains(where: { $0.hasSuffix("كازان للمعادن") }), "\(all(e))")
        #expect(orgs.contains("الشركة العمانية للموانئ"), "\(all(e))")
        let not = extract("وقالت الشركة إن الحكومة ستدعم المشروع في قطر.", "ar")
        #expect(names(not, .organization).isEmpty, "\(all(not))")
    }

    // MARK: Russian, Vietnamese, Chinese

    @Test func russianAimagsAndRunOnBodies() {
        let e = extract("Документ подписал губернатор аймака Сэлэнгэ-Мурэн Цэдэвсүрэн Батболд. Предприятие отгрузит в Эрдэнэт первую партию масла и сыра.", "ru")
        #expect(names(e, .place).contains("Сэлэнгэ-Мурэн"), "\(all(e))")
        #expect(names(e, .person).contains("Цэдэвсүрэн Батболд"), "\(all(e))")
        #expect(!names(e, .organization).contains(where: { $0.contains("первую партию") }), "\(all(e))")
        let not = extract("Представители компании «Эрдэнэт» и Монгольский государственный университет подписали меморандум.", "ru")
        #expect(names(not, .organization).contains("Монгольский государственный университет"), "\(all(not))")
    }

    @Test func vietnameseMinistriesOverCommas() {
        let e = extract("Thứ trưởng Bộ Xây dựng đã làm việc với Bộ Kinh tế, Năng lượng và Thể thao Montenegro về hợp tác.", "vi")
        #expect(names(e, .organization).contains("Bộ Kinh tế, Năng lượng và Thể thao Montenegro"), "\(all(e))")
        let not = extract("Bộ Công Thương, Bộ Tài chính và các địa phương sẽ phối hợp.", "vi")
        #expect(!names(not, .organization).contains(where: { $0.contains(",") }), "\(all(not))")
    }

    @Test func chineseTitlesParenthesesAndCentres() {
        let e = extract("北方省省长卡鲁纳拉特纳出席仪式。该项目由中建（马来西亚）工程有限公司承建，科伦坡港粮食物流中心同日启用。", "zh")
        #expect(names(e, .place).contains("北方省"), "\(all(e))")
        #expect(!names(e, .place).contains("北方省省"), "\(all(e))")
        #expect(names(e, .organization).contains("中建（马来西亚）工程有限公司"), "\(all(e))")
        let not = extract("公司与斯里兰卡（科伦坡）代表签署协议。", "zh")
        #expect(!names(not, .organization).contains(where: { $0.contains("（") }), "\(all(not))")
    }
}
