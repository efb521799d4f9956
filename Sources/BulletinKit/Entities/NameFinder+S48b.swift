import Foundation

/// Session 48 (b): general Chinese causes left by a blind set (the tests use other texts and names):
/// - a place's name read without the banner's character that follows it ("在额济纳旗和…", "阿拉善右旗": 旗, 左旗, 右旗,
///   前旗, 后旗, 中旗) takes it: a banner of Inner Mongolia is named with it;
/// - a place's name read without the landform's or the site's noun that follows it ("马哈莱瓦亚盐场", "…沙漠边上")
///   takes it (the nouns of S46b's landform rule, widened there with 半岛, 盐场 and 盐田 and an edge's 边/畔/岸 after a
///   noun of two characters);
/// - in an article about Inner Mongolia, two to five characters and 旗 after a stop character (a list's 、/和, 在, 于)
///   are a banner, a place ("位于土默特左旗、杭锦后旗和达拉特旗"), a country read over their start giving way;
/// - a town of two to four characters (no stop's) and 镇 or 乡 right after a banner's, a county's or a league's
///   name ("…左旗巴彦浩特镇") is a place;
/// - a body or a place read over a conjunction ("但议会仍需", "并保护盐湖") or a verb of holding or joining ("举办…论坛")
///   at its start: the conjunction is cut off, and a name that then opens with such a verb is none.
/// - Russian: a quoted name after a venue's noun (a cinema, a stadium, a hotel …), and each quoted name listed after it
///   ("в кинотеатрах «Звезда», «Родина» и «Октябрь»"), is a place; (in S46b, widened) a quoted name after a film's,
///   a festival's, a programme's, a project's or a prize's noun is no body.
/// - Russian: a place read over a town's name and the adjective of its region ("городе Дилижан Тавушской области") is
///   the town and the region (with its noun);
/// - Vietnamese: the names listed after "các" and a village's or a unit's noun ("các làng Kon Rơ, Kon Hia và Vi Ô Lăk")
///   are places, a person's reading of one giving way.
/// `refineS48b` runs after `refineS47c` (and `refineS48a`). Cost: the Vietnamese rule is gated on "các" and a unit's noun in the article
/// (`articleHas`), then compares each token's key hash with "các"'s and reads on only after "các" and a unit's noun; the
/// Russian rule is gated on a venue's key in the article
/// (`articleHas`) and then tests each lowercase Cyrillic token's key against the venues' set (one hash probe); the
/// Chinese rules run on Chinese articles only; each rule is gated on its
/// trigger characters in the article (`hanArticleHasAny`: 旗 and 盟/蒙 for the list rule, which then reads each Han
/// run's characters for 旗; 旗/镇/乡 and the landforms' last characters; 但/并/却/而 and
/// the verbs' first characters); the tail rule then reads only the places' mentions (a first-byte test, a binary search
/// for the token, two or three characters after the name's end), the opener rule only the unknown bodies' and places'
/// first scalars.
extension NameFinder {
    mutating func refineS48b() {
        guard tokens.count > 2 else { return }
        if language == "ru" { s48bRussianQuotedVenues(); s48bRussianRegionAfterTown() }
        if language == "vi" { s48bVietnameseUnitLists() }
        guard hasHan, language == "zh", !mentions.isEmpty else { return }
        s48bHanBannersInLists()
        s48bHanPlaceTails()
        s48bHanOpeners()
    }

    // MARK: - Tails after a place's name

    static let s48bHanBannerSides = HanCharSet("左右前后中")
    /// Characters of flags and of hoisting or waving them (国旗, 红旗, 彩旗, 党旗, 军旗, 队旗, 升旗, 挂旗, 插旗, 举旗, 面旗, 送上锦旗).
    static let s48bHanFlagWords = HanCharSet("国红彩党军队校团会升挂插举面起满展送赠授颁献")
    static let s48bHanUnitEnds = HanCharSet("旗县盟")
    static let s48bHanTownUnits = HanCharSet("镇乡")
    static let s48bHanNotTownFirst = HanCharSet("下所辖共有包境城农牧内外区县旗市")
    static let s48bHanNotAfterTown = HanCharSet("镇村级长政")

