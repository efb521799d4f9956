import Foundation

/// Session 46's general rules for Vietnamese, Russian and Chinese (causes found in holdout69's vi, ru and zh errors,
/// fixed for any article that has them):
/// - Chinese (zh only: Japanese shares the characters, not the words): a mountain's flank ("贺兰山东麓", "天山北麓") is
///   one place, not the province 山东 or 山西 inside it; a name before a landform's noun ("库布其沙漠", "毛乌素沙地",
///   "卡富埃平原", "赞比西河") is a place, the noun included; a transliterated name right after a country's ("赞比亚恩多拉",
///   "马拉维布兰太尔基地") is a place; transliterated names listed after a place and 的 ("西方省的芒古、卡拉博和塞南加",
///   across the list mark's own token) are places; "该国西方省" is 西方省, not "国西方省";
/// - Russian: a capitalized name after a landform's noun ("хребта Хан-Хухий", "гор Хангая") or a quoted one after a
///   park's or a reserve's ("национального парка «Сайлюгемский»") is a place; an institution's name of adjectives and
///   a head noun goes on over lowercase genitive words to "Республики X" or "имени X" ("Национального академического
///   Большого театра оперы и балета Республики Беларусь", "театра оперы и балета имени Спендиарова"); a quoted name
///   after a body's class noun ("театра «Астана Опера»") is a body; roles in a cast ("Партию Спартака", "Фригии –
///   Анастасия …", "в партии Куртизанки") and a work's quoted title ("балета «Спартак»") are no body; an adjective read
///   as a surname before a head noun ("Катон-Карагайского парка") is the place or body;
/// - Vietnamese: a body's name cut after the first syllable of a two-syllable word ("Quốc" of "Quốc tế", "Quân" of
///   "Quân đội") goes on over the second, and over the capitalized words after it; a capitalized name after a lowercase
///   class noun of firms ("tập đoàn Vodacom", "nhà mạng nhà nước Tmcel", "quỹ ngoại Mekong Capital") or listed after one
///   and "như" ("các doanh nghiệp như Minh Phú và Vĩnh Hoàn") is a body; words in parentheses after listed countries
///   ("Campuchia (Metfone), Lào (Unitel)") are firms; "Đại học" + a person's name is one body; a body goes on over
///   lowercase words to a country before an abbreviation ("Cơ quan quản lý viễn thông Mozambique (INCM)"). (Folded keys
///   lose the tones, "quý"/"quỹ", "hạng"/"hãng": the trigger words are checked as written.)
/// `refineS46b` runs after `refineS45b` (and `refineS46a`). Cost: each rule is gated on the article's language and on a
/// trigger (a Han character present in the article, a noun's key in the article's key set, "("); the Han walks read
/// each run's scalars once (cached) and test characters by bit sets; the Russian and Vietnamese walks test a token's
/// kind, case and key bytes first, and build strings only for the few candidates that pass (a two-word key, the NFC
/// text of a trigger word) and for the surfaces they keep.
extension NameFinder {
    mutating func refineS46b() {
        guard tokens.count > 1 else { return }
        // (Chinese only: Japanese text shares the characters, not these words: "米" there is the United States.)
        if hasHan, language == "zh" {
            s46bHanMountainFlanks()
            s46bHanLandforms()
            s46bHanAfterCountry()
            s46bHanListedAfterPlace()
            s46bHanThisCountryPrefix()
        }
        if lang.ru {
            s46bRussianLandformNames()
            s46bRussianInstitutionTails()
            s46bRussianQuotedBodies()
            s46bRussianRolesAndWorks()
            s46bRussianAdjectiveSurnamesBeforeHeads()
        }
        if lang.vi {
            s46bVietnameseSecondSyllable()
            s46bVietnameseFirmsAfterClassNouns()
            s46bVietnameseBrandsAfterCountries()
            s46bVietnameseInstitutionsNamedAfterPersons()
            s46bVietnameseBodyUpToCountryAndAbbreviation()
        }
    }

    // MARK: - Chinese

    static let s46bHanShan = hanCode("山")
    static let s46bHanLu = hanCode("麓")
    static let s46bHanDirections = HanCharSet("东西南北")
    static let s46bHanBu = hanCode("部")
    static let s46bHanZhong = hanCode("中")

    /// Drops the places and untyped mentions (not countries, bodies or persons) inside characters `a..<b` of run `k`
    /// and adds a place there, unless a mention reaches out of that span or a person or body lies inside it.
    mutating func s46bHanPlaceOver(_ k: Int, _ sc: [Unicode.Scalar], _ a: Int, _ b: Int, allowCountry: Bool = false) -> Bool {
        let (s, e) = (tokens[k].start + a, tokens[k].start + b)
        if anyMention(where: { $0.type == .place && $0.start == s && $0.end == e }) { return false }
        if anyMention(where: { $0.start < e && $0.end > s && ($0.start < s || $0.end > e || $0.type == .person || $0.type == .organization
                                                              || $0.type == .country && !allowCountry) }) { return false }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= e { drop.insert(i) }
        replaceMentions(removing: drop, adding: [l28Mention(k, sc, a, b, .place)])
        return true
    }

    /// The start of a name that ends before character `p` of run `k`: back over at most `most` characters to a stop
    /// character, to the end of a place's or a country's name, or to the run's start.
    func s46bHanNameStart(_ k: Int, _ sc: [Unicode.Scalar], _ p: Int, most: Int) -> Int {
        var a = p
        let ends = l28MentionsIn(k).filter { (mentions[$0.n].type == .place || mentions[$0.n].type == .country) && $0.b < p }.map { $0.b }
        while a > 0, p - a < most, !Self.l30HanNameStops.contains(Self.hanCode(sc[a - 1])), !ends.contains(a) { a -= 1 }
        return a
    }

