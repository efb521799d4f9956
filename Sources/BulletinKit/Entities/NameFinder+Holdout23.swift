import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout23 (ordinary Spanish and German news: sport, courts, company
/// results, health, culture, floods, local politics; scored untouched at 0.642 before any of them). One pass, run after
/// refineHoldout19. German capitalizes every noun, so its rules lean on structure: a role noun before two names, an
/// institution's compound head before a place, an administrative noun before a place, a city adjective before a head.
/// Each rule is gated on its language and on a hashed key or a word ending, so an article of another language pays two
/// flag tests.
extension NameFinder {
    mutating func refineHoldout23() {
        if lang.de { h23German() }
        if lang.es { h23Spanish() }
    }

    @inline(__always) func h23Key(_ k: Int, _ set: KeySet) -> Bool {
        k >= 0 && k < tokenCount && set.contains(tokens[k])
    }

    @inline(__always) func h23Ends(_ k: Int, _ suffixes: [String]) -> Bool {
        let key = tokens[k].key
        return Self.hasAnySuffix(key, suffixes)
    }

    /// `h23Ends` for a list read once (see `AffixList`).
    @inline(__always) func h23Ends(_ k: Int, _ suffixes: AffixList) -> Bool {
        let key = tokens[k].key
        return Self.hasAnySuffix(key, suffixes)
    }

    /// End (exclusive) of one capitalized Latin word at `k` with the words glued to it by hyphens ("Hollmann-Steen").
    func h23NameEnd(_ k: Int) -> Int? {
        guard h15CapLatin(k) else { return nil }
        var e = k + 1
        while e + 1 < tokens.count, h15GluedHyphen(e), tokens[e + 1].kind == .word, tokens[e + 1].script == .latin { e += 2 }
        return e
    }

    // MARK: - German

    /// `h23GermanRoleEndings` read once for the byte tests of `hasAnySuffix` / `hasAnyPrefix` (see `AffixList`).
    static let h23GermanRoleEndingsAffixes = AffixList(h23GermanRoleEndings)
    /// Endings of German nouns for a role or an occupation before a person's name ("Stürmer", "Richterin", "Oberstaatsanwalt",
    /// "Kreisbrandrat", "Onkologe", "Kapitän", "Landessekretär", "des Autors").
    static let h23GermanRoleEndings = ["er", "in", "rat", "walt", "loge", "logen", "an", "ar", "or", "ors", "ent", "ist", "chef", "leiter", "te"]
    /// Role-like nouns before a company or a club, not a person ("Hersteller Bosch Rexroth", "Verein Hertha BSC").
    static let h23GermanCompanyRoles = KeySet(["hersteller", "konzern", "anbieter", "betreiber", "versicherer", "investor", "kaufer", "partner",
        "lieferant", "zulieferer", "handler", "sender", "verein", "klub", "marke", "dienstleister", "entwickler", "veranstalter", "verlag",
        "rivale", "gegner", "aufsteiger", "absteiger", "tabellenfuhrer", "spitzenreiter", "meister", "pokalsieger", "traditionsverein", "ortsteil",
        "kanton", "kantonen", "landkreis", "kreis", "bezirk", "gemeinde", "stadt", "hauptstadt", "kreisstadt", "region", "freistaat", "land", "bundesland",
        "tochter", "januar", "februar", "september", "oktober", "november", "dezember", "later", "spater", "einwohner", "burger"])
    /// Adjectives of age before a person's name ("alte", "junge").
    static let h23GermanAgeWords: WordSet = ["alte", "alter", "junge", "junger"]
    /// Nouns for a company before its name ("Tochter", "Zulieferer").
    static let h23GermanCompanyNouns = KeySet(["tochter", "tochterfirma", "tochtergesellschaft", "hersteller", "zulieferer", "konzern", "anbieter",
        "betreiber", "versicherer", "mutterkonzern", "firma", "reederei", "brauerei", "molkerei", "spedition", "kette"])
    /// `h23GermanNounEndings` read once for the byte tests of `hasAnySuffix` / `hasAnyPrefix` (see `AffixList`).
    static let h23GermanNounEndingsAffixes = AffixList(h23GermanNounEndings)
    /// Endings of common German nouns and adjectives: such a word is no given name or surname ("Entscheidung", "Deutsche").
    static let h23GermanNounEndings = ["ung", "heit", "keit", "schaft", "tion", "itat", "ismus", "nis", "tum", "chen", "lein", "sche", "liche",
        "ische", "ungen", "ige", "isch", "lich", "ment", "ziel", "kreis", "haus", "ehr", "amt", "werk", "gericht", "hof", "platz", "weg",
        "bahn", "strasse", "straße", "turm", "halle", "mauer", "brucke", "markt"]
    /// Determiners that end like a city adjective ("Der", "Einer", "Dieser").
    static let h23GermanDeterminers = KeySet(["der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "eines", "einem", "einen", "dieser",
        "jener", "jeder", "unser", "euer", "aller", "keiner", "seiner", "ihrer", "welcher", "mancher", "solcher", "weiter", "aber", "oder", "immer", "unter", "hinter", "uber", "nach", "wieder"])
    /// `h23GermanInstitutionEndings` read once for the byte tests of `hasAnySuffix` / `hasAnyPrefix` (see `AffixList`).
    static let h23GermanInstitutionEndingsAffixes = AffixList(h23GermanInstitutionEndings)
    /// Endings of the head of an institution named by its place or owner ("Landgericht Verden", "Staatsanwaltschaft Verden",
    /// "Bezirksregierung Detmold", "Wasserwirtschaftsamt Ingolstadt", "Sparkasse Pfaffenhofen", "Stadtwerke Blomberg").
    static let h23GermanInstitutionEndings = ["gericht", "gerichtshof", "anwaltschaft", "regierung", "amt", "kasse", "spital", "klinikum", "klinik",
        "universitat", "hochschule", "theater", "museum", "kirchengemeinde", "stadtwerke", "werke", "verband", "borse", "kammer", "direktion",
        "inspektion", "prasidium", "stiftung", "bibliothek", "festspiele", "oper", "philharmonie", "bank", "kreuz", "initiative"]
    /// Prepositions before a town ("in", "aus", "bei", "nach", "zwischen X und Y").
    static let h23GermanTownPrepositions = KeySet(["in", "aus", "bei", "nach", "zwischen", "und", "nahe", "von"])
    /// Endings of German and Austrian town names.
    static let h23GermanTownEndings = ["bronn", "kirchen", "feld", "ach", "stein", "heim", "hausen", "ingen", "hofen", "burg", "berg", "dorf", "stadt",
        "brunn", "furt", "leben", "rode", "beuren", "weiler", "wald", "zell", "au", "see"]
    /// Legal forms after a German company's name.
    static let h23GermanLegalForms = KeySet(["ag", "gmbh", "se", "kg", "eg", "kgaa", "mbh", "ev"])
    /// Administrative and geographic nouns before a place's name ("Gemeinde Schieder-Schwalenberg", "Kantonen Bern, Solothurn und Freiburg",
    /// "im Ortsteil Kleinreichertshofen", "Pegel Hohenwart").
    static let h23GermanPlaceNouns = KeySet(["gemeinde", "gemeinden", "stadt", "kanton", "kantons", "kantonen", "ortsteil", "ortsteilen", "pegel",
        "waldgebiet", "landkreis", "landkreises", "kreis", "kreises", "bezirk", "bezirks", "ortschaft", "weiler", "stadtteil"])
    /// Common nouns that end like an institution and open a phrase, not a name ("Insgesamt", "Beamt…").
    static let h23GermanNotInstitutions = KeySet(["insgesamt", "samt", "gesamt", "beamt", "kasse", "werke", "bank", "amt", "oper", "klinik",
        "theater", "museum", "kreuz", "kammer", "stiftung", "verband"])
    /// Nouns before a company's name, dropped from it ("Verpackungshersteller Traunfeld AG", "Heilmittelbehörde Swissmedic").
    static let h23GermanCompanyNounEndings = ["zulieferer", "hersteller", "konzern", "behorde", "anbieter", "betreiber", "versicherer", "handler", "produzent", "unternehmen"]

    func h23GermanNameWord(_ k: Int) -> Bool {
        guard h15CapLatin(k), !tokens[k].allCaps, !isCountry[k], tokens[k].key.utf8.count >= 2 else { return false }
        return !h23Ends(k, Self.h23GermanNounEndingsAffixes) && !h23Key(k, Self.h23GermanDeterminers) && !h23Key(k, Self.h23GermanCompanyRoles)
    }

    mutating func h23German() {
        let n = tokens.count
        var adds: [Mention] = []
        var k = 0
        while k < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin else { continue }
            if !tokens[k].capitalized {
                // "der 54 Jahre alte Ralf Düsterhöft", "die 31-jährige Anna Keller": an age, then exactly two names, is a person.
                if k + 2 < n, Self.h23GermanAgeWords.contains(tokens[k].key) || PlainText.hasSuffix(tokens[k].key, "jahrige"), h23GermanNameWord(k + 1),
                   let f = h23NameEnd(k + 1), f < n, tokens[f].spaceBefore, h23GermanNameWord(f), let e = h23NameEnd(f), !(e < n && h15CapLatin(e)),
                   !h19InKnown(k + 1), !h19InKnown(f) {
                    adds.append(mention(k + 1, e, type: .person, evidence: .cue))
                    k = e - 1
                }
                continue
            }
            let key = tokens[k].key
            // "Trainer Marco Heidenreich", "Richterin Birgit Hollmann-Steen", "Onkologe Reto Schwarzenbach": a role noun, then exactly
            // two names (the second may be hyphenated) and no third capitalized word, is a person's title and name.
            if k + 2 < n, key.utf8.count >= 5, !tokens[k].allCaps, h23Ends(k, Self.h23GermanRoleEndingsAffixes), !h23Key(k, Self.h23GermanCompanyRoles),
               !h23Key(k, Self.h23GermanDeterminers), !isCountry[k], tokens[k + 1].spaceBefore, h23GermanNameWord(k + 1),
               tokens[k + 1].key.utf8.count <= 12, let f = h23NameEnd(k + 1), f < n, tokens[f].spaceBefore, h23GermanNameWord(f),
               let e = h23NameEnd(f), !(e < n && h15CapLatin(e)), !(e < n && h23Key(e, Self.h23GermanLegalForms)),
               !h19InKnown(k + 1), !h19InKnown(f) {
                adds.append(mention(k + 1, e, type: .person, evidence: .cue))
                k = e - 1
                continue
            }
            // "die slowakische Tochter Traunfeld Obaly s.r.o.", "der Zulieferer Kessler Antriebe": a company noun, then names, is a company.
            if h23Key(k, Self.h23GermanCompanyNouns), k + 1 < n, tokens[k + 1].spaceBefore, h23GermanNameWord(k + 1), !h19InKnown(k + 1) {
                var e = h23NameEnd(k + 1) ?? k + 2
                var words = 1
                while words < 3, e < n, h23GermanNameWord(e) { e = h23NameEnd(e) ?? e + 1; words += 1 }
                let legal = e < n && (h23Key(e, Self.h23GermanLegalForms) || PlainText.hasPrefix(tokens[e].text, "s.r.o"))
                if legal { e += 1 }
                // ("seine Tochter Anna": a daughter, unless a legal form follows or a country's adjective precedes.)
                if key == "tochter", !legal, !(k >= 1 && PlainText.hasSuffix(tokens[k - 1].key, "sche")) { continue }
                adds.append(mention(k + 1, e, type: .organization, evidence: .cue))
                k = e - 1
                continue
            }
            // "Landgericht Verden", "Bezirksregierung Detmold", "Stadtwerke Blomberg GmbH", "Stiftung Kulturland Flachgau": an institution's
            // compound head, then up to three names (and a legal form), is the institution; a city adjective before it belongs to it
            // ("Evangelische Kirchengemeinde Wöbbel").
            if key.utf8.count >= 4, h23Ends(k, Self.h23GermanInstitutionEndingsAffixes), !h23Key(k, Self.h23GermanNotInstitutions) || key == "stiftung",
               k + 1 < n, tokens[k + 1].spaceBefore, h23GermanNameWord(k + 1), !h23Ends(k + 1, Self.h23GermanRoleEndingsAffixes) || h19InKnown(k + 1) {
                var e = h23NameEnd(k + 1) ?? k + 2
                var words = 1
                while words < 3, e < n, h23GermanNameWord(e), !h23Ends(e, Self.h23GermanRoleEndingsAffixes) { e = h23NameEnd(e) ?? e + 1; words += 1 }
                if e < n, h23Key(e, Self.h23GermanLegalForms), tokens[e].spaceBefore { e += 1 }
                let a = k > 0 && h23CityAdjective(k - 1) ? k - 1 : k
                adds.append(mention(a, e, type: .organization, evidence: .cue))
                k = e - 1
                continue
            }
            // "Salzburger Landestheater", "Wiener Börse", "Bayerisches Rotes Kreuz", "Lippische Bürgerenergie eG": a city's or a land's
            // adjective before an institution's head (or a company before its legal form) is the institution.
            if h23CityAdjective(k), k + 1 < n, h15CapLatin(k + 1), tokens[k + 1].spaceBefore {
                var h = k + 1
                if h + 1 < n, h15CapLatin(h + 1), Self.hasAnySuffix(tokens[h].key, ["e", "es", "en", "em", "er"]) { h += 1 }   // "Rotes Kreuz", "Bayerischem Roten Kreuz"
                let legal = h + 1 < n && h23Key(h + 1, Self.h23GermanLegalForms)
                if h23Ends(h, Self.h23GermanInstitutionEndingsAffixes) && !(h + 1 < n && h15CapLatin(h + 1) && !legal) || legal {
                    let e = legal ? h + 2 : h + 1
                    adds.append(mention(k, e, type: .organization, evidence: .cue))
                    k = e - 1
                    continue
                }
            }
            // "Gemeinde Schieder-Schwalenberg", "in den Kantonen Bern, Solothurn und Freiburg", "Pegel Hohenwart": names after an
            // administrative or geographic noun are places.
            // ("der Gemeinde Vertreterinnen": people after the noun, no place.)
            if h23Key(k, Self.h23GermanPlaceNouns), k + 1 < n, h15CapLatin(k + 1), h23Ends(k + 1, ["erin", "innen"]) {
                let (s1, e1) = (tokens[k + 1].start, tokens[k + 1].end)
                mentions.removeAll { $0.known == nil && $0.type == .place && $0.start == s1 && $0.end == e1 }
                continue
            }
            if h23Key(k, Self.h23GermanPlaceNouns), k + 1 < n, tokens[k + 1].spaceBefore, h23GermanNameWord(k + 1), !h23Ends(k + 1, ["erin", "innen"]) {
                var s = k + 1
                while s < n, let e = h23NameEnd(s), h23GermanNameWord(s) {
                    var z = e
                    // "Pfaffenhofen an der Ilm"
                    if z + 2 < n, keyIs(z, "an"), !tokens[z].capitalized, keyIs(z + 1, "der"), h15CapLatin(z + 2) { z += 3 }
                    if z < n, h15CapLatin(z) { break }   // more capitalized words: not a plain name
                    if !h19InKnown(s) { adds.append(mention(s, z, type: .place, evidence: .cue)) }
                    // ", Solothurn und Freiburg"
                    if z + 1 < n, keyIs(z, ",") || keyIs(z, "und") && !tokens[z].capitalized, h23GermanNameWord(z + 1) { s = z + 1; continue }
                    break
                }
                continue
            }
            // "aus Heilbronn", "in Laakirchen", "zwischen Geisenfeld und Aichach": one word after a place preposition, ending like a
            // German town (-bronn, -kirchen, -feld, -ach, -stein, -heim, -hausen, -ingen …) and followed by no capitalized word, is a town.
            if k >= 1, key.utf8.count >= 6, h23Key(k - 1, Self.h23GermanTownPrepositions), !tokens[k - 1].capitalized, h23Ends(k, Self.h23GermanTownEndings),
               !(k + 1 < n && (h15CapLatin(k + 1) || h15GluedHyphen(k + 1))), !h19InKnown(k), !isCountry[k],
               !anyMention(where: { $0.start <= tokens[k].start && $0.end >= tokens[k].end && ($0.known != nil || $0.type == .organization || $0.type == .person || $0.end - $0.start > tokens[k].end - tokens[k].start) }) {
                adds.append(mention(k, k + 1, type: .place, evidence: .cue))
                continue
            }
            // "Bundesstraße 300", "B 300": a federal road or a motorway by its number.
            if PlainText.hasPrefix(key, "bundesstra") || key == "autobahn" || (key == "b" || key == "a") && tokens[k].capitalized,
               k + 1 < n, tokens[k + 1].kind == .number, tokens[k + 1].spaceBefore, tokens[k + 1].text.utf8.count <= 3 {
                adds.append(mention(k, k + 2, type: .place, evidence: .cue))
                k += 1
            }
        }
        for m in adds { h19Put(m) }
        // Nouns read into a name: "Verpackungshersteller Traunfeld AG" (a company noun), "Millionenhöhe" and "Zukunft der Region"
        // (common nouns read as places), "Luftverkehr des Segelflugplatzes Lemgo-Kohlstädt" (the name is the hyphenated tail).
        var removed = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionType(i) != .person {
            guard let (a, z) = seedSpan(i), tokens[a].script == .latin, tokens[a].kind == .word else { continue }
            if mentionType(i) == .organization, z > a, h23Ends(a, Self.h23GermanCompanyNounEndings), h15CapLatin(a + 1) {
                removed.insert(i)
                added.append(mention(a + 1, z + 1, type: .organization, evidence: .cue))
                continue
            }
            guard mentionType(i) == .place, tokens[z].kind != .number, h23Ends(a, Self.h23GermanNounEndingsAffixes) || h23Ends(a, ["hohe", "unft", "kehr"]) else { continue }
            removed.insert(i)
            // The last name after a lowercase article inside ("des Segelflugplatzes Lemgo-Kohlstädt" → "Lemgo-Kohlstädt").
            if z > a, let art = (a + 1...z).last(where: { tokens[$0].kind == .word && !tokens[$0].capitalized }), art + 2 <= z, h15CapLatin(art + 2) {
                added.append(mention(art + 2, z + 1, type: .place, evidence: .cue))
            }
        }
        replaceMentions(removing: removed, adding: added)
    }

    /// A city's or a land's adjective ("Salzburger", "Wiener", "Evangelische", "Bayerisches", "Lippische"), not a determiner.
    func h23CityAdjective(_ k: Int) -> Bool {
        guard k >= 0, h15CapLatin(k), !tokens[k].allCaps, tokens[k].key.utf8.count >= 5, !h23Key(k, Self.h23GermanDeterminers) else { return false }
        let key = tokens[k].key
        if PlainText.hasSuffix(key, "er") { return !h23Ends(k, Self.h23GermanRoleEndingsButEr) && !tokens[k].sentenceStart }
        return Self.hasAnySuffix(key, Self.h23GermanIschEndings)
    }
    /// The role endings but "er" (made once, not filtered at every call), and the adjectives' "-isch" endings.
    static let h23GermanRoleEndingsButEr = AffixList(h23GermanRoleEndings.filter { $0 != "er" })
    static let h23GermanIschEndings = AffixList(["ische", "isches", "ischen", "ischer", "ischem"])

    // MARK: - Spanish

    /// Lowercase nouns before one or more places' names ("las regiones del Biobío, Ñuble y La Araucanía", "el polígono industrial La
    /// Veguilla", "el barrio de Los Molinillos").
    static let h23SpanishPlaceNouns = KeySet(["region", "regiones", "provincia", "provincias", "comuna", "comunas", "departamento", "departamentos",
        "municipio", "municipios", "distrito", "distritos", "poligono", "barrio", "barrios", "urbanizacion", "colonia", "localidad", "localidades",
        "corregimiento", "vereda", "parroquia", "canton", "pueblo", "aldea", "paraje", "sector"])
    /// Lowercase nouns before a road's code ("la ruta Q-180", "la carretera N-232", "la autovía A-4").
    static let h23SpanishRoadNouns = KeySet(["ruta", "carretera", "autovia", "autopista"])
    /// Words before "de" that make the next name a party or a group, not a place ("portavoz de Vox", "grupo municipal de Izquierda Unida").
    static let h23SpanishPartyCues = KeySet(["portavoz", "portavoces", "municipal", "parlamentario", "militantes", "concejales", "diputados"])
    /// Heads of a body that a sentence-initial article is read into ("El Juzgado Federal", "El Museo X").
    static let h23SpanishArticles = KeySet(["el", "la", "los", "las"])

    mutating func h23Spanish() {
        let n = tokens.count
        var adds: [Mention] = []
        var k = 0
        while k < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin, !tokens[k].capitalized else { continue }
            if h23Key(k, Self.h23SpanishPlaceNouns) {
                var s = k + 1
                if s < n, tokens[s].kind == .word, keyIs(s, "industrial") { s += 1 }
                if s < n, keyIs(s, "de") || keyIs(s, "del") { s += 1 }
                guard s < n, h15CapLatin(s) else { continue }
                // Each name of a list ("Biobío, Ñuble y La Araucanía"), its connectors inside ("Santa Juana", "Villaseca de la Sagra").
                while s < n, h15CapLatin(s), !isCountry[s] {
                    var e = s
                    while e < n {
                        if h15CapLatin(e) { e += 1; continue }
                        if e + 1 < n, keyIs(e, "de") || keyIs(e, "del"), h15CapLatin(e + 1) { e += 1; continue }
                        if e + 2 < n, keyIs(e, "de"), keyIs(e + 1, "la") || keyIs(e + 1, "los") || keyIs(e + 1, "las"), h15CapLatin(e + 2) { e += 2; continue }
                        break
                    }
                    if e - s <= 5, !(s..<e).contains(where: { h19InKnown($0) || orgKeyword(at: $0) != nil }) { adds.append(mention(s, e, type: .place, evidence: .cue)) }
                    if e + 1 < n, keyIs(e, ",") || keyIs(e, "y") || keyIs(e, "e"), h15CapLatin(e + 1) { s = e + 1; continue }
                    break
                }
                continue
            }
            // "la ruta Q-180", "la carretera N-232": a road by its code.
            if h23Key(k, Self.h23SpanishRoadNouns), k + 1 < n, tokens[k + 1].kind == .word || tokens[k + 1].kind == .number {
                var e = k + 1
                if tokens[e].kind == .word, tokens[e].allCaps || tokens[e].capitalized, tokens[e].text.utf8.count <= 3 {
                    e += 1
                    if e + 1 < n, h15GluedHyphen(e) { e += 2 }
                    guard e - 1 > k + 1, tokens[e - 1].kind == .number else { continue }
                    adds.append(mention(k, e, type: .place, evidence: .cue))
                    k = e - 1
                }
            }
        }
        for m in adds { h19Put(m) }
        var removed = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z) = seedSpan(i), tokens[a].script == .latin, tokens[a].kind == .word else { continue }
            // "El Balonmano Puerto de Sagunto", "El Juzgado Federal": a sentence's article before a body's head is not part of it.
            if z > a, h23Key(a, Self.h23SpanishArticles), tokens[a].capitalized, tokens[a].sentenceStart, orgKeyword(at: a + 1) != nil {
                removed.insert(i)
                var e = z + 1
                // "El Juzgado Federal" + "número 2 de Mendoza": a court by its number and town.
                if e + 3 < n, keyIs(e, "numero"), tokens[e + 1].kind == .number, keyIs(e + 2, "de"), h15CapLatin(e + 3) { e += 4 }
                added.append(mention(a + 1, e, type: .organization, evidence: .cue))
                continue
            }
            // "Juzgado Federal" + "número 2 de Mendoza": a court by its number and town.
            if mentionType(i) == .organization, z + 4 < n, keyIs(z + 1, "numero"), tokens[z + 2].kind == .number, keyIs(z + 3, "de"), h15CapLatin(z + 4) {
                removed.insert(i)
                added.append(mention(a, z + 5, type: .organization, evidence: .cue))
                continue
            }
            // "defensor de Bilbao Ferreyra" after "Horacio Bilbao Ferreyra": a place that is the end of a person's name is that person.
            if mentionType(i) == .place, z > a, (mentions + added).contains(where: { $0.type == .person && $0.words.count > mentionWordCount(i) && $0.words.suffix(mentionWordCount(i)).elementsEqual(mentionWords(i)) }) {
                mentions[i].type = .person
                mentions[i].placeContext = false
                continue
            }
            // "Servicio Nacional de Prevención" + "y Respuesta ante Desastres": a body's name goes on over "y" and "ante"/"contra".
            if mentionType(i) == .organization, z + 2 < n, keyIs(z + 1, "y") && h15CapLatin(z + 2) || keyIs(z + 1, "ante") || keyIs(z + 1, "contra") {
                var e = z + 1
                if keyIs(e, "y") { e += 1; while e < n, h15CapLatin(e) { e += 1 } }
                if e + 1 < n, keyIs(e, "ante") || keyIs(e, "contra"), h15CapLatin(e + 1) {
                    e += 1
                    while e < n, h15CapLatin(e) { e += 1 }
                    removed.insert(i)
                    added.append(mention(a, e, type: .organization, evidence: .cue))
                    let (s2, e2) = (tokens[z].end, tokens[e - 1].end)
                    for j in mentions.indices where j != i && mentionKnown(j) == nil && mentionStart(j) >= s2 && mentionEnd(j) <= e2 { removed.insert(j) }
                    continue
                }
            }
            // "portavoz de Vox", "grupo municipal de Izquierda Unida": a party, not a place.
            if mentionType(i) == .place, a >= 2, keyIs(a - 1, "de") || keyIs(a - 1, "del"), h23Key(a - 2, Self.h23SpanishPartyCues) {
                mentions[i].type = .organization
                mentions[i].placeContext = false
                continue
            }
            // "el exintendente de Luján de Cuyo Horacio Bilbao Ferreyra": a title's town run into the person's names: the town
            // (a name, "de", a name) and the person (two or three names) after it.
            if z - a >= 4, a >= 2, keyIs(a - 1, "de"), !tokens[a - 2].capitalized, titleMatch(at: a - 2) != nil || PlainText.hasPrefix(tokens[a - 2].key, "ex"),
               h15CapLatin(a), keyIs(a + 1, "de"), h15CapLatin(a + 2), (a + 3...z).allSatisfy({ h15CapLatin($0) }), z - (a + 3) <= 2 {
                removed.insert(i)
                added.append(mention(a, a + 3, type: .place, evidence: .cue))
                added.append(mention(a + 3, z + 1, type: .person, evidence: .cue))
                continue
            }
        }
        replaceMentions(removing: removed, adding: added)
    }
}
