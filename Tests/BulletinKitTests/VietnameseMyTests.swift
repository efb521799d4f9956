import Foundation
import Testing
@testable import BulletinKit

/// Vietnamese "Mỹ" is the United States, and also opens compound words ("Mỹ thuật", fine arts) and place names
/// ("Mỹ Đình", "Mỹ Tho"): only the country counts for US.
@Suite struct VietnameseMyTests {
    static func countries(_ body: String) -> [String] {
        EntityExtractor().extract(title: "", body: body, language: "vi").countries
    }

    @Test func compoundsAndPlacesAreNotTheCountry() {
        for body in [
            "Trường Đại học Mỹ thuật Công nghiệp khai giảng năm học mới tại Hà Nội.",
            "Mỹ phẩm nhập lậu bị thu giữ tại cửa khẩu Lào Cai.",
            "Làng nghề Mỹ nghệ Đông Kỵ đón khách tham quan.",
            "Trận đấu diễn ra trên sân Mỹ Đình tối thứ Bảy.",
            "Du khách tới thành phố Mỹ Tho và thánh địa Mỹ Sơn.",
        ] {
            #expect(!Self.countries(body).contains("US"), "\(body)")
        }
    }

    @Test func theCountryStaysTheCountry() {
        for body in [
            "Việt Nam và Mỹ đã ký thỏa thuận hợp tác thương mại.",
            "Tổng thống Mỹ Joe Biden cho biết quan hệ hai nước phát triển tốt.",
            "Ngoại trưởng Mỹ Marco Rubio thăm Hà Nội.",
            "Hàng xuất khẩu sang thị trường Mỹ tăng mạnh.",
            "Mỹ và Nhật Bản tăng cường hợp tác.",
        ] {
            #expect(Self.countries(body).contains("US"), "\(body)")
        }
    }

    @Test func vietnameseSyllables() {
        for w in ["Tho", "Đình", "Sơn", "Khê", "Lai", "Nghệ", "Thuận", "Xuyên", "Phước"] {
            #expect(NameFinder.vietnameseSyllable(w), "\(w)")
        }
        for w in ["Joe", "Donald", "Marco", "Barack", "Kamala", "Ted", "Lloyd", "Mike", "Antony"] {
            #expect(!NameFinder.vietnameseSyllable(w), "\(w)")
        }
    }
}

/// Chinese has no spaces: a known name read across a word's end is no name. "其中共有" is 其中 + 共有 ("among them,
/// in all"), not 中共 (the Communist Party of China); "在会谈中共同签署" is 中 + 共同 ("jointly"); "其中国有企业" is 其中 +
/// 国有企业 (state-owned firms), not China.
@Suite struct HanWordAcrossNameTests {
    static func extract(_ body: String) -> Extraction { EntityExtractor().extract(title: "", body: body, language: "zh") }

    @Test func wordsAcrossANamesEdgeAreNoName() {
        for body in ["本次展会共有120家企业参加，其中共有30家来自外地。", "双方在会谈中共同签署了合作协议。",
                     "各方在讨论中共享了经验。", "参展企业200家，其中国有企业45家。"] {
            let x = Self.extract(body)
            #expect(!x.entities.contains { $0.name == "Communist Party of China" }, "\(body)")
            #expect(!x.countries.contains("CN"), "\(body)")
        }
    }

    @Test func theNamesStay() {
        #expect(Self.extract("中共中央政治局召开会议，研究部署经济工作。").entities.contains { $0.name == "Communist Party of China" })
        #expect(Self.extract("中共有关部门负责人表示将加强监管。").entities.contains { $0.name == "Communist Party of China" })
        #expect(Self.extract("中国和越南签署合作协议。").countries.contains("CN"))
        #expect(Self.extract("其中中国企业有20家。").countries.contains("CN"))
    }
}
