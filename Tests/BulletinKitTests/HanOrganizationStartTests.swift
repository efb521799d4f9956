import Testing
@testable import BulletinKit

/// An organization read leftwards from its suffix stopped inside the country that names it (session 38 review:
/// "中华人民共和国国务院新闻办公室" gave the organization "国国务院", one character of the country's name).
@Suite struct HanOrganizationStartTests {
    @Test func anOrganizationTakesTheWholeNameItStartsIn() {
        let text = "新华社北京12月4日电 中华人民共和国国务院今天举行会议。大韩民国国会也发表声明。"
        let x = EntityExtractor().extract(title: "", body: text, language: "zh")
        let orgs = x.entities.filter { $0.type == .organization }.map(\.name)
        #expect(orgs.contains("中华人民共和国国务院"), "\(orgs)")
        #expect(!orgs.contains { $0.hasPrefix("国国") }, "\(orgs)")
        // The country is still counted.
        #expect(x.countries.contains("CN"), "\(x.countries)")
    }
}
