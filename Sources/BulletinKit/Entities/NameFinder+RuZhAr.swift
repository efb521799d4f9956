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
    /// (spd32: a `KeySet`, asked of texts on bytes: each dash is one scalar with no decomposition that nothing decomposes to,
    /// so a text equal to one as a Swift string has its bytes. As a `WordSet` every non-plain text, "—" itself, asked its
    /// `Set<String>`, which hashed it by the normalizing path.)
    static let hanForumDashes = KeySet(["—", "-", "–", "－", "―"])

    /// Forums and summits by their suffix: the name runs left from 论坛/峰会 over name characters
    /// (countries inside, "中老", "中国—阿塞拜疆") to a function word, a verb of the sentence, a
    /// title, a person or an ordinal (第N届), and over a dash to the country before it. At least three
    /// characters must precede the suffix ("出席论坛", "论坛期间", "举行的投资论坛" are no names).
    mutating func discoverHanForums() {
        // (Each suffix holds one of these: 论坛, 峰会, 博览会, 研讨会, 洽谈会, 交易会; an article with none has no forum.)
        guard hanArticleHasAny("坛峰览讨谈易") else { return }
        for index in tokens.indices where tokens[index].script == .han && tokens[index].end - tokens[index].start >= 4 {
            let t = token(index)
            // Most runs hold no forum suffix: one scan of the scalars before any array is built.
            guard hanRunCodes(index).contains(where: { Self.hanForumSuffixStartSet.contains($0) }) else { continue }
            let scalars = hanRunScalars(index)
            let chars = hanRunCodes(index)
            var p = 2
            while p + 1 < chars.count {
                guard let suffix = Self.hanForumSuffixCodes.first(where: { Self.hanMatches(chars, $0, at: p) }) else { p += 1; continue }
                let end = p + suffix.count
                let people = mentions.indices.filter { mentionType($0) == .person && mentionStart($0) < t.end && mentionEnd($0) > t.start }.map { mentions[$0] }
                    .map { ($0.start - t.start)..<($0.end - t.start) }
                func leftStart(_ codes: [UInt32], from e: Int, people: [Range<Int>]) -> Int {
                    var s = e
                    while s > 0, e - s < 14 {
                        let c = codes[s - 1]
                        if Self.hanOrgLeftStopSet.contains(c) && !Self.hanEconomyWord(codes, at: s - 1) || Self.hanForumLeftStops.contains(c) { break }
                        if people.contains(where: { $0.contains(s - 1) }) { break }
                        if Self.hanVerbPairEnds(codes, at: s) { break }
                        if Self.hanTitleEnds(codes, at: s) { break }
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
        guard c >= 2, chars[c] == hanAndCode || chars[c] == hanWithCode || chars[c] == kgHanJiCode, (3...5).contains(p - c) else { return false }
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
        // A plain word (nearly all) is answered on its scalars, which are its characters (see `looksLikeArabicName`): the
        // same tests without an array of `Character`s and their normalizing comparisons. (spd32)
        if let (first, last, count) = PlainText.firstLastCount(word) {
            guard count >= 4 else { return false }
            if "بلك".unicodeScalars.contains(first), last == "ة" || last == "ي" || NameFinder.arabicHasPrefix(word, "بال") || NameFinder.arabicHasPrefix(word, "لل") || NameFinder.arabicHasPrefix(word, "كال") { return false }
            if NameFinder.arabicHasSuffix(word, "ها") || NameFinder.arabicHasSuffix(word, "هم") || NameFinder.arabicHasSuffix(word, "ات") || last == "ه" { return false }
            if last == "ة" { return word.unicodeScalars.dropLast().last != "ي" }
            return true
        }
        let letters = Array(word)
        guard letters.count >= 4, let first = letters.first, let last = letters.last else { return false }
        // ("ميناء بندر عباس", "ولاية لاغوس": a name may open with ب ل ك, but "ميناء بحري", "مدينة بعيدة" are adjectives.)
        if "بلك".contains(first), last == "ة" || last == "ي" || NameFinder.arabicHasPrefix(word, "بال") || NameFinder.arabicHasPrefix(word, "لل") || NameFinder.arabicHasPrefix(word, "كال") { return false }
        if NameFinder.arabicHasSuffix(word, "ها") || NameFinder.arabicHasSuffix(word, "هم") || NameFinder.arabicHasSuffix(word, "ات") || last == "ه" { return false }
        if last == "ة" { return letters[letters.count - 2] != "ي" }
        return true
    }

    /// A second word of a place's name after its head ("مدينة دير داوا", "ميناء بندر عباس"): not a
    /// word of three letters or fewer, mostly a noun of the sentence ("مدينة أسوان سبل رفع …").
    static func mayBeSecondPlaceWord(_ key: String) -> Bool { PlainText.count(key) > 3 && !arabicFutureVerb(key) }

    /// An organization head in the construct state with a coordinated indefinite field and its
    /// owner: "غرفة تجارة وصناعة عمان" (chamber of commerce and industry of Oman), "هيئة تنمية
    /// وتطوير الصعيد". From `i` (the head, without the article) the name runs over one indefinite
    /// noun, any "و" + indefinite nouns, and must end on a country or a definite word (included).
    /// Returns the end, or nil when the words after the head are no such name.
    func arabicConstructOrganizationEnd(_ i: Int) -> Int? {
        guard !NameFinder.arabicHasPrefix(tokens[i].key, "ال"), !NameFinder.arabicHasPrefix(tokens[i].key, "وال") else { return nil }
        func plain(_ k: Int) -> Bool {
            k < tokens.count && tokens[k].script == .arabic && tokens[k].kind == .word && tokens[k].spaceBefore && !covered[k]
                && !isCountry[k] && !NameFinder.arabicHasPrefix(tokens[k].key, "ال") && !NameFinder.arabicHasPrefix(tokens[k].key, "لل")
                && !arabicFlags(k).contains(.stop) && !arabicFlags(k).contains(.timeWord)
                && PlainText.count(tokens[k].key) >= 3 && !arabicFlags(k).contains(.speechVerb)
        }
        var j = i + 1
        guard plain(j), !"وفبل".unicodeScalars.contains(tokens[j].key.unicodeScalars.first!) else { return nil }
        j += 1
        var coordinated = false
        while plain(j), NameFinder.startsWithWaw(tokens[j].key), PlainText.count(tokens[j].key) >= 4 { j += 1; coordinated = true }
        // ("مؤسسة كهرباء لبنان", "هيئة كهرباء قبرص": one field and the owning country, with no coordination.)
        guard j < tokens.count, tokens[j].script == .arabic, tokens[j].spaceBefore,
              coordinated && (isCountry[j] || isArabicDefinite(j) && !arabicFlags(j).contains(.stop))
                || !coordinated && isCountry[j] && !NameFinder.arabicHasPrefix(tokens[j].key, "وال")
                    && !(NameFinder.arabicHasPrefix(tokens[j].key, "ال") && Self.arabicNisba(tokens[j].text)) else { return nil }   // (not "بنك زراعات التركي")
        return j + 1
    }

    /// After a company's definite name, "ل" + an indefinite noun + its definite or country
    /// complement is still the name: "الشركة القابضة لكهرباء مصر", "الشركة السودانية لنقل الكهرباء"
    /// (the "لل" form, "للطرق", is read by `discoverArabic`). Returns the new end, or `j` unchanged.
    func arabicCompanyPurposeEnd(_ i: Int, _ j: Int) -> Int {
        guard j > i + 1, j + 1 < tokens.count, arabicFlags(i).contains(.companyHead), NameFinder.arabicHasPrefix(tokens[i].key, "ال")
                || NameFinder.arabicHasPrefix(tokens[i].key, "وال"),
              tokens[j].script == .arabic, tokens[j].kind == .word, tokens[j].spaceBefore, !covered[j], !isCountry[j],
              tokens[j].key.unicodeScalars.first == "ل", !NameFinder.arabicHasPrefix(tokens[j].key, "لل"), PlainText.count(tokens[j].key) >= 4,
              !arabicFlags(j).contains(.stop),
              tokens[j + 1].script == .arabic, tokens[j + 1].kind == .word, tokens[j + 1].spaceBefore,
              isCountry[j + 1] || isArabicDefinite(j + 1) && !arabicFlags(j + 1).contains(.stop) && !arabicFlags(j + 1).contains(.timeWord)
        else { return j }
        return j + 2
    }

    /// "وشركة مناجم الجزائر", "بولاية تبسة": a head with a one-letter clitic (و ف ب ل) and no article
    /// is shown and highlighted without it ("شركة مناجم الجزائر"); the written form stays an alias.
    func withoutHeadClitic(_ m: Mention, head i: Int) -> Mention {
        strippingHeadClitic(m, head: i, refusingBal: true) {
            Self.arabicOrgHeads.contains($0) || Self.arabicPlaceHeads.contains($0) || $0 == "ميناء"
        } ?? m
    }

    /// `m` with the one-letter clitic (و ف ب ل) of its head token `i` taken off, the written form kept
    /// as an alias, when the word has no article, four letters or more, and its rest passes `isHead`;
    /// nil otherwise. `refusingBal`: "بال…" (the article after ب) is no clitic-on-head either.
    func strippingHeadClitic(_ m: Mention, head i: Int, refusingBal: Bool, isHead: (String) -> Bool) -> Mention? {
        let text = tokens[i].text, key = tokens[i].key
        guard let first = text.unicodeScalars.first, "وفبل".unicodeScalars.contains(first), !NameFinder.arabicHasPrefix(key, "ال"),
              !NameFinder.arabicHasPrefix(key, "وال"), !(refusingBal && NameFinder.arabicHasPrefix(key, "بال")), !NameFinder.arabicHasPrefix(key, "لل"),
              text.unicodeScalars.count >= 4 else { return nil }
        let restKey = TextFolding.key(String(String.UnicodeScalarView(text.unicodeScalars.dropFirst())))
        guard isHead(restKey) else { return nil }
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
        let places = mentions.indices.filter { mentionType($0) == .place }.map { mentions[$0] }
        guard !places.isEmpty else { return }
        let ends = Set(places.map(\.end))
        // (The key's first letter, و as two bytes, before the hashed look-up of the end: few words pass it.)
        for k in 1..<max(1, tokens.count) where tokens[k].script == .arabic && tokens[k].kind == .word && keyStarts(k, "و") && ends.contains(tokens[k - 1].end) {
            guard tokens[k].spaceBefore, !covered[k], !isCountry[k], NameFinder.startsWithWaw(tokens[k].key),
                  !NameFinder.arabicHasPrefix(tokens[k].key, "وال"), !mentions.indices.contains(where: { mentionStart($0) <= tokens[k].start && mentionEnd($0) > tokens[k].start }) else { continue }
            let rest = String(String.UnicodeScalarView(tokens[k].text.unicodeScalars.dropFirst()))
            let letters = Array(rest)
            guard letters.count >= 4, Self.looksLikeTitledArabicName(rest), !NameFinder.arabicHasPrefix(rest, "بال"), !NameFinder.arabicHasPrefix(rest, "لل"), !NameFinder.arabicHasSuffix(rest, "ون"), !NameFinder.arabicHasSuffix(rest, "ين"),
                  !NameFinder.arabicHasSuffix(rest, "وا"), !(letters.count <= 5 && "يتنأا".contains(letters[0])) else { continue }
            let restKey = TextFolding.key(rest)
            guard !Self.arabicStop.contains(restKey), !Self.arabicTimeWords.contains(restKey), !Self.arabicOrgHeads.contains(restKey),
                  !Self.arabicPlaceHeads.contains(restKey), !Self.arabicTitleHeads.contains(restKey), !Self.arabicComplementTitles.contains(restKey),
                  !arabicFlags(k).contains(.speechVerb) else { continue }
            // ("في الخرطوم وبورتسودان الجديدة": a definite word after it makes it a phrase of the sentence.)
            if k + 1 < tokens.count, tokens[k + 1].script == .arabic, isArabicDefinite(k + 1) { continue }
            // ("غزة وجهود إدخال المساعدات": a bare noun and then a definite one make a construct phrase, "the efforts of
            // bringing in the aid", of which the word after و is the head: no place.)
            if k + 2 < tokens.count, tokens[k + 1].script == .arabic, tokens[k + 1].kind == .word, tokens[k + 1].spaceBefore,
               !covered[k + 1], !isCountry[k + 1], !arabicFlags(k + 1).contains(.stop), !arabicFlags(k + 1).contains(.timeWord),
               !arabicFlags(k + 1).contains(.headInConstruct),   // ("وحلب شمال البلاد": a compass word)
               tokens[k + 2].script == .arabic, tokens[k + 2].kind == .word, tokens[k + 2].spaceBefore, !isCountry[k + 2],
               isArabicDefinite(k + 2), !arabicFlags(k + 2).contains(.stop) { continue }
            var m = Mention(surface: rest, start: tokens[k].start + 1, end: tokens[k].end, type: .place, evidence: .cue, words: [restKey])
            // "بين ولاية خصب وبندر عباس.": a second plain word that something closes is the name's.
            // ("وبورتسودان بتمويل": not a word with a clitic.)
            if arabicPlainNameWord(k + 1), arabicNameLike(k + 1), arabicNameClosesBefore(k + 2) {
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
        guard j + 1 < tokens.count, NameFinder.startsWithWaw(tokens[j].key), !NameFinder.arabicHasPrefix(tokens[j].key, "وال"),
              PlainText.count(tokens[j].key) >= 4, !arabicFlags(j).contains(.stop), !arabicFlags(j).contains(.speechVerb),
              !tokens[j].stems.contains(where: { Self.arabicTitleHeads.contains($0) || Self.arabicComplementTitles.contains($0) }),
              tokens[j + 1].script == .arabic, tokens[j + 1].kind == .word, tokens[j + 1].spaceBefore else { return false }
        return isCountry[j + 1] || isArabicDefinite(j + 1) && !arabicFlags(j + 1).contains(.stop)
    }

    /// Token `k` ends a name that precedes it: punctuation or the end, a preposition, a time word,
    /// a coordinated definite word, a verb of saying, or "و" + a title ("فاطمة … ووزير الطاقة",
    /// "… ونظيره").
    func arabicNameClosesBefore(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].script == .arabic else { return true }
        let key = tokens[k].key
        if Self.arabicStop.contains(key) || Self.arabicTimeWords.contains(key) || NameFinder.arabicHasPrefix(key, "وال") { return true }
        if arabicFlags(k).contains(.speechVerb) { return true }
        return NameFinder.startsWithWaw(key) && tokens[k].stems.contains(where: { Self.arabicTitleHeads.contains($0) || Self.arabicComplementTitles.contains($0) })
    }

    /// Plain words that can be a name's after a title: no article, no preposition, a name's shape
    /// (or a compound in الله written as one word, "عبدالله", whose final ه is no pronoun).
    func arabicPlainNameWord(_ k: Int) -> Bool {
        k < tokens.count && tokens[k].script == .arabic && tokens[k].kind == .word && tokens[k].spaceBefore && !covered[k] && !isCountry[k]
            && !isArabicDefinite(k) && !arabicFlags(k).contains(.stop) && !arabicFlags(k).contains(.timeWord)
            && !Self.arabicNameParticles.contains(tokens[k])
            && (arabicTitledNameLike(k) || NameFinder.arabicHasSuffix(tokens[k].key, "الله") && PlainText.count(tokens[k].key) >= 6)   // عبدالله
            && !NameFinder.arabicHasPrefix(tokens[k].key, "بال") && !NameFinder.arabicHasPrefix(tokens[k].key, "لل")
            && !tokens[k].stems.contains(where: { Self.arabicOrgHeads.contains($0) || Self.arabicTitleHeads.contains($0) })
    }

    /// After a title: a name of two or three plain words that something closes ("كامل إدريس أن",
    /// "فاطمة ثابت شيبوب ووزير …"). Returns the name's end from `start`, or nil.
    func arabicPlainNameEnd(_ start: Int) -> Int? {
        guard arabicPlainNameWord(start + 1) else { return nil }
        if arabicNameClosesBefore(start + 2) || arabicFutureVerb(start + 2) { return start + 2 }
        if arabicPlainNameWord(start + 2), arabicNameClosesBefore(start + 3) || arabicFutureVerb(start + 3) { return start + 3 }
        return nil
    }

    /// A verb in the future ("سيزور", "ستعقد", "سيتوجه": سـ and the imperfect's ي/ت/ن, five letters or more) after a name
    /// closes it. (Not words ending as foreign given names in سي/ست do: ن, ي, ا, as in ستيفن, سيرغي, سيلفيا.)
    func arabicFutureVerb(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].script == .arabic, tokens[k].spaceBefore else { return false }
        let u = tokens[k].key.unicodeScalars
        guard u.count >= 5, u.first == "س", let second = u.dropFirst().first, second == "ي" || second == "ت" || second == "ن",
              let last = u.last, last != "ن", last != "ي", last != "ا" else { return false }
        return true
    }

    /// After a particle ("قيس بن محمد اليوسف", "فيصل بن عبدالله الرواس"): the father's name, then the
    /// family name with its article. `k` is the word after the particle; returns the name's end, or nil.
    func arabicNameAfterParticleEnd(_ k: Int) -> Int? {
        guard k >= 1, Self.arabicNameParticles.contains(tokens[k - 1]), arabicPlainNameWord(k), k + 1 < tokens.count,
              tokens[k + 1].script == .arabic, tokens[k + 1].kind == .word, tokens[k + 1].spaceBefore, !covered[k + 1],
              isArabicDefinite(k + 1), !arabicFlags(k + 1).contains(.stop), !arabicFlags(k + 1).contains(.timeWord),
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
        guard NameFinder.arabicHasSuffix(title, "ه"), NameFinder.arabicHasSuffix(word, "ة"), word.count >= 4, word.first == "ف",
              !NameFinder.arabicHasPrefix(tokens[start].key, "فال") else { return false }
        return arabicPlainNameWord(start + 1)
    }
}

extension NameFinder {
    /// A given name opening in ف before a name particle ("فيصل بن عبدالله", "فهد بن محمد"): the ف is the
    /// name's, not the clitic "then" (a clause does not go on with "بن").
    func arabicFaNameBeforeParticle(_ start: Int) -> Bool {
        guard start + 1 < tokens.count, tokens[start].text.first == "ف", !NameFinder.arabicHasPrefix(tokens[start].key, "فال"),
              PlainText.count(tokens[start].key) >= 3, ["بن", "ابن", "بنت"].contains(tokens[start + 1].key) else { return false }
        return !NameFinder.arabicHasSuffix(tokens[start].text, "ة") && !NameFinder.arabicHasSuffix(tokens[start].key, "ها")
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
              isCap(j - 1), Self.russianArabicParticles.contains(tokens[j]) else { return nil }
        if tokens[j + 1].key == "-", !tokens[j + 1].spaceBefore, j + 2 < tokens.count, !tokens[j + 2].spaceBefore,
           tokens[j + 2].script == .cyrillic, tokens[j + 2].capitalized, !covered[j + 2] {
            return j + 3
        }
        if Self.russianStandaloneArabicParticles.contains(tokens[j]), tokens[j + 1].script == .cyrillic, tokens[j + 1].capitalized,
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
            guard mentions.indices.contains(where: { mentionType($0) == .person && mentionWordCount($0) >= 2 && mentionWords($0).last == nominative }) else { continue }
            m.type = .person
            m.evidence = .cue
            m.variants = [m.surface]
            m.surface = String(first.text.dropLast(ending.count)) + "а"
            m.words = [nominative]
            return
        }
    }

    /// "За словами Гнатюка" after "Віталій Гнатюк": a lone Cyrillic word whose type no cue settled and which is
    /// a surname of a person named in full in the article plus a case ending (-а -у -ом -ым -ем) is that person.
    /// One pass after discovery, over a set of the surnames.
    mutating func linkCyrillicMasculineSurnameCases() {
        linkRussianObliqueFullNames()
        linkRussianOrganizationCases()
        dropRussianCountryCompanyDescriptions()
        linkRussianPlaceLemmasToKnown()
        let endings = ["ом", "ым", "ем", "а", "у"]
        // The lone words that could be a case form (read first: most articles have none, and need no set of surnames).
        var candidates: [Int] = []
        for k in mentions.indices where mentionWordCount(k) == 1 && (mentionType(k) == nil || mentionEvidence(k) == .guess && mentionType(k) != .person)
            && mentionKnown(k) == nil && endings.contains(where: { PlainText.hasSuffix(mentionWords(k)[0], $0) }) { candidates.append(k) }
        guard !candidates.isEmpty else { return }
        var surnames = Set<String>()
        for mi in mentions.indices where mentionType(mi) == .person && mentionWordCount(mi) >= 2 { if let w = mentionWords(mi).last { surnames.insert(w) } }
        guard !surnames.isEmpty else { return }
        for k in candidates {
            let key = mentionWords(k)[0]
            guard let ending = endings.first(where: { PlainText.hasSuffix(key, $0) && surnames.contains(String(key.dropLast($0.count))) }) else { continue }
            let stem = String(key.dropLast(ending.count))
            guard PlainText.count(stem) >= 4, let scalar = mentionSurface(k).unicodeScalars.first, (0x0400...0x04FF).contains(scalar.value) else { continue }
            mentions[k].type = .person
            mentions[k].evidence = .cue
            mentions[k].variants = [mentionSurface(k)]
            mentions[k].surface = String(mentionSurface(k).dropLast(ending.count))
            mentions[k].words = [stem]
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
        guard hanArticleHasAny("州镇乡") else { return }   // (`hanPrefectureOrTownSet`: a run without one is passed)
        for index in tokens.indices where tokens[index].script == .han && tokens[index].end - tokens[index].start >= 4 {
            let t = token(index)
            // Only runs with 州, 镇 or 乡 can hold such a place (the found names are gathered after this test).
            guard hanRunCodes(index).contains(where: { Self.hanPrefectureOrTownSet.contains($0) }) else { continue }
            let scalars = hanRunScalars(index)
            let chars = hanRunCodes(index)
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
            guard tokens[k].script == .cyrillic, tokens[k].kind == .word, covered[k], tokens[k + 1].keyEquals("-"), !tokens[k + 1].spaceBefore,
                  !tokens[k + 2].spaceBefore, tokens[k + 2].script == .cyrillic, tokens[k + 2].capitalized, !covered[k + 2] else { continue }
            let adjective = tokens[k + 2].key
            guard PlainText.hasSuffix(adjective, "ский") || PlainText.hasSuffix(adjective, "цкий") || Self.russianSkiyEndings.contains(where: { adjective.hasSuffix($0.0) }),
                  let known = mentions.indices.first(where: { mentionKnown($0) != nil && mentionType($0) == .place && mentionEnd($0) == tokens[k].end && mentionStart($0) >= tokens[max(0, k - 2)].start })
            else { continue }
            let start = mentionStart(known), end = tokens[k + 2].end
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

extension NameFinder {
    /// Lowercase particles inside a hyphenated place name ("Рио-де-Жанейро", "Ростов-на-Дону", "Франкфурт-на-Майне",
    /// "Сен-Жан-де-Люз", "Шалон-ан-Шампань", "Булонь-сюр-Мер").
    static let russianPlaceParticles = KeySet(["де", "да", "дель", "ду", "дос", "дас", "ла", "ле", "на", "ан", "сюр", "су", "эль", "ди", "дей", "о"])

    /// "в Рио-де-Жанейро", "Ростове-на-Дону": a capitalized word, a hyphen, a lowercase particle, a hyphen
    /// and a capitalized word are one place, whatever was found of its parts (a known city of the first
    /// word, a country of the last). The first word declines after a place preposition (Ростове → Ростов).
    mutating func joinRussianParticlePlaces() {
        var k = 0
        while k + 4 < tokens.count {
            defer { k += 1 }
            guard tokens[k].script == .cyrillic, tokens[k].kind == .word, tokens[k].capitalized, tokens[k + 1].keyEquals("-"), !tokens[k + 1].spaceBefore,
                  !tokens[k + 2].spaceBefore, tokens[k + 2].kind == .word, !tokens[k + 2].capitalized, Self.russianPlaceParticles.contains(tokens[k + 2]),
                  tokens[k + 3].keyEquals("-"), !tokens[k + 3].spaceBefore, !tokens[k + 4].spaceBefore,
                  tokens[k + 4].script == .cyrillic, tokens[k + 4].kind == .word, tokens[k + 4].capitalized,
                  !(k + 5 < tokens.count && tokens[k + 5].keyEquals("-") && !tokens[k + 5].spaceBefore) else { continue }
            let start = tokens[k].start, end = tokens[k + 4].end
            // A person's name is no place ("Мухаммед-аль-…" has its own rule): nothing but places and countries give way.
            if mentions.indices.contains(where: { mentionType($0) == .person && mentionStart($0) < end && mentionEnd($0) > start }) { continue }
            mentions.removeAll { $0.start < end && $0.end > start }
            let tail = "-" + tokens[k + 2].text + "-" + tokens[k + 4].text
            let surface = tokens[k].text + tail
            var m = Mention(surface: surface, start: start, end: end, type: .place, evidence: .cue,
                            words: [TextFolding.key(tokens[k].text), tokens[k + 2].key, tokens[k + 4].key])
            m.placeContext = true
            if k > 0, let city = Self.russianPlaceNominative(tokens[k].text, after: tokens[k - 1].key), city != tokens[k].text {
                m.variants = [surface]
                m.surface = city + tail
                m.words = [TextFolding.key(city), tokens[k + 2].key, tokens[k + 4].key]
            }
            mentions.append(m)
            for j in k...(k + 4) { covered[j] = true }
            k += 4
        }
    }
}

// MARK: holdout8 patterns (Russian and Ukrainian)

extension NameFinder {
    /// District nouns after which a capitalized name is a place ("в районе Насирии", "у районі Бахмута").
    static let russianDistrictNouns = KeySet(["районе", "района", "районі", "району"])
    /// Prepositions before a country's adjective and a town ("из турецкого Искендеруна", "в китайском Харбине").
    static let russianPrepositionsBeforeAdjective = KeySet(["в", "во", "из", "до", "под", "на", "у", "к", "через", "возле", "около", "близ", "біля", "від", "з"])

    /// Place evidence that the capitalized group itself does not carry: a district noun before the name,
    /// a preposition and a country's adjective before it, the two ends of a road ("от Токтогула до …"),
    /// a hyphenated name between two ("между Нови-Садом и Сегедом"). Only for a name no given name opens
    /// (the caller's person tests come first).
    /// Words after which `discoverArabicTownsAfterPrepositions` reads a town's name as ended (a static set: the array
    /// literal was built, and its strings compared with `==`, for each candidate).
    static let arabicWordsAfterTowns: WordSet = ["من", "الي", "علي", "مع", "يوم", "خلال", "حيث", "منذ"]

    func russianExtraPlaceContext(_ a: Int, _ b: Int) -> Bool {
        guard a > 0, a < b, tokens[a].script == .cyrillic, tokens[a].kind == .word else { return false }
        let prev = tokens[a - 1]
        if prev.kind == .word, !prev.capitalized, Self.russianDistrictNouns.contains(prev.key) { return true }
        if a >= 2, prev.kind == .word, !prev.capitalized, isCountry[a - 1], tokens[a - 2].kind == .word, !tokens[a - 2].capitalized,
           Self.russianPrepositionsBeforeAdjective.contains(tokens[a - 2]) {
            return true
        }
        // "от Токтогула до посёлка": one word between "от" and "до" that no surname ending marks.
        if b - a == 1, PhraseMatcher.same(prev.key, "от") || PhraseMatcher.same(prev.key, "від"), keyIs(b, "до"), !lex.surnameEndings(tokens[a].key) { return true }
        let hyphenated = b - a == 3 && tokens[a + 1].keyEquals("-") && !tokens[a + 1].spaceBefore && !tokens[a + 2].spaceBefore
        if hyphenated, betweenTwoNames(a, b) { return true }
        // "пункт пропуска Нижанковичи — Мальховичи", "трасса Бишкек — Ош": a name after a spaced dash that
        // follows a place is the other end.
        // (Dashes are punctuation tokens: the kind answers for the words, without comparing their text. The dashes' bytes: no
        // other text is canonically equivalent to either.)
        if b - a == 1 || hyphenated, a >= 2, prev.kind == .punct, Self.utf8Equal(prev.text, "—") || Self.utf8Equal(prev.text, "–"), prev.spaceBefore, tokens[a].spaceBefore,
           mentions.indices.contains(where: { mentionType($0) == .place && mentionEnd($0) == tokens[a - 2].end }) {
            return true
        }
        return false
    }

    /// "відкрити в Самборі логістичний центр", "открыть в Самаре логистический центр": a capitalized noun
    /// in the locative after "в"/"у", then only lowercase words to an organization keyword, is a town and
    /// a common noun phrase, not an organization's name. Emits the town and returns true. (An adjective
    /// opens a name: "в Национальном банке".)
    mutating func splitCyrillicLocativeBeforeLowercasePhrase(_ a: Int, _ b: Int) -> Bool {
        guard a > 0, b - a >= 2, tokens[a].script == .cyrillic, tokens[a].kind == .word, tokens[a].capitalized, !tokens[a].sentenceStart,
              ["в", "во", "у"].contains(tokens[a - 1].key), !tokens[a - 1].capitalized, !covered[a], !isCountry[a],
              !Self.russianAdjectiveLike(tokens[a].key), orgKeyword(at: a) == nil, placeKeyword(at: a) == nil,
              let last = tokens[a].key.last, "еіи".contains(last),
              ((a + 1)..<b).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].capitalized && !tokens[$0].allCaps })
        else { return false }
        emitName(a, a + 1, personCue: false, placeContext: true)
        return true
    }

    /// "Мэр Нови-Сада Жарко Мичин", "аким Усть-Каменогорска Ерлан Ибраев": after a title, a hyphenated
    /// name in the genitive and then a two-word name are a town and its head. Emits both and returns
    /// true; false when the words are no such pair (a hyphenated given name: "Жан-Поль Сартр").
    mutating func splitRussianTownBeforeTitledName(_ a: Int, _ b: Int) -> Bool {
        guard b - a == 5, tokens[a].script == .cyrillic, tokens[a + 1].key == "-", !tokens[a + 1].spaceBefore, !tokens[a + 2].spaceBefore,
              tokens[a + 2].capitalized, (a + 2..<b).allSatisfy({ tokens[$0].kind == .word }), tokens[a + 3].capitalized, tokens[a + 4].capitalized,
              PlainText.count(tokens[a + 3].key) >= 3, !isGivenName(a), !isGivenName(a + 2)
        else { return false }
        guard let last = tokens[a + 2].text.last, "аяиы".contains(last) else { return false }
        // ("Сада" is too short for `russianPlaceNominative`: a masculine genitive in "-а" drops it.)
        let lemma = Self.russianPlaceNominative(tokens[a + 2].text, after: "из") ?? (last == "а" ? String(tokens[a + 2].text.dropLast()) : tokens[a + 2].text)
        var m = mention(a, a + 3, type: .place, evidence: .cue)
        m.placeContext = true
        m.variants = [m.surface]
        m.surface = tokens[a].text + "-" + lemma
        m.words = [tokens[a].key, TextFolding.key(lemma)]
        mentions.append(m)
        emitName(a + 3, b, personCue: true, placeContext: false)
        return true
    }
}

// MARK: holdout8 patterns (Chinese)

extension NameFinder {
    static let hanStationCode = hanCode("站")
    static let hanStationBlockedNext = HanCharSet("长台点务")
    static let hanStateSuffixCode = hanCode("邦")
    static let hanStateBlockedNext = HanCharSet("交联")
    static let hanStateBlockedPrevious = HanCharSet("联城友盟邻异万本")   // (联邦, 城邦, 友邦, 盟邦, 邻邦 "neighbour", 异邦, 万邦, 本邦: nouns)
    /// Zones and parks named like places ("皎漂经济特区", "北加里曼丹工业园", "东方工业园"), longest first.
    static let hanZoneSuffixCodes: [[UInt32]] = ["经济合作区", "经济开发区", "自由贸易区", "自然保护区", "综合保税区", "经济特区", "工业特区", "工业园区", "产业园区", "国家公园",
                                                 "工业园", "产业园", "物流园", "自贸区", "开发区", "工业区", "经济区", "保税区",
                                                 // border crossings, basins and valleys ("霍尔果斯口岸", "塔里木盆地", "伊犁河谷")
                                                 "口岸经济区", "口岸", "盆地", "河谷"].map(hanCodes)
    static let hanZoneSuffixStartSet = HanCharSet("经自工产物开国综保口盆河")
    static let hanParkCodes: [[UInt32]] = ["国家公园", "自然保护区"].map(hanCodes)
    /// Suffixes of geographic features and bonded zones named after a place (see the zone rule).
    static let hanFeatureSuffixCodes: [[UInt32]] = ["综合保税区", "保税区", "口岸", "盆地", "河谷"].map(hanCodes)
    /// Verbs of passing before a transliterated feature's name ("穿越纳伦河谷", "经吐尔尕特口岸").
    static let hanPassingChars = HanCharSet("越经过至从到往在入")
    static let hanCompassCodes = HanCharSet("东西南北")
    /// Words after which a transliterated name is a destination or a place passed ("在德雷达瓦新建", "到阿达玛和哈瓦萨",
    /// "至蒙巴萨的", "经过X").
    static let hanPlaceVerbCodes: [[UInt32]] = ["经过", "途经", "抵达", "前往", "在", "到", "至", "从"].map(hanCodes)
    static let hanPlaceVerbStartSet = HanCharSet("经途抵前在到至从")   // (经过)
    static let hanArriveSecond = hanCode("达")
    static let hanMyanmarHonorifics = HanCharSet("吴杜")

    /// Places and names of a Han run that the suffix rules miss (holdout8's patterns), each told by its context:
    /// - a station: a transliterated name and 站 ("哈利姆站", not 站长, 站台);
    /// - a port named by its country ("吉布提港");
    /// - a state: a name of two or three characters and 邦 after a boundary ("为若开邦创造"; not 联邦, 邦交);
    /// - a zone or park: a name of two to six characters and 经济特区/工业园/… after a boundary;
    /// - a transliterated name of three characters or more after 在/到/至/经过 ("在德雷达瓦新建"), and one
    ///   of two or more joined to it by 和/与/、 ("到阿达玛和哈瓦萨投资").
    /// A boundary is the run's start, a function word, a verb before names, a title, or a found name's end.
    mutating func discoverHanStationsZonesAndStates() {
        // The names found so far, by start: each run looks up its own by binary search (linear in the article).
        let found = mentions.indices.map { (mentionStart($0), mentionEnd($0), mentionType($0) == .country) }.sorted { $0.0 < $1.0 }
        // (The sets read once, not per character of every run: see `l13FrenchTowns`.)
        let (zoneSuffixStarts, placeVerbStarts) = (Self.hanZoneSuffixStartSet, Self.hanPlaceVerbStartSet)
        // (Emptied for each run, their buffers kept: two arrays were allocated and regrown per run.)
        var taken: [Range<Int>] = [], countryRanges: [Range<Int>] = []
        for index in tokens.indices where tokens[index].script == .han && tokens[index].end - tokens[index].start >= 3 {
            let t = token(index)
            let scalars = hanRunScalars(index)
            let chars = hanRunCodes(index)
            let n = chars.count
            guard chars.contains(where: { $0 == Self.hanStationCode || $0 == Self.hanPortCode || $0 == Self.hanStateSuffixCode
                || zoneSuffixStarts.contains($0) || placeVerbStarts.contains($0) }) else { continue }
            taken.removeAll(keepingCapacity: true)
            countryRanges.removeAll(keepingCapacity: true)
            var lo = 0, hi = found.count
            let from = t.start - 64   // (a name starting further back and reaching into this run is no concern here)
            while lo < hi { let mid = (lo + hi) / 2; if found[mid].0 < from { lo = mid + 1 } else { hi = mid } }
            while lo < found.count, found[lo].0 < t.end {
                let (a, b, country) = found[lo]
                if b > t.start { taken.append(max(0, a - t.start)..<min(n, b - t.start)) }
                if country, a >= t.start, b <= t.end { countryRanges.append((a - t.start)..<(b - t.start)) }
                lo += 1
            }
            func add(_ r: Range<Int>, overlapping: Bool = false) {
                guard r.count >= 2, overlapping || !taken.contains(where: { $0.overlaps(r) }) else { return }
                let name = Self.hanString(scalars, r.lowerBound, r.upperBound)
                var m = Mention(surface: name, start: t.start + r.lowerBound, end: t.start + r.upperBound, type: .place, evidence: .cue, words: [name])
                m.placeContext = true
                mentions.append(m)
                taken.append(r)
            }
            func boundary(_ s: Int) -> Bool {
                if s == 0 { return true }
                if Self.hanOrgLeftStopSet.contains(chars[s - 1]) { return true }
                if Self.hanVerbPairEnds(chars, at: s) { return true }
                if Self.hanTitleEnds(chars, at: s) { return true }
                return taken.contains { $0.upperBound == s }
            }
            /// A name of `min`...`max` characters ending at `e`, from a boundary, over no stop and no found name.
            func nameBefore(_ e: Int, min: Int, max: Int) -> Range<Int>? {
                var s = e
                while s > 0, e - s < max, !Self.hanOrgLeftStopSet.contains(chars[s - 1]), !taken.contains(where: { $0.contains(s - 1) }) {
                    if boundary(s), e - s >= min { break }
                    s -= 1
                }
                guard e - s >= min, boundary(s), !Self.hanNotPlaceStartSet.contains(chars[s]) else { return nil }
                return s..<e
            }
            func translitForward(_ s: Int, min: Int) -> Range<Int>? {
                var e = s
                while e < n, e - s < 6, Self.hanTransliterationSet.contains(chars[e]) { e += 1 }
                guard e - s >= min, e == n || !Self.hanPeopleNext.contains(chars[e]) else { return nil }
                return s..<e
            }
            var p = 1
            while p < n {
                let c = chars[p]
                // Stations.
                if c == Self.hanStationCode, p + 1 == n || !Self.hanStationBlockedNext.contains(chars[p + 1]) {
                    var s = p
                    while s > 0, p - s < 6, Self.hanTransliterationSet.contains(chars[s - 1]) { s -= 1 }
                    if p - s >= 2, s == 0 || !Self.hanTransliterationSet.contains(chars[s - 1]) { add(s..<(p + 1)) }
                }
                // A port named by its country.
                if c == Self.hanPortCode, p + 1 == n || !Self.hanPortBlockedNext.contains(chars[p + 1]),
                   let r = countryRanges.first(where: { $0.upperBound == p }) {
                    add(r.lowerBound..<(p + 1), overlapping: true)
                }
                // States.
                if c == Self.hanStateSuffixCode, p + 1 == n || !Self.hanStateBlockedNext.contains(chars[p + 1]),
                   !Self.hanStateBlockedPrevious.contains(chars[p - 1]), let r = nameBefore(p, min: 2, max: 3) {
                    add(r.lowerBound..<(p + 1))
                }
                // Zones and parks.
                if Self.hanZoneSuffixStartSet.contains(c), let suffix = Self.hanZoneSuffixCodes.first(where: { Self.hanMatches(chars, $0, at: p) }) {
                    if Self.hanFeatureSuffixCodes.contains(suffix) {
                        // A border crossing, basin, valley or bonded zone: after a place found right before it ("凭祥综合保税区",
                        // "二连浩特口岸"), or a transliterated name from a boundary or a verb of passing ("穿越纳伦河谷");
                        // "智慧口岸", "推进口岸建设" name none. The place without the suffix is the mention's other name.
                        var r: Range<Int>? = taken.last(where: { $0.upperBound == p && $0.count >= 2 && !countryRanges.contains($0) })
                        if r == nil {
                            var s = p
                            while s > 0, p - s < 6, Self.hanTransliterationSet.contains(chars[s - 1]), !taken.contains(where: { $0.contains(s - 1) }) { s -= 1 }
                            while s < p - 2, !boundary(s), !Self.hanPassingChars.contains(chars[s - 1]) { s += 1 }
                            if p - s >= 2, s > 0 || boundary(s), boundary(s) || Self.hanPassingChars.contains(chars[s - 1]) { r = s..<p }
                        }
                        if let r {
                            let full = r.lowerBound..<(p + suffix.count)
                            mentions.removeAll { $0.type == .place && $0.start == t.start + r.lowerBound && $0.end == t.start + r.upperBound }
                            add(full, overlapping: true)
                            if let k = mentions.indices.last, mentionStart(k) == t.start + full.lowerBound {
                                mentions[k].variants = [Self.hanString(scalars, r.lowerBound, r.upperBound)]
                            }
                        }
                    } else if !Self.hanParkCodes.contains(suffix), let r = nameBefore(p, min: 2, max: 6) {
                        add(r.lowerBound..<(p + suffix.count))
                    } else if Self.hanParkCodes.contains(suffix) {
                        // "穿越奇特旺国家公园": a park's name is a transliterated one of three characters or more
                        // ("继续建设国家公园" names none).
                        var s = p
                        while s > 0, p - s < 6, Self.hanTransliterationSet.contains(chars[s - 1]), !taken.contains(where: { $0.contains(s - 1) }) { s -= 1 }
                        if p - s >= 3 { add(s..<(p + suffix.count)) }
                    }
                    p += suffix.count
                    continue
                }
                p += 1
            }
            // Transliterated names after a verb of place.
            var q = 0
            while q + 3 < n {
                guard Self.hanPlaceVerbStartSet.contains(chars[q]), let verb = Self.hanPlaceVerbCodes.first(where: { Self.hanMatches(chars, $0, at: q) }) else { q += 1; continue }
                let s = q + verb.count
                // ("到达": arrive, not 到 + a name opening with 达.)
                if verb.count == 1, s < n, chars[s] == Self.hanArriveSecond { q += 1; continue }
                if var r = translitForward(s, min: 3), !taken.contains(where: { $0.overlaps(r) }) {
                    add(r)
                    while r.upperBound + 2 < n, Self.hanListJoiners.contains(chars[r.upperBound]), let next = translitForward(r.upperBound + 1, min: 2),
                          !taken.contains(where: { $0.overlaps(next) }) {
                        add(next)
                        r = next
                    }
                    q = r.upperBound
                    continue
                }
                q += 1
            }
        }
    }

    /// Names of a Han run that continue past what the title rules read:
    /// - a third part after a second middle dot ("阿布巴卡尔·奥马尔·哈迪");
    /// - a Myanmar name after its honorific 吴 (U) or 杜 (Daw): four characters, where the title rule
    ///   took three ("吴丹梭敏20日", "杜钦貌埃介绍"; "吴建民表示" stays three).
    mutating func extendHanPersonNames() {
        var removals: [Range<Int>] = []
        var thirdParts: [(String, String)] = []   // (the part after the second dot, the whole name)
        defer {
            // "卡德加表示" after "比什努·普拉萨德·卡德加": the bare surname is that person.
            for (part, whole) in thirdParts {
                for j in mentions.indices where mentionType(j) == .person && mentionKnown(j) == nil && mentionSurface(j) == part { mentions[j].words = [whole] }
            }
        }
        for k in mentions.indices where mentionType(k) == .person && mentionKnown(k) == nil {
            let m = mentions[k]
            // The Han run the name ends in.
            guard let ti = tokenIndex(containing: m.end - 1), tokens[ti].script == .han else { continue }
            let t = token(ti)
            // A dotted name ending its run before another dot and transliteration characters.
            // (The surface's dot last: Foundation's search, where the tokens after the name nearly always answer.)
            if m.end == t.end, ti + 2 < tokens.count, tokens[ti + 1].text == "·", !tokens[ti + 1].spaceBefore,
               !tokens[ti + 2].spaceBefore, tokens[ti + 2].script == .han, m.surface.contains("·") {
                let next = Array(tokens[ti + 2].text.unicodeScalars)
                var e = 0
                while e < next.count, e < 6, Self.hanTransliterationSet.contains(Self.hanCode(next[e])) { e += 1 }
                if e >= 2 {
                    let surface = m.surface + "·" + Self.hanString(next, 0, e)
                    mentions[k].surface = surface
                    mentions[k].end = tokens[ti + 2].start + e
                    mentions[k].words = [surface]
                    mentions[k].variants.append(m.surface)
                    removals.append(tokens[ti + 1].start..<(tokens[ti + 2].start + e))
                    thirdParts.append((Self.hanString(next, 0, e), surface))
                }
                continue
            }
            // "维莱·冯开", "宋赛·西潘敦": a given name of transliteration characters, a middle dot, then a surname
            // opening with a Chinese surname's character (冯, 潘…), which the dotted-name rule's transliteration
            // test refused: one or two more characters, to what closes a name.
            if m.end == t.end, m.end - m.start >= 2, ti + 2 < tokens.count, tokens[ti + 1].text == "·",
               !tokens[ti + 1].spaceBefore, !tokens[ti + 2].spaceBefore, tokens[ti + 2].script == .han, !m.surface.contains("·") {
                let next = tokens[ti + 2].text.unicodeScalars.map(Self.hanCode)
                func closesNext(_ x: Int) -> Bool {
                    x >= next.count || Self.hanAfterNameSet.contains(next[x]) || Self.hanOrgLeftStopSet.contains(next[x])
                        || x + 1 < next.count && Self.hanVerbPairs.contains(UInt64(next[x]) << 32 | UInt64(next[x + 1]))
                }
                if next.count >= 2, Self.hanSurnameSet.contains(next[0]) || Self.hanTransliterationSet.contains(next[0]),
                   let len = [2, 3].first(where: { $0 <= next.count && closesNext($0) && !(1..<$0).contains(where: { Self.hanOrgLeftStopSet.contains(next[$0]) }) }),
                   // (a dotted name read whole already, "弗拉基米尔·普京" known, stays as it is)
                   !mentions.indices.contains(where: { mentionType($0) == .person && mentionStart($0) <= m.start && mentionEnd($0) >= tokens[ti + 2].start + len }),
                   // (nor one whose surname is a known person's: "弗拉基米尔·普京" is Putin, read by the knowledge base)
                   !mentions.indices.contains(where: { mentionKnown($0) != nil && mentionStart($0) >= tokens[ti + 2].start && mentionStart($0) < tokens[ti + 2].start + len }) {
                    let part = Self.hanString(Array(tokens[ti + 2].text.unicodeScalars), 0, len)
                    let surface = m.surface + "·" + part
                    mentions[k].variants.append(m.surface)
                    mentions[k].surface = surface
                    mentions[k].end = tokens[ti + 2].start + len
                    mentions[k].words = [surface]
                    removals.append(tokens[ti + 1].start..<(tokens[ti + 2].start + len))
                }
                continue
            }
            // "潘氏秋香", "阮氏金英": a Vietnamese woman's name (surname, 氏, a two-character given name) read as
            // three characters; the fourth joins it when what follows closes a name.
            if m.end - m.start == 3, m.start >= t.start, m.end < t.end, Array(m.surface.unicodeScalars).count == 3,
               Self.hanCode(Array(m.surface.unicodeScalars)[1]) == Self.hanVietnameseMiddleCode {
                let chars = t.text.unicodeScalars.map(Self.hanCode)
                let x = m.end - t.start   // (BMP characters: UTF-16 offsets are character offsets)
                func closes(_ y: Int) -> Bool {
                    y >= chars.count || Self.hanAfterNameSet.contains(chars[y]) || Self.hanOrgLeftStopSet.contains(chars[y])
                        || Self.hanSpeechStarts.contains(chars[y])
                        || y + 1 < chars.count && Self.hanVerbPairs.contains(UInt64(chars[y]) << 32 | UInt64(chars[y + 1]))
                }
                if x < chars.count, !closes(x), closes(x + 1), !mentions.indices.contains(where: { mentionStart($0) == t.start + x }) {
                    let surface = m.surface + Self.hanString(Array(t.text.unicodeScalars), x, x + 1)
                    mentions[k].variants.append(m.surface)
                    mentions[k].surface = surface
                    mentions[k].end += 1
                    mentions[k].words = [surface]
                }
                continue
            }
            guard m.end - m.start == 3, m.start >= t.start, let first = m.surface.unicodeScalars.first,
                  Self.hanMyanmarHonorifics.contains(Self.hanCode(first)) else { continue }
            let chars = t.text.unicodeScalars.map(Self.hanCode)
            let e = m.end - t.start
            guard e < chars.count else { continue }
            func closes(_ x: Int) -> Bool {
                x >= chars.count || Self.hanAfterNameSet.contains(chars[x]) || Self.hanOrgLeftStopSet.contains(chars[x])
                    || x + 1 < chars.count && (Self.hanVerbPairs.contains(UInt64(chars[x]) << 32 | UInt64(chars[x + 1])) || Self.hanMatches(chars, Self.hanIntroduceCodes, at: x))
            }
            guard !closes(e), closes(e + 1) else { continue }
            let surface = Self.hanString(Array(t.text.unicodeScalars), m.start - t.start, e + 1)
            mentions[k].variants.append(m.surface)
            mentions[k].surface = surface
            mentions[k].end = m.end + 1
            mentions[k].words = [surface]
            removals.append(m.end..<(m.end + 1))
        }
        // Whatever else was read inside the added part ("哈迪" after the second dot) gives way.
        for r in removals {
            mentions.removeAll { $0.type != .country && $0.known == nil && $0.start >= r.lowerBound && $0.end <= r.upperBound && $0.start < $0.end }
        }
    }
    static let hanIntroduceCodes = hanCodes("介绍")

    /// The token whose text holds UTF-16 offset `offset` (binary search over the starts).
    func tokenIndex(containing offset: Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].start <= offset { lo = mid + 1 } else { hi = mid } }
        guard lo > 0, tokens[lo - 1].end > offset else { return nil }
        return lo - 1
    }

    /// "埃塞俄比亚—吉布提铁路股份公司": a company named by two countries joined by a dash; the suffix rule
    /// stopped at the second country (or after it, reading it as the company's origin). The name runs
    /// back over the dash to the first country.
    mutating func joinHanDashedCompanies() {
        for k in mentions.indices where mentionType(k) == .organization && mentionKnown(k) == nil {
            let m = mentions[k]
            guard let ti = tokenIndex(containing: m.start), tokens[ti].script == .han, tokens[ti].end >= m.end, ti >= 2 else { continue }
            let t = token(ti)
            let dash = tokens[ti - 1], prev = tokens[ti - 2]
            guard Self.hanForumDashes.contains(dash.text), !dash.spaceBefore, !t.spaceBefore, prev.script == .han,
                  mentions.indices.contains(where: { mentionType($0) == .country && mentionEnd($0) == prev.end }),
                  m.start == t.start || mentions.indices.contains(where: { mentionType($0) == .country && mentionStart($0) == t.start && mentionEnd($0) == m.start }),
                  let first = mentions.indices.last(where: { mentionType($0) == .country && mentionEnd($0) == prev.end }).map({ mentions[$0] }) else { continue }
            let scalars = Array(t.text.unicodeScalars)
            let surface = first.surface + dash.text + Self.hanString(scalars, 0, m.end - t.start)
            mentions[k].variants.append(m.surface)
            mentions[k].surface = surface
            mentions[k].start = first.start
            mentions[k].words = [surface]
        }
    }
}

// MARK: holdout8 patterns (Arabic)

extension NameFinder {
    /// Titles of a province's head, whose province may follow before the name ("محافظ نينوى محمد …").
    static let arabicGovernorTitles = KeySet(["محافظ", "والي", "حاكم"])

    /// "محافظ نينوى محمد عبد الله الجبوري": after a governor's title, a plain word and then a name
    /// (a given name and a particle, an article or another plain word) are the province and the
    /// governor. The province becomes a place and is covered, so the title rule reads the name after it.
    /// Not a given name itself ("محافظ أحمد علي"), nor a head noun ("والي ولاية …").
    mutating func discoverArabicGovernorProvinces() {
        guard articleHas(Self.arabicGovernorTitles) else { return }
        var i = 0
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let arabicGovernorTitles = Self.arabicGovernorTitles, arabicCommonGivenNames = Self.arabicCommonGivenNames,
            arabicNameParticles = Self.arabicNameParticles
        while i + 3 < tokens.count {
            defer { i += 1 }
            guard tokens[i].script == .arabic, tokens[i].kind == .word, arabicGovernorTitles.contains(tokens[i]) else { continue }
            // "حاكم ولاية نمنغان شوهرت …": an indefinite place head before the province's name is the place's.
            let headed = i + 4 < tokens.count && tokens[i + 1].script == .arabic && !isArabicDefinite(i + 1) && !covered[i + 1]
                && arabicFlags(i + 1).contains(.placeHead)
            let x = headed ? i + 2 : i + 1, y = x + 1
            guard y + 1 < tokens.count else { continue }
            guard tokens[x].script == .arabic, tokens[x].kind == .word, tokens[x].spaceBefore, !covered[x], !isCountry[x], !isArabicDefinite(x),
                  !arabicFlags(x).contains(.stop), !arabicFlags(x).contains(.timeWord), !arabicFlags(x).contains(.head),
                  arabicNameLike(x) || Self.looksLikeArabicPlaceName(tokens[x].text),
                  !lex.givenNames.contains(tokens[x].key), !arabicCommonGivenNames.contains(tokens[x]),
                  tokens[y].script == .arabic, tokens[y].kind == .word, tokens[y].spaceBefore, !covered[y], !isArabicDefinite(y),
                  arabicTitledNameLike(y), lex.givenNames.contains(tokens[y].key) || arabicNameParticles.contains(tokens[y + 1])
                    || isArabicDefinite(y + 1) && !arabicFlags(y + 1).contains(.stop)
                    || arabicMiddleAndFamilyName(y + 1)   // "محافظ حمص نمير حبيب الحسن"
            else { continue }
            var m = mention(headed ? i + 1 : x, x + 1, type: .place, evidence: .cue)
            m.placeContext = true
            mentions.append(m)
            covered[x] = true
        }
    }

    /// Common Arabic given names (folded), which open a governor's name rather than name his province
    /// ("محافظ أحمد علي الحسن").
    static let arabicCommonGivenNames = KeySet(arabicCommonGivenNameTexts.map { TextFolding.key($0) })
    static let arabicCommonGivenNameTexts = ["محمد", "أحمد", "علي", "حسن", "حسين", "خالد", "عمر", "يوسف", "إبراهيم", "مصطفى", "سعيد",
        "سالم", "ناصر", "فهد", "سلمان", "عبدالله", "محمود", "جمال", "كريم", "طارق", "هشام", "وليد", "ماجد", "سامي", "عادل", "عماد",
        "نبيل", "فيصل", "حمد", "راشد", "سعد", "منصور", "زياد", "حيدر", "عباس", "جعفر", "قاسم", "صالح", "مهدي", "ياسر", "أنور", "عثمان"]

    /// "حيدر عبد الكريم الموسوي": a given name, a compound one (عبد/أبو + a definite word) and the family name.
    func arabicCompoundAfterGivenName(_ start: Int, _ end: Int) -> Bool {
        end - start == 3 && !isArabicDefinite(start) && ["عبد", "ابو"].contains(tokens[start + 1].key)
    }

    /// A future verb after a place's name is the sentence's ("ميناء مرسين سيكون"): سي/ست/سن + a stem.
    static func arabicFutureVerb(_ key: String) -> Bool {
        PlainText.count(key) >= 5 && (NameFinder.arabicHasPrefix(key, "سي") || NameFinder.arabicHasPrefix(key, "ست") || NameFinder.arabicHasPrefix(key, "سن"))
    }

    /// Nouns that follow في in set phrases ("في حين", "في ظل", "في إطار"): no town.
    static let arabicNounsAfterFi = KeySet(["حين", "وقت", "ظل", "اطار", "مجال", "ضوء", "سبيل", "اعقاب", "مقدمه", "نهايه", "بدايه",
                                            "منتصف", "اثناء", "ختام", "حال", "غضون", "سياق", "شان", "عهد", "اتجاه", "مواجهه", "وجه",
                                            "مكان", "موقع", "شكل", "نفس", "سوق", "مجمل", "جميع", "معظم", "بعض", "اغلب", "مختلف"])

    /// Towns named with no head noun, which capitals cannot mark: after في/إلى, a plain word (no article,
    /// no clitic, not ة-final) that ends its phrase: a punctuation mark, a time word, a preposition or
    /// a word opening in و follows ("اجتماع عقد في مسقط،", "في دنقلا يوم الأحد"). Set phrases are kept out
    /// ("في حين أن", "في ظل …", "في وقت سابق").
    mutating func discoverArabicTownsAfterPrepositions() {
        var starts: Set<Int>?
        var k = 1
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let arabicTownPrepositions = Self.arabicTownPrepositions, arabicNounsAfterFi = Self.arabicNounsAfterFi,
            arabicMonths = Self.arabicMonths, arabicTitleHeads = Self.arabicTitleHeads, arabicComplementTitles = Self.arabicComplementTitles
        while k < tokens.count {
            defer { k += 1 }
            guard tokens[k].script == .arabic, tokens[k].kind == .word, tokens[k - 1].kind == .word,
                  arabicTownPrepositions.contains(tokens[k - 1]) else { continue }
            guard !covered[k], !isCountry[k], !isArabicDefinite(k),
                  PlainText.count(tokens[k].key) >= 3, !NameFinder.arabicHasSuffix(tokens[k].text, "ة"), !NameFinder.arabicHasSuffix(tokens[k].text, "ى") || PlainText.count(tokens[k].key) >= 5,
                  arabicNameLike(k), !arabicFlags(k).contains(.stop), !arabicFlags(k).contains(.timeWord),
                  !arabicNounsAfterFi.contains(tokens[k]), !arabicMonths.contains(tokens[k]), !isMonth(k), !arabicFlags(k).contains(.head), !arabicFlags(k).contains(.speechVerb),
                  !arabicTitleHeads.contains(tokens[k]), !arabicComplementTitles.contains(tokens[k]),
                  // (a verbal noun or verb: "في تعزيز", "في تطوير", "في استمرار")
                  !Self.arabicVerbalNounLike(tokens[k].key)
            else { continue }
            let n = k + 1
            let ends = n >= tokens.count || tokens[n].kind == .punct || tokens[n].newlineBefore
                || tokens[n].kind == .word && (arabicFlags(n).contains(.timeWord) || Self.arabicWordsAfterTowns.contains(tokens[n]))
            guard ends else { continue }
            if starts == nil { starts = Set(mentions.indices.map { mentionStart($0) }) }
            guard !starts!.contains(tokens[k].start) else { continue }
            var m = mention(k, k + 1, type: .place, evidence: .cue)
            m.placeContext = true
            mentions.append(m)
        }
    }

    /// A plain Arabic word that can be a place's bare name: no article, no country, not ة-final, no
    /// stop, time, month, title or head word, no verbal noun. Its first letter may be one a clitic
    /// would take (ليماسول, كريت, بنها): the callers' contexts admit no clitic there.
    func plainArabicPlaceWord(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].script == .arabic, tokens[k].kind == .word, !covered[k], !isCountry[k], !isArabicDefinite(k) else { return false }
        let key = tokens[k].key, text = tokens[k].text
        // (a clitic and the article: "بالاتفاق", "للمشروع")
        if Self.hasAnyPrefix(key, ["بال", "وال", "فال", "كال", "لل"]) { return false }
        return PlainText.count(key) >= 3 && !NameFinder.arabicHasSuffix(text, "ة") && !NameFinder.arabicHasSuffix(text, "ه") && !NameFinder.arabicHasSuffix(key, "ات")
            && !Self.arabicStop.contains(key) && !Self.arabicTimeWords.contains(key) && !Self.arabicNounsAfterFi.contains(key)
            && !Self.arabicMonths.contains(key) && !isMonth(k) && !arabicFlags(k).contains(.head) && !arabicFlags(k).contains(.speechVerb)
            && !Self.arabicTitleHeads.contains(key) && !Self.arabicComplementTitles.contains(key) && !Self.arabicVerbalNounLike(key)
            && !Self.arabicCompassHeads.contains(key)
    }

    /// "جنوب صيدا", "شمال طرطوس", "جزيرة كريت", "وجزيرة رودس": a compass word or an island noun (clitics
    /// allowed on it) before a plain word: that word is a place. "بين الزهراني وليماسول", "بين حلب وإدلب":
    /// after بين, a word and a plain word opening in و are the two ends of a line or a road (the first
    /// may carry the article, the second may not).
    mutating func discoverArabicPlacesAfterHeadsAndBetween() {
        // Built at the first candidate: most articles have none (a set of every mention's start
        // per article was a few per cent of extraction).
        var starts: Set<Int> = []
        var startsBuilt = false
        func add(_ k: Int, from offset: Int = 0) {
            let s = tokens[k].start + offset
            if !startsBuilt {
                starts = Set(mentions.indices.map { mentionStart($0) })
                startsBuilt = true
            }
            guard !starts.contains(s), !starts.contains(tokens[k].start) else { return }
            var m: Mention
            if offset == 0 {
                m = mention(k, k + 1, type: .place, evidence: .cue)
            } else {
                let rest = String(String.UnicodeScalarView(tokens[k].text.unicodeScalars.dropFirst(offset)))
                m = Mention(surface: rest, start: s, end: tokens[k].end, type: .place, evidence: .cue, words: [TextFolding.key(rest)])
            }
            m.placeContext = true
            mentions.append(m)
            starts.insert(s)
        }
        var k = 1
        while k < tokens.count {
            defer { k += 1 }
            guard tokens[k].script == .arabic, tokens[k].kind == .word, tokens[k - 1].kind == .word, tokens[k - 1].script == .arabic else { continue }
            if arabicFlags(k - 1).contains(.headInConstruct),
               plainArabicPlaceWord(k), !Self.arabicCompassHeads.contains(tokens[k]) {
                add(k)
                continue
            }
            // بين X وY
            guard tokens[k - 1].keyEquals("بين"), k + 1 < tokens.count, tokens[k + 1].script == .arabic, tokens[k + 1].kind == .word,
                  NameFinder.startsWithWaw(tokens[k + 1].text), !covered[k], !isCountry[k], !isCountry[k + 1] else { continue }
            // The second: و and a plain word (the word read without its و).
            let second = String(String.UnicodeScalarView(tokens[k + 1].text.unicodeScalars.dropFirst()))
            let secondKey = TextFolding.key(second)
            guard PlainText.count(secondKey) >= 3, !NameFinder.arabicHasPrefix(secondKey, "ال"), !NameFinder.arabicHasSuffix(second, "ة"), !NameFinder.arabicHasSuffix(second, "ه"),
                  !Self.arabicStop.contains(secondKey), !Self.arabicVerbalNounLike(secondKey), !covered[k + 1] else { continue }
            let firstOK = isArabicDefinite(k) ? PlainText.count(tokens[k].key) >= 5 && !NameFinder.arabicHasSuffix(tokens[k].text, "ة") && !NameFinder.arabicHasSuffix(tokens[k].text, "ه")
                && !NameFinder.arabicHasSuffix(tokens[k].key, "ات") && !arabicFlags(k).contains(.stop) && !arabicFlags(k).contains(.head)
                && !Self.arabicVerbalNounLike(String(tokens[k].key.unicodeScalars.dropFirst(2).map(Character.init)))
                : plainArabicPlaceWord(k)
            guard firstOK else { continue }
            add(k)
            add(k + 1, from: 1)
        }
    }
    /// The head alone or after one clitic letter (وجزيرة), never with the article ("والجنوب بالاتفاق").
    static func arabicHeadInConstruct(_ key: String) -> Bool {
        if arabicCompassHeads.contains(key) || arabicIslandHeads.contains(key) { return true }
        guard let f = key.unicodeScalars.first, "وفبل".unicodeScalars.contains(f) else { return false }
        let rest = String(String.UnicodeScalarView(key.unicodeScalars.dropFirst()))
        return arabicCompassHeads.contains(rest) || arabicIslandHeads.contains(rest)
    }
    static let arabicCompassHeads = KeySet(["جنوب", "شمال", "شرق", "غرب"])
    static let arabicIslandHeads = KeySet(["جزيره", "جزر"])

    /// Prepositions after which a town's bare name follows ("في مسقط", "إلى دنقلا", "قرب توشكى", "عبر رفح").
    static let arabicTownPrepositions = KeySet(["في", "الي", "قرب", "عبر"])

    /// Month names (Gregorian and Levantine), which follow في like towns ("في مايو").
    static let arabicMonths = KeySet(["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر",
                                      "ديسمبر", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين", "رمضان", "شوال"])

    /// Verbal nouns of the derived forms, which follow في as often as towns do: تفعيل/تطوير (ت…ي…),
    /// استفعال (است…ا…), افتعال (ا…ت…ا…), مفاعلة (ending ة, refused earlier).
    static func arabicVerbalNounLike(_ key: String) -> Bool {
        let s = Array(key.unicodeScalars)
        guard s.count >= 4 else { return false }
        if s.count >= 6, s[0] == "ا", s[1] == "س", s[2] == "ت" { return true }
        if s.count >= 5, s[0] == "ت", s[s.count - 2] == "ي" { return true }
        if s.count >= 5, s[0] == "ا", s[2] == "ت", s[s.count - 2] == "ا" { return true }
        return false
    }

    /// "عبر البصرة والناصرية والموصل": a definite word with و between two places is a place of the list
    /// (the one before it found, the one after it opening in و and found).
    mutating func discoverArabicPlacesInsideLists() {
        let places = mentions.indices.filter { mentionType($0) == .place }.map { mentions[$0] }
        guard places.count >= 2 else { return }
        let ends = Set(places.map(\.end)), starts = Set(places.map(\.start))
        var allStarts: Set<Int>?
        // (A place ending right before the word first: an integer look-up, where the prefix test reads the key.)
        // (And before it the key's first two bytes, و: a key opening otherwise opens with no character equal to و, so
        // has no prefix "وال" either.)
        for k in 1..<max(1, tokens.count - 1) where tokens[k].script == .arabic && tokens[k].kind == .word && keyStarts(k, "و") && ends.contains(tokens[k - 1].end)
            && NameFinder.arabicHasPrefix(tokens[k].key, "وال") {
            guard tokens[k + 1].script == .arabic, NameFinder.startsWithWaw(tokens[k + 1].key),
                  starts.contains(tokens[k + 1].start) || starts.contains(tokens[k + 1].start + 1), !covered[k], !isCountry[k],
                  !arabicFlags(k).contains(.stop), PlainText.count(tokens[k].key) >= 5 else { continue }
            if allStarts == nil { allStarts = Set(mentions.indices.map { mentionStart($0) }) }
            guard !allStarts!.contains(tokens[k].start), !allStarts!.contains(tokens[k].start + 1) else { continue }
            let rest = String(String.UnicodeScalarView(tokens[k].text.unicodeScalars.dropFirst()))
            var m = Mention(surface: rest, start: tokens[k].start + 1, end: tokens[k].end, type: .place, evidence: .cue, words: [TextFolding.key(rest)])
            m.placeContext = true
            mentions.append(m)
        }
    }
}

extension NameFinder {
    /// Place heads that a royal title and a name may follow: "جسر الملك فهد", "مطار الملك خالد", "ميناء الملك عبدالله".
    static let arabicRoyalPlaceHeads = KeySet(["جسر", "مطار", "ميناء", "مدينه", "شارع"])
    static let arabicRoyalTitles = KeySet(["الملك", "الامير", "الشيخ", "السلطان"])

    /// "جسر الملك فهد", "بموازاة جسر الملك فهد", "لمطار الملك خالد": a bridge, airport, port, city or street
    /// named after a ruler is a place: the head (without a clitic), the title and one name word.
    mutating func discoverArabicRoyalPlaces() {
        guard articleHas(Self.arabicRoyalTitles) else { return }
        var i = 0
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let arabicRoyalTitles = Self.arabicRoyalTitles, arabicRoyalPlaceHeads = Self.arabicRoyalPlaceHeads
        while i + 2 < tokens.count {
            defer { i += 1 }
            // (The royal title after the word first, by its key's hash: the stems' look-ups only before one.)
            guard tokens[i].script == .arabic, tokens[i].kind == .word, arabicRoyalTitles.contains(tokens[i + 1]),
                  !NameFinder.arabicHasPrefix(tokens[i].key, "ال"), tokens[i].stems.contains(where: { arabicRoyalPlaceHeads.contains($0) }),
                  tokens[i + 2].script == .arabic, tokens[i + 2].kind == .word,
                  !isArabicDefinite(i + 2), !isCountry[i + 2], !arabicFlags(i + 2).contains(.stop),
                  arabicTitledNameLike(i + 2)
                    || tokens[i + 2].text.first == "ف" && PlainText.count(tokens[i + 2].key) >= 3 && !NameFinder.arabicHasPrefix(tokens[i + 2].key, "فال")   // فهد, فيصل
            else { continue }
            let (s0, e0) = (tokens[i].start, tokens[i + 2].end)
            // (A known ruler read in the name, "الملك فهد", gives way to the place named after him.)
            mentions.removeAll { $0.type == .person && $0.start >= tokens[i + 1].start && $0.end <= e0 }
            guard !mentions.indices.contains(where: { mentionType($0) != .organization && mentionStart($0) < e0 && mentionEnd($0) > s0 }) else { continue }
            var m = mention(i, i + 3, type: .place, evidence: .cue)
            m.placeContext = true
            // ("بمطار الملك خالد", "لجسر الملك فهد": the head's clitic is no part of the name.)
            m = strippingHeadClitic(m, head: i, refusingBal: true) { arabicRoyalPlaceHeads.contains($0) } ?? withoutHeadClitic(m, head: i)
            mentions.append(m)
            for k in i..<(i + 3) { covered[k] = true }
            i += 2
        }
    }

    /// "中信集团" after "中国中信集团有限公司": a Han organization named without its legal-form tail is the
    /// one named with it in the same article (one entity, keyed by the full name).
    mutating func linkHanCompaniesWithoutTail() {
        // (`PlainText` tests: the `String` answers, on the bytes of plain surfaces, as Han names are.)
        // (The full names by index, read in place: `filter` copied every mention it tested. None of them is changed below:
        // a mention changed has no legal tail.)
        let full = mentions.indices.filter { mentionType($0) == .organization && mentionKnown($0) == nil && Self.hasAnySuffix(mentionSurface($0), Self.hanLegalTails) }
        guard !full.isEmpty else { return }
        for k in mentions.indices where mentionType(k) == .organization && mentionKnown(k) == nil {
            let s = mentionSurface(k)
            guard !Self.hasAnySuffix(s, Self.hanLegalTails),
                  let f = full.first(where: { f in Self.hanLegalTails.contains { PlainText.isConcatenation(mentionSurface(f), s, $0) } }) else { continue }
            mentions[k].words = mentionWords(f)
        }
    }
    static let hanLegalTails = ["股份有限公司", "有限责任公司", "有限公司"]
}

extension NameFinder {
    /// "سالم الطاهر الزوي،", "الهادي …": a given name, a second name with the article (الطاهر, الهادي,
    /// الصادق are given names too) and the family name with its article, closed by punctuation, a
    /// preposition or a verb of saying. `k` is the word after the first definite one; returns the end.
    func arabicSecondDefiniteNameEnd(_ k: Int) -> Int? {
        guard k < tokens.count, tokens[k].script == .arabic, tokens[k].kind == .word, tokens[k].spaceBefore, !covered[k], !isCountry[k],
              isArabicDefinite(k), PlainText.count(tokens[k].key) >= 4, !arabicFlags(k).contains(.stop),
              !arabicFlags(k).contains(.timeWord), !arabicFlags(k).contains(.head),
              !tokens[k].stems.contains(where: { Self.arabicTitleHeads.contains($0) || Self.arabicComplementTitles.contains($0) }),
              arabicNameClosesBefore(k + 1) else { return nil }
        return k + 1
    }

    /// Indefinite nouns of a construct chain inside a title ("رئيس مجلس إدارة المؤسسة", "مجلس أمناء الجامعة"):
    /// the complement goes on to the definite word after them.
    static let arabicTitleConstructNouns = KeySet(["اداره", "امناء", "شؤون", "اركان"])
    func arabicConstructNounInTitle(_ j: Int) -> Bool {
        Self.arabicTitleConstructNouns.contains(tokens[j]) && j + 1 < tokens.count && tokens[j + 1].kind == .word && isArabicDefinite(j + 1)
    }

    /// A definite company head ("الشركة", "والبنك"): a plain word after it is no company name ("الشركة سالم …").
    func arabicDefiniteHead(_ i: Int) -> Bool {
        NameFinder.arabicHasPrefix(tokens[i].key, "ال") || NameFinder.arabicHasPrefix(tokens[i].key, "وال")
    }

    /// "между Нови-Садом и …" then "Мэр Нови-Сада …": a place whose words are another place's but for a case
    /// ending on the last word is that place (one entity, keyed by the shorter form).
    mutating func linkRussianPlaceCases() {
        // (one-word organizations too: «Транснафта» … «Транснафты»; each kind is linked only within itself)
        let places = mentions.indices.filter { mentionKnown($0) == nil && !mentionWords($0).isEmpty
            && (mentionType($0) == .place || mentionType($0) == .organization && mentionWordCount($0) == 1) }
        guard places.count >= 2 else { return }
        // Places by all words but the last, and by kind: only those can be case forms of each other. The words each
        // place had before this pass (`heads`) decide; the groups are found by comparing them in place (a dictionary of
        // arrays of words, built and hashed for every article with two places, cost more than the comparisons).
        let heads = places.map { mentionWords($0) }
        let isPlace = places.map { mentionType($0) == .place }
        func sameHead(_ x: Int, _ y: Int) -> Bool {
            guard isPlace[x] == isPlace[y], heads[x].count == heads[y].count else { return false }
            return heads[x].count == 1 || heads[x].dropLast().elementsEqual(heads[y].dropLast())
        }
        for (pk, k) in places.enumerated() {
            // (`heads[pk]` is still the place's words: a place's words change only at its own turn.)
            guard let last = heads[pk].last else { continue }
            // The first other place of the group, in order, whose last word `last` is a case form of.
            var base: Int?
            for pq in places.indices where pq != pk && sameHead(pq, pk) {
                // (The other's words now: one linked before reads as its base.)
                if let l = mentions[places[pq]].words.last, Self.russianCaseBase(l, of: last) { base = places[pq]; break }
            }
            guard let base else { continue }
            mentions[k].words = mentionWords(base)
            if !mentions[k].variants.contains(mentionSurface(k)) { mentions[k].variants.append(mentionSurface(k)) }
            mentions[k].surface = mentionSurface(base)
        }
    }
    static let russianCaseEndings = ["ом", "ем", "а", "я", "е", "у", "ю", "ой", "ы", "и", "і"]

    /// `last` is a case form of the last word `l` of another place (see `linkRussianPlaceCases`).
    static func russianCaseBase(_ l: String, of last: String) -> Bool {
        guard !PlainText.equal(l, last), PlainText.count(l) >= 3 else { return false }
        if isConcatenation(last, l, anyOf: russianCaseEndings) { return true }
        // A feminine name in "-а"/"-я" and its oblique forms (Транснафта → Транснафты, Вапнярка → Вапнярке).
        guard PlainText.hasSuffix(l, "а") || PlainText.hasSuffix(l, "я") else { return false }
        let stem = String(l.dropLast())
        return PlainText.count(stem) >= 3 && isConcatenation(last, stem, anyOf: russianFeminineEndings)
    }

    /// `word == stem + ending` without building the string: for plain text (see `PlainText`) canonical
    /// equality is byte equality, so the bytes answer; other text compares as before.
    static func isConcatenation(_ word: String, _ stem: String, _ ending: String) -> Bool {
        let fast = word.utf8.withContiguousStorageIfAvailable { w -> Bool? in
            stem.utf8.withContiguousStorageIfAvailable { s -> Bool? in
                ending.utf8.withContiguousStorageIfAvailable { e -> Bool? in
                    guard PlainText.isPlain(w), PlainText.isPlain(s), PlainText.isPlain(e) else { return nil }
                    guard w.count == s.count + e.count else { return false }
                    guard s.count > 0, e.count > 0 else { return nil }
                    return memcmp(w.baseAddress!, s.baseAddress!, s.count) == 0 && memcmp(w.baseAddress! + s.count, e.baseAddress!, e.count) == 0
                } ?? nil
            } ?? nil
        } ?? nil
        return fast ?? (word == stem + ending)
    }
    static let russianFeminineEndings = ["ы", "и", "е", "у", "ю", "ой", "ей", "і", "ою", "ею"]

    /// `endings.contains { isConcatenation(word, stem, $0) }`, with the word and the stem checked plain once
    /// (not once per ending: the scans of both were most of the cost of linking a Russian place's cases).
    /// Plain word, stem and ending are compared as bytes, as `isConcatenation` compares them; any other
    /// combination asks `isConcatenation` itself.
    static func isConcatenation(_ word: String, _ stem: String, anyOf endings: [String]) -> Bool {
        let fast = word.utf8.withContiguousStorageIfAvailable { w -> Bool? in
            stem.utf8.withContiguousStorageIfAvailable { s -> Bool? in
                guard s.count > 0, PlainText.isPlain(w), PlainText.isPlain(s) else { return nil }
                let startsWithStem = w.count > s.count && memcmp(w.baseAddress!, s.baseAddress!, s.count) == 0
                for ending in endings {
                    let r = ending.utf8.withContiguousStorageIfAvailable { e -> Bool? in
                        guard PlainText.isPlain(e), e.count > 0 else { return nil }
                        guard w.count == s.count + e.count else { return false }
                        return startsWithStem && memcmp(w.baseAddress! + s.count, e.baseAddress!, e.count) == 0
                    } ?? nil
                    if r ?? isConcatenation(word, stem, ending) { return true }
                }
                return false
            } ?? nil
        } ?? nil
        return fast ?? endings.contains { isConcatenation(word, stem, $0) }
    }
}

extension NameFinder {
    /// "الهادي بن علي الزواري": a given name with the article (الهادي, الطاهر, الصادق), بن/ابن, the father's
    /// name and the family name with its article, wherever it stands (a title's complement may have read
    /// the first word as its own). Runs after the title rules, over what they left.
    mutating func discoverArabicArticleGivenNames() {
        guard articleHas(Self.arabicSonOfCues) else { return }
        var k = 0
        while k + 3 < tokens.count {
            defer { k += 1 }
            guard tokens[k].script == .arabic, tokens[k].kind == .word, isArabicDefinite(k), !covered[k], !isCountry[k],
                  // (Byte compares: no array of strings, no normalizing `==`; nothing else is canonically these words.)
                  tokens[k + 1].keyEquals("بن") || tokens[k + 1].keyEquals("ابن"), PlainText.count(tokens[k].key) >= 5,
                  !arabicFlags(k).contains(.stop), !arabicFlags(k).contains(.timeWord), !arabicFlags(k).contains(.head),
                  !tokens[k].stems.contains(where: { Self.arabicTitleHeads.contains($0) || Self.arabicComplementTitles.contains($0) }),
                  // (after بن any plain word is the father's name, "علي" too, which folds like the preposition)
                  arabicPlainNameWord(k + 2) || tokens[k + 2].keyEquals("علي") && tokens[k + 2].spaceBefore && !covered[k + 2],
                  tokens[k + 3].kind == .word, tokens[k + 3].script == .arabic, isArabicDefinite(k + 3),
                  !covered[k + 3], !isCountry[k + 3], !arabicFlags(k + 3).contains(.stop), !arabicFlags(k + 3).contains(.timeWord),
                  !arabicFlags(k + 3).contains(.head) else { continue }
            let (s0, e0) = (tokens[k].start, tokens[k + 3].end)
            // ("للشركة الهادي": an organization that read the given name as its adjective gives it back.)
            mentions.removeAll { $0.type == .organization && $0.known == nil && $0.end == tokens[k].end && $0.start < s0 }
            guard !mentions.indices.contains(where: { mentionStart($0) < e0 && mentionEnd($0) > s0 && mentionType($0) != .country }) else { continue }
            mentions.append(mention(k, k + 4, type: .person, evidence: .cue))
            for j in k..<(k + 4) { covered[j] = true }
            k += 3
        }
    }

    /// The gate of `discoverArabicArticleGivenNames`: the بن/ابن between the names.
    static let arabicSonOfCues = KeySet(["بن", "ابن"])

    /// `cyrillicAbstractNounEndings` read once for the byte tests of `hasAnySuffix` / `hasAnyPrefix` (see `AffixList`).
    static let cyrillicAbstractNounEndingsAffixes = AffixList(cyrillicAbstractNounEndings)
    /// Endings of Russian and Ukrainian abstract and verbal nouns ("заседание", "делегация", "руководство"),
    /// which no adjective of a name has.
    static let cyrillicAbstractNounEndings = ["ние", "тие", "ння", "ция", "ція", "ство", "ость", "ість"]

    /// "Следующее заседание межправительственного совета": a sentence's opening word, then a lowercase
    /// abstract noun before the organization keyword, is a sentence, not a name (Russian names are
    /// adjectives before their keyword: "Центральная избирательная комиссия"). The name starts at the
    /// first capitalized word after that word, if any ("Первое заседание Совета Федерации"). Returns the new
    /// start, `b` when nothing is left, or nil when the span is a name as it stands.
    func cyrillicOrganizationStartAfterSentenceWords(_ a: Int, _ b: Int) -> Int? {
        guard tokens[a].script == .cyrillic, tokens[a].sentenceStart, orgKeyword(at: a) == nil,
              let keyword = (a..<b).first(where: { orgKeyword(at: $0) != nil && !isCountry[$0] }), keyword > a + 1 else { return nil }
        guard let noun = ((a + 1)..<keyword).last(where: { k in tokens[k].kind == .word && !tokens[k].capitalized && tokens[k].script == .cyrillic
            && PlainText.count(tokens[k].key) >= 4 && Self.hasAnySuffix(tokens[k].key, Self.cyrillicAbstractNounEndingsAffixes) })
        else { return nil }
        return ((noun + 1)..<b).first(where: { isCap($0) }) ?? b
    }
}

// MARK: holdout11 patterns (Russian)

extension NameFinder {
    /// An organization's name in an oblique case after (or before) its nominative elsewhere in the article:
    /// "«Агроэкспорт-Юга»" and "«Агроэкспорт-Юг»", "«Уралтрансмаша»" and "«Уралтрансмаш»": the same words but the
    /// last, which adds a case ending (-а -у -ом -е) to the other's. The oblique form takes the nominative's words.
    mutating func linkRussianOrganizationCases() {
        var orgs: [Int] = []
        for k in mentions.indices where mentionType(k) == .organization && mentionKnown(k) == nil && !mentionWords(k).isEmpty { orgs.append(k) }
        guard orgs.count >= 2 else { return }
        for k in orgs {
            let w = mentionWords(k)
            guard let last = w.last, let scalar = mentionSurface(k).unicodeScalars.first(where: { $0.properties.isAlphabetic }),
                  (0x0400...0x04FF).contains(scalar.value) else { continue }
            for q in orgs where q != k {
                let p = mentionWords(q)
                guard p.count == w.count, let pLast = p.last, p.dropLast() == w.dropLast(), PlainText.count(pLast) >= 2,
                      ["а", "у", "ом", "е"].contains(where: { PlainText.isConcatenation(last, pLast, $0) }) else { continue }
                mentions[k].variants.append(mentionSurface(k))
                mentions[k].surface = mentionSurface(q)
                mentions[k].words = p
                break
            }
        }
    }

    /// "в Ханое" read by the place-case rule as "Ханой" (the knowledge base's stem "Ханой~" takes endings, not
    /// й → е) while the dateline "ХАНОЙ" matched the knowledge base: a discovered place whose lemma has the
    /// words of a known place in the same article is that place, so the two group.
    mutating func linkRussianPlaceLemmasToKnown() {
        var knownPlaces: [Int] = []
        for mi in mentions.indices where mentionType(mi) == .place && mentionKnown(mi) != nil { knownPlaces.append(mi) }
        guard !knownPlaces.isEmpty else { return }
        // A few known places (nearly every article) are compared in place, the last with the same words winning as in
        // a dictionary filled in order; many are looked up in one (hashing every place's words cost more than the
        // comparisons, most of which fail at the word count or the first word).
        var known: [[String]: Int] = [:]
        let hashed = knownPlaces.count > Self.placeLemmaScanLimit
        if hashed { for mi in knownPlaces { known[mentionWords(mi)] = mentionKnown(mi) } }
        for k in mentions.indices where mentionType(k) == .place && mentionKnown(k) == nil {
            var id: Int?
            if hashed {
                id = known[mentionWords(k)]
            } else {
                let words = mentions[k].words
                for mi in knownPlaces.reversed() where Self.sameWords(mentions[mi].words, words) { id = mentionKnown(mi); break }
            }
            guard let id else { continue }
            mentions[k].known = id
            mentions[k].evidence = .known
        }
    }
    /// Known places up to which `linkRussianPlaceLemmasToKnown` compares words in place.
    static let placeLemmaScanLimit = 16

    /// `a == b` for two mentions' words (canonical equivalence per word, on bytes for plain words: `PlainText.equal`).
    @inline(__always) static func sameWords(_ a: [String], _ b: [String]) -> Bool {
        guard a.count == b.count else { return false }
        for i in a.indices where !PlainText.equal(a[i], b[i]) { return false }
        return true
    }

    /// "Катарская компания Hassad Food", "Китайская корпорация …": a country's adjective and a company noun
    /// alone describe the company that follows; they are no name (the country stays a country).
    mutating func dropRussianCountryCompanyDescriptions() {
        guard articleHas(Self.russianCompanyDescriptionNouns) else { return }
        var drop: [Int] = []
        for k in mentions.indices where mentionType(k) == .organization {   // (only organizations copied)
            let m = mentions[k]
            guard m.known == nil, m.words.count == 2, let a = tokenIndex(containing: m.start),
                  a + 1 < tokens.count, tokens[a].script == .cyrillic, isCountry[a], tokens[a + 1].end == m.end,
                  tokens[a + 1].kind == .word, !tokens[a + 1].capitalized, Self.russianCompanyDescriptionNouns.contains(tokens[a + 1]) else { continue }
            drop.append(k)
        }
        for k in drop.reversed() { mentions.remove(at: k) }
    }
    static let russianCompanyDescriptionNouns = KeySet(["компания", "компании", "компанией", "компанию", "корпорация", "корпорации", "корпорацией",
                                                        "группа", "группы", "группой", "холдинг", "холдинга", "концерн", "концерна",
                                                        "фирма", "фирмы", "фирмой", "сторона", "стороны", "делегация", "делегации"])

    /// Endings of verbal nouns (a list read once: see `AffixList`).
    static let russianVerbalNounEndings = AffixList(["ание", "ение", "ствие", "тие", "ство"])

    /// A sentence opened by a verbal noun and lowercase words ("Финансирование проекта обеспечит …",
    /// "Строительство дороги начнётся …"): a common noun phrase, no name. Institution nouns in the same
    /// shape ("Управление делами …", "Объединение …") are keywords and stay.
    func russianVerbalNounOpening(_ a: Int, _ b: Int) -> Bool {
        guard b - a >= 2, tokens[a].script == .cyrillic, tokens[a].sentenceStart, tokens[a].kind == .word,
              Self.hasAnySuffix(tokens[a].key, Self.russianVerbalNounEndings),
              orgKeyword(at: a) == nil, placeKeyword(at: a) == nil, !covered[a] else { return false }
        return ((a + 1)..<b).allSatisfy { tokens[$0].kind != .word || !tokens[$0].capitalized && !tokens[$0].allCaps }
    }

    /// Endings of a Russian surname's oblique cases after its nominative: masculine (-а -у -ом -ым -ем -е) on
    /// the whole nominative ("Оболенцева" of "Оболенцев"), feminine (-ой -ы -и -е -у) in place of its -а.
    static let russianSurnameCaseEndings: [(ending: String, feminine: Bool)] = [
        ("ом", false), ("ым", false), ("ем", false), ("а", false), ("у", false), ("е", false),
        ("ой", true), ("ы", true), ("и", true), ("е", true), ("у", true),
    ]

    /// A person's full name in an oblique case, or with initials, after the same person in the
    /// nominative earlier or later in the article: "по словам Виталия Антонова" and "Виталий Антонов",
    /// "Д. А. Кравчука" and "Дмитрий Кравчук", "Ерлана Сапаргалиулы" and "Ерлан Сапаргалиулы" (an
    /// indeclinable Kazakh patronymic), "Карима Саиди" and "Карим Абдель-Азиз Саиди". The mention takes the
    /// nominative's words, so the two group. The first word must be an initial or a case form of the
    /// nominative's given name: "Анна Петрова" is no form of "Андрей Петров" (the feminine of a surname is
    /// the same -а as its masculine genitive), nor "Алёна Петрова" of "Алексей Петров".
    mutating func linkRussianObliqueFullNames() {
        var full: [Int] = []
        for k in mentions.indices where mentionType(k) == .person && mentionKnown(k) == nil && mentionWordCount(k) >= 2 { full.append(k) }
        guard full.count >= 2 else { return }
        // `a` is an initial of `b`, or an oblique case of the given name `b` ("Шерифа", "Виталия", "Мадины", "Игорем").
        func givenNameCase(_ a: String, of b: String) -> Bool {
            // Two words whose first scalars differ and are inert (see `PlainText.startsDiffer`) have different first
            // characters: answered from those scalars, before either word is scanned (most pairs of the article's names).
            let startsDiffer = a.utf8.withContiguousStorageIfAvailable { x in
                b.utf8.withContiguousStorageIfAvailable { y in PlainText.startsDiffer(x, y) } ?? false
            } ?? false
            if startsDiffer { return false }
            // (Plain words, see `PlainText`, whose first bytes differ have different first characters:
            // answered without extracting characters.)
            // The first scalar's bytes, not only the first byte: Cyrillic capitals share their first byte.
            // (Two different inert first scalars, most pairs, answer before either word is scanned: `startsDiffer`.)
            let inertDiffer = a.utf8.withContiguousStorageIfAvailable({ x in b.utf8.withContiguousStorageIfAvailable { y in PlainText.startsDiffer(x, y) } }) ?? nil
            if inertDiffer == true { return false }
            let differ = a.utf8.withContiguousStorageIfAvailable({ x in b.utf8.withContiguousStorageIfAvailable { y -> Bool? in
                guard !x.isEmpty, !y.isEmpty, PlainText.isPlain(x), PlainText.isPlain(y) else { return nil }
                let n = x[0] < 0x80 ? 1 : x[0] < 0xE0 ? 2 : 3
                guard y.count >= n else { return true }
                for i in 0..<n where x[i] != y[i] { return true }
                return false
            } }) ?? nil
            if differ == true { return false }
            if differ == nil {
                guard let x = a.first, let y = b.first, x == y else { return false }
            }
            guard !PlainText.equal(a, b) else { return false }
            if PlainText.count(a) == 1 { return PlainText.count(b) > 1 }
            if PlainText.hasPrefix(a, b) { return ["а", "у", "ом", "ым", "е", "ем"].contains(String(a.dropFirst(b.count))) }
            guard let end = b.last, b.count >= 3 else { return false }
            let stem = String(b.dropLast())
            guard PlainText.hasPrefix(a, stem) else { return false }
            let tail = String(a.dropFirst(stem.count))
            switch end {
            case "й", "ь": return ["я", "ю", "ем", "е", "и"].contains(tail)
            case "а", "я": return ["ы", "и", "е", "у", "ой", "ей", "ю"].contains(tail)
            default: return false
            }
        }
        for k in full {
            let m = mentions[k]
            guard let last = m.words.last, let first = m.words.first, PlainText.count(last) >= 4,
                  let scalar = m.surface.unicodeScalars.first, (0x0400...0x04FF).contains(scalar.value) else { continue }
            for q in full where q != k {
                // (Read in place: the mention is copied only for a name that fits.)
                guard let pFirst = mentionWords(q).first, givenNameCase(first, of: pFirst), mentionWords(q) != m.words,
                      let pLast = mentionWords(q).last else { continue }
                let p = mentions[q]
                // The same (indeclinable) surname after an inflected given name ("Ерлана Сапаргалиулы"), or a
                // surname's case form.
                var same = pLast == last
                if !same {
                    for (ending, feminine) in Self.russianSurnameCaseEndings where PlainText.hasSuffix(last, ending) {
                        let stem = String(last.dropLast(ending.count))
                        if feminine ? pLast == stem + "а" : pLast == stem { same = true; break }
                    }
                }
                guard same else { continue }
                // Only a form that is not itself the nominative of that person is rewritten: the longer
                // nominative wins (a mention with fewer words never replaces one with more).
                guard p.words.count >= m.words.count || first.count == 1 else { continue }
                mentions[k].variants.append(m.surface)
                mentions[k].surface = p.surface
                mentions[k].words = p.words
                break
            }
        }
    }
}

// MARK: holdout11 patterns (Arabic)

extension NameFinder {
    /// Nouns of a state in construct with its name ("دولة الكويت", "جمهورية مصر", "مملكة البحرين").
    static let arabicStateNouns = KeySet(["دوله", "جمهوريه", "مملكه", "سلطنه", "اماره"])
    /// Prepositions that carry a title's complement on ("سفير الكويت لدى فيتنام", "رئيس لجنة الصحة في مجلس الشعب").
    static let arabicTitlePrepositions = KeySet(["لدي", "في"])

    /// Token `j`, in the complement of the title at `i`, is a state noun before its country ("سفير دولة
    /// الكويت", "سفير جمهورية بيلاروس") or a preposition before a country, a known name or an organization
    /// head with its article-bearing field ("لدى فيتنام", "في مجلس الشعب"): the complement goes on over it to
    /// the name ("… لدى فيتنام ناصر عبدالله الشمري").
    func arabicTitleBridge(_ i: Int, _ j: Int) -> Bool {
        guard j + 1 < tokens.count, tokens[j + 1].script == .arabic, tokens[j + 1].kind == .word else { return false }
        let key = tokens[j].key
        if Self.arabicStateNouns.contains(key) { return isCountry[j + 1] }
        guard j > i + 1, Self.arabicTitlePrepositions.contains(key) else { return false }
        if isCountry[j + 1] || covered[j + 1] && !isArabicDefinite(j + 1) { return true }
        return arabicFlags(j + 1).contains(.orgOrPlaceHead) && !arabicFlags(j + 1).contains(.placeHead) && j + 2 < tokens.count
            && tokens[j + 2].script == .arabic && isArabicDefinite(j + 2)
    }

    /// Honorifics and academic titles between an organization and a person ("مجلس الشعب الدكتور مازن …"):
    /// an organization or place found running on over one ends before it.
    static let arabicHonorifics = KeySet(["الدكتور", "الدكتوره", "المهندس", "المهندسه", "معالي", "سعاده", "سمو", "فخامه", "الاستاذ", "الاستاذه"])

    /// Token `k` and the next are a middle name and a family name with its article ("… حبيب الحسن"): a
    /// plain name word, then a definite word that is no organization, place or title head.
    func arabicMiddleAndFamilyName(_ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k].script == .arabic, tokens[k].kind == .word, tokens[k + 1].script == .arabic,
              tokens[k + 1].kind == .word, tokens[k].spaceBefore, tokens[k + 1].spaceBefore, !covered[k], !covered[k + 1],
              !isArabicDefinite(k), isArabicDefinite(k + 1), !isCountry[k + 1], arabicTitledNameLike(k),
              !arabicFlags(k).contains(.stop), !arabicFlags(k + 1).contains(.timeWord), !arabicFlags(k).contains(.head)
        else { return false }
        return !arabicFlags(k + 1).contains(.head)
    }

    /// Token `k` is an organization head noun in the construct state, with or without a clitic ("لشركة",
    /// "مجموعة", "وكالة"): what follows is that organization's name, not a person's.
    func arabicNameOfOrganizationHead(_ k: Int) -> Bool {
        // ("للمكتب", "والمجلس": a head with the article ends the complement; the name follows.)
        guard tokens[k].script == .arabic, tokens[k].kind == .word, !isArabicDefinite(k),
              !Self.hasAnyPrefix(tokens[k].key, ["لل", "وال", "بال", "فال", "كال"]) else { return false }
        let f = arabicFlags(k)
        return f.contains(.orgOrPlaceHead) && !f.contains(.placeHead) && !f.contains(.titledNameHead)
    }

    /// A given name opening with و or ف, letters that are also conjunctions ("فهد", "وسيم", "فايز"), before a
    /// middle name and a family name with its article ("فهد يوسف المطوع"): not a word whose clitic-less stem is a
    /// verb of saying or a function word ("فقال أحمد الطيب").
    func arabicCliticLetterGivenName(_ start: Int) -> Bool {
        guard let first = tokens[start].text.unicodeScalars.first, "وفبلك".unicodeScalars.contains(first), PlainText.count(tokens[start].key) >= 3,
              PlainText.count(tokens[start].key) <= 5, start + 2 < tokens.count else { return false }
        // (The middle name may open with و or ف too: "وسيم فايز العلبي".)
        let middle = start + 1
        if !arabicMiddleAndFamilyName(middle) {
            guard let m0 = tokens[middle].text.unicodeScalars.first, m0 == "و" || m0 == "ف", PlainText.count(tokens[middle].key) >= 4,
                  tokens[middle].script == .arabic, tokens[middle].kind == .word, tokens[middle].spaceBefore, !covered[middle],
                  !arabicFlags(middle).contains(.speechVerb), !arabicFlags(middle).contains(.head), !arabicFlags(middle).contains(.stop),
                  !tokens[middle].stems.dropFirst().contains(where: { Self.arabicStop.contains($0) || Self.arabicSpeechVerbs.contains($0) }),
                  tokens[start + 2].script == .arabic, tokens[start + 2].kind == .word, isArabicDefinite(start + 2), !isCountry[start + 2],
                  !covered[start + 2], !arabicFlags(start + 2).contains(.head), !arabicFlags(start + 2).contains(.timeWord)
            else { return false }
        }
        if arabicFlags(start).contains(.speechVerb) { return false }
        if tokens[start].stems.dropFirst().contains(where: { Self.arabicStop.contains($0) || Self.arabicSpeechVerbs.contains($0) || Self.arabicTitleHeads.contains($0) }) {
            return false
        }
        // ("وبحث سبل التعاون" reads the same way): the family name must recur in the article on its own
        // ("الوزير العلبي", "وقال المطوع"), as a person's does.
        let family = tokens[start + 2].key, at = start + 2
        return tokens.indices.contains { k in k != at && tokens[k].kind == .word && (tokens[k].key == family || tokens[k].stems.contains(family)) }
    }

    /// Cuts an Arabic organization or place found running on over an honorific (and what follows) before it.
    mutating func trimArabicNamesAtHonorifics() {
        for k in mentions.indices where mentionType(k) == .organization || mentionType(k) == .place {
            let m = mentions[k]
            guard m.known == nil, let a = tokenIndex(containing: m.start), tokens[a].script == .arabic else { continue }
            var b = a + 1
            while b < tokens.count, tokens[b].start < m.end, !Self.arabicHonorifics.contains(tokens[b]) { b += 1 }
            // "شركة نور الصحراء للطاقة الإماراتية": a country's nisba after the company's field describes it.
            if m.type == .organization, b < tokens.count, tokens[b].start >= m.end, b - a >= 4, isCountry[b - 1],
               NameFinder.arabicHasPrefix(tokens[b - 2].key, "لل") {
                b -= 1
            } else {
                guard b < tokens.count, tokens[b].start < m.end, b - a >= 2 else { continue }
            }
            var cut = mention(a, b, type: m.type!, evidence: m.evidence)
            cut.placeContext = m.placeContext
            mentions[k] = cut
        }
    }
}

// MARK: holdout11 patterns (Chinese)

extension NameFinder {
    /// Words whose second character opens a known two-character name by accident: 抵达/到达/长达… before
    /// 达卡 ("抵达卡拉苏"), 盐湖 before 湖北/湖南 ("盐湖北部").
    static let hanWordsOverNames: Set<UInt64> = Set(["抵达", "到达", "送达", "直达", "长达", "高达", "多达", "传达", "下达", "表达", "发达",
                                                     "盐湖", "咸湖", "江河", "运河", "内河",
                                                     // "其中共有" (其中 + 共有, "among them, in all"), "集中国力", "心中国家": words ending
                                                     // in 中 before a name that opens with 中 (中共, 中国).
                                                     "其中", "集中", "心中", "空中", "途中", "家中", "手中"].map { w in
        let c = w.unicodeScalars.map { UInt64(hanCode($0)) }
        return c[0] << 32 | c[1]
    })
    /// Words that open with a name's last character, read across the name's end: "会谈中共同签署" (中 + 共同,
    /// "jointly"), "讨论中共享" (共享, "share"), "中共计" (共计, "in all"): no 中共 (the Communist Party of China).
    static let hanWordsAfterNames: Set<UInt64> = Set(["共同", "共享", "共计", "共识", "共鸣", "共存", "共赢", "共处"].map { w in
        let c = w.unicodeScalars.map { UInt64(hanCode($0)) }
        return c[0] << 32 | c[1]
    })
    static let hanPartCode = hanCode("部"), hanShareCode = hanCode("分")
    static let hanProvinceCodes = HanCharSet("省州邦县")
    static let hanVietnameseMiddleCode = hanCode("氏")
    /// First characters of verbs of speaking after a name (介绍, 谈到, 透露), besides `hanAfterNameSet`.
    static let hanSpeechStarts = HanCharSet("介谈透")

    /// An organization's name from `start` to its suffix at `p` holds a province, state or county (省 州 邦 县)
    /// two to five characters into it, after the leading country: "越南谅山省人民委员会" is the body of 谅山省.
    func hanProvincialBodyAfterCountry(_ chars: [UInt32], _ start: Int, _ p: Int) -> Bool {
        guard p - start >= 5 else { return false }
        for k in (start + 3)..<min(p, start + 10) where Self.hanProvinceCodes.contains(chars[k]) { return true }
        return false
    }

    /// A known Han name matched at `offset` that the text reads otherwise: its first character ends a word
    /// of `hanWordsOverNames` with the character before, or a two-character name ending in a compass point is
    /// followed by 部 ("湖北部" is 湖 + 北部, the lake's north; "海南部分" stays Hainan).
    static func hanMatchSplitsWord(_ s: [Unicode.Scalar], _ offset: Int, _ length: Int) -> Bool {
        if offset > 0, hanWordsOverNames.contains(UInt64(hanCode(s[offset - 1])) << 32 | UInt64(hanCode(s[offset]))) { return true }
        if length >= 2, offset + length < s.count,
           hanWordsAfterNames.contains(UInt64(hanCode(s[offset + length - 1])) << 32 | UInt64(hanCode(s[offset + length]))) { return true }
        if length == 2, offset + 2 < s.count, hanCompassCodes.contains(hanCode(s[offset + 1])), hanCode(s[offset + 2]) == hanPartCode,
           !(offset + 3 < s.count && hanCode(s[offset + 3]) == hanShareCode) {
            return true
        }
        return false
    }
}

extension NameFinder {
    /// The fields of a chamber's name, in the construct state or with the article, coordinated or not.
    static let arabicChamberFields = KeySet(["تجاره", "صناعه", "زراعه", "ملاحه", "وتجاره", "وصناعه", "وزراعه", "وملاحه",
                                             "التجاره", "الصناعه", "الزراعه", "الملاحه", "والتجاره", "والصناعه", "والزراعه", "والملاحه"])

    /// Chambers of commerce, industry and agriculture named by their town ("غرفة صناعة حلب", "غرفة تجارة وصناعة
    /// عمان", "غرفة التجارة والصناعة والزراعة في طرابلس والشمال"): the head, one to three fields, an optional في,
    /// the town (a known place or country, or a plain word that looks like a place) and an optional coordinated
    /// region ("والشمال"). Runs before the titled-names pass, so that a chamber's head is no person's title
    /// complement ("رئيس غرفة صناعة حلب محمود …").
    mutating func discoverArabicChambers() {
        var k = 0
        while k + 2 < tokens.count {
            defer { k += 1 }
            // (The head flags are cached per word: most tokens fail there before any string comparison.)
            guard tokens[k].script == .arabic, tokens[k].kind == .word, !covered[k], arabicFlags(k).contains(.orgOrPlaceHead),
                  tokens[k].keyEquals("غرفه") || tokens[k].stems.contains(where: { PlainText.equal($0, "غرفه") }) else { continue }
            var j = k + 1
            while j < tokens.count, j - k <= 3, tokens[j].script == .arabic, tokens[j].kind == .word, Self.arabicChamberFields.contains(tokens[j]) { j += 1 }
            guard j > k + 1, j < tokens.count else { continue }
            if tokens[j].keyEquals("في"), j + 1 < tokens.count { j += 1 }
            guard tokens[j].script == .arabic, tokens[j].kind == .word, !arabicFlags(j).contains(.stop), !arabicFlags(j).contains(.timeWord),
                  isCountry[j] || covered[j] || !isArabicDefinite(j) && !arabicFlags(j).contains(.head)
                    && (arabicNameLike(j) || Self.looksLikeArabicPlaceName(tokens[j].text))
            else { continue }
            var end = j + 1
            // ("… في طرابلس والشمال", "… في صيدا والجنوب": the region coordinated with the town.)
            if end < tokens.count, tokens[end].script == .arabic, tokens[end].kind == .word,
               ["والجنوب", "والشمال", "والشرق", "والغرب", "والبقاع"].contains(where: { PlainText.equal($0, tokens[end].key) }) { end += 1 }
            var m = mention(k, end, type: .organization, evidence: .cue)
            m = withoutHeadClitic(m, head: k)
            mentions.removeAll { $0.type != .country && $0.start >= m.start && $0.end <= m.end && $0.known == nil }
            mentions.append(m)
            for x in k..<end { covered[x] = true }
            k = end - 1
        }
    }

    /// News agencies in an Arabic dateline: "حمص-سانا" (a town, a dash and the agency on the body's first line),
    /// "نمنغان في 22 نوفمبر / وام /" (the agency between slashes). Only in the body's first dozen tokens.
    mutating func discoverArabicDatelineAgencies() {
        let limit = min(tokens.count, 16)
        var k = 1
        while k < limit {
            defer { k += 1 }
            guard tokens[k].script == .arabic, tokens[k].kind == .word, !covered[k], PlainText.count(tokens[k].key) <= 6 else { continue }
            // (Only punctuation tokens spell these marks: the kind before the normalizing comparisons of the text.)
            let slashed = tokens[k - 1].kind == .punct && tokens[k - 1].text == "/" && k + 1 < tokens.count && tokens[k + 1].text == "/"
            let dashed = k >= 2 && tokens[k - 1].kind == .punct && ["-", "–", "—"].contains(tokens[k - 1].text) && tokens[k - 2].script == .arabic && tokens[k - 2].kind == .word
                && (k - 2 == 0 || tokens[k - 2].newlineBefore) && (k + 1 == tokens.count || tokens[k + 1].newlineBefore)
            guard slashed || dashed else { continue }
            mentions.append(mention(k, k + 1, type: .organization, evidence: .cue))
            covered[k] = true
            if dashed, !covered[k - 2], !isCountry[k - 2] {
                var m = mention(k - 2, k - 1, type: .place, evidence: .cue)
                m.placeContext = true
                mentions.append(m)
                covered[k - 2] = true
            }
        }
    }
}

extension NameFinder {
    /// A plain word that may be part of a transliterated name after a head noun ("نغي", "سون", "ثانه", "كوسان"):
    /// no article, function word, time word, country or head, and not joined to the word before; nor an
    /// indefinite nisba adjective ("منطقة صناعية تقع", an industrial zone located …: a common noun phrase, which a
    /// repeated sentence made recur).
    func arabicForeignNameWord(_ k: Int) -> Bool {
        k < tokens.count && tokens[k].script == .arabic && tokens[k].kind == .word && tokens[k].spaceBefore && !isArabicDefinite(k)
            && !(NameFinder.arabicHasSuffix(tokens[k].text, "ية") && PlainText.count(tokens[k].key) >= 5)
            && !NameFinder.arabicHasPrefix(tokens[k].key, "لل") && !NameFinder.arabicHasPrefix(tokens[k].key, "وال") && PlainText.count(tokens[k].key) >= 2
            && !arabicFlags(k).contains(.stop) && !arabicFlags(k).contains(.timeWord) && !isCountry[k]
            && !arabicFlags(k).contains(.head) && !arabicFlags(k).contains(.speechVerb)
    }

    /// Two-word foreign names after a head noun that the one-word rules cut ("مصفاة نغي سون", "شركة إيدميتسو كوسان
    /// اليابانية", "مقاطعة ثانه هوا"): the two plain words recur together elsewhere in the article, or the second
    /// is followed by a company's field (للتكرير …) or a country's nisba. The head's mention is extended over the
    /// second word (and a company's field, a zone's nisba); a place head with no mention gets one; other
    /// sightings of a recurring place pair become that place.
    mutating func extendArabicForeignPairsAfterHeads() {
        func recurs(_ a: Int) -> Bool {
            // (Hashes first: the keys are compared, as strings, only where both hashes match.)
            let (hx, hy) = (tokens[a].keyHash, tokens[a + 1].keyHash)
            var n = 0
            for k in 0..<(tokens.count - 1) where tokens[k].keyHash == hx && tokens[k + 1].keyHash == hy
                && PhraseMatcher.same(tokens[k].key, tokens[a].key) && PhraseMatcher.same(tokens[k + 1].key, tokens[a + 1].key) { n += 1; if n >= 2 { return true } }
            return false
        }
        var placePairs: [(String, String)] = []
        var k = 0
        while k + 2 < tokens.count {
            defer { k += 1 }
            guard tokens[k].script == .arabic, tokens[k].kind == .word, !isArabicDefinite(k) || arabicFlags(k).contains(.companyHead) else { continue }
            let f = arabicFlags(k)
            guard f.contains(.orgOrPlaceHead), !f.contains(.titledNameHead), arabicForeignNameWord(k + 1), arabicForeignNameWord(k + 2) else { continue }
            let (w1, w2) = (k + 1, k + 2)
            let nextIsField = w2 + 1 < tokens.count && tokens[w2 + 1].script == .arabic && (NameFinder.arabicHasPrefix(tokens[w2 + 1].key, "لل") || isCountry[w2 + 1])
            guard recurs(w1) || f.contains(.companyHead) && nextIsField else { continue }
            // A person's name is none of this.
            let (s0, e0) = (tokens[k].start, tokens[w2].end)
            if mentions.indices.contains(where: { mentionType($0) == .person && mentionStart($0) < e0 && mentionEnd($0) > tokens[w1].start }) { continue }
            var end = w2 + 1
            if f.contains(.companyHead), end < tokens.count, NameFinder.arabicHasPrefix(tokens[end].key, "لل") {
                end += 1
                if end < tokens.count, tokens[end].script == .arabic, NameFinder.arabicHasPrefix(tokens[end].key, "وال"), !isCountry[end] { end += 1 }
            } else if end < tokens.count, isArabicDefinite(end), !isCountry[end], Self.arabicNisba(tokens[end].text), !arabicFlags(end).contains(.head) {
                end += 1   // "منطقة نغي سون الاقتصادية"
            }
            let isPlace = f.contains(.placeHead)
            let e1 = tokens[end - 1].end
            mentions.removeAll { $0.type != .country && $0.type != .person && $0.known == nil && $0.start >= s0 && $0.start < e1 && $0.end <= max(e1, $0.end)
                && $0.start <= tokens[w1].start }
            var m = mention(k, end, type: isPlace ? .place : .organization, evidence: .cue)
            m.placeContext = isPlace
            m = withoutHeadClitic(m, head: k)
            if isPlace { m.variants.append(tokens[w1].text + " " + tokens[w2].text) }   // (the name without its head groups with it)
            mentions.append(m)
            for x in k..<end { covered[x] = true }
            if isPlace { placePairs.append((tokens[w1].key, tokens[w2].key)) }
            k = end - 1
        }
        // "ثانه هوا - 25 - 11 (كونا)", "لمقاطعة ثانه هوا": other sightings of a place pair.
        // (`PlainText.equal` is `==`: asked of every Arabic token, `==` took its normalizing slow path for each.)
        guard !placePairs.isEmpty else { return }
        for a in 0..<(tokens.count - 1) where !covered[a] && !covered[a + 1] && tokens[a].script == .arabic
            && placePairs.contains(where: { PlainText.equal($0.0, tokens[a].key) && PlainText.equal($0.1, tokens[a + 1].key) }) {
            var m = mention(a, a + 2, type: .place, evidence: .cue)
            m.placeContext = true
            mentions.removeAll { $0.type != .country && $0.known == nil && $0.start >= m.start && $0.end <= m.end }
            mentions.append(m)
            covered[a] = true; covered[a + 1] = true
        }
    }
}
