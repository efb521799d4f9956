import Foundation

/// Discovery patterns for Russian, Chinese and Arabic found on articles nobody tuned on
/// (scripts/entity-unseen/holdout6): each rule is its own function, hooked into the passes of
/// `NameFinder+Discovery.swift` and `NameFinder+ArabicHan.swift` by one call.
extension NameFinder {
    // MARK: Chinese forums and summits

    /// Suffixes of recurring meetings that wire copy names like organizations ("中国—东盟博览会",
    /// "澜湄合作论坛", "柬中经贸合作峰会"); none is an organization suffix of `hanOrgSuffixCharacters`.
    static let hanForumSuffixCodes: [[UInt32]] = ["论坛", "峰会", "博览会", "研讨会", "洽谈会", "交易会"].map(hanCodes)
    static let hanForumSuffixStartSet = HanCharSet("论峰博研洽交")
    static let hanOfCode = hanCode("的")
    /// Characters a forum's name does not run left over besides `hanOrgLeftStopSet`: the ordinal's
    /// 届 ("第三届中老经济走廊合作论坛": the name starts after it) and 次.
    static let hanForumLeftStops = HanCharSet("届次")
    /// Dashes that join two countries inside a forum's name ("中国—阿塞拜疆经贸论坛").
    static let hanForumDashes: Set<String> = ["—", "-", "–", "－", "―"]

    /// Forums and summits by their suffix: the name runs left from 论坛/峰会 over name characters
    /// (countries inside, "中老", "中国—阿塞拜疆") to a function word, a verb of the sentence, a
    /// title, a person or an ordinal (第N届), and over a dash to the country before it. At least three
    /// characters must precede the suffix ("出席论坛", "论坛期间", "举行的投资论坛" are no names).
    mutating func discoverHanForums() {
        for index in tokens.indices where tokens[index].script == .han && tokens[index].end - tokens[index].start >= 4 {
            let t = tokens[index]
            // Most runs hold no forum suffix: one scan of the scalars before any array is built.
            guard t.text.unicodeScalars.contains(where: { Self.hanForumSuffixStartSet.contains(Self.hanCode($0)) }) else { continue }
            let scalars = Array(t.text.unicodeScalars)
            let chars = scalars.map(Self.hanCode)
            var p = 2
            while p + 1 < chars.count {
                guard let suffix = Self.hanForumSuffixCodes.first(where: { Self.hanMatches(chars, $0, at: p) }) else { p += 1; continue }
                let end = p + suffix.count
                let people = mentions.filter { $0.type == .person && $0.start < t.end && $0.end > t.start }
                    .map { ($0.start - t.start)..<($0.end - t.start) }
                func leftStart(_ codes: [UInt32], from e: Int, people: [Range<Int>]) -> Int {
                    var s = e
                    while s > 0, e - s < 14 {
                        let c = codes[s - 1]
                        if Self.hanOrgLeftStopSet.contains(c) && !Self.hanEconomyWord(codes, at: s - 1) || Self.hanForumLeftStops.contains(c) { break }
                        if people.contains(where: { $0.contains(s - 1) }) { break }
                        if s >= 2, Self.hanVerbPairs.contains(UInt64(codes[s - 2]) << 32 | UInt64(codes[s - 1])) { break }
                        if Self.hanTitleCodes.contains(where: { tc in tc.count >= 2 && s >= tc.count && Self.hanMatches(codes, tc, at: s - tc.count) }) { break }
                        s -= 1
                    }
                    return s
                }
                let start = leftStart(chars, from: p, people: people)
                // "举行的投资论坛", "一个经贸论坛": a field word alone before the suffix describes a forum; a
                // name has three characters or more (four after 的), or runs over a dash to a country.
                let dashJoined = start == 0 && index >= 2 && Self.hanForumDashes.contains(tokens[index - 1].text)
                let minimum = start > 0 && chars[start - 1] == Self.hanOfCode ? 4 : 3
                guard p - start >= 2, p - start >= minimum || dashJoined else { p = end; continue }
                var m = Mention(surface: Self.hanString(scalars, start, end), start: t.start + start, end: t.start + end,
                                type: .organization, evidence: .cue, words: [])
                // "中国—阿塞拜疆经贸论坛": the name continues over a dash to the country run before it.
                if start == 0, index >= 2, Self.hanForumDashes.contains(tokens[index - 1].text), !tokens[index - 1].spaceBefore,
                   !t.spaceBefore, tokens[index - 2].script == .han {
                    let prev = tokens[index - 2]
                    let ps = Array(prev.text.unicodeScalars)
                    let pc = ps.map(Self.hanCode)
                    let s = leftStart(pc, from: pc.count, people: [])
                    if pc.count - s >= 2 {
                        m.surface = Self.hanString(ps, s, pc.count) + tokens[index - 1].text + m.surface
                        m.start = prev.start + s
                    }
                }
                m.words = [m.surface]
                mentions.append(m)
                p = end
            }
        }
    }
}

