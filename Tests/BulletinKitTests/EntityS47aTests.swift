import Foundation
import Testing
@testable import BulletinKit

/// The general causes behind a blind set's errors in English, French and Arabic (NameFinder+S47a.swift). Texts written
/// here, with other names and other sentences than the blind set's; each rule has a must-find check and, where a wrong
/// reading is near, a must-not-find one.
@Suite struct EntityS47aTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Latin script

    @Test func unknownNamesInAListWithAPlaceArePlaces() {
        let e = extract("Relatives of passengers from Legazpi, Kalumbayan and Tinagbongan waited at the pier for news. In Legazpi, Marabulan said the sea was rough.", "en")
        #expect(names(e, .place).contains("Kalumbayan"), "\(all(e))")
        #expect(names(e, .place).contains("Tinagbongan"), "\(all(e))")
        #expect(!names(e, .organization).contains("Tinagbongan") && !names(e, .person).contains("Kalumbayan"), "\(all(e))")
        // A name after a place and a comma, with no list after it, is no place.
        #expect(!names(e, .place).contains("Marabulan"), "\(all(e))")
    }

    @Test func aFrenchNameBeforeAPlaceNounAndItsNameIsAPlace() {
        let e = extract("Les pêcheurs ont compté les tortues entre Hamavouna et l'îlot de Djoiezi pendant trois semaines.", "fr")
        #expect(names(e, .place).contains("Hamavouna"), "\(all(e))")
        #expect(!names(e, .organization).contains("Hamavouna"), "\(all(e))")
    }

    @Test func aNameAroundWhichSomethingHappensIsAPlace() {
        let e = extract("Des plongeurs ont observé des requins autour d'Ombalakani, sur la côte nord, selon les chercheurs.", "fr")
        #expect(names(e, .place).contains("Ombalakani"), "\(all(e))")
        #expect(!names(e, .organization).contains("Ombalakani"), "\(all(e))")
    }

    @Test func anAutonomousRegionIsOnePlace() {
        let e = extract("Several glaciers in the Gorno-Badakhshan Autonomous Region have shrunk, the scientists said on Monday.", "en")
        #expect(names(e, .place).contains("Gorno-Badakhshan Autonomous Region"), "\(all(e))")
        #expect(!names(e, .organization).contains("Autonomous Region"), "\(all(e))")
    }

    @Test func aNameBeforeACommaAndAPlacesSideIsAPlace() {
        let e = extract("Après une longue étape, les coureurs rejoindront Rwimbogo, sur la rive du lac, avant de repartir vers le nord.", "fr")
        #expect(names(e, .place).contains("Rwimbogo"), "\(all(e))")
        #expect(!names(e, .organization).contains("Rwimbogo"), "\(all(e))")
    }

    @Test func aFactoryNamedAfterItsPlaceIsThePlace() {
        let e = extract("Le groupe a annoncé la fermeture de son usine d'Ambalavato, près de Mahajanga, faute de canne.", "fr")
        #expect(names(e, .place).contains("Ambalavato"), "\(all(e))")
        #expect(!names(e, .organization).contains("usine d'Ambalavato"), "\(all(e))")
    }

    @Test func aTitlesFirstWordIsNoPerson() {
        let e = extract("Navy spokesperson Rear Admiral Ramon Lagdameo said two ships were sent. Provincial engineer Engr. Tessa Villamor-Cruz said roads were closed.", "en")
        #expect(!names(e, .person).contains("Rear"), "\(all(e))")
        #expect(!names(e, .person).contains("Engr") && !names(e, .organization).contains("Engr"), "\(all(e))")
        #expect(names(e, .person).contains("Ramon Lagdameo"), "\(all(e))")
    }

    @Test func aFrenchPersonGuessAfterABodysNounAndAdjectiveIsTheBody() {
        let e = extract("Douze équipes sont attendues, dont la formation belge Velo Nord et plusieurs sélections africaines.", "fr")
        #expect(names(e, .organization).contains("Velo Nord"), "\(all(e))")
        #expect(!names(e, .person).contains("Velo Nord"), "\(all(e))")
    }

    // MARK: Arabic

    @Test func aBorderCrossingsNameIsAPlace() {
        let e = extract("وعبرت الشاحنات منفذ الطوال الحدودي صباح أمس، فيما بقي معبر دبدوب مغلقا أمام المسافرين.", "ar")
        #expect(names(e, .place).contains("الطوال"), "\(all(e))")
        #expect(names(e, .place).contains("دبدوب"), "\(all(e))")
    }

    @Test func aServiceWordAfterARankIsNoPartOfTheName() {
        let e = extract("وقال مدير المنفذ، العقيد جمارك ناصر سعد المطيري، إن الشحنة ضبطت. وأكد العميد شرطة حمد سالم الكعبي أن التحقيق مستمر.", "ar")
        #expect(names(e, .person).contains("ناصر سعد المطيري"), "\(all(e))")
        #expect(!names(e, .person).contains("جمارك ناصر سعد المطيري"), "\(all(e))")
        #expect(!names(e, .person).contains { $0.hasPrefix("شرطة") }, "\(all(e))")
    }

    @Test func anArabicBodysNameEndsBeforeATimeWordAndTheWordForAUnit() {
        let e = extract("أعلنت هيئة الموانئ البحرية اليوم الثلاثاء أن قوة من الإدارة العامة لمكافحة التهريب التابعة لوزارة المالية ضبطت الحاوية.", "ar")
        #expect(names(e, .organization).contains("هيئة الموانئ البحرية"), "\(all(e))")
        #expect(names(e, .organization).contains("الإدارة العامة لمكافحة التهريب"), "\(all(e))")
        #expect(!names(e, .organization).contains { $0.hasSuffix("التابعة") || $0.contains("اليوم") }, "\(all(e))")
    }

    @Test func anArabicListsItemGoesOnOverItsWords() {
        let e = extract("وستغطي المحطة احتياجات السكان في ولايات نزوى ودما بني بو علي والقابل، إضافة إلى المنطقة الصناعية.", "ar")
        #expect(names(e, .place).contains("دما بني بو علي"), "\(all(e))")
        #expect(names(e, .place).contains("القابل"), "\(all(e))")
    }

    @Test func twoNamesBeforeAProvinceArePlaces() {
        let e = extract("وقال المدير إن المياه ستنقل عبر خط أنابيب إلى بدية وسناو في محافظة شمال الشرقية خلال العام المقبل.", "ar")
        #expect(names(e, .place).contains("بدية"), "\(all(e))")
        #expect(names(e, .place).contains("سناو"), "\(all(e))")
    }

    @Test func aPrepositionOfPlaceIsNoPerson() {
        let e = extract("وعثر المفتشون على الأقراص داخل تجاويف الأثاث بعد فحصها بالأشعة.", "ar")
        #expect(!names(e, .person).contains("داخل تجاويف"), "\(all(e))")
        #expect(names(e, .person).isEmpty, "\(all(e))")
    }
}
