import Testing
@testable import BulletinTUI

@Suite struct TUIPlaceholderTests {
    @Test func versionIsSet() { #expect(!BulletinTUI.version.isEmpty) }
}
