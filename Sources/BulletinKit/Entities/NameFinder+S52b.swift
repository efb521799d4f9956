import Foundation

/// Session 52 (b): Chinese places named by a generic noun or listed without a cue, names cut or glued by the word around
/// them, a place read twice under two KB readings; Russian observatories, rivers, seas and bodies named after a person
/// with initials; Vietnamese ports, autonomous regions and bodies' tails (holdout75's kinds; the tests use other texts
/// and names).
/// - Chinese: "以北约30公里" is "north of, about 30 km": 北约 (NATO) after 以 and before a number is none;
/// - Chinese: a place read without the KB's link (a dateline's "南宁") takes the link of "X市"/"X省"/"X县" read in the
///   article (one group); a city "X市" linked like "X地区" (a prefecture) read in the same article is a place apart;
/// - Chinese: a country right before a place and 港 ("越南海防港") is the port, a place of its own (the city gives way);
/// - Chinese: a body holding 旗下/下属 ("X公司旗下Y公司") is two bodies;
/// - Chinese: a reading that opens with the second character of a verb of arrival or going ("到达X机场") drops it;
/// - Chinese: a dotted name cut one character before a verb of saying ("…·托列根告诉") takes it (not an adverb, "则");
///   one glued to the first character of 通过/表示/指出/出席 ("…·穆里略通过") gives it back; a dotted name right before
///   国际机场/机场 is the airport (a place), and an airport read from the dotted name's last part takes the parts before;
///   three parts or more joined by dots, the first the transliterated end of its run and the last right before a verb of
///   saying ("工人X·Y·Z说"), are a person;
/// - Chinese: transliterated names listed with a place by "、"/"和"/"与"/"及" ("与马那瓜、格拉纳达和马萨亚的公路"), or two
///   or more after a verb of going (通往/前往/飞往/开往/发往), are places (where nothing is read yet); a name of two or
///   three characters ending in 湖海湾山岛 listed after such a place ("喀纳斯湖和月亮湾") too; a station "X站" read
///   elsewhere under a listed name joins it (S51b's stations);
/// - Chinese: from a bound, three or more transliterated characters before 湖/海/湾/山/江/河 ("加勒比海", "阿尔泰山"), a
///   place read here before 湖/海/湾 and a shore's word ("马那瓜湖畔"), one to three characters before a water's end and
///   a shore's or a course's word ("西江干线", "X海沿岸"), a water after a verb of entering closing its run ("进入X湾，")
///   and "X运河" (not after a demonstrative, "这条运河") are places;
/// - Chinese: a resort "…度假区" from a bound, and a site "…遗址" right after its township or village, are places; the
///   township "X乡"/"X镇" between a city read in the run and the site too; a river's mouth "X江口" right after a place
///   read in the run is a place;
/// - Chinese: names listed by "、" right before a count of hubs or ports ("A、B、C三大枢纽") are places;
/// - Chinese: a common surname and one or two characters between an occupation's noun (村民, 工人…) and 一家/说/告诉 are
///   a person; a reporter of two or three characters after a dotted one in a dateline's "（记者 …）" is a person;
/// - Russian: a capitalized adjective with lowercase adjectives before an observatory's noun ("Крымской астрофизической
///   обсерватории") is one body, and that noun before a foreign name ("обсерватории X") too; a dam's noun after a name's
///   adjective ("Кокаральской плотине", S50c's named roads) is a place; two capitalized adjectives before a sea's noun
///   are one place, grouped with a two-word place whose words open their stems ("Малый Арал"); a body cut after a
///   lowercase genitive adjective before its noun ("Центр малых" + "планет") takes the noun; lowercase adjectives and
///   институт/факультет before a body's acronym ("физико-технологический институт УрФУ") are one body; a body before
///   "имени" runs over lowercase words, capitalized words and initials to the surname before "(" or ",";
/// - Russian: "реки" before an adjectival river's name ("реки Чусовой") is one place with it; a name read as a body or
///   untyped after a river's course noun ("по руслу X", "вод X") is a place; a one-word body's or untyped reading that
///   differs from a one-word place read here only in its case ending ("Припяти" / "Припять") is that place; a lone
///   coordinated adjective ("в Туркестанской и …областях") groups with its full form read elsewhere;
/// - Vietnamese: "cảng X" / "cảng biển X" where X is read on its own in the article (not only inside a body, not only
///   after the port's noun, not only as an unknown route's end) is a port of its own (S51b's stations and markets); "Khu
///   tự trị (dân tộc) X" is a place (keeping the link of a known region closing it), not inside a body; a body ending on
///   "Tự" before lowercase "do" takes it, and "Ban Quản lý dự án …" runs to "thuộc" or a mark; a compass word after
///   "miền"/"phía"/"vùng" before a country is no name; "Công ty liên doanh" before a name without Vietnamese letters is no
///   part of it; a lone surname joins the full name that ends with it and "Jr."/"Sr.".
/// - (MentionGrouper: two bodies each with its own acronym in parentheses are not one by the subsequence rule, "Tập đoàn
///   Xây dựng Đường sắt Trung Quốc (CRCC) và Tập đoàn Đường sắt Trung Quốc (CREC)".)
///
/// `refineS52b` runs after `refineS51c` (before `refineCP15`). Cost: each rule is gated on the article's language and on
/// its trigger characters (`hanArticleHasAny`) or keys (`articleHas`); the Han rules then read the runs holding a trigger
/// character (testing one character set per position) or only the runs of the mentions they test; the Russian and
/// Vietnamese ones visit the tokens testing one key hash, or the mentions of one type.
extension NameFinder {
    mutating func refineS52b() {
        guard tokenCount > 2, !mentions.isEmpty else { return }
        switch language {
        case "zh":
            guard hasHan else { return }
            s52bHanNorthAbout()
            s52bHanLinkCities()
            s52bHanCountryPorts()
            s52bHanSubsidiaries()
            s52bHanArrivalVerbs()
            s52bHanDottedNames()
            s52bHanDottedChains()
            s52bHanListedPlaces()
            s52bHanWaters()
            s52bHanResortsAndSites()
            s52bHanCountedHubs()
            s52bHanOccupationNames()
            s52bHanReporters()
        case "ru":
            s50cRussianNamedRoads(nouns: Self.s52bRuDamNouns, type: .place)
            s52bRussianObservatories()
            s52bRussianBodyNouns()
            s52bRussianFacultiesOf()
            s52bRussianRivers()
            s52bRussianSeas()
            s52bRussianObliquePlaces()
            s52bRussianCoordinatedRegions()
            s52bRussianNamedAfterInitials()
        case "vi":
            s51bVietnameseStationsAndMarkets(nouns: Self.s52bViPortNouns, modifiers: Self.s52bViPortModifiers)
            s52bVietnameseAutonomousRegions()
            s52bVietnameseBodyTails()
            s52bVietnameseCompassCountries()
            s52bVietnameseJointVentures()
            s52bJuniorSurnames()
        default:
            break
        }
    }

