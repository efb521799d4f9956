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
    private var asciiAllowed: [Bool] = []

    /// Whether all-ASCII paragraphs take the fast path (tests turn it off to compare).
    let asciiFastPath: Bool

    init(options: LayoutOptions, asciiFastPath: Bool = true) {
        self.options = options
        self.width = max(1, options.width)
        self.asciiFastPath = asciiFastPath
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
                if ascii && asciiFastPath && (options.direction == .auto || options.direction == .ltr) {
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
        AsciiBreaks.opportunities(b, into: &asciiAllowed)
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
        var used = 0        // cells taken, trailing spaces included
        var content = 0     // cells taken by anything but spaces
        var segStart = 0
        let n = c.count
        while segStart < n {
            var segEnd = segStart + 1
            while !breakBefore[segEnd] { segEnd += 1 }
            var contentEnd = segEnd
            var spaces = 0
            while contentEnd > segStart, c.isSpace[contentEnd - 1] || c.widths[contentEnd - 1] == 0 {
                if c.isSpace[contentEnd - 1] { spaces += 1 }
                contentEnd -= 1
            }
            var contentWidth = 0
            for k in segStart..<contentEnd { contentWidth += c.widths[k] }

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
                    if c.isSpace[k] {
                        // Spaces inside the token hang at the end of a line and never
                        // start one.
                        if content == 0 { lineStart = k + 1 } else { used += 1 }
                        continue
                    }
                    let w = min(c.widths[k], width)
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
    private func reorder(_ cells: [DisplayCell], firstUnit: [Int], lineUnits: Range<Int>) -> [DisplayCell] {
        guard bidi.lineLevels(lineUnits, into: &levelBuffer) else { return cells }
        var levels = [UInt8](repeating: 0, count: cells.count)
        var anyRaised = false
        for (i, u) in firstUnit.enumerated() {
            levels[i] = levelBuffer[u - lineUnits.lowerBound]
            anyRaised = anyRaised || levels[i] != 0
        }
        guard anyRaised else { return cells }
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
        let n = b.count
        if allowed.count < n + 1 { allowed = [Bool](repeating: false, count: n + 1) }
        guard n > 0 else { return }
        var cls = [LineClass](repeating: .al, count: n)
        Self.classes.withUnsafeBufferPointer { table in
            for i in 0..<n { cls[i] = table[Int(b[i])] }
        }
        // Inside a number (LB25 in the regex form ICU uses):
        // (PR|PO)? (OP|HY)? IS? NU (NU|SY|IS)* (CL|CP)? (PR|PO)? stays together. ICU's rules
        // chain, so a match may start at any character, also inside an earlier one.
        var inNumber = [Bool](repeating: false, count: n + 1) // break before k forbidden by LB25
        var reach = 0 // breaks before `reach` already marked
        for i in 0..<n {
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
        var lastNonSpace: LineClass? = nil // class before the current run of spaces
        for k in 1..<n {
            let p = cls[k - 1], c = cls[k]
            if p != .sp { lastNonSpace = p }
            // LB20a: no break after a hyphen that starts a word ("-based" after a space).
            let wordHyphen = p == .hy && c == .al && (k == 1 || (cls[k - 2] == .sp && allowed[k - 1]))
            // A number starting with a separator after a space (" .5", " :20") may start a
            // line (ICU's LB15c); LB14 still holds after "(".
            let numberStart = p == .sp && c == .is && k + 1 < n && cls[k + 1] == .nu && lastNonSpace != .op
            allowed[k] = numberStart || (rule(p, c, beforeSpaces: lastNonSpace) && !inNumber[k] && !wordHyphen)
        }
        allowed[n] = true
    }

    @inline(__always)
    static func rule(_ p: LineClass, _ c: LineClass, beforeSpaces: LineClass?) -> Bool {
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