extension NameFinder {
    /// 与/和 at `c` joins two words of one organization's name when two to four name characters
    /// separate it from a one-character suffix ("公共工程与运输部", "出口与投资促进局") and the two
    /// characters before it are name characters too (not "了与农业部", "签署与…"). (Two characters
    /// before a longer suffix are the older rule: "投资与发展银行".)
    static func hanConjunctionInsideName(_ chars: [UInt32], at c: Int, suffixAt p: Int) -> Bool {
        guard c >= 2, chars[c] == hanAndCode || chars[c] == hanWithCode, (3...5).contains(p - c) else { return false }
        for k in (c - 2)..<c where hanOrgLeftStopSet.contains(chars[k]) || hanForumLeftStops.contains(chars[k]) { return false }
        return !hanVerbPairs.contains(UInt64(chars[c - 2]) << 32 | UInt64(chars[c - 1]))
    }
}

extension NameFinder {
    static let hanJingCode = hanCode("经")
    static let hanEconomySecond = HanCharSet("济贸")
    /// 经 at `k` starts 经济 (economy) or 经贸 (trade), words of a name ("阿塞拜疆经济部", "经贸合作论坛"),
    /// not the preposition 经 (via) that ends an organization's name on its left.
    static func hanEconomyWord(_ chars: [UInt32], at k: Int) -> Bool {
        k + 1 < chars.count && chars[k] == hanJingCode && hanEconomySecond.contains(chars[k + 1])
    }
}

// MARK: Arabic places and organizations

extension NameFinder {
    /// A place's own name after an indefinite place head ("مدينة وهران", "بولاية تبسة", "مدينة صلالة"),
    /// where `looksLikeArabicName` refuses it: a name may start with و ف ب ل ك (وهران, بندر) when it has
    /// four letters or more, and end in ة (تبسة, صلالة) when it has four or more and is no nisba
    /// adjective in ية ("منطقة صناعية", "مدينة ساحلية"). Pronoun and plural endings still refuse it.
    static func looksLikeArabicPlaceName(_ word: String) -> Bool {
        let letters = Array(word)
        guard letters.count >= 4, let first = letters.first, let last = letters.last else { return false }
        // ("ميناء بندر عباس", "ولاية لاغوس": a name may open with ب ل ك, but "ميناء بحري", "مدينة بعيدة" are adjectives.)
        if "بلك".contains(first), last == "ة" || last == "ي" || PlainText.hasPrefix(word, "بال") || PlainText.hasPrefix(word, "لل") || PlainText.hasPrefix(word, "كال") { return false }
        if PlainText.hasSuffix(word, "ها") || PlainText.hasSuffix(word, "هم") || PlainText.hasSuffix(word, "ات") || last == "ه" { return false }
        if last == "ة" { return letters[letters.count - 2] != "ي" }
        return true
    }

    /// A second word of a place's name after its head ("مدينة دير داوا", "ميناء بندر عباس"): not a
    /// word of three letters or fewer, mostly a noun of the sentence ("مدينة أسوان سبل رفع …").
    static func mayBeSecondPlaceWord(_ key: String) -> Bool { PlainText.count(key) > 3 }

