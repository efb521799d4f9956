import Testing
@testable import BulletinKit

/// Session 51's day of use: messages of the library a user read.
@Suite struct Review51KitTests {
    /// `--index /ro/news.db` in a read-only folder said "index /ro/news.db unavailable (attempt to write a readonly
    /// database); reading the files directly": SQLite's words, not the cause, nor that every run would read the
    /// files again.
    @Test func aReadOnlyIndexSaysWhyAndWhatItCosts() {
        let notice = CorpusIndex.unavailableNotice(path: "/ro/news.db", why: "attempt to write a readonly database")
        #expect(notice.hasPrefix("index /ro/news.db cannot be written (its folder or the file is read-only)"), "\(notice)")
        #expect(notice.contains("every run") && notice.contains("--no-index"), "\(notice)")
        // Other causes keep SQLite's words.
        #expect(CorpusIndex.unavailableNotice(path: "/c/i.db", why: "disk I/O error") == "index /c/i.db unavailable (disk I/O error); reading the files directly")
    }
}
