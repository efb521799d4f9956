import Foundation

/// Discovery of names that no list holds, in Latin and Cyrillic script:
/// capitalized sequences, cut at titles and countries, typed by cues.
extension NameFinder {
    /// Lowercase French words that open an organization's name ("usine de …", "ministère des …"),
    /// compared by bytes as folded keys are (an array literal was allocated per lowercase word).
    static let frenchLowercaseOrgHeads = KeySet(["usine", "ministere", "ministère", "agence", "banque", "commission", "conseil", "comite", "comité", "universite", "université"])

    mutating func discoverAlphabetic() {
        var i = 0
        var cueBudget = 0            // > 0: a title was just seen, the next name is a person
        let lenient = lang.ru || lang.vi
        let knownOrganization = tokensInKnownOrganizations()
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let cueEndingPunctuation = Self.cueEndingPunctuation, germanOfWords = Self.germanOfWords,
            frenchLowercaseOrgHeads = Self.frenchLowercaseOrgHeads, vietnameseLinkWords = Self.vietnameseLinkWords,
            frenchPlacePrepositions = Self.frenchPlacePrepositions, articlesOpeningPublications = Self.articlesOpeningPublications,
            frenchArticles = Self.frenchArticles, russianSentencePrepositions = Self.russianSentencePrepositions
        while i < tokenCount {
            // With no title's reach open (most of a text), a token that no rule below reads is passed over at once,
            // without the token's copy and the rules' tests: see `passedOverWithoutCue`.
            if cueBudget == 0, passedOverWithoutCue(i) { i += 1; continue }
            let t = token(i)
            if t.kind == .punct, cueEndingPunctuation.contains(t) { cueBudget = 0 }
            if covered[i] {
                // "Tổng Giám đốc Quỹ Tiền tệ Quốc tế Kristalina Georgieva", "CEO of Acme Corp John Smith":
                // a known organization after a title keeps the person cue; any other known name ends it.
                cueBudget = cueBudget > 0 && knownOrganization[i] ? max(cueBudget - 1, 1) : 0
                i += 1
                continue
            }
            guard t.script == .latin || t.script == .cyrillic || t.script == .other else { i += 1; continue }
            if t.kind == .word || t.kind == .elision, let title = titleMatch(at: i) {
                cueBudget = 8
                i += title.length
                continue
            }
            if lang.de, germanOpenerBeforeCompound(i) { i += 1; continue }   // (German only: no call for other tokens)
            // German compound institutions: "Bundesministerium für Wirtschaft und Klimaschutz",
            // "Bundesamt für Statistik": the compound, then "für"/"der"/"des"/"und" and capitalized words.
            if lang.de, t.kind == .word, t.capitalized, !covered[i], Self.germanInstitutionCompound(t.key) {
                var j = i + 1
                while j + 1 < tokenCount, token(j).kind == .word, !token(j).capitalized, germanOfWords.contains(token(j)),
                      isCap(j + 1), !covered[j + 1], !isCountry[j + 1] || !token(j).keyEquals("und") {
                    j += 2
                }
                if j > i + 1 {
                    mentions.append(mention(i, j, type: .organization, evidence: .cue))
                    // "der Staatssekretär im Bundesministerium für Wirtschaft und Energie, Tobias Reinhardt": a title's
                    // reach goes on over the institution it names (as over a known one).
                    cueBudget = cueBudget > 0 ? max(cueBudget - 1, 2) : 0
                    i = j
                    continue
                }
            }
            // German compound titles: "Finanzminister", "Ministerpräsidenten", "Bundeskanzlerin".
            if lang.de, t.kind == .word, t.capitalized, EntityCues.isGermanTitle(t.key) {
                cueBudget = 8
                i += 1
                continue
            }
            // Organizations that start with a lowercase keyword (French "usine de …", "ministère des …").
            if t.kind == .word, !t.capitalized, t.script == .latin, lang.fr,
               frenchLowercaseOrgHeads.contains(t) {
                if let end = frenchOrgEnd(from: i), end - i >= 3, (i..<end).contains(where: { isCap($0) }) {
                    mentions.append(mention(i, end, type: .organization, evidence: .cue))
                    i = end
                    continue
                }
            }
            if lang.vi, cueBudget > 0, isCap(i), i + 1 < tokenCount, covered[i + 1], isFamilyName(i) { uncoverPlaceInName(i + 1) }
            guard isCap(i) || (t.isInitialLetter && i + 1 < tokenCount && token(i + 1).keyEquals(".")) else {
                if cueBudget > 0 {
                    // Vietnamese names follow their title at once; only linking words ("Đại sứ Nhật Bản tại
                    // Việt Nam Ito Naoki") keep the cue over lowercase words ("Thủ tướng đề nghị Foxconn" does not).
                    let viLink = lang.vi && vietnameseLinkWords.contains(t)
                    // ("für Industrie und Bau, Olzhas Bekow": a coordinator costs no more than the English "and", a connector.)
                    let cheap = t.kind == .punct || isConnector(i) || isCountry[i] || (lenient && (!lang.vi || viLink)) || !lang.vi && isCoordinator(i)
                    cueBudget -= cheap ? 1 : 4
                    // "Посол обсудил сотрудничество с провинцией …": a verb ends the title's reach.
                    if t.script == .cyrillic, t.kind == .word, looksLikeRussianVerb(t.key) { cueBudget = 0 }
                }
                i += 1
                continue
            }
            // «Для Сербии это второй маршрут», — сказал он: quoted speech, not a name; its first word
            // opens a sentence (names further inside are read as anywhere else).
            if t.script == .cyrillic, t.kind == .word, t.capitalized, i > 0, keyIs(i - 1, "«"), quotedSpeech(from: i) {
                i += 1
                continue
            }
            // «Сибирская энергетика», «Норильский никель»: a capitalized Russian name in quotes, lowercase
            // words included, is an organization (companies and newspapers are quoted so).
            if t.script == .cyrillic, t.kind == .word, t.capitalized, i > 0, keyIs(i - 1, "«"),
               let close = (i + 1..<min(tokenCount, i + 7)).first(where: { keyIs($0, "»") }), close > i + 1,
               (i..<close).allSatisfy({ (token($0).kind == .word || token($0).keyEquals("-")) && !covered[$0] && token($0).script != .latin }) {
                mentions.append(mention(i, close, type: .organization, evidence: .cue))
                cueBudget = 0
                i = close
                continue
            }
            // "En Bretagne", "В Актау": a sentence-initial preposition is not part of the name after it.
            if t.sentenceStart, t.kind == .word, i + 1 < tokenCount, isCap(i + 1), !covered[i + 1],
               lang.fr && frenchPlacePrepositions.contains(t) || t.script == .cyrillic && (PhraseMatcher.same(t.key, "в") || PhraseMatcher.same(t.key, "во")) {
                i += 1
                continue
            }
            // "Según El Heraldo, …", "Selon Le Soleil, …": a sentence-initial source word before a capitalized article
            // is no part of the publication after it (read as after a lowercase one).
            if t.kind == .word, t.keyEquals("segun") || t.keyEquals("selon") || t.keyEquals("laut")
                || t.keyEquals("secondo"), t.sentenceStart || Self.opensAfterDatelineDash(tokens, i), i + 2 < tokenCount,
               isCap(i + 1), !covered[i + 1], articlesOpeningPublications.contains(token(i + 1)), isCap(i + 2) {
                i += 1
                continue
            }
            // "Le Conseil du café-cacao …": a sentence-initial French article before an institution's keyword.
            if lang.fr, t.sentenceStart, t.kind == .word, frenchArticles.contains(t), i + 1 < tokenCount, isCap(i + 1),
               !covered[i + 1], orgKeyword(at: i + 1) != nil {
                i += 1
                continue
            }
            // "На реке Сырдарья …", "Для Министерства …": any sentence-initial Russian preposition.
            if t.sentenceStart, t.kind == .word, t.script == .cyrillic, i + 1 < tokenCount, token(i + 1).kind == .word,
               token(i + 1).script == .cyrillic, russianSentencePrepositions.contains(t) {
                i += 1
                continue
            }
            // Vietnamese portfolio after a title ("Bộ trưởng Ngoại giao Lào X"): one capitalized
            // syllable before lowercase ones is the ministry's field; the person cue carries over.
            if lang.vi, cueBudget > 0, !isCountry[i], i + 2 < tokenCount, token(i + 1).kind == .word,
               !token(i + 1).capitalized, token(i + 1).script == .latin, isCap(i + 2), orgKeyword(at: i) == nil {
                cueBudget -= 1
                i += 2
                continue
            }
            // "Thứ trưởng Đoàn Minh Khôi đề nghị": after a title, a family name that is also an institution's word
            // ("Đoàn", a delegation) and two more capitalized syllables are a person; "Đoàn Belarus" (the Belarusian
            // delegation) is no organization.
            if lang.vi, t.kind == .word, t.capitalized, t.keyEquals("doan"), exactForm(i) == "đoàn", i + 1 < tokenCount, isFamilyName(i) {
                if cueBudget > 0, i + 3 <= tokenCount, isCap(i + 1), isCap(i + 2), !isCountry[i + 1], !isCountry[i + 2],
                   orgKeyword(at: i + 1) == nil, placeKeyword(at: i + 1) == nil, !covered[i + 1], !covered[i + 2],
                   i + 3 == tokenCount || !isCap(i + 3) {
                    mentions.append(mention(i, i + 3, type: .person, evidence: .cue))
                    cueBudget = 0
                    i += 3
                    continue
                }
                if isCountry[i + 1] || token(i + 1).capitalized && lex.countries.match(tokens, at: i + 1, language: language) != nil,
                   i + 2 >= tokenCount || !isCap(i + 2) || isCountry[i + 2] { i += 1; continue }
            }
            let end = groupEnd(from: i)
            // "شركة Belarus Tractor", "корпорации PowerChina": a Latin name right after a company noun
            // of the article's own script is that company's, country words included.
            if t.script == .latin, i > 0, token(i - 1).kind == .word, token(i - 1).script != .latin, isCompanyNoun(i - 1),
               (i..<end).allSatisfy({ token($0).script == .latin }), (i..<end).contains(where: { !isCountry[$0] }) {
                for k in i..<end where isCountry[k] { isCountry[k] = false }
                mentions.removeAll { $0.type == .country && $0.start >= token(i).start && $0.end <= token(end - 1).end }
                mentions.append(mention(i, end, type: .organization, evidence: .cue))
                cueBudget = 0
                i = end
                continue
            }
            // "Air Astana", "Air Madagascar": "Air" before a known place or country names an airline.
            if end == i + 1, t.capitalized, t.keyEquals("air"), end < tokenCount, covered[end] || isCountry[end], token(end).capitalized,
               token(end).spaceBefore, token(end).script == .latin {
                let s0 = token(end).start
                if let k = mentions.indices.last(where: { mentions[$0].start == s0 && (mentions[$0].type == .place || mentions[$0].type == .country) }) {
                    let e0 = mentions[k].end
                    var stop = end
                    while stop < tokenCount, token(stop).end <= e0 { stop += 1 }
                    mentions.removeAll { $0.start >= s0 && $0.end <= e0 && ($0.type == .place || $0.type == .country) }
                    mentions.append(mention(i, stop, type: .organization, evidence: .cue))
                    for k in i..<stop { covered[k] = true; isCountry[k] = false }
                    cueBudget = 0
                    i = stop
                    continue
                }
            }
            // "Đại sứ Nhật Bản tại Việt Nam Ito Naoki", "Kenyan President …": a country between a
            // title and the name keeps the person cue alive.
            if cueBudget > 0, (i..<end).allSatisfy({ isCountry[$0] || token($0).kind != .word }) {
                cueBudget -= 1
                i = end
                continue
            }
            // A sentence-initial Russian preposition counts too ("В Актау пройдёт форум").
            let placeBefore = i > 0 && lex.placePrepositions.contains(token(i - 1)) && !vietnameseFoldedPreposition(i - 1)
                && (!token(i - 1).capitalized || token(i - 1).script == .cyrillic
                    || lang.fr && frenchPlacePrepositions.contains(token(i - 1)))
                || cueBudget == 0 && coordinatedWithPlace(i) || portugueseItalianPlaceBefore(i)
                || i >= 2 && keyIs(i - 1, "for") && keyIs(i - 2, "bound")   // "ships bound for Poti"
                || i >= 2 && keyIs(i - 1, "the") && !token(i - 2).capitalized
                    && (keyIs(i - 2, "along") || keyIs(i - 2, "across"))   // "along the Yaselda"
            // "the mayor of the city of Chimbote": the settlement noun ends a title's reach.
            let nounOf = placeNounOf(i)
            if nounOf { cueBudget = 0 }
            // "Conaprole and Delta Air Lines", "Thyssenkrupp und Siemens Energy": see `coordinatedCompanies`.
            if !lang.vi, t.sentenceStart, end == i + 1, t.script == .latin, !placeBefore { sentenceInitialSingles.append(i) }
            analyzeGroup(i, end, personCue: cueBudget > 0, placeContext: placeBefore || nounOf)
            // ("Minister of Housing and Public Works X Y": the title's reach goes on over its portfolio.)
            // ("Governor of Sarytau region Anna Bekova": so does the region it governs, NameFinder+Leftovers.)
            cueBudget = cueBudget > 0 && (portfolioGoesOn(i, end) || regionOfTitleGoesOn(i)) ? cueBudget : 0   // (NameFinder+Latin)
            i = max(end, i + 1)
        }
        if !sentenceInitialSingles.isEmpty { coordinatedCompanies() }
        organizationsSpelledByAcronym()
        knownPlacesInLongerNames()
        if lang.ru { joinRussianHyphenatedPlaces(); joinRussianParticlePlaces() }
        if lang.ru || language == "uk" || language == "be" || language == "kk" { linkRussianPlaceCases(); linkCyrillicMasculineSurnameCases() }   // NameFinder+RuZhAr.swift
        regionsNamedWithACountryWord()
        placesCoordinatedBeforePlaces()
        latinPostPass()   // (NameFinder+Latin)
    }

    /// Token `i` is one that `discoverAlphabetic`'s loop, with no person cue open (`cueBudget` 0), only steps over:
    /// a token a known name covers (the cue stays 0), one of another script, or one that is no capitalized word
    /// (`isCap`; nor then an initial), starts no title and is no French lowercase organization head ("usine de …").
    /// Every other rule of the loop needs a capitalized word or an open cue. (Most tokens: the loop's first tests,
    /// made for each of them, were most of its own cost.)
    @inline(__always) func passedOverWithoutCue(_ i: Int) -> Bool {
        if covered[i] { return true }
        let script = tokens[i].script
        guard script == .latin || script == .cyrillic || script == .other else { return true }
        if isCap(i) { return false }
        let kind = tokens[i].kind
        if kind == .word || kind == .elision, titleMatch(at: i) != nil { return false }
        if lang.fr, kind == .word, script == .latin, !tokens[i].capitalized,
           Self.frenchLowercaseOrgHeads.contains(tokens[i]) { return false }
        return true
    }

