import Foundation
import Testing
@testable import BulletinKit

/// Byte-level decoding: encodings, BOMs, invalid bytes, binary and blank files.
@Suite struct CorpusDecodingTests {
    private func utf16(_ s: String, bigEndian: Bool, bom: Bool) -> Data {
        var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for u in s.utf16 {
            let hi = UInt8(u >> 8), lo = UInt8(u & 0xFF)
            bytes += bigEndian ? [hi, lo] : [lo, hi]
        }
        return Data(bytes)
    }

    @Test func plainUTF8() {
        let (text, warnings) = ArticleText.decode(Data("Xin chào Hà Nội\n".utf8), file: "a.txt")
        #expect(text == "Xin chào Hà Nội\n")
        #expect(warnings.isEmpty)
    }

    @Test func utf8ByteOrderMarkIsDropped() {
        let (text, warnings) = ArticleText.decode(Data([0xEF, 0xBB, 0xBF] + Array("Минск".utf8)), file: "a.txt")
        #expect(text == "Минск")
        #expect(warnings.isEmpty)
    }

    @Test(arguments: [false, true])
    func utf16WithBOM(bigEndian: Bool) {
        let sample = "白俄罗斯 Belarus — Біларусь 🇧🇾\r\n"
        let (text, warnings) = ArticleText.decode(utf16(sample, bigEndian: bigEndian, bom: true), file: "u.txt")
        #expect(text == sample)
        #expect(warnings.isEmpty)
    }

    @Test func utf16WithoutBOMIsRecognizedWithAWarning() {
        let (text, warnings) = ArticleText.decode(utf16("Plain ASCII in UTF-16", bigEndian: false, bom: false), file: "n.txt")
        #expect(text == "Plain ASCII in UTF-16")
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("UTF-16LE") == true)
    }

    @Test func invalidBytesBecomeReplacementWithOffset() {
        let bytes: [UInt8] = Array("abc".utf8) + [0xFF] + Array("déf".utf8) + [0xC3]
        let (text, warnings) = ArticleText.decode(Data(bytes), file: "bad.txt")
        #expect(text == "abc\u{FFFD}déf\u{FFFD}")
        #expect(warnings.count == 1)
        let w = warnings[0]
        #expect(w.file == "bad.txt")
        #expect(w.message.contains("byte offset 3"))
        #expect(w.message.contains("2 invalid"))
        #expect(w.description.hasPrefix("bad.txt: "))
    }

    @Test func invalidOffsetCountsTheBOM() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("ab".utf8) + [0xE2, 0x82] + Array(" x".utf8)
        let (text, warnings) = ArticleText.decode(Data(bytes), file: "f")
        #expect(text == "ab\u{FFFD} x")
        #expect(warnings.first?.message.contains("byte offset 5") == true)
    }

    @Test func unpairedSurrogateInUTF16() {
        var data = utf16("ab", bigEndian: false, bom: true)
        data.append(contentsOf: [0x00, 0xD8])  // lone high surrogate
        data.append(utf16("c", bigEndian: false, bom: false))
        let (text, warnings) = ArticleText.decode(data, file: "s")
        #expect(text == "ab\u{FFFD}c")
        #expect(warnings.first?.message.contains("byte offset 6") == true)
    }

    @Test func nulBytesMeanBinary() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]
        let (text, warnings) = ArticleText.decode(Data(bytes), file: "pic.png")
        #expect(text == nil)
        #expect(warnings.count == 1)
        #expect(warnings[0].message.contains("binary"))
        #expect(warnings[0].message.contains("offset 8"))
    }

    @Test func emptyAndBlankFilesAreSkipped() {
        let empty = ArticleText.decode(Data(), file: "e")
        #expect(empty.text == nil)
        #expect(empty.warnings.first?.message.contains("empty") == true)
        let blank = ArticleText.decode(Data(" \t\r\n\u{A0}\n\n".utf8), file: "b")
        #expect(blank.text == nil)
        #expect(blank.warnings.first?.message.contains("blank") == true)
        let bomOnly = ArticleText.decode(Data([0xEF, 0xBB, 0xBF]), file: "bom")
        #expect(bomOnly.text == nil)
    }

    @Test func validatorAgreesWithTheStandardLibrary() {
        // Every invalid sequence the validator counts is one U+FFFD in String(decoding:).
        let samples: [[UInt8]] = [
            [0x61, 0x80, 0x62], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80],
            [0xE2, 0x82, 0xAC, 0xFF, 0xFE], Array("ok ✓".utf8),
        ]
        for s in samples {
            let replaced = String(decoding: s, as: UTF8.self).unicodeScalars.filter { $0 == "\u{FFFD}" }.count
            let counted = s.withUnsafeBufferPointer { ArticleText.invalidUTF8($0).count }
            #expect(counted == replaced, "\(s)")
        }
    }
}
