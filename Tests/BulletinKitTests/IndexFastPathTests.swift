import Foundation
import Testing
@testable import BulletinKit

/// Names in every script the index meets, with the odd cases of each fast path:
/// `~` stem markers, punctuation, digits, marks, Arabic clitics, mixed scripts.
private let sampleNames: [String] = [
    "Tô Lâm", "A. Lukashenko", "ألكسندر  لوكاشينكو", "Травинский~", "ТРАВИНСКИЙ", "Сергей Лавров", "Ёлкин Юрий",
    "Владимир Путин", "Щукин Ъ ь", "Елена Ели", "王建国", "习近平 李强", "卢卡申科", "伊戈尔·谢尔盖耶夫", "Нгуен Ван Хунг",
    "Al-Sisi", "O'Brien", "Jean-Marie Le Pen", "G7", "COVID-19", "Łukasz Żółć", "Đặng Thị Ngọc Thịnh", "Straße",
    "e\u{0301}cole", "~", "", "  ", "وبيلاروسيا", "والرئيس", "بيلاروس", "لل", "मोदी", "नरेन्द्र मोदी", "กรุงเทพ", "서울특별시",
    "東京都", "Ἀθῆναι", "Αθήνα", "x~y~z", "ab ~ cd", "A.B.C.", "123 456", "Tom\u{00A0}Smith", "İstanbul", "ǅemal",
    "Ǳ", "ﬁnance", "Ⅻ", "½", "Київ", "Mykola Azarov", "Азаров Микола", "Zorbulak Travinsky", "ترافينسكي", "特拉温斯基",
]

/// Every name and alias of the bundled knowledge base, and the sample names.
private func allNames() -> [String] {
    var names = sampleNames
    for e in KnowledgeBase.bundled.entities {
        names.append(e.name)
        names += e.aliases
    }
    return names
}

@Suite struct EntityNameKeyFastPathTests {
    /// `EntityNameKey.key` (each word's key form alone) is the first variant of each word `words` gives.
    @Test func nameKeyEqualsItsDefinition() {
        for name in allNames() {
            #expect(EntityNameKey.key(name) == EntityNameKey.referenceKey(name), "\(name)")
        }
    }

    /// Words of ASCII letters and digits take a shortcut (lower-cased as they are): the same
    /// keys as the full path, next to words with punctuation, marks or other scripts that do not.
    @Test func asciiAlphanumericWordsKeyAsDefined() {
        let words = ["Putin", "PUTIN", "putin", "G7", "2024", "McDonald", "X", "iPhone15", "O'Brien", "Al-Assad",
                     "A.", "Tô", "Zürich", "Lukashenko~", "ИВАН", "a_b", "M1-A", "ĐẠI"]
        for w in words {
            #expect(EntityNameKey.key(w) == EntityNameKey.referenceKey(w), "\(w)")
            #expect(EntityNameKey.key(w + " " + w) == EntityNameKey.referenceKey(w + " " + w), "\(w)")
        }
        #expect(EntityNameKey.asciiAlphanumericLowercased("O'Brien") == nil)
        #expect(EntityNameKey.asciiAlphanumericLowercased("McDonald2") == "mcdonald2")
    }

    /// Keys made with a memo of word keys shared over many names equal the definition, in
    /// whatever order the names come (a word first met alone, then in a name, and the other
    /// way round; canonically equivalent spellings, which a `String`-keyed memo would mix up).
    @Test func nameKeyWithWordMemoEqualsItsDefinition() {
        let names = allNames()
        let equivalent = ["\u{D55C}\u{AD6D} \u{C11C}\u{C6B8}", "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8} \u{C11C}\u{C6B8}",
                          "e\u{0301}cole Tô", "école To\u{0302}", "Ω Ohm", "\u{2126} Ohm"]
        for order in [names + equivalent, (names + equivalent).reversed()] {
            var memo: [[UInt8]: String] = [:]
            for name in order {
                #expect(EntityNameKey.key(name, memo: &memo) == EntityNameKey.referenceKey(name), "\(name)")
                #expect(Array(EntityNameKey.key(name, memo: &memo).utf8) == Array(EntityNameKey.referenceKey(name).utf8), "\(name)")
            }
        }
    }

