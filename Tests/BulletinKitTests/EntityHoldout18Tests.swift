import Foundation
import Testing
@testable import BulletinKit

/// Discovery patterns found missing on scripts/entity-unseen/holdout18 (seeds-style wire copy in English, French and
/// Arabic; written and scored before any rule was changed for it). Every test uses other names than those articles (its
/// texts are written here), and every rule has a must-find and a must-not-find check.
@Suite struct EntityHoldout18Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: English

    @Test func personAfterAnOrganizationsHeadWord() {
        let e = extract("The contract was signed by Director General of OJSC Rechitsa Valve Plant Oleg Marchenko and Chairman of Tembo Freight Limited Baraka Mwita in the presence of officials.", "en")
        #expect(names(e, .person).contains("Oleg Marchenko") && names(e, .person).contains("Baraka Mwita"), "\(all(e))")
        #expect(names(e, .organization).contains { $0.hasSuffix("Rechitsa Valve Plant") } && names(e, .organization).contains("Tembo Freight Limited"), "\(all(e))")
        let not = extract("Shares of Tembo Freight Limited Preference Stock rose, and the Kenya Power Company Board met.", "en")
        #expect(names(not, .person).isEmpty, "no person inside an organization's name without a title before it: \(all(not))")
    }

    @Test func placesListedAfterPluralSiteNouns() {
        let e = extract("Trucks will serve the mines of Kolwane and Mukuba and the farming blocks of Chisamba, Kafulafuta and Mpongwe next year.", "en")
        for p in ["Kolwane", "Mukuba", "Chisamba", "Kafulafuta", "Mpongwe"] { #expect(names(e, .place).contains(p), "\(p): \(all(e))") }
        let not = extract("The owners of Kolwane Holdings met the board of Mukuba Capital on Monday.", "en")
        #expect(!names(not, .place).contains("Kolwane") && !names(not, .place).contains("Mukuba"), "\(all(not))")
    }

    @Test func sitesBeforeTheirNounAndGovernmentOfAProvince() {
        let e = extract("Goods will move through the Lach Huyen – Dinh Vu port complex and the Tan Phu high-tech agricultural zone. The Government of Mendoza Province welcomed the plan.", "en")
        #expect(names(e, .place).contains("Lach Huyen – Dinh Vu") && names(e, .place).contains("Tan Phu"), "\(all(e))")
        #expect(names(e, .place).contains("Mendoza Province") && !names(e, .place).contains { $0.hasPrefix("Government") }, "\(all(e))")
        let not = extract("The Lach Huyen plan was approved. Nguyen Van Binh said the zone was ready.", "en")
        #expect(!names(not, .place).contains("Nguyen Van Binh"), "\(all(not))")
    }

    @Test func titleFragmentsAreNoNames() {
        let e = extract("Vice Minister of Energy Askar Bekov met Deputy PM Vo Thanh Long. Deputy PM Long said the PM would visit.", "en")
        #expect(!names(e, .organization).contains("Vice") && !names(e, .person).contains("PM") && !names(e, .person).contains("PM Long"), "\(all(e))")
        #expect(names(e, .person).contains("Vo Thanh Long"), "\(all(e))")
    }

    // MARK: French

    @Test func frenchInstitutionsOverLowercaseFields() {
        let e = extract("L'Office du cacao et de l'hévéa du Nzi et l'Institut d'agronomie, des sciences du sol et de génie rural (IASGR) ont signé un accord avec l'Université d'agriculture et d'élevage du Zhejiang et la Chambre de commerce et d'industrie France-Maroc.", "fr")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Office du cacao et de l'hévéa du Nzi"), "\(all(e))")
        #expect(orgs.contains("Institut d'agronomie, des sciences du sol et de génie rural"), "\(all(e))")
        #expect(orgs.contains("Université d'agriculture et d'élevage du Zhejiang"), "\(all(e))")
        #expect(orgs.contains("Chambre de commerce et d'industrie France-Maroc"), "\(all(e))")
        // (Session 14: an institution named by lowercase fields runs over "et de l'Y" as holdout18's gold has it,
        // "Conseil du coton et de l'anacarde"; a quantifier or a capitalized name after "et de" still ends it.)
        let not = extract("Le Conseil du café et de l'État a publié son rapport. La Chambre de commerce et d'autres institutions ont coopéré.", "fr")
        #expect(!names(not, .organization).contains { $0.contains("État") || $0.contains("autres") }, "no place or acronym closes the name: \(all(not))")
    }

    @Test func frenchBoardsPortfoliosAndShortForms() {
        let e = extract("Le président du conseil d'administration de la Société minière de Kamoto, Paul Ilunga, et la ministre de l'Environnement et de la Transition écologique, Aline Mukendi, ont visité la Nouvelle Minoterie Kivu Grains. Le directeur de Kivu Grains, Patrice Amisi, était présent.", "fr")
        #expect(names(e, .organization).contains("Société minière de Kamoto") && !e.entities.contains { $0.name.hasPrefix("conseil") }, "\(all(e))")
        #expect(!names(e, .person).contains("Transition écologique") && !names(e, .person).contains("Kivu Grains"), "\(all(e))")
        #expect(names(e, .person).contains("Aline Mukendi") && names(e, .person).contains("Patrice Amisi"), "\(all(e))")
        let not = extract("Le discours de Paul Ilunga a été salué par Aline Mukendi.", "fr")
        #expect(names(not, .person).contains("Paul Ilunga"), "a person after de stays a person: \(all(not))")
    }

    @Test func frenchCompassProvincesAndElidedHyphenatedNames() {
        let e = extract("Le projet couvre la province du Nord et la province de l'Est, ainsi que Val-d'Isère en Savoie. La station de Val-d'Isère ouvrira en décembre.", "fr")
        #expect(names(e, .place).contains("province du Nord") && names(e, .place).contains("province de l'Est"), "\(all(e))")
        #expect(names(e, .place).contains("Val-d'Isère"), "\(all(e))")
        let not = extract("La province du vin et la province de l'Est de la ville restent calmes.", "fr")
        #expect(!names(not, .place).contains("province du vin"), "\(all(not))")
    }

    // MARK: Arabic

    @Test func arabicInstitutionChainsAndNisbaVariants() {
        let e = extract("وقّعت الشركة الوطنية للطرق السريعة والجسور المعلقة والهيئة العامة للموانئ البحرية المغربية اتفاقية مع مركز البحوث البحرية التونسي، كما شاركت شركة النخيل للتنمية العقارية الإماراتية.", "ar")
        let orgs = names(e, .organization)
        #expect(orgs.contains("الشركة الوطنية للطرق السريعة والجسور المعلقة"), "\(all(e))")
        #expect(orgs.contains { $0.hasPrefix("الهيئة العامة للموانئ البحرية") }, "\(all(e))")
        #expect(e.entities.contains { $0.type == .organization && $0.aliases.contains("شركة النخيل للتنمية العقارية") }, "\(all(e))")
        let not = extract("أعلن عن إنشاء مركز لتطوير البرمجيات الحديثة في المدينة، وقال مجلس النواب الأردني للصحفيين إن المشروع مهم.", "ar")
        #expect(!names(not, .organization).contains { $0.hasPrefix("مركز لتطوير") || $0.hasSuffix("للصحفيين") }, "\(all(not))")
    }

    @Test func arabicUniversitiesPeopleAndTitles() {
        let e = extract("التقى الوفد رئيس جامعة الملك فيصل الدكتور نبيل عبد الرحمن القحطاني، وعميد بلدية زوارة سالم عبد الكريم الفيتوري، واتفق على إرسال طلاب إلى جامعة ماشيروف فيتبسك الحكومية.", "ar")
        #expect(names(e, .organization).contains("جامعة الملك فيصل"), "\(all(e))")
        #expect(names(e, .person).contains("نبيل عبد الرحمن القحطاني") && names(e, .person).contains("سالم عبد الكريم الفيتوري"), "\(all(e))")
        #expect(names(e, .organization).contains("بلدية زوارة"), "\(all(e))")
        let not = extract("برئاسة نائب وزير الصناعة والتجارة، وقال إن \"رئيس الدولة طلب منا المزيد\".", "ar")
        #expect(names(not, .person).isEmpty, "\(all(not))")
    }

    @Test func arabicPlacesAfterTheirNounAndDatelines() {
        let e = extract("زليتن 4 ديسمبر (وال) - زار الوفد مزرعة في مدينة كوكشيتاو ومعهد الفاكهة في منطقة تان فو، ثم توجه إلى قضاء الشامية.", "ar")
        #expect(names(e, .place).contains("زليتن"), "\(all(e))")
        #expect(e.entities.contains { $0.type == .place && $0.aliases.contains { $0.hasSuffix("كوكشيتاو") } }, "\(all(e))")
        #expect(e.entities.contains { $0.type == .place && $0.aliases.contains { $0.hasSuffix("تان فو") } }, "\(all(e))")
        #expect(e.entities.contains { $0.type == .place && $0.aliases.contains { $0.hasSuffix("الشامية") } }, "\(all(e))")
        let not = extract("في يوم 4 ديسمبر، افتتحت الشركة مصنعاً في مدينة جديدة وفي منطقة صناعية قرب الحدود، ومنطقة لتطوير البرمجيات.", "ar")
        #expect(!names(not, .place).contains { $0.contains("يوم") || $0.contains("جديدة") || $0.contains("صناعية") || $0.contains("لتطوير") }, "\(all(not))")
    }
}