    /// "у Ловеча и у Габрова", "near Kasama and near Mpika": a one-word name with no type after a
    /// lowercase preposition, coordinated with a place right after it (the preposition repeated or
    /// not), is a place too; the place may be one only by a form read elsewhere ("из Габрова").
    mutating func placesCoordinatedBeforePlaces() {
        guard mentions.indices.contains(where: { mentions[$0].type == nil && mentions[$0].words.count == 1 && !mentions[$0].placeContext }) else { return }
        // The place forms and the mentions by start are looked up only for a name that passes the token
        // tests below (nearly none): built then, not for every article. The forms are those of the mentions
        // before this pass (the ones it marked are left out), compared by `PlainText.equal` (`==`, as the
        // `Set<String>` they were kept in compared them) in a short list.
        var placeForms: [String]?
        var marked: [Int] = []
        func isPlaceForm(_ s: String) -> Bool {
            if placeForms == nil {
                var forms: [String] = []
                for mi in mentions.indices where (mentions[mi].type == .place || mentions[mi].type == nil && mentions[mi].placeContext) && !marked.contains(mi) {
                    forms.append(mentions[mi].surface)
                    forms.append(contentsOf: mentions[mi].variants)
                }
                placeForms = forms
            }
            return placeForms!.contains { PlainText.equal($0, s) }
        }
        // Tokens are in text order: a binary search finds the token at an offset (dictionaries
        // over every token of every article were a few per cent of extraction).
        func token(where offset: (Token) -> Int, is value: Int) -> Int? {
            var lo = 0, hi = tokens.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if offset(tokens[mid]) < value { lo = mid + 1 } else { hi = mid }
            }
            // The last token with that offset, as a dictionary filled in order keeps.
            guard lo < tokens.count, offset(tokens[lo]) == value else { return nil }
            while lo + 1 < tokens.count, offset(tokens[lo + 1]) == value { lo += 1 }
            return lo
        }
        var mentionAt: [Int: Int]?
        for i in mentions.indices where mentions[i].type == nil && mentions[i].words.count == 1 && !mentions[i].placeContext {
            guard let first = token(where: \.start, is: mentions[i].start), let last = token(where: \.end, is: mentions[i].end),
                  first > 0, last + 2 < tokens.count else { continue }
            let prep = tokens[first - 1]
            guard prep.kind == .word, !prep.capitalized, prep.script == tokens[first].script, isCoordinator(last + 1) else { continue }
            var k = last + 2
            if tokens[k].kind == .word, tokens[k].key == prep.key { k += 1 }
            guard k < tokens.count else { continue }
            if mentionAt == nil {
                var at: [Int: Int] = [:]
                for m in mentions.indices { at[mentions[m].start] = m }
                mentionAt = at
            }
            guard let j = mentionAt![tokens[k].start] else { continue }
            let other = mentions[j]
            if other.type == .place || other.type == nil && (other.placeContext || isPlaceForm(other.surface)) {
                mentions[i].placeContext = true
                marked.append(i)
            }
        }
    }

    /// "ông Đỗ Hà Nam", "Bộ trưởng Lê Thái Bình": after a title, a family name followed by a known
    /// place of one or two syllables is a person whose given name reads like a province; the place
    /// found there is dropped so that discovery takes the whole name.
    mutating func uncoverPlaceInName(_ k: Int) {
        let s0 = tokens[k].start
        guard let p = mentions.indices.first(where: { mentions[$0].start == s0 && mentions[$0].type == .place && mentions[$0].known != nil && mentions[$0].words.count <= 2 }) else { return }
        let e0 = mentions[p].end
        var e = k
        while e < tokens.count, tokens[e].end <= e0 { covered[e] = false; e += 1 }
        mentions.remove(at: p)
    }

    /// Sentence-initial one-word names that discovery drops (they may be common words): a company
    /// when coordinated with an organization ("Pertamina and Telkom Indonesia said", "Saudia and
    /// Delta Air Lines") or described by a company noun in apposition ("Conaprole, the country's
    /// largest dairy cooperative, said").
    mutating func coordinatedCompanies() {
        for i in sentenceInitialSingles where i + 2 < tokens.count && !covered[i] && !isCountry[i] {
            let t = token(i)
            // (`PlainText` counts and compares a plain key by its bytes: `String` walked a non-ASCII key's characters.)
            guard t.kind == .word, t.capitalized, !t.allCaps, PlainText.count(t.key) >= 4, !isStopword(i), !isMonth(i),
                  !isGivenName(i), titleMatch(at: i) == nil, orgKeyword(at: i) == nil, placeKeyword(at: i) == nil,
                  t.key.utf8.last != UInt8(ascii: "s"), !PlainText.hasSuffix(t.key, "ly"), !PlainText.hasSuffix(t.key, "ing"),
                  !mentions.indices.contains(where: { mentions[$0].start <= t.start && mentions[$0].end > t.start }) else { continue }
            var company = false
            if isCoordinator(i + 1) {
                // ("Repsol and Brazil's Petrobras": the other company after its country's possessive.)
                var other = i + 2
                if isCountry[other], other + 2 < tokens.count, tokens[other + 1].keyEquals("'s") { other += 2 }
                let next = tokens[other].start
                company = mentions.indices.contains { mentions[$0].start == next && (mentions[$0].type == .organization || mentions[$0].type == nil && !mentions[$0].placeContext && mentions[$0].words.count == 1) }
            } else if tokens[i + 1].keyEquals(",") {
                var k = i + 2
                while k < tokens.count, k - i <= 10, !(tokens[k].kind == .punct && [".", ";", ":", "!", "?"].contains(tokens[k].key)) {
                    if tokens[k].kind == .word, Self.companyNouns.contains(tokens[k]) { company = true; break }
                    k += 1
                }
            }
            if company { mentions.append(mention(i, i + 1, type: .organization, evidence: .cue)) }
        }
    }

    /// Common nouns that describe a company, in an apposition after its name.
    static let companyNouns: WordSet = [
        "company", "firm", "cooperative", "co-operative", "carrier", "airline", "producer", "maker", "operator", "bank", "lender",
        "miner", "exporter", "importer", "conglomerate", "manufacturer", "retailer", "insurer", "developer", "supplier", "group",
        "empresa", "empresas", "compania", "cooperativa", "aerolinea", "productor", "productora", "grupo", "firma",
        "societe", "entreprise", "groupe", "compagnie", "cooperative", "constructeur", "producteur",
        "unternehmen", "konzern", "firma", "gruppe", "hersteller",
        // verbs of a company in a relative clause ("Marfrig, which runs three slaughterhouses")
        "operates", "runs", "owns", "produces", "makes", "mines", "employs", "exports",
    ]

    /// A lowercase company noun in Arabic or Russian ("شركة", "компании", "корпорации"), before a Latin name.
    func isCompanyNoun(_ k: Int) -> Bool {
        let t = token(k)
        if t.script == .arabic { return t.stems.contains { Self.arabicCompanyHeads.contains($0) } }
        guard t.script == .cyrillic, !t.capitalized else { return false }
        return Self.russianCompanyNouns.contains { t.key.hasPrefix($0) }
    }
    static let russianCompanyNouns = ["компани", "корпораци", "концерн", "холдинг", "групп", "банк", "авиакомпани", "фирм"]

    /// Coordinating words that join two names of the same kind ("in Hanoi and Da Nang", "в Минске и Гродно").
    static let coordinators: [String] = ["and", "et", "y", "und", "и", "e", "va", "or", "ou", "o", "oder", "или", "і", "та",   // (і, та: Ukrainian)
                                         "dan"]   // Indonesian and Malay (no other language writes it lowercase)
    /// `coordinators` probed by the token's key hash (a scan of their hashes and a string compare was most of
    /// `listCoordinator`'s cost); every coordinator is its own only canonical form, so bytes decide.
    static let coordinatorKeys = KeySet(coordinators)
    @inline(__always) func isCoordinator(_ k: Int) -> Bool {
        tokens[k].kind == .word && !tokens[k].capitalized && Self.coordinatorKeys.contains(tokens[k])
    }

    /// "in Hanoi and Ho Chi Minh City", "в Минске и Гродно", "from Surabaya and Medan": the name
    /// after a coordinator is a place when the name before it is one (known, or after a place preposition).
    func coordinatedWithPlace(_ i: Int) -> Bool {
        guard i >= 2, isCoordinator(i - 1), tokens[i - 2].kind == .word else { return false }
        if lang.vi, exactForm(i - 1) != "và" { return false }
        let endOffset = tokens[i - 2].end
        var k = mentions.count - 1
        while k >= 0 {   // by index: iterating the mentions would copy each one
            if mentions[k].end == endOffset { return mentions[k].type == .place || mentions[k].type == nil && mentions[k].placeContext }
            k -= 1
        }
        return false
    }

    /// Lowercase nouns of settlements and regions before "of"/"de" and a name (folded keys).
    static let placeNounsBeforeOf = KeySet([
        "town", "city", "village", "province", "region", "district", "municipality", "port", "county", "island", "state",
        "ville", "commune", "village", "region", "departement", "localite", "cite", "ile", "port",
        "ciudad", "municipio", "provincia", "departamento", "localidad", "pueblo", "puerto", "comuna", "distrito", "isla", "estado",
        "cidade", "municipio", "estado", "porto", "regiao", "distrito", "ilha", "citta", "regione", "comune", "isola",
        // stations and smaller settlements ("the border station of Osinovka", "la gare de …", "la aldea de …")
        "station", "settlement", "oblast", "prefecture", "township", "hamlet", "governorate", "canton",
        "gare", "bourg", "hameau", "estacion", "aldea", "estacao", "vila", "stazione", "frazione", "borgo",
    ])
    /// `Token.hash` of "of"/"de"/… and of the French articles, compared as integers first (this
    /// runs for every capitalized name).
    static let ofHashes: [UInt64] = ["of", "de", "du", "des", "do", "da", "del", "d'"].map { Token.hash($0) }
    static let articleHashes: [UInt64] = ["la", "l'", "le"].map { Token.hash($0) }
    /// "the town of Saramuro", "the city of Talara", "la région de la Nawa", "la ville de Soubré":
    /// a lowercase settlement or region noun, "of"/"de" and an optional article before the name.
    func placeNounOf(_ i: Int) -> Bool {
        guard i >= 2, tokens[i - 1].script == .latin, !tokens[i - 1].capitalized else { return false }
        var k = i - 1
        if Self.articleHashes.contains(tokens[k].keyHash), k >= 2, tokens[k].keyLength <= 2 { k -= 1 }
        guard Self.ofHashes.contains(tokens[k].keyHash), tokens[k].keyLength <= 3, !tokens[k].capitalized else { return false }
        let noun = tokens[k - 1]
        return noun.kind == .word && !noun.capitalized && noun.script == .latin && Self.placeNounsBeforeOf.contains(noun)
    }

    /// The preposition that governs a Russian place name: the word before it, or, after "и",
    /// the one before the first conjunct ("в Костанае и Павлодаре").
    func russianPreposition(before a: Int) -> String {
        guard a > 0 else { return "" }
        if keyIs(a - 1, "и"), a >= 3 { return tokens[a - 3].key }
        return tokens[a - 1].key
    }

    /// Punctuation that ends the reach of a title (a static list: not rebuilt per token).
    static let cueEndingPunctuation = KeySet([".", "!", "?", ";", ":", "\"", "\u{201C}", "\u{00AB}", "\u{061F}"])

    /// Vietnamese administrative units: "tỉnh Hải Dương", "thành phố Cần Thơ", "huyện Mộc Châu" —
    /// every capitalized syllable after the unit word is the place's name (country syllables included).
    mutating func discoverVietnamesePlaces() {
        guard lang.vi, articleHas(Self.vietnamesePlaceTriggers) else { return }
        var i = 0
        let triggers = Self.vietnamesePlaceTriggers   // (read once: a static's every read checked its initialization)
        while i < tokens.count {
            guard tokens[i].kind == .word, !tokens[i].capitalized, !covered[i],
                  triggers.contains(tokens[i]) else { i += 1; continue }
            var unitEnd: Int?
            if Self.vietnameseUnitWords.contains(tokens[i]) { unitEnd = i + 1 }
            else if tokens[i].keyEquals("cang"), exactForm(i) == "cảng" { unitEnd = i + 1 }   // "cảng Batangas" (not "càng", "căng")
            else if tokens[i].keyEquals("dao"), exactForm(i) == "đảo" { unitEnd = i + 1 }     // "đảo Borneo" (not "đạo", "dao")
            else if tokens[i].keyEquals("bang"), exactForm(i) == "bang" { unitEnd = i + 1 }   // "bang Sabah" (a state; not "băng", "bàng")
            // "sông Irtysh", "ga Ekibastuz", "cửa khẩu Dostyk", "thị trấn Shcherbakty": rivers, stations,
            // border crossings and towns (not "song", "gà", "khấu", "trận").
            else if tokens[i].keyEquals("song"), exactForm(i) == "sông" { unitEnd = i + 1 }
            else if tokens[i].keyEquals("ga"), exactForm(i) == "ga" { unitEnd = i + 1 }
            else if tokens[i].keyEquals("khau"), exactForm(i) == "khẩu", i > 0, exactForm(i - 1) == "cửa" { unitEnd = i + 1 }
            else if tokens[i].keyEquals("tran"), exactForm(i) == "trấn", i > 0, exactForm(i - 1) == "thị" { unitEnd = i + 1 }
            else if tokens[i].keyEquals("thanh"), i + 1 < tokens.count, tokens[i + 1].keyEquals("pho"), !tokens[i + 1].capitalized { unitEnd = i + 2 }
            guard let start = unitEnd else { i += 1; continue }
            if vietnameseOfficialAfterUnit(i, start) { i = start; continue }
            var end = start
            while end < tokens.count, end - start < 4, tokens[end].kind == .word, tokens[end].capitalized, tokens[end].script == .latin,
                  !covered[end], tokens[end].spaceBefore {
                // "thành phố Hồ Chí Minh Nguyễn Văn Được": a family name and another syllable start a person.
                if end - start >= 2, isFamilyName(end), end + 1 < tokens.count, tokens[end + 1].capitalized,
                   tokens[end + 1].script == .latin { break }
                end += 1
            }
            // "Phó Thống đốc tỉnh Pavlodar Aidos Zhakupov": after a title and its unit, a foreign word and two more
            // capitalized foreign words are the place and the official.
            var officialAfter = false
            if end - start >= 3, tokens[start].text.utf8.allSatisfy({ $0 < 0x80 }), Self.foreignInVietnamese(tokens[start].key),
               ((start + 1)..<end).allSatisfy({ tokens[$0].text.utf8.allSatisfy { $0 < 0x80 } }),
               (max(0, i - 4)..<i).contains(where: { titleMatch(at: $0) != nil }) {
                end = start + 1
                officialAfter = true
            }
            // "thị xã Bavet", "tỉnh Kratie": one foreign word is a place's whole name.
            // (A word of four ASCII letters or more is no Vietnamese syllable either: "Riau", "Bali".)
            // ("cảng Klaipėda": a letter Vietnamese does not write is foreign too.)
            let foreignWord = end == start + 1 && (Self.foreignInVietnamese(tokens[start].key) || tokens[start].text.utf8.count >= 4)
                && (tokens[start].text.utf8.allSatisfy { $0 < 0x80 } || Self.foreignLettersOnly(tokens[start].text))
                && (end >= tokens.count || !tokens[end].capitalized || tokens[end].kind != .word || officialAfter)
            if end - start >= 2 || foreignWord {
                var m = mention(start, end, type: .place, evidence: .cue)
                m.placeContext = true
                mentions.append(m)
                for k in start..<end { covered[k] = true; isCountry[k] = false }
                mentions.removeAll { $0.type == .country && $0.start >= tokens[start].start && $0.end <= tokens[end - 1].end }
            }
            i = max(end, i + 1)
        }
    }

    /// Folded Vietnamese words, looked up by bytes (see `Token.keyEquals`: ASCII), in sets built
    /// once: array literals were rebuilt and compared as `String`s for every token.
    /// Administrative units before a place's name ("tỉnh", "huyện", "quận", "xã", "phường").
    static let vietnameseUnitWords = KeySet(["tinh", "huyen", "quan", "xa", "phuong"])
    /// Every folded word a branch of `discoverVietnamesePlaces` opens with (the unit words, "cảng", "đảo",
    /// "bang", "sông", "ga", "khẩu", "trấn", "thành"): one hashed probe answers for nearly every
    /// lowercase syllable, where the chain of byte comparisons ran at each (keep the two in step).
    static let vietnamesePlaceTriggers = KeySet(["tinh", "huyen", "quan", "xa", "phuong", "cang", "dao", "bang", "song", "ga",
                                                 "khau", "tran", "thanh"])
    /// The same and "phố" (of "thành phố").
    static let vietnameseUnitOrCityWords = KeySet(["tinh", "pho", "huyen", "quan", "xa", "phuong"])
    /// Linking words between a title and a name ("tại", "ở", "của", "nước", "và").
    static let vietnameseLinkWords = KeySet(["tai", "o", "cua", "nuoc", "va"])

    /// End (exclusive) of the capitalized sequence that starts at `a`.
    func groupEnd(from a: Int) -> Int {
        var j = a
        var lowerRun = 0
        // ("Sa consécration a été retransmise": a sentence-initial stopword written like a keyword, the legal form "SA",
        // starts no institution.)
        let orgStart = orgKeyword(at: a) != nil && !(lang.fr && token(a).sentenceStart && !token(a).allCaps && isStopword(a)) || placeKeyword(at: a) != nil
        var sawKeyword = orgStart
        var lowercaseContinuation = (lang.vi && orgStart) || token(a).script == .cyrillic
        // A keyword of several syllables is taken whole ("Tổng công ty", "Ủy ban Nhân dân"):
        // its lowercase syllables are no breakers.
        var keywordEnd = a
        if lang.vi, let kw = orgKeyword(at: a), kw.length > 1,
           (a..<min(tokenCount, a + kw.length)).allSatisfy({ !covered[$0] && !token($0).newlineBefore || $0 == a }) {
            j = a + kw.length
            keywordEnd = j
        }
        let french = lang.fr && orgStart
        if french, let end = frenchOrgEnd(from: a) { return end }
        while j < tokenCount {
            let t = token(j)
            if covered[j] {
                // "Ủy ban Nhân dân tỉnh Bắc Ninh": an institution of a province or city runs over its name.
                if lang.vi, sawKeyword, j > a, t.capitalized, token(j - 1).kind == .word, !token(j - 1).capitalized,
                   Self.vietnameseUnitOrCityWords.contains(token(j - 1)) {
                    while j < tokenCount, covered[j], token(j).capitalized, token(j).script == .latin { j += 1 }
                }
                if let e = vietnameseInstitutionOverPlace(j, from: a, sawKeyword: sawKeyword) { j = e }
                break
            }
            if j > a, t.newlineBefore { break }
            // (An Arabic initial is an Arabic name's: the conjunction "و" or the preposition "ب" standing alone after a
            // Latin name, "NASA و CNN", is no part of it.)
            if isCap(j) || (t.kind == .word && t.script != .arabic && t.isInitialLetter) {
                if j > a, !t.spaceBefore, token(j - 1).kind == .word, token(j - 1).script != t.script { break }
                // "корпорации PowerChina Ли Яньмином": a Latin name and a Cyrillic one are two names.
                if j > a, token(j - 1).kind == .word, token(j - 1).script != t.script,
                   token(j - 1).script == .latin && t.script == .cyrillic || token(j - 1).script == .cyrillic && t.script == .latin { break }
                // "Phủ Chủ tịch": a Vietnamese title that runs into lowercase syllables starts a new phrase.
                if lang.vi, j > a, !sawKeyword, let title = titleMatch(at: j), title.length > 1,
                   (j..<(j + title.length)).contains(where: { !token($0).capitalized }) {
                    break
                }
                // "Theo Bộ Tài chính": the keyword may follow a capitalized function word.
                if !sawKeyword, j > a, lang.vi, let kw = orgKeyword(at: j) {
                    sawKeyword = true
                    lowercaseContinuation = true
                    // ("Theo Tổng công ty …": a keyword of several syllables is taken whole here too.)
                    if kw.length > 1, (j..<min(tokenCount, j + kw.length)).allSatisfy({ !covered[$0] && !token($0).newlineBefore }) {
                        j += kw.length
                        keywordEnd = j
                        lowerRun = 0
                        continue
                    }
                }
                lowerRun = 0; j += 1; continue
            }
            // (The rules below that hold in one script or language are asked only there: each asked for every
            // lowercase word of every name, their first test is made here without the call.)
            if sawKeyword && continuesInstitution(j) || t.script == .cyrillic && russianInstitutionAnd(j, from: a) { lowerRun = 0; j += 1; continue }
            // ("Verband für saubere Energie": after a keyword, see `continuesInstitution`.)
            if lang.de, t.kind == .word, !t.capitalized, continuesInstitution(j),
               (a..<j).contains(where: { orgKeyword(at: $0) != nil || Self.germanInstitutionCompound(token($0).key) }) {
                lowerRun = 0; j += 1; continue
            }
            if t.script == .cyrillic, let e = russianArabicParticleEnd(j, from: a) { lowerRun = 0; j = e; continue }
            // ("La Comisión Económica para …": the keyword may follow a capitalized article.)
            if t.keyEquals("para"), !sawKeyword, j > a, (a..<j).contains(where: { orgKeyword(at: $0) != nil }), continuesInstitution(j) {
                lowerRun = 0; j += 1; continue
            }
            if t.script == .latin, negationInsideInstitution(j, from: a) { lowerRun = 0; j += 1; continue }
            // "Intergovernmental Authority on Development", "Commission on Human Rights".
            if t.keyEquals("on"), j > a, j + 1 < tokenCount, isCap(j + 1), !isStopword(j + 1), !covered[j + 1],
               lex.orgKeywordKeys.contains(token(j - 1)) {
                j += 1; continue
            }

            if t.keyEquals("."), j > a, token(j - 1).isInitialLetter, !t.spaceBefore { j += 1; continue }
            // "People's Party", "People's Liberation Army".
            if t.keyEquals("'s"), j > a, token(j - 1).keyEquals("people"), j + 1 < tokenCount, isCap(j + 1) { j += 1; continue }
            if t.keyEquals("-"), !t.spaceBefore, j + 1 < tokenCount, !token(j + 1).spaceBefore, token(j + 1).kind == .word,
               token(j + 1).script == token(a).script {
                j += 2; continue
            }
            // "à Dakar le Premier ministre": a bare French article after a name starts a new phrase.
            if t.kind == .word, j > a, lang.fr, Self.frenchArticles.contains(t), token(j - 1).kind == .word,
               !Self.frenchDe.contains(token(j - 1)) {
                break
            }
            // "the Trade and Development Bank": one word, "and" and words ending in a keyword after "the".
            if j == a + 1, coordinatedInstitutionWords(j, from: a) { lowerRun = 0; j += 1; continue }
            if isConnector(j) {
                var k = j
                while k < tokenCount, isConnector(k), k - j < 2 { k += 1 }
                let coordinatesCountries = (t.keyEquals("and") || t.keyEquals("&") || t.keyEquals("et")) && (isCountry[j - 1] || (k < tokenCount && isCountry[k]) || k - j > 1)
                // "Petrobras and Ecopetrol": "and" joins two names unless it is inside an institution's
                // name ("Ministry of Energy and Mineral Development").
                if t.keyEquals("and") || t.keyEquals("&") || t.keyEquals("et") || t.keyEquals("y") || t.keyEquals("und") || t.keyEquals("e") || t.keyEquals("dan"),
                   lex.orgKeywordKeys.contains(token(j - 1)) || !(a..<j).contains(where: { lex.orgKeywordKeys.contains(token($0)) }) {
                    break
                }
                if k < tokenCount, isCap(k), !covered[k] || isCountry[k], !coordinatesCountries { j = k; continue }
                break
            }
            // "Cục Đầu tư nước ngoài", "Vụ Hợp tác nước ngoài": "foreign" runs inside the name.
            if lang.vi, sawKeyword, t.kind == .word, !t.capitalized, j + 1 < tokenCount, t.keyEquals("nuoc"),
               token(j + 1).keyEquals("ngoai"), !covered[j + 1], exactForm(j) == "nước", exactForm(j + 1) == "ngoài" {
                lowerRun = 0; j += 2
                if j < tokenCount, token(j).kind == .word, !token(j).capitalized { break }   // "… nước ngoài thuộc Bộ …"
                continue
            }
            // "Công ty TNHH Một thành viên …": the single-member company's legal form runs inside the name.
            if lang.vi, sawKeyword, j > a, j + 1 < tokenCount, t.keyEquals("thanh"), token(j + 1).keyEquals("vien"),
               exactForm(j) == "thành", exactForm(j + 1) == "viên", exactForm(j - 1) == "một" {
                lowerRun = 0; j += 2; continue
            }
            // "Đảng … Indonesia giành chiến thắng": a lowercase syllable after a country ends the name.
            if lang.vi, j > a, isCountry[j - 1], t.kind == .word, !t.capitalized { break }
            if lang.vi, vietnameseLowercaseAfterForeignName(j, from: a) { break }
            if lowercaseContinuation, t.kind == .word, !t.capitalized, t.script == token(a).script,
               !(t.script == .latin && lang.vi ? vietnameseBreaks(j) : isBreaker(t.key, hash: t.keyHash, script: t.script)),
               lowerRun < (t.script == .cyrillic ? 3 : 2) || lang.vi && sawKeyword && lowerRun < 3 && vietnameseLowercaseRunEndsInName(j),
               !looksLikeRussianVerb(t.key) {
                // Vietnamese "Bộ Ngoại giao", Russian "Национальное собрание", "Министерство иностранных дел".
                if t.script == .cyrillic {
                    // "… области Ермаганбет Булекбаев принял участие": two capitalized words that are no
                    // keyword are a person's name, and the sentence goes on after it.
                    // ("Высшего Евразийского экономического совета": adjectives, not a name.)
                    if j >= a + 2, isCap(j - 1), isCap(j - 2), orgKeyword(at: j - 1) == nil,
                       placeKeyword(at: j - 1) == nil, orgKeyword(at: j - 2) == nil,
                       placeKeyword(at: j - 2) == nil, !isCountry[j - 1],
                       !(Self.russianAdjectiveLike(token(j - 1).key) && Self.russianAdjectiveLike(token(j - 2).key)
                         && Self.russianAdjectiveLike(t.key)) {
                        break
                    }
                    // Only when a keyword is in reach: the capitalized word is an adjective of an institution.
                    let reach = (j..<min(tokenCount, j + 3))
                    let hasKeyword = orgStart || (a..<j).contains { orgKeyword(at: $0) != nil || placeKeyword(at: $0) != nil }
                        || reach.contains { token($0).kind == .word && (orgKeyword(at: $0) != nil || placeKeyword(at: $0) != nil) }
                    if !hasKeyword { break }
                }
                lowerRun += 1; j += 1; continue
            }
            break
        }
        // Trailing connectors and lowercase words after the last capital are not part of a Vietnamese name.
        while j > a + 1, isConnector(j - 1) { j -= 1 }
        // A Vietnamese field is one capitalized and one lowercase syllable ("Đào tạo"): a second
        // lowercase one is the verb after the name ("Đào tạo ban hành").
        if lang.vi, j - 3 >= keywordEnd, j - 3 >= a, token(j - 1).kind == .word, token(j - 2).kind == .word,
           !token(j - 1).capitalized, !token(j - 2).capitalized, isCap(j - 3) {
            j -= 1
        }
        return max(j, a + 1)
    }

    /// Inside an institution's name, a coordinating or linking word that the name runs through:
    /// Vietnamese "và" and a spaced dash before a capitalized field ("Bộ Kế hoạch và Đầu tư",
    /// "Bộ Lao động - Thương binh và Xã hội"), Russian "по" before a lowercase word
    /// ("Агентство по инвестициям", "Комитет по международным делам").
    static let germanFurKey = TextFolding.key("für")
    /// A lowercase German word with an adjective's ending ("saubere", "erneuerbaren", "öffentliches").
    static func germanLowercaseAdjective(_ t: Token) -> Bool {
        t.kind == .word && !t.capitalized && t.script == .latin && t.key.count >= 5
            && ["e", "en", "er", "es", "em"].contains(where: { PlainText.hasSuffix(t.key, $0) })
    }

    func continuesInstitution(_ j: Int) -> Bool {
        guard j + 1 < tokens.count, !covered[j + 1] else { return false }
        let t = token(j), next = token(j + 1)
        if lang.vi, t.keyEquals("va") && exactForm(j) == "và" || (t.keyEquals("-") || PhraseMatcher.same(t.key, "–")) && t.spaceBefore {
            // ("Đường sắt Lào - Trung Quốc": a dash between two countries stays inside the name.)
            return isCap(j + 1) && next.script == .latin && (!isCountry[j + 1] || !t.keyEquals("va") && j > 0 && isCountry[j - 1]) && orgKeyword(at: j + 1) == nil
                && titleMatch(at: j + 1) == nil
                // ("Công ty cổ phần Ertis Astyq và Kinhbacco đã ký": a one-word organization named before is a second party.)
                && !(j + 2 < tokens.count && !isCap(j + 2) && mentions.indices.contains { mentions[$0].type == .organization && mentions[$0].words.count == 1 && mentions[$0].words[0] == next.key })
        }
        // "Comisión Económica para América Latina", "Agência para o Desenvolvimento": Spanish and
        // Portuguese institutions run over "para" (and its article) to a capitalized complement.
        if t.keyEquals("para"), lang.es || lang.pt, !t.capitalized {
            var k = j + 1
            if k + 1 < tokens.count, Self.iberianArticles.contains(tokens[k]), !tokens[k].capitalized { k += 1 }
            return isCap(k) && !covered[k]
        }
        // "Verband für saubere Energie", "Stiftung für erneuerbare Energien": a German institution runs over
        // "für" and a lowercase adjective (-e, -en, -er, -es, -em) to a capitalized noun.
        if lang.de, t.kind == .word, !t.capitalized, t.script == .latin {
            if t.key == Self.germanFurKey, Self.germanLowercaseAdjective(next), j + 2 < tokens.count, isCap(j + 2), !covered[j + 2], !isCountry[j + 2] {
                return true
            }
            if Self.germanLowercaseAdjective(t), j > 0, tokens[j - 1].key == Self.germanFurKey, isCap(j + 1), !isCountry[j + 1] { return true }
        }
        if t.script == .cyrillic, PhraseMatcher.same(t.key, "по") {
            return next.kind == .word && next.script == .cyrillic && !next.capitalized && !looksLikeRussianVerb(next.key)
                && !isBreaker(next.key, hash: next.keyHash, script: .cyrillic)
        }
        return false
    }

    /// "the Trade and Development Bank", "the Oil and Gas Authority": after "the", one capitalized word
    /// (no country), "and" and up to three capitalized words that end in an organization keyword are one
    /// institution's name ("the Toyota and Honda plants" stay two: "plants" is lowercase).
    func coordinatedInstitutionWords(_ j: Int, from a: Int) -> Bool {
        guard j == a + 1, a > 0, j + 1 < tokens.count, tokens[j].keyEquals("and"), tokens[a - 1].kind == .word,
              tokens[a - 1].keyEquals("the"), !isCountry[a], !covered[a], lex.orgKeywordKeys.contains(tokens[a]) == false else { return false }
        var k = j + 1
        while k < tokens.count, k - j <= 3, isCap(k), !covered[k], !isCountry[k] {
            if lex.orgKeywordKeys.contains(tokens[k]) { return true }
            k += 1
        }
        return false
    }

    static let iberianArticles = KeySet(["el", "la", "los", "las", "o", "a", "os", "as"])

    /// "Министерство экономики и финансов", "Министерство труда и социальной защиты": inside a
    /// Russian institution's name, "и" between its lowercase genitive complements. Only after an
    /// organization keyword and a lowercase word, before a lowercase word that is no verb and ends
    /// like a genitive ("торговли", "финансов", "коммуникаций", "развития"); a word that could be
    /// a nominative ("-я", "-а") before a plural verb is a second subject ("Министерство обороны и
    /// армия провели …").
    func russianInstitutionAnd(_ j: Int, from a: Int) -> Bool {
        guard tokens[j].script == .cyrillic, tokens[j].key.utf8.count == 2, keyIs(j, "и"), j >= a + 2, j + 1 < tokens.count, !covered[j + 1] else { return false }
        let before = tokens[j - 1], next = tokens[j + 1]
        guard before.kind == .word, !before.capitalized, before.script == .cyrillic, next.kind == .word, !next.capitalized,
              next.script == .cyrillic, next.spaceBefore, !looksLikeRussianVerb(next.key),
              !isBreaker(next.key, hash: next.keyHash, script: .cyrillic),
              (a..<j).contains(where: { orgKeyword(at: $0) != nil && !isCountry[$0] }) else { return false }
        var bytes = next.key
        guard bytes.withUTF8({ Self.endsWithAny($0, Self.russianGenitiveEndings) }) else { return false }
        if PlainText.hasSuffix(next.key, "я") || PlainText.hasSuffix(next.key, "а"), j + 2 < tokens.count, tokens[j + 2].kind == .word,
           tokens[j + 2].script == .cyrillic, !tokens[j + 2].capitalized, Self.russianPluralVerbLike(tokens[j + 2].key) {
            return false
        }
        return true
    }
    /// A plural verb: past "-ли"/"-лись", present "-ют"/"-ят"/"-ут"/"-ат" (five letters or more).
    static func russianPluralVerbLike(_ key: String) -> Bool {
        PlainText.count(key) >= 5 && ["ли", "лись", "ют", "ят", "ут", "ат"].contains { PlainText.hasSuffix(key, $0) }
    }
    /// Genitive endings of Russian nouns and adjectives (UTF-8 bytes), for `russianInstitutionAnd`.
    static let russianGenitiveEndings: [[UInt8]] = ["ы", "и", "а", "ия", "ий", "ого", "его", "ой", "ей", "ых", "их", "ов", "ев"].map { Array($0.utf8) }

    /// A capitalized word that is no name. In Vietnamese the folded list is only a pre-filter:
    /// "Hải" (a given name) folds like "Hai" (two), "Nam" like "Năm" (year).
    func isStopword(_ k: Int) -> Bool { wordFlag(k, WordFlag.stopword) { isStopwordUncached(k) } }
    private func isStopwordUncached(_ k: Int) -> Bool {
        guard isStopwordKey(k) else { return false }
        // "Grace Mwamba": French "Grâce" (thanks to) is no stopword without its accent.
        if tokens[k].script == .latin, EntityCues.accentOnlyStopwordKeys.contains(tokens[k]),
           exactForm(k).unicodeScalars.allSatisfy({ $0.isASCII }) { return false }
        // ("le général Đặng Quốc Thái": outside Vietnamese text too, a word spelled with a letter only Vietnamese
        // writes is a stopword only as spelled: "Đặng" is a family name, "Đang" (is doing) a stopword.)
        guard lang.vi || tokens[k].script == .latin && Self.hasVietnameseOnlyLetter(tokens[k].text), tokens[k].script == .latin else { return true }
        return EntityCues.stopwordsExact.contains(exactForm(k))
    }

    /// Per token: inside a knowledge-base organization found by `findKnown` (one pass, binary
    /// search of each such mention's first token).
    func tokensInKnownOrganizations() -> [Bool] {
        var out = Array(repeatElement(false, count: tokens.count))   // (see `WordFlagCache.init`)
        for i in mentions.indices where mentions[i].known != nil && mentions[i].type == .organization {   // in place: no mention copies
            let (start, end) = (mentions[i].start, mentions[i].end)
            var lo = 0, hi = tokens.count
            while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].start < start { lo = mid + 1 } else { hi = mid } }
            var k = lo
            while k < tokens.count, tokens[k].start < end { out[k] = true; k += 1 }
        }
        return out
    }

    /// A common family name. In Vietnamese text the syllable must be one with its tones ("Chợ"
    /// of "Chợ Rẫy" folds like the Korean "Cho"; "Hồ" stays a family name).
    func isFamilyName(_ k: Int) -> Bool { wordFlag(k, WordFlag.familyName) { isFamilyNameUncached(k) } }
    private func isFamilyNameUncached(_ k: Int) -> Bool {
        guard lex.familyNames.contains(tokens[k]) else { return false }
        guard lang.vi, tokens[k].script == .latin else { return true }
        return EntityCues.familyNamesExact.contains(exactForm(k))
    }

    /// Whether a lowercase Vietnamese syllable ends an institution's name. The folded breaker
    /// list is only a pre-filter ("tư" folds like "từ", "động" like "đồng"): the syllable must be
    /// the breaker with its tones. Verb-like breakers between two capitalized syllables belong
    /// to a compound word of the name ("Hợp tác Quốc tế").
    /// "Công ty TNHH Thức ăn chăn nuôi Tân Phong", "Hiệp hội Thức ăn chăn nuôi Việt Nam": inside a Vietnamese
    /// institution, a third lowercase syllable goes on when the run ends at once in a capitalized one (no title).
    func vietnameseLowercaseRunEndsInName(_ j: Int) -> Bool {
        let k = j + 1
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].script == .latin, isCap(k), !covered[k], tokens[k].spaceBefore,
              !tokens[k].newlineBefore, titleMatch(at: k) == nil else { return false }
        return true
    }

    func vietnameseBreaks(_ j: Int) -> Bool {
        guard lex.vietnameseBreakers.contains(tokens[j]) else { return false }
        let exact = exactForm(j)
        guard EntityCues.vietnameseBreakers.contains(exact) else { return false }
        if EntityCues.vietnameseWeakBreakers.contains(exact), j > 0, isCap(j - 1), j + 1 < tokens.count, isCap(j + 1) { return false }
        return true
    }

    /// A known given name; Cyrillic ones in any case ("Олегом" → "Олег").
    func isGivenName(_ k: Int) -> Bool { wordFlag(k, WordFlag.givenName) { isGivenNameUncached(k) } }
    private func isGivenNameUncached(_ k: Int) -> Bool {
        let key = tokens[k].key
        if isGivenNameKey(k) { return true }
        guard tokens[k].script == .cyrillic, isCap(k) else { return false }
        // A plain key's characters are its scalars: its prefixes are cut on scalars, not grapheme-broken.
        if let (_, _, count) = PlainText.firstLastCount(key) {
            let scalars = key.unicodeScalars
            for cut in 1...3 where count - cut >= 3 {
                if lex.givenNames.contains(String(scalars.dropLast(cut))) { return true }
            }
            return false
        }
        let chars = Array(key)
        for cut in 1...3 where chars.count - cut >= 3 {
            if lex.givenNames.contains(String(chars[0..<(chars.count - cut)])) { return true }
        }
        return false
    }

    /// A folded key (`TextFolding.key`: lowercase, no diacritics) that cannot be one Vietnamese
    /// syllable: several vowel groups ("pramono", "anung", "surabaya") or a letter Vietnamese does
    /// not use (f, j, w, z). Read as ASCII bytes.
    /// Whether a word holds a letter only Vietnamese writes (đ, ơ, ư, ă, or a vowel with a hat and a tone).
    static func hasVietnameseOnlyLetter(_ text: String) -> Bool {
        // (Bytes first: those letters are all encoded from 0xC4 up; most words have none.)
        text.utf8.contains(where: { $0 >= 0xC4 }) && text.unicodeScalars.contains { (0x1EA0...0x1EF9).contains($0.value) || "ơưđăƠƯĐĂ".unicodeScalars.contains($0) }
    }

    /// A word with letters outside ASCII, none of them Vietnamese ("Klaipėda", "Gdańsk", "Šiauliai", not "Đà",
    /// "Huyện"): no đ, and no tone, hat, breve or horn on a vowel (composed or not).
    static func foreignLettersOnly(_ text: String) -> Bool {
        var foreign = false
        var afterVowel = false
        for s in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if s.value < 0x80 { afterVowel = "aeiouyAEIOUY".unicodeScalars.contains(s); continue }
            if s.value == 0x110 || s.value == 0x111 || afterVowel && Self.vietnameseMarks.contains(s.value) { return false }
            foreign = true
        }
        return foreign
    }
    static let vietnameseMarks: Set<UInt32> = [0x300, 0x301, 0x302, 0x303, 0x306, 0x309, 0x31B, 0x323]

    static func foreignInVietnamese(_ key: String) -> Bool {
        var groups = 0
        var inVowel = false
        for c in key.utf8 {
            switch c {
            case UInt8(ascii: "f"), UInt8(ascii: "j"), UInt8(ascii: "w"), UInt8(ascii: "z"): return true
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"):
                if !inVowel { groups += 1 }
                inVowel = true
            default:
                inVowel = false
            }
        }
        return groups >= 2
    }

    static let frenchArticles: WordSet = ["le", "la", "les"]
    static let ofHash = Token.hash("of")
    static let germanOfWords: WordSet = ["fur", "für", "der", "des", "und"]
    /// German compounds that name an institution by their last part ("Bundesministerium", "Umweltbundesamt",
    /// "Rohstoffagentur"); folded keys.
    static func germanInstitutionCompound(_ key: String) -> Bool {
        key.utf8.count >= 10 && (key.hasSuffix("ministerium") || key.hasSuffix("ministeriums") || key.hasSuffix("anstalt") || key.hasSuffix("agentur") || key.hasSuffix("behorde") || key.hasSuffix("bank")
            || key.hasSuffix("bundesamt") || key.hasSuffix("landesamt") || key.hasSuffix("institut"))
    }
    /// German compounds describing a company ("Bergbaukonzern", "Energieunternehmen", genitive
    /// "Unternehmens"): not part of its name.
    static func germanCompanyDescription(_ key: String) -> Bool {
        key.utf8.count >= 7 && (key.hasSuffix("konzern") || key.hasSuffix("konzerns") || key.hasSuffix("unternehmen")
            || key.hasSuffix("unternehmens") || key.hasSuffix("hersteller") || key.hasSuffix("herstellers")
            || key.hasSuffix("gruppe") || key.hasSuffix("produzent") || key.hasSuffix("produzenten") || key.hasSuffix("betreiber")
            || key.hasSuffix("betreibers")
            // ("Netzgesellschaft", "Projektgesellschaft"; "Gesellschaft für …" alone opens a name)
            || key.utf8.count > 12 && (key.hasSuffix("gesellschaft") || key.hasSuffix("gesellschaften")))
    }
    /// German compounds naming a kind of place ("Hafenstadt", "Hauptstadt", "Grenzstadt", "Provinz"):
    /// the capitalized name after one is that place.
    static func germanPlaceNoun(_ key: String) -> Bool { germanPlaceNouns.contains(key) }
    /// (A list, not a suffix: "Darmstadt Forschung" is a city and a noun.)
    static let germanPlaceNouns: WordSet = [
        "stadt", "hauptstadt", "hafenstadt", "grenzstadt", "kleinstadt", "grossstadt", "großstadt", "kreisstadt", "provinzhauptstadt",
        "industriestadt", "millionenstadt", "kustenstadt", "küstenstadt", "bergbaustadt", "provinz", "gemeinde", "ortschaft", "dorf", "bezirk",
        "landkreis", "kreis", "kanton", "gebiet",
    ]
    static let compassWords: WordSet = ["west", "east", "north", "south", "central", "northern", "southern", "eastern", "western"]
    static let frenchDe: WordSet = ["de", "du", "des"]
    static let frenchPlacePrepositions: WordSet = ["en", "a", "au", "aux"]

    /// Function words dropped from the start of a name ("The Senate", "Le Parlement").
    static let functionWords: WordSet = ["the", "a", "an", "this", "that", "these", "le", "la", "les", "l", "un", "une", "ce", "cette", "в", "на", "и"]

    func looksLikeRussianVerb(_ key: String) -> Bool { Self.russianVerbLike(key) }

    /// An adjective's case ending (folded key): "евразийского", "экономического", "высшей".
    /// Compared as UTF-8 bytes (see `russianVerbLike`).
    static func russianAdjectiveLike(_ key: String) -> Bool {
        var bytes = key
        return bytes.withUTF8 { b -> Bool in
            guard b.count >= 10, endsInCyrillicLetter(b) else { return false }   // five Cyrillic letters
            return endsWithAny(b, russianAdjectiveEndings)
        }
    }
    static let russianAdjectiveEndings: [[UInt8]] = ["ого", "его", "ому", "ему", "ой", "ей", "ый", "ий", "ая", "яя", "ое", "ее", "ым", "им", "ую"]
        .map { Array($0.utf8) }

    /// The UTF-8 `b` ends with a two-byte scalar of U+0400–U+04FF (a Cyrillic letter): every ending of
    /// `russianVerbEndings` and `russianAdjectiveEndings` does, so a Latin, Vietnamese or Arabic word
    /// (these run for nearly every lowercase word of a name) is answered by its last two bytes.
    @inline(__always)
    static func endsInCyrillicLetter(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.count >= 2 && b[b.count - 2] >= 0xD0 && b[b.count - 2] <= 0xD3 && b[b.count - 1] >= 0x80
    }

    /// Whether `b` ends with one of `endings` (UTF-8 bytes).
    @inline(__always)
    static func endsWithAny(_ b: UnsafeBufferPointer<UInt8>, _ endings: [[UInt8]]) -> Bool {
        for e in endings where e.count <= b.count {
            var same = true
            let base = b.count - e.count
            for k in e.indices where b[base + k] != e[k] { same = false; break }
            if same { return true }
        }
        return false
    }

    /// Verb endings of `looksLikeRussianVerb`, as UTF-8 bytes.
    /// (A plural past ends in a vowel and "ли", or "гли", "шли", "сли", "зли", "кли", "рли": "сказали", "могли", "пришли";
    /// a noun's genitive after another consonant does not look like one: "торговли", "земли".)
    static let russianVerbEndings: [[UInt8]] = ["ло", "ла", "али", "или", "ели", "яли", "ыли", "ули", "оли", "юли", "гли", "шли", "сли",
                                                "зли", "кли", "рли", "ет", "ит", "ют", "ят", "ал", "ил", "ел", "ял", "ыл", "ул", "ёл", "ать", "ить",
                                                "еть", "ется", "ются", "лся", "лась", "лись"].map { Array($0.utf8) }

    /// A folded key ending like a Russian verb, five letters or more. Compared as UTF-8 bytes: a
    /// folded key has no combining marks (see `TextFolding.key`), so a byte suffix is a character
    /// suffix; `count` (grapheme breaking) is taken only for a key that has such an ending.
    /// It runs for nearly every lowercase Cyrillic word, and `hasSuffix` on Cyrillic strings
    /// compared them character by character, normalizing.
    static func russianVerbLike(_ key: String) -> Bool {
        var bytes = key
        let ending = bytes.withUTF8 { b -> Bool in
            guard b.count >= 5, endsInCyrillicLetter(b) else { return false }   // fewer bytes, fewer characters
            return endsWithAny(b, russianVerbEndings)
        }
        return ending && PlainText.count(key) >= 5   // (characters counted without grapheme breaking for a plain key)
    }

    /// French organization names run through lowercase words: "Association biélorusse pour
    /// l'amitié et les échanges culturels", "Forum d'affaires Vietnam-Biélorussie", "usine de tracteurs de Minsk".
    func frenchOrgEnd(from a: Int) -> Int? {
        var j = a + 1
        var lastGood = a + 1
        var purpose = false
        while j < tokens.count, j - a < 16 {
            let t = token(j)
            if t.newlineBefore || covered[j] && !isCountry[j] { break }
            if t.kind == .punct {
                if t.keyEquals("-") || t.keyEquals("'") { j += 1; continue }
                break
            }
            if t.kind == .number { break }
            if t.keyEquals("et") {
                let next = j + 1 < tokens.count ? tokens[j + 1].key : ""
                if purpose, ["les", "la", "le", "l'", "des", "du"].contains(next) { j += 1; continue }
                // "Société tunisienne de l'électricité et du gaz": a second field of the same name.
                if ["du", "de", "des", "l'"].contains(next), j + 2 < tokens.count, tokens[j + 2].kind == .word, !tokens[j + 2].capitalized,
                   orgKeyword(at: j + 2) == nil, titleMatch(at: j + 2) == nil {
                    j += 1; continue
                }
                break
            }
            if t.keyEquals("pour") { purpose = true }
            if (t.script == .cyrillic ? lex.russianBreakers : lex.frenchBreakers).contains(t),
               !t.keyEquals("pour"), !t.keyEquals("avec") { break }
            if t.kind == .word, !t.capitalized, !isCountry[j], isMonth(j) { break }
            // "le Conseil départemental de Mbour soit associé": a verb ends the name.
            if t.kind == .word, !t.capitalized, Self.frenchVerbBreakers.contains(t) { break }
            j += 1
            if t.kind == .word, !Self.frenchOrgLinkWords.contains(t) { lastGood = j }
        }
        return lastGood > a + 1 ? lastGood : nil
    }
    /// The words `frenchOrgEnd` does not end a name on (a static set: the array literal was built, and its strings
    /// compared with `==`, for every word of the name).
    static let frenchOrgLinkWords: WordSet = ["de", "du", "des", "la", "le", "pour", "avec", "les", "aux", "au", "en", "sur"]

    /// Splits a capitalized sequence at titles, countries and keywords, and types each part.
    mutating func analyzeGroup(_ a: Int, _ b: Int, personCue: Bool, placeContext: Bool) {
        if russianVerbalNounOpening(a, b) { return }   // "Финансирование проекта …" (NameFinder+RuZhAr.swift)
        // Each part (start, end, person cue) is analyzed as soon as the title after it is seen: where the
        // titles are depends only on the tokens (the cue look-ups are cached functions of them), never on
        // the mentions a part adds, so this is the order a list of the parts gave, without the list.
        var start = a
        var cue = personCue
        var k = a
        while k < b {
            if let title = titleMatch(at: k), k + title.length <= b,
               tokens[k].capitalized || tokens[k].script == .cyrillic || lang.fr || lang.vi,
               !isOrgHead(k, b) {
                if start < k { analyzeGroupPart(start, k, cue, a, b, placeContext: placeContext) }
                cue = true
                k += title.length
                start = k
                continue
            }
            k += 1
        }
        if start < b { analyzeGroupPart(start, b, cue, a, b, placeContext: placeContext) }
    }

    /// One part `s..<e` of the group `a..<b` (see `analyzeGroup`), `c` its person cue.
    private mutating func analyzeGroupPart(_ s: Int, _ e: Int, _ c: Bool, _ a: Int, _ b: Int, placeContext: Bool) {
        let before = mentions.count
        analyzePart(s, e, personCue: c, placeContext: placeContext && s == a)
        // "Federal Reserve Chair Jerome Powell", "Treasury Secretary …": a name that was only
        // guessed, right before a title, is the title's institution, not a person.
        if e < b, !c {
            for k in before..<mentions.count where mentions[k].evidence == .guess && (mentions[k].type == nil || mentions[k].type == .person)
                && mentions[k].end <= tokens[e - 1].end {
                mentions[k].type = .organization
            }
        }
    }

    /// `startsEnglishVerbish(key)` (more than five characters, ending in -ing, -ed or -ly), the endings
    /// tested first and on bytes for a plain key (`hasAnySuffix`), the characters counted only then
    /// (`PlainText.count`): it was `String.count` and three `String.hasSuffix` of every sentence's first word.
    static func englishVerbish(_ key: String) -> Bool {
        hasAnySuffix(key, englishVerbishEndings) && PlainText.count(key) > 5
    }
    static let englishVerbishEndings = ["ing", "ed", "ly"]

    /// "General Assembly", "Security Council": a title word followed by an organization keyword is not a title.
    func isOrgHead(_ k: Int, _ b: Int) -> Bool {
        guard let title = titleMatch(at: k) else { return false }
        let next = k + title.length
        return next < b && orgKeyword(at: next) != nil && !isConnector(next)
    }

    mutating func analyzePart(_ a0: Int, _ b0: Int, personCue: Bool, placeContext: Bool) {
        var a = a0, b = b0
        if !personCue, publicationAfterSourceWord(a, b) {
            mentions.append(mention(a, b, type: .organization, evidence: .cue))
            return
        }
        if !personCue, spanishArticleOfAName(a, b) {
            var m = mention(a, b, type: .place, evidence: .cue)
            m.placeContext = true
            mentions.append(m)
            return
        }
        // "the governor of Sarytau region", "Akim of West Kazakhstan region": after a title's "of", a name before a
        // lowercase administrative noun is the place governed (NameFinder+Leftovers).
        if personCue, token(a).script == .latin {
            var s = a
            while s < b, isConnector(s) { s += 1 }
            if s < b, s > 0, isConnector(s - 1), let e = adminNounAfterTitleOf(s), e >= b {
                var m = mention(s, e, type: .place, evidence: .cue)
                m.placeContext = true
                mentions.append(m)
                return
            }
        }
        // Leading connectors, stopwords and unknown sentence-initial words go.
        while a < b {
            let t = token(a)
            if isConnector(a) || t.kind == .punct { a += 1; continue }
            if t.isInitialLetter, a + 1 < b, token(a + 1).keyEquals(".") { break }
            // "По итогам встречи Министерство …": lowercase Cyrillic words before the name go.
            if t.script == .cyrillic, t.kind == .word, !t.capitalized, orgKeyword(at: a) == nil,
               placeKeyword(at: a) == nil {
                a += 1; continue
            }
            if t.script == .cyrillic, isStopwordKey(a), a + 1 < b, !isCap(a + 1), orgKeyword(at: a) == nil {
                a += 1; continue
            }
            if leadsIntoName(a, b) { a += 1; continue }
            // "El Banco Central de Chile", "Die Deutsche Bahn": an article before an institution goes.
            if a + 1 < b, EntityCues.articlesBeforeInstitutions.contains(t), orgKeyword(at: a + 1) != nil {
                a += 1; continue
            }
            if isStopword(a) || isMonth(a), orgKeyword(at: a) == nil,
               !(a + 1 < b && token(a + 1).keyEquals("-") && !token(a + 1).spaceBefore) {   // "Sud-Rail" stays whole
                // "West Java", "Central Java": a compass word before a name is part of the place's name.
                if a + 1 < b, isCap(a + 1), !isCountry[a + 1], Self.compassWords.contains(t), !t.sentenceStart || midCaps.contains(t),
                   !isStopword(a + 1) {
                    break
                }
                let keywordLater = ((a + 1)..<b).contains { orgKeyword(at: $0) != nil || placeKeyword(at: $0) != nil }
                // Vietnamese stopwords are function words ("Theo Bộ …" = "according to the Ministry");
                // so are prepositions and adverbs elsewhere ("Selon Radio-Canada", "According to …").
                if !keywordLater || lang.vi || Self.functionWords.contains(t) || EntityCues.leadingFunctionWords.contains(t) {
                    a += 1; continue
                }
            }
            if t.sentenceStart, t.script == .latin, Self.englishVerbish(t.key) { a += 1; continue }
            // "Delegates of the Eurasian Mining Council": a sentence-initial common noun before "of".
            if t.sentenceStart, a + 1 < b, isConnector(a + 1), !midCaps.contains(t), orgKeyword(at: a) == nil,
               placeKeyword(at: a) == nil, !isGivenNameKey(a) {
                a += 1; continue
            }
            break
        }
        while b > a, isConnector(b - 1) || token(b - 1).kind == .punct { b -= 1 }
        guard a < b else { return }
        // Events, documents and awards are not entities.
        // (A word spelled with a letter only Vietnamese writes is one only as spelled: "Lợi", a given name, folds like
        // the French "Loi", law.)
        // (`isCap` first: a cheap test of the token's fields that most words of a name pass and every lowercase one fails.)
        // (The matcher read once, and called only where a token's start bits allow one of its phrases: elsewhere
        // `match` answers nil.)
        let eventWords = lex.eventWords
        for k in a..<b where isCap(k) && eventWords.mayStart(tokens, at: k) && eventWords.match(tokens, at: k) != nil && !eventWordOnlyFolded(k) { return }
        // "РЖД Вадим Михайлов", "KPU Mochammad Afifuddin": an acronym, then a two- or three-word name
        // with no keyword, is an organization and the person who holds a post in it.
        if token(a).allCaps, token(a).kind == .word, token(a).text.count >= 2, b - a >= 3, b - a <= 4, !isCountry[a], !covered[a],
           ((a + 1)..<b).allSatisfy({ token($0).kind == .word && isCap($0) && !token($0).allCaps && !isCountry[$0]
               && orgKeyword(at: $0) == nil && placeKeyword(at: $0) == nil && !isStopword($0) }) {
            emitName(a, a + 1, personCue: false, placeContext: false)
            emitName(a + 1, b, personCue: true, placeContext: false)
            return
        }
        // A gerund first ("Pardoning Convicts", "Welcoming") is a verb phrase, not a name.
        if token(a).script == .latin, PlainText.hasSuffix(token(a).key, "ing"), PlainText.count(token(a).key) > 5, orgKeyword(at: a) == nil { return }

        // Split at country names: "Kazakhstan Maulen Ashimbayev", "Belarusian Government".
        // ("Minister of Transport and Public Works Kefilwe Mokgethi": after a title, "Works" is a portfolio.)
        // (Loops, not `contains` closures: a closure over this mutating method's `self` copied
        // the whole finder, retaining each of its arrays, at every call.)
        var hasOrgKeyword = false
        // ("Undersecretary of Mining Ignacio Fuenzalida Rojas": after a title and "of", a keyword that is also a
        // portfolio's field names the field.)
        let portfolioAfterTitle = personCue && a0 < b0 && (isConnector(a0) || a0 > 0 && isConnector(a0 - 1) && a0 == a)
        for k in a..<b where !isCountry[k] && (orgKeyword(at: k) != nil || lang.de && Self.germanInstitutionCompound(token(k).key))
            && !(personCue && EntityCues.portfolioOnlyKeywords.contains(token(k)))
            && !(portfolioAfterTitle && orgKeyword(at: k)?.length == 1 && EntityCues.portfolioKeys.contains(token(k))) {
            hasOrgKeyword = true
            break
        }
        if hasOrgKeyword, portfolioBeforeTitle(a, b) { return }   // "Guyanese Public Works Minister …" (NameFinder+Latin)
        // After a title, a family name that is also a keyword ("Hồ" lake, "Phó Thủ tướng Hồ Đức Phớc") is a name.
        var hasPlaceKeyword = false
        for k in a..<b where !isCountry[k] && placeKeyword(at: k) != nil
            && !(personCue && k == a && token(k).capitalized && isFamilyName(k)) {
            hasPlaceKeyword = true
            break
        }

        if hasOrgKeyword, !personCue, splitCyrillicLocativeBeforeLowercasePhrase(a, b) { return }   // "в Самборі логістичний центр"
        if hasOrgKeyword, !personCue, let s = cyrillicOrganizationStartAfterSentenceWords(a, b) {   // "Следующее заседание … совета"
            if s < b { analyzePart(s, b, personCue: false, placeContext: false) }
            return
        }
        // "Ndovu Infrastructure Group of Arusha": a company's head word, "of" and one capitalized word
        // closing the name are the company and its town ("Bank of Tanzania" keeps its "of").
        if hasOrgKeyword, b - a >= 4, token(b - 1).script == .latin, token(b - 2).keyEquals("of"), isCap(b - 1), !isCountry[b - 1],
           !token(b - 1).allCaps, Self.companyHeadsBeforeTown.contains(token(b - 3)), orgKeyword(at: b - 1) == nil, placeKeyword(at: b - 1) == nil {
            emitOrganization(a, b - 2, personCue: personCue)
            var m = mention(b - 1, b, type: .place, evidence: .cue)
            m.placeContext = true
            mentions.append(m)
            return
        }
        if hasOrgKeyword {
            emitOrganization(a, b, personCue: personCue)
            return
        }
        // After a title, "of Public Security" is a portfolio, not a name: keep only a person who follows it.
        if personCue, a0 < b0, isConnector(a0) || (a0 > 0 && isConnector(a0 - 1) && a0 == a) {
            // (A lowercase particle that folds like a family name, Dutch "van" like "Văn", starts no name.)
            // ("au Développement des PME": a lowercase "des" is no given name "Des".)
            if let p = (a..<b).first(where: { isGivenNameKey($0) && (token($0).capitalized || token($0).allCaps) || isFamilyName($0) && (token($0).capitalized || language == "vi") }) {
                emitName(p, b, personCue: true, placeContext: false)
            } else if let p = personAfterPortfolio(a, b) {
                emitName(p, b, personCue: true, placeContext: false)
            }
            return
        }
        if hasPlaceKeyword {
            var b = b
            var lastKeyword = a
            for k in a..<b where placeKeyword(at: k) != nil && !isCountry[k] { lastKeyword = k }
            b = russianPlaceEndTrimmed(a, b, lastKeyword: lastKeyword)
            // "Профсоюз нефтяников штата Сулия": a sentence-initial noun and lowercase words before a
            // lowercase region noun are the sentence's subject; the place starts at the noun.
            if token(a).script == .cyrillic, token(a).sentenceStart, lastKeyword > a + 1, lastKeyword + 1 < b, !token(lastKeyword).capitalized,
               orgKeyword(at: a) == nil, titleMatch(at: a) == nil, placeKeyword(at: a) == nil,
               ((a + 1)..<lastKeyword).allSatisfy({ token($0).kind == .word && !token($0).capitalized }) {
                a = lastKeyword
            }
            if let p = ((lastKeyword + 1)..<b).first(where: { isGivenName($0) }) {
                emitName(p, b, personCue: true, placeContext: false)
                b = p
            } else if token(a).script == .cyrillic, b - lastKeyword >= 3,
                      ((lastKeyword + 1)..<b).allSatisfy({ isCap($0) && !isCountry[$0] && token($0).kind == .word }) {
                // Two or more capitalized words after the region's keyword are its head's name.
                emitName(lastKeyword + 1, b, personCue: true, placeContext: false)
                b = lastKeyword + 1
            }
            var m = mention(a, b, type: .place, evidence: .cue)
            m.placeContext = true
            if token(a).script == .cyrillic, Self.russianRegionKeywordMayStart(token(b - 1).text),
               let lemma = Self.russianRegionNominative(m.words.isEmpty ? [] : (a..<b).map { token($0).text }) {
                m.variants = [m.surface]
                m.surface = lemma
                m.words = PlainText.split(lemma, 0x20).map { TextFolding.key($0) }
            }
            if !(a..<b).allSatisfy({ isCountry[$0] || !isCap($0) || placeKeyword(at: $0) != nil }) {
                mentions.append(m)
            }
            return
        }
        // "Garuda Indonesia", "Telkom Indonesia", "Aerolíneas Argentinas": one or two unknown
        // capitalized words, then a country word ending the name, with no title before, are a company.
        // "Bergbaukonzern Erdenes Mongol": a German description compound before a company's name.
        if lang.de, b - a >= 2, let d = (a..<(b - 1)).last(where: { Self.germanCompanyDescription(token($0).key) }) {
            a = d + 1
            // "des Unternehmens Svevind": the name described is the company's, whatever it looks like.
            if !personCue, b - a <= 3, !isCountry[b - 1], (a..<b).allSatisfy({ token($0).kind == .word && isCap($0) && !isCountry[$0] && !isStopword($0) }) {
                mentions.append(mention(a, b, type: .organization, evidence: .cue))
                return
            }
        }
        // "in der Hafenstadt Aktau", "die Provinzhauptstadt Kandahar": a German place compound before a name.
        // ("im Landkreis Vorpommern-Greifswald": hyphens inside the name.)
        if lang.de, b - a >= 2, !personCue, Self.germanPlaceNoun(token(a).key),
           ((a + 1)..<b).allSatisfy({ token($0).kind == .word && isCap($0) && !isCountry[$0]
               || $0 > a + 1 && token($0).keyEquals("-") && !token($0).spaceBefore }) {
            var m = mention(a + 1, b, type: .place, evidence: .cue)
            m.placeContext = true
            mentions.append(m)
            return
        }
        if !personCue, b - a >= 2, b - a <= 4, isCountry[b - 1], !isCountry[a], token(a).kind == .word, token(a).script == .latin,
           (a..<(b - 1)).allSatisfy({ !isCountry[$0] && token($0).kind == .word && isCap($0) && !isStopword($0) && !isGivenName($0)
               && titleMatch(at: $0) == nil && !Self.compassWords.contains(token($0)) }),
           b < tokens.count, !token(b).capitalized || token(b).kind != .word, !(a > 0 && token(a - 1).keyEquals("of")) {
            let (s0, e0) = (token(b - 1).start, token(b - 1).end)
            mentions.removeAll { $0.type == .country && $0.start >= s0 && $0.end <= e0 }
            isCountry[b - 1] = false
            mentions.append(mention(a, b, type: .organization, evidence: .cue))
            return
        }
        // Cut out country words; what remains between them are names.
        var s = a
        var k = a
        while k <= b {
            if k == b || isCountry[k] {
                if s < k { emitName(s, k, personCue: personCue, placeContext: placeContext && s == a) }
                s = k + 1
            }
            k += 1
        }
    }

    /// A capitalized word before a name that is not part of it: "Вчера Министерство …" (Russian
    /// capitalizes only the first word of an institution, so a capitalized keyword after another
    /// word that is no adjective starts the name), "Писатель Эдуард Лимонов", "Economist Jane
    /// Doe" (a sentence-initial common noun, never seen capitalized mid-sentence, before a known
    /// given name).
    func leadsIntoName(_ a: Int, _ b: Int) -> Bool {
        let t = token(a)
        guard t.kind == .word, a + 1 < b, tokens[a + 1].kind == .word, !isCountry[a], orgKeyword(at: a) == nil,
              placeKeyword(at: a) == nil else { return false }
        if t.script == .cyrillic, tokens[a + 1].capitalized, tokens[a + 1].script == .cyrillic, orgKeyword(at: a + 1) != nil,
           !Self.russianAdjectiveLike(t.key), !isGivenName(a) {
            return true
        }
        guard !lang.vi, t.sentenceStart, !t.allCaps, a + 2 < b, !midCaps.contains(t), !isGivenName(a), !isFamilyName(a),
              !lex.surnameEndings(t.key), titleMatch(at: a) == nil else { return false }
        if isGivenName(a + 1) { return true }
        // "Писатель Эдуард Лимонов" with a given name no list holds: three Cyrillic words ending in a
        // surname, the second no patronymic ("Эдуард Вениаминович Лимонов" stays whole).
        return t.script == .cyrillic && b - a == 3 && tokens[a + 1].kind == .word && tokens[a + 2].kind == .word && isCap(a + 1)
            && lex.surnameEndings(tokens[a + 2].key) && !lex.surnameEndings(tokens[a + 1].key)
            && !["вич", "вна", "чна", "оглы", "кызы"].contains(where: { PlainText.hasSuffix(tokens[a + 1].key, $0) })
    }

    /// "ministre de l'Économie Abdourahmane Sarr", "Minister of Energy Joe Sang": the portfolio
    /// words after a title, then the person. Known portfolio words are skipped; without one,
    /// a run of three or more capitalized words ends with a two-word name.
    func personAfterPortfolio(_ a: Int, _ b: Int) -> Int? {
        var k = a
        var sawPortfolio = false
        while k < b, isConnector(k) || tokens[k].kind == .punct || isCountry[k] || EntityCues.portfolioKeys.contains(tokens[k]) {
            if EntityCues.portfolioKeys.contains(tokens[k]) { sawPortfolio = true }
            k += 1
        }
        // ("Jeroen van der Velde": particles inside the person's name.)
        guard k < b, (k..<b).allSatisfy({ isCap($0) && !isCountry[$0] && tokens[$0].kind == .word || tokens[$0].keyEquals("-") && !tokens[$0].spaceBefore
                                            || $0 > k && isConnector($0) && !isCoordinator($0) }) else { return nil }
        let words = wordIndices(k, b)
        if sawPortfolio, words.count >= 2 { return k }
        if !sawPortfolio, words.count >= 3, k == a || words.count >= 3 { return words[words.count - 2] }
        return nil
    }

    mutating func emitOrganization(_ a: Int, _ b: Int, personCue: Bool) {
        var a = a, b = b
        // (NameFinder+Latin) "la Superintendencia de Bancos y la Autoridad Portuaria": two bodies.
        if let (end, next) = coordinatedInstitutions(a, b) {
            emitOrganization(a, end, personCue: personCue)
            emitOrganization(next, b, personCue: false)
            return
        }
        a = openerBeforeInstitution(a, b)
        // Drop leading country adjectives before a generic word ("Belarusian Government").
        // The words that are no connector and no country: counted, with the first (no arrays built).
        var nonCountryCount = 0, firstNonCountry = -1
        for k in a..<b where tokens[k].kind == .word && !isConnector(k) && !isCountry[k] {
            if firstNonCountry < 0 { firstNonCountry = k }
            nonCountryCount += 1
        }
        let centralBank = tokens[firstNonCountry >= 0 ? firstNonCountry : a].keyEquals("bank")
            && firstNonCountry >= 0 && firstNonCountry + 1 < b && tokens[firstNonCountry + 1].keyEquals("of")
        if nonCountryCount == 1, lex.genericAlone.contains(tokens[firstNonCountry]), !centralBank { return }
        // A person after the organization: "… of Kazakhstan Maulen Ashimbayev", "Bộ Ngoại giao Lê Văn Minh".
        var lastKeyword = a
        for k in a..<b where orgKeyword(at: k) != nil && !isCountry[k] { lastKeyword = k }
        if let end = vietnameseNamesakeEnd(a, b, after: lastKeyword, personCue: personCue) { b = end }
        var k = lastKeyword + 1
        while k < b {
            let prevIsConnector = k > a && isConnector(k - 1)
            let startsPerson = isCap(k) && !prevIsConnector && !isCountry[k] && tokens[k].spaceBefore && !vietnameseNamesake(a, personCue: personCue)
                && (isGivenName(k) || isFamilyName(k) || (k > a && isCountry[k - 1] && b - k >= 2 && orgKeyword(at: k) == nil
                    && !(k..<b).contains { orgKeyword(at: $0) != nil }))
            // Vietnamese names capitalize every syllable: "Đào tạo" after "và" is a field, not a person.
            // ("… Môi trường Trần Thanh Nam dẫn đầu": a lowercase verb the group ran into ends the person.)
            var personEnd = b
            if lang.vi, personCue, isFamilyName(k),
               let low = (k..<b).first(where: { tokens[$0].kind == .word && !tokens[$0].capitalized }), low - k >= 2,
               (low..<b).allSatisfy({ tokens[$0].kind != .word || !tokens[$0].capitalized }) {
                personEnd = low
            }
            let fullyCapitalized = !lang.vi || (k..<personEnd).allSatisfy { tokens[$0].kind != .word || tokens[$0].capitalized }
            if startsPerson, fullyCapitalized, k - a >= 2 {
                emitName(k, personEnd, personCue: true, placeContext: false)
                b = k
                break
            }
            k += 1
        }
        // "председатель Национального собрания Ален Симонян": after a title, the last two capitalized
        // words after the institution's keyword are the person holding the title.
        if personCue, tokens[a].script == .cyrillic, b - lastKeyword >= 3, b - 2 > lastKeyword,
           (b - 2..<b).allSatisfy({ isCap($0) && !tokens[$0].allCaps && !isCountry[$0] && tokens[$0].kind == .word
               && orgKeyword(at: $0) == nil && placeKeyword(at: $0) == nil }) {
            emitName(b - 2, b, personCue: true, placeContext: false)
            b -= 2
        }
        while b > a, isConnector(b - 1) { b -= 1 }
        while a < b, isConnector(a) || tokens[a].keyEquals("the") { a += 1 }
        // German: the name starts after the last lowercase word before its keyword and without its
        // article ("Nach Angaben des Auswärtigen Amts" → "Auswärtigen Amts", "Die Deutsche Bahn").
        if lang.de {
            if let low = (a..<lastKeyword).last(where: { tokens[$0].kind == .word && !tokens[$0].capitalized && !germanForAdjective($0) }) { a = low + 1 }
            while a < b, EntityCues.articlesBeforeInstitutions.contains(tokens[a]) || isStopword(a) && orgKeyword(at: a) == nil { a += 1 }
        }
        // "Leaders of the Economic Community …": a plain noun and "of" before the named body go.
        if a + 2 < b, orgKeyword(at: a) == nil, titleMatch(at: a) == nil, !isCountry[a], isConnector(a + 1), !coordinatedInstitutionWords(a + 1, from: a) {
            var r = a + 1
            while r < b, isConnector(r) { r += 1 }
            if r < b, isCap(r), (r..<b).contains(where: { orgKeyword(at: $0) != nil && !isCountry[$0] }) { a = r }
        }
        guard a < b else { return }
        // Only a multi-word keyword ("Tập đoàn", "Ủy ban Nhân dân", "Chamber of Commerce"): not a name.
        if let kw = orgKeyword(at: a), a + kw.length == b, kw.length > 1,
           !lex.standalone.contains((a..<b).map { tokens[$0].key }.joined(separator: " ")) {
            return
        }
        // Only a generic keyword left ("Party", "Government"): not an entity unless an institution on its own.
        // (The words left are counted and read in place: no array of them is built for every organization.)
        var remainingCount = 0, firstRemaining = a
        for k in a..<b where tokens[k].kind == .word {
            if remainingCount == 0 { firstRemaining = k }
            remainingCount += 1
        }
        if remainingCount == 1 {
            let key = tokens[firstRemaining].key
            if lex.standalone.contains(key) {
                mentions.append(mention(a, b, type: .organization, evidence: .cue))
            }
            return
        }
        // ("Bank of Thailand", "Bank of Korea": a central bank is named by its country.)
        var remainingGeneric = true, remainingCountry = false
        for k in a..<b where tokens[k].kind == .word {
            if isCountry[k] { remainingCountry = true; continue }
            if !(lex.genericAlone.contains(tokens[k]) || isStopwordKey(k) && !isCap(k)) {
                remainingGeneric = false
                break
            }
        }
        if remainingGeneric,
           remainingCountry,
           !centralBank {
            return
        }
        // "Национальная компания «Казахстан темир жолы»": a generic description before a quoted name.
        if tokens[a].script == .cyrillic, b < tokens.count, keyIs(b, "«"), ((a + 1)..<b).allSatisfy({ !tokens[$0].capitalized }) {
            return
        }
        // "Делегация компании", "Представители министерства": a sentence-initial noun and lowercase
        // words (countries aside) describe, they do not name.
        if tokens[a].script == .cyrillic, tokens[a].sentenceStart, orgKeyword(at: a) == nil, !Self.russianAdjectiveLike(tokens[a].key),
           !midCaps.contains(tokens[a]), ((a + 1)..<b).allSatisfy({ tokens[$0].kind != .word || !tokens[$0].capitalized || isCountry[$0] }) {
            return
        }
        // "Pramono Anung of the Indonesian Democratic Party of Struggle": a two- or three-word name
        // without keyword, then "of" and an institution, is a member of it, not part of its name.
        if tokens[a].script == .latin, let of = (a..<b).first(where: { tokens[$0].keyHash == Self.ofHash && tokens[$0].keyEquals("of") }), of - a >= 2, of - a <= 3,
           (a..<of).allSatisfy({ isCap($0) && !isCountry[$0] && orgKeyword(at: $0) == nil && titleMatch(at: $0) == nil && placeKeyword(at: $0) == nil }),
           ((of + 1)..<b).contains(where: { orgKeyword(at: $0) != nil && !isCountry[$0] }) {
            emitName(a, of, personCue: personCue, placeContext: false)
            var r = of + 1
            while r < b, isConnector(r) { r += 1 }
            if r < b { emitOrganization(r, b, personCue: false) }
            return
        }
        var m = mention(a, b, type: .organization, evidence: .cue)
        m.variants = organizationVariants(a, b)
        // "Министерства иностранных дел" → "Министерство иностранных дел", "Национального собрания"
        // → "Национальное собрание": the adjectives and head noun in the nominative.
        if tokens[a].script == .cyrillic, let head = (a..<b).first(where: { orgKeyword(at: $0) != nil }), head - a <= 3,
           Self.russianObliqueHeadMayEnd(tokens[head].text),
           (a...head).allSatisfy({ tokens[$0].kind == .word && tokens[$0].spaceBefore || $0 == a }),
           let lemma = Self.russianOrganizationNominative((a...head).map { tokens[$0].text }) {
            m.variants.insert(m.surface, at: 0)
            let rest = tokens[head].end < tokens[b - 1].end ? surface(head + 1, b) : ""
            m.surface = lemma.joined(separator: " ") + (rest.isEmpty ? "" : " " + rest)
            for (n, w) in lemma.enumerated() where n < m.words.count { m.words[n] = TextFolding.key(w) }
        }
        mentions.append(m)
    }

    /// Shorter names an organization is known by: without its country qualifier
    /// ("… of the Republic of Belarus"), and its head before a nested institution
    /// ("Chamber of Representatives" of "… of the National Assembly").
    func organizationVariants(_ a: Int, _ b: Int) -> [String] {
        var out: [String] = []
        var k = a + 1
        while k < b {
            if tokens[k].keyEquals("of") || tokens[k].keyEquals("de") || tokens[k].keyEquals("du") {
                var r = k + 1
                while r < b, isConnector(r) { r += 1 }
                let tailIsCountry = r < b && (r..<b).allSatisfy { isCountry[$0] || isConnector($0) || tokens[$0].kind == .punct }
                let tailHasOrg = r < b && (r..<b).contains { orgKeyword(at: $0) != nil && !isCountry[$0] }
                let tailIsRepublic = r < b && ["republic", "republique", "people's"].contains(tokens[r].key)
                // (a lone keyword that is no institution on its own, "Organization" of "Organization of the
                // Petroleum Exporting Countries", is no other name for it)
                let bareKeyword = k - a == 1 && !lex.standalone.contains(tokens[a])
                if tailIsCountry || tailHasOrg || tailIsRepublic, k - a >= 1, !bareKeyword {
                    out.append(surface(a, k))
                }
            }
            k += 1
        }
        return out
    }

    /// "con La Ceiba", "hacia El Progreso", "en Las Tablas": mid-sentence, Spanish writes the article of an
    /// institution in lowercase ("con la Comisión"); a capitalized one after a preposition opens a
    /// place's own name and stays in it (one or two capitalized words after it, no known name).
    func spanishArticleOfAName(_ a: Int, _ b: Int) -> Bool {
        guard lang.es, a > 0, a + 1 < b, b - a <= 3, tokens[a].kind == .word, tokens[a].capitalized, !tokens[a].sentenceStart,
              Self.spanishCapitalizedArticles.contains(tokens[a]), tokens[a - 1].kind == .word, !tokens[a - 1].capitalized,
              tokens[a - 1].script == .latin, Self.spanishPrepositionsBeforePlaces.contains(tokens[a - 1]), !covered[a + 1] else { return false }
        return (a + 1..<b).allSatisfy { isCap($0) && !isCountry[$0] && !isStopword($0) }
    }
    /// German feminine nouns in -a/-o/-y that follow "an der" ("an der Firma", "an der Kamera").
    static let germanNounsInA: WordSet = ["firma", "kamera", "villa", "pizza", "aula", "agenda", "sauna", "ara", "arena", "oma",
                                                  "mensa", "skala", "tuba", "diva", "nanny", "party", "lobby", "liga"]
    static let spanishCapitalizedArticles: WordSet = ["la", "el", "las", "los"]
    /// "según El Heraldo", "selon Le Figaro", "laut Der Standard": after a word that names a
    /// source, a name opened by a capitalized article is a publication (its article included).
    func publicationAfterSourceWord(_ a: Int, _ b: Int) -> Bool {
        // (The word before is tested first: a source word is rare, and every name of two words or more asks.)
        guard a > 0, a + 1 < b, b - a <= 4, tokens[a - 1].kind == .word, Self.sourceWords.contains(tokens[a - 1]),
              tokens[a].kind == .word, tokens[a].capitalized, !tokens[a].allCaps, Self.articlesOpeningPublications.contains(tokens[a]),
              !tokens[a - 1].capitalized || tokens[a - 1].sentenceStart || Self.opensAfterDatelineDash(tokens, a - 1) else { return false }
        return (a + 1..<b).allSatisfy { isCap($0) && !isCountry[$0] && !covered[$0] }
    }
    static let sourceWords: WordSet = ["segun", "selon", "laut", "secondo"]
    static let articlesOpeningPublications: WordSet = ["el", "la", "los", "las", "le", "les", "il", "lo", "der", "die", "das"]

    /// Articles that open names in some language but are never a name alone (Das, Le and Lo are surnames).
    static let articlesNeverAlone: WordSet = ["el", "la", "los", "las", "il", "gli", "die", "der", "the"]
    static let spanishPrepositionsBeforePlaces: WordSet = ["en", "a", "con", "hacia", "desde", "hasta", "de", "por", "entre", "y", "e", "para"]

    /// "für" before a lowercase adjective, or that adjective, inside a German institution ("Verband für saubere Energie").
    func germanForAdjective(_ k: Int) -> Bool {
        if tokens[k].key == Self.germanFurKey { return k + 1 < tokens.count && Self.germanLowercaseAdjective(tokens[k + 1]) && k > 0 && isCap(k - 1) }
        return Self.germanLowercaseAdjective(tokens[k]) && k > 0 && tokens[k - 1].key == Self.germanFurKey && k > 1 && isCap(k - 2)
    }

    mutating func emitName(_ a0: Int, _ b0: Int, personCue: Bool, placeContext: Bool) {
        var a = a0, b = b0
        while a < b, isConnector(a) || token(a).kind == .punct && !token(a).keyEquals(".") { a += 1 }
        while b > a, isConnector(b - 1) || token(b - 1).kind == .punct { b -= 1 }
        guard a < b else { return }
        // A name never starts with a lowercase word ("giao" left of a split portfolio).
        while a < b, token(a).kind == .word, !token(a).capitalized, !token(a).allCaps, token(a).script == .latin || token(a).script == .cyrillic,
              !token(a).isInitialLetter {
            a += 1
        }
        // (All lowercase: no name; `latinNameEarly` would read the token at `a`, past the text's end when the run ends it.)
        guard a < b else { return }
        if latinNameEarly(a, b) { return }   // currencies, datelines (NameFinder+Latin)
        if personCue, let p = personAfterTitledRegion(a, b) { a = p }
        let words = wordIndices(a, b)
        guard !words.isEmpty else { return }
        // ("в районе Насирии", "из турецкого Искендеруна", "между Нови-Садом и …": see NameFinder+RuZhAr.swift.)
        let placeContext = placeContext || !personCue && russianExtraPlaceContext(a, b)
        // Vietnamese names capitalize every syllable: "Ngoại giao" is a portfolio, not a name.
        if lang.vi, words.contains(where: { k in !token(k).capitalized && !token(k).allCaps && token(k).script == .latin
                                                    && !(k > 0 && token(k - 1).keyEquals("-") && !token(k).spaceBefore) }) { return }
        // Drop leading stopwords left after splitting ("The", "However").
        if words.count == 1 {
            let t = token(words[0])
            // (`key.count < 2` without counting the whole key: at most its first character is walked.)
            if isStopword(words[0]) || isMonth(words[0]) || t.key.isEmpty || MentionGrouper.Group.isOneCharacter(t.key) { return }
            // An article alone is no name: Spanish "El" opens "El Alto" and "El Heraldo", so it is
            // no stopword, and once seen capitalized mid-sentence the sentence-initial one passed.
            if Self.articlesNeverAlone.contains(t), !t.allCaps { return }
            if lex.genericAlone.contains(t) && !lex.standalone.contains(t) { return }
            // "den Hafen Tianjin", "die Provinz Yunnan": a German noun right before a known name is
            // its common-noun apposition, not a name of its own.
            if lang.de, b < tokens.count, covered[b], token(b).spaceBefore { return }
            if t.sentenceStart || Self.opensAfterDatelineDash(tokens, words[0]), !midCaps.contains(t), !t.allCaps { return }
            // Vietnamese names have several syllables; a foreign one-word name counts after a place preposition.
            if lang.vi && !personCue && !t.allCaps && !(placeContext && Self.foreignInVietnamese(t.key)) { return }
            if titleMatch(at: words[0]) != nil { return }
        }
        // (A loop, not `allSatisfy`: in a mutating method a test that calls the finder's methods copied
        // the whole finder per word. Same below and in `emitOrganization`.)
        var onlyStopwords = true
        for k in words where !isStopword(k) && !isMonth(k) { onlyStopwords = false; break }
        if onlyStopwords { return }
        // "Tanzanian Transport Minister …", "Sri Lankan Ports Minister …": capitalized words between a
        // country's adjective and a minister's or secretary's title are the portfolio, not a name.
        // ("Ghanaian Roads and Highways Minister …": the portfolio may hold "and".)
        if words.count <= 3, portfolioBetweenCountryAndTitle(a, b) { return }
        // "губернатор провинции Хайбер-Пахтунхва Файсал Карим Кунди", "мэр города Ош Аман Токоев": after a
        // title and a region or city noun, the first (hyphenated) word is the place and the rest the person.
        if personCue, a > 0, words.count >= 3, token(a).script == .cyrillic, !token(a - 1).capitalized,
           Self.russianSettlementGenitives.contains(token(a - 1)), !isGivenName(words[0]) {
            let placeEnd = a + 3 < b && token(a + 1).keyEquals("-") && !token(a + 1).spaceBefore && !token(a + 2).spaceBefore ? a + 3 : a + 1
            if wordCount(placeEnd, b) >= 2 {
                var m = mention(a, placeEnd, type: .place, evidence: .cue)
                m.placeContext = true
                mentions.append(m)
                emitName(placeEnd, b, personCue: true, placeContext: false)
                return
            }
        }
        if personCue, splitRussianTownBeforeTitledName(a, b) { return }   // "Мэр Нови-Сада Жарко Мичин"
        // "экономист из Маракайбо Андрес Соса Гомес": after a place preposition, four capitalized Cyrillic
        // words (no hyphen, no keyword) are a one-word town and a three-word name (a place has rarely more than two).
        if placeContext, !personCue, words.count == 4, b - a == 4, token(a).script == .cyrillic, !Self.russianAdjectiveLike(token(a).key),
           (a..<b).allSatisfy({ token($0).kind == .word && isCap($0) && !token($0).allCaps && !isCountry[$0]
               && orgKeyword(at: $0) == nil && placeKeyword(at: $0) == nil }) {
            var m = mention(a, a + 1, type: .place, evidence: .cue)
            m.placeContext = true
            mentions.append(m)
            emitName(a + 1, b, personCue: true, placeContext: false)
            return
        }
        let first = token(words[0])
        // Ministries and agencies by acronym (МИД, MFA): organizations even after a title.
        if words.count == 1, EntityCues.institutionAcronyms.contains(first.text) {
            mentions.append(mention(a, b, type: .organization, evidence: .cue))
            return
        }
        // A dateline ("ACCRA -", "Chiang Mai (Reuters) -"): the name opening a line before a dash is a place.
        // ("LAGOS, Jan 15 (Reuters) -": an all-capitals place, a comma and the date.)
        let datelineComma = b + 1 < tokens.count && token(b).keyEquals(",") && words.allSatisfy({ token($0).allCaps })
            && (isMonth(b + 1) || isStopwordKey(b + 1) && token(b + 1).text.count <= 4 || token(b + 1).kind == .number)
        if a == 0 || token(a).newlineBefore, b < tokens.count, ["-", "–", "—", "("].contains(token(b).key) || datelineComma, words.count <= 3,
           words.allSatisfy({ token($0).capitalized || token($0).allCaps }), !Self.headingBeforeGloss(tokens, b) {
            var m = mention(a, b, type: .place, evidence: .cue)
            m.placeContext = true
            mentions.append(m)
            return
        }
        // "bệnh viện Chợ Rẫy", "công ty Vinamilk": a Vietnamese name after a lowercase institution word.
        if lang.vi, a >= 2, let kw = orgKeyword(at: a - 2), kw.length == 2, !token(a - 2).capitalized {
            mentions.append(mention(a, b, type: .organization, evidence: .cue))
            return
        }
        // "Air Astana", "Air Seoul": "Air" opening a name makes it an airline.
        if words.count >= 2, Token.keyEquals(first.key, "air"), first.capitalized {
            mentions.append(mention(a, b, type: .organization, evidence: .cue))
            return
        }
        // Hyphenated company names: "Hydro-Québec", "Petro-Canada".
        if words.count == 2, b - a == 3, token(a + 1).keyEquals("-"), !token(a + 1).spaceBefore, EntityCues.companyPrefixes.contains(first.key) {
            mentions.append(mention(a, b, type: .organization, evidence: .cue))
            return
        }
        // Hyphenated acronyms: "PDI-P", "SPD-CSU".
        if words.count >= 2, b - a == 2 * words.count - 1, words.allSatisfy({ token($0).allCaps }),
           (a..<b).allSatisfy({ token($0).kind == .word || token($0).keyEquals("-") && !token($0).spaceBefore }) {
            mentions.append(mention(a, b, type: .organization, evidence: .guess))
            return
        }
        // "председатель правления АО «…»": a legal form's acronym before a quoted company is neither a
        // person after the title nor a name of its own.
        if words.count == 1, first.allCaps, Self.legalFormAcronyms.contains(first) { return }
        // Acronyms: BELAZ, MTZ, NA.
        if words.count == 1, first.allCaps {
            let letters = PlainText.count(first.text)
            guard letters >= 2, letters <= 7, !lex.acronymStoplist.contains(first.text), !personCue || letters > 3 else {
                // ("secrétaire d'État aux PME, X": a portfolio's acronym is no person.)
                if personCue, letters >= 2, !EntityCues.portfolioKeys.contains(first) { break_person(a, b) }
                return
            }
            // "la région SAVA", "tỉnh BRVT": an acronym right after a lowercase place word is the place's name.
            if placeContext, a > 0, token(a - 1).kind == .word, !token(a - 1).capitalized, placeKeyword(at: a - 1) != nil {
                var m = mention(a, b, type: .place, evidence: .cue)
                m.placeContext = true
                mentions.append(m)
                return
            }
            mentions.append(mention(a, b, type: .organization, evidence: .guess))
            return
        }
        // "chargé du Numérique", "Minister of Energy": a lone portfolio word is no name.
        // ("Vizeminister für Industrie und Bau", "chargé au Développement": German "für", French "au", "aux".)
        if words.count == 1, a > 0, isConnector(a - 1) || Self.portfolioOpeners.contains(token(a - 1)) && !token(a - 1).capitalized,
           EntityCues.portfolioKeys.contains(first) { return }
        // "ministro de Industria, Comercio y Mipymes": a lone word in a list of portfolios (after a
        // comma or a coordinator that follows a portfolio word after "de"/"of" or a comma) is one more.
        if words.count == 1, a >= 3, token(a - 1).keyEquals(",") || isCoordinator(a - 1), EntityCues.portfolioKeys.contains(token(a - 2)),
           token(a - 3).keyEquals(",") || isConnector(a - 3) || Self.portfolioOpeners.contains(token(a - 3)) && !token(a - 3).capitalized { return }
        // "secretaria de Relaciones Exteriores", "ministre de l'Économie et des Finances": portfolio words only.
        // ("secrétaire d'État au Développement des PME": connectors inside, the first and the last a portfolio word.)
        if words.count >= 2, a > 0, isConnector(a - 1) || token(a - 1).kind == .elision
            || Self.portfolioOpeners.contains(token(a - 1)) && !token(a - 1).capitalized,
           EntityCues.portfolioKeys.contains(token(words[0]).key, hash: token(words[0]).keyHash), EntityCues.portfolioKeys.contains(token(words[words.count - 1]).key, hash: token(words[words.count - 1]).keyHash),
           words.allSatisfy({ EntityCues.portfolioKeys.contains(token($0)) || isConnector($0) }) { return }
        // «Самрук-Казына», «Узбекэнерго»: a name alone inside Russian quotes is an organization.
        if first.script == .cyrillic, a > 0, b < tokens.count, keyIs(a - 1, "«") || token(a - 1).keyEquals("\""),
           keyIs(b, "»") || token(b).keyEquals("\"") {
            mentions.append(mention(a, b, type: .organization, evidence: .cue))
            return
        }
        // "Республики" left over from "… Республики Казахстан" is not a name.
        if words.count == 1, first.script == .cyrillic, PlainText.hasPrefix(first.key, "республик") { return }
        if latinNameTyped(a, b, words: words, personCue: personCue) { return }   // (NameFinder+Latin)
        // German capitalizes every noun: without a title, a given name or a place preposition a
        // capitalized word is no evidence of a name.
        // "bei Břeclav", "aus Žilina", "nach Łódź": after a German preposition of place, a word spelled with a
        // letter German does not write is a foreign town.
        if lang.de, !personCue, !placeContext, words.count == 1, a > 0, Self.germanPlacePrepositions.contains(token(a - 1)),
           first.text.unicodeScalars.contains(where: { (0xC0...0x24F).contains($0.value) && !"äöüÄÖÜß".unicodeScalars.contains($0) && $0.value != 0xD7 && $0.value != 0xF7 }) {
            var m = mention(a, b, type: .place, evidence: .cue)
            m.placeContext = true
            mentions.append(m)
            return
        }
        // "an der Thaya", "an der Morava": German nouns after "an der" are feminine and end mostly in -e, -ung, -heit…;
        // one word ending in -a, -o or -y (no German noun: Firma, Kamera) is a river or a town on it.
        if lang.de, !personCue, !placeContext, words.count == 1, a >= 2, token(a - 2).key == "an", token(a - 1).key == "der", !token(a - 2).capitalized,
           first.key.count >= 4, ["a", "o", "y"].contains(where: { PlainText.hasSuffix(first.key, $0) }), !Self.germanNounsInA.contains(first),
           !(b < tokens.count && isCap(b)) {
            var m = mention(a, b, type: .place, evidence: .cue)
            m.placeContext = true
            mentions.append(m)
            return
        }
        if lang.de, !personCue, !placeContext, !isGivenName(words[0]), !first.allCaps { return }
        if germanAbbreviationCompound(a, b) { return }
        // "Акимы Мангистауской и Атырауской областей": a lone region adjective is no name.
        if words.count == 1, first.script == .cyrillic, ["ской", "цкой", "ского", "ском"].contains(where: { PlainText.hasSuffix(first.key, $0) }),
           b + 1 < tokens.count, keyIs(b, "и"), isCap(b + 1), !cityInstrumental(a, b) { return }
        // (Built once the rules that drop the name have passed: German capitalizes every noun, and a mention built
        // for each of them was thrown away.)
        var m = mention(a, b, type: nil, evidence: .guess)
        m.placeContext = placeContext
        // ("presidente de la cooperativa Pescadores Unidos": the company noun right before the name beats the title.)
        if parenthesizedAfterOrganization(a) || companyNounBefore(a) && (!personCue || token(a - 1).kind == .word && !token(a - 1).capitalized
                                                                           && Self.companyNounsBefore.contains(token(a - 1))) {
            // "la empresa Navieras del Caribe", "la compañía Transportes de Bolivia": the company's name goes on over a
            // connector and a region's or a country's words (which broke the capitalized run; the country still counts).
            if b + 1 < tokens.count, isConnector(b), token(b + 1).kind == .word, isCountry[b + 1], token(b + 1).capitalized {
                var e = b + 1
                while e < tokens.count, isCountry[e], token(e).kind == .word { e += 1 }
                if e < tokens.count, token(e).kind == .word, isCap(e) { e = b }   // more name after it: leave it to the other rules
                if e > b { m = mention(a, e, type: nil, evidence: .guess) }
            }
            m.type = .organization; m.evidence = .cue
            mentions.append(m)
            return
        }
        if personCue, let o = organizationTailNamed(a, b) {
            m.type = .organization; m.evidence = .cue
            (m.variants, m.surface, m.words) = ([m.surface], o.surface, o.words)
            mentions.append(m)
            return
        }
        if !personCue, cityInstrumental(a, b) {
            m.type = .place; m.evidence = .cue
        } else if personCue, adminNounAfter(b) {
            m.type = .place; m.evidence = .cue   // "the governor of Sarytau region" (NameFinder+Leftovers)
        } else if personCue {
            m.type = .person; m.evidence = .cue
        } else if isGivenName(words[0]) || words.count >= 2 && isFamilyName(words[0]) {
            m.type = .person; m.evidence = .cue
        } else if placeContext || b < tokens.count && token(b).kind == .word && !token(b).capitalized && EntityCues.placeNounsAfter.contains(token(b))
                    || words.count == 1 && (betweenTwoNames(a, b) || betweenNameAndGeographicNoun(a, b) || fromToName(a, b) || passedThroughName(a) || frenchRegionAfterArticle(a)) {
            m.type = .place; m.evidence = .cue
        } else if words.count >= 2, EntityCues.placeNameStarts.contains(first) {
            m.type = .place                                   // "El Teniente", "San Cristóbal", "Chiang Mai"
        } else if words.count >= 2 {
            // Vietnamese multi-syllable names that start with no family name are mostly places (Lào Cai, Bắc Ninh);
            // foreign ones ("Pramono Anung", "Batbold Dashdorj") are mostly people.
            m.type = lang.vi && !words.contains(where: { Self.foreignInVietnamese(token($0).key) }) ? .place : .person
        } else if lex.surnameEndings(first.key) {
            m.type = .person
        }
        // ("Усть-Каменогорском": a hyphenated name declines its last word.)
        let hyphenated = words.count == 2 && b - a == 3 && token(a + 1).keyEquals("-") && !token(a + 1).spaceBefore && !token(b - 1).spaceBefore
        if m.type == .place, first.script == .cyrillic, words.count == 1 || hyphenated, a > 0,
           let lemma = Self.russianPlaceNominative(token(b - 1).text, after: russianPreposition(before: a)) {
            let whole = feminineByEvidence(lemma, token(b - 1).text).map { (hyphenated ? token(a).text + "-" : "") + $0 }
                ?? (hyphenated ? token(a).text + "-" + lemma : lemma)
            m.variants = [m.surface]
            m.surface = whole
            m.words = hyphenated ? [TextFolding.key(token(a).text), TextFolding.key(lemma)] : [TextFolding.key(whole)]
        }
        if m.type == .person, first.script == .cyrillic, words.count == 3, let lemma = Self.russianForeignNominative(m.surface) {
            m.variants = [m.surface]
            m.surface = lemma
            m.words = PlainText.split(lemma, 0x20).map { TextFolding.key($0) }
        }
        // "По словам Ибраева" after "Таалайбек Ибраев": a surname in an oblique case is that person's.
        if m.type == .person, first.script == .cyrillic, words.count == 1, first.key.utf8.count >= 10 {
            for cut in 1...2 where first.key.count - cut >= 4 {
                let stem = String(first.key.dropLast(cut))
                if mentions.indices.contains(where: { mentions[$0].type == .person && mentions[$0].words.count >= 2
                    && (PlainText.equal(mentions[$0].words[mentions[$0].words.count - 1], stem) || mentions[$0].words.count == 3 && PlainText.equal(mentions[$0].words[1], stem) && MentionGrouper.spanishLooking(mentions[$0].words[2])) }) {
                    m.variants = [m.surface]
                    m.surface = String(first.text.dropLast(cut))
                    m.words = [stem]
                    break
                }
            }
        }
        if m.type == .person, first.script == .cyrillic, words.count == 2, m.words.count == 2, Self.l11MayBeOblique(m.words) || l12MayBeUncertainOblique(m.words, article: false),
           let lemma = Self.russianFullNameNominative(m.surface, accept: l12RussianNominativeEvidence(m.surface, article: false)) {
            m.variants = [m.surface]
            m.surface = lemma
            m.words = PlainText.split(lemma, 0x20).map { TextFolding.key($0) }
        }
        if first.script == .cyrillic, words.count == 1 { linkRussianSurnameOblique(&m, first) }
        mentions.append(m)
    }

    /// "the line between Rjukan and Notodden", "la route entre Kayes et Nioro", "entre Tulcán y Ipiales":
    /// two names with no cue of their own joined after "between" are the two ends of a road, a line or a
    /// border, mostly places (named organizations keep their keyword or acronym, read before this).
    /// Runs only for a one-word name whose type nothing else settled (two words stay a person's).
    func betweenTwoNames(_ a: Int, _ b: Int) -> Bool {
        // The first name: "between" right before it, a coordinator and a capital right after it.
        if a > 0, Self.betweenWords.contains(tokens[a - 1]), !tokens[a - 1].capitalized, b + 1 < tokens.count, isCoordinator(b), isCap(b + 1) {
            return true
        }
        // The second name: a coordinator before it, and "between" before up to four words of the first name.
        guard a >= 3, isCoordinator(a - 1) else { return false }
        var k = a - 2
        while k > 0, a - 2 - k < 4, isCap(k) || tokens[k].keyEquals("-") && !tokens[k].spaceBefore || isConnector(k) && k < a - 2 { k -= 1 }
        return k < a - 2 && Self.betweenWords.contains(tokens[k]) && !tokens[k].capitalized
    }
    /// A name's words lie between a country's adjective and a minister's title, with only capitalized
    /// words and coordinators around them: "Sri Lankan Ports Minister", "Ghanaian Roads and Highways Minister".
    func portfolioBetweenCountryAndTitle(_ a: Int, _ b: Int) -> Bool {
        guard a > 0, tokens[a].script == .latin else { return false }
        var k = b, title = false
        while k < tokens.count, k - b < 5 {
            if tokens[k].capitalized, Self.portfolioTitleKeys.contains(tokens[k]) { title = true; break }
            guard isCap(k) && !isCountry[k] || isCoordinator(k) || tokens[k].keyEquals("&") else { break }
            k += 1
        }
        guard title else { return false }
        k = a - 1
        while k >= 0, a - k < 6 {
            if isCountry[k] { return true }
            guard isCap(k) || isCoordinator(k) || tokens[k].keyEquals("&") else { return false }
            k -= 1
        }
        return false
    }

    static let germanPlacePrepositions = KeySet(["bei", "aus", "nach", "von", "uber", "nahe"])

    /// Head words of a company that "of" and its town may follow (folded).
    static let companyHeadsBeforeTown = KeySet(["group", "holdings", "company", "corporation", "ltd", "limited", "inc", "plc", "llc", "cooperative"])

    /// Titles whose portfolio comes before them in English ("Transport Minister", "Energy Secretary").
    static let portfolioTitleKeys = KeySet(["minister", "ministers", "secretary", "commissioner"])
    static let betweenWords = KeySet(["between", "entre", "tra", "zwischen", "между", "між"])

    /// «…», — сказал он; «Для … маршрут»: Russian quotes that hold speech, not a name — the closing
    /// quote followed by a comma and a dash (the speaker comes next), or a sentence preposition
    /// opening three words or more. `i` is the first word inside the quotes.
    func quotedSpeech(from i: Int) -> Bool {
        guard let close = (i + 1..<min(tokens.count, i + 40)).first(where: { keyIs($0, "»") }) else { return false }
        if close + 2 < tokens.count, tokens[close + 1].keyEquals(","), ["—", "–", "-"].contains(tokens[close + 2].key) { return true }
        let words = wordCount(i, close)
        return words >= 3 && Self.russianSentencePrepositions.contains(tokens[i])
    }

    /// Acronyms of legal forms (folded): АО, ОАО, ЗАО, ПАО, ООО, ТОО, JSC, LLC, PLC.
    static let frenchVerbBreakers: WordSet = ["soit", "sont", "est", "sera", "seront", "serait", "etait", "était", "ont", "doit", "doivent",
                                              "peut", "pourra", "va", "vont", "fait", "reste", "restent", "devra", "devrait"]
    /// Lowercase words before a portfolio that are no connector of names ("für Industrie", "au Développement").
    static let portfolioOpeners: WordSet = ["fur", "au", "aux"]
    static let legalFormAcronyms = KeySet(["ао", "оао", "зао", "пао", "ооо", "тоо", "jsc", "llc", "plc"])

    /// Genitives of region and settlement nouns between a title and a place's name ("губернатор провинции …").
    static let russianSettlementGenitives = KeySet(["провинции", "области", "штата", "округа", "района", "города", "региона", "края",
                                                    "общины", "муниципалитета", "коммуны", "уезда", "департамента",   // (Balkan, French, Chinese units)
                                                    "порта", "села", "посёлка", "поселка"])   // ("директором порта Измаил Юрием …")

    /// Prepositions that open a Russian sentence before a name or a lowercase noun (folded keys).
    static let russianSentencePrepositions: WordSet = ["в", "во", "на", "у", "под", "из", "с", "со", "к", "ко", "по", "о", "об",
                                                           "за", "при", "до", "от", "для", "после", "перед", "между", "около", "возле"]
    /// Prepositions that govern the instrumental ("под Минском", "с Новосибирском", "между Омском и …").
    static let russianInstrumentalPrepositions: WordSet = ["под", "над", "за", "перед", "с", "со", "между"]

    /// "под Усть-Каменогорском", "с Новосибирском": after a preposition of the instrumental, a
    /// word in "-ском"/"-цком" is a city in "-ск"/"-цк" (an adjective there would end in "-ским").
    func cityInstrumental(_ a: Int, _ b: Int) -> Bool {
        guard a > 0, tokens[b - 1].script == .cyrillic, PlainText.hasSuffix(tokens[b - 1].key, "ском") || PlainText.hasSuffix(tokens[b - 1].key, "цком") else { return false }
        return Self.russianInstrumentalPrepositions.contains(tokens[a - 1]) && !tokens[a - 1].capitalized
            || keyIs(a - 1, "и") && a >= 3 && Self.russianInstrumentalPrepositions.contains(tokens[a - 3])
    }

    /// "в Фергане" read as "Ферган": when the article also has the name in a case only a feminine
    /// noun in "-а" takes ("Ферганы", "Ферганой"), the nominative is "Фергана". `lemma` is the
    /// masculine guess, `form` the word seen.
    func feminineByEvidence(_ lemma: String, _ form: String) -> String? {
        // A plain lemma's last character is its last scalar (see `PlainText`), looked for among the vowels' scalars:
        // `String.contains` compared it with each vowel as a `Character`.
        if let (_, last, count) = PlainText.firstLastCount(lemma) {
            guard count + 1 == PlainText.count(form), !Self.russianFinalVowelScalars.contains(last) else { return nil }
        } else {
            guard lemma.count + 1 == form.count, let last = lemma.last, !Self.russianFinalVowels.contains(last) else { return nil }
        }
        let key = TextFolding.key(lemma)
        guard midCaps.contains(key + "ы") || midCaps.contains(key + "ой") else { return nil }
        return lemma + "а"
    }

    /// The letters after which `feminineByEvidence` guesses no feminine "-а", and their scalars (each one, in NFC).
    static let russianFinalVowels = "аеёиоуыэюяйь"
    static let russianFinalVowelScalars = Array(russianFinalVowels.precomposedStringWithCanonicalMapping.unicodeScalars)

    /// Russian consonants (the name lemmatizers' stems), built once.
    static let russianConsonants: Set<Character> = Set("бвгджзклмнпрстфхцчшщ")

    /// The nominative of a Russian region name ending in its keyword: "Карагандинской области" →
    /// "Карагандинская область", "Краснодарского края" → "Краснодарский край", "Ташкентскую
    /// область" → "Ташкентская область". Nil when the form is already nominative or unknown.
    /// Whether the keyword `text` may open, once lowercased, with one of the nouns `russianRegionNominative` declines
    /// (област-, провинци-, кра-, район-, округ-, аймак-, велаят-): its first scalar is о, п, к, р, а, в or their
    /// capital (no other scalar lowercases to them). Any other keyword ("штата", "города") is answered before the
    /// region's words are gathered.
    static func russianRegionKeywordMayStart(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first?.value else { return false }
        let lower = first >= 0x410 && first <= 0x42F ? first + 0x20 : first
        return lower == 0x43E || lower == 0x43F || lower == 0x43A || lower == 0x440 || lower == 0x430 || lower == 0x432
    }

    static func russianRegionNominative(_ words: [String]) -> String? {
        guard words.count >= 2, let keyword = words.last else { return nil }
        let lower = FoldTable.shared.lowercased(keyword)
        let feminine: Bool
        let noun: String
        if PlainText.hasPrefix(lower, "област") { feminine = true; noun = "область" }
        else if PlainText.hasPrefix(lower, "провинци") { feminine = true; noun = "провинция" }
        else if PlainText.hasPrefix(lower, "кра") && lower.count <= 5 { feminine = false; noun = "край" }
        else if PlainText.hasPrefix(lower, "район") { feminine = false; noun = "район" }
        else if PlainText.hasPrefix(lower, "округ") { feminine = false; noun = "округ" }
        else if PlainText.hasPrefix(lower, "аймак") { feminine = false; noun = "аймак" }
        else if PlainText.hasPrefix(lower, "велаят") { feminine = false; noun = "велаят" }
        else { return nil }
        // (Asked only of a keyword: its case is looked up after the keyword is known.)
        let capital = keyword.first?.isUppercase == true
        func cap(_ s: String) -> String { capital ? s.prefix(1).uppercased() + s.dropFirst() : s }
        var out: [String] = []
        for w in words.dropLast() {
            let l = FoldTable.shared.lowercased(w)
            if feminine {
                if PlainText.hasSuffix(l, "ая") || PlainText.hasSuffix(l, "яя") { out.append(w); continue }
                guard let e = ["ой", "ей", "ую", "ою"].first(where: { PlainText.hasSuffix(l, $0) }) else { return nil }
                out.append(String(w.dropLast(e.count)) + (e == "ей" ? "яя" : "ая"))
            } else {
                if PlainText.hasSuffix(l, "ий") || PlainText.hasSuffix(l, "ый") || PlainText.hasSuffix(l, "ой") { out.append(w); continue }
                guard let e = ["ого", "ому", "ым", "им", "ом"].first(where: { PlainText.hasSuffix(l, $0) }) else { return nil }
                let stem = String(w.dropLast(e.count))
                out.append(stem + ("кгхжчшщ".contains(stem.last ?? " ") ? "ий" : "ый"))
            }
        }
        let result = (out + [cap(noun)]).joined(separator: " ")
        // (`PlainText.equal`: `==` without its normalizing path, which every Cyrillic pair took.)
        return PlainText.equal(result, words.joined(separator: " ")) ? nil : result
    }

    /// The nominative of a one-word city after a Russian preposition, for the common masculine
    /// pattern: "в Самарканде" → "Самарканд", "в Ханое" → "Ханой", "из Ташкента" → "Ташкент".
    /// The surface form stays an alias; feminine names (в Самаре) are guessed wrong, so only
    /// the prepositional after в/во and the genitive after из/до/от are touched.
    static func russianPlaceNominative(_ word: String, after preposition: String) -> String? {
        // Only these prepositions decline a name here (the `switch` below): any other word answers
        // before the word is split into characters.
        guard russianPlacePrepositions.contains(preposition) else { return nil }
        let chars = Array(word)
        guard chars.count >= 5, let last = chars.last else { return nil }
        let vowels = russianVowels
        let before = chars[chars.count - 2]
        switch preposition {
        case "в", "во":
            // Soft-sign feminine cities: "в Казани" → "Казань", "в Тюмени" → "Тюмень" (-ани, -ени only:
            // "Тбилиси", "Хельсинки" do not decline).
            if last == "и", chars.count >= 6, before == "н", let v = chars.dropLast(2).last, v == "а" || v == "е" {
                return String(chars.dropLast()) + "ь"
            }
            if let feminine = russianFeminineAfterV(chars) { return feminine }
            guard last == "е" else { return nil }
            if before == "о" || before == "е" || before == "а" { return String(chars.dropLast()) + "й" }   // Ханое → Ханой, Костанае → Костанай
            if vowels.contains(before) { return nil }
            // Feminine in "-ка" after a consonant other than с/ц/р ("в Находке" → "Находка"; "в Омске" → "Омск",
            // "в Нью-Йорке" → "Нью-Йорк")
            // and in "-ва" after no о/е/ё ("в Варшаве" → "Варшава"; "в Ростове", "в Киеве" stay masculine).
            let third = chars[chars.count - 3]
            if before == "к", !vowels.contains(third), !"сцр".contains(third) { return String(chars.dropLast()) + "а" }
            if before == "в", !"оеёи".contains(third) { return String(chars.dropLast()) + "а" }
            return String(chars.dropLast())
        case "из", "до", "от":
            // Feminine genitive: "из Сиены" → "Сиена", "из Находки" → "Находка" (a masculine name ends in "-а" there).
            if last == "ы", !vowels.contains(before) { return String(chars.dropLast()) + "а" }
            if last == "и", "кгх".contains(before) { return String(chars.dropLast()) + "а" }
            guard last == "а", !vowels.contains(before) else { return nil }
            return String(chars.dropLast())
        case "под", "над", "за", "перед", "с", "со", "между":
            // Instrumental of a masculine city: "под Ташкентом" → "Ташкент", "с Новосибирском" → "Новосибирск".
            guard last == "м", before == "о", chars.count >= 6, !vowels.contains(chars[chars.count - 3]) else { return nil }
            return String(chars.dropLast(2))
        default:
            return nil
        }
    }

    /// The prepositions `russianPlaceNominative` declines after: every case of its `switch` (keep them in step).
    static let russianPlacePrepositions: WordSet = ["в", "во", "из", "до", "от", "под", "над", "за", "перед", "с", "со", "между"]
    /// Built once (it was rebuilt on every call of `russianPlaceNominative`).
    static let russianVowels: Set<Character> = Set("аеёиоуыэюяй")

    /// Neuter institution nouns in -ство in an oblique case: "Министерства", "Агентству",
    /// "Посольством", "Правительстве" → "…ство".
    static func russianNeuterNominative(_ word: String) -> String? {
        for ending in ["ством", "ства", "ству", "стве"] where PlainText.hasSuffix(word, ending) && word.count > ending.count + 2 {
            return String(word.dropLast(ending.count)) + "ство"
        }
        return nil
    }

    /// The nominative of a Russian institution's adjectives and head noun in the genitive (the
    /// form after a title: "председатель Национального собрания"), or of a head in -ства/-ии alone:
    /// "Национального собрания" → "Национальное собрание", "Государственного комитета" →
    /// "Государственный комитет", "Счётной палаты" → "Счётная палата", "Министерству" → "Министерство".
    /// Nil when nothing shows an oblique case (a nominative "Палата представителей" is left alone).
    static func russianOrganizationNominative(_ words: [String]) -> [String]? {
        guard let head = words.last else { return nil }
        // (spd16: the head's last letter before it is lowercased: a lowercased text's last scalar is its last scalar's lowercase,
        // and only the letters themselves and their capitals А–Я lowercase to those endings.)
        guard let headLast = head.unicodeScalars.last?.value,
              Self.russianObliqueHeadEndings.contains(headLast >= 0x410 && headLast <= 0x42F ? headLast + 0x20 : headLast) else { return nil }
        let lowerHead = FoldTable.shared.lowercased(head)
        // Every branch below needs the head to end in one of these letters (-ства/-ству/-ством/-стве,
        // -ии, -ия of "собрания", -ы, -и, -а): a nominative head ("Министерство", "Совет") is answered
        // here, before its adjectives are lowercased and tested.
        guard let lastLetter = lowerHead.unicodeScalars.last, Self.russianObliqueHeadEndings.contains(lastLetter.value) else { return nil }
        let adjectives = Array(words.dropLast())
        let genitiveAdjectives = !adjectives.isEmpty && adjectives.allSatisfy { w in ["ого", "его", "ой", "ей"].contains { PlainText.hasSuffix(FoldTable.shared.lowercased(w), $0) } }
        if !adjectives.isEmpty && !genitiveAdjectives { return nil }
        enum Gender { case masculine, feminine, neuter }
        var noun: String
        var gender: Gender
        if let n = russianNeuterNominative(head) { noun = n; gender = .neuter }
        else if PlainText.hasSuffix(lowerHead, "ии") { noun = String(head.dropLast()) + "я"; gender = .feminine }
        else if ["собрания", "объединения", "управления", "движения"].contains(where: { PlainText.hasSuffix(lowerHead, $0) }) {
            noun = String(head.dropLast()) + "е"; gender = .neuter
        } else if genitiveAdjectives, PlainText.hasSuffix(lowerHead, "ы") || PlainText.hasSuffix(lowerHead, "и") && !PlainText.hasSuffix(lowerHead, "ии") {
            noun = String(head.dropLast()) + "а"; gender = .feminine                       // палаты, думы, службы
        } else if genitiveAdjectives, PlainText.hasSuffix(lowerHead, "а"), let c = lowerHead.dropLast().last,
                  c.unicodeScalars.count == 1, "бвгджзклмнпрстфхцчшщ".unicodeScalars.contains(c.unicodeScalars.first!) {   // (on scalars: see `russianForeignNominative`)
            noun = String(head.dropLast()); gender = .masculine                              // комитета, совета, банка
        } else { return nil }
        var out: [String] = []
        for w in adjectives {
            let l = FoldTable.shared.lowercased(w)
            let cut = PlainText.hasSuffix(l, "ого") || PlainText.hasSuffix(l, "его") ? 3 : 2
            let stem = String(w.dropLast(cut))
            let soft = PlainText.hasSuffix(l, "его") || PlainText.hasSuffix(l, "ей")
            switch gender {
            case .neuter: out.append(stem + (soft ? "ее" : "ое"))
            case .feminine: out.append(stem + (soft ? "яя" : "ая"))
            case .masculine:
                // (On scalars: these letters have no decomposition and none decomposes to them; see `russianForeignNominative`.)
                let last = stem.last.map { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first! : " " } ?? " "
                out.append(stem + (soft ? "ий" : "кгхжчшщ".unicodeScalars.contains(last) ? "ий" : "ый"))
            }
        }
        if head.first?.isUppercase == true, noun.first?.isLowercase == true { noun = noun.prefix(1).uppercased() + noun.dropFirst() }
        let result = out + [noun]
        // (`PlainText.equal` per word: `==` without its normalizing path, which every Cyrillic pair took.)
        return result.elementsEqual(words, by: PlainText.equal) ? nil : result
    }

    /// The last letters of the heads `russianOrganizationNominative` declines: а, е, и, м, у, ы, я.
    static let russianObliqueHeadEndings: [UInt32] = [0x430, 0x435, 0x438, 0x43C, 0x443, 0x44B, 0x44F]

    /// Whether the head word `text` may end in one of `russianObliqueHeadEndings` once lowercased: its last scalar is
    /// one of them or its capital (А, Е, И, М, У, Ы, Я; no other scalar lowercases to them). A head that fails is
    /// answered before the institution's words are gathered and lowercased (most heads: "Министерство", "Совет").
    static func russianObliqueHeadMayEnd(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last?.value else { return false }
        let lower = last >= 0x410 && last <= 0x42F ? last + 0x20 : last
        return russianObliqueHeadEndings.contains(lower)
    }

    /// Foreign three-word names in Russian decline only their last word: "Буй Тхань Шоном"
    /// → "Буй Тхань Шон" (instrumental of a consonant-final name).
    static func russianForeignNominative(_ name: String) -> String? {
        // Both readings below need the last word to end in я, ю or м: the name's last scalar answers before the name is
        // split (a trailing space, which the split drops, leaves the answer to the words).
        guard let tail = name.unicodeScalars.last, tail == "я" || tail == "ю" || tail == "м" || tail == " " else { return nil }
        let parts = PlainText.words(name)
        guard parts.count == 3, let last = parts.last else { return nil }
        // Both readings below need the last word to end in -ня/-ню or -ом: any other ending is answered
        // before the first words are counted and tested.
        guard let end = last.unicodeScalars.last, end == "я" || end == "ю" || end == "м" else { return nil }
        // Genitive of a soft-sign name: "Фам Минь Тиня" → "Фам Минь Тинь" (the first words undeclined
        // and short, as in Vietnamese and Korean names; "Сергея Викторовича Лаврова" is left alone).
        let undeclined = parts.dropLast().allSatisfy { p in p.count <= 5 && !["а", "я", "у", "ю", "ом", "ем", "ым", "ой"].contains { PlainText.hasSuffix(p, $0) } }
        if undeclined, last.count >= 4, PlainText.hasSuffix(last, "ня") || PlainText.hasSuffix(last, "ню") { return parts[0] + " " + parts[1] + " " + last.dropLast() + "ь" }
        guard last.count >= 5, PlainText.hasSuffix(last, "ом") else { return nil }
        let stem = last.dropLast(2)
        // (On scalars: these letters have no decomposition and none decomposes to them, so a character equal to one is that
        // one scalar; the `Character` comparisons took the normalizing slow path for every Cyrillic letter.)
        guard let c = stem.last, c.unicodeScalars.count == 1, "бвгджзклмнпрстфхцчшщ".unicodeScalars.contains(c.unicodeScalars.first!) else { return nil }
        // The first words must look undeclined (no instrumental ending of their own).
        guard !PlainText.hasSuffix(parts[0], "ом"), !PlainText.hasSuffix(parts[1], "ом"), !PlainText.hasSuffix(parts[1], "ым") else { return nil }
        return parts[0] + " " + parts[1] + " " + stem
    }

    /// The word tokens of `a..<b`, in an array allocated once at its largest size (`filter` grew its array word by word).
    func wordIndices(_ a: Int, _ b: Int) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(b - a)
        for k in a..<b where tokens[k].kind == .word { out.append(k) }
        return out
    }

    /// `wordIndices(a, b).count`, without the array.
    func wordCount(_ a: Int, _ b: Int) -> Int {
        var n = 0
        for k in a..<b where tokens[k].kind == .word { n += 1 }
        return n
    }

    private mutating func break_person(_ a: Int, _ b: Int) {
        var m = mention(a, b, type: .person, evidence: .cue)
        m.evidence = .cue
        mentions.append(m)
    }
}

