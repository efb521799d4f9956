import Testing
@testable import BulletinKit

@Suite struct ModelTests {
    @Test func wordCountCountsIdeographsSeparately() {
        #expect(WordCounter.count("Tô Lâm visited Minsk") == 4)
        #expect(WordCounter.count("习近平会见") == 5)
        #expect(WordCounter.count("  ") == 0)
    }

    @Test func seedsAreFound() {
        let path = SeedsLocator.locate(environment: [:])
        #expect(path != nil)
    }
}
