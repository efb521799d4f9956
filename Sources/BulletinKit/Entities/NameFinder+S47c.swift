import Foundation

/// Session 47 (c): general Chinese and Arabic causes left by two blind sets (the tests use other texts and names):
/// - Arabic: a name set off by commas after an office and its complement ("والي الولاية الشمالية، X Y Z، أن") is a person;
///   one word before "بولاية"/"بمحافظة" after a preposition of place (or with ل/ب after a definite noun) is a town;
/// - a unit named with a suffix the place rules do not know, after the city or league that holds it: a banner (旗) of
///   Inner Mongolia after its city or league ("鄂尔多斯市X旗", "锡林郭勒盟X旗") is a place;
/// - a transliterated place's name cut at a full-width or ASCII hyphen ("北莱茵－威斯特法伦州" read as its second part)
///   is read whole: the part before the hyphen runs back over transliteration characters (and one direction
///   character) to a country's or a place's name, a stop character or the run's start;
/// - a deictic word read as a place ("在本周举行", "到2027年全区", "该市"): 本/该/全/各/此/这/今/上/下 and a unit's or
///   a period's character are no name;
/// - a common noun of an area after an adjective or a direction ("重要产区", "西部茶区", "洪泛区") is no place;
/// - 组织 as a verb ("连续三年组织酒庄参加", "联合国际组织和专家"): a body read over an adverb of time or a verb and a
///   generic "organization" is no body;
/// - a transliterated town's name before a site's noun (矿区 "mining area", 分厂 "branch plant", 村 "village"): the town is a place,
///   and a body read over both gives way to it.
/// `refineS47c` runs after `refineS47b`. Cost: the Arabic rule is gated on an office's key in the article and then tests
/// each token's key against the offices' set (one hash probe), reading the next dozen tokens only after an office; the
/// Chinese rules run on Chinese articles only; each rule is gated on its trigger characters
/// (`hanArticleHasAny`: 旗/盟, 矿/厂, 组) or on a dash key in the article (`articleHas`); the banner and site rules read
/// only the Han runs' characters after a place's end or at the site noun's first character; the deictic and verb rules
/// read only the unknown places' and bodies' surfaces of two to eight characters.
extension NameFinder {
    mutating func refineS47c() {
        guard tokens.count > 2 else { return }
        if hasArabic {
            s47cArabicCommaAppositions()
            s47cArabicTownBeforeProvince()
        }
        guard hasHan, language == "zh", !mentions.isEmpty else { return }
        s47cHanDeicticPlaces()
        s47cHanGenericAreas()
        s47cHanOrganizeVerb()
        s47cHanBanners()
        s47cHanDashedPlaces()
        s47cHanSitesAfterTowns()
    }

    // MARK: - Arabic: a name set off by commas after an office

    /// Offices whose holder's name may follow the office's complement between commas.
    static let s47cArabicOffices = H36Heads(["والي", "محافظ", "مدير", "مديرة", "رئيس", "رئيسة", "وزير", "وزيرة", "سفير", "سفيرة", "قائد",
        "عميد", "نائب", "نائبة", "مستشار", "مستشارة", "عمدة", "المتحدث", "الناطق", "متحدث", "ناطق", "مندوب", "ممثل", "السفير", "السفيرة",
        "الوالي", "المدير", "المديرة", "المحافظ", "الوزير", "الوزيرة", "الرئيس", "الرئيسة", "القائد", "المستشار", "المندوب", "الممثل"])

