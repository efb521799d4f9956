import BulletinKit

/// What the article list is narrowed to. Values of one facet combine with OR
/// (Belarus or Vietnam); the facets combine with AND (and in French).
public struct Filters: Sendable, Hashable {
    public var countries: Set<String> = []
    public var languages: Set<String> = []
    /// Canonical name of an entity the articles must mention.
    public var entity: String?

    public init(countries: Set<String> = [], languages: Set<String> = [], entity: String? = nil) {
        self.countries = countries
        self.languages = languages
        self.entity = entity
    }

    public var isEmpty: Bool { countries.isEmpty && languages.isEmpty && entity == nil }

    /// The selected values of `facet`.
    public subscript(facet: Facet) -> Set<String> {
        get { facet == .country ? countries : languages }
        set { if facet == .country { countries = newValue } else { languages = newValue } }
    }

    /// Whether `summary` passes every filter. (The definition; `Catalog.apply` is the fast form.)
    public func accepts(_ summary: ArticleSummary) -> Bool {
        if !countries.isEmpty, !summary.countries.contains(where: countries.contains) { return false }
        if !languages.isEmpty, !languages.contains(summary.language) { return false }
        if let entity, !summary.entityNames.contains(entity) { return false }
        return true
    }
}
