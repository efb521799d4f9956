import Foundation
import Testing
@testable import BulletinKit
#if canImport(Glibc)
import Glibc

/// glibc's `wcwidth` (its header hides it unless _XOPEN_SOURCE is defined, which the
/// Glibc module does not do). wchar_t is a 32-bit int on Linux.
@_silgen_name("wcwidth") private func glibcWcwidth(_ c: Int32) -> Int32
#endif

@Suite struct TextWidthTests {
    @Test func asciiIsOneCellAndControlsZero() {
        #expect(TextWidth.width(of: "Minsk, 3 Dec") == 12)
        #expect(TextWidth.width(of: "a\u{7}b\u{1B}") == 2)
        #expect(TextWidth.width(of: "\r\n" as Character) == 0)
        #expect(TextWidth.width(of: "") == 0)
    }

    @Test func eastAsianWideAndFullwidth() {
        #expect(TextWidth.width(of: "习近平会见") == 10)
        #expect(TextWidth.width(of: "，。「」") == 8)   // full-width punctuation
        #expect(TextWidth.width(of: "ＡＢＣ１２") == 10)
        #expect(TextWidth.width(of: "한국어") == 6)
        // Conjoining jamo: L + V + T is one 2-cell syllable.
        #expect(TextWidth.width(of: "\u{1100}\u{1161}\u{11A8}" as Character) == 2)
        #expect(TextWidth.width(of: "ｱｲｳ") == 3)       // half-width katakana
    }

    @Test func combiningMarksAddNothing() {
        #expect(TextWidth.width(of: "e\u{301}" as Character) == 1)
        #expect(TextWidth.width(of: "a\u{300}\u{301}\u{302}\u{303}" as Character) == 1)
        // Arabic letter with shadda and fatha: one cell.
        #expect(TextWidth.width(of: "\u{0628}\u{0651}\u{064E}" as Character) == 1)
        // A spacing mark gets its own cell, as terminals draw it.
        #expect(TextWidth.width(of: "\u{0E01}\u{0E33}" as Character) == 2)
    }

    /// Audit finding: a cluster was capped at 2 cells, so a conjunct of three
    /// letters or more (`क्षि`, `स्त्री`) lost its last ones on screen and pulled
    /// later columns left of where the terminal drew them. A cluster is as wide
    /// as the sum of `wcwidth` over its scalars, which is where a terminal puts them.
    @Test func indicClustersAreAsWideAsGlibcSaysTheirScalarsAre() throws {
        #expect("क्षि".count == 1 && TextWidth.width(of: "क्षि") == 3)  // one cluster (conjunct rule of Unicode 15.1)
        #expect(TextWidth.width(of: "स्त्री") == 4)
        #expect(TextWidth.width(of: "प्रधानमंत्री") == 9)
        #if canImport(Glibc)
        guard setlocale(LC_CTYPE, "C.UTF-8") != nil else { return }
        for word in ["क्षि", "स्त्री", "ក្រុម", "မြန်မာ", "प्रधानमंत्री", "ক্ষ্ম", "ஸ்ரீ", "ශ්‍රී ලංකා", "ಕ್ರಿಕೆಟ್", "ကျော်", "ক্ষৌ"] {
            let glibc = word.unicodeScalars.reduce(0) { $0 + Int(glibcWcwidth(Int32($1.value))) }
            #expect(TextWidth.width(of: word) == glibc, "\(word)")
        }
        #endif
        // A crafted run of spacing marks stops at the most one cell of the grid holds.
        #expect(TextWidth.width(of: "क" + String(repeating: "\u{093E}", count: 20)) == TextWidth.maxClusterWidth)
    }

