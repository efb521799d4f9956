import Foundation

/// Session 53 (b): English, French, Vietnamese and Russian names of holdout76's kinds (the tests use other texts and
/// names).
/// - English: a title's capitalized words glued before a person ("Director of Public Works X Y": a title's head before
///   "of", the reading opening on a plural or a portfolio's word) lose the title's word; "the Court's X and Y Z
///   Division": a one-word reading, "and" and a body ending on a unit's noun, after "the" or a possessive, are one body;
///   a person's reading ending on a venue's or a hotel group's noun ("X Bar", "Y Resorts") is a firm (S52c's plural firm
///   nouns' loop); "a section between X and Y" (a stretch's noun first): a person's reading (no given name first) paired
///   with a place is a place; "the X estate" (one capitalized word no reading covers) is a place; a sentence's first
///   word, unread, before ", the … brand" (a firm's noun in the apposition) is a firm;
/// - French: a body's head noun read alone ("Direction", "Agence", "Institut"…) before "de la"/"du"/"des" and one to
///   three lowercase words that end the clause takes them; "la Région" (capitalized) before a lowercase adjective is
///   the regional government; a name read as a place or a person before ", filiale …" ("…, société …") is a firm; a
///   country's name after "la vallée du", "le fleuve", "la rivière", "le delta du" is the river (a place, no country);
///   "la gare de X" and "le port autonome de X", X a place read elsewhere (not as a station's), are a place apart; a
///   one-word place, "de" and a known region ("Reggio de Calabre") are one town;
/// - English and French: an untyped reading listed ("A, B et C", a comma's list going on past it) next to a place (or an
///   untyped reading of a name read as a place elsewhere) is a place, the list read on from a place to its neighbours;
///   an acronym in parentheses right after a place or a body of two words or more that opens with its letter takes that
///   name's type (every reading of the acronym; Russian too); a one-word untyped sentence opener that the article
///   writes in lowercase elsewhere ("Tea is …" beside "tea production") is a common noun;
/// - Vietnamese: a body read up to a capitalized word, then one or two lowercase syllables and a country ("Bộ X và Hợp
///   tác xã Thái Lan"), runs over them to the country's end; a name (no body's head first) after "và" or "," listed
///   after a place that a place noun opens ("cửa khẩu A và B") is a place, and so is one after "đi"/"tới"/"sang"/"đến"
///   right after a place; two to four capitalized syllables no reading covers after "tại", before a clause's word or a
///   mark, are a place (no body's head first); a route's ends ("cao tốc X - Y", the reading opening on its noun) are
///   places each (no compass word alone); a people after "dân tộc" is none; "đèo X" (X a place read elsewhere too) is a
///   place apart, and the capitalized words after "thác"/"đèo" no reading covers are a place; a corridor's code ("hành
///   lang R9", one token or a letter and its glued number) is a place; the capitalized words after "liên doanh" are a
///   firm; a body read after a title ("Chủ tịch", "… quản trị", "Giám đốc") that runs on over a family name, a middle
///   name and a given name ends before them, the person apart;
/// - Russian: the capitalized word after "вулкан" (a singular case or "вулканы") is the volcano, a place (and the second
///   one after "вулканы X и"); a body whose reading ends on a given name and a surname ("Института X РАН Алексея Озерова")
///   is cut before them, the person apart; a capitalized adjective before "филиал" (any case) and a body after it, an
///   acronym in parentheses following, are one body; a train's route ("поезда X - Y") is a place (S48c's routes) and a
///   route's end read in pieces ("Петропавловск" + "Камчатский") is one place; a quoted name after a firm's noun
///   ("авиакомпании "X Y Z"") is a firm; an untyped one-word reading that is another case of a known place read elsewhere
///   ("Хиву" beside "Хивы") is that place (its known reading copied, so that they group); a continent or its compass part
///   ("Евразии", "Северной Америкой", "Центральная Азия") is none; a quoted name right after a train's noun is none;
///   after a lowercase title, a lowercase department in the genitive ("управления X и Y") up to a bare region's noun
///   ("области") is a body.
///
/// Also (other files): Left27's apposition rule reads "X, a broker with the firm" as a person's role; S50c's English
/// routes take "corridor" and ends with a hyphenated particle ("Savanna-la-Mar"), and an untyped whole read by a place's
/// cue; MentionGrouper keeps a Latin acronym in capitals after a place apart (no spelling of the place) and joins one
/// read as a place to the place before it; places.json gives Khorezm the adjective forms its siblings have.
///
/// `refineS53b` runs after `refineS52c` (before `refineCP15`). Cost: each rule is gated on the article's language and on
/// its trigger keys (`articleHas`) where one exists; the rules then visit the mentions of one type, or the tokens
/// testing one key hash, and read a few tokens around each hit (the common-noun openers compare one key hash over the
/// tokens for each untyped sentence opener only).
extension NameFinder {
    mutating func refineS53b() {
        guard tokenCount > 2, !mentions.isEmpty else { return }
        switch language {
        case "en":
            s53bEnglishTitleGluedPersons()
            s53bEnglishAndDivisions()
            s52cEnglishPluralFirmNouns(Self.s53bEnVenueNouns)
            s53bBetweenPlaces()
            s53bEnglishEstates()
            s53bEnglishBrandAppositions()
            s53bListedPlaces(links: Self.s53bEnListLinks)
            s53bParenthesizedAcronyms()
            s53bCommonNounOpeners()
        case "fr":
            s53bFrenchBodyHeads()
            s53bFrenchRegions()
            s53bFrenchFirmAppositions()
            s53bFrenchRiverCountries()
            s53bFrenchStations()
            s53bFrenchTownsOfRegions()
            s53bListedPlaces(links: Self.s53bFrListLinks)
            s53bParenthesizedAcronyms()
            s53bCommonNounOpeners()
        case "vi":
            s53bViBodiesToCountry()
            s53bViListedAfterPlaceNouns()
            s53bViPlacesAfterTai()
            s53bRouteEnds()
            s53bViPeoples()
            s53bViFeatures()
            s53bViCorridorCodes()
            s53bViJointVentures()
            s53bViTitledBodiesBeforePersons()
        case "ru":
            s53bRussianVolcanoes()
            s53bRussianBodiesBeforePersons()
            s53bRussianBranches()
            s48cRoutes(cyrillic: true, nouns: Self.s53bRuTrainNouns)
            s53bRouteEnds()
            s53bRussianQuotedFirms()
            s53bRussianObliquePlaces()
            s53bRussianContinents()
            s53bRussianTrainNames()
            s53bRussianLowercaseDepartments()
            s53bParenthesizedAcronyms()
        default:
            break
        }
    }

