import BulletinKit

/// How many articles carry one value of a facet (a country code or a language).
public struct FacetValue: Sendable, Hashable {
    public var code: String
    public var count: Int
    public init(code: String, count: Int) {
        self.code = code
        self.count = count
    }
}

/// What the TUI precomputes once from the article summaries, so that no
/// keypress has to walk the whole corpus: facet counts for the pickers and
/// how many articles mention each entity (for the sidebar).
public struct Catalog: Sendable {
    public let summaries: [ArticleSummary]
    /// Every country in the corpus, most articles first (then by code).
    public let countries: [FacetValue]
    /// Every language in the corpus, most articles first (then by code).
    public let languages: [FacetValue]
    /// Canonical entity name → number of articles that mention it.
    public let entityArticleCounts: [String: Int]

    public init(summaries: [ArticleSummary]) {
        self.summaries = summaries
        var countryCounts: [String: Int] = [:]
        var languageCounts: [String: Int] = [:]
        var entityCounts: [String: Int] = [:]
        for s in summaries {
            for c in Set(s.countries) { countryCounts[c, default: 0] += 1 }
            languageCounts[s.language, default: 0] += 1
            for e in Set(s.entityNames) { entityCounts[e, default: 0] += 1 }
        }
        func sorted(_ counts: [String: Int]) -> [FacetValue] {
            counts.map { FacetValue(code: $0.key, count: $0.value) }
                .sorted { ($0.count, $1.code) > ($1.count, $0.code) }
        }
        self.countries = sorted(countryCounts)
        self.languages = sorted(languageCounts)
        self.entityArticleCounts = entityCounts
    }

    /// The values of `facet`.
    public func values(of facet: Facet) -> [FacetValue] {
        facet == .country ? countries : languages
    }
}

/// The two facets the pickers filter on.
public enum Facet: Sendable, Hashable {
    case country, language
}
