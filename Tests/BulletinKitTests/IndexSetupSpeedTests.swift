import Foundation
import Testing
@testable import BulletinKit

/// idx12: the set-up a process pays before it indexes or searches (tables read from resources,
/// cheaper look-ups while the lexicon is built) and the detector's stopword look-up by bytes
/// answer exactly as what they replace.
@Suite struct IndexSetupSpeedTests {
    // MARK: Precomputed tables

    /// The bundled search-folding table is the one its rules compute (after a change to the rules,
    /// Unicode or ICU: `bulletin-bench fold-tables Sources/BulletinKit/Resources/tables`).
    @Test func searchFoldResourceEqualsTheRules() throws {
        let bundled = try #require(PrecomputedTable.readUInt32(SearchFolding.FoldTable.resource, count: SearchFolding.FoldTable.count))
        let computed = SearchFolding.FoldTable().entries
        #expect(bundled.count == computed.count)
        let differing = zip(bundled, computed).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(differing.isEmpty, "differing scalars: \(differing.prefix(10).map { String($0, radix: 16) })")
        #expect(SearchFolding.foldTable.entries == computed)
    }

    /// The same for the entity keys' table (`TextFolding.key`).
    @Test func entityKeyFoldResourceEqualsTheRules() throws {
        let bundled = try #require(PrecomputedTable.readUInt64(FoldTable.resource, count: 4 * FoldTable.size))
        #expect(bundled == FoldTable.computed().packed)
        #expect(FoldTable.shared.packed == FoldTable.computed().packed)
    }

    /// A file that is not a whole table of the expected width and count reads as nil (the
    /// caller then computes the table), and what `encode` writes reads back.
    @Test func tableFilesAreCheckedNotTrusted() {
        let entries: [UInt32] = [0, 1, 0xDEAD_BEEF, 7]
        let data = PrecomputedTable.encode(entries)
        #expect(PrecomputedTable.decode(data, count: 4, as: UInt32.self) == entries)
        #expect(PrecomputedTable.decode(data, count: 3, as: UInt32.self) == nil)
        #expect(PrecomputedTable.decode(data, count: 2, as: UInt64.self) == nil)
        var wrongMagic = data
        wrongMagic[0] = 0x41
        #expect(PrecomputedTable.decode(wrongMagic, count: 4, as: UInt32.self) == nil)
        #expect(PrecomputedTable.decode(data.dropLast(), count: 4, as: UInt32.self) == nil)
        let wide: [UInt64] = [1, UInt64.max]
        #expect(PrecomputedTable.decode(PrecomputedTable.encode(wide), count: 2, as: UInt64.self) == wide)
        #expect(PrecomputedTable.readUInt32("no-such-table.bin", count: 1) == nil)
    }

    /// Folding through the loaded table gives what the rules give, scalar by scalar, in every
    /// script the corpus has and outside the plane (an emoji: the rules without the Latin table).
    @Test func foldingThroughTheLoadedTableIsTheRules() {
        let texts = ["Ấn Độ và Đức ký thỏa thuận", "Łódź, Ærø, Straße", "Президент Ёлкин", "والبيت الأبيض",
                     "中国人民银行", "ソニー株式会社", "한국은행", "emoji 🙂 and 𝒜 and 𠀀", "ǅemal İstanbul ﬁ"]
        for text in texts {
            let viaTable = SearchFolding.fold(text)
            var folder = SearchFolding.Folder(mode: .document, useTable: false)
            var copy = text
            copy.withUTF8 { folder.feed(utf8: $0) }
            folder.flush()
            #expect(viaTable == String(decoding: folder.out, as: UTF8.self), "\(text)")
        }
    }

    // MARK: Lexicon set-up

    /// `mayBeWhitespace` is false only where `CharacterSet.whitespaces` holds no scalar.
    @Test func mayBeWhitespaceMissesNoMember() {
        var missed: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            if CharacterSet.whitespaces.contains(s), !LexiconSetup.mayBeWhitespace(s) { missed.append(v) }
        }
        #expect(missed.isEmpty, "\(missed.map { String($0, radix: 16) })")
        #expect(!LexiconSetup.mayBeWhitespace("Д"))
        #expect(!LexiconSetup.mayBeWhitespace("中"))
        #expect(LexiconSetup.mayBeWhitespace("\u{3000}"))
    }

    @Test func trimmedInlineWhitespaceIsFoundationsTrim() {
        for text in ["Москва", " Москва", "Москва\u{3000}", "\u{00A0}北京\u{2009}", "\tParis ", "a\nb", "\n", "", "中国\u{200B}"] {
            #expect(LexiconSetup.trimmedInlineWhitespace(text) == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }

    // MARK: Stopwords by bytes

    /// Every stopword is found with its profile bits; other words and over-long ones are not.
    @Test func stopwordTableAnswersAsTheIndex() {
        for (word, bits) in StopwordProfiles.index {
            var w = word
            #expect(w.withUTF8 { StopwordProfiles.table.bits(of: $0) } == bits, "\(word)")
        }
        for word in ["", "thee", "th", "zzzz", "abcdefghijklmno", "abcdefghijklmnop", "été2", "Москва", "ete"] {
            var w = word
            let expected = word.utf8.count <= 15 ? StopwordProfiles.index[word] : nil
            #expect(w.withUTF8 { StopwordProfiles.table.bits(of: $0) } == expected, "\(word)")
        }
    }

    /// The profiles' words are NFC and Latin (no mark, nothing another spelling could compose
    /// to), so byte equality is `String` equality for the detector's words.
    @Test func stopwordsAreNFCLatin() {
        for profile in StopwordProfiles.all {
            for word in profile.words {
                #expect(word.precomposedStringWithCanonicalMapping.utf8.elementsEqual(word.utf8), "\(word)")
                #expect(word.unicodeScalars.allSatisfy { $0.value < 0x0300 || (0x1E00...0x1EFF).contains($0.value) }, "\(word)")
            }
        }
    }

    /// Detection of Latin-script texts is unchanged (the look-up is what changed).
    @Test func detectionOfLatinTexts() {
        #expect(LanguageDetector.detect("Le président de la République a déclaré que les élections auront lieu en mai.") == "fr")
        #expect(LanguageDetector.detect("El presidente del gobierno dijo que las elecciones serán en mayo.") == "es")
        #expect(LanguageDetector.detect("Der Präsident der Republik sagte, dass die Wahlen im Mai stattfinden.") == "de")
        #expect(LanguageDetector.detect("The president said that the elections will be held in May.") == "en")
        #expect(LanguageDetector.detect("Le pre\u{301}sident a de\u{301}clare\u{301} qu'il sera la\u{300} et que les e\u{301}lections ont e\u{301}te\u{301} fixe\u{301}es.") == "fr")
    }
}
