import Foundation

/// Session 43 (entb): general causes behind a blind set's (holdout66) Vietnamese, Russian and Chinese errors; the tests use
/// other texts and names:
/// - Russian: a toponymic adjective (in -ск-/-цк-) with its lowercase adjectives before a protected area's noun ("пуща",
///   "заповедник", "заказник", "национальный парк") or an autonomous unit's ("автономный район/округ/область") is one place
///   ("Березинского заповедника", "Синьцзян-Уйгурского автономного района"); before "метрополитен" (or "порт" after a
///   lowercase adjective) one body; a region's name in -щина/-чина after a preposition ("на Витебщине") is a place; a legal
///   form alone ("ОсОО") and Father Frost ("Деда Мороза") are no entity; a body + "при" + a body is one body; a body goes on
///   over "по" + its field ("… НАН Беларуси по биоресурсам") and "делами" over the office ("Управление делами Президента
///   …"); a village's other case after a preposition ("у Каменюков" beside "в Каменюках") is that place; a generic adjective
///   alone before a park's noun ("в Национальном парке") is no place; a body read from a sentence's first common noun
///   ("Число посетителей Международного центра …") starts at its capitalized adjective, and "Китайская часть …" is none;
/// - Vietnamese: a name after an honorific ("Ông", "Bà") whose first syllable is a family name is a person even when its
///   last syllable is a body's noun ("Trường"); a school + " - " + "Đại học …" is one body; "Khu công nghệ cao" + a name is
///   a place; a company goes on up to its parenthesized acronym ("Công ty cổ phần Công nghệ … Robotics (HVR)") and its
///   short name elsewhere is that company; "quỹ" + Latin-script capitalized words is a fund, a body; a station takes the
///   direction that ends its name ("ga Nam Ninh Đông"); a theatre named by its genre ("Nhà hát Chèo …") is a body; the second
///   name of a border-gate pair is a place; a place after "giờ" (a time zone), a train's letters after "tàu" and "Series B"
///   are no mention;
/// - Chinese: the items of a list counted by a numeral and a unit ("甲乙、丙丁两区") are places; three or more stations
///   listed with 、 ("长城站、中山站…") are places wherever named; a hall (会馆, 同乡会) or a library starts at the place before
///   it; 中国/全国 + a mass body's short name (侨联, 妇联 …) is a body; a body named after a dotted foreign name takes it; a
///   field + 与 + an institute is one name; an unknown place before 湾 or 岛 takes it; a transliterated name + 港 after a
///   country is a port; a person + 故居 (旧居, 墓) is a place; a trade fair (洽谈会 …) is no body; two characters + a site's
///   noun (墓地, 古城, 遗址, 石窟, 古镇) after a place or read alone are a place; 代表 before a place and the 乡 of 乡亲 are
///   no part of a name.
/// `refineS43b` runs after `refineS42` (and `refineS43a`), before `refineCP15`. Cost: each rule is gated on the article's
/// language or script and on a trigger word's key (`articleHas`) or character (`hanArticleHasAny`); the token walks test a
/// token's kind, script and key hash first and build no strings; the mention walks read only unknown mentions of one type;
/// the Han walks read the cached runs (`l28Run`) and stop at the trigger character's position.
extension NameFinder {
    mutating func refineS43b() {
        guard tokens.count > 1 else { return }
        if lang.ru {
            s43bRussianAreas()
            s43bRussianRegionsInShchina()
            s43bRussianNotNames()
            s43bRussianBodyAttachedTo()
            s43bRussianPlaceForms()
            s43bRussianBodyTails()
            s43bRussianBodyHeads()
        }
        if lang.vi {
            s43bVietnameseHonorificPersons()
            s43bVietnameseUniversityMembers()
            s43bVietnameseHighTechParks()
            s43bVietnameseCompaniesToAcronym()
            s43bVietnameseFunds()
            s43bVietnameseStations()
            s43bVietnameseTheatres()
            s43bVietnameseBorderGatePairs()
            s43bVietnameseNotNames()
        }
        if hasHan {
            s43bHanLeadingWords()
            s43bHanCountedLists()
            s43bHanClubsAndLibraries()
            s43bHanMassBodies()
            s43bHanDottedBodies()
            s43bHanBaysAndIslands()
            s43bHanStationLists()
            s43bHanForeignPorts()
            s43bHanJoinedInstitutes()
            s43bHanResidencesAndEvents()
            s43bHanSites()
        }
    }

    // MARK: - Russian

    static let s43bRuAreaList = ["пуща", "пущи", "пуще", "пущу", "пущей", "заповедник", "заповедника", "заповеднику", "заповедником",
        "заповеднике", "заказник", "заказника", "заказнику", "заказником", "заказнике"]
    static let s43bRuParkList = ["парк", "парка", "парку", "парком", "парке"]
    static let s43bRuUnitList = ["район", "района", "району", "районом", "районе", "округ", "округа", "округу", "округом", "округе",
        "область", "области", "областью"]
    static let s43bRuBodyList = ["метрополитен", "метрополитена", "метрополитену", "метрополитеном", "метрополитене"]
    /// A port is a body after a lowercase adjective ("Мурманский морской рыбный порт"), not right after the town's.
    static let s43bRuPortList = ["порт", "порта", "порту", "портом", "порте"]
    static let s43bRuPortNouns = h18Keys(s43bRuPortList)
    /// A protected area's nouns (all cases) that a toponymic adjective names.
    static let s43bRuAreaNouns = h18Keys(s43bRuAreaList)
    /// Nouns that need an adjective before them: a park after "национальный", a district after "автономный".
    static let s43bRuParkNouns = h18Keys(s43bRuParkList)
    static let s43bRuUnitNouns = h18Keys(s43bRuUnitList)
    static let s43bRuBodyNouns = h18Keys(s43bRuBodyList)
    static let s43bRuTriggers = h18Keys(s43bRuAreaList + s43bRuParkList + s43bRuUnitList + s43bRuBodyList + s43bRuPortList)

    /// A capitalized toponymic adjective (an adjective's ending and -ск- or -цк- in it: "Березинского", "Налибокской").
    func s43bToponymicAdjective(_ k: Int) -> Bool {
        guard k >= 0, k < tokenCount, tokens[k].kind == .word, tokens[k].script == .cyrillic, tokens[k].capitalized, h14RussianAdjective(k) else { return false }
        let key = tokens[k].key
        return key.contains("ск") || key.contains("цк")
    }