    /// An organization head in the construct state with a coordinated indefinite field and its
    /// owner: "غرفة تجارة وصناعة عمان" (chamber of commerce and industry of Oman), "هيئة تنمية
    /// وتطوير الصعيد". From `i` (the head, without the article) the name runs over one indefinite
    /// noun, any "و" + indefinite nouns, and must end on a country or a definite word (included).
    /// Returns the end, or nil when the words after the head are no such name.
    func arabicConstructOrganizationEnd(_ i: Int) -> Int? {
        guard !PlainText.hasPrefix(tokens[i].key, "ال"), !PlainText.hasPrefix(tokens[i].key, "وال") else { return nil }
        func plain(_ k: Int) -> Bool {
            k < tokens.count && tokens[k].script == .arabic && tokens[k].kind == .word && tokens[k].spaceBefore && !covered[k]
                && !isCountry[k] && !PlainText.hasPrefix(tokens[k].key, "ال") && !PlainText.hasPrefix(tokens[k].key, "لل")
                && !Self.arabicStop.contains(tokens[k].key) && !Self.arabicTimeWords.contains(tokens[k].key)
                && PlainText.count(tokens[k].key) >= 3 && !arabicFlags(k).contains(.speechVerb)
        }
        var j = i + 1
        guard plain(j), !"وفبل".unicodeScalars.contains(tokens[j].key.unicodeScalars.first!) else { return nil }
        j += 1
        var coordinated = false
        while plain(j), tokens[j].key.unicodeScalars.first == "و", PlainText.count(tokens[j].key) >= 4 { j += 1; coordinated = true }
        guard coordinated, j < tokens.count, tokens[j].script == .arabic, tokens[j].spaceBefore,
              isCountry[j] || isArabicDefinite(j) && !Self.arabicStop.contains(tokens[j].key) else { return nil }
        return j + 1
    }

    /// After a company's definite name, "ل" + an indefinite noun + its definite or country
    /// complement is still the name: "الشركة القابضة لكهرباء مصر", "الشركة السودانية لنقل الكهرباء"
    /// (the "لل" form, "للطرق", is read by `discoverArabic`). Returns the new end, or `j` unchanged.
    func arabicCompanyPurposeEnd(_ i: Int, _ j: Int) -> Int {
        guard j > i + 1, j + 1 < tokens.count, arabicFlags(i).contains(.companyHead), PlainText.hasPrefix(tokens[i].key, "ال")
                || PlainText.hasPrefix(tokens[i].key, "وال"),
              tokens[j].script == .arabic, tokens[j].kind == .word, tokens[j].spaceBefore, !covered[j], !isCountry[j],
              tokens[j].key.unicodeScalars.first == "ل", !PlainText.hasPrefix(tokens[j].key, "لل"), PlainText.count(tokens[j].key) >= 4,
              !Self.arabicStop.contains(tokens[j].key),
              tokens[j + 1].script == .arabic, tokens[j + 1].kind == .word, tokens[j + 1].spaceBefore,
              isCountry[j + 1] || isArabicDefinite(j + 1) && !Self.arabicStop.contains(tokens[j + 1].key) && !Self.arabicTimeWords.contains(tokens[j + 1].key)
        else { return j }
        return j + 2
    }

