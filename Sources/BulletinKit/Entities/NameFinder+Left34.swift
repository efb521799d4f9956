import Foundation

/// Misses seen in the thirty-fourth session in the wire copy of holdout58 (written blind, scored untouched first: state
/// visits, calls, commissions, forums, elections, a wind farm, a border seizure, a consecration, obituaries, a pagoda, a
/// Duma hearing, a CSTO exercise), in all six languages of the corpus; each a general pattern of the language, tested on
/// other names in EntityLeft34Tests. One pass, `refineLeft34`, run after `refineLeft33`; every rule is gated on the
/// article's language or script, then on its cue words (`articleHas`, `hanArticleHasAny`) before any scan.
///
/// Russian: a numbered military unit ("38-й отдельной гвардейской десантно-штурмовой бригады", its number kept in its words);
/// the name after a range's, a settlement's, a station's or an airfield's noun a place; forces and troops with a capital
/// ("Сил специальных операций", "Аэромобильных войск"); a party's adjectives and quoted name; a body cut after a genitive
/// adjective takes its noun; a district listed by its adjective groups with its full reading. Chinese: a body read over
/// a year and a verb of a career ("1956年考入…", "同志任…", "原…", "促成…", "同哈萨克斯坦外交部"); "[国]人民对外…协会" whole;
/// two bodies joined by 和 after a body's suffix ("中央党校和外交学院"); a region in 州 in a list or before 州长; a bureau
/// under a place or a customs house ("…州国家收入局", "…海关缉私局", "国家林业和草原局…总站"); a person listed after a
/// person, a second reporter. Vietnamese: a monk's dharma name after "Thích"; a mission or an association named by its
/// country "tại" another; a person read with the country before him; two bodies joined by "và" are two; a committee's
/// fields listed with commas and "và". Arabic: a body's fields joined by "و" and its country's adjective. French: a church
/// and its confession; a clergyman named by one name and his see; a mission with its country and town; number words no
/// people; a name between places, or after "poste de", a place. English: the names before "wind farm(s)" places.
extension NameFinder {
    mutating func refineLeft34() {
        guard !tokens.isEmpty else { return }
        if hasHan {
            if language == "zh" {
                l34HanLeadingVerbs()
                l34HanFriendshipBodies()
                l34HanJoinedBodies()
                l34HanRegions()
                l34HanNestedBureaus()
                l34HanListedPeople()
            }
            return
        }
        if hasArabic {
            if language == "ar" {
                l34ArabicFieldsAndNationality()
            }
            return
        }
        if lang.ru {
            l34RussianNumberedUnits()
            l34RussianPlaceNouns()
            l34RussianForces()
            l34RussianPartyNames()
            l34RussianAdjectiveTails()
            l34RussianListedDistricts()
            return
        }
        if lang.vi {
            l34VietnameseDharmaNames()
            l34VietnameseMissions()
            l34VietnamesePeopleAfterCountries()
            l34VietnameseJoinedBodies()
            l34VietnameseFieldLists()
            return
        }
        if lang.fr {
            l34FrenchChurches()
            l34FrenchClergy()
            l34FrenchMissions()
            l34FrenchNumberWords()
            l34FrenchPlacesBetween()
            return
        }
        if language == "en" {
            l34EnglishFarms()
        }
    }

    static func l34Keys(_ list: [String]) -> KeySet { KeySet(list.map { TextFolding.key($0) }) }

    // MARK: Russian: numbered units

    /// Nouns of military units, in their cases (folded keys).
    static let l34RuUnitNouns = l34Keys(["бригада", "бригады", "бригаде", "бригаду", "бригадой", "дивизия", "дивизии", "дивизию", "дивизией",
        "база", "базы", "базе", "базу", "базой", "полк", "полка", "полку", "полком", "полке", "батальон", "батальона", "батальону",
        "батальоном", "батальоне", "корпус", "корпуса", "корпусу", "корпусом", "корпусе", "армия", "армии", "армию", "армией",
        "эскадрилья", "эскадрильи", "эскадрилью", "флотилия", "флотилии", "флотилию", "отряд", "отряда", "отряду", "отрядом", "отряде"])
    /// The endings glued by a hyphen to an ordinal's digits ("38-й", "7-я", "103-го").
    static let l34RuOrdinalEnds = l34Keys(["й", "я", "го", "ой", "ая", "ую", "м", "ю", "е", "х", "ый", "ий", "му", "ом", "ого", "ему"])

