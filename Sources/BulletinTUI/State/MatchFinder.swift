import BulletinKit
import Foundation

/// Case- and diacritic-insensitive matching that reports where matches stand in
/// the original text (UTF-16 offsets), so the panes can highlight them.
///
/// Folding: lowercase, diacritics removed (Foundation), plus what Foundation's
/// folding leaves alone, handled by hand: Vietnamese `đ`, Arabic short vowels
/// and tatweel (dropped) and hamza-carrying alefs (to bare alef).
public enum MatchFinder {
    /// `text` folded for comparison (one Foundation call for the whole string).
    /// Thai, Lao, Khmer and Burmese are kept as written: Foundation's folding takes their vowel
    /// signs and tone marks away (`ใหม่`, new, would be `ใหม`), which the full-text search keeps.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        if text.unicodeScalars.contains(where: { MatchFinder.isSEABlock($0.value) }) {
            var out = ""
            var previous: Character?
            for c in text {
                if !isDroppedSpace(c, after: previous) { out += fold(c) }
                previous = c
            }
            return out
        }
        return prefold(text).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// A zero-width space (U+200B) after a letter of Thai, Lao, Khmer or Burmese: inside such a run it marks a word
    /// break the script does not write, and the full-text search reads the run across it (`ផ្សារ\u{200B}សៀមរាប` is
    /// found by `ផ្សារសៀមរាប`); folded to nothing, so the reader lights what the search found.
    @inline(__always) static func isDroppedSpace(_ c: Character, after previous: Character?) -> Bool {
        guard c == "\u{200B}", let p = previous?.unicodeScalars.first else { return false }
        return isSEABlock(p.value)
    }

    /// Thai, Lao, Myanmar and Khmer blocks with their extensions (as `SearchFolding` cuts their runs).
    static func isSEABlock(_ v: UInt32) -> Bool {
        switch v {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x19E0...0x19FF, 0xA9E0...0xA9FF, 0xAA60...0xAA7F: return true
        default: return false
        }
    }

    /// Whether a match ending (or starting) at folded unit `at` of `units` would split a Thai,
    /// Lao, Khmer or Burmese cluster (`หม` in `ใหม่`, `នំ` in `ភ្នំ`), as the full-text search never does.
    @inline(__always) static func splitsCluster(_ units: UnsafeBufferPointer<UInt16>, at: Int) -> Bool {
        guard at > 0, at < units.count, units[at] >= 0x0E00 else { return false }
        return SearchFolding.continuesCluster(UInt32(units[at]), after: UInt32(units[at - 1]))
    }

    /// `splitsCluster` over UTF-8 (the titles' folded bytes): the scripts' scalars are three bytes
    /// led by 0xE0, 0xE1 or 0xEA, so other text pays a byte test.
    @inline(__always) static func splitsCluster(utf8 t: UnsafeBufferPointer<UInt8>, at: Int) -> Bool {
        guard at >= 3, at + 3 <= t.count else { return false }
        let b = t[at], p = t[at - 3]
        guard b == 0xE0 || b == 0xE1 || b == 0xEA, p == 0xE0 || p == 0xE1 || p == 0xEA,
              t[at - 2] & 0xC0 == 0x80 else { return false }
        func scalar(_ k: Int) -> UInt32 {
            (UInt32(t[k] & 0x0F) << 12) | (UInt32(t[k + 1] & 0x3F) << 6) | UInt32(t[k + 2] & 0x3F)
        }
        return SearchFolding.continuesCluster(scalar(at), after: scalar(at - 3))
    }

    /// The replacements Foundation's folding does not make. A zero-width space (U+200B, U+FEFF), which an
    /// article keeps as written and the screen draws in no cell, is a space to a search, as the full-text
    /// search reads it (a word boundary): "a\u{200B}b" matches `a b`, and `ab` through the titles' spaceless form.
    static func prefold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x064B...0x0652, 0x0640, 0x0670: continue
            case 0x200B, 0xFEFF: scalars.append(" ")
            case 0x0622, 0x0623, 0x0625, 0x0671: scalars.append(UnicodeScalar(0x0627)!)
            case 0x0110, 0x0111: scalars.append("d")
            default: scalars.append(s)
            }
        }
        return String(scalars)
    }

    /// One cluster folded (possibly to nothing, for Arabic vowel marks).
    static func fold(_ c: Character) -> String {
        if let a = c.asciiValue {
            return (a >= 65 && a <= 90) ? String(UnicodeScalar(a + 32)) : String(c)
        }
        if let first = c.unicodeScalars.first, MatchFinder.isSEABlock(first.value) { return String(c) }
        return prefold(String(c)).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// A text folded cluster by cluster, remembering where each folded unit came from.
    /// Built once per article (it does not depend on the query).
    public struct FoldedText: Sendable {
        var units: [UInt16] = []
        /// For each folded unit, the index of the cluster it came from.
        var origin: [Int32] = []
        /// UTF-16 offset of each cluster in the original text, plus the end.
        var clusterStarts: [Int] = []

        public init(_ text: String) {
            var offset = 0
            var cluster: Int32 = 0
            units.reserveCapacity(text.utf16.count)
            origin.reserveCapacity(text.utf16.count)
            clusterStarts.reserveCapacity(text.utf8.count + 1)
            // Foundation folds one cluster at a time slowly; an article repeats few
            // distinct non-ASCII clusters (Vietnamese, Cyrillic, Arabic letters), so fold each once.
            var memo: [Character: [UInt16]] = [:]
            var previous: Character?
            func add(_ c: Character) {
                clusterStarts.append(offset)
                let folded: [UInt16]
                if let a = c.asciiValue {
                    folded = [UInt16((a >= 65 && a <= 90) ? a + 32 : a)]
                } else if MatchFinder.isDroppedSpace(c, after: previous) {
                    folded = []
                } else if let m = memo[c] {
                    folded = m
                } else {
                    folded = Array(MatchFinder.fold(c).utf16)
                    memo[c] = folded
                }
                for u in folded {
                    units.append(u)
                    origin.append(cluster)
                }
                offset += c.utf16.count
                cluster += 1
                previous = c
            }
            // ASCII between ASCII is a cluster of its own (but CR LF is one): read
            // as bytes, the Character walk (grapheme breaking) only for the rest.
            // A 7 MB article's first search key waited for the walk.
            var text = text
            text.withUTF8 { b in
                let n = b.count
                func standalone(_ i: Int) -> Bool {
                    b[i] < 0x80 && (i + 1 == n || (b[i + 1] < 0x80 && !(b[i] == 13 && b[i + 1] == 10)))
                }
                var i = 0
                while i < n {
                    if standalone(i) {
                        let a = b[i]
                        clusterStarts.append(offset)
                        units.append(UInt16((a >= 65 && a <= 90) ? a + 32 : a))
                        origin.append(cluster)
                        offset += 1
                        cluster += 1
                        i += 1
                        continue
                    }
                    // Up to the next boundary between two ASCII bytes (not inside CR LF).
                    var j = i + 1
                    while j < n, !(b[j - 1] < 0x80 && b[j] < 0x80 && !(b[j - 1] == 13 && b[j] == 10)) { j += 1 }
                    for c in String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self) { add(c) }
                    i = j
                }
            }
            clusterStarts.append(offset)
        }

        /// Where the folded `query` occurs, as UTF-16 ranges of the original text
        /// (left to right, an occurrence overlapping the previous one skipped).
        public func matches(of query: String) -> [Range<Int>] {
            let needle = MatchFinder.foldedNeedle(query)
            return ranges(starts: starts(of: needle), length: needle.count)
        }

        /// How many folded units the text has (what a full scan reads).
        public var count: Int { units.count }

        /// Every folded-unit offset where `needle` starts, overlapping occurrences included.
        public func starts(of needle: [UInt16]) -> [Int32] {
            guard !needle.isEmpty, units.count >= needle.count else { return [] }
            let first = needle[0], n = needle.count, last = units.count - n
            var result: [Int32] = []
            units.withUnsafeBufferPointer { u in
                needle.withUnsafeBufferPointer { q in
                    var i = 0
                    while i <= last {
                        if u[i] == first {
                            var k = 1
                            while k < n && u[i + k] == q[k] { k += 1 }
                            if k == n, !MatchFinder.splitsCluster(u, at: i), !MatchFinder.splitsCluster(u, at: i + n) {
                                result.append(Int32(i))
                            }
                        }
                        i += 1
                    }
                }
            }
            return result
        }

        /// The starts of `needle` among `starts`, the starts of a needle it extends
        /// (so every start of `needle` is among them): only those are compared.
        public func starts(of needle: [UInt16], among starts: [Int32], extending prefix: Int) -> [Int32] {
            let n = needle.count
            guard n > prefix else { return starts }
            var result: [Int32] = []
            units.withUnsafeBufferPointer { u in
                for s in starts {
                    let i = Int(s)
                    guard i + n <= u.count else { break }
                    var k = prefix
                    while k < n && u[i + k] == needle[k] { k += 1 }
                    if k == n, !MatchFinder.splitsCluster(u, at: i + n) { result.append(s) }
                }
            }
            return result
        }

        /// Non-overlapping UTF-16 ranges of the original text for sorted `starts`
        /// of a needle `length` units long, taken left to right.
        public func ranges(starts: [Int32], length: Int) -> [Range<Int>] {
            guard length > 0 else { return [] }
            var result: [Range<Int>] = []
            var free = 0
            for s in starts where Int(s) >= free {
                let i = Int(s)
                let a = Int(origin[i]), b = Int(origin[i + length - 1])
                result.append(clusterStarts[a]..<clusterStarts[b + 1])
                free = i + length
            }
            return result
        }
    }

    /// `query` folded as a needle for `FoldedText` (UTF-16 units).
    public static func foldedNeedle(_ query: String) -> [UInt16] {
        Array(fold(query).utf16)
    }

    /// Where `query` occurs in `text`, as UTF-16 ranges of `text` (sorted, disjoint). Empty for an empty query.
    /// A query with `OR` or `-words` (`alternatives`) finds each word it looks for.
    public static func matches(of typed: String, in text: String) -> [Range<Int>] {
        let query = phrase(typed)
        guard !query.isEmpty else { return [] }
        let folded = FoldedText(text)
        guard let words = alternatives(query) else {
            return spelledAsTyped(folded.matches(of: query), in: text, query: query)
        }
        return merged(words.map { spelledAsTyped(folded.matches(of: $0), in: text, query: $0) })
    }

    /// What a query written as `bulletin search` reads it looks for in a title or a line, when it has `OR`
    /// or `-words`: its positive words and phrases (`Minsk OR Hanoi talks`: Minsk, Hanoi, talks; `Minsk
    /// -tourism`: Minsk). Nil for any other query, which titles and lines match whole, as typed (`Minsk
    /// talks` is one phrase there). Matched whole, `Minsk OR Hanoi` found no title ("0 in the title") while
    /// the text search found both cities' articles.
    public static func alternatives(_ query: String) -> [String]? {
        // Cheap gate: the list draws every row's title with the query.
        guard query.contains("OR") || query.contains("-") else { return nil }
        let parsed = SearchQuery.parse(query)
        guard parsed.hasOr || !parsed.excludedTerms.isEmpty else { return nil }
        return parsed.positiveTerms.map(\.text)
    }

    /// Several sorted match lists as one, sorted, overlapping ranges joined.
    static func merged(_ lists: [[Range<Int>]]) -> [Range<Int>] {
        let all = lists.joined().sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        var result: [Range<Int>] = []
        for r in all {
            if let last = result.last, r.lowerBound < last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                result.append(r)
            }
        }
        return result
    }

    /// The text a query made of one quoted phrase looks for: `"Lào Cai"` (or `“Lào Cai”`, `«Lào Cai»`, and
    /// `"Lào Cai` while the closing quote is still to be typed) finds Lào Cai in titles and in the reader, as
    /// the full-text search reads the phrase. Matched as typed, quotes and all, no title held it
    /// ("not in a title", "0 in the title") and the reader found it nowhere. Any other query is kept whole.
    public static func phrase(_ query: String) -> String {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first, openingQuotes.contains(first) else { return query }
        var inner = trimmed.dropFirst()
        if let last = inner.last, closingQuotes.contains(last) { inner = inner.dropLast() }
        guard !inner.contains(where: { openingQuotes.contains($0) || closingQuotes.contains($0) }) else { return query }
        return String(inner)
    }

    static let openingQuotes: Set<Character> = ["\"", "\u{201C}", "\u{201E}", "\u{00AB}"]
    static let closingQuotes: Set<Character> = ["\"", "\u{201D}", "\u{201C}", "\u{00BB}"]

    /// Diacritic-smart, as search is (`DiacriticFilter`): the matches whose
    /// text writes each word of `query` typed with diacritics as it is typed
    /// (case aside); a query without such a word keeps every match.
    public static func spelledAsTyped(_ ranges: [Range<Int>], in text: String, query: String) -> [Range<Int>] {
        guard !ranges.isEmpty else { return ranges }
        let marked = DiacriticFilter.markedWords(in: query)
        guard !marked.isEmpty else { return ranges }
        let utf16 = text.utf16
        return ranges.filter { r in
            guard let lo = utf16.index(utf16.startIndex, offsetBy: r.lowerBound, limitedBy: utf16.endIndex),
                  let hi = utf16.index(utf16.startIndex, offsetBy: r.upperBound, limitedBy: utf16.endIndex) else { return false }
            return writes(String(text[lo..<hi]), marked)
        }
    }

    /// Whether `text` holds each of `marked` (lower case) as written, case aside.
    static func writes(_ text: String, _ marked: [String]) -> Bool {
        let lower = Array(text.lowercased())
        return marked.allSatisfy { word in
            let w = Array(word)
            guard !w.isEmpty, lower.count >= w.count else { return w.isEmpty }
            return (0...(lower.count - w.count)).contains { i in lower[i..<(i + w.count)].elementsEqual(w) }
        }
    }
}
