import BulletinKit

/// What the article list is narrowed to. Values of one facet combine with OR
/// (Belarus or Vietnam); the facets combine with AND (and in French).
public struct Filters: Sendable, Hashable {
    public var countries: Set<String> = []
    public var languages: Set<String> = []
    /// Canonical name of an entity the articles must mention.
    public var entity: String?
    /// `U`: only articles not read yet (as of when the list was last filtered,
    /// so reading an article does not pull it from under the cursor).
    public var unreadOnly = false
    /// `F`: only flagged articles.
    public var flaggedOnly = false

    public init(countries: Set<String> = [], languages: Set<String> = [], entity: String? = nil,
                unreadOnly: Bool = false, flaggedOnly: Bool = false) {
        self.countries = countries
        self.languages = languages
        self.entity = entity
        self.unreadOnly = unreadOnly
        self.flaggedOnly = flaggedOnly
    }

    public var isEmpty: Bool { countries.isEmpty && languages.isEmpty && entity == nil && !unreadOnly && !flaggedOnly }

    /// The selected values of `facet`.
    public subscript(facet: Facet) -> Set<String> {
        get { facet == .country ? countries : languages }
        set { if facet == .country { countries = newValue } else { languages = newValue } }
    }

    /// Whether `summary` passes every filter. (The definition; `Catalog.apply` is the fast form.)
    public func accepts(_ summary: ArticleSummary, readIDs: Set<String> = [], flaggedIDs: Set<String> = []) -> Bool {
        if unreadOnly, readIDs.contains(summary.id) { return false }
        if flaggedOnly, !flaggedIDs.contains(summary.id) { return false }
        if !countries.isEmpty, !summary.countries.contains(where: countries.contains),
           !summary.placeCountries.contains(where: countries.contains) { return false }
        if !languages.isEmpty, !languages.contains(summary.language) { return false }
        if let entity, !summary.entityNames.contains(entity) { return false }
        return true
    }
}

extension Filters {
    /// The filters as the reading state keeps them across runs.
    public var saved: SavedFilters {
        SavedFilters(countries: countries, languages: languages, entity: entity,
                     unreadOnly: unreadOnly, flaggedOnly: flaggedOnly)
    }

    public init(_ saved: SavedFilters) {
        self.init(countries: Set(saved.countries), languages: Set(saved.languages), entity: saved.entity,
                  unreadOnly: saved.unreadOnly, flaggedOnly: saved.flaggedOnly)
    }

    /// The filters in a few words, as the title bar names them:
    /// "countries BY VN, language fr, unread only".
    var summary: String {
        var parts: [String] = []
        if !countries.isEmpty { parts.append((countries.count == 1 ? "country " : "countries ") + countries.sorted().joined(separator: " ")) }
        if !languages.isEmpty { parts.append((languages.count == 1 ? "language " : "languages ") + languages.sorted().joined(separator: " ")) }
        if let entity { parts.append("entity " + TerminalSafe.sanitize(entity)) }
        if unreadOnly { parts.append("unread only") }
        if flaggedOnly { parts.append("flagged only") }
        return parts.joined(separator: ", ")
    }
}
