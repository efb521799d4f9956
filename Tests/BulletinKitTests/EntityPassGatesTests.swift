import Foundation
import Testing
@testable import BulletinKit

/// The refine passes' byte tests and gates (NameFinder+PassGates.swift and the gates beside the passes)
/// answer what the `String` and `UTF8View` code they replace answered.
@Suite struct EntityPassGatesTests {
    /// Words of every script the passes see, small and large, plain and not (NFD, marks, compatibility ideographs).
    static let words: [String] = [
        "", "a", "of", "ofx", "dollar", "dolar", "dollars", "доллар", "долларов", "дом", "دولار", "دولارات", "دار",
        "ال", "الكامل", "للتنمية", "لشركة", "بالكامل", "ل", "لَ", "الَ", "ميناء", "بميناء", "وميناء", "حقل", "الحقل",
        "Việt", "Vie\u{0323}\u{0302}t", "今年", "今\u{F98E}", "北京市", "𠀋𠀌", "e\u{0301}", "Kelvin\u{212A}", "a long ascii string past fifteen bytes",
        "Sơn La", "ооо", "ش", "中华人民共和国外交部",
    ]
    static let prefixes: [StaticString] = ["ال", "لل", "ل", "بال", "و", "do", "a", "今年", "of"]

    @Test func utf8StartsIsTheViewsStarts() {
        for w in Self.words {
            for p in Self.prefixes {
                let ps = p.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
                #expect(NameFinder.utf8Starts(w, p) == w.utf8.starts(with: ps.utf8), "\(w) \(ps)")
                #expect(NameFinder.utf8Starts(w, bytesOf: ps) == w.utf8.starts(with: ps.utf8), "\(w) \(ps)")
            }
            for other in Self.words {
                #expect(NameFinder.utf8Starts(w, bytesOf: other) == w.utf8.starts(with: other.utf8), "\(w) \(other)")
            }
        }
    }