    // MARK: - Chinese helpers

    /// The character right after mention `n` (in its run, or the first of the next token when the mention ends its run).
    func s52bHanAfter(_ n: Int) -> (k: Int, sc: [Unicode.Scalar], p: Int)? {
        guard let k = l28TokenAt(mentions[n].end - 1), tokens[k].script == .han, let sc = l28Run(k) else { return nil }
        let p = mentions[n].end - tokens[k].start
        return (k, sc, p)
    }

    @inline(__always) func s52bFree(_ inRun: [(n: Int, a: Int, b: Int)], _ a: Int, _ b: Int) -> Bool {
        !inRun.contains(where: { $0.a < b && $0.b > a && (mentions[$0.n].known != nil || mentions[$0.n].type != .place || $0.a < a || $0.b > b) })
    }

    // MARK: - Chinese

    /// "位于首都马那瓜以北约30公里": see the file's comment.
    mutating func s52bHanNorthAbout() {
        guard hanArticleHasAny("约") else { return }
        var drop = Set<Int>()
        for n in mentions.indices where mentions[n].type == .organization && mentions[n].surface == "北约" {
            guard let (k, sc, a, b) = s51bRunOf(n), a >= 1, Self.s51bIs(sc[a - 1], "以") else { continue }
            if b < sc.count ? (sc[b].properties.numericType != nil) : (k + 1 < tokenCount && tokens[k + 1].kind == .number) { drop.insert(n) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "新华社南宁…电 … 南宁市横州市", "阿勒泰地区 … 阿勒泰市": see the file's comment.
    mutating func s52bHanLinkCities() {
        guard hanArticleHasAny("市省县") else { return }
        var linked: [String: Int] = [:]
        var prefectures: [Int: String] = [:]
        for m in mentions where m.type == .place {
            guard let kn = m.known, let b0 = m.surface.utf8.first, b0 >= 0xE3 else { continue }
            let s = m.surface
            if s.hasSuffix("市") || s.hasSuffix("省") || s.hasSuffix("县") { linked[String(s.unicodeScalars.dropLast())] = kn }
            if s.hasSuffix("地区") { prefectures[kn] = String(s.unicodeScalars.dropLast(2)) }
        }
        guard !linked.isEmpty else { return }
        for n in mentions.indices where mentions[n].type == .place {
            let s = mentions[n].surface
            if mentions[n].known == nil, let kn = linked[s], prefectures[kn] == nil {
                mentions[n].known = kn
            } else if let kn = mentions[n].known, let x = prefectures[kn], s == x + "市" {
                mentions[n].known = nil
                mentions[n].evidence = .cue
                mentions[n].words = [s]
                mentions[n].variants = []
            }
        }
    }

    static let s52bPortNext = HanCharSet("区口务澳湾城股")

    /// "与越南海防港、泰国林查班港": see the file's comment.
    mutating func s52bHanCountryPorts() {
        guard hanArticleHasAny("港") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for n in mentions.indices where mentions[n].type == .place {
            guard let (k, sc, a, b) = s51bRunOf(n), b < sc.count, a >= 2, Self.s51bIs(sc[b], "港"),
                  b + 1 == sc.count || !Self.s52bPortNext.contains(Self.hanCode(sc[b + 1])) else { continue }
            let s0 = tokens[k].start + a
            guard anyMention(where: { $0.type == .country && $0.end == s0 }) else { continue }
            fixes.append((n, k, a, b + 1, .place))
        }
        s51bApplyHan(fixes)
    }

    static let s52bUnder = l28Words(["旗下", "下属"])

    /// "由中国交通建设股份有限公司旗下中国港湾工程有限责任公司承建": see the file's comment.
    mutating func s52bHanSubsidiaries() {
        guard hanArticleHasAny("旗属") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for n in mentions.indices where mentions[n].type == .organization {
            guard let (k, sc, a, b) = s51bRunOf(n), b - a >= 8 else { continue }
            for p in (a + 3)..<(b - 3) where Self.s52bUnder.contains(where: { Self.l28At(sc, p, $0) }) {
                fixes.append((n, k, a, p, .organization))
                fixes.append((nil, k, p + 2, b, .organization))
                break
            }
        }
        s51bApplyHan(fixes)
    }

    /// Verbs of arrival and going whose second character a name's reading may take.
    static let s52bArrivalVerbs = l28Words(["到达", "抵达", "直达", "前往", "飞往", "来自", "途经"])
    static let s52bArrivalSeconds = HanCharSet("达往自经")

    /// "转乘航班到达阿勒泰雪都机场" read 达阿勒泰雪都机场: see the file's comment.
    mutating func s52bHanArrivalVerbs() {
        guard hanArticleHasAny("达往自经") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for n in mentions.indices where (mentions[n].type == .place || mentions[n].type == .organization) && mentions[n].known == nil {
            guard let b0 = mentions[n].surface.unicodeScalars.first, Self.s52bArrivalSeconds.contains(Self.hanCode(b0)),
                  let (k, sc, a, b) = s51bRunOf(n), a >= 1, b - a >= 4,
                  Self.s52bArrivalVerbs.contains(where: { Self.l28At(sc, a - 1, $0) }) else { continue }
            fixes.append((n, k, a + 1, b, mentions[n].type!))
        }
        s51bApplyHan(fixes)
    }

    /// Adverbs and particles between a name and its verb ("…则表示", "…也说").
    static let s52bAdverbs = HanCharSet("则也还就都又便即亦曾将已对向在再均并仍")
    static let s52bGluedVerbs = l28Words(["通过", "表示", "指出", "出席"])
    static let s52bAirports = l28Words(["国际机场", "机场"])

    /// "巴合提别克·托列根告诉记者", "罗萨里奥·穆里略通过视频致辞", "在奥古斯托·塞萨尔·桑迪诺国际机场起降": see the file's comment.
    mutating func s52bHanDottedNames() {
        var drop = Set<Int>()
        var adds: [Mention] = []
        var trimmedEnds = Set<Int>()
        for n in mentions.indices where mentions[n].type == .person && mentions[n].known == nil {
            let s = mentions[n].surface
            guard s.unicodeScalars.contains(Self.h19Dot), let k = l28TokenAt(mentions[n].end - 1), tokens[k].script == .han,
                  tokens[k].start > mentions[n].start, let sc = l28Run(k) else { continue }
            let b = mentions[n].end - tokens[k].start
            var m = mentions[n]
            if b >= 2, b + 1 < sc.count, Self.s51bSaying.contains(where: { Self.l28At(sc, b + 1, $0) }),
               !Self.s51bSaying.contains(where: { Self.l28At(sc, b, $0) }), !Self.s52bAdverbs.contains(Self.hanCode(sc[b])) {
                // One character short before a verb of saying.
                let t = s + String(sc[b])
                m.end += 1; m.surface = t; m.words = [t]
            } else if b >= 3, b < sc.count, Self.s52bGluedVerbs.contains(where: { Self.l28At(sc, b - 1, $0) }) {
                let t = String(String.UnicodeScalarView(s.unicodeScalars.dropLast()))
                m.end -= 1; m.surface = t; m.words = [t]
                trimmedEnds.insert(mentions[n].end)
            } else if let air = Self.s52bAirports.first(where: { Self.l28At(sc, b, $0) }) {
                let t = s + hanText(sc, b, air.count)
                let e = m.end + air.count
                m = Mention(surface: t, start: m.start, end: e, type: .place, evidence: .cue, words: [t], placeContext: true)
                for j in mentions.indices where j != n && mentions[j].type != .country && mentions[j].start < e && mentions[j].end > mentions[n].start { drop.insert(j) }
            } else { continue }
            drop.insert(n)
            adds.append(m)
        }
        // (The surname's own reading glued the same way.)
        for n in mentions.indices where !drop.contains(n) && mentions[n].type == .person && trimmedEnds.contains(mentions[n].end)
            && mentions[n].surface.unicodeScalars.count >= 3 {
            var m = mentions[n]
            let t = String(String.UnicodeScalarView(m.surface.unicodeScalars.dropLast()))
            m.end -= 1; m.surface = t; m.words = [t]
            drop.insert(n)
            adds.append(m)
        }
        // A place "…机场" read from the last part of a dotted name ("何塞·马蒂国际机场" read 马蒂国际机场): the whole name.
        for n in mentions.indices where !drop.contains(n) && mentions[n].type == .place && mentions[n].surface.hasSuffix("机场") {
            guard let k = l28TokenAt(mentions[n].start), tokens[k].start == mentions[n].start, k >= 2, textIsMark(k - 1, "·"),
                  tokens[k - 2].script == .han, let left = l28Run(k - 2) else { continue }
            var a = k - 2, x = left.count
            while x > 0, left.count - x < 4, Self.hanTransliterationSet.contains(Self.hanCode(left[x - 1])) { x -= 1 }
            // (Middle parts: whole runs between dots.)
            while x == 0, a >= 2, textIsMark(a - 1, "·"), tokens[a - 2].script == .han, let l2 = l28Run(a - 2) {
                a -= 2
                x = l2.count
                while x > 0, l2.count - x < 4, Self.hanTransliterationSet.contains(Self.hanCode(l2[x - 1])) { x -= 1 }
            }
            guard let first = l28Run(a), first.count - x >= 2 else { continue }
            let s = tokens[a].start + x
            if anyMention(where: { $0.start < mentions[n].start && $0.end > s && $0.type != .person }) { continue }
            let t = hanText(first, x, first.count - x) + surface(a + 1, k) + mentions[n].surface
            for j in mentions.indices where mentions[j].start < mentions[n].start && mentions[j].end > s { drop.insert(j) }
            drop.insert(n)
            adds.append(Mention(surface: t, start: s, end: mentions[n].end, type: .place, evidence: .cue, words: [t], placeContext: true))
        }
        if !adds.isEmpty { replaceMentions(removing: drop, adding: adds) }
    }

    /// Characters that close a listed name (the list's joiners, 的, 等, 的 and the like).
    static let s52bItemEnds = HanCharSet("和与及的等")
    static let s52bJoiners = HanCharSet("和与及")
    static let s52bWaterEnds = HanCharSet("湖海湾山岛")
    static let s52bGoing = l28Words(["通往", "前往", "飞往", "开往", "发往", "驶往"])

    /// A listed name from `p` in `sc`: transliterated characters (two to six) up to a joiner, 的/等 or the run's end; with
    /// `water`, two or three characters and a water's or a mountain's end. Its end, or nil.
    func s52bItem(_ sc: [Unicode.Scalar], _ p: Int, water: Bool) -> Int? {
        let translit = Self.hanTransliterationSet
        var q = p
        while q < sc.count, q - p < 7, translit.contains(Self.hanCode(sc[q])) { q += 1 }
        if q - p >= 2, q - p <= 6, q == sc.count || Self.s52bItemEnds.contains(Self.hanCode(sc[q])) { return q }
        if water {
            for l in 3...4 where p + l <= sc.count && Self.s52bWaterEnds.contains(Self.hanCode(sc[p + l - 1])) { return p + l }
        }
        return nil
    }

    /// "与马那瓜、格拉纳达和马萨亚的公路", "通往莱昂和奇南德加的", "喀纳斯湖和月亮湾": see the file's comment.
    mutating func s52bHanListedPlaces() {
        guard hanArticleHasAny("、和与及往") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        var seen = Set<Int>()
        func take(_ k: Int, _ sc: [Unicode.Scalar], _ a: Int, _ b: Int) {
            let s = tokens[k].start + a
            guard !seen.contains(s) else { return }
            // (Any reading there already is left to its own rules.)
            if l28MentionsIn(k).contains(where: { $0.a < b && $0.b > a }) { return }
            if anyMention(where: { $0.type == .country && $0.start < tokens[k].start + b && $0.end > s }) { return }
            seen.insert(s)
            fixes.append((nil, k, a, b, .place))
        }
        /// Items from `p` of run `k` on: each one and the joiners between (over "、" tokens too).
        func rightward(_ k0: Int, _ p0: Int, water: Bool, atLeast: Int) {
            var k = k0, p = p0
            var items: [(Int, [Unicode.Scalar], Int, Int)] = []
            while let sc = l28Run(k), let q = s52bItem(sc, p, water: water) {
                items.append((k, sc, p, q))
                if q < sc.count, Self.s52bJoiners.contains(Self.hanCode(sc[q])) { p = q + 1; continue }
                if q == sc.count, k + 2 < tokenCount, textIsMark(k + 1, "、"), tokens[k + 2].script == .han { k += 2; p = 0; continue }
                break
            }
            guard items.count >= atLeast else { return }
            for (k, sc, a, b) in items { take(k, sc, a, b) }
        }
        for n in mentions.indices where mentions[n].type == .place {
            guard let b0 = mentions[n].surface.utf8.first, b0 >= 0xE3, let (k, sc, _, b) = s51bRunOf(n) else { continue }
            let water = Self.s52bWaterEnds.contains(Self.hanCode(sc[b - 1]))
            if b < sc.count {
                if Self.s52bJoiners.contains(Self.hanCode(sc[b])) { rightward(k, b + 1, water: water, atLeast: 1) }
            } else if k + 2 < tokenCount, textIsMark(k + 1, "、"), tokens[k + 2].script == .han {
                rightward(k + 2, 0, water: water, atLeast: 1)
            }
        }
        // After a verb of going: two names or more.
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            for p in 0..<(sc.count - 3) where Self.s51bIs(sc[p + 1], "往") && Self.s52bGoing.contains(where: { Self.l28At(sc, p, $0) }) {
                rightward(k, p + 2, water: false, atLeast: 2)
            }
        }
        guard !fixes.isEmpty else { return }
        var texts = Set<String>()
        for f in fixes { if let sc = l28Run(f.k) { texts.insert(hanText(sc, f.a, f.b - f.a)) } }
        s51bApplyHan(fixes)
        // A station read elsewhere under a listed name ("X站") is that place's other name (S51b's stations), one group.
        for n in mentions.indices where mentions[n].type == .place && mentions[n].surface.hasSuffix("站") {
            let x = String(String.UnicodeScalarView(mentions[n].surface.unicodeScalars.dropLast()))
            if texts.contains(x) { mentions[n].words = [x] }
        }
    }

    static let s52bWaterChars = HanCharSet("湖海湾山江河")
    /// Demonstratives and classifiers ("这条运河", "该运河"): no name.
    static let s52bDemonstratives = HanCharSet("这那该此本条座其全新")
    static let s52bShores = l28Words(["沿岸", "两岸", "干流", "干线", "流域", "畔"])
    static let s52bEntering = l28Words(["进入", "流入", "注入", "驶入", "汇入"])
    static let s52bCanal = l28Words(["运河"])

    /// "太平洋沿岸和加勒比海沿岸", "境内的阿尔泰山", "进入北部湾，", "西江干线", "平陆运河": see the file's comment.
    mutating func s52bHanWaters() {
        guard hanArticleHasAny("湖海湾山江河") else { return }
        let translit = Self.hanTransliterationSet
        let places = s51bHanPlaces()
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 3) else { continue }
            var inRun: [(n: Int, a: Int, b: Int)]?
            @inline(__always) func bound(_ a: Int) -> Bool { a == 0 || Self.s51bZoneStops.contains(Self.hanCode(sc[a - 1])) }
            for p in 1..<sc.count {
                let c = Self.hanCode(sc[p])
                var a = -1, e = p + 1, afterPlace = false
                if c == 0x6CB3 && p + 1 < sc.count && Self.s51bIs(sc[p + 1], "运") { continue }
                if Self.s51bIs(sc[p], "运"), p + 1 < sc.count, Self.s51bIs(sc[p + 1], "河"), p >= 2, bound(p - 2),
                   !Self.s51bIs(sc[p - 1], "大"), !Self.s52bDemonstratives.contains(Self.hanCode(sc[p - 2])),
                   !Self.s52bDemonstratives.contains(Self.hanCode(sc[p - 1])) {
                    a = p - 2; e = p + 2
                } else if Self.s52bWaterChars.contains(c) {
                    // Transliterated characters before it (three or more), or a place read in the article.
                    var x = p
                    while x > 0, p - x < 6, translit.contains(Self.hanCode(sc[x - 1])) { x -= 1 }
                    if p - x >= 3, bound(x) { a = x }
                    else if let pl = places.first(where: { Self.l28At(sc, p - $0.count, $0) }), Self.s52bWaterEnds.contains(c), c != 0x5C71,
                            p + 1 < sc.count, Self.s52bShores.contains(where: { Self.l28At(sc, p + 1, $0) }) { a = p - pl.count; afterPlace = true }
                    else if p + 1 < sc.count, Self.s52bShores.contains(where: { Self.l28At(sc, p + 1, $0) }) {
                        for l in 1...3 where p - l >= 0 && bound(p - l) && a < 0 { a = p - l }
                        if a >= 0, p - a < 1 { a = -1 }
                    } else if p + 1 == sc.count, p >= 3 {
                        for l in 2...3 where p - l - 2 >= 0 && Self.s52bEntering.contains(where: { Self.l28At(sc, p - l - 2, $0) }) { a = p - l; break }
                    }
                }
                guard a >= 0, e - a >= 2 else { continue }
                if inRun == nil { inRun = l28MentionsIn(k) }
                if inRun!.contains(where: { $0.b == e && mentions[$0.n].type == .place }) { continue }
                guard s52bFree(inRun!, a, e) || (afterPlace && inRun!.contains(where: { $0.a >= a && $0.b <= e && mentions[$0.n].type == .place })) else { continue }
                if inRun!.contains(where: { $0.a < e && $0.b > a && ($0.a < a || $0.b > e) }) { continue }
                if anyMention(where: { $0.type == .country && $0.start < tokens[k].start + e && $0.end > tokens[k].start + a }) { continue }
                fixes.append((nil, k, a, e, .place))
            }
        }
        s51bApplyHan(fixes)
    }

