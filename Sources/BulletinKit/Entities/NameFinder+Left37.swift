import Foundation

/// Misses seen in the thirty-fourth session in the Vietnamese, Russian and Chinese articles of holdout60 (ordinary domestic
/// news: courts, a fraud trial, a landslide, a flood, a feed maker's bankruptcy, a house fire, a wage-arrears conviction)
/// and holdout61 (saved articles in messy formats: bylines, Q&A labels, appointee lists), both written blind and scored
/// untouched first; each a general pattern of the language, tested on other names in EntityLeft37Tests. One pass,
/// `refineLeft37`, run after `refineLeft38`; every rule is gated on the article's language or script, then on its cue
/// words (`articleHas`, `hanArticleHasAny`) before any scan.
///
/// Chinese: a unit under a bureau, a ministry or an organization, written glued after it ("…公安局…派出所", "外交部…司",
/// "…组织秘书处"), is one body with it; a place's union, brigade, police station, school or bureau glued after the place
/// ("…市总工会", "…县消防救援大队", "…市人力资源和社会保障局"); a person after a kinship or an occupational role ("妻子…",
/// "商户…", "被告人…") or after 的 before a verb of saying; a byline's reporter written apart after "…记者" and the outlet
/// before it; words that open no body's name ("比如", "承建方", a person's name and 系) cut off a body's reading; a
/// village's committee or party branch read as a body is the village.
/// Vietnamese: a body's name ending in "TP" and a city ("Tòa án nhân dân TP Hồ Chí Minh"), which the city-after-"TP"
/// rule cut down to the city, is the body again.
/// Russian: a company's, a bank's or a plant's quoted name after its type word ('банк "Левобережный"', 'АО "Кудряшовское"',
/// 'птицефабрики "Октябрьская"') is the body.
extension NameFinder {
    mutating func refineLeft37() {
        guard !tokens.isEmpty else { return }
        if hasHan {
            if language == "zh" {
                l37HanSubUnits()
                l37HanPlaceBodies()
                l37HanLeadingWords()
                l37HanVillageCommittees()
                l37HanRolePeople()
                l37HanBylines()
                l37HanNoNames()
                l37HanJournals()
                l37HanExpresswayCodes()
            }
            return
        }
        if lang.vi {
            l37VietnameseBodiesBeforeTP()
            l37VietnamesePhotoCredits()
            l37VietnamesePeopleAfterPersonalTitles()
            l37VietnameseToneMismatchedPlaces()
            l37VietnameseProvincialRoads()
            l37VietnameseOffices()
            l37VietnameseHeadingLabels()
            l37VietnamesePeopleAfterTai()
            return
        }
        if lang.ru {
            guard !hasArabic else { return }
            l37RussianQuotedBodies()
            l37RussianChurches()
            l37RussianRoleNounsBeforeSurnames()
            l37RussianDatelineOutlets()
            l37RussianTails()
        }
    }

    static func l37Keys(_ list: [String]) -> KeySet { KeySet(list.map { TextFolding.key($0) }) }

    /// Mention `n`'s Han run (a run of `atLeast` characters or more) and its offsets in it, when it lies inside one. (The
    /// Chinese rules act at a body's or a place's reading, a few an article: they visit those, not every run's mentions.)
    func l37HanPlace(_ n: Int, atLeast: Int) -> (k: Int, sc: [Unicode.Scalar], a: Int, b: Int)? {
        let s = mentionStart(n)
        guard let k = l28TokenAt(s), tokens[k].script == .han, let sc = l28Run(k, atLeast: atLeast) else { return nil }
        let a = s - tokens[k].start, b = mentionEnd(n) - tokens[k].start
        guard a >= 0, b > a, b <= sc.count else { return nil }
        return (k, sc, a, b)
    }

    // MARK: Chinese: units under a body

    /// Units glued after a body's name (a bureau's police station or brigade, a ministry's department, an organization's
    /// secretariat, a congress's standing committee).
    static let l37HanSubUnitSuffixes: [[Unicode.Scalar]] = ["派出所", "大队", "支队", "中队", "分局", "司", "秘书处", "秘书局", "常务委员会",
                                                             "办公厅", "办公室"].map { Array($0.unicodeScalars) }
    /// Characters that never stand inside a unit's own name (function words, dates, enumeration); 和 and 与 may join its
    /// fields ("边界与海洋事务司") but not open or close it.
    static let l37HanUnitStops = HanCharSet("的了在是将被把从向对为也就还而并至到往于，、。个各该此这那年月日说表称一几部")
    /// Characters after a suffix that make it part of another word (大队长, 司长, 所长, 局长, 局势, 局面).
    static let l37HanSuffixBlockedNext = HanCharSet("长属面势部限域级员法机令")

    /// The end of a unit's name that starts at `b` in `sc`: the first suffix of `l37HanSubUnitSuffixes` (or `suffixes`)
    /// found within `limit` characters, with no stop before it and no character after it that joins it to a word; nil when none.
    /// `minOwn`: the unit's own name before the suffix (a ministry's 司 needs two: "亚洲司", not "部司长").
    func l37HanUnitEnd(_ sc: [Unicode.Scalar], from b: Int, limit: Int, suffixes: [[Unicode.Scalar]], minOwn: (([Unicode.Scalar]) -> Int)) -> Int? {
        var q = b
        while q < sc.count, q - b <= limit {
            let c = Self.hanCode(sc[q])
            if Self.l37HanUnitStops.contains(c) { return nil }
            for s in suffixes where Self.l28At(sc, q, s) && q - b >= minOwn(s) {
                let e = q + s.count
                // (The suffix's own first character may not open the unit: "和…", "与…".)
                if q > b, sc[b] == "和" || sc[b] == "与" { return nil }
                if q > b, sc[q - 1] == "和" || sc[q - 1] == "与" { return nil }
                if e < sc.count, Self.l37HanSuffixBlockedNext.contains(Self.hanCode(sc[e])) { return nil }
                // (司 of 公司 or 上司 is no department.)
                if s.count == 1, q > 0, sc[q - 1] == "公" || sc[q - 1] == "上" { return nil }
                return e
            }
            q += 1
        }
        return nil
    }

