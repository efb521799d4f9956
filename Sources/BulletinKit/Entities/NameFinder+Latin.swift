import Foundation

/// Discovery rules for Latin-script languages (Portuguese, Italian, Spanish, French, German,
/// English) and Vietnamese, kept apart from the general passes of `NameFinder+Discovery.swift`.
extension NameFinder {
    /// "Cassa depositi e prestiti (CDP)", "Banque africaine de développement (BAD)", "Communauté
    /// économique et monétaire de l'Afrique centrale (CEMAC)": an acronym in parentheses that spells
    /// the initials of the words right before it names them as one organization. Italian, French,
    /// Portuguese and Spanish institutions capitalize only their first word, so capitalization alone
    /// cuts them short ("Cassa", "Communauté économique"); the acronym says where the name starts.
    /// Particles and articles may be skipped or spell a letter ("Department of Energy (DOE)"); any
    /// other word that does not spell the next letter, or punctuation, means the acronym is not
    /// these words' (then nothing changes). Fragments discovery cut from the span go; countries stay.
    mutating func organizationsSpelledByAcronym() {
        // (The acronym stands between "(" and ")": an article without both has none.)
        guard articleHas(Self.acronymOpenBracket), articleHas(Self.acronymCloseBracket) else { return }
        var p = 1
        while p + 2 < tokens.count {
            defer { p += 1 }
            // (The tokens' flags first, then the brackets' keys by their byte: ASCII literals, see `Token.keyEquals`.)
            guard tokens[p].kind == .punct, tokens[p + 1].kind == .word, tokens[p + 1].allCaps, tokens[p + 1].script == .latin,
                  tokens[p].keyEquals("("), tokens[p + 2].keyEquals(")") else { continue }
            let letters = Array(tokens[p + 1].text.uppercased().unicodeScalars.filter { $0.properties.isAlphabetic })
            guard letters.count >= 2, letters.count <= 7, letters.count == tokens[p + 1].text.unicodeScalars.count else { continue }
            guard let start = acronymSpanStart(letters, before: p, particlesSpell: false) ?? acronymSpanStart(letters, before: p, particlesSpell: true),
                  p - start >= 2, isCap(start), !tokens[start].allCaps,
                  ((start + 1)..<p).allSatisfy({ !tokens[$0].newlineBefore }) else { continue }
            // Only when capitalization alone would not have found this name: a lowercase word inside.
            guard ((start + 1)..<p).contains(where: { tokens[$0].kind == .word && !tokens[$0].capitalized && !Self.acronymParticles.contains(tokens[$0].key) })
            else { continue }
            let (s0, e0) = (tokens[start].start, tokens[p - 1].end)
            if mentions.indices.contains(where: { mentionType($0) == .organization && mentionStart($0) == s0 && mentionEnd($0) == e0 }) { continue }
            mentions.removeAll { $0.type != .country && $0.start >= s0 && $0.end <= e0 }
            mentions.append(mention(start, p, type: .organization, evidence: .cue))
        }
    }

    /// The gates of `organizationsSpelledByAcronym`: the brackets around the acronym.
    static let acronymOpenBracket = KeySet(["("]), acronymCloseBracket = KeySet([")"])

    /// Where the name spelled by `letters` starts, reading the words before token `p` backwards;
    /// nil when a word or punctuation breaks the spelling. With `particlesSpell`, a particle whose
    /// initial is the next letter spells it ("of" in DOE); otherwise particles are skipped.
    func acronymSpanStart(_ letters: [Unicode.Scalar], before p: Int, particlesSpell: Bool) -> Int? {
        var li = letters.count - 1
        var k = p - 1
        var start: Int?
        while k >= 0, li >= 0, p - k <= 24 {
            let t = token(k)
            if t.kind == .elision { k -= 1; continue }                      // "l'Afrique", "d'investissement"
            guard t.kind == .word, t.script == .latin else { return nil }
            // Compared folded for case and diacritics through the tokenizer's tables (Foundation's
            // `folding` bridges through NSString: it was a sixth of a short article's extraction).
            // (A word opening with an ASCII byte, against an ASCII letter, nearly every pair: its uppercased first scalar is
            // that byte's uppercase, and the two folded keys are compared through `acronymAsciiKeyClass`, no string made.)
            let matches: Bool
            if let b0 = t.text.utf8.first, b0 < 0x80, letters[li].value < 0x80 {
                let upper = b0 >= 0x61 && b0 <= 0x7A ? b0 - 0x20 : b0
                matches = Self.acronymAsciiKeyClass[Int(upper)] == Self.acronymAsciiKeyClass[Int(letters[li].value)]
            } else {
                let initial = t.text.uppercased().unicodeScalars.first
                matches = initial.map { TextFolding.key(String($0)) == TextFolding.key(String(letters[li])) } ?? false
            }
            let particle = !t.capitalized && Self.acronymParticles.contains(t.key)
            if matches && (!particle || particlesSpell) {
                li -= 1
                start = k
            } else if !particle {
                return nil
            }
            k -= 1
        }
        return li < 0 ? start : nil
    }

    /// For each ASCII scalar, the first ASCII scalar whose `TextFolding.key` is equal (`==`) to its own: two ASCII scalars
    /// have equal keys exactly when their classes are equal.
    static let acronymAsciiKeyClass: [Int] = {
        let keys = (0..<128).map { TextFolding.key(String(Unicode.Scalar(UInt8($0)))) }
        return keys.indices.map { i in keys.firstIndex(where: { $0 == keys[i] })! }
    }()

    /// Articles, prepositions and conjunctions inside institutions' names (folded keys), in the
    /// Latin-script languages: skipped when an acronym spells the name.
    static let acronymParticles: WordSet = [
        "of", "the", "and", "for", "on", "de", "du", "des", "la", "le", "les", "et", "pour", "en", "y", "del", "el", "los", "las",
        "para", "o", "os", "a", "as", "do", "da", "dos", "das", "e", "di", "per", "lo", "il", "della", "delle", "dei", "degli",
        "dello", "und", "fur", "der", "die", "das", "des", "zur", "zum", "van", "von", "voor", "en", "al", "à", "au", "aux",
    ]

    /// "Tokyo Bay", "Hudson River", "Lake Geneva" aside: a known city or region followed by a
    /// capitalized geographic feature ("Bay", "River", "Valley", "Coast") names that feature, another
    /// place, not the city; the known name is refused there and discovery reads the whole name.
    func knownPlaceBeforeFeature(_ b: Int) -> Bool {
        guard b < tokens.count, tokens[b].kind == .word, tokens[b].capitalized, tokens[b].spaceBefore,
              tokens[b].script == .latin else { return false }
        return Self.geographicFeatureHeads.contains(tokens[b].key)
    }
    static let geographicFeatureHeads: WordSet = [
        "bay", "gulf", "river", "lake", "coast", "valley", "peninsula", "strait", "sea", "island", "islands", "delta", "basin",
        "mountains", "canal", "desert", "lagoon", "falls", "plateau",
    ]

    // MARK: Vietnamese

    /// "Trường Đại học Cần Thơ", "Sở Công Thương Đà Nẵng", "Bệnh viện Bạch Mai": a known place
    /// right after an institution's capitalized keyword or field is part of its name (the
    /// institution of that city), like the place after "tỉnh" in "Ủy ban Nhân dân tỉnh Bắc Ninh".
    /// Returns the end of the place's tokens.
    func vietnameseInstitutionOverPlace(_ j: Int, from a: Int, sawKeyword: Bool) -> Int? {
        guard lang.vi, sawKeyword, j > a, j < tokens.count, tokens[j].capitalized, tokens[j].script == .latin,
              tokens[j].spaceBefore, !tokens[j].newlineBefore, tokens[j - 1].kind == .word,
              (a..<j).contains(where: { orgKeyword(at: $0) != nil }) else { return nil }
        // The word before is capitalized ("Sở Công Thương") or ends the keyword ("Trường Đại học").
        guard tokens[j - 1].capitalized || (a..<j).contains(where: { k in orgKeyword(at: k).map { k + $0.length == j } ?? false })
        else { return nil }
        let s0 = tokens[j].start
        guard let p = mentions.indices.last(where: { mentionStart($0) == s0 && mentionType($0) == .place && mentionKnown($0) != nil }) else { return nil }
        let e0 = mentionEnd(p)
        var e = j
        while e < tokens.count, tokens[e].end <= e0 { e += 1 }
        return e > j ? e : nil
    }

