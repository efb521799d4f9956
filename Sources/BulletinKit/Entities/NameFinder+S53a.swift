import Foundation

/// Session 53 (a): Chinese sites named by their generic noun, stations and walls, foreign private bodies written after
/// their country, units and ministries read cut; Arabic rulers' full names, titles of the country, verbs and adverbs read
/// as names, places in lists and districts, bodies cut or unread (holdout76's kinds; the tests use other texts and names).
/// - Chinese: a cave site named by its noun is a place: two characters before 窟 ("X窟"; not 洞窟/石窟/窟区, no stop, count
///   or demonstrative among them; a place read right before joins it, "敦煌莫高窟"), two to four characters from a bound (a
///   stop character, a place's end, the run's start) before 石窟, or one to three before 千佛洞; a place read right before
///   长城 ("X长城", a section of the wall) is one place with it (the town read inside gives way); a site before a visitor
///   centre's noun (游客中心, 展示中心…) is the centre, a place of its own; every other occurrence of a site's name is read
///   too, and one inside a longer place's name read elsewhere groups with it;
/// - Chinese: "X站" (two or three characters; not 车站/加油站…) listed by 和/与/及/、 right after a place is a place;
/// - Chinese: a foreign country (not 中国) written before a university's or a foundation's own name ("美国X大学", "美国X
///   基金会"; X two characters or more, not opening with 国家/国立/州立/联邦/皇家/国际) is no part of the body's name, when
///   the article names that country nowhere but before bodies (a country it names alone is the news's setting: "智利X大学"
///   in a report from Chile keeps it);
/// - Chinese: a country and up to four characters before 图书馆/博物馆/美术馆/档案馆/科技馆 ("法国国家图书馆") are a body;
/// - Chinese: a body's reading that opens with the last one or two characters of another body's name read in the article
///   ("中国科学院" + "院紫金山天文台") takes the whole name, and the unit read alone elsewhere groups with it;
/// - Chinese: a ministry's reading holding an enumeration ("技术、知识和创新部") takes the country right before it, or the
///   item before "、" after a country ("智利科学、"); an area "X产区" (茶区, 林区…) whose X stands free twice elsewhere in the
///   article (a product, "咖啡") is no place; a dotted person right before 天文台/研究所/基金会/纪念馆/博物馆/医院/大学/学院
///   ("薇拉·鲁宾天文台") is a body (the person none), and "<last part>天文台" read elsewhere groups with it; "X地区" where
///   "X沙漠"/"X高原"/"X盆地"… is read as a place is a place; one character and 市 right after an autonomous prefecture
///   read as a place, before a joiner, a stop or the run's end ("X自治州芒市和Y市"), is a city; after 位于, a country or a
///   place and a compass's 北部/南部…, two or three characters and 山/峰 before 的 ("位于智利北部帕穹山的") are a place;
/// - Chinese (older rules): S52b's occupations take three-character ones (讲解员…) and "已" after the name; S49b's
///   country-pair roads are read after 经/沿/乘 too ("经中老铁路"); L30's tails after a county take 坝 ("隆阳区潞江坝"; not a
///   dam's 大坝/水坝);
/// - Arabic: a person's reading after a ruler's title (الشيخ, الأمير…) that ends on a definite word runs on over up to three
///   definite name words ("الشيخ X الأحمد الجابر الصباح"); a person's reading holding البلاد/الدولة/المملكة ("أمير البلاد") is
///   none; one that opens with an adverb ("يوميا", "رسميا") is none; a past verb taking بـ and its object ("وجه بتطوير") read
///   alone as a name is none, and one inside a name ends it there;
/// - Arabic: "منطقة X" + a descriptive adjective (الزراعية, السكنية, الأثرية…; not الصناعية, an industrial zone's name) is
///   "منطقة X", then X read alone elsewhere (S50a's area names); "بلدية" + a country's name (a city-state, "بلدية الكويت") is
///   a body; "المتحف" + a country's adjective + "الكبير" is a body (S52a's museums); a body's reading followed by "من أجل" and
///   a definite word (+ a nisba) takes them; a quoted name (or up to three words) after "يدعى"/"تسمى" and a person's noun
///   ("كاهن يدعى X") is a person; three or more names after a verb of linking and a place ("لربط X بـA وB وC": one or two
///   name words each, not a head's noun or a noun with its nisba, up to a preposition) are places; the indefinite name
///   closing a clause after "باسم" a few words after a town's noun ("المدينة التي عرفها X باسم Y.") is a place;
/// - Arabic: a definite name word joined by و to a place read after it, or one after a place, both after "بين" or a plural
///   noun of places ("مدن X وY", "مزارع X وY"; not "والقرى", a noun before a definite word) are places; "مركز X" (one or two
///   name words) before "في محافظة"/"بمحافظة" is the district X, a place; two indefinite words, the second a feminine nisba
///   ("مقبرة جماعية"), read as a place are none; a road named by its ends before a compass's or a kind's adjective ("طريق X -
///   Y الغربي") takes it, its ends read inside staying (S52a's road adjectives);
/// - Arabic (older rules): S52a's departments take a nisba after their word ("إدارة الأرصاد الجوية في X"); S52a's agencies
///   know MENA's spaced letters ("أ ش أ"); S45a reads روماني without the article as Roman too ("مسرح روماني") in an article
///   that names neither Romania nor Bucharest.
///
/// `refineS53a` runs after `refineS52c` (before `refineCP15`). Cost: each rule is gated on the article's language and on
/// its trigger characters (`hanArticleHasAny`: the rare 窟/佛 before any run is walked) or keys (`articleHas`); the rules
/// then visit the mentions of one type (the Han ones reading only their runs), or the tokens testing one key set, and read
/// a few tokens or characters around each hit.
extension NameFinder {
    mutating func refineS53a() {
        guard tokenCount > 2, !mentions.isEmpty else { return }
        switch language {
        case "zh":
            guard hasHan else { return }
            s53aHanCaveSites()
            s53aHanListedStations()
            s53aHanForeignBodies()
            s53aHanCountryLibraries()
            s53aHanUnitsOfBodies()
            s53aHanEnumeratedMinistries()
            s53aHanProductAreas()
            s53aHanNamedAfterPersons()
            s53aHanLandformAreas()
            s53aHanOneCharacterCities()
            s53aHanLocatedMountains()
        case "ar":
            s53aArabicRulersFullNames()
            s53aArabicCountryTitles()
            s53aArabicAdverbPersons()
            s53aArabicVerbCuts()
            s53aArabicAreaAdjectives()
            s53aArabicMunicipalities()
            s52aMuseums(Self.s53aArMuseumHeads, adjectives: Self.s53aArMuseumAdjectives)
            s53aArabicForTheSakeOf()
            s53aArabicListedPlaces()
            s53aArabicDescriptivePlaces()
            s52aRoadAdjectives(Self.s53aArRoadCompass, most: 4)
            s53aArabicDistricts()
            s53aArabicNamedPersons()
            s53aArabicLinkedPlaces()
            s53aArabicKnownAs()
        default:
            break
        }
    }

