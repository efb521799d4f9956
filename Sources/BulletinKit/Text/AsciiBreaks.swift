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