    /// The name token built from the folded bytes is the one built from `String` words, and
    /// the `names` column text of a name is that token and the name folded.
    @Test func nameTokenFromBytesEqualsItsDefinition() {
        for name in allNames() + ["a  b", " x ", "--", "A·B", "e\u{0301}"] {
            let token = SearchFolding.nameToken(name)
            #expect(Array(token.utf8) == Array(SearchFolding.referenceNameToken(name).utf8), "\(name)")
            let expected = token.isEmpty ? "" : token + " " + SearchFolding.fold(name)
            #expect(Array(PreparedArticle.namesText(name).utf8) == Array(expected.utf8), "\(name)")
        }
    }

    /// Splitting by scalars gives the words a split by `Character` gives, or declines: white
    /// space of every kind, marks and joiners after a space, a Prepend scalar before one, CR LF.
    @Test func scalarSplitEqualsCharacterSplit() {
        let spaces: [Unicode.Scalar] = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2003}",
                                        "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}"]
        let others: [String] = ["a", "Ж", "ب", "王", "\u{0301}", "\u{200D}", "\u{200C}", "\u{093F}", "\u{0E33}", "\u{1F3FB}",
                                "\u{0600}", "\u{110BD}", "\u{FE0F}", "\u{0654}", "\r", "\n", "\u{1100}", "\u{1161}", "🇫", "😀", ""]
        var texts: [String] = []
        for s in spaces {
            let sp = String(Character(s))
            for a in others {
                for b in others {
                    texts += [a + sp + b, sp + a + sp + sp + b + sp, "x" + a + sp + b + "y", a + b + sp]
                }
            }
        }
        texts += ["\r\n", "a\r\nb", " \u{0301}a", "\u{0600} a", "a \u{200D}b", "Tom\u{00A0}Smith", "习近平 李强"]
        var declined = 0
        for text in texts {
            let byCharacters = text.split(whereSeparator: \.isWhitespace).map { Array($0.utf8) }
            if let byScalars = EntityNameKey.splitByScalars(text[...], isSeparator: { $0.properties.isWhitespace }) {
                #expect(byScalars.map { Array($0.utf8) } == byCharacters, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            } else {
                declined += 1
            }
            let spaced = text.split(separator: " ").map { Array($0.utf8) }
            if let byScalars = EntityNameKey.splitByScalars(text[...], isSeparator: { $0 == " " }) {
                #expect(byScalars.map { Array($0.utf8) } == spaced, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
        // Plain words are split by scalars; only the odd cases decline.
        #expect(declined < texts.count / 2)
        #expect(EntityNameKey.splitByScalars("Tô Lâm"[...], isSeparator: { $0.properties.isWhitespace }) != nil)
    }

    /// `clean`'s ASCII path keeps what the scalar properties keep, for every ASCII byte in context.
    @Test func asciiCleanEqualsProperties() {
        for b in UInt8(0)..<0x80 {
            let c = String(UnicodeScalar(b))
            for text in [c, "a" + c + "b", c + c + "9", " " + c, "Z" + c] {
                #expect(EntityNameKey.clean(Substring(text)) == EntityNameKey.cleanByProperties(Substring(text)), "\(b)")
            }
        }
    }

}