    /// "Trường Cao đẳng Kỹ thuật Lý Tự Trọng", "Đại học Tôn Đức Thắng": schools, universities and
    /// hospitals are named after people; without a title before it, a name after such a keyword
    /// is the institution's namesake, not a person of its own.
    func vietnameseNamesake(_ a: Int, personCue: Bool) -> Bool {
        guard lang.vi, !personCue, a + 1 < tokens.count else { return false }
        // (The folded key first, by its bytes: `==` on the non-ASCII exact forms normalizes; a word whose
        // exact form is one of these folds to one of these keys.)
        let key = tokens[a].key
        guard Token.keyEquals(key, "truong") || Token.keyEquals(key, "dai") || Token.keyEquals(key, "hoc") || Token.keyEquals(key, "benh") else { return false }
        let first = exactForm(a), second = exactForm(a + 1)   // (lowercase NFC)
        return first == "trường" || first == "đại" && second == "học" || first == "học" && second == "viện"
            || first == "bệnh" && second == "viện"
    }

    /// "Trường Trung học Phổ thông Chu Văn An tham gia …": the namesake's capitalized syllables end
    /// the institution's name; a lowercase syllable after them is the verb that follows it.
    func vietnameseNamesakeEnd(_ a: Int, _ b: Int, after lastKeyword: Int, personCue: Bool) -> Int? {
        guard vietnameseNamesake(a, personCue: personCue),
              let f = ((lastKeyword + 1)..<b).first(where: { isFamilyName($0) && tokens[$0].capitalized }),
              f + 2 <= b, isCap(f + 1),
              let low = ((f + 1)..<b).first(where: { tokens[$0].kind == .word && !tokens[$0].capitalized && !tokens[$0].allCaps })
        else { return nil }
        return low - f >= 2 ? low : nil
    }

