/// Display widths in terminal cells, from the generated Unicode table (`WidthTable`).
///
/// The unit is the grapheme cluster (`Character`): 0, 1 or 2 cells. Per scalar the table
/// follows East Asian Width (W and F are 2), general category (marks and format
/// characters 0, controls never drawn) and emoji presentation, which is what glibc's
/// `wcwidth` does under a UTF-8 locale and therefore what ncursesw and xterm-like
/// terminals use to place a cell. Per cluster:
///
/// - A cluster that starts with a control (C0, C1, DEL, also CR LF) is 0 and never drawn.
/// - Emoji sequences are 2: an emoji followed by VS16 (U+FE0F), a ZWJ sequence, a skin
///   tone modifier, a keycap (U+20E3) or a pair of regional indicators (a flag).
///   **Where glibc and terminals disagree** we follow the terminals that measure whole
///   clusters (kitty, WezTerm, foot, the unicode-width crate): the ZWJ family 👨‍👩‍👧 is 2
///   (glibc sums its parts to 6) and ❤️ (U+2764 U+FE0F) is 2 (glibc 1). In a terminal that
///   draws ❤️ narrow this leaves a blank cell after it, which never shifts later columns;
///   the opposite choice would overlap the next character in terminals that draw it wide.
///   Curses cannot hold a ZWJ family in one cell anyway: see `cursesText(for:)`.
/// - A lone regional indicator is 1 (as glibc), VS15 (U+FE0E) does not narrow an emoji.
/// - Otherwise the widths of the scalars add up, as glibc's `wcswidth` adds them and a
///   terminal places them: combining marks, ZWJ/ZWNJ and Hangul medial vowels/finals add 0;
///   a consonant after a virama or a spacing mark (Thai sara am, Devanagari vowel signs)
///   adds 1, as the terminal gives it a cell of its own. So a conjunct cluster takes 3 or 4
///   cells (`क्षि` 3, `स्त्री` 4): capped at 2 it lost its last letters and pulled every
///   later column left. The sum stops at `maxClusterWidth` (only a crafted run of spacing
///   marks gets there); the painter then draws a placeholder as wide as the cells reserved.
public enum TextWidth {
    /// The most cells one cluster is given (what a cell of the grid can hold).
    public static let maxClusterWidth = 7

    /// Cells a grapheme cluster takes: 0 to `maxClusterWidth` (1 or 2 but for Indic conjuncts).
    @inline(__always)
    public static func width(of character: Character) -> Int {
        let utf8 = character.utf8
        if utf8.count == 1 {
            let b = utf8.first!
            return b < 0x20 || b == 0x7F ? 0 : 1
        }
        return clusterWidth(character.unicodeScalars)
    }

    /// Cells a string takes when drawn on one line (the sum of its clusters).
    public static func width(of text: String) -> Int {
        if let ascii = text.utf8.withContiguousStorageIfAvailable({ asciiWidth($0) }), let ascii { return ascii }
        var total = 0
        for c in text { total += width(of: c) }
        return total
    }

    /// Cells a substring takes when drawn on one line (the sum of its clusters).
    public static func width(of text: Substring) -> Int {
        if let ascii = text.utf8.withContiguousStorageIfAvailable({ asciiWidth($0) }), let ascii { return ascii }
        var total = 0
        for c in text { total += width(of: c) }
        return total
    }

    /// Cells any string-like text takes when drawn on one line (the sum of its clusters).
    public static func width<S: StringProtocol>(of text: S) -> Int {
        if let ascii = asciiWidth(text.utf8) { return ascii }
        var total = 0
        for c in text { total += width(of: c) }
        return total
    }

    /// Width of a single scalar as the table has it: 0, 1 or 2 (controls 0).
    /// This is the per-character answer to compare with `wcwidth`; clusters use `width(of:)`.
    public static func width(ofScalar scalar: Unicode.Scalar) -> Int {
        let w = WidthTable.lookup(scalar.value) & WidthTable.Class.widthMask
        return w == WidthTable.Class.control ? 0 : Int(w)
    }

