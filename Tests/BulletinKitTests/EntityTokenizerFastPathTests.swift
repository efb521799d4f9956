import Foundation
import Testing
@testable import BulletinKit

/// The tokenizer's and the name finder's fast paths give what their plain definitions give.
@Suite struct EntityTokenizerFastPathTests {
    /// `decodeScalars` (eight ASCII bytes at a time, then one scalar at a time) is the string's
    /// scalars, each with the UTF-8 offset where it starts, and the byte count last.
    @Test func decodedScalarsAreTheStringsScalars() {
        var texts = ["", "a", "abcdefg", "abcdefgh", "abcdefghi", "Минск", "北京", "😀", "a😀bcdefghijklmnop",
                     "1234567\u{E9}89abcdefgh", "abcdefgh\u{0301}ijklmnopq", "Tổng Giám đốc Quỹ Tiền tệ Quốc tế",
                     "الأمم المتحدة and the United Nations 2024", "Nguye\u{302}\u{303}n Van A. 12345678901234567890"]
        // Every split of a non-ASCII scalar against the eight-byte blocks.
        for pad in 0..<17 {
            texts.append(String(repeating: "x", count: pad) + "é😀Ж北" + String(repeating: "y", count: 17 - pad))
        }
        for text in texts {
            let (scalars, offsets) = Tokenizer.decodeScalars(Array(text.utf8))
            #expect(scalars == Array(text.unicodeScalars), "\(text)")
            var expected: [Int] = []
            var p = 0
            for s in text.unicodeScalars { expected.append(p); p += String(s).utf8.count }
            expected.append(p)
            #expect(offsets == expected, "\(text)")
        }
    }

    /// The breakers looked up once per article (`isBreaker`, `EntityLexicon.russianBreakers` …)
    /// answer what `lex.breakers(language, script:)` answers, for every breaker word and others.
    @Test func breakersLookedUpOnceAreTheLanguagesBreakers() {
        let lex = EntityLexicon.shared
        var words = ["Bộ", "trưởng", "của", "và", "министерство", "по", "делам", "и", "de", "la", "pour", "avec", "the", "of", "und", "für"]
        for list in EntityCues.nameBreakers.values { words += list }
        let text = words.joined(separator: " ")
        for language in ["en", "fr", "ru", "vi", "de", "es", "pt", "it", "ar", "zh", "und", "xx"] {
            let finder = NameFinder(lex: lex, text: text, language: language)
            for t in finder.tokens {
                for script in [t.script, .cyrillic, .latin] {
                    #expect(finder.isBreaker(t.key, hash: t.keyHash, script: script) == lex.breakers(language, script: script).contains(t.key),
                            "\(language) \(t.key) \(script)")
                }
                #expect(lex.vietnameseBreakers.contains(t.key, hash: t.keyHash) == lex.breakers("vi", script: .latin).contains(t.key), "\(t.key)")
                #expect(lex.frenchBreakers.contains(t.key, hash: t.keyHash) == lex.breakers("fr", script: .latin).contains(t.key), "\(t.key)")
                #expect(lex.russianBreakers.contains(t.key, hash: t.keyHash) == lex.breakers("fr", script: .cyrillic).contains(t.key), "\(t.key)")
            }
        }
    }

    /// A `KeySet` of token keys built with their tokens' hashes (h14ArabicNamesAfterTitleChains' place
    /// keys) answers what a `Set<String>` of those keys answers, for every key of the text.
    @Test func tokenKeySetIsTheStringSet() {
        let text = "وقال وزير الخارجية الصومالي أحمد معلم فقي في مقديشو وبيدوا وكسمايو، إن ولاية جوبالاند وأرض الصومال "
            + "Nguye\u{302}\u{303}n Nguyễn Hải Ha\u{309}i Минск минск école e\u{301}cole 北京 \u{F900}"
        let finder = NameFinder(lex: EntityLexicon.shared, text: text, language: "ar")
        let toks = finder.tokens
        for step in 1...4 {
            let members = stride(from: 0, to: toks.count, by: step).map { toks[$0] }
            let keys = KeySet(members.map(\.key), hashes: members.map(\.keyHash))
            let set = Set(members.map(\.key))
            for t in toks { #expect(keys.contains(t.key, hash: t.keyHash) == set.contains(t.key), "\(t.key)") }
        }
    }

    /// The literals that keys are compared with by bytes (`keyIs`, `PhraseMatcher.same`) instead of
    /// `==` are in NFC, as folded keys are: byte equality is then `String` equality (see `FoldedKey`).
    @Test func literalsComparedByBytesAreNFC() {
        let literals = ["«", "»", "в", "во", "и", "по", "–", "ال", "عبد", "ابو", "،", "от", "від", "до", "’"]
            + NameFinder.arabicTitles.flatMap { $0 }
        for l in literals {
            #expect(Array(l.utf8) == Array(l.precomposedStringWithCanonicalMapping.utf8), "\(l)")
        }
        // And on the keys of a text: the byte test answers `==`.
        let text = "«Сибирская энергетика» и по в во – 21–22 أبو عبد ال، от від до l’État " + literals.joined(separator: " ")
        let finder = NameFinder(lex: EntityLexicon.shared, text: text, language: "ru")
        for t in finder.tokens {
            for l in literals {
                #expect(PhraseMatcher.same(t.key, l) == (t.key == l), "\(t.key) \(l)")
                for s in t.stems { #expect(PhraseMatcher.same(s, l) == (s == l), "\(s) \(l)") }
            }
        }
    }

    /// The stem look-up's prefix hashes from one pass are `Token.hash(key, prefix:)` of each prefix.
    @Test func prefixHashesAreThePrefixesHashes() {
        for key in ["минск", "белоруссии", "в'етнама", "казахстанскому", "абв", "абвг'", "ташкентского", "вітебськ"] {
            let count = key.utf8.count
            for maxCut in 0...min(PhraseMatcher.maxStemExtra, count / 2 - 3) {
                var hashes = [UInt64](repeating: 0, count: maxCut + 1)
                hashes.withUnsafeMutableBufferPointer { PhraseMatcher.prefixHashes(key, count: count, maxCut: maxCut, into: $0) }
                for cut in 0...maxCut { #expect(hashes[cut] == Token.hash(key, prefix: count - 2 * cut), "\(key) \(cut)") }
            }
        }
    }

    /// `linkShortForms` asks a person's knowledge-base last words with the surname hashed once
    /// (`contains(word, hash: Token.hash(word))`): the same answers as `contains(word)`.
    @Test func knownLastWordsAskedWithAHashAnswerAsWithout() {
        let lex = EntityLexicon.shared
        var words = ["lukashenko", "mahama", "лукашенко", "путин", "ترامب", "man", "", "the", "zzzz", "x"]
        for set in lex.knownLastWords.prefix(300) { words += set.members }
        for set in lex.knownLastWords.prefix(300) {
            for w in words.prefix(400) {
                #expect(set.contains(w, hash: Token.hash(w)) == set.contains(w), "\(w)")
            }
        }
    }
}
