/// Script facts the layout needs: which paragraphs hold right-to-left or Arabic text,
/// which characters may mirror, and Arabic shaping aligned with the logical text.
extension LayoutEngine {
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

    /// The shaped units of one line, aligned with its logical units. One value is kept
    /// by the engine and refilled for every line (`shape`), so shaping allocates nothing
    /// once its buffers have grown to the longest line.
    struct ShapedLine {
        /// Unit to draw for each input unit.
        private var units: [UInt16] = []
        /// Input units drawn by a preceding lam-alef ligature.
        private var absorbed: [Bool] = []
        /// ICU's output (ligatures compacted).
        private var output: [UInt16] = []

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

        /// Shapes the line `range` of `all` with `u_shapeArabic` and aligns the result with
        /// the input: letters take their presentation forms, harakat and everything else
        /// stay as they were (ICU would turn harakat into spacing forms), and a lam-alef
        /// ligature stands for the lam while the alef is marked absorbed. False when the
        /// result cannot be aligned (the line is then drawn unshaped).
        mutating func shape(_ all: ArraySlice<UInt16>, _ range: Range<Int>) -> Bool {
            let n = range.count
            guard n > 0 else { return false }
            if units.count < n {
                units = [UInt16](repeating: 0, count: n)
                output = [UInt16](repeating: 0, count: n)
                absorbed = [Bool](repeating: false, count: n)
            }
            return units.withUnsafeMutableBufferPointer { input in
                output.withUnsafeMutableBufferPointer { out in
                    absorbed.withUnsafeMutableBufferPointer { absorbed in
                        for i in 0..<n {
                            input[i] = all[range.lowerBound + i]
                            absorbed[i] = false
                        }
                        guard ICU.shapeArabic(UnsafeBufferPointer(rebasing: input[0..<n]), into: out) else { return false }
                        var i = 0, j = 0
                        while i < n {
                            guard j < n else { return false }
                            let u = input[i]
                            if u == 0x0644, (0xFEF5...0xFEFC).contains(out[j]) {
                                var k = i + 1
                                while k < n, isArabicMark(input[k]) { k += 1 }
                                guard k < n, isAlef(input[k]) else { return false }
                                input[i] = out[j]
                                absorbed[k] = true
                                j += 1 + (k - i - 1)
                                i = k + 1
                                continue
                            }
                            if isArabicLetter(u) {
                                let o = out[j]
                                guard o == u || (0xFB50...0xFEFC).contains(o) else { return false }
                                input[i] = o
                            }
                            i += 1
                            j += 1
                        }
                        return true
                    }
                }
            }
        }
    }

    /// Strings of U+FB50–U+FEFF (Arabic presentation forms), made once: shaping
    /// turns nearly every Arabic letter into one of them.
    static let presentationForms: [String] = (0xFB50..<0xFF00).map { String(Character(Unicode.Scalar(UInt32($0))!)) }

    /// Lam-alef pairs in the units `range` that shaping joins into one ligature cell (the
    /// drawn line is that many cells narrower): a lam, optional harakat, then an alef,
    /// all inside the line.
    static func lamAlefCount(_ units: ArraySlice<UInt16>, _ range: Range<Int>) -> Int {
        var count = 0
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if units[i] == 0x0644 {
                var k = i + 1
                while k < end, isArabicMark(units[k]) { k += 1 }
                if k < end, isAlef(units[k]) {
                    count += 1
                    i = k + 1
                    continue
                }
            }
            i += 1
        }
        return count
    }

    /// The alefs that join a preceding lam into a ligature (madda, hamza above, hamza
    /// below, plain).
    @inline(__always)
    static func isAlef(_ u: UInt16) -> Bool {
        u == 0x0622 || u == 0x0623 || u == 0x0625 || u == 0x0627
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
