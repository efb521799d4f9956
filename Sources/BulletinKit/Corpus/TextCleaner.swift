import Foundation

/// Small, fast text clean-ups the parser applies to every line: terminal
/// control removal, white-space trimming and collapsing, NFC normalization.
///
/// Each function has an ASCII fast path: on a 100,000-file archive these run
/// on every line, and most lines need nothing done.
public enum TextCleaner {
    /// Removes ESC sequences (CSI, OSC, two-byte) and C0/C1 control characters
    /// other than tab and newline, so that nothing in an article can drive the
    /// terminal. The raw text keeps them; only derived fields are cleaned.
    public static func stripControls(_ text: String) -> String {
        guard needsControlStrip(text) else { return text }
        var out = String.UnicodeScalarView()
        var it = text.unicodeScalars.makeIterator()
        while let s = it.next() {
            let v = s.value
            if v == 0x1B {
                // ESC: swallow the sequence it starts.
                guard let next = it.next() else { break }
                switch next.value {
                case 0x5B: skipCSI(&it)  // ESC [
                case 0x5D, 0x50, 0x5F, 0x5E, 0x58: skipString(&it)  // OSC, DCS, APC, PM, SOS
                default: break  // two-character sequence: both dropped
                }
                continue
            }
            if v == 0x9B { skipCSI(&it); continue }
            if v == 0x9D || v == 0x90 || v == 0x9F || v == 0x9E || v == 0x98 { skipString(&it); continue }
            if v == 0x09 || v == 0x0A { out.append(s); continue }
            if v < 0x20 || (0x7F...0x9F).contains(v) { continue }
            out.append(s)
        }
        return String(out)
    }

    /// True when `text` holds a byte that `stripControls` would act on.
    @inline(__always)
    static func needsControlStrip(_ text: String) -> Bool {
        var prev: UInt8 = 0
        for b in text.utf8 {
            if b < 0x20, b != 0x09, b != 0x0A { return true }
            if b == 0x7F { return true }
            if prev == 0xC2, (0x80...0x9F).contains(b) { return true }
            prev = b
        }
        return false
    }

    private static func skipCSI(_ it: inout String.UnicodeScalarView.Iterator) {
        // Parameters and intermediates, then one final byte in 0x40...0x7E.
        while let s = it.next() {
            if (0x40...0x7E).contains(s.value) { return }
            if s.value < 0x20 || s.value > 0x7E { return }
        }
    }

    private static func skipString(_ it: inout String.UnicodeScalarView.Iterator) {
        // Ends at BEL, ST (ESC \) or C1 ST.
        while let s = it.next() {
            if s.value == 0x07 || s.value == 0x9C { return }
            if s.value == 0x1B { _ = it.next(); return }
        }
    }