extension NameFinder {
    /// Length of a cue phrase starting at a token, looked up once per token and matcher: the
    /// discovery rules ask about the same tokens many times, and a Vietnamese look-up lowercases
    /// and normalizes the token's text for each candidate phrase.
    final class CueCache {
        /// Per token `k` and matcher (`3 * k + CueCache.org`, `.place`, `.title`): 0 not looked up yet, 1 no match,
        /// n + 1 a match of n tokens. Read and written only by the finder that owns it, one token at a time.
        /// (One array for the three matchers: one allocation an article, not three, the last two of them copies
        /// made at their first write.)
        @exclusivity(unchecked) var matches: [Int32]
        static let org = 0, place = 1, title = 2
        /// The start bits (`Token.starts`) of each matcher's phrases, its stems' included; 0: the matcher has no
        /// start bit (any token may start a phrase). A token without them starts no phrase: see `titleMatch(at:)`.
        let orgStarts, placeStarts, titleStarts: UInt16
        init(count: Int, lex: EntityLexicon) {
            matches = Array(repeatElement(0, count: 3 * count))   // (see `WordFlagCache.init`)
            func starts(_ m: PhraseMatcher) -> UInt16 { m.startBit | m.startBit << 8 }
            orgStarts = starts(lex.orgKeywords)
            placeStarts = starts(lex.placeKeywords)
            titleStarts = starts(lex.titles)
        }

