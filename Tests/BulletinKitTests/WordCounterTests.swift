import Foundation
import PropertyBased
import Testing
@testable import BulletinKit

/// Session 39: `list --json` at 100,000 articles spent a quarter of its time in `WordCounter.count`'s Unicode
/// property look-up and a fifth in `EntityCoding.decode`'s `Character` splits. Both now read bytes or code points;
/// their answers must be the ones they gave.
@Suite struct WordCounterTests {
    /// `WordCounter.count` as it was, on the scalar's White_Space property.
    static func referenceCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x3040...0x30FF).contains(v) {
                count += 1
                inWord = false
            } else if scalar.properties.isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    @Test func everyScalarIsWhitespaceAsItsPropertySays() {
        var checked = 0
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            checked += 1
            if WordCounter.isWhitespace(v) != scalar.properties.isWhitespace {
                Issue.record("U+\(String(v, radix: 16, uppercase: true)): \(WordCounter.isWhitespace(v)), the property says \(scalar.properties.isWhitespace)")
            }
        }
        #expect(checked == 0x110000 - 0x800)
    }

    @Test func wordsAreCountedAsBefore() {
        let samples = [
            "", " ", "Tô Lâm visited Minsk", "a\u{A0}b\u{2009}c\u{3000}d\u{1680}e\u{85}f\u{2028}g\u{180E}h\u{200B}i\u{FEFF}j",
            "习近平会见白俄罗斯总统 and ひらがな カタカナ", "استقبل الرئيس\tلوكاشينكو\n\nوفدا", "\u{1}\u{7F}x y\r\nz",
        ]
        for s in samples { #expect(WordCounter.count(s) == Self.referenceCount(s), "\(s.debugDescription)") }
        // Scalars of one to four bytes of UTF-8 (every 61st, the edges of each length and of the ideograph
        // ranges, every whitespace), alone and between letters and spaces.
        var values = Array(stride(from: UInt32(0), through: 0x10FFFF, by: 61))
        values += [0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF, 0x3040, 0x30FF, 0x3100, 0x33FF, 0x3400, 0x4DBF,
                   0x4DC0, 0x4DFF, 0x4E00, 0x9FFF, 0xA000]
        values += (UInt32(0)...0x3000).filter { Unicode.Scalar($0)?.properties.isWhitespace == true }
        let every = values.compactMap(Unicode.Scalar.init)
        for separator in ["", "a", " "] {
            var bytes: [UInt8] = []
            for s in every {
                bytes.append(contentsOf: String(s).utf8)
                bytes.append(contentsOf: separator.utf8)
            }
            let s = String(decoding: bytes, as: UTF8.self)
            #expect(s.unicodeScalars.count == every.count * (1 + separator.count))
            #expect(WordCounter.count(s) == Self.referenceCount(s), "separator \(separator.debugDescription)")
        }
    }

    @Test func randomTextsAreCountedAsBefore() async {
        let text = Gen.int(in: 0...(layoutTokens.count - 1)).map { layoutTokens[$0] }.array(of: 0...60).map { $0.joined() }
        await propertyCheck(count: 300, input: text) { text in
            #expect(WordCounter.count(text) == Self.referenceCount(text))
        }
    }
}

@Suite struct EntityCodingBytesTests {
    static let names = ["Alexander Lukashenko", "Тô Lâm", "Tô Lâm".decomposedStringWithCanonicalMapping, "", "لوكاشينكو",
                        "a,b-c", "x\u{301}", "CR\r\nLF", "tab\there", "line\nbreak", "unit\u{1F}sep", "r\rr", "😀👨‍👩‍👧", "1-2,3"]

    static func entity(_ i: Int) -> ArticleEntity {
        let pick = { (k: Int) in names[(i * 7 + k) % names.count] }
        return ArticleEntity(name: pick(0), type: EntityType.allCases[i % 4],
                             aliases: i % 3 == 0 ? [] : [pick(1), "", pick(2)], mentions: i % 5 == 0 ? 0 : i * 3,
                             ranges: i % 4 == 0 ? [] : [TextSpan(start: i, end: i + 4), TextSpan(start: 0, end: 123_456_789_012)],
                             code: i % 2 == 0 ? nil : pick(3))
    }

    @Test func decodedAsTheCharacterSplitsDecode() {
        // Encoded entities, then texts the encoder never writes: stray separators, bad ranges, huge numbers.
        var texts = (0..<40).map { n in EntityCoding.encode((0..<(n % 6)).map { Self.entity(n + $0) }) }
        texts += [
            "", "\n", "\n\n", "person\tA\t\t1\t\t", "person\tA\t\t1\t\t\n\nplace\tB\tBY\tx\tb\u{1F}\u{1F}c\t1-2,,3-4,-5-6,7--8,9-10-11,",
            "person\tA\t\t1\t\t1-2\textra", "nobody\tA\t\t1\t\t", "person\tA\t\t+7\t\t+1-2", "person\tA\t\t1\t\t1-2\u{301},3-4",
            "person\tA\t\t1\t\t99999999999999999999-1,1-999999999999999999,1-9999999999999999999",
            "person\tA\r\n\t\t1\t\t1-2", "person\tA\t\t1\t\t1-2\r", "person\tA\t\t1\t\t0012-0003",
            "country\tBelarus\tBY\t2\tBelarus\u{1F}Беларусь\t0-7,20-27\nperson\t\t\t\t\t",
        ]
        for text in texts {
            #expect(EntityCoding.decode(text) == EntityCoding.decodeByCharacters(text), "\(text.debugDescription)")
        }
        // What is encoded comes back.
        let entities = (0..<8).map { Self.entity($0) }.filter { !$0.name.contains("\r") }
        #expect(EntityCoding.decode(EntityCoding.encode(entities)).map(\.ranges) == entities.map(\.ranges))
    }
}
