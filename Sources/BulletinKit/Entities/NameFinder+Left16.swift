import Foundation

/// General patterns behind what every fitted set still missed (session 16, branch left16): lone capitalized words left
/// untyped (read as organizations by default) that a list or an article makes places, regions named by a compass word
/// and a country, Russian road sections 'X – Y', dotted initials of a place, competitions read as people, and a
/// university named inside an institute. One pass, run after refineAr15 and before refineCP15. Each rule is gated on
/// its language or a byte test before any look-up.
extension NameFinder {
    mutating func refineLeft16() {
        guard tokens.count > 1 else { return }
        let en = language == "en", uk = language == "uk"
        if lang.de { l16German() }
        if language == "pl" { l16Polish() }
        if en || lang.es || lang.fr || lang.pt || lang.it || lang.ru || uk || lang.de || language == "pl" { l16ListedPlaces(en: en) }
        if en || lang.es { l16ArticlePlaces(en: en) }
        if en || lang.fr || lang.es || lang.pt || lang.it || lang.de || lang.ru { l16PlacesBeforeWhere() }
        if en || lang.fr || lang.es || lang.pt || lang.it || lang.de { l16AdjectivalPlacesNoPeople() }
        if hasArabic { l16ArabicTwoWordSites(); l16ArabicGenericBodies() }
        if en { l16RiverShortForms() }
        l16CurrencyAdjectives()
        if en || lang.fr || lang.es || lang.pt || lang.it || lang.de { l16CountryWordOpeningAPerson() }
        l16ExchangeCities()
        if en { l16CompassRegions() }
        if lang.ru || uk { l16RoadSections() }
        if en || lang.fr || lang.es || lang.pt || lang.it || lang.de { l16CompetitionsNoPeople() }
        l16DottedPlaceInitials()
        l16NestedUniversities()
        if hasHan { l16Han() }
    }

    // MARK: - Tables

    /// Words that join the members of a list ("Kenora, Dryden and …", "Satpayev and Karazhal").
    static let l16ListWords = KeySet(["and", "or", "et", "ou", "y", "o", "e", "und", "oder", "sowie", "bzw", "и", "или", "та", "і", "й", "або"])
    /// Compass adjectives that make a region of a country's name ("Western Canada", "Northern Kenya").
    static let l16CompassWords = KeySet(["western", "eastern", "northern", "southern", "central"])
    /// Russian and Ukrainian road nouns before a section named by its two towns ("дорога X – Y", "автодороге X – Y", "трассы X – Y").
    static let l16RoadStems = ["дорог", "автодорог", "трасс", "шоссе", "автомагистрал", "магистрал", "автотрасс", "траса", "трасі", "трасу"]
    /// First words of a cup or a trophy ("Copa del Rey", "Coupe de France", "Coppa Italia", "Taça de Portugal", "DFB-Pokal").
    static let l16CompetitionFirsts = KeySet(["copa", "coupe", "coppa", "taca", "supercopa", "supercoupe", "supercoppa", "trofeo", "trophee", "pokal",
        "кубок", "кубка", "кубке"])
    /// Last words of an English cup ("the Davis Cup", "Queensland Cup").
    static let l16CompetitionLasts = KeySet(["cup", "trophy", "pokal"])
    /// Heads of a university named inside a longer institution ("Institut für … der Universität Bern", "… of the University of Ghana").
    static let l16UniversityHeads = KeySet(["universitat", "university", "universite", "universidad", "universita", "universidade", "universiteit",
        "uniwersytet", "universitet", "университет", "университета", "университете", "университету", "университетом"])
    /// Lowercase links before such a university ("der", "of the", "de l'", "di", "del").
    static let l16UniversityLinks = KeySet(["der", "des", "of", "the", "de", "la", "l", "l'", "di", "da", "do", "del", "della", "dell", "dell'", "du", "van",
        "at", "an"])

    // MARK: - Places by a list

    /// Token `k` joins list members: a comma or a lowercase list word.
    @inline(__always) private func l16Link(_ k: Int) -> (link: Bool, word: Bool) {
        guard k >= 0, k < tokens.count else { return (false, false) }
        if tokens[k].kind == .punct { return (keyIs(k, ","), false) }
        let w = tokens[k].kind == .word && !tokens[k].capitalized && Self.l16ListWords.contains(tokens[k])
        return (w, w)
    }

