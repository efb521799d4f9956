import Testing
@testable import BulletinKit

/// People nobody listed, written in Latin (or Cyrillic) script in some articles and in Han
/// characters in others: a foreign name as Xinhua transcribes it, a Vietnamese name in the Han
/// characters it comes from, a Chinese name against its pinyin (names invented here, none from
/// the corpus generator's lists).
@Suite struct EntityLinkerHanTests {
    func link(_ names: [(String, EntityType)]) -> [String] { linkedNames(names) }

    @Test func soundsOfBothScriptsAgree() {
        func classes(_ words: [[EntityLinker.Sound]]?) -> [String]? { words?.map(EntityLinker.classes) }
        // Lukashenko / 卢卡申科: l k C n k; r and l are one class, as Xinhua writes both 尔.
        #expect(classes(EntityLinker.latinSoundsForHan("Alyaksandr Lukashenka")) == ["Alksndl", "lkCnk"])
        #expect(EntityLinker.hanSounds("卢卡申科") == nil)   // one part: no transcription key
        #expect(EntityLinker.hanSounds("王建国") == nil)     // a Chinese name: characters not in the table
        #expect(EntityLinker.hanSounds("伊万·卢卡申科").map { $0.map { $0.map(EntityLinker.classes) } } == [["Afn", "lkCnk"]])
        // A nasal coda before the same nasal is one: 根纳季 Gennady.
        #expect(classes(EntityLinker.hanSounds("根纳季·波波夫")?.first) == ["gnd", "ppf"])
        #expect(classes(EntityLinker.latinSoundsForHan("Gennady Popov")) == ["gnd", "ppf"])
        // A doubled letter is one; an Arabic article between words is dropped.
        #expect(classes(EntityLinker.latinSoundsForHan("Bashar al-Assad")) == ["bCl", "Asd"])
        #expect(classes(EntityLinker.latinSoundsForHan("Mohammed")) == nil)
    }

    @Test func transcribedNamesJoinTheirLatinName() {
        let linked = link([
            ("Yaroslav Dubenko", .person), ("雅罗斯拉夫·杜边科", .person),      // 边 is not in the table: stays apart
            ("Taras Melnichuk", .person), ("塔拉斯·梅利尼丘克", .person),
            ("Stanislav Bondarev", .person), ("斯坦尼斯拉夫·邦达列夫", .person),
            ("Jamal Tahiri", .person), ("贾迈勒·塔希里", .person),
            ("Anton Sokolov", .person), ("安东·索科洛夫", .person),
            ("Jamal Thabet", .person), ("贾迈勒·萨比特", .person),        // Arabic th (ث) is s
            ("Nizar Qandil", .person), ("尼扎尔·甘迪勒", .person),         // and q is k or g
        ])
        #expect(linked[1] == "雅罗斯拉夫·杜边科")
        #expect(linked[3] == "Taras Melnichuk")
        #expect(linked[5] == "Stanislav Bondarev")
        #expect(linked[7] == "Jamal Tahiri")
        #expect(linked[9] == "Anton Sokolov")
        #expect(linked[11] == "Jamal Thabet")
        #expect(linked[13] == "Nizar Qandil")
    }

    @Test func aTranscribedSurnameFollowsItsPerson() {
        let linked = link([("Anton Sokolov", .person), ("安东·索科洛夫", .person), ("索科洛夫", .person)])
        #expect(linked == ["Anton Sokolov", "Anton Sokolov", "Anton Sokolov"])
    }

    @Test func aPersonKnownOnlyInCyrillicMeetsItsTranscription() {
        let linked = link([("Антон Соколов", .person), ("安东·索科洛夫", .person)])
        #expect(linked[0] == linked[1])
    }

