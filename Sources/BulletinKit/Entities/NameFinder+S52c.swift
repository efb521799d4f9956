import Foundation

/// Session 52 (c): English and French firms, long names, places of holdout75's kinds, and routes named by their ends in
/// Vietnamese (the tests use other texts and names).
/// - English: a reading after an ownership compound ("State-owned X", "state-run X": "-owned", "-run", "-listed",
///   "-operated", "-controlled") is a body, the compound no part of it; a person's reading (not known) whose last word is
///   a firm's plural noun ("X Performance Materials", "Y Holdings") is a body; two capitalized words after a person and
///   "of" with an all-capitals word or a bank's foreign noun ("of LHV Pank", "of SEB Pankki") are a body no reading held;
///   "the Gulf of X" (a water's or a coast's capitalized noun, "of" and a place) is one place (the place inside gives way);
///   "100 B.C. and A.D. 300": an era's letters next to a number are none; a body's name ending on a saint's word ("the
///   University of San", "Santa", "Saint") takes the capitalized words after it (the saint read as a person gives way); a
///   person's reading (no given name first) before "site", "list" or "status" ("a World Heritage site") is none; a name
///   (not known) that an apposition calls a site ("The X Lines, a UNESCO World Heritage site") is a place, every reading of
///   it; a person's reading before a lowercase airport's, stadium's or bridge's noun ("at Maria Reiche airport") is a
///   place with that noun; two words read as a person (the first no given name) listed with "and the" … a body ("by
///   Standard Chartered and the Swedish export credit agency EKN") are a body (S51c's listed bodies, another link); a
///   one-word name after a firm's possessive and before a plant's noun ("The group's X plant") is the place the plant is
///   named after;
/// - English and French: a person's reading that ends on a particle of Maghreb and Arab names (Ould, Mint, Bint, Ben,
///   Ibn, Ag) goes on over the capitalized words after it ("Mohamed Ould Cheikh El Ghazouani": the title-like "Cheikh"
///   had cut it);
/// - French: a capitalized noun of a force or a service (Garde-côtes, Gendarmerie, Marine, Police, Douane…) read alone
///   before a lowercase country's adjective is that country's body ("la Garde-côtes sénégalaise"); a place's name before
///   "de" and a sport's lowercase noun ("Complexe X de football") takes them; a name read as a place by a cue after a
///   noun of a person's fate ("l'absence de X Y", "la blessure de X Y"; after "le retour de" its first word a given name)
///   is a person; a club after a player's noun and "du" ("l'attaquant du X de Y") is a body, the town inside it none; a
///   name after a river's feature and "du" ("l'estuaire du X", "la traversée du X") is a place, every reading of it; "le
///   nouvel aéroport de X" (a project, no name): X alone is the place;
/// - English and French headlines: a route named by its ends ("Uganda restarts X-Y railway") that only the headline
///   names is kept when the body reads one of its ends as a place (S50c's rule run on the headline, in
///   `EntityExtractor.addTitle`);
/// - Vietnamese: a road's noun "đường" before "ô tô", "bộ" or "cao tốc" and names joined by a spaced dash ("Tuyến đường ô
///   tô X - Y") is a route (S48c's reading; its fillers now take "ô", "tô", "bộ").
///
/// `refineS52c` runs after `refineS51c` (before `refineCP15`). Cost: each rule is gated on the article's language and on
/// its trigger keys (`articleHas`); the rules then visit the mentions of one type, or the tokens testing one key hash,
/// and read a few tokens around each hit.
extension NameFinder {
    mutating func refineS52c() {
        guard tokenCount > 2, !mentions.isEmpty else { return }
        switch language {
        case "en":
            s52cEnglishOwnedBodies()
            s52cEnglishPluralFirmNouns()
            s52cEnglishAffiliations()
            s52cEnglishGulfOf()
            s52cEnglishEras()
            s52cSaintNames()
            s52cEnglishSiteLabels()
            s52cEnglishSites()
            s52cEnglishNamedFacilities()
            s52cEnglishListedWithThe()
            s52cEnglishPlantPlaces()
            s52cNameParticles()
        case "fr":
            s52cNameParticles()
            s52cFrenchForces()
            s52cSaintNames()
            s52cFrenchSportFacilities()
            s52cFrenchFatePersons()
            s52cFrenchClubs()
            s52cFrenchRivers()
            s52cFrenchNewAirports()
        case "vi":
            s48cRoutes(cyrillic: false, nouns: Self.s52cViRoadNouns, accept: { f, k in
                f.tokens[k + 1].kind == .word && Self.s52cViRoadKinds.contains(f.tokens[k + 1]) })
        default:
            break
        }
    }

