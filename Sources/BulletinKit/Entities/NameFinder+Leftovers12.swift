import Foundation

/// Leftovers of the unseen sets (scripts/entity-unseen/README.md, "Left:"), twelfth session: each a general rule
/// tested on other names in EntityLeftovers12Tests. Chinese companies named in full with a long legal form and by
/// their stock short names, generic company nouns; a Russian place in a case that drops a fleeting vowel, opening
/// plural adjectives; a region after a dateline's town; people after a word that governs a person (an award, a
/// pass); an Arabic dateline agency named by its nisba, "شركة X لـY الZ". One pass after every other.
extension NameFinder {
    mutating func refineLeftovers12() {
        if hasHan { l12Han(); l12HanCentres(); l12HanDottedNames() }
        if lang.vi { l12VietnameseCompanyBeforeAnotherName() }
        if lang.ru { l12RussianFleetingVowelPlaces(); l12RussianOpeningPlurals() }
        l12DatelineRegion()
        if lang.fr || lang.es || lang.pt || lang.it { l12PeopleAfterGoverningWords() }
        if hasArabic { l12ArabicDatelineNisba(); l12ArabicCompanyForActivity(); l12ArabicCommitteesStationsInstitutes() }
    }

    // MARK: - Han

    static let l12HanLegalTails: [[UInt32]] = ["股份有限公司", "有限责任公司", "有限公司"].map(hanCodes)
    static let l12HanYou = hanCode("有")
    /// Characters ending a province's, city's or county's name before a company's own ("山东省", "烟台市").
    static let l12HanAdministrative = HanCharSet("省市县区")
    /// Two-character modifiers that make "X公司"/"X组织" a common noun, not a name ("上市公司", "项目公司", "子公司").
    static let l12HanGenericModifiers: WordSet = ["上市", "项目", "控股", "合资", "独资", "国有", "民营", "私营", "外资", "外国", "母", "子", "分",
                                                      "总", "该", "本", "其", "各", "上游", "下游", "运营", "承包", "施工", "关联", "参股", "全资",
                                                      "目标", "空壳", "当地", "本地", "这家", "那家", "一家", "多家", "两家", "几家", "社区", "相关"]
    static let l12HanGenericHeads = ["公司", "组织", "企业"]
    /// Openers that make any organization-looking phrase a description ("当地社区组织", "当地政府").
    static let l12HanGenericOpeners = ["当地", "本地", "该", "这家", "那家", "一家", "多家"]
    /// Two-character endings of stock short names (industry words).
    static let l12HanStockEndings: Set<String> = ["味业", "股份", "集团", "科技", "高新", "药业", "医药", "生物", "电子", "电气", "电器", "能源", "控股",
                                                  "实业", "重工", "化工", "环境", "环保", "智能", "传媒", "酒业", "乳业", "电力", "矿业", "钢铁", "置业",
                                                  "光电", "通信", "新材", "机械", "物流", "动力", "精工", "制药", "纺织", "水务", "燃气", "种业", "牧业",
                                                  "港口", "轮胎", "家居", "铝业", "铜业", "煤业", "油服", "石化", "化学", "股份", "汽车", "信息", "软件"]
    static let l12HanStockEndingPairs: Set<UInt64> = Set(l12HanStockEndings.map { w in let c = hanCodes(w); return UInt64(c[0]) << 32 | UInt64(c[1]) })
    static let l12HanMarketFirst = HanCharSet(codes: l12HanMarketWords.map { $0[0] })
    /// Words that put an article on the stock market (a stock short name may then stand alone).
    static let l12HanMarketWords: [[UInt32]] = ["股价", "股票", "证券交易所", "涨停", "跌停", "开盘", "收盘", "市值", "深交所", "上交所", "港交所", "北交所", "板块"].map(hanCodes)
    /// First two characters of four that are a generic word, no company's ("全省电力", "国内汽车").
    static let l12HanGenericOpenings: WordSet = ["全省", "全国", "全市", "全球", "国内", "国外", "海外", "各地", "上述", "相关", "其他", "其它", "同期",
                                                     "本地", "当地", "传统", "新兴", "整体", "行业", "部分", "同行", "主要", "大型", "中小"]
    /// Characters after a stock short name (besides `hanOrgLeftStopSet`): 股价, 公告, 发布, 宣布, 表示, 上涨, 下跌, 今日, 昨日, 当日, 近日, 早盘, 晚间, 本周, 前三季度, 首次.
    static let l12HanAfterShortName = HanCharSet("股公发宣表上下涨跌今昨当近早晚本前首")