@Suite struct TransliterationTests {
    /// A reused ICU transliterator gives what `applyingTransform` gives (which opens one per call).
    @Test func transliterationEqualsFoundation() {
        let texts = allNames() + ["", "Москва и Санкт-Петербург, 2024 г.", String(repeating: "Щ", count: 500),
                                  String(repeating: "中华人民共和国", count: 100)]
        for id in ["Russian-Latin/BGN", "Han-Latin", "Latin-ASCII"] {
            for text in texts {
                #expect(Transliteration.apply(id, to: text) == text.applyingTransform(StringTransform(id), reverse: false),
                        "\(id) \(text)")
            }
        }
    }

    /// From several threads at once (each call takes its own transliterator).
    @Test func transliterationFromThreads() {
        let texts = allNames()
        let expected = texts.map { $0.applyingTransform(StringTransform("Russian-Latin/BGN"), reverse: false) }
        let box = ConcurrentSlots<Bool>(count: 4, empty: false)
        DispatchQueue.concurrentPerform(iterations: 4) { k in
            var ok = true
            for (i, t) in texts.enumerated() where i % 4 == k || k == 0 {
                if Transliteration.apply("Russian-Latin/BGN", to: t) != expected[i] { ok = false }
            }
            box.set(k, ok)
        }
        #expect(box.values.allSatisfy { $0 })
    }

    /// A copy of a compiled transliterator (what a second thread gets) transliterates as the
    /// original does; a transform compiled ahead (`prewarm`) while threads ask for it answers
    /// each of them as Foundation does.
    @Test func copiedAndPrewarmedTransliteratorsEqualFoundation() throws {
        #if canImport(_FoundationICU)
        let samples = allNames() + ["中华人民共和国主席习近平", "Москва, 2024 г."]
        for id in ["Russian-Latin/BGN", "Han-Latin"] {
            let original = try #require(Transliteration.Transliterator(id))
            let copy = try #require(original.copy())
            for text in samples { #expect(copy.apply(text) == original.apply(text), "\(id) \(text)") }
        }
        #endif
        Transliteration.prewarm("Han-Latin")
        let expected = hanLatinExpectations()
        let box = ConcurrentSlots<Bool>(count: 4, empty: false)
        DispatchQueue.concurrentPerform(iterations: 4) { k in
            box.set(k, expected.allSatisfy { Transliteration.apply("Han-Latin", to: $0.text) == $0.latin })
        }
        #expect(box.values.allSatisfy { $0 })
    }

    /// Russian-Latin/BGN word by word (each distinct word once, `applyByWord`) as over the
    /// whole name: every letter ending a word before every letter starting the next (BGN's
    /// word-initial е/ё, the signs and й at a word's end, upper and lower case), initials,
    /// hyphens, several spaces, Latin and digits among the words, and the names of the
    /// knowledge base, twice (the second time from the memo).
    @Test func russianByWordEqualsWholeName() {
        let letters = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ".map(String.init)
        let all = letters + letters.map { $0.lowercased() }
        var texts = ["Анна Егорова", "А. Е. Ёлкин", "Петров-Водкин  Ефим", " Ель ", "ООО Газпром Energy 2", "ЁЛКИН ЕГОР ЪЕ",
                     "Ы Э Ю Я", "Сергей  Ильич ", "Tô Lâm Иван", "йе ье ъе ыа", "e\u{0301} Ёж"]
        for end in all {
            for start in all {
                texts.append("Д" + end + " " + start + "а")
                texts.append(end + " " + start)
            }
        }
        texts += allNames().filter { $0.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } }
        for _ in 0..<2 {
            for text in texts {
                #expect(Transliteration.applyByWord("Russian-Latin/BGN", to: text) == Transliteration.apply("Russian-Latin/BGN", to: text),
                        "\(text)")
            }
        }
    }

    /// `Han-Latin` of pure CJK Unified Ideograph text from per-character readings
    /// (`hanLatinByCharacter`) as ICU reads the whole text: every character of the block,
    /// each between two others, the characters ICU reads by their neighbour (藏文, 重庆,
    /// 沈阳, 秘鲁: left to ICU), and texts the fast path must leave to ICU.
    @Test func hanLatinByCharacterEqualsWholeText() {
        let block = (0x4E00...0x9FFF).compactMap { Unicode.Scalar($0).map { String($0) } }
        var texts: [String] = []
        for (i, c) in block.enumerated() {
            texts.append(block[(i &* 7919 &+ 13) % block.count] + c + block[(i &* 104_729 &+ 1) % block.count])
        }
        texts += ["藏文", "西藏", "藏语", "重庆", "重要", "沈阳", "沈", "秘鲁", "秘书", "王建国", "习近平", "中华人民共和国",
                  "卢卡申科", "々", "中国人民银行", "李·强", "王 强", "Li 强", "中国2024", "丂"]
        var differences = 0
        for text in texts where Transliteration.apply("Han-Latin", to: text) != Transliteration.applyWhole("Han-Latin", to: text) {
            differences += 1
            if differences < 10 { Issue.record("Han-Latin by character differs for \(text)") }
        }
        #expect(differences == 0)
        #expect(Transliteration.hanLatinByCharacter("李·强") == nil && Transliteration.hanLatinByCharacter("Li 强") == nil)
        #expect(Transliteration.hanLatinByCharacter("王建国") == "wáng jiàn guó")
        #expect(Transliteration.hanLatinByCharacter("重庆") == "chóng qìng" && Transliteration.hanLatinByCharacter("重要") == "zhòng yào")
    }

    /// The readings table (`HanReadings`, a resource) is what ICU reads each character as,
    /// and the characters read by their neighbour read as ICU reads them before every
    /// character of the block (and at the text's end).
    @Test func hanReadingsTableEqualsICU() throws {
        let table = try #require(HanReadings.shared)
        let url = try #require(EntityResources.url("han-latin.txt"))
        let stored = try #require(FileManager.default.contents(atPath: url.path))
        #expect(String(decoding: stored, as: UTF8.self) == HanReadings.tableText())
        for (c, _, _) in HanReadings.contextual {
            let char = String(Unicode.Scalar(c)!)
            #expect(table.reading(c) == Transliteration.applyWhole("Han-Latin", to: char))
            for v in stride(from: HanReadings.first, through: HanReadings.last, by: 1)
            where v % 97 == c % 97 || HanReadings.contextual.contains(where: { $0.1.contains(v) }) {
                let next = String(Unicode.Scalar(v)!)
                let expected = Transliteration.applyWhole("Han-Latin", to: char + next)
                #expect(table.reading(c, before: v) + " " + table.reading(v) == expected, "\(char)\(next)")
            }
        }
        #expect(HanReadings(bytes: Array("a\nb\n".utf8)) == nil)
    }

    /// The index compiles ICU's Han rules ahead only for names the table cannot read.
    @Test func hanNamesNeedingICU() {
        #expect(!Transliteration.hanNameNeedsICU("王建国") && !Transliteration.hanNameNeedsICU("伊戈尔·谢尔盖耶夫"))
        #expect(Transliteration.hanNameNeedsICU("李 强") && Transliteration.hanNameNeedsICU("中国2024")
                && Transliteration.hanNameNeedsICU("\u{3400}人"))
    }

    private func hanLatinExpectations() -> [(text: String, latin: String?)] {
        (allNames() + ["中华人民共和国主席习近平"]).map { ($0, $0.applyingTransform(StringTransform("Han-Latin"), reverse: false)) }
    }

    /// `latinSkeleton` through the reused transliterators, as through Foundation.
    @Test func latinSkeletonEqualsFoundation() {
        for name in allNames() {
            var t = name
            if name.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }),
               let r = t.applyingTransform(StringTransform("Russian-Latin/BGN"), reverse: false) { t = r }
            if name.unicodeScalars.contains(where: TextFolding.isHan),
               let r = t.applyingTransform(StringTransform("Han-Latin"), reverse: false) { t = r }
            #expect(TextFolding.latinSkeleton(name) == TextFolding.key(t), "\(name)")
        }
    }
}

