import Foundation

/// Session 43 (entb): general causes behind a blind set's Vietnamese, Russian and Chinese errors (the tests use other texts
/// and names):
/// - Russian: a toponymic adjective (in -ск-/-цк-) with its lowercase adjectives before a protected area's noun ("пуща",
///   "заповедник", "заказник", "национальный парк") or an autonomous unit's ("автономный район/округ/область") is one place
///   ("Березинского заповедника", "Синьцзян-Уйгурского автономного района"); before "метрополитен" one body; a region's
///   name in -щина/-чина after a preposition ("на Витебщине") is a place; a legal form alone ("ОсОО") and Father Frost
///   ("Деда Мороза") are no entity; a body + "при" + a body is one body ("Департамент … при Министерстве …");
/// - Vietnamese: a name after an honorific ("Ông", "Bà") whose first syllable is a family name is a person even when its
///   last syllable is a body's noun ("Trường"); a faculty or school + " - " + "Đại học …" is one body; "Khu công nghệ cao"
///   + a name is a place (a known place inside it too); the second name of a border-gate pair ("cửa khẩu A - B") is a
///   place; a place right after "giờ" (a time zone, "giờ Hà Nội") and a train's letters after "tàu" ("tàu SE") are no
///   mention, nor a funding round ("Series B");
/// - Chinese: the items of a list counted by a numeral and a unit ("甲乙、丙丁两区", "A、B、C三县") are places; a body in
///   会馆 or 图书馆 starts at the place before it; 中国 or 全国 + a mass body's short name (侨联, 文联 …) is a body; a body
///   read after a dotted foreign name ("马克斯·普朗克研究所") takes it; an unknown place right before 湾 or 岛 takes it; a
///   place read with 代表 (on behalf of) before it starts after it; a place read from 乡 in 乡亲 (fellow villagers) is none.
/// `refineS43b` runs after `refineS43a` (or `refineS42`), before `refineCP15`; each rule is gated on its script or language
/// and on a trigger word's key (`articleHas`) or a trigger character (`hanArticleHasAny`), then walks only the tokens or
/// mentions next to its trigger.
extension NameFinder {
    mutating func refineS43b() {
        guard tokens.count > 1 else { return }
        if lang.ru {
            s43bRussianAreas()
            s43bRussianRegionsInShchina()
            s43bRussianNotNames()
            s43bRussianBodyAttachedTo()
        }
        if lang.vi {
            s43bVietnameseHonorificPersons()
            s43bVietnameseUniversityMembers()
            s43bVietnameseHighTechParks()
            s43bVietnameseCompaniesToAcronym()
            s43bVietnameseFunds()
            s43bVietnameseStations()
            s43bVietnameseBorderGatePairs()
            s43bVietnameseNotNames()
        }
        if hasHan {
            s43bHanLeadingWords()
            s43bHanCountedLists()
            s43bHanClubsAndLibraries()
            s43bHanMassBodies()
            s43bHanDottedBodies()
            s43bHanUniversityDepartments()
            s43bHanBaysAndIslands()
        }
    }

    // MARK: - Russian

    static let s43bRuAreaList = ["пуща", "пущи", "пуще", "пущу", "пущей", "заповедник", "заповедника", "заповеднику", "заповедником",
        "заповеднике", "заказник", "заказника", "заказнику", "заказником", "заказнике"]
    static let s43bRuParkList = ["парк", "парка", "парку", "парком", "парке"]
    static let s43bRuUnitList = ["район", "района", "району", "районом", "районе", "округ", "округа", "округу", "округом", "округе",
        "область", "области", "областью"]
    static let s43bRuBodyList = ["метрополитен", "метрополитена", "метрополитену", "метрополитеном", "метрополитене"]
    /// A port is a body after a lowercase adjective ("Мурманский морской рыбный порт"), not right after the town's.
    static let s43bRuPortList = ["порт", "порта", "порту", "портом", "порте"]
    static let s43bRuPortNouns = h18Keys(s43bRuPortList)
    /// A protected area's nouns (all cases) that a toponymic adjective names.
    static let s43bRuAreaNouns = h18Keys(s43bRuAreaList)
    /// Nouns that need an adjective before them: a park after "национальный", a district after "автономный".
    static let s43bRuParkNouns = h18Keys(s43bRuParkList)
    static let s43bRuUnitNouns = h18Keys(s43bRuUnitList)
    static let s43bRuBodyNouns = h18Keys(s43bRuBodyList)
    static let s43bRuTriggers = h18Keys(s43bRuAreaList + s43bRuParkList + s43bRuUnitList + s43bRuBodyList + s43bRuPortList)

    /// A capitalized toponymic adjective (an adjective's ending and -ск- or -цк- in it: "Березинского", "Налибокской").
    func s43bToponymicAdjective(_ k: Int) -> Bool {
        guard k >= 0, k < tokenCount, tokens[k].kind == .word, tokens[k].script == .cyrillic, tokens[k].capitalized, h14RussianAdjective(k) else { return false }
        let key = tokens[k].key
        return key.contains("ск") || key.contains("цк")
    }