    /// "وشركة مناجم الجزائر", "بولاية تبسة": a head with a one-letter clitic (و ف ب ل) and no article
    /// is shown and highlighted without it ("شركة مناجم الجزائر"); the written form stays an alias.
    func withoutHeadClitic(_ m: Mention, head i: Int) -> Mention {
        let text = tokens[i].text
        guard let first = text.unicodeScalars.first, "وفبل".unicodeScalars.contains(first), !PlainText.hasPrefix(tokens[i].key, "ال"),
              !PlainText.hasPrefix(tokens[i].key, "وال"), !PlainText.hasPrefix(tokens[i].key, "بال"), !PlainText.hasPrefix(tokens[i].key, "لل"),
              text.unicodeScalars.count >= 4 else { return m }
        let rest = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst()))
        let restKey = TextFolding.key(rest)
        guard Self.arabicOrgHeads.contains(restKey) || Self.arabicPlaceHeads.contains(restKey) || restKey == "ميناء" else { return m }
        var out = m
        out.variants.append(m.surface)
        out.surface = String(m.surface.unicodeScalars.dropFirst().map(Character.init))
        out.start += first.utf16.count
        if !out.words.isEmpty { out.words[0] = restKey }
        return out
    }

    /// "في الخرطوم وبورتسودان": a name joined by "و" to a place just found is a place too, when it
    /// has four letters or more, no article, looks like a transliterated name and is no verb
    /// ("وتعمل", "ويأتي": a short word opening in ي ت ن أ) and no title or head noun.
    mutating func discoverArabicCoordinatedPlaces() {
        let places = mentions.filter { $0.type == .place }
        guard !places.isEmpty else { return }
        let ends = Set(places.map(\.end))
        for k in 1..<max(1, tokens.count) where tokens[k].script == .arabic && tokens[k].kind == .word && ends.contains(tokens[k - 1].end) {
            guard tokens[k].spaceBefore, !covered[k], !isCountry[k], tokens[k].key.unicodeScalars.first == "و",
                  !PlainText.hasPrefix(tokens[k].key, "وال"), !mentions.contains(where: { $0.start <= tokens[k].start && $0.end > tokens[k].start }) else { continue }
            let rest = String(String.UnicodeScalarView(tokens[k].text.unicodeScalars.dropFirst()))
            let letters = Array(rest)
            guard letters.count >= 4, Self.looksLikeTitledArabicName(rest), !PlainText.hasPrefix(rest, "بال"), !PlainText.hasPrefix(rest, "لل"), !PlainText.hasSuffix(rest, "ون"), !PlainText.hasSuffix(rest, "ين"),
                  !PlainText.hasSuffix(rest, "وا"), !(letters.count <= 5 && "يتنأا".contains(letters[0])) else { continue }
            let restKey = TextFolding.key(rest)
            guard !Self.arabicStop.contains(restKey), !Self.arabicTimeWords.contains(restKey), !Self.arabicOrgHeads.contains(restKey),
                  !Self.arabicPlaceHeads.contains(restKey), !Self.arabicTitleHeads.contains(restKey), !Self.arabicComplementTitles.contains(restKey),
                  !arabicFlags(k).contains(.speechVerb) else { continue }
            // ("في الخرطوم وبورتسودان الجديدة": a definite word after it makes it a phrase of the sentence.)
            if k + 1 < tokens.count, tokens[k + 1].script == .arabic, isArabicDefinite(k + 1) { continue }
            var m = Mention(surface: rest, start: tokens[k].start + 1, end: tokens[k].end, type: .place, evidence: .cue, words: [restKey])
            // "بين ولاية خصب وبندر عباس.": a second plain word that something closes is the name's.
            // ("وبورتسودان بتمويل": not a word with a clitic.)
            if arabicPlainNameWord(k + 1), Self.looksLikeArabicName(tokens[k + 1].text), arabicNameClosesBefore(k + 2) {
                m.surface = rest + " " + tokens[k + 1].text
                m.end = tokens[k + 1].end
                m.words.append(tokens[k + 1].key)
            }
            // The same place named before with its head ("ميناء بندر عباس … وبندر عباس"): one entity.
            let n = m.words.count
            if let named = places.first(where: { $0.words.count > n && Array($0.words.suffix(n)) == m.words && Self.arabicPlaceHeads.contains($0.words[0]) }) {
                m.words = named.words
            }
            m.placeContext = true
            mentions.append(m)
        }
    }
}

// MARK: Arabic names after titles

extension NameFinder {
    /// A coordinated indefinite field inside a title's complement: "وزير التجارة والصناعة وترويج
    /// الاستثمار", "وزيرة الطرق وبناء المدن": "و" + a noun without the article, then a definite
    /// word or a country ("… وصناعة عمان").
    func arabicCoordinatedField(_ j: Int) -> Bool {
        guard j + 1 < tokens.count, tokens[j].key.unicodeScalars.first == "و", !PlainText.hasPrefix(tokens[j].key, "وال"),
              PlainText.count(tokens[j].key) >= 4, !Self.arabicStop.contains(tokens[j].key), !arabicFlags(j).contains(.speechVerb),
              !tokens[j].stems.contains(where: { Self.arabicTitleHeads.contains($0) || Self.arabicComplementTitles.contains($0) }),
              tokens[j + 1].script == .arabic, tokens[j + 1].kind == .word, tokens[j + 1].spaceBefore else { return false }
        return isCountry[j + 1] || isArabicDefinite(j + 1) && !Self.arabicStop.contains(tokens[j + 1].key)
    }

