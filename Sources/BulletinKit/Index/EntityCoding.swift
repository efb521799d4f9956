/// A compact text form of an article's entities for the index: one entity per
/// line, fields separated by tabs (type, name, code, mentions, aliases joined
/// by U+001F, ranges as `start-end` joined by commas). Far faster than JSON
/// for 100,000 articles, and stable.
enum EntityCoding {
    /// Written as UTF-8 bytes into one buffer, numbers digit by digit: the
    /// arrays, joins and interpolations of a naive version, then the
    /// `String` appends and `String(Int)` of the next one, cost seconds of
    /// the workers' time at 100,000 articles (an article has dozens of ranges).
    static func encode(_ entities: [ArticleEntity]) -> String {
        String(decoding: encodeUTF8(entities), as: UTF8.self)
    }

    /// `encode` as the UTF-8 bytes the index's writer binds (no `String`
    /// made of them: it would validate every byte once more).
    static func encodeUTF8(_ entities: [ArticleEntity]) -> [UInt8] {
        guard !entities.isEmpty else { return [] }
        var out: [UInt8] = []
        out.reserveCapacity(entities.count * 64)
        for (i, e) in entities.enumerated() {
            if i > 0 { out.append(0x0A) }
            out.append(contentsOf: e.type.rawValue.utf8)
            out.append(0x09)
            appendClean(e.name, to: &out)
            out.append(0x09)
            if let code = e.code { appendClean(code, to: &out) }
            out.append(0x09)
            appendDecimal(e.mentions, to: &out)
            out.append(0x09)
            for (k, alias) in e.aliases.enumerated() {
                if k > 0 { out.append(0x1F) }
                appendClean(alias, to: &out)
            }
            out.append(0x09)
            for (k, r) in e.ranges.enumerated() {
                if k > 0 { out.append(0x2C) }
                appendDecimal(r.start, to: &out)
                out.append(0x2D)
                appendDecimal(r.end, to: &out)
            }
        }
        return out
    }

    /// `clean(s)` as UTF-8 bytes.
    @inline(__always)
    static func appendClean(_ s: String, to out: inout [UInt8]) {
        if needsCleaning(s) { out.append(contentsOf: clean(s).utf8) } else { out.append(contentsOf: s.utf8) }
    }

    /// `String(n)` as UTF-8 bytes.
    @inline(__always)
    static func appendDecimal(_ n: Int, to out: inout [UInt8]) {
        guard n >= 0, n < 100_000_000 else { return out.append(contentsOf: String(n).utf8) }
        if n < 10 { return out.append(UInt8(truncatingIfNeeded: 0x30 + n)) }
        // The digits packed into one word, the first in the lowest byte (one division
        // a digit, each byte appended once, none written twice).
        var packed: UInt64 = 0
        var digits = 0
        var v = n
        while v > 0 {
            packed = packed << 8 | UInt64(truncatingIfNeeded: 0x30 + v % 10)
            v /= 10
            digits += 1
        }
        for _ in 0..<digits {
            out.append(UInt8(truncatingIfNeeded: packed))
            packed >>= 8
        }
    }

