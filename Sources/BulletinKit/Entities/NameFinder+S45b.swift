import Foundation

/// Session 45's general rules for Vietnamese, Russian and Chinese (causes found in holdout68's vi, ru and zh errors,
/// fixed for any article that has them):
/// - Russian: a country's demonym noun ("эстонец", "поляк", "немка", "россиянин", in every case and number) names the
///   country, as its adjective does; a name of capitalized and lowercase adjectives up to an institution's or a
///   landmark's lowercase head noun ("Латвийским национальным симфоническим оркестром", "Рижском Домском соборе",
///   "Семипалатинского ядерного полигона") is that body or place, head noun included; a one-word name with no type that
///   is a case form of a place of the article ("Байконура" beside "Байконур") is that place, and so is one after "на"
///   ("на Иртыше и Урале"); a body goes on over "при" and a state body ("Служба … при Президенте"), and over "и" and
///   lowercase words up to the abbreviation in parentheses that spells it ("Агентство … по регулированию и развитию
///   финансового рынка (АРРФР)"); a Latin-script name after a body's class noun ("оркестром Kremerata Baltica",
///   "авиакомпании airBaltic", "компанией Airbus Defence and Space") is a body;
/// - Vietnamese: a name read as a place right after a person's title or honorific ("bác sĩ Rơ Chăm Hơ Nhin", "Già làng
///   Rơ Lan Bleo") is a person; a person read from a second family name ("Thái Hùng Cường") takes the family name before
///   it ("Đỗ"); a language ("Tiếng Việt") is no place; a body's field after "và" keeps its lowercase second syllable
///   ("Xã hội và Nhân văn"); two acronyms joined by "&" ("TG&VN") are one name;
/// - Chinese: a body's unit ("指挥部", "总队", "支队", "总站", "分会") goes on from the place or body before it
///   ("四川省森林消防总队", "云南省森林消防总队丽江支队", "中国国际贸易促进委员会新疆分会"), or opens a listed item; a
///   dateline's agency and town ("人民网西昌12月6日电") are a body and a place; a transliterated name before a
///   hydropower station's or a port's noun ("圣加布里埃尔水电站", "钱凯港") is a place; a dotted name is read from the
///   title before it to the verb of saying after it ("副州长吉克·伍呷介绍", "经理古丽娜尔·叶先阿利耶娃说"); a village's or
///   a township's name after a particle, a conjunction or a place ("相邻的唐央乡", "东朗村和卡拉村") is a place.
/// `refineS45b` runs after `refineS44b` (and `refineS45a`), before `refineCP15`. Cost: each rule is gated on the
/// article's language or script and on a trigger's key (a demonym's, a head noun's, a title's, "при", "на", "&");
/// the mention walks test a mention's type, span and one or two tokens' kind, script and key bytes before anything
/// else and build no strings but the surfaces they keep.
extension NameFinder {
    mutating func refineS45b() {
        guard tokens.count > 1 else { return }
        if lang.ru {
            s45bRussianDemonyms()
            s45bRussianAdjectiveHeadNames()
            s45bRussianPlaceCaseForms()
            s45bRussianBodyUnderStateBody()
            s45bRussianBodyUpToAbbreviation()
            s45bRussianLatinBodiesAfterClassNouns()
            s45bRussianAuthorsOfWorks()
            s45bRussianRepeatedQuotedBodies()
            s45bRussianNamedAfterParticles()
            s45bRussianSurnameBeforeLowercase()
            s45bRussianPlanets()
        }
        if lang.vi {
            s45bVietnameseTitledPersons()
            s45bVietnameseSurnameBefore()
            s45bVietnameseLanguages()
            s45bVietnameseFieldSecondSyllable()
            s45bVietnameseAmpersandAcronyms()
        }
        if hasHan {
            s45bHanBodyUnits()
            s45bHanDatelineAgency()
            s45bHanFacilityPlaces()
            s45bHanDottedNames()
            s45bHanVillages()
            s45bHanVenues()
            s45bHanListedBodies()
            s45bHanQuotedLegalNames()
            s45bHanCommonWordPlaces()
        }
    }

    // MARK: - Russian: demonym nouns

    /// Forms of the demonym nouns (folded keys) and each one's country code, in the same order.
    static let s45bRuDemonyms: (KeySet, [String]) = {
        let caseC = ["а", "у", "ем", "ом", "е", "ы", "ев", "ам", "ами", "ах"]          // after -ц- (эстонц-а)
        let caseHard = ["", "а", "у", "ом", "е", "и", "ы", "ов", "ей", "ам", "ами", "ах"] // поляк, серб, латыш
        let caseFem = ["а", "и", "е", "у", "ой", "ою", "ам", "ами", "ах"]               // эстонк-а
        let caseAnin = ["ин", "ина", "ину", "ином", "ине", "е", "", "ам", "ами", "ах", "ка", "ки", "ке", "ку", "кой", "ок"]  // россиян-
        var forms: [String: String] = [:]
        func add(_ code: String, _ stem: String, _ ends: [String]) { for e in ends where forms[stem + e] == nil { forms[stem + e] = code } }
        /// "-ец" nouns: the nominative and the oblique stem (эстонец, эстонц-), and the feminine in -к-.
        func ec(_ code: String, _ nom: String, _ obl: String, fem: String? = nil) {
            add(code, nom, [""]); add(code, obl, caseC)
            if let f = fem { add(code, f, caseFem) }
        }
        ec("EE", "эстонец", "эстонц", fem: "эстонк")
        ec("LT", "литовец", "литовц", fem: "литовк")
        ec("LV", "латвиец", "латвийц", fem: "латвийк"); add("LV", "латыш", caseHard); add("LV", "латышк", caseFem)
        add("PL", "поляк", caseHard); add("PL", "полячк", caseFem)
        ec("DE", "немец", "немц", fem: "немк")
        add("RU", "россиян", caseAnin)
        ec("JP", "японец", "японц", fem: "японк")
        ec("KZ", "казахстанец", "казахстанц", fem: "казахстанк"); add("KZ", "казах", caseHard); add("KZ", "казашк", caseFem)
        ec("UA", "украинец", "украинц", fem: "украинк")
        add("FR", "француз", caseHard); add("FR", "француженк", caseFem)
        ec("GB", "британец", "британц", fem: "британк"); add("GB", "англичан", caseAnin)
        ec("US", "американец", "американц", fem: "американк")
        ec("CN", "китаец", "китайц", fem: "китаянк")
        ec("IT", "итальянец", "итальянц", fem: "итальянк")
        ec("ES", "испанец", "испанц", fem: "испанк")
        add("FI", "финн", caseHard)
        add("SE", "швед", caseHard); add("SE", "шведк", caseFem)
        ec("NO", "норвежец", "норвежц", fem: "норвежк")
        add("DK", "датчан", caseAnin)
        ec("NL", "голландец", "голландц", fem: "голландк"); ec("NL", "нидерландец", "нидерландц", fem: "нидерландк")
        ec("BE", "бельгиец", "бельгийц", fem: "бельгийк")
        ec("CH", "швейцарец", "швейцарц", fem: "швейцарк")
        ec("AT", "австриец", "австрийц", fem: "австрийк")
        add("CZ", "чех", caseHard); add("CZ", "чешк", caseFem)
        add("SK", "словак", caseHard); add("SK", "словачк", caseFem)
        add("HU", "венгр", caseHard); add("HU", "венгерк", caseFem)
        add("RO", "румын", caseHard); add("RO", "румынк", caseFem)
        add("BG", "болгар", caseAnin); add("BG", "болгар", caseHard)
        add("RS", "серб", caseHard); add("RS", "сербк", caseFem)
        add("HR", "хорват", caseHard); add("HR", "хорватк", caseFem)
        add("GR", "грек", caseHard); add("GR", "гречанк", caseFem)
        add("TR", "турок", [""]); add("TR", "турк", ["а", "у", "ом", "е", "и", "ам", "ами", "ах"]); add("TR", "турчанк", caseFem)
        add("IL", "израильтян", caseAnin)
        ec("IR", "иранец", "иранц", fem: "иранк")
        ec("IN", "индиец", "индийц")
        add("UZ", "узбек", caseHard); add("UZ", "узбечк", caseFem)
        add("KG", "киргиз", caseHard); add("KG", "киргизк", caseFem); add("KG", "кыргыз", caseHard); add("KG", "кыргызк", caseFem)
        add("TJ", "таджик", caseHard); add("TJ", "таджичк", caseFem)
        add("TM", "туркмен", caseHard); add("TM", "туркменк", caseFem)
        ec("AZ", "азербайджанец", "азербайджанц", fem: "азербайджанк")
        add("AM", "армян", caseAnin)
        add("GE", "грузин", caseHard); add("GE", "грузинк", caseFem)
        add("MD", "молдаван", caseAnin)
        add("MN", "монгол", caseHard); add("MN", "монголк", caseFem)
        ec("AF", "афганец", "афганц")
        ec("PK", "пакистанец", "пакистанц", fem: "пакистанк")
        add("EG", "египтян", caseAnin)
        ec("SY", "сириец", "сирийц", fem: "сирийк")
        ec("CA", "канадец", "канадц", fem: "канадк")
        ec("MX", "мексиканец", "мексиканц", fem: "мексиканк")
        ec("BR", "бразилец", "бразильц", fem: "бразильянк")
        ec("AR", "аргентинец", "аргентинц", fem: "аргентинк")
        ec("AU", "австралиец", "австралийц", fem: "австралийк")
        ec("VN", "вьетнамец", "вьетнамц", fem: "вьетнамк")
        ec("IE", "ирландец", "ирландц", fem: "ирландк")
        ec("PT", "португалец", "португальц", fem: "португалк")
        ec("CU", "кубинец", "кубинц", fem: "кубинк")
        ec("CL", "чилиец", "чилийц", fem: "чилийк")
        ec("CO", "колумбиец", "колумбийц", fem: "колумбийк")
        var keys: [String] = [], codes: [String] = [], seen = Set<String>()
        for (form, code) in forms.sorted(by: { $0.key < $1.key }) {
            let key = TextFolding.key(form)
            guard !key.isEmpty, seen.insert(key).inserted else { continue }
            keys.append(key); codes.append(code)
        }
        return (KeySet(keys), codes)
    }()

