import Testing
@testable import BulletinKit

/// People nobody listed, written in Arabic script in some articles and in Cyrillic in others, with no
/// Latin spelling between them: `EntityLinker` joins them by the consonants and vowels of the Cyrillic
/// name's Latin readings (names invented here).
@Suite struct EntityLinkerArabicCyrillicTests {
    func link(_ names: [(String, EntityType)]) -> [String] { linkedNames(names) }

    @Test func cyrillicNamesAreReadAsArabicWouldWriteThem() {
        // х is ح/ه or خ; в is ف or و: both readings of each.
        let haddur = EntityLinker.cyrillicLatinReadings("Салим Хаддур")!
        #expect(Set(haddur) == ["salim haddur", "salim khaddur"])
        #expect(Set(EntityLinker.cyrillicLatinReadings("Виталий Корнилов")!) == ["vitaliy kornilov", "vitaliy kornilow", "witaliy kornilov", "witaliy kornilow"])
        // ч is تش, ж and дж are ج, a word's initial е is its y; ь is dropped.
        #expect(EntityLinker.cyrillicLatinReadings("Ерлан Жумабаев Джамиль")!.first == "yerlan djumabaev djamil")
        #expect(EntityLinker.cyrillicLatinReadings("Набиль Дичачук") == ["nabil dichachuk".replacingOccurrences(of: "ch", with: "tch")])
        // A Vietnamese name in Cyrillic is read back into Vietnamese, as Arabic writes it from the Latin.
        #expect(EntityLinker.cyrillicLatinReadings("Чан Тхе Тханг") == ["tran the thang"])
        // Many ambiguous letters: at most `cyrillicReadingLimit` readings.
        #expect(EntityLinker.cyrillicLatinReadings("Вахтанг Хвалев Хаванов")!.count <= EntityLinker.cyrillicReadingLimit)
        // Not a Cyrillic name of two words or more.
        #expect(EntityLinker.cyrillicLatinReadings("Хаддур") == nil)
        #expect(EntityLinker.cyrillicLatinReadings("Salim Haddur") == nil)
        #expect(EntityLinker.cyrillicLatinReadings("سليم حدور") == nil)
    }

    @Test func arabicFormsJoinTheirCyrillicName() {
        let linked = link([
            ("Салим Хаддур", .person), ("سليم حدور", .person),          // an Arab name in Russian
            ("Юсуф Баррада", .person), ("يوسف برادة", .person),
            ("Виталий Корнилов", .person), ("فيتالي كورنيلوف", .person), // a Russian name in Arabic
            ("Ерболат Сапаров", .person), ("يربولات ساباروف", .person),   // a Kazakh one
            ("Махмуд Дарвиши", .person), ("محمود درويشي", .person),      // в as و
        ])
        for pair in stride(from: 0, to: linked.count, by: 2) {
            #expect(linked[pair] == linked[pair + 1], "\(linked[pair]) / \(linked[pair + 1])")
        }
    }

    @Test func consonantsAloneDoNotJoin() {
        // One set of consonants, other vowels: Вопов is not فيبوف (Vibov).
        #expect(link([("Борис Вопов", .person), ("بوريس فيبوف", .person)]) == ["Борис Вопов", "بوريس فيبوف"])
        // Other consonants: other people.
        #expect(link([("Салим Хаддур", .person), ("سليم حداد", .person)]) == ["Салим Хаддур", "سليم حداد"])
        // Two Cyrillic people the Arabic name could be: neither.
        let two = link([("Салим Хаддур", .person), ("Сулейм Хаддур", .person), ("سليم حدور", .person)])
        #expect(two == ["Салим Хаддур", "Сулейм Хаддур", "سليم حدور"])
        // Only people.
        #expect(link([("Салим Хаддур", .organization), ("سليم حدور", .organization)]) == ["Салим Хаддур", "سليم حدور"])
    }

    @Test func aLatinSpellingComesFirst() {
        // A Latin-script person with the name's consonants takes the Arabic form; the Cyrillic one is left to
        // the skeleton linking (which joins Khaddur and Хаддур or not by its own rules).
        let linked = link([("Salim Haddur", .person), ("Салим Хадур", .person), ("سليم حدور", .person)])
        #expect(linked[2] == "Salim Haddur")
    }
}