    /// "瑞安市公安局马屿派出所", "恭城县公安局交警大队", "外交部欧亚司", "外交部边界与海洋事务司", "上海合作组织秘书处",
    /// "全国人民代表大会常务委员会": a body's reading (known or not) ending in 局, 部, 会 or 组织, then, glued in the same run, a
    /// unit's own name and its noun (派出所, 大队, 司, 秘书处 …) is one body, the unit's.
    mutating func l37HanSubUnits() {
        guard hanArticleHasAny("所队局司处会室厅") else { return }
        var changes: [(n: Int, k: Int, a: Int, e: Int)] = []
        for n in mentions.indices where mentionType(n) == .organization {
            guard let (k, sc, a, b) = l37HanPlace(n, atLeast: 4), b + 1 < sc.count else { continue }
            let last = sc[b - 1]
            guard last == "局" || last == "部" || last == "会" || last == "织" || last == "院" else { continue }
            // (A department, 司, after a ministry's 部 only, with a name of its own of two characters or more.)
            guard let e = l37HanUnitEnd(sc, from: b, limit: 10, suffixes: Self.l37HanSubUnitSuffixes, minOwn: { s in
                s.count == 1 ? (last == "部" ? 2 : 99) : (s.count >= 3 && (s[0] == "秘" || s[0] == "常" || s[0] == "办") ? 0 : 1)
            }) else { continue }
            // (A secretariat, a standing committee or an office directly after the body; a station or a brigade after a bureau.)
            changes.append((n, k, a, e))
        }
        guard !changes.isEmpty else { return }
        var added: [Mention] = []
        var drop = Set<Int>()
        for c in changes {
            guard let sc = l28Run(c.k) else { continue }
            let (s, t) = (tokens[c.k].start + c.a, tokens[c.k].start + c.e)
            // (Another reading over the unit's name, a person's or a place's, gives way; one running past it keeps it.)
            if anyMention(where: { $0.type != .country && $0.start < t && $0.end > s && ($0.start < s || $0.end > t) }) { continue }
            drop.insert(c.n)
            // (The readings inside the unit's own name, after the body's, go: "马屿" of "…公安局马屿派出所".)
            let b = mentionEnd(c.n)
            for j in mentions.indices where j != c.n && mentionType(j) != .country && mentionStart(j) >= b && mentionEnd(j) <= t { drop.insert(j) }
            added.append(l28Mention(c.k, sc, c.a, c.e, .organization))
        }
        replaceMentions(removing: drop, adding: added)
    }

    // MARK: Chinese: a place's bodies

    /// Bodies a place's name opens, glued to it ("…市总工会", "…县消防救援大队", "…市人力资源和社会保障局", "…镇中心小学").
    static let l37HanPlaceBodySuffixes: [[Unicode.Scalar]] = ["总工会", "派出所", "大队", "支队", "中心小学", "局"]
        .map { Array($0.unicodeScalars) }

