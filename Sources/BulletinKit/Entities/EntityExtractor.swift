/// Countries and entities found in one article.
public struct Extraction: Sendable, Hashable {
    public var countries: [String]
    public var entities: [ArticleEntity]
    public init(countries: [String] = [], entities: [ArticleEntity] = []) {
        self.countries = countries
        self.entities = entities
    }
}

/// Finds people, organizations, places and countries in article text.
/// (Stub: the entities issue fills it in.)
public struct EntityExtractor: Sendable {
    public init() {}

    /// Extracts from an article's body (ranges index its UTF-16 offsets).
    public func extract(title: String, body: String, language: String) -> Extraction {
        Extraction()
    }
}
