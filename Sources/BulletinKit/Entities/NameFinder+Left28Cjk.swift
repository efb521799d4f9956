import Foundation

/// Misses seen in the twenty-eighth session in the Chinese, Japanese and Korean articles of two sets written blind for it
/// (holdout51: a Wuhan–Bordeaux cooperation story, a provincial congress's appointments, a bridge engineer's funeral;
/// holdout52: a motorway crash in Yamanashi, a Korean university's contract with an arms maker), scored untouched first;
/// each a general pattern, tested on other names in EntityLeft28CjkTests. One pass, `refineLeft28Cjk`, run after
/// `refineLeft27`, gated on the article's language and script.
///
/// Chinese: two-character family names (上官, 端木, 钟离 …) open a person whose last character no longer bleeds into the
/// next body; a body's or a place's reading that runs over a verb of office ("此前担任", "辞去", "是") starts after it; the
/// bare "省"/"县" readings after a function word are no places; people's congresses ("X省人大常委会", "…人民代表大会常务委员会")
/// and party departments ("省委组织部") are bodies; named bridges, cemeteries and development zones are places; a body
/// read without its company suffix or its country ("法国电力集团", "法国驻华大使馆") takes them; a transliterated name
/// keeps its hyphenated first part ("让-吕克·马尔尚"). Japanese: a prefecture's police (県警), a ministry's bureau
/// (国土交通省関東運輸局), stations, interchanges, motorways and a metropolis's wards. Korean: a verb's adnominal before a
/// company, ministries (-부), colleges (-대학) and industrial complexes (-산업단지).
extension NameFinder {
    mutating func refineLeft28Cjk() {
        if hasHan, language == "zh" {
            l28HanCompoundSurnames()
            l28HanDottedNames()
            l28HanOfficeVerbs()
            l28HanFunctionWordProvinces()
            l28HanCongresses()
            l28HanJoinedBodies()
            l28HanNativePlaces()
            l28HanRegionSuffixes()
            l28HanPartyDepartments()
            l28HanCompanySuffixes()
            l28HanEmbassies()
            l28HanZones()
            l28HanBridges()
            l28HanGenericBodies()
            l28HanTongFirsts()
        } else if hasHan, language == "ja" {
            l28JapanesePlaceSuffixes()
            l28JapaneseBodies()
            l28JapaneseQuotedCompanies()
            l28JapaneseAddresses()
        } else if language == "ko" {
            l28KoreanBodies()
        }
    }

    // MARK: Helpers

    /// The run's scalars when each is one UTF-16 unit (offsets in the run are then offsets from the token's start).
    /// (Whether every scalar is in the Basic Multilingual Plane is remembered per run: some thirty passes ask it of every run.)
    /// (`hanRunScalars` records that when it decodes the run: a decoded run is answered from the cache's arrays.)
    func l28Run(_ k: Int) -> [Unicode.Scalar]? {
        guard tokens[k].script == .han else { return nil }
        let cache = hanRuns
        if k < cache.bmp.count {
            switch cache.bmp[k] {
            case 1: return cache.scalarStore[Int(cache.scalarSlot[k])]
            case 2: return nil
            default:
                let sc = hanRunScalars(k)
                return cache.bmp[k] == 1 ? sc : nil
            }
        }
        let sc = hanRunScalars(k)
        guard sc.allSatisfy({ $0.value <= 0xFFFF }) else { return nil }
        return sc
    }

    /// `l28Run(k)` when the run has `n` characters or more, else nil: a run of the Basic Multilingual Plane has as many
    /// characters as UTF-16 units, so a shorter token is turned down by its offsets before its scalars are fetched (the
    /// passes that ask this walk every token).
    @inline(__always) func l28Run(_ k: Int, atLeast n: Int) -> [Unicode.Scalar]? {
        guard tokens[k].script == .han, tokens[k].end - tokens[k].start >= n, let sc = l28Run(k), sc.count >= n else { return nil }
        return sc
    }

