/// One `layout`, `wrap` or `cells(for:)` call: the options, the ICU handles (opened on
/// first need and reused for every paragraph), scratch buffers reused from paragraph to
/// paragraph, and the current paragraph's analysis. A struct, so that the hot loops read
/// its buffers without dynamic exclusivity checks.
///
/// Every entry point goes through the same steps per paragraph, which is what keeps
/// `wrap`, `cells(for:)` and `layout` in agreement:
/// 1. `analyze`: the paragraph's clusters, their widths and UTF-8/UTF-16 offsets (nothing
///    to do for ASCII: one cluster per byte);
/// 2. `wrapLines`: break opportunities and the greedy wrap, into `ranges` (cluster ranges
///    of the lines, trimmed);
/// 3. `resolveDirection`: the paragraph direction (and, for cells, the bidi levels) and
///    whether to shape;
/// 4. `wrappedLine` or `displayLine` for each range.
struct LayoutEngine {
    let width: Int
    let options: LayoutOptions

    /// Whether all-ASCII paragraphs take the fast path (tests turn it off to compare).
    let asciiFastPath: Bool

    /// Safe UTF-16 offsets → original ones (cells' sources), then shifted by `sourceShift`
    /// (`cells(for:)` cleans one paragraph, whose offsets start at 0).
    private var map = OffsetMap.identity
    private var sourceShift = 0
    private lazy var breaker = ICU.LineBreaker()
    private lazy var bidi = ICU.Bidi()

    // ASCII scratch.
    private var asciiAllowed: [Bool] = []
    private var asciiClasses: [AsciiBreaks.LineClass] = []
    private var asciiInNumber: [Bool] = []

    // General-path scratch, per paragraph.
    private var units: [UInt16] = []          // the paragraph in UTF-16 (for ICU)
    private var clusterU8: [Int32] = []       // cluster starts in the paragraph's UTF-8, plus the end
    private var clusterU16: [Int32] = []      // cluster starts in its UTF-16, plus the end
    private var widths: [UInt8] = []
    private var isSpace: [Bool] = []
    private var breakBefore: [Bool] = []
    private var clusterCount = 0
    private var unitsCount = 0

    // Cells scratch (bidi and shaping), per line.
    private var levelBuffer: [UInt8] = []
    private var cellLevels: [UInt8] = []
    private var visualOrder: [Int32] = []
    private var firstUnit: [Int32] = []
    private var placed: [Bool] = []
    private var shaped = ShapedLine()

    // The current paragraph.
    /// Laid out by the ASCII path: cluster i is byte i and UTF-16 unit i.
    private var asciiMode = false
    /// Its lines, as trimmed cluster ranges (empty for an empty line).
    private var ranges: [Range<Int>] = []
    private var paragraphRTL = false
    private var bidiReady = false
    private var shape = false

    init(options: LayoutOptions, asciiFastPath: Bool = true) {
        self.options = options
        self.width = max(1, options.width)
        self.asciiFastPath = asciiFastPath
    }

    // MARK: Entry points

    /// Lays out `text` (the engine itself is left unchanged).
    func layout(_ text: String) -> [DisplayLine] {
        var engine = self
        return engine.runLayout(text)
    }

    /// Wraps `text` without cells (the engine itself is left unchanged).
    func wrap(_ text: String) -> [WrappedLine] {
        var engine = self
        return engine.runWrap(text)
    }

    private mutating func runLayout(_ text: String) -> [DisplayLine] {
        let safe = TerminalSafe.sanitizeMapped(text)
        map = safe.map
        sourceShift = 0
        var lines: [DisplayLine] = []
        var s = safe.text
        s.withUTF8 { bytes in
            var scanner = ParagraphScanner(bytes)
            while let p = scanner.next() {
                analyze(p.bytes, ascii: p.ascii)
                wrapLines(p.bytes)
                resolveDirection(forCells: true)
                for r in ranges { lines.append(displayLine(r, p.bytes, base: p.start16)) }
            }
        }
        return lines
    }