    /// Token `k` ends a name that precedes it: punctuation or the end, a preposition, a time word,
    /// a coordinated definite word, a verb of saying, or "و" + a title ("فاطمة … ووزير الطاقة",
    /// "… ونظيره").
    func arabicNameClosesBefore(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].script == .arabic else { return true }
        let key = tokens[k].key
        if Self.arabicStop.contains(key) || Self.arabicTimeWords.contains(key) || PlainText.hasPrefix(key, "وال") { return true }
        if arabicFlags(k).contains(.speechVerb) { return true }
        return key.unicodeScalars.first == "و" && tokens[k].stems.contains(where: { Self.arabicTitleHeads.contains($0) || Self.arabicComplementTitles.contains($0) })
    }

    /// Plain words that can be a name's after a title: no article, no preposition, a name's shape
    /// (or a compound in الله written as one word, "عبدالله", whose final ه is no pronoun).
    func arabicPlainNameWord(_ k: Int) -> Bool {
        k < tokens.count && tokens[k].script == .arabic && tokens[k].kind == .word && tokens[k].spaceBefore && !covered[k] && !isCountry[k]
            && !isArabicDefinite(k) && !Self.arabicStop.contains(tokens[k].key) && !Self.arabicTimeWords.contains(tokens[k].key)
            && !Self.arabicNameParticles.contains(tokens[k].key)
            && (Self.looksLikeTitledArabicName(tokens[k].text) || PlainText.hasSuffix(tokens[k].key, "الله") && PlainText.count(tokens[k].key) >= 6)   // عبدالله
            && !PlainText.hasPrefix(tokens[k].key, "بال") && !PlainText.hasPrefix(tokens[k].key, "لل")
            && !tokens[k].stems.contains(where: { Self.arabicOrgHeads.contains($0) || Self.arabicTitleHeads.contains($0) })
    }

    /// After a title: a name of two or three plain words that something closes ("كامل إدريس أن",
    /// "فاطمة ثابت شيبوب ووزير …"). Returns the name's end from `start`, or nil.
    func arabicPlainNameEnd(_ start: Int) -> Int? {
        guard arabicPlainNameWord(start + 1) else { return nil }
        if arabicNameClosesBefore(start + 2) { return start + 2 }
        if arabicPlainNameWord(start + 2), arabicNameClosesBefore(start + 3) { return start + 3 }
        return nil
    }

    /// After a particle ("قيس بن محمد اليوسف", "فيصل بن عبدالله الرواس"): the father's name, then the
    /// family name with its article. `k` is the word after the particle; returns the name's end, or nil.
    func arabicNameAfterParticleEnd(_ k: Int) -> Int? {
        guard k >= 1, Self.arabicNameParticles.contains(tokens[k - 1].key), arabicPlainNameWord(k), k + 1 < tokens.count,
              tokens[k + 1].script == .arabic, tokens[k + 1].kind == .word, tokens[k + 1].spaceBefore, !covered[k + 1],
              isArabicDefinite(k + 1), !Self.arabicStop.contains(tokens[k + 1].key), !Self.arabicTimeWords.contains(tokens[k + 1].key),
              !tokens[k + 1].stems.contains(where: { Self.arabicOrgHeads.contains($0) || Self.arabicTitleHeads.contains($0) || Self.arabicPlaceHeads.contains($0) })
        else { return nil }
        return k + 2
    }
}

extension NameFinder {
    /// After a feminine title ("وزيرة", "السيدة") a given name in ة may open with ف ("فاطمة", "فرزانة",
    /// "فوزية"), which `isFeminineGivenName` reads as a clitic: taken when a plain name word follows.
    func arabicFeminineNameStart(_ start: Int, afterTitle title: String) -> Bool {
        let word = tokens[start].text
        guard PlainText.hasSuffix(title, "ه"), PlainText.hasSuffix(word, "ة"), word.count >= 4, word.first == "ف",
              !PlainText.hasPrefix(tokens[start].key, "فال") else { return false }
        return arabicPlainNameWord(start + 1)
    }
}