    mutating func l12Han() {
        var removed = Set<Int>()
        var added: [Mention] = []
        var hanTokens: [Int] = []
        hanTokens.reserveCapacity(tokens.count)   // (one buffer: its appends regrew it)
        for k in tokens.indices where tokens[k].script == .han { hanTokens.append(k) }
        // "佛山市海天调味食品股份有限公司": a company named in full runs left from its legal form to a stop character,
        // a verb or a title, however long (the suffix rule reads twelve characters at most).
        var companies: [(start: Int, end: Int, core: Int)] = []   // UTF-16 offsets; core: where the name after a leading place starts
        // (The two characters every character is compared with, read once: a static's every read calls `swift_once`.)
        let you = Self.l12HanYou, tailFirst = Self.l12HanLegalTails[0][0]
        for k in hanTokens {
            let codes = hanRunCodes(k)
            guard codes.count >= 8 else { continue }
            var p = 0
            while p < codes.count {
                guard codes[p] == you || codes[p] == tailFirst,
                      let tail = Self.l12HanLegalTails.first(where: { Self.hanMatches(codes, $0, at: p) }) else { p += 1; continue }
                let end = p + tail.count
                var start = p
                while start > 0, p - start < 24 {
                    let c = codes[start - 1]
                    if Self.hanOrgLeftStopSet.contains(c) || Self.hanVerbPairEnds(codes, at: start) || Self.hanTitleEnds(codes, at: start) { break }
                    start -= 1
                }
                defer { p = end }
                guard p - start >= 4 else { continue }
                let (s0, e0) = (tokens[k].start + start, tokens[k].start + end)
                // Persons, countries and known names other than places inside: left to the other rules.
                if anyMention(where: { m in m.start < e0 && m.end > s0 && (m.type == .person || m.type == .country || m.known != nil && m.type != .place) }) { continue }
                // Places leading the name ("山东省烟台市"): the company's own name starts after them.
                var core = s0
                while let lead = firstMention(where: { $0.type == .place && $0.start == core && $0.end < e0 - 4 }) { core = lead.end }
                // (Run positions: the next three characters, leaving the legal form and two of the name.)
                while true {
                    let lo = core - tokens[k].start + 1, hi = min(core - tokens[k].start + 3, p - 3)
                    guard lo <= hi, let cut = (lo...hi).first(where: { Self.l12HanAdministrative.contains(codes[$0]) }) else { break }
                    core = tokens[k].start + cut + 1
                }
                companies.append((s0, e0, core))
                // (An organization the other rules end there stands, they cut verbs off its start; not one the suffix rule's
                // limit cut, twelve characters before the final 公司: "山市海天调味食品股份有限公司".)
                if anyMention(where: { o in o.type == .organization && o.end == e0 && o.start >= s0 && e0 - 2 - o.start < 12 }) { continue }
                for n in mentions.indices where mentionStart(n) < e0 && mentionEnd(n) > s0 { removed.insert(n) }
                let scalars = hanRunScalars(k)
                let name = Self.hanString(scalars, start, end)
                added.append(Mention(surface: name, start: s0, end: e0, type: .organization, evidence: .cue, words: [name]))
            }
        }
        // Generic company nouns: "上市公司", "项目公司", "当地社区组织".
        for n in mentions.indices where mentionType(n) == .organization && mentionKnown(n) == nil && !removed.contains(n) {
            let s = mentionSurface(n)
            guard let f = s.unicodeScalars.first, (0x4E00...0x9FFF).contains(f.value) else { continue }
            if Self.hasAnyPrefix(s, Self.l12HanGenericOpeners) && s.count > 2 { removed.insert(n); continue }
            for head in Self.l12HanGenericHeads where PlainText.hasSuffix(s, head) {
                if Self.l12HanGenericModifiers.contains(String(s.dropLast(head.count))) { removed.insert(n) }
            }
        }
        // Stock short names: in an article about the market, four characters ending in an industry word between stop
        // characters ("同行业的千禾味业和中炬高新股价"); one whose first two characters open a company named in full is
        // that company.
        let marketFirst = Self.l12HanMarketFirst
        let market = hanTokens.contains { k in
            let codes = hanRunCodes(k)
            for p in codes.indices where marketFirst.contains(codes[p]) {
                if Self.l12HanMarketWords.contains(where: { Self.hanMatches(codes, $0, at: p) }) { return true }
            }
            return false
        }
        if market {
            var cores: [(prefix: String, words: [String], surface: String)] = []
            for c in companies {
                guard let m = (mentions + added).first(where: { $0.type == .organization && $0.start == c.start && $0.end == c.end }),
                      let k = tokenIndex(containing: c.core) else { continue }
                let scalars = hanRunScalars(k)
                let at = c.core - tokens[k].start
                guard at + 2 <= scalars.count else { continue }
                cores.append((Self.hanString(scalars, at, at + 2), m.words, m.surface))
            }
            for k in hanTokens {
                let codes = hanRunCodes(k)
                guard codes.count >= 4 else { continue }
                let scalars = hanRunScalars(k)
                var p = 0
                while p + 4 <= codes.count {
                    defer { p += 1 }
                    let leftOK = p == 0 || Self.hanOrgLeftStopSet.contains(codes[p - 1])
                    let rightOK = p + 4 == codes.count || Self.hanOrgLeftStopSet.contains(codes[p + 4]) || Self.l12HanAfterShortName.contains(codes[p + 4])
                    guard leftOK, rightOK, !Self.hanOrgLeftStopSet.contains(codes[p]), !Self.hanOrgLeftStopSet.contains(codes[p + 1]),
                          Self.l12HanStockEndingPairs.contains(UInt64(codes[p + 2]) << 32 | UInt64(codes[p + 3])),
                          !Self.l12HanGenericOpenings.contains(Self.hanString(scalars, p, p + 2)) else { continue }
                    let (s0, e0) = (tokens[k].start + p, tokens[k].start + p + 4)
                    if (mentions.indices.contains { !removed.contains($0) && mentionStart($0) < e0 && mentionEnd($0) > s0 }) { continue }
                    if added.contains(where: { $0.start < e0 && $0.end > s0 }) { continue }
                    let name = Self.hanString(scalars, p, p + 4)
                    var m = Mention(surface: name, start: s0, end: e0, type: .organization, evidence: .cue, words: [name])
                    if let c = cores.first(where: { name.hasPrefix($0.prefix) }) {
                        m.words = c.words
                        m.variants = [c.surface]
                    }
                    added.append(m)
                    p += 3
                }
            }
        }
        // "（以下简称“海天味业”）", "（简称“X”）": the short name is the organization's before it, wherever the text writes it.
        for k in hanTokens where k >= 2 && k + 3 < tokens.count {
            let codes = hanRunCodes(k)
            guard codes.count <= 4, codes.count >= 2, Self.hanMatches(codes, Self.hanCodes("简称"), at: codes.count - 2),
                  keyIs(k - 1, "（") || keyIs(k - 1, "("), ["“", "\"", "「", "«"].contains(where: { keyIs(k + 1, $0) }),
                  tokens[k + 2].script == .han, (2...8).contains(tokens[k + 2].end - tokens[k + 2].start),
                  let org = (mentions.indices.filter { !removed.contains($0) }.map { mentions[$0] } + added).first(where: { $0.type == .organization && $0.end == tokens[k - 1].start }) else { continue }
            let short = hanRunCodes(k + 2)
            let text = tokens[k + 2].text
            for q in hanTokens {
                let codes = hanRunCodes(q)
                var p = 0
                while p + short.count <= codes.count {
                    guard Self.hanMatches(codes, short, at: p) else { p += 1; continue }
                    let (s0, e0) = (tokens[q].start + p, tokens[q].start + p + short.count)
                    p += short.count
                    if mentions.indices.contains(where: { !removed.contains($0) && mentionStart($0) < e0 && mentionEnd($0) > s0 && (mentionKnown($0) != nil || mentionStart($0) != s0 || mentionEnd($0) != e0) }) { continue }
                    for n in mentions.indices where mentionStart(n) == s0 && mentionEnd(n) == e0 { removed.insert(n) }
                    added.removeAll { $0.start == s0 && $0.end == e0 }
                    var m = Mention(surface: text, start: s0, end: e0, type: .organization, evidence: .cue, words: org.words)
                    m.variants = [org.surface]
                    added.append(m)
                }
            }
        }
        if !removed.isEmpty { mentions = mentions.enumerated().filter { !removed.contains($0.offset) }.map(\.element) }
        mentions += added
    }

