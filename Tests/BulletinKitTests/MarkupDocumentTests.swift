import Foundation
import Testing
@testable import BulletinKit

/// Saved web pages and JSON exports read as articles (`MarkupDocument`), and text that only looks like them left alone.
@Suite struct MarkupDocumentTests {
    func load(_ text: String, _ path: String) -> (articles: [Article], warnings: [LoadWarning]) {
        CorpusLoader.loadFile(path: path, bytes: Array(text.utf8))
    }

    static let page = """
        <!DOCTYPE html>
        <html lang="ru"><head><meta charset="utf-8">
        <title>Новости | Президент принял посла</title>
        <meta property="og:site_name" content="Минская правда">
        <link rel="canonical" href="https://example.by/news/123">
        <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-11-20T08:15:00+03:00"}</script>
        <style>p { color: red }</style>
        </head><body>
        <nav><a href="/">Главная</a> <a href="/world">В мире</a></nav>
        <header><h1>Президент Беларуси принял посла Вьетнама</h1></header>
        <article>
        <figure><img src="a.jpg"><figcaption>Фото: пресс-служба</figcaption></figure>
        <figure><img src="b.jpg"><figcaption>Александр Лукашенко и посол Вьетнама во Дворце Независимости. Фото: пресс-служба</figcaption></figure>
        <p>МИНСК, 20 ноября. Президент Александр Лукашенко принял посла Вьетнама &laquo;в рамках&raquo; визита.</p>
        <h2>Стороны обсудили торговлю и сотрудничество в промышленности</h2>
        <p>Товарооборот вырос на 20&nbsp;% &amp; продолжает расти.<br>Следующая встреча пройдёт в Ханое.</p>
        <script>var html = "<p>no text</p>";</script>
        </article>
        <footer>© 2025</footer>
        </body></html>
        """

    @Test func aSavedPageIsOneArticleWithItsHeadlineDateAndAddress() throws {
        let (articles, warnings) = load(Self.page, "/news/saved/page.html")
        #expect(warnings.isEmpty, "\(warnings)")
        try #require(articles.count == 1)
        let a = articles[0]
        #expect(a.id == "page")
        #expect(a.title == "Президент Беларуси принял посла Вьетнама")
        #expect(a.date == "2025-11-20")
        #expect(a.url == "https://example.by/news/123")
        #expect(a.source == "Минская правда")
        #expect(a.language == "ru")
        // The subheading stays in the body (no second article), entities are decoded, and nothing of the page's
        // navigation, scripts, styles, photo credits or footer is text; a caption that describes its picture is.
        #expect(a.body.contains("Стороны обсудили торговлю"))
        #expect(a.body.contains("«в рамках»"))
        #expect(a.body.contains("20 % & продолжает"))
        #expect(a.body.contains("Следующая встреча"))
        #expect(a.body.contains("Александр Лукашенко и посол Вьетнама во Дворце Независимости. Фото: пресс-служба"))
        #expect(!a.body.hasPrefix("Фото"))
        for junk in ["Главная", "no text", "color", "©", "<", "&amp;", "datePublished"] {
            #expect(!a.body.contains(junk), "\(junk) in \(a.body)")
        }
    }

    /// NewsAPI's leftovers: the cut-off marker after `content` and the outlet's name after the title.
    @Test func newsAPICutOffMarkerAndSourceSuffixAreDropped() throws {
        let json = """
            {"status":"ok","totalResults":3,"articles":[
            {"source":{"id":null,"name":"Reuters"},"title":"Kazakhstan, China sign rail deal - Reuters","url":"https://reuters.com/k","publishedAt":"2026-12-04T11:00:00Z","content":"ASTANA, Dec 4 (Reuters) - Kazakhstan and China signed a deal on Thursday to build a second rail link. [+1234 chars]"},
            {"source":{"name":"TASS"},"title":"Talks in Moscow - Reuters","content":"The talks ended. Prices [+12 chars] rose."},
            {"source":{"name":"BBC News"},"title":"Minsk hosts a fair | BBC News","content":"The fair opened… [+987 chars]"}
            ]}
            """
        let (articles, _) = load(json, "/feeds/newsapi.json")
        try #require(articles.count == 3)
        #expect(articles[0].title == "Kazakhstan, China sign rail deal")
        #expect(articles[0].body == "ASTANA, Dec 4 (Reuters) - Kazakhstan and China signed a deal on Thursday to build a second rail link.")
        // Another outlet's name stays in the title; a marker inside the text stays.
        #expect(articles[1].title == "Talks in Moscow - Reuters")
        #expect(articles[1].body == "The talks ended. Prices [+12 chars] rose.")
        #expect(articles[2].title == "Minsk hosts a fair")
        #expect(articles[2].body == "The fair opened…")
    }