    /// "Tập đoàn Hanwha Ocean ký hợp đồng": a Vietnamese institution's name runs over lowercase
    /// syllables of its own words ("Tổng công ty Lương thực miền Nam"), but not after a foreign
    /// name (a word no Vietnamese syllable spells): the lowercase syllable there is the verb.
    func vietnameseLowercaseAfterForeignName(_ j: Int, from a: Int) -> Bool {
        guard lang.vi, j > a, tokens[j].kind == .word, !tokens[j].capitalized, tokens[j].script == .latin else { return false }
        let before = tokens[j - 1]
        return before.kind == .word && before.capitalized && !before.allCaps && before.script == .latin
            && Self.foreignInVietnamese(before.key) && before.text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// "Chủ tịch UBND tỉnh Nguyễn Văn An": after a title and a provincial body ("UBND tỉnh"), the
    /// unit word means "provincial", and a three-syllable name opening with a family name is the
    /// official's, not a province's (province names have two syllables, and a known place stays one).
    func vietnameseOfficialAfterUnit(_ i: Int, _ start: Int) -> Bool {
        guard lang.vi, i >= 2, start + 3 <= tokens.count, isFamilyName(start),
              (start..<(start + 3)).allSatisfy({ tokens[$0].kind == .word && tokens[$0].capitalized && tokens[$0].script == .latin && !covered[$0] }),
              start + 3 == tokens.count || !(tokens[start + 3].kind == .word && tokens[start + 3].capitalized) else { return false }
        let body = tokens[i - 1].text == "UBND" || exactForm(i - 1) == "dân" && i >= 3 && exactForm(i - 2) == "nhân"
        return body && (max(0, i - 6)..<i).contains { titleMatch(at: $0) != nil }
    }

    // MARK: Any Latin script

    /// "Phó Tổng giám đốc Doosan Heavy", "chief executive of Acme Mining": a name after a title that
    /// an organization found earlier in the article ends with (its keyword dropped: "Tập đoàn Doosan
    /// Heavy") is that organization, not a person.
    /// Returns that organization's mention (its name, words and variants), for this one to join it.
    func organizationTailNamed(_ a: Int, _ b: Int) -> Mention? {
        guard tokens[a].script == .latin else { return nil }
        // The words are counted, and their keys compared in place with an organization long enough to end with them
        // (`organizationEndsWithKeys`): the array of keys built for every titled name was most of this test's cost.
        var count = 0
        for k in a..<b where tokens[k].kind == .word { count += 1 }
        guard count > 0 else { return nil }
        let start = tokens[a].start
        // The last 64 mentions only: a scan of all of them per titled name grew with the square of the text.
        var k = mentions.count - 1
        while k >= 0, mentions.count - k <= 64 {
            if mentionType(k) == .organization, mentionEnd(k) <= start, mentionWordCount(k) > count,
               organizationEndsWithKeys(k, a, b, count) {
                return mentions[k]
            }
            k -= 1
        }
        return nil
    }

    /// `mentionWords(m).suffix(count).elementsEqual(keys)`, where `keys` are the keys of the `count` word tokens of
    /// `a..<b` (compared with `==`, as `elementsEqual` compares them).
    private func organizationEndsWithKeys(_ m: Int, _ a: Int, _ b: Int, _ count: Int) -> Bool {
        let words = mentions[m].words
        var w = words.count - count
        for k in a..<b where tokens[k].kind == .word {
            guard words[w] == tokens[k].key else { return false }
            w += 1
        }
        return true
    }

    // MARK: German

    /// "die US-Zölle", "der EU-Beitritt", "CDU-Politiker": a German compound of an abbreviation and
    /// a common noun is a noun, not a name (an institution's compound, "EU-Kommission", has its keyword
    /// and is read before this).
    func germanAbbreviationCompound(_ a: Int, _ b: Int) -> Bool {
        guard lang.de, b - a == 3, tokens[a].allCaps, tokens[a + 1].key == "-", !tokens[a + 1].spaceBefore,
              !tokens[a + 2].spaceBefore, tokens[a + 2].kind == .word, tokens[a + 2].capitalized, !tokens[a + 2].allCaps else { return false }
        return orgKeyword(at: a + 2) == nil
    }

    /// "Die Landesanstalt für Umwelt warnte", "Eine Sprecherin des Ministeriums": a capitalized
    /// article or adverb opening the sentence before an institution compound or a title compound is
    /// skipped, so that the compound is read as it is in mid-sentence.
    /// ("der Parlamentarische Staatssekretär X", "die Stellvertretende Vorsitzende X": a capitalized adjective after a
    /// lowercase article, before a title compound, is skipped too.)
    func germanOpenerBeforeCompound(_ i: Int) -> Bool {
        guard lang.de, i + 1 < tokens.count, tokens[i].kind == .word, tokens[i].capitalized, !covered[i],
              tokens[i + 1].kind == .word, tokens[i + 1].capitalized, !covered[i + 1] else { return false }
        if !isStopword(i) {
            guard i > 0, tokens[i - 1].kind == .word, !tokens[i - 1].capitalized, Self.germanArticles.contains(tokens[i - 1].key),
                  Self.hasAnySuffix(tokens[i].key, Self.germanAdjectiveEndings) else { return false }
            return EntityCues.isGermanTitle(tokens[i + 1].key)
        }
        return Self.germanInstitutionCompound(tokens[i + 1].key) || EntityCues.isGermanTitle(tokens[i + 1].key)
    }
    static let germanArticles: WordSet = ["der", "die", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem"]
    static let germanAdjectiveEndings = ["e", "er", "en", "es", "em"]

    // MARK: Romance languages

    /// "Recursos Naturales no Renovables", "Organisation des pays non alignés": inside an
    /// institution's name, a lowercase negation before a capitalized word is part of the name.
    func negationInsideInstitution(_ j: Int, from a: Int) -> Bool {
        guard j > a, j + 1 < tokens.count, tokens[j].kind == .word, !tokens[j].capitalized, tokens[j].script == .latin,
              lang.es || lang.pt || lang.it || lang.fr, Self.romanceNegations.contains(tokens[j]),
              tokens[j - 1].kind == .word, tokens[j - 1].capitalized, isCap(j + 1), !covered[j + 1], !isCountry[j + 1],
              tokens[j + 1].spaceBefore else { return false }
        return (a..<j).contains { orgKeyword(at: $0) != nil && !isCountry[$0] }
    }
    /// (A static set compared by bytes: an array literal was allocated per call, for every lowercase word in a name.)
    static let romanceNegations = KeySet(["no", "non", "nao"])

    /// "Corporación Eléctrica del Ecuador (Celec EP)": a name in parentheses right after an
    /// organization is another name of it, not a person (two capitalized words read like one).
    func parenthesizedAfterOrganization(_ a: Int) -> Bool {
        guard a >= 2, tokens[a - 1].keyEquals("("), tokens[a].script == .latin else { return false }
        let end = tokens[a - 2].end
        var k = mentions.count - 1
        while k >= 0, mentions.count - k <= 8 {   // the organization was read just before
            if mentionEnd(k) == end { return mentionType(k) == .organization }
            k -= 1
        }
        return false
    }

    /// "a construtora Mota-Engil", "the carmaker Stellantis", "la société ferroviaire Camrail",
    /// "a empresa estatal Sonangol": a lowercase company noun right before a name (one lowercase
    /// adjective or a country word may stand between) makes it a company, whatever it looks like.
    func companyNounBefore(_ a: Int) -> Bool {
        guard a >= 1, tokens[a].script == .latin else { return false }
        var k = a - 1
        if k >= 1, tokens[k].kind == .word, isCountry[k] || !tokens[k].capitalized && Self.hasAnySuffix(tokens[k].key, Self.adjectiveEndingsAffixes),
           !Self.companyNounsBefore.contains(tokens[k]), tokens[k].key.utf8.count >= 5 {
            k -= 1   // one adjective ("ferroviaire", "estatal", "albanese"), not a verb ("a empresa contratou Maria …")
        }
        return tokens[k].kind == .word && !tokens[k].capitalized && tokens[k].script == .latin && Self.companyNounsBefore.contains(tokens[k])
    }
    /// `adjectiveEndings` read once for the byte tests of `hasAnySuffix` / `hasAnyPrefix` (see `AffixList`).
    static let adjectiveEndingsAffixes = AffixList(adjectiveEndings)
    /// Endings of Romance and English adjectives of kind or origin (folded): "estatal", "ferroviaire", "petrolero".
    static let adjectiveEndings = ["al", "ais", "ano", "ana", "ense", "ico", "ica", "aire", "ario", "aria", "ese", "eiro", "eira",
                                   "ero", "era", "ista", "iano", "iana", "ois", "oise", "ien", "ienne", "aise", "ian", "ish", "owned"]
    /// Lowercase nouns of companies before their name (folded keys), in the Latin-script languages.
    static let companyNounsBefore: WordSet = [
        "company", "firm", "carmaker", "automaker", "miner", "lender", "insurer", "airline", "carrier", "conglomerate", "retailer",
        "manufacturer", "shipbuilder", "shipper", "refiner", "utility", "developer", "producer", "exporter",
        "societe", "entreprise", "groupe", "constructeur", "compagnie", "operateur", "transporteur", "armateur",
        "empresa", "compania", "aerolinea", "constructora", "petrolera", "minera", "naviera", "operadora", "grupo",
        "filial", "subsidiaria", "cementera", "editorial", "aseguradora", "distribuidora",
        "construtora", "companhia", "petrolifera", "mineradora", "transportadora",
        "societa", "azienda", "gruppo", "operatore", "compagnia",
        "unternehmen", "konzern", "hersteller", "reederei", "autobauer", "versorger",
        "spolka", "firma", "koncern", "bedrijf", "concern", "netbeheerder", "perusahaan", "sirket",
        "cooperative", "cooperativa", "cooperativo", "cooperatief",   // (folded: "coopérative")
    ]

    /// "entre Ngaoundéré et la frontière", "between Kitale and the border": a name joined after
    /// "between" to a geographic common noun is a place too (the other end of a road or a line).
    func betweenNameAndGeographicNoun(_ a: Int, _ b: Int) -> Bool {
        guard a > 0, Self.betweenWords.contains(tokens[a - 1]), !tokens[a - 1].capitalized, b + 1 < tokens.count, isCoordinator(b) else { return false }
        var k = b + 1
        if k < tokens.count, tokens[k].kind == .word || tokens[k].kind == .elision, ["the", "la", "le", "l'", "el", "a", "o", "il", "die", "der", "den"].contains(tokens[k].key) { k += 1 }
        return k < tokens.count && tokens[k].kind == .word && !tokens[k].capitalized && Self.geographicEndNouns.contains(tokens[k].key)
    }
    /// "from Morogoro through Dodoma to Tabora", "desde Tulcán hasta Ipiales": a one-word name after
    /// "from" with "to"/"through" and a capitalized word a few words on, or after "to"/"through"/"via"
    /// with "from" and a capitalized word a few words before, is a stop of a route, a place. ("a letter
    /// from Kowalczyk", "sold to Glencore" have no other end.)
    func fromToName(_ a: Int, _ b: Int) -> Bool {
        guard a > 0, tokens[a].script == .latin, tokens[a - 1].kind == .word, !tokens[a - 1].capitalized else { return false }
        func stop(_ k: Int) -> Bool { tokens[k].kind == .punct && Self.routeStops.contains(tokens[k].key) || tokens[k].newlineBefore }
        if Self.routeFromWords.contains(tokens[a - 1].key) {
            var k = b
            while k + 1 < tokens.count, k - b < 6, !stop(k) {
                if tokens[k].kind == .word, !tokens[k].capitalized, Self.routeToWords.contains(tokens[k].key), isCap(k + 1) { return true }
                k += 1
            }
            return false
        }
        guard Self.routeToWords.contains(tokens[a - 1].key) else { return false }
        var k = a - 2
        while k >= 0, a - k < 10, !stop(k) {
            if tokens[k].kind == .word, !tokens[k].capitalized, Self.routeFromWords.contains(tokens[k].key), isCap(k + 1) { return true }
            if tokens[k].newlineBefore { return false }
            k -= 1
        }
        return false
    }
    /// "sans passer par Franceville", "passando por Lages": one name after a verb of passing and its
    /// preposition is a stop of a route (a list of them is `placeListItem`'s).
    func passedThroughName(_ a: Int) -> Bool {
        guard a >= 2, tokens[a].script == .latin, tokens[a - 1].kind == .word, !tokens[a - 1].capitalized,
              ["par", "por"].contains(tokens[a - 1].key), tokens[a - 2].kind == .word, !tokens[a - 2].capitalized else { return false }
        return Self.passingVerbs.contains(tokens[a - 2].key)
    }
    static let passingVerbs: WordSet = ["passer", "passant", "passe", "passera", "passent", "passait", "transiter", "transitant", "transite",
                                        "pasar", "pasando", "pasa", "pasara", "pasan", "transitar", "passando", "passa", "passara"]
    /// "les forestiers de la Nyanga", "les douanes du Niari": French names regions and rivers with their
    /// article; one word with no other cue after "de la"/"du"/"au" (no portfolio: "ministre du Commerce")
    /// is such a region.
    func frenchRegionAfterArticle(_ a: Int) -> Bool {
        guard lang.fr, a >= 2, tokens[a].script == .latin, !tokens[a].allCaps, tokens[a - 1].kind == .word || tokens[a - 1].kind == .elision, !tokens[a - 1].capitalized,
              !EntityCues.portfolioKeys.contains(tokens[a].key), orgKeyword(at: a) == nil, placeKeyword(at: a) == nil,
              titleMatch(at: a) == nil, !isStopword(a),
              // (a capitalized field, "direction de la Construction", "Maison du Peuple": French abstract nouns)
              !Self.hasAnySuffix(tokens[a].key, Self.frenchNounEndings) else { return false }
        let before = tokens[a - 1].key
        if before == "du" || before == "au" { return true }
        // "le préfet de l'Isère", "le conseil départemental de l'Ain": a département or a river after "de l'" / "à l'".
        if tokens[a - 1].kind == .elision, Token.keyEquals(tokens[a - 1].key, "l'"),
           tokens[a - 2].kind == .word, !tokens[a - 2].capitalized, tokens[a - 2].key == "de" || tokens[a - 2].key == "a",
           !(a + 1 < tokens.count && tokens[a + 1].kind == .word && tokens[a + 1].capitalized && tokens[a + 1].spaceBefore) { return true }
        return before == "la" && tokens[a - 2].kind == .word && !tokens[a - 2].capitalized && ["de", "a"].contains(tokens[a - 2].key)
    }
    static let frenchNounEndings = ["tion", "sion", "ment", "ite", "ure", "ance", "ence", "isme", "erie", "age", "eur", "ple", "oire"]
    static let routeFromWords: WordSet = ["from", "desde"]
    static let routeToWords: WordSet = ["to", "through", "via", "hasta"]
    static let routeStops: WordSet = [".", ";", ":", "!", "?", "\""]

    static let geographicEndNouns: WordSet = [
        "border", "frontier", "coast", "sea", "port", "capital", "frontiere", "cote", "mer", "capitale", "frontera", "costa",
        "mar", "puerto", "fronteira", "porto", "confine", "grenze", "kuste", "hafen", "hauptstadt",
    ]

    /// "Santiago de los Caballeros", "San José de Cúcuta", "Santiago de Compostela": a known
    /// one-word place followed by a Romance particle (and article) and capitalized words names
    /// another, longer place; the known city alone was a wrong reading of it. The whole span
    /// becomes one place, and the fragments discovery read after the particle go.
    mutating func knownPlacesInLongerNames() {
        guard ["es", "pt", "fr", "it"].contains(language) else { return }
        var i = 0
        while i < mentions.count {
            defer { i += 1 }
            guard mentionType(i) == .place, mentionKnown(i) != nil, mentionWordCount(i) == 1 else { continue }
            // (Tokens are in text order: a binary search, not a scan per mention.)
            let s = mentionStart(i)
            var lo = 0, hi = tokens.count
            while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].start < s { lo = mid + 1 } else { hi = mid } }
            let a = lo
            guard a + 2 < tokens.count, tokens[a].start == s, tokens[a].script == .latin, tokens[a].end == mentionEnd(i) else { continue }
            var k = a + 1
            guard tokens[k].kind == .word, !tokens[k].capitalized, ["de", "del", "do", "da", "di"].contains(tokens[k].key) else { continue }
            k += 1
            if k < tokens.count, tokens[k].kind == .word, !tokens[k].capitalized, ["la", "las", "los", "el", "o", "a", "os", "as"].contains(tokens[k].key) { k += 1 }
            // ("el gobierno de Madrid de Pedro Sánchez": a person after the particle, not a longer place.)
            if k < tokens.count, isGivenName(k) { continue }
            var e = k
            while e < tokens.count, e - k < 3, isCap(e), !tokens[e].allCaps, tokens[e].spaceBefore, !isCountry[e], !covered[e],
                  orgKeyword(at: e) == nil, titleMatch(at: e) == nil, !isStopword(e) { e += 1 }
            guard e > k, e == tokens.count || !(tokens[e].kind == .word && tokens[e].capitalized) else { continue }
            let (s0, e0) = (tokens[a].start, tokens[e - 1].end)
            var m = mention(a, e, type: .place, evidence: .cue)
            m.placeContext = true
            mentions[i] = m
            mentions.removeAll { $0.start > s0 && $0.start < e0 && $0.end <= e0 && $0.type != .country }
        }
    }

