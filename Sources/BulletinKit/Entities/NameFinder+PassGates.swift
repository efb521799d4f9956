import Foundation

/// Byte tests for the refine passes (NameFinder+Holdout*, Leftovers*, Left16, Ar15 …).
///
/// The passes asked `key.utf8.starts(with: "ال".utf8)` and `key.utf8.suffix(n).elementsEqual(h)` of
/// nearly every Arabic token: the generic `Sequence` algorithms walk `String.UTF8View` by index, a
/// bounds and encoding check per byte. These compare the same bytes over the contiguous storage
/// (native and small strings have it), so their answers are those of the `UTF8View` algorithms.
extension NameFinder {
    /// `s.utf8.starts(with: p.utf8)`.
    @inline(__always) static func utf8Starts(_ s: String, _ p: StaticString) -> Bool {
        // (`withUTF8Buffer`: a one-scalar literal may be stored as its scalar, without a pointer.)
        p.withUTF8Buffer { x in
            let n = x.count
            guard n > 0 else { return true }
            guard s.utf8.count >= n else { return false }
            if let r = s.utf8.withContiguousStorageIfAvailable({ memcmp($0.baseAddress.unsafelyUnwrapped, x.baseAddress.unsafelyUnwrapped, n) == 0 }) { return r }
            return s.utf8.starts(with: x)
        }
    }

    /// `s.utf8` ends with the bytes of `p` (for a plain `s` and a plain `p`: `PlainText.hasSuffix(s, p)`).
    @inline(__always) static func utf8Ends(_ s: String, _ p: StaticString) -> Bool {
        p.withUTF8Buffer { x in
            let n = x.count
            guard n > 0 else { return true }
            guard s.utf8.count >= n else { return false }
            if let r = s.utf8.withContiguousStorageIfAvailable({ memcmp($0.baseAddress.unsafelyUnwrapped + ($0.count - n), x.baseAddress.unsafelyUnwrapped, n) == 0 }) { return r }
            return s.utf8.suffix(n).elementsEqual(x)
        }
    }

    /// `list.unicodeScalars.contains(s)` for a literal list of characters (`scalarIn(sc[q], "湖河库镇")`), on the literal's
    /// UTF-8: the string's scalar view, stepped through its indices, cost some two hundred instructions a test in the Han
    /// passes' loops over every character of every run. (Scalars are equal when their values are.)
    @inline(__always) static func scalarIn(_ s: Unicode.Scalar, _ list: StaticString) -> Bool {
        list.withUTF8Buffer { b in
            let v = s.value
            var i = 0
            while i < b.count { if decodeScalar(b, &i) == v { return true } }
            return false
        }
    }

    /// `s.utf8.elementsEqual(p.utf8)`: `PhraseMatcher.same(s, p)` for a literal `p`.
    @inline(__always) static func utf8Equal(_ s: String, _ p: StaticString) -> Bool {
        p.withUTF8Buffer { x in
            let n = x.count
            guard s.utf8.count == n else { return false }
            guard n > 0 else { return true }
            if let r = s.utf8.withContiguousStorageIfAvailable({ memcmp($0.baseAddress.unsafelyUnwrapped, x.baseAddress.unsafelyUnwrapped, n) == 0 }) { return r }
            return s.utf8.elementsEqual(x)
        }
    }

    /// `s.utf8.contains(byte)`, over the contiguous bytes where the string has them (native and small strings do): the
    /// `UTF8View` search stepped through the view's indices, a bounds and encoding check per byte.
    @inline(__always) static func utf8Contains(_ s: String, _ byte: UInt8) -> Bool {
        if let r = s.utf8.withContiguousStorageIfAvailable({ !$0.isEmpty && memchr($0.baseAddress.unsafelyUnwrapped, Int32(byte), $0.count) != nil }) { return r }
        return s.utf8.contains(byte)
    }

    /// `s.utf8.starts(with: p.utf8)` for a prefix that is not a literal.
    @inline(__always) static func utf8Starts(_ s: String, bytesOf p: String) -> Bool {
        let n = p.utf8.count
        guard n > 0 else { return true }
        guard s.utf8.count >= n else { return false }
        if let r = s.utf8.withContiguousStorageIfAvailable({ b in
            p.utf8.withContiguousStorageIfAvailable { x in memcmp(b.baseAddress.unsafelyUnwrapped, x.baseAddress.unsafelyUnwrapped, n) == 0 }
        }), let r { return r }
        return s.utf8.starts(with: p.utf8)
    }

    /// Token `k`'s key starts with the bytes of `p` (`tokens[k].key.utf8.starts(with: p.utf8)`).
    @inline(__always) func keyStarts(_ k: Int, _ p: StaticString) -> Bool { Self.utf8Starts(tokens[k].key, p) }

