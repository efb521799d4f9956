import Testing
@testable import BulletinKit

/// `TextCleaner`'s byte-level space collapsing (eight bytes at a time where
/// it can) against a plain scalar-by-scalar statement of the rule.
@Suite struct TextCleanerTests {
    /// Every run of white space (`TextCleaner.isSpace`) becomes one space; a
    /// run that is a lone U+202F stays one when `keepNarrow`; a run of
    /// zero-width spaces only (U+200B, U+FEFF) stays as written; `trim` drops
    /// the runs at both ends.
    static func reference(_ text: String, keepNarrow: Bool, trim: Bool) -> String {
        var out = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        func emit() {
            if run.allSatisfy({ $0.value == 0x200B || $0.value == 0xFEFF }) {
                out.append(contentsOf: run)
            } else {
                out.append(run.count == 1 && run[0].value == 0x202F && keepNarrow ? run[0] : " ")
            }
        }
        for s in text.unicodeScalars {
            if TextCleaner.isSpace(s) {
                run.append(s)
                continue
            }
            if !run.isEmpty, !(trim && out.isEmpty) { emit() }
            run = []
            out.append(s)
        }
        if !run.isEmpty, !trim { emit() }
        return String(out)
    }

    /// A zero-width space or BOM between two letters (web copy, Thai and Khmer word breaks) was made a space,
    /// which the reader, the list and `bulletin show` then drew: "a\u{200B}b" read "a b". It stays as written
    /// (the display draws it in no cell); with a real space beside it the run is still one space.
    @Test func zeroWidthSpacesAloneAreNotMadeSpaces() {
        #expect(TextCleaner.collapseSpaces("a\u{200B}b c\u{FEFF}d") == "a\u{200B}b c\u{FEFF}d")
        #expect(TextCleaner.collapseSpaces("a \u{200B}b  c") == "a b c")
        #expect(TextCleaner.singleLine("\u{200B}Zero\u{200B}width\u{FEFF} ") == "Zero\u{200B}width")
    }

    @Test func collapsingMatchesTheRuleOnMixedScripts() {
        let pieces = ["a", "Bc", "Минск", "中国", "بيلاروسيا", "Tô Lâm", " ", "  ", "\t", "\n", "\u{A0}", "\u{202F}", "\u{2003}",
                      "\u{3000}", "\u{FEFF}", "\u{200B}", "\u{1680}", "\u{85}", "—", "…", "“", "\u{2060}", "\u{E000}", "é", "😀",
                      "。", "ー", "\u{2028}", "x\u{205F}y", "12345678", "абвгдежз"]
        var failures: [String] = []
        for text in randomMixes(of: pieces, seed: 0x9E37_79B9_7F4A_7C15, count: 4000, maxPieces: 24) {
            if TextCleaner.collapseSpaces(text) != Self.reference(text, keepNarrow: true, trim: false)
                || TextCleaner.singleLine(text) != Self.reference(text, keepNarrow: false, trim: true) {
                failures.append(text)
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(3).map { Array($0.unicodeScalars).map { String($0.value, radix: 16) } })")
    }
}

/// `TextCleaner.nfc` skips normalization when its quick check says the text
/// is NFC already: never wrongly, on mixes of scripts, decomposed marks,
/// singletons and marks out of order.
@Suite struct TextCleanerNFCTests {
    @Test func quickCheckNeverSkipsTextThatNormalizationChanges() {
        let pieces = ["a", "Minsk ", "Минск", "Ёлка", "中国人", "بيلاروسيا", "مُحَمَّدٌ", "Tô Lâm", "To\u{0302} La\u{0302}m", "e\u{0301}",
                      "\u{212B}", "\u{2126}", "\u{0958}", "ｶ\u{3099}", "\u{1100}\u{1161}", "\u{0323}\u{0302}", "a\u{0302}\u{0323}",
                      "Ελλάδα", "\u{0344}", "ὰ", "\u{F900}", "한국", "ภาษาไทย", "हिन्दी", " ", "\n", "12345678", "абвгдежз", "é", "😀"]
        var failures: [String] = []
        for text in randomMixes(of: pieces, seed: 0x2545_F491_4F6C_DD1D, count: 4000, maxPieces: 16) {
            let normalized = text.precomposedStringWithCanonicalMapping
            if !TextCleaner.mayNeedNFC(text), Array(normalized.utf8) != Array(text.utf8) { failures.append(text) }
            if Array(TextCleaner.nfc(text).utf8) != Array(normalized.utf8) { failures.append(text) }
        }
        #expect(failures.isEmpty, "\(failures.prefix(3).map { Array($0.unicodeScalars).map { String($0.value, radix: 16) } })")
    }

