import Foundation
import Testing
@testable import BulletinKit

/// The countries of the places an article names (`PlaceCountries`, `ArticleSummary.placeCountries`): a desk's
/// domestic story names its cities, not its country, and the country filter must still find it.
@Suite struct PlaceCountriesTests {
    @Test func tableTextSkipsCommentsAndMalformedLines() {
        let table = PlaceCountries(text: """
            # comment\tXX
            Khabarovsk\tRU
            Lyon\tfr
            Nowhere
            Bad Code\tRUS
            Digits\t12

            Da Nang\tVN
            """)
        #expect(table.count == 3)
        #expect(table.country(of: "Khabarovsk") == "RU")
        #expect(table.country(of: "Lyon") == "FR")
        #expect(table.country(of: "Da Nang") == "VN")
        #expect(table.country(of: "Bad Code") == nil)
        #expect(table.country(of: "# comment") == nil)
    }

    @Test func onlyPlacesNotAlreadyNamedCount() {
        let table = PlaceCountries(text: "Khabarovsk\tRU\nLyon\tFR\nWashington\tUS\n")
        let entities = [
            ArticleEntity(name: "Khabarovsk", type: .place),
            ArticleEntity(name: "Washington", type: .person),  // a person named like a place is no place
            ArticleEntity(name: "Lyon", type: .place),
            ArticleEntity(name: "Khabarovsk", type: .place),
        ]
        #expect(table.countries(of: entities, besides: []) == ["RU", "FR"])
        #expect(table.countries(of: entities, besides: ["FR"]) == ["RU"])
    }

    /// Every line of the bundled file names a place of the bundled gazetteer with a real region code.
    @Test func bundledTableNamesGazetteerPlacesWithRealCodes() throws {
        let url = try #require(EntityResources.url("place-countries.tsv"))
        let text = try String(contentsOf: url, encoding: .utf8)
        let places = Set(KnowledgeBase.bundled.entities.filter { $0.type == .place }.map(\.name))
        var lines = 0
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(parts.count == 2, "malformed line: \(line)")
            guard parts.count == 2 else { continue }
            lines += 1
            #expect(places.contains(String(parts[0])), "not a gazetteer place: \(parts[0])")
            let code = String(parts[1])
            #expect(code.count == 2 && code == code.uppercased(), "\(line)")
            let name = Locale(identifier: "en").localizedString(forRegionCode: code)
            #expect(name != nil && name != code, "unknown region code: \(line)")
        }
        #expect(lines == PlaceCountries.bundled.count)
        #expect(lines > 100)
    }

    static let khabarovsk = """
        В Хабаровске открыли новую набережную

        ХАБАРОВСК, 4 декабря. Новую набережную открыли в Хабаровске в четверг. Губернатор края заявил, \
        что работы в Хабаровске продолжатся весной, а жители Владивостока приедут на открытие.
        """
    static let moscow = """
        Россия и Москва

        Власти России сообщили в Москве, что переговоры продолжатся.
        """

    /// A Russian story that names Khabarovsk but never Russia: RU by its place, not among the countries named;
    /// a story that names Russia gains nothing from Moscow. The same from the files and from the index.
    @Test func aDomesticStoryGetsItsCountryByPlaceInMemoryAndInTheIndex() throws {
        #expect(PlaceCountries.bundled.country(of: "Khabarovsk") == "RU")
        let f = try IndexFixture(files: ["ru_dom.txt": Self.khabarovsk, "ru_msk.txt": Self.moscow])
        let direct = Corpus.open(paths: [f.corpus.path])
        let indexed = Corpus.open(paths: [f.corpus.path], options: OpenOptions(indexPath: f.db, useIndex: true))
        #expect(indexed.index != nil)
        for corpus in [direct, indexed] {
            let dom = try #require(corpus.summaries.first { $0.file.hasSuffix("ru_dom.txt") })
            #expect(!dom.countries.contains("RU"))
            #expect(dom.placeCountries == ["RU"])
            #expect(dom.concerns(country: "RU"))
            let msk = try #require(corpus.summaries.first { $0.file.hasSuffix("ru_msk.txt") })
            #expect(msk.countries == ["RU"])
            #expect(msk.placeCountries.isEmpty)
        }
        // A warm start reads the summaries back from the index.
        let warm = try CorpusIndex.open(path: f.db).makeStore()
        #expect(warm.summaries.first { $0.file.hasSuffix("ru_dom.txt") }?.placeCountries == ["RU"])
    }
}

/// The extraction stamp names `--entities` by its absolute path: spelt relative, with `./` or `..`, it is the
/// same file, and a new spelling re-extracted every article once.
@Suite struct EntitiesStampPathTests {
    @Test func spellingsOfOneFileGiveOneStamp() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stamp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("extra.json")
        try Data("{\"entities\": []}".utf8).write(to: file)
        let env: [String: String] = ["XDG_CONFIG_HOME": dir.appendingPathComponent("none").path]
        let plain = CorpusIndex.extractionStamp(entitiesFile: file.path, environment: env)
        #expect(plain.contains(file.path))
        for other in [dir.path + "/./extra.json", dir.path + "/sub/../extra.json", dir.path + "//extra.json"] {
            #expect(CorpusIndex.extractionStamp(entitiesFile: other, environment: env) == plain, "\(other)")
        }
        // Relative to the working directory (read, not changed: tests run in parallel).
        let cwd = FileManager.default.currentDirectoryPath
        let relative = CorpusIndex.extractionStamp(entitiesFile: "no-such-extra.json", environment: env)
        #expect(relative.contains(cwd + "/no-such-extra.json"), "\(relative)")
    }
}

/// `list --json` and `show --json` give `place_countries` beside `countries`, the same in both writers.
@Suite struct PlaceCountriesJSONTests {
    @Test func bothWritersGivePlaceCountries() throws {
        let a = Article(id: "dom", file: "/c/dom.txt", title: "Мост", language: "ru", body: "В Хабаровске.", raw: "",
                        countries: [], entities: [ArticleEntity(name: "Khabarovsk", type: .place, aliases: ["Хабаровске"], mentions: 1)])
        let item = ArticleJSON(a)
        #expect(item.placeCountries == ["RU"])
        let encoded = try ArticleJSONWriterTests.encoded(item)
        let text = ArticleJSONWriterTests.show(encoded)
        #expect(text.contains("\"place_countries\" : [\n    \"RU\"\n  ]"), "\(text)")
        #expect(ArticleJSONWriterTests.written(item) == encoded)
    }
}

/// A stored entity name loses its separators (tab, newline, U+001F, CR) whatever their grouping: CR LF is one
/// `Character`, equal to neither CR nor LF, and a name holding it was stored with it.
@Suite struct EntityCodingCleanTests {
    @Test func crLFIsCleanedToo() {
        for name in ["Alexandre\r\nLoukachenko", "A\tB", "A\nB", "A\rB", "A\u{1F}B", "Tô\r\nLâm\r\n"] {
            let cleaned = EntityCoding.clean(name)
            #expect(!cleaned.unicodeScalars.contains { $0 == "\r" || $0 == "\n" || $0 == "\t" || $0 == "\u{1F}" }, "\(name.debugDescription)")
            #expect(cleaned.unicodeScalars.count == name.unicodeScalars.count)
        }
        #expect(EntityCoding.clean("Tô Lâm") == "Tô Lâm")
    }
}
