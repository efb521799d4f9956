import Foundation

/// The JSON shape of `list --json` and `show --json` (the scorer reads it).
///
/// Two writers give the same bytes: `Encodable` (Foundation's `JSONEncoder`, pretty-printed, sorted keys,
/// slashes as they are, then `JSONText`), and `write(to:)` (`JSONWriter`), which `list --json` and `show --json`
/// use: Foundation's encoder was most of `list --json`'s 26 s at 100,000 articles. `ArticleJSONWriterTests` holds
/// them to the same bytes.
public struct ArticleJSON: Encodable {
    public struct Entity: Encodable {
        public var name: String
        public var type: String
        public var aliases: [String]
        public var mentions: Int
        public var ranges: [TextSpan]
        public var code: String?

        public init(name: String, type: String, aliases: [String], mentions: Int, ranges: [TextSpan], code: String?) {
            self.name = name
            self.type = type
            self.aliases = aliases
            self.mentions = mentions
            self.ranges = ranges
            self.code = code
        }
    }

    public var id: String
    public var file: String
    public var segment: Int
    public var title: String
    public var date: String?
    /// `Article.datelineDate`: a date read from a dateline written in words (display only;
    /// `date` is the ISO date of a date line). Null when there is none or `date` is set.
    public var datelineDate: String?
    public var language: String
    public var source: String?
    public var url: String?
    public var countries: [String]
    /// `ArticleSummary.placeCountries`: the countries of the places the article names that `countries` lacks
    /// (a Khabarovsk story that never writes "Russia": `["RU"]`), which `list --country` takes too.
    public var placeCountries: [String]
    public var entities: [Entity]
    public var body: String
    public var words: Int
    /// The reader's marks (`list --json` only; absent from `show --json` and when the reading state is unavailable).
    public var read: Bool? = nil
    public var flagged: Bool? = nil

    public init(_ a: Article) {
        id = a.id
        // Absolute in every mode: the index stores absolute paths, a direct
        // read (`--no-index`) has them as given; a consumer should not have to
        // know which, nor the working directory of the run.
        file = ArticleKey.absolutePath(a.file)
        segment = a.segment
        title = a.title
        date = a.date
        datelineDate = a.datelineDate
        language = a.language
        source = a.source
        url = a.url
        countries = a.countries
        placeCountries = a.placeCountries
        entities = a.entities.map {
            Entity(name: $0.name, type: $0.type.rawValue, aliases: $0.aliases, mentions: $0.mentions,
                   ranges: $0.ranges, code: $0.code)
        }
        body = a.body
        words = a.words
    }

    enum CodingKeys: String, CodingKey {
        case id, file, segment, title, date, language, source, url, countries, entities, body, words, read, flagged
        case datelineDate = "dateline_date"
        case placeCountries = "place_countries"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(file, forKey: .file)
        try c.encode(segment, forKey: .segment)
        try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date)  // null when unknown, not absent
        try c.encode(datelineDate, forKey: .datelineDate)
        try c.encode(language, forKey: .language)
        try c.encode(source, forKey: .source)
        try c.encode(url, forKey: .url)
        try c.encode(countries, forKey: .countries)
        try c.encode(placeCountries, forKey: .placeCountries)
        try c.encode(entities, forKey: .entities)
        try c.encode(body, forKey: .body)
        try c.encode(words, forKey: .words)
        try c.encodeIfPresent(read, forKey: .read)
        try c.encodeIfPresent(flagged, forKey: .flagged)
    }

    /// The encoder the commands print with: pretty-printed, keys sorted, `/` as it is.
    public static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return e
    }

    /// This object as `encoder()` and `JSONText` write it, by hand: the keys in the encoder's sorted order,
    /// `date`, `dateline_date`, `source` and `url` null when nil, `read` and `flagged` absent when nil, an
    /// entity's `code` absent when nil.
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("body"); w.string(body)
        w.key("countries"); w.strings(countries)
        w.key("date"); w.string(date)
        w.key("dateline_date"); w.string(datelineDate)
        w.key("entities")
        w.beginArray()
        for e in entities {
            w.element()
            w.beginObject()
            w.key("aliases"); w.strings(e.aliases)
            if let code = e.code { w.key("code"); w.string(code) }
            w.key("mentions"); w.int(e.mentions)
            w.key("name"); w.string(e.name)
            w.key("ranges")
            w.beginArray()
            for r in e.ranges {
                w.element()
                w.beginObject()
                w.key("end"); w.int(r.end)
                w.key("start"); w.int(r.start)
                w.endObject()
            }
            w.endArray()
            w.key("type"); w.string(e.type)
            w.endObject()
        }
        w.endArray()
        w.key("file"); w.string(file)
        if let flagged { w.key("flagged"); w.bool(flagged) }
        w.key("id"); w.string(id)
        w.key("language"); w.string(language)
        w.key("place_countries"); w.strings(placeCountries)
        if let read { w.key("read"); w.bool(read) }
        w.key("segment"); w.int(segment)
        w.key("source"); w.string(source)
        w.key("title"); w.string(title)
        w.key("url"); w.string(url)
        w.key("words"); w.int(words)
        w.endObject()
    }
}

