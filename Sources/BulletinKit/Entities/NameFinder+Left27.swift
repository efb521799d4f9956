import Foundation

/// Misses seen in the twenty-seventh session in the patterns of two sets written blind for it (holdout48, business and
/// institutions; holdout49, regional news dense with places), scored untouched first; each a general pattern, tested on
/// other names in EntityLeft27Tests. One pass, `refineLeft27`, run after `refineLeft26`, gated on script and language.
///
/// Latin scripts: the capitalized items listed after a plural noun of settlements ("municípios como A, B e C", "las comunas
/// de A, B y C", "the towns of A, B and C") are places, whatever an earlier pass read them as; the one capitalized word
/// after a governor's or a mayor's title and "of" ("governador do Ceará", "gobernador de Nariño") is a place. Arabic: an
/// indefinite bank's or company's head noun is in construct with its name, so a word after it that opens with و is that
/// name, not "and" ("بنك وربة"). Chinese: a two-character name joined by 至 ("to") to a known place, before a railway's,
/// a road's or a section's noun or after 从, is a place ("保山至瑞丽段", "从龙陵至芒市").
extension NameFinder {
    mutating func refineLeft27() {
        if hasHan {
            l27HanRoutes(); l27HanParenthesizedCompanies(); l27HanListTails(); l27HanFeaturesAfterCrossingVerbs()
            l27HanPlayersAfterPositions()
        }
        if hasArabic {
            l27ArabicBankNames(); l27ArabicBoardsOfBodies(); l27ArabicBodiesOfKnownPlaces(); l27ArabicHeadsOfKnownPlaces()
            l27ArabicNationalBodies()
        }
        guard !tokens.isEmpty, !hasHan, !hasArabic else { return }
        if lang.pt || lang.es || lang.fr || lang.it || language == "en" {
            l27SettlementLists()
            l27PlacesOfGovernors()
            l27PeopleWithHeadNouns()
            l27LusophoneCompoundSurnames()
            l27BerberParticleNames()
        }
        if language == "en" {
            l27EnglishNonPersonAppositions(); l27EnglishPortfoliosAfterAnd(); l27EnglishPluralOpeners(); l27EnglishRolesInsideOtherNames()
        }
        if lang.pt || lang.es || lang.fr || lang.it || language == "en" || lang.de { l27OwnershipAdjectives() }
        if lang.fr { l27FrenchAbbreviatedTitles() }
        if lang.vi { l27VietnameseManagementBoards(); l27VietnameseTrailingAdverbs() }
        if lang.ru || language == "uk" || language == "be" {
            l27RussianMouthTowns(); l27RussianPluralNounsBeforeBodies(); l27RussianGenitiveBeforeAName()
        }
        l27BodiesOfKnownPlaces()
        l27RegionalBodiesOfKnownPlaces()
        if language == "en" { l27BodiesAfterKnownStates() }
        if lang.pt || lang.es || lang.fr || lang.it || language == "en" { l27CompaniesAfterCueNouns() }
        if lang.de { l27GermanCompoundsOfBodies() }
    }

    // MARK: Latin: a company after its cue noun

    /// Singular nouns before a company's name ("le géant suisse Glencore", "the mining giant X", "la empresa estatal X").
    static let l27CompanyCueNouns = KeySet(["geant", "giant", "gigante", "groupe", "grupo", "societe", "compagnie", "empresa", "compania",
        "companhia", "constructeur", "fabricant", "operateur", "operador", "operadora", "conglomerat", "conglomerado", "multinationale",
        "multinacional", "firme", "firma", "aerolinea", "compagnie", "banque", "banco", "minera", "mineradora", "petrolera", "naviera",
        "cadena", "holding", "laboratoire", "laboratorio", "startup", "company", "firm", "carrier", "lender", "miner", "maker", "insurer",
        "retailer", "conglomerate", "operator", "group", "bank", "airline", "automaker", "carmaker", "chipmaker", "broker", "brokerage"])

