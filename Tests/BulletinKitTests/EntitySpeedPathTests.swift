import Foundation
import Testing
@testable import BulletinKit

/// The sixteenth session's speed paths (spd9) answer what the plain code answered: the
/// eight-byte ASCII step of `PlainText.isPlain`, the UTF-8 `FoldTable.isNFC`, the key set's
/// probe loop, the boxed `Mention` (still a value), the country ranking without a dictionary and
/// the cue matchers' start-bit test.
@Suite struct EntitySpeedPathTests {
    /// `PlainText.isPlain` as it was, byte by byte.
    static func plainReference(_ s: String) -> Bool { plainReference(Array(s.utf8)) }

    /// The same on bytes, which may end inside a letter.
    static func plainReference(_ b: [UInt8]) -> Bool {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                if c < 0x20 { return false }
                i += 1
                continue
            }
            guard i + 1 < b.count else { return false }
            let d = b[i + 1]
            if c >= 0xE0 {
                guard c < 0xF0, i + 2 < b.count else { return false }
                guard c == 0xE1 && d >= 0xB8 && d <= 0xBB || c == 0xE4 && d >= 0xB8 || c >= 0xE5 && c <= 0xE9 else { return false }
                i += 3
                continue
            }
            switch c {
            case 0xC2...0xCB, 0xD0, 0xD1, 0xD3, 0xDA: break
            case 0xD2: if d >= 0x83 && d <= 0x89 { return false }
            case 0xD8: if d < 0xA1 { return false }
            case 0xD9: if !(d <= 0x8A || d >= 0xB1) { return false }
            case 0xDB: if d > 0x93 { return false }
            default: return false
            }
            i += 2
        }
        return true
    }

    static let texts: [String] = {
        var out = ["", "a", "minsk", "Kassym-Jomart Tokayev", "Лукашенко", "بيلاروسيا", "北京大学", "Nguyễn Xuân Phúc",
                   "Nguye\u{302}\u{303}n", "e\u{301}cole", "tab\there", "line\nbreak", "\u{1F}x", "abcdefgh\u{7F}", "abcdefg\u{0}",
                   "Hải Phòng city council", "Ministry of Foreign Affairs of the Republic of Belarus", "\u{0600}abc",
                   "abcdefghЖabcdefgh", "abcdefgh中abcdefghi", "ASCII words then Việt Nam then more ASCII words", "🙂 smile"]
        // A control character at every position of a long ASCII run, and one non-ASCII letter too.
        let base = Array("the quick brown fox jumps over the lazy dog".utf8)
        for k in 0..<base.count {
            var c = base; c[k] = 0x09
            out.append(String(decoding: c, as: UTF8.self))
            var d = base; d[k] = 0x1F
            out.append(String(decoding: d, as: UTF8.self))
            out.append(String(decoding: base[..<k], as: UTF8.self) + "é" + String(decoding: base[k...], as: UTF8.self))
            out.append(String(decoding: base[..<k], as: UTF8.self) + "\u{301}" + String(decoding: base[k...], as: UTF8.self))
        }
        return out
    }()

    @Test func plainTestIsTheByteByByteTest() {
        for s in Self.texts {
            let fast = s.utf8.withContiguousStorageIfAvailable { PlainText.isPlain($0) }
            #expect(fast == Self.plainReference(s), "\(s.debugDescription)")
        }
    }

    /// A key the UTF-8 path calls NFC is NFC; ASCII, precomposed and Han keys are, decomposed ones are not.
    @Test func nfcTestOverBytes() {
        let table = FoldTable.shared
        for s in Self.texts {
            if table.isNFC(s.unicodeScalars, orHan: true) {
                #expect(Array(s.utf8) == Array(s.precomposedStringWithCanonicalMapping.utf8), "\(s.debugDescription)")
            }
        }
        #expect(table.isNFC("minsk belarus".unicodeScalars))
        #expect(table.isNFC("лукашенко".unicodeScalars))
        #expect(table.isNFC("nguyễn".unicodeScalars))
        #expect(table.isNFC("北京".unicodeScalars, orHan: true))
        #expect(!table.isNFC("北京".unicodeScalars))
        #expect(!table.isNFC("nguye\u{302}\u{303}n".unicodeScalars))
        #expect(!table.isNFC("e\u{301}cole".unicodeScalars))
        // A non-contiguous (bridged-like) string takes the scalar loop and answers the same.
        let substring = "xxлукашенкоxx".dropFirst(2).dropLast(2)
        #expect(table.isNFC(String.UnicodeScalarView(substring.unicodeScalars)) == table.isNFC("лукашенко".unicodeScalars))
    }

    /// The key set finds every member (by key and by key and hash) and nothing else, many keys sharing probe chains.
    @Test func keySetFindsMembersOnly() {
        let members = (0..<2000).map { "k\($0)" } + ["минск", "بيلاروسيا", "北京", "nguyễn", ""]
        let set = KeySet(members)
        for (i, k) in members.enumerated() {
            #expect(set.contains(k), "\(k)")
            #expect(set.contains(k, hash: Token.hash(k)), "\(k)")
            #expect(set.index(k) == i, "\(k)")
        }
        for k in (2000..<4000).map({ "k\($0)" }) + ["минс", "nguyen", "南京", "K1"] {
            #expect(!set.contains(k), "\(k)")
            #expect(!set.contains(k, hash: Token.hash(k)), "\(k)")
            #expect(set.index(k) == nil, "\(k)")
        }
    }

    /// A mention copied and then changed leaves the original as it was (the box is copied first).
    @Test func mentionIsAValue() {
        let a = Mention(surface: "Minsk", start: 3, end: 8, type: .place, evidence: .cue, code: "BY", words: ["minsk"], variants: ["Minsk city"])
        var b = a
        b.surface = "Minsk Region"
        b.words.append("region")
        b.variants = []
        b.code = nil
        b.start = 0
        #expect(a.surface == "Minsk" && a.words == ["minsk"] && a.variants == ["Minsk city"] && a.code == "BY" && a.start == 3)
        #expect(b.surface == "Minsk Region" && b.words == ["minsk", "region"] && b.variants.isEmpty && b.code == nil && b.start == 0)
        var list = [a, a]
        list[1].words[0] = "pinsk"
        list[0].surface += "!"
        #expect(list[0].words == ["minsk"] && list[1].words == ["pinsk"])
        #expect(list[0].surface == "Minsk!" && list[1].surface == "Minsk" && a.surface == "Minsk")
    }

    /// The ranking without a dictionary is the ranking with one.
    @Test func countryRankingIsTheDictionaryRanking() {
        func reference(_ codes: [String], _ entities: [ArticleEntity], _ headline: Set<String>) -> [String] {
            guard codes.count > 1 else { return codes }
            var mentions: [String: Int] = [:]
            for e in entities where e.type == .country { if let c = e.code { mentions[c, default: 0] += e.mentions } }
            let keyed = codes.enumerated().map { (i, c) in (c, headline.contains(c) ? 0 : 1, -(mentions[c] ?? 0), i) }
            return keyed.sorted { ($0.1, $0.2, $0.3) < ($1.1, $1.2, $1.3) }.map(\.0)
        }
        func country(_ code: String, _ n: Int) -> ArticleEntity {
            ArticleEntity(name: code, type: .country, aliases: [code], mentions: n, ranges: [], code: code)
        }
        let entities = [country("BY", 3), country("VN", 5), country("CN", 5), country("RU", 1),
                        ArticleEntity(name: "Minsk", type: .place, aliases: ["Minsk"], mentions: 9, ranges: []), country("BY", 2)]
        for codes in [["BY", "VN", "CN", "RU"], ["RU", "CN"], ["KZ", "BY", "VN"], ["BY"], [], ["VN", "VN", "CN"]] {
            for headline in [Set<String>(), ["RU"], ["KZ", "CN"]] {
                #expect(EntityExtractor.rankCountries(codes, entities: entities, headline: headline) == reference(codes, entities, headline),
                        "\(codes) \(headline)")
            }
        }
    }

    /// Where the start bits say no phrase starts, the cue matchers find none.
    @Test func startBitsOnlySkipTokensWithoutMatches() {
        let lex = EntityLexicon.shared
        let text = "President Aleksandr Lukashenko met the Minister of Foreign Affairs in the city of Minsk. "
            + "Министр иностранных дел Республики Беларусь прибыл в Ханой. Thủ tướng Phạm Minh Chính tại Hà Nội."
        Tokenizer.withTokens(text, marks: lex.startMarks) { tokens in
            for k in tokens.indices {
                for m in [lex.titles, lex.orgKeywords, lex.placeKeywords] where !m.mayStart(tokens, at: k) {
                    #expect(m.match(tokens, at: k) == nil, "\(k)")
                }
            }
        }
    }
}