    // MARK: - Russian

    /// "ЧЕРЕПОВЕЦ, 6 декабря" and "в Череповце": a one-word place whose case dropped a fleeting vowel (е, о before the last
    /// consonant) is the place another mention of the article names in full.
    /// A necessary condition of the rule's ending (consonant, "е" or "о", consonant), on bytes: the scalar before the last is
    /// "е" (D0 B5) or "о" (D0 BE), one scalar each of them a character of its own that nothing else is canonically equal to,
    /// and the last character (a consonant, one scalar of two bytes) follows it. Most places end otherwise and skip the
    /// array of characters the rule reads.
    @inline(__always) static func l12MayEndInFleetingVowel(_ w: String) -> Bool {
        w.utf8.withContiguousStorageIfAvailable { b in
            b.count >= 4 && b[b.count - 4] == 0xD0 && (b[b.count - 3] == 0xB5 || b[b.count - 3] == 0xBE)
        } ?? true
    }

    mutating func l12RussianFleetingVowelPlaces() {
        var full: [(key: String, surface: String)] = []
        for i in mentions.indices where mentionType(i) == .place && mentionWordCount(i) == 1 {   // (no mention copied)
            let w = mentionWords(i)[0]
            // (The first scalar's script before the character count, which walks the word.)
            guard let f = w.unicodeScalars.first, (0x0400...0x04FF).contains(f.value), Self.l12MayEndInFleetingVowel(w), PlainText.count(w) >= 5 else { continue }
            let c = Array(w)
            guard let last = c.last, NameFinder.russianConsonants.contains(last), "ео".contains(c[c.count - 2]),
                  NameFinder.russianConsonants.contains(c[c.count - 3]) else { continue }
            var s = mentionSurface(i)
            if s.count == w.count, s.uppercased() == s { s = s.prefix(1) + s.dropFirst().lowercased() }
            full.append((w, s))
        }
        guard !full.isEmpty else { return }
        var joined = Set<String>()
        for n in mentions.indices where mentionType(n) == .place && mentionKnown(n) == nil && mentionWordCount(n) == 1 {
            let w = mentionWords(n)[0]
            guard !full.contains(where: { PlainText.equal($0.key, w) }), let f = w.unicodeScalars.first, (0x0400...0x04FF).contains(f.value) else { continue }
            for e in full {
                // The full name without its fleeting vowel: "черепов" + "ц".
                let c = Array(e.key)
                let stem = String(c[0..<(c.count - 2)]) + String(c[c.count - 1])
                guard PlainText.hasPrefix(w, stem), w.count - stem.count <= 2,
                      w.count == stem.count || Self.l11RussianCaseEndings.contains(String(w.dropFirst(stem.count))) else { continue }
                var variants = mentions[n].variants
                if !variants.contains(mentionSurface(n)) { variants.append(mentionSurface(n)) }
                mentions[n].variants = variants
                mentions[n].surface = e.surface
                mentions[n].words = [e.key]
                joined.insert(e.key)
                break
            }
        }
        // The full name written in capitals (a dateline) is named as the text writes it in a sentence: "Торжок", not "ТОРЖОК".
        for n in mentions.indices where mentionType(n) == .place && mentionWordCount(n) == 1 && joined.contains(mentionWords(n)[0]) {
            let s = mentionSurface(n)
            guard s.count >= 2, s.uppercased() == s, let e = full.first(where: { PlainText.equal($0.key, mentionWords(n)[0]) }), !PlainText.equal(e.surface, s) else { continue }
            var variants = mentions[n].variants
            if !variants.contains(s) { variants.append(s) }
            mentions[n].variants = variants
            mentions[n].surface = e.surface
        }
    }