    /// The byte search answers the view's `contains`, in every script (Latin, Cyrillic, Arabic, Han, Vietnamese, NFD).
    @Test func utf8ContainsIsTheViewsContains() {
        let bytes: [UInt8] = [0x20, 0x2D, 0x2E, 0x61, 0xD8, 0xD0, 0xE4, 0xCC, 0x00, 0xFF]
        for w in Self.words + ["Nguyễn Văn-An", "Абу-Даби", "U.S.", "ул. Ленина", "أبو ظبي", "北京·朝阳", "Vie\u{0323}\u{0302}t Nam."] {
            for b in bytes { #expect(NameFinder.utf8Contains(w, b) == w.utf8.contains(b), "\(w) \(b)") }
        }
    }

    @Test func utf8EndsIsTheViewsSuffixTest() {
        let ends: [StaticString] = ["ها", "هم", "ات", "ي", "ar", "年", "a"]
        for w in Self.words + ["كتابها", "كتابهم", "سيارات", "ها"] {
            for p in ends {
                let ps = p.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
                #expect(NameFinder.utf8Ends(w, p) == (w.utf8.count >= ps.utf8.count && w.utf8.suffix(ps.utf8.count).elementsEqual(ps.utf8)), "\(w) \(ps)")
            }
        }
    }

    /// The Arabic name shapes answer as they did with `PlainText.hasSuffix`.
    @Test func arabicNameShapesAreUnchanged() {
        func oldPlainEnds(_ word: String) -> Bool {
            PlainText.hasSuffix(word, "ها") || PlainText.hasSuffix(word, "هم") || PlainText.hasSuffix(word, "ات")
        }
        for w in Self.words + ["كتابها", "كتابهم", "سيارات", "محمد", "بوتين", "فلاديمير", "وليد", "فاطمة", "سلام", "كريم"] {
            if let (first, last, count) = PlainText.firstLastCount(w) {
                let old = count >= 3 && !"بلكوف".unicodeScalars.contains(first) && !("هة".unicodeScalars.contains(last) || oldPlainEnds(w))
                #expect(NameFinder.looksLikeArabicName(w) == old, "\(w)")
            }
        }
    }

    /// The Arabic prefix gate answers `PlainText.hasPrefix`, for precomposed letters and decomposed words too.
    @Test func arabicHasPrefixIsPlainTextHasPrefix() {
        let prefixes = ["ال", "لل", "و", "وال", "بال", "ب", "ل", "ف", "ك", "ة", "أ", "إ", "آ", "ؤ", "ئ", "ۀ", "ٱل", "a", "今年", ""]
        let words = Self.words + ["أحمد", "ا\u{0654}حمد", "إبراهيم", "ا\u{0655}براهيم", "آل", "ا\u{0653}ل", "ؤ", "و\u{0654}", "ۀ", "ه\u{0654}",
                                  "والد", "وَالد", "ٱلله", "ب", "ba", "ائتلاف"]
        for w in words {
            for p in prefixes {
                #expect(NameFinder.arabicHasPrefix(w, p) == PlainText.hasPrefix(w, p), "\(w) \(p)")
            }
        }
    }

    /// The Arabic suffix gate answers `PlainText.hasSuffix`, for precomposed letters and decomposed words too.
    @Test func arabicHasSuffixIsPlainTextHasSuffix() {
        let suffixes = ["ية", "ي", "ة", "ات", "ها", "هم", "ون", "ى", "يه", "أ", "ئ", "ؤ", "ۀ", "ي\u{0654}", "a", "年", ""]
        let words = Self.words + ["مدرسة", "مدرسة\u{064E}", "شيء", "شيئ", "شيي\u{0654}", "مبدأ", "مبدا\u{0654}", "لؤلؤ", "لؤلو\u{0654}", "كتابها",
                                  "ۀ", "ه\u{0654}", "عربي", "مصرية", "مصريه"]
        for w in words {
            for p in suffixes {
                #expect(NameFinder.arabicHasSuffix(w, p) == PlainText.hasSuffix(w, p), "\(w) \(p)")
            }
        }
    }

    @Test func utf8EqualIsSame() {
        for w in Self.words {
            for p in Self.prefixes {
                let ps = p.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
                #expect(NameFinder.utf8Equal(w, p) == PhraseMatcher.same(w, ps), "\(w) \(ps)")
            }
        }
    }

    @Test func utf8EndsInAnyIsTheViewsSuffixTest() {
        let ends: [[UInt8]] = [Array("ميناء".utf8), Array("حقل".utf8), Array("ar".utf8), Array("年".utf8)]
        for w in Self.words {
            for slack in [0, 2, 4] {
                let u = w.utf8
                let old = ends.contains { h in u.count >= h.count && u.count <= h.count + slack && u.suffix(h.count).elementsEqual(h) }
                #expect(NameFinder.utf8EndsInAny(w, ends, slack: slack) == old, "\(w) \(slack)")
            }
        }
    }

    @Test func unicodeScalarsAreTheViewsScalars() {
        for w in Self.words + ["x\u{10FFFF}y", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"] {
            #expect(NameFinder.unicodeScalars(of: w) == Array(w.unicodeScalars), "\(w)")
        }
    }

    @Test func droppingFirstArabicLetterIsDropFirst() {
        let words = Self.words + ["و", "والرومي", "بالصفدي", "وَالرومي", "و\u{200D}ل", "و\u{0654}ل", "وa", "و\n", "لۀ", "وپ", "ف٤"]
        for w in words where w.utf8.first.map({ $0 == 0xD8 || $0 == 0xD9 }) ?? false {
            #expect(NameFinder.droppingFirstArabicLetter(w) == String(w.dropFirst()), "\(w)")
            #expect(Array(NameFinder.droppingFirstArabicLetter(w).utf8) == Array(String(w.dropFirst()).utf8), "\(w)")
        }
    }

    /// `withoutClitics` answers what its `Character` code (kept below as it was) answers.
    @Test func withoutCliticsIsTheCharacterAnswer() {
        func old(_ word: String) -> String? {
            let s = Array(word)
            if s.count > 4, s[0] == "ل", s[1] == "ل" { return "ال" + String(s.dropFirst(2)) }
            if s.count > 4, "وفبك".contains(s[0]), s[1] == "ا", s[2] == "ل" { return String(s.dropFirst()) }
            if s.count > 5, "وف".contains(s[0]), "بلك".contains(s[1]), s[2] == "ا", s[3] == "ل" { return String(s.dropFirst(2)) }
            return nil
        }
        let words = Self.words + ["للجمعية", "والمجلس", "بالرئيس", "فبالرئيس", "وبالعمل", "كالنار", "للج", "والم", "وَالمجلس", "لل\u{0654}جمعية",
                                  "وللجنة", "فالقرار", "ولالبيت", "كالبيت", "بالبيتَ"]
        for w in words {
            #expect(NameFinder.withoutClitics(w) == old(w), "\(w)")
        }
    }

    /// `keyIs` with a literal (the byte-count path) answers as with the same key as a `String`.
    @Test func keyIsWithALiteralIsKeyIsWithAString() {
        let finder = EntityPassFactsTests.discovered("The Ministry of Finance of Viet Nam said on Monday, وقال الوزير في عمان 今年北京", "en")
        let dynamic = ["of", "the", "said", ",", "وقال", "في", "x", ""]
        for k in -1...(finder.tokens.count) {
            #expect(finder.keyIs(k, "of") == finder.keyIs(k, dynamic[0]))
            #expect(finder.keyIs(k, "the") == finder.keyIs(k, dynamic[1]))
            #expect(finder.keyIs(k, "said") == finder.keyIs(k, dynamic[2]))
            #expect(finder.keyIs(k, ",") == finder.keyIs(k, dynamic[3]))
            #expect(finder.keyIs(k, "وقال") == finder.keyIs(k, dynamic[4]))
            #expect(finder.keyIs(k, "في") == finder.keyIs(k, dynamic[5]))
            #expect(finder.keyIs(k, "x") == finder.keyIs(k, dynamic[6]))
            #expect(finder.keyIs(k, "") == finder.keyIs(k, dynamic[7]))
        }
        #expect((0..<finder.tokens.count).contains { finder.keyIs($0, "of") })
        #expect((0..<finder.tokens.count).contains { finder.keyIs($0, "في") })
    }

    /// The currency gate still lets every currency noun through (the rule fires), and turns other words away.
    @Test func currencyGateKeepsTheCurrencyNouns() {
        let finder = EntityPassFactsTests.discovered("28 million dollars, 5 dolares, 3 долларов США, 1.2 مليار دولار أمريكي, dom дом دار", "en")
        let keys = finder.tokens.indices.filter { finder.tokens[$0].kind == .word }.map { (finder.tokens[$0].key, finder.l16CurrencyWord($0)) }
        for (key, isCurrency) in keys {
            #expect(isCurrency == NameFinder.l16CurrencyNouns.contains { PlainText.hasPrefix(key, $0) }, "\(key)")
        }
        #expect(keys.filter { $0.1 }.count == 4)
    }
}
