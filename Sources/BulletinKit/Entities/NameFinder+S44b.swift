import Foundation

/// Session 44's general rules for Vietnamese, Russian and Chinese (causes found in holdout67's vi, ru and zh errors,
/// fixed for any article that has them):
/// - Russian and Vietnamese: a Roman numeral alone ("в XVIII веке", "thế kỷ XIX") is no name;
/// - Russian: a name in quotes after a resort's, a station's, a customs post's or a crossing's noun, and the name after
///   "урочище", is a place; so is an avenue (boulevard, lane) with the name after it, and each name after a river's noun;
///   adjectives up to an institution's noun read as a place are a body; a client's family name before a lawyer's name is
///   no part of it; a known agency, a hyphen and a word between slashes ("/Интерфакс-Урал/") are one body; a city's
///   маслихат or акимат and the city are a body;
/// - Vietnamese: a name of a family name and "Trường" (a given name, read as a school's noun) is a person;
/// - Chinese: (a Latin name in parentheses right after a Han name, "约翰·塔里苏（John Tarisu）", is that name's other
///   spelling: joined in `MentionGrouper.linkShortForms`, for every script); a dotted transliterated name read as a person right before a monument's
///   noun ("穆罕默德·阿敏汗经学院", "哈桑·穆拉德库什贝吉清真寺") is the monument, a place; a name after an occupation of
///   the arts in a list ("韩国演员全度妍、") is a person; a verb opening a clause (随着, 协助, 已有 …) is no part of a name.
/// `refineS44b` runs after `refineS43b` (and `refineS44a`), before `refineCP15`. Cost: each rule is gated on the
/// article's language or script and on a trigger (a middle dot's key, a monument noun's character); the mention walks
/// test a mention's type, its token span and one or two tokens' kind, script and key bytes before anything else and
/// build no strings but the surfaces they keep.
extension NameFinder {
    mutating func refineS44b() {
        guard tokens.count > 1 else { return }
        if lang.ru || lang.vi { s44bRomanNumerals() }
        if lang.ru {
            s44bRussianQuotedPlaces()
            s44bRussianAvenues()
            s44bRussianInstitutionsReadAsPlaces()
            s44bRussianRivers()
            s44bRussianClientBeforeName()
            s44bRussianAgencyBranches()
            s44bRussianLocalCouncils()
        }
        if lang.vi { s44bVietnameseTruongPersons() }
        if hasHan {
            s44bHanLeadingVerbs()
            s44bHanDottedMonuments()
            s44bHanArtsOccupations()
        }
    }

    // MARK: - Russian and Vietnamese

    /// A folded key that is a Roman numeral of two letters or more from I, V and X (II … XXXIX: centuries, ordinals).
    static func s44bRomanNumeral(_ key: String) -> Bool {
        var u = Array(key.utf8)
        guard u.count >= 2, u.count <= 7 else { return false }
        var x = 0
        while x < u.count, u[x] == 0x78 || u[x] == 0x58 { x += 1 }   // x, X
        guard x <= 3 else { return false }
        u.removeFirst(x)
        let rest = String(decoding: u, as: UTF8.self).lowercased()
        return ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"].contains(rest)
    }