    /// `quickPassLength` passes exactly scalars the full judgement passes, whole: every scalar
    /// of the blocks it reads (Arabic, Latin Extended Additional, general punctuation), alone
    /// and after a combining mark, and mixes of those blocks with marks that compose or reorder.
    @Test func byteShortcutPassesOnlyWhatTheJudgementPasses() {
        for v in Array(0x0600...0x06FF) + Array(0x1E00...0x1EFF) + Array(0x2000...0x207F) {
            guard let s = Unicode.Scalar(v) else { continue }
            let bytes = Array(String(s).utf8)
            let passed = bytes.withUnsafeBufferPointer { TextCleaner.quickPassLength($0, 0) }
            if passed > 0 {
                #expect(passed == bytes.count, "U+\(String(v, radix: 16))")
                #expect(!TextCleaner.mayNeedNFC("a" + String(s) + "b"), "U+\(String(v, radix: 16))")
                #expect(!TextCleaner.mayNeedNFC("\u{0651}" + String(s)), "U+\(String(v, radix: 16)) after a mark")
            }
        }
        let pieces = ["مرحبا", "\u{064E}", "\u{0651}", "\u{0653}", "ا\u{0654}", "Việt", "ệ", "e\u{0302}\u{0323}", "\u{0323}",
                      "“", "—", "\u{2000}", "\u{2001}", "\u{2002}", "…", " ", "x"]
        var failures: [String] = []
        for text in randomMixes(of: pieces, seed: 0x5851_F42D_4C95_7F2D, count: 3000, maxPieces: 12) {
            let normalized = text.precomposedStringWithCanonicalMapping
            if !TextCleaner.mayNeedNFC(text), Array(normalized.utf8) != Array(text.utf8) { failures.append(text) }
        }
        #expect(failures.isEmpty, "\(failures.prefix(3).map { Array($0.unicodeScalars).map { String($0.value, radix: 16) } })")
        #expect(!TextCleaner.mayNeedNFC("مرحبا بالعالم — “Việt Nam”"))
        #expect(TextCleaner.mayNeedNFC("ا\u{0654}"))
        #expect(TextCleaner.mayNeedNFC("x\u{2000}y"))
    }

    @Test func eightByteQuickTestMatchesTheByteTest() {
        // Every byte value at every position of a word of otherwise passing bytes.
        let passes: (UInt8) -> Bool = { b in b < 0xCC || b == 0xD0 || b == 0xD1 || (b >= 0xE4 && b <= 0xE9) }
        for filler in [UInt8(0x41), 0xD0, 0xE5, 0x80] {
            for b in 0...255 {
                for position in 0..<8 {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[position] = UInt8(b)
                    let w = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    #expect(SWAR.allNFCQuickBytes(w) == passes(UInt8(b)), "byte \(b) at \(position) among \(filler)")
                }
            }
        }
    }
}

/// `count` texts of up to `maxPieces - 1` random `pieces` each, the same for the same seed
/// (a linear congruential generator). Shared by the parser's shortcut tests.
func randomMixes(of pieces: [String], seed: UInt64, count: Int, maxPieces: Int) -> [String] {
    var state = seed
    func next() -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(truncatingIfNeeded: state >> 33)
    }
    return (0..<count).map { _ in
        var text = ""
        for _ in 0..<(next() % maxPieces) { text += pieces[next() % pieces.count] }
        return text
    }
}
