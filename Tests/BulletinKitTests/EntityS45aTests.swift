import Foundation
import Testing
@testable import BulletinKit

/// The general causes behind a blind set's errors in English, French and Arabic (NameFinder+S45a.swift). Texts written
/// here, with other names and other sentences than the blind set's; each rule has a must-find check and, where a wrong
/// reading is near, a must-not-find one.
@Suite struct EntityS45aTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Arabic

    @Test func aCountrysWordAfterBinIsAName() {
        let e = extract("واستقبل الأمير فيصل بن تركي العتيبي الوفد الزائر في مكتبه بمدينة جدة أمس.", "ar")
        #expect(!e.countries.contains("TR"), "\(e.countries) \(all(e))")
        // The country's own adjective stays.
        let f = extract("ووصل الوفد التركي إلى مدينة جدة أمس لبحث التعاون.", "ar")
        #expect(f.countries.contains("TR"), "\(f.countries)")
    }

    @Test func romanRuinsNameNoRomania() {
        let e = extract("وعثر المنقبون على أعمدة رخامية في الحي الروماني القديم قرب ميناء طرطوس.", "ar")
        #expect(!e.countries.contains("RO"), "\(e.countries) \(all(e))")
        // A Romanian minister stays Romanian.
        let f = extract("ووصل وزير الخارجية الروماني إلى عمان أمس في زيارة رسمية.", "ar")
        #expect(f.countries.contains("RO"), "\(f.countries) \(all(f))")
    }

    @Test func aLanguageIsNoCountry() {
        let e = extract("وصدر الديوان في 300 صفحة باللغتين العربية والفرنسية عن دار نشر في مدينة صفاقس.", "ar")
        #expect(!e.countries.contains("FR"), "\(e.countries) \(all(e))")
        let f = extract("وقالت الحكومة الفرنسية إن المساعدات ستصل إلى مدينة صفاقس الأسبوع المقبل.", "ar")
        #expect(f.countries.contains("FR"), "\(f.countries)")
    }

    @Test func aNameGoesOnOverBinAndTheFathersName() {
        let e = extract("وحضر الحفل رئيس الاتحاد الدكتور سلطان بن مساعد القحطاني، الذي سلم الكؤوس للفائزين.", "ar")
        #expect(names(e, .person).contains("سلطان بن مساعد القحطاني"), "\(all(e))")
        #expect(!names(e, .person).contains("سلطان بن"), "\(all(e))")
    }

    @Test func aMauritanianNameIsReadBackOverOuld() {
        let e = extract("وقال المدير الجهوي، محمد المصطفى ولد أحمد عالي، إن الطريق سيفتح قريبا.", "ar")
        #expect(names(e, .person).contains("محمد المصطفى ولد أحمد عالي"), "\(all(e))")
        #expect(!names(e, .person).contains("أحمد عالي"), "\(all(e))")
        let f = extract("وأكد أمينه العام الشيخ ولد سيدي عبد الله إن النقابة سترفض المشروع.", "ar")
        #expect(names(f, .person).contains { $0.hasPrefix("الشيخ ولد سيدي") }, "\(all(f))")
    }

    @Test func aNameAfterANationalityIsAPerson() {
        let e = extract("وحل العداء الأوغندي جوشوا موكاسا كيبيت، الذي فاز العام الماضي، في المركز الثاني.", "ar")
        #expect(names(e, .person).contains("جوشوا موكاسا كيبيت"), "\(all(e))")
        let f = extract("وجاءت بعده مواطنته روث نيامبورا، فيما انسحب الباقون.", "ar")
        #expect(names(f, .person).contains("روث نيامبورا"), "\(all(f))")
        // The adjective before a common noun makes no person.
        let g = extract("وقال الوزير الكيني إن الحكومة الكينية ستدعم المنتخب.", "ar")
        #expect(names(g, .person).isEmpty, "\(all(g))")
    }

    @Test func aMunicipalityAndAPartyAreBodies() {
        let e = extract("وقال المسؤول إن العمل يجري بالتنسيق مع وزارة النقل وبلدية طبرق على صيانة الطريق.", "ar")
        #expect(names(e, .organization).contains("بلدية طبرق"), "\(all(e))")
        let f = extract("وقال النائب عن حزب إنصاف، أحمد ولد محمد، إن الكتلة سترفض القانون.", "ar")
        #expect(names(f, .organization).contains("حزب إنصاف"), "\(all(f))")
        let g = extract("وسيحال المشروع إلى الجمعية الوطنية الأسبوع المقبل، على أن تدرسه اللجنة المختصة.", "ar")
        #expect(names(g, .organization).contains("الجمعية الوطنية"), "\(all(g))")
        #expect(!names(g, .organization).contains("اللجنة المختصة"), "\(all(g))")
    }

    // MARK: Latin script

    @Test func aCountWordOpeningASentenceIsNoName() {
        let e = extract("NAIROBI, May 3 (Xinhua) -- Tens of thousands of passengers were stranded across Kenya on Monday after bus drivers began a strike over unpaid wages.", "en")
        #expect(!all(e).contains { $0.hasSuffix(":Tens") }, "\(all(e))")
        #expect(e.countries.contains("KE"), "\(e.countries)")
    }

    @Test func aSpanishBodyInEnglishTextIsOneBody() {
        let e = extract("The Asociación de Pescadores por la Costa Limpia, a fishermen's group, said it would sue the ministry.", "en")
        #expect(names(e, .organization).contains("Asociación de Pescadores por la Costa Limpia"), "\(all(e))")
        #expect(!names(e, .organization).contains("Costa Limpia"), "\(all(e))")
        #expect(names(e, .person).isEmpty, "\(all(e))")
    }

    @Test func aNameEndingOnForceIsABody() {
        let e = extract("Guards from the Harbour Protection Force searched the ships, officials in Chittagong said.", "en")
        #expect(names(e, .organization).contains("Harbour Protection Force"), "\(all(e))")
        #expect(!names(e, .person).contains("Harbour Protection Force"), "\(all(e))")
    }

    @Test func aForeignAdjectiveInsideAPlacesNameIsNoCountry() {
        let e = extract("Engineers inspected the dam on the Chino River and the Rio Chino reservoir near the border on Monday.", "en")
        #expect(!e.countries.contains("CN"), "\(e.countries) \(all(e))")
        #expect(names(e, .place).contains("Chino River"), "\(all(e))")
        let g = extract("The authority moved families out of the valley that the Rio Indio reservoir will flood.", "en")
        #expect(!names(g, .organization).contains("Rio Indio"), "\(all(g))")
        #expect(names(g, .place).contains("Rio Indio reservoir"), "\(all(g))")
        // The English adjective stays a country.
        let f = extract("Engineers from a Chinese firm inspected the dam on Monday.", "en")
        #expect(f.countries.contains("CN"), "\(f.countries)")
    }

    @Test func aNameBeforeALowercaseSiteNounIsThatPlace() {
        let e = extract("Services on the Matale Hills line were cut, and crowds waited at Galle Face station until dusk.", "en")
        #expect(names(e, .place).contains("Matale Hills line"), "\(all(e))")
        #expect(names(e, .place).contains("Galle Face station"), "\(all(e))")
        #expect(!names(e, .person).contains("Galle Face"), "\(all(e))")
    }

    @Test func aFrenchSiteNounAndANameAreOnePlace() {
        let e = extract("Les travaux du port de Conakry-ville et de la route Siguiri-Mandiana commencent lundi, près du golfe de Bamba.", "fr")
        #expect(names(e, .place).contains("route Siguiri-Mandiana"), "\(all(e))")
        #expect(names(e, .place).contains("golfe de Bamba"), "\(all(e))")
        // A road "to" a town is the town.
        let f = extract("Les contrôles ont été renforcés sur la route de Lagos, a indiqué la police.", "fr")
        #expect(!names(f, .place).contains("route de Lagos"), "\(all(f))")
    }

    @Test func theOppositionAndANameIsAParty() {
        let e = extract("The main opposition Jatiya Mukti Sangram walked out of parliament on Tuesday in Dhaka.", "en")
        #expect(names(e, .organization).contains("Jatiya Mukti Sangram"), "\(all(e))")
        #expect(!names(e, .person).contains("Jatiya Mukti Sangram"), "\(all(e))")
    }

    @Test func aFrenchBodyEndsBeforeAScheduleOrAPlaceWord() {
        let e = extract("Le texte sera examiné par l'Assemblée nationale prévue fin mars à Niamey.", "fr")
        #expect(names(e, .organization).contains("Assemblée nationale"), "\(all(e))")
        #expect(!names(e, .organization).contains { $0.hasSuffix("fin") || $0.contains("prévue") }, "\(all(e))")
        let f = extract("Le juge a confirmé la décision, a appris l'Agence ivoirienne de presse auprès du tribunal de Bouaké.", "fr")
        #expect(names(f, .organization).contains("Agence ivoirienne de presse"), "\(all(f))")
    }
}
