import ArgumentParser
import BulletinKit
import Foundation

/// `bulletin countries`: the countries the corpus is about, with article counts.
struct CountriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "countries",
        abstract: "List the countries with article counts.",
        discussion: "Each line: code, number of articles, English name. With --json, objects with code, name, count (the number of articles) and articles (their IDs, in list order), as entities --json gives them. An article counts for a country it names and for the country of a city or region it names, as the TUI's country filter and list --country take it; those reached only through a place (a city or region in it) are also counted apart (3 only through a place; placeArticles in JSON). Example: bulletin countries news/ --json"
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(name: .long, help: "Print JSON instead of lines.")
    var json = false

    /// Counts made from every article loaded, body and all, as before they
    /// came from the summaries the index holds: kept to compare both.
    @Flag(name: .long, help: .hidden)
    var loadArticles = false

    func run() throws {
        try runReportingErrors {
            let loaded = try corpus.openCorpus(emptyJSON: json)
            // With an index, from the summaries loaded at start (no body is read).
            var list = loaded.index.flatMap { loadArticles ? nil : $0.countrySummaries() }
                ?? CountrySummary.summarize(loaded.articles)
            // The articles that name only a place in a country (a Khabarovsk story without "Russia"): the TUI's
            // country filter and picker and `list --country` take them, so they count here too (a country
            // reached only by places counted 0 here and 3 in the picker); how many of them, apart.
            var placeIDs: [String: [String]] = [:]
            for s in loaded.summaries { for c in s.placeCountries { placeIDs[c, default: []].append(s.id) } }
            for code in placeIDs.keys.sorted() where !list.contains(where: { $0.code == code }) {
                list.append(CountrySummary(code: code, name: EntityExtractor.countryName(code), articles: 0))
            }
            for i in list.indices { list[i].articles += placeIDs[list[i].code]?.count ?? 0 }
            list.sort { ($1.articles, $0.code) < ($0.articles, $1.code) }
            if json {
                // The IDs, as `entities --json` gives them (`articles` was a count here, a list there).
                var ids: [String: [String]] = [:]
                func add(_ id: String, _ countries: [String]) {
                    for (i, c) in countries.enumerated() where !countries[..<i].contains(c) { ids[c, default: []].append(id) }
                }
                // In list order, those that name the country and those that name only a place in it, as the
                // TUI's country filter lists them.
                if let index = loaded.index, !loadArticles {
                    for s in index.summaries { add(s.id, s.countries + s.placeCountries) }
                } else {
                    for a in loaded.articles { add(a.id, a.countries + a.placeCountries) }
                }
                let items = list.map {
                    CountryJSON(code: $0.code, name: $0.name, count: $0.articles, articles: ids[$0.code] ?? [],
                                placeArticles: placeIDs[$0.code])
                }
                print(JSONText.of(try ArticleJSON.encoder().encode(items)))
                return
            }
            for c in list {
                let places = placeIDs[c.code]?.count ?? 0
                print("\(c.code)  \(String(c.articles).leftPadded(5))  \(c.name)" + (places > 0 ? "  (\(places) only through a place)" : ""))
            }
        }
    }
}

/// One country of `countries --json`: `count` articles, `articles` their IDs in list order (as in `entities --json`),
/// those that name the country or a place in it; `placeArticles`, when any, those that name a place in the country
/// but not the country itself.
struct CountryJSON: Encodable {
    var code: String
    var name: String
    var count: Int
    var articles: [String]
    var placeArticles: [String]?
}
