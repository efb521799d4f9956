import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout17 (ordinary news in domains no earlier set had, and the
/// first Japanese and Korean articles; scored untouched at 0.707 before any of them). One pass, run after every other.
/// Japanese and Korean get basic discovery in their own scripts (people before titles and honorifics, places by their
/// administrative suffix, organizations by their head noun, Korean datelines); the other rules are gated on their
/// language or script, so an article of another language pays a flag test per rule and nothing else.
extension NameFinder {
    mutating func refineHoldout17() {
        var edits = H17Edits()
        if language == "ko" { h17Korean(&edits) }
        if language == "ja" { h17Japanese(&edits) }
        if hasArabic { h17Arabic(&edits) }
        if hasHan, language == "zh" { h17Han(&edits) }
        h17Apply(&edits)
        if language == "ja" { h17JapaneseOrganizationsInsideWords(); h17LatinNameBeforeKana() }
        if lang.vi { h17Vietnamese() }
        if lang.ru { h17Russian() }
        if lang.es || lang.fr || language == "en" { h17LatinDateline(); h17LatinHeads() }
        if hasArabic { h17ArabicFederationSport() }
        if language == "ko" { h17KoreanAcronyms() }
        if lang.vi || lang.es || lang.fr || language == "en" { h17CompanyShortForms() }
        if hasHan, language == "zh" { h17HanTrimOrganizations() }
    }

    /// Mentions to add over character offsets (UTF-16, as `Mention.start`/`end`), each clearing what it overlaps
    /// unless that is a country or a knowledge-base name.
    struct H17Edits {
        var adds: [Mention] = []
    }

    /// Characters that open a clause, not a scenic site's name, before a list ("在", "到", "如", "包括").
    static let h17ScenicListOpeners = HanCharSet("在到赴如包像从去游和与及")

    mutating func h17Add(_ start: Int, _ end: Int, _ surface: String, _ type: EntityType, _ edits: inout H17Edits, words: [String]? = nil,
                         overKnown: Bool = false) {
        guard end > start, !surface.isEmpty else { return }
        // A known place inside a longer name ("Quảng Ngãi" in "Công an tỉnh Quảng Ngãi") gives way to it.
        if overKnown { mentions.removeAll { $0.known != nil && $0.type != .country && $0.start >= start && $0.end <= end && $0.end - $0.start < end - start } }
        if anyMention(where: { $0.start < end && $0.end > start && ($0.known != nil || $0.type == .country) }) { return }
        if edits.adds.contains(where: { $0.start < end && $0.end > start }) { return }
        var m = Mention(surface: surface, start: start, end: end, type: type, evidence: .cue, words: words ?? [TextFolding.key(surface)])
        if type == .place { m.placeContext = true }
        edits.adds.append(m)
    }

    mutating func h17Apply(_ edits: inout H17Edits) {
        guard !edits.adds.isEmpty else { return }
        let adds = edits.adds
        mentions.removeAll { m in m.known == nil && m.type != .country && adds.contains { $0.start < m.end && $0.end > m.start } }
        mentions += adds
        edits.adds.removeAll()
    }

    /// Token `k` is a word of `script` whose first scalar is in `range`.
    @inline(__always) func h17FirstScalar(_ k: Int) -> UInt32 {
        guard k >= 0, k < tokenCount, let u = tokens[k].text.unicodeScalars.first else { return 0 }
        return u.value
    }

    /// Token `k` is the punctuation mark `s` (compared on bytes: see `textIsMark`, whose list holds every mark passed here).
    @inline(__always) func h17IsPunct(_ k: Int, _ s: String) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .punct && Self.isMark(tokens[k].text, s)
    }

    // MARK: - Korean

    /// Common Korean family names (one syllable; the two-syllable ones are rare in news).
    static let h17KoreanSurnames: Set<Character> = Set("김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉")
    /// Titles and honorifics written after a Korean name (a particle may follow them).
    static let h17KoreanTitles: Set<String> = ["기자", "판사", "부장판사", "재판장", "교수", "위원장", "대표", "대표이사", "대통령", "장관", "차관",
        "회장", "부회장", "사장", "부사장", "의원", "시장", "지사", "도지사", "군수", "구청장", "청장", "총리", "감독", "선수", "변호사", "검사",
        "원장", "총장", "이사장", "씨", "박사", "후보", "의장", "소장", "국장", "과장", "부장", "팀장", "연구원", "교사", "작가", "이사", "실장", "단장"]
    /// Heads that end an organization's name.
    static let h17KoreanOrgEnds = ["지방법원", "고등법원", "대법원", "법원", "지법", "고법", "지검", "검찰청", "대학교", "대학원", "공사", "공단",
        "은행", "증권", "전자", "그룹", "재단", "협회", "위원회", "연구원", "연구소", "일보", "신문", "방송", "뉴스", "병원", "경찰청", "경찰서"]
    /// Common words ending like a place (`당시` at the time, `도시` city …), never places.
    static let h17KoreanNotPlaces: WordSet = ["당시", "동시", "역시", "다시", "실시", "표시", "지시", "즉시", "게시", "감시", "무시", "개시", "제시",
        "도시", "일시", "수시", "임시", "전시", "대도시", "신도시", "소도시", "연구", "지구", "요구", "추구", "입구", "출구", "가구", "도구", "친구",
        "전국", "부분", "정도", "제도", "속도", "온도", "태도", "한도", "영도", "만족도", "신뢰도", "의존도", "선호도", "인지도", "지지도", "강도"]

    /// "대책위원회" (a countermeasures committee), "운영위원회": generic bodies, no names.
    static let h17KoreanGenericOrgPrefixes: WordSet = ["대책", "운영", "조직", "비상", "선거", "윤리", "인사", "징계", "자문", "심사", "평가", "준비", "추진"]

    func h17HangulStem(_ k: Int) -> String {
        let stems = tokens[k].stems
        return stems.count >= 2 ? stems[1] : tokens[k].text
    }

    @inline(__always) func h17IsHangulWord(_ k: Int) -> Bool {
        let v = h17FirstScalar(k)
        return tokens[k].kind == .word && v >= 0xAC00 && v <= 0xD7A3
    }

    func h17AllHangul(_ s: String) -> Bool { !s.isEmpty && s.unicodeScalars.allSatisfy { $0.value >= 0xAC00 && $0.value <= 0xD7A3 } }

    mutating func h17Korean(_ edits: inout H17Edits) {
        let n = tokens.count
        for k in 0..<n where h17IsHangulWord(k) {
            let text = tokens[k].text
            let stem = h17HangulStem(k)
            // "(수원=연합뉴스) 박지훈 기자 =": the dateline's town and agency.
            if h17IsPunct(k - 1, "("), h17IsPunct(k + 1, "="), k + 3 < n, h17IsHangulWord(k + 2), h17IsPunct(k + 3, ")"), text.count >= 2, text.count <= 5 {
                h17Add(tokens[k].start, tokens[k].end, text, .place, &edits)
                h17Add(tokens[k + 2].start, tokens[k + 2].end, tokens[k + 2].text, .organization, &edits)
                continue
            }
            // A name before a title or honorific: "정하늘 위원장은", "최동욱(54)씨에게".
            if (2...4).contains(text.count), h17AllHangul(text), let first = text.first, Self.h17KoreanSurnames.contains(first) {
                var t = k + 1
                if h17IsPunct(t, "("), t + 2 < n, tokens[t + 1].kind == .number, h17IsPunct(t + 2, ")") { t += 3 }
                if t < n, h17IsHangulWord(t) {
                    let title = tokens[t].text, tstem = h17HangulStem(t)
                    let isTitle = Self.h17KoreanTitles.contains(title) || Self.h17KoreanTitles.contains(tstem)
                        || (t > k + 1 && (PlainText.hasPrefix(title, "씨") || Self.hasAnyPrefix(title, Self.h17KoreanTitles)))
                    if isTitle, !Self.hasAnySuffix(text, Self.h17KoreanOrgEnds) {
                        // A title read into an organization ("이정민 부장판사") goes with the name.
                        mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < tokens[t].end && $0.end > tokens[k].start }
                        h17Add(tokens[k].start, tokens[k].end, text, .person, &edits)
                        continue
                    }
                }
            }
            // "주식회사 한빛하우징": a company after its legal form.
            if text == "주식회사" || text == "(주)", k + 1 < n, h17IsHangulWord(k + 1) {
                let name = h17HangulStem(k + 1)
                if name.count >= 2 { h17Add(tokens[k + 1].start, tokens[k + 1].start + name.utf16.count, name, .organization, &edits) }
                continue
            }
            guard h17AllHangul(stem), stem.count >= 3 else { continue }
            // "아주대학교 법학전문대학원": a school of a university is one organization.
            if PlainText.hasSuffix(stem, "대학교"), k + 1 < n, h17IsHangulWord(k + 1), tokens[k + 1].spaceBefore {
                let next = h17HangulStem(k + 1)
                if next.count >= 4, PlainText.hasSuffix(next, "대학원") || PlainText.hasSuffix(next, "대학") || PlainText.hasSuffix(next, "연구소") {
                    h17Add(tokens[k].start, tokens[k + 1].start + next.utf16.count, text + " " + next, .organization, &edits)
                    continue
                }
            }
            if let end = Self.h17KoreanOrgEnds.first(where: { stem.hasSuffix($0) }), stem.count - end.count >= 2,
               !Self.h17KoreanGenericOrgPrefixes.contains(String(stem.dropLast(end.count))) {
                h17Add(tokens[k].start, tokens[k].start + stem.utf16.count, stem, .organization, &edits)
                continue
            }
            // Ministries: "국토교통부", "산업통상자원부" (four syllables at least, or before 장관).
            if PlainText.hasSuffix(stem, "부"), !PlainText.hasSuffix(stem, "부부"), stem.count >= 4 || k + 1 < n && h17HangulStem(k + 1) == "장관", !Self.h17KoreanNotPlaces.contains(stem) {
                h17Add(tokens[k].start, tokens[k].start + stem.utf16.count, stem, .organization, &edits)
                continue
            }
            // Places by their administrative suffix: 시 city, 군 county, 구 district, 도 province (two syllables before it at least).
            if let last = stem.last, "시군구도".contains(last), stem.count <= 6, !Self.h17KoreanNotPlaces.contains(stem) {
                // A province (도) only when it is not a "degree" noun: followed by a place or a particle, or ending 북도/남도/자치도.
                if last == "도", !(PlainText.hasSuffix(stem, "북도") || PlainText.hasSuffix(stem, "남도") || PlainText.hasSuffix(stem, "자치도")) {
                    guard stem.count == 3, stem != text || k + 1 < n && h17IsHangulWord(k + 1) && "시군".contains(h17HangulStem(k + 1).last ?? " ") else { continue }
                }
                h17Add(tokens[k].start, tokens[k].start + stem.utf16.count, stem, .place, &edits)
                // "인천 미추홀구": the town written bare before its district.
                if k >= 1, "구군".contains(last), h17IsHangulWord(k - 1), tokens[k].spaceBefore, (2...3).contains(PlainText.count(tokens[k - 1].text)),
                   h17AllHangul(tokens[k - 1].text), !Self.h17KoreanNotPlaces.contains(tokens[k - 1].text),
                   !edits.adds.contains(where: { $0.end == tokens[k - 1].end }) {
                    h17Add(tokens[k - 1].start, tokens[k - 1].end, tokens[k - 1].text, .place, &edits)
                }
            }
        }
    }

    // MARK: - Japanese

    static let h17JapaneseHanTitles = ["社長", "会長", "副社長", "知事", "市長", "町長", "村長", "首相", "大臣", "長官", "教授", "准教授", "議員", "理事長",
        "頭取", "監督", "選手", "代表", "部長", "課長", "大統領", "総裁", "委員長", "記者", "氏", "容疑者", "被告", "弁護士", "院長", "学長", "会頭",
        "社員", "主席", "総理", "外相", "官房長官", "専務", "常務", "取締役"]
    static let h17JapaneseKanaTitles = ["アナリスト", "エコノミスト", "ディレクター", "マネージャー", "プロデューサー", "コーチ", "さん", "くん", "ちゃん", "さま"]
    /// A name's last character that is rather a place's, a body's or a modifier's.
    static let h17JapaneseNotNameEnds = Set("県府都道市区町村省庁社党会部局署院所学業行団国元前副新同両各当本全")
    static let h17JapanesePlaceSuffixes = Set("県府市区町村")
    /// What may follow a place's suffix inside one Han run ("熊本県内", "福岡市長").
    static let h17JapaneseAfterPlace = Set("内長民立議警役庁知出在産全側西東南北中部")
    static let h17JapaneseNotPlacePrefixes: WordSet = ["選挙", "大都", "政令", "中核", "市町", "地方", "近隣", "周辺", "自治", "城下", "門前",
        "特別", "行政", "住宅", "商店", "温泉", "工業", "経済", "国家", "戦略"]
    static let h17JapaneseOrgEnds = ["重工業", "工業", "証券", "銀行", "取引所", "大学", "商事", "物産", "電機", "電気", "製作所", "自動車", "化学", "製薬",
        "建設", "新聞", "放送", "通信", "研究所", "協会", "財団", "裁判所", "地裁", "高裁", "地検", "電力", "鉄道", "航空", "信用金庫",
        "生命", "保険", "興業", "製鉄", "食品", "運輸", "商会", "病院", "ホールディングス"]
    static let h17JapaneseNotOrgPrefixes: [String] = ["大手", "中小", "地元", "地方", "中央", "外資", "国内", "海外", "主要", "民間", "同", "当", "各", "全",
        "両", "他", "新", "旧", "前", "元", "国立", "私立", "公立", "名門", "総合", "関連", "系列", "傘下"]

    @inline(__always) func h17Kana(_ k: Int) -> UInt8 { Tokenizer.kanaClass(h17FirstScalar(k)) }

    mutating func h17Japanese(_ edits: inout H17Edits) {
        let n = tokens.count
        for k in 0..<n where tokens[k].script == .han {
            let t = token(k)
            let sc = Array(t.text.unicodeScalars)
            guard sc.allSatisfy({ $0.value <= 0xFFFF }) else { continue }
            let c = sc.count
            // People: "江口健太郎社長", "木村敬知事" (a title at the run's end), "田中美咲アナリスト" (a kana title after it).
            var personLen = 0
            if let title = Self.h17JapaneseHanTitles.filter({ t.text.hasSuffix($0) }).max(by: { $0.count < $1.count }) {
                personLen = c - title.unicodeScalars.count
            } else if (2...5).contains(c), k + 1 < n, !tokens[k + 1].spaceBefore, h17Kana(k + 1) != 0,
                      Self.hasAnyPrefix(tokens[k + 1].text, Self.h17JapaneseKanaTitles) {
                personLen = c
            }
            if (2...5).contains(personLen) {
                let name = String(String.UnicodeScalarView(sc[0..<personLen]))
                if !Self.h17JapaneseNotNameEnds.contains(name.last!), !Self.h17JapaneseNotOrgPrefixes.contains(where: { name.hasPrefix($0) && $0.count == 1 }),
                   !anyMention(where: { $0.start == t.start && $0.end == t.start + personLen && ($0.type == .place || $0.type == .organization) }) {
                    h17Add(t.start, t.start + personLen, name, .person, &edits)
                    continue
                }
            }
            // Organizations ending in a head noun: "九州精密工業", "東京証券取引所"; a kana name glued before ("みずほ証券").
            if let end = Self.h17JapaneseOrgEnds.filter({ t.text.hasSuffix($0) }).max(by: { $0.count < $1.count }) {
                var start = t.start, name = t.text
                let prefixLen = c - end.unicodeScalars.count
                if prefixLen == 0, k >= 1, !t.spaceBefore, h17Kana(k - 1) != 0, tokens[k - 1].text.unicodeScalars.count >= 3,
                   h17Kana(k - 1) == 2 || k < 2 || tokens[k - 2].kind == .punct {
                    start = tokens[k - 1].start
                    name = tokens[k - 1].text + t.text
                }
                if (prefixLen >= 2 || start < t.start), !Self.hasAnyPrefix(name, Self.h17JapaneseNotOrgPrefixes) {
                    h17Add(start, t.end, name, .organization, &edits)
                    continue
                }
            }
            // Places by their suffix, one run cut into them: "熊本県菊陽町", "北九州市若松区".
            var p = 0
            var cuts: [(Int, Int)] = []
            while p < c {
                var found = -1
                // A ward named by a compass point after its city ("大阪市北区").
                let from = p > 0 && "東西南北中".contains(Character(sc[p])) ? p + 1 : p + 2
                for q in from..<max(from, min(c, p + 5)) where Self.h17JapanesePlaceSuffixes.contains(Character(sc[q])) {
                    let prefix = String(String.UnicodeScalarView(sc[p..<q]))
                    if Self.h17JapaneseNotPlacePrefixes.contains(prefix) || "同各全当両他".contains(Character(sc[p])) { continue }
                    if q + 1 == c || Self.h17JapaneseAfterPlace.contains(Character(sc[q + 1])) { found = q; break }
                    // Another place after it in the same run.
                    if (q + 3..<max(q + 3, min(c, q + 6))).contains(where: { Self.h17JapanesePlaceSuffixes.contains(Character(sc[$0])) && ($0 + 1 == c || Self.h17JapaneseAfterPlace.contains(Character(sc[$0 + 1]))) }) {
                        found = q; break
                    }
                }
                guard found >= 0 else { break }
                cuts.append((p, found + 1))
                p = found + 1
            }
            for (a, b) in cuts {
                let (s, e) = hanSpan(t, sc, a, b - a)
                if anyMention(where: { $0.start == s && $0.end == e && $0.type == .place }) { continue }
                h17Add(s, e, String(String.UnicodeScalarView(sc[a..<b])), .place, &edits)
            }
        }
    }

    /// "半導体部品": an organization found by the Chinese rules that ends inside a Japanese word (a Han run goes on) is none.
    /// "株式市場": a place ending inside a Japanese word is none either, unless a place or a place's word follows it ("福岡市博多区", "熊本県内").
    mutating func h17JapaneseOrganizationsInsideWords() {
        let runs = tokens.filter { $0.script == .han }
        let placeStarts = Set(mentions.filter { $0.type == .place }.map(\.start))
        mentions.removeAll { m in
            guard m.known == nil, m.type == .organization || m.type == .place,
                  let run = runs.first(where: { $0.start < m.end && $0.end > m.end && $0.start <= m.start }) else { return false }
            if m.type == .organization { return true }
            if placeStarts.contains(m.end) { return false }
            let next = run.text.utf16.dropFirst(m.end - run.start).first.flatMap { Unicode.Scalar($0) }.map { Character($0) }
            return !(next.map { Self.h17JapaneseAfterPlace.contains($0) } ?? false)
        }
    }

    // MARK: - Arabic

    static let h17ArabicRoleNouns: WordSet = WordSet(Set(["المهاجم", "المدافع", "الحارس", "اللاعب", "البديل", "المدرب", "مدرب", "الحكم", "لاعب",
        "الظهير", "الجناح", "الهداف", "القائد", "حارس", "مهاجم", "مدافع", "الدولي", "النجم", "العداء", "الملاكم", "البطل", "المصارع"].map { TextFolding.key($0) }))
    static let h17ArabicClubHeads: WordSet = WordSet(Set(["حسنية", "نهضة", "اتحاد", "شباب", "مولودية", "شبيبة", "أولمبيك", "وفاق", "اتفاق", "رجاء",
        "نجم", "أهلي", "هلال", "جمعية", "اتحادية"].map { TextFolding.key($0) }))
    static let h17ArabicSportsCues: WordSet = WordSet(Set(["مباراة", "المباراة", "الدوري", "البطولة", "ملعب", "بملعب", "الجولة", "هدف", "بهدفين",
        "الهدف", "المنتخب", "لكرة", "فريق", "الفريق"].map { TextFolding.key($0) }))
    static let h17ArabicSportsCueKeys = KeySet(Array(h17ArabicSportsCues.set))
    static let h17ArabicSporting = TextFolding.key("الرياضي")
    static let h17ArabicFi = TextFolding.key("في")
    static let h17ArabicNameStops: WordSet = WordSet(Set(["في", "من", "على", "إلى", "عن", "إثر", "قبل", "بعد", "أن", "بأن", "إن", "الذي", "التي", "مع",
        "خلال", "عقب", "منذ", "حتى", "أو", "ثم", "قد", "لقد", "كان", "كانت", "هذا", "هذه", "ذلك", "بين"].map { TextFolding.key($0) }))
    static let h17ArabicNameLinks: WordSet = WordSet(Set(["بن", "ابن", "بنت", "أيت", "آيت", "ولد", "أبو", "عبد"].map { TextFolding.key($0) }))
    /// Nouns that "الرياضي" (sporting) describes without naming a club: "الموسم الرياضي", "الإعلام الرياضي".
    static let h17ArabicGenericBeforeSporting: WordSet = WordSet(Set(["الموسم", "المجال", "الإعلام", "النشاط", "القطاع", "الحدث", "الشأن", "الصحفي",
        "النادي", "الفريق", "الاتحاد", "المركز", "المجمع", "البرنامج", "الطب", "الاستثمار", "العمل", "التعليق", "الجانب", "الوسط", "المشهد",
        "الموسم", "الأداء", "التحليل", "الناقد", "المعلق", "الطاقم", "المدير", "الحقل", "المستوى", "الجمهور", "التاريخ"].map { TextFolding.key($0) }))
    static let h17ArabicStadium: WordSet = WordSet(Set(["ملعب", "بملعب", "لملعب", "وملعب", "مركب", "بمركب"].map { TextFolding.key($0) }))

    func h17ArabicKeyIn(_ k: Int, _ set: WordSet) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].kind == .word, tokens[k].script == .arabic else { return false }
        return set.contains(tokens[k].key) || tokens[k].stems.contains { set.contains($0) }
    }

    @inline(__always) func h17ArabicWord(_ k: Int) -> Bool { k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].script == .arabic }
    @inline(__always) func h17HasArticle(_ k: Int) -> Bool { tokens[k].key.utf8.starts(with: "ال".utf8) }

    mutating func h17Arabic(_ edits: inout H17Edits) {
        let n = tokens.count
        // "أكادير في 6 ديسمبر /ومع/": the dateline's town.
        if let a0 = tokens.indices.first(where: { tokens[$0].kind == .word }) {
            var starts = [a0]
            var k = a0 + 1
            while k < n, k < 80, !tokens[k].newlineBefore { k += 1 }
            if k < n, k < 80 { starts.append(k) }
            for s in starts where h17ArabicWord(s) {
                for len in 1...2 where s + len + 1 < n && h17ArabicWord(s + len - 1) && PlainText.equal(tokens[s + len].key, Self.h17ArabicFi) && tokens[s + len + 1].kind == .number {
                    if !anyMention(where: { $0.start == tokens[s].start && $0.type == .place }) {
                        mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < tokens[s + len - 1].end && $0.end > tokens[s].start }
                        var m = mention(s, s + len, type: .place, evidence: .cue)
                        m.placeContext = true
                        // The same town named with its head noun elsewhere ("ولاية السويق") is this one.
                        let bare = m.surface
                        for x in mentions.indices where mentionType(x) == .place && mentionSurface(x).hasSuffix(" " + bare)
                            && PlainText.split(mentionSurface(x), 0x20).count == PlainText.split(bare, 0x20).count + 1 {
                            m.variants.append(mentionSurface(x))
                            m.words = mentionWords(x)
                        }
                        edits.adds.append(m)
                    }
                }
            }
        }
        let cues = Self.h17ArabicSportsCueKeys
        // (The cues' keys asked of the article first: most have none, and the scan below then finds none.)
        let sports = articleHas(cues) && tokens.contains { $0.script == .arabic && $0.kind == .word && cues.contains($0.key, hash: $0.keyHash) }
        guard sports else { return }
        var k = 0
        while k < n {
            defer { k += 1 }
            guard h17ArabicWord(k) else { continue }
            // People after a player's or an official's role: "المهاجم السنغالي مامادو نداي", "مدرب الحسنية رشيد بنعمرو".
            if h17ArabicKeyIn(k, Self.h17ArabicRoleNouns) {
                var a = k + 1, skipped = 0
                while h17ArabicWord(a), h17HasArticle(a) || h17IsCountryOrOrg(a), skipped < 4 { a += 1; skipped += 1 }
                guard h17ArabicWord(a), h17ArabicWord(a + 1), !h17ArabicKeyIn(a, Self.h17ArabicNameStops), PlainText.count(tokens[a].text) >= 3,
                      !h17ArabicKeyIn(a + 1, Self.h17ArabicNameStops), !h17ArabicKeyIn(a, Self.h17ArabicRoleNouns) else { continue }
                var e = a + 2
                if h17ArabicKeyIn(a + 1, Self.h17ArabicNameLinks) || h17ArabicKeyIn(a, Self.h17ArabicNameLinks),
                   h17ArabicWord(a + 2), !h17ArabicKeyIn(a + 2, Self.h17ArabicNameStops) { e = a + 3 }
                if anyMention(where: { $0.start <= tokens[a].start && $0.end >= tokens[e - 1].end && $0.type == .person }) { continue }
                mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < tokens[e - 1].end && $0.end > tokens[a].start }
                edits.adds.removeAll { $0.start < tokens[e - 1].end && $0.end > tokens[a].start }
                edits.adds.append(mention(a, e, type: .person, evidence: .cue))
                k = e - 1
                continue
            }
            // Clubs: "حسنية أكادير", "نهضة بركان" (a club's head and its town), "الرجاء الرياضي" (a name and "sporting").
            if h17ArabicKeyIn(k, Self.h17ArabicClubHeads), h17ArabicWord(k + 1), !h17ArabicKeyIn(k + 1, Self.h17ArabicNameStops) {
                h17ArabicClub(k, k + 2, &edits)
                k += 1
                continue
            }
            if h17ArabicWord(k + 1), tokens[k + 1].key == Self.h17ArabicSporting, h17HasArticle(k) || tokens[k].stems.contains(where: { $0.utf8.starts(with: "ال".utf8) }),
               !h17ArabicKeyIn(k, Self.h17ArabicGenericBeforeSporting) {
                h17ArabicClub(k, k + 2, &edits)
                k += 1
                continue
            }
            // "بملعب أدرار": a stadium's name is a place.
            if h17ArabicKeyIn(k, Self.h17ArabicStadium), h17ArabicWord(k + 1), !h17HasArticle(k + 1), !h17ArabicKeyIn(k + 1, Self.h17ArabicNameStops) {
                // "ملعب ابن بطوطة", "ملعب عبد الله": a name's link word takes the word after it.
                var e = k + 2
                if h17ArabicKeyIn(k + 1, Self.h17ArabicNameLinks), h17ArabicWord(k + 2), !h17ArabicKeyIn(k + 2, Self.h17ArabicNameStops) { e = k + 3 }
                mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < tokens[e - 1].end && $0.end > tokens[k].start }
                var m = mention(k + 1, e, type: .place, evidence: .cue)
                m.placeContext = true
                edits.adds.append(m)
            }
        }
    }

    func h17IsCountryOrOrg(_ k: Int) -> Bool {
        isCountry[k] || anyMention { $0.type == .organization && $0.start <= tokens[k].start && $0.end >= tokens[k].end }
    }

    mutating func h17ArabicClub(_ a: Int, _ e: Int, _ edits: inout H17Edits) {
        let (s, t) = (tokens[a].start, tokens[e - 1].end)
        if anyMention(where: { $0.start == s && $0.end == t && $0.type == .organization }) { return }
        mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < t && $0.end > s }
        edits.adds.removeAll { $0.start < t && $0.end > s }
        // A clitic (و، ب، ل) glued to the head stays outside the name.
        var m = mention(a, e, type: .organization, evidence: .cue)
        // A conjunction or preposition (و، ب، ل، ف) glued to the head stays outside the name ("ونهضة بركان").
        if let f = tokens[a].text.unicodeScalars.first, "وبلف".unicodeScalars.contains(f), tokens[a].stems.count >= 2,
           let stem = tokens[a].stems.dropFirst().first(where: { Self.h17ArabicClubHeads.contains($0) || $0.hasPrefix("ال") }),
           stem.count == tokens[a].key.count - 1 {
            m.start += 1
            m.surface = String(m.surface.dropFirst())
            if !m.words.isEmpty { m.words[0] = stem }
        }
        edits.adds.append(m)
    }

    // MARK: - Chinese

    /// The provinces and autonomous regions (first-level divisions by their short names).
    static let h17HanProvinces = ["河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南",
        "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏", "新疆"]
    /// First characters of the heads looked for at each position (机场, 大桥, 高铁, 气象台, 电视台, 天文台, 开发区, 高新区, 工业园区, 境内).
    static let h17HanHeadFirsts: [UInt32] = "机大高气电天开工境".unicodeScalars.map(\.value)   // (nine: a scan beats hashing)
    static let h17HanProvincesUTF16: [[UInt16]] = h17HanProvinces.map { Array($0.utf16) }
    static let h17HanProvinceByFirst: [UInt16: [String]] = Dictionary(grouping: h17HanProvinces, by: { $0.utf16.first! })
    /// The provinces' first UTF-16 units and last characters (as written), as bit sets.
    static let h17HanProvinceFirsts = HanCharSet(codes: h17HanProvinces.map { UInt32($0.utf16.first!) })
    static let h17HanProvinceLasts = HanCharSet(codes: h17HanProvinces.map { $0.unicodeScalars.last!.value })
    static let h17HanBounds = Set("在经沿从、和与的及，。；：（）“”《》连接进入往至到于")
    /// `h17HanBounds` as a bit set by canonical code (`hanCode`): the runs it is asked of hold BMP scalars only, which it
    /// answers as the `Set<Character>` did, without hashing a `Character` per test. (spd32)
    static let h17HanBoundSet = HanCharSet(h17HanBounds)
    /// A character of every Han pattern below (机场, 大桥, 高铁, 气象台, 开发区, 境内, 等, 记者, 证券).
    static let h17HanTriggers: [UInt32] = "机桥铁台区境等记券".unicodeScalars.map(\.value)
    /// `h17HanTriggers` as a bit set of the scalars' values (as written: no canonical mapping), one bit test a character.
    static let h17HanTriggerSet = HanCharSet(codes: h17HanTriggers)
    static let h17HanListHeads = ["企业", "公司", "车企", "品牌", "集团", "厂商"]

    mutating func h17Han(_ edits: inout H17Edits) {
        // "安徽合肥的…": a province's short name opening a run, before the name of a place found elsewhere in the text.
        // (Read with `contains(where:)` only: an array, built when a run first opens with a province's character, not a Set
        // that hashed every Han name of the article.)
        var placeNames: [String]?
        do {
            let provinceFirsts = Self.h17HanProvinceFirsts
            for t in tokens where t.script == .han {
                // (A bit test before the dictionary: most runs open with no province's character.)
                guard let u0 = t.text.utf16.first, provinceFirsts.contains(UInt32(u0)), let provs = Self.h17HanProvinceByFirst[u0] else { continue }
                if placeNames == nil {
                    placeNames = mentions.indices.filter { (mentionType($0) == .place || mentionKnown($0) != nil && mentionType($0) != .country)
                        && (mentions[$0].surface.utf8.first ?? 0) >= 0xE3 }.map { mentionSurface($0) }
                }
                guard let placeNames, !placeNames.isEmpty else { break }
                for prov in provs where t.text.hasPrefix(prov) {
                    // (As a String, so `PlainText` answers `count` and `hasPrefix`, on bytes for plain text.)
                    let rest = String(t.text.dropFirst(prov.count))
                    let len = prov.utf16.count
                    if placeNames.contains(where: { PlainText.count($0) >= 2 && PlainText.hasPrefix(rest, $0) }),
                       !anyMention(where: { $0.start <= t.start && $0.end >= t.start + len }) {
                        h17Add(t.start, t.start + len, prov, .place, &edits)
                    }
                    break
                }
            }
        }
        // "安徽合肥": a province's short name right before a place in the same run (at the run's start or after a bound).
        let provinceLasts = Self.h17HanProvinceLasts
        for mi in mentions.indices where mentionType(mi) == .place || mentionKnown(mi) != nil && mentionType(mi) != .country {
            // The token holding the mention's start (binary search), a Han run that goes on before it.
            // (The mention is copied only when its surface is Han.)
            guard let b0 = mentions[mi].surface.utf8.first, b0 >= 0xE3 else { continue }
            let m = mentions[mi]
            var lo = 0, hi = tokens.count
            while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].end <= m.start { lo = mid + 1 } else { hi = mid } }
            let ti = lo
            guard ti < tokens.count, tokens[ti].script == .han, tokens[ti].start < m.start, tokens[ti].end >= m.end else { continue }
            let t = token(ti)
            // A province ends where the place starts: the run's character before it must end one (every province has two
            // characters or more). Read from the run's scalars when they are its UTF-16 units (all in the Basic
            // Multilingual Plane), before the units are copied.
            let sc = hanRunScalars(ti), d = m.start - t.start
            if sc.count == t.end - t.start, d <= sc.count, !provinceLasts.contains(sc[d - 1].value) { continue }
            let before = Array(t.text.utf16.prefix(m.start - t.start))
            for (pi, pu) in Self.h17HanProvincesUTF16.enumerated() {
                // (Compared in place: no array per province.)
                guard before.count >= pu.count, before[(before.count - pu.count)...].elementsEqual(pu) else { continue }
                let prov = Self.h17HanProvinces[pi]
                let off = before.count - pu.count
                if off > 0, let u = Unicode.Scalar(before[off - 1]), !Self.h17HanBounds.contains(Character(u)) { continue }
                let (s0, e0) = (t.start + off, m.start)
                if !anyMention(where: { $0.start <= s0 && $0.end >= e0 }) { h17Add(s0, e0, prov, .place, &edits) }
                break
            }
        }
        let triggers = Self.h17HanTriggerSet
        for ti in tokens.indices where tokens[ti].script == .han && tokens[ti].end - tokens[ti].start >= 3 {
            let t = token(ti)
            // Runs holding no pattern's character (most) are passed over (the run's scalars are decoded once per article,
            // and each is one bit test).
            let sc = hanRunScalars(ti)
            var any = false
            for u in sc where triggers.contains(u.value) { any = true; break }
            guard any else { continue }
            guard sc.allSatisfy({ $0.value <= 0xFFFF }) else { continue }
            let n = sc.count
            func at(_ p: Int, _ w: String) -> Bool {
                var q = p
                for u in w.unicodeScalars { guard q >= 0, q < n, sc[q] == u else { return false }; q += 1 }
                return true
            }
            func str(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(sc[a..<b])) }
            func isBound(_ p: Int) -> Bool { p < 0 || Self.h17HanBoundSet.contains(Self.hanCode(sc[p])) }
            func put(_ a: Int, _ len: Int, _ type: EntityType, overKnown: Bool = false) {
                guard a >= 0, len >= 2, a + len <= n else { return }
                let (s, e) = hanSpan(t, sc, a, len)
                if anyMention(where: { $0.start == s && $0.end == e && $0.type == type }) { return }
                // A known town opening a longer name ("厦门" in "厦门高崎国际机场") gives way to it.
                if overKnown { mentions.removeAll { $0.known != nil && $0.type != .country && $0.start >= s && $0.end <= e && $0.end - $0.start < e - s } }
                h17Add(s, e, str(a, a + len), type, &edits)
            }
            // Heads at a run position p: places (airports, bridges, high-speed lines) and weather or broadcasting bodies.
            var p = 2
            while p < n {
                defer { p += 1 }
                // Most characters open no head: one set test before the comparisons.
                guard Self.h17HanHeadFirsts.contains(sc[p].value) else { continue }
                if at(p, "机场") {
                    // "厦门高崎国际机场": back to a bound, two to six characters before 国际机场/机场.
                    let head = at(p - 2, "国际") ? p - 2 : p
                    var a = head
                    while a > 0, head - a < 6, !isBound(a - 1) { a -= 1 }
                    if head - a >= 2 { put(a, p + 2 - a, .place, overKnown: true) }
                } else if at(p, "大桥") || at(p, "高铁") {
                    if p >= 2, isBound(p - 3), !at(p - 2, "跨海"), !at(p - 2, "这座") { put(p - 2, 4, .place) }
                } else if at(p, "气象台") || at(p, "电视台") || at(p, "天文台") {
                    var a = p
                    while a > 0, p - a < 4, !isBound(a - 1) { a -= 1 }
                    if p - a >= 2 { put(a, p + 3 - a, .organization) }
                } else if at(p, "开发区") || at(p, "高新区") || at(p, "工业园区") {
                    let len = at(p, "工业园区") ? 4 : 3
                    var a = p
                    while a > 0, p - a < 10, !isBound(a - 1) { a -= 1 }
                    if p - a >= 2 { put(a, p + len - a, .place, overKnown: true) }
                } else if at(p, "境内"), p >= 3, sc[p - 3] == "省" || sc[p - 3] == "市" || isBound(p - 3) {
                    put(p - 2, 2, .place)
                }
            }
            // "厦门、泉州、漳州等地", "蔚来、比亚迪等新能源汽车企业": the items of a list (、 splits the runs) before 等地 (places)
            // or 等 … 企业 (companies).
            if ti >= 2, tokens[ti - 1].kind == .punct, Self.isMark(tokens[ti - 1].text, "、"), let d = sc.firstIndex(of: "等") {
                var type: EntityType?
                // (Scenic sites and resorts have longer names: "鸣沙山月牙泉、张掖七彩丹霞等景区".)
                let scenic = at(d + 1, "景区") || at(d + 1, "景点")
                let maxLength = scenic ? 6 : 4
                if at(d + 1, "地") || at(d + 1, "城市") || scenic || at(d + 1, "车站") || at(d + 1, "口岸") || at(d + 1, "港口")
                    || at(d + 1, "城镇") { type = .place }
                else if (d + 1..<max(d + 1, min(n, d + 9))).contains(where: { q in Self.h17HanListHeads.contains { at(q, $0) } }) { type = .organization }
                if let type, (2...maxLength).contains(d) {
                    var items: [(Int, Int, String)] = [(t.start, hanSpan(t, sc, 0, d).1, str(0, d))]
                    var j = ti - 2
                    while j >= 0, tokens[j].script == .han {
                        let w = tokens[j]
                        let wc = w.text.unicodeScalars.count
                        if j >= 1, tokens[j - 1].kind == .punct, Self.isMark(tokens[j - 1].text, "、"), (2...maxLength).contains(wc) {
                            items.append((w.start, w.end, w.text))
                            j -= 2
                            continue
                        }
                        // The first item: a place or company already found ending the run, else its last two characters.
                        let ws = Array(w.text.unicodeScalars)
                        guard ws.allSatisfy({ $0.value <= 0xFFFF }), ws.count >= 2 else { break }
                        if scenic, (4...6).contains(ws.count), j >= 1, tokens[j - 1].kind == .punct,
                           !Self.h17ScenicListOpeners.contains(Self.hanCode(ws[0])) {
                            // A whole run of a scenic site's length after a mark: the site ("，敦煌莫高窟、").
                            items.append((w.start, w.end, w.text))
                        } else if let m = firstMention(where: { $0.end == w.end && $0.start >= w.start && (2...4).contains($0.end - $0.start) }) {
                            items.append((m.start, m.end, m.surface))
                        } else {
                            items.append((w.end - 2, w.end, String(String.UnicodeScalarView(ws[(ws.count - 2)...]))))
                        }
                        break
                    }
                    if items.count >= 2 {
                        for (a, b, name) in items where !anyMention(where: { $0.start == a && $0.end == b && $0.type == type }) {
                            h17Add(a, b, name, type, &edits)
                        }
                    }
                }
            }
            // "（记者黄振宇、林可欣）": the reporters after the first, each between 、 and 、 or the closing parenthesis.
            if at(0, "记者") || n <= 8 && (0..<n).contains(where: { at($0, "记者") }) {
                var j = ti + 1
                while j + 2 < tokens.count, tokens[j].kind == .punct, Self.isMark(tokens[j].text, "、"), tokens[j + 1].script == .han,
                      (2...3).contains(tokens[j + 1].text.unicodeScalars.count), tokens[j + 2].kind == .punct,
                      ["、", "）", ")"].contains(where: { Self.isMark(tokens[j + 2].text, $0) }) {
                    if !anyMention(where: { $0.start == tokens[j + 1].start && $0.type == .person }) {
                        h17Add(tokens[j + 1].start, tokens[j + 1].end, tokens[j + 1].text, .person, &edits)
                    }
                    j += 2
                }
            }
            // "国泰海通证券": a four-character securities firm at the run's start or after a bound.
            var s = 4
            while s + 1 < n {
                if sc[s] == "证", at(s, "证券"), isBound(s - 5), !["交易", "市场", "公司", "监督", "法", "业", "投资", "登记", "时报", "日报", "报"].contains(where: { at(s + 2, $0) }) {
                    put(s - 4, 6, .organization)
                }
                s += 1
            }
        }
    }

    static let h17HanTrimHeads = ["储能企业", "企业", "公司", "厂商", "与", "和", "同", "跟", "及"]

    /// "企业皖能芯源科技股份有限公司", "与雅迪集团": a generic noun or a preposition read into an organization's start.
    mutating func h17HanTrimOrganizations() {
        let heads = Self.h17HanTrimHeads
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            let s = mentionSurface(i)
            guard let u = s.unicodeScalars.first, u.value >= 0x4E00, u.value <= 0x9FFF else { continue }
            // (The heads are plain: for a plain surface `PlainText.hasPrefix` and `count` are byte tests, so its plainness is
            // read once, not once per head; any other surface takes them as before.)
            let plain = s.utf8.withContiguousStorageIfAvailable { PlainText.isPlain($0) } ?? false
            for h in heads where (plain ? h17Starts(s, h) : PlainText.hasPrefix(s, h)) && PlainText.count(s) - h.count >= 4 {
                let rest = String(s.dropFirst(h.count))
                // Only when the rest still ends in a company's head.
                guard Self.hasAnySuffix(rest, ["公司", "集团", "有限", "股份", "银行", "证券", "大学", "研究院", "协会"]) else { break }
                mentions[i].surface = rest
                mentions[i].start += h.utf16.count
                mentions[i].words = [TextFolding.key(rest)]
                break
            }
        }
    }

    // MARK: - Japanese: Latin names

    /// "TSMCの": a Latin name glued to a hiragana particle (one token) ends before it.
    mutating func h17LatinNameBeforeKana() {
        // "NTTの": an acronym glued to a particle (one token, so no capitals test found it) is an organization.
        // ("とNTTの": a particle before it joins the token too.)
        for k in tokens.indices where tokens[k].kind == .word && (tokens[k].script == .latin || tokens[k].script == .other) {
            let u = Array(tokens[k].text.unicodeScalars)
            guard u.count >= 3, let last = u.last, Tokenizer.kanaClass(last.value) == 1 || tokens[k].script == .other else { continue }
            var a = 0
            while a < u.count, Tokenizer.kanaClass(u[a].value) == 1 { a += 1 }
            var p = a
            while p < u.count, u[p].value >= 0x41, u[p].value <= 0x5A { p += 1 }
            guard p - a >= 2, p < u.count || a > 0, u[p...].allSatisfy({ Tokenizer.kanaClass($0.value) == 1 }),
                  !anyMention(where: { $0.start < tokens[k].end && $0.end > tokens[k].start }) else { continue }
            let name = String(String.UnicodeScalarView(u[a..<p]))
            mentions.append(Mention(surface: name, start: tokens[k].start + a, end: tokens[k].start + p, type: .organization, evidence: .cue,
                                    words: [TextFolding.key(name)]))
        }
        for i in mentions.indices where mentionKnown(i) == nil {
            let u = Array(mentionSurface(i).unicodeScalars)
            guard let last = u.last, Tokenizer.kanaClass(last.value) == 1 else { continue }
            var k = u.count
            while k > 0, Tokenizer.kanaClass(u[k - 1].value) == 1 { k -= 1 }
            guard k >= 2, u[0..<k].allSatisfy({ $0.value < 0x250 }) else { continue }
            let name = String(String.UnicodeScalarView(u[0..<k]))
            mentions[i].end -= u.count - k
            mentions[i].surface = name
            mentions[i].words = [TextFolding.key(name)]
        }
    }

    // MARK: - Arabic federations

    /// "الجامعة الملكية المغربية لكرة القدم": a federation runs over the sport it is for.
    /// The sports and the heads of `h17ArabicFederationSport`, folded once (not at every call).
    static let h17ArabicFederationSports: WordSet = WordSet(Set(["القدم", "السلة", "اليد", "الطائرة", "المضرب", "القوى"].map { TextFolding.key($0) }))
    static let h17ArabicFederationHeads: WordSet = WordSet(Set(["لكرة", "لالعاب", "للالعاب", "لألعاب"].map { TextFolding.key($0) }))

    mutating func h17ArabicFederationSport() {
        let sports = Self.h17ArabicFederationSports, heads = Self.h17ArabicFederationHeads
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (_, z) = seedSpan(i), z + 2 < tokens.count, tokens[z + 1].script == .arabic, heads.contains(tokens[z + 1].key),
                  sports.contains(tokens[z + 2].key) else { continue }
            mentions[i].end = tokens[z + 2].end
            mentions[i].surface += " " + tokens[z + 1].text + " " + tokens[z + 2].text
            mentions[i].words += [tokens[z + 1].key, tokens[z + 2].key]
        }
    }

    // MARK: - Latin datelines and heads

    /// "HALIFAX, Nova Scotia, Dec. 4 (The Canadian Press) -", "LIÈGE, 5 déc (Belga) -": the dateline's town (capitals,
    /// no acronym), its region, and the agency in parentheses after the date.
    mutating func h17LatinDateline() {
        guard let a0 = tokens.indices.first(where: { tokens[$0].kind == .word }) else { return }
        var starts = [a0]
        var k = a0 + 1
        while k < tokens.count, k < 80, !tokens[k].newlineBefore { k += 1 }
        if k < tokens.count, k < 80 { starts.append(k) }
        for s in starts where tokens[s].script == .latin && tokens[s].allCaps {
            var e = s
            while e < tokens.count, e - s < 3, tokens[e].kind == .word, tokens[e].allCaps, tokens[e].script == .latin { e += 1 }
            guard e < tokens.count, keyIs(e, ",") else { continue }
            var after = e + 1
            // A region after the town: "Nova Scotia,".
            var r = after
            func month(_ x: Int) -> Bool { isMonth(x) || tokens[x].kind == .word && Self.h15Months.contains(tokens[x]) }
            while r < tokens.count, r - after < 3, h15CapLatin(r), !month(r) { r += 1 }
            var region: (Int, Int)?
            // Not over an organization keyword: "DUNDEE, Tayside Police, March 4" names no region.
            if r > after, keyIs(r, ","), r + 1 < tokens.count, tokens[r + 1].kind == .number || month(r + 1),
               (after..<r).allSatisfy({ orgKeyword(at: $0) == nil }) {
                region = (after, r)
                after = r + 1
            }
            guard after < tokens.count, tokens[after].kind == .number || month(after) else { continue }
            var edits = H17Edits()
            for (a, b) in [(s, e)] + (region.map { [$0] } ?? []) where !(a..<b).contains(where: { isCountry[$0] }) {
                if let n = mentions.indices.first(where: { mentionStart($0) == tokens[a].start && mentionEnd($0) == tokens[b - 1].end }),
                   mentionKnown(n) == nil || mentionType(n) == .place {
                    if mentionKnown(n) == nil, mentionType(n) != .place { mentions[n].type = .place; mentions[n].placeContext = true }
                } else {
                    // A known organization spelled like the town (a bank called Halifax) is the town here.
                    mentions.removeAll { $0.known != nil && $0.type == .organization && $0.start == tokens[a].start && $0.end == tokens[b - 1].end }
                    var m = mention(a, b, type: .place, evidence: .cue)
                    m.placeContext = true
                    h17Add(m.start, m.end, m.surface, .place, &edits, words: m.words)
                }
            }
            // The agency: "(The Canadian Press)" within a few tokens of the date.
            var j = after
            while j < min(tokens.count, after + 6) {
                if keyIs(j, "(") {
                    var c = j + 1
                    while c < tokens.count, c - j <= 4, tokens[c].kind == .word, h15CapLatin(c) { c += 1 }
                    if c > j + 1, keyIs(c, ")"), !anyMention(where: { $0.type == .organization && $0.start <= tokens[j + 1].start && $0.end >= tokens[c - 1].end }) {
                        let m = mention(j + 1, c, type: .organization, evidence: .cue)
                        // A word read as a country's adjective ("Belga") is the agency's name here.
                        mentions.removeAll { $0.type == .country && $0.start >= m.start && $0.end <= m.end }
                        for x in (j + 1)..<c { isCountry[x] = false }
                        mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < m.end && $0.end > m.start }
                        if !anyMention(where: { $0.known != nil && $0.start < m.end && $0.end > m.start }) { edits.adds.append(m) }
                    }
                    break
                }
                j += 1
            }
            h17Apply(&edits)
        }
    }

    static let h17BusinessNouns: WordSet = ["dairy", "foods", "trade", "health", "capital", "energy", "mining", "holdings", "group", "logistics",
        "airlines", "motors", "insurance", "partners", "ventures", "resources", "pharma", "telecom", "brewing", "steel", "cement", "textiles"]
    static let h17SpanishInstitutionHeads: WordSet = ["auditoria", "contraloria", "fiscalia", "procuraduria", "secretaria", "defensoria", "tesoreria"]
    static let h17PartyMemberNouns: WordSet = ["diputado", "diputada", "senador", "senadora", "legislador", "legisladora", "militante",
        "dirigente", "regidor", "regidora", "candidato", "candidata", "bancada", "coordinador", "coordinadora"]
    static let h17StationNouns = KeySet(["estacion", "station", "gare"])
    static let h17LineNouns = KeySet(["linea", "line", "ligne"])
    /// The gate of `h17LatinHeads`' word loop: each of its rules needs one of these keys ("-based", a station or line noun,
    /// "musée", "fondation").
    static let h17LatinHeadCues = KeySet(["based", "estacion", "station", "gare", "linea", "line", "ligne", "musee", "fondation"])

    /// Names typed by their head word: "Kahurangi Dairy", "Nova Scotia Health" and "Scotiabank" are organizations, "Hamilton-based"
    /// names a place, "estación Cuauhtémoc" and "Línea 6" are places, "musée de La Boverie" and "Fondation Roi X" organizations.
    /// False when `key` cannot end with "bank": its last byte is ASCII and not "k" (an ASCII last scalar is its last character, which
    /// no canonical equivalence changes), told before the word's characters are counted.
    @inline(__always) static func h17MayEndInK(_ key: String) -> Bool {
        guard let last = key.utf8.last else { return false }
        return last == 0x6B || last >= 0x80
    }

    mutating func h17LatinHeads() {
        var edits = H17Edits()
        var splits: [Mention] = []
        defer { mentions += splits }
        for i in mentions.indices where mentionKnown(i) == nil && (mentionType(i) == .person || mentionType(i) == .place || mentionType(i) == nil) {
            guard let (a, z) = seedSpan(i), tokens[a].script == .latin else { continue }
            let last = tokens[z].key
            if z > a, Self.h17BusinessNouns.contains(last), tokens[z].capitalized { mentions[i].type = .organization; continue }
            if z == a, Self.h17MayEndInK(last), last.count >= 7, PlainText.hasSuffix(last, "bank"), tokens[a].capitalized { mentions[i].type = .organization; continue }
            if lang.es, Self.h17SpanishInstitutionHeads.contains(tokens[a].key), z > a { mentions[i].type = .organization; continue }
            // "el diputado local de Morena Héctor Luna Elizondo": a party and the member named after it.
            if lang.es, z - a >= 2, isGivenNameKey(a + 1), a >= 2, keyIs(a - 1, "de"),
               (max(0, a - 4)..<(a - 1)).contains(where: { Self.h17PartyMemberNouns.contains(tokens[$0].key) }) {
                mentions[i] = mention(a, a + 1, type: .organization, evidence: .cue)
                splits.append(mention(a + 1, z + 1, type: .person, evidence: .cue))
                continue
            }
        }
        let n = tokens.count
        // (Read once, not through their lazy statics at every word; the hyphen's hash compared first.)
        let stations = Self.h17StationNouns, lines = Self.h17LineNouns, hyphen = Token.hash("-")
        // (spd23: the French heads asked of every French word, compared by hash first.)
        let musee = Token.hash("musee"), fondation = Token.hash("fondation")
        // (The word loop acts only at one of `h17LatinHeadCues`: an article with none skips it.)
        let words = articleHas(Self.h17LatinHeadCues) ? 0..<n : 0..<0
        for k in words where tokens[k].script == .latin && tokens[k].kind == .word {
            // "Hamilton-based": the town before -based.
            if k + 2 < n, keyIs(k + 1, "-", hash: hyphen), isCap(k), !tokens[k + 1].spaceBefore, !tokens[k + 2].spaceBefore, keyIs(k + 2, "based"), !isCountry[k] {
                let m = mention(k, k + 1, type: .place, evidence: .cue)
                mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < tokens[k + 2].end && $0.end > m.start }
                h17Add(m.start, m.end, m.surface, .place, &edits, words: m.words)
                continue
            }
            // "la estación Cuauhtémoc", "la Línea 6".
            if !tokens[k].capitalized, stations.contains(tokens[k]), h15CapLatin(k + 1) {
                var e = k + 1
                while h15CapLatin(e), e - k <= 3 { e += 1 }
                let m = mention(k + 1, e, type: .place, evidence: .cue)
                mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < m.end && $0.end > m.start }
                h17Add(m.start, m.end, m.surface, .place, &edits, words: m.words)
                continue
            }
            if tokens[k].capitalized, lines.contains(tokens[k]), k + 1 < n, tokens[k + 1].kind == .number, tokens[k + 1].spaceBefore {
                let m = mention(k, k + 2, type: .place, evidence: .cue)
                mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < m.end && $0.end > m.start }
                h17Add(m.start, m.end, m.surface, .place, &edits, words: m.words)
                continue
            }
            guard lang.fr else { continue }
            // "le musée de La Boverie", "la Fondation Roi Baudouin": a museum or a foundation named after its noun.
            var a = -1
            if !tokens[k].capitalized, keyIs(k, "musee", hash: musee), keyIs(k + 1, "de") || keyIs(k + 1, "du") || keyIs(k + 1, "des") { a = k + 2 }
            else if tokens[k].capitalized, keyIs(k, "fondation", hash: fondation) || keyIs(k, "musee", hash: musee), h15CapLatin(k + 1) { a = k }
            guard a >= 0, a < n else { continue }
            var e = a
            if keyIs(e, "la") || keyIs(e, "le") || keyIs(e, "les"), tokens[e].capitalized { e += 1 }
            let nameStart = e
            while h15CapLatin(e), e - a <= 4 { e += 1 }
            guard e > nameStart else { continue }
            let m = mention(a, e, type: .organization, evidence: .cue)
            mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < m.end && $0.end > m.start }
            h17Add(m.start, m.end, m.surface, .organization, &edits, words: m.words)
        }
        h17Apply(&edits)
        // "Fédération Wallonie-Bruxelles": an organization runs over a hyphen glued to a capitalized word.
        var i = 0
        while i < mentions.count {
            defer { i += 1 }
            guard mentionType(i) == .organization, mentionKnown(i) == nil,
                  let (_, z) = seedSpan(i), z + 2 < n, keyIs(z + 1, "-"), !tokens[z + 1].spaceBefore, !tokens[z + 2].spaceBefore, h15CapLatin(z + 2) else { continue }
            let (s, e) = (tokens[z + 1].start, tokens[z + 2].end)
            mentions[i].end = e
            mentions[i].surface += "-" + tokens[z + 2].text
            mentions[i].words.append(tokens[z + 2].key)
            let keep = mentionStart(i)
            mentions.removeAll { $0.known == nil && $0.type != .country && $0.start >= s && $0.end <= e && $0.start != keep }
            i = firstMentionIndex(where: { $0.start == keep && $0.end == e }) ?? i
        }
    }

    // MARK: - Vietnamese

    static let h17VietnameseHonorifics: WordSet = ["thay", "co", "ong", "ba"]
    static let h17VietnameseHeads: WordSet = ["truong", "vien", "benh", "cong", "so", "bo", "ban", "tong", "trung", "uy"]
    /// The two lists' keys, probed by a token's key hash: their members are lowercase ASCII without "k", which only the
    /// same bytes are canonically equal to, so this is `WordSet.contains`'s answer for any key, plain or not.
    static let h17VietnameseHonorificKeys = KeySet(Array(h17VietnameseHonorifics.set))
    static let h17VietnameseHeadKeys = KeySet(Array(h17VietnameseHeads.set))
    /// The keys of "công an" and "cao tốc", the gates of `h17Vietnamese`' word loop.
    static let h17KeyCong = KeySet(["cong"]), h17KeyAn = KeySet(["an"]), h17KeyCao = KeySet(["cao"]), h17KeyToc = KeySet(["toc"])

    mutating func h17Vietnamese() {
        var edits = H17Edits()
        for i in mentions.indices where mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), tokens[a].script == .latin else { continue }
            // "Thầy Mạc Văn Tùng": an honorific opening a sentence is no part of the name.
            if z - a >= 2, tokens[a].capitalized, h19Key(a, Self.h17VietnameseHonorificKeys), mentionType(i) != .organization {
                let m = mention(a + 1, z + 1, type: .person, evidence: .cue)
                mentions[i] = m
                continue
            }
            // "chuyên Tin Trường Trung học …": a capitalized word before an institution's head is no part of it.
            if mentionType(i) == .organization, z - a >= 2, !h19Key(a, Self.h17VietnameseHeadKeys),
               tokens[a + 1].capitalized, tokens[a + 1].keyEquals("truong") || tokens[a + 1].keyEquals("vien") {
                mentions[i] = mention(a + 1, z + 1, type: .organization, evidence: mentionEvidence(i))
            }
        }
        let n = tokens.count
        // (The word loop's two rules need "công an" or "cao tốc": an article without both keys of either skips it.)
        let police = articleHas(Self.h17KeyCong) && articleHas(Self.h17KeyAn), expressway = articleHas(Self.h17KeyCao) && articleHas(Self.h17KeyToc)
        for k in (police || expressway ? 0..<n : 0..<0) where tokens[k].script == .latin && tokens[k].kind == .word {
            let key = tokens[k].key
            // "Công an tỉnh Quảng Ngãi": the police of a province or city.
            if Token.keyEquals(key, "cong"), tokens[k].capitalized, k + 2 < n, tokens[k + 1].keyEquals("an"), !tokens[k + 1].capitalized {
                var p = k + 2
                if keyIs(p, "tinh") || keyIs(p, "huyen") || keyIs(p, "quan") { p += 1 }
                else if keyIs(p, "thanh"), keyIs(p + 1, "pho") { p += 2 }
                guard p > k + 2, h15CapLatin(p) else { continue }
                var e = p
                while h15CapLatin(e), e - p < 4 { e += 1 }
                let m = mention(k, e, type: .organization, evidence: .cue)
                mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < m.end && $0.end > m.start }
                h17Add(m.start, m.end, m.surface, .organization, &edits, words: m.words, overKnown: true)
                continue
            }
            // "cao tốc Quảng Ngãi – Hoài Nhơn", "cao tốc Bắc – Nam phía Đông": an expressway named by its ends.
            if Token.keyEquals(key, "cao"), !tokens[k].capitalized, keyIs(k + 1, "toc"), h15CapLatin(k + 2) {
                var b = k + 2
                while h15CapLatin(b), b - k < 6 { b += 1 }
                guard b + 1 < n, keyIs(b, "–") || keyIs(b, "-"), tokens[b].spaceBefore, h15CapLatin(b + 1) else { continue }
                var e = b + 1
                while h15CapLatin(e), e - b < 4 { e += 1 }
                if keyIs(e, "phia"), h15CapLatin(e + 1) { e += 2 }
                let m = mention(k, e, type: .place, evidence: .cue)
                mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < m.end && $0.end > m.start }
                h17Add(m.start, m.end, m.surface, .place, &edits, words: m.words, overKnown: true)
            }
        }
        h17Apply(&edits)
        // "Công ty TNHH" + "Samsung Electronics Việt Nam Thái Nguyên": a company cut after its legal form runs over the capitalized
        // words after it; "Ban Quản lý" + "dự án 2": a project board over its project; "Trường Trung học" + "phổ thông chuyên X".
        var i = 0
        while i < mentions.count {
            defer { i += 1 }
            guard mentionType(i) == .organization, mentionKnown(i) == nil, let (a, z) = seedSpan(i) else { continue }
            // The mention's last key, and its last two (the keys of tokens a...z; no array built).
            let last = tokens[z].key
            func lastTwo(_ x: String, _ y: String) -> Bool { z > a && tokens[z - 1].key == x && last == y }
            var e = z + 1
            if last == "tnhh" || lastTwo("co", "phan") || last == "mtv" {
                while h15CapLatin(e), e - z <= 6 { e += 1 }
            } else if lastTwo("quan", "ly"), keyIs(z + 1, "du"), keyIs(z + 2, "an"), z + 3 < n, tokens[z + 3].kind == .number || h15CapLatin(z + 3) {
                e = z + 4
                while h15CapLatin(e), e - z <= 6 { e += 1 }
            } else if lastTwo("trung", "hoc") || last == "thpt" || last == "thcs" {
                var l = z + 1
                while l < n, l - z <= 3, tokens[l].kind == .word, !tokens[l].capitalized, ["pho", "thong", "chuyen", "co", "so", "dan", "lap", "tu", "thuc"].contains(tokens[l].key) { l += 1 }
                guard l > z + 1, h15CapLatin(l) else { continue }
                e = l
                while h15CapLatin(e), e - l < 3 { e += 1 }
            }
            guard e > z + 1 else { continue }
            let m = mention(a, e, type: .organization, evidence: mentionEvidence(i))
            let (s0, e0) = (m.start, m.end)
            mentions[i] = m
            let keepStart = m.start
            mentions.removeAll { $0.type != .country && $0.start >= s0 && $0.end <= e0 && $0.start != keepStart }
            i = firstMentionIndex(where: { $0.start == keepStart && $0.end == e0 }) ?? i
        }
        // "Viện Pasteur Thành phố" + "Hồ Chí Minh": an institution ending with "Thành phố" runs over the city's name after it.
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (_, z) = seedSpan(i), z >= 1, tokens[z - 1].keyEquals("thanh"), tokens[z].keyEquals("pho"),
                  let j = mentions.indices.first(where: { mentionStart($0) == tokens[min(z + 1, n - 1)].start && $0 != i }),
                  z + 1 < n, tokens[z + 1].spaceBefore else { continue }
            let other = mentions[j]
            mentions[i].end = other.end
            mentions[i].surface += " " + other.surface
            mentions[i].words += other.words
            mentions.remove(at: j)
            break
        }
        // "Mộ Đức, Đức Phổ": in Vietnamese, Đức glued to another capitalized syllable is a name's, not Germany.
        var drop: [Int] = []
        for i in mentions.indices where mentionType(i) == .country && mentions[i].code == "DE" {
            guard let (a, z) = seedSpan(i), a == z, tokens[a].keyEquals("duc") else { continue }
            if h15CapLatin(z + 1) && tokens[z + 1].spaceBefore || h15CapLatin(a - 1) && tokens[a].spaceBefore { drop.append(i) }
        }
        for i in drop.reversed() {
            let (a, _) = seedSpan(i)!
            mentions.remove(at: i)
            isCountry[a] = false
            // A place of its own when listed with others ("các huyện Tư Nghĩa, Mộ Đức, Đức Phổ").
            if h15CapLatin(a + 1), tokens[a + 1].spaceBefore, !h15CapLatin(a - 1), !anyMention(where: { $0.start <= tokens[a].start && $0.end > tokens[a].start }),
               keyIs(a - 1, ",") || keyIs(a + 2, ",") {
                var m = mention(a, a + 2, type: .place, evidence: .cue)
                m.placeContext = true
                mentions.append(m)
            }
        }
    }

    // MARK: - Russian

    static let h17RussianSettlementStems = ["наукоград", "посёлок", "посёлке", "поселок", "поселке", "посёлка", "поселка", "село", "селе", "села",
        "деревня", "деревне", "деревни", "станица", "станице", "станицы", "город", "городе", "города"]
    static let h17RussianTitles: WordSet = ["ректор", "директор", "губернатор", "министр", "глава", "председатель", "начальник", "мэр", "декан", "заведующий"]
    static let h17RussianLegalForms: WordSet = ["ооо", "ао", "пао", "оао", "зао", "ип", "нко"]
    /// `h17RussianLegalForms` as a `KeySet` (plain Cyrillic words: their bytes), a gate of `h17Russian`'s quoted-company rule.
    static let h17RussianLegalFormKeys = KeySet(h17RussianLegalForms.set)

    /// `key.hasPrefix(prefix)` by UTF-8 bytes (keys are folded alike; no grapheme walk).
    @inline(__always) func h17Starts(_ key: String, _ prefix: String) -> Bool {
        // (Bytes compared in place; the generic `starts(with:)` over the views costs ~190 instructions a call.)
        let fast = key.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            prefix.utf8.withContiguousStorageIfAvailable { x -> Bool in
                x.count <= b.count && (x.isEmpty || memcmp(b.baseAddress!, x.baseAddress!, x.count) == 0)
            }
        } ?? nil
        return fast ?? key.utf8.starts(with: prefix.utf8)
    }

    static let h17RussianHospitalHeads = ["больниц", "госпитал", "поликлиник", "диспансер"]
    /// The first two UTF-8 bytes of each hospital head: a long lowercase word opening otherwise (most) is compared with none.
    static let h17RussianHospitalOpenings: [UInt16] = Array(Set(h17RussianHospitalHeads.map { h17Opening($0) }))
    /// The first two UTF-8 bytes of each settlement stem (one Cyrillic letter): a key opening otherwise starts with none of them.
    static let h17RussianSettlementOpenings: [UInt16] = Array(Set(h17RussianSettlementStems.map { h17Opening($0) }))
    /// The shortest stem's UTF-8 length: a shorter key ("в", "на", "по") starts with none.
    static let h17RussianSettlementShortest = h17RussianSettlementStems.map(\.utf8.count).min() ?? 0
    /// "железная дорога": the adjective's forms the railway rule reads.
    static let h17RussianRailAdjectives = KeySet(["железная", "железной", "железную"])

    /// The first two UTF-8 bytes of `key` (0 when it has fewer).
    @inline(__always) static func h17Opening(_ key: String) -> UInt16 {
        var it = key.utf8.makeIterator()
        guard let b0 = it.next(), let b1 = it.next() else { return 0 }
        return UInt16(b0) << 8 | UInt16(b1)
    }

    /// `key` opens with the first two bytes of some word of a list whose words all have two bytes or more (so a key that
    /// starts with one of those words passes).
    @inline(__always) static func h17OpensLikeAny(_ key: String, _ openings: [UInt16]) -> Bool {
        let o = h17Opening(key)
        return o != 0 && openings.contains(o)
    }

    mutating func h17Russian() {
        let n = tokens.count
        var drop = Set<Int>()
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h17RussianSettlementShortest = Self.h17RussianSettlementShortest,
            h17RussianSettlementOpenings = Self.h17RussianSettlementOpenings, h17RussianSettlementStems = Self.h17RussianSettlementStems,
            h17RussianTitles = Self.h17RussianTitles, h17RussianLegalForms = Self.h17RussianLegalForms,
            h17RussianRailAdjectives = Self.h17RussianRailAdjectives, h17RussianHospitalOpenings = Self.h17RussianHospitalOpenings,
            h17RussianHospitalHeads = Self.h17RussianHospitalHeads
        for i in mentions.indices where mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), tokens[a].script == .cyrillic else { continue }
            // "в наукограде Кольцово": a settlement's name after its noun is a place.
            if mentionType(i) != .place, mentionType(i) != .country, a >= 1, z - a <= 1, !tokens[a - 1].capitalized, tokens[a - 1].script == .cyrillic,
               tokens[a - 1].key.utf8.count >= h17RussianSettlementShortest, Self.h17OpensLikeAny(tokens[a - 1].key, h17RussianSettlementOpenings),
               h17RussianSettlementStems.contains(where: { h17Starts(tokens[a - 1].key, $0) && tokens[a - 1].key.utf8.count <= $0.utf8.count + 4 }) {
                mentions[i].type = .place
                mentions[i].placeContext = true
                continue
            }
            // "Ректор университета": a title over a lowercase word names no organization.
            if mentionType(i) == .organization, h17RussianTitles.contains(tokens[a].key), (a + 1...max(a + 1, z)).allSatisfy({ $0 > z || !tokens[$0].capitalized }) {
                drop.insert(i)
                continue
            }
            // "Группы Синара": a group's noun opens an organization, not a person.
            if mentionType(i) == .person, h17Starts(tokens[a].key, "групп"), z > a { mentions[i].type = .organization; continue }
            // "Учёные Сибирский": a person overlapping an organization is its stray start.
            // (Read through indices: `contains(where:)` on the array copies every mention it passes.)
            if mentionType(i) == .person, case let (s, e) = (mentionStart(i), mentionEnd(i)),
               mentions.indices.contains(where: { mentionType($0) == .organization && mentionStart($0) < e && mentionEnd($0) > s && mentionStart($0) > s }) {
                drop.insert(i)
            }
        }
        if !drop.isEmpty { mentions = mentions.enumerated().filter { !drop.contains($0.offset) }.map(\.element) }
        var edits = H17Edits()
        // (A key equals "«" only if its hash does: one integer test a token before the bytes.)
        let guillemetHash = Token.hash("«")
        let railHashes = Self.h17RussianRailAdjectives.members.map { Token.hash($0) }
        // (The first two rules below act only at a legal form before "«", or at a rail adjective: an article without them
        // skips their tests; the hospital rule, by its words' openings, runs always.)
        let quotedForms = articleHasKey(hash: guillemetHash) && articleHas(Self.h17RussianLegalFormKeys)
        let rails = articleHas(h17RussianRailAdjectives)
        for k in 0..<n where tokens[k].script == .cyrillic && tokens[k].kind == .word {
            // "ООО «БиоЛинк Сибирь»": a quoted company after its legal form is the whole quote.
            if quotedForms, k + 1 < n, tokens[k + 1].keyHash == guillemetHash, keyIs(k + 1, "«"), h17RussianLegalForms.contains(tokens[k].key) {
                var e = k + 2
                while e < n, e - k <= 6, !keyIs(e, "»") { e += 1 }
                guard keyIs(e, "»"), e - k >= 4 else { continue }
                let m = mention(k + 2, e, type: .organization, evidence: .cue)
                mentions.removeAll { $0.type != .country && $0.start >= m.start && $0.end <= m.end && !($0.start == m.start && $0.end == m.end) }
                if !anyMention(where: { $0.start == m.start && $0.end == m.end && $0.type == .organization }) {
                    mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < m.end && $0.end > m.start }
                    edits.adds.append(m)
                }
                continue
            }
            // "Западно-Сибирская железная дорога": a railway named by its region's adjective.
            // (The three forms' hashes first: a word whose hash is none of them is none of them.)
            if rails, railHashes.contains(tokens[k].keyHash), h19Key(k, h17RussianRailAdjectives), k >= 1, isCap(k - 1),
               k + 1 < n, h17Starts(tokens[k + 1].key, "дорог") {
                var a = k - 1
                while a >= 1, keyIs(a - 1, "-") || isCap(a - 1) && tokens[a].spaceBefore == false { a -= 1 }
                if a >= 1, keyIs(a, "-"), isCap(a - 1) { a -= 1 }
                let m = mention(a, k + 2, type: .organization, evidence: .cue)
                mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < m.end && $0.end > m.start }
                edits.adds.append(m)
                continue
            }
            // "Томской областной клинической больницы": a capitalized adjective and lowercase ones before a hospital's noun.
            if !tokens[k].capitalized, tokens[k].key.utf8.count >= 16, Self.h17OpensLikeAny(tokens[k].key, h17RussianHospitalOpenings),
               h17RussianHospitalHeads.contains(where: { h17Starts(tokens[k].key, $0) }) {
                var a = k
                while a >= 1, k - a < 4, tokens[a - 1].kind == .word, tokens[a - 1].script == .cyrillic, !tokens[a - 1].capitalized,
                      Self.hasAnySuffix(tokens[a - 1].key, ["ой", "ая", "ую", "ий", "ый", "ого", "ой"]) { a -= 1 }
                guard a >= 1, a < k, isCap(a - 1), Self.hasAnySuffix(tokens[a - 1].key, ["ой", "ая", "ую", "ий", "ый", "ого", "ская", "ской"]) else { continue }
                let m = mention(a - 1, k + 1, type: .organization, evidence: .cue)
                mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < m.end && $0.end > m.start }
                edits.adds.append(m)
            }
        }
        h17Apply(&edits)
    }

    // MARK: - Short forms and acronyms

    /// "주택도시보증공사(HUG)": the acronym in parentheses after a Korean organization is that organization.
    mutating func h17KoreanAcronyms() {
        for k in tokens.indices where k + 3 < tokens.count && h17IsPunct(k + 1, "(") && h17IsPunct(k + 3, ")") && tokens[k + 2].script == .latin && tokens[k + 2].allCaps {
            guard let o = firstMentionIndex(where: { $0.type == .organization && $0.start == tokens[k].start && $0.end <= tokens[k].end }),
                  let a = firstMentionIndex(where: { $0.start == tokens[k + 2].start && $0.end == tokens[k + 2].end && $0.known == nil }) else { continue }
            mentions[a].type = .organization
            mentions[a].words = mentionWords(o)
            mentions[a].variants.append(mentionSurface(o))
        }
    }

    static let h17CompanyTails: [[String]] = [["credit", "union"], ["bank"], ["group"], ["holdings"], ["inc"], ["ltd"], ["limited"], ["plc"],
        ["corporation"], ["corp"], ["dairy"], ["foods"], ["semiconductor"], ["airlines"], ["motors"], ["mining"], ["energy"], ["ag"], ["sa"]]

    /// "Harbourline" after "Harbourline Credit Union": a company's first word alone, where the rest is a company's kind, is that
    /// company; "hãng dược Nhật Bản Takeda": in Vietnamese a capitalized name after a company noun and a country is a company.
    mutating func h17CompanyShortForms() {
        var longs: [(first: String, words: [String])] = []
        // (Read in place: the tails are one or two words, so a longer name is passed over before its words are copied.)
        for i in mentions.indices where mentionType(i) == .organization && mentionWordCount(i) >= 2 && mentionWordCount(i) <= 3 {
            let words = mentionWords(i)
            let rest = Array(words.dropFirst())
            if Self.h17CompanyTails.contains(rest) { longs.append((words[0], words)) }
        }
        if !longs.isEmpty {
            for i in mentions.indices where mentionKnown(i) == nil && mentionWordCount(i) == 1 && mentionType(i) != .country && mentionType(i) != .person {
                guard let l = longs.first(where: { $0.first == mentionWords(i)[0] }) else { continue }
                mentions[i].type = .organization
                mentions[i].words = l.words
            }
        }
        guard lang.vi else { return }
        var adds: [Mention] = []
        // (One array: `filter` then `compactMap` made two.)
        var countries: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .country { if let span = seedSpan(i) { countries.append(span) } }
        for (a, z) in countries {
            guard z + 1 < tokens.count, h15CapLatin(z + 1), !isCountry[z + 1], a >= 2 else { continue }
            // Compared with their marks: "hãng" (a firm) folds as "hàng" (goods) does.
            // (`PlainText.equal(text, w)` is `text.precomposedStringWithCanonicalMapping == w`, String equality being canonical,
            // without building the NFC of a plain text.)
            let before = (max(0, a - 3)..<a).filter { !tokens[$0].capitalized }
            func has(_ w: String) -> Bool { before.contains { PlainText.equal(tokens[$0].text, w) } }
            guard has("hãng") || has("đoàn") && has("tập") else { continue }
            var e = z + 1
            while h15CapLatin(e), e - z <= 3, !isCountry[e] { e += 1 }
            let m = mention(z + 1, e, type: .organization, evidence: .cue)
            if anyMention(where: { $0.start < m.end && $0.end > m.start && ($0.known != nil || $0.type == .organization) }) { continue }
            mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < m.end && $0.end > m.start }
            adds.append(m)
        }
        mentions += adds
    }
}
