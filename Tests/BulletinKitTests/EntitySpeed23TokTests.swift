import Foundation
import Testing
@testable import BulletinKit

/// spd23 (tokenizer layer): the eight-byte ASCII letter test, the cache's inline byte comparison,
/// the vector decoding and the tokens' key lengths answer what the code they replace answered.
@Suite struct EntitySpeed23TokTests {
    /// `asciiLetterPrefix` counts, of eight bytes, the ASCII letters before the first other byte, for
    /// every byte value at every position (the other bytes letters, or a byte that could carry).
    @Test func asciiLetterPrefixMatchesTheByteTest() {
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
        for fill: UInt8 in [0x61, 0x5A, 0xFF, 0x80, 0x20] {
            for position in 0..<8 {
                for b in UInt8.min...UInt8.max {
                    var bytes = [UInt8](repeating: fill, count: 8)
                    bytes[position] = b
                    let expected = bytes.firstIndex { !isLetter($0) } ?? 8
                    let got = bytes.withUnsafeBytes { Tokenizer.asciiLetterPrefix($0.baseAddress!) }
                    #expect(got == expected, "byte \(b) at \(position), fill \(fill)")
                }
            }
        }
    }

    /// Letter runs longer than eight bytes, and runs ending at every position, count as a byte loop does.
    @Test func letterRunsAcrossEightByteSteps() {
        for n in 0..<20 {
            for tail in ["", " x", "é", "1", "Ж", "\u{301}"] {
                let text = String(repeating: "aB", count: n) + tail
                let got = Array(text.utf8).withUnsafeBufferPointer { Tokenizer.commonLetterRun($0, from: 0) }
                let expected = 2 * n + (tail == "é" || tail == "Ж" ? 1 : 0)
                #expect(got == expected, "\(text)")
            }
        }
    }

    /// `WordCache.bytesEqual` is `memcmp(...) == 0` for every length up to 40 and every differing byte.
    @Test func cacheByteComparisonIsMemcmp() {
        for n in 0...40 {
            let x = (0..<n).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            for k in -1..<n {
                var y = x
                if k >= 0 { y[k] ^= 0x40 }
                let equal = x.withUnsafeBufferPointer { a in
                    y.withUnsafeBufferPointer { b in
                        WordCache.bytesEqual(a.baseAddress ?? UnsafePointer(bitPattern: 1)!, b.baseAddress ?? UnsafePointer(bitPattern: 1)!, n)
                    }
                }
                #expect(equal == (k < 0), "length \(n), byte \(k)")
            }
        }
    }

    /// Decoding gives the scalars and byte offsets of the text, for ASCII runs of every length around
    /// the eight-byte steps and mixed with longer sequences.
    @Test func decodingMatchesTheScalars() {
        for n in 0..<26 {
            for mix in ["", "é", "Жx", "東", "😀", "a\u{301}"] {
                let text = String(repeating: "ab.", count: n / 3) + mix + String(repeating: "z", count: n) + mix
                let (scalars, offsets) = Tokenizer.decodeScalars(Array(text.utf8))
                #expect(scalars == Array(text.unicodeScalars))
                var expected: [Int] = []
                var p = 0
                for s in text.unicodeScalars { expected.append(p); p += String(s).utf8.count }
                expected.append(p)
                #expect(offsets == expected)
            }
        }
    }

    /// Every token's `keyLength` is its key's UTF-8 count (capped at 255), possessives and elisions included,
    /// with and without a word cache.
    @Test func tokensCarryTheirKeyLength() {
        let long = String(repeating: "Ж", count: 200)
        let text = "Ngân hàng l'Algérie d’Italia Tokayev's «Минск» 東京 \(long) القاهرة 1.5 U.S."
        for cache in [nil, WordCache()] {
            let t = Tokenizer.tokenize(text, cache: cache)
            withExtendedLifetime(t) {
                #expect(!t.tokens.isEmpty)
                for token in t.tokens {
                    #expect(Int(token.keyLength) == min(token.key.utf8.count, 255), "\(token.text)")
                    #expect(token.keyLengthIs(token.key.utf8.count))
                    #expect(!token.keyLengthIs(token.key.utf8.count + 1))
                }
            }
        }
    }
}
