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
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return prefold(text).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// The replacements Foundation's folding does not make.
    static func prefold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x064B...0x0652, 0x0640, 0x0670: continue
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
            // Foundation folds one cluster at a time slowly; an article repeats few
            // distinct non-ASCII clusters (Vietnamese, Cyrillic, Arabic letters), so fold each once.
            var memo: [Character: [UInt16]] = [:]
            for c in text {
                clusterStarts.append(offset)
                let folded: [UInt16]
                if let a = c.asciiValue {
                    folded = [UInt16((a >= 65 && a <= 90) ? a + 32 : a)]
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
            }
            clusterStarts.append(offset)
        }

        /// Where the folded `query` occurs, as UTF-16 ranges of the original text.
        public func matches(of query: String) -> [Range<Int>] {
            let needle = Array(MatchFinder.fold(query).utf16)
            guard !needle.isEmpty, units.count >= needle.count else { return [] }
            var result: [Range<Int>] = []
            let first = needle[0], n = needle.count
            var i = 0
            while i <= units.count - n {
                if units[i] == first && units[i..<(i + n)].elementsEqual(needle) {
                    let a = Int(origin[i]), b = Int(origin[i + n - 1])
                    result.append(clusterStarts[a]..<clusterStarts[b + 1])
                    i += n
                } else {
                    i += 1
                }
            }
            return result
        }
    }

    /// Where `query` occurs in `text`, as UTF-16 ranges of `text`. Empty for an empty query.
    public static func matches(of query: String, in text: String) -> [Range<Int>] {
        query.isEmpty ? [] : FoldedText(text).matches(of: query)
    }
}
