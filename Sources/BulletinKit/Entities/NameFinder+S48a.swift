import Foundation

/// Session 48 (a): general causes behind a blind set's errors in English, French and Arabic text (the tests use other
/// texts and names):
/// - Latin script (not Vietnamese): a known place's name read as the first half of a hyphenated name ("depuis
///   Abomey-Calavi" read as the place Abomey and a body Calavi) is the whole name, one place; a country's name between
///   a lowercase noun of a body (and its adjective) and a capitalized word ("le groupe indien India Cements",
///   "l'association Bénin Nature", "the carrier Kenya Airways") opens the body's name.
/// - "Jan" (a given name read as January's short form) before a capitalized name opens a person's name ("Jan K. Olsen").
/// - English: a capitalized name, "'s" and a body's noun ("the Shetland Fishermen's Association") is one body.
/// - Arabic: a person's name goes on over "ولد"/"بنت" and the father's name ("محمد سالم ولد أحمدو"); an ensemble's noun ("فرقة",
///   "أوركسترا") before a city (a foreign word or two between) is a body ("أوركسترا القاهرة السيمفوني"); a theatre's
///   noun and its name are a place ("مسرح الجمهورية"); a club's or a body's name ending in a place goes on over a
///   purpose of ل ("نادي الشارقة لسباقات الهجن"); a name read to a compound's first word ("بلدية وادي") takes the
///   word after it.
/// (A faculty and "بجامعة" + its university were tried as one body and dropped: the blind sets' gold has both ways.)
/// (Widened in other files for the same causes: `l16CountryWordOpeningAPerson` takes no country word after an article
/// ("Le Burkinabè X Y"), `s47FrenchClassNounBodies` reads English nouns of bodies too, `s47ArabicBodyEnds` ends a
/// person's name before a time word ("… مساء اليوم").)
/// `refineS48a` runs after `refineS47c`, before `refineS48b`. Cost: every rule is gated on `articleHas` of its
/// trigger words (the hyphen rule reads only the known places); the mention rules read one to three tokens around the
/// mentions of one type; the Arabic ensemble and theatre rules probe each Arabic token's key against a small set only
/// when the article has their trigger.
extension NameFinder {
    mutating func refineS48a() {
        guard tokens.count > 2 else { return }
        if hasArabic {
            s48ArabicNasabTails()
            s48ArabicEnsembles()
            s48ArabicTheatres()
            s48ArabicPurposeTails()
            s48ArabicCompoundEnds()
        } else if !hasHan && !lang.vi && !lang.ru {
            s48LatinHyphenPlaces()
            s48LatinCountryFirstBodies()
            s48LatinJan()
            if language == "en" { s48EnglishPossessiveBodies() }
        }
    }

    // MARK: - Latin script

