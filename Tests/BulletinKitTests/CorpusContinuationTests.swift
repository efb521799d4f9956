import Foundation
import Testing
@testable import BulletinKit

/// A long subheading (five words or more) inside one article: the part after it has no dateline, date or source line
/// of its own and follows a story that has one, so it goes on that story (the subheading a paragraph of its body),
/// while digests whose stories open with their own datelines or dates, or have none at all, still split.
@Suite struct CorpusContinuationTests {
    private func parse(_ text: String, file: String = "/x/story.txt") -> [Article] {
        ArticleParser.parse(text: text, file: file)
    }

    @Test func englishSubheadingsStayInTheDatedStory() {
        let text = """
        Belarus and Vietnam expand cooperation in agriculture

        MINSK, 4 December (BelTA) - Belarus and Vietnam agreed on Thursday to expand cooperation in agriculture.

        The talks were held in Minsk between the two deputy prime ministers.

        Trade between the two countries grows

        Bilateral trade rose by 12 percent in the first ten months of the year.

        What the roadmap includes for both sides

        The roadmap includes joint projects in dairy farming.

        """
        let a = parse(text, file: "/x/subheads.txt")
        #expect(a.map(\.id) == ["subheads"])
        #expect(a.first?.title == "Belarus and Vietnam expand cooperation in agriculture")
        #expect(a.first?.body.contains("ministers.\n\nTrade between the two countries grows\n\nBilateral trade rose") == true)
        #expect(a.first?.body.hasSuffix("What the roadmap includes for both sides\n\nThe roadmap includes joint projects in dairy farming.") == true)
        #expect(a.map(\.raw).joined() == text)
    }

    @Test func vietnameseSubheadingStaysInTheDatedStory() {
        let text = """
        Việt Nam và Belarus mở rộng hợp tác nông nghiệp

        Hà Nội, ngày 4 tháng 12 năm 2026 - Phó Thủ tướng Trần Hồng Hà đã hội đàm với Phó Thủ tướng Belarus tại Hà Nội.

        Hai bên nhất trí thúc đẩy hợp tác trong lĩnh vực nông nghiệp và chế tạo máy.

        Thúc đẩy thương mại song phương giữa hai nước

        Kim ngạch thương mại song phương tăng 12% trong mười tháng đầu năm.

        Xe tải MAZ được lắp ráp tại Hưng Yên.

        """
        let a = parse(text, file: "/x/vi-subheads.txt")
        #expect(a.count == 1)
        #expect(a.first?.datelineDate == "2026-12-04")
        #expect(a.first?.body.contains("\n\nThúc đẩy thương mại song phương giữa hai nước\n\nKim ngạch") == true)
    }

    /// A Russian story with a dateline, a long subheading and its agency's source line at the end.
    @Test func russianSubheadingBeforeTheSourceLineStaysInTheStory() {
        let text = """
        Беларусь и Вьетнам расширят сотрудничество в сельском хозяйстве

        МИНСК, 4 декабря. /БелТА/. Беларусь и Вьетнам подписали дорожную карту до 2030 года.

        Переговоры прошли в Минске.

        Товарооборот между двумя странами растет быстро

        За десять месяцев товарооборот вырос на 12 процентов.

        Источник: БелТА

        """
        let a = parse(text, file: "/x/ru.txt")
        #expect(a.count == 1)
        #expect(a.first?.source == "БелТА")
        #expect(a.first?.body.contains("Минске.\n\nТоварооборот между двумя странами растет быстро\n\nЗа десять") == true)
    }

    @Test func anUndatedDatelineOfPlaceAndAgencyOpensAStory() {
        let text = """
        Górnik Zabrze pokonał Pogoń Szczecin w meczu ligowym

        Zabrze (PAP) - Piłkarze Górnika Zabrze pokonali u siebie Pogoń Szczecin 2:1.

        Sędzią spotkania był Bartosz Frankowicz z Wrocławia. (PAP)

        ał/ pp/

        """
        #expect(parse(text).count == 1)
        #expect(ArticleParser.opensWithAgencyDateline("Zabrze (PAP) - Piłkarze Górnika"))
        #expect(ArticleParser.opensWithAgencyDateline("DULUTH, Minn. (AP) — A township clerk"))
        #expect(ArticleParser.opensWithAgencyDateline("GÜTERSLOH (dpa-AFX) - Der Küchenhersteller"))
        #expect(ArticleParser.opensWithAgencyDateline("Cuenca (Ecuador) (EFE).- El concejo"))
        #expect(!ArticleParser.opensWithAgencyDateline("The minister (left) said the talks went well - and more"))
        #expect(!ArticleParser.opensWithAgencyDateline("Bilateral trade rose by 12 percent (officially) in the year."))
    }

    /// Digests still split: stories that each open with a dateline or date line, and stories none of which has one.
    @Test func digestsOfDatedStoriesStillSplit() {
        let dated = """
        Belarus and Vietnam expand cooperation in agriculture

        MINSK, 4 December (BelTA) - Belarus and Vietnam agreed on Thursday to expand cooperation.

        Kazakhstan opens new railway link to China at Khorgos

        ASTANA, 4 December (Kazinform) - A new railway link opened on Thursday.

        Egypt and Russia discuss nuclear plant construction at Dabaa

        CAIRO, Dec 4 (Reuters) - The two sides met on Thursday.

        """
        #expect(parse(dated, file: "/x/d.txt").map(\.title) == ["Belarus and Vietnam expand cooperation in agriculture",
                                                               "Kazakhstan opens new railway link to China at Khorgos",
                                                               "Egypt and Russia discuss nuclear plant construction at Dabaa"])
        // Undated stories (a digest of headlines and paragraphs only) are split as before.
        let undated = "First story about the fair in Minsk\n\nBody one. More.\n\nSecond story about the talks in Hanoi\n\nBody two. More.\n"
        #expect(parse(undated, file: "/x/u.txt").count == 2)
    }

    /// A story signed off by its source line ends there: the next headline opens a story even without a dateline.
    @Test func aSourceLineAtTheEndClosesTheStory() {
        let text = """
        Hanoi hosts the Vietnam and Belarus business forum

        HANOI, Dec 4 (VNA) - The forum opened on Thursday.

        VNA

        Coffee exporters prepare for the new rules in June

        The rules take effect in June.

        """
        #expect(parse(text, file: "/x/d.txt").count == 2)
    }

    /// A date line whose text is a headline gives the title only, not the body's first paragraph too.
    @Test func dateLineHeadlineIsNotRepeatedInTheBody() {
        let a = parse(" date 2026-12-01 Valid date headline\n\nMore text here about Minsk.\n")
        #expect(a.count == 1)
        #expect(a.first?.date == "2026-12-01")
        #expect(a.first?.title == "Valid date headline")
        #expect(a.first?.body == "More text here about Minsk.")
        // A sentence after the date is the body's first words, as before.
        let b = parse(" date 2026-12-01 The fair opened in Minsk on Monday.\n\nMore text here.\n")
        #expect(b.first?.body == "The fair opened in Minsk on Monday.\n\nMore text here.")
        // A short text with nothing after it is the body.
        let c = parse(" date 2026-12-01 Valid date headline\n")
        #expect(c.first?.body == "Valid date headline")
    }
}
