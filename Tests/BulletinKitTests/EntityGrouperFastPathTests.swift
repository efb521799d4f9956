import Foundation
import Testing
@testable import BulletinKit

/// The grouper's, the known-name pass's and the Han passes' fast paths give exactly what the
/// plain tests give: byte equality against `String` equality, the Han title and verb-pair
/// indexes against scanning every title, the acronym test against `Character`'s properties.
@Suite struct EntityGrouperFastPathTests {
    /// Pairs that are byte-equal, canonically equal in other bytes (decomposed Vietnamese, a
    /// compatibility ideograph, the Greek ano teleia), or different.
    static let pairs: [(String, String)] = [
        ("minsk", "minsk"), ("minsk", "minsq"), ("", ""), ("", "a"), ("Лукашенко", "Лукашенко"), ("Лукашенко", "Лукашенка"),
        ("بيلاروسيا", "بيلاروسيا"), ("بيلاروسيا", "بيلاروسي"), ("北京", "北京"), ("北京", "南京"),
        ("Hải", "Ha\u{309}i"), ("Nguyễn", "Nguye\u{302}\u{303}n"), ("e\u{301}cole", "école"), ("\u{F900}", "\u{8C48}"),
        ("a\u{0387}b", "a\u{00B7}b"), ("Bộ", "Bo\u{323}\u{302}"), ("Bộ", "Bo\u{302}\u{323}"), ("ǅ", "D\u{17E}"),
    ]

    @Test func plainEqualityIsStringEquality() {
        for (a, b) in Self.pairs {
            #expect(PlainText.equal(a, b) == (a == b), "\(a) \(b)")
            #expect(PlainText.equal(b, a) == (b == a), "\(b) \(a)")
        }
    }

    @Test func concatenationIsStringEquality() {
        let cases: [(String, String, String)] = [
            ("中国五矿集团有限公司", "中国五矿集团", "有限公司"), ("中国五矿集团有限公司", "中国五矿", "有限公司"),
            ("五矿集团股份有限公司", "五矿集团", "股份有限公司"), ("ab", "a", "b"), ("ab", "", "ab"), ("", "", ""),
            ("\u{8C48}有限公司", "\u{F900}", "有限公司"), ("école", "e", "\u{301}cole"), ("Hải", "Ha", "\u{309}i"),
        ]
        for (whole, a, b) in cases {
            #expect(PlainText.isConcatenation(whole, a, b) == (whole == a + b), "\(whole) \(a) \(b)")
        }
    }

    @Test func scalarSearchIsTheStringSearch() {
        for s in ["阿布巴卡尔·孔德-塞萨伊", "孔德-塞萨伊", "a\u{0387}b", "a\u{00B7}\u{301}b", "", "·", "-", "Ha\u{309}i-Nam"] {
            #expect(PlainText.contains(s, "·") == s.contains("·"), "\(s)")
            #expect(PlainText.contains(s, "-") == s.contains("-"), "\(s)")
        }
    }

    /// `isAcronym` is its definition: two characters or more, each uppercase or a number.
    @Test func acronymTestIsItsDefinition() {
        let strings = ["NA", "G20", "N", "Na", "МИД", "Мид", "ЕБРР", "北京", "一二", "十四五", "中国－东盟", "一－二", "ASEAN－中国",
                       "Nguye\u{302}\u{303}n", "Ha\u{309}i", "A\u{300}B", "\u{110}A\u{323}\u{306}NG", "الأمم", "الْأُمَم", "\u{0600}a",
                       "\u{0600}الأمم", "a", "", "1", "12", "Ⅻ", "ǅ", "ÀB", "A\u{0301}", "x\u{200D}a", "Ж\u{0301}А", "Ἀ\u{0345}",
                       "Мо\u{301}сква", "МО\u{301}СКВА", "\u{0600}ж", "ё\u{301}Ж", "Кот-д’Ивуар", "КОТ’Д", "Ж\u{200D}ж", "ЖЁ\u{301}"]
        for s in strings {
            let reference = s.allSatisfy { $0.isUppercase || $0.isNumber } && s.count >= 2
            #expect(MentionGrouper.isAcronym(s) == reference, "\(s)")
        }
    }

