import Foundation
import Testing
@testable import BulletinKit

/// Misses seen by hand in the twenty-third session (NameFinder+Left24.swift and the Chinese given-name syllables in
/// Arabic of NameFinder+Seeds12.swift). Texts written here, with other names than the articles they were seen in; every
/// rule group has a must-find and a must-not-find check.
@Suite struct EntityLeft24Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Russian: a body's genitive between a title and a person

    @Test func russianBodyBetweenTitleAndPersonIsNoPerson() {
        let e = extract("Директор Росприроднадзора Пётр Семенцов посетил завод. Вице-премьер Госсовета КНР Хэ Лифэн прибыл в Минск.", "ru")
        let people = names(e, .person)
        #expect(people.contains("Пётр Семенцов"), "\(all(e))")
        #expect(!people.contains(where: { $0.contains("Росприроднадзора") || $0.contains("Госсовета") }), "\(all(e))")
        #expect(people.contains(where: { $0.hasPrefix("Хэ Лифэн") }) || people.contains("He Lifeng"), "\(all(e))")
    }

    @Test func russianSurnameFirstNamesStayWhole() {
        // Surname, given name, patronymic: the surname stays the name's first word.
        let e = extract("Директор Кравцов Олег Семёнович подписал приказ, а глава района Анна Лебедева его одобрила.", "ru")
        let people = names(e, .person)
        #expect(people.contains(where: { $0.hasPrefix("Кравцов Олег") }), "\(all(e))")
        #expect(people.contains("Анна Лебедева"), "\(all(e))")
    }

    // MARK: Latin script: peoples, faiths and languages alone

    @Test func peoplesFaithsAndLanguagesAloneAreNoEntities() {
        let e = extract("The report was printed in Arabic and Hebrew. Kurdish fighters, Sunni clerics and Druze elders met Arab envoys of the Arab League in Erbil.", "en")
        let found = Set(e.entities.map(\.name))
        for w in ["Arabic", "Hebrew", "Kurdish", "Sunni", "Druze", "Arab"] { #expect(!found.contains(w), "\(w): \(all(e))") }
        #expect(names(e, .organization).contains("Arab League"), "\(all(e))")
        #expect(names(e, .place).contains("Erbil"), "\(all(e))")
        let fr = extract("Les Kurdes et les Chiites ont rencontré à Mossoul le général Karim Haddad.", "fr")
        let frFound = Set(fr.entities.map(\.name))
        #expect(!frFound.contains("Kurdes") && !frFound.contains("Chiites"), "\(all(fr))")
        #expect(names(fr, .person).contains("Karim Haddad"), "\(all(fr))")
    }

    // MARK: Latin script: Arabic family names with a lowercase article

    @Test func arabicFamilyNamesWithLowercaseArticle() {
        let e = extract("Defence Minister Thabet al-Abbasi met the cleric Ammar al-Hakim in Najaf. Al-Hakim's office said al-Abbasi had asked for the meeting.", "en")
        let people = names(e, .person)
        for p in ["Thabet al-Abbasi", "Ammar al-Hakim"] { #expect(people.contains(p), "\(p): \(all(e))") }
        #expect(!names(e, .organization).contains(where: { $0.contains("Abbasi") || $0.contains("Hakim") }), "\(all(e))")
        // A body written with the article is no person: nothing before it.
        let not = extract("Officials said the attack was claimed by al-Shabaab, which operates in Somalia.", "en")
        #expect(!names(not, .person).contains(where: { $0.contains("Shabaab") }), "\(all(not))")
    }

    // MARK: Arabic: Chinese given names of syllables the older table lacked

    @Test func chineseGivenSyllablesInArabic() {
        let e = extract("التقى نائب رئيس الوزراء الصيني هان جيه مين اليوم وفدا من رجال الأعمال في القاهرة. وحضر شيه تشينغ اللقاء.", "ar")
        for p in ["هان جيه مين", "شيه تشينغ"] { #expect(names(e, .person).contains(p), "\(p): \(all(e))") }
        // Not a first word: a syllable of the new table alone opens no name.
        let not = extract("وقال يون كاي إن المشروع مهم.", "ar")
        #expect(!names(not, .person).contains("يون كاي"), "\(all(not))")
    }
}
