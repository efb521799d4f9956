import Foundation

/// Session 46 (tui46): known places written in Thai, Lao, Khmer and Burmese. These scripts write no space between
/// words, so a place name sits inside a longer run ("นักท่องเที่ยวแห่ไปเชียงใหม่", "នៅភ្នំពេញថ្ងៃនេះ"): the token
/// matcher, which compares whole words, never saw one. Like the Han runs' (`findKnownHan`), the gazetteer's names
/// in these scripts are looked for inside each run, at cluster boundaries only: a name never starts on a mark, a
/// vowel sign written after its consonant, or a consonant stacked under the one before (Khmer coeng, Burmese
/// virama), nor after a Thai or Lao vowel written before its consonant; it never ends before a mark, a following
/// vowel, or a Burmese final consonant (one with asat or virama after it). A name found gives its place, and
/// through `PlaceCountries` its country.
///
/// Country names in these scripts (session 47) are read the same way: CLDR's Thai, Lao, Khmer and Burmese names of
/// every region (`EntityLexicon.seaCountryNames`), which the token matcher could not use either.
///
/// Cost: `findKnown` asks `isSEARun` of a token of script `.other` (not Latin, Cyrillic, Arabic or Han) only: one
/// test of its text's first UTF-8 bytes. Text with no run of these scripts pays that byte test at most.
struct SEAPlaceIndex: Sendable {
    /// One name: its scalars (as written in the gazetteer or CLDR), and its entity in the knowledge base (a place)
    /// or its country's code (a country: `entity` is -1).
    struct Name: Sendable {
        let scalars: [Unicode.Scalar]
        let entity: Int
        var code: String? = nil
    }

    /// The names by their first scalar, longest first.
    let byFirst: [UInt32: [Name]]

    /// `countries`: (name, region code) pairs, each name written in one of these scripts (others are skipped).
    init(_ knowledge: KnowledgeBase, countries: [(name: String, code: String)] = []) {
        var table: [UInt32: [Name]] = [:]
        for (i, e) in knowledge.entities.enumerated() where e.type == .place {
            for alias in e.aliases {
                guard let first = alias.unicodeScalars.first, SearchFolding.isSEABlock(first.value) else { continue }
                table[first.value, default: []].append(Name(scalars: Array(alias.unicodeScalars), entity: i))
            }
        }
        var seen = Set<String>()
        for (name, code) in countries where seen.insert(name).inserted {
            guard let first = name.unicodeScalars.first, SearchFolding.isSEABlock(first.value) else { continue }
            table[first.value, default: []].append(Name(scalars: Array(name.unicodeScalars), entity: -1, code: code))
        }
        byFirst = table.mapValues { $0.sorted { $0.scalars.count > $1.scalars.count } }
    }

    var isEmpty: Bool { byFirst.isEmpty }

    /// Whether the UTF-8 text starts with a scalar of the Thai or Lao block (U+0E00–U+0EFF), Myanmar (U+1000–U+109F)
    /// or Khmer (U+1780–U+17FF): lead byte E0 with B8–BB, or E1 with 80–81, 82 (before A0: Georgian follows) or 9E–9F.
    @inline(__always) static func startsSEA(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
        if b0 == 0xE0 { return b1 >= 0xB8 && b1 <= 0xBB }
        if b0 == 0xE1 { return b1 == 0x80 || b1 == 0x81 || (b1 == 0x82 && b2 < 0xA0) || b1 == 0x9E || b1 == 0x9F }
        return false
    }

    /// Thai and Lao vowels written before their consonant (เ แ โ ใ ไ): a name cannot start after one.
    @inline(__always) static func isLeadingVowel(_ v: UInt32) -> Bool {
        (0x0E40...0x0E44).contains(v) || (0x0EC0...0x0EC4).contains(v)
    }

    /// Thai and Lao vowels written after their consonant as letters, not marks (ะ า ำ ๅ, ະ າ ຳ): they belong to the
    /// cluster before them.
    @inline(__always) static func isFollowingVowel(_ v: UInt32) -> Bool {
        v == 0x0E30 || v == 0x0E32 || v == 0x0E33 || v == 0x0E45 || v == 0x0EB0 || v == 0x0EB2 || v == 0x0EB3
    }

    /// Whether a name may start at `p` and end at `e` (exclusive) of the run `s`, at cluster boundaries.
    static func bounded(_ s: [Unicode.Scalar], _ p: Int, _ e: Int) -> Bool {
        if p > 0 {
            let v = s[p].value, prev = s[p - 1].value
            if SearchFolding.continuesCluster(v, after: prev) || isFollowingVowel(v) || isLeadingVowel(prev) { return false }
        }
        if e < s.count {
            let v = s[e].value, prev = s[e - 1].value
            if SearchFolding.continuesCluster(v, after: prev) || isFollowingVowel(v) { return false }
            // A Burmese consonant with asat or virama after it closes the syllable before it.
            if e + 1 < s.count, s[e + 1].value == 0x103A || s[e + 1].value == 0x1039 { return false }
        }
        return true
    }

    /// The names inside run `s`, longest-leftmost, as (scalar offset, scalar length, entity, or -1 and a country's code).
    func matches(in s: [Unicode.Scalar]) -> [(offset: Int, length: Int, entity: Int, code: String?)] {
        var result: [(offset: Int, length: Int, entity: Int, code: String?)] = []
        var p = 0
        outer: while p < s.count {
            if let names = byFirst[s[p].value] {
                for n in names where p + n.scalars.count <= s.count {
                    var k = 1
                    while k < n.scalars.count, s[p + k] == n.scalars[k] { k += 1 }
                    if k == n.scalars.count, Self.bounded(s, p, p + k) {
                        result.append((p, k, n.entity, n.code))
                        p += k
                        continue outer
                    }
                }
            }
            p += 1
        }
        return result
    }
}

extension NameFinder {
    /// Token `i` (of script `.other`) is a run of Thai, Lao, Khmer or Burmese: its first scalar's two lead bytes tell.
    @inline(__always) func isSEARun(_ i: Int) -> Bool {
        token(i).text.utf8.withContiguousStorageIfAvailable { b in
            b.count >= 3 && SEAPlaceIndex.startsSEA(b[0], b[1], b[2])
        } ?? false
    }

    /// The gazetteer's places and CLDR's countries inside the Thai, Lao, Khmer or Burmese run at token `i`.
    mutating func findKnownSEA(_ i: Int) {
        let index = lex.seaPlaces
        guard !index.isEmpty else { return }
        let t = token(i)
        let scalars = Array(t.text.unicodeScalars)
        let found = index.matches(in: scalars)
        guard !found.isEmpty else { return }
        for m in found {
            let (s, e) = hanSpan(t, scalars, m.offset, m.length)
            let text = String(String.UnicodeScalarView(scalars[m.offset..<(m.offset + m.length)]))
            if let code = m.code {
                mentions.append(Mention(surface: text, start: s, end: e, type: .country, evidence: .known, code: code, words: [text]))
                continue
            }
            var mention = Mention(surface: text, start: s, end: e, type: lex.knowledge.entities[m.entity].type, evidence: .known, words: [text])
            mention.known = m.entity
            mentions.append(mention)
        }
        // A run that is the name and nothing more is explained by it.
        if found.count == 1, found[0].length == scalars.count { covered[i] = true }
    }
}
