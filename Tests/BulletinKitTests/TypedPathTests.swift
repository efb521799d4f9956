import Foundation
import Testing
@testable import BulletinKit

@Suite struct TypedPathTests {
    let cwd = FileManager.default.currentDirectoryPath

    @Test func absolutePathsUnderARootAreShownAsTyped() {
        let roots = ["news", "./other/", "/abs/corpus"]
        #expect(TypedPath.display(cwd + "/news", roots: roots) == "news")
        #expect(TypedPath.display(cwd + "/news/a/b.txt", roots: roots) == "news/a/b.txt")
        #expect(TypedPath.display(cwd + "/other/x.txt", roots: roots) == "./other/x.txt")
        #expect(TypedPath.display("/abs/corpus/y.txt", roots: roots) == "/abs/corpus/y.txt")
        // A sibling whose name starts like a root is not under it.
        #expect(TypedPath.display(cwd + "/newsroom/z.txt", roots: roots) == cwd + "/newsroom/z.txt")
        // Relative paths (from a direct read) are left alone.
        #expect(TypedPath.display("news/a.txt", roots: roots) == "news/a.txt")
    }

    @Test func warningsKeepTheirMessages() {
        let w = [LoadWarning(file: cwd + "/missing", message: "no such file or directory")]
        #expect(TypedPath.display(w, roots: ["missing"]).map(\.description) == ["missing: no such file or directory"])
    }
}
