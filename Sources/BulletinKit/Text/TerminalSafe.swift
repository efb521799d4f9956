/// Makes article text safe to send to a terminal.
///
/// Nothing from an article may reach the terminal as a control, and nothing in it may
/// reorder our layout:
/// - escape sequences are removed whole: CSI (`ESC [` … final byte, or C1 U+009B), OSC,
///   DCS, SOS, PM and APC strings (up to BEL or ST, or the end of the line when
///   unterminated) and two-byte `ESC` sequences such as `ESC ( B`;
/// - every other C0 control, DEL and C1 control (backspace, bell, NUL…) is removed;
/// - a tab becomes `tabWidth` spaces; CR LF, CR, VT, FF, NEL, U+2028 and U+2029 become
///   a newline (newlines are kept: they separate paragraphs);
/// - bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are
///   removed, so a "Trojan Source" U+202E cannot flip a headline (CVE-2021-42574);
///   the implicit marks LRM, RLM and ALM stay, they cannot override anything;
/// - zero-width format characters that stand alone as clusters (soft hyphen U+00AD,
///   U+200B, U+2060, U+FEFF, U+180E) are removed, because curses and glibc disagree on
///   whether they take a cell.
public enum TerminalSafe {
    /// Spaces a tab expands to.
    public static let tabWidth = 4

    /// The text with everything above removed or replaced.
    public static func sanitize(_ text: String) -> String {
        sanitizeMapped(text).text
    }

    /// `sanitize(_:)` plus the map from offsets in its result back to `text`.
    public static func sanitizeMapped(_ text: String) -> SanitizedText {
        var source = text
        return source.withUTF8 { bytes in
            guard let first = firstUnsafeByte(bytes) else {
                return SanitizedText(text: text, map: .identity)
            }
            return rewrite(bytes, from: first)
        }
    }

