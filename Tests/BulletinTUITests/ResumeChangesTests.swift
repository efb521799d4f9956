import BulletinKit
import Testing
@testable import BulletinTUI

/// Resuming an interrupted first index: the articles indexed now are new, and the ones shown before are not
/// "changed" because the newcomers relinked their entities' canonical names (review polish 2).
@Suite struct ResumeChangesTests {
    private func summary(_ n: Int, entities: [String]) -> ArticleSummary {
        ArticleSummary(id: "a\(n)", file: "/corpus/a\(n).txt", segment: 1, title: "Story \(n)", date: "2026-12-04",
                       language: "en", source: nil, countries: ["BY"], entityNames: entities)
    }

    @Test func relinkedEntityNamesAreNoChange() {
        let before = (0..<3).map { summary($0, entities: ["Lukashenko"]) }
        let after = (0..<3).map { summary($0, entities: ["Alexander Lukashenko"]) } + (3..<8).map { summary($0, entities: ["Alexander Lukashenko"]) }
        let c = CorpusChanges(before: before, after: after, changedFiles: 0)
        #expect(c == CorpusChanges(added: 5))
        #expect(c.note == "5 new articles")
        // A change of the article's own fields still counts.
        var retitled = after
        retitled[1].title = "Story 1, updated"
        #expect(CorpusChanges(before: before, after: retitled) == CorpusChanges(added: 5, changed: 1))
    }
}

/// The reader's exit prints the warnings of files read in the session and counts those an earlier run printed.
@Suite struct EarlierWarningExitTests {
    @Test func earlierWarningsAreCountedInOneLine() {
        let lines = ["index rebuilt", "warning: /n/a.txt: empty file, skipped", "warning: /n/b.txt: looks binary, skipped",
                     "warning: /n/c.txt: empty file, skipped"]
        let earlier: Set<String> = ["warning: /n/a.txt: empty file, skipped", "warning: /n/c.txt: empty file, skipped"]
        #expect(LoadedCorpus.exitLines(lines, earlier: earlier) == [
            "index rebuilt", "warning: /n/b.txt: looks binary, skipped",
            "2 warnings about files unchanged since an earlier run reported them (bulletin list --warnings lists them)",
        ])
        #expect(LoadedCorpus.exitLines(lines) == lines)
        #expect(LoadedCorpus.earlierProblemMessage(1) == "1 warning from reading the corpus earlier (W lists them)")
    }
}