    // MARK: - English

    static let s52cEnOwned = h18Keys(["owned", "run", "listed", "operated", "controlled"])

    /// "State-owned Eesti Energia", "the state-run Petrobras": see the file's comment.
    mutating func s52cEnglishOwnedBodies() {
        guard articleHas(Self.s52cEnOwned) else { return }
        var fixes: [(Int, Int, Int)] = []
        var retype: [Int] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country && mentions[i].type != .place {
            guard let (a, z) = seedSpan(i) else { continue }
            if z >= a + 3, h15GluedHyphen(a + 1), s43Lower(a + 2), Self.s52cEnOwned.contains(tokens[a + 2]), s43Cap(a + 3) {
                fixes.append((i, a + 3, z + 1))
            } else if a >= 3, mentions[i].type != .organization, h15GluedHyphen(a - 2), s43Lower(a - 1), Self.s52cEnOwned.contains(tokens[a - 1]) {
                retype.append(i)
            }
        }
        retypeByCue(retype, to: .organization)
        replaceEach(fixes, type: .organization)
    }

    /// Capitalized plural nouns that end firms' names.
    static let s52cEnFirmPlurals = h18Keys(["materials", "resources", "holdings", "industries", "technologies", "systems", "solutions",
        "minerals", "metals", "partners", "pharmaceuticals", "networks", "logistics", "ventures", "enterprises", "brands", "foods",
        "airlines", "motors", "chemicals", "electronics", "laboratories", "therapeutics", "semiconductors", "communications",
        "properties", "investments", "securities", "textiles", "fisheries", "plastics", "robotics", "biosciences", "shipyards"])

    /// "Canada's Neo Performance Materials": see the file's comment.
    /// (`nouns`: other nouns than the plurals, S53b's venues' "Bar" and "Resorts".)
    mutating func s52cEnglishPluralFirmNouns(_ nouns: KeySet = NameFinder.s52cEnFirmPlurals) {
        guard articleHas(nouns) else { return }
        var retype: [Int] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type == .person {
            guard let (a, z) = seedSpan(i), z > a, s43Cap(z), !tokens[z].allCaps, nouns.contains(tokens[z]) else { continue }
            retype.append(i)
        }
        retypeByCue(retype, to: .organization)
    }

    /// Foreign nouns of banks that end a body's name.
    static let s52cBankNouns = h18Keys(["pank", "pankki", "banka", "bankasi", "bankası", "bankas", "banco", "banca", "banque", "bankia"])
    static let s52cOf = h18Keys(["of"])

    /// "Analyst Mart Ilves of LHV Pank said": see the file's comment.
    mutating func s52cEnglishAffiliations() {
        guard articleHas(Self.s52cOf) else { return }
        var spans: [(Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .person {
            guard let (_, z) = seedSpan(i), keyIs(z + 1, "of"), s43Cap(z + 2), !tokens[z + 2].newlineBefore else { continue }
            let a = z + 2
            var e = a
            while e < tokenCount, e - a < 3, s43Cap(e), !isCountry[e], e == a || tokens[e].spaceBefore && !tokens[e].newlineBefore { e += 1 }
            guard e - a >= 2, e >= tokenCount || !s43Cap(e) else { continue }
            let acronym = (a..<e).contains { tokens[$0].allCaps && tokens[$0].keyLength >= 2 }
            guard acronym || Self.s52cBankNouns.contains(tokens[e - 1]) else { continue }
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s }) { continue }
            spans.append((a, e))
        }
        replaceOverlapping(spans, type: .organization)
    }

    /// Capitalized nouns of waters and coasts before "of" and a place ("the Gulf of X").
    static let s52cEnWaterHeads = h18Keys(["gulf", "bay", "strait", "straits", "sea", "cape", "isle", "lake", "gulfs"])

