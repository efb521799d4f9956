import Foundation

/// Session 50 (a): general causes behind a blind set's English, French and Arabic errors (the tests use other texts and
/// names). Arabic:
/// - a body's head alone, read with its clitic ("بوكالة المحامي": "as the lawyer's agent"), names no body;
/// - a body read up to "الشرق" takes the compass adjective after it ("وكالة أنباء الشرق الأوسط");
/// - "الجزيرة" or "المدينة" alone, read as the known channel or city, is the island or the town the article names with
///   that noun ("جزيرة X", "مدينة X"), no entity of its own;
/// - a place read with a clitic ("بنهر X") is the known place read without it elsewhere ("نهر X");
/// - a bridge's, a corniche's, a fort's or a monastery's noun + a definite name word is a place ("كوبري X");
/// - a district's noun, a compass word and a known town ("حي جنوب X") name a district of their own (compass word kept);
/// - a local body's name (a department, a court, a chamber …) keeps the town after بـ ("دائرة الثقافة بالشارقة":
///   `h42ArabicBodyPlaceCut` cut it before, and kept the clitic before the head), and one read short of it takes it;
/// - a reading that runs on over a participle or an adverbial word ("المنطقة الواقعة", "بالمنطقة وفقا", "جهة بحلول") ends
///   before it (none left with one word);
/// - the UN's name inside a longer body's ("منظمة الأمم المتحدة للتربية …" + a quoted known acronym) is no body apart: the
///   long name is one body, the acronym's;
/// - a place read as "منطقة X" is the place X read alone elsewhere ("السفر إلى X").
/// English:
/// - the dateline's town read as a body ("ST. GEORGE'S, Grenada (AP)") is a place;
/// - "St. X's" + a body's noun ("St. Mary's Hospital") is one body;
/// - a royal title right after "the" before a body's name ("the Princess Royal Hospital") is part of it;
/// - a known body's name + capitalized words ending in a body's noun ("United Nations Development Programme") is
///   another body;
/// - a name read as a place after a company's lowercase noun and before "said" ("operator X said") is that company;
/// - a storm's name alone ("when Beryl struck", after "Hurricane Beryl") is none, and so is "Category" before a number.
/// French:
/// - "usine de <product> de X" is the place X; a place read from "usine de X" before "à <town>" is the firm X;
/// - an unread name right after a desert's or a mountain's lowercase noun ("erg X", "djebel X"), or listed after a
///   verb of passage ("traverse X et Y"), is a place;
/// - a road's code after its lowercase noun ("route territoriale RT1") is a place;
/// - a body's generic noun read with the verb after it ("la Cour rappelle que") is no name.
/// English and French: a city named like its country opening the dateline ("Luxembourg, 7 décembre", "DJIBOUTI, Dec
/// 7") is the city as well as the country, and so is the French "à X".
///
/// `refineS50a` runs after `refineS49c` (before `refineCP15`). Cost: each rule is gated on the article's language and
/// most on their trigger keys (`articleHas`: the heads, الشرق, الجزيرة/المدينة, حي, the adverbial words, الأمم, منطقة,
/// the local and landmark heads, "st", the royal titles, the body nouns, the storm nouns, the verbs of speech, "usine",
/// the landform nouns and the verbs of passage, the road nouns, the French verbs, the city-states); the clitic rule reads
/// the known places' words only when one has two words or more; the rules then read the mentions of one type and one to four tokens around each, or (the heads, the
/// storm nouns, the landform nouns, the verbs) walk the tokens testing one key-set probe each.
extension NameFinder {
    mutating func refineS50a() {
        guard tokenCount > 2 else { return }
        switch language {
        case "ar":
            s50aArabicLoneHeads()
            s50aArabicMiddleEast()
            s50aArabicIslandAnaphora()
            s50aArabicCliticKnownPlaces()
            s50aArabicCompassDistricts()
            s50aArabicAdverbEnds()
            s50aArabicLocalBodyTowns()
            s50aArabicLandmarks()
            s50aArabicUnitedNationsBodies()
            s50aArabicAreaNameAlone()
        case "en" where !mentions.isEmpty:
            s50aLatinDatelineCityStates()
            s50aEnglishDatelineBody()
            s50aEnglishSaintsBodies()
            s50aEnglishRoyalTitleBodies()
            s50aEnglishKnownBodyExtensions()
            s50aEnglishStorms()
            s50aEnglishCompaniesSpeaking()
        case "fr" where !mentions.isEmpty:
            s50aLatinDatelineCityStates()
            s50aFrenchPlants()
            s50aFrenchLandforms()
            s50aFrenchRoadCodes()
            s50aFrenchGenericBodyVerbs()
        default:
            break
        }
    }

    // MARK: - Arabic