    /// "в Березинском заповеднике", "от Налибокской пущи", "Полесского государственного радиационно-экологического
    /// заповедника", "Беловежского национального парка", "Синьцзян-Уйгурского автономного района", "Екатеринбургский
    /// метрополитен", "Мурманский морской рыбный порт": a toponymic adjective, up to three lowercase adjectives (hyphenated ones too) and a protected area's
    /// noun (a park's after "национальный", a unit's after "автономный") are one place; before "метрополитен" (or a port's noun
    /// after a lowercase adjective), one body.
    mutating func s43bRussianAreas() {
        guard articleHas(Self.s43bRuTriggers) else { return }
        var puts: [(Int, Int, EntityType)] = []
        var h = 1
        while h < tokenCount {
            defer { h += 1 }
            guard tokens[h].kind == .word, tokens[h].script == .cyrillic, !tokens[h].capitalized, tokens[h].spaceBefore else { continue }
            let area = Self.s43bRuAreaNouns.contains(tokens[h])
            let park = !area && Self.s43bRuParkNouns.contains(tokens[h])
            let unit = !area && !park && Self.s43bRuUnitNouns.contains(tokens[h])
            let port = !area && !park && !unit && Self.s43bRuPortNouns.contains(tokens[h])
            let body = port || !area && !park && !unit && Self.s43bRuBodyNouns.contains(tokens[h])
            guard area || park || unit || body else { continue }
            if park && !keyStarts(h - 1, "национальн") || unit && !keyStarts(h - 1, "автономн") { continue }
            // Back over the lowercase adjectives ("государственного радиационно-экологического").
            var z = h - 1
            var steps = 0
            while z >= 1, steps < 4 {
                if tokens[z].kind == .word, tokens[z].script == .cyrillic, !tokens[z].capitalized, h14RussianAdjective(z) {
                    // ("радиационно-экологического": the hyphenated first part.)
                    if z >= 2, keyIs(z - 1, "-"), !tokens[z - 1].spaceBefore, !tokens[z].spaceBefore, tokens[z - 2].kind == .word,
                       tokens[z - 2].script == .cyrillic, !tokens[z - 2].capitalized { z -= 2 }
                    z -= 1
                    steps += 1
                    continue
                }
                break
            }
            guard s43bToponymicAdjective(z), tokens[z + 1].spaceBefore else { continue }
            let a = l25AdjectiveStart(z)
            if (park || unit || port) && z == h - 1 { continue }   // (the adjective before the noun is "национальный" / "автономный")
            puts.append((a, h + 1, body ? .organization : .place))
        }
        for (a, e, type) in puts {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.start == s && $0.end == end && $0.type == type }) { continue }
            if anyMention(where: { $0.type == .country && $0.start < end && $0.end > s }) { continue }
            // (A longer body over it keeps its name: "Дирекция Березинского заповедника".)
            if anyMention(where: { $0.type == .organization && ($0.start < s && $0.end >= end || $0.start <= s && $0.end > end) }) { continue }
            h42Put(a, e, type, overKnown: true)
        }
    }

    /// Words in -щина/-чина that name no region ("женщина", "причина", "годовщина").
    static let s43bRuNotRegionStems: [String] = ["женщин", "мужчин", "причин", "годовщин", "величин", "дружин", "вотчин", "пучин",
        "морщин", "дедовщин", "купчин", "старшин", "овчин", "пошлин", "личин", "кручин", "лучин", "долгощин"]
    static let s43bRuPlacePreps = h18Keys(["в", "во", "на", "по", "из", "с", "со", "о", "об", "от", "до", "для", "и"])

    /// "на Витебщине", "по Гомельщине", "из Смоленщины": a capitalized word in -щина/-чина (any case) after a preposition or
    /// "и" is a region, a place.
    mutating func s43bRussianRegionsInShchina() {
        var k = 1
        while k < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic, tokens[k].capitalized, !tokens[k].allCaps else { continue }
            let key = tokens[k].key
            guard key.utf8.count >= 14 else { continue }   // (seven letters at least)
            var stem: Substring? = nil
            for end in ["щина", "щины", "щине", "щину", "щиной", "чина", "чины", "чине", "чину", "чиной"] where PlainText.hasSuffix(key, end) {
                stem = key.dropLast(end.count - 3)   // (the stem with its щин/чин)
                break
            }
            guard let st = stem, Self.s43bRuPlacePreps.contains(tokens[k - 1]), !tokens[k - 1].capitalized,
                  !Self.s43bRuNotRegionStems.contains(where: { st.hasSuffix($0) }) else { continue }
            let (s, e) = (tokens[k].start, tokens[k].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.known != nil || $0.type == .place || $0.start < s || $0.end > e) }) { continue }
            h42Put(k, k + 1, .place)
        }
    }

    /// Legal forms that stand alone before a firm's quoted name ("ОсОО", Kyrgyz LLC) and Father Frost's name.
    static let s43bRuLegalForms = h18Keys(["ОсОО", "ТОО", "ООО", "ОАО", "ЗАО", "ПАО", "АО", "ОДО", "ЧУП", "ИП", "ЖШС", "ТзОВ", "ПрАТ"])
    static let s43bRuFrost = h18Keys(["дед", "деда", "деду", "дедом", "деде"])
    static let s43bRuFrostGate = h18Keys(["мороз", "мороза", "морозу", "морозом", "морозе", "ОсОО", "ТОО", "ООО", "ОАО", "ЗАО", "ПАО", "АО",
        "ОДО", "ЧУП", "ИП", "ЖШС", "ТзОВ", "ПрАТ"])

    /// A legal form read alone as a name and "Дед Мороз" (the winter's folk figure) are no entity.
    mutating func s43bRussianNotNames() {
        guard articleHas(Self.s43bRuFrostGate) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country {
            guard let (a, z) = seedSpan(i) else { continue }
            if a == z, Self.s43bRuLegalForms.contains(tokens[a]) { drop.insert(i); continue }
            if z == a + 1, Self.s43bRuFrost.contains(tokens[a]), keyStarts(z, "мороз"), mentions[i].type != .organization { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s43bRuPri = h18Keys(["при"])

    /// "Департамент лекарственных средств … при Министерстве здравоохранения", "Институт … при Правительстве": a body,
    /// "при" and a body right after it are one body.
    mutating func s43bRussianBodyAttachedTo() {
        guard articleHas(Self.s43bRuPri) else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentions[i].type == .organization && !drop.contains(i) {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end, z + 2 < tokenCount, keyIs(z + 1, "при"), !tokens[z + 1].capitalized,
                  tokens[z + 2].kind == .word, tokens[z + 2].capitalized else { continue }
            let s2 = tokens[z + 2].start
            guard let j = firstMentionIndex(where: { $0.type == .organization && $0.start == s2 }), !drop.contains(j),
                  let (_, z2) = seedSpan(j), mentions[j].end == tokens[z2].end else { continue }
            var m = mention(a, z2 + 1, type: .organization, evidence: .cue)
            m.start = mentionStart(i)
            m.surface = surface(a, z2 + 1)
            drop.insert(i); drop.insert(j)
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    // MARK: - Vietnamese

    static let s43bViHonorifics = h18Keys(["ông", "bà", "anh", "chị", "em", "cô", "chú", "bác"])

    /// "Ông Đỗ Xuân Trường, đến từ Leipzig": a name of two to four capitalized syllables after an honorific, whose first
    /// syllable is a Vietnamese family name, is a person, not a body (its last syllable "Trường", a school, or "Viện").
    mutating func s43bVietnameseHonorificPersons() {
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type == .organization {
            guard let (a, z) = seedSpan(i), a >= 1, z - a >= 1, z - a <= 3, mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end,
                  Self.l29cVietnameseSurnames.contains(tokens[a]), Self.s43bViHonorifics.contains(tokens[a - 1]),
                  (a...z).allSatisfy({ tokens[$0].kind == .word && tokens[$0].capitalized && !tokens[$0].allCaps }) else { continue }
            mentions[i].type = .person
            mentions[i].placeContext = false
        }
    }

    /// "Trường Đại học Bách khoa - Đại học Đà Nẵng", "Khoa Y - Đại học Huế": a school or faculty read as a body, a spaced
    /// dash and a university ("Đại học …") read as a body are one body, the member school's full name.
    mutating func s43bVietnameseUniversityMembers() {
        var drop = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil && !drop.contains(i) {
            guard let (a, z) = seedSpan(i), z + 3 < tokenCount, mentions[i].end == tokens[z].end, h27Dash(z + 1), tokens[z + 1].spaceBefore,
                  tokens[z + 2].spaceBefore, keyIs(z + 2, "dai"), keyIs(z + 3, "hoc"), isCap(z + 2) else { continue }
            guard keyIs(a, "truong") || keyIs(a, "khoa") || keyIs(a, "vien") || keyIs(a, "phan") else { continue }
            let s2 = tokens[z + 2].start
            guard let j = firstMentionIndex(where: { $0.type == .organization && $0.start == s2 }), let (_, z2) = seedSpan(j), mentions[j].end == tokens[z2].end else { continue }
            var m = mention(a, z2 + 1, type: .organization, evidence: .cue)
            m.start = mentionStart(i)
            m.surface = surface(a, z2 + 1)
            drop.insert(i); drop.insert(j)
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    static let s43bViKhu = h18Keys(["khu"])

    /// "Khu công nghệ cao Đà Nẵng", "khu công nghệ cao Hòa Lạc": a high-tech park's noun and the capitalized syllables after
    /// it (a known place among them too) are one place.
    mutating func s43bVietnameseHighTechParks() {
        guard articleHas(Self.s43bViKhu) else { return }
        var k = 0
        while k + 4 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, keyIs(k, "khu"), keyIs(k + 1, "cong"), keyIs(k + 2, "nghe"), keyIs(k + 3, "cao") else { continue }
            var e = k + 4
            while e < tokenCount, e - k < 10, tokens[e].kind == .word, isCap(e), tokens[e].spaceBefore, !tokens[e].newlineBefore { e += 1 }
            // ("TP.HCM": a name written with a dot.)
            guard e > k + 4 else { continue }
            let (s, end) = (tokens[k].start, tokens[e - 1].end)
            if anyMention(where: { $0.type != .country && ($0.start < s && $0.end > s || $0.start < end && $0.end > end) }) { continue }
            h42Put(k, e, .place, overKnown: true)
            k = e - 1
        }
    }

    static let s43bViCompanyHeads = h18Keys(["công", "tập"])

    /// "Công ty cổ phần Công nghệ Hải Vân Sensors (HVS)": a company read short of the parenthesized acronym that follows its
    /// name (at most six words later, no punctuation between) goes on up to it; a person read from the name's last words
    /// elsewhere ("… Hải Vân Sensors phát triển") is the company.
    mutating func s43bVietnameseCompaniesToAcronym() {
        guard articleHas(Self.s43bViCompanyHeads) else { return }
        var changes: [(Int, Mention, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end,
                  keyIs(a, "cong") && keyIs(a + 1, "ty") || keyIs(a, "tong") && keyIs(a + 1, "cong") || keyIs(a, "tap") && keyIs(a + 1, "doan") else { continue }
            var e = z + 1
            var capitals = 0
            while e < tokenCount, e - z <= 6, tokens[e].kind == .word, tokens[e].spaceBefore, !tokens[e].newlineBefore, !tokens[e].allCaps {
                if isCap(e) { capitals += 1 }
                e += 1
            }
            guard e > z + 1, capitals >= 1, isCap(e - 1), e + 2 < tokenCount, keyIs(e, "("), tokens[e + 1].allCaps, tokens[e + 1].keyLength >= 2,
                  keyIs(e + 2, ")") else { continue }
            let (s, end) = (tokens[z + 1].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.type == .organization || $0.type == .country) }) { continue }
            var m = mention(a, e, type: .organization, evidence: mentionEvidence(i))
            m.start = mentionStart(i)
            m.surface = surface(a, e)
            changes.append((i, m, z + 1))
        }
        guard !changes.isEmpty else { return }
        for (i, m, _) in changes { mentions[i] = m }
        mentions.removeAll { m in m.type != .organization && m.type != .country && changes.contains { m.start >= $0.1.start && m.end <= $0.1.end && m.start > $0.1.start } }
        // The name's last words read as a person elsewhere are the company.
        for (_, m, _) in changes {
            let words = m.words
            for j in mentions.indices where mentions[j].type == .person && mentions[j].known == nil {
                let w = mentions[j].words
                guard w.count >= 2, w.count < words.count, (0..<w.count).allSatisfy({ PlainText.equal(w[$0], words[words.count - w.count + $0]) }) else { continue }
                mentions[j].type = .organization
            }
        }
    }

    static let s43bViQuy = h18Keys(["quỹ"])

    /// "do quỹ Bamboo Capital Ventures dẫn dắt": two to four capitalized Latin-script words after "quỹ" (a fund) are a body,
    /// and so are the same words elsewhere in the article.
    mutating func s43bVietnameseFunds() {
        guard articleHas(Self.s43bViQuy) else { return }
        var names: [[String]] = []
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, keyIs(k, "quy"), !tokens[k].capitalized else { continue }
            var e = k + 1
            while e < tokenCount, e - k <= 4, tokens[e].kind == .word, tokens[e].capitalized, tokens[e].spaceBefore, tokens[e].script == .latin { e += 1 }
            guard e - k >= 3, e - k <= 5 else { continue }
            let (s, end) = (tokens[k + 1].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.type == .organization || $0.known != nil || $0.type == .country) }) { continue }
            names.append((k + 1..<e).map { tokens[$0].key })
            k = e - 1
        }
        guard !names.isEmpty else { return }
        var j = 0
        while j < tokenCount {
            defer { j += 1 }
            guard tokens[j].kind == .word, tokens[j].capitalized else { continue }
            guard let name = names.first(where: { n in j + n.count <= tokenCount && (0..<n.count).allSatisfy { tokens[j + $0].key == n[$0] } }) else { continue }
            let (s, end) = (tokens[j].start, tokens[j + name.count - 1].end)
            guard !anyMention(where: { $0.start < end && $0.end > s && ($0.type == .organization || $0.known != nil || $0.type == .country) }),
                  j + name.count >= tokenCount || !(tokens[j + name.count].kind == .word && tokens[j + name.count].capitalized && tokens[j + name.count].spaceBefore) else { continue }
            h42Put(j, j + name.count, .organization)
            j += name.count - 1
        }
    }

    static let s43bViGa = h18Keys(["ga"])
    static let s43bViDirections = h18Keys(["đông", "tây", "nam", "bắc"])

    /// "ga Nam Ninh Đông": a station read without the direction word that ends its name (Đông, Tây, Nam, Bắc, right after
    /// it, before a lowercase word or punctuation) takes it; "ga Gia Lâm" beside "Gia Lâm" named elsewhere is that place.
    mutating func s43bVietnameseStations() {
        guard articleHas(Self.s43bViGa) else { return }
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, keyIs(a, "ga"), !tokens[a].capitalized, mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end else { continue }
            var zz = z
            if z + 1 < tokenCount, tokens[z + 1].kind == .word, tokens[z + 1].capitalized, tokens[z + 1].spaceBefore, Self.s43bViDirections.contains(tokens[z + 1]),
               z + 2 >= tokenCount || !isCap(z + 2), !anyMention(where: { $0.start < tokens[z + 1].end && $0.end > tokens[z + 1].start }) {
                zz = z + 1
                var m = mention(a, zz + 1, type: .place, evidence: mentionEvidence(i))
                m.placeContext = true
                mentions[i] = m
            }
            // The station's name alone, named elsewhere: the same place.
            let name = (a + 1...zz).map { tokens[$0].key }
            let same = mentions.contains { m in m.type == .place && m.words.count == name.count && m.start != mentions[i].start
                && (0..<name.count).allSatisfy { PlainText.equal(TextFolding.key(m.words[$0]), name[$0]) } }
            if same { mentions[i].words = (a + 1...zz).map { tokens[$0].text } }
        }
    }

    static let s43bViCua = h18Keys(["cửa"])

    /// "cửa khẩu Lào Cai - Hà Khẩu", "cửa khẩu Móng Cái - Đông Hưng": the second name of a border-gate pair (capitalized
    /// syllables after the spaced dash) is a place, and the first one too when nothing reads it.
    mutating func s43bVietnameseBorderGatePairs() {
        guard articleHas(Self.s43bViCua) else { return }
        var k = 0
        while k + 5 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, keyIs(k, "cua"), keyIs(k + 1, "khau"), !isCap(k + 1) else { continue }
            var e1 = k + 2
            while e1 < tokenCount, e1 - k < 6, tokens[e1].kind == .word, isCap(e1), tokens[e1].spaceBefore { e1 += 1 }
            guard e1 > k + 2, e1 + 1 < tokenCount, h27Dash(e1), tokens[e1].spaceBefore, tokens[e1 + 1].spaceBefore else { continue }
            var e2 = e1 + 1
            while e2 < tokenCount, e2 - e1 < 5, tokens[e2].kind == .word, isCap(e2), tokens[e2].spaceBefore { e2 += 1 }
            guard e2 > e1 + 1 else { continue }
            // (A third name, "A - B - C", is a railway's: left alone.)
            if e2 < tokenCount, h27Dash(e2) { continue }
            for (a, b) in [(k + 2, e1), (e1 + 1, e2)] {
                let (s, end) = (tokens[a].start, tokens[b - 1].end)
                if anyMention(where: { $0.start < end && $0.end > s && ($0.known != nil || $0.type == .place || $0.type == .country || $0.start < s || $0.end > end) }) { continue }
                h42Put(a, b, .place)
            }
            k = e2 - 1
        }
    }

    static let s43bViGates = h18Keys(["giờ", "tàu", "series"])

    /// "(giờ Bắc Kinh)", "theo giờ Hà Nội": a place right after "giờ" names a time zone, no mention of the place; "các đoàn
    /// tàu SE": a train's letters after "tàu" are no body; "vòng gọi vốn Series B": a funding round is no name.
    mutating func s43bVietnameseNotNames() {
        guard articleHas(Self.s43bViGates) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type != .country && mentions[i].known == nil || mentions[i].type == .place {
            guard let (a, z) = seedSpan(i), mentions[i].start == tokens[a].start, a >= 1 else { continue }
            if mentions[i].type == .place, keyIs(a - 1, "gio"), !tokens[a - 1].capitalized, tokens[a].spaceBefore,
               a < 2 || tokens[a - 2].kind != .number { drop.insert(i); continue }
            if a == z, tokens[a].allCaps, tokens[a].keyLength <= 3, keyIs(a - 1, "tau"), !tokens[a - 1].capitalized { drop.insert(i); continue }
            if z == a + 1, keyIs(a, "series"), tokens[z].keyLength == 1 { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Chinese

    /// Words read at the head of a place or a body that are no part of it: 代表 (on behalf of).
    static let s43bHanLeadWords: [[UInt32]] = ["代表"].map(hanCodes)
    static let s43bHanLeadFirsts = HanCharSet(codes: s43bHanLeadWords.map { $0[0] })
    static let s43bHanXiang = hanCode("乡"), s43bHanQin = hanCode("亲")

    /// "代表三藩市某会馆": a place or body whose first two characters are 代表 starts after them (two characters at least
    /// left); "海外乡亲": a place read up to the 乡 of 乡亲 (fellow villagers) is none.
    mutating func s43bHanLeadingWords() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .organization || mentions[i].type == .place) {
            let (start, end) = (mentionStart(i), mentionEnd(i))
            guard end - start >= 2, let ti = tokenIndex(containing: start), tokens[ti].script == .han, tokens[ti].end >= end else { continue }
            let codes = hanRunCodes(ti)
            let s = start - tokens[ti].start, e = end - tokens[ti].start
            guard s >= 0, e <= codes.count else { continue }
            if mentions[i].type == .place, codes[e - 1] == Self.s43bHanXiang, e < codes.count, codes[e] == Self.s43bHanQin { drop.insert(i); continue }
            guard e - s >= 4, Self.s43bHanLeadFirsts.contains(codes[s]),
                  Self.s43bHanLeadWords.contains(where: { $0[0] == codes[s] && $0[1] == codes[s + 1] }) else { continue }
            let scalars = hanRunScalars(ti)
            let name = Self.hanString(scalars, s + 2, e)
            mentions[i] = Mention(surface: name, start: start + 2, end: end, type: mentions[i].type, evidence: mentionEvidence(i), words: [name],
                                  placeContext: mentions[i].type == .place)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s43bHanNumerals = HanCharSet("两二三四五六七八九十")
    static let s43bHanUnits = HanCharSet("区市县镇乡州旗")
    static let s43bHanListMark = hanCode("、")
    /// Characters no counted list's item holds (ordinals: "第一、第二两区"; a county may hold a numeral, "四会").
    static let s43bHanNotItem = HanCharSet("第个")
    /// Characters that may stand right before a counted list's first item (a conjunction, a verb of containing, a unit).
    static let s43bHanListOpeners = HanCharSet("和及与辖括有含为是：:区市县镇乡州")

    /// The number a numeral character counts (两 and 二 are two).
    static func s43bHanCount(_ c: UInt32) -> Int {
        switch c {
        case hanCode("两"), hanCode("二"): return 2
        case hanCode("三"): return 3
        case hanCode("四"): return 4
        case hanCode("五"): return 5
        case hanCode("六"): return 6
        case hanCode("七"): return 7
        case hanCode("八"): return 8
        case hanCode("九"): return 9
        case hanCode("十"): return 10
        default: return 0
        }
    }

    /// A token `k` that is the list mark 、 glued to the runs on each side.
    func s43bHanListMarkAt(_ k: Int) -> Bool {
        k >= 1 && k + 1 < tokenCount && tokens[k].kind == .punct && tokens[k - 1].end == tokens[k].start && tokens[k].end == tokens[k + 1].start
            && tokens[k].text == "、"
    }

    /// Characters `a..<b` of a run may be a counted list's item (two or three characters, no stop, ordinal or numeral).
    func s43bHanItem(_ sc: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        b - a >= 2 && b - a <= 3 && !(a..<b).contains { Self.l30HanStops.contains(Self.hanCode(sc[$0])) || Self.s43bHanNotItem.contains(Self.hanCode(sc[$0])) }
    }

    /// "下辖蓬江、江海、新会三区和台山、开平、鹤山、恩平四市": the items of a list of names (two or three characters each,
    /// joined by 、) right before a numeral and a unit (区, 市, 县 …) are places when they are as many as the numeral says.
    /// (Asked of each run's third and fourth characters: a numeral and a unit there, after a glued 、, start the walk.)
    mutating func s43bHanCountedLists() {
        var items: [(Int, [Unicode.Scalar], Int, Int)] = []
        var spans: [(Int, Int)] = []
        var k = 2
        while k < tokenCount {
            defer { k += 1 }
            guard tokens[k].script == .han, let sc = l28Run(k, atLeast: 4) else { continue }
            for p in 2...3 where p + 1 < sc.count {
                let n = Self.s43bHanCount(Self.hanCode(sc[p]))
                guard n >= 2, Self.s43bHanUnits.contains(Self.hanCode(sc[p + 1])), s43bHanItem(sc, 0, p), s43bHanListMarkAt(k - 1) else { continue }
                var list: [(Int, [Unicode.Scalar], Int, Int)] = [(k, sc, 0, p)]
                var t = k - 2
                var ok = true
                // The middle items: whole runs between two marks.
                while list.count < n - 1 {
                    guard t >= 2, tokens[t].script == .han, let r = l28Run(t), s43bHanItem(r, 0, r.count), s43bHanListMarkAt(t - 1) else { ok = false; break }
                    list.append((t, r, 0, r.count))
                    t -= 2
                }
                // The first item: a run's last two (or three) characters after an opener, or the whole run after no mark.
                if ok {
                    guard t >= 0, tokens[t].script == .han, let r = l28Run(t) else { continue }
                    var first: Int? = nil
                    for len in 2...3 where r.count >= len && s43bHanItem(r, r.count - len, r.count) {
                        if r.count == len ? !(t >= 1 && s43bHanListMarkAt(t - 1)) : Self.s43bHanListOpeners.contains(Self.hanCode(r[r.count - len - 1])) {
                            first = r.count - len
                            break
                        }
                    }
                    guard let f = first else { continue }
                    list.append((t, r, f, r.count))
                }
                guard ok, list.count == n else { continue }
                items.append(contentsOf: list)
                spans.append((tokens[t].start + list.last!.2, tokens[k].start + p + 2))
                break
            }
        }
        guard !items.isEmpty else { return }
        // (Readings across the items, "新会三区", go; a known place on an item stays.)
        mentions.removeAll { m in m.known == nil && m.type != .country && spans.contains { m.start < $0.1 && m.end > $0.0 }
            && !items.contains { m.start == tokens[$0.0].start + $0.2 && m.end == tokens[$0.0].start + $0.3 && m.type == .place } }
        for (k, sc, a, b) in items { _ = l30HanAddIfFree(k, sc, a, b, .place) }
    }

    static let s43bHanClubWords: [[Unicode.Scalar]] = l28Words(["会馆", "图书馆", "同乡会"])

    /// "代表三藩市台山宁阳会馆向…", "温哥华中华会馆主席", "向台山市图书馆捐赠": a clan or regional association's hall (会馆,
    /// 同乡会) or a library (图书馆) starts at the place read before it (a few characters of no stop between): a body.
    mutating func s43bHanClubsAndLibraries() {
        guard hanArticleHasAny("馆乡") else { return }
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            for p in 2..<sc.count {
                guard let w = Self.s43bHanClubWords.first(where: { Self.l28At(sc, p, $0) }) else { continue }
                let runStart = tokens[k].start
                // The earliest place (no country) that starts within eight characters before and ends at most four before.
                var best: Int? = nil
                for m in mentions where m.type == .place && m.start >= runStart && m.end <= runStart + p {
                    let a = m.start - runStart, b = m.end - runStart
                    guard p - a <= 10, p - b <= 4, !(b..<p).contains(where: { Self.l30HanStops.contains(Self.hanCode(sc[$0])) }) else { continue }
                    if best == nil || a < best! { best = a }
                }
                guard let a = best else { continue }
                found.append((k, sc, a, p + w.count))
            }
        }
        for (k, sc, a, b) in found {
            let (s, e) = (tokens[k].start + a, tokens[k].start + b)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
            if anyMention(where: { ($0.known != nil && $0.type == .organization || $0.type == .person) && $0.start < e && $0.end > s }) { continue }
            mentions.removeAll { $0.type != .country && $0.start < e && $0.end > s && $0.start >= s && $0.end <= e }
            mentions.append(l28Mention(k, sc, a, b, .organization))
        }
    }

    static let s43bHanMassBodies: [[Unicode.Scalar]] = l28Words(["侨联", "文联", "妇联", "残联", "科协", "作协", "工商联", "青联", "台联"])
    static let s43bHanNationWords: [[Unicode.Scalar]] = l28Words(["中国", "全国"])

    /// "中国侨联副主席", "全国妇联": 中国 or 全国 + a mass body's short name (the federations of returned overseas Chinese,
    /// literary circles, women …) is a body.
    mutating func s43bHanMassBodies() {
        guard hanArticleHasAny("联协") else { return }
        var found: [(Int, [Unicode.Scalar], Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            for p in 2..<sc.count {
                guard let w = Self.s43bHanMassBodies.first(where: { Self.l28At(sc, p, $0) }),
                      Self.s43bHanNationWords.contains(where: { Self.l28At(sc, p - 2, $0) }) else { continue }
                found.append((k, sc, p - 2, p + w.count))
            }
        }
        for (k, sc, a, b) in found {
            let (s, e) = (tokens[k].start + a, tokens[k].start + b)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
            if anyMention(where: { $0.start < e && $0.end > s && ($0.start < s || $0.end > e) && $0.type != .country }) { continue }
            mentions.removeAll { $0.start >= s && $0.end <= e && ($0.type == .country || $0.known == nil) }
            mentions.append(l28Mention(k, sc, a, b, .organization))
        }
    }

    static let s43bHanBodyEnds: [[Unicode.Scalar]] = l28Words(["研究所", "研究院", "研究中心", "大学", "学院", "基金会", "博物馆", "医院", "中心"])

    /// "德国马克斯·普朗克研究所", "约翰·霍普金斯大学": a body read from the family name after a middle dot (its name a
    /// person's) takes the transliterated given name before the dot (two to six characters; no country or place in it).
    mutating func s43bHanDottedBodies() {
        guard articleHas(Self.l26MiddleDotKeys) else { return }
        let dots = Self.l26MiddleDots
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization {
            guard let k = l28TokenAt(mentions[i].start), tokens[k].script == .han, mentions[i].start == tokens[k].start, k >= 2,
                  tokens[k - 1].kind == .punct, dots.contains(tokens[k - 1].text), tokens[k - 1].end == tokens[k].start,
                  tokens[k - 2].script == .han, tokens[k - 2].end == tokens[k - 1].start, let left = l28Run(k - 2), let right = l28Run(k) else { continue }
            let e = mentions[i].end - tokens[k].start
            guard e <= right.count, Self.s43bHanBodyEnds.contains(where: { e >= $0.count && Self.l28At(right, e - $0.count, $0) }) else { continue }
            var a = left.count
            let leftStart = tokens[k - 2].start
            while a > 0, left.count - a < 6, Self.hanTransliterationSet.contains(Self.hanCode(left[a - 1])),
                  !anyMention(where: { ($0.type == .country || $0.type == .place) && $0.start <= leftStart + a - 1 && $0.end > leftStart + a - 1 }) { a -= 1 }
            guard left.count - a >= 2 else { continue }
            let s = leftStart + a
            if anyMention(where: { $0.type == .person && $0.start <= s && $0.end > s }) { continue }
            let text = hanText(left, a, left.count - a) + tokens[k - 1].text + mentions[i].surface
            changes.append((i, Mention(surface: text, start: s, end: mentions[i].end, type: .organization, evidence: .cue, words: [text])))
        }
        // "约翰·霍普金斯大学": a dotted person read right before a body's last word is the body's name.
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let k = l28TokenAt(mentions[i].end - 1), tokens[k].script == .han, k >= 2, tokens[k - 1].kind == .punct, dots.contains(tokens[k - 1].text),
                  mentions[i].start < tokens[k - 1].start, mentions[i].end < tokens[k].end, let right = l28Run(k) else { continue }
            let q = mentions[i].end - tokens[k].start
            guard let w = Self.s43bHanBodyEnds.first(where: { Self.l28At(right, q, $0) }) else { continue }
            let end = mentions[i].end + w.count
            if anyMention(where: { $0.start < end && $0.end > mentions[i].end }) { continue }
            let text = mentions[i].surface + hanText(right, q, w.count)
            changes.append((i, Mention(surface: text, start: mentions[i].start, end: end, type: .organization, evidence: .cue, words: [text])))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        let spans = changes.map { ($0.1.start, $0.1.end) }
        mentions.removeAll { m in m.type == .person && m.known == nil && spans.contains { m.start >= $0.0 && m.end <= $0.1 } }
    }

    static let s43bHanUniversity: [Unicode.Scalar] = ["大", "学"]
    static let s43bHanDepartmentEnds: [[Unicode.Scalar]] = l28Words(["系", "学院", "研究所", "研究院"])
    static let s43bHanJoiners = HanCharSet("与和")

    /// "南京大学大气与海洋科学系", "某大学化学与分子工程学院": a university read as a body goes on over its department or school
    /// right after it (up to twelve characters ending in 系, 学院, 研究所 or 研究院; 与 or 和 inside its name, not first).
    mutating func s43bHanUniversityDepartments() {
        guard hanArticleHasAny("系院所") else { return }
        var found: [(Int, Int, Mention)] = []
        for n in mentions.indices where mentions[n].type == .organization {
            guard let k = l28TokenAt(mentions[n].end - 1), tokens[k].script == .han, mentions[n].start >= tokens[k].start,
                  mentions[n].end + 2 <= tokens[k].end, let sc = l28Run(k) else { continue }
            let q = mentions[n].end - tokens[k].start
            guard q >= 2, sc[q - 2] == Self.s43bHanUniversity[0], sc[q - 1] == Self.s43bHanUniversity[1],
                  !Self.s43bHanJoiners.contains(Self.hanCode(sc[q])) else { continue }
            var e: Int? = nil
            var j = q
            while j < sc.count, j - q < 12 {
                let c = Self.hanCode(sc[j])
                if Self.l30HanStops.contains(c) && !Self.s43bHanJoiners.contains(c) { break }
                if j + 1 < sc.count, sc[j] == Self.s43bHanUniversity[0], sc[j + 1] == Self.s43bHanUniversity[1] { break }
                if let w = Self.s43bHanDepartmentEnds.first(where: { Self.l28At(sc, j, $0) }), j + w.count - q >= 3 { e = j + w.count; break }
                j += 1
            }
            guard let end = e else { continue }
            let (s, te) = (mentions[n].end, tokens[k].start + end)
            if anyMention(where: { $0.start < te && $0.end > s && ($0.end > te || $0.type == .person || $0.type == .organization) }) { continue }
            let a = mentions[n].start - tokens[k].start
            found.append((mentions[n].start, te, l28Mention(k, sc, a, end, .organization)))
        }
        guard !found.isEmpty else { return }
        for (s, e, m) in found {
            mentions.removeAll { $0.start >= s && $0.end <= e && $0.type != .country }
            mentions.append(m)
        }
    }

    static let s43bHanBay = hanCode("湾"), s43bHanIsland = hanCode("岛")
    /// Characters after 湾 or 岛 that make another word (湾区, 岛内, 岛国, 岛民 …).
    static let s43bHanAfterBayNot = HanCharSet("区内国民上屿链礁弧")

    /// "在普里兹湾开展", "登上难言岛": an unknown place read right before 湾 (a bay) or 岛 (an island) takes it.
    mutating func s43bHanBaysAndIslands() {
        guard hanArticleHasAny("湾岛") else { return }
        for n in mentions.indices where mentions[n].type == .place && mentions[n].known == nil {
            guard let k = l28TokenAt(mentions[n].start), tokens[k].script == .han, mentions[n].end < tokens[k].end, let sc = l28Run(k) else { continue }
            let a = mentions[n].start - tokens[k].start, q = mentions[n].end - tokens[k].start
            guard q - a >= 2, q < sc.count else { continue }
            let c = Self.hanCode(sc[q])
            guard c == Self.s43bHanBay || c == Self.s43bHanIsland, q + 1 == sc.count || !Self.s43bHanAfterBayNot.contains(Self.hanCode(sc[q + 1])) else { continue }
            let e = mentions[n].end + 1
            if anyMention(where: { $0.start < e && $0.end > mentions[n].end }) { continue }
            l28Recut(n, k, sc, a, q + 1)
        }
    }
}
