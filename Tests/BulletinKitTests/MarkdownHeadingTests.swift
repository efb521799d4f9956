import Foundation
import Testing
@testable import BulletinKit

/// Headlines written as Markdown ATX headings (notes and exports): the title
/// drops the heading's marks, and only them.
@Suite struct MarkdownHeadingTests {
    @Test func headingMarksLeaveTheTitle() {
        let a = ArticleParser.parse(text: "# 李强会见越南总理\n\n新华社北京12月5日电 国务院总理李强5日在人民大会堂会见越南总理。\n",
                                    file: "/n/notes.md")
        #expect(a.count == 1)
        #expect(a.first?.title == "李强会见越南总理")
        #expect(a.first?.body.hasPrefix("新华社北京") == true)
    }

    @Test func closingMarksAndDeeperLevelsToo() {
        let a = ArticleParser.parse(text: "### Tô Lâm thăm Minsk ###\n\nHà Nội – Tổng Bí thư Tô Lâm đã đến Minsk hôm thứ Hai.\n",
                                    file: "/n/vi.md")
        #expect(a.first?.title == "Tô Lâm thăm Minsk")
    }

    @Test func aHashGluedToAWordIsNoHeadingMark() {
        #expect(ArticleParser.withoutHeadingMarks("#MeToo rally in Almaty") == "#MeToo rally in Almaty")
        #expect(ArticleParser.withoutHeadingMarks("#1 seed wins in Hanoi") == "#1 seed wins in Hanoi")
        #expect(ArticleParser.withoutHeadingMarks("####### Seven marks is no heading") == "####### Seven marks is no heading")
        #expect(ArticleParser.withoutHeadingMarks("# Why start-ups learn C#") == "Why start-ups learn C#")
        #expect(ArticleParser.withoutHeadingMarks("## Minsk # Brest ##") == "Minsk # Brest")
        #expect(ArticleParser.withoutHeadingMarks("# ") == "# ")
        #expect(ArticleParser.withoutHeadingMarks("Plain headline") == "Plain headline")
    }
}
