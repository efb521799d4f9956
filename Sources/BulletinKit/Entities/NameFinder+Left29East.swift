import Foundation

/// Misses seen in the twenty-ninth session in the Polish, Turkish and Ukrainian articles of holdout54 and the Russian ones of
/// holdout53 (scored untouched first); each a general pattern of the language, tested on other names in
/// EntityLeft29EastTests. One pass, `refineLeft29East`, run after `refineLeft28Intl`; every rule is gated on the article's
/// language first, and looks at a token's key only after a cheap test of its kind, case or script.
///
/// All four: a sentence's opening common noun or verb before an acronym is no part of the body ("Synoptycy IMGW", "Лидирует
/// ЦСКА"); a time zone after a clock time and a ticker after an exchange's "MOEX:" are no names. Turkish: a one-letter case
/// ending after the apostrophe ("Konyaspor'u", "Çevik'i") is cut from the name, a club in "-spor" and a league in "Lig" are
/// bodies, a title inside a person splits it, demonyms in -lı/-li before a noun are no places (a country's, the country),
/// capitalized words before "ilçesinde" a district, quoted work titles before "filmi" and competitions no names,
/// "Festivali" a body, two bodies over "ve" split, a sentence's case-marked opener cut. Polish: a capitalized preposition
/// opening a name cut, bodies in all their cases (sądem, prokuraturę) and their "i X" and "w Town" joined, a town then a
/// person split, districts listed after "dzielnicach", "powiatach sanockim, leskim", national roads, passes and "Beskid X",
/// a company after "spółka"/"firmy", a town and its adjective after a preposition. Ukrainian and Russian: a word listed with
/// places a place, a body after a place adjective that the town's reading took, a quoted Latin name after a body's noun, a
/// body's trailing "і" and lowercase words cut, "управления X по Y краю", "имени А. А. X", leagues ("Единой лиги ВТБ"), a
/// hall after a hyphen ("Баскет-Холл") a place, "ПЦР-диагностики" no name.
extension NameFinder {
    mutating func refineLeft29East() {
        guard !tokens.isEmpty, !hasHan, !hasArabic else { return }
        switch language {
        case "tr":
            l29eOpenersBeforeAcronyms()
            l29eClockAndTickers()
            l29eTurkishOneLetterEndings()
            l29eTurkishTitlesInside()
            l29eTurkishClubsAndLeagues()
            l29eTurkishDemonyms()
            l29eTurkishDistricts()
            l29eTurkishWorkTitles()
            l29eTurkishCoordinatedBodies()
            l29eTurkishOpeners()
            l29eTurkishGivenNamesAlone()
        case "pl":
            l29eOpenersBeforeAcronyms()
            l29eClockAndTickers()
            l29ePolishPrepositionOpeners()
            l29ePolishBodies()
            l29eTownThenPerson()
            l29ePolishBodyJoins()
            l29ePolishCompanies()
            l29ePolishListedPlaces()
            l29ePolishDistricts()
            l29ePolishRoadsAndFeatures()
            l29ePolishTownAdjectives()
            l29ePolishPlaceContexts()
            l29eListedWithPlaces()
        case "uk", "ru", "be":
            l29eOpenersBeforeAcronyms()
            l29eClockAndTickers()
            l29eTownThenPerson()
            l29eCyrillicBodiesAfterPlaceAdjectives()
            l29eCyrillicQuotedLatinBodies()
            l29eCyrillicTrailingConjunctions()
            l29eCyrillicBodiesOfRegions()
            l29eCyrillicNamedAfterInitials()
            l29eCyrillicLeaguesAndHalls()
            l29eCyrillicAcronymCompounds()
            l29eCyrillicPlacesAfterPod()
            l29eListedWithPlaces()
        default: break
        }
    }

    // MARK: Helpers

