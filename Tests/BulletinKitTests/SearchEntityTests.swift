import Foundation
import Testing
@testable import BulletinKit

/// A made-up person the bundled knowledge base cannot know, with names in
/// four scripts: only a user knowledge-base file (`--entities`) links them.
private let travinskyKB = """
    {"entities": [{"name": "Zorbulak Travinsky", "type": "person",
      "aliases": ["Travinsky", "Travinski", "Зорбулак Травинский", "Травинский~", "ترافينسكي", "زوربولاك ترافينسكي", "特拉温斯基"]}]}
    """

/// Articles that only use the Latin spellings (no Cyrillic, Arabic or Han name appears anywhere).
private let travinskyFiles: [String: String] = [
    "a.txt": "Harbour talks\n\nMinister Zorbulak Travinsky opened the harbour talks on Monday.\n",
    "b.txt": "Visite au port\n\nLe ministre Travinski a visité le port mardi.\n",
    "c.txt": "Weather\n\nRain is expected all week in the north.\n",
]

/// Names "Zorbulak Travinsky" wherever a Latin spelling occurs, with ranges
/// (what the real extractor does with the user entry; no other name is found).
private enum TravinskyExtractor {
    @Sendable static func extract(title: String, body: String, language: String, source: String?) -> Extraction {
        let ns = body as NSString
        var ranges: [TextSpan] = []
        var aliases: [String] = []
        for form in ["Zorbulak Travinsky", "Travinski"] {
            let r = ns.range(of: form)
            if r.location != NSNotFound {
                ranges.append(TextSpan(start: r.location, end: r.location + r.length))
                aliases.append(form)
            }
        }
        guard !ranges.isEmpty else { return Extraction() }
        return Extraction(entities: [ArticleEntity(name: "Zorbulak Travinsky", type: .person, aliases: aliases,
                                                   mentions: ranges.count, ranges: ranges)])
    }
}