    /// Each fix (mention `i`, a new reading built with its clitic left out, which `replaceOverlapping` cannot) replaces
    /// that mention; every other reading it overlaps but a country's gives way.
    mutating func s50aReplace(_ fixes: [(Int, Mention)]) {
        guard !fixes.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, m) in fixes {
            drop.insert(i)
            for j in mentions.indices where j != i && mentions[j].type != .country && mentions[j].start < m.end && mentions[j].end > m.start { drop.insert(j) }
            added.append(m)
        }
        replaceMentions(removing: drop, adding: added)
    }

    static let s50aBodyHeads = H36Heads(["وكالة", "هيئة", "شركة", "وزارة", "مؤسسة", "جمعية", "منظمة", "دائرة", "مصلحة", "إدارة",
        "مديرية", "لجنة", "صندوق", "محكمة", "نقابة", "رابطة"])

    /// "بوكالة المحامي" (as the lawyer's agent), "لشركة": a body's head noun alone (with or without its clitic) is no body.
    mutating func s50aArabicLoneHeads() {
        let heads = Self.s50aBodyHeads
        guard articleHas(heads.set) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil && mentions[i].words.count == 1 {
            guard let (a, z) = seedSpan(i), a == z, h36Arabic(a), h36CliticPrefix(a, heads) != nil else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s50aEast = h18Keys(["الشرق"])
    static let s50aEastAdjectives = h18Keys(["الأوسط", "الأدنى", "الأقصى"])

    /// "لوكالة أنباء الشرق الأوسط": a body (not known) read up to "الشرق" takes the compass adjective right after it.
    mutating func s50aArabicMiddleEast() {
        guard articleHas(Self.s50aEast), articleHas(Self.s50aEastAdjectives) else { return }
        var fixes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, mentions[i].end == tokens[z].end, h23Key(z, Self.s50aEast) else { continue }
            let j = z + 1
            guard h36Arabic(j), tokens[j].spaceBefore, h23Key(j, Self.s50aEastAdjectives) else { continue }
            let clitic = mentions[i].start - tokens[a].start
            guard clitic >= 0, clitic <= 2 else { continue }
            var m = l14DropClitic(mention(a, j + 1, type: .organization, evidence: mentions[i].evidence), clitic)
            m.parenthesized = mentions[i].parenthesized
            fixes.append((i, m))
        }
        s50aReplace(fixes)
    }

    static let s50aAnaphoraWords = h18Keys(["الجزيرة", "المدينة"])
    static let s50aIsland = h18Keys(["الجزيرة"])
    static let s50aIslandHeads = H36Heads(["جزيرة"])
    static let s50aTownHeads = H36Heads(["مدينة"])
    static let s50aChannelNouns = h18Keys(["قناة", "شبكة", "موقع", "لقناة", "بقناة", "وقناة", "صحيفة"])

    /// "سكان الجزيرة" after "جزيرة الدهب": the definite island's (or town's) noun alone, read as the known channel or city,
    /// is that island (town) named again, no entity (not after a channel's noun).
    mutating func s50aArabicIslandAnaphora() {
        guard articleHas(Self.s50aAnaphoraWords) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known != nil && mentions[i].type != .country && mentions[i].words.count == 1 {
            guard let (a, z) = seedSpan(i), a == z, mentions[i].start == tokens[a].start, h23Key(a, Self.s50aAnaphoraWords),
                  !h23Key(a - 1, Self.s50aChannelNouns) else { continue }
            // The noun it stands for, indefinite, heads a place the article reads.
            let heads = h23Key(a, Self.s50aIsland) ? Self.s50aIslandHeads : Self.s50aTownHeads
            let named = mentions.indices.contains { j in
                guard mentions[j].type == .place, mentions[j].words.count >= 2, let (b, _) = seedSpan(j) else { return false }
                return h36CliticPrefix(b, heads) != nil
            }
            if named { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// ب و ل ف ك
    static let s50aCliticScalars: Set<Unicode.Scalar> = ["ب", "و", "ل", "ف", "ك"]

    /// "بنهر النيل" beside "نهر النيل": a place (not known) read with a clitic letter whose words are otherwise those of a
    /// known place's reading is that known place (its clitic dropped).
    mutating func s50aArabicCliticKnownPlaces() {
        var known: [Int] = []
        for j in mentions.indices where mentions[j].type == .place && mentions[j].known != nil && mentions[j].words.count >= 2 { known.append(j) }
        guard !known.isEmpty else { return }
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil && mentions[i].words.count >= 2 {
            let w = mentions[i].words
            guard let first = w[0].unicodeScalars.first, Self.s50aCliticScalars.contains(first),
                  let (a, _) = seedSpan(i), mentions[i].start == tokens[a].start, h36Arabic(a) else { continue }
            let bare = String(w[0].unicodeScalars.dropFirst())
            guard let j = known.first(where: { j in
                let v = mentions[j].words
                return v.count == w.count && PhraseMatcher.same(v[0], bare) && (1..<v.count).allSatisfy { PhraseMatcher.same(v[$0], w[$0]) }
            }) else { continue }
            var m = l14DropClitic(mentions[i], 1)
            m.known = mentions[j].known
            mentions[i] = m
        }
    }

    static let s50aDistrictHeads = H36Heads(["حي"])
    static let s50aCompass = h18Keys(["شمال", "جنوب", "شرق", "غرب", "وسط"])

    /// "حي جنوب الجيزة": a district's noun, a compass word and a known town (one word) are a district of its own, named
    /// with the compass word; the town's reading there goes.
    mutating func s50aArabicCompassDistricts() {
        let heads = Self.s50aDistrictHeads
        guard articleHas(heads.set), articleHas(Self.s50aCompass) else { return }
        var puts: [(Int, Int)] = []
        for k in 0..<(tokenCount - 2) where h36Arabic(k) {
            guard h36CliticPrefix(k, heads) != nil, h36Arabic(k + 1), tokens[k + 1].spaceBefore, h23Key(k + 1, Self.s50aCompass),
                  h36Arabic(k + 2), tokens[k + 2].spaceBefore else { continue }
            let (s, e) = (tokens[k + 2].start, tokens[k + 2].end)
            guard anyMention(where: { $0.type == .place && $0.known != nil && $0.start == s && $0.end == e }),
                  !anyMention(where: { $0.type != .country && $0.start < e && $0.end > s && ($0.start < s || $0.end > e) }) else { continue }
            puts.append((k + 1, k + 3))
        }
        for (a, b) in puts { h27Replace(a, b, with: mention(a, b, type: .place, evidence: .cue), overKnown: true) }
    }

    static let s50aLandmarkHeads = H36Heads(["كوبري", "كورنيش", "قلعة", "دير"])

    /// "قبالة كوبري المنيب", "وكورنيش المعادي", "جنوب قلعة الحصن": a bridge's, a corniche's, a fort's or a monastery's noun
    /// + a definite name word (not a common noun of the sea or the town, no reading over it but an unknown one inside)
    /// is one place.
    /// (`heads`: S51a passes the mountains' plural noun, "جبال X".)
    mutating func s50aArabicLandmarks(_ heads: H36Heads = Self.s50aLandmarkHeads) {
        guard articleHas(heads.set) else { return }
        var puts: [(Int, Int, Int)] = []
        for k in 0..<(tokenCount - 1) where h36Arabic(k) {
            guard let skip = h36CliticPrefix(k, heads), skip <= 1 else { continue }
            let p = k + 1
            guard h36Arabic(p), tokens[p].spaceBefore, isArabicDefinite(p), PlainText.count(tokens[p].key) >= 5, s41ArabicNameWord(p),
                  !Self.s49aFeatureNotNames.contains(tokens[p]), !arabicFlags(p).contains(.head), !arabicFlags(p).contains(.orgHead) else { continue }
            let (s, e) = (tokens[k].start + skip, tokens[p].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.known != nil || $0.start < s || $0.end > e) }) { continue }
            puts.append((k, p + 1, skip))
        }
        for (a, b, skip) in puts { h27Replace(a, b, with: h36Mention(a, b, skip: skip, type: .place)) }
    }

    /// Participles and adverbial words that end a name read on over them.
    static let s50aAdverbs = h18Keys(["الواقعة", "الواقع", "وفقا", "طبقا", "تبعا", "نقلا", "بحلول", "بحسب"])

    /// "المنطقة الواقعة بين …", "بالمنطقة وفقا لـ…", "وجهة بحلول عام …": a reading (not known) that runs on over a
    /// participle of place or an adverbial word ends before it; with fewer than two words left it is none.
    mutating func s50aArabicAdverbEnds() {
        guard articleHas(Self.s50aAdverbs) else { return }
        var drop = Set<Int>()
        var cuts: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country && mentions[i].words.count >= 2 {
            guard let (a, z) = seedSpan(i), h36Arabic(a), let t = ((a + 1)...z).first(where: { h23Key($0, Self.s50aAdverbs) }) else { continue }
            if t - a < 2 { drop.insert(i); continue }
            let clitic = mentions[i].start - tokens[a].start
            guard clitic >= 0, clitic <= 2 else { continue }
            var m = l14DropClitic(mention(a, t, type: mentions[i].type, evidence: mentions[i].evidence), clitic)
            m.placeContext = mentions[i].placeContext
            cuts.append((i, m))
        }
        for (i, m) in cuts { mentions[i] = m }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s50aUNKeys = h18Keys(["الأمم"])
    static let s50aUNHeads = H36Heads(["منظمة", "برنامج", "صندوق", "مفوضية", "مكتب", "وكالة", "بعثة", "هيئة", "قوة", "مؤتمر"])
    static let s50aOpenQuotes = h18Keys(["\"", "«", "“", "(", "/"])

    /// "منظمة الأمم المتحدة للتربية والعلم والثقافة "اليونسكو"", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية /X/": a body's
    /// head, the UN's known name and a ل-phrase (definite words, or joined by "وال") ending at a punctuation mark are one
    /// body, no UN; a known body's name in quotes, slashes or brackets right after it is that body's (the long name its
    /// alias). One that runs on past the phrase ("لإغاثة وتشغيل …") is left unread, the UN's reading inside it dropped.
    mutating func s50aArabicUnitedNationsBodies() {
        guard articleHas(Self.s50aUNKeys), articleHas(Self.s50aUNHeads.set) else { return }
        var fixes: [(Int, Mention)] = []
        var inner = Set<Int>()
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known != nil && mentions[i].words.count == 2 {
            guard let (a, z) = seedSpan(i), mentions[i].start == tokens[a].start, h23Key(a, Self.s50aUNKeys), a >= 1,
                  let skip = h36CliticPrefix(a - 1, Self.s50aUNHeads), skip <= 1 else { continue }
            var b = z + 1
            guard h36Arabic(b), tokens[b].spaceBefore, Self.arabicHasPrefix(tokens[b].key, "ل") else { continue }
            b += 1
            while b < tokenCount, b - z <= 6, h36Arabic(b), tokens[b].spaceBefore, !h36Stop(b), keyStarts(b, "وال") || isArabicDefinite(b) { b += 1 }
            guard b >= tokenCount || tokens[b].kind == .punct else { inner.insert(i); continue }
            var m = h36Mention(a - 1, b, skip: skip, type: .organization)
            // A known body's name in quotes, slashes or brackets right after it.
            if b + 1 < tokenCount, h23Key(b, Self.s50aOpenQuotes), case let s1 = tokens[b + 1].start,
               let j = firstMentionIndex(where: { $0.type == .organization && $0.known != nil && $0.start == s1 }) {
                m.known = mentions[j].known
            }
            fixes.append((i, m))
        }
        if !inner.isEmpty { replaceMentions(removing: inner) }
        guard !fixes.isEmpty else { return }
        // (Indices again after the drop: the fixes' mentions are found by their ranges.)
        s50aReplace(fixes.compactMap { f in
            let (s, e) = (f.1.start, f.1.end)
            return firstMentionIndex(where: { $0.known != nil && $0.type == .organization && $0.start >= s && $0.end <= e && $0.words.count == 2 }).map { ($0, f.1) }
        })
    }

    static let s50aAreaHeads = H36Heads(["منطقة"])

    /// "في منطقة القوقاز" … "السفر إلى القوقاز": a place read as "منطقة" + one definite name word (not a nisba, a plural or a
    /// common word) is that name read alone elsewhere (no reading there yet): both are the place, named without the noun.
    /// (S52a asks the same of "جزيرة X" and "مدينة X".)
    mutating func s50aArabicAreaNameAlone(_ heads: H36Heads = Self.s50aAreaHeads) {
        guard articleHas(heads.set) else { return }
        var names: [(Int, String)] = []   // (mention, name key)
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil && mentions[i].words.count == 2 {
            guard let (a, z) = seedSpan(i), z == a + 1, let skip = h36CliticPrefix(a, heads), mentions[i].start == tokens[a].start + skip,
                  isArabicDefinite(z), PlainText.count(tokens[z].key) >= 5, s41ArabicNameWord(z), !h36Nisba(z),
                  !arabicFlags(z).contains(.head), !Self.s49aFeatureNotNames.contains(tokens[z]) else { continue }
            let key = tokens[z].key
            if PlainText.hasSuffix(key, "ات") || PlainText.hasSuffix(key, "ين") || PlainText.hasSuffix(key, "ون") { continue }
            names.append((i, key))
        }
        guard !names.isEmpty else { return }
        var added: [Mention] = []
        var renamed: [(Int, Mention)] = []
        for (i, key) in names {
            var found = false
            for k in 0..<tokenCount where h36Arabic(k) && tokens[k].spaceBefore {
                // The name alone, or after one clitic letter (ب، و، ف، ك: "بالقوقاز", "والقوقاز").
                let t = tokens[k].key
                var clitic = 0
                if PhraseMatcher.same(t, key) { clitic = 0 }
                else if PlainText.count(t) == PlainText.count(key) + 1, let f = t.unicodeScalars.first, f != "ل", Self.s50aCliticScalars.contains(f),
                        PhraseMatcher.same(String(t.unicodeScalars.dropFirst()), key) { clitic = 1 }
                else { continue }
                if k >= 1, h36CliticPrefix(k - 1, heads) != nil { continue }
                let (s, e) = (tokens[k].start, tokens[k].end)
                if anyMention(where: { $0.start < e && $0.end > s }) { continue }
                // (Not a noun in construct before another word's article: "القوقاز الشمالي" is left alone.)
                if k + 1 < tokenCount, h36Arabic(k + 1), tokens[k + 1].spaceBefore, h36Nisba(k + 1) { continue }
                var m = l14DropClitic(mention(k, k + 1, type: .place, evidence: .cue), clitic)
                m.placeContext = true
                added.append(m)
                found = true
            }
            if found, let (_, z) = seedSpan(i) {
                var m = mention(z, z + 1, type: .place, evidence: mentions[i].evidence)
                m.placeContext = true
                renamed.append((i, m))
            }
        }
        for (i, m) in renamed { mentions[i] = m }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }

    /// Heads of local bodies whose town, after بـ, is part of their name (`h42ArabicBodyPlaceCut` leaves them whole unless
    /// a country's adjective ends them).
    static let s50aLocalBodyHeads = H36Heads(["دائرة", "الدائرة", "محكمة", "المحكمة", "غرفة", "الغرفة", "دار", "جمعية", "الجمعية",
        "بلدية", "مدرسة", "المدرسة", "ثانوية", "فرقة", "الفرقة", "نادي", "النادي"])

    /// "وفقا لدائرة السياحة بالفجيرة", "محكمة الجنح بالمدينة X": a local body's reading (not known) right before بـ and a
    /// known town (read after the clitic) takes the town: one body (the town's reading there goes); not one a country's
    /// adjective ends ("دار الأوبرا المصرية بالقاهرة": a national body, the town where it is).
    mutating func s50aArabicLocalBodyTowns() {
        let heads = Self.s50aLocalBodyHeads
        guard articleHas(heads.set) else { return }
        var fixes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, mentions[i].end == tokens[z].end, !isCountry[z], let skip = h36CliticPrefix(a, heads),
                  mentions[i].start - tokens[a].start == skip || mentions[i].start == tokens[a].start else { continue }
            let t = z + 1
            guard h36Arabic(t), tokens[t].spaceBefore, Self.arabicHasPrefix(tokens[t].key, "بال") else { continue }
            let (s, e) = (tokens[t].start, tokens[t].end)
            // (S51a: or a town the article reads as a place elsewhere, alone or after a place's noun: "جمعية X بالداير"
            // beside "محافظة الداير".)
            guard anyMention(where: { $0.type == .place && $0.known != nil && $0.start == s + 1 && $0.end == e })
                    || s49aPlaceElsewhere(String(tokens[t].key.unicodeScalars.dropFirst(1)), apartFrom: s, e) else { continue }
            var m = h36Mention(a, t + 1, skip: skip, type: .organization)
            m.parenthesized = mentions[i].parenthesized
            fixes.append((i, m))
        }
        s50aReplace(fixes)
    }

    // MARK: - English and French datelines

    /// Cities named like their country (their English and French forms, folded).
    static let s50aFrenchA = h18Keys(["à"])
    static let s50aCityStates = KeySet(["luxembourg", "djibouti", "singapore", "singapour", "monaco", "kuwait", "koweit", "panama",
        "guatemala"].map { TextFolding.key($0) })

    /// "Luxembourg, 7 décembre 2026 (AFP) -", "DJIBOUTI, Dec 7 (Reuters) -": a city named like its country opening the
    /// text before a comma is the city as well as the country; so is the French "à Luxembourg" (the country takes "au").
    mutating func s50aLatinDatelineCityStates() {
        guard articleHas(Self.s50aCityStates) else { return }
        var added: [Mention] = []
        let first = tokens.indices.first(where: { tokens[$0].kind == .word })
        for k in 0..<tokenCount where tokens[k].kind == .word && tokens[k].script == .latin && Self.s50aCityStates.contains(tokens[k]) {
            let dateline = k == first && k + 1 < tokenCount && keyIs(k + 1, ",")
            let french = language == "fr" && k >= 1 && s43Lower(k - 1) && h23Key(k - 1, Self.s50aFrenchA)
            guard dateline || french, s43Cap(k) else { continue }
            let (s, e) = (tokens[k].start, tokens[k].end)
            guard anyMention(where: { $0.type == .country && $0.start == s && $0.end == e }),
                  !anyMention(where: { $0.type != .country && $0.start < e && $0.end > s }) else { continue }
            var m = mention(k, k + 1, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }

    // MARK: - English

    /// Tokens of a possessive "'s" at `k` (one token "'s" or "'" + "s" glued), 0 when none.
    func s50aPossessive(_ k: Int) -> Int {
        guard k < tokenCount, !tokens[k].spaceBefore else { return 0 }
        if keyIs(k, "'s") || keyIs(k, "’s") { return 1 }
        if keyIs(k, "'") || keyIs(k, "’"), k + 1 < tokenCount, !tokens[k + 1].spaceBefore, keyIs(k + 1, "s") { return 2 }
        return 0
    }

    /// "ST. GEORGE'S, Grenada (AP) —": a body (not known) read opening the text, before a comma (a possessive first), a
    /// capitalized word and a bracket within four tokens, is the dateline's town, a place.
    mutating func s50aEnglishDatelineBody() {
        guard let first = tokens.indices.first(where: { tokens[$0].kind == .word }) else { return }
        let s0 = tokens[first].start
        guard let i = firstMentionIndex(where: { $0.type == .organization && $0.known == nil && $0.start == s0 }),
              let (_, z) = seedSpan(i) else { return }
        var c = z + 1
        c += s50aPossessive(c)
        guard keyIs(c, ","), s43Cap(c + 1), ((c + 2)...(c + 5)).contains(where: { keyIs($0, "(") }) else { return }
        // (Its words all in capitals: a town's, as datelines write them.)
        guard (first...z).allSatisfy({ tokens[$0].kind != .word || tokens[$0].allCaps || tokens[$0].key.count <= 2 }) else { return }
        mentions[i].type = .place
        mentions[i].placeContext = true
    }

    static let s50aSaints = h18Keys(["st", "saint", "ste"])
    static let s50aBodyNouns = h18Keys(["university", "college", "hospital", "school", "academy", "cathedral", "church", "infirmary",
        "clinic", "institute", "seminary", "basilica", "abbey", "chapel"])

    /// "at St. George's University", "St. Mary's Hospital": a saint's abbreviation, a name, "'s" and a body's noun (one or
    /// two capitalized words ending in it) are one body.
    mutating func s50aEnglishSaintsBodies() {
        guard articleHas(Self.s50aSaints), articleHas(Self.s50aBodyNouns) else { return }
        var spans: [(Int, Int)] = []
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard s43Cap(k), Self.s50aSaints.contains(tokens[k]) else { continue }
            var n = k + 1
            if keyIs(n, ".") { n += 1 }
            guard s43Cap(n) else { continue }
            let p = s50aPossessive(n + 1)
            guard p > 0 else { continue }
            let start = n + 1 + p
            var e = start, b = start
            while e < tokenCount, e - start < 3, s43Cap(e) {
                e += 1
                if Self.s50aBodyNouns.contains(tokens[e - 1]) { b = e }
            }
            guard b > start else { continue }
            spans.append((k, b))
            k = b - 1
        }
        replaceOverlapping(spans, type: .organization)
    }

    static let s50aRoyalTitles = h18Keys(["princess", "prince", "queen", "king", "duke", "duchess"])
    static let s50aRoyalBodyNouns = h18Keys(["hospital", "university", "college", "school", "infirmary", "academy", "hall", "theatre",
        "theater", "trust", "foundation", "museum", "institute", "park", "stadium", "centre", "center"])

    /// "Nurses from the Princess Royal Hospital": a body (not known) read after a royal title that follows "the" takes the
    /// title (no person read on it).
    mutating func s50aEnglishRoyalTitleBodies() {
        guard articleHas(Self.s50aRoyalTitles) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), a >= 2, mentions[i].start == tokens[a].start, s43Cap(a - 1), Self.s50aRoyalTitles.contains(tokens[a - 1]),
                  s43Lower(a - 2), keyIs(a - 2, "the"), Self.s50aRoyalBodyNouns.contains(tokens[z]) else { continue }
            let (s, e) = (tokens[a - 1].start, tokens[a - 1].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            fixes.append((i, a - 1, z + 1))
        }
        replaceEach(fixes, type: .organization)
    }

    static let s50aOrgNouns = h18Keys(["programme", "program", "fund", "office", "agency", "organization", "organisation", "commission",
        "council", "mission", "force", "forces", "institute", "committee", "conference", "authority", "foundation", "secretariat",
        "assembly", "court", "tribunal", "network", "initiative", "service", "centre", "center", "observatory", "facility"])

    /// "the United Nations Development Programme", "the African Union Mission": a known body's name followed by one to
    /// three capitalized words ending in a body's noun is another body (the known one no reading there).
    mutating func s50aEnglishKnownBodyExtensions() {
        guard articleHas(Self.s50aOrgNouns) else { return }
        var spans: [(Int, Int)] = []
        var also = Set<Int>()
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known != nil && mentions[i].words.count >= 2 {
            guard let (a, z) = seedSpan(i), mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end else { continue }
            var e = z + 1, b = z + 1
            while e < tokenCount, e - z <= 4, s43Cap(e), tokens[e].spaceBefore {
                let w = e
                e += 1 + s50aPossessive(e + 1)
                if Self.s50aOrgNouns.contains(tokens[w]) { b = w + 1 }
            }
            // (Not before a lowercase link: "the U.N. Office for the Coordination of …" is a longer name.)
            guard b > z + 1, !(s43Lower(b) && Self.s50aLinks.contains(tokens[b])) else { continue }
            let (s, t) = (tokens[z + 1].start, tokens[b - 1].end)
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < t && $0.end > s }) { continue }
            spans.append((a, b))
            also.insert(i)
        }
        replaceOverlapping(spans, type: .organization, also: also)
    }

    static let s50aSpeechVerbs = h18Keys(["said", "says", "told", "announced", "reported", "added"])

    /// "operator Rio Tinto said on Monday": a name read as a place (not known) after a company's lowercase noun and before a
    /// verb of speech is that company, a body (its other readings too).
    mutating func s50aEnglishCompaniesSpeaking() {
        guard articleHas(Self.s50aSpeechVerbs) else { return }
        var bodies: [Int] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), a >= 1, s43Lower(a - 1), Self.h27EnglishOrgNouns.contains(tokens[a - 1]),
                  s43Lower(z + 1), Self.s50aSpeechVerbs.contains(tokens[z + 1]) else { continue }
            bodies.append(i)
        }
        for i in bodies { s43MakeBody(i) }
    }

    static let s50aLinks = h18Keys(["for", "of", "on", "in", "against", "to"])

    static let s50aStormNouns = h18Keys(["hurricane", "typhoon", "cyclone", "storm"])
    static let s50aCategory = h18Keys(["category"])

    /// "Hurricane Beryl flattened …" then "when Beryl struck": a storm's name alone elsewhere is no person or place;
    /// "a Category 4 storm": "Category" before a number is none.
    mutating func s50aEnglishStorms() {
        var names: [String] = []
        if articleHas(Self.s50aStormNouns) {
            for k in 0..<(tokenCount - 1) where s43Cap(k) && Self.s50aStormNouns.contains(tokens[k]) && s43Cap(k + 1) { names.append(tokens[k + 1].key) }
        }
        let category = articleHas(Self.s50aCategory)
        guard !names.isEmpty || category else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country && mentions[i].words.count == 1 {
            guard let (a, z) = seedSpan(i), a == z else { continue }
            if names.contains(where: { PhraseMatcher.same($0, tokens[a].key) }), !(a >= 1 && s43Cap(a - 1) && Self.s50aStormNouns.contains(tokens[a - 1])) {
                drop.insert(i)
            } else if category, Self.s50aCategory.contains(tokens[a]), a + 1 < tokenCount, tokens[a + 1].kind == .number {
                drop.insert(i)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - French

    static let s50aPlantNouns = h18Keys(["usine", "raffinerie", "fonderie", "cimenterie", "centrale"])
    static let s50aFrenchDe = h18Keys(["de", "du", "d'", "d"])
    static let s50aFrenchAt = h18Keys(["à", "au"])

    /// "L'usine de nickel de Koniambo" (a body read over it): the plant named by its product and its place is that place;
    /// "l'usine de Tosyali à Bethioua" (the name read as a place): the plant's owner, a firm, before "à" and its town.
    mutating func s50aFrenchPlants() {
        guard articleHas(Self.s50aPlantNouns) else { return }
        var places: [(Int, Int, Int)] = []
        var bodies: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].known == nil {
            guard let (a, z) = seedSpan(i) else { continue }
            if mentions[i].type == .organization, Self.s50aPlantNouns.contains(tokens[a]), z >= a + 4 {
                // head, de, product word(s) in lowercase, de/du, the name's capitalized words.
                guard tokens[a + 1].kind == .elision || Self.s50aFrenchDe.contains(tokens[a + 1]), s43Lower(a + 2) else { continue }
                var n = z
                while n > a + 2, s43Cap(n) { n -= 1 }
                guard n < z, n > a + 2, tokens[n].kind == .elision || Self.s50aFrenchDe.contains(tokens[n]) else { continue }
                places.append((i, n + 1, z + 1))
            } else if mentions[i].type == .place, a >= 2, Self.s50aPlantNouns.contains(tokens[a - 2]),
                      tokens[a - 1].kind == .elision || Self.s50aFrenchDe.contains(tokens[a - 1]),
                      z + 2 < tokenCount, s43Lower(z + 1), Self.s50aFrenchAt.contains(tokens[z + 1]), s43Cap(z + 2) {
                bodies.append((i, a, z + 1))
            }
        }
        // (One replacement for both types: a second call's indices would be stale after the first's.)
        replaceEach(places.map { ($0.0, $0.1, $0.2, EntityType.place) } + bodies.map { ($0.0, $0.1, $0.2, .organization) })
    }

    static let s50aFrenchGenericBodies = h18Keys(["cour", "commission", "tribunal", "conseil", "agence", "autorité", "banque", "société",
        "ministère", "parlement", "gouvernement", "assemblée", "chambre", "mairie", "préfecture", "direction"])
    static let s50aFrenchVerbs = h18Keys(["rappelle", "estime", "souligne", "juge", "considère", "affirme", "précise", "note", "indique",
        "rejette", "confirme", "annule", "ordonne", "condamne", "relève", "observe", "conclut", "décide", "explique", "ajoute", "demande",
        "reconnaît", "constate", "tranche", "refuse", "valide", "estiment", "soulignent", "rappellent", "précisent", "indiquent"])

    /// "Dans son arrêt, la Cour rappelle que …": a body's generic noun read with the verb after it is no name (the noun
    /// alone stands for a body named before).
    mutating func s50aFrenchGenericBodyVerbs() {
        guard articleHas(Self.s50aFrenchVerbs) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil && mentions[i].words.count == 2 {
            guard let (a, z) = seedSpan(i), z == a + 1, s43Cap(a), Self.s50aFrenchGenericBodies.contains(tokens[a]), s43Lower(z),
                  Self.s50aFrenchVerbs.contains(tokens[z]) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s50aRoadNouns = h18Keys(["route", "autoroute", "nationale", "territoriale", "départementale", "provinciale", "régionale"])

    /// "par la route territoriale RT1", "la route nationale N7": a road's code (capitals and digits) right after a road's
    /// lowercase noun is a place.
    mutating func s50aFrenchRoadCodes() {
        guard articleHas(Self.s50aRoadNouns) else { return }
        var added: [Mention] = []
        for k in 1..<tokenCount where tokens[k].kind == .word && tokens[k].script == .latin && tokens[k].allCaps && tokens[k].key.utf8.count <= 4 {
            guard s43Lower(k - 1), Self.s50aRoadNouns.contains(tokens[k - 1]) else { continue }
            // The digits glued to the letters, in the word or as the next token.
            var b = k + 1
            if !tokens[k].key.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) {
                guard b < tokenCount, tokens[b].kind == .number, !tokens[b].spaceBefore else { continue }
                b += 1
            }
            let (s, e) = (tokens[k].start, tokens[b - 1].end)
            if anyMention(where: { $0.start < e && $0.end > s && $0.type != nil }) { continue }
            var m = mention(k, b, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        guard !added.isEmpty else { return }
        let spans = added.map { ($0.start, $0.end) }
        mentions.removeAll { m in m.type == nil && spans.contains { m.start < $0.1 && m.end > $0.0 } }
        mentions.append(contentsOf: added)
    }

    static let s50aLandforms = h18Keys(["erg", "reg", "djebel", "jebel", "hamada", "tassili", "chott", "sebkha", "mont", "massif"])
    static let s50aPassageVerbs = h18Keys(["traverse", "traversent", "traversera", "traverseront", "traversant", "relie", "relient",
        "reliera", "reliant", "dessert", "desservent", "desservira", "longe", "longent", "rejoint", "rejoignent"])

    /// "dans l'erg Iguidi", "le djebel X": a name not typed yet right after a desert's or a mountain's lowercase noun is a
    /// place; "la ligne traverse X et Y": the untyped names of a list after a verb of passage are places.
    mutating func s50aFrenchLandforms() {
        let landforms = articleHas(Self.s50aLandforms), verbs = articleHas(Self.s50aPassageVerbs)
        guard landforms || verbs else { return }
        var retype: [Int] = []
        func untyped(at k: Int) -> Int? {
            guard k < tokenCount, s43Cap(k) else { return nil }
            let s = tokens[k].start
            return firstMentionIndex(where: { ($0.type == nil || $0.type == .organization && $0.evidence == .guess) && $0.known == nil && $0.start == s })
        }
        for k in 0..<(tokenCount - 1) where s43Lower(k) {
            if landforms, Self.s50aLandforms.contains(tokens[k]), let i = untyped(at: k + 1) {
                retype.append(i)
            } else if verbs, Self.s50aPassageVerbs.contains(tokens[k]), let i = untyped(at: k + 1), let (_, z) = seedSpan(i) {
                retype.append(i)
                var c = z + 1
                while c + 1 < tokenCount, keyIs(c, ",") || keyIs(c, "et"), let j = untyped(at: c + 1), let (_, y) = seedSpan(j) {
                    retype.append(j)
                    c = y + 1
                }
            }
        }
        retypeByCue(retype, to: .place)
    }
}
