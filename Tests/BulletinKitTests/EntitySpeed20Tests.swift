import Foundation
import Testing
@testable import BulletinKit

/// The helpers of the nineteenth session's extractor speed work (spd20) give what the code they replace gave.
@Suite struct EntitySpeed20Tests {
    /// Foundation's answer, which `titleIsSeparate` gave before `TitleSearch`.
    private static func reference(_ title: String, _ body: String) -> Bool {
        let t = EntityExtractor.trimmedWhitespace(title)
        guard !t.isEmpty else { return false }
        return !body.prefix(t.count + 64).contains(t)
    }

    /// Headlines of each script, NFC and NFD, with emoji, at the body's start, inside it, past the
    /// prefix Foundation searched, followed by marks, and absent: the answer is Foundation's.
    @Test func titleIsSeparateAsFoundationSaysOnEachScript() {
        let titles = ["Kenya signs trade deal", "Việt Nam mở cửa", "Vie\u{0323}\u{0302}t Nam mở cửa", "Минск принимает саммит",
                      "الرئيس يزور القاهرة", "كتاب", "中国与越南签署协议", "🇫🇷 France wins 👍🏽", "👍", "« Le Monde » et Paris", "Straße"]
        for title in titles {
            let nfc = title.precomposedStringWithCanonicalMapping, nfd = title.decomposedStringWithCanonicalMapping
            for t in [title, nfc, nfd] {
                let long = String(repeating: "Filler text of the story. ", count: 12)
                let bodies = [t + "\n\nThe story.", "  " + t + ". More.", "Dateline — " + t + " and more", long + t,
                              "Other words only.", "", t + "\u{064C} next", t + "\u{0301}x", t + "🏽",
                              nfc + "\n" + long, nfd + "\n" + long, "x" + t]
                for body in bodies {
                    #expect(EntityExtractor.titleIsSeparate(t, body: body) == Self.reference(t, body),
                            "\(t.unicodeScalars.map { String($0.value, radix: 16) }) in \(body.unicodeScalars.map { String($0.value, radix: 16) })")
                }
            }
        }
    }

    /// Random mixes of letters, marks (composing and not), emoji, joiners, a Kelvin sign and line ends, with titles
    /// cut from the body at any scalar or made of other pieces: `TitleSearch` answers only as Foundation does.
    @Test func quickContainsNeverDisagreesWithFoundation() {
        let pieces = ["a", "e", "é", "e\u{301}", "\u{301}", "ệ", "Tô Lâm", "كتاب", "ٌ", "مُحَمَّد", " ", ".", "\n", "\r\n", "中国", "人", "👍",
                      "🏽", "👍🏽", "🇫🇷", "K", "\u{212A}", "क", "्", "ष", "가", "\u{11A8}", "«", "»", "“", "Kyiv", "Київ", "ﬁ", "x", "؀",
                      "1", "Ελλάδα", "\u{200D}", "ǅ", "ß", "\u{FE0F}", "مٌ", "a\u{323}", "ل"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var failures: [String] = [], answered = 0
        for _ in 0..<20_000 {
            var body = "", title = ""
            for _ in 0..<(next() % 12) { body += pieces[next() % pieces.count] }
            let scalars = Array(body.unicodeScalars)
            if next() % 3 == 0, !scalars.isEmpty {
                let a = next() % scalars.count, b = a + 1 + next() % (scalars.count - a)
                title = String(String.UnicodeScalarView(scalars[a..<b]))
            } else {
                for _ in 0..<(1 + next() % 3) { title += pieces[next() % pieces.count] }
            }
            guard !title.isEmpty else { continue }
            let limit = title.count + next() % 6
            guard let quick = TitleSearch.quickContains(body, title, characters: { limit }) else { continue }
            answered += 1
            if quick != body.prefix(limit).contains(title) {
                failures.append("\(title.unicodeScalars.map { String($0.value, radix: 16) }) in \(body.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(3))")
        #expect(answered > 3_000)   // the bytes settle most cases (the rest go to Foundation)
    }

    /// `hasMark` skips the property look-up for the blocks it knows hold no mark: its answer is the general category's
    /// for every scalar.
    @Test func hasMarkIsTheGeneralCategorys() {
        var wrong: [String] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let cat = s.properties.generalCategory
            let mark = cat == .nonspacingMark || cat == .spacingMark || cat == .enclosingMark
            if TitleSearch.hasMark(String(Character(s))) != mark { wrong.append(String(v, radix: 16)) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    /// The byte search finds the first occurrence (or none), as a scan of every offset does.
    @Test func firstOccurrenceIsTheFirst() {
        let texts = ["abcabcab", "aaaa", "xyz", "Minsk, Minsk", "كتاب كتاب", "a"]
        let needles = ["abc", "cab", "aa", "a", "z", "Minsk", "sk,", "كتاب", "ب ك", "abcabcabc", "q"]
        for text in texts {
            for needle in needles {
                let b = Array(text.utf8), t = Array(needle.utf8)
                let expected = b.count >= t.count ? (0...(b.count - t.count)).first { b[$0..<($0 + t.count)].elementsEqual(t) } : nil
                let found = b.withUnsafeBufferPointer { bb in t.withUnsafeBufferPointer { TitleSearch.firstOccurrence(of: $0, in: bb) } }
                #expect(found == expected, "\(needle) in \(text)")
            }
        }
    }

    /// `mayNeedNFC` (the absent answer's guard, and the parser's) says "maybe" for every decomposed composite of every
    /// plane: each scalar that some canonical decomposition holds after its first can compose.
    @Test func nfcQuickCheckCatchesEveryDecomposedComposite() {
        var missed: [String] = []
        for v in UInt32(0xC0)...0x10FFFF {
            guard let s = Unicode.Scalar(v), s.properties.generalCategory != .unassigned else { continue }
            let text = String(Character(s))
            guard text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([s]) else { continue }
            let nfd = text.decomposedStringWithCanonicalMapping
            guard nfd.unicodeScalars.count >= 2 else { continue }
            if !TextCleaner.mayNeedNFC(nfd) { missed.append(String(v, radix: 16)) }
        }
        #expect(missed.isEmpty, "\(missed.prefix(10))")
        #expect(TextCleaner.mayNeedNFC("\u{11131}\u{11127}"))   // Chakma: composes to U+1112E
    }

    /// `keyIs` with a literal finds a token whose key is the literal (ASCII, Cyrillic, Arabic, one letter) and rejects
    /// other keys, including those of the same length, and indices off the text. (Comparing the key hash first, FNV of
    /// the literal computed per call, measured slower: 48.0 M -> 59.5 M on the long measure; not kept.)
    @Test func literalKeyIsFindsTheKeyAndNothingElse() {
        let finder = NameFinder(lex: EntityLexicon.shared, text: "The Minsk talks: де Минск, في القاهرة x", language: "en")
        let keys = finder.tokens.map(\.key)
        #expect(keys.contains("minsk") && keys.contains("минск"))
        for k in finder.tokens.indices {
            #expect(finder.keyIs(k, "minsk") == (keys[k] == "minsk"))
            #expect(finder.keyIs(k, "минск") == (keys[k] == "минск"))
            #expect(finder.keyIs(k, "في") == (keys[k] == "في"))
            #expect(finder.keyIs(k, "x") == (keys[k] == "x"))
            #expect(finder.keyIs(k, "minsx") == false)
        }
        #expect(!finder.keyIs(-1, "the") && !finder.keyIs(finder.tokens.count, "x"))
    }

    /// The headline is tokenized through the body's word cache: an article's extraction does not depend on the
    /// articles extracted before it (the same in either order, and again with a warm cache).
    @Test func headlineExtractionDoesNotDependOnTheCache() {
        let extractor = EntityExtractor()
        let articles: [(String, String, String)] = [
            ("Kenya Signs Trade Deal With Vietnam", "NAIROBI — Kenya and Vietnam signed a trade deal on Monday, officials said.", "en"),
            ("Lukashenko meets To Lam in Minsk", "Belarusian President Alexander Lukashenko met Vietnamese leader To Lam.", "en"),
            ("Путин прибыл в Минск", "Президент России Владимир Путин прибыл в Минск с визитом.", "ru"),
            ("الرئيس المصري يزور الأردن", "زار الرئيس المصري عبد الفتاح السيسي العاصمة الأردنية عمان.", "ar"),
            ("中国与越南签署协议", "中国和越南在河内签署了贸易协议。", "zh"),
        ]
        let forward = articles.map { extractor.extract(title: $0.0, body: $0.1, language: $0.2) }
        let backward = Array(articles.reversed().map { extractor.extract(title: $0.0, body: $0.1, language: $0.2) }.reversed())
        let again = articles.map { extractor.extract(title: $0.0, body: $0.1, language: $0.2) }
        #expect(forward == backward && forward == again)
        // The headline still counts: its country is among the article's.
        #expect(forward[0].countries.contains("KE"))
    }
}