/// Pretty-printed JSON as the commands print it: Foundation's encoder writes an empty array or object
/// on three lines (`[`, a blank line, `]`); here it is `[]` (`{}`), as other tools print it.
public enum JSONText {
    public static func of(_ data: Data) -> String {
        String(decoding: bytes(data), as: UTF8.self)
    }

    /// `of` as bytes, with `indent` spaces after each newline (an object printed one level into an array).
    /// On the bytes: Foundation's `replacingOccurrences` went through NSString and was most of `list --json`.
    public static func bytes(_ data: Data, indent: Int = 0) -> [UInt8] {
        let bytes = [UInt8](data)
        // Only formatting puts a newline in the text (one inside a string is written `\n`).
        guard bytes.count >= 3, bytes.contains(0x0A) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16 * indent)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x5B || b == 0x7B, i + 2 < bytes.count, bytes[i + 1] == 0x0A, bytes[i + 2] == 0x0A {
                var j = i + 3
                while j < bytes.count, bytes[j] == 0x20 { j += 1 }
                if j < bytes.count, bytes[j] == (b == 0x5B ? 0x5D : 0x7D) {
                    out.append(b)
                    out.append(bytes[j])
                    i = j + 1
                    continue
                }
            }
            out.append(b)
            if b == 0x0A { for _ in 0..<indent { out.append(0x20) } }
            i += 1
        }
        return out
    }
}

/// Pretty-printed JSON written by hand into UTF-8 bytes, in the layout `JSONText` makes of Foundation's
/// (`JSONEncoder` with `.prettyPrinted`, `.withoutEscapingSlashes`): two spaces per level, `"key" : value`,
/// an empty array or object as `[]` (`{}`), strings escaped as Foundation escapes them (`"`, `\` and the
/// controls U+0000–U+001F only: `\b \t \n \f \r`, the others `\u00XX` in lowercase hex; `/`, DEL and
/// every non-ASCII character, U+2028 included, as they are), integers in decimal.
/// Keys are written in the order given: the caller gives them sorted, as `.sortedKeys` orders them.
public struct JSONWriter {
    public var bytes: [UInt8] = []
    /// Whether the array or object open at each level has had a member yet.
    private var opened: [Bool] = []

    public init() {}

    private var depth: Int { opened.count }

    /// A newline and the indentation of 32 levels, of which `newline` appends a prefix.
    private static let indentation: [UInt8] = [0x0A] + [UInt8](repeating: 0x20, count: 64)

    private mutating func newline(depth: Int) {
        let count = 1 + 2 * depth
        if count <= Self.indentation.count {
            bytes.append(contentsOf: Self.indentation[..<count])
        } else {
            bytes.append(0x0A)
            for _ in 0..<(2 * depth) { bytes.append(0x20) }
        }
    }

    /// Before a member: a comma after the one before, a new line, the indentation.
    private mutating func member() {
        if opened[opened.count - 1] { bytes.append(0x2C) } else { opened[opened.count - 1] = true }
        newline(depth: depth)
    }

    private mutating func close(_ bracket: UInt8) {
        let had = opened.removeLast()
        if had { newline(depth: depth) }
        bytes.append(bracket)
    }

    public mutating func beginObject() {
        bytes.append(0x7B)
        opened.append(false)
    }

    public mutating func endObject() { close(0x7D) }

    public mutating func beginArray() {
        bytes.append(0x5B)
        opened.append(false)
    }

    public mutating func endArray() { close(0x5D) }

    /// Before each element of an array.
    public mutating func element() { member() }

    /// A key of the open object (then its value).
    public mutating func key(_ name: StaticString) {
        member()
        bytes.append(0x22)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [0x22, 0x20, 0x3A, 0x20])  // `" : `
    }

    public mutating func null() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    public mutating func bool(_ value: Bool) {
        if value { bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65]) } else { bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65]) }
    }

    public mutating func int(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        var n = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(0x30 + UInt8(n % 10))
            n /= 10
        } while n > 0
        bytes[start...].reverse()
    }

    /// `null` when nil.
    public mutating func string(_ value: String?) {
        guard let value else { return null() }
        string(value)
    }

    public mutating func string(_ value: String) {
        bytes.append(0x22)
        var value = value
        value.withUTF8 { appendEscaped($0) }
        bytes.append(0x22)
    }

    public mutating func strings(_ values: [String]) {
        beginArray()
        for v in values {
            element()
            string(v)
        }
        endArray()
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendEscaped(_ u: UnsafeBufferPointer<UInt8>) {
        var start = 0
        for i in 0..<u.count {
            let b = u[i]
            guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
            if start < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<i])) }
            bytes.append(0x5C)
            switch b {
            case 0x22, 0x5C: bytes.append(b)
            case 0x08: bytes.append(0x62)  // b
            case 0x09: bytes.append(0x74)  // t
            case 0x0A: bytes.append(0x6E)  // n
            case 0x0C: bytes.append(0x66)  // f
            case 0x0D: bytes.append(0x72)  // r
            default:
                bytes.append(contentsOf: [0x75, 0x30, 0x30, Self.hex[Int(b >> 4)], Self.hex[Int(b & 0x0F)]])
            }
            start = i + 1
        }
        if start < u.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[start...])) }
    }
}