    /// "supplying Kenora, Dryden and Sioux Lookout", "the plants of Satpayev and Karazhal": a lone capitalized word no pass typed,
    /// listed beside a place (a comma or a list word on one side, a list word or a second link on the other), is a place.
    /// "in Alberta and British Columbia.": a country's word and such a word after a place and a list word, closed by punctuation,
    /// are one place and no country.
    mutating func l16ListedPlaces(en: Bool) {
        let n = tokens.count
        // The candidates first (a word with a link beside it: few), then the place test of their neighbours only.
        var cands: [(i: Int, s: Int, z: Int, country: Int?)] = []
        for i in mentions.indices where mentionType(i) == nil && mentionKnown(i) == nil && !mentionPlaceContext(i) && mentionWordCount(i) == 1 {
            guard let (a, z) = seedSpan(i), a == z, tokens[a].kind == .word, !tokens[a].allCaps, tokens[a].key.utf8.count >= 3 else { continue }
            var s = a
            var country: Int?
            // "British Columbia": a one-token country word right before the word.
            if en, a >= 1, isCountry[a - 1], let c = mentions.firstIndex(where: { $0.type == .country && $0.start == tokens[a - 1].start && $0.end == tokens[a - 1].end }) {
                guard z + 1 < n, tokens[z + 1].kind == .punct else { continue }
                country = c
                s = a - 1
            }
            guard l16Link(s - 1).link || l16Link(z + 1).link else { continue }
            cands.append((i, s, z, country))
        }
        guard !cands.isEmpty else { return }
        var placeKeys = Set<String>()
        for m in mentions where m.type == .place || m.known == nil && m.type == nil && m.placeContext { placeKeys.insert(m.words.joined(separator: " ")) }
        guard !placeKeys.isEmpty else { return }
        // A place mention of the article ends (or starts) at `offset`.
        func placeAt(end offset: Int) -> Bool {
            mentions.contains { $0.end == offset && $0.type != .country && ($0.type == .place || placeKeys.contains($0.words.joined(separator: " "))) }
        }
        func placeAt(start offset: Int) -> Bool {
            mentions.contains { $0.start == offset && $0.type != .country && ($0.type == .place || placeKeys.contains($0.words.joined(separator: " "))) }
        }
        var retype: [Int] = [], joined: [(country: Int, word: Int, a: Int, z: Int)] = []
        for (i, s, z, country) in cands {
            let left = l16Link(s - 1), right = l16Link(z + 1)
            let leftPlace = left.link && s >= 2 && placeAt(end: tokens[s - 2].end)
            let rightPlace = country == nil && right.link && z + 2 < n && placeAt(start: tokens[z + 2].start)
            if let c = country {
                if leftPlace && left.word { joined.append((c, i, s, z)) }
                continue
            }
            guard leftPlace && (left.word || right.link) || rightPlace && (right.word || left.link) else { continue }
            retype.append(i)
        }
        for i in retype { mentions[i].placeContext = true }
        guard !joined.isEmpty else { return }
        var removed = Set<Int>(), added: [Mention] = []
        for j in joined {
            removed.insert(j.country)
            removed.insert(j.word)
            var m = mention(j.a, j.z + 1, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        replaceMentions(removing: removed, adding: added)
    }

    // MARK: - Places by an article

    /// "the Copperbelt", "the Volga", "in the Montney and the Duvernay", "del Bajío": a lone capitalized word no pass typed, after a
    /// lowercase definite article and before no other capitalized word, is a region, a river or a basin (a body after "the" is
    /// nearly always named by a keyword, an acronym or a longer name).
    mutating func l16ArticlePlaces(en: Bool) {
        let n = tokens.count
        for i in mentions.indices where mentionType(i) == nil && mentionKnown(i) == nil && !mentionPlaceContext(i) && mentionWordCount(i) == 1 {
            guard let (a, z) = seedSpan(i), a == z, a >= 1, tokens[a].kind == .word, !tokens[a].allCaps, tokens[a].key.utf8.count >= 4,
                  !tokens[a - 1].capitalized, tokens[a - 1].kind == .word else { continue }
            if en {
                guard keyIs(a - 1, "the") else { continue }
            } else {
                guard keyIs(a - 1, "del") || keyIs(a - 1, "el") && a >= 2 && (keyIs(a - 2, "en") || keyIs(a - 2, "desde") || keyIs(a - 2, "hacia")
                                                                               || keyIs(a - 2, "por") || keyIs(a - 2, "sobre")) else { continue }
            }
            if z + 1 < n, tokens[z + 1].kind == .word, isCap(z + 1) { continue }
            if z + 1 < n, tokens[z + 1].kind == .punct, keyIs(z + 1, "-") && !tokens[z + 1].spaceBefore { continue }
            // (Not a one-word body or paper named with its article: "the Knesset", "the Taliban", "the Guardian", "the Economist".)
            if Self.l16BodiesAfterThe.contains(tokens[a]) || h23Ends(a, ["ian", "ist", "ists", "ers", "ans", "ites"]) { continue }
            mentions[i].placeContext = true
        }
    }

    /// Words that open a clause about a place after its name and a comma ("Windhoek, where …", "Kaolack, où …").
    static let l16WhereWords = KeySet(["where", "donde", "onde", "dove", "wo", "где"])   // (not French "où": it folds to "ou", "or")

    /// "to Windhoek, where it will join …": a lone capitalized word no pass typed, before a comma and "where", is a place.
    mutating func l16PlacesBeforeWhere() {
        guard articleHas(Self.l16WhereWords) else { return }
        let n = tokens.count
        for i in mentions.indices where mentionType(i) == nil && mentionKnown(i) == nil && !mentionPlaceContext(i) && mentionWordCount(i) == 1 {
            guard let (a, z) = seedSpan(i), a == z, z + 2 < n, keyIs(z + 1, ","), tokens[z + 2].kind == .word, !tokens[z + 2].capitalized,
                  Self.l16WhereWords.contains(tokens[z + 2]), !tokens[a].allCaps else { continue }
            mentions[i].placeContext = true
        }
    }

    /// Geographic nouns that close an English place's name ("Naryn River", "Kivu Lake", "Ferghana Valley").
    static let l16GeoLasts = KeySet(["river", "lake", "basin", "valley", "mountains", "range", "sea", "gulf", "bay", "delta", "plateau", "desert",
        "canal", "falls", "strait", "peninsula", "island", "islands", "creek", "reservoir"])

    /// "the Naryn" after "the Naryn River": a lone place word that opens a place named with a geographic noun is that place.
    mutating func l16RiverShortForms() {
        var longs: [(first: String, words: [String])] = []
        for m in mentions where m.type == .place && m.words.count == 2 && Self.l16GeoLasts.contains(m.words[1]) { longs.append((m.words[0], m.words)) }
        guard !longs.isEmpty else { return }
        for i in mentions.indices where (mentionType(i) == .place || mentionType(i) == nil && mentionPlaceContext(i)) && mentionKnown(i) == nil
            && mentionWordCount(i) == 1 {
            guard let l = longs.first(where: { PhraseMatcher.same($0.first, mentions[i].words[0]) }) else { continue }
            mentions[i].words = l.words
        }
    }

    /// Keys before or after a country's word that make it a currency's ("US dollars", "dollars canadiens", "долларов США",
    /// "دولار أمريكي"): the gold conventions count no country there (issue 4: "1.3 billion U.S. dollars" names no US).
    static let l16CurrencyNouns = ["dollar", "dolar", "доллар", "دولار"]

    /// Token `k` is a currency noun (its first two bytes first: "do", д D0 B4 or د D8 AF; every noun starts so, and no
    /// other scalar is canonically equivalent to d, o, д or د, so a key that starts otherwise has none of them as its prefix).
    @inline(__always) func l16CurrencyWord(_ k: Int) -> Bool {
        let key = tokens[k].key
        let u = key.utf8
        guard u.count >= 2, let b = u.first else { return false }
        let c = u[u.index(after: u.startIndex)]
        guard b == 0x64 && c == 0x6F || b == 0xD0 && c == 0xB4 || b == 0xD8 && c == 0xAF else { return false }
        return Self.l16CurrencyNouns.contains { PlainText.hasPrefix(key, $0) }
    }

    /// "28 million US dollars", "1,2 milliard de dollars américains", "1.2 مليار دولار أمريكي": a country's word that only
    /// qualifies a currency names no country.
    mutating func l16CurrencyAdjectives() {
        var drop: [Int] = []
        for c in mentions.indices where mentionKnown(c) == nil && mentionWordCount(c) <= 2 {
            // A country's word ("US", "U.S.", "américains", "США"), or capitals read as an organization before a currency ("US dollars").
            guard mentionType(c) == .country || mentionType(c) != .place && mentionWordCount(c) == 1 && mentionSurface(c).utf8.count == 2
                    && mentionSurface(c).utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { continue }
            guard let k = tokenIndex(containing: mentionStart(c)), tokens[k].start == mentionStart(c) else { continue }
            // The token after the word (the word may end in a dot: "U.S."), or after a glued hyphen ("US-Dollar").
            var z = k
            while z + 1 < tokens.count, tokens[z + 1].start < mentionEnd(c) { z += 1 }
            var after = z + 1
            if after + 1 < tokens.count, tokens[after].kind == .punct, keyIs(after, "-"), !tokens[after].spaceBefore, !tokens[after + 1].spaceBefore { after += 1 }
            let next = after < tokens.count && tokens[after].kind == .word && l16CurrencyWord(after)
            let prev = k >= 1 && tokens[k - 1].kind == .word && l16CurrencyWord(k - 1)
            if next || prev { drop.append(c) }
        }
        if !drop.isEmpty { replaceMentions(removing: Set(drop)) }
    }

    /// "Minister of Energy and Mines Salvador Mansell Castrillo": a country's word after a capitalized word (a title's end) and right
    /// before a person's name of two words or more is the person's given name (Salvador, Jordan, Israel, Chad), no country.
    /// Articles before a country's word: "Le Burkinabè X Y", "La Malienne X Y" (session 48) is a demonym before the
    /// person, no given name.
    static let l16Articles = KeySet(["le", "la", "les", "l'", "l", "the", "el", "il", "lo"])

    mutating func l16CountryWordOpeningAPerson() {
        var drop: [Int] = []
        for c in mentions.indices where mentionType(c) == .country && mentionWordCount(c) == 1 {
            guard let k = tokenIndex(containing: mentions[c].start), tokens[k].start == mentions[c].start, tokens[k].end == mentions[c].end, k >= 1,
                  k + 1 < tokens.count, tokens[k + 1].spaceBefore, !tokens[k + 1].newlineBefore, tokens[k - 1].kind == .word, tokens[k - 1].capitalized,
                  !tokens[k].sentenceStart, !isCountry[k - 1], isCap(k + 1), !Self.l16Articles.contains(tokens[k - 1]) else { continue }
            let next = tokens[k + 1].start
            guard let p = mentions.firstIndex(where: { $0.type == .person && $0.start == next && $0.words.count >= 2 }) else { continue }
            mentions[p].start = mentions[c].start
            mentions[p].surface = mentions[c].surface + " " + mentions[p].surface
            mentions[p].words.insert(tokens[k].key, at: 0)
            drop.append(c)
        }
        if !drop.isEmpty { replaceMentions(removing: Set(drop)) }
    }

    /// Exchanges named with their city ("Euronext Brussels", "Euronext Milan", "Nasdaq Stockholm").
    static let l16ExchangeWords = KeySet(["euronext", "nasdaq"])

    /// "coté sur Euronext Bruxelles", "a Piazza Affari su Euronext Milan": an exchange's word and the capitalized city after it are
    /// one organization (the city no place of its own there).
    mutating func l16ExchangeCities() {
        var adds: [Mention] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionWordCount(i) == 1 {
            guard mentions[i].words[0].utf8.first == 0x65 || mentions[i].words[0].utf8.first == 0x6E, Self.l16ExchangeWords.contains(mentions[i].words[0]), let (a, z) = seedSpan(i), a == z, z + 1 < tokens.count,
                  tokens[z + 1].kind == .word, tokens[z + 1].spaceBefore, isCap(z + 1), !tokens[z + 1].allCaps else { continue }
            adds.append(mention(a, z + 2, type: .organization, evidence: .cue))
        }
        for m in adds {
            mentions.removeAll { $0.type != .country && $0.start < m.end && $0.end > m.start }
            mentions.append(m)
        }
    }

    // MARK: - German

    /// Heads of a body whose name a truncated compound opens ("Industrie- und Handelskammer", "Wirtschafts- und Korruptionsstaatsanwaltschaft").
    static let l16GermanBodyHeads = ["staatsanwaltschaft", "kammer", "ministerium", "amt", "behorde", "gericht", "verband", "anstalt", "kommission",
        "agentur", "direktion", "verwaltung", "gesellschaft", "institut", "akademie", "hochschule", "bank", "kasse", "stiftung", "zentrum", "bund"]

    /// "hieß es aus Dresden", "Frauen aus Rahden oder Stemwede", "im Montafon", "bis nach Schärding", "entlang des Inn": a lone
    /// capitalized word no pass typed, right after aus, im, bis nach or entlang des/der, is a place (a body after them takes an
    /// article, a keyword or a longer name). "die Industrie- und Handelskammer": a truncated compound, und or oder, and a body's
    /// compound head are one body.
    mutating func l16German() {
        let n = tokens.count
        for i in mentions.indices where mentionType(i) == nil && mentionKnown(i) == nil && !mentionPlaceContext(i) && mentionWordCount(i) == 1 {
            guard let (a, z) = seedSpan(i), a == z, a >= 1, tokens[a].kind == .word, !tokens[a].allCaps, !tokens[a - 1].capitalized, tokens[a - 1].kind == .word else { continue }
            let cue = keyIs(a - 1, "aus") || keyIs(a - 1, "im") || keyIs(a - 1, "nach") && keyIs(a - 2, "bis")
                || (keyIs(a - 1, "des") || keyIs(a - 1, "der")) && keyIs(a - 2, "entlang")
            guard cue, !(z + 1 < n && (h15CapLatin(z + 1) || h15GluedHyphen(z + 1))) else { continue }
            mentions[i].placeContext = true
        }
        var adds: [Mention] = []
        var k = 1
        while k + 2 < n {
            defer { k += 1 }
            guard tokens[k].kind == .punct, keyIs(k, "-"), !tokens[k].spaceBefore, tokens[k + 1].spaceBefore, h15CapLatin(k - 1),
                  keyIs(k + 1, "und") || keyIs(k + 1, "oder"), h15CapLatin(k + 2), tokens[k + 2].key.utf8.count >= 8, h23Ends(k + 2, Self.l16GermanBodyHeads) else { continue }
            adds.append(mention(k - 1, k + 3, type: .organization, evidence: .cue))
            k += 2
        }
        for m in adds { h19Put(m) }
        // "der Hochschule für katholische Kirchenmusik und Musikpädagogik in Regensburg": a body named by its field after "für" goes
        // on over "und" and a second field noun (no name of its own, no word after it that goes on with a capital).
        var fieldGuesses: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 3 && mentions[i].words.contains("fur") {
            guard let (_, z) = seedSpan(i), z + 2 < n, keyIs(z + 1, "und"), !tokens[z + 1].capitalized, h15CapLatin(z + 2), !tokens[z + 2].allCaps,
                  !(z + 3 < n && (h15CapLatin(z + 3) || h15GluedHyphen(z + 3))), h23Ends(z + 2, Self.l16GermanFieldEndings) else { continue }
            // (A lone guess on the field noun, untyped or a place, gives way; a name of its own does not.)
            let (s2, e2) = (tokens[z + 2].start, tokens[z + 2].end)
            guard !mentions.contains(where: { $0.start < e2 && $0.end > s2 && !($0.known == nil && ($0.type == nil || $0.type == .place) && $0.start == s2 && $0.end == e2) })
            else { continue }
            fieldGuesses.append((s2, e2))
            let a = mentions[i].start
            guard let ta = tokenIndex(containing: a) else { continue }
            var m = mention(ta, z + 3, type: .organization, evidence: .cue)
            m.start = a
            mentions[i].end = m.end
            mentions[i].surface = surface(ta, z + 3)
            mentions[i].words = m.words
        }
        for (s2, e2) in fieldGuesses { mentions.removeAll { $0.known == nil && $0.start == s2 && $0.end == e2 && ($0.type == nil || $0.type == .place) } }
    }

    /// Endings of a field's noun ("Musikpädagogik", "Theater", "Umweltforschung", "Agrarwissenschaften", "Denkmalpflege").
    static let l16GermanFieldEndings = ["ik", "ie", "ung", "schaft", "schaften", "kunde", "lehre", "kunst", "kunste", "medizin", "pflege", "theater",
        "design", "sport", "umwelt", "heit", "keit", "kultur", "recht", "verkehr", "tion", "wesen", "bau", "technik", "musik", "tanz"]

    // MARK: - Polish

    /// Polish prepositions of place and motion ("z Ełku", "do Suwałk", "przez Podlasie", "pod Białymstokiem").
    static let l16PolishPlacePrepositions = KeySet(["z", "ze", "do", "przez", "pod", "kolo", "przy", "od", "w", "we", "spod", "wokol"])

    /// "z Ełku do granicy", "odcinek przez Suwałki": a lone capitalized word no pass typed, after a lowercase preposition of place or
    /// motion, is a place.
    mutating func l16Polish() {
        let n = tokens.count
        for i in mentions.indices where mentionType(i) == nil && mentionKnown(i) == nil && !mentionPlaceContext(i) && mentionWordCount(i) == 1 {
            guard let (a, z) = seedSpan(i), a == z, a >= 1, tokens[a].kind == .word, !tokens[a].allCaps, !tokens[a - 1].capitalized, tokens[a - 1].kind == .word,
                  Self.l16PolishPlacePrepositions.contains(tokens[a - 1]),
                  !(z + 1 < n && (h15CapLatin(z + 1) || h15GluedHyphen(z + 1))) else { continue }
            mentions[i].placeContext = true
        }
    }

    // MARK: - Adjectival places read as people

    /// First words of a region or a landmark that no given name is ("Great Plain", "Grand Nord", "Três Gargantas", "Gran Chaco").
    static let l16PlaceFirsts = KeySet(["great", "greater", "grand", "grande", "gran", "upper", "lower", "tres", "trois", "three", "twin", "dos",
        "deux", "due", "tre", "haut", "haute", "bas", "basse", "alto", "alta", "bajo", "baja", "nether", "outer", "inner", "ober", "unter"])

    /// "our Great Plain", "l'exploration du Grand Nord", "atrás da chinesa Três Gargantas": two capitalized words read as a person whose
    /// first is an adjective of size or height or a numeral are a place.
    mutating func l16AdjectivalPlacesNoPeople() {
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil && mentionEvidence(i) == .guess && mentionWordCount(i) == 2 {
            guard Self.l16PlaceFirsts.contains(mentions[i].words[0]) else { continue }
            mentions[i].type = .place
            mentions[i].evidence = .cue
            mentions[i].placeContext = true
        }
    }

    // MARK: - Arabic

    static let l16ArabicSiteTexts = ["ميناء", "مرفأ", "حقل"]
    static let l16ArabicSites = h18Keys(l16ArabicSiteTexts)
    /// Words after a site's first name word that are no part of its name.
    static let l16ArabicSiteStops = h18Keys(["الذي", "التي", "اليوم", "الأسبوع", "الشهر", "العام", "الماضي", "المقبل", "الجاري", "الجديد", "الرئيسي",
        "الكبير", "الأول", "الثاني", "الخميس", "الاثنين", "الثلاثاء", "الأربعاء", "الجمعة", "السبت", "الأحد", "الحالي", "البحري", "التجاري", "الدولي",
        "النفطي", "الجاف", "المذكور", "نفسه", "القديم", "الحيوي", "الاستراتيجي"])

    /// "عبر ميناء خور الزبير", "ميناء طنجة المتوسط", "حقل بحر السلام": a port's or a field's head, a word without the article and
    /// one with it (no nisba adjective, no time word) are the site's name, a place.
    mutating func l16ArabicTwoWordSites() {
        let n = tokens.count
        var adds: [Mention] = []
        var k = 0
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let l16ArabicSites = Self.l16ArabicSites, l16ArabicSiteTexts = Self.l16ArabicSiteTexts, l16ArabicSiteStops = Self.l16ArabicSiteStops
        while k + 2 < n {
            defer { k += 1 }
            guard h18ArabicWord(k), l16EndsInSiteHead(k), ar15Head(k, l16ArabicSites, l16ArabicSiteTexts) != nil, h18ArabicWord(k + 1), !h18Article(k + 1),
                  h18ArabicWord(k + 2), h18Article(k + 2), tokens[k + 2].text.count >= 5, !Self.arabicHasSuffix(tokens[k + 2].text, "ي"), !Self.arabicHasSuffix(tokens[k + 2].text, "ية"),
                  !h23Key(k + 2, l16ArabicSiteStops), !isCountry[k + 2], !isCountry[k + 1] else { continue }
            adds.append(h18Place(k + 1, k + 3))
            k += 2
        }
        for m in adds { h18Put(m, overKnown: true) }
    }

    /// The folded heads' bytes: a token's key that ends in none (nearly all) is no site head, whatever its clitic.
    static let l16ArabicSiteHeadBytes: [[UInt8]] = l16ArabicSiteTexts.map { Array(TextFolding.key($0).utf8) }
    @inline(__always) func l16EndsInSiteHead(_ k: Int) -> Bool {
        Self.utf8EndsInAny(tokens[k].key, Self.l16ArabicSiteHeadBytes, slack: 4)
    }

    /// "غرفة الجنايات الابتدائية", "لجنة الانضباط", "لجنة التحكيم": a court's criminal chamber, and a committee named by one
    /// definite noun alone, are parts of a body the article names, no entities of their own (the gold conventions list none;
    /// "لجنة الانتخابات العامة" with its adjective stays).
    static let l16Ghurfa = Array("غرفة ".utf8), l16Lajna = Array("لجنة ".utf8)
    mutating func l16ArabicGenericBodies() {
        // Nearly every article has no such body: looked for by index first (`removeAll` copied every mention into its test).
        let ghurfa = Self.l16Ghurfa, lajna = Self.l16Lajna
        guard mentions.indices.contains(where: { mentionType($0) == .organization && mentionKnown($0) == nil
            && (mentionSurface($0).utf8.starts(with: ghurfa) || mentionSurface($0).utf8.starts(with: lajna)) }) else { return }
        mentions.removeAll { m in
            guard m.type == .organization, m.known == nil, m.surface.utf8.starts(with: ghurfa) || m.surface.utf8.starts(with: lajna) else { return false }
            let w = m.surface.split(separator: " ")
            guard w.count >= 2 else { return false }
            if w[0] == "غرفة", w[1] == "الجنايات" || w[1] == "الجنح" { return true }
            return w.count == 2 && w[0] == "لجنة" && w[1].hasPrefix("ال") && !w[1].hasSuffix("ي") && !w[1].hasSuffix("ية") && w[1].count >= 5
        }
    }

    /// One-word bodies, groups and papers that English names with "the" (no places).
    static let l16BodiesAfterThe = KeySet(["knesset", "bundestag", "bundesrat", "sejm", "rada", "duma", "storting", "riksdag", "folketing", "althing",
        "majlis", "shura", "politburo", "taliban", "houthis", "hezbollah", "hamas", "fatah", "guardian", "economist", "observer", "telegraph",
        "independent", "times", "mirror", "eurogroup", "quartet", "commonwealth", "interpol", "europol", "kremlin", "pentagon", "elysee", "treasury",
        "bundesbank", "bundeswehr", "vatican", "senate", "congress", "parliament", "assembly", "legislature", "cabinet", "presidency", "commission",
        "council", "ministry", "government", "judiciary", "army", "navy", "police", "league", "union", "alliance", "coalition", "opposition", "junta",
        "mafia", "camorra", "ndrangheta", "yakuza", "jirga", "loya", "sanhedrin", "diet", "oireachtas", "dail", "seanad", "cortes", "tynwald"])

    // MARK: - Compass regions

    /// "in Western Canada", "Northern Kenya's herders": a compass adjective before a country's name (not its adjective) is a region of
    /// it; the country stays named.
    mutating func l16CompassRegions() {
        guard articleHas(Self.l16CompassWords) else { return }
        let n = tokens.count
        var adds: [Mention] = []
        for c in mentions.indices where mentionType(c) == .country && mentionWordCount(c) == 1 {
            guard let k = tokenIndex(containing: mentions[c].start), tokens[k].start == mentions[c].start, tokens[k].end == mentions[c].end, k >= 1,
                  tokens[k - 1].kind == .word, tokens[k].spaceBefore, isCap(k - 1), Self.l16CompassWords.contains(tokens[k - 1]),
                  let code = mentions[c].code, let name = lex.countryNames[code], PlainText.equal(name, mentions[c].surface) else { continue }
            if k + 1 < n, tokens[k + 1].kind == .word, isCap(k + 1) { continue }
            let (s, e) = (tokens[k - 1].start, tokens[k].end)
            if mentions.contains(where: { $0.type != .country && $0.start <= s && $0.end >= e }) { continue }
            var m = mention(k - 1, k + 1, type: .place, evidence: .cue)
            m.placeContext = true
            adds.append(m)
        }
        for m in adds {
            mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < m.end && $0.end > m.start }
            mentions.append(m)
        }
    }

    // MARK: - Road sections

    /// "дорога Моршанск – Глазово", "по автодороге Свободный – Экимчан": a road noun, then two capitalized words joined by a spaced
    /// dash, is that road's section (a place), and each word is a town.
    mutating func l16RoadSections() {
        let n = tokens.count
        var k = 2
        var adds: [(Int, Int)] = []
        while k + 1 < n {
            defer { k += 1 }
            // (spd23: the spaces tested before the dashes' keys: most marks, commas and periods, have none before them.)
            guard tokens[k].kind == .punct, tokens[k].spaceBefore, tokens[k + 1].spaceBefore, keyIs(k, "–") || keyIs(k, "—") || keyIs(k, "-"),
                  tokens[k - 1].kind == .word, tokens[k + 1].kind == .word, tokens[k - 1].script == .cyrillic, tokens[k + 1].script == .cyrillic,
                  isCap(k - 1), isCap(k + 1), !tokens[k - 1].allCaps, !tokens[k + 1].allCaps, tokens[k - 2].kind == .word, !tokens[k - 2].capitalized else { continue }
            let road = tokens[k - 2].key
            guard Self.l16RoadStems.contains(where: { PlainText.hasPrefix(road, $0) }) else { continue }
            adds.append((k - 1, k + 1))
            k += 1
        }
        for (x, y) in adds {
            let (s, e) = (tokens[x].start, tokens[y].end)
            mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < e && $0.end > s
                && !($0.type == .place && ($0.start == s && $0.end == tokens[x].end || $0.start == tokens[y].start && $0.end == e)) }
            var route = mention(x, y + 1, type: .place, evidence: .cue)
            route.placeContext = true
            mentions.append(route)
            for t in [x, y] where !mentions.contains(where: { $0.start == tokens[t].start && $0.end == tokens[t].end && $0.type == .place }) {
                if h19InKnown(t) { continue }
                var m = mention(t, t + 1, type: .place, evidence: .cue)
                m.placeContext = true
                mentions.append(m)
            }
        }
    }

