import BulletinKit
import Foundation
import Testing
@testable import BulletinTUI

/// s45: the list's title search and the reader's highlights match Thai, Lao, Khmer and Burmese
/// as the full-text search does: inside runs, never splitting a letter from its marks.
@Suite struct UnspacedTitleSearchTests {
    private let titles = ["ตลาดใหม่ในเชียงใหม่", "ร้านขายหมาและแมว", "ផ្សារថ្មីនៅភ្នំពេញ", "ຕະຫຼາດເຊົ້າວຽງຈັນ"]

    private var folded: FoldedTitles {
        FoldedTitles(titles.enumerated().map { i, t in
            ArticleSummary(id: "\(i)", file: "f\(i)", segment: 1, title: t, date: nil, language: "th",
                           source: nil, countries: [], entityNames: [])
        })
    }

    @Test func aWordInsideARunIsFound() {
        #expect(folded.matches(MatchFinder.fold("เชียงใหม่")) == [true, false, false, false])
        #expect(folded.matches(MatchFinder.fold("ភ្នំពេញ")) == [false, false, true, false])
        #expect(folded.matches(MatchFinder.fold("ວຽງຈັນ")) == [false, false, false, true])
    }

    @Test func marksAreKeptAndNeverSplitOff() {
        // หม is in หมา (dog), not in the หม่ of ใหม่ (new).
        #expect(folded.matches(MatchFinder.fold("หม")) == [false, true, false, false])
        // The tone mark is not folded away: ใหม่ (new) is not ใหม.
        #expect(MatchFinder.fold("ใหม่") == "ใหม่")
        // ន stacked under ភ (coeng) is not a base of its own.
        #expect(folded.matches(MatchFinder.fold("នំពេញ")) == [false, false, false, false])
    }

    @Test func readerHighlightsWholeClusters() {
        let text = "ตลาดใหม่และหมาน้อย"
        let hits = MatchFinder.matches(of: "หม", in: text)
        let ns = text as NSString
        #expect(hits.map { ns.substring(with: NSRange(location: $0.lowerBound, length: $0.count)) } == ["หม"])
        #expect(hits.first?.lowerBound == (text as NSString).range(of: "หมา").location)
        #expect(MatchFinder.matches(of: "ใหม่", in: text).count == 1)
    }

    /// A zero-width space inside a Khmer (or Thai) run is a word break the script does not write: the full-text
    /// search reads the run across it, and the reader lit nothing of what it had found (U+200B folded to a space).
    @Test func readerLightsAQueryAcrossAZeroWidthSpace() {
        let text = "លក់ត្រីនៅផ្សារ\u{200B}សៀមរាប។ Chợ\u{200B}lớn"
        let ns = text as NSString
        let hits = MatchFinder.matches(of: "ផ្សារសៀមរាប", in: text)
        #expect(hits.map { ns.substring(with: NSRange(location: $0.lowerBound, length: $0.count)) } == ["ផ្សារ\u{200B}សៀមរាប"])
        // Typed with the space too, and in Thai.
        #expect(MatchFinder.matches(of: "ផ្សារ\u{200B}សៀមរាប", in: text).count == 1)
        #expect(MatchFinder.matches(of: "ตลาดใหม่", in: "ซื้อปลาที่ตลาด\u{200B}ใหม่").count == 1)
        // Still a space after a Latin letter, as before; never a cluster split ("ត្រី" in "ត្រីនៅ" is whole).
        #expect(MatchFinder.matches(of: "cho lon", in: text).count == 1)
        #expect(MatchFinder.matches(of: "choln", in: text).isEmpty)
    }

    /// A Thai, Lao, Khmer or Burmese mark is no diacritic search folds away: the words of such a query are not
    /// "marked" (the TUI's spelled-as-typed check had read each of them again).
    @Test func southeastAsianMarksAreNoDiacritics() {
        #expect(!DiacriticFilter.isMarked("\u{0E48}"))   // Thai tone mark
        #expect(!DiacriticFilter.isMarked("\u{17D2}"))   // Khmer coeng
        #expect(!DiacriticFilter.isMarked("\u{103A}"))   // Myanmar asat
        #expect(DiacriticFilter.isMarked("é"))
        #expect(DiacriticFilter.markedWords(in: "ใหม่ ភ្នំពេញ café") == ["café"])
    }
}
