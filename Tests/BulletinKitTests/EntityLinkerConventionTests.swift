import Testing
@testable import BulletinKit

/// Conventions of one script for another that sound-by-sound readings miss: Xinhua's fixed
/// forms of common given names (亚历山大 Alexander), and the Vietnamese d that Arabic writes
/// ز (names invented here, none from the corpus generator's lists).
@Suite struct EntityLinkerConventionTests {
    func link(_ names: [(String, EntityType)]) -> [String] { linkedNames(names) }

    @Test func conventionalFormsReadAsTheirLatinSpellings() {
        func classes(_ name: String) -> [[String]]? { EntityLinker.hanSounds(name)?.map { $0.map(EntityLinker.classes) } }
        // 亚历山大 by its syllables is A l C n d; by convention, Alexander's A l k s n d l.
        #expect(classes("亚历山大·索罗金")?.contains(["Alksndl", "slkn"]) == true)
        #expect(classes("亚历山大·索罗金")?.contains(["AlCnd", "slkn"]) == true)
        // A conventional form with a character the syllable table lacks (彼得) still reads.
        #expect(classes("彼得·索罗金")?.contains(["ptl", "slkn"]) == true)
        // Not conventional: read as before.
        #expect(classes("安东·索罗金") == [["Andn", "slkn"], ["Andn", "slgn"], ["Andn", "sljn"]])
        #expect(EntityLinker.conventionalGivenNameSounds("索罗金".unicodeScalars) == nil)
    }

    @Test func conventionalGivenNamesJoinTheirLatinName() {
        let linked = link([
            ("Alexander Sorokin", .person), ("亚历山大·索罗金", .person),
            ("Youssef Khalil", .person), ("优素福·哈利勒", .person),
            ("Ibrahim Nasser", .person), ("易卜拉欣·纳赛尔", .person),
            ("Viktor Baranov", .person), ("维克托·巴拉诺夫", .person),
        ])
        #expect(linked[1] == "Alexander Sorokin")
        #expect(linked[3] == "Youssef Khalil")
        #expect(linked[5] == "Ibrahim Nasser")
        #expect(linked[7] == "Viktor Baranov")
    }

    @Test func conventionalFormsOnlyOpenTheGivenName() {
        // The surname still agrees sound by sound: 索罗金 is not Sarokov; and Alexei is not 亚历山大.
        #expect(link([("Alexander Sarokov", .person), ("亚历山大·索罗金", .person)]) == ["Alexander Sarokov", "亚历山大·索罗金"])
        #expect(link([("Alexei Sorokin", .person), ("亚历山大·索罗金", .person)]) == ["Alexei Sorokin", "亚历山大·索罗金"])
        // Two people the form could be (拉 writes la and ra): it joins neither.
        let two = link([("Alexander Lanov", .person), ("Alexander Ranov", .person), ("亚历山大·拉诺夫", .person)])
        #expect(two == ["Alexander Lanov", "Alexander Ranov", "亚历山大·拉诺夫"])
    }

    @Test func anArabicOnlyPersonMeetsAConventionalForm() {
        let linked = link([("إبراهيم نصار", .person), ("易卜拉欣·纳萨尔", .person)])
        #expect(linked[0] == linked[1])
    }

    @Test func vietnameseDIsArabicZ() {
        // Dũng in Arabic is زونغ: the Latin key with z as well as d.
        #expect(EntityLinker.vietnameseZedWords("Bui Minh Dung", ["b", "mn", "dnk"]) == [["b", "mn", "znk"]])
        #expect(EntityLinker.vietnameseZedWords("Bùi Minh Dũng", ["b", "mn", "dnk"]) == [["b", "mn", "znk"]])
        // Đ is a d; the surname is left alone; a name that is not Vietnamese has none.
        #expect(EntityLinker.vietnameseZedWords("Bùi Minh Đức", ["b", "mn", "dk"]) == nil)
        #expect(EntityLinker.vietnameseZedWords("Dinh Minh Hai", ["dn", "mn", "h"]) == nil)
        #expect(EntityLinker.vietnameseZedWords("Omar Dabbas", ["Am", "dbs"]) == nil)
        let linked = link([("Bùi Minh Dũng", .person), ("Bui Minh Dung", .person), ("بوي مينه زونغ", .person)])
        #expect(linked[2] == linked[0])
        // Đức is written د: the ز form of another name stays apart.
        #expect(link([("Bùi Minh Đức", .person), ("بوي مينه زوك", .person)]) == ["Bùi Minh Đức", "بوي مينه زوك"])
    }

    @Test func frenchChOfAnArabicNameIsEnglishSh() {
        // شاهين: Shaheen in English, Chahine in French; both shahin.
        #expect(EntityLinker.normalizeVariant("Chahine") == EntityLinker.normalizeVariant("Shaheen"))
        #expect(EntityLinker.normalizeVariantFoundation("Chahïne") == "shahïn")
        let linked = link([("Karim Shaheen", .person), ("Karim Chahine", .person)])
        #expect(linked[0] == linked[1])
        // French tch is English ch (Tchakine, Chakin); six letters, no e: Chaev and Shaev stay two people.
        #expect(EntityLinker.normalizeVariant("Tchakine") == EntityLinker.normalizeVariant("Chakin"))
        #expect(link([("Oleg Chaev", .person), ("Oleg Shaev", .person)]) == ["Oleg Chaev", "Oleg Shaev"])
        // An initial sh is not an s with an h dropped: Chonine (Шонин, Shonin) is not Sonin.
        #expect(link([("Pavel Sorin", .person), ("Pavel Chorine", .person)]) == ["Pavel Sorin", "Pavel Chorine"])
        let shorin = link([("Pavel Shorin", .person), ("Pavel Chorine", .person)])
        #expect(shorin[0] == shorin[1])
    }
}
