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
