import Foundation
import PropertyBased
import Testing
@testable import BulletinKit

/// `list --json` and `show --json` are written by hand (`JSONWriter`) since session 39: Foundation's encoder was
/// most of `list --json` at 100,000 articles. The bytes must be the ones the encoder gave (then `JSONText`): same
/// keys in the same order, same escaping, same numbers, same indentation, same empty arrays.
@Suite struct ArticleJSONWriterTests {
    /// Every ASCII character (controls, `"`, `\`, `/`, DEL) and the non-ASCII ones a writer could get wrong.
    static let awkward: [String] = [
        String(String.UnicodeScalarView((0..<0x80).map { Unicode.Scalar($0)! })),
        "\"quoted\" and \\back\\slash\\", "a/b//c</script>", "\u{0}", "\u{1F}", "\u{7F}", "\u{80}\u{85}\u{9F}\u{A0}",
        "line\u{2028}separator\u{2029}paragraph", "\u{FEFF}bom", "\u{FFFD}", "\u{200D}\u{200F}\u{202E}\u{2066}",
        "😀👨‍👩‍👧🇧🇾❤️1️⃣", "استقبل الرئيس لوكاشينكو وفدا", "Tô Lâm".decomposedStringWithCanonicalMapping,
        "e\u{301}\u{302}", "习近平会见", "Лукашенко", "", " ", "\r\n\t\u{8}\u{C}\u{B}",
    ]

    static func article(_ text: String, _ i: Int) -> Article {
        let pick = { (k: Int) in awkward[(i + k) % awkward.count] }
        var a = Article(id: text.isEmpty ? "id\(i)" : text, file: "/corpus/\(pick(1)).txt", segment: i % 3 == 0 ? 0 : i,
                        title: text, date: i % 2 == 0 ? nil : "2024-12-0\(i % 9 + 1)", language: i % 4 == 0 ? "" : "fr",
                        source: i % 3 == 0 ? nil : pick(2), url: i % 5 == 0 ? nil : "https://example.com/\(pick(3))?a=1&b=2",
                        body: text + "\n\n" + pick(4), raw: text,
                        countries: i % 2 == 0 ? [] : ["BY", pick(5)],
                        entities: [], datelineDate: i % 3 == 1 ? nil : pick(6))
        if i % 4 != 0 {
            a.entities = [
                ArticleEntity(name: text, type: .person, aliases: [], mentions: 0, ranges: [], code: nil),
                ArticleEntity(name: pick(7), type: .country, aliases: [pick(8), text, ""], mentions: i,
                              ranges: [TextSpan(start: 0, end: 3), TextSpan(start: 10, end: 12345678)], code: "BY"),
                ArticleEntity(name: "", type: .organization, aliases: [text], mentions: -1,
                              ranges: [TextSpan(start: Int.max, end: Int.min)], code: pick(9)),
            ]
        }
        return a
    }

    /// The objects of `articles`, the reader's marks in every combination.
    static func objects(_ articles: [Article]) -> [ArticleJSON] {
        articles.enumerated().map { i, a in
            var j = ArticleJSON(a)
            j.read = [nil, true, false][i % 3]
            j.flagged = [nil, false, true, nil][i % 4]
            return j
        }
    }

    static func written(_ j: ArticleJSON) -> [UInt8] {
        var w = JSONWriter()
        j.write(to: &w)
        return w.bytes
    }

    static func writtenArray(_ js: [ArticleJSON]) -> [UInt8] {
        var w = JSONWriter()
        w.beginArray()
        for j in js {
            w.element()
            j.write(to: &w)
        }
        w.endArray()
        return w.bytes
    }

    static func encoded<T: Encodable>(_ value: T) throws -> [UInt8] {
        JSONText.bytes(try ArticleJSON.encoder().encode(value))
    }

