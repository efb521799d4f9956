extension TextLayout {
    /// Lays out `text` (paragraphs separated by newlines) into lines no wider than
    /// `options.width`, cells in visual order.
    ///
    /// The text is made terminal-safe first (`TerminalSafe`), then each paragraph is
    /// wrapped in logical order at UAX #14 line-break opportunities (ICU, with an ASCII
    /// fast path), never inside a grapheme cluster; a token wider than the line (a URL) is
    /// broken between clusters; spaces at the end of a wrapped line are dropped; blank lines
    /// are kept as empty lines. With `options.shaping`, Arabic letters take their
    /// contextual presentation forms; with `options.bidi`, each line of a paragraph that
    /// holds right-to-left text is reordered per UAX #9 (L1–L2, mirrored brackets) and
    /// marked `isRTL` when the paragraph runs right to left.
    ///
    /// Every cell's `source` is the UTF-16 range of `text` it shows, so callers can map
    /// entity mentions and search matches onto wrapped, reordered lines.
    public static func layout(_ text: String, options: LayoutOptions) -> [DisplayLine] {
        LayoutEngine(options: options).layout(text)
    }
}

/// One `layout` call: the options, the ICU handles (opened on first need and reused for
/// every paragraph), scratch buffers and the lines produced so far. A struct, so that the
/// hot loops read its buffers without dynamic exclusivity checks.
struct LayoutEngine {
    let width: Int
    let options: LayoutOptions
    private(set) var lines: [DisplayLine] = []
    private var map = OffsetMap.identity
    private lazy var breaker = ICU.LineBreaker()
    private lazy var bidi = ICU.Bidi()
    private var levelBuffer: [UInt8] = []
    private var asciiAllowed: [Bool] = []
    private var asciiClasses: [AsciiBreaks.LineClass] = []
    private var asciiInNumber: [Bool] = []

    /// Whether all-ASCII paragraphs take the fast path (tests turn it off to compare).
    let asciiFastPath: Bool

    init(options: LayoutOptions, asciiFastPath: Bool = true) {
        self.options = options
        self.width = max(1, options.width)
        self.asciiFastPath = asciiFastPath
    }

    /// Lays out `text` (the engine itself is left unchanged).
    func layout(_ text: String) -> [DisplayLine] {
        var engine = self
        return engine.run(text)
    }

    private mutating func run(_ text: String) -> [DisplayLine] {
        let safe = TerminalSafe.sanitizeMapped(text)
        map = safe.map
        var s = safe.text
        s.withUTF8 { bytes in
            let n = bytes.count
            var start = 0
            var base = 0 // UTF-16 offset of the paragraph in the safe text
            while true {
                var end = start
                var ascii = true
                var units = 0
                while end < n, bytes[end] != 0x0A {
                    let b = bytes[end]
                    if b >= 0x80 {
                        ascii = false
                        units += TerminalSafe.utf16Units(leadByte: b)
                    } else {
                        units += 1
                    }
                    end += 1
                }
                let paragraph = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if ascii && asciiFastPath && (options.direction == .auto || options.direction == .ltr) {
                    asciiParagraph(paragraph, base: base)
                } else {
                    generalParagraph(paragraph, base: base)
                }
                base += units + 1
                if end >= n { break }
                start = end + 1
            }
        }
        return lines
    }

    /// The original range of `text` shown by a range of the safe text.
    @inline(__always)
    private func source(_ lo: Int, _ hi: Int) -> Range<Int> {
        map.isIdentity ? lo..<hi : map.original(lo..<hi)
    }

    // MARK: ASCII fast path