    /// White space for trimming and collapsing: Unicode White_Space plus the
    /// invisible characters web copy-paste leaves between words (ZWSP, BOM).
    /// An explicit table: the property lookup is too slow for every character.
    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09...0x0D: return true
        case 0x21...0x7F: return false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// `text` without leading and trailing white space (NBSP included).
    public static func trim(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard isSpace(scalars[before]) else { break }
            end = before
        }
        return Substring(scalars[start..<end])
    }

    /// The bounds of `trim` of the valid UTF-8 bytes `start..<end` of `buf` (whole
    /// scalars): white space as `isSpace` defines it, told by `spaceLength` on the bytes.
    /// The parser trims every line of a file: through `Substring` scalar indices and a
    /// second copy of the line, that was a third of splitting a file into lines.
    static func trimmedBounds(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int) {
        var a = start, b = end
        while a < b {
            let n = spaceLength(buf, a)
            if n == 0 { break }
            a += n
        }
        while b > a {
            let last = buf[b - 1]
            if last < 0x80 {
                guard last == 0x20 || (0x09...0x0D).contains(last) else { break }
                b -= 1
                continue
            }
            // A multi-byte scalar: from its lead byte.
            var lead = b - 1
            while lead > a, buf[lead] & 0xC0 == 0x80 { lead -= 1 }
            guard spaceLength(buf, lead) == b - lead else { break }
            b = lead
        }
        return (a, b)
    }

    /// Collapses every run of white space into one ordinary space. No-break
    /// spaces count as spaces: in copied web text they stand between words
    /// where a plain space was meant, and would defeat search. A lone narrow
    /// no-break space (U+202F, French typography before `:;!?`) is kept, and so is
    /// a run of zero-width spaces alone (U+200B, U+FEFF between two letters: the
    /// source shows the words joined, so the reader must not show a space; search
    /// still reads them as a word boundary, as it read the space they became).
    public static func collapseSpaces(_ text: String) -> String {
        collapse(text, keepNarrowNBSP: true, trim: false)
    }

    /// Byte-level collapsing shared by `collapseSpaces` and `singleLine`.
    private static func collapse(_ text: String, keepNarrowNBSP: Bool, trim: Bool) -> String {
        var copy = text
        return copy.withUTF8 { buf -> String in
            // Fast path: nothing but single ASCII spaces between words.
            var needs = false
            var prevSpace = trim  // a leading space needs trimming
            var i = 0
            let base = UnsafeRawPointer(buf.baseAddress)
            while i < buf.count {
                // Eight ASCII bytes without controls at a time: they need
                // nothing unless two spaces touch (or a space follows one).
                // The same for eight bytes of any script none of which can start a space
                // but the ASCII space (the others start with a byte below 0x20, or the lead
                // bytes C2, E1, E2, E3, EF): Cyrillic, Arabic or CJK words, and the single
                // spaces between them, which sent most such text byte by byte.
                if let base, i + 8 <= buf.count {
                    let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if !SWAR.hasByteBelow0x20(w), !SWAR.hasNonASCII(w) || (!SWAR.hasByte(w, 0xC2) && !SWAR.hasByte(w, 0xE1)
                        && !SWAR.hasByte(w, 0xE2) && !SWAR.hasByte(w, 0xE3) && !SWAR.hasByte(w, 0xEF)) {
                        let spaces = SWAR.byteMask(w, 0x20)
                        if spaces & (spaces << 8) != 0 || (prevSpace && spaces & 0x80 != 0) {
                            needs = true
                            break
                        }
                        prevSpace = spaces >> 63 != 0
                        i += 8
                        continue
                    }
                }
                let c = buf[i]
                // The common case: a byte that cannot start a space (see `spaceLength`:
                // spaces start with an ASCII byte up to 0x20, or C2, E1, E2, E3, EF).
                if c > 0x20 && (c < 0xC2 || (c > 0xC2 && c < 0xE1) || (c > 0xE3 && c != 0xEF)) {
                    prevSpace = false
                    i += 1
                    continue
                }
                let n = spaceLength(buf, i)
                if n > 0 {
                    if prevSpace || buf[i] != 0x20 { needs = true; break }
                    prevSpace = true
                    i += n
                } else {
                    prevSpace = false
                    i += 1
                }
            }
            if !needs && !(trim && prevSpace) { return text }
            var out: [UInt8] = []
            out.reserveCapacity(buf.count)
            var runLength = 0
            var runIsNarrow = false
            // Where the run started, and whether it is made of zero-width spaces only (U+200B, U+FEFF).
            var runStart = 0
            var runIsInvisible = true
            /// The run as it goes out: a zero-width run as written (a word-break hint between two
            /// words the source shows joined: "a\u{200B}b" is "ab" on screen, not "a b"), else one space.
            func emitRun(upTo end: Int) {
                if runIsInvisible {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<end]))
                } else if runLength == 1 && runIsNarrow && keepNarrowNBSP {
                    out += [0xE2, 0x80, 0xAF]
                } else {
                    out.append(0x20)
                }
            }
            i = 0
            while i < buf.count {
                let n = spaceLength(buf, i)
                if n > 0 {
                    if runLength == 0 {
                        runIsNarrow = n == 3 && buf[i] == 0xE2 && buf[i + 1] == 0x80 && buf[i + 2] == 0xAF
                        runStart = i
                        runIsInvisible = true
                    }
                    if !isZeroWidthSpace(buf, i, n) { runIsInvisible = false }
                    runLength += 1
                    i += n
                    continue
                }
                if runLength > 0 && !(trim && out.isEmpty) { emitRun(upTo: i) }
                runLength = 0
                out.append(buf[i])
                i += 1
            }
            if runLength > 0 && !trim { emitRun(upTo: buf.count) }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether the white-space character of `n` bytes at `i` is one that takes no room: ZERO WIDTH
    /// SPACE (E2 80 8B) or the byte-order mark used as ZERO WIDTH NO-BREAK SPACE (EF BB BF). They
    /// count as white space for trimming and between real spaces, but a run of nothing else is kept
    /// as written (`collapseSpaces`, `singleLine`), for the display to draw in no cell.
    @inline(__always)
    static func isZeroWidthSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Bool {
        n == 3 && ((b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0x8B) || (b[i] == 0xEF && b[i + 1] == 0xBB && b[i + 2] == 0xBF))
    }

    /// Byte length of the white-space character (as `isSpace` defines it) at `i`, or 0.
    @inline(__always)
    static func spaceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return c == 0x20 || (0x09...0x0D).contains(c) ? 1 : 0 }
        let n = b.count
        switch c {
        case 0xC2:
            return i + 1 < n && (b[i + 1] == 0xA0 || b[i + 1] == 0x85) ? 2 : 0
        case 0xE1:
            return i + 2 < n && b[i + 1] == 0x9A && b[i + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard i + 2 < n else { return 0 }
            let (x, y) = (b[i + 1], b[i + 2])
            if x == 0x80 && ((0x80...0x8B).contains(y) || y == 0xA8 || y == 0xA9 || y == 0xAF) { return 3 }
            if x == 0x81 && y == 0x9F { return 3 }
            return 0
        case 0xE3:
            return i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x80 ? 3 : 0
        case 0xEF:
            return i + 2 < n && b[i + 1] == 0xBB && b[i + 2] == 0xBF ? 3 : 0
        default:
            return 0
        }
    }

    /// Every white-space run becomes one ordinary space, ends trimmed (titles, one-line displays).
    public static func singleLine(_ text: String) -> String {
        collapse(text, keepNarrowNBSP: false, trim: true)
    }

    /// NFC form of `text` (precomposed: Vietnamese typed with combining marks
    /// then matches text typed precomposed). Skips the work when no scalar can
    /// change under NFC, which is the case for most text.
    public static func nfc(_ text: String) -> String {
        guard mayNeedNFC(text) else { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// Conservative NFC quick check: false only when `text` is certainly NFC.
    ///
    /// A scalar can change under NFC only if it has a singleton or excluded
    /// decomposition (NFC_QC=No), or it is a combining mark that either
    /// composes with what precedes it or stands out of canonical order.
    /// Arabic harakat and Hebrew points never compose (except U+0653–U+0655),
    /// so pointed Arabic in canonical order skips the costly normalization.
    static func mayNeedNFC(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { buf in
            var previousClass: UInt8 = 0
            var i = 0
            let n = buf.count
            let base = UnsafeRawPointer(buf.baseAddress)
            while i < n {
                // Eight bytes at a time while each is one the byte test below
                // passes (ASCII, Latin, basic Cyrillic, CJK ideographs) or part of
                // a scalar `quickPassLength` passes (Arabic and Vietnamese letters):
                // any eight bytes hold a lead or ASCII byte of a scalar of class 0,
                // and they end with such a scalar or within one.
                if let base, i + 8 <= n, SWAR.allNFCQuickScalars(base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    previousClass = 0
                    i += 8
                    continue
                }
                let b = buf[i]
                // Bytes below 0xCC (ASCII, continuation bytes, scalars < U+0300), basic
                // Cyrillic (D0, D1) and CJK ideographs (E4–E9) never change under NFC.
                if b < 0xCC || b == 0xD0 || b == 0xD1 || (b >= 0xE4 && b <= 0xE9) {
                    if b < 0x80 || b >= 0xC0 { previousClass = 0 }
                    i += 1
                    continue
                }
                // Whole scalars of the common blocks `scalarMayChange` passes, told by their bytes.
                let passed = quickPassLength(buf, i)
                if passed > 0 {
                    previousClass = 0
                    i += passed
                    continue
                }
                // Decode the scalar and judge it.
                var v: UInt32
                var len: Int
                switch b {
                case 0xC0...0xDF: v = UInt32(b & 0x1F); len = 2
                case 0xE0...0xEF: v = UInt32(b & 0x0F); len = 3
                default: v = UInt32(b & 0x07); len = 4
                }
                guard i + len <= n else { return true }
                for k in 1..<len { v = v << 6 | UInt32(buf[i + k] & 0x3F) }
                i += len
                guard let scalar = Unicode.Scalar(v) else { return true }
                if scalarMayChange(scalar, previousClass: &previousClass) { return true }
            }
            return false
        }
    }

    /// The byte length of the scalar at `i` when it is one that `scalarMayChange` passes at
    /// once (a base character of a block without combining marks or NFC_QC=No characters,
    /// after which the previous class is 0), else 0: Arabic letters U+0621–U+064A (D8 A1…D9 8A),
    /// Latin Extended Additional U+1E00–U+1EFF (E1 B8…E1 BB: Vietnamese letters with tones),
    /// punctuation U+2002–U+203F (E2 80 82…E2 80 BF: quotes, dashes). Arabic and Vietnamese text
    /// was decoded and judged letter by letter: 17 instructions a byte of the generated corpus,
    /// the parser's largest cost.
    @inline(__always)
    static func quickPassLength(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let n = buf.count
        guard i + 1 < n else { return 0 }
        let b = buf[i], c = buf[i + 1]
        switch b {
        case 0xD8: return c >= 0xA1 ? 2 : 0
        case 0xD9: return c <= 0x8A ? 2 : 0
        case 0xE1: return c >= 0xB8 && c <= 0xBB && i + 2 < n ? 3 : 0
        case 0xE2: return c == 0x80 && i + 2 < n && buf[i + 2] >= 0x82 ? 3 : 0
        default: return 0
        }
    }

    /// Whether `s`, following a mark of class `previousClass`, can change under NFC.
    @inline(__always)
    private static func scalarMayChange(_ s: Unicode.Scalar, previousClass: inout UInt8) -> Bool {
        let v = s.value
        if v < 0x300 { previousClass = 0; return false }
        switch v {
        // Large blocks with no combining marks and no NFC_QC=No characters: skip the lookup.
        case 0x400...0x482, 0x48A...0x52F, 0x621...0x64A, 0x671...0x6D3, 0x1E00...0x1EFF,
             0x2002...0x20CF, 0x2100...0x2125, 0x212C...0x2328, 0x3000...0x3029, 0x3030...0x3096, 0x30A1...0x30FA,
             0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF60:
            previousClass = 0
            return false
        // Marks that compose with a preceding character.
        case 0x300...0x36F, 0x653...0x655, 0x93C, 0x9BC, 0x9BE, 0x9D7, 0xB3C, 0xB3E, 0xB56, 0xB57, 0xBBE, 0xBD7,
             0xC56, 0xCC2, 0xCD5, 0xCD6, 0xD3E, 0xD57, 0xDCA, 0xDCF, 0xDDF, 0x102E, 0x1B35, 0x1DC0...0x1DFF,
             0x20D0...0x20FF, 0x3099, 0x309A, 0x1161...0x1175, 0x11A8...0x11C2,
             // (Kaithi, Chakma, Grantha, Tirhuta, Siddham, Dives Akuru: every other scalar that some canonical
             // decomposition holds after its first, checked over all of Unicode by a test.)
             0x110BA, 0x11127, 0x1133E, 0x11357, 0x114B0, 0x114BA, 0x114BD, 0x115AF, 0x11930:
            return true
        // NFC_QC = No: singletons and composition exclusions.
        case 0x340, 0x341, 0x343, 0x344, 0x374, 0x37E, 0x387,
             0x958...0x95F, 0x9DC...0x9DF, 0xA33, 0xA36, 0xA59...0xA5E, 0xB5C...0xB5D,
             0xF43, 0xF4D, 0xF52, 0xF57, 0xF5C, 0xF69, 0xF73, 0xF75, 0xF76, 0xF78, 0xF81,
             0xF93, 0xF9D, 0xFA2, 0xFA7, 0xFAC, 0xFB9,
             0x1F71...0x1FFD, 0x2000...0x2001, 0x2126, 0x212A, 0x212B, 0x2329, 0x232A, 0x2ADC,
             0xF900...0xFAFF, 0xFB1D...0xFB4E, 0x1D15E...0x1D1C0, 0x2F800...0x2FA1D:
            return true
        default:
            let ccc = s.properties.canonicalCombiningClass.rawValue
            // Marks out of canonical order get reordered.
            if ccc != 0 && ccc < previousClass { return true }
            previousClass = ccc
            return false
        }
    }
}
