import Foundation

/// Session 51 (b): Chinese zones, ports and bodies cut or glued wrong, Mongolian names and towns in Chinese; Russian names
/// of a landform or a theatre by their adjective, universities named by a foreign city, a republic's name with its
/// alternative in parentheses; Vietnamese bodies cut by a lowercase syllable (the tests use other texts and names).
/// - Chinese: a body read over "局地" ("X市北部局地积雪", "吉林局地有暴雪": 局地 is "locally") is the place before it (the
///   direction word "北部" dropped);
/// - Chinese: 据 ("according to") opening a body's or a place's name is cut off ("据中央气象台预报");
/// - Chinese: a banner read without its 正/镶 ("恢复正蓝旗" read 蓝旗) takes it;
/// - Chinese: a railway bureau's company "中国铁路X局集团有限公司" is one body (not its tail);
/// - Chinese: a zone or a port after a city read in the article ("海口江东新区" read 江东新区, "三亚崖州湾科技城") is one place
///   with the city; a zone whose name has a strong generic end (科技城, 航天城, 先行区, 新区, 开发区…) from a bound ("、", "和",
///   a run's start) is one place; a place read in the article + 港 ("X港集装箱吞吐量") is a port of its own;
/// - Chinese: a zone followed by 管委会 / 管理委员会 is the body (the zone only inside it);
/// - Chinese: a port "X口岸" (or "X港") where X is read alone elsewhere is a place apart (not X's other name);
/// - Chinese: a long transliterated name (four to six characters) between an occupation's last character (预报员, 牧民)
///   and a verb of saying ("说", "介绍", "表示") is a person (Mongolian names have no middle dot); "X浩特" (a Mongolian
///   town's "city") from a bound is a place;
/// - Chinese: a place whose end cuts a word that opens another name of the article ("琼海博" of "在琼海博鳌举行", 博鳌 opening
///   "博鳌亚洲论坛") is two places; a transliterated name between a known place and 站 ("雅加达X站") is a place (the
///   station its other name), and a place's name read elsewhere closing a run before "、" is one there too; a region of a
///   compass word and 地区 ("东北地区") is none (the sets' convention);
/// - Russian: a capitalized adjective right before a landform's noun ("Батагайский кратер", "Телецкого озера") is a place
///   with it, before a theatre's noun ("Мариинского театра") a body (S50c's named roads, with other nouns);
/// - Russian: a capitalized "Университет"/"Института"… right before a place read as a known foreign city that does not
///   decline ("Университета Хоккайдо") is one body;
/// - Russian: a body ending in a republic's or a region's name followed by its other name in parentheses ("…Республики
///   Саха (Якутия)") takes the parentheses;
/// - Russian: a nominative given name and a capitalized word with a surname's ending read as a place, or a lone given
///   name and a known place right after it ("Анастасия" + "Москвина"), are one person; in an article about a stage work,
///   the names right after a role's noun ("Партию Владимира Игоревича") and a lone accusative name before a dash and a full
///   name ("Ярославну - Анастасия Москвина") are roles, none;
/// - Vietnamese: a body ending on "Công" right before lowercase "an" ("Bộ Công an") takes it; a company "(Tổng) công ty
///   X" cut after a word ("Tổng công ty Công") runs over lowercase words of a builder's sector ("trình giao thông") to a
///   number of one or two digits closing the sentence or the clause ("… giao thông 4.");
/// - Vietnamese: "ga X", "chợ X" (a station, a market) where X is a place read in the article are places of their own;
/// - Vietnamese: a person cut before a capitalized title's or number's word closing a name in a list ("Quách Thị Thu Ba
///   và …") takes it; a guessed person without Vietnamese letters whose last word is a place read in the article, or
///   after "khu vực", is a place ("từ Prek X đến tỉnh X").
///
/// `refineS51b` runs after `refineS50c` (before `refineCP15`). Cost: each rule is gated on the article's language and on
/// its trigger characters (`hanArticleHasAny`) or keys (`articleHas`); the Han rules then read only the runs' characters
/// around the trigger and the mentions of the run (`l28MentionsIn`), the others the tokens next to each candidate mention.
extension NameFinder {
    mutating func refineS51b() {
        guard tokenCount > 2, !mentions.isEmpty else { return }
        switch language {
        case "zh":
            guard hasHan else { return }
            s51bHanLocally()
            s51bHanLeadingJu()
            s51bHanBanners()
            s51bHanRailwayBureaus()
            s51bHanZones()
            s51bHanZoneCommittees()
            s51bHanPortsApart()
            s51bHanMongolianNames()
            s51bHanGluedTowns()
            s51bHanStations()
            s51bHanCompassRegions()
        case "ru":
            s50cRussianNamedRoads(nouns: Self.s51bRuLandformNouns, type: .place)
            s50cRussianNamedRoads(nouns: Self.s51bRuTheatreNouns, type: .organization)
            s51bRussianForeignUniversities()
            s51bRussianBodyEnds()
            s51bRussianGivenNameFirst()
            s51bRussianRoles()
        case "vi":
            s51bVietnameseBodyEnds()
            s51bVietnameseStationsAndMarkets()
            s51bVietnameseNameTails()
            s51bVietnameseForeignPlaces()
            s51bVietnameseCompassSeas()
        default:
            break
        }
    }

