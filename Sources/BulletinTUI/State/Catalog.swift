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
        // One pass, hashing each code once: countries and languages get
        // provisional numbers in order of first appearance, renumbered by
        // rank after (a warm start at 100,000 articles spends its time here).
        var countryProvisional: [String: Int] = [:], languageProvisional: [String: Int] = [:]
        var countryCodes: [String] = [], languageCodes: [String] = []
        var countryCounts: [Int] = [], languageCounts: [Int] = []
        var entityCounts: [String: Int] = [:]
        var provisionalCountryIDs: [[Int]] = []
        var provisionalLanguageIDs: [Int] = []
        provisionalCountryIDs.reserveCapacity(summaries.count)
        provisionalLanguageIDs.reserveCapacity(summaries.count)
        summaries.withUnsafeBufferPointer { all in
            for i in all.indices {
                let countries = all[i].countries
                var ids: [Int] = []
                ids.reserveCapacity(countries.count)
                for (k, c) in countries.enumerated() {
                    let id: Int
                    if let known = countryProvisional[c] {
                        id = known
                    } else {
                        id = countryCodes.count
                        countryProvisional[c] = id
                        countryCodes.append(c)
                        countryCounts.append(0)
                    }
                    if !countries[..<k].contains(c) { countryCounts[id] += 1 }  // each article once
                    ids.append(id)
                }
                provisionalCountryIDs.append(ids)
                let language = all[i].language
                let lid: Int
                if let known = languageProvisional[language] {
                    lid = known
                } else {
                    lid = languageCodes.count
                    languageProvisional[language] = lid
                    languageCodes.append(language)
                    languageCounts.append(0)
                }
                languageCounts[lid] += 1
                provisionalLanguageIDs.append(lid)
                let names = all[i].entityNames
                for (k, e) in names.enumerated() where !names[..<k].contains(e) { entityCounts[e, default: 0] += 1 }
            }
        }
        /// Provisional numbers, most articles first (then by code), and each one's rank.
        func ranked(_ codes: [String], _ counts: [Int]) -> (values: [FacetValue], rank: [Int]) {
            let order = codes.indices.sorted { (counts[$0], codes[$1]) > (counts[$1], codes[$0]) }
            var rank = [Int](repeating: 0, count: codes.count)
            for (r, p) in order.enumerated() { rank[p] = r }
            return (order.map { FacetValue(code: codes[$0], count: counts[$0]) }, rank)
        }
        let (countries, countryRank) = ranked(countryCodes, countryCounts)
        let (languages, languageRank) = ranked(languageCodes, languageCounts)
        self.countries = countries
        self.languages = languages
        self.entityArticleCounts = entityCounts
        var ci: [String: UInt16] = [:], li: [String: UInt16] = [:]
        for (i, v) in countries.enumerated() { ci[v.code] = UInt16(truncatingIfNeeded: i) }
        for (i, v) in languages.enumerated() { li[v.code] = UInt16(truncatingIfNeeded: i) }
        countryIndex = ci
        languageIndex = li
        countryIDs = provisionalCountryIDs.map { $0.map { UInt16(truncatingIfNeeded: countryRank[$0]) } }
        languageIDs = provisionalLanguageIDs.map { UInt16(truncatingIfNeeded: languageRank[$0]) }
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
