/// The kinds of entity Bulletin finds in articles.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person
    case organization
    case place
    case country

    /// 0–3 in declaration order (a number that fits two bits, for compact keys).
    var index: Int {
        switch self {
        case .person: 0
        case .organization: 1
        case .place: 2
        case .country: 3
        }
    }
}

/// A half-open range of UTF-16 code-unit offsets into an article's `body`
/// (the unit of `NSRange`, so ranges from `NSRegularExpression` fit as they are).
public struct TextSpan: Sendable, Hashable, Codable, Comparable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
    public var length: Int { end - start }
    public static func < (a: TextSpan, b: TextSpan) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}

/// One entity as found in one article.
public struct ArticleEntity: Sendable, Hashable, Codable {
    /// Canonical name, the same across articles and languages (e.g. "Alexander Lukashenko").
    public var name: String
    public var type: EntityType
    /// The surface forms seen in this article.
    public var aliases: [String]
    /// Number of mentions in this article.
    public var mentions: Int
    /// Where each mention stands in the body (UTF-16 offsets).
    public var ranges: [TextSpan]
    /// ISO code for entities of type `.country`, nil otherwise.
    public var code: String?

    public init(name: String, type: EntityType, aliases: [String] = [], mentions: Int = 0,
                ranges: [TextSpan] = [], code: String? = nil) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
        self.ranges = ranges
        self.code = code
    }
}
