import Foundation

/// Misses seen in the thirtieth session in the Russian (BelTA, TASS, Kazinform) and Chinese (Xinhua) wire copy of holdout55
/// (intergovernmental commissions, free economic zones, forums and joint projects; written blind, scored untouched first);
/// each a general pattern of the language, tested on other names in EntityLeft30RuZhTests. One pass, `refineLeft30RuZh`,
/// run after `refineLeft29West`; Russian rules run only for a Russian article, Chinese ones only for a Chinese article
/// with Han runs, and each looks at a token's key (or a run's characters) only after a cheap test of its kind, case or
/// first character.
///
/// Russian: a free or special economic zone written with its quoted name; a commission's "по …" complement cut inside a
/// compound adjective or at "и"; "Минприроды России"; agencies in -надзор; a type acronym before a quoted company (ГОК
/// "…"); "Республика" before a known republic; the towns of a section or a route ("на участке X – Y"); a descriptor
/// before a quoted company; a body's name and its quoted short name; a Latin country word before a Latin body in
/// Cyrillic text; a known place inside a hyphenated place; a name run over a paragraph's full stop or cut after a hyphen
/// ("Иссык-" + "Кульском …"); a person read from
/// a word and a region's adjective ("Товарооборот Витебской области").
/// Chinese: dotted transliterated names with characters the table lacks (Lao, Thai, Indonesian names); numbered roads
/// ("13号公路"); a numbered friendship bridge named by two countries' one-character forms; a
/// village after its county, a Thai province (府) after its country; a capital named after 首府; an agency in 署 after its
/// country; a province's Red Cross; a plant after its group; a joint committee's
/// full name; zones read over 市, "以来", islands and ports by their suffix; a place inside an org's parentheses, "当地…"
/// and common words read as places, a ministry's title (外交部长) and 和 read as a family name no names.
extension NameFinder {
    mutating func refineLeft30RuZh() {
        guard !tokens.isEmpty else { return }
        if lang.ru {
            guard !hasHan, !hasArabic else { return }
            l30RuEconomicZones()
            l30RuCommissionTails()
            l30RuParagraphStops()
            l30RuPeopleBeforeRegionNouns()
            l30RuMinistryCountries()
            l30RuSupervisionAgencies()
            l30RuTypeAcronyms()
            l30RuRepublics()
            l30RuRouteSections()
            l30RuQuotedNamesAfterBodies()
            l30RuLatinCountryBodies()
            l30RuHyphenatedPlaces()
        } else if hasHan, language == "zh" {
            l30HanDottedNames()
            l30HanEdgeSyllables()
            l30HanNumberedRoads()
            l30HanBridges()
            l30HanSuffixPlacesAfterPlaces()
            l30HanCapitals()
            l30HanIslandsAndPorts()
            l30HanZoneFixes()
            l30HanAgencies()
            l30HanBranches()
            l30HanPlants()
            l30HanCommittees()
            l30HanNoNames()
        }
    }

    static func l30Keys(_ list: [String]) -> KeySet { KeySet(list.map { TextFolding.key($0) }) }

    // MARK: Russian: free economic zones

    /// Lowercase adjectives and nouns of a zone or a park written before its quoted name (folded keys).
    static let l30RuZoneWords = l30Keys(["свободная", "свободной", "свободную", "свободном", "свободные", "свободных", "особая", "особой",
        "особую", "особые", "особых", "экономическая", "экономической", "экономическую", "экономические", "экономических",
        "индустриальная", "индустриальной", "индустриальную", "индустриальном", "промышленная", "промышленной", "промышленную",
        "промышленном", "туристско-рекреационная", "зона", "зоны", "зону", "зоне",
        "зоной", "технопарк", "технопарка", "технопарке", "индустриальный", "индустриального", "парк", "парка", "парке"])
    /// The nouns that end such a phrase (folded keys).
    static let l30RuZoneNouns = l30Keys(["зона", "зоны", "зону", "зоне", "зоной", "технопарк", "технопарка", "технопарке", "парк", "парка", "парке"])

