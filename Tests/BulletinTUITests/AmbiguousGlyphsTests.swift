import BulletinKit
import Testing
@testable import BulletinTUI

/// `--ascii on`: ambiguous-width glyphs the screen draws become one-column
/// ASCII, and nothing else changes.
@Suite struct AmbiguousGlyphsTests {
    @Test func drawingAndPunctuationHaveNarrowStandIns() {
        let cases: [(String, String)] = [("─", "-"), ("│", "|"), ("┌", "+"), ("┘", "+"), ("…", "~"), ("·", "."),
                                         ("—", "-"), ("“", "\""), ("’", "'"), ("█", "#"), ("░", "-"), ("°", "o")]
        for (glyph, ascii) in cases {
            #expect(AmbiguousGlyphs.replacement(for: glyph) == ascii, "\(glyph)")
        }
    }

    @Test func lettersWideGlyphsAndClustersAreKept() {
        for text in ["a", "é", "Ж", "ة", "中", "・", "👍", "e\u{0301}", "|", " "] {
            #expect(AmbiguousGlyphs.replacement(for: text) == nil, "\(text)")
        }
    }

    @Test func aScreenWithASCIIOnHasNoBoxDrawingAndTheSameLayout() {
        let size = Size(width: 100, height: 30)
        var plainState = Fixtures.state(size: size)
        var asciiState = plainState
        asciiState.display.ascii = true
        _ = plainState.update(.resize(size))
        _ = asciiState.update(.resize(size))
        let plain = Renderer.render(plainState)
        let ascii = Renderer.render(asciiState)
        #expect(plain.plainText.contains("│"))
        #expect(!ascii.plainText.unicodeScalars.contains { (0x2500...0x257F).contains($0.value) || $0.value == 0x2026 })
        // Cell by cell: the same widths and styles; a changed cell is a stand-in for what was there.
        for y in 0..<plain.height {
            for x in 0..<plain.width {
                let a = plain[x, y], b = ascii[x, y]
                #expect(a.width == b.width && a.style == b.style)
                if a.text != b.text { #expect(AmbiguousGlyphs.replacement(for: a.text) == b.text) }
            }
        }
    }

    @Test func theFlagBeatsTheEnvironmentAndBadValuesAreReported() throws {
        #expect(try DisplayChoice.resolveASCII(nil, environment: [:]).ascii == false)
        #expect(try DisplayChoice.resolveASCII(nil, environment: ["BULLETIN_ASCII": "on"]).ascii == true)
        #expect(try DisplayChoice.resolveASCII("off", environment: ["BULLETIN_ASCII": "on"]).ascii == false)
        let bad = try DisplayChoice.resolveASCII(nil, environment: ["BULLETIN_ASCII": "maybe"])
        #expect(bad.ascii == false && bad.warnings.count == 1)
        #expect(throws: DisplayChoice.InvalidValue.self) { try DisplayChoice.resolveASCII("wide", environment: [:]) }
    }
}
