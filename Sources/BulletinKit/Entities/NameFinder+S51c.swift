import Foundation

/// Session 51 (c): French and English places and bodies of holdout74's kinds, and routes named by their ends in Russian
/// and Vietnamese (the tests use other texts and names).
/// - French: the names listed after a plural lowercase noun of rivers, lakes or villages ("les oueds X, Y et Z", "les
///   rivières X et Y") are places, each one (a body's or an untyped reading of a name gives way);
/// - French: a feature's lowercase noun, "de"/"du"/"d'" and a name that the article also reads on its own elsewhere ("le
///   parc national de l'X" … "l'X", "le lac de Bizerte" … "Bizerte") is one place apart from that name (the sets'
///   convention: a park, a lake or a range named after another named place is a place of its own); a water's noun with
///   a country ("le canal du Mozambique", "le golfe de Guinée") is one place too (the country kept); a mountain's or a
///   river's noun glued to the name ("le djebel X", "l'oued X") likewise when the name is read elsewhere;
/// - French: "le Grand X" before a place read there ("le Grand Tunis", "du Grand Casablanca") is one place;
/// - French: "le centre hospitalier de district d'X" (and "de référence") is one body (S36's town bodies stop at "de
///   district");
/// - French: a body's name right before a place's on the same line with nothing between ("WWF Afrique du Nord",
///   "Météo-France La Réunion") is one body (a branch named by its area); a known body before a lowercase country's
///   adjective ("la Croix-Rouge malienne") is that country's society, one body of its own (no canonical of the KB's);
/// - French: "route nationale 5a": a road's number takes the letter glued to it; "X, l'ancienne Y": Y is X's former name (a
///   place, one group with X); "le cyclone tropical intense X": X is a storm's name everywhere in the article (none);
///   "le marché X" is a place, "la convention de X" none;
/// - English: "the X Y region" whose words are compass words ("the Western North region", "the Upper East region") is a
///   place X Y; a name before a lowercase glacier's noun ("the Fedchenko glacier") is a place; two capitalized words read
///   as a person (not known, the first no given name) listed with a body ("by Standard Chartered and Absa Bank Ghana") are
///   a body; a capitalized occupation's noun opening a sentence ("Contractor X Constructora said") is no part of the body
///   after it; a person's reading (not known, no capitalized title before it) of a name of two words or more that is
///   also an end of a route read here is a place ("a bridge to X Y …, the X Y-Z road"; in Vietnamese too, "khu vực X Y …
///   đoạn X Y - Z"); "the Development Bank of Latin America, known as CAF": the acronym groups with the body; "the X
///   people", "X settlers": a lone name before a people's noun is none; a storm's name as in French;
/// - Russian: a route's noun in any case ("газопроводу", "линия электропередачи 500 кВ") with lowercase genitives, a
///   number and a unit between, before names joined by spaced dashes, reads the route as S48c does (its capitalized run
///   now stops at a line's end: a headline's route ran into the dateline);
/// - Vietnamese: a section's noun "đoạn" (not "giai đoạn") before names joined by a spaced dash is a route (S48c).
///
/// `refineS51c` runs after `refineS50c` (before `refineCP15`). Cost: each rule is gated on the article's language and
/// on its trigger keys (`articleHas`); the French and English ones then visit the tokens testing one key hash, or the
/// mentions of one type, and read a few tokens around each hit.
extension NameFinder {
    mutating func refineS51c() {
        guard tokenCount > 2, !mentions.isEmpty else { return }
        switch language {
        case "fr":
            s51cFrenchListedPlaces()
            s51cFrenchFeaturesApart()
            s51cFrenchGreater()
            s51cFrenchDistrictHospitals()
            s51cFrenchBranches()
            s51cRoadNumberLetters()
            s51cStormNames()
            s51cFrenchMarketsAndTreaties()
            s51cFrenchFormerNames()
        case "en":
            s51cEnglishCompassRegions()
            s51cEnglishGlaciers()
            s51cEnglishListedBodies()
            s51cEnglishOccupationOpeners()
            s51cEnglishRouteEndTowns()
            s51cRoadNumberLetters()
            s51cStormNames()
            s51cEnglishKnownAsAcronyms()
            s51cEnglishPeoples()
        case "ru":
            s48cRoutes(cyrillic: true, nouns: Self.s51cRuRouteNouns)
        case "vi":
            s48cRoutes(cyrillic: false, nouns: Self.s51cViSectionNouns, accept: { f, k in
                // ("đoạn", a section, not "đoàn", a delegation (one key), nor "giai đoạn", a period; a section right
                // after its road's name or number, "Quốc lộ 12 đoạn X - Y", is that road's alias, as S50c's Chinese.)
                !f.keyIs(k - 1, "giai") && !f.isCap(k - 1) && f.tokens[k - 1].kind != .number
                    && f.surface(k, k + 1).precomposedStringWithCanonicalMapping == "đoạn" })
            s51cEnglishRouteEndTowns()
        default:
            break
        }
    }

