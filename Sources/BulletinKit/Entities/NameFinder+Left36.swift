import Foundation

/// Misses and false readings seen in the thirty-fourth session's blind sets holdout60 (ordinary domestic news: courts,
/// football, fires, crashes, research) and holdout61 (the corpus's domain in messy saved formats: credits, reporting
/// lines, handles, results tables) in their English, French and Arabic articles; each a general pattern of the language
/// or of the format, tested on other names in EntityLeft36Tests. One pass, `refineLeft36`, run after `refineLeft38`;
/// every rule is gated on the article's language, then on its cue words (`articleHas`) before any scan.
///
/// Formats (en, fr, ar): a photographer named in a credit ("REUTERS/First Last", "Photo First Last / AFP", "تصوير: …")
/// and an editor in a reporting line ("Editing by First Last") are people; a handle or a hashtag (@…, #…) is no entity;
/// a results line ("Club A 2-1 Club B") names two clubs. French: a gendarmerie, a bar, a hospital (CHU, centre
/// hospitalier), an emergency service (Smur, Samu, Sdis) or a university named by its town is one body; a school's town
/// after its name is a place, not part of the school. English: "… Sheriff's Office", "… Attorney's Office" and service
/// districts ("… Fire Protection District") are bodies; events named "… Fire" are no people; a name before
/// "subdivision" or "estate" a place; a country's own-language name after "town of" a town. Arabic: a stadium or a
/// sports complex named after a person is a place, not that person; a dateline's outlet ("المنيا - الأهرام:") a body.
extension NameFinder {
    mutating func refineLeft36() {
        guard !tokens.isEmpty else { return }
        if language == "ar" {
            guard hasArabic else { return }
            l36ArabicCredits()
            l36ArabicVenues()
            l36ArabicDatelineOutlet()
            l36ArabicBodyFields()
            l36ArabicClubTails()
            l36ArabicRolePeople()
            l36Handles()
            return
        }
        if lang.fr {
            l36PhotoCredits()
            l36FrenchTownBodies()
            l36FrenchSchoolTowns()
            l36FrenchLieuDit()
            l36Handles()
            l36Platforms()
            l36ResultLines()
            return
        }
        if language == "en" {
            l36PhotoCredits()
            l36EnglishReportingLines()
            l36EnglishOffices()
            l36EnglishEvents()
            l36EnglishEstates()
            l36EnglishTownOfCountry()
            l36EnglishTitlesAlone()
            l36EnglishCounties()
            l36Platforms()
            l36Handles()
            l36ResultLines()
        }
    }

    static func l36Keys(_ list: [String]) -> KeySet { KeySet(list.map { TextFolding.key($0) }) }

    /// Tokens `a..<b` are (inside) a mention of `type` already.
    func l36Covered(_ a: Int, _ b: Int, _ type: EntityType) -> Bool {
        let (s, e) = (tokens[a].start, tokens[b - 1].end)
        return anyMention { $0.type == type && $0.start <= s && $0.end >= e }
    }

    /// End (exclusive) of the capitalized Latin words from `p` (glued hyphens inside), at most `limit` words, on one line.
    func l36CapRun(_ p: Int, limit: Int) -> Int {
        var e = p, words = 0
        while e < tokenCount, words < limit, h15CapLatin(e), e == p || !tokens[e].newlineBefore {
            e += 1
            words += 1
            while h15GluedHyphen(e), h15CapLatin(e + 1) { e += 2 }
        }
        return e
    }

    /// The number of words of tokens `a..<b`.
    func l36Words(_ a: Int, _ b: Int) -> Int {
        var n = 0
        for k in a..<b where tokens[k].kind == .word { n += 1 }
        return n
    }

    /// A person over tokens `a..<b` (what was read there gives way), unless a person is there already.
    mutating func l36PutPerson(_ a: Int, _ b: Int) {
        guard a < b, !l36Covered(a, b, .person) else { return }
        h27Replace(a, b, with: mention(a, b, type: .person, evidence: .cue), overKnown: true)
    }

    // MARK: Credits and reporting lines

    static let l36Slash = KeySet(["/"])
    static let l36PhotoWords = l36Keys(["photo", "photos", "credit", "crédit", "foto"])

    /// "REUTERS/Daniyar Kemelbekov", "Photo Nhac Nguyen / AFP", "Photo: Otabek Yuldashev / UzDaily": the two or three
    /// capitalized words glued after an agency's capitals and a slash, or after "Photo" and before a slash and the
    /// agency, are the photographer (a person, whatever was read there: a month, a town, a body).
    mutating func l36PhotoCredits() {
        guard articleHas(Self.l36Slash) else { return }
        var puts: [(Int, Int)] = []
        for k in 1..<tokenCount where tokens[k].kind == .punct && keyIs(k, "/") {
            // "REUTERS/First Last": the agency in capitals, the slash glued on both sides.
            if !tokens[k].spaceBefore, k + 1 < tokenCount, !tokens[k + 1].spaceBefore, tokens[k - 1].allCaps, tokens[k - 1].keyLength >= 2,
               h15CapLatin(k + 1), !tokens[k + 1].allCaps {
                let e = l36CapRun(k + 1, limit: 3)
                if l36Words(k + 1, e) >= 2, !(k + 1..<e).contains(where: { isCountry[$0] }) { puts.append((k + 1, e)) }
                continue
            }
            // "Photo First Last / AGENCY": the name between the credit's word and the slash.
            guard h15CapLatin(k - 1), k + 1 < tokenCount, isCap(k + 1) else { continue }
            var a = k - 1
            while a > 0, k - a < 4, h15CapLatin(a - 1), !tokens[a].newlineBefore { a -= 1 }
            while a < k, tokens[a].kind == .word, Self.l36PhotoWords.contains(tokens[a]) { a += 1 }
            guard a < k, l36Words(a, k) >= 2, l36Words(a, k) <= 3 else { continue }
            var c = a - 1
            if c >= 0, keyIs(c, ":") { c -= 1 }
            guard c >= 0, tokens[c].kind == .word, Self.l36PhotoWords.contains(tokens[c]) else { continue }
            if (a..<k).contains(where: { isCountry[$0] }) { continue }
            puts.append((a, k))
        }
        for (a, b) in puts { l36PutPerson(a, b) }
    }