    /// A place's surface holds a spaced en or em dash (a road section 'X – Y'): the grouper keeps the towns inside it.
    static func l16IsRoute(_ surface: String) -> Bool {
        // " – " or " — ": a space, E2 80 93 or E2 80 94, a space.
        var w: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        for b in surface.utf8 {
            if b == 0x20, w.0 == 0x20, w.1 == 0xE2, w.2 == 0x80, w.3 == 0x93 || w.3 == 0x94 { return true }
            w = (w.1, w.2, w.3, b)
        }
        return false
    }

    // MARK: - Competitions

    /// "la final de la Copa del Rey", "the Davis Cup": a cup read as a person is no entity.
    mutating func l16CompetitionsNoPeople() {
        mentions.removeAll { m in
            guard m.type == .person, m.known == nil, m.words.count >= 2, let f = m.words.first, let l = m.words.last else { return false }
            // (Byte tests before hashing: every first word opens with c, t, s, p or к; every last word has 3 to 6 letters.)
            if let b = f.utf8.first, b == 0x63 || b == 0x74 || b == 0x73 || b == 0x70 || b == 0xD0, Self.l16CompetitionFirsts.contains(f) { return true }
            return l.utf8.count >= 3 && l.utf8.count <= 6 && Self.l16CompetitionLasts.contains(l)
        }
    }