    /// "Новые депутаты приступят …": a capitalized plural or neuter adjective opening a sentence before a lowercase
    /// word is no name, whatever the article names with it elsewhere ("Новые люди").
    mutating func l12RussianOpeningPlurals() {
        var drop = Set<Int>()
        for n in mentions.indices where mentionKnown(n) == nil && mentionWordCount(n) == 1 && mentionType(n) != .country && mentionType(n) != .person {
            guard let a = seedTokenIndex(start: mentionStart(n)), tokens[a].sentenceStart, tokens[a].script == .cyrillic, !tokens[a].allCaps,
                  mentionEnd(n) == tokens[a].end, tokens[a].key.count >= 5,
                  Self.hasAnySuffix(tokens[a].key, ["ые", "ие", "ое", "ее"]),
                  a + 1 < tokens.count, tokens[a + 1].kind == .word, !tokens[a + 1].capitalized, tokens[a + 1].script == .cyrillic else { continue }
            drop.insert(n)
        }
        if !drop.isEmpty { mentions = mentions.enumerated().filter { !drop.contains($0.offset) }.map(\.element) }
    }

    // MARK: - Latin

    /// "BRISTOL, England, Dec. 3 (Reuters)": capitalized words between a dateline's upper-case town and its date are
    /// the town's region or country, a place.
    mutating func l12DatelineRegion() {
        guard let a0 = tokens.indices.first(where: { tokens[$0].kind == .word }), tokens[a0].allCaps, tokens[a0].script == .latin else { return }
        var k = a0
        while k < tokens.count, k - a0 < 4, tokens[k].kind == .word && tokens[k].allCaps || tokens[k].keyEquals("-") { k += 1 }
        guard k < tokens.count, keyIs(k, ","), k + 2 < tokens.count, isCap(k + 1), !tokens[k + 1].allCaps else { return }
        var e = k + 1
        while e < tokens.count, e - k <= 3, isCap(e), !tokens[e].allCaps { e += 1 }
        // The date: a month word or a number within three tokens ("Dec. 3").
        guard keyIs(e, ","), (e + 1..<min(tokens.count, e + 4)).contains(where: { isMonth($0) || tokens[$0].kind == .number }) else { return }
        let (s0, e0) = (tokens[k + 1].start, tokens[e - 1].end)
        guard (k + 1..<e).allSatisfy({ orgKeyword(at: $0) == nil }),
              let n = mentions.indices.first(where: { mentionStart($0) == s0 && mentionEnd($0) == e0 }) else { return }
        guard mentionKnown(n) == nil, mentionType(n) != .country, mentionType(n) != .place else { return }
        mentions[n].type = .place
        mentions[n].placeContext = true
    }

    /// Words after which "à"/"a"/"de" and two capitalized words name a person, not a place: an award going to someone
    /// ("revenu à", "décerné à", "otorgado a"), a footballer's pass or goal ("un pase de", "un but de").
    static let l12PersonGoverningWords = KeySet(["revenu", "revenue", "decerne", "decernee", "succede", "pase", "gol", "asistencia", "remate", "disparo",
                                                 "cabezazo", "passe", "but", "assist", "passaggio", "assistenza", "golo", "cruzamento", "assistencia"].map { TextFolding.key($0) })
    static let l12PersonPrepositions = KeySet(["a", "à", "de", "di", "da", "del", "du"].map { TextFolding.key($0) })

    mutating func l12PeopleAfterGoverningWords() {
        guard articleHas(Self.l12PersonGoverningWords) else { return }   // (it acts only after one of these words)
        for n in mentions.indices where mentionType(n) == .place && mentionKnown(n) == nil && mentionWordCount(n) == 2 {
            guard let (a, z) = seedSpan(n), z == a + 1, a >= 2, tokens[a].script == .latin, isCap(a), isCap(z), !tokens[a].allCaps, !tokens[z].allCaps,
                  !tokens[a - 1].capitalized, Self.l12PersonPrepositions.contains(tokens[a - 1]),
                  tokens[a - 2].kind == .word, !tokens[a - 2].capitalized, Self.l12PersonGoverningWords.contains(tokens[a - 2]),
                  !isCountry[a], !isCountry[z], placeKeyword(at: a) == nil, placeKeyword(at: z) == nil, !isStopword(a) else { continue }
            mentions[n].type = .person
            mentions[n].placeContext = false
        }
    }

    // MARK: - Arabic

