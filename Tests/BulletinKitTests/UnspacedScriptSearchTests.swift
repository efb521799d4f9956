import Foundation
import GRDB
import Testing
@testable import BulletinKit

/// s45: Thai, Lao, Khmer and Burmese write no spaces between words; their runs are
/// cut into bigrams of clusters (a base with its marks), as CJK runs are cut into
/// bigrams of characters, so a word inside a run is found.
private let unspacedFixtures: [String: String] = [
    // "The new market in Chiang Mai opens" / "Traders moved to sell at the new market in Chiang Mai
    // in 2567 (Thai digits). The market opens every day."
    "th.txt": "ตลาดใหม่ในเชียงใหม่เปิดแล้ว\n\nพ่อค้าแม่ค้าย้ายไปขายของที่ตลาดใหม่ในเชียงใหม่ตั้งแต่ปี ๒๕๖๗ ตลาดเปิดทุกวัน\n",
    // "Farmers bring rice to Vientiane": a Lao run.
    "lo.txt": "ຊາວນາເອົາເຂົ້າໄປວຽງຈັນ\n\nຊາວນາຫຼາຍຄົນເອົາເຂົ້າໄປຂາຍຢູ່ຕະຫຼາດວຽງຈັນທຸກອາທິດ\n",
    // "A new market in Phnom Penh": ភ្នំ stacks ន under ភ with the coeng.
    "km.txt": "ផ្សារថ្មីនៅភ្នំពេញ\n\nអ្នកលក់ជាច្រើនបានមកលក់ដូរនៅផ្សារថ្មីនៅភ្នំពេញ\n",
    // "A new market opened in Yangon".
    "my.txt": "ရန်ကုန်မြို့တွင်ဈေးသစ်ဖွင့်သည်\n\nကုန်သည်များသည်ရန်ကုန်မြို့တွင်ဈေးသစ်သို့ပြောင်းရွှေ့ကြသည်\n",
    // A Thai article naming Chiang Mai only in its body (ranking: the title match comes first).
    "th2.txt": "ข่าวเศรษฐกิจภาคเหนือ\n\nนักท่องเที่ยวจำนวนมากเดินทางไปเชียงใหม่ในช่วงปลายปี\n",
    // Han words written with a space between them.
    "zh.txt": "会议消息\n\n会议在北京 上海两地举行。\n",
]

private func ids(_ store: any ArticleStore, _ query: String) -> Set<String> {
    Set(store.search(query, limit: 50).map(\.id))
}

private func words(_ text: String, _ mode: SearchFolding.Mode = .document) -> [String] {
    SearchFolding.fold(text, mode: mode).split(separator: " ").map(String.init)
}

@Suite struct UnspacedScriptSearchTests {
    @Test func thaiRunsBecomeClusterBigrams() {
        // ใหม่: ใ, ห, ม่ (the tone mark stays on its base); the last cluster is a unigram in documents.
        #expect(words("ใหม่") == ["ให", "หม่", "ม่"])
        #expect(words("ใหม่", .query) == ["ให", "หม่"])
        // A base stacked under a coeng is in its cluster: ភ្នំ is one cluster.
        #expect(words("ភ្នំពេញ") == ["ភ្នំពេ", "ពេញ", "ញ"])
        // Thai digits are ASCII digits, a token of their own.
        #expect(words("ปี๒๕๖๗") == ["ปี", "2567"])
        // A zero-width space between two Khmer words does not end the run; elsewhere it is a space.
        #expect(words("ផ្សារ\u{200B}ថ្មី") == words("ផ្សារថ្មី"))
        #expect(words("中国\u{200B}人") == ["中国", "国", "人"])
        #expect(words("Hà\u{200B}Nội") == ["ha", "noi"])
        // Text of other scripts is cut as before.
        #expect(words("Hà Nội 中国人") == ["ha", "noi", "中国", "国人", "人"])
        // A Thai run next to a Han run: two runs, no bigram across them.
        #expect(words("ตลาด中国") == ["ตล", "ลา", "าด", "ด", "中国", "国"])
    }

    @Test func folderAndRawFolderAgreeOnUnspacedText() {
        let texts = ["ตลาดใหม่ในเชียงใหม่ ๑๒ ok", "ផ្សារ\u{200B}ថ្មី\u{200B}\u{200B}x\u{200B}ក", "\u{200B}ก\u{200B}中\u{200B}ก", "ផ្សារថ្មីនៅភ្នំពេញ។", "ရန်ကုန်မြို့ ၂၀၂၄", "ຊາວນາ ໒໐ ວຽງຈັນ",
                     "中国ตลาด中国", "่ก", String(repeating: "ก่", count: 400)]
        for text in texts {
            for mode in [SearchFolding.Mode.document, .query] {
                var t = text
                let viaFolder = t.withUTF8 { SearchFolding.foldWithFolder($0, mode: mode) }
                #expect(SearchFolding.foldUTF8(text, mode: mode) == viaFolder, "\(text)")
            }
        }
    }

    @Test func wordsInsideRunsAreFoundInEachScript() throws {
        let f = try IndexFixture(files: unspacedFixtures)
        let store = try f.store()
        #expect(ids(store, "ตลาด") == ["th"])           // Thai: market, inside a run
        #expect(ids(store, "เชียงใหม่") == ["th", "th2"])  // Chiang Mai, inside runs of two articles
        #expect(ids(store, "ວຽງຈັນ") == ["lo"])          // Lao: Vientiane
        #expect(ids(store, "ភ្នំពេញ") == ["km"])         // Khmer: Phnom Penh
        #expect(ids(store, "ဈေးသစ်") == ["my"])         // Burmese: new market
        #expect(ids(store, "ရန်ကုန်") == ["my"])         // Burmese: Yangon
    }

