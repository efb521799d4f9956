import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout25 (ordinary German and Spanish news: handball and football
/// clubs, a fraud verdict, company results, hospitals, a church-music festival, floods and mudslides, a railway and a bus
/// corridor; scored untouched at 0.728 before any of them). One pass after refineLeftovers14, gated on de/es; each rule
/// keys on a hashed word set, a word ending or a dateline's position, so an article of another language pays two flag tests.
extension NameFinder {
    mutating func refineHoldout25() {
        guard lang.de || lang.es else { return }
        h25Dateline()
        if lang.de { h25German() }
        if lang.es { h25Spanish() }
    }

    @inline(__always) func h25Key(_ k: Int, _ set: KeySet) -> Bool {
        k >= 0 && k < tokenCount && set.contains(tokens[k])
    }

    /// Some mention overlapping tokens `a..<b` satisfies `p`.
    func h25Covered(_ a: Int, _ b: Int, _ p: (Mention) -> Bool) -> Bool {
        let (s, e) = (tokens[a].start, tokens[b - 1].end)
        return anyMention { $0.start < e && $0.end > s && p($0) }
    }

    /// Tokens `a..<b` are a place's words here or elsewhere in the article ("zwischen Annaberg-Buchholz und Chemnitz" after the dateline's town).
    func h25PlaceNamed(_ a: Int, _ b: Int) -> Bool {
        if let m = h19MentionAt(a, b - 1) { return mentionType(m) == .place }
        let words = (a..<b).filter { tokens[$0].kind == .word }.map { tokens[$0].key }
        return anyMention { $0.type == .place && $0.words == words }
    }

    // MARK: - Datelines without a date

    /// "Lüneburg (dpa/lni) - ", "Arbon TG (Keystone-SDA) - ", "Bielefeld (epd).", "Passau (KNA) Das …": the regional
    /// services' dateline is a town and the agency in parentheses, no date; "Valdivia (Chile), 3 mar (EFE).-" puts the
    /// country after the town. The town is a place, the agency (before a "/" and its service code) an organization.
    mutating func h25Dateline() {
        guard let a0 = tokens.indices.first(where: { tokens[$0].kind == .word }) else { return }
        var starts = [a0]
        var k = a0 + 1
        while k < tokens.count, k < 80, !tokens[k].newlineBefore { k += 1 }
        if k < tokens.count, k < 80 { starts.append(k) }
        let n = tokens.count
        for s in starts where h15CapLatin(s) {
            var e = h23NameEnd(s) ?? s + 1
            var words = 1
            while words < 3, e < n, h15CapLatin(e), !tokens[e].allCaps, tokens[e].spaceBefore { e = h23NameEnd(e) ?? e + 1; words += 1 }
            var p = e
            if p < n, tokens[p].allCaps, tokens[p].text.utf8.count == 2 { p += 1 }   // a Swiss canton's code: "Arbon TG"
            guard p + 2 < n, keyIs(p, "(") else { continue }
            var c = p + 1
            while c < n, c - p <= 5, !keyIs(c, ")") { c += 1 }
            guard c < n, keyIs(c, ")"), c > p + 1 else { continue }
            let after = c + 1
            var agency: (Int, Int)?
            if c == p + 2, isCountry[p + 1] {
                guard after + 1 < n, keyIs(after, ","), tokens[after + 1].kind == .number || isMonth(after + 1) else { continue }
            } else {
                let first = tokens[p + 1]
                guard first.kind == .word, first.script == .latin, first.allCaps || !first.capitalized || h15GluedHyphen(p + 2) else { continue }
                var z = p + 1
                while z < c, !keyIs(z, "/") { z += 1 }
                guard after < n else { continue }
                let next = tokens[after]
                let opens = next.kind == .punct && (keyIs(after, "-") || keyIs(after, "–") || keyIs(after, "—") || keyIs(after, ".")) ||
                    next.kind == .word && next.capitalized && h25Key(after, Self.h25SentenceArticles)
                guard opens else { continue }
                agency = (p + 1, z)
            }
            if !(s..<e).contains(where: { isCountry[$0] }), !h25Covered(s, e, { $0.type == .place || $0.known != nil }) {
                h19Put(mention(s, e, type: .place, evidence: .cue))
            }
            if let (a, z) = agency, !h25Covered(a, z, { $0.type == .organization }) {
                mentions.removeAll { $0.type == .country && $0.start >= tokens[a].start && $0.end <= tokens[z - 1].end }
                for x in a..<z { isCountry[x] = false }
                h19Put(mention(a, z, type: .organization, evidence: .cue))
            }
        }
    }

    static let h25SentenceArticles = KeySet(["der", "die", "das", "ein", "eine", "el", "la", "los", "las", "un", "una"])

    // MARK: - German

    /// Academic titles before a name ("Dr. Friederike Lohmeyer", "Mag. Verena Kogler-Pirker", "Prof. Dr. …").
    static let h25AcademicTitles = KeySet(["dr", "mag", "prof", "dipl", "ing", "di"])
    /// Last parts of a hyphenated compound naming an institution ("Johannes-Wesling-Klinikum", "Albert-Schweitzer-Gymnasium").
    static let h25HyphenOrgHeads = KeySet(["klinikum", "krankenhaus", "klinik", "spital", "gymnasium", "schule", "realschule", "gesamtschule",
        "grundschule", "institut", "stiftung", "hospiz", "museum", "theater"])
    /// Last parts of a hyphenated compound naming a venue, a road or a district ("Ilmenau-Halle", "Brigach-Brücke", "Ostalb-Stadion",
    /// "Rhein-Sieg-Kreis").
    static let h25HyphenPlaceHeads = KeySet(["halle", "brucke", "stadion", "arena", "platz", "strasse", "straße", "allee", "kreis", "kreises",
        "park", "bad", "tal"])
    /// Heads after a land's or a church's adjective, before the institution's place or name ("Evangelisches Krankenhaus Espelkamp",
    /// "Diakonische Stiftung Mühlenkreis", "Katholischen Hochschulgemeinde Passau", "Evangelische Kirche von Westfalen").
    static let h25AdjectiveHeads = KeySet(["krankenhaus", "krankenhauses", "kirche", "landeskirche", "stiftung", "hochschulgemeinde", "studierendengemeinde",
        "kirchengemeinde", "klinik", "klinikum", "klinikums", "akademie", "hochschule", "universitat", "bildungswerk", "jugendwerk", "werk", "landesbank"])
    /// German, Austrian and Swiss parties as written in parentheses after a politician's name (folded), and "parteilos".
    static let h25GermanParties = KeySet(["spd", "cdu", "csu", "fdp", "afd", "bsw", "ovp", "övp", "fpo", "fpö", "spo", "spö", "neos", "svp", "glp",
        "evp", "edu", "mitte", "grune", "grüne", "grunen", "linke", "parteilos", "parteilose", "fw", "odp", "ödp", "kpo", "kpö", "sp", "fdp.die", "bvb"])
    /// Heads of church bodies and ensembles before their place ("Bistum Passau", "Jugendorchester Ilzstadt").
    static let h25GermanBodyHeads = KeySet(["bistum", "erzbistum", "dekanat", "caritasverband", "jugendorchester", "orchester", "kammerorchester",
        "sinfonieorchester", "kammerchor", "knabenchor", "jugendchor", "posaunenchor", "gewerkschaft", "partei", "wahlergemeinschaft"])
    /// `h25GermanAdjectiveBodyEndings` read once for the byte tests of `hasAnySuffix` / `hasAnyPrefix` (see `AffixList`).
    static let h25GermanAdjectiveBodyEndingsAffixes = AffixList(h25GermanAdjectiveBodyEndings)
    /// Heads of a body named by a weak adjective after an article ("der Deutsche Wetterdienst", "das Technische Hilfswerk").
    static let h25GermanAdjectiveBodyEndings = ["dienst", "hilfswerk", "kreuz", "bundestag", "bundesrat", "verband", "institut", "zentrum",
        "gewerkschaftsbund", "roten", "kinderhilfswerk", "landtag"]
    /// Geographic heads after a land's adjective ("im Bayerischen Wald", "der Thüringer Wald", "die Schwäbische Alb").
    static let h25GermanGeoHeads = KeySet(["wald", "waldes", "alb", "alpen", "becken", "bergland", "hugelland", "heide", "meer", "jura", "seenplatte",
        "mittelgebirge", "wattenmeer", "vogtland", "hugel", "tiefland"])
    /// Clubs' prefixes, written in mixed case ("VfL Hameln", "TuS Ferndorf", "SpVgg Unterhaching").
    static let h25ClubPrefixes: WordSet = ["VfL", "VfB", "VfR", "TuS", "SpVgg", "TSG", "MTV", "SSV", "FSV", "TSV", "HSG", "HC", "SC", "SV", "FC",
        "ESV", "BSC", "DJK", "FV", "SpVg", "TSC", "ASV", "TuRa", "SuS", "KSV", "SG", "TuS", "TuSpo", "SF", "BV", "VfV", "SVG", "ATSV"]
    /// German first-level regions: the Länder, the Austrian Bundesländer and the Swiss cantons (folded; "Zug", "Uri" and "Jura"
    /// are left out: a train, a name, a study), hyphenated ones joined by "-". A closed list, like the gazetteer's regions.
    static let h25GermanRegions = KeySet(["baden-wurttemberg", "bayern", "brandenburg", "hessen", "mecklenburg-vorpommern", "niedersachsen",
        "nordrhein-westfalen", "rheinland-pfalz", "saarland", "sachsen", "sachsen-anhalt", "schleswig-holstein", "thuringen",
        "burgenland", "karnten", "niederosterreich", "oberosterreich", "steiermark", "tirol", "vorarlberg", "sudtirol",
        "aargau", "appenzell", "basel-stadt", "basel-landschaft", "baselland", "genf", "glarus", "graubunden", "luzern", "neuenburg", "nidwalden",
        "obwalden", "schaffhausen", "schwyz", "solothurn", "tessin", "thurgau", "waadt", "wallis"])
    /// Nouns before a place's name ("Station Marienberg-Kühnhaide", "Gewerbegebiet Breg-Süd", "im Altkreis Lübbecke").
    static let h25GermanPlaceNouns = KeySet(["station", "messstation", "wetterstation", "gewerbegebiet", "industriegebiet", "altkreis", "stadtteil",
        "stadtteils", "ortsteil", "ortsteils", "bahnhof", "haltepunkt", "flughafen", "hafen", "naturpark", "nationalpark"])
    /// `h25CompanyNounEndings` read once for the byte tests of `hasAnySuffix` / `hasAnyPrefix` (see `AffixList`).
    static let h25CompanyNounEndingsAffixes = AffixList(h25CompanyNounEndings)
    /// Endings of compound company nouns before a company's name ("Präzisionswerkzeughersteller Huber-Sennhauser").
    static let h25CompanyNounEndings = ["hersteller", "zulieferer", "konzern", "anbieter", "produzent", "versicherer", "dienstleister", "spezialist",
        "handler", "betreiber", "entwickler"]
    /// Company nouns a city's adjective and the company are read over ("Schaffhauser Firma Rheinfall Messtechnik AG").
    static let h25CompanyNouns = KeySet(["firma", "tochter", "tochterfirma", "tochtergesellschaft", "gruppe", "reederei", "brauerei", "molkerei", "spedition"])
    /// Prepositions before coordinated towns ("in Thum und Ehrenfriedersdorf", "zwischen Annaberg-Buchholz und Chemnitz").
    static let h25TownPrepositions = KeySet(["in", "aus", "bei", "nach", "zwischen", "von", "nahe"])

    /// A capitalized Latin word, not an article, a determiner or a country.
    func h25CapName(_ k: Int) -> Bool {
        h15CapLatin(k) && !isCountry[k] && !h23Key(k, Self.h23GermanDeterminers) && tokens[k].key.utf8.count >= 2
    }

    mutating func h25German() {
        let n = tokens.count
        var adds: [Mention] = []
        var k = 0
        while k < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin else { continue }
            let key = tokens[k].key
            if !tokens[k].capitalized {
                // "in Thum und Ehrenfriedersdorf": two towns after a place preposition, one of them a place already, are both places.
                if (key == "und" || key == "oder"), k >= 2, k + 1 < n {
                    var a = k - 1
                    while a >= 2, h15GluedHyphen(a - 1) { a -= 2 }
                    guard h25Key(a - 1, Self.h25TownPrepositions), !tokens[a - 1].capitalized || tokens[a - 1].sentenceStart, h25CapName(a), h25CapName(k + 1),
                          let e = h23NameEnd(k + 1), !(e < n && h15CapLatin(e)) else { continue }
                    let leftPlace = h25PlaceNamed(a, k), rightPlace = h25PlaceNamed(k + 1, e)
                    if leftPlace != rightPlace {
                        let (s, z) = leftPlace ? (k + 1, e) : (a, k)
                        if !h25Covered(s, z, { $0.known != nil || $0.type == .organization || $0.type == .country }),
                           !Self.hasAnySuffix(tokens[z - 1].key, Self.h23GermanNounEndingsAffixes) {
                            adds.append(mention(s, z, type: .place, evidence: .cue))
                        }
                    }
                }
                continue
            }
            // "FDP", "ÖVP", "AfD": a German, Austrian or Swiss party's acronym is an organization; "Freie Wähler" too.
            if h25Key(k, Self.h25GermanParties), tokens[k].allCaps || tokens[k].text == "AfD", !h25Covered(k, k + 1, { _ in true }) {
                adds.append(mention(k, k + 1, type: .organization, evidence: .cue))
                continue
            }
            if key == "freie" || key == "freien", k + 1 < n, keyIs(k + 1, "wahler") || keyIs(k + 1, "wahlern") || keyIs(k + 1, "wähler") || keyIs(k + 1, "wählern"),
               tokens[k + 1].capitalized, !h25Covered(k, k + 2, { $0.type == .organization }) {
                adds.append(mention(k, k + 2, type: .organization, evidence: .cue))
                k += 1
                continue
            }
            // "der Deutsche Wetterdienst", "das Technische Hilfswerk": an article, a weak adjective and a body's compound head are the body.
            if k >= 1, h23Key(k - 1, Self.h23GermanDeterminers), key.utf8.count >= 5, PlainText.hasSuffix(key, "e") || PlainText.hasSuffix(key, "en"), k + 1 < n,
               h15CapLatin(k + 1), tokens[k + 1].spaceBefore, Self.hasAnySuffix(tokens[k + 1].key, Self.h25GermanAdjectiveBodyEndingsAffixes),
               !(k + 2 < n && h15CapLatin(k + 2) && tokens[k + 2].spaceBefore), !h25Covered(k, k + 2, { $0.known != nil || $0.type == .organization }) {
                adds.append(mention(k, k + 2, type: .organization, evidence: .cue))
                k += 1
                continue
            }
            // "im Bayerischen Wald", "der Thüringer Wald": a land's adjective and a geographic head are a place.
            if h23CityAdjective(k), k + 1 < n, h25Key(k + 1, Self.h25GermanGeoHeads), tokens[k + 1].capitalized, !(k + 2 < n && h15CapLatin(k + 2) && tokens[k + 2].spaceBefore),
               !h25Covered(k, k + 2, { $0.known != nil || $0.type == .organization }) {
                adds.append(mention(k, k + 2, type: .place, evidence: .cue))
                k += 1
                continue
            }
            // "Hamburg-Harburg", "Wien-Simmering": a known town and a district glued by a hyphen are one place.
            if k + 2 < n, h15GluedHyphen(k + 1), h15CapLatin(k + 2), let e = h23NameEnd(k), e == k + 3,
               anyMention(where: { $0.known != nil && $0.type == .place && $0.start == self.tokens[k].start && $0.end == self.tokens[k].end }),
               !h25Key(k + 2, Self.h25HyphenOrgHeads), !h25Key(k + 2, Self.h25HyphenPlaceHeads), !isCountry[k + 2], !h19InKnown(k + 2),
               !(e < n && h15CapLatin(e) && tokens[e].spaceBefore) {
                var m = mention(k, e, type: .place, evidence: .cue)
                m.placeContext = true
                mentions.removeAll { $0.start < m.end && $0.end > m.start && $0.type != .country }
                mentions.append(m)
                k = e - 1
                continue
            }
            // "Deren Vorsitzende Rosemarie Hilgenreiner-Wastl": a participle's role noun (-ende), then exactly two names, is a person.
            if key.utf8.count >= 8, PlainText.hasSuffix(key, "ende") || PlainText.hasSuffix(key, "enden"), !tokens[k].allCaps, k + 2 < n, tokens[k + 1].spaceBefore,
               h23GermanNameWord(k + 1), let f = h23NameEnd(k + 1), f < n, tokens[f].spaceBefore, h23GermanNameWord(f), let e = h23NameEnd(f),
               !(e < n && h15CapLatin(e)), !h19InKnown(k + 1), !h19InKnown(f) {
                adds.append(mention(k + 1, e, type: .person, evidence: .cue))
                k = e - 1
                continue
            }
            // "Kerstin Hüsemann-Tölle (SPD)", "Jens Albers (parteilos)": two names and a party in parentheses are a person.
            // (Not after another capitalized word but a role noun: "Austrian Power Grid (APG)" is a company; only parties count.)
            if !(k >= 1 && h15CapLatin(k - 1) && !tokens[k].sentenceStart && !h23Ends(k - 1, Self.h23GermanRoleEndingsAffixes)), !h23Key(k - 1, Self.h23GermanDeterminers),
               h23GermanNameWord(k), let f = h23NameEnd(k), f < n, tokens[f].spaceBefore, h23GermanNameWord(f), let e = h23NameEnd(f), e + 2 < n,
               keyIs(e, "("), keyIs(e + 2, ")"), h25Key(e + 1, Self.h25GermanParties),
               !h19InKnown(k), !h25Covered(k, e, { $0.type == .organization || $0.type == .person }) {
                adds.append(mention(k, e, type: .person, evidence: .cue))
                k = e - 1
                continue
            }
            // "das Bistum Passau", "das Jugendorchester Ilzstadt": a church's or an ensemble's head and one name are the body.
            if h25Key(k, Self.h25GermanBodyHeads), k + 1 < n, tokens[k + 1].spaceBefore, h25CapName(k + 1), !tokens[k + 1].allCaps,
               let e = h23NameEnd(k + 1), !(e < n && h15CapLatin(e) && tokens[e].spaceBefore), !h25Covered(k, e, { $0.type == .organization && $0.end - $0.start > self.tokens[e - 1].end - self.tokens[k].start }) {
                adds.append(mention(k, e, type: .organization, evidence: .cue))
                k = e - 1
                continue
            }
            // "Dr. Friederike Lohmeyer", "Verteidiger Dr. Bernhard Strutzmann", "Mag. Verena Kogler-Pirker": an academic title and
            // its period, then exactly two names, are a person's title and name.
            if h25Key(k, Self.h25AcademicTitles), k + 2 < n, keyIs(k + 1, ".") {
                var f = k + 2
                while f + 1 < n, h25Key(f, Self.h25AcademicTitles), keyIs(f + 1, ".") { f += 2 }   // "Prof. Dr."
                if h23GermanNameWord(f), let g = h23NameEnd(f), g < n, tokens[g].spaceBefore, h23GermanNameWord(g), let e = h23NameEnd(g),
                   !(e < n && h15CapLatin(e)), !h19InKnown(f) {
                    adds.append(mention(f, e, type: .person, evidence: .cue))
                    k = e - 1
                }
                continue
            }
            // "Rosemarie Hilgenreiner-Wastl", "Kerstin Hüsemann-Tölle": a known given name and a hyphenated surname, and no third
            // capitalized word, are a person.
            if k + 4 < n, isGivenNameKey(k), !tokens[k].allCaps, h15CapLatin(k + 1), tokens[k + 1].spaceBefore, h15GluedHyphen(k + 2), h15CapLatin(k + 3),
               let e = h23NameEnd(k + 1), !(e < n && h15CapLatin(e)), !(k >= 1 && h15CapLatin(k - 1) && !tokens[k].sentenceStart && isGivenNameKey(k - 1)),
               !h25Covered(k, e, { $0.known != nil || $0.type == .organization || $0.type == .country || $0.type == .person }) {
                adds.append(mention(k, e, type: .person, evidence: .cue))
                k = e - 1
                continue
            }
            // "VfL Hameln-Pyrmont", "TuS Ferndorf", "SpVgg Bayreuth 1921": a club's prefix, names and a founding year are the club.
            if Self.h25ClubPrefixes.contains(tokens[k].text), k + 1 < n, tokens[k + 1].spaceBefore, h25CapName(k + 1) {
                var e = h23NameEnd(k + 1) ?? k + 2
                if e < n, h25CapName(e), tokens[e].spaceBefore, !tokens[e].allCaps { e = h23NameEnd(e) ?? e + 1 }
                if e < n, tokens[e].kind == .number, tokens[e].text.utf8.count == 4 || tokens[e].text.utf8.count == 2 { e += 1 }
                if !h25Covered(k, e, { $0.type == .organization && $0.start <= self.tokens[k].start && $0.end >= self.tokens[e - 1].end }) {
                    adds.append(mention(k, e, type: .organization, evidence: .cue))
                }
                k = e - 1
                continue
            }
            // "Sachsen", "Kärnten und der Steiermark", "Baden-Württemberg", "Sachsens", "St. Gallen": a German first-level region.
            if let e = h23NameEnd(k) {
                var joined = key
                if e > k + 1 { for x in stride(from: k + 2, to: e, by: 2) { joined += "-" + tokens[x].key } }
                var region = Self.h25GermanRegions.contains(joined) && !(e < n && h15CapLatin(e) && tokens[e].spaceBefore)
                // "Sachsens Innenminister": the genitive before its noun.
                if !region, joined.utf8.count > 5, PlainText.hasSuffix(joined, "s") { region = Self.h25GermanRegions.contains(String(joined.dropLast())) }
                var a = k
                if !region, key == "gallen", k >= 2, keyIs(k - 1, "."), keyIs(k - 2, "st") { region = true; a = k - 2 }
                if region {
                    if !h25Covered(a, e, { $0.known != nil || $0.type == .organization || $0.type == .country || $0.type == .place && ($0.end - $0.start) >= self.tokens[e - 1].end - self.tokens[a].start }) {
                        adds.append(mention(a, e, type: .place, evidence: .cue))
                    }
                    k = e - 1
                    continue
                }
            }
            // "Johannes-Wesling-Klinikum" (an institution), "Ilmenau-Halle", "Brigach-Brücke", "Schwarzwald-Baar-Kreises" (places): a
            // hyphenated compound of capitalized parts is typed by its last part.
            if let e = h23NameEnd(k), e >= k + 3, tokens[k].spaceBefore || k == 0 || !h15GluedHyphen(k - 1) {
                let org = h25Key(e - 1, Self.h25HyphenOrgHeads), place = h25Key(e - 1, Self.h25HyphenPlaceHeads)
                if org || place, !h25Covered(k, e, { $0.known != nil || $0.type == .organization && ($0.end - $0.start) > self.tokens[e - 1].end - self.tokens[k].start }) {
                    adds.append(mention(k, e, type: org ? .organization : .place, evidence: .cue))
                    k = e - 1
                    continue
                }
            }
            // "Evangelisches Krankenhaus Espelkamp", "Diakonische Stiftung Mühlenkreis", "Evangelische Kirche von Westfalen": a church's
            // or a land's adjective, an institution's head and its place or name are the institution.
            if h23CityAdjective(k), k + 2 < n, h25Key(k + 1, Self.h25AdjectiveHeads), tokens[k + 1].capitalized {
                var e = k + 2
                if keyIs(e, "von"), e + 1 < n, h25CapName(e + 1) {
                    e = h23NameEnd(e + 1) ?? e + 2
                } else if h25CapName(e), tokens[e].spaceBefore {
                    e = h23NameEnd(e) ?? e + 1
                }
                if e > k + 2, !(e < n && h15CapLatin(e) && tokens[e].spaceBefore && !h25Key(e, Self.h25SentenceArticles)) {
                    adds.append(mention(k, e, type: .organization, evidence: .cue))
                    k = e - 1
                    continue
                }
            }
            // "Station Marienberg-Kühnhaide", "Gewerbegebiet Breg-Süd", "im Altkreis Lübbecke": a place noun and one name.
            if h25Key(k, Self.h25GermanPlaceNouns), k + 1 < n, tokens[k + 1].spaceBefore, h25CapName(k + 1), !tokens[k + 1].allCaps,
               let e = h23NameEnd(k + 1), !(e < n && h15CapLatin(e)), !h19InKnown(k + 1),
               !h25Covered(k + 1, e, { $0.type == .organization || $0.type == .person && $0.start < self.tokens[k + 1].start }) {
                adds.append(mention(k + 1, e, type: .place, evidence: .cue))
                k = e - 1
                continue
            }
            // "Präzisionswerkzeughersteller Huber-Sennhauser", "der Autozulieferer Brenner": a compound company noun and a name.
            if key.utf8.count >= 8, Self.hasAnySuffix(key, Self.h25CompanyNounEndingsAffixes), k + 1 < n, tokens[k + 1].spaceBefore,
               h23GermanNameWord(k + 1), let e0 = h23NameEnd(k + 1), !h19InKnown(k + 1) {
                var e = e0
                if e < n, h23GermanNameWord(e), tokens[e].spaceBefore { e = h23NameEnd(e) ?? e + 1 }
                if e < n, h23Key(e, Self.h23GermanLegalForms) { e += 1 }
                if !(e < n && h15CapLatin(e) && tokens[e].spaceBefore), !h25Covered(k + 1, e, { $0.type == .organization && ($0.end - $0.start) >= self.tokens[e - 1].end - self.tokens[k + 1].start }) {
                    adds.append(mention(k + 1, e, type: .organization, evidence: .cue))
                    k = e - 1
                    continue
                }
            }
            // "Verkehrsministerium", "Gesundheitsministerium": a compound ministry is an organization.
            if key.utf8.count > 12, PlainText.hasSuffix(key, "ministerium") || PlainText.hasSuffix(key, "ministeriums"), !tokens[k].allCaps,
               !h25Covered(k, k + 1, { _ in true }) {
                adds.append(mention(k, k + 1, type: .organization, evidence: .cue))
            }
        }
        for m in adds { h19Put(m) }
        // "Schaffhauser Firma Rheinfall Messtechnik AG": the city's adjective and the company noun are no part of the name.
        var removed = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) == .organization {
            guard let (a, z) = seedSpan(i), z >= a + 2, h23CityAdjective(a), h25Key(a + 1, Self.h25CompanyNouns), h15CapLatin(a + 2) else { continue }
            removed.insert(i)
            added.append(mention(a + 2, z + 1, type: .organization, evidence: .cue))
        }
        replaceMentions(removing: removed, adding: added)
    }

    // MARK: - Spanish

    /// Adjectives that end an institution's name before the person it is named after ("Hospital Regional Guillermo Díaz de la Vega").
    static let h25SpanishHeadAdjectives = KeySet(["regional", "nacional", "municipal", "universitario", "general", "provincial", "departamental",
        "comarcal", "central", "militar", "docente", "clinico", "infantil", "materno"])
    /// Lowercase nouns before a school named after a person or a saint ("el colegio Señor de Exaltación").
    static let h25SpanishSchoolNouns = KeySet(["colegio", "escuela", "liceo", "instituto", "hospital", "clinica", "policlinico"])
    /// Lowercase nouns before a bridge, a street or a venue ("el puente Cunyac", "la avenida 8 de Octubre").
    static let h25SpanishVenueNouns = KeySet(["puente", "avenida", "calle", "plaza", "estadio", "coliseo", "paseo", "bulevar", "malecon", "parque"])
    /// Numbers opening a place's name, not a person's ("Tres Cruces", "Dos Hermanas").
    static let h25SpanishNumerals = KeySet(["dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "cien", "mil"])
    /// Words opening a club's name ("Cultural Villablino", "Deportivo Alavés", "Sporting …").
    static let h25SpanishClubOpeners = KeySet(["cultural", "deportivo", "deportiva", "racing", "sporting", "atletico", "union", "real", "club", "sociedad"])
    /// Heads of a party's name ("Frente Amplio", "Movimiento Ciudadano").
    static let h25SpanishPartyHeads = KeySet(["frente", "movimiento", "alianza", "bloque", "polo", "coalicion", "convergencia", "accion"])
    /// Heads of a body named by its town after "de", even a known town ("Intendencia de Montevideo", "Ayuntamiento de Sevilla").
    static let h25SpanishTownBodyHeads = KeySet(["intendencia", "ayuntamiento", "municipalidad", "alcaldia", "gobernacion", "diputacion", "concello",
        "prefectura", "junta", "intendente"])
    /// Heads of an association named over "y" ("Sindicato de Obreros y Empleados …").
    static let h25SpanishAssociationHeads = KeySet(["sindicato", "asociacion", "federacion", "union", "camara", "confederacion", "colegio", "cooperativa"])
    /// Galician and Portuguese particles inside a Spanish article's institution names ("Val do Cabe", "Ictus e Dano Cerebral").
    static let h25GalicianParticles = KeySet(["do", "da", "dos", "das", "e"])
    /// Lowercase company nouns before "china" ("la empresa china Huaxing").
    static let h25SpanishCompanyNouns = KeySet(["empresa", "empresas", "compania", "firma", "fabricante", "automotriz", "constructora", "naviera",
        "minera", "petrolera", "tecnologica", "aerolinea", "grupo", "marca", "operadora", "cadena", "multinacional", "farmaceutica"])

    mutating func h25Spanish() {
        let n = tokens.count
        var removed = Set<Int>()
        var added: [Mention] = []
        // Country words and lowercase nouns first.
        for k in 1..<max(1, n - 1) where tokens[k].kind == .word && !tokens[k].capitalized && tokens[k].script == .latin {
            // "la empresa china Huaxing Motors": "china" after a company noun names China.
            if (keyIs(k, "china") || keyIs(k, "chinas")), h25Key(k - 1, Self.h25SpanishCompanyNouns), !tokens[k - 1].capitalized, isCap(k + 1), !isCountry[k] {
                isCountry[k] = true
                added.append(mention(k, k + 1, type: .country, evidence: .known, code: "CN"))
                // ("la empresa china Huaxing Motors": the name after it is the company.)
                let e = h15CapRunEnd(k + 1, limit: 4)
                if !h25Covered(k + 1, e, { $0.type == .organization }) {
                    h15Clear(k + 1, e, &removed)
                    added.append(mention(k + 1, e, type: .organization, evidence: .cue))
                }
                continue
            }
            // "la avenida 8 de Octubre": a street named by a date.
            if h25Key(k, Self.h25SpanishVenueNouns), k + 3 < n, tokens[k + 1].kind == .number, keyIs(k + 2, "de"), tokens[k + 3].capitalized,
               isMonth(k + 3) || Self.h15Months.contains(tokens[k + 3]) {
                h15Clear(k + 1, k + 4, &removed)
                added.append(mention(k, k + 4, type: .place, evidence: .cue))
                continue
            }
            guard k + 1 < n, isCap(k + 1), let m = h15MentionStarting(k + 1, removed), mentionKnown(m) == nil else { continue }
            // "el colegio Señor de Exaltación" (a school), "el puente Cunyac" (a bridge): the noun types the name after it.
            if h25Key(k, Self.h25SpanishSchoolNouns), mentionType(m) != .organization, mentionType(m) != .country {
                mentions[m].type = .organization
                mentions[m].placeContext = false
            } else if h25Key(k, Self.h25SpanishVenueNouns), mentionType(m) != .place, mentionType(m) != .country {
                mentions[m].type = .place
                mentions[m].placeContext = true
            }
        }
        for i in mentions.indices where !removed.contains(i) && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), tokens[a].script == .latin, tokens[a].kind == .word else { continue }
            let type = mentionType(i)
            // "Efraín Barragán Ceja, de 47 años": a name with an age in apposition is a person.
            if type != .person, type != .country, z + 4 < n, keyIs(z + 1, ","), keyIs(z + 2, "de"), tokens[z + 3].kind == .number, keyIs(z + 4, "anos") || keyIs(z + 4, "años"),
               !(z + 5 < n && keyIs(z + 5, "de")),   // ("… , de 90 años de historia")
               isGivenNameKey(a) || z > a {
                mentions[i].type = .person
                mentions[i].placeContext = false
                continue
            }
            if type == .person || type == nil {
                // "Frente Amplio", "Movimiento Regional X": a party's head opens the name.
                if h25Key(a, Self.h25SpanishPartyHeads), z > a, !isGivenNameKey(a + 1) { mentions[i].type = .organization; continue }
                // "Tres Cruces" (a number opens a place), "Cultural Villablino" (a club's opener), "CIG-Saúde" (an acronym and a word).
                if h25Key(a, Self.h25SpanishNumerals) { mentions[i].type = .place; mentions[i].placeContext = true; continue }
                if h25Key(a, Self.h25SpanishClubOpeners), z > a, !isGivenNameKey(a + 1) { mentions[i].type = .organization; continue }
                if tokens[a].allCaps, h15GluedHyphen(a + 1) { mentions[i].type = .organization; continue }
            }
            // "El Racing Club Langreano", "El BNG": a sentence's article read into a body's name.
            if h25Key(a, Self.h23SpanishArticles), tokens[a].capitalized, z > a,
               tokens[a].sentenceStart || a == 0 || NameFinder.opensAfterDatelineDash(tokens, a) || keyIs(a - 1, "-") || keyIs(a - 1, "–") || keyIs(a - 1, "—") {
                if z == a + 1, tokens[z].allCaps {
                    removed.insert(i)
                    added.append(mention(z, z + 1, type: .organization, evidence: .cue))
                    continue
                }
                if type == .organization, ((a + 1)...z).contains(where: { orgKeyword(at: $0) != nil }) || h25Key(a + 1, Self.h25SpanishClubOpeners) {
                    removed.insert(i)
                    added.append(mention(a + 1, z + 1, type: .organization, evidence: .cue))
                    continue
                }
            }
            guard type == .organization else { continue }
            // "Protección Civil de San Pedro Tlaquepaque", "Universidad de San Andrés": a saint's "San" ends the name read, the rest
            // was read as a person.
            if z + 1 < n, keyIs(z, "san") || keyIs(z, "santa") || keyIs(z, "santo"), tokens[z].capitalized, tokens[z + 1].spaceBefore,
               let p = h15MentionStarting(z + 1, removed), mentionKnown(p) == nil, mentionType(p) == .person || mentionType(p) == nil, let (_, pz) = seedSpan(p) {
                removed.insert(p)
                removed.insert(i)
                added.append(mention(a, pz + 1, type: .organization, evidence: .cue))
                continue
            }
            // "Hospital Comarcal Val do Cabe", "Asociación Galega de Ictus e Dano Cerebral": a Galician particle and capitalized words
            // go on with the name.
            if z + 2 < n, h25Key(z + 1, Self.h25GalicianParticles), !tokens[z + 1].capitalized, h15CapLatin(z + 2), !isCountry[z + 2],
               !(keyIs(z + 1, "e") && (PlainText.hasPrefix(tokens[z + 2].key, "i") || PlainText.hasPrefix(tokens[z + 2].key, "hi"))) {   // (Spanish "e" before i-)
                let e = h15CapRunEnd(z + 2, limit: 3)
                h15Clear(z + 1, e, &removed)
                removed.insert(i)
                added.append(mention(a, e, type: .organization, evidence: .cue))
                continue
            }
            // "Hospital Regional Guillermo Díaz de la Vega": an institution's adjective, then the person it is named after.
            if z + 1 < n, h25Key(z, Self.h25SpanishHeadAdjectives), tokens[z].capitalized, tokens[z + 1].spaceBefore,
               let p = h15MentionStarting(z + 1, removed), mentionType(p) == .person, mentionKnown(p) == nil, let (_, pz) = seedSpan(p) {
                removed.insert(p)
                removed.insert(i)
                added.append(mention(a, pz + 1, type: .organization, evidence: .cue))
                continue
            }
            // "Sindicato de Obreros y Empleados Aceiteros de San Lorenzo": an association's name runs over "y" and the words after it.
            if z + 2 < n, h25Key(a, Self.h25SpanishAssociationHeads), keyIs(z + 1, "y"), !tokens[z + 1].capitalized, h15CapLatin(z + 2), !isGivenNameKey(z + 2),
               orgKeyword(at: z + 2) == nil, let p = h15MentionStarting(z + 2, removed), mentionKnown(p) == nil, mentionType(p) != .organization,
               mentionType(p) != .country, mentionType(p) != .place, let (_, pz) = seedSpan(p) {
                removed.insert(p)
                removed.insert(i)
                added.append(mention(a, pz + 1, type: .organization, evidence: .cue))
            }
        }
        replaceMentions(removing: removed, adding: added)
        h25SpanishLegalForms()
        h25SpanishBodiesOfKnownTowns()
        // "Puerto General San Martín": "San Martín" inside a longer name is no country (Saint Martin).
        var drop = Set<Int>()
        var places: [Mention] = []
        for i in mentions.indices where mentionType(i) == .country && mentions[i].code == "MF" {
            guard let (a, z) = seedSpan(i), a >= 1, h15CapLatin(a - 1), !tokens[a].sentenceStart else { continue }
            drop.insert(i)
            for x in a...z { isCountry[x] = false }
            var s = a - 1
            while s >= 1, h15CapLatin(s - 1), !tokens[s].sentenceStart, a - s < 4 { s -= 1 }
            h15Clear(s, z + 1, &drop)
            places.append(mention(s, z + 1, type: .place, evidence: .cue))
        }
        if !drop.isEmpty || !places.isEmpty {
            replaceMentions(removing: drop, adding: [])
            for m in places { h19Put(m) }
        }
    }

    /// Letters of a Spanish legal form spelled with periods at `t` ("S.A.", "S.R.L.", "S.A. de C.V.", "S.A.C."), and its end.
    func h25LegalFormEnd(_ t: Int) -> Int? {
        let n = tokens.count
        var j = t, letters = ""
        while j + 1 < n, tokens[j].kind == .word, tokens[j].text.utf8.count == 1, tokens[j].allCaps || tokens[j].capitalized, keyIs(j + 1, "."), !tokens[j + 1].spaceBefore,
              j == t || !tokens[j].spaceBefore {
            letters += tokens[j].text
            j += 2
        }
        guard ["SA", "SRL", "SAB", "SAC", "SAS", "SL", "SAA", "SCS"].contains(letters) else { return nil }
        // " de C.V."
        if j + 4 < n, keyIs(j, "de"), tokens[j + 1].text == "C", keyIs(j + 2, "."), tokens[j + 3].text == "V" { j += keyIs(j + 4, ".") ? 5 : 4 }
        return j
    }

    /// "Molinos del Litoral S.A.", "Litoral Granos Uruguay S.R.L.", "Comercializadora Altos de Tonalá, S.A. de C.V.": the
    /// capitalized words (with their particles and a comma) before a legal form, and the form, are one company.
    mutating func h25SpanishLegalForms() {
        let n = tokens.count
        var adds: [Mention] = []
        var t = 1
        while t < n {
            defer { t += 1 }
            guard tokens[t].kind == .word, tokens[t].text == "S", let e = h25LegalFormEnd(t) else { continue }
            var b = t - 1
            if keyIs(b, ",") { b -= 1 }
            guard b >= 0, h15CapLatin(b) else { continue }
            var s = b
            while s >= 1, t - s < 10 {
                if h15CapLatin(s - 1), !h25Key(s - 1, Self.h23SpanishArticles) || !tokens[s - 1].capitalized { s -= 1; continue }
                if s >= 2, ["de", "del", "la", "los", "las", "y"].contains(tokens[s - 1].key), !tokens[s - 1].capitalized, h15CapLatin(s - 2),
                   !h25Key(s - 2, Self.h23SpanishArticles) { s -= 2; continue }
                if h15GluedHyphen(s - 1), s >= 2, h15CapLatin(s - 2) { s -= 2; continue }
                break
            }
            adds.append(mention(s, e, type: .organization, evidence: .cue))
            t = e - 1
        }
        for m in adds { h19Put(m) }
    }

    /// "la Intendencia de Montevideo": a town's body named by a known town is one organization; "Universidad de Concepción y
    /// del Museo Nacional …": two institutions read as one split at "y del".
    mutating func h25SpanishBodiesOfKnownTowns() {
        let n = tokens.count
        var adds: [Mention] = []
        for k in 0..<max(0, n - 2) where tokens[k].kind == .word && tokens[k].capitalized && h25Key(k, Self.h25SpanishTownBodyHeads) {
            guard keyIs(k + 1, "de"), let p = h15MentionStarting(k + 2, []), mentionType(p) == .place, let (_, pz) = seedSpan(p),
                  !h25Covered(k, pz + 1, { $0.type == .organization && $0.end - $0.start > self.tokens[pz].end - self.tokens[k].start }),
                  !(pz + 1 < n && h15CapLatin(pz + 1)) else { continue }
            adds.append(mention(k, pz + 1, type: .organization, evidence: .cue))
        }
        for m in adds { h19Put(m, overKnown: true) }
        var removed = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) == .organization {
            guard let (a, z) = seedSpan(i), z - a >= 5, orgKeyword(at: a) != nil else { continue }
            for y in (a + 2)..<(z - 1) where keyIs(y, "y") && !tokens[y].capitalized {
                var q = y + 1
                if keyIs(q, "del") { q += 1 } else if keyIs(q, "de"), keyIs(q + 1, "la") || keyIs(q + 1, "los") { q += 2 } else { break }
                guard q <= z, orgKeyword(at: q) != nil, tokens[q].capitalized else { break }
                removed.insert(i)
                added.append(mention(a, y, type: .organization, evidence: .cue))
                added.append(mention(q, z + 1, type: .organization, evidence: .cue))
                break
            }
        }
        replaceMentions(removing: removed, adding: added)
    }
}
