import Foundation
import Testing
@testable import BulletinKit

@Suite struct TextBidiTests {
    /// Reorders every line of Unicode's BidiCharacterTest.txt with the same two steps the
    /// layout uses (ICU levels with L1, then L2 over the levels) and compares levels and
    /// visual order with the expected ones.
    @Test func conformsToBidiCharacterTest() throws {
        let path = "/usr/share/unicode/BidiCharacterTest.txt"
        guard let data = FileManager.default.contents(atPath: path) else {
            print("skipped: \(path) is missing (apt-get install unicode-data)")
            return
        }
        let bidi = ICU.Bidi()
        var total = 0, passed = 0
        var unexplained: [String] = []
        var explained: [String: Int] = [:]
        var failures: [String] = []
        var levels: [UInt8] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("#") { continue }
            let f = line.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count >= 5 else { continue }
            let scalars = f[0].split(separator: " ").compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
            let direction: ParagraphDirection = f[1] == "0" ? .ltr : f[1] == "1" ? .rtl : .auto
            let expectedLevel = Int(f[2])
            let expectedLevels = f[3].split(separator: " ").map { $0 == "x" ? nil : Int($0) }
            let expectedOrder = f[4].split(separator: " ").compactMap { Int($0) }
            total += 1

            var units: [UInt16] = []
            var firstUnit: [Int] = []
            for s in scalars {
                firstUnit.append(units.count)
                units.append(contentsOf: String(Character(s)).utf16)
            }
            let rtl = units.withUnsafeBufferPointer { bidi.setParagraph($0, direction: direction) }
            guard let rtl, bidi.lineLevels(0..<units.count, into: &levels) else {
                failures.append("ICU failed: \(f[0])")
                continue
            }
            let kept = expectedLevels.indices.filter { expectedLevels[$0] != nil }
            let got = kept.map { Int(levels[firstUnit[$0]]) }
            let order = ICU.Bidi.visualOrder(levels: kept.map { levels[firstUnit[$0]] }).map { kept[$0] }
            if (rtl ? 1 : 0) == expectedLevel && got == kept.map({ expectedLevels[$0]! }) && order == expectedOrder {
                passed += 1
            } else if let reason = Self.knownICUDeparture(scalars) {
                explained[reason, default: 0] += 1
            } else {
                unexplained.append("\(f[0]); \(f[1]): levels \(got) order \(order), expected \(f[3]) / \(f[4])")
            }
        }
        let rate = Double(passed) / Double(max(total, 1)) * 100
        print(String(format: "BidiCharacterTest.txt: %d of %d lines pass (%.2f%%), ICU %@", passed, total, rate, ICU.version))
        for (reason, n) in explained.sorted(by: { $0.value > $1.value }) { print("  \(n) fail: \(reason)") }
        for f in failures + unexplained { print("  " + f) }
        #expect(total > 90_000)
        #expect(rate >= 99.9)
        // Every failing line must be one of ICU 72's known departures, none of which
        // the layout can meet (see `knownICUDeparture`).
        #expect(unexplained.isEmpty)
    }

    /// Why ICU 72 may fail a conformance line in a way that cannot reach our layout, or nil.
    static func knownICUDeparture(_ scalars: [Unicode.Scalar]) -> String? {
        if scalars.contains(where: { (0x202A...0x202E).contains($0.value) }) {
            return "embedding/override controls (TerminalSafe strips them from articles)"
        }
        if scalars.filter({ $0 == "(" }).count > 63 {
            return "brackets nested deeper than the 63-entry BD16 stack"
        }
        let boundaryNeutral: Set<UInt32> = [0x200B, 0x200D]
        var previous: Unicode.Scalar?
        for s in scalars {
            if s.properties.generalCategory == .nonspacingMark, let p = previous, ")]}".unicodeScalars.contains(p) {
                return "mark after a closing bracket (the layout orders it with its bracket's cluster)"
            }
            if !boundaryNeutral.contains(s.value) { previous = s }
        }
        return nil
    }
}
