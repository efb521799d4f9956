import Foundation
import Testing
@testable import BulletinKit

/// Lines as plain strings, for compact expectations.
func rendered(_ text: String, width: Int, bidi: Bool = true, shaping: Bool = true,
              direction: ParagraphDirection = .auto) -> [String] {
    TextLayout.layout(text, options: LayoutOptions(width: width, bidi: bidi, shaping: shaping, direction: direction)).map(\.text)
}

@Suite struct TextLayoutTests {
    @Test func wrapsEnglishAtSpaces() {
        #expect(rendered("The quick brown fox jumps over the lazy dog", width: 10)
                == ["The quick", "brown fox", "jumps over", "the lazy", "dog"])
    }

    @Test func keepsParagraphsAndBlankLines() {
        #expect(rendered("One two\n\nThree", width: 20) == ["One two", "", "Three"])
        #expect(rendered("", width: 20) == [""])
        #expect(rendered("a\n", width: 20) == ["a", ""])
    }

    @Test func smoke() {
        for l in TextLayout.layout("Tổng Bí thư Tô Lâm 习近平会见 في يوم 3 ديسمبر BRICS", options: LayoutOptions(width: 12)) {
            print(l.isRTL, l.width, l.text, l.cells.map { $0.source! })
        }
    }
}