    // MARK: - Dotted initials

    /// "B.C. Premier …" after "British Columbia": dotted initials whose letters open the words of a place of the article are
    /// that place (a later pass had read the initials as an organization before the place was found).
    mutating func l16DottedPlaceInitials() {
        for k in mentions.indices where mentionType(k) != .country && mentionType(k) != .place && mentionKnown(k) == nil {
            let n8 = mentions[k].surface.utf8.count
            guard n8 >= 3, n8 <= 12, Self.utf8Contains(mentionSurface(k), 0x2E) else { continue }
            let scalars = Array(mentions[k].surface.unicodeScalars)
            guard scalars.allSatisfy({ $0 == "." || $0.properties.isUppercase }) else { continue }
            let letters = scalars.filter { $0 != "." }.map { TextFolding.key(String($0).lowercased()) }
            guard letters.count >= 2, letters.count <= 4 else { continue }
            guard let o = mentions.firstIndex(where: { m in
                m.type == .place && m.words.count == letters.count && zip(m.words, letters).allSatisfy { w, l in TextFolding.key(String(w.prefix(1))) == l }
            }) else { continue }
            mentions[k].type = .place
            mentions[k].evidence = .cue
            mentions[k].placeContext = true
            mentions[k].words = mentions[o].words
            mentions[k].known = mentions[o].known
        }
    }

