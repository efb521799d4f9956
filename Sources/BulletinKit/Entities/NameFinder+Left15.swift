import Foundation

/// General German and Spanish patterns behind the leftovers of the es/de sets (holdout23, holdout7; session 15). One pass,
/// run after refineLeftovers14. Each rule is gated on its language and then on a hashed key, a word ending or a token
/// kind, so an article of another language pays two flag tests.
extension NameFinder {
    mutating func refineLeft15() {
        if lang.de { l15German() }
        if lang.es { l15Spanish() }
        if lang.de || lang.es { l15DatelineAgency() }
    }

    // MARK: - Tables

    /// German nouns for a national of a country, in their singular, weak or plural form and feminine ("den Kroaten",
    /// "der Österreicher", "die Schwedin"), with the country's code: a demonym before two names is that person's nationality.
    static let l15GermanDemonymCodes: [String: String] = {
        // Weak nouns in -e: base, base + n, stem + in.
        let weak: [(String, String)] = [("kroate", "HR"), ("franzose", "FR"), ("brite", "GB"), ("russe", "RU"), ("serbe", "RS"),
            ("slowene", "SI"), ("slowake", "SK"), ("tscheche", "CZ"), ("dane", "DK"), ("schwede", "SE"), ("finne", "FI"), ("turke", "TR"),
            ("grieche", "GR"), ("portugiese", "PT"), ("chinese", "CN"), ("bulgare", "BG"), ("rumane", "RO"), ("schotte", "GB"), ("afghane", "AF"),
            ("libanese", "LB"), ("chilene", "CL"), ("lette", "LV"), ("senegalese", "SN"), ("ire", "IE"), ("pole", "PL")]
        // Nouns in -er (and a few others): base, base + n, base + in.
        let er: [(String, String)] = [("osterreicher", "AT"), ("schweizer", "CH"), ("italiener", "IT"), ("spanier", "ES"), ("amerikaner", "US"),
            ("niederlander", "NL"), ("belgier", "BE"), ("norweger", "NO"), ("brasilianer", "BR"), ("argentinier", "AR"), ("japaner", "JP"),
            ("bosnier", "BA"), ("ukrainer", "UA"), ("kanadier", "CA"), ("australier", "AU"), ("mexikaner", "MX"), ("kolumbianer", "CO"),
            ("nigerianer", "NG"), ("marokkaner", "MA"), ("algerier", "DZ"), ("agypter", "EG"), ("iraner", "IR"), ("georgier", "GE"),
            ("albaner", "AL"), ("luxemburger", "LU"), ("liechtensteiner", "LI"), ("litauer", "LT"), ("islander", "IS"), ("uruguayer", "UY"),
            ("peruaner", "PE"), ("venezolaner", "VE"), ("ecuadorianer", "EC"), ("kameruner", "CM"), ("ghanaer", "GH"), ("ivorer", "CI"),
            ("sudafrikaner", "ZA"), ("neuseelander", "NZ"), ("sudkoreaner", "KR"), ("inder", "IN"), ("pakistaner", "PK"), ("iraker", "IQ"),
            ("syrer", "SY"), ("tunesier", "TN"), ("montenegriner", "ME"), ("nordmazedonier", "MK"), ("mazedonier", "MK"), ("ungar", "HU"),
            ("slowenier", "SI"), ("kosovare", "XK"), ("israeli", "IL"), ("estlander", "EE"), ("dominikaner", "DO"), ("kubaner", "CU")]
        var d: [String: String] = ["franzosin": "FR"]
        for (b, c) in weak { d[b] = c; d[b + "n"] = c; d[String(b.dropLast()) + "in"] = c }
        for (b, c) in er { d[b] = c; d[b + "n"] = c; d[b + "in"] = c }
        return d
    }()
    static let l15GermanDemonyms = KeySet(Array(l15GermanDemonymCodes.keys))
    /// Lowercase determiners before a demonym or a body ("den Kroaten", "dem Institut", "beim Bundesamt").
    static let l15GermanDefinite = KeySet(["der", "die", "das", "dem", "den", "des", "am", "im", "vom", "zum", "zur", "beim", "ins", "ans", "einen",
        "einem", "ein", "eine", "einer", "dieser", "diesem", "diesen"])
    /// Definite determiners and contractions before a named body ("dem Institut", "am Zentrum", "an die Zentralstelle"); an
    /// indefinite one makes a kind of body ("ein Zentrum für Senioren").
    static let l15GermanFurDefinite = KeySet(["der", "die", "das", "dem", "den", "des", "am", "im", "vom", "zum", "zur", "beim", "ins", "ans"])
    /// Heads of a body named by its field after "für" ("Zentrum für …", "Zentralstelle für …", "Institut für …", "Bundesamt für …").
    static let l15GermanFurHeads = ["zentrum", "zentrums", "institut", "instituts", "stelle", "amt", "amts", "amtes", "anstalt", "ministerium",
        "ministeriums", "kommission", "akademie", "stiftung", "verband", "verbands", "verein", "vereins", "gesellschaft", "klinik", "behorde", "agentur",
        "forum", "netzwerk", "bundnis", "rat", "rats", "beirat", "kammer", "fonds", "labor", "labors", "hochschule", "schule", "archiv"]
    /// Lowercase words that go on inside such a body's field ("… im Gesundheitswesen", "… der Universität Bern", "… und Umwelt").
    static let l15GermanFurLinks = KeySet(["im", "der", "des", "und", "fur", "am"])
    /// Time words that end a name ("im Mai", "Anfang", "Ende").
    static let l15GermanTimeWords = KeySet(["januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
        "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "anfang", "ende", "mitte", "jahr", "jahres",
        "fruhjahr", "sommer", "herbst", "winter", "vorjahr", "mitglieder", "vertreter", "sprecher", "sprecherin", "chef", "chefin"])
    /// Sports clubs' abbreviations before a town ("VfR Eppingen", "TSV Havelse", "SpVgg Unterhaching").
    static let l15GermanClubAcronyms = KeySet(["vfr", "vfb", "vfl", "sv", "tsv", "fc", "sc", "spvgg", "tus", "fsv", "tsg", "ssv", "ksv", "djk", "bsc",
        "esv", "sgv", "asv", "fv", "mtv", "svw", "sge", "hsg", "thw", "tsv", "vfr", "bvb"])
    /// Club words before a town or after a city's adjective ("Kickers Emden", "Stuttgarter Kickers", "Eintracht Trier").
    static let l15GermanClubWords = KeySet(["kickers", "borussia", "eintracht", "fortuna", "alemannia", "arminia", "viktoria", "germania", "hertha",
        "sportfreunde", "preussen", "rot-weiss", "concordia", "teutonia", "olympia"])
    /// Second parts of a hyphenated stadium or hall ("Ostalb-Stadion", "Rhein-Neckar-Arena", "Sparkassen-Halle").
    static let l15GermanVenues = KeySet(["stadion", "stadions", "halle", "arena", "sporthalle", "stadthalle", "festhalle", "eishalle", "sportpark",
        "sportplatz", "eisstadion", "waldstadion", "sportzentrum", "kampfbahn"])
    /// Prefixes and heads of a one-word national body ("Bundesgerichtshof", "Nationalrat", "Ständerat", "Bundeskartellamt").
    static let l15GermanNationalPrefixes = ["bundes", "national", "stande"]
    static let l15GermanNationalHeads = ["gerichtshof", "gericht", "finanzhof", "rechnungshof", "rat", "tag", "versammlung", "anwaltschaft",
        "kartellamt", "kriminalamt", "polizei", "bank", "archiv", "kanzleramt", "verfassungsschutz", "wehr", "heer", "netzagentur", "theater", "museum"]
    /// Heads of a bank's or an insurer's compound name ("Centrobank", "Kreditbank", "Versicherung").
    static let l15GermanFinanceHeads = ["bank", "kasse", "versicherung", "versicherer"]
    /// Company nouns after a hyphen ("Verbund-Konzern", "Bosch-Gruppe").
    static let l15GermanCompanyHeads = KeySet(["konzern", "konzerns", "gruppe", "holding", "konzernchef", "chef", "werk", "werke", "tochter", "aktie", "aktien"])
    /// Fields that make such a compound a kind of company ("Chemie-Konzern", "Energie-Gruppe").
    static let l15GermanFieldWords = KeySet(["chemie", "energie", "pharma", "auto", "stahl", "medien", "ol", "tabak", "rustungs", "lebensmittel", "handels",
        "bau", "agrar", "tech", "internet", "software", "elektro", "touristik", "reise", "luftfahrt", "mode", "sport", "spielwaren", "strom", "gas",
        "mineralol", "versicherungs", "banken", "finanz", "it", "e", "bio", "online", "muster", "mutter", "dax", "mdax", "atx", "team", "partei",
        "fraktion", "vereins", "club", "klub", "verbands", "landes", "bundes", "stadt", "kreis", "firmen", "unternehmens", "familien", "staats"])
    /// Compound heads of a commission, an agency or an authority ("Elektrizitätskommission", "Landesanstalt").
    static let l15GermanAuthorityHeads = ["kommission", "anstalt", "agentur", "behorde", "aufsicht", "direktion"]
    /// Group nouns before a band's, a publisher's, a festival's or a union's name ("Band Pongauer Föhn", "Gewerkschaft PRO-GE").
    static let l15GermanGroupNouns = KeySet(["band", "verlag", "festival", "gewerkschaft", "chor", "ensemble", "orchester", "theatergruppe",
        "musikgruppe", "kabarettgruppe", "kollektiv"])
    /// Nouns after "aus" that give a reason, not a home town ("aus Angst", "aus Protest").
    static let l15GermanAusNouns = KeySet(["angst", "sorge", "sorgen", "protest", "rucksicht", "furcht", "liebe", "mangel", "spass", "wut", "respekt",
        "sicht", "tradition", "prinzip", "versehen", "neugier", "frust", "trotz", "scham", "not", "leidenschaft", "dank", "kostengrunden", "zeitgrunden",
        "grunden", "solidaritat", "mitleid", "eifersucht", "rache", "notwehr", "gewohnheit", "uberzeugung"])
    /// Connectors listing a place with another ("in Celle und Uelzen", "Buchs oder Sargans").
    static let l15GermanAnd = KeySet(["und", "oder", "sowie"])

