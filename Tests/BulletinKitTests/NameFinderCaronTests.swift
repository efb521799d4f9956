import Testing
@testable import BulletinKit

/// `NameFinder.hasCaron` answers as the plain definition does (a scalar among the caron
/// letters) for every letter of Latin Extended-A and others, alone and inside words.
@Suite struct NameFinderCaronTests {
    static let caron = Set("čšžřěůďťňČŠŽŘĚŮĎŤŇ".unicodeScalars)

    @Test func fastPathAgreesWithTheDefinition() {
        var letters = (0x00C0...0x024F).compactMap(Unicode.Scalar.init).map(String.init)
        letters += ["a", "Z", "ệ", "đ", "й", "ž", "中", "ش", "😀", "s\u{30C}"]  // s + combining caron: not precomposed
        for l in letters {
            for word in [l, "ab" + l, l + "cd", "Praha" + l + "ová"] {
                let expected = word.unicodeScalars.contains { Self.caron.contains($0) }
                #expect(NameFinder.hasCaron(word) == expected, "\(word)")
            }
        }
        #expect(NameFinder.hasCaron("kraftnät") == false)
        #expect(NameFinder.hasCaron("přístav"))
    }
}