    // MARK: - Universities inside institutes

    /// "Institut für Klinische Chemie der Universität Bern", "Centre for Marine Studies of the University of Lagos": the university
    /// that closes an institution's name is an organization of its own (the grouper keeps it beside the longer name).
    mutating func l16NestedUniversities() {
        guard articleHas(Self.l16UniversityHeads) else { return }
        var adds: [Mention] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 4 {
            guard mentions[i].words.dropFirst().contains(where: { ($0.utf8.first == 0x75 || $0.utf8.first == 0xD1) && Self.l16UniversityHeads.contains($0) }),
                  let (a, z) = seedSpan(i) else { continue }
            var j = a + 2
            while j < z {
                if tokens[j].kind == .word, isCap(j), Self.l16UniversityHeads.contains(tokens[j]), tokens[j - 1].kind == .word || tokens[j - 1].kind == .elision,
                   !tokens[j - 1].capitalized, Self.l16UniversityLinks.contains(tokens[j - 1]) {
                    let (s, e) = (tokens[j].start, tokens[z].end)
                    if !mentions.contains(where: { $0.start == s && $0.end == e }) { adds.append(mention(j, z + 1, type: .organization, evidence: .cue)) }
                    break
                }
                j += 1
            }
        }
        mentions.append(contentsOf: adds)
    }