    static func show(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func eachObjectIsTheEncodersBytes() throws {
        let js = Self.objects(Self.awkward.enumerated().map { i, s in Self.article(s, i) }
                              + Self.awkward.enumerated().map { i, s in Self.article(s, i + 1) })
        #expect(js.contains { $0.read == nil && $0.flagged == nil } && js.contains { $0.read == true && $0.flagged == true })
        for j in js {
            let mine = Self.written(j), theirs = try Self.encoded(j)
            #expect(mine == theirs, "\(Self.show(mine))\n---\n\(Self.show(theirs))")
        }
    }

    @Test func theArrayIsTheEncodersArray() throws {
        let js = Self.objects(Self.awkward.enumerated().map { i, s in Self.article(s, i) })
        #expect(Self.writtenArray(js) == (try Self.encoded(js)))
        #expect(Self.writtenArray(Array(js.prefix(1))) == (try Self.encoded(Array(js.prefix(1)))))
        #expect(Self.writtenArray([]) == (try Self.encoded([ArticleJSON]())))
        #expect(Self.show(Self.writtenArray([])) == "[]")
        // The layout `list --json` has always printed: two spaces before each object's lines, commas between.
        let text = Self.show(Self.writtenArray(js))
        #expect(text.hasPrefix("[\n  {\n    \"body\" : \""))
        #expect(text.hasSuffix("\n  }\n]"))
        #expect(text.contains("\"countries\" : [],") && text.contains("\"entities\" : [],"))
    }

    @Test func stringsEscapeAsTheEncoderEscapes() throws {
        // Each character alone, in a string and as a key's value in an array.
        var scalars = (0..<0x100).map { Unicode.Scalar($0)! }
        scalars += [0x2028, 0x2029, 0xFEFF, 0xFFFD, 0x1F600, 0x10FFFF, 0xD7FF, 0xE000].map { Unicode.Scalar($0)! }
        for s in scalars {
            let text = String(s)
            var w = JSONWriter()
            w.strings([text, "a" + text + "b", ""])
            #expect(w.bytes == (try Self.encoded([text, "a" + text + "b", ""])), "U+\(String(s.value, radix: 16))")
        }
        var w = JSONWriter()
        w.beginArray()
        for n in [0, 7, -7, 10, 1_000_000, Int.max, Int.min] {
            w.element()
            w.int(n)
        }
        w.endArray()
        #expect(w.bytes == (try Self.encoded([0, 7, -7, 10, 1_000_000, Int.max, Int.min])))
    }

    /// Arrays in arrays, deeper than the writer's ready-made indentation (32 levels).
    indirect enum Nest: Encodable {
        case leaf(Int)
        case list([Nest])

        func encode(to encoder: Encoder) throws {
            switch self {
            case .leaf(let n):
                var c = encoder.singleValueContainer()
                try c.encode(n)
            case .list(let items):
                var c = encoder.unkeyedContainer()
                for item in items { try c.encode(item) }
            }
        }

        func write(to w: inout JSONWriter) {
            switch self {
            case .leaf(let n): w.int(n)
            case .list(let items):
                w.beginArray()
                for item in items {
                    w.element()
                    item.write(to: &w)
                }
                w.endArray()
            }
        }
    }

    @Test func deepNestingIsIndentedAsTheEncoderIndents() throws {
        var nest = Nest.list([])
        for depth in 0..<40 { nest = .list([.leaf(depth), nest, .list([])]) }
        var w = JSONWriter()
        nest.write(to: &w)
        let theirs = try Self.encoded(nest)
        #expect(w.bytes == theirs, "\(Self.show(w.bytes).suffix(400))\n---\n\(Self.show(theirs).suffix(400))")
    }

    @Test func randomArticlesAreTheEncodersBytes() async {
        let pieces = Self.awkward + ["a", "Minsk", "\\", "\"", "\n", "/", "\u{1}", "\u{2028}", "👍🏽", "في"]
        let text = Gen.int(in: 0...(pieces.count - 1)).map { pieces[$0] }.array(of: 0...12).map { $0.joined() }
        await propertyCheck(count: 300, input: text, Gen.int(in: 0...1000)) { text, i in
            let j = Self.objects([Self.article(text, i)])[0]
            let theirs = try? Self.encoded(j)
            #expect(theirs != nil && Self.written(j) == theirs)
        }
    }
}
