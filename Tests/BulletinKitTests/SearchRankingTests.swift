import Foundation
import GRDB
import Testing
@testable import BulletinKit

/// The pieces the search path was made faster with give what the plain
/// versions gave: the same ranked rows, the same entity fallback, the same
/// rendered excerpt.
@Suite struct SearchRankingTests {
    /// The ranking as it was done before: the rowid of the cap-th match from
    /// the end first, then bm25 over every match from there, fully sorted.
    static func reference(match: String, limit: Int, cap: Int, _ db: Database) throws -> [(rowid: Int64, rank: Double)] {
        let bound = try Int64.fetchOne(db, sql: """
            SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?
            """, arguments: [match, cap - 1])
        let rows = try Row.fetchAll(db, sql: """
            SELECT rowid, bm25(article_fts, \(IndexSchema.bm25Weights)) FROM article_fts
            WHERE article_fts MATCH ? AND rowid >= ?
            """, arguments: [match, bound ?? Int64.min])
        let scored: [(rowid: Int64, rank: Double)] = rows.map { ($0[0], $0[1]) }
        return Array(scored.sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.rowid < $1.rowid }.prefix(limit))
    }

    @Test func cappedRankingRanksTheSameRowsAsRankingFromTheBound() throws {
        // Twelve articles naming Minsk in different places and amounts, so
        // bm25 orders them, and a cap below their number.
        var files: [String: String] = [:]
        for i in 0..<12 {
            let title = i % 3 == 0 ? "Minsk news \(i)" : "News \(i)"
            let body = String(repeating: "Talks went on in Minsk. ", count: 1 + i % 4)
                + String(repeating: "Other words fill the article. ", count: i % 5)
            files[String(format: "a%02d.txt", i)] = title + "\n\n" + body + "\n"
        }
        let f = try IndexFixture(files: files)
        let store = try f.store()
        try store.pool.read { db in
            for match in ["\"minsk\"", "\"minsk\" AND \"talks\"", "\"oth\"*", "\"minsk\" NOT \"other\"", "\"nothing\""] {
                for cap in [1, 3, 5, 12, 50] {
                    for limit in [1, 2, 4, 50] {
                        let got = try IndexedStore.rankedRowIDs(match: match, limit: limit, cap: cap, db)
                        let want = try Self.reference(match: match, limit: limit, cap: cap, db)
                        #expect(got.map(\.rowid) == want.map(\.rowid), "\(match) cap \(cap) limit \(limit)")
                        #expect(got.map(\.rank) == want.map(\.rank), "\(match) cap \(cap) limit \(limit)")
                    }
                }
            }
        }
    }

    /// Articles of a small vocabulary with words of very different
    /// frequencies (some in most articles: IDF at its 1e-6 floor), in titles
    /// and bodies, plus the script fixtures and Lukashenko's names (entity
    /// search), so bm25's every branch is exercised.
    static func rankingCorpus(seed: UInt64, count: Int, prefix: String = "r") -> [String: String] {
        var rng = SplitMix(seed: seed)
        let common = ["trade", "talks", "minister", "visit", "state"]
        let rare = ["kazakhstan", "astana", "cooperation", "cooperative", "coop", "energy", "grain", "Minsk", "Beijing"]
        var files: [String: String] = [:]
        for i in 0..<count {
            func word() -> String {
                let r = rng.next() % 10
                return r < 6 ? common[Int(rng.next() % UInt64(common.count))] : rare[Int(rng.next() % UInt64(rare.count))]
            }
            let title = (0..<(1 + Int(rng.next() % 4))).map { _ in word() }.joined(separator: " ")
            var body = (0..<(3 + Int(rng.next() % 40))).map { _ in word() }.joined(separator: " ")
            if rng.next() % 5 == 0 { body += " President Lukashenko spoke." }
            if rng.next() % 7 == 0 { body += " A state visit to Astana." }
            files[String(format: "%@%03d.txt", prefix, i)] = title + "\n\n" + body + ".\n"
        }
        return files
    }

    static let rankingQueries = [
        "trade", "Kazakhstan trade", "\"state visit\"", "coop*", "Minsk -Beijing", "cooperation", "Lukashenko",
        "Лукашенко", "to lam", "bielorussie", "talks minister state", "grain -trade -talks", "nothingatall",
        "\"visit to astana\"", "ener*", "中国",
    ]

    /// `bulletin_rank` against FTS5's bm25 on the real plans of the queries:
    /// the same rows in the same order with the same ranks (bit for bit),
    /// without a cache, with a cold one and with a warm one.
    @Test func rankFunctionRanksAsBM25() throws {
        var files = Self.rankingCorpus(seed: 11, count: 90)
        files.merge(scriptFixtures) { a, _ in a }
        let f = try IndexFixture(files: files)
        let store = try f.store()
        let cache = RankCache()
        try store.pool.read { db in
            for text in Self.rankingQueries {
                guard let match = try store.plan(SearchQuery.parse(text), db).match else { continue }
                for (cap, limit) in [(2000, 50), (2000, 1000), (7, 3), (30, 30), (1, 1)] {
                    let want = try IndexedStore.rankedRowIDsBM25(match: match, limit: limit, cap: cap, db)
                    for round in 0..<2 {
                        let got = try IndexedStore.rankedRowIDs(match: match, limit: limit, cap: cap, cache: round == 0 ? nil : cache, db)
                        #expect(got.map(\.rowid) == want.map(\.rowid), "\(text) (\(match)) cap \(cap) limit \(limit) round \(round)")
                        #expect(got.map(\.rank) == want.map(\.rank), "\(text) (\(match)) cap \(cap) limit \(limit) round \(round)")
                    }
                }
            }
        }
        // Every phrase's count is now cached: the same queries count nothing again.
        let counted = cache.countedPhrases
        #expect(counted > 0)
        try store.pool.read { db in
            for text in Self.rankingQueries {
                guard let match = try store.plan(SearchQuery.parse(text), db).match else { continue }
                _ = try IndexedStore.rankedRowIDs(match: match, limit: 50, cache: cache, db)
            }
        }
        #expect(cache.countedPhrases == counted)
        #expect(cache.knownLengths > 0)  // the rows met so far: their lengths were read once
        // The searches themselves rank through the store's cache: same IDs and scores as bm25's order gives.
        for text in Self.rankingQueries {
            let hits = store.search(text, limit: 50, snippets: false)
            let want: [Double] = try store.pool.read { db in
                guard let match = try store.plan(SearchQuery.parse(text), db).match else { return [] }
                return try IndexedStore.rankedRowIDsBM25(match: match, limit: 50, db).map { -$0.rank }
            }
            #expect(hits.map(\.score) == want, "\(text)")
        }
    }

    /// Hand-written expressions: OR alternatives that no ranked row holds,
    /// column filters, nested groups, phrases that FTS5 tokenizes into
    /// several tokens, and an expression the phrase parser refuses (counted
    /// without the cache, still bm25's ranks).
    @Test func rankFunctionRanksAsBM25OnOtherExpressions() throws {
        let f = try IndexFixture(files: Self.rankingCorpus(seed: 5, count: 60))
        let store = try f.store()
        let cache = RankCache()
        let expressions = [
            "\"trade\" OR \"grain\"", "(\"trade\" OR names : \"nobody\") AND \"talks\"", "title : \"trade\"",
            "\"trade talks\" NOT \"grain\"", "(\"kazakhstan\" OR \"astana\") AND (\"trade\" OR \"energy\")",
            "\"coop\"* OR \"energy\"", "\"state-visit\"", "trade", "\"minsk\" AND NOT_A_WORD",
            "{title body} : \"trade\"", "\"cooperation\" \"grain\"",
        ]
        try store.pool.read { db in
            for match in expressions {
                let want: [(rowid: Int64, rank: Double)]
                do { want = try IndexedStore.rankedRowIDsBM25(match: match, limit: 40, cap: 25, db) } catch {
                    #expect(throws: (any Error).self, "\(match)") {
                        try IndexedStore.rankedRowIDs(match: match, limit: 40, cap: 25, cache: cache, db)
                    }
                    continue
                }
                for _ in 0..<2 {
                    let got = try IndexedStore.rankedRowIDs(match: match, limit: 40, cap: 25, cache: cache, db)
                    #expect(got.map(\.rowid) == want.map(\.rowid), "\(match)")
                    #expect(got.map(\.rank) == want.map(\.rank), "\(match)")
                }
            }
        }
    }

    /// Cached document frequencies are dropped when the index changes:
    /// after files are added, changed and removed, the same cache gives
    /// bm25's ranks over the new index.
    @Test func rankCacheFollowsTheIndex() throws {
        let f = try IndexFixture(files: Self.rankingCorpus(seed: 3, count: 40))
        let cache = RankCache()
        let matches = ["\"trade\"", "\"kazakhstan\" AND \"trade\"", "\"coop\"*", "\"astana\""]
        func check(_ store: IndexedStore) throws {
            try store.pool.read { db in
                for match in matches {
                    let want = try IndexedStore.rankedRowIDsBM25(match: match, limit: 20, db)
                    let got = try IndexedStore.rankedRowIDs(match: match, limit: 20, cache: cache, db)
                    #expect(got.map(\.rowid) == want.map(\.rowid), "\(match)")
                    #expect(got.map(\.rank) == want.map(\.rank), "\(match)")
                }
            }
        }
        let before = try f.store()
        try check(before)
        let generation = try before.pool.read { try IndexedStore.indexGeneration($0) }
        // More articles with the words, one changed, one removed.
        for (name, text) in Self.rankingCorpus(seed: 4, count: 15, prefix: "s") { try f.write(name, text) }
        try f.write("r000.txt", "Trade trade trade\n\nKazakhstan trade with Astana, cooperation and coop.\n")
        try FileManager.default.removeItem(atPath: f.path("r001.txt"))
        let after = try f.store()
        #expect(try after.pool.read { try IndexedStore.indexGeneration($0) } != generation)
        try check(after)
        // The old store sees the new index too (its pool reads the latest commit).
        try check(before)
    }

    /// Hits named from the loaded summaries (`IndexedStore.rowids`) are the
    /// hits named from the rows, with snippets; once the index changed after
    /// the store was loaded, the rows name them again.
    @Test func hitsNamedFromTheListAreTheHitsNamedFromTheRows() throws {
        var files = Self.rankingCorpus(seed: 21, count: 50)
        files.merge(scriptFixtures) { a, _ in a }
        files["digest.txt"] = "One\n\nFirst trade story about Belarus.\n\n---\n\nTwo\n\nSecond story, Лукашенко, trade talks.\n"
        let f = try IndexFixture(files: files)
        let (index, _) = try f.update()
        func compare(_ store: IndexedStore, _ label: String) throws {
            for text in Self.rankingQueries + ["story", "Belarus"] {
                let query = SearchQuery.parse(text)
                guard !query.isEmpty else { continue }
                let (list, rows) = try store.pool.read { db in
                    (try store.search(query, limit: 1000, snippets: true, db),
                     try store.search(query, limit: 1000, snippets: true, listIDs: false, db))
                }
                #expect(list == rows, "\(label): \(text)")
            }
        }
        let store = try index.makeStore(roots: [f.corpus.path])
        let other = try index.makeStore(roots: [f.root.path])  // IDs rewritten in memory for other roots
        #expect(store.rowids.count == store.summaries.count)
        try compare(store, "same roots")
        try compare(other, "other roots")
        // Articles added, changed and removed after the stores were loaded.
        let generation = try store.pool.read { try IndexedStore.listGeneration($0) }
        #expect(generation == store.loadedGeneration)
        for (name, text) in Self.rankingCorpus(seed: 22, count: 10, prefix: "t") { try f.write(name, text) }
        try f.write("r002.txt", "Trade\n\nKazakhstan trade talks, changed.\n")
        try FileManager.default.removeItem(atPath: f.path("r003.txt"))
        _ = try f.update()
        #expect(try store.pool.read { try IndexedStore.listGeneration($0) } != generation)
        try compare(store, "same roots, index changed")
        try compare(other, "other roots, index changed")
        // A store loaded now names hits from its list again, as the rows do.
        let fresh = try f.store()
        #expect(try fresh.pool.read { try IndexedStore.listGeneration($0) } == fresh.loadedGeneration)
        try compare(fresh, "reloaded")
    }

    /// Row lengths are lent to one query at a time, and come back; counts
    /// learnt under an index generation that has since changed are dropped.
    @Test func rankCacheLendsRowLengthsToOneQueryAtATime() {
        let cache = RankCache()
        let g1: [UInt8] = [1], g2: [UInt8] = [2]
        let a = cache.begin(["x"], generation: g1)
        #expect(a.lengths == [] && a.known == [nil])
        let b = cache.begin(["x"], generation: g1)
        #expect(b.lengths == nil)  // lent to a
        cache.end([("x", 7)], lengths: nil, generation: g1)
        cache.end([], lengths: [-1, 12, -1, 30], generation: g1)
        let c = cache.begin(["x", "y"], generation: g1)
        #expect(c.known == [7, nil])
        #expect(c.lengths == [-1, 12, -1, 30])
        cache.end([], lengths: c.lengths, generation: g1)
        #expect(cache.knownLengths == 2)
        // Another generation: nothing known; what a query of the old one brings back is dropped.
        let d = cache.begin(["x"], generation: g1)
        let e = cache.begin(["x"], generation: g2)
        #expect(e.known == [nil] && e.lengths == nil)
        cache.end([("x", 9)], lengths: d.lengths, generation: g1)
        let f = cache.begin(["x"], generation: g2)
        #expect(f.known == [nil] && f.lengths == [])
        cache.end([], lengths: f.lengths, generation: g2)
    }

    @Test func planCacheKeepsTheLastQueriesOfOneGeneration() {
        let cache = PlanCache()
        func plan(_ text: String) -> IndexedStore.Plan {
            IndexedStore.Plan(match: text, needles: SnippetBuilder.Needles(query: SearchQuery.parse(text)), matchedNames: [])
        }
        let g1: [UInt8] = [1], g2: [UInt8] = [2]
        for i in 0..<PlanCache.capacity { cache.keep(plan("q\(i)"), for: SearchQuery.parse("q\(i)"), generation: g1) }
        #expect(cache.plan(for: SearchQuery.parse("q0"), generation: g1)?.match == "q0")
        #expect(cache.plan(for: SearchQuery.parse("q0"), generation: g2) == nil)
        cache.keep(plan("new"), for: SearchQuery.parse("new"), generation: g1)
        #expect(cache.plan(for: SearchQuery.parse("q0"), generation: g1) == nil)  // the oldest left
        #expect(cache.plan(for: SearchQuery.parse("q1"), generation: g1)?.match == "q1")
        cache.keep(plan("other"), for: SearchQuery.parse("other"), generation: g2)
        #expect(cache.plan(for: SearchQuery.parse("new"), generation: g1) == nil)
        #expect(cache.plan(for: SearchQuery.parse("other"), generation: g2)?.match == "other")
    }

    @Test func rankPhrasesFollowFTS5PhraseOrder() {
        typealias P = RankPhrases.Phrase
        let sep = "\u{1F}"
        #expect(RankPhrases.parse("\"trade\"") == [P(key: sep + "trade", tokens: 1)])
        #expect(RankPhrases.parse("(\"kazakhstan\" OR names : \"kazakhstan\") AND \"trade\"") == [
            P(key: sep + "kazakhstan", tokens: 1), P(key: "names" + sep + "kazakhstan", tokens: 1), P(key: sep + "trade", tokens: 1),
        ])
        #expect(RankPhrases.parse("\"coop\"* NOT \"state visit\"") == [P(key: sep + "coop*", tokens: 1), P(key: sep + "state visit", tokens: 2)])
        #expect(RankPhrases.parse("\"say \"\"hi\"\"\"") == [P(key: sep + "say \"hi\"", tokens: 2)])
        #expect(RankPhrases.parse("names : \"to·lam\"") == [P(key: "names" + sep + "to·lam", tokens: 1)])
        #expect(RankPhrases.parse("\"中国 国人\"") == [P(key: sep + "中国 国人", tokens: 2)])
        #expect(RankPhrases.parse("\"...\"") == [P(key: sep + "...", tokens: 0)])
        // Anything SearchQuery does not write: not parsed (nothing cached).
        for other in ["trade", "\"open", "{title body} : \"x\"", "NEAR(\"a\" \"b\")", "names : ", "\"a\" + \"b\"", "^\"a\""] {
            #expect(RankPhrases.parse(other) == nil, "\(other)")
        }
    }

    @Test func boundedSelectionKeepsTheBestInOrder() {
        var rng = SplitMix(seed: 7)
        for trial in 0..<200 {
            let n = Int(rng.next() % 300)
            // Few distinct ranks: many ties, broken by rowid.
            let scored: [(rowid: Int64, rank: Double)] = (0..<n).map { i in
                (Int64(i * 7 % 301), -Double(rng.next() % 9))
            }
            let limit = Int(rng.next() % 60) + 1
            let want = scored.sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.rowid < $1.rowid }.prefix(limit)
            let got = IndexedStore.best(scored, limit: limit)
            #expect(got.map(\.rowid) == want.map(\.rowid), "trial \(trial)")
            #expect(got.map(\.rank) == want.map(\.rank), "trial \(trial)")
        }
        #expect(IndexedStore.best([(1, -1)], limit: 0).isEmpty)
    }

    @Test func firstMentionIsTheEarliestSpanOfTheAcceptedEntities() {
        let entities = [
            ArticleEntity(name: "Alexander Lukashenko", type: .person, aliases: ["Lukashenko"], mentions: 2,
                          ranges: [TextSpan(start: 40, end: 50), TextSpan(start: 12, end: 22)]),
            ArticleEntity(name: "Minsk", type: .place, mentions: 1, ranges: [TextSpan(start: 3, end: 8)]),
            ArticleEntity(name: "Belarus", type: .country, mentions: 2,
                          ranges: [TextSpan(start: 30, end: 37), TextSpan(start: 12, end: 19)], code: "BY"),
        ]
        let encoded = EntityCoding.encode(entities)
        func reference(_ accept: (String) -> Bool) -> TextSpan? {
            EntityCoding.decode(encoded).filter { accept($0.name) }.flatMap(\.ranges).min()
        }
        let choices: [Set<String>] = [[], ["Minsk"], ["Alexander Lukashenko"], ["Belarus", "Alexander Lukashenko"],
                                      ["Belarus"], ["Nobody"], ["Minsk", "Belarus", "Alexander Lukashenko"]]
        for names in choices {
            let got = IndexedStore.firstMention(encoded: encoded) { names.contains(String($0)) }
            #expect(got == reference { names.contains($0) }, "\(names)")
        }
        // Ties on the start: the shorter span first, as `TextSpan` sorts.
        #expect(IndexedStore.firstMention(encoded: encoded) { $0 != "Minsk" } == TextSpan(start: 12, end: 19))
        #expect(IndexedStore.firstMention(encoded: "") { _ in true } == nil)
    }

    /// `firstMention` as it was: the encoding split by `Character`.
    static func referenceFirstMention(encoded: String, accept: (Substring) -> Bool) -> TextSpan? {
        var first: TextSpan?
        for line in encoded.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 6, EntityType(rawValue: String(f[0])) != nil, accept(f[1]) else { continue }
            for r in f[5].split(separator: ",") {
                let p = r.split(separator: "-")
                guard p.count == 2, let s = Int(p[0]), let e = Int(p[1]) else { continue }
                let span = TextSpan(start: s, end: e)
                if first == nil || span < first! { first = span }
            }
        }
        return first
    }

    @Test func firstMentionReadByBytesAsByCharacters() {
        let encodings = [
            "person\tAlexander Lukashenko\t\t2\tLukashenko\t40-50,12-22\nplace\tMinsk\t\t1\t\t3-8",
            "\n\ncountry\tBelarus\tBY\t2\t\t30-37,12-19\n\n",
            "person\tTô Lâm\t\t1\tTo Lam\u{1F}Tô Lâm\t5-10\nperson\tĐà Nẵng\u{301}\t\t1\t\t0-3",
            "country\tRussia\tRU\t8\tروسيا\t78-83,177-182,,392-397,\nperson\tTo Lam\t\t6\tتو لام\t297-303,551-557",
            // Odd ranges: dashes around and between, one number, three, letters, signs, empty.
            "place\tMinsk\t\t1\t\t-5-6,1--2,7,1-2-3,a-b,+4-9,-,,",
            "place\tMinsk\t\t1\t\t99999999999999999999-1,3-4",
            // Wrong field counts and unknown types: skipped.
            "place\tMinsk\t\t1\t1-2", "place\tMinsk\t\t1\t\t1-2\textra", "thing\tMinsk\t\t1\t\t1-2",
            "\tMinsk\t\t1\t\t1-2", "place\t\t\t1\t\t4-5", "", "\n", "place",
            "place\tMinsk\u{1F}Mensk\t\t1\t\t8-9\r", "place\t\u{301}Minsk\t\t1\t\t1-2\u{301},3-4",
        ]
        let choices: [(String) -> Bool] = [{ _ in true }, { $0 == "Minsk" }, { $0.hasPrefix("T") }, { $0.isEmpty },
                                           { $0 == "Tô Lâm" || $0 == "Belarus" }, { _ in false }]
        for encoded in encodings {
            for (k, accept) in choices.enumerated() {
                let got = IndexedStore.firstMention(encoded: encoded) { accept(String($0)) }
                let want = Self.referenceFirstMention(encoded: encoded) { accept(String($0)) }
                #expect(got == want, "\(encoded.debugDescription) choice \(k)")
            }
        }
    }

    /// Words read by bytes, ASCII ones lower-cased without the folder: the
    /// same words and folded forms as folding each word on its own.
    @Test func scannedWordsFoldAsTheIndexFolds() {
        let texts = [
            "Kazakhstan TRADE talks, 2024: Astana-Minsk; coop* x1 ÉNERGIE énergie naïve Straße",
            "Tô Lâm và Đà Nẵng; ĐÀ NẴNG; Việt Nam",
            "Александр ЛУКАШЕНКО провёл ЙОД; Mixedкириллица abcé",
            "وبيلاروسيا والصين للتعاون، الأمينَ العام ف",
            "中国人民代表团 visited 白俄罗斯 Minsk中国 日本語テキスト 한국어",
            "e\u{301}te\u{301} A\u{308}B \u{0915}\u{093F}\u{0924}\u{093E}\u{092C} ไทย",
            "", "   ", "ABC", "a1B2c3 Z9",
        ]
        for text in texts {
            var got: [(Range<Int>, [UInt8])] = []
            SnippetBuilder.scanWords(in: text, from: 0, to: text.utf8.count) { range, folded in
                got.append((range, folded))
                return true
            }
            let bytes = Array(text.utf8)
            for (range, folded) in got {
                let word = String(decoding: bytes[range], as: UTF8.self)
                #expect(folded == Array(SearchFolding.fold(word, mode: .document).utf8), "\(word) in \(text)")
            }
            // The words themselves: maximal runs of word scalars (CJK excluded).
            var want: [Range<Int>] = []
            var start: Int?
            var offset = 0
            for scalar in text.unicodeScalars {
                let isWord = SnippetBuilder.isWordScalar(scalar.value)
                if isWord, start == nil { start = offset }
                if !isWord, let s = start { want.append(s..<offset); start = nil }
                offset += String(scalar).utf8.count
            }
            if let s = start { want.append(s..<offset) }
            #expect(got.map(\.0) == want, "\(text)")
        }
    }

    @Test func wordScalarTableMatchesTheProperties() {
        for v in UInt32(0)..<SnippetBuilder.wordScalarTableLimit {
            #expect(SnippetBuilder.isWordScalar(v) == SnippetBuilder.computeIsWordScalar(v), "U+\(String(v, radix: 16))")
        }
        #expect(SnippetBuilder.isWordScalar(0x4E2D) == false)  // CJK: a literal, not a word
        #expect(SnippetBuilder.isWordScalar(0x1F600) == false)
        #expect(SnippetBuilder.isWordScalar(0x10400) == true)  // Deseret letter, beyond the table
    }

    @Test func literalSearchFindsWhatRangeOfFinds() {
        let body = "代表团访问明斯克。中国人民代表团访问了白俄罗斯首都明斯克, 中国 and 中国人民 again: 习近平 met 习近平."
        for needle in ["中国", "明斯克", "习近平", "代表团", "斯克", "白俄罗斯首都", "日本", "。中", "平."] {
            var from = body.startIndex
            // Every occurrence in turn, as the window's highlighting walks them.
            while true {
                let got = SnippetBuilder.firstOccurrence(of: needle, in: body, from: from, to: body.endIndex)
                let want = body.range(of: needle, range: from..<body.endIndex)
                #expect(got == want, "\(needle)")
                guard let r = want else { break }
                from = r.upperBound
            }
        }
        let cut = body.index(body.startIndex, offsetBy: 12)
        #expect(SnippetBuilder.firstOccurrence(of: "中国人民", in: body, from: body.startIndex, to: cut) == nil)
        #expect(SnippetBuilder.firstOccurrence(of: "", in: body, from: body.startIndex, to: body.endIndex) == nil)
    }

    /// The rendering as it was: Character by Character, `isWhitespace` collapsed.
    static func referenceRender(body: String, window: Range<String.Index>, highlights: [Range<String.Index>]) -> String {
        let marks = SnippetBuilder.merged(highlights
            .map { $0.clamped(to: window) }
            .filter { !$0.isEmpty }
            .sorted { $0.lowerBound < $1.lowerBound }, in: body)
        var out = window.lowerBound > body.startIndex ? "…" : ""
        var lastWasSpace = false
        var i = window.lowerBound
        var m = 0
        func emit(_ s: Substring) {
            for c in s {
                if c.isWhitespace {
                    if !lastWasSpace, !out.isEmpty { out.append(" ") }
                    lastWasSpace = true
                } else {
                    out.append(c)
                    lastWasSpace = false
                }
            }
        }
        while i < window.upperBound {
            while m < marks.count, marks[m].upperBound <= i { m += 1 }
            if m < marks.count, marks[m].lowerBound <= i {
                out.append("«")
                emit(body[i..<marks[m].upperBound])
                out.append("»")
                lastWasSpace = false
                i = marks[m].upperBound
                m += 1
            } else {
                let next = m < marks.count ? min(marks[m].lowerBound, window.upperBound) : window.upperBound
                emit(body[i..<next])
                i = next
            }
        }
        while out.hasSuffix(" ") { out.removeLast() }
        if window.upperBound < body.endIndex { out += "…" }
        return out
    }

    @Test func renderCollapsesWhitespaceLikeCharacters() {
        let bodies = [
            "  Tô Lâm\tvisited\r\nĐà Nẵng  on\u{00A0}Monday.\u{3000}中国 代表团\u{2028}end  ",
            "Lead \u{0301}mark after a space, and a joiner \u{200D}here; e\u{0301}té \u{2003}\u{2009} wide\n\n\nlines",
            "الرئيس  يستقبل\u{00A0}الوفد\tفي مينسك،\n وأكد",
            "Никаких\u{202F}пробелов\u{205F}нет\u{1680}здесь\u{0085}конец",
        ]
        for body in bodies {
            let n = body.count
            for (a, b) in [(0, n), (2, n - 3), (5, 20), (0, 1), (n - 4, n)] where a < b {
                let window = body.index(body.startIndex, offsetBy: a)..<body.index(body.startIndex, offsetBy: b)
                let words = SnippetBuilder.matches(in: body, window: window, needles: SnippetBuilder.Needles(tokens: ["lam", "visited", "mark", "vs", "الوفد", "пробелов"]))
                for highlights in [[], words, Array(words.prefix(1))] {
                    let got = SnippetBuilder.render(body: body, window: window, highlights: highlights)
                    let want = Self.referenceRender(body: body, window: window, highlights: highlights)
                    #expect(got.marked("«", "»") == want, "\(body.debugDescription) \(a)..<\(b)")
                }
            }
        }
    }
}