    /// "وأوضح والي الولاية الشمالية، عابدين عوض الله، أن …", "قال مدير المستشفى، كريم جواد حسن، إن …": after an office
    /// and its complement (one to five words, no punctuation), two to four words between two commas, the first without
    /// the article (two words: neither with it) and none a stop, a time word, a body's or a place's head or a country,
    /// are the office holder.
    mutating func s47cArabicCommaAppositions() {
        guard articleHas(Self.s47cArabicOffices.set) else { return }
        let n = tokenCount
        var found: [(Int, Int)] = []
        var k = 0
        while k + 4 < n {
            defer { k += 1 }
            guard h36Arabic(k), h36CliticPrefix(k, Self.s47cArabicOffices) != nil else { continue }
            // The office's complement up to a comma.
            var c = k + 1
            while c < n, c - k <= 6, h36Arabic(c) { c += 1 }
            guard c > k + 1, c - k <= 6, c < n, keyIs(c, "،") || keyIs(c, ",") else { continue }
            // Two to four words up to a second comma.
            var d = c + 1
            while d < n, d - c <= 5, h36Arabic(d), !h36Stop(d), !isCountry[d] {
                let f = arabicFlags(d)
                if f.contains(.timeWord) || f.contains(.orgOrPlaceHead) || f.contains(.speechVerb) { break }
                d += 1
            }
            guard d - c - 1 >= 2, d - c - 1 <= 4, d < n, keyIs(d, "،") || keyIs(d, ","), !Self.h36HasArticle(tokens[c + 1].key) else { continue }
            // (A word with a clitic before the article, "للزيارة", "بالمدينة", is no part of a name.)
            if ((c + 1)..<d).contains(where: { keyStarts($0, "لل") || keyStarts($0, "بال") || keyStarts($0, "وال") || keyStarts($0, "كال") || keyStarts($0, "فال") }) { continue }
            // (Two words are a name only without the article: "دفاع المتهم" is a noun phrase; a family name with it
            // ends a name of three or four.)
            if d - c - 1 == 2, Self.h36HasArticle(tokens[c + 2].key) { continue }
            guard !((c + 1)..<d).contains(where: { h36CliticPrefix($0, Self.h36ArabicNonNameHeads) != nil || h36CliticPrefix($0, Self.s47cArabicOffices) != nil }) else { continue }
            found.append((c + 1, d))
            k = d
        }
        guard !found.isEmpty else { return }
        for (a, b) in found {
            let (s, e) = (tokens[a].start, tokens[b - 1].end)
            if anyMention(where: { $0.type == .person && $0.start <= s && $0.end >= e }) { continue }
            // (Another reading over the words, a body's or a place's, or one reaching out of them, stays.)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.type != .person || $0.start < s || $0.end > e) }) { continue }
            var drop = Set<Int>()
            for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= e { drop.insert(i) }
            replaceMentions(removing: drop, adding: [mention(a, b, type: .person, evidence: .cue)])
        }
    }

    // MARK: - Arabic: a town before its province

    static let s47cArabicTownOpeners = h18Keys(["قرب", "بقرب", "من", "إلى", "الى", "في", "نحو", "عند", "ومن", "وإلى", "وفي", "وقرب", "بمدينة", "مدينة", "بلدة", "ببلدة"])

    /// "قرب مسعد بولاية الجلفة", "بالمنطقة الصناعية لأرزيو بولاية وهران": one word before "بولاية"/"بمحافظة" (a province's
    /// noun with ب), after a preposition of place or written with ل or ب after a definite noun, is a town of that
    /// province (widening S47a's `s47ArabicPairBeforeProvince`, which takes two joined by و); it holds no article and is
    /// no stop, country, head, time word or noun with a possessive suffix.
    mutating func s47cArabicTownBeforeProvince() {
        guard articleHas(Self.s47ArabicProvinceHeads.set) else { return }
        let heads = Self.s47ArabicProvinceHeads
        var items: [[(Int, Int, Int)]] = []
        for k in 2..<max(tokenCount, 2) where tokens[k].script == .arabic {
            guard let skip = h36CliticPrefix(k, heads), skip == 1, keyStarts(k, "ب"), h36Arabic(k - 1) else { continue }
            guard s47cArabicPlainWord(k - 1) else { continue }
            // One word after an opener, or one written with ل/ب after a definite noun. (Two words are as often a common noun
            // and its genitive, "مزارع الألبان", "أراضي الاستصلاح": not taken.)
            // (A word with a possessive suffix, "في مطاحنها", is a common noun.)
            if PlainText.count(tokens[k - 1].key) >= 6, PlainText.hasSuffix(tokens[k - 1].key, "ها") || PlainText.hasSuffix(tokens[k - 1].key, "هم") { continue }
            if !Self.h36HasArticle(tokens[k - 1].key), h23Key(k - 2, Self.s47cArabicTownOpeners) {
                items.append([(k - 1, k, 0)])
            } else if h36Arabic(k - 2), Self.h36HasArticle(tokens[k - 2].key), keyStarts(k - 1, "ل") || keyStarts(k - 1, "ب"),
                      !keyStarts(k - 1, "لل"), !keyStarts(k - 1, "بال"), PlainText.count(tokens[k - 1].key) >= 5 {
                items.append([(k - 1, k, 1)])
            }
        }
        for list in items { h36PutPlaceList(list) }
    }