    /// Single-byte strings for the ASCII cells (small strings: copying one costs nothing).
    private static let asciiStrings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// A paragraph of printable ASCII: one cell per byte, break opportunities from
    /// `AsciiBreaks` (the subset of UAX #14 that ASCII prose needs).
    private mutating func asciiParagraph(_ b: UnsafeBufferPointer<UInt8>, base: Int) {
        let n = b.count
        if n == 0 {
            lines.append(DisplayLine(cells: []))
            return
        }
        AsciiBreaks.opportunities(b, into: &asciiAllowed, classes: &asciiClasses, inNumber: &asciiInNumber)
        let firstLine = lines.count
        defer { if lines.count == firstLine { lines.append(DisplayLine(cells: [])) } } // all spaces
        var start = 0
        while start < n {
            let limit = start + width
            if limit >= n {
                emitASCII(b, start, n, base: base)
                break
            }
            if b[limit] == 0x20 {
                // The line is full and spaces follow: they hang, and the next line starts
                // after them if a line may start there (not before "!" or "/", LB13).
                var k = limit
                while k < n, b[k] == 0x20 { k += 1 }
                if k == n || asciiAllowed[k] {
                    if hasVisible(b, start, limit) { emitASCII(b, start, limit, base: base) }
                    start = k
                    continue
                }
            }
            var k = limit
            while k > start, !asciiAllowed[k] { k -= 1 }
            if k == start || !hasVisible(b, start, k) {
                if b[start] == 0x20 {
                    // Leading spaces that do not fit with the first word are dropped.
                    while start < n, b[start] == 0x20 { start += 1 }
                    continue
                }
                k = limit // hard break a long token
            }
            emitASCII(b, start, k, base: base)
            start = k
            // Spaces inside a broken token hang at the end of the line, never start one.
            while start < n, b[start] == 0x20 { start += 1 }
        }
    }

    private func hasVisible(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        var i = lo
        while i < hi { if b[i] != 0x20 { return true }; i += 1 }
        return false
    }

    private mutating func emitASCII(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, base: Int) {
        var end = hi
        while end > lo, b[end - 1] == 0x20 { end -= 1 }
        let identity = map.isIdentity
        let cells = Self.asciiStrings.withUnsafeBufferPointer { strings in
            [DisplayCell](unsafeUninitializedCapacity: end - lo) { buffer, count in
                for i in lo..<end {
                    let o = base + i
                    let range = identity ? o..<(o + 1) : map.original(o..<(o + 1))
                    (buffer.baseAddress! + (i - lo)).initialize(to: DisplayCell(text: strings[Int(b[i])], width: 1, source: range))
                }
                count = end - lo
            }
        }
        lines.append(DisplayLine(cells: cells))
    }

    // MARK: General path

    /// Per-paragraph buffers, reused from one paragraph to the next.
    private var units: [UInt16] = []          // the paragraph in UTF-16 (for ICU)
    private var clusterU8: [Int32] = []       // cluster starts in the paragraph's UTF-8, plus the end
    private var clusterU16: [Int32] = []      // cluster starts in its UTF-16, plus the end
    private var widths: [UInt8] = []
    private var isSpace: [Bool] = []
    private var breakBefore: [Bool] = []
    private var clusterCount = 0
    private var unitsCount = 0

