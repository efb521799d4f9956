import Foundation
import Testing
@testable import BulletinKit

/// The byte shortcuts of reading and preparing articles (idx10) against the
/// slower statements they stand for: same answers on every input tried.
@Suite struct ParseShortcutTests {
    /// `TextCleaner.trimmedBounds` trims exactly what `TextCleaner.trim` trims.
    @Test func trimmedBoundsMatchTrim() {
        let pieces = ["a", "Минск", "中国", "بيلاروسيا", "Tô Lâm", " ", "  ", "\t", "\u{0B}", "\u{A0}", "\u{85}", "\u{202F}",
                      "\u{2003}", "\u{200B}", "\u{3000}", "\u{FEFF}", "\u{1680}", "\u{2028}", "\u{205F}", "\u{2060}", "é", "😀",
                      "—", "。", "\u{0301}"]
        var failures: [String] = []
        for text in randomMixes(of: pieces, seed: 0x1234_5678_9ABC_DEF1, count: 4000, maxPieces: 10) {
            var copy = text
            let trimmed = copy.withUTF8 { buf -> String in
                let (a, b) = TextCleaner.trimmedBounds(buf, 0, buf.count)
                return String(decoding: UnsafeBufferPointer(rebasing: buf[a..<b]), as: UTF8.self)
            }
            if trimmed != String(TextCleaner.trim(Substring(text))) { failures.append(text) }
        }
        #expect(failures.isEmpty, "\(failures.prefix(3).map { Array($0.unicodeScalars).map { String($0.value, radix: 16) } })")
    }

    /// Lines split and trimmed on the bytes are those of splitting and then trimming strings.
    @Test func splitLinesTrimsEachLine() {
        let text = " \u{A0}Title here\u{3000}\r\n\r\n\tBody line one.  \u{2003}\nline two\u{85}\rlast\u{1B}[1m line \u{FEFF}"
        let lines = ArticleParser.splitLines(text).map(\.text)
        #expect(lines == ["Title here", "", "Body line one.", "line two", "last line"])
    }

    /// `ScriptCounts`' byte shortcut counts the letters it passes as `count` does, scalar by scalar.
    @Test func scriptCountShortcutCountsAsTheJudgement() {
        var scalars: [Unicode.Scalar] = []
        for v in Array(0x0400...0x052F) + Array(0x0600...0x06FF) + Array(0x3400...0x4DFF) + Array(0x4E00...0xA000)
            + Array(0x00C0...0x024F) + Array(0x1E00...0x1EFF) {
            if let s = Unicode.Scalar(v) { scalars.append(s) }
        }
        for s in scalars {
            let text = "ab" + String(s) + String(s) + "c"
            var expected = ScriptCounts("", limit: 800)
            for t in text.unicodeScalars where t.value >= 0x80 { expected.count(t.value) }
            expected.latin += 3
            let counts = ScriptCounts(text, limit: 800)
            let same = counts.latin == expected.latin && counts.cyrillic == expected.cyrillic && counts.arabic == expected.arabic
                && counts.han == expected.han && counts.ukrainian == expected.ukrainian && counts.ukrainianOnly == expected.ukrainianOnly
                && counts.belarusian == expected.belarusian && counts.kazakh == expected.kazakh && counts.persian == expected.persian
                && counts.vietnamese == expected.vietnamese && counts.kana == expected.kana
            #expect(same, "U+\(String(s.value, radix: 16))")
        }
        // The shortcut must also respect the scalar limit.
        #expect(ScriptCounts(String(repeating: "м", count: 900), limit: 800).cyrillic == 800)
        #expect(ScriptCounts(String(repeating: "中", count: 900), limit: 800).han == 800)
    }

    /// `LineClassifier.mayHaveColon`: a colon (ASCII or full-width) in the first 40 bytes.
    @Test func labelNeedsAColonInTheFirstFortyBytes() {
        let pad = { (n: Int) in String(repeating: "x", count: n) }
        #expect(LineClassifier.mayHaveColon(pad(39) + ": v"))
        #expect(!LineClassifier.mayHaveColon(pad(40) + ": v"))
        #expect(LineClassifier.mayHaveColon(pad(39) + "\u{FF1A} v"))
        #expect(!LineClassifier.mayHaveColon("Nothing to see here at all, no label in it"))
        #expect(LineClassifier.labeled("Photo: VNA")?.0 == "Photo")
        #expect(LineClassifier.labeled("图片\u{FF1A}新华社")?.0 == "图片")
        #expect(LineClassifier.labeled("Plain headline without a label") == nil)
    }

