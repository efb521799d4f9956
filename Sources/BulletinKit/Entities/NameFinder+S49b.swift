import Foundation

/// Session 49 (b): general Vietnamese, Russian and Chinese causes left by a blind set (the tests use other texts and
/// names):
/// - Vietnamese: a body read from a title made of a body's noun and "trưởng" ("Phó Chi cục trưởng Chi cục …") starts
///   after the title; one capitalized word read as a person that is a body's or a site's noun with its lowercase word
///   ("Giám đốc Vườn quốc gia …") is none;
/// - Vietnamese: one or two capitalized words and a number after a small unit's noun ("ấp Kênh 9", "các bản Lak 35, …")
///   are a place; the name after a landform's noun ("dãy", "đèo", "cao nguyên", "thung lũng", "bán đảo", "quần đảo") is
///   a place (the nouns checked as written: folded keys drop the tones, "dạy"/"dãy");
/// - Vietnamese: a body cut before its lowercase words takes them when a bracket with a capital follows ("Cục Xúc tiến
///   thương mại (Bộ Công Thương)"), and the same body elsewhere too; a ministry's or a department's name in brackets
///   after another body is its parent, not another name of it;
/// - Vietnamese: a foreign name of two or three capitalized words after "ông"/"bà" and before a comma is a person;
///   "TP" and a city the article reads as known is that city; a site's name with its domain in brackets opening a
///   paragraph before a dash ("(Chinhphu.vn) -") is the source, a body;
/// - Russian: a route's end cut at a glued hyphen takes the rest ("Пули-Хумри"); a quoted name after an all-capitals
///   abbreviation (a legal form, "ОАХК \"…\"") is a body, the same quoted name elsewhere too; a word glued by a hyphen
///   to "Арена" is a venue; a body named "имени" someone that runs on over two nominative words before a past-tense
///   verb ends before them, a person; a body ending in a genitive adjective takes its noun; a person guessed inside
///   quotes is a body (filling them) or none (a title's words); a capitalized adjective, lowercase adjectives, a noun and
///   a country's name ("Национальными электрическими сетями Узбекистана") are one body; a quoted name after a studio's,
///   a publisher's, a broadcaster's or a works' noun ("киностудии \"Беларусьфильм\"") is a body; a capitalized
///   adjective (lowercase adjectives after it) before an opera house's or a band's noun ("Рижский биг-бэнд") is a body;
///   a code of capitals and a number after a route's noun ("линии CASA-1000", "трассе М-4") is a place, elsewhere too;
/// - Chinese: a road read with the verbs before it ("并研究延伸高速公路", "自从高速公路开通") loses them, and is none when
///   no name is left; a road named by its ends ("甲地至乙地高速公路") takes the first end, and its short form of the
///   ends' first characters ("甲乙高速公路") is that road; two or three countries' one-character forms before 铁路, 公路
///   or a pipeline ("中老铁路") are a place;
/// - Chinese: the transliterated items of a list ("甲、乙和丙是…城市") are places when the clause after it names towns
///   or regions or another item is a place (a place with 地区/社区 after it too, "某某地区和加勒比海沿岸"); a
///   transliterated name before 社区 or 古城 is a place; after a list's item
///   of a province and a town, the next item's province is followed by a town ("江西景德镇和浙江龙泉");
/// - Chinese: two to four characters after an occupation's or a post's noun and before a verb of speech ("牧民乌日根骑着",
///   "院长吉日木图表示", "副盟长张丽萍在…介绍") are a person when they open with a surname, are a transliteration or follow
///   a herder's, a farmer's or a rider's noun (given names alone);
/// - Chinese: a body read from a pronoun ("她建议政府与某某银行") is the body after the last 与/和/同/跟/向; a body's common
///   noun alone (博物馆, 公司 …) is none.
/// `refineS49b` runs after `refineS48L` (before `refineCP15`). Cost: each rule is gated on the article's language and on
/// its trigger keys (`articleHas`: trưởng; the unit and landform nouns; a bracket; ông/bà; TP; a domain's end; the
/// dashes; the quotes; the arena's forms; имени; the studios' nouns) or characters (`hanArticleHasAny`: 路; 路/管; 社/古;
/// 和/与/及/、; the pronouns; 至/到; the verbs after a name); the rules then read the mentions of one type and a few tokens around each, or walk the tokens
/// testing one key hash (the unit nouns) or the Han runs holding a trigger character; a word is checked as written
/// (lowercased and composed) only after its key matched.
extension NameFinder {
    mutating func refineS49b() {
        guard tokenCount > 1 else { return }
        switch language {
        case "vi":
            s49bVietnameseTitleHeads()
            s49bVietnameseClassNounPersons()
            s49bVietnameseNumberedPlaces()
            s49bVietnameseLandforms()
            s49bVietnameseLowercaseTails()
            s49bVietnameseParentBodies()
            s49bVietnameseHonorificPersons()
            s49bVietnameseCityPrefixes()
            s49bVietnameseSourceDatelines()
        case "ru":
            s49bRussianHyphenatedEnds()
            s49bRussianAbbreviatedQuotedBodies()
            s49bRussianArenas()
            s49bRussianNamedAfterPersons()
            s49bRussianAdjectiveNouns()
            s49bRussianAdjectiveBodiesOfCountries()
            s49bRussianQuotedGuesses()
            s49bRussianQuotedStudios()
            s49bRussianEnsembleHeads()
            s49bRussianCodedRoutes()
        case "zh":
            guard hasHan else { return }
            s49bHanRoadOpeners()
            s49bHanCountryPairRoads()
            s49bHanHeadedTransliterations()
            s49bHanListPlaces()
            s49bHanParallelTowns()
            s49bHanPronounBodies()
            s49bHanOccupationNames()
            s49bHanBareBodies()
            s49bHanRoadAbbreviations()
        default:
            break
        }
    }

    // MARK: - Vietnamese

    /// Token `k`'s text, lowercased and composed, is one of `words`: folded keys drop the tones ("dạy" and "dãy", "đeo"
    /// and "đèo", "áp" and "ấp" share one), so a rule's word matched by its key is checked as written (only then).
    func s49bViText(_ k: Int, _ words: Set<String>) -> Bool {
        words.contains(tokens[k].text.lowercased().precomposedStringWithCanonicalMapping)
    }

    static let s49bViTruong = h18Keys(["trưởng"])