    /// "in Kitimat, British Columbia,", "in Perth, Western Australia.": after a place and a comma,
    /// a country word and one capitalized word closed by punctuation are the region the place lies
    /// in (an apposition), not the country: one place, and no country mention there.
    mutating func regionsNamedWithACountryWord() {
        guard language == "en" || language == "fr" || language == "es" || language == "pt" || language == "it" else { return }
        var found: [Int] = []   // first token of each apposition; the mentions change after the pass
        for c in mentions.indices {
            guard mentionType(c) == .country, mentionWordCount(c) == 1 else { continue }
            let s = mentionStart(c)
            var lo = 0, hi = tokens.count
            while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].start < s { lo = mid + 1 } else { hi = mid } }
            let i = lo
            guard i >= 2, i + 2 < tokens.count, tokens[i].start == s, tokens[i].end == mentionEnd(c), tokens[i - 1].key == ",",
                  tokens[i + 1].kind == .word, tokens[i + 1].capitalized, !tokens[i + 1].allCaps, !isCountry[i + 1], tokens[i + 1].spaceBefore,
                  orgKeyword(at: i + 1) == nil, titleMatch(at: i + 1) == nil, placeKeyword(at: i + 1) == nil, !isStopword(i + 1),
                  tokens[i + 2].kind == .punct, [",", ".", ";"].contains(tokens[i + 2].key) else { continue }
            let before = tokens[i - 2].end
            // (The place's mention ends just before the comma: a short backward look, discovery appends in text order.)
            var k = mentions.count - 1, near = false
            while k >= 0, mentions.count - k <= 64, !near {
                near = mentionEnd(k) == before && (mentionType(k) == .place || mentionType(k) == nil && mentionPlaceContext(k))
                k -= 1
            }
            if near || mentions.indices.contains(where: { mentionEnd($0) == before && mentionKnown($0) != nil && mentionType($0) == .place }) { found.append(i) }
        }
        for i in found {
            let (s0, e0) = (tokens[i].start, tokens[i + 1].end)
            var m = mention(i, i + 2, type: .place, evidence: .cue)
            m.placeContext = true
            mentions.removeAll { $0.start >= s0 && $0.end <= e0 }
            mentions.append(m)
        }
    }
}

// MARK: Lists of places and the languages without rules of their own

extension NameFinder {
    /// "passa por Foz do Iguaçu, Cascavel e Ivaiporã", "through Ghanzi and Gobabis", "par Aného,
    /// Grand-Popo et Ouidah", "przez Ełk, Suwałki i Trakiszki": the names listed after a preposition of
    /// passage are the stops of a road, a line or a trade route, places. A list of two counts when both
    /// are one word; three or more always (two people after "por"/"par" = "by" have two words each).
    /// `i` is the first token of one of the listed names.
    func placeListItem(_ i: Int) -> Bool {
        guard i >= 2, tokens[i].script == .latin, isCap(i) else { return false }
        // A list has a separator ("," or a coordinator) right before this item or right after it: without one,
        // the loops below find no second item and no coordinator. (Asked first: nearly every name is no list item.)
        if !tokens[i - 1].keyEquals(","), !listCoordinator(i - 1) {
            let j = listItemEnd(from: i)
            guard j + 1 < tokens.count, tokens[j].keyEquals(",") || listCoordinator(j), isCap(j + 1) else { return false }
        }
        // Backwards: the items before this one, down to the preposition.
        var items = 1, multiWord = false, coordinators = 0
        var k = i - 1
        var foundPreposition = false, foundPlacePreposition = false, knownPlace = false
        while k >= 0, i - k <= 24 {
            if tokens[k].kind != .word && !tokens[k].keyEquals(",") || tokens[k].kind == .word && !tokens[k].capitalized && !listCoordinator(k)
                && !Self.passagePrepositions.contains(tokens[k]) && !lex.placePrepositions.contains(tokens[k])
                && !otherLatinPlaceBefore(k + 1) {
                break   // the list's start without a preposition ("Połączenie Tallinna, Rygi i Wilna")
            }
            if tokens[k].kind == .word, !tokens[k].capitalized, Self.passagePrepositions.contains(tokens[k]) { foundPreposition = true; break }
            // "bij Goes, Kapelle en Hulst", "w Ełku, Suwałkach i Augustowie": a list opened by a place
            // preposition, of one-word names only.
            if tokens[k].kind == .word, !tokens[k].capitalized, k + 1 < i,
               lex.placePrepositions.contains(tokens[k]) || otherLatinPlaceBefore(k + 1) {
                foundPlacePreposition = true; break
            }
            guard tokens[k].keyEquals(",") || listCoordinator(k) else { return false }
            if listCoordinator(k) { coordinators += 1 }
            k -= 1
            // The item before the separator: capitalized words, hyphens and particles inside it.
            var words = 0
            while k >= 0, isCap(k) || tokens[k].keyEquals("-") && !tokens[k].spaceBefore || isConnector(k) && !isCoordinator(k) && k > 0 && isCap(k - 1) {
                if tokens[k].kind == .word { words += 1 }
                k -= 1
            }
            guard words > 0, k >= 0 else { return false }
            if knownPlaceStarts(k + 1) { knownPlace = true } else if words > 1 && !(k + 2 < i && tokens[k + 2].keyEquals("-")) { multiWord = true }
            items += 1
        }
        let opensList = foundPreposition || foundPlacePreposition
        // Forwards: this item and the ones after it.
        var j = i
        while true {
            var words = 0
            let start = j
            j = listItemEnd(from: start)
            for k in start..<j where tokens[k].kind == .word { words += 1 }
            let hyphenated = (start..<j).contains { tokens[$0].keyEquals("-") }
            if j > start, start != i, knownPlaceStarts(start) { knownPlace = true } else if words > 1 && !hyphenated { multiWord = true }
            guard j + 1 < tokens.count, tokens[j].keyEquals(",") || listCoordinator(j), isCap(j + 1) else { break }
            if listCoordinator(j) { coordinators += 1 }
            j += 1
            items += 1
        }
        guard coordinators >= 1 else { return false }
        // "to Durban and Dar es Salaam", "Tallinna, Rygi i Wilna": one-word names listed with a known place.
        if !opensList || foundPlacePreposition { return items >= 2 && !multiWord && (foundPlacePreposition || knownPlace) }
        return items >= 3 || items == 2 && !multiWord
    }

