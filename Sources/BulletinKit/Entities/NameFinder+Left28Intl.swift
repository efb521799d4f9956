import Foundation

/// Misses seen in the twenty-eighth session in the articles of holdout52 written in languages beyond the core set (Italian,
/// Portuguese, Polish, Turkish, Ukrainian, Indonesian, Dutch), scored untouched first; each a general pattern of the
/// language, tested on other names in EntityLeft28IntlTests. One pass, `refineLeft28Intl`, run after `refineLeft27`; every
/// rule is gated on the article's language before any scan, and looks at a token's key only after a cheap test of its kind
/// and case.
///
/// Turkish: a name ending in a feature's or a body's head word ("Fırtına Deresi", "Kesikköprü Barajı", "Rize Valiliği",
/// "Karayolları 10. Bölge Müdürlüğü") and a railway line before "hattı" are one place or one body; a title word before a
/// name ("Meclis Başkanvekili Nurhan …") is no part of it. Dutch: a lowercase court's or town's head before its name
/// ("rechtbank Gelderland", "de gemeente Barneveld heeft"), a role before a name ("Advocaat …"), a descriptive compound
/// before a body ("Belangenorganisatie …"), body words inside a name read as a person, "Rijksdienst voor X", a person
/// after "in"/"uit", a word listed with places. Indonesian: a body's name runs on over "dan" and over its parenthesized
/// acronym ("Kepolisian Resor (Polres) Buton Tengah"); a body's or a title's words before a person ("Kepala Kantor SAR
/// Kendari La Ode …"); bodies and places read as people from their first word; "TNI-Polri"; the speaker after "kata";
/// "Kota X" grouped with "X"; peoples after "suku", time zones and pe-…-an nouns no names. Polish: streets after
/// "ul."/"ulicy", bodies in their cases read as people, a body's "w" + its town, a surname after a lowercase title, clubs
/// before a town in a football report, a nationality noun before a player (the country named), "PiS". Ukrainian: streets,
/// a title and its lowercase words before a name, "імені" + a name inside a body's name, a place adjective + lowercase
/// adjectives + a body's noun, "Міністерство … України", an acronym inside a person, case forms of a body grouped.
/// Portuguese, Italian, Spanish: a body read as a place or a person from its head noun, a company read as a person from its
/// last word, "Mar X", a person of an age, "Porto de X", a person after "em", a body over "e" before its acronym, two
/// places after "tra"/"entre", "X Y di Town".
extension NameFinder {
    mutating func refineLeft28Intl() {
        guard !tokens.isEmpty, !hasHan, !hasArabic else { return }
        switch language {
        case "tr":
            l28TurkishTitledPeople()
            l28TurkishNamedFeatures()
        case "nl":
            l28DutchLowercaseHeads()
            l28DutchLeadingRoles()
            l28DutchBodyWords()
            l28DutchBodiesForSomething()
            l28PlacesAfterPrepositions(Self.l28DutchPlacePreps)
            l28ListedWithPlaces()
        case "id", "ms":
            l28IndonesianBodyJoins()
            l28IndonesianParenthesizedBodies()
            l28TrailingGivenNames()
            l28IndonesianTitledPeople()
            l28IndonesianTitlesBeforeHeads()
            l28IndonesianHeads()
            l28IndonesianJoinedForces()
            l28IndonesianSpeakers()
            l28IndonesianPeoples()
            l28IndonesianSettlementWords()
            l28IndonesianCommonWords()
            l28CompanyTails()
        case "pl":
            l28PolishStreets()
            l28PolishInflectedBodies()
            l28PolishBodiesOfTowns()
            l28PolishTitledSurnames()
            l28PolishPlacesReadAsPeople()
            l28PolishClubs()
            l28PolishNationalities()
            l28PolishGroundsOfTowns()
            l28MixedCaseAcronyms()
        case "uk":
            l28CyrillicStreets()
            l28CyrillicBodiesOfAdjectives()
            l28CyrillicBodiesOfUkraine()
            l28CyrillicNamedAfter()
            l28CyrillicTitledPeople()
            l28CyrillicBodiesReadAsPeople()
            l28CyrillicAcronymsBeforePeople()
            l28CyrillicBodyStems()
        case "pt", "it", "es":
            l28RomanceBodiesReadAsPlaces()
            l28RomancePeopleOfAnAge()
            if lang.pt { l28PlacesAfterPrepositions(Self.l28PortuguesePlacePreps) }
            if lang.it { l28ItalianPeopleOfATown() }
            l28RomancePorts()
            l28RomanceBodiesBeforeAcronyms()
            l28RomancePlacesBetween()
            l28CompanyTails()
            l28RomanceSeas()
        default:
            // ("phối hợp với Vietjet Air", "talks with Wings Air": the company tails hold in any language.)
            l28CompanyTails()
        }
    }

    // MARK: Helpers

    static func l28Keys(_ list: [String]) -> KeySet { KeySet(list.map { TextFolding.key($0) }) }

