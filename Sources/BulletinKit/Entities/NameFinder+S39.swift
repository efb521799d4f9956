import Foundation

/// Session 39: junk and misses a user review found on text nobody tuned on (the review's own articles; the tests use
/// other names). Each rule states the general cause it fixes; `refineS39` runs after `refineLeft37`, before `refineCP15`.
extension NameFinder {
    /// How a capitalized phrase of two words or more that discovery typed by guess (a person, or a place from a leading
    /// "El"/"La") reads when it is no person.
    enum S39PhraseReading {
        /// An organization over these tokens (`a..<b`, which may differ from the phrase's).
        case organization((Int, Int))
        case place
        /// No type, in a place's context: the grouper makes it a place unless another mention types it.
        case untypedPlace
        /// No entity ("El Gobierno de Bolivia": the golds count the country, not its government).
        case noEntity
    }

    /// Last words of awards, festivals and meetings (the golds type them as organizations; cups and races they leave out):
    /// "Arab Music Awards", "Global Jazz Prize", "Tashkent Investment Forum".
    static let s39EventLastWords = h18Keys(["awards", "award", "prize", "prizes", "festival", "festivals", "forum", "summit", "expo",
        "biennale", "biennial", "gala", "premios"])
    /// Nouns of buildings and venues (places in the golds): "Palace of Independence", "Casa Grande del Pueblo".
    static let s39BuildingWords = h18Keys(["palace", "palacio", "palais", "palazzo", "stadium", "estadio", "stade", "stadio", "arena",
        "casa", "maison", "hall", "tower", "torre", "cathedral", "catedral", "mosque", "mezquita", "mosquee", "airport", "aeropuerto",
        "aeroport", "museum", "museo", "musee", "plaza", "square", "bridge", "puente", "pont"])
    /// Lowercase definite articles: a capitalized phrase right after one is rarely a person's name.
    static let s39Articles = h18Keys(["the", "la", "el", "le", "les", "los", "las", "il", "lo", "gli", "der", "die", "das", "des", "dem", "den", "het"])
    /// Place prepositions before such an article: "en la Casa …", "in the …", "at the …", "dans le …".
    static let s39PlacePrepositions = h18Keys(["in", "at", "en", "dans", "a", "au", "nel", "nella", "im", "desde", "hacia"])

    /// A capitalized phrase `a..<b` (its words' token indices `words`) that no cue typed and that is no person:
    /// - its last word names an award, a festival or a meeting ("the Arab Music Awards"): an organization;
    /// - an article capitalized at a sentence's start + a government's noun ("El Gobierno de Bolivia"): no entity (the
    ///   golds count the country named after it, not its government);
    /// - a building's noun after a place preposition and an article ("en la Casa Grande del Pueblo"): a place;
    /// - in English, any phrase after a lowercase "the" with no given name in it ("the Loess Plateau", "the Kerem Shalom
    ///   crossing"): no person (a person's name takes no article); a place's context (features and regions take it).
    /// nil: none of these; the caller's reading stands.
    func s39PhraseNoPerson(_ a: Int, _ b: Int, _ words: [Int]) -> S39PhraseReading? {
        guard let lastWord = words.last, tokens[a].script == .latin, !lang.pt else { return nil }
        if words.contains(where: { isGivenName($0) }) { return nil }
        if h23Key(lastWord, Self.s39EventLastWords) { return .organization((a, b)) }
        // "El Gobierno de Bolivia": the article capitalized before a government's noun is no part of a name.
        if words.count == 2, words[0] == a, Self.s39Articles.contains(tokens[a]), h23Key(words[1], Self.s39GovernmentNouns) {
            return .noEntity
        }
        guard a >= 1, tokens[a - 1].kind == .word, !tokens[a - 1].capitalized, Self.s39Articles.contains(tokens[a - 1]) else { return nil }
        let afterPlacePreposition = a >= 2 && tokens[a - 2].kind == .word && !tokens[a - 2].capitalized && Self.s39PlacePrepositions.contains(tokens[a - 2])
        if afterPlacePreposition, words.contains(where: { h23Key($0, Self.s39BuildingWords) }) { return .place }
        guard language == "en", tokens[a - 1].key == "the", !EntityCues.placeNameStarts.contains(tokens[a]),
              titleMatch(at: a) == nil else { return nil }   // ("the Commissioner for Education": a title)
        return .untypedPlace
    }

    /// Nouns of a government or an administration that an article capitalizes: "El Gobierno", "Le Gouvernement".
    static let s39GovernmentNouns = h18Keys(["gobierno", "gouvernement", "governo", "government", "regierung", "ejecutivo", "executif"])