    /// Splits the paragraph into clusters. Text where no scalar can join a neighbour
    /// (most Chinese, Russian, NFC Vietnamese, Arabic without harakat) is one cluster per
    /// scalar, read straight from the UTF-8; otherwise Swift's grapheme breaking decides.
    private mutating func clusterize(_ p: UnsafeBufferPointer<UInt8>) {
        let n = p.count
        // Room for the worst case (one cluster per byte, two UTF-16 units per 4 bytes), so
        // the loop writes through pointers without growth or uniqueness checks.
        if units.count < n { units = [UInt16](repeating: 0, count: n) }
        if clusterU8.count < n + 1 {
            clusterU8 = [Int32](repeating: 0, count: n + 1)
            clusterU16 = [Int32](repeating: 0, count: n + 1)
            widths = [UInt8](repeating: 0, count: n + 1)
            isSpace = [Bool](repeating: false, count: n + 1)
        }
        var unitCount = 0
        var clusters = 0
        let bmp = WidthTable.bmp // one lazy-initialisation check, not one per scalar
        let simple = bmp.withUnsafeBufferPointer { bmp in units.withUnsafeMutableBufferPointer { units in
            clusterU8.withUnsafeMutableBufferPointer { u8 in
                clusterU16.withUnsafeMutableBufferPointer { u16 in
                    widths.withUnsafeMutableBufferPointer { widths in
                        isSpace.withUnsafeMutableBufferPointer { isSpace in
                            var simple = true
                            var i = 0
                            while i < n {
                                let b0 = UInt32(p[i])
                                var scalar: UInt32
                                var length: Int
                                if b0 < 0x80 {
                                    scalar = b0; length = 1
                                } else if b0 < 0xE0 {
                                    scalar = (b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F); length = 2
                                } else if b0 < 0xF0 {
                                    scalar = (b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F); length = 3
                                } else {
                                    scalar = (b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
                                        | UInt32(p[i + 3] & 0x3F)
                                    length = 4
                                }
                                if simple {
                                    let cls = scalar < 0x10000 ? bmp[Int(scalar)] : WidthTable.astral(scalar)
                                    if cls & WidthTable.Class.joins != 0 {
                                        simple = false
                                    } else {
                                        u8[clusters] = Int32(i)
                                        u16[clusters] = Int32(unitCount)
                                        let w = cls & WidthTable.Class.widthMask
                                        widths[clusters] = w == WidthTable.Class.control ? 0 : w
                                        isSpace[clusters] = scalar == 0x20
                                        clusters += 1
                                    }
                                }
                                if scalar < 0x10000 {
                                    units[unitCount] = UInt16(truncatingIfNeeded: scalar)
                                    unitCount += 1
                                } else {
                                    units[unitCount] = UInt16(truncatingIfNeeded: 0xD800 + ((scalar - 0x10000) >> 10))
                                    units[unitCount + 1] = UInt16(truncatingIfNeeded: 0xDC00 + ((scalar - 0x10000) & 0x3FF))
                                    unitCount += 2
                                }
                                i += length
                            }
                            return simple
                        }
                    }
                }
            }
        } }
        if !simple {
            clusters = 0
            var u8 = 0, u16 = 0
            for c in String(decoding: p, as: UTF8.self) {
                clusterU8[clusters] = Int32(u8)
                clusterU16[clusters] = Int32(u16)
                widths[clusters] = UInt8(TextWidth.width(of: c))
                isSpace[clusters] = c == " "
                clusters += 1
                u8 += c.utf8.count
                u16 += c.utf16.count
            }
        }
        clusterU8[clusters] = Int32(n)
        clusterU16[clusters] = Int32(unitCount)
        clusterCount = clusters
        unitsCount = unitCount
    }

    private mutating func generalParagraph(_ p: UnsafeBufferPointer<UInt8>, base: Int) {
        if p.isEmpty {
            lines.append(DisplayLine(cells: []))
            return
        }
        clusterize(p)
        let count = clusterCount
        let unitSlice = units[0..<unitsCount]

        // Break opportunities before cluster i, from ICU (UTF-16 offsets).
        breakBefore.removeAll(keepingCapacity: true)
        breakBefore.append(contentsOf: repeatElement(false, count: count + 1))
        let lineBreaker = breaker
        let breaks = unitSlice.withUnsafeBufferPointer { lineBreaker.breaks($0) }
        var ci = 0
        for p in breaks {
            while ci < count && clusterU16[ci] < p { ci += 1 }
            if clusterU16[ci] == p { breakBefore[ci] = true }
        }
        breakBefore[count] = true

        let ranges = wrap(count)

        let rtlScan = options.bidi && (options.direction == .rtl || options.direction == .autoRTL || Self.hasRightToLeft(unitSlice))
        var paragraphRTL = false
        var bidiReady = false
        if rtlScan {
            let resolver = bidi
            let direction = options.direction
            if let rtl = unitSlice.withUnsafeBufferPointer({ resolver.setParagraph($0, direction: direction) }) {
                paragraphRTL = rtl
                bidiReady = true
            }
        }
        let shape = options.shaping && Self.hasArabic(unitSlice)

        for range in ranges {
            var lo = range.lowerBound, hi = range.upperBound
            while hi > lo, isSpace[hi - 1] || widths[hi - 1] == 0 { hi -= 1 }
            while lo < hi, widths[lo] == 0 { lo += 1 }
            guard lo < hi else {
                lines.append(DisplayLine(cells: [], isRTL: paragraphRTL))
                continue
            }
            let lineUnits = Int(clusterU16[lo])..<Int(clusterU16[hi])
            var cells: [DisplayCell] = []
            cells.reserveCapacity(hi - lo)
            var firstUnit: [Int] = [] // per cell, the paragraph offset of its first unit (bidi only)
            if bidiReady { firstUnit.reserveCapacity(hi - lo) }
            let shaped = shape ? Self.shapeLine(unitSlice, lineUnits) : nil
            for k in lo..<hi {
                let w = Int(widths[k])
                if w == 0 { continue } // format characters and stray marks: not drawn
                let s = Int(clusterU16[k]), e = Int(clusterU16[k + 1])
                var text: String
                if let shaped {
                    let piece = shaped.text(s - lineUnits.lowerBound, e - lineUnits.lowerBound)
                    if piece.absorbed, !cells.isEmpty {
                        // The alef of a lam-alef ligature: drawn by the previous cell.
                        cells[cells.count - 1].text += piece.text
                        let prev = cells[cells.count - 1].source!
                        cells[cells.count - 1].source = prev.lowerBound..<source(base + s, base + e).upperBound
                        continue
                    }
                    text = piece.text
                } else {
                    text = String(decoding: UnsafeBufferPointer(rebasing: p[Int(clusterU8[k])..<Int(clusterU8[k + 1])]), as: UTF8.self)
                }
                var cw = w
                if w > width {
                    text = "…" // a wide cluster in a one-cell box
                    cw = 1
                }
                cells.append(DisplayCell(text: text, width: cw, source: source(base + s, base + e)))
                if bidiReady { firstUnit.append(s) }
            }
            if bidiReady {
                reorder(&cells, firstUnit: firstUnit, lineUnits: lineUnits)
            }
            lines.append(DisplayLine(cells: cells, isRTL: paragraphRTL))
        }
    }

    /// Greedy wrap of the paragraph's `count` clusters into line ranges (trailing spaces
    /// included; the caller trims them). A segment runs from one break opportunity to the
    /// next; spaces at its end hang past the width, a segment wider than the line is
    /// broken between clusters.
    private func wrap(_ n: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var lineStart = 0
        var used = 0        // cells taken, trailing spaces included
        var content = 0     // cells taken by anything but spaces
        var segStart = 0
        while segStart < n {
            var segEnd = segStart + 1
            while !breakBefore[segEnd] { segEnd += 1 }
            var contentEnd = segEnd
            var spaces = 0
            while contentEnd > segStart, isSpace[contentEnd - 1] || widths[contentEnd - 1] == 0 {
                if isSpace[contentEnd - 1] { spaces += 1 }
                contentEnd -= 1
            }
            var contentWidth = 0
            for k in segStart..<contentEnd { contentWidth += Int(widths[k]) }

            if contentWidth > 0 && used + contentWidth > width {
                if content > 0 {
                    result.append(lineStart..<segStart)
                }
                // A line of nothing but leading spaces is dropped with its spaces.
                lineStart = segStart
                used = 0
                content = 0
            }
            if contentWidth == 0 || used + contentWidth <= width {
                used += contentWidth
                content += contentWidth
            } else {
                // A token wider than the line: break it between clusters.
                for k in segStart..<contentEnd {
                    if isSpace[k] {
                        // Spaces inside the token hang at the end of a line and never
                        // start one.
                        if content == 0 { lineStart = k + 1 } else { used += 1 }
                        continue
                    }
                    let w = min(Int(widths[k]), width)
                    if w > 0 && used + w > width && content > 0 {
                        result.append(lineStart..<k)
                        lineStart = k
                        used = 0
                        content = 0
                    }
                    used += w
                    content += w
                }
            }
            used += spaces
            segStart = segEnd
        }
        result.append(lineStart..<n)
        return result
    }

    /// Rules L1–L2 (and L4 mirroring) for one line: levels from ICU for the line's units,
    /// one level per cell (its first unit), cells reordered by ICU's `reorderVisual`.
    private mutating func reorder(_ cells: inout [DisplayCell], firstUnit: [Int], lineUnits: Range<Int>) {
        let resolver = bidi
        guard resolver.lineLevels(lineUnits, into: &levelBuffer) else { return }
        var levels = [UInt8](repeating: 0, count: cells.count)
        var anyRaised = false
        for (i, u) in firstUnit.enumerated() {
            levels[i] = levelBuffer[u - lineUnits.lowerBound]
            anyRaised = anyRaised || levels[i] != 0
        }
        guard anyRaised else { return }
        let order = ICU.Bidi.visualOrder(levels: levels)
        let logical = cells
        for (v, l) in order.enumerated() {
            var cell = logical[l]
            if levels[l] & 1 == 1 {
                var scalars = cell.text.unicodeScalars.makeIterator()
                if let s = scalars.next(), scalars.next() == nil, Self.mayMirror(s.value) {
                    let m = ICU.Bidi.mirror(s)
                    if m != s { cell.text = String(Character(m)) }
                }
            }
            cells[v] = cell
        }
    }

    /// Cheap filter before asking ICU for a mirrored glyph: only these ranges hold
    /// Bidi_Mirrored characters (brackets, quotes, math), never letters.
    @inline(__always)
    static func mayMirror(_ v: UInt32) -> Bool {
        switch v {
        case 0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0xAB, 0xBB, 0x0F3A...0x0F3D, 0x169B, 0x169C, 0x2000...0x2BFF,
             0x2E00...0x2E7F, 0x3008...0x301F, 0xFE59...0xFE5E, 0xFE64, 0xFE65, 0xFF08, 0xFF09, 0xFF1C, 0xFF1E, 0xFF3B,
             0xFF3D, 0xFF5B, 0xFF5D, 0xFF5F, 0xFF60, 0xFF62, 0xFF63, 0x1D6DB...0x1D7C3:
            return true
        default:
            return false
        }
    }

    // MARK: Script checks

    /// True when the paragraph holds a character of a right-to-left script (or RLM):
    /// only those paragraphs go through the bidi algorithm.
    static func hasRightToLeft(_ units: ArraySlice<UInt16>) -> Bool {
        for u in units {
            switch u {
            case 0x0590...0x08FF, 0x200F, 0xFB1D...0xFDFF, 0xFE70...0xFEFF,
                 0xD802, 0xD803, 0xD83A, 0xD83B: // 10800–10FFF, 1E800–1EFFF
                return true
            default: continue
            }
        }
        return false
    }

    static func hasArabic(_ units: ArraySlice<UInt16>) -> Bool {
        units.contains { (0x0620...0x06FF).contains($0) || (0x0750...0x077F).contains($0) || (0x08A0...0x08FF).contains($0) }
    }

    // MARK: Shaping

    /// The shaped units of one line, aligned with its logical units.
    struct ShapedLine {
        /// Unit to draw for each input unit.
        var units: [UInt16]
        /// Input units drawn by a preceding lam-alef ligature.
        var absorbed: [Bool]

        /// Text for input units [lo, hi) of the line; `absorbed` when its first unit is
        /// the alef of a ligature drawn by the previous cell.
        func text(_ lo: Int, _ hi: Int) -> (text: String, absorbed: Bool) {
            if hi - lo == 1, !absorbed[lo] {
                let u = units[lo]
                // The common case: one letter, most often a presentation form.
                if u >= 0xFB50 && u < 0xFF00 { return (LayoutEngine.presentationForms[Int(u - 0xFB50)], false) }
                if let scalar = Unicode.Scalar(u) { return (String(Character(scalar)), false) }
            }
            var out = String.UnicodeScalarView()
            var i = lo
            while i < hi {
                let u = units[i]
                if absorbed[i] { i += 1; continue }
                if UTF16.isLeadSurrogate(u), i + 1 < hi {
                    let value = 0x10000 + (UInt32(u - 0xD800) << 10) + UInt32(units[i + 1] - 0xDC00)
                    if let s = Unicode.Scalar(value) { out.append(s) }
                    i += 2
                } else {
                    if let s = Unicode.Scalar(u) { out.append(s) }
                    i += 1
                }
            }
            return (String(out), absorbed[lo])
        }
    }

    /// Strings of U+FB50–U+FEFF (Arabic presentation forms), made once: shaping
    /// turns nearly every Arabic letter into one of them.
    static let presentationForms: [String] = (0xFB50..<0xFF00).map { String(Character(Unicode.Scalar(UInt32($0))!)) }

    /// Shapes the line `range` of `units` with `u_shapeArabic` and aligns the result with
    /// the input: letters take their presentation forms, harakat and everything else stay
    /// as they were (ICU would turn harakat into spacing forms), and a lam-alef ligature
    /// stands for the lam while the alef is marked absorbed. Nil when the result cannot be
    /// aligned (the line is then drawn unshaped).
    static func shapeLine(_ units: ArraySlice<UInt16>, _ range: Range<Int>) -> ShapedLine? {
        let input = Array(units[range])
        guard let out = ICU.shapeArabic(input) else { return nil }
        let n = input.count
        var result = ShapedLine(units: input, absorbed: [Bool](repeating: false, count: n))
        var i = 0, j = 0
        while i < n {
            guard j < n else { return nil }
            let u = input[i]
            if u == 0x0644, (0xFEF5...0xFEFC).contains(out[j]) {
                var k = i + 1
                while k < n, isArabicMark(input[k]) { k += 1 }
                guard k < n, [0x0622, 0x0623, 0x0625, 0x0627].contains(input[k]) else { return nil }
                result.units[i] = out[j]
                result.absorbed[k] = true
                j += 1 + (k - i - 1)
                i = k + 1
                continue
            }
            if isArabicLetter(u) {
                let o = out[j]
                guard o == u || (0xFB50...0xFEFC).contains(o) else { return nil }
                result.units[i] = o
            }
            i += 1
            j += 1
        }
        return result
    }

    @inline(__always)
    static func isArabicMark(_ u: UInt16) -> Bool {
        (0x064B...0x065F).contains(u) || u == 0x0670 || (0x06D6...0x06ED).contains(u) || (0x0610...0x061A).contains(u)
    }

    @inline(__always)
    static func isArabicLetter(_ u: UInt16) -> Bool {
        ((0x0620...0x06FF).contains(u) || (0x0750...0x077F).contains(u) || (0x08A0...0x08FF).contains(u)) && !isArabicMark(u)
    }
}

/// UAX #14 line-break opportunities for printable ASCII, so that English paragraphs skip
/// ICU (several times faster). Every ASCII character has one line-break class; the rules
/// that involve those classes are applied in one pass. A test compares the result with
/// ICU on random ASCII text.
enum AsciiBreaks {
    enum LineClass: UInt8 {
        case al, nu, sp, op, cl, cp, qu, ex, `is`, sy, hy, pr, po, ba
    }

