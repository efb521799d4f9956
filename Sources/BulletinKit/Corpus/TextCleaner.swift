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

    /// White space for trimming: Unicode white space plus the invisible
    /// characters web copy-paste leaves at line ends (ZWSP, BOM).
    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0x0B || v == 0x0C }
        if v == 0x200B || v == 0xFEFF { return true }
        return s.properties.isWhitespace
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

    /// Collapses every run of white space into one ordinary space. No-break
    /// spaces count as spaces: in copied web text they stand between words
    /// where a plain space was meant, and would defeat search. A lone narrow
    /// no-break space (U+202F, French typography before `:;!?`) is kept.
    public static func collapseSpaces(_ text: String) -> String {
        var needs = false
        var prevSpace = false
        for s in text.unicodeScalars {
            let sp = isSpace(s)
            if sp && (prevSpace || (s.value != 0x20 && s.value != 0x202F)) { needs = true; break }
            prevSpace = sp
        }
        guard needs else { return text }
        var out = String.UnicodeScalarView()
        var runLength = 0
        var runFirst: Unicode.Scalar = " "
        for s in text.unicodeScalars {
            if isSpace(s) {
                if runLength == 0 { runFirst = s }
                runLength += 1
                continue
            }
            if runLength > 0 { out.append(runLength == 1 && runFirst.value == 0x202F ? runFirst : " ") }
            runLength = 0
            out.append(s)
        }
        if runLength > 0 { out.append(" ") }
        return String(out)
    }

    /// Every white-space run becomes one ordinary space (titles, one-line displays).
    public static func singleLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var inSpace = false
        for s in text.unicodeScalars {
            if isSpace(s) {
                if !inSpace { out.append(" ") }
                inSpace = true
            } else {
                out.append(s)
                inSpace = false
            }
        }
        return String(String(out).trimmingCharacters(in: .whitespaces))
    }

    /// NFC form of `text` (precomposed: Vietnamese typed with combining marks
    /// then matches text typed precomposed). Skips the work when no scalar can
    /// change under NFC, which is the case for most text.
    public static func nfc(_ text: String) -> String {
        guard mayNeedNFC(text) else { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// Conservative NFC quick check: false only when `text` is certainly NFC.
    /// A scalar can change under NFC only if it combines (non-zero combining
    /// class, or one of the few starters that compose with what precedes them)
    /// or has a singleton/excluded decomposition (NFC_QC=No).
    static func mayNeedNFC(_ text: String) -> Bool {
        for b in text.utf8 where b >= 0xCC {
            // Lead bytes < 0xCC encode scalars < U+0300: never affected.
            _ = b
            return slowNFCCheck(text)
        }
        return false
    }

    private static func slowNFCCheck(_ text: String) -> Bool {
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x300 { continue }
            if s.properties.canonicalCombiningClass != .notReordered { return true }
            switch v {
            case 0x340, 0x341, 0x343, 0x344, 0x374, 0x37E, 0x387,
                 0x958...0x95F, 0x9DC...0x9DF, 0xA33, 0xA36, 0xA59...0xA5E, 0xB5C...0xB5D,
                 0xF43, 0xF4D, 0xF52, 0xF57, 0xF5C, 0xF69, 0xF73, 0xF75, 0xF76, 0xF78, 0xF81,
                 0x1F71...0x1FFD, 0x2000...0x2001, 0x2126, 0x212A, 0x212B, 0x2329, 0x232A, 0x2ADC,
                 0xF900...0xFAFF, 0xFB1D...0xFB4E, 0x1D15E...0x1D1C0, 0x2F800...0x2FA1D:
                return true  // NFC_QC = No (singletons and composition exclusions)
            case 0x1161...0x1175, 0x11A8...0x11C2:  // Hangul jamo that compose with a preceding syllable
                return true
            case 0x9BE, 0x9D7, 0xB3E, 0xB56, 0xB57, 0xBBE, 0xBD7, 0xCC2, 0xCD5, 0xCD6, 0xD3E, 0xD57,
                 0xDCF, 0xDDF, 0x102E, 0x1B35:  // Indic/Myanmar/Balinese vowel signs with ccc 0 that compose
                return true
            default: continue
            }
        }
        return false
    }
}
