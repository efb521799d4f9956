@testable import BulletinKit
import Testing
@testable import BulletinTUI

/// The loading screen while another Bulletin indexes the same corpus (`IndexLock`): it says why nothing moves
/// instead of a bar stuck at 100 % ("Finishing the index" with 0 of 0 files).
@Suite struct LoadingWaitTests {
    @Test func waitingForAnotherRunSaysSo() {
        var p = IndexProgress(filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0)
        p.waitingForOtherRun = true
        let loading = LoadingState(progress: p, startedAt: 0, updatedAt: 5)
        let lines = LoadingPane.lines(loading, width: 80)
        #expect(lines.first == "Waiting for another Bulletin")
        #expect(lines.joined(separator: " ").contains("Another Bulletin is indexing this corpus"))
        #expect(!lines.contains { $0.contains("Finishing") || $0.contains("[") })
        #expect(lines.last == "q quits")
        #expect(LoadingPane.position(loading) == "waiting")
    }

    @Test func progressAfterTheWaitIsTheUsualScreen() {
        let p = IndexProgress(filesDone: 2, filesTotal: 8, bytesDone: 2048, bytesTotal: 8192)
        let lines = LoadingPane.lines(LoadingState(progress: p, startedAt: 0, updatedAt: 1), width: 80)
        #expect(lines.first == "Indexing the corpus")
        #expect(LoadingPane.position(LoadingState(progress: p)) == "25%")
    }
}