    /// Offset of the first byte that starts something to remove or replace, or nil when
    /// the text is already safe (the common case, answered in one pass over the bytes).
    static func firstUnsafeByte(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if (c < 0x20 && c != 0x0A) || c == 0x7F { return i }
                i += 1
                continue
            }
            // Only these lead bytes start something to remove (C1, soft hyphen, NEL; the
            // U+2000 block; U+180E; U+FEFF): skip every other byte of Chinese, Arabic...
            if c == 0xC2 || c == 0xE2 || c == 0xEF || c == 0xE1, unsafeSequenceLength(b, i) != nil { return i }
            i += 1
        }
        return nil
    }

    /// What a non-ASCII byte sequence at `i` is, when it must go: returns its length
    /// and whether it becomes a newline. Nil when it is ordinary text.
    @inline(__always)
    static func unsafeSequenceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (length: Int, newline: Bool)? {
        let c = b[i]
        guard i + 1 < b.count else { return nil }
        let c1 = b[i + 1]
        if c == 0xC2 {
            if c1 == 0x85 { return (2, true) }                 // NEL
            if c1 >= 0x80 && c1 <= 0x9F { return (2, false) } // C1 controls
            if c1 == 0xAD { return (2, false) }                // soft hyphen
            return nil
        }
        guard i + 2 < b.count else { return nil }
        let c2 = b[i + 2]
        switch (c, c1) {
        case (0xE2, 0x80):
            if c2 == 0x8B { return (3, false) }                // ZWSP
            if c2 == 0xA8 || c2 == 0xA9 { return (3, true) }   // LS, PS
            if c2 >= 0xAA && c2 <= 0xAE { return (3, false) }  // LRE RLE PDF LRO RLO
        case (0xE2, 0x81):
            if c2 == 0xA0 { return (3, false) }                // WORD JOINER
            if c2 >= 0xA6 && c2 <= 0xA9 { return (3, false) }  // LRI RLI FSI PDI
        case (0xEF, 0xBB):
            if c2 == 0xBF { return (3, false) }                // BOM / ZWNBSP
        case (0xE1, 0xA0):
            if c2 == 0x8E { return (3, false) }                // MONGOLIAN VOWEL SEPARATOR
        default: break
        }
        return nil
    }

    /// Builds the safe text and its offset map, starting at the first unsafe byte.
    static func rewrite(_ b: UnsafeBufferPointer<UInt8>, from first: Int) -> SanitizedText {
        var out = [UInt8]()
        out.reserveCapacity(b.count)
        var builder = OffsetMap.Builder()
        var bytes = OffsetMap.Builder() // the same pieces in UTF-8, for `wrap`'s byte ranges
        var i = 0
        var inUTF16 = 0
        // Copies b[i..<end] unchanged.
        func keep(to end: Int) {
            guard end > i else { return }
            var units = 0
            for k in i..<end { units += utf16Units(leadByte: b[k]) }
            builder.keep(inStart: inUTF16, length: units)
            bytes.keep(inStart: i, length: end - i)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<end]))
            inUTF16 += units
            i = end
        }
        // Drops b[i..<end] and emits `replacement` (ASCII) in its place.
        func replace(to end: Int, with replacement: [UInt8]) {
            var units = 0
            for k in i..<end { units += utf16Units(leadByte: b[k]) }
            builder.replace(inStart: inUTF16, inLength: units, outLength: replacement.count)
            bytes.replace(inStart: i, inLength: end - i, outLength: replacement.count)
            out.append(contentsOf: replacement)
            inUTF16 += units
            i = end
        }
        keep(to: first)
        let n = b.count
        var j = i
        while j < n {
            let c = b[j]
            let action: (end: Int, replacement: [UInt8])
            if c < 0x80 {
                if c == 0x0A || (c >= 0x20 && c != 0x7F) { j += 1; continue }
                switch c {
                case 0x09: action = (j + 1, [UInt8](repeating: 0x20, count: tabWidth))
                case 0x0D: action = (j + 1 < n && b[j + 1] == 0x0A ? j + 2 : j + 1, [0x0A])
                case 0x0B, 0x0C: action = (j + 1, [0x0A])
                case 0x1B: action = (escapeEnd(b, j), [])
                default: action = (j + 1, [])
                }
            } else if let seq = unsafeSequenceLength(b, j) {
                if c == 0xC2, [0x9B, 0x9D, 0x90, 0x98, 0x9E, 0x9F].contains(b[j + 1]) {
                    action = (c1StringEnd(b, j), [])
                } else {
                    action = (j + seq.length, seq.newline ? [0x0A] : [])
                }
            } else {
                j += 1
                continue
            }
            keep(to: j)
            replace(to: action.end, with: action.replacement)
            j = i
        }
        keep(to: n)
        return SanitizedText(text: String(decoding: out, as: UTF8.self), map: builder.map, utf8Map: bytes.map)
    }

    @inline(__always)
    static func utf16Units(leadByte c: UInt8) -> Int {
        if c & 0xC0 == 0x80 { return 0 }
        return c >= 0xF0 ? 2 : 1
    }

    /// End (exclusive) of the escape sequence starting with ESC at `i`.
    static func escapeEnd(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let n = b.count
        guard i + 1 < n else { return i + 1 }
        switch b[i + 1] {
        case UInt8(ascii: "["):
            return csiEnd(b, i + 2)
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
            return stringEnd(b, i + 2)
        case 0x20...0x2F:
            var j = i + 1
            while j < n, (0x20...0x2F).contains(b[j]) { j += 1 }
            return j < n && (0x30...0x7E).contains(b[j]) ? j + 1 : j
        case 0x30...0x7E:
            return i + 2
        default:
            return i + 1
        }
    }

    /// End of a CSI sequence whose parameters start at `j`: parameter bytes, intermediate
    /// bytes, one final byte. A malformed sequence ends before the offending byte.
    static func csiEnd(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var j = start
        let n = b.count
        while j < n, (0x30...0x3F).contains(b[j]) { j += 1 }
        while j < n, (0x20...0x2F).contains(b[j]) { j += 1 }
        return j < n && (0x40...0x7E).contains(b[j]) ? j + 1 : j
    }

    /// End of an OSC/DCS/SOS/PM/APC string starting at `j`: after BEL, ESC \ or C1 ST, or
    /// at the end of the line when unterminated (so a stray ESC ] cannot eat the article).
    static func stringEnd(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var j = start
        let n = b.count
        while j < n {
            switch b[j] {
            case 0x07: return j + 1
            case 0x0A: return j
            case 0x1B: return j + 1 < n && b[j + 1] == UInt8(ascii: "\\") ? j + 2 : j
            case 0xC2 where j + 1 < n && b[j + 1] == 0x9C: return j + 2
            default: j += 1
            }
        }
        return n
    }

    /// End of a sequence introduced by a C1 control (two UTF-8 bytes at `i`).
    static func c1StringEnd(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        b[i + 1] == 0x9B ? csiEnd(b, i + 2) : stringEnd(b, i + 2)
    }
}

