import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// Session 48's user review (/work/notes/s48/qa/review.md, item 5): in a reader, `/to lam` in the Arabic report said
/// "No match" although it names تو لام, which the list's search had found it by. A query that names one of the
/// article's entities (its canonical name's or a written form's whole words) now also matches that entity's mentions.
@Suite struct Review48ReaderTests {
    static let arabic = Fixtures.article(
        "ar_visit", title: "زيارة رسمية", date: "2025-03-01", language: "ar",
        body: (0..<30).map { i in
            i == 12 ? "واستقبل الأمين العام تو لام الوفد في القصر." : i == 25 ? "وقال تو لام إن التعاون سيتعزز." : "فقرة \(i) عن التعاون الاقتصادي بين البلدين."
        }.joined(separator: "\n\n"),
        countries: ["VN"], entities: [("Tô Lâm", .person, ["تو لام"], nil)])

    @Test func aNameTypedInLatinFindsItsArabicMentions() throws {
        var p = Program(state: Fixtures.state([Self.arabic, Fixtures.english], size: Size(width: 80, height: 14)))
        p.send(try KeyNames.parse("Enter / t o Space l a m Enter"))
        #expect(p.state.message == "Matches on 2 lines; n/N next/previous", "\(p.state.message ?? "")")
        p.send(.char("n"))
        #expect(p.state.readerScroll > 0, "n goes to the first mention")
        // The canonical name's last word alone does too.
        var q = Program(state: Fixtures.state([Self.arabic, Fixtures.english], size: Size(width: 80, height: 14)))
        q.send(try KeyNames.parse("Enter / l a m Enter"))
        #expect(q.state.message == "Matches on 2 lines; n/N next/previous", "\(q.state.message ?? "")")
    }

    @Test func aShortWordOrAnotherNameStaysAPlainSearch() throws {
        var p = Program(state: Fixtures.state([Self.arabic, Fixtures.english], size: Size(width: 80, height: 14)))
        p.send(try KeyNames.parse("Enter / t o Enter"))
        #expect(p.state.message == "No match for “to” in this article", "\(p.state.message ?? "")")
        var q = Program(state: Fixtures.state([Self.arabic, Fixtures.english], size: Size(width: 80, height: 14)))
        q.send(try KeyNames.parse("Enter / l u k a s h e n k o Enter"))
        #expect(q.state.message == "No match for “lukashenko” in this article", "\(q.state.message ?? "")")
    }

    @Test func nameWordsFoldAsTheExtractorDoes() {
        #expect(RenderCache.nameWords("Tô Lâm") == ["to", "lam"])
        #expect(RenderCache.containsWords(RenderCache.nameWords("Alexander Lukashenko"), ["lukashenko"]))
        #expect(!RenderCache.containsWords(RenderCache.nameWords("Alexander Lukashenko"), ["lukash"]))
        #expect(!RenderCache.containsWords(["to", "lam"], ["lam", "to"]))
    }
}