extension NameFinder {
    /// A given name opening in ف before a name particle ("فيصل بن عبدالله", "فهد بن محمد"): the ف is the
    /// name's, not the clitic "then" (a clause does not go on with "بن").
    func arabicFaNameBeforeParticle(_ start: Int) -> Bool {
        guard start + 1 < tokens.count, tokens[start].text.first == "ف", !PlainText.hasPrefix(tokens[start].key, "فال"),
              PlainText.count(tokens[start].key) >= 3, ["بن", "ابن", "بنت"].contains(tokens[start + 1].key) else { return false }
        return !tokens[start].text.hasSuffix("ة") && !PlainText.hasSuffix(tokens[start].key, "ها")
    }
}

// MARK: Russian

extension NameFinder {
    /// Particles of Arabic names written in Russian: lowercase, joined to the next word by a hyphen
    /// ("Кайс аль-Юсеф", "Абдель Фаттах ас-Сиси") or standing alone before it ("Мухаммед бин Салман").
    static let russianArabicParticles = KeySet(["аль", "ал", "ад", "ас", "ан", "ат", "аш", "аз", "ар", "эль", "эд", "эс", "эн", "ибн", "бин", "бен", "абу", "абд"])
    static let russianStandaloneArabicParticles = KeySet(["ибн", "бин", "бен", "абу"])

    /// Token `j` is such a particle inside a name that started before it (a capitalized word just
    /// before): the end of the particle and its word, so the name runs over them; nil otherwise.
    func russianArabicParticleEnd(_ j: Int, from a: Int) -> Int? {
        guard j > a, j + 1 < tokens.count, tokens[j].script == .cyrillic, tokens[j].kind == .word, !tokens[j].capitalized,
              isCap(j - 1), Self.russianArabicParticles.contains(tokens[j].key) else { return nil }
        if tokens[j + 1].key == "-", !tokens[j + 1].spaceBefore, j + 2 < tokens.count, !tokens[j + 2].spaceBefore,
           tokens[j + 2].script == .cyrillic, tokens[j + 2].capitalized, !covered[j + 2] {
            return j + 3
        }
        if Self.russianStandaloneArabicParticles.contains(tokens[j].key), tokens[j + 1].script == .cyrillic, tokens[j + 1].capitalized,
           tokens[j + 1].spaceBefore, !covered[j + 1] {
            return j + 2
        }
        return nil
    }

    /// "Зерно из Винницкой области сейчас вывозят": lowercase words after a region's last keyword
    /// are the sentence's, not the place's (a name runs over lowercase words only before a capital:
    /// "район города Алматы"). Returns the span's new end.
    func russianPlaceEndTrimmed(_ a: Int, _ b: Int, lastKeyword: Int) -> Int {
        guard tokens[a].script == .cyrillic, lastKeyword + 1 < b,
              ((lastKeyword + 1)..<b).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].capitalized && tokens[$0].script == .cyrillic })
        else { return b }
        return lastKeyword + 1
    }

    /// A lone word that is the oblique case of a surname in "-а" seen in full earlier in the article:
    /// "По словам Кулебы" after "Алексей Кулеба", "по данным Жумабаевой" after "Айгуль Жумабаева"
    /// (genitive, dative, instrumental, prepositional: -ы -и -е -у -ой -ою). The mention becomes that
    /// person's, whatever type its shape suggested (a lone "-ой" word reads like an adjective).
    func linkRussianSurnameOblique(_ m: inout Mention, _ first: Token) {
        let key = first.key
        guard m.type != .place || m.evidence == .guess, PlainText.count(key) >= 5 else { return }
        for ending in ["ой", "ою", "ы", "и", "е", "у"] where PlainText.hasSuffix(key, ending) {
            let stem = String(key.dropLast(ending.count))
            let nominative = stem + "а"
            guard mentions.contains(where: { $0.type == .person && $0.words.count >= 2 && $0.words.last == nominative }) else { continue }
            m.type = .person
            m.evidence = .cue
            m.variants = [m.surface]
            m.surface = String(first.text.dropLast(ending.count)) + "а"
            m.words = [nominative]
            return
        }
    }
}