    /// "السويق في 5 ديسمبر /العمانية/": a dateline's agency written as a country's nisba between slashes or parentheses is
    /// that country's news agency (an organization; the country stays named by its other mentions).
    mutating func l12ArabicDatelineNisba() {
        guard let a0 = tokens.indices.first(where: { tokens[$0].kind == .word }) else { return }
        var j = a0
        while j < min(tokens.count - 2, a0 + 14) {
            defer { j += 1 }
            guard keyIs(j, "/") || keyIs(j, "(") else { continue }
            let close = keyIs(j, "/") ? "/" : ")"
            guard keyIs(j + 2, close), seedArabicWord(j + 1), isCountry[j + 1], isArabicDefinite(j + 1), NameFinder.arabicHasSuffix(tokens[j + 1].text, "ية") else { continue }
            let dated = (max(a0, j - 4)..<j).contains { tokens[$0].kind == .number || isMonth($0) }
            guard dated else { return }
            let (s0, e0) = (tokens[j + 1].start, tokens[j + 1].end)
            if anyMention(where: { $0.type == .organization && $0.start == s0 && $0.end == e0 }) { return }
            // The country mention there is the agency's; other mentions of the country still name it.
            mentions.removeAll { $0.type == .country && $0.start == s0 && $0.end == e0 }
            mentions.append(mention(j + 1, j + 2, type: .organization, evidence: .cue))
            return
        }
    }

    /// Arabic words after لـ that are no activity ("لدى", "لكن", "لها").
    static let l12ArabicLamStops = KeySet(["لدي", "لدى", "لكن", "لكنه", "لها", "له", "لهم", "لم", "لن", "لا", "لقد", "لعل", "لان", "لأن", "لذلك"].map { TextFolding.key($0) })

    /// The gate of `l12ArabicCompanyForActivity`: the two head keys it compares.
    static let l12ArabicCompanyHeads = KeySet(["شركه", "مجموعه"])

    /// "شركة نماء لتوزيع الكهرباء": a company's name read as "شركة X" goes on over "لـ" + an activity noun and the definite
    /// noun it governs; "شركة X" stays a name of it.
    mutating func l12ArabicCompanyForActivity() {
        guard articleHas(Self.l12ArabicCompanyHeads) else { return }   // (it acts only on a name opening with شركة or مجموعة)
        for n in mentions.indices where mentionType(n) == .organization && mentionKnown(n) == nil {
            guard let (a, z) = seedSpan(n), z - a >= 1, z - a <= 3, seedArabicWord(a), PhraseMatcher.same(tokens[a].key, "شركه") || PhraseMatcher.same(tokens[a].key, "مجموعه"),
                  seedArabicWord(z + 1), seedArabicWord(z + 2), NameFinder.arabicHasPrefix(tokens[z + 1].text, "ل"), !NameFinder.arabicHasPrefix(tokens[z + 1].text, "لل"),
                  PlainText.count(tokens[z + 1].text) >= 4, !isArabicDefinite(z + 1), !Self.l12ArabicLamStops.contains(tokens[z + 1]),
                  !arabicFlags(z + 1).contains(.stop), isArabicDefinite(z + 2), !arabicFlags(z + 2).contains(.stop), !isCountry[z + 2] else { continue }
            let (s0, e0) = (tokens[z + 1].start, tokens[z + 2].end)
            if anyMention(where: { $0.start < e0 && $0.end > s0 }) { continue }
            let old = mentionSurface(n)
            mentions[n] = mention(a, z + 3, type: .organization, evidence: mentionEvidence(n))
            mentions[n].variants = [old]
        }
    }
}

// MARK: - Russian two-word names in an uncertain case

extension NameFinder {
    /// Last letters of both words of a two-word name that a genitive, accusative, dative or prepositional may have
    /// ("Игоря Соколова", "Анну Петрову", "Ивану Орлову", "Викторе Петрове"), in folded UTF-8.
    static let l12SurnameTypes = ["ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский", "цкий", "ская", "цкая"].map { TextFolding.key($0) }
    static let l12TwoWordCaseEndings: [[UInt8]] = ["а", "я", "у", "ю", "е"].map { Array($0.utf8) }

    /// A two-word name (folded words) whose endings a genitive, accusative, dative or prepositional may have, and whose case
    /// evidence may settle (`l12RussianNominativeEvidence`): a common given name is its first word's nominative and not the
    /// word itself, or (`article`) another mention's last word opens with the surname's stem. A cheap test before the lemmatizer.
    func l12MayBeUncertainOblique(_ words: [String], article: Bool) -> Bool {
        guard words.count == 2, Self.l12TwoWordCaseEndings.contains(where: { Self.l11EndsWith(words[0], $0) }),
              Self.l12TwoWordCaseEndings.contains(where: { Self.l11EndsWith(words[1], $0) }), !lex.givenNames.contains(words[0]) else { return false }
        let stem = words[0].dropLast()
        if stem.count >= 2 {
            let s = String(stem)
            for e in ["", "й", "ь", "а", "я"] where lex.givenNames.contains(s + e) { return true }
        }
        guard article else { return false }
        let surnameStem = words[1].dropLast()
        return surnameStem.count >= 3 && anyMention { m in m.words.last.map { $0 != words[1] && $0.hasPrefix(surnameStem) } == true }
    }

