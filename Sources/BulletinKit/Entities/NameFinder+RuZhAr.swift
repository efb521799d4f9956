import Foundation

/// Discovery patterns for Russian, Chinese and Arabic found on articles nobody tuned on
/// (scripts/entity-unseen/holdout6): each rule is its own function, hooked into the passes of
/// `NameFinder+Discovery.swift` and `NameFinder+ArabicHan.swift` by one call.
extension NameFinder {
    // MARK: Chinese forums and summits

    /// Suffixes of recurring meetings that wire copy names like organizations ("中国—东盟博览会",
    /// "澜湄合作论坛", "柬中经贸合作峰会"); none is an organization suffix of `hanOrgSuffixCharacters`.
    static let hanForumSuffixCodes: [[UInt32]] = ["论坛", "峰会", "博览会", "研讨会", "洽谈会", "交易会"].map(hanCodes)
    /// Characters a forum's name does not run left over besides `hanOrgLeftStopSet`: the ordinal's
    /// 届 ("第三届中老经济走廊合作论坛": the name starts after it) and 次.
    static let hanForumLeftStops = HanCharSet("届次")
    /// Dashes that join two countries inside a forum's name ("中国—阿塞拜疆经贸论坛").
    static let hanForumDashes: Set<String> = ["—", "-", "–", "－", "―"]

    /// Forums and summits by their suffix: the name runs left from 论坛/峰会 over name characters
    /// (countries inside, "中老", "中国—阿塞拜疆") to a function word, a verb of the sentence, a
    /// title, a person or an ordinal (第N届), and over a dash to the country before it. At least two
    /// characters must precede the suffix ("出席论坛", "论坛期间" are no names).
    mutating func discoverHanForums() {
        for index in tokens.indices where tokens[index].script == .han && tokens[index].end - tokens[index].start >= 4 {
            let t = tokens[index]
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
                guard p - start >= 2 else { p = end; continue }
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
