import Foundation
import Testing
@testable import BulletinKit

/// The extraction fast paths must give exactly what the plain rules give: per-scalar folding
/// tables against Foundation's folding, start marks against unmarked look-ups, the byte-keyed
/// sets against `Set<String>`.
@Suite struct EntityFastPathTests {
    /// Every scalar the folding tables cover, alone, after a capital, and in a word that makes
    /// the whole word fold for diacritics: the table's key is the reference key.
    @Test func foldingTablesAgreeWithTheReferenceRules() {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x24F, 0x400...0x4FF, 0x600...0x6FF, 0x1E00...0x1EFF, 0x2018...0x2019, 0x2B9...0x2BC]
        var mismatches: [String] = []
        for range in ranges {
            for v in range {
                guard let s = Unicode.Scalar(v), !s.properties.isWhitespace else { continue }
                for text in [String(s), "A" + String(s) + "b", String(s) + "\u{00E9}", "Ж" + String(s), "ب" + String(s)] {
                    if TextFolding.key(text) != TextFolding.referenceKey(text) { mismatches.append(text) }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func foldingOfWordsInEachScript() {
        for word in ["Tô Lâm", "Đà Nẵng", "Nguyễn", "Lukashenko", "Лукашенко", "Ёлка", "Белорусский", "والبيلاروسي", "بيلاروسيّة",
                     "l’Algérie", "Égypte", "İstanbul", "Straße", "ǅemal", "e\u{0301}cole", "Zürich", "Łódź"] {
            #expect(TextFolding.key(word) == TextFolding.referenceKey(word), "\(word)")
        }
    }

    /// Start marks only skip look-ups that would find nothing: every matcher gives the same
    /// match at every token with and without them.
    @Test func startMarksChangeNoMatch() {
        let lex = EntityLexicon.shared
        let texts = [
            "President Alexander Lukashenko met the Minister of Foreign Affairs of Viet Nam in Minsk. The National Assembly of Belarus.",
            "Президент Белоруссии Александр Лукашенко встретился с министром иностранных дел Казахстана в Минске.",
            "وقال الرئيس البيلاروسي ألكسندر لوكاشينكو إن وزارة الخارجية الفيتنامية والجمعية الوطنية",
            "Chủ tịch nước Tô Lâm tiếp Đại sứ Belarus tại Hà Nội, Bộ Ngoại giao Việt Nam.",
            "Le président biélorusse a rencontré le ministre des Affaires étrangères de l'Algérie à Paris.",
            "国家主席习近平在北京会见白俄罗斯总统卢卡申科。",
        ]
        let matchers: [(String, PhraseMatcher)] = [("countries", lex.countries), ("names", lex.names), ("titles", lex.titles),
                                                     ("org", lex.orgKeywords), ("place", lex.placeKeywords), ("event", lex.eventWords)]
        for text in texts {
            let markedText = Tokenizer.tokenize(text, marks: lex.startMarks), plainText = Tokenizer.tokenize(text)
            defer { withExtendedLifetime((markedText, plainText)) {} }   // the tokens' words
            let marked = markedText.tokens, plain = plainText.tokens
            #expect(marked.count == plain.count)
            for i in marked.indices {
                #expect(marked[i].key == plain[i].key && marked[i].stems == plain[i].stems)
                for (name, m) in matchers {
                    for language in ["en", "vi"] {
                        let a = m.match(marked, at: i, language: language), b = m.match(plain, at: i, language: language)
                        #expect(a?.length == b?.length && a?.payloads == b?.payloads, "\(name) at \(marked[i].text)")
                    }
                }
            }
        }
    }

    /// Repeated words share one table entry and still get their own offsets and flags.
    @Test func repeatedWordsKeepTheirOwnPositions() {
        Tokenizer.withTokens("Minsk. Minsk minsk\nMinsk") { tokens in
            let words = tokens.filter { $0.kind == .word }
            #expect(words.map(\.key) == ["minsk", "minsk", "minsk", "minsk"])
            #expect(words.map(\.start) == [0, 7, 13, 19])
            #expect(words.map(\.capitalized) == [true, true, false, true])
            #expect(words.map(\.sentenceStart) == [true, true, false, true])
        }
    }

    /// The tokenizer's scalar classes answer what the Unicode properties answer: the common marks
    /// are nonspacing marks, the common punctuation is neither Han, whitespace, letter nor number.
    @Test func scalarFastPathsAgreeWithTheProperties() {
        for v in UInt32(0x80)...0xFFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            if Tokenizer.isCommonMark(v) {
                #expect(Tokenizer.isMark(s) && !Tokenizer.isCommonLetter(v), "U+\(String(v, radix: 16))")
            }
            if Tokenizer.isCommonPunctuation(v) {
                let p = s.properties
                #expect(!TextFolding.isHan(s) && !p.isWhitespace && !p.isAlphabetic && p.numericType == nil
                        && !Tokenizer.isCommonLetter(v) && !Tokenizer.isMark(s), "U+\(String(v, radix: 16))")
            }
        }
    }

    /// A Han run's key is its text (what the folding rules give for ideographs).
    @Test func hanKeysAreTheText() {
        for text in ["国家主席习近平在北京会见白俄罗斯总统卢卡申科", "\u{F900}\u{8C48}", "\u{20000}中"] {
            Tokenizer.withTokens(text) { tokens in
                #expect(tokens.count == 1 && tokens[0].key == TextFolding.referenceKey(text))
                #expect(Array(tokens[0].key.utf8) == Array(TextFolding.referenceKey(text).utf8))
            }
        }
    }

    /// The byte test for Cyrillic stems answers the `String` test, and other text still takes it.
    @Test func stemExtensionMatchesTheStringTest() {
        let keys = ["белорусский", "белорус", "белорусскими", "бел", "минск", "йод", "ѣда", "белорусск\u{0301}ий", "vietnam", "", "б"]
        for key in keys {
            for stem in keys {
                // (A stem of four letters or fewer takes three at most: "Вен~" is no prefix of "Венгрии".)
                let limit = stem.count <= PhraseMatcher.shortStemLetters ? PhraseMatcher.shortStemExtra : PhraseMatcher.maxStemExtra
                let reference = key.hasPrefix(stem) && key.count - stem.count <= limit
                #expect(PhraseMatcher.extendsStem(key, stem) == reference, "\(key) \(stem)")
            }
        }
    }

    /// The table lowercasing gives `lowercased()`'s bytes for every covered scalar, alone and in words.
    @Test func tableLowercasingMatchesTheStandardLibrary() {
        var texts = ["Tô Lâm", "ĐÀ NẴNG", "İstanbul", "ǅemal", "Łódź", "ЁЛКА", "Straße ẞ", "中国 ABC", "e\u{0301}COLE", "Ω Σ"]
        let ranges: [ClosedRange<UInt32>] = [0x20...0x24F, 0x300...0x36F, 0x400...0x4FF, 0x600...0x6FF, 0x1E00...0x1EFF, 0x2018...0x2019, 0x2B9...0x2BC]
        for range in ranges {
            for v in range { if let s = Unicode.Scalar(v) { texts.append(String(s)); texts.append("A" + String(s) + "b") } }
        }
        for text in texts {
            #expect(Array(FoldTable.shared.lowercased(text).utf8) == Array(text.lowercased().utf8), "\(text)")
        }
    }

    /// The title trimming answers Foundation's: the same set of whitespace, the same results.
    @Test func titleTrimmingMatchesFoundation() {
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(CharacterSet.whitespacesAndNewlines.contains(s) == EntityExtractor.isTrimmed(s), "U+\(String(v, radix: 16))")
        }
        for text in ["", " ", " \n\t", "  Minsk talks \u{3000}", "\u{00A0}Hà Nội\u{2028}", "a", " \u{0301}x ", "x\u{0301} ", "\u{85}中国\u{85}", "\u{200B}Minsk\u{200B} "] {
            #expect(EntityExtractor.trimmedWhitespace(text) == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text)")
            #expect(Array(EntityExtractor.trimmedWhitespace(text).utf8) == Array(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8))
        }
    }

