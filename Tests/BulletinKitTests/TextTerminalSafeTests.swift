import Testing
@testable import BulletinKit

@Suite struct TextTerminalSafeTests {
    @Test func removesEscapeSequencesWhole() {
        #expect(TerminalSafe.sanitize("a\u{1B}[31;1mred\u{1B}[0m b") == "ared b")
        #expect(TerminalSafe.sanitize("x\u{1B}]0;pwned title\u{7}y") == "xy")
        #expect(TerminalSafe.sanitize("x\u{1B}]8;;http://evil\u{1B}\\link\u{1B}]8;;\u{1B}\\y") == "xlinky")
        #expect(TerminalSafe.sanitize("x\u{9B}2Jy") == "xy")                 // C1 CSI
        #expect(TerminalSafe.sanitize("x\u{1B}(By\u{1B}7z") == "xyz")       // two-byte escapes
        #expect(TerminalSafe.sanitize("x\u{1B}P1$r\u{1B}\\y") == "xy")       // DCS
        #expect(TerminalSafe.sanitize("x\u{1B}]unterminated\nnext") == "x\nnext")
        #expect(TerminalSafe.sanitize("end\u{1B}") == "end")
    }

    @Test func removesControlsAndExpandsTabs() {
        #expect(TerminalSafe.sanitize("be\u{7}ll\u{8}\u{0}\u{7F}\u{85}x") == "bell\nx")
        #expect(TerminalSafe.sanitize("a\tb") == "a    b")
        #expect(TerminalSafe.sanitize("a\r\nb\rc\u{2029}d") == "a\nb\nc\nd")
        #expect(TerminalSafe.sanitize("\u{90}x") == "")                        // DCS eats the line
        #expect(TerminalSafe.sanitize("ok\u{9C}") == "ok")
    }

    @Test func stripsTrojanSourceControlsButKeepsText() {
        let headline = "Access level: \u{202E}user\u{2066} // admin\u{2069}\u{202C}"
        #expect(TerminalSafe.sanitize(headline) == "Access level: user // admin")
        #expect(TerminalSafe.sanitize("\u{202A}\u{202B}\u{202D}\u{2067}\u{2068}x") == "x")
        // Implicit marks stay: they cannot override anything.
        #expect(TerminalSafe.sanitize("a\u{200F}b\u{200E}") == "a\u{200F}b\u{200E}")
    }

    @Test func removesStandaloneZeroWidthCharacters() {
        let s = TerminalSafe.sanitize("Lu\u{AD}ka\u{200B}shen\u{2060}ko\u{FEFF}")
        #expect(s == "Lukashenko")
        #expect(TextWidth.width(of: s) == 10)
        // ZWJ and ZWNJ belong to clusters and stay.
        #expect(TerminalSafe.sanitize("می\u{200C}خواهم 👨‍👩‍👧") == "می\u{200C}خواهم 👨‍👩‍👧")
    }

    @Test func safeTextIsReturnedUnchanged() {
        let text = "Tô Lâm, 习近平, لوكاشينكو, Лукашенко 🇧🇾\nnext"
        #expect(TerminalSafe.sanitize(text) == text)
        #expect(TerminalSafe.sanitizeMapped(text).map.isIdentity)
    }

    @Test func offsetMapPointsBackIntoTheOriginal() {
        let original = "a\u{1B}[1mb\tc\r\nd"
        let safe = TerminalSafe.sanitizeMapped(original)
        #expect(safe.text == "ab    c\nd")
        let u = Array(original.utf16)
        func back(_ r: Range<Int>) -> String { String(decoding: u[safe.map.original(r)], as: UTF16.self) }
        #expect(back(0..<1) == "a")
        #expect(back(1..<2) == "b")
        #expect(back(2..<3) == "\t")
        #expect(back(4..<6) == "\t")
        #expect(back(6..<7) == "c")
        #expect(back(7..<8) == "\r\n")
        #expect(back(8..<9) == "d")
        #expect(back(0..<9) == original)
    }
}