    @Test func aWordSpanningTheWholeRunIsFound() throws {
        let f = try IndexFixture(files: unspacedFixtures)
        let store = try f.store()
        #expect(ids(store, "ตลาดใหม่ในเชียงใหม่เปิดแล้ว") == ["th"])
        #expect(ids(store, "\"ตลาดใหม่ในเชียงใหม่\"") == ["th"])
        #expect(ids(store, "ផ្សារថ្មីនៅភ្នំពេញ") == ["km"])
    }

    @Test func noMatchAcrossAClusterBoundary() throws {
        let f = try IndexFixture(files: unspacedFixtures)
        let store = try f.store()
        // หม without the tone mark is not the หม่ of ใหม่ (nor anything else here).
        #expect(ids(store, "ใหม").isEmpty)
        // The ន stacked under ភ is not a base of its own: នំពេញ is not in ភ្នំពេញ.
        #expect(ids(store, "នំពេញ").isEmpty)
        // Adjacent clusters only: เชียงใหม่ with a cluster left out is not found.
        #expect(ids(store, "เชียใหม่").isEmpty)
    }

    @Test func thaiDigitsFoldToASCII() throws {
        let f = try IndexFixture(files: unspacedFixtures)
        let store = try f.store()
        #expect(ids(store, "2567") == ["th"])
        #expect(ids(store, "๒๕๖๗") == ["th"])
    }

    @Test func phrasesWithSpacesMatchTheSpacedText() throws {
        let f = try IndexFixture(files: unspacedFixtures)
        let store = try f.store()
        // The article writes a space after ๒๕๖๗ and after the run before it.
        #expect(ids(store, "\"๒๕๖๗ ตลาด\"") == ["th"])
        #expect(ids(store, "\"ตั้งแต่ปี ๒๕๖๗\"") == ["th"])
        // Han as well: 北京 and 上海 are written with a space between them.
        #expect(ids(store, "\"北京 上海\"") == ["zh"])
        #expect(ids(store, "\"上海 北京\"").isEmpty)
    }

    @Test func rankingAndSnippetsForThai() throws {
        let f = try IndexFixture(files: unspacedFixtures)
        let store = try f.store()
        let hits = store.search("เชียงใหม่", limit: 5)
        #expect(hits.map(\.id) == ["th", "th2"])  // in th's title
        let th2 = try #require(hits.last)
        #expect(th2.snippet.marked("«", "»").contains("เดินทางไป«เชียงใหม่»ในช่วง"))
        // A highlight never ends inside a cluster.
        let s = SnippetBuilder.snippet(body: "ใหม่และหมา", needles: .init(query: SearchQuery.parse("หม")), width: 80)
        #expect(s.marked("«", "»") == "ใหม่และ«หม»า")
        // A zero-width space between two Khmer words (which the index drops) is inside the highlight.
        let km = SnippetBuilder.snippet(body: "លក់ត្រីនៅផ្សារ\u{200B}សៀមរាប។", needles: .init(query: SearchQuery.parse("ផ្សារសៀមរាប")), width: 80)
        #expect(km.marked("«", "»") == "លក់ត្រីនៅ«ផ្សារ\u{200B}សៀមរាប»។")
    }

    @Test func memoryStoreFindsTheSameWords() throws {
        let f = try IndexFixture(files: unspacedFixtures)
        let store = MemoryStore(articles: try f.update().0.makeStore().allArticles())
        #expect(ids(store, "ตลาด") == ["th"])
        #expect(ids(store, "ភ្នំពេញ") == ["km"])
        #expect(ids(store, "នំពេញ").isEmpty)
        #expect(ids(store, "\"北京 上海\"") == ["zh"])
    }

    @Test func laoKhmerAndBurmeseAreToldApart() {
        // Each script names its language (they were `und`, so the language filter could not pick them).
        #expect(LanguageDetector.detect("ຊາວນາເອົາເຂົ້າໄປຂາຍຢູ່ວຽງຈັນ") == "lo")
        #expect(LanguageDetector.detect("ផ្សារថ្មីនៅភ្នំពេញបើកដំណើរការ") == "km")
        #expect(LanguageDetector.detect("ရန်ကုန်မြို့တွင်ဈေးသစ်ဖွင့်သည်") == "my")
        #expect(LanguageDetector.detect("ตลาดใหม่ในเชียงใหม่เปิดแล้ว") == "th")
    }

    @Test func anIndexOfTheOldFoldingIsRebuilt() throws {
        let f = try IndexFixture(files: unspacedFixtures)
        do {
            let (index, _) = try f.update()
            _ = index
        }
        // As an index of folding 2 left it: the stamp of the old folding, the old tokens.
        do {
            let queue = try DatabaseQueue(path: f.db)
            try queue.write { db in
                try db.execute(sql: "UPDATE meta SET value = '2' WHERE key = 'folding'")
            }
        }
        let (index, report) = try f.update()
        #expect(report.added == unspacedFixtures.count)  // every file again: the old index was dropped
        let folding = try index.pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'folding'") }
        #expect(folding == String(SearchFolding.version))
        #expect(ids(try index.makeStore(), "ตลาด") == ["th"])
    }
}
