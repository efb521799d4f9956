import Foundation
import Testing
@testable import BulletinKit

/// The finish's reading of `entity_refs` over bytes (idx11) gives the ids the split by
/// `Character` gave, for what the writer writes and for anything else a column may hold.
@Suite struct IndexWriterSpeedTests {
    @Test func refIDsReadAsTheSplitDid() {
        var rng = SplitMix(seed: 21)
        let pieces = ["1", "23", "0", " ", "  ", "-4", "+5", "x", "12345678901234567890", "999999999999999999", "\r\n", "\u{e9}",
                      " \u{301}", "7"]
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            var ids: [Int64] = []
            IndexWriter.forEachRefID(text) { ids.append($0) }
            #expect(ids == text.split(separator: " ").compactMap { Int64($0) }, "\(text.debugDescription)")
        }
        var ids: [Int64] = []
        IndexWriter.forEachRefID("3 17 42 9223372036854775807") { ids.append($0) }
        #expect(ids == [3, 17, 42, 9223372036854775807])
    }
}
