import Foundation

/// Session 52 (a): Arabic places with a water's or a site's noun, places named bare after their noun's form, persons cut
/// or run on, bodies read too long or too short, and the news agencies' two names (the tests use other texts and names).
/// - a person's reading (not known) that runs over a stopword ("X Y Z إن نجاح المشروع") ends before it; a nasab read from
///   "بن"/"بنت" ("بنت X بن Y آل Z") takes the given name right before it (no title, no head, no stopword);
/// - a water's noun ("شط", "خور", with a clitic: "لشط X") + a name word ("خور X", the name definite or a compound given
///   name "عبدالله") is one place;
/// - a place read as "جزيرة X" or "مدينة X" (X definite) and X read alone elsewhere are one place named X
///   (`s50aArabicAreaNameAlone` with those nouns); a site's descriptive adjective after "مدينة X" ("الأثرية",
///   "التاريخية") is no part of its name;
/// - a museum's noun ("متحف", "متاحف") + a country or a place read there (+ "الوطني") is a body; "مجلس أمناء X": the
///   board is none, X the body; "جامعة X" + a country's adjective, X a foreign name with no article ("جامعة X
///   الدنماركية"), is the university named "جامعة X" (the country kept apart);
/// - a department's noun + a definite word before "في" + a body ("إدارة الآثار في X") is a body of its own;
/// - "شرطة" right before a place read there ("شرطة X") is a body;
/// - a road read as "طريق X" before "السريع"/"الدائري" is one place with that adjective; the road's definite noun + a
///   highway's adjective ("الطريق الصحراوي", "الطريق الدائري" + a compass word) is one place (the short form and the
///   one with the compass word one road);
/// - names joined by و after "مثل" that follows a plural noun of places ("مواقع قريبة مثل X وY وعين Z") are places; a
///   compound "X الدين" between two places of a و-list ("وبغداد وصلاح الدين ونينوى") is a place; the last name of a
///   و-list read over a present verb before a preposition ("وتشابهار تنافس على") ends before it;
/// - an adverbial "وصولا"/"انطلاقا"/"مرورا" is no place; a definite site's noun + "القديم" ("الميناء القديم") is no name;
/// - a news agency's dateline acronym ("/ وام /", "(كونا)") and its full name ("وكالة أنباء الإمارات") are one body:
///   a table gives each acronym its country's word, found in the full name; a full name followed by "(X)" is X too.
/// Changes to older rules and data, for the same causes:
/// - `h36ArabicRoles` takes occupations before a name ("الصياد", "المزارع", "التاجر", "السائق" …), and its name reads on
///   over the second word of "عبد X" (no family name there: "التاجر عبد القادر حسن نور" is no "عبد القادر");
/// - countries.json: Denmark's Arabic name and nisba ("الدنماركية"), South Korea's adjective ("الكورية الجنوبية").
///
/// `refineS52a` runs after `refineS51c` (before `refineCP15`), Arabic only. Cost: each rule is gated on its trigger keys
/// (`articleHas`: the nouns, the adverbs, "مثل", "الدين", "القديم", "وكالة") or visits the mentions of one type only;
/// the token rules then read a few tokens after each hit.
extension NameFinder {
    mutating func refineS52a() {
        guard tokenCount > 2, language == "ar" else { return }
        s52aPersonStops()
        s52aNasabGivenNames()
        s52aWaterPlaces()
        s52aSiteAdjectives()
        s50aArabicAreaNameAlone(Self.s52aAreaHeads)
        s52aMuseums()
        s52aBoards()
        s52aForeignUniversities()
        s52aDepartments()
        s52aPolice()
        s52aRoadAdjectives()
        s52aListsAfterLike()
        s52aAdverbsNoPlaces()
        s52aListedDinNames()
        s52aListEndVerbs()
        s52aOldSites()
        s52aNamedHighways()
        s52aAgencies()
    }

    // MARK: - Persons

