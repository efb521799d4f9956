import Foundation

/// Session 40: the general causes behind a blind set's largest error groups (the tests use other texts and names):
/// - spans that take in a neighbouring word: a role noun, verb or adverb before a Chinese body; a pronoun (Russian), a
///   rank (Arabic) or a verb after "tỉnh" (Vietnamese) after a body; the next person's family name after a body named by
///   its city; a title's word that is the surname after a given name ("Chris Bishop");
/// - people after a descriptive noun: a resident's noun and her town (Russian), a relative's or a job's noun in construct
///   (Arabic), a party's role (Chinese 合伙人, 购房者代表);
/// - places with a generic noun: Arabic roundabouts, roads and streams, Vietnamese monuments, Chinese towns written right
///   after their province;
/// - names read inside other words: a country across 国家, an acronym inside "CPI(M)", Amman read as Oman (its
///   municipality, or among Jordanian towns), a place opening on a Chinese particle.
/// `refineS40` runs after `refineS39`, before `refineCP15`; each rule is gated on its script or language and on a cheap
/// test of the mention's own tokens (or on `articleHas` for the ones that walk the tokens).
extension NameFinder {
    mutating func refineS40() {
        guard tokens.count > 2 else { return }
        if hasHan {
            s40HanBodyLeads()
            s40HanCountryAcrossWord()
            s40HanPlacesAfterParticles()
            s40HanTownsAfterProvinces()
            s40HanPeopleAfterRoles()
        }
        if hasArabic {
            s40ArabicTitleAfterName()
            s40ArabicMunicipality()
            s40ArabicRoadPlaces()
            s40ArabicNameAfterRelation()
            s40AmmanAmongJordanianPlaces()
        }
        if lang.vi {
            s40VietnameseBodyThenHead()
            s40VietnameseAdminNounEndsBody()
            s40VietnameseMonuments()
        }
        if lang.ru || language == "uk" || language == "be" {
            s40CyrillicPronounAfterBody()
            s40RussianResidentThenPerson()
            s40CyrillicNounBeforeSurname()
        }
        if !hasHan && !hasArabic { s40AcronymWithParenthesizedSuffix() }
        if language == "en" || lang.fr || language == "de" || language == "es" || language == "it" { s40SurnameThatIsATitle() }
    }

    // MARK: - Chinese

    /// Words that open no Chinese body's name but stand right before one: verbs of acquiring or choosing ("引入X集团"),
    /// adverbs of time and sequence ("最终X集团"), and nouns of a party's role ("债权人X银行", "购房者…").
    static let s40HanLeadWords: [[UInt32]] = ["引入", "引进", "收购", "并购", "入股", "接手", "接盘", "聘请", "选定", "确定", "委托",
        "起诉", "状告", "诉至", "重组", "退出", "牵头", "暴露出", "反映出", "显示出", "此事", "最终", "随后", "此后", "目前", "此前", "已经", "日前", "近日", "同时", "其中", "另外",
        "债权人", "债务人", "投资人", "投资方", "申请人", "管理人", "被告人", "被告", "原告", "合伙人", "购房者", "消费者",
        "买方", "卖方", "供应商", "承包商", "开发商", "企业", "民企", "国企"].map(hanCodes)
    /// The lead words that are nouns of a company ("纺织企业"): cut only before a company's or a bank's name, not before 家.
    static let s40HanCompanyNouns: Set<[UInt32]> = Set(["企业", "民企", "国企"].map(hanCodes))
    static let s40HanCompanySuffixes: [[UInt32]] = ["集团", "公司", "银行", "厂"].map(hanCodes)
    /// Generic words that open no name left after a cut ("控股有限公司": a lead word read inside a company's name).
    static let s40HanGenericStarts: [[UInt32]] = ["有限", "股份", "集团", "公司", "银行", "控股", "分行", "支行", "大会", "委员"].map(hanCodes)
    static let s40HanLeadFirst = HanCharSet(codes: s40HanLeadWords.map { $0[0] })
    /// Numerals and quantity words before 家 ("两家投资公司": two companies, no name).
    static let s40HanNumerals = HanCharSet("一二两三四五六七八九十几多数百")
    static let s40HanJia = hanCode("家"), s40HanGuo = hanCode("国")

