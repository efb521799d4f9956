import Foundation
import Testing
@testable import BulletinKit

/// Lines as plain strings, for compact expectations.
func rendered(_ text: String, width: Int, bidi: Bool = true, shaping: Bool = true,
              direction: ParagraphDirection = .auto) -> [String] {
    TextLayout.layout(text, options: LayoutOptions(width: width, bidi: bidi, shaping: shaping, direction: direction)).map(\.text)
}

/// The UTF-16 slice of `text` a cell says it shows.
func sourceText(_ text: String, _ cell: DisplayCell) -> String {
    let u = Array(text.utf16)
    return String(decoding: u[cell.source!], as: UTF16.self)
}

@Suite struct TextLayoutTests {
    @Test func wrapsEnglishAtSpaces() {
        #expect(rendered("The quick brown fox jumps over the lazy dog", width: 10)
                == ["The quick", "brown fox", "jumps over", "the lazy", "dog"])
        #expect(rendered("cross-border talks", width: 8) == ["cross-", "border", "talks"])
        #expect(rendered("  indented text", width: 40) == ["  indented text"])
    }

    @Test func keepsParagraphsAndBlankLines() {
        #expect(rendered("One two\n\nThree", width: 20) == ["One two", "", "Three"])
        #expect(rendered("", width: 20) == [""])
        #expect(rendered("a\n", width: 20) == ["a", ""])
        #expect(rendered("Một\n\nHai", width: 20) == ["Một", "", "Hai"])
    }

    @Test func hardBreaksLongTokens() {
        let url = "https://www.example.com/news/2024/12/03/minsk-beijing-talks"
        let lines = rendered("See \(url) now", width: 16)
        #expect(lines.allSatisfy { TextWidth.width(of: $0) <= 16 })
        #expect(lines.joined().replacingOccurrences(of: " ", with: "") == "See\(url)now")
        #expect(lines.first == "See https://")
    }

    @Test func wrapsChineseBetweenIdeographsAndKeepsPunctuationAttached() {
        let text = "习近平会见白俄罗斯总统卢卡申科。双方同意加强合作，推动两国关系发展。"
        let lines = TextLayout.layout(text, options: LayoutOptions(width: 10))
        #expect(lines.count > 3)
        for line in lines {
            #expect(line.width <= 10)
            #expect(line.width >= 8 || line == lines.last)
            // Full-width closing punctuation never starts a line (UAX #14 CL).
            #expect(!line.text.hasPrefix("。") && !line.text.hasPrefix("，"))
        }
        #expect(lines.map(\.text).joined() == text)
    }

    @Test func neverSplitsClusters() {
        let text = "👨‍👩‍👧👍🏽🇻🇳e\u{301}e\u{301}"
        let lines = TextLayout.layout(text, options: LayoutOptions(width: 2))
        #expect(lines.map(\.text) == ["👨‍👩‍👧", "👍🏽", "🇻🇳", "e\u{301}e\u{301}"])
        for cell in lines.flatMap(\.cells) { #expect(sourceText(text, cell) == cell.text) }
    }

    @Test func wideClusterInOneCellBoxBecomesPlaceholder() {
        let lines = TextLayout.layout("中文", options: LayoutOptions(width: 1))
        #expect(lines.map(\.text) == ["…", "…"])
        #expect(lines.map { $0.cells[0].source } == [0..<1, 1..<2])
    }

    @Test func vietnameseNFDLaysOutLikeNFC() {
        let nfc = "Tổng Bí thư Tô Lâm tiếp Đại sứ Belarus tại Hà Nội ngày 3 tháng 12"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        let a = rendered(nfc, width: 14), b = rendered(nfd, width: 14)
        #expect(a == b.map { $0.precomposedStringWithCanonicalMapping })
        #expect(a.allSatisfy { TextWidth.width(of: $0) <= 14 })
    }

    @Test func cellsMapBackToTheInput() {
        let text = "Lukashenko\tmet Xi 习近平 in Minsk, 👨‍👩‍👧.\r\nNext\u{1B}[31m day"
        let lines = TextLayout.layout(text, options: LayoutOptions(width: 12))
        for cell in lines.flatMap(\.cells) {
            let src = sourceText(text, cell)
            if src == "\t" { #expect(cell.text == " ") } else { #expect(src == cell.text) }
        }
        #expect(lines.map(\.text) == ["Lukashenko", "met Xi 习近", "平 in Minsk,", "👨‍👩‍👧.", "Next day"])
    }

    @Test func trojanSourceDoesNotFlipALine() {
        let lines = TextLayout.layout("Price \u{202E}001 USD\u{202C} today", options: LayoutOptions(width: 40))
        #expect(lines.map(\.text) == ["Price 001 USD today"])
        #expect(lines[0].isRTL == false)
    }

    // MARK: Right to left

    @Test func arabicWithDigitsReadsRightToLeft() {
        let text = "في يوم 3 ديسمبر 2024"
        let lines = TextLayout.layout(text, options: LayoutOptions(width: 40, shaping: false))
        #expect(lines.count == 1)
        #expect(lines[0].isRTL)
        #expect(lines[0].text == "2024 رbmسيد 3 موي يف".replacingOccurrences(of: "b", with: "ب").replacingOccurrences(of: "m", with: "م"))
    }

    @Test func latinAndURLsInsideArabicKeepTheirOrder() {
        let text = "قمة BRICS في www.bbc.com/arabic اليوم"
        let line = TextLayout.layout(text, options: LayoutOptions(width: 80, shaping: false))[0]
        #expect(line.isRTL)
        #expect(line.text.hasPrefix("مويلا www.bbc.com/arabic يف BRICS"))
        #expect(line.text.hasSuffix("ةمق"))
    }

    /// A paragraph takes the direction most of its words take: an Arabic paragraph
    /// opening with a Latin name ran left to right (its first strong character),
    /// aligned left with its words in the wrong order across the line.
    @Test func paragraphTakesTheDirectionOfMostOfItsWords() {
        let arabic = "BRICS هي مجموعة اقتصادية تضم البرازيل وروسيا"
        for direction in [ParagraphDirection.auto, .autoRTL] {
            let line = TextLayout.layout(arabic, options: LayoutOptions(width: 80, shaping: false, direction: direction))[0]
            #expect(line.isRTL)
            #expect(line.text.hasSuffix(" BRICS"), "\(line.text)")  // the first word, at the right edge
            #expect(line.text.hasPrefix("ايسورو"))
        }
        // Wrapped: every line right to left, the first words on the first line.
        let lines = TextLayout.layout(arabic, options: LayoutOptions(width: 20, shaping: false))
        #expect(lines.count > 1 && lines.allSatisfy { $0.isRTL })
        #expect(lines[0].text.hasSuffix("BRICS"))
        let wrapped = TextLayout.wrap(arabic, options: LayoutOptions(width: 20, shaping: false))
        #expect(wrapped.allSatisfy { $0.isRTL })
        // An English title opening with a Hebrew word reads left to right.
        let english = TextLayout.layout("עברית and English mixed title", options: LayoutOptions(width: 80, shaping: false))[0]
        #expect(!english.isRTL)
        #expect(english.text.hasPrefix("תירבע and"))
        // A tie goes to the first strong character (UAX #9 P2).
        #expect(!TextLayout.layout("BRICS قمة", options: LayoutOptions(width: 80, shaping: false))[0].isRTL)
        #expect(TextLayout.layout("قمة BRICS", options: LayoutOptions(width: 80, shaping: false))[0].isRTL)
        // An explicit direction still wins.
        #expect(!TextLayout.layout(arabic, options: LayoutOptions(width: 80, shaping: false, direction: .ltr))[0].isRTL)
    }

    @Test func mirrorsBracketsInRightToLeftRuns() {
        let line = TextLayout.layout("(مرحبا)", options: LayoutOptions(width: 20, shaping: false))[0]
        #expect(line.text == "(ابحرم)")
        // Sources still point at the logical characters.
        #expect(line.cells.first?.source == 6..<7)
        #expect(line.cells.last?.source == 0..<1)
    }

    @Test func wrapsInLogicalOrderThenReordersEachLine() {
        let text = "الرئيس لوكاشينكو يلتقي شي جين بينغ في مينسك"
        let lines = TextLayout.layout(text, options: LayoutOptions(width: 18, shaping: false))
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.isRTL && $0.width <= 18 })
        // The first line holds the first words: reading each line right to left gives the text.
        let logical = lines.map { String($0.text.reversed()) }.joined(separator: " ")
        #expect(logical == text)
    }

    @Test func bidiOffKeepsLogicalOrder() {
        let text = "في يوم 3 ديسمبر"
        let line = TextLayout.layout(text, options: LayoutOptions(width: 40, bidi: false, shaping: false))[0]
        #expect(line.text == text)
        #expect(!line.isRTL)
    }

    @Test func explicitDirectionOverridesFirstStrong() {
        let rtl = TextLayout.layout("BRICS summit", options: LayoutOptions(width: 40, direction: .rtl))[0]
        #expect(rtl.isRTL)
        #expect(rtl.text == "BRICS summit") // one left-to-right run, at level 2
        let mixed = TextLayout.layout("BRICS: ٢٠٢٤", options: LayoutOptions(width: 40, direction: .rtl))[0]
        #expect(mixed.text == "٢٠٢٤ :BRICS")
        let digits = TextLayout.layout("2024", options: LayoutOptions(width: 40, direction: .autoRTL))[0]
        #expect(digits.isRTL && digits.text == "2024")
        #expect(ParagraphDirection.auto(language: "ar") == .autoRTL)
        #expect(ParagraphDirection.auto(language: "vi") == .auto)
    }

    // MARK: Shaping

    @Test func shapesArabicIntoPresentationForms() {
        let line = TextLayout.layout("بيت", options: LayoutOptions(width: 20))[0]
        // Visual order: final teh, medial yeh, initial beh.
        #expect(line.text == "\u{FE96}\u{FEF4}\u{FE91}")
        let plain = TextLayout.layout("بيت", options: LayoutOptions(width: 20, shaping: false))[0]
        #expect(plain.text == "تيب")
    }

    @Test func lamAlefLigatureIsOneCellMappingToBothLetters() {
        let text = "السلام"
        let line = TextLayout.layout(text, options: LayoutOptions(width: 20))[0]
        #expect(line.width == 5)
        let ligature = line.cells.first { ("\u{FEF5}"..."\u{FEFC}").contains($0.text.unicodeScalars.first!.description) }
        #expect(ligature?.source == 3..<5)
        #expect(sourceText(text, ligature!) == "لا")
        // Harakat stay combining marks (ICU would make them spacing forms).
        let voweled = TextLayout.layout("لَا بَ", options: LayoutOptions(width: 20))[0]
        #expect(voweled.width == 3)
        #expect(voweled.text.unicodeScalars.contains("\u{064E}"))
        #expect(!voweled.text.unicodeScalars.contains { (0xFE70...0xFE7F).contains($0.value) })
    }

    @Test func persianZeroWidthNonJoinerBreaksJoining() {
        let line = TextLayout.layout("می\u{200C}خواهم", options: LayoutOptions(width: 20))[0]
        #expect(line.width == 7)
        #expect(line.isRTL)
        // The letter before the ZWNJ takes its final form, the one after its initial form.
        #expect(line.text.unicodeScalars.contains("\u{FEF0}") || line.text.unicodeScalars.contains("\u{FBFD}"))
    }

    // MARK: Environment

    @Test func environmentPicksDefaultsPerTerminal() {
        #expect(TextEnvironment.detect([:]).bidi)
        #expect(TextEnvironment.detect(["TERM": "xterm-256color"]).shaping)
        let vte = TextEnvironment.detect(["VTE_VERSION": "7200"])
        #expect(vte.terminal == .vte && vte.bidi && !vte.shaping)
        #expect(!TextEnvironment.detect(["KITTY_WINDOW_ID": "1"]).bidi)
        let mlterm = TextEnvironment.detect(["TERM": "mlterm"])
        #expect(!mlterm.bidi && !mlterm.shaping)
        #expect(!TextEnvironment.detect(["KONSOLE_VERSION": "230401"]).bidi)
        let forced = TextEnvironment.detect(["TERM": "mlterm", "BULLETIN_BIDI": "on", "BULLETIN_SHAPING": "ON"])
        #expect(forced.bidi && forced.shaping)
        let bad = TextEnvironment.detect(["BULLETIN_BIDI": "maybe"])
        #expect(bad.bidi && bad.warnings == ["BULLETIN_BIDI=maybe: expected on or off; using on"])
        #expect(TextEnvironment.explicitModeSequence == "\u{1B}[8l")
        #expect(TextEnvironment.implicitModeSequence == "\u{1B}[8h")
    }
}