extension NameFinder {
    /// Feminine town names after "в" with no other case form in the article, where the masculine
    /// guess of `russianPlaceNominative` is wrong:
    /// - the accusative of a name in "-ка"/"-ва" ("в Ивановку" → "Ивановка", "в Варшаву" → "Варшава";
    ///   not "в Баку", whose "к" follows a vowel, nor "в Тарту");
    /// - the prepositional of "-рка" ("в Вапнярке" → "Вапнярка"; "в Нью-Йорке", "в Горке"… keep "-орк");
    /// - the prepositional of "-джа" ("в Гяндже" → "Гянджа": no Russian masculine ends in "-дж").
    static func russianFeminineAfterV(_ chars: [Character]) -> String? {
        let n = chars.count
        guard n >= 5 else { return nil }
        let (last, before, third) = (chars[n - 1], chars[n - 2], chars[n - 3])
        if last == "у", before == "к" || before == "в", !russianVowels.contains(third), before == "к" || !"оеёи".contains(third) {
            return String(chars.dropLast()) + "а"
        }
        if last == "е", before == "к", third == "р", chars[n - 4] != "о", !russianVowels.contains(third) {
            return String(chars.dropLast()) + "а"
        }
        if last == "е", before == "ж", third == "д" { return String(chars.dropLast()) + "а" }
        return nil
    }
}

// MARK: Chinese names and places

extension NameFinder {
    /// A known place or person inside a middle-dot name is a coincidence of characters: 阿克拉
    /// (Accra) in 阿克拉姆·泽伊纳利, 阿利耶夫 (Ilham Aliyev) in 埃尔努尔·阿利耶夫, another person
    /// with the same surname. The dotted name, read from both sides of the dot, wins; a known name
    /// that is the whole span ("弗拉基米尔·普京") stays.
    static func knownNameInsideDottedName(_ m: Mention, _ span: Range<Int>) -> Bool {
        m.known != nil && (m.type == .place || m.type == .person) && (m.start > span.lowerBound || m.end < span.upperBound)
    }

    /// A one-character given name after a title, ending its Han run before a middle dot and a
    /// transliterated surname: "省长索·普西迪" (Khmer and Lao names), which the name-length rule
    /// (two characters or more) refused.
    func hanOneCharacterGivenName(_ chars: [UInt32], _ s: Int, _ len: Int, _ index: Int) -> Bool {
        guard len == 1, s + 1 == chars.count, Self.hanTransliterationSet.contains(chars[s]), index + 2 < tokens.count,
              tokens[index + 1].text == "·", !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore, tokens[index + 2].script == .han else { return false }
        let next = tokens[index + 2].text.unicodeScalars.map(Self.hanCode)
        return next.count >= 2 && Self.hanTransliterationSet.contains(next[0]) && Self.hanTransliterationSet.contains(next[1])
    }

    static let hanPrefectureCodes = hanCodes("自治州")
    static let hanTownCodes = HanCharSet("镇乡")
    static let hanTownParents = HanCharSet("县市区旗")

    /// Places of China's lower levels that the suffix rules miss, told by the chain they sit in:
    /// an autonomous prefecture after its province ("云南省西双版纳傣族自治州", "四川省凉山彝族自治州":
    /// from the province's 省 or the run's start, four to eight characters), and a town or township
    /// after its county, city or district ("勐腊县磨憨镇", "桐乡市乌镇"… two or three characters).
    mutating func discoverHanPrefecturesAndTowns() {
        for index in tokens.indices where tokens[index].script == .han && tokens[index].end - tokens[index].start >= 4 {
            let t = tokens[index]
            // Only runs with 州, 镇 or 乡 can hold such a place (the found names are gathered after this test).
            guard t.text.unicodeScalars.contains(where: { Self.hanPrefectureOrTownSet.contains(Self.hanCode($0)) }) else { continue }
            let scalars = Array(t.text.unicodeScalars)
            let chars = scalars.map(Self.hanCode)
            let n = chars.count
            let taken = mentions.compactMap { m in m.start >= t.start && m.end <= t.end ? (m.start - t.start)..<(m.end - t.start) : nil }
            var added: [Range<Int>] = []
            func add(_ r: Range<Int>) {
                guard !taken.contains(where: { $0.overlaps(r) }), !added.contains(where: { $0.overlaps(r) }) else { return }
                let name = Self.hanString(scalars, r.lowerBound, r.upperBound)
                var m = Mention(surface: name, start: t.start + r.lowerBound, end: t.start + r.upperBound, type: .place, evidence: .cue, words: [name])
                m.placeContext = true
                mentions.append(m)
                added.append(r)
            }
            var p = 4
            while p + 3 <= n {
                if Self.hanMatches(chars, Self.hanPrefectureCodes, at: p) {
                    // Back to the province (省) or a stop; the prefecture's own part must not overlap a found name.
                    var s = p
                    while s > 0, p - s < 8, chars[s - 1] != Self.hanProvinceCode, !Self.hanOrgLeftStopSet.contains(chars[s - 1]) { s -= 1 }
                    if p - s >= 2, s == 0 || chars[s - 1] == Self.hanProvinceCode || Self.hanOrgLeftStopSet.contains(chars[s - 1]) {
                        add(s..<(p + 3))
                    }
                    p += 3
                    continue
                }
                p += 1
            }
            var q = 3
            while q < n {
                if Self.hanTownCodes.contains(chars[q]) {
                    for len in [2, 3] where q - len - 1 >= 0 && Self.hanTownParents.contains(chars[q - len - 1]) {
                        // The parent must be a found place's end ("勐腊县" found by its suffix).
                        let parentEnd = q - len
                        guard taken.contains(where: { $0.upperBound == parentEnd }) else { continue }
                        let r = (q - len)..<(q + 1)
                        if !(r.lowerBound..<q).contains(where: { Self.hanOrgLeftStopSet.contains(chars[$0]) || Self.hanPlaceLeftBoundSet.contains(chars[$0]) }),
                           !Self.hanNotPlaceStartSet.contains(chars[q - len]) {
                            add(r)
                            break
                        }
                    }
                }
                q += 1
            }
        }
    }
    static let hanProvinceCode = hanCode("省")
    static let hanPrefectureOrTownSet = HanCharSet("州镇乡")
}