    /// "引入江苏省国有资本投资集团", "债权人浙江萧山农村商业银行股份有限公司", "纺织企业恒远集团", "最终恒远集团": a body read
    /// over a verb, an adverb or a noun of role before its name starts after that word (the last such word among its first
    /// eight characters, four characters at least left). A body holding a numeral and 家 ("两家投资公司") is no name.
    mutating func s40HanBodyLeads() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            let (start, end) = (mentionStart(i), mentionEnd(i))
            guard end - start >= 6, let ti = tokenIndex(containing: start), tokens[ti].script == .han, tokens[ti].end >= end else { continue }
            let codes = hanRunCodes(ti)
            let (s, e) = (start - tokens[ti].start, end - tokens[ti].start)
            guard s >= 0, e <= codes.count else { continue }
            var q = s, cut = -1
            while q < min(e - 4, s + 8) {
                if q + 1 < e, Self.s40HanNumerals.contains(codes[q]), codes[q + 1] == Self.s40HanJia { cut = -2; break }
                if Self.s40HanLeadFirst.contains(codes[q]) {
                    for w in Self.s40HanLeadWords where q + w.count <= e - 4 && Self.hanMatches(codes, w, at: q) {
                        if Self.s40HanCompanyNouns.contains(w) {
                            guard codes[q + w.count] != Self.s40HanJia,
                                  Self.s40HanCompanySuffixes.contains(where: { Self.hanMatches(codes, $0, at: e - $0.count) }) else { continue }
                        }
                        cut = max(cut, q + w.count)
                    }
                }
                q += 1
            }
            if cut == -2 { drop.insert(i); continue }
            guard cut > s, !Self.hanOrgLeftStopSet.contains(codes[cut]),
                  !Self.s40HanGenericStarts.contains(where: { Self.hanMatches(codes, $0, at: cut) }) else { continue }
            let scalars = hanRunScalars(ti)
            let name = Self.hanString(scalars, cut, e)
            mentions[i] = Mention(surface: name, start: tokens[ti].start + cut, end: end, type: .organization, evidence: mentionEvidence(i), words: [name])
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "法国吉美国家亚洲艺术博物馆": a two-character country ending in 国 inside a run, right before 家 (国家, "national")
    /// and right after a character that ends no word before a name, is read across a word's boundary: no country.
    mutating func s40HanCountryAcrossWord() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .country {
            let (start, end) = (mentionStart(i), mentionEnd(i))
            guard end - start == 2, let ti = tokenIndex(containing: start), tokens[ti].script == .han, tokens[ti].end > end else { continue }
            let codes = hanRunCodes(ti)
            let (s, e) = (start - tokens[ti].start, end - tokens[ti].start)
            guard s >= 1, e < codes.count, codes[e - 1] == Self.s40HanGuo, codes[e] == Self.s40HanJia,
                  !Self.hanOrgLeftStopSet.contains(codes[s - 1]), !Self.hanPlaceLeftBoundSet.contains(codes[s - 1]) else { continue }
            // (The character before is no end of another name: "中美国家" reads 中美 + 国家.)
            if anyMention(where: { ($0.type == .country || $0.type == .place) && $0.end == start }) { continue }
            // Only inside a body's name, not at its start ("许多美国家庭" is American families).
            guard anyMention(where: { $0.type == .organization && $0.start < start && $0.end > end }) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// A Chinese place read from a particle or a word that ends no name ("回到了故乡" → "了故乡") is misaligned: none.
    mutating func s40HanPlacesAfterParticles() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            let start = mentionStart(i)
            guard let ti = tokenIndex(containing: start), tokens[ti].script == .han else { continue }
            let codes = hanRunCodes(ti)
            let s = start - tokens[ti].start
            guard s >= 0, s < codes.count, Self.s40HanParticles.contains(codes[s]) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }
    static let s40HanParticles = HanCharSet("了的着过是在和与及把被将")

    /// The provinces and regions by their short names (a county or a city is written right after one: "湖南醴陵", "广西藤县").
    static let s40HanProvinces: Set<[UInt32]> = Set(["河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
        "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏", "新疆"].map(hanCodes))
    static let s40HanTownSuffixes = HanCharSet("市县区镇")
    /// Words of an area, no town's name, after a province ("湖南西部", "广西北部", "云南山区").
    static let s40HanAreaWords: Set<[UInt32]> = Set(["东部", "西部", "南部", "北部", "中部", "东南", "西南", "东北", "西北", "各地", "全省", "境内",
        "沿海", "地区", "一带", "部分", "等地", "山区", "农村", "城市", "北方", "南方", "本地", "当地", "全境", "大部", "多地", "省内", "区内",
        "企业", "农民", "经济", "人民", "政府", "高校", "警方", "代表", "地方", "省委", "民营", "工业", "农业", "市场", "居民", "游客", "考生",
        "队员", "球队", "代表队", "籍"].map(hanCodes))
    /// The third character of "…地区", "…城区", "…市区", "…郊区", "…辖区", "…社区": an area's word before the suffix.
    static let s40HanAreaFirsts = HanCharSet("地城市郊辖社矿")
    static let s40HanXian = hanCode("县")
    static let s40HanSheng = hanCode("省"), s40HanZhen = hanCode("镇"), s40HanShi = hanCode("市")
    /// Characters that end a town's name read after a province (a particle, a verb's first character, punctuation).
    static let s40HanTownStops = HanCharSet("的在与和及、，。；：了是有设等将为从对向也都还并被把一")

