import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout35 (the first set of Japanese and Korean only: wire copy of
/// Kyodo, Jiji, NHK and Asahi, Yonhap, KBS and Chosun; scored untouched at 0.509 entities, 0.851 countries). One pass,
/// `refineHoldout35`, run just before `refineCP15`; every rule is gated on the article's language being ja or ko, so an
/// article of any other language pays two string compares.
///
/// Japanese: datelines (【ソウル共同】, 〔時事〕), family and given names written with a space before a title, more titles
/// after a name (投手, 裁判長, 館長 …), katakana names joined by ・ or ＝ (a person before a title or by default, a company
/// or a league by its last word), bodies read over a run of kanji, katakana and Latin ending in a head (省, 庁, 党,
/// 美術館, 株式会社, ホールディングス …, a club's plural), a company in 「」 after メーカー/商社 or before （本社, places by a
/// suffix after katakana (ミネソタ州) or after a country and ・ (韓国・水原), one-character country abbreviations (米, 英, 仏,
/// 独, 露, 韓, 朝 …) in compounds (日米, 米中, 露朝), after a verb of travel (訪米, 渡仏) and before a government or a
/// katakana place (米国務長官, 独ベルリン), a surname alone after the full name the same person.
///
/// Korean: names before more titles (특파원, 투수, 국무장관 …), with 씨 glued or followed by a particle, with a body
/// between the name and the title (서태준 대성바이오 회장은, the body too), after a role word (내야수 길현우를), foreign
/// names of two words; company heads (바이오, 디스플레이, 약품 …), councils, parties, clubs (두산 베어스, 울산 HD);
/// places after a country or in a list with another place, venues; country compounds (한미일, 방미), one-character
/// hanja countries in headlines (美, 日, 佛), a country name opening a longer word (한국거래소, 독일에서도); and the
/// particle cut from the range of a known name or a country (서울에서 → 서울), which the reader highlights.
extension NameFinder {
    mutating func refineHoldout35() {
        if language == "ja" { h35Japanese() } else if language == "ko" { h35Korean() }
    }

    // MARK: - Shared helpers

    /// A mention to add over UTF-16 offsets: it replaces the rule-found (not known) mentions it overlaps; known names
    /// strictly inside it go when `overKnown`; a country inside stays (a body may hold one: 日本サッカー協会), but a
    /// person or place never overlaps a country or a known name it does not cover.
    mutating func h35Add(_ start: Int, _ end: Int, _ surface: String, _ type: EntityType, overKnown: Bool = false) {
        guard end > start, !surface.isEmpty else { return }
        if overKnown {
            mentions.removeAll { $0.known != nil && $0.type != .country && $0.start >= start && $0.end <= end && $0.end - $0.start < end - start }
        }
        if anyMention(where: { $0.start < end && $0.end > start && $0.known != nil && $0.type != .country }) { return }
        if type != .organization, anyMention(where: { $0.start < end && $0.end > start && $0.type == .country }) { return }
        mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < end && $0.end > start }
        let words = surface.split(separator: " ").map { TextFolding.key(String($0)) }
        var m = Mention(surface: surface, start: start, end: end, type: type, evidence: .cue, words: words)
        if type == .place { m.placeContext = true }
        mentions.append(m)
    }

    /// A country mention of `code` over UTF-16 offsets (not over a person: 堀米 holds 米).
    mutating func h35AddCountry(_ start: Int, _ end: Int, _ surface: String, _ code: String) {
        if anyMention(where: { $0.start < end && $0.end > start && ($0.type == .person || $0.type == .country) }) { return }
        mentions.removeAll { $0.known == nil && $0.type != .organization && $0.start < end && $0.end > start }
        mentions.append(Mention(surface: surface, start: start, end: end, type: .country, evidence: .known, code: code, words: [TextFolding.key(surface)]))
    }

    @inline(__always) func h35Adjacent(_ k: Int) -> Bool { k > 0 && k < tokenCount && tokens[k - 1].end == tokens[k].start }
    @inline(__always) func h35Scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
    @inline(__always) func h35Str(_ s: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(s)) }
    /// UTF-16 length of scalars.
    @inline(__always) func h35U16(_ s: ArraySlice<Unicode.Scalar>) -> Int { s.reduce(0) { $0 + ($1.value > 0xFFFF ? 2 : 1) } }
    @inline(__always) func h35Punct(_ k: Int, _ marks: String) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .punct && marks.unicodeScalars.contains { tokens[k].text.unicodeScalars.first == $0 }
    }

    /// Latin acronyms that are common nouns in Japanese and Korean copy (a prize, a position, a product), no bodies.
    static let h35CommonAcronyms: WordSet = ["mvp", "gk", "fw", "mf", "df", "ceo", "cfo", "coo", "cto", "oled", "lcd", "led", "it", "ai", "ev",
                                                 "gdp", "pk", "var", "ipo", "m&a", "esg", "sns", "pc", "tv", "atm", "dx"]

    /// Drops the common acronyms above when no knowledge-base name.
    mutating func h35DropCommonAcronyms() {
        mentions.removeAll { m in m.known == nil && m.type == .organization && Self.h35CommonAcronyms.contains(TextFolding.key(m.surface)) }
    }

    // MARK: - Japanese

    /// Titles and roles after a name, beside `h17JapaneseHanTitles` (longest first when compared).
    static let h35JaTitles: [String] = ["最高経営責任者", "国務長官", "事務次長", "事務総長", "事務局長", "官房長官", "裁判長", "裁判官", "館長", "投手",
        "捕手", "内野手", "外野手", "選手", "監督", "学芸員", "准教授", "教授", "報道官", "大使", "外相", "首相", "大統領", "長官", "社長", "会長",
        "副社長", "被告", "容疑者", "弁護士", "衆院議員", "参院議員", "議員", "市長", "知事", "町長", "村長", "代表", "理事長", "部長", "院長",
        "記者", "特派員", "主将", "名誉教授", "研究員", "氏"]
    static let h35JaKanaTitles = ["さん", "コーチ", "くん", "ちゃん", "さま", "氏"]
    /// Last characters of a family or given name written with a space that are rather a place's or a body's
    /// (`h17JapaneseNotNameEnds` without 本 and 道, which end many family names: 山本, 榎本).
    static let h35JaNotNameEnds = Set("県府都市区町村省庁社党会部局署院所学業行団国")
    /// First characters that open no name before a title (最優秀選手, 同社長, 元部長, 新監督 …).
    static let h35JaNotNameStarts = Set("最同元前新各両全当現次故副総主")
    /// Head words that end a Japanese body's name (beside `h17JapaneseOrgEnds`).
    static let h35JaOrgEnds = ["美術館", "博物館", "新聞社", "通信社", "機構", "警察", "連盟", "株式会社", "劇場", "協会", "委員会", "公社", "基金",
        "省", "庁", "党"]
    /// What ends a katakana company's or a league's name.
    static let h35KanaOrgWords = ["メディカル", "ホールディングス", "グループ", "コーポレーション", "インターナショナル", "テクノロジーズ",
        "システムズ", "ファーマ", "エナジー", "モーターズ", "リーグ", "プレツィジオン", "インダストリーズ", "ラボ"]
    /// Nouns before 「」 or 、 that name a company's kind.
    static let h35JaCompanyCues = ["メーカー", "商社", "会社", "企業", "大手", "ブランド", "チェーン", "銀行"]
    /// One-character country abbreviations.
    static let h35JaAbbrev: [Character: String] = ["日": "JP", "米": "US", "中": "CN", "韓": "KR", "露": "RU", "英": "GB", "仏": "FR", "独": "DE",
                                                   "朝": "KP", "豪": "AU", "印": "IN", "伊": "IT", "加": "CA", "台": "TW"]
    /// Verbs and prepositions before an abbreviation (訪米 visiting the US, 渡仏, 来日, 駐日, 対中 …).
    static let h35JaAbbrevVerbs = Set("訪渡来駐在対親反離全")
    /// What follows a lone abbreviation that opens a run (米国務長官, 英医療機器大手, 米当局, 露外相 …).
    static let h35JaAbbrevHeads = ["国務", "司法", "国防", "財務", "商務", "政府", "当局", "大統領", "首相", "外相", "外務", "議会", "軍", "大手",
        "企業", "紙", "誌", "市場", "経済", "医療", "製薬", "半導体", "自動車", "金融", "中央銀行", "連邦", "国債", "株", "大使", "紙幣", "メディア"]
    /// Names that hide another known place across their end (東京都 reads 京都, Kyoto).
    static let h35JaHidingNames: [String] = ["東京"]

    @inline(__always) func h35IsKatakana(_ k: Int) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].script == .other && h17Kana(k) == 2
    }
    @inline(__always) func h35IsHiragana(_ k: Int) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].script == .other && h17Kana(k) == 1
    }
    @inline(__always) func h35IsHan(_ k: Int) -> Bool { k >= 0 && k < tokenCount && tokens[k].script == .han }

    mutating func h35Japanese() {
        h35JaDatelines()
        h35JaSpacedNames()
        h35JaTitledNames()
        h35JaKatakanaNames()
        h35JaBodies()
        h35JaPlaces()
        h35JaCountries()
        h35JaCleanup()
        h35AcronymJoinsBody()
        h35SameSurname()
    }

    /// "【ソウル共同】", "【ワシントン時事】": the town and the agency; "〔時事〕", "（共同）": the agency.
    mutating func h35JaDatelines() {
        for k in tokens.indices where h35Punct(k, "【〔（(") {
            var m = k + 1
            while m < tokens.count, m <= k + 4, !h35Punct(m, "】〕）)") { m += 1 }
            guard m < tokens.count, m > k + 1, h35Punct(m, "】〕）)"), h35IsHan(m - 1) else { continue }
            let sc = h35Scalars(tokens[m - 1].text)
            guard sc.count >= 2 else { continue }
            let tail = h35Str(sc[(sc.count - 2)...])
            guard tail == "共同" || tail == "時事" else { continue }
            // Only the agency (and a town) inside: a longer Han word is something else ("共同声明").
            let agencyStart = tokens[m - 1].end - 2
            h35Add(agencyStart, tokens[m - 1].end, tail, .organization)
            guard h35Punct(k, "【") else { continue }
            let placeEnd = agencyStart
            let placeStart = tokens[k + 1].start
            if placeEnd > placeStart {
                var text = ""
                for j in (k + 1)..<m { text += tokens[j].text }
                let place = String(text.utf16.prefix(placeEnd - placeStart)).map { $0 } ?? ""
                if !anyMention(where: { $0.start == placeStart && $0.end == placeEnd && $0.type == .place }) {
                    h35Add(placeStart, placeEnd, place, .place)
                }
            }
        }
    }

    /// "榊原 孝道被告", "根来 颯真内野手", "畠山 公男さん", "大河原 陸（浦和レッズ）": a family name of one to three
    /// kanji, a space, a given name of one to three before a title, an honorific or a parenthesis.
    mutating func h35JaSpacedNames() {
        let n = tokens.count
        for k in 0..<(max(n, 1) - 1) where h35IsHan(k) && h35IsHan(k + 1) && tokens[k + 1].spaceBefore {
            if h35IsHan(k - 1) && h35Adjacent(k) { continue }
            let fam = h35Scalars(tokens[k].text), given = h35Scalars(tokens[k + 1].text)
            guard (1...3).contains(fam.count), !Self.h35JaNotNameEnds.contains(Character(fam[fam.count - 1])) else { continue }
            var g = 0
            let titles = (Self.h35JaTitles + Self.h17JapaneseHanTitles).sorted { $0.count > $1.count }
            if let t = titles.first(where: { tokens[k + 1].text.hasSuffix($0) && given.count - $0.unicodeScalars.count >= 1 }) {
                g = given.count - t.unicodeScalars.count
            } else if given.count <= 3, k + 2 < n, h35Adjacent(k + 2),
                      h35Punct(k + 2, "（(") || Self.hasAnyPrefix(tokens[k + 2].text, Self.h35JaKanaTitles) {
                g = given.count
            }
            guard (1...3).contains(g), !Self.h35JaNotNameEnds.contains(Character(given[g - 1])) else { continue }
            let end = tokens[k + 1].start + h35U16(given[0..<g])
            h35Add(tokens[k].start, end, tokens[k].text + " " + h35Str(given[0..<g]), .person)
        }
    }

    /// "岩永翔太投手", "福地真理子館長": a name of two to five kanji before a title of `h35JaTitles` (the run's end).
    mutating func h35JaTitledNames() {
        let titles = Self.h35JaTitles.sorted { $0.count > $1.count }
        for k in tokens.indices where h35IsHan(k) {
            if h35IsHan(k - 1) && h35Adjacent(k) { continue }
            let text = tokens[k].text
            guard let t = titles.first(where: { text.hasSuffix($0) }) else { continue }
            let sc = h35Scalars(text)
            let len = sc.count - t.unicodeScalars.count
            guard (2...5).contains(len) else { continue }
            let name = sc[0..<len]
            guard !Self.h17JapaneseNotNameEnds.contains(Character(name[len - 1])), name[len - 1] != "人",
                  !Self.h35JaNotNameStarts.contains(Character(name[0])) else { continue }
            if Self.h35JaAbbrev[Character(name[0])] != nil, len <= 3 { continue }
            if anyMention(where: { $0.type == .person && $0.start <= tokens[k].start && $0.end > tokens[k].start }) { continue }
            h35Add(tokens[k].start, tokens[k].start + h35U16(name), h35Str(name), .person)
        }
    }

    /// Katakana words joined by ・ or ＝: "マーカス・ヘイルウッド米国務長官", "チェ・ミンギュ監督", "ユン・ドギョンに" people,
    /// "ブライトリッジ・メディカル", "セ・リーグ" bodies; one katakana word before a title ("メンドーサ外野手") a person.
    mutating func h35JaKatakanaNames() {
        let n = tokens.count
        var k = 0
        let hanTitles = (Self.h35JaTitles + Self.h17JapaneseHanTitles).sorted { $0.count > $1.count }
        while k < n {
            guard h35IsKatakana(k) else { k += 1; continue }
            var last = k, parts = 1
            while last + 2 < n, h35Punct(last + 1, "・＝="), h35Adjacent(last + 1), h35Adjacent(last + 2), h35IsKatakana(last + 2) {
                last += 2; parts += 1
            }
            defer { k = last + 1 }
            let start = tokens[k].start, end = tokens[last].end
            var text = ""
            for j in k...last { text += tokens[j].text }
            let lastWord = tokens[last].text
            let firstLen = tokens[k].text.unicodeScalars.count
            // A title next (after a country's abbreviation: "ヘイルウッド米国務長官").
            var titled = false
            if last + 1 < n, h35Adjacent(last + 1) {
                if h35IsHan(last + 1) {
                    var t = tokens[last + 1].text
                    if let c = t.first, Self.h35JaAbbrev[c] != nil, t.count > 2 { t = String(t.dropFirst()) }
                    titled = hanTitles.contains { t.hasPrefix($0) }
                } else if h35IsHiragana(last + 1) || h35IsKatakana(last + 1) {
                    titled = Self.hasAnyPrefix(tokens[last + 1].text, Self.h35JaKanaTitles)
                }
            }
            let companyCue = k >= 2 && h35Punct(k - 1, "「、") && Self.h35JaCompanyCues.contains { tokens[k - 2].text.hasSuffix($0) }
                || last + 2 < n && h35Punct(last + 1, "（(") && PlainText.hasPrefix(tokens[last + 2].text, "本社")
            if Self.h35KanaOrgWords.contains(where: { lastWord.hasSuffix($0) }) && (parts >= 2 || companyCue) || companyCue && parts >= 2 {
                h35Add(start, end, text, .organization)
            } else if titled && (parts >= 2 || firstLen >= 3) {
                h35Add(start, end, text, .person)
            } else if parts >= 2, firstLen >= 2, lastWord.unicodeScalars.count >= 2 {
                // A club's plural name ("オリックス・バファローズ").
                let plural = lastWord.unicodeScalars.count >= 5 && ["ズ", "ス", "ツ"].contains(where: { lastWord.hasSuffix($0) })
                h35Add(start, end, text, plural ? .organization : .person)
            }
        }
    }

    /// A run of kanji, katakana and Latin words with no space or kana between (a Japanese compound) ending in a body's
    /// head, before "(株)", or a town and a club's plural ("浦和レッズ", "横浜DeNAベイスターズ"); a company in 「」 after its kind.
    mutating func h35JaBodies() {
        let n = tokens.count
        let heads = (Self.h35JaOrgEnds + Self.h17JapaneseOrgEnds).sorted { $0.count > $1.count }
        var k = 0
        while k < n {
            func part(_ j: Int) -> Bool {
                j < n && tokens[j].kind == .word && (tokens[j].script == .han || h35IsKatakana(j) || tokens[j].script == .latin)
            }
            guard part(k) else { k += 1; continue }
            var b = k + 1
            // (A Latin word that runs over a particle, "DeNAベイスターズの", ends the compound.)
            func endsInHiragana(_ j: Int) -> Bool {
                tokens[j].script == .latin && tokens[j].text.unicodeScalars.last.map { Tokenizer.kanaClass($0.value) == 1 } == true
            }
            while b < n, part(b), h35Adjacent(b), !endsInHiragana(b - 1) { b += 1 }
            defer { k = b }
            var a = k
            // A leading abbreviation before a government word ("米司法省") is the country's, not the body's.
            var text = ""
            for j in a..<b { text += tokens[j].text }
            // "DeNAベイスターズの": a Latin word runs over katakana and a particle; the particle is none of the name.
            var lastText = tokens[b - 1].text
            var endOffset = tokens[b - 1].end
            if tokens[b - 1].script == .latin {
                var tail = 0
                for u in lastText.unicodeScalars.reversed() { if Tokenizer.kanaClass(u.value) == 1 { tail += 1 } else { break } }
                if tail > 0 {
                    lastText = String(String.UnicodeScalarView(lastText.unicodeScalars.dropLast(tail)))
                    text = String(String.UnicodeScalarView(text.unicodeScalars.dropLast(tail)))
                    endOffset -= tail
                }
            }
            var startOffset = tokens[a].start
            if tokens[a].script == .han, let c = text.first, Self.h35JaAbbrev[c] != nil,
               Self.h35JaAbbrevHeads.contains(where: { text.dropFirst().hasPrefix($0) }) {
                text = String(text.dropFirst()); startOffset += 1
            }
            // Generic words before a name ("大手", "地元", "同") go.
            if let p = Self.h17JapaneseNotOrgPrefixes.filter({ text.hasPrefix($0) && text.count > $0.count + 2 }).max(by: { $0.count < $1.count }) {
                text = String(text.dropFirst(p.count)); startOffset += p.utf16.count
            }
            var isBody = false
            if tokens[b - 1].script == .han, let h = heads.first(where: { lastText.hasSuffix($0) }) {
                let before = text.count - h.count
                if h.count == 1 {
                    // 省/庁/党: a ministry, an agency, a party of two characters or more before it (not 反省, 与党 …).
                    isBody = before >= 2 && !"与野政各両全新".contains(text.dropLast().last ?? " ")
                } else {
                    isBody = before >= 2
                }
            } else if h35IsKatakana(b - 1), lastText.hasSuffix("ホールディングス") || lastText.hasSuffix("グループ") {
                isBody = text.count > 8
            }
            if !isBody, b + 2 < n, h35Punct(b, "(（"), tokens[b + 1].text == "株", h35Punct(b + 2, ")）") { isBody = text.count >= 2 }
            // A town and a club's plural: Han first, katakana last.
            if !isBody, b - a >= 2, tokens[a].script == .han, h35IsKatakana(b - 1) || tokens[b - 1].script == .latin, lastText.unicodeScalars.count >= 3,
               ["ズ", "ス", "ツ"].contains(where: { lastText.hasSuffix($0) }), tokens[a].text.count <= 4 {
                isBody = true
            }
            // 「X」 after メーカー/商社 ….
            if !isBody, a >= 2, h35Punct(a - 1, "「"), b < n, h35Punct(b, "」"),
               Self.h35JaCompanyCues.contains(where: { tokens[a - 2].text.hasSuffix($0) }) {
                isBody = true
            }
            // A generic word left at the start ("大手証券", "地元銀行") names no body.
            if isBody, Self.hasAnyPrefix(text, Self.h17JapaneseNotOrgPrefixes) { isBody = false }
            if isBody, !text.isEmpty, heads.contains(text) == false {
                h35Add(startOffset, endOffset, text, .organization, overKnown: true)
            }
            _ = a
            a = b
        }
    }

    /// Places: "ミネソタ州" (katakana and a suffix), "尖閣諸島", "ワールドカップ競技場", "森吉山", "韓国・水原".
    mutating func h35JaPlaces() {
        let n = tokens.count
        for k in tokens.indices {
            if h35IsKatakana(k), k + 1 < n, h35IsHan(k + 1), h35Adjacent(k + 1) {
                let next = tokens[k + 1].text
                if let s = ["州", "競技場", "空港", "諸島", "半島", "湾"].first(where: { next.hasPrefix($0) }), !(s == "州" && next.count > 1 && !"内".contains(next.dropFirst().first!) && next.count <= 1) {
                    if s == "州", next.count > 1, !"内西東南北中部知議".contains(next.dropFirst().first!) { continue }
                    h35Add(tokens[k].start, tokens[k + 1].start + s.utf16.count, tokens[k].text + s, .place)
                    continue
                }
            }
            if h35IsHan(k), !(h35IsHan(k - 1) && h35Adjacent(k)) {
                let text = tokens[k].text
                let sc = h35Scalars(text)
                if sc.count >= 4, text.hasSuffix("諸島") || text.hasSuffix("半島") {
                    h35Add(tokens[k].start, tokens[k].end, text, .place)
                } else if sc.count == 3, text.hasSuffix("山") || text.hasSuffix("岳"), !"登火下鉱本沢".contains(Character(sc[0])),
                          k + 1 < n, h35IsHiragana(k + 1), h35Adjacent(k + 1), !h35Punct(k - 1, "「") {
                    h35Add(tokens[k].start, tokens[k].end, text, .place)
                }
            }
            // "韓国・水原": a country, ・ and a name.
            if h35Punct(k, "・"), k >= 1, k + 1 < n, h35Adjacent(k), h35Adjacent(k + 1), h35IsHan(k + 1) || h35IsKatakana(k + 1),
               anyMention(where: { $0.type == .country && $0.end == tokens[k - 1].end }) {
                let name = tokens[k + 1].text
                if (2...6).contains(name.count) { h35Add(tokens[k + 1].start, tokens[k + 1].end, name, .place) }
            }
        }
    }

    /// One-character country abbreviations: compounds (日米, 米中, 日米韓, 露朝), after a verb (訪米, 渡仏, 来日), and a
    /// lone one opening a run before a government or business word or a katakana place (米国務長官, 独ベルリン).
    mutating func h35JaCountries() {
        let n = tokens.count
        for k in tokens.indices where h35IsHan(k) {
            let sc = h35Scalars(tokens[k].text)
            let chars = sc.map { Character($0) }
            var offsets = [Int](repeating: 0, count: sc.count + 1)
            for i in sc.indices { offsets[i + 1] = offsets[i] + (sc[i].value > 0xFFFF ? 2 : 1) }
            let base = tokens[k].start
            func add(_ i: Int) {
                if let code = Self.h35JaAbbrev[chars[i]] { h35AddCountry(base + offsets[i], base + offsets[i + 1], String(chars[i]), code) }
            }
            var i = 0
            while i < chars.count {
                guard Self.h35JaAbbrev[chars[i]] != nil else { i += 1; continue }
                var j = i
                while j < chars.count, Self.h35JaAbbrev[chars[j]] != nil { j += 1 }
                let seq = String(chars[i..<j])
                if j - i >= 2 {
                    // Compounds: not opening with 中 (中米 Central America, 中日) or 朝 (朝日); 朝 only last; not 日中 (daytime).
                    var s = i
                    if chars[s] == "中" || chars[s] == "朝" || chars[s] == "台" { s += 1 }
                    if j - s >= 2, !String(chars[s..<j]).hasPrefix("日中"), !chars[s..<(j - 1)].contains("朝"),
                       !(i > 0 && "今毎明昨終".contains(chars[i - 1])) {
                        for x in s..<j { add(x) }
                    }
                } else if i > 0, Self.h35JaAbbrevVerbs.contains(chars[i - 1]), j - i == 1 {
                    // 訪米, 渡仏, 来日, 対中 (not 在中, 全中, 全日).
                    let v = chars[i - 1]
                    if !(v == "在" && chars[i] == "中"), !(v == "全" && chars[i] != "米"), !(v == "来" && chars[i] == "中"),
                       !(i >= 2 && v == "対" && false) {
                        add(i)
                    }
                } else if i == 0, j == 1, chars[0] != "日", chars[0] != "中", chars[0] != "台" {
                    // A lone abbreviation opening the run (after no kanji): before a listed word or a katakana place.
                    let rest = String(chars[1...])
                    if Self.h35JaAbbrevHeads.contains(where: { rest.hasPrefix($0) }) && !(h35IsHan(k - 1) && h35Adjacent(k))
                        || chars.count == 1 && k + 1 < n && h35IsKatakana(k + 1) && h35Adjacent(k + 1) {
                        mentions.removeAll { $0.known == nil && ($0.type == .person || $0.type == .place) && $0.start == base }
                        add(0)
                    }
                }
                _ = seq
                i = j
            }
        }
    }

    /// Drops what the rules above show wrong: a known place read across the end of a name that hides it (東京都 → 京都),
    /// a person ending in 人 (外国人) or opening with 最 (最優秀), common acronyms (MVP, GK).
    mutating func h35JaCleanup() {
        let runs = tokens.indices.filter { h35IsHan($0) }
        mentions.removeAll { m in
            if m.type == .person, m.known == nil, m.surface.hasSuffix("国人") || m.surface.count <= 2 && m.surface.hasSuffix("人") || m.surface.first == "最" { return true }
            guard m.known != nil, m.type == .place, let r = runs.first(where: { tokens[$0].start < m.start && tokens[$0].end >= m.end }) else { return false }
            let text = tokens[r].text
            let before = String(text.utf16.prefix(m.start - tokens[r].start + 1)).map { $0 } ?? ""
            return Self.h35JaHidingNames.contains { before.hasSuffix($0) }
        }
        h35DropCommonAcronyms()
    }

    /// A person named alone by the first part of a longer name found in the article (宮坂 of 宮坂忠彦, ヘイルウッド of
    /// マーカス・ヘイルウッド, 榊原 of "榊原 孝道") is that person: the short mention takes the full name.
    mutating func h35SameSurname() {
        let people = mentions.indices.filter { mentions[$0].type == .person && mentions[$0].known == nil }
        guard people.count >= 2 else { return }
        let full = people.map { (mentions[$0].surface, mentions[$0].words) }
        for i in people {
            let s = mentions[i].surface
            guard s.count >= 2 else { continue }
            let candidates = full.filter { f in
                f.0 != s && f.0.count > s.count && (f.0.hasPrefix(s) && !f.0.hasPrefix(s + "・") || f.0.hasPrefix(s + " ")
                    || f.0.hasSuffix("・" + s) || f.0.hasSuffix("＝" + s) || f.0.hasSuffix(" " + s))
            }
            let distinct = Set(candidates.map(\.0))
            guard distinct.count == 1, let f = candidates.first else { continue }
            mentions[i].words = f.1
        }
    }

    /// "アジア・サッカー連盟（AFC）", "아시아축구연맹(AFC)": an acronym in parentheses right after a body the rules above
    /// found is that body (the two group as one; the acronym stays an alias).
    mutating func h35AcronymJoinsBody() {
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let k = tokens.firstIndex(where: { $0.start == mentions[i].start }), k >= 2, h35Punct(k - 1, "(（"),
                  tokens[k].script == .latin, tokens[k].allCaps, k + 1 < tokens.count, h35Punct(k + 1, ")）") else { continue }
            let before = tokens[k - 2].end
            guard let body = mentions.indices.first(where: { mentions[$0].type == .organization && mentions[$0].end == before && $0 != i }) else { continue }
            mentions[i].words = mentions[body].words
        }
    }

    // MARK: - Korean

    /// Titles after a Korean name beside `h17KoreanTitles`.
    static let h35KoTitles: Set<String> = ["특파원", "국무장관", "외교장관", "외무장관", "국방장관", "내야수", "외야수", "투수", "포수", "공격수", "수비수",
        "미드필더", "골키퍼", "번역가", "소설가", "시인", "화가", "대변인", "원내대표", "최고경영자", "총재", "부장판사", "상무", "전무", "앵커", "코치",
        "주장", "아나운서", "연구위원", "애널리스트", "위원", "사무총장", "군수", "시장", "구청장", "도지사"]
    /// Role words before a name ("내야수 길현우를", "공격수 세르지우 알메이다가", "팬 탁성우씨는").
    static let h35KoRolesBefore: WordSet = ["내야수", "외야수", "투수", "포수", "공격수", "수비수", "미드필더", "골키퍼", "신예", "팬", "소설가",
        "작가", "시인", "번역가", "배우", "가수", "감독", "선수", "주민", "교수", "기자", "특파원", "변호사", "대변인", "화가", "피아니스트", "용병",
        "신인", "주장", "에이스", "타자", "외국인", "영화감독", "연출가", "소설", "출신"]
    /// Titles after which the word between the name and the title names the person's company ("서태준 대성바이오 회장은").
    static let h35KoCompanyTitles: WordSet = ["회장", "사장", "대표", "부회장", "부사장", "대표이사", "최고경영자", "전무", "상무"]
    /// Two-syllable family names.
    static let h35KoDoubleSurnames = ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"]
    /// Korean particles (and the copula) after a name or title, longest first.
    static let h35KoParticles = ["입니다", "이었다", "에서도", "에게서", "으로서", "에서는", "에서", "에게", "으로", "과의", "와의", "까지", "부터", "이다",
        "에는", "에도", "께서", "처럼", "보다", "은", "는", "이", "가", "을", "를", "의", "와", "과", "에", "도", "만", "로", "서"]
    /// Company heads ("대성바이오", "한빛디스플레이", "미나토약품"), councils, institutes, parties.
    static let h35KoOrgEnds = ["디스플레이", "바이오", "약품", "제약", "화학", "건설", "중공업", "반도체", "물산", "상사", "엔터테인먼트", "에너지",
        "모빌리티", "테크", "의회", "번역원", "진흥원", "개발원", "평가원", "거래소", "연맹", "협의회", "민주당", "국민당", "혁신당", "노동당",
        "공화당", "진보당", "정의당", "자유당"]
    /// Parties whose names hold a particle-like syllable (the head rule cannot read them).
    static let h35KoParties: Set<String> = ["국민의힘", "더불어민주당", "조국혁신당", "개혁신당"]
    /// Venues and sites by their last word.
    static let h35KoPlaceEnds = ["경기장", "체육관", "공항", "국립공원", "해수욕장", "야구장", "축구장", "구장"]
    /// Common words that the place rules must not read (a region in general, the sports).
    static let h35KoNotPlaces: WordSet = ["지방", "수도권", "해외", "국내", "지역", "현지", "전국", "농촌", "도시", "시내", "일대", "인근", "프로야구",
        "프로축구", "프로농구", "프로배구", "야구", "축구", "농구", "배구", "현지시간", "해수면", "수면", "장면"]
    /// Country names in Korean, for a country opening a longer word (한국거래소, 독일에서도, 한국시리즈).
    static let h35KoCountries: [(String, String)] = [("한국", "KR"), ("미국", "US"), ("중국", "CN"), ("일본", "JP"), ("북한", "KP"), ("러시아", "RU"),
        ("영국", "GB"), ("독일", "DE"), ("프랑스", "FR"), ("베트남", "VN"), ("대만", "TW"), ("호주", "AU"), ("캐나다", "CA"), ("이탈리아", "IT"),
        ("스페인", "ES"), ("브라질", "BR"), ("멕시코", "MX"), ("우크라이나", "UA"), ("이스라엘", "IL"), ("태국", "TH"), ("필리핀", "PH"),
        ("인도네시아", "ID"), ("싱가포르", "SG"), ("튀르키예", "TR"), ("몽골", "MN"), ("인도", "IN"), ("이란", "IR")]
    /// What may follow a country name inside one word: particles, bodies' heads and a few nouns (한국어, 미국산, 한국시리즈).
    static let h35KoCountryTails = ["어", "인", "산", "계", "측", "시리즈", "정부", "대표팀", "내", "거래소", "공사", "위원회", "번역원", "은행", "협회",
        "연구원", "대사관", "법인", "경제", "시장", "기업"]
    /// Compounds of country syllables and visits: 한미(일), 한일, 한중, 미중, 방미 … (KR US JP CN KP RU).
    static let h35KoCompounds: [(String, [String])] = [("한미일", ["KR", "US", "JP"]), ("한중일", ["KR", "CN", "JP"]), ("한미", ["KR", "US"]),
        ("한일", ["KR", "JP"]), ("한중", ["KR", "CN"]), ("한러", ["KR", "RU"]), ("미중", ["US", "CN"]), ("미일", ["US", "JP"]), ("북중", ["KP", "CN"]),
        ("북러", ["KP", "RU"]), ("북미", ["KP", "US"]), ("방미", ["US"]), ("방한", ["KR"]), ("방일", ["JP"]), ("방중", ["CN"]), ("방북", ["KP"]),
        ("대미", ["US"]), ("대일", ["JP"]), ("대북", ["KP"])]
    /// What may follow such a compound inside one word (한미동맹, 한미일 외교장관회의 …).
    static let h35KoCompoundTails = ["", "동맹", "관계", "정상", "정상회담", "외교", "외교장관", "외교장관회의", "연합", "공조", "협력", "통상",
        "무역", "합동", "훈련", "연합훈련", "간", "양국", "3국", "회담", "협상", "갈등", "관세", "대화", "협의", "일정", "중"]
    /// One-character hanja countries of headlines.
    static let h35KoHanja: [Character: String] = ["美": "US", "日": "JP", "中": "CN", "韓": "KR", "北": "KP", "英": "GB", "佛": "FR", "獨": "DE",
                                                  "露": "RU", "濠": "AU", "印": "IN", "伊": "IT", "加": "CA", "臺": "TW", "台": "TW"]

    @inline(__always) func h35Hangul(_ k: Int) -> Bool { k >= 0 && k < tokenCount && h17IsHangulWord(k) }

    /// `word` without one trailing particle (or copula) of `h35KoParticles`, keeping two syllables at least.
    static func h35KoStrip(_ word: String) -> String {
        for p in h35KoParticles where word.hasSuffix(p) && word.count - p.count >= 1 {
            return String(word.dropLast(p.count))
        }
        return word
    }
    /// `word` is `stem` and nothing but particles after it.
    static func h35KoIsStemAndParticles(_ word: String, _ stem: String) -> Bool {
        guard word.hasPrefix(stem) else { return false }
        var rest = String(word.dropFirst(stem.count))
        var steps = 0
        while !rest.isEmpty, steps < 3 {
            guard let p = h35KoParticles.first(where: { rest.hasPrefix($0) }) else { return false }
            rest = String(rest.dropFirst(p.count)); steps += 1
        }
        return rest.isEmpty
    }
    /// A Korean personal name of two to four syllables (a family name of the lists).
    func h35KoIsName(_ s: String) -> Bool {
        guard (2...4).contains(s.count), h17AllHangul(s), let f = s.first else { return false }
        if Self.h35KoDoubleSurnames.contains(where: { s.hasPrefix($0) }) { return s.count >= 3 }
        return Self.h17KoreanSurnames.contains(f) && s.count == 3 && !"부청처회".contains(s.last!)
    }
    /// Token `k` is a title (with particles or the copula after it).
    func h35KoIsTitle(_ k: Int) -> Bool {
        guard h35Hangul(k) else { return false }
        let t = tokens[k].text
        if Self.h17KoreanTitles.contains(t) || Self.h35KoTitles.contains(t) { return true }
        for title in Self.h35KoTitles.union(Self.h17KoreanTitles) where t.hasPrefix(title) && Self.h35KoIsStemAndParticles(t, title) { return true }
        return false
    }

    mutating func h35Korean() {
        h35KoPeople()
        h35KoBodies()
        h35KoPlaces()
        h35KoCountries()
        h35KoCleanup()
        h35AcronymJoinsBody()
        h35KoTrimRanges()
    }

    mutating func h35KoPeople() {
        let n = tokens.count
        for k in tokens.indices where h35Hangul(k) {
            let text = tokens[k].text
            // "탁성우씨는", "남궁철씨는": 씨 glued.
            if let r = text.range(of: "씨"), r.lowerBound != text.startIndex {
                let name = String(text[..<r.lowerBound])
                let rest = String(text[r.lowerBound...])
                if h35KoIsName(name), Self.h35KoIsStemAndParticles(rest, "씨") {
                    h35Add(tokens[k].start, tokens[k].start + name.utf16.count, name, .person)
                    continue
                }
            }
            let stem = Self.h35KoStrip(text)
            var t = k + 1
            if h35Punct(t, "("), t + 2 < n, tokens[t + 1].kind == .number, h35Punct(t + 2, ")") { t += 3 }
            // A Korean name before a title (with a particle), before a body and a title, before a place-title ("옥천군수는").
            if h35KoIsName(text) || h35KoIsName(stem),
               !anyMention(where: { $0.type == .person && $0.start < tokens[k].start && $0.end >= tokens[k].end }) {
                let name = h35KoIsName(text) ? text : stem
                let bare = name == text || t > k + 1
                var person = false
                if bare, h35KoIsTitle(t) {
                    person = true
                } else if bare, h35Hangul(t), t + 1 < n, h35KoIsTitle(t + 1), !h35KoIsTitle(t), !h35KoIsName(Self.h35KoStrip(tokens[t].text)),
                          Self.h35KoCompanyTitles.contains(Self.h35KoStrip(tokens[t + 1].text))
                            || anyMention(where: { ($0.type == .organization || $0.type == .place) && $0.start < tokens[t].end && $0.end > tokens[t].start })
                            || ["부", "처", "청", "원", "회", "국", "당", "실", "군", "시", "도", "구"].contains(where: { Self.h35KoStrip(tokens[t].text).hasSuffix($0) }) {
                    person = true
                    let title = Self.h35KoStrip(tokens[t + 1].text)
                    let body = Self.h35KoStrip(tokens[t].text)
                    if Self.h35KoCompanyTitles.contains(title), body.count >= 3, h17AllHangul(body),
                       !anyMention(where: { $0.start < tokens[t].end && $0.end > tokens[t].start }) {
                        h35Add(tokens[t].start, tokens[t].start + body.utf16.count, body, .organization)
                    }
                } else if bare, h35Hangul(t), ["군수", "시장", "구청장", "도지사", "지사"].contains(where: { let s = Self.h35KoStrip(tokens[t].text); return s.hasSuffix($0) && s.count > $0.count + 1 }) {
                    person = true
                } else if k >= 1, h35Hangul(k - 1), Self.h35KoRolesBefore.contains(Self.h35KoStrip(tokens[k - 1].text)), name != text || t > k + 1 {
                    person = true
                }
                if person {
                    h35Add(tokens[k].start, tokens[k].start + name.utf16.count, name, .person)
                    continue
                }
            }
            // Foreign names of two words: "제임스 칼더우드 국무장관과", "사카키 료헤이 사장은", "공격수 세르지우 알메이다가".
            if (2...5).contains(text.count), h17AllHangul(text), Self.h35KoStrip(text) == text,
               k + 1 < n, h35Hangul(k + 1), tokens[k + 1].spaceBefore, !Self.h35KoParties.contains(text), !Self.h35KoRolesBefore.contains(text),
               !anyMention(where: { $0.type != .person && $0.start < tokens[k + 1].end && $0.end > tokens[k].start }) {
                var second = Self.h35KoStrip(tokens[k + 1].text)
                guard (2...6).contains(second.count), !h35KoIsTitle(k + 1), !h35KoIsName(second), !h35KoIsName(tokens[k + 1].text),
                      !"는은을를에게고며서던한된할될운인적부처청원회사국당".contains(text.last!),
                      !"는은을를게고며던한된할될운인적".contains(tokens[k + 1].text.last!),
                      !h35KoIsName(text) || second.count >= 3 else { continue }
                var u = k + 2
                if h35Punct(u, "("), u + 2 < n, tokens[u + 1].kind == .number, h35Punct(u + 2, ")") { u += 3 }
                // Before a title the second word has no particle ("료헤이 사장은": 이 is the name's).
                if h35KoIsTitle(u) { second = tokens[k + 1].text }
                let roleBefore = k >= 1 && h35Hangul(k - 1) && Self.h35KoRolesBefore.contains(Self.h35KoStrip(tokens[k - 1].text))
                if h35KoIsTitle(u) && second == tokens[k + 1].text && !PlainText.hasPrefix(tokens[u].text, "시장") || roleBefore && (second != tokens[k + 1].text || u > k + 2) {
                    if Self.h35KoNotPlaces.contains(text) || anyMention(where: { $0.known != nil && $0.start < tokens[k + 1].end && $0.end > tokens[k].start }) { continue }
                    h35Add(tokens[k].start, tokens[k + 1].start + second.utf16.count, text + " " + second, .person)
                }
            }
        }
    }

    mutating func h35KoBodies() {
        let n = tokens.count
        for k in tokens.indices where h35Hangul(k) {
            let text = tokens[k].text
            let stem = Self.h35KoStrip(text)
            if let p = Self.h35KoParties.first(where: { Self.h35KoIsStemAndParticles(text, $0) }) {
                h35Add(tokens[k].start, tokens[k].start + p.utf16.count, p, .organization)
                continue
            }
            // (The word itself first: "디스플레이" ends in a particle-like 이.)
            for base in [text, stem] {
                if let h = Self.h35KoOrgEnds.first(where: { base.hasSuffix($0) }), base.count - h.count >= 2, h17AllHangul(base) {
                    h35Add(tokens[k].start, tokens[k].start + base.utf16.count, base, .organization)
                    break
                }
            }
            if anyMention(where: { $0.type == .organization && $0.known == nil && $0.start == tokens[k].start }) { continue }
            // "국무부 청사에서": a ministry of three syllables before its building or minister.
            if stem.count == 3, stem.hasSuffix("부"), k + 1 < n, h35Hangul(k + 1),
               ["청사", "장관", "대변인", "차관"].contains(Self.h35KoStrip(tokens[k + 1].text)) {
                h35Add(tokens[k].start, tokens[k].start + stem.utf16.count, stem, .organization)
                continue
            }
            // "도서출판 달빛서재에서": a publisher after its kind.
            if text == "도서출판", k + 1 < n, h35Hangul(k + 1) {
                let name = Self.h35KoStrip(tokens[k + 1].text)
                if name.count >= 2 { h35Add(tokens[k].start, tokens[k + 1].start + name.utf16.count, text + " " + name, .organization) }
                continue
            }
            // Clubs: "두산 베어스를", "요미우리 자이언츠의", "LG 트윈스가" (a plural nickname after the town or sponsor).
            if k + 1 < n, h35Hangul(k + 1), tokens[k + 1].spaceBefore {
                let nick = Self.h35KoStrip(tokens[k + 1].text)
                if nick.count >= 3, ["스", "즈", "츠"].contains(where: { nick.hasSuffix($0) }), (2...4).contains(stem.count), stem == text,
                   !anyMention(where: { ($0.type == .person || $0.type == .country) && $0.start < tokens[k + 1].end && $0.end > tokens[k].start }) {
                    h35Add(tokens[k].start, tokens[k + 1].start + nick.utf16.count, text + " " + nick, .organization, overKnown: true)
                }
            }
            // "울산 HD가": a town and a Latin sponsor code.
            if k + 1 < n, tokens[k + 1].script == .latin, tokens[k + 1].spaceBefore, stem == text, (2...3).contains(text.count),
               k == 0 || tokens[k].spaceBefore && tokens[k - 1].kind != .number {
                let code = String(tokens[k + 1].text.prefix { $0.isASCII && $0.isUppercase })
                if (2...3).contains(code.count), !Self.h35CommonAcronyms.contains(code.lowercased()), Self.h35KoIsStemAndParticles(String(tokens[k + 1].text.dropFirst(code.count)), "") || code.count == tokens[k + 1].text.count {
                    h35Add(tokens[k].start, tokens[k + 1].start + code.utf16.count, text + " " + code, .organization, overKnown: true)
                }
            }
        }
        // "LG 트윈스가": a Latin sponsor and a plural nickname.
        for k in tokens.indices where tokens[k].script == .latin && tokens[k].allCaps && k + 1 < n && h35Hangul(k + 1) && tokens[k + 1].spaceBefore {
            let nick = Self.h35KoStrip(tokens[k + 1].text)
            if nick.count >= 3, ["스", "즈", "츠"].contains(where: { nick.hasSuffix($0) }) {
                h35Add(tokens[k].start, tokens[k + 1].start + nick.utf16.count, tokens[k].text + " " + nick, .organization)
            }
        }
    }

    mutating func h35KoPlaces() {
        let n = tokens.count
        let hasCounty = anyMention(where: { $0.type == .place && ($0.surface.hasSuffix("군") || $0.surface.hasSuffix("시")) })
        for k in tokens.indices where h35Hangul(k) {
            let text = tokens[k].text
            let stem = Self.h35KoStrip(text)
            guard h17AllHangul(stem), !Self.h35KoNotPlaces.contains(stem) else { continue }
            if anyMention(where: { $0.start < tokens[k].end && $0.end > tokens[k].start && ($0.known != nil || $0.type == .country || $0.type == .person) }) { continue }
            // Venues: "서울월드컵경기장에서".
            if let h = Self.h35KoPlaceEnds.first(where: { stem.hasSuffix($0) }), stem.count - h.count >= 2 {
                h35Add(tokens[k].start, tokens[k].start + stem.utf16.count, stem, .place)
                continue
            }
            // Townships: "안내면과 군북면" (three syllables ending 면, in an article with a county or city).
            if hasCounty, stem.count == 3, stem.hasSuffix("면"),
               stem != text || k + 1 < n && ["일대", "주민", "지역", "일원"].contains(Self.h35KoStrip(tokens[k + 1].text)) {
                h35Add(tokens[k].start, tokens[k].start + stem.utf16.count, stem, .place)
                continue
            }
            guard k >= 1, tokens[k].spaceBefore else { continue }
            let prevEnd = tokens[k - 1].end, prevStart = tokens[k - 1].start
            // After a country: "일본 나가노현의", "베트남 하이퐁 공장", "일본 후생노동성과" (a ministry), "미국 식품의약국".
            if anyMention(where: { $0.type == .country && $0.end == prevEnd }), tokens[k - 1].text.count <= 5, (2...7).contains(stem.count) {
                if stem.count >= 4, ["성", "국", "청", "처", "부"].contains(where: { stem.hasSuffix($0) }) {
                    h35Add(tokens[k].start, tokens[k].start + stem.utf16.count, stem, .organization)
                } else if ["현", "주", "성", "시", "섬"].contains(where: { stem.hasSuffix($0) }) && stem.count >= 3
                            || k + 1 < n && ["공장", "지역", "일대", "인근", "법인", "현지", "공항", "항구"].contains(Self.h35KoStrip(tokens[k + 1].text)) {
                    h35Add(tokens[k].start, tokens[k].start + stem.utf16.count, stem, .place)
                }
                continue
            }
            // In a list after a place: "오사카와 시즈오카에", "부평구와 서구 일대".
            let prevText = tokens[k - 1].text
            if (prevText.hasSuffix("와") || prevText.hasSuffix("과")), anyMention(where: { $0.type == .place && $0.end >= prevEnd - 1 && $0.start >= prevStart && $0.end <= prevEnd }),
               (2...5).contains(stem.count), stem != text && ["에", "에서", "의"].contains(where: { text.hasSuffix($0) }) || ["구", "군", "시", "도", "현", "주"].contains(where: { stem.hasSuffix($0) }) && stem.count >= 2
                || k + 1 < n && ["일대", "지역", "공장", "인근"].contains(Self.h35KoStrip(tokens[k + 1].text)) {
                h35Add(tokens[k].start, tokens[k].start + stem.utf16.count, stem, .place)
            }
        }
    }

    mutating func h35KoCountries() {
        for k in tokens.indices {
            // Hanja one-character countries (美, 日, 佛), alone or two together (美中).
            if tokens[k].script == .han {
                let chars = Array(tokens[k].text)
                guard (1...3).contains(chars.count), chars.allSatisfy({ Self.h35KoHanja[$0] != nil }) else { continue }
                var off = tokens[k].start
                for c in chars {
                    let w = String(c).utf16.count
                    h35AddCountry(off, off + w, String(c), Self.h35KoHanja[c]!)
                    off += w
                }
                continue
            }
            guard h35Hangul(k) else { continue }
            if anyMention(where: { $0.type == .country && $0.start < tokens[k].end && $0.end > tokens[k].start }) { continue }
            let text = tokens[k].text
            // Compounds: "한미동맹의", "한미일", "방미에는".
            if let (c, codes) = Self.h35KoCompounds.first(where: { text.hasPrefix($0.0) }) {
                let rest = String(text.dropFirst(c.count))
                if Self.h35KoCompoundTails.contains(where: { !$0.isEmpty && rest.hasPrefix($0) && Self.h35KoIsStemAndParticles(String(rest.dropFirst($0.count)), "") })
                    || Self.h35KoIsStemAndParticles(rest, "") {
                    var off = tokens[k].start
                    for (i, code) in codes.enumerated() {
                        // 한미일: one syllable a country (방미: the second).
                        let syl = c.count == codes.count ? i : c.count - 1
                        let ch = String(Array(c)[syl])
                        if c.count == codes.count { off = tokens[k].start + syl } else { off = tokens[k].start + syl }
                        h35AddCountry(off, off + 1, ch, code)
                    }
                    continue
                }
            }
            // A country opening a longer word: "한국거래소", "독일에서도", "대한축구협회".
            for (name, code) in Self.h35KoCountries where text.hasPrefix(name) && text.count > name.count {
                let rest = String(text.dropFirst(name.count))
                if Self.h35KoIsStemAndParticles(rest, "") && rest.count >= 2
                    || Self.h35KoCountryTails.contains(where: { rest.hasPrefix($0) && Self.h35KoIsStemAndParticles(String(rest.dropFirst($0.count)), "") })
                    || Self.h17KoreanOrgEnds.contains(where: { Self.h35KoStrip(rest).hasSuffix($0) }) {
                    h35AddCountry(tokens[k].start, tokens[k].start + name.utf16.count, name, code)
                }
                break
            }
            if text.hasPrefix("대한"), text.count >= 5, !text.hasPrefix("대한민국"), Self.h17KoreanOrgEnds.contains(where: { Self.h35KoStrip(text).hasSuffix($0) }) {
                h35AddCountry(tokens[k].start, tokens[k].start + 2, "대한", "KR")
            }
        }
    }

    /// Drops common acronyms and the sports and time nouns read as names (프로축구, 현지시간).
    mutating func h35KoCleanup() {
        mentions.removeAll { m in m.known == nil && m.type != .country && Self.h35KoNotPlaces.contains(Self.h35KoStrip(m.surface)) }
        h35DropCommonAcronyms()
    }

    /// A known name or country matched through its particle ("서울에서", "미국을") covers the name only: the reader
    /// highlights the range, and the alias is the name.
    mutating func h35KoTrimRanges() {
        for i in mentions.indices {
            let m = mentions[i]
            guard m.known != nil || m.type == .country, let first = m.surface.unicodeScalars.first, first.value >= 0xAC00, first.value <= 0xD7A3 else { continue }
            var stem: String?
            if let k = m.known {
                let e = lex.knowledge.entities[k]
                stem = ([e.name] + e.aliases).filter { m.surface.hasPrefix($0) && m.surface != $0 && Self.h35KoIsStemAndParticles(m.surface, $0) }.max { $0.count < $1.count }
            } else {
                stem = Self.h35KoCountries.first { m.surface != $0.0 && Self.h35KoIsStemAndParticles(m.surface, $0.0) }?.0
            }
            guard let s = stem else { continue }
            mentions[i].end = m.start + s.utf16.count
            mentions[i].surface = s
        }
    }
}
