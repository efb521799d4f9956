import Foundation

/// Misses seen in the thirty-second session in the wire copy of holdout57 (written blind, scored untouched first: a
/// governor's working trip, an industrial accident, a corruption trial, university cooperation, a match report, a
/// festival, rail freight, an epidemic, a regional budget, a company's results), in all six languages of the corpus;
/// each a general pattern of the language, tested on other names in EntityLeft32Tests. One pass, `refineLeft32`, run
/// after `refineLeft30Asia`; every rule is gated on the article's language or script, and a rule that acts at a cue word
/// asks `articleHas` for it before any scan (the others walk the mentions of their type once, testing a token's kind and
/// case before its key).
///
/// English: a legal form's long name before the known company it names ("Joint Stock Company … Kazatomprom"); an
/// acronym in parentheses after a place (a route's "(TITR)"); "Article 306" no body; a name before "concern" or
/// "holding" a company; a word read as a person beside a place after "from"/"in"; "the Chinese Embassy in X"; research
/// stations bodies; a compound compass word opening a university, and a college apart from its university; a name ending
/// in "One" no person; a joint body with its two countries and its field; capitals glued to a number a code, no body.
/// French: the places after "quartiers de", "site de", "commune de"; "hôpital X" and "l'Hôpital central des …"; the
/// places after "gare de" and "poste frontalier de"; "Chemins de fer" + adjective; a fund's name; a vaccine's name no
/// body; a court's qualifiers and town ("le tribunal interdistrict … d'X"), "un tribunal de X" none; "Agence de lutte
/// contre …". Vietnamese: a station named after a known place ("ga Lào Cai"); "kênh đào X"; a body cut at a compound's
/// lowercase half ("Đường sắt", "Hải quan", "Xuất nhập khẩu"); industrial clusters; parenthesized acronyms of common
/// nouns no bodies; the zones' management board and a commune's health station; a body's stray syllable after a place;
/// a Latin short name in parentheses after a company; a known place read as a person, a people after "người". Russian:
/// a legal form and its quoted name, nested or hyphenated; quoted clubs that share a town's name, arenas; a body read
/// from the sentence's adverb and a title; compass adjectives before a noun no places; a station before a known town.
/// Arabic: a quoted name after a troupe's, a theatre's or a studio's noun; a body and the city after its dash, or the
/// republic after it.
extension NameFinder {
    mutating func refineLeft32() {
        guard !tokens.isEmpty else { return }
        if hasHan { return }
        if hasArabic {
            if language == "ar" {
                l32ArabicQuotedBodies()
                l32ArabicBodiesAndCities()
                l32ArabicTrailingAdverbs()
            }
            return
        }
        if lang.vi {
            l32VietnameseStations()
            l32VietnameseCanals()
            l32VietnameseCompoundBodies()
            l32VietnameseClusters()
            l32VietnameseCommonAcronyms()
            l32LatinCodes()
            l32VietnameseBoardsAndStations()
            l32VietnameseTrailingSyllables()
            l32VietnameseShortNames()
            l32VietnamesePlacesReadAsPeople()
            l32VietnameseGroupNouns()
            return
        }
        if lang.ru {
            l32RussianNestedQuotes()
            l32RussianQuotedClubs()
            l32RussianTitleOpenings()
            l32RussianCompassAdjectives()
            l32RussianStations()
            return
        }
        if language == "en" {
            l32EnglishLegalFormsOfKnownCompanies()
            l32EnglishAcronymsOfPlaces()
            l32EnglishArticles()
            l32EnglishConcerns()
            l32EnglishPlacesBesidePlaces()
            l32EnglishEmbassies()
            l32EnglishStations()
            l32EnglishCompassWords()
            l32EnglishNumberWords()
            l32EnglishJointBodies()
            l32LatinCodes()
            return
        }
        if lang.fr {
            l32FrenchPlaceLists()
            l32FrenchHospitals()
            l32FrenchStations()
            l32FrenchRailways()
            l32FrenchFunds()
            l32FrenchProducts()
            l32FrenchCourts()
            l32FrenchStruggleBodies()
            l32LatinCodes()
        }
    }

    static func l32Keys(_ list: [String]) -> KeySet { KeySet(list.map { TextFolding.key($0) }) }

    /// Retypes the unknown, non-country mention over tokens `a..<b` exactly to `type`, or adds one there when no mention
    /// overlaps them (true when the span now holds one of `type`).
    @discardableResult
    mutating func l32Ensure(_ a: Int, _ b: Int, _ type: EntityType) -> Bool {
        let (s, e) = (tokens[a].start, tokens[b - 1].end)
        if let j = firstMentionIndex(where: { $0.start == s && $0.end == e && $0.type != .country }) {
            if mentions[j].type == type { return true }
            guard mentions[j].known == nil else { return false }
            mentions[j].type = type
            mentions[j].placeContext = type == .place
            return true
        }
        if anyMention(where: { $0.start < e && $0.end > s }) { return false }
        var m = mention(a, b, type: type, evidence: .cue)
        m.placeContext = type == .place
        mentions.append(m)
        return true
    }

    // MARK: English

    /// Legal forms spelled out before a company's name (folded keys): "Joint Stock Company", "Limited Liability Partnership".
    static let l32EnglishLegalHeads = l32Keys(["Company", "Corporation", "Partnership", "Society"])

    /// "Joint Stock Company National Atomic Company Kazatomprom": a body read up to a legal form's or its own head word
    /// "Company" right before a known company is that company's long name (one entity, not two).
    mutating func l32EnglishLegalFormsOfKnownCompanies() {
        guard articleHas(Self.l32EnglishLegalHeads) else { return }
        var merges: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 2 {
            guard let (a, z) = h31Span(i), z + 1 < tokenCount, tokens[z].capitalized, Self.l32EnglishLegalHeads.contains(tokens[z]),
                  tokens[z + 1].spaceBefore, let j = h32MentionStarting(at: z + 1), mentionKnown(j) != nil, mentionType(j) == .organization,
                  let (_, jz) = h31Span(j) else { continue }
            merges.append((a, jz + 1, j))
        }
        for (a, e, j) in merges.reversed() {
            var m = mention(a, e, type: .organization, evidence: .known)
            m.known = mentions[j].known
            m.variants = [mentionSurface(j)]
            h27Replace(a, e, with: m, overKnown: true)
        }
    }

