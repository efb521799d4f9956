import Foundation
import Testing
@testable import BulletinKit

/// Session 37's speed work, whose output must be what the code before it gave: the tokenizer's token array on a text
/// dense in tokens and through a reused cache (a scratch-buffer writer was tried there and reverted: more instructions),
/// and `ArticleKeys` built in one pass for tokens numbered in order of first occurrence (the general build otherwise).
@Suite struct EntitySpeed37Tests {
    /// A text of one token per scalar (far more tokens than an array first reserves): every token is there, in order, with
    /// its offsets, with a cache and without, and a short text after it through the same cache tokenizes as without one.
    @Test func aTextDenseInTokensGrowsTheWriter() {
        let lex = EntityLexicon.shared
        let cache = WordCache()
        let dense = (0..<3_000).map { $0 % 2 == 0 ? "a" : "," }.joined()
        for c in [nil, cache] {
            let t = Tokenizer.tokenize(dense, marks: lex.startMarks, cache: c)
            defer { withExtendedLifetime(t) {} }
            #expect(t.tokens.count == 3_000)
            #expect(t.tokens.enumerated().allSatisfy { k, tok in tok.start == k && tok.end == k + 1 })
            #expect(t.tokens.enumerated().allSatisfy { k, tok in tok.text == (k % 2 == 0 ? "a" : ",") })
            #expect(t.wordCount == 2)
        }
        for text in EntityTokenTableTests.texts {
            let plain = Tokenizer.tokenize(text, marks: lex.startMarks)
            let cached = Tokenizer.tokenize(text, marks: lex.startMarks, cache: cache)
            defer { withExtendedLifetime((plain, cached)) {} }
            #expect(plain.tokens.map(\.text) == cached.tokens.map(\.text))
            #expect(plain.tokens.map(\.start) == cached.tokens.map(\.start) && plain.tokens.map(\.end) == cached.tokens.map(\.end))
            #expect(plain.tokens.map(\.sentenceStart) == cached.tokens.map(\.sentenceStart))
        }
    }

    /// The sentence rules read the tokens made so far: a period after an abbreviation or
    /// an initial ends no sentence, one after a word does; a Turkish case ending after a name's apostrophe is one token.
    @Test func sentenceRulesReadTheTokensSoFar() {
        let lex = EntityLexicon.shared
        let t = Tokenizer.tokenize("Dr. Smith met A. Ivanov. Then Ankara'da talks began.", marks: lex.startMarks, cache: WordCache())
        defer { withExtendedLifetime(t) {} }
        let starts = Dictionary(t.tokens.map { ($0.text, $0.sentenceStart) }, uniquingKeysWith: { a, _ in a })
        #expect(starts["Dr"] == true && starts["Smith"] == false && starts["Ivanov"] == false && starts["Then"] == true)
        #expect(t.tokens.map(\.text).contains("'da") && t.tokens.map(\.text).contains("Ankara"))
    }

    /// The keys' table lists each distinct key hash once, in order of first occurrence, whether the tokens are in the
    /// tokenizer's order (the one-pass build) or not (reversed: the general build), and finds every one of them.
    @Test func articleKeysInEitherOrder() {
        for text in ArticleKeysTests().texts.map(\.0) + ["a b a c b d a e", "Minsk, Minsk and minsk. MINSK"] {
            let t = Tokenizer.tokenize(text, marks: EntityLexicon.shared.startMarks, cache: WordCache())
            defer { withExtendedLifetime(t) {} }
            for tokens in [t.tokens, Array(t.tokens.reversed())] {
                var expected: [UInt64] = []
                for tok in tokens where !expected.contains(tok.keyHash) { expected.append(tok.keyHash) }
                let keys = ArticleKeys(tokens, wordCount: t.wordCount)
                #expect(keys.hashes == expected, "«\(text)»")
                #expect(tokens.allSatisfy { keys.contains(hash: $0.keyHash) })
                #expect(!keys.contains(hash: Token.hash("zz-not-a-key")))
            }
        }
    }
}