    /// "le géant suisse Glencore", "la empresa estatal Codelco", "the mining giant Vale": a cue noun, at most two lowercase
    /// adjectives (no function word), then capitalized words (no given name first, no country, no known name) are a company.
    mutating func l27CompaniesAfterCueNouns() {
        guard articleHas(Self.l27CompanyCueNouns) else { return }
        let cues = Self.l27CompanyCueNouns, notAdjectives = Self.l27NotAdjectives
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, cues.contains(tokens[k]) else { continue }
            var p = k + 1
            while p < tokenCount, p - k <= 2, tokens[p].kind == .word, !tokens[p].capitalized, !notAdjectives.contains(tokens[p]),
                  !Self.l27ListLinks.contains(tokens[p]) { p += 1 }
            guard let e = l27ListItem(p), e - p <= 3, !isGivenName(p), !(p..<e).contains(where: { isCountry[$0] || h27InKnownName($0) }),
                  e > p + 1 || tokens[p].text.unicodeScalars.count >= 2 else { continue }
            // (English: "the company Chairman", a title after the noun, reads no company: a capitalized word after
            // "company"/"group" must end the clause or come before a verb's lowercase word, not a title.)
            if Self.l27NotCompanyFirsts.contains(tokens[p]) { continue }
            let (s, end) = (tokens[p].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= end }) { continue }
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end) }) { continue }
            h27Replace(p, e, with: mention(p, e, type: .organization, evidence: .cue))
            k = e
        }
    }

    /// Capitalized words after a company's cue noun that open no company's name (titles, months, days).
    static let l27NotCompanyFirsts = KeySet(["chairman", "president", "ceo", "chief", "director", "founder", "spokesman", "spokeswoman",
        "president-directeur", "pdg", "presidente", "director", "fundador", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miercoles",
        "jueves", "viernes", "sabado", "domingo", "i", "we", "he", "she", "it", "they", "in", "on", "the", "le", "la", "el", "les", "los"])

    // MARK: German: a body's name before a hyphenated common noun

    /// Nouns that a German compound appends to a body's name ("Commerzbank-Chefin", "Commerzbank-Aktie"): the body alone.
    static let l27GermanCompoundTails = KeySet(["chef", "chefin", "aktie", "aktien", "konzern", "vorstand", "vorstandschef",
        "vorstandschefin", "aufsichtsrat", "sprecher", "sprecherin", "tochter", "zentrale", "filiale", "filialen", "kunden", "mitarbeiter",
        "betriebsrat", "ubernahme", "beteiligung", "anteil", "anteile", "kurs", "papiere", "titel", "boss", "fuhrung", "spitze", "chefs",
        "gruppe", "manager", "managerin", "angebot", "zentralen", "werk", "werke", "standort", "standorte", "bilanz", "gewinn"])

    /// "Commerzbank-Chefin Bettina Orlopp", "die Commerzbank-Aktie": a body's mention of one hyphenated word whose last part is
    /// one of `l27GermanCompoundTails` is the body of its first part.
    mutating func l27GermanCompoundsOfBodies() {
        guard articleHas(Self.l27GermanCompoundTails) else { return }
        let tails = Self.l27GermanCompoundTails
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country && mentions[n].type != .place {
            guard let (a, z) = seedSpan(n), z == a + 2, keyIs(a + 1, "-"), tokens[a].capitalized, tokens[z].kind == .word,
                  !tokens[a + 1].spaceBefore, !tokens[z].spaceBefore, tails.contains(tokens[z]) else { continue }
            mentions[n] = mention(a, a + 1, type: .organization, evidence: mentions[n].evidence)
        }
    }

    // MARK: Latin: a person that is a body or a place

    /// First words of a body's name in pt, es, fr, it and en (folded keys): a name opening with one is no person.
    static let l27OrgFirsts = KeySet(["delegacion", "delegacao", "fuerza", "fuerzas", "forca", "forcas", "cuerpo", "corpo", "direccion",
        "direcao", "servicio", "servico", "oficina", "agencia", "comision", "comissao", "secretaria", "superintendencia", "corporacion",
        "fiscalia", "carabineros", "ejercito", "exercito", "armada", "ferrocarril", "ferrocarriles", "empresa", "grupo", "banco", "compania",
        "companhia", "instituto", "consejo", "conselho", "juzgado", "municipalidad", "prefeitura", "gobierno", "governo", "policia",
        "guardia", "defensa", "defesa", "brigada", "sindicato", "universidad", "universidade", "hospital", "clinica", "fundacion",
        "fundacao", "asociacion", "associacao", "federacion", "federacao", "confederacion", "camara", "tribunal", "ministerio"])
    /// First words of a place's name (roads, railways, airports, stations, waters, mountains) in pt, es, fr, it (folded keys).
    static let l27PlaceFirsts = KeySet(["ferrovia", "rodovia", "autopista", "autoestrada", "aeroporto", "aeropuerto", "estacion",
        "estacao", "carretera", "avenida", "calle", "rua", "ponte", "puente", "represa", "embalse", "laguna", "volcan", "vulcao", "cerro",
        "sierra", "serra", "valle", "isla", "ilha", "playa", "bahia", "baia", "canal", "ruta", "barragem", "lagoa"])

    /// "Delegación Presidencial Regional de Valparaíso", "Ferrovia Transnordestina": an unknown person whose first word is a
    /// body's or a place's head noun (and no given name) is that body or that place.
    mutating func l27PeopleWithHeadNouns() {
        guard articleHas(Self.l27OrgFirsts) || articleHas(Self.l27PlaceFirsts) else { return }
        let orgs = Self.l27OrgFirsts, places = Self.l27PlaceFirsts
        for n in mentions.indices where mentions[n].type == .person && mentions[n].known == nil {
            guard let (a, z) = seedSpan(n), z > a, tokens[a].script == .latin, !isGivenName(a) else { continue }
            if orgs.contains(tokens[a]) { mentions[n].type = .organization }
            else if places.contains(tokens[a]) { mentions[n].type = .place; mentions[n].placeContext = true }
        }
    }

    /// Its gate: the Portuguese "e" the surname runs over.
    static let l27AndCue = KeySet(["e"])
    /// "Ulisses Correia e Silva", "José Maria Pereira e Costa": a person of two words or more, then a lowercase "e" and one
    /// capitalized word that is no given name, no country and no known name, with no capitalized word after it: the
    /// Portuguese compound surname runs over "e" (a second person would have a given name: "João Silva e Pedro Santos").
    mutating func l27LusophoneCompoundSurnames() {
        guard articleHas(Self.l27AndCue) else { return }
        var n = 0
        while n < mentions.count {
            defer { n += 1 }
            guard mentions[n].type == .person, let (a, z) = seedSpan(n), z > a, tokens[a].script == .latin else { continue }
            let e = z + 1, w = z + 2
            guard w < tokenCount, keyIs(e, "e"), tokens[w].kind == .word, tokens[w].script == .latin, tokens[w].capitalized,
                  !isGivenName(w), !isCountry[w], !h27InKnownName(w) else { continue }
            if lang.es, tokens[w].text.hasPrefix("I") || tokens[w].text.hasPrefix("Hi") { continue }   // (Spanish "e" before i-: "and")
            if w + 1 < tokenCount, tokens[w + 1].kind == .word, tokens[w + 1].capitalized { continue }
            let (s, end) = (tokens[w].start, tokens[w].end)
            // A body or a place read there is another name ("Ulisses Correia e Silva" yes; "… e Santos FC" no).
            // (A lone reading of the word itself is no other name: the surname alone was left untyped or read as a body.)
            if anyMention(where: { $0.type != .person && $0.start < end && $0.end > s && ($0.known != nil || $0.start < s || $0.end > end) }) {
                continue
            }
            var m = mention(a, w + 1, type: .person, evidence: mentions[n].evidence)
            m.known = mentions[n].known
            h27Replace(a, w + 1, with: m, overKnown: false)
            n = -1   // (the list changed: start over; few names match)
        }
    }

    /// Its gate: the particle's keys ("n" before a separate apostrophe, "n'", "n’").
    static let l27BerberParticles = KeySet(["n", "n'", "n’"])
    /// "Tizi n'Tichka", "Aït n'Ouadou": a capitalized word, the Berber particle n' and a capitalized word are one place.
    mutating func l27BerberParticleNames() {
        guard articleHas(Self.l27BerberParticles) else { return }
        var k = 1
        while k + 1 < tokenCount {
            defer { k += 1 }
            // (Bytes first: a `String` comparison of every token's key cost more than the rest of the pass.)
            guard tokens[k - 1].capitalized, tokens[k - 1].kind == .word, tokens[k - 1].script == .latin else { continue }
            // (spd29: "n", "n'" and "n’" have 1, 2 and 4 bytes: any other key length is none of them, told without a call.)
            let length = tokens[k].keyLength
            guard length == 1 || length == 2 || length == 4 else { continue }
            let bare = keyIs(k, "n")
            guard bare || keyIs(k, "n'") || keyIs(k, "n’") else { continue }
            var y = k + 1
            if bare {   // ("n" "'" "Tichka" when the apostrophe is its own token)
                guard keyIs(k + 1, "'") || keyIs(k + 1, "’"), !tokens[k + 1].spaceBefore else { continue }
                y = k + 2
            }
            guard y < tokenCount, tokens[y].kind == .word, tokens[y].capitalized, !tokens[y].spaceBefore, !tokens[k].text.hasPrefix("N")
            else { continue }
            var m = mention(k - 1, y + 1, type: .place, evidence: .cue)
            m.placeContext = true
            h27Replace(k - 1, y + 1, with: m)
            k = y
        }
    }

    /// Nouns of a body after ", the" in an English apposition ("Provias Nacional, the Transport Ministry's roads agency").
    static let l27EnglishBodyNouns = KeySet(["agency", "company", "firm", "operator", "regulator", "group", "bank", "ministry", "institute",
        "authority", "utility", "carrier", "airline", "insurer", "lender", "producer", "miner", "railway", "union", "party", "council", "fund",
        "exchange", "subsidiary", "department", "office", "conglomerate", "developer", "manufacturer", "maker", "distributor", "broadcaster",
        "newspaper", "consortium", "unit", "watchdog", "association", "federation", "cooperative"])

    /// Nouns of a trade that a person or a firm may follow ("a broker with the firm": a person; "a broker": a firm).
    static let l27EnglishAgentNouns = KeySet(["broker", "trader", "dealer", "consultant", "adviser", "advisor", "agent", "strategist"])

    /// Words of a person's role in an apposition, and the links that put a body after a role.
    static let l27EnglishPersonRoleWords = KeySet(["of", "for", "at", "spokesman", "spokeswoman", "spokesperson", "head", "chief", "director",
        "official", "officer", "minister", "president", "chairman", "chairwoman", "secretary", "analyst", "economist", "executive", "founder",
        "manager", "governor", "mayor", "commissioner", "administrator", "engineer", "leader", "member", "lawyer", "who", "whose", "ceo"])

    /// "Ferrocarril Central Andino, which runs …", "Provias Nacional, the Transport Ministry's roads agency, said": an
    /// unknown person of two words or more (no given name first) that "which" or an apposition naming a body follows is
    /// a body ("who" would follow a person).
    mutating func l27EnglishNonPersonAppositions() {
        let nouns = Self.l27EnglishBodyNouns
        for n in mentions.indices where mentions[n].type == .person && mentions[n].known == nil {
            guard let (a, z) = seedSpan(n), z > a, !isGivenName(a), z + 2 < tokenCount, keyIs(z + 1, ",") else { continue }
            var body = keyIs(z + 2, "which")
            if !body, keyIs(z + 2, "the") || keyIs(z + 2, "a") || keyIs(z + 2, "an") {
                var q = z + 3
                // ("a broker with the firm", "a trader at X": a noun of a person's or a firm's trade, then "with"/"at", is a
                // person's role; S53b.)
                if z + 3 < tokenCount, Self.l27EnglishAgentNouns.contains(tokens[z + 3]), keyIs(z + 4, "with") || keyIs(z + 4, "at") { continue }
                while q < tokenCount, q - z < 10, !keyIs(q, ","), !keyIs(q, ".") {
                    // ("a spokesman for the Office of …", "the head of the statistics agency": a person's role.)
                    if tokens[q].kind == .word, Self.l27EnglishPersonRoleWords.contains(tokens[q]) { body = false; break }
                    if tokens[q].kind == .word, nouns.contains(tokens[q]) { body = true }
                    q += 1
                }
            }
            if body { mentions[n].type = .organization }
        }
    }

    /// The known place (no country) whose mention opens at token `k`, and the mention's last token.
    func l27KnownPlace(at k: Int) -> (mention: Mention, last: Int)? {
        guard k < tokenCount else { return nil }
        let start = tokens[k].start
        guard let p = firstMention(where: { $0.type == .place && $0.known != nil && $0.start == start }),
              let last = seedTokenIndex(end: p.end), last >= k else { return nil }
        return (p, last)
    }

    /// `m` without the one-letter clitic (و, ب, ل) its first Arabic word opens with: its start, surface and first word.
    static func l27WithoutClitic(_ m: Mention) -> Mention {
        var m = m
        m.start += 1
        m.surface = String(m.surface.unicodeScalars.dropFirst())
        m.words = [String(m.words[0].unicodeScalars.dropFirst())] + m.words.dropFirst()
        return m
    }

    // MARK: Latin: lists after a plural noun of settlements

    /// Plural nouns of settlements and administrative units (folded keys) in pt, es, fr, it and en.
    /// (By language: the Italian plural "province" is the French and English singular.)
    static let l27SettlementNounsPt = KeySet(["municipios", "cidades", "localidades", "bairros", "distritos", "vilas", "povoados", "aldeias",
                                              "freguesias", "concelhos"])
    static let l27SettlementNounsEs = KeySet(["municipios", "ciudades", "comunas", "pueblos", "provincias", "departamentos", "cantones",
                                              "parroquias", "corregimientos", "veredas", "localidades", "distritos"])
    static let l27SettlementNounsFr = KeySet(["villes", "communes", "localites", "villages", "departements", "wilayas", "arrondissements",
                                              "cantons", "provinces", "regions"])
    static let l27SettlementNounsIt = KeySet(["comuni", "citta", "frazioni", "paesi", "province", "localita"])
    static let l27SettlementNounsEn = KeySet(["towns", "cities", "villages", "municipalities", "districts", "counties", "townships",
                                              "settlements", "regencies", "provinces"])
    /// Plural nouns of companies and bodies (folded keys): the capitalized items listed after them are bodies ("las cadenas
    /// Cencosud, Walmart Chile y SMU", "les groupes X, Y et Z", "rivals X and Y").
    static let l27CompanyNouns = KeySet(["cadenas", "empresas", "companias", "companhias", "firmas", "bancos", "grupos", "aerolineas",
        "productores", "operadoras", "operadores", "supermercados", "laboratorios", "constructoras", "mineras", "petroleras",
        "societes", "entreprises", "groupes", "banques", "compagnies", "operateurs", "constructeurs", "laboratoires", "enseignes",
        "companies", "firms", "banks", "lenders", "carriers", "airlines", "groups", "operators", "rivals", "miners", "producers",
        "insurers", "automakers", "carmakers", "retailers", "chains", "brokers", "brokerages", "conglomerates", "startups",
        "societa", "aziende", "imprese", "banche", "gruppi"])
    /// Lowercase words that are no adjective between a noun and its list: function words after which a list is another's.
    static let l27NotAdjectives = KeySet(["the", "a", "an", "and", "or", "that", "which", "who", "to", "in", "on", "at", "for", "with", "by",
        "from", "is", "are", "was", "were", "la", "las", "los", "el", "le", "les", "un", "una", "une", "y", "et", "e", "o", "ou", "que",
        "en", "con", "por", "para", "pour", "avec", "sur", "par", "se", "su", "sus", "son", "ses", "leur", "leurs", "com", "em", "no", "na",
        "nos", "nas", "ao", "aos", "il", "lo", "gli", "per", "ha", "han", "a", "au", "aux"])
    /// Words between the noun and its list ("municípios como", "communes de", "towns such as", "cities including").
    static let l27ListLinks = KeySet(["como", "comme", "de", "des", "da", "das", "dos", "di", "del", "of", "like", "including",
                                      "incluindo", "incluyendo", "notamment", "tels", "telles", "que", "such", "as"])
    /// Conjunctions before the last item.
    static let l27ListAnds = KeySet(["e", "y", "et", "and", "ed"])
    /// Lowercase links inside one item ("São Gonçalo do Amarante", "Villa del Rosario", "Saint-Pierre de la Réunion").
    static let l27ItemLinks = KeySet(["do", "da", "dos", "das", "de", "del", "la", "di", "du", "des"])
    /// Articles after a link inside one item ("de los", "de las", "de la").
    static let l27ItemArticles = KeySet(["los", "las", "la", "el", "l'"])

    /// "municípios como Missão Velha, Iguatu, Quixeramobim e Caucaia": two items or more, each capitalized words (with a
    /// lowercase "do"/"de" inside), separated by commas and a last conjunction, after a plural noun of settlements. Each is a
    /// place; a country or a known name among them is left as it is, and a list holding a country is no list of towns.
    mutating func l27SettlementLists() {
        guard articleHas(lang.pt ? Self.l27SettlementNounsPt : lang.es ? Self.l27SettlementNounsEs : lang.fr ? Self.l27SettlementNounsFr : lang.it ? Self.l27SettlementNounsIt : Self.l27SettlementNounsEn) || articleHas(Self.l27CompanyNouns) else { return }
        let nouns = lang.pt ? Self.l27SettlementNounsPt : lang.es ? Self.l27SettlementNounsEs : lang.fr ? Self.l27SettlementNounsFr
            : lang.it ? Self.l27SettlementNounsIt : Self.l27SettlementNounsEn
        let links = Self.l27ListLinks, ands = Self.l27ListAnds
        let companyNouns = Self.l27CompanyNouns, notAdjectives = Self.l27NotAdjectives   // (spd29: read once, not per word)
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized else { continue }
            let type: EntityType
            if nouns.contains(tokens[k]) { type = .place } else if companyNouns.contains(tokens[k]) { type = .organization } else { continue }
            var p = k + 1
            var hops = 0
            while p < tokenCount, hops < 2, tokens[p].kind == .word, !tokens[p].capitalized,
                  links.contains(tokens[p]) || hops == 0 && !notAdjectives.contains(tokens[p]) { p += 1; hops += 1 }
            var items: [(Int, Int)] = []
            var joined = false
            while p < tokenCount, let e = l27ListItem(p) {
                items.append((p, e))
                if joined { break }
                guard e + 1 < tokenCount else { break }
                if keyIs(e, ","), e + 1 < tokenCount, tokens[e + 1].kind == .word, tokens[e + 1].capitalized { p = e + 1; continue }
                if keyIs(e, ","), e + 2 < tokenCount, ands.contains(tokens[e + 1]) { p = e + 2; joined = true; continue }   // (the Oxford comma)
                if tokens[e].kind == .word, ands.contains(tokens[e]) { p = e + 1; joined = true; continue }
                break
            }
            // A list ends in its conjunction's item ("A, B e C"): "X, Y" alone is an apposition ("la province de X, Mme Y").
            guard items.count >= 2, joined, let last = items.last, last.0 > items[items.count - 2].1 else { continue }
            if items.contains(where: { (a, b) in (a..<b).contains { isCountry[$0] } }) { continue }
            for (a, b) in items where !(a..<b).contains(where: { h27InKnownName($0) }) {
                let (s, e) = (tokens[a].start, tokens[b - 1].end)
                if anyMention(where: { $0.type == type && $0.start == s && $0.end == e }) { continue }
                // (A company's list item may be a longer name read already: "Walmart Chile" stays whole, typed.)
                var m = mention(a, b, type: type, evidence: .cue)
                if type == .place { m.placeContext = true }
                h27Replace(a, b, with: m)
            }
            k = items.last!.1
        }
    }

    /// The end (exclusive) of one list item at `p`: capitalized Latin words, with single lowercase links between two of
    /// them; nil when `p` opens none. At most five words.
    func l27ListItem(_ p: Int) -> Int? {
        guard p < tokenCount, tokens[p].kind == .word, tokens[p].script == .latin, tokens[p].capitalized else { return nil }
        var e = p + 1
        while e < tokenCount, e - p < 5 {
            if tokens[e].kind == .word, tokens[e].script == .latin, tokens[e].capitalized, tokens[e].spaceBefore || keyIs(e - 1, "-") { e += 1; continue }
            if keyIs(e, "-"), !tokens[e].spaceBefore, e + 1 < tokenCount, tokens[e + 1].capitalized, !tokens[e + 1].spaceBefore { e += 1; continue }
            if tokens[e].kind == .word, !tokens[e].capitalized, Self.l27ItemLinks.contains(tokens[e]), e + 1 < tokenCount,
               tokens[e + 1].kind == .word, tokens[e + 1].capitalized { e += 2; continue }
            // ("Sierra de los Padres", "Villa de las Rosas": a link and an article.)
            if tokens[e].kind == .word, !tokens[e].capitalized, Self.l27ItemLinks.contains(tokens[e]), e + 2 < tokenCount,
               Self.l27ItemArticles.contains(tokens[e + 1]), tokens[e + 2].kind == .word, tokens[e + 2].capitalized { e += 3; continue }
            break
        }
        if keyIs(e - 1, "-") { e -= 1 }
        return e
    }

    // MARK: Latin: the place of a governor or a mayor

    /// Titles whose "of" names a place (folded keys).
    static let l27PlaceTitles = KeySet(["governador", "governadora", "gobernador", "gobernadora", "gouverneur", "prefeito", "prefeita",
                                        "alcalde", "alcaldesa", "intendente", "maire", "mairesse", "sindaco", "sindaca", "governor", "mayor"])
    /// The "of" after such a title, with its article where the language contracts it.
    static let l27PlaceTitleLinks = KeySet(["do", "da", "de", "del", "du", "di", "of"])
    /// First words of a body that a governor may head instead ("governor of the Central Bank", "gobernador del Banco").
    static let l27NotPlaceFirsts = KeySet(["banco", "bank", "banque", "banca", "central", "reserva", "reserve", "fundo", "fondo", "fonds",
                                           "fund", "instituto", "institute", "institut", "conselho", "consejo", "conseil", "board", "the"])

    /// "governador do Ceará", "el gobernador de Nariño", "the mayor of Quilpué": one capitalized word (not a country, not a
    /// known name, not a person's given name) after the title and its "of", then no other capitalized word, is a place.
    mutating func l27PlacesOfGovernors() {
        guard articleHas(Self.l27PlaceTitles) else { return }
        let titles = Self.l27PlaceTitles, links = Self.l27PlaceTitleLinks
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, titles.contains(tokens[k]) else { continue }
            let p = k + 2
            guard tokens[k + 1].kind == .word, links.contains(tokens[k + 1]), tokens[p].kind == .word, tokens[p].script == .latin,
                  tokens[p].capitalized, !isCountry[p], !h27InKnownName(p), !isGivenName(p), !Self.l27NotPlaceFirsts.contains(tokens[p])
            else { continue }
            // One word, or one hyphenated name ("du Haut-Katanga"), then no other capitalized word.
            guard let z = l27ListItem(p), z == p + 1 || (p..<z).allSatisfy({ tokens[$0].kind != .word || !tokens[$0].spaceBefore || $0 == p })
            else { continue }
            if z < tokenCount, tokens[z].kind == .word, tokens[z].capitalized { continue }
            let (s, e) = (tokens[p].start, tokens[z - 1].end)
            if anyMention(where: { $0.type == .place && $0.start <= s && $0.end >= e }) { continue }
            // Only a reading of the name alone is replaced (a longer name over it was read with more evidence).
            if anyMention(where: { $0.start < e && $0.end > s && ($0.start < s || $0.end > e) }) { continue }
            if (p..<z).contains(where: { isCountry[$0] || h27InKnownName($0) }) { continue }
            var m = mention(p, z, type: .place, evidence: .cue)
            m.placeContext = true
            h27Replace(p, z, with: m)
        }
    }

    // MARK: Arabic: a bank's name opening with و

    /// Indefinite heads of a bank's or a company's name, bare or with a clitic (ب، ل، و), folded keys.
    static let l27ArabicConstructHeads = KeySet(["بنك", "لبنك", "ببنك", "وبنك", "مصرف", "لمصرف", "بمصرف", "ومصرف",
                                                 "مجموعه", "لمجموعه", "بمجموعه", "ومجموعه"])

    /// "بنك وربة", "لبنك وربة": after an indefinite bank's head (in construct: its next word is its name, so a و there is
    /// no "and"), one word opening with و, of four letters or more and without the article, is the name: the bank is the
    /// two words, its clitic left out.
    mutating func l27ArabicBankNames() {
        guard articleHas(Self.l27ArabicConstructHeads) else { return }
        let heads = Self.l27ArabicConstructHeads
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .arabic, heads.contains(tokens[k]) else { continue }
            let n = k + 1
            let key = tokens[n].key
            guard tokens[n].kind == .word, tokens[n].script == .arabic, PlainText.hasPrefix(key, "و"), key.unicodeScalars.count >= 4,
                  !PlainText.hasPrefix(key, "وال"), !Self.l27ArabicNotNames.contains(tokens[n]), !isCountry[n] else { continue }
            let (s, e) = (tokens[k].start, tokens[n].end)
            if anyMention(where: { $0.type != nil && $0.start <= s && $0.end >= e && ($0.start < s || $0.end > e) }) { continue }
            var m = mention(k, n + 1, type: .organization, evidence: .cue)
            let head = tokens[k].key
            if !PlainText.hasPrefix(head, "بنك"), !PlainText.hasPrefix(head, "مصرف"), !PlainText.hasPrefix(head, "مجموع") {
                m = Self.l27WithoutClitic(m)
            }
            h27Replace(k, n + 1, with: m)
        }
    }

    /// Words opening with و after a bank's head that are no name: "and" + a common word ("وشركة", "ومصرف", "وذلك").
    static let l27ArabicNotNames = KeySet(["وذلك", "وشركه", "وشركات", "ومصرف", "وبنك", "وبنوك", "ومؤسسه", "ومن", "وفي", "وعلي", "والي",
                                           "وهو", "وهي", "وقد", "ولكن", "وكان", "وكانت", "وفق", "وفقا", "وقال", "واضاف", "واكد", "ومع"])

    // MARK: Chinese: places joined by 至

    /// Characters after the second place of "X至Y" that close it: a line's, road's or section's noun, a station, a direction.
    static let l27HanRouteClosers = HanCharSet("段铁高公航线站方间的，。、和等港口一动班")
    /// A route's nouns after "X至Y": a section, a railway, a highway, a road, a line, a station, a flight.
    static let l27HanRouteNouns = HanCharSet("段铁高公线站航")
    /// Characters before "X至Y" that bound X: 从, 自, 由, a list's or a clause's mark, a route's noun ending a name before it.
    static let l27HanRouteBounds = HanCharSet("从自由、，。在的于与和及连接经路段）")
    /// Characters before 至 that make a word of it ("截至", "直至", "乃至", "甚至", "以至"): no route.
    static let l27HanNotRoute = HanCharSet("截直乃甚以及")

    /// "保山至瑞丽段", "大理至保山段", "从龙陵至芒市": two characters on one side of 至, a place found on the other, are a place
    /// when the name after 至 is closed by a route's noun, a station, a direction or a boundary, or when 从 opens the pair.
    mutating func l27HanRoutes() {
        guard hanArticleHasAny("至") else { return }   // (the rule needs 至)
        var added: [Mention] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            let sc = hanRunScalars(k)
            let t = token(k)
            guard sc.count >= 5, sc.allSatisfy({ $0.value <= 0xFFFF }) else { continue }
            var p = 2
            while p + 2 < sc.count {
                defer { p += 1 }
                guard sc[p] == "至", !Self.l27HanNotRoute.contains(Self.hanCode(sc[p - 1])) else { continue }
                let left = hanSpan(t, sc, p - 2, 2), right = hanSpan(t, sc, p + 1, 2)
                // A route's noun after the pair ("保山至瑞丽段"), or a bound before it ("从龙陵至芒市", a run's start): else a
                // verb may stand before 至 ("新开通至深圳、").
                let routed = p + 3 < sc.count && Self.l27HanRouteNouns.contains(Self.hanCode(sc[p + 3]))
                let bounded = p == 2 || Self.l27HanRouteBounds.contains(Self.hanCode(sc[p - 3]))
                let closed = p + 3 >= sc.count || Self.l27HanRouteClosers.contains(Self.hanCode(sc[p + 3]))
                guard routed || bounded && closed else { continue }
                func placeAt(_ r: (Int, Int)) -> Bool {
                    anyMention(where: { $0.type == .place && $0.start == r.0 && $0.end == r.1 })
                        || added.contains { $0.start == r.0 && $0.end == r.1 }
                }
                func free(_ r: (Int, Int)) -> Bool {
                    !anyMention(where: { $0.start < r.1 && $0.end > r.0 }) && !added.contains { $0.start < r.1 && $0.end > r.0 }
                }
                for (known, other, offset) in [(left, right, p + 1), (right, left, p - 2)] where placeAt(known) && free(other) {
                    let text = hanText(sc, offset, 2)
                    // (The words of the same town read with its noun, "玉林市", so that both are one place.)
                    let words = firstMention(where: { $0.type == .place && $0.surface.count == 3 && $0.surface.hasPrefix(text)
                        && "市县州省区".contains($0.surface.last!) })?.words ?? [text]
                    added.append(Mention(surface: text, start: other.0, end: other.1, type: .place, evidence: .cue, words: words,
                                         placeContext: true))
                }
            }
        }
        mentions.append(contentsOf: added)
    }

    // MARK: Chinese: a company's name with a parenthesized place or word inside

    /// Legal forms that close a company's name after its parenthesized part, longest first.
    static let l27HanLegalForms: [[Unicode.Scalar]] = ["集团股份有限公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司"]
        .map { Array($0.unicodeScalars) }

    /// Characters that end another name or a noun before a company's name ("公司全资子公司X（越南）有限公司": 司).
    static let l27HanNameStops = HanCharSet("司团局部厂行")

    /// "摩尔线程智能科技（北京）股份有限公司", "四川发展（控股）有限责任公司": a Han name, a parenthesized part of one to four
    /// characters and a legal form are one company (an earlier pass read the legal form alone or the name apart).
    mutating func l27HanParenthesizedCompanies() {
        guard hanArticleHasAny("司") else { return }   // (every legal form of `l27HanLegalForms` ends in 公司)
        let forms = Self.l27HanLegalForms
        var k = 1
        while k + 3 < tokenCount {
            defer { k += 1 }
            // (The brackets compared on bytes: no other text is canonically equivalent to "（", "(", "）" or ")", each one
            // scalar with no decomposition that nothing decomposes to; `==` took the normalizing path for every "，" or "、".)
            guard tokens[k].kind == .punct, Self.utf8Equal(tokens[k].text, "（") || Self.utf8Equal(tokens[k].text, "("), tokens[k - 1].script == .han,
                  tokens[k + 1].script == .han, Self.utf8Equal(tokens[k + 2].text, "）") || Self.utf8Equal(tokens[k + 2].text, ")"), tokens[k + 3].script == .han,
                  tokens[k - 1].end == tokens[k].start, tokens[k + 2].end == tokens[k + 3].start else { continue }
            let inner = hanRunScalars(k + 1)
            guard (1...4).contains(inner.count) else { continue }
            let after = hanRunScalars(k + 3)
            guard let form = forms.first(where: { f in after.count >= f.count && Array(after[0..<f.count]) == f }) else { continue }
            let left = hanRunScalars(k - 1)
            guard left.allSatisfy({ $0.value <= 0xFFFF }) else { continue }
            var a = left.count
            while a > 0, left.count - a < 14, !EntityCues.hanOrgLeftStops.contains(Character(left[a - 1])),
                  !Self.l27HanNameStops.contains(Self.hanCode(left[a - 1])) { a -= 1 }
            guard left.count - a >= 2 else { continue }
            let (s, _) = hanSpan(tokens[k - 1], left, a, left.count - a)
            let end = tokens[k + 3].start + form.count
            let text = hanText(left, a, left.count - a) + tokens[k].text + tokens[k + 1].text + tokens[k + 2].text + hanText(after, 0, form.count)
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start <= s && $0.end >= end }) { continue }
            mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < end && $0.end > s }
            mentions.append(Mention(surface: text, start: s, end: end, type: .organization, evidence: .cue, words: [text]))
            k += 3
        }
    }

    // MARK: Arabic: a body, not its board

    /// Its gate: "اداره" after the council's head.
    static let l27ArabicBoardCue = KeySet(["اداره"])
    /// "مجلس إدارة بنك القاهرة" (the board of directors of the Bank of Cairo): a body read with the board's words before it is
    /// the body; the board is no entity. Folded keys of "مجلس" and "إدارة", with or without a clitic.
    mutating func l27ArabicBoardsOfBodies() {
        guard articleHas(Self.l27ArabicBoardCue) else { return }
        for n in mentions.indices where mentions[n].type == .organization && mentions[n].known == nil {
            guard let (a, z) = seedSpan(n), z >= a + 3, tokens[a].script == .arabic,
                  keyIs(a, "مجلس") || keyIs(a, "لمجلس") || keyIs(a, "ومجلس") || keyIs(a, "بمجلس"), keyIs(a + 1, "اداره") else { continue }
            // The rest must be a body of its own: an organization's head noun opens it ("بنك", "شركة", "هيئة" …).
            guard tokens[a + 2].kind == .word, Self.arabicOrgHeads.contains(tokens[a + 2]) else { continue }
            let m = mention(a + 2, z + 1, type: .organization, evidence: mentions[n].evidence)
            mentions[n] = m
        }
    }

    // MARK: A body named after a known place

    /// The "of" between a body's name and its place ("Municipalidad Provincial de Arequipa", "University of La Serena").
    /// (Not the Italian and Indonesian "di": "in" as often as "of": "Niguarda di Milano", "Kedutaan … di Jakarta".)
    static let l27BodyPlaceLinks = KeySet(["de", "del", "do", "da", "du", "of", "des", "dos", "das"])

    /// "Municipalidad Provincial de Arequipa", "Corpo de Bombeiros Militar de Minas Gerais", "Technical University of Oruro":
    /// a body read up to "of" and a known place (not a country) is named after that place, as it is after a place no list
    /// holds; its name runs over the place.
    mutating func l27BodiesOfKnownPlaces() {
        let links = Self.l27BodyPlaceLinks
        var n = 0
        while n < mentions.count {
            defer { n += 1 }
            guard mentions[n].type == .organization, mentions[n].known == nil, let (a, z) = seedSpan(n), tokens[a].script == .latin,
                  z + 2 < tokenCount, tokens[z + 1].kind == .word, !tokens[z + 1].capitalized, links.contains(tokens[z + 1]) else { continue }
            guard let (_, pe) = l27KnownPlace(at: z + 2) else { continue }
            // (A capitalized word right after the place continues another name: "de Oruro Department".)
            if pe + 1 < tokenCount, tokens[pe + 1].kind == .word, tokens[pe + 1].capitalized { continue }
            h27Replace(a, pe + 1, with: mention(a, pe + 1, type: .organization, evidence: mentions[n].evidence), overKnown: true)
            n = -1
        }
    }

    /// Indefinite heads of an Arabic body named after its town ("بلدية مصراتة", "جامعة مصراتة"), folded keys.
    /// (No airport or port: one named by its town is that town, "ميناء المكلا".)
    static let l27ArabicTownBodyHeads = KeySet(["بلديه", "جامعه", "كليه", "معهد", "اكاديميه", "غرفه", "مستشفي", "محكمه"])

    /// "بلدية مصراتة", "جامعة مصراتة": an indefinite head of a body right before a known town is a body named after it
    /// (the head in construct: the town is its name), unless a longer name was read over them.
    mutating func l27ArabicBodiesOfKnownPlaces() {
        guard articleHas(Self.l27ArabicTownBodyHeads) else { return }
        let heads = Self.l27ArabicTownBodyHeads
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .arabic, heads.contains(tokens[k]) else { continue }
            guard let (p, pe) = l27KnownPlace(at: k + 1) else { continue }
            let (s, e) = (tokens[k].start, p.end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
            // Its adjectives after the town ("كلية الجبيل الصناعية"): definite nisba words, at most two.
            var end = pe + 1
            while end < tokenCount, end - pe <= 2, tokens[end].kind == .word, tokens[end].script == .arabic, !isCountry[end],
                  PlainText.hasPrefix(tokens[end].key, "ال"), PlainText.hasSuffix(tokens[end].key, "يه") || PlainText.hasSuffix(tokens[end].key, "ي"),
                  !anyMention(where: { $0.known != nil && $0.start == tokens[end].start }) { end += 1 }
            h27Replace(k, end, with: mention(k, end, type: .organization, evidence: .cue), overKnown: true)
            k = end - 1
        }
    }

    /// Nouns of a list's kind after 等 that a place read up to them does not hold ("马蹄寺等景区": 马蹄寺).
    static let l27HanListTailNouns = ["等景区", "等景点", "等车站", "等口岸", "等港口", "等城镇", "等城市", "等地"]

    /// "马蹄寺等景区": a place read over 等 and the list's noun is the name before 等.
    mutating func l27HanListTails() {
        for n in mentions.indices where mentions[n].type == .place && mentions[n].known == nil {
            let surface = mentions[n].surface
            guard Self.utf8Contains(surface, 0xE7), surface.contains("等"), let tail = Self.l27HanListTailNouns.first(where: { surface.hasSuffix($0) }) else { continue }
            let name = String(surface.dropLast(tail.count))
            guard name.count >= 2 else { continue }
            mentions[n].end = mentions[n].start + name.utf16.count
            mentions[n].surface = name
            mentions[n].words = [name]
        }
    }

    /// Heads before a known place's name that the press writes with it ("ولاية تطاوين", "مدينة وجدة", "إمارة أم القيوين").
    static let l27ArabicKnownPlaceHeads = KeySet(["ولايه", "مدينه", "محافظه", "اماره", "منطقه", "مقاطعه", "اقليم", "جهه"])

    /// "ولاية تطاوين", "بمدينة وجدة": a known place after its head noun (bare or after one clitic, not in another name)
    /// is read with the head, so that the head's form is one of the place's names; "منطقة جبل علي الحرة": a zone's
    /// adjectives after it make the zone, another place.
    mutating func l27ArabicHeadsOfKnownPlaces() {
        let heads = Self.l27ArabicKnownPlaceHeads, zones = Self.arabicZoneAdjectives
        for n in mentions.indices where mentions[n].type == .place && mentions[n].known != nil {
            guard let (a, z) = seedSpan(n), a >= 1, tokens[a].script == .arabic, tokens[a - 1].kind == .word,
                  tokens[a - 1].end < tokens[a].start else { continue }
            let h = a - 1
            var key = tokens[h].key
            var clitic = false
            if !heads.contains(tokens[h]) {
                guard key.unicodeScalars.count > 4, let first = key.unicodeScalars.first, "وبلف".unicodeScalars.contains(first) else { continue }
                key = String(key.unicodeScalars.dropFirst())
                guard heads.contains(key) else { continue }
                clitic = true
            }
            let (hs, he) = (tokens[h].start, tokens[h].end)
            if anyMention(where: { $0.start < he && $0.end > hs }) { continue }
            if z + 1 < tokenCount, zones.contains(tokens[z + 1]) {
                // The zone: head, place and its adjectives, a place of its own (as when the town is no known one).
                var e = z + 1
                while e < tokenCount, zones.contains(tokens[e]) { e += 1 }
                var m = mention(h, e, type: .place, evidence: .cue)
                if clitic { m.start += 1; m.surface = String(m.surface.unicodeScalars.dropFirst()) }
                m.placeContext = true
                mentions[n] = m
                continue
            }
            // (The name alone stays one of its names: "محافظة البصرة" and "البصرة".)
            let bare = mentions[n].surface
            let surface = (clitic ? String(tokens[h].text.unicodeScalars.dropFirst()) : tokens[h].text) + " " + bare
            mentions[n].start = hs + (clitic ? 1 : 0)
            mentions[n].surface = surface
            mentions[n].variants.append(bare)
        }
    }

    // MARK: Arabic: national bodies named by a country

    /// Indefinite heads of a national body named by its country and an adjective ("بنك الكويت المركزي", "صندوق مصر السيادي").
    static let l27ArabicNationalHeads = KeySet(["بنك", "لبنك", "ببنك", "وبنك", "مصرف", "لمصرف", "بمصرف", "صندوق", "لصندوق", "بصندوق", "وصندوق"])
    /// Definite heads that a country's adjective names ("البورصة المصرية", "بالبورصة الكويتية").
    static let l27ArabicExchangeHeads = KeySet(["البورصه", "بالبورصه", "والبورصه"])

    /// "بنك الكويت المركزي", "صندوق مصر السيادي": an indefinite bank's or fund's head, a country and a definite adjective are
    /// one body (the country stays a country too); "البورصة المصرية": the exchange and a country's adjective are one body.
    mutating func l27ArabicNationalBodies() {
        guard articleHas(Self.l27ArabicNationalHeads) || articleHas(Self.l27ArabicExchangeHeads) else { return }
        let heads = Self.l27ArabicNationalHeads, exchanges = Self.l27ArabicExchangeHeads
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .arabic else { continue }
            var end = 0
            if heads.contains(tokens[k]), k + 2 < tokenCount, isCountry[k + 1], tokens[k + 2].kind == .word, !isCountry[k + 2] {
                let adj = tokens[k + 2].key
                guard PlainText.hasPrefix(adj, "ال"), PlainText.hasSuffix(adj, "ي") || PlainText.hasSuffix(adj, "يه") else { continue }
                end = k + 3
            } else if exchanges.contains(tokens[k]), isCountry[k + 1] {
                end = k + 2
            } else { continue }
            let (s, e) = (tokens[k].start, tokens[end - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
            var m = mention(k, end, type: .organization, evidence: .cue)
            let head = tokens[k].key
            if !PlainText.hasPrefix(head, "بنك"), !PlainText.hasPrefix(head, "مصرف"), !PlainText.hasPrefix(head, "صندوق"),
               !PlainText.hasPrefix(head, "البورصه") {
                m = Self.l27WithoutClitic(m)
            }
            // (The country is kept: the body's name names it.)
            mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < e && $0.end > s }
            mentions.append(m)
            k = end - 1
        }
    }

    // MARK: English: a ministry of two portfolios, a plural before a name

    /// "Ministry of Energy and Mines", "Department of Agriculture and Rural Development": a body read up to "and" takes the
    /// capitalized portfolio words after it (one to three, the first a portfolio's), when no other capitalized word follows.
    mutating func l27EnglishPortfoliosAfterAnd() {
        var n = 0
        while n < mentions.count {
            defer { n += 1 }
            guard mentions[n].type == .organization, mentions[n].known == nil, let (a, z) = seedSpan(n), z + 2 < tokenCount,
                  keyIs(z + 1, "and"), (a...z).contains(where: { keyIs($0, "of") }) else { continue }
            var e = z + 2
            guard tokens[e].kind == .word, tokens[e].capitalized, EntityCues.portfolioKeys.contains(tokens[e]) else { continue }
            while e < tokenCount, e - z <= 4, tokens[e].kind == .word, tokens[e].capitalized { e += 1 }
            guard e - z <= 4 else { continue }
            if (z + 2..<e).contains(where: { isCountry[$0] || h27InKnownName($0) }) { continue }
            h27Replace(a, e, with: mention(a, e, type: .organization, evidence: mentions[n].evidence))
            n = -1
        }
    }

    /// "Rivals Telkom and MTN …": a capitalized plural noun of companies opening a sentence is no given name: the name after it
    /// is a body.
    mutating func l27EnglishPluralOpeners() {
        guard articleHas(Self.l27CompanyNouns) else { return }
        let nouns = Self.l27CompanyNouns
        for n in mentions.indices where mentions[n].known == nil && (mentions[n].type == .person || mentions[n].type == nil) {
            guard let (a, z) = seedSpan(n), z > a, tokens[a].sentenceStart || a == 0, nouns.contains(tokens[a]) else { continue }
            mentions[n] = mention(a + 1, z + 1, type: .organization, evidence: .cue)
        }
    }

    // MARK: Vietnamese: management boards named by their province

    /// Lowercase words of what a management board manages ("dự án đầu tư xây dựng các công trình giao thông", "các khu công
    /// nghiệp"), folded keys (no tone marks; đ kept).
    static let l27VietnameseBoardWords = KeySet([
        "cac", "khu", "cong", "nghiep", "che", "xuat", "kinh", "te", "du", "an", "đau", "tu", "xay", "dung", "trinh", "giao",
        "thong", "dan", "nong", "phat", "trien", "đo", "thi", "di", "tich", "rung", "phong", "ho", "đac", "vuon", "quoc",
        "gia", "cua", "khau", "cang", "bien", "cho", "vinh", "bao", "ton", "va", "thuy", "loi", "đien", "cao", "nghe", "ha",
        "tang", "von", "lich", "quy", "hoach"])
    /// Administrative nouns before the province or city that closes the board's name.
    static let l27VietnameseUnitNouns = KeySet(["tinh", "thanh", "huyen", "tp", "thi"])

    /// "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh
    /// Quảng Ngãi": a board read as "Ban Quản lý" alone runs over the lowercase words of what it manages and the province.
    mutating func l27VietnameseManagementBoards() {
        let words = Self.l27VietnameseBoardWords, units = Self.l27VietnameseUnitNouns
        var n = 0
        while n < mentions.count {
            defer { n += 1 }
            guard mentions[n].type == .organization, mentions[n].known == nil, let (a, z) = seedSpan(n), z == a + 2,
                  keyIs(a, "ban"), keyIs(a + 1, "quan"), keyIs(z, "ly") else { continue }
            var q = z + 1
            while q < tokenCount, q - z <= 12, tokens[q].kind == .word, !tokens[q].capitalized, words.contains(tokens[q]) { q += 1 }
            guard q > z + 1, q + 1 < tokenCount, tokens[q].kind == .word, !tokens[q].capitalized, units.contains(tokens[q]) else { continue }
            var p = q + 1
            if keyIs(q, "thanh"), keyIs(p, "pho") { p += 1 }
            if keyIs(q, "thi"), keyIs(p, "xa") { p += 1 }
            var e = p
            while e < tokenCount, e - p < 4, tokens[e].kind == .word, tokens[e].capitalized { e += 1 }
            guard e > p else { continue }
            h27Replace(a, e, with: mention(a, e, type: .organization, evidence: .cue), overKnown: true)
            n = -1
        }
    }

    // MARK: Russian: towns at a river's mouth, plural nouns before a body

    /// Its gate: "усть" opening the town's name.
    static let l27RussianMouthCue = KeySet(["усть"])
    /// "Усть-Кабырзы", "Усть-Анзасом": a name opening with "Усть-" (a river's mouth) is a town, however an earlier pass
    /// read it.
    mutating func l27RussianMouthTowns() {
        guard articleHas(Self.l27RussianMouthCue) else { return }
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .place && mentions[n].type != .country {
            guard let (a, z) = seedSpan(n), z >= a + 2, keyIs(a, "усть"), keyIs(a + 1, "-"), tokens[a + 2].capitalized else { continue }
            mentions[n].type = .place
            mentions[n].placeContext = true
        }
    }

    /// Plural nouns of people that open a sentence before a body ("Синоптики Кемеровского ЦГМС прогнозируют …").
    static let l27RussianPeopleNouns = KeySet(["синоптики", "спасатели", "специалисты", "эксперты", "аналитики", "журналисты", "врачи",
        "сотрудники", "представители", "жители", "энергетики", "дорожники", "полицейские", "следователи", "пожарные", "медики",
        "ученые", "учёные", "депутаты", "волонтеры", "волонтёры", "горняки", "железнодорожники", "коммунальщики", "экологи"])

    /// "Синоптики Кемеровского ЦГМС": a body read with a plural noun of people opening the sentence is the body without it.
    mutating func l27RussianPluralNounsBeforeBodies() {
        guard articleHas(Self.l27RussianPeopleNouns) else { return }
        let nouns = Self.l27RussianPeopleNouns
        for n in mentions.indices where mentions[n].type == .organization && mentions[n].known == nil {
            guard let (a, z) = seedSpan(n), z > a, tokens[a].sentenceStart || a == 0, nouns.contains(tokens[a]) else { continue }
            mentions[n] = mention(a + 1, z + 1, type: .organization, evidence: mentions[n].evidence)
        }
    }

    // MARK: Vietnamese: adverbs after a name

    /// Lowercase adverbs and auxiliaries a Vietnamese name never ends in ("Sân bay quốc tế Cam Ranh hiện khai thác …"),
    /// folded keys.
    static let l27VietnameseAdverbs = KeySet(["hien", "đa", "se", "đang", "vua", "cung", "đuoc", "la", "co", "van", "con", "moi", "chua"])

    /// A place or a body read over a lowercase adverb after its name ends before it.
    mutating func l27VietnameseTrailingAdverbs() {
        let adverbs = Self.l27VietnameseAdverbs
        for n in mentions.indices where mentions[n].known == nil && (mentions[n].type == .place || mentions[n].type == .organization) {
            guard let (a, z) = seedSpan(n), z > a + 1, tokens[z].kind == .word, !tokens[z].capitalized, adverbs.contains(tokens[z]),
                  tokens[z - 1].capitalized else { continue }
            mentions[n] = mention(a, z, type: mentions[n].type, evidence: mentions[n].evidence)
        }
    }

    // MARK: Chinese: rivers and mountains after a verb of crossing

    /// Verbs of crossing or lying along a river or a range ("穿越", "横跨", "隔 … 相望", "沿", "流经", "翻越").
    static let l27HanCrossingVerbs: [[Unicode.Scalar]] = ["穿越", "横跨", "跨越", "横穿", "翻越", "流经", "沿着", "隔", "沿"].map { Array($0.unicodeScalars) }
    /// First characters of `l27HanCrossingVerbs`.
    static let l27HanCrossingFirsts = HanCharSet("穿横跨翻流沿隔")
    /// Last characters of a river's, a lake's or a range's name.
    static let l27HanFeatureEnds = HanCharSet("江河山岭湖")
    /// First characters of common nouns of rivers and hills ("大山", "小河", "这条河", "一座山").
    static let l27HanNotFeatureFirsts = HanCharSet("大小这那该此一两几每各高深群运内冰雪")
    /// Characters that no such name holds (a clause's words and marks).
    static let l27HanFeatureStops = HanCharSet("的了在和与、及等是将被把从向对为也都就还而并至到往，。；：")

    /// "穿越怒江和高黎贡山余脉", "与缅甸隔瑞丽江相望": after a verb of crossing, one to four characters and 江/河/山/岭/湖 are a
    /// river, a range or a lake, and so is the next such name joined by 和/与/、.
    mutating func l27HanFeaturesAfterCrossingVerbs() {
        guard hanArticleHasAny("穿横跨翻流沿隔") else { return }   // (every crossing verb opens with one of them)
        let verbs = Self.l27HanCrossingVerbs, ends = Self.l27HanFeatureEnds, stops = Self.l27HanFeatureStops
        var added: [Mention] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            let sc = hanRunScalars(k)
            guard sc.count >= 3, sc.allSatisfy({ $0.value <= 0xFFFF }) else { continue }
            var v = 0
            while v < sc.count - 2 {
                defer { v += 1 }
                // (One set test first: most characters open no verb; then the verbs compared in place, no array made.)
                guard Self.l27HanCrossingFirsts.contains(Self.hanCode(sc[v])),
                      let verb = verbs.first(where: { w in v + w.count <= sc.count && w.indices.allSatisfy { sc[v + $0] == w[$0] } }) else { continue }
                var a = v + verb.count
                while a < sc.count {
                    // The name: one to four characters, then its feature's character (the longest such reading within five).
                    var p = a + 1
                    var end = -1
                    while p < sc.count, p - a <= 4, !stops.contains(Self.hanCode(sc[p])) {
                        if ends.contains(Self.hanCode(sc[p])) { end = p }
                        p += 1
                    }
                    guard end > a, !stops.contains(Self.hanCode(sc[a])) else { break }
                    // (No common noun: "这条河", "大山", "一座山".)
                    if Self.l27HanNotFeatureFirsts.contains(Self.hanCode(sc[a])) && (end - a == 1 || Self.scalarIn(sc[a + 1], "条座片")) { break }
                    // (A longer run of name characters after it is another word: "山区", "河流", "江苏".)
                    if end + 1 < sc.count, Self.scalarIn(sc[end + 1], "区流苏西东南北省市县口") { break }
                    let (s, e) = hanSpan(tokens[k], sc, a, end + 1 - a)
                    // (A river found already, ending there, is left as it is: "沿着至莫阿河" holds 莫阿河.)
                    if !anyMention(where: { $0.type == .place && $0.end == e && $0.start >= s }) {
                        let text = hanText(sc, a, end + 1 - a)
                        mentions.removeAll { $0.type != .country && $0.start < e && $0.end > s && $0.start >= s && $0.end <= e }
                        added.append(Mention(surface: text, start: s, end: e, type: .place, evidence: .cue, words: [text], placeContext: true))
                    }
                    guard end + 2 < sc.count, Self.scalarIn(sc[end + 1], "和与、") else { break }
                    a = end + 2
                }
                v = a
            }
        }
        mentions.append(contentsOf: added)
    }

    // MARK: Chinese: players after their position

    /// Positions and roles of players and coaches before a name, longest first ("主攻手金延璟", "副攻王媛媛", "接应龚翔宇").
    static let l27HanPositions: [[Unicode.Scalar]] = ["主攻手", "副攻手", "自由人", "主教练", "守门员", "助理教练", "主攻", "副攻", "接应",
        "二传", "前锋", "后卫", "中锋", "门将", "队长", "教练", "球员", "小将", "老将"].map { Array($0.unicodeScalars) }
    static let l27HanPositionFirsts = HanCharSet("主副自守助接二前后中门队教球小老")
    /// Two-character family names: a name opening with one is left to the passes that read them ("司徒浩然").
    static let l27HanCompoundSurnames: [[Unicode.Scalar]] = ["司徒", "欧阳", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
        "夏侯", "长孙", "司马", "端木", "轩辕", "宇文", "独孤", "南宫", "西门", "澹台"].map { Array($0.unicodeScalars) }
    /// Characters after a two-character name that a three-character one does not end in: verbs of play and speech, links.
    static let l27HanAfterPlayer = HanCharSet("换拿贡扣传拦得打攻发救表说称认指介强在和与的也则将已率带领获赢输进射助被因以上下是")

    /// "主攻手金延璟的远网扣杀", "主攻李盈莹拿下", "主教练赵勇换上": a common family name right after a player's or a coach's
    /// position, and one or two characters, are a person; the name has two characters when the third is a verb or a link.
    mutating func l27HanPlayersAfterPositions() {
        let positions = Self.l27HanPositions, after = Self.l27HanAfterPlayer
        var added: [Mention] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            let sc = hanRunScalars(k)
            guard sc.count >= 4, sc.allSatisfy({ $0.value <= 0xFFFF }) else { continue }
            var p = 0
            while p + 2 < sc.count {
                defer { p += 1 }
                guard Self.l27HanPositionFirsts.contains(Self.hanCode(sc[p])),
                      let w = positions.first(where: { w in p + w.count + 2 <= sc.count && w.indices.allSatisfy { sc[p + $0] == w[$0] } })
                else { continue }
                let a = p + w.count
                guard EntityCues.hanSurnames.contains(Character(sc[a])), !after.contains(Self.hanCode(sc[a + 1])) else { continue }
                // (Two-character family names are left to the passes that read them: "门将司徒浩然".)
                if a + 1 < sc.count, Self.l27HanCompoundSurnames.contains(where: { $0[0] == sc[a] && $0[1] == sc[a + 1] }) { continue }
                let length = a + 2 < sc.count && !after.contains(Self.hanCode(sc[a + 2])) && !Self.l27HanFeatureStops.contains(Self.hanCode(sc[a + 2])) ? 3 : 2
                let (s, e) = hanSpan(tokens[k], sc, a, length)
                // A person found already from there is left as it is, unless it runs into a verb ("赵勇换" of "赵勇换上").
                if anyMention(where: { $0.type == .person && $0.start == s && ($0.end <= e || !(a + length < sc.count && after.contains(Self.hanCode(sc[a + length])))) }) {
                    continue
                }
                if anyMention(where: { $0.known != nil && $0.start < e && $0.end > s }) { continue }
                let text = hanText(sc, a, length)
                mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < e && $0.end > s }
                added.append(Mention(surface: text, start: s, end: e, type: .person, evidence: .cue, words: [text]))
                p = a + length - 1
            }
        }
        mentions.append(contentsOf: added)
    }

    // MARK: Russian: a body's genitive before a person

    /// "Ростехнадзора Вадимом Кулешовым": three capitalized words read as one person, where the second is a given name and
    /// the last two agree in the instrumental or the dative while the first is a genitive, are the person of the last two.
    mutating func l27RussianGenitiveBeforeAName() {
        for n in mentions.indices where mentions[n].type == .person && mentions[n].known == nil {
            guard let (a, z) = seedSpan(n), z == a + 2, tokens[a].script == .cyrillic, !isGivenName(a), isGivenName(a + 1) else { continue }
            let first = tokens[a].key, given = tokens[a + 1].key, family = tokens[z].key
            let instrumental = (PlainText.hasSuffix(given, "ом") || PlainText.hasSuffix(given, "ем")) && (PlainText.hasSuffix(family, "ым") || PlainText.hasSuffix(family, "им"))
            let dative = PlainText.hasSuffix(given, "у") && (PlainText.hasSuffix(family, "ову") || PlainText.hasSuffix(family, "еву") || PlainText.hasSuffix(family, "ину"))
            guard instrumental || dative, PlainText.hasSuffix(first, "а") || PlainText.hasSuffix(first, "я") || PlainText.hasSuffix(first, "и")
                    || PlainText.hasSuffix(first, "ы") else { continue }
            mentions[n] = mention(a + 1, z + 1, type: .person, evidence: mentions[n].evidence)
        }
    }

    // MARK: English: a role inside a place's or a body's reading

    /// "District Officer Ram Prasad Acharya" read as a place (or a body) from its first word: a role word before a given
    /// name and one or two more capitalized words makes the person after it.
    mutating func l27EnglishRolesInsideOtherNames() {
        guard articleHas(Self.l26EnglishRoles) else { return }
        let roles = Self.l26EnglishRoles
        var n = 0
        while n < mentions.count {
            defer { n += 1 }
            guard mentions[n].type == .place || mentions[n].type == .organization, mentions[n].known == nil, let (a, z) = seedSpan(n),
                  z >= a + 2 else { continue }
            guard let t = (a..<z).first(where: { tokens[$0].kind == .word && roles.contains(tokens[$0]) }), t > a, isGivenName(t + 1),
                  z - t >= 2, z - t <= 4, (t + 1...z).allSatisfy({ tokens[$0].kind == .word && tokens[$0].capitalized }) else { continue }
            mentions[n] = mention(t + 1, z + 1, type: .person, evidence: .cue)
        }
    }

    // MARK: Latin: an ownership adjective before a body

    /// Last parts of a hyphenated adjective of ownership or seat before a body ("State-owned", "Government-run", "Paris-based").
    static let l27OwnershipTails = KeySet(["owned", "run", "backed", "controlled", "listed", "based", "funded", "operated", "led"])

    /// "State-owned Ethio Telecom": a body read with a capitalized hyphenated adjective of ownership before its name is the
    /// name alone.
    mutating func l27OwnershipAdjectives() {
        guard articleHas(Self.l27OwnershipTails) else { return }
        let tails = Self.l27OwnershipTails
        for n in mentions.indices where mentions[n].type == .organization && mentions[n].known == nil {
            guard let (a, z) = seedSpan(n), z >= a + 3, keyIs(a + 1, "-"), tokens[a + 2].kind == .word, !tokens[a + 2].capitalized,
                  tails.contains(tokens[a + 2]), tokens[a + 3].capitalized else { continue }
            mentions[n] = mention(a + 3, z + 1, type: .organization, evidence: mentions[n].evidence)
        }
    }

    // MARK: French: abbreviated titles

    /// Abbreviations of feminine and plural titles the title list lacks ("Dre" docteure, "Pre" professeure, "Drs").
    static let l27FrenchTitleAbbreviations = KeySet(["dre", "pre", "drs", "dres", "mes", "mme", "mmes", "mlle"])

    /// "Dre Marie-Josée Godi": a person read with an abbreviated title is the name after it.
    mutating func l27FrenchAbbreviatedTitles() {
        guard articleHas(Self.l27FrenchTitleAbbreviations) else { return }
        let titles = Self.l27FrenchTitleAbbreviations
        for n in mentions.indices where mentions[n].type == .person && mentions[n].known == nil {
            guard let (a, z) = seedSpan(n), z > a, titles.contains(tokens[a]) else { continue }
            var b = a + 1
            if keyIs(b, ".") { b += 1 }
            guard b <= z, tokens[b].capitalized else { continue }
            mentions[n] = mention(b, z + 1, type: .person, evidence: mentions[n].evidence)
        }
    }

    // MARK: Regional governments named by a known region

    /// Capitalized heads of a region's or a province's government and assembly (folded keys).
    static let l27RegionalBodyHeads = KeySet(["regione", "region", "gobierno", "governo", "gouvernement", "junta", "generalitat",
        "xunta", "diputacion", "comunidad", "provincia", "consejo", "conseil", "giunta", "parlamento", "parlement", "asamblea",
        "assemblea", "landtag", "landesregierung", "government", "assembly", "prefecture", "prefeitura", "governo"])
    /// Links between such a head and its region ("de", "del", "di", "du", "of", "de la", "d'").
    static let l27RegionalLinks = KeySet(["de", "del", "di", "du", "of", "della", "des"])

    /// "Regione Calabria", "Région Normandie", "Gobierno de Cantabria": a capitalized head of a regional body right before a
    /// known region (directly or after "de"/"di"/"of" and an article) is one body with it, as with a region no list holds.
    mutating func l27RegionalBodiesOfKnownPlaces() {
        guard articleHas(Self.l27RegionalBodyHeads) else { return }
        let heads = Self.l27RegionalBodyHeads, links = Self.l27RegionalLinks
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, tokens[k].script == .latin, heads.contains(tokens[k]) else { continue }
            var p = k + 1
            if p < tokenCount, tokens[p].kind == .word, !tokens[p].capitalized, links.contains(tokens[p]) {
                p += 1
                if p < tokenCount, keyIs(p, "la") || keyIs(p, "l'") || keyIs(p, "the") { p += 1 }
            }
            guard p < tokenCount else { continue }
            guard let (place, pe) = l27KnownPlace(at: p) else { continue }
            if pe + 1 < tokenCount, tokens[pe + 1].kind == .word, tokens[pe + 1].capitalized { continue }
            let (s, e) = (tokens[k].start, place.end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
            // (The region stays one of the article's places: "The Government of Mendoza Province" names the province.)
            h27Replace(k, pe + 1, with: mention(k, pe + 1, type: .organization, evidence: .cue))
            k = pe
        }
    }

    /// Capitalized first words of a state's or a province's body after its name ("Oyo State House of Assembly", "Lagos State
    /// Government", "Punjab Provincial Assembly").
    static let l27StateBodyFirsts = KeySet(["house", "government", "assembly", "police", "ministry", "executive", "council", "high",
        "judiciary", "governor's", "emergency", "provincial", "state", "legislative", "water", "electricity", "transport"])

    /// "Oyo State House of Assembly": a known state or province right before a body read from a capitalized word of
    /// government is one body with it.
    mutating func l27BodiesAfterKnownStates() {
        guard articleHas(Self.l27StateBodyFirsts) else { return }
        let firsts = Self.l27StateBodyFirsts
        var n = 0
        while n < mentions.count {
            defer { n += 1 }
            guard mentions[n].type == .organization, mentions[n].known == nil, let (a, z) = seedSpan(n), a >= 1,
                  tokens[a].capitalized, firsts.contains(tokens[a]) else { continue }
            let end = tokens[a - 1].end
            guard tokens[a - 1].end < tokens[a].start,
                  let place = firstMention(where: { $0.type == .place && $0.known != nil && $0.end == end }),
                  let ps = seedTokenIndex(start: place.start) else { continue }
            h27Replace(ps, z + 1, with: mention(ps, z + 1, type: .organization, evidence: mentions[n].evidence), overKnown: true)
            n = -1
        }
    }
}
