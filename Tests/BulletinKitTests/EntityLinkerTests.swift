import Foundation
import PropertyBased
import Testing
@testable import BulletinKit

@Suite struct EntityLinkerTests {
    func article(_ id: String, _ entities: [ArticleEntity]) -> Article {
        Article(id: id, file: id, title: "", body: "", raw: "", entities: entities)
    }

    @Test func transliterationVariantsShareOneName() {
        var articles = [
            article("a", [ArticleEntity(name: "Igor Sergeenko", type: .person, mentions: 1)]),
            article("b", [ArticleEntity(name: "Igor Sergeyenko", type: .person, mentions: 1)]),
            article("c", [ArticleEntity(name: "Igor Sergeyenko", type: .person, mentions: 1)]),
            article("d", [ArticleEntity(name: "Игорь Сергеенко", type: .person, mentions: 1)]),
            article("e", [ArticleEntity(name: "Alexandre Tourtchine", type: .person, mentions: 1)]),
            article("f", [ArticleEntity(name: "Aleksandr Turchin", type: .person, mentions: 1)]),
        ]
        EntityLinker.link(&articles)
        #expect(articles[0].entities[0].name == "Igor Sergeyenko")
        #expect(articles[3].entities[0].name == "Igor Sergeyenko")
        #expect(articles[0].entities[0].aliases.contains("Igor Sergeenko"))
        #expect(articles[4].entities[0].name == articles[5].entities[0].name)
    }

    @Test func differentPeopleSharingAWordStayApart() {
        var articles = [
            article("a", [ArticleEntity(name: "Xi Jinping", type: .person, mentions: 1)]),
            article("b", [ArticleEntity(name: "Xie Xiaoyong", type: .person, mentions: 1)]),
            article("c", [ArticleEntity(name: "Li Qiang", type: .person, mentions: 1)]),
            article("d", [ArticleEntity(name: "Li Wei", type: .person, mentions: 1)]),
        ]
        EntityLinker.link(&articles)
        #expect(articles.map { $0.entities[0].name } == ["Xi Jinping", "Xie Xiaoyong", "Li Qiang", "Li Wei"])
    }

    @Test func namesOneConsonantApartStayApart() {
        // Two agencies, two provinces, a Peruvian port and a Chinese city: no transliteration writes one for the other.
        let pairs: [(String, String, EntityType)] = [("BelTA", "Belga", .organization), ("ANSA", "ANKA", .organization),
                                                     ("Jiangsu", "Jiangxi", .place), ("Chancay", "Shanghai", .place),
                                                     ("Morava", "Moraca", .place)]
        for (a, b, type) in pairs {
            var articles = [article("a", [ArticleEntity(name: a, type: type, mentions: 3)]),
                            article("b", [ArticleEntity(name: b, type: type, mentions: 1)])]
            EntityLinker.link(&articles)
            #expect(articles[0].entities[0].name != articles[1].entities[0].name, "\(a) / \(b)")
        }
        // Transliterations still join: vowels, ch/sh, h/g (Russian's Ибрагим), a doubled letter.
        for (a, b) in [("Alexander Lukashenko", "Alexandre Loukachenko"), ("Ibrahim Rashidov", "Ibragim Rashidov"),
                       ("Mohammed Saleh", "Mohamed Saleh")] {
            var articles = [article("a", [ArticleEntity(name: a, type: .person, mentions: 3)]),
                            article("b", [ArticleEntity(name: b, type: .person, mentions: 1)])]
            EntityLinker.link(&articles)
            #expect(articles[0].entities[0].name == articles[1].entities[0].name, "\(a) / \(b)")
        }
        #expect(EntityLinker.spellingVariants("lukachenko", "lukashenko", limit: 1))
        #expect(!EntityLinker.spellingVariants("belta", "belga", limit: 1))
    }

    @Test func aNameInCapitalsGivesWayToItsWrittenForm() {
        #expect(EntityLinker.preferredName(["CHANCAY": 5, "Chancay": 1]) == "Chancay")
        #expect(EntityLinker.preferredName(["SCO": 5, "Shanghai Cooperation Organisation": 1]) == "SCO")
    }