        /// No phrase of a matcher whose start bits are `bits` starts at a token whose start bits are `starts`
        /// (`PhraseMatcher.mayStart` is false: its match is nil).
        @inline(__always) static func startsNone(_ starts: UInt16, _ bits: UInt16) -> Bool { bits != 0 && starts & bits == 0 }
    }

    /// A cached cue match: only its length is read.
    struct CueMatch {
        let length: Int
    }

    // The three look-ups below answer most tokens in line, by their start bits (`CueCache.startsNone`): only a
    // token that may start a phrase calls the cached match. (`titleMatch` is asked of nearly every word of
    // the article; the call, the cache's read and its write were most of discovery's cue cost.)

    /// `lex.orgKeywords.match(tokens, at: k)`, cached.
    @inline(__always) func orgKeyword(at k: Int) -> CueMatch? {
        CueCache.startsNone(tokens[k].starts, cues.orgStarts) ? nil : orgKeywordCached(k)
    }
    private func orgKeywordCached(_ k: Int) -> CueMatch? {
        let c = 3 * k + CueCache.org
        var v = cues.matches[c]
        if v == 0 { v = lex.orgKeywords.mayStart(tokens, at: k) ? Self.encode(lex.orgKeywords.match(tokens, at: k)) : 1; cues.matches[c] = v }
        return v > 1 ? CueMatch(length: Int(v - 1)) : nil
    }

