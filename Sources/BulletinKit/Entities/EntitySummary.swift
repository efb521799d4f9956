import Foundation

/// One entity across a corpus: what `bulletin entities` lists and the sidebar can show.
public struct EntitySummary: Sendable, Hashable, Codable {
    public var name: String
    public var type: EntityType
    /// ISO code for countries.
    public var code: String?
    /// Every surface form seen, in order of first appearance.
    public var aliases: [String]
    /// Total mentions across articles.
    public var mentions: Int
    /// IDs of the articles that mention it, in corpus order.
    public var articles: [String]

    /// Entities of `articles` grouped by canonical name and type, most widespread first
    /// (then most mentioned, then by name).
    public static func summarize(_ articles: [Article], includeCountries: Bool = true) -> [EntitySummary] {
        var order: [String] = []
        var byKey: [String: EntitySummary] = [:]
        for article in articles {
            for e in article.entities where includeCountries || e.type != .country {
                let key = e.type.rawValue + "\u{1F}" + (e.code ?? e.name)
                if var s = byKey[key] {
                    s.mentions += e.mentions
                    for a in e.aliases where !s.aliases.contains(a) { s.aliases.append(a) }
                    if s.articles.last != article.id { s.articles.append(article.id) }
                    byKey[key] = s
                } else {
                    order.append(key)
                    byKey[key] = EntitySummary(name: e.name, type: e.type, code: e.code, aliases: e.aliases,
                                               mentions: e.mentions, articles: [article.id])
                }
            }
        }
        return order.compactMap { byKey[$0] }.sorted {
            ($1.articles.count, $1.mentions, $0.name) < ($0.articles.count, $0.mentions, $1.name)
        }
    }
}

/// One country across a corpus: its code, English name and how many articles mention it.
public struct CountrySummary: Sendable, Hashable, Codable {
    public var code: String
    public var name: String
    public var articles: Int

    public init(code: String, name: String, articles: Int) {
        self.code = code
        self.name = name
        self.articles = articles
    }

    /// Countries of `articles`, most covered first (then by code).
    public static func summarize(_ articles: [Article]) -> [CountrySummary] {
        var counts: [String: Int] = [:]
        for a in articles { for c in Set(a.countries) { counts[c, default: 0] += 1 } }
        return counts.map { CountrySummary(code: $0.key, name: EntityExtractor.countryName($0.key), articles: $0.value) }
            .sorted { ($1.articles, $0.code) < ($0.articles, $1.code) }
    }
}

extension EntityExtractor {
    /// English name of a country code ("BY" → "Belarus"), as used for canonical country entities.
    public static func countryName(_ code: String) -> String {
        EntityLexicon.shared.countryNames[code.uppercased()] ?? Locale(identifier: "en").localizedString(forRegionCode: code) ?? code
    }
}