    // MARK: - Arabic

    /// "الشيخ مشعل الأحمد الجابر الصباح": see the file's comment.
    mutating func s53aArabicRulersFullNames() {
        guard articleHas(Self.h18ArabicHonorifics) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), a >= 1, z > a, h23Key(a - 1, Self.h18ArabicHonorifics), isArabicDefinite(z) else { continue }
            var e = z + 1
            while e < tokenCount, e - z <= 3, h36Arabic(e), tokens[e].spaceBefore, Self.h36HasArticle(tokens[e].key), keyStarts(e, "ال"),
                  s41ArabicNameWord(e), !Self.s53aArCountryWords.contains(tokens[e]) {
                let (s, end) = (tokens[e].start, tokens[e].end)
                if anyMention(where: { $0.start < end && $0.end > s && $0.type != .person }) { break }
                e += 1
            }
            guard e > z + 1 else { continue }
            fixes.append((i, a, e))
        }
        replaceEach(fixes, type: .person)
    }

    /// Nouns of the country or the state that end a title ("أمير البلاد", "رئيس الدولة"): no name.
    static let s53aArCountryWords = h18Keys(["البلاد", "الدولة", "المملكة", "الإمارة", "الدولتين", "البلدين"])

    /// "أمير البلاد": see the file's comment.
    mutating func s53aArabicCountryTitles() {
        guard articleHas(Self.s53aArCountryWords) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), (a...z).contains(where: { Self.s53aArCountryWords.contains(tokens[$0]) }) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Adverbs of frequency and manner (an adjective's accusative: "يوميا", "رسميا").
    static let s53aArAdverbs = h18Keys(["يوميا", "سنويا", "شهريا", "أسبوعيا", "حاليا", "محليا", "دوليا", "رسميا", "فعليا", "جزئيا", "كليا",
        "نسبيا", "تقريبا", "أيضا", "سابقا", "لاحقا", "مؤخرا", "مجددا", "تدريجيا", "يوميًا", "سنويًا", "حاليًا", "أيضًا"])

    /// "تعبر جسر X يوميا بالشاحنات المبردة": see the file's comment.
    mutating func s53aArabicAdverbPersons() {
        guard articleHas(Self.s53aArAdverbs) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, _) = seedSpan(i), Self.s53aArAdverbs.contains(tokens[a]) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Past verbs that take their object with بـ ("وجه بتطوير", "أمر بإنشاء", "طالب بتعويض").
    static let s53aArBiVerbs = h18Keys(["وجه", "أمر", "طالب", "أشاد", "رحب", "قام", "نوه", "أوصى", "تعهد", "وعد", "اكتفى", "سمح", "اهتم",
        "التزم", "تكفل", "بادر", "تبرع", "فاز", "شارك", "اعترف", "ندد", "أشادت", "رحبت", "طالبت", "وجهت", "أمرت", "قامت"])

    /// "اللواء X Y وجه بتطوير الطريق": see the file's comment.
    mutating func s53aArabicVerbCuts() {
        guard articleHas(Self.s53aArBiVerbs) else { return }
        // (The verb and its object read alone as a name: none.)
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z == a + 1, Self.s53aArBiVerbs.contains(tokens[a]), h36Arabic(z), keyStarts(z, "ب"),
                  PlainText.count(tokens[z].key) >= 4 else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z >= a + 2, mentions[i].start == tokens[a].start else { continue }
            guard let v = ((a + 2)...z).first(where: { Self.s53aArBiVerbs.contains(tokens[$0]) }), v + 1 < tokenCount, h36Arabic(v + 1),
                  keyStarts(v + 1, "ب"), PlainText.count(tokens[v + 1].key) >= 4 else { continue }
            fixes.append((i, a, v))
        }
        replaceEach(fixes, type: .person)
    }

    /// Descriptive adjectives after an area's name ("منطقة X الزراعية": the farming area of X).
    /// (Not "الصناعية": an industrial zone's name keeps it, "منطقة X الصناعية".)
    static let s53aArAreaAdjectives = h18Keys(["الزراعية", "السكنية", "التجارية", "الصحراوية", "الحدودية", "السياحية", "الأثرية",
        "النفطية", "الحرفية", "الجبلية", "الساحلية", "الريفية"])

    /// "في منطقة X الزراعية … في X": see the file's comment.
    mutating func s53aArabicAreaAdjectives() {
        guard articleHas(Self.s53aArAreaAdjectives), articleHas(Self.s50aAreaHeads.set) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z == a + 2, h36CliticPrefix(a, Self.s50aAreaHeads) != nil, Self.s53aArAreaAdjectives.contains(tokens[z]),
                  isArabicDefinite(a + 1) else { continue }
            fixes.append((i, a, z))
        }
        guard !fixes.isEmpty else { return }
        // (The clitic before the noun stays outside: the mention's start is kept.)
        var puts: [(Int, Mention)] = []
        for (i, _, z) in fixes {
            var m = mentions[i]
            let cut = mention(z - 2, z, type: .place, evidence: .cue)
            m.end = tokens[z - 1].end
            m.surface = String(m.surface.unicodeScalars.prefix(m.surface.unicodeScalars.count - tokens[z].text.unicodeScalars.count - 1))
            m.words = cut.words
            m.firstToken = -1
            m.lastToken = -1
            puts.append((i, m))
        }
        for (i, m) in puts { mentions[i] = m }
        s50aArabicAreaNameAlone()
    }

    static let s53aArMunicipalityHeads = H36Heads(["بلدية"])

    /// "أعلنت بلدية الكويت": see the file's comment.
    mutating func s53aArabicMunicipalities() {
        let heads = Self.s53aArMunicipalityHeads
        guard articleHas(heads.set) else { return }
        var puts: [(Int, Int, Int)] = []
        for k in 0..<(tokenCount - 1) where h36Arabic(k) {
            guard let skip = h36CliticPrefix(k, heads), skip <= 1, h36Arabic(k + 1), tokens[k + 1].spaceBefore, isCountry[k + 1] else { continue }
            let ps = tokens[k + 1].start
            guard anyMention(where: { $0.start == ps && $0.end == tokens[k + 1].end && $0.type == .country }) else { continue }
            let (s, e) = (tokens[k].start + skip, tokens[k + 1].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
            puts.append((k, k + 2, skip))
        }
        for (a, b, skip) in puts { h27Replace(a, b, with: h36Mention(a, b, skip: skip, type: .organization), overKnown: true) }
    }

    static let s53aArMuseumHeads = H36Heads(["المتحف"])
    static let s53aArMuseumAdjectives = h18Keys(["الوطني", "الكبير"])

    static let s53aArFrom = h18Keys(["من"])
    static let s53aArSake = h18Keys(["أجل"])

    /// "الوكالة X للتعاون الدولي من أجل التنمية": see the file's comment.
    mutating func s53aArabicForTheSakeOf() {
        guard articleHas(Self.s53aArSake) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z >= a + 1, h23Key(z + 1, Self.s53aArFrom), h23Key(z + 2, Self.s53aArSake), h36Arabic(z + 3),
                  tokens[z + 3].spaceBefore, isArabicDefinite(z + 3), s41ArabicNameWord(z + 3) else { continue }
            var e = z + 4
            if e < tokenCount, h36Nisba(e), tokens[e].spaceBefore { e += 1 }
            let (s, end) = (tokens[z + 1].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && $0.type != .country }) { continue }
            fixes.append((i, a, e))
        }
        replaceEach(fixes, type: .organization)
    }

    /// "كشف عن مقبرة جماعية": see the file's comment.
    mutating func s53aArabicDescriptivePlaces() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil && mentions[i].words.count == 2 {
            guard let (a, z) = seedSpan(i), z == a + 1, h36Arabic(a), h36Arabic(z), !isArabicDefinite(a), !isArabicDefinite(z),
                  PlainText.hasSuffix(tokens[a].key, "ه") || PlainText.hasSuffix(tokens[a].key, "ة"),
                  PlainText.hasSuffix(tokens[z].key, "يه") || PlainText.hasSuffix(tokens[z].key, "ية"), PlainText.count(tokens[z].key) >= 5 else { continue }
            // (A name read elsewhere in the article is a name.)
            let w = tokens[z].key
            if anyMention(where: { $0.words.count == 1 && PhraseMatcher.same($0.words[0], w) }) { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Compass and kind adjectives after a road's name ("طريق X - Y الغربي").
    static let s53aArRoadCompass = h18Keys(["الغربي", "الشرقي", "الشمالي", "الجنوبي", "الصحراوي", "الزراعي", "الساحلي"])

    static let s53aArDistrictHeads = H36Heads(["مركز"])
    static let s53aArGovernorates = H36Heads(["محافظة"])
    static let s53aArIn = h18Keys(["في", "التابع", "بمحافظة"])

    /// "منطقة X بمركز بني مزار في محافظة المنيا": see the file's comment.
    mutating func s53aArabicDistricts() {
        guard articleHas(Self.s53aArDistrictHeads.set), articleHas(Self.s53aArGovernorates.set) else { return }
        var puts: [(Int, Int)] = []
        for k in 0..<(tokenCount - 3) where h36Arabic(k) {
            guard let skip = h36CliticPrefix(k, Self.s53aArDistrictHeads), skip <= 1, h36Arabic(k + 1), tokens[k + 1].spaceBefore,
                  s41ArabicNameWord(k + 1), !isArabicDefinite(k + 1) || PlainText.count(tokens[k + 1].key) >= 4 else { continue }
            // One or two name words, then "في محافظة" or "بمحافظة".
            var e = k + 2
            if e < tokenCount, h36Arabic(e), tokens[e].spaceBefore, s41ArabicNameWord(e), !h23Key(e, Self.s53aArIn), h36CliticPrefix(e, Self.s53aArGovernorates) == nil { e += 1 }
            guard e < tokenCount, h36CliticPrefix(e, Self.s53aArGovernorates) == 1 || h23Key(e, Self.s52aIn) && h36CliticPrefix(e + 1, Self.s53aArGovernorates) == 0 else { continue }
            let (s, end) = (tokens[k + 1].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.known != nil || $0.type != .place || $0.start < s || $0.end > end) }) { continue }
            puts.append((k + 1, e))
        }
        for (a, b) in puts { h27Replace(a, b, with: mention(a, b, type: .place, evidence: .cue)) }
    }

    static let s53aArByName = h18Keys(["باسم"])
    static let s53aArTownNouns = h18Keys(["المدينة", "مدينة", "القرية", "قرية", "البلدة", "بلدة", "الجزيرة", "جزيرة", "الواحة", "واحة"])

    /// "معبد المدينة التي عرفها الإغريق باسم X.": see the file's comment.
    mutating func s53aArabicKnownAs() {
        guard articleHas(Self.s53aArByName), articleHas(Self.s53aArTownNouns) else { return }
        var added: [Mention] = []
        for k in 2..<(tokenCount - 1) where h23Key(k, Self.s53aArByName) {
            guard (max(0, k - 5)..<k).contains(where: { h23Key($0, Self.s53aArTownNouns) }), h36Arabic(k + 1), tokens[k + 1].spaceBefore,
                  !isArabicDefinite(k + 1), s41ArabicNameWord(k + 1), !Self.s53aArPrepositions.contains(tokens[k + 1]) else { continue }
            var e = k + 2
            if e < tokenCount, h36Arabic(e), tokens[e].spaceBefore, s41ArabicNameWord(e), !Self.s53aArPrepositions.contains(tokens[e]), !keyStarts(e, "و") { e += 1 }
            // (The name closes its clause: a mark, or nothing more.)
            guard e >= tokenCount || tokens[e].kind == .punct else { continue }
            let (s, end) = (tokens[k + 1].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s }) { continue }
            var m = mention(k + 1, e, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: [], adding: added) }
    }

    /// Prepositions that end a list's last name ("وZ ضمن مسار").
    static let s53aArPrepositions = h18Keys(["ضمن", "عبر", "نحو", "حتى", "لدى", "دون", "قرب", "وسط", "داخل", "خارج", "حول", "تجاه", "مقابل",
        "إلى", "على", "عن", "مع", "في", "من", "بين", "عند", "منذ", "خلال", "بعد", "قبل"])
    static let s53aArLinkVerbs = h18Keys(["ربط", "يربط", "تربط", "لربط", "وربط", "ويربط", "وتربط"])

    /// "خطة لربط X بتونا الجبل والأشمونين وبني حسن ضمن مسار": see the file's comment.
    mutating func s53aArabicLinkedPlaces() {
        guard articleHas(Self.s53aArLinkVerbs) else { return }
        var added: [Mention] = []
        for k in 0..<(tokenCount - 2) where h23Key(k, Self.s53aArLinkVerbs) {
            let ps = tokens[k + 1].start
            guard let j = firstMentionIndex(where: { $0.start == ps && $0.type == .place }), let (_, z) = seedSpan(j), z - k <= 3,
                  z + 1 < tokenCount, h36Arabic(z + 1), tokens[z + 1].spaceBefore, keyStarts(z + 1, "ب"), PlainText.count(tokens[z + 1].key) >= 4 else { continue }
            // Items: the first after ب, the others after و; each one or two name words.
            var items: [(Int, Int)] = []
            var q = z + 1
            while q < tokenCount, items.count < 6, h36Arabic(q), tokens[q].spaceBefore {
                let opener = items.isEmpty ? keyStarts(q, "ب") : keyStarts(q, "و")
                guard opener, s41ArabicNameWord(q) || keyStarts(q, "و") && !h36Stop(q), !arabicFlags(q).contains(.head) else { break }
                var e = q + 1
                if e < tokenCount, h36Arabic(e), tokens[e].spaceBefore, !keyStarts(e, "و"), s41ArabicNameWord(e), !Self.arabicStop.contains(tokens[e]),
                   !Self.s53aArPrepositions.contains(tokens[e]) {
                    // (A noun and its adjective, "بالعاصمة الإدارية", is no list's name.)
                    guard !h36Nisba(e) else { break }
                    e += 1
                }
                items.append((q, e))
                q = e
            }
            guard items.count >= 3 else { continue }
            for (a, e) in items {
                let (s, end) = (tokens[a].start + 1, tokens[e - 1].end)
                if anyMention(where: { $0.start < end && $0.end > s }) { continue }
                var m = l14DropClitic(mention(a, e, type: .place, evidence: .cue), 1)
                m.placeContext = true
                added.append(m)
            }
        }
        if !added.isEmpty { replaceMentions(removing: [], adding: added) }
    }

    static let s53aArCalled = h18Keys(["يدعى", "تدعى", "يسمى", "تسمى", "يدعي"])
    /// Nouns of persons before "يدعى" ("كاهن يدعى X": a priest named X).
    static let s53aArPersonNouns = h18Keys(["كاهن", "رجل", "شخص", "طفل", "شاب", "امرأة", "فتاة", "مواطن", "كاتب", "ملك", "فرعون", "قائد",
        "تاجر", "مزارع", "طبيب", "جندي", "موظف", "لاعب", "كاهنة", "ملكة", "أمير", "أميرة", "نبيل", "كاتبة", "سيدة"])

    /// "تابوت يحمل اسم كاهن يدعى "X"": see the file's comment.
    mutating func s53aArabicNamedPersons() {
        guard articleHas(Self.s53aArCalled) else { return }
        var puts: [(Int, Int)] = []
        for k in 1..<(tokenCount - 2) where h23Key(k, Self.s53aArCalled) && h23Key(k - 1, Self.s53aArPersonNouns) {
            // The name in quotes, or its words up to a mark (at most four, hyphens inside).
            var a = k + 1
            let quoted = tokens[a].kind == .punct && (tokens[a].text == "\"" || tokens[a].text == "«" || tokens[a].text == "“")
            if quoted { a += 1 }
            var e = a
            while e < tokenCount, e - a < 7, tokens[e].kind != .punct || tokens[e].text == "-" {
                if !quoted, e > a, !tokens[e].spaceBefore, tokens[e].text != "-", !(e >= 1 && tokens[e - 1].text == "-") { break }
                e += 1
            }
            guard e > a, h36Arabic(a), h36Arabic(e - 1) else { continue }
            if quoted { guard e < tokenCount, tokens[e].kind == .punct, tokens[e].text != "-" else { continue } }
            else { guard e - a <= 3 else { continue } }
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s }) { continue }
            puts.append((a, e))
        }
        for (a, b) in puts { mentions.append(mention(a, b, type: .person, evidence: .cue)) }
    }

    /// Words before a list of places: prepositions and plural nouns of places ("بين X وY", "مدن X وY", "مزارع X وY").
    static let s53aArListCues = h18Keys(["بين", "وبين", "مدن", "مناطق", "مزارع", "قرى", "محافظات", "ولايات", "بلدات", "مدينتي",
        "منطقتي", "محافظتي", "ومدن", "ومناطق", "بمدن", "بمناطق", "ومزارع", "بمزارع"])
    /// Generic nouns joined to a list ("والقرى الشرقية", "والمنطقة"): no place.
    static let s53aArGenericPlaces = h18Keys(["والقرى", "والمدن", "والمناطق", "والمحافظات", "والولايات", "والبلدات", "والأرياف", "والضواحي",
        "والمنطقة", "والعالم", "والخارج", "والداخل", "والمزارع", "والأسواق", "والمراكز"])

    /// "بين الأقصر وأسوان", "مدن الهفوف والمبرز", "مزارع الصليبية والجهراء": see the file's comment.
    mutating func s53aArabicListedPlaces() {
        guard articleHas(Self.s53aArListCues) else { return }
        var added: [Mention] = []
        for i in mentions.indices where mentions[i].type == .place {
            guard let (a, z) = seedSpan(i), h36Arabic(a) else { continue }
            // The name before: "X وY" with Y this place (after its clitic و).
            if mentions[i].start == tokens[a].start + 1, keyStarts(a, "و"), a >= 2, h36Arabic(a - 1), tokens[a].spaceBefore,
               isArabicDefinite(a - 1), s41ArabicNameWord(a - 1), !isCountry[a - 1], h23Key(a - 2, Self.s53aArListCues),
               !keyStarts(a - 1, "وال"), !keyStarts(a - 1, "بال") {
                let (s, e) = (tokens[a - 1].start, tokens[a - 1].end)
                if !anyMention(where: { $0.start < e && $0.end > s }), !added.contains(where: { $0.start == s }) {
                    var m = mention(a - 1, a, type: .place, evidence: .cue)
                    m.placeContext = true
                    added.append(m)
                }
            }
            // The name after: "X وY" with X this place, after a cue.
            let y = z + 1
            if y < tokenCount, h36Arabic(y), tokens[y].spaceBefore, keyStarts(y, "وال"), !isCountry[y], !Self.s53aArGenericPlaces.contains(tokens[y]),
               s41ArabicNameWord(y), a >= 1, h23Key(a - 1, Self.s53aArListCues) {
                let (s, e) = (tokens[y].start, tokens[y].end)
                if !anyMention(where: { $0.start < e && $0.end > s }), !added.contains(where: { $0.start == s + 1 }) {
                    // (Not a noun in construct before a definite word: "والقرى الشرقية".)
                    if !(y + 1 < tokenCount && h36Arabic(y + 1) && tokens[y + 1].spaceBefore && isArabicDefinite(y + 1) && !keyStarts(y + 1, "وال")) {
                        var m = l14DropClitic(mention(y, y + 1, type: .place, evidence: .cue), 1)
                        m.placeContext = true
                        added.append(m)
                    }
                }
            }
        }
        if !added.isEmpty { replaceMentions(removing: [], adding: added) }
    }

    // MARK: - Chinese

    static let s53aCave: Unicode.Scalar = "窟"
    /// Characters before 窟 that make a generic noun (洞窟, 石窟, 佛窟 …) or a count.
    static let s53aCaveGeneric = HanCharSet("洞石佛窟个座处号些每各该此这那其全主")
    static let s53aShiKu = Array("石窟".unicodeScalars)
    static let s53aQianFoDong = Array("千佛洞".unicodeScalars)
    static let s53aWall = Array("长城".unicodeScalars)
    static let s53aCentres = l28Words(["数字展示中心", "游客服务中心", "游客中心", "展示中心", "游客服务区"])

    /// "莫高窟", "榆林窟、西千佛洞、麦积山石窟和炳灵寺石窟", "嘉峪关长城": see the file's comment.
    mutating func s53aHanCaveSites() {
        // (窟 and 佛 are rare: only then are the runs walked; a wall is looked for after the places read.)
        let caves = hanArticleHasAny("窟佛")
        guard caves || hanArticleHasAny("城") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        var texts: [[Unicode.Scalar]] = []
        var taken = Set<Int>()
        func put(_ k: Int, _ sc: [Unicode.Scalar], _ a: Int, _ b: Int, _ inRun: [(n: Int, a: Int, b: Int)], withPlace: Bool = false) {
            // (A longer reading over it, or one crossing its bounds that is not a place inside it, stays.)
            if inRun.contains(where: { $0.a <= a && $0.b >= b && ($0.a < a || $0.b > b || mentions[$0.n].type == .place) }) { return }
            if inRun.contains(where: { $0.a < b && $0.b > a && ($0.a < a || $0.b > b) && !(mentions[$0.n].type == .place && $0.a >= a) }) { return }
            let s = tokens[k].start + a
            if anyMention(where: { $0.type == .country && $0.start < tokens[k].start + b && $0.end > s }) { return }
            guard !taken.contains(s) else { return }
            taken.insert(s)
            // (A place read right before the site's name is part of it: "敦煌莫高窟".)
            var a = a
            if withPlace, let pl = inRun.first(where: { $0.b == a && $0.b - $0.a >= 2 && mentions[$0.n].type == .place }) { a = pl.a }
            var e = b
            if let c = Self.s53aCentres.first(where: { Self.l28At(sc, b, $0) }) { e = b + c.count }
            fixes.append((nil, k, a, e, .place))
            let name = Array(sc[a..<b])
            if !texts.contains(name) { texts.append(name) }
        }
        // "X长城": a place read right before 长城.
        for n in mentions.indices where mentions[n].type == .place && mentions[n].end - mentions[n].start >= 2 {
            guard let b0 = mentions[n].surface.utf8.first, b0 >= 0xE3, let (k, sc, a, b) = s51bRunOf(n), Self.l28At(sc, b, Self.s53aWall) else { continue }
            put(k, sc, a, b + 2, l28MentionsIn(k))
        }
        for k in 0..<tokenCount where caves && tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 3) else { continue }
            var inRun: [(n: Int, a: Int, b: Int)]?
            @inline(__always) func bound(_ a: Int) -> Bool {
                a == 0 || Self.l30HanNameStops.contains(Self.hanCode(sc[a - 1]))
                    || inRun!.contains(where: { $0.b == a && (mentions[$0.n].type == .place || mentions[$0.n].type == .country) })
            }
            for p in 1..<sc.count {
                let c = Self.hanCode(sc[p])
                if c == Self.s53aCave.value {
                    if p + 1 < sc.count, Self.s51bIs(sc[p + 1], "区") { continue }
                    if inRun == nil { inRun = l28MentionsIn(k) }
                    if Self.s51bIs(sc[p - 1], "石") {
                        // "X石窟": two to four characters from a bound.
                        var a = p - 1
                        while a > 0, p - 1 - a < 4, !bound(a) { a -= 1 }
                        guard p - 1 - a >= 2, bound(a) else { continue }
                        put(k, sc, a, p + 1, inRun!)
                    } else if p >= 2 {
                        // "X窟": the two characters before it.
                        let a = p - 2
                        guard !Self.s53aCaveGeneric.contains(Self.hanCode(sc[p - 1])), !Self.s53aCaveGeneric.contains(Self.hanCode(sc[a])),
                              !Self.l30HanNameStops.contains(Self.hanCode(sc[p - 1])), !Self.l30HanNameStops.contains(Self.hanCode(sc[a])),
                              sc[a].properties.numericType == nil, sc[p - 1].properties.numericType == nil else { continue }
                        put(k, sc, a, p + 1, inRun!, withPlace: true)
                    }
                } else if c == 0x5343, Self.l28At(sc, p, Self.s53aQianFoDong) {   // 千
                    if inRun == nil { inRun = l28MentionsIn(k) }
                    var a = p
                    while a > 0, p - a < 3, !bound(a) { a -= 1 }
                    guard p - a >= 1, bound(a) else { continue }
                    put(k, sc, a, p + 3, inRun!)
                }
            }
        }
        guard !fixes.isEmpty, caves else { s51bApplyHan(fixes); return }
        // Every other occurrence of a site's name.
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 3) else { continue }
            var inRun: [(n: Int, a: Int, b: Int)]?
            for t in texts {
                var p = 0
                while p + t.count <= sc.count {
                    defer { p += 1 }
                    guard sc[p] == t[0], Self.l28At(sc, p, t), !taken.contains(tokens[k].start + p) else { continue }
                    if inRun == nil { inRun = l28MentionsIn(k) }
                    put(k, sc, p, p + t.count, inRun!)
                }
            }
        }
        s51bApplyHan(fixes)
        // A site read here inside a longer place's name read elsewhere ("敦煌莫高窟" … "莫高窟") is that place.
        for n in mentions.indices where mentions[n].type == .place && mentions[n].known == nil {
            let x = mentions[n].surface
            guard texts.contains(where: { $0.count == x.unicodeScalars.count && String(String.UnicodeScalarView($0)) == x }),
                  let j = firstMentionIndex(where: { $0.type == .place && $0.surface.count > x.count && $0.surface.hasSuffix(x) }) else { continue }
            mentions[n].words = mentions[j].words
        }
    }

    static let s53aStationJoiners = HanCharSet("和与及、")
    /// Characters before 站 that make a generic station (火车站, 加油站, 服务站, 观测站 …).
    static let s53aStationGeneric = HanCharSet("车铁油务电水测作点口运客货收")
    static let s53aStation: Unicode.Scalar = "站"

    /// "敦煌莫高国际机场和柳园站": see the file's comment.
    mutating func s53aHanListedStations() {
        guard hanArticleHasAny("站") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for n in mentions.indices where mentions[n].type == .place {
            guard let b0 = mentions[n].surface.utf8.first, b0 >= 0xE3, let (k, sc, _, b) = s51bRunOf(n), b + 3 < sc.count,
                  Self.s53aStationJoiners.contains(Self.hanCode(sc[b])) else { continue }
            let a = b + 1
            guard let z = [a + 2, a + 3].first(where: { $0 < sc.count && sc[$0] == Self.s53aStation }),
                  !Self.s53aStationGeneric.contains(Self.hanCode(sc[z - 1])),
                  !(a..<z).contains(where: { Self.l30HanNameStops.contains(Self.hanCode(sc[$0])) }) else { continue }
            let (s, e) = (tokens[k].start + a, tokens[k].start + z + 1)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.start < s || $0.end > e || $0.type != .place) }) { continue }
            fixes.append((nil, k, a, z + 1, .place))
        }
        s51bApplyHan(fixes)
    }

    static let s53aBodyEnds = l28Words(["大学", "基金会"])
    static let s53aStateOpeners = l28Words(["国家", "国立", "州立", "联邦", "皇家", "国际"])
    static let s53aChina = Array("中国".unicodeScalars)

    /// "与美国X基金会和美国Y大学合作": see the file's comment.
    mutating func s53aHanForeignBodies() {
        guard hanArticleHasAny("学会") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for n in mentions.indices where mentions[n].type == .organization && mentions[n].known == nil {
            guard let b0 = mentions[n].surface.utf8.first, b0 >= 0xE3, let (k, sc, a, b) = s51bRunOf(n), b - a >= 6,
                  Self.s53aBodyEnds.contains(where: { Self.l28At(sc, b - $0.count, $0) }) else { continue }
            let s = mentions[n].start
            guard let c = firstMentionIndex(where: { $0.type == .country && $0.start == s && $0.end < mentions[n].end }) else { continue }
            let x = a + (mentions[c].end - s)
            guard !Self.l28At(sc, a, Self.s53aChina), !Self.s53aStateOpeners.contains(where: { Self.l28At(sc, x, $0) }) else { continue }
            // (Only a country the article names nowhere but before bodies: one it names alone is the news's setting, and
            // its bodies keep it, "智利X大学" in a report from Chile.)
            let cs = mentions[c].surface
            if anyMention(where: { m in m.type == .country && m.surface == cs
                && !anyMention(where: { $0.type == .organization && $0.start == m.start && $0.end > m.end }) }) { continue }
            let end = Self.s53aBodyEnds.first(where: { Self.l28At(sc, b - $0.count, $0) })!.count
            guard b - end - x >= 2 else { continue }
            fixes.append((n, k, x, b, .organization))
        }
        s51bApplyHan(fixes)
    }

    static let s53aHalls = l28Words(["图书馆", "博物馆", "美术馆", "档案馆", "科技馆"])
    static let s53aHallFirsts = HanCharSet("图博美档科")

    /// "与法国国家图书馆、英国图书馆合作": see the file's comment.
    mutating func s53aHanCountryLibraries() {
        guard hanArticleHasAny("馆") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for n in mentions.indices where mentions[n].type == .country {
            guard let b0 = mentions[n].surface.utf8.first, b0 >= 0xE3, let (k, sc, a, b) = s51bRunOf(n), b + 3 <= sc.count else { continue }
            var e = -1
            for q in b...min(b + 4, sc.count - 3) where Self.s53aHallFirsts.contains(Self.hanCode(sc[q])) {
                if let h = Self.s53aHalls.first(where: { Self.l28At(sc, q, $0) }) { e = q + h.count; break }
                if Self.l30HanNameStops.contains(Self.hanCode(sc[q])) { break }
            }
            guard e > 0, !(b..<(e - 3)).contains(where: { Self.l30HanNameStops.contains(Self.hanCode(sc[$0])) }) else { continue }
            let (s, end) = (tokens[k].start + a, tokens[k].start + e)
            if anyMention(where: { $0.type != .country && $0.start < end && $0.end > s }) { continue }
            fixes.append((nil, k, a, e, .organization))
        }
        s51bApplyHan(fixes)
    }

    /// "中国科学院紫金山天文台" read as "院紫金山天文台": see the file's comment.
    mutating func s53aHanUnitsOfBodies() {
        guard hanArticleHasAny("院会部局") else { return }
        var bodies: [[Unicode.Scalar]] = []
        for m in mentions where m.type == .organization {
            guard let b0 = m.surface.utf8.first, b0 >= 0xE3 else { continue }
            let u = Array(m.surface.unicodeScalars)
            if u.count >= 3, u.count <= 8, !bodies.contains(u) { bodies.append(u) }
        }
        guard !bodies.isEmpty else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        var units: [(String, String)] = []
        for n in mentions.indices where mentions[n].type == .organization && mentions[n].known == nil {
            guard let b0 = mentions[n].surface.utf8.first, b0 >= 0xE3, let (k, sc, a, b) = s51bRunOf(n), a >= 2 else { continue }
            // A body's name ending one or two characters into this reading, written right before it.
            for u in bodies where u.count < b - a {
                var hit = -1
                for j in 1...2 where a + j - u.count >= 0 && Self.l28At(sc, a + j - u.count, u) { hit = a + j - u.count; break }
                guard hit >= 0 else { continue }
                fixes.append((n, k, hit, b, .organization))
                units.append((hanText(sc, hit + u.count, b - hit - u.count), hanText(sc, hit, b - hit)))
                break
            }
        }
        s51bApplyHan(fixes)
        // The unit read alone elsewhere ("紫金山天文台的团队") is the same body.
        for n in mentions.indices where mentions[n].type == .organization && mentions[n].known == nil {
            if let u = units.first(where: { $0.0 == mentions[n].surface }) { mentions[n].words = [u.1] }
        }
    }

    /// "智利科学、技术、知识和创新部部长": see the file's comment.
    mutating func s53aHanEnumeratedMinistries() {
        guard hanArticleHasAny("部") else { return }
        var fixes: [(Int, Mention)] = []
        for n in mentions.indices where mentions[n].type == .organization && mentions[n].known == nil && mentions[n].surface.hasSuffix("部")
            && mentions[n].surface.contains("、") {
            // The country right before the enumeration ("阿根廷科学、技术和创新部").
            let s0 = mentions[n].start
            if let c = firstMentionIndex(where: { $0.type == .country && $0.end == s0 }), let b0 = mentions[c].surface.utf8.first, b0 >= 0xE3 {
                var m = mentions[n]
                m.start = mentions[c].start
                m.surface = mentions[c].surface + mentions[n].surface
                m.words = [m.surface]
                m.firstToken = -1
                m.lastToken = -1
                fixes.append((n, m))
                continue
            }
            guard let k0 = l28TokenAt(mentions[n].start), tokens[k0].start == mentions[n].start, k0 >= 2, textIsMark(k0 - 1, "、"),
                  tokens[k0 - 2].script == .han, let sc = l28Run(k0 - 2) else { continue }
            // The item before "、": the run's last one to four characters, right after a country read in the run.
            let st = tokens[k0 - 2].start
            guard let c = firstMentionIndex(where: { $0.type == .country && $0.start >= st && $0.end < tokens[k0 - 2].end
                && tokens[k0 - 2].end - $0.end <= 4 && $0.end - st >= 0 }) else { continue }
            let p = mentions[c].end - st
            if (p..<sc.count).contains(where: { Self.l30HanNameStops.contains(Self.hanCode(sc[$0])) }) { continue }
            if anyMention(where: { $0.start >= mentions[c].end && $0.start < tokens[k0 - 2].end }) { continue }
            let text = hanText(sc, mentions[c].start - st, sc.count - (mentions[c].start - st)) + tokens[k0 - 1].text + mentions[n].surface
            var m = mentions[n]
            m.start = mentions[c].start
            m.surface = text
            m.words = [text]
            m.firstToken = -1
            m.lastToken = -1
            fixes.append((n, m))
        }
        s53aReplace(fixes)
    }

    static let s53aAreaWords = l28Words(["产区", "茶区", "林区", "牧区", "农区"])

    /// "普洱是中国最大的咖啡产区": see the file's comment.
    mutating func s53aHanProductAreas() {
        guard hanArticleHasAny("区") else { return }
        var drop = Set<Int>()
        for n in mentions.indices where mentions[n].type == .place && mentions[n].known == nil {
            let u = Array(mentions[n].surface.unicodeScalars)
            guard u.count >= 4, u.count <= 5, let w = Self.s53aAreaWords.first(where: { Self.l28At(u, u.count - 2, $0) }) else { continue }
            let x = Array(u[0..<(u.count - w.count)])
            // The product's word standing free (no reading over it) twice elsewhere in the article.
            var free = 0
            for k in 0..<tokenCount where tokens[k].script == .han && free < 2 {
                guard let sc = l28Run(k, atLeast: x.count) else { continue }
                var p = 0
                while p + x.count <= sc.count, free < 2 {
                    defer { p += 1 }
                    guard sc[p] == x[0], Self.l28At(sc, p, x) else { continue }
                    let (s, e) = (tokens[k].start + p, tokens[k].start + p + x.count)
                    if !anyMention(where: { $0.start < e && $0.end > s }) { free += 1 }
                }
            }
            if free >= 2 { drop.insert(n) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s53aBodyHeads = l28Words(["天文台", "研究所", "研究中心", "基金会", "纪念馆", "博物馆", "医院", "大学", "学院"])
    static let s53aBodyHeadFirsts = HanCharSet("天研基纪博医大学")

    /// "位于X山的薇拉·鲁宾天文台 … 鲁宾天文台副主任": see the file's comment.
    mutating func s53aHanNamedAfterPersons() {
        guard hanArticleHasAny("台所心会馆院学") else { return }
        var fixes: [(Int, Mention)] = []
        var names: [(String, String)] = []
        for n in mentions.indices where mentions[n].type == .person && mentions[n].known == nil {
            let s = mentions[n].surface
            guard s.unicodeScalars.contains(where: { $0 == "·" || $0 == "・" }), let b0 = s.utf8.first, b0 >= 0xE3,
                  let k = l28TokenAt(mentions[n].end - 1), tokens[k].script == .han, let sc = l28Run(k) else { continue }
            let b = mentions[n].end - tokens[k].start
            guard b < sc.count, Self.s53aBodyHeadFirsts.contains(Self.hanCode(sc[b])),
                  let h = Self.s53aBodyHeads.first(where: { Self.l28At(sc, b, $0) }) else { continue }
            let (st, end) = (mentions[n].end, mentions[n].end + h.count)
            if anyMention(where: { $0.start < end && $0.end > st && $0.type != .person }) { continue }
            let text = s + hanText(sc, b, h.count)
            var m = mentions[n]
            m.end = end
            m.type = .organization
            m.evidence = .cue
            m.surface = text
            m.words = [text]
            m.firstToken = -1
            m.lastToken = -1
            fixes.append((n, m))
            // The name's last part and the head read elsewhere ("鲁宾天文台") is the same body.
            if let last = s.split(whereSeparator: { $0 == "·" || $0 == "・" }).last { names.append((String(last) + hanText(sc, b, h.count), text)) }
        }
        guard !fixes.isEmpty else { return }
        s53aReplace(fixes)
        for n in mentions.indices where mentions[n].type == .organization && mentions[n].known == nil {
            if let u = names.first(where: { $0.0 == mentions[n].surface }) { mentions[n].words = [u.1] }
        }
    }

    static let s53aLandforms = l28Words(["沙漠", "高原", "盆地", "山脉", "半岛", "平原", "草原"])
    static let s53aDiqu = Array("地区".unicodeScalars)

    /// "阿塔卡马沙漠 … 阿塔卡马地区": see the file's comment.
    mutating func s53aHanLandformAreas() {
        guard hanArticleHasAny("区") else { return }
        var stems: [[Unicode.Scalar]] = []
        for m in mentions where m.type == .place {
            let u = Array(m.surface.unicodeScalars)
            guard u.count >= 4, let w = Self.s53aLandforms.first(where: { Self.l28At(u, u.count - 2, $0) }) else { continue }
            let x = Array(u[0..<(u.count - w.count)])
            if !stems.contains(x) { stems.append(x) }
        }
        guard !stems.isEmpty else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 4) else { continue }
            for x in stems {
                var p = 0
                while p + x.count + 2 <= sc.count {
                    defer { p += 1 }
                    guard sc[p] == x[0], Self.l28At(sc, p, x), Self.l28At(sc, p + x.count, Self.s53aDiqu) else { continue }
                    let (s, e) = (tokens[k].start + p, tokens[k].start + p + x.count + 2)
                    if anyMention(where: { $0.start < e && $0.end > s && ($0.start < s || $0.end > e || $0.type != .place) }) { continue }
                    if anyMention(where: { $0.start == s && $0.end == e }) { continue }
                    fixes.append((nil, k, p, p + x.count + 2, .place))
                }
            }
        }
        s51bApplyHan(fixes)
    }

    static let s53aAutonomousPrefecture = Array("自治州".unicodeScalars)
    static let s53aShi: Unicode.Scalar = "市"

    /// "德宏傣族景颇族自治州芒市和临沧市": see the file's comment.
    mutating func s53aHanOneCharacterCities() {
        guard hanArticleHasAny("州") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for n in mentions.indices where mentions[n].type == .place && mentions[n].surface.hasSuffix("自治州") {
            guard let (k, sc, _, b) = s51bRunOf(n), b + 2 <= sc.count, sc[b + 1] == Self.s53aShi,
                  !Self.l30HanNameStops.contains(Self.hanCode(sc[b])), b + 2 == sc.count || Self.s53aStationJoiners.contains(Self.hanCode(sc[b + 2]))
                    || Self.l30HanNameStops.contains(Self.hanCode(sc[b + 2])) else { continue }
            let (s, e) = (tokens[k].start + b, tokens[k].start + b + 2)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            fixes.append((nil, k, b, b + 2, .place))
        }
        s51bApplyHan(fixes)
    }

    static let s53aLocated = Array("位于".unicodeScalars)
    static let s53aCompass = l28Words(["东北部", "西北部", "东南部", "西南部", "北部", "南部", "东部", "西部", "中部"])
    static let s53aPeaks = HanCharSet("山峰")
    static let s53aPeakGeneric = HanCharSet("高大群深雪火冰矿荒青")

    /// "位于智利北部帕穹山的X天文台": see the file's comment.
    mutating func s53aHanLocatedMountains() {
        guard hanArticleHasAny("位") else { return }
        var fixes: [(n: Int?, k: Int, a: Int, b: Int, type: EntityType)] = []
        for n in mentions.indices where mentions[n].type == .country || mentions[n].type == .place {
            guard let b0 = mentions[n].surface.utf8.first, b0 >= 0xE3, let (k, sc, a, b) = s51bRunOf(n), a >= 2, Self.l28At(sc, a - 2, Self.s53aLocated),
                  let w = Self.s53aCompass.first(where: { Self.l28At(sc, b, $0) }) else { continue }
            let x = b + w.count
            guard let z = [x + 2, x + 3].first(where: { $0 + 1 < sc.count && Self.s53aPeaks.contains(Self.hanCode(sc[$0])) && Self.s51bIs(sc[$0 + 1], "的") }),
                  !(x..<z).contains(where: { Self.l30HanNameStops.contains(Self.hanCode(sc[$0])) || Self.s53aPeakGeneric.contains(Self.hanCode(sc[$0])) }) else { continue }
            let (s, e) = (tokens[k].start + x, tokens[k].start + z + 1)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.start < s || $0.end > e || $0.type != .place) }) { continue }
            fixes.append((nil, k, x, z + 1, .place))
        }
        s51bApplyHan(fixes)
    }

    /// Verbs of going before a route's name ("经中老铁路运抵", "沿X公路"): S49b's country-pair roads read after them too.
    static let s53aHanRouteVerbs = HanCharSet("经沿乘")

    /// Each fix (mention `n` and its new reading) replaces `n` and every other mention but a country's that overlaps the
    /// new reading; nothing when there is no fix.
    mutating func s53aReplace(_ fixes: [(Int, Mention)]) {
        guard !fixes.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (n, m) in fixes {
            drop.insert(n)
            for j in mentions.indices where j != n && mentions[j].type != .country && mentions[j].start < m.end && mentions[j].end > m.start { drop.insert(j) }
            added.append(m)
        }
        replaceMentions(removing: drop, adding: added)
    }
}