    // MARK: - Chinese helpers

    /// Token `k` is a lowercase word of any alphabetic script (`s43Lower` is the Latin one's).
    @inline(__always) func s51bLower(_ k: Int) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && !tokens[k].capitalized && !tokens[k].allCaps && tokens[k].script != .han
    }

    @inline(__always) static func s51bIs(_ c: Unicode.Scalar, _ v: Unicode.Scalar) -> Bool { hanCode(c) == v.value }

    /// Each fix (mention `n` when given, run `k`, characters a..<b) becomes one mention of `type`; the mentions it
    /// overlaps (not countries; known ones only when inside it) give way.
    mutating func s51bApplyHan(_ fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)]) {
        guard !fixes.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for f in fixes {
            guard let sc = l28Run(f.k) else { continue }
            if let n = f.n { drop.insert(n) }
            let (s, e) = (tokens[f.k].start + f.a, tokens[f.k].start + f.b)
            for j in mentions.indices where mentions[j].type != .country && mentions[j].start < e && mentions[j].end > s
                && (mentions[j].known == nil || (mentions[j].start >= s && mentions[j].end <= e)) { drop.insert(j) }
            added.append(l28Mention(f.k, sc, f.a, f.b, f.type))
        }
        replaceMentions(removing: drop, adding: added)
    }

    /// The run holding mention `n` with the mention's offsets in it.
    func s51bRunOf(_ n: Int) -> (k: Int, sc: [Unicode.Scalar], a: Int, b: Int)? {
        guard let k = l28TokenAt(mentions[n].start), tokens[k].script == .han, mentions[n].end <= tokens[k].end, let sc = l28Run(k) else { return nil }
        return (k, sc, mentions[n].start - tokens[k].start, mentions[n].end - tokens[k].start)
    }

    /// The article's Han places (one per name, two characters or more), longest first.
    func s51bHanPlaces() -> [[Unicode.Scalar]] {
        var places: [[Unicode.Scalar]] = []
        for n in mentions.indices where mentions[n].type == .place {
            guard let b0 = mentions[n].surface.utf8.first, b0 >= 0xE3 else { continue }
            let sc = Array(mentions[n].surface.unicodeScalars)
            if sc.count >= 2, sc.count <= 5, !places.contains(sc) { places.append(sc) }
        }
        return places.sorted { $0.count > $1.count }
    }

    // MARK: - Chinese

    static let s51bDirections = HanCharSet("东南西北中")

    /// "乌兰察布市北部局地积雪", "吉林局地有暴雪": see the file's comment.
    mutating func s51bHanLocally() {
        guard hanArticleHasAny("局") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for n in mentions.indices where mentions[n].type == .organization && mentions[n].known == nil {
            guard mentions[n].surface.hasSuffix("局"), let (k, sc, a, b) = s51bRunOf(n), b < sc.count, Self.s51bIs(sc[b], "地") else { continue }
            var z = b - 1
            if z - a >= 4, Self.s51bIs(sc[z - 1], "部"), Self.s51bDirections.contains(Self.hanCode(sc[z - 2])) { z -= 2 }
            guard z - a >= 2 else { continue }
            fixes.append((n, k, a, z, .place))
        }
        s51bApplyHan(fixes)
    }

    /// "据中央气象台预报": see the file's comment.
    mutating func s51bHanLeadingJu() {
        guard hanArticleHasAny("据") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for n in mentions.indices where (mentions[n].type == .organization || mentions[n].type == .place) && mentions[n].known == nil {
            guard mentions[n].surface.hasPrefix("据"), let (k, sc, a, b) = s51bRunOf(n), b - a >= 4, !Self.s51bIs(sc[a + 1], "点") else { continue }
            fixes.append((n, k, a + 1, b, mentions[n].type ?? .organization))
        }
        s51bApplyHan(fixes)
    }

    static let s51bBannerColours = HanCharSet("黄白红蓝")

    /// "恢复正蓝旗、多伦县等地供电": see the file's comment.
    mutating func s51bHanBanners() {
        guard hanArticleHasAny("旗") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for n in mentions.indices where mentions[n].type == .place && mentions[n].surface.hasSuffix("旗") {
            guard let (k, sc, a, b) = s51bRunOf(n), b - a == 2, a >= 1, Self.s51bBannerColours.contains(Self.hanCode(sc[a])) else { continue }
            var x = a
            if Self.s51bIs(sc[a - 1], "镶") { x = a - 1; if x >= 1, Self.s51bIs(sc[x - 1], "正") { x -= 1 } }
            else if Self.s51bIs(sc[a - 1], "正") { x = a - 1 }
            if x < a { fixes.append((n, k, x, b, .place)) }
        }
        s51bApplyHan(fixes)
    }

    static let s51bChinaRailway = l28Words(["中国铁路"])[0]
    static let s51bBureauTails = l28Words(["局集团有限公司", "局集团公司"])

    /// "中国铁路呼和浩特局集团有限公司表示": see the file's comment.
    mutating func s51bHanRailwayBureaus() {
        guard hanArticleHasAny("铁") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 10) else { continue }
            for p in 0..<(sc.count - 9) where Self.l28At(sc, p, Self.s51bChinaRailway) {
                outer: for l in 1...5 {
                    for t in Self.s51bBureauTails where Self.l28At(sc, p + 4 + l, t) {
                        let e = p + 4 + l + t.count
                        let (s, ee) = (tokens[k].start + p, tokens[k].start + e)
                        if !anyMention(where: { $0.start == s && $0.end == ee }) { fixes.append((nil, k, p, e, .organization)) }
                        break outer
                    }
                }
            }
        }
        s51bApplyHan(fixes)
    }

    /// Generic ends of zones' names, longest first.
    static let s51bZoneEnds = l28Words(["国际医疗旅游先行区", "先行区", "科技城", "航天城", "示范区", "合作区", "试验区", "开发区", "高新区",
        "大湾区", "新区"])
    static let s51bZoneEndFirsts = HanCharSet("国先科航示合试开高大新")
    /// Last characters of administrative units' names (a city written with 市 is a place of its own before a zone).
    static let s51bUnitEnds = HanCharSet("市省县区盟旗镇港")
    /// Characters a zone's name does not run left over.
    static let s51bZoneStops = HanCharSet("、和与及的在将等了对把向从于为是由到至往自并或及经")
    static let s51bZoneListBounds = HanCharSet("、和与及在至到从")
    /// Characters after 港 that make it part of another word (港区, 港口, 港务, 港澳, 港湾, 港城).
    static let s51bPortNext = HanCharSet("区口务澳湾城股人")

    /// "推动海口江东新区、三亚崖州湾科技城和博鳌乐城国际医疗旅游先行区扩大开放", "海口新海港", "洋浦港集装箱吞吐量": see the
    /// file's comment.
    mutating func s51bHanZones() {
        guard hanArticleHasAny("区城港") else { return }
        let places = s51bHanPlaces()
        guard !places.isEmpty else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        // A zone or a port read after a city read elsewhere: one place with it.
        // (Not a district, "X市Y区", nor a port, "仰光迪拉瓦港": the sets read those as two places; nor after a city written
        // with 市, "福州市元洪投资区".)
        for n in mentions.indices where mentions[n].type == .place && mentions[n].known == nil {
            guard let (k, sc, a, b) = s51bRunOf(n), b - a >= 3, Self.s51bZoneEnds.contains(where: { b - $0.count >= a && Self.l28At(sc, b - $0.count, $0) }),
                  let pl = places.first(where: { Self.l28At(sc, a - $0.count, $0) }),
                  !Self.s51bUnitEnds.contains(Self.hanCode(pl[pl.count - 1])) else { continue }
            fixes.append((n, k, a - pl.count, b, .place))
        }
        s51bApplyHan(fixes)
        fixes = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 3) else { continue }
            var inRun: [(a: Int, b: Int)]?
            for p in 1..<sc.count {
                let c = Self.hanCode(sc[p])
                if c == 0x6E2F {   // 港: a place read in the article right before it
                    guard p + 1 < sc.count, !Self.s51bPortNext.contains(Self.hanCode(sc[p + 1])),
                          let pl = places.first(where: { Self.l28At(sc, p - $0.count, $0) }), !Self.s51bIs(pl[pl.count - 1], "港") else { continue }
                    let a = p - pl.count
                    if inRun == nil { inRun = l28MentionsIn(k).map { ($0.a, $0.b) } }
                    if inRun!.contains(where: { $0.a < p + 1 && $0.b > a && ($0.a < a || $0.b > p) }) { continue }
                    fixes.append((nil, k, a, p + 1, .place))
                    continue
                }
                guard Self.s51bZoneEndFirsts.contains(c), let z = Self.s51bZoneEnds.first(where: { Self.l28At(sc, p, $0) }) else { continue }
                let q = p + z.count
                if inRun == nil { inRun = l28MentionsIn(k).map { ($0.a, $0.b) } }
                // (A reading over the end already: its own rules'.)
                if inRun!.contains(where: { $0.a < q && $0.b > p }) { continue }
                let lo = max(0, p - 10)
                var a = p
                while a > lo, !Self.s51bZoneStops.contains(Self.hanCode(sc[a - 1])) { a -= 1 }
                // (A run's start is a bound when it opens a paragraph: "，做好科技城规划" is none.)
                let bound = a == 0 ? (k == 0 || tokens[k].newlineBefore) : Self.s51bZoneListBounds.contains(Self.hanCode(sc[a - 1]))
                var start = -1
                for x in a..<max(a, p - 1) where places.contains(where: { Self.l28At(sc, x, $0) && x + $0.count <= p }) { start = x; break }
                if start < 0, bound, p - a >= 2 { start = a }
                guard start >= 0, start < p, !inRun!.contains(where: { $0.a < start && $0.b > start }) else { continue }
                fixes.append((nil, k, start, q, .place))
            }
        }
        s51bApplyHan(fixes)
    }

    static let s51bCommittees = l28Words(["管理委员会", "管委会"])

    /// "洋浦经济开发区管委会数据显示": see the file's comment.
    mutating func s51bHanZoneCommittees() {
        guard hanArticleHasAny("委") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for n in mentions.indices where mentions[n].type == .place && mentions[n].surface.hasSuffix("区") {
            guard let (k, sc, a, b) = s51bRunOf(n), let c = Self.s51bCommittees.first(where: { Self.l28At(sc, b, $0) }) else { continue }
            fixes.append((n, k, a, b + c.count, .organization))
        }
        s51bApplyHan(fixes)
    }

    /// "二连浩特口岸货运中断 … 经二连浩特开往": see the file's comment.
    mutating func s51bHanPortsApart() {
        guard hanArticleHasAny("岸港") else { return }
        for n in mentions.indices where mentions[n].type == .place && mentions[n].known == nil {
            let s = mentions[n].surface
            let cut = s.hasSuffix("口岸") ? 2 : s.hasSuffix("港") ? 1 : 0
            guard cut > 0, mentions[n].words != [s] || !mentions[n].variants.isEmpty else { continue }
            let x = String(s.unicodeScalars.dropLast(cut))
            guard x.unicodeScalars.count >= 2, anyMention(where: { $0.type == .place && $0.surface == x }) else { continue }
            mentions[n].words = [s]
            mentions[n].variants = []
        }
    }

    /// Characters of Mongolian names missing from the transliteration set.
    static let s51bMongolianExtra = HanCharSet("其根勒图宝音鲁日嘎仁乌兰塔娜敖")
    static let s51bOccupationEnds = HanCharSet("员民长师手工")
    static let s51bSaying = l28Words(["说", "介绍", "表示", "认为", "告诉"])

    /// "首席预报员孟根其其格介绍", "牧民额尔敦巴特尔说", "锡林浩特7日早晨": see the file's comment.
    mutating func s51bHanMongolianNames() {
        let hot = hanArticleHasAny("浩")
        guard hot || hanArticleHasAny("说介表认告") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        let translit = Self.hanTransliterationSet
        @inline(__always) func nameChar(_ c: Unicode.Scalar) -> Bool { translit.contains(Self.hanCode(c)) || Self.s51bMongolianExtra.contains(Self.hanCode(c)) }
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            var inRun: [(a: Int, b: Int)]?
            for b in 2..<sc.count {
                let c = Self.hanCode(sc[b])
                if hot, c == 0x6D69, b + 1 < sc.count, Self.s51bIs(sc[b + 1], "特"), nameChar(sc[b - 2]), nameChar(sc[b - 1]),
                   b == 2 || Self.s51bZoneStops.contains(Self.hanCode(sc[b - 3])), b + 2 == sc.count || !Self.s51bIs(sc[b + 2], "市") {
                    if inRun == nil { inRun = l28MentionsIn(k).map { ($0.a, $0.b) } }
                    if !inRun!.contains(where: { $0.a < b + 2 && $0.b > b - 2 }) { fixes.append((nil, k, b - 2, b + 2, .place)) }
                    continue
                }
                guard Self.s51bSaying.contains(where: { Self.l28At(sc, b, $0) }) else { continue }
                for len in stride(from: 6, through: 4, by: -1) {
                    let a = b - len
                    guard a >= 1, Self.s51bOccupationEnds.contains(Self.hanCode(sc[a - 1])), (a..<b).allSatisfy({ nameChar(sc[$0]) }),
                          (a..<b).filter({ translit.contains(Self.hanCode(sc[$0])) }).count >= 2 else { continue }
                    if inRun == nil { inRun = l28MentionsIn(k).map { ($0.a, $0.b) } }
                    if !inRun!.contains(where: { $0.a < b && $0.b > a }) { fixes.append((nil, k, a, b, .person)) }
                    break
                }
            }
        }
        s51bApplyHan(fixes)
    }

    // MARK: - Chinese: towns glued, stations, regions

    /// "将于3月在琼海博鳌举行" read 琼海博: a place (not known) whose end cuts a word that opens another name of the article
    /// (博鳌 of 博鳌亚洲论坛, 博鳌乐城…) is two places, the one before that word and the word itself (a county and its town).
    mutating func s51bHanGluedTowns() {
        var heads: [[Unicode.Scalar]] = []
        for n in mentions.indices where mentions[n].type == .place || mentions[n].type == .organization {
            guard let b0 = mentions[n].surface.utf8.first, b0 >= 0xE3 else { continue }
            let sc = Array(mentions[n].surface.unicodeScalars)
            if sc.count >= 4 { heads.append(sc) }
        }
        guard heads.count >= 1 else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for n in mentions.indices where mentions[n].type == .place && mentions[n].known == nil && mentions[n].evidence != .known {
            guard mentions[n].surface.unicodeScalars.count == 3 || mentions[n].surface.unicodeScalars.count == 4,
                  let (k, sc, a, b) = s51bRunOf(n), b < sc.count else { continue }
            // The word cut: from x (the place keeps two characters or more) over the place's end, two or three characters.
            var found: (Int, Int)?
            for x in (a + 2)..<b where found == nil {
                for y in stride(from: min(sc.count, x + 3), through: b + 1, by: -1) where y - x >= 2 {
                    let w = Array(sc[x..<y])
                    // (Not a unit's or a body's word: "复和县人民委员会" is no county glued to a town.)
                    if Self.s51bGluedNotFirst.contains(Self.hanCode(w[0])) || Self.s51bUnitEnds.contains(Self.hanCode(sc[x - 1])) { continue }
                    if heads.contains(where: { $0.count > w.count && Self.l28At($0, 0, w) }) { found = (x, y); break }
                }
            }
            guard let (x, y) = found else { continue }
            fixes.append((n, k, a, x, .place))
            fixes.append((nil, k, x, y, .place))
        }
        s51bApplyHan(fixes)
    }

    static let s51bGluedNotFirst = HanCharSet("市省县区盟旗镇港州人政委")
    static let s51bStationNext = HanCharSet("长台点务")

    /// "在雅加达哈利姆站举行", "设哈利姆、卡拉旺…": a transliterated name (two to five characters) right after a known place
    /// and before 站 is a place (the station's name, its other name that place's); a place's name the article reads
    /// elsewhere closing a run right before "、" is a place there too (a list's first item after a verb).
    mutating func s51bHanStations() {
        guard hanArticleHasAny("站") else { return }
        let translit = Self.hanTransliterationSet
        var adds: [Mention] = []
        for n in mentions.indices where mentions[n].type == .place && mentions[n].known != nil {
            guard let (k, sc, _, b) = s51bRunOf(n), b + 3 <= sc.count else { continue }
            var q = b
            while q < sc.count, q - b <= 5, translit.contains(Self.hanCode(sc[q])) { q += 1 }
            guard q - b >= 2, q - b <= 5, q < sc.count, Self.s51bIs(sc[q], "站"),
                  q + 1 == sc.count || !Self.s51bStationNext.contains(Self.hanCode(sc[q + 1])) else { continue }
            let (s, e) = (tokens[k].start + b, tokens[k].start + q + 1)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            var m = l28Mention(k, sc, b, q + 1, .place)
            m.words = [hanText(sc, b, q - b)]
            adds.append(m)
        }
        if !adds.isEmpty { replaceMentions(removing: [], adding: adds) }
        let places = s51bHanPlaces() + adds.map { Array($0.words[0].unicodeScalars) }
        guard !places.isEmpty else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for k in 0..<(tokenCount - 1) where tokens[k].script == .han && textIsMark(k + 1, "、") {
            guard let sc = l28Run(k, atLeast: 3) else { continue }
            let e = tokens[k].end
            if anyMention(where: { $0.end == e && $0.start >= tokens[k].start }) { continue }
            guard let pl = places.first(where: { $0.count < sc.count && Self.l28At(sc, sc.count - $0.count, $0) }) else { continue }
            let a = sc.count - pl.count
            if anyMention(where: { $0.start < e && $0.end > tokens[k].start + a }) { continue }
            fixes.append((nil, k, a, sc.count, .place))
        }
        s51bApplyHan(fixes)
    }

    static let s51bCompassRegions: Set<String> = ["东北地区", "西北地区", "西南地区", "东南地区", "华北地区", "华南地区", "华东地区", "华中地区",
        "东部地区", "西部地区", "南部地区", "北部地区", "中部地区"]

    /// "影响赤峰、通辽及东北地区": a region named by a compass word and 地区 is none (the sets' convention).
    mutating func s51bHanCompassRegions() {
        guard hanArticleHasAny("区") else { return }
        var drop = Set<Int>()
        for n in mentions.indices where mentions[n].type == .place && mentions[n].known == nil && Self.s51bCompassRegions.contains(mentions[n].surface) {
            drop.insert(n)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Russian

    /// Russian lowercase nouns of landforms after a name's adjective ("Батагайский кратер", "Телецкое озеро").
    static let s51bRuLandformNouns = h18Keys(["кратер", "кратера", "кратере", "кратеру", "кратером", "ледник", "ледника", "леднике",
        "ледником", "хребет", "хребта", "хребте", "хребтом", "плато", "перевал", "перевала", "перевале", "озеро", "озера", "озере", "озером",
        "залив", "залива", "заливе", "заливом", "полуостров", "полуострова", "полуострове", "нагорье", "нагорья", "водохранилище",
        "водохранилища", "водохранилище", "каньон", "каньона", "каньоне"])
    /// Russian lowercase nouns of theatres and their like after a name's adjective ("Мариинский театр").
    static let s51bRuTheatreNouns = h18Keys(["театр", "театра", "театре", "театру", "театром"])

    static let s51bRuBodyHeads = h18Keys(["университет", "университета", "университете", "университету", "университетом", "институт",
        "института", "институте", "институту", "институтом"])

    /// "исследователи Университета Хоккайдо": see the file's comment.
    mutating func s51bRussianForeignUniversities() {
        guard articleHas(Self.s51bRuBodyHeads) else { return }
        var spans: [(Int, Int)] = []
        for k in 0..<(tokenCount - 1) where tokens[k].kind == .word && tokens[k].capitalized && Self.s51bRuBodyHeads.contains(tokens[k]) {
            let j = k + 1
            guard isCap(j), tokens[j].script == .cyrillic, tokens[j].spaceBefore, !tokens[j].allCaps else { continue }
            let (s, e) = (tokens[j].start, tokens[j].end)
            // A known place (not a country) whose name is the word as written: a foreign city that does not decline.
            guard let n = firstMentionIndex(where: { $0.start == s && $0.end == e && $0.type == .place && $0.known != nil }),
                  let v = mentions[n].surface.unicodeScalars.last, "оуиэю".unicodeScalars.contains(v) else { continue }
            let ks = tokens[k].start
            if anyMention(where: { $0.start < e && $0.end > ks && ($0.start < ks || $0.end > e) && $0.type != .country }) { continue }
            spans.append((k, j + 1))
        }
        replaceOverlapping(spans, type: .organization)
    }

    static let s51bRuRegionNouns = h18Keys(["республики", "республика", "республике", "республикой", "области", "область", "края", "край",
        "округа", "округ"])

    /// "Академией наук Республики Саха (Якутия)": see the file's comment.
    mutating func s51bRussianBodyEnds() {
        guard articleHas(Self.s51bRuRegionNouns) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a else { continue }
            guard z + 3 < tokenCount, textIsMark(z + 1, "("), isCap(z + 2), textIsMark(z + 3, ")"), z - a >= 2,
                  ((max(a, z - 3))..<z).contains(where: { Self.s51bRuRegionNouns.contains(tokens[$0]) }) else { continue }
            let (ps, pe) = (tokens[z + 2].start, tokens[z + 2].end)
            guard anyMention(where: { $0.start == ps && $0.end == pe && $0.type == .place }) else { continue }
            fixes.append((i, a, z + 4))
        }
        replaceEach(fixes, type: .organization)
    }

    // MARK: - Vietnamese

    static let s51bViCompany = h18Keys(["công"])
    /// Lowercase words of a builder's sector that a company's name runs over to its number ("công trình giao thông 4",
    /// "xây dựng số 1"); no other ("… hợp đồng cung cấp 1", "… về lô hàng 5" end the name before them).
    static let s51bViSectorWords = h18Keys(["công", "trình", "giao", "thông", "xây", "dựng", "cầu", "đường", "bộ", "sắt", "thủy", "lợi",
        "điện", "lực", "cơ", "khí", "lắp", "máy", "số", "kỹ", "thuật", "hạ", "tầng"])

    /// "Cơ quan Cảnh sát điều tra Bộ Công an", "Tổng công ty Công trình giao thông 4": see the file's comment.
    mutating func s51bVietnameseBodyEnds() {
        guard articleHas(Self.s51bViCompany) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, z + 1 < tokenCount else { continue }
            if isCap(z), keyIs(z, "cong"), keyIs(z + 1, "an"), s43Lower(z + 1), tokens[z + 1].spaceBefore {
                fixes.append((i, a, z + 2))
                continue
            }
            // "(Tổng) công ty Công trình giao thông 4": lowercase words to a number closing the name.
            guard keyIs(a, "tong") || keyIs(a, "cong"), (a...z).contains(where: { keyIs($0, "ty") }) else { continue }
            var q = z + 1
            while q < tokenCount, q - z <= 4, s43Lower(q), tokens[q].spaceBefore, Self.s51bViSectorWords.contains(tokens[q]) { q += 1 }
            guard q > z + 1, q < tokenCount, tokens[q].kind == .number, tokens[q].spaceBefore, tokens[q].end - tokens[q].start <= 2,
                  q + 1 == tokenCount || tokens[q + 1].kind == .punct else { continue }
            fixes.append((i, a, q + 1))
        }
        replaceEach(fixes, type: .organization)
    }

    static let s51bViStationNouns = h18Keys(["ga", "chợ"])

    /// "khu vực ga Thà Khẹc", "ở chợ Thà Khẹc": see the file's comment.
    /// (S52b: with `nouns` "cảng" and its `modifiers` "biển", "cập cảng Manila", "cảng biển Hải Phòng": one modifier may
    /// stand between the noun and the name.)
    mutating func s51bVietnameseStationsAndMarkets(nouns: KeySet = NameFinder.s51bViStationNouns, modifiers: KeySet? = nil) {
        guard articleHas(nouns) else { return }
        var spans: [(Int, Int)] = []
        for k0 in 0..<(tokenCount - 1) where tokens[k0].kind == .word && !tokens[k0].capitalized && nouns.contains(tokens[k0]) {
            var k = k0
            if let mods = modifiers, k + 2 < tokenCount, s43Lower(k + 1), mods.contains(tokens[k + 1]) { k += 1 }
            let s = tokens[k + 1].start
            guard isCap(k + 1), tokens[k + 1].spaceBefore else { continue }
            var z = k + 1
            if let n = firstMentionIndex(where: { $0.start == s && $0.type == .place }), let (_, y) = seedSpan(n) {
                z = y
            } else {
                // (Not read there: the capitalized words, when they spell a place read elsewhere.)
                while z + 1 < tokenCount, z - k < 3, isCap(z + 1), tokens[z + 1].spaceBefore { z += 1 }
            }
            let text = surface(k + 1, z + 1), e = tokens[z].end
            // X is read as a place elsewhere too (the town the station or the market is named after).
            if let mods = modifiers {
                // (A port: X read elsewhere, not after the port's noun again, and not only as a route's end, "Viêng Chăn - X",
                // unless X is a known town: the port is then X's alias, holdout74's "cảng Vũng Áng".)
                guard mentions.contains(where: { m in
                    guard m.type == .place, m.surface == text, m.start != s, let a = l28TokenAt(m.start), let b = l28TokenAt(m.end - 1) else { return false }
                    if a >= 1, nouns.contains(tokens[a - 1]) || mods.contains(tokens[a - 1]) { return false }
                    // (Nor only inside a body's name, "Phòng Thương mại X": holdout55's "cảng Alexandria" is the city's alias.)
                    if anyMention(where: { $0.type == .organization && $0.start <= m.start && $0.end >= m.end && $0.end - $0.start > m.end - m.start }) { return false }
                    return m.known != nil || (!textIsMark(a - 1, "-") && !textIsMark(a - 1, "–") && !textIsMark(b + 1, "-") && !textIsMark(b + 1, "–"))
                }) else { continue }
            } else {
                guard anyMention(where: { $0.type == .place && $0.surface == text && $0.start != s }) else { continue }
            }
            let ks = tokens[k0].start
            if anyMention(where: { $0.start < e && $0.end > ks && ($0.start < ks || $0.end > e) && $0.type != .country }) { continue }
            spans.append((k0, z + 1))
        }
        replaceOverlapping(spans, type: .place)
    }

    // MARK: - Russian: names in lists

    static let s51bRuSurnameEndings = ["ова", "ева", "ина", "ына", "ская", "цкая", "ов", "ев", "ин", "ын", "ский", "цкий"]

    /// "Ярославну - Анастасия Москвина", "подготовили Юрий Городецкий и гость": a nominative given name (read alone as a
    /// person, or opening a place) and a capitalized word with a surname's ending right after it (read as a known place:
    /// Москвина, or in that place) are one person.
    mutating func s51bRussianGivenNameFirst() {
        var spans: [(Int, Int)] = []
        for k in 0..<(tokenCount - 1) where isCap(k) && tokens[k].script == .cyrillic && !tokens[k].allCaps {
            let j = k + 1
            guard isCap(j), !tokens[j].allCaps, tokens[j].spaceBefore, !tokens[j].newlineBefore, lex.givenNames.contains(tokens[k].key),
                  Self.s51bRuSurnameEndings.contains(where: { tokens[j].key.hasSuffix($0) }) else { continue }
            let (s, e) = (tokens[k].start, tokens[j].end)
            // Already one person: nothing to do. A place over both, or a lone given name and a known place: one person.
            if anyMention(where: { $0.start == s && $0.end == e && $0.type == .person }) { continue }
            let placeOver = anyMention(where: { $0.start == s && $0.end == e && $0.type == .place && $0.known == nil })
            let split = anyMention(where: { $0.start == s && $0.end == tokens[k].end && $0.type == .person })
                && anyMention(where: { $0.start == tokens[j].start && $0.end == e && $0.type == .place && $0.known != nil })
            guard placeOver || split else { continue }
            if anyMention(where: { $0.start < e && $0.end > s && ($0.start < s || $0.end > e) && $0.type != .country }) { continue }
            spans.append((k, j + 1))
        }
        replaceOverlapping(spans, type: .person)
    }

    static let s51bRuRoleNouns = h18Keys(["партию", "партия", "партии", "партией", "роль", "роли", "ролью"])
    static let s51bRuStageKeys = h18Keys(["оперы", "опера", "оперу", "опере", "балета", "балет", "спектакль", "спектакля", "спектакле",
        "постановке", "постановки", "премьеру", "премьера", "премьеры"])

    /// "Партию Владимира Игоревича подготовили …", "Ярославну - Анастасия Москвина": in an article about a stage work, the
    /// names right after a role's noun ("партию", "роль") are the roles' (no person, no body: "Партию князя Игоря" goes
    /// too), and so is a lone name in the accusative right before a dash and a full name (the cast list's ellipsis).
    mutating func s51bRussianRoles() {
        guard articleHas(Self.s51bRuRoleNouns), articleHas(Self.s51bRuStageKeys) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .person || mentions[i].type == .organization) {
            guard let (a, z) = seedSpan(i) else { continue }
            if Self.s51bRuRoleNouns.contains(tokens[a]) {
                // "Партию князя Игоря", "Партию" read as a body: the role's noun opening it.
                if mentions[i].type == .organization, a == z || s51bLower(a + 1) || isCap(a + 1) { drop.insert(i) }
                continue
            }
            if a >= 1, Self.s51bRuRoleNouns.contains(tokens[a - 1]), mentions[i].type == .person { drop.insert(i); continue }
            // "Ярославну - Анастасия Москвина": one word in -у/-ю, a spaced dash, a full name.
            guard a == z, mentions[i].type == .person, z + 3 < tokenCount, tokens[z + 1].kind == .punct,
                  textIsMark(z + 1, "-") || textIsMark(z + 1, "–") || textIsMark(z + 1, "—"), tokens[z + 1].spaceBefore,
                  tokens[a].key.hasSuffix("у") || tokens[a].key.hasSuffix("ю"), isCap(z + 2), isCap(z + 3) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Vietnamese: names

    /// Capitalized syllables that read as a title or a number word ("Ba", "Bà", "Ông") but close a name in a list.
    static let s51bViNameTails = h18Keys(["ba", "bà", "ông", "anh", "cô", "chị", "hai", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"])

    /// "…, Mai Thành Lợi, Quách Thị Thu Ba và Ông Văn Sáu": a person read without a last syllable that is a title's or a
    /// number's word, written capitalized right after the name and before a list's comma, "và" or a full stop, takes it
    /// (a title opens a name: it never closes one).
    mutating func s51bVietnameseNameTails() {
        guard articleHas(Self.s51bViNameTails) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, z + 2 < tokenCount, isCap(z + 1), tokens[z + 1].spaceBefore, !tokens[z + 1].allCaps,
                  Self.s51bViNameTails.contains(tokens[z + 1]) else { continue }
            let q = z + 2
            guard textIsMark(q, ",") || textIsMark(q, ".") || textIsMark(q, ";") || (keyIs(q, "va") && s43Lower(q)) else { continue }
            fixes.append((i, a, z + 2))
        }
        replaceEach(fixes, type: .person)
    }

    /// "từ Prek Takeo đến tỉnh Takeo", "khu vực Prek Takeo": a guessed person (two or three words, none with a Vietnamese
    /// diacritic) whose last word is a place the article reads alone, or after "khu vực", is a place.
    mutating func s51bVietnameseForeignPlaces() {
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil && mentions[i].evidence == .guess {
            guard let (a, z) = seedSpan(i), z > a, z - a <= 2, mentions[i].surface.unicodeScalars.allSatisfy({ $0.value < 0x80 }) else { continue }
            let last = tokens[z].key
            let afterArea = a >= 2 && keyIs(a - 1, "vuc") && keyIs(a - 2, "khu")
            let lastIsPlace = anyMention(where: { $0.type == .place && $0.words.last.map { PhraseMatcher.same($0, last) } == true })
            guard afterArea || lastIsPlace else { continue }
            fixes.append((i, a, z + 1))
        }
        replaceEach(fixes, type: .place)
    }

    static let s51bViSea = h18Keys(["biển"])
    static let s51bViCompass = h18Keys(["đông", "tây", "nam", "bắc"])

    /// "tạo hành lang vận tải từ X xuống biển Đông": a lone compass word read as a place right after lowercase "biển" (a
    /// sea) is one place with it (the sea's name: the compass word alone is none).
    mutating func s51bVietnameseCompassSeas() {
        guard articleHas(Self.s51bViSea) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .place || mentions[i].type == nil {
            guard let (a, z) = seedSpan(i), a == z, a >= 1, isCap(a), Self.s51bViCompass.contains(tokens[a]), s43Lower(a - 1),
                  Self.s51bViSea.contains(tokens[a - 1]), z + 1 >= tokenCount || !isCap(z + 1) else { continue }
            fixes.append((i, a - 1, z + 1))
        }
        replaceEach(fixes, type: .place)
    }
}