    /// Words that end a person's name, as written (their folded keys are names' too: "أن"/"آن", "على"/"علي").
    /// (The speech particles only: a name read over "في X" is some other cause's, "معرض تصوير: الفنون الحديثة في الرياض".)
    static let s52aPersonStopTexts: Set<String> = ["إن", "أن", "إنه", "إنها", "أنه", "أنها"]

    /// "الدكتور X Y Z إن نجاح المشروع": see the file's comment.
    mutating func s52aPersonStops() {
        var fixes: [(Int, Int, Int)] = []
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil && mentions[i].words.count >= 3 {
            guard let (a, z) = seedSpan(i), h36Arabic(a), z - a >= 2,
                  let cut = ((a + 2)...z).first(where: { Self.s52aPersonStopTexts.contains(tokens[$0].text) }) else { continue }
            let (s, e) = (mentions[i].start, tokens[cut - 1].end)
            if anyMention(where: { $0.type == .person && $0.start == s && $0.end == e }) { drop.insert(i); continue }
            guard mentions[i].start == tokens[a].start else { continue }
            fixes.append((i, a, cut))
        }
        if !drop.isEmpty { replaceMentions(removing: drop); return }
        replaceEach(fixes, type: .person)
    }

    static let s52aSon = h18Keys(["بن", "بنت"])
    /// "عبد" before a given name's second word (`h36ArabicRolePersons` reads on over it).
    static let s52aAbd = h18Keys(["عبد"])

