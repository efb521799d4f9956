import Foundation

/// Turns a file's bytes into text, the way a journalist's messy archive needs:
/// UTF-8 with or without a byte-order mark, UTF-16 with a BOM (and without one
/// when the NUL pattern makes it obvious), legacy charsets (windows-1251, GB18030,
/// Shift_JIS, …: `LegacyEncoding`) detected with a warning that names them, invalid
/// bytes replaced by U+FFFD with a warning that says where, binary and blank files refused.
///
/// Line ends are left exactly as they are: the parser copes with CRLF, CR and
/// LF, and an article's `raw` text must be what the file holds.
public enum ArticleText {
    /// Why a file yielded no text.
    public enum Rejection: Error, Sendable, Hashable, CustomStringConvertible {
        case empty
        case blank
        /// A NUL byte at this offset: the file is binary (image, PDF, …).
        case binary(offset: Int)

        public var description: String {
            switch self {
            case .empty: "empty file, skipped"
            case .blank: "blank file (only white space), skipped"
            case .binary(let offset): "looks binary (NUL byte at offset \(offset)), skipped"
            }
        }
    }

    /// The encodings `decode` recognizes.
    public enum Encoding: String, Sendable, Hashable {
        case utf8, utf16LE, utf16BE
    }

    /// Decodes `data` (the content of `file`, used only in warnings).
    /// Returns nil text, with a warning saying why, for empty, blank and binary files.
    public static func decode(_ data: Data, file: String) -> (text: String?, warnings: [LoadWarning]) {
        let outcome = data.withUnsafeBytes { raw in
            decode(bytes: UnsafeRawBufferPointer(raw).bindMemory(to: UInt8.self))
        }
        return report(outcome, file: file)
    }

    /// The same, from a byte array (what the loader reads files into).
    public static func decode(_ bytes: [UInt8], file: String) -> (text: String?, warnings: [LoadWarning]) {
        report(bytes.withUnsafeBufferPointer { decode(bytes: $0) }, file: file)
    }

    private static func report(_ outcome: (result: Result<String, Rejection>, notes: [String]),
                               file: String) -> (text: String?, warnings: [LoadWarning]) {
        let warnings = outcome.notes.map { LoadWarning(file: file, message: $0) }
        switch outcome.result {
        case .success(let text): return (text, warnings)
        case .failure(let rejection): return (nil, warnings + [LoadWarning(file: file, message: rejection.description)])
        }
    }

