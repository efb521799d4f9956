import Foundation
import Testing
@testable import BulletinKit

/// The seventeenth session's `PlainText` paths (spd11) answer what `String` answers: the
/// inert-scalar table, the first- and last-letter rejections of `hasPrefix`, `hasSuffix` and
/// `equal`, and the eight-byte ASCII step of `isPlain`.
@Suite struct EntitySpeedPlainTests {
    /// Every scalar `PlainText.isInert` accepts is a starter that is its own canonical decomposition.
    @Test func inertScalarsAreTheirOwnNFD() {
        var accepted = 0
        for v in UInt32(0)..<0x10000 where PlainText.isInert(v) {
            guard let s = Unicode.Scalar(v) else { Issue.record("\(v) is no scalar"); continue }
            accepted += 1
            #expect(s.properties.canonicalCombiningClass == .notReordered, "U+\(String(v, radix: 16))")
            let nfd = String(Character(s)).decomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
            #expect(nfd == [v], "U+\(String(v, radix: 16))")
        }
        // ASCII, 62 Cyrillic, 31 Arabic letters and the 20,992 unified ideographs.
        #expect(accepted == 128 + 62 + 31 + 20_992)
        // Letters that decompose are not inert.
        for v: UInt32 in [0x00E9, 0x0419, 0x0439, 0x0401, 0x0451, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x1EC7, 0xAC00, 0xF900, 0x0301, 0x0654] {
            #expect(!PlainText.isInert(v), "U+\(String(v, radix: 16))")
        }
    }

    /// Words that look alike in their bytes and differ in their characters (decomposed letters,
    /// CR LF, a prepended sign, marks at either end, Kelvin sign), plain words of each script.
    static let words: [String] = [
        "", "a", "ab", "abc", "b", "ba", "e", "é", "e\u{301}", "\u{301}", "\u{301}e", "ecole", "école", "e\u{301}cole", "ecole\u{301}",
        "\r", "\n", "\r\n", "a\r", "\na", "a\r\n", "\u{0600}", "\u{0600}a", "\u{0600}1", "1", "K", "\u{212A}", "k", "\u{212A}a", "Ka",
        "минск", "минска", "й", "и\u{306}", "йод", "и\u{306}од", "иод", "ский", "тверской", "тверски\u{306}", "ски", "ская",
        "الجزائر", "جزائر", "ال", "آ", "ا\u{653}", "أحمد", "ا\u{654}حمد", "احمد", "ئ", "ي\u{654}", "ي", "يه",
        "北京", "北", "京", "北京大学", "大学", "学", "\u{F900}", "豈", "한", "\u{1112}\u{1161}\u{11AB}", "하", "\u{1112}\u{1161}",
        "Nguyễn", "Nguye\u{302}\u{303}n", "Hà Nội", "Ha\u{300} Nô\u{323}\u{302}i", "nội", "i", "n", "🙂", "a🙂", "🙂a",
        "the quick brown fox", "quick brown fox", "the quick", "fox", "the quick brown fo\u{301}x",
        // Plain heads and tails before or after what is not plain (`plainHead`, `plainTail`).
        "ab\u{301}", "abc\u{301}", "\u{301}bc", "x\u{0600}bc", "\u{0600}bc", "bc", "©", "a\u{200D}©", "\u{200D}©", "😀\u{200D}©",
        "минск\u{306}", "\u{306}минск", "北京\u{FE00}", "e\u{301}ab", "ee\u{301}", "\u{1F1FA}\u{1F1F8}ab", "ab\u{1F1FA}",
    ]

    @Test func prefixSuffixAndEqualityAreStringAnswers() {
        for s in Self.words {
            for x in Self.words {
                #expect(PlainText.hasPrefix(s, x) == s.hasPrefix(x), "\(s.debugDescription).hasPrefix(\(x.debugDescription))")
                #expect(PlainText.hasSuffix(s, x) == s.hasSuffix(x), "\(s.debugDescription).hasSuffix(\(x.debugDescription))")
                #expect(PlainText.equal(s, x) == (s == x), "\(s.debugDescription) == \(x.debugDescription)")
            }
        }
    }