    /// `lex.placeKeywords.match(tokens, at: k)`, cached.
    @inline(__always) func placeKeyword(at k: Int) -> CueMatch? {
        CueCache.startsNone(tokens[k].starts, cues.placeStarts) ? nil : placeKeywordCached(k)
    }
    private func placeKeywordCached(_ k: Int) -> CueMatch? {
        let c = 3 * k + CueCache.place
        var v = cues.matches[c]
        if v == 0 { v = lex.placeKeywords.mayStart(tokens, at: k) ? Self.encode(lex.placeKeywords.match(tokens, at: k)) : 1; cues.matches[c] = v }
        return v > 1 ? CueMatch(length: Int(v - 1)) : nil
    }

    /// `lex.titles.match(tokens, at: k)`, cached.
    @inline(__always) func titleMatch(at k: Int) -> CueMatch? {
        CueCache.startsNone(tokens[k].starts, cues.titleStarts) ? nil : titleMatchCached(k)
    }
    private func titleMatchCached(_ k: Int) -> CueMatch? {
        let c = 3 * k + CueCache.title
        var v = cues.matches[c]
        if v == 0 { v = lex.titles.mayStart(tokens, at: k) ? Self.encode(lex.titles.match(tokens, at: k)) : 1; cues.matches[c] = v }
        return v > 1 ? CueMatch(length: Int(v - 1)) : nil
    }