    /// `SWAR.allNFCQuickScalars` on every eight bytes of texts of the blocks it reads, against
    /// the byte test and `quickPassLength` stepping through the same eight bytes.
    @Test func eightByteScalarTestMatchesTheStepwiseTest() {
        let pieces = ["مرحبا", "\u{064E}", "\u{0651}", "\u{0653}", "ا\u{0654}", "\u{0600}", "\u{061F}", "\u{0670}", "Việt",
                      "ệ", "ḁ", "e\u{0302}\u{0323}", "\u{1DC0}", "Минск", "中国", "한국", "—", "“", "\u{2000}", " ", "x", "é", "😀"]
        func stepwise(_ p: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
            var k = start
            while k < start + 8 {
                let b = p[k]
                if b < 0xCC || b == 0xD0 || b == 0xD1 || (b >= 0xE4 && b <= 0xE9) { k += 1; continue }
                guard k + 1 < start + 8 else { return false }
                let c = p[k + 1]
                if (b == 0xD8 && c >= 0xA1) || (b == 0xD9 && c <= 0x8A) || (b == 0xE1 && c >= 0xB8 && c <= 0xBB) {
                    k += 2
                    continue
                }
                return false
            }
            return true
        }
        var mismatches = 0
        for text in randomMixes(of: pieces, seed: 0x0F0F_1234_ABCD_9876, count: 1500, maxPieces: 8) {
            let bytes = Array(text.utf8)
            guard bytes.count >= 8 else { continue }
            bytes.withUnsafeBufferPointer { p in
                for start in 0...(p.count - 8) {
                    let w = UnsafeRawPointer(p.baseAddress! + start).loadUnaligned(as: UInt64.self)
                    if SWAR.allNFCQuickScalars(w) != stepwise(p, start) { mismatches += 1 }
                }
            }
        }
        #expect(mismatches == 0)
    }

    /// The Latin table made with one transform call holds what a call per letter gives.
    @Test func latinTableInOneTransformMatchesOneLetterAtATime() {
        let table = SearchFolding.latinTable, reference = SearchFolding.LatinTable.reference()
        #expect(table.lengths == reference.lengths)
        #expect(table.bytes == reference.bytes)
        #expect(table[0x00C6] == Array("ae".utf8))  // Æ
        #expect(table[0x0111] == Array("d".utf8))  // đ
    }

    /// `EntityCoding.needsCleaning` on the bytes finds each separator anywhere.
    @Test func entityCodingFindsSeparators() {
        for sep in ["\t", "\n", "\u{1F}", "\r"] {
            #expect(EntityCoding.needsCleaning("Tô Lâm" + sep + "x"))
            #expect(EntityCoding.needsCleaning(sep))
        }
        #expect(!EntityCoding.needsCleaning("Tô Lâm \u{1E}\u{0B} Минск"))
        #expect(!EntityCoding.needsCleaning(""))
    }

    /// `TokenBytes` classes every byte value at every position of eight as `AsciiTokenizer.classes` does.
    @Test func tokenBytesMatchTheTokenizerTable() {
        var wrong = 0
        for filler in [UInt8(0x61), 0x20, 0xD0, 0x5A, 0x30] {
            for b in 0...255 {
                for position in 0..<8 {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[position] = UInt8(b)
                    let w = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    let separators = TokenBytes.separators(w), upper = TokenBytes.upper(w)
                    for k in 0..<8 {
                        let cls = AsciiTokenizer.classes[Int(bytes[k])]
                        if (separators >> (8 * k + 7)) & 1 != (cls == 0 ? 1 : 0) { wrong += 1 }
                        if (upper >> (8 * k + 7)) & 1 != (cls == 2 ? 1 : 0) { wrong += 1 }
                    }
                }
            }
        }
        #expect(wrong == 0)
    }

    /// `SWAR.bitsSet` counts the flagged bytes as `nonzeroBitCount` does, for every mask of flags.
    @Test func swarBitsSetCountsFlags() {
        for m in 0..<256 {
            var mask: UInt64 = 0
            for k in 0..<8 where m >> k & 1 == 1 { mask |= 0x80 << UInt64(8 * k) }
            #expect(SWAR.bitsSet(mask) == mask.nonzeroBitCount)
        }
    }

    /// `EntityCoding.appendDecimal` writes `String(n)` for numbers of any length.
    @Test func decimalsAreWrittenAsStringDoes() {
        for n in [0, 5, 9, 10, 42, 99, 100, 12_345, 99_999_999, 100_000_000, 1_234_567_890, -7, Int.max] {
            var out: [UInt8] = [0x41]
            EntityCoding.appendDecimal(n, to: &out)
            #expect(out == [0x41] + Array(String(n).utf8))
        }
    }

    /// `EntityNameKey.isWhiteSpace` and `keeps` answer as the Unicode properties they stand for.
    @Test func nameKeyScalarTestsMatchTheProperties() {
        var wrong: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            if EntityNameKey.isWhiteSpace(s) != s.properties.isWhitespace { wrong.append(v) }
        }
        for v in Array(0...0x7F) + Array(0x400...0x6FF) + Array(0x4E00...0x9FFF) + Array(0xAC00...0xD7AF) {
            guard let s = Unicode.Scalar(v) else { continue }
            if EntityNameKey.keeps(s) != (s.properties.isAlphabetic || s.properties.numericType != nil) { wrong.append(UInt32(v)) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    /// `SearchFolding.scalarClasses` holds `classify` for every scalar of the plane but CJK.
    @Test func scalarClassTableMatchesClassifyOutsideCJK() {
        var wrong: [UInt32] = []
        for v in UInt32(0)..<0x10000 {
            if let s = Unicode.Scalar(v), SearchFolding.isCJK(s) { continue }
            if SearchFolding.scalarClasses.table[Int(v)] != SearchFolding.classify(v) { wrong.append(v) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }
}