    /// "литовец Томас Вайткус", "эстонец Кристьян Мяги", "поляк Шимон Ковальчик", "россиянин Лев Голованов", "немка Лея
    /// Брандт": a lowercase demonym noun (or one opening a sentence), in any case and number, names its country. (Lowercase
    /// only: a capitalized "Поляков" or "Немцов" is a family name; so is one opening a sentence that ends in -ов or -ев,
    /// "Поляков заявил", "Греков", "Чехов": a genitive plural seldom opens one.)
    mutating func s45bRussianDemonyms() {
        let (set, codes) = Self.s45bRuDemonyms
        var added: [Mention] = []
        for k in 0..<tokenCount {
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic, !tokens[k].allCaps, !tokens[k].capitalized || tokens[k].sentenceStart,
                  let n = set.index(tokens[k].key, hash: tokens[k].keyHash) else { continue }
            if tokens[k].capitalized, Self.s45bEndsLikeSurname(tokens[k].key) { continue }
            let (s, e) = (tokens[k].start, tokens[k].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            added.append(mention(k, k + 1, type: .country, evidence: .known, code: codes[n]))
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }

    /// Whether a folded Cyrillic word ends in -ов or -ев (UTF-8 bytes: о D0 BE, е D0 B5, в D0 B2).
    static func s45bEndsLikeSurname(_ key: String) -> Bool {
        let u = Array(key.utf8.suffix(4))
        return u.count == 4 && u[0] == 0xD0 && (u[1] == 0xBE || u[1] == 0xB5) && u[2] == 0xD0 && u[3] == 0xB2
    }

    // MARK: - Russian: adjectives and a head noun

    /// Stems of institutions' head nouns (a body), and of landmarks' and sites' (a place).
    static let s45bRuBodyHeads: [StaticString] = ["оркестр", "радио", "телевидени", "театр", "университет", "институт", "академи",
        "консерватори", "музе", "библиотек", "больниц", "госпитал", "ансамбл", "хор", "дум", "колледж", "лице", "гимнази", "училищ",
        "филармони", "капелл", "агентств", "инспекци", "прокуратур", "сейм", "парламент"]
    static let s45bRuPlaceHeads: [StaticString] = ["собор", "храм", "монастыр", "мечет", "дворц", "дворец", "замок", "замк", "полигон",
        "заповедник", "водохранилищ", "космодром", "кремл", "зал", "парк", "площад", "мост", "пустын", "хребт", "хребет",
        "залив", "пролив", "нагорь", "низменност", "плато", "озер", "канал"]

    /// "с Латвийским национальным симфоническим оркестром", "эфире Латвийского радио", "в Рижском Домском соборе", "зоны
    /// Семипалатинского ядерного полигона", "в зале Большой гильдии": a capitalized adjective, more adjectives (capitalized
    /// or lowercase, three at most) and a lowercase head noun of an institution (a body) or of a landmark or site (a
    /// place) are that name, head noun included. (No name goes on after the noun: "Национальный банк Казахстана" is
    /// read whole elsewhere. A sentence's first word opens one only before another capitalized adjective.)
    mutating func s45bRussianAdjectiveHeadNames() {
        var found: [(Int, Int, EntityType)] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic, tokens[k].capitalized, !tokens[k].allCaps, h14RussianAdjective(k) else { continue }
            if tokens[k].sentenceStart, !(isCap(k + 1) && h14RussianAdjective(k + 1)) { continue }
            if k >= 1, tokens[k - 1].kind == .word, isCap(k - 1), !tokens[k].sentenceStart { continue }
            var j = k + 1
            while j < tokenCount, j - k <= 4, tokens[j].kind == .word, tokens[j].script == .cyrillic, tokens[j].spaceBefore, !tokens[j].allCaps,
                  h14RussianAdjective(j), tokens[j].capitalized || Self.s45bHeadLength(tokens[j].key) == 0 { j += 1 }
            guard j < tokenCount, j - k <= 4, tokens[j].kind == .word, tokens[j].script == .cyrillic, !tokens[j].capitalized, tokens[j].spaceBefore else { continue }
            let type: EntityType
            if Self.s45bRuBodyHeads.contains(where: { keyStarts(j, $0) }) { type = .organization }
            else if Self.s45bRuPlaceHeads.contains(where: { keyStarts(j, $0) }) { type = .place }
            else { continue }
            // (A head noun whose name goes on: a capitalized word, "имени", quotes after it.)
            if j + 1 < tokenCount, tokens[j + 1].kind == .word && (tokens[j + 1].capitalized || keyStarts(j + 1, "имени")) || Self.geo42Quotes.contains(tokens[j + 1]) { continue }
            // (Only the head's stem and a short ending: "залом", "хором", not "хорошо", "зале" but not "залп".)
            guard PlainText.count(tokens[j].key) <= Self.s45bHeadLength(tokens[j].key) else { continue }
            found.append((k, j + 1, type))
            k = j
        }
        guard !found.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e, type) in found {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == type && $0.start == s && $0.end == end }) { continue }
            // (A known place inside, "Таллинском", gives way; a known body or person does not.)
            if anyMention(where: { $0.type != .country && $0.start < end && $0.end > s && ($0.start < s || $0.end > end || $0.known != nil && $0.type != .place) }) { continue }
            for i in mentions.indices where mentions[i].type != .country && mentions[i].start >= s && mentions[i].end <= end { drop.insert(i) }
            var m = mention(a, e, type: type, evidence: .cue)
            m.placeContext = type == .place
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// The longest a head noun's key may be: its stem's letters and four more (an ending).
    static func s45bHeadLength(_ key: String) -> Int {
        for list in [s45bRuBodyHeads, s45bRuPlaceHeads] {
            for h in list where utf8Starts(key, h) { return h.utf8CodeUnitCount / 2 + 4 }
        }
        return 0
    }

