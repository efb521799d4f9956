import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout16 (ordinary domestic news: sports, courts, a flood,
/// company results, a film festival, research, local elections, an accident, a product launch; scored untouched
/// at 0.690 before any of them). One pass, run after every other. As in NameFinder+Holdout15.swift, each rule
/// waits for a trigger word of `h16Triggers` (one hashed look-up per word behind a 1,024-bit filter) or for a
/// mention of its script or language, so an article without one pays a scan of its words and nothing else.
extension NameFinder {
    static let h16TriggerKeys: [String] = ([
        // English
        "kc", "qc", "obe", "mbe", "cbe", "kbe", "of", "analyst", "analysts", "economist", "strategist", "lab", "labs", "laboratory",
        "series", "co", "commission", "council", "authority", "board", "agency", "committee", "tribunal", "corporation", "foundation",
        "casino", "hotel", "resort", "festival", "films", "distribution", "productions", "pictures", "studios",
        // Spanish, Portuguese
        "racing", "sporting", "deportivo", "atletico", "athletic", "real", "celta", "club", "cd", "cf", "ud", "sd", "division",
        // German
        "analystin", "sprecher", "sprecherin", "experte", "expertin", "okonom", "okonomin", "chefvolkswirt", "chefvolkswirtin",
        "tochter", "tochterfirma", "tochtergesellschaft", "tochterunternehmen", "bei", "aus", "nahe",
        "standort", "standorte", "standorten", "standorts",
        // Vietnamese (folded)
        "san", "quoc", "tinh", "deo", "xa", "phuong", "huyen", "ts", "ths", "pgs", "gs",
        // Russian
        "из", "в", "во", "дворец", "дворца", "дворце", "дворцу", "дворцом",
        "пока", "параллельно", "также", "однако", "когда", "если", "тогда", "сейчас", "теперь", "ранее", "затем", "вскоре", "поэтому", "впрочем",
        "суд", "суда", "суде", "суду", "судом",
        "администрация", "администрации", "администрацию", "администрацией", "прокуратура", "прокуратуры", "прокуратуру", "прокуратурой",
        "прокуратуре", "правительство", "правительства", "правительству", "правительством", "правительстве", "мэрия", "мэрии", "мэрию",
        "микрорайон", "микрорайона", "микрорайоне", "микрорайону", "микрорайоны", "микрорайонов",
        "партия", "партии", "партию", "партией", "кубок", "кубка", "кубке", "кубку", "кубком",
        // Arabic
        "ولاية", "وولاية", "بولاية", "لولاية", "محطة", "ومحطة", "بمحطة", "محافظة", "ومحافظة", "بمحافظة", "لمحافظة", "محافظ", "ومحافظ",
        "بين", "المديرية", "والمديرية", "مديرية", "شرطة", "وشرطة", "وزارة", "ووزارة",
    ] as [String]).map { TextFolding.key($0) }
    static let h16Triggers = KeySet(h16TriggerKeys)
    /// "«", which the pass's scan notes for `h16QuotedWorks` (with `h16Triggers`, its gate).
    static let h16KeyGuillemet = KeySet(["«"])

    static let h16TriggerBloom: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 16)
        for key in h16TriggerKeys {
            let h = Token.hash(key)
            bits[Int(h & 1023) >> 6] |= 1 << (h & 63)
        }
        return bits
    }()

    mutating func refineHoldout16() {
        var trig: [Int] = []
        var quotes: [Int] = []
        let triggers = Self.h16Triggers, bloom = Self.h16TriggerBloom
        let guillemet = Token.hash("«")   // (spd23: a mark's hash compared before its key is read)
        let n = tokens.count
        // (The scan notes only trigger words, "«" and, in German, "-brauerei" words: an article with none of the first two
        // skips it.)
        var k = lang.de || articleHas(triggers) || articleHas(Self.h16KeyGuillemet) ? 0 : n
        while k < n {
            defer { k += 1 }
            switch tokens[k].kind {
            case .word:
                let h = tokens[k].keyHash
                if bloom[Int(h & 1023) >> 6] & (1 << (h & 63)) != 0, triggers.contains(tokens[k].key, hash: h) { trig.append(k) }
                else if lang.de, tokens[k].capitalized, PlainText.hasSuffix(tokens[k].key, "brauerei") { trig.append(k) }
            case .punct:
                if tokens[k].keyHash == guillemet, tokens[k].keyEquals("«") { quotes.append(k) }
            default: break
            }
        }
        var removed = Set<Int>()
        var added: [Mention] = []
        for k in trig {
            switch tokens[k].script {
            case .latin: h16Latin(k, &added, &removed)
            case .cyrillic: h16Cyrillic(k, &added, &removed)
            case .arabic: h16Arabic(k, &added, &removed)
            default: break
            }
        }
        if !quotes.isEmpty { h16QuotedWorks(quotes, &added, &removed) }
        h16DatelineAgency(&added, &removed)
        h16Apply(&added, &removed)
        // The mention rules below see what the word rules found.
        if lang.vi { h16VietnameseClubs(); h16VietnameseInstitutionTails(); h16VietnamesePlacesInsideInstitutions() }
        if lang.ru { h16RussianPlaceBeforePerson(); h16RussianOrganizationBeforeNumeral(); h16RussianOpeningAdjectives() }
        if lang.fr { h16FrenchInstitutionBeforeAcronym() }
        if lang.de { h16GermanAbstractNounsAreNoPlaces() }
        h16GivenNamePlacesArePeople()
        if hasHan { h16HanVerbBeforeOrganization(); h16Han() }
    }

    mutating func h16Apply(_ added: inout [Mention], _ removed: inout Set<Int>) {
        if !removed.isEmpty { replaceMentions(removing: removed) }
        mentions += added
        removed.removeAll()
        added.removeAll()
    }

    /// Adds a mention over `a..<e` of `type`, clearing what it overlaps (known names and countries kept unless `keepKnown` is false).
    mutating func h16Put(_ a: Int, _ e: Int, _ type: EntityType, _ added: inout [Mention], _ removed: inout Set<Int>, keepKnown: Bool = true) {
        h15Clear(a, e, &removed, keepKnown: keepKnown)
        h15ClearAdded(a, e, &added)
        var m = mention(a, e, type: type, evidence: .cue)
        if type == .place { m.placeContext = true }
        added.append(m)
    }

    /// The live mention starting at token `a` when it is known (then a rule leaves it alone).
    func h16KnownAt(_ a: Int, _ removed: Set<Int>) -> Bool {
        guard let n = h15MentionStarting(a, removed) else { return false }
        return mentionKnown(n) != nil
    }

    /// End (exclusive) of the capitalized words before `k` (at most `limit`), or `k` if none.
    func h16CapRunStart(before k: Int, limit: Int) -> Int {
        var a = k
        while a > 0, k - a < limit, isCap(a - 1), !isCountry[a - 1], tokens[a].spaceBefore { a -= 1 }
        return a
    }

    // MARK: - Latin

    static let h16Postnominals = KeySet(["kc", "qc", "obe", "mbe", "cbe", "kbe"])
    static let h16AnalystNouns = KeySet(["analyst", "analysts", "economist", "strategist"])
    static let h16LabNouns = KeySet(["lab", "labs", "laboratory"])
    static let h16InstitutionNouns = KeySet(["commission", "council", "authority", "board", "agency", "committee", "tribunal", "corporation", "foundation"])
    static let h16VenueNouns = KeySet(["casino", "hotel", "resort"])
    static let h16FilmCompanyNouns = KeySet(["films", "distribution", "productions", "pictures", "studios"])
    static let h16ClubHeads = KeySet(["racing", "sporting", "deportivo", "atletico", "athletic", "real", "celta", "club", "cd", "cf", "ud", "sd"])
    static let h16GermanPersonNouns = KeySet(["analyst", "analystin", "sprecher", "sprecherin", "experte", "expertin", "okonom", "okonomin", "chefvolkswirt", "chefvolkswirtin"])
    static let h16GermanDaughterNouns = KeySet(["tochter", "tochterfirma", "tochtergesellschaft", "tochterunternehmen"])
    static let h16GermanStandort = KeySet(["standort", "standorte", "standorten", "standorts"])
    static let h16SpanishOrdinals = KeySet(["primera", "segunda", "tercera"])

    mutating func h16Latin(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        let key = tokens[k].key, h = tokens[k].keyHash
        if tokens[k].allCaps, Self.h16Postnominals.contains(key, hash: h) { h16Postnominal(k, &removed); return }
        if PhraseMatcher.same(key, "of") { h16TownAfterAge(k, &added, &removed); return }
        if lang.vi { h16Vietnamese(k, &added, &removed); return }
        if lang.de {
            if tokens[k].capitalized, Self.h16GermanPersonNouns.contains(key, hash: h) { h16GermanPersonAfterJob(k, &added, &removed); return }
            if Self.h16GermanDaughterNouns.contains(key, hash: h) { h16GermanDaughterCompany(k, &added, &removed); return }
            if Self.h16GermanStandort.contains(key, hash: h) { h16GermanSites(k, &added, &removed); return }
            if PlainText.hasSuffix(key, "brauerei") { h16GermanBrewery(k, &added, &removed); return }
            if !tokens[k].capitalized, PhraseMatcher.same(key, "bei") || PhraseMatcher.same(key, "aus") || PhraseMatcher.same(key, "nahe") { h16GermanTownAfterPreposition(k, &added, &removed); return }
        }
        if Self.h16AnalystNouns.contains(key, hash: h) { h16OrganizationAfterAnalyst(k, &added, &removed); return }
        guard tokens[k].capitalized || tokens[k].allCaps else {
            if Self.h16VenueNouns.contains(key, hash: h) { h16VenueBeforeNoun(k, &added, &removed) }
            return
        }
        if Self.h16LabNouns.contains(key, hash: h) { h16Lab(k, &added, &removed); return }
        if PhraseMatcher.same(key, "series") { h16FundingSeries(k, &removed); return }
        if PhraseMatcher.same(key, "co") { h16CoTitle(k, &removed); return }
        if Self.h16InstitutionNouns.contains(key, hash: h) { h16CoordinatedInstitution(k, &added, &removed) }
        if PhraseMatcher.same(key, "festival") { h16Festival(k, &added, &removed); return }
        if Self.h16FilmCompanyNouns.contains(key, hash: h) { h16FilmCompany(k, &added, &removed); return }
        if PhraseMatcher.same(key, "division") { h16League(k, &removed); return }
        if Self.h16ClubHeads.contains(key, hash: h) { h16Club(k, &added, &removed) }
    }

    /// "Simon Galbraith KC": a postnominal honour after a person is no part of the name.
    mutating func h16Postnominal(_ k: Int, _ removed: inout Set<Int>) {
        let e = tokens[k].end
        guard let p = mentions.indices.first(where: { !removed.contains($0) && mentionEnd($0) == e && mentionType($0) == .person && mentionKnown($0) == nil }),
              let a = seedTokenIndex(start: mentionStart(p)), a < k - 1 else { return }
        seedReplace(p, a, k)
    }

    /// "Darren Kettle, 58, of Ayr, received …": after a name and an age between commas, "of" and capitalized
    /// words closed by a comma or a full stop are the person's town.
    mutating func h16TownAfterAge(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard k >= 4, keyIs(k - 1, ","), tokens[k - 2].kind == .number, keyIs(k - 3, ","), isCap(k - 4), k + 1 < tokens.count, h15CapLatin(k + 1), !isCountry[k + 1] else { return }
        let e = h15CapRunEnd(k + 1, limit: 3)
        guard e < tokens.count, keyIs(e, ",") || keyIs(e, "."), !(k + 1..<e).contains(where: { orgKeyword(at: $0) != nil }) else { return }
        if let n = h15MentionStarting(k + 1, removed), mentionKnown(n) != nil || mentionType(n) == .place { return }
        h16Put(k + 1, e, .place, &added, &removed)
    }

    /// "Marcus Holloway, an analyst at Megabuyte, said": the capitalized name after "analyst at" is the employer.
    mutating func h16OrganizationAfterAnalyst(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard k + 2 < tokens.count, keyIs(k + 1, "at"), h15CapLatin(k + 2), !isCountry[k + 2] else { return }
        let e = h15CapRunEnd(k + 2, limit: 4)
        if let n = h15MentionStarting(k + 2, removed), mentionKnown(n) != nil || mentionType(n) == .organization { return }
        h16Put(k + 2, e, .organization, &added, &removed)
    }

    /// "the Smart Internet Lab": capitalized words before Lab/Laboratory name a laboratory, an organization.
    mutating func h16Lab(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        let a = h16CapRunStart(before: k, limit: 4)
        guard a < k else { return }
        if anyMention(where: { $0.type == .organization && $0.start <= tokens[a].start && $0.end >= tokens[k].end }) { return }
        h16Put(a, k + 1, .organization, &added, &removed)
    }

    /// "a Series B round": a funding round's letter names nothing.
    mutating func h16FundingSeries(_ k: Int, _ removed: inout Set<Int>) {
        guard k + 1 < tokens.count, tokens[k + 1].kind == .word, tokens[k + 1].allCaps || tokens[k + 1].capitalized, PlainText.count(tokens[k + 1].text) == 1 else { return }
        h15Clear(k, k + 2, &removed)
    }

    /// "Co-founder and chief technology officer X": a title spelled with "Co-" is no name.
    mutating func h16CoTitle(_ k: Int, _ removed: inout Set<Int>) {
        guard h15GluedHyphen(k + 1), k + 2 < tokens.count, tokens[k + 2].kind == .word, !tokens[k + 2].capitalized else { return }
        let s = tokens[k].start
        for n in mentions.indices where !removed.contains(n) && mentionStart(n) == s && mentionKnown(n) == nil && mentionType(n) != .country { removed.insert(n) }
    }

    /// "the Crime and Corruption Commission": "the", capitalized words, "and" and the rest of an institution's
    /// name are one organization.
    mutating func h16CoordinatedInstitution(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        var b = k
        while b > 0, k - b < 3, isCap(b - 1), !keyIs(b - 1, "and"), !isCountry[b - 1] { b -= 1 }
        guard b < k || isCap(k), b >= 4, keyIs(b - 1, "and") else { return }
        var a = h16CapRunStart(before: b - 1, limit: 3)
        if a < b - 2, keyIs(a, "the") { a += 1 }
        guard a < b - 1, keyIs(a - 1, "the"), !(a..<k).contains(where: { isCountry[$0] }) else { return }
        if anyMention(where: { $0.type == .organization && $0.start <= tokens[a].start && $0.end >= tokens[k].end }) { return }
        h16Put(a, k + 1, .organization, &added, &removed)
    }

    /// "gambling at The Star Gold Coast casino": capitalized words before a lowercase casino/hotel/resort are the venue,
    /// an organization (unless they are one known place: "a Paris hotel").
    mutating func h16VenueBeforeNoun(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        var a = k
        while a > 0, k - a < 4, isCap(a - 1), tokens[a].spaceBefore { a -= 1 }
        guard a < k - 1 || a == k - 1 && !isCountry[a] else { return }
        if anyMention(where: { ($0.known != nil || $0.type == .country) && $0.start == tokens[a].start && $0.end == tokens[k - 1].end }) { return }
        if anyMention(where: { $0.type == .organization && $0.start == tokens[a].start && $0.end == tokens[k - 1].end }) { return }
        if a == k - 1, let n = h15MentionStarting(a, removed), mentionType(n) == .place { return }
        h16Put(a, k, .organization, &added, &removed)
    }

    /// "Le Festival du film de Sarlat a décerné …", "the Festival of Light": a festival's name runs over connectors
    /// (and a lowercase noun between two of them) to the capitalized words after them.
    mutating func h16Festival(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard k + 2 < tokens.count, isConnector(k + 1) || isStopwordKey(k + 1) || tokens[k + 1].kind == .elision, !tokens[k + 1].capitalized else { return }
        var c = k + 1, lower = 0
        while c < tokens.count, c - k < 8, !isCap(c) {
            if tokens[c].kind == .elision || isConnector(c) || isStopwordKey(c) { c += 1; continue }
            guard tokens[c].kind == .word, lower == 0, c + 1 < tokens.count, isConnector(c + 1) || isStopwordKey(c + 1) || tokens[c + 1].kind == .elision else { return }
            lower += 1
            c += 1
        }
        guard c < tokens.count, h15CapLatin(c), !isCountry[c] else { return }
        let e = h15CapRunEnd(c, limit: 3)
        guard e > c else { return }
        if anyMention(where: { $0.type == .organization && $0.start <= tokens[k].start && $0.end >= tokens[e - 1].end }) { return }
        h16Put(k, e, .organization, &added, &removed)
    }

    /// "Les Films du Périgord", "Pyramide Distribution": a film company's noun opening a name before "du/de" and
    /// capitalized words, or closing capitalized words, makes it an organization.
    mutating func h16FilmCompany(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        var a = k, e = k + 1
        if k + 2 < tokens.count, keyIs(k + 1, "du") || keyIs(k + 1, "de") || keyIs(k + 1, "of") || keyIs(k + 1, "des"), h15CapLatin(k + 2), !isCountry[k + 2] {
            e = h15CapRunEnd(k + 2, limit: 3)
        } else {
            a = h16CapRunStart(before: k, limit: 3)
            if a < k, tokens[a].sentenceStart, a == k - 1, isStopwordKey(a) { return }
        }
        guard a < k || e > k + 1 else { return }
        while a < k, isStopwordKey(a) { a += 1 }   // "Les Films …": the article stays out
        if anyMention(where: { $0.type == .organization && $0.known != nil && $0.start <= tokens[a].start && $0.end >= tokens[e - 1].end }) { return }
        h16Put(a, e, .organization, &added, &removed)
    }

    /// "la Segunda División": a league named by its rank is no organization.
    mutating func h16League(_ k: Int, _ removed: inout Set<Int>) {
        guard k > 0, tokens[k - 1].capitalized, Self.h16SpanishOrdinals.contains(tokens[k - 1]) else { return }
        h15Clear(k - 1, k + 1, &removed)
    }

    /// "el Racing de Santander", "el Deportivo de La Coruña", "la Real Federación Española de Fútbol": a club's or
    /// royal body's head word, capitalized words (a country's adjective among them) and "de" + capitalized words
    /// are one organization.
    mutating func h16Club(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard k + 2 < tokens.count, !h16KnownAt(k, removed) else { return }
        var e = k + 1, parts = 0
        while e < tokens.count, e - k < 10 {
            if isCap(e) && tokens[e].script == .latin { e += 1; parts += 1; continue }
            if keyIs(e, "de") || keyIs(e, "del"), e + 1 < tokens.count, h15CapLatin(e + 1) { e += 1; continue }
            break
        }
        guard parts > 0, (k + 1..<e).contains(where: { keyIs($0, "de") || keyIs($0, "del") }) || parts >= 2 && isCountry[k + 2] else { return }
        // "Comité de Competición de la Real Federación …": a body read on over "de la" into another ends before it.
        if k >= 3, keyIs(k - 1, "la") || keyIs(k - 1, "del"), let o = mentions.indices.first(where: { !removed.contains($0) && mentionType($0) == .organization
            && mentionKnown($0) == nil && mentionStart($0) < tokens[k].start && mentionEnd($0) >= tokens[e - 1].end }), let a = seedTokenIndex(start: mentionStart(o)) {
            let cut = keyIs(k - 1, "la") && keyIs(k - 2, "de") ? k - 2 : k - 1
            if cut > a + 1 {
                seedReplace(o, a, cut)
                added.append(mention(k, e, type: .organization, evidence: .cue))
            }
            return
        }
        if anyMention(where: { $0.type == .organization && $0.start <= tokens[k].start && $0.end >= tokens[e - 1].end }) { return }
        h16Put(k, e, .organization, &added, &removed)
    }

    /// "Analyst Holger Schmitt von der DZ Bank": a German job noun before a given name and a family name.
    mutating func h16GermanPersonAfterJob(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard k + 3 < tokens.count, h15CapLatin(k + 1), h15CapLatin(k + 2), !isCountry[k + 1], !isCountry[k + 2], orgKeyword(at: k + 1) == nil, orgKeyword(at: k + 2) == nil,
              placeKeyword(at: k + 1) == nil, placeKeyword(at: k + 2) == nil,
              isGivenNameKey(k + 1) || keyIs(k + 3, "von") || keyIs(k + 3, "vom") || keyIs(k + 3, ",") || keyIs(k + 3, "sagte") else { return }
        if let n = h15MentionStarting(k + 1, removed), mentionType(n) == .person {
            // "Jörg Kramer von der Nord LB": the employer after "von (der)" is no part of the name (a particle before a
            // family name is: "von der Leyen").
            guard mentionKnown(n) == nil, keyIs(k + 3, "von"), let z = seedTokenIndex(end: mentionEnd(n)), z > k + 3,
                  (k + 4...z).contains(where: { tokens[$0].allCaps || orgKeyword(at: $0) != nil }) else { return }
            seedReplace(n, k + 1, k + 3)
            return
        }
        h16Put(k + 1, k + 3, .person, &added, &removed)
    }

    /// "die italienische Tochter Kosme in Roverbella": the capitalized name after a subsidiary noun is a company.
    mutating func h16GermanDaughterCompany(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard k + 1 < tokens.count, h15CapLatin(k + 1), !isCountry[k + 1], !isGivenNameKey(k + 1), !h16KnownAt(k + 1, removed) else { return }
        let e = h15CapRunEnd(k + 1, limit: 3)
        if let n = h15MentionStarting(k + 1, removed), mentionType(n) == .organization { return }
        h16Put(k + 1, e, .organization, &added, &removed)
    }

    /// "an den Standorten Nittenau und Rosenheim": the names listed after a site noun are towns (the noun is none).
    mutating func h16GermanSites(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        var a = k + 1
        while a < tokens.count, a - k < 8, h15CapLatin(a), !isCountry[a] {
            let e = h15CapRunEnd(a, limit: 2)
            let s = tokens[k].start
            for n in mentions.indices where !removed.contains(n) && mentionStart(n) == s && mentionKnown(n) == nil { removed.insert(n) }
            if !h16KnownAt(a, removed) { h16Put(a, e, .place, &added, &removed) }
            guard e + 1 < tokens.count, keyIs(e, "und") || keyIs(e, ",") else { break }
            a = e + 1
        }
    }

    /// "von der Privatbrauerei Erdinger Weißbräu aus Erding": a brewery noun and the capitalized name after it.
    mutating func h16GermanBrewery(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard k + 1 < tokens.count, h15CapLatin(k + 1), !isCountry[k + 1] else { return }
        let e = h15CapRunEnd(k + 1, limit: 3)
        h16Put(k, e, .organization, &added, &removed)
    }

    static let h16GermanTownEndings = ["burg", "berg", "heim", "hausen", "ingen", "dorf", "stadt", "feld", "furt", "bach", "au", "ing", "ach",
                                       "rode", "hagen", "leben", "born", "brunn", "brucken", "munster", "kirchen", "weiler"]

    /// "in Neutraubling bei Regensburg", "aus Erding": one capitalized word with a town's ending after bei/aus/nahe is
    /// a town (a German noun after them is capitalized too: "aus Überzeugung" keeps no place).
    mutating func h16GermanTownAfterPreposition(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard k + 1 < tokens.count, h15CapLatin(k + 1), !isCountry[k + 1], k + 2 >= tokens.count || !isCap(k + 2) else { return }
        let key = tokens[k + 1].key
        guard PlainText.count(key) >= 5, Self.hasAnySuffix(key, Self.h16GermanTownEndings), !PlainText.hasSuffix(key, "ung") else { return }
        if let n = h15MentionStarting(k + 1, removed), mentionKnown(n) != nil || mentionType(n) == .place { return }
        h16Put(k + 1, k + 2, .place, &added, &removed)
    }

    // MARK: - Vietnamese

    static let h16VietnameseUnitWords = KeySet(["tinh", "thanh", "huyen", "quan", "xa", "phuong", "thi", "thu", "vung", "mien", "khu", "ban", "uy", "so", "bo"])
    static let h16VietnameseSurnames = KeySet(["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "đang", "dang", "bui", "đo", "do",
                                               "ho", "ngo", "duong", "ly"])

    mutating func h16Vietnamese(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        let key = tokens[k].key, text = tokens[k].text
        if Self.isWord(text, "sân") {
            // "trên sân Thiên Trường", "sân vận động Pleiku": a stadium's name is a place.
            var a = k + 1
            if keyIs(a, "van"), keyIs(a + 1, "đong") || keyIs(a + 1, "dong") { a += 2 }
            guard a < tokens.count, h15CapLatin(a), !isCountry[a], !h16KnownAt(a, removed) else { return }
            let e = h15CapRunEnd(a, limit: 3)
            if let n = h15MentionStarting(a, removed), mentionType(n) == .place, mentionEnd(n) == tokens[e - 1].end { return }
            h16Put(a, e, .place, &added, &removed)
        } else if PhraseMatcher.same(key, "quoc") || PhraseMatcher.same(key, "tinh"), tokens[k].capitalized, keyIs(k + 1, "lo") {
            // "Quốc lộ 14B", "Tỉnh lộ 7": a road and its number.
            guard k + 2 < tokens.count, tokens[k + 2].kind == .number, tokens[k + 2].spaceBefore else { return }
            var e = k + 3
            if e < tokens.count, !tokens[e].spaceBefore, tokens[e].kind == .word, tokens[e].allCaps || tokens[e].capitalized, PlainText.count(tokens[e].text) <= 2 { e += 1 }
            h16Put(k, e, .place, &added, &removed)
        } else if Self.isWord(text, "đèo") {
            // "tại đèo Le": a pass's name.
            guard k + 1 < tokens.count, h15CapLatin(k + 1), !isCountry[k + 1], !h16KnownAt(k + 1, removed) else { return }
            let e = h15CapRunEnd(k + 1, limit: 3)
            if let n = h15MentionStarting(k + 1, removed), mentionType(n) == .place { return }
            h16Put(k + 1, e, .place, &added, &removed)
        } else if Self.isWord(text, "xã") || Self.isWord(text, "phường") || Self.isWord(text, "huyện") {
            // "các xã Duy Xuyên, Đại Lộc và …": the names listed after a unit noun are places.
            var a = k + 1
            guard a < tokens.count, h15CapLatin(a) else { return }
            var e = h15CapRunEnd(a, limit: 3)
            while e + 1 < tokens.count, keyIs(e, ",") || keyIs(e, "va") && Self.isWord(tokens[e].text, "và") {
                a = e + 1
                guard h15CapLatin(a), !isCountry[a], !Self.h16VietnameseSurnames.contains(tokens[a]) else { return }
                e = h15CapRunEnd(a, limit: 2)
                guard e - a <= 2, e - a >= 1 else { return }
                if !h16KnownAt(a, removed), h15MentionStarting(a, removed).map({ mentionType($0) != .place }) ?? true {
                    h16Put(a, e, .place, &added, &removed)
                }
            }
        } else if tokens[k].allCaps, PhraseMatcher.same(key, "ts") || PhraseMatcher.same(key, "ths") || PhraseMatcher.same(key, "gs") {
            // "PGS.TS Thạch Thị Sô Phia", "ThS Lê Văn An": a degree's abbreviation before a name is a title.
            guard k + 2 < tokens.count, h15CapLatin(k + 1), tokens[k + 1].spaceBefore else { return }
            let e = h15CapRunEnd(k + 1, limit: 4)
            guard e - (k + 1) >= 2 else { return }
            if let n = h15MentionStarting(k + 1, removed), mentionType(n) == .person, mentionEnd(n) == tokens[e - 1].end { return }
            var a = k
            while a > 0, tokens[a - 1].kind == .punct || tokens[a - 1].allCaps, k - a < 3, !tokens[a].spaceBefore { a -= 1 }
            h15Clear(a, e, &removed)
            h15ClearAdded(k + 1, e, &added)
            added.append(mention(k + 1, e, type: .person, evidence: .cue))
        }
    }

    /// A knowledge-base name of any type starts at token `i` (the linker will name it).
    func h16KnownName(_ i: Int) -> Bool {
        guard let m = lex.names.match(tokens, at: i) else { return false }
        return m.payloads.contains { if case .known = lex.targets[Int($0)] { return true } else { return false } }
    }

    /// End (exclusive) of a knowledge-base place's name starting at token `i`, if one does.
    func h16KnownPlaceEnd(_ i: Int) -> Int? {
        guard let m = lex.names.match(tokens, at: i) else { return nil }
        for p in m.payloads {
            if case .known(let k) = lex.targets[Int(p)], lex.knowledge.entities[k].type == .place { return i + m.length }
        }
        return nil
    }

    /// "Hoàng Anh Gia Lai", "Thép Xanh Nam Định", "Công an Hà Nội": two capitalized syllables (three when the first is
    /// no family name, or "Công an") glued before a known province are a club or body named by it, an organization.
    mutating func h16VietnameseClubs() {
        var adds: [Mention] = []
        var drop = Set<Int>()
        var i = 2
        while i < tokens.count {
            defer { i += 1 }
            guard tokens[i].kind == .word, tokens[i].capitalized, tokens[i].script == .latin, tokens[i].spaceBefore, !isCountry[i],
                  tokens[i - 1].kind == .word, tokens[i - 1].spaceBefore, h15CapLatin(i - 1) || keyIs(i - 1, "an"), let z = h16KnownPlaceEnd(i) else { continue }
            var b = i
            if keyIs(i - 1, "an"), !tokens[i - 1].capitalized, keyIs(i - 2, "cong"), tokens[i - 2].capitalized { b = i - 2 }
            else {
                while b > 0, i - b < 3, h15CapLatin(b - 1), tokens[b].spaceBefore, !isCountry[b - 1] { b -= 1 }
                guard i - b >= 2 else { continue }
                if i - b == 3, Self.h16VietnameseSurnames.contains(tokens[b]) { continue }
                if i - b == 2, b > 0, h15CapLatin(b - 1) { continue }
            }
            if anyMention(where: { $0.type == .organization && $0.start < tokens[b].start && $0.end >= tokens[b].end }) { continue }
            guard titleMatch(at: b) == nil, b == i - 2 && keyIs(b, "cong") || orgKeyword(at: b) == nil,
                  !Self.h16VietnameseUnitWords.contains(tokens[b]), h16KnownPlaceEnd(b) == nil else { continue }
            let (s, e) = (tokens[b].start, tokens[z - 1].end)
            for x in mentions.indices where mentionStart(x) < e && mentionEnd(x) > s && mentionType(x) != .country { drop.insert(x) }
            // A name read on over the club's end ("Sông Lam Nghệ An trên"): the club ends at the province.
            adds.append(mention(b, z, type: .organization, evidence: .cue))
            i = z - 1
        }
        guard !adds.isEmpty else { return }
        replaceMentions(removing: drop, adding: adds)
    }

    static let h16VietnameseStopKeys = KeySet(h16VietnameseStops.map { TextFolding.key($0) })

    /// Words that end a name's lowercase tail, compared with their marks (folded, "khi" would stop "khí tượng").
    static let h16VietnameseStops: Set<String> = ["đã", "sẽ", "đang", "được", "bị", "cho", "của", "tại", "ở", "trên", "trong", "với", "về", "từ", "đến", "là",
                                                  "có", "không", "khi", "theo", "để", "các", "những", "này", "đó", "vừa", "cũng", "sau", "trước", "ông", "bà",
                                                  "và", "dự", "cảnh", "cho", "báo", "thông"]
    static let h16VietnameseStopWords = WordSet(h16VietnameseStops)

    /// "Trung tâm Khí tượng thủy văn quốc gia", "Ban Chỉ huy Phòng thủ dân sự thành phố Đà Nẵng", "Bệnh viện Đa khoa
    /// Trung ương Quảng Nam": an institution cut before its lowercase words goes on to "quốc gia", to "tỉnh/thành phố"
    /// and a capitalized name, or to a known place right after them.
    mutating func h16VietnameseInstitutionTails() {
        var drop = Set<Int>()
        for n in mentions.indices where mentionType(n) == .organization && mentionKnown(n) == nil {
            // (`a + 1 < tokens.count`: a one-word capitalized mention may end the text, and `isCap` reads its token unchecked.)
            guard let (a, z) = seedSpan(n), tokens[a].script == .latin,
                  orgKeyword(at: a) != nil || isCap(a) && a + 1 < tokens.count && isCap(a + 1) else { continue }
            var c = z + 1, lower = 0, end = -1
            while c < tokens.count, c - z < 9, tokens[c].kind == .word, tokens[c].spaceBefore {
                if keyIs(c, "quoc"), keyIs(c + 1, "gia"), !tokens[c].capitalized, lower > 0 { end = c + 2; break }
                if !tokens[c].capitalized, keyIs(c, "tinh") && Self.isWord(tokens[c].text, "tỉnh") || keyIs(c, "thanh") && keyIs(c + 1, "pho") {
                    let p = keyIs(c, "tinh") ? c + 1 : c + 2
                    if p < tokens.count, h15CapLatin(p) { end = h15CapRunEnd(p, limit: 4) }
                    break
                }
                if isCap(c) {
                    if let p = h15MentionStarting(c, drop), mentionType(p) == .place, mentionKnown(p) != nil, let pz = seedTokenIndex(end: mentionEnd(p)) { end = pz + 1 }
                    break
                }
                // Marks compared only for a word whose folded key is a stop's ("khí" folds like "khi"). (String equality and
                // `Set<String>` membership are canonical, so the text is compared as written: `isWord`, and `WordSet`, which
                // looks a plain text up on its bytes, without building its NFC.)
                if Self.h16VietnameseStopKeys.contains(tokens[c]) {
                    let word = tokens[c].text
                    if Self.isWord(word, "và") { lower += 1; c += 1; continue }
                    if Self.h16VietnameseStopWords.contains(textOf: tokens[c]) { break }
                }
                lower += 1
                c += 1
            }
            guard end > z + 1 else { continue }
            let (s, x) = (tokens[z + 1].start, tokens[end - 1].end)
            for p in mentions.indices where p != n && mentionStart(p) < x && mentionEnd(p) > s && mentionType(p) != .country && mentionType(p) != .place { drop.insert(p) }
            seedReplace(n, a, end)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "Trường Đại học Kiên Giang", "Ủy ban nhân dân thành phố Đà Nẵng": a known place read inside an institution's
    /// name, and named nowhere else, is no place of the text.
    mutating func h16VietnamesePlacesInsideInstitutions() {
        var drop = Set<Int>()
        var orgs: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization { orgs.append((mentionStart(i), mentionEnd(i))) }
        guard !orgs.isEmpty else { return }
        for n in mentions.indices where mentionType(n) == .place && mentionKnown(n) != nil {
            let (s, e) = (mentionStart(n), mentionEnd(n))
            guard orgs.contains(where: { $0.0 < s && $0.1 >= e }) else { continue }
            drop.insert(n)
        }
        guard !drop.isEmpty else { return }
        // Kept when the same place is also named on its own.
        let alone = Set(mentions.indices.filter { !drop.contains($0) && mentionType($0) == .place && mentionKnown($0) != nil }.map { mentionKnown($0)! })
        drop = drop.filter { !alone.contains(mentionKnown($0)!) }
        replaceMentions(removing: drop)
    }

    // MARK: - Quoted works

    static let h16WorkNouns = KeySet(["film", "films", "documentaire", "metrage", "roman", "serie", "album", "spectacle", "piece", "role", "chanson", "livre",
                                      "pelicula", "documental", "novela", "movie", "documentary",
                                      "турнир", "турнира", "турнире", "турниру", "фильм", "фильма", "фильме", "спектакль", "спектакля", "фестиваль",
                                      "фестиваля", "конкурс", "конкурса", "книга", "книги", "книгу", "песня", "песни", "выставка", "выставки"].map { TextFolding.key($0) })

    /// "son rôle dans « Marée basse »", "le documentaire « Les Gardiens du causse »", "турнир «Северная звезда»": a title
    /// in guillemets after (or just before) a work's or an event's noun names no organization or place, nor do the
    /// same words quoted elsewhere in the text.
    mutating func h16QuotedWorks(_ opens: [Int], _ added: inout [Mention], _ removed: inout Set<Int>) {
        var spans: [(Int, Int, String, Bool)] = []
        for o in opens {
            var c = o + 1
            while c < tokens.count, c - o < 10, !keyIs(c, "»") { c += 1 }
            guard c < tokens.count, keyIs(c, "»"), c > o + 1 else { continue }
            let inner = (o + 1..<c).map { tokens[$0].key }.joined(separator: " ")
            var work = false
            for x in max(0, o - 3)..<o where tokens[x].kind == .word && Self.h16WorkNouns.contains(tokens[x]) { work = true }
            if c + 1 < tokens.count {
                for x in (c + 1)..<min(tokens.count, c + 5) where tokens[x].kind == .word && Self.h16WorkNouns.contains(tokens[x]) { work = true }
            }
            spans.append((o, c, inner, work))
        }
        let works = Set(spans.filter(\.3).map(\.2))
        guard !works.isEmpty else { return }
        for (o, c, inner, _) in spans where works.contains(inner) {
            let (s, e) = (tokens[o + 1].start, tokens[c - 1].end)
            for n in mentions.indices where !removed.contains(n) && mentionKnown(n) == nil && mentionType(n) != .country
                && mentionStart(n) >= s && mentionEnd(n) <= e { removed.insert(n) }
            // "« Les Gardiens du causse » de Pauline Cassagne": the work's author after "de/by/von".
            let a = c + 2
            guard a + 1 < tokens.count, keyIs(c + 1, "de") || keyIs(c + 1, "by") || keyIs(c + 1, "von") || keyIs(c + 1, "di"), h15CapLatin(a) || isCap(a) else { continue }
            let pe = h15CapRunEnd(a, limit: 3)
            guard pe - a >= 2, pe - a <= 3, !(a..<pe).contains(where: { isCountry[$0] || orgKeyword(at: $0) != nil || placeKeyword(at: $0) != nil }) else { continue }
            if let n = h15MentionStarting(a, removed), mentionKnown(n) != nil || mentionType(n) == .person { continue }
            h16Put(a, pe, .person, &added, &removed)
        }
    }

    // MARK: - Datelines

    /// "6 декабря. /ТАСС/.", "4. Dezember (dpa) –", "في 5 ديسمبر /العمانية/": one or two words between slashes or
    /// parentheses after a dateline's date are the agency.
    mutating func h16DatelineAgency(_ added: inout [Mention], _ removed: inout Set<Int>) {
        guard let a0 = tokens.indices.first(where: { tokens[$0].kind == .word }) else { return }
        var starts = [a0]
        var k = a0 + 1
        while k < tokens.count, k < 80, !tokens[k].newlineBefore { k += 1 }
        if k < tokens.count, k < 80 { starts.append(k) }
        for s in starts {
            var j = s
            while j < min(tokens.count - 2, s + 14) {
                defer { j += 1 }
                guard tokens[j].kind == .punct, keyIs(j, "/") || keyIs(j, "(") else { continue }
                let close = keyIs(j, "/") ? "/" : ")"
                var e = j + 1
                while e < tokens.count, e - j <= 3, tokens[e].kind == .word { e += 1 }
                guard e > j + 1, e < tokens.count, keyIs(e, close) else { continue }
                // A date right before: a month word or a number within four tokens.
                var dated = false
                for x in max(s, j - 4)..<j where tokens[x].kind == .number || isMonth(x) || tokens[x].kind == .word && Self.h15Months.contains(tokens[x]) { dated = true }
                guard dated else { continue }
                // A knowledge-base agency is named by the linker; an agency named in full in the text ("وكالة الأنباء
                // الكويتية" beside "(كونا)") is the same one, left to that name.
                if h16KnownName(j + 1) { break }
                if anyMention(where: { m in m.type == .organization && Self.h16AgencyWords.contains { m.surface.contains($0) } }) { break }
                let (s0, e0) = (tokens[j + 1].start, tokens[e - 1].end)
                if let n = mentions.indices.first(where: { !removed.contains($0) && mentionStart($0) < e0 && mentionEnd($0) > s0 }) {
                    if mentionKnown(n) == nil, mentionType(n) != .organization, mentionType(n) != .country, !h16KnownName(j + 1) { mentions[n].type = .organization }
                    break
                }
                h16Put(j + 1, e, .organization, &added, &removed)
                break
            }
        }
    }

    static let h16AgencyWords = ["وكالة", "Agency", "agency", "Agence", "agence", "Agencia", "agencia", "агентств", "Агентств", "通讯社", "Nachrichtenagentur"]

    // MARK: - Given names

    /// "est revenu à Inès Belkacem", "un pase de Íñigo Oyarbide": a place of two or three capitalized words opening
    /// with a known given name, with no place noun in it, is a person.
    mutating func h16GivenNamePlacesArePeople() {
        for n in mentions.indices where mentionType(n) == .place && mentionKnown(n) == nil && (mentionWordCount(n) == 2 || mentionWordCount(n) == 3) {
            guard let (a, z) = seedSpan(n), tokens[a].script == .latin || tokens[a].script == .cyrillic, isGivenNameKey(a), z == a + mentionWordCount(n) - 1,
                  (a...z).allSatisfy({ isCap($0) && placeKeyword(at: $0) == nil && orgKeyword(at: $0) == nil && !isCountry[$0] }) else { continue }
            if z + 1 < tokens.count, placeKeyword(at: z + 1) != nil { continue }
            mentions[n].type = .person
            mentions[n].placeContext = false
        }
    }

    // MARK: - Cyrillic

    static let h16RussianSentenceAdverbs = KeySet(["пока", "параллельно", "также", "однако", "когда", "если", "тогда", "сейчас", "теперь", "ранее", "затем",
                                                   "вскоре", "поэтому", "впрочем"])
    static let h16RussianCourt = KeySet(["суд", "суда", "суде", "суду", "судом"])
    static let h16RussianPalace = KeySet(["дворец", "дворца", "дворце", "дворцу", "дворцом"])
    static let h16RussianBodies = KeySet(["администрация", "администрации", "администрацию", "администрацией", "прокуратура", "прокуратуры", "прокуратуру",
                                          "прокуратурой", "прокуратуре", "правительство", "правительства", "правительству", "правительством", "правительстве",
                                          "мэрия", "мэрии", "мэрию"])
    static let h16RussianRegionNouns = KeySet(["область", "области", "областью", "район", "района", "районе", "району", "край", "края", "крае", "краю",
                                               "округ", "округа", "округе"])
    static let h16RussianDistricts = KeySet(["микрорайон", "микрорайона", "микрорайоне", "микрорайону", "микрорайоны", "микрорайонов"])
    static let h16RussianParty = KeySet(["партия", "партии", "партию", "партией"])
    static let h16RussianCup = KeySet(["кубок", "кубка", "кубке", "кубку", "кубком"])

    mutating func h16Cyrillic(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        let key = tokens[k].key, h = tokens[k].keyHash
        if PhraseMatcher.same(key, "из") || PhraseMatcher.same(key, "в") || PhraseMatcher.same(key, "во") {
            guard k + 1 < tokens.count, isCap(k + 1), tokens[k + 1].script == .cyrillic, !isCountry[k + 1] else { return }
            if k + 2 < tokens.count, isCap(k + 2) { return }
            let n = h15MentionStarting(k + 1, removed)
            if let n, mentionKnown(n) != nil || mentionType(n) == .place || mentionType(n) == .organization { return }
            if PhraseMatcher.same(key, "из") {
                // "из Ярославля": one word after "из" read as a person is a town.
                guard let n, mentionType(n) == .person, mentionWordCount(n) == 1 else { return }
            } else {
                // "в Советске": a locative in -ске nobody read is a town (-ск).
                guard n == nil || mentionType(n!) == .person, PlainText.hasSuffix(tokens[k + 1].key, "ске"), PlainText.count(tokens[k + 1].key) >= 6 else { return }
            }
            h16Put(k + 1, k + 2, .place, &added, &removed)
        } else if tokens[k].capitalized, Self.h16RussianPalace.contains(key, hash: h) {
            // "во Дворце металлургов", "Дворец спорта": a palace and the lowercase noun after it are a venue, a place.
            guard k + 1 < tokens.count, tokens[k + 1].kind == .word, tokens[k + 1].script == .cyrillic, !tokens[k + 1].capitalized,
                  !isStopwordKey(k + 1), PlainText.count(tokens[k + 1].key) >= 4 else { return }
            h16Put(k, k + 2, .place, &added, &removed)
        } else if tokens[k].capitalized, tokens[k].sentenceStart, Self.h16RussianSentenceAdverbs.contains(key, hash: h) {
            // "Пока мост закрыт", "Параллельно Ленинский районный суд …": a sentence's opening adverb is no part of a name.
            guard let n = h15MentionStarting(k, removed), mentionKnown(n) == nil, let z = seedTokenIndex(end: mentionEnd(n)) else { return }
            if z == k || !(k + 1...z).contains(where: { isCap($0) }) { removed.insert(n) } else { seedReplace(n, k + 1, z + 1) }
        } else if Self.h16RussianCourt.contains(key, hash: h), !tokens[k].capitalized {
            h16RussianCourtName(k, &added, &removed)
        } else if Self.h16RussianBodies.contains(key, hash: h) {
            // "администрации Советского района", "прокуратуры Кировской области", "мэрии города Кирова".
            guard k + 2 < tokens.count, tokens[k + 1].script == .cyrillic else { return }
            var e = -1
            if isCap(k + 1), Self.h16RussianGenitiveAdjective(tokens[k + 1].key), Self.h16RussianRegionNouns.contains(tokens[k + 2]) { e = k + 3 }
            else if keyIs(k + 1, "города"), isCap(k + 2), !isCountry[k + 2] { e = k + 3 }
            guard e > 0 else { return }
            if anyMention(where: { $0.type == .organization && $0.start <= tokens[k].start && $0.end >= tokens[e - 1].end }) { return }
            h16Put(k, e, .organization, &added, &removed, keepKnown: false)
        } else if Self.h16RussianDistricts.contains(key, hash: h) {
            // "в микрорайоне Паново": a district's name.
            guard k + 1 < tokens.count, isCap(k + 1), !isCountry[k + 1], !h16KnownAt(k + 1, removed) else { return }
            let e = h15CapRunEnd(k + 1, limit: 2)
            if let n = h15MentionStarting(k + 1, removed), mentionType(n) == .place { return }
            h16Put(k + 1, e, .place, &added, &removed)
        } else if Self.h16RussianParty.contains(key, hash: h) {
            // "от партии «Новые люди»": the whole quoted name after a party noun, lowercase words included.
            guard k + 2 < tokens.count, keyIs(k + 1, "«"), isCap(k + 2) else { return }
            var c = k + 2
            while c < tokens.count, c - k < 7, tokens[c].kind == .word || h15GluedHyphen(c) { c += 1 }
            guard c < tokens.count, keyIs(c, "»") else { return }
            if anyMention(where: { $0.type == .organization && $0.start <= tokens[k + 2].start && $0.end >= tokens[c - 1].end }) { return }
            h16Put(k + 2, c, .organization, &added, &removed)
        } else if Self.h16RussianCup.contains(key, hash: h) {
            // "Кубка России": a cup, not Cuba, and its one word no name either (a cup is an event:
            // "Кубка", guessed a name for its capital, would end up an organization).
            let s = tokens[k].start, e = tokens[k].end
            for n in mentions.indices where !removed.contains(n) && mentionStart(n) == s {
                if mentionType(n) == .country || (mentionType(n) == nil || mentionType(n) == .organization) && mentionKnown(n) == nil && mentionEnd(n) == e { removed.insert(n) }
            }
            isCountry[k] = false
        }
    }

    static func h16RussianGenitiveAdjective(_ key: String) -> Bool {
        PlainText.hasSuffix(key, "ской") || PlainText.hasSuffix(key, "цкой") || PlainText.hasSuffix(key, "ского") || PlainText.hasSuffix(key, "цкого") || PlainText.hasSuffix(key, "ного") || PlainText.hasSuffix(key, "ной")
            || PlainText.hasSuffix(key, "ского") || PlainText.hasSuffix(key, "ская") || PlainText.hasSuffix(key, "ский") || PlainText.hasSuffix(key, "скую") || PlainText.hasSuffix(key, "ском") || PlainText.hasSuffix(key, "ским")
    }

    static func h16RussianAdjective(_ key: String) -> Bool {
        for s in ["ый", "ий", "ой", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ая", "яя", "ую"] where key.hasSuffix(s) { return true }
        return false
    }

    /// "Ленинский районный суд Кирова", "в Свердловском районном суде Костромы": adjectives (one capitalized) before
    /// "суд" and a capitalized genitive after it are the court.
    mutating func h16RussianCourtName(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        var b = k
        while b > 0, k - b < 4, tokens[b - 1].kind == .word, tokens[b - 1].script == .cyrillic, Self.h16RussianAdjective(tokens[b - 1].key),
              !Self.h16RussianSentenceAdverbs.contains(tokens[b - 1]) { b -= 1 }
        guard b < k, (b..<k).contains(where: { isCap($0) }) else { return }
        var e = k + 1
        if e < tokens.count, isCap(e), tokens[e].script == .cyrillic {
            if Self.h16RussianGenitiveAdjective(tokens[e].key), e + 1 < tokens.count, Self.h16RussianRegionNouns.contains(tokens[e + 1]) { e += 2 }
            else if !Self.h16RussianAdjective(tokens[e].key) { e += 1 }
        }
        // A proper name somewhere: a capitalized adjective not opening the sentence, or the genitive after.
        guard e > k + 1 || (b..<k).contains(where: { isCap($0) && !tokens[$0].sentenceStart }) else { return }
        if anyMention(where: { $0.type == .organization && $0.start <= tokens[b].start && $0.end >= tokens[e - 1].end }) { return }
        h16Put(b, e, .organization, &added, &removed, keepKnown: false)
    }

    /// "из Вологды Артём Лыков": a place read on over a given name and a family name ends before them; they are the person.
    mutating func h16RussianPlaceBeforePerson() {
        var adds: [Mention] = []
        for n in mentions.indices where mentionType(n) == .place && mentionKnown(n) == nil && mentionWordCount(n) >= 3 {
            guard let (a, z) = seedSpan(n), tokens[a].script == .cyrillic else { continue }
            guard let g = (a + 1..<z).first(where: { isGivenNameKey($0) && isCap($0) }), isCap(g + 1) else { continue }
            let pe = min(z + 1, g + 3)
            adds.append(mention(g, pe, type: .person, evidence: .cue))
            seedReplace(n, a, g)
        }
        mentions += adds
    }

    /// "Новые депутаты приступят …", "Призовой фонд составил …": an adjective opening a sentence (alone, or with a
    /// lowercase noun and a verb after it) names nothing.
    mutating func h16RussianOpeningAdjectives() {
        var drop = Set<Int>()
        for n in mentions.indices {
            let m = mentions[n]
            guard m.known == nil, m.type != .country, m.type != nil, m.words.count <= 2, let a = seedTokenIndex(start: m.start), tokens[a].sentenceStart,
                  tokens[a].script == .cyrillic, !tokens[a].allCaps, !isCountry[a],
                  Self.h16RussianAdjective(tokens[a].key) || PlainText.hasSuffix(tokens[a].key, "ые") || PlainText.hasSuffix(tokens[a].key, "ие") else { continue }
            let z = a + m.words.count - 1
            guard z + 1 < tokens.count, tokens[z + 1].kind == .word, !tokens[z + 1].capitalized else { continue }
            if m.words.count == 2 {
                let v = tokens[z + 1].key
                guard !tokens[z].capitalized, PlainText.hasSuffix(v, "л") || PlainText.hasSuffix(v, "ла") || PlainText.hasSuffix(v, "ло") || PlainText.hasSuffix(v, "ли") else { continue }
            }
            drop.insert(n)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let h16RussianNumerals = KeySet(["одному", "двум", "трем", "трём", "четырем", "четырём", "пяти", "шести", "семи", "восьми", "девяти", "десяти",
                                            "одномандатным", "многомандатным"].map { TextFolding.key($0) })

    /// "Думы города Костромы по трём одномандатным округам": "по" and a numeral end an organization's name.
    mutating func h16RussianOrganizationBeforeNumeral() {
        for n in mentions.indices where mentionType(n) == .organization && mentionKnown(n) == nil && mentionWordCount(n) >= 4 {
            guard let (a, z) = seedSpan(n), tokens[a].script == .cyrillic,
                  let p = (a + 1..<z).first(where: { keyIs($0, "по") && ($0 + 1 <= z) && (tokens[$0 + 1].kind == .number || Self.h16RussianNumerals.contains(tokens[$0 + 1])) }) else { continue }
            seedReplace(n, a, p)
        }
    }

    // MARK: - French

    /// "le Centre national du cinéma et de l'image animée (CNC)": an institution cut before "et de" goes on over
    /// lowercase words to the acronym in parentheses after them.
    mutating func h16FrenchInstitutionBeforeAcronym() {
        for n in mentions.indices where mentionType(n) == .organization && mentionKnown(n) == nil {
            guard let (a, z) = seedSpan(n), keyIs(z + 1, "et"), tokens[a].script == .latin else { continue }
            var c = z + 2
            while c < tokens.count, c - z < 9, tokens[c].kind == .elision || tokens[c].kind == .word && !tokens[c].capitalized && !tokens[c].allCaps { c += 1 }
            guard c + 2 < tokens.count, c > z + 3, keyIs(c, "("), tokens[c + 1].allCaps, keyIs(c + 2, ")") else { continue }
            seedReplace(n, a, c)
        }
    }

    // MARK: - German

    /// "über den Erwartungen": a lone noun in -ung/-heit/-keit/-schaft names no place.
    mutating func h16GermanAbstractNounsAreNoPlaces() {
        mentions.removeAll { m in
            guard m.type == .place, m.known == nil, m.words.count == 1, let w = m.words.first else { return false }
            return PlainText.hasSuffix(w, "ungen") || PlainText.hasSuffix(w, "ung") || PlainText.hasSuffix(w, "heit") || PlainText.hasSuffix(w, "keit") || PlainText.hasSuffix(w, "heiten") || PlainText.hasSuffix(w, "keiten")
                || PlainText.hasSuffix(w, "schaft") || PlainText.hasSuffix(w, "schaften")
        }
    }

    // MARK: - Arabic

    static let h16ArabicUnitHeads = KeySet(["ولاية", "وولاية", "بولاية", "لولاية", "محطة", "ومحطة", "بمحطة"].map { TextFolding.key($0) })
    static let h16ArabicGovernorate = KeySet(["محافظة", "ومحافظة", "بمحافظة", "لمحافظة", "محافظ", "ومحافظ"].map { TextFolding.key($0) })
    static let h16ArabicCompass = KeySet(["شمال", "جنوب", "شرق", "غرب", "وسط"].map { TextFolding.key($0) })
    static let h16ArabicCommonAfterUnit = KeySet(["الكهرباء", "القطار", "القطارات", "الوقود", "الحافلات", "المترو", "الطاقة", "المياه", "الضخ", "التحلية", "الرصد",
                                                  "الأرصاد", "توليد", "تحلية", "معالجة", "ضخ", "الفضاء", "الإذاعة", "التلفزيون", "الرئيس", "ثانية", "جديدة", "الحكومة",
                                                  "المجلس", "أولى", "ثالثة", "رئاسية", "الرئاسية", "وقود", "كهرباء", "قطار", "الأولى", "الثانية"].map { TextFolding.key($0) })
    static let h16ArabicStationVerbs = KeySet(["سجلت", "سجل", "بلغت", "تلتها", "تليها", "سجلتها", "رصدت"].map { TextFolding.key($0) })
    static let h16ArabicDirectorate = KeySet(["المديرية", "والمديرية", "مديرية"].map { TextFolding.key($0) })
    static let h16ArabicPolice = KeySet(["شرطة", "وشرطة"].map { TextFolding.key($0) })
    static let h16ArabicMinistry = KeySet(["وزارة", "ووزارة"].map { TextFolding.key($0) })

    @inline(__always) func h16Definite(_ k: Int) -> Bool { seedArabicWord(k) && PlainText.hasPrefix(tokens[k].key, "ال") && PlainText.count(tokens[k].key) >= 4 }

    /// The key of "بين", folded once (it was folded at every trigger word that reached its test). (spd32)
    static let h16ArabicBetweenKey = TextFolding.key("بين")

    mutating func h16Arabic(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        let key = tokens[k].key, h = tokens[k].keyHash
        if Self.h16ArabicUnitHeads.contains(key, hash: h) {
            // "ولاية لوى", "محطة صحم": a wilaya's or a station's name is a place (not a common noun: "محطة الكهرباء").
            let a = k + 1
            let station = tokens[k].key.hasSuffix(TextFolding.key("محطة"))
            if station {
                // A station's name is followed by a verb of recording, a number or the text's punctuation, not by a noun
                // ("محطة محولات كهرباء", "محطة لتحلية المياه").
                guard seedArabicWord(a), !PlainText.hasPrefix(tokens[a].key, "ل"), !seedArabicWord(a + 1) || Self.h16ArabicStationVerbs.contains(tokens[a + 1])
                        || PlainText.count(tokens[a + 1].key) <= 2 && PlainText.hasPrefix(tokens[a + 1].key, "ب") else { return }
            }
            guard seedArabicWord(a), tokens[a].spaceBefore, !isCountry[a], PlainText.count(tokens[a].key) >= 3,
                  !Self.h16ArabicCommonAfterUnit.contains(tokens[a]), !arabicFlags(a).contains(.stop),
                  !h16Definite(a + 1) || !PlainText.hasPrefix(tokens[a].key, "ال") else { return }
            if anyMention(where: { $0.type == .place && $0.start <= tokens[a].start && $0.end >= tokens[a].end }) { return }
            if h16KnownAt(a, removed) { return }
            h16Put(a, a + 1, .place, &added, &removed)
        } else if Self.h16ArabicGovernorate.contains(key, hash: h) {
            // "محافظة شمال الباطنة", "محافظ شمال الباطنة": a compass word and a word with the article are the governorate.
            let a = k + 1
            guard seedArabicWord(a), Self.h16ArabicCompass.contains(tokens[a]), h16Definite(a + 1) else { return }
            if anyMention(where: { $0.type == .place && $0.start == tokens[a].start && $0.end == tokens[a + 1].end }) { return }
            h16Put(a, a + 2, .place, &added, &removed)
        } else if PhraseMatcher.same(key, Self.h16ArabicBetweenKey) {
            // "بين لوى والبريمي": the word joined by و to a place after بين is a place too.
            let z = k + 1
            guard seedArabicWord(z), seedArabicWord(z + 1), PlainText.hasPrefix(tokens[z + 1].key, "و"), PlainText.count(tokens[z + 1].key) >= 4 else { return }
            let w = tokens[z].key, s1 = tokens[z].start
            let isPlace = mentions.indices.contains(where: { !removed.contains($0) && mentionType($0) == .place && (mentionStart($0) == s1 || mentionWords($0) == [w]) })
                || added.contains(where: { $0.type == .place && ($0.start == s1 || $0.words == [w]) })
            guard isPlace else { return }
            if anyMention(where: { $0.start < tokens[z + 1].end && $0.end > tokens[z + 1].start && ($0.type == .place || $0.known != nil) }) { return }
            h15Clear(z + 1, z + 2, &removed)
            added.append(h16WithoutWaw(mention(z + 1, z + 2, type: .place, evidence: .cue)))
        } else if Self.h16ArabicDirectorate.contains(key, hash: h) || Self.h16ArabicPolice.contains(key, hash: h) {
            // "المديرية العامة للأرصاد الجوية", "شرطة عمان السلطانية": the head, a country or words with the article, one
            // لل- word and the adjectives after it.
            var e = k + 1, lam = false
            while seedArabicWord(e), e - k < 6, tokens[e].spaceBefore {
                // Adjectives agree in the feminine or are nisbas ("العامة", "السلطانية", "الجوية"); a noun ("الطريق") ends the name.
                if h16Definite(e) && (PlainText.hasSuffix(tokens[e].key, "ه") || PlainText.hasSuffix(tokens[e].key, "ي")) || isCountry[e] && e == k + 1 { e += 1; continue }
                if !lam, PlainText.hasPrefix(tokens[e].key, "لل"), PlainText.count(tokens[e].key) >= 5 { lam = true; e += 1; continue }
                break
            }
            guard e - k >= 2, lam || isCountry[k + 1] || e - k >= 3 else { return }
            if let o = mentions.indices.first(where: { !removed.contains($0) && mentionType($0) == .organization && mentionStart($0) <= tokens[k].start + 1 && mentionEnd($0) >= tokens[e - 1].end }) {
                // "شرطة عمان السلطانية الطريق الرابط": a name read on past its adjectives ends with them.
                guard mentionKnown(o) == nil, mentionEnd(o) > tokens[e - 1].end, let a = seedTokenIndex(start: mentionStart(o)) ?? Optional(k) else { return }
                h15Rebuild(o, a, e)
                return
            }
            h15Clear(k, e, &removed)
            h15ClearAdded(k, e, &added)
            added.append(seedWithoutHeadClitic(mention(k, e, type: .organization, evidence: .cue), head: k))
        } else if Self.h16ArabicMinistry.contains(key, hash: h) {
            // "وزارة التربية والتعليم الدراسة": a pair joined by و closes a ministry's name.
            guard h16Definite(k + 1), seedArabicWord(k + 2), PlainText.hasPrefix(tokens[k + 2].key, "وال"), let n = h15MentionStarting(k, removed) ?? mentions.indices.first(where: {
                !removed.contains($0) && $0 < mentions.count && mentionStart($0) < tokens[k].end && mentionEnd($0) > tokens[k].start && mentionType($0) == .organization }),
                  mentionKnown(n) == nil, mentionEnd(n) > tokens[k + 2].end else { return }
            // A nisba after the pair still describes the ministry ("وزارة الاستثمار والتجارة الخارجية").
            if seedArabicWord(k + 3), PlainText.hasSuffix(tokens[k + 3].key, "يه") || PlainText.hasSuffix(tokens[k + 3].key, "ي") { return }
            let a = seedTokenIndex(start: mentionStart(n)) ?? k
            h15Rebuild(n, a, k + 3)
        }
    }

    /// The mention without a leading و (the conjunction glued to a name: "والبريمي").
    func h16WithoutWaw(_ m: Mention) -> Mention {
        guard m.surface.hasPrefix("و"), m.surface.count >= 4 else { return m }
        var out = m
        out.surface = String(m.surface.dropFirst())
        out.start += 1
        out.words = [TextFolding.key(out.surface)]
        return out
    }

    // MARK: - Han

    static let h16HanVerbs = ["送往", "隶属", "前往", "来自", "位于", "运往", "转往", "赶赴", "抵达"]
    static let h16HanTitles: [[Unicode.Scalar]] = ["副厅长", "厅长", "分析师", "副局长", "局长", "处长", "主任", "市长", "县长", "院长", "总经理"].map { Array($0.unicodeScalars) }
    static let h16HanFoundVerbs: [[Unicode.Scalar]] = ["设立", "建设", "建立", "投资", "开设", "举行", "召开"].map { Array($0.unicodeScalars) }
    /// First characters of every pattern of `h16Han`: a character outside them opens none.
    static let h16HanFirsts = HanCharSet("由方高证位在副厅分局处主市县院总")
    static let h16HanSpeechOrLeadSet = HanCharSet("率认说表示指出称介绍透露强调")
    static let h16HanBoundSet = HanCharSet("在经沿从、和与的及")

    /// The verbs as pairs of code points, looked for among an organization's first characters.
    static let h16HanVerbPairs: [(UInt32, UInt32)] = h16HanVerbs.map { v in let u = Array(v.unicodeScalars); return (u[0].value, u[1].value) }

    /// "送往隆回县人民医院", "客车隶属台州某客运有限公司": a verb of movement or belonging read into an
    /// organization's start is no part of it (and what comes before the verb neither).
    mutating func h16HanVerbBeforeOrganization() {
        let pairs = Self.h16HanVerbPairs
        for n in mentions.indices where mentionType(n) == .organization && mentionKnown(n) == nil {
            var prev: UInt32 = 0, i = 0, cut = -1, total = 0
            for u in mentionSurface(n).unicodeScalars {
                let v = u.value
                if i == 0, v < 0x3400 || !TextFolding.isHan(u) { break }
                if cut < 0, i <= 5, pairs.contains(where: { $0.0 == prev && $0.1 == v }) { cut = i + 1 }
                prev = v
                i += 1
                total += 1
                if cut < 0 && i > 5 { break }
            }
            guard cut > 0 else { continue }
            // The rest must be a name of four characters or more.
            let scalars = Array(mentionSurface(n).unicodeScalars)
            guard scalars.count - cut >= 4 else { continue }
            var rest = String.UnicodeScalarView()
            rest.append(contentsOf: scalars[cut...])
            var head = String.UnicodeScalarView()
            head.append(contentsOf: scalars[..<cut])
            mentions[n].start += String(head).utf16.count
            mentions[n].surface = String(rest)
            mentions[n].words = [mentionSurface(n)]
            _ = total
        }
    }

    /// Han runs: "由台州开往铜仁的" (both towns), "邵阳至怀化方向" (the second), "沪昆高速公路" (a road named by two
    /// towns' abbreviations), "中信证券" (a securities firm), "位于宿迁的", "在高明区的" (places), "在印度尼西亚井里汶设立"
    /// (a town after a country before a verb of founding), "副厅长谭建国率" (a person after a title), and
    /// "国务院" + "安全生产委员会" + "办公室" (one body).
    mutating func h16Han() {
        var adds: [Mention] = []
        var drop = Set<Int>()
        var countryStarts = Set<Int>()
        for i in mentions.indices where mentionType(i) == .country { countryStarts.insert(mentionStart(i)) }
        let firsts = Self.h16HanFirsts
        for ti in tokens.indices where tokens[ti].script == .han && tokens[ti].end - tokens[ti].start >= 3 {
            let t = token(ti)
            // Runs holding no pattern's first character (most) are passed over (their scalars decoded once per article,
            // `hanRunScalars`, and the set read from a local, not through the global's initialization check).
            let sc = hanRunScalars(ti)
            var any = false
            for u in sc where firsts.contains(u.value) || u.value == 0x56FD { any = true; break }
            guard any else { continue }
            guard sc.allSatisfy({ $0.value <= 0xFFFF }) else { continue }
            // "G320国道": a national road's letter and number glued before 国道.
            if PlainText.hasPrefix(t.text, "国道"), ti >= 1, !t.spaceBefore {
                var b = ti - 1
                if tokens[b].kind == .number, b >= 1, !tokens[b].spaceBefore, tokens[b - 1].kind == .word, PlainText.count(tokens[b - 1].text) == 1, tokens[b - 1].capitalized || tokens[b - 1].allCaps { b -= 1 }
                if b < ti - 1 || tokens[b].kind == .word && (tokens[b].allCaps || tokens[b].capitalized) && tokens[b].text.contains(where: \.isNumber) {
                    let name = (b..<ti).map { tokens[$0].text }.joined() + "国道"
                    let (a, e) = (tokens[b].start, t.start + 2)
                    if !anyMention(where: { $0.start < e && $0.end > a && $0.known != nil }) {
                        for x in mentions.indices where mentionStart(x) < e && mentionEnd(x) > a && mentionType(x) != .country { drop.insert(x) }
                        var m = Mention(surface: name, start: a, end: e, type: .place, evidence: .cue, words: [name])
                        m.placeContext = true
                        adds.append(m)
                    }
                }
            }
            let n = sc.count
            func at(_ p: Int, _ w: String) -> Bool {
                var q = p
                for u in w.unicodeScalars { guard q >= 0, q < n, sc[q] == u else { return false }; q += 1 }
                return true
            }
            func atScalars(_ p: Int, _ w: [Unicode.Scalar]) -> Bool {
                guard p >= 0, p + w.count <= n else { return false }
                for k in w.indices where sc[p + k] != w[k] { return false }
                return true
            }
            func put(_ off: Int, _ len: Int, _ type: EntityType) {
                guard off >= 0, len >= 2, off + len <= n else { return }
                let (a, e) = hanSpan(t, sc, off, len)
                if mentions.indices.contains(where: { !drop.contains($0) && mentionStart($0) < e && mentionEnd($0) > a && (mentionKnown($0) != nil || mentionType($0) == type || mentionType($0) == .country) }) { return }
                if adds.contains(where: { $0.start < e && $0.end > a }) { return }
                for x in mentions.indices where mentionStart(x) < e && mentionEnd(x) > a && mentionKnown(x) == nil && mentionType(x) != .country { drop.insert(x) }
                let name = Self.hanString(sc, off, off + len)
                var m = Mention(surface: name, start: a, end: e, type: type, evidence: .cue, words: [name])
                if type == .place { m.placeContext = true }
                adds.append(m)
            }
            var p = 0
            while p < n {
                defer { p += 1 }
                guard firsts.contains(sc[p].value) else { continue }   // (the local: no `swift_once` per character)
                let c0 = sc[p], c1: Unicode.Scalar = p + 1 < n ? sc[p + 1] : " "
                if c0 == "由" {
                    for q in (p + 3)...(p + 5) where at(q, "开往") {
                        put(p + 1, q - p - 1, .place)
                        for r in (q + 4)...(q + 6) where at(r, "的") { put(q + 2, r - q - 2, .place); break }
                        break
                    }
                } else if c0 == "方", c1 == "向", p >= 3 {
                    for y in [2, 3] where at(p - y - 1, "至") { put(p - y, y, .place); break }
                } else if c0 == "高", c1 == "速", p >= 2, p == 2 || Self.h16HanBoundSet.contains(sc[p - 3].value) {
                    // The short form only beside the long one somewhere in the text ("经济高速发展" names no road).
                    if at(p + 2, "公路") { put(p - 2, 6, .place) }
                    else {
                        let long = Self.hanString(sc, p - 2, p + 2) + "公路"
                        if tokens.contains(where: { $0.script == .han && $0.text.contains(long) }) { put(p - 2, 4, .place) }
                    }
                } else if c0 == "证", c1 == "券", p >= 2, p == 2 || Self.h16HanBoundSet.contains(sc[p - 3].value),
                          !["交易", "市场", "公司", "监督", "法", "业", "投资", "登记", "时报", "日报", "报"].contains(where: { at(p + 2, $0) }) {
                    put(p - 2, 4, .organization)
                } else if c0 == "位", c1 == "于" {
                    for r in (p + 4)...(p + 6) where at(r, "的") { put(p + 2, r - p - 2, .place); break }
                } else if c0 == "在" {
                    var done = false
                    for r in (p + 3)...(p + 5) where r + 1 < n && (sc[r] == "区" || sc[r] == "县") && sc[r + 1] == "的" { put(p + 1, r - p, .place); done = true; break }
                    if !done, countryStarts.contains(t.start + p + 1), let c = firstMention(where: { $0.type == .country && $0.start == t.start + p + 1 }) {
                        let ce = c.end - t.start
                        for v in (ce + 2)...(ce + 4) where Self.h16HanFoundVerbs.contains(where: { atScalars(v, $0) }) { put(ce, v - ce, .place); break }
                    }
                } else if let title = Self.h16HanTitles.first(where: { atScalars(p, $0) }) {
                    let q = p + title.count
                    guard q + 2 < n, Self.hanSurnameSet.contains(Self.hanCode(sc[q])) else { continue }
                    if q + 3 < n, Self.h16HanSpeechOrLeadSet.contains(sc[q + 3].value) { put(q, 3, .person) }
                    else if Self.h16HanSpeechOrLeadSet.contains(sc[q + 2].value) { put(q, 2, .person) }
                }
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        // "沪昆高速" beside "沪昆高速公路": the short form is the same road.
        for x in adds.indices where adds[x].type == .place && adds[x].surface.hasSuffix("高速") {
            let long = adds[x].surface + "公路"
            if adds.contains(where: { $0.surface == long }) { adds[x].surface = long; adds[x].words = [long] }
        }
        mentions += adds
        // "国务院" + "安全生产委员会" + "办公室": the State Council's bodies and their offices are one name.
        guard anyMention(where: { PlainText.equal($0.surface, "国务院") }) else { return }
        var gone = Set<Int>()
        for n in mentions.indices where mentionType(n) == .organization && mentionKnown(n) == nil {
            var changed = false
            if let g = mentions.indices.first(where: { $0 != n && !gone.contains($0) && mentionEnd($0) == mentionStart(n) && mentionType($0) == .organization && PlainText.equal(mentionSurface($0), "国务院") }) {
                mentions[n].start = mentionStart(g)
                mentions[n].surface = "国务院" + mentionSurface(n)
                gone.insert(g)
                changed = true
            }
            let e = mentionEnd(n)
            guard let ti = tokens.firstIndex(where: { $0.script == .han && $0.start < e && $0.end >= e + 3 }) else { continue }
            let rest = String(tokens[ti].text.unicodeScalars.dropFirst(e - tokens[ti].start))
            if PlainText.hasPrefix(rest, "办公室") {
                mentions[n].end = e + 3
                mentions[n].surface += "办公室"
                changed = true
            }
            if changed { mentions[n].words = [mentionSurface(n)] }
        }
        if !gone.isEmpty { replaceMentions(removing: gone) }
    }
}

extension EntityExtractor {
    /// "Hoàng Anh Gia Lai ngược dòng …", "Nhà khoa học Trường Đại học Kiên Giang …": a known place the headline names
    /// only inside a body organization's name that the headline also holds is no place of the article.
    static func h16TitlePlaceInsideOrganization(_ e: ArticleEntity, title: String, _ result: Extraction) -> Bool {
        guard e.type == .place else { return false }
        return result.entities.contains { o in
            // (A venue named after its town, a place since session 42's Han rule, holds it as a body does.)
            (o.type == .organization || o.type == .place && o.name != e.name) && o.aliases.contains { name in
                title.contains(name) && e.aliases.contains { a in a.count >= 2 && name.count > a.count && name.contains(a) }
            }
        } && !result.entities.contains { $0.type == .place && !Set($0.aliases).isDisjoint(with: e.aliases) }
    }
}
