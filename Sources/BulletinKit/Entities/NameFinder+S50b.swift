import Foundation

/// Session 50 (b): general causes behind the Vietnamese, Russian and Chinese misses of holdout73 (the tests use other
/// texts and names):
/// - Russian: a body or a venue whose name goes on over a lowercase genitive complement ("института рыбного хозяйства",
///   "инспекции лесного хозяйства и животного мира", "Дворце творчества детей и молодежи") takes it: an adjective and a
///   noun, or two nouns joined by "и", after a head noun of bodies (институт, инспекция, дворец, центр …);
/// - Russian: a body named "имени" a person whose name opens with a lowercase particle ("имени аль-Фараби", "имени ибн
///   Сины") takes the particle and the name;
/// - Russian: lowercase head nouns of a directorate, a state acronym, "по" and a capitalized region ("пограничного
///   управления ФСБ по Ростовской области") are one body (the acronym's known reading gives way);
/// - Russian: a name after a lowercase noun of a cape, a bay, a pass, an island, a lake or a ridge in any case ("мысом
///   Тюб-Караган", "на перевале Джвари") is a place whatever it was read as;
/// - Russian: a capitalized adjective and a lowercase "муниципалитет" after it ("Казбегского муниципалитета") are one place;
/// - Russian: one unknown word read as a body that ends in -ия/-ии/-ию/-ией (a region's name: "Калмыкии", "Хакасии") or
///   an indeclinable one after "у", "около", "возле", "близ" (a village: "у Гудаури") is a place;
/// - Russian: a lone surname in a hard consonant ("Ступак") whose case form ends one person's full name ("Кирилла Ступака")
///   is that person;
/// - Chinese: an embassy's office (…大使馆经济商务处, unless the embassy stands alone elsewhere) and a court's division
///   (…法院刑二庭) are one body; a body's office "驻" a country (…驻X代表处) is one body, and a town between a body's name
///   and 代表处 is no place; a company (or "中国…") with its project and 项目经理部 is one body; a school after 与 with its
///   university before is one body; a bridge's or a station's transliterated name of three characters is taken whole; a
///   surname and 某某 is a person; "A和B一带" makes B a place; a sea before 岛国 is no place; a place cut inside a longer
///   place the article names takes the rest; a trade's noun and 公司 is no body; a country, 国际 and …机构/署/团 is a
///   body; "国家…和…局…和…研究院" is one body from 国家;
/// - Vietnamese: names listed after "các <unit> … như" are places (a number after one included); "cửa X" is a place;
///   "Giải …" is no person; "cảng nước sâu X" is a place; "Đại sứ quán"/"Tổng lãnh sự quán" and the country (and "tại"
///   town) are one body; in a list of runners "X (team) và Y (town)" Y is a person and the team a body; a foreign
///   province ending a body's name and glossed with its country is no place; a firm's short name is the firm.
///
/// `refineS50b` runs after `refineS49c` (before `refineCP15`). Cost: each rule is gated on the article's language, most on
/// a trigger key (`articleHas`) or character (`hanArticleHasAny`); the Russian ones read the unknown mentions' spans
/// and the one to five tokens after (or before) them; the Chinese ones the Han run around a trigger character.
extension NameFinder {
    mutating func refineS50b() {
        guard tokenCount > 1 else { return }
        switch language {
        case "ru":
            s50bRussianGenitiveComplements()
            s50bRussianImeniParticles()
            s50bRussianAcronymBodiesOfRegions()
            s50bRussianGeoNounPlaces()
            s50bRussianMunicipalities()
            s50bRussianRegionAndVillageWords()
            s50bRussianHardStemSurnames()
        case "zh":
            guard hasHan else { return }
            s50bHanSubUnits()
            s50bHanOfficesOfBodies()
            s50bHanProjectDepartments()
            s50bHanFacultiesAfterConjunctions()
            s50bHanFacilityNames()
            s50bHanAnonymisedPersons()
            s50bHanPlaceBeforeArea()
            s50bHanIslandStates()
            s50bHanCutPlaceNames()
            s50bHanGenericFirms()
            s50bHanInternationalAgencies()
            s50bHanStateBodiesWithAnd()
        case "vi":
            s50bVietnameseListsAfterNhu()
            s50bVietnameseGates()
            s50bVietnameseEvents()
            s50bVietnamesePorts()
            s50bVietnameseEmbassies()
            s50bVietnameseListedRunners()
            s50bVietnamesePlacesInsideBodies()
            s50bVietnameseFirmShortNames()
        default:
            break
        }
    }

    // MARK: - Russian

    /// Stems of head nouns of bodies and venues whose name goes on over a genitive complement.
    static let s50bRuHeadStems = ["инспекци", "институт", "дворц", "дворец", "университет", "управлени", "академи", "центр", "комитет",
        "служб", "агентств", "департамент", "лаборатори", "колледж", "училищ", "музе", "театр", "библиотек", "комбинат", "объединени"]
    /// Endings of a lowercase adjective in the genitive (singular and plural).
    static let s50bRuGenAdjEndings = ["ого", "его", "ой", "ей", "ых", "их"]
    /// Endings of a lowercase noun in the genitive (singular and plural), and those of verbs that look alike.
    static let s50bRuGenNounEndings = ["а", "я", "ы", "и", "ей", "ов", "ев"]
    static let s50bRuVerbEndings = ["ли", "ла", "ло", "ся", "ть"]
    static let s50bRuStop = KeySet(["и", "в", "на", "по", "с", "со", "для", "из", "к", "о", "у", "за", "от", "до", "при", "а", "но", "или",
        "что", "как", "во", "под", "над", "об", "не", "имени", "года", "году", "лет", "числа", "который", "которая", "которые", "которого",
        "которой", "также", "ее", "его", "их", "ему", "она", "они", "он", "это", "этого", "этой", "всех", "всего", "тех", "того"])

    @inline(__always) func s50bRuLowerWord(_ k: Int) -> Bool {
        h21Lower(k) && tokens[k].script == .cyrillic && !Self.s50bRuStop.contains(tokens[k])
    }
    func s50bRuGenAdj(_ k: Int) -> Bool {
        s50bRuLowerWord(k) && PlainText.count(tokens[k].text) >= 5 && Self.hasAnySuffix(tokens[k].key, Self.s50bRuGenAdjEndings)
    }
    func s50bRuGenNoun(_ k: Int) -> Bool {
        guard s50bRuLowerWord(k), PlainText.count(tokens[k].text) >= 3 else { return false }
        let key = tokens[k].key
        return Self.hasAnySuffix(key, Self.s50bRuGenNounEndings) && !Self.hasAnySuffix(key, Self.s50bRuVerbEndings)
            && !Self.hasAnySuffix(key, ["ого", "его"])
    }

