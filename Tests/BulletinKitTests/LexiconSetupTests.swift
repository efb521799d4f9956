import XCTest
@testable import BulletinKit

/// `LexiconSetup`'s shortcuts give exactly what the Foundation calls they stand for give.
final class LexiconSetupTests: XCTestCase {
    let samples = [
        "", " ", "\t", "  \t ", "Paris", " Paris", "Paris ", "  New York\t", "\u{00A0}Hà Nội\u{3000}",
        "\u{2003}Москва", "Санкт-Петербург\u{2009}", "北京", "  北京 ", "Côte d'Ivoire", "e\u{0301}", " e\u{0301}",
        "\u{0301}x", "x\u{200B}", "\u{200B}x", "\u{FEFF}x", "a\nb", "\na\n", "\u{1680}a", "a\u{202F}", "a\u{205F}",
        "белорус~", "Ўзбекистон", "ع", "Kazakhstan\r", "\u{85}x", "x\u{2028}",
    ]

    func testTrimmedWhitespaceIsFoundationsTrim() {
        for s in samples {
            XCTAssertEqual(LexiconSetup.trimmedInlineWhitespace(s).unicodeScalars.map(\.value),
                           s.trimmingCharacters(in: .whitespaces).unicodeScalars.map(\.value), "\(s.unicodeScalars.map(\.value))")
        }
    }

    func testReplacingIsFoundationsReplacement() {
        for s in samples + ["Мінск~", "~", "a~b~", "Кыргызстан\u{02BC}", "\u{02BC}\u{02BC}x"] {
            XCTAssertEqual(LexiconSetup.replacing("~", with: "", in: s), s.replacingOccurrences(of: "~", with: ""))
            XCTAssertEqual(LexiconSetup.replacing("\u{02BC}", with: "'", in: s), s.replacingOccurrences(of: "\u{02BC}", with: "'"))
        }
    }

    /// A plain phrase is its own words joined by one space; stems and space runs are not plain.
    func testPlainPhraseSplitsAndJoinsToItself() {
        for s in samples + ["United States of America", "Bosnia and  Herzegovina", "a \u{0301}b", "x~ y"] {
            let trimmed = LexiconSetup.trimmedInlineWhitespace(s)
            if LexiconSetup.isPlainPhrase(trimmed) {
                XCTAssertEqual(trimmed.split(separator: " ").map(String.init).joined(separator: " "), trimmed)
            }
        }
        XCTAssertTrue(LexiconSetup.isPlainPhrase("United States of America"))
        XCTAssertFalse(LexiconSetup.isPlainPhrase("Bosnia and  Herzegovina"))
        XCTAssertFalse(LexiconSetup.isPlainPhrase("белорус~"))
    }

    /// Phrases added through the shortcuts match as before: padded, stemmed and plain ones.
    func testMatcherFindsPhrasesAddedThroughShortcuts() {
        var m = PhraseMatcher()
        m.add("  United States  ", payload: 1)
        m.add("Bosnia and  Herzegovina", payload: 2)
        m.add("белорус~", payload: 3)
        let tokenized = Tokenizer.tokenize("the United States and Bosnia and Herzegovina and белорусский")
        let tokens = tokenized.tokens
        var payloads: [Int32] = []
        withExtendedLifetime(tokenized) {
            for i in tokens.indices { if let hit = m.match(tokens, at: i) { payloads += hit.payloads } }
        }
        XCTAssertEqual(payloads, [1, 2, 3])
    }

    /// The byte shortcuts of the set-up (spd34) answer byte for byte as the `Character` and Foundation calls they stand
    /// for: on the samples, on spaced and stem-marked variants of them, and on every name and alias of the bundled base
    /// (spaces and marks beside combining marks, prepended signs, CR LF and non-plain text take the slow calls).
    func testByteShortcutsAreTheCharacterCalls() {
        func bytes(_ s: String?) -> [UInt8]? { s.map { Array($0.utf8) } }
        var texts = samples + ["a \u{0301}b", "x~ y", "Мінск~", "a~b~", " ~", "~\u{0301}", "\u{0600}~", "\u{0600} x", "x \u{0600}y",
                               "а \u{0483}б", "北京 上海", "Bosnia and  Herzegovina", "AfD", "BoJ", "BOJ", "iPhone", "a\r\n b", "e\u{0301} ~"]
        texts += texts.map { " " + $0 + " ~" }
        for e in KnowledgeBase.bundled.entities { texts.append(e.name); texts += e.aliases }
        for s in texts {
            for t in [s, TextFolding.key(s)] {
                XCTAssertEqual(bytes(LexiconSetup.lastWord(t)), bytes(t.split(separator: " ").last.map(String.init)), "\(t.unicodeScalars.map(\.value))")
                XCTAssertEqual(LexiconSetup.spaceSeparatedWords(t).map { Array($0.utf8) }, t.split(separator: " ").map { Array(String($0).utf8) })
                XCTAssertEqual(bytes(LexiconSetup.removingStemMarks(t)), bytes(t.replacingOccurrences(of: "~", with: "")))
                for w in t.split(separator: " ").map(String.init) + [t] {
                    XCTAssertEqual(LexiconSetup.endsWithStemMark(w), w.hasSuffix("~"), "\(w.unicodeScalars.map(\.value))")
                }
            }
            let scalars = Array(s.unicodeScalars)
            let mixed: Bool? = s.utf8.contains(0x20) || !s.unicodeScalars.allSatisfy(\.isASCII) ? nil
                : zip(scalars, scalars.dropFirst()).contains { CharacterSet.lowercaseLetters.contains($0.0) && CharacterSet.uppercaseLetters.contains($0.1) }
            XCTAssertEqual(LexiconSetup.asciiCapitalAfterSmall(s), mixed, s)
            XCTAssertEqual(PlainText.count(s), s.count, s)
        }
    }
}