    /// A place over tokens a..<e found by a cue, with the known reading of the same name elsewhere copied (so that the
    /// grouping joins them): S50c's route ends and S53b's places.
    func cuePlaceLikeKnown(_ a: Int, _ e: Int) -> Mention {
        var m = mention(a, e, type: .place, evidence: .cue)
        m.placeContext = true
        let text = m.surface
        if let n = firstMentionIndex(where: { $0.known != nil && $0.type == .place && $0.surface == text }) {
            let known = mentions[n]
            m.known = known.known
            m.evidence = known.evidence
            m.words = known.words
        }
        return m
    }

    // MARK: - English

    static let s53bOf = h18Keys(["of"])
    /// Capitalized heads of titles before "of" ("Director of Public Prosecutions").
    /// Portfolios that end a title's "of" phrase (a plural noun does too: "Prosecutions", "Works", "Affairs").
    static let s53bEnPortfolios = h18Keys(["justice", "defence", "defense", "health", "finance", "education", "police", "staff", "state",
        "interior", "agriculture", "energy", "transport", "tourism", "trade", "information", "intelligence", "security", "planning", "labour",
        "labor", "immigration", "environment", "industry", "commerce", "culture", "housing", "investigation", "revenue", "customs"])
    static let s53bEnTitleHeads = h18Keys(["director", "minister", "secretary", "commissioner", "inspector", "registrar", "auditor",
        "controller", "comptroller", "attorney", "solicitor", "chief", "head", "governor", "chairman", "chairperson", "president", "speaker"])

    /// "Director of Public Prosecutions Sylvester Mwakitalu": see the file's comment.
    mutating func s53bEnglishTitleGluedPersons() {
        guard articleHas(Self.s53bOf) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type == .person {
            guard let (a, z) = seedSpan(i), z >= a + 2, a >= 2, s43Cap(a), !tokens[a].allCaps, !tokens[a].sentenceStart, !isGivenName(a),
                  s43Cap(a + 1) else { continue }
            // "of" within three words before, with capitalized words only between it and the reading.
            var q = a - 1
            while q > 0, a - q <= 3, s43Cap(q) { q -= 1 }
            guard keyIs(q, "of"), s43Cap(q - 1), Self.s53bEnTitleHeads.contains(tokens[q - 1]) || isGivenName(a + 1),
                  tokens[a].text.hasSuffix("s") || Self.s53bEnPortfolios.contains(tokens[a]) else { continue }
            fixes.append((i, a + 1, z + 1))
        }
        replaceEach(fixes, type: .person)
    }

    /// Capitalized nouns of a body's unit that end its name ("X Division").
    static let s53bEnUnitNouns = h18Keys(["division", "department", "unit", "bureau", "office", "committee", "commission", "directorate",
        "agency", "authority", "service", "section", "branch", "chamber", "court", "tribunal", "council", "board", "centre", "center"])
    static let s53bAnd = h18Keys(["and"])