    /// "瑞安市总工会", "阳朔县消防救援大队", "瑞安市人力资源和社会保障局依法…", "白沙镇中心小学": a place's reading, then, glued in
    /// the same run, a body's own name (or none, for a union) and its noun, before a character that joins no word to it, is
    /// one body (the place inside it no entity of its own there).
    mutating func l37HanPlaceBodies() {
        guard hanArticleHasAny("会所队学局") else { return }
        var puts: [(k: Int, a: Int, e: Int)] = []
        for n in mentions.indices where mentionType(n) == .place {
            guard let (k, sc, a, b) = l37HanPlace(n, atLeast: 4), b + 1 < sc.count else { continue }
            let last = sc[b - 1]
            // (A unit's name: 市, 县, 区, 镇, 乡 close the place.)
            guard last == "市" || last == "县" || last == "区" || last == "镇" || last == "乡" else { continue }
            guard let e = l37HanUnitEnd(sc, from: b, limit: 10, suffixes: Self.l37HanPlaceBodySuffixes, minOwn: { s in
                s[0] == "总" || s[0] == "中" ? 0 : (s.count == 1 ? 2 : 1)
            }) else { continue }
            let (s, t) = (tokens[k].start + a, tokens[k].start + e)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= t }) { continue }
            if anyMention(where: { $0.type != .country && $0.start < t && $0.end > s && ($0.start < s || $0.end > t) }) { continue }
            puts.append((k, a, e))
        }
        for p in puts {
            guard let sc = l28Run(p.k) else { continue }
            let m = l28Mention(p.k, sc, p.a, p.e, .organization)
            mentions.removeAll { $0.type != .country && $0.start >= m.start && $0.end <= m.end }
            mentions.append(m)
        }
    }

    // MARK: Chinese: words that open no body

    /// Words a body's reading ran over at its start: "for example", "the builder", "the contractor", "among them".
    static let l37HanLeadWords: [[Unicode.Scalar]] = ["比如", "例如", "譬如", "承建方", "施工方", "建设方", "其中", "包括"].map { Array($0.unicodeScalars) }

    /// "比如黑河…有限公司", "承建方中铁…集团有限公司": a body's reading that opens with a word of `l37HanLeadWords` starts after it;
    /// "潘某某系…有限公司实际经营人": one that opens with a family name, one or two characters and 系 ("is") starts after 系, and the
    /// name before it is a person.
    mutating func l37HanLeadingWords() {
        guard hanArticleHasAny("比例譬承施建其包系") else { return }
        var cuts: [(n: Int, k: Int, from: Int, to: Int, person: Int?)] = []
        for n in mentions.indices where mentionType(n) == .organization && mentionKnown(n) == nil {
            guard let (k, sc, a, b) = l37HanPlace(n, atLeast: 5), b - a >= 5 else { continue }
            if let w = Self.l37HanLeadWords.first(where: { Self.l28At(sc, a, $0) }), b - (a + w.count) >= 3 {
                cuts.append((n, k, a + w.count, b, nil))
                continue
            }
            // "X系": a name of two or three characters, then 系.
            guard Self.hanSurnameSet.contains(Self.hanCode(sc[a])),
                  let q = [a + 2, a + 3].first(where: { $0 < b - 3 && sc[$0] == "系" }),
                  !(a + 1..<q).contains(where: { Self.l28NotGivenFirst.contains(Self.hanCode(sc[$0])) || Self.l29HanFunctionSurnames.contains(Self.hanCode(sc[$0])) })
            else { continue }
            cuts.append((n, k, q + 1, b, a))
        }
        guard !cuts.isEmpty else { return }
        var added: [Mention] = []
        for c in cuts {
            guard let sc = l28Run(c.k) else { continue }
            l28Recut(c.n, c.k, sc, c.from, c.to)
            if let p = c.person { added.append(l28Mention(c.k, sc, p, c.from - 1, .person)) }
        }
        mentions.append(contentsOf: added)
        // (The places of the chain after 系, "…市…镇…村", are read again by the chain rules' output: the body keeps its whole reading.)
        l37HanChainPlacesInBodies(cuts.map { ($0.k, $0.from) })
    }

    /// Place suffixes of a chain of units ("…市…镇…村").
    static let l37HanChainSuffixes = HanCharSet("省市县区镇乡村")

    /// After a cut: a body's reading that opens with a chain of places ("瑞安市马屿镇篁社村瑞明光学眼镜有限公司") is the places
    /// (a known one opening it, then units of two characters and their suffix) and the body after them.
    mutating func l37HanChainPlacesInBodies(_ starts: [(Int, Int)]) {
        var added: [Mention] = []
        for (k, from) in starts {
            guard let sc = l28Run(k) else { continue }
            let s0 = tokens[k].start
            guard let n = firstMentionIndex(where: { $0.type == .organization && $0.start == s0 + from }) else { continue }
            let b = mentions[n].end - s0
            // The chain: each unit two characters and its suffix (the first a known place's reading, or the same).
            var p = from
            var units: [(Int, Int)] = []
            while p + 3 <= b - 4, units.count < 4 {
                var e = p + 2
                if !Self.l37HanChainSuffixes.contains(Self.hanCode(sc[e])) { e = p + 1; if !Self.l37HanChainSuffixes.contains(Self.hanCode(sc[e])) { break } }
                // (The suffix may not open the next word: "市场", "县城".)
                if e + 1 < sc.count, sc[e] == "市" && sc[e + 1] == "场" { break }
                units.append((p, e + 1))
                p = e + 1
            }
            guard units.count >= 2, b - p >= 4 else { continue }
            l28Recut(n, k, sc, p, b)
            for (a, e) in units {
                let (s, t) = (s0 + a, s0 + e)
                if anyMention(where: { $0.start < t && $0.end > s && $0.type != .country }) { continue }
                added.append(l28Mention(k, sc, a, e, .place))
            }
        }
        mentions.append(contentsOf: added)
    }

    // MARK: Chinese: a village's committee

    /// A village's, a town's or a street's bodies that are no names of their own (its committee, its party branch).
    static let l37HanVillageBodies: [[Unicode.Scalar]] = ["村委会", "村民委员会", "居委会", "党支部", "党总支", "党委"].map { Array($0.unicodeScalars) }

    /// "西屯村党支部", "…村村委会组织员工…": a body read over a village (a town, a street) and its committee or party branch is
    /// the village alone (a village's committee is no name).
    mutating func l37HanVillageCommittees() {
        guard hanArticleHasAny("委支总") else { return }
        var changes: [(n: Int, k: Int, a: Int, e: Int)] = []
        for n in mentions.indices where mentionType(n) == .organization && mentionKnown(n) == nil {
            guard let (k, sc, a, b) = l37HanPlace(n, atLeast: 5) else { continue }
            // The village: two or three characters and 村 (镇, 乡, 街道), then the committee.
            for v in [a + 2, a + 3] where v < b - 2 && (sc[v] == "村" || sc[v] == "镇" || sc[v] == "乡") {
                guard let c = Self.l37HanVillageBodies.first(where: { Self.l28At(sc, v + 1, $0) }), v + 1 + c.count <= b else { continue }
                changes.append((n, k, a, v + 1))
                break
            }
        }
        for c in changes.reversed() {
            guard let sc = l28Run(c.k) else { continue }
            mentions[c.n] = l28Mention(c.k, sc, c.a, c.e, .place)
        }
    }

    // MARK: Chinese: people after a role

    /// Kinship and occupational roles written right before a person's name (beside `l29HanRoles`), and roles whose name's
    /// second character also opens a verb ("员工杨正芬在…": 正 of 正在).
    static let l37HanRoles = l28Words(["妻子", "丈夫", "儿子", "女儿", "母亲", "父亲", "商户", "摊主", "业主", "户主", "店主", "被告人", "被告",
        "原告", "员工", "职工", "工人", "村民", "农户", "民警", "游客", "市民", "司机", "乘客", "患者", "家属", "同事", "邻居", "研究生", "博士生",
        "硕士生", "技术人员", "作者"])
    static let l37HanRoleLasts = HanCharSet(l37HanRoles.compactMap { $0.last.map(Character.init) })
    /// What follows a name: `l29HanAfterName` and 以, 系, 仍, 当, 并 ("被告人X以…罪", "X系…", "X仍未支付", "X当庭").
    static let l37HanAfterName = HanCharSet("说是在和与的被将任为也则曾已等向对从于到因称表指认了就都还又即均及多介提建正告透坦强谈今以系仍当并负，。、；：")
    /// Given names' characters that also open a verb ("杨正芬在": 正 of 正在; "张建华说": 建 of 建议): a name of three only.
    static let l37HanGivenVerbOpeners = HanCharSet("正建强提今")
    /// 曾 after a role is the adverb "once" ("业主曾多次到…"), not a family name.
    static let l37HanZeng = NameFinder.hanCode("曾".unicodeScalars.first!)
    /// Verbs of saying after "的" and a name ("…的邓某某说").
    static let l37HanSaying: [[Unicode.Scalar]] = ["说", "表示", "介绍", "告诉", "认为", "回忆"].map { Array($0.unicodeScalars) }

    /// "妻子金某某，", "商户廖某某告诉…", "被告人潘某某以…", "员工杨正某在…": a family name right after a role of `l37HanRoles`, one or
    /// two given characters (a second one that opens a verb only in a name of three) and what follows a name is a person;
    /// "来自…的邓某某说": a family name and two characters between 的 and a verb of saying too.
    mutating func l37HanRolePeople() {
        guard hanArticleHasAny("子夫儿女亲户主人告工民客机患属事居的") else { return }
        let surnames = Self.hanSurnameSet, after = Self.l37HanAfterName, notGiven = Self.l28NotGivenFirst
        var added: [Mention] = []
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 3) else { continue }
            let punctAfter = k + 1 < tokenCount && tokens[k + 1].kind == .punct
            let ends = { (e: Int) -> Bool in e == sc.count ? punctAfter : after.contains(Self.hanCode(sc[e])) }
            var p = 1
            while p + 1 < sc.count {
                defer { p += 1 }
                let c = Self.hanCode(sc[p])
                guard surnames.contains(c), !Self.l29HanFunctionSurnames.contains(c) else { continue }
                var b = 0
                if sc[p - 1] == "的" {
                    // "的" + a name of three characters + a verb of saying.
                    guard p + 3 < sc.count, Self.l37HanSaying.contains(where: { Self.l28At(sc, p + 3, $0) }),
                          !(p + 1...p + 2).contains(where: { notGiven.contains(Self.hanCode(sc[$0])) || after.contains(Self.hanCode(sc[$0])) }) else { continue }
                    b = p + 3
                } else {
                    guard Self.l37HanRoleLasts.contains(Self.hanCode(sc[p - 1])),
                          Self.l37HanRoles.contains(where: { p >= $0.count && Self.l28At(sc, p - $0.count, $0) }) else { continue }
                    let g1 = Self.hanCode(sc[p + 1])
                    guard !notGiven.contains(g1), !after.contains(g1) || Self.l37HanGivenVerbOpeners.contains(g1), c != Self.l37HanZeng else { continue }
                    if p + 2 < sc.count, !after.contains(Self.hanCode(sc[p + 2])), ends(p + 3) { b = p + 3 }
                    else if !after.contains(g1), ends(p + 2) { b = p + 2 }
                }
                guard b > 0 else { continue }
                let (s, e) = (tokens[k].start + p, tokens[k].start + b)
                if anyMention(where: { $0.start < e && $0.end > s && ($0.type == .person || $0.known != nil || $0.type == .country) }) { continue }
                // (A reading over the name, a body's or a place's, gives way.)
                if anyMention(where: { $0.start < e && $0.end > s && ($0.start < s - 2 || $0.end > e) && $0.type == .organization }) { continue }
                mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < e && $0.end > s }
                added.append(l28Mention(k, sc, p, b, .person))
                p = b - 1
            }
        }
        guard !added.isEmpty else { return }
        mentions.append(contentsOf: added)
        l37HanRepeatedPeople(added)
    }

    /// The people found by `l37HanRolePeople`, written again elsewhere in the article where no reading holds them ("…，金某某并不
    /// 参与…"): the same characters, before what follows a name, after what precedes one, are that person.
    mutating func l37HanRepeatedPeople(_ people: [Mention]) {
        let after = Self.l37HanAfterName
        var names: [[Unicode.Scalar]] = []
        for m in people where m.surface.unicodeScalars.count == 3 {
            let n = Array(m.surface.unicodeScalars)
            if !names.contains(n) { names.append(n) }
        }
        guard !names.isEmpty else { return }
        var added: [Mention] = []
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 3) else { continue }
            let punctAfter = k + 1 < tokenCount && tokens[k + 1].kind == .punct
            var p = 0
            while p + 3 <= sc.count {
                defer { p += 1 }
                guard let n = names.first(where: { Self.l28At(sc, p, $0) }) else { continue }
                let e = p + n.count
                guard e == sc.count ? punctAfter || k + 1 == tokenCount : after.contains(Self.hanCode(sc[e])) else { continue }
                let (s, t) = (tokens[k].start + p, tokens[k].start + e)
                if anyMention(where: { $0.type != .country && $0.start < t && $0.end > s && ($0.type == .person || $0.known != nil || $0.start < s || $0.end > t) }) { continue }
                mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < t && $0.end > s }
                added.append(l28Mention(k, sc, p, e, .person))
                p = e - 1
            }
        }
        mentions.append(contentsOf: added)
    }

    // MARK: Chinese: bylines

    static let l37Reporter = Array("记者".unicodeScalars)
    /// Endings of an outlet's name before 记者 ("澎湃新闻记者", "北京日报记者", "中国新闻网记者").
    static let l37HanOutletEnds: [[Unicode.Scalar]] = ["新闻", "日报", "晚报", "时报", "报", "网", "社", "电视台", "台"].map { Array($0.unicodeScalars) }

    /// "澎湃新闻记者 陈某某" (a line of its own): a name of two or three characters written apart after a run ending in 记者,
    /// ending its line, is the reporter, and the outlet's name before 记者 is a body.
    mutating func l37HanBylines() {
        guard hanArticleHasAny("记") else { return }
        var added: [Mention] = []
        for k in 0..<tokenCount - 1 where tokens[k].script == .han && (k == 0 || tokens[k].newlineBefore) {
            guard let sc = l28Run(k, atLeast: 2), sc.count <= 12, Self.l28At(sc, sc.count - 2, Self.l37Reporter) else { continue }
            let r = k + 1
            guard tokens[r].script == .han, tokens[r].spaceBefore, !tokens[r].newlineBefore, r + 1 == tokenCount || tokens[r + 1].newlineBefore,
                  let name = l28Run(r), name.count == 2 || name.count == 3, Self.hanSurnameSet.contains(Self.hanCode(name[0])),
                  !Self.l28NotGivenFirst.contains(Self.hanCode(name[1])) else { continue }
            if !anyMention(where: { $0.start < tokens[r].end && $0.end > tokens[r].start }) {
                added.append(l28Mention(r, name, 0, name.count, .person))
            }
            // The outlet: what stands before 记者, ending as an outlet's name does.
            let o = sc.count - 2
            guard o >= 2, Self.l37HanOutletEnds.contains(where: { o >= $0.count && Self.l28At(sc, o - $0.count, $0) }) else { continue }
            let (s, t) = (tokens[k].start, tokens[k].start + o)
            if anyMention(where: { $0.type != .country && $0.start < t + 2 && $0.end > s }) { continue }
            added.append(l28Mention(k, sc, 0, o, .organization))
        }
        mentions.append(contentsOf: added)
    }

    // MARK: Chinese: no names

    /// Occupations that "和" ("and") joins to another ("医生和电工", "专家和学生"): "和" is then no family name.
    static let l37HanOccupations = l28Words(["电工", "学生", "老师", "教师", "医生", "护士", "工人", "农民", "村民", "居民", "游客", "市民", "专家",
        "记者", "司机", "干部", "民警", "志愿者", "家长", "孩子", "老人", "群众"])

    /// "医生和电工" (a person "和电工"), "修建乡村道路" (a place "修建乡"), "距离市中心" (a place "距离市"): an unknown person of
    /// 和 and an occupation, or one opening with a common word of `l37HanCommonWords`, is none; an unknown place whose 乡 opens 乡村 or whose 市 opens 市中心 is none.
    /// Common words that open a person's reading of two or three characters ("简历", "任内", "高度评价", "明显增加", "马上报告",
    /// "游客安全"): the first character is a family name's, the reading a word.
    static let l37HanCommonWords: Set<UInt64> = Set(["简历", "任内", "任期", "任务", "高度", "明显", "马上", "安全", "万元", "方面", "方式", "方向",
        "方案", "全面", "成功", "成为", "成立", "时间", "时期", "高速", "高级", "高温", "程度", "温度", "于是", "黄金", "向前", "龙头", "白天",
        "常年", "常规", "连续", "连日", "包括", "石油", "金额", "金融", "文化", "史上", "钱款", "单位", "关于", "毛利", "齐全"].map { w -> UInt64 in
        let c = w.unicodeScalars.map { UInt64(hanCode($0)) }
        return c[0] << 32 | c[1]
    })

    mutating func l37HanNoNames() {
        var drop = Set<Int>()
        // (The unknown people and places read, few an article, each found in its run: no walk over the runs.)
        for n in mentions.indices where mentions[n].known == nil && (mentions[n].type == .person || mentions[n].type == .place) {
            let len = mentions[n].end - mentions[n].start
            guard len >= 2, len <= 6, let k = l28TokenAt(mentions[n].start), tokens[k].script == .han, let sc = l28Run(k) else { continue }
            let a = mentions[n].start - tokens[k].start, b = mentions[n].end - tokens[k].start
            guard a >= 0, b <= sc.count else { continue }
            if mentions[n].type == .person {
                if b - a == 3, sc[a] == "和", Self.l37HanOccupations.contains(where: { Self.l28At(sc, a + 1, $0) }) { drop.insert(n); continue }
                if b - a == 2 || b - a == 3, Self.l37HanCommonWords.contains(UInt64(Self.hanCode(sc[a])) << 32 | UInt64(Self.hanCode(sc[a + 1]))) { drop.insert(n) }
            } else if b < sc.count, b - a >= 3,
                      sc[b - 1] == "乡" && sc[b] == "村" && !(b + 1 < sc.count && sc[b + 1] == "民")
                        || sc[b - 1] == "市" && b + 1 < sc.count && sc[b] == "中" && sc[b + 1] == "心" {
                drop.insert(n)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: Chinese: journals in title marks

    static let l37TitleMark = l37Keys(["《"])
    /// Endings of a newspaper's or a journal's name ("…日报", "…学报", "自然·通讯"); a book's, a law's or a report's title ends
    /// otherwise.
    static let l37HanJournalEnds: [[Unicode.Scalar]] = ["日报", "晚报", "时报", "学报", "周刊", "杂志", "通讯"].map { Array($0.unicodeScalars) }

    /// "发表在《自然·通讯》上", "《海峡晚报》报道": a name in title marks ending as a newspaper's or a journal's does is a body
    /// (newspapers and journals are organizations; books, laws and reports are none).
    mutating func l37HanJournals() {
        guard articleHas(Self.l37TitleMark) else { return }
        var puts: [(Int, Int)] = []
        for k in 0..<max(tokenCount - 2, 0) where keyIs(k, "《") {
            var e = k + 1
            while e < tokenCount, e - k <= 5, !keyIs(e, "》"), !tokens[e].newlineBefore { e += 1 }
            guard e < tokenCount, e > k + 1, keyIs(e, "》"), tokens[e - 1].script == .han, let sc = l28Run(e - 1),
                  Self.l37HanJournalEnds.contains(where: { sc.count >= $0.count && Self.l28At(sc, sc.count - $0.count, $0) }) else { continue }
            let (s, t) = (tokens[k + 1].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= t || $0.known != nil && $0.type != .country && $0.start < t && $0.end > s }) { continue }
            // (The journal's own first word alone, "通讯" of the name, is no second name: the whole is read.)
            puts.append((k + 1, e))
        }
        for (a, e) in puts { h42Put(a, e, .organization) }
    }

    // MARK: Chinese: expressways by their code

    /// "G65包茂高速", "S20外环高速": a place read over an expressway's name (…高速, …高速公路) takes the road's code glued before it
    /// (a capital G or S and its number, as the signs write it).
    mutating func l37HanExpresswayCodes() {
        guard hanArticleHasAny("速") else { return }
        var grow: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            let s = mentionStart(i)
            guard let k = l28TokenAt(s), tokens[k].start == s, k > 0, !tokens[k].spaceBefore, let sc = l28Run(k) else { continue }
            let b = mentionEnd(i) - tokens[k].start
            guard b >= 4, b <= sc.count, Self.l28At(sc, b - 2, Self.l37HanExpressway) || b >= 4 && Self.l28At(sc, b - 4, Self.l37HanExpresswayLong) else { continue }
            // The code: "G65" (one token) or "G" and "65" glued.
            var p = k - 1
            var code = tokens[p].text
            if tokens[p].kind == .number, p > 0, !tokens[p].spaceBefore, tokens[p - 1].text == "G" || tokens[p - 1].text == "S" {
                p -= 1
                code = tokens[p].text + code
            }
            guard let first = code.utf8.first, first == 0x47 || first == 0x53, code.utf8.count >= 2, code.utf8.count <= 5,
                  code.utf8.dropFirst().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            grow.append((i, p, k))
        }
        for (i, p, k) in grow.reversed() {
            var m = mentions[i]
            m.surface = surface(p, k) + m.surface
            m.start = tokens[p].start
            m.words = [m.surface]
            m.firstToken = Int32(truncatingIfNeeded: p)
            _ = k
            mentions[i] = m
        }
    }
    static let l37HanExpressway = Array("高速".unicodeScalars)
    static let l37HanExpresswayLong = Array("高速公路".unicodeScalars)

    // MARK: Vietnamese: bodies of a city written "TP"

    /// Heads of bodies named after their city (folded syllables).
    static let l37ViBodyHeads: [[String]] = [["toa", "an"], ["vien", "kiem", "sat"], ["đoan", "luat", "su"], ["doan", "luat", "su"], ["co", "quan"],
                                             ["cong", "an"], ["so"], ["uy", "ban"], ["benh", "vien"], ["lien", "đoan"], ["lien", "doan"], ["cuc"],
                                             ["chi", "cuc"], ["trung", "tam"], ["bo", "chi", "huy"], ["thanh", "uy"]]
    static let l37ViBodyFirsts = l37Keys(["Tòa", "Viện", "Đoàn", "Cơ", "Công", "Sở", "Ủy", "Bệnh", "Liên", "Cục", "Chi", "Trung", "Bộ", "Thành"])
    /// Lowercase words no body's name holds before its city ("tại", "của", "và" …): the walk back to the head stops there.
    static let l37ViNotInBody = l37Keys(["tại", "ở", "của", "và", "với", "cho", "đến", "từ", "về", "là", "đã", "được", "bị", "có", "theo", "khi",
                                         "trong", "sẽ", "đang", "thuộc"])
    static let l37TpCue = KeySet(["tp"])

    /// "Tòa án nhân dân TP Hồ Chí Minh", "Cơ quan Cảnh sát điều tra Công an TP Hồ Chí Minh": a city read after "TP" (the city
    /// rule drops every reading over it), right after the words of a body's name (its capitalized head, then words with no
    /// mark between, at most eight), is the end of that body's name: the body is read again whole.
    mutating func l37VietnameseBodiesBeforeTP() {
        guard articleHas(Self.l37TpCue) else { return }
        var puts: [(Int, Int)] = []
        for k in 1..<max(tokenCount - 1, 1) where tokens[k].kind == .word && tokens[k].allCaps && keyIs(k, "tp") && isCap(k + 1) {
            // The city: the place read after "TP" (known or not).
            let s1 = tokens[k + 1].start
            guard let c = firstMention(where: { $0.type == .place && $0.start == s1 || $0.type == .place && $0.start == tokens[k].start }) else { continue }
            guard let z = (k + 1..<min(tokenCount, k + 6)).first(where: { tokens[$0].end == c.end }) else { continue }
            let e = z + 1
            // The body's head: the leftmost capitalized head within eight words before "TP", no mark between.
            var a = -1
            var p = k - 1
            while p >= 0, k - p <= 8, tokens[p].kind == .word, tokens[p].script == .latin,
                  tokens[p].capitalized || !Self.l37ViNotInBody.contains(tokens[p]) {
                if tokens[p].capitalized, Self.l37ViBodyFirsts.contains(tokens[p]),
                   Self.l37ViBodyHeads.contains(where: { h in h.indices.allSatisfy { keyIs(p + $0, h[$0]) } }) { a = p }
                p -= 1
            }
            guard a >= 0 else { continue }
            let (s, t) = (tokens[a].start, tokens[e - 1].end)
            // (A person or a known body over the words before "TP" keeps them.)
            if anyMention(where: { $0.start < tokens[k].start && $0.end > s && ($0.type == .person || $0.known != nil && $0.type != .country) }) { continue }
            if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == t }) { continue }
            puts.append((a, e))
        }
        for (a, e) in puts { h42Put(a, e, .organization, overKnown: true) }
    }

    // MARK: Vietnamese: photo credits

    static let l37ViPhoto = l37Keys(["Ảnh"])

    /// "Ảnh: Lâm Khánh - TTXVN", "Ảnh: Minh Quyết - TTXVN": the capitalized words (two to four) between "Ảnh:" and a dash before
    /// the agency are the photographer; so are they when the credit ends its line or a parenthesis ("Ảnh: Nhật Bắc",
    /// "(Ảnh: Thu Hằng)"), unless they are a known place ("Ảnh: Hà Nội", a picture of Hanoi).
    mutating func l37VietnamesePhotoCredits() {
        guard articleHas(Self.l37ViPhoto) else { return }
        var puts: [(Int, Int)] = []
        for k in 0..<max(tokenCount - 3, 0) where tokens[k].kind == .word && tokens[k].capitalized && Self.l37ViPhoto.contains(tokens[k]) && keyIs(k + 1, ":") {
            let p = k + 2
            var e = p
            while e < tokenCount, e - p < 4, h15CapLatin(e), !tokens[e].newlineBefore || e == p,
                  !tokens[e].allCaps || tokens[e].keyLength <= 1 { e += 1 }
            guard e - p >= 2 else { continue }
            let beforeAgency = e + 1 < tokenCount && h27Dash(e) && tokens[e + 1].kind == .word && (tokens[e + 1].capitalized || tokens[e + 1].allCaps)
            let endsCredit = e == tokenCount || tokens[e].newlineBefore || keyIs(e, ")")
            guard beforeAgency || endsCredit && !h42KnownOver(p, e) else { continue }
            if l28Has(p, e, .person) || h42KnownOver(p, e, except: .place) { continue }
            puts.append((p, e))
        }
        for (a, e) in puts { h42Put(a, e, .person, overKnown: true) }
    }

    // MARK: Vietnamese: people after a personal title

    /// Lowercase titles of address before a person's name ("anh", "chị", "ông", "bà", "cháu", "em"), capitalized at a
    /// sentence's start.
    static let l37ViPersonalTitles = l37Keys(["anh", "chị", "ông", "bà", "cháu"])
    /// The same as spelled, with their tones: other syllables fold onto them ("ba" three, "chi", "ong" bee, "Ảnh" photo).
    static let l37ViPersonalTitlesExact: WordSet = ["anh", "Anh", "chị", "Chị", "ông", "Ông", "bà", "Bà", "cháu", "Cháu"]

    /// "Anh Vàng A Sử, hàng xóm …", "chị Giàng Thị Dính": an unknown place read right after a title of address is a person.
    mutating func l37VietnamesePeopleAfterPersonalTitles() {
        guard articleHas(Self.l37ViPersonalTitles) else { return }
        var found: [Int] = []
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil && mentionWordCount(i) >= 2 && mentionWordCount(i) <= 4 {
            guard let (a, z) = h31Span(i), a > 0, tokens[a - 1].kind == .word, Self.l37ViPersonalTitles.contains(tokens[a - 1]),
                  (a...z).allSatisfy({ h15CapLatin($0) }) else { continue }
            // (The title's exact spelling; "Anh" as England's name is a country's word.)
            guard Self.l37ViPersonalTitlesExact.contains(textOf: tokens[a - 1]), !isCountry[a - 1] else { continue }
            found.append(i)
        }
        for i in found {
            mentions[i].type = .person
            mentions[i].placeContext = false
        }
    }

    // MARK: Vietnamese: a known place of other tones

    /// "Bà Phan Thị Kim Huê", "bà Huê nói": a known place of one syllable (Huế) matched by its folded key over a syllable
    /// written with other tones or letters (Huê) is not that place, when the place's names hold its Vietnamese spelling:
    /// right after a person's name it ends that name, after a title of address it is a person, elsewhere nothing.
    mutating func l37VietnameseToneMismatchedPlaces() {
        var drop = Set<Int>()
        var grow: [(Int, Int)] = []
        var people: [Int] = []
        for i in mentions.indices where mentionType(i) == .place && mentionWordCount(i) == 1 {
            guard let known = mentionKnown(i), let (a, z) = h31Span(i), a == z, tokens[a].script == .latin,
                  tokens[a].text.utf8.contains(where: { $0 >= 0x80 }) else { continue }
            let e = lex.knowledge.entities[known]
            // (Only a one-word Latin name about as long as the syllable can fold onto it: the others are skipped on their bytes,
            // not folded.)
            let bytes = tokens[a].text.utf8.count
            let candidates = ([e.name] + e.aliases).filter { f in
                let n = f.utf8.count
                return n >= bytes - 3 && n <= bytes + 3 && f.utf8.first.map { $0 < 0xC9 } == true && !f.utf8.contains(0x20)
            }
            guard !candidates.isEmpty else { continue }
            let text = tokens[a].text.precomposedStringWithCanonicalMapping.lowercased()
            var spelled = false, same = false
            for f in candidates where TextFolding.key(f) == tokens[a].key {
                let g = f.precomposedStringWithCanonicalMapping.lowercased()
                if g.utf8.contains(where: { $0 >= 0x80 }) { spelled = true }
                if g == text { same = true; break }
            }
            guard spelled, !same else { continue }
            drop.insert(i)
            let s = tokens[a].start
            if a > 0, tokens[a].spaceBefore, !tokens[a].newlineBefore,
               let j = firstMentionIndex(where: { $0.type == .person && $0.known == nil && $0.end == tokens[a - 1].end && $0.end < s }) {
                grow.append((j, a + 1))
            } else if a > 0, tokens[a - 1].kind == .word, Self.l37ViPersonalTitles.contains(tokens[a - 1]), Self.l37ViPersonalTitlesExact.contains(textOf: tokens[a - 1]) {
                people.append(a)
            }
        }
        guard !drop.isEmpty else { return }
        var added: [Mention] = []
        for (j, e) in grow {
            guard let (a, _) = h31Span(j) else { continue }
            drop.insert(j)
            added.append(mention(a, e, type: .person, evidence: mentionEvidence(j)))
        }
        for a in people { added.append(mention(a, a + 1, type: .person, evidence: .cue)) }
        replaceMentions(removing: drop, adding: added)
    }

    // MARK: Vietnamese: provincial roads

    static let l37ViRoad = l37Keys(["Đường"])
    static let l37ViProvince = l37Keys(["tỉnh"])
    static let l37RoadHash = Token.hash(TextFolding.key("Đường"))

    /// "Đường tỉnh 174", "đường tỉnh ĐT.174" written as "Đường tỉnh 174": a provincial road and its number are a place (as
    /// "Tỉnh lộ 10", "Quốc lộ 1").
    mutating func l37VietnameseProvincialRoads() {
        guard articleHas(Self.l37ViRoad), articleHas(Self.l37ViProvince) else { return }
        var puts: [Int] = []
        let road = Self.l37RoadHash
        for k in 0..<max(tokenCount - 2, 0) where tokens[k].keyHash == road && tokens[k].capitalized {
            guard keyIs(k + 1, "tinh"), !tokens[k + 1].capitalized, tokens[k + 2].kind == .number, tokens[k + 2].spaceBefore else { continue }
            if l28Has(k, k + 3, .place) { continue }
            puts.append(k)
        }
        for a in puts { h42Put(a, a + 3, .place) }
    }

    // MARK: Vietnamese: offices of the highest bodies

    static let l37ViOffice = l37Keys(["Văn"])
    static let l37ViPhong = l37Keys(["phòng"])
    static let l37VanHash = Token.hash(TextFolding.key("Văn"))
    /// The bodies whose office is named "Văn phòng …" (folded syllables).
    static let l37ViOfficeBodies: [[String]] = [["chu", "tich", "nuoc"], ["quoc", "hoi"], ["chinh", "phu"], ["trung", "uong", "đang"],
                                                ["trung", "uong", "dang"], ["tinh", "uy"], ["thanh", "uy"], ["uy", "ban", "nhan", "dan"]]

    /// "Phó Chủ nhiệm Văn phòng Chủ tịch nước Phạm Thanh Hà", "Văn phòng Chính phủ": "Văn phòng" and the highest body it
    /// serves (the President, the National Assembly, the Government, the Party's Central Committee, a province's Party
    /// committee) are one body, whatever title stands before it and whoever is named after it.
    mutating func l37VietnameseOffices() {
        guard articleHas(Self.l37ViOffice), articleHas(Self.l37ViPhong) else { return }
        var puts: [(Int, Int)] = []
        // ("Văn" is also a middle name in most Vietnamese names: the key's hash is compared first, the next word's after.)
        let van = Self.l37VanHash
        for k in 0..<max(tokenCount - 3, 0) where tokens[k].keyHash == van && tokens[k].capitalized && keyIs(k + 1, "phong") && !tokens[k + 1].capitalized {
            guard let body = Self.l37ViOfficeBodies.first(where: { h in h.indices.allSatisfy { keyIs(k + 2 + $0, h[$0]) } }), h15CapLatin(k + 2) else { continue }
            let e = k + 2 + body.count
            if l28Has(k, e, .organization) { continue }
            // (A person read over the office's words gives way; one after it is kept.)
            puts.append((k, e))
        }
        for (a, e) in puts { h42Put(a, e, .organization) }
    }

    // MARK: Vietnamese: headings in capitals

    /// "KẾT QUẢ VÒNG 11:", "BẢNG XẾP HẠNG (số trận - điểm):": a line in capitals that ends in a colon is a heading or a label:
    /// an unknown name read over its opening words is none.
    mutating func l37VietnameseHeadingLabels() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionWordCount(i) >= 2 {
            guard let (a, z) = h31Span(i), a == 0 || tokens[a].newlineBefore, (a...z).allSatisfy({ tokens[$0].kind != .word || tokens[$0].allCaps }) else { continue }
            // The line's end: a colon before the next line (within twelve tokens).
            var e = z + 1
            while e < tokenCount, e - z <= 12, !tokens[e].newlineBefore, !keyIs(e, ":") { e += 1 }
            guard e < tokenCount, keyIs(e, ":"), e + 1 == tokenCount || tokens[e + 1].newlineBefore else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: Vietnamese: a name after "tại"

    static let l37ViTai = l37Keys(["tại"])
    /// "tại" as spelled ("Trọng tài", a referee, folds onto it).
    static let l37ViTaiExact: WordSet = ["tại"]

    /// "về phương án nối ray tại Hà Khẩu": an unknown person read right after "tại" ("at") is a place (a person stands after
    /// a title, not after a preposition of place).
    mutating func l37VietnamesePeopleAfterTai() {
        guard articleHas(Self.l37ViTai) else { return }
        var found: [Int] = []
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil && mentionWordCount(i) <= 3 {
            guard let (a, _) = h31Span(i), a > 0, tokens[a - 1].kind == .word, !tokens[a - 1].capitalized, Self.l37ViTai.contains(tokens[a - 1]),
                  Self.l37ViTaiExact.contains(textOf: tokens[a - 1]) else { continue }
            found.append(i)
        }
        for i in found {
            mentions[i].type = .place
            mentions[i].placeContext = true
        }
    }

    // MARK: Russian: quoted names after a type word

    /// Type words of companies, banks, plants and farms written before a quoted name (folded keys, their cases).
    static let l37RuTypeWords = l37Keys(["АО", "ОАО", "ЗАО", "ПАО", "ООО", "ФПС", "ГУП", "МУП", "ФГУП", "банк", "банка", "банку", "банком", "банке",
        "птицефабрика", "птицефабрики", "птицефабрике", "птицефабрику", "птицефабрикой", "агрофирма", "агрофирмы", "агрофирме", "агрофирму",
        "холдинг", "холдинга", "холдингу", "холдингом", "завод", "завода", "заводу", "заводом", "заводе", "комбинат", "комбината", "комбинате",
        "компания", "компании", "компанию", "компанией", "фирма", "фирмы", "фирме", "фирму", "колхоз", "колхоза", "совхоз", "совхоза",
        "пропуска"])
    /// "пункт пропуска" (a border crossing): its quoted name is a place ('у пункта пропуска "Брузги"').
    static let l37RuCrossing = l37Keys(["пропуска"])

    /// 'банк "Левобережный"', 'АО "Кудряшовское"', 'птицефабрики "Октябрьская"', 'ФПС "Испытательная пожарная лаборатория"':
    /// a quoted name of one to four words after a company's, a bank's or a plant's type word is a body (an adjective inside
    /// the quotes no person, no place); the type word is no part. After a border crossing's "пункт пропуска" the name is a place.
    mutating func l37RussianQuotedBodies() {
        guard articleHas(Self.l37RuTypeWords) else { return }
        var puts: [(Int, Int, EntityType)] = []
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            // (The quote after the word first: most words stand before none, and the set's probe is the dearer test.)
            guard tokens[k + 1].kind == .punct, tokens[k + 1].spaceBefore, !tokens[k + 2].spaceBefore, h32Quote(k + 1), tokens[k].kind == .word,
                  tokens[k].script == .cyrillic, Self.l37RuTypeWords.contains(tokens[k]), isCap(k + 2), tokens[k + 2].script == .cyrillic else { continue }
            var c = k + 2
            while c < tokenCount, c - k <= 6, tokens[c].kind == .word || l28GluedHyphen(c) { c += 1 }
            guard c < tokenCount, h32Quote(c), !tokens[c].spaceBefore else { continue }
            let (s, t) = (tokens[k + 2].start, tokens[c - 1].end)
            // (A known name there, or a reading running past the quotes, is kept.)
            // (A known body or person there, or a reading running past the quotes, is kept; a known place inside the quotes is
            // part of the name: 'АО "Интергаз Центральная Азия"'.)
            if anyMention(where: { $0.type != .country && $0.start < t && $0.end > s
                && ($0.known != nil && $0.type != .place || $0.type == .organization && ($0.start < tokens[k].start || $0.end > tokens[c].end)) }) { k = c; continue }
            let type: EntityType = Self.l37RuCrossing.contains(tokens[k]) ? .place : .organization
            if l28Has(k + 2, c, type) { k = c; continue }
            puts.append((k + 2, c, type))
            k = c
        }
        for (a, e, type) in puts { h42Put(a, e, type, overKnown: true) }
    }

    // MARK: Russian: churches

    /// Nouns of churches before their dedication (folded keys, their cases).
    static let l37RuChurchNouns = l37Keys(["храм", "храма", "храме", "храму", "храмом", "собор", "собора", "соборе", "собору", "церковь", "церкви",
                                           "церковью", "часовня", "часовни", "часовне"])

    /// "храм Покрова Пресвятой Богородицы", "в соборе Александра Невского": a church's noun and the capitalized words of its
    /// dedication after it (two to four, the first no given name) are one place, with the noun (no person).
    mutating func l37RussianChurches() {
        guard articleHas(Self.l37RuChurchNouns) else { return }
        var puts: [(Int, Int)] = []
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic, !tokens[k].capitalized, Self.l37RuChurchNouns.contains(tokens[k]),
                  isCap(k + 1), tokens[k + 1].script == .cyrillic, !isCountry[k + 1] else { continue }
            // (A person's given name after the noun is someone standing there: "рядом с храмом Владимир Петров …".)
            if isGivenNameKey(k + 1) { continue }
            var e = k + 1
            while e < tokenCount, e - k <= 4, isCap(e), tokens[e].script == .cyrillic, tokens[e].spaceBefore { e += 1 }
            guard e - k >= 3 else { continue }
            if h42KnownOver(k + 1, e) { continue }
            puts.append((k, e))
            k = e - 1
        }
        for (a, e) in puts where !l28Has(a, e, .place) { h42Put(a, e, .place) }
    }

    // MARK: Russian: a role noun opening a sentence

    /// Role nouns that open a sentence before a surname ("Защитник Петрова просил …"): no given name.
    static let l37RuRoleNouns = l37Keys(["Защитник", "Адвокат", "Судья", "Прокурор", "Следователь", "Подсудимый", "Подсудимая", "Обвиняемый",
                                         "Обвиняемая", "Потерпевший", "Потерпевшая", "Истец", "Ответчик", "Свидетель", "Эксперт"])

    /// "Защитник Пестерева просил …", "Судья Гурьянова огласила …": a person read over a sentence's first word that is a role
    /// noun and one capitalized word is the surname alone.
    mutating func l37RussianRoleNounsBeforeSurnames() {
        guard articleHas(Self.l37RuRoleNouns) else { return }
        var changes: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil && mentionWordCount(i) == 2 {
            guard let (a, z) = h31Span(i), z == a + 1, Self.l37RuRoleNouns.contains(tokens[a]), tokens[a].capitalized, isCap(z) else { continue }
            changes.append((i, z))
        }
        for (i, z) in changes.reversed() { mentions[i] = mention(z, z + 1, type: .person, evidence: mentionEvidence(i)) }
    }

    // MARK: Russian: a dateline's outlet

    /// 'БАРНАУЛ, 5 декабря. /"Свободный курс"/.': a quoted name between slashes in the body's first line (where TASS writes
    /// "/ТАСС/") is the outlet.
    mutating func l37RussianDatelineOutlets() {
        guard tokenCount > 6 else { return }
        let limit = min(tokenCount - 3, 20)
        for k in 0..<limit where keyIs(k, "/") && h32Quote(k + 1) && isCap(k + 2) {
            if k > 0, (1...k).contains(where: { tokens[$0].newlineBefore }) { return }
            var c = k + 2
            while c < tokenCount, c - k <= 6, tokens[c].kind == .word { c += 1 }
            guard c + 1 < tokenCount, c > k + 2, h32Quote(c), keyIs(c + 1, "/") else { continue }
            if !l28Has(k + 2, c, .organization) { h42Put(k + 2, c, .organization) }
            return
        }
    }

    // MARK: Russian: a body's tail

    static let l37RuWays = l37Keys(["путей"])
    /// Legal forms and agency types that stand before a quoted name (folded keys): read alone, no body.
    static let l37RuLegalForms = l37Keys(["ГКУ", "ГБУ", "МКУ", "МБУ", "ООО", "ОАО", "ЗАО", "ПАО", "АО", "МУП", "ГУП", "ФГУП", "ФГБУ", "КГБУ", "ОГБУ"])

    /// "Уральского государственного университета путей" + "сообщения": a body's reading cut after (or before) "путей" takes
    /// "(путей) сообщения" (a
    /// transport university's or ministry's "путей сообщения"); 'ГКУ "Курганавтодор"': a legal form read alone as a body right
    /// before a quoted name is none (the quoted name is the body).
    mutating func l37RussianTails() {
        let ways = articleHas(Self.l37RuWays), forms = articleHas(Self.l37RuLegalForms)
        guard ways || forms else { return }
        var grow: [(Int, Int, Int)] = []
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i) else { continue }
            if ways, z > a, Self.l37RuWays.contains(tokens[z]), keyIs(z + 1, "сообщения") { grow.append((i, a, z + 2)); continue }
            if ways, z + 2 < tokenCount, Self.l37RuWays.contains(tokens[z + 1]), keyIs(z + 2, "сообщения"), tokens[z].kind == .word { grow.append((i, a, z + 3)); continue }
            if forms, a == z, tokens[a].allCaps, Self.l37RuLegalForms.contains(tokens[a]), h32Quote(a + 1), tokens[a + 1].spaceBefore { drop.insert(i) }
        }
        for (i, a, e) in grow { seedReplace(i, a, e) }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }
}