    /// "سعادة الشيخة X بنت Y بن Z آل W": see the file's comment.
    mutating func s52aNasabGivenNames() {
        guard articleHas(Self.s52aSon) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), a >= 1, z > a, mentions[i].start == tokens[a].start, h23Key(a, Self.s52aSon),
                  tokens[a].spaceBefore else { continue }
            let p = a - 1
            guard h36Arabic(p), s41ArabicNameWord(p), !arabicFlags(p).contains(.head), !arabicFlags(p).contains(.orgHead),
                  !h23Key(p, Self.h36ArabicRoyals), h36CliticPrefix(p, Self.h36ArabicRoles) == nil,
                  !anyMention(where: { $0.start < tokens[p].end && $0.end > tokens[p].start }) else { continue }
            fixes.append((i, p, z + 1))
        }
        replaceEach(fixes, type: .person)
    }

    // MARK: - Places

    static let s52aWaterHeads = H36Heads(["شط", "خور"])
    /// Common nouns after a water's noun ("شط النهر"): no names.
    static let s52aWaterNotNames = h18Keys(["النهر", "الوادي", "البحيرة", "القناة", "الخليج", "الميناء"])
    static let s52aCompoundGiven = h18Keys(["عبدالله", "عبدالرحمن", "عبدالعزيز", "عبدالرحيم", "عبدالملك"])

    /// "لشط العرب", "في خور عبدالله": see the file's comment.
    mutating func s52aWaterPlaces() {
        let heads = Self.s52aWaterHeads
        guard articleHas(heads.set) else { return }
        var puts: [(Int, Int, Int)] = []
        for k in 0..<(tokenCount - 1) where h36Arabic(k) {
            guard let skip = h36CliticPrefix(k, heads), skip <= 1 else { continue }
            let p = k + 1
            guard h36Arabic(p), tokens[p].spaceBefore, s41ArabicNameWord(p), !arabicFlags(p).contains(.head),
                  !Self.s49aFeatureNotNames.contains(tokens[p]), !Self.s52aWaterNotNames.contains(tokens[p]),
                  isArabicDefinite(p) && PlainText.count(tokens[p].key) >= 5 || h23Key(p, Self.s52aCompoundGiven) else { continue }
            let (s, e) = (tokens[k].start + skip, tokens[p].end)
            // (A name like a nisba only when the article reads it as a place elsewhere, as `s49aArabicFeatureHeads`.)
            if h36Nisba(p), !s49aPlaceElsewhere(tokens[p].key, apartFrom: s, e) { continue }
            if anyMention(where: { $0.start < e && $0.end > s && ($0.type == .place && $0.start <= s && $0.end >= e || $0.start < s || $0.end > e) }) { continue }
            puts.append((k, p + 1, skip))
        }
        for (a, b, skip) in puts { h27Replace(a, b, with: h36Mention(a, b, skip: skip, type: .place), overKnown: true) }
    }

    static let s52aAreaHeads = H36Heads(["جزيرة", "مدينة"])
    static let s52aSiteAdjectiveWords = h18Keys(["الأثرية", "الأثري", "التاريخية", "التاريخي"])

    /// "مدينة X الأثرية": see the file's comment.
    mutating func s52aSiteAdjectives() {
        guard articleHas(Self.s52aSiteAdjectiveWords) else { return }
        var fixes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil && mentions[i].words.count == 3 {
            guard let (a, z) = seedSpan(i), z == a + 2, let skip = h36CliticPrefix(a, Self.s52aAreaHeads),
                  mentions[i].start == tokens[a].start + skip, h23Key(z, Self.s52aSiteAdjectiveWords) else { continue }
            fixes.append((i, h36Mention(a, z, skip: skip, type: .place)))
        }
        guard !fixes.isEmpty else { return }
        for (i, m) in fixes {
            var m = m
            m.placeContext = true
            mentions[i] = m
        }
    }

    static let s52aRoadHeads = H36Heads(["طريق"])
    static let s52aRoadAdjectiveWords = h18Keys(["السريع", "الدائري"])

    /// "طريق X السريع": see the file's comment.
    /// (S53a: with a compass's or a kind's adjective after a road named by its ends, "طريق X - Y الغربي".)
    mutating func s52aRoadAdjectives(_ words: KeySet = Self.s52aRoadAdjectiveWords, most: Int = 2) {
        guard articleHas(words) else { return }
        var fixes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, z - a <= most, let skip = h36CliticPrefix(a, Self.s52aRoadHeads),
                  mentions[i].start == tokens[a].start + skip, mentions[i].end == tokens[z].end,
                  h23Key(z + 1, words), tokens[z + 1].spaceBefore else { continue }
            var m = h36Mention(a, z + 2, skip: skip, type: .place)
            m.placeContext = true
            m.route = mentions[i].route
            // (A route's ends read inside it stay: S53a.)
            if m.route { mentions[i] = m; continue }
            fixes.append((i, m))
        }
        s50aReplace(fixes)
    }

    static let s52aLike = h18Keys(["مثل", "ومثل", "منها"])
    static let s52aLikeWord = h18Keys(["مثل", "ومثل"])
    static let s52aPluralSites = h18Keys(["مواقع", "مدن", "قرى", "مناطق", "بلدات", "جزر", "المواقع", "المدن", "القرى", "المناطق", "البلدات",
        "الجزر", "بمواقع", "بمدن", "بقرى", "بمناطق", "ومواقع", "ومدن", "وقرى", "ومناطق", "لمواقع", "لمدن", "لقرى"])

    /// "في مواقع قريبة منها مثل X وY وعين Z": see the file's comment.
    mutating func s52aListsAfterLike() {
        guard articleHas(Self.s52aLikeWord), articleHas(Self.s52aPluralSites) else { return }
        var lists: [[(Int, Int, Int)]] = []
        for k in 1..<(tokenCount - 2) where h23Key(k, Self.s52aLikeWord) {
            // The plural noun of places up to four words before it (no punctuation between).
            var found = false
            var q = k - 1
            while q >= 0, k - q <= 4, h36Arabic(q) {
                if h23Key(q, Self.s52aPluralSites) { found = true; break }
                q -= 1
            }
            guard found else { continue }
            var items: [(Int, Int, Int)] = []
            var p = k + 1
            while p < tokenCount, items.count < 6, h36Arabic(p), tokens[p].spaceBefore {
                let clitic = items.isEmpty ? 0 : 1
                if clitic == 1, !s51aWaw(p) { break }
                if clitic == 0, s51aWaw(p) { break }
                guard s51aListWord(p, clitic: clitic) || h23Key(p, Self.h36ArabicCompoundFirst) || clitic == 1 && PlainText.count(tokens[p].key) >= 3
                        && h23Key(p, Self.s52aCompoundFirstWaw) else { break }
                // A compound's first word ("عين", "وعين", "أبو") takes the next word.
                let compound = h23Key(p, Self.h36ArabicCompoundFirst) || clitic == 1 && h23Key(p, Self.s52aCompoundFirstWaw)
                let end = compound && p + 1 < tokenCount && h36Arabic(p + 1) && tokens[p + 1].spaceBefore && !h36Stop(p + 1) ? p + 2 : p + 1
                items.append((p, end, clitic))
                p = end
            }
            guard items.count >= 2 else { continue }
            // The list ends at punctuation or the text's end.
            guard p >= tokenCount || tokens[p].kind == .punct else { continue }
            let clash = items.contains { (a, b, skip) in
                let (s, e) = (tokens[a].start + skip, tokens[b - 1].end)
                return anyMention(where: { $0.start < e && $0.end > tokens[a].start && ($0.type == .person || $0.type == .organization || $0.start < s || $0.end > e) })
            }
            if clash { continue }
            lists.append(items)
        }
        for items in lists { h36PutPlaceList(items) }
    }

    static let s52aCompoundFirstWaw = h18Keys(["وعين", "وأبو", "وأم", "ورأس", "وبئر", "وتل", "وجبل", "ودير", "وبني", "وكفر", "ووادي"])

    static let s52aAdverbs = h18Keys(["وصولا", "انطلاقا", "مرورا", "وانطلاقا", "ومرورا"])

    /// "… ونينوى وصولا إلى …": see the file's comment.
    mutating func s52aAdverbsNoPlaces() {
        guard articleHas(Self.s52aAdverbs) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), a == z, h23Key(a, Self.s52aAdverbs) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s52aDin = h18Keys(["الدين"])

    /// "وبغداد وصلاح الدين ونينوى": a compound given name "X الدين" (و before it) between two places of a و-list (or
    /// last, before punctuation) is a place.
    mutating func s52aListedDinNames() {
        guard articleHas(Self.s52aDin) else { return }
        var items: [(Int, Int, Int)] = []
        for k in 1..<(tokenCount - 1) where h23Key(k + 1, Self.s52aDin) && h36Arabic(k) && s51aWaw(k) && tokens[k + 1].spaceBefore {
            guard PlainText.count(tokens[k].key) >= 4, s41ArabicNameWord(k) else { continue }
            let (ps, pe) = (tokens[k - 1].start, tokens[k - 1].end)
            guard anyMention(where: { $0.type == .place && $0.start < pe && $0.end > ps && $0.end <= tokens[k].start }) else { continue }
            let n = k + 2
            let after = n >= tokenCount || tokens[n].kind == .punct
                || h36Arabic(n) && s51aWaw(n) && anyMention(where: { $0.type == .place && $0.start < tokens[n].end && $0.end > tokens[n].start })
            guard after, !anyMention(where: { $0.start < tokens[k + 1].end && $0.end > tokens[k].start }) else { continue }
            items.append((k, k + 2, 1))
        }
        if !items.isEmpty { h36PutPlaceList(items) }
    }

    static let s52aVerbAfterPrepositions = h18Keys(["على", "في", "إلى", "من", "مع", "عن"])

    /// "في بندر عباس وتشابهار تنافس على التجارة": a place (not known) read as the last name of a و-list and a word with
    /// no article that opens like a present verb (ت…, ي…) before a preposition ends before that word.
    mutating func s52aListEndVerbs() {
        var fixes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil && mentions[i].words.count == 2 {
            guard let (a, z) = seedSpan(i), z == a + 1, mentions[i].start == tokens[a].start + 1, s51aWaw(a), h36Arabic(z),
                  !Self.h36HasArticle(tokens[z].key), h23Key(z + 1, Self.s52aVerbAfterPrepositions),
                  let f = tokens[z].key.unicodeScalars.first, f == "ت" || f == "ي", PlainText.count(tokens[z].key) >= 4 else { continue }
            var m = h36Mention(a, a + 1, skip: 1, type: .place)
            m.placeContext = true
            fixes.append((i, m))
        }
        for (i, m) in fixes { mentions[i] = m }
    }

    static let s52aOld = h18Keys(["القديم", "القديمة"])
    static let s52aDefiniteSiteNouns = h18Keys(["الميناء", "المدينة", "الموقع", "السوق", "القرية", "الجزيرة", "المطار", "الحي", "السور",
        "القصر", "المسجد", "الجسر", "المرفأ", "القلعة", "البلدة"])

    /// "بين الميناء القديم والسور الداخلي": a definite site's noun + "القديم" is no name.
    mutating func s52aOldSites() {
        guard articleHas(Self.s52aOld) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil && mentions[i].words.count == 2 {
            guard let (a, z) = seedSpan(i), z == a + 1, mentions[i].start == tokens[a].start, h23Key(a, Self.s52aDefiniteSiteNouns),
                  h23Key(z, Self.s52aOld) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s52aTheRoad = H36Heads(["الطريق"])
    static let s52aHighwayAdjectives = h18Keys(["الصحراوي", "الدائري", "الساحلي"])
    static let s52aCompassAdjectives = h18Keys(["الغربي", "الشرقي", "الشمالي", "الجنوبي"])

    /// "بمحاذاة الطريق الصحراوي", "على الطريق الدائري الشمالي": the road's definite noun + a highway's adjective (+ a
    /// compass adjective) is one place.
    mutating func s52aNamedHighways() {
        guard articleHas(Self.s52aHighwayAdjectives), articleHas(Self.s52aTheRoad.set) else { return }
        var puts: [(Int, Int, Int)] = []
        for k in 0..<(tokenCount - 1) where h36Arabic(k) && h23Key(k + 1, Self.s52aHighwayAdjectives) && tokens[k + 1].spaceBefore {
            guard let skip = h36CliticPrefix(k, Self.s52aTheRoad), skip <= 1 else { continue }
            var b = k + 2
            if h23Key(b, Self.s52aCompassAdjectives), tokens[b].spaceBefore { b += 1 }
            let (s, e) = (tokens[k].start + skip, tokens[b - 1].end)
            if anyMention(where: { $0.start < e && $0.end > s && $0.type != .country }) { continue }
            puts.append((k, b, skip))
        }
        // (The road named short and with its compass word in one article is one road: "الطريق الصحراوي الغربي" … "الطريق
        // الصحراوي".)
        var made = puts.map { h36Mention($0.0, $0.1, skip: $0.2, type: .place) }
        for x in made.indices where made[x].words.count == 2 {
            if let y = made.indices.first(where: { made[$0].words.count == 3 && PhraseMatcher.same(made[$0].words[1], made[x].words[1]) }) {
                made[x].words = made[y].words
            }
        }
        for (n, (a, b, _)) in puts.enumerated() { h27Replace(a, b, with: made[n]) }
    }

    // MARK: - Bodies

    static let s52aMuseumHeads = H36Heads(["متحف", "متاحف"])
    static let s52aNational = h18Keys(["الوطني", "الوطنية"])

    /// "أعلنت متاحف X", "في متحف X الوطني": see the file's comment.
    /// (S53a: also "المتحف" + a country's adjective + "الكبير", with its own heads and adjectives.)
    mutating func s52aMuseums(_ heads: H36Heads = Self.s52aMuseumHeads, adjectives: KeySet = Self.s52aNational) {
        guard articleHas(heads.set) else { return }
        var puts: [(Int, Int, Int)] = []
        for k in 0..<(tokenCount - 1) where h36Arabic(k) {
            guard let skip = h36CliticPrefix(k, heads), skip <= 1 else { continue }
            let p = k + 1
            let ps = tokens[p].start
            guard h36Arabic(p), tokens[p].spaceBefore,
                  let j = firstMentionIndex(where: { $0.start == ps && ($0.type == .country || $0.type == .place) }),
                  let (_, z) = seedSpan(j), z - p <= 1 else { continue }
            var b = z + 1
            if h23Key(b, adjectives), tokens[b].spaceBefore { b += 1 }
            let (s, e) = (tokens[k].start + skip, tokens[b - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
            if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s && ($0.start < s || $0.end > e) }) { continue }
            puts.append((k, b, skip))
        }
        for (a, b, skip) in puts { h27Replace(a, b, with: h36Mention(a, b, skip: skip, type: .organization), overKnown: true) }
    }

    static let s52aBoard = h18Keys(["مجلس"])
    static let s52aTrustees = h18Keys(["أمناء"])

    /// "رئيس مجلس أمناء X": see the file's comment.
    mutating func s52aBoards() {
        guard articleHas(Self.s52aTrustees) else { return }
        var fixes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil && mentions[i].words.count >= 3 {
            guard let (a, z) = seedSpan(i), z >= a + 2, mentions[i].start == tokens[a].start, h23Key(a, Self.s52aBoard),
                  h23Key(a + 1, Self.s52aTrustees) else { continue }
            fixes.append((i, mention(a + 2, z + 1, type: .organization, evidence: .cue)))
        }
        s50aReplace(fixes)
    }

    /// "جامعة X الدنماركية": see the file's comment.
    mutating func s52aForeignUniversities() {
        var fixes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil && mentions[i].words.count == 3 {
            guard let (a, z) = seedSpan(i), z == a + 2, h36CliticPrefix(a, Self.h36ArabicRoyalHeads) != nil,
                  PhraseMatcher.same(mentions[i].words[0], Self.s52aUniversityKey), !Self.h36HasArticle(tokens[a + 1].key),
                  isCountry[z], isArabicDefinite(z), PlainText.hasSuffix(tokens[z].key, "يه") || PlainText.hasSuffix(tokens[z].key, "ية") else { continue }
            guard mentions[i].start == tokens[a].start else { continue }
            fixes.append((i, mention(a, a + 2, type: .organization, evidence: .cue)))
        }
        guard !fixes.isEmpty else { return }
        for (i, m) in fixes { mentions[i] = m }
    }

    static let s52aUniversityKey = TextFolding.key("جامعة")

    static let s52aDepartmentHeads = H36Heads(["إدارة", "قسم"])
    static let s52aIn = h18Keys(["في"])
    /// Titles before a department's name ("مديرة إدارة X في Y": a title, no body).
    static let s52aDepartmentTitles = h18Keys(["مدير", "مديرة", "رئيس", "رئيسة", "نائب", "مساعد"])

    /// "من إدارة الآثار في X": see the file's comment.
    mutating func s52aDepartments() {
        let heads = Self.s52aDepartmentHeads
        guard articleHas(heads.set), articleHas(Self.s52aIn) else { return }
        var puts: [(Int, Int, Int)] = []
        for k in 0..<(tokenCount - 3) where h36Arabic(k) {
            guard let skip = h36CliticPrefix(k, heads), skip <= 1, h36Arabic(k + 1), tokens[k + 1].spaceBefore, isArabicDefinite(k + 1),
                  s41ArabicNameWord(k + 1), !h23Key(k - 1, Self.s52aDepartmentTitles) else { continue }
            // (S53a: a nisba adjective may follow the word, "إدارة الأرصاد الجوية في X".)
            var q = k + 2
            if q + 2 < tokenCount, h36Nisba(q), tokens[q].spaceBefore, isArabicDefinite(q) { q += 1 }
            guard q + 1 < tokenCount, h23Key(q, Self.s52aIn) else { continue }
            let bs = tokens[q + 1].start
            guard anyMention(where: { $0.start == bs && $0.type == .organization }) else { continue }
            let (s, e) = (tokens[k].start + skip, tokens[q - 1].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            puts.append((k, q, skip))
        }
        for (a, b, skip) in puts { h27Replace(a, b, with: h36Mention(a, b, skip: skip, type: .organization)) }
    }

    static let s52aPoliceHeads = H36Heads(["شرطة"])
    static let s52aPoliceBefore = h18Keys(["مديرية", "قيادة", "مركز", "إدارة", "مدير", "قائد"])

    /// "أغلقت شرطة X الطريق": see the file's comment.
    mutating func s52aPolice() {
        let heads = Self.s52aPoliceHeads
        guard articleHas(heads.set) else { return }
        var puts: [(Int, Int, Int)] = []
        for k in 0..<(tokenCount - 1) where h36Arabic(k) {
            guard let skip = h36CliticPrefix(k, heads), skip <= 1, !h23Key(k - 1, Self.s52aPoliceBefore) else { continue }
            let ps = tokens[k + 1].start
            guard tokens[k + 1].spaceBefore, let j = firstMentionIndex(where: { $0.start == ps && $0.type == .place }),
                  let (_, z) = seedSpan(j), z - k <= 2 else { continue }
            let (s, e) = (tokens[k].start + skip, tokens[z].end)
            if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s && ($0.start < s || $0.end > e) }) { continue }
            puts.append((k, z + 1, skip))
        }
        for (a, b, skip) in puts { h27Replace(a, b, with: h36Mention(a, b, skip: skip, type: .organization), overKnown: true) }
    }

    // MARK: - News agencies

    /// Agencies' acronyms and the word of their country in their full names.
    static let s52aAgencyTable: [(String, [String])] = [("وام", ["الإمارات"]), ("قنا", ["القطرية"]), ("كونا", ["الكويتية"]),
        ("واس", ["السعودية"]), ("بنا", ["البحرين"]), ("بترا", ["الأردنية"]), ("واع", ["العراقية"]), ("سانا", ["السورية"]),
        ("وفا", ["الفلسطينية"]), ("العمانية", ["العمانية"]), ("أ ش أ", ["الأوسط"])]   // (S53a: MENA's spaced letters)
    /// The table's keys, folded once.
    static let s52aAgencyKeys: [(String, [String])] = s52aAgencyTable.map { (TextFolding.key($0.0), $0.1.map { TextFolding.key($0) }) }
    static let s52aAgencyHeads = H36Heads(["وكالة"])

    /// "الفجيرة في 7 ديسمبر / وام /" … "لوكالة أنباء الإمارات (وام)": see the file's comment.
    mutating func s52aAgencies() {
        guard articleHas(Self.s52aAgencyHeads.set) else { return }
        var fulls: [Int] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].words.count >= 2 {
            guard let (a, _) = seedSpan(i), h36CliticPrefix(a, Self.s52aAgencyHeads) != nil else { continue }
            fulls.append(i)
        }
        guard !fulls.isEmpty else { return }
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil && mentions[i].words.count <= 3 {
            // (One word, or spaced letters "أ ش أ": S53a.)
            let w = mentions[i].words.count == 1 ? mentions[i].words[0] : mentions[i].words.joined(separator: " ")
            if mentions[i].words.count > 1, mentions[i].words.contains(where: { $0.unicodeScalars.count > 1 }) { continue }
            var target: Int?
            if let t = Self.s52aAgencyKeys.first(where: { PhraseMatcher.same($0.0, w) }) {
                let country = t.1
                let hits = fulls.filter { f in mentions[f].words.contains { x in country.contains { PhraseMatcher.same($0, x) } } }
                if hits.count == 1 { target = hits[0] }
            }
            if target == nil {
                // A full name followed by "(X)" or "«X»".
                target = fulls.first { f in
                    guard let (_, z) = seedSpan(f), z + 3 < tokenCount, tokens[z + 1].kind == .punct, tokens[z + 3].kind == .punct,
                          h36Arabic(z + 2) else { return false }
                    return PhraseMatcher.same(tokens[z + 2].key, w)
                }
            }
            guard let f = target else { continue }
            mentions[i].words = mentions[f].words
            if let k = mentions[f].known { mentions[i].known = k }
        }
    }
}
