import Foundation
import Testing
@testable import BulletinKit

/// An extraction depends only on its article: not on the articles extracted before it by the
/// same extractor (per-word caches, reused buffers), nor on the order of a `Dictionary` or `Set`
/// (seeded per process: such a dependence shows as output that differs between runs; the
/// CLI suite compares separate processes).
@Suite struct EntityDeterminismTests {
    /// Articles written for this test, in the languages with their own discovery rules.
    static let articles: [(body: String, language: String)] = [
        ("""
        Министр экономики Казахстана Нурлан Байбеков посетил Гродно и Брест. По словам Ольги Кравченко, \
        директора компании «Полесские сети», Байбеков обсудил поставки с Министерством промышленности Беларуси.
        """, "ru"),
        ("""
        Phó Thủ tướng Lê Minh Khoa tiếp Đại sứ Hàn Quốc tại Hà Nội. Ông Khoa đề nghị Bộ Công Thương \
        phối hợp với Ủy ban Nhân dân tỉnh Quảng Ngãi. Tổng công ty Cảng hàng không Việt Nam (ACV) cho biết sẽ mở rộng sân bay.
        """, "vi"),
        ("""
        外交部发言人林志远表示，中方愿与蒙古国加强合作。内蒙古自治区代表团访问了乌兰巴托。中国远洋海运集团有限公司与蒙古国铁路公司签署了协议。
        """, "zh"),
        ("""
        التقى وزير الخارجية الأردني سامر الخطيب نظيره المصري في القاهرة. وقال الخطيب إن البلدين يعملان مع جامعة الدول العربية.
        """, "ar"),
        ("""
        The Ministry of Mines of Zambia signed an agreement with Kafue Copper Holdings on Tuesday. Minister Grace Mwansa \
        said the National Assembly would review it. Mwansa met the Zambian ambassador in Lusaka; the IMF welcomed the deal.
        """, "en"),
        ("""
        Le ministre de l'Économie du Sénégal, Ousmane Diallo, a reçu à Dakar une délégation de la Banque ouest-africaine \
        de développement (BOAD). M. Diallo s'est ensuite rendu en Mauritanie.
        """, "fr"),
    ]

    /// Every field of an extraction, as one comparable line per entity.
    static func render(_ x: Extraction) -> [String] {
        ["countries=" + x.countries.joined(separator: ",")] + x.entities.map { e in
            "\(e.type) \(e.name) | \(e.aliases.joined(separator: " / ")) | \(e.mentions) | "
                + e.ranges.map { "\($0.start)-\($0.end)" }.joined(separator: ",") + " | \(e.code ?? "")"
        }
    }

    @Test func anExtractionDoesNotDependOnTheArticlesBeforeIt() {
        let shared = EntityExtractor(knowledgeBase: .bundled)
        let forward = Self.articles.map { Self.render(shared.extract(title: "", body: $0.body, language: $0.language)) }
        // Reversed, twice over, through the same extractor.
        var backward = [[String]](repeating: [], count: Self.articles.count)
        for _ in 0..<2 {
            for (i, a) in Self.articles.enumerated().reversed() {
                backward[i] = Self.render(shared.extract(title: "", body: a.body, language: a.language))
            }
        }
        #expect(forward == backward)
        // And each through an extractor of its own.
        for (i, a) in Self.articles.enumerated() {
            let fresh = EntityExtractor(knowledgeBase: .bundled)
            #expect(Self.render(fresh.extract(title: "", body: a.body, language: a.language)) == forward[i], "article \(i) (\(a.language))")
        }
        // The articles found something: an empty extraction would compare equal trivially.
        #expect(forward.allSatisfy { $0.count > 1 })
    }

    @Test func anArticleInsideAnotherTextIsExtractedAlike() {
        // The same article after a paragraph of other text: its entities are the same, shifted.
        let extractor = EntityExtractor(knowledgeBase: .bundled)
        for a in Self.articles {
            let alone = extractor.extract(title: "", body: a.body, language: a.language)
            let prefix = "\n\n"
            let shifted = extractor.extract(title: "", body: prefix + a.body, language: a.language)
            let offset = prefix.utf16.count
            #expect(alone.countries == shifted.countries)
            #expect(alone.entities.map(\.name) == shifted.entities.map(\.name), "\(a.language)")
            #expect(alone.entities.map { $0.ranges.map { $0.start + offset } } == shifted.entities.map { $0.ranges.map(\.start) }, "\(a.language)")
        }
    }

    @Test func countryVariantFormsComeInAFixedOrder() {
        // French adjective forms: masculine, feminine, plurals, without repeats, always in this
        // order (a set's order differs between processes).
        #expect(CountryVariants.frenchForms("biélorusse") == ["biélorusse", "biélorusses"])
        #expect(CountryVariants.frenchForms("vietnamien") == ["vietnamien", "vietnamienne", "vietnamiens", "vietnamiennes"])
        #expect(CountryVariants.frenchForms("chinois") == ["chinois", "chinoise", "chinoises"])
    }
}

/// `LatinComposer` gives what Foundation's NFC gives, or leaves the text to it.
@Suite struct EntityLatinComposerTests {
    @Test func everyPrecomposedLatinLetterComposesFromItsDecomposition() {
        var checked = 0
        for range in [0x00C0...0x024F, 0x1E00...0x1EFF] {
            for v in range {
                guard let s = Unicode.Scalar(UInt32(v)) else { continue }
                let nfd = String(Character(s)).decomposedStringWithCanonicalMapping
                // Lowercase and capital, inside a word.
                for word in ["x" + nfd + "y", nfd, "Đ" + nfd] {
                    let nfc = word.precomposedStringWithCanonicalMapping
                    if let c = LatinComposer.shared.compose(word) {
                        #expect(Array(c.utf8) == Array(nfc.utf8), "U+\(String(v, radix: 16))")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 1000)
    }

    @Test func decomposedVietnameseComposesAndTheRestIsLeftToFoundation() {
        let nfc = "Việt Nam Hồ Chí Minh Thừa Thiên Huế Nguyễn Ủy ban"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > nfc.unicodeScalars.count)
        #expect(LatinComposer.shared.compose(nfd).map { Array($0.utf8) } == Array(nfc.utf8))
        #expect(PhraseMatcher.exactForm(nfd) == nfc.lowercased())
        // Marks out of canonical order, a mark first, a mark on a Cyrillic letter, a singleton (Ångström sign).
        for text in ["e\u{302}\u{323}", "\u{301}a", "и\u{306}", "\u{212B}", "e\u{323}\u{301}"] {
            #expect(LatinComposer.shared.compose(text) == nil, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Array(PhraseMatcher.exactForm(text).utf8) == Array(text.precomposedStringWithCanonicalMapping.lowercased().utf8))
        }
    }
}
