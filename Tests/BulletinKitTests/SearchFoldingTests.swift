import Foundation
import Testing
@testable import BulletinKit

/// The folded token text, spaces normalized (token boundaries are what matter).
private func tokens(_ text: String, _ mode: SearchFolding.Mode = .document) -> String {
    SearchFolding.fold(text, mode: mode).split(separator: " ").joined(separator: " ")
}

@Suite struct SearchFoldingTests {
    @Test func latinLettersWithoutDecompositionFoldThroughLatinASCII() {
        #expect(tokens("Đà Nẵng") == "da nang")
        #expect(tokens("Tô Lâm") == "to lam")
        #expect(tokens("ŁÓDŹ Straße") == "lodz strasse")
        #expect(tokens("Biélorussie") == "bielorussie")
        #expect(tokens("Øresund Æther") == "oresund aether")
    }

    @Test func arabicLetterVariantsFoldTogether() {
        // Alef forms, taa marbuta, alef maqsura.
        #expect(tokens("أحمد") == tokens("احمد"))
        #expect(tokens("إبراهيم") == tokens("ابراهيم"))
        #expect(tokens("آسيا") == tokens("اسيا"))
        #expect(tokens("مدرسة") == tokens("مدرسه"))
        #expect(tokens("مستشفى") == tokens("مستشفي"))
        // Harakat and tatweel vanish.
        #expect(tokens("مُحَمَّدٌ") == "محمد")
        #expect(tokens("مـحـمـد") == "محمد")
    }

    @Test func arabicArticleAndCliticsAreStripped() {
        #expect(tokens("الرئيس") == "رئيس")
        #expect(tokens("والرئيس") == "رئيس")
        #expect(tokens("بالرئيس") == "رئيس")
        #expect(tokens("للرئيس") == "رئيس")
        // A one-letter clitic keeps the word and adds the form without it.
        #expect(tokens("وبيلاروسيا").split(separator: " ").contains("بيلاروسيا"))
        #expect(tokens("لفيتنام").split(separator: " ").contains("فيتنام"))
        // Too short to carry a clitic: left alone.
        #expect(tokens("وصل") == "وصل")
    }