    /// End (exclusive) of the listed name that starts at `start` (see `placeListItem`): its capitalized words,
    /// hyphens inside it, and particles between two of its capitalized words ("Foz do Iguaçu").
    func listItemEnd(from start: Int) -> Int {
        var j = start
        while j < tokens.count, isCap(j) || tokens[j].keyEquals("-") && !tokens[j].spaceBefore
                || isConnector(j) && !isCoordinator(j) && j + 1 < tokens.count && isCap(j + 1) && j > start {
            j += 1
        }
        return j
    }

    /// "and" between listed names: the shared coordinators, and Dutch "en", Polish "i", Indonesian
    /// "dan", Turkish "ve" in those languages only ("en" is French "in", "i" Italian "the").
    func listCoordinator(_ k: Int) -> Bool {
        if isCoordinator(k) { return true }
        // (Every coordinator below has four bytes at most: a longer key is none, whatever the language. The key is
        // probed among them before the language is compared: most words are none.)
        guard tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].keyLength <= 4,
              Self.listCoordinatorKeys.contains(tokens[k]) else { return false }
        switch language {
        case "nl": return tokens[k].keyEquals("en")
        case "pl": return tokens[k].keyEquals("i") || tokens[k].keyEquals("oraz")
        case "id", "ms": return tokens[k].keyEquals("dan")
        case "tr": return tokens[k].keyEquals("ve")
        default: return false
        }
    }

    /// Whether a known place's mention starts at token `k`.
    func knownPlaceStarts(_ k: Int) -> Bool {
        let s0 = tokens[k].start
        var m = mentions.count - 1
        while m >= 0 {   // by index: iterating would copy each mention
            if mentionStart(m) == s0, mentionType(m) == .place, mentionKnown(m) != nil { return true }
            m -= 1
        }
        return false
    }

    /// The keys `listCoordinator` accepts in some language (its `switch`: keep the two in step).
    static let listCoordinatorKeys = KeySet(["en", "i", "oraz", "dan", "ve"])

    /// Every preposition `otherLatinPlaceBefore` accepts in some language (its `switch`: keep the two in step).
    static let otherLatinPlacePrepositionKeys = KeySet(["w", "we", "do", "pod", "nad", "kolo", "miedzy", "naar", "uit", "te", "nabij", "bij",
                                                        "di", "ke", "dari"])

    /// Lowercase prepositions of passage ("through", "via", "por", "par", "über", "przez").
    static let passagePrepositions: WordSet = ["through", "via", "por", "par", "uber", "durch", "attraverso", "przez", "langs", "melalui", "lewat"]

    /// "w Wilnie", "do Warszawy", "naar Rotterdam", "di Jakarta", "ke Seoul": the prepositions
    /// that put a name in a place, in Polish, Dutch and Indonesian (Malay): words of other
    /// languages elsewhere ("di" is Italian "of", "do" Portuguese "of the").
    func otherLatinPlaceBefore(_ i: Int) -> Bool {
        // (The key is probed among all three languages' prepositions before the language is compared: most words are none.)
        guard i > 0, tokens[i - 1].kind == .word, !tokens[i - 1].capitalized,
              Self.otherLatinPlacePrepositionKeys.contains(tokens[i - 1]) else { return false }
        switch language {
        case "pl": return ["w", "we", "do", "pod", "nad", "kolo", "miedzy"].contains(tokens[i - 1].key)
        case "nl": return ["naar", "uit", "te", "nabij", "bij"].contains(tokens[i - 1].key)
        case "id", "ms": return ["di", "ke", "dari"].contains(tokens[i - 1].key)
        default: return false
        }
    }
}

// MARK: Names after a title

extension NameFinder {
    /// Names settled before any other rule reads them: currencies (no name) and datelines (places).
    /// - "GEORGETOWN, Guyana, Sept 18": a capitalized dateline before a country is the place of the dateline
    ///   (long city names fail the acronym test and were dropped).
    mutating func latinNameEarly(_ a: Int, _ b: Int) -> Bool {
        if currencyAbbreviation(a, b) { return true }
        guard a == 0 || tokens[a].newlineBefore, b + 1 < tokens.count, tokens[b].key == ",", isCountry[b + 1], tokens[a].script == .latin,
              b - a <= 3, (a..<b).allSatisfy({ tokens[$0].kind == .word && tokens[$0].allCaps && PlainText.count(tokens[$0].text) >= 3 }) else { return false }
        var m = mention(a, b, type: .place, evidence: .cue)
        m.placeContext = true
        mentions.append(m)
        return true
    }

    /// "US$265 million", "R$ 10", "dolar AS": a country's abbreviation that spells a currency is no
    /// organization (nor the country: a price in dollars does not mention the United States).
    func currencyAbbreviation(_ a: Int, _ b: Int) -> Bool {
        guard b - a == 1, tokens[a].allCaps, tokens[a].script == .latin else { return false }
        if b < tokens.count, tokens[b].key == "$" || tokens[b].text == "$", !tokens[b].spaceBefore { return true }
        return a > 0 && Self.currencyWordsBefore.contains(tokens[a - 1].key)
    }
    static let currencyWordsBefore: WordSet = ["dolar", "dollar", "dollars", "dolares", "dolares", "dolaru", "dolarow"]

    /// "Menteri Investasi Bambang Sutrisno Wibowo", "Gubernur Maluku Utara Hasan Ali Taufik": after a
    /// title, a run of capitalized words may open with the portfolio (skipped) or with the region the
    /// official heads, a name ending in a compass word (Utara, Selatan, Tengah, Barat, Timur: a place of
    /// its own); at least two words must be left for the person. Returns where the person starts, and
    /// appends the region as a place.
    mutating func personAfterTitledRegion(_ a: Int, _ b: Int) -> Int? {
        // ("Groene Groei Jeroen van der Velde": particles inside the person's name.)
        guard b - a >= 3, tokens[a].script == .latin,
              (a..<b).allSatisfy({ tokens[$0].kind == .word && (isCap($0) || $0 > a && isConnector($0) && !isCoordinator($0)) && !isCountry[$0] && !covered[$0] })
        else { return nil }
        var k = a
        while k < b - 2, EntityCues.portfolioKeys.contains(tokens[k].key), !isGivenName(k) { k += 1 }
        if k > a { return k }
        guard let c = (a + 1..<(b - 2)).first(where: { Self.regionCompassWords.contains(tokens[$0].key) }) else { return nil }
        var m = mention(a, c + 1, type: .place, evidence: .cue)
        m.placeContext = true
        mentions.append(m)
        return c + 1
    }
    /// Compass words that end a region's name (Indonesian, Malay, Dutch, Polish, Spanish, Portuguese).
    static let regionCompassWords: WordSet = ["utara", "selatan", "tengah", "barat", "timur", "tenggara", "laut", "daya"]
}

// MARK: Organizations and typing