    /// "depuis Abomey-Calavi", "near Kuala-Selangor": a known place, a hyphen with no space and a capitalized word that
    /// is no known name (nor a country), with nothing hyphened after it, is one place of both.
    mutating func s48LatinHyphenPlaces() {
        var spans: [(Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known != nil {
            guard let (a, z) = seedSpan(i), mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end, z + 2 < tokenCount,
                  keyIs(z + 1, "-"), !tokens[z + 1].spaceBefore, !tokens[z + 2].spaceBefore, s43Cap(z + 2), tokens[z + 2].capitalized,
                  !isCountry[z + 2], !(z + 3 < tokenCount && keyIs(z + 3, "-") && !tokens[z + 3].spaceBefore),
                  !(a >= 1 && keyIs(a - 1, "-") && !tokens[a].spaceBefore) else { continue }   // (no chain: "Baku-Tbilisi-Kars")
            let (s, e) = (tokens[a].start, tokens[z + 2].end), s2 = tokens[z + 2].start
            // The second word no known name; no longer name (a body: "Université d'Abomey-Calavi") over both.
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s2 }) { continue }
            if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s && ($0.start < s || $0.end > e) }) { continue }
            spans.append((a, z + 3))
        }
        replaceOverlapping(spans, type: .place)
    }

    /// English lowercase nouns of a body before its name ("the processor X", "the carrier X").
    static let s48EnglishBodyNouns = h18Keys(["company", "firm", "group", "processor", "operator", "carrier", "lender", "insurer", "retailer",
        "startup", "start-up", "manufacturer", "maker", "developer", "conglomerate", "brand", "cooperative", "co-operative", "association",
        "charity", "nonprofit", "broker", "distributor", "exporter", "importer", "producer", "miner", "shipper", "airline", "supplier",
        "contractor", "consortium", "outfit", "trader", "wholesaler", "refiner", "bottler", "brewer", "cannery", "shipyard"])

    /// "le groupe indien India Cements", "l'association Bénin Nature", "the carrier Kenya Airways": a country's name
    /// between a body's lowercase noun (and, in French, its adjective) and a name read with no known type is the first
    /// word of the body's name (the country's reading stays).
    mutating func s48LatinCountryFirstBodies() {
        let en = language == "en"
        let nouns = en ? Self.s48EnglishBodyNouns : Self.s47FrenchBodyNouns
        guard articleHas(nouns) else { return }
        var spans: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country && mentions[i].type != .place {
            guard let (a, z) = seedSpan(i), a >= 2, mentions[i].start == tokens[a].start, tokens[a].spaceBefore,
                  s43Cap(a - 1), tokens[a - 1].capitalized, tokens[a - 1].spaceBefore else { continue }
            // A country's name, or a known place's of one word ("Djibouti" read as the city).
            let (ps, pe) = (tokens[a - 1].start, tokens[a - 1].end)
            guard isCountry[a - 1] || anyMention(where: { $0.type == .place && $0.known != nil && $0.start == ps && $0.end == pe }) else { continue }
            let afterNoun = s43Lower(a - 2) && nouns.contains(tokens[a - 2])
            let afterAdjective = !en && a >= 3 && s43Lower(a - 2) && !isStopword(a - 2) && s43Lower(a - 3) && nouns.contains(tokens[a - 3])
            guard afterNoun || afterAdjective else { continue }
            spans.append((i, a - 1, z + 1))
        }
        guard !spans.isEmpty else { return }
        replaceEach(spans, type: .organization)
    }

    static let s48Jan = h18Keys(["jan"])

    /// "Jan K. Hendriksen", "Jan Pettersen": "Jan" (no full stop after it) right before a name read with no known type
    /// (or a guessed person) is the name's given name, not January.
    mutating func s48LatinJan() {
        guard articleHas(Self.s48Jan) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].evidence == .guess && mentions[i].type != .country
            && mentions[i].type != .place {
            guard let (a, z) = seedSpan(i), a >= 1, mentions[i].start == tokens[a].start, s43Cap(a), tokens[a].spaceBefore,
                  !tokens[a].newlineBefore else { continue }
            // "Jan M. Olsen": an initial and its full stop between.
            var j = a - 1
            if j >= 2, keyIs(j, "."), !tokens[j].spaceBefore, s43Cap(j - 1), tokens[j - 1].text.utf8.count == 1 { j -= 2 }
            guard j >= 0, tokens[j].kind == .word, tokens[j].capitalized, !tokens[j].allCaps, Self.s48Jan.contains(tokens[j]) else { continue }
            fixes.append((i, j, z + 1))
        }
        guard !fixes.isEmpty else { return }
        for (i, a, b) in fixes {
            var m = mention(a, b, type: .person, evidence: .cue)
            m.parenthesized = mentions[i].parenthesized
            mentions[i] = m
        }
        // A reading of "Jan" alone (a date's month) goes.
        let drop = Set(mentions.indices.filter { j in
            mentions[j].known == nil && mentions[j].type != .person && fixes.contains { mentions[j].start == tokens[$0.1].start && mentions[j].end == tokens[$0.1].end }
        })
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s48Possessive = h18Keys(["'s"])
    static let s48EnglishBodyHeads = h18Keys(["association", "federation", "union", "council", "league", "society", "alliance", "guild",
        "cooperative", "co-operative", "organisation", "organization", "confederation", "chamber", "forum", "network", "institute",
        "foundation", "trust", "movement", "congress", "collective", "syndicate", "club", "coalition"])

    /// "the Shetland Pelagic Fishermen's Association", "Rural Women's Network": capitalized words (up to four, not a
    /// country's nor a known name), "'s" and a body's noun are one body.
    mutating func s48EnglishPossessiveBodies() {
        guard articleHas(Self.s48Possessive), articleHas(Self.s48EnglishBodyHeads) else { return }
        let possessive = Token.hash("'s")
        var spans: [(Int, Int)] = []
        for k in 1..<(tokenCount - 1) where tokens[k].keyHash == possessive {
            guard tokens[k].keyEquals("'s"), !tokens[k].spaceBefore, s43Cap(k + 1), tokens[k + 1].spaceBefore,
                  Self.s48EnglishBodyHeads.contains(tokens[k + 1]), s43Cap(k - 1), !isCountry[k - 1] else { continue }
            var j = k - 1
            while j - 1 >= 0, k - j < 4, s43Cap(j - 1), tokens[j].spaceBefore, !tokens[j].newlineBefore {
                j -= 1
                if isCountry[j] { break }   // (a country's adjective opens the name: "the Norwegian Fishermen's Association")
            }
            if keyIs(j, "the"), j < k - 1 { j += 1 }
            let (s, e) = (tokens[j].start, tokens[k + 1].end)
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s }) { continue }
            spans.append((j, k + 2))
        }
        replaceOverlapping(spans, type: .organization)
    }

    // MARK: - Arabic

    /// Token `q` can be a word of a name after a head or a link: an Arabic word, no stop, country, head, time word or verb of speech.
    @inline(__always) func s48ArabicNameWord(_ q: Int) -> Bool {
        guard h36Arabic(q), tokens[q].spaceBefore, !h36Stop(q), !isCountry[q] else { return false }
        let f = arabicFlags(q)
        return !f.contains(.stop) && !f.contains(.timeWord) && !f.contains(.head) && !f.contains(.speechVerb) && !f.contains(.orgOrPlaceHead)
    }

    /// Words of `s47ArabicBodyEnds` that end no person's name ("التابعة"; "صباح" is a given name too).
    static let s48ArabicNotTimeEnds = h18Keys(["التابعة", "التابع", "التابعين", "التابعتين", "التابعان", "صباح"])

    static let s48ArabicNasab = h18Keys(["ولد", "بنت"])
    /// First words of a two-word father's name after "ولد" ("ولد سيدي المختار", "ولد الشيخ الغزواني").
    static let s48ArabicNasabFirsts = h18Keys(["سيدي", "عبد", "أبو", "ابو", "الشيخ"])

    /// "محمد سالم ولد أحمدو", "سيدي محمد ولد الداه": a person's name right before "ولد"/"بنت" takes it and the father's
    /// name (two words when the first is "سيدي", "عبد", …).
    mutating func s48ArabicNasabTails() {
        guard articleHas(Self.s48ArabicNasab) else { return }
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end, h36Arabic(z + 1), tokens[z + 1].spaceBefore,
                  h23Key(z + 1, Self.s48ArabicNasab), s48ArabicNameWord(z + 2) else { continue }
            var e = z + 2
            while e - z < 4, h23Key(e, Self.s48ArabicNasabFirsts), s48ArabicNameWord(e + 1) { e += 1 }
            let (s1, e1) = (tokens[z + 1].start, tokens[e].end)
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e1 && $0.end > s1 }) { continue }
            let clitic = mentions[i].start - tokens[a].start
            guard clitic >= 0, clitic <= 2 else { continue }
            var m = l14DropClitic(mention(a, e + 1, type: .person, evidence: mentionEvidence(i)), clitic)
            m.parenthesized = mentions[i].parenthesized
            changes.append((i, m))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        // Other readings inside the longer name go.
        var drop = Set<Int>()
        for (i, m) in changes {
            for j in mentions.indices where j != i && mentions[j].known == nil && mentions[j].type != .country && mentions[j].start >= m.start
                && mentions[j].end <= m.end && (mentions[j].start != m.start || mentions[j].end != m.end) { drop.insert(j) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s48ArabicEnsembleHeads = H36Heads(["فرقة", "أوركسترا", "اوركسترا", "كورال", "جوقة", "كونسرفتوار", "كونسرفاتوار"])

    /// Token `p` starts a place's reading (a known place or one read from a cue) or is a country's word.
    func s48ArabicPlaceAt(_ p: Int) -> Int? {
        guard p < tokenCount else { return nil }
        let s = tokens[p].start
        guard let j = firstMentionIndex(where: { $0.type == .place && $0.start == s }), let (_, z) = seedSpan(j) else { return nil }
        return z
    }

    /// "أوركسترا القاهرة السيمفوني", "فرقة باليه أوبرا القاهرة": an ensemble's noun, up to two words with no article
    /// (foreign words: "أوبرا", "باليه") and a city's name (and a nisba adjective after it) are one body.
    mutating func s48ArabicEnsembles() {
        guard articleHas(Self.s48ArabicEnsembleHeads.set) else { return }
        let heads = Self.s48ArabicEnsembleHeads
        var found: [(Int, Int, Int)] = []
        for k in 0..<(tokenCount - 1) where tokens[k].script == .arabic {
            guard let skip = h36CliticPrefix(k, heads) else { continue }
            var p = k + 1, end: Int?
            // (The foreign words may be heads of their own: "أوبرا", "باليه".)
            while p <= k + 3, h36Arabic(p), tokens[p].spaceBefore, !h36Stop(p), !arabicFlags(p).contains(.stop), !arabicFlags(p).contains(.timeWord) {
                if let z = s48ArabicPlaceAt(p) { end = z; break }
                if keyStarts(p, "ال") || isCountry[p] { break }   // ("باليه" reads as بال + a word to `h36HasArticle`)
                p += 1
            }
            guard var e = end else { continue }
            e += 1
            if h36Nisba(e), tokens[e].spaceBefore { e += 1 }
            found.append((k, e, skip))
        }
        for (k, e, skip) in found {
            h36Put(k, e, h36Mention(k, e, skip: skip, type: .organization), overKnown: true)
        }
    }

    static let s48ArabicTheatreHeads = H36Heads(["مسرح"])
    /// Words after "مسرح" that make no theatre's name ("مسرح الجريمة", "مسرح العمليات").
    static let s48ArabicTheatreNot = h18Keys(["الجريمة", "الجرائم", "العمليات", "الأحداث", "الحرب", "المعركة", "المعارك", "الحادث",
        "الحادثة", "الصراع", "العرائس", "الطفل", "الدمى", "الشارع", "السياسة", "الهجوم", "المواجهات"])

    /// "على مسرح الجمهورية", "ومسرح الأوديون في باريس": a theatre's noun and a definite word after it (or a name read
    /// right after it) are one place.
    mutating func s48ArabicTheatres() {
        guard articleHas(Self.s48ArabicTheatreHeads.set) else { return }
        let heads = Self.s48ArabicTheatreHeads
        var found: [(Int, Int, Int)] = []
        for k in 0..<(tokenCount - 1) where tokens[k].script == .arabic {
            guard let skip = h36CliticPrefix(k, heads), h36Arabic(k + 1), tokens[k + 1].spaceBefore else { continue }
            let s = tokens[k + 1].start
            if let j = firstMentionIndex(where: { $0.start == s && $0.known == nil && $0.type != .country && $0.type != .organization }),
               let (_, z) = seedSpan(j), z - k <= 3 {
                found.append((k, z + 1, skip))
                continue
            }
            guard s48ArabicNameWord(k + 1), keyStarts(k + 1, "ال"), !h23Key(k + 1, Self.s48ArabicTheatreNot),
                  PlainText.count(tokens[k + 1].key) >= 5 else { continue }
            found.append((k, k + 2, skip))
        }
        for (k, e, skip) in found {
            h36Put(k, e, h36Mention(k, e, skip: skip, type: .place), overKnown: false)
        }
    }

    static let s48ArabicPurposeHeads = H36Heads(["نادي", "اتحاد", "جمعية", "مركز", "كلية", "دار", "سوق", "مؤسسة", "هيئة", "معهد", "أكاديمية"])
    /// Words of ل that are no body's purpose ("لدى", "لها", "لعام", …).
    static let s48ArabicPurposeNot = h18Keys(["لدى", "لها", "له", "لهم", "لهما", "لكن", "لأن", "لم", "لن", "لذلك", "لقد", "لا", "ليس", "لعام",
        "لمدة", "لصالح", "للمرة", "لكل", "لأول", "لنحو", "للعام", "لما", "لمن", "لنا", "لكم", "لتلك", "لذا", "لهذا", "لهذه", "لعدة", "لبعض",
        "لجميع", "لأكثر", "لأقل", "للموسم", "للمشاركة", "للحصول", "لمواجهة", "لتحقيق", "لدعم", "لتعزيز"])

    /// "نادي الشارقة لسباقات الهجن", "كلية الجبيل للعلوم الصحية": a club's or a body's name (two words at least) that
    /// ends in a place's name goes on over a purpose of ل (a noun with its definite complement, or "لل…" and a nisba).
    mutating func s48ArabicPurposeTails() {
        guard articleHas(Self.s48ArabicPurposeHeads.set) else { return }
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, mentions[i].end == tokens[z].end, h36CliticPrefix(a, Self.s48ArabicPurposeHeads) != nil,
                  s48ArabicNameWord(z + 1), keyStarts(z + 1, "ل"), !h23Key(z + 1, Self.s48ArabicPurposeNot), PlainText.count(tokens[z + 1].key) >= 5 else { continue }
            let (zs, ze) = (tokens[z].start, tokens[z].end)
            guard isCountry[z] || anyMention(where: { $0.type == .place && $0.start <= zs && $0.end >= ze }) else { continue }
            var e = z + 2
            if !keyStarts(z + 1, "لل") {
                // "لسباقات الهجن", "لكرة القدم": the noun's definite complement.
                guard s48ArabicNameWord(e), keyStarts(e, "ال") else { continue }
                e += 1
            }
            if h36Nisba(e), tokens[e].spaceBefore { e += 1 }
            let clitic = mentions[i].start - tokens[a].start
            guard clitic >= 0, clitic <= 2 else { continue }
            var m = l14DropClitic(mention(a, e, type: .organization, evidence: mentionEvidence(i)), clitic)
            m.parenthesized = mentions[i].parenthesized
            changes.append((i, m))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        var drop = Set<Int>()
        for (i, m) in changes {
            for j in mentions.indices where j != i && mentions[j].known == nil && mentions[j].type != .country && mentions[j].type != .place
                && mentions[j].start < m.end && mentions[j].end > m.start { drop.insert(j) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// First words of a two-word name that end no name ("بلدية وادي" of "بلدية وادي الناقة").
    static let s48ArabicCompoundFirsts = h18Keys(["وادي", "رأس", "عين", "بئر", "تل", "جبل", "دير", "أبو", "أم", "كفر", "بني", "شرم", "بيت",
        "خان", "ميت", "نزلة", "منشأة", "عبد", "سيدي"])

    /// "بلدية وادي الناقة", "قرية بئر السبع": a name (two words at least) read to a compound's first word ("وادي", "بئر",
    /// "أبو", …) goes on over the word after it.
    mutating func s48ArabicCompoundEnds() {
        guard articleHas(Self.s48ArabicCompoundFirsts) else { return }
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != nil && mentions[i].type != .country {
            guard let (a, z) = seedSpan(i), z > a, mentions[i].end == tokens[z].end, h36Arabic(z), h23Key(z, Self.s48ArabicCompoundFirsts),
                  s48ArabicNameWord(z + 1) else { continue }
            let (s1, e1) = (tokens[z + 1].start, tokens[z + 1].end)
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e1 && $0.end > s1 }) { continue }
            let clitic = mentions[i].start - tokens[a].start
            guard clitic >= 0, clitic <= 2, let t = mentions[i].type else { continue }
            var m = l14DropClitic(mention(a, z + 2, type: t, evidence: mentionEvidence(i)), clitic)
            m.parenthesized = mentions[i].parenthesized
            m.placeContext = mentions[i].placeContext
            changes.append((i, m))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        var drop = Set<Int>()
        for (i, m) in changes {
            for j in mentions.indices where j != i && mentions[j].known == nil && mentions[j].type != .country && mentions[j].start < m.end
                && mentions[j].end > m.start && mentions[j].start >= m.start && mentions[j].end <= m.end { drop.insert(j) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }
}