    // MARK: - Chinese

    /// Verbs before a list of two places ("连接A和B的铁路", "沿线将经过A和B", "带动A和B等沿线城市").
    static let l16HanListVerbs: [[Unicode.Scalar]] = ["连接", "经过", "途经", "带动"].map { Array($0.unicodeScalars) }
    /// Verbs of flowing into a river ("排入X河支流").
    static let l16HanFlowVerbs: [[Unicode.Scalar]] = ["排入", "流入", "注入", "汇入", "沿着"].map { Array($0.unicodeScalars) }
    /// What follows a river's name in a report on it ("X河支流", "X河流域", "X河水位").
    static let l16HanRiverTails: [[Unicode.Scalar]] = ["支流", "流域", "干流", "沿岸", "两岸", "水位", "上游", "下游", "河段"].map { Array($0.unicodeScalars) }

    /// A transliterated name (at most one character outside the transliteration set, not the first; a final 港/市/州 aside).
    private func l16HanTranslit(_ sc: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        var e = b
        if e - a >= 3, sc[e - 1] == "港" || sc[e - 1] == "市" || sc[e - 1] == "州" { e -= 1 }
        guard e - a >= 2, h19Translit(sc[a]) else { return false }
        var others = 0
        for k in a..<e where !h19Translit(sc[k]) { others += 1 }
        return others <= 1 && (e - a >= 3 || others == 0)
    }