    /// The decoding itself, free of file names so tests can call it on bytes.
    static func decode(bytes: UnsafeBufferPointer<UInt8>) -> (result: Result<String, Rejection>, notes: [String]) {
        guard !bytes.isEmpty else { return (.failure(.empty), []) }
        var notes: [String] = []
        let text: String
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            guard let t = decodeUTF8(UnsafeBufferPointer(rebasing: bytes[3...]), base: 3, legacy: false, notes: &notes) else {
                return (.failure(.binary(offset: firstNUL(bytes) ?? 0)), notes)
            }
            text = t
        } else if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            text = decodeUTF16(UnsafeBufferPointer(rebasing: bytes[2...]), bigEndian: false, base: 2, notes: &notes)
        } else if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            text = decodeUTF16(UnsafeBufferPointer(rebasing: bytes[2...]), bigEndian: true, base: 2, notes: &notes)
        } else if let nul = firstNUL(bytes) {
            guard let guess = guessUTF16WithoutBOM(bytes) else { return (.failure(.binary(offset: nul)), notes) }
            notes.append("no byte-order mark; decoded as \(guess == .utf16BE ? "UTF-16BE" : "UTF-16LE")")
            text = decodeUTF16(bytes, bigEndian: guess == .utf16BE, base: 0, notes: &notes)
        } else {
            // No NUL (checked above), so this cannot fail.
            text = decodeUTF8(bytes, base: 0, notes: &notes) ?? ""
        }
        if text.isEmpty { return (.failure(.empty), notes) }
        if isBlank(text) { return (.failure(.blank), notes) }
        return (.success(text), notes)
    }

    /// `decode`'s verdict on a file from its first bytes alone, when they settle it: binary when they hold a NUL
    /// after a UTF-8 byte-order mark, or NULs at both even and odd offsets without a UTF-16 one (UTF-16 without a
    /// mark is told by NULs at one parity only, `guessUTF16WithoutBOM`, so no longer file can read as text).
    /// Nil: only the whole file can tell. The loader sniffs a large file so, before reading it whole (a 2 GB video
    /// cost 2 GB of memory to be refused).
    static func binaryPrefix(_ head: UnsafeBufferPointer<UInt8>) -> Rejection? {
        guard let nul = firstNUL(head) else { return nil }
        if head.count >= 2, head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF { return nil }
        if head.count >= 3, head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF { return .binary(offset: nul) }
        var even = false, odd = false
        for i in nul..<head.count where head[i] == 0 {
            if i % 2 == 0 { even = true } else { odd = true }
            if even && odd { return .binary(offset: nul) }
        }
        return nil
    }

    /// Offset of the first NUL byte, if any.
    static func firstNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let hit = memchr(base, 0, bytes.count) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// UTF-8 to String; nil when the bytes hold a NUL (binary). Bytes that are not UTF-8 at
    /// all are read in the legacy charset ICU detects when `legacy` (not after a UTF-8
    /// byte-order mark, which says what the file is); otherwise invalid sequences become
    /// U+FFFD and add a note with the first offset and count.
    private static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, base: Int, legacy: Bool = true,
                                   notes: inout [String]) -> String? {
        if firstNUL(bytes) != nil { return nil }
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        if legacy, let found = LegacyEncoding.decode(bytes) {
            notes.append("not UTF-8: decoded as \(found.charset) (detected)")
            return found.text
        }
        let (first, count) = invalidUTF8(bytes)
        notes.append("invalid UTF-8 at byte offset \(base + first)"
                     + (count > 1 ? " (\(count) invalid sequences replaced with U+FFFD)" : " (replaced with U+FFFD)"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// First offset and number of maximal invalid subsequences (the unit U+FFFD replaces).
    static func invalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> (first: Int, count: Int) {
        let c = utf8Sequences(bytes)
        return (c.first, c.invalid)
    }

    /// `invalidUTF8`'s first offset and count, and the number of well-formed multi-byte sequences
    /// (`LegacyEncoding` weighs the two to tell damaged UTF-8 from a legacy charset).
    static func utf8Sequences(_ bytes: UnsafeBufferPointer<UInt8>) -> (first: Int, invalid: Int, validMultibyte: Int) {
        var first = -1, count = 0, valid = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            var need = 0
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: need = -1
            }
            var j = i + 1
            var ok = need > 0
            if ok {
                for k in 0..<need {
                    guard j < n else { ok = false; break }
                    let c = bytes[j]
                    let (l, h) = k == 0 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
                    guard c >= l, c <= h else { ok = false; break }
                    j += 1
                }
            }
            if ok {
                valid += 1
                i = j
            } else {
                if first < 0 { first = i }
                count += 1
                i = max(j, i + 1)
            }
        }
        return (max(first, 0), count, valid)
    }

    /// UTF-16 to String; unpaired surrogates become U+FFFD with a note, an odd trailing byte too.
    private static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool, base: Int,
                                    notes: inout [String]) -> String {
        let unitCount = bytes.count / 2
        var units = [UInt16](repeating: 0, count: unitCount)
        for i in 0..<unitCount {
            let a = UInt16(bytes[2 * i]), b = UInt16(bytes[2 * i + 1])
            units[i] = bigEndian ? (a << 8 | b) : (b << 8 | a)
        }
        var firstBad = -1, bad = 0
        var i = 0
        while i < unitCount {
            let u = units[i]
            if (0xD800...0xDBFF).contains(u), i + 1 < unitCount, (0xDC00...0xDFFF).contains(units[i + 1]) {
                i += 2
                continue
            }
            if (0xD800...0xDFFF).contains(u) {
                if firstBad < 0 { firstBad = i }
                bad += 1
            }
            i += 1
        }
        if bad > 0 {
            notes.append("invalid UTF-16 (unpaired surrogate) at byte offset \(base + 2 * firstBad)"
                         + (bad > 1 ? " (\(bad) replaced with U+FFFD)" : " (replaced with U+FFFD)"))
        }
        var text = String(decoding: units, as: UTF16.self)
        if bytes.count % 2 == 1 {
            notes.append("odd trailing byte at byte offset \(base + bytes.count - 1) (replaced with U+FFFD)")
            text.append("\u{FFFD}")
        }
        if text.contains("\u{0}") { text.removeAll { $0 == "\u{0}" } }
        return text
    }

    /// A BOM-less file whose NULs all sit at even (big-endian) or odd (little-endian)
    /// offsets, in at least half the byte pairs, is UTF-16 text (Latin script), not binary.
    static func guessUTF16WithoutBOM(_ bytes: UnsafeBufferPointer<UInt8>) -> Encoding? {
        guard bytes.count >= 16, bytes.count % 2 == 0 else { return nil }
        var evenNUL = 0, oddNUL = 0
        let pairs = bytes.count / 2
        for i in 0..<pairs {
            if bytes[2 * i] == 0 { evenNUL += 1 }
            if bytes[2 * i + 1] == 0 { oddNUL += 1 }
        }
        if oddNUL * 2 >= pairs, evenNUL == 0 { return .utf16LE }
        if evenNUL * 2 >= pairs, oddNUL == 0 { return .utf16BE }
        return nil
    }

    /// True when the text holds nothing but white space and control characters.
    static func isBlank(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || scalar.value == 0xFEFF || scalar.value == 0x200B {
                continue
            }
            return false
        }
        return true
    }
}