    /// `PhraseMatcher.exactForm(tokens[k].text)`, cached per word (it lowercases, and may normalize, the text).
    func exactForm(_ k: Int) -> String { tokens[k].exactForm }

    /// An event word matched at `k` only once folded: the word has a letter only Vietnamese writes, and no event
    /// word opens with it as spelled ("Lợi", "Lời" fold like "Loi"; "Năm", "Hội nghị" are spelled so).
    func eventWordOnlyFolded(_ k: Int) -> Bool {
        tokens[k].script == .latin && Self.hasVietnameseOnlyLetter(tokens[k].text) && !EntityCues.eventFirstWordsExact.contains(exactForm(k))
    }

    /// The token span `(first, last)` that `mention(_:_:…)` recorded in mention `n` (`Mention.firstToken`), if it is
    /// still the span of the mention's `start` and `end`: `first` is the first token starting at or after `start` and
    /// starts there, `last` the first ending at or after `end` and ends there, which is what `seedSpan`'s searches
    /// (`seedTokenIndex(start:)`, `seedTokenIndex(end:from:)`) answer. Nil when the hint is missing or stale.
    @inline(__always) func hintedTokenSpan(_ n: Int, start: Int, end: Int) -> (Int, Int)? {
        let a = Int(mentions[n].firstToken), z = Int(mentions[n].lastToken)
        guard a >= 0, z >= a, z < tokenCount, tokens[a].start == start, a == 0 || tokens[a - 1].start < start,
              tokens[z].end == end, z == 0 || tokens[z - 1].end < end else { return nil }
        return (a, z)
    }