    /// Han phrases match as before the pooled layout: longest first, every payload of that length.
    @Test func hanPhrasesMatchLongestFirst() {
        var m = PhraseMatcher()
        m.add("白俄罗斯", payload: 1)
        m.add("白俄", payload: 2)
        m.add("俄罗斯", payload: 3)
        m.add("白", payload: 4)
        m.add("白俄罗斯", payload: 5)
        let found = m.hanMatches(in: "在白俄罗斯和俄罗斯白")
        #expect(found.map(\.offset) == [1, 6, 9])
        #expect(found.map(\.length) == [4, 3, 1])
        #expect(found.map(\.payloads) == [[1, 5], [3], [4]])
    }

    /// The byte suffix test of Russian place adjectives answers the `String` test.
    @Test func russianPlaceAdjectivesByBytes() {
        let endings = ["ская", "ский", "ское", "ского", "скому", "ской", "скую", "ские", "ских", "скими", "ским"]
        for key in ["сибирская", "казанский", "минск", "ской", "ск", "", "витебской", "новгородск\u{0301}ий", "москва", "brusselskiy"] {
            #expect(NameFinder.isRussianPlaceAdjective(key) == endings.contains { key.hasSuffix($0) }, "\(key)")
        }
    }

    @Test func keySetMatchesBytes() {
        let set = KeySet(["минск", "hanoi", "بيلاروسيا", "hanoi"])
        #expect(set.contains("минск") && set.contains("hanoi") && set.contains("بيلاروسيا"))
        #expect(!set.contains("минс") && !set.contains("Hanoi") && !set.contains(""))
        #expect(KeySet([String]()).isEmpty && !KeySet([String]()).contains("a"))
    }
}
