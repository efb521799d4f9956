import Testing
@testable import BulletinKit

/// People nobody listed, written in Latin script in some articles and in Arabic script in
/// others: `EntityLinker` joins them by their consonants word by word (names invented here).
@Suite struct EntityLinkerArabicTests {
    func link(_ names: [(String, EntityType)]) -> [String] { linkedNames(names) }

    @Test func consonantsOfBothScriptsAgree() {
        // Arabic writes no doubled letter (mm, dd), but both d of Haddad.
        #expect(EntityLinker.latinConsonants("Mohammed Haddad") == ["mhmd", "hdd"])
        #expect(EntityLinker.arabicConsonants("محمد حداد") == ["mhmd", "hdd"])
        #expect(EntityLinker.latinConsonants("Arkady Guenko") != EntityLinker.latinConsonants("Arkady Kogoenko"))
        // Long vowels, hamza seats and taa marbuta are not consonants; a word-initial alef is.
        #expect(EntityLinker.arabicConsonants("إلياس فاطمة") == ["Als", "ftm"])
        #expect(EntityLinker.latinConsonants("Ilyas Fatima") == ["Als", "ftm"])
        // تش is ch or pinyin zh, ش is sh or French ch; غ and ق are g as often as gh and q.
        #expect(EntityLinker.arabicConsonants("تشاو غورين") == ["c", "krn"])
        #expect(EntityLinker.latinConsonants("Zhao Gorin") == ["%", "krn"])
        #expect(Set(EntityLinker.consonantKeys(["%", "krn"])) == ["c krn", "j krn"])
        #expect(EntityLinker.arabicConsonants("شو بينغ") != EntityLinker.arabicConsonants("تشو بينغ"))  // Xu Ping, Zhu Ping
        // Not a name of that script.
        #expect(EntityLinker.latinConsonants("محمد") == nil)
        #expect(EntityLinker.arabicConsonants("Mohammed") == nil)
    }

    @Test func arabicFormsJoinTheirLatinName() {
        let linked = link([
            ("Jamal Nasrawi", .person), ("جمال نصراوي", .person),
            ("Ilyas Qandouri", .person), ("إلياس قندوري", .person),
            ("Bashir al-Tamimi", .person), ("بشير التميمي", .person),
            ("Sergei Tovarenko", .person), ("سيرغي توفارينكو", .person),
            ("Zhao Minghua", .person), ("تشاو مينغ هوا", .person),
            ("Hicham Rachid", .person), ("هشام راشد", .person), ("Chen Xiaolin", .person), ("تشن شياو لين", .person),
        ])
        #expect(linked[1] == "Jamal Nasrawi")
        #expect(linked[3] == "Ilyas Qandouri")
        #expect(linked[5] == "Bashir al-Tamimi")
        #expect(linked[7] == "Sergei Tovarenko")
        #expect(linked[9] == "Zhao Minghua")
        #expect(linked[11] == "Hicham Rachid")
        #expect(linked[13] == "Chen Xiaolin")
    }

    @Test func nearNamesStayApart() {
        // Another consonant in one word, another word count, one shared word: other people.
        let linked = link([
            ("Jamal Nasrawi", .person), ("جمال منصور", .person), ("جمال نصر الله", .person),
            ("Tariq Mansour", .person), ("طارق منصف", .person), ("Karim Daloul", .person), ("كريم حداد", .person),
        ])
        #expect(linked == ["Jamal Nasrawi", "جمال منصور", "جمال نصر الله", "Tariq Mansour", "طارق منصف", "Karim Daloul", "كريم حداد"])
        // Two Latin people with the same consonants: the Arabic form could be either, so neither.
        let ambiguous = link([("Omar Kalil", .person), ("Amir Kaleel", .person), ("عمر كليل", .person)])
        #expect(ambiguous == ["Omar Kalil", "Amir Kaleel", "عمر كليل"])
        // Too few consonants to tell people apart (هو واي: Ho Wai, Hu Wei, ...), unless the Latin name is pinyin
        // and the vowels agree (`shortChineseNamesJoinByTheirVowels`).
        #expect(link([("Ho Wai", .person), ("هو واي", .person)]) == ["Ho Wai", "هو واي"])
        #expect(link([("Hu Wei", .person), ("هو وي", .person)]) == ["Hu Wei", "Hu Wei"])
        #expect(link([("Hu Wei", .person), ("هو واي", .person)]) == ["Hu Wei", "هو واي"])
        // Only people: an organization keeps its own names.
        #expect(link([("Jamal Nasrawi", .organization), ("جمال نصراوي", .organization)]) == ["Jamal Nasrawi", "جمال نصراوي"])
    }

