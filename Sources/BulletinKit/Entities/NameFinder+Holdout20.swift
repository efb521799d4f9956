import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout20 (sport, culture, courts, business, health and weather news in
/// English, French and Arabic; scored untouched at 0.749 before any of them). One pass, run after refineHoldout19. Each
/// rule is gated on its language or script and on a hashed key, a first byte or the mentions already found, so an article
/// of another language pays two flag tests.
extension NameFinder {
    mutating func refineHoldout20() {
        let en = language == "en"
        if en || lang.fr { h20Latin(french: lang.fr) }
        if hasArabic { h20Arabic() }
    }

    // MARK: - English and French

    /// Words of a sports article (a club's name is only read as one where the article is about sport).
    static let h20SportWords = KeySet(["football", "soccer", "striker", "goalkeeper", "midfielder", "defender", "coach", "manager", "match",
        "league", "entraineur", "attaquant", "milieu", "gardien", "championnat", "ligue", "buts", "stade", "rugby", "hurling", "goals", "penalty"])
    /// Words that make a name a club's in a sports article ("Ardmore Celtic", "Casa Sports de Ziguinchor", "Racing Mbour").
    static let h20ClubWords = KeySet(["athletic", "celtic", "rovers", "wanderers", "rangers", "albion", "united", "sports", "sporting", "olympique",
        "racing", "hotspur", "athletico", "town", "fc", "afc"])
    /// Club acronyms before a club's name ("ASC Niarry Tally", "US Ouakam", "FC Lorient").
    static let h20ClubAcronyms = KeySet(["as", "asc", "us", "usm", "fc", "sc", "cs", "js", "es", "rc", "afc", "cf", "sco", "ac"])
    /// Ordinals before "Division": a league, no organization.
    static let h20DivisionOrdinals = KeySet(["first", "second", "third", "premier", "championship"])
    /// Japanese company words that end a trading house's or a maker's name ("Mitsui Bussan", "Daiwa Kogyo").
    static let h20JapaneseCompanyWords = KeySet(["shoji", "bussan", "kogyo", "sangyo", "seisakusho", "denki", "shokai", "kaisha", "seiyaku",
        "tsusho", "kensetsu", "seiko", "jidosha"])
    /// Heads that close a body's name: a "person" ending with one is a body ("Northwestern Health Unit").
    static let h20BodyTails = KeySet(["unit", "service", "society", "foundation", "trust", "club", "school", "hospital", "authority", "board",
        "council", "agency", "association", "institute", "university", "laboratory", "centre", "center"])
    /// Nouns that close a place's name: a "person" ending with one is a place ("Wyrallah Road", "Byron Shire").
    static let h20PlaceTails = KeySet(["road", "street", "avenue", "highway", "shire", "valley", "creek", "lane", "drive", "river", "bridge", "airport"])
    /// Portfolios a ministry's or department's name lists ("Department of Mines, Industry Regulation and Safety").
    static let h20Portfolios = KeySet(["mines", "industry", "regulation", "safety", "energy", "trade", "tourism", "health", "education", "culture",
        "sport", "youth", "transport", "agriculture", "fisheries", "environment", "science", "technology", "innovation", "finance", "justice",
        "labour", "housing", "water", "forestry", "planning", "infrastructure", "communications", "arts", "heritage", "development", "resources",
        "employment", "enterprise", "investment", "food", "heritage", "skills", "training", "climate", "lands", "works"])
    /// French heads of a public body whose name runs over lowercase adjectives and "de la" ("Direction générale de la Protection civile").
    static let h20FrenchBodyHeads = KeySet(["tribunal", "cour", "direction", "office", "agence", "autorite", "caisse", "societe", "institut", "centre", "conseil",
        "commission", "federation", "ligue", "union", "association", "chambre", "compagnie", "regie", "inspection", "delegation", "brigade"])
    static let h20FrenchBodyAdjectives = KeySet(["generale", "general", "nationale", "national", "regionale", "regional", "centrale", "central",
        "federale", "federal", "cantonale", "cantonal", "superieure", "superieur", "provinciale", "communale", "departementale", "technique",
        "correctionnel", "penal", "penale", "civil", "civile", "administratif", "administrative", "criminel", "criminelle", "supreme"])
    /// Heads of a second body after "et de la" ("… et de la Banque Atlantique …").
    static let h20FrenchSecondHeads = KeySet(["banque", "fondation", "universite", "ecole", "musee", "groupe", "mutuelle", "cooperative"])
    static let h20AroundPrepositions = KeySet(["around", "near", "outside", "autour", "vers"])
    static let h20PlacePrepositions = KeySet(["in", "at", "near", "from", "to", "into", "across", "en", "a", "dans", "pres", "vers", "au"])
    static let h20FrenchParticles = KeySet(["de", "du", "des", "d'", "la", "l'", "et"])
    /// One-word French bodies closed by an adjective ("la Protection civile", "la Garde nationale").
    static let h20FrenchBodyNouns = KeySet(["protection", "garde", "police", "securite", "gendarmerie", "defense", "surete", "aviation", "marine"])
    /// Competitions, no bodies ("la Coupe du Sénégal").
    static let h20FrenchCups = KeySet(["coupe", "trophee", "tournoi", "championnat"])
    /// Prepositions a sentence may open with before a name ("Against Kilbride, …").
    static let h20OpeningPrepositions = KeySet(["against", "despite", "unlike", "amid", "besides", "beyond", "towards", "toward", "versus"])
    /// French nouns of an administrative area after a body ("… de la wilaya de Béjaïa", "… et de la province de Liège").
    static let h20FrenchAreaNouns = KeySet(["wilaya", "province", "region", "commune", "ville", "canton", "departement", "prefecture", "daira",
        "arrondissement", "district"])
    static let h20FrenchArticles = KeySet(["le", "la", "les", "l", "un", "une", "des"])
    /// Court names closed by "of" and their field ("Ontario Superior Court of Justice", "Court of Appeal").
    /// "st" and "saint", the keys the two saint rules of `h20Latin` start at (their gate).
    static let h20SaintKeys = KeySet(["st", "saint"])
    /// The words the French token rules of `h20Latin` start at besides a body's head (their gate, with `h20FrenchBodyHeads`).
    static let h20FrenchWordCues = KeySet(["place", "oued", "stade", "editions", "route"])
    static let h20CourtFields = KeySet(["justice", "appeal", "appeals", "cassation", "arbitration", "claims", "session", "sessions"])

    @inline(__always) func h20Lower(_ k: Int) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].script == .latin && !tokens[k].capitalized && !tokens[k].allCaps
    }

    @inline(__always) func h20In(_ k: Int, _ set: KeySet) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && set.contains(tokens[k])
    }

    /// End (exclusive) of up to `limit` capitalized Latin words from `a`, glued hyphens included.
    func h20CapEnd(_ a: Int, limit: Int) -> Int {
        var p = a, words = 0
        while h15CapLatin(p), words < limit {
            p += 1
            words += 1
            while h15GluedHyphen(p), h15CapLatin(p + 1) || tokens[p + 1].kind == .word { p += 2 }
        }
        return p
    }

    /// The apostrophe at `k` ("l'", "d'", "Enda's").
    @inline(__always) func h20Apostrophe(_ k: Int) -> Bool { keyIs(k, "'") || keyIs(k, "’") }

    /// The token after "de la", "du", "des", "de l'", "d'" at `q`.
    func h20Of(_ q: Int) -> Int? {
        if keyIs(q, "du") || keyIs(q, "des") || keyIs(q, "d'") { return q + 1 }
        if keyIs(q, "de"), keyIs(q + 1, "la") || keyIs(q + 1, "l'") { return q + 2 }
        return nil
    }

    /// A lowercase adjective closing a body's name ("civile", "nationale", "judiciaire").
    func h20CivilAdjective(_ k: Int) -> Bool {
        h20Lower(k) && Self.hasAnySuffix(tokens[k].key, ["ile", "ale", "elle", "ique", "aire", "ere"])
    }

    /// `h20SportWords` as a word class: a word is probed by its hash first, its key read only when a slot holds that hash.
    static let h20SportClass = KeyClasses([(h20SportWords, 1)])

    /// Some Latin word of the article is a sport's (`h20SportWords`): the article is about sport.
    func h20IsSportArticle() -> Bool {
        // (No word of the list anywhere in the article: the scan would find none.)
        guard articleHas(Self.h20SportWords) else { return false }
        let sport = Self.h20SportClass
        return tokens.withUnsafeBufferPointer { t in
            t.contains { token in token.kind == .word && token.script == .latin && sport.bits(hash: token.keyHash) { token.key } != 0 }
        }
    }

    /// The first words (byte-wise) of the unknown organizations' and persons' names of two words or more.
    func h20LongerNameFirsts() -> KeySet {
        var firsts: [String] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionWordCount(i) >= 2 && (mentionType(i) == .organization || mentionType(i) == .person) {
            firsts.append(mentionWords(i)[0])
        }
        return KeySet(firsts)
    }

    mutating func h20Latin(french: Bool) {
        let n = tokens.count
        let sport = h20IsSportArticle()
        var removed = Set<Int>(), adds: [Mention] = []
        // The first words of the organizations found ("Sagbé" of "Sagbé Industries"): a subsidiary named after its group is one too.
        var orgFirsts: [String] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionWordCount(i) >= 2 && mentionKnown(i) == nil { orgFirsts.append(mentionWords(i)[0]) }
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h20DivisionOrdinals = Self.h20DivisionOrdinals, h20OpeningPrepositions = Self.h20OpeningPrepositions,
            h20FrenchCups = Self.h20FrenchCups, h20FrenchBodyNouns = Self.h20FrenchBodyNouns, h20ClubWords = Self.h20ClubWords,
            h20PlaceTails = Self.h20PlaceTails, h20JapaneseCompanyWords = Self.h20JapaneseCompanyWords, h20BodyTails = Self.h20BodyTails,
            h20FrenchArticles = Self.h20FrenchArticles, h20FrenchBodyHeads = Self.h20FrenchBodyHeads,
            h20FrenchSecondHeads = Self.h20FrenchSecondHeads, h20FrenchAreaNouns = Self.h20FrenchAreaNouns,
            h20Portfolios = Self.h20Portfolios, h20CourtFields = Self.h20CourtFields, h20ClubAcronyms = Self.h20ClubAcronyms,
            h20PlacePrepositions = Self.h20PlacePrepositions, h20FrenchBodyAdjectives = Self.h20FrenchBodyAdjectives,
            h20FrenchParticles = Self.h20FrenchParticles, h20AroundPrepositions = Self.h20AroundPrepositions
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z) = seedSpan(i), token(a).script == .latin, token(z).kind == .word else { continue }
            let type = mentionType(i)
            // "First Division", "Premier Division": a league.
            if z == a + 1, keyIs(z, "division"), h20In(a, h20DivisionOrdinals) { removed.insert(i); continue }
            // "Against Kilbride, …": a preposition opening the sentence.
            if z > a, token(a).sentenceStart, h20In(a, h20OpeningPrepositions) {
                removed.insert(i); adds.append(mention(a + 1, z + 1, type: type, evidence: mentionEvidence(i))); continue
            }
            if french {
                // "la Coupe du Sénégal": a competition.
                if h20In(a, h20FrenchCups), token(a).capitalized, z == a || keyIs(a + 1, "du") || keyIs(a + 1, "de") { removed.insert(i); continue }
                // "la Protection civile": a body and its adjective.
                if z == a, type == .organization || type == nil, h20In(a, h20FrenchBodyNouns), h20CivilAdjective(z + 1) {
                    removed.insert(i); adds.append(mention(a, z + 2, type: .organization, evidence: .cue)); continue
                }
                // "Société algérienne de distribution de l'électricité et du gaz": a descriptive name's last field.
                if type == .organization || type == nil, z > a, h20Lower(z), keyIs(z + 1, "et"), let q = h20Of(z + 2), h20Lower(q), !h20Lower(q + 1), !h15CapLatin(q + 1) {
                    removed.insert(i); adds.append(mention(a, q + 1, type: .organization, evidence: mentionEvidence(i))); continue
                }
            }
            if type == .person || type == .place {
                // "Kilbride Celtic", "Tullyvale Town", "Casa Sports de Ziguinchor": a club in a sports article.
                if sport, z > a, (a...z).contains(where: { h20In($0, h20ClubWords) }), !h20In(z, h20PlaceTails) {
                    removed.insert(i); adds.append(mention(a, z + 1, type: .organization, evidence: .cue)); continue
                }
                // "Hoshikawa Shoji": a Japanese company.
                if z > a, h20In(z, h20JapaneseCompanyWords) {
                    removed.insert(i); adds.append(mention(a, z + 1, type: .organization, evidence: .cue)); continue
                }
            }
            if type == .person {
                // "Northwestern Health Unit": a body.
                if z > a, h20In(z, h20BodyTails) {
                    removed.insert(i); adds.append(mention(a, z + 1, type: .organization, evidence: .cue)); continue
                }
                // "Wyrallah Road", "Byron Shire": a place.
                if z > a, h20In(z, h20PlaceTails) {
                    removed.insert(i); adds.append(h18Place(a, z + 1)); continue
                }
                // "Sagbé Cacao Transformation" beside "Sagbé Industries": a subsidiary.
                if z >= a + 2, orgFirsts.contains(where: { PhraseMatcher.same($0, token(a).key) }) {
                    removed.insert(i); adds.append(mention(a, z + 1, type: .organization, evidence: .cue)); continue
                }
                if french {
                    // "Me Grégoire Chappuis": a lawyer's title.
                    if z >= a + 2, keyIs(a, "me") || keyIs(a, "maitre"), token(a).capitalized {
                        removed.insert(i); adds.append(mention(a + 1, z + 1, type: .person, evidence: .cue)); continue
                    }
                    // "« Les Heures de Matadi »": a work's title.
                    if a >= 2, h20In(a - 1, h20FrenchArticles), token(a - 1).capitalized, keyIs(a - 2, "«") || keyIs(a - 2, "\"") {
                        removed.insert(i); continue
                    }
                    // "Pape Malick Diédhiou": "Pape" is a given name before two more names.
                    if z > a, a >= 1, keyIs(a - 1, "pape"), token(a - 1).capitalized, !token(a - 1).allCaps {
                        removed.insert(i); adds.append(mention(a - 1, z + 1, type: .person, evidence: .cue)); continue
                    }
                }
            }
            // "Société Générale Côte d'Ivoire et de la Banque Atlantique …", "Région wallonne et de la province de Liège": two names.
            if french, z >= a + 3, let j = (a + 1..<z).first(where: { keyIs($0, "et") && (keyIs($0 + 1, "de") || keyIs($0 + 1, "du") || keyIs($0 + 1, "des")) }) {
                var r = j + 2
                if keyIs(r, "la") || keyIs(r, "l'") { r += 1 }
                // Only before a second body's head or an area ("… et du Commerce" is a ministry's second portfolio).
                guard r <= z, h20In(r, h20FrenchBodyHeads) || h20In(r, h20FrenchSecondHeads) || h20In(r, h20FrenchAreaNouns) else { continue }
                removed.insert(i)
                adds.append(mention(a, j, type: type, evidence: mentionEvidence(i)))
                if h15CapLatin(r) {
                    adds.append(mention(r, z + 1, type: type, evidence: mentionEvidence(i)))
                } else if h20In(r, h20FrenchAreaNouns), keyIs(r + 1, "de") || keyIs(r + 1, "du"), h15CapLatin(r + 2), r + 2 <= z {
                    adds.append(h18Place(r + 2, z + 1))
                }
                continue
            }
            if type == .organization, !french {
                // "Department of Mines, Industry Regulation and Safety": the portfolios after a comma belong to it.
                if z >= a + 2, keyIs(z - 1, "of") || h20In(z, h20Portfolios), keyIs(z + 1, ","), h15CapLatin(z + 2) {
                    var p = z + 2, sawAnd = false, ok = true
                    while p < n {
                        let e = h20CapEnd(p, limit: 3)
                        guard e > p, h20In(e - 1, h20Portfolios) else { ok = false; break }
                        p = e
                        if sawAnd { break }
                        if keyIs(p, ","), h15CapLatin(p + 1) { p += 1 } else if keyIs(p, "and"), h15CapLatin(p + 1) { p += 1; sawAnd = true } else { ok = false; break }
                    }
                    if ok, sawAnd {
                        removed.insert(i)
                        let (s, e) = (token(z + 1).start, token(p - 1).end)
                        for x in mentions.indices where x != i && mentionKnown(x) == nil && mentionType(x) != .country && mentionStart(x) >= s && mentionEnd(x) <= e { removed.insert(x) }
                        adds.append(mention(a, p, type: .organization, evidence: .cue))
                        continue
                    }
                }
                // "Ontario Superior Court of Justice": the court's field.
                if keyIs(z, "court"), keyIs(z + 1, "of"), h20In(z + 2, h20CourtFields), token(z + 2).capitalized {
                    removed.insert(i); adds.append(mention(a, z + 3, type: .organization, evidence: .cue)); continue
                }
            }
        }
        // "St Enda's University Hospital": a saint's possessive before a body's name.
        // (This rule and the next act only at "St" or "Saint": an article without either skips them.)
        let saint = !french && articleHas(Self.h20SaintKeys)
        if saint {
            for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && !removed.contains(i) {
                guard let (a, z) = seedSpan(i), a >= 3, keyIs(a - 1, "'s"), h15CapLatin(a - 2),
                      keyIs(a - 3, "st") || keyIs(a - 3, "saint"), token(a - 3).capitalized else { continue }
                removed.insert(i)
                let (s, e) = (token(a - 3).start, token(a - 1).end)
                for x in mentions.indices where x != i && mentionKnown(x) == nil && mentionType(x) != .country && mentionStart(x) >= s && mentionEnd(x) <= e { removed.insert(x) }
                adds.append(mention(a - 3, z + 1, type: .organization, evidence: .cue))
            }
        }
        replaceMentions(removing: removed, adding: adds)
        // "at St Enda's, and": the body named by its saint alone.
        if saint {
            for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .organization && mentionWordCount(i) == 2 {
                guard let (a, z) = seedSpan(i), z == a + 1, keyIs(a, "st") || keyIs(a, "saint"), keyIs(z + 1, "'s"), !h15CapLatin(z + 2),
                      let o = firstMention(where: { $0.type == .organization && $0.words.count > 2 && $0.words.starts(with: mentionWords(i)) }) else { continue }
                mentions[i].type = .organization
                mentions[i].words = o.words
                mentions[i].surface = o.surface
            }
        }
        // "Rathcoole" beside "Rathcoole Athletic", "Declan" beside "Declan Fennelly": the one-word name is the longer one's.
        // The first words of the longer unknown names a one-word name can be joined to: a word that opens none is passed over
        // without a scan of every mention. (The rule changes only a one-word name into one of these names, whose first word is
        // in the set already: it holds for the whole loop.)
        let firsts = h20LongerNameFirsts()
        for i in mentions.indices where mentionKnown(i) == nil && mentionWordCount(i) == 1 && mentionType(i) != .place && mentionType(i) != .country {
            let w = mentionWords(i)[0]
            guard firsts.contains(w) else { continue }
            guard let o = firstMentionIndex(where: { $0.known == nil && $0.words.count >= 2 && ($0.type == .organization || $0.type == .person)
                && PhraseMatcher.same($0.words[0], w) && $0.start != mentionStart(i) }) else { continue }
            // (The mentions read in place: the loop copied every one of them, for each one-word name.)
            let start = mentionStart(i)
            let lo = mentions.withUnsafeBufferPointer { b -> Int in
                var lo = o
                for x in b.indices where b[x].known == nil && b[x].words.count >= 2 && PhraseMatcher.same(b[x].words[0], w) && b[x].words.count < b[lo].words.count
                    && (b[x].type == .organization || b[x].type == .person) && b[x].start != start { lo = x }
                return lo
            }
            let longer = mentions[lo]
            // Every longer name opening with the word extends the shortest ("Rathcoole Athletic Supporters Club").
            if anyMention(where: { $0.known == nil && $0.words.count >= 2 && PhraseMatcher.same($0.words[0], w) && !$0.words.starts(with: longer.words) }) { continue }
            mentions[i].type = longer.type
            mentions[i].words = longer.words
            mentions[i].surface = longer.surface
        }

        let comma = Token.hash(",")
        // (The French rules of the loop below act only at one of their words: an article without one skips them.)
        let frenchWords = french && (articleHas(Self.h20FrenchWordCues) || articleHas(Self.h20FrenchBodyHeads))
        var k = 0
        while k < n {
            defer { k += 1 }
            // The token read once for the loop's tests of it (this pass is too large for the compiler to inline the array's
            // reads: each `token(k).x` was a call copying the whole token).
            let t = token(k)
            guard t.kind == .word, t.script == .latin else { continue }
            // "ASC Niarry Tally", "FC Kolwane": a club acronym and its name, in a sports article.
            if sport, token(k).allCaps, h20In(k, h20ClubAcronyms), h15CapLatin(k + 1), !token(k + 1).allCaps {
                let e = h20CapEnd(k + 1, limit: 3)
                h19Put(mention(k, e, type: .organization, evidence: .cue))
                k = e - 1
                continue
            }
            // "Dwayne Pelletier, 29, of Kenora": a name and an age (at the name's last word).
            if keyIs(k + 1, ",", hash: comma), k + 3 < n, token(k + 2).kind == .number, keyIs(k + 3, ",") || french && keyIs(k + 3, "ans"),
               let age = Int(token(k + 2).text), age >= 16, age <= 105, h15CapLatin(k), !token(k).allCaps {
                var a = k, words = 1
                while words < 3 {
                    if h15GluedHyphen(a - 1), h15CapLatin(a - 2) { a -= 2; continue }
                    guard h15CapLatin(a - 1), !token(a - 1).allCaps, !token(a).sentenceStart else { break }
                    a -= 1
                    words += 1
                }
                // (Not after a place's preposition: "sales in Northern Ontario, 31, and …".)
                if words >= 2, titleMatch(at: a) == nil, !(a...k).contains(where: { isCountry[$0] }), !h20In(a - 1, h20PlacePrepositions) {
                    let (s, e) = (token(a).start, token(k).end)
                    if !anyMention(where: { ($0.known != nil || $0.type == .country || $0.type == .person && $0.start == s && $0.end == e) && $0.start < e && $0.end > s }) {
                        mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < e && $0.end > s }
                        mentions.append(mention(a, k + 1, type: .person, evidence: .cue))
                    }
                }
                continue
            }
            guard frenchWords else { continue }
            let key = t.key
            // (The five words below open with "p", "o", "s", "e" or "r": any other word is passed over without their
            // string compares; the compares are byte-wise, as no other spelling is canonically equivalent to these
            // ASCII words.)
            let first = NameFinder.firstByte(key) ?? 0
            if first == 0x70 || first == 0x6F || first == 0x73 || first == 0x65 || first == 0x72 {
            // "sur la place Royale": a square.
            if Token.keyEquals(key, "place"), !token(k).capitalized, keyIs(k - 1, "la"), h15CapLatin(k + 1), !isCountry[k + 1] {
                let e = h20CapEnd(k + 1, limit: 2)
                h19Put(h18Place(k, e))
                k = e - 1
                continue
            }
            // "l'oued Soummam": a river.
            if Token.keyEquals(key, "oued"), h15CapLatin(k + 1) {
                let e = h20CapEnd(k + 1, limit: 2)
                var m = h18Place(k + 1, e)
                m.variants.append(surface(k, e))
                h19Put(m)
                k = e - 1
                continue
            }
            // "au stade Aline-Sitoé-Diatta": a stadium's name is a place.
            if !token(k).capitalized, Token.keyEquals(key, "stade"), h15CapLatin(k + 1) {
                let e = h20CapEnd(k + 1, limit: 3)
                var m = h18Place(k + 1, e)
                m.variants.append(surface(k, e))
                h19Put(m)
                k = e - 1
                continue
            }
            // "les éditions du Perron-Vert": a publisher.
            if Token.keyEquals(key, "editions"), keyIs(k + 1, "du") || keyIs(k + 1, "de") || keyIs(k + 1, "des"), h15CapLatin(k + 2) {
                let e = h20CapEnd(k + 2, limit: 3)
                h19Put(mention(k, e, type: .organization, evidence: .cue))
                k = e - 1
                continue
            }
            // "la route nationale 9": a road.
            if Token.keyEquals(key, "route"), keyIs(k + 1, "nationale") || keyIs(k + 1, "regionale") || keyIs(k + 1, "departementale"), k + 2 < n, token(k + 2).kind == .number {
                h19Put(h18Place(k, k + 3))
                continue
            }
            }
            // "Direction générale de la Protection civile", "Direction des travaux publics de la wilaya de Béjaïa": a body.
            if t.capitalized, h20In(k, h20FrenchBodyHeads) {
                var p = k + 1
                while h20In(p, h20FrenchBodyAdjectives), p - k <= 2 { p += 1 }
                // "de la", "du", "des", "de l'"
                guard let q = h20Of(p) else { continue }
                if p > k + 1, h15CapLatin(q), !isCountry[q] {
                    // Capitalized words and one trailing adjective ("Protection civile").
                    var e = h20CapEnd(q, limit: 3)
                    if e == q + 1, h20CivilAdjective(e) { e += 1 }
                    h19Put(mention(k, e, type: .organization, evidence: .cue))
                    k = e - 1
                    continue
                }
                // "… de l'arrondissement de Lausanne", "… des travaux publics de la wilaya de Béjaïa": a body of an area.
                var r = q
                while h20Lower(r), r - q < 3, !h20In(r, h20FrenchAreaNouns), !h20In(r, h20FrenchParticles) { r += 1 }
                var area: Int? = h20In(r, h20FrenchAreaNouns) ? r : nil
                if area == nil, r > q, let s = h20Of(r), h20In(s, h20FrenchAreaNouns) { area = s }
                if let s = area, keyIs(s + 1, "de") || keyIs(s + 1, "du") || keyIs(s + 1, "d'"), h15CapLatin(s + 2) {
                    let e = h20CapEnd(s + 2, limit: 3)
                    h19Put(mention(k, e, type: .organization, evidence: .cue))
                    k = e - 1
                }
            }
        }
        // "la Protection civile" beside "Direction générale de la Protection civile": the body's short name.
        if french {
            for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) == .organization && mentionWordCount(i) >= 2 {
                let w = mentionWords(i)
                if let o = firstMention(where: { $0.type == .organization && $0.known == nil && $0.words.count > w.count + 1 && $0.words.reversed().starts(with: w.reversed())
                    && Self.h20FrenchBodyHeads.contains($0.words[0]) }) {
                    mentions[i].words = o.words
                    mentions[i].surface = o.surface
                }
            }
        }
        // "Kenora, Dryden and Sioux Lookout", "près d'Akbou", "around Nimbin": a one-word "organization" among places or after a
        // place's preposition is a place.
        // (spd23: the list's words compared by hash first, up to a dozen tests a one-word name.)
        let (hComma, hAnd, hEt, hLe, hLa) = (Token.hash(","), Token.hash("and"), Token.hash("et"), Token.hash("le"), Token.hash("la"))
        for i in mentions.indices where mentionKnown(i) == nil && (mentionType(i) == .organization || mentionType(i) == nil) && mentionWordCount(i) == 1 {
            guard let (a, z) = seedSpan(i), a == z, token(a).script == .latin, !token(a).allCaps, orgKeyword(at: a) == nil else { continue }
            let afterPreposition = h20In(a - 1, h20AroundPrepositions) || keyIs(a - 1, "d'") && keyIs(a - 2, "pres")
            func placeAt(_ k: Int) -> Bool {
                k >= 0 && k < n && (isCountry[k] || anyMention { $0.type == .place && $0.start <= token(k).start && $0.end >= token(k).end })
            }
            func link(_ k: Int) -> Bool { keyIs(k, ",", hash: hComma) || keyIs(k, "and", hash: hAnd) || keyIs(k, "et", hash: hEt) }
            func article(_ k: Int) -> Bool { keyIs(k, "le", hash: hLe) || keyIs(k, "la", hash: hLa) }
            let listed = link(a - 1) && placeAt(a - 2)
                && link(a + 1) && (placeAt(a + 2) || article(a + 2) && placeAt(a + 3))
                || (keyIs(a + 1, "and", hash: hAnd) || keyIs(a + 1, "et", hash: hEt)) && (placeAt(a + 2) || article(a + 2) && placeAt(a + 3))
                   && (keyIs(a - 1, "la", hash: hLa) || keyIs(a - 1, "le", hash: hLe) || keyIs(a - 1, ",", hash: hComma))
            guard afterPreposition || listed else { continue }
            mentions[i].type = .place
            mentions[i].placeContext = true
        }
    }

    // MARK: - Arabic

    static func h20Keys(_ words: [String]) -> Set<String> { Set(words.map { TextFolding.key($0) }) }
    /// Heads of bodies whose names run over a bare first word and definite or "لل" words ("متحف صفاقس للفنون الحديثة",
    /// "مديرية شرطة إربد", "نادي سحاب الجديد").
    static let h20ArabicHeads = h20Keys(["نادي", "متحف", "مهرجان", "مختبر", "مديرية", "مستشفى", "جمعية", "دار"])
    static let h20ArabicPublisher = TextFolding.key("دار")
    /// Occupations before a person's name, and adjectives after them ("الفنانة التشكيلية سلمى …", "المخرج الجزائري …").
    static let h20ArabicOccupations = h20Keys(["الفنان", "الفنانة", "الناقد", "الناقدة", "المخرج", "المخرجة", "الروائي", "الروائية", "الكاتب",
        "الكاتبة", "الشاعر", "الشاعرة", "المحامي", "المحامية", "الباحث", "الباحثة", "الصحفي", "الصحفية", "الممثل", "الممثلة", "المؤرخ", "المؤرخة",
        "المصور", "المصورة", "الطبيب", "الطبيبة"])
    /// Heads with a complement before a person's name ("مديرة المهرجان إيناس …", "قائد شباب الحصن معاذ …").
    static let h20ArabicConstructRoles = h20Keys(["مديرة", "مدير", "قائد", "مدرب", "رئيسة"])
    /// Plural geographic nouns before a place ("جزر قرقنة", "سواحل المهدية").
    static let h20ArabicAreaNouns = h20Keys(["جزر", "سواحل", "ضواحي", "شواطئ", "جبال", "وجزر", "وسواحل", "بجزر", "بسواحل"])
    static let h20ArabicHonorifics = h20Keys(["الأمير", "الملك", "الشيخ", "الشهيد", "الرئيس"])
    /// Countries whose capital has their name: the dateline's town ("تونس، 10 مايو").
    static let h20ArabicCapitalCountries = WordSet(h20Keys(["تونس", "الجزائر", "الكويت", "جيبوتي"]))
    static let h20ArabicIndustrialZone = TextFolding.key("المنطقة")
    static let h20ArabicZoneKinds = h20Keys(["الصناعية", "الحرة", "الاقتصادية", "اللوجستية"])
    static let h20ArabicProsecution = TextFolding.key("النيابة")
    static let h20ArabicPublic = TextFolding.key("العامة")
    static let h20ArabicProvince = TextFolding.key("ولاية")
    static let h20ArabicSecurity = TextFolding.key("أمن")
    static let h20ArabicBrigade = h20Keys(["الفرقة", "الفرقه"])

    /// Institutions named with their town after "ب" ("المعهد العالي للموسيقى بسوسة", "جمعية … بقرقنة").
    static let h20ArabicTownInstitutions = h20Keys(["معهد", "المعهد", "جمعية", "الجمعية", "محكمة", "المحكمة", "هيئة", "كلية", "الكلية", "مدرسة",
        "المدرسة", "متحف", "مستشفى", "المستشفى", "دار"])
    /// Words that end a body's name: a session, the current one ("وزارة الشؤون الثقافية الدورة الحالية").
    static let h20ArabicCutWords = h20Keys(["الدورة", "الحالية", "المقبلة", "الماضية", "الجارية", "النسخة"])
    /// Units of a hospital or a university, no people ("قسم الأمراض الجرثومية").
    /// (A `WordSet`: asked of every mention's first word, where `Set<String>` hashed each with SipHash.)
    static let h20ArabicUnits = WordSet(h20Keys(["قسم", "شعبة", "وحدة"]))

    // Hashed trigger sets, one per scan, with the clitic forms (و، ب، ل، ف; ل + ال → لل) written out: a token of an Arabic
    // article costs one hashed lookup per scan, and only a hit looks further.
    static func h20Clitics(_ keys: Set<String>, article: Bool) -> [String] {
        var out: [String] = []
        for k in keys {
            out.append(k)
            for c in ["و", "ب", "ل", "ف"] { out.append(c + k) }
            if article, Self.utf8Starts(k, "ال") { out.append("لل" + String(k.unicodeScalars.dropFirst(2))) }
        }
        return out
    }
    static let h20ArabicScan1 = KeySet(Array(h20ArabicAreaNouns) + Array(h17ArabicStadium.set) + [h20ArabicIndustrialZone])
    static let h20ArabicHeadForms = KeySet(h20Clitics(h20ArabicHeads, article: false))
    static let h20ArabicProsecutionForms = KeySet(h20Clitics([h20ArabicProsecution], article: true))
    static let h20ArabicScan2 = KeySet(h20Clitics(h20ArabicHeads, article: false) + h20Clitics([h20ArabicProsecution], article: true)
        + [h20ArabicProvince] + Array(h20ArabicBrigade))
    static let h20ArabicOccupationForms = KeySet(h20Clitics(h20ArabicOccupations, article: true))
    static let h20ArabicScan3 = KeySet(h20Clitics(h20ArabicOccupations, article: true) + h20Clitics(h20ArabicConstructRoles, article: false))
    static let h20ArabicTownInstitutionForms = KeySet(h20Clitics(h20ArabicTownInstitutions, article: false))
    static let h20ArabicCutKeys = KeySet(Array(h20ArabicCutWords))
    static let h20ArabicNameStopKeys = KeySet(Array(h17ArabicNameStops.set))

    /// "بنابل" closing a phrase: "ب" and a bare word of three letters or more, then punctuation, a stop word or the end.
    func h20BareTownAfterBi(_ j: Int) -> Bool {
        guard h20ArabicWord(j), tokens[j].spaceBefore, tokens[j].key.unicodeScalars.first == "ب", !keyStarts(j, "بال"),
              tokens[j].key.unicodeScalars.count >= 4, !h20Stop(j), !Self.h17ArabicSportsCues.contains(tokens[j].key) else { return false }
        return j + 1 >= tokens.count || tokens[j + 1].kind != .word || h20Stop(j + 1)
    }

    @inline(__always) func h20ArabicWord(_ k: Int) -> Bool { k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].script == .arabic }
    @inline(__always) func h20Definite(_ k: Int) -> Bool { keyStarts(k, "ال") }
    func h20Stop(_ k: Int) -> Bool {
        let key = tokens[k].key
        let h = tokens[k].keyHash
        return Self.arabicStop.contains(key, hash: h) || Self.h20ArabicNameStopKeys.contains(key, hash: h) || Self.arabicTimeWords.contains(key, hash: h)
    }
    mutating func h20Arabic() {
        let n = tokens.count
        // The trigger sets read into locals once (a static's every read calls `swift_once`: once per token here).
        let scan1 = Self.h20ArabicScan1, scan2 = Self.h20ArabicScan2, scan3 = Self.h20ArabicScan3
        // The dateline's town when it is also its country's name ("تونس، 10 مايو (وات)").
        var starts: [Int] = []
        if let a0 = tokens.indices.first(where: { tokens[$0].kind == .word }) {
            starts.append(a0)
            var k = a0 + 1
            while k < n, k < 80, !tokens[k].newlineBefore { k += 1 }
            if k < n, k < 80 { starts.append(k) }
        }
        for s in starts where h20ArabicWord(s) && Self.h20ArabicCapitalCountries.contains(tokens[s].key) && s + 1 < n && (keyIs(s + 1, "،") || keyIs(s + 1, ",")) {
            if !anyMention(where: { $0.start == tokens[s].start && $0.type == .place }) { mentions.append(h18Place(s, s + 1)) }
        }
        // (Each of the three word scans below acts only at a word of its set: an article with none skips the scan.)
        var k = articleHas(scan1) ? 0 : n
        while k < n {
            defer { k += 1 }
            guard h20ArabicWord(k), scan1.contains(tokens[k]) else { continue }
            let key = tokens[k].key
            // "جزر قرقنة", "سواحل المهدية": the place after a plural geographic noun.
            // (A definite word only in a place's shape, "المهدية": "جزر الأسعار" is an ebb of prices.)
            if Self.h20ArabicAreaNouns.contains(key), h20ArabicWord(k + 1), !h20Stop(k + 1), tokens[k + 1].key.unicodeScalars.count >= 3,
               !h20Definite(k + 1) || NameFinder.arabicHasSuffix(tokens[k + 1].key, "يه") {
                mentions.removeAll { $0.known == nil && $0.type == .place && $0.start >= tokens[k].start && $0.end <= tokens[k].end }
                h19Put(h18Place(k + 1, k + 2))
                continue
            }
            // "ملعب الأمير فيصل", "ملعب مدينة الحسن الرياضية": a stadium's name.
            if Self.h17ArabicStadium.contains(key), h20ArabicWord(k + 1), h20ArabicWord(k + 2), !h20Stop(k + 2) {
                if Self.h20ArabicHonorifics.contains(tokens[k + 1].key), !h20Definite(k + 2) {
                    var m = h18Place(k + 1, k + 3)
                    m.variants.append(surface(k, k + 3))
                    h19Put(m)
                    k += 2
                    continue
                }
                if !h20Definite(k + 1), !h20Stop(k + 1), h20Definite(k + 2) {
                    var e = k + 3
                    while h20ArabicWord(e), h20Definite(e), !h20Stop(e), e - k < 5 { e += 1 }
                    h19Put(h18Place(k + 1, e))
                    k = e - 1
                    continue
                }
            }
            // "المنطقة الصناعية كزناية": an industrial zone and its name.
            // (Not before a preposition and an article: "المنطقة الصناعية بالكامل" is "the whole zone".)
            if key == Self.h20ArabicIndustrialZone, h20ArabicWord(k + 1), Self.h20ArabicZoneKinds.contains(tokens[k + 1].key), h20ArabicWord(k + 2),
               !h20Definite(k + 2), !h20Stop(k + 2), !String(tokens[k + 2].key.unicodeScalars.dropFirst()).hasPrefix("ال") {
                h19Put(h18Place(k, k + 3))
                k += 2
                continue
            }
        }
        // Places found (one word): "بطنجة" after a body is "in Tangier". (Folded keys, byte-compared: a `Set<String>`
        // hashed every Arabic key by its normalized form.)
        var placeWords: [String] = []
        for i in mentions.indices where mentionType(i) == .place && mentionWordCount(i) == 1 { placeWords.append(mentionWords(i)[0]) }
        let placeKeys = KeySet(placeWords)
        var headOrgs: [Mention] = []
        func placeAfterBi(_ j: Int) -> Bool {
            guard h20ArabicWord(j), tokens[j].spaceBefore, tokens[j].key.unicodeScalars.first == "ب" else { return false }
            return placeKeys.contains(String(tokens[j].key.unicodeScalars.dropFirst()))
        }
        k = articleHas(scan2) ? 0 : n
        while k < n {
            defer { k += 1 }
            guard h20ArabicWord(k), scan2.contains(tokens[k]) else { continue }
            let key = tokens[k].key
            // "النيابة العامة": the public prosecution.
            if Self.h20ArabicProsecutionForms.contains(key, hash: tokens[k].keyHash), h20ArabicWord(k + 1), tokens[k + 1].key == Self.h20ArabicPublic {
                h19Put(mention(k, k + 2, type: .organization, evidence: .cue))
                k += 1
                continue
            }
            // "ولاية أمن طنجة": a city's police command.
            if key == Self.h20ArabicProvince, h20ArabicWord(k + 1), tokens[k + 1].key == Self.h20ArabicSecurity, h20ArabicWord(k + 2), !h20Stop(k + 2) {
                h19Put(mention(k, k + 3, type: .organization, evidence: .cue))
                k += 2
                continue
            }
            // "الفرقة الوطنية للشرطة القضائية": a brigade's name of definite and "لل" words.
            if Self.h20ArabicBrigade.contains(key) {
                var e = k + 1, lil = false
                while h20ArabicWord(e), e - k <= 4, h20Definite(e) || keyStarts(e, "لل"), !h20Stop(e) {
                    if keyStarts(e, "لل") { lil = true }
                    e += 1
                }
                if lil, e - k >= 3 { h19Put(mention(k, e, type: .organization, evidence: .cue)); k = e - 1 }
                continue
            }
            // Bodies by their head: "متحف صفاقس للفنون الحديثة", "مديرية شرطة إربد", "نادي الكرمل العقباوي", "دار … للنشر".
            // (Not before a preposition's "ل": "مختبر لرصد المخزون" is a lab "to monitor".)
            if Self.h20ArabicHeadForms.contains(key, hash: tokens[k].keyHash), case let head = Self.h20ArabicHeads.contains(key) ? key : String(key.unicodeScalars.dropFirst()),
               h20ArabicWord(k + 1), !h20Stop(k + 1), !isCountry[k + 1],
               tokens[k + 1].kind == .word, tokens[k + 1].key.unicodeScalars.count >= 2,
               tokens[k + 1].key.unicodeScalars.first != "ل" || placeKeys.contains(tokens[k + 1].key) {
                var e = k + 2, lil = keyStarts(k + 1, "لل")
                while h20ArabicWord(e), e - k <= 5, tokens[e].spaceBefore, !h20Stop(e) {
                    let w = tokens[e].key
                    if Self.utf8Starts(w, "لل") { lil = true; e += 1; continue }
                    if h20Definite(e) || placeKeys.contains(w) { e += 1; continue }
                    if placeAfterBi(e) { e += 1; break }
                    break
                }
                if head == Self.h20ArabicPublisher && !lil { continue }
                // One word after the head names a body only when it is definite or a place ("نادي الرمثا", "مديرية إربد").
                guard e - k >= 3 || head != Self.h20ArabicPublisher && (h20Definite(k + 1) || placeKeys.contains(tokens[k + 1].key)) else { continue }
                var m = mention(k, e, type: .organization, evidence: .cue)
                if head != key {   // a clitic glued to the head stays outside the name
                    m.start += 1
                    m.surface = String(m.surface.dropFirst())
                    if !m.words.isEmpty { m.words[0] = head }
                }
                h19Put(m)
                headOrgs.append(m)
                k = e - 1
                continue
            }
        }
        // "محكمة الاستئناف بطنجة", "هيئة المحامين بطنجة": a body "in" a town named in the article; "المعهد العالي للفنون الجميلة بنابل":
        // an institution "in" a town closing the phrase. "وزارة الشؤون الثقافية الدورة الحالية": a body's name ends before a session word.
        do {
            var removed = Set<Int>(), adds: [Mention] = []
            for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
                guard let (a, z) = seedSpan(i), tokens[z].script == .arabic else { continue }
                if z > a + 1, let j = (a + 1...z).first(where: { Self.h20ArabicCutKeys.contains(tokens[$0]) }), j > a + 1 {
                    var m = mention(a, j, type: .organization, evidence: mentionEvidence(i))
                    if mentionStart(i) > m.start { m.start = mentionStart(i); m.surface = String(m.surface.dropFirst()); m.words = Array(mentionWords(i).prefix(m.words.count)) }
                    removed.insert(i); adds.append(m); continue
                }
                let institution = Self.h20ArabicTownInstitutionForms.contains(tokens[a])
                guard placeAfterBi(z + 1) || institution && h20BareTownAfterBi(z + 1) else { continue }
                var m = mentions[i]
                m.end = tokens[z + 1].end
                m.surface += " " + tokens[z + 1].text
                m.words.append(tokens[z + 1].key)
                removed.insert(i)
                adds.append(m)
            }
            replaceMentions(removing: removed, adding: adds)
        }
        // "قسم الأمراض الجرثومية": a unit, no person.
        // (Asked first: `removeAll` moves the whole array even when it removes nothing.)
        let isUnit = { (m: Mention) -> Bool in m.known == nil && m.type == .person && m.words.count >= 2 && Self.h20ArabicUnits.contains(m.words[0]) }
        if anyMention(where: isUnit) { mentions.removeAll(where: isUnit) }
        // "شباب الحصن" beside "نادي شباب الحصن": the same body without its head.
        if !headOrgs.isEmpty {
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) == .organization && (mentionSurface(i).utf8.first ?? 0) >= 0xD8 {
            let sfx = " " + mentionSurface(i)
            if let o = headOrgs.first(where: { $0.surface.hasSuffix(sfx) && $0.words.count == mentionWordCount(i) + 1 }) {
                mentions[i].words = o.words
                mentions[i].surface = o.surface
            }
        }
        }
        // People after an occupation: "الفنانة التشكيلية سلمى البوزيدي", "المحامي محمد أمين الريسوني", "مديرة المهرجان إيناس الطرابلسي".
        k = articleHas(scan3) ? 0 : n
        while k < n {
            defer { k += 1 }
            // ("للفنانة", "والمخرج": a preposition or conjunction glued to the occupation.)
            // (The token read once: see the Latin loop above.)
            let t = token(k)
            guard t.kind == .word, t.script == .arabic, scan3.contains(t) else { continue }
            let occupation = Self.h20ArabicOccupationForms.contains(t)
            var a = k + 1
            var skippedWords: [Int] = []
            while h20ArabicWord(a), a - k <= 6 {
                let w = tokens[a].key
                let nisba = h20Definite(a) && (NameFinder.arabicHasSuffix(w, "ي") || NameFinder.arabicHasSuffix(w, "يه"))
                let inOrg = anyMention { $0.type == .organization && $0.start <= tokens[a].start && $0.end >= tokens[a].end }
                if isCountry[a] || nisba || inOrg || !occupation && (h20Definite(a) || Self.utf8Starts(w, "ل") && w.unicodeScalars.count >= 4) {
                    skippedWords.append(a); a += 1; continue
                }
                break
            }
            guard h20ArabicWord(a), h20ArabicWord(a + 1), !h20Definite(a), !h20Stop(a), !h20Stop(a + 1), tokens[a].key.unicodeScalars.count >= 3,
                  tokens[a + 1].spaceBefore, !isCountry[a], !isCountry[a + 1],
                  !Self.h20ArabicHeadForms.contains(tokens[a]), !Self.h20ArabicUnits.contains(tokens[a].key), !Self.arabicOrgHeads.contains(tokens[a]) else { continue }
            var e = a + 2
            if !h20Definite(a + 1), h20ArabicWord(e), tokens[e].spaceBefore, h20Definite(e), !h20Stop(e) { e += 1 }
            if anyMention(where: { $0.type == .person && $0.start <= tokens[a].start && $0.end >= tokens[e - 1].end }) { k = e - 1; continue }
            // Person guesses among the skipped words ("لكرة القدم") go.
            for s in skippedWords {
                mentions.removeAll { $0.known == nil && $0.type == .person && $0.start <= tokens[s].start && $0.end >= tokens[s].end }
            }
            h19Put(mention(a, e, type: .person, evidence: .cue))
            k = e - 1
        }
    }
}