    /// "the High Court's Corruption and Economic Crimes Division": see the file's comment.
    mutating func s53bEnglishAndDivisions() {
        guard articleHas(Self.s53bAnd), articleHas(Self.s53bEnUnitNouns) else { return }
        var spans: [(Int, Int)] = []
        for j in mentions.indices where mentions[j].known == nil && mentions[j].type == .organization {
            guard let (b, z) = seedSpan(j), b >= 3, s43Cap(b), Self.s53bEnUnitNouns.contains(tokens[z]), keyIs(b - 1, "and") else { continue }
            let a = b - 2
            guard s43Cap(a), !tokens[a].allCaps, !isCountry[a], !isGivenName(a), !tokens[a].sentenceStart,
                  keyIs(a - 1, "the") || keyIs(a - 1, "s") || keyIs(a - 1, "'s") || keyIs(a - 1, "’s") else { continue }
            let (s, e) = (tokens[a].start, tokens[a].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.known != nil || $0.start < s || $0.end > e || $0.type == .place || $0.type == .person) }) { continue }
            spans.append((a, z + 1))
        }
        replaceOverlapping(spans, type: .organization)
    }

    /// Capitalized nouns of venues and hotel groups that end a firm's name ("Pelican Bar", "Sandals Resorts").
    static let s53bEnVenueNouns = h18Keys(["bar", "cafe", "café", "restaurant", "hotel", "hotels", "resort", "resorts", "pub", "grill",
        "bakery", "brewery", "winery", "distillery", "bistro", "tavern", "diner", "motel", "casino", "supermarket", "supermarkets"])
    static let s53bBetween = h18Keys(["between"])
    static let s53bEnStretchNouns = h18Keys(["section", "stretch", "road", "line", "railway", "route", "corridor", "highway", "border",
        "trains", "flights", "service", "services", "link", "journey", "trip", "distance", "stretches", "sections"])

    /// "a section between Nanu Oya and Ella": see the file's comment.
    mutating func s53bBetweenPlaces() {
        guard articleHas(Self.s53bBetween) else { return }
        var retype: [Int] = []
        for k in 1..<(tokenCount - 3) where tokens[k].kind == .word && Self.s53bBetween.contains(tokens[k]) {
            // (A stretch's noun before "between": "a section between X and Y"; "talks between X and Y" pair people.)
            guard s43Lower(k - 1), Self.s53bEnStretchNouns.contains(tokens[k - 1]) else { continue }
            let s1 = tokens[k + 1].start
            guard let i = firstMentionIndex(where: { $0.start == s1 }), let (_, z) = seedSpan(i), keyIs(z + 1, "and"), z + 2 < tokenCount else { continue }
            let s2 = tokens[z + 2].start
            guard let j = firstMentionIndex(where: { $0.start == s2 }) else { continue }
            for (p, q) in [(i, j), (j, i)] where mentions[p].type == .place && mentions[q].type == .person && mentions[q].known == nil {
                guard let (qa, _) = seedSpan(q), !isGivenName(qa) else { continue }
                retype.append(q)
            }
        }
        retypeByCue(retype, to: .place)
    }

    static let s53bEnEstates = h18Keys(["estate", "plantation"])

    /// "superintendent of the Glenloch estate": see the file's comment.
    mutating func s53bEnglishEstates() {
        guard articleHas(Self.s53bEnEstates) else { return }
        var added: [Mention] = []
        for k in 2..<tokenCount where s43Lower(k) && Self.s53bEnEstates.contains(tokens[k]) {
            let a = k - 1
            guard s43Cap(a), !tokens[a].allCaps, !tokens[a].sentenceStart, !isCountry[a], !isGivenName(a), keyIs(a - 1, "the") else { continue }
            let (s, e) = (tokens[a].start, tokens[a].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            var m = mention(a, k, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: [], adding: added) }
    }

    /// A firm's nouns in an apposition after its name ("X, the family-owned brand").
    static let s53bEnBrandNouns = h18Keys(["brand", "company", "firm", "maker", "producer", "exporter", "retailer", "chain", "label",
        "group", "manufacturer", "distributor", "carrier", "airline", "lender", "insurer", "startup"])

    /// "Dilmah, the family-owned brand founded by …, said": see the file's comment.
    mutating func s53bEnglishBrandAppositions() {
        guard tokenCount > 5, articleHas(Self.s53bEnBrandNouns) else { return }
        var added: [Mention] = []
        for k in 0..<(tokenCount - 4) where tokens[k].sentenceStart && s43Cap(k) && !tokens[k].allCaps && keyIs(k + 1, ",") {
            guard keyIs(k + 2, "the") || keyIs(k + 2, "a") || keyIs(k + 2, "an"), !isCountry[k], !isGivenName(k), !isStopwordKey(k) else { continue }
            var q = k + 3, firm = false
            while q < tokenCount, q - k <= 7, !keyIs(q, ","), !keyIs(q, ".") {
                if s43Lower(q), Self.s53bEnBrandNouns.contains(tokens[q]) { firm = true; break }
                q += 1
            }
            guard firm else { continue }
            let (s, e) = (tokens[k].start, tokens[k].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            added.append(mention(k, k + 1, type: .organization, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: [], adding: added) }
    }

    // MARK: - English and French

    static let s53bEnListLinks = h18Keys(["and", "or"])
    static let s53bFrListLinks = h18Keys(["et", "ou"])

    /// "cinq provinces: Agrigente, Caltanissetta, Enna, Trapani et Syracuse": see the file's comment.
    mutating func s53bListedPlaces(links: KeySet) {
        var round = 0
        while round < 6 {
            round += 1
            var retype: [Int] = []
            for i in mentions.indices where mentions[i].type == nil && mentions[i].known == nil {
                guard let (a, z) = seedSpan(i), z - a <= 2, s43Cap(a) else { continue }
                var place = false
                // (After a comma the list goes on after the name too: "In X, Y led" is no list.)
                let goesOn = z + 1 < tokenCount && (keyIs(z + 1, ",") || tokens[z + 1].kind == .word && links.contains(tokens[z + 1]))
                if a >= 2, keyIs(a - 1, ",") && goesOn || tokens[a - 1].kind == .word && links.contains(tokens[a - 1]) {
                    let e = tokens[a - 2].end
                    if let n = firstMentionIndex(where: { $0.end == e && ($0.type == .place || $0.type == nil) }) { place = s53bReadAsPlace(n) }
                }
                let listedBefore = a >= 1 && (keyIs(a - 1, ",") || keyIs(a - 1, ":") || tokens[a - 1].kind == .word && links.contains(tokens[a - 1]))
                if !place, listedBefore, z + 2 < tokenCount, keyIs(z + 1, ",") || tokens[z + 1].kind == .word && links.contains(tokens[z + 1]) {
                    let s = tokens[z + 2].start
                    if let n = firstMentionIndex(where: { $0.start == s && ($0.type == .place || $0.type == nil) }) { place = s53bReadAsPlace(n) }
                }
                if place { retype.append(i) }
            }
            if retype.isEmpty { break }
            retypeByCue(retype, to: .place)
        }
    }

    /// Mention `n` is a place, or an untyped reading of a name read as a place elsewhere in the article.
    func s53bReadAsPlace(_ n: Int) -> Bool {
        if mentions[n].type == .place { return true }
        let text = mentions[n].surface
        return anyMention(where: { $0.type == .place && $0.surface == text })
    }

    /// "l'aéroport international Blaise-Diagne (AIBD)", "в Камчатском филиале … (КФ ФИЦ ЕГС РАН)": see the file's comment.
    mutating func s53bParenthesizedAcronyms() {
        var changes: [(String, EntityType)] = []
        for j in mentions.indices where mentions[j].known == nil && mentions[j].type != .country {
            guard let (a, z) = seedSpan(j), a >= 2, keyIs(a - 1, "("), keyIs(z + 1, ")"), (a...z).allSatisfy({ tokens[$0].allCaps }) else { continue }
            let e = tokens[a - 2].end
            guard let i = firstMentionIndex(where: { $0.end == e && ($0.type == .place || $0.type == .organization) }),
                  let (ia, iz) = seedSpan(i), iz > ia,
                  let f = tokens[a].text.unicodeScalars.first, let g = tokens[ia].text.unicodeScalars.first,
                  String(f).lowercased() == String(g).lowercased() else { continue }
            changes.append((mentions[j].surface, mentions[i].type!))
        }
        for (surface, type) in changes {
            var retype: [Int] = []
            for j in mentions.indices where mentions[j].known == nil && mentions[j].type != .country && mentions[j].type != type && mentions[j].surface == surface {
                retype.append(j)
            }
            retypeByCue(retype, to: type)
        }
    }

    // MARK: - French

    /// Heads of bodies that a French reading left alone ("Direction" of "Direction de la météorologie nationale").
    static let s53bFrBodyHeads = h18Keys(["direction", "agence", "office", "institut", "service", "autorité", "commission", "caisse",
        "inspection", "délégation", "division", "cellule", "société", "compagnie", "régie", "observatoire", "centre", "conseil"])
    static let s53bFrLinks = h18Keys(["de", "du", "des", "la", "l", "l'", "d", "d'", "et", "à", "au", "aux", "en", "pour", "sur", "par"])

    /// "Selon la Direction de la météorologie nationale, …": see the file's comment.
    mutating func s53bFrenchBodyHeads() {
        guard articleHas(Self.s53bFrBodyHeads) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == nil || mentions[i].type == .organization) {
            guard let (a, z) = seedSpan(i), a == z, tokens[a].capitalized, Self.s53bFrBodyHeads.contains(tokens[a]) else { continue }
            var p = a + 1
            if keyIs(p, "du") || keyIs(p, "des") { p += 1 }
            else if keyIs(p, "de"), keyIs(p + 1, "la") { p += 2 }
            else if keyIs(p, "de"), p + 1 < tokenCount, tokens[p + 1].kind == .elision { p += 2 }
            else if p < tokenCount, tokens[p].kind == .elision, keyIs(p + 1, "l") || keyIs(p + 1, "l'") { p += 2 }
            else { continue }
            var e = p
            while e < tokenCount, e - p < 3, s43Lower(e), !Self.s53bFrLinks.contains(tokens[e]) { e += 1 }
            guard e > p, s43ClauseEnd(e) else { continue }
            fixes.append((i, a, e))
        }
        replaceEach(fixes, type: .organization)
    }

    static let s53bFrRegions = h18Keys(["région", "collectivité"])

    /// "Le président de la Région sicilienne, X": see the file's comment.
    mutating func s53bFrenchRegions() {
        guard articleHas(Self.s53bFrRegions) else { return }
        var spans: [(Int, Int)] = []
        for k in 1..<(tokenCount - 2) where tokens[k].capitalized && !tokens[k].allCaps && Self.s53bFrRegions.contains(tokens[k]) {
            guard keyIs(k - 1, "la"), s43Lower(k + 1), !Self.s53bFrLinks.contains(tokens[k + 1]), s43ClauseEnd(k + 2) || keyIs(k + 2, "et") else { continue }
            let w = tokens[k + 1].text
            guard w.hasSuffix("ienne") || w.hasSuffix("aise") || w.hasSuffix("ale") || w.hasSuffix("oise") || w.hasSuffix("ane")
                || w.hasSuffix("ine") || w.hasSuffix("ique") || w.hasSuffix("ère") else { continue }
            let (s, e) = (tokens[k].start, tokens[k + 1].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.known != nil || $0.start < s || $0.end > e) }) { continue }
            spans.append((k, k + 2))
        }
        replaceOverlapping(spans, type: .organization)
    }

    static let s53bFrFirmNouns = h18Keys(["filiale", "société", "entreprise", "opérateur", "exploitant", "groupe", "compagnie", "constructeur"])

    /// "L'exploitation reste confiée à la Seter, filiale de la SNCF": see the file's comment.
    mutating func s53bFrenchFirmAppositions() {
        guard articleHas(Self.s53bFrFirmNouns) else { return }
        var retype: [Int] = []
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .place || mentions[i].type == .person) {
            guard let (a, z) = seedSpan(i), z + 2 < tokenCount, keyIs(z + 1, ","), s43Lower(z + 2), Self.s53bFrFirmNouns.contains(tokens[z + 2]),
                  !isGivenName(a) else { continue }
            retype.append(i)
        }
        retypeByCue(retype, to: .organization)
    }

    static let s53bFrRiverNouns = h18Keys(["vallée", "fleuve", "rivière", "delta", "estuaire", "embouchure", "rive", "rives", "berges"])

    /// "dans la vallée du Belice": see the file's comment.
    mutating func s53bFrenchRiverCountries() {
        guard articleHas(Self.s53bFrRiverNouns) else { return }
        var fixes: [(Int, Int, Int, EntityType)] = []
        for i in mentions.indices where mentions[i].type == .country {
            guard let (a, z) = seedSpan(i), a >= 2 else { continue }
            let river = s43Lower(a - 1) && Self.s53bFrRiverNouns.contains(tokens[a - 1])
                || keyIs(a - 1, "du") && s43Lower(a - 2) && Self.s53bFrRiverNouns.contains(tokens[a - 2])
            guard river else { continue }
            fixes.append((i, a, z + 1, .place))
        }
        replaceEach(fixes)
    }

    static let s53bFrStations = h18Keys(["gare", "port"])

    /// "partie de la gare de Dakar", "le port autonome de Brazzaville": see the file's comment.
    mutating func s53bFrenchStations() {
        guard articleHas(Self.s53bFrStations) else { return }
        var spans: [(Int, Int)] = []
        for k in 0..<(tokenCount - 2) where s43Lower(k) && Self.s53bFrStations.contains(tokens[k]) {
            var p = k + 1
            if keyIs(k, "port") {
                guard keyIs(p, "autonome") else { continue }
                p += 1
            }
            guard keyIs(p, "de"), p + 1 < tokenCount else { continue }
            let s = tokens[p + 1].start
            guard let j = firstMentionIndex(where: { $0.start == s && $0.type == .place }), let (_, z) = seedSpan(j) else { continue }
            let text = mentions[j].surface
            // (Named elsewhere not as a station's name: "la gare frontalière de X" twice is one station.)
            guard anyMention(where: { m in
                guard (m.start < tokens[k].start || m.start > s) && m.type == .place && m.surface == text, let b = seedTokenIndex(start: m.start) else { return false }
                return !((max(0, b - 4)..<b).contains { s43Lower($0) && Self.s53bFrStations.contains(tokens[$0]) })
            }) else { continue }
            spans.append((k, z + 1))
        }
        replaceOverlapping(spans, type: .place)
    }

    // MARK: - Vietnamese

    /// Lowercase syllables that end a body's name at a country only as its words, not as a clause's ("cho", "tại").
    static let s53bViNotNameSyllables: Set<String> = ["và", "của", "cho", "tại", "ở", "với", "từ", "đến", "tới", "về", "là", "có", "đã",
        "sẽ", "được", "trong", "ngoài", "nói", "biết", "sang", "qua", "thuộc", "theo", "cùng", "giữa", "vào", "ra", "đi", "ngày", "năm"]

    /// "Bộ Nông nghiệp và Hợp tác xã Thái Lan": see the file's comment.
    mutating func s53bViBodiesToCountry() {
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type == .organization {
            guard let (a, z) = seedSpan(i), z > a, isCap(z), z + 2 < tokenCount else { continue }
            var c = z + 1
            while c < tokenCount, c - z <= 2, s43Lower(c), !Self.s53bViNotNameSyllables.contains(exactForm(c)) { c += 1 }
            guard c > z + 1, c < tokenCount, isCap(c), !tokens[c].newlineBefore else { continue }
            let s = tokens[c].start
            guard let n = firstMentionIndex(where: { $0.start == s && $0.type == .country }), let (_, ce) = seedSpan(n) else { continue }
            fixes.append((i, a, ce + 1))
        }
        replaceEach(fixes, type: .organization)
    }

    /// Lowercase nouns of places before a name (exact forms: "cửa khẩu" by its last syllable).
    static let s53bViPlaceNouns: Set<String> = ["khẩu", "tỉnh", "huyện", "phố", "cảng", "xã", "quận", "thị", "bay", "ga", "đèo", "thác"]
    static let s53bViTowards: Set<String> = ["đi", "tới", "sang", "đến"]

    /// "cửa khẩu Đông Hưng và Hà Khẩu", "từ cảng Laem Chabang đi Nam Sa": see the file's comment.
    mutating func s53bViListedAfterPlaceNouns() {
        var retype: [Int] = []
        for j in mentions.indices where mentions[j].known == nil && mentions[j].type != .place && mentions[j].type != .country {
            // (A body's reading of two or three words with no body's head first: "Nam Sa" read by a cue; no "Ủy ban …".)
            guard let (b, z) = seedSpan(j), b >= 3, isCap(b), tokens[b - 1].kind != .number,
                  mentions[j].type != .organization || z - b <= 2 && !Self.s53bViBodyFirsts.contains(exactForm(b)) else { continue }
            let link = exactForm(b - 1)
            // (After a comma the list goes on past the name: "Tại xã X, Nguyễn Văn Y cho biết" is no list.)
            let goesOn = z + 1 < tokenCount && (keyIs(z + 1, ",") || exactForm(z + 1) == "và")
            let listed = link == "và" || link == "," && goesOn
            guard listed || Self.s53bViTowards.contains(link) else { continue }
            // (A family name, a middle name and a given name are a person's.)
            if mentions[j].type == .person, z - b == 2, h23Key(b, Self.h33ViSurnames), h23Key(b + 1, Self.h33ViMiddle) { continue }
            let e = tokens[b - 2].end
            guard let i = firstMentionIndex(where: { $0.end == e && $0.type == .place }), let (a, _) = seedSpan(i) else { continue }
            if listed {
                guard a >= 1, s43Lower(a - 1), Self.s53bViPlaceNouns.contains(exactForm(a - 1)) else { continue }
            }
            retype.append(j)
        }
        retypeByCue(retype, to: .place)
    }

    static let s53bViTai = h18Keys(["tại"])
    /// Words that open a clause's next part after a place ("tại X để …").
    static let s53bViClauseWords: Set<String> = ["để", "và", "cho", "từ", "với", "trong", "vào", "đã", "sẽ", "của", "trên", "nhằm", "khi",
        "nhưng", "thì", "từ", "đến", "nên", "vì", "do"]
    /// First syllables of bodies' names (a capitalized run opening with one is no place).
    static let s53bViBodyFirsts: Set<String> = ["bộ", "sở", "cục", "công", "tập", "hội", "ủy", "ủy", "viện", "trường", "ngân", "tổng", "ban",
        "văn", "nhà", "chính", "quốc", "liên", "hiệp", "trung", "bệnh", "học", "đại", "tòa", "thành", "tỉnh", "huyện", "xã", "phòng", "kho"]

    /// "đã thuê kho lạnh tại Đồng Đăng": see the file's comment.
    mutating func s53bViPlacesAfterTai() {
        guard articleHas(Self.s53bViTai) else { return }
        var added: [Mention] = []
        for k in 0..<(tokenCount - 2) where tokens[k].kind == .word && Self.s53bViTai.contains(tokens[k]) && exactForm(k) == "tại" {
            var e = k + 1
            while e < tokenCount, e - k <= 4, isCap(e), tokens[e].script == .latin, !tokens[e].allCaps, !isCountry[e] { e += 1 }
            guard e - k >= 3, e - k <= 4, !isCap(e), !Self.s53bViBodyFirsts.contains(exactForm(k + 1)),
                  e >= tokenCount || tokens[e].kind == .punct || Self.s53bViClauseWords.contains(exactForm(e)) else { continue }
            let (s, end) = (tokens[k + 1].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s }) { continue }
            added.append(cuePlaceLikeKnown(k + 1, e))
        }
        if !added.isEmpty { replaceMentions(removing: [], adding: added) }
    }

    /// "cao tốc Dầu Giây - Tân Phú", "трассу Петропавловск-Камчатский - Усть-Камчатск": see the file's comment.
    mutating func s53bRouteEnds() {
        guard articleHas(Self.s48cDashes) else { return }
        var ends: [(Int, Int)] = []
        let cyrillic = lang.ru
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil && Self.s48cIsRoute(mentions[i].surface) {
            // (A Vietnamese route's reading opens on its lowercase noun ("cao tốc X - Y"), a Russian one's noun stands before
            // it ("трассу X - Y"): no body's or park's name.)
            guard let (a, z) = seedSpan(i), cyrillic ? a >= 1 && tokens[a - 1].kind == .word && !tokens[a - 1].capitalized : s43Lower(a),
                  !(a...z).contains(where: { isCap($0) && !cyrillic && Self.s53bViBodyFirsts.contains(exactForm($0)) }) else { continue }
            var k = a
            while k <= z {
                guard isCap(k) else { k += 1; continue }
                var e = k + 1, glued = false
                while e <= z, isCap(e) || h15GluedHyphen(e) && isCap(e + 1) {
                    if !isCap(e) { glued = true }
                    e += 1
                }
                // (Vietnamese: a compass word alone, "Bắc - Nam", is no end; Russian: only an end read in pieces.)
                if cyrillic ? glued : !(e == k + 1 && Self.s53bViCompass.contains(exactForm(k))) { ends.append((k, e)) }
                k = e
            }
        }
        guard !ends.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (k, e) in ends {
            let (s, end) = (tokens[k].start, tokens[e - 1].end)
            // Pieces read inside one end ("Петропавловск" and "Камчатский" of "Петропавловск-Камчатский") give way.
            var pieces = false
            for j in mentions.indices where mentions[j].known == nil && mentions[j].type != .country && mentions[j].start >= s && mentions[j].end <= end
                && (mentions[j].start > s || mentions[j].end < end) { drop.insert(j); pieces = true }
            if cyrillic && !pieces { continue }
            if anyMention(where: { $0.start == s && $0.end == end }) || added.contains(where: { $0.start == s && $0.end == end }) { continue }
            added.append(cuePlaceLikeKnown(k, e))
        }
        replaceMentions(removing: drop, adding: added)
    }

    static let s53bViCompass: Set<String> = ["bắc", "nam", "đông", "tây", "trung"]
    static let s53bViToc = h18Keys(["tộc"])

    /// "người dân tộc Cơ Ho": see the file's comment.
    mutating func s53bViPeoples() {
        guard articleHas(Self.s53bViToc) else { return }
        var drop = Set<Int>()
        for k in 1..<(tokenCount - 1) where tokens[k].kind == .word && Self.s53bViToc.contains(tokens[k]) && exactForm(k) == "tộc" && exactForm(k - 1) == "dân" {
            var e = k + 1
            while e < tokenCount, e - k <= 3, isCap(e) { e += 1 }
            guard e > k + 1 else { continue }
            let (s, end) = (tokens[k + 1].start, tokens[e - 1].end)
            for i in mentions.indices where mentions[i].type != .country && mentions[i].known == nil && mentions[i].start >= s && mentions[i].end <= end { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s53bViFeatureNouns = h18Keys(["thác", "đèo"])

    /// "đoạn đèo Bảo Lộc", "gần thác Đambri": see the file's comment.
    mutating func s53bViFeatures() {
        guard articleHas(Self.s53bViFeatureNouns) else { return }
        var spans: [(Int, Int)] = []
        var added: [Mention] = []
        for k in 0..<(tokenCount - 1) where s43Lower(k) && Self.s53bViFeatureNouns.contains(tokens[k]) {
            let form = exactForm(k)
            guard form == "thác" || form == "đèo" else { continue }
            var e = k + 1
            while e < tokenCount, e - k <= 3, isCap(e), tokens[e].script == .latin, !tokens[e].newlineBefore { e += 1 }
            guard e > k + 1 else { continue }
            let (s, end) = (tokens[k + 1].start, tokens[e - 1].end)
            if !anyMention(where: { $0.start < end && $0.end > s }) {
                added.append(cuePlaceLikeKnown(k + 1, e))
            } else if form == "đèo", let j = firstMentionIndex(where: { $0.start == s && $0.end == end && $0.type == .place }) {
                let text = mentions[j].surface
                if anyMention(where: { $0.start != s && $0.type == .place && $0.surface == text }) { spans.append((k, e)) }
            }
        }
        if !added.isEmpty { replaceMentions(removing: [], adding: added) }
        replaceOverlapping(spans, type: .place)
    }

    static let s53bViLang = h18Keys(["lang"])

    /// "theo hành lang R12": see the file's comment.
    mutating func s53bViCorridorCodes() {
        guard articleHas(Self.s53bViLang) else { return }
        var added: [Mention] = []
        for k in 1..<(tokenCount - 1) where s43Lower(k) && Self.s53bViLang.contains(tokens[k]) && exactForm(k) == "lang" && exactForm(k - 1) == "hành" {
            let c = k + 1
            guard tokens[c].spaceBefore, tokens[c].kind == .word, tokens[c].allCaps || tokens[c].capitalized,
                  let f = tokens[c].text.unicodeScalars.first, f.properties.isUppercase else { continue }
            // The code one token ("R12") or a letter and its glued number ("R" "12").
            var e = c + 1
            if !tokens[c].text.unicodeScalars.contains(where: { $0.properties.numericType != nil }) {
                guard e < tokenCount, tokens[e].kind == .number, !tokens[e].spaceBefore, tokens[c].text.unicodeScalars.count <= 3 else { continue }
                e += 1
            }
            guard tokens[e - 1].end - tokens[c].start <= 8 else { continue }
            let (s, end) = (tokens[c].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s }) { continue }
            var m = mention(c, e, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: [], adding: added) }
    }

    // MARK: - Russian

    static let s53bRuVolcanoes = h18Keys(["вулкан", "вулкана", "вулкану", "вулканом", "вулкане", "вулканы"])
    static let s53bRuTrainNouns = h18Keys(["поезд", "поезда", "поезду", "поездом", "поезде", "поездов"])

    /// "Вулкан Ключевской, …", "вулканы Шивелуч и Безымянный": see the file's comment.
    mutating func s53bRussianVolcanoes() {
        guard articleHas(Self.s53bRuVolcanoes) else { return }
        var names: [(Int, Int)] = []
        for k in 0..<(tokenCount - 1) where tokens[k].kind == .word && Self.s53bRuVolcanoes.contains(tokens[k]) {
            guard isCap(k + 1), tokens[k + 1].script == .cyrillic, !tokens[k + 1].allCaps, tokens[k + 1].spaceBefore, !isCountry[k + 1] else { continue }
            names.append((k + 1, k + 2))
            if keyIs(k + 2, "и"), isCap(k + 3), tokens[k + 3].script == .cyrillic, !tokens[k + 3].allCaps { names.append((k + 3, k + 4)) }
        }
        guard !names.isEmpty else { return }
        var spans: [(Int, Int)] = []
        for (a, e) in names {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.start == s && $0.end == end && $0.type == .place }) { continue }
            if anyMention(where: { $0.start < end && $0.end > s && $0.known != nil && $0.type != .person }) { continue }
            spans.append((a, e))
        }
        replaceOverlapping(spans, type: .place)
    }

    /// "заместителя директора Института вулканологии и сейсмологии ДВО РАН Алексея Озерова": see the file's comment.
    mutating func s53bRussianBodiesBeforePersons() {
        var fixes: [(Int, Int, Int, EntityType)] = []
        var persons: [Mention] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type == .organization {
            guard let (a, z) = seedSpan(i), z - a >= 3, tokens[a].script == .cyrillic else { continue }
            let g = z - 1
            guard isCap(g), isCap(z), !tokens[g].allCaps, !tokens[z].allCaps, tokens[g].script == .cyrillic, !isCap(g - 1) || tokens[g - 1].allCaps,
                  !keyIs(g - 1, "имени"), !keyIs(g - 1, "им"),
                  s47bRuGivenName(g) else { continue }
            fixes.append((i, a, g, .organization))
            persons.append(mention(g, z + 1, type: .person, evidence: .cue))
        }
        guard !fixes.isEmpty else { return }
        replaceEach(fixes)
        replaceMentions(removing: [], adding: persons)
    }

    static let s53bRuBranches = h18Keys(["филиал", "филиала", "филиалу", "филиалом", "филиале", "отделение", "отделения", "отделению",
        "отделением", "отделении"])

    /// "в Камчатском филиале Единой геофизической службы РАН": see the file's comment.
    mutating func s53bRussianBranches() {
        guard articleHas(Self.s53bRuBranches) else { return }
        var spans: [(Int, Int)] = []
        for k in 1..<(tokenCount - 1) where tokens[k].kind == .word && !tokens[k].capitalized && Self.s53bRuBranches.contains(tokens[k]) {
            let a = k - 1
            guard isCap(a), tokens[a].script == .cyrillic, !tokens[a].allCaps, isCap(k + 1) else { continue }
            let w = tokens[a].text
            guard w.hasSuffix("ий") || w.hasSuffix("ой") || w.hasSuffix("ом") || w.hasSuffix("ого") || w.hasSuffix("ому") || w.hasSuffix("им")
                || w.hasSuffix("ое") || w.hasSuffix("ых") || w.hasSuffix("ые") || w.hasSuffix("ый") else { continue }
            let s = tokens[k + 1].start
            guard let j = firstMentionIndex(where: { $0.start == s && $0.type == .organization }), let (_, z) = seedSpan(j),
                  keyIs(z + 1, "("), z + 2 < tokenCount, tokens[z + 2].allCaps else { continue }
            let (sa, ea) = (tokens[a].start, tokens[a].end)
            if anyMention(where: { $0.start < ea && $0.end > sa && ($0.known != nil && $0.type != .place || $0.start < sa) }) { continue }
            spans.append((a, z + 1))
        }
        replaceOverlapping(spans, type: .organization)
    }

    /// Lowercase nouns of firms before a quoted name ("авиакомпании "X Y Z"").
    static let s53bRuFirmNouns = h18Keys(["компания", "компании", "компанию", "компанией", "авиакомпания", "авиакомпании", "авиакомпанию",
        "авиакомпанией", "предприятие", "предприятия", "предприятию", "предприятием", "предприятии", "холдинг", "холдинга", "концерн",
        "концерна", "корпорация", "корпорации", "объединение", "объединения", "хозяйство", "хозяйства", "фирма", "фирмы", "завод", "завода"])
    static let s53bQuotes = h18Keys(["\"", "«", "»", "“", "”"])

    /// "рейсы авиакомпании "Камчатское авиационное предприятие"": see the file's comment.
    mutating func s53bRussianQuotedFirms() {
        guard articleHas(Self.s53bRuFirmNouns) else { return }
        var spans: [(Int, Int)] = []
        for k in 0..<(tokenCount - 3) where tokens[k].kind == .word && !tokens[k].capitalized && Self.s53bRuFirmNouns.contains(tokens[k]) {
            let q = k + 1
            guard tokens[q].kind == .punct, keyIs(q, "\"") || keyIs(q, "«") || keyIs(q, "“"), isCap(q + 1), tokens[q + 1].script == .cyrillic else { continue }
            var e = q + 1
            while e < tokenCount, e - q <= 5, tokens[e].kind == .word { e += 1 }
            guard e < tokenCount, e - q >= 3, keyIs(e, "\"") || keyIs(e, "»") || keyIs(e, "”") else { continue }
            let (s, end) = (tokens[q + 1].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.known != nil && $0.type != .place || $0.start < s || $0.end > end || $0.type == .organization) }) { continue }
            spans.append((q + 1, e))
        }
        replaceOverlapping(spans, type: .organization)
    }

    /// "подготовить Хиву к приему" beside "в Хиве", "Хивы": a one-word reading of no type (not known) whose word, its last
    /// letter cut, opens a one-word known place read elsewhere with one more letter at most is that place in another case
    /// (its known reading copied, so that the two are grouped).
    mutating func s53bRussianObliquePlaces() {
        var retype: [(Int, Int)] = []
        for i in mentions.indices where mentions[i].type == nil && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), a == z, tokens[a].script == .cyrillic, tokens[a].capitalized, !tokens[a].allCaps else { continue }
            let scalars = Array(tokens[a].text.unicodeScalars)
            guard scalars.count >= 4 else { continue }
            let stem = String(String.UnicodeScalarView(scalars.dropLast()))
            let n = scalars.count
            if let j = firstMentionIndex(where: { $0.type == .place && $0.known != nil && $0.start != mentions[i].start && $0.surface.unicodeScalars.first == scalars.first
                && $0.surface.hasPrefix(stem) && abs($0.surface.unicodeScalars.count - n) <= 1 && !$0.surface.contains(" ") }) {
                retype.append((i, j))
            }
        }
        // (The place's known reading copied: the grouping joins the cases of one known name.)
        for (i, j) in retype {
            mentions[i].type = .place
            mentions[i].placeContext = true
            mentions[i].evidence = mentions[j].evidence
            mentions[i].known = mentions[j].known
            mentions[i].words = mentions[j].words
        }
    }

    static let s53bViDoanh = h18Keys(["doanh"])

    /// "liên doanh MAZ Châu Á sẽ sản xuất": one to four capitalized words after "liên doanh" (a joint venture) are a firm.
    mutating func s53bViJointVentures() {
        guard articleHas(Self.s53bViDoanh) else { return }
        var spans: [(Int, Int)] = []
        for k in 1..<(tokenCount - 1) where s43Lower(k) && Self.s53bViDoanh.contains(tokens[k]) && exactForm(k) == "doanh" && exactForm(k - 1) == "liên" {
            var e = k + 1
            while e < tokenCount, e - k <= 4, isCap(e), !tokens[e].newlineBefore { e += 1 }
            guard e > k + 1, !isCap(e) else { continue }
            let (s, end) = (tokens[k + 1].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.known != nil && $0.type != .place || $0.start < s || $0.end > end || $0.type == .person) }) { continue }
            spans.append((k + 1, e))
        }
        replaceOverlapping(spans, type: .organization)
    }

    /// Last syllables of a title before a body's name ("Chủ tịch", "Hội đồng quản trị", "Giám đốc", "Tổng giám đốc").
    static let s53bViTitleEnds: Set<String> = ["trị", "tịch", "đốc", "trưởng"]

    /// "Chủ tịch Hội đồng quản trị Tập đoàn X Y Hồ Minh Hoàng": a body read after a title that runs on over a family name,
    /// a middle name and a given name (three capitalized syllables, Holdout33's surnames and middle names) ends before
    /// them; they are the title's holder.
    mutating func s53bViTitledBodiesBeforePersons() {
        var fixes: [(Int, Int, Int, EntityType)] = []
        var persons: [Mention] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type == .organization {
            guard let (a, z) = seedSpan(i), z - a >= 5, a >= 1, s43Lower(a - 1), Self.s53bViTitleEnds.contains(exactForm(a - 1)) else { continue }
            let p = z - 2
            guard isCap(p), isCap(p + 1), isCap(z), isCap(p - 1), h23Key(p, Self.h33ViSurnames), h23Key(p + 1, Self.h33ViMiddle),
                  !h23Key(p - 1, Self.h33ViSurnames) else { continue }
            fixes.append((i, a, p, .organization))
            persons.append(mention(p, z + 1, type: .person, evidence: .cue))
        }
        guard !fixes.isEmpty else { return }
        replaceEach(fixes)
        replaceMentions(removing: [], adding: persons)
    }

    /// "Tea is Sri Lanka's second-largest export" beside "tea production": a one-word reading of no type (not known) that
    /// opens a sentence, whose word the article writes in lowercase elsewhere, is a common noun (no name).
    mutating func s53bCommonNounOpeners() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == nil && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), a == z, tokens[a].sentenceStart, tokens[a].capitalized, !tokens[a].allCaps, tokens[a].script == .latin else { continue }
            let h = tokens[a].keyHash
            if tokens.indices.contains(where: { $0 != a && tokens[$0].keyHash == h && tokens[$0].kind == .word && !tokens[$0].capitalized && !tokens[$0].allCaps
                && PhraseMatcher.same(tokens[$0].key, tokens[a].key) }) { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Stems of continents' Russian names, and adjectives of their parts ("Центральная Азия", "Северной Америкой").
    static let s53bRuContinents = ["Ази", "Европ", "Африк", "Евраз", "Антарктид"]
    /// The continents' names in their cases (the rule's gate and its first test of a word).
    static let s53bRuContinentForms = h18Keys(["азия", "азии", "азию", "азией", "азиею", "европа", "европы", "европе", "европу", "европой",
        "африка", "африки", "африке", "африку", "африкой", "евразия", "евразии", "евразию", "евразией", "америка", "америки", "америке",
        "америку", "америкой", "антарктида", "антарктиды", "антарктиде", "антарктиду", "антарктидой"])
    static let s53bRuContinentParts = ["Центральн", "Средн", "Северн", "Южн", "Восточн", "Западн", "Юго-Восточн", "Латинск", "Континентальн"]

    /// "самый высокий вулкан Евразии", "между Северной Америкой и Азией": a continent, or a part of it named by a compass
    /// adjective, is no entity (the sets' convention); "Америка" after such an adjective names no country ("Южная
    /// Африка", a country, is left).
    mutating func s53bRussianContinents() {
        guard articleHas(Self.s53bRuContinentForms) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type != .person && mentions[i].type != .organization {
            guard let (a, z) = seedSpan(i), z - a <= 1, tokens[z].script == .cyrillic, tokens[z].capitalized,
                  Self.s53bRuContinentForms.contains(tokens[z]) else { continue }
            let w = tokens[z].text
            let part = z > a && Self.s53bRuContinentParts.contains { tokens[a].text.hasPrefix($0) }
            guard z == a || part else { continue }
            if mentions[i].type == .country {
                // ("Северной Америкой": the continent, no country.)
                let before = z == a ? z - 1 : a
                guard w.hasPrefix("Америк"), before >= 0, tokens[before].capitalized, Self.s53bRuContinentParts.contains(where: { tokens[before].text.hasPrefix($0) }) else { continue }
                drop.insert(i)
                continue
            }
            guard let stem = Self.s53bRuContinents.first(where: { w.hasPrefix($0) }), w.count <= stem.count + 4 else { continue }
            if stem == "Африк", part, tokens[a].text.hasPrefix("Южн") { continue }
            if isCap(z + 1) { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "Скоростной поезд "Афросиаб" впервые пришел": a quoted name right after a train's noun is the train's (no entity).
    mutating func s53bRussianTrainNames() {
        guard articleHas(Self.s53bRuTrainNouns) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country {
            guard let (a, z) = seedSpan(i), a >= 2, z - a <= 2, tokens[a - 1].kind == .punct, keyIs(a - 1, "\"") || keyIs(a - 1, "«"),
                  z + 1 < tokenCount, keyIs(z + 1, "\"") || keyIs(z + 1, "»"), tokens[a - 2].kind == .word, !tokens[a - 2].capitalized,
                  Self.s53bRuTrainNouns.contains(tokens[a - 2]) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Lowercase titles before a department's lowercase name ("руководитель управления …").
    static let s53bRuDeptTitles = h18Keys(["руководитель", "руководителя", "руководителю", "руководителем", "начальник", "начальника",
        "начальнику", "начальником", "директор", "директора", "директору", "директором", "заместитель", "заместителя", "глава", "главы",
        "главе", "главой", "председатель", "председателя"])
    static let s53bRuDeptHeads = h18Keys(["управления", "департамента", "комитета"])
    /// Bare nouns of a region or a town that end such a name ("… области", "… города": the body is the region's own).
    static let s53bRuBareUnits = h18Keys(["области", "края", "района", "города", "республики", "акимата", "округа"])

    /// "руководитель управления сельского хозяйства и земельных отношений области Марат Жаксылыков": after a lowercase
    /// title, a lowercase department's noun in the genitive and two to six lowercase words ("и", "по" inside) up to a bare
    /// noun of a region ("области") are the department, a body (the region's noun no part of it).
    mutating func s53bRussianLowercaseDepartments() {
        guard articleHas(Self.s53bRuDeptHeads), articleHas(Self.s53bRuDeptTitles) else { return }
        var spans: [(Int, Int)] = []
        for k in 1..<(tokenCount - 3) where tokens[k].kind == .word && !tokens[k].capitalized && Self.s53bRuDeptHeads.contains(tokens[k]) {
            guard tokens[k - 1].kind == .word, !tokens[k - 1].capitalized, Self.s53bRuDeptTitles.contains(tokens[k - 1]) else { continue }
            var e = k + 1
            while e < tokenCount, e - k <= 7, tokens[e].kind == .word, !tokens[e].capitalized, tokens[e].script == .cyrillic,
                  !Self.s53bRuBareUnits.contains(tokens[e]) { e += 1 }
            guard e - k >= 3, e < tokenCount, Self.s53bRuBareUnits.contains(tokens[e]), !keyIs(e - 1, "и"), !keyIs(e - 1, "по") else { continue }
            let (s, end) = (tokens[k].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s }) { continue }
            spans.append((k, e))
        }
        replaceOverlapping(spans, type: .organization)
    }

    /// "des associations de Palerme et de Reggio de Calabre": a one-word place read by a cue (not known), "de" and a known
    /// region's place (no country) right after it are one town's name (the region's reading gives way).
    mutating func s53bFrenchTownsOfRegions() {
        var spans: [(Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), a == z, s43Cap(a), !tokens[a].allCaps, keyIs(z + 1, "de"), z + 2 < tokenCount, s43Cap(z + 2) else { continue }
            let s = tokens[z + 2].start
            guard let j = firstMentionIndex(where: { $0.start == s && $0.type == .place && $0.known != nil }), let (_, y) = seedSpan(j),
                  y - (z + 2) <= 1, !keyIs(y + 1, "de") else { continue }
            spans.append((a, y + 1))
        }
        replaceOverlapping(spans, type: .place)
    }
}