    /// The phrases of two words or more that discovery typed a person (or a place, from a leading "El"/"La") by guess alone
    /// and that no later pass retyped, read again by `s39PhraseNoPerson`. (Run last: earlier passes type many such phrases
    /// from their own cues, "the Loess Plateau", "the Kerem Shalom crossing", and a reading at discovery hid them.)
    mutating func s39PhrasesNoPerson() {
        var drop: [Int] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionEvidence(i) == .guess
            && (mentionType(i) == .person || mentionType(i) == .place) && mentionWordCount(i) >= 2 {
            guard let (a, z) = seedSpan(i), tokens[a].script == .latin else { continue }
            var words: [Int] = []
            for k in a...z where tokens[k].kind == .word { words.append(k) }
            guard words.count >= 2, let reading = s39PhraseNoPerson(a, z + 1, words) else { continue }
            switch reading {
            case .noEntity:
                drop.append(i)
            case .organization where mentionType(i) == .person:
                mentions[i].type = .organization
                mentions[i].evidence = .cue
            case .place where mentionType(i) == .person:
                mentions[i].type = .place
                mentions[i].evidence = .cue
                mentions[i].placeContext = true
            case .untypedPlace where mentionType(i) == .person:
                mentions[i].type = nil
                mentions[i].placeContext = true
            default:
                break
            }
        }
        for i in drop.reversed() { mentions.remove(at: i) }
    }

    mutating func refineS39() {
        guard tokens.count > 2 else { return }
        switch language {
        case "ru", "uk", "be", "bg":
            s39CyrillicBodyBeforePerson()
            s39HyphenatedPlaces()
        case "zh":
            if hasHan { s39HanInternationalAfterCompany() }
        case "en", "fr", "es", "de", "it":
            s39PhrasesNoPerson()
            s39PerformerNames()
            s39HyphenatedPlaces()
        default:
            break
        }
    }

    /// "Глава Минвостокразвития Алексей Чекунов отметил": a capitalized run read as one name that holds a given name and a
    /// surname after other capitalized words is a body (or a place) and then a person: the name stops before the given name.
    mutating func s39CyrillicBodyBeforePerson() {
        var todo: [(Int, Int, Int, EntityType?)] = []
        for i in mentions.indices where mentionKnown(i) == nil && (mentionType(i) == .person || mentionType(i) == .organization || mentionType(i) == nil)
            && mentionWordCount(i) >= 3 {
            guard let (a, z) = seedSpan(i), z > a, tokens[a].script == .cyrillic else { continue }
            // The person: a given name and one or two capitalized words to the end of the run.
            var j = a + 1
            var found = -1
            while j < z {
                if tokens[j].kind == .word, tokens[j].script == .cyrillic, isCap(j), tokens[j].spaceBefore, cyrillicGivenName(tokens[j].key),
                   z - j >= 1, z - j <= 2, (j + 1...z).allSatisfy({ tokens[$0].kind == .word && isCap($0) && tokens[$0].spaceBefore }) {
                    found = j
                    break
                }
                j += 1
            }
            guard found > a else { continue }
            // Every word before it capitalized ("университет имени Юрия Гагарина" is one body's name).
            if (a..<found).contains(where: { tokens[$0].kind == .word && !isCap($0) }) { continue }
            // A person's reading splits only at a body's word ("Жоао Виктор Пессоа" is one person).
            if mentionType(i) != .organization,
               !(a..<found).contains(where: { orgKeyword(at: $0) != nil || tokens[$0].allCaps || tokens[$0].key.hasPrefix("мин") }) { continue }
            // The words before it are no given name (two people listed without a comma are left alone).
            // ("Петров Иван Сергеевич": a surname before the given name, as lists and documents write them, is that person's.)
            if (a..<found).contains(where: { tokens[$0].kind == .word && (cyrillicGivenName(tokens[$0].key) || lex.surnameEndings(tokens[$0].key)) }) { continue }
            todo.append((a, found, z + 1, mentionType(i) == .organization ? .organization : nil))
        }
        for (a, p, e, bodyType) in todo {
            var body = mention(a, p, type: bodyType, evidence: .guess)
            body.type = .organization
            h27Replace(a, e, with: body)
            mentions.append(mention(p, e, type: .person, evidence: .cue))
        }
    }

    /// Lowercase middle words of hyphenated town names: "Комсомольск-на-Амуре", "Ростов-на-Дону", "Frankfurt-am-Main",
    /// "Stoke-on-Trent", "Boulogne-sur-Mer", "Aix-en-Provence".
    static let s39TownInfixes = h18Keys(["на", "над", "под", "am", "an", "upon", "on", "sur", "sous", "en"])