    /// A two-word person discovery named in the nominative (its variant the two words as written): the lone surnames of
    /// the Leftovers11 pass join it (appended to `renamed`); false, the name needs no other look.
    func l12RenamedByDiscovery(_ k: Int, _ renamed: inout [(oblique: String, nominative: String)]) -> Bool {
        guard mentionWordCount(k) == 2, mentions[k].variants.count == 1, let last = mentionWords(k).last else { return false }
        let seen = PlainText.split(mentions[k].variants[0], 0x20)
        guard seen.count == 2 else { return false }
        let oblique = TextFolding.key(String(seen[1]))
        if !PlainText.equal(oblique, last) { renamed.append((oblique, last)) }
        return false
    }

    /// Evidence for the nominative `russianFullNameNominative` reads into a two-word name whose endings alone do not settle
    /// its case (`seen`, as written): the nominative's given name is a common one (`EntityCues.givenNames`) and the written
    /// one is not ("Игоря" → "Игорь", but not "Таня" → "Тань"); or, with `article`, the article names the person in that
    /// nominative elsewhere (every word, or the surname alone).
    func l12RussianNominativeEvidence(_ seen: String, article: Bool) -> (String) -> Bool {
        return { nominative in
            if Self.l12KnownGivenName(nominative, seen: seen, givenNames: self.lex.givenNames) { return true }
            guard article else { return false }
            let words = PlainText.split(nominative, 0x20).map { TextFolding.key(String($0)) }
            let seenWords = PlainText.split(seen, 0x20).map { TextFolding.key(String($0)) }
            guard words.count == 2, seenWords.count == 2, Self.l12SurnameTypes.contains(where: { PlainText.hasSuffix(words[1], $0) }) else { return false }
            return self.anyMention { m in
                m.type == .person || m.type == nil ? (m.words == words || m.words.count == 1 && m.words[0] == words[1] && words[1] != seenWords[1]) : false
            }
        }
    }

    /// The two-word nominative's given name is a common one and the written given name is not (see `l12RussianNominativeEvidence`);
    /// the surname of one of the common Russian types (a Kazakh "-улы" or a foreign word may read as a case of another).
    static func l12KnownGivenName(_ nominative: String, seen: String, givenNames: KeySet) -> Bool {
        let words = PlainText.split(nominative, 0x20).map { TextFolding.key(String($0)) }
        let seenWords = PlainText.split(seen, 0x20).map { TextFolding.key(String($0)) }
        guard words.count == 2, seenWords.count == 2, l12SurnameTypes.contains(where: { PlainText.hasSuffix(words[1], $0) }) else { return false }
        return givenNames.contains(words[0]) && !givenNames.contains(seenWords[0])
    }

    /// The nominative of a Russian name in an oblique case with no article around it: `russianFullNameNominative`, a
    /// two-word name's uncertain case settled by a common given name ("Игоря Соколова" → "Игорь Соколов").
    static func russianNameNominative(_ name: String, givenNames: KeySet) -> String? {
        russianFullNameNominative(name, accept: { l12KnownGivenName($0, seen: name, givenNames: givenNames) })
    }
}

// MARK: - More leftovers of holdout10-15

extension NameFinder {
    /// Kinds of centre before 中心 that make it an institution's name ("水稻技术示范中心", "农业技术推广中心").
    static let l12HanCentreKinds: [[UInt32]] = ["示范", "研究", "培训", "推广", "交流", "创新", "服务", "试验", "检测", "数据"].map(hanCodes)
    static let l12HanCentre = hanCodes("中心")

    /// "由中国援建的塞拉利昂水稻技术示范中心": a country or place, two to eight characters of its own and a kind of centre
    /// before 中心 are one institution, named from the country on.
    mutating func l12HanCentres() {
        guard hanArticleHasAny("心") else { return }   // (the rule needs 中心)
        var added: [Mention] = []
        var removed = Set<Int>()
        for k in tokens.indices where tokens[k].script == .han {
            let codes = hanRunCodes(k)
            guard codes.count >= 6 else { continue }
            var p = 4
            while p + 2 <= codes.count {
                defer { p += 1 }
                guard Self.hanMatches(codes, Self.l12HanCentre, at: p), Self.l12HanCentreKinds.contains(where: { Self.hanMatches(codes, $0, at: p - 2) }) else { continue }
                let end = p + 2
                // The country or place the name opens with, within ten characters.
                guard let lead = mentions.indices.first(where: { n in
                    (mentionType(n) == .country || mentionType(n) == .place) && mentionStart(n) >= tokens[k].start
                        && mentionStart(n) < tokens[k].start + p - 2 && tokens[k].start + p - 2 - mentionEnd(n) >= 2 && tokens[k].start + p - mentionStart(n) <= 12 }) else { continue }
                let start = mentionStart(lead) - tokens[k].start
                // Nothing but name characters between the country and the centre.
                guard (mentionEnd(lead) - tokens[k].start..<p).allSatisfy({ !Self.hanOrgLeftStopSet.contains(codes[$0]) }) else { continue }
                let (s0, e0) = (tokens[k].start + start, tokens[k].start + end)
                if anyMention(where: { $0.type == .organization && $0.start <= s0 && $0.end >= e0 }) { continue }
                for n in mentions.indices where n != lead && mentionStart(n) < e0 && mentionEnd(n) > s0 && mentionType(n) != .country { removed.insert(n) }
                let name = Self.hanString(hanRunScalars(k), start, end)
                added.append(Mention(surface: name, start: s0, end: e0, type: .organization, evidence: .cue, words: [name]))
            }
        }
        if !removed.isEmpty { mentions = mentions.enumerated().filter { !removed.contains($0.offset) }.map(\.element) }
        mentions += added
    }