    /// The entities `encode` wrote: lines split on LF (empty ones skipped), exactly six fields split on tabs,
    /// aliases on U+001F (empty ones skipped), ranges on commas then dashes (empty parts skipped), as
    /// `decodeByCharacters` splits them by `Character`. Read by bytes: the separators are ASCII, each always a
    /// character of its own except LF after CR (CR LF is one character, which `clean` leaves as it is), so a
    /// text with a CR, or a ranges field with anything but digits, commas and dashes, goes to
    /// `decodeByCharacters`. Splitting by `Character` was a fifth of `list --json` at 100,000 articles.
    static func decode(_ text: String) -> [ArticleEntity] {
        guard !text.isEmpty else { return [] }
        var text = text
        return text.withUTF8 { bytes in
            if bytes.contains(0x0D) { return decodeByCharacters(String(decoding: bytes, as: UTF8.self)) }
            var out: [ArticleEntity] = []
            var fields: [Range<Int>] = []
            fields.reserveCapacity(6)
            let end = bytes.count
            var i = 0
            while i < end {
                let lineStart = i
                var k = i
                fields.removeAll(keepingCapacity: true)
                var fieldStart = i
                while k < end, bytes[k] != 0x0A {
                    if bytes[k] == 0x09 {
                        fields.append(fieldStart..<k)
                        fieldStart = k + 1
                    }
                    k += 1
                }
                let lineEnd = k
                i = k + 1
                guard lineStart < lineEnd else { continue }
                fields.append(fieldStart..<lineEnd)
                guard fields.count == 6 else { continue }
                func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }
                guard let type = EntityType(rawValue: text(fields[0])) else { continue }
                let rangeField = fields[5]
                guard bytes[rangeField].allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2C || $0 == 0x2D }) else {
                    out.append(contentsOf: decodeByCharacters(text(lineStart..<lineEnd)))
                    continue
                }
                var ranges: [TextSpan] = []
                // "start-end" pairs separated by commas (empty ones skipped); a pair is two numbers split on dashes.
                var r = rangeField.lowerBound
                while r < rangeField.upperBound {
                    var pairEnd = r
                    while pairEnd < rangeField.upperBound, bytes[pairEnd] != 0x2C { pairEnd += 1 }
                    defer { r = pairEnd + 1 }
                    guard r < pairEnd else { continue }
                    var parts: [Range<Int>] = []
                    var p = r
                    while p < pairEnd {
                        var partEnd = p
                        while partEnd < pairEnd, bytes[partEnd] != 0x2D { partEnd += 1 }
                        if p < partEnd { parts.append(p..<partEnd) }
                        if parts.count > 2 { break }
                        p = partEnd + 1
                    }
                    guard parts.count == 2, let s = decimal(bytes, parts[0]), let e = decimal(bytes, parts[1]) else { continue }
                    ranges.append(TextSpan(start: s, end: e))
                }
                var aliases: [String] = []
                var a = fields[4].lowerBound
                while a < fields[4].upperBound {
                    var aliasEnd = a
                    while aliasEnd < fields[4].upperBound, bytes[aliasEnd] != 0x1F { aliasEnd += 1 }
                    if a < aliasEnd { aliases.append(text(a..<aliasEnd)) }
                    a = aliasEnd + 1
                }
                out.append(ArticleEntity(name: text(fields[1]), type: type, aliases: aliases,
                                         mentions: Int(text(fields[3])) ?? 0, ranges: ranges,
                                         code: fields[2].isEmpty ? nil : text(fields[2])))
            }
            return out
        }
    }

    /// `Int` of the ASCII digits at `r` (nil when too large, as `Int(String)` gives it).
    @inline(__always)
    private static func decimal(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
        guard r.count <= 18 else { return Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)) }
        var n = 0
        for k in r { n = n * 10 + Int(bytes[k] &- 0x30) }
        return n
    }

    /// `decode` by `Character`s, as it was: for the texts its bytes cannot split the same way.
    static func decodeByCharacters(_ text: String) -> [ArticleEntity] {
        guard !text.isEmpty else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 6, let type = EntityType(rawValue: String(f[0])) else { return nil }
            let ranges: [TextSpan] = f[5].split(separator: ",").compactMap { r in
                let p = r.split(separator: "-")
                guard p.count == 2, let s = Int(p[0]), let e = Int(p[1]) else { return nil }
                return TextSpan(start: s, end: e)
            }
            return ArticleEntity(name: String(f[1]), type: type,
                                 aliases: f[4].isEmpty ? [] : f[4].split(separator: "\u{1F}").map(String.init),
                                 mentions: Int(f[3]) ?? 0, ranges: ranges, code: f[2].isEmpty ? nil : String(f[2]))
        }
    }

    /// Separators cannot appear inside a field.
    static func clean(_ s: String) -> String {
        guard needsCleaning(s) else { return s }
        // By scalars: CR LF is one `Character`, equal to neither "\r" nor "\n", and was stored uncleaned.
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars { out.append(u == "\t" || u == "\n" || u == "\u{1F}" || u == "\r" ? " " : u) }
        return String(out)
    }

    /// Whether `s` holds a byte of a separator (all ASCII); a byte scan, where
    /// comparing `Character`s would break the text into grapheme clusters.
    @inline(__always)
    static func needsCleaning(_ s: String) -> Bool {
        // On the string's own bytes when it has them (a native string always does):
        // through the view's iterator, each name cost several hundred instructions.
        s.utf8.withContiguousStorageIfAvailable { p in
            for b in p where b < 0x20 && (b == 0x09 || b == 0x0A || b == 0x1F || b == 0x0D) { return true }
            return false
        } ?? s.utf8.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x1F || $0 == 0x0D }
    }
}