    static let l36ReportingWords = l36Keys(["editing", "reporting", "writing"])

    /// "(Reporting by A B in Almaty and C D in London; Editing by Jan Harvey)": the names after a reporting line's "… by"
    /// are people (each two or three capitalized words, the town after "in" skipped), even a given name that is also a
    /// month's ("Jan") or a surname that is a known place's.
    mutating func l36EnglishReportingLines() {
        guard articleHas(Self.l36ReportingWords) else { return }
        var puts: [(Int, Int)] = []
        var k = 1
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard keyIs(k, "by"), tokens[k - 1].kind == .word, Self.l36ReportingWords.contains(tokens[k - 1]) else { continue }
            var p = k + 1, names = 0
            while p < tokenCount, names < 6 {
                let e = l36CapRun(p, limit: 3)
                // (A name in capitals or before "&" is a firm's: "LSEG Data & Analytics".)
                guard l36Words(p, e) >= 2, !(p..<e).contains(where: { tokens[$0].allCaps && tokens[$0].keyLength >= 2 }), !keyIs(e, "&") else { break }
                puts.append((p, e))
                names += 1
                var q = e
                // (" in Almaty": the reporter's town.)
                if keyIs(q, "in"), h15CapLatin(q + 1) { q = l36CapRun(q + 1, limit: 3) }
                guard keyIs(q, "and") || keyIs(q, ",") else { break }
                p = q + 1
                if keyIs(p, "and") { p += 1 }
            }
            k = p
        }
        for (a, b) in puts where !(a..<b).contains(where: { isCountry[$0] }) { l36PutPerson(a, b) }
    }

    // MARK: Handles and hashtags

    static let l36HandleMarks = KeySet(["@", "#"])

    /// "@MinfinKZ", "#KazakhFintech", "#قطر_أوزبكستان": a name glued after "@" or "#" is a handle or a hashtag, no entity
    /// (nor a country), even when it spells one.
    mutating func l36Handles() {
        guard articleHas(Self.l36HandleMarks) else { return }
        var dropped = Set<Int>()
        for i in mentions.indices {
            guard let (a, _) = h31Span(i), a > 0, !tokens[a].spaceBefore, tokens[a - 1].kind == .punct,
                  keyIs(a - 1, "@") || keyIs(a - 1, "#") else { continue }
            dropped.insert(i)
        }
        // (The words after an underscore are the same hashtag's: "#Great_Stone".)
        for i in mentions.indices where !dropped.contains(i) {
            guard let (a, _) = h31Span(i), a > 1, !tokens[a].spaceBefore, keyIs(a - 1, "_") else { continue }
            var j = a - 1
            while j > 0, !tokens[j].spaceBefore { j -= 1 }
            if keyIs(j, "@") || keyIs(j, "#") { dropped.insert(i) }
        }
        if !dropped.isEmpty { replaceMentions(removing: dropped) }
    }

    // MARK: Results lines

    /// "Surkhon 0-3 Bunyodkor", "Nasaf 2-0 Andijon" as a line of a results table: the capitalized names on both sides
    /// of a score that fills the line are clubs (a town's name there is its club's, as in a standings table).
    mutating func l36ResultLines() {
        var puts: [(Int, Int)] = []
        var k = 1
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .number, tokens[k + 2].kind == .number, tokens[k + 1].kind == .punct, !tokens[k + 1].spaceBefore,
                  !tokens[k + 2].spaceBefore, keyIs(k + 1, "-") || keyIs(k + 1, "–"), tokens[k].spaceBefore, !tokens[k].newlineBefore,
                  h15CapLatin(k - 1), h15CapLatin(k + 3), tokens[k + 3].spaceBefore, !tokens[k + 3].newlineBefore else { continue }
            // The left name opens the line, the right one ends it.
            var a = k - 1
            while a > 0, k - a < 4, !tokens[a].newlineBefore, h15CapLatin(a - 1) || h15GluedHyphen(a - 1) { a -= 1 }
            guard tokens[a].newlineBefore, h15CapLatin(a) else { continue }
            let e = l36CapRun(k + 3, limit: 3)
            guard e == tokenCount || tokens[e].newlineBefore else { continue }
            for (s, t) in [(a, k), (k + 3, e)] where !(s..<t).contains(where: { isCountry[$0] }) {
                puts.append((s, t))
            }
            k = e - 1
        }
        for (a, b) in puts where !l36Covered(a, b, .organization) {
            let (s, e) = (tokens[a].start, tokens[b - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start < e && $0.end > s }) { continue }
            h27Replace(a, b, with: mention(a, b, type: .organization, evidence: .cue), overKnown: true)
        }
    }

    // MARK: French: bodies named by their town

    /// Heads of a body named by "de" and its town (folded keys); "hospitalier" after "centre".
    static let l36FrenchTownHeads = l36Keys(["gendarmerie", "barreau", "chu", "chr", "chru", "smur", "samu", "sdis", "université",
        "hospitalier"])
    /// Words between "centre hospitalier" and "de" ("centre hospitalier universitaire de …").
    static let l36FrenchHospitalWords = l36Keys(["universitaire", "régional", "regional", "intercommunal", "départemental", "general", "général",
        "spécialisé", "specialise"])
    /// Heads that a department's number names ("Sdis 29").
    static let l36FrenchNumberedHeads = l36Keys(["sdis", "smur", "samu"])

    /// "la gendarmerie de Quimperlé", "du barreau de Montpellier", "le CHU de Brest", "le centre hospitalier de Quimperlé",
    /// "une équipe du Smur de Quimper", "l'université d'Antananarivo", "le Sdis 29": the head and its town are one body
    /// (the town no place of its own there), whatever was read over part of it.
    mutating func l36FrenchTownBodies() {
        guard articleHas(Self.l36FrenchTownHeads) else { return }
        var puts: [(Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].kind == .word && tokens[k].script == .latin && Self.l36FrenchTownHeads.contains(tokens[k]) {
            var a = k, e = k + 1
            if keyIs(k, "hospitalier") {
                guard k > 0, keyIs(k - 1, "centre") else { continue }
                a = k - 1
                while e < tokenCount, e - k <= 2, Self.l36FrenchHospitalWords.contains(tokens[e]) { e += 1 }
            }
            // ("la section de recherches de la gendarmerie de Rennes": a unit of it, named by its own words, not the
            // gendarmerie.)
            if keyIs(k, "gendarmerie"), k >= 2, keyIs(k - 1, "la"), keyIs(k - 2, "de") { continue }
            // ("université" capitalized opens a name of its own, read before.)
            if keyIs(k, "universite"), tokens[k].capitalized { continue }
            if Self.l36FrenchNumberedHeads.contains(tokens[k]), e < tokenCount, tokens[e].kind == .number, tokens[e].spaceBefore,
               tokens[e].keyLength <= 3 {
                puts.append((a, e + 1))
                continue
            }
            guard e + 1 < tokenCount else { continue }
            if tokens[e].kind == .elision, keyIs(e, "d'") { e += 1 } else if keyIs(e, "de") || keyIs(e, "du") {
                e += 1
                if keyIs(e, "la") { e += 1 } else if tokens[e].kind == .elision, keyIs(e, "l'") { e += 1 }
            } else { continue }
            guard h15CapLatin(e), !isCountry[e] else { continue }
            let z = l36CapRun(e, limit: 3)
            guard z > e else { continue }
            puts.append((a, z))
        }
        for (a, b) in puts where !l36Covered(a, b, .organization) {
            let (s, e) = (tokens[a].start, tokens[b - 1].end)
            // (A longer body read over it keeps it: "… de la gendarmerie de X" inside a section's name.)
            if anyMention(where: { $0.type == .organization && $0.start < s && $0.end >= e || $0.type == .organization && $0.start <= s && $0.end > e }) { continue }
            h27Replace(a, b, with: mention(a, b, type: .organization, evidence: .cue), overKnown: true)
        }
    }

    /// Heads of a school named after a person or a saint (folded keys).
    static let l36FrenchSchoolHeads = l36Keys(["collège", "lycée", "école"])

    /// "le collège Jean-Jaurès de Bannalec": a school's name ends before "de" and its town, which is a place.
    mutating func l36FrenchSchoolTowns() {
        guard articleHas(Self.l36FrenchSchoolHeads) else { return }
        var cut: [(Int, Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z - a >= 3, Self.l36FrenchSchoolHeads.contains(tokens[a]), h15CapLatin(a + 1) else { continue }
            // The last "de" before one or two capitalized words that end the mention.
            var j = z - 1
            while j > a + 1, h15CapLatin(j) || h15GluedHyphen(j) { j -= 1 }
            guard j > a + 1, keyIs(j, "de") || tokens[j].kind == .elision && keyIs(j, "d'"), l36Words(j + 1, z + 1) <= 2,
                  h15CapLatin(j - 1) || h15CapLatin(j - 2) && h15GluedHyphen(j - 1) else { continue }
            cut.append((i, a, j, z + 1))
        }
        guard !cut.isEmpty else { return }
        var added: [Mention] = []
        for (i, a, j, b) in cut {
            added.append(mention(a, j, type: .organization, evidence: mentionEvidence(i)))
            var town = mention(j + 1, b, type: .place, evidence: .cue)
            town.placeContext = true
            added.append(town)
        }
        replaceMentions(removing: Set(cut.map { $0.0 }), adding: added)
        // (The school's "Jean-Jaurès de Bannalec" read as a person made the town's other one-word mentions people.)
        for (_, _, j, b) in cut where b == j + 2 {
            let town = j + 1
            for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil && mentionWordCount(i) == 1 {
                guard let (a, z) = h31Span(i), a == z, tokens[a].keyHash == tokens[town].keyHash, keyIs(a, tokens[town].key) else { continue }
                mentions[i].type = .place
                mentions[i].placeContext = true
            }
        }
    }

    /// 'au lieu-dit Kerhuel': the name after "lieu-dit" is a place (a hamlet), not a body.
    mutating func l36FrenchLieuDit() {
        guard articleHas(Self.l36FrenchLieuWords) else { return }
        var puts: [(Int, Int)] = []
        for k in 0..<max(0, tokenCount - 3) where tokens[k].kind == .word && !tokens[k].capitalized && keyIs(k, "lieu") {
            guard h15GluedHyphen(k + 1), keyIs(k + 2, "dit"), h15CapLatin(k + 3), !isCountry[k + 3] else { continue }
            let e = l36CapRun(k + 3, limit: 3)
            puts.append((k + 3, e))
        }
        for (a, b) in puts where !l36Covered(a, b, .place) { h42Put(a, b, .place) }
    }
    static let l36FrenchLieuWords = l36Keys(["lieu"])

    // MARK: English: offices and districts

    static let l36EnglishOfficeCues = l36Keys(["office", "district"])
    /// Words before "District" that make it a service body's ("Fire Protection District", "Unified School District").
    static let l36EnglishServiceWords = l36Keys(["protection", "fire", "school", "water", "sanitation", "hospital", "utility", "irrigation",
        "transit", "library", "conservation", "recreation", "sewer", "drainage", "flood", "ambulance"])

    /// Token `k` is an ordinal glued into one word ("20th") or the suffix after its digits: the ordinal's first token.
    func l36OrdinalStart(_ k: Int) -> Int? {
        guard k >= 0, k < tokenCount else { return nil }
        if tokens[k].kind == .word || tokens[k].kind == .number, let f = tokens[k].key.utf8.first, f >= 0x30, f <= 0x39 { return k }
        if k > 0, tokens[k - 1].kind == .number, !tokens[k].spaceBefore, keyIs(k, "th") || keyIs(k, "st") || keyIs(k, "nd") || keyIs(k, "rd") { return k - 1 }
        return nil
    }

    /// "the Boulder County Sheriff's Office", "the 20th Judicial District Attorney's Office", "the Nederland Fire Protection
    /// District": the capitalized words before "'s Office", and before a service's "District", are one body (an
    /// ordinal before them its part).
    mutating func l36EnglishOffices() {
        guard articleHas(Self.l36EnglishOfficeCues) else { return }
        var puts: [(Int, Int)] = []
        for k in 2..<max(2, tokenCount) where tokens[k].kind == .word && tokens[k].capitalized {
            let office = keyIs(k, "office") && keyIs(k - 1, "'s")
            let district = !office && keyIs(k, "district") && h15CapLatin(k - 1) && Self.l36EnglishServiceWords.contains(tokens[k - 1])
            guard office || district else { continue }
            let z = office ? k - 2 : k - 1
            guard h15CapLatin(z) else { continue }
            var a = z
            while a > 0, z - a < 5, h15CapLatin(a - 1), !isStopwordKey(a - 1), !tokens[a].sentenceStart || a == z, !tokens[a].newlineBefore { a -= 1 }
            if let o = l36OrdinalStart(a - 1), !tokens[a].newlineBefore { a = o }
            if office, a == z, !(a > 0 && l36OrdinalStart(a - 1) != nil) {
                // ("the Sheriff's Office": one word is a title's office, kept when capitalized mid-sentence.)
                if tokens[a].sentenceStart { continue }
            }
            puts.append((a, k + 1))
        }
        for (a, b) in puts where !l36Covered(a, b, .organization) {
            let (s, e) = (tokens[a].start, tokens[b - 1].end)
            if anyMention(where: { $0.type == .organization && $0.known != nil && $0.start < e && $0.end > s }) { continue }
            h27Replace(a, b, with: mention(a, b, type: .organization, evidence: .cue), overKnown: true)
        }
    }

    // MARK: English: events

    /// Last words of an event's or a programme's name, never a person's.
    static let l36EnglishEventEnds = l36Keys(["fire", "wildfire", "bushfire", "scheme", "programme", "program", "initiative"])

    /// "the Caribou Ridge Fire", "the Marshall Fire", "the Home Warranty Scheme": an unknown person read over a name that
    /// ends in an event's or a programme's word is none.
    mutating func l36EnglishEvents() {
        guard articleHas(Self.l36EnglishEventEnds) else { l36EnglishHyphenWords(); return }
        var dropped = Set<Int>()
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (_, z) = h31Span(i), tokens[z].capitalized, Self.l36EnglishEventEnds.contains(tokens[z]) else { continue }
            dropped.insert(i)
        }
        if !dropped.isEmpty { replaceMentions(removing: dropped) }
        l36EnglishHyphenWords()
    }

    /// "Kick-off times were moved", "The Nasdaq-listed company": a person read over a word glued by a hyphen to a
    /// lowercase word is none (a common compound opening a sentence); before "-listed", the exchange's name is a body.
    mutating func l36EnglishHyphenWords() {
        var dropped = Set<Int>()
        var exchanges: [Int] = []
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            // (The compound alone, opening its sentence or before "listed": "Kim Tae-hoon" is a Korean name.)
            guard let (a, z) = h31Span(i), z == a + 2, h15GluedHyphen(z - 1), tokens[z].kind == .word, !tokens[z].capitalized,
                  !tokens[z].allCaps else { continue }
            let listed = keyIs(z, "listed")
            guard listed || tokens[a].sentenceStart else { continue }
            dropped.insert(i)
            if listed { exchanges.append(a) }
        }
        guard !dropped.isEmpty else { return }
        replaceMentions(removing: dropped, adding: exchanges.map { mention($0, $0 + 1, type: .organization, evidence: .cue) })
    }

    /// Lowercase nouns of a housing development after its name.
    static let l36EnglishEstateNouns = l36Keys(["subdivision", "estate", "neighborhood", "neighbourhood"])

    /// "the Caribou Ranch subdivision", "the Aura estate": the name right before a housing development's lowercase noun is
    /// a place (a person before "estate" is a dead man's estate, left alone).
    mutating func l36EnglishEstates() {
        guard articleHas(Self.l36EnglishEstateNouns) else { return }
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .place && mentionType(i) != .country {
            guard let (a, z) = h31Span(i), z + 1 < tokenCount, tokens[z + 1].kind == .word, !tokens[z + 1].capitalized,
                  Self.l36EnglishEstateNouns.contains(tokens[z + 1]), z > a || !tokens[a].sentenceStart else { continue }
            if mentionType(i) == .person, keyIs(z + 1, "estate") { continue }
            mentions[i].type = .place
            mentions[i].placeContext = true
        }
    }

    static let l36EnglishTownNouns = l36Keys(["town", "village", "hamlet", "township"])

    /// "the mountain town of Nederland": a country's name after "town of" or "village of" is a town's (an English text
    /// names no country so; the country's own-language name is a town's in many lands).
    mutating func l36EnglishTownOfCountry() {
        guard articleHas(Self.l36EnglishTownNouns) else { return }
        var swaps: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .country {
            guard let (a, z) = h31Span(i), a >= 2, keyIs(a - 1, "of"), tokens[a - 2].kind == .word, !tokens[a - 2].capitalized,
                  Self.l36EnglishTownNouns.contains(tokens[a - 2]) else { continue }
            swaps.append((i, a, z + 1))
        }
        guard !swaps.isEmpty else { return }
        let added = swaps.map { h18Place($0.1, $0.2) }
        for (_, a, b) in swaps { for k in a..<b { isCountry[k] = false } }
        replaceMentions(removing: Set(swaps.map { $0.0 }), adding: added)
    }

    // MARK: Arabic: credits

    /// Labels of a photographer, an author or an interviewer before a colon (folded keys).
    static let l36ArabicCreditWords = l36Keys(["تصوير", "بعدسة", "بقلم", "إعداد", "كتب", "كتبت", "الحوار", "حاوره", "حاورته"])

    /// "(صورة: … تصوير: حمد الغفلي /قنا/)", "أجرى الحوار: سلمى المنصوري": the two to four Arabic words after a credit's
    /// label and its colon, up to a mark or the line's end, are a person.
    mutating func l36ArabicCredits() {
        guard articleHas(Self.l36ArabicCreditWords) else { return }
        var puts: [(Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].kind == .word && tokens[k].script == .arabic && Self.l36ArabicCreditWords.contains(tokens[k]) {
            guard k + 3 < tokenCount, keyIs(k + 1, ":") else { continue }
            let p = k + 2
            var e = p
            while e < tokenCount, e - p < 4, h18ArabicWord(e), e == p || !tokens[e].newlineBefore { e += 1 }
            guard e - p >= 2, e == tokenCount || tokens[e].kind == .punct || tokens[e].newlineBefore else { continue }
            if (p..<e).contains(where: { isCountry[$0] }) { continue }
            puts.append((p, e))
        }
        for (a, b) in puts { l36PutPerson(a, b) }
    }

    // MARK: Arabic: venues named after people

    /// A stadium's, an arena's or a sports complex's noun, with its clitics (folded keys).
    static let l36ArabicVenueNouns = l36Keys(["ملعب", "بملعب", "وملعب", "لملعب", "استاد", "باستاد", "مركب", "بمركب", "المجمع", "بالمجمع",
        "والمجمع", "مجمع", "بمجمع", "قاعة", "بقاعة", "المركب", "بالمركب"])
    static let l36ArabicVenueAdjectives = l36Keys(["الرياضي", "الأولمبي", "الدولي", "الرياضية", "المغطاة"])
    static let l36ArabicOrdinals = l36Keys(["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع"])
    static let l36ArabicRoyalTitles = l36Keys(["الأمير", "الملك", "الشيخ", "السلطان", "الأميرة"])
    /// "الملعب" and its clitics, and the adjectives that name a town's stadium ("الملعب البلدي", "الملعب الكبير").
    static let l36ArabicTheStadium = l36Keys(["الملعب", "بالملعب", "والملعب", "للملعب"])
    static let l36ArabicStadiumAdjectives = l36Keys(["البلدي", "الكبير", "الأولمبي", "الشرفي"])

    /// "بملعب محمد الخامس", "بالمجمع الرياضي الأمير مولاي عبد الله", "على أرضية الملعب البلدي": a venue's noun (its adjectives,
    /// a royal title) and the person read after it are one place, no person; "the municipal / grand stadium" a place.
    mutating func l36ArabicVenues() {
        guard articleHas(Self.l36ArabicVenueNouns) || articleHas(Self.l36ArabicTheStadium) else { return }
        var puts: [(Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].kind == .word && tokens[k].script == .arabic {
            if Self.l36ArabicTheStadium.contains(tokens[k]), h18ArabicIn(k + 1, Self.l36ArabicStadiumAdjectives) {
                puts.append((k, k + 2))
                continue
            }
            guard Self.l36ArabicVenueNouns.contains(tokens[k]) else { continue }
            var p = k + 1
            while p < tokenCount, p - k <= 2, h18ArabicIn(p, Self.l36ArabicVenueAdjectives) { p += 1 }
            var q = p
            if h18ArabicIn(q, Self.l36ArabicRoyalTitles) { q += 1 }
            // ("بملعب الحسن الثاني": a king's name and his ordinal, read as a person or not.)
            if h18ArabicWord(q), h18ArabicIn(q + 1, Self.l36ArabicOrdinals) {
                puts.append((k, q + 2))
                continue
            }
            guard let j = h32MentionStarting(at: q) ?? (q > p ? h32MentionStarting(at: p) : nil), mentionType(j) == .person,
                  let (_, z) = h31Span(j) else { continue }
            puts.append((k, z + 1))
        }
        for (a, b) in puts where !l36Covered(a, b, .place) {
            let (s, e) = (tokens[a].start, tokens[b - 1].end)
            // (A body read over more than the venue keeps it: "إدارة الملعب البلدي …".)
            if anyMention(where: { $0.type == .organization && ($0.start < s || $0.end > e) && $0.start < e && $0.end > s }) { continue }
            h27Replace(a, b, with: mention(a, b, type: .place, evidence: .cue), overKnown: true)
        }
    }

    // MARK: Arabic: the dateline's outlet

    /// Sections of a news site written after its name in a dateline ("هسبريس - الرياضة:").
    static let l36ArabicSections = l36Keys(["الرياضة", "رياضة", "الاقتصاد", "اقتصاد", "السياسة", "الثقافة", "ثقافة", "محليات", "منوعات",
        "الصحة", "التكنولوجيا", "فن", "الفن", "دولي", "عربي"])

    /// "المنيا - الأهرام:", "جدة - الشرق الأوسط:", 'قازان - "روسيا اليوم"' on one of the text's first lines: after the
    /// dateline's town and a dash, the outlet (a body, whatever a place's name it spells); "هسبريس - الرياضة:": before a
    /// site's section, the outlet.
    mutating func l36ArabicDatelineOutlet() {
        var puts: [(Int, Int)] = []
        var lines = 0
        var k = 0
        while k < tokenCount, lines < 4 {
            defer { k += 1 }
            guard k == 0 || tokens[k].newlineBefore else { continue }
            lines += 1
            var e = k
            while e < tokenCount, e - k < 3, h18ArabicWord(e) { e += 1 }
            guard e > k, e + 1 < tokenCount, keyIs(e, "-") || keyIs(e, "–") else { continue }
            var p = e + 1
            let quoted = h32Quote(p)
            if quoted { p += 1 }
            var f = p
            while f < tokenCount, f - p < 3, h18ArabicWord(f), f == p || !tokens[f].newlineBefore { f += 1 }
            guard f > p else { continue }
            var g = f
            if quoted { guard h32Quote(f) else { continue }; g = f + 1 }
            guard g == tokenCount || keyIs(g, ":") || tokens[g].newlineBefore else { continue }
            if f - p == 1, Self.l36ArabicSections.contains(tokens[p]) {
                if !(k..<e).contains(where: { isCountry[$0] }) { puts.append((k, e)) }
            } else {
                let (s, t) = (tokens[k].start, tokens[e - 1].end)
                guard anyMention(where: { $0.type == .place && $0.start <= s && $0.end >= t }) else { continue }
                // ("أسوان - محمود فاروق الشاذلي:": a reporter's byline, a person read there, is kept.)
                let (u, v) = (tokens[p].start, tokens[f - 1].end)
                if anyMention(where: { $0.type == .person && $0.start < v && $0.end > u }) { continue }
                puts.append((p, f))
            }
        }
        for (a, b) in puts where !l36Covered(a, b, .organization) {
            h27Replace(a, b, with: mention(a, b, type: .organization, evidence: .cue), overKnown: true)
        }
    }

    // MARK: Arabic: a body's fields after its name

    /// Heads of a university, an institute, a centre or an academy, with their clitics (folded keys).
    static let l36ArabicFieldBodyHeads = l36Keys(["جامعة", "وجامعة", "بجامعة", "لجامعة", "معهد", "ومعهد", "بمعهد", "لمعهد", "أكاديمية",
        "وأكاديمية", "كلية", "وكلية", "بكلية", "المركز", "والمركز", "مركز", "ومركز"])

    /// "جامعة الملك عبدالله للعلوم والتقنية", "معهد وودز هول لعلوم المحيطات": a university's or an institute's name goes on over
    /// its fields ("للعلوم", "لعلوم المحيطات", "والتقنية"), with at most one word of its name left before them.
    mutating func l36ArabicBodyFields() {
        guard articleHas(Self.l36ArabicFieldBodyHeads) else { return }
        var grown: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization {
            guard let (a, z) = h31Span(i), Self.l36ArabicFieldBodyHeads.contains(tokens[a]) else { continue }
            // (A name that ends in its field already is whole: "جامعة … للتكنولوجيا اتفاقية لتبادل الطلاب".)
            if keyStarts(z, "ل") { continue }
            var q = z + 1
            // (One word of a two-word name left out: "معهد وودز هول لعلوم المحيطات".)
            var skipped = false
            if z == a + 1, h18ArabicWord(q), !h18Article(q), !keyStarts(q, "ل"), !keyStarts(q, "و"), !isCountry[q],
               !Self.h18ArabicStops.contains(tokens[q]), q + 1 < tokenCount, keyStarts(q + 1, "ل") { q += 1; skipped = true }
            guard h18ArabicWord(q), !tokens[q].newlineBefore, !isCountry[q], PlainText.count(tokens[q].text) >= 4 else { continue }
            var e: Int
            if keyStarts(q, "لل") {
                e = q + 1
            } else if skipped, keyStarts(q, "ل"), h18ArabicWord(q + 1), h18Article(q + 1), !isCountry[q + 1] {
                // ("لعلوم المحيطات": a field in construct, after a name's word only: "لتدريب المهندسين" is a purpose.)
                e = q + 2
            } else { continue }
            // ("والتقنية": one more field, joined by و; not another body: "والجامعة …".)
            if e < tokenCount, h18ArabicWord(e), keyStarts(e, "وال"), !isCountry[e], !Self.l36ArabicWawBodies.contains(tokens[e]) { e += 1 }
            if anyMention(where: { $0.type != .country && $0.start < tokens[e - 1].end && $0.end > tokens[z].end && $0.known != nil }) { continue }
            grown.append((i, a, e))
        }
        guard !grown.isEmpty else { return }
        for (i, a, e) in grown.reversed() {
            // (A glued و is the sentence's conjunction: "ومعهد …".)
            let m = h16WithoutWaw(mention(a, e, type: .organization, evidence: mentionEvidence(i)))
            mentions.remove(at: i)
            h27Replace(a, e, with: m)
        }
    }

    static let l36ArabicWawBodies = l36Keys(["والجامعة", "والمعهد", "والمركز", "والكلية", "والأكاديمية", "والهيئة", "والشركة", "والوزارة",
        "والمؤسسة", "والجمعية", "والبنك", "والصندوق"])

    // MARK: Arabic: a club's name and the next word

    /// Words after a club's name that are part of it ("الرجاء الرياضي", "الوداد البيضاوي" are read whole before).
    static let l36ArabicClubTails = l36Keys(["الرياضي", "الرياضية"])

    /// "وأدرك الرجاء التعادل", "رفع الرجاء رصيده": a two-word body whose first word is a club's name read whole elsewhere
    /// ("الرجاء الرياضي") and whose second is no part of it is the club alone (the second word the verb's object).
    mutating func l36ArabicClubTails() {
        guard articleHas(Self.l36ArabicClubTails) else { return }
        var clubs: [UInt64] = []
        for i in mentions.indices where mentionType(i) == .organization {
            guard let (a, z) = h31Span(i), z >= a + 1, Self.l36ArabicClubTails.contains(tokens[z]), h18ArabicWord(z - 1) else { continue }
            clubs.append(tokens[z - 1].keyHash)
        }
        guard !clubs.isEmpty else { return }
        var cut: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z == a + 1, h18ArabicWord(a), h18ArabicWord(z), clubs.contains(tokens[a].keyHash),
                  !Self.l36ArabicClubTails.contains(tokens[z]), !isCountry[z] else { continue }
            cut.append((i, a))
        }
        guard !cut.isEmpty else { return }
        let added = cut.map { (i, a) in mention(a, a + 1, type: .organization, evidence: mentionEvidence(i)) }
        replaceMentions(removing: Set(cut.map { $0.0 }), adding: added)
    }

    // MARK: English: titles read as names; counties

    /// "Deputy District Attorney Anthony Reyes": a place or a body read over a title alone ("District Attorney") is none.
    mutating func l36EnglishTitlesAlone() {
        var dropped = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionWordCount(i) >= 2 && (mentionType(i) == .place || mentionType(i) == .organization) {
            guard let (a, z) = h31Span(i) else { continue }
            // (The title may open a word before: "Deputy District Attorney".)
            if let t = titleMatch(at: a), t.length == z - a + 1 { dropped.insert(i); continue }
            if a > 0, tokens[a - 1].capitalized, let t = titleMatch(at: a - 1), t.length == z - a + 2 { dropped.insert(i); continue }
            // (An American office's title, all its words a title's: "District Attorney", "County Sheriff".)
            if (a...z).allSatisfy({ tokens[$0].kind == .word && Self.l36EnglishTitleWords.contains(tokens[$0]) }),
               (a...z).contains(where: { Self.l36EnglishTitleHeads.contains(tokens[$0]) }) { dropped.insert(i) }
        }
        if !dropped.isEmpty { replaceMentions(removing: dropped) }
    }

    static let l36EnglishTitleHeads = l36Keys(["attorney", "sheriff", "coroner", "prosecutor", "defender", "magistrate", "marshal", "undersheriff"])
    static let l36EnglishTitleWords = l36Keys(["attorney", "sheriff", "coroner", "prosecutor", "defender", "magistrate", "marshal", "undersheriff",
        "district", "deputy", "assistant", "county", "general", "chief", "public", "state", "senior", "special", "city"])

    static let l36EnglishCountyNouns = l36Keys(["counties"])

    /// "across Boulder and Gilpin counties": the last county carries the plural noun as written (a place), the word alone
    /// being the first county's city or its own name.
    mutating func l36EnglishCounties() {
        guard articleHas(Self.l36EnglishCountyNouns) else { return }
        var grown: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z + 1 < tokenCount, !tokens[z + 1].capitalized, keyIs(z + 1, "counties"), a >= 2,
                  keyIs(a - 1, "and") else { continue }
            grown.append((i, a, z + 2))
        }
        guard !grown.isEmpty else { return }
        let added = grown.map { h18Place($0.1, $0.2) }
        replaceMentions(removing: Set(grown.map { $0.0 }), adding: added)
    }

    // MARK: Platforms

    /// Platforms that carry posts (folded keys; "X" left out: one letter, and a company too).
    static let l36PlatformNames = l36Keys(["telegram", "facebook", "instagram", "whatsapp", "tiktok", "youtube", "wechat", "weibo", "vkontakte"])
    static let l36PlatformAfter = l36Keys(["channel", "channels", "account", "accounts", "page", "post", "posts", "chaîne", "chaînes", "compte",
        "comptes", "pages"])
    static let l36PlatformBefore = l36Keys(["on", "via", "sur"])

    /// "congratulated the club on Telegram", "on Belarusian Telegram channels", "sur Facebook": a platform named as the
    /// medium of a post is none.
    mutating func l36Platforms() {
        guard articleHas(Self.l36PlatformNames) else { return }
        var dropped = Set<Int>()
        for i in mentions.indices where (mentionType(i) == .organization || mentionType(i) == nil) && mentionWordCount(i) == 1 {
            guard let (a, z) = h31Span(i), a == z, Self.l36PlatformNames.contains(tokens[a]) else { continue }
            let after = z + 1 < tokenCount && tokens[z + 1].kind == .word && Self.l36PlatformAfter.contains(tokens[z + 1])
            var b = a - 1
            // ("on Belarusian Telegram channels": an adjective between.)
            if b > 0, isCap(b), !isCountry[b] || after { b -= 1 }
            let before = b >= 0 && tokens[b].kind == .word && Self.l36PlatformBefore.contains(tokens[b])
            if after || before && (b == a - 1 || after) { dropped.insert(i) }
        }
        if !dropped.isEmpty { replaceMentions(removing: dropped) }
    }

    // MARK: Arabic: a person after a role

    /// Roles written before a person's name, with their article (folded keys).
    static let l36ArabicRoles = l36Keys(["مدرب", "المدرب", "رئيس", "مدير", "المدير", "قائد", "القائد", "لاعب", "اللاعب", "حارس", "الحارس",
        "مهاجم", "المهاجم", "مدافع", "المدافع", "المتحدث", "الناطق", "محافظ", "سفير", "وزير", "عميد", "أستاذ", "الباحث", "الباحثة", "السائق",
        "النائب", "الحكم", "رئيسة", "مديرة", "المديرة", "أستاذة", "عضو", "الطبيب", "المحامي", "القاضي"])

    /// Token `k` may be a word of a person's name: an Arabic word of three letters or more, no function word, role,
    /// country or clitic-and-article form, and no part of a name read before.
    func l36ArabicNameWord(_ k: Int) -> Bool {
        guard h18ArabicWord(k), !isCountry[k], PlainText.count(tokens[k].text) >= 3, !Self.h18ArabicStops.contains(tokens[k]),
              !Self.l33ArabicAfterName.contains(tokens[k]), !Self.l36ArabicRoles.contains(tokens[k]) else { return false }
        return !(keyStarts(k, "بال") || keyStarts(k, "لل") || keyStarts(k, "وال") || keyStarts(k, "فال"))
    }

    /// "وقال المدرب البرتغالي للرجاء، روي ألميدا، في …", "مدرب نهضة بركان، عبد الرحيم طاليب، أن …", "السائق صابر فتحي قناوي (43
    /// عاما)": two or three name words set off by commas after a role's phrase (a role within the four words before the
    /// comma), or right after a role and before a parenthesized age, are a person.
    mutating func l36ArabicRolePeople() {
        guard articleHas(Self.l36ArabicRoles) else { return }
        var puts: [(Int, Int)] = []
        for k in 0..<tokenCount where tokens[k].kind == .word && tokens[k].script == .arabic && Self.l36ArabicRoles.contains(tokens[k]) {
            // Right after the role, before "(" and a number.
            var e = k + 1
            while e < tokenCount, e - k <= 3, l36ArabicNameWord(e), !tokens[e].newlineBefore { e += 1 }
            if e - k >= 3, e + 1 < tokenCount, keyIs(e, "("), tokens[e + 1].kind == .number, !h18Article(k + 1) {
                puts.append((k + 1, e))
                continue
            }
            // Set off by commas within four words after the role.
            var c = k + 1
            while c < tokenCount, c - k <= 4, h18ArabicWord(c), !tokens[c].newlineBefore { c += 1 }
            guard c > k + 1, c < tokenCount, keyIs(c, "،") || keyIs(c, ",") else { continue }
            let p = c + 1
            guard p < tokenCount, !h18Article(p) else { continue }
            e = p
            while e < tokenCount, e - p < 3, l36ArabicNameWord(e), !tokens[e].newlineBefore { e += 1 }
            guard e - p >= 2, e < tokenCount, keyIs(e, "،") || keyIs(e, ",") else { continue }
            puts.append((p, e))
        }
        for (a, b) in puts {
            // (A name opens with a given name or a link ("عبد"), or has no article at all ("روي ألميدا", its hamza no
            // article's alef, read in the text, not the folded key): "وزير العدل، دفاع المتهم،" is a noun and its complement.)
            if !Self.l33ArabicGivenNames.contains(tokens[a]), !Self.l33ArabicFamilyLinks.contains(tokens[a]),
               (a..<b).contains(where: { NameFinder.arabicHasPrefix(tokens[$0].text, "ال") }) { continue }
            let (s, t) = (tokens[a].start, tokens[b - 1].end)
            // (A body or a place read over the words is kept: "رئيس النادي، الوداد الرياضي،".)
            if anyMention(where: { $0.start < t && $0.end > s && ($0.type != .person || $0.known != nil) }) { continue }
            l36PutPerson(a, b)
        }
    }
}
