import Foundation
import Testing
@testable import BulletinKit

/// The helpers of the eighteenth session's tokenizer, matcher and mention speed work (spd15) give
/// what the code they replace gave.
@Suite struct EntitySpeed15Tests {
    /// A word's index in a text read from the cache's mark of that text (one probe, no table of
    /// the text's own words) is the index an uncached tokenization gives: words repeated within a
    /// text, words of the text before in another order, and words new to the cache.
    @Test func cachedWordIndicesAreThoseOfAnUncachedText() {
        let lex = EntityLexicon.shared
        let cache = WordCache()
        let texts = [
            "Minsk and Hanoi. Hanoi and Minsk, Minsk again; Lukashenko in Minsk.",
            "Lukashenko met To Lam in Hanoi and Minsk and Hanoi.",
            "Глава МИД России в Ханое, глава МИД Беларуси в Минске. Минске!",
            "Minsk Minsk Minsk Ханое Zhytomyr and and Zhytomyr",
        ]
        for round in 0..<2 {
            for text in texts {
                let plain = Tokenizer.tokenize(text, marks: lex.startMarks)
                let cached = Tokenizer.tokenize(text, marks: lex.startMarks, cache: cache)
                defer { withExtendedLifetime((plain, cached)) {} }
                #expect(plain.tokens.map(\.word) == cached.tokens.map(\.word), "\(text) round \(round)")
                #expect(plain.wordCount == cached.wordCount, "\(text) round \(round)")
                #expect(cached.tokens.allSatisfy { $0.words === cache.words })
            }
        }
    }

    /// Each text gets a generation of its own, and a word's mark answers only for the text that set it.
    @Test func textMarksBelongToOneText() {
        let cache = WordCache()
        let g1 = cache.beginText()
        let g2 = cache.beginText()
        #expect(g1 != 0 && g2 != 0 && g1 != g2)
        _ = Tokenizer.tokenize("alpha beta alpha", cache: cache)
        // A text after it has used none of the cached words yet.
        let g = cache.beginText()
        #expect(cache.wordIndex(0, generation: g) == -1 && cache.wordIndex(1, generation: g) == -1)
        cache.setWordIndex(1, 7, generation: g)
        #expect(cache.wordIndex(1, generation: g) == 7 && cache.wordIndex(1, generation: g &+ 1) == -1)
    }

    /// A match's payloads (the first inline, the others in an array) are every payload of the longest
    /// phrase, in the order the phrases were added, and compare as their arrays do.
    @Test func matchPayloadsAreEveryPayloadInOrder() {
        var m = PhraseMatcher()
        m.add("Georgia", payload: 3)
        m.add("Georgia", payload: 9)
        m.add("Georgia", payload: 3)
        m.add("Georgia Tech", payload: 4)
        m.add("Moldova", payload: 5)
        let tokens = Tokenizer.tokenize("Georgia and Georgia Tech and Moldova")
        defer { withExtendedLifetime(tokens) {} }
        let t = tokens.tokens
        #expect(m.match(t, at: 0).map { Array($0.payloads) } == [3, 9])
        #expect(m.match(t, at: 2).map { Array($0.payloads) } == [4])
        #expect(m.match(t, at: 5).map { Array($0.payloads) } == [5])
        #expect(m.match(t, at: 1) == nil)
        #expect(m.match(t, at: 0)?.payloads == m.match(t, at: 0)?.payloads)
        #expect(m.match(t, at: 0)?.payloads != m.match(t, at: 5)?.payloads)
        #expect(m.match(t, at: 0)?.payloads.first == 3 && m.match(t, at: 0)?.payloads.count == 2)
    }

    /// The stem look-up's byte helpers over contiguous bytes answer what the `utf8` view's loops answered.
    @Test func stemByteHelpersAreTheViewLoops() {
        let keys = ["белоруссии", "в'етнама", "минск", "abc", "бел", "вьетнамa", "ханое", "", "ж", "казахстанского"]
        for key in keys {
            #expect(PhraseMatcher.nonASCIIOrApostrophe(key) == key.utf8.allSatisfy { $0 >= 0x80 || $0 == 0x27 }, "\(key)")
            let count = key.utf8.count
            let letters = count / 2
            guard letters >= 3 else { continue }
            let maxCut = min(PhraseMatcher.maxStemExtra, letters - 3)
            var hashes = [UInt64](repeating: 0, count: maxCut + 1)
            hashes.withUnsafeMutableBufferPointer { PhraseMatcher.prefixHashes(key, count: count, maxCut: maxCut, into: $0) }
            for cut in 0...maxCut { #expect(hashes[cut] == Token.hash(key, prefix: count - 2 * cut), "\(key) \(cut)") }
        }
    }

    /// A mention's words are the keys of its word tokens (punctuation left out), as before.
    @Test func mentionWordsAreTheWordKeys() {
        let finder = NameFinder(lex: EntityLexicon.shared, text: "the Kassym-Jomart Tokayev (KJT) of Astana", language: "en")
        let t = finder.tokens
        for a in t.indices {
            for b in (a + 1)...t.count {
                let m = finder.mention(a, b, type: nil, evidence: .guess)
                #expect(m.words == t[a..<b].filter { $0.kind == .word }.map(\.key))
                #expect(m.surface == finder.surface(a, b))
            }
        }
    }
}

extension EntitySpeed15Tests {
    /// Every scalar that `PlainText.isPlain` accepts is its own NFC (what `groupKey` made of a key that
    /// `FoldTable.isNFC`, whose tables stop short of some plain letters such as U+0250–U+02FF, did not
    /// answer for), so a plain group key is in NFC without either.
    @Test func plainScalarsAreNFC() {
        var plainCount = 0
        for v in UInt32(0x20)...0xFFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let text = String(s)
            let plain = text.utf8.withContiguousStorageIfAvailable { PlainText.isPlain($0) } ?? false
            guard plain else { continue }
            plainCount += 1
            #expect(Array(text.precomposedStringWithCanonicalMapping.utf8) == Array(text.utf8), "U+\(String(v, radix: 16))")
        }
        #expect(plainCount > 20_000)
        // And the keys the grouper builds from plain words are unchanged by it.
        for words in [["минск"], ["министерство", "иностранных", "дел"], ["nguyễn", "văn", "a"], ["北京"], ["الخارجية"]] {
            #expect(MentionGrouper.groupKey(words).string == MentionGrouper.key(words))
        }
    }
}
