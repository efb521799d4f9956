import Foundation
import Testing
@testable import BulletinKit

/// spd24 (disc): the tokenizer decodes into the word cache's reused buffers, and `PhraseMatcher.same`
/// answers equal representations at once. Both must give what they gave before.
@Suite struct EntitySpeed24DiscTests {
    /// Texts of every script, short and long, tokenized one after another with one cache (its decode
    /// buffers reused, grown for a longer text, bypassed for a text over `WordCache.maxDecodeBytes`),
    /// have the tokens of the same texts tokenized without a cache.
    @Test func tokensThroughReusedDecodeBuffersAreThoseOfAnUncachedText() {
        let lex = EntityLexicon.shared
        let sample = "Президент Касым-Жомарт Токаев встретился в Астане. Ông Nguyễn Xuân Phúc thăm Hà Nội; "
            + "l'Algérie et Tokayev's «Минск» 東京と北京 القاهرة وبغداد 1.5 U.S. Ankara'da \u{1F600} "
        let texts = [
            sample,
            String(repeating: sample, count: 300),   // longer than the first buffers: they grow
            "Minsk",
            "",
            String(repeating: sample, count: (WordCache.maxDecodeBytes / sample.utf8.count) + 2),   // buffers of its own
            sample,
        ]
        let cache = WordCache()
        for text in texts {
            let plain = Tokenizer.tokenize(text, marks: lex.startMarks)
            let cached = Tokenizer.tokenize(text, marks: lex.startMarks, cache: cache)
            withExtendedLifetime((plain, cached)) {
                #expect(plain.tokens.count == cached.tokens.count)
                for (a, b) in zip(plain.tokens, cached.tokens) {
                    #expect(a.text == b.text && a.key == b.key && a.keyHash == b.keyHash && a.word == b.word)
                    #expect(a.start == b.start && a.end == b.end && a.kind == b.kind && a.script == b.script && a.starts == b.starts)
                    #expect(a.capitalized == b.capitalized && a.allCaps == b.allCaps && a.sentenceStart == b.sentenceStart
                            && a.spaceBefore == b.spaceBefore && a.newlineBefore == b.newlineBefore)
                }
            }
        }
    }

    /// The decode buffers hold a text of the size asked (and one more offset), are the same buffers for
    /// a text no longer than before, and are refused over `WordCache.maxDecodeBytes`.
    @Test func decodeBuffersAreReusedAndBounded() {
        let cache = WordCache()
        guard let small = cache.decodeBuffers(capacity: 10), let again = cache.decodeBuffers(capacity: 100) else {
            Issue.record("no buffers")
            return
        }
        #expect(small.scalars == again.scalars && small.offsets == again.offsets)
        let big = WordCache.maxDecodeBytes
        guard let grown = cache.decodeBuffers(capacity: big) else {
            Issue.record("no buffers for \(big) bytes")
            return
        }
        grown.scalars[big - 1] = "x"
        grown.offsets[big] = big
        #expect(cache.decodeBuffers(capacity: big + 1) == nil)
    }

    /// `same` is byte equality of the UTF-8, whatever the strings' representations: small and large,
    /// one storage or two, ASCII or not; canonically equivalent spellings with other bytes differ.
    @Test func sameIsByteEquality() {
        let long = String(repeating: "Минск ", count: 5)
        let pairs: [(String, String)] = [
            ("", ""), ("a", "a"), ("a", "b"), ("minsk", "minsk"), ("minsk", "minsk "), ("ab", "ba"),
            ("минск", "минск"), ("минск", "минсл"), (long, long), (long, String(long.dropLast()) + "x"),
            (long, String(decoding: Array(long.utf8), as: UTF8.self)),
            ("Việt", "Vi\u{EA}\u{323}t"), ("\u{1EC7}", "e\u{302}\u{323}"),
            ("abcdefghijklmnop", "abcdefghijklmnop"), ("abcdefghijklmno", "abcdefghijklmnp"),
            ("東京", "東京"), ("東京", "北京"), ("القاهرة", "القاهرة"),
        ]
        for (a, b) in pairs {
            #expect(PhraseMatcher.same(a, b) == Array(a.utf8).elementsEqual(Array(b.utf8)), "\(a) | \(b)")
            #expect(PhraseMatcher.same(b, a) == PhraseMatcher.same(a, b))
        }
        // Two large strings with one content and two storages, and one string with itself.
        var built = "Касым-Жомарт "
        built += "Токаев встретился"
        let other = String(decoding: Array(built.utf8), as: UTF8.self)
        #expect(PhraseMatcher.same(built, other) && PhraseMatcher.same(built, built))
        #expect(!PhraseMatcher.same(built, other + "."))
    }

    /// `PlainText.isPlain`, which takes runs of basic Cyrillic letters four at a time, answers as the byte-by-byte
    /// reading (`EntitySpeedPathTests.plainReference`, the rules one character at a time) on Cyrillic at every alignment, mixed with
    /// ASCII, Arabic, Vietnamese and marks, and on buffers cut inside a letter.
    @Test func plainTextCyrillicRunsAnswerAsOneLetterAtATime() {
        let words = ["министерство", "Касым-Жомарт", "й", "и\u{306}", "ёлка", "Ѐ", "ѿѾ", "x", "ab", "абв\u{483}г",
                     "القاهرة", "Việt", "東京", "\t", " ", "Минск2024", "ЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖ", "ӂ", "ԑ"]
        var texts: [[UInt8]] = []
        for a in words { for b in words { texts.append(Array((a + b).utf8)); texts.append(Array(("q" + a + b).utf8)) } }
        for t in Array(texts) where t.count > 1 { texts.append(Array(t.dropLast())) }   // cut inside a letter too
        for t in texts {
            let fast = t.withUnsafeBufferPointer { PlainText.isPlain($0) }
            let slow = EntitySpeedPathTests.plainReference(t)
            #expect(fast == slow, "\(t)")
        }
        #expect(PlainText.isCyrillicLetters(Self.load("минс")) && !PlainText.isCyrillicLetters(Self.load("мин1")))
        #expect(!PlainText.isCyrillicLetters(Self.load("ab\u{483}cd")) && !PlainText.isCyrillicLetters(Self.load("القا")))
    }

    /// `NameFinder.writeUTF8` writes the bytes of `String(c).utf8` for scalars of one to four bytes.
    @Test func writeUTF8IsTheScalarsUTF8() {
        let scalars: [Unicode.Scalar] = ["a", "\u{7F}", "\u{80}", "é", "\u{7FF}", "\u{800}", "東", "\u{FFFD}", "\u{FFFF}",
                                         "\u{10000}", "\u{20BB7}", "\u{10FFFF}"]
        for c in scalars {
            var out = [UInt8](repeating: 0, count: 4)
            let n = out.withUnsafeMutableBufferPointer { NameFinder.writeUTF8(c, $0.baseAddress!) }
            #expect(Array(out[0..<n]) == Array(String(c).utf8), "\(c.value)")
        }
    }

    private static func load(_ s: String) -> UInt64 {
        var b = Array(s.utf8)
        while b.count < 8 { b.append(0) }
        return b.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    }
}
