import Testing
@testable import BulletinKit

/// Russian conventions for names of other scripts that the Latin skeleton never meets: Vietnamese Lý as
/// Ли (Kontsevich's system), and Arabic ث as с (عثمان, Осман; English writes th). Names invented here.
@Suite struct EntityLinkerRussianConventionTests {
    func link(_ names: [(String, EntityType)]) -> [String] { linkedNames(names) }

    /// Ли is Vietnamese only beside a word that only Kontsevich's Vietnamese spells so.
    @Test func liIsVietnameseLyBesideAKontsevichWord() {
        #expect(EntityLinker.vietnameseFromCyrillic("Ли Тхань Тунг") == "ly thanh tung")
        #expect(EntityLinker.vietnameseFromCyrillic("Ли Куок Винь") == "ly quoc vinh")
        #expect(EntityLinker.vietnameseFromCyrillic("Ли Ван Донг") == "ly van dong")
        #expect(EntityLinker.vietnameseFromCyrillic("Ли Кхак Минь") == "ly khac minh")
        // Chinese (Palladius: -ng is н, -n is нь) and Korean (Kontsevich's Korean: Тхэ) stay apart.
        #expect(EntityLinker.vietnameseFromCyrillic("Ли Цян") == nil)
        #expect(EntityLinker.vietnameseFromCyrillic("Ли Юньхай") == nil)
        #expect(EntityLinker.vietnameseFromCyrillic("Ли Мён Бак") == nil)
        #expect(EntityLinker.vietnameseFromCyrillic("Ли Тхэ Ён") == nil)
        #expect(EntityLinker.vietnameseFromCyrillic("Ли Дунфан") == nil)
        #expect(EntityLinker.kontsevichOnly("тхань") && EntityLinker.kontsevichOnly("фыонг") && EntityLinker.kontsevichOnly("куок"))
        #expect(!EntityLinker.kontsevichOnly("тхэ") && !EntityLinker.kontsevichOnly("лян") && !EntityLinker.kontsevichOnly("ли"))
    }

    @Test func vietnameseLyMeetsItsCyrillicForm() {
        let linked = link([
            ("Lý Thanh Tùng", .person), ("Ли Тхань Тунг", .person),
            ("Ly Quoc Vinh", .person), ("Ли Куок Винь", .person),
            ("Lý Văn Đông", .person), ("Ли Ван Донг", .person),
        ])
        for pair in stride(from: 0, to: linked.count, by: 2) {
            #expect(linked[pair] == linked[pair + 1], "\(linked[pair]) / \(linked[pair + 1])")
        }
        // Another syllable: another person.
        let two = link([("Ly Thanh Tung", .person), ("Ли Тхань Тхуй", .person)])
        #expect(two[0] != two[1])
    }

    /// An Arab name Russian writes with с for ث joins, through its Arabic-script form, the Latin spelling
    /// with th that its own letters never meet.
    @Test func russianSForThaJoinsThroughTheArabicForm() {
        let linked = link([("Ahmed Othman", .person), ("أحمد عثمان", .person), ("Ахмед Осман", .person)])
        #expect(Set(linked).count == 1, "\(linked)")
        let haitham = link([("Haitham Karimi", .person), ("هيثم كريمي", .person), ("Хайсам Карими", .person)])
        #expect(Set(haitham).count == 1, "\(haitham)")
        // ث read as с: an Arabic-script name alone with its Cyrillic form joins it too.
        let alone = link([("أحمد عثمان", .person), ("Ахмед Осман", .person)])
        #expect(alone[0] == alone[1])
    }

    @Test func russianSForThaNeedsVowelsAndOneClaimant() {
        // The Arabic long vowel stands where the Cyrillic has another vowel: not that person.
        let vowels = link([("Ahmed Othman", .person), ("أحمد عثمان", .person), ("Ахмед Осмин", .person)])
        #expect(vowels[0] == vowels[1] && vowels[2] == "Ахмед Осмин")
        // Two Arabic spellings of one person (with and without hamza) both lead to the one Cyrillic name.
        let spellings = link([("Ahmed Othman", .person), ("أحمد عثمان", .person), ("احمد عثمان", .person), ("Ахмед Осман", .person)])
        #expect(Set(spellings).count == 1, "\(spellings)")
        // A Vietnamese name in Cyrillic that its Latin spelling's skeleton kept apart is not joined through Arabic.
        let viet = link([("Nguyen Huu Ha", .person), ("نغوين هوو ها", .person), ("Нгуен Хыу Хай", .person)])
        #expect(viet[0] == viet[1] && viet[2] != viet[0], "\(viet)")
        // Nor without it: Нгуен is read back as Vietnamese (nguen), whose every vowel Arabic writes (ها is Ha, not Hai).
        let alone = link([("نغوين هوو ها", .person), ("Нгуен Хыу Хай", .person)])
        #expect(alone[0] != alone[1], "\(alone)")
        let same = link([("نغوين هوو هاي", .person), ("Нгуен Хыу Хай", .person)])
        #expect(same[0] == same[1], "\(same)")
        // Only people.
        let orgs = link([("Ahmed Othman", .organization), ("أحمد عثمان", .organization), ("Ахмед Осман", .organization)])
        #expect(orgs[2] == "Ахмед Осман")
    }

    /// Arabic writes Russian -ayev and -iyev with one ي for the y and one for the e (كوناييف, Kunayev): one long vowel, as
    /// the Latin side reads ye.
    @Test func arabicRepeatedLongVowelIsOne() {
        #expect(EntityLinker.arabicShapes("كوناييف") == ["CuCaiC"])
        #expect(EntityLinker.arabicShapes("توليييف") == ["CuCiC"])
        // Two Latin people with its consonants: the one whose vowels it writes.
        let linked = link([("Igor Kunaev", .person), ("Igor Kinov", .person), ("إيغور كوناييف", .person)])
        #expect(linked[2] == "Igor Kunaev", "\(linked)")
        // A Russian name alone in Arabic script and in Cyrillic.
        let cyrillic = link([("Андрей Тулиев", .person), ("أندريه توليييف", .person)])
        #expect(cyrillic[0] == cyrillic[1], "\(cyrillic)")
    }
}
