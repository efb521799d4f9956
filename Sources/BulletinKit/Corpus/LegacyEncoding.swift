import CBulletinICU
import Foundation

/// Files in the 8-bit and East Asian encodings that archives still hold: Russian
/// news in windows-1251 or KOI8-R, French in windows-1252, Arabic in windows-1256,
/// Chinese in GB18030 or Big5, Japanese in Shift_JIS. Read as UTF-8 they were a
/// page of U+FFFD with a warning; ICU's charset detector names the encoding and
/// its converter decodes it.
///
/// Only bytes that are not UTF-8 get here, and only when they do not look like
/// UTF-8 with a few damaged bytes: a file with at least half as many well-formed
/// multi-byte UTF-8 sequences as broken ones stays UTF-8 (the damaged bytes become
/// U+FFFD, as before). Legacy text forms valid sequences only by chance: the first
/// 20 articles of each language of the evaluation sets, written in their legacy
/// charsets, have none in windows-1251, windows-1252 and KOI8-R, 1 to 2.5 % in
/// windows-1256, and fewer than half as many as broken ones in every article (a
/// quarter to a third overall) in GB18030, Shift_JIS, EUC-JP and EUC-KR.
enum LegacyEncoding {
    /// A decoding and the charset it used.
    struct Decoded: Equatable {
        var text: String
        /// ICU's name for the charset ("windows-1251", "GB18030", …).
        var charset: String
        /// ICU's confidence in the charset, 0 to 100.
        var confidence: Int
    }

    /// The least confidence at which ICU's guess is taken. ICU gives 10 to a bare
    /// guess (it always has one 8-bit candidate) and 30 and more when the byte
    /// statistics fit a language; a bare guess still beats a page of U+FFFD when
    /// the decoded text is clean (see `plausible`).
    static let minimumConfidence = 10

    /// `bytes` (not valid UTF-8, no NUL) decoded in the legacy charset ICU detects,
    /// or nil when they look like damaged UTF-8 or no charset decodes them cleanly.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Decoded? {
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) / 4, !looksLikeDamagedUTF8(bytes) else { return nil }
        guard let (charset, confidence) = detect(bytes), confidence >= minimumConfidence,
              let text = convert(bytes, from: charset), plausible(text) else { return nil }
        return Decoded(text: text, charset: charset, confidence: confidence)
    }

    /// At least half as many well-formed multi-byte UTF-8 sequences as broken ones: UTF-8
    /// text with a few bad bytes (a truncated copy, one pasted Latin-1 word), not legacy text.
    static func looksLikeDamagedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let counts = ArticleText.utf8Sequences(bytes)
        return counts.validMultibyte * 2 >= counts.invalid
    }

    /// ICU's best non-Unicode charset for `bytes`, with its confidence.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, Int)? {
        var name = [CChar](repeating: 0, count: 64)
        let confidence = name.withUnsafeMutableBufferPointer { out in
            bulletin_charset_detect(bytes.baseAddress, Int32(bytes.count), out.baseAddress, Int32(out.count))
        }
        guard confidence >= 0 else { return nil }
        let charset = name.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        return charset.isEmpty ? nil : (charset, Int(confidence))
    }

    /// `bytes` in `charset` as a String (nil for an unknown charset or a failed conversion).
    static func convert(_ bytes: UnsafeBufferPointer<UInt8>, from charset: String) -> String? {
        transcode(bytes, to: "UTF-8", from: charset).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `text` in `charset` (tests write legacy files with it); nil when the charset is unknown.
    static func encode(_ text: String, as charset: String) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        return utf8.withUnsafeBufferPointer { transcode($0, to: charset, from: "UTF-8") }
    }

    private static func transcode(_ bytes: UnsafeBufferPointer<UInt8>, to: String, from: String) -> [UInt8]? {
        // Four output bytes per input byte cover every charset to UTF-8 (a double-byte
        // pair becomes at most 4 UTF-8 bytes); a second call gets the exact size otherwise.
        var capacity = max(16, bytes.count * 4)
        for _ in 0..<2 {
            var out = [UInt8](repeating: 0, count: capacity)
            let n = out.withUnsafeMutableBufferPointer { dest in
                bulletin_convert(to, from, bytes.baseAddress, Int32(bytes.count), dest.baseAddress, Int32(dest.count))
            }
            guard n >= 0 else { return nil }
            if Int(n) <= capacity {
                out.removeSubrange(Int(n)...)
                return out
            }
            capacity = Int(n)
        }
        return nil
    }

    /// Decoded text that reads as text: at most one character in a hundred is a
    /// replacement (U+FFFD, or the SUB control ICU substitutes for unmapped bytes)
    /// or a C1 control (ISO-8859-1's reading of windows-125x punctuation).
    static func plausible(_ text: String) -> Bool {
        var total = 0, bad = 0
        for s in text.unicodeScalars {
            total += 1
            if s.value == 0xFFFD || s.value == 0x1A || (0x80...0x9F).contains(s.value) { bad += 1 }
        }
        return total > 0 && bad * 100 <= total
    }
}