    /// "38-й отдельной гвардейской десантно-штурмовой бригады", "61-я истребительная авиационная база": an ordinal, lowercase
    /// adjectives (compounds joined by a hyphen) and a military unit's noun are one body (a unit's number is its name).
    mutating func l34RussianNumberedUnits() {
        guard articleHas(Self.l34RuUnitNouns) else { return }
        var puts: [(Int, Int)] = []
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .number, l28GluedHyphen(k + 1), tokens[k + 2].kind == .word, tokens[k + 2].script == .cyrillic,
                  Self.l34RuOrdinalEnds.contains(tokens[k + 2]) else { continue }
            var e = k + 3, adjectives = 0, noun = -1
            while e < tokenCount, e - k <= 14 {
                guard tokens[e].kind == .word, tokens[e].script == .cyrillic, !tokens[e].capitalized else { break }
                // ("десантно-штурмовой": the compound's first half.)
                if l28GluedHyphen(e + 1) { e += 2; continue }
                if adjectives > 0, Self.l34RuUnitNouns.contains(tokens[e]) { noun = e; break }
                guard h14RussianAdjective(e) else { break }
                adjectives += 1
                e += 1
            }
            guard noun > 0 else { continue }
            puts.append((k, noun + 1))
            k = noun
        }
        for (a, e) in puts.reversed() where !l28Has(a, e, .organization) {
            var m = mention(a, e, type: .organization, evidence: .cue)
            // (The number is the unit's name: kept in its words, or "36-й … бригады" groups with "38-й … бригады".)
            if !m.words.isEmpty { m.words[0] = tokens[a].text + "-" + m.words[0] }
            h27Replace(a, e, with: m)
        }
    }

    // MARK: Russian: places after their nouns

    /// Nouns of a range, a settlement, a station and an airfield before its name (folded keys).
    static let l34RuPlaceNouns = l34Keys(["полигон", "полигона", "полигоне", "полигону", "полигоном", "пункт", "пункта", "пункте", "пунктом",
        "станция", "станции", "станцию", "станцией", "аэродром", "аэродрома", "аэродроме", "аэродромом"])

    /// 'на полигоне "Обуз-Лесновский"', "в населенном пункте Столовичи", "со станции Барановичи-Полесские": the name (quoted or
    /// not, hyphenated parts one name) after a range's noun, a settlement's ("населенный пункт"), or a station's noun before a
    /// hyphenated name is a place, not a body; "на аэродром Барановичи": an airfield named after its town is a place of its
    /// own, with its noun.
    mutating func l34RussianPlaceNouns() {
        guard articleHas(Self.l34RuPlaceNouns) else { return }
        var puts: [(Int, Int, Bool)] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].script == .cyrillic, Self.l34RuPlaceNouns.contains(tokens[k]) else { continue }
            let key = tokens[k].key
            let settlement = keyStarts(k, "пункт"), station = keyStarts(k, "станц"), airfield = keyStarts(k, "аэродром")
            // (A settlement's "пункт" only after "населенный"; not "пункт пропуска", "пункт 3".)
            if settlement, !(k > 0 && keyStarts(k - 1, "населен")) { continue }
            var p = k + 1
            let quoted = h32Quote(p) && !(settlement || station || airfield)
            if quoted { p += 1 }
            guard isCap(p), tokens[p].script == .cyrillic, !isCountry[p] else { continue }
            var e = p + 1
            while l28GluedHyphen(e), isCap(e + 1) { e += 2 }
            let hyphenated = e > p + 1
            if quoted { guard h32Quote(e) else { continue } }
            // (Unquoted, the name is one word: the next capitalized word is another name's.)
            else if isCap(e) { continue }
            if station, !hyphenated { continue }
            if airfield, key != TextFolding.key("аэродром") { continue }
            // (A known name there is kept, unless the hyphen makes it part of a longer one: "Барановичи-Полесские".)
            if !hyphenated, !airfield, h42KnownOver(p, e) { continue }
            puts.append((airfield ? k : p, e, hyphenated || airfield))
            k = e - 1
        }
        for (a, e, over) in puts.reversed() where !l28Has(a, e, .place) { h42Put(a, e, .place, overKnown: over) }
    }

    // MARK: Russian: forces

    /// Token `k` is a Russian adjective (`h14RussianAdjective`, or an instrumental plural in -ыми/-ими) and no genitive
    /// plural noun in -ий/-ей after an adjective of that case ("специальных операций": the noun).
    func l34RuAdjective(_ k: Int) -> Bool {
        guard k >= 0, k < tokenCount, tokens[k].kind == .word, tokens[k].script == .cyrillic else { return false }
        if k > 0, PlainText.hasSuffix(tokens[k].key, "ий") || PlainText.hasSuffix(tokens[k].key, "ей"),
           tokens[k - 1].kind == .word, PlainText.hasSuffix(tokens[k - 1].key, "ых") || PlainText.hasSuffix(tokens[k - 1].key, "их") { return false }
        if h14RussianAdjective(k) { return true }
        return (PlainText.hasSuffix(tokens[k].key, "ыми") || PlainText.hasSuffix(tokens[k].key, "ими")) && PlainText.count(tokens[k].text) >= 6
    }

    /// "Forces" and "troops" in their cases (folded keys).
    static let l34RuForceNouns = l34Keys(["силы", "сил", "силам", "силами", "силах", "войска", "войск", "войскам", "войсками", "войсках"])

    /// "Сил специальных операций", "Коллективными силами оперативного реагирования", "Аэромобильных войск": forces or troops
    /// written with a capital (theirs or a capitalized adjective's before them), with their lowercase adjectives and the noun
    /// they qualify after them, are one body ("Основные силы" opening a sentence, a country's adjective, are none).
    mutating func l34RussianForces() {
        guard articleHas(Self.l34RuForceNouns) else { return }
        var puts: [(Int, Int)] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic, Self.l34RuForceNouns.contains(tokens[k]) else { continue }
            var a = k
            if !tokens[k].capitalized {
                guard k > 0, isCap(k - 1), !isCountry[k - 1], l34RuAdjective(k - 1) else { continue }
                a = k - 1
            }
            // The complement: lowercase adjectives (compounds joined by a hyphen), then the noun they qualify.
            var e = k + 1, adjectives = 0, end = k + 1
            while e < tokenCount, e - k <= 8, tokens[e].kind == .word, tokens[e].script == .cyrillic, !tokens[e].capitalized {
                if l28GluedHyphen(e + 1) { e += 2; continue }
                if l34RuAdjective(e) { adjectives += 1; e += 1; continue }
                if adjectives > 0 { end = e + 1 }
                break
            }
            // (Without a complement, only after a capitalized adjective that opens no sentence.)
            guard end > k + 1 || a < k && !tokens[a].sentenceStart else { continue }
            let (s, t) = (tokens[a].start, tokens[end - 1].end)
            if anyMention(where: { $0.type != .country && $0.start < t && $0.end > s && ($0.known != nil || $0.type == .organization && ($0.start < s || $0.end > t)) }) { k = end - 1; continue }
            puts.append((a, end))
            k = end - 1
        }
        for (a, e) in puts.reversed() where !l28Has(a, e, .organization) {
            var m = mention(a, e, type: .organization, evidence: .cue)
            // (The noun's cases one word, so that "Сил …" and "Силами …" group as one body.)
            if let w = m.words.firstIndex(where: { PlainText.hasPrefix($0, "сил") }) { m.words[w] = "силы" }
            else if let w = m.words.firstIndex(where: { PlainText.hasPrefix($0, "войск") }) { m.words[w] = "войска" }
            h27Replace(a, e, with: m)
        }
    }

    // MARK: Russian: parties

    /// Nouns of parties, associations and movements (folded keys).
    static let l34RuPartyNouns = l34Keys(["партия", "партии", "партию", "партией", "ассоциация", "ассоциации", "ассоциацию", "ассоциацией",
        "движение", "движения", "движению", "движением", "союз", "союза", "союзу", "союзом"])

    /// 'Демократической партии "Ак жол"', 'Ассоциации "Гражданский альянс"': a party's (an association's, a movement's) reading
    /// right before a quoted name takes the name in; "Общенациональной социал-демократической партии": a capitalized adjective,
    /// lowercase adjectives (compounds joined by a hyphen) and the party's noun are one body.
    mutating func l34RussianPartyNames() {
        guard articleHas(Self.l34RuPartyNouns) else { return }
        var puts: [(Int, Int)] = []
        var k = 1
        while k < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic, Self.l34RuPartyNouns.contains(tokens[k]) else { continue }
            // The adjectives before the noun, the first capitalized.
            var a = k
            while a > 0, k - a <= 6 {
                if tokens[a - 1].kind == .word, tokens[a - 1].script == .cyrillic, l34RuAdjective(a - 1) { a -= 1; if isCap(a) { break }; continue }
                if a >= 2, l28GluedHyphen(a - 1), tokens[a - 2].kind == .word, tokens[a - 2].script == .cyrillic { a -= 2; if isCap(a) { break }; continue }
                break
            }
            let opened = a < k && isCap(a) && !isCountry[a] && !tokens[a].sentenceStart
            if !opened { a = tokens[k].capitalized && !tokens[k].sentenceStart ? k : -1 }
            // A quoted name right after the noun.
            var e = k + 1
            if e + 2 < tokenCount, h32Quote(e), tokens[e].spaceBefore, !tokens[e + 1].spaceBefore, isCap(e + 1) {
                var c = e + 1
                while c < tokenCount, c - e <= 5, tokens[c].kind == .word || l28GluedHyphen(c) { c += 1 }
                if c < tokenCount, c > e + 1, h32Quote(c), !tokens[c].spaceBefore { e = c + 1 }
            }
            guard a >= 0, a < k || e > k + 1, opened || e > k + 1 else { continue }
            let (s, t) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.type != .country && $0.start < t && $0.end > s && ($0.known != nil || $0.start < s || $0.end > t) }) { k = e - 1; continue }
            puts.append((a, e))
            k = e - 1
        }
        for (a, e) in puts.reversed() where !l28Has(a, e, .organization) { h42Put(a, e, .organization) }
    }

    // MARK: Russian: a body cut after an adjective

    /// "Научно-производственным центром многофункциональных беспилотных" + "комплексов": a body's reading that ends in a
    /// lowercase adjective takes the noun the adjective qualifies (no name ends in an adjective).
    mutating func l34RussianAdjectiveTails() {
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 3 {
            guard let (a, z) = h31Span(i), z + 1 < tokenCount, tokens[z].kind == .word, !tokens[z].capitalized, tokens[z].script == .cyrillic,
                  tokens[z + 1].kind == .word, tokens[z + 1].script == .cyrillic, !tokens[z + 1].capitalized, tokens[z + 1].spaceBefore,
                  PlainText.hasSuffix(tokens[z].key, "ых") || PlainText.hasSuffix(tokens[z].key, "их"), h14RussianAdjective(z), !l34RuAdjective(z + 1),
                  PlainText.count(tokens[z + 1].text) >= 5, !l28GluedHyphen(z + 2) else { continue }
            changes.append((i, a, z + 2))
        }
        for (i, a, e) in changes { seedReplace(i, a, e) }
    }

    // MARK: Arabic: a body's fields and its country's adjective

    /// Heads of a second body after "و" (folded keys).
    static let l34ArabicBodyHeads = l34Keys(["والجامعة", "والشركة", "والوزارة", "والهيئة", "والمؤسسة", "والمنظمة", "والبنك", "والمركز", "والمجلس",
                                             "والاتحاد", "والسفارة", "والغرفة", "والوكالة", "واللجنة", "والمعهد", "والأكاديمية", "والجمعية", "والصندوق"])

    /// "ووكالة الاستثمارات" + "والصناعة والتجارة الأوزبكية": a body's reading followed by one to three fields glued to "و" and
    /// the article, then its country's adjective, takes them in (the adjective agrees with the body's head: one name; "X
    /// والسفارة" without it is two bodies, left alone).
    mutating func l34ArabicFieldsAndNationality() {
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 2 {
            guard let (a, z) = h31Span(i), z + 2 < tokenCount, tokens[z + 1].kind == .word, tokens[z + 1].script == .arabic else { continue }
            var e = z + 1, fields = 0
            while e < tokenCount, fields < 3, h18ArabicWord(e), !isCountry[e], keyStarts(e, "وال"), !Self.l34ArabicBodyHeads.contains(tokens[e]) { e += 1; fields += 1 }
            // (Two fields at least: "… والجامعة الأمريكية", "… والشركة الفلسطينية" are another body and its country.)
            guard fields >= 2, e < tokenCount, h18ArabicWord(e), isCountry[e], keyStarts(e, "ال") else { continue }
            changes.append((i, a, e + 1))
        }
        guard !changes.isEmpty else { return }
        var removed = Set<Int>(), added: [Mention] = []
        for (i, a, e) in changes {
            guard let (_, z) = h31Span(i) else { continue }
            var m = mention(a, e, type: .organization, evidence: mentionEvidence(i))
            // (The reading's own words kept: "ووكالة" read as "وكالة", its conjunction off.)
            let tail = mention(z + 1, e, type: .organization, evidence: .cue)
            m.surface = mentionSurface(i) + " " + tail.surface
            m.words = mentionWords(i) + tail.words
            for j in mentions.indices where mentions[j].type != .country && mentions[j].known == nil && mentions[j].start < m.end && mentions[j].end > m.start {
                removed.insert(j)
            }
            added.append(m)
        }
        replaceMentions(removing: removed, adding: added)
    }

    // MARK: Russian: districts listed by their adjectives

    /// "в Коргалжынском, Зерендинском … и Целиноградском районах", then "В Зерендинском районе": a district read from its
    /// adjective in a list (its variant the district's full name) and the same district read in full are one place (its
    /// words made the full reading's, which groups them).
    mutating func l34RussianListedDistricts() {
        // (The full readings first: most articles have none, and then nothing more is read.)
        var full: [Int] = []
        for j in mentions.indices where mentionType(j) == .place && mentionKnown(j) == nil && mentionWordCount(j) == 2 { full.append(j) }
        guard !full.isEmpty else { return }
        var changes: [(Int, [String])] = []
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil && mentionWordCount(i) == 1 && !mentions[i].variants.isEmpty {
            let v = mentions[i].variants
            guard let j = full.first(where: { j in v.contains(where: { PlainText.equal($0, mentions[j].surface) }) }) else { continue }
            changes.append((i, mentions[j].words))
        }
        for (i, w) in changes { mentions[i].words = w }
    }

    // MARK: Chinese: a body read over a career's verb

    /// Verbs of a career between a year (or 同志) and a body ("1956年考入…", "1971年调回…", "同志任…").
    static let l34HanCareerVerbs = l28Words(["考入", "调回", "调入", "调到", "调往", "回到", "就读于", "毕业于", "起任", "任", "进入", "加入", "留校"])
    /// Verbs that open a body's reading by themselves ("促成兰州大学…").
    static let l34HanLeadingVerbWords = l28Words(["促成", "考入", "调回", "调入"])

    /// "1956年考入北京外国语学院", "1971年调回外交部", "周启明同志任外交部…", "原北京外国语学院", "促成兰州大学…",
    /// "，同哈萨克斯坦外交部": a body's reading that opens with a year's 年 (after the number), the 志 of 同志, a verb of a
    /// career, 原 ("former") or 同/与/和 before a country starts after them.
    mutating func l34HanLeadingVerbs() {
        guard hanArticleHasAny("年志原同与和促考调") else { return }
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            for (n, a, b) in l28MentionsIn(k) where mentions[n].known == nil && mentions[n].type == .organization && b - a >= 4 {
                var p = a
                var verb = false
                if a == 0, sc[0] == "年", k > 0, tokens[k - 1].kind == .number, tokens[k - 1].end == tokens[k].start {
                    p = 1; verb = true
                } else if sc[a] == "志", a > 0, sc[a - 1] == "同" {
                    p = a + 1; verb = true
                } else if Self.l34HanLeadingVerbWords.contains(where: { Self.l28At(sc, a, $0) }) {
                    verb = true
                }
                if verb {
                    if let w = Self.l34HanCareerVerbs.first(where: { Self.l28At(sc, p, $0) }) ?? Self.l34HanLeadingVerbWords.first(where: { Self.l28At(sc, p, $0) }),
                       b - p - w.count >= 3 { p += w.count }
                } else if sc[a] == "原" {
                    // ("原子能…", "原料…", "原油…": words, not "former".)
                    guard a + 1 < b, !Self.scalarIn(sc[a + 1], "子料油始创本来先则生"), b - a - 1 >= 4 else { continue }
                    p = a + 1
                } else if Self.scalarIn(sc[a], "同与和") {
                    // (Only before a country: "同济大学", "和平…" are names.)
                    let s = tokens[k].start + a + 1
                    guard anyMention(where: { $0.type == .country && $0.start == s }) else { continue }
                    p = a + 1
                }
                guard p > a, b - p >= 3 else { continue }
                l28Recut(n, k, sc, p, b)
            }
        }
    }

    // MARK: Chinese: friendship associations

    static let l34HanPeople = Array("人民".unicodeScalars)

    /// "中国人民对外友好协会" read as "外友好协会" (对 a function word): a body's reading that opens with 外 right after 对 takes
    /// 对 in, and "人民" and the country before it.
    mutating func l34HanFriendshipBodies() {
        guard hanArticleHasAny("对") else { return }
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 5) else { continue }
            for (n, a, b) in l28MentionsIn(k) where mentions[n].known == nil && mentions[n].type == .organization && a >= 1 && b - a >= 4 {
                guard sc[a] == "外", sc[a - 1] == "对" else { continue }
                var p = a - 1
                if p >= 2, Self.l28At(sc, p - 2, Self.l34HanPeople) {
                    let s = tokens[k].start + p - 2
                    if let c = firstMention(where: { $0.type == .country && $0.end == s && $0.start >= tokens[k].start }) { p = c.start - tokens[k].start }
                    else { p -= 2 }
                }
                l28Recut(n, k, sc, p, b)
            }
        }
    }

    // MARK: Chinese: two bodies joined by 和

    /// `sc[j - 1]` (with the character before it) ends a body's name: 校, 院, 所, 局, 部, 署, 厅, 司, 行, 大学, or a 会 of
    /// 委员会, 协会, 学会, 联合会, 商会.
    static func l34HanBodyEnd(_ sc: [Unicode.Scalar], _ j: Int) -> Bool {
        guard j >= 2 else { return false }
        let c = sc[j - 1]
        if scalarIn(c, "校院所局部署厅司行") { return true }
        if c == "学" { return sc[j - 2] == "大" }
        if c == "会" { return scalarIn(sc[j - 2], "员协学联商") }
        return false
    }

    /// "多次应邀到中央党校和外交学院讲学": one reading over two bodies joined by 和 or 与, the first ending in a body's suffix
    /// (a school's, an institute's, a bureau's, a ministry's …) and the second too, is two bodies.
    mutating func l34HanJoinedBodies() {
        guard hanArticleHasAny("和与") else { return }
        var removed = Set<Int>(), added: [Mention] = []
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 7), sc.contains(where: { $0 == "和" || $0 == "与" }) else { continue }
            for (n, a, b) in l28MentionsIn(k) where mentions[n].type == .organization && mentions[n].known == nil && b - a >= 7 {
                guard Self.l34HanBodyEnd(sc, b), let j = (a + 3..<b - 3).first(where: { (sc[$0] == "和" || sc[$0] == "与") && Self.l34HanBodyEnd(sc, $0) })
                else { continue }
                removed.insert(n)
                added.append(l28Mention(k, sc, a, j, .organization))
                added.append(l28Mention(k, sc, j + 1, b, .organization))
            }
        }
        replaceMentions(removing: removed, adding: added)
    }

    // MARK: Chinese: regions in 州

    /// Characters no region's name before 州 holds (function words, verbs that open a list, numbers).
    static let l34HanRegionStops = HanCharSet("的了在和与及等是将被把从向对为也就还而并至到往于，、个各全本该此这那多两几年月日括自经赴抵有")

    /// "来自安集延州、锡尔河州和中国新疆", "包括费尔干纳州州长…": a name of two to five characters and 州, in a list (before 、,
    /// 和, 与, 及 or 等, or after 、) or before 州长 ("its governor"), is a region; the river or town it is named after, read
    /// inside it, gives way. A known name there is kept.
    mutating func l34HanRegions() {
        guard hanArticleHasAny("州") else { return }
        let stops = Self.l34HanRegionStops
        var added: [Mention] = []
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 3), sc.contains("州") else { continue }
            let s0 = tokens[k].start
            for q in 2..<sc.count where sc[q] == "州" {
                // What follows: 州长, or a list's mark or word and another item in 州 ("安集延州、锡尔河州和…"); or, at the run's
                // start after 、, the item before ends in 州 too. (A city in 州 of one character, "兰州和武威", is a known name.)
                var listAfter = false
                if q + 2 < sc.count, sc[q + 1] == "州", sc[q + 2] == "长" {
                    listAfter = true
                } else if q + 1 < sc.count, Self.scalarIn(sc[q + 1], "和与及") {
                    listAfter = l34HanItemInZhou(sc, from: q + 2)
                } else if q + 1 == sc.count, k + 2 < tokenCount, keyIs(k + 1, "、"), let next = l28Run(k + 2) {
                    listAfter = l34HanItemInZhou(next, from: 0)
                }
                let listBefore = q + 1 < sc.count && Self.scalarIn(sc[q + 1], "和与及等") && k >= 2 && keyIs(k - 1, "、")
                    && (l28Run(k - 2)?.last == "州")
                guard listAfter || listBefore else { continue }
                var a = q
                while a > 0, q - a < 5, !stops.contains(Self.hanCode(sc[a - 1])) { a -= 1 }
                // A known name or a person ending inside: the region starts after it.
                let s = s0 + a, e = s0 + q + 1
                if let m = firstMention(where: { $0.start < e && $0.end > s && $0.end <= s0 + q && ($0.known != nil || $0.type == .person || $0.type == .country) }) {
                    a = m.end - s0
                }
                guard q - a >= 2, !(listBefore && !listAfter && a > 0) else { continue }
                let (ss, ee) = (s0 + a, s0 + q + 1)
                if anyMention(where: { $0.type != .country && $0.start < ee && $0.end > ss && ($0.known != nil || $0.type == .person || $0.type == .organization) }) { continue }
                if anyMention(where: { $0.type == .place && $0.start == ss && $0.end == ee }) { continue }
                mentions.removeAll { $0.type != .country && $0.known == nil && $0.start >= ss && $0.end <= ee }
                added.append(l28Mention(k, sc, a, q + 1, .place))
            }
        }
        mentions.append(contentsOf: added)
    }

    /// The list's item opening at `p` of `sc` ends in 州 (two to five characters before it, none a stop).
    func l34HanItemInZhou(_ sc: [Unicode.Scalar], from p: Int) -> Bool {
        var q = p
        while q < sc.count, q - p <= 5, !Self.l34HanRegionStops.contains(Self.hanCode(sc[q])) {
            if sc[q] == "州" { return q - p >= 2 }
            q += 1
        }
        return false
    }

    // MARK: Chinese: a bureau under a place or a body

    /// Characters that end a bureau's name inside a run (a stop, a mark, a number: not 和, which joins two fields).
    static let l34HanBureauStops = HanCharSet("的了在与及等是将被把从向对为也就还而并至到往于，、个各全本该此这那多两几年月日")
    /// What may follow a bureau's name: a function word, or the first character of a verb of saying or acting.
    static let l34HanAfterBureau = HanCharSet("、，的和与及等在将已对也当于介侦发表称鉴通建")
    static let l34HanMainStation = Array("总站".unicodeScalars)

    /// "东哈萨克斯坦州国家收入局当天", "据吉木乃县商务和工业信息化局介绍", "移交乌鲁木齐海关缉私局侦办": a place (or a customs
    /// house, a ministry) read right before two to ten characters ending in 局 or 署 (fields joined by 和 inside) is one body
    /// with them, the place its first part.
    mutating func l34HanNestedBureaus() {
        guard hanArticleHasAny("局署") else { return }
        let stops = Self.l34HanBureauStops, after = Self.l34HanAfterBureau
        var added: [Mention] = []
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 5), sc.contains(where: { $0 == "局" || $0 == "署" }) else { continue }
            let s0 = tokens[k].start
            // The anchors: a place or a customs house or a ministry read there ("海关缉私局", "财政部…局"), or 国家 ("the
            // state's") after a function word or a verb that opens a list ("经国家林业和草原局…").
            var anchors: [(Int, Int)] = []
            for (n, a, b) in l28MentionsIn(k) where b + 2 < sc.count && (mentions[n].type == .place || mentions[n].type == .organization && Self.scalarIn(sc[b - 1], "关部")) {
                anchors.append((a, b))
            }
            for p in 0..<(sc.count - 4) where sc[p] == "国" && sc[p + 1] == "家" && (p == 0 || Self.l29HanListOpeners.contains(Self.hanCode(sc[p - 1]))) {
                anchors.append((p, p + 2))
            }
            for (a, b) in anchors {
                var q = b
                while q < sc.count, q - b <= 10, !stops.contains(Self.hanCode(sc[q])), sc[q] != "局", sc[q] != "署" { q += 1 }
                guard q < sc.count, sc[q] == "局" || sc[q] == "署", q - b >= 2, sc[b] != "和", sc[q - 1] != "和" else { continue }
                var e = q + 1
                // "国家林业和草原局森林和草原病虫害防治总站": the bureau's station.
                if e + 2 < sc.count - 1, let z = (e + 2..<min(sc.count - 1, e + 12)).first(where: { Self.l28At(sc, $0, Self.l34HanMainStation) }),
                   !(e..<z).contains(where: { stops.contains(Self.hanCode(sc[$0])) }) { e = z + 2 }
                guard e == sc.count || after.contains(Self.hanCode(sc[e])) else { continue }
                let (s, t) = (s0 + a, s0 + e)
                if anyMention(where: { $0.type != .country && $0.start < t && $0.end > s && ($0.start < s || $0.end > t || $0.type == .person) }) { continue }
                if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == t }) { continue }
                added.append(l28Mention(k, sc, a, e, .organization))
            }
        }
        for m in added {
            mentions.removeAll { $0.type != .country && $0.known == nil && $0.start >= m.start && $0.end <= m.end && $0.type != .place }
            mentions.append(m)
        }
    }

    // MARK: Chinese: people listed after a person

    static let l34Reporter = Array("记者".unicodeScalars)
    static let l34EnumerationComma = l34Keys(["、"])

    /// "王毅、马朝旭等到…送别": a family name and one or two given characters right after 、 that follows a person's name,
    /// before 等, 、, 和 or a verb of saying, is a person too; "（记者艾力·吐尔逊 王婧）": a name of two or three characters
    /// written apart after a reporter's name, before the parenthesis closes, is another reporter.
    mutating func l34HanListedPeople() {
        guard articleHas(Self.l34EnumerationComma) || hanArticleHasAny("记") else { return }
        let surnames = Self.hanSurnameSet, after = Self.l29HanAfterName, notGiven = Self.l28NotGivenFirst
        var added: [Mention] = []
        for k in 2..<tokenCount where tokens[k].script == .han {
            let reporter: Bool
            if keyIs(k - 1, "、") { reporter = false }
            else if tokens[k].spaceBefore, tokens[k - 1].script == .han, k + 1 < tokenCount, keyIs(k + 1, "）") || keyIs(k + 1, ")"),
                    tokens[k].end - tokens[k].start <= 3, (max(0, k - 3)..<k).contains(where: { t in tokens[t].script == .han && (l28Run(t).map { Self.l28At($0, 0, Self.l34Reporter) } ?? false) }) {
                reporter = true
            } else { continue }
            // The person before: a mention of a person ending the token before.
            // (Fields read in place, by index: `anyMention`'s test copied each mention it was lent in this pass.)
            let prevEnd = tokens[k - (reporter ? 1 : 2)].end
            guard mentions.indices.contains(where: { mentionType($0) == .person && mentionEnd($0) == prevEnd }) else { continue }
            guard let sc = l28Run(k), sc.count >= 2, surnames.contains(Self.hanCode(sc[0])), !Self.l29HanFunctionSurnames.contains(Self.hanCode(sc[0])),
                  !notGiven.contains(Self.hanCode(sc[1])) else { continue }
            var b = 0
            if reporter {
                guard sc.count <= 3 else { continue }
                b = sc.count
            } else {
                let ends = { (e: Int) -> Bool in e == sc.count || after.contains(Self.hanCode(sc[e])) }
                if sc.count >= 3, !after.contains(Self.hanCode(sc[2])), ends(3) { b = 3 } else if ends(2) { b = 2 }
            }
            guard b >= 2 else { continue }
            let (s, e) = (tokens[k].start, tokens[k].start + b)
            if mentions.indices.contains(where: { mentionStart($0) < e && mentionEnd($0) > s }) { continue }
            added.append(l28Mention(k, sc, 0, b, .person))
        }
        mentions.append(contentsOf: added)
    }

    // MARK: Vietnamese: dharma names

    static let l34ViThich = l34Keys(["Thích"])
    static let l34ThichHash = Token.hash("thich")

    /// "Hòa thượng Thích Thanh Quyết", "Đại đức Thích Minh Hạnh": "Thích" (the name every Vietnamese monk takes) and two
    /// capitalized syllables are a person, not a place.
    mutating func l34VietnameseDharmaNames() {
        guard articleHas(Self.l34ViThich) else { return }
        var puts: [Int] = []
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].capitalized, keyIs(k, "thich", hash: Self.l34ThichHash), h15CapLatin(k + 1), h15CapLatin(k + 2),
                  tokens[k + 1].spaceBefore, tokens[k + 2].spaceBefore, !h15CapLatin(k + 3) else { continue }
            if h42KnownOver(k, k + 3) || l28Has(k, k + 3, .person) { continue }
            puts.append(k)
            k += 2
        }
        for a in puts.reversed() { h42Put(a, a + 3, .person) }
    }

    // MARK: Vietnamese: a mission in a country

    /// The heads of a mission's or a community's name before its country (folded syllables).
    static let l34ViMissionHeads: [[String]] = [["đai", "su", "quan"], ["dai", "su", "quan"], ["tong", "lanh", "su", "quan"], ["lanh", "su", "quan"],
                                                ["hoi", "nguoi"], ["co", "quan", "đai", "dien"], ["co", "quan", "dai", "dien"], ["thuong", "vu"]]
    static let l34ViMissionFirsts = KeySet(["đai", "dai", "tong", "lanh", "hoi", "co", "thuong"])
    static let l34ViAt = l34Keys(["tại"])
    /// Words of a state's long form before its name ("Liên bang Nga", "Cộng hòa Séc").
    static let l34ViStateWords = l34Keys(["Liên", "bang", "Cộng", "hòa", "Vương", "quốc"])

    /// "Đại sứ quán Việt Nam tại Liên bang Nga", "Hội người Việt Nam tại Séc": an embassy's, a consulate's, a trade office's
    /// or a community association's head, its country and "tại" with the host country are one body.
    mutating func l34VietnameseMissions() {
        guard articleHas(Self.l34ViAt) else { return }
        var puts: [(Int, Int)] = []
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            // (A head's first syllable, probed by its hash, before the heads are compared.)
            guard tokens[k].capitalized, Self.l34ViMissionFirsts.contains(tokens[k]), tokens[k].kind == .word, k + 1 < tokenCount, !tokens[k + 1].capitalized,
                  !isCountry[k] else { continue }
            guard let head = Self.l34ViMissionHeads.first(where: { h in h.indices.allSatisfy { keyIs(k + $0, h[$0]) } }) else { continue }
            // The sending country (its mention may have given way to an earlier reading of the body: capitals then).
            var p = k + head.count
            guard p < tokenCount, h15CapLatin(p) else { continue }
            if isCountry[p] { while p < tokenCount, isCountry[p] { p += 1 } } else { p = l28CapRun(p, limit: 3) }
            guard p + 1 < tokenCount, keyIs(p, "tai"), !tokens[p].capitalized else { continue }
            var e = p + 1
            while e < tokenCount, e - p <= 3, tokens[e].kind == .word, !isCountry[e], Self.l34ViStateWords.contains(tokens[e]) { e += 1 }
            guard e < tokenCount, isCountry[e] else { continue }
            while e < tokenCount, isCountry[e] { e += 1 }
            // (Not the ambassador's name after it: "Đại sứ quán … tại Nga Phùng Thế Long" ends at the country.)
            puts.append((k, e))
            k = e - 1
        }
        for (a, e) in puts.reversed() where !l28Has(a, e, .organization) { h42Put(a, e, .organization) }
    }

    /// Vietnamese family names (folded keys).
    static let l34ViSurnames = l34Keys(["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lương", "Trịnh", "Đinh", "Đào", "Đoàn", "Mai", "Lâm", "Tô", "Vương", "Thái", "Khuất", "Quách", "Cao", "Hà", "Lý", "Trương",
        "Kiều", "Tạ", "Phùng", "Lã", "Lại", "Lưu", "Tăng", "Thạch", "Chu", "Đồng", "Giang", "Hứa", "Kim", "Lục", "Mạc", "Nghiêm", "Ông",
        "Triệu", "Tôn", "Văn", "Vi", "Bạch", "Diệp", "Đàm", "Khổng", "Khúc", "Lạc", "Liễu", "Mẫu", "Nông", "Phí", "Phương", "Tiêu", "Từ", "Ứng"])

    /// "Đại sứ Việt Nam tại Liên bang Nga Phùng Thế Long": a place read over a country and the Vietnamese name after it (a
    /// family name and one or two syllables) is the country and a person.
    mutating func l34VietnamesePeopleAfterCountries() {
        guard articleHas(Self.l34ViAt) else { return }
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil && mentionWordCount(i) >= 3 {
            guard let (a, z) = h31Span(i), tokens[a].capitalized else { continue }
            // (The country's mention may have given way to the place's reading: the country is read from the mentions.)
            let s0 = tokens[a].start
            // (Its end read in place: `firstMention`'s test copied each mention it was lent.)
            guard let c = mentions.indices.first(where: { mentionType($0) == .country && mentionStart($0) <= s0 && mentionEnd($0) > s0 }) else { continue }
            let cEnd = mentionEnd(c)
            var p = a
            while p <= z, tokens[p].start < cEnd { p += 1 }
            guard z - p == 1 || z - p == 2, (p...z).allSatisfy({ h15CapLatin($0) }),
                  Self.l34ViSurnames.contains(tokens[p]) else { continue }
            changes.append((i, p, z + 1))
        }
        for (i, p, e) in changes.reversed() { mentions[i] = mention(p, e, type: .person, evidence: .cue) }
    }

    // MARK: Vietnamese: two bodies joined by "và"

    /// Heads of a body's name after "và" (folded syllables: "Bộ", "Ủy ban", "Công ty" …).
    static let l34ViBodyHeads: [[String]] = [["bo"], ["uy", "ban"], ["so"], ["cuc"], ["tong", "cuc"], ["vien"], ["cong", "ty"], ["tap", "doan"],
                                             ["ngan", "hang"], ["truong"], ["đai", "hoc"], ["dai", "hoc"], ["hoi", "đong"], ["hoi", "dong"], ["ban"]]
    static let l34ViAnd = l34Keys(["và"])

    /// A body's head at token `k` (its syllable count), or 0.
    func l34ViBodyHead(_ k: Int) -> Int {
        guard k < tokenCount, tokens[k].kind == .word, tokens[k].capitalized else { return 0 }
        return Self.l34ViBodyHeads.first(where: { h in h.indices.allSatisfy { keyIs(k + $0, h[$0]) } })?.count ?? 0
    }

    /// "Bộ Công Thương Việt Nam và Bộ Công nghiệp Belarus": one reading over two bodies joined by "và", the second opening
    /// with a body's head ("Bộ", "Ủy ban", "Công ty" …), is two bodies ("Bộ Nông nghiệp và Phát triển nông thôn" is one).
    mutating func l34VietnameseJoinedBodies() {
        guard articleHas(Self.l34ViAnd) else { return }
        var splits: [(Int, Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 5 {
            guard let (a, z) = h31Span(i), l34ViBodyHead(a) > 0,
                  let j = (a + 2..<z - 1).first(where: { keyIs($0, "va") && !tokens[$0].capitalized && l34ViBodyHead($0 + 1) > 0 }) else { continue }
            // (Each part a body's head and a name: "Bộ X" at least.)
            guard j + 1 + l34ViBodyHead(j + 1) <= z else { continue }
            splits.append((i, a, j, z + 1))
        }
        guard !splits.isEmpty else { return }
        replaceMentions(removing: Set(splits.map { $0.0 }), adding: splits.flatMap { (i, a, j, e) in
            [mention(a, j, type: .organization, evidence: mentionEvidence(i)), mention(j + 1, e, type: .organization, evidence: mentionEvidence(i))] })
    }

    // MARK: Vietnamese: a committee's fields

    /// "Ủy ban Quốc phòng, An ninh và Đối ngoại": a committee's (a ministry's, a board's) reading cut at a comma goes on over
    /// the fields listed after it, capitalized, with commas and a last "và" (none of them a name read already, nor a body).
    mutating func l34VietnameseFieldLists() {
        guard articleHas(Self.l34ViAnd) else { return }
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 2 {
            guard let (a, z) = h31Span(i), z + 3 < tokenCount, keyIs(z + 1, ","), !tokens[z + 1].spaceBefore else { continue }
            let h = l34ViBodyHead(a)
            guard h > 0, z - a + 1 - h <= 3 else { continue }
            // The fields: capitalized runs of one to three syllables, after commas, the last after "và".
            var p = z + 2, end = -1
            var fields = 0
            while p < tokenCount, fields < 6 {
                guard h15CapLatin(p), l34ViBodyHead(p) == 0, !isCountry[p] else { break }
                // (A field is a word of two syllables: "Quốc phòng", "An ninh", "Đối ngoại".)
                var e = p + 1
                if e < tokenCount, tokens[e].kind == .word, tokens[e].script == .latin, tokens[e].spaceBefore, !keyIs(e, "va") { e += 1 }
                let (s, t) = (tokens[p].start, tokens[e - 1].end)
                if anyMention(where: { $0.start < t && $0.end > s }) { break }
                fields += 1
                if end == -2 { end = e; break }
                if keyIs(e, ","), !tokens[e].spaceBefore { p = e + 1; continue }
                if keyIs(e, "va"), !tokens[e].capitalized { end = -2; p = e + 1; continue }
                break
            }
            guard end > 0 else { continue }
            changes.append((i, a, end))
        }
        for (i, a, e) in changes.reversed() { h27Replace(a, e, with: mention(a, e, type: .organization, evidence: mentionEvidence(i))) }
    }

    // MARK: French: churches

    static let l34FrenchChurch = l34Keys(["Eglise", "Église"])
    /// Confessions after "Eglise" (folded keys).
    static let l34FrenchConfessions = l34Keys(["orthodoxe", "catholique", "protestante", "évangélique", "apostolique", "anglicane", "luthérienne",
                                               "réformée", "copte", "maronite", "chaldéenne", "syriaque", "grecque", "arménienne", "méthodiste", "baptiste"])
    /// Endings of the nationality adjective after a confession ("russe", "biélorusse", "ukrainienne", "polonaise", "romaine").
    static let l34FrenchNationalityEndings: [StaticString] = ["usse", "ienne", "aise", "oise", "aine", "ine", "que", "ane", "be", "ale"]

    /// "l'Eglise orthodoxe biélorusse", "l'Eglise catholique": "Eglise" and its confession (and a nationality adjective after
    /// it) are one body.
    mutating func l34FrenchChurches() {
        guard articleHas(Self.l34FrenchChurch), articleHas(Self.l34FrenchConfessions) else { return }
        var puts: [(Int, Int)] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, Self.l34FrenchChurch.contains(tokens[k]), tokens[k + 1].kind == .word,
                  !tokens[k + 1].capitalized, Self.l34FrenchConfessions.contains(tokens[k + 1]) else { continue }
            var e = k + 2
            if e < tokenCount, tokens[e].kind == .word, !tokens[e].capitalized, tokens[e].script == .latin,
               Self.l34FrenchNationalityEndings.contains(where: { NameFinder.utf8Ends(tokens[e].key, $0) }) { e += 1 }
            puts.append((k, e))
            k = e - 1
        }
        for (a, e) in puts.reversed() where !l28Has(a, e, .organization) { h42Put(a, e, .organization) }
    }

    // MARK: French: clergy

    /// Lowercase titles of the clergy written before one name (folded keys).
    static let l34FrenchClergyTitles = l34Keys(["métropolite", "patriarche", "évêque", "archevêque", "archimandrite", "higoumène", "exarque", "catholicos"])

    /// "le métropolite Veniamin de Minsk et Zaslavl", "l'évêque Savvaty de Vereïa": one capitalized name after a clergyman's
    /// lowercase title is a person (the clergy go by one name), and the names of his see after "de" (joined by "et") are places.
    mutating func l34FrenchClergy() {
        guard articleHas(Self.l34FrenchClergyTitles) else { return }
        var people: [Int] = [], sees: [(Int, Int)] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, Self.l34FrenchClergyTitles.contains(tokens[k]), h15CapLatin(k + 1),
                  !isCountry[k + 1], !h15CapLatin(k + 2), !l28GluedHyphen(k + 2) else { continue }
            if !h42KnownOver(k + 1, k + 2) { people.append(k + 1) }
            // The see: "de X" (and "et Y").
            var p = k + 2
            guard keyIs(p, "de"), h15CapLatin(p + 1), !isCountry[p + 1] else { continue }
            p += 1
            while p < tokenCount {
                let e = l28CapRun(p, limit: 2)
                guard e == p + 1 || e > p && l28GluedHyphen(p + 1) else { break }
                sees.append((p, e))
                guard keyIs(e, "et"), h15CapLatin(e + 1), !isCountry[e + 1] else { break }
                p = e + 1
            }
        }
        for a in people.reversed() where !l28Has(a, a + 1, .person) { h42Put(a, a + 1, .person) }
        for (a, e) in sees where !h42KnownOver(a, e) && !l28Has(a, e, .place) { h42Put(a, e, .place) }
    }

    // MARK: French: missions

    static let l34FrenchMissionNouns = l34Keys(["ambassade", "consulat"])

    /// "l'ambassade de Chine à Bichkek", "le consulat général de France à Erbil": a mission's noun (with "général"), its
    /// country after "de" and the town after "à" are one body, as the wire names it.
    mutating func l34FrenchMissions() {
        guard articleHas(Self.l34FrenchMissionNouns) else { return }
        var puts: [(Int, Int)] = []
        var k = 0
        while k + 4 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin, Self.l34FrenchMissionNouns.contains(tokens[k]) else { continue }
            var p = k + 1
            if keyIs(p, "general") || keyIs(p, "generale") { p += 1 }
            if keyIs(p, "de") || keyIs(p, "du") || keyIs(p, "des") || tokens[p].kind == .elision && (keyIs(p, "d'") || keyIs(p, "d’") || keyIs(p, "d")) { p += 1 } else { continue }
            guard p < tokenCount, isCountry[p] else { continue }
            var e = p
            while e < tokenCount, isCountry[e] { e += 1 }
            guard e + 1 < tokenCount, keyIs(e, "a") || keyIs(e, "au"), !tokens[e].capitalized, h15CapLatin(e + 1), !isCountry[e + 1] else { continue }
            let z = l28CapRun(e + 1, limit: 3)
            guard z > e + 1 else { continue }
            puts.append((k, z))
            k = z - 1
        }
        for (a, e) in puts.reversed() where !l28Has(a, e, .organization) { h42Put(a, e, .organization) }
    }

    // MARK: French: numbers

    /// French number words ("Trente-huit camions …": a sentence's first word, no person).
    static let l34FrenchNumbers = l34Keys(["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
                                           "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante", "soixante", "cent", "mille"])

    /// "Trente-huit camions chinois …": a person read from a number word (hyphenated parts all numbers) is none.
    mutating func l34FrenchNumberWords() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil && mentionWordCount(i) <= 3 {
            guard let (a, z) = h31Span(i), tokens[a].capitalized, Self.l34FrenchNumbers.contains(tokens[a]) else { continue }
            guard (a...z).allSatisfy({ tokens[$0].kind != .word || Self.l34FrenchNumbers.contains(tokens[$0]) || keyIs($0, "et") || keyIs($0, "un") }) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: French: places between places

    static let l34FrenchBetween = l34Keys(["entre"])

    /// "la route entre Sary-Tach et Irkechtam": an unknown person read right after "entre", before "et" and a place, is a place
    /// too; "le poste d'Irkeshtam": a body or a person read right after a border post's "poste de" is a place.
    mutating func l34FrenchPlacesBetween() {
        var found: [Int] = []
        let between = articleHas(Self.l34FrenchBetween)
        for i in mentions.indices where mentionType(i) != .place && mentionType(i) != .country && mentionKnown(i) == nil && mentionWordCount(i) <= 2 {
            guard let (a, z) = h31Span(i), a >= 2 else { continue }
            if between, mentionType(i) == .person, keyIs(a - 1, "entre"), keyIs(z + 1, "et"), let j = h32MentionStarting(at: z + 2), mentionType(j) == .place {
                found.append(i)
                continue
            }
            if keyIs(a - 2, "poste"), !tokens[a - 2].capitalized, tokens[a - 1].kind == .elision || keyIs(a - 1, "de") {
                found.append(i)
            }
        }
        for i in found {
            mentions[i].type = .place
            mentions[i].placeContext = true
        }
    }

    // MARK: English: wind farms

    static let l34EnglishFarmWords = l34Keys(["farm", "farms"])

    /// "the Tulpar Wind farm", "the 500 MW Bash and Dzhankeldy wind farms": the capitalized names right before "farm(s)"
    /// (or "wind farm(s)", "solar farm(s)"), joined by "and", are places (a unit such as "MW" before them no part).
    mutating func l34EnglishFarms() {
        guard articleHas(Self.l34EnglishFarmWords) else { return }
        var puts: [(Int, Int)] = []
        for k in 1..<tokenCount where tokens[k].kind == .word && !tokens[k].capitalized && Self.l34EnglishFarmWords.contains(tokens[k]) {
            var z = k - 1
            if keyIs(z, "wind") || keyIs(z, "solar"), !tokens[z].capitalized { z -= 1 }
            var names = 0
            while z >= 0, h15CapLatin(z), tokens[z].keyLength >= 2, !isStopwordKey(z), !tokens[z].allCaps || tokens[z].keyLength > 3, names < 3 {
                var a = z
                while a > 0, z - a < 2, h15CapLatin(a - 1), !(tokens[a - 1].allCaps && tokens[a - 1].keyLength <= 3), !tokens[a - 1].sentenceStart || a - 1 == z { a -= 1 }
                if h42KnownOver(a, z + 1) || isCountry[a] { break }
                puts.append((a, z + 1))
                names += 1
                guard a >= 2, keyIs(a - 1, "and") || keyIs(a - 1, ",") else { break }
                z = a - 2
            }
        }
        for (a, e) in puts where !l28Has(a, e, .place) { h42Put(a, e, .place) }
    }
}