    /// "交通和通信部长巴克特别克·朱马卡德罗夫出席": a Han person cut inside its run (at a character the transliteration
    /// set lacks) goes on to the run's end when a middle dot follows it, and over the second part to a verb or particle.
    mutating func l12HanDottedNames() {
        for n in mentions.indices where mentionType(n) == .person && mentionKnown(n) == nil {
            guard let k = tokenIndex(containing: mentionStart(n)), tokens[k].script == .han, mentionEnd(n) < tokens[k].end,
                  tokens[k].end - mentionEnd(n) <= 3, k + 2 < tokens.count, tokens[k + 1].text == "·", tokens[k + 2].script == .han,
                  !tokens[k + 1].spaceBefore, !tokens[k + 2].spaceBefore else { continue }
            let codes = hanRunCodes(k)
            let from = mentionEnd(n) - tokens[k].start
            guard (from..<codes.count).allSatisfy({ !Self.hanOrgLeftStopSet.contains(codes[$0]) && !Self.hanAfterNameSet.contains(codes[$0]) }) else { continue }
            let next = hanRunCodes(k + 2)
            var e = 0
            while e < next.count, e < 8, !Self.hanAfterNameSet.contains(next[e]), !Self.hanOrgLeftStopSet.contains(next[e]), !Self.hanVerbPairEnds(next, at: e + 2) { e += 1 }
            guard e >= 2 else { continue }
            let (s0, e0) = (mentionStart(n), tokens[k + 2].start + e)
            if mentions.indices.contains(where: { $0 != n && mentionStart($0) < e0 && mentionEnd($0) > mentionEnd(n) }) { continue }
            let name = Self.hanString(hanRunScalars(k), mentionStart(n) - tokens[k].start, codes.count) + "·" + Self.hanString(hanRunScalars(k + 2), 0, e)
            mentions[n] = Mention(surface: name, start: s0, end: e0, type: .person, evidence: .cue, words: [name])
        }
    }

    static let l12VietnameseAnd = TextFolding.key("và")

    /// "Công ty cổ phần Ertis Astyq và Kinhbacco": a company's name read over "và" and a name the article gives another
    /// organization ("… (Kinhbacco)") ends before "và".
    mutating func l12VietnameseCompanyBeforeAnotherName() {
        for n in mentions.indices where mentionType(n) == .organization && mentionKnown(n) == nil && mentionWordCount(n) >= 4 {
            guard let (a, z) = seedSpan(n), z >= a + 3, let v = (a + 2..<z).last(where: { PhraseMatcher.same(tokens[$0].key, Self.l12VietnameseAnd) && !tokens[$0].capitalized }) else { continue }
            let tail = surface(v + 1, z + 1)
            let other = mentions.indices.contains { q in
                q != n && mentionType(q) != .person && mentionType(q) != .place && mentionType(q) != .country
                    && (mentionEnd(q) <= mentionStart(n) || mentionStart(q) >= mentionEnd(n))
                    && (PlainText.equal(mentionSurface(q), tail) || mentionVariants(q).contains { PlainText.equal($0, tail) })
            }
            // (Or the one word in parentheses after another organization: "Tổng công ty … (Kinhbacco)".)
            var owner: Mention?
            if v + 1 == z, let t = tokens.indices.first(where: { t in
                t != z && t >= 2 && t + 1 < tokens.count && PhraseMatcher.same(tokens[t].key, tokens[z].key) && keyIs(t - 1, "(") && keyIs(t + 1, ")") }) {
                owner = firstMention { $0.type == .organization && $0.end == tokens[t - 2].end }
            }
            guard other || owner != nil else { continue }
            seedReplace(n, a, v)
            var m = mention(v + 1, z + 1, type: .organization, evidence: .cue)
            // (That organization's short name: one entity with it.)
            if let owner { m.words = owner.words; m.variants = [owner.surface] }
            mentions.append(m)
        }
    }

    static let l12ArabicStationHeads = KeySet(["محطه", "ومحطه", "بمحطه", "لمحطه"].map { TextFolding.key($0) })
    static let l12ArabicStationCargo = KeySet(["للحاويات", "للقطارات", "للركاب", "للشحن", "للبضائع", "للنقل", "للسكك"].map { TextFolding.key($0) })
    static let l12ArabicCommittees = KeySet(["للجنه", "وللجنه", "فاللجنه"].map { TextFolding.key($0) })
    static let l12ArabicJoint = KeySet(["المشتركه"].map { TextFolding.key($0) })
    static let l12ArabicStudyHeads = KeySet(["معهد", "مركز", "ومعهد", "ومركز", "بمعهد", "بمركز", "لمعهد", "لمركز"].map { TextFolding.key($0) })
    static let l12ArabicStudies = KeySet(["دراسات", "بحوث", "ابحاث"].map { TextFolding.key($0) })
    /// Continents (with و), which name institutes of area studies.
    static let l12ArabicContinents = KeySet(["آسيا", "إفريقيا", "أفريقيا", "أوروبا", "أمريكا", "أميركا", "وآسيا", "وإفريقيا", "وأفريقيا", "وأوروبا",
                                             "وأمريكا", "وأميركا"].map { TextFolding.key($0) })
    static let l12ArabicTriggers = KeySet((["محطه", "ومحطه", "بمحطه", "لمحطه", "للجنه", "وللجنه", "فاللجنه"]
                                           + ["معهد", "مركز", "ومعهد", "ومركز", "بمعهد", "بمركز", "لمعهد", "لمركز"]).map { TextFolding.key($0) })
    static let l12ArabicAffiliated = KeySet(["التابع", "التابعه", "الذي", "التي"].map { TextFolding.key($0) })