    /// "in the Gulf of Riga": see the file's comment.
    mutating func s52cEnglishGulfOf() {
        guard articleHas(Self.s52cEnWaterHeads), articleHas(Self.s52cOf) else { return }
        var spans: [(Int, Int)] = []
        for k in 0..<(tokenCount - 2) where tokens[k].capitalized && !tokens[k].allCaps && Self.s52cEnWaterHeads.contains(tokens[k]) && keyIs(k + 1, "of") {
            let s2 = tokens[k + 2].start
            guard s43Cap(k + 2), !isCountry[k + 2], let j = firstMentionIndex(where: { $0.start == s2 && ($0.type == .place || $0.type == nil) }),
                  let (_, z) = seedSpan(j), z - k <= 4 else { continue }
            let (s, end) = (tokens[k].start, tokens[z].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end) && $0.type != .country }) { continue }
            if anyMention(where: { $0.start == s && $0.end == end }) { continue }
            spans.append((k, z + 1))
        }
        replaceOverlapping(spans, type: .place)
    }

    static let s52cEras: Set<String> = ["B.C", "A.D", "B.C.", "A.D.", "B.C.E", "C.E", "BC", "AD", "BCE"]

    /// "between 100 B.C. and A.D. 300": see the file's comment.
    mutating func s52cEnglishEras() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country {
            let s = mentions[i].surface
            guard s.utf8.count <= 6, Self.s52cEras.contains(s), let (a, z) = seedSpan(i) else { continue }
            var q = z + 1
            if keyIs(q, ".") { q += 1 }
            if a >= 1 && tokens[a - 1].kind == .number || q < tokenCount && tokens[q].kind == .number { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Saints' words that a body's or a place's name goes on after ("Universidad de San X").
    static let s52cSaints = h18Keys(["san", "santa", "santo", "são", "saint", "sainte", "sankt", "st"])

    /// "the National University of San Luis Gonzaga": see the file's comment.
    mutating func s52cSaintNames() {
        guard articleHas(Self.s52cSaints) else { return }
        var fixes: [(Int, Int, Int, EntityType)] = []
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .organization || mentions[i].type == .place) {
            guard let (a, z) = seedSpan(i), z > a, s43Cap(z), Self.s52cSaints.contains(tokens[z]), s43Cap(z + 1), tokens[z + 1].spaceBefore,
                  !tokens[z + 1].newlineBefore, !isCountry[z + 1] else { continue }
            var e = z + 1
            while e < tokenCount, e - z <= 3, s43Cap(e), !isCountry[e], tokens[e].spaceBefore, !tokens[e].newlineBefore { e += 1 }
            fixes.append((i, a, e, mentions[i].type ?? .organization))
        }
        guard !fixes.isEmpty else { return }
        // (The saint's reading after the name gives way.)
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, a, e, type) in fixes {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            for j in mentions.indices where mentions[j].type != .country && mentions[j].start < end && mentions[j].end > s { drop.insert(j) }
            drop.insert(i)
            var m = mention(a, e, type: type, evidence: .cue)
            if type == .place { m.placeContext = true }
            added.append(m)
        }
        replaceMentions(removing: drop, adding: added)
    }

    static let s52cEnSiteNouns = h18Keys(["site", "sites", "list", "status", "listing"])

    /// "a UNESCO World Heritage site": see the file's comment.
    mutating func s52cEnglishSiteLabels() {
        guard articleHas(Self.s52cEnSiteNouns) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type == .person {
            guard let (a, z) = seedSpan(i), s43Lower(z + 1), tokens[z + 1].spaceBefore, Self.s52cEnSiteNouns.contains(tokens[z + 1]),
                  !isGivenName(a), !lex.givenNames.contains(tokens[a].key) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s52cEnSite = h18Keys(["site"])

    /// "The Nazca Lines, a UNESCO World Heritage site since 1994": see the file's comment.
    mutating func s52cEnglishSites() {
        guard articleHas(Self.s52cEnSite) else { return }
        var names: [String] = []
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .organization || mentions[i].type == nil) {
            guard let (_, z) = seedSpan(i), keyIs(z + 1, ","), keyIs(z + 2, "a") || keyIs(z + 2, "an") else { continue }
            var q = z + 3
            while q < tokenCount, q - z <= 8, tokens[q].kind == .word, !keyIs(q, "site") { q += 1 }
            guard q < tokenCount, q > z + 3, keyIs(q, "site"), s43Lower(q) else { continue }
            let name = mentions[i].surface
            if !names.contains(name) { names.append(name) }
        }
        guard !names.isEmpty else { return }
        var retype: [Int] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country && mentions[i].type != .place && names.contains(mentions[i].surface) {
            retype.append(i)
        }
        retypeByCue(retype, to: .place)
    }

    static let s52cEnFacilityNouns = h18Keys(["airport", "airfield", "airstrip", "stadium", "bridge"])

    /// "from the airstrip at Maria Reiche airport": see the file's comment.
    mutating func s52cEnglishNamedFacilities() {
        guard articleHas(Self.s52cEnFacilityNouns) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .person {
            guard let (a, z) = seedSpan(i), z > a, s43Lower(z + 1), tokens[z + 1].spaceBefore, Self.s52cEnFacilityNouns.contains(tokens[z + 1]) else { continue }
            // (A capitalized word before it, a title's, is a person's cue.)
            if a >= 1, isCap(a - 1) { continue }
            fixes.append((i, a, z + 2))
        }
        replaceEach(fixes, type: .place)
    }

    /// "loans arranged by Standard Chartered and the Swedish export credit agency EKN": see the file's comment.
    mutating func s52cEnglishListedWithThe() {
        var retype: [Int] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z == a + 1, keyIs(z + 1, "and"), keyIs(z + 2, "the"), !isGivenName(a), !lex.givenNames.contains(tokens[a].key) else { continue }
            var q = z + 3
            while q < tokenCount, q - z <= 8, s43Lower(q) || isCountry[q] && tokens[q].kind == .word { q += 1 }
            guard q > z + 3, q < tokenCount else { continue }
            let s2 = tokens[q].start
            if anyMention(where: { $0.start == s2 && $0.type == .organization }) { retype.append(i) }
        }
        retypeByCue(retype, to: .organization)
    }

    static let s52cEnPlantNouns = h18Keys(["plant", "mine", "refinery", "smelter", "factory", "mill", "field", "terminal"])
    static let s52cEnFirmOwners = h18Keys(["group", "company", "firm", "utility", "operator", "miner", "producer"])

    /// "The group's Auvere plant, which …": see the file's comment.
    mutating func s52cEnglishPlantPlaces() {
        guard articleHas(Self.s52cEnPlantNouns), articleHas(Self.s48Possessive) else { return }
        var retype: [Int] = []
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .organization || mentions[i].type == nil) {
            guard let (a, z) = seedSpan(i), a == z, a >= 2, s43Lower(z + 1), Self.s52cEnPlantNouns.contains(tokens[z + 1]),
                  keyIs(a - 1, "'s"), s43Lower(a - 2) || tokens[a - 2].sentenceStart && !tokens[a - 2].allCaps, Self.s52cEnFirmOwners.contains(tokens[a - 2]) else { continue }
            retype.append(i)
        }
        retypeByCue(retype, to: .place)
    }

    // MARK: - English and French

    /// Particles inside Maghreb and Arab names (son of, daughter of).
    static let s52cParticles = h18Keys(["ould", "mint", "bint", "ben", "ibn", "ag", "bin"])

    /// "Mohamed Ould Cheikh El Ghazouani", "Mme Aïchetou Mint Cheikh": see the file's comment.
    mutating func s52cNameParticles() {
        guard articleHas(Self.s52cParticles) else { return }
        var spans: [(Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, tokens[z].capitalized, !tokens[z].allCaps, Self.s52cParticles.contains(tokens[z]),
                  s43Cap(z + 1), !tokens[z + 1].allCaps, tokens[z + 1].spaceBefore, !tokens[z + 1].newlineBefore, !isCountry[z + 1] else { continue }
            var e = z + 1
            while e < tokenCount, e - z <= 4, s43Cap(e), !tokens[e].allCaps, !isCountry[e], tokens[e].spaceBefore, !tokens[e].newlineBefore { e += 1 }
            // (Another person's reading running past the end stops it there.)
            let end = tokens[e - 1].end
            if anyMention(where: { $0.start < end && $0.end > end }) { continue }
            spans.append((a, e))
        }
        replaceOverlapping(spans, type: .person)
    }

    // MARK: - French

    /// French capitalized nouns of forces and services that a country's adjective closes.
    static let s52cFrForces = h18Keys(["garde", "gendarmerie", "marine", "police", "douane", "douanes", "aviation", "armée", "sûreté"])

    /// "selon la Garde-côtes sénégalaise": see the file's comment.
    mutating func s52cFrenchForces() {
        guard articleHas(Self.s52cFrForces) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country && mentions[i].type != .place {
            guard let (a, z) = seedSpan(i), z - a <= 2, tokens[a].capitalized, Self.s52cFrForces.contains(tokens[a]),
                  s43Lower(z + 1), tokens[z + 1].spaceBefore, isCountry[z + 1] else { continue }
            fixes.append((i, a, z + 2))
        }
        replaceEach(fixes, type: .organization)
    }

    /// French lowercase nouns of sports after a facility's name ("Complexe X de football").
    static let s52cFrSports = h18Keys(["football", "basket", "basket-ball", "handball", "rugby", "tennis", "golf", "athlétisme", "natation",
        "hockey", "volley", "volley-ball", "sport", "sports", "cyclisme", "boxe", "équitation"])

    /// "au Complexe Mohammed VI de football": see the file's comment.
    mutating func s52cFrenchSportFacilities() {
        guard articleHas(Self.s52cFrSports) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type == .place {
            guard let (a, z) = seedSpan(i), z > a, keyIs(z + 1, "de") || keyIs(z + 1, "du"), s43Lower(z + 2), Self.s52cFrSports.contains(tokens[z + 2]) else { continue }
            var e = z + 3
            if h15GluedHyphen(e), s43Lower(e + 1) { e += 2 }
            fixes.append((i, a, e))
        }
        replaceEach(fixes, type: .place)
    }

    /// French nouns of what befalls a person, before "de" and a name ("l'absence de X", "la blessure de X").
    static let s52cFrFateNouns = h18Keys(["absence", "blessure", "forfait", "suspension", "convocation", "titularisation", "transfert",
        "limogeage", "démission", "nomination", "arrestation", "libération", "candidature", "réélection", "décès", "assassinat", "épouse",
        "veuve", "retour", "départ", "remplacement", "entourage", "avocat", "avocate", "avocats", "biographie", "sélection"])
    /// Those of them that never take a place's name (the others, "le retour de X", only a given name's).
    static let s52cFrPersonOnlyFateNouns = h18Keys(["absence", "blessure", "forfait", "suspension", "convocation", "titularisation",
        "limogeage", "démission", "arrestation", "réélection", "assassinat", "épouse", "veuve", "avocat", "avocate", "avocats"])

    /// "l'absence de Hakim X par un choix sportif": see the file's comment.
    mutating func s52cFrenchFatePersons() {
        guard articleHas(Self.s52cFrFateNouns) else { return }
        var retype: [Int] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type == .place && mentions[i].evidence == .cue {
            guard let (a, z) = seedSpan(i), z > a, z - a <= 2, a >= 2, keyIs(a - 1, "de"), s43Lower(a - 2), Self.s52cFrFateNouns.contains(tokens[a - 2]),
                  (a...z).allSatisfy({ s43Cap($0) && !tokens[$0].allCaps && !isCountry[$0] }),
                  Self.s52cFrPersonOnlyFateNouns.contains(tokens[a - 2]) || isGivenName(a) || lex.givenNames.contains(tokens[a].key) else { continue }
            retype.append(i)
        }
        for i in retype {
            mentions[i].type = .person
            mentions[i].placeContext = false
            mentions[i].evidence = .cue
        }
    }

    /// French nouns of players and their staff before "du" and a club.
    static let s52cFrPlayerNouns = h18Keys(["attaquant", "défenseur", "milieu", "gardien", "joueur", "joueuse", "entraîneur", "capitaine",
        "ailier", "buteur", "latéral", "arrière", "meneur", "pivot", "sociétaire", "pensionnaire", "recrue", "attaquante", "défenseure",
        "entraîneure", "gardienne"])

    /// "le jeune attaquant du Wydad de Casablanca": see the file's comment.
    mutating func s52cFrenchClubs() {
        guard articleHas(Self.s52cFrPlayerNouns) else { return }
        var spans: [(Int, Int)] = []
        for k in 0..<(tokenCount - 2) where s43Lower(k) && Self.s52cFrPlayerNouns.contains(tokens[k]) && keyIs(k + 1, "du") {
            let a = k + 2
            guard s43Cap(a), !isCountry[a], !tokens[a].allCaps else { continue }
            var e = a + 1
            while e < tokenCount, e - a < 2, s43Cap(e), !isCountry[e], tokens[e].spaceBefore { e += 1 }
            // The club's town after "de": a place read there.
            if keyIs(e, "de") || tokens[e].kind == .elision && keyIs(e, "d'"), s43Cap(e + 1) {
                let s1 = tokens[e + 1].start
                if let j = firstMentionIndex(where: { $0.start == s1 && $0.type == .place }), let (_, y) = seedSpan(j), y - e <= 2 { e = y + 1 }
            }
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            // (A known body or a person's reading there stays.)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.known != nil && $0.type == .organization || $0.type == .person || $0.type == .country) }) { continue }
            if anyMention(where: { $0.start == s && $0.end == end && $0.type == .organization }) { continue }
            // (A longer reading holding the words, "du Conseil constitutionnel", stays.)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end) }) { continue }
            spans.append((a, e))
        }
        replaceOverlapping(spans, type: .organization)
    }

    /// French lowercase nouns of a river's parts and crossings before "du" and its name.
    static let s52cFrRiverParts = h18Keys(["estuaire", "embouchure", "rive", "rives", "berge", "berges", "delta", "traversée", "crue", "crues",
        "affluent", "confluent", "méandres", "source", "sources"])

    /// "l'estuaire du Tage", "une traversée du Tage": see the file's comment.
    mutating func s52cFrenchRivers() {
        guard articleHas(Self.s52cFrRiverParts) else { return }
        var names: [String] = []
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .organization || mentions[i].type == nil) {
            guard let (a, z) = seedSpan(i), z - a <= 1, a >= 2, keyIs(a - 1, "du"), s43Lower(a - 2), Self.s52cFrRiverParts.contains(tokens[a - 2]),
                  (a...z).allSatisfy({ s43Cap($0) && !tokens[$0].allCaps }) else { continue }
            let name = mentions[i].surface
            if !names.contains(name) { names.append(name) }
        }
        guard !names.isEmpty else { return }
        var retype: [Int] = []
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .organization || mentions[i].type == nil) && names.contains(mentions[i].surface) {
            retype.append(i)
        }
        retypeByCue(retype, to: .place)
    }

    static let s52cFrNew = h18Keys(["nouvel", "nouveau", "futur", "second", "deuxième", "troisième"])
    static let s52cFrAirport = h18Keys(["aéroport"])

    /// "Le projet de nouvel aéroport de Lisbonne": see the file's comment.
    mutating func s52cFrenchNewAirports() {
        guard articleHas(Self.s52cFrNew), articleHas(Self.s52cFrAirport) else { return }
        var cuts: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type == .place {
            guard let (a, z) = seedSpan(i), a >= 1, s43Lower(a), Self.s52cFrAirport.contains(tokens[a]), s43Lower(a - 1), Self.s52cFrNew.contains(tokens[a - 1]) else { continue }
            var x = a + 1
            if keyIs(x, "de") { x += 1 } else if tokens[x].kind == .elision, keyIs(x, "d'") { x += 1 } else { continue }
            guard x <= z, s43Cap(x) else { continue }
            cuts.append((i, x, z + 1))
        }
        guard !cuts.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, x, e) in cuts {
            drop.insert(i)
            var m = mention(x, e, type: .place, evidence: .cue)
            m.placeContext = true
            // (A copy of the same name's known reading elsewhere.)
            let text = m.surface
            if let k = firstMentionIndex(where: { $0.known != nil && $0.type == .place && $0.surface == text }) {
                m.known = mentions[k].known
                m.evidence = mentions[k].evidence
                m.words = mentions[k].words
            }
            added.append(m)
        }
        replaceMentions(removing: drop, adding: added)
    }

    // MARK: - Vietnamese

    /// Vietnamese road's noun ("đường"), a route only before the words of a road's kind.
    static let s52cViRoadNouns = h18Keys(["đường"])
    static let s52cViRoadKinds = h18Keys(["ô", "bộ", "cao"])
}