    /// `count` (one pass over plain bytes, eight a step) and `WordSet.contains` (members found by
    /// their bytes before the plain check) answer what `String` and `Set<String>` answer.
    @Test func countAndWordSetAreStringAnswers() {
        for s in Self.words + Self.words.map({ $0 + $0 + " " + $0 }) {
            #expect(PlainText.count(s) == s.count, "\(s.debugDescription)")
        }
        let members: Set<String> = ["école", "e\u{301}te\u{301}", "минск", "北京", "the quick", "K", "й"]
        let set = WordSet(members)
        for s in Self.words + ["été", "e\u{301}te\u{301}", "\u{212A}", "ecole", "и\u{306}"] {
            #expect(set.contains(s) == members.contains(s), "\(s.debugDescription)")
        }
    }

    /// The first and last scalars are read from the bytes (one to four of them).
    @Test func firstAndLastScalars() {
        for s in Self.words where !s.isEmpty {
            let (first, last) = s.utf8.withContiguousStorageIfAvailable { b in (PlainText.firstScalar(b), PlainText.lastScalar(b)) }!
            #expect(first == s.unicodeScalars.first!.value, "\(s.debugDescription)")
            #expect(last == s.unicodeScalars.last!.value, "\(s.debugDescription)")
        }
    }

    /// The eight-byte step takes printable ASCII only: every control byte and high
    /// byte at each of the eight positions stops it.
    @Test func eightByteStep() {
        let printable = Array("abcdefgh".utf8)
        let packed = { (b: [UInt8]) -> UInt64 in b.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) } }
        #expect(PlainText.isPrintableASCII(packed(printable)))
        #expect(PlainText.isPrintableASCII(packed(Array("  ~~ !}\u{7F}".utf8))))
        for k in 0..<8 {
            for bad: UInt8 in [0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x80, 0xC3, 0xD0, 0xE4, 0xFF] {
                var b = printable
                b[k] = bad
                #expect(!PlainText.isPrintableASCII(packed(b)), "byte \(bad) at \(k)")
            }
        }
    }
    /// `KeySet` look-ups (the inline first-slot miss, then the probe) give `Set`'s byte answers, for
    /// a small set (four slots a key) and one over `sparseLimit` (two slots a key), hits and misses.
    @Test func keySetAnswersAreTheSetAnswers() {
        for size in [3, 40, KeySet.sparseLimit + 500] {
            let members = (0..<size).map { "w\($0 * 7)" } + ["минск", "北京"]
            let set = KeySet(members)
            let oracle = Set(members)
            for k in 0..<(size * 8) {
                let key = k % 5 == 0 ? "минск\(k)" : "w\(k)"
                #expect(set.contains(key) == oracle.contains(key), "\(key) in \(size)")
                #expect(set.contains(key, hash: Token.hash(key)) == oracle.contains(key), "\(key) in \(size)")
                #expect(set.index(key).map { set.members[$0] == key } ?? !oracle.contains(key), "\(key) in \(size)")
            }
            #expect(set.contains("минск") && set.contains("北京") && set.members.count == oracle.count)
        }
    }

    /// Capitals outside the tokenizer's own tables (Greek, Armenian, Georgian Mtavruli, Latin
    /// Extended Additional) are read from the scalar properties (`isUppercaseProperty`, out of line).
    @Test func capitalsFromScalarProperties() {
        let t = Tokenizer.tokenize("Αθήνα αθήνα Երևան ԵՐԵՎԱՆ Ạnh ạnh")
        let words = t.tokens.filter { $0.kind == .word }
        #expect(words.map(\.capitalized) == [true, false, true, true, true, false])
        #expect(words.map(\.allCaps) == [false, false, false, true, false, false])
        #expect(Tokenizer.isUppercaseProperty("Ω") && !Tokenizer.isUppercaseProperty("ω"))
    }
}