    @Test func sameNameDifferentTypeStaysApart() {
        var articles = [
            article("a", [ArticleEntity(name: "Ho Chi Minh", type: .person, mentions: 1)]),
            article("b", [ArticleEntity(name: "Ho Chi Minh City", type: .place, mentions: 1)]),
        ]
        EntityLinker.link(&articles)
        #expect(articles[1].entities[0].name == "Ho Chi Minh City")
    }

    @Test func editDistanceIsSymmetricAndBounded() async {
        await propertyCheck(input: Gen.letterOrNumber.string(of: 0...8), Gen.letterOrNumber.string(of: 0...8)) { a, b in
            let d1 = EntityLinker.editDistance(a, b, limit: 20)
            let d2 = EntityLinker.editDistance(b, a, limit: 20)
            #expect(d1 == d2)
            #expect(d1 <= max(a.count, b.count))
            #expect((d1 == 0) == (a == b))
        }
    }

    @Test func linkingIsIdempotent() {
        var articles = [
            article("a", [ArticleEntity(name: "Sergueïenko", type: .person, mentions: 1)]),
            article("b", [ArticleEntity(name: "Sergeyenko", type: .person, mentions: 1)]),
        ]
        EntityLinker.link(&articles)
        let once = articles
        EntityLinker.link(&articles)
        #expect(once == articles)
    }
}

@Suite final class KnowledgeBaseTests {
    /// One scratch folder per test (Swift Testing makes an instance per test), removed afterwards.
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kb-\(UUID().uuidString)")
    init() throws { try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(at: scratch) }

    func write(_ text: String, ext: String) throws -> URL {
        let url = scratch.appendingPathComponent("kb-\(UUID().uuidString).\(ext)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func bundledKnowledgeBaseLoads() {
        #expect(KnowledgeBase.bundled.entities.count > 100)
        #expect(KnowledgeBase.bundled.entities.contains { $0.name == "Alexander Lukashenko" && $0.aliases.contains("卢卡申科") })
    }

    @Test func userEntriesFromTSVAreFound() throws {
        let url = try write("# my beat\nOlzhas Bektenov\tperson\tBektenov|Олжас Бектенов\n", ext: "tsv")
        let (extractor, problems) = EntityExtractor.configured(entitiesFile: url.path, environment: ["HOME": "/nonexistent"])
        #expect(problems.isEmpty)
        let e = extractor.extract(title: "", body: "Встреча с Олжас Бектенов прошла в Астане.", language: "ru")
        #expect(e.entities.contains { $0.name == "Olzhas Bektenov" && $0.type == .person })
        #expect(e.entities.contains { $0.name == "Astana" })
    }

    @Test func userEntriesFromConfigDirectory() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cfg-\(UUID().uuidString)/bulletin")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        try #"{"entities": [{"name": "Zhanna Sultanova", "type": "person", "aliases": ["Sultanova"]}]}"#
            .write(to: dir.appendingPathComponent("entities.json"), atomically: true, encoding: .utf8)
        let (extractor, problems) = EntityExtractor.configured(environment: ["XDG_CONFIG_HOME": dir.deletingLastPathComponent().path])
        #expect(problems.isEmpty)
        let e = extractor.extract(title: "", body: "the report by Sultanova", language: "en")
        #expect(e.entities.first?.name == "Zhanna Sultanova")
    }

    /// A TSV exported from a spreadsheet starts with its column names: that row is no entity
    /// and no error; a "type" type on a later row still is one.
    @Test func tsvHeaderRowIsSkipped() throws {
        let withHeader = try write("# mine\nName\tType\tAliases\nZhanna Sultanova\tperson\tSultanova|Жанна Султанова\n", ext: "tsv")
        let kb = try KnowledgeBase.load(contentsOf: withHeader)
        #expect(kb.entities.map(\.name) == ["Zhanna Sultanova"])
        #expect(kb.entities.first?.aliases == ["Sultanova", "Жанна Султанова"])
        let laterRow = try write("Zhanna Sultanova\tperson\nName\ttype\n", ext: "tsv")
        #expect(throws: KnowledgeBaseError.self) { try KnowledgeBase.load(contentsOf: laterRow) }
    }

