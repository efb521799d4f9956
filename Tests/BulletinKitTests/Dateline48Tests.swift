import Foundation
import Testing
@testable import BulletinKit

/// Session 48: a Vietnamese dateline that writes the day without "ngày" ("HÀ NỘI, 5 tháng 12 năm 2026 —")
/// left its article undated, last in the newest-first order.
@Suite struct Dateline48Tests {
    private func shown(_ line: String) -> String? {
        Dateline.find(line).map { ($0.year == nil ? "*" : String(format: "%04d", $0.year!)) + String(format: "-%02d-%02d", $0.month, $0.day) }
    }

    @Test func vietnameseDayMonthYearWithoutNgay() {
        #expect(shown("HÀ NỘI, 5 tháng 12 năm 2026 — Tổng Bí thư Tô Lâm đã tiếp Tổng thống Belarus.") == "2026-12-05")
        #expect(shown("Hà Nội, 5 tháng 12 năm 2026") == "2026-12-05")
        // Decomposed, as some pages save it.
        #expect(shown("Hà Nội, 5 tháng 12 năm 2026".decomposedStringWithCanonicalMapping) == "2026-12-05")
        #expect(shown("Đà Nẵng, 30 tháng 4 (TTXVN) - Sáng nay") == "*-04-30")
    }

    @Test func vietnameseSentencesAreStillNoDateline() {
        #expect(shown("Những ngày đầu tháng 12, các bến tàu đông nghịt du khách.") == nil)
        #expect(shown("Hợp đồng ký 12 tháng 3 năm 2019 vẫn có hiệu lực.") == nil)
        #expect(shown("31 tháng 2 năm 2026") == nil)
        #expect(shown("5 tháng trước, dự án đã khởi công.") == nil)
    }
}

/// Session 48: two Bulletins opened on a new corpus at once; the later one could not write the index
/// and said "index … unavailable (database is locked)", which read as a broken cache.
@Suite struct IndexBusyNoticeTests {
    @Test func aLockedIndexIsSaidToBeBusyWithAnotherBulletin() {
        let busy = CorpusIndex.unavailableNotice(path: "/c/index-1.sqlite", why: "database is locked")
        #expect(busy == "index /c/index-1.sqlite is busy (another Bulletin is writing it); this run reads the files directly, the next uses the index")
        let other = CorpusIndex.unavailableNotice(path: "/c/index-1.sqlite", why: "cannot create /c")
        #expect(other == "index /c/index-1.sqlite unavailable (cannot create /c); reading the files directly")
    }
}