@Suite struct LinkerVariantFastPathTests {
    /// The skeleton's letter runs over ASCII bytes (`asciiLetterRuns`) as the Character split
    /// gives them: every ASCII byte between letters and at both ends, CR LF, and skeletons of
    /// names in every script; nil for non-ASCII text.
    @Test func asciiLetterRunsEqualCharacterSplit() {
        func bySplit(_ t: String) -> [String] { t.split(whereSeparator: { !$0.isLetter }).map(String.init) }
        var texts = ["", "a", "ab cd", "  x  ", "a\r\nb", "\r\n", "al-Assad", "O'Brien", "G7", "x1y", "A.B.C.", "Zz@[`{"]
        for b in UInt8(0)..<0x80 {
            let c = String(UnicodeScalar(b))
            texts += [c, "a" + c + "b", c + "Z" + c, "ab" + c + c + "cd"]
        }
        texts += allNames().map(TextFolding.latinSkeleton)
        for t in texts where t.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(EntityLinker.asciiLetterRuns(t) == bySplit(t), "\(t.debugDescription)")
        }
        #expect(EntityLinker.asciiLetterRuns("é a") == nil && EntityLinker.asciiLetterRuns("中") == nil)
    }

    /// A non-ASCII word without a Latin letter skips Foundation's rewrites: the same word comes out.
    @Test func nonLatinWordsEqualFoundation() {
        var words: [String] = ["لوكاشينكو", "Αθήνα", "ΑΘΗΝΑ", "서울", "मोदी", "กรุงเทพ", "東京", "\u{212A}", "\u{212A}ab",
                               "ﬁnance", "e\u{0301}", "é", "Ⅻ", "ß", "ǅ", "İ", "x\u{0301}", "ʹ", "\u{0301}e", "o\u{0308}u",
                               "Straße", "Łódź", "sergueïenko", "ye\u{0301}", "ΣΟΦΙΑ", "ОЛЕГ", "ä", "ı"]
        for name in allNames() {
            words += name.split(whereSeparator: { !$0.isLetter }).map(String.init)
        }
        for w in words where !w.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(EntityLinker.normalizeVariant(w) == EntityLinker.normalizeVariantFoundation(w), "\(w)")
        }
    }
}