    mutating func l12ArabicCommitteesStationsInstitutes() {
        // (Each of its three rules needs its head and its second word: a committee and "المشتركة", a station and its cargo,
        // an institute and "studies". An article with no such pair has nothing for it.)
        guard articleHas(Self.l12ArabicCommittees) && articleHas(Self.l12ArabicJoint)
            || articleHas(Self.l12ArabicStationHeads) && articleHas(Self.l12ArabicStationCargo)
            || articleHas(Self.l12ArabicStudyHeads) && articleHas(Self.l12ArabicStudies) else { return }
        var added: [Mention] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let l12ArabicTriggers = Self.l12ArabicTriggers, l12ArabicCommittees = Self.l12ArabicCommittees,
            l12ArabicJoint = Self.l12ArabicJoint, l12ArabicStationHeads = Self.l12ArabicStationHeads,
            l12ArabicStationCargo = Self.l12ArabicStationCargo, l12ArabicStudyHeads = Self.l12ArabicStudyHeads,
            l12ArabicStudies = Self.l12ArabicStudies, l12ArabicAffiliated = Self.l12ArabicAffiliated,
            l11ArabicCompass = Self.l11ArabicCompass, l12ArabicContinents = Self.l12ArabicContinents
        for i in tokens.indices where seedArabicWord(i) {
            let key = tokens[i].key, h = tokens[i].keyHash
            // (One look-up for most words: none of the three heads.)
            guard l12ArabicTriggers.contains(key, hash: h) else { continue }
            if l12ArabicCommittees.contains(key, hash: h) {
                // "الدورة المقبلة للجنة الأردنية البيلاروسية المشتركة": a joint committee of two countries after لـ, named
                // with its article ("اللجنة …"); the countries stay named by their nisbas.
                guard seedArabicWord(i + 3), isCountry[i + 1], isCountry[i + 2], l12ArabicJoint.contains(tokens[i + 3]) else { continue }
                let (s0, e0) = (tokens[i].start, tokens[i + 3].end)
                if anyMention(where: { $0.type == .organization && $0.start < e0 && $0.end > s0 }) { continue }
                var m = mention(i, i + 4, type: .organization, evidence: .cue)
                // ("للجنة" is لـ + "اللجنة" with the article's alef and one lam dropped.)
                var text = Substring(tokens[i].text)
                if text.hasPrefix("و") || text.hasPrefix("ف") { text = text.dropFirst() }
                let head = "ال" + text.dropFirst()
                m.surface = ([head] + (i + 1..<i + 4).map { tokens[$0].text }).joined(separator: " ")
                m.words = PlainText.split(m.surface, 0x20).map { TextFolding.key(String($0)) }
                added.append(m)
            } else if l12ArabicStationHeads.contains(key, hash: h) {
                // "ومحطة القطرانة للحاويات": a station's one-word name before a لل- word of its cargo is its town.
                guard seedArabicWord(i + 1), seedArabicWord(i + 2), isArabicDefinite(i + 1), !isCountry[i + 1], !arabicFlags(i + 1).contains(.stop),
                      l12ArabicStationCargo.contains(tokens[i + 2]), !l11Covered(i + 1, i + 2) else { continue }
                var m = mention(i + 1, i + 2, type: .place, evidence: .cue)
                m.placeContext = true
                added.append(m)
            } else if l12ArabicStudyHeads.contains(key, hash: h) {
                // "معهد دراسات غرب آسيا وإفريقيا التابع لـ…": an institute of studies named over compass words and places
                // (with و) up to "التابع" or a clause's edge.
                guard seedArabicWord(i + 1), l12ArabicStudies.contains(tokens[i + 1]) else { continue }
                var e = i + 2
                while e < tokens.count, e - i < 7, seedArabicWord(e), !l12ArabicAffiliated.contains(tokens[e]),
                      l11ArabicCompass.contains(tokens[e]) || l12ArabicContinents.contains(tokens[e])
                        || anyMention(where: { ($0.type == .place || $0.type == .country) && $0.start <= tokens[e].start + 1 && $0.end >= tokens[e].end })
                        || isArabicDefinite(e) && !arabicFlags(e).contains(.stop) { e += 1 }
                guard e > i + 2, e >= tokens.count || !seedArabicWord(e) || l12ArabicAffiliated.contains(tokens[e]) else { continue }
                let (s0, e0) = (tokens[i].start, tokens[e - 1].end)
                if anyMention(where: { $0.type == .organization && $0.start <= s0 && $0.end >= e0 }) { continue }
                mentions.removeAll { $0.type != .country && $0.known == nil && $0.start >= s0 && $0.end <= e0 }
                var m = mention(i, e, type: .organization, evidence: .cue)
                if !PlainText.equal(tokens[i].key, TextFolding.key("معهد")) && !PlainText.equal(tokens[i].key, TextFolding.key("مركز")) {
                    m.surface = String(m.surface.dropFirst())
                    m.words[0] = TextFolding.key(String(tokens[i].text.dropFirst()))
                }
                added.append(m)
            }
        }
        mentions += added
    }
}