extension NameFinder {
    /// "la Superintendencia de Bancos y la Autoridad Portuaria Nacional", "the Central Bank and the
    /// Finance Ministry": a coordinator and an article between two capitalized institutions, each with
    /// its keyword, part two bodies. Returns the end of the first and the start of the second.
    func coordinatedInstitutions(_ a: Int, _ b: Int) -> (Int, Int)? {
        guard tokens[a].script == .latin, b - a >= 5 else { return nil }
        var k = a + 1
        while k + 2 < b {
            defer { k += 1 }
            guard listCoordinator(k), tokens[k - 1].kind == .word, tokens[k - 1].capitalized || tokens[k - 1].allCaps,
                  Self.articlesAfterCoordinator.contains(tokens[k + 1].key), !tokens[k + 1].capitalized,
                  isCap(k + 2), orgKeyword(at: k + 2) != nil, !isCountry[k + 2],
                  (a..<k).contains(where: { orgKeyword(at: $0) != nil && !isCountry[$0] }) else { continue }
            return (k, k + 2)
        }
        return nil
    }
    static let articlesAfterCoordinator: WordSet = ["the", "la", "el", "los", "las", "le", "les", "a", "o", "os", "as", "il", "lo", "die", "der", "das", "de", "het"]

    /// "Menurut Kementerian Energi …", "Het Havenbedrijf Rotterdam …": a sentence-initial function word
    /// (never capitalized in mid-sentence in this article) before an institution's keyword is no part
    /// of its name. Words that open names themselves ("Central", "National", "People's") stay.
    func openerBeforeInstitution(_ a: Int, _ b: Int) -> Int {
        guard a + 1 < b, language != "de", tokens[a].sentenceStart, tokens[a].kind == .word, tokens[a].script == .latin,
              isStopword(a), !midCaps.contains(tokens[a].key), orgKeyword(at: a) == nil, titleMatch(at: a) == nil,
              !Self.nameOpeningStopwords.contains(tokens[a].key), isCap(a + 1), orgKeyword(at: a + 1) != nil else { return a }
        return a + 1
    }
    static let nameOpeningStopwords: WordSet = ["central", "national", "international", "people", "people's", "republic", "federal",
                                                "state", "royal", "north", "south", "east", "west", "northern", "southern", "eastern", "western"]

    /// "Minister of Housing and Public Works Thandiwe Moyo": a group of portfolio words after a title
    /// and "of", followed by "and" or a comma and more capitalized words, does not end the title's reach.
    func portfolioGoesOn(_ a: Int, _ b: Int) -> Bool {
        // ("Vizeminister für Industrie und Bau, Olzhas Bekow": German "für", French "au" before the portfolio.)
        guard a > 0, b + 1 < tokens.count, tokens[a].script == .latin, isConnector(a - 1) || listCoordinator(a - 1) || tokens[a - 1].key == ","
                || Self.portfolioOpeners.contains(tokens[a - 1].key) && !tokens[a - 1].capitalized,
              listCoordinator(b) || tokens[b].key == ",", isCap(b + 1) else { return false }
        return (a..<b).allSatisfy { k in tokens[k].kind != .word || isConnector(k) || EntityCues.portfolioKeys.contains(tokens[k].key) }
    }

    /// "Guyanese Public Works Minister …": portfolio words right before a title are the title's field, no body.
    func portfolioBeforeTitle(_ a: Int, _ b: Int) -> Bool {
        guard b < tokens.count, tokens[a].script == .latin, titleMatch(at: b) != nil else { return false }
        return (a..<b).allSatisfy { k in isCountry[k] || tokens[k].kind != .word || isConnector(k) || EntityCues.portfolioKeys.contains(tokens[k].key) }
    }

    /// Types some names no other rule typed, and appends them: returns whether it did.
    /// - "PKP PLK", "LTG Infra", "ABN Amro": a name opening with an acronym is an organization's;
    /// - "Jawa Barat", "Sulawesi Tenggara": a name ending in a compass word is a region;
    /// - "Villalobos" after "Laura Villalobos Quesada": in Spanish and Portuguese the first of two
    ///   surnames alone refers to the person.
    mutating func latinNameTyped(_ a: Int, _ b: Int, words: [Int], personCue: Bool) -> Bool {
        guard let first = words.first, tokens[first].script == .latin else { return false }
        // "Netbeheerder Gasunie", "Konzern Voestalpine": a sentence-initial company noun before the name.
        // (Not before a given name, nor after nouns that also name a person's trade: "Producer Jane Campion".)
        if words.count >= 2, tokens[first].sentenceStart, Self.companyNounsBefore.contains(tokens[first]),
           !midCaps.contains(tokens[first]),
           !["producer", "developer", "exporter", "shipper", "retailer"].contains(tokens[first].key), !isGivenName(words[1]) {
            mentions.append(mention(words[1], b, type: .organization, evidence: .cue))
            return true
        }
        // (After a title too: "econoom bij ABN Amro"; a shouted name, every word in capitals, is no acronym.)
        if words.count >= 2, !personCue || PlainText.count(tokens[first].text) >= 3 && !tokens[words[1]].allCaps,
           tokens[first].allCaps, PlainText.count(tokens[first].text) >= 2, !isCountry[first], tokens[words[1]].spaceBefore,
           !lex.acronymStoplist.contains(tokens[first].text), !(a == 0 || tokens[a].newlineBefore) {
            mentions.append(mention(a, b, type: .organization, evidence: .cue))
            return true
        }
        if words.count >= 2, let last = words.last, Self.regionCompassWords.contains(tokens[last]) {
            // "Kalimantan Timur dan Nusa Tenggara Barat": two regions joined by "and" (a connector in names).
            if let c = (a..<b).first(where: { listCoordinator($0) && $0 > a && Self.regionCompassWords.contains(tokens[$0 - 1].key) }), c + 1 < b {
                var m = mention(a, c, type: .place, evidence: .cue)
                m.placeContext = true
                mentions.append(m)
                emitName(c + 1, b, personCue: false, placeContext: true)
                return true
            }
            var m = mention(a, b, type: .place, evidence: .cue)
            m.placeContext = true
            mentions.append(m)
            return true
        }
        if words.count == 1, language == "es" || language == "pt", !tokens[first].allCaps {
            let key = tokens[first].key
            var k = mentions.count - 1
            while k >= 0, mentions.count - k <= 64 {
                let w = mentionWords(k)
                if mentionType(k) == .person, w.count >= 3, w[w.count - 2] == key {
                    var m = mention(a, b, type: .person, evidence: .cue)
                    (m.variants, m.surface, m.words) = ([m.surface], mentionSurface(k), w)
                    mentions.append(m)
                    return true
                }
                k -= 1
            }
        }
        return false
    }
}

extension NameFinder {
    /// "Prime Minister Anthony Albanese", "Rene Russo", "Frances Arnold": Italian and Portuguese adjectives
    /// of origin (albanese, russo, francês) that are also surnames or given names count as the country only
    /// in lowercase, or capitalized at a sentence's start in an article of their own language.
    func surnameLikeAdjective(_ a: Int) -> Bool {
        guard tokens[a].capitalized, tokens[a].script == .latin, Self.surnameAdjectives.contains(tokens[a].key) else { return false }
        return !tokens[a].sentenceStart || !["it", "pt", "es"].contains(language)
    }
    static let surnameAdjectives: WordSet = ["albanese", "russo", "frances", "ingles", "romano", "turco", "cubano", "moreno", "greco", "serbo"]
}

// MARK: After discovery

extension NameFinder {
    /// "für den Mittelstand": the German article "den" folds like the Vietnamese "đến" (to), a place
    /// preposition; "tới", "thăm", "tại" likewise. Outside Vietnamese text these keys are other words.
    /// (German "in den Alpen", "über den Hafen": after a place preposition the article keeps the place reading.)
    func vietnameseFoldedPreposition(_ k: Int) -> Bool {
        guard language != "vi", Self.vietnameseFoldedKeys.contains(tokens[k].key) else { return false }
        if language == "de", k > 0, ["in", "uber", "aus", "an", "auf", "durch", "nach"].contains(tokens[k - 1].key) { return false }
        return true
    }
    static let vietnameseFoldedKeys: WordSet = ["den", "toi", "tham", "tai"]

    mutating func latinPostPass() {
        dottedInitialsOfNames()
        // (Not in Slavic text itself, where every other lowercase word has a caron.)
        if ["en", "fr", "es", "pt", "it", "de", "nl", "id", "ms"].contains(language) { slavicLowercaseWordsInNames() }
        if language == "de" { lowercaseBrandsBeforeInstitutions() }
        knownAcronymBeforeInstitution()
        legalFormAfterCo()
        czechSlovakLegalForms()
        if language == "en" { economicZonesAfterNames(); akimatsOfPlaces() }
    }

