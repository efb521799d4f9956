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

/// `R` in `bulletin screen`: the reload runs inline, over the files as they
/// are, and the status line says what it found.
@Suite struct ScreenReloadTests {
    @Test func rReloadsInline() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-screen-R-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("Minsk tractors for Hanoi\n\nMinsk - Belarus sells tractors to Vietnam.\n".utf8)
            .write(to: folder.appendingPathComponent("a.txt"))
        for index in [["--no-index"], []] {
            let r = try CLI.run(["screen", folder.path, "--size", "80x10", "--keys", "R"] + index)
            #expect(r.status == 0, "\(r.stderr)")
            let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count > 9 && lines[9].contains("Reloaded: no changes"), "\(r.stdout)")
            #expect(lines.first?.contains("1 article") == true && lines.first?.contains("checking") == false)
        }
    }
}