    /// Token `k` is a word of the Cyrillic or Latin script, capitalized.
    @inline(__always) func l29eCap(_ k: Int) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].capitalized && (tokens[k].script == .latin || tokens[k].script == .cyrillic)
    }

    /// Token `k` is a lowercase word.
    @inline(__always) func l29eLower(_ k: Int) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && !tokens[k].capitalized && !tokens[k].allCaps
    }

    /// The index of the mention spanning tokens `a..<b` exactly, if any.
    func l29eMentionAt(_ a: Int, _ b: Int) -> Int? {
        let (s, e) = (tokens[a].start, tokens[b - 1].end)
        return mentions.firstIndex { $0.start == s && $0.end == e }
    }

    /// A place mention (any evidence) spans tokens `a..<b` exactly.
    func l29ePlaceAt(_ a: Int, _ b: Int) -> Bool { l28Has(a, b, .place) }

    // MARK: All: a sentence's opener before an acronym, clock times, tickers

    /// "Synoptycy IMGW zapowiadają", "Лидирует ЦСКА", "Выручка ТМК снизилась": a two-word unknown name whose first word opens
    /// the sentence, is never written capitalized inside one and is no given name, and whose second word is an acronym in
    /// capitals, is the acronym alone: a body.
    mutating func l29eOpenersBeforeAcronyms() {
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country {
            guard let (a, z) = seedSpan(n), z == a + 1, tokens[a].sentenceStart, tokens[a].kind == .word, !tokens[a].allCaps,
                  tokens[z].kind == .word, tokens[z].allCaps, tokens[z].keyLength >= 2, tokens[z].text.unicodeScalars.count <= 6,
                  !midCaps.contains(tokens[a]), !isGivenName(a)
            else { continue }
            mentions[n] = mention(z, z + 1, type: .organization, evidence: mentions[n].evidence)
        }
        // "IMGW" after "IMGW-PIB": an acronym alone that opens a hyphenated acronym of a body is that body.
        for n in mentions.indices where mentions[n].known == nil && mentions[n].words.count == 1 && mentions[n].type != .country {
            guard let (a, z) = seedSpan(n), a == z, tokens[a].allCaps, tokens[a].keyLength >= 3, !keyIs(a + 1, "-") else { continue }
            let w = mentions[n].words[0]
            guard let o = mentions.firstIndex(where: { $0.type == .organization && $0.words.count == 2 && $0.words[0] == w
                && PlainText.contains($0.surface, "-") }) else { continue }
            mentions[n].type = .organization; mentions[n].placeContext = false
            mentions[n].words = mentions[o].words
        }
    }

    /// Its gate: the ":" of a clock's time or before a ticker.
    static let l29eColonCue = KeySet([":"])
    /// "do 15:00 MSK", "к 15:00 МСК": an unknown name in capitals after a clock time is its time zone; "(MOEX: TRMK)": an unknown
    /// name in capitals after an exchange's acronym and a colon is a ticker. Neither is a name.
    mutating func l29eClockAndTickers() {
        guard articleHas(Self.l29eColonCue) else { return }
        var drop: Set<Int> = []
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country {
            guard let (a, z) = seedSpan(n), z == a, a >= 2, tokens[a].allCaps, tokens[a].kind == .word else { continue }
            if tokens[a - 1].kind == .number, keyIs(a - 2, ":"), a >= 3, tokens[a - 3].kind == .number { drop.insert(n); continue }
            if keyIs(a - 1, ":"), tokens[a - 2].kind == .word, tokens[a - 2].allCaps, tokens[a - 2].keyLength >= 3, tokens[a].script == .latin,
               keyIs(a + 1, ")") || keyIs(a + 1, ",") || keyIs(a + 1, ";") {
                drop.insert(n)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: Turkish: one-letter case endings, clubs, leagues, titles

    /// "Konyaspor'u", "Onuralp Çevik'i", "Kayserispor'a": a one-letter case ending after the apostrophe stays in the word
    /// (the tokenizer splits off two letters or more); an unknown name ending so is the name without it (its case form kept as
    /// a variant), so that it groups with the bare name; a club's name in "-spor" so is a body.
    mutating func l29eTurkishOneLetterEndings() {
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country {
            guard let (_, z) = seedSpan(n), tokens[z].kind == .word, tokens[z].script == .latin, tokens[z].capitalized else { continue }
            let scalars = tokens[z].text.unicodeScalars
            guard scalars.count >= 4 else { continue }
            let last = scalars[scalars.index(before: scalars.endIndex)]
            let ap = scalars[scalars.index(scalars.endIndex, offsetBy: -2)]
            guard ap == "'" || ap == "\u{2019}", "aeıiuü".unicodeScalars.contains(last) else { continue }
            let original = mentions[n].surface
            var m = mentions[n]
            m.surface = String(String.UnicodeScalarView(original.unicodeScalars.dropLast(2)))
            m.end -= 2
            var words = m.words
            if let w = words.last { words[words.count - 1] = String(String.UnicodeScalarView(w.unicodeScalars.dropLast(2))) }
            m.words = words
            m.variants = [original]
            if let w = words.last, PlainText.hasSuffix(w, "spor") { m.type = .organization; m.placeContext = false }
            mentions[n] = m
        }
    }

    /// Titles inside a name read as a person ("Teknik Direktörü", "Antrenörü"), and the words of a title before its head.
    static let l29eTurkishTitles = l28Keys(["Direktörü", "Antrenörü", "Başantrenörü", "Kaptanı", "Sportif", "Menajeri", "Sözcüsü",
        "Başkanı", "Müdürü", "Yöneticisi", "Koordinatörü", "Hocası"])
    static let l29eTurkishTitlePieces = l28Keys(["Teknik", "Sportif", "Genel", "Yardımcı", "Kulüp", "Basın", "Futbol"])

    /// "Konyaspor Teknik Direktörü Recep Uçar", "Trabzonspor Teknik Direktörü Fatih Tekke": a person read over a title (and the
    /// title's words before it) is the club or body before the title and the person after it.
    mutating func l29eTurkishTitlesInside() {
        var drop: Set<Int> = [], add: [Mention] = []
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type == .person {
            guard let (a, z) = seedSpan(n), z - a >= 2, tokens[a].script == .latin,
                  let t = (a...z).first(where: { tokens[$0].kind == .word && Self.l29eTurkishTitles.contains(tokens[$0]) }),
                  z - t >= 1, z - t <= 3 else { continue }
            var p = t
            while p > a, Self.l29eTurkishTitlePieces.contains(tokens[p - 1]) { p -= 1 }
            drop.insert(n)
            if p > a {
                let body = PlainText.hasSuffix(tokens[p - 1].key, "spor") || (a..<p).contains { h37TrHas($0, Self.h37TrOrgStems) }
                if body { add.append(mention(a, p, type: .organization, evidence: .cue)) }
            }
            add.append(mention(t + 1, z + 1, type: .person, evidence: mentions[n].evidence))
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: add) }
    }

    /// "Trendyol Süper Lig'in", "Kayserispor", "Göztepe'yi" …: an unknown name whose last word is a club's ("-spor") or a
    /// league's ("Lig") is a body.
    mutating func l29eTurkishClubsAndLeagues() {
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country && mentions[n].type != .organization {
            guard let w = mentions[n].words.last else { continue }
            if PlainText.hasSuffix(w, "spor") && w.utf8.count > 5 || mentions[n].words.count >= 2 && w == "lig" {
                mentions[n].type = .organization; mentions[n].placeContext = false
            }
        }
    }

    /// "Nijeryalı santrfor", "Bosnalı orta saha", "Zonguldaklı bir maden işçisi": a capitalized word in -lı/-li/-lu/-lü before a
    /// lowercase word is an adjective of origin, no place; a country's (Turkish name + the ending), the country.
    mutating func l29eTurkishDemonyms() {
        var drop: Set<Int> = [], add: [Mention] = []
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country && mentions[n].type != .organization {
            guard let (a, z) = seedSpan(n), a == z, tokens[a].kind == .word, tokens[a].script == .latin, tokens[a].keyLength >= 5,
                  l29eLower(a + 1), tokens[a + 1].spaceBefore else { continue }
            let key = tokens[a].key
            guard Self.l29eTurkishDemonymEnds.contains(where: { PlainText.hasSuffix(key, $0) }) else { continue }
            drop.insert(n)
            let stem = String(String.UnicodeScalarView(key.unicodeScalars.dropLast(2)))
            if let code = Self.h37TurkishCountries[stem] ?? Self.l29eTurkishCountryByFirstPart(stem) {
                add.append(Mention(surface: tokens[a].text, start: tokens[a].start, end: tokens[a].end, type: .country, evidence: .known,
                                   code: code, words: [key]))
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: add) }
    }

    /// The country whose Turkish name's first part (before a hyphen or a space) is `stem`, if one only ("Bosna" of
    /// "Bosna-Hersek").
    static func l29eTurkishCountryByFirstPart(_ stem: String) -> String? {
        var found: String?
        for (name, code) in h37TurkishCountries where PlainText.hasPrefix(name, stem + "-") || PlainText.hasPrefix(name, stem + " ") {
            if found != nil && found != code { return nil }
            found = code
        }
        return found
    }

    static let l29eTurkishDemonymEnds = ["li", "lı", "lu", "lü"].map { TextFolding.key($0) }

    /// District and village nouns after a place's name ("Of ilçesinde", "Kemer köyünde").
    static let l29eTurkishDistrictNouns = ["ilçe", "köyü", "köyün", "beldes", "mahalles", "kasabas"].map { TextFolding.key($0) }

    /// "Of ilçesinde doğdu", "Midyat ilçesinde": one or two capitalized words before a district's or a village's noun are a
    /// place (a two-letter town too, which no other reading takes).
    mutating func l29eTurkishDistricts() {
        var k = 1
        while k < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].script == .latin, tokens[k].keyLength >= 5,
                  l28CapLatin(k - 1), !tokens[k - 1].allCaps else { continue }
            let key = tokens[k].key
            guard Self.l29eTurkishDistrictNouns.contains(where: { PlainText.hasPrefix(key, $0) }) else { continue }
            var a = k - 1
            if l28CapLatin(a - 1), !tokens[a].sentenceStart, !isCountry[a - 1], !h27InKnownName(a - 1), !anyMention(where: { $0.type == .place && $0.end == tokens[a - 1].end && $0.start == tokens[a - 1].start }) { a -= 1 }
            if isCountry[a] || l29ePlaceAt(a, k) || h27InKnownName(k - 1) { continue }
            h27Replace(a, k, with: mention(a, k, type: .place, evidence: .cue))
        }
    }

    /// Nouns of a work after its quoted title ("filmi", "adlı", "kitabı"): the title is no name.
    static let l29eTurkishWorkNouns = ["film", "adlı", "kitab", "dizi", "albüm", "şarkı", "oyun", "roman", "belgesel", "eser", "sergi", "kısa"].map { TextFolding.key($0) }
    /// Last words of a competition, a prize or an event that is no body ("Yarışması", "Ödülü").
    static let l29eTurkishEventEnds = l28Keys(["Yarışması", "Ödülü", "Ödülleri", "Gecesi", "Töreni", "Haftası"])
    static let l29eTurkishFestivalEnds = l28Keys(["Festivali", "Festivalı", "Şenliği", "Bienali"])

    /// '"Taş Avlu" filmiyle', '"Kül Mevsimi" adlı filmi': a quoted unknown name before a work's noun is a title, no name (nor
    /// are its other mentions); "Ulusal Uzun Metraj Film Yarışması'nda": a competition's or a prize's name is no name;
    /// "Uluslararası Adana Altın Koza Film Festivali'nde": a festival is a body.
    mutating func l29eTurkishWorkTitles() {
        var titles: [String] = []
        var drop: Set<Int> = []
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country {
            guard let (a, z) = seedSpan(n), tokens[z].script == .latin else { continue }
            if z > a, tokens[z].kind == .word, Self.l29eTurkishEventEnds.contains(tokens[z]) { drop.insert(n); continue }
            if z > a, tokens[z].kind == .word, Self.l29eTurkishFestivalEnds.contains(tokens[z]) {
                mentions[n].type = .organization; mentions[n].placeContext = false; continue
            }
            guard a >= 1, keyIs(a - 1, "\""), keyIs(z + 1, "\""), z + 2 < tokenCount, tokens[z + 2].kind == .word, !tokens[z + 2].capitalized
            else { continue }
            let next = tokens[z + 2].key
            guard Self.l29eTurkishWorkNouns.contains(where: { PlainText.hasPrefix(next, $0) }) else { continue }
            drop.insert(n)
            titles.append(mentions[n].surface)
        }
        if !titles.isEmpty {
            for n in mentions.indices where mentions[n].known == nil && titles.contains(mentions[n].surface) { drop.insert(n) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "Çukurova Üniversitesi ve Kültür ve Turizm Bakanlığı": a body read over "ve" whose word before "ve" is a body's head
    /// word, and which ends in another head word, is two bodies.
    mutating func l29eTurkishCoordinatedBodies() {
        var drop: Set<Int> = [], add: [Mention] = []
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type == .organization {
            guard let (a, z) = seedSpan(n), z - a >= 3 else { continue }
            guard let v = (a + 1..<z).first(where: { keyIs($0, "ve") && l29eTurkishHead($0 - 1) }), l29eTurkishHead(z), v + 1 < z || v + 1 == z
            else { continue }
            drop.insert(n)
            add.append(mention(a, v, type: .organization, evidence: mentions[n].evidence))
            add.append(mention(v + 1, z + 1, type: .organization, evidence: mentions[n].evidence))
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: add) }
    }

    func l29eTurkishHead(_ k: Int) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].capitalized
            && (Self.l28TurkishBodyHeads.contains(tokens[k]) || h37TrHas(k, Self.h37TrOrgStems))
    }

    /// Case endings of a common noun opening a sentence ("Törene", "Davete", "Toplantıda").
    static let l29eTurkishCaseEnds = ["e", "a", "de", "da", "te", "ta", "den", "dan", "ten", "tan"].map { TextFolding.key($0) }

    /// Common words that open a sentence and no name ("Bu", "Şu", "Lider").
    static let l29eTurkishOpeners = l28Keys(["Bu", "Şu", "O", "Bunlar", "Lider", "Ayrıca", "Ancak", "Öte", "Bugün", "Dün"])

    /// "Törene Adana Büyükşehir Belediyesi … katıldı": a sentence's first word in a dative, locative or ablative, never capitalized
    /// inside one and no given name, before a known town and a body's name ending in a head word, is no part of it; "Bu" alone, "Lider Galatasaray": a common opener is
    /// no name (nor part of one). "Bordo-mavililer": a club's nickname (colours and a plural) is no name.
    mutating func l29eTurkishOpeners() {
        var drop: Set<Int> = []
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country {
            guard let (a, z) = seedSpan(n), tokens[a].kind == .word, tokens[a].script == .latin else { continue }
            if z >= a + 2, keyIs(a + 1, "-"), l29eLower(z), PlainText.hasSuffix(tokens[z].key, "ler") || PlainText.hasSuffix(tokens[z].key, "lar") {
                drop.insert(n); continue
            }
            guard tokens[a].sentenceStart || keyIs(a - 1, "\"") else { continue }
            if Self.l29eTurkishOpeners.contains(tokens[a]) {
                if a == z { drop.insert(n) } else {
                    let type = mentions[n].type == .person ? nil : mentions[n].type
                    mentions[n] = mention(a + 1, z + 1, type: type, evidence: mentions[n].evidence)
                }
                continue
            }
            if z - a >= 2, tokens[a].sentenceStart, tokens[a].keyLength >= 5, l29eTurkishHead(z), !midCaps.contains(tokens[a]), !isGivenName(a),
               !l29eTurkishHead(a), !isCountry[a], l28KnownPlaceLength(a) == nil, l28KnownPlaceLength(a + 1) != nil || isCountry[a + 1],
               Self.l29eTurkishCaseEnds.contains(where: { PlainText.hasSuffix(tokens[a].key, $0) }) {
                mentions[n] = mention(a + 1, z + 1, type: .organization, evidence: mentions[n].evidence)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "Efe'ye güveniyorduk" after "Efe Karagülle": a one-word unknown name that is the given name of a person the article
    /// names in full is that person.
    mutating func l29eTurkishGivenNamesAlone() {
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country && mentions[n].type != .person {
            guard mentions[n].words.count == 1, let (a, z) = seedSpan(n), a == z, l28CapLatin(a), !tokens[a].allCaps, !isCountry[a] else { continue }
            let w = mentions[n].words[0]
            guard let p = mentions.firstIndex(where: { $0.type == .person && $0.words.count >= 2 && $0.words[0] == w }) else { continue }
            // (The full name's words: the grouper joins it to that person.)
            mentions[n].type = .person; mentions[n].placeContext = false
            mentions[n].words = mentions[p].words
        }
    }

    // MARK: Polish: prepositions, bodies in their cases and their joins

    /// Prepositions capitalized at a sentence's start (folded keys).
    static let l29ePolishPrepositions = l28Keys(["przed", "według", "wg", "na", "w", "we", "z", "ze", "do", "od", "po", "przez", "dla",
        "pod", "nad", "za", "przy", "u", "o", "obok", "wobec", "podczas", "wśród", "mimo", "dzięki", "oprócz", "spod", "koło"])

    /// "Przed Sądem Okręgowym w Gdańsku ruszył proces": a name read from a sentence's capitalized preposition starts after it.
    mutating func l29ePolishPrepositionOpeners() {
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country {
            guard let (a, z) = seedSpan(n), z > a, tokens[a].kind == .word, tokens[a].capitalized, tokens[a].keyLength <= 7,
                  Self.l29ePolishPrepositions.contains(tokens[a]), l28CapLatin(a + 1) else { continue }
            var m = mention(a + 1, z + 1, type: mentions[n].type, evidence: mentions[n].evidence)
            if tokens[a].keyLength <= 2 || keyIs(a, "na") { m.placeContext = mentions[n].placeContext }
            mentions[n] = m
        }
    }

    /// Body nouns in all their cases (folded keys), beyond `l28PolishBodyNouns`.
    static let l29ePolishBodyNouns = l28Keys(["sąd", "sądu", "sądowi", "sądem", "sądzie", "prokuratura", "prokuratury", "prokuraturze",
        "prokuraturę", "prokuraturą", "urząd", "urzędu", "urzędowi", "urzędem", "urzędzie", "zarząd", "zarządu", "zarządowi", "zarządem",
        "zarządzie", "dyrekcja", "dyrekcji", "dyrekcję", "dyrekcją", "instytut", "instytutu", "instytutowi", "instytutem", "instytucie",
        "izba", "izby", "izbie", "izbę", "izbą", "biuro", "biura", "biurze", "biurem", "komenda", "komendy", "komendzie", "komendę",
        "komendą", "inspekcja", "inspekcji", "inspekcję", "inspekcją", "agencja", "agencji", "agencję", "agencją", "fundacja",
        "fundacji", "fundację", "fundacją", "trybunał", "trybunału", "trybunale", "trybunałem", "ministerstwo", "ministerstwa",
        "ministerstwie", "ministerstwem", "uniwersytet", "uniwersytetu", "uniwersytecie", "uniwersytetem", "szpital", "szpitala",
        "szpitalu", "szpitalem", "starostwo", "starostwa", "starostwie", "straż", "straży", "strażą", "kuratorium", "rada", "rady",
        "radzie", "radę", "radą", "centrum", "ośrodek", "ośrodka", "ośrodku", "zakład", "zakładu", "zakładzie", "spółka", "spółki",
        "spółce", "spółkę", "spółką", "koalicja", "koalicji", "związek", "związku", "stowarzyszenie", "stowarzyszenia"])
    /// A branch's noun that alone names nothing ("Oddział w Rzeszowie" after the body's acronym).
    static let l29ePolishBranchNouns = l28Keys(["oddział", "oddziału", "oddziale", "oddziałem", "delegatura", "delegatury", "filia", "filii"])

    /// "Sądem Okręgowym", "Prokuraturę Okręgową", "Zarządu Dróg": an unknown name holding a body's noun in any case (no given
    /// name first) is a body; a branch's noun alone ("Oddział") is no name.
    mutating func l29ePolishBodies() {
        var drop: Set<Int> = []
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country {
            guard let (a, z) = seedSpan(n), tokens[a].script == .latin else { continue }
            if a == z, tokens[a].kind == .word, Self.l29ePolishBranchNouns.contains(tokens[a]) { drop.insert(n); continue }
            guard mentions[n].type != .organization, z > a, !isGivenName(a),
                  (a...z).contains(where: { tokens[$0].kind == .word && tokens[$0].capitalized && Self.l29ePolishBodyNouns.contains(tokens[$0]) })
            else { continue }
            mentions[n].type = .organization; mentions[n].placeContext = false
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// A town's or a commune's noun that ends a body's name before the town ("Urząd Miasta", "Rada Gminy").
    static let l29ePolishUnitNouns = l28Keys(["miasta", "gminy", "powiatu", "województwa", "dzielnicy"])

    /// Adjective endings in Polish (folded keys): a body's noun followed by one ("Koalicji Obywatelskiej") is named by it, not by a
    /// complement that "i" may continue ("Zarządu Dróg i Zieleni").
    static let l29ePolishAdjectiveEndings = ["ej", "ego", "ych", "ym", "ymi", "ny", "na", "ne", "wy", "wa", "we", "ski", "ska", "cki", "cka",
        "ką", "ną", "wą", "ki", "ka", "ich", "im"].map { TextFolding.key($0) }
    func l29ePolishAdjective(_ k: Int) -> Bool {
        guard k < tokenCount, tokens[k].kind == .word else { return false }
        let key = tokens[k].key
        return Self.l29ePolishAdjectiveEndings.contains { PlainText.hasSuffix(key, $0) }
    }

    /// Token `k` is a capitalized body noun of `l29ePolishBodyNouns` or `l28PolishBodyNouns`.
    func l29ePolishBodyNoun(_ k: Int) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && (Self.l29ePolishBodyNouns.contains(tokens[k]) || Self.l28PolishBodyNouns.contains(tokens[k]))
    }

    /// "Zarządu Dróg i Zieleni w Gdańsku (ZDiZ)", "Generalna Dyrekcja Dróg Krajowych i Autostrad", "Instytut Meteorologii i
    /// Gospodarki Wodnej - Państwowy Instytut Badawczy (IMGW-PIB)", "Urzędu Miejskiego w Gdańsku": an unknown body holding a body's
    /// noun runs on over "i" and one to three capitalized words (no body's noun, no given name), over a spaced dash and another
    /// body, and over "w" and a town (one capitalized word, then no capitalized word); a parenthesized acronym right after it is
    /// the body's.
    mutating func l29ePolishBodyJoins() {
        var n = 0
        while n < mentions.count {
            defer { n += 1 }
            guard mentions[n].known == nil, mentions[n].type == .organization, let (a, z) = seedSpan(n), tokens[a].script == .latin,
                  (a...z).contains(where: { l29ePolishBodyNoun($0) }) else { continue }
            var e = z + 1
            if keyIs(e, "i"), l28CapLatin(e + 1), !l29ePolishBodyNoun(e + 1), !isGivenName(e + 1),
               let h = (a...z).first(where: { l29ePolishBodyNoun($0) }), h < z, !l29ePolishAdjective(h + 1) {
                var q = e + 1
                while q < tokenCount, q - e <= 3, l28CapLatin(q), !l29ePolishBodyNoun(q) { q += 1 }
                if !(q < tokenCount && tokens[q].kind == .word && tokens[q].capitalized) { e = q }
            }
            // "Urzędu Miasta Łodzi", "Rady Gminy Cisna": a town's or a commune's noun last, then the town (one or two words).
            if e == z + 1, tokens[z].kind == .word, Self.l29ePolishUnitNouns.contains(tokens[z]), l28CapLatin(e), !tokens[e].allCaps, !isCountry[e],
               !isGivenName(e) {
                let f = l28CapRun(e, limit: 2)
                if !(f < tokenCount && tokens[f].kind == .word && tokens[f].capitalized) { e = f }
            }
            if e + 1 < tokenCount, h27Dash(e), tokens[e].spaceBefore, tokens[e + 1].spaceBefore, l28CapLatin(e + 1),
               let o = mentions.firstIndex(where: { $0.type == .organization && $0.start == tokens[e + 1].start }),
               let (_, oz) = seedSpan(o), (e + 1...oz).contains(where: { l29ePolishBodyNoun($0) }) {
                e = oz + 1
            }
            if keyIs(e, "w"), l28CapLatin(e + 1), !tokens[e + 1].allCaps, !isCountry[e + 1],
               !(e + 2 < tokenCount && tokens[e + 2].kind == .word && tokens[e + 2].capitalized && !isGivenName(e + 2)) {
                e += 2
            }
            guard e > z + 1 else { continue }
            let m = mention(a, e, type: .organization, evidence: mentions[n].evidence)
            mentions.remove(at: n)
            mentions.removeAll { $0.type != .country && ($0.known == nil || $0.type == .place) && $0.start >= m.start && $0.end <= m.end }
            mentions.append(m)
            // "(ZDiZ)": the acronym after it is the body's.
            if keyIs(e, "("), e + 2 < tokenCount, keyIs(e + 2, ")"), tokens[e + 1].kind == .word,
               let p = mentions.firstIndex(where: { $0.known == nil && $0.start == tokens[e + 1].start && $0.end == tokens[e + 1].end }) {
                mentions[p].type = .organization; mentions[p].placeContext = false
            }
            // (Mentions before `n` may have gone: the scan starts again; a joined body joins nothing more.)
            n = -1
        }
    }

    /// "rzecznika Urzędu Miejskiego w Gdańsku Daniela Stenzla", "з Тисмениці Іван Федорчук": an unknown name after a place's
    /// preposition whose first word is no given name and whose later word is one, with a capitalized word after it, is the place
    /// and the person.
    mutating func l29eTownThenPerson() {
        var drop: Set<Int> = [], add: [Mention] = []
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country && mentions[n].type != .organization {
            guard let (a, z) = seedSpan(n), z - a >= 2, a >= 1, l29eLower(a - 1), Self.l29ePlacePrepositions.contains(tokens[a - 1]),
                  !isGivenName(a), l29eCap(a) else { continue }
            // The given name; or, with three words, a family name the article names alone elsewhere ("з Тисмениці Іван
            // Федорчук … сказав Федорчук").
            var g = (a + 1..<z).first(where: { l29eGivenNameInCase($0) })
            if g == nil, z == a + 2, l29eCap(a + 1), l29eCap(z) {
                let last = tokens[z].key
                let (s, e) = (mentions[n].start, mentions[n].end)
                if anyMention(where: { $0.type == .person && ($0.start >= e || $0.end <= s) && $0.words.count == 1 && $0.words[0] == last }) { g = a + 1 }
            }
            guard let g, (g...z).allSatisfy({ l29eCap($0) }), (a..<g).allSatisfy({ l29eCap($0) }) else { continue }
            drop.insert(n)
            var p = mention(a, g, type: .place, evidence: .cue)
            p.placeContext = true
            add.append(p)
            add.append(mention(g, z + 1, type: .person, evidence: .cue))
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: add) }
    }

    /// A given name, or a Latin one in a Polish case ("Marcina", "Tomaszowi", "Pawłem"; the nominative known).
    func l29eGivenNameInCase(_ k: Int) -> Bool {
        if isGivenName(k) { return true }
        guard tokens[k].kind == .word, tokens[k].script == .latin, tokens[k].capitalized, tokens[k].keyLength >= 4 else { return false }
        let key = tokens[k].key
        for ending in Self.l29ePolishNameCases where PlainText.hasSuffix(key, ending) {
            if lex.givenNames.contains(String(String.UnicodeScalarView(key.unicodeScalars.dropLast(ending.unicodeScalars.count)))) { return true }
        }
        return false
    }
    static let l29ePolishNameCases = ["a", "owi", "em", "u", "ie"]

    /// Prepositions before a place (folded keys), Polish, Ukrainian and Russian.
    static let l29ePlacePrepositions = l28Keys(["w", "we", "z", "ze", "do", "od", "pod", "koło", "в", "у", "з", "із", "зі", "до", "під",
        "біля", "во", "из", "под", "около"])

    // MARK: Polish: companies, districts, roads, features, towns

    /// Nouns of a company before its name (folded keys).
    static let l29ePolishCompanyNouns = l28Keys(["spółka", "spółki", "spółkę", "spółką", "spółce", "firma", "firmy", "firmę", "firmą",
        "firmie", "koncern", "koncernu", "koncernem", "przewoźnik", "przewoźnika", "przewoźnikiem", "operator", "operatora", "grupa",
        "grupy", "grupę", "grupą", "producent", "producenta", "deweloper", "dewelopera"])

    /// "Spółka PGE Dystrybucja poinformowała", "Spółka Polregio odwołała", "właściciel firmy Kępa-Bruk": one to three capitalized
    /// words after a company's noun (no given name first, no known name) are a company.
    mutating func l29ePolishCompanies() {
        let nouns = Self.l29ePolishCompanyNouns
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin, tokens[k].keyLength >= 5, nouns.contains(tokens[k]),
                  l28CapLatin(k + 1) || tokens[k + 1].allCaps && tokens[k + 1].kind == .word else { continue }
            var e = k + 1
            while e < tokenCount, e - k <= 3 {
                if tokens[e].kind == .word, tokens[e].capitalized || tokens[e].allCaps, tokens[e].script == .latin { e += 1; continue }
                if e > k + 1, l28GluedHyphen(e), l28CapLatin(e + 1) { e += 2; continue }
                break
            }
            if e < tokenCount, tokens[e].kind == .word, tokens[e].capitalized { continue }
            // ("Nadodrze Sport S.A.": a legal form's abbreviation is another reading's.)
            if keyIs(e, "."), !tokens[e].spaceBefore, tokens[e - 1].isInitialLetter { continue }
            if isGivenName(k + 1) && !tokens[k + 1].allCaps || (k + 1..<e).contains(where: { isCountry[$0] || h27InKnownName($0) }) { continue }
            if l28Has(k + 1, e, .organization) { k = e - 1; continue }
            h27Replace(k + 1, e, with: mention(k + 1, e, type: .organization, evidence: .cue))
            k = e - 1
        }
    }

    /// Nouns of a town's part or a district before a list of their names (folded keys).
    static let l29ePolishListHeads = l28Keys(["dzielnicach", "dzielnicy", "dzielnica", "dzielnice", "dzielnic", "osiedlach", "osiedli",
        "gminach", "gminie", "gmin", "gmina", "gminy", "miejscowości", "miejscowościach", "wsiach", "wsi", "wieś", "miastach",
        "sołectwach", "sołectwie", "powiatach", "miejscowość"])

    /// "w dzielnicach Wrzeszcz, Orunia i Przymorze", "w gminie Lutowiska", "W miejscowości Smolnik": the capitalized words
    /// after a district's or a settlement's noun, and those listed after them over "," "i" "oraz", are places.
    mutating func l29ePolishListedPlaces() {
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin, !tokens[k].capitalized, tokens[k].keyLength >= 3, Self.l29ePolishListHeads.contains(tokens[k]),
                  l28CapLatin(k + 1) else { continue }
            var p = k + 1
            while p < tokenCount, l28CapLatin(p) {
                let e = l28CapRun(p, limit: 2)
                if (p..<e).contains(where: { isCountry[$0] || isGivenName($0) && !h27InKnownName($0) || l29ePolishBodyNoun($0) }) { break }
                if !l29ePlaceAt(p, e), !(p..<e).contains(where: { h27InKnownName($0) }) {
                    h27Replace(p, e, with: mention(p, e, type: .place, evidence: .cue))
                }
                if keyIs(e, ","), l28CapLatin(e + 1) { p = e + 1; continue }
                if keyIs(e, "i") || keyIs(e, "oraz"), l28CapLatin(e + 1) { p = e + 1; continue }
                // ("Smolnik pod Komańczą": the village by which it lies.)
                if keyIs(e, "pod") || keyIs(e, "nad") || keyIs(e, "koło"), l28CapLatin(e + 1), !l28CapLatin(e + 2), !isGivenName(e + 1),
                   !l29ePlaceAt(e + 1, e + 2) {
                    h27Replace(e + 1, e + 2, with: mention(e + 1, e + 2, type: .place, evidence: .cue))
                    p = e + 2
                    break
                }
                p = e
                break
            }
            k = max(k, p - 1)
        }
    }

    /// Adjective endings of a district's name ("sanockim", "leskiego", "bieszczadzki").
    static let l29ePolishAdjectiveEnds = ["skim", "ckim", "zkim", "skiego", "ckiego", "zkiego", "ski", "cki", "zki", "skich", "ckich"].map { TextFolding.key($0) }

    /// "w powiatach sanockim, leskim i bieszczadzkim", "w powiecie leskim": a district's noun and a lowercase adjective are a
    /// place; each adjective listed after it over "," "i" "oraz" is another.
    mutating func l29ePolishDistricts() {
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].script == .latin, tokens[k].keyLength >= 6,
                  PlainText.hasPrefix(tokens[k].key, "powia"), l29ePolishDistrictAdjective(k + 1) else { continue }
            h27Replace(k, k + 2, with: mention(k, k + 2, type: .place, evidence: .cue))
            var p = k + 2
            while (keyIs(p, ",") || keyIs(p, "i") || keyIs(p, "oraz")), l29ePolishDistrictAdjective(p + 1) {
                h27Replace(p + 1, p + 2, with: mention(p + 1, p + 2, type: .place, evidence: .cue))
                p += 2
            }
            k = p - 1
        }
    }

    func l29ePolishDistrictAdjective(_ k: Int) -> Bool {
        guard l29eLower(k), tokens[k].script == .latin, tokens[k].keyLength >= 5 else { return false }
        let key = tokens[k].key
        return Self.l29ePolishAdjectiveEnds.contains { PlainText.hasSuffix(key, $0) }
    }

    /// Lowercase nouns of a road and its kind (folded keys).
    static let l29ePolishRoadNouns = l28Keys(["droga", "drogi", "drodze", "drogę", "drogą", "drogach"])
    static let l29ePolishRoadKinds = l28Keys(["krajowa", "krajowej", "krajową", "krajowych", "wojewódzka", "wojewódzkiej", "wojewódzką",
        "ekspresowa", "ekspresowej", "ekspresową", "powiatowa", "powiatowej", "powiatową"])
    /// Lowercase nouns of a natural feature before its capitalized adjective (folded keys).
    static let l29ePolishFeatureNouns = l28Keys(["przełęcz", "przełęczy", "przełęczą", "jezioro", "jeziora", "jeziorze", "zatoka",
        "zatoki", "zatoce", "wyspa", "wyspy", "wyspie", "półwysep", "półwyspie", "dolina", "doliny", "dolinie", "puszcza", "puszczy",
        "puszczę", "kanał", "kanału", "kanale", "zalew", "zalewu", "zalewie", "góra", "góry", "górze", "pasmo", "pasma", "paśmie"])

    /// "na drodze krajowej nr 84", "droga wojewódzka nr 885": a road's noun, its kind, "nr" and the number are a place.
    /// "na przełęczy Dukielskiej", "nad jeziorem Wigry": a feature's lowercase noun and one or two capitalized words are a place.
    /// "Beskidu Niskiego", "Beskid Sądecki": a range's head ("Beskid…") and the capitalized word after it are a place.
    mutating func l29ePolishRoadsAndFeatures() {
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin else { continue }
            if !tokens[k].capitalized, Self.l29ePolishRoadNouns.contains(tokens[k]), k + 3 < tokenCount, l29eLower(k + 1),
               Self.l29ePolishRoadKinds.contains(tokens[k + 1]) {
                var p = k + 2
                if keyIs(p, "nr") { p += 1; if keyIs(p, ".") { p += 1 } }
                guard p > k + 2, p < tokenCount, tokens[p].kind == .number else { continue }
                if !l29ePlaceAt(k, p + 1) {
                    // (The number is the road's: two roads of one kind are two places.)
                    var m = mention(k, p + 1, type: .place, evidence: .cue)
                    m.words.append(tokens[p].key)
                    h27Replace(k, p + 1, with: m)
                }
                k = p
                continue
            }
            if !tokens[k].capitalized, Self.l29ePolishFeatureNouns.contains(tokens[k]), l28CapLatin(k + 1), !isCountry[k + 1],
               !h27InKnownName(k + 1), !isGivenName(k + 1) {
                let e = l28CapRun(k + 1, limit: 2)
                if e < tokenCount, tokens[e].kind == .word, tokens[e].capitalized { continue }
                // ("doliny Biebrzy": a noun after the feature's names another place, the river; the adjective names the feature.)
                let from = l29ePolishAdjective(k + 1) ? k : k + 1
                if !l29ePlaceAt(from, e), from == k || !anyMention(where: { $0.start < tokens[e - 1].end && $0.end > tokens[k + 1].start }) {
                    h27Replace(from, e, with: mention(from, e, type: .place, evidence: .cue))
                }
                k = e - 1
                continue
            }
            if tokens[k].capitalized, tokens[k].keyLength >= 6, PlainText.hasPrefix(tokens[k].key, "beskid"), l28CapLatin(k + 1),
               !(k + 2 < tokenCount && tokens[k + 2].kind == .word && tokens[k + 2].capitalized) {
                if !l29ePlaceAt(k, k + 2) { h27Replace(k, k + 2, with: mention(k, k + 2, type: .place, evidence: .cue)) }
                k += 1
            }
        }
    }

    /// Endings of a town's adjective after its noun ("Pruszcz Gdański", "Pruszcza Gdańskiego", "Ostrów Wielkopolski").
    static let l29ePolishGenitiveAdjectiveEnds = ["skiego", "ckiego", "skiej", "ckiej"].map { TextFolding.key($0) }
    static let l29ePolishLocativeAdjectiveEnds = ["skim", "ckim", "skiej", "ckiej"].map { TextFolding.key($0) }

    /// "firma z Pruszcza Gdańskiego", "w Ostrowie Wielkopolskim": an unknown two-word name after a place's preposition whose
    /// second word is a place's adjective (no given name, no body's noun) is a town.
    mutating func l29ePolishTownAdjectives() {
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country && mentions[n].type != .place {
            guard let (a, z) = seedSpan(n), z == a + 1, a >= 1, l29eLower(a - 1), Self.l29ePlacePrepositions.contains(tokens[a - 1]),
                  l28CapLatin(a), l28CapLatin(z), !isGivenName(a), !l29ePolishBodyNoun(a), !l29ePolishBodyNoun(z) else { continue }
            // (The case the preposition asks for: "z"/"do"/"od" the genitive, "w" the locative; "z Markiem Zielińskim" is "with".)
            let key = tokens[z].key
            let locative = keyIs(a - 1, "w") || keyIs(a - 1, "we")
            let genitive = keyIs(a - 1, "z") || keyIs(a - 1, "ze") || keyIs(a - 1, "do") || keyIs(a - 1, "od") || keyIs(a - 1, "koło")
            guard locative && Self.l29ePolishLocativeAdjectiveEnds.contains(where: { PlainText.hasSuffix(key, $0) })
                    || genitive && Self.l29ePolishGenitiveAdjectiveEnds.contains(where: { PlainText.hasSuffix(key, $0) }) else { continue }
            mentions[n].type = .place; mentions[n].placeContext = true
        }
    }

    /// Lowercase nouns of a part or a neighbourhood of a place before its name in the genitive (folded keys).
    static let l29ePolishPartNouns = l28Keys(["część", "części", "częścią", "okolicach", "okolic", "okolice", "rejonie", "rejonu",
        "mieszkańcy", "mieszkańców", "mieszkańcom", "mieszkańcami", "mieszkaniec", "mieszkańca", "mieszkanka", "mieszkanki"])

    /// "W Wetlinie i Cisnej spadło", "We Wrocławiu": an unknown name (no given name, no body's noun) after a sentence's
    /// capitalized "W"/"We" is a place, as after a lowercase one. "południową część Podkarpacia", "w okolicach Krosna",
    /// "mieszkańcy Bałut": one capitalized word after a part's, a neighbourhood's or its residents' noun is a place.
    mutating func l29ePolishPlaceContexts() {
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country && mentions[n].type != .place {
            guard let (a, z) = seedSpan(n), z - a <= 1, a >= 1, l28CapLatin(a), !tokens[a].allCaps, !isGivenName(a),
                  !(a...z).contains(where: { l29ePolishBodyNoun($0) }) else { continue }
            let opener = (keyIs(a - 1, "w") || keyIs(a - 1, "we")) && tokens[a - 1].capitalized && tokens[a - 1].sentenceStart
            let part = z == a && tokens[a - 1].kind == .word && !tokens[a - 1].capitalized && Self.l29ePolishPartNouns.contains(tokens[a - 1])
            guard opener || part else { continue }
            mentions[n].type = .place; mentions[n].placeContext = true
        }
    }

    // MARK: Polish, Ukrainian, Russian: a word listed with places

    /// "із Калуша, Коломиї, Надвірної, Болехова та Бурштина", "в Краснокаменске, Могоче и Петровске-Забайкальском": an unknown
    /// person or body of one word (a hyphenated one too; no given name, no body's noun) listed over "," or a conjunction right
    /// after a place is a place.
    mutating func l29eListedWithPlaces() {
        let order = mentions.indices.sorted { mentions[$0].start < mentions[$1].start }
        var lastPlaceEnd = -1   // token index after the last place seen
        for n in order {
            guard let (a, z) = seedSpan(n) else { continue }
            if mentions[n].type == .place { lastPlaceEnd = z + 1; continue }
            guard mentions[n].known == nil, mentions[n].type == .person || mentions[n].type == .organization || mentions[n].type == nil, a == lastPlaceEnd + 1,
                  keyIs(a - 1, ",") || l29eListLink(a - 1), z == a || z == a + 2 && keyIs(a + 1, "-"), !isGivenName(a), l29eCap(a),
                  !tokens[a].allCaps, !(z + 1 < tokenCount && tokens[z + 1].kind == .word && tokens[z + 1].capitalized) else { continue }
            if tokens[a].script == .latin, l29ePolishBodyNoun(a) { continue }
            mentions[n].type = .place; mentions[n].placeContext = true
            lastPlaceEnd = z + 1
        }
        // "dla Bieszczad i Beskidu Niskiego": one word right before a link and a place.
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .place && mentions[n].type != .country {
            guard let (a, z) = seedSpan(n), z == a, l28CapLatin(a), !tokens[a].allCaps, !tokens[a].sentenceStart, !isGivenName(a),
                  l29eListLink(z + 1), !l29eCap(a - 1), z + 2 < tokenCount, tokens[z + 2].kind == .word else { continue }
            if tokens[a].script == .latin, l29ePolishBodyNoun(a) { continue }
            let s = tokens[z + 2].start
            guard anyMention(where: { $0.type == .place && $0.start == s }) else { continue }
            mentions[n].type = .place; mentions[n].placeContext = true
        }
    }

    @inline(__always) func l29eListLink(_ k: Int) -> Bool {
        keyIs(k, "i") || keyIs(k, "oraz") || keyIs(k, "та") || keyIs(k, "і") || keyIs(k, "й") || keyIs(k, "и")
    }

    // MARK: Ukrainian and Russian: bodies

    /// "В Івано-Франківській обласній клінічній лікарні", "голова Івано-Франківської обласної військової адміністрації": a town's
    /// adjective (which the town's own reading took) with one to three lowercase adjectives and a lowercase body's noun is one
    /// body; "Івано-Франківський національний медичний університет" too; "Ізмаїльського морського порту", with a port's noun, a
    /// place.
    mutating func l29eCyrillicBodiesAfterPlaceAdjectives() {
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, tokens[k].script == .cyrillic, Self.l28CyrillicPlaceAdjective(tokens[k].key),
                  l29eLower(k + 1) else { continue }
            var p = k + 1
            while p < tokenCount, p - k <= 3, l29eLower(p), tokens[p].script == .cyrillic, !l29eCyrillicBodyNoun(p), !l29eCyrillicPortNoun(p),
                  Self.l28CyrillicAdjectiveEnding(tokens[p].key) { p += 1 }
            let port = p > k + 1 && l29eLower(p) && tokens[p].script == .cyrillic && l29eCyrillicPortNoun(p)
            guard p > k + 1, l29eLower(p), tokens[p].script == .cyrillic, port || l29eCyrillicBodyNoun(p) else { continue }
            // The adjective's first part ("Івано-" of "Івано-Франківській").
            var a = k
            if a >= 2, keyIs(a - 1, "-"), !tokens[a - 1].spaceBefore, !tokens[a].spaceBefore, l29eCap(a - 2) { a -= 2 }
            var e = p + 1
            if keyIs(e, "україни") || keyIs(e, "россии") { e += 1 }
            let type: EntityType = port ? .place : .organization
            if l28Has(a, e, type) { k = e - 1; continue }
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            // A known body running past it is another reading.
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= end && ($0.known != nil || $0.end > end) }) { continue }
            mentions.removeAll { $0.type != .country && ($0.known == nil || $0.type == .place) && $0.start < end && $0.end > s }
            var m = mention(a, e, type: type, evidence: .cue)
            m.placeContext = port
            mentions.append(m)
            k = e - 1
        }
    }

    /// Beginnings of a port's or an airport's noun (folded keys): "Ізмаїльського морського порту" is a place.
    static let l29eCyrillicPortStems = ["порт", "аеропорт", "аэропорт"].map { TextFolding.key($0) }
    func l29eCyrillicPortNoun(_ k: Int) -> Bool {
        let key = tokens[k].key
        return key.unicodeScalars.count <= 10 && Self.l29eCyrillicPortStems.contains { PlainText.hasPrefix(key, $0) }
            && !PlainText.hasPrefix(key, Self.l29ePortfolio)
    }
    static let l29ePortfolio = TextFolding.key("портф")

    /// Beginnings of a Ukrainian or Russian body's noun in its cases (folded keys).
    static let l29eCyrillicBodyStems = ["лікарн", "больниц", "адміністраці", "администраци", "університет", "университет", "академі",
        "академи", "інститут", "институт", "рада", "ради", "раді", "раду", "радою", "управлінн", "управлени", "служб", "суд", "прокуратур",
        "музе", "театр", "бібліотек", "библиотек", "центр", "коледж", "колледж", "госпітал", "госпитал", "поліклінік", "поликлиник",
        "диспансер", "санатор", "фонд", "комбінат", "комбинат", "завод"].map { TextFolding.key($0) }

    func l29eCyrillicBodyNoun(_ k: Int) -> Bool {
        let key = tokens[k].key
        let n = key.unicodeScalars.count
        return Self.l29eCyrillicBodyStems.contains { PlainText.hasPrefix(key, $0) && n <= $0.unicodeScalars.count + 5 }
    }

    /// Beginnings of a body's lowercase noun before its quoted name (folded keys).
    static let l29eCyrillicNamedBodyStems = ["фундаці", "фонд", "організаці", "организаци", "компані", "компани", "асоціаці", "ассоциаци",
        "об'єднанн", "объединени", "ініціатив", "инициатив", "товариств", "обществ", "спілк", "союз", "центр", "клуб", "рух", "движени"].map { TextFolding.key($0) }

    /// 'польська фундація "Solidarni z Ukrainą"', 'фонд "Open Hands"': a quoted run of Latin words (the first capitalized, at
    /// most five) after a body's lowercase noun is that body's name.
    mutating func l29eCyrillicQuotedLatinBodies() {
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic, !tokens[k].capitalized else { continue }
            let q = k + 1
            guard keyIs(q, "\"") || keyIs(q, "«") || keyIs(q, "“"), l28CapLatin(q + 1) else { continue }
            var e = q + 1
            while e < tokenCount, e - q <= 5, tokens[e].kind == .word, tokens[e].script == .latin { e += 1 }
            guard e > q + 2, keyIs(e, "\"") || keyIs(e, "»") || keyIs(e, "”") else { continue }
            let key = tokens[k].key
            guard Self.l29eCyrillicNamedBodyStems.contains(where: { PlainText.hasPrefix(key, $0) }) else { continue }
            if l28Has(q + 1, e, .organization) { continue }
            h27Replace(q + 1, e, with: mention(q + 1, e, type: .organization, evidence: .cue))
            k = e
        }
    }

    /// "Світовий банк і польська фундація": a body read on over a conjunction into lowercase words, one a country's adjective,
    /// ends before it ("Європейський банк реконструкції та розвитку" keeps its "та").
    mutating func l29eCyrillicTrailingConjunctions() {
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country {
            guard let (a, z) = seedSpan(n), z - a >= 2, tokens[a].script == .cyrillic, l29eLower(z),
                  let c = (a + 1..<z).first(where: { keyIs($0, "і") || keyIs($0, "та") || keyIs($0, "и") || keyIs($0, "й") }),
                  (c + 1...z).allSatisfy({ l29eLower($0) }), (c + 1...z).contains(where: { isCountry[$0] }) else { continue }
            mentions[n] = mention(a, c, type: mentions[n].type, evidence: mentions[n].evidence)
        }
    }

    /// Lowercase heads of a body's regional office before the agency's name (folded keys).
    static let l29eCyrillicOfficeHeads = l28Keys(["управление", "управления", "управлению", "управлением", "управлении", "управління",
        "управлінню", "управлінням", "управлінні", "отделение", "отделения", "отделении", "відділення", "департамент", "департамента",
        "департаменту", "департаменті", "департаменте"])
    /// Endings of a Russian or Ukrainian adjective in the nominative and genitive (folded keys).
    static let l29eRussianAdjectiveEnds = ["ое", "ее", "ого", "его", "ий", "ый", "ая", "яя", "ой"].map { TextFolding.key($0) }
    /// Lowercase region nouns after a capitalized adjective ("по Забайкальскому краю").
    static let l29eCyrillicRegionNouns = ["кра", "област", "округ", "район", "республик"].map { TextFolding.key($0) }

    /// "по данным управления Роспотребнадзора по Забайкальскому краю", "управління Держпраці в Київській області": a lowercase
    /// office's head, the agency (one capitalized word), "по"/"в"/"у" and a region (a capitalized adjective and a lowercase
    /// region noun) are one body.
    mutating func l29eCyrillicBodiesOfRegions() {
        guard articleHas(Self.l29eCyrillicOfficeHeads) else { return }
        var k = 0
        while k + 4 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic, !tokens[k].capitalized, Self.l29eCyrillicOfficeHeads.contains(tokens[k]),
                  l29eCap(k + 1), keyIs(k + 2, "по") || keyIs(k + 2, "в") || keyIs(k + 2, "у"), l29eCap(k + 3), l29eLower(k + 4) else { continue }
            let key = tokens[k + 4].key
            guard Self.l29eCyrillicRegionNouns.contains(where: { PlainText.hasPrefix(key, $0) }) else { continue }
            let e = k + 5
            // ("следственное управление СК по …": the office's lowercase adjective is its name's.)
            var a = k
            while a > 0, k - a < 2, l29eLower(a - 1), tokens[a - 1].script == .cyrillic, tokens[a - 1].keyLength >= 8,
                  Self.l29eRussianAdjectiveEnds.contains(where: { PlainText.hasSuffix(tokens[a - 1].key, $0) }) { a -= 1 }
            if l28Has(a, e, .organization) { continue }
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            mentions.removeAll { $0.type != .country && ($0.known == nil || $0.type == .place) && $0.start < end && $0.end > s }
            mentions.append(mention(a, e, type: .organization, evidence: .cue))
            k = e - 1
        }
    }

    /// Its gate: "имени", "імені".
    static let l29eNamedAfterCues = KeySet(["имени", "імені"])
    /// "НИИ гриппа имени А. А. Смородинцева Минздрава России": a body (read or not), up to three lowercase words, "имени"/"імені",
    /// initials and a family name are one body ("Вижницького фахового коледжу мистецтв імені Василя Шкрібляка": a given name and
    /// a family name too, after a body read before the lowercase words); a capitalized word and the country after it are another ("Минздрава России").
    mutating func l29eCyrillicNamedAfterInitials() {
        guard articleHas(Self.l29eNamedAfterCues) else { return }
        var k = 2
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard keyIs(k, "имени") || keyIs(k, "імені") else { continue }
            var p = k + 1, initials = 0
            while p + 1 < tokenCount, tokens[p].isInitialLetter, keyIs(p + 1, ".") { p += 2; initials += 1 }
            // (No initials: a given name and one or two family names, after a body read before "імені" over lowercase words.)
            if initials == 0 {
                guard l29eCap(p), !tokens[p].allCaps, l29eCap(p + 1), !tokens[p + 1].allCaps, k >= 3, l29eLower(k - 1) else { continue }
                let (ks, ps) = (tokens[k - 1].start, tokens[k].start)
                guard anyMention(where: { $0.type == .organization && $0.known == nil && $0.end <= ks && $0.end > ps - 60 }) else { continue }
                p += 1
            }
            guard l29eCap(p), !tokens[p].isInitialLetter else { continue }
            // The body: lowercase words back to a capitalized or all-capitals word.
            var a = k - 1
            while a > 0, k - a <= 3, l29eLower(a) { a -= 1 }
            guard tokens[a].kind == .word, tokens[a].capitalized || tokens[a].allCaps, tokens[a].script == .cyrillic else { continue }
            // A body read before: its start.
            if let o = mentions.firstIndex(where: { $0.type == .organization && $0.end == tokens[a].end }), let (oa, _) = seedSpan(o) { a = oa }
            // ("Северо-Казахстанским": the adjective's first part.)
            if a >= 2, keyIs(a - 1, "-"), !tokens[a - 1].spaceBefore, !tokens[a].spaceBefore, l29eCap(a - 2) { a -= 2 }
            let e = p + 1
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            // A body read over all of it already stands.
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= end }) { k = p; continue }
            var add = [mention(a, e, type: .organization, evidence: .cue)]
            var f = e
            if l29eCap(e), !tokens[e].allCaps, e + 1 < tokenCount, isCountry[e + 1] {
                add.append(mention(e, e + 2, type: .organization, evidence: .cue)); f = e + 1
            }
            let fe = tokens[f].end
            mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < fe && $0.end > s }
            mentions.removeAll { $0.type != .country && $0.type != .place && $0.start < end && $0.end > s }
            mentions.append(contentsOf: add)
            k = f
        }
    }

    /// "Единой лиги ВТБ", "Единой молодежной лиги ВТБ": a capitalized adjective, up to two lowercase words ending in a league's
    /// noun, and an acronym after it, are one body. '"Баскет-Холле"', "Арене": a body read over a hall's or an arena's
    /// noun (after a hyphen or alone) is a place.
    mutating func l29eCyrillicLeaguesAndHalls() {
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic, tokens[k].capitalized, !tokens[k].allCaps, l29eLower(k + 1) else { continue }
            var p = k + 1
            while p < tokenCount, p - k <= 3, l29eLower(p), !l29eLeagueNoun(p) { p += 1 }
            guard p < tokenCount, p - k <= 3, l29eLower(p), l29eLeagueNoun(p) else { continue }
            // (A sponsor's or an owner's acronym after it: "Единой лиги ВТБ"; a league named by its rank alone is no name.)
            guard p + 1 < tokenCount, tokens[p + 1].kind == .word, tokens[p + 1].allCaps else { continue }
            let e = p + 2
            if l28Has(k, e, .organization) { continue }
            let (s, end) = (tokens[k].start, tokens[e - 1].end)
            mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < end && $0.end > s }
            mentions.append(mention(k, e, type: .organization, evidence: .cue))
            k = e - 1
        }
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type == .organization {
            guard let (a, z) = seedSpan(n), tokens[z].kind == .word, tokens[z].script == .cyrillic, z == a || z == a + 2 && keyIs(a + 1, "-")
            else { continue }
            let key = tokens[z].key
            if PlainText.hasPrefix(key, Self.l29eHall) || z > a && PlainText.hasPrefix(key, Self.l29eArena) {
                mentions[n].type = .place; mentions[n].placeContext = true
            }
        }
    }

    static let l29eHall = TextFolding.key("холл"), l29eArena = TextFolding.key("арен")
    static let l29eLeagueStems = ["лиг", "ліг"].map { TextFolding.key($0) }

    @inline(__always) func l29eLeagueNoun(_ k: Int) -> Bool {
        let key = tokens[k].key
        return tokens[k].keyLength <= 12 && Self.l29eLeagueStems.contains(where: { PlainText.hasPrefix(key, $0) }) && key.unicodeScalars.count <= 5
    }

    /// Its gate: "под", "під".
    static let l29ePodCues = KeySet(["під", "под"])
    /// "втратив ногу під Покровськом", "бои под Угледаром": one capitalized word after "під"/"под" that no reading took, then
    /// punctuation or a lowercase word, is a place.
    mutating func l29eCyrillicPlacesAfterPod() {
        guard articleHas(Self.l29ePodCues) else { return }
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard keyIs(k, "під") || keyIs(k, "под"), !tokens[k].capitalized, l29eCap(k + 1), tokens[k + 1].script == .cyrillic,
                  !tokens[k + 1].allCaps, !isCountry[k + 1], !l29eCap(k + 2), !isGivenName(k + 1) else { continue }
            let (s, e) = (tokens[k + 1].start, tokens[k + 1].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            var m = mention(k + 1, k + 2, type: .place, evidence: .cue)
            m.placeContext = true
            mentions.append(m)
        }
    }

    /// "лаборатория ПЦР-диагностики", "ІТ-компанії": an acronym joined by a hyphen to a lowercase word is a common noun, no name.
    mutating func l29eCyrillicAcronymCompounds() {
        var drop: Set<Int> = []
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country {
            guard let (a, z) = seedSpan(n), z == a + 2, tokens[a].allCaps, keyIs(a + 1, "-"), !tokens[a + 1].spaceBefore, l29eLower(z) else { continue }
            drop.insert(n)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }
}
