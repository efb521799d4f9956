import Foundation
import Testing
@testable import BulletinKit

/// The cheap tests the refine passes of holdouts 14, 16, 17, 21 and 30 ask before their rules (NameFinder+PassFacts.swift
/// and the passes' gates) answer what the tests they stand for answer, and the gated rules still fire on their triggers.
@Suite struct EntitySpeedGateTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    /// `KeyClasses.bits` holds a list's bit exactly when `KeySet.contains` finds the key in that list.
    @Test func keyClassesAnswerEachList() {
        let lists: [(KeySet, UInt32)] = [
            (KeySet(["россии"]), 1), (KeySet(["дорога", "дороги", "трасса"]), 2), (KeySet(["поселках", "рек", "дорога"]), 4),
            (KeySet(["toa", "vien", "đoan", "doan"]), 8), (KeySet(["cac", "song", "vien"]), 16), (KeySet([]), 32),
        ]
        let classes = KeyClasses(lists)
        var keys = lists.flatMap { $0.0.members }
        keys += ["", "росси", "россиии", "дорог", "cac ", "Cac", "đoàn", "doan", "song", "x", "поселках", "العربية", "北京"]
        for key in keys {
            let bits = classes.bits(key, hash: Token.hash(key))
            for (list, bit) in lists { #expect((bits & bit != 0) == list.contains(key, hash: Token.hash(key)), "\(key) \(bit)") }
        }
    }

    /// The marks compared on bytes are equal to a text exactly when `==` says so (canonical equivalence), and "·", which
    /// U+0387 decomposes to, is not among them.
    @Test func marksOnBytesAreStringEquality() {
        let marks = ["—", "–", "-", "“", "”", "«", "»", "、", "（", "）", "(", ")", ",", ".", "\"", "=", "،"]
        let texts = marks + ["", "·", "\u{0387}", "—\u{0301}", "-\u{0338}", "，", "。", "»»", "«\u{0300}", "a", "ا", "–-"]
        for mark in marks {
            for text in texts { #expect(NameFinder.isMark(text, mark) == (text == mark), "\(text.unicodeScalars.map(\.value)) \(mark)") }
            for u in 0x20...0x3000 {
                guard let s = Unicode.Scalar(u), s.properties.canonicalCombiningClass == .notReordered else { continue }
                let text = String(Character(s))
                #expect(NameFinder.isMark(text, mark) == (text == mark), "U+\(String(u, radix: 16)) \(mark)")
            }
        }
    }

    /// `isWord` is `PlainText.equal` (and `==`) for the passes' words, written composed, decomposed, capitalized or not.
    @Test func wordsByFirstByteAreStringEquality() {
        let words = ["sân", "đèo", "xã", "phường", "huyện", "và", "tỉnh", "hồ", "trưởng", "hãng", "đoàn", "tập", "thị"]
        var texts = words + words.map { $0.decomposedStringWithCanonicalMapping } + words.map { $0.capitalized }
        texts += ["san", "deo", "ho", "hô", "hò", "ho\u{0302}\u{0300}", "s\u{0061}\u{0302}n", "ṡân", "dèo", "đeo", "thi", "thì", ""]
        for word in words {
            for text in texts {
                #expect(NameFinder.isWord(text, word) == (text == word), "\(text.unicodeScalars.map(\.value)) \(word)")
                #expect(NameFinder.isWord(text, word) == PlainText.equal(text, word), "\(text) \(word)")
            }
        }
    }

    /// The Vietnamese honorifics and heads probed by key hash answer what their `WordSet`s answer.
    @Test func vietnameseKeySetsAreTheWordSets() {
        let pairs = [(NameFinder.h17VietnameseHonorificKeys, NameFinder.h17VietnameseHonorifics), (NameFinder.h17VietnameseHeadKeys, NameFinder.h17VietnameseHeads)]
        for (keys, words) in pairs {
            var probes = Array(words.set) + ["", "thầy", "co\u{0301}", "ong ", "Ba", "truong", "trường", "uy", "ủy", "bo", "bộ", "x"]
            probes += probes.map { $0.decomposedStringWithCanonicalMapping }
            for p in probes { #expect(keys.contains(p, hash: Token.hash(p)) == words.contains(p), "\(p)") }
        }
    }

    /// `composedText` is canonically equal to its text, and byte comparisons of it answer what the text's `==` and
    /// `hasSuffix` answer (composed, decomposed, or not composable by the table).
    @Test func composedTextIsTheText() {
        let words = ["Phòng", "Trường", "Sở", "hồ", "và", "của", "đã", "Hội An", "Thành phố Hồ Chí Minh", "Москва", "北京", "a\u{0301}\u{0302}", ""]
        let texts = words + words.map { $0.decomposedStringWithCanonicalMapping } + ["Pho\u{0300}ng", "Phong", "Ho\u{0302}\u{0300}i", "q\u{0307}\u{0323}"]
        for t in texts {
            let c = NameFinder.composedText(t)
            #expect(c == t, "\(t.unicodeScalars.map(\.value))")
            for w in words {
                #expect(PlainText.equal(c, w) == (t == w), "\(t) \(w)")
                #expect(PlainText.hasSuffix(c, " " + w) == t.hasSuffix(" " + w), "\(t) \(w)")
            }
        }
    }

    /// The switch over the legal forms' first bytes is the set of those bytes.
    @Test func legalFormOpeningsAreTheFormsFirstBytes() {
        for b in 0...255 {
            #expect(NameFinder.h14LegalFormOpens(UInt8(b)) == NameFinder.h14LegalFormFirstBytes.contains(UInt8(b)), "\(b)")
        }
    }

    /// `keyIs(k, key, hash:)` is `keyIs(k, key)`, and the first two bytes of a settlement stem open every key it opens.
    @Test func hashedKeyTestsAreKeyTests() {
        let finder = EntityPassFactsTests.discovered("Арман Серик оглы и Ахмед Ибрагим қызы прибыли в поселок у реки «Урал».", "ru")
        for key in ["оглы", "«", "поселок", "в", "реки", "x"] {
            let h = Token.hash(key)
            for k in -1...(finder.tokens.count) { #expect(finder.keyIs(k, key, hash: h) == finder.keyIs(k, key), "\(k) \(key)") }
        }
        for stem in NameFinder.h17RussianSettlementStems {
            for key in [stem, stem + "ах", "деревнях", "поселковый", "пос", "д", ""] where key.utf8.starts(with: stem.utf8) {
                #expect(NameFinder.h17OpensLikeAny(key, NameFinder.h17RussianSettlementOpenings), "\(key) \(stem)")
            }
        }
    }

    // MARK: The gated rules still fire on their triggers

    /// h21Russian's token rules (asked through one `KeyClasses` probe): a list after a plural noun, a road's two ends.
    @Test func russianTokenRulesFireOnTheirWords() {
        let e = extract("Вода подтопила дома в поселках Заречное и Лесогорск, сообщили спасатели.", "ru")
        let places = names(e, .place)
        #expect(places.contains("Заречное") && places.contains("Лесогорск"), "\(all(e))")
        let road = extract("На автодороге Верхнедольск – Каменка ограничили движение.", "ru")
        let ends = names(road, .place)
        #expect(ends.contains("Верхнедольск") && ends.contains("Каменка"), "\(all(road))")
        let not = extract("Вода подтопила дома в Заречное и Лесогорск, сообщили спасатели.", "ru")
        #expect(!names(not, .organization).contains("Заречное и Лесогорск"), "\(all(not))")
    }

    /// h21Vietnamese's token rules: a river of one syllable after "sông", towns after "các huyện".
    @Test func vietnameseTokenRulesFireOnTheirWords() {
        let e = extract("Nước sông Đà dâng cao tại các huyện Tân Lạc, Mai Châu và Đà Bắc trong đêm qua.", "vi")
        let places = names(e, .place)
        for p in ["Tân Lạc", "Mai Châu", "Đà Bắc"] { #expect(places.contains(p), "\(p): \(all(e))") }
    }

    /// h14Han's scans (behind one trigger test a run): a river of transliteration characters before 河.
    @Test func hanRiverScanFiresOnItsCharacter() {
        let e = extract("当地居民沿着至莫阿河的道路前往市场。", "zh")
        #expect(names(e, .place).contains("莫阿河"), "\(all(e))")
    }
}
