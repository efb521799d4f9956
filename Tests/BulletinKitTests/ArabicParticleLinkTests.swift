import Testing
@testable import BulletinKit

/// Arabic family names of a particle and a name (عبد العاطي, أبو الغيط) across scripts (session 38 review:
/// "Badr Abdelatty" and "بدر عبد العاطي" were two entities; the Arabic report's short form was "العاطي").
@Suite struct ArabicParticleLinkTests {
    static func linked(_ a: String, _ b: String) -> Bool {
        let items = [EntityLinker.Item(name: a, type: .person, weight: 2), EntityLinker.Item(name: b, type: .person, weight: 1)]
        let out = EntityLinker.cluster(items)
        return out[0] != nil && out[0]?.name == out[1]?.name
    }

    @Test func aParticleAndItsNameAreOneWordInBothScripts() {
        #expect(Self.linked("Badr Abdelatty", "بدر عبد العاطي"))
        #expect(Self.linked("Ahmed Aboul Gheit", "أحمد أبو الغيط"))
        #expect(Self.linked("Abdel Fattah al-Sisi", "عبد الفتاح السيسي"))
        #expect(Self.linked("Mohammed bin Abdulrahman Al Thani", "محمد بن عبد الرحمن آل ثاني"))
        // Not two people who share the particle.
        #expect(!Self.linked("Badr Abdelatty", "بدر عبد الله"))
        #expect(!Self.linked("Ahmed Aboul Gheit", "أحمد أبو زيد"))
        #expect(EntityLinker.joinLatinArabicParticles([Array("abd".utf8), Array("ar".utf8), Array("rahman".utf8)])
                == [Array("abdalrahman".utf8)])
        #expect(EntityLinker.joinLatinArabicParticles([Array("abel".utf8), Array("tasman".utf8)]) == [Array("abel".utf8), Array("tasman".utf8)])
    }

    @Test func theArabicShortFormKeepsTheParticle() {
        let text = "وقال وزير الخارجية المصري بدر عبد العاطي إن الاجتماع كان مثمرا. وأضاف عبد العاطي أن الوفد سيزور عمّان."
        let x = EntityExtractor().extract(title: "", body: text, language: "ar")
        let person = x.entities.first { $0.type == .person && $0.name.contains("العاطي") }
        #expect(person?.aliases.contains("عبد العاطي") == true, "\(x.entities.map { ($0.name, $0.aliases) })")
        #expect(person?.aliases.contains("العاطي") == false)
        #expect(person?.mentions == 2)
    }

    /// French writes "ben" where English writes "bin": "cheikh Mohammed ben Abdelrahmane Al-Thani" was two people.
    @Test func frenchBenJoinsTheTwoHalvesOfAName() {
        let text = "Le ministre, cheikh Nasser ben Hamad Al-Khalili, a reçu lundi à Mascate le ministre Youssef ben Ali Al Harthi."
        let x = EntityExtractor().extract(title: "", body: text, language: "fr")
        let people = x.entities.filter { $0.type == .person }.map(\.name)
        #expect(people.contains("Nasser ben Hamad Al-Khalili"), "\(people)")
        #expect(people.contains("Youssef ben Ali Al Harthi"), "\(people)")
        #expect(!people.contains("Nasser") && !people.contains("Youssef"), "\(people)")
    }

    /// "إن الوزيرين أكدا رفضهما لأي محاولات": a clause after a dual title, no person (a word with the dual pronoun هما
    /// ends no name).
    @Test func aClauseAfterADualTitleIsNoName() {
        let text = "وقال المتحدث باسم الوزارة سامي ناصر إن الوزيرين أكدا رفضهما لأي محاولات للتهجير. "
            + "كما التقى السفيرين كريم حداد ومروان سليم في العاصمة."
        let x = EntityExtractor().extract(title: "", body: text, language: "ar")
        let people = x.entities.filter { $0.type == .person }.map(\.name)
        #expect(!people.contains { $0.contains("رفضهما") || $0.contains("أكدا") }, "\(people)")
        #expect(people.contains("كريم حداد"), "\(people)")
    }
}