@Suite struct PreparedAliasPairTests {
    /// The pairs a worker sends (ids of interned keys and names) are exactly those a set of
    /// (key, name) strings finds new, article after article: repeats, aliases shared by two
    /// names, forms with the same key, canonically equivalent spellings.
    @Test func pairsSentEqualStringPairSet() {
        let forms = ["Vladimir Putin", "Putin", "PUTIN", "Путин", "Tô Lâm", "To\u{0302} La\u{0302}m", "Lâm", "لوكاشينكو",
                     "ولوكاشينكو", "A. Lukashenko", "Lukashenko", "习近平", "Xi", "~", "", "G7"]
        var articles: [Article] = []
        for i in 0..<60 {
            var entities: [ArticleEntity] = []
            for j in 0..<(1 + i % 4) {
                let name = forms[(i * 7 + j * 3) % forms.count]
                let aliases = (0..<(i + j) % 4).map { forms[(i + j * 5 + $0 * 11) % forms.count] }
                entities.append(ArticleEntity(name: name, type: j % 2 == 0 ? .person : .organization, aliases: aliases))
            }
            articles.append(Article(id: "a\(i)", file: "f\(i)", title: "t", body: "b", raw: "b", entities: entities))
        }
        var cache = PreparedArticle.NameCache()
        var seen = Set<PreparedArticle.AliasPair>()
        for article in articles {
            let sent = PreparedArticle(article, cache: &cache).aliases
            var expected: [(String, String)] = []
            for e in article.entities {
                for form in [e.name] + e.aliases {
                    let key = EntityNameKey.key(form)
                    if !key.isEmpty, seen.insert(PreparedArticle.AliasPair(folded: key, name: e.name)).inserted {
                        expected.append((key, e.name))
                    }
                }
            }
            #expect(sent.map { $0.folded } == expected.map { $0.0 })
            #expect(sent.map { $0.name } == expected.map { $0.1 })
        }
    }