    /// Line-break class of each ASCII byte (LineBreak.txt; controls never reach here).
    static let classes: [LineClass] = (0..<128).map { (b: Int) -> LineClass in
        switch UInt8(b) {
        case 0x20: .sp
        case UInt8(ascii: "!"), UInt8(ascii: "?"): .ex
        case UInt8(ascii: "\""), UInt8(ascii: "'"): .qu
        case UInt8(ascii: "$"), UInt8(ascii: "+"), UInt8(ascii: "\\"): .pr
        case UInt8(ascii: "%"): .po
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): .op
        case UInt8(ascii: ")"), UInt8(ascii: "]"): .cp
        case UInt8(ascii: "}"): .cl
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ";"): .is
        case UInt8(ascii: "-"): .hy
        case UInt8(ascii: "/"): .sy
        case UInt8(ascii: "|"), 0x09: .ba
        case UInt8(ascii: "0")...UInt8(ascii: "9"): .nu
        default: .al
        }
    }

    /// `allowed[k]`: may a line start at byte k (0 < k < count)? `allowed[0]` is false.
    static func opportunities(_ b: UnsafeBufferPointer<UInt8>, into allowed: inout [Bool]) {
        var cls: [LineClass] = []
        var inNumber: [Bool] = []
        opportunities(b, into: &allowed, classes: &cls, inNumber: &inNumber)
    }

    /// `opportunities(_:into:)` with scratch buffers the caller keeps between paragraphs.
    static func opportunities(_ b: UnsafeBufferPointer<UInt8>, into allowed: inout [Bool],
                              classes cls: inout [LineClass], inNumber: inout [Bool]) {
        let n = b.count
        if allowed.count < n + 1 { allowed = [Bool](repeating: false, count: n + 1) }
        guard n > 0 else { return }
        if cls.count < n { cls = [LineClass](repeating: .al, count: n) }
        if inNumber.count < n + 1 { inNumber = [Bool](repeating: false, count: n + 1) }
        allowed.withUnsafeMutableBufferPointer { allowed in
            cls.withUnsafeMutableBufferPointer { cls in
                inNumber.withUnsafeMutableBufferPointer { inNumber in
                    Self.classes.withUnsafeBufferPointer { table in
                        fill(b, allowed, cls, inNumber, table)
                    }
                }
            }
        }
    }

    /// The pass itself, over raw buffers (this runs for every byte of English text).
    private static func fill(_ b: UnsafeBufferPointer<UInt8>, _ allowed: UnsafeMutableBufferPointer<Bool>,
                             _ cls: UnsafeMutableBufferPointer<LineClass>, _ inNumber: UnsafeMutableBufferPointer<Bool>,
                             _ table: UnsafeBufferPointer<LineClass>) {
        let n = b.count
        var hasDigit = false
        for i in 0..<n {
            let c = table[Int(b[i] & 0x7F)]
            cls[i] = c
            hasDigit = hasDigit || c == .nu
        }
        for k in 0...n { inNumber[k] = false }
        // Inside a number (LB25 in the regex form ICU uses):
        // (PR|PO)? (OP|HY)? IS? NU (NU|SY|IS)* (CL|CP)? (PR|PO)? stays together. ICU's rules
        // chain, so a match may start at any character, also inside an earlier one.
        // inNumber[k]: LB25 forbids a break before k.
        var reach = 0 // breaks before `reach` already marked
        for i in 0..<(hasDigit ? n : 0) {
            switch cls[i] {
            case .pr, .po, .op, .hy, .is, .nu: break
            default: continue
            }
            var j = i
            if cls[j] == .pr || cls[j] == .po { j += 1 }
            if j < n, cls[j] == .op || cls[j] == .hy { j += 1 }
            if j < n, cls[j] == .is { j += 1 }
            guard j < n, cls[j] == .nu else { continue }
            j += 1
            while j < n, cls[j] == .nu || cls[j] == .sy || cls[j] == .is { j += 1 }
            if j < n, cls[j] == .cl || cls[j] == .cp { j += 1 }
            if j < n, cls[j] == .pr || cls[j] == .po { j += 1 }
            if j > reach {
                for k in max(i + 1, reach)..<j { inNumber[k] = true }
                reach = j
            }
        }
        allowed[0] = false
        var lastNonSpace = LineClass.al // class before the current run of spaces
        var afterOpen = false            // lastNonSpace is OP (LB14)
        for k in 1..<n {
            let p = cls[k - 1], c = cls[k]
            if p != .sp {
                lastNonSpace = p
                afterOpen = p == .op
            }
            // The common pairs first: inside a word, before a space, after a space.
            if c == .sp || (p == .al && c == .al) {
                allowed[k] = false
                continue
            }
            if p == .sp && c == .al {
                allowed[k] = !afterOpen
                continue
            }
            // LB20a: no break after a hyphen that starts a word ("-based" after a space).
            let wordHyphen = p == .hy && c == .al && (k == 1 || (cls[k - 2] == .sp && allowed[k - 1]))
            // A number starting with a separator after a space (" .5", " :20") may start a
            // line (ICU's LB15c); LB14 still holds after "(".
            let numberStart = p == .sp && c == .is && k + 1 < n && cls[k + 1] == .nu && !afterOpen
            allowed[k] = numberStart || (rule(p, c, beforeSpaces: lastNonSpace) && !inNumber[k] && !wordHyphen)
        }
        allowed[n] = true
    }

    @inline(__always)
    static func rule(_ p: LineClass, _ c: LineClass, beforeSpaces: LineClass) -> Bool {
        switch c {
        case .sp, .cl, .cp, .ex, .is, .sy: return false           // LB7, LB13
        default: break
        }
        if beforeSpaces == .op { return false }                   // LB14: OP SP* ×
        if c == .op && beforeSpaces == .qu { return false }       // LB15: QU SP* × OP
        if p == .sp { return true }                               // LB18
        if p == .qu || c == .qu { return false }                  // LB19
        if c == .ba || c == .hy { return false }                  // LB21
        switch (p, c) {
        case (.al, .nu), (.nu, .al): return false                 // LB23
        case (.pr, .al), (.po, .al), (.al, .pr), (.al, .po): return false // LB24
        case (.al, .al): return false                             // LB28
        case (.is, .al): return false                             // LB29
        case (.al, .op), (.nu, .op), (.cp, .al), (.cp, .nu): return false // LB30
        default: return true                                      // LB31
        }
    }
}