    @Test func longVowelsChooseBetweenNamesWithTheSameConsonants() {
        // Trinh Bao Hieu and Trinh Bao Hai are both "trn b h": the Arabic vowels tell them apart.
        let linked = link([("Trinh Bao Hieu", .person), ("Trinh Bao Hai", .person), ("ترينه باو هيو", .person), ("ترينه باو هاي", .person)])
        #expect(linked == ["Trinh Bao Hieu", "Trinh Bao Hai", "Trinh Bao Hieu", "Trinh Bao Hai"])
        #expect(EntityLinker.vowelsAgree(arabic: "لام تيان كوونغ", latin: "Lam Tien Cuong"))
        #expect(!EntityLinker.vowelsAgree(arabic: "لام تيان كوونغ", latin: "Lam Tan Cuong"))
        // Vowels agreeing with neither: still neither.
        let neither = link([("Trinh Bao Hieu", .person), ("Trinh Bao Hai", .person), ("ترينه باو هوا", .person)])
        #expect(neither[2] == "ترينه باو هوا")
    }

    @Test func shortVowelsChooseBetweenArabicNamesWithTheSameConsonants() {
        // محمود and محمد, Mahmoud and Mohammed: all "mhmd". Latin writes the short vowels, Arabic only the long
        // ones, so the strict test of `vowelsAgree` fits neither; where the long vowels stand tells them apart.
        #expect(EntityLinker.arabicShapes("محمود صباغ") == ["CCCuC", "CCaC"])
        #expect(EntityLinker.shapesAgree(EntityLinker.arabicShapes("محمود صباغ")!, EntityLinker.latinShapeOptions("Mahmoud Sabbagh")!))
        #expect(!EntityLinker.shapesAgree(EntityLinker.arabicShapes("محمود صباغ")!, EntityLinker.latinShapeOptions("Mohammed Sabbagh")!))
        #expect(EntityLinker.shapesAgree(EntityLinker.arabicShapes("محمد صباغ")!, EntityLinker.latinShapeOptions("Mohammed Sabbagh")!))
        // An initial vowel is carried by alef or ain; a final h after a vowel is left out on both sides.
        #expect(EntityLinker.shapesAgree(EntityLinker.arabicShapes("إبراهيم صالح")!, EntityLinker.latinShapeOptions("Ibrahim Saleh")!))
        #expect(EntityLinker.shapesAgree(EntityLinker.arabicShapes("عيد الزيدي")!, EntityLinker.latinShapeOptions("Eid al-Zeidi")!))
        #expect(link([("Mahmoud Qandil", .person), ("Mohammed Qandil", .person), ("محمود قنديل", .person)])[2] == "Mahmoud Qandil")
        #expect(link([("Mahmoud Qandil", .person), ("Mohammed Qandil", .person), ("محمد قنديل", .person)])[2] == "Mohammed Qandil")
        // Both readings fit عمر كليل (Omar Kalil, Amir Kaleel: no long vowel before the r): still neither.
        #expect(link([("Omar Kalil", .person), ("Amir Kaleel", .person), ("عمر كليل", .person)]) == ["Omar Kalil", "Amir Kaleel", "عمر كليل"])
        // Neither reading fits: neither.
        #expect(link([("Mahmoud Qandil", .person), ("Mohammed Qandil", .person), ("محمود قنديلي", .person)])[2] == "محمود قنديلي")
    }

    @Test func shortChineseNamesJoinByTheirVowels() {
        // قاو تاو has two consonant classes (k t), too few for a key: it joins the one pinyin name with those
        // consonants whose vowels it writes (Gao Tao), not Guo Tao, and nothing when no pinyin name agrees.
        #expect(link([("Gao Tao", .person), ("Guo Tao", .person), ("قاو تاو", .person)]) == ["Gao Tao", "Guo Tao", "Gao Tao"])
        #expect(link([("Guo Tao", .person), ("قاو تاو", .person)]) == ["Guo Tao", "قاو تاو"])
        // A given name of two syllables is two Arabic words (تشون هاي: Chunhai).
        #expect(EntityLinker.vowelsAgree(arabic: "قاو تشون هاي", latin: "Gao Chunhai"))
        #expect(!EntityLinker.vowelsAgree(arabic: "قاو تشون هاي", latin: "Gao Chenhai"))
    }

    @Test func anArabicSurnameStillFindsItsPersonAfterTheJoin() {
        let linked = link([("Jamal Nasrawi", .person), ("جمال نصراوي", .person), ("نصراوي", .person)])
        #expect(linked == ["Jamal Nasrawi", "Jamal Nasrawi", "Jamal Nasrawi"])
    }
}

/// Each name as the one entity of an article of its own, linked: the names `EntityLinker.link` gives them.
func linkedNames(_ names: [(String, EntityType)]) -> [String] {
    var articles = names.enumerated().map { i, n in
        Article(id: "a\(i)", file: "a\(i)", title: "", body: "", raw: "", entities: [ArticleEntity(name: n.0, type: n.1, mentions: 1)])
    }
    EntityLinker.link(&articles)
    return articles.map { $0.entities[0].name }
}