    private mutating func runWrap(_ text: String) -> [WrappedLine] {
        let safe = TerminalSafe.sanitizeMapped(text)
        let map16 = safe.map, map8 = safe.utf8Map
        var lines: [WrappedLine] = []
        var s = safe.text
        s.withUTF8 { bytes in
            var scanner = ParagraphScanner(bytes)
            while let p = scanner.next() {
                analyze(p.bytes, ascii: p.ascii)
                wrapLines(p.bytes)
                resolveDirection(forCells: false)
                let paragraph8 = map8.original(p.start8..<(p.start8 + p.bytes.count))
                let paragraph16 = map16.original(p.start16..<p.start16).lowerBound
                for r in ranges {
                    let (a8, b8, a16, b16) = asciiMode || clusterCount == 0 ? (r.lowerBound, r.upperBound, r.lowerBound, r.upperBound)
                        : (Int(clusterU8[r.lowerBound]), Int(clusterU8[r.upperBound]),
                           Int(clusterU16[r.lowerBound]), Int(clusterU16[r.upperBound]))
                    lines.append(WrappedLine(
                        utf8: map8.original((p.start8 + a8)..<(p.start8 + b8)),
                        utf16: map16.original((p.start16 + a16)..<(p.start16 + b16)),
                        width: lineWidth(r), paragraph: p.index, isRTL: paragraphRTL,
                        paragraphUTF8: paragraph8, paragraphUTF16Start: paragraph16, safeLine: a8..<b8))
                }
            }
        }
        return lines
    }

    /// The cells of `lines` (from `wrap` of `text` with the same options). Consecutive
    /// lines of one paragraph share its analysis.
    mutating func cells(for lines: [WrappedLine], in text: String) -> [DisplayLine] {
        var out: [DisplayLine] = []
        out.reserveCapacity(lines.count)
        var s = text
        s.withUTF8 { all in
            var i = 0
            while i < lines.count {
                let paragraph = lines[i].paragraphUTF8
                var j = i + 1
                while j < lines.count, lines[j].paragraphUTF8 == paragraph { j += 1 }
                let lo = min(max(paragraph.lowerBound, 0), all.count)
                let hi = min(max(paragraph.upperBound, lo), all.count)
                let slice = UnsafeBufferPointer(rebasing: all[lo..<hi])
                let group = lines[i..<j]
                // The paragraph is cleaned on its own: cleaning never crosses a newline, so
                // this is the paragraph of the whole cleaned text, offsets from 0.
                if let first = TerminalSafe.firstUnsafeByte(slice) {
                    let safe = TerminalSafe.rewrite(slice, from: first)
                    var t = safe.text
                    t.withUTF8 { out += paragraphCells(group, $0, map: safe.map) }
                } else {
                    out += paragraphCells(group, slice, map: .identity)
                }
                i = j
            }
        }
        return out
    }

    private mutating func paragraphCells(_ group: ArraySlice<WrappedLine>, _ p: UnsafeBufferPointer<UInt8>,
                                         map paragraphMap: OffsetMap) -> [DisplayLine] {
        map = paragraphMap
        sourceShift = group.first?.paragraphUTF16Start ?? 0
        var ascii = true
        for b in p where b >= 0x80 { ascii = false; break }
        analyze(p, ascii: ascii)
        resolveDirection(forCells: true)
        return group.map { line in
            let a = min(max(line.safeLine.lowerBound, 0), p.count)
            let b = min(max(line.safeLine.upperBound, a), p.count)
            let r = asciiMode ? a..<b : clusterIndex(ofByte: a)..<clusterIndex(ofByte: b)
            return displayLine(r, p, base: 0)
        }
    }

