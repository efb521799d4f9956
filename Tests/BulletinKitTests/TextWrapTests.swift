import Foundation
import PropertyBased
import Testing
@testable import BulletinKit

/// `TextLayout.wrap` (lines without cells) and `cells(for:in:options:)` against `layout`.
@Suite struct TextWrapTests {
    /// `layoutTokens` plus escape sequences, which cleaning removes: ranges must still
    /// point into the original text.
    static let tokens = layoutTokens + ["\u{1B}[1;31m", "\u{1B}]8;;https://x.org\u{7}", "\u{1B}]0;title", "\u{9B}2J"]
    static let directions: [ParagraphDirection] = [.auto, .ltr, .rtl, .autoRTL]

    @Test func wrapAgreesWithLayoutOnRandomText() async {
        let text = Gen.int(in: 0...(Self.tokens.count - 1)).map { Self.tokens[$0] }.array(of: 0...80).map { $0.joined() }
        await propertyCheck(count: 400, input: text, Gen.int(in: 1...200), Gen.int(in: 0...15)) { text, width, flags in
            let options = LayoutOptions(width: width, bidi: flags & 1 != 0, shaping: flags & 2 != 0,
                                        direction: Self.directions[flags >> 2])
            let laid = TextLayout.layout(text, options: options)
            let wrapped = TextLayout.wrap(text, options: options)
            #expect(wrapped.count == laid.count, "\(text.debugDescription) at width \(width)")
            for (w, l) in zip(wrapped, laid) {
                #expect(w.width <= width, "wrapped line wider than \(width) in \(text.debugDescription)")
                #expect(w.width == l.width, "width \(w.width) ≠ \(l.width) for \(l.text.debugDescription)")
                #expect(w.isRTL == l.isRTL, "direction of \(l.text.debugDescription)")
                // The line's range covers exactly what its cells show.
                let sources = l.cells.compactMap(\.source)
                if let lo = sources.map(\.lowerBound).min(), let hi = sources.map(\.upperBound).max() {
                    #expect(w.utf16 == lo..<hi, "range of \(l.text.debugDescription) in \(text.debugDescription)")
                } else {
                    #expect(w.utf16.isEmpty)
                }
            }
            // Lines built one by one, and all at once, are the layout's lines.
            #expect(TextLayout.cells(for: wrapped, in: text, options: options) == laid, "\(text.debugDescription) at width \(width)")
            if let i = wrapped.indices.randomElement() {
                #expect(TextLayout.cells(for: wrapped[i], in: text, options: options) == laid[i])
            }
        }
    }

    @Test func rangesPointIntoTheOriginalText() {
        let text = "Minsk \u{1B}[31mtalks\u{1B}[0m today\tand\r\nتوسيع التعاون في إطار BRICS"
        let options = LayoutOptions(width: 14)
        let lines = TextLayout.wrap(text, options: options)
        let utf8 = Array(text.utf8)
        let utf16 = Array(text.utf16)
        let pieces = lines.map { String(decoding: utf8[$0.utf8], as: UTF8.self) }
        #expect(pieces == ["Minsk \u{1B}[31mtalks", "today\tand", "توسيع التعاون", "في إطار BRICS"])
        #expect(lines.map { String(decoding: utf16[$0.utf16], as: UTF16.self) } == pieces)
        #expect(lines.map(\.paragraph) == [0, 0, 1, 1])
        #expect(lines.map(\.isRTL) == [false, false, true, true])
        #expect(lines.map(\.width) == [11, 12, 13, 13])
        #expect(String(decoding: utf8[lines[3].paragraphUTF8], as: UTF8.self) == "توسيع التعاون في إطار BRICS")
    }

    /// Korean breaks lines at the spaces between words, never between two syllables of a word
    /// (nor between a word's Latin letters or digits and its Hangul), as Korean typesetting
    /// does; Chinese and Japanese still break between characters.
    @Test func koreanBreaksAtSpacesOnly() {
        func pieces(_ text: String, _ width: Int) -> [String] {
            let utf8 = Array(text.utf8)
            return TextLayout.wrap(text, options: LayoutOptions(width: width)).map {
                String(decoding: utf8[$0.utf8], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            }
        }
        let korean = "대구에서 열린 회의에 LG화학과 3개 기관이 참석했다"
        for width in 8...30 {
            let lines = pieces(korean, width)
            let words = korean.split(separator: " ").map(String.init)
            #expect(lines.flatMap { $0.split(separator: " ").map(String.init) } == words, "width \(width): \(lines)")
        }
        #expect(pieces(korean, 12) == ["대구에서", "열린 회의에", "LG화학과 3개", "기관이", "참석했다"])
        // A word wider than the line is still cut, between clusters.
        #expect(pieces("가나다라마바사아자차", 6) == ["가나다", "라마바", "사아자", "차"])
        // Chinese and Japanese keep their breaks between characters.
        #expect(pieces("国务院总理今天会见了代表团", 10) == ["国务院总理", "今天会见了", "代表团"])
        #expect(pieces("東京都で会議が開かれた", 10).count == 3)
    }

    @Test func blankLinesAndSpacesAreEmptyLines() {
        let lines = TextLayout.wrap("a\n\n   \nb", options: LayoutOptions(width: 10))
        #expect(lines.map(\.paragraph) == [0, 1, 2, 3])
        #expect(lines.map(\.width) == [1, 0, 0, 1])
        #expect(lines[1].utf8.isEmpty && lines[2].utf8.isEmpty)
        #expect(lines.map(\.utf8) == [0..<1, 2..<2, 3..<3, 7..<8])
    }

    @Test func lamAlefLigatureCountsOnce() {
        // لا and the لا in سلام are one cell each once shaped, two without shaping.
        let text = "لا سلام"
        #expect(TextLayout.wrap(text, options: LayoutOptions(width: 20)).map(\.width) == [5])
        #expect(TextLayout.wrap(text, options: LayoutOptions(width: 20, shaping: false)).map(\.width) == [7])
        #expect(TextLayout.layout(text, options: LayoutOptions(width: 20)).map(\.width) == [5])
    }

    @Test func oneVisibleLineOfALongArticle() {
        // The reader's use: wrap everything, build cells for the rows on screen only.
        let paragraph = "Tổng Bí thư Tô Lâm tiếp Đại sứ Belarus; 习近平会见卢卡申科。التقى الرئيس في يوم 3 ديسمبر (BRICS)."
        let text = Array(repeating: paragraph, count: 50).joined(separator: "\n")
        let options = LayoutOptions(width: 30)
        let wrapped = TextLayout.wrap(text, options: options)
        let laid = TextLayout.layout(text, options: options)
        for i in [0, 7, wrapped.count / 2, wrapped.count - 1] {
            #expect(TextLayout.cells(for: wrapped[i], in: text, options: options) == laid[i])
        }
        #expect(Set(wrapped.map(\.paragraph)) == Set(0..<50))
    }

    @Test func aLineFromAnotherTextGivesAnEmptyLine() {
        let line = TextLayout.wrap(String(repeating: "word ", count: 100), options: LayoutOptions(width: 20))[10]
        #expect(TextLayout.cells(for: line, in: "short", options: LayoutOptions(width: 20)).cells.isEmpty)
    }
}