    static let s52bSiteEnds = l28Words(["度假区", "遗址"])
    static let s52bTownEnds = HanCharSet("乡镇村")
    static let s52bSiteStops = HanCharSet("、和与及的在将等了对把向从于为是由到至往自并或经乡镇村市县")

    /// "位于阿勒泰市区的将军山国际滑雪度假区", "阿勒泰市汗德尕特乡墩德布拉克遗址曾出土": see the file's comment.
    mutating func s52bHanResortsAndSites() {
        guard hanArticleHasAny("度遗口") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            var inRun: [(n: Int, a: Int, b: Int)]?
            for p in 2..<(sc.count - 1) {
                if Self.s51bIs(sc[p + 1], "口"), p + 2 == sc.count, Self.s51bIs(sc[p], "江") || Self.s51bIs(sc[p], "河") {
                    // A river's mouth right after a place read in the run ("…西津库区平塘江口，").
                    if inRun == nil { inRun = l28MentionsIn(k) }
                    if let c = inRun!.first(where: { $0.b < p && $0.b >= p - 3 && mentions[$0.n].type == .place }),
                       !inRun!.contains(where: { $0.a < p + 2 && $0.b > c.b }) { fixes.append((nil, k, c.b, p + 2, .place)) }
                    continue
                }
                guard Self.s51bIs(sc[p], "度") || Self.s51bIs(sc[p], "遗"), let z = Self.s52bSiteEnds.first(where: { Self.l28At(sc, p, $0) }) else { continue }
                let e = p + z.count
                var a = p
                while a > 0, p - a < 10, !Self.s52bSiteStops.contains(Self.hanCode(sc[a - 1])) { a -= 1 }
                // (的将军山: 将 "will" is no stop right after 的.)
                if a >= 2, Self.s51bIs(sc[a - 1], "将"), Self.s51bIs(sc[a - 2], "的") { a -= 1 }
                guard p - a >= 2 else { continue }
                // (A site only right after its township or village: "突厥斯坦州X古城遗址" is no site's name.)
                if Self.s51bIs(sc[p], "遗"), !(a >= 1 && Self.s52bTownEnds.contains(Self.hanCode(sc[a - 1]))) { continue }
                if inRun == nil { inRun = l28MentionsIn(k) }
                if inRun!.contains(where: { $0.a <= a && $0.b >= e }) { continue }
                if inRun!.contains(where: { $0.a < e && $0.b > a && ($0.a < a || $0.b > e) }) { continue }
                fixes.append((nil, k, a, e, .place))
                // A township between a city read here and the site.
                guard a >= 3, Self.s52bTownEnds.contains(Self.hanCode(sc[a - 1])),
                      let c = inRun!.first(where: { $0.b < a - 2 && $0.b >= a - 7 && mentions[$0.n].type == .place }),
                      !inRun!.contains(where: { $0.a < a && $0.b > c.b }) else { continue }
                fixes.append((nil, k, c.b, a, .place))
            }
        }
        s51bApplyHan(fixes)
    }

    static let s52bCountNumerals = HanCharSet("两二三四五六七八九十")
    static let s52bHubNouns = l28Words(["枢纽", "港口", "机场", "码头", "口岸", "船闸", "景区"])

    /// "马道、企石、青年三大枢纽船闸": see the file's comment.
    mutating func s52bHanCountedHubs() {
        guard hanArticleHasAny("大") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for k in 2..<tokenCount where tokens[k].script == .han && textIsMark(k - 1, "、") {
            guard let sc = l28Run(k, atLeast: 6) else { continue }
            var p = -1
            for l in 2...4 where l + 4 <= sc.count && Self.s52bCountNumerals.contains(Self.hanCode(sc[l])) && Self.s51bIs(sc[l + 1], "大")
                && Self.s52bHubNouns.contains(where: { Self.l28At(sc, l + 2, $0) }) { p = l; break }
            guard p > 0 else { continue }
            var items: [(Int, Int, Int)] = [(k, 0, p)]
            var j = k - 2
            while j >= 0, tokens[j].script == .han, let s2 = l28Run(j), s2.count >= 2, s2.count <= 4 {
                items.append((j, 0, s2.count))
                guard j >= 2, textIsMark(j - 1, "、") else { break }
                j -= 2
            }
            guard items.count >= 2 else { continue }
            for (kk, a, b) in items {
                let (s, e) = (tokens[kk].start + a, tokens[kk].start + b)
                if anyMention(where: { $0.start < e && $0.end > s }) { continue }
                fixes.append((nil, kk, a, b, .place))
            }
        }
        s51bApplyHan(fixes)
    }

    static let s52bOccupations = l28Words(["村民", "牧民", "渔民", "农民", "居民", "市民", "工人", "游客", "司机", "店主", "摊主", "船员",
        "讲解员", "导游", "技术员", "护林员", "饲养员", "快递员", "售货员"])   // (three characters: S53a)
    static let s52bOccupationSeconds = HanCharSet("民人客机主员解游术林养递货")
    static let s52bNameNext = l28Words(["一家", "说", "告诉", "表示", "介绍", "家", "已"])

    /// "村民黄月娥一家因运河建设搬进了": see the file's comment.
    mutating func s52bHanOccupationNames() {
        guard hanArticleHasAny("民工客机主员游") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 5) else { continue }
            for p in 0..<(sc.count - 4) where Self.s52bOccupationSeconds.contains(Self.hanCode(sc[p + 1])) {
                guard let w = Self.s52bOccupations.first(where: { Self.l28At(sc, p, $0) }), p + w.count < sc.count else { continue }
                let a = p + w.count
                guard Self.hanSurnameSet.contains(Self.hanCode(sc[a])) else { continue }
                for len in [3, 2] where a + len < sc.count && Self.s52bNameNext.contains(where: { Self.l28At(sc, a + len, $0) }) {
                    let (s, e) = (tokens[k].start + a, tokens[k].start + a + len)
                    if anyMention(where: { $0.start < e && $0.end > s }) { break }
                    fixes.append((nil, k, a, a + len, .person))
                    break
                }
            }
        }
        s51bApplyHan(fixes)
    }

    /// "（记者 阿依努尔·买买提 周昊）": see the file's comment.
    mutating func s52bHanReporters() {
        guard hanArticleHasAny("记") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for k in 1..<min(tokenCount, 60) where tokens[k].script == .han && tokens[k].spaceBefore {
            guard let sc = l28Run(k), sc.count >= 2, sc.count <= 3, Self.hanSurnameSet.contains(Self.hanCode(sc[0])),
                  k + 1 < tokenCount, textIsMark(k + 1, "）") || textIsMark(k + 1, ")") else { continue }
            // A dotted name before it, after 记者 in the parentheses.
            var j = k - 1, dotted = false, reporter = false
            while j >= 0, k - j < 12, !textIsMark(j, "（") && !textIsMark(j, "(") {
                if textIsMark(j, "·") { dotted = true }
                if tokens[j].script == .han, let s2 = l28Run(j), Self.l28At(s2, 0, Self.s52bReporter) { reporter = true }
                j -= 1
            }
            guard dotted, reporter else { continue }
            let (s, e) = (tokens[k].start, tokens[k].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            fixes.append((nil, k, 0, sc.count, .person))
        }
        s51bApplyHan(fixes)
    }
    static let s52bReporter = l28Words(["记者"])[0]

    /// "当地工人玛丽亚·何塞·洛佩斯说": transliterated parts joined by middle dots (three or more parts), the first one the
    /// transliterated end of its run and the last one right before a verb of saying, are a person's name.
    mutating func s52bHanDottedChains() {
        let translit = Self.hanTransliterationSet
        var adds: [Mention] = []
        var j = 1
        while j + 3 < tokenCount {
            defer { j += 1 }
            guard textIsMark(j, "·"), tokens[j - 1].script == .han, tokens[j + 1].script == .han, let left = l28Run(j - 1) else { continue }
            var x = left.count
            while x > 0, left.count - x < 4, translit.contains(Self.hanCode(left[x - 1])) { x -= 1 }
            guard left.count - x >= 2 else { continue }
            var q = j + 1, parts = 1
            var endTok = -1, endLen = 0
            while q < tokenCount, tokens[q].script == .han, let sc = l28Run(q) {
                // (A middle part, a whole run between two dots, of any characters: "何塞".)
                if sc.count <= 4, q + 2 < tokenCount, textIsMark(q + 1, "·") { parts += 1; q += 2; continue }
                var y = 0
                while y < sc.count, y < 5, translit.contains(Self.hanCode(sc[y])) { y += 1 }
                guard y >= 1 else { break }
                parts += 1
                if y < sc.count, Self.s51bSaying.contains(where: { Self.l28At(sc, y, $0) }) { endTok = q; endLen = y }
                break
            }
            guard parts >= 3, endTok > 0 else { continue }
            let (s, e) = (tokens[j - 1].start + x, tokens[endTok].start + endLen)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            let t = hanText(left, x, left.count - x) + surface(j, endTok) + hanText(l28Run(endTok)!, 0, endLen)
            adds.append(Mention(surface: t, start: s, end: e, type: .person, evidence: .cue, words: [t]))
            j = endTok
        }
        if !adds.isEmpty { replaceMentions(removing: [], adding: adds) }
    }

    // MARK: - Russian

    static let s52bRuDamNouns = h18Keys(["плотина", "плотины", "плотине", "плотину", "плотиной", "дамба", "дамбы", "дамбе", "дамбу", "дамбой"])
    static let s52bRuObservatory = h18Keys(["обсерватория", "обсерватории", "обсерваторию", "обсерваторией"])

    /// "Коуровской астрономической обсерваторией", "Крымской астрофизической обсерватории", "обсерватории Ондржейов":
    /// see the file's comment.
    mutating func s52bRussianObservatories() {
        guard articleHas(Self.s52bRuObservatory) else { return }
        var spans: [(Int, Int)] = []
        for k in 1..<tokenCount where tokens[k].kind == .word && !tokens[k].capitalized && Self.s52bRuObservatory.contains(tokens[k]) {
            var j = k - 1, lower = 0
            while j >= 1, lower < 2, s51bLower(j), Self.s50cRuAdjectiveEndings.contains(where: { tokens[j].key.hasSuffix($0) }) { j -= 1; lower += 1 }
            if lower >= 1, isCap(j), tokens[j].script == .cyrillic, !tokens[j].sentenceStart, !tokens[j].newlineBefore,
               Self.s50cRuAdjectiveEndings.contains(where: { tokens[j].key.hasSuffix($0) }) {
                let (s, e) = (tokens[j].start, tokens[k].end)
                if !anyMention(where: { $0.start < e && $0.end > s && ($0.start < s || $0.end > e) && $0.type != .country }) { spans.append((j, k + 1)) }
                continue
            }
            // The noun before a foreign name (not a known place, not a country).
            let q = k + 1
            guard q < tokenCount, isCap(q), tokens[q].script == .cyrillic, !isCountry[q] else { continue }
            let (s, e) = (tokens[q].start, tokens[q].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.known != nil || $0.type == .country || $0.end > e) }) { continue }
            spans.append((k, q + 1))
        }
        replaceOverlapping(spans, type: .organization)
    }

    static let s52bRuBodyHeads = h18Keys(["центр", "центра", "центре", "центру", "центром", "совет", "совета", "институт", "института",
        "комитет", "комитета", "союз", "союза"])

    /// "Центр малых планет" read "Центр малых": see the file's comment.
    mutating func s52bRussianBodyNouns() {
        guard articleHas(Self.s52bRuBodyHeads) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, z + 1 < tokenCount, Self.s52bRuBodyHeads.contains(tokens[a]), tokens[a].capitalized,
                  s51bLower(z), tokens[z].key.hasSuffix("ых") || tokens[z].key.hasSuffix("их"),
                  s51bLower(z + 1), tokens[z + 1].spaceBefore, !tokens[z + 1].key.hasSuffix("ых") else { continue }
            fixes.append((i, a, z + 2))
        }
        replaceEach(fixes, type: .organization)
    }

    static let s52bRuFaculties = h18Keys(["институт", "института", "институте", "институтом", "факультет", "факультета", "факультете",
        "факультетом", "колледж", "колледжа"])

    /// "окончил физико-технологический институт УрФУ": see the file's comment.
    mutating func s52bRussianFacultiesOf() {
        guard articleHas(Self.s52bRuFaculties) else { return }
        var spans: [(Int, Int)] = []
        for k in 1..<(tokenCount - 1) where s51bLower(k) && Self.s52bRuFaculties.contains(tokens[k]) {
            guard isCap(k + 1), tokens[k + 1].script == .cyrillic, tokens[k + 1].text.unicodeScalars.filter({ $0.properties.isUppercase }).count >= 2,
                  anyMention(where: { ($0.type == .organization || $0.type == nil) && $0.start == tokens[k + 1].start }) else { continue }
            var j = k - 1, adj = 0
            while j >= 0, adj < 3 {
                if s51bLower(j), Self.s50cRuAdjectiveEndings.contains(where: { tokens[j].key.hasSuffix($0) }) { adj += 1; j -= 1; continue }
                if j >= 1, h15GluedHyphen(j), s51bLower(j - 1) { j -= 2; continue }
                break
            }
            guard adj >= 1 else { continue }
            spans.append((j + 1, k + 2))
        }
        replaceOverlapping(spans, type: .organization)
    }

    static let s52bRuRiverNouns = h18Keys(["реки", "реке", "рекой", "реку"])
    static let s52bRuCourseNouns = h18Keys(["руслу", "русла", "вод", "бассейна", "устья", "берегу", "берега", "пойме", "низовьях", "верховьях"])

    /// "на берегу реки Чусовой", "по руслу Сырдарьи": see the file's comment.
    mutating func s52bRussianRivers() {
        let river = articleHas(Self.s52bRuRiverNouns), course = articleHas(Self.s52bRuCourseNouns)
        guard river || course else { return }
        var spans: [(Int, Int)] = []
        var retype: [Int] = []
        for k in 0..<(tokenCount - 1) where s51bLower(k) && isCap(k + 1) && tokens[k + 1].script == .cyrillic {
            let isRiver = river && Self.s52bRuRiverNouns.contains(tokens[k])
            guard isRiver || (course && Self.s52bRuCourseNouns.contains(tokens[k])) else { continue }
            let (s, e) = (tokens[k + 1].start, tokens[k + 1].end)
            guard let n = firstMentionIndex(where: { $0.start == s && $0.end == e }), mentions[n].known == nil, mentions[n].type != .country,
                  mentions[n].type != .person else { continue }
            if isRiver, mentions[n].type == .place, !tokens[k + 1].key.hasSuffix("ой") { continue }
            if isRiver { spans.append((k, k + 2)) } else if mentions[n].type != .place { retype.append(n) }
        }
        if !retype.isEmpty { retypeByCue(retype, to: .place) }
        replaceOverlapping(spans, type: .place)
    }

    // MARK: - Vietnamese

    static let s52bViPortNouns = h18Keys(["cảng"])
    static let s52bViPortModifiers = h18Keys(["biển"])

    /// "thuộc Khu tự trị Duy Ngô Nhĩ Tân Cương": see the file's comment.
    mutating func s52bVietnameseAutonomousRegions() {
        guard articleHas(Self.s52bViTri) else { return }
        var spans: [(Int, Int)] = []
        var links: [Int?] = []
        for k in 0..<(tokenCount - 3) where keyIs(k, "khu") && tokens[k].capitalized && keyIs(k + 1, "tu") && keyIs(k + 2, "tri") {
            var x = k + 3
            // ("Khu tự trị dân tộc Choang X": the people's lowercase words.)
            if keyIs(x, "dan"), keyIs(x + 1, "toc"), s43Lower(x + 1) { x += 2 }
            guard x < tokenCount, s43Cap(x), tokens[x].spaceBefore else { continue }
            let e = l36CapRun(x, limit: 6)
            // (Inside a body's name, "Sở Thương mại Khu tự trị X": the body's.)
            let s = tokens[k].start
            if anyMention(where: { $0.start < s && $0.end > s && $0.type == .organization }) { continue }
            spans.append((k, e))
            // (The region's known name at the end keeps its link: one group with it, "Quảng Tây" … "Guangxi".)
            let end = tokens[e - 1].end
            links.append(firstMentionIndex(where: { $0.type == .place && $0.end == end && $0.known != nil }).flatMap { mentions[$0].known })
        }
        guard !spans.isEmpty else { return }
        replaceOverlapping(spans, type: .place)
        for (i, n) in ((mentions.count - spans.count)..<mentions.count).enumerated() where links[i] != nil { mentions[n].known = links[i] }
    }
    static let s52bViTri = h18Keys(["trị"])

    static let s52bViBodyStops = h18Keys(["thuộc", "của", "cho", "và", "đã", "sẽ", "đang", "tại", "với", "là", "được", "có"])

    /// "Liên đoàn Nông dân Tự do", "Ban Quản lý dự án đường sắt thuộc Bộ Xây dựng": a body ending on "Tự" before lowercase
    /// "do" takes it; "Ban Quản lý" before lowercase "dự án" runs over lowercase words (four at most) to "thuộc" or a mark.
    mutating func s52bVietnameseBodyTails() {
        guard articleHas(Self.s52bViTails) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, z + 1 < tokenCount else { continue }
            if isCap(z), keyIs(z, "tu"), keyIs(z + 1, "do"), s43Lower(z + 1), tokens[z + 1].spaceBefore {
                fixes.append((i, a, z + 2))
                continue
            }
            guard keyIs(a, "ban"), keyIs(z, "ly"), z + 3 < tokenCount, keyIs(z + 1, "du"), keyIs(z + 2, "an"), s43Lower(z + 1) else { continue }
            var q = z + 3
            while q < tokenCount, q - z <= 6, s43Lower(q), tokens[q].spaceBefore, !Self.s52bViBodyStops.contains(tokens[q]) { q += 1 }
            guard q < tokenCount, keyIs(q, "thuoc") || tokens[q].kind == .punct else { continue }
            fixes.append((i, a, q))
        }
        replaceEach(fixes, type: .organization)
    }
    static let s52bViTails = h18Keys(["do", "dự"])

    static let s52bRuSeaNouns = h18Keys(["море", "моря", "морю", "морем"])

    /// "уровень Малого Аральского моря": two capitalized adjectives before a sea's noun are one place (S50c's named roads
    /// read one adjective).
    mutating func s52bRussianSeas() {
        guard articleHas(Self.s52bRuSeaNouns) else { return }
        var spans: [(Int, Int)] = []
        for k in 2..<tokenCount where s51bLower(k) && Self.s52bRuSeaNouns.contains(tokens[k]) {
            guard isCap(k - 1), isCap(k - 2), tokens[k - 2].script == .cyrillic, !tokens[k - 2].sentenceStart,
                  Self.s50cRuAdjectiveEndings.contains(where: { tokens[k - 1].key.hasSuffix($0) }),
                  Self.s50cRuAdjectiveEndings.contains(where: { tokens[k - 2].key.hasSuffix($0) }) else { continue }
            let (s, e) = (tokens[k - 2].start, tokens[k].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.known != nil || $0.type == .country || $0.start < s || $0.end > e) }) { continue }
            spans.append((k - 2, k + 1))
        }
        guard !spans.isEmpty else { return }
        replaceOverlapping(spans, type: .place)
        // "Малый Арал … Малого Аральского моря": the sea takes the words of a two-word place read here whose words open the
        // adjectives' stems (one group).
        for n in (mentions.count - spans.count)..<mentions.count where mentions[n].words.count == 3 {
            let w = mentions[n].words
            let stem0 = String(w[0].prefix(3))
            if let j = firstMentionIndex(where: { $0.type == .place && $0.words.count == 2 && $0.words[0].hasPrefix(stem0)
                && $0.words[1].count >= 4 && w[1].hasPrefix($0.words[1]) }) { mentions[n].words = mentions[j].words }
        }
    }

    /// "навигацию по Припяти" read as a body while "через Припять" is a place: a one-word body's reading (not known) that
    /// differs from a one-word place read in the article only in its last letter or two (a case ending) is that place.
    mutating func s52bRussianObliquePlaces() {
        var places: [(String, Int)] = []
        for n in mentions.indices where mentions[n].type == .place && mentions[n].words.count == 1 {
            let w = mentions[n].surface
            if w.unicodeScalars.count >= 5, w.unicodeScalars.first.map({ $0.value >= 0x400 && $0.value < 0x500 }) == true { places.append((w, n)) }
        }
        guard !places.isEmpty else { return }
        var fixes: [(Int, [String])] = []
        for n in mentions.indices where (mentions[n].type == .organization || mentions[n].type == nil) && mentions[n].known == nil
            && mentions[n].words.count == 1 {
            let w = Array(mentions[n].surface.unicodeScalars)
            guard w.count >= 5, !mentions[n].surface.contains("\"") else { continue }
            for (p, j) in places {
                let q = Array(p.unicodeScalars)
                guard abs(q.count - w.count) <= 1, q.count >= 5 else { continue }
                let stem = min(q.count, w.count) - 1
                if stem >= 4, Array(q[0..<stem]) == Array(w[0..<stem]) { fixes.append((n, mentions[j].words)); break }
            }
        }
        for (n, words) in fixes {
            mentions[n].type = .place
            mentions[n].evidence = .cue
            mentions[n].placeContext = true
            mentions[n].words = words
        }
    }

    /// "в Туркестанской и Кызылординской областях … по Туркестанской области": a lone adjective read as a place takes the
    /// words of the place read elsewhere as that adjective and its noun (one group).
    mutating func s52bRussianCoordinatedRegions() {
        var fixes: [(Int, [String])] = []
        for n in mentions.indices where mentions[n].type == .place && mentions[n].known == nil && mentions[n].words.count == 1 {
            let s = mentions[n].surface
            guard s.hasSuffix("ской") || s.hasSuffix("цкой") else { continue }
            let stem = String(String.UnicodeScalarView(s.unicodeScalars.dropLast(2)))
            if let j = firstMentionIndex(where: { $0.type == .place && $0.words.count == 2 && $0.surface.hasPrefix(stem) && $0.surface.contains(" ") }) {
                fixes.append((n, mentions[j].words))
            }
        }
        for (n, words) in fixes { mentions[n].words = words }
    }

    static let s52bViCompass = h18Keys(["đông", "tây", "nam", "bắc"])
    static let s52bViRegionNouns = h18Keys(["miền", "phía", "vùng"])

    /// "ở miền Đông Uzbekistan": a compass word after "miền"/"phía"/"vùng" before a country is no name (the country stays).
    mutating func s52bVietnameseCompassCountries() {
        guard articleHas(Self.s52bViRegionNouns) else { return }
        var drop = Set<Int>()
        for n in mentions.indices where mentions[n].type != .country && mentions[n].known == nil {
            guard let (a, z) = seedSpan(n), z > a, a >= 1, Self.s52bViCompass.contains(tokens[a]), tokens[a].capitalized,
                  s43Lower(a - 1), Self.s52bViRegionNouns.contains(tokens[a - 1]),
                  isCountry[a + 1] || anyMention(where: { $0.type == .country && $0.surface == surface(a + 1, z + 1) }) else { continue }
            drop.insert(n)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s52bViLienDoanh = h18Keys(["doanh"])

    /// "Công ty liên doanh China-Kyrgyzstan-Uzbekistan Railway": a joint venture's noun before a name of capitalized
    /// words without Vietnamese letters is no part of the body (its name is the foreign one).
    mutating func s52bVietnameseJointVentures() {
        guard articleHas(Self.s52bViLienDoanh) else { return }
        var fixes: [(Int, Int, Int)] = []
        for n in mentions.indices where mentions[n].type == .organization && mentions[n].known == nil {
            guard let (a, z) = seedSpan(n), z >= a + 4, keyIs(a, "cong"), keyIs(a + 1, "ty"), keyIs(a + 2, "lien"), keyIs(a + 3, "doanh"),
                  s43Lower(a + 2), (a + 4...z).allSatisfy({ tokens[$0].text.unicodeScalars.allSatisfy { $0.value < 0x80 } }) else { continue }
            fixes.append((n, a + 4, z + 1))
        }
        replaceEach(fixes, type: .organization)
    }

    static let s52bRuImeni = h18Keys(["имени"])

    /// "Уральского федерального университета имени первого Президента России Б. Н. Ельцина (УрФУ)": a body's name before
    /// "имени" runs over lowercase words, capitalized words and a person's initials to the surname closing the name
    /// before "(" or "," (the person inside is none; S38's "имени" reads a name of capitalized words only).
    mutating func s52bRussianNamedAfterInitials() {
        guard articleHas(Self.s52bRuImeni) else { return }
        var spans: [(Int, Int)] = []
        for n in mentions.indices where mentions[n].type == .organization {
            guard let (a, z) = seedSpan(n), z + 3 < tokenCount, keyIs(z + 1, "имени"), s51bLower(z + 1) else { continue }
            var q = z + 2, initials = 0, last = -1
            while q < tokenCount, q - z <= 12, !tokens[q].newlineBefore {
                if s51bLower(q), last < 0 { q += 1; continue }
                guard isCap(q), tokens[q].script == .cyrillic else { break }
                if q + 1 < tokenCount, tokens[q].end - tokens[q].start == 1, textIsMark(q + 1, ".") { initials += 1; q += 2; continue }
                last = q
                q += 1
            }
            guard initials >= 1, last > z + 2, last + 1 == q, q < tokenCount, textIsMark(q, "(") || textIsMark(q, ",") else { continue }
            let (s, e) = (tokens[a].start, tokens[last].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e && ($0.start < s || $0.end > e) }) { continue }
            spans.append((a, last + 1))
        }
        replaceOverlapping(spans, type: .organization)
    }

    static let s52bJr = h18Keys(["jr", "sr"])

    /// "Bộ trưởng Francisco Tiu Laurel Jr. … Ông Laurel": a lone surname read as a person takes the words of the full name
    /// that ends with it and "Jr."/"Sr." (one group: the suffix hid the surname).
    mutating func s52bJuniorSurnames() {
        guard articleHas(Self.s52bJr) else { return }
        var fulls: [String: [String]] = [:]
        for m in mentions where m.type == .person && m.words.count >= 3 {
            let w = m.words
            let l = TextFolding.key(w[w.count - 1])
            if l == "jr" || l == "jr." || l == "sr" || l == "sr." { fulls[w[w.count - 2]] = w }
        }
        guard !fulls.isEmpty else { return }
        for n in mentions.indices where mentions[n].type == .person && mentions[n].words.count == 1 {
            if let w = fulls[mentions[n].words[0]] { mentions[n].words = w }
        }
    }
}
