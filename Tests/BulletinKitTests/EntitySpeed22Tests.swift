import Foundation
import Testing
@testable import BulletinKit

/// spd22: the tokenizer's letter runs read from the bytes and `KeySet`'s filter give the answers
/// of the tests they stand in for.
@Suite struct EntitySpeed22Tests {
    private func run(_ text: String) -> Int {
        Array(text.utf8).withUnsafeBufferPointer { Tokenizer.commonLetterRun($0, from: 0) }
    }

    /// Every scalar of the Basic Multilingual Plane that `commonLetterRun` takes is one the word
    /// loop takes without asking more (an ASCII letter, `isCommonLetter` or `isCommonMark`), and
    /// every scalar of the blocks it reads is taken.
    @Test func letterRunTakesOnlyCommonLetters() {
        for v in UInt32(0)...0xFFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let asciiLetter = (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            let common = asciiLetter || (v >= 0x80 && (Tokenizer.isCommonLetter(v) || Tokenizer.isCommonMark(v)))
            let n = run(String(s))
            #expect(n <= 1)
            if n == 1 { #expect(common, "U+\(String(v, radix: 16))") }
            let inBlocks = asciiLetter || (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7) || (v >= 0x400 && v <= 0x47F)
                || (v >= 0x621 && v <= 0x63A) || (v >= 0x641 && v <= 0x65F) || (v >= 0x1E00 && v <= 0x1EFF)
            #expect((n == 1) == inBlocks, "U+\(String(v, radix: 16))")
        }
    }

    /// A run counts scalars (not bytes) up to the first scalar it does not take.
    @Test func letterRunCountsScalarsToTheFirstOther() {
        #expect(run("") == 0)
        #expect(run("Warszawa") == 8)
        #expect(run("Zürich, 2024") == 6)
        #expect(run("Минск-2") == 5)
        #expect(run("Tiền tệ") == 4)
        #expect(run("الرياض،") == 6)
        #expect(run("a×b") == 1)
        #expect(run("e\u{301}") == 1)       // a combining acute (U+0301) is left to the scalar loop
        #expect(run("l'Algérie") == 1)
        #expect(run("Ωmega") == 0)
        #expect(run("abc😀") == 3)
        // From the middle of the bytes.
        let bytes = Array("x Кыргызстан y".utf8)
        #expect(bytes.withUnsafeBufferPointer { Tokenizer.commonLetterRun($0, from: 2) } == 10)
    }

    /// Words mixing the letters a run takes with others tokenize as before: one word each, with
    /// the UTF-16 offsets of the text.
    @Test func wordsAcrossRunsKeepTheirOffsets() {
        let text = "Nguye\u{302}\u{303}n Ǆemal Ωmega-Ωμέγα Ἀθῆναι Zürich×Bern 東京 Кыргызстан'ы O'Brien"
        let t = Tokenizer.tokenize(text)
        let u = Array(text.utf16)
        for token in t.tokens {
            #expect(String(decoding: u[token.start..<token.end], as: UTF16.self) == token.text)
        }
        let words = t.tokens.filter { $0.kind == .word }.map(\.text)
        #expect(words == ["Nguye\u{302}\u{303}n", "Ǆemal", "Ωmega", "Ωμέγα", "Ἀθῆναι", "Zürich", "Bern", "東京", "Кыргызстан'ы", "O'Brien"])
    }

    /// The filter holds every inserted hash and few others.
    @Test func keyFilterHoldsItsKeysAndFewOthers() {
        var filter = KeyFilter(slotCount: 1024)
        var h: UInt64 = 0x1234_5678
        var inserted: [UInt64] = []
        for _ in 0..<256 {
            h = h &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            inserted.append(h)
            filter.insert(h)
        }
        #expect(inserted.allSatisfy { filter.mayHold($0) })
        var falsePositives = 0
        for k in 0..<10_000 {
            let other = Token.hash("word\(k)")
            if !inserted.contains(other), filter.mayHold(other) { falsePositives += 1 }
        }
        #expect(falsePositives < 600)   // a quarter-full table's first slot was taken 2,500 times in 10,000
    }

    /// `KeySet` with its filter answers what a `Set` of the keys answers, for its keys and others.
    @Test func keySetAnswersLikeASet() {
        let keys = (0..<3000).map { "key\($0)" } + ["минск", "الرياض", "hà nội", "", "a"]
        let set = KeySet(keys)
        for k in keys {
            #expect(set.contains(k))
            #expect(set.contains(k, hash: Token.hash(k)))
            #expect(set.index(k).map { set.members[$0] } == k)
        }
        for k in (3000..<9000).map({ "key\($0)" }) + ["минска", "b", "key"] {
            #expect(!set.contains(k))
            #expect(!set.contains(k, hash: Token.hash(k)))
        }
        let small = KeySet(["the"])
        #expect(small.contains("the") && !small.contains("then") && !KeySet([String]()).contains("the"))
    }
}