    /// "Ningbo Haitong Textile Co., Ltd.", "Mondul Cashew Export Co., Ltd.": a company read up to its
    /// "Co" keeps the ", Ltd." that follows (the full legal name; the comma had ended the name).
    mutating func legalFormAfterCo() {
        guard articleHas(Self.legalFormAfterCoCues) else { return }
        for k in mentions.indices where mentionType(k) == .organization && mentionKnown(k) == nil {
            // (The last token first: most organizations end in no "Co".)
            guard var t = tokenIndex(containing: mentionEnd(k) - 1), tokens[t].end == mentionEnd(k), Token.keyEquals(tokens[t].text, "Co") || Token.keyEquals(tokens[t].text, "Co."),
                  let a = tokenIndex(containing: mentionStart(k)) else { continue }
            if Token.keyEquals(tokens[t].text, "Co"), t + 1 < tokens.count, tokens[t + 1].keyEquals("."), !tokens[t + 1].spaceBefore { t += 1 }
            guard t + 2 < tokens.count, tokens[t + 1].keyEquals(","), tokens[t + 2].kind == .word,
                  tokens[t + 2].keyEquals("ltd") || tokens[t + 2].keyEquals("limited") else { continue }
            var e = t + 3
            if e < tokens.count, tokens[e].keyEquals("."), !tokens[e].spaceBefore { e += 1 }
            var m = mention(a, e, type: .organization, evidence: .cue)
            m.variants = mentions[k].variants
            mentions[k] = m
        }
    }

    /// The gate of `legalFormAfterCo`: the "Ltd"/"Limited" it keeps.
    static let legalFormAfterCoCues = KeySet(["ltd", "limited"])

    /// "Vodíková sieť a.s.", "Tatra Logistik s.r.o.": a Czech or Slovak legal form (a.s., s.r.o., k.s., v.o.s.)
    /// closes a company's name, which runs back over lowercase words (one at least with a diacritic: the
    /// description in Czech or Slovak) to its capitalized words. The pieces discovery read become one organization.
    mutating func czechSlovakLegalForms() {
        guard articleHas(Self.czechSlovakLegalFormCues) else { return }
        var k = 1
        while k + 3 < tokens.count {
            defer { k += 1 }
            // (One UTF-16 unit first: a one-byte word has one, and the test reads no string.)
            guard tokens[k].kind == .word, tokens[k].spaceBefore, !tokens[k].capitalized, tokens[k].end - tokens[k].start == 1, tokens[k].text.utf8.count == 1,
                  let e = czechSlovakLegalFormEnd(k) else { continue }
            var a = k
            var sawLower = false, diacritic = false
            while a > 0, k - a < 6, tokens[a - 1].kind == .word, tokens[a - 1].script == .latin, !tokens[a].newlineBefore {
                let w = tokens[a - 1]
                if w.capitalized || w.allCaps {
                    if isCountry[a - 1] || isStopword(a - 1) || Self.companyNouns.contains(w.key) || w.sentenceStart && a - 1 < k - 1 && !tokens[a].capitalized { break }
                    if w.text.unicodeScalars.contains(where: { $0.value >= 0xC0 }) { diacritic = true }
                } else {
                    if a < k && (tokens[a].capitalized || tokens[a].allCaps) { break }   // lowercase words only before the capitalized ones end
                    sawLower = true
                    if w.text.unicodeScalars.contains(where: { $0.value >= 0xC0 }) { diacritic = true }
                }
                a -= 1
            }
            while a < k, !(tokens[a].capitalized || tokens[a].allCaps) { a += 1 }
            guard a < k, !sawLower || diacritic else { continue }
            let (s0, e0) = (tokens[a].start, tokens[e - 1].end)
            if mentions.indices.contains(where: { mentionStart($0) < s0 && mentionEnd($0) > s0 }) { k = e - 1; continue }
            mentions.removeAll { $0.start >= s0 && $0.end <= e0 && $0.type != .country }
            mentions.append(mention(a, e, type: .organization, evidence: .cue))
            k = e - 1
        }
    }

    /// End (exclusive) of "a.s.", "s.r.o.", "k.s." or "v.o.s." starting at word `k`, else nil.
    func czechSlovakLegalFormEnd(_ k: Int) -> Int? {
        for form in Self.czechSlovakLegalForms {
            var j = k
            var ok = true
            for (n, letter) in form.enumerated() {
                guard j + 1 < tokens.count, tokens[j].kind == .word, Token.keyEquals(tokens[j].key, letter), n == 0 || !tokens[j].spaceBefore,
                      tokens[j + 1].keyEquals("."), !tokens[j + 1].spaceBefore else { ok = false; break }
                j += 2
            }
            if ok, j >= tokens.count || tokens[j].kind != .word || tokens[j].spaceBefore { return j }
        }
        return nil
    }
    static let czechSlovakLegalForms: [[StaticString]] = [["a", "s"], ["s", "r", "o"], ["k", "s"], ["v", "o", "s"]]
    /// The gate of `czechSlovakLegalForms`: every form has an "s" (a word of its own, between dots).
    static let czechSlovakLegalFormCues = KeySet(["s"])

    /// "the Grodnoinvest free economic zone", "the Bautino special economic zone": a capitalized name right
    /// before a lowercase "free/special economic zone" names the zone, a place (the name alone may be a town's).
    mutating func economicZonesAfterNames() {
        guard articleHas(Self.economicZoneEconomic), articleHas(Self.economicZoneZone) else { return }
        var k = 1
        while k + 2 < tokens.count {
            defer { k += 1 }
            // ("economic" first: a byte comparison, where the qualifier is a set look-up per lowercase word.)
            guard tokens[k].kind == .word, !tokens[k].capitalized, tokens[k + 1].keyEquals("economic"),
                  Self.zoneQualifiers.contains(tokens[k].key), tokens[k + 2].keyEquals("zone"),
                  tokens[k - 1].kind == .word, tokens[k - 1].capitalized, tokens[k - 1].script == .latin, !isCountry[k - 1],
                  !isStopword(k - 1) else { continue }
            var a = k - 1
            while a > 0, a > k - 4, tokens[a - 1].kind == .word, tokens[a - 1].capitalized, tokens[a - 1].script == .latin,
                  !isCountry[a - 1], !isStopword(a - 1), !tokens[a].sentenceStart, titleMatch(at: a - 1) == nil { a -= 1 }
            let (s0, e0) = (tokens[a].start, tokens[k + 2].end)
            if mentions.indices.contains(where: { mentionStart($0) < s0 && mentionEnd($0) > s0 || mentionStart($0) < e0 && mentionEnd($0) > e0 }) { continue }
            mentions.removeAll { $0.start >= s0 && $0.end <= e0 && $0.type != .country }
            var m = mention(a, k + 3, type: .place, evidence: .cue)
            m.placeContext = true
            mentions.append(m)
            k += 2
        }
    }
    static let zoneQualifiers: WordSet = ["free", "special"]
    /// The gates of `economicZonesAfterNames`: both words of "economic zone".
    static let economicZoneEconomic = KeySet(["economic"]), economicZoneZone = KeySet(["zone"])