    @inline(__always) private static func encode(_ m: PhraseMatcher.Match?) -> Int32 {
        m.map { Int32($0.length) + 1 } ?? 1
    }
}

extension EntityLexicon {
    /// Ends like -ov, -enko, -vich mark a single word as a surname.
    func surnameEndings(_ key: String) -> Bool {
        guard PlainText.count(key) >= 5 else { return false }
        // A plain key (see `PlainText`) against plain endings: `PlainText.hasSuffix` is a byte
        // suffix test there, done on bytes prepared once (it checked both strings per ending).
        if Self.surnameEndingsArePlain, let fast = key.utf8.withContiguousStorageIfAvailable({ b -> Bool? in
            guard PlainText.isPlain(b) else { return nil }
            let base = b.baseAddress.unsafelyUnwrapped
            for e in Self.surnameEndingBytes where e.count <= b.count && memcmp(base + (b.count - e.count), e, e.count) == 0 {
                return true
            }
            return false
        }), let fast {
            return fast
        }
        return EntityCues.surnameEndings.contains { PlainText.hasSuffix(key, $0) }
    }

    /// `EntityCues.surnameEndings` as UTF-8.
    static let surnameEndingBytes: [[UInt8]] = EntityCues.surnameEndings.map { Array($0.utf8) }
    /// Every ending is plain: the byte test answers for plain keys.
    static let surnameEndingsArePlain = EntityCues.surnameEndings.allSatisfy { e in
        var e = e
        return e.withUTF8 { PlainText.isPlain($0) }
    }
}