    /// Token `k` is a capitalized word of the Latin script.
    @inline(__always) func l28CapLatin(_ k: Int) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].capitalized && tokens[k].script == .latin
    }

    /// Token `k` is a hyphen glued to both its neighbours ("Dikimevi-Natoyolu", "Arnhem-Leeuwarden").
    @inline(__always) func l28GluedHyphen(_ k: Int) -> Bool {
        k > 0 && k + 1 < tokenCount && keyIs(k, "-") && !tokens[k].spaceBefore && !tokens[k + 1].spaceBefore
    }

    /// The end (exclusive) of a run of capitalized Latin words from `p` (hyphen-joined parts one word), at most `limit`
    /// words; `p` when none opens there.
    func l28CapRun(_ p: Int, limit: Int) -> Int {
        var e = p, words = 0
        while e < tokenCount, words < limit {
            if l28CapLatin(e) { e += 1; words += 1; continue }
            if e > p, l28GluedHyphen(e), l28CapLatin(e + 1) { e += 2; continue }
            break
        }
        return e
    }

    /// Drops every unknown, non-country mention overlapping tokens `a..<b` and adds `m` (a known one inside is kept).
    mutating func l28Replace(_ a: Int, _ b: Int, with m: Mention) { h27Replace(a, b, with: m) }

    /// A mention of `type` spans tokens `a..<b` exactly.
    func l28Has(_ a: Int, _ b: Int, _ type: EntityType) -> Bool {
        let (s, e) = (tokens[a].start, tokens[b - 1].end)
        return anyMention(where: { $0.type == type && $0.start == s && $0.end == e })
    }

    /// The length in tokens of the known place (a knowledge-base entry of a place) whose name the lexicon matches at token
    /// `k`, found or not by an earlier reading.
    func l28KnownPlaceLength(_ k: Int) -> Int? { l28KnownPlaceMatch(k)?.length }

    /// The knowledge-base place (its entity index) whose name the lexicon matches at token `k`, and the match's length.
    func l28KnownPlaceMatch(_ k: Int) -> (entity: Int, length: Int)? {
        let names = lex.names
        guard k < tokenCount, names.mayStart(tokens, at: k), let m = names.match(tokens, at: k) else { return nil }
        for p in m.payloads {
            if case .known(let e) = lex.targets[Int(p)], lex.knowledge.entities[e].type == .place { return (e, m.length) }
        }
        return nil
    }

    // MARK: Turkish: features and bodies named by their head word

    /// Head words of a named feature or a piece of infrastructure (folded keys): the capitalized words before one are a place.
    static let l28TurkishPlaceHeads = l28Keys(["Deresi", "Çayı", "Irmağı", "Nehri", "Vadisi", "Yolu", "Otoyolu", "Barajı", "Gölü",
        "Dağı", "Dağları", "Havalimanı", "Havaalanı", "Limanı", "Kapısı", "Köprüsü", "Tüneli", "Caddesi", "Bulvarı", "Sokağı",
        "Meydanı", "Adası", "Körfezi", "Ovası", "Yaylası", "Geçidi", "Kanalı", "Boğazı", "Garı", "Mahallesi", "Burnu", "Ormanı",
        "Platosu", "Şelalesi", "Mağarası"])
    /// Head words of a body (folded keys): the capitalized words before one are a body.
    static let l28TurkishBodyHeads = l28Keys(["Valiliği", "Kaymakamlığı", "Müdürlüğü", "Başkanlığı", "Bakanlığı", "Belediyesi",
        "Üniversitesi", "Mahkemesi", "Başsavcılığı", "Savcılığı", "Komutanlığı", "Kurumu", "Vakfı", "Derneği", "Sendikası", "Odası",
        "Borsası", "Ajansı", "Hastanesi", "İdaresi", "Şirketi", "Federasyonu", "Kulübü", "Enstitüsü", "Fakültesi", "Müsteşarlığı",
        "Genelkurmay", "Konfederasyonu", "Birliği"])
    /// Lowercase words between a line's two ends and its noun ("metro hattı", "tramvay hattı").
    static let l28TurkishLineModifiers = l28Keys(["metro", "tramvay", "banliyö", "tren", "demiryolu", "raylı", "teleferik", "füniküler",
        "otobüs", "boru", "doğalgaz"])

    /// "Fırtına Deresi", "Kesikköprü Barajı'ndan", "Rize Valiliği'nden", "Karayolları 10. Bölge Müdürlüğü", "Ankara Su ve
    /// Kanalizasyon İdaresi Genel Müdürlüğü": the capitalized words before a feature's or a body's head word (with a
    /// numbered unit's "10." and a "ve" between two capitalized words of a body) are one place or one body with it;
    /// "Dikimevi-Natoyolu metro hattının", "Ankara-Sivas Yüksek Hızlı Tren hattını": capitalized words (and a lowercase
    /// kind of line) before "hattı" in any case are a railway line, a place.
    /// (The case ending after the apostrophe is a token of its own, so the name ends at the head word.)
    mutating func l28TurkishNamedFeatures() {
        let places = Self.l28TurkishPlaceHeads, bodies = Self.l28TurkishBodyHeads
        var k = 1
        while k < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin else { continue }
            let type: EntityType
            var p = k - 1
            var line = false
            if tokens[k].capitalized {
                if places.contains(tokens[k]) { type = .place } else if bodies.contains(tokens[k]) { type = .organization } else { continue }
            } else {
                // ("hattı", "hattının", "hattını", "hattında", "hattıyla": the line's noun in its cases.)
                guard tokens[k].keyLength >= 6, tokens[k].keyLength <= 12, PlainText.hasPrefix(tokens[k].key, "hatt") else { continue }
                type = .place; line = true
                if p >= 0, tokens[p].kind == .word, !tokens[p].capitalized, Self.l28TurkishLineModifiers.contains(tokens[p]) { p -= 1 }
            }
            var a = p + 1, words = 0
            while p >= 0, words < 6 {
                if l28CapLatin(p), !(words > 0 && isGivenName(p) && !isCountry[p]) {
                    a = p; words += 1; p -= 1; continue
                }
                if l28GluedHyphen(p), l28CapLatin(p - 1) { p -= 1; continue }
                // ("10. Bölge Müdürlüğü": a unit's number and its dot.)
                if keyIs(p, "."), p >= 2, tokens[p - 1].kind == .number, !tokens[p].spaceBefore, l28CapLatin(p - 2) { p -= 1; continue }
                if tokens[p].kind == .number, keyIs(p + 1, "."), l28CapLatin(p - 1) { p -= 1; continue }
                if type == .organization, keyIs(p, "ve"), l28CapLatin(p - 1), a == p + 1 { p -= 1; continue }
                break
            }
            guard words >= 1, a <= k - (line ? 1 : 0) else { continue }
            let b = k + 1
            if l28Has(a, b, type) { continue }
            let (s, e) = (tokens[a].start, tokens[b - 1].end)
            // A known name running past the span is another reading (a body whose name holds the head word).
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s && ($0.start < s || $0.end > e) }) { continue }
            h27Replace(a, b, with: mention(a, b, type: type, evidence: .cue), overKnown: true)
            k = b - 1
        }
    }

    // MARK: Turkish: a title before a name

    /// Title words (folded keys) written before a person's name ("Belediye Başkanı Mansur Yavaş", "Meclis Başkanvekili X").
    static let l28TurkishTitles = l28Keys(["Başkanvekili", "Başkanı", "Başkan", "Müdürü", "Valisi", "Vali", "Bakanı", "Bakan",
        "Milletvekili", "Sözcüsü", "Kaymakamı", "Kaymakam", "Rektörü", "Sekreteri", "Yardımcısı", "Komutanı", "Başsavcısı",
        "Dekanı", "Müsteşarı", "Büyükelçisi", "Temsilcisi", "Koordinatörü", "Başhekimi", "Muhtarı", "Başkanvekilimiz", "Üyesi",
        "Başkanımız", "Av", "Dr", "Prof", "Doç"])

    /// "Meclis Başkanvekili Nurhan Özdağlar'ın", "AK Parti Grup Başkanvekili Ercan Saltıkoğlu ise": after a title word, two to
    /// four capitalized words (no head word of a place or a body), then no other capitalized word, are a person; an unknown
    /// reading over the title and the name (the title swallowed, or typed a body) gives way to it.
    mutating func l28TurkishTitledPeople() {
        let titles = Self.l28TurkishTitles
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, tokens[k].script == .latin, titles.contains(tokens[k]) else { continue }
            var e = k + 1
            while e < tokenCount, e - k <= 4, l28CapLatin(e), !titles.contains(tokens[e]), !Self.l28TurkishPlaceHeads.contains(tokens[e]),
                  !Self.l28TurkishBodyHeads.contains(tokens[e]), !isCountry[e] { e += 1 }
            guard e - k - 1 >= 2, !(e < tokenCount && tokens[e].kind == .word && tokens[e].capitalized) else { continue }
            let a = k + 1
            if l28Has(a, e, .person) || (a..<e).contains(where: { h27InKnownName($0) }) { k = e - 1; continue }
            let (ts, end) = (tokens[k].start, tokens[e - 1].end)
            // Unknown readings over the title or the name go (one that opens before the title keeps its words before it).
            var cut: [Mention] = []
            for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country && mentions[n].start < end && mentions[n].end > ts {
                guard mentions[n].start < ts, let (ma, _) = seedSpan(n) else { continue }
                var q = k - 1
                while q >= ma, tokens[q].kind == .word, tokens[q].capitalized, !titles.contains(tokens[q]),
                      Self.l28TurkishTitleModifiers.contains(tokens[q]) { q -= 1 }
                if q >= ma { cut.append(mention(ma, q + 1, type: mentions[n].type, evidence: mentions[n].evidence)) }
            }
            mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < end && $0.end > ts }
            mentions.append(contentsOf: cut)
            mentions.append(mention(a, e, type: .person, evidence: .cue))
            k = e - 1
        }
    }

    /// Capitalized words of a title before its head word ("Grup Başkanvekili", "Meclis Başkanvekili", "Genel Müdürü").
    static let l28TurkishTitleModifiers = l28Keys(["Grup", "Meclis", "Genel", "Bölge", "İl", "İlçe", "Belediye", "Daire", "Şube"])

    // MARK: Dutch: a court's or a town's lowercase head before its name

    /// Lowercase heads written before a court's or a municipality's name (folded keys).
    static let l28DutchHeads = l28Keys(["rechtbank", "gerechtshof", "gemeente"])
    /// Prepositions after which "de gemeente X" is the town's territory, not its council.
    static let l28DutchTerritoryPreps = l28Keys(["in", "uit", "bij", "rond", "naar", "binnen", "buiten", "door", "over", "nabij"])

    /// "De rechtbank Gelderland", "het gerechtshof Arnhem-Leeuwarden", "De gemeente Barneveld heeft …": the lowercase head and
    /// the capitalized name after it are one body; "in de gemeente Ede" is the town itself (a place).
    mutating func l28DutchLowercaseHeads() {
        let heads = Self.l28DutchHeads
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin, heads.contains(tokens[k]), l28CapLatin(k + 1) else { continue }
            let e = l28CapRun(k + 1, limit: 3)
            if e < tokenCount, keyIs(e, "van") || keyIs(e, "voor") { continue }   // ("gemeente Den Haag" yes; "Gemeente Raad van …" no)
            if (k + 1..<e).contains(where: { isCountry[$0] || isGivenName($0) && !h27InKnownName($0) }) { continue }
            var territory = false
            if keyIs(k, "gemeente") {
                var q = k - 1
                if keyIs(q, "de") { q -= 1 }
                territory = q >= 0 && tokens[q].kind == .word && Self.l28DutchTerritoryPreps.contains(tokens[q])
            }
            if territory {
                if l28Has(k + 1, e, .place) { continue }
                var m = mention(k + 1, e, type: .place, evidence: .cue)
                m.placeContext = true
                l28Replace(k + 1, e, with: m)
            } else {
                if l28Has(k, e, .organization) { continue }
                l28Replace(k, e, with: mention(k, e, type: .organization, evidence: .cue))
            }
            k = e - 1
        }
    }

    // MARK: Dutch: a role before a name, a descriptive compound before a body

    /// Roles capitalized before a name at a sentence's start (folded keys).
    static let l28DutchRoles = l28Keys(["advocaat", "advocate", "bestuursvoorzitter", "voorzitter", "wethouder", "burgemeester",
        "huisarts", "directeur", "directrice", "woordvoerder", "woordvoerster", "officier", "rechter", "minister", "staatssecretaris",
        "premier", "gedeputeerde", "hoogleraar", "onderzoeker", "onderzoekster", "topman", "topvrouw", "commissaris", "dijkgraaf",
        "gouverneur", "fractievoorzitter", "kamerlid", "raadslid", "korpschef", "hoofdcommissaris", "trainer", "bondscoach",
        "aanvoerder", "doelman", "verdediger", "aanvaller", "spits", "burgervader", "wethouders", "bisschop", "pastoor", "dominee",
        "schrijver", "schrijfster", "kunstenaar", "econoom", "ondernemer", "boer", "boerin", "veehouder", "eigenaar", "eigenares",
        "oprichter", "oprichtster", "dokter", "verpleegkundige", "specialist", "chirurg", "kinderarts", "dierenarts", "notaris",
        "deurwaarder", "politiewoordvoerder", "coach", "ceo", "cfo", "president", "presidente", "prinses", "prins", "koning", "koningin"])
    /// Endings of a compound that describes the body named after it ("Belangenorganisatie LTO", "Patiëntenvereniging X").
    static let l28DutchDescriptorEnds = ["organisatie", "vereniging", "federatie", "koepel", "vakbond", "omroep", "bedrijf", "groep",
                                        "verzekeraar", "instelling", "club", "fonds", "stichting"]

    /// "Advocaat Marieke de Bruijn-Verhagen laat weten", "Bestuursvoorzitter Annelies van Sloten-Dekker wijst": a person read
    /// with a role word before the name is the name after it. "Belangenorganisatie LTO Nederland noemde",
    /// "Patiëntenvereniging Zorgbelang Zeeland houdt": a capitalized compound ending in a body's noun (longer than the noun)
    /// before a name makes the name a body, without it.
    mutating func l28DutchLeadingRoles() {
        let roles = Self.l28DutchRoles
        var n = 0
        while n < mentions.count {
            defer { n += 1 }
            guard mentions[n].known == nil, mentions[n].type != .country, let (a, z) = seedSpan(n), tokens[a].script == .latin else { continue }
            if roles.contains(tokens[a]), z > a, l28CapLatin(a + 1), mentions[n].type == .person || isGivenName(a + 1) {
                mentions[n] = mention(a + 1, z + 1, type: .person, evidence: mentions[n].evidence)
                continue
            }
            // The descriptor is the mention's first word, or the word before it (a sentence's first word left out).
            let d = l28DutchDescriptor(a) ? a : a > 0 && l28DutchDescriptor(a - 1) && tokens[a - 1].end < tokens[a].start ? a - 1 : -1
            guard d >= 0, mentions[n].type != .organization || d == a else { continue }
            let from = d == a ? a + 1 : a
            guard from <= z, l28CapLatin(from), !isGivenName(from) else { continue }
            mentions[n] = mention(from, z + 1, type: .organization, evidence: .cue)
        }
    }

    /// Token `k` is a capitalized Dutch compound ending in a body's noun ("Belangenorganisatie", "Patiëntenvereniging").
    func l28DutchDescriptor(_ k: Int) -> Bool {
        guard l28CapLatin(k), tokens[k].keyLength >= 10 else { return false }
        let key = tokens[k].key
        return Self.l28DutchDescriptorEnds.contains { key.utf8.count >= $0.utf8.count + 4 && PlainText.hasSuffix(key, $0) }
    }

    // MARK: Dutch: body words inside a name read as a person or a place

    /// Words that make a name a body (folded keys), whole words of the name.
    static let l28DutchBodyWords = l28Keys(["ziekenhuis", "omroep", "parket", "staten", "mc", "umc", "ggd", "ambulancevoorziening",
        "zorgautoriteit", "politie", "brandweer", "waterschap", "hogeschool", "universiteit", "academie", "stichting", "vereniging",
        "rechtbank", "gerechtshof", "ministerie", "partij", "bond", "federatie", "museum", "theater", "orkest", "ziekenhuizen",
        "zorggroep", "veiligheidsregio", "omgevingsdienst", "belastingdienst", "inspectie", "raad", "kamer", "college", "unie",
        "dienst", "autoriteit", "instituut", "fonds", "holding", "groep", "bank", "verzekeraar"])
    /// Endings of a compound that make a name a body ("Jeroen Bosch Ziekenhuis" is one word there; "Zorgautoriteit").
    static let l28DutchBodyEnds = ["ziekenhuis", "voorziening", "autoriteit", "ziekenhuizen"]

    /// "Omroep Zeeland", "ZorgSaam Ziekenhuis", "Erasmus MC", "Functioneel Parket", "Regionale Ambulancevoorziening Zeeland":
    /// an unknown person or place holding a body's word (no given name first) is a body; "Staten van Zeeland" after a
    /// capitalized "Gedeputeerde" or "Provinciale" is the body with it.
    mutating func l28DutchBodyWords() {
        let words = Self.l28DutchBodyWords
        for n in mentions.indices where mentions[n].known == nil && (mentions[n].type == .person || mentions[n].type == .place) {
            guard let (a, z) = seedSpan(n), z > a || mentions[n].type == .person, tokens[a].script == .latin, !isGivenName(a) else { continue }
            var body = false
            for q in a...z where tokens[q].kind == .word && tokens[q].capitalized {
                if words.contains(tokens[q]) { body = true; break }
                let key = tokens[q].key
                if tokens[q].keyLength >= 12, Self.l28DutchBodyEnds.contains(where: { PlainText.hasSuffix(key, $0) }) { body = true; break }
            }
            guard body else { continue }
            var from = a
            if keyIs(a, "staten"), a > 0, keyIs(a - 1, "gedeputeerde") || keyIs(a - 1, "provinciale"), l28CapLatin(a - 1) { from = a - 1 }
            mentions[n] = mention(from, z + 1, type: .organization, evidence: .cue)
        }
    }

    // MARK: Indonesian: a body's name over its parenthesized acronym

    /// First words of a body's name (folded keys).
    static let l28IndonesianBodyHeads = l28Keys(["kantor", "dinas", "kepolisian", "badan", "balai", "kementerian", "lembaga",
        "rsud", "rumah", "puskesmas", "polres", "polda", "polsek", "pengadilan", "kejaksaan", "otoritas", "direktorat", "pemerintah",
        "dprd", "universitas", "sekolah", "stasiun", "komando", "pangkalan", "satuan", "unit", "bank", "perusahaan", "yayasan",
        "koperasi", "komisi", "dewan", "majelis", "mahkamah", "biro", "inspektorat", "sekretariat", "pusat", "bandan", "lapas",
        "rutan", "kodim", "korem", "kodam", "lanal", "lanud", "kanwil", "kpu", "bawaslu", "bpbd", "basarnas", "kemenhub"]
        + l30aMalayBodyHeads)
    /// Words that open a person's title or rank, never a body's name run on after an acronym (folded keys).
    static let l28IndonesianTitles = l28Keys(["kepala", "sekretaris", "bupati", "wakil", "gubernur", "wali", "camat", "kapolres",
        "kapolda", "kapolsek", "direktur", "ketua", "deputi", "marsekal", "laksamana", "jenderal", "letnan", "kolonel", "mayor",
        "brigadir", "komisaris", "inspektur", "ajun", "kapten", "menteri", "presiden", "anggota", "kasat", "kasi", "kabid", "plt",
        "pj", "juru", "koordinator", "manajer", "komandan", "danrem", "dandim", "pangdam", "kapuspen", "kabag", "kasubag", "sekda"]
        + l30aMalayTitles)

    /// "Kepolisian Resor (Polres) Buton Tengah", "Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Kelas II Baubau": a body's
    /// name (capitalized words from a body's head, "dan" between two of them), its acronym in parentheses, then one to four
    /// capitalized words (no title, no given name) are one body, the acronym inside it.
    mutating func l28IndonesianParenthesizedBodies() {
        let heads = Self.l28IndonesianBodyHeads, titles = Self.l28IndonesianTitles
        var k = 1
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard keyIs(k, "("), tokens[k + 1].kind == .word, keyIs(k + 2, ")"), l28CapLatin(k - 1), l28CapLatin(k + 3) else { continue }
            var a = k - 1
            while a > 0, a > k - 9 {
                if l28CapLatin(a - 1), !tokens[a].sentenceStart { a -= 1; continue }
                if keyIs(a - 1, "dan"), l28CapLatin(a - 2), !tokens[a].sentenceStart { a -= 2; continue }
                break
            }
            // (The body's head: the run's first word, or a later one after a title: "Kepala Dinas X (Y) Z".)
            guard let h = (a..<k).first(where: { heads.contains(tokens[$0]) }), (a..<h).allSatisfy({ titles.contains(tokens[$0]) }) else { continue }
            let e = l28CapRun(k + 3, limit: 4)
            guard e > k + 3, !titles.contains(tokens[k + 3]), !(k + 3..<e).contains(where: { isGivenName($0) && !h27InKnownName($0) }) else { continue }
            if e < tokenCount, tokens[e].kind == .word, tokens[e].capitalized { continue }
            if l28Has(h, e, .organization) { continue }
            h27Replace(h, e, with: mention(h, e, type: .organization, evidence: .cue), overKnown: true)
            k = e - 1
        }
    }

    // MARK: Indonesian: a body's or a title's words before a person

    /// Place heads before a region's name (folded keys).
    static let l28IndonesianPlaceHeads = l28Keys(["laut", "selat", "teluk", "gunung", "sungai", "danau", "pulau", "tanjung", "pantai",
        "lembah", "kabupaten", "kota", "provinsi", "kecamatan", "desa", "kampung", "distrik", "kelurahan", "pelabuhan", "bandar",
        "jalan", "kepulauan", "semenanjung", "perairan", "bukit", "pegunungan", "tanah"] + l30aMalayPlaceHeads)
    /// Particles that open a person's name in Sulawesi and Bali ("La Ode …", "Wa Ode …", "Andi …", "Ni Made …", "I Wayan …").
    static let l28IndonesianNameParticles = l28Keys(["la", "wa", "andi", "ni", "i", "daeng", "haji", "hj", "teuku", "cut", "raden",
        "gusti", "ida", "dewa", "tengku"])
    /// Words after "La" that are no name ("La Nina", the weather).
    static let l28NotNames = l28Keys(["nina", "niña", "nino", "niño"])
    /// Token `k` is a particle that opens a person's name: "Ni" and "I" only before a Balinese name of the order of birth
    /// ("Komisi I DPR" is a numbered commission).
    func l28NameParticle(_ k: Int) -> Bool {
        guard l28CapLatin(k), Self.l28IndonesianNameParticles.contains(tokens[k]) else { return false }
        if keyIs(k, "i") || keyIs(k, "ni") { return k + 1 < tokenCount && Self.l28BalineseBirthNames.contains(tokens[k + 1]) }
        return tokens[k].keyLength <= 1 || !tokens[k].allCaps
    }
    /// Balinese names of the order of birth, after "Ni" or "I".
    static let l28BalineseBirthNames = l28Keys(["made", "wayan", "putu", "ketut", "nyoman", "komang", "kadek", "gede", "luh", "nengah",
        "gusti", "kade", "nyoman"])

    /// "Kepala Kantor SAR Kendari La Ode Hasrun Madi", "Sekretaris Daerah Kabupaten Buton Tengah Andi Marwan Laupe",
    /// "Marsekal Madya TNI Mohammad Syafii", "Dinas Kebudayaan dan Pariwisata Kabupaten Jayawijaya Yulianus Wetipo Asso": an
    /// unknown reading that opens with a body's head or a title and ends in two to four capitalized words opening with a
    /// given name, a name particle or (after a known place or a place head's name) any word, is a person of those words;
    /// the words before are a body when they open with a body's head, and a place head's name among them is a place.
    /// "Ni Made Ayu …", "La Sabara": a person or a lone word after a name particle runs back over it.
    mutating func l28IndonesianTitledPeople() {
        let heads = Self.l28IndonesianBodyHeads, titles = Self.l28IndonesianTitles
        var n = 0
        while n < mentions.count {
            defer { n += 1 }
            guard mentions[n].known == nil, mentions[n].type != .country, let (a0, z) = seedSpan(n), tokens[a0].script == .latin else { continue }
            guard z - a0 >= 2, heads.contains(tokens[a0]) || titles.contains(tokens[a0]) else { continue }
            // The person's first word: a given name or a particle (not the reading's first words), or the word after a known
            // place inside the reading.
            var q = -1
            for c in (a0 + 1)...(z - 1) where l28CapLatin(c) {
                let after = z - c + 1
                guard after >= 2, after <= 4 else { continue }
                if titles.contains(tokens[c]) || heads.contains(tokens[c]) || Self.l28IndonesianPlaceHeads.contains(tokens[c]) { continue }
                if (c...z).contains(where: { !l28CapLatin($0) || isCountry[$0] }) { continue }
                if (c...z).contains(where: { $0 > c && (titles.contains(tokens[$0]) || heads.contains(tokens[$0])) }) { continue }
                let particle = l28NameParticle(c)
                let afterPlace = anyMention(where: { $0.type == .place && $0.known != nil && $0.end == tokens[c - 1].end })
                // (A place head's one-word name, then a name of three words: "Kabupaten Jayawijaya Yulianus Wetipo Asso".)
                let afterHead = c >= 2 && after == 3 && Self.l28IndonesianPlaceHeads.contains(tokens[c - 2])
                if isGivenName(c) || particle || afterPlace || afterHead { q = c; break }
            }
            guard q > a0 else { continue }
            var added: [Mention] = [mention(q, z + 1, type: .person, evidence: .cue)]
            if heads.contains(tokens[a0]), q - a0 >= 2 {
                added.append(mention(a0, q, type: .organization, evidence: .cue))
            } else if let ph = (a0..<q).first(where: { Self.l28IndonesianPlaceHeads.contains(tokens[$0]) }), ph + 1 < q {
                var m = mention(ph, q, type: .place, evidence: .cue)
                m.placeContext = true
                added.append(m)
            }
            let (s, e) = (mentions[n].start, mentions[n].end)
            mentions.removeAll { $0.known == nil && $0.type != .country && $0.start >= s && $0.end <= e }
            mentions.append(contentsOf: added)
            n = -1
        }
        // "Ni Made Ayu Sukmawati", "La Sabara (46)": a particle left before a person or a lone capitalized word.
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country {
            guard let (a, z) = seedSpan(n), a > 0, l28CapLatin(a - 1), tokens[a - 1].end < tokens[a].start, !tokens[a - 1].allCaps else { continue }
            let p = a - 1
            if keyIs(p, "ni") || keyIs(p, "i") {
                guard Self.l28BalineseBirthNames.contains(tokens[a]), mentions[n].type == .person || z > a else { continue }
            } else if keyIs(p, "la") || keyIs(p, "wa") {
                guard z - a <= 2, (a...z).allSatisfy({ l28CapLatin($0) && !isCountry[$0] }), !Self.l28NotNames.contains(tokens[a]) else { continue }
            } else { continue }
            mentions[n] = mention(p, z + 1, type: .person, evidence: .cue)
        }
    }

    // MARK: Indonesian: bodies and places read from their first word

    /// "Laut Banda", "RSUD Kota Baubau", "Kepolisian Resor Jayawijaya", "Stasiun Meteorologi X": an unknown person or place
    /// whose first word is a body's head is a body; an unknown person whose first word is a place head is a place; "Tim
    /// SAR" (a team) is no person.
    mutating func l28IndonesianHeads() {
        let heads = Self.l28IndonesianBodyHeads, places = Self.l28IndonesianPlaceHeads
        var drop: Set<Int> = []
        for n in mentions.indices where mentions[n].known == nil && (mentions[n].type == .person || mentions[n].type == .place) {
            guard let (a, z) = seedSpan(n), z > a, tokens[a].script == .latin, !isGivenName(a) || heads.contains(tokens[a]) else { continue }
            if heads.contains(tokens[a]), !l28HasTitle(a + 1, z) {
                mentions[n].type = .organization; mentions[n].placeContext = false
            } else if mentions[n].type == .person, places.contains(tokens[a]) {
                mentions[n].type = .place; mentions[n].placeContext = true
            } else if mentions[n].type == .person, keyIs(a, "tim"), z == a + 1, tokens[z].allCaps {
                drop.insert(n)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// A title word lies among tokens `a...z` (a person's words there).
    private func l28HasTitle(_ a: Int, _ z: Int) -> Bool {
        a <= z && (a...z).contains { Self.l28IndonesianTitles.contains(tokens[$0]) }
    }

    // MARK: Latin: a company read as a person from its last word

    /// Last words of a company's name (folded keys).
    static let l28CompanyTails = l28Keys(["air", "airlines", "airways", "aviation", "shipping", "terminals", "crociere", "logistics",
        "logistica", "holding", "holdings", "energia", "energy", "solutions", "systems", "technologies", "motors", "pharma",
        "foods", "capital", "partners", "telecom", "petroleum", "mining", "costruzioni", "trasporti", "assicurazioni", "spa", "srl",
        "tbk", "persero", "group", "gruppo", "grupo", "engenharia", "construtora", "seguros", "investimentos", "participacoes"])

    /// "Msc Crociere", "Apm Terminals", "Trigana Air", "Wings Air": an unknown person of two or three words (no given name
    /// first) whose last word is a company's is a company.
    mutating func l28CompanyTails() {
        let tails = Self.l28CompanyTails
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type == .person {
            guard let (a, z) = seedSpan(n), z > a, z - a <= 2, tokens[z].script == .latin, tails.contains(tokens[z]), !isGivenName(a) else { continue }
            mentions[n].type = .organization
        }
    }

    // MARK: Polish: streets

    /// Street heads (folded keys), the abbreviations with their dot.
    static let l28PolishStreetHeads = l28Keys(["ul", "ulica", "ulicy", "ulicę", "ulicą", "al", "aleja", "alei", "aleję", "aleją",
        "plac", "placu", "placem", "rondo", "ronda", "osiedle", "osiedla", "osiedlu", "os", "pl"])

    /// "przy ul. Telefonicznej", "remontu ulicy Zgierskiej", "z osiedla Teofilów": a lowercase street head (its abbreviation
    /// with its dot) and one to three capitalized words are a place.
    mutating func l28PolishStreets() {
        let heads = Self.l28PolishStreetHeads
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].script == .latin, heads.contains(tokens[k]) else { continue }
            let short = tokens[k].keyLength <= 2
            var p = k + 1
            if short { guard keyIs(p, "."), !tokens[p].spaceBefore else { continue }; p += 1 }
            guard l28CapLatin(p) else { continue }
            let e = l28CapRun(p, limit: 3)
            if (p..<e).contains(where: { isCountry[$0] }) { continue }
            if l28Has(k, e, .place) { continue }
            var m = mention(k, e, type: .place, evidence: .cue)
            m.placeContext = true
            l28Replace(k, e, with: m)
            k = e - 1
        }
    }

    // MARK: Polish: bodies in their cases read as people

    /// Nouns of a body in their cases (folded keys): a name holding one is a body.
    static let l28PolishBodyNouns = l28Keys(["koalicja", "koalicji", "koalicję", "koalicją", "przedsiębiorstwo", "przedsiębiorstwa",
        "przedsiębiorstwu", "przedsiębiorstwem", "izba", "izby", "izbie", "izbę", "izbą", "rada", "rady", "radzie", "radę", "radą",
        "urząd", "urzędu", "urzędem", "spółka", "spółki", "spółce", "spółkę", "fundacja", "fundacji", "stowarzyszenie", "stowarzyszenia",
        "instytut", "instytutu", "agencja", "agencji", "komisja", "komisji", "inspekcja", "inspekcji", "inspektorat", "inspektoratu",
        "zarząd", "zarządu", "straż", "straży", "policja", "policji", "sąd", "sądu", "prokuratura", "prokuratury", "uniwersytet",
        "uniwersytetu", "politechnika", "politechniki", "szpital", "szpitala", "partia", "partii", "związek", "związku", "towarzystwo",
        "towarzystwa", "teatr", "teatru", "bank", "banku", "ośrodek", "ośrodka", "zakład", "zakładu", "kopalnia", "kopalni", "urzędzie",
        "ministerstwo", "ministerstwa", "zespół", "zespołu", "zarządzie", "wydział", "wydziału", "sejmik", "sejmiku", "akademia",
        "akademii", "centrum", "dyrekcja", "dyrekcji", "gmina", "gminy", "starostwo", "starostwa", "województwo"])
    /// Nouns of a plan or a programme in their cases: a name holding one is no entity ("Krajowego Planu Odbudowy").
    static let l28PolishPlanNouns = l28Keys(["plan", "planu", "planie", "program", "programu", "programie", "strategia", "strategii",
        "projekt", "projektu", "fundusz", "funduszu", "funduszy"])

    /// "radnych Koalicji Obywatelskiej", "zajezdni Miejskiego Przedsiębiorstwa Komunikacyjnego", "Regionalna Izba Obrachunkowa":
    /// an unknown person (no given name first) holding a body's noun is a body; one holding a plan's noun is no entity.
    mutating func l28PolishInflectedBodies() {
        let bodies = Self.l28PolishBodyNouns, plans = Self.l28PolishPlanNouns
        var drop: Set<Int> = []
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type == .person {
            guard let (a, z) = seedSpan(n), z > a, tokens[a].script == .latin, !isGivenName(a) else { continue }
            if (a...z).contains(where: { tokens[$0].kind == .word && bodies.contains(tokens[$0]) }) {
                mentions[n].type = .organization
            } else if (a...z).contains(where: { tokens[$0].kind == .word && plans.contains(tokens[$0]) }) {
                drop.insert(n)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "Rada Miejska w Łodzi", "Regionalna Izba Obrachunkowa w Łodzi": an unknown body whose name holds a body's noun, then
    /// "w" and a place (one capitalized word read as a place), is one body with them.
    mutating func l28PolishBodiesOfTowns() {
        let bodies = Self.l28PolishBodyNouns
        var n = 0
        while n < mentions.count {
            defer { n += 1 }
            guard mentions[n].known == nil, mentions[n].type == .organization, let (a, z) = seedSpan(n), z + 2 < tokenCount,
                  keyIs(z + 1, "w"), l28CapLatin(z + 2), (a...z).contains(where: { bodies.contains(tokens[$0]) }) else { continue }
            let (ps, pe) = (tokens[z + 2].start, tokens[z + 2].end)
            guard anyMention(where: { $0.type == .place && $0.start == ps && $0.end == pe }),
                  !(z + 3 < tokenCount && tokens[z + 3].kind == .word && tokens[z + 3].capitalized) else { continue }
            let m = mention(a, z + 3, type: .organization, evidence: mentions[n].evidence)
            mentions.remove(at: n)
            mentions.removeAll { $0.known == nil && $0.type != .country && $0.start >= m.start && $0.end <= m.end }
            mentions.append(m)
            n -= 1
        }
    }

    // MARK: Ukrainian: bodies of a place adjective and a body's noun

    /// Beginnings of a body's noun in its cases (folded keys: "університеті", "бібліотеки", "біржі", "птахофабрика").
    static let l28CyrillicBodyStems: [String] = ["університет", "бібліотек", "біржа", "біржі", "біржу", "біржею", "академі",
        "птахофабрик", "лікарн", "консерваторі", "політехні", "інститут", "музе", "театр", "рада", "ради", "раді", "раду", "радою",
        "адміністраці", "агенці", "служб", "інспекці", "прокуратур", "суд", "фабрик", "завод", "комбінат", "гімназі", "ліце", "школ"]

    /// "Лондонської фондової біржі", "Вінницька птахофабрика", "Львівській національній науковій бібліотеці України імені X":
    /// a capitalized adjective of a place (-ськ-, -цьк-, -зьк-), at most three lowercase adjectives and a lowercase body's noun
    /// (with "України" after it) are one body.
    mutating func l28CyrillicBodiesOfAdjectives() {
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, tokens[k].script == .cyrillic, Self.l28CyrillicPlaceAdjective(tokens[k].key)
            else { continue }
            var p = k + 1
            while p < tokenCount, p - k <= 3, tokens[p].kind == .word, tokens[p].script == .cyrillic, !tokens[p].capitalized,
                  !Self.l28CyrillicBodyNoun(tokens[p].key), Self.l28CyrillicAdjectiveEnding(tokens[p].key) { p += 1 }
            guard p < tokenCount, tokens[p].kind == .word, tokens[p].script == .cyrillic, !tokens[p].capitalized,
                  Self.l28CyrillicBodyNoun(tokens[p].key) else { continue }
            var e = p + 1
            if e < tokenCount, keyIs(e, "україни") { e += 1 }
            if l28Has(k, e, .organization) || anyMention(where: { $0.known != nil && $0.type == .organization && $0.start <= tokens[k].start && $0.end >= tokens[e - 1].end }) { continue }
            h27Replace(k, e, with: mention(k, e, type: .organization, evidence: .cue))
            k = e - 1
        }
    }

    /// A Ukrainian adjective of a place or a country: "-ськ-", "-цьк-", "-зьк-" inside the word, after two letters.
    /// An ending must follow the "к" ("Донецьк", a town, is no adjective). (Scanned in place, three letters at a time: no
    /// array is made of the word.)
    static func l28CyrillicPlaceAdjective(_ key: String) -> Bool {
        var i = 0, found = false
        var p2: Unicode.Scalar = " ", p1: Unicode.Scalar = " "
        for c in key.unicodeScalars {
            if found { return true }
            if i >= 4, c == "к", p1 == "ь", p2 == "с" || p2 == "ц" || p2 == "з" { found = true }
            p2 = p1; p1 = c; i += 1
        }
        return false
    }

    /// Endings of a Ukrainian adjective in its cases.
    static let l28CyrillicAdjectiveEndings: [String] = ["ий", "ій", "а", "е", "ого", "ому", "им", "ім", "ої", "ою", "у", "і", "их", "ими", "я", "є"]
    static func l28CyrillicAdjectiveEnding(_ key: String) -> Bool {
        key.unicodeScalars.count >= 5 && hasAnySuffix(key, l28CyrillicAdjectiveEndings)
    }
    static func l28CyrillicBodyNoun(_ key: String) -> Bool {
        l28CyrillicBodyStems.contains { PlainText.hasPrefix(key, $0) && key.unicodeScalars.count <= $0.unicodeScalars.count + 4 }
    }

    // MARK: Ukrainian: "імені" inside a body's name

    /// "університеті імені Івана Франка", "бібліотеки України імені Василя Стефаника": a body ending right before "імені" runs
    /// on over it and the one to three capitalized words after it (a person read there is part of the body's name).
    mutating func l28CyrillicNamedAfter() {
        var n = 0
        while n < mentions.count {
            defer { n += 1 }
            guard mentions[n].type == .organization, mentions[n].known == nil, let (a, z) = seedSpan(n), z + 2 < tokenCount,
                  keyIs(z + 1, "імені"), tokens[z + 2].kind == .word, tokens[z + 2].capitalized else { continue }
            var e = z + 3
            while e < tokenCount, e - z - 2 < 3, tokens[e].kind == .word, tokens[e].capitalized, tokens[e].spaceBefore { e += 1 }
            while e < tokenCount, keyIs(e, "-"), !tokens[e].spaceBefore, e + 1 < tokenCount, tokens[e + 1].capitalized { e += 2 }
            let m = mention(a, e, type: .organization, evidence: mentions[n].evidence)
            mentions.remove(at: n)
            mentions.removeAll { $0.known == nil && $0.type != .country && $0.start >= m.start && $0.end <= m.end }
            mentions.append(m)
            n -= 1
        }
    }

    // MARK: Ukrainian: a title and its lowercase words before a name

    /// Titles capitalized before a name (folded keys).
    static let l28CyrillicTitles = l28Keys(["ректор", "ректорка", "проректор", "проректорка", "декан", "деканка", "директор",
        "директорка", "голова", "мер", "міністр", "міністерка", "президент", "заступник", "заступниця", "керівник", "керівниця",
        "речник", "речниця", "губернатор", "очільник", "очільниця", "посол", "професор", "професорка", "завідувач", "завідувачка",
        "генеральний", "генеральна", "виконавчий", "виконавча", "прем'єр-міністр", "спікер", "командувач", "начальник", "начальниця"])

    /// "Ректор університету Володимир Мельник", "Директорка центру Ольга …": an unknown reading that opens with a title, then
    /// one to three lowercase words, ends in two or three capitalized words opening with a given name: those are a person.
    mutating func l28CyrillicTitledPeople() {
        let titles = Self.l28CyrillicTitles
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country {
            guard let (a, z) = seedSpan(n), tokens[a].script == .cyrillic, titles.contains(tokens[a]) else { continue }
            var p = a + 1
            while p <= z, tokens[p].kind == .word, !tokens[p].capitalized { p += 1 }
            guard p > a + 1, p - a <= 4, z - p >= 1, z - p <= 2, isGivenName(p) || z == p + 1, (p...z).allSatisfy({ tokens[$0].kind == .word && tokens[$0].capitalized })
            else { continue }
            mentions[n] = mention(p, z + 1, type: .person, evidence: mentions[n].evidence)
        }
    }

    // MARK: Portuguese, Italian, Spanish: a body read as a place

    /// First words of a body's name that a place never opens with (folded keys), beyond `l27OrgFirsts`.
    static let l28RomanceBodyFirsts = l28Keys(["ordem", "orden", "ordine", "direção", "direcção", "dirección", "direzione",
        "administração", "administración", "amministrazione", "autoridade", "autoridad", "autorità", "entidade", "entidad", "ente",
        "inspeção", "inspecção", "inspección", "ispettorato", "unidade", "unidad", "unità", "junta", "assembleia", "asamblea",
        "assemblea", "comando", "guarda", "secretaria", "ufficio", "agenzia", "procura", "procuradoria", "procuraduría", "tribunale",
        "corte", "consorzio", "istituto", "azienda", "universita", "università", "ministero", "questura", "prefettura", "provedoria",
        "sindicato", "sindacato", "associação", "associazione", "federação", "federazione", "confederação", "confederazione",
        "fundação", "fondazione", "comissão", "commissione", "conselho", "consiglio", "instituto", "serviço", "servizio"])

    /// "Ordem dos Médicos", "Direção Executiva do SNS": an unknown place or person (no given name first) whose first word is a
    /// body's head is a body.
    mutating func l28RomanceBodiesReadAsPlaces() {
        let firsts = Self.l28RomanceBodyFirsts, older = Self.l27OrgFirsts
        for n in mentions.indices where mentions[n].known == nil && (mentions[n].type == .place || mentions[n].type == .person) {
            guard let (a, z) = seedSpan(n), z > a, tokens[a].script == .latin, tokens[a].capitalized,
                  firsts.contains(tokens[a]) || older.contains(tokens[a]) && mentions[n].type == .place, !isGivenName(a) else { continue }
            mentions[n].type = .organization; mentions[n].placeContext = false
        }
    }

    // MARK: Portuguese, Italian, Spanish: seas

    /// "il Mar Rosso", "o Mar Vermelho", "el Mar Negro": "Mar" and one capitalized word are a sea (a place), whatever the
    /// word alone was read as.
    mutating func l28RomanceSeas() {
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, keyIs(k, "mar"), l28CapLatin(k + 1), tokens[k + 1].spaceBefore,
                  !isCountry[k + 1], !(k + 2 < tokenCount && tokens[k + 2].kind == .word && tokens[k + 2].capitalized) else { continue }
            if l28Has(k, k + 2, .place) || h27InKnownName(k) { continue }
            // (Inside a longer body's name: "Autorità … del Mar Ligure occidentale" is left as it is.)
            if anyMention(where: { $0.type == .organization && $0.start < tokens[k].start && $0.end >= tokens[k + 1].end }) { continue }
            var m = mention(k, k + 2, type: .place, evidence: .cue)
            m.placeContext = true
            l28Replace(k, k + 2, with: m)
            k += 1
        }
    }

    // MARK: Dutch: a body "voor" or "van" something

    /// Endings of a body's head word before "voor"/"van" and its field ("Rijksdienst voor Ondernemend Nederland").
    static let l28DutchBodyHeadEnds = ["dienst", "raad", "autoriteit", "instituut", "bureau", "fonds", "agentschap", "centrum",
                                      "inspectie", "college", "commissie", "stichting", "vereniging", "federatie", "bond"]

    /// "de Rijksdienst voor Ondernemend Nederland (RVO)", "het Centraal Bureau voor de Statistiek": a capitalized word ending in
    /// a body's noun, "voor" or "van" (and "de"/"het"), and one to three capitalized words are one body; "de Nederlandse
    /// Zorgautoriteit": an unknown body after a capitalized adjective in -se is the body with it.
    mutating func l28DutchBodiesForSomething() {
        let ends = Self.l28DutchBodyHeadEnds
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard l28CapLatin(k), tokens[k].keyLength >= 5, keyIs(k + 1, "voor") || keyIs(k + 1, "van") else { continue }
            let key = tokens[k].key
            guard ends.contains(where: { PlainText.hasSuffix(key, $0) }) else { continue }
            var a = k
            while a > 0, l28CapLatin(a - 1), !tokens[a - 1].sentenceStart, !tokens[a].sentenceStart, a > k - 3 { a -= 1 }
            var p = k + 2
            if keyIs(p, "de") || keyIs(p, "het") { p += 1 }
            let e = l28CapRun(p, limit: 3)
            guard e > p, !(p..<e).contains(where: { isGivenName($0) && !h27InKnownName($0) }) else { continue }
            if l28Has(a, e, .organization) { continue }
            if anyMention(where: { $0.known != nil && $0.type == .organization && $0.start <= tokens[a].start && $0.end >= tokens[e - 1].end }) { continue }
            h27Replace(a, e, with: mention(a, e, type: .organization, evidence: .cue))
            k = e - 1
        }
        for n in mentions.indices where mentions[n].known == nil && (mentions[n].type == .organization || mentions[n].type == nil) {
            guard let (a, z) = seedSpan(n), a > 0, l28CapLatin(a - 1), tokens[a - 1].keyLength >= 5, PlainText.hasSuffix(tokens[a - 1].key, "se"),
                  tokens[a - 1].end < tokens[a].start, !(a >= 2 && tokens[a - 2].kind == .word && tokens[a - 2].capitalized) else { continue }
            mentions[n] = mention(a - 1, z + 1, type: .organization, evidence: mentions[n].evidence)
        }
    }

    // MARK: Latin: a person read after a place's preposition, a word listed with places

    /// Dutch prepositions of place after which a name that is no person's is a place.
    static let l28DutchPlacePreps = l28Keys(["in", "uit", "naar", "vanuit", "rond", "nabij", "richting"])
    /// Beginnings of the Portuguese verbs whose "em" introduces a person ("votar em", "confiar em", "pensar em", "apostar em").
    static let l28PortugueseVerbsBeforeEm = ["vot", "confi", "pens", "apost", "acredit", "investi", "mand", "bat", "toc"]
    /// The Portuguese "em" (its contractions with an article are left out: "no Rio", "na Maria" …).
    static let l28PortuguesePlacePreps = l28Keys(["em"])

    /// "In Zeeuws-Vlaanderen kampt …", "arrastada pela correnteza em Gaspar", "em José Boiteux": an unknown person right after
    /// a preposition of place (no title between) is a place.
    mutating func l28PlacesAfterPrepositions(_ preps: KeySet) {
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type == .person {
            guard let (a, z) = seedSpan(n), a > 0, z - a <= 2, tokens[a].script == .latin, tokens[a - 1].kind == .word,
                  preps.contains(tokens[a - 1]) else { continue }
            // (A Dutch given name is a person's even there: "bij Jan de Vries"; the Portuguese "em" is before a person only
            // after a verb of voting, trusting or thinking: "votaram em Fernando", "confia em Marta".)
            if !lang.pt, isGivenName(a) { continue }
            if lang.pt, a >= 2, tokens[a - 2].kind == .word, Self.l28PortugueseVerbsBeforeEm.contains(where: { PlainText.hasPrefix(tokens[a - 2].key, $0) }) {
                continue
            }
            mentions[n].type = .place; mentions[n].placeContext = true
        }
    }

    /// "De burgemeesters van Vlissingen, Middelburg en Veere": an unknown one-word body (or untyped word) listed with commas or
    /// "en" beside a place is a place.
    mutating func l28ListedWithPlaces() {
        for n in mentions.indices where mentions[n].known == nil && (mentions[n].type == .organization || mentions[n].type == nil) {
            guard let (a, z) = seedSpan(n), z == a, l28CapLatin(a), !tokens[a].allCaps, !isCountry[a] else { continue }
            let before = a >= 2 && l28ListLink(a - 1) && anyMention(where: { $0.type == .place && $0.end == tokens[a - 2].end })
            let after = a + 2 < tokenCount && l28ListLink(a + 1) && anyMention(where: { $0.type == .place && $0.start == tokens[a + 2].start })
            guard before || after else { continue }
            mentions[n].type = .place; mentions[n].placeContext = true
        }
    }

    /// Token `k` links two items of a Dutch list ("," or "en").
    func l28ListLink(_ k: Int) -> Bool { keyIs(k, ",") || keyIs(k, "en") }

    // MARK: Indonesian: a body's name over "dan" and its list

    /// "Dinas Kebudayaan dan Pariwisata …", "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": an unknown body opening with
    /// a body's head, "dan" and the unknown reading after it are one body; items linked by commas join only when the last
    /// link is "dan" and an acronym in parentheses follows the last item.
    mutating func l28IndonesianBodyJoins() {
        let heads = Self.l28IndonesianBodyHeads
        var n = 0
        while n < mentions.count {
            defer { n += 1 }
            guard mentions[n].known == nil, mentions[n].type == .organization, let (a, z) = seedSpan(n), heads.contains(tokens[a]) else { continue }
            var p = z + 1, end = -1
            var items = 0
            while p + 1 < tokenCount, items < 4 {
                var q = p
                let comma = keyIs(q, ",")
                if comma { q += 1 }
                let and = keyIs(q, "dan")
                if and { q += 1 }
                guard comma || and, l28CapLatin(q), let m = firstMention(where: { $0.start == tokens[q].start && $0.known == nil && $0.type != .country }),
                      let mz = seedTokenIndex(end: m.end, from: q) else { break }
                items += 1
                if and {
                    if !comma || (mz + 3 < tokenCount && keyIs(mz + 1, "(") && keyIs(mz + 3, ")")) { end = mz }
                    break
                }
                p = mz + 1
            }
            guard end > z else { continue }
            if (z + 1...end).contains(where: { isGivenName($0) && !h27InKnownName($0) && tokens[$0 - 1].kind != .word }) { continue }
            let m = mention(a, end + 1, type: .organization, evidence: .cue)
            mentions.removeAll { $0.known == nil && $0.type != .country && $0.start >= m.start && $0.end <= m.end }
            mentions.append(m)
            n = -1
        }
    }

    /// "Sekretaris Daerah Kabupaten Buton Tengah Andi" + "Marwan Laupe": an unknown reading that is no person and ends in a
    /// given name right before a person gives the given name to the person.
    mutating func l28TrailingGivenNames() {
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .person && mentions[n].type != .country {
            guard let (a, z) = seedSpan(n), z > a, isGivenName(z) || l28NameParticle(z),
                  z + 1 < tokenCount, tokens[z + 1].spaceBefore,
                  let p = firstMentionIndex(where: { $0.type == .person && $0.known == nil && $0.start == tokens[z + 1].start }),
                  let (_, pz) = seedSpan(p) else { continue }
            let type = mentions[n].type, evidence = mentions[n].evidence
            mentions[p] = mention(z, pz + 1, type: .person, evidence: mentions[p].evidence)
            mentions[n] = mention(a, z, type: type, evidence: evidence)
        }
    }

    /// "Deputi Bidang Pemasaran Kementerian Pariwisata", "Sekretaris Daerah Kabupaten Buton Tengah": an unknown reading that
    /// opens with a title and holds a body's head or a place head after it is that body or that place from there.
    mutating func l28IndonesianTitlesBeforeHeads() {
        let heads = Self.l28IndonesianBodyHeads, places = Self.l28IndonesianPlaceHeads, titles = Self.l28IndonesianTitles
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country {
            guard let (a, z) = seedSpan(n), z > a, titles.contains(tokens[a]),
                  let h = (a + 1..<z).first(where: { heads.contains(tokens[$0]) || places.contains(tokens[$0]) }) else { continue }
            if heads.contains(tokens[h]) {
                mentions[n] = mention(h, z + 1, type: .organization, evidence: .cue)
            } else {
                var m = mention(h, z + 1, type: .place, evidence: .cue)
                m.placeContext = true
                mentions[n] = m
            }
        }
    }

    // MARK: Polish: a surname after a lowercase title, places and clubs

    /// Titles in the genitive, dative, instrumental or accusative before a bare surname (folded keys).
    static let l28PolishTitles = l28Keys(["prezydenta", "prezydentowi", "prezydentem", "premiera", "premierowi", "premierem",
        "ministra", "ministrowi", "ministrem", "marszałka", "marszałkiem", "wojewody", "posła", "posłanki", "senatora", "burmistrza",
        "wójta", "prezesa", "prezesem", "trenera", "trenerem", "rzecznika", "rzeczniczki", "prokuratora", "sędziego", "szefa",
        "szefowej", "kanclerza", "kanclerzem", "papieża", "gubernatora", "dyrektora", "dyrektorki", "profesora", "generała"])

    /// "podpisana przez prezydenta Nawrockiego": a lowercase title in a case and one capitalized word (no known name, no
    /// place, no country) are a person.
    mutating func l28PolishTitledSurnames() {
        let titles = Self.l28PolishTitles
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].script == .latin, titles.contains(tokens[k]), l28CapLatin(k + 1),
                  !tokens[k + 1].allCaps, !isCountry[k + 1], !h27InKnownName(k + 1) else { continue }
            if k + 2 < tokenCount, tokens[k + 2].kind == .word, tokens[k + 2].capitalized || keyIs(k + 2, "-") { continue }
            let (s, e) = (tokens[k + 1].start, tokens[k + 1].end)
            if anyMention(where: { ($0.type == .person || $0.type == .place) && $0.start <= s && $0.end >= e }) { continue }
            l28Replace(k + 1, k + 2, with: mention(k + 1, k + 2, type: .person, evidence: .cue))
        }
    }

    /// "dworca Łódź Fabryczna": an unknown person whose first word is a known place (no given name) is a place.
    mutating func l28PolishPlacesReadAsPeople() {
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type == .person {
            guard let (a, z) = seedSpan(n), z > a, !isGivenName(a), l27KnownPlace(at: a) != nil || l28KnownPlaceLength(a) != nil else { continue }
            mentions[n].type = .place; mentions[n].placeContext = true
        }
    }

    /// Words of a football report (folded keys): an article holding two is about a match.
    static let l28PolishSportWords = l28Keys(["mecz", "meczu", "meczem", "bramkę", "bramki", "bramka", "gola", "gol", "gole",
        "ekstraklasy", "ekstraklasa", "ekstraklasie", "piłkarze", "piłkarzy", "trener", "trenera", "kolejce", "kolejki", "bramkarz",
        "napastnik", "pomocnik", "obrońca", "remis", "zwycięstwo"])
    /// Words before a town that name a ground or a building, not a club ("Arena Zabrze", "Stadion Miejski").
    static let l28PolishGrounds = l28Keys(["arena", "arenie", "areny", "arenę", "stadion", "stadionie", "stadionu", "hala", "hali",
        "dworzec", "dworca", "port", "portu", "lotnisko", "lotniska", "ulica", "ulicy"])

    /// "Górnik Zabrze – Pogoń Szczecin", "z Wisłą Kraków", "Lechem Poznań": in a football report, one capitalized word (no
    /// known place, no ground's word, no capitalized word before it) before a known town is a club. (A club's name in the
    /// instrumental may read as a given name's case: "Legią", "Rakowem".)
    mutating func l28PolishClubs() {
        let sport = Self.l28PolishSportWords
        var hits = 0
        for k in 0..<tokenCount where tokens[k].kind == .word && !tokens[k].capitalized && sport.contains(tokens[k]) {
            hits += 1
            if hits >= 2 { break }
        }
        guard hits >= 2 else { return }
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard l28CapLatin(k), !tokens[k].allCaps, tokens[k + 1].spaceBefore, l28CapLatin(k + 1), l28KnownPlaceLength(k + 1) == 1,
                  !l28CapLatin(k - 1), !isCountry[k], !Self.l28PolishGrounds.contains(tokens[k]) else { continue }
            if l28KnownPlaceLength(k) != nil || l27KnownPlace(at: k) != nil { continue }
            if k + 2 < tokenCount, tokens[k + 2].kind == .word, tokens[k + 2].capitalized { continue }
            if l28Has(k, k + 2, .organization) { continue }
            h27Replace(k, k + 2, with: mention(k, k + 2, type: .organization, evidence: .cue), overKnown: true)
            k += 1
        }
    }

    // MARK: Ukrainian: streets, ministries, bodies read as people

    /// Street heads in their cases (folded keys).
    static let l28CyrillicStreetHeads = l28Keys(["вулиця", "вулиці", "вулицю", "вулицею", "проспект", "проспекту", "проспекті",
        "площа", "площі", "площу", "бульвар", "бульвару", "бульварі", "провулок", "провулку", "набережна", "набережній", "шосе"])

    /// "на вулиці Драгоманова", "проспекті Шевченка": a lowercase street head and one or two capitalized words are a place.
    mutating func l28CyrillicStreets() {
        let heads = Self.l28CyrillicStreetHeads
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic, !tokens[k].capitalized, heads.contains(tokens[k]),
                  tokens[k + 1].kind == .word, tokens[k + 1].capitalized, tokens[k + 1].script == .cyrillic, !isCountry[k + 1] else { continue }
            var e = k + 2
            if e < tokenCount, tokens[e].kind == .word, tokens[e].capitalized, tokens[e].script == .cyrillic { e += 1 }
            if l28Has(k, e, .place) { continue }
            var m = mention(k, e, type: .place, evidence: .cue)
            m.placeContext = true
            l28Replace(k, e, with: m)
            k = e - 1
        }
    }

    /// Capitalized heads of a state body (folded keys) that a ministry's or an agency's name opens with.
    static let l28CyrillicStateHeads = l28Keys(["міністерство", "міністерства", "міністерству", "міністерстві", "міністерством",
        "агентство", "агентства", "агентству", "служба", "служби", "службі", "комітет", "комітету", "фонд", "фонду", "департамент",
        "департаменту", "управління", "інститут", "інституту", "центр", "центру", "рада", "ради", "раді"])

    /// "Міністерство освіти і науки України", "Фонду державного майна України": a capitalized head of a state body, one to five
    /// lowercase words (nouns, adjectives, "і", "та") and "України" are one body.
    mutating func l28CyrillicBodiesOfUkraine() {
        let heads = Self.l28CyrillicStateHeads
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, tokens[k].script == .cyrillic, heads.contains(tokens[k]) else { continue }
            var p = k + 1
            while p < tokenCount, p - k <= 5, tokens[p].kind == .word, !tokens[p].capitalized, tokens[p].script == .cyrillic { p += 1 }
            guard p > k + 1, p < tokenCount, keyIs(p, "україни") else { continue }
            if l28Has(k, p + 1, .organization) { continue }
            h27Replace(k, p + 1, with: mention(k, p + 1, type: .organization, evidence: .cue))
            k = p
        }
    }

    /// Beginnings of a capitalized body's noun that opens a name read as a person ("Університетом Марії Кюрі-Склодовської").
    static let l28CyrillicBodyFirstStems = ["університет", "академі", "інститут", "бібліотек", "музе", "театр", "фонд", "агентств",
                                           "міністерств", "коледж", "ліце", "гімназі", "лікарн", "компані", "корпораці", "асоціаці"]

    /// "співпрацює з Університетом Марії Кюрі-Склодовської": an unknown person or place opening with a capitalized body's noun
    /// in any case is a body.
    mutating func l28CyrillicBodiesReadAsPeople() {
        for n in mentions.indices where mentions[n].known == nil && (mentions[n].type == .person || mentions[n].type == .place) {
            guard let (a, z) = seedSpan(n), tokens[a].script == .cyrillic, tokens[a].capitalized else { continue }
            let key = tokens[a].key
            guard Self.l28CyrillicBodyFirstStems.contains(where: { PlainText.hasPrefix(key, $0) })
                    || (a...z).contains(where: { tokens[$0].kind == .word && tokens[$0].key.contains("служб") }) else { continue }
            mentions[n].type = .organization; mentions[n].placeContext = false
        }
    }

    // MARK: Italian, Portuguese, Spanish: people of an age, people of a town, ports

    /// Words of age after a number ("58 anni", "44 anos", "61 años").
    static let l28AgeWords = l28Keys(["anni", "anos", "años", "anno", "ano", "año"])

    /// "a Fulvio Santarelli, 58 anni": an unknown place or body of two words (or three opening with a given name), then a
    /// comma, a number and a word of age, is a person.
    mutating func l28RomancePeopleOfAnAge() {
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .person && mentions[n].type != .country {
            guard let (a, z) = seedSpan(n), z > a, z - a <= 2, isGivenName(a) || z == a + 1, z + 3 < tokenCount, keyIs(z + 1, ","),
                  tokens[z + 2].kind == .number, tokens[z + 3].kind == .word, Self.l28AgeWords.contains(tokens[z + 3]) else { continue }
            mentions[n].type = .person; mentions[n].placeContext = false
        }
    }

    /// "l'architetta Loredana Pieroni di Foligno": an unknown person of a given name, a surname, a lowercase "di" and one
    /// capitalized word is the person of the first two, the last word a place (a town after a person's name says where from).
    mutating func l28ItalianPeopleOfATown() {
        var added: [Mention] = []
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type == .person {
            guard let (a, z) = seedSpan(n), z == a + 3, isGivenName(a), keyIs(a + 2, "di"), !tokens[a + 2].capitalized, l28CapLatin(z) else { continue }
            mentions[n] = mention(a, a + 2, type: .person, evidence: mentions[n].evidence)
            var m = mention(z, z + 1, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        mentions.append(contentsOf: added)
    }

    /// "O Porto de Itajaí suspendeu …": an unknown person opening with "Porto"/"Puerto" and "de"/"do"/"di" is a place (a
    /// port).
    mutating func l28RomancePorts() {
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type == .person {
            guard let (a, z) = seedSpan(n), z >= a + 2, keyIs(a, "porto") || keyIs(a, "puerto"),
                  keyIs(a + 1, "de") || keyIs(a + 1, "do") || keyIs(a + 1, "da") || keyIs(a + 1, "di") || keyIs(a + 1, "del") else { continue }
            mentions[n].type = .place; mentions[n].placeContext = true
        }
    }

    // MARK: Polish: a nationality noun before a player's name

    /// Polish nouns of nationality in the nominative, genitive/accusative and instrumental (folded keys) and their country.
    static let l28PolishDemonyms: [String: String] = {
        var table: [String: String] = [:]
        let regular: [(String, String)] = [("Słowak", "SK"), ("Duńczyk", "DK"), ("Fin", "FI"), ("Czech", "CZ"), ("Francuz", "FR"),
            ("Hiszpan", "ES"), ("Włoch", "IT"), ("Szwed", "SE"), ("Norweg", "NO"), ("Brazylijczyk", "BR"), ("Argentyńczyk", "AR"),
            ("Portugalczyk", "PT"), ("Gruzin", "GE"), ("Serb", "RS"), ("Chorwat", "HR"), ("Austriak", "AT"), ("Belg", "BE"),
            ("Anglik", "GB"), ("Szkot", "GB"), ("Kanadyjczyk", "CA"), ("Japończyk", "JP"), ("Nigeryjczyk", "NG"), ("Litwin", "LT"),
            ("Łotysz", "LV"), ("Estończyk", "EE"), ("Rumun", "RO"), ("Bułgar", "BG"), ("Grek", "GR"), ("Białorusin", "BY"),
            ("Kolumbijczyk", "CO"), ("Urugwajczyk", "UY"), ("Senegalczyk", "SN"), ("Ghańczyk", "GH"), ("Kameruńczyk", "CM"),
            ("Szwajcar", "CH"), ("Islandczyk", "IS"), ("Irlandczyk", "IE"), ("Bośniak", "BA"), ("Macedończyk", "MK"),
            ("Albańczyk", "AL"), ("Izraelczyk", "IL"), ("Australijczyk", "AU"), ("Chilijczyk", "CL"), ("Ekwadorczyk", "EC"),
            ("Paragwajczyk", "PY"), ("Wenezuelczyk", "VE"), ("Peruwiańczyk", "PE"), ("Polak", "PL"), ("Holender", "NL"),
            ("Węgier", "HU"), ("Słoweniec", "SI"), ("Niemiec", "DE"), ("Ukrainiec", "UA"), ("Czarnogórzec", "ME"),
            ("Amerykanin", "US"), ("Meksykanin", "MX"), ("Rosjanin", "RU"), ("Kostarykanin", "CR"), ("Kosowianin", "XK")]
        // (Stems that drop their last vowel in the other cases: "Holendra", "Węgra", "Niemca", "Ukraińca".)
        let irregular: [String: [String]] = ["Holender": ["Holendra", "Holendrem"], "Węgier": ["Węgra", "Węgrem"],
            "Słoweniec": ["Słoweńca", "Słoweńcem"], "Niemiec": ["Niemca", "Niemcem"], "Ukrainiec": ["Ukraińca", "Ukraińcem"],
            "Czarnogórzec": ["Czarnogórca", "Czarnogórcem"]]
        for (stem, code) in regular {
            var forms = [stem]
            if let other = irregular[stem] { forms += other } else {
                forms.append(stem + "a")
                forms.append(stem + (stem.hasSuffix("k") || stem.hasSuffix("g") ? "iem" : "em"))
            }
            for f in forms { table[TextFolding.key(f)] = code }
        }
        return table
    }()
    static let l28PolishDemonymKeys = KeySet(Array(l28PolishDemonyms.keys))

    /// "strzał Słowaka Patrika Hrebíka", "wprowadzony za Fina Eetu Mäkiaho": a capitalized noun of nationality (not after a
    /// given name, where it is a surname: "Jan Turek") before a name names the country, and the name after it is the person.
    mutating func l28PolishNationalities() {
        let keys = Self.l28PolishDemonymKeys
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard l28CapLatin(k), keys.contains(tokens[k]), l28CapLatin(k + 1), !(k > 0 && isGivenName(k - 1) && l28CapLatin(k - 1)),
                  !h27InKnownName(k), let code = Self.l28PolishDemonyms[tokens[k].key] else { continue }
            let e = l28CapRun(k + 1, limit: 3)
            guard e - k - 1 >= 2 || isGivenName(k + 1) else { continue }
            let (s, end) = (tokens[k].start, tokens[e - 1].end)
            let hadPerson = anyMention(where: { $0.type == .person && $0.start <= tokens[k + 1].start && $0.end >= end })
            let overlapping = anyMention(where: { $0.known == nil && $0.type != .country && $0.start < end && $0.end > s })
            guard hadPerson || overlapping || e - k - 1 >= 2 else { continue }
            mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < end && $0.end > s }
            mentions.append(mention(k + 1, e, type: .person, evidence: .cue))
            if !anyMention(where: { $0.type == .country && $0.start == s }) {
                mentions.append(mention(k, k + 1, type: .country, evidence: .cue, code: code))
                isCountry[k] = true
            }
            k = e - 1
        }
    }

    // MARK: Indonesian: two forces joined by a hyphen

    /// "personel gabungan TNI-Polri": an unknown person of an acronym, a hyphen and a capitalized word is two bodies.
    mutating func l28IndonesianJoinedForces() {
        var added: [Mention] = []
        var drop: Set<Int> = []
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type == .person {
            guard let (a, z) = seedSpan(n), z == a + 2, tokens[a].allCaps, tokens[a].keyLength >= 2, l28GluedHyphen(a + 1), l28CapLatin(z)
            else { continue }
            drop.insert(n)
            added.append(mention(a, a + 1, type: .organization, evidence: .cue))
            added.append(mention(z, z + 1, type: .organization, evidence: .cue))
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    // MARK: Ukrainian: a body's acronym inside a person, case forms of a body

    /// "Агрохолдинг МХП Юрія Косюка": an unknown person holding an acronym in capitals before a given name and a surname is the
    /// acronym's body and the person after it.
    mutating func l28CyrillicAcronymsBeforePeople() {
        var n = 0
        while n < mentions.count {
            defer { n += 1 }
            guard mentions[n].known == nil, mentions[n].type == .person, let (a, z) = seedSpan(n), tokens[a].script == .cyrillic,
                  let t = (a..<z).first(where: { tokens[$0].allCaps && tokens[$0].keyLength >= 4 }), z - t == 2,
                  tokens[t + 1].capitalized, !tokens[t + 1].allCaps, tokens[z].capitalized, !tokens[z].allCaps else { continue }
            let person = mention(t + 1, z + 1, type: .person, evidence: mentions[n].evidence)
            let body = mention(t, t + 1, type: .organization, evidence: .cue)
            mentions.remove(at: n)
            // (A known reading of the person there already stands: "Юрія Косюка" linked to its entry.)
            if !anyMention(where: { $0.type == .person && $0.start == person.start && $0.end == person.end }) { mentions.append(person) }
            mentions.append(body)
            n -= 1
        }
    }

    /// Case endings of Ukrainian nouns and adjectives, longest first.
    static let l28CyrillicEndings: [String] = ["ому", "ого", "ими", "ами", "ями", "ою", "ею", "им", "ий", "ій", "ої", "ом", "ем", "ів",
                                             "ах", "ям", "ам", "их", "у", "ю", "і", "а", "я", "е", "и", "о"]

    /// "Ягеллонський університет", "Ягеллонського університету", "Ягеллонським університетом": the words of an unknown body of
    /// Cyrillic words are grouped without their case endings, so that its case forms make one entity.
    mutating func l28CyrillicBodyStems() {
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type == .organization {
            let words = mentions[n].words
            guard words.count >= 2, words.allSatisfy({ $0.unicodeScalars.first.map { $0.value >= 0x400 && $0.value < 0x500 } ?? false })
            else { continue }
            mentions[n].words = words.map(Self.l28CyrillicStem)
        }
    }

    static func l28CyrillicStem(_ word: String) -> String {
        let count = word.unicodeScalars.count
        for e in l28CyrillicEndings where count - e.unicodeScalars.count >= 4 && PlainText.hasSuffix(word, e) {
            return String(String.UnicodeScalarView(word.unicodeScalars.dropLast(e.unicodeScalars.count)))
        }
        return word
    }

    // MARK: Indonesian: a speaker after "kata", places grouped without their head, peoples after "suku"

    /// Verbs of speech after a quotation, before the speaker ("kata Hasrun", "ujar Rusdin").
    static let l28IndonesianSpeechVerbs = l28Keys(["kata", "ujar", "ucap", "tutur", "jelas", "imbuh", "tambah", "tegas", "ungkap", "sebut"])

    /// "…," kata Hasrun. — one capitalized word after a verb of speech, then a comma or a full stop, is a person (the speaker
    /// named by a part of the name given earlier).
    mutating func l28IndonesianSpeakers() {
        let verbs = Self.l28IndonesianSpeechVerbs
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, verbs.contains(tokens[k]), l28CapLatin(k + 1), !tokens[k + 1].allCaps,
                  keyIs(k + 2, ".") || keyIs(k + 2, ","), !isCountry[k + 1], !h27InKnownName(k + 1) else { continue }
            let (s, e) = (tokens[k + 1].start, tokens[k + 1].end)
            if anyMention(where: { $0.type == .person && $0.start <= s && $0.end >= e }) { continue }
            l28Replace(k + 1, k + 2, with: mention(k + 1, k + 2, type: .person, evidence: .cue))
        }
    }

    /// Heads of a settlement or an island that the place's name is written with and without ("Kota Baubau" and "Baubau",
    /// "Distrik Walesi" and "Walesi").
    static let l28IndonesianSettlementHeads = l28Keys(["kota", "kabupaten", "provinsi", "kecamatan", "desa", "kampung", "distrik",
        "kelurahan", "pulau"])

    /// "di Kota Baubau" … "Baubau": a place read with its settlement's head is grouped by the name alone, so that both forms make
    /// one place.
    mutating func l28IndonesianSettlementWords() {
        let heads = Self.l28IndonesianSettlementHeads
        for n in mentions.indices where mentions[n].type == .place && mentions[n].known == nil {
            guard let (a, z) = seedSpan(n), z > a, tokens[a].capitalized, heads.contains(tokens[a]), l28CapLatin(a + 1) else { continue }
            let words = mentions[n].words
            guard words.count == z - a + 1 else { continue }
            mentions[n].words = Array(words.dropFirst())
        }
    }

    /// Nouns before the names of peoples and languages ("suku Dani, Lani, dan Yali"): no entities.
    static let l28IndonesianPeopleNouns = l28Keys(["suku", "etnis", "bahasa", "masyarakat", "orang"])

    /// "budaya suku Dani, Lani, dan Yali": the capitalized words listed after "suku" (a people) are no bodies.
    mutating func l28IndonesianPeoples() {
        let nouns = Self.l28IndonesianPeopleNouns
        var drop: Set<Int> = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, nouns.contains(tokens[k]), l28CapLatin(k + 1) else { continue }
            var p = k + 1
            while p < tokenCount, l28CapLatin(p), !isCountry[p] {
                let (s, e) = (tokens[p].start, tokens[p].end)
                for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country && mentions[n].start == s && mentions[n].end == e {
                    drop.insert(n)
                }
                if keyIs(p + 1, ","), keyIs(p + 2, "dan") { p += 3 } else if keyIs(p + 1, ",") || keyIs(p + 1, "dan") { p += 2 } else { break }
            }
            k = p
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: Polish: grounds, party acronyms

    /// "na Arenie Zabrze", "Stadion Miejski": a ground's word before a known town is a place (a stadium, a hall).
    mutating func l28PolishGroundsOfTowns() {
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard l28CapLatin(k), Self.l28PolishGroundWords.contains(tokens[k]), l28CapLatin(k + 1), l28KnownPlaceLength(k + 1) == 1,
                  !(k + 2 < tokenCount && tokens[k + 2].kind == .word && tokens[k + 2].capitalized) else { continue }
            if l28Has(k, k + 2, .place) { continue }
            var m = mention(k, k + 2, type: .place, evidence: .cue)
            m.placeContext = true
            h27Replace(k, k + 2, with: m, overKnown: true)
            k += 1
        }
    }
    static let l28PolishGroundWords = l28Keys(["arena", "arenie", "areny", "arenę", "stadion", "stadionie", "stadionu", "hala", "hali"])

    /// "klubu PiS": one word read as a person, with a capital letter after its first and at most four letters, is a body's
    /// acronym.
    mutating func l28MixedCaseAcronyms() {
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type == .person {
            guard let (a, z) = seedSpan(n), z == a, tokens[a].script == .latin, !tokens[a].allCaps else { continue }
            let scalars = tokens[a].text.unicodeScalars
            guard scalars.count >= 3, scalars.count <= 4, scalars.dropFirst().contains(where: { $0.properties.isUppercase }) else { continue }
            mentions[n].type = .organization
        }
    }

    // MARK: Portuguese, Italian, Spanish: a body's name over "e" before its acronym

    /// "Centro Nacional de Monitoramento e Alertas de Desastres Naturais (Cemaden)": an unknown body, "e"/"y"/"ed" and the
    /// unknown reading after it, with an acronym in parentheses right after, are one body.
    mutating func l28RomanceBodiesBeforeAcronyms() {
        var n = 0
        while n < mentions.count {
            defer { n += 1 }
            guard mentions[n].known == nil, mentions[n].type == .organization, let (a, z) = seedSpan(n), z + 2 < tokenCount,
                  keyIs(z + 1, "e") || keyIs(z + 1, "y") || keyIs(z + 1, "ed"), l28CapLatin(z + 2),
                  let m = firstMention(where: { $0.start == tokens[z + 2].start && $0.known == nil && $0.type != .country }),
                  let mz = seedTokenIndex(end: m.end, from: z + 2), mz + 3 < tokenCount, keyIs(mz + 1, "("), keyIs(mz + 3, ")"),
                  tokens[mz + 2].kind == .word, tokens[mz + 2].capitalized, !isGivenName(z + 2) else { continue }
            let joined = mention(a, mz + 1, type: .organization, evidence: .cue)
            mentions.removeAll { $0.known == nil && $0.type != .country && $0.start >= joined.start && $0.end <= joined.end }
            mentions.append(joined)
            n = -1
        }
    }

    /// "tra Novi Ligure e Tortona", "entre Gaspar e Ilhota": an unknown person of capitalized words around a lowercase "e"/"y"
    /// after "tra"/"fra"/"entre" (between) is two places.
    mutating func l28RomancePlacesBetween() {
        var added: [Mention] = []
        var drop: Set<Int> = []
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type == .person {
            // (`z > a`: a one-word name, "tra Calogero", would make `a + 1..<z` a reversed range, a trap.)
            guard let (a, z) = seedSpan(n), z > a, a > 0, keyIs(a - 1, "tra") || keyIs(a - 1, "fra") || keyIs(a - 1, "entre"),
                  let c = (a + 1..<z).first(where: { keyIs($0, "e") || keyIs($0, "y") }),
                  (a..<c).allSatisfy({ l28CapLatin($0) }), (c + 1...z).allSatisfy({ l28CapLatin($0) }),
                  !isGivenName(a), !isGivenName(c + 1) else { continue }
            drop.insert(n)
            for (s, e) in [(a, c), (c + 1, z + 1)] {
                var m = mention(s, e, type: .place, evidence: .cue)
                m.placeContext = true
                added.append(m)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    // MARK: Indonesian: time zones and derived nouns read as names

    /// Indonesia's time zones after a clock time ("pukul 16.00 WITA").
    static let l28IndonesianTimeZones = l28Keys(["wib", "wita", "wit"])

    /// "pukul 16.00 WITA": a time zone is no body. "\"Pencarian hari ini …": one capitalized word of the noun pattern pe-…-an or
    /// ke-…-an (eight letters or more) read as a person at a sentence's start is a common noun.
    mutating func l28IndonesianCommonWords() {
        var drop: Set<Int> = []
        for n in mentions.indices where mentions[n].known == nil && mentions[n].type != .country {
            guard let (a, z) = seedSpan(n), z == a, tokens[a].script == .latin else { continue }
            if Self.l28IndonesianTimeZones.contains(tokens[a]), tokens[a].allCaps { drop.insert(n); continue }
            guard mentions[n].type == .person, tokens[a].sentenceStart || a > 0 && keyIs(a - 1, "\""), !tokens[a].allCaps,
                  tokens[a].keyLength >= 8 else { continue }
            let key = tokens[a].key
            if PlainText.hasSuffix(key, "an"), PlainText.hasPrefix(key, "pe") || PlainText.hasPrefix(key, "ke") { drop.insert(n) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }
}
