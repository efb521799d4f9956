import Foundation

/// The country each well-known place lies in: `Resources/entities/place-countries.tsv`, one line per gazetteer
/// place, its canonical name (as `places.json` or `knowledge-base.json` spells it), a tab, an ISO 3166-1 alpha-2
/// code; `#` opens a comment line.
///
/// Why: an article's `countries` are the ones its text names (what the gold annotations score), but a Russian
/// desk's story about Khabarovsk never writes "Russia", and a Vietnamese one about Đà Nẵng never writes "Việt
/// Nam": the country filter would never show them. The countries of the places an article names
/// (`ArticleSummary.placeCountries`) count for the filter, the pickers and `list --country`, kept apart from the
/// countries named.
public struct PlaceCountries: Sendable {
    /// Canonical place name → country code.
    let byName: [String: String]

    /// A table read from the file's text: malformed lines (no tab, a code that is not two ASCII letters) are
    /// skipped (`scripts/check-place-countries` checks the bundled file; a test reads it whole).
    public init(text: String) {
        var table: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            guard !line.hasPrefix("#"), let tab = line.firstIndex(of: "\t") else { continue }
            let name = line[..<tab].trimmingCharacters(in: .whitespaces)
            let code = line[line.index(after: tab)...].trimmingCharacters(in: .whitespaces).uppercased()
            guard !name.isEmpty, code.utf8.count == 2, code.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) else { continue }
            table[name] = code
        }
        byName = table
    }

    /// The bundled table (empty when the file is missing: places then imply no country).
    public static let bundled: PlaceCountries = {
        guard let url = EntityResources.url("place-countries.tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return PlaceCountries(text: "") }
        return PlaceCountries(text: text)
    }()

    /// How many places have a country.
    public var count: Int { byName.count }

    /// The country of the place named `name` (a canonical name), or nil.
    public func country(of name: String) -> String? { byName[name] }

    /// The countries of the places among `entities` that `named` does not hold already, each once, in order of
    /// the places.
    public func countries(of entities: [ArticleEntity], besides named: [String]) -> [String] {
        var found: [String] = []
        for e in entities where e.type == .place {
            if let code = byName[e.name], !named.contains(code), !found.contains(code) { found.append(code) }
        }
        return found
    }
}