    @Test func aJSONExportsArticlesAreArticlesOfTheFile() throws {
        let json = """
            {"status": "ok", "articles": [
              {"title": "Tokayev receives a delegation", "publishedAt": "2025-12-02T09:00:00Z", "url": "https://example.kz/1",
               "source": {"id": null, "name": "Kazinform"}, "content": "ASTANA. President Tokayev received a delegation.\\n\\nThe sides discussed trade."},
              {"headline": "Hà Nội đón đoàn", "date": "2025-12-03", "body": "<p>Chủ tịch nước tiếp đoàn.</p><p>Hai bên ký kết &amp; trao đổi.</p>"},
              {"id": 7, "tags": ["no text here"]}
            ]}
            """
        let (articles, _) = load(json, "/feeds/export.json")
        try #require(articles.count == 2)
        #expect(articles.map(\.id) == ["export#1", "export#2"])
        #expect(articles[0].title == "Tokayev receives a delegation")
        #expect(articles[0].date == "2025-12-02")
        #expect(articles[0].source == "Kazinform")
        #expect(articles[0].url == "https://example.kz/1")
        #expect(articles[0].body.contains("The sides discussed trade."))
        #expect(articles[1].date == "2025-12-03")
        #expect(articles[1].body.contains("Hai bên ký kết & trao đổi."))
        #expect(!articles[1].body.contains("<p>"))
    }

    @Test func jsonLinesAreOneArticleALine() throws {
        let lines = "{\"title\": \"First\", \"text\": \"One body.\"}\n\n{\"title\": \"Second\", \"text\": \"Two body.\"}\n"
        let (articles, _) = load(lines, "/feeds/day.jsonl")
        #expect(articles.map(\.title) == ["First", "Second"])
        #expect(articles.map(\.body) == ["One body.", "Two body."])
    }

    /// Text articles that open like markup stay text: braces that are no JSON, a "<" without a page's opening.
    @Test func textThatOnlyLooksLikeMarkupIsReadAsText() throws {
        #expect(MarkupDocument.plainTexts("{Breaking} Minsk hosts forum\n\nThe forum opened.", file: "a.txt") == nil)
        #expect(MarkupDocument.plainTexts("[Update] Talks end\n\nThe talks ended.", file: "b.txt") == nil)
        #expect(MarkupDocument.plainTexts("<Exclusive> Interview\n\nThe minister spoke.", file: "c.txt") == nil)
        #expect(MarkupDocument.plainTexts("Plain headline\n\nPlain body.", file: "d.json") == nil)
        let (articles, _) = load("{Breaking} Minsk hosts forum\n\nThe forum opened.", "/x/a.txt")
        #expect(articles.first?.title == "{Breaking} Minsk hosts forum")
    }

    @Test func aJSONFileWithoutArticlesSaysSo() {
        let (articles, warnings) = load("{\"status\": \"error\", \"code\": 429}", "/feeds/empty.json")
        #expect(articles.isEmpty)
        #expect(warnings.contains { $0.file == "/feeds/empty.json" && $0.message.contains("no article text") }, "\(warnings)")
    }