    /// The end (exclusive) of a lowercase genitive complement from token `p` ("рыбного хозяйства", "лесного хозяйства и
    /// животного мира", "детей и молодежи"), or nil when none starts there.
    func s50bRuGenitiveComplement(_ p: Int) -> Int? {
        var q = p
        if s50bRuGenAdj(q), s50bRuGenNoun(q + 1), tokens[q + 1].spaceBefore { q += 2 }
        else if s50bRuGenNoun(q), keyIs(q + 1, "и"), s50bRuGenNoun(q + 2) { return q + 3 }
        else { return nil }
        if keyIs(q, "и"), s50bRuGenAdj(q + 1), s50bRuGenNoun(q + 2) { q += 3 }
        return q
    }

    /// "Каспийского научно-исследовательского института" + "рыбного хозяйства", "во Дворце творчества" + "детей и
    /// молодежи": an unknown body (or a venue read as a place) with a head noun of bodies in its name goes on over the
    /// lowercase genitive complement after it (see `s50bRuGenitiveComplement`); the complement ends at a comma, a
    /// capitalized word or any other word.
    mutating func s50bRussianGenitiveComplements() {
        var drop = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil && (mentionType(i) == .organization || mentionType(i) == .place) {
            guard let (a, z) = seedSpan(i), z + 2 < tokenCount, tokens[a].script == .cyrillic, mentionEnd(i) == tokens[z].end,
                  h21Lower(z + 1), tokens[z + 1].script == .cyrillic, z - a <= 6 else { continue }
            guard (a...z).contains(where: { h21StemIn($0, Self.s50bRuHeadStems) }) else { continue }
            guard let e = s50bRuGenitiveComplement(z + 1) else { continue }
            // (Not into another name: the complement's words are read as none.)
            let (s, end) = (tokens[z + 1].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s }) { continue }
            drop.insert(i)
            var m = mention(a, e, type: mentionType(i), evidence: .cue)
            m.placeContext = mentionType(i) == .place
            added.append(m)
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    static let s50bRuImeni = h18Keys(["имени"])
    /// Lowercase particles that open a person's name ("аль-Фараби", "ибн Сины", "ад-Дина", "фон Брауна").
    static let s50bRuNameParticles = ["аль", "ал", "ад", "ан", "ас", "ат", "аз", "эль", "ибн", "бен", "фон", "ван", "де", "да", "дель", "ди", "ле"]

    /// "Казахского национального университета имени аль-Фараби": a body's "имени" and a person's name that opens with a
    /// lowercase particle (glued by a hyphen or apart) and one or two capitalized words is one body.
    mutating func s50bRussianImeniParticles() {
        guard articleHas(Self.s50bRuImeni) else { return }
        var spans: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), tokens[a].script == .cyrillic else { continue }
            let p: Int
            if keyIs(z, "имени") { p = z + 1 } else if keyIs(z + 1, "имени") { p = z + 2 } else { continue }
            guard p < tokenCount, tokens[p].kind == .word, tokens[p].script == .cyrillic, !tokens[p].capitalized else { continue }
            let key = tokens[p].key
            var q: Int
            if let dash = key.firstIndex(of: "-") {
                // One token "аль-Фараби": the particle before the hyphen, a capital after it.
                guard Self.s50bRuNameParticles.contains(String(key[..<dash])),
                      tokens[p].text.split(separator: "-").last?.first?.isUppercase == true else { continue }
                q = p + 1
            } else {
                guard Self.s50bRuNameParticles.contains(key) else { continue }
                var r = p + 1
                if h15GluedHyphen(r) { r += 1 }
                guard h21Cap(r) else { continue }
                q = r + 1
            }
            while q < tokenCount, q - p < 4, h21Cap(q), tokens[q].spaceBefore, !tokens[q].newlineBefore { q += 1 }
            spans.append((a, q))
        }
        replaceOverlapping(spans, type: .organization)
    }

    /// Head nouns of directorates and services before a state body's acronym ("управления ФСБ", "отдела МВД").
    static let s50bRuDirectorateStems = ["управлени", "отдел", "департамент", "служб", "инспекци", "комитет", "центр", "штаб", "отряд",
        "комисси", "прокуратур"]
    static let s50bRuPo = h18Keys(["по"])
    static let s50bRuRegionNouns = KeySet(["области", "краю", "округу", "району", "республике", "городу"])

    /// "пограничного управления ФСБ по Северной Осетии", "Главное управление МЧС по Курской области": a head noun of a
    /// directorate (and one or two adjectives before it), a state body's acronym, "по" and one to three capitalized words
    /// (and a region's lowercase noun) are one body; the pieces read inside it give way, the acronym's known reading too.
    mutating func s50bRussianAcronymBodiesOfRegions() {
        guard articleHas(Self.s50bRuPo) else { return }
        var spans: [(Int, Int)] = []
        var k = 1
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].allCaps, tokens[k].script == .cyrillic, keyIs(k + 1, "по"),
                  (2...6).contains(PlainText.count(tokens[k].text)), h21StemIn(k - 1, Self.s50bRuDirectorateStems),
                  let r = h21CapRun(k + 2, max: 3) else { continue }
            var e = r + 1
            if e < tokenCount, h21Lower(e), Self.s50bRuRegionNouns.contains(tokens[e]) { e += 1 }
            var b = k - 1
            while b > 0, k - 1 - b < 2, tokens[b - 1].script == .cyrillic, h14RussianAdjective(b - 1) { b -= 1 }
            let (s, end) = (tokens[b].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= end }) { continue }
            spans.append((b, e))
            k = e
        }
        replaceOverlapping(spans, type: .organization)
    }

    /// Lowercase nouns of capes, peninsulas, bays, passes, islands, lakes and ridges in every case.
    static let s50bRuGeoNouns = h18Keys(["мыс", "мыса", "мысе", "мысу", "мысом", "полуостров", "полуострова", "полуострове", "полуостровом",
        "залив", "залива", "заливе", "заливом", "бухта", "бухты", "бухте", "бухтой", "бухту", "перевал", "перевала", "перевале", "перевалом",
        "остров", "острова", "острове", "островом", "озеро", "озера", "озере", "озером", "хребет", "хребта", "хребте", "хребтом", "урочище",
        "урочища", "урочищем", "ущелье", "ущелья", "ущелье", "ущельем", "плато", "косы", "косе", "косой"])

    /// "между поселком Баутино и мысом Тюб-Караган", "на перевале Джвари": an unknown name of one word (or two glued by a
    /// hyphen; no acronym) right after
    /// a lowercase noun of a cape, a bay, a pass, an island, a lake or a ridge is a place (a person's or a body's reading
    /// of it gives way).
    mutating func s50bRussianGeoNounPlaces() {
        guard articleHas(Self.s50bRuGeoNouns) else { return }
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .place && mentionType(i) != .country && mentionWordCount(i) <= 2 {
            guard let (a, _) = seedSpan(i), a > 0, tokens[a].script == .cyrillic, tokens[a].capitalized, !tokens[a].allCaps, h21Lower(a - 1),
                  Self.s50bRuGeoNouns.contains(tokens[a - 1]), mentionWordCount(i) == 1 || !PlainText.contains(mentionSurface(i), " ") else { continue }
            mentions[i].type = .place
            mentions[i].placeContext = true
        }
    }

    static let s50bRuMunicipality = h18Keys(["муниципалитет", "муниципалитета", "муниципалитете", "муниципалитету", "муниципалитетом"])

    /// "снегопад в горах Казбегского муниципалитета": a capitalized adjective read as a place and the lowercase noun
    /// "муниципалитет" after it are one place.
    mutating func s50bRussianMunicipalities() {
        guard articleHas(Self.s50bRuMunicipality) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionType(i) != .person {
            guard let (a, z) = seedSpan(i), z + 1 < tokenCount, tokens[z].capitalized, h14RussianAdjective(z), h21Lower(z + 1),
                  Self.s50bRuMunicipality.contains(tokens[z + 1]), mentionEnd(i) == tokens[z].end else { continue }
            fixes.append((i, a, z + 2))
        }
        replaceEach(fixes, type: .place)
    }

    /// Stems of common nouns in -ия written capitalized as a body's short name ("Госкорпорация", "Компания"; the federal
    /// agencies' "Рос…"/"Гос…" compounds, "Росавиации", are bodies too).
    static let s50bRuCommonIaStems = ["корпорац", "компани", "организац", "федерац", "комисси", "академи", "администрац", "инспекц",
        "полиц", "лаборатор", "делегац", "ассоциац", "парти", "гварди", "арми", "стратеги", "програм", "консерватори", "гимнази",
        "агентств", "редакци", "станци", "дирекци", "экспедици", "коалици", "групп", "сери", "лиг", "премии", "авиаци", "миграци"]

    /// Prepositions of nearness before a village's name ("очередь у Гудаури").
    static let s50bRuNear = KeySet(["у", "около", "возле", "близ", "вблизи"])

    /// "на побережье Калмыкии", "стоит в очереди у Гудаури": one unknown capitalized word read as a body (or as none) is a
    /// place when it ends in -ия/-ии/-ию/-ией (the ending of regions' and countries' names) or when it follows a
    /// preposition of nearness and ends in a vowel that no case ending of a body's name gives (-и, -у, -о, -э, -ю).
    mutating func s50bRussianRegionAndVillageWords() {
        for i in mentions.indices where mentionKnown(i) == nil && (mentionType(i) == .organization || mentionType(i) == nil) && mentionWordCount(i) == 1 {
            guard let (a, z) = seedSpan(i), a == z, tokens[a].script == .cyrillic, tokens[a].capitalized, !tokens[a].allCaps,
                  a > 0, !tokens[a].sentenceStart, PlainText.count(tokens[a].text) >= 3 else { continue }
            // (Not quoted: "«Россия»" is a body.)
            if keyIs(a - 1, "\"") || keyIs(a - 1, "«") || keyIs(a - 1, "“") { continue }
            let key = tokens[a].key
            let region = PlainText.count(key) >= 6 && Self.hasAnySuffix(key, ["ия", "ии", "ию", "ией"])
                && !Self.s50bRuCommonIaStems.contains(where: { key.contains($0) }) && !h21Prefix(key, "рос") && !h21Prefix(key, "гос")
            let village = h21Lower(a - 1) && Self.s50bRuNear.contains(tokens[a - 1]) && Self.hasAnySuffix(key, ["и", "у", "о", "э", "ю"])
            guard region || village else { continue }
            mentions[i].type = .place
            mentions[i].placeContext = true
        }
    }

    // MARK: - Chinese

    @inline(__always) static func s50bU(_ s: String) -> [UInt16] { Array(s.utf16) }
    static let s50bHanEmbassyEnds: [[UInt16]] = ["使馆", "领事馆"].map(s50bU)
    static let s50bHanCourt = s50bU("法院")
    static let s50bHanUnitEnds = H33Bits("处部室")
    static let s50bHanUnitWordNext = H33Bits("理置罚于在境署分门长")
    static let s50bHanStaffChars = H33Bits("人员")
    /// Function characters no office's name holds (h42HanDelims less 经 of 经济 and 于 …).
    static let s50bHanUnitStops = H33Bits("的和与及、在将把被对向从为是了说")
    static let s50bHanCaseKinds = H33Bits("刑民行商")
    static let s50bHanNumerals = H33Bits("一二三四五六七八九十")
    static let s50bHanTing: UInt16 = 0x5EAD   // 庭

    /// Mention `i`'s Han run: the token, its UTF-16 units, and the mention's start and end in them (nil when the mention
    /// is not inside one Han run).
    func s50bHanRun(_ i: Int) -> (k: Int, u: [UInt16], a: Int, e: Int)? {
        guard let k = tokenIndex(containing: mentionStart(i)), tokens[k].script == .han, mentionEnd(i) <= tokens[k].end else { return nil }
        let base = tokens[k].start
        return (k, hanRunUnits(k), mentionStart(i) - base, mentionEnd(i) - base)
    }

    /// A Han mention of `type` over units `a..<b` of run `k`.
    func s50bHanMention(_ k: Int, _ u: [UInt16], _ a: Int, _ b: Int, _ type: EntityType) -> Mention {
        let name = String(decoding: u[a..<b], as: UTF16.self)
        var m = Mention(surface: name, start: tokens[k].start + a, end: tokens[k].start + b, type: type, evidence: .cue, words: [name])
        m.placeContext = type == .place
        return m
    }

    /// The added mentions in, every mention they overlap out (a country's stays; so do the mentions `keep` names).
    mutating func s50bHanPut(_ added: [Mention], keep: Set<Int> = []) {
        guard !added.isEmpty else { return }
        var drop = Set<Int>()
        for m in added {
            for j in mentions.indices where !keep.contains(j) && mentions[j].type != .country && mentions[j].start < m.end && mentions[j].end > m.start { drop.insert(j) }
        }
        replaceMentions(removing: drop, adding: added)
    }

    /// "中国驻孟加拉国大使馆经济商务处负责人", "某某省高级人民法院刑二庭审判长": an embassy's office (two to five characters
    /// and 处, 部 or 室 right after the embassy's name) and a court's division (刑, 民, 行 or 商, a numeral, 庭) are part of
    /// the body's name: one body of its own.
    mutating func s50bHanSubUnits() {
        guard hanArticleHasAny("馆院") else { return }
        var added: [Mention] = []
        for i in mentions.indices where mentionType(i) == .organization {
            guard let (k, u, a, e) = s50bHanRun(i), e + 2 < u.count else { continue }
            var end = 0, embassy = false
            if Self.s50bHanEmbassyEnds.contains(where: { e >= $0.count && Self.h36HanAt(u, e - $0.count, $0) }) {
                embassy = true
                var j = e
                while j < u.count, j - e < 5, !Self.s50bHanUnitEnds.contains(u[j]), !Self.s50bHanUnitStops.contains(u[j]) { j += 1 }
                // (Not a verb or a word of 处/部: 处理, 部署, 部分; not "工作人员".)
                if j < u.count, j - e >= 2, Self.s50bHanUnitEnds.contains(u[j]), j + 1 >= u.count || !Self.s50bHanUnitWordNext.contains(u[j + 1]),
                   !u[e..<j].contains(where: { Self.s50bHanStaffChars.contains($0) }) { end = j + 1 }
            } else if Self.h36HanAt(u, e - 2, Self.s50bHanCourt), Self.s50bHanCaseKinds.contains(u[e]) {
                var j = e + 1
                if Self.s50bHanNumerals.contains(u[j]) { j += 1 }
                if j < u.count, u[j] == Self.s50bHanTing { end = j + 1 }
            }
            guard end > 0 else { continue }
            // (An embassy the article also names alone is the body; its office then one of its departments.)
            let name = mentionSurface(i), s0 = mentionStart(i)
            if embassy, mentions.indices.contains(where: { $0 != i && mentionType($0) == .organization && mentionStart($0) != s0 && PlainText.equal(mentionSurface($0), name) }) { continue }
            added.append(s50bHanMention(k, u, a, end, .organization))
        }
        s50bHanPut(added)
    }

    static let s50bHanOffices: [[UInt16]] = ["代表处", "办事处", "代表团"].map(s50bU)
    static let s50bHanZhu: UInt16 = 0x9A7B   // 驻

    /// "世界卫生组织驻某国代表处", "某某基金会（ABC）北京代表处": a body's office in a country or a town is the body's: "驻", the
    /// place and 代表处 (办事处, 代表团) after a body's name are one body; a place between a body's name (and its acronym in
    /// parentheses) and 代表处 is part of the office's name, no place.
    mutating func s50bHanOfficesOfBodies() {
        guard hanArticleHasAny("处团") else { return }
        var added: [Mention] = []
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .place || mentionType(i) == .country {
            guard let (k, u, a, e) = s50bHanRun(i), Self.s50bHanOffices.contains(where: { Self.h36HanAt(u, e, $0) }) else { continue }
            let s = mentionStart(i)
            if a >= 1, u[a - 1] == Self.s50bHanZhu {
                // "组织驻" + place + "代表处": from the body's start.
                let at = tokens[k].start + a - 1
                guard let o = firstMentionIndex(where: { $0.type == .organization && $0.end == at }), let (_, _, oa, _) = s50bHanRun(o) else { continue }
                added.append(s50bHanMention(k, u, oa, e + 3, .organization))
            } else if a == 0, mentionType(i) == .place, k >= 3, keyIs(k - 1, "）") || keyIs(k - 1, ")"),
                      keyIs(k - 3, "（") || keyIs(k - 3, "("), anyMention(where: { $0.type == .organization && $0.end == tokens[k - 3].start }) {
                drop.insert(i)
            } else if a > 0, mentionType(i) == .place, anyMention(where: { $0.type == .organization && $0.end == s }) {
                drop.insert(i)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        s50bHanPut(added)
    }

    static let s50bHanProjectUnits: [[UInt16]] = ["项目经理部", "项目部", "指挥部"].map(s50bU)

    /// "中国某某公司某某大桥铁路项目经理部副经理": a body's name (or a country's opening a body's: "中国中铁…"), the project's
    /// name and 项目经理部 (项目部, 指挥部) are one body (the project's name read inside it gives way).
    mutating func s50bHanProjectDepartments() {
        guard hanArticleHasAny("项挥") else { return }
        var added: [Mention] = []
        for i in mentions.indices where mentionType(i) == .organization || mentionType(i) == .country {
            guard let (k, u, a, e) = s50bHanRun(i) else { continue }
            // (A country's name opens the body's only at the run's start or after a delimiter: "中国中铁…".)
            if mentionType(i) == .country, a > 0, !Self.h42HanDelims.contains(u[a - 1]) { continue }
            var j = e
            while j < u.count, j - e < 20, !Self.h42HanDelims.contains(u[j]) {
                if let p = Self.s50bHanProjectUnits.first(where: { Self.h36HanAt(u, j, $0) }) {
                    // (Another body between: it is that one's.)
                    let (s, z) = (tokens[k].start + e, tokens[k].start + j)
                    if j > e, anyMention(where: { $0.type == .organization && $0.start >= s && $0.end <= z }) { break }
                    added.append(s50bHanMention(k, u, a, j + p.count, .organization))
                    break
                }
                j += 1
            }
        }
        s50bHanPut(added)
    }

    static let s50bHanAnd = H33Bits("与和")
    static let s50bHanSchoolEnds = H33Bits("院系所")
    static let s50bHanSchools: [[UInt16]] = ["学院", "研究院", "研究所", "系", "研究中心"].map(s50bU)
    static let s50bHanUniversities: [[UInt16]] = ["大学", "学院", "科学院"].map(s50bU)
    /// Last characters of titles ("院长", "校长", "主任"): a title between is no part of a name.
    static let s50bHanTitleEnds = H33Bits("长任席")

    /// "某某大学野生动物与自然保护地学院": a school or an institute (学院, 研究院, 研究所, 系) read from after 与 (和), with two
    /// to six characters (no title) between it and a university's name before, is that university's: one body over the
    /// three (the university stays).
    mutating func s50bHanFacultiesAfterConjunctions() {
        guard hanArticleHasAny("与和") else { return }
        var added: [Mention] = []
        var keep = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (k, u, a, e) = s50bHanRun(i), a >= 3, Self.s50bHanAnd.contains(u[a - 1]),
                  Self.s50bHanSchools.contains(where: { e - a > $0.count && Self.h36HanAt(u, e - $0.count, $0) }) else { continue }
            let base = tokens[k].start
            guard let o = firstMentionIndex(where: { $0.type == .organization && $0.end < base + a - 2 && $0.end >= base + a - 7 && $0.start >= base }),
                  let (_, _, oa, oe) = s50bHanRun(o), Self.s50bHanUniversities.contains(where: { oe - oa > $0.count && Self.h36HanAt(u, oe - $0.count, $0) }),
                  !u[oe..<(a - 1)].contains(where: { Self.h42HanDelims.contains($0) || Self.s50bHanTitleEnds.contains($0) }) else { continue }
            keep.insert(o)
            added.append(s50bHanMention(k, u, oa, e, .organization))
        }
        s50bHanPut(added, keep: keep)
    }

    static let s50bHanFacilityHeads: [[UInt16]] = ["大桥", "火车站", "高铁站"].map(s50bU)

    /// "在杰索尔火车站", "某国帕德玛大桥": a bridge's or a station's name read with two characters (the head takes two at most)
    /// takes a third one before it when the three are a transliteration's and a delimiter, the run's start or a country's
    /// or a place's name is before the third.
    mutating func s50bHanFacilityNames() {
        guard hanArticleHasAny("桥站") else { return }
        let translit = Self.hanTransliterationSet
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            guard let (k, u, a, e) = s50bHanRun(i), a >= 1, let head = Self.s50bHanFacilityHeads.first(where: { e - a == 2 + $0.count && Self.h36HanAt(u, a + 2, $0) }) else { continue }
            _ = head
            guard (a - 1...a + 1).allSatisfy({ translit.contains(Self.hanCode(Unicode.Scalar(u[$0]) ?? " ")) }), !Self.h42HanDelims.contains(u[a - 1]) else { continue }
            let at = tokens[k].start + a - 1
            guard a - 1 == 0 || Self.h42HanDelims.contains(u[a - 2]) || anyMention(where: { ($0.type == .country || $0.type == .place) && $0.end == at }) else { continue }
            if anyMention(where: { $0.start <= at && $0.end > at }) { continue }
            mentions[i] = s50bHanMention(k, u, a - 1, e, .place)
        }
    }

    static let s50bHanMou: UInt16 = 0x67D0   // 某
    /// Characters after 某 of "some …" (某些, 某地, 某国 …), and surnames that are also prepositions or conjunctions.
    static let s50bHanMouNouns = H33Bits("些地国种个位处项家天年月日时方部单公企市省县村区镇事次件样类")
    static let s50bHanNotSurnames = H33Bits("向和于时从")

    /// "上诉人孙某某等5人", "被告人王某": a surname and 某某 (or 某) is a person the court's report leaves unnamed.
    mutating func s50bHanAnonymisedPersons() {
        guard hanArticleHasAny("某") else { return }
        var added: [Mention] = []
        for k in tokens.indices where tokens[k].script == .han && tokens[k].kind == .word {
            let u = hanRunUnits(k)
            guard u.contains(Self.s50bHanMou) else { continue }
            var j = 1
            while j < u.count {
                defer { j += 1 }
                guard u[j] == Self.s50bHanMou, u[j - 1] != Self.s50bHanMou, !Self.s50bHanNotSurnames.contains(u[j - 1]),
                      Self.hanSurnameSet.contains(Self.hanCode(Unicode.Scalar(u[j - 1]) ?? " ")) else { continue }
                var e = j + 1
                if e < u.count, u[e] == Self.s50bHanMou { e += 1 }
                if e < u.count, Self.s50bHanMouNouns.contains(u[e]) { continue }
                let (s, end) = (tokens[k].start + j - 1, tokens[k].start + e)
                if anyMention(where: { $0.start < end && $0.end > s }) || added.contains(where: { $0.start == s }) { continue }
                added.append(s50bHanMention(k, u, j - 1, e, .person))
            }
        }
        mentions += added
    }

    static let s50bHanAreaWords: [[UInt16]] = ["一带", "两地"].map(s50bU)
    static let s50bHanListJoins = H33Bits("和与及、")
    /// Common nouns of areas that 一带 follows too ("和周边一带").
    static let s50bHanAreaNouns: [[UInt16]] = ["周边", "附近", "沿线", "边境", "周围", "城区", "山区", "郊区", "沿海", "沿岸", "境内", "市区",
        "县城", "林区", "东部", "西部", "南部", "北部", "中部", "这", "那", "该"].map(s50bU)

    /// "在某某和东宁一带": two or three characters joined by 和 (与, 及, 、) to a place's name before them and followed by 一带
    /// (两地) are a place.
    mutating func s50bHanPlaceBeforeArea() {
        guard hanArticleHasAny("带地") else { return }
        var added: [Mention] = []
        for i in mentions.indices where mentionType(i) == .place {
            guard let (k, u, _, e) = s50bHanRun(i), e + 3 < u.count, Self.s50bHanListJoins.contains(u[e]) else { continue }
            for len in [2, 3] where e + 1 + len < u.count {
                let b = e + 1, z = b + len
                guard Self.s50bHanAreaWords.contains(where: { Self.h36HanAt(u, z, $0) }),
                      !u[b..<z].contains(where: { Self.h42HanDelims.contains($0) }),
                      !Self.s50bHanAreaNouns.contains(where: { Self.h36HanAt(u, b, $0) }) else { continue }
                let (s, end) = (tokens[k].start + b, tokens[k].start + z)
                if anyMention(where: { $0.start < end && $0.end > s }) { break }
                added.append(s50bHanMention(k, u, b, z, .place))
                break
            }
        }
        mentions += added
    }

    static let s50bHanIslandStates = s50bU("岛国")

    /// "太平洋岛国", "加勒比岛国": a sea's or a region's name before 岛国 names a group of countries, no place.
    mutating func s50bHanIslandStates() {
        guard hanArticleHasAny("岛") else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .place {
            guard let (_, u, _, e) = s50bHanRun(i), Self.h36HanAt(u, e, Self.s50bHanIslandStates) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Vietnamese

    static let s50bViNhu = h18Keys(["như"])

    /// "các bản xa nhất như Tá Ko Khừ và Cây Số 19": the names (one to three capitalized words, a number after them
    /// included) listed after "các", a village's or a unit's lowercase noun, one to three lowercase words and "như" are
    /// places (as `s48bVietnameseUnitLists` reads them right after the noun).
    mutating func s50bVietnameseListsAfterNhu() {
        guard articleHas(Self.s50bViNhu), articleHas(Self.s48bViCac), articleHas(Self.s48bViUnits) else { return }
        let cac = Self.s48bViCacHash
        var items: [(Int, Int)] = []
        var k = 0
        while k + 4 < tokenCount {
            defer { k += 1 }
            guard tokens[k].keyHash == cac, !tokens[k].capitalized, !tokens[k + 1].capitalized, Self.s48bViUnits.contains(tokens[k + 1]) else { continue }
            var p = k + 2
            while p < tokenCount, p - k - 2 < 3, s43Lower(p), !Self.s50bViNhu.contains(tokens[p]) { p += 1 }
            guard p > k + 2, p + 1 < tokenCount, s43Lower(p), Self.s50bViNhu.contains(tokens[p]) else { continue }
            var a = p + 1
            var list: [(Int, Int)] = []
            while h15CapLatin(a) {
                var e = h15CapRunEnd(a, limit: 3)
                guard e > a else { break }
                if e < tokenCount, tokens[e].kind == .number, tokens[e].spaceBefore, e + 1 >= tokenCount || tokens[e + 1].kind != .word || keyIs(e + 1, "va") { e += 1 }
                list.append((a, e))
                if e + 1 < tokenCount, keyIs(e, ",") || keyIs(e, "va") && !tokens[e].capitalized { a = e + 1 } else { break }
            }
            if list.count >= 2 { items += list; k = list[list.count - 1].1 - 1 }
        }
        s50bPutPlaces(items)
    }

    /// The spans (tokens a..<e) as places, each with its list's context: a span that a country or a known name overlaps,
    /// or that a longer name reaches past, is left as read; the readings inside it give way (an unknown place's too: "Cây
    /// Số" of "Cây Số 19").
    mutating func s50bPutPlaces(_ items: [(Int, Int)]) {
        guard !items.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e) in items {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.type == .country || $0.known != nil || $0.start < s || $0.end > end) }) { continue }
            if anyMention(where: { $0.type == .place && $0.start == s && $0.end == end }) { continue }
            for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= end { drop.insert(i) }
            var m = mention(a, e, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    static let s50bViCua = h18Keys(["cửa"])

    /// "khu vực cửa Thượng Tứ": a city gate's name after the lowercase noun "cửa" (not "của", "of", which folds alike) is a
    /// place; a person's or an untyped reading of it gives way.
    mutating func s50bVietnameseGates() {
        guard articleHas(Self.s50bViCua) else { return }
        var items: [(Int, Int)] = []
        for k in 0..<(tokenCount - 1) where Self.s50bViCua.contains(tokens[k]) && s43Lower(k) && h15CapLatin(k + 1) {
            guard tokens[k].text == "cửa" else { continue }
            let e = h15CapRunEnd(k + 1, limit: 3)
            let (s, end) = (tokens[k + 1].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.type == .organization || $0.type == .country || $0.known != nil) }) { continue }
            items.append((k + 1, e))
        }
        s50bPutPlaces(items)
    }

    static let s50bViGiai = h18Keys(["giải"])

    /// "tham gia Giải Marathon quốc tế …": a name opening with "Giải" (a race's or a prize's) read as a person is none.
    mutating func s50bVietnameseEvents() {
        guard articleHas(Self.s50bViGiai) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), z > a, tokens[a].capitalized, Self.s50bViGiai.contains(tokens[a]), tokens[a].text == "Giải" else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s50bViCang = h18Keys(["cảng"])
    /// Lowercase modifiers between "cảng" and a port's name ("cảng nước sâu Matarbari").
    static let s50bViPortModifiers: Set<String> = Set(["nước sâu", "biển", "quốc tế", "container", "trung chuyển", "cá", "sông"].map { TextFolding.key($0) })

    /// "cảng nước sâu Matarbari", "cảng biển quốc tế Lạch Huyện": one to three capitalized words after "cảng" and one or
    /// two lowercase modifiers of ports are a place.
    mutating func s50bVietnamesePorts() {
        guard articleHas(Self.s50bViCang) else { return }
        var items: [(Int, Int)] = []
        for k in 0..<(tokenCount - 2) where Self.s50bViCang.contains(tokens[k]) && s43Lower(k) {
            var p = k + 1, mods = 0
            while mods < 2, p + 1 < tokenCount, s43Lower(p) {
                if Self.s50bViPortModifiers.contains(tokens[p].key) { p += 1 }
                else if s43Lower(p + 1), Self.s50bViPortModifiers.contains(tokens[p].key + " " + tokens[p + 1].key) { p += 2 }
                else { break }
                mods += 1
            }
            guard mods > 0, h15CapLatin(p) else { continue }
            let e = h15CapRunEnd(p, limit: 3)
            guard e > p else { continue }
            items.append((p, e))
        }
        s50bPutPlaces(items)
    }

    static let s50bViSu = h18Keys(["sứ"])

    /// "Đại sứ quán Việt Nam và …", "Tổng lãnh sự quán Nhật Bản tại Osaka": an embassy's or a consulate's noun, the
    /// country's name (or a place's) right after it (and "tại" and its town) are one body (a country's or a known place's
    /// reading stays).
    mutating func s50bVietnameseEmbassies() {
        guard articleHas(Self.s50bViSu) else { return }
        var added: [Mention] = []
        for i in mentions.indices where mentionType(i) == .country || mentionType(i) == .place {
            guard let (a, z) = seedSpan(i), a >= 3, keyIs(a - 1, "quan"), keyIs(a - 2, "su") else { continue }
            var b = a - 3
            if keyIs(b, "dai") { } else if keyIs(b, "lanh"), keyIs(b - 1, "tong") { b -= 1 } else { continue }
            guard b >= 0, tokens[b].capitalized, tokens[a - 1].text == "quán" else { continue }
            // ("Tổng Lãnh sự quán Việt Nam tại Pác Xế": the town of a consulate with it.)
            var end = z + 1
            if keyIs(z + 1, "tai"), s43Lower(z + 1), h15CapLatin(z + 2) { end = h15CapRunEnd(z + 2, limit: 3) }
            let (s, e) = (tokens[b].start, tokens[end - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
            added.append(mention(b, end, type: .organization, evidence: .cue))
        }
        guard !added.isEmpty else { return }
        var drop = Set<Int>()
        for m in added {
            for j in mentions.indices where mentions[j].type != .country && mentions[j].known == nil && mentions[j].start < m.end && mentions[j].end > m.start { drop.insert(j) }
        }
        replaceMentions(removing: drop, adding: added)
    }

    /// "Hoàng Nguyên Thanh (Đội tuyển Quân đội) và Đỗ Quốc Luật (Hà Nội)": in a list of people each with a team or a town
    /// in parentheses, a name of two to four capitalized words opening with a Vietnamese surname, after ")" and "và" (or a
    /// comma) and before "(", is a person; a team's name in parentheses after a person ("Đội tuyển …", "CLB …", "Câu lạc bộ
    /// …") is a body.
    mutating func s50bVietnameseListedRunners() {
        guard articleHas(Self.h33ViSurnames) else { return }
        var added: [Mention] = []
        var k = 2
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard keyIs(k, ")") else { continue }
            // The team after a person: "( Đội tuyển … )".
            if let open = (max(1, k - 7)..<k).last(where: { keyIs($0, "(") }), open + 1 < k, isCap(open + 1),
               keyIs(open + 1, "doi") || keyIs(open + 1, "clb") || keyIs(open + 1, "cau") && keyIs(open + 2, "lac"),
               anyMention(where: { $0.type == .person && $0.end == tokens[open - 1].end }) {
                let (s, e) = (tokens[open + 1].start, tokens[k - 1].end)
                if !anyMention(where: { $0.start < e && $0.end > s }) { added.append(mention(open + 1, k, type: .organization, evidence: .cue)) }
            }
            // The next person: ") và Đỗ Quốc Luật (".
            guard keyIs(k + 1, "va") || keyIs(k + 1, ","), h15CapLatin(k + 2), Self.h33ViSurnames.contains(tokens[k + 2]) else { continue }
            let e = h15CapRunEnd(k + 2, limit: 4)
            guard e - (k + 2) >= 2, keyIs(e, "(") else { continue }
            let (s, end) = (tokens[k + 2].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s }) || added.contains(where: { $0.start < end && $0.end > s }) { continue }
            // (A list of people: a person before the ")".)
            guard let open = (max(1, k - 7)..<k).last(where: { keyIs($0, "(") }), anyMention(where: { $0.type == .person && $0.end == tokens[open - 1].end }) else { continue }
            added.append(mention(k + 2, e, type: .person, evidence: .cue))
        }
        mentions += added
    }

    static let s50bViTinh = h18Keys(["tỉnh"])

    /// "Sở Y tế tỉnh Phông Xa Lỳ (Lào)": an unknown foreign province (after "tỉnh", its country in parentheses after it)
    /// read at the end of a body's name and nowhere else (no place outside a body has its words) is part of that name, no
    /// place of its own.
    mutating func s50bVietnamesePlacesInsideBodies() {
        guard articleHas(Self.s50bViTinh) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            let (s, e) = (mentionStart(i), mentionEnd(i))
            // (After "tỉnh" at the body's end, the country in parentheses after: "Sở Y tế tỉnh X (Lào)".)
            guard let (a, z) = seedSpan(i), a > 0, keyIs(a - 1, "tinh"), z + 3 < tokenCount, keyIs(z + 1, "("), keyIs(z + 3, ")") || keyIs(z + 4, ")"),
                  anyMention(where: { $0.type == .country && $0.start == tokens[z + 2].start }),
                  anyMention(where: { $0.type == .organization && $0.start < s && $0.end == e }) else { continue }
            let words = mentionWords(i)
            if mentions.indices.contains(where: { j in j != i && (mentionType(j) == .place || mentionType(j) == nil) && mentionWords(j) == words
                && !anyMention(where: { $0.type == .organization && $0.start <= mentionStart(j) && $0.end >= mentionEnd(j) }) }) { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "马莱塔省是…，马莱塔省省长…" read once as "塔省": a Han place's name that is the tail of a longer place's name the
    /// article reads, with the characters before it in the run completing that name, takes them.
    mutating func s50bHanCutPlaceNames() {
        var longer: [[UInt16]] = []
        for i in mentions.indices where mentionType(i) == .place {
            let u = Array(mentionSurface(i).utf16)
            if u.count >= 3, u.count <= 8, !longer.contains(u) { longer.append(u) }
        }
        guard longer.count >= 1 else { return }
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            guard let (k, u, a, e) = s50bHanRun(i), e - a >= 2 else { continue }
            let me = u[a..<e]
            for l in longer where l.count > e - a && l.count - (e - a) <= 3 && l.suffix(e - a).elementsEqual(me) {
                let b = a - (l.count - (e - a))
                guard b >= 0, u[b..<e].elementsEqual(l) else { continue }
                let at = tokens[k].start + b
                if anyMention(where: { $0.start < tokens[k].start + a && $0.end > at }) { continue }
                changes.append((i, s50bHanMention(k, u, b, e, .place)))
                break
            }
        }
        for (i, m) in changes { mentions[i] = m }
    }

    static let s50bViCongTy = h18Keys(["công"])

    /// "Công ty TNHH Giày da Hưng Phát Đạt … nhà máy của Hưng Phát Đạt": an unknown name of two words or more guessed a
    /// place (no cue before it) or none whose words end a firm's name ("Công ty …") the article reads is that firm's short name: a body, grouped with the firm (the short name an alias).
    mutating func s50bVietnameseFirmShortNames() {
        guard articleHas(Self.s50bViCongTy) else { return }
        var firms: [[String]] = [], firmSurfaces: [String] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 4 {
            let w = mentionWords(i)
            if w[0] == "cong", w[1] == "ty" { firms.append(w); firmSurfaces.append(mentionSurface(i)) }
        }
        guard !firms.isEmpty else { return }
        for i in mentions.indices where mentionKnown(i) == nil && (mentionType(i) == .place || mentionType(i) == nil) && mentionWordCount(i) >= 2 {
            // (Only a guess: a place read after its cue, "sông Hàm Luông", "xã Đại Sơn", is the place a firm is named after.)
            // (Nor after a lowercase word: "vịnh Bái Tử Long", "thác Bản Giốc" are places a firm is named after.)
            guard mentionEvidence(i) == .guess, !mentionPlaceContext(i), let (a, _) = seedSpan(i), a == 0 || !s43Lower(a - 1) else { continue }
            let w = mentionWords(i)
            guard let f = firms.firstIndex(where: { $0.count > w.count + 2 && Array($0.suffix(w.count)) == w }) else { continue }
            // (Grouped with the firm: its words, the short name kept as an alias.)
            let seen = mentionSurface(i)
            mentions[i].type = .organization
            mentions[i].placeContext = false
            mentions[i].surface = firmSurfaces[f]
            mentions[i].words = firms[f]
            mentions[i].variants = [seen]
        }
    }

    // MARK: - Russian: a surname alone in another case

    /// Case endings of a masculine surname in a hard consonant ("Ступака", "Майорову", "Ступаком").
    static let s50bHardEndings = ["а", "у", "ом", "е"]

    /// "Кирилла Ступака … Ступак …", "Никиту Майорова … Майоров": a lone capitalized word (read as a person, a body or
    /// none) that is a surname in a hard consonant whose case form (+а, +у, +ом, +е) ends exactly one person the article
    /// names in full, or that is that person's surname as written, is that person (grouped with the full name, the form
    /// seen kept as an alias).
    mutating func s50bRussianHardStemSurnames() {
        var persons: [(i: Int, last: String)] = []
        for k in mentions.indices where mentionType(k) == .person && mentionKnown(k) == nil && (2...3).contains(mentionWordCount(k)) {
            guard let c = mentionSurface(k).unicodeScalars.first, (0x0410...0x042F).contains(c.value), let l = mentionWords(k).last,
                  PlainText.count(l) >= 4 else { continue }
            persons.append((k, l))
        }
        guard !persons.isEmpty else { return }
        for q in mentions.indices where mentionKnown(q) == nil && mentionWordCount(q) == 1 && mentionType(q) != .place && mentionType(q) != .country {
            let w = mentionWords(q)[0]
            guard let c = mentionSurface(q).unicodeScalars.first, (0x0410...0x042F).contains(c.value), PlainText.count(w) >= 4,
                  let (a, _) = seedSpan(q), !tokens[a].allCaps else { continue }
            // (A surname the article already writes as some person's last word in the same form: grouped already, when typed.)
            let same = persons.filter { PlainText.equal($0.last, w) }
            var fit: [(i: Int, last: String)] = same
            if same.isEmpty, let e = w.unicodeScalars.last, NameFinder.russianConsonants.contains(Character(e)) {
                // (Not after a given name in the nominative: "Анна Гусарова" is a woman, not Гусаров's genitive.)
                fit = persons.filter { p in Self.s50bHardEndings.contains { PlainText.equal(p.last, w + $0) } && !lex.givenNames.contains(mentionWords(p.i)[0]) }
            }
            guard fit.count == 1 || fit.count > 1 && fit.allSatisfy({ mentionWords($0.i) == mentionWords(fit[0].i) }) else { continue }
            if same.count >= 1, mentionType(q) == .person { continue }
            let seen = mentionSurface(q)
            mentions[q].type = .person
            mentions[q].words = [fit[0].last]
            if !PlainText.equal(seen, fit[0].last) { mentions[q].variants = [seen] }
        }
    }

    // MARK: - Chinese: generic firms, agencies, state bodies

    static let s50bHanGenericTrades: [[UInt16]] = ["物流", "快递", "航空", "石油", "电力", "建筑", "保险", "科技", "投资", "贸易", "运输",
        "房地产", "物业", "外贸", "软件", "网络", "能源", "化工", "医药", "食品", "服装", "汽车", "钢铁", "矿业", "燃气", "水务", "咨询",
        "广告", "保安", "中介", "货运", "船运", "航运", "出租车", "公交", "外资", "民营", "国有", "上市", "当地", "一家", "多家"].map(s50bU)
    static let s50bHanCompanyHeads: [[UInt16]] = ["公司", "集团", "企业"].map(s50bU)

    /// "再通过物流公司发往…", "多家航运公司": a trade's common noun and 公司 (集团, 企业), with no name before, is no body.
    mutating func s50bHanGenericFirms() {
        guard hanArticleHasAny("司团企") else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (_, u, a, e) = s50bHanRun(i), e - a <= 5 else { continue }
            guard let h = Self.s50bHanCompanyHeads.first(where: { e - a > $0.count && Self.h36HanAt(u, e - $0.count, $0) }) else { continue }
            let n = e - a - h.count
            guard Self.s50bHanGenericTrades.contains(where: { $0.count == n && Self.h36HanAt(u, a, $0) }) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s50bHanGuoji = s50bU("国际")
    static let s50bHanAgencyHeads: [[UInt16]] = ["机构", "署", "团"].map(s50bU)

    /// "亚洲开发银行和日本国际协力机构", "德国国际合作机构", "美国国际开发署": a country's name, 国际, two or three characters
    /// and 机构 (署, 团) are one body (the country's reading stays).
    mutating func s50bHanInternationalAgencies() {
        guard hanArticleHasAny("际") else { return }
        var added: [Mention] = []
        for i in mentions.indices where mentionType(i) == .country {
            guard let (k, u, a, e) = s50bHanRun(i), Self.h36HanAt(u, e, Self.s50bHanGuoji) else { continue }
            let b = e + 2
            for len in 2...3 {
                guard let h = Self.s50bHanAgencyHeads.first(where: { Self.h36HanAt(u, b + len, $0) }),
                      !u[b..<(b + len)].contains(where: { Self.s50bHanUnitStops.contains($0) }) else { continue }
                let end = b + len + h.count
                let (s, z) = (tokens[k].start + a, tokens[k].start + end)
                if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= z }) { break }
                added.append(s50bHanMention(k, u, a, end, .organization))
                break
            }
        }
        s50bHanPut(added)
    }

    static let s50bHanGuojia = s50bU("国家")
    static let s50bHanBodyHeads = H33Bits("局部委署厅会")
    /// Last characters of bodies' names (a name ending right before 和 is a list's item).
    static let s50bHanNameEnds = H33Bits("局部委署厅会院所校馆司行团")
    static let s50bHanZhongguo = s50bU("中国")

    /// "经国家林业和草原局森林和草原调查规划院鉴定": an institute read from after 和 (与), with two to six characters between
    /// it and a state body's head (局, 部, 委, 署, 厅, 会) before, or with such a head inside it ("国家粮食和" + "物资储备局…
    /// 研究院"), whose name opens with 国家 up to twelve characters back (its own name holding 和), is that body's: one body
    /// from 国家.
    mutating func s50bHanStateBodiesWithAnd() {
        guard hanArticleHasAny("家") else { return }
        var added: [Mention] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (k, u, a, e) = s50bHanRun(i), a >= 5, Self.s50bHanAnd.contains(u[a - 1]), Self.s50bHanSchoolEnds.contains(u[e - 1]),
                  // (和 between two bodies' names is a list: "…基金委员会和中国科学院".)
                  !Self.s50bHanNameEnds.contains(u[a - 2]), !Self.h36HanAt(u, a, Self.s50bHanZhongguo), !Self.h36HanAt(u, a, Self.s50bHanGuojia) else { continue }
            var g = a - 3
            while g > 0, a - 1 - g < 6, !Self.s50bHanBodyHeads.contains(u[g - 1]) {
                if Self.s50bHanUnitStops.contains(u[g - 1]) && !Self.s50bHanAnd.contains(u[g - 1]) { g = 0; break }
                g -= 1
            }
            if g > 0, Self.s50bHanBodyHeads.contains(u[g - 1]) {
                // "…草原局" + "森林和" + "草原调查规划院": the body's head before the gap.
            } else if u[a..<(e - 1)].contains(where: { Self.s50bHanBodyHeads.contains($0) }) {
                // "国家粮食和" + "物资储备局…研究院": the head inside the name read after 和.
                g = a - 1
            } else { continue }
            var s = g - 3
            while s >= 0, g - s <= 12, !Self.h36HanAt(u, s, Self.s50bHanGuojia) {
                if Self.s50bHanUnitStops.contains(u[s]) && !Self.s50bHanAnd.contains(u[s]) { s = -1; break }
                s -= 1
            }
            guard s >= 0, Self.h36HanAt(u, s, Self.s50bHanGuojia) else { continue }
            added.append(s50bHanMention(k, u, s, e, .organization))
        }
        s50bHanPut(added)
    }
}
