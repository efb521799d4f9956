import Foundation
import Testing
@testable import BulletinKit

/// Misses seen in the thirty-fourth session's blind sets holdout60 and holdout61 (NameFinder+Left36.swift): English,
/// French and Arabic. Texts written here, with other names than the articles they were seen in; every rule has a
/// must-find and a must-not-find check.
@Suite struct EntityLeft36Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Credits and reporting lines

    @Test func aPhotographerInACreditIsAPerson() {
        let e = extract("ASTANA, May 5 (Reuters) - The bank raised its forecast on Tuesday.\n\nPhoto: A branch of the bank in Astana. REUTERS/Timur Abenov\n\nThe shares rose 3%.", "en")
        #expect(names(e, .person).contains("Timur Abenov"), "\(all(e))")
        let f = extract("Lyon (AFP) - Le club a gagné samedi.\n\nPhoto : les joueurs à Lyon. Photo Gaspard Morel / AFP\n\nLe match a été serré.", "fr")
        #expect(names(f, .person).contains("Gaspard Morel"), "\(all(f))")
        let g = extract("Lyon (AFP) - Le trajet Lyon / Paris a été supprimé samedi, et la ligne Nord / Sud aussi.", "fr")
        #expect(!names(g, .person).contains { $0.contains("Lyon") || $0.contains("Nord") }, "\(all(g))")
    }

    @Test func anEditorInAReportingLineIsAPerson() {
        let e = extract("ALMATY, May 5 (Reuters) - The bank raised its forecast on Tuesday.\n\n(Reporting by Dana Serikova in Almaty; Editing by Jan Holloway)", "en")
        #expect(names(e, .person).contains("Jan Holloway"), "\(all(e))")
        #expect(names(e, .person).contains("Dana Serikova"), "\(all(e))")
        let f = extract("ALMATY, May 5 (Reuters) - The plan was drawn up by Central Asia Partners and backed by Halyk Bank.", "en")
        #expect(!names(f, .person).contains("Halyk Bank"), "\(all(f))")
    }

    @Test func handlesAndHashtagsAreNoEntities() {
        let e = extract("MINSK, May 5 (BelTA) - The ministry wrote on X, under the handle @MinTransBY, that the line opened. The post carried the hashtag #RailBelarus. Minister Alexei Avramenko attended.", "en")
        #expect(!all(e).contains { $0.contains("MinTransBY") || $0.contains("RailBelarus") }, "\(all(e))")
        #expect(names(e, .person).contains("Alexei Avramenko"), "\(all(e))")
    }

    @Test func aResultsLineNamesTwoClubs() {
        let e = extract("TASHKENT, May 5 - The league went on.\n\nRESULTS, round 12:\nKorvonsoy 2-1 Zarafshon\nBekobod 0-0 Mashal\n\nThe next round is on Sunday.", "en")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Korvonsoy") && orgs.contains("Zarafshon"), "\(all(e))")
        let f = extract("TASHKENT, May 5 - The council voted.\nAndijan 12-3 in favour\nThe next vote is on Sunday.", "en")
        #expect(!names(f, .organization).contains("Andijan"), "\(all(f))")
    }

    // MARK: French

    @Test func aFrenchBodyNamedByItsTownIsOneBody() {
        let e = extract("Vannes (AFP) - Le blessé a été transporté au CHU de Lorient puis au centre hospitalier de Pontivy. La gendarmerie de Ploërmel a ouvert une enquête, et l'avocate, du barreau de Rennes, a plaidé. Le Sdis 56 a engagé vingt pompiers. Un chercheur de l'université d'Angers a témoigné.", "fr")
        let orgs = names(e, .organization)
        for name in ["CHU de Lorient", "centre hospitalier de Pontivy", "gendarmerie de Ploërmel", "barreau de Rennes", "Sdis 56", "université d'Angers"] {
            #expect(orgs.contains(name), "\(name): \(all(e))")
        }
        let f = extract("Vannes (AFP) - Les gendarmes de Ploërmel ont ouvert une enquête près de Pontivy.", "fr")
        #expect(!names(f, .organization).contains { $0.contains("Ploërmel") }, "\(all(f))")
    }

    @Test func aSchoolsTownIsAPlace() {
        let e = extract("Vannes (AFP) - Le car transportait quinze élèves vers le collège Anatole-France de Guémené. Le maire de Guémené est venu.", "fr")
        #expect(names(e, .organization).contains("collège Anatole-France"), "\(all(e))")
        #expect(names(e, .place).contains("Guémené"), "\(all(e))")
        let f = extract("Vannes (AFP) - Le car transportait quinze élèves vers le collège Anatole-France, fermé samedi.", "fr")
        #expect(!names(f, .place).contains("Anatole-France"), "\(all(f))")
    }

    // MARK: English

    @Test func anOfficeAndAServiceDistrictAreBodies() {
        let e = extract("DENVER (AP) - Deputies from the Larimer County Sheriff's Office and crews from the Estes Valley Fire Protection District reached the cabin. The 8th Judicial District Attorney's Office filed charges.", "en")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Larimer County Sheriff's Office"), "\(all(e))")
        #expect(orgs.contains("Estes Valley Fire Protection District"), "\(all(e))")
        #expect(orgs.contains("8th Judicial District Attorney's Office"), "\(all(e))")
        let f = extract("DENVER (AP) - Judge Ana Ortiz of the Larimer County District Court set a date.", "en")
        #expect(!names(f, .organization).contains { $0.contains("Office") }, "\(all(f))")
    }

    @Test func anEventNamedByAFireIsNoPerson() {
        let e = extract("DENVER (AP) - The Cameron Peak Fire burned for weeks, said ranger Tom Vickers.", "en")
        #expect(!names(e, .person).contains { $0.contains("Fire") }, "\(all(e))")
        #expect(names(e, .person).contains("Tom Vickers"), "\(all(e))")
    }

    @Test func aNameBeforeASubdivisionIsAPlace() {
        let e = extract("DENVER (AP) - The fire forced the evacuation of the Pine Brook Hills subdivision on Friday.", "en")
        #expect(names(e, .place).contains("Pine Brook Hills"), "\(all(e))")
        let f = extract("DENVER (AP) - Lawyers for the John Whitaker estate filed a claim on Friday.", "en")
        #expect(!names(f, .place).contains("John Whitaker"), "\(all(f))")
    }

    @Test func aCountrysOwnNameAfterTownOfIsATown() {
        let e = extract("DENVER (AP) - Crews reached the small town of Nederland on Friday.", "en")
        #expect(!e.countries.contains("NL"), "\(e.countries)")
        #expect(names(e, .place).contains("Nederland"), "\(all(e))")
        let f = extract("DENVER (AP) - A trade delegation of Nederland arrived on Friday.", "en")
        #expect(f.countries.contains("NL"), "\(f.countries)")
    }

    // MARK: Arabic

    @Test func anArabicCreditNamesAPerson() {
        let e = extract("الرياض في 5 مايو /واس/ افتتح الوزير المعرض اليوم.\n(صورة: جانب من المعرض. تصوير: نايف الحربش /واس/)", "ar")
        #expect(names(e, .person).contains("نايف الحربش"), "\(all(e))")
        let f = extract("الرياض في 5 مايو /واس/ افتتح الوزير معرض تصوير: الفنون الحديثة في الرياض.", "ar")
        #expect(!names(f, .person).contains("الفنون الحديثة"), "\(all(f))")
    }

    @Test func anArabicVenueNamedAfterAPersonIsAPlace() {
        let e = extract("فاز الفريق مساء السبت بملعب الحسن الثاني بفاس، وسيلعب المباراة المقبلة على أرضية الملعب البلدي بتازة.", "ar")
        #expect(names(e, .place).contains("بملعب الحسن الثاني") || names(e, .place).contains("ملعب الحسن الثاني"), "\(all(e))")
        #expect(!names(e, .person).contains("الحسن الثاني"), "\(all(e))")
        #expect(names(e, .place).contains("الملعب البلدي"), "\(all(e))")
        let f = extract("قال الملك الحسن الثاني في خطابه إن الفريق سيلعب بملعبه.", "ar")
        #expect(!names(f, .place).contains { $0.contains("الحسن") }, "\(all(f))")
    }

    @Test func anArabicDatelinesOutletIsABody() {
        let e = extract("طنطا - الوطن: لقي شخصان مصرعهما في حادث على الطريق بمدينة طنطا صباح اليوم.", "ar")
        #expect(names(e, .organization).contains("الوطن"), "\(all(e))")
        let f = extract("لقي شخصان مصرعهما على طريق طنطا - القاهرة: الزراعي صباح اليوم.", "ar")
        #expect(!names(f, .organization).contains("القاهرة"), "\(all(f))")
    }

    @Test func anArabicPersonAfterARoleIsAPerson() {
        let e = extract("وقال مدرب الوداد الرياضي، فرانك دوما، إن الفريق قدم مباراة كبيرة. وأصيب السائق كمال رشدي عطية (51 عاما) بجروح.", "ar")
        #expect(names(e, .person).contains("فرانك دوما"), "\(all(e))")
        #expect(names(e, .person).contains("كمال رشدي عطية"), "\(all(e))")
        let f = extract("وقال رئيس الوزراء، خلال لقائه الوفد، إن العلاقات متينة.", "ar")
        #expect(names(f, .person).isEmpty, "\(all(f))")
    }

    @Test func anArabicBodyGoesOnOverItsFields() {
        let e = extract("أعلن باحثون من جامعة الملك سعود للعلوم والتقنية ومعهد سكريبس كلارك لعلوم البحار نتائج الدراسة.", "ar")
        let orgs = names(e, .organization)
        #expect(orgs.contains { $0.hasSuffix("للعلوم والتقنية") }, "\(all(e))")
        #expect(orgs.contains { $0.hasSuffix("لعلوم البحار") }, "\(all(e))")
        let f = extract("وقعت جامعة السلطان قابوس اتفاقية لتبادل الطلاب مع جامعة بادوفا.", "ar")
        #expect(!names(f, .organization).contains { $0.contains("لتبادل") }, "\(all(f))")
    }

    @Test func anArabicClubAndTheNextWordIsTheClub() {
        let e = extract("فاز فريق الفتح الرياضي على ضيفه، وأدرك الفتح التعادل في الدقيقة 80 قبل أن يضيف هدفا ثانيا.", "ar")
        #expect(!names(e, .organization).contains("الفتح التعادل"), "\(all(e))")
        let f = extract("وأعلن المركز الوطني للأرصاد أن الحرارة سترتفع.", "ar")
        #expect(!names(f, .organization).contains("المركز"), "\(all(f))")
    }

    @Test func aFrenchLieuDitIsAPlace() {
        let e = extract("Quimper (AFP) - L'accident s'est produit au lieu-dit Kervéguen, près de Rosporden.", "fr")
        #expect(names(e, .place).contains("Kervéguen"), "\(all(e))")
        #expect(!names(e, .organization).contains("Kervéguen"), "\(all(e))")
        let f = extract("Quimper (AFP) - L'accident s'est produit au lieu indiqué par la gendarmerie.", "fr")
        #expect(!names(f, .place).contains { $0.contains("lieu") }, "\(all(f))")
    }

    @Test func countiesCoordinatedOverOneNounAndTitlesAlone() {
        let e = extract("DENVER (AP) - The fire burned across Larimer and Weld counties on Friday. Deputy District Attorney Ana Ortiz spoke.", "en")
        #expect(names(e, .place).contains("Weld counties"), "\(all(e))")
        #expect(!names(e, .place).contains("District Attorney"), "\(all(e))")
        #expect(names(e, .person).contains("Ana Ortiz"), "\(all(e))")
        let f = extract("DENVER (AP) - Officials from Weld County met on Friday.", "en")
        #expect(!names(f, .place).contains { $0.hasSuffix("counties") }, "\(all(f))")
    }

    @Test func aPlatformAsAMediumIsNone() {
        let e = extract("TASHKENT, May 5 - The minister congratulated the team on Telegram and on Belarusian Facebook pages.", "en")
        #expect(!all(e).contains { $0.contains("Telegram") || $0.contains("Facebook") }, "\(all(e))")
        let f = extract("TASHKENT, May 5 - Telegram founder Pavel Durov visited Tashkent.", "en")
        #expect(names(f, .person).contains("Pavel Durov"), "\(all(f))")
    }

    @Test func aHyphenatedCompoundIsNoPerson() {
        let e = extract("TASHKENT, May 5 - Play resumed.\n\nKick-off times were moved. The Nasdaq-listed company gained, said Kim Min-jae.", "en")
        #expect(!names(e, .person).contains("Kick-off"), "\(all(e))")
        #expect(!names(e, .person).contains("Nasdaq-listed"), "\(all(e))")
        #expect(names(e, .person).contains("Kim Min-jae"), "\(all(e))")
    }
}