    /// "在额济纳旗和阿拉善右旗", "马哈莱瓦亚盐场和…", "阿拉善左旗巴彦浩特镇": a place's name takes a banner's 旗 (after one of
    /// 左右前后中 or none) or a landform's noun that follows it in the run (not known to the lexicon, for a landform); a
    /// town of two to four transliteration characters and 镇/乡 after a banner's, a county's or a league's name is a place.
    mutating func s48bHanPlaceTails() {
        guard hanArticleHasAny("旗镇乡漠地原盆脉谷洲岛场田") else { return }
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        let qi = Self.s47cHanQi
        for i in mentions.indices where mentions[i].type == .place {
            guard let b0 = mentions[i].surface.utf8.first, b0 >= 0xE3, let k = l28TokenAt(mentions[i].start), tokens[k].script == .han,
                  mentions[i].end <= tokens[k].end, let sc = l28Run(k, atLeast: 3) else { continue }
            let a = mentions[i].start - tokens[k].start
            var b = mentions[i].end - tokens[k].start
            guard b > a, b <= sc.count else { continue }
            var e = b
            if b < sc.count {
                let c = Self.hanCode(sc[b])
                if c == qi {
                    e = b + 1
                } else if Self.s48bHanBannerSides.contains(c), b + 1 < sc.count, Self.hanCode(sc[b + 1]) == qi {
                    e = b + 2
                } else if mentions[i].known == nil, Self.s46bHanLandformFirsts.contains(c),
                          let w = Self.s46bHanLandforms2.first(where: { Self.l28At(sc, b, $0) }) {
                    let f = b + w.count
                    if f == sc.count || !Self.s46bHanLandform2NotAfter.contains(Self.hanCode(sc[f])) { e = f }
                }
                // (旗下 "owned by", 旗舰, 旗帜 … are other words.)
                if e > b, Self.hanCode(sc[e - 1]) == qi, e < sc.count, Self.s47cHanNotAfterQi.contains(Self.hanCode(sc[e])) { e = b }
            }
            if e > b { found.append((k, sc, a, e)); b = e }
            // A town after a banner's, a county's or a league's name.
            guard b + 3 <= sc.count, Self.s48bHanUnitEnds.contains(Self.hanCode(sc[b - 1])) else { continue }
            // (Mongolian towns' characters are no transliteration table's, 巴彦浩特, 嘎鲁图: any but a stop's, a unit's
            // or a quantity's; not 乡镇/镇村, "all the towns".)
            guard !Self.s48bHanNotTownFirst.contains(Self.hanCode(sc[b])) else { continue }
            var t = b
            while t < sc.count, t - b < 4, !Self.l30HanNameStops.contains(Self.hanCode(sc[t])), !Self.s48bHanTownUnits.contains(Self.hanCode(sc[t])) { t += 1 }
            guard t - b >= 2, t < sc.count, Self.s48bHanTownUnits.contains(Self.hanCode(sc[t])) else { continue }
            if t + 1 < sc.count, Self.s48bHanNotAfterTown.contains(Self.hanCode(sc[t + 1])) { continue }
            found.append((k, sc, b, t + 1))
        }
        guard !found.isEmpty else { return }
        for (k, sc, a, b) in found.sorted(by: { ($0.0, $0.2) > ($1.0, $1.2) }) { _ = s46bHanPlaceOver(k, sc, a, b) }
    }

    // MARK: - Banners in lists