    /// True for scalars that are never drawn: C0 and C1 controls and DEL (and surrogates).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        WidthTable.lookup(scalar.value) & WidthTable.Class.widthMask == WidthTable.Class.control
    }

    /// The Unicode version the width table was generated from.
    public static var unicodeVersion: String { WidthTable.unicodeVersion }

    /// Width of an all-ASCII UTF-8 view, or nil when it holds a non-ASCII byte.
    /// Control bytes count 0 (never drawn).
    @inline(__always)
    static func asciiWidth<U: Collection>(_ utf8: U) -> Int? where U.Element == UInt8 {
        var total = 0
        for b in utf8 {
            if b >= 0x80 { return nil }
            total &+= (b < 0x20 || b == 0x7F) ? 0 : 1
        }
        return total
    }

    /// The cluster rules above, over the scalars of one cluster.
    static func clusterWidth(_ scalars: Character.UnicodeScalarView) -> Int {
        var it = scalars.makeIterator()
        guard let first = it.next() else { return 0 }
        let c0 = WidthTable.lookup(first.value)
        let w0 = c0 & WidthTable.Class.widthMask
        if w0 == WidthTable.Class.control { return 0 }
        guard let second = it.next() else { return Int(w0) }

        if c0 & WidthTable.Class.regional != 0 {
            return WidthTable.lookup(second.value) & WidthTable.Class.regional != 0 ? 2 : 1
        }
        if c0 & (WidthTable.Class.emoji | WidthTable.Class.pictographic) != 0 {
            var s: Unicode.Scalar? = second
            while let scalar = s {
                switch scalar.value {
                case 0xFE0F, 0x200D, 0x20E3, 0x1F3FB...0x1F3FF: return 2
                default: s = it.next()
                }
            }
            return Int(w0)
        }
        var total = Int(w0)
        var s: Unicode.Scalar? = second
        while let scalar = s, total < maxClusterWidth {
            let w = WidthTable.lookup(scalar.value) & WidthTable.Class.widthMask
            if w != WidthTable.Class.control { total += Int(w) }
            s = it.next()
        }
        return min(total, maxClusterWidth)
    }

    /// What one curses cell can hold of `character`: curses keeps one spacing character
    /// and at most four following zero-width ones per cell and silently drops the rest
    /// (a seven-scalar ZWJ family keeps two), so a painter draws this instead of the
    /// cluster: the first scalar plus up to four zero-width marks after it, stopping at the
    /// next spacing scalar or ZWJ. A ZWJ family becomes its first person, a flag its first
    /// regional indicator. The painter still reserves `width(of: character)` cells, so
    /// columns never drift even when the terminal draws the fallback narrower.
    public static func cursesText(for character: Character) -> String {
        let scalars = character.unicodeScalars
        if scalars.count == 1 { return isControl(scalars.first!) ? "" : String(character) }
        var out = String.UnicodeScalarView()
        var marks = 0
        for (i, s) in scalars.enumerated() {
            if i == 0 {
                if isControl(s) { return "" }
                out.append(s)
                continue
            }
            let cls = WidthTable.lookup(s.value)
            if cls & WidthTable.Class.widthMask != 0 || s.value == 0x200D || marks == 4 { break }
            out.append(s)
            marks += 1
        }
        return String(out)
    }
}

extension WidthTable {
    /// Bit layout of the generated class bytes (must match scripts/gen-width-table).
    enum Class {
        static let widthMask: UInt8 = 0b11
        static let control: UInt8 = 3
        static let emoji: UInt8 = 1 << 2
        static let regional: UInt8 = 1 << 3
        static let pictographic: UInt8 = 1 << 4
        static let modifier: UInt8 = 1 << 5
        static let assigned: UInt8 = 1 << 6
        /// May share a grapheme cluster with a neighbouring scalar (marks, ZWJ, spacing
        /// marks, prepend, regional indicators, conjoining jamo).
        static let joins: UInt8 = 1 << 7
    }

    /// Class bytes of the Basic Multilingual Plane, expanded once from the runs for O(1)
    /// lookup of the scripts news is written in (64 KiB). A `static let` is initialised
    /// lazily and thread-safely by the runtime.
    static let bmp: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x10000)
        for i in runStarts.indices {
            let lo = Int(runStarts[i])
            if lo >= 0x10000 { break }
            let hi = i + 1 < runStarts.count ? min(Int(runStarts[i + 1]), 0x10000) : 0x10000
            for cp in lo..<hi { table[cp] = runClasses[i] }
        }
        return table
    }()

    /// Class byte of one scalar value.
    @inline(__always)
    static func lookup(_ value: UInt32) -> UInt8 {
        if value < 0x10000 { return bmp.withUnsafeBufferPointer { $0[Int(value)] } }
        return astral(value)
    }

    /// Binary search of the runs for scalars outside the BMP.
    static func astral(_ value: UInt32) -> UInt8 {
        runStarts.withUnsafeBufferPointer { starts in
            var lo = 0, hi = starts.count
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if starts[mid] <= value { lo = mid } else { hi = mid }
            }
            return runClasses[lo]
        }
    }
}
