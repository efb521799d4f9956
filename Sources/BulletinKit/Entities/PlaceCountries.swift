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
        // Split by bytes (a warm start reads the file before its first frame): a name, a tab, two capitals.
        var table: [String: String] = [:]
        table.reserveCapacity(2600)
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var stop = end
                while stop > start, bytes[stop - 1] == 0x0D || bytes[stop - 1] == 0x20 { stop -= 1 }
                defer { start = end + 1 }
                guard stop > start, bytes[start] != 0x23,
                      let tab = (start..<stop).first(where: { bytes[$0] == 0x09 }) else { continue }
                var codeStart = tab + 1
                while codeStart < stop, bytes[codeStart] == 0x20 { codeStart += 1 }
                var nameEnd = tab
                while nameEnd > start, bytes[nameEnd - 1] == 0x20 { nameEnd -= 1 }
                guard nameEnd > start, stop - codeStart == 2 else { continue }
                let a = bytes[codeStart] & 0xDF, b = bytes[codeStart + 1] & 0xDF  // upper case
                guard a >= 65, a <= 90, b >= 65, b <= 90 else { continue }
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<nameEnd]), as: UTF8.self)
                table[name] = String(decoding: [a, b], as: UTF8.self)
            }
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
