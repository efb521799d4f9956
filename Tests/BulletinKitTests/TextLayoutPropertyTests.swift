import Foundation
import PropertyBased
import Testing
@testable import BulletinKit

/// Pieces random multilingual articles are made of: words in the scripts Bulletin reads,
/// emoji sequences, marks, controls, bidi controls, spaces and newlines.
let layoutTokens: [String] = [
    "Minsk", "Lukashenko", "BRICS", "the", "a", "cross-border", "https://example.com/news/2024/12/03/talks?id=7",
    "Tổng", "Bí", "thư", "Việt", "Nẵng", "Tiê\u{301}ng".decomposedStringWithCanonicalMapping, "Đà",
    "Лукашенко", "встретился", "Астана",
    "习近平", "会见", "白俄罗斯总统", "。", "，", "「", "」", "（中国）",
    "東京", "한국어", "ｶﾀｶﾅ",
    "في", "يوم", "ديسمبر", "السلام", "لَا", "بَيْتٌ", "قمة", "لوكاشينكو", "٢٠٢٤", "می\u{200C}خواهم",
    "שלום", "ישראל",
    "3", "2024", "12.5%", "(", ")", "[", "]", "«", "»", "-", "/", ":", ".", ",", "!", "?",
    "👨‍👩‍👧", "👍🏽", "🇻🇳", "🇧🇾", "❤️", "❤", "1️⃣", "📰",
    "\u{301}", "e\u{301}\u{302}", "\u{200D}", "\u{200F}", "\u{200E}", "\u{202E}", "\u{2066}", "\u{2069}",
    "\u{7}", "\u{8}", "\u{7F}", "\u{85}", "\u{AD}", "\u{200B}", "\u{FEFF}",
    " ", " ", " ", " ", "  ", "   ", "\t", "\n", "\n\n", "\r\n",
    "Supercalifragilisticexpialidocious", "超长的没有空格的中文句子继续写下去直到超过宽度为止",
]

@Suite struct TextLayoutPropertyTests {
    @Test func linesFitAndKeepEveryVisibleClusterOnce() async {
        let text = Gen.int(in: 0...(layoutTokens.count - 1)).map { layoutTokens[$0] }.array(of: 0...80).map { $0.joined() }
        await propertyCheck(count: 400, input: text, Gen.int(in: 1...200), Gen.bool(), Gen.bool()) { text, width, bidi, shaping in
            let lines = TextLayout.layout(text, options: LayoutOptions(width: width, bidi: bidi, shaping: shaping))
            for line in lines {
                #expect(line.width <= width, "line wider than \(width): \(line.text.debugDescription)")
                #expect(line.cells.allSatisfy { $0.width == 1 || $0.width == 2 })
            }
            #expect(lines.count >= text.filter { $0 == "\n" || $0 == "\r\n" }.count + 1)

            // Visible clusters of the input (not spaces, not zero-width, not controls).
            var expected: [Range<Int>] = []
            var offset = 0
            for c in text {
                let n = c.utf16.count
                if c != " " && TextWidth.width(of: c) > 0 { expected.append(offset..<(offset + n)) }
                offset += n
            }
            // Non-space cells, in logical order (by source); a ligature cell covers two clusters.
            let cells = lines.flatMap(\.cells).filter { $0.text != " " }.compactMap(\.source).sorted { $0.lowerBound < $1.lowerBound }
            var covered: [Range<Int>] = []
            var i = 0
            for range in cells {
                while i < expected.count && expected[i].upperBound <= range.lowerBound {
                    covered.append(-1..<(-1)) // a visible cluster no cell shows
                    i += 1
                }
                var k = i
                while k < expected.count && expected[k].lowerBound < range.upperBound {
                    covered.append(expected[k])
                    k += 1
                }
                i = k
            }
            while i < expected.count { covered.append(-1..<(-1)); i += 1 }
            #expect(covered == expected, "clusters lost or repeated in \(text.debugDescription) at width \(width)")
        }
    }

    /// ASCII words, numbers and punctuation in every combination UAX #14 cares about.
    static let asciiTokens = ["word", "Minsk", "a", "2024", "3.5", "$100", "1/2", "e.g.", "(", ")", "\"", "'", "-", "--",
                              "/", ",", ".", ";", ":", "!", "?", " ", " ", " ", "  ", "http://x.org/a-b", "U.S.", "20%",
                              "#tag", "@user", "[1]", "{x}", "&", "*", "+", "=", "<", ">", "_", "~", "|", "\\"]

    @Test func asciiFastPathAgreesWithICU() async {
        let tokens = Self.asciiTokens
        let text = Gen.int(in: 0...(tokens.count - 1)).map { tokens[$0] }.array(of: 1...12).map { $0.joined() }
        await propertyCheck(count: 1500, input: text, Gen.int(in: 1...40)) { text, width in
            // Break opportunities: AsciiBreaks against ICU's line iterator.
            var bytes = text
            var fast: [Bool] = []
            bytes.withUTF8 { AsciiBreaks.opportunities($0, into: &fast) }
            let units = Array(text.utf16)
            let icu = units.withUnsafeBufferPointer { Array(ICU.LineBreaker().breaks($0)).map(Int.init) }
            #expect((1...units.count).filter { fast[$0] } == icu, "\(text.debugDescription)")
            // Whole layouts: the fast path against the general path.
            let a = LayoutEngine(options: LayoutOptions(width: width)).layout(text).map(\.text)
            let b = LayoutEngine(options: LayoutOptions(width: width), asciiFastPath: false).layout(text).map(\.text)
            #expect(a == b, "\(text.debugDescription) at width \(width)")
        }
    }

    @Test func asciiFastPathMatchesICUBreaksOnProse() {
        // The ASCII path and ICU must wrap ordinary prose the same way.
        let prose = """
        President Alexander Lukashenko met Chinese leader Xi Jinping in Minsk on Tuesday, \
        agreeing to expand cross-border trade (see https://example.com/minsk-talks/2024 for details). \
        "We are partners," he said; officials from Kazakhstan and Vietnam also attended!
        """
        for width in [1, 2, 5, 8, 13, 20, 33, 40, 57, 80, 120] {
            let fast = TextLayout.layout(prose, options: LayoutOptions(width: width)).map(\.text)
            let icu = LayoutEngine(options: LayoutOptions(width: width), asciiFastPath: false).layout(prose).map(\.text)
            #expect(fast == icu, "width \(width): \(zip(fast, icu).first { $0 != $1 }.map { "\($0)" } ?? "")")
        }
    }
}