    /// "Phó Chi cục trưởng Chi cục Kiểm lâm tỉnh An Giang", "Cục trưởng Cục Hàng không": a body (not known) read from a
    /// title made of a body's noun and a lowercase "trưởng" (head) is the body after the title.
    mutating func s49bVietnameseTitleHeads() {
        guard articleHas(Self.s49bViTruong) else { return }
        var cuts: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z - a >= 3, mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end, tokens[a].capitalized else { continue }
            var t = a + 1
            while t < z, t - a <= 3, !Self.s49bViTruong.contains(tokens[t]) { t += 1 }
            guard t < z, t - a <= 3, !tokens[t].capitalized, Self.s49bViTruong.contains(tokens[t]), s49bViText(t, ["trưởng"]), h15CapLatin(t + 1) else { continue }
            cuts.append((i, t + 1, z + 1))
        }
        guard !cuts.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, a, b) in cuts {
            drop.insert(i)
            added.append(mention(a, b, type: .organization, evidence: mentions[i].evidence))
        }
        replaceMentions(removing: drop, adding: added)
    }

    /// A body's or a site's noun and the lowercase word after it ("Vườn quốc gia", "Ban quản lý", "Khu bảo tồn"), folded.
    static let s49bViClassPairs: Set<String> = Set(["vườn quốc", "ban quản", "khu bảo", "khu du", "khu công", "khu kinh", "trung tâm", "bệnh viện",
        "nhà máy", "nhà hát", "hợp tác", "sân bay", "sân vận", "cảng hàng", "công viên", "bảo tàng", "thư viện", "học viện", "đại học",
        "cửa khẩu", "ủy ban", "uỷ ban", "hội đồng", "quỹ bảo", "chi cục", "tổng cục", "tập đoàn", "công ty", "ngân hàng"].map { Self.l38FieldKey($0) })

    /// "ông Trần Văn Thắm, Giám đốc Vườn quốc gia U Minh Thượng": one capitalized word (not known) read as a person after
    /// a title, when it and the lowercase word after it are a body's or a site's noun ("Vườn quốc gia"), is no person.
    mutating func s49bVietnameseClassNounPersons() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), a == z, z + 1 < tokenCount, tokens[a].script == .latin, tokens[z + 1].kind == .word,
                  tokens[z + 1].script == .latin, !tokens[z + 1].capitalized, tokens[z + 1].spaceBefore,
                  Self.s49bViClassPairs.contains(tokens[a].key + " " + tokens[z + 1].key) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Lowercase nouns of small units whose names may end in a number ("ấp Kênh 9", "bản Lak 35", "khu phố Tân Lập 2").
    static let s49bViNumberedUnits = h18Keys(["ấp", "bản", "thôn", "xóm", "tổ", "khu", "đội", "làng", "buôn", "phố", "khóm"])
    static let s49bViNumberedUnitWords: Set<String> = ["ấp", "bản", "thôn", "xóm", "tổ", "khu", "đội", "làng", "buôn", "phố", "khóm"]
    static let s49bViNumberedUnitHashes: Set<UInt64> = Set(["ấp", "bản", "thôn", "xóm", "tổ", "khu", "đội", "làng", "buôn", "phố", "khóm"].map { Token.hash(TextFolding.key($0)) })

    /// "ở ấp Kênh 9", "các bản Lak 35, Nong Luang và …": one or two capitalized words and a number right after a small
    /// unit's lowercase noun are one place (a reading of the words alone gives way).
    mutating func s49bVietnameseNumberedPlaces() {
        guard articleHas(Self.s49bViNumberedUnits) else { return }
        var items: [(Int, Int)] = []
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard Self.s49bViNumberedUnitHashes.contains(tokens[k].keyHash), !tokens[k].capitalized, tokens[k].kind == .word, h15CapLatin(k + 1),
                  s49bViText(k, Self.s49bViNumberedUnitWords) else { continue }
            let e = h15CapRunEnd(k + 1, limit: 2)
            guard e > k + 1, e < tokenCount, tokens[e].kind == .number, tokens[e].spaceBefore else { continue }
            // (Not a date or a measure: "tổ Dân phố 7" is, "khu A 3 ha" is not.)
            if e + 1 < tokenCount, tokens[e + 1].kind == .word, !tokens[e + 1].capitalized, tokens[e + 1].text.utf8.count <= 3, !keyIs(e + 1, "va") { continue }
            items.append((k + 1, e + 1))
            k = e
        }
        guard !items.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e) in items {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.known != nil || $0.type == .country || $0.start < s || $0.end > end) }) { continue }
            for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= end { drop.insert(i) }
            var m = mention(a, e, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// Landforms' nouns (one lowercase word, or the second of two): "dãy", "đèo", "cao nguyên", "thung lũng", "bán đảo", "quần đảo".
    static let s49bViLandformOnes = h18Keys(["dãy", "đèo"])
    static let s49bViLandformSeconds = h18Keys(["nguyên", "lũng", "đảo"])
    static let s49bViLandformPairs: Set<String> = Set(["cao nguyên", "thung lũng", "bán đảo", "quần đảo"].map { Self.l38FieldKey($0) })
    static let s49bViNui = h18Keys(["núi"])

    /// "giữa dãy Trường Sơn và …", "trên cao nguyên Bolaven": one to three capitalized words after a landform's noun
    /// (a range, a pass, a plateau, a valley, a peninsula) are a place; a body's, a person's or an untyped reading gives way.
    mutating func s49bVietnameseLandforms() {
        guard articleHas(Self.s49bViLandformOnes) || articleHas(Self.s49bViLandformSeconds) else { return }
        var items: [(Int, Int)] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin, !tokens[k].capitalized || tokens[k].sentenceStart else { continue }
            var a = -1
            if Self.s49bViLandformOnes.contains(tokens[k]), s49bViText(k, ["dãy", "đèo"]) {
                a = k + 1
                if a < tokenCount, !tokens[a].capitalized, Self.s49bViNui.contains(tokens[a]), s49bViText(a, ["núi"]) { a += 1 }   // "dãy núi"
            } else if k >= 1, Self.s49bViLandformSeconds.contains(tokens[k]), tokens[k - 1].kind == .word,
                      !tokens[k - 1].capitalized || tokens[k - 1].sentenceStart, Self.s49bViLandformPairs.contains(tokens[k - 1].key + " " + tokens[k].key),
                      s49bViText(k, ["nguyên", "lũng", "đảo"]), s49bViText(k - 1, ["cao", "thung", "bán", "quần"]) {
                a = k + 1
            }
            guard a > 0, h15CapLatin(a) else { continue }
            let e = h15CapRunEnd(a, limit: 3)
            guard e > a else { continue }
            items.append((a, e))
            k = e - 1
        }
        addListedPlaces(items)
    }

    /// Lowercase words that are no part of a body's name (verbs, particles, prepositions).
    static let s49bViNotInName = h18Keys(["cho", "đã", "sẽ", "đang", "là", "và", "của", "tại", "ở", "với", "được", "bị", "có", "không", "vừa", "mới",
        "cũng", "thì", "này", "đó", "nói", "biết", "các", "những", "trong", "theo", "từ", "về", "để", "khi", "nên", "vì", "do", "ra", "vào", "lên",
        "ngày", "năm", "tháng", "hôm", "sáng", "chiều", "tối", "phối", "hợp", "ký", "kết", "tổ", "chức", "đề", "nghị", "cùng", "gồm", "như", "hay",
        "hoặc", "nhưng", "mà", "rằng", "đến", "qua", "sau", "trước", "trên", "dưới", "ông", "bà", "anh", "chị"])

    /// "Cục Xúc tiến thương mại (Bộ Công Thương)", "Công ty CP Tư vấn thiết kế đường sắt (TRICC)": a body (not known) read
    /// up to its capitalized words, followed by one to five lowercase words and a bracket opening with a capital (its
    /// parent or its acronym), takes the lowercase words; the same body written elsewhere with the same words takes them
    /// too.
    mutating func s49bVietnameseLowercaseTails() {
        guard articleHas(Self.s48cOpenBrackets) else { return }
        var grow: [(Int, Int, Int)] = []
        var tails: [(String, [String])] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end, tokens[z].kind == .word else { continue }
            var e = z + 1
            while e < tokenCount, e - z <= 5, tokens[e].kind == .word, tokens[e].script == .latin, !tokens[e].capitalized, tokens[e].spaceBefore,
                  !Self.s49bViNotInName.contains(tokens[e]) { e += 1 }
            guard e > z + 1, e - z <= 6, e + 1 < tokenCount, keyIs(e, "("), isCap(e + 1) else { continue }
            grow.append((i, a, e))
            tails.append((mentions[i].surface, (z + 1..<e).map { tokens[$0].key }))
        }
        guard !grow.isEmpty else { return }
        // (The same body elsewhere, followed by the same lowercase words.)
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil && !grow.contains(where: { $0.0 == i }) {
            guard let t = tails.first(where: { $0.0 == mentions[i].surface }), let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end,
                  z + t.1.count < tokenCount else { continue }
            guard (0..<t.1.count).allSatisfy({ tokens[z + 1 + $0].kind == .word && !tokens[z + 1 + $0].capitalized && tokens[z + 1 + $0].key == t.1[$0] }) else { continue }
            grow.append((i, a, z + 1 + t.1.count))
        }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, a, e) in grow {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end) }) { continue }
            for j in mentions.indices where mentions[j].start >= s && mentions[j].end <= end && mentions[j].type != .country { drop.insert(j) }
            drop.insert(i)
            added.append(mention(a, e, type: .organization, evidence: mentions[i].evidence))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    static let s49bViParentHeads = h18Keys(["bộ", "sở"])

    /// "Cục Lâm nghiệp và Kiểm lâm (Bộ Nông nghiệp và Môi trường)": a ministry's or a provincial department's name
    /// (two words or more, "Bộ"/"Sở" first) in brackets right after another body (not itself opening so) is its parent,
    /// a body of its own, not another name of it.
    mutating func s49bVietnameseParentBodies() {
        for i in mentions.indices where mentions[i].parenthesized && mentions[i].type == .organization {
            guard let (a, z) = seedSpan(i), z > a, a >= 2, keyIs(a - 1, "("), tokens[a].capitalized, Self.s49bViParentHeads.contains(tokens[a]) else { continue }
            let pe = tokens[a - 2].end
            guard let j = firstMentionIndex(where: { $0.type == .organization && $0.end == pe }), let (b, _) = seedSpan(j),
                  !Self.s49bViParentHeads.contains(tokens[b]) else { continue }
            mentions[i].parenthesized = false
        }
    }

    static let s49bViHonorifics = h18Keys(["ông", "bà"])

    /// "Ông Khamsing Phommachanh, Chủ nhiệm …": two or three capitalized words (no name read over them, no country's)
    /// after "ông"/"bà" (lowercase, or opening a sentence: "Bà Nà Hills" inside one is a place's) and before a comma are
    /// a person (a foreign name the Vietnamese readings pass over).
    mutating func s49bVietnameseHonorificPersons() {
        guard articleHas(Self.s49bViHonorifics) else { return }
        var added: [Mention] = []
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, Self.s49bViHonorifics.contains(tokens[k]), !tokens[k].capitalized || tokens[k].sentenceStart || tokens[k].newlineBefore,
                  s49bViText(k, ["ông", "bà"]), h15CapLatin(k + 1) else { continue }
            let e = h15CapRunEnd(k + 1, limit: 3)
            guard e - (k + 1) >= 2, e < tokenCount, keyIs(e, ","), (k + 1..<e).allSatisfy({ tokens[$0].script == .latin && !tokens[$0].allCaps }) else { continue }
            let (s, end) = (tokens[k + 1].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s }) { continue }
            added.append(mention(k + 1, e, type: .person, evidence: .cue))
            k = e
        }
        if !added.isEmpty { replaceMentions(removing: [], adding: added) }
    }

    static let s49bViTp = h18Keys(["tp"])

    /// "các tỉnh …, Hưng Yên và TP Hải Phòng": a place (not known) of "TP" and a name the article reads elsewhere as a
    /// known place is that place (its reading moved to the name), one entity with it.
    mutating func s49bVietnameseCityPrefixes() {
        guard articleHas(Self.s49bViTp) else { return }
        var moves: [(Int, Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end,
                  Self.s49bViTp.contains(tokens[a]), tokens[a].allCaps else { continue }
            let name = mentions[i].surface.unicodeScalars.count > 3 ? String(mentions[i].surface.dropFirst(3)) : ""
            guard !name.isEmpty, let j = firstMentionIndex(where: { $0.known != nil && $0.type == .place && PlainText.equal($0.surface, name) }) else { continue }
            moves.append((i, a + 1, z + 1, j))
        }
        guard !moves.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, a, b, j) in moves {
            drop.insert(i)
            var m = mention(a, b, type: .place, evidence: mentions[j].evidence, code: mentions[j].code)
            m.known = mentions[j].known
            m.placeContext = true
            added.append(m)
        }
        replaceMentions(removing: drop, adding: added)
    }

    static let s49bDomainEnds = h18Keys(["vn", "com", "net", "org"])

    /// "(Chinhphu.vn) - Sáng 6/12, …": a site's name with its domain in brackets opening a paragraph, before a dash, is the
    /// source, a body.
    mutating func s49bVietnameseSourceDatelines() {
        guard articleHas(Self.s49bDomainEnds), articleHas(Self.s48cOpenBrackets) else { return }
        var added: [Mention] = []
        for k in 0..<max(0, min(tokenCount - 4, 400)) where tokens[k].newlineBefore || k == 0 {
            guard keyIs(k, "("), h15CapLatin(k + 1) else { continue }
            var c = k + 1
            while c < tokenCount, c - k <= 5, !keyIs(c, ")") { c += 1 }
            guard c < tokenCount, c - k <= 5, c > k + 1, c + 1 < tokenCount, Self.s48cDashes.contains(tokens[c + 1]),
                  tokens[c - 1].kind == .word, Self.s49bDomainEnds.contains(tokens[c - 1]) || tokens[c - 1].text.hasSuffix(".vn") || tokens[c - 1].text.hasSuffix(".com") else { continue }
            let (s, e) = (tokens[k + 1].start, tokens[c - 1].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            added.append(mention(k + 1, c, type: .organization, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: [], adding: added) }
    }

    // MARK: - Russian

    /// "по линии Сангтуда – Пули-Хумри": a place (not known) cut before a glued hyphen and a capitalized Cyrillic word
    /// inside a route read over it takes them ("Пули" is "Пули-Хумри").
    mutating func s49bRussianHyphenatedEnds() {
        guard articleHas(Self.s48cDashes) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end, tokens[z].script == .cyrillic,
                  h15GluedHyphen(z + 1), isCap(z + 2), tokens[z + 2].script == .cyrillic else { continue }
            let e = tokens[z + 2].end
            guard anyMention(where: { $0.type == .place && $0.start < mentions[i].start && $0.end >= e }) else { continue }
            fixes.append((i, a, z + 3))
        }
        guard !fixes.isEmpty else { return }
        replaceEach(fixes, type: .place)
    }

    /// "Переговоры ОАХК \"Барки точик\" с …", "председателя \"Барки точик\"": a quoted name (one to four words, the
    /// first capitalized) right after an all-capitals Cyrillic abbreviation (a legal form: ОАО, ОАХК, ГУП …) is a body,
    /// and so is the same quoted name elsewhere in the article; the abbreviation's own reading (not known) and the
    /// readings inside the quotes give way.
    mutating func s49bRussianAbbreviatedQuotedBodies() {
        guard articleHas(Self.geo42Quotes) else { return }
        var spans: [(Int, Int)] = []
        var names: [[String]] = []
        var abbrevs: [Int] = []
        /// The end (exclusive, at the closing quote) of a quoted capitalized name opening at `q`, or nil.
        func quoted(_ q: Int) -> Int? {
            guard q + 2 < tokenCount, Self.geo42Quotes.contains(tokens[q]), isCap(q + 1), tokens[q + 1].script == .cyrillic else { return nil }
            var e = q + 1
            while e < tokenCount, e - q <= 5, tokens[e].kind == .word { e += 1 }
            guard e < tokenCount, e - q <= 5, Self.geo42CloseQuotes.contains(tokens[e]) else { return nil }
            return e
        }
        for k in 0..<max(0, tokenCount - 2) where tokens[k].allCaps && tokens[k].script == .cyrillic && tokens[k].kind == .word {
            let n = tokens[k].text.unicodeScalars.count
            guard n >= 2, n <= 6, let e = quoted(k + 1) else { continue }
            spans.append((k + 2, e))
            names.append((k + 2..<e).map { tokens[$0].key })
            abbrevs.append(k)
        }
        guard !spans.isEmpty else { return }
        // (The same quoted name elsewhere.)
        for q in 0..<max(0, tokenCount - 2) where Self.geo42Quotes.contains(tokens[q]) && !spans.contains(where: { $0.0 == q + 1 }) {
            guard let e = quoted(q) else { continue }
            let key = (q + 1..<e).map { tokens[$0].key }
            if names.contains(key) { spans.append((q + 1, e)) }
        }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e) in spans {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            // (A body read over the quoted name already keeps its reading, with its case forms; a place read there, "ЖК
            // «Северная звезда»", a housing estate's, stays.)
            if anyMention(where: { ($0.type == .organization || $0.type == .place) && $0.start <= s && $0.end >= end }) { continue }
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end || $0.known != nil || $0.type == .person) }) { continue }
            for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= end { drop.insert(i) }
            added.append(mention(a, e, type: .organization, evidence: .cue))
        }
        for k in abbrevs {
            let (s, end) = (tokens[k].start, tokens[k].end)
            for i in mentions.indices where mentions[i].start == s && mentions[i].end == end && mentions[i].known == nil && mentions[i].type != .country { drop.insert(i) }
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    static let s49bRuArenas = h18Keys(["арена", "арены", "арене", "арену", "ареной"])

    /// "в \"Минск-Арене\"", "на Чижовка-Арене": a capitalized word glued by a hyphen to a capitalized form of "Арена" is a
    /// venue, a place (a town's reading inside it, a body's or an untyped reading of the whole giving way).
    mutating func s49bRussianArenas() {
        guard articleHas(Self.s49bRuArenas) else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for k in 2..<tokenCount where tokens[k].capitalized && tokens[k].script == .cyrillic && Self.s49bRuArenas.contains(tokens[k]) {
            guard h15GluedHyphen(k - 1), isCap(k - 2), tokens[k - 2].script == .cyrillic else { continue }
            let (s, e) = (tokens[k - 2].start, tokens[k].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.start < s || $0.end > e || $0.type == .person) }) { continue }
            if anyMention(where: { $0.type == .place && $0.start == s && $0.end == e }) { continue }
            for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= e && mentions[i].type != .country { drop.insert(i) }
            added.append(mention(k - 2, k + 1, type: .place, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    static let s49bRuImeni = h18Keys(["имени"])

    /// A Cyrillic word ending as a past-tense verb does ("отметил", "сказала", "добавили").
    func s49bRuPastVerb(_ k: Int) -> Bool {
        guard k < tokenCount, tokens[k].kind == .word, tokens[k].script == .cyrillic, !tokens[k].capitalized else { return false }
        let key = tokens[k].key
        return ["л", "ла", "ли", "ло"].contains { PlainText.hasSuffix(key, $0) }
    }

    /// "Руководитель кафедры … академии имени Язепа Витола Андрис Кукурс отметил": a body (not known) whose name after
    /// "имени" runs on over two capitalized words no genitive's ending closes, right before a past-tense verb, ends
    /// before them, and they are a person (the subject of the verb).
    mutating func s49bRussianNamedAfterPersons() {
        guard articleHas(Self.s49bRuImeni) else { return }
        var fixes: [(Int, Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end, z - a >= 4,
                  s49bRuPastVerb(z + 1) else { continue }
            guard let r = (a..<z).last(where: { !tokens[$0].capitalized && Self.s49bRuImeni.contains(tokens[$0]) }), z - r >= 3 else { continue }
            let p = z - 1
            guard p > r + 1, isCap(p), isCap(z), tokens[p].script == .cyrillic, !s46bRussianGenitiveLooking(p), !s46bRussianGenitiveLooking(z) else { continue }
            fixes.append((i, a, p, z + 1))
        }
        guard !fixes.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, a, p, e) in fixes {
            drop.insert(i)
            added.append(mention(a, p, type: .organization, evidence: mentions[i].evidence))
            added.append(mention(p, e, type: .person, evidence: .cue))
        }
        replaceMentions(removing: drop, adding: added)
    }

    /// A lowercase Cyrillic word ending as a genitive adjective does ("культурного", "национальной", "водных").
    func s49bRuGenitiveAdjective(_ k: Int) -> Bool {
        guard k < tokenCount, tokens[k].kind == .word, tokens[k].script == .cyrillic, !tokens[k].capitalized else { return false }
        let key = tokens[k].key
        return ["ого", "его", "ой", "ей", "ых", "их"].contains { PlainText.hasSuffix(key, $0) } && h14RussianAdjective(k)
    }

    /// "Государственный фонд культурного капитала": a body (not known) whose name ends in a lowercase genitive adjective
    /// takes the lowercase genitive noun after it (an adjective ends no name).
    mutating func s49bRussianAdjectiveNouns() {
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, mentions[i].end == tokens[z].end, s49bRuGenitiveAdjective(z), z + 1 < tokenCount,
                  tokens[z + 1].kind == .word, tokens[z + 1].script == .cyrillic, !tokens[z + 1].capitalized, tokens[z + 1].spaceBefore,
                  !h14RussianAdjective(z + 1), s46bRussianGenitiveLooking(z + 1) else { continue }
            fixes.append((i, a, z + 2))
        }
        guard !fixes.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, a, e) in fixes {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end) }) { continue }
            drop.insert(i)
            added.append(mention(a, e, type: .organization, evidence: mentions[i].evidence))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// "в кассах \"Biļešu Paradīze\"", "фестиваль \"Балтийская весна\"": a person guessed (no cue, not known) inside
    /// quotes is none of a person: a body when it fills the quotes in Latin letters, nothing when the quotes hold
    /// lowercase words too (a title's).
    mutating func s49bRussianQuotedGuesses() {
        guard articleHas(Self.geo42Quotes) else { return }
        var drop = Set<Int>()
        var retype: [Int] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil && mentions[i].evidence == .guess {
            // (An opening quote: glued to the name, a space or the line's start before it; a straight quote closes too.)
            guard let (a, z) = seedSpan(i), a >= 1, Self.geo42Quotes.contains(tokens[a - 1]), !tokens[a].spaceBefore,
                  a == 1 || tokens[a - 1].spaceBefore || tokens[a - 1].newlineBefore else { continue }
            let q = a - 1
            var e = z + 1
            while e < tokenCount, e - z <= 4, tokens[e].kind == .word { e += 1 }
            guard e < tokenCount, Self.geo42CloseQuotes.contains(tokens[e]) else { continue }
            // (A Latin-script name filling them is a firm's, "Biļešu Paradīze"; a Cyrillic one may be a product's, «Урал».)
            if e == z + 1 { if tokens[a].script == .latin { retype.append(i) } }
            else if (q + 1..<e).contains(where: { tokens[$0].kind == .word && !tokens[$0].capitalized && !isCap($0) }) { drop.insert(i) }
        }
        for i in retype { mentions[i].type = .organization }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "с Национальными электрическими сетями Узбекистана": a capitalized adjective read alone (not known) as a body or
    /// untyped, one to three lowercase adjectives, a lowercase noun and a country's name after it are one body.
    /// A Cyrillic adjective (`h14RussianAdjective`, and the instrumental plural's -ыми/-ими it leaves out).
    func s49bRuAdjective(_ k: Int) -> Bool {
        guard k < tokenCount, tokens[k].kind == .word, tokens[k].script == .cyrillic else { return false }
        if h14RussianAdjective(k) { return true }
        let key = tokens[k].key
        return (PlainText.hasSuffix(key, "ыми") || PlainText.hasSuffix(key, "ими")) && PlainText.count(key) >= 6
    }

    mutating func s49bRussianAdjectiveBodiesOfCountries() {
        var found: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == nil || mentions[i].type == .organization) {
            guard let (a, z) = seedSpan(i), a == z, mentions[i].start == tokens[a].start, mentions[i].end == tokens[a].end, tokens[a].capitalized,
                  !tokens[a].allCaps, s49bRuAdjective(a) else { continue }
            var n = a + 1
            while n < tokenCount, n - a <= 3, s49bRuAdjective(n), !tokens[n].capitalized { n += 1 }
            guard n > a + 1, n + 1 < tokenCount, tokens[n].kind == .word, tokens[n].script == .cyrillic, !tokens[n].capitalized, !s49bRuAdjective(n),
                  isCountry[n + 1], isCap(n + 1) else { continue }
            var e = n + 2
            while e < tokenCount, isCountry[e], isCap(e) { e += 1 }
            found.append((i, a, e))
        }
        guard !found.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, a, e) in found {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end || $0.type == .person || $0.type == .organization && $0.start > s) }) { continue }
            drop.insert(i)
            added.append(mention(a, e, type: .organization, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// Lowercase nouns of studios, publishers, broadcasters and works whose quoted name is a body's.
    static let s49bRuStudioNouns = h18Keys(["киностудия", "киностудии", "киностудию", "киностудией", "студия", "студии", "студию", "студией",
        "издательство", "издательства", "издательству", "издательством", "телеканал", "телеканала", "телеканалу", "телеканалом", "телеканале",
        "радиостанция", "радиостанции", "радиостанцию", "телерадиокомпания", "телерадиокомпании", "кинокомпания", "кинокомпании",
        "завод", "завода", "заводу", "заводом", "заводе", "фабрика", "фабрики", "фабрике", "фабрикой", "комбинат", "комбината", "комбинате"])

    /// "генеральный директор киностудии \"Беларусьфильм\" Юрий …", "на заводе «Звезда»": a quoted capitalized name (one
    /// to four words) right after a lowercase noun of a studio, a publisher, a broadcaster or a works is a body; an
    /// untyped, a place's or a person's guess inside gives way (a known name or a country stays).
    mutating func s49bRussianQuotedStudios() {
        guard articleHas(Self.s49bRuStudioNouns), articleHas(Self.geo42Quotes) else { return }
        var spans: [(Int, Int)] = []
        for k in 0..<max(0, tokenCount - 3) where tokens[k].kind == .word && tokens[k].script == .cyrillic && !tokens[k].capitalized {
            guard Self.s49bRuStudioNouns.contains(tokens[k]), Self.geo42Quotes.contains(tokens[k + 1]), isCap(k + 2), !tokens[k + 2].spaceBefore else { continue }
            var e = k + 2
            while e < tokenCount, e - k <= 6, tokens[e].kind == .word || h15GluedHyphen(e) { e += 1 }
            guard e < tokenCount, e - k <= 6, Self.geo42CloseQuotes.contains(tokens[e]) else { continue }
            spans.append((k + 2, e))
        }
        guard !spans.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e) in spans {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= end }) { continue }
            // (A country read over one quoted word, "Беларусьфильм", is the studio's name: it gives way.)
            let oneWord = e == a + 1
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end || $0.evidence == .cue && $0.type == .person
                                                                    || ($0.known != nil || $0.type == .country) && !(oneWord && $0.type == .country)) }) { continue }
            for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= end { drop.insert(i) }
            added.append(mention(a, e, type: .organization, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// Lowercase head nouns of companies of performers that the institutions' heads (`s45bRuBodyHeads`) leave out: an
    /// opera house, an operetta, a big band, a jazz band (exact forms: "опер…" opens "операция", "оператор" too).
    static let s49bRuEnsembleHeads = h18Keys(["опера", "оперы", "опере", "оперу", "оперой", "оперетта", "оперетты", "оперетте", "оперетту",
        "биг-бэнд", "биг-бэнда", "биг-бэнду", "биг-бэндом", "биг-бэнде", "бэнд", "бэнда", "бэнду", "бэндом", "джаз-бэнд", "джаз-бэнда"])

    /// "Фестиваль поддержали … Латвийская национальная опера", "закроет фестиваль Рижский биг-бэнд": a capitalized
    /// adjective, up to two lowercase adjectives and the lowercase noun of an opera house or a band (glued hyphens
    /// inside) are one body; a person's guess or an untyped reading inside gives way.
    mutating func s49bRussianEnsembleHeads() {
        guard articleHas(Self.s49bRuEnsembleHeads) else { return }
        var spans: [(Int, Int)] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic, tokens[k].capitalized, !tokens[k].allCaps, h14RussianAdjective(k) else { continue }
            var j = k + 1
            while j < tokenCount, j - k <= 2, tokens[j].kind == .word, !tokens[j].capitalized, tokens[j].spaceBefore, h14RussianAdjective(j) { j += 1 }
            guard j < tokenCount, tokens[j].kind == .word, tokens[j].script == .cyrillic, !tokens[j].capitalized, tokens[j].spaceBefore else { continue }
            var e = j + 1
            // ("биг-бэнд": the hyphen and the second half.)
            if h15GluedHyphen(e), e + 1 < tokenCount, tokens[e + 1].kind == .word, !tokens[e + 1].capitalized,
               Self.s49bRuEnsembleHeads.contains(tokens[e + 1]) { e += 2 }
            guard e > j + 1 || Self.s49bRuEnsembleHeads.contains(tokens[j]) else { continue }
            spans.append((k, e))
            k = e - 1
        }
        guard !spans.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e) in spans {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end || $0.known != nil || $0.type == .organization
                                                                    || $0.type == .person && $0.evidence != .guess) }) { continue }
            for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= end && mentions[i].type != .country { drop.insert(i) }
            added.append(mention(a, e, type: .organization, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// "Запуск линии CASA-1000", "по трассе М-4": capitals glued by a hyphen to a number after a route's lowercase noun
    /// (`s48cRuRouteNouns`: a line, a road, a pipeline) are the route, a place, and so is the same code elsewhere in the
    /// article; a body's or an untyped reading of the capitals gives way.
    mutating func s49bRussianCodedRoutes() {
        guard articleHas(Self.s48cRuRouteNouns) else { return }
        var codes: [(Int, Int)] = []
        /// The end of capitals, a glued hyphen and a number from `a`, or nil.
        func coded(_ a: Int) -> Int? {
            guard a + 2 < tokenCount, tokens[a].kind == .word, tokens[a].allCaps, h15GluedHyphen(a + 1), tokens[a + 2].kind == .number,
                  !tokens[a + 2].spaceBefore else { return nil }
            return a + 3
        }
        for k in 0..<max(0, tokenCount - 3) where tokens[k].kind == .word && !tokens[k].capitalized && Self.s48cRuRouteNouns.contains(tokens[k]) {
            if let e = coded(k + 1) { codes.append((k + 1, e)) }
        }
        guard !codes.isEmpty else { return }
        let keys = codes.map { tokens[$0.0].key + "-" + tokens[$0.0 + 2].text }
        for a in 0..<max(0, tokenCount - 2) where tokens[a].allCaps && !codes.contains(where: { $0.0 == a }) {
            guard let e = coded(a), keys.contains(tokens[a].key + "-" + tokens[a + 2].text) else { continue }
            codes.append((a, e))
        }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e) in codes {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .place && $0.start == s && $0.end == end }) { continue }
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end || $0.known != nil || $0.type == .person || $0.type == .country) }) { continue }
            for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= end { drop.insert(i) }
            var m = mention(a, e, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    // MARK: - Chinese: roads

    static let s49bHanRoadHeads: [[Unicode.Scalar]] = l28Words(["高速公路", "公路", "铁路", "高速铁路"])
    /// Verbs and adverbs that open a clause, not a road's name ("研究延伸高速公路至…", "自从高速公路开通").
    static let s49bHanRoadOpeners: [[Unicode.Scalar]] = l28Words(["研究", "延伸", "自从", "修建", "建设", "开通", "通过", "沿着", "经过", "连接",
        "计划", "规划", "包括", "推进", "启动", "完成", "加快", "扩建", "新建", "改造", "打通", "贯通", "利用", "使用", "驶入", "驶上", "进入",
        "提出", "决定", "考虑", "继续", "正在", "已经", "以及", "随着", "目前", "如今", "此外", "并且", "但是", "修复", "封闭", "关闭", "拓宽"])
    static let s49bHanRoadOpenerFirsts = HanCharSet("研延自修建开通沿经连计规包推启完加扩新改打贯利使驶进提决考继正已以随目如此并但封关拓")
    static let s49bHanTo = HanCharSet("至到")

    /// "并研究延伸高速公路至琅勃拉邦", "自从高速公路开通": a road (not known) whose name opens with a verb or an adverb loses
    /// it, and is none when no name is left before its head; "甲地至乙地高速公路": a road right after 至/到 and a place read
    /// right before them takes both.
    mutating func s49bHanRoadOpeners() {
        guard hanArticleHasAny("路") else { return }
        var drop = Set<Int>()
        var recut: [(Int, Int, [Unicode.Scalar], Int, Int)] = []
        var grow: [(Int, Int, [Unicode.Scalar], Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            guard let b0 = mentions[i].surface.utf8.first, b0 >= 0xE3, let k = l28TokenAt(mentions[i].start), tokens[k].script == .han,
                  mentions[i].end <= tokens[k].end, let sc = l28Run(k, atLeast: 3) else { continue }
            let a = mentions[i].start - tokens[k].start, b = mentions[i].end - tokens[k].start
            guard b <= sc.count, b - a >= 3, mentions[i].surface.unicodeScalars.count == b - a,
                  let head = Self.s49bHanRoadHeads.filter({ b - $0.count >= a && Self.l28At(sc, b - $0.count, $0) }).max(by: { $0.count < $1.count }) else { continue }
            let h = b - head.count
            var p = a
            while p + 2 <= h, Self.s49bHanRoadOpenerFirsts.contains(Self.hanCode(sc[p])), Self.s49bHanRoadOpeners.contains(where: { Self.l28At(sc, p, $0) }) { p += 2 }
            if p > a {
                if h - p < 2 { drop.insert(i) } else { recut.append((i, k, sc, p, b)) }
                continue
            }
            // (A road named by its ends: the first end a place read right before 至/到.)
            guard a >= 3, Self.s49bHanTo.contains(Self.hanCode(sc[a - 1])) else { continue }
            let pe = tokens[k].start + a - 1
            if let j = firstMentionIndex(where: { ($0.type == .place || $0.type == .country) && $0.end == pe && $0.start >= tokens[k].start && pe - $0.start >= 2 }) {
                grow.append((i, k, sc, mentions[j].start - tokens[k].start, b))
            }
        }
        for (i, k, sc, a, b) in recut { l28Recut(i, k, sc, a, b) }
        var added: [Mention] = []
        for (i, k, sc, a, b) in grow {
            let (s, e) = (tokens[k].start + a, tokens[k].start + b)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.start < s || $0.end > e || $0.type == .person || $0.type == .organization) }) { continue }
            drop.insert(i)
            // (A known first end inside would win over the road in the grouper: its reading here goes, the road holding it.)
            for j in mentions.indices where mentions[j].start >= s && mentions[j].end < e && mentions[j].type == .place { drop.insert(j) }
            added.append(l28Mention(k, sc, a, b, .place))
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// Countries' one-character forms in the names of cross-border roads, railways and pipelines.
    static let s49bHanCountryChars = HanCharSet("中老泰越缅俄哈吉乌塔蒙巴印尼孟欧美日韩朝柬菲")
    static let s49bHanPairHeads: [[Unicode.Scalar]] = l28Words(["铁路", "公路", "高速公路", "原油管道", "天然气管道", "油气管道", "管道"])

    /// "将与中老铁路平行", "中俄原油管道": two or three countries' one-character forms (after a stop or the run's start)
    /// before 铁路, 公路 or a pipeline are one place, a country read inside giving way.
    mutating func s49bHanCountryPairRoads() {
        guard hanArticleHasAny("路管") else { return }
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            var p = 2
            while p + 1 < sc.count {
                defer { p += 1 }
                let c = Self.hanCode(sc[p])
                guard c == 0x94C1 || c == 0x516C || c == 0x9AD8 || c == 0x539F || c == 0x5929 || c == 0x6CB9 || c == 0x7BA1,   // 铁 公 高 原 天 油 管
                      let head = Self.s49bHanPairHeads.first(where: { Self.l28At(sc, p, $0) }) else { continue }
                var a = p
                while a > 0, p - a < 3, Self.s49bHanCountryChars.contains(Self.hanCode(sc[a - 1])) { a -= 1 }
                guard p - a >= 2, a == 0 || Self.l30HanNameStops.contains(Self.hanCode(sc[a - 1])) || Self.s53aHanRouteVerbs.contains(Self.hanCode(sc[a - 1])) else { continue }
                found.append((k, sc, a, p + head.count))
                p += head.count - 1
            }
        }
        for (k, sc, a, b) in found.reversed() { _ = s46bHanPlaceOver(k, sc, a, b, allowCountry: true) }
    }

    // MARK: - Chinese: transliterated places

    /// Characters of transliterations beyond the shared table's (尼加拉瓜, 巴拉圭, 瓜亚基尔, 萨乌兰 …).
    static let s49bHanTranslitMore = HanCharSet("瓜圭")
    @inline(__always) func s49bTranslit(_ c: Unicode.Scalar) -> Bool {
        let h = Self.hanCode(c)
        return Self.hanTransliterationSet.contains(h) || Self.s49bHanTranslitMore.contains(h)
    }

    static let s49bHanHeads: [[Unicode.Scalar]] = l28Words(["社区", "古城"])

    /// "特古西加尔巴的拉斯卡萨斯社区", "奇姆肯特附近的萨乌兰古城", "突厥斯坦州讹答剌古城": two to five characters before 社区
    /// or 古城, back to a stop character (的 …) or a place's end, no name read over them, are a place with the head when
    /// they are transliteration characters or follow a place.
    mutating func s49bHanHeadedTransliterations() {
        guard hanArticleHasAny("社古") else { return }
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            for p in 2..<(sc.count - 1) {
                let c = Self.hanCode(sc[p])
                guard c == 0x793E || c == 0x53E4, Self.s49bHanHeads.contains(where: { Self.l28At(sc, p, $0) }) else { continue }   // 社 古
                var a = s46bHanNameStart(k, sc, p, most: 5)
                guard p - a >= 2 else { continue }
                // (Read back over a verb, "走访圣米格尔社区": the transliteration characters before the head, three or more.)
                if a > 0, !Self.l30HanNameStops.contains(Self.hanCode(sc[a - 1])), !(a..<p).allSatisfy({ s49bTranslit(sc[$0]) }) {
                    var t = p
                    while t > a, s49bTranslit(sc[t - 1]) { t -= 1 }
                    if p - t >= 3 { a = t }
                }
                // (A name read there already, "希瓦古城" of the known 希瓦, is left as read: the old town is the town.)
                let (ns, ne) = (tokens[k].start + a, tokens[k].start + p)
                if anyMention(where: { $0.start < ne && $0.end > ns }) { continue }
                let afterPlace = a > 0 && anyMention(where: { ($0.type == .place || $0.type == .country) && $0.end == ns })
                guard afterPlace || (a..<p).allSatisfy({ s49bTranslit(sc[$0]) }) else { continue }
                found.append((k, sc, a, p + 2))
            }
        }
        for (k, sc, a, b) in found.reversed() { _ = s46bHanPlaceOver(k, sc, a, b) }
    }

    /// Nouns of towns and regions that name a list's items in the clause after it ("…是疫情最严重的城市").
    static let s49bHanTownNouns: [[Unicode.Scalar]] = l28Words(["城市", "城镇", "地区", "省份", "港口", "村庄", "小镇", "市镇"])
    static let s49bHanTownNounFirsts = HanCharSet("城地省港村小市")
    static let s49bHanListJoins = HanCharSet("和与及")
    static let s49bHanRegionNouns: [[Unicode.Scalar]] = l28Words(["地区", "社区", "一带"])
    static let s49bHanSpeech = HanCharSet("说表认告指称介透强")
    /// Nouns a name modifies right after it (阿拉伯国家, 阿拉伯人, 马赛族, 斯瓦希里语 …): no list item of places.
    static let s49bHanModified = HanCharSet("国人族语式文裔籍系菜风")

    /// "圣佩德罗苏拉、乔卢特卡和拉塞瓦是疫情最严重的城市", "在拉斯卡萨斯社区和科马亚瓜投放": the transliterated items (two
    /// to seven characters) of a list joined by 、 and 和/与/及 are places when the clause right after the list names
    /// towns or regions, or when another item is a place (not after a speech verb: a person's name).
    mutating func s49bHanListPlaces() {
        guard hanArticleHasAny("和与及、") else { return }
        // Items: (token, first, end) of each list; the lists found left to right.
        var lists: [[(Int, Int, Int)]] = []
        var k = 0
        while k < tokenCount {
            defer { k += 1 }
            guard tokens[k].script == .han, let sc = l28Run(k, atLeast: 2) else { continue }
            // The list's first item: the run's transliterated tail before a 、, or an item before 和/与/及 inside the run.
            var items: [(Int, Int, Int)] = []
            var t = k
            var s = sc
            var cur: (Int, Int, Int)? = nil
            if k + 2 < tokenCount, keyIs(k + 1, "、") {
                var a = sc.count
                while a > 0, sc.count - a < 7, s49bTranslit(sc[a - 1]) { a -= 1 }
                if sc.count - a >= 2 { cur = (k, a, sc.count) }
            }
            if cur == nil {
                // (An item before 和/与/及 inside the run: a place read there.)
                var found = false
                for n in l28MentionsIn(k) where mentions[n.n].type == .place && n.b + 1 < sc.count {
                    // (With a region's noun after it: "莫斯基蒂亚地区和加勒比海沿岸".)
                    var j = n.b
                    if j + 3 < sc.count, Self.s49bHanRegionNouns.contains(where: { Self.l28At(sc, j, $0) }) { j += 2 }
                    guard Self.s49bHanListJoins.contains(Self.hanCode(sc[j])) else { continue }
                    cur = (k, n.a, j); found = true; break
                }
                guard found else { continue }
            }
            guard var item = cur else { continue }
            while true {
                items.append(item)
                let (_, _, e) = item
                if e == s.count {
                    // (A 、 and the next run.)
                    guard t + 2 < tokenCount, keyIs(t + 1, "、"), tokens[t + 2].script == .han, let n = l28Run(t + 2) else { break }
                    t += 2; s = n
                    var z = 0
                    while z < s.count, z < 7, s49bTranslit(s[z]) { z += 1 }
                    guard z >= 2, z == s.count || !Self.s49bHanModified.contains(Self.hanCode(s[z])) else { break }
                    item = (t, 0, z)
                } else if Self.s49bHanListJoins.contains(Self.hanCode(s[e])) {
                    var z = e + 1
                    while z < s.count, z - e - 1 < 7, s49bTranslit(s[z]) { z += 1 }
                    // (Not a modifier of a noun after it: "北京和阿拉伯国家的企业".)
                    guard z - e - 1 >= 2, z == s.count || !Self.s49bHanModified.contains(Self.hanCode(s[z])) else { break }
                    item = (t, e + 1, z)
                    items.append(item)
                    break
                } else {
                    break
                }
            }
            if items.count >= 2 { lists.append(items) }
            k = max(k, t)
        }
        guard !lists.isEmpty else { return }
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for items in lists {
            // The clause after the list: up to 16 characters of the last item's run.
            let (t, _, e) = items[items.count - 1]
            guard let s = l28Run(t) else { continue }
            var townNoun = false
            var p = e
            while p + 1 < s.count, p - e < 16 {
                if Self.s49bHanTownNounFirsts.contains(Self.hanCode(s[p])), Self.s49bHanTownNouns.contains(where: { Self.l28At(s, p, $0) }) { townNoun = true; break }
                p += 1
            }
            let spans = items.map { (tokens[$0.0].start + $0.1, tokens[$0.0].start + $0.2) }
            let placeItem = spans.contains { sp in anyMention(where: { $0.type == .place && ($0.start == sp.0 || $0.start <= sp.0 && $0.end >= sp.1) }) }
            guard townNoun || placeItem else { continue }
            // (A person's name: a speech verb right after the last item.)
            if e < s.count, Self.s49bHanSpeech.contains(Self.hanCode(s[e])) { continue }
            for (n, it) in items.enumerated() {
                let (ss, se) = spans[n]
                if anyMention(where: { $0.start < se && $0.end > ss }) { continue }
                guard let r = l28Run(it.0) else { continue }
                found.append((it.0, r, it.1, it.2))
            }
        }
        for (k, sc, a, b) in found.reversed() { _ = s46bHanPlaceOver(k, sc, a, b) }
    }

    /// "产自江西景德镇和浙江龙泉": after a list's item of a province and a town read as two places, the item joined by
    /// 和/与/及 of a place and two or three characters ending the run (or before a stop) gives them a town, a place.
    static let s49bHanNotTownFirst = HanCharSet("共有都也还均各等已将正")

    mutating func s49bHanParallelTowns() {
        guard hanArticleHasAny("和与及") else { return }
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 7) else { continue }
            let ms = l28MentionsIn(k).filter { mentions[$0.n].type == .place }
            for m2 in ms where m2.a >= 5 && Self.s49bHanListJoins.contains(Self.hanCode(sc[m2.a - 1])) {
                guard let q1 = ms.first(where: { $0.b == m2.a - 1 }), ms.contains(where: { $0.b == q1.a }) else { continue }
                var e = m2.b
                while e < sc.count, e - m2.b < 3, !Self.l30HanNameStops.contains(Self.hanCode(sc[e])) { e += 1 }
                // (Up to the run's end before a comma or a full stop, or a stop character: "灵山县共有1.2万户" is a verb's.)
                guard e - m2.b >= 2, !Self.s49bHanNotTownFirst.contains(Self.hanCode(sc[m2.b])),
                      e < sc.count ? Self.l30HanNameStops.contains(Self.hanCode(sc[e])) : k + 1 < tokenCount && tokens[k + 1].kind == .punct && !keyIs(k + 1, ".") else { continue }
                if ms.contains(where: { $0.a < e && $0.b > m2.b }) { continue }
                found.append((k, sc, m2.b, e))
            }
        }
        for (k, sc, a, b) in found.reversed() { _ = s46bHanPlaceOver(k, sc, a, b) }
    }

    /// Occupations and local posts before a name ("牧民乌日根", "副盟长张丽萍", "骑手…") that the titles' table lacks.
    static let s49bHanOccupations: [[Unicode.Scalar]] = l28Words(["牧民", "农民", "村民", "居民", "渔民", "市民", "游客", "司机", "工人", "骑手",
        "驼手", "盟长", "副盟长", "旗长", "副旗长", "村支书", "店主", "摊主", "船长", "队长", "站长", "馆长", "经理", "老板", "医生", "护士",
        "教师", "老师", "志愿者", "负责人", "院长", "主任", "教授", "专家"])
    static let s49bHanOccupationLasts = HanCharSet("民客机人手长书主理板生士师者授家任")
    /// Words after a name: speech and a few actions ("…说", "…表示", "…骑着").
    static let s49bHanNameVerbs: [[Unicode.Scalar]] = l28Words(["说", "表示", "介绍", "告诉", "认为", "指出", "称", "骑着", "骑", "在", "对", "向"])
    static let s49bHanNameVerbFirsts = HanCharSet("说表介告认指称骑在对向")
    /// Titles written after a name ("祁峻教授说").
    static let s49bHanTitlesAfter: [[Unicode.Scalar]] = l28Words(["教授", "博士", "先生", "女士", "研究员", "院士", "老师", "医生"])
    /// Herders', farmers', villagers' and riders' nouns: the names after them are often given names alone (乌日根).
    static let s49bHanCommoners: [[Unicode.Scalar]] = l28Words(["牧民", "农民", "村民", "渔民", "居民", "市民", "骑手", "驼手"])
    /// Function words that end a name (`l30HanNameStops` without 日, 月, 年: Mongolian names hold them, 乌日根, 吉日木图).
    static let s49bHanNameBreaks = HanCharSet("的了在和与及等是将被把从向对为也就还而并至到往于这此该本")
    /// Characters no name holds here (plural, adverbs, pronouns, quantities, kin words).
    static let s49bHanNotInName = HanCharSet("们纷普都也均还再又已正很更最多大小一不没各每些这那本该同等师傅朋友家人心务代女孩男童姑娘妇")

    /// "阿拉善左旗牧民乌日根骑着…", "研究院院长吉日木图表示", "副盟长张丽萍在开幕式上介绍": two to four characters after an
    /// occupation's or a post's noun and before a verb of speech (说, 表示 …) or 骑/在/对/向 are a person; a person read
    /// shorter there (吉日木 of 吉日木图) takes them.
    mutating func s49bHanOccupationNames() {
        guard hanArticleHasAny("说表介告认指称骑在对向") else { return }
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 5) else { continue }
            for p in 1..<(sc.count - 2) where Self.s49bHanOccupationLasts.contains(Self.hanCode(sc[p])) {
                guard let w = Self.s49bHanOccupations.first(where: { p + 1 - $0.count >= 0 && Self.l28At(sc, p + 1 - $0.count, $0) }) else { continue }
                _ = w
                let a = p + 1
                var e = a
                while e < sc.count, e - a <= 4, !Self.s49bHanNameBreaks.contains(Self.hanCode(sc[e])), !Self.s49bHanNotInName.contains(Self.hanCode(sc[e])),
                      !(e - a >= 2 && Self.s49bHanNameVerbFirsts.contains(Self.hanCode(sc[e])) && Self.s49bHanNameVerbs.contains(where: { Self.l28At(sc, e, $0) })),
                      !(e - a >= 2 && Self.s49bHanTitlesAfter.contains(where: { Self.l28At(sc, e, $0) })) { e += 1 }
                // (A title after the name, "祁峻教授说", before the verb.)
                var v = e
                if let t = Self.s49bHanTitlesAfter.first(where: { Self.l28At(sc, e, $0) }) { v = e + t.count }
                guard e - a >= 2, e - a <= 4, v < sc.count, Self.s49bHanNameVerbFirsts.contains(Self.hanCode(sc[v])),
                      Self.s49bHanNameVerbs.contains(where: { Self.l28At(sc, v, $0) }) else { continue }
                // (A name opens with a surname, or is a transliteration's, or follows a herder's, a farmer's, a rider's
                // noun, whose names are often given names alone: "负责人回应称" is a verb's.)
                let commoner = Self.s49bHanCommoners.contains(where: { Self.l28At(sc, a - $0.count, $0) })
                guard commoner || Self.hanSurnameSet.contains(Self.hanCode(sc[a])) || (a..<e).allSatisfy({ s49bTranslit(sc[$0]) }) else { continue }
                found.append((k, sc, a, e))
            }
        }
        guard !found.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (k, sc, a, e) in found {
            let (s, end) = (tokens[k].start + a, tokens[k].start + e)
            if anyMention(where: { $0.type == .person && $0.start == s && $0.end == end }) { continue }
            // (Nothing read over the name but a shorter person of its start.)
            if anyMention(where: { $0.start < end && $0.end > s && !($0.type == .person && $0.known == nil && $0.start == s && $0.end < end) }) { continue }
            for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= end { drop.insert(i) }
            added.append(l28Mention(k, sc, a, e, .person))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    // MARK: - Chinese: a body read from a pronoun

    static let s49bHanPronouns = HanCharSet("她他它我你")
    static let s49bHanBodyJoins = HanCharSet("与和同跟向")

    /// "她建议政府与美洲开发银行合作": a body (not known) read from a personal pronoun is the body after its last
    /// 与/和/同/跟/向 (four characters or more), or none.
    mutating func s49bHanPronounBodies() {
        guard hanArticleHasAny("她他它我你") else { return }
        var drop = Set<Int>()
        var cuts: [(Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let f = mentions[i].surface.unicodeScalars.first, Self.s49bHanPronouns.contains(Self.hanCode(f)) else { continue }
            let u = Array(mentions[i].surface.unicodeScalars)
            guard u.count == mentions[i].end - mentions[i].start else { continue }
            if let j = u.lastIndex(where: { Self.s49bHanBodyJoins.contains(Self.hanCode($0)) }), u.count - j - 1 >= 4 { cuts.append((i, j + 1)) } else { drop.insert(i) }
        }
        for (i, p) in cuts {
            let s = String(String.UnicodeScalarView(mentions[i].surface.unicodeScalars.dropFirst(p)))
            mentions[i].start += p
            mentions[i].surface = s
            mentions[i].words = [s]
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Chinese: bare nouns, road abbreviations

    /// Bodies' common nouns, never a name alone ("这座博物馆将成为…").
    static let s49bHanBareNouns: Set<String> = ["博物馆", "图书馆", "美术馆", "纪念馆", "大学", "学院", "公司", "医院", "学校", "政府", "银行",
        "研究所", "研究院", "委员会", "协会", "集团", "法院", "中心", "机构", "部门", "企业", "工厂", "剧院"]

    /// A body (not known) read as a common noun alone (博物馆, 公司 …) is none.
    mutating func s49bHanBareBodies() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil && mentions[i].end - mentions[i].start <= 3 {
            if Self.s49bHanBareNouns.contains(mentions[i].surface) { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }


    /// "万万高速公路" beside "万象至万荣高速公路": a road (not known) of two characters and a head, each the first of one
    /// end of a road named by its ends in the article with the same head, is that road.
    mutating func s49bHanRoadAbbreviations() {
        guard hanArticleHasAny("至到") else { return }
        var long: [[Unicode.Scalar]] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            let u = Array(mentions[i].surface.unicodeScalars)
            guard u.count >= 7, u.contains(where: { Self.s49bHanTo.contains(Self.hanCode($0)) }),
                  Self.s49bHanRoadHeads.contains(where: { u.count > $0.count && Self.l28At(u, u.count - $0.count, $0) }) else { continue }
            long.append(u)
        }
        guard !long.isEmpty else { return }
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            let u = Array(mentions[i].surface.unicodeScalars)
            guard u.count >= 4, u.count <= 6 else { continue }
            for l in long {
                guard let t = l.firstIndex(where: { Self.s49bHanTo.contains(Self.hanCode($0)) }), t > 0, t + 1 < l.count,
                      l.count - (t + 1) >= u.count - 2 + 1, Self.hanCode(u[0]) == Self.hanCode(l[0]), Self.hanCode(u[1]) == Self.hanCode(l[t + 1]),
                      Array(u[2...]) == Array(l[(l.count - (u.count - 2))...]) else { continue }
                let s = String(String.UnicodeScalarView(l))
                mentions[i].surface = s
                mentions[i].words = [s]
                break
            }
        }
    }
}