    /// A one-piece hyphenated name "X-на-Y" (a lowercase preposition between capitalized parts), in any case, read as a
    /// person or a body, is a town.
    mutating func s39HyphenatedPlaces() {
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .place && mentionType(i) != .country {
            // (A hyphen in the surface, asked of its bytes, before the mention's tokens are looked up.)
            guard NameFinder.utf8Contains(mentionSurface(i), 0x2D), let (a, z) = seedSpan(i), z - a >= 4, isCap(a) else { continue }
            var ok = true, infix = false
            for k in a...z {
                let r = (k - a) % 2
                if r == 1 {
                    if !tokens[k].keyEquals("-") || tokens[k].spaceBefore { ok = false; break }
                } else {
                    if tokens[k].kind != .word || (k > a && tokens[k].spaceBefore) { ok = false; break }
                    if k > a, k < z, !tokens[k].capitalized, h23Key(k, Self.s39TownInfixes) { infix = true }
                    else if !isCap(k) { ok = false; break }
                }
            }
            guard ok, infix, (z - a) % 2 == 0 else { continue }
            mentions[i].type = .place
            mentions[i].evidence = .cue
            mentions[i].placeContext = true
        }
    }

    static let s39HanAnd = NameFinder.HanCharSet("与和、")
    static let s39HanInternational = hanCodes("国际")
    /// What may follow a company's short name ending in 国际: a particle, punctuation, a coordinator or an adverb.
    static let s39HanAfterName = NameFinder.HanCharSet("的、，。和与在将也等均则")

    /// "华为与中芯国际的合作": a short name of two to four characters and 国际 ("X International"), coordinated with an
    /// organization of the article and closed by a particle or punctuation, is a company (not "国际组织", "国际社会": the
    /// word after 国际 must close it; not "各国际": one character is no name).
    mutating func s39HanInternationalAfterCompany() {
        var found: [Mention] = []
        for i in mentions.indices where mentionType(i) == .organization {
            let (ms, me) = (mentionStart(i), mentionEnd(i))
            guard let ti = tokenIndex(containing: ms), tokens[ti].script == .han, tokens[ti].end > me else { continue }
            let codes = hanRunCodes(ti)
            let p = me - tokens[ti].start
            guard p >= 0, p + 4 < codes.count, Self.s39HanAnd.contains(codes[p]) else { continue }
            for q in (p + 3)...min(p + 5, codes.count - 2) where Self.hanMatches(codes, Self.s39HanInternational, at: q) {
                guard q + 2 == codes.count || Self.s39HanAfterName.contains(codes[q + 2]) else { break }
                let (a, b) = (tokens[ti].start + p + 1, tokens[ti].start + q + 2)
                if anyMention(where: { $0.start < b && $0.end > a }) { break }
                let name = Self.hanString(hanRunScalars(ti), p + 1, q + 2)
                found.append(Mention(surface: name, start: a, end: b, type: .organization, evidence: .cue, words: [name]))
                break
            }
        }
        for m in found where !mentions.contains(where: { $0.start == m.start && $0.end == m.end }) { mentions.append(m) }
    }

    /// Lowercase nouns of performers and players written before a name: "Lebanese star Elissa", "rapper Wegz".
    static let s39PerformerNouns = h18Keys(["singer", "rapper", "star", "actor", "actress", "songwriter", "musician", "pianist",
        "violinist", "guitarist", "drummer", "comedian", "novelist", "poet", "filmmaker", "striker", "midfielder", "goalkeeper",
        "winger", "defender", "sprinter", "cyclist", "boxer", "chanteur", "chanteuse", "rappeur", "rappeuse", "acteur", "actrice",
        "cantante", "rapero", "rapera", "actriz", "sanger", "sangerin", "schauspieler", "schauspielerin", "cantautore", "attore", "attrice"])

    /// One to three capitalized words that no cue typed (or typed an organization by default) right after a lowercase
    /// performer's noun are a person: a singer known by one name is no organization.
    mutating func s39PerformerNames() {
        guard articleHas(Self.s39PerformerNouns) else { return }
        for i in mentions.indices where mentionKnown(i) == nil && (mentionType(i) == nil || mentionType(i) == .organization && mentionEvidence(i) == .guess) {
            guard mentionWordCount(i) <= 3, let (a, _) = seedSpan(i), a >= 1, tokens[a].script == .latin, !tokens[a].allCaps,
                  tokens[a - 1].kind == .word, !tokens[a - 1].capitalized, h23Key(a - 1, Self.s39PerformerNouns) else { continue }
            mentions[i].type = .person
            mentions[i].evidence = .cue
            mentions[i].placeContext = false
        }
    }
}