    /// The worker's memo, keyed by bytes, answers what its store answers: both spellings of a
    /// name (composed, decomposed) get the store's one entry, whichever came first, and a
    /// repeated look-up the same ids.
    @Test func byteKeyedMemoGivesTheStoresAnswers() {
        let store = NameKeyStore()
        var cache = PreparedArticle.NameCache(store: store)
        let composed = cache.keyed("Nguyễn Văn An")
        let decomposed = cache.keyed("Nguye\u{0302}\u{0303}n Va\u{0306}n An")
        #expect(decomposed.formID == composed.formID && decomposed.keyID == composed.keyID && decomposed.key == composed.key)
        #expect(cache.keyed("Nguyễn Văn An").formID == composed.formID)
        for name in sampleNames {
            let k = cache.keyed(name)
            let s = store.keyed(name)
            #expect(k.key == s.key && k.keyID == s.keyID && k.formID == s.formID, "\(name)")
            #expect(cache.keyed(name).formID == k.formID)
        }
        typealias Key = PreparedArticle.NameCache.UTF8Key
        #expect(Key("Tô Lâm") == Key("Tô Lâm") && Key("Tô Lâm") != Key("To\u{0302} La\u{0302}m"))
        #expect(Set([Key("a"), Key("a"), Key("b")]).count == 2)
    }

    /// The store's ids: one form id per distinct form (by `String` equality) in the order
    /// first keyed, one key id per distinct key, the same answer at every look-up, and
    /// no ids past its limit (though a form it holds keeps its own).
    @Test func nameKeyStoreIdsAreDistinctPerFormAndKey() {
        let store = NameKeyStore()
        let forms = ["Putin", "PUTIN", "Путин", "Tô Lâm", "To\u{0302} La\u{0302}m", "Lâm", "~", "G7", "Putin"]
        var byKey: [String: Int32] = [:]
        var formIDs: [String: Int32] = [:]
        for form in forms {
            let k = store.keyed(form)
            #expect(k.key == EntityNameKey.key(form))
            if let id = byKey[k.key] { #expect(k.keyID == id) } else { #expect(!byKey.values.contains(k.keyID)); byKey[k.key] = k.keyID }
            if let id = formIDs[form] { #expect(k.formID == id) } else { #expect(k.formID == Int32(formIDs.count)); formIDs[form] = k.formID }
            let again = store.keyed(form)
            #expect(again.key == k.key && again.keyID == k.keyID && again.formID == k.formID)
        }
        let small = NameKeyStore(limit: 2)
        let a = small.keyed("a"), b = small.keyed("b"), c = small.keyed("c")
        #expect(a.formID == 0 && b.formID == 1 && c.formID == -1 && c.keyID == -1 && c.key == "c")
        #expect(small.keyed("a").formID == 0)
    }

    /// The `entity_names` and `names` columns, built from the cache's per-form texts, are
    /// what a set of the article's names and `foldNames` give: repeated names, a name with a
    /// tab, canonically equivalent spellings (one name for a set of strings), names with no
    /// word, one cache over many articles.
    @Test func nameColumnsEqualPlainComputation() {
        let forms = ["Tô Lâm", "To\u{0302} La\u{0302}m", "Putin", "Путин", "Putin\tV.", "习近平", "لوكاشينكو",
                     "~", "", "G7", "Xi", "Tô Lâm"]
        var cache = PreparedArticle.NameCache()
        for i in 0..<50 {
            let entities = (0..<(1 + i % 6)).map { j in
                ArticleEntity(name: forms[(i * 5 + j * 7) % forms.count], type: j % 3 == 0 ? .place : .person,
                              aliases: [forms[(i + j) % forms.count]])
            }
            let article = Article(id: "a\(i)", file: "f\(i)", title: "t", body: "b", raw: "b", entities: entities)
            let prepared = PreparedArticle(article, cache: &cache)
            var names: [String] = []
            var seen = Set<String>()
            for e in entities where seen.insert(e.name).inserted { names.append(e.name) }
            let entityNames = names.map(EntityCoding.clean).joined(separator: "\u{1F}")
            #expect(prepared.entityNames == entityNames)
            #expect(prepared.foldedNames == PreparedArticle.foldNames(entityNames))
        }
    }
}
