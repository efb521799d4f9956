import Foundation
import Testing
@testable import BulletinKit

/// A name in Latin letters in parentheses right after a name in another script is the same entity's original spelling
/// (`MentionGrouper.linkShortForms`): one entity with both forms, not a second person or company beside the first.
/// Sentences written here.
@Suite struct EntityParallelFormTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    /// The entity of `type` whose name or aliases include `form`, if any.
    func entity(_ e: Extraction, _ type: EntityType, with form: String) -> ArticleEntity? {
        e.entities.first { $0.type == type && ([$0.name] + $0.aliases).contains(form) }
    }

    @Test func aLatinNameInParenthesesAfterAHanNameIsThatPersonsAlias() {
        let e = extract("巴西导演卡洛斯·门多萨（Carlos Mendoza）和智利演员伊莎贝尔·罗哈斯（Isabel Rojas）出席了开幕式。", "zh")
        let carlos = entity(e, .person, with: "卡洛斯·门多萨")
        #expect(carlos?.aliases.contains("Carlos Mendoza") == true || carlos?.name == "Carlos Mendoza", "\(all(e))")
        let isabel = entity(e, .person, with: "伊莎贝尔·罗哈斯")
        #expect(isabel.map { ([$0.name] + $0.aliases).contains("Isabel Rojas") } == true, "\(all(e))")
        // One entity each: the Latin form is no second person.
        #expect(e.entities.filter { ([$0.name] + $0.aliases).contains("Carlos Mendoza") }.count == 1, "\(all(e))")
        #expect(e.entities.filter { $0.type == .person }.count == 2, "\(all(e))")
        // The original spelling names the entity (what articles in other languages write, and what links them).
        #expect(carlos?.name == "Carlos Mendoza", "\(all(e))")
        // A later short form in Han is still the same person.
        let f = extract("巴西导演卡洛斯·门多萨（Carlos Mendoza）出席了开幕式。门多萨表示，他很高兴来到海南。", "zh")
        #expect(f.entities.filter { $0.type == .person }.count == 1, "\(all(f))")
    }

    @Test func aLatinNameInParenthesesAfterACyrillicNameIsThatPersonsAlias() {
        let e = extract("Первую премию получила норвежка Ингрид Хансен (Ingrid Hansen), второе место занял чех Павел Новак (Pavel Novák).", "ru")
        let ingrid = entity(e, .person, with: "Ингрид Хансен")
        #expect(ingrid.map { ([$0.name] + $0.aliases).contains("Ingrid Hansen") } == true, "\(all(e))")
        let pavel = entity(e, .person, with: "Павел Новак")
        #expect(pavel.map { ([$0.name] + $0.aliases).map { $0.precomposedStringWithCanonicalMapping }.contains("Pavel Novák") } == true, "\(all(e))")
        #expect(e.entities.filter { $0.type == .person }.count == 2, "\(all(e))")
    }

    @Test func aCompanysLatinNameInParenthesesIsTheCompanysAlias() {
        let e = extract("项目业主为智利北方铜业公司（Minera Cobre Norte S.A.），工程将于明年完工。", "zh")
        #expect(e.entities.filter { ([$0.name] + $0.aliases).contains { $0.contains("Minera Cobre Norte") } }.count == 1, "\(all(e))")
        #expect(!e.entities.contains { $0.type == .person && $0.name.contains("Minera") }, "\(all(e))")
    }

    @Test func aLatinNameAfterAFullStopIsNoAliasOfTheNameBeforeIt() {
        let e = extract("代表团昨天抵达阿斯塔纳。（Michael Brown）", "zh")
        if let astana = e.entities.first(where: { $0.name.contains("阿斯塔纳") || $0.aliases.contains("阿斯塔纳") }) {
            #expect(!astana.aliases.contains("Michael Brown"), "\(all(e))")
        }
        // Latin after Latin is left to the other rules: two different people stay two.
        let f = extract("The delegation was led by Maria Lopez (Carlos Ruiz stayed in Lima).", "en")
        #expect(!f.entities.contains { $0.aliases.contains("Maria Lopez") && $0.aliases.contains("Carlos Ruiz") }, "\(all(f))")
    }
}