    // MARK: - French

    /// French plural lowercase nouns of rivers, lakes and villages before a list of names.
    static let s51cFrPluralSites = h18Keys(["oueds", "rivières", "fleuves", "lacs", "villages", "localités", "bourgades", "hameaux",
        "douars", "îles", "monts", "massifs", "wadis", "affluents"])

    /// "les oueds Joumine, Ghezala et Sejnane": see the file's comment.
    mutating func s51cFrenchListedPlaces() {
        guard articleHas(Self.s51cFrPluralSites) else { return }
        var items: [(Int, Int)] = []
        for k in 0..<(tokenCount - 1) where s43Lower(k) && Self.s51cFrPluralSites.contains(tokens[k]) {
            var a = k + 1
            var list: [(Int, Int)] = []
            while a < tokenCount, s43Cap(a), !isCountry[a], !tokens[a].newlineBefore {
                let e = l36CapRun(a, limit: 3)
                list.append((a, e))
                guard e + 1 < tokenCount, keyIs(e, ",") || keyIs(e, "et") else { break }
                let last = keyIs(e, "et")
                a = e + 1
                if last {
                    if s43Cap(a), !isCountry[a] { list.append((a, l36CapRun(a, limit: 3))) }
                    break
                }
            }
            guard list.count >= 2 else { continue }
            items += list
        }
        guard !items.isEmpty else { return }
        // (A body's or an untyped reading of a listed name gives way; a place, a country or a known name stays.)
        var drop = Set<Int>()
        for (a, e) in items {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            for i in mentions.indices where mentions[i].start == s && mentions[i].end == end && mentions[i].known == nil
                && (mentions[i].type == .organization || mentions[i].type == nil) { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        addListedPlaces(items)
    }

    /// French lowercase nouns of a feature named after another place with "de" ("le lac de X", "le parc national de X").
    static let s51cFrFeatureNouns = h18Keys(["lac", "parc", "golfe", "canal", "détroit", "baie", "forêt", "réserve", "barrage"])
    /// Nouns of waters that a country's name closes ("canal du Mozambique", "golfe de Guinée").
    static let s51cFrWaterNouns = h18Keys(["canal", "golfe", "détroit", "baie", "mer"])
    /// Lowercase words between a park's or a reserve's noun and "de" ("parc national", "réserve naturelle").
    static let s51cFrFeatureFillers = h18Keys(["national", "naturel", "naturelle", "régional", "marin", "marine", "nationale"])
    /// French nouns of mountains and rivers glued to their name ("le djebel X", "l'oued X").
    static let s51cFrGluedFeatures = h18Keys(["djebel", "jebel", "oued", "mont", "massif", "sebkha", "chott"])

    /// "le parc national de l'Ichkeul", "le lac de Bizerte", "le canal du Mozambique", "le djebel X": see the file's comment.
    mutating func s51cFrenchFeaturesApart() {
        let withDe = articleHas(Self.s51cFrFeatureNouns), glued = articleHas(Self.s51cFrGluedFeatures)
        guard withDe || glued else { return }
        var spans: [(Int, Int)] = []
        for k in 0..<(tokenCount - 2) where s43Lower(k) {
            var x = -1
            var water = false
            if withDe, Self.s51cFrFeatureNouns.contains(tokens[k]) {
                var q = k + 1
                while q < tokenCount, q - k <= 1, s43Lower(q), Self.s51cFrFeatureFillers.contains(tokens[q]) { q += 1 }
                if tokens[q].kind == .elision, keyIs(q, "d'") {
                    q += 1
                    if tokens[q].kind == .elision, keyIs(q, "l'") { q += 1 }
                } else if keyIs(q, "de") {
                    q += 1
                    if keyIs(q, "la") { q += 1 } else if tokens[q].kind == .elision, keyIs(q, "l'") { q += 1 }
                } else if keyIs(q, "du") {
                    q += 1
                } else { continue }
                x = q
                water = Self.s51cFrWaterNouns.contains(tokens[k])
            } else if glued, Self.s51cFrGluedFeatures.contains(tokens[k]) {
                x = k + 1
            } else { continue }
            guard x < tokenCount, s43Cap(x), !tokens[x].newlineBefore else { continue }
            let e = l36CapRun(x, limit: 3)
            let (s, end) = (tokens[k].start, tokens[e - 1].end)
            let (xs, xe) = (tokens[x].start, tokens[e - 1].end)
            // (Already one reading over the whole, or a longer name holding it.)
            if anyMention(where: { $0.start <= s && $0.end >= end && $0.type != .country }) { continue }
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end) && $0.type != .country }) { continue }
            let country = anyMention(where: { $0.start == xs && $0.end == xe && $0.type == .country })
            if country {
                guard water else { continue }
            } else {
                // The name read on its own elsewhere (outside this span).
                let name = surface(x, e)
                guard anyMention(where: { ($0.end <= s || $0.start >= end) && $0.type != .country && $0.type != .person && $0.surface == name }) else { continue }
            }
            spans.append((k, e))
        }
        replaceOverlapping(spans, type: .place)
    }

    static let s51cFrGrand = h18Keys(["grand"])

    /// "le Grand Tunis": see the file's comment.
    mutating func s51cFrenchGreater() {
        guard articleHas(Self.s51cFrGrand) else { return }
        var spans: [(Int, Int)] = []
        for k in 1..<(tokenCount - 1) where tokens[k].capitalized && keyIs(k, "grand") && !tokens[k].sentenceStart && s43Lower(k - 1) {
            let s1 = tokens[k + 1].start
            guard tokens[k + 1].spaceBefore, let i = firstMentionIndex(where: { $0.start == s1 && $0.type == .place }),
                  let (a, z) = seedSpan(i), a == k + 1 else { continue }
            let (s, end) = (tokens[k].start, tokens[z].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end) && $0.type != .country }) { continue }
            spans.append((k, z + 1))
        }
        replaceOverlapping(spans, type: .place)
    }

    static let s51cFrHospitalier = h18Keys(["hospitalier"])

    /// "le centre hospitalier de district d'Andapa": see the file's comment.
    mutating func s51cFrenchDistrictHospitals() {
        guard articleHas(Self.s51cFrHospitalier) else { return }
        var spans: [(Int, Int)] = []
        for k in 1..<(tokenCount - 3) where keyIs(k, "hospitalier") && keyIs(k - 1, "centre") {
            guard keyIs(k + 1, "de"), keyIs(k + 2, "district") || keyIs(k + 2, "référence") || keyIs(k + 2, "reference") else { continue }
            var q = k + 3
            if tokens[q].kind == .elision, keyIs(q, "d'") { q += 1 } else if keyIs(q, "de") { q += 1 } else { continue }
            guard s43Cap(q), !isCountry[q] else { continue }
            let e = l36CapRun(q, limit: 3)
            let (s, end) = (tokens[k - 1].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= end }) { continue }
            spans.append((k - 1, e))
        }
        replaceOverlapping(spans, type: .organization)
    }

    static let s51cFrContinents = h18Keys(["afrique", "asie", "europe", "amérique", "océanie", "maghreb", "sahel", "moyen-orient"])
    static let s51cFrCompass = h18Keys(["nord", "sud", "est", "ouest", "centre"])
    static let s51cFrRegionAdjectives = h18Keys(["centrale", "australe", "occidentale", "orientale", "subsaharienne", "latine", "du"])

    /// The end (exclusive) of a continent's or a region's name opening at `k` ("Afrique du Nord", "Asie centrale",
    /// "Afrique de l'Ouest", "Maghreb"), or nil.
    func s51cContinentRegionEnd(_ k: Int) -> Int? {
        guard s43Cap(k), Self.s51cFrContinents.contains(tokens[k]) else { return nil }
        if keyIs(k + 1, "du"), s43Cap(k + 2), Self.s51cFrCompass.contains(tokens[k + 2]) { return k + 3 }
        if keyIs(k + 1, "de"), tokens[k + 2].kind == .elision, keyIs(k + 2, "l'"), s43Cap(k + 3), Self.s51cFrCompass.contains(tokens[k + 3]) { return k + 4 }
        if s43Lower(k + 1), tokens[k + 1].spaceBefore, Self.s51cFrRegionAdjectives.contains(tokens[k + 1]), !keyIs(k + 1, "du") { return k + 2 }
        return k + 1
    }

    /// "WWF Afrique du Nord", "Météo-France La Réunion", "la Croix-Rouge malienne": see the file's comment.
    mutating func s51cFrenchBranches() {
        var fixes: [(Int, Int, Int)] = []
        // "Météo-France", "Radio-Canada": an untyped or a body's capitalized word glued by a hyphen to a country's name is
        // one body (the country kept).
        var glued: [(Int, Int)] = []
        for i in mentions.indices where (mentions[i].type == nil || mentions[i].type == .organization) && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), a == z, h15GluedHyphen(z + 1), s43Cap(z + 2), isCountry[z + 2] else { continue }
            let s2 = tokens[z + 2].start
            guard let j = firstMentionIndex(where: { $0.start == s2 && $0.type == .country }), let (_, y) = seedSpan(j), y - z <= 3 else { continue }
            glued.append((a, y + 1))
        }
        if !glued.isEmpty { replaceOverlapping(glued, type: .organization) }
        for i in mentions.indices where mentions[i].type == .organization && !mentions[i].parenthesized {
            guard let (a, z) = seedSpan(i), z + 1 < tokenCount, tokens[z + 1].spaceBefore, !tokens[z + 1].newlineBefore else { continue }
            // A known body and a lowercase country's adjective.
            if mentions[i].known != nil, s43Lower(z + 1), isCountry[z + 1] {
                fixes.append((i, a, z + 2))
                continue
            }
            guard s43Cap(z + 1), z - a <= 2 else { continue }
            if let e = s51cContinentRegionEnd(z + 1) {
                fixes.append((i, a, e))
                continue
            }
            let s1 = tokens[z + 1].start
            guard let j = firstMentionIndex(where: { $0.start == s1 && ($0.type == .place || $0.type == .country) }),
                  let (_, y) = seedSpan(j), !tokens[y].newlineBefore else { continue }
            fixes.append((i, a, y + 1))
        }
        guard !fixes.isEmpty else { return }
        // (The place read inside the body's name gives way.)
        var drop = Set<Int>()
        for (i, a, b) in fixes {
            let (s, e) = (tokens[a].start, tokens[b - 1].end)
            for j in mentions.indices where j != i && mentions[j].type != .country && mentions[j].start >= s && mentions[j].end <= e { drop.insert(j) }
        }
        if !drop.isEmpty {
            // (Indices move: find the bodies again by their start.)
            let starts = fixes.map { (mentions[$0.0].start, $0.1, $0.2) }
            replaceMentions(removing: drop)
            fixes = starts.compactMap { st in firstMentionIndex(where: { $0.start == st.0 && $0.type == .organization }).map { ($0, st.1, st.2) } }
        }
        // A known body widened by its country's adjective is that country's society: the other readings of the known
        // body alone ("la Croix-Rouge mongole … la Croix-Rouge") are the same one (no canonical of the KB's).
        var widened: [(known: Int, start: Int)] = []
        for (i, a, b) in fixes {
            if let k = mentions[i].known, s43Lower(b - 1) { widened.append((k, tokens[a].start)) }
        }
        replaceEach(fixes, type: .organization)
        for (k, start) in widened {
            guard let n = firstMentionIndex(where: { $0.start == start && $0.type == .organization && $0.known == nil }) else { continue }
            let words = mentions[n].words
            for j in mentions.indices where mentions[j].known == k && mentions[j].type == .organization {
                mentions[j].known = nil
                mentions[j].words = words
            }
        }
    }

    // MARK: - English

    static let s51cEnRegion = h18Keys(["region", "regions", "province", "provinces"])
    static let s51cEnCompass = h18Keys(["western", "eastern", "northern", "southern", "north", "south", "east", "west", "upper", "lower",
        "central", "northwest", "northeast", "southwest", "southeast", "north-west", "north-east", "south-west", "south-east"])

    /// "the Western North region", "the Upper East region": see the file's comment.
    mutating func s51cEnglishCompassRegions() {
        guard articleHas(Self.s51cEnRegion), articleHas(Self.s51cEnCompass) else { return }
        var spans: [(Int, Int)] = []
        for k in 2..<tokenCount where s43Lower(k) && Self.s51cEnRegion.contains(tokens[k]) {
            var a = k
            while a - 1 >= 0, k - a < 3, s43Cap(a - 1), Self.s51cEnCompass.contains(tokens[a - 1]), !tokens[a].newlineBefore { a -= 1 }
            guard a < k, a >= 1, keyIs(a - 1, "the") else { continue }
            let (s, e) = (tokens[a].start, tokens[k - 1].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            spans.append((a, k))
        }
        replaceOverlapping(spans, type: .place)
    }

    static let s51cEnGlacier = h18Keys(["glacier", "glaciers", "icefield"])

    /// "The Fedchenko glacier": see the file's comment.
    mutating func s51cEnglishGlaciers() {
        guard articleHas(Self.s51cEnGlacier) else { return }
        var retype: [Int] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .place && mentions[i].type != .country {
            guard let (_, z) = seedSpan(i), s43Lower(z + 1), tokens[z + 1].spaceBefore, Self.s51cEnGlacier.contains(tokens[z + 1]) else { continue }
            retype.append(i)
        }
        retypeByCue(retype, to: .place)
    }

    /// "arranged by Standard Chartered and Absa Bank Ghana": see the file's comment.
    mutating func s51cEnglishListedBodies() {
        var retype: [Int] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z == a + 1, !isGivenName(a), !lex.givenNames.contains(tokens[a].key) else { continue }
            var body = false
            if z + 2 < tokenCount, keyIs(z + 1, "and") {
                let s2 = tokens[z + 2].start
                body = anyMention(where: { $0.start == s2 && $0.type == .organization })
            }
            if !body, a >= 2, keyIs(a - 1, "and") || keyIs(a - 1, ",") {
                let e0 = tokens[a - 2].end
                body = anyMention(where: { $0.end == e0 && $0.type == .organization })
            }
            if body { retype.append(i) }
        }
        retypeByCue(retype, to: .organization)
    }

    /// Capitalized nouns of trades that open a sentence before a firm's name ("Contractor X said").
    static let s51cEnTrades = h18Keys(["contractor", "builder", "developer", "operator", "miner", "insurer", "lender", "carmaker", "automaker",
        "retailer", "supplier", "shipper", "broker", "exporter", "importer", "distributor", "manufacturer", "chipmaker", "drugmaker",
        "steelmaker", "subcontractor", "consultancy", "engineer", "engineers", "producer", "trader", "refiner", "shipbuilder"])

    /// "Contractor Tecnoedil Constructora, which built …": see the file's comment.
    mutating func s51cEnglishOccupationOpeners() {
        guard articleHas(Self.s51cEnTrades) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z - a >= 2, tokens[a].capitalized, !tokens[a].allCaps,
                  tokens[a].sentenceStart || tokens[a].newlineBefore, Self.s51cEnTrades.contains(tokens[a]) else { continue }
            fixes.append((i, a + 1, z + 1))
        }
        replaceEach(fixes, type: .organization)
    }

    /// "a bridge to Carmelo Peralta …, the whole Carmelo Peralta-Pozo Hondo road": see the file's comment.
    mutating func s51cEnglishRouteEndTowns() {
        var routes: [String] = []
        for p in mentions.indices where mentions[p].type == .place && (mentions[p].route || NameFinder.utf8Contains(mentions[p].surface, 0x2D)) {
            routes.append(mentions[p].surface)
        }
        guard !routes.isEmpty else { return }
        var retype: [Int] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil && NameFinder.utf8Contains(mentions[i].surface, 0x20) {
            let name = mentions[i].surface
            guard !NameFinder.utf8Contains(name, 0x2D), routes.contains(where: { $0.hasPrefix(name + "-") || $0.contains("-" + name)
                || $0.hasPrefix(name + " - ") || $0.hasSuffix(" - " + name) || $0.contains(" - " + name + " - ") }) else { continue }
            // (A capitalized word before it, a title's: "Minister X Y", is a person's cue.)
            if let (a, _) = seedSpan(i), a >= 1, isCap(a - 1) { continue }
            retype.append(i)
        }
        retypeByCue(retype, to: .place)
    }

    /// "la route nationale 5a", "the N1a road": a place's reading that ends on a number takes the one letter glued to it.
    mutating func s51cRoadNumberLetters() {
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .place {
            guard let (a, z) = seedSpan(i), tokens[z].kind == .number, z + 1 < tokenCount, !tokens[z + 1].spaceBefore,
                  tokens[z + 1].kind == .word, tokens[z + 1].keyLength == 1, tokens[z + 1].script == .latin,
                  z + 2 >= tokenCount || tokens[z + 2].kind != .word || tokens[z + 2].spaceBefore else { continue }
            fixes.append((i, a, z + 2))
        }
        replaceEach(fixes, type: .place)
    }

    // MARK: - Russian and Vietnamese routes

    /// Russian route nouns in the cases S48c's list lacks ("по газопроводу X - Y").
    static let s51cRuRouteNouns = h18Keys(["газопроводу", "газопроводом", "газопроводе", "нефтепроводу", "нефтепроводом", "нефтепроводе",
        "маршрутов", "линией", "трубопровод", "трубопровода", "трубопроводу", "трубопроводом", "трубопроводе", "коридор", "коридора",
        "коридору", "коридоре"])
    /// Lowercase genitives between a line's noun and its ends ("линия электропередачи 500 кВ X - Y").
    static let s51cRuRouteFillers = h18Keys(["электропередачи", "электропередач", "связи", "кв"])
    /// Vietnamese section noun ("đoạn X - Y"; the key also a delegation's "đoàn": the word is checked).
    static let s51cViSectionNouns = h18Keys(["đoạn"])

    // MARK: - French and English: storms, markets, treaties, peoples, acronyms

    /// Lowercase words between a storm's noun and its name ("le cyclone tropical intense X", "tropical storm").
    static let s51cStormFillers = h18Keys(["tropical", "tropicale", "intense", "violent", "violente", "puissant", "puissante", "post",
        "extratropical", "super", "severe"])

    /// "Le cyclone tropical intense Fitia … Fitia devait s'affaiblir": a name after a storm's noun (lowercase words between)
    /// is the storm's, no entity, and so is every other reading of that name in the article (S25 drops only the one right
    /// after the noun).
    mutating func s51cStormNames() {
        guard articleHas(Self.l25StormKeys) else { return }
        var names: [String] = []
        for k in 0..<(tokenCount - 1) where tokens[k].kind == .word && Self.l25StormKeys.contains(tokens[k]) {
            var q = k + 1
            while q < tokenCount, q - k <= 3, s43Lower(q) && Self.s51cStormFillers.contains(tokens[q]) || h15GluedHyphen(q) { q += 1 }
            guard s43Cap(q), !isCountry[q], !tokens[q].newlineBefore, q + 1 >= tokenCount || !s43Cap(q + 1) else { continue }
            let name = surface(q, q + 1)
            if !names.contains(name) { names.append(name) }
        }
        guard !names.isEmpty else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country && names.contains(mentions[i].surface) { drop.insert(i) }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s51cFrMarket = h18Keys(["marché"])
    static let s51cFrTreaties = h18Keys(["convention", "conventions"])

    /// "au marché Ocass" (a market named by its own name, a place), "la convention de Ramsar" (a treaty: its town's name
    /// none there, when not read as a known place).
    mutating func s51cFrenchMarketsAndTreaties() {
        let market = articleHas(Self.s51cFrMarket), treaty = articleHas(Self.s51cFrTreaties)
        guard market || treaty else { return }
        var retype: [Int] = [], drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country && mentions[i].type != .person {
            guard let (a, _) = seedSpan(i), a >= 2, s43Cap(a) else { continue }
            if market, s43Lower(a - 1), Self.s51cFrMarket.contains(tokens[a - 1]), mentions[i].type != .place {
                retype.append(i)
            } else if treaty, keyIs(a - 1, "de"), s43Lower(a - 2), Self.s51cFrTreaties.contains(tokens[a - 2]), mentions[i].evidence != .known {
                drop.insert(i)
            }
        }
        retypeByCue(retype, to: .place)
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "the Development Bank of Latin America, known as CAF": the acronym after "known as" is the body's (one group), the
    /// body read right before the comma.
    mutating func s51cEnglishKnownAsAcronyms() {
        for i in mentions.indices where mentions[i].type == .organization {
            guard let (a, z) = seedSpan(i), a == z, tokens[a].allCaps, a >= 4, keyIs(a - 1, "as"), keyIs(a - 2, "known"), keyIs(a - 3, ",") else { continue }
            let e0 = tokens[a - 4].end
            guard let j = firstMentionIndex(where: { $0.end == e0 && $0.type == .organization }), j != i else { continue }
            mentions[i].words = mentions[j].words
            mentions[i].known = mentions[j].known
            mentions[i].evidence = .cue
        }
    }

    static let s51cEnPeopleNouns = h18Keys(["people", "peoples", "settlers", "tribe", "tribes", "tribesmen", "herders", "nomads"])

    /// "the Ayoreo people", "Mennonite settlers": a lone capitalized word (not known) before a lowercase noun of a people
    /// names that people, no entity.
    mutating func s51cEnglishPeoples() {
        guard articleHas(Self.s51cEnPeopleNouns) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country {
            guard let (a, z) = seedSpan(i), a == z, !tokens[a].allCaps, s43Lower(z + 1), tokens[z + 1].spaceBefore,
                  Self.s51cEnPeopleNouns.contains(tokens[z + 1]) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s51cFrFormer = h18Keys(["ancienne", "ancien"])

    /// "L'aéroport d'Antsiranana, l'ancienne Diego-Suarez": a name (not known, no country) after "l'ancienne" or "l'ancien"
    /// right after a place's name and a comma is that place's former name: a place, one group with it.
    mutating func s51cFrenchFormerNames() {
        guard articleHas(Self.s51cFrFormer) else { return }
        var fixes: [(Int, Int)] = []
        for k in 3..<(tokenCount - 1) where s43Lower(k) && Self.s51cFrFormer.contains(tokens[k]) {
            guard tokens[k - 1].kind == .elision, keyIs(k - 1, "l'"), keyIs(k - 2, ","), s43Cap(k + 1) else { continue }
            let (e0, s1) = (tokens[k - 3].end, tokens[k + 1].start)
            guard let p = firstMentionIndex(where: { $0.end == e0 && $0.type == .place }),
                  let x = firstMentionIndex(where: { $0.start == s1 && $0.known == nil && $0.type != .country && $0.type != .organization }) else { continue }
            fixes.append((x, p))
        }
        for (x, p) in fixes {
            mentions[x].type = .place
            mentions[x].placeContext = true
            mentions[x].evidence = .cue
            mentions[x].words = mentions[p].words
            mentions[x].known = mentions[p].known
        }
    }
}
