import BulletinKit
import Testing
@testable import BulletinTUI

/// Screens at the sizes users have (80x24, 120x40, 200x50) and a tiny one.
@Suite struct SnapshotTests {
    static let small = Size(width: 80, height: 24)
    static let medium = Size(width: 120, height: 40)
    static let large = Size(width: 200, height: 50)

    func screen(_ keys: String, _ size: Size, articles: [Article] = Fixtures.all) throws -> Grid {
        try Fixtures.run(keys, size: size, articles: articles).frame
    }

    @Test func list() throws {
        Snapshot.assert(try screen("", Self.small), named: "list-80x24")
        Snapshot.assert(try screen("", Self.medium), named: "list-120x40")
        Snapshot.assert(try screen("", Self.large), named: "list-200x50")
        Snapshot.assert(try screen("", Size(width: 50, height: 16)), named: "list-50x16-narrow")
    }

    @Test func tiny() throws {
        Snapshot.assert(try screen("", Size(width: 20, height: 5)), named: "tiny-20x5")
    }

    @Test func reader() throws {
        Snapshot.assert(try screen("Enter", Self.small), named: "reader-english-80x24")
        Snapshot.assert(try screen("j j Enter", Self.medium), named: "reader-arabic-120x40")
        Snapshot.assert(try screen("j j j j Enter", Self.large), named: "reader-chinese-200x50")
        Snapshot.assert(try screen("j Enter", Size(width: 50, height: 16)), named: "reader-french-50x16-narrow")
    }

    @Test func sidebar() throws {
        Snapshot.assert(try screen("e", Self.small), named: "sidebar-80x24")
        Snapshot.assert(try screen("Tab Tab j j", Self.medium), named: "sidebar-120x40")
        Snapshot.assert(try screen("j Tab Tab", Self.large), named: "sidebar-french-200x50")
    }

    @Test func picker() throws {
        Snapshot.assert(try screen("c", Self.small), named: "picker-countries-80x24")
        Snapshot.assert(try screen("c a", Self.medium), named: "picker-vietnam-120x40")
        Snapshot.assert(try screen("L", Self.large), named: "picker-languages-200x50")
    }

    @Test func help() throws {
        Snapshot.assert(try screen("?", Self.small), named: "help-80x24")
        Snapshot.assert(try screen("?", Self.medium), named: "help-120x40")
        Snapshot.assert(try screen("?", Self.large), named: "help-200x50")
    }

    @Test func sideBySideArabicBesideFrench() throws {
        // Arabic article (row 3) pinned left, French (row 2) on the right (`s` goes to the English report, which
        // shares two names with the Arabic one: `g j` goes to the French one).
        let keys = "j j s g j Enter"
        Snapshot.assert(try screen(keys, Self.small), named: "side-by-side-80x24")
        Snapshot.assert(try screen(keys, Self.medium), named: "side-by-side-120x40")
        Snapshot.assert(try screen(keys, Self.large), named: "side-by-side-200x50")
        Snapshot.assert(try screen("j j s", Self.medium), named: "side-by-side-choosing-120x40")
    }

    @Test func filteredAndSearched() throws {
        Snapshot.assert(try screen("] ]", Self.medium), named: "step-country-120x40")
        Snapshot.assert(try screen("/ t o k a", Self.medium), named: "search-typing-120x40")
    }
}