extension NameFinder {
    /// Oblique endings of a Russian "-ский" adjective and their masculine nominative.
    static let russianSkiyEndings: [(String, String)] = [("ского", "ский"), ("скому", "ский"), ("ском", "ский"), ("ским", "ский"),
                                                          ("цкого", "цкий"), ("цкому", "цкий"), ("цком", "цкий"), ("цким", "цкий")]

    /// "в Могилёве-Подольском", "Каменец-Подольский", "Белгород-Днестровского": a known city joined by a
    /// hyphen to a capitalized "-ский" adjective is another town, named by both (the known city alone,
    /// Mogilev in Belarus, is not meant). The known mention and whatever discovery made of the adjective
    /// give way to one place, in the nominative when the adjective shows a masculine oblique case.
    mutating func joinRussianHyphenatedPlaces() {
        var k = 0
        while k + 2 < tokens.count {
            defer { k += 1 }
            guard tokens[k].script == .cyrillic, tokens[k].kind == .word, covered[k], tokens[k + 1].key == "-", !tokens[k + 1].spaceBefore,
                  !tokens[k + 2].spaceBefore, tokens[k + 2].script == .cyrillic, tokens[k + 2].capitalized, !covered[k + 2] else { continue }
            let adjective = tokens[k + 2].key
            guard adjective.hasSuffix("ский") || adjective.hasSuffix("цкий") || Self.russianSkiyEndings.contains(where: { adjective.hasSuffix($0.0) }),
                  let known = mentions.firstIndex(where: { $0.known != nil && $0.type == .place && $0.end == tokens[k].end && $0.start >= tokens[max(0, k - 2)].start })
            else { continue }
            let start = mentions[known].start, end = tokens[k + 2].end
            mentions.removeAll { $0.type != .country && $0.start < end && $0.end > start }
            let surface = tokens[k].text + "-" + tokens[k + 2].text
            var m = Mention(surface: surface, start: start, end: end, type: .place, evidence: .cue, words: [tokens[k].key, adjective])
            m.placeContext = true
            // The nominative: the city's word after "в"/"из"… and the adjective's masculine form.
            if let (ending, nominative) = Self.russianSkiyEndings.first(where: { adjective.hasSuffix($0.0) }), k > 0 {
                let city = Self.russianPlaceNominative(tokens[k].text, after: tokens[k - 1].key) ?? tokens[k].text
                let adj = String(tokens[k + 2].text.dropLast(ending.count)) + nominative
                m.variants = [surface]
                m.surface = city + "-" + adj
                m.words = [TextFolding.key(city), TextFolding.key(adj)]
            }
            mentions.append(m)
            covered[k + 2] = true
            k += 2
        }
    }
}
