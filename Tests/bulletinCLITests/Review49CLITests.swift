import BulletinKit
import Foundation
import Testing

/// Session 49's day of use: what a user tripped on in the files Bulletin reads.
@Suite struct Review49CLITests {
    /// A digest whose first line is its own heading ("Morning briefing, 7 December") read that
    /// heading as the first story's title and the story's own headline as its first paragraph.
    @Test func aDigestHeadingIsNotTheFirstStorysTitle() {
        let text = """
            Morning briefing, 7 December

            Belarus and Vietnam sign new trade agreement in Minsk

            MINSK, Dec 7 (Reuters) - Belarus and Vietnam signed a trade agreement on Monday.

            The deal covers tractors and rubber.

            Floods force thousands to leave their homes in central Vietnam

            HANOI, Dec 7 (Reuters) - Floods in central Vietnam forced thousands of people to leave.

            """
        let articles = ArticleParser.parse(text: text, file: "briefing.txt")
        #expect(articles.map(\.title) == ["Belarus and Vietnam sign new trade agreement in Minsk",
                                          "Floods force thousands to leave their homes in central Vietnam"])
        #expect(articles.first?.body.hasPrefix("MINSK, Dec 7 (Reuters) - Belarus") == true, "\(articles.first?.body ?? "")")
        #expect(!articles.contains { $0.body.contains("Morning briefing") })
        #expect(articles.map(\.id) == ["briefing#1", "briefing#2"])
    }

    /// The same without datelines: each story its own title.
    @Test func anUndatedDigestHeadingIsNotATitleEither() {
        let text = """
            Weekly digest of the regional press

            Ferry line to Con Dao reopens after the storm

            The ferry between Vung Tau and Con Dao sails again.

            Toll on the new coastal road cut by half

            The toll falls on Monday, the province said.

            """
        let articles = ArticleParser.parse(text: text, file: "weekly.txt")
        #expect(articles.map(\.title) == ["Ferry line to Con Dao reopens after the storm",
                                          "Toll on the new coastal road cut by half"])
    }

    /// One article with a headline and a standfirst without a full stop stays as it was: the first
    /// line its title, the standfirst its first paragraph.
    @Test func oneArticleKeepsItsHeadlineOverAStandfirst() {
        let text = """
            Ferry line to Con Dao reopens

            Passengers return to the island after three days of storms

            The ferry between Vung Tau and Con Dao sails again, the operator said on Monday.

            """
        let articles = ArticleParser.parse(text: text, file: "ferry.txt")
        #expect(articles.count == 1)
        #expect(articles.first?.title == "Ferry line to Con Dao reopens")
        #expect(articles.first?.body.hasPrefix("Passengers return to the island after three days of storms") == true)
    }
}