    /// The first cluster starting at or after byte `offset` of the paragraph.
    private func clusterIndex(ofByte offset: Int) -> Int {
        var lo = 0, hi = clusterCount
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(clusterU8[mid]) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    // MARK: Paragraphs

    /// The paragraphs of a cleaned text (split at newlines), with their offsets.
    struct ParagraphScanner {
        struct Paragraph {
            var bytes: UnsafeBufferPointer<UInt8>
            var start8: Int
            var start16: Int
            var index: Int
            var ascii: Bool
        }

        let text: UnsafeBufferPointer<UInt8>
        private var start = 0
        private var start16 = 0
        private var index = 0
        private var done = false

        init(_ text: UnsafeBufferPointer<UInt8>) { self.text = text }

        mutating func next() -> Paragraph? {
            guard !done else { return nil }
            let n = text.count
            var end = start
            var ascii = true
            var units = 0
            while end < n, text[end] != 0x0A {
                let b = text[end]
                if b >= 0x80 {
                    ascii = false
                    units += TerminalSafe.utf16Units(leadByte: b)
                } else {
                    units += 1
                }
                end += 1
            }
            let p = Paragraph(bytes: UnsafeBufferPointer(rebasing: text[start..<end]), start8: start, start16: start16,
                              index: index, ascii: ascii)
            if end >= n { done = true }
            start = end + 1
            start16 += units + 1
            index += 1
            return p
        }
    }

    /// Step 1: decides the path and, off the ASCII path, splits the paragraph into clusters.
    private mutating func analyze(_ p: UnsafeBufferPointer<UInt8>, ascii: Bool) {
        asciiMode = ascii && asciiFastPath && (options.direction == .auto || options.direction == .ltr)
        clusterCount = 0
        unitsCount = 0
        if !asciiMode && !p.isEmpty { clusterize(p) }
    }

    /// Step 2: the paragraph's lines into `ranges`.
    private mutating func wrapLines(_ p: UnsafeBufferPointer<UInt8>) {
        ranges.removeAll(keepingCapacity: true)
        if p.isEmpty {
            ranges.append(0..<0)
        } else if asciiMode {
            wrapASCII(p)
        } else {
            findBreaks()
            wrapClusters()
        }
    }

    /// Step 3: direction and shaping. For cells the paragraph goes through the bidi
    /// algorithm (levels for `reorder`); `wrap` only needs the paragraph's direction.
    /// An automatic direction is the one most words take (`ParagraphDirection.auto`).
    private mutating func resolveDirection(forCells: Bool) {
        paragraphRTL = false
        bidiReady = false
        shape = false
        guard !asciiMode, unitsCount > 0 else { return }
        let unitSlice = units[0..<unitsCount]
        var direction = options.direction
        if options.bidi && (direction == .rtl || direction == .autoRTL || Self.hasRightToLeft(unitSlice)) {
            if direction == .auto || direction == .autoRTL,
               let rtl = unitSlice.withUnsafeBufferPointer({ ICU.Bidi.dominantDirection($0) }) {
                direction = rtl ? .rtl : .ltr
            }
            if forCells {
                let resolver = bidi
                if let rtl = unitSlice.withUnsafeBufferPointer({ resolver.setParagraph($0, direction: direction) }) {
                    paragraphRTL = rtl
                    bidiReady = true
                }
            } else {
                switch direction {
                case .ltr: paragraphRTL = false
                case .rtl: paragraphRTL = true
                case .auto, .autoRTL:
                    paragraphRTL = unitSlice.withUnsafeBufferPointer { ICU.Bidi.baseDirection($0) } ?? (direction == .autoRTL)
                }
            }
        }
        shape = options.shaping && Self.hasArabic(unitSlice)
    }

    /// The original range of `text` shown by a range of the safe text.
    @inline(__always)
    private func source(_ lo: Int, _ hi: Int) -> Range<Int> {
        let r = map.isIdentity ? lo..<hi : map.original(lo..<hi)
        return sourceShift == 0 ? r : (r.lowerBound + sourceShift)..<(r.upperBound + sourceShift)
    }

    // MARK: ASCII fast path

    /// Single-byte strings for the ASCII cells (small strings: copying one costs nothing).
    private static let asciiStrings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// Wraps a paragraph of printable ASCII: one cluster per byte, break opportunities from
    /// `AsciiBreaks` (the subset of UAX #14 that ASCII prose needs).
    private mutating func wrapASCII(_ b: UnsafeBufferPointer<UInt8>) {
        let n = b.count
        AsciiBreaks.opportunities(b, into: &asciiAllowed, classes: &asciiClasses, inNumber: &asciiInNumber)
        defer { if ranges.isEmpty { ranges.append(0..<0) } } // all spaces
        let allowed = asciiAllowed
        var start = 0
        while start < n {
            let limit = start + width
            if limit >= n {
                appendASCII(b, start, n)
                break
            }
            if b[limit] == 0x20 {
                // The line is full and spaces follow: they hang, and the next line starts
                // after them if a line may start there (not before "!" or "/", LB13).
                var k = limit
                while k < n, b[k] == 0x20 { k += 1 }
                if k == n || allowed[k] {
                    if hasVisible(b, start, limit) { appendASCII(b, start, limit) }
                    start = k
                    continue
                }
            }
            var k = limit
            while k > start, !allowed[k] { k -= 1 }
            if k == start || !hasVisible(b, start, k) {
                if b[start] == 0x20 {
                    // Leading spaces that do not fit with the first word are dropped.
                    while start < n, b[start] == 0x20 { start += 1 }
                    continue
                }
                k = limit // hard break a long token
            }
            appendASCII(b, start, k)
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

    /// A line of bytes [lo, hi), trailing spaces dropped.
    private mutating func appendASCII(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) {
        var end = hi
        while end > lo, b[end - 1] == 0x20 { end -= 1 }
        ranges.append(lo..<end)
    }

    // MARK: General path

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

    /// Break opportunities before each cluster, from ICU (UTF-16 offsets).
    private mutating func findBreaks() {
        let count = clusterCount
        breakBefore.removeAll(keepingCapacity: true)
        breakBefore.append(contentsOf: repeatElement(false, count: count + 1))
        let lineBreaker = breaker
        let breaks = units[0..<unitsCount].withUnsafeBufferPointer { lineBreaker.breaks($0) }
        var ci = 0
        for p in breaks {
            while ci < count && clusterU16[ci] < p { ci += 1 }
            if clusterU16[ci] == p { breakBefore[ci] = true }
        }
        breakBefore[count] = true
        keepKoreanWordsWhole()
    }

    /// Korean is written with spaces between words, and Korean text breaks lines at those
    /// spaces ("keep-all"), not between any two syllables as UAX #14 (and ICU 72, which has no
    /// `lw=keepall`) allows: "워싱턴에서" split as "워싱턴에 / 서" reads as two words. So a break
    /// between two word letters of which one is Hangul is dropped. Chinese and Japanese keep
    /// their breaks between characters; a Korean word wider than the line is still cut between
    /// clusters by `wrapClusters`.
    private mutating func keepKoreanWordsWhole() {
        guard clusterCount > 1 else { return }
        var previous = scalar(atUnit: Int(clusterU16[0]))
        for ci in 1..<clusterCount {
            let current = scalar(atUnit: Int(clusterU16[ci]))
            if breakBefore[ci], Self.isKoreanWordBond(previous, current) { breakBefore[ci] = false }
            previous = current
        }
    }

    /// True when `a` followed by `b` is inside one Korean word: both are word letters (Hangul,
    /// or a Latin letter or digit, as in "SK하이닉스는" or "3일") and at least one is Hangul.
    @inline(__always)
    static func isKoreanWordBond(_ a: UInt32, _ b: UInt32) -> Bool {
        let ha = isHangul(a), hb = isHangul(b)
        guard ha || hb else { return false }
        return (ha || isLatinWordLetter(a)) && (hb || isLatinWordLetter(b))
    }

    /// Hangul syllables, jamo, compatibility jamo and the extended jamo blocks.
    @inline(__always)
    static func isHangul(_ s: UInt32) -> Bool {
        switch s {
        case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3131...0x318E, 0xA960...0xA97F, 0xD7B0...0xD7FF: return true
        default: return false
        }
    }

    /// ASCII letters and digits, and the Latin-1/Latin Extended letters.
    @inline(__always)
    static func isLatinWordLetter(_ s: UInt32) -> Bool {
        switch s {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0xC0...0x24F: return s != 0xD7 && s != 0xF7
        default: return false
        }
    }

    /// Greedy wrap of the paragraph's clusters into `ranges`. A segment runs from one
    /// break opportunity to the next; spaces at its end hang past the width, a segment
    /// wider than the line is broken between clusters.
    private mutating func wrapClusters() {
        let n = clusterCount
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
                    appendTrimmed(lineStart, segStart)
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
                        appendTrimmed(lineStart, k)
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
        appendTrimmed(lineStart, n)
    }

    /// A line of clusters [lo, hi) without its trailing spaces and its zero-width clusters
    /// at either end (format characters and stray marks are not drawn).
    private mutating func appendTrimmed(_ lo: Int, _ hi: Int) {
        var lo = lo, hi = hi
        while hi > lo, isSpace[hi - 1] || widths[hi - 1] == 0 { hi -= 1 }
        while lo < hi, widths[lo] == 0 { lo += 1 }
        ranges.append(lo..<hi)
    }

    /// Cells the line of clusters `r` takes when drawn (as `displayLine` builds it).
    private func lineWidth(_ r: Range<Int>) -> Int {
        if asciiMode { return r.count }
        var total = 0
        widths.withUnsafeBufferPointer { w in
            for k in r where w[k] != 0 { total += min(Int(w[k]), width) }
        }
        if shape, !r.isEmpty {
            total -= Self.lamAlefCount(units[0..<unitsCount], Int(clusterU16[r.lowerBound])..<Int(clusterU16[r.upperBound]))
        }
        return total
    }

    // MARK: Cells

    /// Step 4 for cells: the line of clusters `r` of paragraph `p` (which starts at UTF-16
    /// offset `base` of the safe text), shaped and reordered.
    private mutating func displayLine(_ r: Range<Int>, _ p: UnsafeBufferPointer<UInt8>, base: Int) -> DisplayLine {
        if asciiMode { return DisplayLine(cells: asciiCells(p, r.lowerBound, r.upperBound, base: base)) }
        let lo = r.lowerBound, hi = r.upperBound
        guard lo < hi else { return DisplayLine(cells: [], isRTL: paragraphRTL) }
        let lineUnits = Int(clusterU16[lo])..<Int(clusterU16[hi])
        var cells: [DisplayCell] = []
        cells.reserveCapacity(hi - lo)
        firstUnit.removeAll(keepingCapacity: true)
        let isShaped = shape && shaped.shape(units[0..<unitsCount], lineUnits)
        for k in lo..<hi {
            let w = Int(widths[k])
            if w == 0 { continue } // format characters and stray marks: not drawn
            let s = Int(clusterU16[k]), e = Int(clusterU16[k + 1])
            var text: String
            if isShaped {
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
            if bidiReady { firstUnit.append(Int32(s)) }
        }
        if bidiReady {
            reorder(&cells, lineUnits: lineUnits)
        }
        return DisplayLine(cells: cells, isRTL: paragraphRTL)
    }

    private func asciiCells(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ end: Int, base: Int) -> [DisplayCell] {
        guard lo < end else { return [] }
        return Self.asciiStrings.withUnsafeBufferPointer { strings in
            [DisplayCell](unsafeUninitializedCapacity: end - lo) { buffer, count in
                for i in lo..<end {
                    let o = base + i
                    (buffer.baseAddress! + (i - lo)).initialize(to: DisplayCell(text: strings[Int(b[i])], width: 1, source: source(o, o + 1)))
                }
                count = end - lo
            }
        }
    }

    /// The scalar value starting at unit `i` of the paragraph.
    @inline(__always)
    private func scalar(atUnit i: Int) -> UInt32 {
        let u = units[i]
        guard UTF16.isLeadSurrogate(u), i + 1 < unitsCount else { return UInt32(u) }
        return 0x10000 + (UInt32(u - 0xD800) << 10) + UInt32(units[i + 1] &- 0xDC00)
    }

    /// Rules L1–L2 (and L4 mirroring) for one line: levels from ICU for the line's units,
    /// one level per cell (its first unit), cells reordered by ICU's `reorderVisual`.
    /// Scratch buffers are reused, so a line costs no allocation beyond its cells.
    private mutating func reorder(_ cells: inout [DisplayCell], lineUnits: Range<Int>) {
        let resolver = bidi
        guard resolver.lineLevels(lineUnits, into: &levelBuffer) else { return }
        let n = cells.count
        if cellLevels.count < n { cellLevels = [UInt8](repeating: 0, count: n) }
        var anyRaised = false
        for i in 0..<n {
            let level = levelBuffer[Int(firstUnit[i]) - lineUnits.lowerBound]
            cellLevels[i] = level
            if level != 0 { anyRaised = true }
        }
        guard anyRaised else { return }
        ICU.Bidi.visualOrder(levels: cellLevels, count: n, into: &visualOrder)
        // Mirror first, in logical order: only single-scalar cells at odd levels whose first
        // unit may mirror (brackets, quotes, math) are looked at, never letters.
        for l in 0..<n where cellLevels[l] & 1 == 1 && Self.mayMirror(scalar(atUnit: Int(firstUnit[l]))) {
            var scalars = cells[l].text.unicodeScalars.makeIterator()
            if let s = scalars.next(), scalars.next() == nil {
                let m = ICU.Bidi.mirror(s)
                if m != s { cells[l].text = String(Character(m)) }
            }
        }
        // Then permute in place along the cycles of the order, moving cells (no copies,
        // no retain/release of their strings).
        if placed.count < n { placed = [Bool](repeating: false, count: n) }
        for i in 0..<n { placed[i] = false }
        visualOrder.withUnsafeBufferPointer { order in
            placed.withUnsafeMutableBufferPointer { placed in
                cells.withUnsafeMutableBufferPointer { cells in
                    let base = cells.baseAddress!
                    for start in 0..<n where !placed[start] {
                        placed[start] = true
                        if Int(order[start]) == start { continue }
                        let first = (base + start).move()
                        var v = start
                        while true {
                            let l = Int(order[v])
                            if l == start {
                                (base + v).initialize(to: first)
                                break
                            }
                            (base + v).moveInitialize(from: base + l, count: 1)
                            placed[l] = true
                            v = l
                        }
                    }
                }
            }
        }
        Self.moveJoinersLeft(&cells, order: visualOrder, levels: cellLevels)
    }

    /// A zero-width (non-)joiner ends the cluster of the letter before it ("کیان‌پور": ن + ZWNJ), so
    /// reversing a right-to-left run by clusters leaves it on the letter's right, where it now breaks
    /// the join with the letter before instead of the one after. A terminal that shapes what it is
    /// given (VTE, with shaping off) then joins the wrong letters, and copied text has it misplaced.
    /// In visual order it belongs on the letter's left: at the end of the cell drawn to its left.
    static func moveJoinersLeft(_ cells: inout [DisplayCell], order: [Int32], levels: [UInt8]) {
        guard cells.count > 1 else { return }
        // Only between two letters of one right-to-left run (non-ASCII cells at odd levels): a joiner
        // after a space or at a run's edge stays where it is.
        for v in 1..<cells.count where levels[Int(order[v])] & 1 == 1 && levels[Int(order[v - 1])] & 1 == 1 {
            let u = cells[v].text.utf8
            // U+200C and U+200D are E2 80 8C / E2 80 8D, after at least one other scalar.
            guard u.count > 3, let last = u.last, last == 0x8C || last == 0x8D, let first = u.first, first >= 0xC0,
                  let left = cells[v - 1].text.utf8.first, left >= 0xC0 else { continue }
            var scalars = cells[v].text.unicodeScalars
            guard let joiner = scalars.last, joiner.value == 0x200C || joiner.value == 0x200D else { continue }
            scalars.removeLast()
            cells[v].text = String(scalars)
            cells[v - 1].text.unicodeScalars.append(joiner)
        }
    }
}
