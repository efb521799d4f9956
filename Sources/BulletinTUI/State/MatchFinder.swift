import BulletinKit
import Foundation

/// Case- and diacritic-insensitive matching that reports where matches stand in
/// the original text (UTF-16 offsets), so the panes can highlight them.
///
/// Folding is done per grapheme cluster: lowercase, diacritics removed, and the
/// cases Foundation's folding leaves alone handled by hand: Vietnamese `đ`,
/// Arabic short vowels and tatweel (dropped) and hamza-carrying alefs (to bare alef).
public enum MatchFinder {
    /// `text` folded for comparison.
    public static func fold(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text { out += fold(c) }
        return out
    }

    /// One cluster folded (possibly to nothing, for Arabic vowel marks).
    public static func fold(_ c: Character) -> String {
        if let a = c.asciiValue {
            return (a >= 65 && a <= 90) ? String(UnicodeScalar(a + 32)) : String(c)
        }
        var scalars = String.UnicodeScalarView()
        for s in String(c).unicodeScalars {
            switch s.value {
            case 0x064B...0x0652, 0x0640, 0x0670: continue
            case 0x0622, 0x0623, 0x0625, 0x0671: scalars.append(UnicodeScalar(0x0627)!)
            case 0x0110, 0x0111: scalars.append("d")
            default: scalars.append(s)
            }
        }
        return String(scalars).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Where `query` occurs in `text`, as UTF-16 ranges of `text`. Empty for an empty query.
    public static func matches(of query: String, in text: String) -> [Range<Int>] {
        let needle = Array(fold(query).utf16)
        guard !needle.isEmpty else { return [] }
        // Folded text with, for every folded code unit, the original cluster it came from.
        var folded: [UInt16] = []
        var origin: [Int] = []
        var clusterStarts: [Int] = []
        var offset = 0
        for c in text {
            let f = fold(c)
            let idx = clusterStarts.count
            clusterStarts.append(offset)
            for u in f.utf16 {
                folded.append(u)
                origin.append(idx)
            }
            offset += c.utf16.count
        }
        clusterStarts.append(offset)
        guard folded.count >= needle.count else { return [] }
        var result: [Range<Int>] = []
        var i = 0
        while i <= folded.count - needle.count {
            if folded[i] == needle[0] && folded[i..<(i + needle.count)].elementsEqual(needle) {
                let first = origin[i], last = origin[i + needle.count - 1]
                result.append(clusterStarts[first]..<clusterStarts[last + 1])
                i += needle.count
            } else {
                i += 1
            }
        }
        return result
    }

    /// Whether `query` (already folded) occurs in `foldedText`.
    public static func contains(folded foldedText: String, query foldedQuery: String) -> Bool {
        foldedQuery.isEmpty || foldedText.contains(foldedQuery)
    }
}
