import Foundation

/// Misses seen in the twenty-ninth session in the Chinese articles of holdout53 (a provincial exam office's figures, an ice
/// storm in a Guizhou prefecture, a city congress's session) and the Japanese and Korean articles of holdout54 (a Niigata
/// metalware maker, a care company's fraud trial, a snowstorm in Gangwon, a children's emergency centre in Daegu), scored
/// untouched first; each a general pattern of the language, tested on other names in EntityLeft29CjkTests. One pass,
/// `refineLeft29Cjk`, run after `refineLeft28Intl`, gated on the article's language and script before any scan.
///
/// Chinese: an ordinary person after a role word or a verb of appointment ("首席预报员龙某某介绍", "任命某某为"), or before
/// 被任命/辞去; places named only in a list or a pair with other places ("南昌、赣州、九江和宜春等地", "从西安和重庆出发"), a
/// city after its province ("来自广西柳州的"); a university's campus; an exam area (考区) is its city; stations, towns,
/// lakes, canals and old towns by their suffix after a place or a function word; motorways named by two abbreviations
/// ("兰海高速", left to 高速公路 when written in full too); a body's reading run over a verb ("供电局组织"); two
/// universities joined by 和; a body's centre ("中国气象局国家气候中心"); a city written with 市 grouped with the city read
/// without it; "全市" and "一步…" no places.
/// Japanese: bodies by their suffix (商工会議所, 連合会, 公庫), a city's section (福山市介護保険課), a city of one kanji
/// after its prefecture ("新潟県燕市"), a family name written apart from the given name before a title, a quoted company
/// after a company noun. Korean: the units of an address after a place (시/군/구 → 읍/면/동/리), names by their suffix
/// (고속도로, 나들목, 리조트, 항, 교육청, 학회), national agencies (기상청), a body's regional office, a university's hospital,
/// places listed with "·", railway lines and national roads ("KTX 강릉선", "국도 44호선"), a person before a title that the
/// older list lacks, provinces' and metropolises' short names grouped with their full names.
extension NameFinder {
    mutating func refineLeft29Cjk() {
        if hasHan, language == "zh" {
            l29HanTitledPeople()
            l29HanListedPlaces()
            l29HanPairedPlaces()
            l29HanCampusesAndExamAreas()
            l29HanStations()
            l29HanTowns()
            l29HanMotorways()
            l29HanWaterNames()
            l29HanBodyVerbs()
            l29HanJoinedUniversities()
            l29HanCentres()
            l29HanWholeUnitWords()
            l29HanProvinceCities()
            l29HanCitySuffixGroups()
        } else if hasHan, language == "ja" {
            l29JapaneseSuffixBodies()
            l29JapaneseSections()
            l29JapaneseCities()
            l29JapaneseSpacedNames()
            l29JapaneseQuotedCompanies()
        } else if language == "ko" {
            l29KoreanJunk()
            l29KoreanSuffixNames()
            l29KoreanAddressChains()
            l29KoreanListedPlaces()
            l29KoreanRegionalOffices()
            l29KoreanTitledPeople()
            l29KoreanProvinces()
            l29KoreanLines()
            l29KoreanHospitals()
        }
    }

    // MARK: Chinese: ordinary people after a role

    /// Roles and verbs of appointment written right before an ordinary person's name (beside `hanTitles`).
    static let l29HanRoles = l28Words(["首席预报员", "预报员", "干部", "村干部", "委员", "学生", "司机", "负责人", "村民", "党员", "医生",
        "民警", "工程师", "老师", "农民", "居民", "队长", "经理", "技术员", "教师", "游客", "市民", "家长", "志愿者", "律师", "法官",
        "检察官", "审判员", "厂长", "支书", "站长", "馆长", "处长", "科长", "厅长", "船长", "护士", "店主", "职工", "员工", "工人",
        "检察长", "作家", "人员", "工作人员", "教练", "主教练", "任命", "免去", "选举"])
    static let l29HanRoleLasts = HanCharSet(l29HanRoles.compactMap { $0.last.map(Character.init) })
    /// What follows a name: function words and the first characters of verbs of saying ("介绍", "提醒", "建议", "正在").
    static let l29HanAfterName = HanCharSet("说是在和与的被将任为也则曾已等向对从于到因称表指认了就都还又即均及多介提建正告透坦强谈今")

    /// Family names that are function words too ("居民和企业的", "村民向记者说"): after a role, the word.
    static let l29HanFunctionSurnames = HanCharSet("和向于时全应连")