    /// `key.count >= h.count && key.count <= h.count + slack && key.suffix(h.count).elementsEqual(h)`
    /// for some `h` of `ends` (UTF-8 bytes).
    @inline(__always) static func utf8EndsInAny(_ key: String, _ ends: [[UInt8]], slack: Int) -> Bool {
        let u = key.utf8
        if let r = u.withContiguousStorageIfAvailable({ b -> Bool in
            for h in ends where b.count >= h.count && b.count <= h.count + slack {
                let base = b.count - h.count
                var same = true
                for i in 0..<h.count where b[base + i] != h[i] { same = false; break }
                if same { return true }
            }
            return false
        }) { return r }
        for h in ends where u.count >= h.count && u.count <= h.count + slack && u.suffix(h.count).elementsEqual(h) { return true }
        return false
    }

    /// `String(s.dropFirst())` for a word opening in an Arabic letter (a clitic: و ب ل ف). When the
    /// next scalar is ASCII or an Arabic letter (none of them extends a grapheme cluster), the first character is
    /// that letter alone, two bytes: the rest is the bytes after them, without grapheme breaking. Any other
    /// word drops its first character as `String` does.
    static func droppingFirstArabicLetter(_ s: String) -> String {
        if let r = s.utf8.withContiguousStorageIfAvailable({ b -> String? in
            // (A letter, U+0621–U+064A: no mark, no prepended sign, which would take the next scalar into its character.)
            guard b.count >= 2, b[0] == 0xD8 && b[1] >= 0xA1 && b[1] <= 0xBF || b[0] == 0xD9 && b[1] >= 0x80 && b[1] <= 0x8A else { return nil }
            if b.count == 2 { return "" }
            let c = b[2]
            let letterNext: Bool
            if c < 0x80 { letterNext = c >= 0x20 }
            else if b.count >= 4 {
                let d = b[3]
                letterNext = c == 0xD8 && d >= 0xA1 && d <= 0xBF || c == 0xD9 && d >= 0x80 && d <= 0x8A || c == 0xDA || c == 0xDB && d <= 0x93
            } else { letterNext = false }
            return letterNext ? String(decoding: UnsafeBufferPointer(rebasing: b[2...]), as: UTF8.self) : nil
        }), let r { return r }
        return String(s.dropFirst())
    }

    /// `PlainText.hasPrefix(s, p)` for a prefix `p` that opens with an Arabic letter. Such a letter (two bytes) is a
    /// character no other scalar sequence is canonically equivalent to, unless it is one of the precomposed letters
    /// (آ أ ؤ إ ئ ۀ ۂ ۓ, which their decomposed forms equal): a word whose first two bytes are not the prefix's then
    /// opens with another character, so has not the prefix, plain or not. Only the words that open alike are compared
    /// (the prefix test scanned every word whole to tell it plain).
    @inline(__always) static func arabicHasPrefix(_ s: String, _ p: String) -> Bool {
        let gate = p.utf8.withContiguousStorageIfAvailable { x -> Bool? in
            guard x.count >= 2 else { return nil }
            let (x0, x1) = (x[0], x[1])
            guard x0 == 0xD8 && x1 >= 0xA1 || x0 == 0xD9 && x1 <= 0x8A || x0 == 0xDA || x0 == 0xDB && x1 <= 0x93 else { return nil }
            if x0 == 0xD8 && x1 >= 0xA2 && x1 <= 0xA6 || x0 == 0xDB && (x1 == 0x80 || x1 == 0x82 || x1 == 0x93) { return nil }
            return s.utf8.withContiguousStorageIfAvailable { b in b.count >= 2 && b[0] == x0 && b[1] == x1 }
        } ?? nil
        if gate == false { return false }
        return PlainText.hasPrefix(s, p)
    }

    /// `PlainText.hasSuffix(s, p)` for a suffix `p` that ends with an Arabic letter: as for `arabicHasPrefix`, a word
    /// whose last two bytes are not that letter's ends with another character (no other sequence is canonically
    /// equivalent to a letter that is not precomposed), so has not the suffix; only the words that end alike are compared.
    @inline(__always) static func arabicHasSuffix(_ s: String, _ p: String) -> Bool {
        let gate = p.utf8.withContiguousStorageIfAvailable { x -> Bool? in
            guard x.count >= 2 else { return nil }
            let (x0, x1) = (x[x.count - 2], x[x.count - 1])
            guard x0 == 0xD8 && x1 >= 0xA1 || x0 == 0xD9 && x1 <= 0x8A || x0 == 0xDA || x0 == 0xDB && x1 <= 0x93 else { return nil }
            if x0 == 0xD8 && x1 >= 0xA2 && x1 <= 0xA6 || x0 == 0xDB && (x1 == 0x80 || x1 == 0x82 || x1 == 0x93) { return nil }
            return s.utf8.withContiguousStorageIfAvailable { b in b.count >= 2 && b[b.count - 2] == x0 && b[b.count - 1] == x1 }
        } ?? nil
        if gate == false { return false }
        return PlainText.hasSuffix(s, p)
    }
}
