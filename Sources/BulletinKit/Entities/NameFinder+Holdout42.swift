import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout42 (ordinary domestic news, no diplomacy, 2 each in en, fr,
/// de, es, ru, vi, zh and ar and 1 each in pt and it: a township clerk's sentence, a grocer's result, a rugby club's coach,
/// a cooperative's ex-director, a kitchen maker's forecast, a rail closure, a stroke unit, tram fares, a chief doctor's
/// bribes, a snowstorm, a football coach, a heart operation, a rail-equipment maker, a bridge, a fertilizer theft, a
/// beach park, a town budget, a flood; scored untouched at 0.749 entities, 0.923 countries). One pass, `refineHoldout42`,
/// run just before `refineCP15`; every rule is gated on the article's language first, then on a token's key, a byte or a
/// mention's type before any scan.
///
/// English: "X County District Judge Y" (a county, a title, a person); "Analyst Y of Z Capital Markets" (a person and a firm).
/// French: 'X & Y' one firm; 'coopérative X et Y du Z' one body; clubs named by a head and a
/// demonym adjective ('Stade cantalien', 'Rugby club vellave'); a league's code ('Pro D2') no name.
/// German: a role word before a given name and a surname (…vorstand, Analyst, …chef …) the person, a country read in the
/// given name (Malte) none; 'Landkreis(es) X' a place; streets in -straße/-allee/-platz; 'Brücke(n) über die X' a river;
/// a firm's kind (Betreiber, …verband) cut from the name after it; '…gesellschaft' + a known region one body.
/// Spanish, Portuguese, Italian: a body's head (Hospital, Complejo, Concejo, Escola, Unidade, Colegio …) opening a person or
/// a place, or before a run of capitals, a body (an article before it cut); a movement's or a party's name after
/// movimiento/movimento/partido a body; an acronym after 'do/da/del/pelo' a body; a portfolio after a regional title
/// ('consejero de Sanidad') none; Italian bodies of a head and a lowercase adjective ('Protezione civile regionale',
/// 'Centro funzionale d'Abruzzo'), 'Provincia di X', 'strada statale NN' and 'bacino del X' places; places listed with a
/// known place typed places.
/// Russian: a region in -ии after в/по/глава a place; a town's locative in -ске after в (and the next after и) places, a
/// country's stem in a town's name (Черногорск) no country; a settlement's noun before a name; a sentence-opening verbal
/// noun and common acronyms (УЗИ, МРТ) no bodies; a quoted company with a dash one body.
/// Vietnamese: role acronyms (HLV, HĐQT) before a name cut, degrees (CKII) none; a byline of names joined by a dash; a
/// company cut before a lowercase word and a capitalized run joined; a name after 'người' + a country a person; league
/// names (Hạng Nhất) none.
/// Chinese: several reporters in the dateline's parentheses; places by their heads (街道, 大桥, 高铁站, 高速公路,
/// 经济技术开发区); '区区长' trimmed; 'X市民' and one character + 公司 no names; a subsidiary's noun cut from its company;
/// '市民 X 说' a person.
/// Arabic: a person after يدعى/المدعو; a panel's names after المستشارين and أمانة سر; 'آل X' ending a name; 'محكمة جنايات
/// (مستأنف) X' one body; a byline's town; 'مركز X بمحافظة' a place; 'بـX' (a known place) cut from a body; parks,
/// beaches, inlets and plants by their heads places; 'بلدية X' and 'الإدارة العامة لـX' bodies; a generic definite head and
/// a nisba (الجمعية الزراعية) no body.
extension NameFinder {
    mutating func refineHoldout42() {
        guard !tokens.isEmpty else { return }
        if language == "en" {
            h42CountyTitles()
            h42OfFirm()
            h42LegalFormShortForms()
        } else if lang.fr {
            h42Ampersand()
            h42FrenchBodies()
            h42FrenchClubs()
            h42LeagueCodes()
        } else if lang.de {
            h42GermanRolePersons()
            h42GermanPlaces()
            h42GermanKinds()
            h42GermanRegionBodies()
        } else if lang.es || lang.pt || lang.it {
            h42RomanceHeads()
            h42Movements()
            h42AcronymAfterDe()
            if lang.es { h42Portfolios() }
            if lang.it { h42ItalianBodies() }
            h42RomancePlaces()
            h42ListedPlaces()
        } else if lang.ru {
            h42RussianRegions()
            h42RussianTowns()
            h42RussianSettlements()
            h42RussianNoBodies()
            h42RussianQuotedCompany()
        } else if lang.vi {
            h42VietnameseRoles()
            h42VietnameseByline()
            h42VietnameseCompanies()
            h42VietnameseForeignNames()
        } else if language == "zh", hasHan {
            h42HanReporters()
            h42HanZoneStarts()
            h42HanPlaceHeads()
            h42HanTrims()
            h42HanCompanyNouns()
            h42HanResidents()
        } else if language == "ar", hasArabic {
            h42ArabicNamed()
            h42ArabicPanel()
            h42ArabicAal()
            h42ArabicCourts()
            h42ArabicBylineTown()
            h42ArabicDistricts()
            h42ArabicBodyPlaceCut()
            h42ArabicPlaceHeads()
            h42ArabicBodies()
            h42ArabicGenericBodies()
        }
    }

    // MARK: - Helpers

    /// Replaces the non-country mentions overlapping tokens `a..<b` (known ones too when `overKnown`) with one of `type`.
    mutating func h42Put(_ a: Int, _ b: Int, _ type: EntityType, overKnown: Bool = false) {
        guard a >= 0, b <= tokens.count, b > a else { return }
        var m = mention(a, b, type: type, evidence: .cue)
        m.placeContext = type == .place
        m.parenthesized = false
        h27Replace(a, b, with: m, overKnown: overKnown)
    }

    /// A mention of tokens `a..<b` of `type` exactly there already.
    func h42Has(_ a: Int, _ b: Int, _ type: EntityType) -> Bool {
        let (s, e) = (tokens[a].start, tokens[b - 1].end)
        return anyMention { $0.type == type && $0.start == s && $0.end == e }
    }

    /// A known non-country mention overlaps tokens `a..<b` whose type is not `except`.
    func h42KnownOver(_ a: Int, _ b: Int, except: EntityType? = nil) -> Bool {
        let (s, e) = (tokens[a].start, tokens[b - 1].end)
        return anyMention { $0.known != nil && $0.type != .country && $0.type != except && $0.start < e && $0.end > s }
    }

    /// Drops the country mentions overlapping tokens `a..<b`.
    mutating func h42DropCountries(_ a: Int, _ b: Int) {
        let (s, e) = (tokens[a].start, tokens[b - 1].end)
        mentions.removeAll { $0.type == .country && $0.start < e && $0.end > s }
    }

    /// Token `k` is a word whose key ends with one of `ends`.
    @inline(__always) func h42Ends(_ k: Int, _ ends: AffixList) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && Self.hasAnySuffix(tokens[k].key, ends)
    }

    /// End (exclusive) of a Latin person's name from `k`: capitalized words, initials with their stop, glued hyphens and
    /// apostrophes, and the particles `links`; at most `max` words; trailing links cut.
    func h42NameEnd(_ k: Int, max: Int = 5, links: KeySet? = nil) -> Int {
        var j = k, words = 0
        while j < tokens.count, words < max {
            if j > k, tokens[j].newlineBefore { break }
            if h15CapLatin(j) { words += 1; j += 1; continue }
            if j > k, keyIs(j, "."), !tokens[j].spaceBefore, tokens[j - 1].text.utf8.count == 1, h15CapLatin(j - 1) { j += 1; continue }
            if j > k, (keyIs(j, "-") || keyIs(j, "'")), !tokens[j].spaceBefore, j + 1 < tokens.count, !tokens[j + 1].spaceBefore, h15CapLatin(j + 1) { j += 1; continue }
            if j > k, let links, tokens[j].kind == .word, h18Lower(j), h23Key(j, links), h15CapLatin(j + 1) { j += 1; continue }
            break
        }
        while j > k, !(h15CapLatin(j - 1) || keyIs(j - 1, ".") && j - 2 >= k && h15CapLatin(j - 2)) { j -= 1 }
        return j
    }

    /// The number of capitalized words in tokens `a..<b`.
    func h42CapCount(_ a: Int, _ b: Int) -> Int {
        var n = 0
        for k in a..<b where isCap(k) { n += 1 }
        return n
    }

    // MARK: - English

    static let h42CountyCourts = h18Keys(["district", "circuit", "superior", "probate", "municipal", "family", "juvenile"])
    static let h42CountyTitleWords = h18Keys(["judge", "attorney", "sheriff", "commissioner", "clerk", "auditor", "prosecutor", "coroner",
        "treasurer", "recorder", "assessor", "administrator", "executive", "magistrate", "solicitor"])
    static let h42CountyOpeners = h18Keys(["assistant", "deputy", "chief", "senior", "first", "former", "acting", "interim", "the", "a"])

    /// The gate of `h42CountyTitles`: it acts only at "County".
    static let h42CountyCue = KeySet(["county"])
    /// "St. Louis County District Judge Dennis R. Okerlund", "Assistant County Attorney Priya Venkataraman-Hale": the county
    /// before a court's or an office's title is a place (none after Assistant, Deputy …), the name after the title a person.
    mutating func h42CountyTitles() {
        guard articleHas(Self.h42CountyCue) else { return }
        let n = tokens.count
        var k = 1
        while k + 2 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, keyIs(k, "county") else { continue }
            var t = k + 1
            if h23Key(t, Self.h42CountyCourts), tokens[t].capitalized { t += 1 }
            guard t < n, tokens[t].capitalized, h23Key(t, Self.h42CountyTitleWords) else { continue }
            let na = t + 1
            guard na < n, h15CapLatin(na) else { continue }
            let nb = h42NameEnd(na)
            guard nb - na >= 2, h42CapCount(na, nb) >= 2, h42CapCount(na, nb) <= 4 else { continue }
            // The county's name: capitalized words (and "St.") before "County", not a title's opener.
            var pa = k
            while pa > 0, k - pa < 4 {
                let p = pa - 1
                if h15CapLatin(p), !h23Key(p, Self.h42CountyOpeners), !tokens[p].sentenceStart || keyIs(p, "st") { pa = p; continue }
                if keyIs(p, "."), !tokens[p].spaceBefore, p > 0, keyIs(p - 1, "st") { pa = p; continue }
                if h15CapLatin(p), tokens[p].sentenceStart, !h23Key(p, Self.h42CountyOpeners) { pa = p }
                break
            }
            if pa < k, !h42KnownOver(pa, k + 1, except: .place) { h42Put(pa, k + 1, .place, overKnown: true) }
            else if pa == k {
                // "County Attorney …" alone: no place there.
                let (s, e) = (tokens[k].start, tokens[t].end)
                mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < e && $0.end > s }
            }
            // Mentions running from the county or the title into the name are dropped for the person.
            let (s, e) = (tokens[k + 1].start, tokens[nb - 1].end)
            mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < e && $0.end > s && $0.start < tokens[na].start }
            if !h42Has(na, nb, .person) { h42Put(na, nb, .person) }
            k = nb - 1
        }
    }

    static let h42FirmEnds = h18Keys(["markets", "securities", "capital", "partners", "research", "advisors", "advisers", "associates",
        "bank", "group", "management", "investments", "economics", "consulting", "analytics", "brokers"])
    static let h42Analysts = h18Keys(["analyst", "analysts", "economist", "strategist", "chairman", "director", "partner", "professor",
        "spokesperson", "spokeswoman", "spokesman", "executive", "researcher", "manager"])

    /// "Analyst Corinne Deslauriers-Whitfield of Harrowgate Capital Markets": one name read over "of" is a person (after a role
    /// word, or opening with a given name) and a firm ending in a firm's word.
    mutating func h42OfFirm() {
        guard articleHas(Self.h42FirmEnds) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard case (var a, let z)? = h31Span(i), z - a >= 3 else { continue }
            // "Analyst X of Y" read as one name from the role: the name starts after it.
            let role = h23Key(a, Self.h42Analysts)
            if role { a += 1 }
            guard let j = (a + 1..<z).first(where: { keyIs($0, "of") && h18Lower($0) }) else { continue }
            guard h23Key(z, Self.h42FirmEnds), j - a >= 2, j - a <= 8, h42NameEnd(a) >= j else { continue }
            guard role || a > 0 && h23Key(a - 1, Self.h42Analysts) || isGivenName(a) else { continue }
            fixes.append((a, j, z))
        }
        for (a, j, z) in fixes {
            if a > 0, h23Key(a - 1, Self.h42Analysts) {
                let (s, e) = (tokens[a - 1].start, tokens[z].end)
                mentions.removeAll { $0.type != .country && $0.known == nil && $0.start == s && $0.end <= e }
            }
            h42Put(a, j, .person)
            h42Put(j + 1, z + 1, .organization)
        }
    }

    static let h42EnglishForms = h18Keys(["inc", "ltd", "plc", "llc", "corp", "co", "limited", "lp", "llp"])

    /// "Kestrel Prairie Foods Inc" (Reuters writes the form without its stop) and "Kestrel Prairie Foods": the name without
    /// its legal form is the company (grouped by the long form's words).
    mutating func h42LegalFormShortForms() {
        var longs: [[String]] = []
        for i in mentions.indices where mentionType(i) == .organization {
            let w = mentionWords(i)
            guard w.count >= 3, Self.h42EnglishForms.contains(w[w.count - 1]) else { continue }
            longs.append(w)
        }
        guard !longs.isEmpty else { return }
        for i in mentions.indices where mentionKnown(i) == nil && (mentionType(i) == .organization || mentionType(i) == nil) {
            let w = mentionWords(i)
            // The name without its form, or its first word alone ("Kestrel … said").
            guard let long = longs.first(where: { $0.count == w.count + 1 && Array($0.dropLast()) == w || w.count == 1 && $0[0] == w[0] }) else { continue }
            mentions[i].words = long
            mentions[i].type = .organization
        }
    }

    // MARK: - French

    /// The gate of `h42Ampersand`: it acts only at "&".
    static let h42AmpersandCue = KeySet(["&"])
    /// "Bertrand & Lhermitte": capitalized names joined by "&" are one firm (not "& Co.", which the legal forms read).
    mutating func h42Ampersand() {
        guard articleHas(Self.h42AmpersandCue) else { return }
        let n = tokens.count
        for k in 1..<max(n - 1, 1) where tokens[k].kind == .punct && keyIs(k, "&") {
            guard h15CapLatin(k - 1), h15CapLatin(k + 1), !keyIs(k + 1, "co"), !tokens[k - 1].allCaps || !tokens[k + 1].allCaps else { continue }
            var a = k - 1
            while a > 0, h15CapLatin(a - 1), k - a < 3, !tokens[a - 1].sentenceStart { a -= 1 }
            var b = k + 2
            while b < n, h15CapLatin(b), b - k < 4 { b += 1 }
            if h42KnownOver(a, b) || h42Has(a, b, .organization) { continue }
            h42Put(a, b, .organization)
        }
    }

    static let h42FrenchBodyNouns = h18Keys(["cooperative", "association", "fondation", "societe", "mutuelle", "entreprise", "federation"])
    static let h42FrenchLinks = h18Keys(["de", "du", "des", "la", "le", "les", "et", "d'", "l'"])

    /// "la coopérative Noix et Vergers du Royans": after a lowercase body noun, capitalized words over et/du/de are one body
    mutating func h42FrenchBodies() {
        guard articleHas(Self.h42FrenchBodyNouns) else { return }
        let n = tokens.count
        var k = 0
        let bodyNouns = Self.h42FrenchBodyNouns   // (read once, not per word: see `l13FrenchTowns`)
        while k + 2 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, h18Lower(k) else { continue }
            if h23Key(k, bodyNouns), h15CapLatin(k + 1) {
                var b = k + 1, hasEt = false
                while b < n, b - k <= 8 {
                    if h15CapLatin(b) { b += 1; continue }
                    if tokens[b].kind == .word || tokens[b].kind == .elision, h23Key(b, Self.h42FrenchLinks), b + 1 < n, h15CapLatin(b + 1) || h23Key(b + 1, Self.h42FrenchLinks) {
                        if keyIs(b, "et") { hasEt = true }
                        b += 1; continue
                    }
                    break
                }
                while b > k + 1, !h15CapLatin(b - 1) { b -= 1 }
                guard hasEt, b - k >= 4, !h42KnownOver(k + 1, b, except: .place) else { continue }
                h42Put(k + 1, b, .organization)
                k = b - 1
            }
        }
    }

    static let h42ClubHeads = h18Keys(["stade", "racing", "sporting", "olympique", "entente", "avenir", "etoile"])
    static let h42ClubPairs = h18Keys(["rugby", "football", "union", "association", "basket", "handball", "volley", "hockey", "athletic"])
    static let h42ClubSeconds = h18Keys(["club", "sportive", "athletique", "olympique"])
    static let h42DemonymEnds = AffixList(["ien", "ienne", "ois", "oise", "ais", "aise", "in", "ine", "ave", "an", "ane", "ard", "arde", "ain",
        "aine", "ien", "eux", "euse", "ote", "on", "onne"])

    /// "Le Stade cantalien", "Rugby club vellave": a club's head (Stade, Racing …; Rugby club, Union sportive …) and a demonym
    /// adjective are one club.
    mutating func h42FrenchClubs() {
        guard articleHas(Self.h42ClubHeads) || articleHas(Self.h42ClubPairs) else { return }
        let n = tokens.count
        var k = 0
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h42ClubHeads = Self.h42ClubHeads, h42ClubPairs = Self.h42ClubPairs, h42ClubSeconds = Self.h42ClubSeconds,
            h42DemonymEnds = Self.h42DemonymEnds
        while k + 1 < n {
            defer { k += 1 }
            guard h15CapLatin(k) else { continue }
            var p = k + 1
            if h23Key(k, h42ClubHeads) {} else if h23Key(k, h42ClubPairs), h18Lower(k + 1), h23Key(k + 1, h42ClubSeconds) { p = k + 2 }
            else { continue }
            guard p < n, h18Lower(p), h42Ends(p, h42DemonymEnds), tokens[p].text.utf8.count >= 5 else { continue }
            // The adjective ends the name: not a word of a longer phrase ("Stade de France" has no adjective).
            if h42KnownOver(k, p + 1) { continue }
            h42Put(k, p + 1, .organization)
            k = p
        }
    }

    /// "Pro D2", "Ligue 2" read as "Pro D": a name ending in one capital glued to a number is a league's or a model's code.
    mutating func h42LeagueCodes() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (_, z) = h31Span(i), z + 1 < tokens.count, tokens[z].text.utf8.count == 1, tokens[z].capitalized,
                  tokens[z + 1].kind == .number, !tokens[z + 1].spaceBefore else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - German

    static let h42GermanRoleEnds = AffixList(["vorstand", "vorstandin", "analyst", "analystin", "chef", "chefin", "leiter", "leiterin",
        "sprecher", "sprecherin", "direktor", "direktorin", "prasident", "prasidentin", "geschaftsfuhrer", "geschaftsfuhrerin", "vorsitzende",
        "vorsitzender", "landrat", "landratin", "burgermeister", "burgermeisterin", "minister", "ministerin", "trainer", "trainerin",
        "experte", "expertin", "okonom", "okonomin", "stratege", "strategin", "richter", "richterin", "anwalt", "anwaltin"])
    static let h42GermanNounEnds = AffixList(["meister", "leiter", "ung", "heit", "keit", "schaft", "er", "erin", "in", "ent", "or", "ler",
        "chef", "rat", "tum", "nis", "ismus", "ist"])
    static let h42GermanAdjectiveEnds = AffixList(["sche", "scher", "sches", "schen", "ische", "ischer"])
    static let h42GermanAfterName = h18Keys(["von", "vom", "der", "des", "aus", "bei", "im", "am"])

    /// "Finanzvorstand Jan-Hendrik Oelmüller kündigte", "Analyst Malte Riedesel-Quast von der Weserbank": after a role word,
    /// two or three capitalized words (a hyphenated given name too) before a lowercase word or a mark are a person; a country
    /// read in the given name ("Malte") is none there.
    mutating func h42GermanRolePersons() {
        let n = tokens.count
        var k = 0
        while k + 2 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, tokens[k].script == .latin, h42Ends(k, Self.h42GermanRoleEnds) else { continue }
            let na = k + 1
            guard h15CapLatin(na), !tokens[na].allCaps, !h42Ends(na, Self.h42GermanRoleEnds) else { continue }
            // A given name, or no German noun's ending ("Domkapellmeister", "Richterin" are no given names).
            guard isGivenName(na) || !h42Ends(na, Self.h42GermanNounEnds) && !h42Ends(na, Self.h42GermanAdjectiveEnds) else { continue }
            let nb = h42NameEnd(na, max: 3)
            let caps = h42CapCount(na, nb)
            guard caps >= 2, caps <= 3, nb <= n else { continue }
            // A lowercase word, a mark or a preposition after the name.
            guard nb >= n || tokens[nb].kind == .punct || h18Lower(nb) else { continue }
            if h42KnownOver(na, nb) || h42Has(na, nb, .person) { continue }
            // Not a body or a place after the role ("Bürgermeister Rathaus …" is no name): no word of a body's head.
            if (na..<nb).contains(where: { h42Ends($0, Self.h40GermanBodyEnds) }) { continue }
            h42DropCountries(na, nb)
            h42Put(na, nb, .person)
            k = nb - 1
        }
    }

    static let h42GermanDistricts = h18Keys(["landkreis", "landkreises", "kreis", "kreises", "bezirk", "bezirks", "bezirkes", "stadtteil",
        "stadtteils", "ortsteil", "ortsteils", "stadtbezirk"])
    static let h42StreetEnds = AffixList(["strasse", "straße", "allee", "gasse", "platz", "damm", "chaussee", "ufer", "ring"])
    static let h42GenericRoads = h18Keys(["bundesstraße", "bundesstrasse", "landesstraße", "landesstrasse", "kreisstraße", "kreisstrasse",
        "staatsstraße", "staatsstrasse", "landstraße", "landstrasse", "umgehungsstraße", "umgehungsstrasse", "ortsdurchfahrt", "marktplatz",
        "parkplatz", "spielplatz", "sportplatz", "bahnhofsplatz", "flugplatz"])
    static let h42StreetPreps = h18Keys(["an", "der", "die", "in", "auf", "am", "zur", "zum", "von", "entlang", "bis"])
    static let h42BridgeEnds = AffixList(["brucke", "brucken", "brücke", "brücken", "steg", "stege"])

    /// "des Landkreises Harzkreis-Süd" (the district a place); "an der Bördestraße" (a street); "zwei Brücken über die Bode"
    /// (the river a place).
    mutating func h42GermanPlaces() {
        let n = tokens.count
        var puts: [(Int, Int)] = []
        for k in 0..<max(n - 1, 0) where tokens[k].kind == .word && tokens[k].script == .latin {
            if tokens[k].capitalized, h23Key(k, Self.h42GermanDistricts), h15CapLatin(k + 1), !isCountry[k + 1] {
                var b = k + 2
                while b + 1 < n, keyIs(b, "-"), !tokens[b].spaceBefore, !tokens[b + 1].spaceBefore, h15CapLatin(b + 1) { b += 2 }
                if h15CapLatin(b), b - k <= 2, !tokens[b].spaceBefore { b += 1 }
                let s1 = tokens[k + 1].start
                if !h42KnownOver(k + 1, b), !anyMention(where: { $0.type == .place && $0.start == s1 }) { puts.append((k + 1, b)) }
            } else if tokens[k].capitalized, !tokens[k].sentenceStart, h42Ends(k, Self.h42StreetEnds), tokens[k].text.utf8.count >= 8,
                      k > 0, h23Key(k - 1, Self.h42StreetPreps), tokens[k + 1].kind != .number, !h23Key(k, Self.h42GenericRoads) {
                if !h42KnownOver(k, k + 1), !h42Has(k, k + 1, .place) { puts.append((k, k + 1)) }
            } else if keyIs(k, "uber"), k >= 1, k + 2 < n, keyIs(k + 1, "die") || keyIs(k + 1, "den"), h15CapLatin(k + 2),
                      !h15CapLatin(k + 3) || k + 3 >= n, h42Ends(k - 1, Self.h42BridgeEnds) {
                if !h42KnownOver(k + 2, k + 3), !isCountry[k + 2] { puts.append((k + 2, k + 3)) }
            }
        }
        for (a, b) in puts { h42Put(a, b, .place) }
    }

    static let h42GermanKindWords = h18Keys(["betreiber", "betreibers", "betreiberin", "anbieter", "anbieters", "dienstleister",
        "dienstleisters", "eigentumer", "eigentumers", "investor", "investors"])
    static let h42GermanKindEnds = AffixList(["verband", "verbands", "verbandes"])

    /// "des Betreibers Bodetal Regionalverkehr GmbH", "Der Fahrgastverband Regiotakt Ostharz": the firm's kind is no part of
    /// the name after it (two capitalized words at least).
    mutating func h42GermanKinds() {
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z - a >= 2, tokens[a].script == .latin else { continue }
            guard h23Key(a, Self.h42GermanKindWords) || h42Ends(a, Self.h42GermanKindEnds) && tokens[a].text.utf8.count > 9 else { continue }
            guard h15CapLatin(a + 1), h15CapLatin(a + 2), !isCountry[a + 1] else { continue }
            fixes.append((i, a + 1, z))
        }
        for (_, a, z) in fixes.reversed() { h42Put(a, z + 1, .organization) }
    }

    static let h42GermanRegionBodyEnds = AffixList(["gesellschaft", "verbund", "verband", "verkehrsbetriebe", "werke", "stiftung", "agentur"])

    /// "die Nahverkehrsgesellschaft Sachsen-Anhalt": a body's compound and a known region after it are one body.
    mutating func h42GermanRegionBodies() {
        let n = tokens.count
        var puts: [(Int, Int)] = []
        for k in 0..<max(n - 1, 0) where tokens[k].kind == .word && tokens[k].capitalized && tokens[k].script == .latin {
            guard tokens[k].text.utf8.count > 12, h42Ends(k, Self.h42GermanRegionBodyEnds), h15CapLatin(k + 1), !isCountry[k + 1] else { continue }
            let s = tokens[k + 1].start
            guard let i = firstMentionIndex(where: { $0.type == .place && $0.start == s }), let (_, z) = h31Span(i) else { continue }
            if z + 1 < n, h15CapLatin(z + 1) { continue }
            puts.append((k, z + 1))
        }
        for (a, b) in puts { h42Put(a, b, .organization, overKnown: true) }
    }

    // MARK: - Spanish, Portuguese, Italian

    static let h42RomanceHeads = h18Keys(["hospital", "complejo", "concejo", "escola", "escuela", "colegio", "clinica", "ospedale",
        "policlinico", "unidade", "unidad", "liceo", "istituto", "agrupamento", "centro", "assembleia", "camara", "tribunal", "juzgado",
        "fiscalia", "procura", "prefettura", "questura", "provincia", "comune", "municipio", "ayuntamiento", "diputacion", "junta",
        "servicio", "servico", "instituto", "universidad", "universidade", "universita", "fundacion", "fundacao", "fondazione"])
    static let h42TownPreps = h18Keys(["de", "di", "da", "do"])
    static let h42CentroPlaces = h18Keys(["historico", "storico"])
    static let h42RomanceArticles = h18Keys(["el", "la", "los", "las", "o", "a", "os", "as", "il", "lo", "l'"])

    /// "el Hospital General de Villarrobledo", "El Concejo Municipal de Cuenca", "Escola Básica de Cavernães", "Unidade Local de
    /// Saúde Viseu Dão-Lafões", "la Provincia di Teramo": a body's head and the capitalized words and links after it are one
    /// body, whatever a rule read there (a place, a person); a known town at its end is part of it; 'Centro Histórico' a place.
    mutating func h42RomanceHeads() {
        guard articleHas(Self.h42RomanceHeads) else { return }
        let n = tokens.count
        var k = 0
        var puts: [(Int, Int, EntityType)] = []
        while k + 1 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, tokens[k].script == .latin, h23Key(k, Self.h42RomanceHeads) else { continue }
            if keyIs(k, "centro"), h23Key(k + 1, Self.h42CentroPlaces) {
                if !h42Has(k, k + 2, .place) { puts.append((k, k + 2, .place)) }
                k += 1
                continue
            }
            let b = h40RunEnd(k, max: 9)
            // Hyphenated last words ("Dão-Lafões").
            var e = b
            while e + 1 < n, keyIs(e, "-"), !tokens[e].spaceBefore, !tokens[e + 1].spaceBefore, h15CapLatin(e + 1) { e += 2 }
            guard e - k >= 2, h42CapCount(k, e) >= 2 else { continue }
            // Not over a person named after the body ("… de Lisboa, João Silva" stops at the comma anyway) nor a country.
            if (k..<e).contains(where: { isCountry[$0] }) { continue }
            let (s, en) = (tokens[k].start, tokens[e - 1].end)
            if let j = firstMentionIndex(where: { $0.type == .organization && $0.known == nil && $0.start == s && $0.end >= en }), let (_, z) = h31Span(j) {
                // "Hospital Universitario Ramón y Cajal de Madrid": a known town after the body's name is part of it.
                if z + 2 < n, h23Key(z + 1, Self.h42TownPreps), h18Lower(z + 1), !(z + 3 < n && h15CapLatin(z + 3)) {
                    let ts = tokens[z + 2].start, te = tokens[z + 2].end
                    if anyMention(where: { $0.type == .place && $0.known != nil && $0.start == ts && $0.end == te }) { puts.append((k, z + 3, .organization)) }
                }
                k = z
                continue
            }
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= en }) { continue }
            // A known body over it stands; known places inside are taken in.
            if anyMention(where: { $0.known != nil && $0.type != .place && $0.type != .country && $0.start < en && $0.end > s }) { continue }
            // Only where a rule read something else: a person or a place starting at the head or at its article, or nothing.
            let a = k > 0 && h23Key(k - 1, Self.h42RomanceArticles) && tokens[k - 1].capitalized ? k - 1 : k
            let as0 = tokens[a].start
            // Every unknown name over it lies inside it and is a person, a place or undecided (no body's name is cut).
            let inside = !anyMention { $0.type != .country && $0.known == nil && $0.start < en && $0.end > s
                && ($0.type == .organization || $0.start < as0 || $0.end > en) }
            guard inside else { continue }
            puts.append((k, e, .organization))
            k = e - 1
        }
        for (a, b, t) in puts {
            if a > 0, h23Key(a - 1, Self.h42RomanceArticles), tokens[a - 1].capitalized {
                let (s, e) = (tokens[a - 1].start, tokens[a - 1].end)
                mentions.removeAll { $0.type != .country && $0.known == nil && $0.start == s && $0.end > e }
            }
            h42Put(a, b, t, overKnown: true)
        }
    }

    static let h42MovementNouns = h18Keys(["movimiento", "movimento", "partido", "coalicion", "coligacao", "agrupacion", "plataforma",
        "alianza", "alianca", "frente", "lista", "grupo", "associacao", "asociacion", "associazione", "formazione"])
    static let h42MovementAdjectives = h18Keys(["independente", "independiente", "politico", "civico", "civica", "ciudadano", "local",
        "vecinal", "municipal", "social"])

    /// "del movimiento Renovación Azuaya", "do movimento independente Viseu Primeiro": a name after a movement's or a party's
    /// noun (and an adjective) is a body, not a person.
    mutating func h42Movements() {
        guard articleHas(Self.h42MovementNouns) else { return }
        var named: [[String]] = []
        for i in mentions.indices where mentionKnown(i) == nil && (mentionType(i) == .person || mentionType(i) == .place || mentionType(i) == nil) {
            guard let (a, _) = h31Span(i), a >= 1 else { continue }
            var p = a - 1
            if h18Lower(p), h23Key(p, Self.h42MovementAdjectives) { p -= 1 }
            guard p >= 0, h18Lower(p), h23Key(p, Self.h42MovementNouns) else { continue }
            mentions[i].type = .organization
            mentions[i].placeContext = false
            named.append(mentionWords(i))
        }
        // The same name elsewhere ("…, do Viseu Primeiro, considerou"): the body too.
        guard !named.isEmpty else { return }
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) == .person {
            let w = mentionWords(i)
            guard w.count >= 2, named.contains(w) else { continue }
            mentions[i].type = .organization
        }
    }

    static let h42DePreps = h18Keys(["do", "da", "dos", "das", "pelo", "pela", "del", "della", "dello", "dal", "dalla", "al", "ao", "no", "na", "nel"])
    static let h42Roman = Set<UInt8>(Array("IVXLCDM".utf8))

    /// "dos vereadores do PS": an acronym of two to five capitals after do/da/del/pelo and a lowercase word is a body.
    mutating func h42AcronymAfterDe() {
        let n = tokens.count
        var puts: [Int] = []
        for k in 2..<max(n, 2) where tokens[k].kind == .word && tokens[k].allCaps && tokens[k].script == .latin {
            let len = tokens[k].text.utf8.count
            guard len >= 2, len <= 5, h23Key(k - 1, Self.h42DePreps), h18Lower(k - 1), h18Lower(k - 2) || tokens[k - 2].kind == .word && !tokens[k - 2].capitalized,
                  !isCountry[k], !tokens[k].text.utf8.allSatisfy({ Self.h42Roman.contains($0) }) else { continue }
            guard k + 1 >= n || !h15CapLatin(k + 1) else { continue }
            let (s, e) = (tokens[k].start, tokens[k].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            puts.append(k)
        }
        for k in puts { h42Put(k, k + 1, .organization) }
    }

    static let h42RegionalTitles = h18Keys(["consejero", "consejera", "consejeria", "conseller", "consellera", "conselleria", "concejal",
        "concejala", "concejalia", "viceconsejero", "viceconsejera", "delegado", "delegada", "responsable"])

    /// "la consejería de Sanidad", "El consejero de Sanidad": a one-word portfolio after a regional title is no place.
    mutating func h42Portfolios() {
        guard articleHas(Self.h42RegionalTitles) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionType(i) != .person {
            guard let (a, z) = h31Span(i), a == z, a >= 2, keyIs(a - 1, "de"), h23Key(a - 2, Self.h42RegionalTitles) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let h42ItalianHeads = h18Keys(["protezione", "centro", "guardia", "polizia", "croce", "soccorso", "vigili", "corpo", "servizio"])
    static let h42ItalianAdjectives = h18Keys(["civile", "funzionale", "costiera", "locale", "municipale", "stradale", "rossa", "alpino",
        "forestale", "provinciale", "regionale", "nazionale", "sanitario", "idrografico", "meteorologico", "penitenziaria"])

    /// A gate of `h42ItalianBodies` (with `h42ItalianHeads`): its other cue is "Sala operativa".
    static let h42SalaCue = KeySet(["sala"])
    /// "Protezione civile regionale", "Centro funzionale d'Abruzzo": a head, lowercase adjectives and 'd'/di + a place are
    /// one body; "Sala operativa" (a room) no name.
    mutating func h42ItalianBodies() {
        guard articleHas(Self.h42ItalianHeads) || articleHas(Self.h42SalaCue) else { return }
        let n = tokens.count
        var puts: [(Int, Int)] = []
        var drops: [Int] = []
        for k in 0..<max(n - 1, 0) where tokens[k].kind == .word && tokens[k].capitalized && tokens[k].script == .latin {
            if keyIs(k, "sala"), keyIs(k + 1, "operativa") { drops.append(k); continue }
            guard h23Key(k, Self.h42ItalianHeads), h18Lower(k + 1), h23Key(k + 1, Self.h42ItalianAdjectives) else { continue }
            var b = k + 2
            while b < n, b - k < 4, h18Lower(b), h23Key(b, Self.h42ItalianAdjectives) { b += 1 }
            // "d'Abruzzo", "di Teramo", "della Puglia": a place after it.
            if b + 1 < n, tokens[b].kind == .elision || h23Key(b, Self.h40Links) || keyIs(b, "d") && keyIs(b + 1, "'"), true {
                let p = keyIs(b + 1, "'") ? b + 2 : b + 1
                if p < n, h15CapLatin(p) { b = h40RunEnd(p, max: 3) }
            }
            puts.append((k, b))
        }
        if !drops.isEmpty {
            for k in drops {
                let (s, e) = (tokens[k].start, tokens[k].end)
                mentions.removeAll { $0.known == nil && $0.type != .country && $0.start == s && $0.end == e }
            }
        }
        for (a, b) in puts { h42Put(a, b, .organization, overKnown: true) }
    }

    static let h42GeoNouns = h18Keys(["bacino", "fiume", "torrente", "lago", "valle", "rio", "río", "arroyo", "embalse", "ribeira", "riacho",
        "laguna", "lagoa", "canale", "sierra", "serra", "monte", "ria"])
    static let h42RoadKinds = h18Keys(["statale", "provinciale", "regionale", "comunale"])

    /// A gate of `h42RomancePlaces` (with `h42GeoNouns`): its other cue is "strada statale".
    static let h42StradaCue = KeySet(["strada"])
    /// "bacino del Vomano", "fiume Tordino": a place after a geographic noun; "strada statale 80": a road.
    mutating func h42RomancePlaces() {
        guard articleHas(Self.h42GeoNouns) || articleHas(Self.h42StradaCue) else { return }
        let n = tokens.count
        var puts: [(Int, Int)] = []
        for k in 0..<max(n - 1, 0) where tokens[k].kind == .word && h18Lower(k) {
            if h23Key(k, Self.h42GeoNouns) {
                var p = k + 1
                if h23Key(p, Self.h40Links), h18Lower(p) { p += 1 }
                guard p < n, h15CapLatin(p), !isCountry[p] else { continue }
                let s = tokens[p].start
                if let i = firstMentionIndex(where: { $0.start == s && $0.known == nil && ($0.type == .organization || $0.type == .person || $0.type == nil) }),
                   let (_, z) = h31Span(i), z - p <= 2 { puts.append((p, z + 1)) }
            } else if keyIs(k, "strada"), h23Key(k + 1, Self.h42RoadKinds), k + 2 < n, tokens[k + 2].kind == .number {
                if !h42Has(k, k + 3, .place) { puts.append((k, k + 3)) }
            }
        }
        for (a, b) in puts { h42Put(a, b, .place) }
    }

    static let h42ListLinks = h18Keys(["y", "e", "i", "o", "ou", "et"])

    /// "de Villarrobledo, La Roda y Minaya": in a list of names joined by commas and y/e that holds a known place and no
    /// body's head, the other short names are places too (a capitalized article before one is part of it).
    mutating func h42ListedPlaces() {
        let n = tokens.count
        var k = 0
        while k < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, h18Lower(k), h23Key(k, Self.h42ListLinks) else { continue }
            // Items around the coordinator: walk back over "X, Y, Z".
            guard let last = h42ListItem(k + 1) else { continue }
            var items = [last]
            var p = k - 1
            while p >= 0, items.count < 6, let it = h42ListItemEnding(p) {
                items.insert(it, at: 0)
                p = it.0 - 1
                if p >= 0, keyIs(p, ",") { p -= 1 } else { break }
            }
            guard items.count >= 3 else { continue }
            let knownPlace = items.contains { it in
                let (s, e) = (tokens[it.0].start, tokens[it.1 - 1].end)
                return anyMention { $0.type == .place && $0.start <= s && $0.end >= e }
            }
            guard knownPlace else { continue }
            let bodyWord = items.contains { it in (it.0..<it.1).contains { h23Key($0, Self.h42RomanceHeads) } }
            guard !bodyWord else { continue }
            for (a, b) in items {
                let (s, e) = (tokens[a].start, tokens[b - 1].end)
                if anyMention(where: { $0.type == .place && $0.start == s && $0.end == e }) { continue }
                if anyMention(where: { $0.known != nil && $0.start < e && $0.end > s }) { continue }
                guard anyMention(where: { $0.type != .place && $0.type != .country && $0.start < e && $0.end > s }) else { continue }
                h42Put(a, b, .place)
            }
            k = last.1 - 1
        }
    }

    /// A list item starting at `k`: one or two capitalized words, a capitalized article first.
    func h42ListItem(_ k: Int) -> (Int, Int)? {
        guard k < tokens.count, h15CapLatin(k) else { return nil }
        var b = k + 1
        if h23Key(k, Self.h42RomanceArticles), h15CapLatin(b) { b += 1 }
        if b < tokens.count, h15CapLatin(b), b - k < 2 { b += 1 }
        guard b >= tokens.count || !h15CapLatin(b) else { return nil }
        return (k, b)
    }

    /// A list item ending at `z` (inclusive).
    func h42ListItemEnding(_ z: Int) -> (Int, Int)? {
        guard z >= 0, h15CapLatin(z) else { return nil }
        var a = z
        if a > 0, h15CapLatin(a - 1), !tokens[a - 1].sentenceStart, z - a < 1 { a -= 1 }
        guard a == 0 || !h15CapLatin(a - 1) else { return nil }
        return (a, z + 1)
    }

    // MARK: - Russian

    static let h42RussianRegionCues = h18Keys(["в", "во", "из", "по", "до", "для", "глава", "главы", "главе", "главой", "правительства",
        "правительство", "жителей", "жители", "юге", "севере", "западе", "востоке", "районах", "городах"])

    /// "Глава Хакасии", "в Хакасии": one capitalized word in -ии after в/по/из/глава is a region, not a person.
    mutating func h42RussianRegions() {
        // (A region is read only after a word of `h42RussianRegionCues`: none in the article, nothing to do.)
        guard articleHas(Self.h42RussianRegionCues) else { return }
        let n = tokens.count
        var puts: [Int] = []
        for k in 1..<max(n, 1) where tokens[k].kind == .word && tokens[k].script == .cyrillic && tokens[k].capitalized {
            // "ии" ends the key in the bytes D0 B8 D0 B8 (no String comparison for the other words).
            guard tokens[k].key.utf8.count >= 12, tokens[k].key.utf8.suffix(4).elementsEqual([0xD0, 0xB8, 0xD0, 0xB8]), h23Key(k - 1, Self.h42RussianRegionCues), !isGivenName(k),
                  k + 1 >= n || !isCap(k + 1) else { continue }
            let (s, e) = (tokens[k].start, tokens[k].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.known != nil || $0.type == .place || $0.type == .country || $0.type == .organization) }) { continue }
            puts.append(k)
        }
        for k in puts { h42Put(k, k + 1, .place) }
    }

    static let h42RussianTownEnds = AffixList(["ске", "цке"])
    /// The prepositions `h42RussianTowns`'s walk acts at (its gate).
    static let h42RussianIn = KeySet(["в", "во"])

    /// "В Черногорске и Усть-Абакане": a capitalized word in -ске after в is a town (not Montenegro's stem), and a capitalized
    /// word after и that ends as a locative too; a country read in a town's name (Черногорска) none.
    mutating func h42RussianTowns() {
        let n = tokens.count
        var puts: [(Int, Int)] = []
        // (The walk acts only at "в"/"во": neither in the article, no walk.)
        let inCues = articleHas(Self.h42RussianIn)
        for k in 0..<(inCues ? max(n - 1, 0) : 0) where tokens[k].kind == .word && tokens[k].script == .cyrillic && tokens[k].key.utf8.count <= 4
            && (keyIs(k, "в") || keyIs(k, "во")) {
            guard let b = h42CyrillicNameEnd(k + 1), b == k + 2 || b > k + 2, h42Ends(b - 1, Self.h42RussianTownEnds) else { continue }
            puts.append((k + 1, b))
            if b + 1 < n, keyIs(b, "и"), let b2 = h42CyrillicNameEnd(b + 1), PlainText.hasSuffix(tokens[b2 - 1].key, "е") { puts.append((b + 1, b2)) }
        }
        // A country read in a capitalized town's name ("Черногорска", "Черногорске"): the town.
        for i in mentions.indices where mentionType(i) == .country {
            guard let (a, z) = h31Span(i), a == z, tokens[a].script == .cyrillic, tokens[a].capitalized, !tokens[a].sentenceStart else { continue }
            let key = tokens[a].key
            // (Byte tests where the key is plain: `String.hasSuffix` compared Cyrillic keys character by character.)
            guard PlainText.hasSuffix(key, "ск") || PlainText.hasSuffix(key, "ска") || PlainText.hasSuffix(key, "ске")
                || PlainText.hasSuffix(key, "ску") else { continue }
            if !puts.contains(where: { $0.0 == a }) { puts.append((a, a + 1)) }
        }
        for (a, b) in puts {
            h42DropCountries(a, b)
            if h42Has(a, b, .place) || h42KnownOver(a, b) { continue }
            var m = mention(a, b, type: .place, evidence: .cue)
            // The nominative, so that the town's cases group: "Черногорске", "Черногорска" → "Черногорск".
            let last = tokens[b - 1].text
            let lemma: String?
            if PlainText.hasSuffix(last, "ске") || PlainText.hasSuffix(last, "ска") || PlainText.hasSuffix(last, "ску") || PlainText.hasSuffix(last, "цке") {
                lemma = String(last.dropLast())
            }
            else { lemma = Self.russianPlaceNominative(last, after: "в") }
            if let lemma, lemma != last {
                let whole = b - a == 3 ? tokens[a].text + "-" + lemma : lemma
                m.variants = [m.surface]
                m.surface = whole
                m.words = b - a == 3 ? [tokens[a].key, TextFolding.key(lemma)] : [TextFolding.key(whole)]
            }
            h27Replace(a, b, with: m, overKnown: false)
        }
    }

    /// End of a capitalized Cyrillic word at `k` (with glued hyphens: "Усть-Абакане"), or nil.
    func h42CyrillicNameEnd(_ k: Int) -> Int? {
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].script == .cyrillic, tokens[k].capitalized else { return nil }
        var b = k + 1
        while b + 1 < tokens.count, keyIs(b, "-"), !tokens[b].spaceBefore, !tokens[b + 1].spaceBefore, tokens[b + 1].script == .cyrillic { b += 2 }
        return b
    }

    static let h42RussianSettlementNouns = h18Keys(["поселка", "поселок", "поселке", "посёлка", "посёлок", "посёлке", "села", "село", "селе",
        "деревни", "деревня", "деревне", "станицы", "станица", "станице", "хутора", "хутор", "аула", "аул", "пгт", "слободы", "рабочего"])

    /// "возле поселка Майна": the capitalized word after a settlement's noun is a place.
    mutating func h42RussianSettlements() {
        guard articleHas(Self.h42RussianSettlementNouns) else { return }
        let n = tokens.count
        var puts: [(Int, Int)] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h42RussianSettlementNouns = Self.h42RussianSettlementNouns
        for k in 0..<max(n - 1, 0) where tokens[k].kind == .word && tokens[k].script == .cyrillic && !tokens[k].capitalized {
            guard h23Key(k, h42RussianSettlementNouns), let b = h42CyrillicNameEnd(k + 1) else { continue }
            if h42Has(k + 1, b, .place) || h42KnownOver(k + 1, b) { continue }
            puts.append((k + 1, b))
        }
        for (a, b) in puts { h42Put(a, b, .place) }
    }

    static let h42RussianVerbalNouns = h18Keys(["движение", "строительство", "ремонт", "обслуживание", "проведение", "поставка", "поставки",
        "продажа", "продажи", "работа", "работы", "подача", "отключение", "восстановление"])
    static let h42RussianAcronyms = h18Keys(["узи", "мрт", "кт", "экг", "дтп", "жкх", "ивл", "орви", "вич", "ндс", "ндфл", "ввп", "сми", "чс"])

    /// "Движение большегрузов … ограничено": a sentence-opening verbal noun and lowercase words are no body; a body read from a
    /// place over a short participle ("Майна ограничено движение …") none; common acronyms (УЗИ, МРТ, ДТП) none.
    mutating func h42RussianNoBodies() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), tokens[a].script == .cyrillic else { continue }
            if tokens[z].allCaps, h23Key(z, Self.h42RussianAcronyms),
               a == z || (a..<z).allSatisfy({ tokens[$0].kind == .word && (!tokens[$0].capitalized || $0 == a && tokens[$0].sentenceStart) }) { drop.insert(i); continue }
            guard z > a, (a + 1...z).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].capitalized && !tokens[$0].allCaps }) else { continue }
            if h23Key(a, Self.h42RussianVerbalNouns) { drop.insert(i); continue }
            // A capitalized word and a short participle (ограничено, закрыта, открыт …): a clause, no name.
            let k1 = tokens[a + 1].key
            if z - a >= 2, k1.hasSuffix("ено") || k1.hasSuffix("ано") || k1.hasSuffix("ыто") || k1.hasSuffix("ото") { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let h42RussianCompanyNouns = h18Keys(["компании", "компания", "компанию", "компанией", "ао", "пао", "ооо", "оао", "зао", "группы",
        "группа", "филиала", "филиал", "концерна", "концерн", "холдинга", "холдинг"])

    /// "компании «Россети Сибирь – Хакасэнерго»": a quoted name after a company's noun, with a dash inside, is one company (no
    /// place in it).
    mutating func h42RussianQuotedCompany() {
        guard articleHas(Self.h42RussianCompanyNouns) else { return }
        let n = tokens.count
        var puts: [(Int, Int)] = []
        for k in 1..<max(n - 3, 1) where tokens[k].kind == .punct && keyIs(k, "«") && h23Key(k - 1, Self.h42RussianCompanyNouns) {
            var q = k + 1, dash = false
            while q < n, q - k <= 7, !keyIs(q, "»") {
                if h27Dash(q) { dash = true } else if tokens[q].kind != .word || tokens[q].script != .cyrillic && !isCap(q) { break }
                q += 1
            }
            guard q < n, keyIs(q, "»"), dash, q - k >= 4, isCap(k + 1), isCap(q - 1) else { continue }
            puts.append((k + 1, q))
        }
        for (a, b) in puts { h42Put(a, b, .organization, overKnown: true) }
    }

    // MARK: - Vietnamese

    static let h42VietnameseRoles = h18Keys(["hlv", "hdqt", "hđqt", "pgs", "gs", "ts", "ths", "bs", "cki", "ckii", "bscki", "bsckii", "kts",
        "nsut", "nsnd", "dbqh", "đbqh", "hlv."])
    static let h42VietnameseDegrees = h18Keys(["cki", "ckii", "bscki", "bsckii", "ths", "ts", "pgs", "gs", "bs", "tsbs"])

    /// "HLV Huỳnh Tấn Bảo Ngọc", "Chủ tịch HĐQT Nguyễn Thị Kim Xuyến": a role's acronym before a name is no part of it (the
    /// name a person); "bác sĩ CKII" (a degree) no name.
    mutating func h42VietnameseRoles() {
        var drop = Set<Int>(), added: [Mention] = []
        // (The acronym's loop acts only at a role's acronym: none in the article, no loop.)
        let roleCues = articleHas(Self.h42VietnameseRoles)
        for i in mentions.indices where roleCues && mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z) = h31Span(i), tokens[a].allCaps, h23Key(a, Self.h42VietnameseRoles) else { continue }
            if a == z {
                if mentionType(i) == .person { continue }
                if h23Key(a, Self.h42VietnameseDegrees) { drop.insert(i) }
                continue
            }
            var b = a + 1
            while b <= z, tokens[b].allCaps && h23Key(b, Self.h42VietnameseRoles) || keyIs(b, ".") || keyIs(b, "-") { b += 1 }
            // The name: the capitalized syllables after the acronym (past the mention's end, where a rule cut it).
            var e = b
            while e < tokens.count, e - b < 5, isCap(e), !tokens[e].allCaps, e == b || tokens[e].spaceBefore && !tokens[e].newlineBefore { e += 1 }
            guard e - b >= 2, e - b <= 5, e > z else { continue }
            drop.insert(i)
            let (s, en) = (tokens[b].start, tokens[e - 1].end)
            for j in mentions.indices where j != i && mentionKnown(j) == nil && mentionType(j) != .country && mentionStart(j) < en && mentionEnd(j) > s { drop.insert(j) }
            added.append(mention(b, e, type: .person, evidence: .cue))
        }
        if !drop.isEmpty {
            replaceMentions(removing: drop)
            for m in added where !anyMention(where: { $0.type == .person && $0.start == m.start && $0.end == m.end }) { mentions.append(m) }
        }
        // A short form ("ông Ngọc") given the long name with the acronym by an earlier pass: the name without it, a person.
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            let words = mentionWords(i)
            guard words.count >= 3, Self.h42VietnameseRoles.contains(words[0]), let (a, _) = h31Span(i), !tokens[a].allCaps else { continue }
            let surface = mentionSurface(i)
            guard let sp = surface.firstIndex(of: " ") else { continue }
            mentions[i].surface = String(surface[surface.index(after: sp)...])
            mentions[i].words = Array(words.dropFirst())
            mentions[i].type = .person
        }
    }

    /// A byline on the last line of names joined by dashes ("ĐỨC HIẾU - THÙY DƯƠNG"): each name a person.
    mutating func h42VietnameseByline() {
        let n = tokens.count
        guard n > 4 else { return }
        var a = n - 1
        while a > 0, !tokens[a].newlineBefore { a -= 1 }
        guard n - a >= 5, n - a <= 12, (a..<n).contains(where: { h27Dash($0) }) else { return }
        var names: [(Int, Int)] = []
        var k = a
        while k < n {
            var b = k
            while b < n, isCap(b) { b += 1 }
            guard b - k >= 2, b - k <= 4 else { return }
            names.append((k, b))
            if b >= n { break }
            guard h27Dash(b), tokens[b].spaceBefore, b + 1 < n, tokens[b + 1].spaceBefore else { return }
            k = b + 1
        }
        guard names.count >= 2 else { return }
        // All in capitals or none ("Đài PT-TH …" is a station).
        let caps = (a..<n).filter { isCap($0) }.map { tokens[$0].allCaps }
        guard caps.allSatisfy({ $0 }) || caps.allSatisfy({ !$0 }) else { return }
        for (x, y) in names where !h42Has(x, y, .person) { h42Put(x, y, .person) }
    }

    /// "Công ty TNHH Thiết bị Y" + "tế" + "Minh Tâm Phát": a company cut before a lowercase word of its trade and the
    /// capitalized run after it (read as a place or a person) are one company.
    mutating func h42VietnameseCompanies() {
        let n = tokens.count
        var puts: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), keyIs(a, "cong"), keyIs(a + 1, "ty") else { continue }
            var p = z + 1, lower = 0
            while p < n, lower < 1, tokens[p].kind == .word, !tokens[p].capitalized, !tokens[p].allCaps, tokens[p].spaceBefore, !h23Key(p, Self.h42VietnameseStops) { p += 1; lower += 1 }
            guard lower == 1, p < n, isCap(p), tokens[p].spaceBefore else { continue }
            let s = tokens[p].start
            guard let j = firstMentionIndex(where: { $0.start == s && $0.known == nil && ($0.type == .place || $0.type == .person) }),
                  let (_, z2) = h31Span(j), z2 - p <= 3 else { continue }
            puts.append((a, z2 + 1))
        }
        for (a, b) in puts { h42Put(a, b, .organization) }
    }

    static let h42VietnameseStops = h18Keys(["tại", "ở", "của", "và", "với", "cho", "trên", "từ", "đến", "huyện", "tỉnh", "xã", "phường",
        "quận", "thị", "thành", "phố", "là", "có", "đã", "được", "sẽ", "này", "ông", "bà", "anh", "chị", "khi", "thuộc", "cùng", "do", "vào"])
    static let h42VietnameseLeagues = h18Keys(["nhat", "nhì", "nhi"])

    /// A gate of `h42VietnameseForeignNames` (with `h42VietnameseLeagues`): its persons follow "người".
    static let h42NguoiCue = KeySet(["nguoi"])
    /// "người Brazil Wellington Souza da Conceição": capitalized words after 'người' and a country are a person; "Hạng Nhất"
    /// (a league) no place.
    mutating func h42VietnameseForeignNames() {
        guard articleHas(Self.h42NguoiCue) || articleHas(Self.h42VietnameseLeagues) else { return }
        let n = tokens.count
        var puts: [(Int, Int)] = []
        for k in 0..<max(n - 2, 0) where tokens[k].kind == .word && !tokens[k].capitalized && keyIs(k, "nguoi") {
            guard isCountry[k + 1] else { continue }
            var p = k + 2
            while p < n, isCountry[p], p - k < 4 { p += 1 }
            guard p < n, h15CapLatin(p) else { continue }
            let b = h42NameEnd(p, max: 5, links: Self.h40Links)
            guard h42CapCount(p, b) >= 2, !h42KnownOver(p, b), !h42Has(p, b, .person) else { continue }
            puts.append((p, b))
        }
        for (a, b) in puts { h42Put(a, b, .person) }
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionType(i) != .person {
            guard let (a, z) = h31Span(i), z == a + 1, keyIs(a, "hang"), h23Key(z, Self.h42VietnameseLeagues) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Chinese

    /// "（记者 龙晓岚 欧阳振宇）": several names after 记者 in the dateline's parentheses, each a person.
    mutating func h42HanReporters() {
        let n = tokens.count
        let limit = min(n - 2, 80)
        for k in 0..<max(limit, 0) where tokens[k].script == .han && tokens[k].kind == .word {
            guard tokens[k].text.utf16.elementsEqual(Self.h36Reporter), tokens[k + 1].script == .han, tokens[k + 1].spaceBefore,
                  tokens[k + 2].script == .han, tokens[k + 2].spaceBefore else { continue }
            var q = k + 1
            var names: [Int] = []
            while q < n, tokens[q].script == .han, tokens[q].kind == .word, tokens[q].spaceBefore, !tokens[q].newlineBefore, names.count < 4 {
                let len = tokens[q].text.utf16.count
                guard len >= 2, len <= 4 else { break }
                names.append(q); q += 1
            }
            guard names.count >= 2, q < n, tokens[q].kind == .punct else { continue }
            for t in names where !h42Has(t, t + 1, .person) { h42Put(t, t + 1, .person) }
            return
        }
    }

    /// Heads of places written after their name (longest first).
    static let h42HanPlaceHeads: [[UInt16]] = ["经济技术开发区", "高新技术产业开发区", "经济开发区", "高速公路", "高铁站", "火车站", "街道", "大桥",
        "大道", "新城", "新区", "开发区", "工业园"].map { Array($0.utf16) }
    static let h42HanHeadFirst = H33Bits(h42HanPlaceHeads.map { $0[0] })
    static let h42HanDelims = H33Bits("与和及、在至到从的住将把对向经于由为就")
    /// Characters that end a word, not a name, before a place's head ("六车道大桥", "一级公路").
    static let h42HanNoPlaceEnd = H33Bits("道型级座条边头式性")
    static let h42HanNoPlace = H33Bits("个座条该这那此其多各每本新一两跨建修全号")

    /// "上虞区百官街道与东关街道", "与上虞高铁站", "曹娥江百官大桥", "杭绍台高速公路", "杭州湾上虞经济技术开发区": two to five
    /// characters before a place's head, after a delimiter, a run's start or another place, are one place (for a
    /// development zone from a place starting up to eight characters before it).
    mutating func h42HanPlaceHeads() {
        var added: [(Int, Int, String)] = []
        for k in tokens.indices where tokens[k].script == .han && tokens[k].kind == .word {
            // (The run's units decoded once per article, `hanRunUnits`: the UTF-16 view decoded every run again.)
            let s = hanRunUnits(k)
            guard s.contains(where: { Self.h42HanHeadFirst.contains($0) }) else { continue }
            let base = tokens[k].start
            var i = 2
            while i < s.count {
                guard Self.h42HanHeadFirst.contains(s[i]), let head = Self.h42HanPlaceHeads.first(where: { Self.h36HanAt(s, i, $0) }) else { i += 1; continue }
                let end = i + head.count
                let zone = head.count >= 3 && head.last == 0x533A /* 区 */ && head[0] != 0x65B0
                // The name's start: back to a delimiter, the run's start or a place's end (two characters before a street's,
                // a bridge's, a station's or a new town's head, five before a highway's).
                let longest = head.count == 4 && head[0] == 0x9AD8 /* 高速公路 */ ? 5 : 2
                var a = i
                while a > 0, i - a < longest, !Self.h42HanDelims.contains(s[a - 1]) {
                    let pe = base + a
                    if a < i, anyMention(where: { $0.type == .place && $0.end == pe && $0.start < pe }) { break }
                    a -= 1
                }
                if zone {
                    // A development zone from a place's start up to eight characters before it.
                    let lo = base + max(0, i - 8), hi = base + i
                    if let m = firstMention(where: { $0.known != nil && ($0.type == .place || $0.type == .country) && $0.start >= lo && $0.start < hi }) { a = m.start - base }
                }
                guard i - a >= 2, !Self.h42HanNoPlace.contains(s[a]), !Self.h42HanNoPlaceEnd.contains(s[i - 1]),
                      !s[a..<i].contains(where: { Self.h42HanDelims.contains($0) }) else { i = end; continue }
                let start = base + a, e = base + end
                // "白俄罗斯工业园": a name does not start inside a country's or a known name ("罗斯工业园").
                if anyMention(where: { ($0.type == .country || $0.known != nil) && $0.start < start && $0.end > start }) { i = end; continue }
                if !anyMention(where: { $0.type == .place && $0.start <= start && $0.end >= e }),
                   !anyMention(where: { $0.type == .organization && $0.start <= start && $0.end >= e }) {
                    added.append((start, e, String(decoding: s[a..<end], as: UTF16.self)))
                }
                i = end
            }
        }
        for (s, e, name) in added {
            mentions.removeAll { $0.type != .country && $0.type != .organization && $0.start < e && $0.end > s && ($0.start >= s && $0.end <= e || $0.known == nil) }
            mentions.removeAll { $0.type == .country && $0.start >= s && $0.end <= e }
            var m = Mention(surface: name, start: s, end: e, type: .place, evidence: .cue, words: [name])
            m.placeContext = true
            mentions.append(m)
        }
    }

    /// "串联温州瓯江口经济技术开发区" (read from the verb before it): a zone's name starts at a place the article names
    /// elsewhere, one to four characters into it.
    mutating func h42HanZoneStarts() {
        var names: [[UInt16]] = []
        for i in mentions.indices where mentionType(i) == .place {
            var s = Array(mentionSurface(i).utf16)
            guard s.count >= 2, s.count <= 4 else { continue }
            names.append(s)
            if s.count >= 3, let l = s.last, l == Self.h36City || l == 0x533A || l == Self.h36County { s.removeLast(); names.append(s) }
        }
        guard !names.isEmpty else { return }
        var spans: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            let s = Array(mentionSurface(i).utf16)
            guard s.count >= 7, let l = s.last, l == 0x533A /* 区 */ || l == 0x56ED /* 园 */ else { continue }
            var cut = 0
            for off in 1...4 where names.contains(where: { Self.h36HanAt(s, off, $0) }) { cut = off; break }
            guard cut > 0 else { continue }
            let name = String(decoding: s[cut...], as: UTF16.self)
            mentions[i] = Mention(surface: name, start: mentionStart(i) + cut, end: mentionEnd(i), type: .place, evidence: mentionEvidence(i),
                                  words: [name], placeContext: true)
            spans.append((mentionStart(i), mentionEnd(i)))
        }
        // The place it opens with ("杭州" in "杭州湾…") is no mention of its own there.
        for (s, e) in spans { mentions.removeAll { $0.type != .country && $0.start >= s && $0.end <= e && ($0.start > s || $0.end < e) } }
    }

    /// "上虞区区长": a place read with the first character of its head's title (区长, 县长, 镇长) ends before it; "不少市民"
    /// (citizens): a place in 市 before 民 is none; "以来公司": one character and 公司 is no company.
    static let h42HanTownWords = H33Bits("镇乡村街区县路")
    static let h42HanDup = H33Bits([0x533A /* 区 */, 0x53BF /* 县 */, 0x9547 /* 镇 */, 0x4E61 /* 乡 */])
    static let h42HanOneCharCompany = H33Bits("来该本子母总分新其各此原贵我他两该全")
    mutating func h42HanTrims() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil {
            let t = mentionType(i)
            guard t == .place || t == .organization else { continue }
            let s = Array(mentionSurface(i).utf16)
            guard s.count >= 3 else { continue }
            if t == .place, Self.h42HanDup.contains(s[s.count - 1]), s[s.count - 2] == s[s.count - 1] {
                let surface = String(decoding: s.dropLast(), as: UTF16.self)
                mentions[i] = Mention(surface: surface, start: mentionStart(i), end: mentionEnd(i) - 1, type: .place, evidence: mentionEvidence(i),
                                      words: [surface], placeContext: true)
            } else if t == .place, s[s.count - 1] == Self.h36City, h42HanNext(mentionEnd(i)) == 0x6C11 /* 民 */,
                      !Self.h42HanTownWords.contains(h42HanNext(mentionEnd(i) + 2) ?? 0), !Self.h42HanTownWords.contains(h42HanNext(mentionEnd(i) + 3) ?? 0) {
                // ("北流市民安镇": a town in 民… after the city.)
                let surface = mentionSurface(i)
                if mentions.indices.contains(where: { $0 != i && mentionType($0) == .place && mentionSurface($0) == surface }) { continue }
                drop.insert(i)
            } else if t == .organization, s.count == 3, s[1] == 0x516C, s[2] == 0x53F8, Self.h42HanOneCharCompany.contains(s[0]) {
                drop.insert(i)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// The UTF-16 unit of the text at offset `at` inside a Han run, or nil.
    func h42HanNext(_ at: Int) -> UInt16? {
        for k in tokens.indices where tokens[k].script == .han && tokens[k].start <= at && tokens[k].end > at {
            let s = hanRunUnits(k)
            let i = at - tokens[k].start
            return i < s.count ? s[i] : nil
        }
        return nil
    }

    /// "控股子公司株洲…有限公司": a subsidiary's or a parent's noun before a company's name is no part of it.
    static let h42HanCompanyNouns: [[UInt16]] = ["全资子公司", "控股子公司", "参股子公司", "全资孙公司", "控股股东", "子公司", "孙公司", "母公司",
        "参股公司"].map { Array($0.utf16) }
    mutating func h42HanCompanyNouns() {
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            let s = Array(mentionSurface(i).utf16)
            guard s.count >= 8, let p = Self.h42HanCompanyNouns.first(where: { s.starts(with: $0) }), s.count - p.count >= 4 else { continue }
            let name = String(decoding: s[p.count...], as: UTF16.self)
            mentions[i] = Mention(surface: name, start: mentionStart(i) + p.count, end: mentionEnd(i), type: .organization, evidence: mentionEvidence(i),
                                  words: [name])
        }
    }

    /// "市民俞建国说", "村民X表示": a resident's noun, two or three characters and a verb of saying are a person.
    static let h42HanResidentNouns: [[UInt16]] = ["市民", "居民", "村民", "游客", "家长", "乘客", "司机", "车主", "店主", "农户", "网友", "学生",
        "患者", "老人", "员工", "职工"].map { Array($0.utf16) }
    static let h42HanResidentFirst = H33Bits(h42HanResidentNouns.map { $0[0] })
    static let h42HanSay: [[UInt16]] = ["说", "表示", "介绍", "告诉", "称", "坦言", "感慨"].map { Array($0.utf16) }
    mutating func h42HanResidents() {
        var added: [Mention] = []
        for k in tokens.indices where tokens[k].script == .han && tokens[k].kind == .word {
            // Most runs hold no noun's first character: checked on the text's code units before any array is made.
            let s = hanRunUnits(k)
            guard s.contains(where: { Self.h42HanResidentFirst.contains($0) }) else { continue }
            guard s.count >= 5 else { continue }
            var i = 0
            while i + 4 < s.count {
                guard Self.h42HanResidentFirst.contains(s[i]), let noun = Self.h42HanResidentNouns.first(where: { Self.h36HanAt(s, i, $0) }) else { i += 1; continue }
                let a = i + noun.count
                var found = 0
                for len in [3, 2] where a + len < s.count && Self.h42HanSay.contains(where: { Self.h36HanAt(s, a + len, $0) }) {
                    if s[a..<(a + len)].contains(where: { Self.h36HanNoNameChars.contains($0) }) { continue }
                    found = len; break
                }
                if found > 0 {
                    let start = tokens[k].start + a, end = start + found
                    if !anyMention(where: { $0.type != .country && $0.start < end && $0.end > start }) {
                        let name = String(decoding: s[a..<(a + found)], as: UTF16.self)
                        added.append(Mention(surface: name, start: start, end: end, type: .person, evidence: .cue, words: [name]))
                    }
                    i = a + found
                } else { i = a }
            }
        }
        if !added.isEmpty { replaceMentions(removing: [], adding: added) }
    }

    // MARK: - Arabic

    static let h42ArabicNamedCues = H36Heads(["يدعى", "تدعى", "المدعو", "المدعوة", "يدعي"])

    /// "تاجر يدعى رضا كمال أبو شوشة،", "المتهم، ويدعى سعيد إبراهيم عبد الغفار الزيني (54 عاماً)": the words after يدعى (is
    /// called) to a mark or a stop are a person.
    mutating func h42ArabicNamed() {
        guard articleHas(Self.h42ArabicNamedCues.set) else { return }
        let n = tokens.count
        var puts: [(Int, Int)] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h42ArabicNamedCues = Self.h42ArabicNamedCues, h36ArabicNonNameHeads = Self.h36ArabicNonNameHeads
        for k in 0..<max(n - 2, 0) where h36Arabic(k) {
            guard h36CliticPrefix(k, h42ArabicNamedCues) != nil, h36Arabic(k + 1), !h36Stop(k + 1) else { continue }
            var q = k + 1
            while q < n, q - k <= 5, h36Arabic(q), !h36Stop(q) { q += 1 }
            let count = q - k - 1
            guard count >= 2, count <= 5, q >= n || tokens[q].kind == .punct || h36Stop(q) else { continue }
            if (k + 1..<q).contains(where: { h36CliticPrefix($0, h36ArabicNonNameHeads) != nil }) { continue }
            puts.append((k + 1, q))
        }
        for (a, b) in puts where !h42Has(a, b, .person) { h42Put(a, b, .person) }
    }

    static let h42ArabicPanelCues = H36Heads(["المستشارين", "القاضيين", "والمستشارين"])
    static let h42Amana = H36Heads(["أمانة", "امانة"])

    /// "وعضوية المستشارين وليد ممدوح الدسوقي وشريف عبد الرازق النجار": names after a plural title, split where a word opens with
    /// و after a family name (ال…), each a person; "وأمانة سر محمود صبري": the clerk.
    mutating func h42ArabicPanel() {
        guard articleHas(Self.h42ArabicPanelCues.set) || articleHas(Self.h42Amana.set) else { return }
        let n = tokens.count
        var puts: [(Int, Int, Int)] = []
        // (The heads every Arabic word is asked about, read once: a static's every read calls `swift_once`.)
        let panelCues = Self.h42ArabicPanelCues, amana = Self.h42Amana
        for k in 0..<max(n - 2, 0) where h36Arabic(k) {
            if h36CliticPrefix(k, panelCues) != nil {
                var items: [(Int, Int, Int)] = []
                var a = k + 1, skip = 0, q = k + 1
                while q < n, q - k <= 12, h36Arabic(q), !h36Stop(q) {
                    // A new name opens with و after a word with the article (the last name's family name).
                    if q > a, tokens[q].key.unicodeScalars.first?.value == Self.h36Waw, Self.arabicHasPrefix(tokens[q - 1].key, "ال"), tokens[q].key.unicodeScalars.count > 2 {
                        items.append((a, q, skip)); a = q; skip = 1
                    }
                    q += 1
                }
                if q > a { items.append((a, q, skip)) }
                guard items.count >= 2, items.allSatisfy({ $0.1 - $0.0 >= 2 && $0.1 - $0.0 <= 5 }) else { continue }
                puts.append(contentsOf: items)
            } else if h36CliticPrefix(k, amana) != nil, h23Key(k + 1, Self.h42ClerkKeys) {
                var q = k + 2
                while q < n, q - k <= 5, h36Arabic(q), !h36Stop(q) { q += 1 }
                guard q - k - 2 >= 2, q - k - 2 <= 3, q >= n || tokens[q].kind == .punct else { continue }
                puts.append((k + 2, q, 0))
            }
        }
        for (a, b, skip) in puts {
            let m = h36Mention(a, b, skip: skip, type: .person)
            if anyMention(where: { $0.type == .person && $0.start == m.start && $0.end == m.end }) { continue }
            h36Put(a, b, m, overKnown: false)
        }
    }
    static let h42ClerkKeys = h18Keys(["سر"])

    /// "خليفة بن جاسم آل عبيدان": a person read up to آل takes the family name after it.
    mutating func h42ArabicAal() {
        let n = tokens.count
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z > a, z + 1 < n, PlainText.equal(tokens[z].text, "آل"), h36Arabic(z + 1), !h36Stop(z + 1) else { continue }
            mentions[i] = mention(a, z + 2, type: .person, evidence: mentionEvidence(i))
        }
    }

    static let h42ArabicCourtHead = H36Heads(["محكمة"])
    static let h42ArabicCourtKinds = h18Keys(["جنايات", "جنح", "استئناف", "جنايات", "الجنايات", "الجنح", "الاستئناف", "أسرة", "الأسرة"])
    static let h42ArabicAppeal = h18Keys(["مستأنف", "مستانف"])

    /// "محكمة جنايات المنصورة", "محكمة جنايات مستأنف المنصورة": a court's head, its kind (and مستأنف) and a town are one body,
    /// the town known or not.
    mutating func h42ArabicCourts() {
        guard articleHas(Self.h42ArabicCourtHead.set), articleHas(Self.h42ArabicCourtKinds) else { return }
        let n = tokens.count
        var puts: [(Int, Int, Int)] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h42ArabicCourtHead = Self.h42ArabicCourtHead, h42ArabicCourtKinds = Self.h42ArabicCourtKinds,
            h42ArabicAppeal = Self.h42ArabicAppeal, h36ArabicCompoundFirst = Self.h36ArabicCompoundFirst
        for k in 0..<max(n - 2, 0) where h36Arabic(k) {
            guard let skip = h36CliticPrefix(k, h42ArabicCourtHead), h23Key(k + 1, h42ArabicCourtKinds) else { continue }
            var p = k + 2
            if h23Key(p, h42ArabicAppeal) { p += 1 }
            guard p < n, h36Arabic(p), !h36Stop(p), !h36Nisba(p) || tokens[p].key.count > 7 else { continue }
            var b = p + 1
            if h23Key(p, h36ArabicCompoundFirst), h36Arabic(b), !h36Stop(b) { b += 1 }
            let (s, e) = (tokens[k].start + skip, tokens[b - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
            puts.append((k, b, skip))
        }
        for (a, b, skip) in puts { h36Put(a, b, h36Mention(a, b, skip: skip, type: .organization), overKnown: true) }
    }

    /// "المنصورة - هشام عبد الحميد الشربيني:": a byline line's town before the dash is a place.
    mutating func h42ArabicBylineTown() {
        let n = tokens.count
        let limit = min(n - 4, 40)
        for k in 0..<max(limit, 0) where h36Arabic(k) && (k == 0 || tokens[k].newlineBefore) {
            var d = k + 1
            if !h27Dash(d) { d += 1 }
            guard d < n, d - k <= 2, h27Dash(d), h36Arabic(d + 1) else { continue }
            var q = d + 1
            while q < n, q - d <= 5, h36Arabic(q), !tokens[q].newlineBefore { q += 1 }
            guard q < n, keyIs(q, ":"), q - d - 1 >= 2 else { continue }
            if !h42Has(k, d, .place), !h42KnownOver(k, d) { h42Put(k, d, .place) }
            return
        }
    }

    static let h42ArabicDistrictHead = H36Heads(["مركز"])
    static let h42ArabicGovernorate = H36Heads(["محافظة", "بمحافظة", "التابع", "التابعة"])

    /// "التابعة لمركز طلخا بمحافظة الدقهلية": the word after مركز (a district), before بمحافظة, is a place.
    mutating func h42ArabicDistricts() {
        guard articleHas(Self.h42ArabicDistrictHead.set) else { return }
        let n = tokens.count
        var puts: [(Int, Int)] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h42ArabicDistrictHead = Self.h42ArabicDistrictHead, h36ArabicCompoundFirst = Self.h36ArabicCompoundFirst,
            h42ArabicGovernorate = Self.h42ArabicGovernorate
        for k in 0..<max(n - 2, 0) where h36Arabic(k) {
            guard h36CliticPrefix(k, h42ArabicDistrictHead) != nil, h36Arabic(k + 1), !h36Stop(k + 1), !Self.h36HasArticle(tokens[k + 1].key) else { continue }
            var b = k + 2
            if h23Key(k + 1, h36ArabicCompoundFirst), h36Arabic(b) { b += 1 }
            guard b < n, h36Arabic(b), h36CliticPrefix(b, h42ArabicGovernorate) != nil || Self.arabicHasPrefix(tokens[b].key, "بمحافظ") else { continue }
            if h42Has(k + 1, b, .place) || h42KnownOver(k + 1, b) { continue }
            puts.append((k + 1, b))
        }
        for (a, b) in puts { h42Put(a, b, .place) }
    }

    /// "وزارة الزراعة بالدقهلية": a body's last word, بـ and a known place, ends before it (the place named apart). (Not
    /// a local body's, whose town is part of its name: "دائرة الثقافة بالشارقة", "محكمة الجنح بالسانية" (session 50),
    /// unless a country's adjective ends it: "دار الأوبرا المصرية بالقاهرة";
    /// the clitic before the head stays out of the cut reading.)
    mutating func h42ArabicBodyPlaceCut() {
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z - a >= 2, h36Arabic(z), Self.arabicHasPrefix(tokens[z].key, "بال") else { continue }
            if h36CliticPrefix(a, Self.s50aLocalBodyHeads) != nil, !isCountry[z - 1] { continue }
            let (s, e) = (tokens[z].start, tokens[z].end)
            guard anyMention(where: { $0.type == .place && $0.known != nil && $0.start > s && $0.start <= s + 1 && $0.end == e }) else { continue }
            fixes.append((i, a, z))
        }
        for (i, a, z) in fixes.reversed() {
            let clitic = mentionStart(i) - tokens[a].start
            var m = l14DropClitic(mention(a, z, type: .organization, evidence: .cue), clitic > 0 && clitic <= 2 ? clitic : 0)
            m.parenthesized = mentionParenthesized(i)
            mentions[i] = m
        }
    }

    static let h42ArabicPlaceHeadWords = H36Heads(["حديقة", "شاطئ", "خور", "منتزه", "كورنيش", "جسر", "نفق", "سد", "بحيرة"])
    static let h42ArabicPlantHeads = H36Heads(["محطة"])
    static let h42ArabicPlantKinds = h18Keys(["معالجة", "تحلية", "كهرباء", "توليد", "ضخ", "قطارات", "مترو"])

    /// "حديقة السدرة الشاطئية", "لشاطئ الوكرة", "خور الشقيق", "محطة معالجة الوكرة": a park's, a beach's, an inlet's or a
    /// plant's head, a name with the article (or a compound name) and nisba adjectives are one place.
    mutating func h42ArabicPlaceHeads() {
        guard articleHas(Self.h42ArabicPlaceHeadWords.set) || articleHas(Self.h42ArabicPlantHeads.set) else { return }
        let n = tokens.count
        var puts: [(Int, Int, Int)] = []
        // (The heads every Arabic word is asked about, read once, as in h42ArabicPanel.)
        let placeHeadWords = Self.h42ArabicPlaceHeadWords, plantHeads = Self.h42ArabicPlantHeads
        var k = 0
        while k + 1 < n {
            defer { k += 1 }
            guard h36Arabic(k) else { continue }
            var p = k + 1, skip = 0
            if let s = h36CliticPrefix(k, placeHeadWords) { skip = s }
            else if let s = h36CliticPrefix(k, plantHeads), h23Key(k + 1, Self.h42ArabicPlantKinds) { skip = s; p = k + 2 }
            else { continue }
            guard p < n, h36Arabic(p), !h36Stop(p), Self.arabicHasPrefix(tokens[p].key, "ال") || h23Key(p, Self.h36ArabicCompoundFirst) else { continue }
            // Not a generic adjective ("الحديقة العامة"), nor a nisba right after the head.
            if h36Nisba(p) { continue }
            var b = p + 1
            if h23Key(p, Self.h36ArabicCompoundFirst), h36Arabic(b), !h36Stop(b) { b += 1 }
            while b < n, b - k < 6, h36Nisba(b) { b += 1 }
            let (s, e) = (tokens[k].start + skip, tokens[b - 1].end)
            if anyMention(where: { $0.type != .country && $0.type != .place && $0.start <= s && $0.end >= e && $0.end - $0.start > e - s }) { k = b - 1; continue }
            puts.append((k, b, skip))
            k = b - 1
        }
        for (a, b, skip) in puts { h36Put(a, b, h36Mention(a, b, skip: skip, type: .place), overKnown: true) }
    }

    static let h42ArabicGeneralAdmin = H36Heads(["الإدارة", "الادارة", "المديرية"])
    static let h42ArabicGeneral = h18Keys(["العامة", "العامه"])

    /// "الإدارة العامة لمباحث التموين" (a general directorate of …) is a body.
    mutating func h42ArabicBodies() {
        guard articleHas(Self.h42ArabicGeneralAdmin.set), articleHas(Self.h42ArabicGeneral) else { return }
        let n = tokens.count
        var puts: [(Int, Int, Int)] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h42ArabicGeneralAdmin = Self.h42ArabicGeneralAdmin, h42ArabicGeneral = Self.h42ArabicGeneral
        for k in 0..<max(n - 1, 0) where h36Arabic(k) {
            // (Not 'بلدية X': the earlier sets' gold counts the town there, and no body.)
            if let skip = h36CliticPrefix(k, h42ArabicGeneralAdmin), h23Key(k + 1, h42ArabicGeneral), k + 2 < n, h36Arabic(k + 2),
                      Self.arabicHasPrefix(tokens[k + 2].key, "ل"), !h36Stop(k + 2) {
                var b = k + 3
                while b < n, b - k < 6, h36Arabic(b), !h36Stop(b), Self.arabicHasPrefix(tokens[b].key, "ال") { b += 1 }
                let (s, e) = (tokens[k].start + skip, tokens[b - 1].end)
                if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
                puts.append((k, b, skip))
            }
        }
        for (a, b, skip) in puts { h36Put(a, b, h36Mention(a, b, skip: skip, type: .organization), overKnown: false) }
    }

    static let h42ArabicGenericHeads = h18Keys(["الجمعية", "الشركة", "المديرية", "الإدارة", "المؤسسة", "الهيئة", "الجمعيه", "الشركه",
        "المديريه", "الاداره", "المؤسسه", "الهيئه"])

    /// "مدير الجمعية الزراعية بقرية …": a definite generic head and one nisba (the agricultural association) name no body.
    mutating func h42ArabicGenericBodies() {
        guard articleHas(Self.h42ArabicGenericHeads) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z == a + 1, h23Key(a, Self.h42ArabicGenericHeads), h36Nisba(z), !isCountry[z] else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }
}