    /// "существовавшем во дворце в XVIII веке", "từ thế kỷ XIX": a Roman numeral read alone as a name (an acronym's
    /// reading) is none.
    mutating func s44bRomanNumerals() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country {
            guard let (a, z) = seedSpan(i), a == z, tokens[a].script == .latin, tokens[a].allCaps, tokens[a].keyLength <= 7,
                  mentions[i].start == tokens[a].start, mentions[i].end == tokens[a].end, Self.s44bRomanNumeral(tokens[a].key) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s44bRuPlaceNouns = h18Keys(["курорт", "курорта", "курорту", "курортом", "курорте", "станции", "станция", "станцию",
        "станцией", "метро", "таможня", "таможни", "таможне", "таможню", "таможней", "пост", "поста", "посту", "постом", "посте", "пропуска",
        "урочище", "урочища", "урочищу", "урочищем"])

    /// "от станции метро "Райымбек батыра"", "на курорте "Шымбулак"", "на таможенном посту "Баграташен"", "в урочище Медеу": a
    /// name in quotes (up to four words, its first capitalized) after a lowercase noun of a resort, a station, a customs post
    /// or a border crossing, or one or two capitalized words after "урочище" (a tract), are a place, not a body.
    mutating func s44bRussianQuotedPlaces() {
        guard articleHas(Self.s44bRuPlaceNouns) else { return }
        var found: [(Int, Int)] = []
        var k = 1
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].script == .cyrillic, Self.s44bRuPlaceNouns.contains(tokens[k]) else { continue }
            var a = k + 1
            let quoted = Self.geo42Quotes.contains(tokens[a])
            if quoted { a += 1 }
            guard a < tokenCount, tokens[a].kind == .word, tokens[a].script == .cyrillic, tokens[a].capitalized, !tokens[a].allCaps else { continue }
            var e = a + 1
            if quoted {
                while e < tokenCount, e - a < 5, tokens[e].kind == .word && (tokens[e].spaceBefore || h27Dash(e - 1)) || h27Dash(e) && !tokens[e].spaceBefore { e += 1 }
                guard e < tokenCount, Self.geo42CloseQuotes.contains(tokens[e]), tokens[e - 1].kind == .word else { continue }
            } else {
                guard keyStarts(k, "урочищ") else { continue }
                while e < tokenCount, e - a < 2, tokens[e].kind == .word, tokens[e].capitalized, tokens[e].spaceBefore { e += 1 }
            }
            found.append((a, e))
            k = e
        }
        guard !found.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e) in found {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .place && $0.start == s && $0.end == end }) { continue }
            // (A known body or person on the words, or a reading over the quotes' edge, "ГКП "Алматы Су"", stays.)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.known != nil && $0.type != .place && $0.type != .country
                || $0.start < s || $0.end > end) }) { continue }
            for i in mentions.indices where mentions[i].type != .country && mentions[i].start >= s && mentions[i].end <= end { drop.insert(i) }
            var m = mention(a, e, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    static let s44bRuAvenueNouns = h18Keys(["проспект", "проспекта", "проспекту", "проспектом", "проспекте", "бульвар", "бульвара",
        "бульвару", "бульваром", "бульваре", "переулок", "переулка", "переулку", "переулком", "переулке"])

    /// "реконструкция проспекта Рыскулова", "на бульваре Гоголя": a lowercase avenue's, boulevard's or lane's noun and the
    /// capitalized name after it that is no adjective (a person's name in the genitive) are a place, not a person.
    mutating func s44bRussianAvenues() {
        guard articleHas(Self.s44bRuAvenueNouns) else { return }
        var found: [(Int, Int)] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].script == .cyrillic, Self.s44bRuAvenueNouns.contains(tokens[k]),
                  tokens[k + 1].kind == .word, tokens[k + 1].script == .cyrillic, tokens[k + 1].capitalized, !tokens[k + 1].allCaps,
                  !h14RussianAdjective(k + 1) else { continue }
            var e = k + 2
            while e < tokenCount, e - k <= 3, tokens[e].kind == .word, tokens[e].script == .cyrillic, tokens[e].capitalized, !h14RussianAdjective(e) { e += 1 }
            found.append((k, e))
            k = e - 1
        }
        guard !found.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (k, e) in found {
            let (s, end) = (tokens[k].start, tokens[e - 1].end)
            let ns = tokens[k + 1].start
            if anyMention(where: { $0.start < end && $0.end > ns && ($0.known != nil && $0.type != .person || $0.type == .place || $0.start < ns || $0.end > end) }) { continue }
            for i in mentions.indices where mentions[i].type != .country && mentions[i].start >= ns && mentions[i].end <= end { drop.insert(i) }
            _ = s
            var m = mention(k, e, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// Stems of the head nouns of institutions (museums, theatres, universities, libraries, hospitals, ministries …).
    static let s44bRuInstitutionStems: [StaticString] = ["музе", "театр", "университет", "институт", "библиотек", "больниц", "госпитал",
        "академи", "колледж", "комитет", "министерств", "управлени", "департамент", "фонд", "банк", "завод", "комбинат", "консерватори"]

    /// "директор филиала Брестского областного краеведческого музея": a name read as a place from capitalized and
    /// lowercase adjectives up to an institution's lowercase head noun (a museum, a theatre, a university …) is a body.
    mutating func s44bRussianInstitutionsReadAsPlaces() {
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, mentions[i].end == tokens[z].end, tokens[a].script == .cyrillic, tokens[z].kind == .word,
                  !tokens[z].capitalized, tokens[z].script == .cyrillic, h14RussianAdjective(a),
                  Self.s44bRuInstitutionStems.contains(where: { keyStarts(z, $0) }), (a..<z).allSatisfy({ h14RussianAdjective($0) }) else { continue }
            mentions[i].type = .organization
            mentions[i].placeContext = false
        }
    }

    static let s44bRuRiverNouns = h18Keys(["река", "реки", "реке", "реку", "рекой", "рек", "рекам", "реках", "речка", "речки", "речке"])

    /// "в бассейнах рек Малая Бухтарма и Большая Бухтарма", "на реке Белая Холуница": the capitalized words (two at most)
    /// after a lowercase river's noun, and after "и" the next ones, are a place each (a person's or a body's reading of
    /// them, or a known place inside a longer name, goes).
    mutating func s44bRussianRivers() {
        guard articleHas(Self.s44bRuRiverNouns) else { return }
        var found: [(Int, Int)] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].script == .cyrillic, Self.s44bRuRiverNouns.contains(tokens[k]) else { continue }
            var a = k + 1
            while a < tokenCount, tokens[a].kind == .word, tokens[a].script == .cyrillic, tokens[a].capitalized, !tokens[a].allCaps {
                var e = a + 1
                while e < tokenCount, e - a < 2, tokens[e].kind == .word, tokens[e].script == .cyrillic, tokens[e].capitalized, !tokens[e].allCaps,
                      tokens[e].spaceBefore { e += 1 }
                found.append((a, e))
                guard e + 1 < tokenCount, keyIs(e, "и") else { a = e; break }
                a = e + 1
            }
            k = max(k, a - 1)
        }
        guard !found.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e) in found {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .place && $0.start == s && $0.end == end }) { continue }
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end || $0.type == .country || $0.known != nil && $0.type != .place) }) { continue }
            for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= end { drop.insert(i) }
            var m = mention(a, e, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// "Адвокат Мелконяна Ануш Хачикян заявила": a person of three capitalized words whose first is another person's
    /// family name in an oblique case (one or two more letters: the client) is the last two words.
    mutating func s44bRussianClientBeforeName() {
        var cuts: [(Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z == a + 2, tokens[a].script == .cyrillic, mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end,
                  (a...z).allSatisfy({ tokens[$0].kind == .word && tokens[$0].capitalized && !tokens[$0].allCaps }) else { continue }
            let key = tokens[a].key
            let n = PlainText.count(key)
            guard n >= 5 else { continue }
            let client = mentions.indices.contains { j in
                guard j != i, mentions[j].type == .person, let (b, y) = seedSpan(j), y > b, tokens[y].script == .cyrillic else { return false }
                let other = tokens[y].key
                let m = PlainText.count(other)
                return m >= 4 && n - m >= 1 && n - m <= 2 && key.hasPrefix(other)
            }
            if client { cuts.append((i, a + 1)) }
        }
        for (i, b) in cuts {
            let (_, z) = seedSpan(i)!
            mentions[i] = mention(b, z + 1, type: .person, evidence: mentionEvidence(i))
        }
    }

    /// "АЛМАТЫ, 5 декабря. /Интерфакс-Казахстан/ –": a known body, a hyphen and a capitalized word, all glued, between
    /// slashes or parentheses (an agency's credit) are one body, the agency's branch.
    mutating func s44bRussianAgencyBranches() {
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known != nil {
            guard let (a, z) = seedSpan(i), a == z, a >= 1, z + 3 < tokenCount, mentions[i].start == tokens[a].start, mentions[i].end == tokens[a].end,
                  keyIs(a - 1, "/") || keyIs(a - 1, "("), keyIs(z + 1, "-"), !tokens[z + 1].spaceBefore, !tokens[z + 2].spaceBefore,
                  tokens[z + 2].kind == .word, tokens[z + 2].capitalized, keyIs(z + 3, "/") || keyIs(z + 3, ")") else { continue }
            changes.append((i, mention(a, z + 3, type: .organization, evidence: .cue)))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        let spans = changes.map { ($0.1.start, $0.1.end) }
        mentions.removeAll { m in m.type != .organization && spans.contains { m.start >= $0.0 && m.end <= $0.1 } }
    }

    static let s44bRuCouncils = h18Keys(["маслихат", "маслихата", "маслихату", "маслихатом", "маслихате", "акимат", "акимата", "акимату",
        "акиматом", "акимате"])

    /// "Депутаты маслихата Алматы", "акимат Шымкента": a Kazakh city's council (маслихат) or administration (акимат), its
    /// lowercase noun (or capitalized at a sentence's start) and the place after it (one word read as a place) are a body.
    mutating func s44bRussianLocalCouncils() {
        guard articleHas(Self.s44bRuCouncils) else { return }
        var found: [(Int, Int)] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic, !tokens[k].capitalized || tokens[k].sentenceStart,
                  Self.s44bRuCouncils.contains(tokens[k]), tokens[k + 1].kind == .word, tokens[k + 1].script == .cyrillic, tokens[k + 1].capitalized,
                  !h14RussianAdjective(k + 1), k + 2 >= tokenCount || !(tokens[k + 2].kind == .word && tokens[k + 2].capitalized) else { continue }
            let (s, e) = (tokens[k + 1].start, tokens[k + 1].end)
            guard anyMention(where: { $0.type == .place && $0.start == s && $0.end == e }) else { continue }
            found.append((k, k + 2))
            k += 1
        }
        guard !found.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e) in found {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end) }) { continue }
            for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= end { drop.insert(i) }
            added.append(mention(a, e, type: .organization, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// "Đại kiện tướng Nguyễn Ngọc Trường Sơn", "ông Phùng Quang Trường": a name of two to four capitalized syllables read as
    /// a body, whose first syllable is a Vietnamese family name and a later one "Trường" (a school's noun, here a given
    /// name), is a person (no capitalized word right before it).
    mutating func s44bVietnameseTruongPersons() {
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type == .organization {
            guard let (a, z) = seedSpan(i), z - a >= 1, z - a <= 3, mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end,
                  Self.l29cVietnameseSurnames.contains(tokens[a]), ((a + 1)...z).contains(where: { keyIs($0, "truong") }),
                  a == 0 || tokens[a - 1].kind != .word || !isCap(a - 1),
                  (a...z).allSatisfy({ tokens[$0].kind == .word && tokens[$0].capitalized && !tokens[$0].allCaps }) else { continue }
            mentions[i].type = .person
            mentions[i].placeContext = false
        }
        // "kỳ thủ Phạm Trường An xếp thứ ba": a body read from "Trường" right after a family name (and a middle syllable)
        // is the person's given name: the family name and the capitalized syllables are a person.
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type == .organization {
            guard let (a, z) = seedSpan(i), a >= 1, keyIs(a, "truong"), mentions[i].start == tokens[a].start, tokens[a].capitalized,
                  a + 1 <= z, tokens[a + 1].kind == .word, tokens[a + 1].capitalized, !tokens[a + 1].allCaps,
                  !Self.s44bViSchoolWords.contains(tokens[a + 1]) else { continue }
            var b = a - 1
            if b >= 1, !Self.l29cVietnameseSurnames.contains(tokens[b]), tokens[b].kind == .word, tokens[b].capitalized, !tokens[b].allCaps,
               Self.l29cVietnameseSurnames.contains(tokens[b - 1]) { b -= 1 }
            guard Self.l29cVietnameseSurnames.contains(tokens[b]), tokens[b].capitalized, !tokens[b].allCaps, tokens[a].spaceBefore,
                  b == 0 || tokens[b - 1].kind != .word || !isCap(b - 1) else { continue }
            var e = a + 1
            while e <= z, e - a <= 2, tokens[e].kind == .word, tokens[e].capitalized, !tokens[e].allCaps { e += 1 }
            let s = tokens[b].start
            if anyMention(where: { $0.start < tokens[a].start && $0.end > s && ($0.known != nil || $0.start < s) }) { continue }
            changes.append((i, mention(b, e, type: .person, evidence: .cue)))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        let spans = changes.map { ($0.1.start, $0.1.end) }
        mentions.removeAll { m in m.type != .country && m.known == nil && m.type != .person && spans.contains { m.start >= $0.0 && m.end <= $0.1 } }
    }

    /// Words after "Trường" that make it a school ("Trường Đại học", "Trường Tiểu học", "Trường Mầm non", "Trường Phổ thông").
    static let s44bViSchoolWords = h18Keys(["đại", "tiểu", "mầm", "phổ", "trung", "cao", "thpt", "thcs"])

    // MARK: - Chinese

    /// Verbs and prepositions that open a clause before a name (随着 along with, 协助 to help, 包括 including …).
    static let s44bHanLeadVerbs: [[Unicode.Scalar]] = l28Words(["随着", "协助", "包括", "通过", "根据", "按照", "经过", "对于", "由于",
                                                               "除了", "参观", "前往", "来自", "位于", "帮助", "支持"])
    static let s44bHanLeadVerbFirsts = HanCharSet("随协包通根按经对由除参前来位帮支")
    static let s44bHanYou = hanCode("有")
    /// Characters before 有 that make it a verb ("已有", "还有", "共有").
    static let s44bHanBeforeYou = HanCharSet("已还共都也没只仍另")

    /// "随着乌尔根奇国际机场新航站楼", "将协助新医院", "已有华夏电影发行有限责任公司": a body or a place read from a verb or
    /// preposition opening a clause (随着, 协助, 包括 …), or from the 有 of 已有 (还有, 共有 …), starts after it (three
    /// characters at least left).
    mutating func s44bHanLeadingVerbs() {
        guard hanArticleHasAny("随协包通根按经对由除参前来位帮支有") else { return }
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .organization || mentions[i].type == .place) {
            let (start, end) = (mentionStart(i), mentionEnd(i))
            guard end - start >= 4, let ti = tokenIndex(containing: start), tokens[ti].script == .han, tokens[ti].end >= end, let codes = l28Run(ti) else { continue }
            let s = start - tokens[ti].start, e = end - tokens[ti].start
            guard s >= 0, e <= codes.count else { continue }
            var cut = 0
            let c0 = Self.hanCode(codes[s])
            if Self.s44bHanLeadVerbFirsts.contains(c0), let w = Self.s44bHanLeadVerbs.first(where: { Self.l28At(codes, s, $0) }), e - s - w.count >= 3 {
                cut = w.count
            } else if c0 == Self.s44bHanYou, s >= 1, Self.s44bHanBeforeYou.contains(Self.hanCode(codes[s - 1])), e - s - 1 >= 4 {
                cut = 1
            }
            guard cut > 0 else { continue }
            let name = hanText(codes, s + cut, e - s - cut)
            mentions[i] = Mention(surface: name, start: start + cut, end: end, type: mentions[i].type, evidence: mentionEvidence(i), words: [name],
                                  placeContext: mentions[i].type == .place)
        }
    }

    /// Monuments' nouns after a transliterated name (a madrasa, a mosque, a minaret, a church, a mausoleum, a palace).
    static let s44bHanMonumentEnds: [[Unicode.Scalar]] = l28Words(["经学院", "清真寺", "宣礼塔", "大教堂", "教堂", "修道院", "陵墓",
                                                                  "宫殿", "城堡", "纪念碑"])

    /// Honorifics written after a transliterated name inside a monument's name (汗 khan, 王 king, 伯 bey).
    static let s44bHanHonorifics = HanCharSet("汗王伯")

    /// "修复了穆罕默德·阿敏汗经学院外立面", "哈桑·穆拉德库什贝吉清真寺": a dotted name read as a person whose run goes on
    /// (after at most two more transliteration characters, "汗") with a monument's noun is that monument, a place.
    mutating func s44bHanDottedMonuments() {
        guard articleHas(Self.l26MiddleDotKeys), hanArticleHasAny("寺院塔堂墓殿堡碑") else { return }
        let dots = Self.l26MiddleDots
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let k = l28TokenAt(mentions[i].end - 1), tokens[k].script == .han, k >= 2, tokens[k - 1].kind == .punct,
                  dots.contains(tokens[k - 1].text), mentions[i].start < tokens[k - 1].start, mentions[i].end < tokens[k].end,
                  let right = l28Run(k) else { continue }
            let p = mentions[i].end - tokens[k].start
            var q = p
            var word: [Unicode.Scalar]? = nil
            while q < right.count, q - p <= 2 {
                if let w = Self.s44bHanMonumentEnds.first(where: { Self.l28At(right, q, $0) }) { word = w; break }
                guard Self.hanTransliterationSet.contains(Self.hanCode(right[q])) || Self.s44bHanHonorifics.contains(Self.hanCode(right[q])) else { break }
                q += 1
            }
            guard let w = word else { continue }
            let end = tokens[k].start + q + w.count
            if anyMention(where: { $0.start < end && $0.end > mentions[i].end && $0.type != .country }) { continue }
            let text = mentions[i].surface + hanText(right, p, q + w.count - p)
            changes.append((i, Mention(surface: text, start: mentions[i].start, end: end, type: .place, evidence: .cue, words: [text],
                                       placeContext: true)))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        let spans = changes.map { ($0.1.start, $0.1.end) }
        mentions.removeAll { m in m.type == .person && m.known == nil && spans.contains { m.start >= $0.0 && m.end <= $0.1 && m.end - m.start < $0.1 - $0.0 } }
    }

    /// Occupations of film, stage, music and letters named right before a person (演员 an actor, 编剧 a screenwriter …).
    static let s44bHanArtsTitles: [[Unicode.Scalar]] = l28Words(["女演员", "男演员", "演员", "编剧", "制片人", "导演", "歌手", "作家", "画家",
                                                                "主持人", "作曲家", "摄影师", "舞蹈家", "音乐家", "指挥家", "剧作家", "诗人"])
    static let s44bHanArtsTitleFirsts = HanCharSet("女男演编制导歌作画主摄舞音指剧诗")
    /// Conjunctions that end a listed name when more follows them (以及, 及, 和, 与).
    static let s44bHanListJoins: [[Unicode.Scalar]] = l28Words(["以及", "及", "和", "与"])
    static let s44bHanNameStops = HanCharSet("的了在是将被把从向对为也就还而并至到往于这那说称表")
    /// Characters that open no name after an occupation (particles, prepositions, verbs of saying).
    static let s44bHanNameOpenStops = HanCharSet("的了在将被把从向对为也就还而并至到往于这那说称表与和及等个各全本该此多两几年月日执")
    /// Last characters of a body, an award or a group, no name's ("作家协会", "歌手大赛", "演员们").
    static let s44bHanNotNameEnds = HanCharSet("会协院团部局奖节社厅馆队组村园展们赛班界圈")

    /// "韩国演员全度妍、", "日本导演是枝裕和、", "中国香港演员梁咏琪以及中国编剧谢梓涵。": an occupation of the arts and the
    /// two to four characters after it, up to the end of the run (a list mark, a stop) or to a conjunction that more
    /// follows, are a person when the name's first character is a family name (no stop character in the rest) or when a
    /// country (or place) is read right before the occupation (a jury's list: "<country><occupation><name>").
    mutating func s44bHanArtsOccupations() {
        guard hanArticleHasAny("演剧制导歌作画主摄舞音指诗") else { return }
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            var p = 0
            while p + 3 < sc.count {
                defer { p += 1 }
                guard Self.s44bHanArtsTitleFirsts.contains(Self.hanCode(sc[p])),
                      let t = Self.s44bHanArtsTitles.first(where: { Self.l28At(sc, p, $0) }) else { continue }
                let a = p + t.count
                var e = sc.count
                for c in (a + 2)..<min(sc.count, a + 5) where Self.s44bHanListJoins.contains(where: { Self.l28At(sc, c, $0) && c + $0.count < sc.count }) {
                    e = c
                    break
                }
                guard e - a >= 2, e - a <= 4 else { continue }
                // (A dotted name goes on after the run: "女演员披拉雅·春通" is read whole elsewhere.)
                if e == sc.count, k + 1 < tokenCount, tokens[k + 1].kind == .punct, Self.l26MiddleDots.contains(tokens[k + 1].text) { continue }
                let titleStart = tokens[k].start + p
                let afterCountry = anyMention(where: { ($0.type == .country || $0.type == .place) && $0.end == titleStart })
                let surnamed = Self.hanSurnameSet.contains(Self.hanCode(sc[a])) && !((a + 1)..<e).contains { Self.s44bHanNameStops.contains(Self.hanCode(sc[$0])) }
                // (After a country alone, a name of three characters at least that no particle opens: "导演执导", "导演的短片" are
                // none; 是 may open a Japanese name, "是枝".)
                guard surnamed || afterCountry && e - a >= 3 && !Self.s44bHanNameOpenStops.contains(Self.hanCode(sc[a])), !Self.s44bHanNameStops.contains(Self.hanCode(sc[e - 1])),
                      !Self.s44bHanNotNameEnds.contains(Self.hanCode(sc[e - 1])) else { continue }
                found.append((k, sc, a, e))
                p = e - 1
            }
        }
        for (k, sc, a, e) in found { _ = l30HanAddIfFree(k, sc, a, e, .person) }
    }
}
