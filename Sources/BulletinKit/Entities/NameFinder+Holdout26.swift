import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout26 (ordinary domestic news in Vietnamese, Russian, Chinese and
/// Arabic: courts, company results, sport, hospitals, weather, universities; scored untouched at 0.786 before any of
/// them). One pass, run after refineLeftovers14. Each rule is gated on its language or script and on a hashed key, a
/// first character or a token flag, so an article of another language pays a few flag tests.
extension NameFinder {
    mutating func refineHoldout26() {
        if lang.vi { h26Vietnamese() }
        else if lang.ru { h26Russian() }
        if hasHan, language == "zh" { h26Han() }
        if hasArabic { h26Arabic() }
    }

    /// Token `k` is punctuation `s`.
    /// (spd32: `s` is a literal mark, "،", "«", "»", "-", "–", ".", ")", "）", one scalar each with no decomposition that nothing
    /// decomposes to: a text equal to it as a Swift string has its bytes, compared without `==`'s normalizing path.)
    @inline(__always) func h26Punct(_ k: Int, _ s: StaticString) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .punct && Self.utf8Equal(tokens[k].text, s)
    }

    /// Index of the mention covering token `k` (any part of it), if any.
    func h26MentionOver(_ k: Int) -> Int? {
        let (s, e) = (tokens[k].start, tokens[k].end)
        return firstMentionIndex { $0.start < e && $0.end > s }
    }

    // MARK: - Vietnamese

    /// Lowercase words of a company's trade that a name runs over before its proper part ("Công ty cổ phần Thiết bị y tế
    /// Đông Đuống"): a function word or a verb ends the run.
    static let h26VietnameseFunctionWords = KeySet(["cua", "va", "tai", "o", "voi", "cho", "đa", "da", "la", "đuoc", "duoc", "co", "trong", "tu",
        "đen", "den", "theo", "ve", "se", "khi", "nam", "ngay", "nhu", "cung", "thi", "ma", "nhung", "cac", "mot", "đe", "de", "ky", "ban", "mua",
        "nhan", "thuoc", "tren", "duoi", "sau", "truoc", "giua", "vua", "hien", "ong", "ba", "anh", "chi", "cho", "biet", "noi", "tung", "bi",
        "tang", "giam", "lam", "đang", "dang", "neu", "vi", "do", "nen", "hay", "hoac", "phai", "muon", "can", "khong", "chua", "rat", "nay", "đo"])
    /// Adverbs a body's name runs over before its verb ("… Đại học Vinh vừa công bố", "… đã ký").
    static let h26VietnameseAdverbs = KeySet(["vua", "đa", "da", "se", "đang", "dang", "cung"])
    /// Crop seasons after "vụ" ("vụ Hè Thu", "vụ Đông Xuân", "vụ Thu Đông"): no places.
    static let h26VietnameseSeasonWords = KeySet(["he", "thu", "đong", "dong", "xuan", "mua", "chiem"])
    /// Compass words of a region ending in "Bộ" ("Bắc Trung Bộ", "Đông Nam Bộ", "Nam Bộ").
    static let h26VietnameseRegionWords = KeySet(["bac", "nam", "trung", "đong", "dong", "tay"])

    mutating func h26Vietnamese() {
        let n = tokens.count
        var drop = Set<Int>()
        var puts: [Mention] = []
        for i in mentions.indices {
            guard mentionKnown(i) == nil, mentionType(i) != .country, let (a, z0) = seedSpan(i), tokens[a].script == .latin else { continue }
            var z = z0, len = z0 - a + 1
            // "Vàng Thị Dung", "Mai Thị Thanh Nhàn" read as "Thị Thanh Nhàn": a capitalized syllable, then "Thị" and one or two
            // more, is a woman's name, whatever cue typed it (not after a place noun: "đường Lê Thị Riêng").
            // (Each of the three rules needs "Thị" among the syllables: asked first, before the scans of the mentions.)
            if mentionType(i) != .person, len >= 2, len <= 4, (a...z).contains(where: { keyIs($0, "thi") }),
               (a...z).allSatisfy({ h21Cap($0) && !isCountry[$0] && !h19InKnown($0) }),
               !(h21Lower(a - 1) && h19Key(a - 1, Self.h19VietnamesePlaceNouns)) {
                if len >= 3, keyIs(a + 1, "thi") {
                    mentions[i].type = .person
                    mentions[i].evidence = .cue
                    mentions[i].placeContext = false
                    continue
                }
                // "huyện Mèo Vạc Sùng Thị Pà": after an administrative noun, the syllables before the family name are the place.
                if len >= 4, h21Lower(a - 1), h19Key(a - 1, Self.h19VietnameseAdminNouns), let t = (a + 2..<z).first(where: { keyIs($0, "thi") }) {
                    let type = mentionType(i)
                    mentions[i] = mention(a, t - 1, type: type == .organization ? .place : type, evidence: mentionEvidence(i))
                    puts.append(mention(t - 1, z + 1, type: .person, evidence: .cue))
                    continue
                }
                if keyIs(a, "thi"), h21Cap(a - 1), tokens[a].spaceBefore, !h19InKnown(a - 1), h26MentionOver(a - 1) == nil,
                   !(h21Lower(a - 2) && h19Key(a - 2, Self.h19VietnamesePlaceNouns)) {
                    mentions[i] = mention(a - 1, z + 1, type: .person, evidence: .cue)
                    continue
                }
            }
            // "vụ Hè Thu", "vụ Đông Xuân": a crop season is no place.
            if len <= 2, h21Lower(a - 1), keyIs(a - 1, "vu"), (a...z).allSatisfy({ h19Key($0, Self.h26VietnameseSeasonWords) }) { drop.insert(i); continue }
            // "giống HT-26": letters glued by a hyphen to a number are a code, no organization.
            if len == 1, tokens[a].allCaps, tokens[a].key.utf8.count <= 4, h26Punct(a + 1, "-"), !tokens[a + 1].spaceBefore,
               a + 2 < n, tokens[a + 2].kind == .number, !tokens[a + 2].spaceBefore { drop.insert(i); continue }
            // "khu vực Bắc Trung Bộ", "Đông Nam Bộ": compass words before "Bộ" name a region, not a ministry.
            if mentionType(i) != .place, len >= 2, len <= 3, keyIs(z, "bo"), (a..<z).allSatisfy({ h19Key($0, Self.h26VietnameseRegionWords) && h21Cap($0) }) {
                mentions[i].type = .place
                mentions[i].evidence = .cue
                mentions[i].placeContext = true
                continue
            }
            // "Hội đồng xét xử do …" opening a sentence, and "hội đồng xét xử" lowercase elsewhere: a common noun phrase, no body.
            if mentionType(i) == .organization, len >= 3, tokens[a].sentenceStart, (a + 1...z).allSatisfy({ h21Lower($0) }) {
                let want = (a...z).map { tokens[$0].key }
                var k = 0
                var seen = false
                while k + len <= n {
                    if k != a, h21Lower(k), tokens[k].key == want[0], (1..<len).allSatisfy({ tokens[k + $0].key == want[$0] }) { seen = true; break }
                    k += 1
                }
                if seen { drop.insert(i); continue }
            }
            guard mentionType(i) == .organization else { continue }
            // "Đại học Vinh vừa" + "công bố": an adverb before the verb closing a body is no part of it.
            if len >= 3, h21Lower(z), h19Key(z, Self.h26VietnameseAdverbs), h21Cap(z - 1), h21Lower(z + 1) {
                mentions[i] = mention(a, z, type: .organization, evidence: mentionEvidence(i))
                z -= 1
                len -= 1
            }
            // "UBND huyện Mèo Vạc Sùng Thị" + "Pà": a body over its place ran into a woman's name; the name is a person.
            if len >= 4, let t = (a + 3...z).first(where: { keyIs($0, "thi") && h21Cap($0) }), h21Cap(t - 1), tokens[t - 1].spaceBefore,
               !h19InKnown(t - 1), let e = h21CapRun(t, max: 3), e > t {
                mentions[i] = mention(a, t - 1, type: .organization, evidence: mentionEvidence(i))
                puts.append(mention(t - 1, e + 1, type: .person, evidence: .cue))
                continue
            }
            // "tại Sa Pa" beside "Trung tâm Y tế Sa Pa": after "tại" or "ở", the place a body is named by is that place.
            if len <= 3, h21Lower(a - 1), keyIs(a - 1, "tai") || keyIs(a - 1, "o"), !h21Cap(z + 1) {
                let s = " " + mentionSurface(i)
                if anyMention(where: { $0.type == .organization && $0.end - $0.start > s.utf16.count && $0.surface.hasSuffix(s) }) {
                    mentions[i].type = .place
                    mentions[i].evidence = .cue
                    mentions[i].placeContext = true
                    continue
                }
            }
            // "Viện Công nghệ Sinh học Thuận An thuộc Đại học Huế": "thuộc" (belonging to) parts two bodies.
            if len >= 4, let t = (a + 1..<z).first(where: { keyIs($0, "thuoc") && h21Lower($0) }), t - a >= 2, h21Cap(t + 1), z - t >= 2 {
                mentions[i] = mention(a, t, type: .organization, evidence: mentionEvidence(i))
                puts.append(mention(t + 1, z + 1, type: .organization, evidence: .cue))
                continue
            }
            // "Công ty cổ phần Thiết" + "bị y tế" + "Đông Đuống", "Công ty TNHH Thương mại" + "Hoàng Phát Lục Nam": a company
            // goes on over the lowercase words of its trade and the capitalized words after them.
            if keyIs(a, "cong"), keyIs(a + 1, "ty"), z + 1 < n, tokens[z + 1].spaceBefore, !tokens[z + 1].newlineBefore {
                var g = z + 1
                while g < n, g - z <= 4, h21Lower(g), tokens[g].spaceBefore,
                      !h19Key(g, Self.h26VietnameseFunctionWords) || keyIs(g, "bi") && keyIs(g - 1, "thiet"), !h19Key(g, Self.h21VietnameseVerbFirsts) { g += 1 }
                if let e = h21CapRun(g, max: 4), tokens[g].spaceBefore, !tokens[g].allCaps, !tokens[g].newlineBefore, !(g...e).contains(where: { isCountry[$0] || h19InKnown($0) }),
                   !h19Key(g, Self.h21VietnameseTitleAbbreviations) {
                    // (Not over a name the person cue of a title claims: "Công ty X ông Nguyễn Văn A".)
                    let over = mentions.indices.filter { $0 != i && mentionStart($0) >= tokens[z + 1].start && mentionStart($0) <= tokens[e].end }
                    if over.allSatisfy({ mentionKnown($0) == nil && mentionEnd($0) <= tokens[e].end }) {
                        drop.formUnion(over)
                        mentions[i] = mention(a, e + 1, type: .organization, evidence: mentionEvidence(i))
                        continue
                    }
                }
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        for m in puts { h19Put(m) }
        var k = 0
        while k < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin, tokens[k].allCaps else { continue }
            // "TTO - Ngày 2-12, …": an outlet's abbreviation alone before the opening dash is the outlet, no place.
            if k == 0 || tokens[k].newlineBefore, tokens[k].key.utf8.count >= 2, tokens[k].key.utf8.count <= 6, h26Punct(k + 1, "-") || h26Punct(k + 1, "–"),
               !isCountry[k], !h19InKnown(k) {
                if let i = h19MentionAt(k, k) {
                    mentions[i].type = .organization
                    mentions[i].evidence = .cue
                    mentions[i].placeContext = false
                } else {
                    h19Put(mention(k, k + 1, type: .organization, evidence: .cue))
                }
                continue
            }
            // "UBND tỉnh Lào Cai", "Chủ tịch UBND xã Bản Hồ": a people's committee of a named unit is a body; the unit's name
            // ends before a person's name after it ("… tỉnh Lào Cai Vàng Thị Dung").
            if keyIs(k, "ubnd"), let ae = h19AdminEnd(k + 1), h21Cap(ae) {
                var e: Int
                if let j = firstMentionIndex(where: { $0.start == tokens[ae].start && ($0.type == .place || $0.known != nil) }),
                   let je = seedTokenIndex(end: mentionEnd(j)) {
                    e = je
                } else {
                    // (No place read there: at most three syllables, no family name opening them, no capitalized word after them;
                    // "Chủ tịch UBND tỉnh Hồ Sỹ Phong" is a title and a person.)
                    e = ae
                    while e + 1 < n, e - ae < 2, h21Cap(e + 1), tokens[e + 1].spaceBefore { e += 1 }
                    if h19Key(ae, Self.h19VietnameseSurnames) || h19Key(ae, Self.h21VietnameseSurnames) || h21Cap(e + 1) && tokens[e + 1].spaceBefore { continue }
                }
                var m = mention(k, e + 1, type: .organization, evidence: .cue)
                // "Ủy ban nhân dân tỉnh Bình Phước" written out elsewhere: the short form is another name of it.
                let tail = Array(m.words.dropFirst())
                if let full = firstMention(where: { $0.type == .organization && $0.words.count == tail.count + 4 && $0.words[0] == "uy" && $0.words[1] == "ban"
                        && Array($0.words.dropFirst(4)) == tail }) {
                    m.words = full.words
                }
                h19Put(m)
                k = e
            }
        }
    }

    // MARK: - Russian

    /// `h26RussianMinistryStems` read once for the byte tests of `hasAnySuffix` / `hasAnyPrefix` (see `AffixList`).
    static let h26RussianMinistryStemsAffixes = AffixList(h26RussianMinistryStems)
    /// Ministries written short ("Минспорта Чувашии", "Минздрава России", "Минфину"): the stems before a case ending.
    static let h26RussianMinistryStems = ["минспорт", "минздрав", "минфин", "минтранс", "минпромторг", "минсельхоз", "минэнерго", "минприроды",
        "минстро", "минкультуры", "минтруд", "минцифры", "минэкономразвития", "минпросвещения", "минобрнауки", "минвостокразвития", "минюст",
        "минобороны", "минэк", "минсоцразвития", "минимущества", "минобраз", "минстрой", "минмолодежи"]
    /// Nouns of a site before its name ("аэропорту Шереметьево", "стадионе «Олимпийский»", "трассы А-370 «Уссури»").
    static let h26RussianSiteNouns = KeySet(["аэропорт", "аэропорта", "аэропорту", "аэропортом", "аэропорте", "стадион", "стадиона", "стадиону",
        "стадионом", "стадионе", "трасса", "трассы", "трассе", "трассу", "трассой", "автодорога", "автодороги", "автодороге", "автодорогу",
        "вокзал", "вокзала", "вокзале", "станция", "станции", "станцию", "поселок", "поселка", "поселке", "посёлок", "посёлка", "посёлке"])
    /// Legal forms and accounting standards written alone, no organizations ("ГК", "ИК", "РСБУ", "МСФО").
    static let h26RussianBareAcronyms = KeySet(["гк", "ик", "ук", "ооо", "ао", "пао", "зао", "оао", "тоо", "нко", "ип", "рсбу", "мсфо", "ндс", "ввп"])
    /// Plural administrative nouns after coordinated adjectives ("Партизанский и Лазовский муниципальные округа").
    static let h26RussianPluralAdmin = KeySet(["округа", "районы", "округах", "районах", "округов", "районов", "области", "областях", "края", "краях"])
    /// Nouns of a route before "X - Y" ("на направлении Владивосток - Угольная").
    static let h26RussianRouteNouns = KeySet(["направлении", "направление", "маршруте", "маршрут", "маршруту", "линии", "линия", "рейсы", "рейс", "участке"])

    /// Token `k` ends like a patronymic in any case ("Степановича", "Эдуардович", "Игоревна").
    func h26Patronymic(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].script == .cyrillic, tokens[k].capitalized else { return false }
        let key = tokens[k].key
        guard key.utf8.count >= 12 else { return false }
        for e in ["вич", "вича", "вичу", "вичем", "виче", "вна", "вны", "вне", "вну", "вной", "ична", "ичны", "ичне", "ичну", "ичной", "ич", "ича", "ичу", "ичем"]
        where PlainText.hasSuffix(key, e) { return true }
        return false
    }

    mutating func h26Russian() {
        let n = tokens.count
        var drop = Set<Int>()
        var puts: [Mention] = []
        var recut = false
        // (The patterns that act only at a word of their list, skipped when the list is absent from the article.)
        let bareCues = articleHas(Self.h26RussianBareAcronyms), siteCues = articleHas(Self.h26RussianSiteNouns),
            adminCues = articleHas(Self.h26RussianPluralAdmin)
        for i in mentions.indices {
            guard mentionType(i) != .country, let (a, z) = seedSpan(i), tokens[a].script == .cyrillic else { continue }
            let len = z - a + 1
            if mentionKnown(i) != nil {
                // "ПАО «Миасский трубный завод» (МТЗ; …)": an acronym the article gives a company of its own in parentheses,
                // spelling its initials, is that company's, not the known body it also abbreviates.
                if len == 1, tokens[a].allCaps, mentionParenthesized(i), mentionType(i) == .organization,
                   let j = firstMentionIndex(where: { $0.type == .organization && $0.known == nil && $0.end <= mentionStart(i) && mentionStart(i) - $0.end <= 4 && $0.words.count >= 2 }) {
                    let initials = String(mentionWords(j).compactMap { $0.unicodeScalars.first.map(Character.init) })
                    if PlainText.equal(initials, tokens[a].key) {
                        let known = mentionKnown(i)
                        let surface = mentionSurface(i)
                        let words = mentionWords(j)
                        for q in mentions.indices where mentionKnown(q) == known && PlainText.equal(mentionSurface(q), surface) {
                            mentions[q].known = nil
                            mentions[q].code = nil
                            mentions[q].evidence = .cue
                            mentions[q].type = .organization
                            mentions[q].words = words
                        }
                    }
                }
                continue
            }
            // "ГК", "РСБУ": a legal form or an accounting standard alone names nothing.
            if bareCues, len == 1, tokens[a].allCaps, h19Key(a, Self.h26RussianBareAcronyms), !mentionParenthesized(i) { drop.insert(i); continue }
            // "Аналитик ИК": a capitalized word and an acronym are no person.
            if mentionType(i) == .person, len == 2, tokens[z].allCaps, tokens[z].key.utf8.count >= 4, !tokens[a].allCaps { drop.insert(i); continue }
            // "Минспорта Чувашии": a ministry written short, in any case, with the region after it.
            if tokens[a].capitalized, tokens[a].key.utf8.count >= 8, PlainText.hasPrefix(tokens[a].key, "мин"),
               Self.hasAnyPrefix(tokens[a].key, Self.h26RussianMinistryStemsAffixes) {
                if mentionType(i) != .organization {
                    mentions[i].type = .organization
                    mentions[i].evidence = .cue
                    mentions[i].placeContext = false
                }
                continue
            }
            if mentionType(i) == .person || mentionType(i) == nil {
                // "мэра Вологды Андрея Степановича Лукинского", "правительства Приморья Вадим Эдуардович Гречко": a word before a given
                // name, a patronymic and a surname is no part of the name (a place in the genitive after a title).
                if mentionType(i) == .person, len == 4, h26Patronymic(a + 2), !h26Patronymic(z), tokens[a].capitalized, !tokens[a].allCaps {
                    mentions[i] = mention(a + 1, z + 1, type: .person, evidence: mentionEvidence(i))
                    recut = true
                    continue
                }
                // "Партизанский и Лазовский муниципальные округа": coordinated adjectives before a plural administrative noun are places.
                // ("Пострадали Кировский": a verb opening the sentence is no part of it.)
                if adminCues, len == 1 || len == 2 && tokens[a].sentenceStart, Self.isRussianPlaceAdjective(tokens[z].key), keyIs(z + 1, "и"), h21Cap(z + 2),
                   Self.isRussianPlaceAdjective(tokens[z + 2].key) {
                    var e = z + 3
                    if h21Lower(e), !h19Key(e, Self.h26RussianPluralAdmin) { e += 1 }
                    if h19Key(e, Self.h26RussianPluralAdmin), h21Lower(e) {
                        mentions[i] = mention(z, z + 1, type: .place, evidence: .cue)
                        mentions[i].placeContext = true
                        if let j = firstMentionIndex(where: { $0.start == tokens[z + 2].start }), mentionKnown(j) == nil {
                            drop.insert(j)
                        }
                        puts.append(mention(z + 2, z + 3, type: .place, evidence: .cue))
                        continue
                    }
                }
            }
            // "школах Владивостока и Артема": one word after "и" and a place in the same case is a place too.
            if mentionType(i) != .place, mentionType(i) != .organization, len == 1, keyIs(a - 1, "и"), a >= 2, !h21Cap(a + 1),
               let p = firstMention(where: { $0.type == .place && $0.end == tokens[a - 2].end }),
               let last = tokens[a].key.unicodeScalars.last, p.surface.lowercased().unicodeScalars.last == last {
                mentions[i].type = .place
                mentions[i].evidence = .cue
                mentions[i].placeContext = true
                continue
            }
            // "аэропорту Шереметьево", "стадионе «Олимпийский»", "трассы А-370 «Уссури»": the name after a site noun is a place.
            // (Not a person: "Директор станции Иван Петров".)
            if siteCues, mentionType(i) != .place, mentionType(i) != .person, len <= 3 {
                var b = a - 1
                if h26Punct(b, "«") || h26Punct(b, "\"") { b -= 1 }
                // (A road's code between its noun and its name: "А-370".)
                if b >= 3, tokens[b].kind == .number, h26Punct(b - 1, "-") || h26Punct(b - 1, "–"), tokens[b - 2].kind == .word, tokens[b - 2].capitalized { b -= 3 }
                if b >= 0, h21Lower(b), h19Key(b, Self.h26RussianSiteNouns) {
                    mentions[i].type = .place
                    mentions[i].evidence = .cue
                    mentions[i].placeContext = true
                    continue
                }
            }
            // "Чебоксарах" beside "ЧЕБОКСАРЫ": a plural town's locative is that town.
            if mentionType(i) == .place, len == 1, tokens[a].key.utf8.count >= 8, PlainText.hasSuffix(tokens[a].key, "ах") || PlainText.hasSuffix(tokens[a].key, "ях") {
                let stem = String(tokens[a].key.unicodeScalars.dropLast(2))
                // (The two forms and the mention's words made once, not for every place tested.)
                let own = mentionWords(i), plural1 = stem + "ы", plural2 = stem + "и"
                if let o = firstMention(where: { $0.type == .place && $0.words.count == 1 && $0.words != own
                        && ($0.words[0] == plural1 || $0.words[0] == plural2) }) {
                    mentions[i].words = o.words
                    continue
                }
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        for m in puts { h19Put(m) }
        // A name cut out of a longer one is read in the nominative again (its lone surnames join it).
        if recut { l11RussianObliquePeople() }
        // "на стадионе «Труд»" read as nothing: a quoted name after a site noun is a place.
        for k in 1..<(siteCues ? max(1, n - 2) : 1) where tokens[k].kind == .punct && tokens[k].text == "«" {
            guard h21Lower(k - 1), h19Key(k - 1, Self.h26RussianSiteNouns), h21Cap(k + 1), h26Punct(k + 2, "»"), h26MentionOver(k + 1) == nil else { continue }
            h19Put(mention(k + 1, k + 2, type: .place, evidence: .cue))
        }
        // "на направлении Владивосток - Угольная": a word after a place and a dash, after a route noun, is a place.
        var k = articleHas(Self.h26RussianRouteNouns) ? 1 : n
        while k + 2 < n {
            defer { k += 1 }
            guard h19Key(k, Self.h26RussianRouteNouns), h21Lower(k), h21Cap(k + 1),
                  let p = firstMention(where: { $0.type == .place && $0.start == tokens[k + 1].start }),
                  let pe = seedTokenIndex(end: p.end), pe + 2 < n, h26Punct(pe + 1, "-") || h26Punct(pe + 1, "–"), h21Cap(pe + 2),
                  !h19InKnown(pe + 2) else { continue }
            let e = h21CapRun(pe + 2, max: 2) ?? pe + 2
            if let j = h19MentionAt(pe + 2, e) {
                if mentionKnown(j) == nil {
                    mentions[j].type = .place
                    mentions[j].placeContext = true
                }
            } else {
                h19Put(mention(pe + 2, e + 1, type: .place, evidence: .cue))
            }
        }
    }

    // MARK: - Chinese

    /// Titles and occupations before a person in the same run ("审判长叶剑秋", "律师施建华", "种植户梁永康").
    static let h26HanTitles: [[Unicode.Scalar]] = ["审判长", "审判员", "法官", "检察官", "律师", "种植户", "养殖户", "承包户", "店主", "车主",
        "船长", "厂长", "董事长", "总经理", "经理", "医生", "护士长", "主治医师", "警官", "民警"].map { Array($0.unicodeScalars) }
    static let h26HanTitleLasts = h19Codes("长员官师户主理生警")
    /// Heads of bodies named by their place ("…自治区气象台", "…防汛抗旱指挥部", "浙江东瓯律师事务所").
    static let h26HanSuffixes: [[Unicode.Scalar]] = ["律师事务所", "气象台", "指挥部", "气象局", "水文站", "交警支队", "消防救援支队"].map { Array($0.unicodeScalars) }
    static let h26HanSuffixFirsts = h19Codes("律气指水交消")
    /// Exchanges before a listed company ("深交所创业板上市公司…").
    static let h26HanListed: [Unicode.Scalar] = Array("上市公司".unicodeScalars)

    mutating func h26Han() {
        var drop = Set<Int>()
        // (Compared in place: an `Array` of four scalars was built at every position of every organization's name.)
        let listed = Self.h26HanListed
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) == .organization {
            guard let b0 = mentionSurface(i).utf8.first, b0 >= 0xE3 else { continue }
            let us = Array(mentionSurface(i).unicodeScalars)
            guard !us.contains(where: { $0.value > 0xFFFF }) else { continue }
            // "深交所创业板上市公司江苏瑞科…有限公司": "listed company" describes the name after it; the exchange before it is a body.
            if us.count >= 10, let p = (0...(us.count - 8)).first(where: { us[$0..<($0 + 4)].elementsEqual(listed) }) {
                let start = mentionStart(i)
                let tail = String(String.UnicodeScalarView(us[(p + 4)...]))
                mentions[i].start = start + p + 4
                mentions[i].surface = tail
                mentions[i].words = [TextFolding.key(tail)]
                if p >= 3, us[2] == "所", us[1] == "交" {
                    let ex = String(String.UnicodeScalarView(us[0..<3]))
                    mentions.append(Mention(surface: ex, start: start, end: start + 3, type: .organization, evidence: .cue, words: [TextFolding.key(ex)]))
                }
                continue
            }
            // "上交所主板上市公司" read apart from the company after it: the exchange is the body, the rest a description.
            if us.count >= 4, us[(us.count - 4)...].elementsEqual(listed) {
                if us.count >= 7, us[2] == "所", us[1] == "交" {
                    let ex = String(String.UnicodeScalarView(us[0..<3]))
                    mentions[i].end = mentionStart(i) + 3
                    mentions[i].surface = ex
                    mentions[i].words = [TextFolding.key(ex)]
                } else if us.count <= 8 {
                    drop.insert(i)
                }
                continue
            }
            // "被告温州…有限公司" read as "告温州…": the second character of "defendant" opens no name.
            if us.count >= 5, us[0] == "告", let ti = h19TokenHolding(end: mentionStart(i) + 1), tokens[ti].script == .han,
               mentionStart(i) > tokens[ti].start {
                let sc = hanRunScalars(ti)
                let off = mentionStart(i) - tokens[ti].start
                if off >= 1, off < sc.count, sc[off - 1] == "被" || sc[off - 1] == "原" {
                    mentions[i].start += 1
                    let rest = String(String.UnicodeScalarView(us.dropFirst()))
                    mentions[i].surface = rest
                    mentions[i].words = [TextFolding.key(rest)]
                }
                continue
            }
            // "浙江大学环境与资源学院" read as "浙江大学" + "环境与资源学院": a school right after its university is part of it.
            if us.count >= 3, us[us.count - 2] == "学" && us[us.count - 1] == "院" || us.last == "系",
               anyMention(where: { $0.type == .organization && $0.end == mentionStart(i) && $0.surface.hasSuffix("大学") }) {
                drop.insert(i)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        var adds: [Mention] = []
        // (The trigger sets every character is asked about, read once: a static's every read calls `swift_once`.)
        let titleLasts = Self.h26HanTitleLasts, suffixFirsts = Self.h26HanSuffixFirsts
        for ti in tokens.indices where tokens[ti].script == .han {
            let sc = hanRunScalars(ti)
            let n = sc.count
            guard n >= 3, !sc.contains(where: { $0.value > 0xFFFF }) else { continue }
            let t = token(ti)
            func at(_ p: Int, _ w: [Unicode.Scalar]) -> Bool {
                guard p >= 0, p + w.count <= n else { return false }
                for q in 0..<w.count where sc[p + q] != w[q] { return false }
                return true
            }
            func str(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(sc[a..<b])) }
            func add(_ a: Int, _ b: Int, _ type: EntityType) {
                let (s, e) = hanSpan(t, sc, a, b - a)
                if anyMention(where: { ($0.known != nil || $0.type == .country) && $0.start < e && $0.end > s && !($0.start >= s && $0.end <= e) }) { return }
                if anyMention(where: { $0.start == s && $0.end == e }) { return }
                adds.append(Mention(surface: str(a, b), start: s, end: e, type: type, evidence: .cue, words: [TextFolding.key(str(a, b))]))
            }
            // "中新网温州12月1日电": the agency and the dateline's town before the date.
            if ti == 0 || tokens[ti].newlineBefore, n >= 5, n <= 9, ti + 1 < tokens.count, tokens[ti + 1].kind == .number,
               sc[0] == "中" && sc[1] == "新" && (sc[2] == "网" || sc[2] == "社")
                || sc[2] == "网" && Self.h26DatelineSites.contains(where: { $0[0] == sc[0] && $0[1] == sc[1] }) {   // (session 47: "人民网贝尔格莱德12月6日电")
                add(0, 3, .organization)
                add(3, n, .place)
                continue
            }
            var p = 0
            while p < n {
                defer { p += 1 }
                let c = sc[p].value
                // "审判长叶剑秋在…", "律师施建华则…", "种植户梁永康说": a title, then a surname and one or two characters.
                if titleLasts.contains(c), let title = Self.h26HanTitles.first(where: { at(p + 1 - $0.count, $0) }) {
                    _ = title
                    let a = p + 1
                    guard a + 1 < n, Self.hanSurnameSet.contains(Self.hanCode(sc[a])), !Self.h21HanNameStops.contains(sc[a + 1].value) else { continue }
                    var e = a + 2
                    if e < n, !Self.h21HanNameStops.contains(sc[e].value) { e += 1 }
                    // (Only before a word that follows a name: "律师费用上涨" holds no person.)
                    guard e == n || Self.h21HanNameStops.contains(sc[e].value) else { continue }
                    let (ms, me) = hanSpan(t, sc, a, e - a)
                    if anyMention(where: { $0.start < me && $0.end > ms }) { p = e - 1; continue }
                    add(a, e, .person)
                    p = e - 1
                    continue
                }
                // Bodies by their head, from the last stop before them.
                guard suffixFirsts.contains(c), let suffix = Self.h26HanSuffixes.first(where: { at(p, $0) }) else { continue }
                let e = p + suffix.count
                var b = p - 1
                while b >= 0, p - b < 14, !Self.h21HanLeftStops.contains(sc[b].value) { b -= 1 }
                b += 1
                // "…来自湖南楚天律师事务所": with no stop before it, a place inside the stretch opens the name.
                let (s0, sp) = (hanSpan(t, sc, b, 1).0, hanSpan(t, sc, p, 1).0)
                if let m = mentions.filter({ ($0.type == .place || $0.type == .organization && $0.known != nil) && $0.start > s0 && $0.start < sp }).min(by: { $0.start < $1.start }),
                   b > 0 || !(tokens[ti].start == 0 || tokens[ti].newlineBefore) {
                    b += m.start - s0
                }
                guard p - b >= 2 else { p = e - 1; continue }
                let (sb, se) = hanSpan(t, sc, b, e - b)
                if anyMention(where: { $0.type == .organization && $0.start <= sb && $0.end >= se }) { p = e - 1; continue }
                mentions.removeAll { $0.known == nil && $0.type != .country && $0.start >= sb && $0.end <= se }
                add(b, e, .organization)
                p = e - 1
            }
        }
        // "（记者 林泽宇）": a reporter's name after a space.
        for k in tokens.indices where k >= 1 && k + 1 < tokens.count && tokens[k].script == .han && tokens[k].spaceBefore {
            guard tokens[k - 1].script == .han, PlainText.hasSuffix(tokens[k - 1].text, "记者"), h26Punct(k + 1, "）") || h26Punct(k + 1, ")") else { continue }
            let sc = hanRunScalars(k)
            guard sc.count >= 2, sc.count <= 3, Self.hanSurnameSet.contains(Self.hanCode(sc[0])) || sc.count == 3 && Self.h21HanCompoundSurnames.contains(Array(sc[0..<2])) else { continue }
            if anyMention(where: { $0.start == tokens[k].start && $0.end == tokens[k].end }) { continue }
            adds.append(Mention(surface: tokens[k].text, start: tokens[k].start, end: tokens[k].end, type: .person, evidence: .cue, words: [TextFolding.key(tokens[k].text)]))
        }
        for m in adds { h19Put(m) }
    }

    // MARK: - Arabic

    /// Nouns an adjective "مالي" (financial) follows: no Mali ("تعويض مالي", "دعم مالي", "عجز مالي").
    static let h26ArabicFinancialNouns = KeySet(h20Clitics(h20Keys(["تعويض", "دعم", "عجز", "فائض", "مبلغ", "تمويل", "مقابل", "حافز", "التزام",
        "فساد", "احتيال", "ضمان", "عائد", "غطاء", "ربح", "أثر", "حساب", "وضع", "استقرار", "إفلاس", "تقرير", "مستشار", "تحويل", "إطار", "نظام",
        "سوق", "مركز", "ضغط", "عبء", "اختلاس", "تلاعب", "إصلاح", "قرض", "ملف", "دخل", "مورد", "تعويضا", "دعما", "مبلغا"]), article: false))
    static let h26ArabicMali = TextFolding.key("مالي")
    /// Complements that make a body's head generic ("مجلس الإدارة", "هيئة الدفاع", "المصنع الجديد"): no organizations.
    static let h26ArabicGenericSeconds = KeySet(["الإدارة", "الدفاع", "الجديد", "الجديدة", "الأمناء", "التحرير", "المديرين", "الحالي", "الحالية"].map { TextFolding.key($0) })
    /// "آل" before a family name ("فهد بن ناصر آل ثاني").
    static let h26ArabicAl = TextFolding.key("آل")

    mutating func h26Arabic() {
        var drop = Set<Int>()
        for i in mentions.indices {
            guard let (a, z) = seedSpan(i), tokens[a].script == .arabic else { continue }
            let len = z - a + 1
            // "تعويض مالي": the adjective "financial" after a noun is no Mali.
            if mentionType(i) == .country, len == 1, PhraseMatcher.same(tokens[a].key, Self.h26ArabicMali), a >= 1,
               tokens[a - 1].script == .arabic, h19Key(a - 1, Self.h26ArabicFinancialNouns) { drop.insert(i); continue }
            guard mentionKnown(i) == nil, mentionType(i) != .country else { continue }
            // "مجلس الإدارة", "هيئة الدفاع", "المصنع الجديد": a head and a generic complement are no body.
            if mentionType(i) == .organization, len == 2, h19Key(z, Self.h26ArabicGenericSeconds) { drop.insert(i); continue }
            // "فهد بن ناصر" + "آل ثاني": a family name after "آل" closes the name.
            if mentionType(i) == .person, len >= 2, z + 2 < tokens.count, PhraseMatcher.same(tokens[z + 1].key, Self.h26ArabicAl),
               tokens[z + 2].kind == .word, tokens[z + 2].script == .arabic, h26MentionOver(z + 1) == nil, h26MentionOver(z + 2) == nil {
                mentions[i] = mention(a, z + 3, type: .person, evidence: mentionEvidence(i))
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// News sites whose datelines open like China News Service's ("人民网贝尔格莱德12月6日电"): their first two characters (网 third).
    static let h26DatelineSites: [[Unicode.Scalar]] = ["人民", "新华", "央视", "环球", "光明", "中国"].map { Array($0.unicodeScalars) }
}
