import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout33 (genres no earlier set has, in Vietnamese, Russian, Chinese,
/// Arabic and Ukrainian: quarterly results, takeovers, bond issues and listings; football matches; film, book and music
/// prizes and tours; a satellite launch and a drug trial; trials; scored untouched at 0.729 / 0.958 before any of them).
/// One pass, run just before refineCP15. The patterns: titles of films, books, albums and vehicles in quotes after their
/// noun; tickers, stock indices and Latin codes (CMOS, VAR, BBB) read as bodies; Vietnamese bodies by their heads (Viện kiểm
/// sát nhân dân, Đoàn Luật sư, Cơ quan Cảnh sát điều tra, Hãng phim, CLB, CTCP) over compound words ("Thành phố",
/// "Công an"), a board's company, a judge after "Thẩm phán", honorific acronyms (NSND); Russian clubs in «» with their
/// town, a cosmodrome's name, a body "сообщили в", a legal form before «…», a regional branch "… России по … области", a
/// hyphenated common noun no person; Chinese bodies joined to their sub-units, places inside bodies, counters, market
/// value (市值), compound surnames, names after role nouns; Arabic names after a nationality, stadiums and publishers by
/// their heads, languages read as countries. Each rule is gated on the language (and script) before any scan.
extension NameFinder {
    mutating func refineHoldout33() {
        guard !tokens.isEmpty else { return }
        let uk = language == "uk"
        let cyr = lang.ru || uk
        if lang.vi || cyr || language == "ar" { h33QuotedTitles() }
        if lang.vi || cyr { h33Tickers() }
        if lang.vi { h33Vietnamese() }
        if cyr { h33Cyrillic() }
        if hasHan, language == "zh" { h33LatinCodes(); h33Han() }
        if hasArabic, language == "ar" { h33LatinCodes(); h33Arabic() }
    }

    // MARK: - Titles in quotes

    /// Nouns after which a quoted name is a title (film, novel, album, song, tour, vehicle) or a nickname, not an entity.
    static let h33TitleNouns = KeySet(["phim", "thuyet", "sach", "album", "kich", "tho", "danh",
        "альбом", "альбома", "фильм", "фильма", "роман", "романа", "книга", "книги", "книгу", "песня", "песню", "сингл", "тур", "тура",
        "спектакль", "сериал", "прозвищу", "прозвище", "блоком", "блок", "спутником", "спутник", "носитель", "кораблем", "корабль",
        "фільм", "пісня", "пісню", "книжка", "прізвисько", "називають", "называют"] + ["رواية", "روايه", "فيلم", "كتاب", "ألبوم", "أغنية", "مسرحية", "ديوان"].map { TextFolding.key($0) })
    /// A gate of `h33QuotedTitles` (with `h33TitleNouns`): its Vietnamese prizes follow "giải".
    static let h33GiaiCue = KeySet(["giai"])
    /// «X», “X”, "X" after a title noun: no mention inside is an entity (a country stays). "giải X" (a prize) no entity either.
    mutating func h33QuotedTitles() {
        guard articleHas(Self.h33TitleNouns) || articleHas(Self.h33GiaiCue) else { return }
        let n = tokens.count
        var drop = Set<Int>()
        // (The opening quotes' key hashes, compared before the bytes: most punctuation is none of them.)
        let (hGuillemet, hCurly, hStraight) = (Token.hash("«"), Token.hash("“"), Token.hash("\""))
        for k in 1..<max(n - 2, 1) where tokens[k].kind == .punct {
            let h = tokens[k].keyHash
            guard h == hGuillemet || h == hCurly || h == hStraight else { continue }
            // Byte tests of the key (a `String` compared with a non-ASCII literal normalizes both).
            let t = tokens[k].key
            guard Self.utf8Equal(t, "«") || Self.utf8Equal(t, "“") || Self.utf8Equal(t, "\"") else { continue }
            guard tokens[k - 1].kind == .word, !tokens[k - 1].capitalized || tokens[k - 1].script == .arabic || keyIs(k - 1, "album"),
                  h23Key(k - 1, Self.h33TitleNouns) else { continue }
            var c = k + 1
            while c < n, c - k <= 14, !(tokens[c].kind == .punct && (Self.utf8Equal(tokens[c].key, "»") || Self.utf8Equal(tokens[c].key, "”") || Self.utf8Equal(tokens[c].key, "\""))) { c += 1 }
            guard c < n, c - k <= 14, c > k + 1 else { continue }
            let (s, e) = (tokens[k + 1].start, tokens[c - 1].end)
            for i in mentions.indices where mentionType(i) != .country && mentionStart(i) >= s && mentionEnd(i) <= e { drop.insert(i) }
        }
        if lang.vi {
            // "giành giải Bông Sen Vàng": a prize after "giải" (and the same words elsewhere).
            var prizes: [[String]] = []
            for i in mentions.indices where mentionType(i) != .country && mentionType(i) != .person {
                guard let (a, _) = h31Span(i), a > 0, keyIs(a - 1, "giai"), !tokens[a - 1].capitalized else { continue }
                drop.insert(i)
                prizes.append(mentionWords(i))
            }
            if !prizes.isEmpty {
                for i in mentions.indices where mentionType(i) != .country && mentionKnown(i) == nil && prizes.contains(mentionWords(i)) { drop.insert(i) }
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Tickers, indices, Latin codes

    /// Words before a ticker ("khoan" only after "mã chứng"), one hashed look-up instead of a chain of `keyIs`.
    static let h33TickerWords = KeySet(["тикер", "тикером", "ticker", "khoan"])
    /// "индекс" and its cases (and Ukrainian "індекс") before an index's name.
    static let h33IndexWords = KeySet(["индекс", "индекса", "индексу", "индексом", "індекс"])
    /// "(mã chứng khoán: MKF)", "(тикер URHC)": a ticker is no entity of its own.
    mutating func h33Tickers() {
        var drop = Set<Int>()
        // (The tickers' loop acts only after a ticker's word, the indices' after an index's: skipped when those are absent.)
        let tickerCues = articleHas(Self.h33TickerWords), indexCues = articleHas(Self.h33IndexWords)
        for i in mentions.indices where tickerCues && mentionKnown(i) == nil && mentionType(i) != .country && mentionWordCount(i) == 1 {
            guard let (a, _) = h31Span(i), a >= 2, tokens[a].allCaps || tokens[a].script == .latin else { continue }
            var p = a - 1
            if keyIs(p, ":") { p -= 1 }
            // One hashed look-up of the word before gates the chain ("khoan" then needs "mã chứng").
            guard h23Key(p, Self.h33TickerWords) else { continue }
            if !keyIs(p, "khoan") || keyIs(p - 1, "chung") && keyIs(p - 2, "ma") {
                drop.insert(i)
            }
        }
        // "VN-Index", "VN30": a country's code inside an index's name names no country.
        for i in mentions.indices where mentionType(i) == .country {
            guard let (a, z) = h31Span(i), a == z, tokens[a].allCaps, tokens[a].script == .latin, a + 1 < tokens.count, !tokens[a + 1].spaceBefore else { continue }
            if tokens[a + 1].kind == .number || keyIs(a + 1, "-") && a + 2 < tokens.count && (keyIs(a + 2, "index") || tokens[a + 2].kind == .number) { drop.insert(i) }
        }
        // "индекс РТС", "индекс Мосбиржи": an index is no entity.
        if !lang.vi, indexCues {
            for i in mentions.indices where mentionType(i) != .country {
                guard let (a, _) = h31Span(i), a > 0, tokens[a - 1].kind == .word, !tokens[a - 1].capitalized else { continue }
                if h23Key(a - 1, Self.h33IndexWords) {
                    drop.insert(i)
                }
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// In Chinese and Arabic text, an unknown Latin acronym (CMOS, VAR, BBB, HX of "HX-2107") is a technology, a rating or a
    /// code, no entity, unless it follows a body's name in parentheses (its acronym).
    mutating func h33LatinCodes() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionWordCount(i) == 1 {
            guard let (a, z) = h31Span(i), a == z, tokens[a].script == .latin, tokens[a].allCaps else { continue }
            let len = tokens[a].text.utf8.count
            guard len >= 2, len <= 6 else { continue }
            // Arabic text writes companies in Latin letters too (BP, OMV): only a code or a rating there ("BBB+", "HX-2107").
            if hasArabic, !(a + 1 < tokens.count && !tokens[a + 1].spaceBefore && (keyIs(a + 1, "+") || keyIs(a + 1, "-") && a + 2 < tokens.count && tokens[a + 2].kind == .number)) { continue }
            // "（ASCO）": an acronym in parentheses is a body's other name.
            if a >= 1, keyIs(a - 1, "(") || keyIs(a - 1, "（") { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Vietnamese

    /// Heads of Vietnamese bodies (keys) whose name runs on over capitalized words and compound words ("Thành phố", "Công an").
    static let h33ViHeads: [([String], EntityType)] = [
        (["vien", "kiem", "sat", "nhan", "dan"], .organization), (["doan", "luat", "su"], .organization),
        (["co", "quan", "canh", "sat", "dieu", "tra"], .organization), (["hang", "phim"], .organization), (["clb"], .organization),
        (["ctcp"], .organization), (["nha", "hat"], .place), (["khu", "cong", "nghiep"], .place),
        (["hoi", "dong", "quan", "tri"], .organization), (["hoi", "dong", "thanh", "vien"], .organization)]
    static let h33ViMiddle = KeySet(["van", "thi", "minh", "quoc", "duc", "huu", "thanh", "ngoc", "kim", "xuan", "hong", "quang", "tien", "anh", "bao", "khac"])
    static let h33ViPlaceNouns = KeySet(["tran", "duong", "pho", "cau", "cho", "ap", "thon", "lang", "khu", "ben", "cang", "song", "nui", "ho", "kenh",
        "truong", "benh", "vien", "san", "cong", "dao", "deo", "ga"])
    static let h33ViUnits = KeySet(["tinh", "thanh", "pho", "huyen", "quan", "thi", "xa", "phuong"])
    static let h33ViHeadFirsts = KeySet(["vien", "doan", "co", "hang", "clb", "ctcp", "nha", "khu", "hoi"])
    static let h33ViSurnames = KeySet(["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong",
        "ly", "mai", "trinh", "lam", "dinh", "truong", "luu", "dao", "ton", "quach", "kha", "cu", "vien", "dam", "la", "ha", "ta", "cao", "thai", "luong"])

    /// End (exclusive) of the name after a head at `b`: capitalized words, a lowercase word only right after a segment's first
    /// capitalized word and before another capitalized one ("Thành phố Hồ", "Chứng khoán Bến"); a number after the last
    /// word when `number`.
    func h33ViRun(_ b: Int, number: Bool) -> Int {
        let n = tokens.count
        var q = b, segStart = true
        while q < n, q - b < 10 {
            if isCap(q) && !tokens[q].newlineBefore {
                segStart = q == b || !isCap(q - 1)
                q += 1
                continue
            }
            if tokens[q].kind == .word, q > b, segStart, isCap(q - 1), q + 1 < n, isCap(q + 1) || h23Key(q + 1, Self.h33ViUnits), !tokens[q].newlineBefore {
                segStart = false
                q += 1
                // The next capitalized word opens a new segment.
                continue
            }
            // "Công an thành phố Cần Thơ", "tỉnh Bắc Ninh": a lowercase unit before a capitalized name.
            if tokens[q].kind == .word, q > b, h23Key(q, Self.h33ViUnits), q + 1 < n, isCap(q + 1) || h23Key(q + 1, Self.h33ViUnits) && q + 2 < n && isCap(q + 2) {
                segStart = false
                q += 1
                continue
            }
            break
        }
        while q > b, !isCap(q - 1) { q -= 1 }
        if number, q > b, q < n, tokens[q].kind == .number, tokens[q].spaceBefore, tokens[q].text.utf8.count <= 2 { q += 1 }
        return q
    }

    /// The gates of two patterns of `h33Vietnamese`: the honorific acronyms, and "thẩm phán" (both words).
    static let h33ViHonorificKeys = KeySet(["nsnd", "nsut", "ngnd", "ngut", "hlv"])
    static let h33ViThamKey = KeySet(["tham"]), h33ViPhanKey = KeySet(["phan"])

    mutating func h33Vietnamese() {
        let n = tokens.count
        // (The set read once: a static's every read in the loop checked its initialization and retained it.)
        let headFirsts = Self.h33ViHeadFirsts
        // (The walk acts only at a head's first word: none in the article, no walk.)
        var k = articleHas(headFirsts) ? 0 : n
        while k < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, h23Key(k, headFirsts) else { continue }
            for (head, type) in Self.h33ViHeads {
                guard k + head.count < n else { continue }
                var ok = true
                for (j, w) in head.enumerated() where !PhraseMatcher.same(tokens[k + j].key, w) { ok = false; break }
                guard ok else { continue }
                let isPark = head[0] == "khu"
                guard isCap(k) || isPark else { break }
                let b = k + head.count
                guard isCap(b) else { break }
                let z = h33ViRun(b, number: isPark)
                guard z > b else { break }
                let board = head[0] == "hoi"
                // "Chủ tịch Hội đồng quản trị Trịnh Thị …": the chairwoman, not a body.
                if board, h23Key(b, Self.h33ViSurnames) { break }
                // "Hội đồng quản trị X": the board of a company named elsewhere ("… Thủy sản X") is no body of its own.
                if board {
                    let runWords = (b..<z).map { tokens[$0].key }
                    if anyMention(where: { $0.type == .organization && $0.words.count > runWords.count && Array($0.words.suffix(runWords.count)) == runWords }) {
                        let (hs, he) = (tokens[k].start, tokens[z - 1].end)
                        mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < he && $0.end > hs }
                        k = z - 1
                        break
                    }
                }
                let a = board ? b : k
                if isPark {
                    // The park's name with its number ("Trà Nóc 2"); the head stays an alias.
                    guard tokens[z - 1].kind == .number else { break }
                    let (s, e) = (tokens[b].start, tokens[z - 1].end)
                    if anyMention(where: { $0.type == .place && $0.start <= s && $0.end >= e }) { break }
                    h31Replace(b, z, with: mention(b, z, type: .place, evidence: .cue), overKnown: false)
                    break
                }
                let (s, e) = (tokens[a].start, tokens[z - 1].end)
                if anyMention(where: { $0.type == type && $0.start == s && $0.end == e }) { k = z - 1; break }
                let (hs, he) = (tokens[k].start, tokens[z - 1].end)
                mentions.removeAll { $0.type != .country && $0.start < he && $0.end > hs }
                var m = mention(a, z, type: type, evidence: .cue)
                if type == .place { m.placeContext = true }
                // "CLB Sông Hàn Đà Nẵng" and "Sông Hàn Đà Nẵng": one club (its words without the head).
                if head[0] == "clb" { m.words = (b..<z).filter { tokens[$0].kind == .word }.map { tokens[$0].key } }
                mentions.append(m)
                k = z - 1
                break
            }
        }
        var drop = Set<Int>(), added: [Mention] = []
        // (The words asked of most mentions and tokens compared by their keys' hashes first, with no call: see `keyIs(_:_:hash:)`.)
        let (hViet, hTruong, hPhan, hTham) = (Token.hash("viet"), Token.hash("truong"), Token.hash("phan"), Token.hash("tham"))
        let honorifics = articleHas(Self.h33ViHonorificKeys)
        for i in mentions.indices where mentionType(i) != .country {
            guard let (a, z) = h31Span(i) else { continue }
            let words = mentionWordCount(i)
            // "NSND Đào Khắc Hưng": an honorific acronym is no body.
            if honorifics, a == z, tokens[a].allCaps, keyIs(a, "nsnd") || keyIs(a, "nsut") || keyIs(a, "ngnd") || keyIs(a, "ngut") || keyIs(a, "hlv") {
                drop.insert(i); continue
            }
            // "Hội đồng xét xử", "Ban giám khảo": a council or board named by lowercase words only is no body.
            if mentionType(i) == .organization, mentionKnown(i) == nil, words >= 2, z > a, keyIs(a, "hoi") || keyIs(a, "ban"),
               !((a + 1)...z).contains(where: { isCap($0) }) {
                drop.insert(i); continue
            }
            // "thuộc về Cù Minh Hải": a family name, a middle name and a given name are a person, not a place.
            if mentionType(i) == .place, mentionKnown(i) == nil, z - a == 2, h23Key(a, Self.h33ViSurnames), h23Key(a + 1, Self.h33ViMiddle),
               (a...z).allSatisfy({ isCap($0) }), a > 0, !h23Key(a - 1, Self.h33ViUnits), !h23Key(a - 1, Self.h33ViPlaceNouns), !keyIs(a - 1, "tai"),
               !keyIs(a - 1, "o"), !keyIs(a - 1, "den") {
                mentions[i].type = .person
                mentions[i].placeContext = false
                continue
            }
            // "người Mỹ gốc Việt Nguyen Thanh Lam": the origin's "Việt" is no part of the name.
            if keyIs(a, "viet", hash: hViet), a > 0, keyIs(a - 1, "goc") || keyIs(a - 1, "nguoi"), z - a >= 3, h23Key(a + 1, Self.h33ViSurnames),
               ((a + 1)...z).allSatisfy({ isCap($0) }) {
                drop.insert(i)
                added.append(mention(a + 1, z + 1, type: .person, evidence: .cue))
                continue
            }
            // "Cục trưởng Cục Điện ảnh Viên Quốc Toản": the chief's name after his body.
            if mentionType(i) == .organization, mentionKnown(i) == nil, a >= 1, keyIs(a - 1, "truong", hash: hTruong), !tokens[a - 1].capitalized, z - a >= 4 {
                let j = h23Key(z - 2, Self.h33ViSurnames) && z - 2 >= a + 2 ? z - 2 : h23Key(z - 3, Self.h33ViSurnames) && z - 3 >= a + 2 ? z - 3 : -1
                if j > 0, (j...z).allSatisfy({ isCap($0) }) {
                    drop.insert(i)
                    added.append(mention(a, j, type: .organization, evidence: .cue))
                    added.append(mention(j, z + 1, type: .person, evidence: .cue))
                }
            }
        }
        // "Thẩm phán Mai Xuân Trường": the judge, not a place or a body.
        let judges = articleHas(Self.h33ViThamKey) && articleHas(Self.h33ViPhanKey)
        for k in 2..<(judges ? max(n - 2, 2) : 2) where isCap(k) && keyIs(k - 1, "phan", hash: hPhan) && keyIs(k - 2, "tham", hash: hTham) && h23Key(k, Self.h33ViSurnames) {
            var z = k + 1
            while z < n, z - k < 4, isCap(z) { z += 1 }
            guard z - k >= 2 else { continue }
            let (s, e) = (tokens[k].start, tokens[z - 1].end)
            if anyMention(where: { $0.type == .person && $0.start == s && $0.end == e }) { continue }
            for i in mentions.indices where mentionType(i) != .country && mentionStart(i) < e && mentionEnd(i) > s { drop.insert(i) }
            added.append(mention(k, z, type: .person, evidence: .cue))
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    // MARK: - Russian and Ukrainian

    /// Endings of a verb or a short participle ("расположен", "выпускает", "вырос"), not of a genitive noun ("делами", "обороны").
    static let h33VerbEnds: [[UInt8]] = ["ен", "ан", "ет", "ит", "ят", "ют", "ал", "ла", "ли", "ло", "ыл", "ил"].map { Array($0.utf8) }
    static let h33LegalForms = KeySet(["ооо", "пао", "ао", "зао", "оао", "тов", "прат", "ат", "пат", "муп", "гуп", "фгуп", "нко"])
    static let h33ReportVerbs = KeySet(["сообщили", "рассказали", "заявили", "пояснили", "уточнили", "подтвердили", "сообщают",
        "повідомили", "розповіли", "заявили"])
    static let h33Cosmodromes = KeySet(["космодром", "космодрома", "космодроме", "космодромом", "космодрому"])
    static let h33RegionNouns = KeySet(["области", "краю", "округу", "республике", "области,"])

    mutating func h33Cyrillic() {
        let n = tokens.count
        var drop = Set<Int>(), added: [Mention] = []
        // (The patterns that act only at a word of their list, skipped when the list is absent from the article.)
        let hasForms = articleHas(Self.h33LegalForms), hasReport = articleHas(Self.h33ReportVerbs), hasRegion = articleHas(Self.h33RegionNouns)
        for i in mentions.indices where mentionType(i) != .country {
            guard let (a, z) = h31Span(i), tokens[a].script == .cyrillic else { continue }
            // "Ракета-носитель": a hyphenated common noun is no person.
            if mentionType(i) == .person, z > a {
                var hyphenLower = false
                for j in a..<z where keyIs(j, "-") && tokens[j + 1].kind == .word && !tokens[j + 1].capitalized && tokens[j + 1].text.utf8.count >= 6 { hyphenLower = true }
                if hyphenLower { drop.insert(i); continue }
            }
            // "Аналитик ООО «…»": a role word before a legal form is no part of the body.
            if hasForms, mentionType(i) == .organization, mentionKnown(i) == nil, z == a + 1, isCap(a), !h23Key(a, Self.h33LegalForms), h23Key(a + 1, Self.h33LegalForms),
               z + 1 < n, keyIs(z + 1, "«") {
                drop.insert(i)
                continue
            }
            // "Завод расположен": a sentence's first noun and a lowercase word are no name.
            if mentionType(i) != .person, mentionKnown(i) == nil, z == a + 1, tokens[a].sentenceStart, tokens[z].kind == .word, !tokens[z].capitalized,
               !tokens[z].allCaps, a > 0, !keyIs(a - 1, "«"), Self.utf8EndsInAny(tokens[z].key, Self.h33VerbEnds, slack: 20) {
                drop.insert(i)
                continue
            }
            // "сообщили в Роскосмосе": the source the news agency was told by is a body.
            if hasReport, mentionType(i) == .place, mentionKnown(i) == nil, a == z, a >= 2, keyIs(a - 1, "в"), h23Key(a - 2, Self.h33ReportVerbs) {
                mentions[i].type = .organization
                mentions[i].placeContext = false
                continue
            }
            // "… Следственного комитета России по Новосибирской области": the regional branch's name goes on.
            if hasRegion, mentionType(i) == .organization, z + 3 < n, keyIs(z, "россии") || keyIs(z, "рф"), keyIs(z + 1, "по"), isCap(z + 2),
               h23Key(z + 3, Self.h33RegionNouns) {
                let (s, e) = (tokens[z + 1].start, tokens[z + 3].end)
                for j in mentions.indices where j != i && mentionType(j) != .country && mentionStart(j) >= s && mentionEnd(j) <= e { drop.insert(j) }
                drop.insert(i)
                var m = mention(a, z + 4, type: .organization, evidence: .cue)
                m.placeContext = false
                added.append(m)
                continue
            }
        }
        // "у Палаці спорту": a palace (of sports, of culture) is a building, not Palau.
        if language == "uk" {
            for i in mentions.indices where mentionType(i) == .country {
                guard let (a, z) = h31Span(i), a == z, keyStarts(a, "палац"), a + 1 < n, tokens[a + 1].kind == .word, !tokens[a + 1].capitalized else { continue }
                drop.insert(i)
                var m = mention(a, a + 2, type: .place, evidence: .cue)
                m.placeContext = true
                added.append(m)
            }
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
        drop = []; added = []
        var k = 0
        let cosmodromes = Self.h33Cosmodromes   // (read once, not per token: see `l13FrenchTowns`)
        let hasCosmodromes = articleHas(cosmodromes)
        while k + 1 < n {
            defer { k += 1 }
            guard tokens[k].kind != .number else { continue }
            // "с космодрома Восточный": the cosmodrome's name is a place.
            if hasCosmodromes, tokens[k].kind == .word, h23Key(k, cosmodromes), isCap(k + 1), !tokens[k + 1].sentenceStart {
                let (s, e) = (tokens[k + 1].start, tokens[k + 1].end)
                if !anyMention(where: { $0.type == .place && $0.start <= s && $0.end >= e }) {
                    for i in mentions.indices where mentionType(i) != .country && mentionStart(i) < e && mentionEnd(i) > s { drop.insert(i) }
                    var m = mention(k + 1, k + 2, type: .place, evidence: .cue)
                    m.placeContext = true
                    added.append(m)
                }
                continue
            }
            // "мэрии Новосибирска": the city hall of a town is a body.
            if tokens[k].kind == .word, !tokens[k].capitalized, keyStarts(k, "мэри"), tokens[k].text.utf8.count <= 12, isCap(k + 1) {
                let (s, e) = (tokens[k].start, tokens[k + 1].end)
                guard !anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) else { continue }
                for i in mentions.indices where mentionType(i) != .country && mentionKnown(i) == nil && mentionStart(i) < e && mentionEnd(i) > s { drop.insert(i) }
                added.append(mention(k, k + 2, type: .organization, evidence: .cue))
                continue
            }
            guard tokens[k].kind == .punct, Self.utf8Equal(tokens[k].key, "«") else { continue }
            var c = k + 1
            while c < n, c - k <= 4, tokens[c].kind == .word && isCap(c) || keyIs(c, "-") { c += 1 }
            guard c < n, c > k + 1, Self.utf8Equal(tokens[c].key, "»") else { continue }
            let (qs, qe) = (tokens[k + 1].start, tokens[c - 1].end)
            // A legal form before the quote: "ТОВ «Гуцул Концерт Груп»" one body.
            if hasForms, k > 0, h23Key(k - 1, Self.h33LegalForms), tokens[k - 1].allCaps {
                let (s, e) = (tokens[k - 1].start, tokens[c].end)
                if !anyMention(where: { $0.type == .organization && $0.start <= tokens[k - 1].start && $0.end >= qe }),
                   anyMention(where: { $0.type == .organization && $0.start == tokens[k - 1].start && $0.end == tokens[k - 1].end }) {
                    for i in mentions.indices where mentionType(i) != .country && mentionStart(i) < e && mentionEnd(i) > s { drop.insert(i) }
                    added.append(mention(k - 1, c + 1, type: .organization, evidence: .cue))
                }
                continue
            }
            // A club and its town: "«Торпедо» Владимир", "«Ладоги» из Твери", "саранский «Кристалл»".
            guard c - k == 2 else { continue }
            if c + 1 < n, isCap(c + 1), !tokens[c + 1].sentenceStart, tokens[c + 1].script == .cyrillic, !tokens[c + 1].newlineBefore,
               !(c + 2 < n && isCap(c + 2)) {
                let (s, e) = (tokens[k].start, tokens[c + 1].end)
                if anyMention(where: { $0.type == .organization && $0.start <= qs && $0.end >= tokens[c + 1].end }) { continue }
                for i in mentions.indices where mentionType(i) != .country && mentionStart(i) < e && mentionEnd(i) > s { drop.insert(i) }
                var m = mention(k, c + 2, type: .organization, evidence: .cue)
                m.placeContext = false
                added.append(m)
                k = c + 1
                continue
            }
            let fromTown = c + 2 < n && keyIs(c + 1, "из") && isCap(c + 2)
            let adjective = k > 0 && tokens[k - 1].kind == .word && !tokens[k - 1].capitalized &&
                (Self.utf8Ends(tokens[k - 1].key, "ский") || Self.utf8Ends(tokens[k - 1].key, "цкий") || Self.utf8Ends(tokens[k - 1].key, "ского") || Self.utf8Ends(tokens[k - 1].key, "ской") || Self.utf8Ends(tokens[k - 1].key, "ская"))
            guard fromTown || adjective else { continue }
            if anyMention(where: { $0.type == .organization && $0.start == qs && $0.end == qe }) { continue }
            for i in mentions.indices where mentionType(i) != .country && mentionStart(i) < qe && mentionEnd(i) > qs { drop.insert(i) }
            var m = mention(k + 1, c, type: .organization, evidence: .cue)
            m.placeContext = false
            added.append(m)
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    // MARK: - Chinese

    static func h33U16(_ s: String) -> [UInt16] { Array(s.utf16) }
    /// A set of UTF-16 code units as bits (a `Set<UInt16>` hashed every look-up).
    struct H33Bits: Sendable {
        private var w = [UInt64](repeating: 0, count: 1024)
        init(_ s: String) { for u in s.utf16 { w[Int(u >> 6)] |= 1 << UInt64(u & 63) } }
        init(_ units: [UInt16]) { for u in units { w[Int(u >> 6)] |= 1 << UInt64(u & 63) } }
        @inline(__always) func contains(_ u: UInt16) -> Bool { w[Int(u >> 6)] & (1 << UInt64(u & 63)) != 0 }
    }
    /// `c[p..<p+r.count] == r`.
    @inline(__always) static func h33At(_ c: [UInt16], _ p: Int, _ r: [UInt16]) -> Bool {
        guard p >= 0, p + r.count <= c.count else { return false }
        for j in 0..<r.count where c[p + j] != r[j] { return false }
        return true
    }
    static let h33SubUnitSuffixes: [[UInt16]] = ["中心", "医院", "学院", "研究所", "研究院"].map(h33U16)
    static let h33PlaceOrgSuffixes: [[UInt16]] = ["出版社", "中心", "基金会", "研究所", "医院", "协会"].map(h33U16)
    static let h33Counters = H33Bits("家个所名位座")
    static let h33FunctionChars = H33Bits("但而并且和与及对在从向将把被让该本")
    static let h33Prepositions = H33Bits("以在于从向到至")
    static let h33Compound: [[UInt16]] = ["欧阳", "诸葛", "司马", "上官", "司徒", "东方", "皇甫", "慕容", "夏侯", "尉迟", "公孙", "令狐"].map(h33U16)
    static let h33AfterName = H33Bits("的说表介认被在接主远，。、等也则曾将和与称指透强回")
    static let h33Roles: [[UInt16]] = ["作家", "前锋", "队长", "小将", "后卫", "中锋", "门将", "主任医师", "医师", "本名", "球员", "汉学家", "译者", "诗人"].map(h33U16)
    static let h33Breaks = H33Bits("的和与、")
    static let h33Levels = H33Bits("省市县区")
    static let h33VerbChars = H33Bits("设建立在向为给到把将援")
    static let h33Gong = h33U16("公司"), h33Shi: UInt16 = 0x5E02 /* 市 */, h33Daxue = h33U16("大学")
    static let h33ValueChars = H33Bits("值场")
    static let h33Piao: UInt16 = 0x6734 /* 朴 */
    static let h33Dui: UInt16 = 0x961F /* 队 */
    static let h33Zai: UInt16 = 0x5728 /* 在 */, h33Ju: UInt16 = 0x4E3E /* 举 */, h33Ban: UInt16 = 0x529E /* 办 */, h33Xing: UInt16 = 0x884C /* 行 */
    static let h33PlaceSuffixes: [[UInt16]] = ["盆地", "盐湖", "三角洲", "步行街", "草原", "半岛", "海峡", "峡谷"].map(h33U16)
    static let h33PlaceBounds = H33Bits("在于的和与到从向以等了是为由对把被将")

    @inline(__always) static func h33HasSuffix(_ c: ArraySlice<UInt16>, _ s: [UInt16]) -> Bool {
        guard c.count >= s.count else { return false }
        let base = c.endIndex - s.count
        for j in 0..<s.count where c[base + j] != s[j] { return false }
        return true
    }
    /// First characters of the role nouns and place suffixes, and 举 (of "在XY举办"): a Han run without one is not read again.
    static let h33Trigger = H33Bits(h33Roles.map { $0[0] } + h33PlaceSuffixes.map { $0[0] } + [0x4E3E])
    static let h33RoleFirst = H33Bits(h33Roles.map { $0[0] })
    static let h33SuffixFirst = H33Bits(h33PlaceSuffixes.map { $0[0] })

    mutating func h33Han() {
        // The run's UTF-16 units, decoded once per article (see `hanRunUnits`).
        @inline(__always) func chars(_ ti: Int) -> [UInt16] { hanRunUnits(ti) }
        var drop = Set<Int>(), added: [Mention] = []
        func hanMention(_ ti: Int, _ a: Int, _ b: Int, _ type: EntityType, _ c: [UInt16]) -> Mention {
            let name = String(decoding: c[a..<b], as: UTF16.self)
            return Mention(surface: name, start: token(ti).start + a, end: token(ti).start + b, type: type, evidence: .cue, words: [name])
        }
        // Bodies: counters, function characters, sub-units, adjacent bodies.
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h33Counters = Self.h33Counters, h33FunctionChars = Self.h33FunctionChars, h33Gong = Self.h33Gong,
            h33SubUnitSuffixes = Self.h33SubUnitSuffixes, h33Breaks = Self.h33Breaks, h33ValueChars = Self.h33ValueChars,
            h33Prepositions = Self.h33Prepositions, h33Levels = Self.h33Levels, h33PlaceOrgSuffixes = Self.h33PlaceOrgSuffixes,
            h33VerbChars = Self.h33VerbChars, h33AfterName = Self.h33AfterName, h33Compound = Self.h33Compound, h33Dui = Self.h33Dui,
            h33Roles = Self.h33Roles, hanSurnameSet = Self.hanSurnameSet, h33Piao = Self.h33Piao, h33PlaceSuffixes = Self.h33PlaceSuffixes,
            h33PlaceBounds = Self.h33PlaceBounds, h33Zai = Self.h33Zai
        for i in mentions.indices where mentionType(i) == .organization || mentionType(i) == .place || mentionType(i) == .person {
            let (ms, me) = (mentionStart(i), mentionEnd(i))
            // The person rule reads only names of three characters (no run is looked up for the others).
            if mentionType(i) == .person, me - ms != 3 { continue }
            guard let ti = tokenIndex(containing: ms), token(ti).script == .han, token(ti).end >= me else { continue }
            let c = chars(ti)
            let off = ms - token(ti).start, end = me - token(ti).start
            guard off >= 0, end <= c.count, end > off else { continue }
            let type = mentionType(i)!
            if type == .organization {
                // "32家医院": a counter after a number opens no name.
                if off == 0, ti > 0, token(ti - 1).kind == .number, h33Counters.contains(c[0]) { drop.insert(i); continue }
                // "但公司": a function character before 公司.
                if end - off == 3, h33FunctionChars.contains(c[off]), Self.h33HasSuffix(c[off..<end], h33Gong) { drop.insert(i); continue }
                // "中山大学肿瘤防治中心", "四川大学华西医院": a university's unit is one body.
                if mentionKnown(i) == nil || true, Self.h33HasSuffix(c[off..<end], Self.h33Daxue) {
                    var best = -1
                    for sfx in h33SubUnitSuffixes {
                        var q = end + sfx.count
                        while q <= min(c.count, end + 8 + sfx.count) {
                            if h33Breaks.contains(c[q - 1]) { break }
                            if Self.h33HasSuffix(c[end..<q], sfx) { best = max(best, q); break }
                            q += 1
                        }
                    }
                    if best > 0 {
                        let (s, e) = (ms, token(ti).start + best)
                        for j in mentions.indices where j != i && mentionType(j) != .country && mentionStart(j) >= s && mentionEnd(j) <= e { drop.insert(j) }
                        drop.insert(i)
                        added.append(hanMention(ti, off, best, .organization, c))
                        continue
                    }
                }
            } else if type == .place {
                // "总市值", "市场": 市 before 值/场 is no town's suffix.
                if c[end - 1] == Self.h33Shi, end < c.count, h33ValueChars.contains(c[end]) { drop.insert(i); continue }
                // "以柴达木盆地": a preposition opens no place.
                if end - off >= 4, h33Prepositions.contains(c[off]), mentionKnown(i) == nil {
                    drop.insert(i)
                    added.append(hanMention(ti, off + 1, end, .place, c))
                    continue
                }
                // "浙江文艺出版社", "广东省疾病预防控制中心": a place, two to eight characters and a body's suffix: the body.
                var best = -1
                let level = h33Levels.contains(c[end - 1])
                for sfx in h33PlaceOrgSuffixes where level || sfx.count == 3 && sfx[0] == 0x51FA /* 出版社 */ {
                    var q = end + 2 + sfx.count
                    while q <= min(c.count, end + 8 + sfx.count) {
                        if h33Breaks.contains(c[q - 1]) || h33VerbChars.contains(c[q - 1]) { break }
                        if Self.h33HasSuffix(c[(end + 2)..<q], sfx) { best = max(best, q); break }
                        q += 1
                    }
                }
                if best > 0 {
                    let (s, e) = (ms, token(ti).start + best)
                    if !anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) {
                        for j in mentions.indices where mentionType(j) != .country && mentionStart(j) >= s && mentionEnd(j) <= e { drop.insert(j) }
                        added.append(hanMention(ti, off, best, .organization, c))
                        continue
                    }
                }
            } else if type == .person {
                // "司马振邦": a compound surname's name of four characters.
                if end - off == 3, end + 1 < c.count, h33AfterName.contains(c[end + 1]), !h33AfterName.contains(c[end]),
                   h33Compound.contains(where: { $0[0] == c[off] && $0[1] == c[off + 1] }) {
                    drop.insert(i)
                    added.append(hanMention(ti, off, end + 1, .person, c))
                    continue
                }
            }
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
        drop = []; added = []
        // Adjacent bodies in one run ("中国足球协会" + "纪律委员会", "中国作家协会" + "创作研究部"): one body.
        // (The bodies' starts are collected once: only a body ending at one of them searches the mentions.)
        var orgStarts = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization { orgStarts.insert(mentionStart(i)) }
        for i in mentions.indices where mentionType(i) == .organization {
            let e = mentionEnd(i)
            guard orgStarts.contains(e), !drop.contains(i), let j = firstMentionIndex(where: { $0.type == .organization && $0.start == e }), j != i, !drop.contains(j),
                  let ti = tokenIndex(containing: mentionStart(i)), token(ti).script == .han, token(ti).end >= mentionEnd(j) else { continue }
            let c = chars(ti)
            drop.insert(i); drop.insert(j)
            added.append(hanMention(ti, mentionStart(i) - token(ti).start, mentionEnd(j) - token(ti).start, .organization, c))
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
        drop = []; added = []
        // A team named after its places ("广西柳州螺城队", "吉林延边天池队", "赣州瑞金红星队"): the places and two to four
        // characters before 队 are one body (read only when a run holds 队: its cached scalars are tested first).
        let hasDui = tokens.indices.contains { token($0).script == .han && hanRunScalars($0).contains { $0.value == UInt32(Self.h33Dui) } }
        for i in mentions.indices where hasDui && (mentionType(i) == .place || mentionType(i) == .organization) {
            let (ms, me) = (mentionStart(i), mentionEnd(i))
            guard let ti = tokenIndex(containing: ms), token(ti).script == .han, token(ti).end >= me else { continue }
            let c = chars(ti)
            let off = ms - token(ti).start, end = me - token(ti).start
            guard off >= 0, end <= c.count else { continue }
            var q = -1
            if mentionType(i) == .place {
                var p = end + 2
                while p < min(c.count, end + 5) {
                    if h33Breaks.contains(c[p - 1]) || h33VerbChars.contains(c[p - 1]) { break }
                    if c[p] == h33Dui { q = p + 1; break }
                    p += 1
                }
            } else if c[end - 1] == h33Dui {
                q = end
            }
            guard q > 0 else { continue }
            // Places written just before it (the province before the town).
            var a = off
            while let j = firstMentionIndex(where: { $0.type == .place && $0.end == token(ti).start + a && $0.start >= token(ti).start }) {
                a = mentionStart(j) - token(ti).start
            }
            guard a < off || mentionType(i) == .place else { continue }
            let (s, e) = (token(ti).start + a, token(ti).start + q)
            if anyMention(where: { $0.type == .organization && $0.start == s && $0.end >= e }) { continue }
            for j in mentions.indices where mentionType(j) != .country && mentionStart(j) >= s && mentionEnd(j) <= e { drop.insert(j) }
            added.append(hanMention(ti, a, q, .organization, c))
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
        drop = []; added = []
        // A place inside a body's name ("广西柳州螺城队", "山东泰山队预备队") is not named by it.
        // (The bodies' spans are collected once, and the places are read only when there is a body.)
        var orgSpans: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization { orgSpans.append((mentionStart(i), mentionEnd(i))) }
        for i in mentions.indices where !orgSpans.isEmpty && mentionType(i) == .place {
            let (s, e) = (mentionStart(i), mentionEnd(i))
            if orgSpans.contains(where: { $0.0 <= s && $0.1 >= e && ($0.1 - $0.0) > (e - s) }),
               let ti = tokenIndex(containing: s), token(ti).script == .han { drop.insert(i) }
        }
        // Names after role nouns ("作家马秀兰的", "队长蓝文韬主罚", "前锋朴志勋接") and after a quoted nickname ("“小马”马天翔远射").
        var triggered: [Int] = []
        // (The sets every character is asked about, read once: a static's every read calls `swift_once`.)
        let trigger = Self.h33Trigger, roleFirst = Self.h33RoleFirst, suffixFirst = Self.h33SuffixFirst
        for ti in tokens.indices where token(ti).script == .han {
            // A run's cached scalars, tested against the trigger characters before any copy (BMP runs: offsets are UTF-16).
            let quoted = ti > 0 && Self.utf8Equal(token(ti - 1).key, "”")
            var hit = quoted
            if !hit {
                let sc = hanRunScalars(ti)
                for x in sc where x.value < 0x10000 && trigger.contains(UInt16(x.value)) { hit = true; break }
            }
            if hit { triggered.append(ti) }
        }
        for ti in triggered {
            let c = chars(ti)
            var starts: [Int] = []
            if ti > 0, Self.utf8Equal(token(ti - 1).key, "”") { starts.append(0) }
            if c.count >= 4 {
                for p in 0..<c.count where roleFirst.contains(c[p]) {
                    for r in h33Roles where r[0] == c[p] && Self.h33At(c, p, r) && p + r.count + 2 <= c.count { starts.append(p + r.count) }
                }
            }
            for a in starts where a + 2 <= c.count {
                let sur = c[a]
                guard let sc = Unicode.Scalar(UInt32(sur)), hanSurnameSet.contains(Self.hanCode(sc)) || sur == h33Piao else { continue }
                var b = -1
                if a + 3 < c.count, h33AfterName.contains(c[a + 3]), !h33AfterName.contains(c[a + 2]), !h33AfterName.contains(c[a + 1]) { b = a + 3 }
                else if a + 3 == c.count, !h33AfterName.contains(c[a + 2]), !h33AfterName.contains(c[a + 1]) { b = a + 3 }
                else if a + 2 < c.count, h33AfterName.contains(c[a + 2]), !h33AfterName.contains(c[a + 1]) { b = a + 2 }
                else if a + 2 == c.count, !h33AfterName.contains(c[a + 1]) { b = a + 2 }
                guard b > 0 else { continue }
                let (s, e) = (token(ti).start + a, token(ti).start + b)
                // A shorter reading of the same name ("宋致" of "宋致远被") gives way.
                if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s && ($0.type == .person && !($0.start == s && $0.end < e) || $0.known != nil || $0.type == .organization) }) { continue }
                for j in mentions.indices where mentionType(j) != .country && mentionStart(j) < e && mentionEnd(j) > s { drop.insert(j) }
                added.append(hanMention(ti, a, b, .person, c))
            }
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
        drop = []; added = []
        // Places by their suffix after a bound ("在察尔汗盐湖边", "珠江三角洲地区", "在五星步行街"), and "在X举办/举行".
        for ti in triggered {
            let c = chars(ti)
            guard c.count >= 4 else { continue }
            for p in 2..<c.count where suffixFirst.contains(c[p]) {
                for sfx in h33PlaceSuffixes where sfx[0] == c[p] && Self.h33At(c, p, sfx) {
                    var a = p
                    while a > 0, p - a < 4, !h33PlaceBounds.contains(c[a - 1]) { a -= 1 }
                    guard p - a >= 2, a == 0 || h33PlaceBounds.contains(c[a - 1]) else { continue }
                    let (s, e) = (token(ti).start + a, token(ti).start + p + sfx.count)
                    if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s && ($0.type != .place || $0.start <= s && $0.end >= e) }) { continue }
                    for j in mentions.indices where mentionType(j) == .place && mentionStart(j) >= s && mentionEnd(j) <= e { drop.insert(j) }
                    var m = hanMention(ti, a, p + sfx.count, .place, c)
                    m.placeContext = true
                    added.append(m)
                }
            }
            for q in 3..<c.count where c[q] == Self.h33Ju {
                let p = q - 2
                guard q + 1 < c.count, c[p - 1] == h33Zai, c[q + 1] == Self.h33Ban || c[q + 1] == Self.h33Xing else { continue }
                let (s, e) = (token(ti).start + p, token(ti).start + p + 2)
                if anyMention(where: { $0.start < e && $0.end > s }) { continue }
                var m = hanMention(ti, p, p + 2, .place, c)
                m.placeContext = true
                added.append(m)
            }
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    // MARK: - Arabic

    static let h33ArPrepositions = KeySet(["في", "من", "إلى", "على", "عن", "مع", "بعد", "قبل", "أن", "إن", "قد", "التي", "الذي"].map { TextFolding.key($0) })
    static let h33ArLinks = KeySet(["أبو", "ابن", "بن", "آل", "بنت", "أم"].map { TextFolding.key($0) })
    static let h33ArBodyHeads = KeySet(["جامعة", "وزارة", "شركة", "مركز", "هيئة", "مجلس", "بنك", "مؤسسة", "صندوق", "معهد", "نادي", "مدرسة", "مستشفى",
        "اتحاد", "لجنة", "دار", "منشورات", "وكالة", "سفارة", "الصندوق"].map { TextFolding.key($0) })
    static let h33ArNamedHeads = KeySet(["وكالة", "مركز", "مؤسسة", "هيئة", "نادي"].map { TextFolding.key($0) })
    static let h33ArAnaphora = KeySet(["الشركة", "الهيئة", "الوزارة", "المجموعة", "الجائزة", "البنك", "المؤسسة"].map { TextFolding.key($0) })
    static let h33ArPlaceHeads = KeySet(["ستاد", "ملعب", "منارة"].map { TextFolding.key($0) })
    static let h33ArOrgHeads = KeySet(["منشورات"].map { TextFolding.key($0) })
    static let h33ArCorporate = KeySet(["كابيتال", "القابضة", "جروب", "هولدينغ", "إنفست"].map { TextFolding.key($0) })
    static let h33ArLanguageCues = KeySet(["إلى", "اللغة", "باللغة", "بالإنجليزية"].map { TextFolding.key($0) })

    @inline(__always) func h33ArWord(_ k: Int) -> Bool { k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].script == .arabic }
    @inline(__always) func h33ArAl(_ k: Int) -> Bool { keyStarts(k, "ال") }

    mutating func h33Arabic() {
        let n = tokens.count
        var drop = Set<Int>(), added: [Mention] = []
        // Languages: "إلى الإنجليزية والفرنسية" names no country.
        // (This pattern and the heads' below act only at a word of their lists: skipped when the lists are absent.)
        let languageCues = articleHas(Self.h33ArLanguageCues)
        for i in mentions.indices where languageCues && mentionType(i) == .country {
            guard let ti = tokenIndex(containing: mentionStart(i)), h33ArWord(ti), ti > 0, Self.utf8Ends(tokens[ti].key, "يه") else { continue }
            var p = ti - 1
            if keyStarts(ti, "وال") { while p > 0, h33ArWord(p), Self.utf8Ends(tokens[p].key, "يه"), p > ti - 4 { p -= 1 } }
            if h23Key(p, Self.h33ArLanguageCues) { drop.insert(i) }
        }
        // A nationality and a name to the punctuation: "العراقي حيدر آل ياسين،", "للمغربي إدريس ابن الطيب،".
        for k in 0..<max(n - 3, 0) where isCountry[k] && h33ArWord(k) {
            guard Self.utf8Ends(tokens[k].key, "ي"), keyStarts(k, "ال") || keyStarts(k, "لل") || keyStarts(k, "وال") else { continue }
            guard h33ArWord(k + 1), !isCountry[k + 1], !h33ArAl(k + 1), !keyStarts(k + 1, "لل"), !keyStarts(k + 1, "بال"), !keyStarts(k + 1, "وال"),
                  !h23Key(k + 1, Self.h33ArBodyHeads) else { continue }
            var q = k + 1
            while q < n, q - k <= 5, h33ArWord(q), !h23Key(q, Self.h33ArPrepositions), !isCountry[q], !h23Key(q, Self.h33ArBodyHeads),
                  q == k + 1 || h23Key(q, Self.h33ArLinks) || !keyStarts(q, "ب") && !keyStarts(q, "لل") { q += 1 }
            guard q < n, tokens[q].kind == .punct, q - k - 1 >= 2, q - k - 1 <= 4 else { continue }
            let hasLink = ((k + 1)..<q).contains { h23Key($0, Self.h33ArLinks) }
            // A family name with the article is a nisba ("الخزرجي"), not a noun after the name ("الهدف", "المعرض").
            guard hasLink || h33ArAl(q - 1) && Self.utf8Ends(tokens[q - 1].key, "ي") else { continue }
            if h23Key(k + 1, Self.h33ArLinks) && !keyIs(k + 1, TextFolding.key("أبو")) { continue }
            let (s, e) = (tokens[k + 1].start, tokens[q - 1].end)
            if anyMention(where: { $0.type == .person && $0.start == s && $0.end >= e }) { continue }
            // A person read over the first words: extended only by nisbas.
            if let j = firstMentionIndex(where: { $0.type == .person && $0.start == s }) {
                let pe = mentionEnd(j)
                var r = k + 1
                while r < q, tokens[r].end <= pe { r += 1 }
                guard r < q, (r..<q).allSatisfy({ h33ArAl($0) && Self.utf8Ends(tokens[$0].key, "ي") }) else { continue }
            }
            if anyMention(where: { $0.type != .country && $0.type != .person && $0.start < e && $0.end > s && $0.known != nil }) { continue }
            for i in mentions.indices where mentionType(i) != .country && mentionStart(i) < e && mentionEnd(i) > s { drop.insert(i) }
            added.append(mention(k + 1, q, type: .person, evidence: .cue))
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
        drop = []; added = []
        // Heads: "ستاد الأمير محمد", "منارة السعديات" places; "منشورات ضفاف المغاربية" a publisher.
        // (The sets every Arabic word is asked about, read once: a static's every read calls `swift_once`.)
        let placeHeads = Self.h33ArPlaceHeads, orgHeads = Self.h33ArOrgHeads, namedHeads = Self.h33ArNamedHeads
        let headCues = articleHas(placeHeads) || articleHas(orgHeads), namedCues = articleHas(namedHeads)
        for k in 0..<(headCues ? max(n - 1, 0) : 0) where h33ArWord(k) {
            let place = h23Key(k, placeHeads)
            guard place || h23Key(k, orgHeads) else { continue }
            var q = k + 1
            while q < n, q - k <= 3, h33ArWord(q), !h23Key(q, Self.h33ArPrepositions), !(q > k + 1 && (keyStarts(q, "ب") || keyStarts(q, "و"))) { q += 1 }
            guard q > k + 1 else { continue }
            let (s, e) = (tokens[k].start, tokens[q - 1].end)
            let type: EntityType = place ? .place : .organization
            if anyMention(where: { $0.type == type && $0.start <= s && $0.end >= e }) { continue }
            // A place read after the head by another rule ("ملعب الشيخ جابر" → "الشيخ جابر") stays.
            if place, anyMention(where: { $0.type == .place && $0.start >= tokens[k + 1].start && $0.start < e }) { continue }
            for i in mentions.indices where mentionType(i) != .country && mentionStart(i) < e && mentionEnd(i) > s { drop.insert(i) }
            // A stadium's name without its head (a generic word before a place is an alias).
            var m = mention(place ? k + 1 : k, q, type: type, evidence: .cue)
            if place { m.variants = [surface(k, q)] }
            m.placeContext = place
            added.append(m)
        }
        // "وكالة فيتش للتصنيف الائتماني", "مركز أبوظبي للغة العربية": a head, a name, "لل" + a noun and one adjective: one body.
        // "نادي معان": a club and its town.
        for k in 0..<(namedCues ? max(n - 2, 0) : 0) where h33ArWord(k) && h23Key(k, namedHeads) {
            guard h33ArWord(k + 1), !h33ArAl(k + 1), !h23Key(k + 1, Self.h33ArPrepositions) else { continue }
            // The name is a place or a known name ("مركز أبوظبي …"), or a foreign word after وكالة ("وكالة فيتش"), not a common noun
            // ("مركز خدمة للحافلات", "مركز لوجستي …").
            let (ns, ne) = (tokens[k + 1].start, tokens[k + 1].end)
            let named = anyMention(where: { $0.start <= ns && $0.end >= ne && ($0.type == .place || $0.known != nil) })
            if !named {
                guard keyIs(k, TextFolding.key("وكالة")) || keyIs(k, TextFolding.key("نادي")), !Self.utf8Ends(tokens[k + 1].key, "ه"), !Self.utf8Ends(tokens[k + 1].key, "ي") else { continue }
            }
            var q: Int
            if keyIs(k, TextFolding.key("نادي")) {
                q = k + 2
            } else {
                guard h33ArWord(k + 2), keyStarts(k + 2, "لل") else { continue }
                q = k + 3
                if h33ArWord(q), h33ArAl(q) { q += 1 }
            }
            let (s, e) = (tokens[k].start, tokens[q - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
            if anyMention(where: { $0.type == .person && $0.start < e && $0.end > s }) { continue }
            for i in mentions.indices where mentionType(i) != .country && mentionStart(i) < e && mentionEnd(i) > s { drop.insert(i) }
            added.append(mention(k, q, type: .organization, evidence: .cue))
        }
        // (One loop over the bodies: each one's token span is found once for both rules.)
        // (Each of its three patterns acts only at a word of its list: none of them in the article, no loop.)
        let anaphora = articleHas(Self.h33ArAnaphora), bodyHeads = articleHas(Self.h33ArBodyHeads), corporate = articleHas(Self.h33ArCorporate)
        for i in mentions.indices where (anaphora || bodyHeads || corporate) && mentionType(i) == .organization {
            guard let (a, z) = h31Span(i) else { continue }
            if mentionKnown(i) == nil, tokens[a].script == .arabic {
                // "مجمع الشركة": a noun and "the company" (the one the story is about) is no name.
                if anaphora, z == a + 1, h23Key(z, Self.h33ArAnaphora) { drop.insert(i) }
                // "شركة بتروكيماويات سعودية": a head, an indefinite noun and an indefinite adjective: "a Saudi petrochemical company".
                else if bodyHeads, z == a + 2, h23Key(a, Self.h33ArBodyHeads), !h33ArAl(a + 1), !h33ArAl(z), Self.utf8Ends(tokens[z].key, "يه") { drop.insert(i) }
            }
            // "شركة الدرعية كابيتال": a transliterated corporate word ends the company's name.
            guard corporate, z + 1 < n, h23Key(z + 1, Self.h33ArCorporate) else { continue }
            drop.insert(i)
            added.append(mention(a, z + 2, type: .organization, evidence: .cue))
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }
}
