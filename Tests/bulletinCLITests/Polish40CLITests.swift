import Foundation
import Testing

/// `bulletin show` and `list` after the review polish of session 40.
@Suite struct Polish40CLITests {
    /// A zero-width space or BOM between two letters was printed as a space by `show` ("a b"): it takes no column.
    @Test func showPrintsZeroWidthSpacesInNoColumn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-zw-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("Zero\u{200B}width headline\n\nThe word a\u{200B}b has a ZWSP and c\u{FEFF}d a BOM.\n".utf8)
            .write(to: folder.appendingPathComponent("zw.txt"))
        for index in [["--no-index"], []] {
            let r = try CLI.run(["show", "zw", folder.path] + index)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.hasPrefix("Zerowidth headline\n") && r.stdout.contains("The word ab has a ZWSP and cd a BOM."),
                    "\(r.stdout)")
        }
    }
}