private func withKBFile<T>(_ body: (String) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-kb-\(UUID().uuidString).json")
    try Data(travinskyKB.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}

@Suite struct EntityNameKeyTests {
    @Test func keysFoldLikeSearch() {
        #expect(EntityNameKey.key("Tô Lâm") == "to lam")
        #expect(EntityNameKey.key("A. Lukashenko") == "a lukashenko")
        #expect(EntityNameKey.key("ألكسندر  لوكاشينكو") == EntityNameKey.key("الكسندر لوكاشينكو"))
        #expect(EntityNameKey.key("Травинский~") == EntityNameKey.key("ТРАВИНСКИЙ"))
    }

    @Test func queryCandidatesDropCliticsAndCaseEndings() {
        #expect(EntityNameKey.candidates("ولوكاشينكو").contains(EntityNameKey.key("لوكاشينكو")))
        #expect(EntityNameKey.candidates("Минске").contains(EntityNameKey.key("Минск")))
        #expect(EntityNameKey.candidates("Травинского").contains(EntityNameKey.stemmedKey("Травинский")!))
        #expect(EntityNameKey.candidates("Lukashenko") == ["lukashenko"])
    }

    @Test func knowledgeAliasesResolveEverySpelling() {
        let kb = KnowledgeBase(entities: [KnowledgeEntity(name: "Zorbulak Travinsky", type: .person,
                                                          aliases: ["Травинский~", "ترافينسكي"])])
        let aliases = KnowledgeAliases(kb)
        for query in ["travinsky zorbulak", "ТРАВИНСКИЙ", "Травинскому", "وترافينسكي", "ترافينسكي"] {
            let names = aliases.canonicalNames(forKeys: EntityNameKey.candidates(query))
            if query == "travinsky zorbulak" {
                #expect(names.isEmpty, "word order matters")
            } else {
                #expect(names == ["Zorbulak Travinsky"], "\(query)")
            }
        }
        #expect(aliases.names(forKeys: ["zorbulak travinsky"]).contains("ترافينسكي"))
        // The bundled base: a Russian spelling no seed needs to contain.
        #expect(KnowledgeAliases.bundled.canonicalNames(forKeys: EntityNameKey.candidates("лукашенко")) == ["Alexander Lukashenko"])
    }
}

@Suite struct EntitySearchTests {
    /// Spellings the corpus never uses, known only from the knowledge base
    /// given with `--entities`, find every article that mentions the entity.
    @Test func indexFindsKnowledgeBaseSpellingsInAnyScript() throws {
        try withKBFile { kb in
            let f = try IndexFixture(files: travinskyFiles)
            let index = try CorpusIndex.open(path: f.db)
            _ = try index.update(paths: [f.corpus.path], extract: TravinskyExtractor.extract, extractionStamp: "t")
            let store = try index.makeStore(roots: [f.corpus.path], entitiesFile: kb)
            for query in ["Travinsky", "Травинский", "травинского", "ترافينسكي", "وترافينسكي", "特拉温斯基", "Зорбулак Травинский"] {
                #expect(Set(store.search(query, limit: 10).map(\.id)) == ["a", "b"], "\(query)")
            }
            // The snippet of an article found by entity shows its mention.
            let b = try #require(store.search("Травинский", limit: 10).first { $0.id == "b" })
            #expect(b.snippet.marked("«", "»").contains("«Travinski»"))
            // Without the file, the Cyrillic spelling is unknown: nothing in the text matches it.
            let plain = try index.makeStore(roots: [f.corpus.path])
            #expect(plain.search("Травинский", limit: 10).isEmpty)
        }
    }

    /// The same through `Corpus.openStored` (warm start) and the no-index store.
    @Test func warmStartAndMemoryStoreResolveTheSameWay() throws {
        try withKBFile { kb in
            let f = try IndexFixture(files: travinskyFiles)
            let index = try CorpusIndex.open(path: f.db)
            _ = try index.update(paths: [f.corpus.path], extract: TravinskyExtractor.extract, extractionStamp: "t")
            let stored = try #require(Corpus.openStored(paths: [f.corpus.path],
                                                        options: OpenOptions(entitiesFile: kb, indexPath: f.db, useIndex: true)))
            #expect(Set(stored.store.search("ترافينسكي", limit: 10).map(\.id)) == ["a", "b"])

            var articles = CorpusLoader().load(paths: [f.corpus.path]).articles
            for i in articles.indices {
                articles[i].entities = TravinskyExtractor.extract(title: articles[i].title, body: articles[i].body,
                                                                  language: articles[i].language, source: nil).entities
            }
            EntityLinker.link(&articles)
            let memory = MemoryStore(articles: articles, entitiesFile: kb)
            for query in ["Travinsky", "Травинский", "ترافينسكي", "特拉温斯基", "Rain"] {
                let indexed = Set(stored.store.search(query, limit: 10).map(\.id))
                #expect(Set(memory.search(query, limit: 10).map(\.id)) == indexed, "\(query)")
            }
            let b = try #require(memory.search("ترافينسكي", limit: 10).first { $0.id == "b" })
            #expect(b.snippet.marked("«", "»").contains("«Travinski»"))
            // Snippets asked for afterwards (the TUI's ID-first search) are the same.
            #expect(memory.snippets(ids: ["a", "b"], query: "ترافينسكي")["b"] == b.snippet)
            #expect(stored.store.snippets(ids: ["a", "b"], query: "ترافينسكي")["b"] == b.snippet)
            #expect(MemoryStore(articles: articles).search("Травинский", limit: 10).isEmpty)
        }
    }

    /// A spelling one article uses finds the others through the stored
    /// aliases and links, with or without a clitic.
    @Test func corpusSpellingsStillLinkAcrossArticles() throws {
        let f = try IndexFixture(files: scriptFixtures)
        let store = try f.store()
        #expect(Set(store.search("ولوكاشينكو", limit: 10).map(\.id)) == ["ar", "ru", "en", "fr"])
        #expect(Set(store.search("лукашенко", limit: 10).map(\.id)) == ["ar", "ru", "en", "fr"])
    }
}

@Suite struct SnippetPhraseTests {
    /// "to lam": the place where both words meet is shown and marked, not
    /// the first "to" (a stopword) of the body.
    @Test func multiWordQueryPrefersThePhraseOccurrence() {
        let body = "The ministers agreed to promote trade and to expand cooperation. "
            + "Later that day, General Secretary To Lam received the delegation in Hanoi."
        let snippet = SnippetBuilder.snippet(body: body, needles: SnippetBuilder.Needles(query: SearchQuery.parse("to lam")))
        #expect(snippet.marked("«", "»").contains("«To Lam»"))
        #expect(!snippet.marked("«", "»").contains("«to»"))
    }

    @Test func windowFollowsTheBestMatchInALongBody() {
        let filler = String(repeating: "The delegation went to the port and to the market. ", count: 20)
        let body = filler + "Then Tô Lâm spoke. " + filler
        let snippet = SnippetBuilder.snippet(body: body, needles: SnippetBuilder.Needles(query: SearchQuery.parse("to lam")),
                                             width: 80)
        #expect(snippet.marked("«", "»").contains("«Tô Lâm»"))
        #expect(!snippet.marked("«", "»").contains("«to»"))
        #expect(snippet.text.hasPrefix("…"))
    }

    @Test func scatteredWordsAreAllMarkedWhenTheyNeverMeet() {
        let body = "Talks opened in Minsk. After a long day of talks the delegates left for the airport on Tuesday."
        let snippet = SnippetBuilder.snippet(body: body, needles: SnippetBuilder.Needles(query: SearchQuery.parse("minsk tuesday")))
        #expect(snippet.marked("«", "»").contains("«Minsk»"))
        #expect(snippet.marked("«", "»").contains("«Tuesday»"))
    }

