import Foundation
import Testing
@testable import BulletinKit

/// The rules of holdouts 29, 32, 33, 36, 38, 41 and 42 and of the Arabic speakers, gated on their cue words
/// (`articleHas`), still fire when a cue word is there: short texts with names no list holds.
@Suite struct EntityGates31BTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    /// h38LegalFormCompanies ("Kft.", "DOO"), h38PlaceHeadBeforePerson ("Governorate"), h38BinNames ("bin").
    @Test func englishLegalFormsAndPlaceHeadsFire() {
        let e = extract("The agreement was signed by CEO of Bodrog Malom Kft. Levente Szarvasi-Kun and Director of Morava Tekstil DOO Jelena Vuksanović. Governor of Al Dhahira Governorate Salim bin Hamed Al Marhoobi attended.", "en")
        let orgs = names(e, .organization)
        for o in ["Bodrog Malom Kft.", "Morava Tekstil DOO"] { #expect(orgs.contains(o), "\(o): \(all(e))") }
        let people = names(e, .person)
        for p in ["Levente Szarvasi-Kun", "Jelena Vuksanović", "Salim bin Hamed Al Marhoobi"] { #expect(people.contains(p), "\(p): \(all(e))") }
        #expect(names(e, .place).contains("Al Dhahira Governorate"), "\(all(e))")
    }

    /// h38Routes ("Route", "National Highway"), h38BorderGates ("border"), h38ZonesOverAnd ("Zone"), h41Facilities ("Airport").
    @Test func englishRoutesGatesZonesAndFacilitiesFire() {
        let e = extract("Trucks use the Turquoise Steppe Transit Route and National Highway 9 to reach the Cha Lo – Na Phao international border gate and the Shandong-Uzbekistan Agriculture and Trade Cooperation Zone. Flights land at Yinchuan Hedong International Airport.", "en")
        let places = names(e, .place)
        for p in ["Turquoise Steppe Transit Route", "National Highway 9", "Cha Lo", "Na Phao", "Shandong-Uzbekistan Agriculture and Trade Cooperation Zone",
                  "Yinchuan Hedong International Airport"] {
            #expect(places.contains(p), "\(p): \(all(e))")
        }
    }

    /// h42CountyTitles ("County"), h42OfFirm (a firm's last word), h41TheBodyRun (a body's head after "the").
    @Test func englishCountiesFirmsAndBodyRunsFire() {
        let e = extract("Lemhi County District Judge Carla J. Whitmore-Diaz said the case was sad. Analyst Desmond R. Achterlonie of Fernbrook Capital Markets said the stock was cheap. Officials met the Southern Uplands Maize Breeding and Seed Testing Institute.", "en")
        #expect(names(e, .place).contains("Lemhi County"), "\(all(e))")
        let people = names(e, .person)
        #expect(people.contains(where: { $0.hasPrefix("Carla") && $0.hasSuffix("Whitmore-Diaz") }), "\(all(e))")
        #expect(people.contains(where: { $0.hasPrefix("Desmond") && $0.hasSuffix("Achterlonie") }), "\(all(e))")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Fernbrook Capital Markets"), "\(all(e))")
        #expect(orgs.contains("Southern Uplands Maize Breeding and Seed Testing Institute"), "\(all(e))")
    }

    /// h41SocieteParActions ("Société"), h41FrenchPlaceLists ("départements", "destination"), h42FrenchBodies ("coopérative").
    @Test func frenchCompaniesListsAndBodiesFire() {
        let e = extract("Le directeur de la Société par actions Thủy sản Sơn La Xanh, Vũ Đình Khải, était présent. Les essais ont eu lieu dans les départements de Tchibanga et de Mouila. Les navires partiront à destination de Tianjin. Le cabinet Garnier & Poulain a audité la coopérative Noix et Châtaignes du Vivarais.", "fr")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Société par actions Thủy sản Sơn La Xanh"), "\(all(e))")
        #expect(orgs.contains("Garnier & Poulain"), "\(all(e))")
        #expect(orgs.contains(where: { $0.hasPrefix("Noix et Châtaignes") }), "\(all(e))")
        let places = names(e, .place)
        for p in ["Tchibanga", "Mouila", "Tianjin"] { #expect(places.contains(p), "\(p): \(all(e))") }
    }

    /// h38ArabicNamesBeforeRoles and h41ArabicListNames (a role after the name), arabicSpeechPersons (a verb of saying).
    @Test func arabicPersonsBeforeRolesAndAfterSpeechFire() {
        let e = extract("وضم الوفد كلاً من سلطان راشد المزروعي المدير التنفيذي للشركة، وقال غسان الدباغ إن المشروع سيكتمل العام المقبل.", "ar")
        let people = names(e, .person)
        for p in ["سلطان راشد المزروعي", "غسان الدباغ"] { #expect(people.contains(p), "\(p): \(all(e))") }
    }

    /// h36ArabicRoyalNames (a head and a royal title), h36ArabicPlaceHeads (a cemetery, a quarter), h38ArabicZones (a zone).
    @Test func arabicHeadsAndZonesFire() {
        let e = extract("وأجريت العملية في مستشفى الملك فهد التخصصي بتبوك، ودفن في مقبرة الصفاء، وتصل الشحنات إلى المنطقة الاقتصادية الخاصة بالحديدة.", "ar")
        #expect(names(e, .organization).contains(where: { $0.contains("الملك فهد") }) || names(e, .place).contains(where: { $0.contains("الملك فهد") }), "\(all(e))")
        let places = names(e, .place)
        #expect(places.contains("مقبرة الصفاء"), "\(all(e))")
        #expect(places.contains("المنطقة الاقتصادية الخاصة بالحديدة"), "\(all(e))")
    }

    /// h42ArabicPanel (a plural title) and h42ArabicNamed (يدعى).
    @Test func arabicPanelsAndNamedPersonsFire() {
        let e = extract("صدر الحكم وعضوية المستشارين سامح نبيل العدوي وماجد فتحي الجمال، وكان المتهم، ويدعى رامي صابر عبد المنعم الزغبي، قد اعترف.", "ar")
        let people = names(e, .person)
        for p in ["سامح نبيل العدوي", "ماجد فتحي الجمال"] { #expect(people.contains(p), "\(p): \(all(e))") }
        #expect(people.contains(where: { $0.hasPrefix("رامي صابر") }), "\(all(e))")
    }

    /// h42RussianSettlements ("села"), h42RussianQuotedCompany ("компании «…»"), h36RussianSoleTrader ("ИП").
    @Test func russianSettlementsCompaniesAndTradersFire() {
        let e = extract("Возле села Верхнекамышино закрыли дорогу. Работы ведут бригады компании «Южные сети – Донэнерго».", "ru")
        #expect(names(e, .place).contains("Верхнекамышино"), "\(all(e))")
        #expect(names(e, .organization).contains("Южные сети – Донэнерго"), "\(all(e))")
    }

    /// h36VietnameseCityPrefix ("TP"), h36VietnamesePupil ("em"), h42VietnameseForeignNames ("người").
    @Test func vietnameseCitiesPupilsAndForeignersFire() {
        let e = extract("Đoàn xe xuất phát từ TP Phan Rang lúc 5 giờ sáng. Giải nhất thuộc về em Lục Thị Thanh Trúc. Tiền vệ người Uruguay Matías Nicolás Ferreyra ghi bàn.", "vi")
        #expect(names(e, .place).contains("Phan Rang"), "\(all(e))")
        let people = names(e, .person)
        #expect(people.contains("Lục Thị Thanh Trúc"), "\(all(e))")
        #expect(people.contains("Matías Nicolás Ferreyra"), "\(all(e))")
    }

    /// h31EnglishTypes (a site's and a utility's last word), h31EnglishTitleBodies ("Commissioner"), h31RussianLowercaseBodies
    /// ("области").
    @Test func holdout31TypesTitlesAndRegionalBodiesFire() {
        let e = extract("Crews worked near the Wirrabara Caves Reserve on Sunday. Customers of Tamarside Vale Water will pay more. Emergency Services Commissioner Dr Helena Okonkwo-Baird said crews were ready.", "en")
        #expect(!names(e, .person).contains("Wirrabara Caves Reserve"), "\(all(e))")
        #expect(!names(e, .person).contains("Tamarside Vale Water"), "\(all(e))")
        #expect(!names(e, .organization).contains("Emergency Services Commissioner"), "\(all(e))")
        let ru = extract("Об этом сообщили в департаменте здравоохранения Вологодской области.", "ru")
        #expect(names(ru, .organization).contains { $0.hasPrefix("департамент") && $0.hasSuffix("Вологодской области") }, "\(all(ru))")
    }

    // MARK: Patterns gated inside their rules (second round)

    /// h27English (a body's noun, a role word, a compass word before a country, a state's abbreviation) and
    /// h29English (its trigger walk: an embassy).
    @Test func englishPatternsInsideTheirRulesFire() {
        let e = extract("BRAINERD, Minn. (AP) — The charity Harvest Lantern Trust said Attorney Marisol Quenby-Hart met the mayor. Farmers in Western Canada waited. BelTA learned from the Embassy of Belarus in Chile.", "en")
        let places = names(e, .place)
        #expect(places.contains("Minnesota") || places.contains("Minn."), "\(all(e))")
        #expect(places.contains { $0.uppercased() == "BRAINERD" }, "\(all(e))")
        #expect(places.contains("Western Canada"), "\(all(e))")
        let orgs = names(e, .organization)
        for o in ["Harvest Lantern Trust", "Embassy of Belarus in Chile"] { #expect(orgs.contains(o), "\(o): \(all(e))") }
        #expect(names(e, .person).contains("Marisol Quenby-Hart"), "\(all(e))")
    }

    /// h27Romance (a lowercase court, places after a place noun), h29French (a head's body, a region's name) and h32French
    /// (a festival).
    @Test func romancePatternsInsideTheirRulesFire() {
        let fr = extract("Le tribunal correctionnel de Lorient a jugé l'affaire. Le Commandement de la police de Xaignabouli a arrêté deux hommes, dans la province du Moyen-Ogooué. Le Festival du film insulaire de Groix ouvre lundi.", "fr")
        let orgs = names(fr, .organization)
        #expect(orgs.contains("tribunal correctionnel de Lorient"), "\(all(fr))")
        #expect(orgs.contains("Commandement de la police de Xaignabouli"), "\(all(fr))")
        #expect(orgs.contains("Festival du film insulaire de Groix"), "\(all(fr))")
        #expect(names(fr, .place).contains("Moyen-Ogooué"), "\(all(fr))")
        let pt = extract("A água invadiu os bairros Jardim Primavera e Vila Serena, disse a moradora Ana Souza.", "pt")
        #expect(names(pt, .place).contains("Jardim Primavera") && names(pt, .place).contains("Vila Serena"), "\(all(pt))")
    }

    /// h32LegalForms (a partner after '&' with no form), h32MarketCodes (an index), h32Sport (a stadium, a league).
    @Test func firmsMarketsAndSportPatternsFire() {
        let fr = extract("Le prêt accordé par la banque Morvillier Frères & Cie a rassuré le marché, et le CAC 40 reculait.", "fr")
        #expect(names(fr, .organization).contains { $0.hasSuffix("Frères & Cie") }, "\(all(fr))")
        #expect(!names(fr, .organization).contains("CAC"), "\(all(fr))")
        let it = extract("La Virtus Cremasca ha battuto la Pro Vercelli Calcio allo stadio Aldo Pennisi, nel girone B di Serie C.", "it")
        #expect(names(it, .place).contains("Aldo Pennisi"), "\(all(it))")
        #expect(!names(it, .organization).contains("Serie C") && !names(it, .person).contains("Serie C"), "\(all(it))")
    }

    /// h39Russian (coordinated regions, a body named after a person), h33Cyrillic (a cosmodrome), h26Russian (a site noun,
    /// a route), h30Russian (a farm's legal form), h42RussianTowns (в + a town in -ске).
    @Test func russianPatternsInsideTheirRulesFire() {
        let e = extract("Ракета стартовала с космодрома Ясный. Самолет приземлился в аэропорту Бегишево. Задерживаются электрички на направлении Новосибирск - Тогучин. Награду получил СПК «Рассвет-Агро». Могилевская и Витебская области подписали соглашение с Полесским государственным университетом имени В. Шабунина. Выставка прошла в Железногорске.", "ru")
        let places = names(e, .place)
        for p in ["Ясный", "Бегишево", "Тогучин", "Могилевская"] { #expect(places.contains(p), "\(p): \(all(e))") }
        #expect(places.contains { $0.hasPrefix("Железногорск") }, "\(all(e))")
        let orgs = names(e, .organization)
        #expect(orgs.contains("СПК «Рассвет-Агро»"), "\(all(e))")
        #expect(orgs.contains { $0.hasSuffix("имени В. Шабунина") }, "\(all(e))")
    }

    /// h33Vietnamese (a judge, an honorific acronym), h30Vietnamese (three-syllable heads, a lake after "hồ").
    @Test func vietnamesePatternsInsideTheirRulesFire() {
        let e = extract("Phiên tòa do Thẩm phán Đỗ Minh Khôi làm chủ tọa. NSND Lương Thị Hạnh có mặt. Giải đấu có sự tham gia của Câu lạc bộ Cờ vua Hòn Gai. Du khách tham quan hồ Ba Vũng vào cuối tuần.", "vi")
        let people = names(e, .person)
        #expect(people.contains("Đỗ Minh Khôi"), "\(all(e))")
        #expect(!names(e, .organization).contains("NSND"), "\(all(e))")
        #expect(names(e, .organization).contains("Câu lạc bộ Cờ vua Hòn Gai"), "\(all(e))")
        #expect(names(e, .place).contains("Ba Vũng"), "\(all(e))")
    }

    /// h29Arabic (a dollar's adjective names no country) and h33Arabic (a stadium's head).
    @Test func arabicPatternsInsideTheirRulesFire() {
        let e = extract("أقيمت المباراة على ستاد الأمير ناصر في الطائف، وبلغت الاستثمارات 300 مليون دولار أمريكي.", "ar")
        #expect(!e.countries.contains("US"), "a dollar's adjective: \(e.countries)")
        #expect(names(e, .place).contains { $0.contains("الأمير ناصر") }, "\(all(e))")
    }

    /// h42VietnameseRoles (a role's acronym before a name), h33Tickers (tickers, an index), h36ArabicOutlets (told to a paper).
    @Test func rolesTickersAndOutletsFire() {
        let vi = extract("HLV Phạm Minh Đức cho biết đội đã sẵn sàng. Cổ phiếu của công ty (mã chứng khoán: TQX) tăng mạnh.", "vi")
        #expect(names(vi, .person).contains("Phạm Minh Đức"), "\(all(vi))")
        #expect(!all(vi).contains { $0.hasSuffix(":TQX") }, "\(all(vi))")
        let ru = extract("Акции компании «Северный Ключ» (тикер SKLZ) подорожали, индекс РТС вырос.", "ru")
        #expect(!all(ru).contains { $0.hasSuffix(":SKLZ") || $0.hasSuffix(":РТС") }, "\(all(ru))")
        let ar = extract("وقال المتحدث لـ«الوطن» إن الاجتماع انتهى.", "ar")
        #expect(names(ar, .organization).contains("الوطن"), "\(all(ar))")
    }
}