    /// "the Trans-Caspian International Transport Route (TITR)": an unknown acronym in parentheses right after a place is
    /// that place's short name, not a body.
    mutating func l32EnglishAcronymsOfPlaces() {
        var moves: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) == 1 {
            guard let (a, z) = h31Span(i), a == z, a >= 2, tokens[a].allCaps, keyIs(a - 1, "("), keyIs(a + 1, ")") else { continue }
            guard let j = h32MentionEnding(at: a - 2), mentionType(j) == .place, mentionWordCount(j) >= 2, let (ja, _) = h31Span(j),
                  tokens[ja].text.utf8.first == tokens[a].text.utf8.first else { continue }
            moves.append((i, j))
        }
        guard !moves.isEmpty else { return }
        for (i, j) in moves where !mentions[j].variants.contains(mentionSurface(i)) { mentions[j].variants.append(mentionSurface(i)) }
        // The same acronym elsewhere in the text is the place too.
        var drop = Set(moves.map { $0.0 })
        for (i, _) in moves {
            let w = mentionSurface(i)
            for k in mentions.indices where mentionType(k) == .organization && mentionKnown(k) == nil && mentionSurface(k) == w { drop.insert(k) }
        }
        replaceMentions(removing: drop)
    }

    /// Its gate: the words that number a law's parts.
    static let l32EnglishLawParts = l32Keys(["Article", "Articles", "Section", "Clause", "Paragraph", "Chapter", "Part"])
    /// "under Article 306 of the Criminal Code": a law's part and its number name no body and no place.
    mutating func l32EnglishArticles() {
        guard articleHas(Self.l32EnglishLawParts) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionType(i) != .person {
            guard let (a, z) = h31Span(i), a == z, a + 1 < tokenCount, tokens[a + 1].kind == .number,
                  Self.l32EnglishLawParts.contains(tokens[a]) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Lowercase nouns of a business group after its name.
    static let l32EnglishConcernNouns = l32Keys(["concern", "conglomerate", "holding", "consortium"])
    /// "part of the Bellesbumprom concern": one unknown word read as a place or a person before "concern", "holding",
    /// "conglomerate" or "consortium" is a company.
    mutating func l32EnglishConcerns() {
        guard articleHas(Self.l32EnglishConcernNouns) else { return }
        var found: [Int] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .organization && mentionType(i) != .country && mentionWordCount(i) == 1 {
            guard let (a, z) = h31Span(i), a == z, z + 1 < tokenCount, tokens[z + 1].kind == .word, !tokens[z + 1].capitalized,
                  Self.l32EnglishConcernNouns.contains(tokens[z + 1]) else { continue }
            found.append(i)
        }
        for i in found {
            mentions[i].type = .organization
            mentions[i].placeContext = false
            l30cRetypeSame(i, from: .place, to: .organization)
        }
    }

    /// Prepositions before a list of places.
    static let l32EnglishPlacePrepositions = l32Keys(["from", "in", "at", "to", "near", "between"])
    /// "firefighters from Krupki and Borisov": a one-word unknown person joined by "and"/"or" to a place, both after "from",
    /// "in", "near" …, is a place too.
    mutating func l32EnglishPlacesBesidePlaces() {
        var found: [Int] = []
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil && mentionWordCount(i) == 1 {
            guard let (a, z) = h31Span(i), a == z, a >= 3, keyIs(a - 1, "and") || keyIs(a - 1, "or"),
                  let j = h32MentionEnding(at: a - 2), mentionType(j) == .place, let (ja, _) = h31Span(j), ja >= 1,
                  Self.l32EnglishPlacePrepositions.contains(tokens[ja - 1]) else { continue }
            // (Not a person named after the places: "in Kent and Smith said" has a verb next.)
            if z + 1 < tokenCount, tokens[z + 1].kind == .word, keyIs(z + 1, "said") || keyIs(z + 1, "says") { continue }
            found.append(i)
        }
        for i in found {
            mentions[i].type = .place
            mentions[i].placeContext = true
            l30cRetypeSame(i, from: .person, to: .place)
        }
    }

    /// Its gate: "Embassy", "Consulate".
    static let l32EnglishMissionWords = l32Keys(["Embassy", "Consulate", "Consulate-General"])
    /// "the Chinese Embassy in Kazakhstan": a nationality, "Embassy" or "Consulate" and the country or the town after "in"
    /// are one body.
    mutating func l32EnglishEmbassies() {
        guard articleHas(Self.l32EnglishMissionWords) else { return }
        var puts: [(Int, Int)] = []
        var k = 1
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, Self.l32EnglishMissionWords.contains(tokens[k]), h15CapLatin(k - 1),
                  keyIs(k + 1, "in"), h15CapLatin(k + 2) else { continue }
            // The nationality: an adjective ("Chinese", "Russian", "Belarusian", "Kazakh", "Turkish").
            let adj = tokens[k - 1].key
            guard PlainText.hasSuffix(adj, "ese") || PlainText.hasSuffix(adj, "an") || PlainText.hasSuffix(adj, "ish") || PlainText.hasSuffix(adj, "kh")
                    || PlainText.hasSuffix(adj, "ch") || PlainText.hasSuffix(adj, "i") else { continue }
            var e = k + 2
            if isCountry[e] { while e < tokenCount, isCountry[e] { e += 1 } } else { e = l28CapRun(e, limit: 2) }
            if l28Has(k - 1, e, .organization) { continue }
            puts.append((k - 1, e))
            k = e - 1
        }
        for (a, e) in puts.reversed() {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            mentions.removeAll { $0.type == .organization && $0.known == nil && $0.start < end && $0.end > s }
            mentions.append(mention(a, e, type: .organization, evidence: .cue))
        }
    }

    /// Words that make a station a research body (folded keys).
    static let l32EnglishResearchWords = l32Keys(["Experimental", "Experiment", "Research", "Breeding", "Agricultural", "Agrotechnical", "Seismic"])
    static let l32EnglishStationWord = l32Keys(["Station"])
    /// "the North Kazakhstan Agricultural Experimental Station": a station named for research is a body, not a place.
    mutating func l32EnglishStations() {
        guard articleHas(Self.l32EnglishStationWord), articleHas(Self.l32EnglishResearchWords) else { return }
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil && mentionWordCount(i) >= 3 {
            guard let (a, z) = h31Span(i), keyIs(z, "station"), (a..<z).contains(where: { Self.l32EnglishResearchWords.contains(tokens[$0]) }) else { continue }
            mentions[i].type = .organization
            mentions[i].placeContext = false
        }
    }

    /// Compound compass words that open a body's name.
    static let l32EnglishCompassWords = l32Keys(["Northwest", "Northeast", "Southwest", "Southeast", "North-West", "North-East", "South-West", "South-East"])
    /// "Northwest A&F University": a compound compass word right before a body's name is its first word; "the College of
    /// Water Resources … of Northwest A&F University": a college read together with its university is two bodies.
    mutating func l32EnglishCompassWords() {
        guard articleHas(Self.l32EnglishCompassWords) else { return }
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), a >= 1, tokens[a].spaceBefore, tokens[a - 1].capitalized, Self.l32EnglishCompassWords.contains(tokens[a - 1])
            else { continue }
            changes.append((i, a - 1, z + 1))
        }
        for (i, a, e) in changes.reversed() { h27Replace(a, e, with: mention(a, e, type: .organization, evidence: mentionEvidence(i))) }
        // The college and its university.
        var splits: [(Int, Mention, Mention)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 6 {
            guard let (a, z) = h31Span(i), keyIs(a, "college") || keyIs(a, "faculty") || keyIs(a, "school"), keyIs(a + 1, "of"),
                  keyIs(z, "university") || keyIs(z, "academy") || keyIs(z, "institute") else { continue }
            guard let o = (a + 3..<z - 1).last(where: { keyIs($0, "of") && h15CapLatin($0 + 1) }) else { continue }
            splits.append((i, mention(a, o, type: .organization, evidence: mentionEvidence(i)), mention(o + 1, z + 1, type: .organization, evidence: .cue)))
        }
        guard !splits.isEmpty else { return }
        replaceMentions(removing: Set(splits.map { $0.0 }), adding: splits.flatMap { [$0.1, $0.2] })
    }

    /// "Russia's Uranium One": a name ending in "One" is a company (no person's family name is "One").
    mutating func l32EnglishNumberWords() {
        guard articleHasKey(hash: Self.l32OneHash) else { return }
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil && mentionWordCount(i) >= 2 {
            guard let (_, z) = h31Span(i), tokens[z].capitalized, keyIs(z, "one") else { continue }
            mentions[i].type = .organization
        }
    }
    static let l32OneHash = Token.hash("one")

    /// Its gate: "Joint".
    static let l32JointCue = l32Keys(["Joint"])
    /// "the China-Kazakhstan Joint Laboratory for Dryland Agriculture": a joint body read from "Joint" takes the two
    /// countries glued by a hyphen before it and its field after "for" (capitalized words).
    mutating func l32EnglishJointBodies() {
        guard articleHas(Self.l32JointCue) else { return }
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), a >= 3, keyIs(a, "joint"), tokens[a].capitalized, isCountry[a - 1], isCountry[a - 3],
                  l28GluedHyphen(a - 2) else { continue }
            var s = a - 3
            while s > 0, isCountry[s - 1], !tokens[s].spaceBefore { s -= 1 }
            var e = z + 1
            if e + 1 < tokenCount, keyIs(e, "for"), h15CapLatin(e + 1) { e = l28CapRun(e + 1, limit: 4) }
            changes.append((i, s, e))
        }
        for (i, a, e) in changes.reversed() { h27Replace(a, e, with: mention(a, e, type: .organization, evidence: mentionEvidence(i))) }
    }

    /// "giống cà phê TR4", "le sérotype DENV-2": capitals glued to a number (or to a hyphen and a number) are a code (a
    /// variety's, a strain's, a model's), no body.
    mutating func l32LatinCodes() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) == 1 {
            guard let (a, z) = h31Span(i), a == z, z + 1 < tokenCount, tokens[a].allCaps, !tokens[z + 1].spaceBefore else { continue }
            if tokens[z + 1].kind == .number || z + 2 < tokenCount && keyIs(z + 1, "-") && tokens[z + 2].kind == .number && !tokens[z + 2].spaceBefore {
                drop.insert(i)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: French

    /// Lowercase nouns before a list of places ("les quartiers de X, Y et Z", "son site de X").
    static let l32FrenchPlaceNouns = l32Keys(["quartier", "quartiers", "site", "arrondissement", "arrondissements", "district", "districts",
                                              "commune", "communes", "village", "villages", "localite", "localites"])
    /// "Les quartiers de Ha Dong, Long Bien et Cau Giay", "son site de Kim Chung": the capitalized names after a district's,
    /// a commune's or a site's lowercase noun and "de" (listed with commas and "et") are places, not people.
    mutating func l32FrenchPlaceLists() {
        guard articleHas(Self.l32FrenchPlaceNouns) else { return }
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized || tokens[k].sentenceStart, Self.l32FrenchPlaceNouns.contains(tokens[k]) else { continue }
            var p = k + 1
            if keyIs(p, "de") { p += 1 } else if tokens[p].kind == .elision, keyIs(p, "d'") || keyIs(p, "d’") || keyIs(p, "d") { p += 1 } else { continue }
            // The names, then whether the list closes with "et" (a comma alone may end the list: "de X, M. Y").
            var runs: [(Int, Int)] = []
            var closed = false
            while p < tokenCount, runs.count < 6, h15CapLatin(p), !isCountry[p] {
                let e = l28CapRun(p, limit: 4)
                guard e > p, e - p > 1 || tokens[p].keyLength > 1 else { break }
                if e < tokenCount, keyIs(e, "."), !tokens[e].spaceBefore, e - p == 1, tokens[p].keyLength <= 2 { break }
                runs.append((p, e))
                if closed { break }
                guard e + 1 < tokenCount, keyIs(e, ",") || keyIs(e, "et") else { break }
                if keyIs(e, "et") { closed = true }
                p = e + 1
            }
            if !closed, runs.count > 1 { runs = [runs[0]] }
            for (a, e) in runs { l32Ensure(a, e, .place) }
        }
    }

    /// Its gate: "hôpital", "Hôpital".
    static let l32FrenchHospitalWords = l32Keys(["hôpital", "clinique"])
    /// "l'hôpital Thanh Nhan": a hospital's lowercase noun and the capitalized name right after it are one body;
    /// "l'Hôpital central des maladies tropicales": a hospital's capitalized noun read alone takes its lowercase adjective
    /// and its "des …" complement up to the clause's end.
    mutating func l32FrenchHospitals() {
        guard articleHas(Self.l32FrenchHospitalWords) else { return }
        var puts: [(Int, Int)] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin, Self.l32FrenchHospitalWords.contains(tokens[k]) else { continue }
            if !tokens[k].capitalized {
                guard h15CapLatin(k + 1), tokens[k + 1].spaceBefore, !isCountry[k + 1] else { continue }
                let e = l28CapRun(k + 1, limit: 3)
                if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < tokens[e - 1].end && $0.end > tokens[k + 1].start }) { continue }
                puts.append((k, e))
                k = e - 1
                continue
            }
            // "Hôpital central des maladies tropicales" (read alone as "Hôpital", or not at all).
            if let j = h32MentionStarting(at: k), mentionKnown(j) != nil || mentionWordCount(j) > 1 { continue }
            guard k + 3 < tokenCount, tokens[k + 1].kind == .word, !tokens[k + 1].capitalized else { continue }
            var p = k + 1
            while p < tokenCount, p - k <= 2, tokens[p].kind == .word, !tokens[p].capitalized, !keyIs(p, "de"), !keyIs(p, "des"), !keyIs(p, "du") { p += 1 }
            guard keyIs(p, "des") || keyIs(p, "du") || keyIs(p, "de") else { continue }
            var e = p + 1
            while e < tokenCount, e - p <= 4, tokens[e].kind == .word, !tokens[e].capitalized, !keyIs(e, "et") { e += 1 }
            guard e > p + 1, e < tokenCount, tokens[e].kind == .punct, keyIs(e, ".") || keyIs(e, ",") || keyIs(e, ";") else { continue }
            puts.append((k, e))
            k = e - 1
        }
        for (a, e) in puts.reversed() { h42Put(a, e, .organization) }
    }

    /// Its gate: "gare", "frontalier".
    static let l32FrenchStationWords = l32Keys(["gare", "frontalier", "frontaliere"])
    /// Glued compass parts of a station's or a district's name ("Brest-Nord").
    static let l32FrenchCompassParts = l32Keys(["Nord", "Sud", "Est", "Ouest", "Centre", "Central", "Centrale"])
    /// "la gare de Brest-Nord", "la gare frontalière de Kolyadichi", "le poste frontalier d'Alachankou": the name after a
    /// station's or a border post's "de" is a place (with a glued compass part: a station, not the town).
    mutating func l32FrenchStations() {
        guard articleHas(Self.l32FrenchStationWords) else { return }
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].script == .latin else { continue }
            var p = k + 1
            if keyIs(k, "gare") {
                if keyIs(p, "frontaliere") || keyIs(p, "internationale") || keyIs(p, "centrale") || keyIs(p, "ferroviaire") { p += 1 }
            } else if keyIs(k, "frontalier"), k >= 1, keyIs(k - 1, "poste") || keyIs(k - 1, "point") {
            } else { continue }
            if keyIs(p, "de") { p += 1 } else if p < tokenCount, tokens[p].kind == .elision, keyIs(p, "d'") || keyIs(p, "d’") || keyIs(p, "d") { p += 1 } else { continue }
            guard h15CapLatin(p), !isCountry[p] else { continue }
            var e = l28CapRun(p, limit: 3)
            guard e > p else { continue }
            if e - 1 > p, Self.l32FrenchCompassParts.contains(tokens[e - 1]), !tokens[e - 1].spaceBefore {
                // (Over a known town's name: "Brest" + "-Nord".)
                h42Put(p, e, .place, overKnown: true)
                k = e - 1
                continue
            }
            if let j = h32MentionStarting(at: p), mentionKnown(j) == nil, mentionType(j) != .place, let (_, jz) = h31Span(j), jz == e - 1 {
                mentions[j].type = .place
                mentions[j].placeContext = true
            } else {
                l32Ensure(p, e, .place)
            }
            e = max(e, p + 1)
            k = e - 1
        }
    }

    /// Its gate: "Chemins".
    static let l32FrenchChemins = l32Keys(["Chemins"])
    /// "Les Chemins de fer biélorusses (BTsh)": "Chemins de fer" and a lowercase nationality adjective are a railway company.
    mutating func l32FrenchRailways() {
        guard articleHas(Self.l32FrenchChemins) else { return }
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, keyIs(k, "chemins"), keyIs(k + 1, "de"), keyIs(k + 2, "fer"),
                  tokens[k + 3].kind == .word, tokens[k + 3].script == .latin else { continue }
            var e = k + 3
            if !tokens[e].capitalized {
                // A nationality adjective ("biélorusses", "kazakhs", "français").
                let adj = tokens[e].key
                guard PlainText.hasSuffix(adj, "es") || PlainText.hasSuffix(adj, "s") || PlainText.hasSuffix(adj, "ais") else { continue }
                e += 1
            } else {
                continue
            }
            h42Put(k, e, .organization)
            k = e - 1
        }
    }

    /// Its gate: "fonds".
    static let l32FrenchFundWords = l32Keys(["fonds"])
    /// "le fonds souverain Samrouk-Kazyna": a name right after a fund's lowercase noun (and its adjective) is the fund.
    mutating func l32FrenchFunds() {
        guard articleHas(Self.l32FrenchFundWords) else { return }
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, keyIs(k, "fonds") else { continue }
            var p = k + 1
            if p < tokenCount, tokens[p].kind == .word, !tokens[p].capitalized,
               keyIs(p, "souverain") || keyIs(p, "public") || keyIs(p, "national") || keyIs(p, "prive") || keyIs(p, "etatique") { p += 1 }
            guard h15CapLatin(p), !isCountry[p] else { continue }
            let e = l28CapRun(p, limit: 3)
            guard e > p else { continue }
            if let j = h32MentionStarting(at: p) {
                if mentionKnown(j) == nil, mentionType(j) != .organization { mentions[j].type = .organization; mentions[j].placeContext = false }
                continue
            }
            l32Ensure(p, e, .organization)
        }
    }

    /// Its gate: nouns of products named after them.
    static let l32FrenchProductNouns = l32Keys(["vaccin", "vaccins", "médicament", "medicament", "logiciel", "antiviral"])
    /// "Le vaccin Qdenga du laboratoire japonais Takeda": one word right after a vaccine's or a drug's lowercase noun is the
    /// product's name, no body and no person.
    mutating func l32FrenchProducts() {
        guard articleHas(Self.l32FrenchProductNouns) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionType(i) != .place && mentionWordCount(i) == 1 {
            guard let (a, _) = h31Span(i), a >= 1, tokens[a - 1].kind == .word, !tokens[a - 1].capitalized,
                  Self.l32FrenchProductNouns.contains(tokens[a - 1]) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Its gate: "tribunal", "cour", "chambre".
    static let l32FrenchCourtWords = l32Keys(["tribunal", "cour", "chambre"])
    /// "par le tribunal interdistrict spécialisé des affaires pénales d'Almaty": a court's lowercase noun, its lowercase
    /// qualifiers and the town after the last "de" are one body; "Un tribunal d'Almaty" (indefinite) names none.
    mutating func l32FrenchCourts() {
        guard articleHas(Self.l32FrenchCourtWords) else { return }
        var puts: [(Int, Int)] = []
        var drop = Set<Int>()
        var k = 1
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].script == .latin, Self.l32FrenchCourtWords.contains(tokens[k]) else { continue }
            if keyIs(k - 1, "un") || keyIs(k - 1, "une") {
                if let j = h32MentionStarting(at: k), mentionKnown(j) == nil, mentionType(j) == .organization { drop.insert(j) }
                continue
            }
            // The definite court ("le tribunal …", "par la cour …", "de l'…"), not a courtyard ("dans sa cour").
            guard keyIs(k - 1, "le") || keyIs(k - 1, "la") || keyIs(k - 1, "du") || keyIs(k - 1, "au") || tokens[k - 1].kind == .elision && keyIs(k - 2, "de")
                    || keyIs(k - 1, "l'") || keyIs(k - 1, "l’") else { continue }
            var p = k + 1, end = -1
            while p + 1 < tokenCount, p - k <= 9 {
                let of = keyIs(p, "de") || tokens[p].kind == .elision && (keyIs(p, "d'") || keyIs(p, "d’") || keyIs(p, "d"))
                if of, h15CapLatin(p + 1), p > k + 1 { end = l28CapRun(p + 1, limit: 3); break }
                guard tokens[p].kind == .word || tokens[p].kind == .elision, !tokens[p].capitalized, !Self.l32FrenchClauseWords.contains(tokens[p]) else { break }
                p += 1
            }
            // (Something between the noun and the town: "le tribunal d'Almaty" is read already.)
            guard end > p + 1, p > k + 2 else { continue }
            if l28Has(k, end, .organization) { continue }
            puts.append((k, end))
            k = end - 1
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        for (a, e) in puts.reversed() { h42Put(a, e, .organization) }
    }

    /// Words that end a court's qualifiers (a clause goes on: "et", a possessive, an article of a new phrase).
    static let l32FrenchClauseWords = l32Keys(["et", "ou", "son", "sa", "ses", "leur", "leurs", "un", "une", "qui", "que", "a", "est", "pour", "par", "dans", "en"])

    /// Its gate: "lutte".
    static let l32FrenchLutte = l32Keys(["lutte"])
    /// Heads of bodies named for a fight ("Agence de lutte contre …").
    static let l32FrenchStruggleHeads = l32Keys(["Agence", "Office", "Comité", "Commission", "Service", "Centre", "Direction", "Bureau", "Conseil", "Brigade"])
    /// "l'Agence de lutte contre la corruption du Kazakhstan": a body's head, "de lutte contre", the lowercase evil fought
    /// and the country or the town after "du"/"de" are one body.
    mutating func l32FrenchStruggleBodies() {
        guard articleHas(Self.l32FrenchLutte) else { return }
        var puts: [(Int, Int)] = []
        var k = 0
        while k + 5 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, Self.l32FrenchStruggleHeads.contains(tokens[k]), keyIs(k + 1, "de"),
                  keyIs(k + 2, "lutte"), keyIs(k + 3, "contre") else { continue }
            var p = k + 4
            if keyIs(p, "la") || keyIs(p, "le") || keyIs(p, "les") || tokens[p].kind == .elision { p += 1 }
            var e = p
            while e < tokenCount, e - p < 4, tokens[e].kind == .word, !tokens[e].capitalized, !keyIs(e, "du"), !keyIs(e, "de"), !keyIs(e, "des"), !keyIs(e, "et") { e += 1 }
            guard e > p else { continue }
            // "du Kazakhstan", "de Dakar".
            var q = e
            if keyIs(q, "du") || keyIs(q, "de") { q += 1 } else if q < tokenCount, tokens[q].kind == .elision { q += 1 }
            if q > e, q < tokenCount, isCountry[q] || h15CapLatin(q) {
                if isCountry[q] { while q < tokenCount, isCountry[q] { q += 1 } } else { q = l28CapRun(q, limit: 3) }
                e = q
            }
            puts.append((k, e))
            k = e - 1
        }
        for (a, e) in puts.reversed() where !l28Has(a, e, .organization) { h42Put(a, e, .organization) }
    }

    // MARK: Vietnamese

    /// Its gate: "ga".
    static let l32ViStationWords = KeySet(["ga"])
    /// "tại ga Lào Cai": a station's noun before a known place (a province, a city) is a place of its own, named with its
    /// noun ("ga liên vận quốc tế Lào Cai" too); "cặp ga Lào Cai - Hà Khẩu Bắc": the name after the spaced dash is the
    /// other station's place. (Not "cảng X": the sets name a port by its town's name alone as often as with its noun.)
    mutating func l32VietnameseStations() {
        guard articleHas(Self.l32ViStationWords) else { return }
        var puts: [(Int, Int, String?)] = []
        var others: [(Int, Int)] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, keyIs(k, "ga") else { continue }
            // (Capitalized only as a headline's or a sentence's first word.)
            if tokens[k].capitalized, !(k == 0 || tokens[k].newlineBefore || tokens[k].sentenceStart) { continue }
            var p = k + 1
            if keyIs(p, "lien"), keyIs(p + 1, "van"), !tokens[p].capitalized {
                p += 2
                if keyIs(p, "quoc"), keyIs(p + 1, "te") { p += 2 }
            }
            guard isCap(p), tokens[p].spaceBefore, !isCountry[p], let j = h32MentionStarting(at: p), mentionKnown(j) != nil,
                  mentionType(j) == .place, let (ja, jz) = h31Span(j), ja == p else { continue }
            puts.append((k, jz + 1, p > k + 1 ? tokens[k].text + " " + surface(p, jz + 1) : nil))
            // "Lào Cai - Hà Khẩu Bắc".
            if jz + 2 < tokenCount, h27Dash(jz + 1), tokens[jz + 1].spaceBefore, isCap(jz + 2) {
                var e = jz + 2
                while e < tokenCount, e - jz <= 5, tokens[e].kind == .word, isCap(e), tokens[e].spaceBefore { e += 1 }
                others.append((jz + 2, e))
            }
            k = jz
        }
        guard !puts.isEmpty else { return }
        for (a, e) in others {
            if let j = h32MentionStarting(at: a), mentionKnown(j) == nil, mentionType(j) == .person { mentions[j].type = .place; mentions[j].placeContext = true } else { l32Ensure(a, e, .place) }
        }
        var longs: [(Int, String)] = []
        for (a, e, short) in puts.reversed() {
            let m = mention(a, e, type: .place, evidence: .cue)
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            mentions.removeAll { $0.type != .country && $0.start < end && $0.end > s }
            h27Replace(a, e, with: m)
            if let short { longs.append((s, short)) }
        }
        // "ga liên vận quốc tế Lào Cai" is "ga Lào Cai" named elsewhere in the text: one place.
        var drop = Set<Int>(), variants: [(Int, String)] = []
        for (s, short) in longs {
            guard let i = firstMentionIndex(where: { $0.start == s && $0.type == .place }), let j = firstMentionIndex(where: { $0.type == .place && PlainText.equal($0.surface, short) }) else { continue }
            drop.insert(i)
            variants.append((j, mentionSurface(i)))
        }
        l29cMoveToVariants(drop, variants)
    }

    /// Its gate: "kênh".
    static let l32ViKenh = KeySet(["kenh"])
    /// "qua kênh đào Suez": a canal's lowercase noun and the capitalized name after it are one place.
    mutating func l32VietnameseCanals() {
        guard articleHas(Self.l32ViKenh) else { return }
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, keyIs(k, "kenh"), keyIs(k + 1, "dao"), !tokens[k + 1].capitalized,
                  isCap(k + 2), tokens[k + 2].spaceBefore, !isCountry[k + 2] else { continue }
            let e = l30cViCapRun(k + 2, limit: 4)
            guard e > k + 2 else { continue }
            if l28Has(k, e, .place) { continue }
            h42Put(k, e, .place, overKnown: true)
            k = e - 1
        }
    }

    /// Capitalized first syllables of a compound whose second half is written lowercase inside a name, and that half
    /// (folded keys): "Đường sắt", "Hải quan", "Xuất nhập khẩu", "Dầu khí", "Cao su", "Bảo hiểm", "Hàng không", "Viễn thông".
    static let l32ViCompounds: [(StaticString, StaticString, StaticString?)] = [("duong", "sat", nil), ("hai", "quan", nil), ("xuat", "nhap", "khau"),
        ("dau", "khi", nil), ("cao", "su", nil), ("bao", "hiem", nil), ("hang", "khong", nil), ("vien", "thong", nil), ("nhap", "khau", nil)]
    static let l32ViCompoundFirsts = KeySet(["duong", "hai", "xuat", "dau", "cao", "bao", "hang", "vien", "nhap"])
    /// The lowercase halves, as the gate reads them.
    static let l32ViCompoundSeconds = KeySet(["sat", "quan", "khau", "khi", "su", "hiem", "khong", "thong"])

    /// "Công ty cổ phần Vận tải Đường" + "sắt (RATRACO)", "Chi cục Hải" + "quan khu vực VIII", "Công ty TNHH MTV Xuất" +
    /// "nhập khẩu 2-9 Đắk Lắk": a body cut at a compound's lowercase half runs on through it, then over "khu vực" and a
    /// number, a code of digits and dashes, and the capitalized syllables after.
    mutating func l32VietnameseCompoundBodies() {
        guard articleHas(Self.l32ViCompoundSeconds) else { return }
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 2 {
            guard let (a, z) = h31Span(i), z + 1 < tokenCount, tokens[z].capitalized, Self.l32ViCompoundFirsts.contains(tokens[z]),
                  tokens[z + 1].kind == .word, !tokens[z + 1].capitalized, tokens[z + 1].spaceBefore else { continue }
            guard let c = Self.l32ViCompounds.first(where: { keyIs(z, $0.0) && keyIs(z + 1, $0.1) }) else { continue }
            var e = z + 2
            if let third = c.2 {
                guard keyIs(e, third), !tokens[e].capitalized else { continue }
                e += 1
            }
            // "khu vực VIII", "khu vực 3".
            if keyIs(e, "khu"), keyIs(e + 1, "vuc"), !tokens[e].capitalized, e + 2 < tokenCount, tokens[e + 2].kind == .number || tokens[e + 2].allCaps {
                e += 3
            }
            // "2-9": a number and its dashes glued.
            if e < tokenCount, tokens[e].kind == .number, tokens[e].spaceBefore {
                e += 1
                while e + 1 < tokenCount, keyIs(e, "-"), !tokens[e].spaceBefore, tokens[e + 1].kind == .number, !tokens[e + 1].spaceBefore { e += 2 }
            }
            e = l30cViCapRun(e, limit: 5)
            changes.append((i, a, e))
        }
        for (i, a, e) in changes.reversed() { h27Replace(a, e, with: mention(a, e, type: .organization, evidence: mentionEvidence(i))) }
    }

    /// Its gate: "Cụm".
    static let l32ViCum = KeySet(["cum"])
    /// "Tại Cụm công nghiệp Ea Đar": an industrial cluster's noun and the capitalized name after it are one place.
    mutating func l32VietnameseClusters() {
        guard articleHas(Self.l32ViCum) else { return }
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, keyIs(k, "cum"), keyIs(k + 1, "cong"), keyIs(k + 2, "nghiep"),
                  !tokens[k + 1].capitalized, isCap(k + 3), tokens[k + 3].spaceBefore, !isCountry[k + 3] else { continue }
            let e = l30cViCapRun(k + 3, limit: 4)
            guard e > k + 3, !l28Has(k, e, .place) else { continue }
            let (s, end) = (tokens[k].start, tokens[e - 1].end)
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < end && $0.end > s }) { continue }
            h42Put(k, e, .place)
            k = e - 1
        }
    }

    /// "xây dựng cảng cạn (ICD)", "huyết thanh kháng độc tố bạch hầu (SAD)": an unknown acronym in parentheses after three
    /// lowercase words abbreviates a common noun, not a body.
    mutating func l32VietnameseCommonAcronyms() {
        var drop = Set<Int>()
        var words: [String] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) == 1 {
            guard let (a, z) = h31Span(i), a == z, a >= 4, tokens[a].allCaps, keyIs(a - 1, "("), keyIs(a + 1, ")"),
                  (a - 4...a - 2).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].capitalized && !tokens[$0].allCaps }) else { continue }
            // (Nor a capitalized word before them in the clause: "Trung tâm Kiểm soát bệnh tật (CDC)" names a body.)
            var p = a - 5, named = false
            while p >= 0, a - p <= 24, tokens[p].kind == .word {
                if tokens[p].capitalized || tokens[p].allCaps {
                    // (A sentence's first word is no name's.)
                    named = !(tokens[p].sentenceStart || p == 0 || tokens[p].newlineBefore)
                    break
                }
                p -= 1
            }
            if named { continue }
            drop.insert(i)
            words.append(mentionSurface(i))
        }
        guard !drop.isEmpty else { return }
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && words.contains(mentionSurface(i)) { drop.insert(i) }
        replaceMentions(removing: drop)
    }

    /// Its gate: "Ban", "trạm".
    static let l32ViBoardWords = KeySet(["ban", "tram"])
    /// "Ban Quản lý các khu công nghiệp tỉnh": a management board named for the province's zones, lowercase "các khu …" and
    /// the province's noun (and name) inside it, is one body; "Trưởng trạm Y tế xã Quảng Lâm": a commune's health station
    /// and its commune are one body.
    mutating func l32VietnameseBoardsAndStations() {
        guard articleHas(Self.l32ViBoardWords) else { return }
        var puts: [(Int, Int)] = []
        var k = 0
        while k + 5 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word else { continue }
            if tokens[k].capitalized, keyIs(k, "ban"), keyIs(k + 1, "quan"), keyIs(k + 2, "ly"), keyIs(k + 3, "cac"), keyIs(k + 4, "khu"), !tokens[k + 3].capitalized {
                var e = k + 5
                if keyIs(e, "cong") && keyIs(e + 1, "nghiep") || keyIs(e, "kinh") && keyIs(e + 1, "te") || keyIs(e, "che") && keyIs(e + 1, "xuat") { e += 2 } else { continue }
                if keyIs(e, "tinh") || keyIs(e, "thanh") && keyIs(e + 1, "pho") {
                    e += keyIs(e, "tinh") ? 1 : 2
                    if isCap(e), tokens[e].spaceBefore { e = l30cViCapRun(e, limit: 4) }
                }
                puts.append((k, e))
                k = e - 1
            } else if keyIs(k, "tram"), keyIs(k + 1, "y"), tokens[k + 1].capitalized, keyIs(k + 2, "te"), !tokens[k + 2].capitalized {
                var p = k + 3
                if keyIs(p, "xa") || keyIs(p, "phuong") { p += 1 } else if keyIs(p, "thi"), keyIs(p + 1, "tran") { p += 2 } else { continue }
                guard isCap(p), tokens[p].spaceBefore else { continue }
                let e = l30cViCapRun(p, limit: 4)
                guard e > p else { continue }
                puts.append((k, e))
                k = e - 1
            }
        }
        for (a, e) in puts.reversed() where !l28Has(a, e, .organization) { h42Put(a, e, .organization) }
    }

    /// "Trường … THCS Nậm Kè" + "tạm cho 340 học sinh nghỉ": a body read on past a two-syllable place the text names on
    /// its own into one lowercase syllable before another lowercase word stops at the place (a name's last word is not a
    /// lone lowercase syllable after a place's name).
    mutating func l32VietnameseTrailingSyllables() {
        var cuts: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 5 {
            guard let (a, z) = h31Span(i), z + 1 < tokenCount, tokens[z].kind == .word, !tokens[z].capitalized, tokens[z].script == .latin,
                  tokens[z - 1].kind == .word, tokens[z - 1].capitalized, tokens[z - 2].kind == .word, tokens[z - 2].capitalized,
                  tokens[z + 1].kind == .word, !tokens[z + 1].capitalized, !Self.l32ViCompoundFirsts.contains(tokens[z - 1]),
                  !l30cViCompound(z - 1) else { continue }
            // The two syllables are a place the text names on its own ("các xã … Nậm Kè"): not "Nhi Trung" + "ương".
            let name = surface(z - 2, z)
            guard anyMention(where: { $0.type == .place && PlainText.equal($0.surface, name) }) else { continue }
            cuts.append((i, a, z))
        }
        for (i, a, e) in cuts { mentions[i] = mention(a, e, type: .organization, evidence: mentionEvidence(i)) }
    }

    /// "Công ty TNHH MTV Xuất nhập khẩu 2-9 Đắk Lắk (Simexco Daklak)": a Latin name read as a person, alone in parentheses
    /// right after a company, is the company's short name.
    mutating func l32VietnameseShortNames() {
        var drop = Set<Int>(), variants: [(Int, String)] = []
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil && mentionWordCount(i) >= 2 {
            guard let (a, z) = h31Span(i), a >= 2, z + 1 < tokenCount, keyIs(a - 1, "("), keyIs(z + 1, ")"), tokens[a].script == .latin,
                  let j = firstMentionIndex(where: { $0.end == tokens[a - 2].end && $0.type == .organization && $0.words.count >= 3 }) else { continue }
            drop.insert(i)
            variants.append((j, mentionSurface(i)))
        }
        l29cMoveToVariants(drop, variants)
    }

    /// "Phó Giám đốc CDC Điện Biên", "người Hà Nhì": an unknown person whose words are a known place the text names
    /// ("tỉnh Điện Biên") is no one (the place is named already); one after "người" (a people: "người Ê Đê") that no one
    /// knows is no entity.
    mutating func l32VietnamesePlacesReadAsPeople() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && (mentionType(i) == .person || mentionType(i) == .place) && mentionWordCount(i) <= 3 {
            guard let (a, _) = h31Span(i) else { continue }
            if a >= 1, tokens[a - 1].kind == .word, !tokens[a - 1].capitalized, keyIs(a - 1, "nguoi") {
                // ("người Hà Nội": a known place's people keep the place.)
                // (Fields read in place, by index: `anyMention`'s test copied each mention it was lent.)
                if mentionType(i) == .person || !mentions.indices.contains(where: { mentionKnown($0) != nil && mentionType($0) == .place
                                                                                        && PlainText.equal(mentionSurface($0), mentionSurface(i)) }) { drop.insert(i) }
                continue
            }
            guard mentionType(i) == .person else { continue }
            let w = mentionSurface(i)
            if mentions.indices.contains(where: { mentionKnown($0) != nil && mentionType($0) == .place && PlainText.equal(mentionSurface($0), w) }) { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Its gate: "Đoàn".
    static let l32ViDoan = KeySet(["doan"])
    /// "Đoàn tàu được lập từ ga …", "Đoàn xe": "Đoàn" (a group: a train, a convoy, a delegation) with nothing but lowercase
    /// words after it names no body ("Đoàn Thanh niên", "Đoàn đại biểu Quốc hội tỉnh X" have capitals).
    mutating func l32VietnameseGroupNouns() {
        guard articleHas(Self.l32ViDoan) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 2 && mentionWordCount(i) <= 4 {
            guard let (a, z) = h31Span(i), tokens[a].capitalized, keyIs(a, "doan"),
                  (a + 1...z).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].capitalized && !tokens[$0].allCaps }) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: Russian

    /// Its gate: a station's noun in its cases.
    static let l32RuStationNouns = l32Keys(["станция", "станции", "станцию", "станцией"])
    /// "подачу зерновозов на станции Костанай, Тобол и Денисовка": a station's lowercase noun before a known town names the
    /// station, a place of its own ("станции Костанай", not the town); the towns listed after it stay towns.
    mutating func l32RussianStations() {
        guard articleHas(Self.l32RuStationNouns) else { return }
        var puts: [(Int, Int)] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].script == .cyrillic, Self.l32RuStationNouns.contains(tokens[k]),
                  isCap(k + 1), tokens[k + 1].spaceBefore, let j = h32MentionStarting(at: k + 1), mentionKnown(j) != nil, mentionType(j) == .place,
                  let (ja, jz) = h31Span(j), ja == k + 1, jz == k + 1 else { continue }
            // (Not a station's own name: "станции метро …", "станция Москва-Товарная" are read whole elsewhere.)
            if jz + 1 < tokenCount, l28GluedHyphen(jz + 1) { continue }
            puts.append((k, jz + 1))
            k = jz
        }
        for (a, e) in puts.reversed() {
            var m = mention(a, e, type: .place, evidence: .cue)
            m.placeContext = true
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            mentions.removeAll { $0.type != .country && $0.start < end && $0.end > s }
            mentions.append(m)
        }
    }

    /// Capitalized compass adjectives (their folded stems).
    static let l32RuCompassStems: [StaticString] = ["западн", "восточн", "северн", "южн"]
    /// "в Западной конференции", "Восточной конференции": a compass adjective read alone as a place before a lowercase noun
    /// names a division or a side, no place.
    mutating func l32RussianCompassAdjectives() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil && mentionWordCount(i) == 1 {
            guard let (a, z) = h31Span(i), a == z, z + 1 < tokenCount, tokens[a].script == .cyrillic, tokens[z + 1].kind == .word,
                  !tokens[z + 1].capitalized, tokens[z + 1].script == .cyrillic else { continue }
            // (A noun after it, not a preposition: "космодрома Восточный в Амурской области" is a place; nor the masculine
            // nominative a port's or a cosmodrome's name takes: "Восточный", "Южный".)
            guard tokens[z + 1].keyLength >= 8 else { continue }
            let key = tokens[a].key
            guard Self.l32RuCompassStems.contains(where: { st in st.withUTF8Buffer { b in key.utf8.starts(with: b) } }),
                  !PlainText.hasSuffix(key, "ый"), !PlainText.hasSuffix(key, "ий") else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Legal forms before a quoted company (folded keys).
    static let l32RuLegalForms = l32Keys(["АО", "ОАО", "ЗАО", "ПАО", "ООО", "ТОО", "ГКП", "РГП", "КГП", "ГП", "УП", "ЧУП", "ОДО", "СООО", "ИООО"])
    /// 'ОАО "Агрокомбинат "Восход""', 'АО "НК "Қазақстан темір жолы"', 'ГКП "Костанай-Су"', 'АО "Агромашхолдинг KZ"': a legal
    /// form and its quoted name, quotes nested or not, are one company (the parts read apart are none); the innermost
    /// quoted name is its short name.
    mutating func l32RussianNestedQuotes() {
        guard articleHas(Self.l32RuLegalForms) else { return }
        var puts: [(Int, Int, Int, Int, (Int, Int)?)] = []
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].allCaps, Self.l32RuLegalForms.contains(tokens[k]), h32Quote(k + 1) else { continue }
            // The name: words, hyphens and inner quotes up to the closing quote(s), before a mark or a lowercase word.
            var c = k + 2
            var inner = 0, innerStart = -1, firstClose = -1
            var last = -1
            while c < tokenCount, c - k <= 12 {
                if h32Quote(c) {
                    // An opening quote glued to the next word and spaced from the previous one.
                    if c + 1 < tokenCount, tokens[c].spaceBefore, !tokens[c + 1].spaceBefore, tokens[c + 1].kind == .word { inner += 1; innerStart = c + 1; c += 1; continue }
                    firstClose = c
                    last = c
                    c += 1
                    while c < tokenCount, h32Quote(c), !tokens[c].spaceBefore { last = c; c += 1 }
                    break
                }
                if tokens[c].newlineBefore { break }
                c += 1
            }
            guard last > k + 2 else { continue }
            // Only what an earlier reading cut: nested quotes, or a hyphenated or mixed-script name.
            let mixed = (k + 2..<last).contains(where: { tokens[$0].kind == .word && tokens[$0].script == .latin })
                && (k + 2..<last).contains(where: { tokens[$0].kind == .word && tokens[$0].script == .cyrillic })
            let hyphen = (k + 2..<last).contains(where: { l28GluedHyphen($0) })
            guard inner > 0 || mixed || hyphen else { continue }
            puts.append((k, last + 1, k + 2, last, inner > 0 ? (innerStart, firstClose) : nil))
            k = last
        }
        for (a, e, na, nz, innermost) in puts.reversed() {
            var m = mention(a, e, type: .organization, evidence: .cue)
            // The name without the legal form and the outer quotes.
            var ne = nz
            while ne > na, h32Quote(ne) { ne -= 1 }
            if ne >= na { m.variants = [surface(na, ne + 1) + (h32Quote(ne + 1) && ne + 1 < nz ? tokens[ne + 1].text : "")] }
            // The innermost quoted name after a descriptor ('"НК "Қазақстан темір жолы"', '"Национальная компания "Самрук-Энерго"'):
            // the company's own name.
            if let (s0, z0) = innermost, s0 < z0 { m.variants.append(surface(s0, z0)) }
            h27Replace(a, e, with: m, overKnown: true)
        }
    }

    /// Nouns before a quoted arena's or stadium's name (folded keys).
    static let l32RuArenaNouns = l32Keys(["арена", "арены", "арене", "арену", "ареной", "стадион", "стадиона", "стадионе", "дворец", "дворца", "дворце"])
    static let l32RuArenaWords = l32Keys(["Арена", "Арены", "Арене", "Арену", "Ареной"])
    /// 'обыграл "Сибирь"': a quoted word after a verb or a preposition that a reading took for a known place is a club or a
    /// company (a place's name is not quoted), unless an arena's noun stands before it ('ледовая арена "Алау"') or the
    /// quotes end in "Арена" ('на "Барыс Арене"'): those are places.
    mutating func l32RussianQuotedClubs() {
        var k = 1
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .punct, h32Quote(k), tokens[k].spaceBefore, tokens[k + 1].kind == .word, tokens[k + 1].script == .cyrillic,
                  tokens[k + 1].capitalized, !tokens[k + 1].spaceBefore else { continue }
            var c = k + 1
            while c < tokenCount, c - k <= 3, tokens[c].kind == .word, tokens[c].capitalized { c += 1 }
            guard c < tokenCount, h32Quote(c), !tokens[c].spaceBefore, c > k + 1 else { continue }
            let arena = tokens[k - 1].kind == .word && !tokens[k - 1].capitalized && Self.l32RuArenaNouns.contains(tokens[k - 1])
            let named = c - k >= 3 && Self.l32RuArenaWords.contains(tokens[c - 1])
            if arena || named {
                if !l28Has(k + 1, c, .place) { h42Put(k + 1, c, .place, overKnown: true) }
                k = c
                continue
            }
            // One quoted word read as a known place, after a verb or a preposition: a club.
            guard c == k + 2 else { k = c; continue }
            // (A road's code, a zone's noun or a company's legal form before the quotes: read by their own rules.)
            guard tokens[k - 1].kind == .word, !tokens[k - 1].capitalized, !tokens[k - 1].allCaps, !Self.l30RuZoneNouns.contains(tokens[k - 1])
            else { k = c; continue }
            if let j = h32MentionStarting(at: k + 1), mentionType(j) == .place, mentionKnown(j) != nil, let (ja, jz) = h31Span(j), ja == k + 1, jz == k + 1 {
                h42Put(k + 1, c, .organization, overKnown: true)
            }
            k = c
        }
    }

    /// Lowercase titles a sentence's reading may take in after its first word (folded keys).
    static let l32RuTitles = l32Keys(["президент", "председатель", "директор", "глава", "министр", "руководитель", "начальник", "замминистра",
                                      "заместитель", "посол", "генеральный", "губернатор", "аким", "мэр", "ректор"])
    /// "Накануне президент Федерации хоккея Республики Казахстан": a body read from the sentence's first word over a
    /// lowercase title starts after the title (the title's holder's body, the adverb no part of it).
    mutating func l32RussianTitleOpenings() {
        guard articleHas(Self.l32RuTitles) else { return }
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) != .country && mentionType(i) != .person && mentionKnown(i) == nil && mentionWordCount(i) >= 4 {
            guard let (a, z) = h31Span(i), z > a + 2, tokens[a].capitalized, tokens[a + 1].kind == .word, !tokens[a + 1].capitalized,
                  Self.l32RuTitles.contains(tokens[a + 1]), isCap(a + 2) else { continue }
            changes.append((i, a + 2, z + 1))
        }
        for (i, a, e) in changes.reversed() {
            var m = mention(a, e, type: mentionType(i) == .place ? .organization : mentionType(i), evidence: mentionEvidence(i))
            m.placeContext = false
            mentions[i] = m
        }
    }

    // MARK: Arabic

    /// Nouns of troupes, theatres, studios and clubs before a quoted name (folded keys).
    static let l32ArabicQuotedHeads = l32Keys(["فرقة", "وفرقة", "مسرح", "ومسرح", "استوديو", "واستوديو", "ستوديو", "نادي", "ونادي", "شركة", "وشركة",
                                               "مجموعة", "ومجموعة", "مهرجان", "ومهرجان", "فندق", "وفندق"])
    /// 'فرقة "أداي"', 'مسرح "أستانا أوبرا"', 'استوديو "قازاق فيلم"': the quoted name after a troupe's, a theatre's or a
    /// studio's noun is a body (the name alone, without its noun), whatever a reading made of its words.
    mutating func l32ArabicQuotedBodies() {
        guard articleHas(Self.l32ArabicQuotedHeads) else { return }
        var puts: [(Int, Int)] = []
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .arabic, Self.l32ArabicQuotedHeads.contains(tokens[k]), h32Quote(k + 1) else { continue }
            var c = k + 2
            while c < tokenCount, c - k <= 6, tokens[c].kind == .word { c += 1 }
            guard c > k + 2, c < tokenCount, h32Quote(c) else { continue }
            puts.append((k + 2, c))
            k = c
        }
        for (a, e) in puts.reversed() {
            if l28Has(a, e, .organization) { continue }
            h42Put(a, e, .organization, overKnown: true)
        }
    }

    /// Adverbs a reading may take in at a name's end (folded keys; not "اليوم", a newspaper's word: "أخبار اليوم").
    static let l32ArabicAdverbs = l32Keys(["حاليا", "حاليًا", "أمس", "غدا", "أيضا", "أيضًا", "مؤخرا", "سابقا", "كذلك"])
    /// "فيما تحتضن جامعة موغيليف حاليا نحو 70 طالبا": a body read on into an adverb after it ends before the adverb.
    mutating func l32ArabicTrailingAdverbs() {
        guard articleHas(Self.l32ArabicAdverbs) else { return }
        var cuts: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) != .country && mentionKnown(i) == nil && mentionWordCount(i) >= 3 {
            guard let (a, z) = h31Span(i), z > a + 1, tokens[z].kind == .word, h23Key(z, Self.l32ArabicAdverbs) else { continue }
            cuts.append((i, a, z))
        }
        for (i, a, e) in cuts {
            var m = mention(a, e, type: mentionType(i), evidence: mentionEvidence(i))
            m.placeContext = mentionPlaceContext(i)
            // (The reading's own words kept: "وجامعة" read as "جامعة", its conjunction off.)
            let w = mentionWords(i)
            if !PlainText.equal(w.first ?? "", m.words.first ?? "") {
                m.words = Array(w.dropLast())
                m.surface = m.words.joined(separator: " ")
            }
            mentions[i] = m
        }
    }

    static let l32ArabicRepublic = l32Keys(["جمهورية", "لجمهورية"])
    static let l32ArabicIn = l32Keys(["في"])

    /// "دائرة الثقافة" + "والسياحة – أبوظبي": a body's name, its second field joined by "و", a spaced dash and a known city
    /// (the emirate or the seat it serves) are one body; "وزارة الثقافة والإعلام في جمهورية كازاخستان", "المتحف الوطني
    /// لجمهورية كازاخستان": a body and the republic it belongs to ("في جمهورية", "لجمهورية" + the country) are one body.
    mutating func l32ArabicBodiesAndCities() {
        var changes: [(Int, Int, Int)] = []
        let republics = articleHas(Self.l32ArabicRepublic)
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 2 {
            guard let (a, z0) = h31Span(i), z0 + 2 < tokenCount else { continue }
            var z = z0
            // "والسياحة": one word glued to "و" after the name.
            if tokens[z + 1].kind == .word, tokens[z + 1].script == .arabic, tokens[z + 1].text.utf8.starts(with: [0xD9, 0x88]), z + 3 < tokenCount, h27Dash(z + 2) { z += 1 }
            if h27Dash(z + 1), tokens[z + 1].spaceBefore, z + 2 < tokenCount, tokens[z + 2].kind == .word, tokens[z + 2].script == .arabic,
               let j = h32MentionStarting(at: z + 2), mentionType(j) == .place, mentionKnown(j) != nil, let (ja, jz) = h31Span(j), ja == z + 2, jz == z + 2 {
                changes.append((i, a, z + 3))
                continue
            }
            guard republics, z == z0 else { continue }
            var p = z + 1
            if h23Key(p, Self.l32ArabicIn) { p += 1 }
            guard h23Key(p, Self.l32ArabicRepublic), p + 1 < tokenCount, isCountry[p + 1] else { continue }
            // ("لجمهورية" glued, or "في جمهورية".)
            guard p > z + 1 || keyIs(p, "لجمهورية") else { continue }
            var e = p + 1
            while e < tokenCount, isCountry[e] { e += 1 }
            changes.append((i, a, e))
        }
        for (i, a, e) in changes.reversed() {
            var m = mention(a, e, type: .organization, evidence: mentionEvidence(i))
            // (The reading's own first word kept: "ووزارة" read as "وزارة", its conjunction off.)
            if let (_, z) = h31Span(i), z + 1 < e, !PlainText.equal(mentionWords(i).first ?? "", m.words.first ?? "") {
                let tail = mention(z + 1, e, type: .organization, evidence: .cue)
                m.surface = mentionSurface(i) + " " + tail.surface
                m.words = mentionWords(i) + tail.words
            }
            h27Replace(a, e, with: m)
        }
    }
}
