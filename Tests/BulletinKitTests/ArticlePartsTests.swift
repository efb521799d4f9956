import Testing
@testable import BulletinKit

/// A very long body is extracted in parts (`ArticleParts`): the cuts, and the merged result.
@Suite struct ArticlePartsTests {
    /// Every part fits, the parts are the body, and each cut is after a paragraph break when the
    /// body has them.
    @Test func partsAreTheBodyCutAtParagraphBreaks() {
        let paragraph = "Le ministre Jean-Paul Marchetti a reçu à Lyon la délégation de Kyzylorda. "
        let body = (0..<200).map { i in String(repeating: paragraph, count: 1 + i % 4) }.joined(separator: "\n\n")
        let parts = ArticleParts.parts(of: body, limit: 4096)
        #expect(parts.count >= 8)
        #expect(parts.joined() == body)
        for part in parts { #expect(part.utf8.count <= 4096) }
        for part in parts.dropLast() { #expect(part.hasSuffix("\n\n"), "\(part.suffix(40))") }
    }

    /// Without paragraph breaks: after a line break, else after a space, else at a scalar boundary
    /// (never inside a multi-byte character).
    @Test func cutsWithoutParagraphs() {
        let lines = (0..<300).map { "Строка номер \($0) о визите в Минск" }.joined(separator: "\n")
        let byLine = ArticleParts.parts(of: lines, limit: 1000)
        #expect(byLine.joined() == lines)
        for part in byLine.dropLast() { #expect(part.hasSuffix("\n")) }

        let words = String(repeating: "Hà Nội và Thành phố Hồ Chí Minh ", count: 300)
        let bySpace = ArticleParts.parts(of: words, limit: 700)
        #expect(bySpace.joined() == words)
        for part in bySpace { #expect(part.utf8.count <= 700) }
        for part in bySpace.dropLast() { #expect(part.hasSuffix(" ")) }

        let han = String(repeating: "白俄罗斯总统会见越南代表团", count: 200)
        let hard = ArticleParts.parts(of: han, limit: 1000)
        #expect(hard.joined() == han)
        for part in hard {
            #expect(part.utf8.count <= 1000)
            #expect(String(part).unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) })
        }
    }

    /// A body within the limit is one part, extracted whole.
    @Test func shortBodyIsOnePart() {
        let body = "Alexander Lukashenko met Tô Lâm in Minsk."
        #expect(ArticleParts.parts(of: body, limit: 4096) == [body[...]])
        var calls = 0
        _ = ArticleParts.extract(body, limit: 4096) { _ in calls += 1; return Extraction() }
        #expect(calls == 1)
    }

    /// The same entity in several parts is one entity: mentions added, each range shifted to the
    /// body and pointing at the name, aliases joined; countries once each.
    @Test func mergedExtractionOfALongBody() {
        let extractor = EntityExtractor(knowledgeBase: .bundled)
        let paragraph = "Minister Oskar Wendelborn of Lithuania opened the Vilnius fair on Monday. "
            + "It drew traders from Poland, and Wendelborn toured the halls.\n\n"
        let body = String(repeating: paragraph, count: 400)
        #expect(body.utf8.count > ArticleParts.limit)
        let e = extractor.extract(title: "", body: body, language: "en")
        let person = e.entities.filter { $0.name == "Oskar Wendelborn" }
        #expect(person.count == 1)
        #expect(person.first?.mentions == 800)
        let utf16 = Array(body.utf16)
        for range in person.first?.ranges ?? [] {
            let text = String(decoding: utf16[range.start..<range.end], as: UTF16.self)
            #expect(text == "Oskar Wendelborn" || text == "Wendelborn", "\(text)")
        }
        #expect(person.first?.ranges.count == 800)
        #expect(Set(e.countries) == ["LT", "PL"])
        #expect(e.countries.count == 2)
        #expect(e.entities.filter { $0.name == "Vilnius" }.count == 1)
    }
}