    /// "首席预报员龙启明介绍", "村干部覃秀英正带着", "常委会委员许晴在", "任命陆某某为…局长，免去孙某某的…职务": a family name
    /// right after a role or a verb of appointment, one or two given characters and a function word or a verb of saying
    /// (or the run's end before punctuation) is a person. A reading run on past the name starts after it.
    mutating func l29HanTitledPeople() {
        let surnames = Self.hanSurnameSet, after = Self.l29HanAfterName, notGiven = Self.l28NotGivenFirst, lasts = Self.l29HanRoleLasts
        var added: [Mention] = []
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            let punctAfter = k + 1 < tokenCount && tokens[k + 1].kind == .punct
            var p = 2
            while p + 1 < sc.count {
                defer { p += 1 }
                guard surnames.contains(Self.hanCode(sc[p])), !Self.l29HanFunctionSurnames.contains(Self.hanCode(sc[p])), lasts.contains(Self.hanCode(sc[p - 1])),
                      Self.l29HanRoles.contains(where: { p >= $0.count && Self.l28At(sc, p - $0.count, $0) }) else { continue }
                let g1 = Self.hanCode(sc[p + 1])
                guard !notGiven.contains(g1), !after.contains(g1) else { continue }
                let ends = { (e: Int) -> Bool in e == sc.count ? punctAfter : after.contains(Self.hanCode(sc[e])) }
                var b = 0
                if p + 2 < sc.count, !after.contains(Self.hanCode(sc[p + 2])), ends(p + 3) { b = p + 3 }
                else if ends(p + 2) { b = p + 2 }
                guard b > 0 else { continue }
                let (s, e) = (tokens[k].start + p, tokens[k].start + b)
                if anyMention(where: { $0.start < e && $0.end > s && ($0.type == .person || $0.known != nil) }) { continue }
                var n = 0
                while n < mentions.count {
                    let m = mentions[n]
                    guard m.type != .country, m.start < e, m.end > s else { n += 1; continue }
                    if m.start >= s, m.end - e >= 2 { l28Recut(n, k, sc, b, m.end - tokens[k].start); n += 1; continue }
                    mentions.remove(at: n)
                }
                added.append(l28Mention(k, sc, p, b, .person))
                p = b - 1
            }
        }
        mentions.append(contentsOf: added)
        l29HanAppointedPeople()
    }

    static let l29Appointed = l28Words(["被任命", "被免去", "被提名", "辞去"])
    /// Second characters of common nouns that open with a family name's character ("项目", "方案", "作品").
    static let l29HanNounSeconds = HanCharSet("目案品业务件物题")

    /// "，彭某某被任命为湖南省…厅长", "会议接受了付某某辞去…职务": a family name and one or two given characters after a comma,
    /// a function word or 了, right before 被任命 (被免去, 被提名) or 辞去, is a person.
    mutating func l29HanAppointedPeople() {
        // (Each of `l29Appointed` holds 辞, or 被 and one of 命免提.)
        guard hanArticleHasAny("辞") || hanArticleHasAny("被") && hanArticleHasAny("命免提") else { return }
        let surnames = Self.hanSurnameSet, notGiven = Self.l28NotGivenFirst, after = Self.l29HanAfterName, openers = Self.l29HanListOpeners
        var added: [Mention] = []
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 5), sc.contains(where: { $0 == "被" || $0 == "辞" }) else { continue }
            for q in 2..<sc.count where sc[q] == "被" || sc[q] == "辞" {
                guard Self.l29Appointed.contains(where: { Self.l28At(sc, q, $0) }) else { continue }
                guard let p = [q - 3, q - 2].first(where: { p in
                    p >= 0 && surnames.contains(Self.hanCode(sc[p])) && (p == 0 ? k > 0 && tokens[k - 1].kind == .punct : openers.contains(Self.hanCode(sc[p - 1])))
                        && !(p + 1..<q).contains(where: { notGiven.contains(Self.hanCode(sc[$0])) || after.contains(Self.hanCode(sc[$0]))
                                                          || Self.l29HanNounSeconds.contains(Self.hanCode(sc[$0])) })
                }) else { continue }
                let (s, e) = (tokens[k].start + p, tokens[k].start + q)
                if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s && ($0.known != nil || $0.type == .person || $0.start < s || $0.end > e) }) { continue }
                mentions.removeAll { $0.type != .country && $0.start >= s && $0.end <= e }
                added.append(l28Mention(k, sc, p, q, .person))
            }
        }
        mentions.append(contentsOf: added)
    }

    // MARK: Chinese: places in a list

    /// The head nouns after 等 that say the items before are places ("等地", "等公园", "等重点水域" is read through 等重点).
    static let l29HanPlaceHeads = l28Words(["地区", "地", "城市", "市县", "县市", "公园", "景区", "水域", "湖泊", "河流", "乡镇", "省份", "省区",
                                            "县", "市", "区", "镇", "乡"])
    /// Characters no place's name in a list holds.
    static let l29HanListStops = HanCharSet("的了在和与及等是将被把从向对为也就还而并至到往于，、个各全本该此这那多两几年月日")
    /// Characters before a list's first item (a function word, a verb of going, "围绕", "包括").
    static let l29HanListOpeners = HanCharSet("的了在和与及是将被把从向对为也就还而并至到往于绕括如经赴抵")

    /// An item of a list: characters `a..<b` of run `k`.
    struct L29Item { var k: Int; var a: Int; var b: Int }

    /// "主要分布在南昌、赣州、九江、上饶和宜春等地", "萍乡、景德镇和抚州等地", "邳州、睢宁和铜山区": the names of a list joined by
    /// 、 and a last 和/与/及 are places when 等 and a place's head noun follow the list, or when two of them are read as
    /// places already (and none as a person or a body). The first item is the end of its run after a function word.
    mutating func l29HanListedPlaces() {
        let stops = Self.l29HanListStops, openers = Self.l29HanListOpeners
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].script == .han, keyIs(k + 1, "、"), tokens[k + 2].script == .han else { continue }
            // The runs of the list: k, k+2, k+4 … while 、 joins them.
            var runs = [k]
            var j = k + 2
            while j < tokenCount, tokens[j].script == .han {
                runs.append(j)
                if j + 2 < tokenCount, keyIs(j + 1, "、"), tokens[j + 2].script == .han { j += 2 } else { break }
            }
            k = runs.last!
            var items: [L29Item] = []
            var ok = true
            // The first item: a reading that ends the run, or its last two to four characters after a function word.
            guard let s0 = l28Run(runs[0]) else { continue }
            let st0 = tokens[runs[0]].start
            // (After a function word first: "已向黔东南" over a reading "东南"; then a reading: "设保山"; then a short run.)
            if let len = (2...4).first(where: { $0 < s0.count && (openers.contains(Self.hanCode(s0[s0.count - $0 - 1]))
                                                                 || Self.scalarIn(s0[s0.count - $0 - 1], "省市")) }) {
                items.append(L29Item(k: runs[0], a: s0.count - len, b: s0.count))
            } else if let m = mentions.indices.first(where: { mentionType($0) != .country && mentionEnd($0) == st0 + s0.count && mentionStart($0) >= st0 }) {
                // (Fields read in place, by index here and below: `firstMention`'s and `anyMention`'s tests copied each
                // mention they were lent in this large pass.)
                items.append(L29Item(k: runs[0], a: mentionStart(m) - st0, b: s0.count))
            } else if s0.count >= 2, s0.count <= 4 {
                items.append(L29Item(k: runs[0], a: 0, b: s0.count))
            } else { continue }
            var headAfter: (k: Int, p: Int)?
            for (i, r) in runs.enumerated().dropFirst() {
                guard let sc = l28Run(r) else { ok = false; break }
                let last = i == runs.count - 1
                if !last {
                    guard sc.count >= 2, sc.count <= 5 else { ok = false; break }
                    items.append(L29Item(k: r, a: 0, b: sc.count))
                    continue
                }
                // The last run: an item, then 和/与/及 and one more, then 等 and a head noun (or anything).
                let st = tokens[r].start
                func itemEnd(_ from: Int) -> Int? {
                    if let m = mentions.indices.first(where: { mentionType($0) != .country && mentionStart($0) == st + from && mentionEnd($0) <= st + sc.count }) {
                        return mentionEnd(m) - st
                    }
                    var q = from
                    while q < sc.count, q - from < 5, !stops.contains(Self.hanCode(sc[q])) { q += 1 }
                    return q - from >= 2 && (q == sc.count || stops.contains(Self.hanCode(sc[q]))) ? q : nil
                }
                guard let e1 = itemEnd(0) else { ok = false; break }
                items.append(L29Item(k: r, a: 0, b: e1))
                var e = e1
                if e1 + 1 < sc.count, Self.scalarIn(sc[e1], "和与及") {
                    guard let e2 = itemEnd(e1 + 1) else { ok = false; break }
                    items.append(L29Item(k: r, a: e1 + 1, b: e2))
                    e = e2
                }
                headAfter = (r, e)
            }
            guard ok, items.count >= 3 || (items.count == 2 && headAfter != nil) else { continue }
            // What the list names: places after 等 and a place's head noun, or when two items are places already.
            var placeHead = false
            if let (r, e) = headAfter, let sc = l28Run(r), e < sc.count, sc[e] == "等" {
                placeHead = Self.l29HanPlaceHeads.contains(where: { Self.l28At(sc, e + 1, $0) || Self.l28At(sc, e + 3, $0) })
            }
            var places = 0
            var blocked = false
            for it in items {
                let (s, e) = (tokens[it.k].start + it.a, tokens[it.k].start + it.b)
                var place = false
                // (Fields read in place: `mentions[i].type` copied the whole mention in this large pass.)
                for i in mentions.indices where mentionType(i) != .country && mentionStart(i) < e && mentionEnd(i) > s {
                    if mentionType(i) == .place, mentionStart(i) == s, mentionEnd(i) == e { place = true }
                    else if mentionType(i) == .person || mentionType(i) == .organization { blocked = true }
                }
                // (Or read as a place elsewhere in the article: "新沂、邳州等地" before "邳州、睢宁和铜山区".)
                if !place, let sc = l28Run(it.k) {
                    let text = hanText(sc, it.a, it.b - it.a)
                    place = mentions.indices.contains(where: { mentionType($0) == .place && PlainText.equal(mentionSurface($0), text) })
                }
                if place { places += 1 }
            }
            guard !blocked, placeHead || places >= 2 else { continue }
            for it in items {
                guard let sc = l28Run(it.k) else { continue }
                let (s, e) = (tokens[it.k].start + it.a, tokens[it.k].start + it.b)
                if mentions.indices.contains(where: { mentionType($0) == .place && mentionStart($0) == s && mentionEnd($0) == e }) { continue }
                if (it.a..<it.b).contains(where: { stops.contains(Self.hanCode(sc[$0])) }) { continue }
                if mentions.indices.contains(where: {
                    mentionStart($0) < e && mentionEnd($0) > s && (mentionType($0) == .country || mentionKnown($0) != nil || mentionStart($0) < s || mentionEnd($0) > e)
                }) { continue }
                mentions.removeAll { $0.type != .country && $0.start >= s && $0.end <= e }
                mentions.append(l28Mention(it.k, sc, it.a, it.b, .place))
            }
        }
    }

    /// What may follow the second of two places joined by 和 ("的", "等", "出发", "两地").
    static let l29HanAfterPair = HanCharSet("的等出两之间")

    /// "货物将从西安和重庆出发", "吸引了不少兰州和武威的滑雪爱好者": two names of two characters joined by 和, one of them a known
    /// place, the other after a function word (the first) or before 的, 等 or 出发 (the second), are two places.
    mutating func l29HanPairedPlaces() {
        let openers = Self.l29HanListOpeners, stops = Self.l29HanListStops, after = Self.l29HanAfterPair
        var added: [Mention] = []
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 5) else { continue }
            let st = tokens[k].start
            for j in 2..<(sc.count - 2) where sc[j] == "和" {
                // (Fields read in place: in this large pass the test of an optional field copied every mention it read.)
                func known(_ a: Int) -> Bool {
                    mentions.indices.contains { mentionType($0) == .place && mentionKnown($0) != nil && mentionStart($0) == st + a && mentionEnd($0) == st + a + 2 }
                }
                func free(_ a: Int) -> Bool {
                    !(a..<a + 2).contains(where: { stops.contains(Self.hanCode(sc[$0])) })
                        && !mentions.indices.contains { mentionType($0) != .country && mentionStart($0) < st + a + 2 && mentionEnd($0) > st + a }
                }
                var a = -1
                if known(j + 1), free(j - 2), j == 2 || openers.contains(Self.hanCode(sc[j - 3])) { a = j - 2 }
                else if known(j - 2), free(j + 1), j + 3 < sc.count, after.contains(Self.hanCode(sc[j + 3])) { a = j + 1 }
                guard a >= 0 else { continue }
                added.append(l28Mention(k, sc, a, a + 2, .place))
            }
        }
        mentions.append(contentsOf: added)
    }

    // MARK: Chinese: campuses and exam areas

    /// "南昌大学前湖校区", "江西财经大学麦庐园校区": two to four characters and 校区 right after a university or a college is a
    /// place (the campus); "赣州考区" (an exam area) is its city, "个考区" none.
    mutating func l29HanCampusesAndExamAreas() {
        guard hanArticleHasAny("校考") else { return }   // (every rule below needs one of them)
        let exam = Array("考区".unicodeScalars)
        var removed = Set<Int>(), added: [Mention] = []
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 3) else { continue }
            var q = 4
            while q + 1 < sc.count {
                defer { q += 1 }
                guard sc[q] == "校", sc[q + 1] == "区",
                      let u = (q - 4...q - 2).reversed().first(where: { u in u >= 2 && (sc[u - 2] == "大" && sc[u - 1] == "学" || sc[u - 2] == "学" && sc[u - 1] == "院") })
                else { continue }
                let (s, e) = (tokens[k].start + u, tokens[k].start + q + 2)
                if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s && ($0.start < s || $0.end > e) }) { continue }
                mentions.removeAll { $0.type != .country && $0.start >= s && $0.end <= e }
                added.append(l28Mention(k, sc, u, q + 2, .place))
            }
            for (n, a, b) in l28MentionsIn(k) where mentions[n].type == .place && mentions[n].known == nil && b - a >= 2 && Self.l28At(sc, b - 2, exam) {
                if b - a >= 4, !Self.l29HanListStops.contains(Self.hanCode(sc[a])) { l28Recut(n, k, sc, a, b - 2) } else { removed.insert(n) }
            }
        }
        replaceMentions(removing: removed, adding: added)
    }

    // MARK: Chinese: stations and towns

    /// "高铁徐州东站", "都匀东站滞留旅客": a place read right before 站 (or 东站, 西站 …) is the station, one place.
    mutating func l29HanStations() {
        guard hanArticleHasAny("站") else { return }   // (every rule below needs one of them)
        let compass = "东西南北".unicodeScalars, openers = Self.l29HanListOpeners, stops = Self.l29HanListStops
        var added: [Mention] = []
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 3) else { continue }
            // Two name characters and 东站 (西站 …) after a function word, 铁 ("高铁") or at the run's start.
            var q = 2
            while q + 1 < sc.count {
                defer { q += 1 }
                guard sc[q + 1] == "站", compass.contains(sc[q]), q == 2 || openers.contains(Self.hanCode(sc[q - 3])) || sc[q - 3] == "铁",
                      !stops.contains(Self.hanCode(sc[q - 2])), !stops.contains(Self.hanCode(sc[q - 1])),
                      !Self.l28At(sc, q - 2, Array("火车".unicodeScalars)), !Self.l28At(sc, q - 2, Array("汽车".unicodeScalars)) else { continue }
                let (s, e) = (tokens[k].start + q - 2, tokens[k].start + q + 2)
                if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s && ($0.known != nil && $0.end > e || $0.start < s || $0.end > e) }) { continue }
                mentions.removeAll { $0.type != .country && $0.start >= s && $0.end <= e }
                added.append(l28Mention(k, sc, q - 2, q + 2, .place))
            }
            for (n, a, b) in l28MentionsIn(k) where mentions[n].type == .place && b < sc.count {
                var e = 0
                if sc[b] == "站" { e = b + 1 } else if b + 1 < sc.count, compass.contains(sc[b]), sc[b + 1] == "站" { e = b + 2 }
                guard e > 0, e == sc.count || !Self.scalarIn(sc[e], "长点台务") else { continue }
                if anyMention(where: { $0.start < tokens[k].start + e && $0.end > tokens[k].start + b }) { continue }
                l28Recut(n, k, sc, a, e)
                mentions[n].known = nil
            }
        }
        mentions.append(contentsOf: added)
    }

    /// Characters that end no town's name before 镇/乡 ("城镇", "乡镇", "古镇", "重镇").
    static let l29HanNotTownEnds = HanCharSet("城乡古重小名集市县村大")
    /// What may stand before a town's name: a verb of going, a function word.
    static let l29HanBeforeTown = HanCharSet("往在至到从经向与和及对于赴抵")

    /// "都匀市墨冲镇", "平塘县克度镇一家合作社", "通往周覃镇的山路": two characters and 镇 or 乡 after a city's or a county's
    /// place (or after a verb of going or a function word) is a town; a reading that ran into it from inside the county's
    /// name ("塘县克度镇一家…合作社") goes.
    mutating func l29HanTowns() {
        guard hanArticleHasAny("镇乡") else { return }   // (every rule below needs one of them)
        let notEnd = Self.l29HanNotTownEnds, before = Self.l29HanBeforeTown, stops = Self.l29HanListStops
        var added: [Mention] = []
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 3) else { continue }
            let st = tokens[k].start
            var q = 2
            while q < sc.count {
                defer { q += 1 }
                guard sc[q] == "镇" || sc[q] == "乡" else { continue }
                let a = q - 2
                guard !notEnd.contains(Self.hanCode(sc[q - 1])), !stops.contains(Self.hanCode(sc[a])), !stops.contains(Self.hanCode(sc[q - 1])) else { continue }
                let (s, e) = (st + a, st + q + 1)
                // The county: a place read right before, or two characters and 市/县/区 ("平塘县克度镇", read over by a body).
                let unit = a >= 1 && Self.scalarIn(sc[a - 1], "市县区州旗")
                let county = firstMention(where: { $0.type == .place && $0.end == s && $0.start >= st })?.start ?? (unit && a >= 2 ? st + max(0, a - 3) : nil)
                let afterCounty = unit && county != nil
                let afterWord = a == 0 ? k > 0 && tokens[k - 1].kind == .punct : before.contains(Self.hanCode(sc[a - 1]))
                guard afterCounty || afterWord else { continue }
                if anyMention(where: { $0.type == .place && $0.start <= s && $0.end >= e }) { continue }
                // Readings over it: inside it, or begun inside the county's name before it, go; any other keeps it out.
                let broken = { (m: Mention) -> Bool in
                    m.start >= s && m.end <= e || county.map { m.start > $0 && m.start < s && m.known == nil } ?? false
                }
                if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s && !broken($0) }) { continue }
                mentions.removeAll { $0.type != .country && $0.start < e && $0.end > s && broken($0) }
                added.append(l28Mention(k, sc, a, q + 1, .place))
            }
        }
        mentions.append(contentsOf: added)
    }

    // MARK: Chinese: motorways

    /// One-character names of provinces and cities that expressways are named by, two at a time ("京沪", "兰海", "厦蓉", "沈海").
    static let l29ExpresswayAbbreviations = HanCharSet("京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽贵粤藏川琼港澳珠通杭甬厦哈昆沈海兰蓉包茂瑞福银青连霍广汕长深济大二泉南宁洛呼北荣乌张汉渝台")

    /// "在兰海高速独山县境内", "厦蓉高速都匀至三都段": two abbreviations of places and 高速 after a function word or a list's
    /// comma is a motorway, a place ("高速公路", "高速铁路" after them stay out of the name).
    mutating func l29HanMotorways() {
        guard hanArticleHasAny("速") else { return }   // (every rule below needs one of them)
        let abbr = Self.l29ExpresswayAbbreviations, before = Self.l29HanListOpeners
        var added: [Mention] = [], full = Set<String>()
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            var q = 2
            while q + 1 < sc.count {
                defer { q += 1 }
                guard sc[q] == "高", sc[q + 1] == "速", abbr.contains(Self.hanCode(sc[q - 2])), abbr.contains(Self.hanCode(sc[q - 1])) else { continue }
                guard q == 2 || before.contains(Self.hanCode(sc[q - 3])) else { continue }
                if q + 2 < sc.count, Self.scalarIn(sc[q + 2], "铁列动磁") { continue }
                let road = Self.l28At(sc, q + 2, Array("公路".unicodeScalars))
                let end = road ? q + 4 : q + 2
                if road { full.insert(hanText(sc, q - 2, 6)) }
                let (s, e) = (tokens[k].start + q - 2, tokens[k].start + end)
                if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s && ($0.known != nil || $0.start < s || $0.end > e) }) { continue }
                mentions.removeAll { $0.type != .country && $0.start >= s && $0.end <= e }
                added.append(l28Mention(k, sc, q - 2, end, .place))
            }
        }
        // "沪昆高速" left to "沪昆高速公路" written in full elsewhere in the article (the full name is the motorway's).
        added.removeAll { $0.surface.unicodeScalars.count == 4 && full.contains($0.surface + "公路") }
        mentions.append(contentsOf: added)
    }

    // MARK: Chinese: lakes, canals, reservoirs, old towns

    /// Suffixes of named waters and old towns (longest first).
    static let l29HanWaterSuffixes = l28Words(["大运河", "运河", "水库", "古镇", "湖"])
    /// What may follow such a name ("、", "等", "水源地", "的", "段", "畔").
    static let l29HanAfterWater = HanCharSet("、等是水的和与段畔边沿周区流域")
    /// Words before a suffix that make a common noun ("人工湖", "堰塞湖").
    static let l29HanWaterCommon = l28Words(["人工", "堰塞", "咸水", "淡水", "高原", "城中", "小型", "大型", "中型"])

    /// "围绕骆马湖、微山湖等重点水域", "京杭大运河徐州段", "窑湾古镇段航道", "并在云龙湖": two or three name characters and a lake's,
    /// a canal's, a reservoir's or an old town's suffix, after a function word (or at the run's start) and before a list's
    /// comma, 等, 段 or a function word, is a place.
    mutating func l29HanWaterNames() {
        guard hanArticleHasAny("湖河库镇") else { return }   // (every rule below needs one of them)
        let before = Self.l29HanListOpeners, after = Self.l29HanAfterWater, stops = Self.l29HanListStops
        var added: [Mention] = []
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 3) else { continue }
            let punctAfter = k + 1 < tokenCount && tokens[k + 1].kind == .punct
            var q = 2
            while q < sc.count {
                defer { q += 1 }
                guard Self.scalarIn(sc[q], "湖河库镇"),
                      let w = Self.l29HanWaterSuffixes.first(where: { q + 1 >= $0.count && Self.l28At(sc, q + 1 - $0.count, $0) }) else { continue }
                let e = q + 1
                guard e == sc.count ? punctAfter : after.contains(Self.hanCode(sc[e])) || e + 2 < sc.count && sc[e + 2] == "段" else { continue }
                let head = e - w.count
                guard let a = [head - 2, head - 3].first(where: { a in
                    a >= 0 && (a == 0 || before.contains(Self.hanCode(sc[a - 1]))) && !(a..<head).contains(where: { stops.contains(Self.hanCode(sc[$0])) })
                }) else { continue }
                if Self.l29HanWaterCommon.contains(where: { Self.l28At(sc, head - $0.count, $0) }) { continue }
                let (s, en) = (tokens[k].start + a, tokens[k].start + e)
                if anyMention(where: { $0.type == .place && $0.start <= s && $0.end >= en }) { continue }
                if anyMention(where: { $0.type != .country && $0.start < en && $0.end > s && ($0.start < s || $0.end > en) }) { continue }
                mentions.removeAll { $0.type != .country && $0.start >= s && $0.end <= en }
                added.append(l28Mention(k, sc, a, e, .place))
            }
        }
        mentions.append(contentsOf: added)
    }

    // MARK: Chinese: a body's reading run over a verb

    static let l29Organize = Array("组织".unicodeScalars)
    /// Verbs and adverbs before 组织 ("to organize"): a reading ending so is a clause ("严厉打击组织", "自行组织", "优化施工组织").
    static let l29HanVerbsBeforeOrganize = l28Words(["打击", "自行", "施工", "精心", "统一", "认真", "积极", "负责", "共同", "优化", "周密"])

    /// "都匀供电局组织400余名抢修人员": a body's reading that runs over 组织 after its own suffix (局, 站, 院 …) ends before
    /// it; a reading that is a verb before 组织 ("打击组织考试作弊") is no body.
    mutating func l29HanBodyVerbs() {
        guard hanArticleHasAny("组") else { return }   // (every rule below needs one of them)
        var removed = Set<Int>()
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            for (n, a, b) in l28MentionsIn(k) where mentions[n].type == .organization && mentions[n].known == nil && b - a >= 4 {
                guard Self.l28At(sc, b - 2, Self.l29Organize) else { continue }
                if Self.scalarIn(sc[b - 3], "局站院所厅部委司处队") { l28Recut(n, k, sc, a, b - 2) }
                else if Self.l29HanVerbsBeforeOrganize.contains(where: { Self.l28At(sc, b - 2 - $0.count, $0) }) { removed.insert(n) }
            }
        }
        replaceMentions(removing: removed)
    }

    // MARK: Chinese: two universities joined by 和

    /// "江西财经大学和华东交通大学四所高校", read as "大学和华东交通大学": a body's reading that holds 和 after 大学 or 学院 is two
    /// bodies, the first from the run's start or the function word before it.
    mutating func l29HanJoinedUniversities() {
        guard hanArticleHasAny("学") else { return }   // (every rule below needs one of them)
        var removed = Set<Int>(), added: [Mention] = []
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 8) else { continue }
            for (n, a, b) in l28MentionsIn(k) where mentions[n].type == .organization && mentions[n].known == nil {
                guard let j = (max(a, 2)..<b).first(where: { sc[$0] == "和" || sc[$0] == "与" }), b - j >= 5,
                      sc[j - 1] == "学" && sc[j - 2] == "大" || sc[j - 1] == "院" && sc[j - 2] == "学" else { continue }
                var f = min(a, j - 2)
                while f > 0, !Self.l28PlaceStops.contains(Self.hanCode(sc[f - 1])) { f -= 1 }
                guard j - f >= 4, !anyMention(where: { $0.type == .organization && $0.start == tokens[k].start + f && $0.end == tokens[k].start + j }) else { continue }
                removed.insert(n)
                let (s, e) = (tokens[k].start + f, tokens[k].start + j)
                for i in mentions.indices where i != n && mentions[i].type != .country && mentions[i].known == nil
                    && mentions[i].start >= s && mentions[i].end <= e { removed.insert(i) }
                added.append(l28Mention(k, sc, f, j, .organization))
                added.append(l28Mention(k, sc, j + 1, b, .organization))
            }
        }
        replaceMentions(removing: removed, adding: added)
    }

    // MARK: Chinese: a body's centre

    static let l29Centre = Array("中心".unicodeScalars)

    /// "中国气象局国家气候中心预测": a body's reading ending in 局, 部 or 院 right before two to six characters and 中心 is the
    /// body's centre, one body.
    mutating func l29HanCentres() {
        guard hanArticleHasAny("局部院") else { return }   // (every rule below needs one of them)
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 7) else { continue }
            for (n, a, b) in l28MentionsIn(k) where mentions[n].type == .organization && b + 4 <= sc.count {
                guard Self.scalarIn(sc[b - 1], "局部院"),
                      let q = (b + 2...min(b + 6, sc.count - 2)).first(where: { Self.l28At(sc, $0, Self.l29Centre) }),
                      !(b..<q).contains(where: { Self.l28PlaceStops.contains(Self.hanCode(sc[$0])) }) else { continue }
                let (s, e) = (tokens[k].start + b, tokens[k].start + q + 2)
                if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s }) { continue }
                l28Recut(n, k, sc, a, q + 2)
                mentions[n].known = nil
            }
        }
    }

    // MARK: Chinese: whole-unit words

    /// "全市投入资金", "进一步加强机场", "多条高速公路": a place read as 全 and a unit ("the whole city"), from inside "进一步" or
    /// from a quantity (多条, 多个 …) is none.
    mutating func l29HanWholeUnitWords() {
        var removed = Set<Int>()
        for n in mentions.indices where mentions[n].type == .place && mentions[n].known == nil {
            let t = mentions[n].surface
            guard let f = t.unicodeScalars.first, f == "全" || f == "一" || f == "多" else { continue }
            let c = t.unicodeScalars.count
            if f == "全", c == 2 { removed.insert(n) }
            else if f == "多", c >= 3, Self.scalarIn(t.unicodeScalars[t.unicodeScalars.index(after: t.unicodeScalars.startIndex)], "条个座处家所") { removed.insert(n) }
            else if f == "一", c >= 3, PlainText.hasPrefix(t, "一步") { removed.insert(n) }
        }
        replaceMentions(removing: removed)
    }

    // MARK: Chinese: a city after its province

    /// Characters that end no city's name of two after a province ("广西大学的", "湖南卫视的", "江西财经的").
    static let l29HanNotCityEnds = HanCharSet("学院局厅会部委馆所社队厂司行团视报台网经省市县区人大")

    /// "来自广西柳州的货车司机", "在湖南岳阳市": a known province of two characters after a function word or 来自, then two more
    /// characters and 的 or 市, is a city there (as before 人 in `l28HanNativePlaces`).
    mutating func l29HanProvinceCities() {
        let stops = Self.l29HanListStops, openers = Self.l29HanListOpeners, notEnd = Self.l29HanNotCityEnds
        var added: [Mention] = []
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 5) else { continue }
            let s = tokens[k].start
            for (n, a, b) in l28MentionsIn(k) where mentions[n].type == .place && mentions[n].known != nil && b - a == 2 && b + 2 < sc.count {
                guard sc[b + 2] == "的" || sc[b + 2] == "市", a == 0 || openers.contains(Self.hanCode(sc[a - 1])) || sc[a - 1] == "自",
                      Self.l28Provinces.contains(String(String.UnicodeScalarView(sc[a..<b]))),
                      !stops.contains(Self.hanCode(sc[b])), !stops.contains(Self.hanCode(sc[b + 1])), !notEnd.contains(Self.hanCode(sc[b + 1])),
                      !notEnd.contains(Self.hanCode(sc[b])) else { continue }
                let e = sc[b + 2] == "市" ? b + 3 : b + 2
                if anyMention(where: { $0.type != .country && $0.start < s + e && $0.end > s + b }) { continue }
                added.append(l28Mention(k, sc, b, e, .place))
            }
        }
        mentions.append(contentsOf: added)
    }

    // MARK: Chinese: a city written with 市

    /// "徐州市" read apart from "徐州" (known): a place written as another place read in the article and 市, 省 or 县 is that
    /// place (grouped with it).
    mutating func l29HanCitySuffixGroups() {
        for n in mentions.indices where mentions[n].type == .place && mentions[n].known == nil {
            let t = mentions[n].surface
            guard let l = t.unicodeScalars.last, l == "市" || l == "省" || l == "县", t.unicodeScalars.count >= 3 else { continue }
            let stem = String(t.unicodeScalars.dropLast())
            guard let m = firstMention(where: { $0.type == .place && PlainText.equal($0.surface, stem) }) else { continue }
            mentions[n].known = m.known
            mentions[n].words = m.words
            mentions[n].evidence = m.evidence
        }
    }

    // MARK: Japanese: bodies by their suffix

    /// Suffixes that end a Japanese body's name written in one kanji run.
    static let l29JapaneseBodySuffixes = l28Words(["商工会議所", "商工会", "連合会", "公庫", "信用金庫", "協同組合", "医師会", "猟友会", "漁協", "農協"])

    /// "燕商工会議所によると", "地元の福山商工会議所の役員", "広島県国民健康保険団体連合会（…）", "日本政策金融公庫の融資": a kanji
    /// run ending in a chamber's, a federation's or a public lender's suffix, with a name before it, is one body (a place
    /// read inside it is part of its name).
    mutating func l29JapaneseSuffixBodies() {
        var added: [Mention] = []
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 3), Self.scalarIn(sc[sc.count - 1], "所会庫合協"),
                  let w = Self.l29JapaneseBodySuffixes.first(where: { sc.count > $0.count && Self.l28At(sc, sc.count - $0.count, $0) }) else { continue }
            let (s, e) = (tokens[k].start, tokens[k].end)
            guard sc.count - w.count >= 1 else { continue }
            if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == e }) { continue }
            mentions.removeAll { $0.type != .country && $0.start >= s && $0.end <= e }
            if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s }) { continue }
            added.append(l28Mention(k, sc, 0, sc.count, .organization))
        }
        mentions.append(contentsOf: added)
    }

    /// "福山市介護保険課の担当者": a kanji run of a city's (or a ward's, a town's) name of two or three kanji, then two to six
    /// kanji ending in 課, is a section of the city's office, one body.
    mutating func l29JapaneseSections() {
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 6), sc[sc.count - 1] == "課",
                  let b = (3...4).first(where: { Self.scalarIn(sc[$0 - 1], "市区町村") }), sc.count - b >= 3, sc.count - b <= 7
            else { continue }
            let (s, e) = (tokens[k].start, tokens[k].end)
            if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == e }) { continue }
            mentions.removeAll { $0.type != .country && $0.start >= s && $0.end <= e }
            mentions.append(l28Mention(k, sc, 0, sc.count, .organization))
        }
    }

    /// "新潟県燕市の", "岐阜県関市": one to three kanji and 市, 町 or 村 right after a prefecture read in the same run is a
    /// city (of one kanji too, which no other reading takes).
    mutating func l29JapaneseCities() {
        var added: [Mention] = []
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            // (The places' ends taken before the loop: it removes mentions, and an index taken before a removal may be past
            // the end after it: "秋田県北秋田市" with "秋田" the last mention trapped.)
            let places = l28MentionsIn(k).filter { mentions[$0.n].type == .place }
            for (_, _, b) in places where b >= 2 && b + 2 <= sc.count && sc[b - 1] == "県" {
                guard let q = (b + 1...min(b + 3, sc.count - 1)).first(where: { Self.scalarIn(sc[$0], "市町村") }) else { continue }
                let (s, e) = (tokens[k].start + b, tokens[k].start + q + 1)
                // (A name read inside the city's goes: "秋田" in "秋田県北秋田市".)
                if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s && ($0.start < s || $0.end > e || $0.start == s && $0.end == e) }) { continue }
                mentions.removeAll { $0.type != .country && $0.start >= s && $0.end <= e }
                added.append(l28Mention(k, sc, b, q + 1, .place))
            }
        }
        mentions.append(contentsOf: added)
    }

    /// Last characters of a body's or a place's word, never of a family name written apart (部 is: 渡部, 阿部).
    static let l29JapaneseNotFamilyEnds = Set("県府都道市区町村省庁社党会局署院校所課")

    /// "担当する渡部 里穂取締役は": a person read from the given name alone, after one to three kanji written apart (a family name
    /// after kana or punctuation), takes the family name.
    mutating func l29JapaneseSpacedNames() {
        let notEnds = Self.l29JapaneseNotFamilyEnds
        for n in mentions.indices where mentions[n].type == .person && mentions[n].known == nil {
            guard let k = l28TokenAt(mentions[n].start), tokens[k].start == mentions[n].start, k >= 1, tokens[k].spaceBefore,
                  tokens[k].script == .han, tokens[k - 1].script == .han, !tokens[k - 1].spaceBefore || k == 1 else { continue }
            let fam = tokens[k - 1].text
            let fc = fam.unicodeScalars.count
            guard fc >= 1, fc <= 3, let last = fam.last, !notEnds.contains(last),
                  k == 1 || tokens[k - 2].script != .han else { continue }
            let (s, e) = (tokens[k - 1].start, tokens[k - 1].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            mentions[n].start = s
            mentions[n].surface = fam + " " + mentions[n].surface
            mentions[n].words = [tokens[k - 1].key] + mentions[n].words
        }
    }

    /// Nouns of a company before its quoted name ("介護事業会社「…」", "部品メーカー「…」").
    static let l29JapaneseCompanyNouns = ["会社", "メーカー", "企業", "法人", "業者", "商社"]

    /// "介護事業会社「ひだまりケアサービス」の元社長": the quoted name after a company's noun is a company.
    mutating func l29JapaneseQuotedCompanies() {
        var k = 1
        while k + 1 < tokenCount {
            defer { k += 1 }
            // (`k + 2 < tokenCount`: with 「 and one token left, `k + 2...tokenCount - 1` would be a reversed closed range, a trap.)
            guard keyIs(k, "「"), k + 2 < tokenCount, tokens[k - 1].kind == .word, Self.l29JapaneseCompanyNouns.contains(where: { tokens[k - 1].text.hasSuffix($0) }),
                  let z = (k + 2...min(k + 5, tokenCount - 1)).first(where: { keyIs($0, "」") }) else { continue }
            guard (k + 2..<z).allSatisfy({ !tokens[$0].spaceBefore && tokens[$0].kind != .punct }) else { continue }
            let (s, e) = (tokens[k + 1].start, tokens[z - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == e }) { continue }
            mentions.removeAll { $0.type != .country && $0.start >= s && $0.end <= e }
            if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s }) { continue }
            mentions.append(mention(k + 1, z, type: .organization, evidence: .cue))
        }
    }

    // MARK: Korean

    static let l29KoParticles = ["에서는", "에서도", "으로는", "에서", "으로", "에는", "에도", "에게", "까지", "부터", "과", "와", "은", "는", "이",
                                 "가", "을", "를", "의", "에", "도", "로", "만"]

    /// The word's stem that `accept` takes: its stem, or its text without a particle.
    func l29KoStem(_ k: Int, _ accept: (String) -> Bool) -> String? {
        let t = tokens[k].text
        if accept(t) { return t }
        let stem = h17HangulStem(k)
        if stem != t, accept(stem) { return stem }
        for p in Self.l29KoParticles where t.count > p.count && t.hasSuffix(p) {
            let s = String(t.dropLast(p.count))
            if accept(s) { return s }
        }
        return nil
    }

    /// A mention over the first `stem` characters of token `k`.
    func l29KoMention(_ k: Int, _ stem: String, _ type: EntityType) -> Mention {
        let s = tokens[k].start
        return Mention(surface: stem, start: s, end: s + stem.utf16.count, type: type, evidence: .cue, words: [stem], placeContext: type == .place)
    }

    /// Adds `m` unless a reading overlaps it; readings inside it (not known ones) go first.
    mutating func l29KoAdd(_ m: Mention) {
        let (s, e) = (m.start, m.end)
        if anyMention(where: { $0.type == m.type && $0.start <= s && $0.end >= e }) { return }
        mentions.removeAll { $0.type != .country && $0.known == nil && $0.start >= s && $0.end <= e }
        if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s }) { return }
        mentions.append(m)
    }

    /// Bodies' common nouns read alone ("대학병원": a university hospital, any).
    static let l29KoreanGenericBodies: Set<String> = ["대학병원", "종합병원", "상급종합병원", "병원", "의원", "보건소", "대학교", "학교", "본부"]

    /// "남궁 교수는" read as a person "남궁" beside "남궁태윤" (the family name alone is the same person), "교수는" and "일으켜"
    /// read as places (a title or a verb with its ending is none).
    mutating func l29KoreanJunk() {
        var removed = Set<Int>()
        for n in mentions.indices where mentions[n].known == nil {
            let t = mentions[n].surface
            guard let last = t.unicodeScalars.last, last.value >= 0xAC00, last.value <= 0xD7A3 else { continue }
            if mentions[n].type == .place, Self.scalarIn(last, "는를켜겨") || PlainText.hasSuffix(t, "고속도") { removed.insert(n) }
            else if mentions[n].type == .organization, Self.l29KoreanGenericBodies.contains(t) { removed.insert(n) }
            else if mentions[n].type == .person, t.count <= 2,
                    anyMention(where: { $0.type == .person && $0.surface.count >= t.count + 2 && $0.surface.hasPrefix(t) }) { removed.insert(n) }
        }
        replaceMentions(removing: removed)
    }

    /// National agencies (-청) read by their short names.
    static let l29KoreanAgencies: Set<String> = ["기상청", "경찰청", "국세청", "관세청", "산림청", "조달청", "통계청", "특허청", "병무청", "소방청",
        "해양경찰청", "질병관리청", "문화재청", "국가유산청", "방위사업청", "농촌진흥청", "재외동포청", "우주항공청", "행정안전부"]
    /// Words ending like a port that are none ("공항", "사항" are shorter; "국제공항" ends in 공항).
    static let l29KoreanNotPortEnds: Set<Character> = Set("사조저결운입출회기반대선귀이요공개경")

    /// "동해고속도로", "옥계나들목", "용평리조트와", "묵호항과", "강원특별자치도교육청은", "대한소아청소년과학회는", "기상청에 따르면":
    /// a word (with its particle) ending in a motorway's, an interchange's, a resort's, a port's, an education office's or a
    /// learned society's head, and a national agency, is a place or a body.
    mutating func l29KoreanSuffixNames() {
        for k in 0..<tokenCount where h17IsHangulWord(k) {
            let t = tokens[k].text
            guard t.count >= 3 else { continue }
            var found: (String, EntityType)?
            if let s = l29KoStem(k, { Self.l29KoreanAgencies.contains($0) }) { found = (s, .organization) }
            else if let s = l29KoStem(k, { $0.count >= 5 && $0.hasSuffix("고속도로") }) { found = (s, .place) }
            else if let s = l29KoStem(k, { $0.count >= 4 && $0.hasSuffix("나들목") }) { found = (s, .place) }
            else if let s = l29KoStem(k, { $0.count >= 4 && $0.hasSuffix("리조트") }) { found = (s, .organization) }
            else if let s = l29KoStem(k, { $0.count >= 5 && $0.hasSuffix("교육청") }) { found = (s, .organization) }
            else if let s = l29KoStem(k, { $0.count >= 5 && $0.hasSuffix("학회") }) { found = (s, .organization) }
            else if let s = l29KoStem(k, { w in
                w.count >= 3 && w.count <= 4 && w.hasSuffix("항") && !Self.l29KoreanNotPortEnds.contains(w[w.index(w.endIndex, offsetBy: -2)])
            }) { found = (s, .place) }
            guard let (stem, type) = found else { continue }
            l29KoAdd(l29KoMention(k, stem, type))
        }
    }

    /// The last syllables of an address's units after a place (읍, 면, 동, 리, 구; a pass, 령, or a peak, 봉, of three).
    static let l29KoreanUnitEnds: Set<Character> = ["읍", "면", "동", "리", "구", "령", "봉"]
    /// Common words ending like a unit.
    static let l29KoreanNotUnits: Set<String> = ["활동", "이동", "운동", "관리", "처리", "측면", "연구", "요구", "입구", "출구", "도구", "가구",
        "인구", "전면", "정면", "이면", "표면", "방면", "원리", "거리", "요리", "논리", "수리", "무리", "자동", "행동", "공동", "변동", "가동",
        "출동", "노동", "진동", "감동", "지구", "친구", "추구", "일대", "선거구", "지역구", "전역", "일부", "주민", "시내", "인근", "도심",
        "방향", "구간", "일원", "지역", "본관", "병원", "마을", "시장", "쪽", "북부", "남부", "동부", "서부", "정리", "의리", "승리", "피리"]

    /// "강릉 왕산면", "삼척시 도계읍에서는", "인제군 북면 용대리", "대구 북구 학정동", "평창 대관령": a word ending in an address's
    /// unit right after a place (written apart, with no particle on the place) is a place; the units chain ("강릉시 왕산면
    /// 대기리").
    mutating func l29KoreanAddressChains() {
        let ends = Self.l29KoreanUnitEnds, not = Self.l29KoreanNotUnits
        for k in 1..<max(1, tokenCount) where h17IsHangulWord(k) && tokens[k].spaceBefore && h17IsHangulWord(k - 1) {
            guard let stem = l29KoStem(k, { w in
                guard let l = w.last, ends.contains(l), w.count >= 2, w.count <= 5, !not.contains(w) else { return false }
                return l == "령" || l == "봉" ? w.count >= 3 : true
            }) else { continue }
            guard l29KoIsPlace(k - 1) else { continue }
            l29KoAdd(l29KoMention(k, stem, .place))
        }
    }

    /// Token `k`, whole, is a place: read as one, or the name of a city or a county read with 시/군 ("속초" of "속초시").
    func l29KoIsPlace(_ k: Int) -> Bool {
        let (ps, pe) = (tokens[k].start, tokens[k].end)
        if anyMention(where: { $0.type == .place && $0.end == pe && $0.start >= ps }) { return true }
        return l29KoCity(tokens[k].text) != nil
    }

    /// The city or the county read in the article as `t` and 시/군 ("속초시" for "속초").
    func l29KoCity(_ t: String) -> Mention? {
        guard t.count >= 2, t.count <= 4 else { return nil }
        return firstMention(where: { m in
            m.type == .place && m.surface.count == t.count + 1 && m.surface.hasPrefix(t) && (m.surface.hasSuffix("시") || m.surface.hasSuffix("군"))
        })
    }

    /// "강릉·동해·삼척·속초·고성·양양 지역": the words of a list joined by "·" are places when two of them are (and none is read
    /// as a person or a body).
    mutating func l29KoreanListedPlaces() {
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard h17IsHangulWord(k), keyIs(k + 1, "·"), h17IsHangulWord(k + 2), k == 0 || !keyIs(k - 1, "·") else { continue }
            var items = [k]
            var j = k
            while j + 2 < tokenCount, keyIs(j + 1, "·"), h17IsHangulWord(j + 2), !tokens[j + 1].spaceBefore, !tokens[j + 2].spaceBefore {
                j += 2
                items.append(j)
            }
            k = j
            guard items.count >= 3 else { continue }
            var places = 0, blocked = false
            for i in items {
                let (s, e) = (tokens[i].start, tokens[i].end)
                if l29KoIsPlace(i) || anyMention(where: { $0.type == .place && $0.start == s && $0.end <= e }) { places += 1 }
                if anyMention(where: { ($0.type == .person || $0.type == .organization) && $0.start < e && $0.end > s }) { blocked = true }
            }
            guard !blocked, places >= 2 else { continue }
            for i in items {
                guard let stem = l29KoStem(i, { $0.count >= 2 && $0.count <= 4 }) else { continue }
                var m = l29KoMention(i, stem, .place)
                // Grouped with the city read with 시/군 ("삼척" with "삼척시").
                if let c = l29KoCity(stem) { m.words = c.words; m.known = c.known }
                l29KoAdd(m)
            }
        }
    }

    /// "한국도로공사 강원본부는": a body followed by a word ending in a regional office's head (본부, 지사, 지부) is that office,
    /// one body.
    mutating func l29KoreanRegionalOffices() {
        for k in 1..<max(1, tokenCount) where h17IsHangulWord(k) && tokens[k].spaceBefore {
            guard let stem = l29KoStem(k, { w in w.count >= 3 && w.count <= 6 && (w.hasSuffix("본부") || w.hasSuffix("지사") || w.hasSuffix("지부")) })
            else { continue }
            let pe = tokens[k - 1].end
            guard let n = firstMentionIndex(where: { $0.type == .organization && $0.end == pe }) else { continue }
            let e = tokens[k].start + stem.utf16.count
            mentions[n].end = e
            mentions[n].surface = mentions[n].surface + " " + stem
            mentions[n].words = mentions[n].words + [stem]
            mentions[n].known = nil
            let s = tokens[k].start
            mentions.removeAll { $0.type != .country && $0.start >= s && $0.end <= e }
        }
    }

    /// Titles after a Korean name that `h17KoreanTitles` lacks.
    static let l29KoreanTitles: Set<String> = ["병원장", "센터장", "본부장", "부원장", "교육감", "대변인", "사무총장", "사무국장", "부장판사",
        "이사장", "부시장", "부지사", "부총장", "학장", "처장", "관장", "지점장", "공장장", "대표이사", "회장", "원장", "총장"]

    /// Last syllables of a department's or a body's word of three that opens like a family name ("소아과 병원장").
    static let l29KoreanNotNameEnds: Set<Character> = Set("과부실청국팀소관처")

    /// "참석한 권오석 병원장은": three syllables opening with a family name right before a title is a person.
    mutating func l29KoreanTitledPeople() {
        for k in 0..<max(0, tokenCount - 1) where h17IsHangulWord(k) && h17IsHangulWord(k + 1) && tokens[k + 1].spaceBefore {
            let t = tokens[k].text
            guard t.count == 3, let f = t.first, Self.h17KoreanSurnames.contains(f), h17AllHangul(t), let l = t.last,
                  !Self.l29KoreanNotNameEnds.contains(l) else { continue }
            func isTitle(_ i: Int) -> Bool {
                i < tokenCount && h17IsHangulWord(i) && l29KoStem(i, { Self.l29KoreanTitles.contains($0) || Self.h17KoreanTitles.contains($0) }) != nil
            }
            // The title right after, or after the body the person heads ("박某某 국립창원대 총장은").
            func body(_ i: Int) -> Bool {
                let (s, e) = (tokens[i].start, tokens[i].end)
                return h17IsHangulWord(i) && (tokens[i].text.hasSuffix("대") || anyMention(where: { $0.type == .organization && $0.start == s && $0.end == e }))
            }
            guard k + 1 < tokenCount, isTitle(k + 1) && l29KoStem(k + 1, { Self.l29KoreanTitles.contains($0) }) != nil
                    || body(k + 1) && k + 2 < tokenCount && tokens[k + 2].spaceBefore && isTitle(k + 2) else { continue }
            let (s, e) = (tokens[k].start, tokens[k].end)
            if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s }) { continue }
            mentions.append(mention(k, k + 1, type: .person, evidence: .cue))
        }
    }

    /// Heads of a province's or a metropolis's full name.
    static let l29KoreanProvinceHeads = ["특별자치도", "특별자치시", "광역시", "특별시"]

    /// "강원특별자치도는", "대구광역시와": a name and a province's or a metropolis's head is a place, grouped with its short form
    /// read in the article ("대구"); "경상북도" and "경북", "강원특별자치도" and "강원": the short form of a province named in the
    /// article (its first syllable and the compass syllable, or the name before the head) is that province.
    mutating func l29KoreanProvinces() {
        // Full names by their heads.
        for k in 0..<tokenCount where h17IsHangulWord(k) {
            guard tokens[k].text.count >= 4,
                  let stem = l29KoStem(k, { w in w.count >= 4 && Self.l29KoreanProvinceHeads.contains(where: { w.hasSuffix($0) && w.count >= $0.count + 2 }) })
            else { continue }
            l29KoAdd(l29KoMention(k, stem, .place))
        }
        // The full names read, and their short forms.
        var shorts: [(short: String, full: Int)] = []
        for n in mentions.indices where mentions[n].type == .place {
            let t = mentions[n].surface
            guard h17AllHangul(t), t.count >= 3 else { continue }
            let c = Array(t)
            if let h = Self.l29KoreanProvinceHeads.first(where: { t.hasSuffix($0) }), c.count - h.count >= 2 {
                shorts.append((String(c[0..<(c.count - h.count)]), n))
            } else if c.count == 4, c[3] == "도", c[2] == "북" || c[2] == "남" {
                shorts.append((String([c[0], c[2]]), n))
            } else if c.count == 3, c[2] == "도", String(c[0...1]) != "경기" {
                shorts.append((String(c[0...1]), n))
            }
        }
        guard !shorts.isEmpty else { return }
        var added: [Mention] = []
        for k in 0..<tokenCount where h17IsHangulWord(k) {
            guard let (short, full) = shorts.first(where: { sh in l29KoStem(k, { $0 == sh.short }) != nil }) else { continue }
            let f = mentions[full]
            let (s, e) = (tokens[k].start, tokens[k].start + short.utf16.count)
            if let n = firstMentionIndex(where: { $0.type == .place && $0.start == s && $0.end == e }) {
                if mentions[n].known == nil || f.known == nil { mentions[n].words = f.words; mentions[n].known = f.known }
                continue
            }
            if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s }) { continue }
            var m = l29KoMention(k, short, .place)
            m.words = f.words
            m.known = f.known
            added.append(m)
        }
        mentions.append(contentsOf: added)
        // A metropolis's full name grouped with its short form read as a known place ("대구광역시" with "대구").
        for (short, full) in shorts where mentions[full].known == nil {
            guard let m = firstMention(where: { $0.type == .place && $0.known != nil && $0.surface == short }) else { continue }
            mentions[full].known = m.known
            mentions[full].words = m.words
        }
    }

    /// "KTX 강릉선", "국도 44호선": a railway's all-capitals name and a word ending in 선 (a line), and 국도 (a national road)
    /// with its number and 호선, are places (the Latin name alone is no body there).
    mutating func l29KoreanLines() {
        for k in 0..<max(0, tokenCount - 1) {
            if tokens[k].script == .latin, tokens[k].allCaps, h17IsHangulWord(k + 1), tokens[k + 1].spaceBefore,
               let stem = l29KoStem(k + 1, { $0.count >= 3 && $0.count <= 5 && $0.hasSuffix("선") && $0 != "노선" }) {
                let (s, e) = (tokens[k].start, tokens[k + 1].start + stem.utf16.count)
                if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s && ($0.start < s || $0.end > e) }) { continue }
                mentions.removeAll { $0.type != .country && $0.start >= s && $0.end <= e }
                let text = tokens[k].text + " " + stem
                mentions.append(Mention(surface: text, start: s, end: e, type: .place, evidence: .cue, words: [tokens[k].key, stem], placeContext: true))
            } else if k + 2 < tokenCount, keyIs(k, "국도"), tokens[k + 1].kind == .number, tokens[k + 1].spaceBefore, !tokens[k + 2].spaceBefore,
                      tokens[k + 2].text.hasPrefix("호선") {
                let (s, e) = (tokens[k].start, tokens[k + 2].start + "호선".utf16.count)
                if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s }) { continue }
                let text = "국도 " + tokens[k + 1].text + "호선"
                mentions.append(Mention(surface: text, start: s, end: e, type: .place, evidence: .cue, words: [text], placeContext: true))
            }
        }
    }

    /// "계명대학교 동산병원": a university's body followed by a word ending in 병원 is the university's hospital, one body;
    /// "칠곡경북대병원" is "칠곡경북대학교병원" read in full in the article (grouped with it).
    mutating func l29KoreanHospitals() {
        for k in 1..<max(1, tokenCount) where h17IsHangulWord(k) && tokens[k].spaceBefore {
            guard let stem = l29KoStem(k, { $0.count >= 3 && $0.count <= 6 && $0.hasSuffix("병원") }) else { continue }
            let pe = tokens[k - 1].end
            guard let n = firstMentionIndex(where: { $0.type == .organization && $0.end == pe && ($0.surface.hasSuffix("대학교") || $0.surface.hasSuffix("대학")) })
            else { continue }
            let (s, e) = (tokens[k].start, tokens[k].start + stem.utf16.count)
            mentions[n].end = e
            mentions[n].surface = mentions[n].surface + " " + stem
            mentions[n].words = mentions[n].words + [stem]
            mentions[n].known = nil
            mentions.removeAll { $0.type != .country && $0.start >= s && $0.end <= e }
        }
        for n in mentions.indices where mentions[n].type == .organization && mentions[n].known == nil {
            let t = mentions[n].surface
            guard PlainText.hasSuffix(t, "대병원"), t.count >= 5 else { continue }
            let full = String(t.dropLast(3)) + "대학교병원"
            guard let m = firstMention(where: { $0.type == .organization && $0.surface == full }) else { continue }
            mentions[n].words = m.words
            mentions[n].known = m.known
        }
    }
}