/// Terminal-safe text and where its pieces came from.
public struct SanitizedText: Sendable {
    /// The safe text.
    public var text: String
    /// Maps UTF-16 offsets in `text` back to UTF-16 offsets in the original.
    public var map: OffsetMap
    /// The same map in UTF-8 offsets (`TextLayout.wrap` reports byte ranges of the input).
    var utf8Map: OffsetMap = .identity
}

/// Piecewise map from UTF-16 ranges of a rewritten text back to its original.
///
/// Kept pieces shift offsets; a replacement (a tab's spaces, CR LF's newline) maps
/// every offset inside it to the whole replaced range; removed text has no piece.
public struct OffsetMap: Sendable {
    struct Piece: Sendable {
        var outStart: Int
        var outEnd: Int
        var inStart: Int
        var inEnd: Int
        var identity: Bool
    }
    var pieces: [Piece]

    /// The map of a text that was not changed.
    public static let identity = OffsetMap(pieces: [])
    public var isIdentity: Bool { pieces.isEmpty }

    /// The original range shown by `range` of the rewritten text.
    public func original(_ range: Range<Int>) -> Range<Int> {
        if pieces.isEmpty { return range }
        let lo = lower(range.lowerBound)
        let hi = range.isEmpty ? lo : max(lo, upper(range.upperBound))
        return lo..<hi
    }

    private func index(containing offset: Int) -> Int {
        var lo = 0, hi = pieces.count
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if pieces[mid].outStart <= offset { lo = mid } else { hi = mid }
        }
        return lo
    }

    private func lower(_ offset: Int) -> Int {
        let p = pieces[index(containing: offset)]
        if offset >= p.outEnd { return p.inEnd }
        return p.identity ? p.inStart + (offset - p.outStart) : p.inStart
    }

    private func upper(_ offset: Int) -> Int {
        let p = pieces[index(containing: max(0, offset - 1))]
        if offset <= p.outStart { return p.inStart }
        return p.identity ? p.inStart + min(offset, p.outEnd) - p.outStart : p.inEnd
    }

    struct Builder {
        var map = OffsetMap(pieces: [])
        var out = 0

        mutating func keep(inStart: Int, length: Int) {
            guard length > 0 else { return }
            if let last = map.pieces.last, last.identity, last.outEnd == out, last.inEnd == inStart {
                map.pieces[map.pieces.count - 1].outEnd += length
                map.pieces[map.pieces.count - 1].inEnd += length
            } else {
                map.pieces.append(Piece(outStart: out, outEnd: out + length, inStart: inStart,
                                        inEnd: inStart + length, identity: true))
            }
            out += length
        }

        mutating func replace(inStart: Int, inLength: Int, outLength: Int) {
            guard outLength > 0 else { return }
            map.pieces.append(Piece(outStart: out, outEnd: out + outLength, inStart: inStart,
                                    inEnd: inStart + inLength, identity: false))
            out += outLength
        }
    }
}
