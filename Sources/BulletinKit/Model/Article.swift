/// One news article, as parsed from a file (or one segment of a digest file).
///
/// `raw` is the article's text exactly as read (after decoding); every other
/// field is derived from it. `body` is the cleaned text shown in the reader:
/// NFC-normalized, captions, source lines and page debris removed.
public struct Article: Sendable, Hashable, Codable, Identifiable {
    /// Stable ID: `<file stem>` for a one-article file, `<file stem>#<n>` for the n-th article of a digest.
    public var id: String
    /// Path of the file the article was read from.
    public var file: String
    /// 1-based index of the article in its file.
    public var segment: Int
    public var title: String
    /// `YYYY-MM-DD` from a `date` line or a bare ISO date line, or nil when the file gives none.
    public var date: String?
    /// `YYYY-MM-DD` read from a dateline written in words at the top of the body
    /// ("HANOI, Dec 4 (Reuters) -", `Dateline`), set only when `date` is nil.
    /// For display (`shownDate`); `date` alone is the article's date in `list --json`.
    public var datelineDate: String?
    /// ISO 639-1 code, or `und` when unsure.
    public var language: String
    /// Source line (`VNA`, `VNA/CVN`, …) when the article has one.
    public var source: String?
    /// URL from a source line such as `المصدر: https://…`.
    public var url: String?
    /// Cleaned text (see the type's documentation). Entity ranges index into it.
    public var body: String
    /// The article's text exactly as read.
    public var raw: String
    /// ISO 3166-1 alpha-2 codes of the countries the article mentions.
    public var countries: [String]
    /// The people, organizations, places and countries the article names.
    public var entities: [ArticleEntity]

    public init(
        id: String, file: String, segment: Int = 1, title: String, date: String? = nil,
        language: String = "und", source: String? = nil, url: String? = nil,
        body: String, raw: String, countries: [String] = [], entities: [ArticleEntity] = [],
        datelineDate: String? = nil
    ) {
        self.id = id
        self.file = file
        self.segment = segment
        self.title = title
        self.date = date
        self.datelineDate = datelineDate
        self.language = language
        self.source = source
        self.url = url
        self.body = body
        self.raw = raw
        self.countries = countries
        self.entities = entities
    }

    /// The date the list and the reader show: `date`, else `datelineDate`.
    public var shownDate: String? { date ?? datelineDate }

    /// The countries of the gazetteer places the article names that `countries` lacks (`PlaceCountries`): what
    /// the list's summary, the JSON, `show`, the reader header and `|` say "by place".
    public var placeCountries: [String] { PlaceCountries.bundled.countries(of: entities, besides: countries) }

    /// Number of words in the body (whitespace-separated tokens; CJK counts each ideograph).
    public var words: Int { WordCounter.count(body) }
}

/// Counts words across scripts: whitespace-separated tokens, with each Han/Kana
/// ideograph counted as a word of its own (CJK text has no spaces).
public enum WordCounter {
    /// Whitespace as `Unicode.Scalar.Properties.isWhitespace` reads it (the White_Space property), tested for
    /// each scalar without the property look-up, which was a quarter of `list --json` at 100,000 articles:
    /// U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000
    /// (`WordCounterTests` checks every scalar against the property).
    @inline(__always)
    static func isWhitespace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v < 0x1680 { return v == 0x85 || v == 0xA0 }
        switch v {
        case 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    public static func count(_ text: String) -> Int {
        // On the string's UTF-8 bytes (a native string always has them): each scalar decoded here, where the
        // scalar view's iterator was most of the count.
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var inWord = false
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                let v: UInt32
                if b < 0x80 {
                    // ASCII: no ideograph; whitespace is tab to carriage return, and space.
                    i += 1
                    if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                        inWord = false
                    } else if !inWord {
                        inWord = true
                        count += 1
                    }
                    continue
                } else if b < 0xE0 {
                    v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if b < 0xF0 {
                    v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    v = UInt32(b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                }
                if (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x3040...0x30FF).contains(v) {
                    count += 1
                    inWord = false
                } else if isWhitespace(v) {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            return count
        }
    }
}
