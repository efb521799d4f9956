import Foundation
import Testing

/// `bulletin screen` option checking: bad sizes and key scripts are usage errors (64).
@Suite struct ScreenCommandTests {
    @Test(arguments: ["0x0", "80", "axb", "80x-3", "2000x10"])
    func badSizeIsUsageError(size: String) throws {
        let r = try CLI.run(["screen", "--size", size, "--no-index"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--size"))
    }

    @Test func unknownKeyNameIsUsageError() throws {
        let r = try CLI.run(["screen", "--keys", "j Bogus", "--no-index"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("Bogus"))
    }
}
