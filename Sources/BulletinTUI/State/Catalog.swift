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
    /// Per summary, its countries and language as small numbers, so filtering
    /// 100,000 articles does not copy their summaries.
    let countryIDs: [[UInt16]]
    let languageIDs: [UInt16]
    let countryIndex: [String: UInt16]
    let languageIndex: [String: UInt16]

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
        var ci: [String: UInt16] = [:], li: [String: UInt16] = [:]
        for (i, v) in countries.enumerated() { ci[v.code] = UInt16(truncatingIfNeeded: i) }
        for (i, v) in languages.enumerated() { li[v.code] = UInt16(truncatingIfNeeded: i) }
        countryIndex = ci
        languageIndex = li
        countryIDs = summaries.map { $0.countries.compactMap { ci[$0] } }
        languageIDs = summaries.map { li[$0.language] ?? 0 }
    }

    /// Indices of the summaries that pass `filters`, in list order.
    /// `readIDs` and `flaggedIDs` matter only for the unread and flagged filters.
    public func apply(_ filters: Filters, readIDs: Set<String> = [], flaggedIDs: Set<String> = []) -> [Int] {
        if filters.isEmpty { return Array(summaries.indices) }
        var wantCountry = [Bool](repeating: false, count: countries.count)
        for c in filters.countries { if let i = countryIndex[c] { wantCountry[Int(i)] = true } }
        var wantLanguage = [Bool](repeating: false, count: languages.count)
        for l in filters.languages { if let i = languageIndex[l] { wantLanguage[Int(i)] = true } }
        let byCountry = !filters.countries.isEmpty, byLanguage = !filters.languages.isEmpty
        var out: [Int] = []
        for i in summaries.indices {
            if byLanguage, !wantLanguage[Int(languageIDs[i])] { continue }
            if byCountry, !countryIDs[i].contains(where: { wantCountry[Int($0)] }) { continue }
            if let e = filters.entity, !summaries[i].entityNames.contains(e) { continue }
            if filters.unreadOnly, readIDs.contains(summaries[i].id) { continue }
            if filters.flaggedOnly, !flaggedIDs.contains(summaries[i].id) { continue }
            out.append(i)
        }
        return out
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