    /// "广西藤县和江西高安", "湖南醴陵和四川邛崃", "江西景德镇市": the name written right after a province's short name (not
    /// after 省) is a county's or a city's: two or three characters before 市/县/区/镇, or, in a list of such pairs joined by
    /// 和/与/、, two characters before the joiner or after it (each side a province and its town).
    mutating func s40HanTownsAfterProvinces() {
        var puts: [(Int, Int, Int)] = []   // (run, start, end) in the run's characters
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) != nil {
            let (start, end) = (mentionStart(i), mentionEnd(i))
            guard end - start >= 2, end - start <= 3, let ti = tokenIndex(containing: start), tokens[ti].script == .han else { continue }
            let codes = hanRunCodes(ti)
            let (s, e) = (start - tokens[ti].start, end - tokens[ti].start)
            guard e + 2 <= codes.count, Self.s40HanProvinces.contains(Array(codes[s..<e])), codes[e] != Self.s40HanSheng,
                  !Self.s40HanTownStops.contains(codes[e]), !Self.s40HanTownSuffixes.contains(codes[e]) else { continue }
            // A county of one character ("广西藤县").
            if codes[e + 1] == Self.s40HanXian { puts.append((ti, e, e + 2)); continue }
            guard !Self.s40HanTownStops.contains(codes[e + 1]), !Self.s40HanTownSuffixes.contains(codes[e + 1]),
                  !Self.s40HanAreaWords.contains(Array(codes[e..<(e + 2)])) else { continue }
            // A town's suffix two or three characters on.
            var town = -1
            for len in [2, 3] where e + len < codes.count && Self.s40HanTownSuffixes.contains(codes[e + len]) {
                if len == 3, Self.s40HanTownStops.contains(codes[e + 2]) || Self.s40HanAreaFirsts.contains(codes[e + 2]) { continue }
                // ("景德镇市": 镇 inside a city's name before 市.)
                if len == 2, codes[e + 2] == Self.s40HanZhen, e + 3 < codes.count, codes[e + 3] == Self.s40HanShi { continue }
                town = e + len + 1; break
            }
            if town < 0 {
                // A list: province + two characters, a joiner, then (or before) another province + two characters.
                let x = e + 2
                func provinceAt(_ p: Int) -> Int? {
                    for len in [2, 3] where p + len <= codes.count && Self.s40HanProvinces.contains(Array(codes[p..<(p + len)])) { return p + len }
                    return nil
                }
                let atEnd = x == codes.count || Self.s40HanTownStops.contains(codes[x])
                if x < codes.count, Self.hanListJoiners.contains(codes[x]), let pe = provinceAt(x + 1), pe + 2 <= codes.count,
                   !(pe..<(pe + 2)).contains(where: { Self.s40HanTownStops.contains(codes[$0]) }) {
                    town = x
                } else if atEnd, s >= 3, Self.hanListJoiners.contains(codes[s - 1]) {
                    // The second pair: a province + two characters before the joiner.
                    var p = s - 3
                    while p >= max(0, s - 6), town < 0 {
                        if let pe = provinceAt(p), pe + 2 == s - 1 { town = x }
                        p -= 1
                    }
                }
            }
            guard town > e else { continue }
            puts.append((ti, e, town))
        }
        for (ti, a, b) in puts {
            let base = tokens[ti].start
            let (s, e) = (base + a, base + b)
            if anyMention(where: { $0.known != nil && $0.start < e && $0.end > s }) { continue }
            mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < e && $0.end > s }
            let name = Self.hanString(hanRunScalars(ti), a, b)
            var m = Mention(surface: name, start: s, end: e, type: .place, evidence: .cue, words: [name])
            m.placeContext = true
            mentions.append(m)
        }
    }

    /// Titles of a party's role before a Chinese name ("合伙人周志远表示"), and 代表 after a noun of a party ("购房者代表李建明说":
    /// the buyers' representative; 代表 alone is also a delegation's word).
    static let s40HanRoleTitles: [[UInt32]] = ["合伙人", "代理人", "当事人", "创始人", "继承人", "管理人", "投资人", "债权人", "委托人"].map(hanCodes)
    static let s40HanDaibiao = hanCodes("代表")
    static let s40HanPartyEnds = HanCharSet("者户主人方民工")
    static let s40HanAfterName: [[UInt32]] = ["说", "表示", "介绍", "告诉", "称", "指出", "认为", "透露", "坦言", "强调", "建议", "提醒",
        "回忆", "先生", "女士", "律师"].map(hanCodes)
    static let s40HanRoleFirst = HanCharSet("合代当创继管投债委")

    /// "合伙人周志远表示", "购房者代表李建明说": a role's title, a surname and one or two characters, then a verb of saying
    /// (or the run's end) are one person.
    mutating func s40HanPeopleAfterRoles() {
        var added: [Mention] = []
        for k in tokens.indices where tokens[k].script == .han && tokens[k].kind == .word {
            let codes = hanRunCodes(k)
            guard codes.count >= 5, codes.contains(where: { Self.s40HanRoleFirst.contains($0) }) else { continue }
            var i = 0
            while i + 3 < codes.count {
                defer { i += 1 }
                guard Self.s40HanRoleFirst.contains(codes[i]) else { continue }
                var titleEnd = -1
                for t in Self.s40HanRoleTitles where Self.hanMatches(codes, t, at: i) { titleEnd = i + t.count; break }
                if titleEnd < 0, Self.hanMatches(codes, Self.s40HanDaibiao, at: i), i >= 2, Self.s40HanPartyEnds.contains(codes[i - 1]) { titleEnd = i + 2 }
                guard titleEnd > 0, titleEnd + 2 <= codes.count, Self.hanSurnameSet.contains(codes[titleEnd]) else { continue }
                var found = -1
                for len in [3, 2] {
                    let e = titleEnd + len
                    guard e <= codes.count else { continue }
                    let follows = e == codes.count && k + 1 < tokens.count && tokens[k + 1].kind == .punct
                        || e < codes.count && Self.s40HanAfterName.contains(where: { Self.hanMatches(codes, $0, at: e) })
                    // (No function character inside, and no verb of saying opening inside: "合伙人周说" is no three-character name.)
                    guard follows, !(titleEnd..<e).contains(where: { codes[$0] < 0x10000 && Self.h36HanNoNameChars.contains(UInt16(truncatingIfNeeded: codes[$0])) }),
                          !((titleEnd + 1)..<e).contains(where: { p in Self.s40HanAfterName.contains(where: { Self.hanMatches(codes, $0, at: p) }) }) else { continue }
                    found = len; break
                }
                guard found > 0 else { continue }
                let start = tokens[k].start + titleEnd, end = start + found
                if anyMention(where: { $0.type != .country && $0.start < end && $0.end > start }) { i = titleEnd + found; continue }
                let name = Self.hanString(hanRunScalars(k), titleEnd, titleEnd + found)
                added.append(Mention(surface: name, start: start, end: end, type: .person, evidence: .cue, words: [name]))
                i = titleEnd + found
            }
        }
        if !added.isEmpty { replaceMentions(removing: [], adding: added) }
    }

    // MARK: - Arabic

    /// Ranks and titles that follow a body's or a place's name and open a person's ("… للدفاع المدني العقيد خالد …").
    static let s40ArabicTitles = h18Keys(["العقيد", "المقدم", "الرائد", "النقيب", "العميد", "اللواء", "الملازم", "الفريق", "المشير",
        "الرقيب", "العريف", "المهندس", "الدكتور", "الأستاذ", "المحامي"])

    /// "المديرية العامة للحماية المدنية العقيد": a body (or a name) of two words or more whose last word is a rank or a title
    /// ends before it: the title opens the next person's name.
    mutating func s40ArabicTitleAfterName() {
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z) = seedSpan(i), z > a, tokens[z].script == .arabic, Self.s40ArabicTitles.contains(tokens[z]) else { continue }
            var p = z - 1
            while p > a, tokens[p].kind != .word { p -= 1 }
            guard p >= a else { continue }
            var m = mention(a, p + 1, type: mentionType(i), evidence: mentionEvidence(i))
            m.placeContext = mentions[i].placeContext
            m.start = mentionStart(i)   // (a clitic before the first word stays outside)
            mentions[i] = m
        }
    }

    static let s40ArabicAmana = h18Keys(["أمانة", "امانة"]), s40ArabicGreater = h18Keys(["الكبرى"])

    /// "أمانة عمان الكبرى", "أمانة جدة": أمانة and the city after it is the city's municipality, a body; the city's word read
    /// there as a country (عمان, Oman) is none.
    mutating func s40ArabicMunicipality() {
        guard articleHas(Self.s40ArabicAmana) else { return }
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .arabic, Self.s40ArabicAmana.contains(tokens[k]),
                  tokens[k + 1].kind == .word, tokens[k + 1].script == .arabic else { continue }
            let (cs, ce) = (tokens[k + 1].start, tokens[k + 1].end)
            // The city: a place or a country read on the next word.
            guard anyMention(where: { ($0.type == .country || $0.type == .place) && $0.start == cs && $0.end == ce }) else { continue }
            let b = k + 2 < tokenCount && Self.s40ArabicGreater.contains(tokens[k + 2]) ? k + 3 : k + 2
            let (s, e) = (tokens[k].start, tokens[b - 1].end)
            mentions.removeAll { $0.type == .country && $0.start < e && $0.end > s }
            h27Replace(k, b, with: mention(k, b, type: .organization, evidence: .cue))
        }
    }

    static let s40ArabicRoadHeads = H36Heads(["دوار", "طريق", "سيل"])

    /// "عند دوار الساعة", "على طريق المفرق", "سيل الحسا": a roundabout's, a road's or a stream's noun and a name
    /// with the article (or a compound name), with its nisba adjectives, are one place ("عن طريق", "by way of", none).
    mutating func s40ArabicRoadPlaces() {
        guard articleHas(Self.s40ArabicRoadHeads.set) else { return }
        let n = tokens.count
        var puts: [(Int, Int, Int)] = []
        let heads = Self.s40ArabicRoadHeads
        var k = 0
        while k + 1 < n {
            defer { k += 1 }
            guard h36Arabic(k), let skip = h36CliticPrefix(k, heads) else { continue }
            if skip == 0, k > 0, keyIs(k - 1, "عن") { continue }
            let p = k + 1
            guard p < n, h36Arabic(p), !h36Stop(p), !isCountry[p], Self.arabicHasPrefix(tokens[p].key, "ال") || h23Key(p, Self.h36ArabicCompoundFirst) else { continue }
            if h36Nisba(p) { continue }   // ("الطريق الصحراوي": an adjective, no name)
            var b = p + 1
            if h23Key(p, Self.h36ArabicCompoundFirst), h36Arabic(b), !h36Stop(b) { b += 1 }
            while b < n, b - k < 5, h36Nisba(b) { b += 1 }
            let (s, e) = (tokens[k].start + skip, tokens[b - 1].end)
            if anyMention(where: { $0.type != nil && $0.type != .country && $0.type != .place && $0.start <= s && $0.end >= e && $0.end - $0.start > e - s }) { k = b - 1; continue }
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s }) { k = b - 1; continue }
            puts.append((k, b, skip))
            k = b - 1
        }
        for (a, b, skip) in puts { h36Put(a, b, h36Mention(a, b, skip: skip, type: .place), overKnown: false) }
    }

    /// Nouns of a relative or of a job in the construct before a person's name: "شقيقة المصاب، هدى …" (the injured man's
    /// sister), "سائق الحافلة سامر …" (the bus's driver), "محاسب البلدية …".
    static let s40ArabicRelationNouns = h18Keys(["شقيق", "شقيقة", "زوج", "زوجة", "والد", "والدة", "نجل", "نجلة", "أخ", "أخت", "شقيقه",
        "زوجه", "والده", "نجله", "عم", "خال", "جد", "جدة", "محاسب", "سائق", "حارس", "موظف", "عامل", "صاحب", "مالك", "محامي", "ممرضة",
        "ممرض", "طبيب", "معلم", "معلمة", "مهندس", "كاتب"])

    /// A relation's or a job's noun, the noun it is in construct with (the article's word, and a comma may follow it),
    /// then a personal name (`l28ArabicNameEnd`): the name is a person's.
    mutating func s40ArabicNameAfterRelation() {
        guard articleHas(Self.s40ArabicRelationNouns) else { return }
        var added: [Mention] = []
        let nouns = Self.s40ArabicRelationNouns
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .arabic, nouns.contains(tokens[k]), h36Arabic(k + 1), isArabicDefinite(k + 1),
                  !h36Stop(k + 1) else { continue }
            var p = k + 2
            if keyIs(p, "،") || keyIs(p, ",") { p += 1 }
            guard p < tokenCount, let e = l28ArabicNameEnd(p) else { continue }
            added.append(mention(p, e, type: .person, evidence: .cue))
            k = e - 1
        }
        guard !added.isEmpty else { return }
        for m in added where !anyMention(where: { $0.start < m.end && $0.end > m.start && ($0.type != nil || $0.known != nil) }) {
            mentions.removeAll { $0.known == nil && $0.start < m.end && $0.end > m.start }
            mentions.append(m)
        }
    }

    /// Jordan's governorates' seats and towns, by their knowledge-base names: with one of them in the article, a bare
    /// عمان is the capital, Amman, not Oman (`resolveAmman` reads it so only when Jordan itself is named).
    static let s40JordanianPlaces: Set<String> = ["Irbid", "Zarqa", "Balqa", "Mafraq", "Karak", "Tafilah", "Aqaba", "Madaba", "Ajloun",
        "Jerash", "Salt", "Ma'an", "Ramtha", "Russeifa", "Sahab"]

    static let s40OmaniPlaces: Set<String> = ["Muscat", "Salalah", "Sohar", "Nizwa", "Sur", "Duqm", "Ibri", "Musandam", "Dhofar", "Khasab", "Rustaq", "Seeb"]

    mutating func s40AmmanAmongJordanianPlaces() {
        guard mentions.contains(where: { $0.code == "OM" }), !mentions.contains(where: { $0.code == "JO" }) else { return }
        let entities = lex.knowledge.entities
        func names(_ set: Set<String>) -> Bool {
            mentions.contains { m in
                guard let k = m.known, m.type == .place, k < entities.count else { return false }
                return set.contains(entities[k].name)
            }
        }
        // (Not with an Omani town named too: "مسقط … إلى عمان" is the sultanate.)
        guard names(Self.s40JordanianPlaces), !names(Self.s40OmaniPlaces), let amman = entities.firstIndex(where: { $0.name == "Amman" && $0.type == .place }) else { return }
        for k in mentions.indices where mentions[k].code == "OM" && mentions[k].words.count == 1 {
            let m = mentions[k]
            guard let i = tokenIndex(containing: m.start), tokens[i].start == m.start, tokens[i].script == .arabic,
                  tokens[i].stems.contains("عمان"), !Self.arabicHasSuffix(tokens[i].key, "ي"), !Self.arabicHasSuffix(tokens[i].key, "يه") else { continue }
            if i > 0, tokens[i - 1].stems.contains("سلطنه") { continue }
            mentions[k].type = .place
            mentions[k].code = nil
            mentions[k].known = amman
        }
    }

    // MARK: - Vietnamese

    /// "Sở Tư pháp thành phố Hà Nội Lê Văn Tâm": a body named by its province or city (after "tỉnh", "thành phố", "huyện") that
    /// runs on into the capitalized name of its head: the head is the run's last three words (four, or two) opening with a
    /// family name, the place the words before them.
    mutating func s40VietnameseBodyThenHead() {
        var puts: [(Int, Int, Int)] = []   // (mention, body end, person end)
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), z > a + 2, tokens[a].script == .latin else { continue }
            // The administrative noun inside the body, and the capitalized run after it.
            var c = z - 1, runStart = -1
            while c > a {
                if tokens[c].kind == .word, !tokens[c].capitalized {
                    if keyIs(c, "pho") && keyIs(c - 1, "thanh") || keyIs(c, "tinh") && Self.isWord(tokens[c].text, "tỉnh")
                        || keyIs(c, "huyen") && Self.isWord(tokens[c].text, "huyện") { runStart = c + 1 }
                    break
                }
                c -= 1
            }
            guard runStart > a, runStart <= z, (runStart...z).allSatisfy({ tokens[$0].kind == .word && tokens[$0].capitalized }) else { continue }
            var e = z
            while e + 1 < tokenCount, e + 1 - runStart < 7, tokens[e + 1].kind == .word, tokens[e + 1].capitalized, tokens[e + 1].spaceBefore,
                  !tokens[e + 1].newlineBefore { e += 1 }
            let run = e - runStart + 1
            var head = -1
            for len in [3, 4, 2] where run - len >= 1 {
                let h = e - len + 1
                if h19Key(h, Self.h19VietnameseSurnames), !isCountry[h] { head = h; break }
            }
            // Only a body that took in a word of the head's name, and not before a full name read already ("… tỉnh Bắc Giang"
            // + "Vi Văn Thắng": the place's last word may be a family name too).
            guard head > runStart, head <= z else { continue }
            if z + 1 < tokenCount, let p = firstMentionIndex(where: { $0.type == .person && $0.start == tokens[z + 1].start }), mentionWordCount(p) >= 3 { continue }
            puts.append((i, head, e + 1))
        }
        for (i, head, pe) in puts.reversed() {
            guard let (a, _) = seedSpan(i) else { continue }
            let body = mention(a, head, type: .organization, evidence: mentionEvidence(i))
            mentions[i] = body
            let (s, e) = (tokens[head].start, tokens[pe - 1].end)
            mentions.removeAll { $0.type != .country && $0.type != .organization && $0.known == nil && $0.start < e && $0.end > s }
            mentions.append(mention(head, pe, type: .person, evidence: .cue))
        }
    }

    /// "Công an tỉnh huy động …": a body that ends on a lowercase administrative noun used alone ("tỉnh", "huyện", "xã",
    /// "thành phố": the province's) and one lowercase word after it: the word is the next verb's, no part of the name.
    mutating func s40VietnameseAdminNounEndsBody() {
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), z > a + 1, tokens[z].kind == .word, tokens[z].script == .latin, !tokens[z].capitalized,
                  tokens[z - 1].kind == .word, !tokens[z - 1].capitalized else { continue }
            let y = z - 1
            let admin = keyIs(y, "tinh") && Self.isWord(tokens[y].text, "tỉnh") || keyIs(y, "huyen") && Self.isWord(tokens[y].text, "huyện")
                || keyIs(y, "xa") && Self.isWord(tokens[y].text, "xã") || keyIs(y, "pho") && keyIs(y - 1, "thanh")
                || keyIs(y, "phuong") && Self.isWord(tokens[y].text, "phường")
            guard admin else { continue }
            mentions[i] = mention(a, z, type: .organization, evidence: mentionEvidence(i))
        }
    }

    static let s40VietnamesePalaceNouns = ["cung", "điện", "lăng", "đền", "chùa"]

    /// "Hoàng thành Thăng Long", "Quần thể di tích Cố đô Hoa Lư", "Khu di tích Kim Liên": a monument's capitalized noun
    /// (with "Cố đô", the old capital, between) before a place's name is part of one place's name.
    mutating func s40VietnameseMonuments() {
        var puts: [(Int, Int)] = []
        var retype: [Int] = []
        for i in mentions.indices where mentionType(i) != .country && mentionType(i) != .person {
            guard let (a, z) = seedSpan(i), a >= 2, tokens[a].script == .latin else { continue }
            var b = a
            if keyIs(b - 1, "đo") || keyIs(b - 1, "do"), !tokens[b - 1].capitalized, keyIs(b - 2, "co"), tokens[b - 2].capitalized { b -= 2 }
            var head = -1
            if keyIs(b - 1, "thanh"), !tokens[b - 1].capitalized, keyIs(b - 2, "hoang"), tokens[b - 2].capitalized, Self.isWord(tokens[b - 1].text, "thành") {
                head = b - 2
            } else if keyIs(b - 1, "tich"), keyIs(b - 2, "di"), !tokens[b - 1].capitalized, !tokens[b - 2].capitalized {
                if keyIs(b - 3, "the"), keyIs(b - 4, "quan"), tokens[b - 4].capitalized { head = b - 4 }
                else if keyIs(b - 3, "khu"), tokens[b - 3].capitalized { head = b - 3 }
            }
            if head < 0, mentionType(i) != .place, mentionKnown(i) == nil, a == b, !tokens[a - 1].capitalized, tokens[a - 1].kind == .word,
               Self.s40VietnamesePalaceNouns.contains(where: { Self.isWord(tokens[a - 1].text, $0) }) {
                // "cung Trường Lạc", "điện Kiến Trung", "lăng Dục Đức": the lowercase noun of a palace, a hall, a tomb, a temple or
                // a pagoda before a name makes it a place (the name is no school's, no person's).
                retype.append(i)
                continue
            }
            guard head >= 0 else { continue }
            puts.append((head, z + 1))
        }
        for i in retype {
            mentions[i].type = .place
            mentions[i].evidence = .cue
            mentions[i].placeContext = true
        }
        for (a, b) in puts {
            var m = mention(a, b, type: .place, evidence: .cue)
            m.placeContext = true
            h27Replace(a, b, with: m, overKnown: true)
        }
    }

    // MARK: - Russian

    /// "Вину Гришин не признал", "Помощь Сидоренко оказали соседи": a sentence's first word, a noun in an oblique case (ending
    /// in у, ю, ь or ы, no given name), read with the surname after it as one name: the person is the surname alone.
    mutating func s40CyrillicNounBeforeSurname() {
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil && mentionWordCount(i) == 2 {
            guard let (a, z) = seedSpan(i), z == a + 1, tokens[a].sentenceStart, tokens[a].script == .cyrillic, tokens[z].kind == .word,
                  tokens[z].spaceBefore, let last = tokens[a].key.unicodeScalars.last,
                  last == "у" || last == "ю" || last == "ь" || last == "ы" else { continue }
            guard !isGivenName(a), !cyrillicGivenName(tokens[a].key), lex.surnameEndings(tokens[z].key) else { continue }
            mentions[i] = mention(z, z + 1, type: .person, evidence: mentionEvidence(i))
        }
    }

    /// Personal pronouns, in their cases: no body's name ends on one ("в Минобороны мы узнали").
    static let s40CyrillicPronouns = h18Keys(["я", "мы", "ты", "вы", "он", "она", "оно", "они", "мне", "нам", "вам", "им", "ему", "ей", "нас",
        "вас", "их", "его", "её", "ее", "меня", "тебя", "себя", "себе", "нами", "вами", "ими", "ми", "ви", "вони", "воны"])

    /// "Минобороны мы", "Минфине нам": a body's name that ends on a lowercase personal pronoun ends before it.
    mutating func s40CyrillicPronounAfterBody() {
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z) = seedSpan(i), z > a, tokens[z].kind == .word, tokens[z].script == .cyrillic, !tokens[z].capitalized,
                  Self.s40CyrillicPronouns.contains(tokens[z]) else { continue }
            var p = z - 1
            while p > a, tokens[p].kind != .word || Self.s40CyrillicPronouns.contains(tokens[p]) && !tokens[p].capitalized { p -= 1 }
            mentions[i] = mention(a, p + 1, type: mentionType(i), evidence: mentionEvidence(i))
        }
    }

    /// "Жительница Кимр Галина Степановна Воронцова рассказала": after a noun of residents and the town's genitive, a
    /// capitalized run of two or three words opening with a given name is that resident's name.
    mutating func s40RussianResidentThenPerson() {
        guard articleHas(Self.l26RussianResidentNouns) else { return }
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, Self.l26RussianResidentNouns.contains(tokens[k]), tokens[k + 1].kind == .word,
                  tokens[k + 1].script == .cyrillic, isCap(k + 1) else { continue }
            let q = k + 2
            guard tokens[q].kind == .word, tokens[q].script == .cyrillic, isCap(q), tokens[q].spaceBefore,
                  isGivenName(q) || cyrillicGivenName(tokens[q].key) else { continue }
            var e = q + 1
            while e < tokenCount, e - q < 3, tokens[e].kind == .word, tokens[e].script == .cyrillic, isCap(e), tokens[e].spaceBefore,
                  !tokens[e].newlineBefore { e += 1 }
            guard e - q >= 2 else { continue }
            let (s, x) = (tokens[q].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .person && $0.start <= s && $0.end >= x }) { continue }
            if anyMention(where: { $0.known != nil && $0.start < x && $0.end > s }) { continue }
            h27Replace(q, e, with: mention(q, e, type: .person, evidence: .cue))
        }
    }

    // MARK: - Latin

    /// "Chris Bishop said", "Mark Judge told", "Anna King": a given name (or a name read after a title) alone before a capitalized title's word, with no
    /// capitalized word after that word, is a person whose surname is the word (a title opens the name after it, and here
    /// none follows).
    mutating func s40SurnameThatIsATitle() {
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil && mentionWordCount(i) == 1 {
            guard let (a, z) = seedSpan(i), a == z, tokens[a].script == .latin, isGivenName(a) || mentionEvidence(i) == .cue, z + 1 < tokenCount,
                  tokens[z + 1].kind == .word, tokens[z + 1].capitalized, !tokens[z + 1].allCaps, tokens[z + 1].spaceBefore,
                  !tokens[z + 1].newlineBefore, let t = titleMatch(at: z + 1), t.length == 1 else { continue }
            // Nothing capitalized after it ("Chris Bishop John …" is no such name), and not a given name itself.
            if z + 2 < tokenCount, tokens[z + 2].kind == .word, tokens[z + 2].capitalized, tokens[z + 2].spaceBefore { continue }
            if isGivenName(z + 1) || isCountry[z + 1] { continue }
            todo.append((i, a))
        }
        guard !todo.isEmpty else { return }
        var drop = Set<Int>()
        for (i, a) in todo {
            let (s, e) = (tokens[a + 1].start, tokens[a + 1].end)
            mentions[i] = mention(a, a + 2, type: .person, evidence: mentionEvidence(i))
            for j in mentions.indices where j != i && mentions[j].known == nil && mentions[j].type != .country
                && mentions[j].start < e && mentions[j].end > s { drop.insert(j) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "CPI(M)", "CPI(ML)": an acronym written right against a parenthesized letter or two is another, longer name (a party
    /// or a faction), no known body of the acronym alone: one body over the whole.
    mutating func s40AcronymWithParenthesizedSuffix() {
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) != .person {
            guard let (a, z) = seedSpan(i), z == a, tokens[a].kind == .word, tokens[a].allCaps, z + 3 < tokenCount,
                  keyIs(z + 1, "("), !tokens[z + 1].spaceBefore, tokens[z + 2].kind == .word, tokens[z + 2].text.utf8.count <= 2,
                  tokens[z + 2].capitalized, !tokens[z + 2].spaceBefore, keyIs(z + 3, ")"), !tokens[z + 3].spaceBefore else { continue }
            todo.append((a, z + 4))
        }
        for (a, b) in todo {
            let (s, e) = (tokens[a].start, tokens[b - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == e }) { continue }
            mentions.removeAll { $0.type != .country && $0.start < e && $0.end > s }
            mentions.append(mention(a, b, type: .organization, evidence: .cue))
        }
    }
}