    /// 'свободной экономической зоны "Навои"', 'в свободную экономическую зону "Витебск"': a lowercase zone's adjectives and
    /// noun before a quoted name are one place with the quotes (the name alone is the town the zone is named after; a body
    /// read from the quotes is none).
    mutating func l30RuEconomicZones() {
        guard articleHas(Self.l30RuZoneNouns) else { return }
        var puts: [(Int, Int)] = []
        var k = 1
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].script == .cyrillic, Self.l30RuZoneNouns.contains(tokens[k]),
                  h32Quote(k + 1), tokens[k + 1].spaceBefore else { continue }
            var a = k
            while a > 0, k - a < 3, tokens[a - 1].kind == .word, !tokens[a - 1].capitalized, Self.l30RuZoneWords.contains(tokens[a - 1]) { a -= 1 }
            // (A zone's noun alone, "зона", is no name: an adjective must come first.)
            guard a < k else { continue }
            var c = k + 2
            while c < tokenCount, c - k <= 6, !h32Quote(c) { c += 1 }
            guard c < tokenCount, c > k + 2, h32Quote(c), isCap(k + 2) else { continue }
            puts.append((a, c + 1))
            k = c
        }
        for (a, b) in puts { h42Put(a, b, .place, overKnown: true) }
    }

    // MARK: Russian: a commission's field

    /// "Межправительственной … комиссии по торгово-экономическому и" + "научно-техническому сотрудничеству", "комиссии по
    /// торгово" + "-экономическому сотрудничеству": a body's "по" complement cut at "и" or inside a compound adjective goes
    /// on over the adjectives (and their hyphens) to the noun they qualify.
    mutating func l30RuCommissionTails() {
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 3 {
            guard let (a, z) = h31Span(i), z + 2 < tokenCount, tokens[z].script == .cyrillic, tokens[z].kind == .word, !tokens[z].capitalized else { continue }
            let hyphenCut = l28GluedHyphen(z + 1)
            guard hyphenCut || keyIs(z, "и") else { continue }
            guard (a...z).contains(where: { keyIs($0, "по") }) else { continue }
            var e = z + 1
            var noun = -1
            while e < tokenCount, e - z <= 8 {
                if l28GluedHyphen(e) { e += 1; continue }
                guard tokens[e].kind == .word, tokens[e].script == .cyrillic, !tokens[e].capitalized else { break }
                if keyIs(e, "и") { e += 1; continue }
                if h14RussianAdjective(e) || l28GluedHyphen(e + 1) { e += 1; continue }
                noun = e
                break
            }
            guard noun > z else { continue }
            changes.append((i, a, noun + 1))
        }
        for (i, a, b) in changes { seedReplace(i, a, b) }
    }

    // MARK: Russian: a paragraph's full stop

    /// "… университета имени Евфросинии Полоцкой." + (new paragraph) "Отдельное внимание": a body's reading that ran over a
    /// full stop ending a paragraph (or a sentence, after a long word) stops there.
    mutating func l30RuParagraphStops() {
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionWordCount(i) >= 3 {
            guard let (a, z) = h31Span(i), z > a + 1 else { continue }
            // A full stop closing the reading, after a long word ("… имени Касыма Тыныстанова.").
            if tokens[z].kind == .punct, keyIs(z, "."), tokens[z - 1].kind == .word, tokens[z - 1].text.utf8.count >= 8 {
                changes.append((i, a, z))
                continue
            }
            for p in (a + 1)..<z where tokens[p].kind == .punct && keyIs(p, ".") {
                let prev = tokens[p - 1]
                guard tokens[p + 1].newlineBefore || prev.kind == .word && prev.text.utf8.count >= 8 && tokens[p + 1].capitalized else { continue }
                changes.append((i, a, p))
                break
            }
        }
        for (i, a, b) in changes { seedReplace(i, a, b) }
        l30RuHyphenatedFirstWords()
    }

    /// "Иссык-" + "Кульском государственном университете": a body's or a place's reading that starts after a hyphen takes the
    /// capitalized word glued before it (not a country's: "Казахстанско-").
    mutating func l30RuHyphenatedFirstWords() {
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionKnown(i) == nil && (mentionType(i) == .organization || mentionType(i) == .place) && mentionWordCount(i) >= 2 {
            guard let (a, z) = h31Span(i), a >= 2, l28GluedHyphen(a - 1), tokens[a - 2].kind == .word, tokens[a - 2].capitalized,
                  tokens[a - 2].script == .cyrillic, tokens[a].capitalized, !isCountry[a - 2], !isCountry[a] else { continue }
            let (s, e) = (tokens[a - 2].start, tokens[a - 2].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            changes.append((i, a - 2, z + 1))
        }
        for (i, a, b) in changes { seedReplace(i, a, b) }
    }

    // MARK: Russian: a person read over a region's adjective

    /// Lowercase nouns of regions written after a place's adjective (folded keys).
    static let l30RuRegionNouns = l30Keys(["область", "области", "областью", "районе", "района", "район", "края", "крае", "край", "округа",
        "округе", "республики", "провинции", "провинция", "губернии", "штата", "аймака", "аймак", "вилоята", "вилоят"])

    /// "Товарооборот Витебской области", "Дни Витебской области": a capitalized word and a place's adjective read as a person
    /// are none when a region's noun follows (the adjective and the noun are the region, named elsewhere in its own form).
    mutating func l30RuPeopleBeforeRegionNouns() {
        guard articleHas(Self.l30RuRegionNouns) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z > a, z + 1 < tokenCount, tokens[z + 1].kind == .word, !tokens[z + 1].capitalized,
                  Self.l30RuRegionNouns.contains(tokens[z + 1]), h14RussianAdjective(z) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: Russian: "Минприроды России"

    /// "Минприроды России", "Минфин Казахстана": a ministry's short name read alone is one body with the country after it.
    mutating func l30RuMinistryCountries() {
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) == 1 {
            guard let (a, z) = h31Span(i), a == z, z + 1 < tokenCount, tokens[a].script == .cyrillic, tokens[a].capitalized,
                  isCountry[z + 1], tokens[z + 1].script == .cyrillic, PlainText.hasPrefix(tokens[a].key, "мин") else { continue }
            var e = z + 1
            while e < tokenCount, isCountry[e], e - z <= 2 { e += 1 }
            changes.append((i, a, e))
        }
        for (i, a, b) in changes { seedReplace(i, a, b) }
    }

    // MARK: Russian: -надзор

    /// Endings of federal supervision agencies' names ("Россельхознадзор", "Ростехнадзора", "Роспотребнадзором").
    static let l30RuAgencyEndings = ["надзор", "надзора", "надзору", "надзором", "надзоре"]

    /// "Россельхознадзор и …", "по данным Ростехнадзора": a capitalized word ending in -надзор (in any case) is a body.
    mutating func l30RuSupervisionAgencies() {
        var added: [Mention] = []
        for k in 0..<tokenCount where tokens[k].kind == .word && tokens[k].capitalized && tokens[k].script == .cyrillic && tokens[k].keyLength >= 16 {
            let key = tokens[k].key
            guard Self.l30RuAgencyEndings.contains(where: { PlainText.hasSuffix(key, $0) }) else { continue }
            let (s, e) = (tokens[k].start, tokens[k].end)
            if let j = firstMentionIndex(where: { $0.type != .country && $0.start < e && $0.end > s }) {
                if mentionKnown(j) == nil, mentionType(j) != .organization, mentions[j].start == s, mentions[j].end == e { mentions[j].type = .organization }
                continue
            }
            added.append(mention(k, k + 1, type: .organization, evidence: .cue))
        }
        mentions.append(contentsOf: added)
    }

    // MARK: Russian: type acronyms before a quoted name

    /// Acronyms of an enterprise's type written before its quoted name (folded keys): a mining and processing plant, a
    /// refinery, state and municipal enterprises, a research and production association.
    static let l30RuTypeAcronymKeys = l30Keys(["ГОК", "ГМК", "НПЗ", "ГУП", "ФГУП", "МУП", "РГП", "ГКП", "НАО", "НПО", "ПО", "ЧП", "КХ", "ГП"])

    /// 'ГОК "Эрдэнэт"', 'НПЗ "Нафтан"': an enterprise type's acronym right before a quoted name is no body of its own.
    mutating func l30RuTypeAcronyms() {
        guard articleHas(Self.l30RuTypeAcronymKeys) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionWordCount(i) == 1 {
            guard let (a, z) = h31Span(i), a == z, z + 2 < tokenCount, tokens[a].allCaps, tokens[a].script == .cyrillic,
                  h32Quote(z + 1), Self.l30RuTypeAcronymKeys.contains(tokens[a]), isCap(z + 2) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: Russian: "Республика Тыва"

    /// "Республики Тыва", "в Республике Алтай": "Республика" in any case right before a known place is part of its name.
    mutating func l30RuRepublics() {
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .place {
            guard let (a, z) = h31Span(i), a >= 1, tokens[a - 1].kind == .word, tokens[a - 1].capitalized, tokens[a - 1].script == .cyrillic,
                  !isCountry[a - 1], !isCountry[a], PlainText.hasPrefix(tokens[a - 1].key, "республик") else { continue }
            let (s, e) = (tokens[a - 1].start, tokens[a - 1].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            changes.append((i, a - 1, z + 1))
        }
        for (i, a, b) in changes { seedReplace(i, a, b) }
    }

    // MARK: Russian: sections and routes

    /// Lowercase nouns of a railway section, a route or a flight before "X – Y" (folded keys).
    static let l30RuRouteNouns = l30Keys(["участке", "участок", "участка", "участку", "маршруту", "маршрут", "маршрута", "маршрутом",
        "перегоне", "перегон", "перегона", "рейс", "рейсы", "рейсов", "направлении", "направлению"])

    /// "на участке Сухэ-Батор – Дархан", "по маршруту Орша – Навои", "рейс Иркутск – Кяхта – Улан-Батор": the capitalized
    /// names joined by spaced dashes after a section's or a route's noun are places.
    mutating func l30RuRouteSections() {
        guard articleHas(Self.l30RuRouteNouns) else { return }
        var puts: [(Int, Int)] = []
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].script == .cyrillic, Self.l30RuRouteNouns.contains(tokens[k]) else { continue }
            var names: [(Int, Int)] = []
            var p = k + 1
            while p < tokenCount, names.count < 5 {
                guard tokens[p].kind == .word, tokens[p].capitalized, tokens[p].script == .cyrillic else { break }
                var e = p + 1
                while e + 1 < tokenCount, l28GluedHyphen(e), tokens[e + 1].kind == .word, tokens[e + 1].capitalized { e += 2 }
                names.append((p, e))
                guard e + 1 < tokenCount, tokens[e].spaceBefore, h27Dash(e) else { break }
                p = e + 1
            }
            guard names.count >= 2 else { continue }
            for (a, b) in names where !(a..<b).contains(where: { isCountry[$0] }) {
                let (s, e) = (tokens[a].start, tokens[b - 1].end)
                if anyMention(where: { $0.known != nil && $0.start < e && $0.end > s }) { continue }
                puts.append((a, b))
            }
            k = names[names.count - 1].1
        }
        for (a, b) in puts { h42Put(a, b, .place) }
    }

    // MARK: Russian: quoted names after a body

    /// Generic company nouns that a descriptor before a quoted name ends with (folded keys).
    static let l30RuCompanyNouns = l30Keys(["компания", "компании", "компанию", "компанией", "корпорация", "корпорации", "холдинг", "холдинга",
        "объединение", "объединения", "предприятие", "предприятия", "общество", "общества"])

    /// 'АО "Национальная компания "KazakhExport""', 'Государственная горнодобывающая компания Монголии «…»': words with a
    /// company's noun right before a quoted name describe the company, no name; 'Национальной палатой предпринимателей Республики Казахстан "Атамекен"': a body's full name goes on
    /// over its quoted short name. "Индонезийская государственная горнодобывающая холдинговая компания MIND ID": a body read
    /// from adjectives alone before a company's noun is none.
    mutating func l30RuQuotedNamesAfterBodies() {
        var drop = Set<Int>()
        var changes: [(Int, Int, Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z + 1 < tokenCount, tokens[z].script == .cyrillic else { continue }
            if (a...z).allSatisfy({ h14RussianAdjective($0) }), tokens[z + 1].kind == .word, !tokens[z + 1].capitalized,
               Self.l30RuCompanyNouns.contains(tokens[z + 1]) {
                drop.insert(i)
                continue
            }
            guard z + 3 < tokenCount, h32Quote(z + 1), tokens[z + 1].spaceBefore, isCap(z + 2) else { continue }
            if (a...z).contains(where: { tokens[$0].kind == .word && !tokens[$0].capitalized && Self.l30RuCompanyNouns.contains(tokens[$0]) }) {
                drop.insert(i)
                continue
            }
            var c = z + 2
            while c < tokenCount, c - z <= 5, !h32Quote(c) { c += 1 }
            guard c < tokenCount, h32Quote(c), z - a >= 2 else { continue }
            changes.append((i, a, c + 1, z + 2, c))
        }
        for (i, a, b, _, _) in changes { seedReplace(i, a, b) }
        var inner = Set<Int>()
        for (i, _, _, ia, ib) in changes {
            let (s, e) = (tokens[ia].start, tokens[ib - 1].end)
            for j in mentions.indices where j != i && mentionKnown(j) == nil && mentionType(j) != .country && mentions[j].start >= s && mentions[j].end <= e {
                inner.insert(j)
            }
        }
        if !drop.isEmpty || !inner.isEmpty { replaceMentions(removing: drop.union(inner)) }
    }

    // MARK: Russian: Latin names

    /// "индонезийским … агентством Indonesia Eximbank": in Cyrillic text a Latin country word right before a Latin name is
    /// that name's first word.
    mutating func l30RuLatinCountryBodies() {
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionType(i) != .person {
            guard let (a, z) = h31Span(i), a >= 2, tokens[a].script == .latin, tokens[a - 1].script == .latin, tokens[a - 1].kind == .word,
                  tokens[a - 1].capitalized, isCountry[a - 1], tokens[a].spaceBefore, tokens[a - 2].script == .cyrillic else { continue }
            changes.append((i, a - 1, z + 1))
        }
        for (i, a, b) in changes {
            seedReplace(i, a, b)
            if mentions[i].type == nil { mentions[i].type = .organization }
        }
    }

    // MARK: Russian: hyphenated places

    /// "порт Танджунг-Перак": a known place read at the end of a longer hyphenated place is part of it, no mention of its own.
    mutating func l30RuHyphenatedPlaces() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            let (s, e) = (mentions[i].start, mentions[i].end)
            guard let (a, z) = h31Span(i), z >= a + 2, (a..<z).contains(where: { l28GluedHyphen($0) }) else { continue }
            for j in mentions.indices where j != i && mentionKnown(j) != nil && mentionType(j) == .place
                && mentions[j].start > s && mentions[j].end <= e {
                drop.insert(j)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: Chinese: helpers

    /// Characters no name of a place, a body or a person in these rules holds.
    static let l30HanStops = HanCharSet("的了在和与及等是将被把从向对为也就还而并至到往于，、个各全本该此这那多两几年月日")
    /// `l30HanStops` without 那, which transliterated names end with ("伏伊伏丁那", "那空帕农").
    static let l30HanNameStops = HanCharSet("的了在和与及等是将被把从向对为也就还而并至到往于，、个各全本该此这多两几年月日")

    /// A place (not a country) over characters `a..<b` of run `k` unless a mention overlaps them.
    mutating func l30HanAddIfFree(_ k: Int, _ sc: [Unicode.Scalar], _ a: Int, _ b: Int, _ type: EntityType) -> Bool {
        let (s, e) = (tokens[k].start + a, tokens[k].start + b)
        if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s }) { return false }
        mentions.append(l28Mention(k, sc, a, b, type))
        return true
    }

    // MARK: Chinese: dotted names

    /// Characters of Lao, Thai and Indonesian names in Chinese that the transliteration tables lack (common words too, so
    /// read only beside a middle dot).
    static let l30HanDottedExtra = HanCharSet("平冯占派宋蓬珊颂坤猜披攀萍奔堪")

    /// "副部长坎平·西萨瓦以及", "副省长本通·占塔冯说", "青年宋蓬·西昆告诉记者": a dotted name that the tables' characters cut (or
    /// missed) is read with the extra characters, each part two to six characters; it replaces shorter readings.
    mutating func l30HanDottedNames() {
        guard articleHas(Self.l26MiddleDotKeys) else { return }
        let dots = Self.l26MiddleDots, extra = Self.l30HanDottedExtra
        let table = Self.hanTransliterationSet, table2 = Self.l26HanDottedExtra
        let isName = { (c: Unicode.Scalar) -> Bool in let v = Self.hanCode(c); return table.contains(v) || table2.contains(v) || extra.contains(v) }
        var added: [Mention] = []
        var k = 1
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard hanGluedDot(k, Self.l26MiddleDotKeys) else { continue }
            // (One dot only: longer chains are left to the tables' reading.)
            if k + 2 < tokenCount, dots.contains(tokens[k + 2].text) { continue }
            if k >= 2, dots.contains(tokens[k - 2].text) { continue }
            guard let left = l28Run(k - 1), let right = l28Run(k + 1) else { continue }
            var a = left.count
            while a > 0, left.count - a < 6, isName(left[a - 1]) { a -= 1 }
            while a < left.count, Self.l26HanLeftEdgeWords.contains(Self.hanCode(left[a])) { a += 1 }
            var e = 0
            while e < right.count, e < 6, isName(right[e]) { e += 1 }
            while e > 0, Self.l26HanEdgeWords.contains(Self.hanCode(right[e - 1])) { e -= 1 }
            guard left.count - a >= 2, e >= 2 else { continue }
            // The extra characters only where the tables' reading fell short.
            let s = tokens[k - 1].start + a, end = tokens[k + 1].start + e
            if anyMention(where: { $0.type == .person && $0.start <= s && $0.end >= end }) { continue }
            if anyMention(where: { $0.type == .country && $0.start < end && $0.end > s }) { continue }
            let first = hanText(left, a, left.count - a), last = hanText(right, 0, e)
            let m = Mention(surface: first + tokens[k].text + last, start: s, end: end, type: .person, evidence: .cue, words: [first, last])
            mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < end && $0.end > s }
            mentions.append(m)
            added.append(m)
        }
        guard !added.isEmpty else { return }
        // The family name alone is the person of the dotted name it ends.
        for n in mentions.indices where mentions[n].type == .person && mentions[n].known == nil && mentions[n].words.count == 1 {
            let surface = mentions[n].surface
            let fits = added.filter { PlainText.hasSuffix($0.surface, "·" + surface) }
            if fits.count == 1 { mentions[n].words = fits[0].words }
        }
    }

    /// Last syllables of transliterated places and names that the tables lack ("-ica" 察: 洛兹尼察, 苏博蒂察; "-phone" 冯).
    static let l30HanEndSyllables = HanCharSet("察冯")
    /// What may follow a name's last syllable (function words, verbs of saying and doing).
    static let l30HanAfterEnd = HanCharSet("的了在和与及等是将被把从向对为也就还而并至到往于说表称投举开市省州县区")

    /// "在洛兹尼察投资的": a transliterated place or person read without its last syllable (察, 冯) takes it when a function
    /// word, a verb or the run's end follows.
    mutating func l30HanEdgeSyllables() {
        for n in mentions.indices where mentions[n].known == nil && (mentions[n].type == .place || mentions[n].type == .person) {
            guard let k = l28TokenAt(mentions[n].start), tokens[k].script == .han, mentions[n].end < tokens[k].end, let sc = l28Run(k) else { continue }
            let q = mentions[n].end - tokens[k].start
            guard q >= 2, q < sc.count, Self.l30HanEndSyllables.contains(Self.hanCode(sc[q])), l26HanNameChar(sc[q - 1]),
                  q + 1 == sc.count || Self.l30HanAfterEnd.contains(Self.hanCode(sc[q + 1])) else { continue }
            let e = mentions[n].end + 1
            if anyMention(where: { $0.start < e && $0.end > mentions[n].end }) { continue }
            l28Recut(n, k, sc, mentions[n].start - tokens[k].start, q + 1)
        }
    }

    // MARK: Chinese: numbered roads

    static let l30HanRoadTails = l28Words(["号高速公路", "号公路", "号国道", "号省道"])
    static let l30HanHao: Unicode.Scalar = "号"

    /// "经13号公路运至", "沿12号公路": a number glued to 号公路 (号国道 …) is a road.
    mutating func l30HanNumberedRoads() {
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .number, tokens[k + 1].script == .han, tokens[k].end == tokens[k + 1].start else { continue }
            let sc = hanRunScalars(k + 1)
            guard sc.first == Self.l30HanHao, let tail = Self.l30HanRoadTails.first(where: { Self.l28At(sc, 0, $0) }) else { continue }
            let (s, e) = (tokens[k].start, tokens[k + 1].start + tail.count)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            let text = tokens[k].text + hanText(sc, 0, tail.count)
            mentions.append(Mention(surface: text, start: s, end: e, type: .place, evidence: .cue, words: [text], placeContext: true))
        }
    }

    /// Countries' one-character forms in names of joint projects (老泰, 中老, 匈塞, 中巴).
    static let l30HanCountryChars = HanCharSet("中老泰越柬缅匈塞俄蒙哈吉乌土巴孟日韩朝菲")

    // MARK: Chinese: friendship bridges

    static let l30HanBridgeTail = Array("友谊大桥".unicodeScalars)
    static let l30HanNumerals = HanCharSet("一二三四五六七八九十")

    /// "第三座老泰友谊大桥": a friendship bridge read without the countries' one-character forms before it takes them, and its
    /// ordinal ("第三座").
    mutating func l30HanBridges() {
        for n in mentions.indices where mentions[n].type == .place && mentions[n].known == nil && PlainText.hasSuffix(mentions[n].surface, "友谊大桥") {
            guard let k = l28TokenAt(mentions[n].start), let sc = l28Run(k) else { continue }
            let st = tokens[k].start
            var a = mentions[n].start - st
            while a > 0, mentions[n].start - st - a < 3, Self.l30HanCountryChars.contains(Self.hanCode(sc[a - 1])) { a -= 1 }
            if a >= 3, sc[a - 1] == "座", Self.l30HanNumerals.contains(Self.hanCode(sc[a - 2])) {
                var f = a - 2
                while f > 0, Self.l30HanNumerals.contains(Self.hanCode(sc[f - 1])) { f -= 1 }
                if f > 0, sc[f - 1] == "第" { a = f - 1 }
            }
            guard a < mentions[n].start - st else { continue }
            l28Recut(n, k, sc, a, mentions[n].end - st)
        }
    }

    // MARK: Chinese: villages and Thai provinces

    static let l30HanVillageTails = HanCharSet("村镇乡坝")   // (坝: S53a, "隆阳区潞江坝")
    static let l30HanCountyEnds = HanCharSet("县乡镇区")
    static let l30HanGovernment = Array("政府".unicodeScalars)

    /// "来自农勃县纳坎村的", "经泰国那空帕农府开辟": two or three characters and 村 (镇, 乡) right after a county, or two to six and
    /// 府 right after a country (a Thai province; 政府 and 首府 are none), are places.
    mutating func l30HanSuffixPlacesAfterPlaces() {
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for n in mentions.indices where mentions[n].type == .place || mentions[n].type == .country {
            guard let k = l28TokenAt(mentions[n].end - 1), tokens[k].script == .han, mentions[n].end < tokens[k].end, let sc = l28Run(k) else { continue }
            let c = mentions[n].end - tokens[k].start
            if mentions[n].type == .place {
                guard c >= 1, Self.l30HanCountyEnds.contains(Self.hanCode(sc[c - 1])) else { continue }
                for len in 2...3 where c + len < sc.count && Self.l30HanVillageTails.contains(Self.hanCode(sc[c + len])) {
                    guard !(c..<(c + len)).contains(where: { Self.l30HanNameStops.contains(Self.hanCode(sc[$0])) }) else { break }
                    // (A dam, "大坝"/"水坝"/"拦河坝", is no flatland's name: S53a.)
                    if sc[c + len] == "坝", sc[c + len - 1] == "大" || sc[c + len - 1] == "水" || sc[c + len - 1] == "河" || sc[c + len - 1] == "堤" { break }
                    found.append((k, sc, c, c + len + 1))
                    break
                }
            } else {
                for len in 2...6 where c + len < sc.count && sc[c + len] == "府" {
                    guard !(c..<(c + len)).contains(where: { Self.l30HanNameStops.contains(Self.hanCode(sc[$0])) }) else { break }
                    if sc[c + len - 1] == "政" || sc[c + len - 1] == "首" || sc[c + len - 1] == "王" { break }
                    found.append((k, sc, c, c + len + 1))
                    break
                }
            }
        }
        for (k, sc, a, b) in found { _ = l30HanAddIfFree(k, sc, a, b, .place) }
    }

    // MARK: Chinese: capitals after 首府

    static let l30HanCapitalWords = l28Words(["首府", "省会", "州府"])
    /// Characters no capital's name after 首府 holds (function words, "已有").
    static let l30HanCapitalStops = HanCharSet("的了在和与及等是将被把从向对为也就还而并至到往于，、个各全本该此这多两几年月日已有城市")
    /// What may stand before another mention of the capital (prepositions, verbs of going, list marks).
    static let l30HanBeforePlace = HanCharSet("在至去到从往于赴抵经距离和与及、，")

    /// "距首府他曲约40公里 … 在他曲建设 … 去他曲读中学": the name after 首府 (省会, 州府) is a place when it is written again in
    /// the article; each of its mentions after a preposition or a verb of going is the place.
    mutating func l30HanCapitals() {
        guard hanArticleHasAny("首省州") else { return }   // (every capital's word opens with one of them)
        var names: [[Unicode.Scalar]] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k), sc.count >= 4 else { continue }
            for p in 0..<(sc.count - 3) where sc[p] == "首" || sc[p] == "省" || sc[p] == "州" {
                // (首都 left out: "新行政首都" names a city of its own.)
                guard let w = Self.l30HanCapitalWords.first(where: { Self.l28At(sc, p, $0) }) else { continue }
                let a = p + w.count
                // The longest of two to four characters written elsewhere too.
                for len in stride(from: 4, through: 2, by: -1) where a + len <= sc.count {
                    let cand = Array(sc[a..<(a + len)])
                    guard !cand.contains(where: { Self.l30HanCapitalStops.contains(Self.hanCode($0)) }) else { continue }
                    if l30HanOccurrences(cand) >= 2 { names.append(cand); break }
                }
            }
        }
        guard !names.isEmpty else { return }
        for name in names {
            for k in 0..<tokenCount where tokens[k].script == .han {
                guard let sc = l28Run(k), sc.count >= name.count else { continue }
                var p = 0
                while p + name.count <= sc.count {
                    defer { p += 1 }
                    guard sc[p] == name[0], Self.l28At(sc, p, name) else { continue }
                    guard p >= 1, Self.l30HanBeforePlace.contains(Self.hanCode(sc[p - 1]))
                        || p >= 2 && Self.l30HanCapitalWords.contains(where: { Self.l28At(sc, p - 2, $0) }) else { continue }
                    _ = l30HanAddIfFree(k, sc, p, p + name.count, .place)
                }
            }
        }
    }

    /// How many times the characters `name` are written in the article's Han runs.
    func l30HanOccurrences(_ name: [Unicode.Scalar]) -> Int {
        var n = 0
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k), sc.count >= name.count else { continue }
            var p = 0
            while p + name.count <= sc.count { if sc[p] == name[0], Self.l28At(sc, p, name) { n += 1 }; p += 1 }
        }
        return n
    }

    // MARK: Chinese: islands and ports

    static let l30HanIslandPreps = HanCharSet("在把到从至往赴经于登抵")

    /// "在民丹岛举行", "把民丹岛作为": two or three characters and 岛 after a preposition are an island; "从福州江阴港开往": two
    /// characters and 港 right after a city's name (one the article reads as a place) are its port.
    mutating func l30HanIslandsAndPorts() {
        guard hanArticleHasAny("岛港") else { return }   // (every rule below needs one of them)
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k), sc.count >= 4 else { continue }
            for p in 3..<sc.count where sc[p] == "岛" {
                for len in 2...3 where p - len - 1 >= 0 && Self.l30HanIslandPreps.contains(Self.hanCode(sc[p - len - 1])) {
                    guard !((p - len)..<p).contains(where: { Self.l30HanStops.contains(Self.hanCode(sc[$0])) }) else { break }
                    found.append((k, sc, p - len, p + 1))
                    break
                }
            }
        }
        // The ports: 港 after two characters after a place's name (the name read there or elsewhere in the article).
        var cities: [[Unicode.Scalar]]?
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k), sc.count >= 5 else { continue }
            for p in 4..<sc.count where sc[p] == "港" {
                if cities == nil {
                    cities = mentions.filter { $0.type == .place && $0.end - $0.start >= 2 && $0.end - $0.start <= 3 }
                        .map { Array($0.surface.unicodeScalars) }.filter { $0.allSatisfy { $0.value >= 0x4E00 && $0.value <= 0x9FFF } }
                }
                let c = p - 2
                guard !(c..<p).contains(where: { Self.l30HanStops.contains(Self.hanCode(sc[$0])) || sc[$0] == "市" || sc[$0] == "省" }),
                      cities!.contains(where: { $0.count <= c && Self.l28At(sc, c - $0.count, $0) }) else { continue }
                found.append((k, sc, c, p + 1))
            }
        }
        for (k, sc, a, b) in found { _ = l30HanAddIfFree(k, sc, a, b, .place) }
    }

    // MARK: Chinese: zones and edges

    static let l30HanUnitChars = HanCharSet("市省县")
    static let l30HanSinceFirsts = HanCharSet("以后原本近从未")
    static let l30HanBareSuffixes: WordSet = ["自治省", "自治州", "自治区", "自治县", "自治市"]

    /// "福州市元洪投资区": a zone read from the 市 (省, 县) that ends the city before it starts after it; "今年以来甘蒙省": a place
    /// read from the 来 of 以来 (后来, 原来 …) starts after it; "在伏伊伏丁那自治省": a bare 自治省 (自治州 …) takes the name before it.
    mutating func l30HanZoneFixes() {
        for n in mentions.indices where mentions[n].type == .place && mentions[n].known == nil {
            guard let k = l28TokenAt(mentions[n].start), tokens[k].script == .han, let sc = l28Run(k) else { continue }
            let a = mentions[n].start - tokens[k].start, b = mentions[n].end - tokens[k].start
            guard b <= sc.count, a < b else { continue }
            if a >= 1, b - a >= 4, Self.l30HanUnitChars.contains(Self.hanCode(sc[a])) {
                l28Recut(n, k, sc, a + 1, b)
            } else if a >= 1, b - a >= 3, sc[a] == "来", Self.l30HanSinceFirsts.contains(Self.hanCode(sc[a - 1])) {
                l28Recut(n, k, sc, a + 1, b)
            } else if a >= 2, Self.l30HanBareSuffixes.contains(mentions[n].surface) {
                var f = a
                while f > 0, a - f < 6, !Self.l30HanNameStops.contains(Self.hanCode(sc[f - 1])) { f -= 1 }
                if a - f >= 2 { l28Recut(n, k, sc, f, b) }
            }
        }
    }

    // MARK: Chinese: agencies in 署

    static let l30HanVerbBeforeShu = HanCharSet("签部布")

    /// "塞尔维亚发展署数据显示": two to four characters and 署 right after a country are its agency.
    mutating func l30HanAgencies() {
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for n in mentions.indices where mentions[n].type == .country && !PlainText.hasSuffix(mentions[n].surface, "方") {
            guard let k = l28TokenAt(mentions[n].end - 1), tokens[k].script == .han, mentions[n].start >= tokens[k].start, let sc = l28Run(k) else { continue }
            let a = mentions[n].start - tokens[k].start, c = mentions[n].end - tokens[k].start
            for len in 2...4 where c + len < sc.count && sc[c + len] == "署" {
                guard !(c..<(c + len)).contains(where: { Self.l30HanStops.contains(Self.hanCode(sc[$0])) }) else { break }
                // (签署, 部署: verbs.)
                if Self.l30HanVerbBeforeShu.contains(Self.hanCode(sc[c + len - 1])) { break }
                found.append((k, sc, a, c + len + 1))
                break
            }
        }
        for (k, sc, a, b) in found { _ = l30HanAddIfFree(k, sc, a, b, .organization) }
    }

    // MARK: Chinese: a province's branch of a known society

    /// "向甘蒙省红十字会捐赠": a known society (…会) right after a province's or a city's name is that province's branch, one
    /// body.
    mutating func l30HanBranches() {
        var puts: [Mention] = []
        for n in mentions.indices where mentions[n].type == .organization && mentions[n].known != nil && PlainText.hasSuffix(mentions[n].surface, "会") {
            let s = mentions[n].start
            guard let p = firstMention(where: { $0.type == .place && $0.end == s }), let k = l28TokenAt(p.start), tokens[k].script == .han,
                  tokens[k].end >= mentions[n].end, let sc = l28Run(k) else { continue }
            let pa = p.start - tokens[k].start, pb = p.end - tokens[k].start
            guard pb - pa >= 2, Self.l30HanUnitChars.contains(Self.hanCode(sc[pb - 1])) || sc[pb - 1] == "州" else { continue }
            puts.append(l28Mention(k, sc, pa, mentions[n].end - tokens[k].start, .organization))
        }
        for m in puts {
            mentions.removeAll { $0.type != .country && $0.start >= m.start && $0.end <= m.end }
            mentions.append(m)
        }
    }

    // MARK: Chinese: plants after their group

    static let l30HanPlantTails = l28Words(["钢铁厂", "钢厂", "炼油厂", "化工厂", "电厂", "工厂"])

    /// "河钢集团斯梅代雷沃钢厂则表示": a plant named after its group (…集团 + a name + 钢厂/工厂 …) is a body of its own.
    mutating func l30HanPlants() {
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for n in mentions.indices where mentions[n].type == .organization && PlainText.hasSuffix(mentions[n].surface, "集团") {
            guard let k = l28TokenAt(mentions[n].end - 1), tokens[k].script == .han, let sc = l28Run(k) else { continue }
            let c = mentions[n].end - tokens[k].start
            var q = c + 2
            while q < sc.count, q - c <= 6 {
                if Self.l30HanStops.contains(Self.hanCode(sc[q - 1])) { break }
                if let t = Self.l30HanPlantTails.first(where: { Self.l28At(sc, q, $0) }) {
                    // ("敏实集团塞尔维亚工厂": a country's plant of the group is no name.)
                    let (s, e) = (tokens[k].start + c, tokens[k].start + q)
                    if !anyMention(where: { $0.type == .country && $0.start < e && $0.end > s }) { found.append((k, sc, c, q + t.count)) }
                    break
                }
                q += 1
            }
        }
        for (k, sc, a, b) in found { _ = l30HanAddIfFree(k, sc, a, b, .organization) }
    }

    // MARK: Chinese: joint committees

    static let l30HanCommitteeModifiers = l28Words(["联合", "合作", "混合", "政府间"])
    static let l30HanDashes: Set<String> = ["—", "－", "-", "–"]
    static let l30HanOpenQuotes: Set<String> = ["“", "\"", "「", "《"]
    static let l30HanCloseQuotes: Set<String> = ["”", "\"", "」", "》"]

    /// "联合工作委员会第五次会议": a committee read without the "联合" (合作, 混合, 政府间) before it takes it; "中国—印度尼西亚
    /// “两国双园”合作联合工作委员会": one whose modifiers open its run after a quoted programme and two countries joined by a dash
    /// is one body from the first country on.
    mutating func l30HanCommittees() {
        for n in mentions.indices where mentions[n].type == .organization && mentions[n].known == nil && PlainText.hasSuffix(mentions[n].surface, "委员会") {
            guard let k = l28TokenAt(mentions[n].start), tokens[k].script == .han, let sc = l28Run(k) else { continue }
            var a = mentions[n].start - tokens[k].start
            let b = mentions[n].end - tokens[k].start
            var moved = true
            while moved {
                moved = false
                for w in Self.l30HanCommitteeModifiers where a >= w.count && Self.l28At(sc, a - w.count, w) { a -= w.count; moved = true; break }
            }
            if a == 0, k >= 6, Self.l30HanCloseQuotes.contains(tokens[k - 1].text), tokens[k - 2].script == .han,
               Self.l30HanOpenQuotes.contains(tokens[k - 3].text), tokens[k - 4].script == .han, Self.l30HanDashes.contains(tokens[k - 5].text),
               tokens[k - 6].script == .han, anyMention(where: { $0.type == .country && $0.start == tokens[k - 4].start && $0.end == tokens[k - 4].end }),
               let c = firstMention(where: { $0.type == .country && $0.end == tokens[k - 6].end }), c.start >= tokens[k - 6].start {
                var text = ""
                let first = hanRunScalars(k - 6)
                text += hanText(first, c.start - tokens[k - 6].start, c.end - c.start)
                for t in (k - 5)..<k { text += tokens[t].text }
                text += hanText(sc, 0, b)
                let m = Mention(surface: text, start: c.start, end: mentions[n].end, type: .organization, evidence: .cue, words: [text])
                mentions[n] = m
                continue
            }
            if a < mentions[n].start - tokens[k].start { l28Recut(n, k, sc, a, b) }
        }
        // The short form ("联合工作委员会") groups with the one full name it ends.
        let full = mentions.indices.filter { mentions[$0].type == .organization && mentions[$0].known == nil && PlainText.contains(mentions[$0].surface, "—") }
        guard !full.isEmpty else { return }
        for n in mentions.indices where mentions[n].type == .organization && mentions[n].known == nil && PlainText.hasSuffix(mentions[n].surface, "委员会") {
            let surface = mentions[n].surface
            let fits = full.filter { $0 != n && PlainText.hasSuffix(mentions[$0].surface, surface) && mentions[$0].surface.utf8.count > surface.utf8.count }
            if fits.count == 1 { mentions[n].words = mentions[fits[0]].words }
        }
    }

    // MARK: Chinese: no names

    /// Common words and determiners that a place's reading never is or starts with ("当地工业区", "在印尼投资建设").
    static let l30HanNotPlaces: Set<String> = ["投资", "建设", "合作", "发展", "生产", "经营", "工业区"]
    static let l30HanDeterminers = l28Words(["当地", "本地", "该", "这", "此", "全"])
    static let l30HanAndChars = HanCharSet("和与及或")
    /// Common two-character nouns (as pairs of code points) that 和 (与, 及) joins to a noun before them ("班组长和技术主管").
    static let l30HanCommonNouns: Set<UInt64> = Set(["技术", "设备", "管理", "企业", "服务", "人员", "产品", "工作", "发展", "建设", "生产",
        "经济", "社会", "文化", "教育", "科技", "安全", "环境", "市场", "资金", "项目", "政府", "社区", "地方", "基层", "机构", "部门",
        "行业", "专家", "学者", "员工", "职工", "工人", "农民", "群众", "居民", "物流", "能源", "交通", "医疗", "金融", "研发", "运营",
        "维修", "销售", "质量", "安装", "培训", "施工", "设计", "财务", "后勤"].map { w -> UInt64 in
        let c = w.unicodeScalars.map { UInt64(hanCode($0)) }
        return c[0] << 32 | c[1]
    })

    /// "在当地工业区建设" (a local park), "在印尼投资" (a verb) are no places; "亚钾国际投资（广州）股份有限公司": a place in an
    /// org's parentheses is part of its name; "副总理兼外交部长": a ministry read from a title (…部长) is none; "班组长和技术主管":
    /// 和 (与, 及) before a common noun is a conjunction, no family name.
    mutating func l30HanNoNames() {
        var drop = Set<Int>()
        let orgs = mentions.indices.filter { mentions[$0].type == .organization }.map { (mentions[$0].start, mentions[$0].end) }
        for n in mentions.indices where mentions[n].known == nil || mentions[n].type == .place {
            guard mentions[n].type != .country, let k = l28TokenAt(mentions[n].start), let sc = l28Run(k) else {
                // A known place in parentheses inside an org (the parentheses are tokens of their own).
                if mentions[n].type == .place, mentions[n].parenthesized, orgs.contains(where: { $0.0 < mentions[n].start && $0.1 > mentions[n].end }) { drop.insert(n) }
                continue
            }
            let a = mentions[n].start - tokens[k].start, b = mentions[n].end - tokens[k].start
            guard b <= sc.count, a < b else { continue }
            switch mentions[n].type {
            case .place:
                if mentions[n].parenthesized, orgs.contains(where: { $0.0 < mentions[n].start && $0.1 > mentions[n].end }) { drop.insert(n); continue }
                if a == 0, b == sc.count, k >= 1, tokens[k - 1].kind == .punct, PlainText.equal(tokens[k - 1].text, "（"),
                   orgs.contains(where: { $0.0 < mentions[n].start && $0.1 > mentions[n].end }) { drop.insert(n); continue }
                guard mentions[n].known == nil else { continue }
                if b - a <= 3, Self.l30HanNotPlaces.contains(mentions[n].surface) { drop.insert(n); continue }
                if Self.l30HanDeterminers.contains(where: { Self.l28At(sc, a, $0) && b - a > $0.count }) { drop.insert(n) }
            case .organization:
                if b < sc.count, sc[b - 1] == "部", sc[b] == "长" { drop.insert(n) }
            case .person:
                // (Only before a common noun: "记者和丽华报道" is a reporter named 和.)
                if a >= 1, b - a == 3, Self.l30HanAndChars.contains(Self.hanCode(sc[a])),
                   Self.l30HanCommonNouns.contains(UInt64(Self.hanCode(sc[a + 1])) << 32 | UInt64(Self.hanCode(sc[a + 2]))) {
                    drop.insert(n)
                }
            default:
                break
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }
}