    @Test func oneWordQueryMarksEveryOccurrence() {
        let body = "Minsk hosted the forum; delegates praised Minsk."
        let snippet = SnippetBuilder.snippet(body: body, needles: SnippetBuilder.Needles(query: SearchQuery.parse("minsk")))
        #expect(snippet.marked("«", "»") == "«Minsk» hosted the forum; delegates praised «Minsk».")
    }

    /// A one-word Arabic query with a leading clitic letter folds to two
    /// forms ("لوكاشينكو" and "وكاشينكو"); it is still one word: the first
    /// body word matching it anchors the excerpt and is marked, with or
    /// without a clitic, rather than the entity mention standing in.
    @Test func arabicWordWithACliticFormIsOneQueryWord() {
        let needles = SnippetBuilder.Needles(query: SearchQuery.parse("لوكاشينكو"))
        #expect(needles.wordCount == 1)
        let filler = String(repeating: "وقال المتحدث إن المحادثات كانت مثمرة. ", count: 12)
        let body = filler + "واستقبل الرئيس لوكاشينكو الوفد، وأكد ولوكاشينكو ذلك. " + filler + "لوكاشينكو"
        let late = (body as NSString).range(of: "لوكاشينكو", options: .backwards)
        var askedForMentions = false
        let snippet = SnippetBuilder.snippet(body: body, needles: needles, width: 80) {
            askedForMentions = true
            return [TextSpan(start: late.location, end: late.location + late.length)]
        }
        #expect(!askedForMentions)
        #expect(snippet.text.hasPrefix("…"))
        #expect(snippet.marked("«", "»").contains("الرئيس «لوكاشينكو» الوفد"))
        #expect(snippet.marked("«", "»").contains("«ولوكاشينكو»"))
    }

    /// The two forms still make one prefix term.
    @Test func arabicPrefixWithACliticFormIsOneQueryWord() {
        let needles = SnippetBuilder.Needles(query: SearchQuery.parse("لوكاش*"))
        #expect(needles.wordCount == 1)
        let snippet = SnippetBuilder.snippet(body: "استقبل الرئيس لوكاشينكو الوفد.", needles: needles)
        #expect(snippet.marked("«", "»") == "استقبل الرئيس «لوكاشينكو» الوفد.")
    }

    /// Two different Arabic words are still two words.
    @Test func twoArabicWordsStayTwoWords() {
        #expect(SnippetBuilder.Needles(query: SearchQuery.parse("لوكاشينكو بيلاروسيا")).wordCount == 2)
        #expect(!SnippetBuilder.Needles.isCliticFree(Array("وكاشينكو".utf8), of: Array("بيلاروسيا".utf8)))
    }

    /// A weak body match (only the stopword) gives way to the entity mention.
    @Test func entityMentionBeatsALoneStopword() {
        let body = "وفي يوم الثلاثاء استقبل الأمين العام تو لام الوفد. It was agreed to continue."
        let spanStart = (body as NSString).range(of: "تو لام")
        let snippet = SnippetBuilder.snippet(body: body, needles: SnippetBuilder.Needles(query: SearchQuery.parse("to lam"))) {
            [TextSpan(start: spanStart.location, end: spanStart.location + spanStart.length)]
        }
        #expect(snippet.marked("«", "»").contains("«تو لام»"))
        #expect(!snippet.marked("«", "»").contains("«to»"))
    }
}

/// Country names as search terms across scripts: the knowledge aliases hold every
/// country's CLDR names and variants under the name its country entities carry.
@Suite struct SearchCountryAliasTests {
    @Test func countryNamesInEveryLanguageResolveToTheCountry() {
        let aliases = KnowledgeAliases(KnowledgeBase(entities: []))
        let belarus = EntityExtractor.countryName("BY")
        for query in ["bielorussie", "Biélorussie", "بيلاروس", "Беларусь", "白俄罗斯", "Belarus"] {
            #expect(aliases.canonicalNames(forKeys: EntityNameKey.candidates(query)) == [belarus], "\(query)")
        }
        #expect(aliases.canonicalNames(forKeys: EntityNameKey.candidates("Tô Lâm")).isEmpty)
        #expect(aliases.names(forKeys: [EntityNameKey.key("bielorussie")]).contains("بيلاروس"))
    }

    @Test func aCountrySpelledInNoArticleFindsItsArticles() {
        // One Arabic article naming Belarus; no article spells it in French.
        let article = Article(id: "a1", file: "a1.txt", title: "زيارة", language: "ar",
                              body: "وصل الوفد إلى بيلاروس أمس.", raw: "")
        let extracted = EntityExtractor(knowledgeBase: .bundled).extract(title: article.title, body: article.body, language: "ar")
        var a = article
        a.countries = extracted.countries
        a.entities = extracted.entities
        #expect(a.countries == ["BY"])
        let store = MemoryStore(articles: [a])
        #expect(store.search("bielorussie", limit: 10).map(\.id) == ["a1"])
        #expect(store.search("Беларусь", limit: 10).map(\.id) == ["a1"])
    }
}