    /// One bad line in a user's TSV dropped the whole file, and only the first was named: the good entries are kept
    /// and every bad line is reported, a few one by one and then a count.
    @Test func aTSVsBadLinesAreEachReportedAndItsGoodEntriesKept() throws {
        let tsv = try write("Zorblax Industries\torganization\tЗорбакс\nbroken\nIgor Petrovsky\tpersonn\tIgor P\n"
                            + "Zhanna Sultanova\tperson\tSultanova\nno tab either\n\tplace\nlast bad\n", ext: "tsv")
        let (kb, problems) = KnowledgeBase.withUserEntries(extraFile: tsv.path, environment: ["HOME": "/nonexistent"])
        #expect(kb.entities.contains { $0.name == "Zorblax Industries" && $0.aliases == ["Зорбакс"] })
        #expect(kb.entities.contains { $0.name == "Zhanna Sultanova" })
        #expect(problems.map(\.description) == [
            tsv.path + ": line 2: expected name<TAB>type[<TAB>alias|alias…], skipped",
            tsv.path + ": line 3: unknown type \"personn\" (person, organization or place), skipped",
            tsv.path + ": line 5: expected name<TAB>type[<TAB>alias|alias…], skipped",
            tsv.path + ": and 2 more bad entries, skipped",
        ])
        let e = EntityExtractor(knowledgeBase: kb).extract(title: "", body: "Сотрудники Зорбакс вышли на работу.", language: "ru")
        #expect(e.entities.contains { $0.name == "Zorblax Industries" }, "\(e.entities.map(\.name))")
    }

    /// The same for JSON: an entry with a bad type dropped the valid entry before it.
    @Test func aJSONFilesBadEntriesAreEachReportedAndItsGoodEntriesKept() throws {
        let json = try write(#"{"entities":[{"name":"Zorblax Industries","type":"organization","aliases":["Зорбакс"]},"#
                             + #"{"name":"Bad","type":"personn"},{"type":"place"},{"name":"Kept Place","type":"place"}]}"#, ext: "json")
        let (kb, problems) = KnowledgeBase.withUserEntries(extraFile: json.path, environment: ["HOME": "/nonexistent"])
        #expect(kb.entities.contains { $0.name == "Zorblax Industries" && $0.type == .organization })
        #expect(kb.entities.contains { $0.name == "Kept Place" && $0.type == .place })
        #expect(problems.map(\.description) == [
            json.path + ": entity 2 (Bad): unknown type \"personn\" (person, organization or place), skipped",
            json.path + ": entity 3: no \"name\" (expected {\"name\": …, \"type\": …, \"aliases\": […]}), skipped",
        ])
        // A file that is no JSON at all says where it broke.
        let cut = try write("[{\"name\": \"A\", \"type\": \"place\"},\n {\"name\": \"B\"", ext: "json")
        #expect(KnowledgeBase.withUserEntries(extraFile: cut.path, environment: ["HOME": "/nonexistent"]).1.map(\.description)
                == [cut.path + ": not valid JSON (unexpected end of file at line 2, column 14)"])
    }

    @Test func badFilesGiveOneLineNamingTheFile() throws {
        let badJSON = try write("{ not json", ext: "json")
        let badType = try write("X\trobot\n", ext: "tsv")
        let (_, problems) = KnowledgeBase.withUserEntries(extraFile: badJSON.path, environment: ["HOME": "/nonexistent"])
        #expect(problems.count == 1)
        #expect(problems[0].description.hasPrefix(badJSON.path + ": not valid JSON"))
        #expect(!problems[0].description.contains("\n"))
        #expect(throws: KnowledgeBaseError.self) { try KnowledgeBase.load(contentsOf: badType) }
        let missing = KnowledgeBase.withUserEntries(extraFile: "/nonexistent/kb.json", environment: ["HOME": "/nonexistent"]).1
        #expect(missing.first?.description == "/nonexistent/kb.json: no such file")
        // A path that exists but cannot be read as a file (a folder) says so instead.
        let folder = badJSON.deletingLastPathComponent().path
        let unreadable = KnowledgeBase.withUserEntries(extraFile: folder, environment: ["HOME": "/nonexistent"]).1
        #expect(unreadable.first?.description == folder + ": cannot read the file")
    }
}