    @Test func vietnameseNFCAndNFDHaveTheSameWidth() {
        let nfc = "Tổng Bí thư Tô Lâm thăm Việt Nam, Đà Nẵng"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > nfc.unicodeScalars.count)
        #expect(TextWidth.width(of: nfc) == nfc.count)
        #expect(TextWidth.width(of: nfd) == TextWidth.width(of: nfc))
        #expect(TextWidth.width(of: nfd.precomposedStringWithCanonicalMapping) == TextWidth.width(of: nfc))
    }

    @Test func emojiSequencesAreTwoCells() {
        #expect(TextWidth.width(of: "👨‍👩‍👧" as Character) == 2)      // ZWJ family (glibc: 6)
        #expect(TextWidth.width(of: "❤️" as Character) == 2)           // VS16 (glibc: 1)
        #expect(TextWidth.width(of: "❤" as Character) == 1)            // text presentation
        #expect(TextWidth.width(of: "👍🏽" as Character) == 2)          // skin tone
        #expect(TextWidth.width(of: "🇻🇳" as Character) == 2)          // flag
        #expect(TextWidth.width(of: "\u{1F1FB}" as Character) == 1)    // lone regional indicator
        #expect(TextWidth.width(of: "1️⃣" as Character) == 2)          // keycap
        #expect(TextWidth.width(of: "🏳️‍🌈" as Character) == 2)
        #expect(TextWidth.width(of: "📰" as Character) == 2)
        #expect(TextWidth.width(of: "Hà Nội 🇻🇳 📰") == 12)
    }

    @Test func cursesFallbackFitsOneCell() {
        #expect(TextWidth.cursesText(for: "👨‍👩‍👧") == "👨")
        #expect(TextWidth.cursesText(for: "🇻🇳") == "\u{1F1FB}")
        #expect(TextWidth.cursesText(for: "e\u{301}") == "e\u{301}")
        #expect(TextWidth.cursesText(for: "❤️") == "❤️")
        #expect(TextWidth.cursesText(for: "a\u{300}\u{301}\u{302}\u{303}\u{304}\u{305}").unicodeScalars.count == 5)
        #expect(TextWidth.cursesText(for: "\u{7}") == "")
    }

    @Test func truncateAndPadByDisplayWidth() {
        #expect(TextLayout.truncate("习近平会见", to: 5) == "习近…")
        #expect(TextWidth.width(of: TextLayout.truncate("习近平会见", to: 5)) == 5)
        #expect(TextLayout.truncate("习近平会见", to: 6) == "习近…")
        #expect(TextLayout.truncate("Minsk", to: 5) == "Minsk")
        #expect(TextLayout.truncate("Minsk", to: 4) == "Min…")
        // A cut after a space drops it: no gap between the word and "…" (in Arabic, the gap showed on the left).
        #expect(TextLayout.truncate("President Aleksandr Lukashenko", to: 11) == "President…")
        #expect(TextLayout.truncate("استقبل الأمين العام", to: 8) == "استقبل…")
        #expect(TextLayout.truncate("Minsk", to: 0) == "")
        // A cut just after the text's own ellipsis shows one, not two.
        #expect(TextLayout.truncate("정상회담… \"반도체 협력\"", to: 11) == "정상회담…")
        #expect(TextLayout.truncate("Talks… and more", to: 8) == "Talks…")
        #expect(TextLayout.truncate("Talks… and more", to: 10) == "Talks… an…")
        #expect(TextLayout.pad("中文", to: 6) == "中文  ")
        #expect(TextLayout.pad("中文", to: 6, alignment: .right) == "  中文")
        #expect(TextLayout.pad("中文", to: 7, alignment: .center) == " 中文  ")
        #expect(TextWidth.width(of: TextLayout.pad("👨‍👩‍👧 Tô Lâm", to: 20)) == 20)
        #expect(TextLayout.pad("习近平会见", to: 3) == "习…")
    }

    /// Why the table may differ from glibc's `wcwidth` under C.UTF-8 for one scalar.
    enum GlibcDifference: String, CaseIterable {
        /// Assigned in the table's Unicode version after glibc's data (glibc 2.36 has
        /// Unicode 14): glibc answers -1.
        case newerUnicode = "assigned after glibc's Unicode data"
        /// Format characters glibc gives a cell (soft hyphen, Arabic number signs): the
        /// table says 0, TerminalSafe removes the standalone ones.
        case formatCharacter = "format character: glibc 1, not drawn here"
        /// glibc widens the Yijing hexagrams and circled numbers on black squares, whose
        /// East Asian Width is N / A in Unicode 15.
        case glibcWideBlock = "glibc widens a block East Asian Width calls narrow"
        /// NUL: glibc 0, a control here (never drawn).
        case nul = "NUL"
    }

    @Test func tableMatchesGlibcWcwidthForEveryAssignedScalar() throws {
        let ucd = "/usr/share/unicode"
        guard let categories = try? String(contentsOfFile: "\(ucd)/extracted/DerivedGeneralCategory.txt", encoding: .utf8),
              let ages = try? String(contentsOfFile: "\(ucd)/DerivedAge.txt", encoding: .utf8)
        else {
            print("skipped: \(ucd) is missing (apt-get install unicode-data)")
            return
        }
        guard setlocale(LC_CTYPE, "C.UTF-8") != nil else {
            print("skipped: the C.UTF-8 locale is missing")
            return
        }
        let assigned = Self.ranges(categories).filter { $0.value != "Cn" }
        let newest = Self.ranges(ages).filter { $0.value == TextWidth.unicodeVersion.split(separator: ".").prefix(2).joined(separator: ".") }
        let newestSet = Set(newest.flatMap { $0.range })

        var counts: [String: Int] = [:]
        var undocumented: [String] = []
        var compared = 0
        for (range, _) in assigned {
            for cp in range {
                guard let scalar = Unicode.Scalar(cp) else { continue } // surrogates
                compared += 1
                let glibc = Int(glibcWcwidth(Int32(cp)))
                let ours = TextWidth.isControl(scalar) ? -1 : TextWidth.width(ofScalar: scalar)
                if glibc == ours { continue }
                let reason: GlibcDifference?
                if glibc == -1 && ours >= 0 && newestSet.contains(cp) {
                    reason = .newerUnicode
                } else if scalar.properties.generalCategory == .format && glibc == 1 && ours == 0 {
                    reason = .formatCharacter
                } else if glibc == 2 && ours == 1 && ((0x4DC0...0x4DFF).contains(cp) || (0x3248...0x324F).contains(cp)) {
                    reason = .glibcWideBlock
                } else if cp == 0 {
                    reason = .nul
                } else {
                    reason = nil
                }
                if let reason {
                    counts[reason.rawValue, default: 0] += 1
                } else {
                    undocumented.append(String(format: "U+%04X glibc %d table %d", cp, glibc, ours))
                }
            }
        }
        print("width table (Unicode \(TextWidth.unicodeVersion)) vs glibc wcwidth, \(compared) assigned scalars:")
        for (reason, n) in counts.sorted(by: { $0.value > $1.value }) { print("  \(n)\t\(reason)") }
        print("  \(undocumented.count)\tundocumented")
        #expect(compared > 140_000)
        #expect(undocumented.isEmpty, "undocumented differences: \(undocumented.prefix(20))")
    }

    static func ranges(_ file: String) -> [(range: ClosedRange<UInt32>, value: String)] {
        var out: [(ClosedRange<UInt32>, String)] = []
        for line in file.split(separator: "\n") {
            let data = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let fields = data.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 2 else { continue }
            let bounds = fields[0].components(separatedBy: "..").compactMap { UInt32($0, radix: 16) }
            guard let lo = bounds.first else { continue }
            out.append((lo...(bounds.last ?? lo), fields[1]))
        }
        return out
    }
}