    /// `SearchFolding.foldTable` is only a cache of the rules: every scalar
    /// of the Basic Multilingual Plane folds to the same bytes through it as
    /// rule by rule, alone and in the contexts that change state (after a
    /// Latin word, inside an Arabic word, after a CJK run).
    @Test func foldTableAgreesWithTheRulesOnEveryBMPScalar() {
        func fold(_ text: String, table: Bool) -> [UInt8] {
            var folder = SearchFolding.Folder(mode: .document, useTable: table)
            var text = text
            text.withUTF8 { folder.feed(utf8: $0) }
            folder.flush()
            return folder.out
        }
        var mismatches: [String] = []
        for v in UInt32(0x80)..<0x10000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let s = String(Character(scalar))
            for text in ["x" + s + "Y", "كتاب" + s + "ب", "中国" + s + "人", s + s] {
                if fold(text, table: true) != fold(text, table: false) {
                    mismatches.append(String(v, radix: 16))
                    break
                }
            }
        }
        #expect(mismatches.isEmpty, "scalars folded differently: \(mismatches.prefix(20))")
        // And a mixed text through `fold` itself.
        let mixed = "Tô Lâm, ĐÀ NẴNG; Лукашенко Ёлка; لوكاشينكو والرئيس مُحَمَّدٌ; 习近平 中国人; Ελλάδα ΣΟΦΊΑ; İstanbul ß ﬁ"
        #expect(fold(mixed, table: true) == fold(mixed, table: false))
    }

    /// `foldUTF8` (the index's path, `RawFolder`) writes the very bytes
    /// `Folder` does: every BMP scalar in the contexts that change state,
    /// astral scalars, ASCII runs long enough for its eight-byte steps
    /// (every ASCII byte, upper case at the edges of A–Z), in both modes.
    @Test func rawFolderAgreesWithFolder() {
        func viaFolder(_ text: String, _ mode: SearchFolding.Mode) -> [UInt8] {
            var text = text
            return text.withUTF8 { SearchFolding.foldWithFolder($0, mode: mode) }
        }
        var mismatches: [String] = []
        for v in UInt32(0x80)..<0x10000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let s = String(Character(scalar))
            for text in ["x" + s + "Y", "كتاب" + s + "ب", "中国" + s + "人", s + s, "ABCDEFGHIJ" + s + "KLMNOPQRSTUVWXYZ"] {
                if SearchFolding.foldUTF8(text) != viaFolder(text, .document) {
                    mismatches.append(String(v, radix: 16))
                    break
                }
            }
        }
        #expect(mismatches.isEmpty, "scalars folded differently: \(mismatches.prefix(20))")
        let ascii = String(decoding: (0..<128).map { UInt8($0) } + (0..<128).map { UInt8(127 - $0) }, as: UTF8.self)
        let texts = [
            ascii, "@AZ[`az{ " + ascii + " MINSK@Beijing[Astana]`Tô Lâm`",
            "Tô Lâm, ĐÀ NẴNG; Лукашенко Ёлка; لوكاشينكو والرئيس مُحَمَّدٌ; 习近平 中国人; Ελλάδα ΣΟΦΊΑ; İstanbul ß ﬁ",
            "𠀀𠀁 𝐀𝐁 😀 中𠀀国 Ｄｅｓｅｒｅｔ 𐐀𐐁", "والبيت؛وللعالم ١٢٣", "中", "", "A", "中国人。ABCDEFGHIJKLMNOPQRSTUVWXYZ中国",
        ]
        for text in texts {
            for mode in [SearchFolding.Mode.document, .query] {
                #expect(SearchFolding.foldUTF8(text, mode: mode) == viaFolder(text, mode), "\(text)")
            }
        }
    }

    @Test func cyrillicFoldsCaseAndYo() {
        #expect(tokens("ЛУКАШЕНКО") == "лукашенко")
        #expect(tokens("Ёлка") == "елка")
        #expect(tokens("Минск") == tokens("МИНСК"))
    }

    /// The index's `ascii` tokenizer splits on ASCII separators only, so the
    /// folded text must hold nothing but lower-case words between them.
    @Test func foldedTextIsLowerCaseWordsBetweenASCIISeparators() {
        #expect(tokens("«Minsk»—Beijing") == "minsk beijing")
        #expect(tokens("Minsk\u{00A0}talks\u{2019}s") == "minsk talks s")
        #expect(tokens("ΑΘΗΝΑ Ґрунт ＡＢＣ") == "αθηνα ґрунт ａｂｃ")
        #expect(tokens("cafe\u{0301}") == "cafe") // a decomposed accent goes like a composed one
        #expect(tokens("हिन्दी") == "हिन्दी") // vowel signs stay in the word
        #expect(tokens("中国。人民") == "中国 国 人民 民")
        #expect(tokens("الرئيس، والوفد") == tokens("الرئيس") + " " + tokens("والوفد"))
        for text in ["«Minsk»—Beijing", "ΑΘΗΝΑ", "x\u{200B}y", "a×b", "١٢٣ ①"] {
            let folded = SearchFolding.fold(text)
            #expect(!folded.unicodeScalars.contains { $0.value >= 0x80 && !($0.properties.isAlphabetic || $0.properties.numericType != nil) },
                    "\(text) folded to \(folded)")
            #expect(folded == folded.lowercased())
        }
    }

    @Test func cjkRunsBecomeBigrams() {
        #expect(tokens("中国人") == "中国 国人 人")
        #expect(tokens("中国人", .query) == "中国 国人")
        #expect(tokens("中") == "中")
        #expect(tokens("访问Minsk") == "访问 问 minsk")
        #expect(tokens("東京タワー") == "東京 京タ タワ ワー ー")
    }

    @Test func parserSeparatesWordsPhrasesPrefixesAndExclusions() {
        let q = SearchQuery.parse(#"  "state visit" -Minsk coop* Лукашенко "#)
        #expect(q.terms.count == 4)
        #expect(q.terms[0] == SearchQuery.Term(text: "state visit", isPhrase: true))
        #expect(q.terms[1] == SearchQuery.Term(text: "Minsk", isExcluded: true))
        #expect(q.terms[2] == SearchQuery.Term(text: "coop", isPrefix: true))
        #expect(q.terms[3].text == "Лукашенко")
        // Unclosed quote runs to the end; punctuation-only terms are dropped.
        let r = SearchQuery.parse(#"«Tô Lâm ---"#)
        #expect(r.terms == [SearchQuery.Term(text: "Tô Lâm ---", isPhrase: true)])
        #expect(SearchQuery.parse("-- ... ,").isEmpty)
        #expect(SearchQuery.parse("-Minsk").isEmpty)
    }

    @Test func matchExpressionQuotesUserInput() throws {
        let q = SearchQuery.parse(#"a" or "b NEAR(x) title:"#)
        let expr = try #require(q.matchExpression())
        // Every user token is inside an FTS5 string literal: no operator survives.
        #expect(!expr.contains(" OR \"b"))
        #expect(expr.hasPrefix("\""))
        // But an upper-case OR between two terms is one (both still literals).
        #expect(SearchQuery.parse(#"a" OR "b NEAR(x) title:"#).matchExpression() == #"("a""" OR "b near(x) title:")"#)
        #expect(SearchQuery.parse("Minsk -Hanoi").matchExpression() == #""minsk" NOT "hanoi""#)
        #expect(SearchQuery.parse("中").matchExpression() == #""中"*"#)
        #expect(SearchQuery.parse("بيلاروسيا").matchExpression() == #"("بيلاروسيا" OR "يلاروسيا")"#)
        #expect(SearchQuery.parse("Lukashenko").matchExpression(termNames: [0: ["Alexander Lukashenko"]])
            == #"("lukashenko" OR names : "alexander·lukashenko")"#)
    }

    @Test func snippetHighlightsFoldedMatchesInOriginalText() {
        let body = "Le secrétaire général Tô Lâm termine sa visite en Biélorussie, où il a rencontré le président."
        let needles = SnippetBuilder.Needles(query: SearchQuery.parse("to lam bielorussie"))
        let s = SnippetBuilder.snippet(body: body, needles: needles, width: 200)
        #expect(s.marked("«", "»").contains("«Tô Lâm»") || s.marked("«", "»").contains("«Tô» «Lâm»"))
        #expect(s.marked("«", "»").contains("«Biélorussie»"))
        let zh = SnippetBuilder.snippet(body: "中国人民代表团访问了明斯克。", needles: .init(query: SearchQuery.parse("明斯克")))
        #expect(zh.marked("«", "»").contains("«明斯克»"))
    }

    @Test func snippetWindowsLongBodiesAroundTheMatch() {
        let filler = Array(repeating: "lorem ipsum dolor", count: 40).joined(separator: " ")
        let body = filler + " Lukashenko said " + filler
        let s = SnippetBuilder.snippet(body: body, needles: .init(query: SearchQuery.parse("lukashenko")), width: 120)
        #expect(s.marked("«", "»").contains("«Lukashenko»"))
        #expect(s.text.hasPrefix("…") && s.text.hasSuffix("…"))
        #expect(s.text.count < 140)
    }

    @Test func snippetFallsBackToEntitySpans() {
        let body = "استقبل الرئيس لوكاشينكو الوفد."
        let range = (body as NSString).range(of: "لوكاشينكو")
        let s = SnippetBuilder.snippet(body: body, needles: .init(query: SearchQuery.parse("Lukashenko"))) {
            [TextSpan(start: range.location, end: range.location + range.length)]
        }
        #expect(s.marked("«", "»").contains("«لوكاشينكو»"))
    }
}