    /// "в Березинском заповеднике", "от Налибокской пущи", "Полесского государственного радиационно-экологического
    /// заповедника", "Беловежского национального парка", "Синьцзян-Уйгурского автономного района", "Екатеринбургский
    /// метрополитен", "Мурманский морской рыбный порт": a toponymic adjective, up to three lowercase adjectives (hyphenated ones too) and a protected area's
    /// noun (a park's after "национальный", a unit's after "автономный") are one place; before "метрополитен" (or a port's noun
    /// after a lowercase adjective), one body.
    mutating func s43bRussianAreas() {
        guard articleHas(Self.s43bRuTriggers) else { return }
        var puts: [(Int, Int, EntityType)] = []
        var h = 1
        while h < tokenCount {
            defer { h += 1 }
            guard tokens[h].kind == .word, tokens[h].script == .cyrillic, !tokens[h].capitalized, tokens[h].spaceBefore else { continue }
            let area = Self.s43bRuAreaNouns.contains(tokens[h])
            let park = !area && Self.s43bRuParkNouns.contains(tokens[h])
            let unit = !area && !park && Self.s43bRuUnitNouns.contains(tokens[h])
            let port = !area && !park && !unit && Self.s43bRuPortNouns.contains(tokens[h])
            let body = port || !area && !park && !unit && Self.s43bRuBodyNouns.contains(tokens[h])
            guard area || park || unit || body else { continue }
            if park && !keyStarts(h - 1, "национальн") || unit && !keyStarts(h - 1, "автономн") { continue }
            // Back over the lowercase adjectives ("государственного радиационно-экологического").
            var z = h - 1
            var steps = 0
            while z >= 1, steps < 4 {
                if tokens[z].kind == .word, tokens[z].script == .cyrillic, !tokens[z].capitalized, h14RussianAdjective(z) {
                    // ("радиационно-экологического": the hyphenated first part.)
                    if z >= 2, keyIs(z - 1, "-"), !tokens[z - 1].spaceBefore, !tokens[z].spaceBefore, tokens[z - 2].kind == .word,
                       tokens[z - 2].script == .cyrillic, !tokens[z - 2].capitalized { z -= 2 }
                    z -= 1
                    steps += 1
                    continue
                }
                break
            }
            guard s43bToponymicAdjective(z), tokens[z + 1].spaceBefore else { continue }
            let a = l25AdjectiveStart(z)
            if (park || unit || port) && z == h - 1 { continue }   // (the adjective before the noun is "национальный" / "автономный")
            puts.append((a, h + 1, body ? .organization : .place))
        }
        for (a, e, type) in puts {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.start == s && $0.end == end && $0.type == type }) { continue }
            if anyMention(where: { $0.type == .country && $0.start < end && $0.end > s }) { continue }
            // (A longer body over it keeps its name: "Дирекция Березинского заповедника".)
            if anyMention(where: { $0.type == .organization && ($0.start < s && $0.end >= end || $0.start <= s && $0.end > end) }) { continue }
            h42Put(a, e, type, overKnown: true)
        }
    }

    /// Words in -щина/-чина that name no region ("женщина", "причина", "годовщина").
    static let s43bRuNotRegionStems: [String] = ["женщин", "мужчин", "причин", "годовщин", "величин", "дружин", "вотчин", "пучин",
        "морщин", "дедовщин", "купчин", "старшин", "овчин", "пошлин", "личин", "кручин", "лучин", "долгощин"]
    static let s43bRuShchinaEnds = ["щина", "щины", "щине", "щину", "щиной", "чина", "чины", "чине", "чину", "чиной"]
    static let s43bRuPlacePreps = h18Keys(["в", "во", "на", "по", "из", "с", "со", "о", "об", "от", "до", "для", "и"])

    /// "на Витебщине", "по Гомельщине", "из Смоленщины": a capitalized word in -щина/-чина (any case) after a preposition or
    /// "и" is a region, a place.
    mutating func s43bRussianRegionsInShchina() {
        var k = 1
        while k < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic, tokens[k].capitalized, !tokens[k].allCaps else { continue }
            let key = tokens[k].key
            guard key.utf8.count >= 14 else { continue }   // (seven letters at least)
            var stem: Substring? = nil
            // (The key's last byte first: а, ы, е, у or й ends every form.)
            guard let last = key.utf8.last, last == 0xB0 || last == 0x8B || last == 0xB5 || last == 0x83 || last == 0xB9 else { continue }
            for end in Self.s43bRuShchinaEnds where PlainText.hasSuffix(key, end) {
                stem = key.dropLast(end.count - 3)   // (the stem with its щин/чин)
                break
            }
            guard let st = stem, Self.s43bRuPlacePreps.contains(tokens[k - 1]), !tokens[k - 1].capitalized,
                  !Self.s43bRuNotRegionStems.contains(where: { st.hasSuffix($0) }) else { continue }
            let (s, e) = (tokens[k].start, tokens[k].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.known != nil || $0.type == .place || $0.start < s || $0.end > e) }) { continue }
            h42Put(k, k + 1, .place)
        }
    }

    /// Legal forms that stand alone before a firm's quoted name ("ОсОО", Kyrgyz LLC) and Father Frost's name.
    static let s43bRuLegalForms = h18Keys(["ОсОО", "ТОО", "ООО", "ОАО", "ЗАО", "ПАО", "АО", "ОДО", "ЧУП", "ИП", "ЖШС", "ТзОВ", "ПрАТ"])
    static let s43bRuFrost = h18Keys(["дед", "деда", "деду", "дедом", "деде"])
    static let s43bRuFrostGate = h18Keys(["мороз", "мороза", "морозу", "морозом", "морозе", "ОсОО", "ТОО", "ООО", "ОАО", "ЗАО", "ПАО", "АО",
        "ОДО", "ЧУП", "ИП", "ЖШС", "ТзОВ", "ПрАТ"])

    /// A legal form read alone as a name and "Дед Мороз" (the winter's folk figure) are no entity.
    mutating func s43bRussianNotNames() {
        guard articleHas(Self.s43bRuFrostGate) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country {
            guard let (a, z) = seedSpan(i) else { continue }
            if a == z, Self.s43bRuLegalForms.contains(tokens[a]) { drop.insert(i); continue }
            if z == a + 1, Self.s43bRuFrost.contains(tokens[a]), keyStarts(z, "мороз"), mentions[i].type != .organization { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s43bRuPri = h18Keys(["при"])

    /// "Департамент лекарственных средств … при Министерстве здравоохранения", "Институт … при Правительстве": a body,
    /// "при" and a body right after it are one body.
    mutating func s43bRussianBodyAttachedTo() {
        guard articleHas(Self.s43bRuPri) else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentions[i].type == .organization && !drop.contains(i) {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end, z + 2 < tokenCount, keyIs(z + 1, "при"), !tokens[z + 1].capitalized,
                  tokens[z + 2].kind == .word, tokens[z + 2].capitalized else { continue }
            s43bJoinBodyAfterLink(i, a, z, skipDropped: true, drop: &drop, added: &added)
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// Mention `i` (tokens a…z), a linking token at z + 1 ("при", a spaced dash) and the organization read from token z + 2
    /// (whole tokens) are one body: `i` and that organization go into `drop`, the joined body (from `i`'s start to the
    /// organization's end) into `added`. `skipDropped`: an organization already in `drop` is not joined again.
    func s43bJoinBodyAfterLink(_ i: Int, _ a: Int, _ z: Int, skipDropped: Bool, drop: inout Set<Int>, added: inout [Mention]) {
        let s2 = tokens[z + 2].start
        guard let j = firstMentionIndex(where: { $0.type == .organization && $0.start == s2 }), !(skipDropped && drop.contains(j)),
              let (_, z2) = seedSpan(j), mentions[j].end == tokens[z2].end else { return }
        var m = mention(a, z2 + 1, type: .organization, evidence: .cue)
        m.start = mentionStart(i)
        m.surface = surface(a, z2 + 1)
        drop.insert(i); drop.insert(j)
        added.append(m)
    }

    static let s43bRuGenericAdjectiveStems: [StaticString] = ["национальн", "государствен", "природн", "биосферн"]
    static let s43bRuLocativePreps = h18Keys(["у", "в", "во", "из", "до", "от", "около", "под", "возле", "близ", "к"])

    /// "в Национальном парке "Беловежская пуща"": a generic adjective read alone as a place before a park's or a reserve's
    /// noun is none; "у Каменюков" beside "в Каменюках": a one-word person or body after a preposition of place, sharing its
    /// stem (all but the last two letters, four at least) with a one-word place of the article, is that place.
    mutating func s43bRussianPlaceForms() {
        var drop = Set<Int>()
        var places: [(String, Int)]? = nil
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country {
            guard let (a, z) = seedSpan(i), a == z, a >= 1, a + 1 < tokenCount, tokens[a].script == .cyrillic, mentions[i].start == tokens[a].start,
                  mentions[i].end == tokens[a].end else { continue }
            if mentions[i].type == .place {
                if Self.s43bRuGenericAdjectiveStems.contains(where: { keyStarts(a, $0) }), h14RussianAdjective(a),
                   Self.s43bRuParkNouns.contains(tokens[a + 1]) || Self.s43bRuAreaNouns.contains(tokens[a + 1]) { drop.insert(i) }
                continue
            }
            guard Self.s43bRuLocativePreps.contains(tokens[a - 1]), !tokens[a - 1].capitalized, tokens[a].capitalized, !tokens[a].allCaps else { continue }
            let key = tokens[a].key
            let letters = PlainText.count(key)
            guard letters >= 6 else { continue }
            let stem = String(key.prefix(letters - 2))
            if places == nil {
                places = mentions.indices.compactMap { j in
                    guard mentions[j].type == .place, let (b, y) = seedSpan(j), b == y, tokens[b].script == .cyrillic else { return nil }
                    return (tokens[b].key, j)
                }
            }
            guard let hit = places!.first(where: { $0.0 != key && $0.0.hasPrefix(stem) && abs(PlainText.count($0.0) - letters) <= 3 }) else { continue }
            mentions[i].type = .place
            mentions[i].placeContext = true
            mentions[i].words = mentions[hit.1].words
            if mentions[hit.1].known != nil { mentions[i].known = mentions[hit.1].known; mentions[i].code = mentions[hit.1].code }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s43bRuPo = h18Keys(["по", "делами"])
    /// Dative words after "по" that make a phrase, no body's field ("по данным", "по словам").
    static let s43bRuPoStops = h18Keys(["данным", "словам", "мнению", "итогам", "информации", "сведениям", "оценкам", "оценке", "сообщению",
        "прогнозам", "причине", "поводу", "просьбе", "приглашению", "инициативе", "поручению", "решению", "словам", "нормам", "правилам",
        "программам", "планам", "данным", "результатам", "подсчетам", "расчетам", "месту", "всем", "нашим", "своим", "этим", "тем"])
    /// Heads of a government's office after "делами" ("Управление делами Президента").
    static let s43bRuOfficeHeads = h18Keys(["президента", "правительства", "президиума", "главы", "совета"])

    /// "Научно-практического центра НАН Беларуси по биоресурсам": a body read up to a capitalized word goes on over "по" and
    /// one lowercase noun in the dative (its field) before punctuation; "Управления делами Президента Республики Беларусь": a
    /// body ending in "делами" goes on over the office's head and the capitalized words after it (three at most).
    mutating func s43bRussianBodyTails() {
        guard articleHas(Self.s43bRuPo) else { return }
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, z + 2 < tokenCount, mentions[i].end == tokens[z].end, tokens[z].kind == .word else { continue }
            var e = z + 1
            if tokens[z].capitalized || tokens[z].allCaps, keyIs(z + 1, "по"), !tokens[z + 1].capitalized, tokens[z + 2].kind == .word, !tokens[z + 2].capitalized,
               tokens[z + 2].script == .cyrillic, !Self.s43bRuPoStops.contains(tokens[z + 2]),
               ["ам", "ям", "ию", "ству", "нию"].contains(where: { PlainText.hasSuffix(tokens[z + 2].key, $0) }),
               z + 3 >= tokenCount || tokens[z + 3].kind == .punct {
                e = z + 3
            } else if keyIs(z, "делами"), Self.s43bRuOfficeHeads.contains(tokens[z + 1]), tokens[z + 1].capitalized {
                e = z + 2
                while e < tokenCount, e - z <= 4, tokens[e].kind == .word, isCap(e), tokens[e].spaceBefore { e += 1 }
            } else { continue }
            let (s, end) = (tokens[z + 1].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && $0.type != .country && ($0.type == .organization || $0.type == .person || $0.end > end) }) { continue }
            var m = mention(a, e, type: .organization, evidence: mentionEvidence(i))
            m.start = mentionStart(i)
            m.surface = surface(a, e)
            changes.append((i, m))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        let spans = changes.map { ($0.1.start, $0.1.end) }
        mentions.removeAll { m in m.type != .organization && m.type != .country && m.known == nil && spans.contains { m.start >= $0.0 && m.end <= $0.1 } }
    }

    /// Stems of a body's head nouns: a body read from one of them keeps it ("Министерство спорта Оренбургской области").
    static let s43bRuBodyHeadStems: [StaticString] = ["министерств", "департамент", "управлени", "комитет", "агентств", "служб", "центр",
        "институт", "университет", "академи", "совет", "палат", "комисси", "фонд", "ассоциаци", "союз", "федераци", "инспекци",
        "прокуратур", "суд", "дум", "отдел", "банк", "компани", "корпораци", "объединени", "организаци", "парти", "ведомств",
        "администраци", "правительств", "музе", "театр", "библиотек", "больниц", "госпитал", "школ", "колледж", "лице", "завод",
        "комбинат", "трест", "холдинг", "группа", "консорциум", "бюро", "штаб", "полици", "милици", "гварди", "армия", "флот"]

    /// Lowercase nouns that say a part of something, no body ("Китайская часть центра").
    static let s43bRuPartNouns = h18Keys(["часть", "части", "сторона", "стороны", "половина", "половины", "доля"])

    /// "Число посетителей Международного центра …": a body read from a sentence's first word (or the word after a dateline's
    /// dash) over lowercase nouns starts at
    /// the capitalized adjective after them; "Китайская часть центра": an adjective and "часть" (a part) are no body.
    mutating func s43bRussianBodyHeads() {
        var drop = Set<Int>()
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, mentions[i].start == tokens[a].start, tokens[a].script == .cyrillic, tokens[a].capitalized else { continue }
            if Self.s43bRuPartNouns.contains(tokens[a + 1]), !tokens[a + 1].capitalized, h14RussianAdjective(a) { drop.insert(i); continue }
            guard tokens[a].sentenceStart || a >= 1 && h27Dash(a - 1), !h14RussianAdjective(a),
                  !Self.s43bRuBodyHeadStems.contains(where: { keyStarts(a, $0) }), tokens[a + 1].kind == .word, !tokens[a + 1].capitalized else { continue }
            var c = a + 1
            while c <= z, c - a <= 3, tokens[c].kind == .word, !tokens[c].capitalized, !h14RussianAdjective(c) { c += 1 }
            guard c < z, c - a <= 3, tokens[c].capitalized, h14RussianAdjective(c) else { continue }
            var m = mention(c, z + 1, type: .organization, evidence: mentionEvidence(i))
            m.parenthesized = mentions[i].parenthesized
            changes.append((i, m))
        }
        for (i, m) in changes { mentions[i] = m }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Vietnamese

    static let s43bViHonorifics = h18Keys(["ông", "bà", "anh", "chị", "em", "cô", "chú", "bác"])

    /// "Ông Đỗ Xuân Trường, đến từ Leipzig": a name of two to four capitalized syllables after an honorific, whose first
    /// syllable is a Vietnamese family name, is a person, not a body (its last syllable "Trường", a school, or "Viện").
    mutating func s43bVietnameseHonorificPersons() {
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type == .organization {
            guard let (a, z) = seedSpan(i), a >= 1, z - a >= 1, z - a <= 3, mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end,
                  Self.l29cVietnameseSurnames.contains(tokens[a]), Self.s43bViHonorifics.contains(tokens[a - 1]),
                  (a...z).allSatisfy({ tokens[$0].kind == .word && tokens[$0].capitalized && !tokens[$0].allCaps }) else { continue }
            mentions[i].type = .person
            mentions[i].placeContext = false
        }
    }

    /// "Trường Đại học Bách khoa - Đại học Đà Nẵng", "Khoa Y - Đại học Huế": a school or faculty read as a body, a spaced
    /// dash and a university ("Đại học …") read as a body are one body, the member school's full name.
    mutating func s43bVietnameseUniversityMembers() {
        var drop = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil && !drop.contains(i) {
            guard let (a, z) = seedSpan(i), z + 3 < tokenCount, mentions[i].end == tokens[z].end, h27Dash(z + 1), tokens[z + 1].spaceBefore,
                  tokens[z + 2].spaceBefore, keyIs(z + 2, "dai"), keyIs(z + 3, "hoc"), isCap(z + 2) else { continue }
            guard keyIs(a, "truong") || keyIs(a, "khoa") || keyIs(a, "vien") || keyIs(a, "phan") else { continue }
            s43bJoinBodyAfterLink(i, a, z, skipDropped: false, drop: &drop, added: &added)
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    static let s43bViKhu = h18Keys(["khu"])

    /// "Khu công nghệ cao Đà Nẵng", "khu công nghệ cao Hòa Lạc": a high-tech park's noun and the capitalized syllables after
    /// it (a known place among them too) are one place.
    mutating func s43bVietnameseHighTechParks() {
        guard articleHas(Self.s43bViKhu) else { return }
        var k = 0
        while k + 4 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, keyIs(k, "khu"), keyIs(k + 1, "cong"), keyIs(k + 2, "nghe"), keyIs(k + 3, "cao") else { continue }
            var e = k + 4
            while e < tokenCount, e - k < 10, tokens[e].kind == .word, isCap(e), tokens[e].spaceBefore, !tokens[e].newlineBefore { e += 1 }
            // ("TP.HCM": a name written with a dot.)
            guard e > k + 4 else { continue }
            let (s, end) = (tokens[k].start, tokens[e - 1].end)
            if anyMention(where: { $0.type != .country && ($0.start < s && $0.end > s || $0.start < end && $0.end > end) }) { continue }
            h42Put(k, e, .place, overKnown: true)
            k = e - 1
        }
    }

    static let s43bViCompanyHeads = h18Keys(["công", "tập"])

    /// "Công ty cổ phần Công nghệ Hải Vân Sensors (HVS)": a company read short of the parenthesized acronym that follows its
    /// name (at most six words later, no punctuation between) goes on up to it; a person read from the name's last words
    /// elsewhere ("… Hải Vân Sensors phát triển") is the company.
    mutating func s43bVietnameseCompaniesToAcronym() {
        guard articleHas(Self.s43bViCompanyHeads) else { return }
        var changes: [(Int, Mention, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end,
                  keyIs(a, "cong") && keyIs(a + 1, "ty") || keyIs(a, "tong") && keyIs(a + 1, "cong") || keyIs(a, "tap") && keyIs(a + 1, "doan") else { continue }
            var e = z + 1
            var capitals = 0
            while e < tokenCount, e - z <= 6, tokens[e].kind == .word, tokens[e].spaceBefore, !tokens[e].newlineBefore, !tokens[e].allCaps {
                if isCap(e) { capitals += 1 }
                e += 1
            }
            guard e > z + 1, capitals >= 1, isCap(e - 1), e + 2 < tokenCount, keyIs(e, "("), tokens[e + 1].allCaps, tokens[e + 1].keyLength >= 2,
                  keyIs(e + 2, ")") else { continue }
            let (s, end) = (tokens[z + 1].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.type == .organization || $0.type == .country) }) { continue }
            var m = mention(a, e, type: .organization, evidence: mentionEvidence(i))
            m.start = mentionStart(i)
            m.surface = surface(a, e)
            changes.append((i, m, z + 1))
        }
        guard !changes.isEmpty else { return }
        for (i, m, _) in changes { mentions[i] = m }
        mentions.removeAll { m in m.type != .organization && m.type != .country && changes.contains { m.start >= $0.1.start && m.end <= $0.1.end && m.start > $0.1.start } }
        // The name's last words read as a person elsewhere are the company.
        for (_, m, _) in changes {
            let words = m.words
            for j in mentions.indices where mentions[j].type == .person && mentions[j].known == nil {
                let w = mentions[j].words
                guard w.count >= 2, w.count < words.count, (0..<w.count).allSatisfy({ PlainText.equal(w[$0], words[words.count - w.count + $0]) }) else { continue }
                mentions[j].type = .organization
                mentions[j].words = words   // (grouped with the company)
            }
        }
    }

    static let s43bViQuy = h18Keys(["quỹ"])

    /// "do quỹ Bamboo Capital Ventures dẫn dắt": two to four capitalized Latin-script words after "quỹ" (a fund) are a body,
    /// and so are the same words elsewhere in the article.
    mutating func s43bVietnameseFunds() {
        guard articleHas(Self.s43bViQuy) else { return }
        var names: [[String]] = []
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, keyIs(k, "quy"), !tokens[k].capitalized else { continue }
            var e = k + 1
            while e < tokenCount, e - k <= 4, tokens[e].kind == .word, tokens[e].capitalized, tokens[e].spaceBefore, tokens[e].script == .latin { e += 1 }
            guard e - k >= 3, e - k <= 5 else { continue }
            let (s, end) = (tokens[k + 1].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.type == .organization || $0.known != nil || $0.type == .country) }) { continue }
            names.append((k + 1..<e).map { tokens[$0].key })
            k = e - 1
        }
        guard !names.isEmpty else { return }
        var j = 0
        while j < tokenCount {
            defer { j += 1 }
            guard tokens[j].kind == .word, tokens[j].capitalized else { continue }
            guard let name = names.first(where: { n in j + n.count <= tokenCount && (0..<n.count).allSatisfy { tokens[j + $0].key == n[$0] } }) else { continue }
            let (s, end) = (tokens[j].start, tokens[j + name.count - 1].end)
            guard !anyMention(where: { $0.start < end && $0.end > s && ($0.type == .organization || $0.known != nil || $0.type == .country) }),
                  j + name.count >= tokenCount || !(tokens[j + name.count].kind == .word && tokens[j + name.count].capitalized && tokens[j + name.count].spaceBefore) else { continue }
            h42Put(j, j + name.count, .organization)
            j += name.count - 1
        }
    }

    static let s43bViGa = h18Keys(["ga"])
    static let s43bViDirections = h18Keys(["đông", "tây", "nam", "bắc"])

    /// "ga Nam Ninh Đông": a station read without the direction word that ends its name (Đông, Tây, Nam, Bắc, right after
    /// it, before a lowercase word or punctuation) takes it. (A station stays apart from the place it is named after: the
    /// gold reads "ga Lào Cai" beside "Lào Cai" as two places.)
    mutating func s43bVietnameseStations() {
        guard articleHas(Self.s43bViGa) else { return }
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, keyIs(a, "ga"), !tokens[a].capitalized, mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end else { continue }
            if z + 1 < tokenCount, tokens[z + 1].kind == .word, tokens[z + 1].capitalized, tokens[z + 1].spaceBefore, Self.s43bViDirections.contains(tokens[z + 1]),
               z + 2 >= tokenCount || !isCap(z + 2), !anyMention(where: { $0.start < tokens[z + 1].end && $0.end > tokens[z + 1].start }) {
                var m = mention(a, z + 2, type: .place, evidence: mentionEvidence(i))
                m.placeContext = true
                mentions[i] = m
            }
        }
    }

    static let s43bViNha = h18Keys(["nhà"])
    /// Genres of a theatre company ("Nhà hát Chèo …", "Nhà hát Cải lương …", "Nhà hát Múa rối …").
    static let s43bViGenres = h18Keys(["chèo", "cải", "tuồng", "kịch", "múa", "ca", "giao", "nghệ", "bài", "dân", "xiếc", "nhạc"])

    /// "Nhà hát Chèo Ninh Bình", "Nhà hát Tuồng Đào Tấn": a theatre named by its genre is a company, a body (a theatre
    /// named by its place alone stays a building, a place).
    mutating func s43bVietnameseTheatres() {
        guard articleHas(Self.s43bViNha) else { return }
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z >= a + 3, keyIs(a, "nha"), keyIs(a + 1, "hat"), isCap(a + 2), Self.s43bViGenres.contains(tokens[a + 2]) else { continue }
            mentions[i].type = .organization
            mentions[i].placeContext = false
        }
    }

    static let s43bViCua = h18Keys(["cửa"])

    /// "cửa khẩu Lào Cai - Hà Khẩu", "cửa khẩu Móng Cái - Đông Hưng": the second name of a border-gate pair (capitalized
    /// syllables after the spaced dash) is a place, and the first one too when nothing reads it.
    mutating func s43bVietnameseBorderGatePairs() {
        guard articleHas(Self.s43bViCua) else { return }
        var k = 0
        while k + 5 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, keyIs(k, "cua"), keyIs(k + 1, "khau"), !isCap(k + 1) else { continue }
            var e1 = k + 2
            while e1 < tokenCount, e1 - k < 6, tokens[e1].kind == .word, isCap(e1), tokens[e1].spaceBefore { e1 += 1 }
            guard e1 > k + 2, e1 + 1 < tokenCount, h27Dash(e1), tokens[e1].spaceBefore, tokens[e1 + 1].spaceBefore else { continue }
            var e2 = e1 + 1
            while e2 < tokenCount, e2 - e1 < 5, tokens[e2].kind == .word, isCap(e2), tokens[e2].spaceBefore { e2 += 1 }
            guard e2 > e1 + 1 else { continue }
            // (A third name, "A - B - C", is a railway's: left alone.)
            if e2 < tokenCount, h27Dash(e2) { continue }
            for (a, b) in [(k + 2, e1), (e1 + 1, e2)] {
                let (s, end) = (tokens[a].start, tokens[b - 1].end)
                if anyMention(where: { $0.start < end && $0.end > s && ($0.known != nil || $0.type == .place || $0.type == .country || $0.start < s || $0.end > end) }) { continue }
                h42Put(a, b, .place)
            }
            k = e2 - 1
        }
    }

    static let s43bViGates = h18Keys(["giờ", "tàu", "series"])

    /// "(giờ Bắc Kinh)", "theo giờ Hà Nội": a place right after "giờ" names a time zone, no mention of the place; "các đoàn
    /// tàu SE": a train's letters after "tàu" are no body; "vòng gọi vốn Series B": a funding round is no name.
    mutating func s43bVietnameseNotNames() {
        guard articleHas(Self.s43bViGates) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type != .country && mentions[i].known == nil || mentions[i].type == .place {
            guard let (a, z) = seedSpan(i), mentions[i].start == tokens[a].start, a >= 1 else { continue }
            if mentions[i].type == .place, keyIs(a - 1, "gio"), !tokens[a - 1].capitalized, tokens[a].spaceBefore,
               a < 2 || tokens[a - 2].kind != .number { drop.insert(i); continue }
            if a == z, tokens[a].allCaps, tokens[a].keyLength <= 3, keyIs(a - 1, "tau"), !tokens[a - 1].capitalized { drop.insert(i); continue }
            if z == a + 1, keyIs(a, "series"), tokens[z].keyLength == 1 { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Chinese

    /// Words read at the head of a place or a body that are no part of it: 代表 (on behalf of).
    static let s43bHanLeadWords: [[UInt32]] = ["代表"].map(hanCodes)
    static let s43bHanLeadFirsts = HanCharSet(codes: s43bHanLeadWords.map { $0[0] })
    static let s43bHanXiang = hanCode("乡"), s43bHanQin = hanCode("亲")

    /// "代表三藩市某会馆": a place or body whose first two characters are 代表 starts after them (two characters at least
    /// left); "海外乡亲": a place read up to the 乡 of 乡亲 (fellow villagers) is none.
    mutating func s43bHanLeadingWords() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .organization || mentions[i].type == .place) {
            let (start, end) = (mentionStart(i), mentionEnd(i))
            guard end - start >= 2, let ti = tokenIndex(containing: start), tokens[ti].script == .han, tokens[ti].end >= end else { continue }
            let codes = hanRunCodes(ti)
            let s = start - tokens[ti].start, e = end - tokens[ti].start
            guard s >= 0, e <= codes.count else { continue }
            if mentions[i].type == .place, codes[e - 1] == Self.s43bHanXiang, e < codes.count, codes[e] == Self.s43bHanQin { drop.insert(i); continue }
            guard e - s >= 4, Self.s43bHanLeadFirsts.contains(codes[s]),
                  Self.s43bHanLeadWords.contains(where: { $0[0] == codes[s] && $0[1] == codes[s + 1] }) else { continue }
            let scalars = hanRunScalars(ti)
            let name = Self.hanString(scalars, s + 2, e)
            mentions[i] = Mention(surface: name, start: start + 2, end: end, type: mentions[i].type, evidence: mentionEvidence(i), words: [name],
                                  placeContext: mentions[i].type == .place)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s43bHanNumerals = HanCharSet("两二三四五六七八九十")
    static let s43bHanUnits = HanCharSet("区市县镇乡州旗")
    static let s43bHanListMark = hanCode("、")
    /// Characters no counted list's item holds (ordinals: "第一、第二两区"; a county may hold a numeral, "四会").
    static let s43bHanNotItem = HanCharSet("第个")
    /// Characters that may stand right before a counted list's first item (a conjunction, a verb of containing, a unit).
    static let s43bHanListOpeners = HanCharSet("和及与辖括有含为是：:区市县镇乡州")

    /// The number a numeral character counts (两 and 二 are two).
    static func s43bHanCount(_ c: UInt32) -> Int {
        switch c {
        case hanCode("两"), hanCode("二"): return 2
        case hanCode("三"): return 3
        case hanCode("四"): return 4
        case hanCode("五"): return 5
        case hanCode("六"): return 6
        case hanCode("七"): return 7
        case hanCode("八"): return 8
        case hanCode("九"): return 9
        case hanCode("十"): return 10
        default: return 0
        }
    }

    /// A token `k` that is the list mark 、 glued to the runs on each side.
    func s43bHanListMarkAt(_ k: Int) -> Bool {
        k >= 1 && k + 1 < tokenCount && tokens[k].kind == .punct && tokens[k - 1].end == tokens[k].start && tokens[k].end == tokens[k + 1].start
            && tokens[k].text == "、"
    }

    /// Characters `a..<b` of a run may be a counted list's item (two or three characters, no stop, ordinal or numeral).
    func s43bHanItem(_ sc: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        b - a >= 2 && b - a <= 3 && !(a..<b).contains { Self.l30HanStops.contains(Self.hanCode(sc[$0])) || Self.s43bHanNotItem.contains(Self.hanCode(sc[$0])) }
    }

    /// "下辖蓬江、江海、新会三区和台山、开平、鹤山、恩平四市": the items of a list of names (two or three characters each,
    /// joined by 、) right before a numeral and a unit (区, 市, 县 …) are places when they are as many as the numeral says.
    /// (Asked of each run's third and fourth characters: a numeral and a unit there, after a glued 、, start the walk.)
    mutating func s43bHanCountedLists() {
        var items: [(Int, [Unicode.Scalar], Int, Int)] = []
        var spans: [(Int, Int)] = []
        var k = 2
        while k < tokenCount {
            defer { k += 1 }
            guard tokens[k].script == .han, let sc = l28Run(k, atLeast: 4) else { continue }
            for p in 2...3 where p + 1 < sc.count {
                let n = Self.s43bHanCount(Self.hanCode(sc[p]))
                guard n >= 2, Self.s43bHanUnits.contains(Self.hanCode(sc[p + 1])), s43bHanItem(sc, 0, p), s43bHanListMarkAt(k - 1) else { continue }
                var list: [(Int, [Unicode.Scalar], Int, Int)] = [(k, sc, 0, p)]
                var t = k - 2
                var ok = true
                // The middle items: whole runs between two marks.
                while list.count < n - 1 {
                    guard t >= 2, tokens[t].script == .han, let r = l28Run(t), s43bHanItem(r, 0, r.count), s43bHanListMarkAt(t - 1) else { ok = false; break }
                    list.append((t, r, 0, r.count))
                    t -= 2
                }
                // The first item: a run's last two (or three) characters after an opener, or the whole run after no mark.
                if ok {
                    guard t >= 0, tokens[t].script == .han, let r = l28Run(t) else { continue }
                    var first: Int? = nil
                    for len in 2...3 where r.count >= len && s43bHanItem(r, r.count - len, r.count) {
                        if r.count == len ? !(t >= 1 && s43bHanListMarkAt(t - 1)) : Self.s43bHanListOpeners.contains(Self.hanCode(r[r.count - len - 1])) {
                            first = r.count - len
                            break
                        }
                    }
                    guard let f = first else { continue }
                    list.append((t, r, f, r.count))
                }
                guard ok, list.count == n else { continue }
                items.append(contentsOf: list)
                spans.append((tokens[t].start + list.last!.2, tokens[k].start + p + 2))
                break
            }
        }
        guard !items.isEmpty else { return }
        // (Readings across the items, "新会三区", go; a known place on an item stays.)
        mentions.removeAll { m in m.known == nil && m.type != .country && spans.contains { m.start < $0.1 && m.end > $0.0 }
            && !items.contains { m.start == tokens[$0.0].start + $0.2 && m.end == tokens[$0.0].start + $0.3 && m.type == .place } }
        for (k, sc, a, b) in items { _ = l30HanAddIfFree(k, sc, a, b, .place) }
    }

    static let s43bHanClubWords: [[Unicode.Scalar]] = l28Words(["会馆", "图书馆", "同乡会"])

    /// "代表三藩市台山宁阳会馆向…", "温哥华中华会馆主席", "向台山市图书馆捐赠": a clan or regional association's hall (会馆,
    /// 同乡会) or a library (图书馆) starts at the place read before it (a few characters of no stop between): a body.
    mutating func s43bHanClubsAndLibraries() {
        guard hanArticleHasAny("馆乡") else { return }
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            for p in 2..<sc.count {
                guard let w = Self.s43bHanClubWords.first(where: { Self.l28At(sc, p, $0) }) else { continue }
                let runStart = tokens[k].start
                // The earliest place (no country) that starts within eight characters before and ends at most four before.
                var best: Int? = nil
                for m in mentions where m.type == .place && m.start >= runStart && m.end <= runStart + p {
                    let a = m.start - runStart, b = m.end - runStart
                    guard p - a <= 10, p - b <= 4, !(b..<p).contains(where: { Self.l30HanStops.contains(Self.hanCode(sc[$0])) }) else { continue }
                    if best == nil || a < best! { best = a }
                }
                guard let a = best else { continue }
                found.append((k, sc, a, p + w.count))
            }
        }
        for (k, sc, a, b) in found {
            let (s, e) = (tokens[k].start + a, tokens[k].start + b)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
            if anyMention(where: { ($0.known != nil && $0.type == .organization || $0.type == .person) && $0.start < e && $0.end > s }) { continue }
            mentions.removeAll { $0.type != .country && $0.start < e && $0.end > s && $0.start >= s && $0.end <= e }
            mentions.append(l28Mention(k, sc, a, b, .organization))
        }
    }

    static let s43bHanMassBodies: [[Unicode.Scalar]] = l28Words(["侨联", "文联", "妇联", "残联", "科协", "作协", "工商联", "青联", "台联"])
    static let s43bHanNationWords: [[Unicode.Scalar]] = l28Words(["中国", "全国"])

    /// "中国侨联副主席", "全国妇联": 中国 or 全国 + a mass body's short name (the federations of returned overseas Chinese,
    /// literary circles, women …) is a body.
    mutating func s43bHanMassBodies() {
        guard hanArticleHasAny("联协") else { return }
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        // (The lists read once, and 国 before the position asked first: both nation words end with it, and most
        // positions follow none, where every body was compared before.)
        let bodies = Self.s43bHanMassBodies, nations = Self.s43bHanNationWords
        let guo: Unicode.Scalar = "国"
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            for p in 2..<sc.count {
                guard sc[p - 1] == guo, nations.contains(where: { Self.l28At(sc, p - 2, $0) }),
                      let w = bodies.first(where: { Self.l28At(sc, p, $0) }) else { continue }
                found.append((k, sc, p - 2, p + w.count))
            }
        }
        for (k, sc, a, b) in found {
            let (s, e) = (tokens[k].start + a, tokens[k].start + b)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
            if anyMention(where: { $0.start < e && $0.end > s && ($0.start < s || $0.end > e) && $0.type != .country }) { continue }
            mentions.removeAll { $0.start >= s && $0.end <= e && ($0.type == .country || $0.known == nil) }
            mentions.append(l28Mention(k, sc, a, b, .organization))
        }
    }

    static let s43bHanBodyEnds: [[Unicode.Scalar]] = l28Words(["研究所", "研究院", "研究中心", "大学", "学院", "基金会", "博物馆", "医院", "中心"])

    /// "德国马克斯·普朗克研究所", "约翰·霍普金斯大学": a body read from the family name after a middle dot (its name a
    /// person's) takes the transliterated given name before the dot (two to six characters; no country or place in it).
    mutating func s43bHanDottedBodies() {
        guard articleHas(Self.l26MiddleDotKeys) else { return }
        let dots = Self.l26MiddleDots
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization {
            guard let k = l28TokenAt(mentions[i].start), tokens[k].script == .han, mentions[i].start == tokens[k].start, k >= 2,
                  tokens[k - 1].kind == .punct, dots.contains(tokens[k - 1].text), tokens[k - 1].end == tokens[k].start,
                  tokens[k - 2].script == .han, tokens[k - 2].end == tokens[k - 1].start, let left = l28Run(k - 2), let right = l28Run(k) else { continue }
            let e = mentions[i].end - tokens[k].start
            guard e <= right.count, Self.s43bHanBodyEnds.contains(where: { e >= $0.count && Self.l28At(right, e - $0.count, $0) }) else { continue }
            var a = left.count
            let leftStart = tokens[k - 2].start
            while a > 0, left.count - a < 6, Self.hanTransliterationSet.contains(Self.hanCode(left[a - 1])),
                  !anyMention(where: { ($0.type == .country || $0.type == .place) && $0.start <= leftStart + a - 1 && $0.end > leftStart + a - 1 }) { a -= 1 }
            guard left.count - a >= 2 else { continue }
            let s = leftStart + a
            if anyMention(where: { $0.type == .person && $0.start <= s && $0.end > s }) { continue }
            let text = hanText(left, a, left.count - a) + tokens[k - 1].text + mentions[i].surface
            changes.append((i, Mention(surface: text, start: s, end: mentions[i].end, type: .organization, evidence: .cue, words: [text])))
        }
        // "约翰·霍普金斯大学": a dotted person read right before a body's last word is the body's name.
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let k = l28TokenAt(mentions[i].end - 1), tokens[k].script == .han, k >= 2, tokens[k - 1].kind == .punct, dots.contains(tokens[k - 1].text),
                  mentions[i].start < tokens[k - 1].start, mentions[i].end < tokens[k].end, let right = l28Run(k) else { continue }
            let q = mentions[i].end - tokens[k].start
            guard let w = Self.s43bHanBodyEnds.first(where: { Self.l28At(right, q, $0) }) else { continue }
            let end = mentions[i].end + w.count
            if anyMention(where: { $0.start < end && $0.end > mentions[i].end }) { continue }
            let text = mentions[i].surface + hanText(right, q, w.count)
            changes.append((i, Mention(surface: text, start: mentions[i].start, end: end, type: .organization, evidence: .cue, words: [text])))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        let spans = changes.map { ($0.1.start, $0.1.end) }
        mentions.removeAll { m in m.type == .person && m.known == nil && spans.contains { m.start >= $0.0 && m.end <= $0.1 } }
    }

    static let s43bHanBay = hanCode("湾"), s43bHanIsland = hanCode("岛")
    /// Characters after 湾 or 岛 that make another word (湾区, 岛内, 岛国, 岛民 …).
    static let s43bHanAfterBayNot = HanCharSet("区内国民上屿链礁弧")

    /// "在普里兹湾开展", "登上难言岛": an unknown place read right before 湾 (a bay) or 岛 (an island) takes it.
    mutating func s43bHanBaysAndIslands() {
        guard hanArticleHasAny("湾岛") else { return }
        for n in mentions.indices where mentions[n].type == .place && mentions[n].known == nil {
            guard let k = l28TokenAt(mentions[n].start), tokens[k].script == .han, mentions[n].end < tokens[k].end, let sc = l28Run(k) else { continue }
            let a = mentions[n].start - tokens[k].start, q = mentions[n].end - tokens[k].start
            guard q - a >= 2, q < sc.count else { continue }
            let c = Self.hanCode(sc[q])
            guard c == Self.s43bHanBay || c == Self.s43bHanIsland, q + 1 == sc.count || !Self.s43bHanAfterBayNot.contains(Self.hanCode(sc[q + 1])) else { continue }
            let e = mentions[n].end + 1
            if anyMention(where: { $0.start < e && $0.end > mentions[n].end }) { continue }
            l28Recut(n, k, sc, a, q + 1)
        }
    }

    static let s43bHanStation = hanCode("站")
    static let s43bHanAnd = HanCharSet("和及与")
    /// Stems of common nouns in 站 (a petrol station, a charging station, a website …), no station's name.
    static let s43bHanStationNouns: Set<String> = ["加油", "充电", "换电", "服务", "监测", "检测", "工作", "收费", "观测", "气象", "水文",
        "中转", "救助", "补给", "供应", "污水", "空间", "科考", "考察", "保障", "联络", "变电", "发电", "核电", "水电", "火电", "风电", "光伏",
        "垃圾", "转运", "医疗", "卫生", "防疫", "检查", "派出", "广播", "电视", "雷达", "地震", "环境", "接待", "救护", "消防", "边防", "公交",
        "地铁", "火车", "汽车", "客运", "货运", "高铁", "泵站", "基站", "网站", "车站", "电站", "分站", "总站", "首站", "本站", "该站", "每站",
        "试验", "实验", "研究", "工作", "维修", "服务", "中继", "信号", "通信", "卫星", "地面", "太空", "跳板", "驿站", "哨站", "岗站"]

    /// The two characters before 站 at `p` of `sc` (p ≥ 2) are a station's name: no stop, no common noun's stem.
    func s43bHanStationItem(_ sc: [Unicode.Scalar], _ p: Int) -> Bool {
        guard p >= 2, p < sc.count, Self.hanCode(sc[p]) == Self.s43bHanStation, s43bHanItem(sc, p - 2, p) else { return false }
        return !Self.s43bHanStationNouns.contains(hanText(sc, p - 2, 2))
    }

    /// "建成长城站、中山站、昆仑站、泰山站和秦岭站五个考察站": three or more stations (two characters + 站 each) listed with 、
    /// (the last one after 和 too) are places, and so are their other mentions in the article ("完成秦岭站二期").
    mutating func s43bHanStationLists() {
        guard hanArticleHasAny("站") else { return }
        var names: [[Unicode.Scalar]] = []
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            // The first item ends its run, before a glued 、.
            guard tokens[k].script == .han, let r0 = l28Run(k, atLeast: 3), s43bHanStationItem(r0, r0.count - 1), s43bHanListMarkAt(k + 1) else { continue }
            var list: [[Unicode.Scalar]] = [Array(r0[(r0.count - 3)...])]
            var t = k + 2
            while t < tokenCount, tokens[t].script == .han, let r = l28Run(t) {
                if r.count == 3, s43bHanStationItem(r, 2), t + 1 < tokenCount, s43bHanListMarkAt(t + 1) { list.append(r); t += 2; continue }
                // The last run: an item at its start, and one more after 和 right after it.
                if r.count >= 3, s43bHanStationItem(r, 2) {
                    list.append(Array(r[0..<3]))
                    if r.count >= 7, Self.s43bHanAnd.contains(Self.hanCode(r[3])), s43bHanStationItem(r, 6) { list.append(Array(r[4..<7])) }
                }
                break
            }
            if list.count >= 3 { names.append(contentsOf: list) }
            k = t
        }
        guard !names.isEmpty else { return }
        // Every mention of a listed station in the article's runs.
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for j in 0..<tokenCount where tokens[j].script == .han {
            guard let sc = l28Run(j, atLeast: 3) else { continue }
            for p in 2..<sc.count where Self.hanCode(sc[p]) == Self.s43bHanStation {
                guard names.contains(where: { Self.l28At(sc, p - 2, $0) }) else { continue }
                found.append((j, sc, p - 2, p + 1))
            }
        }
        s43bAddHanPlaces(found)
    }

    static let s43bHanPort = hanCode("港")
    /// Transliteration characters of places that the tables lack ("…顿", -ton; "…堡", -burg).
    static let s43bHanPortNameExtra = HanCharSet("顿堡赖")

    /// "在新西兰利特尔顿港补给": a transliterated name (three to five characters of the tables) + 港 right after a country is
    /// a port, a place.
    mutating func s43bHanForeignPorts() {
        guard hanArticleHasAny("港") else { return }
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for n in mentions.indices where mentions[n].type == .country {
            guard let k = l28TokenAt(mentions[n].end - 1), tokens[k].script == .han, mentions[n].end < tokens[k].end, let sc = l28Run(k) else { continue }
            let a = mentions[n].end - tokens[k].start
            var p = a
            while p < sc.count, p - a < 5, l26HanNameChar(sc[p]) || Self.s43bHanPortNameExtra.contains(Self.hanCode(sc[p])) { p += 1 }
            guard p - a >= 3, p < sc.count, Self.hanCode(sc[p]) == Self.s43bHanPort else { continue }
            found.append((k, sc, a, p + 1))
        }
        s43bAddHanPlaces(found)
    }

    static let s43bHanJoiners = HanCharSet("与和")
    static let s43bHanInstituteEnds: [[Unicode.Scalar]] = l28Words(["研究院", "研究所", "研究中心", "实验室"])
    static let s43bHanBeforeJoined = HanCharSet("在于到赴从向、的")

    /// "曾在量子信息与量子科技创新研究院从事研究": an institute read from after 与 (和) takes the field before it (two to six
    /// characters of no stop and no other reading, right after 在, 于, 的 …): its name joins two fields.
    mutating func s43bHanJoinedInstitutes() {
        guard hanArticleHasAny("与和") else { return }
        var changes: [(Int, Int, Int)] = []
        for n in mentions.indices where mentions[n].type == .organization && mentions[n].known == nil {
            guard let k = l28TokenAt(mentions[n].start), tokens[k].script == .han, mentions[n].end <= tokens[k].end, let sc = l28Run(k) else { continue }
            let a = mentions[n].start - tokens[k].start, e = mentions[n].end - tokens[k].start
            guard a >= 3, e - a >= 5, Self.s43bHanJoiners.contains(Self.hanCode(sc[a - 1])),
                  Self.s43bHanInstituteEnds.contains(where: { e >= $0.count && Self.l28At(sc, e - $0.count, $0) }) else { continue }
            var f = a - 1
            while f > 0, a - 1 - f < 6, !Self.l30HanStops.contains(Self.hanCode(sc[f - 1])) { f -= 1 }
            let len = a - 1 - f
            guard len >= 2, len <= 6, f == 0 || Self.s43bHanBeforeJoined.contains(Self.hanCode(sc[f - 1])) else { continue }
            let (s, end) = (tokens[k].start + f, tokens[k].start + a - 1)
            if anyMention(where: { $0.start < end && $0.end > s }) { continue }
            changes.append((n, k, f))
        }
        for (n, k, f) in changes {
            guard let sc = l28Run(k) else { continue }
            l28Recut(n, k, sc, f, mentions[n].end - tokens[k].start)
        }
    }

    static let s43bHanResidenceWords: [[Unicode.Scalar]] = l28Words(["故居", "旧居", "墓"])
    static let s43bHanEventEnds: [[Unicode.Scalar]] = l28Words(["洽谈会", "推介会", "招聘会", "展销会", "座谈会", "研讨会", "发布会"])

    /// "参观梁启超故居", "祭扫黄兴墓": a person + 故居 (旧居, 墓) is a place, the residence or the tomb; a body read in
    /// 洽谈会 (推介会, 发布会 …) is an event, no entity.
    mutating func s43bHanResidencesAndEvents() {
        guard hanArticleHasAny("居墓会") else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for n in mentions.indices where mentions[n].type == .person || mentions[n].type == .organization && mentions[n].known == nil {
            guard let k = l28TokenAt(mentions[n].end - 1), tokens[k].script == .han, mentions[n].start >= tokens[k].start, let sc = l28Run(k) else { continue }
            let a = mentions[n].start - tokens[k].start, e = mentions[n].end - tokens[k].start
            if mentions[n].type == .organization {
                if Self.s43bHanEventEnds.contains(where: { e >= $0.count && Self.l28At(sc, e - $0.count, $0) }) { drop.insert(n) }
                continue
            }
            guard e < sc.count, let w = Self.s43bHanResidenceWords.first(where: { Self.l28At(sc, e, $0) }) else { continue }
            let end = mentions[n].end + w.count
            if anyMention(where: { $0.start < end && $0.end > mentions[n].end }) { continue }
            drop.insert(n)
            added.append(l28Mention(k, sc, a, e + w.count, .place))
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    static let s43bHanSiteWords: [[Unicode.Scalar]] = l28Words(["墓地", "古城", "遗址", "石窟", "古镇"])
    /// Two-character words before a site's noun that name no site ("考古遗址", "文化古城").
    static let s43bHanSiteNotNames: Set<String> = ["考古", "文化", "历史", "古代", "公共", "烈士", "家族", "大型", "小型", "重要", "著名",
        "周边", "附近", "一处", "两处", "多处", "这座", "一座", "千年", "商周", "汉代", "唐代", "宋代", "明代", "清代", "同期", "早期", "晚期"]

    /// "曲沃县羊舌墓地", "在平遥古城": two characters + a site's noun (墓地, 古城, 遗址, 石窟, 古镇) are a place when a place
    /// read ends right before them or the noun alone was read as a place.
    mutating func s43bHanSites() {
        guard hanArticleHasAny("墓城址窟镇") else { return }
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            for p in 2..<(sc.count - 1) {
                guard let w = Self.s43bHanSiteWords.first(where: { Self.l28At(sc, p, $0) }), s43bHanItem(sc, p - 2, p),
                      !Self.s43bHanSiteNotNames.contains(hanText(sc, p - 2, 2)) else { continue }
                let (x, ws, we) = (tokens[k].start + p - 2, tokens[k].start + p, tokens[k].start + p + w.count)
                let after = anyMention(where: { $0.type == .place && $0.end == x && $0.start >= tokens[k].start })
                let alone = anyMention(where: { $0.type == .place && $0.known == nil && $0.start == ws && $0.end == we })
                guard after || alone else { continue }
                found.append((k, sc, p - 2, p + w.count))
            }
        }
        s43bAddHanPlaces(found)
    }

    /// Adds each found span of a Han run (token, its scalars, start and end within it) as a place, unless a known name, an
    /// organization, a person or a longer reading overlaps it; the shorter readings inside it (but countries) give way.
    mutating func s43bAddHanPlaces(_ found: [(Int, [Unicode.Scalar], Int, Int)]) {
        for (k, sc, a, b) in found {
            let (s, e) = (tokens[k].start + a, tokens[k].start + b)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.known != nil || $0.type == .organization || $0.type == .person || $0.start < s || $0.end > e) }) { continue }
            mentions.removeAll { $0.start >= s && $0.end <= e && $0.type != .country }
            mentions.append(l28Mention(k, sc, a, b, .place))
        }
    }
}