    private func l16HanPlace(_ t: Token, _ sc: [Unicode.Scalar], _ a: Int, _ b: Int) -> Mention {
        let (s, e) = hanSpan(t, sc, a, b - a)
        let surface = String(String.UnicodeScalarView(sc[a..<b]))
        var m = Mention(surface: surface, start: s, end: e, type: .place, evidence: .cue, words: [TextFolding.key(surface)])
        m.placeContext = true
        return m
    }

    /// "连接多斯特克和莫因特的第二条铁路", "带动纳库鲁和基苏木等沿线城市": after a verb of linking or passing, two transliterated
    /// names joined by 和/与 and closed by 的, 等 or the clause are places; "324国道": a number glued to 国道/省道 is that road;
    /// "排入温瑞塘河支流": a river's name after a verb of flowing, or opening a clause, before a word of its course is a river.
    mutating func l16Han() {
        var adds: [Mention] = []
        for run in hanRunsToScan(trigger: { $0 == "和" || $0 == "与" || $0 == "河" }) {
            let sc = run.scalars, n = sc.count
            for p in 2..<max(2, n - 2) where sc[p] == "和" || sc[p] == "与" {
                var q = -1
                for c in stride(from: p - 2, through: max(2, p - 6), by: -1) where Self.l16HanListVerbs.contains(where: { run.at(c - $0.count, $0) }) { q = c; break }
                guard q >= 0 else { continue }
                var e = -1
                for c in (p + 3)...min(n, p + 6) where c == n || sc[c] == "的" || sc[c] == "等" { e = c; break }
                guard e > 0 else { continue }
                for (a, b) in [(q, p), (p + 1, e)] where l16HanTranslit(sc, a, b) { adds.append(l16HanPlace(run.token, sc, a, b)) }
            }
            for p in 2..<n where sc[p] == "河" {
                guard Self.l16HanRiverTails.contains(where: { run.at(p + 1, $0) }) else { continue }
                var q = -1
                if p <= 3 { q = 0 }
                for c in stride(from: p - 2, through: max(2, p - 3), by: -1) where Self.l16HanFlowVerbs.contains(where: { run.at(c - 2, $0) }) { q = c; break }
                guard q >= 0, p - q >= 2, p - q <= 3, !sc[q..<p].contains(where: { $0 == "的" || $0 == "和" || $0 == "与" || $0 == "在" }) else { continue }
                adds.append(l16HanPlace(run.token, sc, q, p + 1))
            }
        }
        // "324国道", "205省道": a road by its number.
        for ti in tokens.indices.dropFirst() where tokens[ti].script == .han && !tokens[ti].spaceBefore && tokens[ti - 1].kind == .number {
            let sc = hanRunScalars(ti)
            guard sc.count >= 2, sc[0] == "国" || sc[0] == "省", sc[1] == "道", tokens[ti - 1].text.utf8.count <= 4 else { continue }
            let surface = tokens[ti - 1].text + String(String.UnicodeScalarView(sc[0..<2]))
            var m = Mention(surface: surface, start: tokens[ti - 1].start, end: tokens[ti].start + 2, type: .place, evidence: .cue, words: [TextFolding.key(surface)])
            m.placeContext = true
            adds.append(m)
        }
        for m in adds where !mentions.contains(where: { $0.start < m.end && $0.end > m.start && ($0.known != nil || $0.type == .country || $0.end - $0.start > m.end - m.start) }) {
            mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < m.end && $0.end > m.start }
            mentions.append(m)
        }
    }
}