    @Test func transcriptionsOneSoundApartStayApart() {
        // Another vowel (索科洛夫 Sokolov, not Sakolov), another consonant class (Bondarev, Pondarev),
        // another given name (Anatoly is not Andrei), another word count: other people.
        let linked = link([
            ("Anton Sakolov", .person), ("安东·索科洛夫", .person),
            ("Stanislav Pondarev", .person), ("斯坦尼斯拉夫·邦达列夫", .person),
            ("Andrei Mirsky", .person), ("阿纳托利·米尔斯基", .person),
            ("Anton Sokolov", .organization), ("安东·索科洛夫·伊万", .person),
        ])
        #expect(linked == ["Anton Sakolov", "安东·索科洛夫", "Stanislav Pondarev", "斯坦尼斯拉夫·邦达列夫",
                           "Andrei Mirsky", "阿纳托利·米尔斯基", "Anton Sokolov", "安东·索科洛夫·伊万"])
        // Two Latin people the transcription could be (拉 writes la and ra): neither.
        let ambiguous = link([("Sergei Lanov", .person), ("Sergei Ranov", .person), ("谢尔盖·拉诺夫", .person)])
        #expect(ambiguous == ["Sergei Lanov", "Sergei Ranov", "谢尔盖·拉诺夫"])
    }

    @Test func conventionalGivenNamesStillMeet() {
        // Xinhua's 弗拉基米尔 has k where Vladimir has d: one class other, not the first.
        let linked = link([("Vladimir Temirov", .person), ("弗拉基米尔·捷米罗夫", .person),
                           ("Nikolai Belov", .person), ("尼古拉·别洛夫", .person)])
        #expect(linked[1] == "Vladimir Temirov")
        #expect(linked[3] == "Nikolai Belov")     // 古 gu for ko: o and u are one vowel in a given name
        // Not in a surname: 科佐夫 is Kozov, not Kuzov; 特 writes te, not ta.
        #expect(link([("Marat Kuzov", .person), ("马拉特·科佐夫", .person)]) == ["Marat Kuzov", "马拉特·科佐夫"])
        #expect(link([("Maxim Tarov", .person), ("马克西姆·特罗夫", .person)]) == ["Maxim Tarov", "马克西姆·特罗夫"])
        // A plain t is never s: 萨比特 is not Tabet.
        #expect(link([("Jamal Tabet", .person), ("贾迈勒·萨比特", .person)]) == ["Jamal Tabet", "贾迈勒·萨比特"])
    }

    @Test func vietnameseNamesInHanMeetTheirSpelling() {
        let linked = link([
            ("Vo Van Kiet", .person), ("武文杰", .person),                 // 杰 has no reading in the table: stays apart
            ("Truong Tan Sang", .person), ("张晋创", .person),             // 晋 has none either
            ("Nguyen Xuan Phuc", .person), ("阮春福", .person),
            ("Huỳnh Tấn Phát", .person), ("黄新发", .person),              // 黄 is Hoàng or Huỳnh
            ("Нгуен Тхи Ким Нган", .person), ("阮氏金银", .person),       // the Vietnamese spelling read back from Cyrillic
        ])
        #expect(linked[1] == "武文杰")
        #expect(linked[3] == "张晋创")
        #expect(linked[5] == "Nguyen Xuan Phuc")
        #expect(linked[7] == "Huỳnh Tấn Phát")
        #expect(linked[8] == linked[9])
    }

    @Test func vietnameseReadingsOfTwoPeopleJoinNeither() {
        // 黄文心 reads Hoàng Văn Tâm and Huỳnh Văn Tâm: two people, so neither.
        let linked = link([("Hoang Van Tam", .person), ("Huynh Van Tam", .person), ("黄文心", .person)])
        #expect(linked == ["Hoang Van Tam", "Huynh Van Tam", "黄文心"])
        // Another given name: another person.
        #expect(link([("Tran Van Hai", .person), ("陈文山", .person)]) == ["Tran Van Hai", "陈文山"])
    }

    @Test func chineseNamesMeetTheirPinyinButNotANeighbour() {
        let linked = link([("Xi Jinping", .person), ("习近平", .person), ("Xie Xiaoyong", .person),
                           ("Han Zhengqiang", .person), ("韩正强", .person)])
        #expect(linked[1] == "Xi Jinping")
        #expect(linked[2] == "Xie Xiaoyong")
        #expect(linked[4] == "Han Zhengqiang")
    }
}

@Suite struct EntityLinkerHanVietBridgeTests {
    @Test func aChineseNameInVietnameseJoinsItsPinyinAndHan() {
        // Vietnamese writes a Chinese person by the Sino-Vietnamese reading of the characters.
        let linked = linkedNames([("Zhou Dexin", .person), ("周德新", .person), ("Chu Đức Tân", .person)])
        #expect(Set(linked).count == 1)
        // A Han-only Vietnamese name and a Chinese person both reading as one Latin name: the
        // reading is claimed by the person with pinyin only when nobody else has those characters.
        let two = linkedNames([("Zhou Dexin", .person), ("周德新", .person), ("Zhu Dexin", .person), ("朱德新", .person),
                               ("Chu Duc Tan", .person)])
        #expect(two[4] == "Chu Duc Tan")   // 周 and 朱 both read Chu: two people, so neither
        // Another given name: not the reading.
        #expect(linkedNames([("Zhou Dexin", .person), ("周德新", .person), ("Chu Duc Minh", .person)])[2] == "Chu Duc Minh")
    }
}
