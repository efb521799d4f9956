import Foundation
import Testing
@testable import BulletinKit

/// The byte-level helpers the rule passes' speed work rests on answer what the standard library's views and splits
/// answer (NameFinder+ArabicHan.swift, MentionGrouper.swift). (The passes that read them are checked whole by the
/// entity-output comparison of every set; these check the helpers on edge cases the sets lack.)
@Suite struct EntitySpeedGrpTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    static let texts = ["", "a", "Hello world", "中华人民共和国外交部", "叶尔兰·卡纳特别科夫", "Москва", "Nguyễn Văn A", "e\u{301}t\u{E9}",
                        "مجلس الامن", "𠀋𠀌字", "a😀b", "😀", "混合 text 𝔘 Ж", "\u{FEFF}x"]

    /// `utf16Units(of:)` is `Array(text.utf16)`, astral scalars as their surrogate pairs.
    @Test func utf16UnitsAreTheUTF16View() {
        for t in Self.texts {
            #expect(NameFinder.utf16Units(of: t) == Array(t.utf16), "\(t)")
        }
    }

    /// `writeUTF16` stops at its limit (a surrogate pair cut after its first unit), as the copy it replaced did.
    @Test func writeUTF16StopsAtTheLimit() {
        for t in Self.texts {
            let units = Array(t.utf16)
            for limit in 0...units.count {
                var out = [UInt16](repeating: 0x20, count: max(limit, 1))
                let end = t.utf8.withContiguousStorageIfAvailable { b in
                    out.withUnsafeMutableBufferPointer { NameFinder.writeUTF16(b, into: $0.baseAddress!, at: 0, limit: limit) }
                } ?? -1
                #expect(end == limit, "\(t) \(limit)")
                #expect(Array(out.prefix(limit)) == Array(units.prefix(limit)), "\(t) \(limit)")
            }
        }
    }

    /// `wordsBetweenSpaces` is `split(separator: " ")` (runs of spaces, leading and trailing ones included).
    @Test func wordsBetweenSpacesIsTheSplit() {
        let names = ["", " ", "  ", "Szalontai Géza", " Grzegorz  Wilczkowski ", "Ми-8", "Орландо Бетанкур Рамирес", "黄氏清心",
                     "a b c d", "Nguyễn\u{300} Văn", "x  ", "  y"] + Self.texts
        for s in names {
            #expect(MentionGrouper.wordsBetweenSpaces(s).map(String.init) == s.split(separator: " ").map(String.init), "\(s)")
            #expect(MentionGrouper.wordCount(s) == s.split(separator: " ").count, "\(s)")
        }
    }

    /// `joinWords` is `joined(separator: " ")`, byte for byte (empty words, long ones and every script), and `groupKey`
    /// keys of words and of their joined string compare alike.
    @Test func joinWordsIsTheJoin() {
        let lists: [[String]] = [[], [""], ["", ""], ["a"], ["the", "senate"], ["национальное", "собрание", "республики", "казахстан"],
                                 ["中华人民共和国外交部"], ["nguyễn", "văn", "a"], ["e\u{301}t\u{E9}", "x"], ["مجلس", "الامن"], ["a😀b", "", "𝔘"],
                                 [String(repeating: "long", count: 20), "x"]] + Self.texts.map { [$0, $0] }
        for words in lists {
            let joined = MentionGrouper.joinWords(words)
            #expect(Array(joined.utf8) == Array(words.joined(separator: " ").utf8), "\(words)")
            #expect(MentionGrouper.joinWords(words[...]) == joined, "\(words)")
        }
    }

    /// `startsWith` is `prefix(_:).elementsEqual(_:by: PlainText.equal)`.
    @Test func startsWithIsThePrefixTest() {
        let long = ["senate", "of", "the", "parliament", "of", "kazakhstan"]
        for short in [[], ["senate"], ["senate", "of"], ["senate", "the"], ["of"], long, ["e\u{301}"]] where short.count <= long.count {
            #expect(MentionGrouper.startsWith(long, short) == long.prefix(short.count).elementsEqual(short, by: PlainText.equal), "\(short)")
        }
        #expect(MentionGrouper.startsWith(["\u{E9}t\u{E9}", "x"], ["e\u{301}t\u{E9}"]) == PlainText.equal("\u{E9}t\u{E9}", "e\u{301}t\u{E9}"))
    }

    /// `byStart` is the stable sort by (start, -end) it replaced, packed or not (offsets past 2^21, negative ones).
    @Test func byStartIsTheTupleSort() {
        var rng = SystemRandomNumberGenerator()
        for round in 0..<200 {
            let n = Int.random(in: 0...40, using: &rng)
            let wide = round % 5 == 4
            let mentions = (0..<n).map { _ -> Mention in
                let start = wide ? Int.random(in: -3...(1 << 22), using: &rng) : Int.random(in: 0...30, using: &rng)
                return Mention(surface: "x", start: start, end: start + Int.random(in: 0...4, using: &rng), evidence: .guess, words: ["x"])
            }
            let reference = mentions.indices.map { (mentions[$0].start, -mentions[$0].end, $0) }.sorted { $0 < $1 }.map(\.2)
            #expect(MentionGrouper.byStart(mentions) == reference, "round \(round)")
        }
    }

    /// `Group.isOneCharacter` is `count == 1` in every script, combining marks, flags, emoji sequences and CR LF included.
    @Test func isOneCharacterIsCountOne() {
        let words = ["", "a", "ab", "é", "e\u{301}", "e\u{301}\u{302}", "ж", "жж", "ё", "е\u{308}", "字", "字字", "𠀋", "ب", "بَ", "ب\u{64E}ا",
                     "ệ", "e\u{323}\u{302}", "😀", "👍🏽", "🇻🇳", "👨‍👩‍👧", "\r\n", "\n", "1", "12", "\u{600}ب", "ก", "กิ", "한", "\u{1100}\u{1161}"] + Self.texts
        for w in words {
            #expect(MentionGrouper.Group.isOneCharacter(w) == (w.count == 1), "\(w.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
