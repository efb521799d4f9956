import Testing
@testable import BulletinKit

/// `TextCleaner`'s byte-level space collapsing (eight bytes at a time where
/// it can) against a plain scalar-by-scalar statement of the rule.
@Suite struct TextCleanerTests {
    /// Every run of white space (`TextCleaner.isSpace`) becomes one space; a
    /// run that is a lone U+202F stays one when `keepNarrow` (but not at the
    /// end); `trim` drops the runs at both ends.
    static func reference(_ text: String, keepNarrow: Bool, trim: Bool) -> String {
        var out = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        for s in text.unicodeScalars {
            if TextCleaner.isSpace(s) {
                run.append(s)
                continue
            }
            if !run.isEmpty, !(trim && out.isEmpty) {
                out.append(run.count == 1 && run[0].value == 0x202F && keepNarrow ? run[0] : " ")
            }
            run = []
            out.append(s)
        }
        if !run.isEmpty, !trim { out.append(" ") }
        return String(out)
    }

    @Test func collapsingMatchesTheRuleOnMixedScripts() {
        let pieces = ["a", "Bc", "Минск", "中国", "بيلاروسيا", "Tô Lâm", " ", "  ", "\t", "\n", "\u{A0}", "\u{202F}", "\u{2003}",
                      "\u{3000}", "\u{FEFF}", "\u{200B}", "\u{1680}", "\u{85}", "—", "…", "“", "\u{2060}", "\u{E000}", "é", "😀",
                      "。", "ー", "\u{2028}", "x\u{205F}y", "12345678", "абвгдежз"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var failures: [String] = []
        for _ in 0..<4000 {
            var text = ""
            for _ in 0..<(next() % 24) { text += pieces[next() % pieces.count] }
            if TextCleaner.collapseSpaces(text) != Self.reference(text, keepNarrow: true, trim: false)
                || TextCleaner.singleLine(text) != Self.reference(text, keepNarrow: false, trim: true) {
                failures.append(text)
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(3).map { Array($0.unicodeScalars).map { String($0.value, radix: 16) } })")
    }
}