    /// A damaged export (an interrupted download, a missing brace) was read as one article of raw JSON, without a
    /// word: now it is skipped with one warning saying where it broke.
    @Test func aJSONFileThatDoesNotParseSaysWhereItBrokeAndIsSkipped() throws {
        let record = #"{"title": "Article number 1 about Minsk", "body": "Lukashenko met officials in Minsk."}"#
        let truncated = "[" + record + ", " + record.prefix(40)
        var (articles, warnings) = load(truncated, "/x/truncated.json")
        #expect(articles.isEmpty, "\(articles.map(\.title))")
        #expect(warnings.map(\.message) == ["not valid JSON (unexpected end of file at line 1, column \(truncated.count + 1)), skipped"])
        #expect(warnings.allSatisfy { $0.file == "/x/truncated.json" })

        let missingBrace = "{\"title\": \"Broken JSON\",\n  \"body\": \"Minsk and Hanoi\"\n"
        (articles, warnings) = load(missingBrace, "/x/broken.json")
        #expect(articles.isEmpty)
        #expect(warnings.map(\.message) == ["not valid JSON (unexpected end of file at line 2, column 28), skipped"])

        let missingComma = #"[{"title": "T" "body": "Text about Hanoi."}]"#
        (articles, warnings) = load(missingComma, "/x/comma.json")
        #expect(articles.isEmpty)
        #expect(warnings.map(\.message) == ["not valid JSON (unexpected '\"' at line 1, column 16), skipped"])
        // Not named JSON: still text that opens with a bracket.
        #expect(load(missingComma, "/x/comma.txt").articles.count == 1)
    }

    /// JSON Lines keep every good record; each bad line is warned about with its number.
    @Test func jsonLinesKeepTheirGoodRecordsAndNameEachBadLine() throws {
        func line(_ n: Int) -> String { #"{"title": "Article number \#(n) about Minsk", "body": "Lukashenko met officials on day \#(n)."}"# }
        let text = [line(1), line(2), line(3), #"{"title": "bad line""#, line(4), "", "not json {", line(5)].joined(separator: "\n") + "\n"
        let (articles, warnings) = load(text, "/x/jsonl.json")
        #expect(articles.map(\.title) == (1...5).map { "Article number \($0) about Minsk" })
        #expect(warnings.map(\.message) == ["line 4: not valid JSON (unexpected end of the line at column 21), line skipped",
                                            "line 7: not valid JSON (unexpected 'o' at column 2), line skipped"])
        // Many bad lines: the first ten, then a count.
        let many = ([line(1)] + Array(repeating: "{", count: 12) + [line(2), line(3)]).joined(separator: "\n")
        let (kept, manyWarnings) = load(many, "/x/many.jsonl")
        #expect(kept.count == 3)
        #expect(manyWarnings.count == 11)
        #expect(manyWarnings.last?.message == "2 more lines not valid JSON, skipped")
    }

    @Test func aSavedRSSFeedsItemsAreArticles() throws {
        let rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Vesti &amp; Co</title><link>https://example.ru</link>
            <image><title>Logo</title><url>https://example.ru/logo.png</url></image>
            <item><title>Мишустин прибыл в Астану</title><link>https://example.ru/1</link>
            <pubDate>Mon, 1 Dec 2025 07:30:00 +0300</pubDate>
            <description><![CDATA[<p>АСТАНА, 1 декабря. Председатель правительства прибыл с визитом.</p><p>Запланированы переговоры.</p>]]></description></item>
            <item><title>Second item</title><link>https://example.ru/2</link>
            <description>&lt;p&gt;Only an escaped paragraph.&lt;/p&gt;</description></item>
            <item><title>No text at all</title></item>
            </channel></rss>
            """
        let (articles, _) = load(rss, "/feeds/vesti.xml")
        try #require(articles.count == 2)
        #expect(articles.map(\.id) == ["vesti#1", "vesti#2"])
        #expect(articles[0].title == "Мишустин прибыл в Астану")
        #expect(articles[0].date == "2025-12-01")
        #expect(articles[0].url == "https://example.ru/1")
        #expect(articles[0].source == "Vesti & Co")
        #expect(articles[0].body.contains("Запланированы переговоры."))
        #expect(!articles[0].body.contains("<p>"))
        #expect(articles[1].body == "Only an escaped paragraph.")
        #expect(articles[1].date == nil)
    }

    @Test func anAtomFeedsEntriesAreArticles() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Agence</title>
            <entry><title>Visite à Hanoï</title><link rel="alternate" href="https://example.fr/a"/>
            <updated>2025-12-04T10:00:00Z</updated><published>2025-12-03T08:00:00Z</published>
            <summary type="html">&lt;p&gt;HANOÏ, 3 décembre. Le ministre est arrivé.&lt;/p&gt;</summary></entry>
            </feed>
            """
        let (articles, _) = load(atom, "/feeds/agence.atom")
        try #require(articles.count == 1)
        #expect(articles[0].title == "Visite à Hanoï")
        #expect(articles[0].date == "2025-12-03")
        #expect(articles[0].url == "https://example.fr/a")
        #expect(articles[0].source == "Agence")
        #expect(articles[0].body.contains("Le ministre est arrivé."))
    }

