import Testing
@testable import BulletinKit

/// People nobody listed, written in Arabic script in some articles and transcribed into Han
/// characters in others (Xinhua's tables), with no Latin or Cyrillic spelling between them:
/// `EntityLinker.hanMerges` joins them by the sounds of both (names invented here).
@Suite struct EntityLinkerArabicHanTests {
    func link(_ names: [(String, EntityType)]) -> [String] { linkedNames(names) }

    @Test func arabicNamesAreReadAsXinhuaWritesThem() {
        // Classes as for a Latin name: ح h, ر l, ق Q; long vowels are the vowels, short ones are not written.
        let sounds = EntityLinker.arabicSoundsForHan("كريم ناصري")!
        #expect(sounds.map(EntityLinker.classes) == ["klm", "nsl"])
        #expect(sounds[0].map(\.vowels) == ["", "i", ""])
        // A word's first و is its w (f), ي its A; و inside a word is o or u; a final ه after a vowel letter is none.
        #expect(EntityLinker.arabicSoundsForHan("وليد يونس")!.map(EntityLinker.classes) == ["fld", "Ans"])
        #expect(EntityLinker.arabicSoundsForHan("أندريه ميلوف")!.map(EntityLinker.classes) == ["Andl", "mlf"])
        #expect(EntityLinker.arabicSoundsForHan("فاطمة ناصري")![0].map(\.vowels) == ["a", "", "a"])
        #expect(EntityLinker.arabicSoundsForHan("كريم") == nil)
        #expect(EntityLinker.arabicSoundsForHan("Karim Nasseri") == nil)
    }

    @Test func arabicFormsJoinTheirHanTranscription() {
        let linked = link([
            ("卡里姆·纳赛里", .person), ("كريم ناصري", .person),
            ("尤里·米洛夫", .person), ("يوري ميلوف", .person),
        ])
        #expect(linked[0] == linked[1], "\(linked)")
        #expect(linked[2] == linked[3], "\(linked)")
    }

    @Test func otherSoundsStayApart() {
        // Another consonant, or other long vowels: other people.
        #expect(link([("卡里姆·纳赛里", .person), ("كريم ناصف", .person)]) == ["卡里姆·纳赛里", "كريم ناصف"])
        #expect(link([("尤里·米洛夫", .person), ("يوري مالوف", .person)]) == ["尤里·米洛夫", "يوري مالوف"])
        // A Latin spelling comes first: the Han name joins it, and so does the Arabic one.
        let three = link([("Karim Nasseri", .person), ("卡里姆·纳赛里", .person), ("كريم ناصري", .person)])
        #expect(three == ["Karim Nasseri", "Karim Nasseri", "Karim Nasseri"])
    }
}
