import Foundation

/// Session 48 (c): general causes left by two blind sets (the tests use other texts and names):
/// - English: "Jan" (and an initial) before a person a cue found ("writer Jan M. Olsen") is the person's given name
///   (S48a's rule reads only guessed names);
/// - English: a name read as a body, alone between a sentence's opening "At" and a comma ("At Vardø, workers said"),
///   is a place;
/// - Vietnamese: a road's "Quốc lộ"/"Tỉnh lộ" and its number after "đường" (read as the place 'Quốc') is the road;
///   "Hội Chữ thập đỏ" cut before its lowercase "đỏ" takes it;
/// - Vietnamese: in a list of names glossed in brackets ("Fansipan (Lào Cai), Hòn Thơm (Phú Quốc) và Bà Nà (Đà Nẵng)",
///   "Lộc Uyển (Sarnath), Câu Thi Na (Kushinagar)"), a name read as a person is a place when another glossed name of
///   the sentence is a place (a capitalized "Bà"/"Ông" inside the sentence is the name's first word);
/// - Russian: a place read over a hall's adjective and noun before a palace's or a house's name ("в Большом зале
///   Дворца Республики") is the palace;
/// - Russian: the names listed after a plural noun of monasteries, churches or temples ("к монастырям Ахпат и
///   Санаин") are places, a person's or a body's reading giving way;
/// - Chinese: a university's or a college's name followed by a department's name and 系 in the run ("复旦大学中文系")
///   is one body.
/// `refineS48c` runs after `refineS48b` (before `refineS48L`). Cost: each rule is gated on the article's language and
/// on its trigger key in the article (`articleHas`: jan; at; đường/chữ; a bracket; зал*; the plural nouns) or its
/// trigger character (`hanArticleHasAny("系")`); then the Jan, "At", road, Red Cross, hall and bracket rules read only
/// mentions of one type and one to three tokens around each; the monastery rule tests each lowercase Cyrillic token's
/// key against a small set (one hash probe); the 系 rule reads only organizations' mentions ending in 学/院 and at most
/// eight characters after each.
extension NameFinder {
    mutating func refineS48c() {
        guard tokens.count > 2, !mentions.isEmpty else { return }
        switch language {
        case "en":
            s48cJanBeforeCuePersons()
            s48cAtPlaces()
        case "vi":
            s48cRoutes(cyrillic: false)
            s48cVietnameseRoads()
            s48cVietnameseGlossedPlaces()
        case "ru":
            s48cRoutes(cyrillic: true)
            s48cRussianOccupationPersons()
            s48cRussianCabinets()
            s48cRussianHalls()
            s48cRussianMonasteries()
        case "zh":
            if hasHan { s48cHanDepartments() }
        default:
            break
        }
    }

    // MARK: - English