    /// The scalar table's fallback for CJK ideographs answers `Character.isUppercase`.
    @Test func ideographsAreNotUppercase() {
        for v in UInt32(0x4E00)...0x9FFF {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(ScalarCase.shared.isUppercase(s) == Character(s).isUppercase, "U+\(String(v, radix: 16))")
        }
    }

    /// A key set built with its keys' token hashes is the key set of those keys.
    @Test func keySetWithHashesIsTheKeySet() {
        let keys = ["минск", "hanoi", "بيلاروسيا", "hanoi", "北京", "", "минск"]
        let a = KeySet(keys), b = KeySet(keys, hashes: keys.map { Token.hash($0) })
        #expect(a.members == b.members)
        for probe in keys + ["минс", "Hanoi", "南京", "x"] {
            #expect(a.contains(probe) == b.contains(probe), "\(probe)")
        }
    }

    /// The title and verb-pair look-ups before a position answer the scan of every title and the pair set.
    @Test func hanTitleAndVerbEndsAreTheScans() {
        for text in ["外交部发言人毛宁表示", "国家主席习近平在北京会见白俄罗斯总统卢卡申科", "总理李强出席论坛并致辞", "会见了部长", "\u{F900}主席"] {
            let codes = NameFinder.hanCodes(text)
            for end in 0...codes.count {
                let titles = NameFinder.hanTitleCodes.contains { tc in tc.count >= 2 && NameFinder.hanMatches(codes, tc, at: end - tc.count) }
                #expect(NameFinder.hanTitleEnds(codes, at: end) == titles, "\(text) \(end)")
                let pair = end >= 2 && NameFinder.hanVerbPairs.contains(UInt64(codes[end - 2]) << 32 | UInt64(codes[end - 1]))
                #expect(NameFinder.hanVerbPairEnds(codes, at: end) == pair, "\(text) \(end)")
            }
            for k in codes.indices {
                let first = NameFinder.hanTitleCodes.indices.filter { NameFinder.hanTitleCodes[$0].first == codes[k] }
                #expect((NameFinder.hanTitlesByFirst[codes[k]] ?? []) == first)
            }
        }
    }

    /// Mentions group by knowledge-base entry, else by their words; an entry and a word key never share a group.
    @Test func groupsByEntryAndByWords() {
        func mention(_ surface: String, _ start: Int, known: Int? = nil, words: [String]) -> Mention {
            var m = Mention(surface: surface, start: start, end: start + surface.utf16.count, type: .place, evidence: known == nil ? .cue : .known, words: words)
            m.known = known
            return m
        }
        let grouper = MentionGrouper(lex: EntityLexicon.shared)
        let result = grouper.group([
            mention("Zorvak", 0, words: ["zorvak"]), mention("Kelmira", 10, words: ["kelmira"]), mention("Zorvak", 20, words: ["zorvak"]),
            mention("the Kelmira", 30, words: ["the", "kelmira"]), mention("Ostrel", 50, words: ["ostrel"]),
            mention("Zorvak", 60, known: 0, words: ["zorvak"]), mention("Qerrin", 70, known: 0, words: ["qerrin"]),
        ])
        let entry = EntityLexicon.shared.knowledge.entities[0].name
        #expect(result.entities.map(\.name) == ["Zorvak", "the Kelmira", "Ostrel", entry])
        #expect(result.entities.map(\.mentions) == [2, 2, 1, 2])
        #expect(result.entities[0].ranges.map(\.start) == [0, 20])
        #expect(result.entities[3].ranges.map(\.start) == [60, 70])
    }

    /// `NameFinder.startsWithArabicCliticLetter` (UTF-8 bytes) is the scalar test it replaced.
    @Test func arabicCliticLetterByBytes() {
        for w in ["وزير", "بالقاهرة", "للتعاون", "فقط", "كان", "الرئيس", "ووزير", "و", "ب", "", "a", "Минск", "北京", "ۋ", "ٻ"] {
            let scalar = w.unicodeScalars.first.map { "وبلف".unicodeScalars.contains($0) } ?? false
            #expect(NameFinder.startsWithArabicCliticLetter(w) == scalar, "\(w)")
        }
    }
}
