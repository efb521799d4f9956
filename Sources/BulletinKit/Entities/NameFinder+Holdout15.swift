import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout15 (seed-style wire copy weighted toward Arabic, scored
/// untouched at 0.731 before any of them). One pass, run after every other. Each rule waits for a trigger word of
/// `h15Triggers` (one hashed look-up per word, keys precomputed) or for a mention of its script, so an article
/// without one pays a scan of its words and nothing else.
extension NameFinder {
    /// Every word that opens some rule of this pass (folded keys).
    static let h15Triggers = KeySet(h15TriggerKeys)
    static let h15TriggerKeys: [String] = ([
        // Latin
        "port", "actions", "ministre", "ministres", "ocean", "oceano", "ozean", "ile", "iles", "universite", "institut", "academie", "ecole",
        "university", "institute", "academy", "college", "industrial", "st", "minister", "ministers",
        "reederei", "behorde", "firma", "unternehmen", "konzern", "hersteller", "betreiber", "fluggesellschaft", "containerterminal", "containerterminals",
        "ministerin", "staatssekretar", "staatssekretarin", "botschafter", "botschafterin", "geschaftsfuhrer", "geschaftsfuhrerin",
        "burgermeister", "burgermeisterin", "prasident", "prasidentin", "vorsitzende", "vorsitzender", "direktor", "direktorin", "rektor", "rektorin",
        "akademie", "universitat", "hochschule", "agentur", "hafen", "central", "northern", "southern", "eastern", "western",
        "said", "says", "told", "added", "noted",
        // Vietnamese (folded)
        "thu", "hat", "thung", "ong", "ba", "lien",
        // Russian
        "райисполком", "райисполкома", "райисполкому", "райисполкомом", "райисполкоме", "облисполком", "облисполкома", "облисполкому",
        "облисполкомом", "облисполкоме", "горисполком", "горисполкома", "горисполкому", "горисполкомом", "горисполкоме",
        "университет", "университета", "университету", "университетом", "университете",
        "республика", "республики", "республику", "республике", "республикой",
        "приход", "прихода", "приходе", "приходах", "приходы", "приходов", "приходам", "графство", "графства", "графстве",
        "вест", "ост", "компании", "компания", "компанию", "компанией", "фирмы", "фирма", "корпорации", "корпорация", "холдинга", "концерна",
        // Arabic (folded as the tokenizer keys them)
        "المفتوحه", "المغلقه", "جامعه", "وجامعه", "لجامعه", "بجامعه", "نهر", "ونهر", "بنهر", "لنهر", "المحدوده",
        "جمهوريه", "دوله", "مملكه", "سلطنه", "لدي", "لدى", "جزيرتي", "جزيرتا", "جزر",
        "ميناء", "وميناء", "بميناء", "لميناء", "مصفاه", "ومصفاه", "لمصفاه", "بمصفاه",
    ] as [String]).map { TextFolding.key($0) }

    /// Bits `hash & 1023` of the trigger keys' hashes (as `Token.hash` computes them for the tokens' keys).
    static let h15TriggerBloom: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 16)
        for key in h15TriggerKeys {
            let h = Token.hash(key)
            bits[Int(h & 1023) >> 6] |= 1 << (h & 63)
        }
        return bits
    }()

    mutating func refineHoldout15() {
        var trig: [Int] = []
        var initials: [Int] = []
        var sawThu = false
        // One pass over the words: the trigger set read once (a static's lazy check per word was a fifth of the scan),
        // and the candidates of the initials' rule (a capital, then a punctuation mark) noted on the way.
        let triggers = Self.h15Triggers, bloom = Self.h15TriggerBloom
        let possessive = Token.hash("'s")   // (spd23: a mark's hash compared before its key is read)
        // (No trigger in the article, or no "'s": the scan notes the initials' candidates only.)
        let anyTrigger = articleHas(triggers), anyPossessive = articleHasKey(hash: possessive)
        var k = 0
        let n = tokens.count
        while k < n {
            defer { k += 1 }
            switch tokens[k].kind {
            case .word:
                if k + 1 < n, tokens[k + 1].kind == .punct, tokens[k].capitalized, k > 0 { initials.append(k) }
                // A 1,024-bit filter of the triggers' hashes turns most words away before their key is read.
                let h = tokens[k].keyHash
                if anyTrigger, bloom[Int(h & 1023) >> 6] & (1 << (h & 63)) != 0, triggers.contains(tokens[k].key, hash: h) {
                    trig.append(k)
                    if tokens[k].capitalized, tokens[k].script == .latin, keyIs(k, "thu") { sawThu = true }
                }
            case .punct:
                if anyPossessive, tokens[k].keyHash == possessive, tokens[k].keyEquals("'s") { trig.append(k) }
            default: break
            }
        }
        var removed = Set<Int>()
        var added: [Mention] = []
        for k in trig {
            if tokens[k].keyEquals("'s") { h15PossessivePlaceInList(k, &added, &removed); continue }
            switch tokens[k].script {
            case .latin: h15Latin(k, &added, &removed)
            case .cyrillic: h15Cyrillic(k, &added, &removed)
            case .arabic: h15ArabicTrigger(k, &added, &removed)
            default: break
            }
        }
        h15Datelines(&added, &removed)
        h15InitialPersons(initials, &added, &removed)
        // The mention rules below see what the word rules found.
        if hasArabic {
            if !removed.isEmpty { replaceMentions(removing: removed) }
            mentions += added
            removed.removeAll()
            added.removeAll()
            h15ArabicMentions(&added, &removed)
            h15ArabicTownsBeforeMonths(&added)
        }
        if hasHan { h15HanPlacesInsideOrganizations(&removed); h15HanPortsAndAirports(&added, &removed); h15HanDottedNamesCut() }
        if lang.fr || sawThu || mentions.indices.contains(where: { mentionType($0) == .country && mentionWordCount($0) >= 3 }) { h15LatinMentions(&added, &removed) }
        if !removed.isEmpty { replaceMentions(removing: removed) }
        mentions += added
    }

    /// A headline's countries (`EntityExtractor.addTitle` reads a headline with `findKnown` alone): "Республика Сербская"
    /// names a region, not Serbia.
    mutating func refineHoldout15Title() {
        for k in tokens.indices where tokens[k].script == .cyrillic && tokens[k].kind == .word
            && Self.h15RussianRepublic.contains(tokens[k]) {
            guard tokens[k].capitalized, k + 1 < tokens.count, isCountry[k + 1], !isCountry[k], Self.h15RussianFeminineAdjective(tokens[k + 1].key) else { continue }
            let s = tokens[k + 1].start
            mentions.removeAll { $0.type == .country && $0.start == s }
            isCountry[k + 1] = false
        }
    }

    // MARK: - Shared helpers

    /// Index of the live (not removed) mention starting at token `a`, if any.
    func h15MentionStarting(_ a: Int, _ removed: Set<Int>) -> Int? {
        let s = tokens[a].start
        return mentions.indices.first { mentionStart($0) == s && !removed.contains($0) }
    }

    /// Removes every live mention overlapping tokens `a..<b` that is no country and not from the knowledge base
    /// (`keepKnown`), and marks its tokens.
    func h15Clear(_ a: Int, _ b: Int, _ removed: inout Set<Int>, keepKnown: Bool = true, keepCountries: Bool = true) {
        let (s, e) = (tokens[a].start, tokens[b - 1].end)
        for n in mentions.indices where !removed.contains(n) && mentionStart(n) < e && mentionEnd(n) > s {
            if keepCountries && mentionType(n) == .country { continue }
            if keepKnown && mentionKnown(n) != nil { continue }
            removed.insert(n)
        }
    }

    /// Rebuilds mention `n` over tokens `a..<b` as `seedReplace` does, keeping a clitic it left off its first token ("لشركة").
    mutating func h15Rebuild(_ n: Int, _ a: Int, _ b: Int) {
        let clitic = mentionStart(n) > tokens[a].start
        seedReplace(n, a, b)
        if clitic { mentions[n] = seedWithoutHeadClitic(mentions[n], head: a) }
    }

    /// Drops earlier additions overlapping tokens `a..<b`.
    func h15ClearAdded(_ a: Int, _ b: Int, _ added: inout [Mention]) {
        let (s, e) = (tokens[a].start, tokens[b - 1].end)
        added.removeAll { $0.start < e && $0.end > s && $0.type != .country }
    }

    @inline(__always) func h15CapLatin(_ k: Int) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].script == .latin && isCap(k)
    }

    /// A hyphen glued on both sides at `k` ("Port-Louis", "Mokoena-Letsie").
    /// (spd23: the spaces first, the key last: after a name's word most marks are a comma or a period, glued before but
    /// not after, and are passed over without a call.)
    @inline(__always) func h15GluedHyphen(_ k: Int) -> Bool {
        k > 0 && k + 1 < tokenCount && tokens[k].kind == .punct && !tokens[k].spaceBefore && !tokens[k + 1].spaceBefore && keyIs(k, "-")
    }

    /// End (exclusive) of the capitalized Latin or Cyrillic words from `a`, glued hyphens included, at most `limit` words.
    func h15CapRunEnd(_ a: Int, limit: Int) -> Int {
        var e = a, words = 0
        while e < tokens.count, words < limit, isCap(e), !isCountry[e] {
            e += 1
            words += 1
            if h15GluedHyphen(e), e + 1 < tokens.count, isCap(e + 1) { e += 1 }
        }
        return e
    }

    // MARK: - Latin

    static let h15IslandNouns = KeySet(["ile", "iles"])
    static let h15FrenchInstitutionHeads = KeySet(["universite", "institut", "academie", "ecole"])
    static let h15EnglishInstitutionHeads = KeySet(["university", "institute", "academy", "college"])
    static let h15GermanGenericNouns = KeySet(["reederei", "behorde", "firma", "unternehmen", "konzern", "hersteller", "betreiber",
                                               "fluggesellschaft", "containerterminal", "containerterminals"])
    static let h15GermanTitles = KeySet(["minister", "ministerin", "staatssekretar", "staatssekretarin", "botschafter", "botschafterin",
                                         "geschaftsfuhrer", "geschaftsfuhrerin", "burgermeister", "burgermeisterin", "prasident", "prasidentin",
                                         "vorsitzende", "vorsitzender", "direktor", "direktorin", "rektor", "rektorin"])
    static let h15GermanInstitutionHeads = KeySet(["akademie", "universitat", "hochschule", "institut", "agentur"])
    static let h15IndustrialNouns = KeySet(["estate", "park", "zone", "area", "cluster", "district"])

    mutating func h15Latin(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        let key = tokens[k].key
        if Token.keyEquals(key, "'s") { h15PossessivePlaceInList(k, &added, &removed); return }
        if tokens[k].capitalized && PhraseMatcher.same(key, "port") { h15PortPlace(k, &added, &removed); return }
        if Self.h15CompassAdjectives.contains(key, hash: tokens[k].keyHash) { h15CompassPlace(k, &added, &removed); return }
        if Self.h15SpeechVerbs.contains(key, hash: tokens[k].keyHash) { h15SurnameBeforeSpeech(k); return }
        if lang.fr {
            if PhraseMatcher.same(key, "actions") { h15VietnameseCompanyAfterSociete(k, &added, &removed); return }
            if PhraseMatcher.same(key, "ministre") || PhraseMatcher.same(key, "ministres") { h15FrenchPortfolioAfterTitle(k, &removed); return }
            if Self.h15IslandNouns.contains(key, hash: tokens[k].keyHash) { h15IslandName(k, &added, &removed); return }
        }
        if PhraseMatcher.same(key, "ocean") || PhraseMatcher.same(key, "oceano") || PhraseMatcher.same(key, "ozean") { h15OceanAdjective(k, &added, &removed); return }
        if tokens[k].capitalized, Self.h15FrenchInstitutionHeads.contains(key, hash: tokens[k].keyHash) { h15InstitutionOfKnownPlace(k, &added, &removed) }
        if tokens[k].capitalized, Self.h15EnglishInstitutionHeads.contains(key, hash: tokens[k].keyHash) { h15KnownPlaceBeforeInstitution(k, &removed) }
        if PhraseMatcher.same(key, "industrial") { h15IndustrialEstate(k, &added, &removed); return }
        if PhraseMatcher.same(key, "st") { h15SaintInsideName(k, &removed); return }
        if PhraseMatcher.same(key, "minister") || PhraseMatcher.same(key, "ministers") { if !lang.de { h15EnglishPortfolioAfterTitle(k, &removed) } }
        if lang.de {
            if Self.h15GermanGenericNouns.contains(key, hash: tokens[k].keyHash) { h15GermanGenericNounBeforeName(k) }
            if Self.h15GermanTitles.contains(key, hash: tokens[k].keyHash) { h15GermanApposition(k, &added, &removed) }
            if Self.h15GermanInstitutionHeads.contains(key, hash: tokens[k].keyHash) { h15GermanCountryInstitution(k, &added, &removed) }
            if PhraseMatcher.same(key, "hafen") { h15GermanPort(k, &added, &removed) }
        }
        if lang.vi { h15Vietnamese(k, &added, &removed) }
    }

    /// "Port-Louis", "Port-Gentil", "à Port Louis avec": "Port" glued by a hyphen to a capitalized word, or
    /// before one that no keyword follows and that was read as a person, is a town.
    mutating func h15PortPlace(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard k + 1 < tokens.count else { return }
        var e: Int
        if h15GluedHyphen(k + 1), k + 2 < tokens.count, isCap(k + 2) {
            e = k + 3
            while h15GluedHyphen(e), e + 1 < tokens.count, tokens[e + 1].kind == .word, e - k < 8 { e += 2 }
        } else {
            guard tokens[k + 1].spaceBefore, h15CapLatin(k + 1), orgKeyword(at: k + 1) == nil, orgKeyword(at: k) == nil,
                  k + 2 >= tokens.count || !isCap(k + 2) || tokens[k + 2].kind != .word,
                  let n = h15MentionStarting(k + 1, removed), mentionType(n) == .person || mentionType(n) == nil,
                  mentionKnown(n) == nil else { return }
            // Inside a longer capitalized name ("Point Lisas Industrial Port Development"): no town.
            if k > 0, isCap(k - 1) { return }
            e = k + 2
        }
        if k > 0, isCap(k - 1), !tokens[k - 1].sentenceStart { return }
        h15Clear(k, e, &removed)
        h15ClearAdded(k, e, &added)
        // The mention runs to the next word after it when a found name swallowed it ("Louis avec"): cleared above.
        var m = mention(k, e, type: .place, evidence: .cue)
        m.placeContext = true
        added.append(m)
    }

    /// "la société par actions Dệt may Phước Long et …": after "société par actions", Vietnamese words (a
    /// capitalized one with a Vietnamese letter first, lowercase ones between capitalized ones) are the company.
    mutating func h15VietnameseCompanyAfterSociete(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard k >= 2, keyIs(k - 1, "par"), keyIs(k - 2, "societe"), k + 1 < tokens.count, h15CapLatin(k + 1),
              Self.seedHasVietnameseOnlyLetter(tokens[k + 1].text) else { return }
        var e = k + 1, lastCap = k + 1
        while e < tokens.count, e - k < 8, tokens[e].kind == .word, tokens[e].script == .latin, tokens[e].spaceBefore {
            if isCap(e) { lastCap = e }
            else if isStopwordKey(e) || isConnector(e) {
                // "Dệt may Phước Long": a lowercase word between Vietnamese words is part of the name.
                guard e + 1 < tokens.count, isCap(e + 1), Self.seedHasVietnameseOnlyLetter(tokens[e + 1].text), !keyIs(e, "et") else { break }
            }
            e += 1
        }
        guard lastCap > k + 1 else { return }
        h15Clear(k + 1, lastCap + 1, &removed)
        added.append(mention(k + 1, lastCap + 1, type: .organization, evidence: .cue))
    }

    /// "le ministre mauricien de l'Industrie, des PME et des Coopératives, X": the portfolios after a minister's
    /// title, over commas and "et", name no organization.
    mutating func h15FrenchPortfolioAfterTitle(_ k: Int, _ removed: inout Set<Int>) {
        var j = k + 1
        // An adjective of nationality may come first ("ministre mauricien de …").
        if j < tokens.count, tokens[j].kind == .word, !isCap(j), isCountry[j] { j += 1 }
        guard j < tokens.count, keyIs(j, "de") || keyIs(j, "d'") || keyIs(j, "du") || keyIs(j, "des") || tokens[j].kind == .elision else { return }
        var e = j
        var lists = 0
        while e < tokens.count, e - k < 24 {
            let t = token(e)
            if t.kind == .word && (isCap(e) || isConnector(e) || isStopwordKey(e) || !t.capitalized && t.script == .latin && PlainText.count(t.key) <= 3) || t.kind == .elision {
                e += 1; continue
            }
            if t.kind == .punct, keyIs(e, ","), e + 1 < tokens.count, (keyIs(e + 1, "des") || keyIs(e + 1, "de") || keyIs(e + 1, "du") || tokens[e + 1].kind == .elision) {
                lists += 1; e += 1; continue
            }
            break
        }
        guard lists > 0 else { return }
        let (s, x) = (tokens[j].start, tokens[e - 1].end)
        for n in mentions.indices where !removed.contains(n) && mentionKnown(n) == nil && mentionType(n) != .country && mentionType(n) != .person
            && mentionStart(n) >= s && mentionEnd(n) <= x && mentionWordCount(n) <= 3 { removed.insert(n) }
    }

    /// "l'île Rodrigues", "les îles Glorieuses": the name after an island noun is a place.
    mutating func h15IslandName(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        var a = k + 1
        if a < tokens.count, keyIs(a, "de") || keyIs(a, "d'") { a += 1 }
        guard a < tokens.count, h15CapLatin(a), !isCountry[a] else { return }
        let e = h15CapRunEnd(a, limit: 3)
        guard e > a else { return }
        if let n = h15MentionStarting(a, removed), mentionKnown(n) != nil { return }
        h15Clear(a, e, &removed)
        var m = mention(a, e, type: .place, evidence: .cue)
        m.placeContext = true
        added.append(m)
    }

    /// "l'océan Indien", "the Indian Ocean", "Oceano Índico": a country's adjective next to an ocean noun names the
    /// ocean, a place, not the country.
    mutating func h15OceanAdjective(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        var a = k, b = k + 1
        if k + 1 < tokens.count, isCountry[k + 1], tokens[k + 1].kind == .word, tokens[k + 1].spaceBefore { b = k + 2 }
        else if k > 0, isCountry[k - 1], tokens[k - 1].kind == .word, tokens[k].spaceBefore, tokens[k].capitalized { a = k - 1 }
        else { return }
        let (s, e) = (tokens[a].start, tokens[b - 1].end)
        for n in mentions.indices where !removed.contains(n) && mentionStart(n) < e && mentionEnd(n) > s { removed.insert(n) }
        for x in a..<b { isCountry[x] = false }
        added.append(mention(a, b, type: .place, evidence: .cue))
    }

    /// "l'Université de Nha Trang", "l'Institut de Kindia": a capitalized institution noun, "de" and a place found
    /// by name is the institution (the place is named only inside it).
    mutating func h15InstitutionOfKnownPlace(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard k + 2 < tokens.count, keyIs(k + 1, "de") || keyIs(k + 1, "d'"), let n = h15MentionStarting(k + 2, removed),
              mentionType(n) == .place, !anyMention(where: { $0.start == tokens[k].start && $0.type == .organization }) else { return }
        guard let z = seedTokenIndex(end: mentionEnd(n)) else { return }
        // Only when the place ends the phrase: "Université de Nha Trang et …", not "Institut de Hanoi pour …".
        if z + 1 < tokens.count, keyIs(z + 1, "de") || keyIs(z + 1, "pour") || keyIs(z + 1, "des") { return }
        h15Clear(k, z + 1, &removed, keepKnown: false)
        added.append(mention(k, z + 1, type: .organization, evidence: .cue))
    }

    /// "the Wuhan University of Technology": a known place glued before an institution's noun is part of its name.
    mutating func h15KnownPlaceBeforeInstitution(_ k: Int, _ removed: inout Set<Int>) {
        guard k > 0, tokens[k].spaceBefore, let org = h15MentionStarting(k, removed), mentionType(org) == .organization, mentionKnown(org) == nil else { return }
        let e0 = tokens[k - 1].end
        guard let p = mentions.indices.first(where: { !removed.contains($0) && mentionEnd($0) == e0 && mentionType($0) == .place }),
              let a = seedTokenIndex(start: mentionStart(p)), isCap(a), let z = seedTokenIndex(end: mentionEnd(org)) else { return }
        removed.insert(p)
        seedReplace(org, a, z + 1)
        mentions[org].type = .organization
    }

    /// "at the Point Lisas industrial estate": one or two capitalized words before "industrial estate/park/zone"
    /// are a place.
    mutating func h15IndustrialEstate(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard !tokens[k].capitalized, k + 1 < tokens.count, Self.h15IndustrialNouns.contains(tokens[k + 1]), k > 0, h15CapLatin(k - 1) else { return }
        var a = k - 1
        while a > 0, k - a < 3, h15CapLatin(a - 1), !tokens[a - 1].sentenceStart || isCap(a) { a -= 1 }
        if !isCap(a) { return }
        while a < k - 1, isCountry[a] { a += 1 }
        guard !isCountry[a], !(a == k - 1 && isCountry[a]) else { return }
        if let n = h15MentionStarting(a, removed), mentionKnown(n) != nil { return }
        h15Clear(a, k, &removed)
        h15ClearAdded(a, k, &added)
        added.append(mention(a, k, type: .place, evidence: .cue))
    }

    /// "Kerwyn St. Hill": "St." inside a person's name goes on to the capitalized word after it.
    mutating func h15SaintInsideName(_ k: Int, _ removed: inout Set<Int>) {
        guard tokens[k].capitalized, k + 2 < tokens.count, keyIs(k + 1, "."), !tokens[k + 1].spaceBefore, tokens[k + 2].spaceBefore, h15CapLatin(k + 2),
              let p = mentions.indices.first(where: { !removed.contains($0) && mentionEnd($0) == tokens[k].end && mentionType($0) == .person }),
              let a = seedTokenIndex(start: mentionStart(p)), a < k else { return }
        let e = h15CapRunEnd(k + 2, limit: 1)
        guard e > k + 2 else { return }
        h15Clear(k + 2, e, &removed)
        removed.remove(p)
        seedReplace(p, a, e)
    }

    /// "Minister of Agriculture, Food Security and Nutrition of the Kingdom of X Name": capitalized portfolios listed
    /// after a minister's title (over commas and "and") are no people.
    mutating func h15EnglishPortfolioAfterTitle(_ k: Int, _ removed: inout Set<Int>) {
        guard tokens[k].capitalized, k + 2 < tokens.count, keyIs(k + 1, "of") else { return }
        var e = k + 2, commas = 0
        while e < tokens.count, e - k < 20 {
            if tokens[e].kind == .word && (isCap(e) || keyIs(e, "and") || keyIs(e, "of") || keyIs(e, "the")) { e += 1; continue }
            if keyIs(e, ","), e + 1 < tokens.count, isCap(e + 1) { commas += 1; e += 1; continue }
            break
        }
        guard commas > 0 else { return }
        let (s, x) = (tokens[k + 2].start, tokens[e - 1].end)
        for n in mentions.indices where !removed.contains(n) && mentionType(n) == .person && mentionKnown(n) == nil
            && mentionStart(n) >= s && mentionEnd(n) <= x {
            guard let a = seedTokenIndex(start: mentionStart(n)), !isGivenNameKey(a) else { continue }
            // Only the portfolios: a word after a comma or "and" in the list, the list going on after it.
            guard a > 0, keyIs(a - 1, ",") || keyIs(a - 1, "and"), let z = seedTokenIndex(end: mentionEnd(n)), z + 1 < e,
                  keyIs(z + 1, "and") || keyIs(z + 1, ",") || keyIs(z + 1, "of") || mentionWords(n).contains("of") else { continue }
            removed.insert(n)
        }
    }

    /// "der Reederei Kaspi Teniz Logistics GmbH", "die Behörde Transport Malta": a German common noun for a kind of
    /// company or body before its capitalized name is no part of it.
    mutating func h15GermanGenericNounBeforeName(_ k: Int) {
        guard k + 1 < tokens.count, h15CapLatin(k + 1),
              let n = mentions.indices.first(where: { mentionStart($0) == tokens[k].start && mentionKnown($0) == nil && mentionType($0) != .country }),
              let z = seedTokenIndex(end: mentionEnd(n)), z > k else { return }
        seedReplace(n, k + 1, z + 1)
        mentions[n].type = .organization
    }

    /// "der stellvertretende Minister für Verkehr der Republik Kasachstan, Nurschan Serikbajewitsch Kassymow, und …":
    /// after a German title and its complement, two to four capitalized words between commas are the person.
    mutating func h15GermanApposition(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        var c = k + 1
        var found: (Int, Int)?
        while c < tokens.count, c - k < 22, found == nil {
            while c < tokens.count, c - k < 22, !keyIs(c, ","), !keyIs(c, "."), tokens[c].kind != .punct || keyIs(c, "-") { c += 1 }
            guard c < tokens.count, keyIs(c, ","), c > k + 1 else { return }
            let a = c + 1
            if a < tokens.count, h15CapLatin(a), !isCountry[a], titleMatch(at: a) == nil, orgKeyword(at: a) == nil {
                let e = h15CapRunEnd(a, limit: 4)
                let words = (a..<e).filter { tokens[$0].kind == .word }.count
                if words >= 2, e < tokens.count, keyIs(e, ",") || keyIs(e, ".") || keyIs(e, "und") || keyIs(e, ")"),
                   !(a..<e).contains(where: { orgKeyword(at: $0) != nil || placeKeyword(at: $0) != nil }) { found = (a, e); break }
            }
            c += 1
        }
        guard let (a, e) = found else { return }
        // People the title's complement was read as ("der Republik") go.
        let (s, x) = (tokens[k + 1].start, tokens[c].start)
        for n in mentions.indices where !removed.contains(n) && mentionType(n) == .person && mentionKnown(n) == nil
            && mentionStart(n) >= s && mentionEnd(n) <= x { removed.insert(n) }
        if let n = h15MentionStarting(a, removed), mentionType(n) == .person, mentionEnd(n) >= tokens[e - 1].end { return }
        h15Clear(a, e, &removed)
        added.append(mention(a, e, type: .person, evidence: .cue))
    }

    /// "die Kasachische Akademie für Verkehr und Kommunikation": a capitalized country adjective before an
    /// institution noun and "für" + capitalized nouns (joined by "und") is an organization.
    mutating func h15GermanCountryInstitution(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard k > 0, isCountry[k - 1], tokens[k - 1].capitalized, !tokens[k - 1].sentenceStart || true, tokens[k].capitalized,
              k + 2 < tokens.count, keyIs(k + 1, "fur"), isCap(k + 2) else { return }
        var e = k + 3
        while e + 1 < tokens.count, e - k < 10, keyIs(e, "und") || keyIs(e, ","), isCap(e + 1) { e += 2 }
        if let n = h15MentionStarting(k - 1, removed), mentionType(n) == .organization, mentionEnd(n) >= tokens[e - 1].end { return }
        h15Clear(k - 1, e, &removed)
        added.append(mention(k - 1, e, type: .organization, evidence: .cue))
    }


    /// French determiners and quantifiers after "et de/d'" that open a new phrase, not a portfolio ("et d'autres institutions").
    static let h15FrenchQuantifiers = KeySet(["autres", "autre", "nombreux", "nombreuses", "plusieurs", "certains", "certaines", "divers", "diverses",
                                              "tous", "toutes", "ses", "leurs", "nos", "vos", "ces", "aucun", "aucune", "chaque"])

    static let h15CompassAdjectives = KeySet(["central", "northern", "southern", "eastern", "western"])
    static let h15SpeechVerbs = KeySet(["said", "says", "told", "added", "noted"])

    /// "in Mafeteng, Mohale's Hoek and Teyateyaneng": inside a list of places, "X's Y" (one capitalized word on each side,
    /// the list going on after it) is one town's name, not a possessive; the single names listed after it are towns too.
    mutating func h15PossessivePlaceInList(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard k >= 2, k + 2 < tokens.count, !tokens[k].spaceBefore, h15CapLatin(k - 1), h15CapLatin(k + 1), tokens[k + 1].spaceBefore,
              keyIs(k - 2, ","), keyIs(k + 2, "and") || keyIs(k + 2, ",") else { return }
        // The word before the comma is a place found already (the list's first town).
        guard let p = firstMentionIndex(where: { $0.end == tokens[k - 3 >= 0 ? k - 3 : 0].end && $0.type == .place }), !removed.contains(p) else { return }
        h15Clear(k - 1, k + 2, &removed)
        var m = mention(k - 1, k + 2, type: .place, evidence: .cue)
        m.placeContext = true
        added.append(m)
        var j = k + 3
        while j < tokens.count, h15CapLatin(j), !isCountry[j] {
            if let n = h15MentionStarting(j, removed), mentionKnown(n) == nil, mentionType(n) != .place, mentionEnd(n) == tokens[j].end {
                mentions[n].type = .place
                mentions[n].evidence = .cue
            }
            guard j + 2 < tokens.count, keyIs(j + 1, ",") || keyIs(j + 1, "and") else { break }
            j += 2
        }
    }

    /// "in central Trinidad", "in northern Zambezia": after "in" and a lowercase compass adjective, one capitalized word
    /// (no country, keyword or title) is a place.
    mutating func h15CompassPlace(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard !tokens[k].capitalized, k > 0, keyIs(k - 1, "in"), k + 1 < tokens.count, h15CapLatin(k + 1), !isCountry[k + 1],
              orgKeyword(at: k + 1) == nil, titleMatch(at: k + 1) == nil, k + 2 >= tokens.count || !isCap(k + 2) else { return }
        if let n = h15MentionStarting(k + 1, removed) {
            guard mentionKnown(n) == nil, mentionType(n) != .place, mentionEnd(n) == tokens[k + 1].end else { return }
            mentions[n].type = .place
            mentions[n].evidence = .cue
            mentions[n].placeContext = true
            return
        }
        var m = mention(k + 1, k + 2, type: .place, evidence: .cue)
        m.placeContext = true
        added.append(m)
    }

    /// "Xu said": a lone capitalized word before a verb of speech that is a word of a person found in the article is that person.
    mutating func h15SurnameBeforeSpeech(_ k: Int) {
        guard k > 0, h15CapLatin(k - 1), !tokens[k].capitalized, let n = firstMentionIndex(where: { $0.start == tokens[k - 1].start && $0.end == tokens[k - 1].end }),
              mentionKnown(n) == nil, mentionType(n) != .person, mentionType(n) != .country, mentionType(n) != .place || mentionEvidence(n) < .cue else { return }
        let w = tokens[k - 1].key
        guard let p = firstMentionIndex(where: { $0.type == .person && $0.words.count >= 2 && $0.words.contains(w) }) else { return }
        mentions[n].type = .person
        mentions[n].evidence = .cue
        // Grouped with that person (a Chinese family name comes first, where the grouping looks for the last word).
        mentions[n].words = mentionWords(p)
        mentions[n].variants = [mentionSurface(p)]
    }

    /// "dem Hafen Fort-Schewtschenko": the capitalized name after "Hafen" is a port, a place.
    mutating func h15GermanPort(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard k + 1 < tokens.count, h15CapLatin(k + 1), !isCountry[k + 1], tokens[k + 1].spaceBefore, orgKeyword(at: k + 1) == nil else { return }
        let e = h15CapRunEnd(k + 1, limit: 2)
        guard e > k + 1, e >= tokens.count || !tokens[e].capitalized || tokens[e].kind != .word else { return }
        if let n = h15MentionStarting(k + 1, removed), mentionKnown(n) != nil || mentionType(n) == .place { return }
        h15Clear(k + 1, e, &removed)
        var m = mention(k + 1, e, type: .place, evidence: .cue)
        m.placeContext = true
        added.append(m)
    }

    /// Mentions of Latin script: an organization cut inside a country's name goes on to its end ("University of Trinidad"
    /// + "and Tobago"); a French institution ending in a lowercase noun goes on over "et d'…/et de la …" and its
    /// complement ("Chambre de commerce et d'industrie de Maurice"); "Thủ" left before a Vietnamese place joins it.
    mutating func h15LatinMentions(_ added: inout [Mention], _ removed: inout Set<Int>) {
        var countries: [(Int, Int)] = []
        // (Fields read in place: `for m in mentions` copied every mention.)
        for i in mentions.indices where mentionType(i) == .country && mentionWordCount(i) >= 3 { countries.append((mentionStart(i), mentionEnd(i))) }
        for n in mentions.indices where !removed.contains(n) && mentionKnown(n) == nil && mentionType(n) != .country {
            guard let a = seedTokenIndex(start: mentionStart(n)), tokens[a].script == .latin else { continue }
            let e0 = mentionEnd(n)
            if mentionType(n) == .organization, let c = countries.first(where: { $0.0 < e0 && $0.1 > e0 }), c.0 >= mentionStart(n),
               let z = seedTokenIndex(end: c.1) {
                seedReplace(n, a, z + 1)
                continue
            }
            guard let z = seedTokenIndex(end: e0) else { continue }
            if lang.fr, mentionType(n) == .organization, !tokens[z].capitalized, z + 3 < tokens.count, keyIs(z + 1, "et"),
               tokens[z + 2].kind == .elision || keyIs(z + 2, "d'") || keyIs(z + 2, "des") || keyIs(z + 2, "de") {
                var j = z + 3
                if keyIs(j - 1, "de"), keyIs(j, "la") || keyIs(j, "l'") { j += 1 }
                guard j < tokens.count, tokens[j].kind == .word, !tokens[j].capitalized, !isStopwordKey(j),
                      !Self.h15FrenchQuantifiers.contains(tokens[j]) else { continue }
                var e = j + 1
                var complement = false
                if e + 1 < tokens.count, keyIs(e, "de") || keyIs(e, "du") || keyIs(e, "d'"), isCap(e + 1) || isCountry[e + 1] {
                    e += 1
                    while e < tokens.count, isCap(e) || isCountry[e] { e += 1 }
                    complement = true
                }
                // "et d'industrie": an elided "de" before the noun, or a complement naming a place after it
                // ("et de nombreux partenaires" is no part of the name).
                guard complement || tokens[z + 2].kind == .elision || keyIs(z + 2, "d'") else { continue }
                h15Clear(z + 1, e, &removed)
                removed.remove(n)
                seedReplace(n, a, e)
                continue
            }
            // "à Thủ Dầu Một": a capitalized "Thủ" before a place (a title's word elsewhere) is its first syllable.
            if mentionType(n) == .place, a > 0, PlainText.equal(tokens[a - 1].text, "Thủ"), !covered[a - 1] || !anyMention(where: { $0.end == tokens[a - 1].end }) {
                seedReplace(n, a - 1, z + 1)
            }
        }
    }

    // MARK: - Vietnamese

    mutating func h15Vietnamese(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        let key = tokens[k].key
        var a = -1
        var person = false
        if !tokens[k].capitalized {
            if PhraseMatcher.same(key, "thu"), keyIs(k + 1, "do"), tokens[k].text == "thủ" || tokens[k].text == "Thủ" { a = k + 2 }      // thủ đô X
            else if PhraseMatcher.same(key, "hat"), tokens[k].text == "hạt" { a = k + 1 }                                             // hạt X (county)
            else if PhraseMatcher.same(key, "thung"), keyIs(k + 1, "lung") { a = k + 2 }                                                // thung lũng X
            else if PhraseMatcher.same(key, "ong") && tokens[k].text == "ông" || PhraseMatcher.same(key, "ba") && tokens[k].text == "bà" { a = k + 1; person = true }
        } else if PhraseMatcher.same(key, "lien") {
            h15VietnameseAlliance(k, &added, &removed)
            return
        }
        guard a > 0, a < tokens.count, h15CapLatin(a), !isCountry[a] else { return }
        let e = h15CapRunEnd(a, limit: person ? 4 : 3)
        guard e > a else { return }
        if let n = h15MentionStarting(a, removed) {
            if mentionKnown(n) != nil { return }
            if person {
                // "Giám đốc Công ty X, ông Lạc Minh Hiếu": a name after ông/bà read as a place or an organization is the person.
                guard mentionType(n) != .person, mentionEnd(n) == tokens[e - 1].end, e - a >= 2 else { return }
                mentions[n].type = .person
                mentions[n].evidence = .cue
                return
            }
            if mentionType(n) == .place { return }
        } else if person { return }
        h15Clear(a, e, &removed)
        var m = mention(a, e, type: .place, evidence: .cue)
        m.placeContext = true
        added.append(m)
    }

    /// "Phó Chủ tịch Liên minh Hợp tác xã Việt Nam Phùng Thế Vĩnh": "Liên minh/Liên hiệp/Liên đoàn" opens a body
    /// whose name takes lowercase words and ends with the country; capitalized words after it are the person.
    mutating func h15VietnameseAlliance(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard k + 3 < tokens.count, keyIs(k + 1, "minh") || keyIs(k + 1, "hiep") || keyIs(k + 1, "đoan") || keyIs(k + 1, "doan"), !tokens[k + 1].capitalized,
              isCap(k + 2) || isCap(k + 3) && tokens[k + 2].kind == .word else { return }
        func vietNam(_ c: Int) -> Bool { keyIs(c, "viet") && keyIs(c + 1, "nam") }
        var c = k + 2
        while c < tokens.count, c - k < 10, tokens[c].kind == .word, !isCountry[c], !vietNam(c) { c += 1 }
        guard c < tokens.count, isCountry[c] || vietNam(c), c > k + 2 else { return }
        var e = c
        if vietNam(c) { e = c + 2 } else { while e < tokens.count, isCountry[e] { e += 1 } }
        h15Clear(k, e, &removed)
        added.append(mention(k, e, type: .organization, evidence: .cue))
        let pe = h15CapRunEnd(e, limit: 4)
        if pe - e >= 2, tokens[e].spaceBefore {
            h15Clear(e, pe, &removed)
            added.append(mention(e, pe, type: .person, evidence: .cue))
        }
    }

    // MARK: - Datelines

    /// "COUVA, Trinidad and Tobago, Dec. 5 (Xinhua)", "Marsaxlokk, 4. Dezember (Kazinform)", "Monrovia (TTXVN) –":
    /// the capitalized words opening the text before a comma and a date, or before an agency in parentheses, are a town.
    mutating func h15Datelines(_ added: inout [Mention], _ removed: inout Set<Int>) {
        // The text's first word, or the first of its second paragraph (the body may open with the headline).
        guard let a0 = tokens.indices.first(where: { tokens[$0].kind == .word }) else { return }
        h15Dateline(at: a0, &added, &removed)
        var k = a0 + 1
        while k < tokens.count, k < 80, !tokens[k].newlineBefore { k += 1 }
        if k < tokens.count, k < 80 { h15Dateline(at: k, &added, &removed) }
    }

    /// Month names and their abbreviations in the Latin-script languages of the datelines (the lexicon's months miss German).
    static let h15Months = KeySet(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
                                   "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                                   "januar", "februar", "marz", "juni", "juli", "oktober", "dezember", "janner",
                                   "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
                                   "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
                                   "janeiro", "fevereiro", "marco", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro"])

    mutating func h15Dateline(at a: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard a < tokens.count, tokens[a].kind == .word, isCap(a), !isCountry[a],
              tokens[a].script == .latin || tokens[a].script == .cyrillic else { return }
        let e = h15CapRunEnd(a, limit: 3)
        guard e > a, e + 1 < tokens.count else { return }
        var dated = false
        if keyIs(e, ",") {
            var j = e + 1
            // A country after the town ("COUVA, Trinidad and Tobago, Dec. 5").
            while j < tokens.count, j - e < 6, isCountry[j] || keyIs(j, "and") { j += 1 }
            if j > e + 1, keyIs(j, ",") { j += 1 }
            for x in j..<min(tokens.count, j + 3) where isMonth(x) || tokens[x].kind == .word && Self.h15Months.contains(tokens[x]) { dated = true }
        } else if keyIs(e, "("), e + 2 < tokens.count {
            let s = tokens[e + 1].start
            // (Not before a lowercase word: "Meiners (CDU) sagte" is a politician and a known party.)
            dated = anyMention { $0.start == s && $0.known != nil && $0.type == .organization } && keyIs(e + 2, ")")
                && !(e + 3 < tokens.count && tokens[e + 3].kind == .word && !tokens[e + 3].capitalized && !tokens[e + 3].allCaps)
        }
        guard dated else { return }
        if let n = h15MentionStarting(a, removed), mentionEnd(n) == tokens[e - 1].end {
            if mentionType(n) == .place || mentionKnown(n) != nil { return }
            mentions[n].type = .place
            mentions[n].evidence = .cue
            mentions[n].placeContext = true
            return
        }
        h15Clear(a, e, &removed)
        var m = mention(a, e, type: .place, evidence: .cue)
        m.placeContext = true
        added.append(m)
    }

    // MARK: - Initials

    /// "Igor Y. Shumilovich and Minister …": a known given name, a capital initial with its dot and a capitalized
    /// word are a person even where an earlier rule dropped them.
    mutating func h15InitialPersons(_ candidates: [Int], _ added: inout [Mention], _ removed: inout Set<Int>) {
        for k in candidates where k + 2 < tokens.count {
            guard tokens[k + 1].kind == .punct, tokens[k].kind == .word, tokens[k].capitalized, tokens[k].script == .latin || tokens[k].script == .cyrillic,
                  tokens[k].isInitialLetter, keyIs(k + 1, "."),
                  !tokens[k + 1].spaceBefore, tokens[k + 2].spaceBefore, isCap(k + 2), isCap(k - 1), isGivenNameKey(k - 1) else { continue }
            let (s, e0) = (tokens[k - 1].start, tokens[k + 2].end)
            if mentions.indices.contains(where: { !removed.contains($0) && mentionStart($0) <= s && mentionEnd($0) >= e0 }) { continue }
            if added.contains(where: { $0.start <= s && $0.end >= e0 }) { continue }
            guard !isCountry[k + 2], orgKeyword(at: k + 2) == nil, titleMatch(at: k + 2) == nil else { continue }
            h15Clear(k - 1, k + 3, &removed)
            added.append(mention(k - 1, k + 3, type: .person, evidence: .cue))
        }
    }

    // MARK: - Cyrillic

    static let h15RussianExecutiveCommittees = KeySet(["райисполком", "райисполкома", "райисполкому", "райисполкомом", "райисполкоме", "облисполком",
                                                       "облисполкома", "облисполкому", "облисполкомом", "облисполкоме", "горисполком", "горисполкома",
                                                       "горисполкому", "горисполкомом", "горисполкоме"])
    static let h15RussianUniversity = KeySet(["университет", "университета", "университету", "университетом", "университете"])
    static let h15RussianRepublic = KeySet(["республика", "республики", "республику", "республике", "республикой"])
    static let h15RussianParishNouns = KeySet(["приход", "прихода", "приходе", "приходах", "приходы", "приходов", "приходам", "графство", "графства", "графстве"])

    mutating func h15Cyrillic(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        let key = tokens[k].key, h = tokens[k].keyHash
        if Self.h15RussianExecutiveCommittees.contains(key, hash: h) {
            // "председателем Кричевского райисполкома": an adjective and an executive committee are the body.
            guard k > 0, isCap(k - 1), tokens[k - 1].script == .cyrillic, !isCountry[k - 1] else { return }
            if let n = h15MentionStarting(k - 1, removed), mentionType(n) == .organization, mentionEnd(n) >= tokens[k].end { return }
            h15Clear(k - 1, k + 1, &removed)
            added.append(mention(k - 1, k + 1, type: .organization, evidence: .cue))
        } else if Self.h15RussianUniversity.contains(key, hash: h) {
            // "Торайгыров университет", "Сатпаев университета": a capitalized name before a lowercase "университет".
            guard !tokens[k].capitalized, k > 0, isCap(k - 1), tokens[k - 1].script == .cyrillic, !isCountry[k - 1], !tokens[k - 1].sentenceStart || tokens[k - 1].capitalized else { return }
            if k > 1, isCap(k - 2), tokens[k - 2].script == .cyrillic, !tokens[k - 1].sentenceStart { return }   // a longer name: left to the other rules
            if let n = h15MentionStarting(k - 1, removed), mentionType(n) == .organization, mentionEnd(n) >= tokens[k].end { return }
            if let n = h15MentionStarting(k - 1, removed), mentionKnown(n) != nil { return }
            h15Clear(k - 1, k + 1, &removed)
            added.append(mention(k - 1, k + 1, type: .organization, evidence: .cue))
        } else if Self.h15RussianRepublic.contains(key, hash: h) {
            // "Республика Сербская", "в Республике Сербской": a republic named by an adjective after its noun is a region,
            // not the country of that adjective (a country's official name puts the noun after the adjective or takes a noun).
            guard tokens[k].capitalized, k + 1 < tokens.count, isCap(k + 1), isCountry[k + 1], !isCountry[k],
                  Self.h15RussianFeminineAdjective(tokens[k + 1].key) else { return }
            h15Clear(k, k + 2, &removed, keepCountries: false)
            isCountry[k + 1] = false
            var m = mention(k, k + 2, type: .place, evidence: .cue)
            m.placeContext = true
            // One entity in every case: its nominative ("Республика Сербская") is also its name.
            let adj = tokens[k + 1].text
            let stem = String(adj.dropLast(PlainText.hasSuffix(adj, "ая") ? 2 : 2))
            m.variants = ["Республика " + stem + "ая"]
            m.words = [TextFolding.key("Республика"), TextFolding.key(stem + "ая")]
            added.append(m)
        } else if Self.h15RussianCompanyNouns.contains(key, hash: h) {
            h15RussianQuotedCompany(k, &added, &removed)
        } else if Self.h15RussianParishNouns.contains(key, hash: h) {
            // "в приходах Сент-Энн и Клэрендон": the names after a parish or county noun, and those joined to them, are places.
            var a = k + 1
            while a < tokens.count, a - k < 8, isCap(a), tokens[a].script == .cyrillic, !isCountry[a] {
                let e = h15CapRunEnd(a, limit: 2)
                guard e > a else { break }
                if let n = h15MentionStarting(a, removed), mentionKnown(n) != nil {
                } else {
                    h15Clear(a, e, &removed)
                    var m = mention(a, e, type: .place, evidence: .cue)
                    m.placeContext = true
                    added.append(m)
                }
                guard e + 1 < tokens.count, keyIs(e, "и") || keyIs(e, ",") else { break }
                a = e + 1
            }
        } else if PhraseMatcher.same(key, "вест") || PhraseMatcher.same(key, "ост") {
            // "Университет Вест-Индии": the West Indies, not India.
            guard tokens[k].capitalized, k + 2 < tokens.count, h15GluedHyphen(k + 1), isCountry[k + 2] else { return }
            let s = tokens[k + 2].start
            for n in mentions.indices where !removed.contains(n) && mentionType(n) == .country && mentionStart(n) == s { removed.insert(n) }
            isCountry[k + 2] = false
        }
    }

    static let h15RussianCompanyNouns = KeySet(["компании", "компания", "компанию", "компанией", "фирмы", "фирма", "корпорации", "корпорация", "холдинга", "концерна"])

    /// "китайской компании «Шаньдун Синьхай Алюминий»": the capitalized words in quotes after a company noun are the
    /// company, a place's name among them included.
    mutating func h15RussianQuotedCompany(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard k + 2 < tokens.count, keyIs(k + 1, "«") else { return }
        var e = k + 2
        while e < tokens.count, e - k < 8, tokens[e].kind == .word, isCap(e) || tokens[e].script == .latin || h15GluedHyphen(e) { e += 1 }
        guard e < tokens.count, keyIs(e, "»"), e - (k + 2) >= 2 else { return }
        if anyMention(where: { $0.type == .organization && $0.start <= tokens[k + 2].start && $0.end >= tokens[e - 1].end }) { return }
        h15Clear(k + 2, e, &removed, keepKnown: false)
        added.append(mention(k + 2, e, type: .organization, evidence: .cue))
    }

    static func h15RussianFeminineAdjective(_ key: String) -> Bool {
        PlainText.hasSuffix(key, "ская") || PlainText.hasSuffix(key, "ской") || PlainText.hasSuffix(key, "скую") || PlainText.hasSuffix(key, "цкая") || PlainText.hasSuffix(key, "цкой") || PlainText.hasSuffix(key, "цкую")
    }

    // MARK: - Arabic

    static let h15ArabicOpenClosed = KeySet(["المفتوحه", "المغلقه"].map { TextFolding.key($0) })
    static let h15ArabicTitleChainWords = KeySet(["اداره", "العام", "العامه", "التنفيذي", "التنفيذيه", "رئيس", "رئيسه", "مدير", "مديره", "المدير", "المديره",
                                                  "عام", "ممثل", "ممثله", "الاداره"].map { TextFolding.key($0) })
    static let h15MalayHonorifics = KeySet(["داتو", "داتوك", "داتين", "حاجي", "حاجه", "بنجيران", "باديكا", "سري", "تان", "يانغ", "دايانغ", "اوانغ"].map { TextFolding.key($0) })

    mutating func h15ArabicTrigger(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        let key = tokens[k].key
        if !Self.h15ArabicOpenClosed.contains(key, hash: tokens[k].keyHash), !tokens[k].stems.contains("نهر"), !tokens[k].stems.contains(TextFolding.key("جامعة")) {
            h15ArabicTrigger2(k, &added, &removed)
            return
        }
        if Self.h15ArabicOpenClosed.contains(key, hash: tokens[k].keyHash) {
            // "شركة X المساهمة المفتوحة": the open (or closed) joint-stock form ends the company.
            guard k > 0, tokens[k - 1].stems.contains(TextFolding.key("المساهمة")) else { return }
            guard let n = mentions.indices.first(where: { !removed.contains($0) && mentionEnd($0) == tokens[k - 1].end && mentionType($0) == .organization }),
                  let a = seedSpan(n)?.0 else { h15ArabicCompanyOverKnownPlace(k, &added, &removed); return }
            h15Rebuild(n, a, k + 1)
            return
        }
        // "جامعة غامبيا", "ونهر غامبيا": a university or river noun before a country's name is the university or the river.
        guard k + 1 < tokens.count, isCountry[k + 1], tokens[k + 1].script == .arabic, !covered[k] || !anyMention(where: { $0.start <= tokens[k].start && $0.end > tokens[k].start && $0.type != .country }) else { return }
        let river = tokens[k].stems.contains("نهر")
        guard river || tokens[k].stems.contains(TextFolding.key("جامعة")) else { return }
        // The country's name must end there ("جامعة غامبيا", not "جامعة غامبيا الوطنية" which other rules read).
        if k + 2 < tokens.count, seedArabicWord(k + 2), Self.h15ArabicDefiniteNisba(tokens[k + 2].key, clitic: false) { return }
        if anyMention(where: { !($0.type == .country) && $0.start <= tokens[k].start + 1 && $0.end >= tokens[k + 1].end }) { return }
        let m = mention(k, k + 2, type: river ? .place : .organization, evidence: .cue)
        added.append(seedWithoutHeadClitic(m, head: k))
    }

    mutating func h15ArabicMentions(_ added: inout [Mention], _ removed: inout Set<Int>) {
        var n = 0
        while n < mentions.count {
            defer { n += 1 }
            // Arabic surfaces only (their first UTF-8 byte is a lead byte of U+0600-U+06FF), before any binary search.
            guard !removed.contains(n), mentionKnown(n) == nil, mentionType(n) != .country,
                  let b0 = mentionSurface(n).utf8.first, b0 >= 0xD8, b0 <= 0xDB, let (a, z) = seedSpan(n), tokens[a].script == .arabic else { continue }
            if mentionType(n) == .organization {
                // "للتعاون التجاري والاقتصادي": a definite adjective coordinated after the name's last definite adjective.
                var e = z
                while e + 1 < tokens.count, seedArabicWord(e + 1), Self.h15ArabicDefiniteNisba(tokens[e].key, clitic: false),
                      Self.h15ArabicDefiniteNisba(tokens[e + 1].key, clitic: true), e - z < 2 { e += 1 }
                if e > z {
                    h15Rebuild(n, a, e + 1)
                    continue
                }
                h15ArabicPersonAfterTitledOrganization(n, a, z, &added, &removed)
            } else if mentionType(n) == .person {
                h15MalayHonorificsOff(n, a, z)
            } else if mentionType(n) == .place {
                h15ArabicSyllablePlace(n, a, z)
            }
        }
    }

    /// "للتعاون التجاري" + "والاقتصادي": a definite nisba (ال…ي/ال…ية), and with `clitic` one after و.
    static func h15ArabicDefiniteNisba(_ key: String, clitic: Bool) -> Bool {
        let k = clitic ? (NameFinder.arabicHasPrefix(key, "وال") ? String(key.dropFirst()) : "") : key
        guard NameFinder.arabicHasPrefix(k, "ال"), k.unicodeScalars.count >= 6 else { return false }
        return NameFinder.arabicHasSuffix(k, "ي") || NameFinder.arabicHasSuffix(k, "يه")
    }

    /// "رئيس مجلس إدارة شركة X المحدودة صالح إدريس أبو طاهر،", "المديرة التنفيذية لهيئة موانئ سيشل ماري كلير هوارو.":
    /// after a title chain and the organization it governs, two to four name words ending at a clause's edge are the person.
    mutating func h15ArabicPersonAfterTitledOrganization(_ n: Int, _ a: Int, _ z: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard a > 0, seedArabicWord(a - 1), Self.h15ArabicTitleChainWords.contains(tokens[a - 1]) || h14ArabicTitleHead(a - 1) else { return }
        var e = z + 1
        while e < tokens.count, e - z <= 4, tokens[e].spaceBefore, h15ArabicNameWord(e) || Self.arabicNameParticles.contains(tokens[e]) { e += 1 }
        guard e - z - 1 >= 2, e >= tokens.count || tokens[e].kind == .punct || seedArabicWord(e) && (arabicFlags(e).contains(.stop) || NameFinder.arabicHasPrefix(tokens[e].key, "و") && isArabicDefinite(e)) else { return }
        let (s, x) = (tokens[z + 1].start, tokens[e - 1].end)
        if anyMention(where: { $0.type == .person && $0.start <= s && $0.end >= x }) || added.contains(where: { $0.start < x && $0.end > s }) { return }
        for o in mentions.indices where o != n && !removed.contains(o) && mentionStart(o) < x && mentionEnd(o) > s && mentionType(o) != .country {
            if mentionKnown(o) != nil { return }
            removed.insert(o)
        }
        added.append(mention(z + 1, e, type: .person, evidence: .cue))
    }

    /// "داتو حاجي عبد الملك بن حاجي" + "أحمد": Malay honorifics before a name are titles, and "بن حاجي" takes the name after it.
    mutating func h15MalayHonorificsOff(_ n: Int, _ a: Int, _ z: Int) {
        var b = a
        while b < z, Self.h15MalayHonorifics.contains(tokens[b]) { b += 1 }
        var e = z + 1
        if z >= 1, keyIs(z - 1, "بن"), Self.h15MalayHonorifics.contains(tokens[z]), e < tokens.count, tokens[e].spaceBefore, h14ArabicNameWord(e) { e += 1 }
        guard b > a || e > z + 1 else { return }
        seedReplace(n, b, e)
    }


    /// `h14ArabicNameWord`, and a name opening in ل ("لابورت") right before a punctuation mark (there no preposition's clitic).
    func h15ArabicNameWord(_ k: Int) -> Bool {
        if h14ArabicNameWord(k) { return true }
        // ("لامين" between two name words: a given name, not a preposition's clitic on a verbal noun.)
        guard seedArabicWord(k), NameFinder.arabicHasPrefix(tokens[k].key, "ل"), !NameFinder.arabicHasPrefix(tokens[k].key, "لل"), k + 1 < tokens.count,
              tokens[k + 1].kind == .punct || k > 0 && h14ArabicNameWord(k - 1) && h14ArabicNameWord(k + 1),
              !isCountry[k], !isArabicDefinite(k) else { return false }
        let f = arabicFlags(k)
        if f.contains(.stop) || f.contains(.timeWord) || f.contains(.speechVerb) { return false }
        // (A stem after the clitic may be a head or a title's word, "لامين" of "أمين": between two name words it is a name.)
        return tokens[k + 1].kind != .punct || !f.contains(.head)
    }

    /// "شركة بوكيت ماس تيناغا المحدودة", "لشركة بريست للمحركات المساهمة المفتوحة", "شركة النيل للإنشاءات المحدودة": a company
    /// noun, words (a known place's name among them, complements in لل-) and the legal form at `k` are the company.
    mutating func h15ArabicCompanyOverKnownPlace(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        let company = TextFolding.key("شركة")
        var a = k - 1
        if a > 0, tokens[a].stems.contains(TextFolding.key("المساهمة")) { a -= 1 }
        while a > 0, k - a < 7, seedArabicWord(a), !tokens[a].stems.contains(company), !isCountry[a],
              !isArabicDefinite(a) || NameFinder.arabicHasPrefix(tokens[a].key, "لل") || anyMention(where: { $0.known != nil && $0.start <= tokens[a].start && $0.end >= tokens[a].end }) { a -= 1 }
        guard a >= 0, a < k - 1, seedArabicWord(a), tokens[a].stems.contains(company) else { return }
        let (s, e) = (tokens[a].start, tokens[k].end)
        if anyMention(where: { $0.type == .organization && $0.start <= s + 1 && $0.end >= e }) { return }
        guard anyMention(where: { $0.known != nil && $0.type == .place && $0.start > s && $0.end < e }) else { return }
        h15Clear(a, k + 1, &removed, keepKnown: false)
        added.append(seedWithoutHeadClitic(mention(a, k + 1, type: .organization, evidence: .cue), head: a))
    }

    /// Common adjectives and nouns after a port or refinery noun ("ميناء بحري جديد", "مصفاة نفط كبرى"): no syllables of a name.
    static let h15ArabicPortAdjectives = KeySet(["بحري", "جديد", "جديده", "كبير", "كبيره", "كبري", "صغير", "رئيسي", "تجاري", "نفطي", "نفط", "دولي",
                                                 "جاف", "عميق", "حديث", "اخر", "اول", "ثاني", "اكبر", "جوي", "بري", "صيد", "غاز", "قديم", "واحد", "خاص", "عام"].map { TextFolding.key($0) })

    static let h15ArabicPortTriggers = KeySet(["ميناء", "وميناء", "بميناء", "لميناء", "مصفاه", "ومصفاه", "لمصفاه", "بمصفاه"].map { TextFolding.key($0) })

    /// "عبر ميناء كام رانه إلى", "مصفاة دونغ كوات": a port or refinery noun, then two short plain words (Vietnamese or Chinese
    /// syllables) before a clause's edge, nothing found over them: the port (a place) or the refinery (an organization).
    mutating func h15ArabicSyllablePort(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        guard k + 3 <= tokens.count else { return }
        let a = k + 1, b = k + 2
        guard b < tokens.count, seedArabicWord(a), seedArabicWord(b), tokens[a].spaceBefore, tokens[b].spaceBefore,
              PlainText.count(tokens[a].key) <= 4, PlainText.count(tokens[b].key) <= 4, h14ArabicNameWord(a), h14ArabicNameWord(b),
              !isArabicDefinite(a), !isArabicDefinite(b), !NameFinder.arabicHasPrefix(tokens[b].key, "و"),
              !Self.h15ArabicPortAdjectives.contains(tokens[a]),
              !Self.h15ArabicPortAdjectives.contains(tokens[b]) else { return }
        let edge = b + 1 >= tokens.count || tokens[b + 1].kind == .punct
            || seedArabicWord(b + 1) && (arabicFlags(b + 1).contains(.stop) || Self.arabicTownPrepositions.contains(tokens[b + 1]))
        guard edge else { return }
        let (s, x) = (tokens[k].start, tokens[b].end)
        if anyMention(where: { $0.start < x && $0.end > s && ($0.end >= x || $0.known != nil) }) || added.contains(where: { $0.start < x && $0.end > s }) { return }
        h15Clear(k, b + 1, &removed)
        let refinery = tokens[k].stems.contains(TextFolding.key("مصفاة"))
        var m = seedWithoutHeadClitic(mention(k, b + 1, type: refinery ? .organization : .place, evidence: .cue), head: k)
        m.placeContext = !refinery
        added.append(m)
    }

    /// "فقد", "وقد", "فإن", "لقد": a conjunction's clitic on a particle (a clause goes on, no name opens).
    static func h15ArabicCliticParticle(_ key: String) -> Bool {
        guard let f = key.unicodeScalars.first, "فول".unicodeScalars.contains(f), key.unicodeScalars.count >= 3 else { return false }
        return arabicStop.contains(String(key.unicodeScalars.dropFirst()))
    }

    static let h15ArabicStateNouns = KeySet(["جمهوريه", "دوله", "مملكه", "سلطنه"].map { TextFolding.key($0) })
    static let h15ArabicIslandPlurals = KeySet(["جزيرتي", "جزيرتا", "جزر"].map { TextFolding.key($0) })
    /// The keys of "المحدودة" and "لدى", folded once (they were folded at every trigger word). (spd32)
    static let h15ArabicLimitedKey = TextFolding.key("المحدودة"), h15ArabicLadaKey = TextFolding.key("لدى")

    /// Arabic triggers of the second batch: a company over a known place before its legal form, people after
    /// "في جمهورية X" and "لدى X", islands after a dual or plural island noun.
    mutating func h15ArabicTrigger2(_ k: Int, _ added: inout [Mention], _ removed: inout Set<Int>) {
        let key = tokens[k].key, h = tokens[k].keyHash
        if PhraseMatcher.same(key, Self.h15ArabicLimitedKey) {
            h15ArabicCompanyOverKnownPlace(k, &added, &removed)
        } else if Self.h15ArabicPortTriggers.contains(key, hash: h) {
            h15ArabicSyllablePort(k, &added, &removed)
        } else if Self.h15ArabicStateNouns.contains(key, hash: h) || PhraseMatcher.same(key, Self.h15ArabicLadaKey) {
            // "وزير الزراعة … في جمهورية غامبيا مودو لامين توراي", "سفيرة غامبيا غير المقيمة لدى كازاخستان فاتو بنسودة-سيساي":
            // a title's complement ending with a state's name, then two to four name words: the person.
            let state = !PhraseMatcher.same(key, Self.h15ArabicLadaKey)
            if state { guard k > 0, keyIs(k - 1, "في") else { return } }
            var c = k + 1
            guard c < tokens.count, isCountry[c] else { return }
            while c < tokens.count, isCountry[c] { c += 1 }
            guard (max(0, k - 12)..<k).contains(where: { h14ArabicTitleHead($0) }) else { return }
            // Honorifics before the name are titles ("داتو حاجي …").
            while c < tokens.count, seedArabicWord(c), Self.h15MalayHonorifics.contains(tokens[c]) { c += 1 }
            // A noun in -ية or -ات opens no name ("في جمهورية X إمكانية تطوير …").
            guard c < tokens.count, seedArabicWord(c), !NameFinder.arabicHasSuffix(tokens[c].key, "يه"), !NameFinder.arabicHasSuffix(tokens[c].key, "ات"),
                  !Self.h15ArabicCliticParticle(tokens[c].key) else { return }
            var e = c
            while e < tokens.count, e - c < 5, tokens[e].spaceBefore || h15GluedHyphen(e - 1) || keyIs(e, "-"),
                  keyIs(e, "-") || h15ArabicNameWord(e) || Self.arabicNameParticles.contains(tokens[e]) {
                if e - c >= 2, NameFinder.arabicHasSuffix(tokens[e].key, "ه") || NameFinder.arabicHasSuffix(tokens[e].key, "ات") { break }
                e += 1
            }
            while e > c, keyIs(e - 1, "-") { e -= 1 }
            let words = (c..<e).filter { tokens[$0].kind == .word }.count
            guard words >= 2, words <= 4 else { return }
            let (s, x) = (tokens[c].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .person && $0.start <= s && $0.end >= x }) || added.contains(where: { $0.start < x && $0.end > s }) { return }
            if anyMention(where: { $0.known != nil && $0.start < x && $0.end > s }) { return }
            h15Clear(c, e, &removed)
            added.append(mention(c, e, type: .person, evidence: .cue))
        } else if Self.h15ArabicIslandPlurals.contains(key, hash: h) {
            // "جزيرتي براسلين ولا ديغ": after a dual or plural island noun, a plain word and the one or two words after و.
            guard k + 1 < tokens.count, plainArabicPlaceWord(k + 1) || h14ArabicNameWord(k + 1) && !isArabicDefinite(k + 1) else { return }
            var first = mention(k + 1, k + 2, type: .place, evidence: .cue)
            first.placeContext = true
            if h15MentionStarting(k + 1, removed) == nil { added.append(first) }
            let j = k + 2
            guard j < tokens.count, seedArabicWord(j), NameFinder.arabicHasPrefix(tokens[j].key, "و"), tokens[j].key.unicodeScalars.count >= 3 else { return }
            var e = j + 1
            if e < tokens.count, seedArabicWord(e), tokens[e].spaceBefore, h14ArabicNameWord(e), !isArabicDefinite(e),
               e + 1 >= tokens.count || tokens[e + 1].kind == .punct || arabicFlags(e + 1).contains(.stop) { e += 1 }
            var m = mention(j, e, type: .place, evidence: .cue)
            m.start += 1
            m.surface = String(m.surface.unicodeScalars.dropFirst())
            m.placeContext = true
            if !anyMention(where: { $0.start <= m.start && $0.end >= m.end }) { added.append(m) }
        }
    }

    /// Common nouns of an area before a place's name ("ريف حمص", "ضواحي X"): no part of a town's name.
    static let h15ArabicAreaNouns = KeySet(["ريف", "ضواحي", "اطراف", "وسط", "قلب", "محيط", "منطقه", "بلده", "قريه", "شمال", "جنوب", "شرق", "غرب"].map { TextFolding.key($0) })

    static let h15ArabicFi = TextFolding.key("في")

    static let h15ArabicPortHeads = [TextFolding.key("ميناء"), TextFolding.key("مصفاة"), TextFolding.key("مدينة")]

    /// "ميناء سونغ" + "دوك", "مصفاة دونغ" + "كوات": a port, refinery or town named by Vietnamese or Chinese syllables
    /// takes the short plain word after its last syllable; a refinery is an organization.
    mutating func h15ArabicSyllablePlace(_ n: Int, _ a: Int, _ z: Int) {
        guard z == a + 1, let head = Self.h15ArabicPortHeads.first(where: { tokens[a].stems.contains($0) }),
              z + 1 < tokens.count, seedArabicWord(z + 1),
              Self.hanVietArabicSyllables.contains(tokens[z]) || PlainText.count(tokens[z].key) <= 4
                && (z + 2 >= tokens.count || tokens[z + 2].kind == .punct || seedArabicWord(z + 2) && (arabicFlags(z + 2).contains(.stop)
                    || Self.arabicTownPrepositions.contains(tokens[z + 2]))),
              tokens[z + 1].spaceBefore, !covered[z + 1] || !anyMention(where: { $0.start == tokens[z + 1].start }),
              PlainText.count(tokens[z + 1].key) <= 4, !isArabicDefinite(z + 1), h14ArabicNameWord(z + 1), !NameFinder.arabicHasPrefix(tokens[z + 1].key, "و") else { return }
        h15Rebuild(n, a, z + 2)
        if PhraseMatcher.same(head, TextFolding.key("مصفاة")) { mentions[n].type = .organization }
    }

    /// "في نوفوغرودوك في مايو", "في كوالا بيلايت في سبتمبر", "في أنس بوالو.": after في, one or two plain words before
    /// "في" and a month, or two before the sentence's end, are a town.
    mutating func h15ArabicTownsBeforeMonths(_ added: inout [Mention]) {
        let fi = Self.h15ArabicFi, fiHash = Token.hash(Self.h15ArabicFi)
        var k = 1
        while k + 2 < tokens.count {
            defer { k += 1 }
            // The word before must be في: its hash first (no string compared for the others).
            guard tokens[k - 1].keyHash == fiHash, PhraseMatcher.same(tokens[k - 1].key, fi), seedArabicWord(k), plainArabicPlaceWord(k), !isMonth(k) else { continue }
            var e = k + 1
            if e < tokens.count, seedArabicWord(e), tokens[e].spaceBefore, plainArabicPlaceWord(e), !keyIs(e, "في") { e += 1 }
            guard e < tokens.count else { continue }
            let month = keyIs(e, "في") && e + 1 < tokens.count && (Self.arabicMonths.contains(tokens[e + 1]) || isMonth(e + 1))
            let end = e - k == 2 && tokens[e].kind == .punct && (keyIs(e, ".") || keyIs(e, "،")) && (e + 1 >= tokens.count || tokens[e + 1].newlineBefore || keyIs(e, "."))
                && !Self.h15ArabicAreaNouns.contains(tokens[k])
                && !anyMention(where: { $0.words.count == 1 && $0.words[0] == tokens[e - 1].key })
            guard month || end else { continue }
            let (s, x) = (tokens[k].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < x && $0.end > s }) || added.contains(where: { $0.start < x && $0.end > s }) { continue }
            var m = mention(k, e, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
            k = e
        }
    }

    // MARK: - Han

    /// "江苏海通港务工程有限公司", "上海海洋大学": a place found inside an organization's name is named only there.
    mutating func h15HanPlacesInsideOrganizations(_ removed: inout Set<Int>) {
        var orgs: [(Int, Int)] = []
        for n in mentions.indices where mentionType(n) == .organization && mentionEnd(n) - mentionStart(n) >= 4 {
            if let c = mentionSurface(n).unicodeScalars.first, (0x4E00...0x9FFF).contains(c.value) { orgs.append((mentionStart(n), mentionEnd(n))) }
        }
        guard !orgs.isEmpty else { return }
        for n in mentions.indices where mentionType(n) == .place && !removed.contains(n) {
            let (s, e) = (mentionStart(n), mentionEnd(n))
            guard mentionSurface(n).unicodeScalars.first.map({ (0x4E00...0x9FFF).contains($0.value) }) == true else { continue }
            if orgs.contains(where: { $0.0 <= s && $0.1 >= e && ($0.1 - $0.0) > (e - s) }) { removed.insert(n) }
        }
    }

    static let h15HanPortSuffixes: [[UInt32]] = ["码头", "国际机场", "机场"].map(hanCodes)
    static let h15HanMa = hanCode("码"), h15HanJi = hanCode("机")

    static func h15HasMaOrJi(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { buf in
            var i = 0
            let n = buf.count
            while i + 2 < n {
                let b = buf[i]
                if b == 0xE7, buf[i + 1] == 0xA0, buf[i + 2] == 0x81 { return true }
                if b == 0xE6, buf[i + 1] == 0x9C, buf[i + 2] == 0xBA { return true }
                i += 1
            }
            return false
        }
    }

    /// "连接萨莱洛洛加码头和法莱奥洛国际机场": three to seven transliteration characters before 码头, 国际机场 or 机场
    /// (nothing found over them) are a wharf's or an airport's name, a place.
    mutating func h15HanPortsAndAirports(_ added: inout [Mention], _ removed: inout Set<Int>) {
        for index in tokens.indices where tokens[index].script == .han && tokens[index].end - tokens[index].start >= 5 {
            let t = token(index)
            // 码 (E7 A0 81) or 机 (E6 9C BA) in the run's bytes, before any array is built.
            guard Self.h15HasMaOrJi(t.text) else { continue }
            let scalars = Array(t.text.unicodeScalars)
            let chars = scalars.map(Self.hanCode)
            let n = chars.count
            var taken: [Range<Int>] = []
            for m in mentions where m.end > t.start && m.start < t.end { taken.append(max(0, m.start - t.start)..<min(n, m.end - t.start)) }
            var p = 3
            while p < n {
                defer { p += 1 }
                guard chars[p] == Self.h15HanMa || chars[p] == Self.h15HanJi || chars[p] == Self.hanCode("国"),
                      let suffix = Self.h15HanPortSuffixes.first(where: { Self.hanMatches(chars, $0, at: p) }) else { continue }
                var s = p
                while s > 0, p - s < 7, Self.hanTransliterationSet.contains(chars[s - 1]) { s -= 1 }
                guard p - s >= 3 else { continue }
                // One more character outside the set when a boundary (和, 、, a run's start) comes right before it ("和鲍尔菲尔德").
                if s > 0, !Self.hanOrgLeftStopSet.contains(chars[s - 1]), s == 1 || Self.hanOrgLeftStopSet.contains(chars[s - 2]) || chars[s - 2] == Self.hanCode("和") { s -= 1 }
                let r = s..<(p + suffix.count)
                // "鲍尔菲尔德国际机场": a country read across the name's end and 国际 ("德国") is none.
                if suffix.count == 4, let c = mentions.indices.first(where: { !removed.contains($0) && mentionType($0) == .country
                    && mentionEnd($0) - t.start == p + 1 && mentionStart($0) - t.start == p - 1 }) {
                    removed.insert(c)
                    taken.removeAll { $0 == (p - 1)..<(p + 1) }
                }
                guard !taken.contains(where: { $0.overlaps(r) }) else { continue }
                let (a, e) = hanSpan(t, scalars, r.lowerBound, r.count)
                let name = Self.hanString(scalars, r.lowerBound, r.upperBound)
                var m = Mention(surface: name, start: a, end: e, type: .place, evidence: .cue, words: [name])
                m.placeContext = true
                added.append(m)
                taken.append(r)
                p = r.upperBound - 1
            }
        }
    }

    static let h15HanDot: Set<UInt32> = [0xB7, 0x30FB, 0x2027, 0xFF0E, 0x2022]

    /// "斯泰因" + "农·赫尔加多蒂尔": a person cut one or two characters before a middle dot (the dot ends its run), with
    /// transliteration characters after the dot, goes on over them (the cut character is a word elsewhere: 农, 和, 在).
    mutating func h15HanDottedNamesCut() {
        for n in mentions.indices where mentionType(n) == .person && mentionKnown(n) == nil {
            let e = mentionEnd(n)
            // Han mentions only (a byte test of the surface's first scalar), and the run holding the mention by binary search.
            guard let c0 = mentionSurface(n).unicodeScalars.first, c0.value >= 0x3400, TextFolding.isHan(c0) else { continue }
            var lo = 0, hi = tokens.count
            while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].end < e { lo = mid + 1 } else { hi = mid } }
            let ti = lo
            guard ti < tokens.count, tokens[ti].script == .han, tokens[ti].start <= mentionStart(n),
                  tokens[ti].end > e, tokens[ti].end - e <= 2, ti + 2 < tokens.count, tokens[ti + 1].kind == .punct,
                  tokens[ti + 1].text.unicodeScalars.count == 1, let dot = tokens[ti + 1].text.unicodeScalars.first,
                  Self.h15HanDot.contains(dot.value), !tokens[ti + 1].spaceBefore, tokens[ti + 2].script == .han, !tokens[ti + 2].spaceBefore else { continue }
            let t = token(ti), u = token(ti + 2)
            // (The characters left before the dot are the given name's end whatever they are: a dot joins parts of one name.)
            let scalars = Array(u.text.unicodeScalars)
            let chars = scalars.map(Self.hanCode)
            var r = 0
            while r < chars.count, r < 8, Self.hanTransliterationSet.contains(chars[r]) { r += 1 }
            guard r >= 2 else { continue }
            // Leave the verb after the name ("赫尔加多蒂尔介绍"): the run's transliteration characters only.
            let (_, b) = hanSpan(u, scalars, 0, r)
            let s = mentionStart(n)
            let first = String(String.UnicodeScalarView(Array(t.text.unicodeScalars).suffix(t.end - s)))
            let name = first + String(dot) + Self.hanString(scalars, 0, r)
            var m = Mention(surface: name, start: s, end: b, type: .person, evidence: mentionEvidence(n), words: [name])
            m.variants = mentions[n].variants
            mentions[n] = m
        }
    }
}
