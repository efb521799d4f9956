import Testing
@testable import BulletinKit

/// A Chinese person written in pinyin in some articles and by the Sino-Vietnamese reading of
/// the characters in Vietnamese ones, with no article writing the characters (names invented
/// here; none is in the corpus generator's lists).
@Suite struct EntityLinkerHanVietPinyinTests {
    @Test func pinyinCutsIntoSyllablesOneWayOnly() {
        #expect(EntityLinker.onlyPinyinCut("jianguo") == ["jian", "guo"])
        #expect(EntityLinker.onlyPinyinCut("xiaoming") == ["xiao", "ming"])
        #expect(EntityLinker.onlyPinyinCut("xian") == ["xian"])   // Xi'an has its apostrophe
        #expect(EntityLinker.onlyPinyinCut("linan") == ["li", "nan"])
        #expect(EntityLinker.onlyPinyinCut("smith") == nil)
        #expect(EntityLinker.pinyinNameSyllables("Tang Baolin") == [["tang"], ["bao", "lin"]])
        #expect(EntityLinker.pinyinNameSyllables("Фэн Баолинь") == [["feng"], ["bao", "lin"]])
        #expect(EntityLinker.pinyinNameSyllables("John Baolin") == nil)   // no Chinese surname
    }

    @Test func syllableKeysKeepLettersAndTone() {
        // Tone marks placed either way, precomposed or decomposed: one key.
        #expect(EntityLinker.syllableKey("Hòa") == EntityLinker.syllableKey("Hoà"))
        #expect(EntityLinker.syllableKey("Thủy") == EntityLinker.syllableKey("Thuỷ"))
        #expect(EntityLinker.syllableKey("Lâm") == EntityLinker.syllableKey("La\u{0302}m"))
        // Vowel letters, đ and tones tell syllables apart.
        #expect(EntityLinker.syllableKey("Văn") != EntityLinker.syllableKey("Vân"))
        #expect(EntityLinker.syllableKey("Dương") != EntityLinker.syllableKey("Đường"))
        #expect(EntityLinker.syllableKey("Cương") != EntityLinker.syllableKey("Cường"))
        #expect(EntityLinker.syllableKey("Smith-Jones") == nil)
    }

    @Test func readingsOfAPinyinName() {
        let readings = EntityLinker.hanVietReadings(ofPinyin: [["tang"], ["bao", "lin"]])
        #expect(readings.contains(EntityLinker.vietnameseOnlyReading(["Đường Bảo Lâm"])!))   // 唐宝林
        #expect(!readings.contains(EntityLinker.vietnameseOnlyReading(["Dương Bảo Lâm"])!))  // 杨: yang
        #expect(EntityLinker.hanVietReadings(ofPinyin: [["tang"], ["zzz"]]).isEmpty)
    }

    @Test func aPinyinNameJoinsItsOnlyVietnameseReading() {
        let linked = linkedNames([("Tang Baolin", .person), ("Đường Bảo Lâm", .person)])
        #expect(Set(linked).count == 1)
        // Palladius Russian too.
        let ru = linkedNames([("Тан Баолинь", .person), ("Đường Bảo Lâm", .person)])
        #expect(Set(ru).count == 1)
        // A one-syllable given name (高健); a reading without marks is no evidence (Cao Khang).
        #expect(Set(linkedNames([("Gao Jian", .person), ("Cao Kiện", .person)])).count == 1)
        #expect(Set(linkedNames([("Gao Kang", .person), ("Cao Khang", .person)])).count == 2)
    }

    @Test func ambiguityOrVietnamesePeopleJoinNothing() {
        // Tones and vowel letters count: 刚强 Cương Cường is not 强刚 Cường Cương.
        #expect(Set(linkedNames([("Yang Gangqiang", .person), ("Dương Cường Cương", .person)])).count == 2)
        #expect(Set(linkedNames([("Yang Gangqiang", .person), ("Dương Cương Cường", .person)])).count == 1)
        // Two Vietnamese clusters the pinyin reads as (li: 力 Lực, 丽 Lệ): neither.
        let two = linkedNames([("Cao Li", .person), ("Cao Lực", .person), ("Cao Lệ", .person)])
        #expect(Set(two).count == 3)
        // A Vietnamese person written without marks in English copy: their cluster holds that
        // form, so no pinyin name reads as it (Dang Bao Lam is not Deng Baolin).
        let viet = linkedNames([("Deng Baolin", .person), ("Đặng Bảo Lâm", .person), ("Dang Bao Lam", .person)])
        #expect(viet[0] != viet[1])
        #expect(viet[1] == viet[2])
        // Văn and Thị are Vietnamese middle names, Nguyễn a Vietnamese surname: never read from pinyin.
        #expect(Set(linkedNames([("Tang Wenlin", .person), ("Đường Văn Lâm", .person)])).count == 2)
        #expect(Set(linkedNames([("Ruan Baolin", .person), ("Nguyễn Bảo Lâm", .person)])).count == 2)
        // Another given name: not the reading.
        #expect(Set(linkedNames([("Tang Baolin", .person), ("Đường Bảo Minh", .person)])).count == 2)
        // Two pinyin names read alike (Zhou and Zhu are both Chu): the reading joins neither.
        let chu = linkedNames([("Zhou Baolin", .person), ("Zhu Baolin", .person), ("Chu Bảo Lâm", .person)])
        #expect(Set(chu).count == 3)
        // A Han name that reads so claims it (hanMerges), not a pinyin name without characters.
        let han = linkedNames([("Zhou Baolin", .person), ("周宝林", .person), ("Zhu Baolin", .person), ("Chu Bảo Lâm", .person)])
        #expect(han[2] != han[3])
        // Not people: never.
        let orgs = linkedNames([("Tang Baolin", .organization), ("Đường Bảo Lâm", .organization)])
        #expect(Set(orgs).count == 2)
    }
}
