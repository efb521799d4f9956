import Foundation
import Testing
@testable import BulletinKit

/// The word cache's entries are read in place: a token whose word the cache holds refers to the
/// cache's `TokenWords` (not to a copy per text), and reads what an uncached tokenization gives.
@Suite struct EntityWordCacheTests {
    /// A text tokenized with a cache, cold and then warm, has the tokens it has without one; every
    /// word is read in the cache while it has room.
    @Test func cachedTokensAreThoseOfAnUncachedText() {
        let lex = EntityLexicon.shared
        let cache = WordCache()
        for round in 0..<2 {
            for text in EntityTokenTableTests.texts {
                let plain = Tokenizer.tokenize(text, marks: lex.startMarks)
                let cached = Tokenizer.tokenize(text, marks: lex.startMarks, cache: cache)
                defer { withExtendedLifetime((plain, cached)) {} }   // the tokens' words
                #expect(plain.tokens.count == cached.tokens.count)
                #expect(plain.wordCount == cached.wordCount && cached.words.entries.isEmpty)
                for (a, b) in zip(plain.tokens, cached.tokens) {
                    #expect(a.text == b.text && a.key == b.key && a.keyHash == b.keyHash && a.stems == b.stems && a.word == b.word,
                            "\(a.text) round \(round)")
                    #expect(a.start == b.start && a.end == b.end && a.kind == b.kind && a.script == b.script && a.starts == b.starts)
                    #expect(a.capitalized == b.capitalized && a.allCaps == b.allCaps && a.sentenceStart == b.sentenceStart)
                    #expect(b.words === cache.words)
                    #expect(a.exactForm == b.exactForm)
                }
            }
        }
    }

    /// Once the cache is full, new words are the text's own (and the cached ones still read in the cache).
    @Test func aFullCacheLeavesNewWordsToTheText() {
        let lex = EntityLexicon.shared
        let cache = WordCache()
        let filler = (0..<(WordCache.maxWords + 10)).map { "w\($0)" }.joined(separator: " ")
        _ = Tokenizer.tokenize("Minsk " + filler, marks: lex.startMarks, cache: cache)
        #expect(cache.isFull)
        let t = Tokenizer.tokenize("Minsk and Zhytomyr", marks: lex.startMarks, cache: cache)
        defer { withExtendedLifetime(t) {} }
        #expect(t.tokens.map(\.text) == ["Minsk", "and", "Zhytomyr"])
        #expect(t.tokens[0].words === cache.words && t.tokens[2].words === t.words)
        #expect(t.tokens.map(\.key) == ["minsk", "and", "zhytomyr"] && t.tokens.map(\.word) == [0, 1, 2] && t.wordCount == 3)
    }

    /// Extractions sharing one cache (each article's words read in it, lazily filled fields written
    /// there) give the same results cold and warm, in either order.
    @Test func extractionsThroughTheCacheAreTheSameColdAndWarm() {
        let texts = EntityTokenTableTests.texts.map { ($0, "und") } + [
            ("وقال الرئيس البيلاروسي ألكسندر لوكاشينكو في مينسك إن شركة أرامكو ووزارة الخارجية", "ar"),
            ("Глава МИД России встретился в Ханое с министром иностранных дел Вьетнама.", "ru"),
        ]
        let shared = EntityExtractor()
        let first = texts.map { shared.extract(title: "", body: $0.0, language: $0.1) }
        let again = texts.reversed().map { shared.extract(title: "", body: $0.0, language: $0.1) }.reversed()
        #expect(Array(again) == first)
    }
}
