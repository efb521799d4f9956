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
        let engine = LayoutEngine(options: options)
        return engine.layout(text)
    }
}

/// One `layout` call: the options, the ICU handles (opened on first need and reused for
/// every paragraph) and the lines produced so far.
final class LayoutEngine {
    let width: Int
    let options: LayoutOptions
    private(set) var lines: [DisplayLine] = []
    private var map = OffsetMap.identity
    private lazy var breaker = ICU.LineBreaker()
    private lazy var bidi = ICU.Bidi()
    private var levelBuffer: [UInt8] = []

    init(options: LayoutOptions) {
        self.options = options
        self.width = max(1, options.width)
    }

    func layout(_ text: String) -> [DisplayLine] {
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
                if ascii && (options.direction == .auto || options.direction == .ltr) {
                    asciiParagraph(paragraph, base: base)
                } else {
                    generalParagraph(String(decoding: paragraph, as: UTF8.self), base: base)
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
    private func asciiParagraph(_ b: UnsafeBufferPointer<UInt8>, base: Int) {
        let n = b.count
        if n == 0 {
            lines.append(DisplayLine(cells: []))
            return
        }
        var start = 0
        while start < n {
            let limit = start + width
            if limit >= n {
                emitASCII(b, start, n, base: base)
                break
            }
            if b[limit] == 0x20 {
                // The line is full and a space follows: the spaces hang, the next line
                // starts at the next word.
                emitASCII(b, start, limit, base: base)
                var k = limit
                while k < n, b[k] == 0x20 { k += 1 }
                start = k
                continue
            }
            var k = limit
            while k > start, !AsciiBreaks.allowed(b, k) { k -= 1 }
            if k == start || !hasVisible(b, start, k) { k = limit } // hard break a long token
            emitASCII(b, start, k, base: base)
            start = k
        }
    }

    private func hasVisible(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        var i = lo
        while i < hi { if b[i] != 0x20 { return true }; i += 1 }
        return false
    }

    private func emitASCII(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, base: Int) {
        var end = hi
        while end > lo, b[end - 1] == 0x20 { end -= 1 }
        var cells: [DisplayCell] = []
        cells.reserveCapacity(end - lo)
        let strings = Self.asciiStrings
        for i in lo..<end {
            let o = base + i
            cells.append(DisplayCell(text: strings[Int(b[i])], width: 1, source: source(o, o + 1)))
        }
        lines.append(DisplayLine(cells: cells))
    }

    // MARK: General path

    /// Clusters of one paragraph, in logical order.
    private struct Clusters {
        var characters: [Character] = []
        /// UTF-16 offsets (relative to the paragraph) where each cluster starts, plus the end.
        var starts: [Int] = [0]
        var widths: [Int] = []
        var isSpace: [Bool] = []
        var count: Int { characters.count }
    }

    private func generalParagraph(_ paragraph: String, base: Int) {
        if paragraph.isEmpty {
            lines.append(DisplayLine(cells: []))
            return
        }
        let units = Array(paragraph.utf16)
        var clusters = Clusters()
        clusters.characters.reserveCapacity(units.count)
        var offset = 0
        for c in paragraph {
            offset += c.utf16.count
            clusters.characters.append(c)
            clusters.starts.append(offset)
            clusters.widths.append(TextWidth.width(of: c))
            clusters.isSpace.append(c == " ")
        }

        // Break opportunities before cluster i.
        var breakBefore = [Bool](repeating: false, count: clusters.count + 1)
        units.withUnsafeBufferPointer { u in
            var ci = 0
            for p in breaker.breaks(u) {
                let p = Int(p)
                while ci < clusters.count && clusters.starts[ci] < p { ci += 1 }
                if clusters.starts[ci] == p { breakBefore[ci] = true }
            }
        }
        breakBefore[clusters.count] = true

        let ranges = wrap(clusters, breakBefore)

        let rtlScan = options.bidi && (options.direction == .rtl || options.direction == .autoRTL || Self.hasRightToLeft(units))
        var paragraphRTL = false
        var bidiReady = false
        if rtlScan {
            units.withUnsafeBufferPointer { u in
                if let rtl = bidi.setParagraph(u, direction: options.direction) {
                    paragraphRTL = rtl
                    bidiReady = true
                }
            }
        }
        let shape = options.shaping && Self.hasArabic(units)

        for range in ranges {
            var lo = range.lowerBound, hi = range.upperBound
            while hi > lo, clusters.isSpace[hi - 1] || clusters.widths[hi - 1] == 0 { hi -= 1 }
            while lo < hi, clusters.widths[lo] == 0 { lo += 1 }
            guard lo < hi else {
                lines.append(DisplayLine(cells: [], isRTL: paragraphRTL))
                continue
            }
            let lineUnits = clusters.starts[lo]..<clusters.starts[hi]
            var cells: [DisplayCell] = []
            var firstUnit: [Int] = [] // per cell, the paragraph offset of its first unit
            cells.reserveCapacity(hi - lo)
            let shaped = shape ? Self.shapeLine(units, lineUnits) : nil
            for k in lo..<hi {
                let w = clusters.widths[k]
                let s = clusters.starts[k], e = clusters.starts[k + 1]
                if w == 0 { continue } // format characters and stray marks: not drawn
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
                    text = String(clusters.characters[k])
                }
                var cw = w
                if w > width {
                    text = "…" // a wide cluster in a one-cell box
                    cw = 1
                }
                cells.append(DisplayCell(text: text, width: cw, source: source(base + s, base + e)))
                firstUnit.append(s)
            }
            if bidiReady {
                cells = reorder(cells, firstUnit: firstUnit, lineUnits: lineUnits)
            }
            lines.append(DisplayLine(cells: cells, isRTL: paragraphRTL))
        }
    }

    /// Greedy wrap of a paragraph's clusters into line ranges (trailing spaces included;
    /// the caller trims them). A segment runs from one break opportunity to the next.
    private func wrap(_ c: Clusters, _ breakBefore: [Bool]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var lineStart = 0
        var used = 0
        var segStart = 0
        let n = c.count
        while segStart < n {
            var segEnd = segStart + 1
            while !breakBefore[segEnd] { segEnd += 1 }
            var contentEnd = segEnd
            while contentEnd > segStart, c.isSpace[contentEnd - 1] { contentEnd -= 1 }
            var contentWidth = 0
            for k in segStart..<contentEnd { contentWidth += c.widths[k] }
            let spaces = segEnd - contentEnd

            if used + contentWidth <= width {
                used += contentWidth + spaces
            } else {
                if used > 0 {
                    result.append(lineStart..<segStart)
                    lineStart = segStart
                    used = 0
                }
                if contentWidth <= width {
                    used = contentWidth + spaces
                } else {
                    for k in segStart..<contentEnd {
                        let w = min(c.widths[k], width)
                        if used + w > width && used > 0 {
                            result.append(lineStart..<k)
                            lineStart = k
                            used = 0
                        }
                        used += w
                    }
                    used += spaces
                }
            }
            segStart = segEnd
        }
        result.append(lineStart..<n)
        return result
    }

    /// Rules L1–L2 (and L4 mirroring) for one line: levels from ICU for the line's units,
    /// one level per cell (its first unit), cells reordered by ICU's `reorderVisual`.
    private func reorder(_ cells: [DisplayCell], firstUnit: [Int], lineUnits: Range<Int>) -> [DisplayCell] {
        guard bidi.lineLevels(lineUnits, into: &levelBuffer) else { return cells }
        var levels = [UInt8](repeating: 0, count: cells.count)
        var anyOdd = false
        for (i, u) in firstUnit.enumerated() {
            levels[i] = levelBuffer[u - lineUnits.lowerBound]
            anyOdd = anyOdd || levels[i] & 1 == 1
        }
        guard anyOdd else { return cells }
        let order = ICU.Bidi.visualOrder(levels: levels)
        return order.map { logical in
            var cell = cells[logical]
            if levels[logical] & 1 == 1 {
                let scalars = cell.text.unicodeScalars
                if scalars.count == 1, let s = scalars.first {
                    let m = ICU.Bidi.mirror(s)
                    if m != s { cell.text = String(Character(m)) }
                }
            }
            return cell
        }
    }

    // MARK: Script checks

    /// True when the paragraph holds a character of a right-to-left script (or RLM):
    /// only those paragraphs go through the bidi algorithm.
    static func hasRightToLeft(_ units: [UInt16]) -> Bool {
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

    static func hasArabic(_ units: [UInt16]) -> Bool {
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
            var out: [UInt16] = []
            for i in lo..<hi where !absorbed[i] { out.append(units[i]) }
            return (String(decoding: out, as: UTF16.self), absorbed[lo])
        }
    }

    /// Shapes the line `range` of `units` with `u_shapeArabic` and aligns the result with
    /// the input: letters take their presentation forms, harakat and everything else stay
    /// as they were (ICU would turn harakat into spacing forms), and a lam-alef ligature
    /// stands for the lam while the alef is marked absorbed. Nil when the result cannot be
    /// aligned (the line is then drawn unshaped).
    static func shapeLine(_ units: [UInt16], _ range: Range<Int>) -> ShapedLine? {
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

/// Line-break opportunities in printable ASCII: the part of UAX #14 that ASCII prose and
/// URLs need, so that English paragraphs skip ICU (several times faster). Breaks after a
/// run of spaces (not before closing punctuation), after a hyphen between letters
/// ("cross-border"), and after a slash before a letter ("example.com/news").
enum AsciiBreaks {
    /// May a line start at `k` (0 < k < count)?
    @inline(__always)
    static func allowed(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        let p = b[k - 1], c = b[k]
        switch p {
        case 0x20:
            switch c {
            case 0x20, UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "!"),
                 UInt8(ascii: "?"), UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"):
                return false
            default:
                return true
            }
        case UInt8(ascii: "-"):
            return k >= 2 && isLetter(c) && isAlnum(b[k - 2])
        case UInt8(ascii: "/"):
            return isLetter(c)
        default:
            return false
        }
    }

    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) static func isAlnum(_ c: UInt8) -> Bool { isLetter(c) || (c >= 0x30 && c <= 0x39) }
}
