import Testing
@testable import BulletinKit

/// Chinese names that Russian text writes in the Palladius system meet their pinyin spelling
/// (invented names: no list holds them).
@Suite struct EntityLinkerPalladiusTests {
    @Test func palladiusNamesReadBackAsPinyin() {
        #expect(EntityLinker.chineseFromCyrillic("Фэн Сяоцян") == "feng xiaoqiang")
        #expect(EntityLinker.chineseFromCyrillic("Чжан Юйчжэнь") == "zhang yuzhen")
        #expect(EntityLinker.chineseFromCyrillic("Ся Цзюньхуэй") == "xia junhui")   // hui is хуэй
        #expect(EntityLinker.chineseFromCyrillic("Сюэ Цзинвэнь") == "xue jingwen")
        #expect(EntityLinker.chineseFromCyrillic("Цзэн Цзыци") == "zeng ziqi")     // цз before ы is z, before и j
        #expect(EntityLinker.chineseFromCyrillic("Люй Шимин") == "lu shiming")
        #expect(EntityLinker.chineseFromCyrillic("Оуян Сюэлун") == "ouyang xuelong")
    }

    @Test func obliqueCasesOfTheGivenNameAreReadWithoutTheirEnding() {
        #expect(EntityLinker.chineseFromCyrillic("Фэн Сяоцяна") == "feng xiaoqiang")
        #expect(EntityLinker.chineseFromCyrillic("Фэн Сяоцяном") == "feng xiaoqiang")
        #expect(EntityLinker.chineseFromCyrillic("Фэн Сяоцяну") == "feng xiaoqiang")
        #expect(EntityLinker.chineseFromCyrillic("Фэн Сяоцяне") == "feng xiaoqiang")
        // A name ending in a vowel is not declined; its last syllable stays.
        #expect(EntityLinker.chineseFromCyrillic("Ху Миньтао") == "hu mintao")
    }

    @Test func otherCyrillicNamesAreNotRead() {
        #expect(EntityLinker.chineseFromCyrillic("Сергей Иванов") == nil)
        #expect(EntityLinker.chineseFromCyrillic("Ян Ханевич") == nil)           // a Belarusian given name
        #expect(EntityLinker.chineseFromCyrillic("Ли Мён Бак") == nil)           // Korean
        #expect(EntityLinker.chineseFromCyrillic("Фэн") == nil)                  // a surname alone
        #expect(EntityLinker.chineseFromCyrillic("Feng Xiaoqiang") == nil)       // already Latin
    }

    @Test func palladiusNamesLinkToTheirPinyinAndHanForms() {
        let linked = linkedNames([
            ("Feng Xiaoqiang", .person), ("Фэн Сяоцян", .person),
            ("Gao Yunjie", .person), ("Гао Юньцзе", .person),
            ("Xue Jingwen", .person), ("Сюэ Цзинвэнь", .person),
            ("Lu Shiming", .person), ("Люй Шимина", .person),
        ])
        #expect(linked[1] == "Feng Xiaoqiang")
        #expect(linked[3] == "Gao Yunjie")
        #expect(linked[5] == "Xue Jingwen")
        #expect(linked[7] == "Lu Shiming")
    }

    @Test func differentGivenNamesStayApart() {
        let linked = linkedNames([
            ("Feng Xiaoqiang", .person), ("Фэн Хайлун", .person),
            ("Gao Yunjie", .person), ("Гао Цзяньго", .person),
        ])
        #expect(linked[1] != "Feng Xiaoqiang")
        #expect(linked[3] != "Gao Yunjie")
    }
}

/// Chinese names in pinyin are compared as spelt: one spelling per syllable.
@Suite struct EntityLinkerPinyinTests {
    @Test func pinyinNamesAreMarkedOnlyWhenEverySyllableIsPinyin() {
        #expect(EntityLinker.pinyinSkeleton(["zhou", "an"]) == ["=zhou", "=an"])
        #expect(EntityLinker.pinyinSkeleton(["Guo", "Haigang"]) == ["=guo", "=haigang"])
        #expect(EntityLinker.pinyinSkeleton(["sergey", "ivanov"]) == nil)
        #expect(EntityLinker.pinyinSkeleton(["le", "van", "hai"]) == nil)          // Vietnamese: van is no pinyin
        #expect(EntityLinker.pinyinSkeleton(["anna", "li"]) == nil)                // the first word is no surname
        #expect(EntityLinker.pinyinSkeleton(["zhang"]) == nil)                     // one word
    }

    @Test func pinyinSurnamesAndGivenNamesOneLetterApartAreTwoPeople() {
        let linked = linkedNames([
            ("Zhou Minghua", .person), ("Zhu Minghua", .person),
            ("Guo Haigang", .person), ("Guo Haipeng", .person),
            ("Zhang Yun", .person), ("Zheng Yun", .person),
        ])
        #expect(linked[1] == "Zhu Minghua")
        #expect(linked[3] == "Guo Haipeng")
        #expect(linked[5] == "Zheng Yun")
    }

    @Test func transliterationVariantsOfOtherNamesStillJoin() {
        let linked = linkedNames([("Sergei Sergeyenko", .person), ("Sergueï Sergueïenko", .person)])
        #expect(linked[1] == linked[0])
    }
}

/// Pinyin's x is ش inside a word too, so an Arabic spelling of a Chinese name meets its pinyin.
@Suite struct EntityLinkerPinyinArabicTests {
    @Test func pinyinXInsideAWordIsShin() {
        #expect(EntityLinker.latinConsonants("Deng Weixin") == ["dnk", "wCn"])
        #expect(EntityLinker.latinConsonants("Maxim Volkov") == ["mksm", "flkf"])   // not pinyin: ks
        let linked = linkedNames([("Deng Weixin", .person), ("دنغ وي شين", .person)])
        #expect(linked[1] == "Deng Weixin")
    }
}