    /// "宁夏贺兰山东麓", "新疆天山北麓": a mountain's name (one to three characters after a stop, a place or the run's start),
    /// 山 and a flank (东麓, 西麓, 南麓, 北麓) are one place; the province 山东 or 山西 read inside it gives way.
    mutating func s46bHanMountainFlanks() {
        guard hanArticleHasAny("麓") else { return }
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            for p in 1..<(sc.count - 2) where Self.hanCode(sc[p + 2]) == Self.s46bHanLu && Self.hanCode(sc[p]) == Self.s46bHanShan
                && Self.s46bHanDirections.contains(Self.hanCode(sc[p + 1])) {
                // (The start from the mentions before the province inside: drop it first from the boundaries.)
                var a = p
                let ends = l28MentionsIn(k).filter { (mentions[$0.n].type == .place || mentions[$0.n].type == .country) && $0.b < p }.map { $0.b }
                while a > 0, p - a < 3, !Self.l30HanNameStops.contains(Self.hanCode(sc[a - 1])), !ends.contains(a) { a -= 1 }
                // (A third character is the name's only after a boundary: "宁夏贺兰山" is 贺兰山 even when 宁夏 was not read.)
                if p - a == 3, a > 0, !Self.l30HanNameStops.contains(Self.hanCode(sc[a - 1])), !ends.contains(a) { a += 1 }
                guard a < p else { continue }
                // (A place read from inside the flank on, "麓葡萄酒产业园区", is a misreading: dropped.)
                let (fs, fe) = (tokens[k].start + a, tokens[k].start + p + 3)
                mentions.removeAll { $0.type == .place && $0.known == nil && $0.start > fs && $0.start < fe && $0.end > fe }
                found.append((k, sc, a, p + 3))
            }
        }
        for (k, sc, a, b) in found.reversed() { _ = s46bHanPlaceOver(k, sc, a, b, allowCountry: false) }
    }

    /// Landforms' nouns: two characters (a name of two to four before them) and one (a name of three to five).
    static let s46bHanLandforms2: [[Unicode.Scalar]] = l28Words(["沙漠", "沙地", "平原", "高原", "盆地", "草原", "山脉", "峡谷", "湿地", "三角洲",
        "半岛", "盐场", "盐田"])   // (S48b: a peninsula and salt works, "贾夫纳半岛", "科林达盐场")
    static let s46bHanLandforms1: [[Unicode.Scalar]] = l28Words(["河", "湖", "江"])
    static let s46bHanLandformFirsts = HanCharSet("沙平高盆草山峡湿三河湖江半盐")
    /// Characters after a landform's noun that make it another word ("沙漠化", "河流", "湖泊", "江南", "草原上" stays).
    static let s46bHanLandformNotAfter = HanCharSet("化流泊南北畔岸道水口边区段域镇乡村县市省州")
    /// The same after a noun of two characters: its edge or shore ("沙漠边上", "半岛岸边") leaves it a place (S48b).
    static let s46bHanLandform2NotAfter = HanCharSet("化流泊南北道水口区段域镇乡村县市省州")

    /// "地处库布其沙漠与毛乌素沙地之间", "在卡富埃平原", "向赞比西河沿岸扩散": a name before a landform's noun is a place, the
    /// noun included. The name runs back to a stop character, a place or the run's start (four characters at most; a
    /// fourth that no transliteration holds is dropped: "处库布其"); it holds a transliteration's character, and at most
    /// two others (one in a name of two; a single-character noun, 河, 湖 or 江, needs a name of three or more and one
    /// other at most).
    mutating func s46bHanLandforms() {
        guard hanArticleHasAny("漠地原盆脉谷河湖江洲岛场田") else { return }
        let table = Self.hanTransliterationSet
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 3) else { continue }
            var p = 2
            while p < sc.count {
                defer { p += 1 }
                guard Self.s46bHanLandformFirsts.contains(Self.hanCode(sc[p])) else { continue }
                let w: [Unicode.Scalar]
                if let w2 = Self.s46bHanLandforms2.first(where: { Self.l28At(sc, p, $0) }) { w = w2 }
                else if let w1 = Self.s46bHanLandforms1.first(where: { Self.l28At(sc, p, $0) }) { w = w1 }
                else { continue }
                let b = p + w.count
                if b < sc.count, (w.count == 1 ? Self.s46bHanLandformNotAfter : Self.s46bHanLandform2NotAfter).contains(Self.hanCode(sc[b])) { continue }
                // (Five characters for a noun of two as well since session 48: "在马哈莱瓦亚盐场"; "地处库布其沙漠" is still cut
                // by the rule below.)
                var a = s46bHanNameStart(k, sc, p, most: 5)
                // (Not at a boundary, "利用米瓦坦湖", "地处库布其沙漠", "山区曼塔罗河": the longest end of it of four characters
                // at most that opens with a transliteration's character and holds one other at most.)
                let bounded = a == 0 || Self.l30HanNameStops.contains(Self.hanCode(sc[a - 1])) || p - a < 5
                if !bounded {
                    var best = -1, out = 0
                    var b = p
                    while b > a, p - b < 4 {
                        b -= 1
                        if !table.contains(Self.hanCode(sc[b])) { out += 1 }
                        if out > 1 { break }
                        if table.contains(Self.hanCode(sc[b])) { best = b }
                    }
                    guard best >= 0 else { continue }
                    a = best
                }
                // (A direction's "北部" before the name, "北部贾夫纳半岛", is no part of it: session 48.)
                if p - a >= 4, Self.hanCode(sc[a + 1]) == Self.s46bHanBu, Self.s46bHanDirections.contains(Self.hanCode(sc[a])) || Self.hanCode(sc[a]) == Self.s46bHanZhong { a += 2 }
                let n = p - a
                let outside = (a..<p).filter { !table.contains(Self.hanCode(sc[$0])) }.count
                if w.count == 1 {
                    // (One character outside the tables, only the first and at a boundary: "向赞比西河"; else the longest
                    // end of the name all in them, three characters or more: "利用米瓦坦湖" is 米瓦坦湖, "实施骆马湖" none.)
                    let firstOnly = outside == 1 && !table.contains(Self.hanCode(sc[a])) && bounded
                    if n < 3 || outside > 0 && !firstOnly {
                        var b = p
                        while b > a, table.contains(Self.hanCode(sc[b - 1])) { b -= 1 }
                        guard p - b >= 3 else { continue }
                        a = b
                    }
                } else {
                    guard n >= 2, outside < n, outside <= (n == 2 ? 1 : 2) else { continue }
                }
                found.append((k, sc, a, b))
                p = b - 1
            }
        }
        for (k, sc, a, b) in found.reversed() { _ = s46bHanPlaceOver(k, sc, a, b) }
    }

    /// Characters that open no place's name after a country's ("中国人民", "美国总统", "赞比亚政府", "法国南部").
    static let s46bHanAfterCountryNotFirst = HanCharSet("人政总外代大国首军南北东西中新全各驻援境内方队籍队货")
    /// Nouns a town's name may be followed by ("…布兰太尔基地", "…附近").
    static let s46bHanAfterCountryNouns: [[Unicode.Scalar]] = l28Words(["基地", "附近", "地区", "一带", "市郊", "郊区"])

    /// "总部位于赞比亚恩多拉，", "从马拉维布兰太尔基地飞抵": two to five characters of transliteration right after a
    /// country's name, up to a stop character, the run's end or a noun of a site ("基地", "附近"), are a place.
    mutating func s46bHanAfterCountry() {
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            let inRun = l28MentionsIn(k)
            for (n, _, mb) in inRun where mentions[n].type == .country && mb + 2 <= sc.count {
                guard !Self.s46bHanAfterCountryNotFirst.contains(Self.hanCode(sc[mb])) else { continue }
                let site = { (e: Int) -> Bool in Self.s46bHanAfterCountryNouns.contains(where: { Self.l28At(sc, e, $0) }) }
                if let e = s46bHanTownEnd(sc, mb, ends: { e in e == sc.count || Self.l30HanNameStops.contains(Self.hanCode(sc[e])) || site(e) }) {
                    // (Every character a transliteration's, unless a site's noun follows: "中国加强", "中方希望" are words.)
                    let outside = (mb..<e).contains { !Self.hanTransliterationSet.contains(Self.hanCode(sc[$0])) }
                    // (A name that a dash joins to the next, "哈萨克斯坦阿里—法拉比…", is part of a longer one.)
                    let dashed = e == sc.count && k + 1 < tokenCount && Self.hanForumDashes.contains(tokens[k + 1])
                    if !outside || site(e), !dashed { found.append((k, sc, mb, e)) }
                }
            }
        }
        for (k, sc, a, b) in found.reversed() { _ = l30HanAddIfFree(k, sc, a, b, .place) }
    }

    /// The end of a transliterated town's name of two to five characters from character `a` (one character at most
    /// outside the transliteration tables, no stop character) where `ends` holds: the shortest such name.
    func s46bHanTownEnd(_ sc: [Unicode.Scalar], _ a: Int, ends: (Int) -> Bool) -> Int? {
        let table = Self.hanTransliterationSet
        var outside = 0
        var e = a
        while e < sc.count, e - a < 5 {
            let c = Self.hanCode(sc[e])
            if !table.contains(c) {
                if Self.l30HanNameStops.contains(c) { return nil }
                outside += 1
                if outside > 1 { return nil }
            }
            e += 1
            if e - a >= 2, ends(e), outside < e - a { return e }
        }
        return nil
    }

    static let s46bHanDe = hanCode("的")
    static let s46bHanListJoins = HanCharSet("、和及与")
    static let s46bHanListEnds = HanCharSet("等，。；")

    /// "西方省的芒古、卡拉博和塞南加": names of two to five transliteration characters listed after a place's name and 的
    /// (joined by 、, 和, 及 or 与, up to 等, a comma or the run's end) are places; every item must be such a name.
    mutating func s46bHanListedAfterPlace() {
        var found: [[(Int, [Unicode.Scalar], Int, Int)]] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc0 = l28Run(k, atLeast: 5) else { continue }
            for (n, _, mb) in l28MentionsIn(k) where mentions[n].type == .place && mb + 3 <= sc0.count && Self.hanCode(sc0[mb]) == Self.s46bHanDe {
                var items: [(Int, [Unicode.Scalar], Int, Int)] = []
                var (t, sc, p) = (k, sc0, mb + 1)
                var ok = true
                while p < sc.count {
                    let run = sc
                    guard let e = s46bHanTownEnd(run, p, ends: { e in e == run.count || Self.s46bHanListEnds.contains(Self.hanCode(run[e]))
                        || Self.s46bHanListJoins.contains(Self.hanCode(run[e])) }) else { ok = false; break }
                    items.append((t, sc, p, e))
                    if e < sc.count {
                        if Self.s46bHanListEnds.contains(Self.hanCode(sc[e])) { break }
                        p = e + 1
                        continue
                    }
                    // (The list mark 、 is a token of its own: the list goes on in the run after it.)
                    guard t + 2 < tokenCount, tokens[t + 1].kind == .punct, keyIs(t + 1, "、"), let next = l28Run(t + 2, atLeast: 2) else { break }
                    (t, sc, p) = (t + 2, next, 0)
                }
                // (A list: two items at least; a single name is left to the other rules.)
                guard ok, items.count >= 2 else { continue }
                found.append(items)
            }
        }
        for items in found.reversed() {
            for (k, sc, a, b) in items.reversed() {
                // (Untyped readings over an item, "卡拉博和塞南加", give way; a typed one keeps its item.)
                let (ls, le) = (tokens[k].start + a, tokens[k].start + b)
                mentions.removeAll { $0.type == nil && $0.known == nil && $0.start < le && $0.end > ls && $0.start >= tokens[k].start && $0.end <= tokens[k].end }
                _ = l30HanAddIfFree(k, sc, a, b, .place)
            }
        }
    }

    static let s46bHanGuo = hanCode("国")
    static let s46bHanThisFirsts = HanCharSet("该本我两各全此")

    /// "该国西方省": a place read from 国 after 该, 本, 我 … ("this country") is the rest of it.
    mutating func s46bHanThisCountryPrefix() {
        guard hanArticleHasAny("国") else { return }
        var changes: [(Int, Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            for (n, ma, mb) in l28MentionsIn(k) where mentions[n].type == .place && mentions[n].known == nil && ma >= 1 && mb - ma >= 3 {
                guard Self.hanCode(sc[ma]) == Self.s46bHanGuo, Self.s46bHanThisFirsts.contains(Self.hanCode(sc[ma - 1])) else { continue }
                changes.append((n, k, sc, ma + 1, mb))
            }
        }
        for (n, k, sc, a, b) in changes { l28Recut(n, k, sc, a, b) }
    }

    // MARK: - Russian

    /// Lowercase nouns of landforms a name follows ("хребта Хан-Хухий", "гор Хангая", "массива Таван-Богд").
    static let s46bRuLandforms = h18Keys(["хребет", "хребта", "хребту", "хребтом", "хребте", "хребты", "хребтов", "гора", "горы", "горе", "гору",
        "горой", "гор", "горах", "горам", "горами", "массив", "массива", "массиве", "массивом", "нагорье", "нагорья", "нагорье",
        "вулкан", "вулкана", "вулкане", "вулканом", "перевал", "перевала", "перевале", "пик", "пика", "пике", "плато", "пустыня",
        "пустыни", "пустыне", "пустыню", "пустыней", "долина", "долины", "долине", "долину", "ледник", "ледника", "леднике",
        // (Session 47: lakes and reservoirs, "на берегу озера Айдаркуль", "водохранилища Чарвак".)
        "озеро", "озера", "озере", "озеру", "озером", "водохранилище", "водохранилища", "водохранилище", "водохранилищу", "водохранилищем"])
    /// Nouns of parks and reserves a quoted name follows.
    static let s46bRuParks = h18Keys(["парк", "парка", "парке", "парку", "парком", "заповедник", "заповедника", "заповеднике", "заповеднику",
        "заповедником", "заказник", "заказника", "заказнике"])

    /// "от хребта Хан-Хухий до гор Хангая": one to three capitalized words after a lowercase landform's noun are a place
    /// (they replace a person's or a body's reading of them); "в национальном парке «Алтай Таван Богд»", "парка
    /// «Сайлюгемский»": a quoted name of one to four words after a park's or a reserve's noun is a place.
    mutating func s46bRussianLandformNames() {
        let land = articleHas(Self.s46bRuLandforms), parks = articleHas(Self.s46bRuParks)
        guard land || parks else { return }
        var found: [(Int, Int)] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic, !tokens[k].capitalized else { continue }
            if land, Self.s46bRuLandforms.contains(tokens[k]) {
                var e = k + 1
                while e < tokenCount, e - k <= 5, tokens[e].kind == .word, tokens[e].script == .cyrillic, tokens[e].capitalized, !tokens[e].allCaps,
                      e == k + 1 || tokens[e].spaceBefore || keyIs(e - 1, "-") {
                    e += 1
                    if e + 1 < tokenCount, keyIs(e, "-"), !tokens[e].spaceBefore, !tokens[e + 1].spaceBefore, isCap(e + 1) { e += 1 }
                }
                guard e > k + 1, e - (k + 1) <= 5, tokens[k + 1].spaceBefore else { continue }
                found.append((k + 1, e))
                k = e - 1
            } else if parks, Self.s46bRuParks.contains(tokens[k]), k + 3 < tokenCount, Self.geo42Quotes.contains(tokens[k + 1]) {
                var e = k + 2
                while e < tokenCount, e - (k + 2) < 5, tokens[e].kind == .word, tokens[e].script == .cyrillic || tokens[e].script == .latin { e += 1 }
                guard e > k + 2, e - (k + 2) <= 4, e < tokenCount, Self.geo42CloseQuotes.contains(tokens[e]), isCap(k + 2) else { continue }
                found.append((k + 2, e))
                k = e
            }
        }
        guard !found.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e) in found {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .place && $0.start == s && $0.end == end }) { continue }
            // (A country's name there, "гор Армении", stays the country; a longer name around it is left.)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.type == .country || $0.start < s || $0.end > end) }) { continue }
            for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= end { drop.insert(i) }
            var m = mention(a, e, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    static let s46bRuTails = h18Keys(["имени", "им", "республики", "федерации", "королевства"])
    static let s46bRuAnd = h18Keys(["и"])

    /// "на сцене Национального академического Большого театра оперы и балета Республики Беларусь", "из Национального
    /// академического театра оперы и балета имени Спендиарова", "Президентского оркестра Республики Беларусь": a
    /// capitalized adjective, more adjectives (three at most), an institution's lowercase head noun, up to four lowercase
    /// genitive words (and "и") and "Республики"/"имени" with one to three capitalized words are one body; the shorter
    /// readings inside it give way.
    mutating func s46bRussianInstitutionTails() {
        guard articleHas(Self.s46bRuTails) else { return }
        // The nearest tail word at or after each token: a head needs one within five words after it, and "им" ("them")
        // makes the article's gate pass in most Russian text, so the heads' prefix tests ran on every lowercase word.
        var nextTail = [Int](repeating: Int.max, count: tokenCount + 1)
        var t = Int.max
        for k in stride(from: tokenCount - 1, through: 0, by: -1) {
            if tokens[k].kind == .word, Self.s46bRuTails.contains(tokens[k]) { t = k }
            nextTail[k] = t
        }
        var found: [(Int, Int)] = []
        var j = 1
        while j + 2 < tokenCount {
            defer { j += 1 }
            guard nextTail[j + 1] != Int.max, nextTail[j + 1] - j <= 5,
                  tokens[j].kind == .word, tokens[j].script == .cyrillic, !tokens[j].capitalized,
                  Self.s45bRuBodyHeads.contains(where: { keyStarts(j, $0) }), PlainText.count(tokens[j].key) <= Self.s45bHeadLength(tokens[j].key) else { continue }
            // Left: adjectives back to a capitalized one (the name's first word).
            var a = j
            var b = j - 1
            while b >= 0, j - b <= 4, tokens[b].kind == .word, h14RussianAdjective(b), tokens[b + 1].spaceBefore {
                if tokens[b].capitalized { a = b }
                b -= 1
            }
            guard a < j, !tokens[a].sentenceStart || a + 1 < j else { continue }
            // Right: lowercase genitive words, then the tail.
            var r = j + 1
            while r < tokenCount, r - j <= 5, tokens[r].kind == .word, tokens[r].script == .cyrillic, !tokens[r].capitalized, !Self.s46bRuTails.contains(tokens[r]),
                  Self.s46bRuAnd.contains(tokens[r]) || s46bRussianGenitiveLooking(r) { r += 1 }
            guard r < tokenCount, r - j <= 5, tokens[r].kind == .word, Self.s46bRuTails.contains(tokens[r]), !Self.s46bRuAnd.contains(tokens[r - 1]) else { continue }
            let named = keyIs(r, "имени") || keyIs(r, "им")
            if !named, !tokens[r].capitalized { continue }
            var e = r + 1
            if e < tokenCount, keyIs(e, "."), keyIs(r, "им") { e += 1 }
            let first = e
            while e < tokenCount, e - first < 6, isCap(e) || keyIs(e, ".") && e > first && PlainText.count(tokens[e - 1].key) == 1 || keyIs(e, "-") && isCap(e + 1) && !tokens[e].spaceBefore {
                e += 1
            }
            guard e > first, isCap(e - 1) else { continue }
            found.append((a, e))
            j = e - 1
        }
        guard !found.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e) in found {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == end }) { continue }
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end) && $0.type != .country }) { continue }
            for i in mentions.indices where mentions[i].type != .country && mentions[i].start >= s && mentions[i].end <= end { drop.insert(i) }
            added.append(mention(a, e, type: .organization, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// A lowercase word ending as a genitive noun or adjective does ("оперы", "балета", "народного", "искусств").
    func s46bRussianGenitiveLooking(_ k: Int) -> Bool {
        let key = tokens[k].key
        for e in ["а", "я", "ы", "и", "ов", "ев", "ей", "ого", "его", "ых", "их", "ой", "ств"] where PlainText.hasSuffix(key, e) { return true }
        return false
    }

    // MARK: - Vietnamese

    /// Two-syllable words whose second syllable a body's name keeps lowercase ("Quốc tế", "Quân đội"), folded keys.
    static let s46bViPairs: Set<String> = Set(["quốc tế", "quân đội", "sinh vật", "công nghệ", "kỹ thuật", "xã hội", "nhân văn", "môi trường",
        "thương mại", "dịch vụ", "đầu tư", "phát triển", "xây dựng", "giao thông", "vận tải", "văn hóa", "thể thao", "du lịch", "giáo dục",
        "đào tạo", "tài chính", "ngân hàng", "viễn thông", "điện lực", "dầu khí", "hàng không", "nông nghiệp", "công nghiệp", "lâm nghiệp",
        "thủy sản", "khoa học", "chứng khoán", "bảo hiểm", "năng lượng", "tài nguyên", "sinh thái", "y tế", "cổ phần", "hàng hải",
        "an ninh", "quốc phòng", "nhà nước", "truyền thông", "kinh tế", "xuất khẩu", "nhập khẩu", "thực phẩm", "dược phẩm", "bưu chính"]
        .map { TextFolding.key($0) })
    static let s46bViPairsExact: Set<String> = Set(["quốc tế", "quân đội", "sinh vật", "công nghệ", "kỹ thuật", "xã hội", "nhân văn", "môi trường",
        "thương mại", "dịch vụ", "đầu tư", "phát triển", "xây dựng", "giao thông", "vận tải", "văn hóa", "thể thao", "du lịch", "giáo dục",
        "đào tạo", "tài chính", "ngân hàng", "viễn thông", "điện lực", "dầu khí", "hàng không", "nông nghiệp", "công nghiệp", "lâm nghiệp",
        "thủy sản", "khoa học", "chứng khoán", "bảo hiểm", "năng lượng", "tài nguyên", "sinh thái", "y tế", "cổ phần", "hàng hải",
        "an ninh", "quốc phòng", "nhà nước", "truyền thông", "kinh tế", "xuất khẩu", "nhập khẩu", "thực phẩm", "dược phẩm", "bưu chính",
        "văn hoá", "thuỷ sản", "kĩ thuật"].map { $0.precomposedStringWithCanonicalMapping })
    static let s46bViPairFirsts = h18Keys(["quốc", "quân", "sinh", "công", "kỹ", "xã", "nhân", "môi", "thương", "dịch", "đầu", "phát", "xây",
        "giao", "vận", "văn", "thể", "du", "giáo", "đào", "tài", "ngân", "viễn", "điện", "dầu", "hàng", "nông", "lâm", "thủy", "khoa",
        "chứng", "bảo", "năng", "y", "cổ", "an", "nhà", "truyền", "kinh", "xuất", "nhập", "thực", "dược", "bưu"])

    /// "Tổng công ty Cổ phần Đầu tư Quốc tế Viettel (Viettel Global)", "Tập đoàn Công nghiệp - Viễn thông Quân đội
    /// (Viettel)": a body that ends on the capitalized first syllable of a two-syllable word whose second syllable is
    /// written lowercase goes on over it, and over the capitalized words (and such words) right after it.
    mutating func s46bVietnameseSecondSyllable() {
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, mentions[i].end == tokens[z].end, z + 1 < tokenCount, tokens[z].capitalized,
                  Self.s46bViPairFirsts.contains(tokens[z]), s46bViPairAt(z) else { continue }
            var e = z + 2
            while e < tokenCount, e - z <= 8, tokens[e].kind == .word, tokens[e].script == .latin, tokens[e].spaceBefore, tokens[e].capitalized, !tokens[e].sentenceStart {
                if s46bViPairAt(e) { e += 2 } else { e += 1 }
            }
            changes.append((i, mention(a, e, type: .organization, evidence: mentionEvidence(i))))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        let spans = changes.map { ($0.1.start, $0.1.end) }
        mentions.removeAll { m in m.type != .country && spans.contains { m.start >= $0.0 && m.end <= $0.1 && m.end - m.start < $0.1 - $0.0 } }
    }

    /// Token `z` (capitalized) and the lowercase token after it are one of `s46bViPairs`.
    func s46bViPairAt(_ z: Int) -> Bool {
        guard z + 1 < tokenCount, tokens[z].kind == .word, tokens[z + 1].kind == .word, tokens[z + 1].script == .latin, !tokens[z + 1].capitalized,
              tokens[z + 1].spaceBefore else { return false }
        return Self.s46bViPairs.contains(tokens[z].key + " " + tokens[z + 1].key) && s46bViExact(z, 2, Self.s46bViPairsExact)
    }

    /// The NFC lowercase text of tokens `k..<k+n` (words joined by a space) is in `set`: folded keys lose the tones
    /// ("quý III", a quarter, folds as "quỹ", a fund; "hạng Nhất" as "hãng"), so a folded match is checked as written.
    func s46bViExact(_ k: Int, _ n: Int, _ set: Set<String>) -> Bool {
        var text = ""
        for i in k..<(k + n) {
            if i > k { text += " " }
            text += tokens[i].text.precomposedStringWithCanonicalMapping.lowercased()
        }
        return set.contains(text)
    }

    /// Lowercase class nouns of firms (one or two syllables), folded keys.
    static let s46bViFirmNouns1 = h18Keys(["hãng", "quỹ"])
    static let s46bViFirmNouns2: Set<String> = Set(["tập đoàn", "nhà mạng", "công ty", "doanh nghiệp", "ngân hàng"].map { TextFolding.key($0) })
    static let s46bViFirmFirsts = h18Keys(["tập", "nhà", "công", "doanh", "ngân"])
    static let s46bViFirmExact: Set<String> = Set(["hãng", "quỹ", "tập đoàn", "nhà mạng", "công ty", "doanh nghiệp", "ngân hàng"].map { $0.precomposedStringWithCanonicalMapping })
    /// Modifiers between the class noun and the name ("nhà mạng nhà nước Tmcel", "quỹ ngoại Mekong Capital").
    static let s46bViFirmModifiers: Set<String> = Set(["nhà nước", "ngoại", "mẹ", "tư nhân", "nước ngoài", "cùng ngành", "đầu tư"].map { TextFolding.key($0) })
    static let s46bViNhu = h18Keys(["như"])

    /// "tập đoàn Vodacom", "Nhà mạng nhà nước Tmcel", "quỹ ngoại Mekong Capital", "các doanh nghiệp cùng ngành như Minh
    /// Phú và Vĩnh Hoàn": capitalized words right after a lowercase class noun of firms (and a modifier), or listed after
    /// one and "như", are a body when no other type holds them (an unknown place's reading gives way).
    mutating func s46bVietnameseFirmsAfterClassNouns() {
        guard articleHas(Self.s46bViFirmNouns1) || articleHas(Self.s46bViFirmFirsts) else { return }
        var starts: [Int] = []        // first tokens of names to read as bodies
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin else { continue }
            var n = 0
            if Self.s46bViFirmNouns1.contains(tokens[k]), !tokens[k].capitalized { n = 1 }
            else if Self.s46bViFirmFirsts.contains(tokens[k]), k + 1 < tokenCount, tokens[k + 1].kind == .word, !tokens[k + 1].capitalized,
                    !tokens[k].capitalized || tokens[k].sentenceStart,
                    Self.s46bViFirmNouns2.contains(tokens[k].key + " " + tokens[k + 1].key) { n = 2 }
            // (The words' exact spelling, a normalization of each, is checked last: only where a name follows.)
            guard n > 0 else { continue }
            var p = k + n
            // (A modifier of one or two syllables.)
            if p + 1 < tokenCount, tokens[p].kind == .word, !tokens[p].capitalized {
                if Self.s46bViFirmModifiers.contains(tokens[p].key) { p += 1 }
                else if p + 2 < tokenCount, tokens[p + 1].kind == .word, Self.s46bViFirmModifiers.contains(tokens[p].key + " " + tokens[p + 1].key) { p += 2 }
            }
            // ("các doanh nghiệp Hải Phòng" are the city's firms: after "doanh nghiệp" only a list after "như".)
            if p < tokenCount, isCap(p), tokens[p].spaceBefore, !(n == 2 && keyIs(k, "doanh")) {
                if s46bViExact(k, n, Self.s46bViFirmExact) { starts.append(p) }
                continue
            }
            // ("các doanh nghiệp cùng ngành như A và B": the names listed after "như".)
            if p < tokenCount, Self.s46bViNhu.contains(tokens[p]), s46bViExact(k, n, Self.s46bViFirmExact) {
                var q = p + 1
                while q < tokenCount, isCap(q) {
                    starts.append(q)
                    while q < tokenCount, isCap(q) { q += 1 }
                    guard q + 1 < tokenCount, keyIs(q, ",") || keyIs(q, "va") else { break }
                    q += 1
                }
            }
        }
        guard !starts.isEmpty else { return }
        for a in starts {
            var e = a
            while e < tokenCount, e - a < 4, isCap(e), e == a || tokens[e].spaceBefore { e += 1 }
            // (A Roman numeral, "quỹ II", or the people's name alone, "doanh nghiệp Việt", is no firm.)
            if e == a + 1, tokens[a].allCaps && tokens[a].text.allSatisfy({ "IVXLC".contains($0) }) || keyIs(a, "viet") { continue }
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            // Only mentions exactly over the name: untyped ones, or unknown places.
            for i in mentions.indices where mentions[i].start == s && mentions[i].end == end && mentions[i].known == nil
                && (mentions[i].type == nil || mentions[i].type == .place) {
                mentions[i].type = .organization
                mentions[i].placeContext = false
            }
            // ("quỹ ngoại Mekong Capital": a place read inside a name of two words or more gives way to it.)
            if e - a >= 2, !anyMention(where: { $0.start < end && $0.end > s && ($0.type == .country || $0.type == .person || $0.start < s || $0.end > end) }) {
                mentions.removeAll { $0.start >= s && $0.end <= end && $0.type == .place }
            }
            if !anyMention(where: { $0.start < end && $0.end > s }) { mentions.append(mention(a, e, type: .organization, evidence: .cue)) }
        }
    }

    /// "hoạt động tại Campuchia (Metfone), Lào (Unitel), Haiti (Natcom)": a list of countries, each with one or two
    /// capitalized words in parentheses after it (two pairs at least, near each other), names a firm in each country:
    /// the words in parentheses are bodies (unless a country or a known place is read there).
    mutating func s46bVietnameseBrandsAfterCountries() {
        var pairs: [(Int, Int)] = []   // (first token, end) of the words in parentheses
        guard articleHas(Self.s46bParen) else { return }
        for open in 1..<max(1, tokenCount - 2) where keyIs(open, "(") {
            let ce = tokens[open - 1].end
            guard anyMention(where: { $0.type == .country && $0.end == ce }) else { continue }
            var e = open + 1
            while e < tokenCount, e - open <= 3, isCap(e), !tokens[e].allCaps, tokens[e].script == .latin { e += 1 }
            guard e > open + 1, e - (open + 1) <= 2, e < tokenCount, keyIs(e, ")") else { continue }
            pairs.append((open + 1, e))
        }
        guard pairs.count >= 2 else { return }
        pairs.sort { $0.0 < $1.0 }
        for (n, (a, e)) in pairs.enumerated() {
            let near = n > 0 && a - pairs[n - 1].1 <= 8 || n + 1 < pairs.count && pairs[n + 1].0 - e <= 8
            guard near else { continue }
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.type == .country || $0.type == .organization || $0.known != nil) }) { continue }
            mentions.removeAll { $0.start >= s && $0.end <= end }
            mentions.append(mention(a, e, type: .organization, evidence: .cue))
        }
    }

    static let s46bParen = h18Keys(["("])

    /// Class nouns of institutions named after a person (folded keys of their one or two syllables).
    static let s46bViInstitutionNouns: Set<String> = Set(["đại học", "trường", "học viện", "bệnh viện", "quỹ", "trung tâm", "viện", "thư viện",
        "bảo tàng", "nhà hát", "giải thưởng"].map { TextFolding.key($0) })

    /// "Đại học Eduardo Mondlane", "Bệnh viện Chợ Rẫy" read as a class noun and a person: a body of nothing but an
    /// institution's class noun right before a person's name (two words or more) is one body, named after the person.
    mutating func s46bVietnameseInstitutionsNamedAfterPersons() {
        var changes: [(Int, Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z - a <= 1, mentions[i].end == tokens[z].end, z + 2 < tokenCount, tokens[z + 1].spaceBefore else { continue }
            let key = z == a ? tokens[a].key : tokens[a].key + " " + tokens[z].key
            guard Self.s46bViInstitutionNouns.contains(key) else { continue }
            let s = tokens[z + 1].start
            guard let j = mentions.firstIndex(where: { $0.type == .person && $0.start == s && $0.known == nil }), let (pa, pz) = seedSpan(j), pz > pa else { continue }
            changes.append((i, j, mention(a, pz + 1, type: .organization, evidence: mentionEvidence(i))))
        }
        guard !changes.isEmpty else { return }
        var drop = Set<Int>()
        for (i, j, _) in changes { drop.insert(i); drop.insert(j) }
        replaceMentions(removing: drop, adding: changes.map { $0.2 })
    }

    /// Lowercase class nouns of bodies a quoted name follows (Russian stems).
    static let s46bRuBodyClassStems: [StaticString] = ["театр", "компани", "банк", "клуб", "холдинг", "издательств", "корпораци", "концерн",
        "фирм", "групп", "ансамбл", "оркестр", "студи", "фонд",
        "кооператив", "издательств", "объединени", "агентств", "предприяти"]   // (session 47)

    /// "солистка театра «Астана Опера»", "банка «Халык Финанс»": a quoted name of one to four capitalized words right after
    /// a body's lowercase class noun is a body (a place or a body read inside it gives way; a person's reading stays).
    mutating func s46bRussianQuotedBodies() {
        guard articleHas(Self.geo42Quotes) else { return }
        var found: [(Int, Int)] = []
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic, !tokens[k].capitalized, Self.geo42Quotes.contains(tokens[k + 1])
                    || k + 4 < tokenCount && Self.geo42Quotes.contains(tokens[k + 2]) && tokens[k + 1].kind == .word && !tokens[k + 1].capitalized
                    && tokens[k + 1].script == .cyrillic && tokens[k + 1].spaceBefore,
                  Self.s46bRuBodyClassStems.contains(where: { keyStarts(k, $0) }), PlainText.count(tokens[k].key) <= 14 else { continue }
            // (Session 47: one lowercase word between, "кооператив ковровщиц «…»".)
            if !Self.geo42Quotes.contains(tokens[k + 1]) { k += 1 }
            var e = k + 2
            while e < tokenCount, e - (k + 2) < 5, isCap(e) || keyIs(e, "-") && isCap(e + 1) { e += 1 }
            // (Session 47: lowercase words after the first, "«Мастацкая літаратура»", "\"Гызыл гүл\"", to the closing quote.)
            if e > k + 2, e < tokenCount, !Self.geo42CloseQuotes.contains(tokens[e]) {
                var f = e
                while f < tokenCount, f - (k + 2) < 4, tokens[f].kind == .word, tokens[f].script == .cyrillic, tokens[f].spaceBefore { f += 1 }
                if f < tokenCount, Self.geo42CloseQuotes.contains(tokens[f]) { e = f }
            }
            guard e - (k + 2) >= 2, e - (k + 2) <= 4, e < tokenCount, Self.geo42CloseQuotes.contains(tokens[e]) else { continue }
            found.append((k + 2, e))
            k = e
        }
        guard !found.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e) in found {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == end }) { continue }
            if anyMention(where: { $0.start < end && $0.end > s && ($0.type == .person || $0.type == .country || $0.start < s || $0.end > end) }) { continue }
            for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= end { drop.insert(i) }
            added.append(mention(a, e, type: .organization, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// Nouns of works whose quoted titles name no body ("балета «Спартак»", "фильма «Экипаж»").
    static let s46bRuWorks = h18Keys(["балет", "балета", "балете", "балетом", "опера", "оперы", "опере", "оперу", "оперой", "спектакль", "спектакля",
        "спектакле", "спектаклем", "фильм", "фильма", "фильме", "фильмом", "роман", "романа", "романе", "пьеса", "пьесы", "пьесе", "пьесу",
        "песня", "песни", "песню", "альбом", "альбома", "альбоме", "мюзикл", "мюзикла", "сериал", "сериала", "сериале", "книга", "книги",
        "книге", "книгу", "поэма", "поэмы", "симфония", "симфонии", "оратория", "оратории", "картина", "картины",
        // (Session 47: a prize's nominations and diplomas, "в номинации «Публицистика»", "дипломом «Дебют»".)
        "номинация", "номинации", "номинацию", "номинацией", "диплом", "диплома", "дипломом", "дипломе",
        // (Session 48: a film's "лента", a festival's, a programme's, a project's and a prize's quoted names, "кинофестиваля
        // «Звезды Востока»", "в программе «Дебют»", "лента «Берег»", "проекта «…в регионах»": events and works, no bodies.)
        "лента", "ленты", "ленте", "ленту", "лентой", "фестиваль", "фестиваля", "фестивале", "фестивалю", "кинофестиваль",
        "кинофестиваля", "кинофестивале", "кинофестивалю", "программа", "программы", "программе", "программу", "программой",
        "проект", "проекта", "проекте", "проектом", "приз", "приза", "призом", "премия", "премии", "премию", "премией"])
    /// Lowercase nouns of roles ("партию Спартака", "в партии Куртизанки", "роль Жизели").
    static let s46bRuRoles = h18Keys(["партия", "партию", "партии", "партией", "роль", "роли", "ролью", "партиях", "ролях"])
    static let s46bRuDashes = h18Keys(["–", "—", "-"])

    /// A ballet's cast: "Партию Спартака исполнил …, Фригии – Анастасия …, Красса – Антон …", "в партии Куртизанки", and a
    /// work's quoted title "балета «Спартак»": a role's name after a role's noun, a one-word name right before a dash and
    /// a person's name in a sentence that holds a role's noun, and a quoted title after a work's noun are no body or place.
    mutating func s46bRussianRolesAndWorks() {
        let roles = articleHas(Self.s46bRuRoles), works = articleHas(Self.s46bRuWorks)
        guard roles || works else { return }
        var drop = Set<Int>()
        var lastRole = -1000   // token of the last role's noun seen
        var k = 0
        var skipTo = 0
        while k + 1 < tokenCount {
            defer { k = max(k + 1, skipTo + 1) }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic else { continue }
            if roles, Self.s46bRuRoles.contains(tokens[k]) {
                lastRole = k
                // "партию Спартака" (or "Партию Спартака" opening a sentence): the name is a role.
                let s = tokens[k + 1].start
                for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .person && mentions[i].type != .country {
                    guard let (a, z) = seedSpan(i), z == k + 1 && (a == k + 1 && !tokens[k].capitalized || a == k && tokens[k].sentenceStart) else { continue }
                    _ = s
                    drop.insert(i)
                }
                continue
            }
            if works, !tokens[k].capitalized, Self.s46bRuWorks.contains(tokens[k]), k + 3 < tokenCount {
                // ("балета Арама Хачатуряна «Спартак»": the author's name may come between.)
                var q = k + 1
                while q < tokenCount, q - k <= 3, isCap(q) { q += 1 }
                guard q + 2 < tokenCount, Self.geo42Quotes.contains(tokens[q]) else { continue }
                let k = q - 1
                var e = k + 2
                while e < tokenCount, e - k < 8, !Self.geo42CloseQuotes.contains(tokens[e]) { e += 1 }
                guard e < tokenCount, Self.geo42CloseQuotes.contains(tokens[e]) else { continue }
                let (s, end) = (tokens[k + 2].start, tokens[e - 1].end)
                // (A place's reading inside the title, "лента «Тихая река»", is none either: session 48.)
                for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .organization || mentions[i].type == nil || mentions[i].type == .place)
                    && mentions[i].start >= s && mentions[i].end <= end { drop.insert(i) }
                skipTo = e
                continue
            }
            // "…, Фригии – Анастасия Курилович": a one-word name, a dash and a person, a few clauses after a role's noun.
            if roles, k - lastRole <= 40, tokens[k].capitalized, k + 2 < tokenCount, Self.s46bRuDashes.contains(tokens[k + 1]), tokens[k + 1].spaceBefore {
                let (s, e) = (tokens[k].start, tokens[k].end), ps = tokens[k + 2].start
                guard anyMention(where: { $0.type == .person && $0.start == ps }) else { continue }
                for i in mentions.indices where mentions[i].start == s && mentions[i].end == e && mentions[i].known == nil
                    && mentions[i].type != .person && mentions[i].type != .country { drop.insert(i) }
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "научный сотрудник Катон-Карагайского парка", "в Бурабайском парке": a person's reading that ends on a capitalized
    /// adjective (-ского, -ской, -ском, -ский) right before an institution's or a site's lowercase head noun is that body
    /// or place, the head noun included.
    mutating func s46bRussianAdjectiveSurnamesBeforeHeads() {
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end, z + 1 < tokenCount, tokens[z].script == .cyrillic, tokens[z].capitalized,
                  h14RussianAdjective(z), tokens[z + 1].kind == .word, tokens[z + 1].script == .cyrillic, !tokens[z + 1].capitalized, tokens[z + 1].spaceBefore else { continue }
            let key = tokens[z].key
            guard PlainText.hasSuffix(key, "ского") || PlainText.hasSuffix(key, "ской") || PlainText.hasSuffix(key, "ском") || PlainText.hasSuffix(key, "ский")
                    || PlainText.hasSuffix(key, "цкого") || PlainText.hasSuffix(key, "цкой") else { continue }
            let len = Self.s45bHeadLength(tokens[z + 1].key)
            guard len > 0, PlainText.count(tokens[z + 1].key) <= len else { continue }
            let type: EntityType = Self.s45bRuPlaceHeads.contains(where: { keyStarts(z + 1, $0) }) ? .place : .organization
            // (From the adjectives only: "Инспектор Бурабайского" is a title and the park's adjective.)
            var b = z
            while b > a {
                if h14RussianAdjective(b - 1) { b -= 1 }
                else if b - 2 >= a, keyIs(b - 1, "-"), !tokens[b - 1].spaceBefore, !tokens[b].spaceBefore, isCap(b - 2) { b -= 2 }   // "Катон-Карагайского"
                else { break }
            }
            var m = mention(b, z + 2, type: type, evidence: .cue)
            m.placeContext = type == .place
            changes.append((i, m))
        }
        for (i, m) in changes { mentions[i] = m }
    }

    /// "Cơ quan quản lý viễn thông Mozambique (INCM)", "Cục Quản lý dược Hoa Kỳ (FDA)": a body followed by lowercase words
    /// (four at most), a country's or a place's name and an abbreviation in parentheses goes on to the country's name.
    mutating func s46bVietnameseBodyUpToCountryAndAbbreviation() {
        guard articleHas(Self.s46bParen) else { return }
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end, z + 4 < tokenCount, tokens[z + 1].kind == .word,
                  tokens[z + 1].script == .latin, !tokens[z + 1].capitalized else { continue }
            var r = z + 1
            while r < tokenCount, r - z <= 4, tokens[r].kind == .word, tokens[r].script == .latin, !tokens[r].capitalized, tokens[r].spaceBefore { r += 1 }
            guard r < tokenCount, r - z <= 5, isCap(r) else { continue }
            let cs = tokens[r].start
            guard let c = mentions.firstIndex(where: { ($0.type == .country || $0.type == .place) && $0.start == cs }) else { continue }
            let ce = mentions[c].end
            guard let q = (r..<min(r + 4, tokenCount)).first(where: { tokens[$0].end == ce }), q + 3 < tokenCount, keyIs(q + 1, "("),
                  tokens[q + 2].allCaps, tokens[q + 2].kind == .word, keyIs(q + 3, ")") else { continue }
            changes.append((i, mention(a, q + 1, type: .organization, evidence: mentionEvidence(i))))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        // (The country's reading inside the body stays: the article is still about that country.)
        let spans = changes.map { ($0.1.start, $0.1.end) }
        mentions.removeAll { m in m.type != .country && m.type != .organization && spans.contains { m.start >= $0.0 && m.end <= $0.1 } }
    }
}