    /// "分别位于土默特左旗、杭锦后旗和达拉特旗", "在鄂托克前旗和…": in an article about Inner Mongolia (盟 or 蒙 in it),
    /// two to five characters and 旗, after a stop character (a list's 、/和/与/及, 在, 于 …) or at the run's start, are a
    /// place (a banner), unless the characters open a word with 旗 (红旗, 国旗 …) or one follows (旗下, 旗帜 …); a country
    /// read over their start ("巴林" of 巴林右旗) gives way.
    mutating func s48bHanBannersInLists() {
        guard hanArticleHasAny("旗"), hanArticleHasAny("盟蒙") else { return }
        let qi = Self.s47cHanQi
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 3) else { continue }
            for p in 2..<sc.count where Self.hanCode(sc[p]) == qi {
                if p + 1 < sc.count, Self.s47cHanNotAfterQi.contains(Self.hanCode(sc[p + 1])) { continue }
                var a = p
                while a > 0, p - a < 6, !Self.l30HanNameStops.contains(Self.hanCode(sc[a - 1])) { a -= 1 }
                guard p - a >= 2, p - a <= 5, a == 0 || Self.l30HanNameStops.contains(Self.hanCode(sc[a - 1])),
                      !Self.s47cHanNotBannerFirst.contains(Self.hanCode(sc[a])) else { continue }
                // (A flag's words, "升起国旗", "挂满彩旗", "一面红旗": no character of a flag or of hoisting in the name.)
                if (a..<p).contains(where: { Self.s48bHanFlagWords.contains(Self.hanCode(sc[$0])) }) { continue }
                // (Not a place's or a body's name already read over them or from before them.)
                let (s, e) = (tokens[k].start + a, tokens[k].start + p + 1)
                if anyMention(where: { $0.start < e && $0.end > s && ($0.type == .organization || $0.type == .person || $0.start < s || $0.end > e) }) { continue }
                found.append((k, sc, a, p + 1))
            }
        }
        guard !found.isEmpty else { return }
        // (A banner read elsewhere in the article whose name ends this one is the name, "连接乌审旗" of 乌审旗: the
        // characters before it are a verb's.)
        let known = mentions.filter { $0.type == .place && $0.surface.unicodeScalars.last.map({ Self.hanCode($0) == qi }) == true }.map(\.surface)
        for (k, sc, a, b) in found.reversed() {
            if !known.isEmpty {
                let text = hanText(sc, a, b - a)
                if known.contains(where: { $0.unicodeScalars.count < b - a && PlainText.hasSuffix(text, $0) }) { continue }
            }
            _ = s46bHanPlaceOver(k, sc, a, b, allowCountry: true)
        }
    }

    // MARK: - Conjunctions and verbs at a name's start

    static let s48bHanConjunctions = HanCharSet("但并却而")
    static let s48bHanPrepositions = HanCharSet("经在与和对向从将把被由于为")
    /// Verbs that open a clause, not a name ("举办…论坛", "保护盐湖").
    static let s48bHanVerbs: [[Unicode.Scalar]] = l28Words(["举办", "举行", "召开", "参加", "出席", "保护", "支持", "加强", "推动", "开展", "促进", "扩大"])
    static let s48bHanVerbFirsts = HanCharSet("举召参出保支加推开促扩")

    /// "但议会仍需审议", "并保护盐湖周边", "举办骆驼产业发展论坛": a body or a place (not known) that opens with a conjunction
    /// loses it; one that then opens with a verb of holding, joining or furthering is none.
    mutating func s48bHanOpeners() {
        guard hanArticleHasAny("但并却而举召参出保支加推开促扩") else { return }
        var drop = Set<Int>()
        var cut: [(Int, Int)] = []
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .organization || mentions[i].type == .place) {
            guard let b0 = mentions[i].surface.utf8.first, b0 >= 0xE3, mentions[i].end - mentions[i].start >= 3 else { continue }
            let u = Array(mentions[i].surface.unicodeScalars)
            guard u.count == mentions[i].end - mentions[i].start else { continue }
            var p = 0
            if Self.s48bHanConjunctions.contains(Self.hanCode(u[0])) {
                p = 1
                // (A preposition after it goes too: "并经海关总署审批".)
                while p < 3, u.count - p > 2, Self.s48bHanPrepositions.contains(Self.hanCode(u[p])) { p += 1 }
            }
            if u.count - p >= 3, Self.s48bHanVerbFirsts.contains(Self.hanCode(u[p])), Self.s48bHanVerbs.contains(where: { Self.l28At(u, p, $0) }) {
                drop.insert(i)
            } else if p > 0, u.count - p >= 2 {
                cut.append((i, p))
            }
        }
        for (i, p) in cut {
            let s = String(String.UnicodeScalarView(mentions[i].surface.unicodeScalars.dropFirst(p)))
            mentions[i].start += p
            mentions[i].surface = s
            mentions[i].words = [s]
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Russian: quoted venues

    /// Nouns of venues whose quoted names are places (a cinema, a stadium, an arena, a hotel, a sports or an ice palace).
    static let s48bRuVenues = h18Keys(["кинотеатр", "кинотеатра", "кинотеатре", "кинотеатру", "кинотеатром", "кинотеатры", "кинотеатров",
        "кинотеатрах", "кинотеатрам", "кинотеатрами", "стадион", "стадиона", "стадионе", "стадиону", "стадионом", "стадионах",
        "арена", "арены", "арене", "арену", "гостиница", "гостиницы", "гостинице", "гостиницу", "отель", "отеля", "отеле",
        "спорткомплекс", "спорткомплекса", "спорткомплексе", "дворец", "дворца", "дворце", "парк", "парка", "парке",
        "дорога", "дороги", "дороге", "дорогу", "дорогой"])
    static let s48bRuListJoins = h18Keys([",", "и", "а"])

    /// "показы прошли в кинотеатрах «Звезда», «Родина» и «Октябрь»", "на стадионе «Динамо»": a quoted name (one to five
    /// words) after a venue's lowercase noun, and each quoted name joined to it by a comma or "и", is a place; a body or
    /// an untyped reading inside it gives way (a person's or a country's stays).
    mutating func s48bRussianQuotedVenues() {
        guard articleHas(Self.s48bRuVenues) else { return }
        var spans: [(Int, Int)] = []
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard tokens[k].script == .cyrillic, !tokens[k].capitalized, Self.s48bRuVenues.contains(tokens[k]) else { continue }
            var q = k + 1
            while q + 2 < tokenCount, Self.geo42Quotes.contains(tokens[q]) {
                var e = q + 1
                while e < tokenCount, e - q <= 6, !Self.geo42CloseQuotes.contains(tokens[e]) { e += 1 }
                guard e < tokenCount, e > q + 1, e - q <= 6, Self.geo42CloseQuotes.contains(tokens[e]), isCap(q + 1) else { break }
                spans.append((q + 1, e))
                q = e + 1
                // ("«А», «Б» и «В»": a comma or "и" and the next quote.)
                if q + 1 < tokenCount, Self.s48bRuListJoins.contains(tokens[q]), Self.geo42Quotes.contains(tokens[q + 1]) {
                    q += 1
                } else if q + 2 < tokenCount, keyIs(q, ","), Self.s48bRuListJoins.contains(tokens[q + 1]), Self.geo42Quotes.contains(tokens[q + 2]) {
                    q += 2
                } else {
                    break
                }
            }
            k = max(k, q - 1)
        }
        guard !spans.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e) in spans {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .place && $0.start == s && $0.end == end }) { continue }
            if anyMention(where: { $0.start < end && $0.end > s && ($0.type == .person || $0.type == .country || $0.start < s || $0.end > end) }) { continue }
            for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= end { drop.insert(i) }
            added.append(mention(a, e, type: .place, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    // MARK: - Vietnamese: lists after a plural unit's noun

    static let s48bViCac = h18Keys(["các"])
    static let s48bViCacHash = Token.hash(TextFolding.key("các"))
    /// Lowercase nouns of villages and of small units whose plural list names places ("các làng", "các thôn", "các bản").
    static let s48bViUnits = h18Keys(["làng", "thôn", "bản", "buôn", "ấp", "xóm", "xã", "phường", "huyện", "tỉnh", "plei"])

    /// "các làng Kon Rơ, Kon Hia và Vi Ô Lăk", "các bản Nà Hiêng, Khuổi Ky": every name (one to three capitalized
    /// words) listed after "các" and a village's or a unit's lowercase noun is a place; a person's or an untyped reading
    /// of one (a surname's first syllable, "Vi …") gives way, a known name or a country stays.
    mutating func s48bVietnameseUnitLists() {
        guard articleHas(Self.s48bViCac), articleHas(Self.s48bViUnits) else { return }
        let cac = Self.s48bViCacHash
        var items: [(Int, Int)] = []
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard tokens[k].keyHash == cac, !tokens[k].capitalized, !tokens[k + 1].capitalized, Self.s48bViUnits.contains(tokens[k + 1]) else { continue }
            var a = k + 2
            var list: [(Int, Int)] = []
            while h15CapLatin(a) {
                let e = h15CapRunEnd(a, limit: 3)
                guard e > a else { break }
                list.append((a, e))
                if e + 1 < tokenCount, keyIs(e, ",") || keyIs(e, "va") && !tokens[e].capitalized { a = e + 1 } else { break }
            }
            // (Two names or more: a list.)
            if list.count >= 2 { items += list; k = list[list.count - 1].1 - 1 }
        }
        addListedPlaces(items)
    }

    // MARK: - Russian: a town and its region read as one

    static let s48bRuRegionNouns = h18Keys(["область", "области", "областью", "район", "района", "районе", "району", "районом", "край",
        "края", "крае", "краю", "краем"])

    /// Lowercase nouns of towns and villages.
    static let s48bRuTownNouns = h18Keys(["город", "города", "городе", "городу", "городом", "село", "села", "селе", "селу", "поселок",
        "поселка", "поселке", "посёлок", "посёлка", "посёлке", "деревня", "деревни", "деревне", "станица", "станицы", "станице", "аул",
        "аула", "ауле", "райцентре", "райцентр"])

    /// "в курортном городе Дилижан Тавушской области", "в селе Каменка Брестского района": a place read over a town's
    /// name (after a town's or a village's lowercase noun) and the capitalized adjective of the region after it (a
    /// region's lowercase noun next) is two: the town, and the region with its noun.
    mutating func s48bRussianRegionAfterTown() {
        guard articleHas(Self.s48bRuRegionNouns) else { return }
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, a > 0, Self.s48bRuTownNouns.contains(tokens[a - 1]), mentions[i].end == tokens[z].end,
                  z + 1 < tokenCount, tokens[z].capitalized,
                  h14RussianAdjective(z), !tokens[z + 1].capitalized, Self.s48bRuRegionNouns.contains(tokens[z + 1]),
                  !h14RussianAdjective(z - 1) else { continue }
            changes.append((i, a, z))
        }
        guard !changes.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, a, z) in changes {
            drop.insert(i)
            var town = mention(a, z, type: .place, evidence: .cue)
            town.placeContext = true
            added.append(town)
            let (s, e) = (tokens[z].start, tokens[z + 1].end)
            if !anyMention(where: { $0.start < e && $0.end > s && $0.start >= tokens[z].start }) {
                var region = mention(z, z + 2, type: .place, evidence: .cue)
                region.placeContext = true
                added.append(region)
            }
        }
        replaceMentions(removing: drop, adding: added)
    }

    /// The names of a list (token spans `a..<e`) as places, each with its list's context: a span that a place, a country or
    /// a known name overlaps, or that a longer name reaches past, is left as read; the names read inside it give way. (The
    /// Vietnamese village lists here and the Russian lists after a plural site noun, `NameFinder+S48c.swift`.)
    mutating func addListedPlaces(_ items: [(Int, Int)]) {
        guard !items.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e) in items {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.type == .place || $0.type == .country || $0.known != nil || $0.start < s || $0.end > end) }) { continue }
            for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= end { drop.insert(i) }
            var m = mention(a, e, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }
}