    // MARK: - Russian: case forms of places

    static let s45bRuNa = h18Keys(["на"])

    /// "С Байконура запущена ракета" beside "космодрома Байконур": a one-word name with no type, a case form of a place
    /// of the article (the place's key and up to two letters, or its key without its last vowel and up to two), is that
    /// place. "паводков на Иртыше и Урале": a one-word name with no type after a lowercase "на" (and the next after "и")
    /// in the prepositional case (-е, -и) is a place.
    mutating func s45bRussianPlaceCaseForms() {
        var places: [(Int, String)] = []
        for (n, m) in mentions.enumerated() where m.type == .place {
            guard let k = tokenIndex(containing: m.start), tokens[k].script == .cyrillic, tokens[k].start == m.start, tokens[k].end == m.end,
                  PlainText.count(tokens[k].key) >= 4 else { continue }
            places.append((n, tokens[k].key))
        }
        let na = articleHas(Self.s45bRuNa)
        guard !places.isEmpty || na else { return }
        var forms: [(Int, String)] = []
        for i in mentions.indices where mentions[i].type == nil && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), a == z, tokens[a].script == .cyrillic, tokens[a].capitalized, !tokens[a].allCaps,
                  mentions[i].start == tokens[a].start, mentions[i].end == tokens[a].end else { continue }
            let key = tokens[a].key
            let n = PlainText.count(key)
            // (The place's group takes the form as a variant: the grouper joins an untyped form of a place to it.)
            if let (pi, _) = places.first(where: { (_, p) in
                let m = PlainText.count(p)
                if n > m, n - m <= 2, key.hasPrefix(p) { return true }
                if m >= 5, n >= m, n - m <= 1, let last = p.unicodeScalars.last, "аяоеиыу".unicodeScalars.contains(last) {
                    return key.hasPrefix(String(p.unicodeScalars.dropLast()))
                }
                return false
            }) {
                forms.append((pi, mentions[i].surface))
                continue
            }
            var place = false
            if na, !tokens[a].sentenceStart, a >= 1, a + 1 < tokenCount, !h14RussianAdjective(a),
               PlainText.hasSuffix(key, "е") || PlainText.hasSuffix(key, "и"), !(tokens[a + 1].kind == .word && tokens[a + 1].capitalized) {
                if keyIs(a - 1, "на") && !tokens[a - 1].capitalized { place = true }
                else if a >= 3, keyIs(a - 1, "и"), keyIs(a - 3, "на"), !tokens[a - 3].capitalized,
                        anyMention(where: { $0.type == .place && $0.start == tokens[a - 2].start && $0.end == tokens[a - 2].end }) || s45bUntypedAt(a - 2) { place = true }
            }
            guard place else { continue }
            mentions[i].type = .place
            mentions[i].placeContext = true
        }
        for (pi, form) in forms where !mentions[pi].variants.contains(form) { mentions[pi].variants.append(form) }
    }

    /// An untyped, unknown one-word mention exactly over token `k`.
    func s45bUntypedAt(_ k: Int) -> Bool {
        let (s, e) = (tokens[k].start, tokens[k].end)
        return anyMention(where: { $0.type == nil && $0.known == nil && $0.start == s && $0.end == e })
    }

    // MARK: - Russian: bodies' tails

    static let s45bRuPri = h18Keys(["при"])
    static let s45bRuStateBodies: [StaticString] = ["президент", "правительств", "министерств", "акимат", "кабинет", "минздрав", "минобр",
        "минфин", "минюст", "минтруд", "минкульт", "минэнерго", "минсельхоз"]

    /// "на брифинге в Службе центральных коммуникаций при Президенте": a body, "при" and a capitalized state body (the
    /// President, the Government, a ministry) are one body.
    mutating func s45bRussianBodyUnderStateBody() {
        guard articleHas(Self.s45bRuPri) else { return }
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end, z + 2 < tokenCount, tokens[z + 1].kind == .word,
                  !tokens[z + 1].capitalized, keyIs(z + 1, "при"), tokens[z + 2].kind == .word, tokens[z + 2].script == .cyrillic,
                  tokens[z + 2].capitalized, !tokens[z + 2].allCaps, Self.s45bRuStateBodies.contains(where: { keyStarts(z + 2, $0) }) else { continue }
            var e = z + 3
            // ("при Президенте Республики Казахстан": a country's name after it too.)
            if e + 1 < tokenCount, keyStarts(e, "республик"), isCap(e), isCap(e + 1) { e += 2 }
            let (s, end) = (tokens[z + 1].start, tokens[e - 1].end)
            if anyMention(where: { $0.type != .country && $0.start < end && $0.end > s && ($0.end > end || $0.known != nil && $0.type == .person) }) { continue }
            changes.append((i, mention(a, e, type: .organization, evidence: mentionEvidence(i))))
        }
        s45bApply(changes)
    }

    /// Replaces mentions by their longer readings and drops the other non-country mentions inside them.
    mutating func s45bApply(_ changes: [(Int, Mention)]) {
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        let spans = changes.map { ($0.1.start, $0.1.end) }
        mentions.removeAll { m in m.type != .country && spans.contains { m.start >= $0.0 && m.end <= $0.1 && m.end - m.start < $0.1 - $0.0 } }
    }

    /// Short words an abbreviation skips (prepositions, conjunctions).
    static let s45bRuSkipWords = h18Keys(["и", "по", "в", "во", "на", "при", "для", "с", "со", "о", "об", "от", "из", "к"])

    /// "Председатель Агентства Республики Казахстан по регулированию и развитию финансового рынка (АРРФР)": a body cut
    /// before "и" goes on over "и" and lowercase words (six at most) up to an abbreviation in parentheses when the
    /// abbreviation's letters are the longer name's initials (in order, its last the last word's) and not the shorter's.
    mutating func s45bRussianBodyUpToAbbreviation() {
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end, z + 3 < tokenCount, keyIs(z + 1, "и"), !tokens[z + 1].capitalized,
                  tokens[a].script == .cyrillic else { continue }
            var p = z + 2
            while p < tokenCount, p - z <= 7, tokens[p].kind == .word, tokens[p].script == .cyrillic, !tokens[p].capitalized { p += 1 }
            guard p + 2 < tokenCount, p > z + 2, keyIs(p, "("), tokens[p + 1].kind == .word, tokens[p + 1].allCaps, tokens[p + 1].script == .cyrillic,
                  keyIs(p + 2, ")") else { continue }
            let abbr = Array(tokens[p + 1].key.unicodeScalars)
            guard abbr.count >= 3, abbr.count <= 8 else { continue }
            guard s45bInitialsSpell(abbr, a, p), !s45bInitialsSpell(abbr, a, z + 1) else { continue }
            changes.append((i, mention(a, p, type: .organization, evidence: mentionEvidence(i))))
        }
        s45bApply(changes)
    }

    /// The initials of the words `a..<b` (short linking words skipped) hold `abbr`'s letters in order, its first the
    /// first word's and its last the last word's.
    func s45bInitialsSpell(_ abbr: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        var initials: [Unicode.Scalar] = []
        for k in a..<b where tokens[k].kind == .word && !Self.s45bRuSkipWords.contains(tokens[k]) {
            guard let f = tokens[k].key.unicodeScalars.first else { continue }
            initials.append(f)
        }
        guard let f = initials.first, let l = initials.last, f == abbr[0], l == abbr[abbr.count - 1] else { return false }
        var q = 0
        for c in initials where q < abbr.count && c == abbr[q] { q += 1 }
        return q == abbr.count
    }

    /// Lowercase class nouns of bodies (an orchestra, a company, an airline, a bank, a label …).
    static let s45bRuClassNouns: [StaticString] = ["оркестр", "компани", "авиакомпани", "банк", "групп", "лейбл", "фирм", "концерн",
        "холдинг", "корпораци", "издательств", "ансамбл", "агентств", "стартап", "платформ", "сервис", "клуб"]
    static let s45bLatinLinks = h18Keys(["and", "&", "of", "de"])

    /// "ангажемент с оркестром Kremerata Baltica", "при поддержке авиакомпании airBaltic", "совместно с французской
    /// компанией Airbus Defence and Space": Latin-script words after a lowercase Cyrillic class noun of bodies (a
    /// capitalized word or a word with a capital inside, and words linked by "and", "&", "of") are that body.
    mutating func s45bRussianLatinBodiesAfterClassNouns() {
        var found: [(Int, Int)] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic, !tokens[k].capitalized,
                  tokens[k + 1].kind == .word, tokens[k + 1].script == .latin, tokens[k + 1].spaceBefore, s45bLatinNameWord(k + 1),
                  Self.s45bRuClassNouns.contains(where: { keyStarts(k, $0) }), PlainText.count(tokens[k].key) <= 14 else { continue }
            var e = k + 2
            while e < tokenCount, e - k <= 6, tokens[e].kind == .word, tokens[e].script == .latin, tokens[e].spaceBefore {
                if s45bLatinNameWord(e) { e += 1; continue }
                if Self.s45bLatinLinks.contains(tokens[e]), e + 1 < tokenCount, tokens[e + 1].script == .latin, s45bLatinNameWord(e + 1) { e += 2; continue }
                break
            }
            found.append((k + 1, e))
            k = e - 1
        }
        guard !found.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e) in found {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == end }) { continue }
            if anyMention(where: { $0.type != .country && $0.start < end && $0.end > s && ($0.start < s || $0.end > end || $0.known != nil && e - a == 1) }) { continue }
            for i in mentions.indices where mentions[i].type != .country && mentions[i].start >= s && mentions[i].end <= end { drop.insert(i) }
            added.append(mention(a, e, type: .organization, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// A Latin word that may be (part of) a name: capitalized, or lowercase with a capital inside ("airBaltic", "eBay").
    func s45bLatinNameWord(_ k: Int) -> Bool {
        guard tokens[k].kind == .word, tokens[k].script == .latin else { return false }
        if tokens[k].capitalized || tokens[k].allCaps { return true }
        return tokens[k].text.unicodeScalars.dropFirst().contains { $0.properties.isUppercase }
    }

    /// Nouns of works (concertos, symphonies, operas, novels, paintings …) that an author's name in the genitive follows.
    static let s45bRuWorkNouns: [StaticString] = ["концерт", "симфони", "сонат", "опер", "балет", "произведени", "музык", "пьес",
        "роман", "повест", "стих", "поэм", "картин", "полотн", "сюит", "увертюр", "рапсоди", "квартет", "прелюди", "этюд", "вальс", "реквием"]

    /// "исполняли концерты Сибелиуса и Чайковского", "звучала музыка Шостаковича": a capitalized one-word name (no
    /// adjective) right after a lowercase noun of a work, and the next after "и", are persons, the authors (a reading
    /// as a body or none at all is replaced; a known name or a place stays).
    mutating func s45bRussianAuthorsOfWorks() {
        var found: [Int] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            // (The next word's fields first: a capitalized word after a lowercase one, before the stems are compared.)
            guard tokens[k + 1].kind == .word, tokens[k + 1].capitalized, tokens[k + 1].script == .cyrillic, tokens[k].kind == .word,
                  tokens[k].script == .cyrillic, !tokens[k].capitalized, PlainText.count(tokens[k].key) <= 13,
                  Self.s45bRuWorkNouns.contains(where: { keyStarts(k, $0) }) else { continue }
            var a = k + 1
            // (A family name like an adjective, "Чайковского", only before a mark or a short linking word.)
            while a < tokenCount, tokens[a].kind == .word, tokens[a].script == .cyrillic, tokens[a].capitalized, !tokens[a].allCaps, tokens[a].spaceBefore,
                  !h14RussianAdjective(a) || a + 1 < tokenCount && (tokens[a + 1].kind == .punct || Self.s45bRuSkipWords.contains(tokens[a + 1])),
                  PlainText.count(tokens[a].key) >= 4,
                  a + 1 >= tokenCount || !(tokens[a + 1].kind == .word && tokens[a + 1].capitalized) {
                found.append(a)
                guard a + 2 < tokenCount, keyIs(a + 1, "и") else { break }
                a += 2
            }
        }
        guard !found.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for a in found {
            let (s, e) = (tokens[a].start, tokens[a].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.known != nil || $0.type == .place || $0.type == .country || $0.type == .person
                || $0.start < s || $0.end > e) }) { continue }
            for i in mentions.indices where mentions[i].start == s && mentions[i].end == e { drop.insert(i) }
            added.append(mention(a, a + 1, type: .person, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// "Председатель правления "Казахстан Гарыш Сапары" Нурлан …" after "АО "Национальная компания "Казахстан Гарыш
    /// Сапары"": a name in quotes that is the tail of a body of the article (in its own quotes there) is that body again;
    /// the readings inside it (a country, a person) go.
    mutating func s45bRussianRepeatedQuotedBodies() {
        guard articleHas(Self.geo42Quotes) else { return }
        var bodies: [String] = []
        let quotes = "\"«»“”„ ".unicodeScalars
        for m in mentions where m.type == .organization && m.surface.unicodeScalars.count >= 5 {
            // (Its closing quotes dropped: "АО "Национальная компания "Казахстан Гео Сервис"".)
            var u = Substring(m.surface).unicodeScalars
            while let l = u.last, quotes.contains(l) { u.removeLast() }
            bodies.append(String(u))
        }
        guard !bodies.isEmpty else { return }
        var found: [(Int, Int)] = []
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .punct, Self.geo42Quotes.contains(tokens[k]), tokens[k + 1].kind == .word, tokens[k + 1].capitalized,
                  tokens[k + 1].script == .cyrillic else { continue }
            var e = k + 2
            while e < tokenCount, e - k <= 5, tokens[e].kind == .word, tokens[e].spaceBefore { e += 1 }
            guard e < tokenCount, e - k >= 3, Self.geo42CloseQuotes.contains(tokens[e]) else { continue }
            let text = surface(k + 1, e)
            guard bodies.contains(where: { $0 == text || $0.hasSuffix(text) && $0.unicodeScalars.dropLast(text.unicodeScalars.count).last.map { quotes.contains($0) } == true }) else { continue }
            found.append((k + 1, e))
            k = e
        }
        guard !found.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e) in found {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == end }) { continue }
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end) }) { continue }
            for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= end { drop.insert(i) }
            added.append(mention(a, e, type: .organization, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    static let s45bRuNameParticles = h18Keys(["аль", "ал", "эль", "ибн", "бен", "де", "ди", "дель", "фон", "ван", "ле", "ла"])

    /// "Казахского национального университета имени аль-Фараби": a body before "имени" goes on over a name that opens with
    /// a lowercase particle glued by a hyphen ("аль-", "ибн-", "фон-") or standing apart ("фон Гумбольдта").
    mutating func s45bRussianNamedAfterParticles() {
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end, z + 3 < tokenCount, keyIs(z + 1, "имени"), !tokens[z + 1].capitalized,
                  tokens[z + 2].kind == .word, !tokens[z + 2].capitalized, Self.s45bRuNameParticles.contains(tokens[z + 2]) else { continue }
            var e = z + 3
            if h27Dash(e), !tokens[e].spaceBefore { e += 1 }
            guard e < tokenCount, tokens[e].kind == .word, tokens[e].capitalized, tokens[e].script == .cyrillic else { continue }
            e += 1
            let (s, end) = (tokens[z + 1].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.end > end || $0.known != nil && $0.type != .country) }) { continue }
            changes.append((i, mention(a, e, type: .organization, evidence: mentionEvidence(i))))
        }
        s45bApply(changes)
    }

    /// "– сказал Оразалин корреспонденту агентства": a body read from a capitalized word that is the last word of a
    /// person of the article and lowercase words after it is that person's family name alone.
    mutating func s45bRussianSurnameBeforeLowercase() {
        var lasts = Set<String>()
        for m in mentions where m.type == .person {
            guard let k = tokenIndex(containing: max(m.end - 1, m.start)), tokens[k].script == .cyrillic, tokens[k].end == m.end, tokens[k].start > m.start else { continue }
            lasts.insert(tokens[k].key)
        }
        guard !lasts.isEmpty else { return }
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, mentions[i].start == tokens[a].start, tokens[a].script == .cyrillic, tokens[a].capitalized,
                  lasts.contains(tokens[a].key), ((a + 1)...z).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].capitalized }) else { continue }
            changes.append((i, mention(a, a + 1, type: .person, evidence: .cue)))
        }
        for (i, m) in changes { mentions[i] = m }
    }

    static let s45bRuPlanets = h18Keys(["Земля", "Земли", "Земле", "Землю", "Землей", "Землёй", "Луна", "Луны", "Луне", "Луну", "Луной",
        "Солнце", "Солнца", "Солнцу", "Солнцем"])

    /// "спутник дистанционного зондирования Земли", "полет к Луне": the Earth, the Moon and the Sun read alone (with no
    /// type, or as a body) are no entity.
    mutating func s45bRussianPlanets() {
        guard articleHas(Self.s45bRuPlanets) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == nil || mentions[i].type == .organization) {
            guard let (a, z) = seedSpan(i), a == z, tokens[a].capitalized, Self.s45bRuPlanets.contains(tokens[a]) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Vietnamese

    /// Titles and honorifics before a person's name (folded keys, one or two syllables joined by a space).
    /// (Compared as written, lowercase and precomposed: folded keys lose the tones, and "cụ" would be "cũ", "cô" "có".)
    static let s45bViTitles: Set<String> = Set(["bác sĩ", "y sĩ", "già làng", "kỹ sư", "kĩ sư", "luật sư", "nhà báo", "tiến sĩ", "thạc sĩ",
        "giáo sư", "cô giáo", "thầy giáo", "nghệ nhân", "nghệ sĩ", "ca sĩ", "nhạc sĩ", "họa sĩ", "hoạ sĩ", "cầu thủ", "chiến sĩ", "đại úy",
        "thượng úy", "trung úy", "thiếu tá", "trung tá", "thượng tá", "đại tá", "điều dưỡng", "y tá", "ông", "bà", "anh", "chị", "cô",
        "chú", "cụ", "thầy"].map { $0.precomposedStringWithCanonicalMapping })
    static let s45bViTitleLasts = h18Keys(["sĩ", "làng", "sư", "báo", "giáo", "nhân", "thủ", "úy", "tá", "dưỡng", "ông", "bà", "anh",
        "chị", "cô", "chú", "cụ", "thầy"])

    /// "Theo bác sĩ Rơ Chăm Hơ Nhin, Giám đốc …", "Già làng Rơ Lan Bleo cho hay": a name of two to four capitalized
    /// syllables read as a place (no known place among them) right after a person's title or an honorific is a person.
    mutating func s45bVietnameseTitledPersons() {
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil && mentions[i].evidence == .guess {
            guard let (a, z) = seedSpan(i), a >= 1, z - a >= 1, z - a <= 3, mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end,
                  Self.s45bViTitleLasts.contains(tokens[a - 1]),
                  (a...z).allSatisfy({ tokens[$0].kind == .word && tokens[$0].capitalized && !tokens[$0].allCaps }) else { continue }
            let one = tokens[a - 1].text.precomposedStringWithCanonicalMapping.lowercased()
            let two = a >= 2 && tokens[a - 2].kind == .word && tokens[a - 1].spaceBefore
                ? tokens[a - 2].text.precomposedStringWithCanonicalMapping.lowercased() + " " + one : ""
            // (Two syllables, "bác sĩ", "Già làng"; one lowercase honorific, "ông", "chị": "Bà Rịa" is a province.)
            guard Self.s45bViTitles.contains(two) || Self.s45bViTitles.contains(one) && !tokens[a - 1].capitalized else { continue }
            mentions[i].type = .person
            mentions[i].placeContext = false
            mentions[i].evidence = .cue
        }
    }

    /// "PGS.TS Đỗ Thái Hùng Cường": a person read from a family name that is also a word ("Thái") keeps the Vietnamese
    /// family name right before it (three to five syllables in all; no capitalized word before the family name).
    mutating func s45bVietnameseSurnameBefore() {
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), a >= 1, z - a >= 1, z - a <= 3, mentions[i].start == tokens[a].start, tokens[a].spaceBefore,
                  Self.l29cVietnameseSurnames.contains(tokens[a]), Self.l29cVietnameseSurnames.contains(tokens[a - 1]), tokens[a - 1].capitalized,
                  !tokens[a - 1].allCaps, tokens[a - 1].kind == .word else { continue }
            if a >= 2, tokens[a - 2].kind == .word, isCap(a - 2), tokens[a - 1].spaceBefore, !tokens[a - 2].allCaps { continue }
            let (s, e) = (tokens[a - 1].start, tokens[a - 1].end)
            if anyMention(where: { $0.start < e && $0.end > s && $0.type != .country }) { continue }
            changes.append((i, mention(a - 1, z + 1, type: .person, evidence: mentionEvidence(i))))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        let spans = changes.map { ($0.1.start, $0.1.end) }
        mentions.removeAll { m in m.type == .country && spans.contains { m.start >= $0.0 && m.end <= $0.1 } }
    }

    /// "Tiếng Việt sẽ là cây cầu", "Tiếng Anh": a language's name (Tiếng and its people's name) is no place or body.
    mutating func s45bVietnameseLanguages() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type != .country && mentions[i].type != .person {
            guard let (a, z) = seedSpan(i), z == a + 1, keyIs(a, "tieng"), tokens[a].capitalized, mentions[i].start == tokens[a].start else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "Trường Đại học Khoa học Xã hội và Nhân văn, Đại học …": a body that ends on a capitalized syllable after "và" (a
    /// second field) keeps the lowercase syllable glued to it when a comma, a stop or a parenthesis follows.
    mutating func s45bVietnameseFieldSecondSyllable() {
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z - a >= 2, mentions[i].end == tokens[z].end, z + 2 < tokenCount, keyIs(z - 1, "va"),
                  tokens[z].capitalized, tokens[z + 1].kind == .word, tokens[z + 1].script == .latin, !tokens[z + 1].capitalized, tokens[z + 1].spaceBefore,
                  tokens[z + 2].kind == .punct, keyIs(z + 2, ",") || keyIs(z + 2, "(") || keyIs(z + 2, ".") || keyIs(z + 2, ";") else { continue }
            let (s, e) = (tokens[z + 1].start, tokens[z + 1].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            mentions[i] = mention(a, z + 2, type: .organization, evidence: mentionEvidence(i))
        }
    }

    /// "TG&VN -": two capital acronyms glued to an "&" are one name (the first read alone as a body).
    mutating func s45bVietnameseAmpersandAcronyms() {
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type != .country && mentions[i].type != .person {
            guard let (a, z) = seedSpan(i), a == z, tokens[a].allCaps, mentions[i].end == tokens[z].end, z + 2 < tokenCount,
                  keyIs(z + 1, "&"), !tokens[z + 1].spaceBefore, !tokens[z + 2].spaceBefore, tokens[z + 2].kind == .word, tokens[z + 2].allCaps else { continue }
            changes.append((i, mention(a, z + 3, type: mentions[i].type ?? .organization, evidence: mentionEvidence(i))))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        let spans = changes.map { ($0.1.start, $0.1.end) }
        mentions.removeAll { m in spans.contains { m.start >= $0.0 && m.end <= $0.1 && m.end - m.start < $0.1 - $0.0 } }
    }

    // MARK: - Chinese

    /// Units of a body named after the body or place they belong to (a headquarters, a corps, a detachment, a station, a branch).
    static let s45bHanUnits: [[Unicode.Scalar]] = l28Words(["指挥部", "总队", "支队", "大队", "中队", "总站", "分会", "分局", "支行", "分行",
                                                          "分院", "分社"])
    static let s45bHanUnitFirsts = HanCharSet("指总支大中分")
    /// Characters after a unit's noun that make it another word ("分会场" a venue, "分行业" by trade).
    static let s45bHanUnitNotAfter = HanCharSet("场业")
    static let s45bHanListMarks = h18Keys(["、", "，", ","])

    /// "四川省森林消防总队、西昌森林消防支队和云南省森林消防总队丽江支队", "应急管理部南方航空护林总站",
    /// "凉山彝族自治州森林草原防灭火指挥部", "中国国际贸易促进委员会新疆分会": a unit's noun and the characters before it (eight
    /// at most, no particle or conjunction among them) back to a place's or a body's name, or to a listed item's start, are a
    /// body; a second unit right after it ("总队丽江支队") is part of it.
    mutating func s45bHanBodyUnits() {
        guard hanArticleHasAny("指总支大中分") else { return }
        let stops = Self.l30HanStops
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            var p = 1
            while p + 1 < sc.count {
                defer { p += 1 }
                guard Self.s45bHanUnitFirsts.contains(Self.hanCode(sc[p])), let w = Self.s45bHanUnits.first(where: { Self.l28At(sc, p, $0) }) else { continue }
                var end = p + w.count
                if end < sc.count, Self.s45bHanUnitNotAfter.contains(Self.hanCode(sc[end])) { continue }
                // The start: the earliest place or body (no person) in the run that the unit follows with no stop between.
                var a = -1
                for (n, ma, mb) in l28MentionsIn(k) where ma < p && mb <= p && p - mb <= 8 {
                    guard let t = mentions[n].type, t == .place || t == .organization || t == .country else { continue }
                    if (mb..<p).contains(where: { stops.contains(Self.hanCode(sc[$0])) }) { continue }
                    if a < 0 || ma < a { a = ma }
                }
                if a < 0, p >= 2, p <= 8, k >= 1, Self.s45bHanListMarks.contains(tokens[k - 1]) || tokens[k - 1].kind == .punct && keyIs(k - 1, "、"),
                   !(0..<p).contains(where: { stops.contains(Self.hanCode(sc[$0])) }) { a = 0 }
                guard a >= 0 else { continue }
                // ("总队丽江支队": a second unit after a place's two or three characters.)
                for q in [end + 2, end + 3] where q < sc.count {
                    if let w2 = Self.s45bHanUnits.first(where: { Self.l28At(sc, q, $0) }), !(end..<q).contains(where: { stops.contains(Self.hanCode(sc[$0])) }) {
                        end = q + w2.count
                        break
                    }
                }
                found.append((k, sc, a, end))
                p = end - 1
            }
        }
        guard !found.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (k, sc, a, b) in found {
            let (s, e) = (tokens[k].start + a, tokens[k].start + b)
            if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == e }) { continue }
            if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s && ($0.start < s || $0.end > e || $0.type == .person) }) { continue }
            for i in mentions.indices where mentions[i].type != .country && mentions[i].start >= s && mentions[i].end <= e { drop.insert(i) }
            added.append(l28Mention(k, sc, a, b, .organization))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    static let s45bHanAgencyEnds = HanCharSet("网社报台")
    static let s45bHanMonth = hanCode("月")
    static let s45bHanDay = hanCode("日")
    static let s45bHanCable = HanCharSet("电讯")
    static let s45bHanThis = hanCode("本")

    /// "人民网西昌12月6日电", "天山网伊宁5月3日讯": a dateline's first run, an agency's name (ending in 网, 社, 报 or 台) and a
    /// town's (two to four characters) before the date and 电 or 讯, are a body and a place ("本报" and "本台", "this
    /// paper", are none).
    mutating func s45bHanDatelineAgency() {
        let limit = min(tokenCount - 4, 6)
        guard limit > 0 else { return }
        for k in 0..<limit where tokens[k].script == .han {
            guard tokens[k + 1].kind == .number, let m = l28Run(k + 2), m.first.map(Self.hanCode) == Self.s45bHanMonth,
                  tokens[k + 3].kind == .number, let d = l28Run(k + 4), d.count >= 2, Self.hanCode(d[0]) == Self.s45bHanDay,
                  Self.s45bHanCable.contains(Self.hanCode(d[1])), let sc = l28Run(k), sc.count >= 4 else { continue }
            guard let i = (1..<(sc.count - 2)).first(where: { Self.s45bHanAgencyEnds.contains(Self.hanCode(sc[$0])) }), sc.count - (i + 1) <= 4,
                  sc.count - (i + 1) >= 2 else { continue }
            // (A country's name there, "中新社香港", stays the country.)
            let (ts, te) = (tokens[k].start, tokens[k].end)
            if anyMention(where: { $0.type == .country && $0.start < te && $0.end > ts }) { return }
            if Self.hanCode(sc[0]) != Self.s45bHanThis, i >= 2 { _ = l30HanAddIfFree(k, sc, 0, i + 1, .organization) }
            _ = l30HanAddIfFree(k, sc, i + 1, sc.count, .place)
            return
        }
    }

    static let s45bHanFacilities: [[Unicode.Scalar]] = l28Words(["水电站", "电站", "港"])
    static let s45bHanFacilityFirsts = HanCharSet("水电港")
    /// Characters after 港 that make it another word ("港口" stays a port's noun; "港澳", "港股", "港元" do not).
    static let s45bHanPortNotAfter = HanCharSet("澳股元币资商人区务")
    /// First characters of common words before 港 ("姊妹港" a sister port, "友好港", "深水港", "母港", "军港").
    static let s45bHanPortNotFirst = HanCharSet("姊友新老大小母军商渔海河内外深该本这那各此其某全")

    /// "秘鲁圣加布里埃尔水电站", "建设了钱凯港、查格亚水电站": a transliterated name (two to eight characters, after a
    /// country's or place's name or a character of no transliteration) before a hydropower station's or a port's noun is
    /// a place, the noun included.
    mutating func s45bHanFacilityPlaces() {
        guard hanArticleHasAny("站港") else { return }
        let table = Self.hanTransliterationSet
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 3) else { continue }
            var p = 2
            while p < sc.count {
                defer { p += 1 }
                guard Self.s45bHanFacilityFirsts.contains(Self.hanCode(sc[p])), let w = Self.s45bHanFacilities.first(where: { Self.l28At(sc, p, $0) }) else { continue }
                var a = p
                while a > 0, p - a < 8, table.contains(Self.hanCode(sc[a - 1])) { a -= 1 }
                // (A country's or place's name before it ends the name: "秘鲁查格亚".)
                for (n, ma, mb) in l28MentionsIn(k) where mb > a && mb < p && ma <= a {
                    if let t = mentions[n].type, t == .country || t == .place { a = mb }
                }
                let countryBefore = mentions.contains { $0.type == .country && $0.end == tokens[k].start + a }
                // ("建设了钱凯港": a port's two characters after a particle or a conjunction.)
                if p - a < 2, w.count == 1, p >= 3, Self.s45bHanVillageBefore.contains(Self.hanCode(sc[p - 3])),
                   !Self.l30HanStops.contains(Self.hanCode(sc[p - 2])), !Self.l30HanStops.contains(Self.hanCode(sc[p - 1])),
                   !Self.s45bHanPortNotFirst.contains(Self.hanCode(sc[p - 2])), p + 1 >= sc.count || !Self.s45bHanPortNotAfter.contains(Self.hanCode(sc[p + 1])) {
                    a = p - 2
                }
                guard p - a >= 2, countryBefore || a == 0 || !table.contains(Self.hanCode(sc[a - 1])) || p - a == 2 && Self.s45bHanVillageBefore.contains(Self.hanCode(sc[a - 1])) else { continue }
                found.append((k, sc, a, p + w.count))
                p += w.count - 1
            }
        }
        for (k, sc, a, b) in found { _ = l30HanAddIfFree(k, sc, a, b, .place) }
    }

    /// Characters that end a dotted name's first part on its left (a title's last character: 州长, 经理, 主任, 记者 …).
    static let s45bHanTitleEnds = HanCharSet("长理员官师家者记任席使事授手")
    /// Characters that end its second part (particles, and verbs of saying: 介绍, 说, 表示, 指出, 称 …).
    static let s45bHanNameEnds = HanCharSet("的了在和与及等是将被把从向对为也就还而并至到往于，、说称表介指认告透强坦曾已正以则当评签率陪会见访赛")

    /// "凉山州副州长吉克·伍呷介绍", "公司经理古丽娜尔·叶先阿利耶娃说": a dotted name that no person reading covers whole is
    /// read from a title's last character (or the run's start) to a verb of saying or a particle: two to six characters
    /// before the dot, one to seven after it; it replaces a shorter person reading, and no place or body may overlap it.
    mutating func s45bHanDottedNames() {
        guard articleHas(Self.l26MiddleDotKeys) else { return }
        var added: [(Mention, Int, Int)] = []
        var k = 1
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard hanGluedDot(k, Self.l26MiddleDotKeys), let left = l28Run(k - 1), let right = l28Run(k + 1) else { continue }
            if k + 2 < tokenCount, Self.l26MiddleDots.contains(tokens[k + 2].text) { continue }
            if k >= 2, Self.l26MiddleDots.contains(tokens[k - 2].text) { continue }
            var a = left.count
            while a > 0, left.count - a < 6, !Self.s45bHanTitleEnds.contains(Self.hanCode(left[a - 1])), !Self.s45bHanNameEnds.contains(Self.hanCode(left[a - 1])) { a -= 1 }
            guard left.count - a >= 2, a == 0 || Self.s45bHanTitleEnds.contains(Self.hanCode(left[a - 1])) || Self.s45bHanNameEnds.contains(Self.hanCode(left[a - 1])) else { continue }
            var e = 0
            while e < right.count, e < 7, !Self.s45bHanNameEnds.contains(Self.hanCode(right[e])) { e += 1 }
            // (A title in book quotes is no name: "《柳叶刀·肿瘤学》".)
            if a == 0, k >= 2, keyIs(k - 2, "《") { continue }
            if k + 2 < tokenCount, keyIs(k + 2, "》") { continue }
            // (Up to a verb or a particle; to the run's end only for a short part: "马托斯陪同访问" is a name and a verb.)
            let stopped = e < right.count
            guard e >= 1, e <= 6, stopped || e <= 4 else { continue }
            // (Transliterated parts: two characters at most outside the tables on each side, and fewer than half; "金盛·湖畔府"
            // is an estate.)
            let named = { (c: Unicode.Scalar) -> Bool in
                let v = Self.hanCode(c)
                return Self.hanTransliterationSet.contains(v) || Self.l26HanDottedExtra.contains(v) || Self.l30HanDottedExtra.contains(v)
            }
            let leftOut = (a..<left.count).filter({ !named(left[$0]) }).count, rightOut = (0..<e).filter({ !named(right[$0]) }).count
            // (A name between a title and a verb of saying is read whatever its characters: "副州长吉克·伍呷介绍".)
            let titled = a > 0 && Self.s45bHanTitleEnds.contains(Self.hanCode(left[a - 1])) && stopped && left.count - a <= 4 && e <= 6
            guard titled || leftOut <= 2 && 2 * leftOut < left.count - a && rightOut <= 2 && (2 * rightOut < e || e == 1) && (e <= 4 || rightOut == 0) else { continue }
            let s = tokens[k - 1].start + a, end = tokens[k + 1].start + e
            if anyMention(where: { $0.type == .person && $0.start <= s && $0.end >= end }) { continue }
            // (A person read over the dot already is lengthened only to a verb, by one character at most: "曼苏尔日前" is a
            // name and a time word.)
            let (ds, de) = (tokens[k].start, tokens[k].end)
            if anyMention(where: { $0.type == .person && $0.start < ds && $0.end > de && (!stopped || end - $0.end > 1 || $0.start != s) }) { continue }
            if anyMention(where: { $0.start < end && $0.end > s && ($0.type != .person || $0.start < s || $0.end > end) }) { continue }
            let text = hanText(left, a, left.count - a) + tokens[k].text + hanText(right, 0, e)
            added.append((Mention(surface: text, start: s, end: end, type: .person, evidence: .cue, words: [text]), s, end))
        }
        guard !added.isEmpty else { return }
        mentions.removeAll { m in m.type == .person && m.known == nil && added.contains { m.start >= $0.1 && m.end <= $0.2 } }
        mentions.append(contentsOf: added.map { $0.0 })
    }

    static let s45bHanVillageEnds = HanCharSet("村乡镇")
    /// Characters a village's name follows (particles, conjunctions, prepositions, a list mark).
    static let s45bHanVillageBefore = HanCharSet("的了和与及、在从到往至于")
    /// Characters that make the two before 村, 乡 or 镇 a common word ("农村", "邻村", "家乡", "城乡", "全乡").
    static let s45bHanVillageNotLast = HanCharSet("农山渔邻全本该各每进入驻困范政然家城故下返老回同他异新乡村镇小大")
    static let s45bHanVillageNotFirst = HanCharSet("这那该本全各每某邻此其我他")
    /// Characters after 村, 乡 or 镇 that make it part of a longer word ("村民", "乡镇", "村委会").
    static let s45bHanVillageNotAfter = HanCharSet("民委镇里长干级村口庄亲愁音土情下间落寨")

    /// "麦日乡东朗村附近", "相邻的唐央乡和雅砻江", "转移了东朗村和卡拉村的": two characters and a village's or township's noun
    /// after a particle, a conjunction or a list mark (or a place's name right before) are a place.
    mutating func s45bHanVillages() {
        guard hanArticleHasAny("村乡镇") else { return }
        let stops = Self.l30HanStops
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 3) else { continue }
            for p in 2..<sc.count where Self.s45bHanVillageEnds.contains(Self.hanCode(sc[p])) {
                // ("通往圣赫罗尼莫德图南村": a transliterated name of three to ten characters after a boundary.)
                var t = p
                while t > 0, p - t < 10, Self.hanTransliterationSet.contains(Self.hanCode(sc[t - 1])), !stops.contains(Self.hanCode(sc[t - 1])) { t -= 1 }
                if p - t >= 3, t > 0, Self.s45bHanVillageBefore.contains(Self.hanCode(sc[t - 1])),
                   p + 1 >= sc.count || !Self.s45bHanVillageNotAfter.contains(Self.hanCode(sc[p + 1])) {
                    found.append((k, sc, t, p + 1))
                    continue
                }
                let a = p - 2
                let c0 = Self.hanCode(sc[a]), c1 = Self.hanCode(sc[a + 1])
                guard !stops.contains(c0), !stops.contains(c1), !Self.s45bHanVillageNotLast.contains(c1), !Self.s45bHanVillageNotFirst.contains(c0),
                      p + 1 >= sc.count || !Self.s45bHanVillageNotAfter.contains(Self.hanCode(sc[p + 1])) else { continue }
                let s = tokens[k].start + a
                let after = a == 0 ? k >= 1 && tokens[k - 1].kind == .punct : Self.s45bHanVillageBefore.contains(Self.hanCode(sc[a - 1]))
                let afterPlace = mentions.contains { $0.type == .place && $0.end == s }
                guard after || afterPlace else { continue }
                found.append((k, sc, a, p + 1))
            }
        }
        for (k, sc, a, b) in found { _ = l30HanAddIfFree(k, sc, a, b, .place) }
    }

    /// Venues named after a place (an exhibition centre, a sports centre, a stadium, a theatre), "国际" allowed before.
    static let s45bHanVenues: [[Unicode.Scalar]] = l28Words(["会展中心", "博览中心", "展览中心", "体育中心", "体育馆", "体育场", "大剧院",
                                                           "会议中心", "奥体中心"])
    static let s45bHanVenueFirsts = HanCharSet("会博展体大奥")
    static let s45bHanInternational: [Unicode.Scalar] = Array("国际".unicodeScalars)

    /// "在新疆国际会展中心开幕", "北京体育馆": a place's name and a venue's noun right after it (with "国际" between at most)
    /// are a place, the venue.
    mutating func s45bHanVenues() {
        guard hanArticleHasAny("会博展体剧") else { return }
        var found: [(Int, [Unicode.Scalar], Int, Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            for (n, ma, mb) in l28MentionsIn(k) where mentions[n].type == .place && mb < sc.count {
                var q = mb
                if Self.l28At(sc, q, Self.s45bHanInternational) { q += 2 }
                guard q < sc.count, Self.s45bHanVenueFirsts.contains(Self.hanCode(sc[q])),
                      let w = Self.s45bHanVenues.first(where: { Self.l28At(sc, q, $0) }) else { continue }
                found.append((k, sc, ma, q + w.count, n))
            }
        }
        guard !found.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (k, sc, a, b, n) in found {
            let (s, e) = (tokens[k].start + a, tokens[k].start + b)
            if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s && ($0.start < s || $0.end > e) }) { continue }
            drop.insert(n)
            for i in mentions.indices where mentions[i].type != .country && mentions[i].start >= s && mentions[i].end <= e { drop.insert(i) }
            added.append(l28Mention(k, sc, a, b, .place))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    static let s45bHanDeng = hanCode("等")

    /// "阿里巴巴、京东等电商平台": the items of a list closed by 等 after a body (two to four characters each, no stop
    /// among them, between list marks) are bodies.
    mutating func s45bHanListedBodies() {
        guard hanArticleHasAny("等") else { return }
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 1..<tokenCount where tokens[k].script == .han {
            guard tokens[k - 1].kind == .punct, keyIs(k - 1, "、"), k >= 2, let sc = l28Run(k, atLeast: 3) else { continue }
            // The item before the mark is a body that ends there.
            let markStart = tokens[k - 1].start
            guard anyMention(where: { $0.type == .organization && $0.end == markStart }) else { continue }
            guard let d = (2...min(4, sc.count - 1)).first(where: { Self.hanCode(sc[$0]) == Self.s45bHanDeng }),
                  !(0..<d).contains(where: { Self.l30HanStops.contains(Self.hanCode(sc[$0])) }) else { continue }
            found.append((k, sc, 0, d))
        }
        for (k, sc, a, b) in found { _ = l30HanAddIfFree(k, sc, a, b, .organization) }
    }

    /// Legal forms a quoted Han name is followed by (a partnership, a company, a cooperative).
    static let s45bHanLegalForms: [[Unicode.Scalar]] = l28Words(["有限责任合伙企业", "有限合伙企业", "股份有限公司", "有限责任公司", "有限公司",
                                                               "合作社", "合伙企业"])
    static let s45bHanOpenQuotes = h18Keys(["“", "「", "\"", "『"])
    static let s45bHanCloseQuotes = h18Keys(["”", "」", "\"", "』"])

    /// "“塔尔加尔果园”有限责任合伙企业": a Han name in quotes right before a legal form is a body (the name).
    mutating func s45bHanQuotedLegalNames() {
        guard hanArticleHasAny("限社伙") else { return }
        var found: [(Int, [Unicode.Scalar])] = []
        var k = 1
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].script == .han, Self.s45bHanOpenQuotes.contains(tokens[k - 1]), Self.s45bHanCloseQuotes.contains(tokens[k + 1]),
                  tokens[k + 2].script == .han, tokens[k + 1].end == tokens[k + 2].start, let sc = l28Run(k), sc.count >= 2, sc.count <= 10,
                  let next = l28Run(k + 2), Self.s45bHanLegalForms.contains(where: { Self.l28At(next, 0, $0) }) else { continue }
            found.append((k, sc))
        }
        for (k, sc) in found {
            let (s, e) = (tokens[k].start, tokens[k].end)
            if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == e }) { continue }
            if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s && ($0.start < s || $0.end > e || $0.known != nil && $0.type != .place) }) { continue }
            mentions.removeAll { $0.type != .country && $0.start >= s && $0.end <= e }
            mentions.append(l28Mention(k, sc, 0, sc.count, .organization))
        }
    }

    /// Openings of a county's, a city's or a village's name that are common words ("重点县" a key county, "贫困村" a poor
    /// village), and two-character verbs and nouns read as places ("参与" to take part, "坝址" a dam's site).
    static let s45bHanCommonOpenings: [[Unicode.Scalar]] = l28Words(["重点", "贫困", "示范", "试点", "相关", "周边", "沿线", "附近", "部分",
                                                                   "其他", "所有", "多个", "各个", "邻近", "偏远", "边境", "沿海"])
    static let s45bHanCommonWords: [[Unicode.Scalar]] = l28Words(["参与", "参加", "坝址", "厂址", "场址", "现场", "工地", "基地"])
    static let s45bHanAdminEnds = HanCharSet("县市省乡村镇区")

    /// "木里、盐源、冕宁等重点县", "在坝址举行", "在秘鲁参与建设": a place (no known one) of a common word and an admin
    /// unit's character, or of a common two-character word, is none.
    mutating func s45bHanCommonWordPlaces() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            let n = mentions[i].end - mentions[i].start
            guard n == 2 || n == 3, let k = tokenIndex(containing: mentions[i].start), tokens[k].script == .han, tokens[k].end >= mentions[i].end,
                  let sc = l28Run(k) else { continue }
            let a = mentions[i].start - tokens[k].start
            guard a >= 0, a + n <= sc.count else { continue }
            if n == 3, Self.s45bHanAdminEnds.contains(Self.hanCode(sc[a + 2])), Self.s45bHanCommonOpenings.contains(where: { Self.l28At(sc, a, $0) }) { drop.insert(i) }
            if n == 2, Self.s45bHanCommonWords.contains(where: { Self.l28At(sc, a, $0) }) { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }
}
