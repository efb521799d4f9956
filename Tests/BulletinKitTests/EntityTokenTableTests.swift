import Foundation
import Testing
@testable import BulletinKit

/// The tokens' shared word table (`TokenWords`): every token's text is the text at its UTF-16
/// range, repetitions of a word share one entry, and the per-word caches give what the plain
/// computations give. Also the folding of decomposed accents the tokenizer relies on.
@Suite struct EntityTokenTableTests {
    static let texts = [
        "President Alexander Lukashenko met Lukashenko's guests in Minsk; l’Algérie et l'Égypte.",
        "Chủ tịch nước Tô Lâm tiếp Đại sứ tại Hà Nội. Tô Lâm nhấn mạnh.",
        // The same Vietnamese in NFD (decomposed accents).
        "Chủ tịch nước Tô Lâm tiếp Đại sứ tại Hà Nội. Tô Lâm nhấn mạnh.".decomposedStringWithCanonicalMapping,
        "وقال الرئيس البيلاروسي ألكسندر لوكاشينكو إن وزارة الخارجية والبيلاروسي الرئيس",
        "国家主席习近平在北京会见白俄罗斯总统卢卡申科。习近平说𠀀𠀁好。",
        "Emoji 🇧🇾 and 👍🏽 between Minsk 🙂 and Hanoi, 1.5 % – “quoted” «Сибирская энергетика».",
    ]

    @Test func tokenTextIsTheTextAtItsRange() {
        for text in Self.texts {
            let utf16 = Array(text.utf16)
            let tokenized = Tokenizer.tokenize(text)
            defer { withExtendedLifetime(tokenized) {} }   // the tokens' words (see `Token.words`)
            for t in tokenized.tokens {
                #expect(t.start < t.end && t.end <= utf16.count)
                #expect(String(decoding: utf16[t.start..<t.end], as: UTF16.self) == t.text, "\(t.text) in \(text)")
            }
        }
    }

    @Test func repeatedWordsShareOneEntry() {
        for text in Self.texts {
            let tokenized = Tokenizer.tokenize(text)
            defer { withExtendedLifetime(tokenized) {} }   // the tokens' words (see `Token.words`)
            let tokens = tokenized.tokens
            var byText: [String: Int32] = [:]
            for t in tokens {
                #expect(t.words === tokens[0].words)
                // Same bytes and kind, same word; a different word has different bytes or kind.
                let id = "\(t.kind)|" + t.text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
                if let w = byText[id] { #expect(w == t.word, "\(t.text)") } else { byText[id] = t.word }
            }
            #expect(Set(byText.values).count == byText.count)
        }
    }

    /// Tokens do not keep their words alive (`Token.words`): kept with them, they read their
    /// strings; read after their words are gone, a debug build traps instead of reading freed memory.
    @Test func tokensReadTheirWordsOnlyWhileTheTextIsKept() async {
        let kept = Tokenizer.tokenize("Minsk and Hanoi")
        #expect(kept.tokens.map(\.text) == ["Minsk", "and", "Hanoi"])
        #expect(kept.tokens.allSatisfy { $0.words === kept.words })
        #if DEBUG
        await #expect(processExitsWith: .failure) {
            var tokens: [Token] = []
            do { tokens = Tokenizer.tokenize("Minsk and Hanoi").tokens }   // the words go with the text
            _ = tokens[0].text
        }
        #endif
    }

    @Test func perWordFieldsAreThoseOfTheText() {
        for text in Self.texts {
            let tokenized = Tokenizer.tokenize(text)
            defer { withExtendedLifetime(tokenized) {} }   // the tokens' words (see `Token.words`)
            for t in tokenized.tokens {
                if t.kind != .punct {
                    let expected = t.kind == .elision ? TextFolding.key(t.text).replacingOccurrences(of: "\u{2019}", with: "'") : TextFolding.key(t.text)
                    #expect(t.key == expected, "\(t.text)")
                }
                #expect(t.keyHash == Token.hash(t.key))
                #expect(t.stems == (t.script == .arabic ? ArabicStemmer.candidates(t.key) : []))
                #expect(t.exactForm == PhraseMatcher.exactForm(t.text))
                #expect(t.exactForm == PhraseMatcher.exactForm(t.text))   // cached
            }
        }
    }

    /// Decomposed text gives the keys of the precomposed text for Vietnamese.
    @Test func decomposedVietnameseFoldsLikePrecomposed() {
        let nfcText = Tokenizer.tokenize(Self.texts[1]), nfdText = Tokenizer.tokenize(Self.texts[2])
        defer { withExtendedLifetime((nfcText, nfdText)) {} }   // the tokens' words
        let nfc = nfcText.tokens, nfd = nfdText.tokens
        #expect(nfc.map(\.key) == nfd.map(\.key))
        #expect(nfd.contains { $0.key == "lam" } && nfd.contains { $0.key == "ha" })
    }