    /// Atom's `type="html"` title is escaped HTML: shown without its tags and with its references decoded (the list
    /// showed "Tariffs & trade: <em>Minsk</em> and Hanoi").
    @Test func atomHTMLTitlesLoseTheirTags() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>BelTA</title>
            <entry><title type="html">Tariffs &amp;amp; trade: &lt;em&gt;Minsk&lt;/em&gt; and&lt;br&gt;Hanoi</title>
            <published>2026-12-02T09:00:00+03:00</published><summary>Short summary about trade.</summary></entry>
            <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Visit &amp; talks in <em>Hanoi</em></div></title>
            <published>2026-12-03T09:00:00+03:00</published><summary>Another summary.</summary></entry>
            </feed>
            """
        let (articles, _) = load(atom, "/feeds/atom.xml")
        #expect(articles.map(\.title) == ["Tariffs & trade: Minsk and Hanoi", "Visit & talks in Hanoi"])
    }

    @Test func atomXhtmlContentKeepsItsParagraphs() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
            <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Port of <b>Aktau</b> expands</div></title>
            <published>2025-12-03T08:00:00Z</published>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>AKTAU, Dec 3. The port opened a berth.</p>
            <p>Its operator said <em>grain</em> comes first.</p></div></content></entry>
            </feed>
            """
        let (articles, _) = load(atom, "/feeds/desk.atom")
        try #require(articles.count == 1)
        // The title's markup is dropped; the content's paragraphs stay two.
        #expect(articles[0].title == "Port of Aktau expands")
        #expect(articles[0].body == "AKTAU, Dec 3. The port opened a berth.\n\nIts operator said grain comes first.")
    }

    @Test func rssDatesAreRead() {
        #expect(FeedArticles.rfc822Date("Tue, 02 Dec 2025 09:00:00 GMT") == "2025-12-02")
        #expect(FeedArticles.rfc822Date("3 Sep 2024 10:00 +0000") == "2024-09-03")
        #expect(FeedArticles.rfc822Date("Fri, 31 Feb 2025 10:00:00 GMT") == nil)
        #expect(FeedArticles.rfc822Date("yesterday") == nil)
    }

    /// Broken pages (unclosed tags and quotes, stray marks, references cut short) never trap and give at most one article.
    @Test func brokenPagesNeverTrap() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["<", ">", "</", "/>", "<p", "<p>", "</p>", "<script>", "</script", "<h1>", "</h1>", "<article", "=\"", "'", "\"",
                      "&", "&#", "&#x", ";", "&amp", "<!--", "-->", "<!", "<?", " ", "\n", "a", "Минск", "河内", "تو لام", "é", "🙂"]
        for _ in 0..<300 {
            var html = "<!DOCTYPE html>"
            for _ in 0..<Int.random(in: 0...60, using: &rng) { html += pieces.randomElement(using: &rng)! }
            let texts = MarkupDocument.plainTexts(html, file: "broken.html")
            #expect(texts != nil && texts!.count <= 1, "\(html)")
        }
    }

    @Test func characterReferencesAreDecoded() {
        #expect(HTMLScanner.decodeEntities("T&#244; L&#x00E2;m &amp; &quot;Hanoi&quot; &unknown; & a") == "Tô Lâm & \"Hanoi\" &unknown; & a")
    }
}
