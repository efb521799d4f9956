import BulletinKit
import Foundation
import Testing

/// Session 50's day of use: what a user tripped on in the files Bulletin reads.
@Suite struct Review50CLITests {
    private func dated(_ lead: String, modified: (Int, Int) = (2026, 12)) -> String? {
        let text = "Cao điểm mùa khô, Vườn quốc gia U Minh Thượng báo động cháy rừng\n\n\(lead)\n\nĐoạn thứ hai.\n"
        return ArticleParser.parse(text: text, file: "tto.txt", modified: { modified }).first?.shownDate
    }

    /// Tuổi Trẻ's lead, "TTO - Ngày 6/12, …" (holdout72 1295–1297_vi), gave no date; it now dates the article,
    /// the year from the file as "Dec 4 (Reuters)" takes it.
    @Test func aVietnamesePressLeadDatesTheArticle() {
        #expect(dated("TTO - Ngày 6/12, Ban quản lý Vườn quốc gia U Minh Thượng cho biết đã nâng cấp dự báo cháy rừng.") == "2026-12-06")
        #expect(dated("(Dân trí) - Sáng 6-12, Bộ Y tế cho biết số ca mắc sởi đã giảm.") == "2026-12-06")
        #expect(dated("VOV.VN - Chiều ngày 6/12/2025, Quốc hội đã thông qua nghị quyết.") == "2025-12-06")
        #expect(dated("(NLĐO) – Ngày 30/11, mưa lớn gây ngập nhiều tuyến đường.") == "2026-11-30")
        #expect(dated("TG&VN - Ngày 5/12, tại thủ đô Minsk, Trường Đại học Quốc gia Belarus đã tổ chức hội thảo.") == "2026-12-05")
        #expect(dated("TTO - Rạng sáng 3/12, xe khách giường nằm gặp nạn trên đèo.") == "2026-12-03")
        // A file saved in January: December is last year's.
        #expect(dated("TTO - Ngày 28/12, bến tàu đông khách.", modified: (2027, 1)) == "2026-12-28")
    }

    /// A sentence is still no dateline: "ngày 6/12" in lower case, or with no agency and dash before it.
    @Test func vietnameseSentencesStayUndated() {
        #expect(dated("Ngày 6/12, Ban quản lý Vườn quốc gia cho biết đã nâng cấp dự báo cháy rừng.") == nil)
        #expect(dated("Hôm qua, ngày 6/12, Ban quản lý cho biết đã nâng cấp dự báo.") == nil)
        #expect(dated("TTO - Ngày 31/2, không có ngày này.") == nil)
        #expect(dated("TTO - Ngày 6/12 là ngày hội của thành phố.") == nil)
    }
}