    /// Some Han run of the article holds one of the characters of `list` (as written, or canonical as `hanCode` gives
    /// it). A pass each of whose rules needs one of them in a run starts with this test and does nothing without one:
    /// such a pass otherwise walks every run of the article, and most articles hold none of its rarer characters.
    /// (True when the finder keeps no Han-run cache: the pass then runs as before.)
    func hanArticleHasAny(_ list: StaticString) -> Bool {
        let cache = hanRuns
        guard cache.bmp.count == tokenCount, tokenCount > 0 else { return true }
        if cache.present.isEmpty {
            var bits = Array(repeatElement(UInt64(0), count: 1024))
            // (Set through the buffer: each `bits[…] |=` checked the array's uniqueness, a call per character.)
            bits.withUnsafeMutableBufferPointer { b in
                for k in 0..<tokenCount where token(k).script == .han {
                    for c in hanRunScalars(k) {
                        let v = c.value, h = Self.hanCode(c)
                        if v < 0x10000 { b[Int(v >> 6)] |= 1 << UInt64(v & 63) }
                        if h < 0x10000 { b[Int(h >> 6)] |= 1 << UInt64(h & 63) }
                    }
                }
            }
            cache.present = bits
        }
        return list.withUTF8Buffer { b in
            var i = 0
            while i < b.count {
                let v = Self.decodeScalar(b, &i)
                if v >= 0x10000 || cache.present[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 { return true }
            }
            return false
        }
    }

    /// A mention over characters `a..<b` of run `k`.
    func l28Mention(_ k: Int, _ sc: [Unicode.Scalar], _ a: Int, _ b: Int, _ type: EntityType, evidence: Mention.Evidence = .cue) -> Mention {
        let text = hanText(sc, a, b - a)
        return Mention(surface: text, start: tokens[k].start + a, end: tokens[k].start + b, type: type, evidence: evidence, words: [text],
                       placeContext: type == .place)
    }

    /// Mention `n`, inside run `k`, cut to characters `a..<b`.
    mutating func l28Recut(_ n: Int, _ k: Int, _ sc: [Unicode.Scalar], _ a: Int, _ b: Int) {
        let text = hanText(sc, a, b - a)
        mentions[n].start = tokens[k].start + a
        mentions[n].end = tokens[k].start + b
        mentions[n].surface = text
        mentions[n].words = [text]
    }

    /// The token holding UTF-16 offset `pos`.
    func l28TokenAt(_ pos: Int) -> Int? {
        tokens.withUnsafeBufferPointer { t in
            var lo = 0, hi = t.count
            while lo < hi { let mid = (lo + hi) &>> 1; if t[mid].end <= pos { lo = mid &+ 1 } else { hi = mid } }
            return lo < t.count && t[lo].start <= pos ? lo : nil
        }
    }

    /// `sc[p...]` starts with `w`.
    @inline(__always) static func l28At(_ sc: [Unicode.Scalar], _ p: Int, _ w: [Unicode.Scalar]) -> Bool {
        guard p >= 0, p + w.count <= sc.count else { return false }
        for i in w.indices where sc[p + i] != w[i] { return false }
        return true
    }

    /// The indices of the mentions (not countries) lying inside run `k`, with their offsets in it.
    /// (The mentions read in place, once: each `mentions[n]` through the property was a retain and a release of the
    /// array, and this is asked for every Han run by nine rules.)
    /// (Asked of every run by some twenty passes, it scanned every mention each time: the mentions are now put in
    /// their tokens once, `HanRunCache.inRun`, and again only after they changed. A mention lies inside token `k` when
    /// the token holding its start is `k` and it ends by the token's end: tokens do not overlap.)
    func l28MentionsIn(_ k: Int) -> [(n: Int, a: Int, b: Int)] {
        let s = tokens[k].start, e = tokens[k].end
        let cache = hanRuns
        guard cache.bmp.count == tokenCount else {   // (no Han run, no cache: scanned as before)
            return mentions.withUnsafeBufferPointer { m in
                var out: [(n: Int, a: Int, b: Int)] = []
                for n in m.indices where m[n].start >= s && m[n].end <= e && m[n].start < m[n].end {
                    out.append((n, m[n].start - s, m[n].end - s))
                }
                return out
            }
        }
        if cache.inRunVersion != mentionsVersion { l28IndexMentionsByToken() }
        let first = Int(cache.inRunFirst[k]), last = Int(cache.inRunFirst[k + 1])
        guard first < last else { return [] }
        return mentions.withUnsafeBufferPointer { m in
            var out: [(n: Int, a: Int, b: Int)] = []
            out.reserveCapacity(last - first)
            for i in first..<last {
                let n = Int(cache.inRun[i])
                out.append((n, m[n].start - s, m[n].end - s))
            }
            return out
        }
    }

    /// Builds `hanRuns.inRun` for the current mentions: each non-empty mention under the token holding its start,
    /// when it ends by that token's end (counted per token, then placed in mention order).
    private func l28IndexMentionsByToken() {
        let cache = hanRuns, count = tokenCount
        var first = Array(repeatElement(Int32(0), count: count + 2))
        var home = Array(repeatElement(Int32(-1), count: mentions.count))
        // (The three arrays written through their buffers: each subscript write checked the array's uniqueness, a call
        // per token and per mention.)
        first.withUnsafeMutableBufferPointer { f in
            home.withUnsafeMutableBufferPointer { h in
                mentions.withUnsafeBufferPointer { m in
                    for n in m.indices where m[n].start < m[n].end {
                        guard let k = l28TokenAt(m[n].start), m[n].end <= token(k).end else { continue }
                        h[n] = Int32(k)
                        f[k + 2] += 1
                    }
                }
            }
            // (Counts at k + 2, summed: first[k + 1] is where token k's mentions start while they are placed.)
            for k in 0..<count { f[k + 2] += f[k + 1] }
        }
        var items = Array(repeatElement(Int32(0), count: Int(first[count + 1])))
        items.withUnsafeMutableBufferPointer { it in
            first.withUnsafeMutableBufferPointer { f in
                for n in home.indices where home[n] >= 0 {
                    let k = Int(home[n])
                    it[Int(f[k + 1])] = Int32(n)
                    f[k + 1] += 1
                }
            }
        }
        first.removeLast()
        cache.inRunFirst = first
        cache.inRun = items
        cache.inRunVersion = mentionsVersion
    }

    /// Puts `m` in place of the mentions it overlaps (not countries; known names only when inside it).
    mutating func l28Place(_ m: Mention) {
        let (s, e) = (m.start, m.end)
        mentions.removeAll { $0.type != .country && $0.start < e && $0.end > s && ($0.known == nil || ($0.start >= s && $0.end <= e)) }
        mentions.append(m)
    }

    /// `l28Place(m)` unless a place covers it already; then the names read inside that place go (known ones too: "武汉" in
    /// "武汉经济技术开发区" is part of the zone's name, not a mention of the city of its own).
    mutating func l28PlaceOver(_ m: Mention) {
        guard let c = firstMention(where: { $0.type == .place && $0.known == nil && $0.start <= m.start && $0.end >= m.end }) else {
            if !anyMention(where: { $0.type == .place && $0.start <= m.start && $0.end >= m.end }) { l28Place(m) }
            return
        }
        mentions.removeAll { $0.type != .country && $0.start >= c.start && $0.end <= c.end && ($0.start > c.start || $0.end < c.end) }
    }

    static func l28Words(_ list: [String]) -> [[Unicode.Scalar]] { list.map { Array($0.unicodeScalars) } }

    // MARK: Chinese: two-character family names

    /// Two-character family names ("东方", "长孙", "西门" left out: words of their own, "队长孙杨").
    static let l28CompoundSurnames = l28Words(["上官", "端木", "皇甫", "令狐", "司徒", "欧阳", "钟离", "夏侯", "宇文", "公孙", "诸葛", "司马",
                                               "慕容", "尉迟", "司空", "轩辕", "澹台", "呼延", "申屠", "闻人"])
    static let l28CompoundFirsts = HanCharSet("上端皇令司欧钟夏宇公诸慕尉轩澹呼申闻")
    /// What may stand before a name: the ends of titles and kinship words, verbs of appointment, function words.
    static let l28BeforeName = HanCharSet("长任士授员理记师生者手人官家主总书子女妻夫父母命免去的和与同及将被由向对给让请派等即是为见了在从称说据到而但也都并又还曾已")
    /// Characters after a family name that open no given name (titles, kinship and function words, "司空见惯", "钟离开").
    static let l28NotGivenFirst = HanCharSet("院总书主部局处科教老先女同家氏博医校市省县区董经副委记团队律等的是在和与说表见开")
    /// Characters that end a given name of one character ("司空伟在…", "欧阳红梅的").
    static let l28AfterName = HanCharSet("说是在和与的被将任为也则曾已等向对从于到因称表指认了就都还又即均及多")

    /// "记者上官雨辰", "任命钟离远航为…", "儿子夏侯安平是…": a two-character family name after a title, a kinship word, a verb of
    /// appointment or a function word, and one or two given characters, is a person. A reading that ran over the name
    /// ("航此前担任…法院", "夏侯振邦是大桥局") starts after it.
    mutating func l28HanCompoundSurnames() {
        let firsts = Self.l28CompoundFirsts, before = Self.l28BeforeName, notGiven = Self.l28NotGivenFirst, after = Self.l28AfterName
        var added: [Mention] = []
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 3) else { continue }
            var p = 0
            while p + 2 < sc.count {
                defer { p += 1 }
                guard firsts.contains(Self.hanCode(sc[p])), Self.l28CompoundSurnames.contains(where: { Self.l28At(sc, p, $0) }) else { continue }
                if p > 0, !before.contains(Self.hanCode(sc[p - 1])) { continue }
                let a = p + 2
                guard !notGiven.contains(Self.hanCode(sc[a])), !after.contains(Self.hanCode(sc[a])) else { continue }
                let b = a + 1 < sc.count && !after.contains(Self.hanCode(sc[a + 1])) ? a + 2 : a + 1
                let (s, e) = (tokens[k].start + p, tokens[k].start + b)
                // (A person read from there already keeps its length: "欧阳烁多次…" is 欧阳烁.)
                if anyMention(where: { $0.type == .person && $0.start == s }) { p = b - 1; continue }
                if anyMention(where: { $0.known != nil && $0.type == .person && $0.start < e && $0.end > s }) { continue }
                // Readings over the name: inside it, dropped; running on past it, started after it; ending inside it, cut.
                var n = 0
                while n < mentions.count {
                    let m = mentions[n]
                    guard m.type != .country, m.start < e, m.end > s else { n += 1; continue }
                    if m.start >= s && m.end <= e { mentions.remove(at: n); continue }
                    if m.known != nil { n += 1; continue }
                    if m.start >= s, m.end - e >= 2 { l28Recut(n, k, sc, b, m.end - tokens[k].start) }
                    else if m.start < s, s - m.start >= 2, m.end <= e { l28Recut(n, k, sc, m.start - tokens[k].start, p) }
                    else { mentions.remove(at: n); continue }
                    n += 1
                }
                added.append(l28Mention(k, sc, p, b, .person))
                p = b - 1
            }
        }
        mentions.append(contentsOf: added)
    }

    // MARK: Chinese: hyphenated transliterated names

    /// Given names written before a hyphen that the transliteration list lacks ("让-吕克", "让-皮埃尔").
    static let l28HyphenFirsts = HanCharSet("让理")
    /// Titles' last characters and function words before a transliterated name ("院士理查德", "主任让-…").
    static let l28BeforeTransliteration = HanCharSet("士长任授员家者手师人官理的和与、，")

    /// "主任让-吕克·马尔尚则表示", "院士理查德·哈德威克": a dotted transliterated person whose first part was cut at a hyphen or
    /// at a character the list lacks takes it back, and a last character before 则/说/表示 that was left out.
    mutating func l28HanDottedNames() {
        let translit = EntityCues.hanTransliteration, extra = Self.l28HyphenFirsts, bound = Self.l28BeforeTransliteration
        let translitSet = Self.hanTransliterationSet
        for n in mentions.indices where mentions[n].type == .person && mentions[n].known == nil {
            guard PlainText.contains(mentions[n].surface, "·"), let a = l28TokenAt(mentions[n].start), let z = l28TokenAt(mentions[n].end - 1)
            else { continue }
            // (The list's bit set by canonical code (`hanCode`), not a hashed `Character`; an astral compatibility ideograph, which
            // `hanCode` leaves as it is, asks the `Set`.)
            let isNameChar = { (c: Unicode.Scalar) in
                (c.value < 0x2F800 ? translitSet.contains(Self.hanCode(c)) : translit.contains(Character(c))) || extra.contains(Self.hanCode(c))
            }
            // The first run: characters of the name before the mention's start, after a title's end.
            guard let sa = l28Run(a) else { continue }
            var off = mentions[n].start - tokens[a].start
            var start = mentions[n].start
            if off > 0, off <= sa.count {
                var p = off
                while p > 0, off - p < 3, isNameChar(sa[p - 1]), p - 1 == 0 || bound.contains(Self.hanCode(sa[p - 2])) || isNameChar(sa[p - 2]) {
                    p -= 1
                    if p == 0 || bound.contains(Self.hanCode(sa[p - 1])) { break }
                }
                if p < off, p == 0 || bound.contains(Self.hanCode(sa[p - 1])) { start = tokens[a].start + p; off = p }
            }
            // "让-吕克": a one- to three-character part and a hyphen before the first token.
            if off == 0, a >= 2, keyIs(a - 1, "-"), !tokens[a].spaceBefore, !tokens[a - 1].spaceBefore, let sp = l28Run(a - 2) {
                var p = sp.count
                while p > 0, sp.count - p < 3, isNameChar(sp[p - 1]) { p -= 1 }
                if p < sp.count, p == 0 || bound.contains(Self.hanCode(sp[p - 1])) { start = tokens[a - 2].start + p }
            }
            // "马尔尚则表示": one more name character before a link or a verb of speech.
            var end = mentions[n].end
            if let sz = l28Run(z) {
                let q = end - tokens[z].start
                if q >= 0, q + 1 < sz.count, isNameChar(sz[q]) || "尚".unicodeScalars.first! == sz[q],
                   Self.scalarIn(sz[q + 1], "则说表称在和的也指认强曾") { end += 1 }
            }
            guard start != mentions[n].start || end != mentions[n].end else { continue }
            guard let fa = l28TokenAt(start), let fz = l28TokenAt(end - 1) else { continue }
            // The text from the tokens' texts, cut to the span.
            var text = ""
            for t in fa...fz {
                let sc = Array(tokens[t].text.unicodeScalars)
                let from = max(0, start - tokens[t].start), to = min(sc.count, end - tokens[t].start)
                if from < to { text.unicodeScalars.append(contentsOf: sc[from..<to]) }
            }
            mentions[n].start = start
            mentions[n].end = end
            mentions[n].surface = text
        }
    }

    // MARK: Chinese: verbs of office before a body

    /// Verbs of office and links that a body's or a place's reading ran over ("此前担任常德市…", "辞去湖南省…", "是大桥局").
    static let l28OfficeVerbs = l28Words(["担任", "出任", "新任", "曾任", "前任", "现任", "调任", "转任", "兼任", "升任", "辞去", "免去", "进入",
                                          "加入", "前往", "来到", "位于", "推动", "推进", "涉及", "希望", "报请", "着力", "是",
                                          // "历任白山市…", "2016年起任…市人民政府", "已有…", "…检察院指定…", "…法院公开宣判…" (s32)
                                          "历任", "起任", "已有", "指定", "宣判"])
    static let l28OfficeVerbFirsts = HanCharSet("担出新曾前现调转兼升辞免进加来位推涉希报着是历起已指宣")

    /// "航此前担任常德市中级人民法院", "曾任岳阳市", "夏侯振邦是大桥局": a body or a place read over a verb of office starts after
    /// it; what is left of one character, or a whole-province word ("全省法院"), is no name.
    mutating func l28HanOfficeVerbs() {
        let firsts = Self.l28OfficeVerbFirsts
        var removed = Set<Int>()
        for k in 0..<tokenCount {
            guard let sc = l28Run(k) else { continue }
            for (n, a, b) in l28MentionsIn(k) where mentions[n].known == nil && (mentions[n].type == .organization || mentions[n].type == .place) {
                var cut = -1
                for p in a..<b where firsts.contains(Self.hanCode(sc[p])) {
                    if let w = Self.l28OfficeVerbs.first(where: { Self.l28At(sc, p, $0) }), p + w.count <= b { cut = p + w.count }
                }
                guard cut > a else { continue }
                if b - cut < 2 || Self.scalarIn(sc[cut], "全各本该") { removed.insert(n); continue }
                l28Recut(n, k, sc, cut, b)
            }
        }
        replaceMentions(removing: removed)
    }

    // MARK: Chinese: 省 and 县 after a function word

    /// Characters before a bare 省/市/县 that make it "the province's" in a phrase, not a name ("涉及省政府", "报请省人大",
    /// "府和省委", "式由省人大", "推进县域").
    static let l28FunctionBeforeUnit = HanCharSet("及和与请任由进全各本该两三四五六七八九十百等的在是为对向从到将把被")

    /// (副: "原副市长", "副县长": the title's 副 before the unit's character, no name's last character. (s32))
    static let l28StrongFunctionBeforeUnit = HanCharSet("及请任由全各本该两三四五六七八九十百等的在是为对向从到将把被副")

    /// "涉及省", "报请省", "着力推进县", "四省市": a place read as a function word and a bare 省, 市 or 县 is none.
    mutating func l28HanFunctionWordProvinces() {
        let function = Self.l28FunctionBeforeUnit, strong = Self.l28StrongFunctionBeforeUnit
        var removed = Set<Int>()
        for n in mentions.indices where mentions[n].type == .place && mentions[n].known == nil {
            let sc = Array(mentions[n].surface.unicodeScalars)
            guard sc.count >= 3, let last = sc.last, Self.scalarIn(last, "省市县") else { continue }
            let prev = sc[sc.count - 2]
            // (Every province is a known name: any other "X省" after a function word goes. Cities and counties are
            // not all known, and some hold 和, 与 or 进 ("复和县", "进贤县").)
            if last == "省" ? function.contains(Self.hanCode(prev)) : (strong.contains(Self.hanCode(prev)) || sc.count >= 3 && sc[sc.count - 3] == "推" && prev == "进")
                || (last == "市" && prev == "省") { removed.insert(n) }
        }
        replaceMentions(removing: removed)
    }

    // MARK: Chinese: people's congresses

    static let l28StandingCommittee = Array("常务委员会".unicodeScalars)
    static let l28CongressShort = Array("人大常委会".unicodeScalars)
    static let l28Congress = Array("代表大会".unicodeScalars)

    /// "湖南省人大常委会", "株洲市人大常委会": a place, then 人大常委会, is one body; "…第十四届人民代表大会" read without the
    /// 常务委员会 after it takes it (the standing committee is the body that meets and appoints).
    mutating func l28HanCongresses() {
        guard hanArticleHasAny("委") else { return }   // (every rule below needs one of them)
        for k in 0..<tokenCount {
            // (Both readings end in a standing committee's 委: a run without one asks nothing.)
            guard let sc = l28Run(k, atLeast: 6), sc.contains("委") else { continue }
            let inRun = l28MentionsIn(k)
            // A congress read without its standing committee.
            for (n, a, b) in inRun where mentions[n].type == .organization && mentions[n].known == nil {
                guard b >= 4, Self.l28At(sc, b - 4, Self.l28Congress), Self.l28At(sc, b, Self.l28StandingCommittee) else { continue }
                l28Recut(n, k, sc, a, b + 5)
                // "湖南省第十四届人民代表大会常务委员会" is the body written "湖南省人大常委会": grouped by that key.
                if let d = (a + 2..<max(a + 2, b)).first(where: { sc[$0] == "第" }), Self.scalarIn(sc[d - 1], "省市县区州") {
                    var key = String(String.UnicodeScalarView(sc[a..<d]))
                    key += "人大常委会"
                    mentions[n].words = [key]
                }
            }
            var p = 1
            while p + 5 <= sc.count {
                defer { p += 1 }
                guard sc[p] == "人", Self.l28At(sc, p, Self.l28CongressShort), Self.scalarIn(sc[p - 1], "省市县区州") else { continue }
                let s = tokens[k].start
                guard let place = firstMention(where: { $0.type == .place && $0.end == s + p && $0.start >= s && $0.start < s + p - 1 }) else { continue }
                l28Place(l28Mention(k, sc, place.start - s, p + 5, .organization))
            }
        }
    }

    // MARK: Chinese: two bodies joined by 和

    /// "省高级人民法院和省人民检察院": one reading over two bodies joined by 和/与 before a second 省/市/县 is two bodies.
    mutating func l28HanJoinedBodies() {
        var added: [Mention] = []
        for k in 0..<tokenCount {
            // (Asked only of runs holding 和 or 与: the rule's split needs one.)
            guard let sc = l28Run(k, atLeast: 9), sc.contains(where: { $0 == "和" || $0 == "与" }) else { continue }
            for (n, a, b) in l28MentionsIn(k) where mentions[n].type == .organization && mentions[n].known == nil && b - a >= 9 {
                guard let p = (a + 4..<max(a + 4, b - 4)).first(where: { (sc[$0] == "和" || sc[$0] == "与") && Self.scalarIn(sc[$0 + 1], "省市县")
                    && Self.scalarIn(sc[$0 - 1], "院会局厅委部府署所行司") }) else { continue }
                // Two bare 省/市/县 bodies ("省高级人民法院和省人民检察院") are short forms of names the article gives in full:
                // no reading; otherwise two bodies.
                if Self.scalarIn(sc[a], "省市县") { mentions[n].type = nil; mentions[n].start = mentions[n].end; continue }
                added.append(l28Mention(k, sc, p + 1, b, .organization, evidence: mentions[n].evidence))
                l28Recut(n, k, sc, a, p)
            }
        }
        mentions.removeAll { $0.start == $0.end && $0.type == nil }
        mentions.append(contentsOf: added)
    }

    // MARK: Chinese: native places after a province

    static let l28Provinces: Set<String> = ["河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南",
                                            "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "广西", "宁夏", "新疆", "西藏"]

    /// "湖南邵阳人", "广东开平人", "安徽凤阳一带": a known province of two characters right before two more
    /// characters and 人 (a native of), 一带 (around) or 籍 is a place there.
    mutating func l28HanNativePlaces() {
        let stops = Self.l28PlaceStops
        var added: [Mention] = []
        for k in 0..<tokenCount {
            // (Asked only of runs holding 人, 籍 or 带: the place needs one after it.)
            guard let sc = l28Run(k, atLeast: 4), sc.contains(where: { $0 == "人" || $0 == "籍" || $0 == "带" }) else { continue }
            let s = tokens[k].start
            for (n, a, b) in l28MentionsIn(k) where mentions[n].type == .place && mentions[n].known != nil && b - a == 2 && b + 2 < sc.count {
                guard Self.l28Provinces.contains(String(String.UnicodeScalarView(sc[a..<b]))) else { continue }
                let e = b + 2
                guard sc[e] == "人" || sc[e] == "籍" || Self.l28At(sc, e, Array("一带".unicodeScalars)) else { continue }
                guard !stops.contains(Self.hanCode(sc[b])), !stops.contains(Self.hanCode(sc[b + 1])),
                      !Self.scalarIn(sc[b], "省市县区州人大"), !Self.scalarIn(sc[b + 1], "省市县区州人") else { continue }
                if anyMention(where: { $0.start < s + e && $0.end > s + b && $0.type != .place }) { continue }
                if anyMention(where: { $0.type == .place && $0.start == s + b }) { continue }
                added.append(l28Mention(k, sc, b, e, .place))
            }
        }
        for m in added { l28Place(m) }
    }

    // MARK: Chinese: suffixes of regions

    /// "新阿基坦大区": a known place right before 大区 (a French or an Italian region) runs over it, as over 省 or 州.
    mutating func l28HanRegionSuffixes() {
        guard hanArticleHasAny("区") else { return }   // (the rule needs 大区)
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 3), sc.contains("区") else { continue }
            for (n, a, b) in l28MentionsIn(k) where mentions[n].type == .place && mentions[n].known != nil && b + 2 <= sc.count {
                guard sc[b] == "大", sc[b + 1] == "区" else { continue }
                l28Recut(n, k, sc, a, b + 2)
            }
        }
    }

    // MARK: Chinese: 同 opening a name

    /// "、同济大学、", "。同仁医院": a body read without a first 同 (taken for "with") after a list's comma or at the run's start
    /// takes it back.
    mutating func l28HanTongFirsts() {
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 3), sc[0] == "同" else { continue }
            for (n, a, b) in l28MentionsIn(k) where mentions[n].type == .organization && mentions[n].known == nil && a == 1 && sc[0] == "同" {
                l28Recut(n, k, sc, 0, b)
            }
        }
    }

    // MARK: Chinese: party departments

    /// The departments of a party committee after 省委/市委/县委/区委 ("省委组织部", "市委宣传部", "省委教育工委").
    static let l28PartyDepartments = l28Words(["组织部", "宣传部", "统战部", "政法委员会", "政法委", "教育工委", "办公厅", "党校", "巡视办", "纪委"])

    /// "将赴省委组织部另行安排工作", "先后在…和省委教育工委任职": a department after a party committee of a province, a city or a
    /// county is a body (with the place when one is read right before it: "湖南省委组织部").
    mutating func l28HanPartyDepartments() {
        guard hanArticleHasAny("委") else { return }   // (every rule below needs one of them)
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            var p = 0
            while p + 3 < sc.count {
                defer { p += 1 }
                guard sc[p + 1] == "委", Self.scalarIn(sc[p], "省市县区"),
                      let w = Self.l28PartyDepartments.first(where: { Self.l28At(sc, p + 2, $0) }) else { continue }
                let s = tokens[k].start
                var a = p
                if let place = firstMention(where: { $0.type == .place && $0.end == s + p + 1 && $0.start >= s }) { a = place.start - s }
                else if p > 0, !Self.l28FunctionBeforeUnit.contains(Self.hanCode(sc[p - 1])) && !Self.scalarIn(sc[p - 1], "赴在到和、往") { continue }
                l28Place(l28Mention(k, sc, a, p + 2 + w.count, .organization))
                p += 1 + w.count
            }
        }
    }

    // MARK: Chinese: company suffixes and countries before a body

    static let l28CompanySuffixes = l28Words(["集团股份有限公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "集团"])
    /// Characters that no company's name holds between its first words and its suffix.
    static let l28NameStops = HanCharSet("的了在和与及等是将被把从向对为也就还而并至到往于，、")

    /// "中铁大桥局集团有限公司" read as "中铁大桥局" (or "中铁大桥" as a bridge) and "法国电力集团" read as "集团": a body or a
    /// place that a company's suffix follows within a few name characters takes it; a bare suffix takes the name before it
    /// back to a country or a place.
    mutating func l28HanCompanySuffixes() {
        // (Every company suffix holds 团 or 司, the bureau rule needs 局; without them the rule only drops emptied
        // readings, so it runs when one is there.)
        guard hanArticleHasAny("团司局") || mentions.contains(where: { $0.start == $0.end && $0.type == nil }) else { return }
        let stops = Self.l28NameStops
        // Some mention is an emptied reading (as the bureau rule leaves them): they are dropped after a run's rules. (Only
        // then: dropping none still changed the mentions, and the next run's `l28MentionsIn` indexed them all again.)
        var emptied = mentions.contains(where: { $0.start == $0.end && $0.type == nil })
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            // (Every company suffix opens with 集, 股 or 有: a run without one asks no mentions of the two suffix rules.)
            let suffixed = sc.contains { $0 == "集" || $0 == "股" || $0 == "有" }
            for (n, a, b) in (suffixed ? l28MentionsIn(k) : []) where mentions[n].known == nil && (mentions[n].type == .organization || mentions[n].type == .place) {
                // Forward: up to eight name characters, then a suffix.
                var q = b
                var done = false
                while q < sc.count, q - b <= 8, !done {
                    if let w = Self.l28CompanySuffixes.first(where: { Self.l28At(sc, q, $0) }) {
                        if q > b || mentions[n].type == .organization {
                            let e = q + w.count
                            mentions[n].type = .organization
                            mentions[n].placeContext = false
                            l28Recut(n, k, sc, a, e)
                        }
                        done = true
                    }
                    if stops.contains(Self.hanCode(sc[q])) { break }
                    q += 1
                }
            }
            // "铁道部大桥工程局": a ministry's reading that a bureau's name follows (up to six name characters and 局) takes it.
            for (n, a, b) in (sc.contains("局") ? l28MentionsIn(k) : []) where mentions[n].type == .organization && mentions[n].known == nil && sc[b - 1] == "部" {
                guard let q = (b + 2..<max(b + 2, min(sc.count, b + 7))).first(where: { sc[$0] == "局" }),
                      !(b..<q).contains(where: { stops.contains(Self.hanCode(sc[$0])) }) else { continue }
                l28Recut(n, k, sc, a, q + 1)
                // (A bridge read inside the bureau's name, "道部大桥", goes.)
                let (ms, me) = (mentions[n].start, mentions[n].end)
                for r in mentions.indices where r != n && mentions[r].known == nil && mentions[r].type != .country
                    && mentions[r].start >= ms && mentions[r].end <= me { mentions[r].type = nil; mentions[r].end = mentions[r].start; emptied = true }
            }
            if emptied {
                mentions.removeAll { $0.start == $0.end && $0.type == nil }
                emptied = false
            }
            // Backward: a bare suffix after a country and a few name characters ("法国电力集团").
            for (n, a, b) in (suffixed ? l28MentionsIn(k) : []) where mentions[n].type == .organization && mentions[n].known == nil {
                let text = Array(sc[a..<b])
                guard Self.l28CompanySuffixes.contains(where: { $0 == text }), a >= 3 else { continue }
                let s = tokens[k].start
                var p = a
                while p > 0, a - p < 6, !stops.contains(Self.hanCode(sc[p - 1])) {
                    p -= 1
                    if let c = firstMention(where: { ($0.type == .country || $0.type == .place) && $0.start == s + p }), a - p >= 3 {
                        _ = c
                        mentions[n].start = s + p
                        l28Recut(n, k, sc, p, b)
                        break
                    }
                }
            }
        }
    }

    /// "法国驻华大使馆": a country, 驻, one to four characters and an embassy's or a consulate's noun is one body.
    static let l28MissionNouns = l28Words(["大使馆", "总领事馆", "领事馆", "使馆", "代表处", "代表团"])

    mutating func l28HanEmbassies() {
        guard hanArticleHasAny("驻") else { return }   // (every rule below needs one of them)
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 5) else { continue }
            let s = tokens[k].start
            for p in 2..<sc.count where sc[p] == "驻" {
                guard let country = firstMention(where: { $0.type == .country && $0.end == s + p && $0.start >= s }) else { continue }
                var q = p + 2
                var found = -1
                while q < sc.count, q - p <= 5, found < 0 {
                    if let w = Self.l28MissionNouns.first(where: { Self.l28At(sc, q, $0) }) { found = q + w.count }
                    q += 1
                }
                guard found > 0 else { continue }
                let m = l28Mention(k, sc, country.start - s, found, .organization)
                if anyMention(where: { $0.type == .organization && $0.start == m.start && $0.end == m.end }) { continue }
                // (The country stays one of the article's countries.)
                let (ms, me) = (m.start, m.end)
                mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < me && $0.end > ms }
                mentions.append(m)
            }
        }
    }

    // MARK: Chinese: development zones, cemeteries, bridges

    static let l28ZoneSuffixes = l28Words(["经济技术开发区", "高新技术产业开发区", "开发区", "高新区", "自由贸易试验区", "自贸试验区", "保税区",
                                           "工业园区", "产业园区", "片区"])
    static let l28MemorialSuffixes = l28Words(["革命公墓", "公墓", "烈士陵园", "陵园", "墓园"])
    static let l28AutonomousSuffixes = l28Words(["自治州", "自治县", "自治旗"])
    /// The first characters of the zone, memorial and autonomous units' suffixes.
    static let l28ZoneFirsts = HanCharSet((l28ZoneSuffixes + l28MemorialSuffixes + l28AutonomousSuffixes).compactMap { $0.first.map(Character.init) })
    /// China's peoples as autonomous units name them before 族 (longest first).
    static let l28Peoples = l28Words(["柯尔克孜", "维吾尔", "哈萨克", "塔吉克", "达斡尔", "鄂温克", "鄂伦春", "土家", "景颇", "哈尼", "蒙古",
        "朝鲜", "布依", "仫佬", "毛南", "仡佬", "撒拉", "东乡", "保安", "裕固", "锡伯", "纳西", "傈僳", "拉祜", "独龙", "普米", "阿昌", "德昂",
        "基诺", "布朗", "门巴", "珞巴", "藏", "彝", "苗", "瑶", "傣", "壮", "回", "侗", "白", "羌", "黎", "畲", "佤", "水", "土", "满", "京", "怒", "蒙"])
    /// Characters that end the words before a zone's or a cemetery's name ("集中在…", "前往…", "服务…").
    static let l28PlaceStops = HanCharSet("的了在和与及等是将被把从向对为也就还而并至到往于务设，、")

    /// "集中在武汉经济技术开发区", "服务湖南自由贸易试验区长沙片区建设": a development zone's noun after a place (and a few
    /// characters) is a place from that place on; "前往八宝山革命公墓": a cemetery's noun after two to six name
    /// characters (up to a place read before them: "北京八宝山…") is a place.
    mutating func l28HanZones() {
        let stops = Self.l28PlaceStops, firsts = Self.l28ZoneFirsts
        for k in 0..<tokenCount {
            guard tokens[k].script == .han, let sc = l28Run(k, atLeast: 4) else { continue }
            let s = tokens[k].start
            var p = 2
            while p < sc.count {
                defer { p += 1 }
                // (Most characters open no suffix: one set probe, not a compare with each of eighteen suffixes.)
                guard firsts.contains(Self.hanCode(sc[p])) else { continue }
                if let w = Self.l28ZoneSuffixes.first(where: { Self.l28At(sc, p, $0) }) {
                    // The leftmost place read within twelve characters, with no stop between.
                    var a = p, start = -1
                    while a > 0, p - a < 12, !stops.contains(Self.hanCode(sc[a - 1])) {
                        a -= 1
                        if anyMention(where: { ($0.type == .place || $0.type == .country) && $0.start == s + a && $0.end <= s + p }) { start = a }
                    }
                    guard start >= 0 else { continue }
                    l28PlaceOver(l28Mention(k, sc, start, p + w.count, .place))
                    p += w.count - 1
                } else if let w = Self.l28AutonomousSuffixes.first(where: { Self.l28At(sc, p, $0) }) {
                    // "湘西土家族苗族自治州": peoples and 族 back from 自治, then the place's name (a place read there, or two
                    // characters), keyed by that name and the unit's character ("湘西州", "河口县" are the same unit).
                    var a = p, bare = false
                    while a >= 2 {
                        if sc[a - 1] == "族", let people = Self.l28Peoples.first(where: { a - 1 - $0.count >= 0 && Self.l28At(sc, a - 1 - $0.count, $0) }) {
                            a -= 1 + people.count
                        } else if let people = Self.l28Peoples.first(where: { $0.count >= 2 && a - $0.count >= 0 && Self.l28At(sc, a - $0.count, $0) }) {
                            // "伊犁哈萨克自治州", "博尔塔拉蒙古自治州": a people of two characters or more may go without 族. (s32)
                            a -= people.count
                            bare = true
                        } else {
                            break
                        }
                    }
                    guard a < p else { continue }
                    // "延边朝鲜族自治州", "伊犁哈萨克自治州": a country's name among the peoples is the people's, no mention of
                    // that country. (s32)
                    let peoples = (s + a)..<(s + p)
                    mentions.removeAll { $0.type == .country && $0.start >= peoples.lowerBound && $0.end <= peoples.upperBound }
                    var name = a - 2
                    if let place = firstMention(where: { $0.type == .place && $0.end == s + a && $0.start >= s && $0.start < s + a }) {
                        name = place.start - s
                    } else if bare {
                        continue   // (without 族 and a place read before it, where the unit's name begins is unknown: "博尔塔拉蒙古自治州")
                    }
                    guard name >= 0, !stops.contains(Self.hanCode(sc[name])), !stops.contains(Self.hanCode(sc[a - 1])) else { continue }
                    var m = l28Mention(k, sc, name, p + w.count, .place)
                    m.words = [hanText(sc, name, a - name) + String(sc[p + 2])]
                    l28PlaceOver(m)
                    p += w.count - 1
                } else if let w = Self.l28MemorialSuffixes.first(where: { Self.l28At(sc, p, $0) }) {
                    var a = p
                    while a > 0, p - a < 6, !stops.contains(Self.hanCode(sc[a - 1])),
                          !anyMention(where: { $0.type != .person && $0.end == s + a && $0.start < s + a }) { a -= 1 }
                    guard p - a >= 2 else { continue }
                    l28PlaceOver(l28Mention(k, sc, a, p + w.count, .place))
                    p += w.count - 1
                }
            }
        }
    }

    /// One-character names of provinces and cities that bridges and railways are named by ("港珠澳", "沪苏通", "京沪").
    static let l28PlaceAbbreviations = HanCharSet("京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽贵粤藏川琼港澳珠通杭甬厦")
    /// Words of a bridge's name that are no place ("长江", "公铁", "跨海").
    static let l28BridgeWords = l28Words(["长江", "黄河", "珠江", "公铁", "跨海", "跨江", "两用"])
    static let l28Bridge = Array("大桥".unicodeScalars)

    /// "武汉长江大桥", "港珠澳大桥", "沪苏通长江公铁大桥": 大桥 after a place read before it, or after two one-character names
    /// of places, and the words of a bridge's kind between, is a named bridge; "一座长江大桥", "江河大桥" (no place in it)
    /// are none.
    mutating func l28HanBridges() {
        guard hanArticleHasAny("桥") else { return }   // (every rule below needs one of them)
        let abbreviations = Self.l28PlaceAbbreviations
        var drop: [(Int, Int)] = []
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 3) else { continue }
            let s = tokens[k].start
            for p in 1..<(sc.count - 1) where sc[p] == "大" && sc[p + 1] == "桥" {
                var a = p, places = 0, letters = 0
                while a > 0, p - a < 10 {
                    if let w = Self.l28BridgeWords.first(where: { a - $0.count >= 0 && Self.l28At(sc, a - $0.count, $0) }) { a -= w.count; continue }
                    if let place = firstMention(where: { ($0.type == .place || $0.type == .country) && $0.end == s + a && $0.start >= s && $0.start < s + a
                        && !($0.known == nil && $0.end > s + a) }), place.end - place.start < 6 {
                        let text = Array(sc[(place.start - s)..<a])
                        if !Self.l28BridgeWords.contains(text) { a = place.start - s; places += 1; continue }
                    }
                    if abbreviations.contains(Self.hanCode(sc[a - 1])) { a -= 1; letters += 1; continue }
                    break
                }
                // "南京长江大桥、九江长江大桥": two to four characters after a list's comma that follows a named bridge.
                if places == 0, letters < 2, a >= 2, a <= 4, k >= 2, keyIs(k - 1, "、"), tokens[k - 2].script == .han,
                   PlainText.hasSuffix(tokens[k - 2].text, "大桥"), anyMention(where: { $0.type == .place && $0.end == tokens[k - 2].end }) {
                    a = 0
                    places = 1
                }
                if places > 0 || letters >= 2 {
                    l28Place(l28Mention(k, sc, a, p + 2, .place))
                } else if a > 0, a < p, sc[a - 1] == "座" || p - a == 2 {
                    drop.append((s + a, s + p + 2))
                } else if a == p, p >= 2, Self.l28At(sc, p - 2, Array("江河".unicodeScalars)) {
                    drop.append((s + p - 2, s + p + 2))
                }
            }
        }
        for (ds, de) in drop { mentions.removeAll { $0.type == .place && $0.known == nil && $0.start >= ds && $0.end == de } }
    }

    // MARK: Chinese: bodies with no name

    /// Readings that are a body's common noun alone, with no name ("集团", "中级法院", "审判委员会", "公司总部").
    /// (A `WordSet`: a mention's surface, plain Han, is looked up on bytes, not hashed by the normalizing `Set<String>`.)
    static let l28GenericBodies: WordSet = ["集团", "公司", "公司总部", "总部", "商协会", "协会", "中级法院", "高级法院", "法院",
                                                "审判委员会", "常务委员会", "委员会", "全省法院", "人民法院"]

    mutating func l28HanGenericBodies() {
        var removed = Set<Int>()
        for n in mentions.indices where mentions[n].type == .organization && mentions[n].known == nil {
            let u = mentions[n].surface.utf8
            guard u.count <= 30, let f = u.first, f >= 0xE4 else { continue }
            if Self.l28GenericBodies.contains(mentions[n].surface) { removed.insert(n) }
        }
        replaceMentions(removing: removed)
    }

    // MARK: Japanese

    static let l28JapaneseStationLike = l28Words(["駅"])
    static let l28JapaneseKatakanaPlaces: Set<String> = ["インターチェンジ", "ジャンクション", "スマートインターチェンジ", "サービスエリア",
                                                         "パーキングエリア", "インター"]

    /// "甲府駅前", "大月インターチェンジ", "中央自動車道上り線", "東京都新宿区": a station's kanji before 駅, a kanji name
    /// before an interchange's or a junction's katakana noun, a motorway's name before 自動車道, a ward after a metropolis
    /// or a city, and the metropolis itself (東京 and 都), are places.
    mutating func l28JapanesePlaceSuffixes() {
        let motorway = Array("自動車道".unicodeScalars)
        for k in 0..<tokenCount {
            guard let sc = l28Run(k) else { continue }
            let s = tokens[k].start
            // Station: one to four kanji at the run's start before 駅.
            if let p = sc.firstIndex(of: "駅"), p >= 1, p <= 4 {
                l28JPlace(l28Mention(k, sc, 0, p + 1, .place))
            }
            // Motorway: the run's first characters through 自動車道.
            if let p = (1..<max(1, sc.count)).first(where: { Self.l28At(sc, $0, motorway) }), p <= 6 {
                l28JPlace(l28Mention(k, sc, 0, p + motorway.count, .place))
            }
            // An interchange or a junction: the whole run before the katakana noun.
            if sc.count >= 1, sc.count <= 5, k + 1 < tokenCount, !tokens[k + 1].spaceBefore,
               Self.l28JapaneseKatakanaPlaces.contains(tokens[k + 1].text) {
                let text = tokens[k].text + tokens[k + 1].text
                let m = Mention(surface: text, start: s, end: tokens[k + 1].end, type: .place, evidence: .cue, words: [text], placeContext: true)
                l28JPlace(m)
            }
            // "熊本県", "新潟県": a known place read before 県 runs over it (as over 市 or 省).
            for (n, a, b) in l28MentionsIn(k) where mentions[n].type == .place && mentions[n].known != nil && b < sc.count && sc[b] == "県" {
                l28Recut(n, k, sc, a, b + 1)
            }
            for (_, _, b) in l28MentionsIn(k) where b < sc.count {
                guard b >= 1, Self.scalarIn(sc[b - 1], "都市県") else { continue }
                guard let p = (b + 1..<max(b + 1, min(sc.count, b + 5))).first(where: { sc[$0] == "区" }), p - b >= 2 else { continue }
                if anyMention(where: { $0.start >= s + b && $0.start < s + p + 1 && $0.type != .place }) { continue }
                l28JPlace(l28Mention(k, sc, b, p + 1, .place))
            }
        }
    }

    /// Adds a Japanese place unless a place already covers it; readings inside it go.
    mutating func l28JPlace(_ m: Mention) {
        if anyMention(where: { $0.type == .place && $0.start <= m.start && $0.end >= m.end }) { return }
        let (s, e) = (m.start, m.end)
        mentions.removeAll { $0.type != .country && $0.start >= s && $0.end <= e }
        if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s }) { return }
        mentions.append(m)
    }

    /// Japanese titles after a name in the same kanji run ("長崎幸太郎知事", "…市長").
    static let l28JapaneseTitles = l28Words(["知事", "市長", "町長", "村長", "区長", "社長", "会長", "首相", "大臣", "長官", "議員", "監督", "教授"])

    /// "山梨県警高速道路交通警察隊" (a prefecture's police, 県警), "国土交通省関東運輸局" (a ministry, read as a place, and its
    /// bureau), "山梨県の長崎幸太郎知事" (a name read as a place before a title in the same run).
    mutating func l28JapaneseBodies() {
        let ministry = "省".unicodeScalars.first!
        for k in 0..<tokenCount {
            guard let sc = l28Run(k) else { continue }
            let s = tokens[k].start
            // Prefectural police: a prefecture read before 警.
            for (n, a, b) in l28MentionsIn(k) where mentions[n].type == .place {
                guard b < sc.count, sc[b] == "警", b >= 1, Self.scalarIn(sc[b - 1], "県府道都") else { continue }
                l28Place(l28Mention(k, sc, a, b + 1, .organization))
                break
            }
            // A ministry read as a place, and a bureau after it.
            for (n, a, b) in l28MentionsIn(k) where mentions[n].type == .place && mentions[n].known == nil {
                guard b - a >= 4, sc[b - 1] == ministry else { continue }
                var e = b
                if let q = (b + 1..<max(b + 1, min(sc.count, b + 7))).first(where: { sc[$0] == "局" || sc[$0] == "庁" }) { e = q + 1 }
                let (ms, me) = (s + a, s + e)
                mentions.removeAll { $0.type != .country && $0.start >= ms && $0.end <= me }
                mentions.append(l28Mention(k, sc, a, e, .organization))
                break
            }
            // A ministry no reading holds, opening the run: three kanji or more and 省, and a bureau after it.
            if sc.count >= 4, k == 0 || tokens[k - 1].kind == .punct, let p = (3..<min(sc.count, 8)).first(where: { sc[$0] == ministry }),
               !anyMention(where: { $0.start < s + p + 1 && $0.end > s }) {
                var e = p + 1
                if let q = (p + 2..<max(p + 2, min(sc.count, p + 8))).first(where: { sc[$0] == "局" || sc[$0] == "庁" }) { e = q + 1 }
                mentions.append(l28Mention(k, sc, 0, e, .organization))
                continue
            }
            // A name before a title in the same run, after の or at its start.
            if k > 0, tokens[k - 1].text != "の" { continue }
            guard sc.count >= 5, let w = Self.l28JapaneseTitles.first(where: { sc.count - $0.count >= 3 && sc.count - $0.count <= 5 && Self.l28At(sc, sc.count - $0.count, $0) })
            else { continue }
            let e = sc.count - w.count
            if Self.scalarIn(sc[e - 1], "県市町村都府道区省党社局") { continue }
            if anyMention(where: { $0.start == s && $0.end == s + e }) { continue }
            let (ms, me) = (s, s + e)
            mentions.removeAll { $0.type != .country && $0.start >= ms && $0.end <= me }
            mentions.append(l28Mention(k, sc, 0, e, .person))
        }
    }

    /// The prefectures not written with 県 (東京都, 大阪府, 京都府, 北海道).
    static let l28JapaneseOtherPrefectures = l28Words(["東京都", "大阪府", "京都府", "北海道"])

    /// "東京都新宿区": Tokyo (or Osaka, Kyoto, Hokkaido) written before its ward or city is the address of that place, one
    /// name grouped with the ward's ("新宿区"); a metropolis not written with 県 opening a run ("東京都内") is a place.
    /// (A prefecture written with 県 before its city stays a place of its own: "滋賀県甲賀市" names both.)
    mutating func l28JapaneseAddresses() {
        for k in 0..<tokenCount {
            guard let sc = l28Run(k, atLeast: 3) else { continue }
            let s = tokens[k].start
            // 東京都, 大阪府 …
            if let w = Self.l28JapaneseOtherPrefectures.first(where: { Self.l28At(sc, 0, $0) }) {
                // A ward or a city after it (one to four kanji and 区/市): the address of the ward, keyed by it.
                if let q = (w.count + 1..<max(w.count + 1, min(sc.count, w.count + 5))).first(where: { Self.scalarIn(sc[$0], "区市") }),
                   !anyMention(where: { $0.start < s + q + 1 && $0.end > s + w.count && !($0.start == s + w.count && $0.end == s + q + 1) }) {
                    let (ms, me) = (s, s + q + 1)
                    mentions.removeAll { $0.type != .country && $0.start >= ms && $0.end <= me }
                    var m = l28Mention(k, sc, 0, q + 1, .place)
                    m.words = [hanText(sc, w.count, q + 1 - w.count)]
                    mentions.append(m)
                } else {
                    let (ms, me) = (s, s + w.count)
                    if !anyMention(where: { $0.start <= ms && $0.end >= me }) {
                        mentions.removeAll { $0.type != .country && $0.start >= ms && $0.end <= me }
                        mentions.append(l28Mention(k, sc, 0, w.count, .place))
                    }
                }
            }
        }
    }

    /// "運送会社「北斗ロジテック」（埼玉県川越市）", "「甲斐峡南交通」（甲府市）": a quoted name followed by a place in parentheses
    /// is a company and its seat; "中日本高速道路（NEXCO中日本）": a kanji name before a parenthesized body is that body;
    /// "NEXCO中日本", "JR中央線": a Latin body's name run on by kanji is one body (a line, 線: a place).
    mutating func l28JapaneseQuotedCompanies() {
        var k = 1
        while k + 3 < tokenCount {
            defer { k += 1 }
            // 「X」（place）
            if keyIs(k - 1, "「"), keyIs(k + 1, "」"), keyIs(k + 2, "（"), tokens[k].kind == .word, tokens[k].text.unicodeScalars.count >= 3 {
                let (s, e) = (tokens[k].start, tokens[k].end)
                let inner = tokens[k + 3].start
                guard anyMention(where: { $0.type == .place && $0.start >= inner && $0.start <= inner + 4 }) else { continue }
                if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == e }) { continue }
                mentions.removeAll { $0.type != .country && $0.start >= s && $0.end <= e }
                let text = tokens[k].text
                mentions.append(Mention(surface: text, start: s, end: e, type: .organization, evidence: .cue, words: [tokens[k].key]))
                continue
            }
            // kanji（body）
            if tokens[k].script == .han, keyIs(k + 1, "（"), let sc = l28Run(k, atLeast: 4), k == 0 || tokens[k - 1].kind == .punct {
                let inner = tokens[k + 2].start
                let (s, e) = (tokens[k].start, tokens[k].end)
                guard anyMention(where: { $0.type == .organization && $0.start == inner }),
                      !anyMention(where: { $0.start < e && $0.end > s }) else { continue }
                mentions.append(l28Mention(k, sc, 0, sc.count, .organization))
            }
        }
        // A Latin body run on by kanji.
        for n in mentions.indices where mentions[n].type == .organization {
            guard let a = l28TokenAt(mentions[n].start), mentions[n].end == tokens[a].end, tokens[a].script == .latin, tokens[a].allCaps,
                  a + 1 < tokenCount, !tokens[a + 1].spaceBefore, let sc = l28Run(a + 1), sc.count <= 4 else { continue }
            let line = sc.last == "線"
            let e = tokens[a + 1].end
            mentions[n].end = e
            mentions[n].surface = tokens[a].text + tokens[a + 1].text
            mentions[n].words = [mentions[n].surface]
            mentions[n].known = nil
            if line { mentions[n].type = .place; mentions[n].placeContext = true }
        }
    }

    // MARK: Korean

    /// Korean ministries (-부) as written without a space ("교육부의", "국방부는").
    static let l28KoreanMinistries: [String] = ["교육부", "국방부", "외교부", "통일부", "법무부", "행정안전부", "기획재정부", "산업통상자원부",
        "보건복지부", "환경부", "고용노동부", "여성가족부", "국토교통부", "해양수산부", "중소벤처기업부", "과학기술정보통신부", "문화체육관광부",
        "농림축산식품부", "국가보훈부"]
    /// Endings of a verb's adnominal form ("참석한", "위치한", "설립된"): a word ending so opens no company's name.
    static let l28KoreanAdnominals: [String] = ["한", "된", "하는", "되는", "했던"]

    /// "협약식에 참석한 한화에어로스페이스": a body read over a verb's adnominal starts after it; "교육부의", "경남도립거창대학",
    /// "창원국가산업단지에": ministries, colleges and industrial complexes written with their particles are bodies and places;
    /// "2027학년도" (a school year) and "측은" ("the side") are no places.
    mutating func l28KoreanBodies() {
        var removed = Set<Int>()
        for n in mentions.indices where mentions[n].known == nil {
            guard let a = l28TokenAt(mentions[n].start), let z = l28TokenAt(mentions[n].end - 1), tokens[a].script == .other else { continue }
            if mentions[n].type == .organization, z > a, tokens[a].kind == .word,
               Self.l28KoreanAdnominals.contains(where: { tokens[a].text.hasSuffix($0) }), tokens[a].text.count >= 3 {
                let text = PlainText.words(mentions[n].surface).dropFirst().joined(separator: " ")
                mentions[n].start = tokens[a + 1].start
                mentions[n].surface = text
                mentions[n].words = Array(mentions[n].words.dropFirst())
            } else if mentions[n].type == .place, z == a {
                let t = tokens[a].text
                if t.hasPrefix("측") || t.hasPrefix("학년") || (a > 0 && !tokens[a].spaceBefore && tokens[a - 1].kind == .number) { removed.insert(n) }
            } else if mentions[n].type == .organization, z == a, tokens[a].text.hasSuffix("학부") || tokens[a].text.hasSuffix("학과") {
                removed.insert(n)
            }
        }
        replaceMentions(removing: removed)
        var added: [Mention] = []
        for k in 0..<tokenCount where tokens[k].kind == .word && tokens[k].script == .other {
            let t = tokens[k].text
            guard t.unicodeScalars.count >= 3, let f = t.unicodeScalars.first, f.value >= 0xAC00, f.value <= 0xD7A3 else { continue }
            let (s, e) = (tokens[k].start, tokens[k].end)
            var name: String?, type = EntityType.organization
            if let m = Self.l28KoreanMinistries.first(where: { t.hasPrefix($0) }) { name = m }
            else if let r = t.range(of: "대학"), t.distance(from: t.startIndex, to: r.lowerBound) >= 2 {
                let head = String(t[..<r.upperBound])
                if head.contains("도립") || head.contains("시립") || head.contains("국립") || head.contains("과학기술") { name = head }
            } else if let r = t.range(of: "산업단지"), t.distance(from: t.startIndex, to: r.lowerBound) >= 2 {
                name = String(t[..<r.upperBound]); type = .place
            }
            guard let name else { continue }
            if anyMention(where: { $0.start < e && $0.end > s && $0.type != .country }) { continue }
            let len = name.utf16.count
            added.append(Mention(surface: name, start: s, end: s + len, type: type, evidence: .cue, words: [name], placeContext: type == .place))
        }
        mentions.append(contentsOf: added)
    }
}