    /// A word that may be part of a town's name: no stop, country, head, time word or speech verb.
    func s47cArabicPlainWord(_ q: Int) -> Bool {
        let f = arabicFlags(q)
        return !h36Stop(q) && !isCountry[q] && !f.contains(.head) && !f.contains(.timeWord) && !f.contains(.stop) && !f.contains(.speechVerb)
            && !f.contains(.orgOrPlaceHead)
    }

    // MARK: - Deictic words read as places

    static let s47cHanDeicticFirsts = HanCharSet("本该全各此这今上下每")
    static let s47cHanDeicticUnits = HanCharSet("区省市县州镇乡村周月年届旗盟国")
    static let s47cHanNian = hanCode("年")
    static let s47cHanDeicticOrgFirsts = HanCharSet("本该各此这")
    static let s47cHanDeicticOrgUnits = HanCharSet("区省市县州镇乡")

    /// "在本周举行", "到2027年全区绿氢产能", "该市": a place read over a deictic word and a unit's or a period's character
    /// (after a date's 年, read into it) is no place; a body read from such a word ("2030年全区图书馆", "该市医院") is none.
    mutating func s47cHanDeicticPlaces() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && mentions[i].end - mentions[i].start <= 8
            && (mentions[i].type == .place || mentions[i].type == .organization) {
            let place = mentions[i].type == .place
            guard !place || mentions[i].end - mentions[i].start <= 3 else { continue }
            let u = Array(mentions[i].surface.unicodeScalars)
            var p = 0
            if u.count >= 3, Self.hanCode(u[0]) == Self.s47cHanNian { p = 1 }
            guard u.count - p >= 2, Self.s47cHanDeicticFirsts.contains(Self.hanCode(u[p])), Self.s47cHanDeicticUnits.contains(Self.hanCode(u[p + 1])) else { continue }
            if place {
                guard u.count - p == 2 else { continue }
            } else {
                // A body of "the whole region" or "this city" ("年全区图书馆", "该市医院") names none; (全国人大 is one: not
                // after 全 without a date's 年, and never 国.)
                guard Self.s47cHanDeicticOrgFirsts.contains(Self.hanCode(u[p])) || p == 1, Self.s47cHanDeicticOrgUnits.contains(Self.hanCode(u[p + 1])) else { continue }
            }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Generic areas

    static let s47cHanQu = hanCode("区")
    /// Common nouns of areas (a region that grows, a forest's, a flood's, a disaster's area …).
    static let s47cHanAreaWords: [String] = ["产区", "茶区", "林区", "牧区", "农区", "灾区", "城区", "郊区", "山区", "湖区", "景区", "辖区",
        "社区", "园区", "洪泛区", "蓄洪区", "泛区", "保护区", "核心区", "示范区", "试验区"]
    /// Adjectives, a direction's "部" and other words that leave an area's noun unnamed.
    static let s47cHanAreaPrefixes: [String] = ["", "重要", "主要", "核心", "优势", "传统", "重点", "东部", "西部", "南部", "北部", "中部",
        "东北部", "西北部", "东南部", "西南部", "周边", "受灾", "偏远", "贫困", "当地", "各", "新", "老", "部分", "低洼", "沿河"]
    static let s47cHanGenericAreas: Set<String> = {
        var out = Set<String>()
        for p in s47cHanAreaPrefixes { for w in s47cHanAreaWords { out.insert(p + w) } }
        return out
    }()

    /// "重要产区", "西部茶区", "洪泛区": a place (none known) read over an adjective, a direction or nothing and a common
    /// noun of an area is no name.
    mutating func s47cHanGenericAreas() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            let len = mentions[i].end - mentions[i].start
            guard len >= 2, len <= 6, mentions[i].surface.unicodeScalars.last.map({ Self.hanCode($0) == Self.s47cHanQu }) == true,
                  Self.s47cHanGenericAreas.contains(mentions[i].surface) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - 组织 as a verb

    static let s47cHanZuzhi: [Unicode.Scalar] = Array("组织".unicodeScalars)
    /// Verbs and adverbs that open a clause with 组织 "to organize" or a generic "organizations" ("联合国际组织": together
    /// with international organizations).
    static let s47cHanClauseOpeners: [[Unicode.Scalar]] = l28Words(["连续", "已经", "多次", "每年", "积极", "共同", "联合", "负责", "定期", "将", "已", "曾", "再次"])
    /// What may stand between such an opener and 组织 in a generic reading.
    static let s47cHanGenericOrgs: Set<String> = ["", "国际", "相关", "有关", "社会", "民间", "非政府", "各类", "各种"]

    /// "已连续三年组织酒庄参加", "正在联合国际组织和专家开展": a body ending in 组织 that holds a year's count (年) or opens
    /// with a verb or an adverb before a generic word is no body.
    mutating func s47cHanOrganizeVerb() {
        guard hanArticleHasAny("组") else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            let len = mentions[i].end - mentions[i].start
            guard len >= 3, len <= 8 else { continue }
            let u = Array(mentions[i].surface.unicodeScalars)
            guard u.count >= 3, u[u.count - 2] == Self.s47cHanZuzhi[0], u[u.count - 1] == Self.s47cHanZuzhi[1] else { continue }
            if u[0..<(u.count - 2)].contains(where: { Self.hanCode($0) == Self.s47cHanNian }) { drop.insert(i); continue }
            for w in Self.s47cHanClauseOpeners where Self.l28At(u, 0, w) {
                let mid = String(String.UnicodeScalarView(u[w.count..<(u.count - 2)]))
                if Self.s47cHanGenericOrgs.contains(mid) { drop.insert(i) }
                break
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Banners

    static let s47cHanQi = hanCode("旗")
    static let s47cHanBannerHolders = HanCharSet("市盟")
    /// Characters after 旗 that make it another word (旗下 "owned by", 旗帜, 旗舰, 旗袍, 旗杆, 旗手, 旗号).
    static let s47cHanNotAfterQi = HanCharSet("下帜舰袍杆手号子")
    /// First characters of words with 旗 that are no banner (红旗, 国旗, 党旗, 彩旗, 锦旗, 会旗, 队旗, 军旗, 升旗).
    static let s47cHanNotBannerFirst = HanCharSet("红国党彩锦会队军升挂举插校团")

    /// "位于鄂尔多斯市乌审旗的项目", "锡林郭勒盟正蓝旗": two to four characters and 旗 right after a place's name that ends
    /// in 市 or 盟 are a place (a banner of Inner Mongolia).
    mutating func s47cHanBanners() {
        guard hanArticleHasAny("旗") else { return }
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 5) else { continue }
            for (n, _, b0) in l28MentionsIn(k) where mentions[n].type == .place && b0 >= 2 && b0 + 3 <= sc.count {
                // (The city's name read without its 市: "鄂尔多斯" of "鄂尔多斯市".)
                var mb = b0
                if !Self.s47cHanBannerHolders.contains(Self.hanCode(sc[mb - 1])) {
                    guard Self.s47cHanBannerHolders.contains(Self.hanCode(sc[mb])) else { continue }
                    mb += 1
                }
                guard mb + 3 <= sc.count else { continue }
                guard !Self.s47cHanNotBannerFirst.contains(Self.hanCode(sc[mb])) else { continue }
                var e = mb
                while e < sc.count, e - mb < 4, Self.hanCode(sc[e]) != Self.s47cHanQi, !Self.l30HanNameStops.contains(Self.hanCode(sc[e])) { e += 1 }
                guard e < sc.count, e - mb >= 2, Self.hanCode(sc[e]) == Self.s47cHanQi else { continue }
                if e + 1 < sc.count, Self.s47cHanNotAfterQi.contains(Self.hanCode(sc[e + 1])) { continue }
                found.append((k, sc, mb, e + 1))
            }
        }
        for (k, sc, a, b) in found.reversed() { _ = s46bHanPlaceOver(k, sc, a, b) }
    }

    // MARK: - Hyphenated transliterations

    static let s47cHyphens = KeySet(["－", "-", "‐", "‑"])
    static let s47cHanDirections = HanCharSet("东西南北上下")

    /// "德国北莱茵－威斯特法伦州", "法国普罗旺斯-阿尔卑斯大区": a place read from the part after a hyphen (no spaces) takes
    /// the part before it, two to six characters back to a country's or a place's name, a stop character or the run's
    /// start, of transliteration characters but for one other and a direction character first.
    mutating func s47cHanDashedPlaces() {
        guard articleHas(Self.s47cHyphens) else { return }
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            guard let k = l28TokenAt(mentions[i].start), k >= 2, tokens[k].start == mentions[i].start, tokens[k].script == .han,
                  Self.s47cHyphens.contains(tokens[k - 1]), tokens[k - 1].end == tokens[k].start, tokens[k - 2].end == tokens[k - 1].start,
                  tokens[k - 2].script == .han, let sc = l28Run(k - 2, atLeast: 2) else { continue }
            let ends = l28MentionsIn(k - 2).filter { mentions[$0.n].type == .place || mentions[$0.n].type == .country }.map { $0.b }
            var a = sc.count, other = 0, table = 0, direction = false
            while a > 0, sc.count - a < 6, !ends.contains(a), !direction {
                let c = Self.hanCode(sc[a - 1])
                if Self.l30HanNameStops.contains(c) { break }
                if Self.hanTransliterationSet.contains(c) {
                    table += 1
                } else if Self.s47cHanDirections.contains(c), a < sc.count {
                    // (A direction only as the name's first character: "北莱茵".)
                    direction = true
                } else {
                    guard other == 0 else { break }
                    other += 1
                }
                a -= 1
            }
            // (A name that runs on past six characters is no part a rule can place.)
            guard sc.count - a >= 2, table >= 1, a == 0 || ends.contains(a) || Self.l30HanNameStops.contains(Self.hanCode(sc[a - 1])) else { continue }
            // (A mention over the part before the hyphen that reaches before it stays: "阿里—法拉比" of a person.)
            let s = tokens[k - 2].start + a
            if anyMention(where: { $0.end > s && $0.start < s }) { continue }
            let name = hanText(sc, a, sc.count - a) + tokens[k - 1].text + mentions[i].surface
            var m = Mention(surface: name, start: s, end: mentions[i].end, type: .place, evidence: .cue, words: [name])
            m.placeContext = true
            changes.append((i, m))
        }
        guard !changes.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, m) in changes {
            drop.insert(i)
            for j in mentions.indices where j != i && mentions[j].start >= m.start && mentions[j].end <= m.end && mentions[j].type != .country { drop.insert(j) }
            added.append(m)
        }
        replaceMentions(removing: drop, adding: added)
    }

    // MARK: - Towns before a site's noun

    static let s47cHanSiteNouns: [[Unicode.Scalar]] = l28Words(["矿区", "分厂", "村"])
    static let s47cHanSiteFirsts = HanCharSet("矿分村")
    static let s47cHanCun = hanCode("村")

    /// "来自科卢巴拉矿区", "沙巴茨分厂", "附近拉迪纳茨村": a name of transliteration characters before 矿区, 分厂 or 村 is a
    /// place: two to six back to a stop character, a place's or a country's name or the run's start, or three to six
    /// after any other character (a village's name always three or more); a body read over the name and the noun gives
    /// way to it.
    mutating func s47cHanSitesAfterTowns() {
        guard hanArticleHasAny("矿分") else { return }
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            for p in 2..<sc.count where Self.s47cHanSiteFirsts.contains(Self.hanCode(sc[p])) {
                guard Self.s47cHanSiteNouns.contains(where: { Self.l28At(sc, p, $0) }) else { continue }
                let inRun = l28MentionsIn(k)
                let ends = inRun.filter { (mentions[$0.n].type == .place || mentions[$0.n].type == .country) && $0.b <= p }.map { $0.b }
                var a = p
                while a > 0, p - a < 6, !ends.contains(a), Self.hanTransliterationSet.contains(Self.hanCode(sc[a - 1])) { a -= 1 }
                // (A name of three or more after a verb, "来自科卢巴拉矿区", "附近拉迪纳茨村"; a village's always three or more.)
                let bounded = a == 0 || ends.contains(a) || Self.l30HanNameStops.contains(Self.hanCode(sc[a - 1]))
                guard p - a >= 3 || p - a == 2 && bounded && Self.hanCode(sc[p]) != Self.s47cHanCun else { continue }
                found.append((k, sc, a, p))
            }
        }
        guard !found.isEmpty else { return }
        for (k, sc, a, p) in found.reversed() {
            let (s, e, se) = (tokens[k].start + a, tokens[k].start + p, tokens[k].start + p + (Self.hanCode(sc[p]) == Self.s47cHanCun ? 1 : 2))
            // A body (not known) read over the name and the site's noun, or from the name on, gives way.
            mentions.removeAll { $0.type == .organization && $0.known == nil && $0.start == s && $0.end >= se && $0.end <= se + 2 }
            if anyMention(where: { $0.type == .place && $0.start == s && $0.end == e }) { continue }
            _ = s46bHanPlaceOver(k, sc, a, p)
        }
    }
}