    @inline(__always) func l15Key(_ k: Int, _ set: KeySet) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && set.contains(tokens[k])
    }

    @inline(__always) func l15Lower(_ k: Int, _ set: KeySet) -> Bool { l15Key(k, set) && !tokens[k].capitalized }

    /// A capitalized Latin word that may be a name (an acronym too: "PRO-GE"), not a time word or a country.
    func l15NameWord(_ k: Int) -> Bool {
        k < tokens.count && h15CapLatin(k) && !isCountry[k] && !l15Key(k, Self.l15GermanTimeWords) && !h23Key(k, Self.h23GermanDeterminers)
    }

    /// The unknown mention whose span covers exactly tokens `a..<b`, if any.
    func l15MentionIndex(_ a: Int, _ b: Int) -> Int? {
        let (s, e) = (tokens[a].start, tokens[b - 1].end)
        return firstMentionIndex { $0.start == s && $0.end == e }
    }

    // MARK: - German

    mutating func l15German() {
        let n = tokens.count
        var k = 0
        var adds: [Mention] = []
        var countries: [Mention] = []
        var clubs: [Mention] = []
        var shortNames: [String] = []
        while k < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin, tokens[k].capitalized else {
                // "über die Ufer": the river named by "die X" earlier in the clause ("nachdem die Ilm an mehreren Stellen über die Ufer trat").
                if k >= 2, tokens[k].kind == .word, keyIs(k, "ufer"), keyIs(k - 1, "die"), keyIs(k - 2, "uber") { l15RiverBefore(k - 2, &adds) }
                continue
            }
            let key = tokens[k].key
            if keyIs(k, "ufer"), k >= 2, keyIs(k - 1, "die"), keyIs(k - 2, "uber") { l15RiverBefore(k - 2, &adds); continue }
            // "den Kroaten Luka Perković", "der Österreicher Max Gruber": a demonym, then exactly two names, is a person of that country.
            if k >= 1, k + 2 < n, l15Lower(k - 1, Self.l15GermanDefinite), l15Key(k, Self.l15GermanDemonyms), let code = Self.l15GermanDemonymCodes[key],
               tokens[k + 1].spaceBefore, h23GermanNameWord(k + 1), let f = h23NameEnd(k + 1), f < n, tokens[f].spaceBefore, h23GermanNameWord(f),
               let e = h23NameEnd(f), !(e < n && h15CapLatin(e)), !h19InKnown(k + 1), !h19InKnown(f) {
                adds.append(mention(k + 1, e, type: .person, evidence: .cue))
                if !isCountry[k] { countries.append(mention(k, k + 1, type: .country, evidence: .known, code: code)) }
                k = e - 1
                continue
            }
            // "die Zentralstelle für Korruptionsbekämpfung im Gesundheitswesen", "dem Institut für Klinische Chemie der Universität
            // Bern", "am Zentrum für Präzisionsonkologie Aaretal": a body's head after a determiner, "für" and a capitalized field.
            if k + 2 < n, keyIs(k + 1, "fur"), !tokens[k + 1].capitalized, h15CapLatin(k + 2), h23Ends(k, Self.l15GermanFurHeads) {
                var a = k
                // "das Deutsche Institut für …": an adjective before the head belongs to it.
                if a >= 2, h15CapLatin(a - 1), Self.hasAnySuffix(tokens[a - 1].key, ["e", "en", "es", "er"]),
                   l15Key(a - 2, Self.l15GermanFurDefinite), !l15Key(a - 1, Self.l15GermanDefinite) { a -= 1 }
                guard a >= 1 && l15Key(a - 1, Self.l15GermanFurDefinite) || tokens[a].sentenceStart else { continue }
                var e = k + 2
                while e < n, l15NameWord(e) { e += 1; if e + 1 < n, h15GluedHyphen(e), h15CapLatin(e + 1) { e += 2 } }
                var links = 0
                while links < 2, e + 1 < n, l15Lower(e, Self.l15GermanFurLinks), l15NameWord(e + 1) {
                    e += 1
                    while e < n, l15NameWord(e) { e += 1; if e + 1 < n, h15GluedHyphen(e), h15CapLatin(e + 1) { e += 2 } }
                    links += 1
                }
                guard e - a <= 10 else { continue }
                adds.append(mention(a, e, type: .organization, evidence: .cue))
                k = e - 1
                continue
            }
            // "VfR Eppingen", "TSV 1860 Rosenheim", "Kickers Emden", "Stuttgarter Kickers": a club's abbreviation or club word and its town.
            let acronym = l15Key(k, Self.l15GermanClubAcronyms) && tokens[k].text.utf8.count <= 5
            if acronym || l15Key(k, Self.l15GermanClubWords), !h19InKnown(k) {
                var e = k + 1
                if acronym, e < n, tokens[e].kind == .number, tokens[e].spaceBefore, tokens[e].text.utf8.count <= 4 { e += 1 }
                var words = 0
                while words < 2, e < n, tokens[e].spaceBefore, h23GermanNameWord(e) || l15Key(e, Self.l15GermanClubWords), let z = h23NameEnd(e) { e = z; words += 1 }
                let a = !acronym && k >= 1 && h23CityAdjective(k - 1) ? k - 1 : k
                if words > 0 || a < k {
                    clubs.append(mention(a, e, type: .organization, evidence: .cue))
                    k = e - 1
                    continue
                }
            }
            // "im Ostalb-Stadion", "in der Rhein-Neckar-Halle": a hyphenated stadium or hall is a place.
            if k >= 2, l15Key(k, Self.l15GermanVenues), h15GluedHyphen(k - 1), h15CapLatin(k - 2) {
                var a = k - 2
                while a >= 2, h15GluedHyphen(a - 1), h15CapLatin(a - 2) { a -= 2 }
                adds.append(mention(a, k + 1, type: .place, evidence: .cue))
                continue
            }
            // "beim Bundesgerichtshof", "der Nationalrat", "des Inselspitals": a one-word national body or a named hospital, its
            // genitive -s cut off; not before a name ("Bundesrat Ueli Brunner" is a title).
            if key.utf8.count >= 8, !tokens[k].allCaps, !(k + 1 < n && tokens[k + 1].spaceBefore && h23GermanNameWord(k + 1)), !(k + 1 < n && h15GluedHyphen(k + 1)),
               k >= 1, l15Key(k - 1, Self.l15GermanDefinite), !h19InKnown(k), let cut = l15NationalBody(key) {
                var m = mention(k, k + 1, type: .organization, evidence: .cue)
                if cut > 0 {
                    m.surface = String(m.surface.dropLast(cut))
                    m.words = [String(key.dropLast(cut))]
                }
                adds.append(m)
                continue
            }
            // "von der Nordhafen Kreditbank", "der Alpen Versicherung": a name before a compound ending in a bank's or an insurer's
            // head, after a definite determiner, is the company.
            if k >= 1, k + 1 < n, l15Lower(k - 1, Self.l15GermanFurDefinite), h23GermanNameWord(k), !h23CityAdjective(k), tokens[k + 1].spaceBefore,
               h15CapLatin(k + 1), h23Ends(k + 1, Self.l15GermanFinanceHeads), !(k + 2 < n && (h15CapLatin(k + 2) || h15GluedHyphen(k + 2))), !h19InKnown(k), !h19InKnown(k + 1) {
                adds.append(mention(k, k + 2, type: .organization, evidence: .cue))
                k += 1
                continue
            }
            // "der Verbund-Konzern", "die Bosch-Gruppe": the name before a company's hyphenated noun is the company.
            if k + 2 < n, h15GluedHyphen(k + 1), l15Key(k + 2, Self.l15GermanCompanyHeads), h23GermanNameWord(k) || tokens[k].allCaps, !l15Key(k, Self.l15GermanFieldWords),
               !h19InKnown(k), !(k >= 2 && h15GluedHyphen(k - 1)) {
                adds.append(mention(k, k + 1, type: .organization, evidence: .cue))
                shortNames.append(tokens[k].key)
                k += 2
                continue
            }
            // "die Eidgenössische Elektrizitätskommission", "die Bayerische Landesanstalt": a land's adjective before a commission's,
            // an agency's or an authority's compound head.
            if k + 1 < n, h23CityAdjective(k) || h23Ends(k, ["ische", "ischen"]) && !tokens[k].sentenceStart, tokens[k + 1].spaceBefore, h15CapLatin(k + 1),
               h23Ends(k + 1, Self.l15GermanAuthorityHeads), !(k + 2 < n && h15CapLatin(k + 2)), !h19InKnown(k + 1) {
                adds.append(mention(k, k + 2, type: .organization, evidence: .cue))
                k += 1
                continue
            }
            // "die Band Pongauer Föhn", "im Verlag Bergwelt Edition", "die Gewerkschaft PRO-GE": a group noun, then names.
            if l15Key(k, Self.l15GermanGroupNouns), k + 1 < n, tokens[k + 1].spaceBefore, l15NameWord(k + 1), !isGivenName(k + 1), !h19InKnown(k + 1) {
                var e = k + 1, words = 0
                while words < 3, e < n, tokens[e].spaceBefore || e == k + 1, l15NameWord(e), !h19InKnown(e), let z = h23NameEnd(e) { e = z; words += 1 }
                if e < n, h23Key(e, Self.h23GermanLegalForms) { e += 1 }
                adds.append(mention(k + 1, e, type: .organization, evidence: .cue))
                k = e - 1
                continue
            }
            // "zwischen Buchs und Feldkirch": two single names after "zwischen", neither a common noun's plural, are places.
            if k >= 1, keyIs(k - 1, "zwischen"), k + 3 < n, keyIs(k + 1, "und"), h23GermanNameWord(k), h23GermanNameWord(k + 2),
               !(k + 3 < n && (h15CapLatin(k + 3) || h15GluedHyphen(k + 3))), !l15Key(k, Self.l15GermanTimeWords), !l15Key(k + 2, Self.l15GermanTimeWords),
               !l15PluralLike(k), !l15PluralLike(k + 2) {
                for j in [k, k + 2] where !h19InKnown(j) { adds.append(mention(j, j + 1, type: .place, evidence: .cue)) }
                k += 2
                continue
            }
        }
        for m in adds { h19Put(m) }
        for m in clubs { h19Put(m, overKnown: true) }
        // "Axpo-Chef" after "die Axpo Holding": a company named before a hyphen is the longer name the article gives it.
        for key in shortNames {
            guard let full = firstMentionIndex(where: { $0.type == .organization && $0.words.count >= 2 && $0.words[0] == key }) else { continue }
            let (words, surface) = (mentionWords(full), mentionSurface(full))
            for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) == .organization && mentionWords(i) == [key] {
                mentions[i].words = words
                mentions[i].surface = surface
            }
        }
        mentions.append(contentsOf: countries)
        l15GermanPlaceContexts()
    }

    /// Words ending like a plural noun or a person's noun ("Ländern", "Gewerkschaften", "Kollegen", "Partnern"): no town.
    func l15PluralLike(_ k: Int) -> Bool {
        h23Ends(k, ["en", "ern", "e", "er", "innen", "leute"]) || tokens[k].key.utf8.count < 4
    }

    /// The genitive cut (0, 1 or 2 letters) of a one-word national body or named hospital, or nil.
    func l15NationalBody(_ key: String) -> Int? {
        for cut in 0...2 {
            let base = cut == 0 ? key : String(key.dropLast(cut))
            if cut == 1, !PlainText.hasSuffix(key, "s") { continue }
            if cut == 2, !PlainText.hasSuffix(key, "es") { continue }
            if PlainText.hasSuffix(base, "spital"), base.utf8.count >= 10, !["kantonsspital", "regionalspital", "kreisspital", "bezirksspital"].contains(base) { return cut }
            guard Self.hasAnyPrefix(base, Self.l15GermanNationalPrefixes) else { continue }
            if Self.hasAnySuffix(base, Self.l15GermanNationalHeads) { return cut }
        }
        return nil
    }

    /// "die Ilm": the first "die|der X" of the clause before `u` (X one name, no noun by its ending) is a river.
    func l15RiverBefore(_ u: Int, _ adds: inout [Mention]) {
        var j = u - 1
        while j > 0, u - j < 14, tokens[j].kind != .punct { j -= 1 }
        var a = j + 1
        while a + 1 < u {
            if (keyIs(a, "die") || keyIs(a, "der")) && !tokens[a].capitalized, h23GermanNameWord(a + 1), !(a + 2 < u && (h15CapLatin(a + 2) || h15GluedHyphen(a + 2))),
               !h19InKnown(a + 1) {
                if !anyMention(where: { $0.start <= tokens[a + 1].start && $0.end >= tokens[a + 1].end && $0.type == .place }) {
                    adds.append(mention(a + 1, a + 2, type: .place, evidence: .cue))
                }
                return
            }
            a += 1
        }
    }

    /// Places by their context: a name listed after a place ("in Rotenburg (Wümme) und Achim"), a person's home town ("Hendrik
    /// Schauenburg aus Bremen"), a company's seat ("mit Sitz in Laakirchen").
    mutating func l15GermanPlaceContexts() {
        let n = tokens.count
        var adds: [Mention] = []
        for i in mentions.indices where mentionType(i) == .place || mentionType(i) == .person {
            guard let (_, z) = seedSpan(i) else { continue }
            var j = z + 1
            // "(Wümme)": a place's parenthesized qualifier.
            if mentionType(i) == .place, j + 2 < n, keyIs(j, "("), h15CapLatin(j + 1), keyIs(j + 2, ")") { j += 3 }
            guard j + 1 < n else { continue }
            let list = mentionType(i) == .place && l15Lower(j, Self.l15GermanAnd)
            let home = mentionType(i) == .person && keyIs(j, "aus") && !tokens[j].capitalized
            guard list || home, h23GermanNameWord(j + 1), !(j + 2 < n && (h15CapLatin(j + 2) || h15GluedHyphen(j + 2))), !h19InKnown(j + 1),
                  !l15Key(j + 1, Self.l15GermanTimeWords), !l15Key(j + 1, Self.l15GermanAusNouns), !h23Ends(j + 1, ["innen", "leute", "ern", "ungen"]) else { continue }
            adds.append(mention(j + 1, j + 2, type: .place, evidence: .cue))
        }
        // "mit Sitz in Laakirchen", "Sitz in Linz": a seat's town.
        var k = 2
        while k + 1 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, keyIs(k, "in"), keyIs(k - 1, "sitz"), l15NameWord(k + 1), !tokens[k + 1].allCaps, !h19InKnown(k + 1) else { continue }
            guard let e = h23NameEnd(k + 1), !(e < n && h15CapLatin(e)) else { continue }
            adds.append(mention(k + 1, e, type: .place, evidence: .cue))
        }
        for m in adds where !anyMention(where: { $0.start <= m.start && $0.end >= m.end && ($0.type == .place || $0.type == .organization) }) { h19Put(m) }
    }

    // MARK: - Spanish

    /// Heads of a venue ("Palacio Multiusos X", "Casona X", "Estadio X"): the name is a place, not a person.
    static let l15SpanishVenues = KeySet(["palacio", "casona", "estadio", "pabellon", "coliseo", "polideportivo", "velodromo", "hipodromo", "recinto",
        "auditorio", "campo", "plaza", "parque"])
    /// Words of a legal form, which alone name no company ("S.A.B. de C.V.", "S.A.", "S.L.", "Ltda.").
    static let l15SpanishLegalWords = KeySet(["s", "a", "b", "de", "c", "v", "l", "r", "sa", "sab", "cv", "sl", "srl", "sas", "ltda", "sapi", "spr",
        "rl", "p", "i", "sc", "ab"])
    /// Determiners and quantity words that open a sentence ("Unas 1.200 personas"): no name.
    static let l15SpanishQuantities = KeySet(["unos", "unas", "algunos", "algunas", "varios", "varias", "cientos", "miles", "decenas", "otros", "otras",
        "ambos", "ambas", "todos", "todas", "muchos", "muchas", "pocos", "pocas", "cerca", "mas", "menos", "casi"])
    /// Words before a team in a match ("cinco goles al X", "eliminó al X", "ante el X", "el equipo", "el técnico del X").
    static let l15SpanishMatchCues = KeySet(["goles", "gol", "elimino", "vencio", "derroto", "supero", "gano", "ante", "frente", "contra", "visita",
        "recibe", "recibio", "enfrenta", "enfrento", "equipo", "conjunto", "club", "tecnico", "entrenador", "jugador", "jugadora", "partido", "final",
        "semifinal", "empato", "remonto", "golea", "goleo", "vence", "elimina"])
    /// Group nouns before a company's, a band's or a theatre group's name ("el colectivo puneño Kusi Wayra", "la banda X").
    static let l15SpanishGroupNouns = KeySet(["colectivo", "grupo", "compania", "elenco", "banda", "agrupacion", "orquesta", "coro", "conjunto",
        "asociacion", "colectiva"])

    mutating func l15Spanish() {
        let n = tokens.count
        var removed = Set<Int>()
        var adds: [Mention] = []
        var placeWords: [[String]] = []
        var teams: [Int] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z) = seedSpan(i), tokens[a].script == .latin, tokens[a].kind == .word else { continue }
            // "S.A.B. de C.V", "S.A.": a legal form alone names nothing.
            if mentionType(i) == .organization, (a...z).allSatisfy({ tokens[$0].kind != .word || l15Key($0, Self.l15SpanishLegalWords) }) {
                removed.insert(i)
                continue
            }
            // "Unas 1.200 personas": a quantity word read as a name.
            if a == z, l15Key(a, Self.l15SpanishQuantities) {
                removed.insert(i)
                continue
            }
            // "el Palacio Multiusos Río Henares", "la Casona Goyeneche": a venue is a place.
            if mentionType(i) != .place, mentionType(i) != .organization || keyIs(a, "estadio") || keyIs(a, "pabellon") || keyIs(a, "polideportivo"),
               z > a, l15Key(a, Self.l15SpanishVenues), tokens[a].capitalized {
                mentions[i].type = .place
                mentions[i].placeContext = true
                continue
            }
            // "ante el Cisne Pontevedra", "cinco goles al Huracán Tres Arroyos", "del Eje Cafetero": names after an article are no
            // person; a team in a match, else a region.
            if mentionType(i) == .person, a >= 1, keyIs(a - 1, "el") || keyIs(a - 1, "al") || keyIs(a - 1, "del"), !tokens[a - 1].capitalized,
               !isGivenName(a), titleMatch(at: a) == nil, a < 2 || titleMatch(at: a - 2) == nil {
                let match = (max(0, a - 5)..<(a - 1)).contains { l15Key($0, Self.l15SpanishMatchCues) }
                    || z + 4 < n && keyIs(z + 1, "(") && tokens[z + 2].kind == .number
                mentions[i].type = match ? .organization : .place
                mentions[i].placeContext = !match
                if match { teams.append(i) }
                continue
            }
            // "en el Bajío": one unknown name after "en el" that no body's word opens is a region, and so is every mention of it.
            if mentionType(i) == .organization, a == z, a >= 2, keyIs(a - 1, "el"), keyIs(a - 2, "en"), !tokens[a - 1].capitalized, orgKeyword(at: a) == nil,
               !tokens[a].allCaps {
                placeWords.append(mentionWords(i))
            }
        }
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) == .organization && mentionWordCount(i) >= 2 && !teams.contains(i) {
            guard let (a, _) = seedSpan(i), a >= 1, keyIs(a - 1, "el") || keyIs(a - 1, "al") || keyIs(a - 1, "del"), !tokens[a - 1].capitalized,
                  (max(0, a - 5)..<(a - 1)).contains(where: { l15Key($0, Self.l15SpanishMatchCues) }) else { continue }
            teams.append(i)
        }
        // "El técnico del Guadix, …" after "ante el Guadix Almería": a team's first word alone is that team.
        for t in teams where mentionWordCount(t) >= 2 {
            let first = mentionWords(t)[0]
            for i in mentions.indices where i != t && mentionKnown(i) == nil && mentionWordCount(i) == 1 && mentionWords(i)[0] == first
                && mentionType(i) != .place && mentionType(i) != .country {
                mentions[i].type = .organization
                mentions[i].words = mentionWords(t)
                mentions[i].surface = mentionSurface(t)
            }
        }
        if !placeWords.isEmpty {
            for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) == .organization && placeWords.contains(mentionWords(i)) {
                mentions[i].type = .place
                mentions[i].placeContext = true
            }
        }
        // "del colectivo puneño Kusi Wayra", "la banda Los Jaivas": a group noun, an optional adjective and names are an organization.
        var k = 0
        while k + 1 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, l15Key(k, Self.l15SpanishGroupNouns) else { continue }
            var s = k + 1
            if s + 1 < n, tokens[s].kind == .word, !tokens[s].capitalized, tokens[s].key.utf8.count >= 5, h23Ends(s, ["o", "a", "os", "as"]), h15CapLatin(s + 1) { s += 1 }
            guard h15CapLatin(s), !isGivenName(s), !h19InKnown(s), !isCountry[s] else { continue }
            var e = s
            while e < n, e - s < 4, h15CapLatin(e), !isCountry[e] { e += 1 }
            adds.append(mention(s, e, type: .organization, evidence: .cue))
            k = e - 1
        }
        replaceMentions(removing: removed)
        for m in adds { h19Put(m) }
    }

    // MARK: - Datelines

    static let l15Months = KeySet(["januar", "jan", "februar", "feb", "marz", "april", "apr", "mai", "juni", "juli", "august", "aug", "september",
        "sept", "sep", "oktober", "okt", "november", "nov", "dezember", "dez", "ene", "enero", "febrero", "mar", "marzo", "abr", "abril", "may", "mayo",
        "jun", "junio", "jul", "julio", "ago", "agosto", "septiembre", "set", "oct", "octubre", "noviembre", "dic", "diciembre"])

    /// "BERN, 19. Januar (Keystone-SDA) –", "LIMA, 3 nov (Andina).-": the agency in a dateline's parentheses is an organization.
    mutating func l15DatelineAgency() {
        let n = min(tokens.count, 24)
        var k = 2
        while k + 2 < n {
            defer { k += 1 }
            guard keyIs(k, "("), l15Key(k - 1, Self.l15Months) || tokens[k - 1].kind == .number && l15Key(k - 2, Self.l15Months) else { continue }
            var e = k + 1
            while e < n, h15CapLatin(e) || tokens[e].kind == .word && tokens[e].allCaps { e += 1; if e + 1 < n, h15GluedHyphen(e) || keyIs(e, "/") && !tokens[e].spaceBefore { e += 1 } }
            guard e > k + 1, e < tokens.count, keyIs(e, ")"), e - k <= 6, !h19InKnown(k + 1) else { return }
            if !anyMention(where: { $0.start <= tokens[k + 1].start && $0.end >= tokens[e - 1].end && $0.type == .organization }) {
                h19Put(mention(k + 1, e, type: .organization, evidence: .cue))
            }
            return
        }
    }
}