    /// "Associated Press writer Jan M. Olsen": a person (not known) a cue found, after "Jan" (and an initial with its
    /// full stop), takes them.
    mutating func s48cJanBeforeCuePersons() {
        guard articleHas(Self.s48Jan) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].evidence == .cue && mentions[i].type == .person {
            guard let (a, z) = seedSpan(i), a >= 1, mentions[i].start == tokens[a].start, s43Cap(a), tokens[a].spaceBefore,
                  !tokens[a].newlineBefore else { continue }
            var j = a - 1
            if j >= 2, keyIs(j, "."), !tokens[j].spaceBefore, s43Cap(j - 1), tokens[j - 1].text.utf8.count == 1 { j -= 2 }
            guard j >= 0, j < a, tokens[j].kind == .word, tokens[j].capitalized, !tokens[j].allCaps, Self.s48Jan.contains(tokens[j]),
                  tokens[j + 1].spaceBefore else { continue }
            // (Not a date: "on 5 Jan", "Jan 5".)
            if j >= 1, tokens[j - 1].kind == .number { continue }
            fixes.append((i, j, z + 1))
        }
        guard !fixes.isEmpty else { return }
        var drop = Set<Int>()
        for (i, a, b) in fixes {
            let old = mentions[i].start
            var m = mention(a, b, type: .person, evidence: .cue)
            m.parenthesized = mentions[i].parenthesized
            mentions[i] = m
            // (A reading of "Jan" or of the initial alone goes.)
            let s = tokens[a].start
            for j in mentions.indices where j != i && mentions[j].start >= s && mentions[j].end <= old { drop.insert(j) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s48cAt = h18Keys(["at"])

    /// "At Vardø, workers said …": a name of one or two words (not known) read as a body or untyped on a guess, right
    /// after a sentence's opening "At" and right before a comma, is a place.
    mutating func s48cAtPlaces() {
        guard articleHas(Self.s48cAt) else { return }
        var fixes: [Int] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].evidence == .guess
            && (mentions[i].type == .organization || mentions[i].type == nil) {
            guard let (a, z) = seedSpan(i), a >= 1, z - a <= 1, mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end,
                  z + 1 < tokenCount, keyIs(z + 1, ","), tokens[a - 1].capitalized, tokens[a - 1].sentenceStart || a - 1 == 0 || tokens[a - 1].newlineBefore,
                  Self.s48cAt.contains(tokens[a - 1]) else { continue }
            fixes.append(i)
        }
        for i in fixes {
            mentions[i].type = .place
            mentions[i].evidence = .cue
            mentions[i].placeContext = true
        }
    }

    // MARK: - Vietnamese

    static let s48cViRoadFirsts = h18Keys(["quốc", "tỉnh"])
    static let s48cViLo = h18Keys(["lộ"])
    static let s48cViChu = h18Keys(["chữ"])
    static let s48cViThap = h18Keys(["thập"])
    static let s48cViDo = h18Keys(["đỏ"])

    /// "sạt lở đường Quốc lộ 24": a place read as 'Quốc' (or 'Tỉnh') alone, before a lowercase "lộ" and a number, is the
    /// road with its number (and a letter glued to it, "1A"). "Hội Chữ thập đỏ" cut before its "đỏ" takes it.
    mutating func s48cVietnameseRoads() {
        let roads = articleHas(Self.s48cViLo), cross = articleHas(Self.s48cViChu)
        guard roads || cross else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end, z + 1 < tokenCount else { continue }
            if roads, mentions[i].type == .place || mentions[i].type == nil, a == z, Self.s48cViRoadFirsts.contains(tokens[a]),
               !tokens[z + 1].capitalized, Self.s48cViLo.contains(tokens[z + 1]), z + 2 < tokenCount, tokens[z + 2].kind == .number {
                var e = z + 3
                if e < tokenCount, tokens[e].kind == .word, !tokens[e].spaceBefore, tokens[e].text.utf8.count <= 2 { e += 1 }
                let (s, end) = (tokens[a].start, tokens[e - 1].end)
                for j in mentions.indices where mentions[j].start >= s && mentions[j].end <= end { drop.insert(j) }
                var m = mention(a, e, type: .place, evidence: .cue)
                m.placeContext = true
                added.append(m)
            } else if cross, mentions[i].type == .organization, z >= 1, z > a, Self.s48cViThap.contains(tokens[z]), Self.s48cViChu.contains(tokens[z - 1]),
                      !tokens[z + 1].capitalized, Self.s48cViDo.contains(tokens[z + 1]) {
                drop.insert(i)
                added.append(mention(a, z + 2, type: .organization, evidence: mentions[i].evidence))
            }
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    static let s48cOpenBrackets = h18Keys(["("])
    static let s48cViHonorifics = h18Keys(["bà", "ông"])

    /// The end (exclusive) of a bracketed gloss of one to four capitalized words right after token `z`, or nil.
    func s48cGlossEnd(after z: Int) -> Int? {
        guard z + 3 < tokenCount, keyIs(z + 1, "("), isCap(z + 2) else { return nil }
        var e = z + 2
        while e < tokenCount, e - z <= 6, isCap(e) { e += 1 }
        guard e < tokenCount, e > z + 2, keyIs(e, ")") else { return nil }
        return e + 1
    }

    /// "Fansipan (Lào Cai), Hòn Thơm (Phú Quốc) và Bà Nà (Đà Nẵng)", "Vườn Lộc Uyển (Sarnath), Câu Thi Na (Kushinagar)":
    /// names glossed in brackets (capitalized words) in one sentence; when one of them is a place, one read as a
    /// person (not known) is a place too. Its capitalized "Bà"/"Ông" inside the sentence (an honorific is lowercase
    /// there) is its first word.
    mutating func s48cVietnameseGlossedPlaces() {
        guard articleHas(Self.s48cOpenBrackets) else { return }
        // (mention, first token, last token, sentence start token)
        var glossed: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .place || mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end, s48cGlossEnd(after: z) != nil else { continue }
            glossed.append((i, a, z))
        }
        guard glossed.count >= 2 else { return }
        /// The token opening the sentence of token `k`.
        func sentenceOf(_ k: Int) -> Int {
            var s = k
            while s > 0, k - s < 80, !tokens[s].sentenceStart, !tokens[s].newlineBefore { s -= 1 }
            return s
        }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, a, z) in glossed where mentions[i].type == .person {
            let s = sentenceOf(a)
            guard glossed.contains(where: { $0.0 != i && mentions[$0.0].type == .place && abs($0.1 - a) <= 60 && sentenceOf($0.1) == s }) else { continue }
            var b = a
            if b >= 1, b - 1 > s, tokens[b - 1].capitalized, !tokens[b - 1].sentenceStart, Self.s48cViHonorifics.contains(tokens[b - 1]) { b -= 1 }
            drop.insert(i)
            let (s0, e0) = (tokens[b].start, tokens[z].end)
            for j in mentions.indices where mentions[j].start >= s0 && mentions[j].end <= e0 && mentions[j].type != .country { drop.insert(j) }
            var m = mention(b, z + 1, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    // MARK: - Russian

    static let s48cRuHalls = h18Keys(["зал", "зале", "зала", "залу", "залом"])

    /// "в Большом зале Дворца Республики", "в Малом зале Дома дружбы": a place (not known) read over a hall's
    /// capitalized adjective and its lowercase noun before a capitalized name is the name after the noun.
    mutating func s48cRussianHalls() {
        guard articleHas(Self.s48cRuHalls) else { return }
        var cuts: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .place || mentions[i].type == .organization) {
            guard let (a, z) = seedSpan(i), z >= a + 2, mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end,
                  tokens[a].capitalized, h14RussianAdjective(a), !tokens[a + 1].capitalized, Self.s48cRuHalls.contains(tokens[a + 1]),
                  isCap(a + 2) else { continue }
            cuts.append((i, a + 2, z + 1))
        }
        guard !cuts.isEmpty else { return }
        replaceEach(cuts, type: .place)
    }

    /// Plural nouns of monasteries, churches, temples and cathedrals.
    static let s48cRuSacredPlurals = h18Keys(["монастыри", "монастырей", "монастырям", "монастырях", "монастырями", "храмы", "храмов",
        "храмам", "храмах", "церкви", "церквей", "церквям", "церквях", "соборы", "соборов", "соборам", "соборах", "мечети", "мечетей",
        "мечетям", "мечетях", "лавры", "пустыни"])
    static let s48cRuAnd = h18Keys(["и"])

    /// "дорога к монастырям Ахпат и Санаин", "храмы Звартноц, Гарни и Гегард": the names (one or two capitalized words)
    /// listed after a plural lowercase noun of monasteries, churches or temples are places; a person's, a body's or an
    /// untyped reading of one (not known) gives way; a country stays.
    mutating func s48cRussianMonasteries() {
        guard articleHas(Self.s48cRuSacredPlurals) else { return }
        var items: [(Int, Int)] = []
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard tokens[k].script == .cyrillic, !tokens[k].capitalized, Self.s48cRuSacredPlurals.contains(tokens[k]) else { continue }
            var a = k + 1
            var list: [(Int, Int)] = []
            while isCap(a), tokens[a].script == .cyrillic, !tokens[a].allCaps {
                let e = h15CapRunEnd(a, limit: 2)
                guard e > a else { break }
                list.append((a, e))
                if e + 1 < tokenCount, keyIs(e, ",") || Self.s48cRuAnd.contains(tokens[e]) && !tokens[e].capitalized { a = e + 1 } else { break }
            }
            if list.count >= 2 { items += list; k = list[list.count - 1].1 - 1 }
        }
        addListedPlaces(items)
    }

    // MARK: - Chinese: a university's department

    static let s48cHanXi: UInt32 = 0x7CFB   // 系
    static let s48cHanSchoolEnds = HanCharSet("学院")
    /// Characters before 系 that make another word (关系, 联系, 体系, 维系, 派系, 直系, 星系, 水系, 语系, 谱系, 院系 …).
    static let s48cHanNotBeforeXi = HanCharSet("关联体维派直星水语谱院父母旁嫡世确")
    /// Characters after 系 that make another word (系列, 系统, 系数, 系着, 系上 …) or a verb "is" (系…).
    static let s48cHanNotAfterXi = HanCharSet("列统数着上住紧好带")

    /// "复旦大学中文系教授", "香港中文大学艺术系": an organization ending in 大学/学院 followed in its run by one to six
    /// characters (no stop's) and 系 is one body with the department (its known reading gives way to the longer name).
    mutating func s48cHanDepartments() {
        guard hanArticleHasAny("系") else { return }
        let xi = Self.s48cHanXi
        var found: [(Int, Int, [Unicode.Scalar], Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization {
            guard let b0 = mentions[i].surface.utf8.first, b0 >= 0xE3, let k = l28TokenAt(mentions[i].start), tokens[k].script == .han,
                  mentions[i].end <= tokens[k].end, let sc = l28Run(k, atLeast: 4) else { continue }
            let a = mentions[i].start - tokens[k].start
            let b = mentions[i].end - tokens[k].start
            // (A reading whose text is not its span's, rewritten by another pass, is left alone.)
            guard b > a + 1, b < sc.count, mentions[i].surface.unicodeScalars.count == b - a, Self.s48cHanSchoolEnds.contains(Self.hanCode(sc[b - 1])),
                  Self.hanCode(sc[b - 2]) == 0x5927 || Self.hanCode(sc[b - 1]) == 0x9662 else { continue }   // 大学 or …院
            var p = b
            while p < sc.count, p - b <= 6, Self.hanCode(sc[p]) != xi, !Self.l30HanNameStops.contains(Self.hanCode(sc[p])) { p += 1 }
            guard p < sc.count, p > b, p - b <= 6, Self.hanCode(sc[p]) == xi, !Self.s48cHanNotBeforeXi.contains(Self.hanCode(sc[p - 1])) else { continue }
            if p + 1 < sc.count, Self.s48cHanNotAfterXi.contains(Self.hanCode(sc[p + 1])) { continue }
            found.append((i, k, sc, a, p + 1))
        }
        guard !found.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, k, sc, a, e) in found {
            let (s, end) = (tokens[k].start + a, tokens[k].start + e)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end) }) { continue }
            for j in mentions.indices where mentions[j].start >= s && mentions[j].end <= end && mentions[j].type != .country { drop.insert(j) }
            drop.insert(i)
            added.append(l28Mention(k, sc, a, e, .organization))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    // MARK: - Routes named by their ends

    static let s48cDashes = h18Keys(["-", "–", "—"])
    /// Vietnamese lowercase nouns of lines and routes ("đường sắt", "tuyến", "metro").
    static let s48cViRouteNouns = h18Keys(["sắt", "tuyến", "metro"])
    static let s48cViRouteFillers = h18Keys(["đường", "sắt", "đô", "thị", "số", "metro", "cao", "tốc", "khổ", "tiêu", "chuẩn", "mới", "tàu", "điện", "ngầm", "trên", "không",
        "ô", "tô", "bộ"])   // ("đường ô tô", "đường bộ": S52c)
    /// Russian lowercase nouns of roads, railways and routes.
    static let s48cRuRouteNouns = h18Keys(["дорога", "дороги", "дороге", "дорогу", "дорогой", "автодорога", "автодороги", "автодороге",
        "автодорогу", "автодорогой", "трасса", "трассы", "трассе", "трассу", "трассой", "магистраль", "магистрали", "магистралью",
        "маршрут", "маршрута", "маршруте", "маршрутом", "шоссе", "линия", "линии", "линию", "ветка", "ветки", "ветке", "газопровод",
        "газопровода", "нефтепровод", "нефтепровода", "автобан", "автотрасса", "автотрассы", "автотрассе"])

    /// A place's name holds a spaced dash (" - ", " – ", " — "): a route named by its ends, which the grouper keeps over
    /// the known towns inside it (one pass over the bytes; asked only of a place overlapping a known name).
    static func s48cIsRoute(_ surface: String) -> Bool {
        var w: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        for b in surface.utf8 {
            if b == 0x20, w.3 == 0x2D, w.2 == 0x20 { return true }
            if b == 0x20, w.0 == 0x20, w.1 == 0xE2, w.2 == 0x80, w.3 == 0x93 || w.3 == 0x94 { return true }
            w = (w.1, w.2, w.3, b)
        }
        return false
    }

    /// The end (exclusive) of one to four capitalized words of the script from `a` (glued hyphens inside), or `a`.
    func s48cCapRun(_ a: Int, cyrillic: Bool) -> Int {
        var e = a
        while e < tokenCount, e - a < 4, isCap(e), tokens[e].script == (cyrillic ? .cyrillic : .latin), e == a || !tokens[e].newlineBefore {
            e += 1
            if h15GluedHyphen(e), isCap(e + 1) { e += 1 }
        }
        return e
    }

    /// "tuyến metro số 2 Bến Thành - Tham Lương", "đường sắt Viêng Chăn - Vũng Áng", "трассы Пермь - Березники",
    /// "дороги Норильск - Алыкель - Дудинка": the capitalized names joined by spaced dashes after a route's lowercase
    /// noun (in Vietnamese its lowercase words, a number and a bracket between) are one place; the places and the
    /// countries read inside stay, a person's, a body's or an untyped reading inside gives way.
    /// (`nouns`: other nouns than a route's, a section's in S50c.)
    /// (`accept`: a test of the noun's token beyond its key, S51c's Vietnamese "đoạn". Russian: a power line's or a
    /// cable's lowercase genitive, a number and its unit may stand between the noun and the ends, S51c's "линия
    /// электропередачи 500 кВ X - Y".)
    mutating func s48cRoutes(cyrillic: Bool, nouns other: KeySet? = nil, accept: ((NameFinder, Int) -> Bool)? = nil) {
        let nouns = other ?? (cyrillic ? Self.s48cRuRouteNouns : Self.s48cViRouteNouns)
        guard articleHas(nouns), articleHas(Self.s48cDashes) else { return }
        var spans: [(Int, Int)] = []
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, nouns.contains(tokens[k]) else { continue }
            if let accept, !accept(self, k) { continue }
            var a = k + 1
            if cyrillic {
                while a < tokenCount, a - k <= 3, tokens[a].kind == .number || tokens[a].kind == .word && !tokens[a].capitalized
                    && Self.s51cRuRouteFillers.contains(tokens[a]) || a > k + 1 && tokens[a - 1].kind == .number && keyIs(a, "кв") { a += 1 }
            } else {
                // (Lowercase words of the line, its number, a bracket: "đường sắt đô thị số 2 (metro số 2)".)
                while a < tokenCount, a - k <= 8 {
                    if tokens[a].kind == .number || tokens[a].kind == .word && !tokens[a].capitalized && Self.s48cViRouteFillers.contains(tokens[a]) {
                        a += 1
                    } else if keyIs(a, "(") {
                        var c = a + 1
                        while c < tokenCount, c - a <= 5, !keyIs(c, ")") { c += 1 }
                        guard c < tokenCount, keyIs(c, ")") else { break }
                        a = c + 1
                    } else {
                        break
                    }
                }
            }
            var e = s48cCapRun(a, cyrillic: cyrillic)
            guard e > a else { continue }
            var parts = 1
            while e + 1 < tokenCount, parts < 4, Self.s48cDashes.contains(tokens[e]), tokens[e].spaceBefore, tokens[e + 1].spaceBefore {
                let f = s48cCapRun(e + 1, cyrillic: cyrillic)
                guard f > e + 1 else { break }
                e = f
                parts += 1
            }
            guard parts >= 2 else { continue }
            spans.append((a, e))
            k = e - 1
        }
        guard !spans.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e) in spans {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.start <= s && $0.end >= end && $0.type != .country && ($0.type == .place || $0.start < s || $0.end > end) }) { continue }
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end) }) { continue }
            for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= end && mentions[i].type != .country && mentions[i].type != .place { drop.insert(i) }
            var m = mention(a, e, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    // MARK: - Russian: a person after an occupation's noun

    /// Lowercase nouns of writers, artists and scholars (a name after them is a person's: "поэта Абая").
    static let s48cRuOccupations = h18Keys(["поэт", "поэта", "поэту", "поэтом", "поэте", "писатель", "писателя", "писателю", "писателем",
        "писателе", "композитор", "композитора", "композитору", "композитором", "художник", "художника", "художнику", "художником",
        "философ", "философа", "просветитель", "просветителя", "акын", "акына", "академик", "академика", "академику", "академиком",
        "драматург", "драматурга", "скульптор", "скульптора", "ученого", "учёного", "мыслитель", "мыслителя"])

    /// "стихи казахского поэта Абая", "имени писателя Ауэзова": one or two capitalized words (not known) read as a body or
    /// untyped right after a lowercase noun of a writer, an artist or a scholar are a person.
    mutating func s48cRussianOccupationPersons() {
        guard articleHas(Self.s48cRuOccupations) else { return }
        var fixes: [Int] = []
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .organization || mentions[i].type == nil) {
            guard let (a, z) = seedSpan(i), a >= 1, z - a <= 1, mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end,
                  tokens[a].script == .cyrillic, !tokens[a].allCaps, !tokens[a - 1].capitalized, Self.s48cRuOccupations.contains(tokens[a - 1]) else { continue }
            // (Not a quoted work's or a body's name: "поэта «…»".)
            fixes.append(i)
        }
        for i in fixes {
            mentions[i].type = .person
            mentions[i].evidence = .cue
        }
    }

    // MARK: - Russian: a cabinet read as a person

    static let s48cRuCabinets = h18Keys(["кабинет", "кабинета", "кабинету", "кабинетом", "кабинете"])
    static let s48cRuMinisters = h18Keys(["министров"])

    /// "заместитель председателя Кабинета министров Туркменистана": a capitalized "Кабинет" (any case) read alone as a
    /// person (not known) before a lowercase "министров" is no person (the cabinet is a body's common name).
    mutating func s48cRussianCabinets() {
        guard articleHas(Self.s48cRuMinisters), articleHas(Self.s48cRuCabinets) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type == .person {
            guard let (a, z) = seedSpan(i), a == z, z + 1 < tokenCount, tokens[a].capitalized, Self.s48cRuCabinets.contains(tokens[a]),
                  !tokens[z + 1].capitalized, Self.s48cRuMinisters.contains(tokens[z + 1]) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }
}
