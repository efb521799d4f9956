import Foundation
import Testing
@testable import BulletinKit

/// Session 38's speed work, whose output must be what the code before it gave: the tokenizer writes a text's tokens
/// over the token array the word cache kept from the text before (growing it, and dropping the old tokens left over),
/// and Han phrases are looked up by their first two characters (one-character phrases by the first).
@Suite struct EntitySpeed38Tests {
    /// The fields of tokens that the rules read, for comparing two tokenizations.
    static func fields(_ t: TokenizedText) -> [String] {
        t.tokens.map { "\($0.text)|\($0.key)|\($0.start)-\($0.end)|\($0.kind)|\($0.script)|\($0.sentenceStart)|\($0.spaceBefore)|\($0.capitalized)" }
    }

    /// Texts tokenized one after another through one cache, each array given back to it as the extractor does: a long
    /// text, a shorter one (the first's tokens left over must go), one far longer (the array grows), an empty one, and a
    /// text whose first tokens read the ones before them (an abbreviation's period, a Turkish ending): each as without a cache.
    @Test func tokensWrittenOverTheTextBefore() {
        let lex = EntityLexicon.shared
        let cache = WordCache()
        let long = Array(repeating: "Президент Александр Лукашенко встретился с делегацией.", count: 40).joined(separator: " ")
        let dense = (0..<5_000).map { $0 % 2 == 0 ? "b" : ";" }.joined()
        let texts = [long, "Dr. Smith met A. Ivanov in Ankara'da today.", dense, "", "Ankara'da. Mr. Lee", long,
                     "越南和白俄罗斯 Hà Nội", "x"]
        for text in texts {
            let plain = Tokenizer.tokenize(text, marks: lex.startMarks)
            let cached = Tokenizer.tokenize(text, marks: lex.startMarks, cache: cache)
            withExtendedLifetime((plain, cached)) {
                #expect(cached.tokens.count == plain.tokens.count, "«\(text.prefix(40))»")
                #expect(Self.fields(cached) == Self.fields(plain), "«\(text.prefix(40))»")
                #expect(cached.wordCount == plain.wordCount)
            }
            cache.keepTokens(cached.tokens)
        }
    }

    /// The longest phrase at each place of a Han run, leftmost first; phrases of one length keep their order of
    /// insertion (a phrase added twice counts once); one-character phrases only where no longer one starts; a phrase
    /// whose first two characters start a longer one but whose third differs; characters outside the BMP.
    @Test func hanPhrasesByTheirFirstTwoCharacters() {
        var m = PhraseMatcher()
        m.add("中国", payload: 1)
        m.add("中国人", payload: 2)
        m.add("中", payload: 3)
        m.add("中央", payload: 4)
        m.add("中国", payload: 5)
        m.add("国", payload: 6)
        m.add("国", payload: 8)
        m.add("国", payload: 6)
        m.add("人民日报", payload: 7)
        m.add("人民", payload: 9)
        m.add("𠀀𠀁", payload: 10)
        m.add("𠀀", payload: 11)
        func run(_ s: String) -> [String] { m.hanMatches(in: s).map { "\($0.offset)+\($0.length):\($0.payloads)" } }
        #expect(run("中国人民日报") == ["0+3:[2]"])
        #expect(run("中国") == ["0+2:[1, 5]"])
        #expect(run("中国人") == ["0+3:[2]"])
        #expect(run("中央中") == ["0+2:[4]", "2+1:[3]"])
        #expect(run("国中") == ["0+1:[6, 8]", "1+1:[3]"])
        #expect(run("人民日") == ["0+2:[9]"])
        #expect(run("人民日报中") == ["0+4:[7]", "4+1:[3]"])
        #expect(run("𠀀𠀁国") == ["0+2:[10]", "2+1:[6, 8]"])
        #expect(run("𠀀国") == ["0+1:[11]", "1+1:[6, 8]"])
        #expect(run("日月") == [])
    }
}