/// A joiner inside a right-to-left word sits, in visual order, on the left of the letter it follows
/// logically (`LayoutEngine.moveJoinersLeft`), so a terminal that shapes the visual text breaks the
/// join between the right two letters.
@Suite struct BidiJoinerTests {
    @Test func zeroWidthNonJoinerMovesToTheLetterOnItsLeft() {
        // کیان‌پور: ک ی ا ن ZWNJ پ و ر. Visually (left to right): ر و پ ZWNJ ن ا ی ک.
        let line = TextLayout.layout("کیان\u{200C}پور", options: LayoutOptions(width: 20, shaping: false))[0]
        let visual = line.text.trimmingCharacters(in: .whitespaces)
        #expect(Array(visual.unicodeScalars.map(\.value)) == [0x0631, 0x0648, 0x067E, 0x200C, 0x0646, 0x0627, 0x06CC, 0x06A9],
                "\(visual.unicodeScalars.map { String($0.value, radix: 16) })")
        // Seven letter cells of one column each: the joiner moved, no cell appeared or vanished.
        let letters = line.cells.filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(letters.count == 7 && letters.allSatisfy { $0.width == 1 })
    }

    @Test func leftToRightTextKeepsItsJoiners() {
        let text = "a\u{200D}b"
        let line = TextLayout.layout(text, options: LayoutOptions(width: 20))[0]
        #expect(line.text.hasPrefix(text))
    }
}