    /// Every letter of the folding tables followed by each combining accent the fast path drops
    /// (and two of them stacked, and after a capital) folds as Foundation's folding does.
    @Test func combiningAccentsFoldAsTheReferenceRules() {
        let ranges: [ClosedRange<UInt32>] = [0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x400...0x4FF, 0x1E00...0x1EFF]
        var mismatches: [String] = []
        for range in ranges {
            for v in range {
                guard let s = Unicode.Scalar(v), !s.properties.isWhitespace else { continue }
                for mark in UInt32(0x0300)...0x0328 {
                    let m = String(Unicode.Scalar(mark)!)
                    for text in [String(s) + m, "A" + String(s) + m + "\u{0302}b", "Ж" + String(s) + m] {
                        if TextFolding.key(text) != TextFolding.referenceKey(text) { mismatches.append(text) }
                    }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map { $0.unicodeScalars.map { String($0.value, radix: 16) } })")
        for text in ["\u{0301}", "\u{0301}a", "1\u{0301}", "\u{2C65}\u{0301}", "e\u{0301}\u{0301}\u{0323}"] {
            #expect(TextFolding.key(text) == TextFolding.referenceKey(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(TextFolding.key("Vie\u{0323}\u{0302}t") == "viet")
    }

    /// The per-word Arabic flags are the word-list tests the Arabic passes made per token.
    @Test func arabicWordFlagsAreTheListTests() {
        let text = "وقال الرئيس البيلاروسي ووزير الخارجية ولوزارة الصناعة والتجارة شركة أرامكو ومحافظة البصرة والسيد نظيره المصري بدر رئيس الوزراء"
            + " اليوم في جنوب وشمال لبنان نهر جامعة دائرة غرفة أحمد إلهام للكهرباء ونائب وبمستشار"
        let finder = NameFinder(lex: EntityLexicon.shared, text: text, language: "ar")
        typealias F = NameFinder.ArabicWordFlags
        for k in finder.tokens.indices where finder.tokens[k].script == .arabic {
            let t = finder.tokens[k], bare = t.stems
            var expected: F = .computed
            if bare.contains(where: { NameFinder.arabicOrgHeads.contains($0) || NameFinder.arabicPlaceHeads.contains($0) }) { expected.insert(.orgOrPlaceHead) }
            if bare.contains(where: { NameFinder.arabicPlaceHeads.contains($0) }) { expected.insert(.placeHead) }
            if bare.contains(where: { NameFinder.arabicCompanyHeads.contains($0) }) { expected.insert(.companyHead) }
            if bare.prefix(2).contains(where: { NameFinder.arabicTitleFirstWords.contains($0) }) { expected.insert(.titleFirstWord) }
            if NameFinder.arabicComplementTitles.contains(bare.count > 1 ? bare[1] : t.key) { expected.insert(.complementTitle) }
            if NameFinder.arabicTitleHeads.contains(t.key) || bare.contains(where: { NameFinder.arabicTitleHeads.contains($0) && $0.count > 3 }) {
                expected.insert(.titledNameHead)
            }
            if bare.contains(where: { NameFinder.arabicOrgHeads.contains($0) || NameFinder.arabicPlaceHeads.contains($0) || NameFinder.arabicTitleHeads.contains($0) }) {
                expected.insert(.head)
            }
            if NameFinder.arabicSpeechVerbs.contains(t.key) { expected.insert(.speechVerb) }
            if bare.contains(where: { NameFinder.arabicOrgHeads.contains($0) }) { expected.insert(.orgHead) }
            if bare.contains(where: { NameFinder.seedFeatureHeads.contains($0) }) { expected.insert(.featureHead) }
            if bare.contains(where: { NameFinder.seedInstitutionNameHeads.contains($0) }) { expected.insert(.institutionNameHead) }
            if bare.contains(where: { NameFinder.seedExtraOrgHeads.contains($0) }) { expected.insert(.extraOrgHead) }
            if bare.contains(where: { NameFinder.seedInPlaceOrgHeads.contains($0) }) { expected.insert(.inPlaceOrgHead) }
            if NameFinder.arabicStop.contains(t.key) { expected.insert(.stop) }
            if NameFinder.arabicTimeWords.contains(t.key) { expected.insert(.timeWord) }
            if NameFinder.arabicHeadInConstruct(t.key) { expected.insert(.headInConstruct) }
            // The article, on a word whose alef carries no hamza ("أحمد", "إلهام" fold to a key with it too).
            if t.key.hasPrefix("ال"), let first = t.text.unicodeScalars.first, !["أ", "إ", "آ"].contains(first) { expected.insert(.definite) }
            // A holdout14 title head, bare or after one of و/ف/ب (on a word of five letters or more).
            let heads = { (w: String) in NameFinder.arabicTitleHeads.contains(w) || NameFinder.h14ArabicExtraTitleHeads.contains(w) }
            let sc = Array(t.key.unicodeScalars), clitic = { (c: Unicode.Scalar) in c == "و" || c == "ف" || c == "ب" }
            let cut1 = sc.count > 4 && clitic(sc[0]) ? String(String.UnicodeScalarView(sc.dropFirst())) : nil
            if heads(t.key) || cut1.map(heads) == true { expected.insert(.h14TitleHead) }
            if ["وال", "بال", "فال", "لل", "كال"].contains(where: { t.key.hasPrefix($0) }) { expected.insert(.h14CliticArticle) }
            #expect(finder.arabicFlags(k) == expected, "\(t.text)")
            #expect(finder.arabicFlags(k) == expected, "\(t.text) (cached)")
        }
        // Several lists are represented.
        let all = finder.tokens.indices.filter { finder.tokens[$0].script == .arabic }.map { finder.arabicFlags($0) }
        for flag: F in [.orgOrPlaceHead, .placeHead, .companyHead, .titleFirstWord, .complementTitle, .titledNameHead, .head, .speechVerb,
                        .orgHead, .featureHead, .institutionNameHead, .extraOrgHead, .inPlaceOrgHead, .stop, .timeWord, .headInConstruct, .definite,
                        .h14TitleHead, .h14CliticArticle] {
            #expect(all.contains { $0.contains(flag) }, "\(flag.rawValue)")
        }
    }

    @Test func keyBitsGatherEveryListOfAKey() {
        let bits = KeyBits([(KeySet(["a", "b"]), 1), (KeySet(["b", "минск"]), 2), (KeySet(["минск"]), 8)])
        #expect(bits.bits("a") == 1 && bits.bits("b") == 3 && bits.bits("минск") == 10 && bits.bits("c") == 0 && bits.bits("") == 0)
    }

    /// The stemmer's byte-wise cuts give the forms of the plain scalar-array version it replaced.
    @Test func arabicStemsAreThoseOfThePlainRules() {
        func reference(_ key: String) -> [String] {
            let s = Array(key.unicodeScalars)
            func conj(_ c: Unicode.Scalar) -> Bool { c == "\u{0648}" || c == "\u{0641}" }
            func prep(_ c: Unicode.Scalar) -> Bool { c == "\u{0628}" || c == "\u{0643}" || c == "\u{0644}" }
            let alef: Unicode.Scalar = "\u{0627}", lam: Unicode.Scalar = "\u{0644}"
            guard let first = s.first, conj(first) || prep(first) || first == alef else { return [key] }
            var out = [key]
            func add(_ p: Int, article: Bool = false) {
                guard s.count - p + (article ? 2 : 0) >= 2 else { return }
                var str = String(String.UnicodeScalarView(s[p...]))
                if article { str = "\u{0627}\u{0644}" + str }
                if !out.contains(str) { out.append(str) }
            }
            var p = 0
            if s.count - p > 3, conj(s[p]) { p += 1; add(p) }
            if s.count - p > 3, s[p] == lam, s[p + 1] == lam {
                add(p + 2, article: true); add(p + 2)
            } else {
                if s.count - p > 3, prep(s[p]), s[p + 1] == alef, s[p + 2] == lam { p += 1; add(p) }
                if s.count - p > 3, s[p] == alef, s[p + 1] == lam { p += 2; add(p) }
                else if s.count - p >= 5, prep(s[p]) { add(p + 1) }
            }
            return out
        }
        let words = ["وبالتعاون", "فبالامس", "وكالبيت", "للجمعيه", "والبيلاروسي", "بالرئيس", "لبيلاروسيا", "الصين", "والل", "ولل", "وللجمعيه",
                     "فلل", "ال", "و", "وب", "وبال", "وبالت", "كالعاده", "لوكاشينكو", "بيلاروسيا", "اa", "وbال", "وبالcd", "ا𠀀لت"]
        for w in words { #expect(ArabicStemmer.candidates(w) == reference(w), "\(w)") }
        #expect(ArabicStemmer.candidates("وبالتعاون") == ["وبالتعاون", "بالتعاون", "التعاون", "تعاون"])
    }
}