    /// "the akimat of Turkestan region", "the Akimat of Shymkent city": a Kazakh local government is an
    /// organization, the place it governs with it (the place's own mentions elsewhere stay places).
    mutating func akimatsOfPlaces() {
        guard articleHas(Self.akimatCues) else { return }
        var k = 0
        while k + 2 < tokens.count {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].keyEquals("akimat"), tokens[k + 1].keyEquals("of"), isCap(k + 2) else { continue }
            var e = k + 2
            while e < tokens.count, e < k + 5, tokens[e].kind == .word, isCap(e), !isCountry[e] { e += 1 }
            guard e > k + 2 else { continue }
            if e < tokens.count, tokens[e].kind == .word, !tokens[e].capitalized, Self.akimatUnits.contains(tokens[e].key) { e += 1 }
            let (s0, e0) = (tokens[k].start, tokens[e - 1].end)
            if mentions.indices.contains(where: { mentionStart($0) < s0 && mentionEnd($0) > s0 || mentionStart($0) < e0 && mentionEnd($0) > e0 }) { continue }
            mentions.removeAll { $0.start >= s0 && $0.end <= e0 && $0.type != .country }
            mentions.append(mention(k, e, type: .organization, evidence: .cue))
            k = e - 1
        }
    }
    static let akimatUnits: WordSet = ["region", "oblast", "district", "city"]
    /// The gate of `akimatsOfPlaces`.
    static let akimatCues = KeySet(["akimat"])

    /// "OPEC Fund for International Development", "ASEAN Development Fund": an organization spelled as an
    /// acronym, right before a discovered organization that opens with its keyword, names one longer body.
    mutating func knownAcronymBeforeInstitution() {
        var k = 0
        while k < mentions.count {
            defer { k += 1 }
            guard mentionType(k) == .organization, mentionWordCount(k) == 1 else { continue }   // (before copying the mention)
            // (Counted without grapheme breaking for a plain surface, and tested before the mention is copied.)
            guard PlainText.count(mentionSurface(k)) >= 3, MentionGrouper.isAcronym(mentionSurface(k)) else { continue }
            let m = mentions[k]
            guard
                  let t = tokenIndex(containing: m.end - 1), tokens[t].end == m.end, t + 1 < tokens.count, tokens[t + 1].spaceBefore,
                  tokens[t + 1].kind == .word, tokens[t + 1].script == .latin, tokens[t + 1].capitalized, !isCountry[t + 1],
                  let o = mentions.indices.first(where: { mentionStart($0) == tokens[t + 1].start && mentionType($0) == .organization && mentionKnown($0) == nil }) else { continue }
            let other = mentions[o]
            var merged = mention(t, t + 1, type: .organization, evidence: .cue)
            merged.start = m.start
            merged.end = other.end
            merged.surface = m.surface + " " + other.surface
            merged.words = m.words + other.words
            mentions[o] = merged
            mentions.remove(at: k)
            k -= 1
        }
    }

    /// "B.C. Premier …" after "British Columbia", "U.A.E." after "United Arab Emirates" is a country's
    /// business: dotted initials that spell the words of a place or an organization named in the same
    /// article are another name of it, not an organization of their own.
    mutating func dottedInitialsOfNames() {
        for k in mentions.indices where mentionType(k) != .country && mentionKnown(k) == nil {
            // (Byte tests first, each needed by the checks below: 3 to 12 scalars take 3 to 48 bytes, and
            // a "." has its byte; most names have none, and are not copied into a scalar array.)
            let n8 = mentionSurface(k).utf8.count
            guard n8 >= 3, n8 <= 48, Self.utf8Contains(mentionSurface(k), 0x2E) else { continue }
            let surface = mentionSurface(k)
            let scalars = Array(surface.unicodeScalars)
            guard scalars.count >= 3, scalars.count <= 12, surface.contains("."),
                  scalars.allSatisfy({ $0 == "." || $0.properties.isUppercase }) else { continue }
            let letters = scalars.filter { $0 != "." }.map { String($0).lowercased() }
            guard letters.count >= 2, letters.count * 2 >= scalars.count - 1 else { continue }
            guard let o = firstMentionIndex(where: { m in
                (m.type == .place || m.type == .organization) && m.words.count == letters.count
                    && zip(m.words, letters).allSatisfy { w, l in TextFolding.key(String(w.prefix(1))) == TextFolding.key(l) }
            }) else { continue }
            let other = mentions[o]
            mentions[k].type = other.type
            mentions[k].evidence = .cue
            (mentions[k].variants, mentions[k].surface, mentions[k].words) = ([surface], other.surface, other.words)
        }
    }

    /// "vom ifo Institut", "beim ifo Institut": a short lowercase word that is no German function word and
    /// has no adjective ending, between an article and an institution's keyword, is the institution's
    /// name written in lowercase (a brand); the two make the organization.
    mutating func lowercaseBrandsBeforeInstitutions() {
        var k = 1
        while k + 1 < tokens.count {
            defer { k += 1 }
            let t = token(k)
            guard t.kind == .word, !t.capitalized, !t.allCaps, t.script == .latin, t.key.utf8.count >= 2, t.key.utf8.count <= 5,
                  t.text.utf8.allSatisfy({ $0 < 0x80 }), Self.germanArticlesBeforeBrands.contains(tokens[k - 1].key),
                  !Self.germanFunctionWords.contains(t.key), !Self.hasAnySuffix(t.key, ["e", "en", "er", "es", "em"]),
                  isCap(k + 1), !covered[k + 1], orgKeyword(at: k + 1).map({ $0.length == 1 }) == true, tokens[k + 1].spaceBefore else { continue }
            let end = k + 2 < tokens.count && tokens[k + 2].kind == .word && tokens[k + 2].capitalized && tokens[k + 2].spaceBefore && !covered[k + 2]
                && !isCountry[k + 2] && !isStopword(k + 2) ? k + 3 : k + 2
            let (s0, e0) = (t.start, tokens[end - 1].end)
            if mentions.indices.contains(where: { mentionStart($0) <= s0 && mentionEnd($0) >= e0 }) { continue }
            mentions.removeAll { $0.start >= s0 && $0.end <= e0 && $0.type != .country }
            mentions.append(mention(k, end, type: .organization, evidence: .cue))
        }
    }
    static let germanArticlesBeforeBrands: WordSet = ["vom", "beim", "zum", "das", "des", "dem", "der", "im", "am"]
    static let germanFunctionWords: WordSet = ["fur", "von", "bei", "mit", "aus", "nach", "uber", "unter", "gegen", "ohne", "durch", "um", "zu",
                                               "vor", "seit", "wie", "als", "und", "oder", "auch", "noch", "nur", "so", "sehr", "bis", "ab",
                                               "neu", "alt", "hoch", "kaum", "fast", "ganz", "zwei", "drei", "vier", "sechs", "acht", "elf"]
}

extension NameFinder {
    /// "la compagnie Infrastruktura železnice Srbije", "the carrier České dráhy": Czech, Slovak and South
    /// Slavic institutions capitalize only their first word; in an article of another language a lowercase
    /// word with a caron (č, š, ž, ř, ě, ů, ď, ť, ň) right after a name and before another capitalized word
    /// (or a company noun's name) belongs to that name. The pieces discovery read become one organization.
    mutating func slavicLowercaseWordsInNames() {
        var k = 1
        while k < tokens.count {
            defer { k += 1 }
            // (Fields read in place, the word before tested before the caron: no token copied per word.)
            guard tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].script == .latin, tokens[k].spaceBefore,
                  tokens[k - 1].kind == .word, tokens[k - 1].capitalized, tokens[k - 1].script == .latin, Self.hasCaron(tokens[k].text) else { continue }
            var end = k + 1
            while end < tokens.count, tokens[end].kind == .word, tokens[end].script == .latin, tokens[end].spaceBefore,
                  tokens[end].capitalized && !isStopword(end) || !tokens[end].capitalized && Self.hasCaron(tokens[end].text) { end += 1 }
            var start = k - 1
            while start > 0, tokens[start - 1].kind == .word, tokens[start - 1].capitalized, tokens[start - 1].script == .latin,
                  !isStopword(start - 1), !isCountry[start - 1], tokens[start].spaceBefore { start -= 1 }
            guard end > k + 1 || companyNounBefore(start) else { continue }
            let (s0, e0) = (tokens[start].start, tokens[end - 1].end)
            mentions.removeAll { $0.start >= s0 && $0.end <= e0 && $0.type != .country }
            mentions.append(mention(start, end, type: .organization, evidence: .cue))
            k = end
        }
    }
    /// Whether `text` has one of č š ž ř ě ů ď ť ň (either case). Asked of every lowercase
    /// Latin word: a scan of the letter list per scalar was 8 % of extraction, so words with
    /// no byte of Latin Extended-A (lead bytes 0xC4, 0xC5, where all of them are) stop at once.
    static func hasCaron(_ text: String) -> Bool {
        guard text.utf8.contains(where: { $0 == 0xC4 || $0 == 0xC5 }) else { return false }
        return text.unicodeScalars.contains { caronLetters.contains($0.value) }
    }

    /// č š ž ř ě ů ď ť ň and their capitals.
    static let caronLetters: Set<UInt32> = [0x10D, 0x161, 0x17E, 0x159, 0x11B, 0x16F, 0x10F, 0x165, 0x148,
                                            0x10C, 0x160, 0x17D, 0x158, 0x11A, 0x16E, 0x10E, 0x164, 0x147]
}
