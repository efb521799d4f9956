import Foundation

/// Session 42 (geo42): organization names that hold a known place. Since the gazetteer grew, a known place inside a
/// longer name cut the name there ("CRRC" + Changchun, "Думы города" + Костромы, "Quy Nhơn" + "Bình Định"). The gold's
/// convention: a body named after its town is one organization, and the town counts apart only where the article also
/// names it alone, so each rule joins the place into the body and drops the place's reading inside it.
/// - Latin script: a body's head noun ("University", "Bank", "Tribunal", "conseil") with up to two adjectives, or an
///   unknown body read just before, + of/de/du/del/di/da/do (+ an article) + a known place is one body ("University of
///   La Serena", "Gobierno Regional del Biobío"); an unknown body or acronym written right before a known place
///   ("CRRC Changchun", "Euronext Bruxelles") or right after one ("Nova Scotia Health") goes on over it;
/// - Cyrillic: an unknown body read right before a known place in the genitive ("Думы города" + "Костромы",
///   "Общественной палаты" + "Казани") or before a quoted one (ИА «Удмуртия») goes on over it; a city body's noun
///   (мэрия, дума, администрация …) + (города) + a known place is one body;
/// - Chinese: a body read over a city's sports centre, stadium or gymnasium (柳州市体育中心) is a venue, a place;
/// - Vietnamese: a known place and another place's name written right after it, no word for a place's kind before
///   them, are a club's or a company's name ("Quy Nhơn Bình Định").
/// `refineGeo42` runs right after `refineS41`. Every rule starts from a known place's mention (a few per article) and
/// reads only the one to four tokens around it; the Han rule reads the suffix of unknown bodies' surfaces.
extension NameFinder {
    mutating func refineGeo42() {
        guard tokens.count > 2, anyMention(where: { $0.type == .place && $0.known != nil }) || hasHan else { return }
        if hasHan { geo42HanVenues() }
        if lang.vi { geo42VietnamesePlacePairs() }
        geo42JoinBodiesOverPlaces()
    }

    // MARK: - Word lists

    /// Head nouns of bodies that "of"/"de" + a place may follow (folded keys, any case).
    static let geo42BodyHeads = h18Keys([
        "university", "universite", "universidad", "universidade", "universita", "universiteit", "bank", "banque", "banco", "banca",
        "church", "diocese", "archdiocese", "chamber", "chambre", "camara", "tribunal", "tribunale", "court", "cour", "corte",
        "hospital", "hopital", "ospedale", "institute", "institut", "instituto", "istituto", "college", "academy", "academie",
        "academia", "accademia", "museum", "musee", "museo", "theatre", "theater", "teatro", "council", "conseil", "consejo",
        "consiglio", "ayuntamiento", "municipality", "municipalite", "mairie", "prefeitura", "government", "gobierno",
        "gouvernement", "governo", "assembly", "assemblee", "asamblea", "federation", "federacion", "federazione", "association",
        "asociacion", "associazione", "club", "union", "parquet", "gendarmerie", "chu", "bourse", "bolsa", "borsa", "agence",
        "agency", "agencia", "fundacion", "fondation", "foundation", "fundacao", "junta", "audiencia", "procuraduria", "fiscalia",
        "comision", "commission", "commissione", "secretaria", "ministere", "ministerio", "ministry", "department", "departement",
        "direction", "directorate", "office", "autorite", "authority", "autoridad", "entreprise", "empresa", "compagnie", "company",
        "compania", "societe", "sociedad", "orchestra", "orchestre", "orquesta", "festival", "seminary", "abbey", "cathedral",
    ])
    /// Words that join a body's head to its place (after them the place, or an article and the place).
    static let geo42Links = h18Keys(["of", "de", "du", "del"])
    /// Italian's and Portuguese's (Indonesian "di" is "in", Italian "da" is "from").
    static let geo42ItalianLinks = h18Keys(["di", "del", "della", "dello"])
    static let geo42PortugueseLinks = h18Keys(["da", "do", "dos", "das"])
    /// Heads a Romance language writes lowercase in a body's name ("conseil départemental de …", "tribunal de …"); a
    /// lowercase club, government or bank "de X" is mostly a phrase ("le club d'Aurillac", "o governo de Minas Gerais").
    static let geo42LowercaseHeads = h18Keys(["conseil", "tribunal", "tribunale", "cour", "corte", "parquet", "gendarmerie", "universite",
        "universidad", "universidade", "universita", "musee", "museo", "chambre", "camara", "mairie", "ayuntamiento", "prefeitura",
        "theatre", "teatro", "hopital", "hospital", "ospedale", "institut", "instituto", "istituto", "academie", "academia"])
    static let geo42Purposes = h18Keys(["pour", "for", "para", "per"])
    static let geo42Articles = h18Keys(["the", "la", "le", "l", "les", "los", "las", "el"])
    /// Cyrillic city bodies' nouns in their cases.
    static let geo42CyrillicCityBodies = h18Keys([
        "мэрия", "мэрии", "мэрию", "мэрией", "дума", "думы", "думе", "думу", "думой", "администрация", "администрации",
        "администрацию", "администрацией", "горсовет", "горсовета", "горсовете", "горсовету", "горсоветом", "гордума", "гордумы",
        "гордуме", "гордуму", "гордумой",
        "прокуратура", "прокуратуры", "прокуратуру", "прокуратурой", "прокуратуре", "палата", "палаты", "палате", "палату", "палатой",
    ])
    static let geo42CyrillicCity = h18Keys(["города", "г"])
    /// Vietnamese words for a place's kind or a place's preposition: two places after them are a place and its province.
    static let geo42VietnamesePlaceWords = h18Keys([
        "tỉnh", "thành", "phố", "huyện", "xã", "phường", "quận", "thị", "trấn", "xã", "tại", "ở", "về", "đến", "từ", "sân", "miền",
        "vùng", "khu", "vực", "thôn", "ấp", "bản", "làng", "đảo", "sông", "tp", "tx", "và", "tới", "qua", "ra", "vào", "khắp",
    ])
    static let geo42Quotes = h18Keys(["«", "\"", "“", "„"])
    static let geo42CloseQuotes = h18Keys(["»", "\"", "”", "“"])
    static let geo42HanVenueEnds = ["体育中心", "体育场", "体育馆", "体育公园", "奥林匹克中心"]

    // MARK: - Latin and Cyrillic

    /// Token `k` is a link word between a body's head and its place, in the article's language.
    func geo42Link(_ k: Int) -> Bool {
        if Self.geo42Links.contains(tokens[k]) { return !(language == "id" || language == "ms") || keyIs(k, "of") }
        if lang.it { return Self.geo42ItalianLinks.contains(tokens[k]) }
        if lang.pt { return Self.geo42PortugueseLinks.contains(tokens[k]) }
        return false
    }

    /// A known place's mention that starts at token `p` (its index), or nil.
    func geo42KnownPlace(startingAt p: Int) -> Int? {
        guard p >= 0, p < tokenCount else { return nil }
        let s = tokens[p].start
        return firstMentionIndex(where: { $0.start == s && $0.type == .place && $0.known != nil })
    }

    /// An unknown body's mention (or an unknown acronym's) that ends at token `z`, starting on a token boundary.
    func geo42UnknownBody(endingAt z: Int) -> Int? {
        guard z >= 0, z < tokenCount else { return nil }
        let e = tokens[z].end
        return firstMentionIndex(where: { m in
            guard m.end == e, m.known == nil, m.start < e else { return false }
            if m.type == .organization { return true }
            return m.type == nil && tokens[z].allCaps && m.start == tokens[z].start
        })
    }

    /// Token `k` is a plain word of a name's script, on the same line as the word before it.
    @inline(__always) func geo42Word(_ k: Int, _ script: TokenScript) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].script == script
    }

    /// A new body over tokens `a..<b`: the mentions inside it that are no known body go (the place read inside it too),
    /// unless a known body or a person crosses its edges.
    mutating func geo42PutBody(_ a: Int, _ b: Int, type: EntityType = .organization, start: Int? = nil) -> Bool {
        let s = start ?? tokens[a].start, t = tokens[b - 1].end
        if anyMention(where: { $0.start < t && $0.end > s && ($0.start < s || $0.end > t) && ($0.known != nil || $0.type == .person) }) { return false }
        if anyMention(where: { $0.start >= s && $0.end <= t && $0.type == .organization && $0.known != nil }) { return false }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= t && mentions[i].type != .country {
            drop.insert(i)
        }
        // (A country inside stays: "University of Western Australia" has none; "Bank of Nigeria" is left to the others.)
        if anyMention(where: { $0.start >= s && $0.end <= t && $0.type == .country }) { return false }
        var m = mention(a, b, type: type, evidence: .cue)
        if let start, start != tokens[a].start { m.start = start }
        replaceMentions(removing: drop, adding: [m])
        return true
    }

    /// The joins of the Latin and Cyrillic rules, one known place at a time (the places found first: the joins change
    /// the mentions).
    mutating func geo42JoinBodiesOverPlaces() {
        var places: [(Int, Int)] = []   // token spans of known places, Latin or Cyrillic
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known != nil {
            guard let (p, q) = seedSpan(i), tokens[p].start == mentions[i].start, tokens[p].script == .latin || tokens[p].script == .cyrillic else { continue }
            places.append((p, q))
        }
        guard !places.isEmpty else { return }
        for (p, q) in places {
            // The place may have gone into a body an earlier join made.
            guard let j = geo42KnownPlace(startingAt: p) else { continue }
            // (A place an earlier pass left inside a body's name it read is kept on purpose: "Government of Santa Fe
            // Province", a place named in the gold too.)
            let (s, t) = (mentions[j].start, mentions[j].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= t }) { continue }
            let script = tokens[p].script
            if script == .latin {
                if geo42LatinHeadOfPlace(p, q) { continue }
                if geo42BodyRightBefore(p, q) { continue }
                _ = geo42LatinBodyRightAfter(p, q)
            } else {
                if geo42BodyRightBefore(p, q) { continue }
                if geo42CyrillicQuoted(p, q) { continue }
                _ = geo42CyrillicCityBody(p, q)
            }
        }
    }

    /// "University of La Serena", "Gobierno Regional del Biobío", "conseil départemental de l'Allier", "Technical
    /// University of Oruro": a body (an unknown one read there, or a head noun with up to two adjectives and the
    /// capitalized words before it) + a link word (+ an article) + the place.
    mutating func geo42LatinHeadOfPlace(_ p: Int, _ q: Int) -> Bool {
        var c = p - 1
        guard c >= 1 else { return false }
        if tokens[c].kind == .elision, keyIs(c, "d'") || keyIs(c, "d’") {
            // "d'Ille-et-Vilaine": the elided "de" is the link.
        } else {
            if tokens[c].kind == .elision || tokens[c].kind == .word && Self.geo42Articles.contains(tokens[c]) && !tokens[c].capitalized { c -= 1 }
            guard c >= 1, tokens[c].kind == .word, tokens[c].script == .latin, !tokens[c].capitalized, geo42Link(c) else { return false }
        }
        let l = c - 1
        guard geo42Word(l, .latin), !tokens[c].newlineBefore, !tokens[p].newlineBefore else { return false }
        // (A name that goes on past the place, "ACE Market of Bursa Malaysia Securities", is another's.)
        if q + 1 < tokenCount, tokens[q + 1].spaceBefore, isCap(q + 1) { return false }
        // (A name that goes on past the place with its purpose, "Fédération du Morbihan pour la pêche …", is out of reach.)
        if q + 2 < tokenCount, Self.geo42Purposes.contains(tokens[q + 1]), tokens[q + 2].kind == .word || tokens[q + 2].kind == .elision { return false }
        // An unknown body read right before the link whose name ends on a lowercase word, an acronym or a head noun, or
        // opens on a capitalized head ("Agence du bassin hydraulique du Souss-Massa", "SDIS de …", "Corte d'Assise di
        // …"); one ending on a proper name after a lowercase head ("ospedale Niguarda di
        // Milano", "lycée Ba Aminata Diallo de Bamako") is named after someone or something else, and the town is where it
        // stands.
        if let i = geo42UnknownBody(endingAt: l), let (a, _) = seedSpan(i), !mentions[i].parenthesized,
           !tokens[l].capitalized || tokens[l].allCaps || Self.geo42BodyHeads.contains(tokens[l])
            || tokens[a].capitalized && Self.geo42BodyHeads.contains(tokens[a]) {
            return geo42PutBody(a, q + 1, start: mentionStart(i))
        }
        // A head noun at the link or up to two words before it (its adjectives: "conseil départemental", "Tribunal
        // Superior"); lowercase ones only in the Romance languages.
        let romance = lang.fr || lang.es || lang.it || lang.pt
        var h = -1
        for k in stride(from: l, through: max(0, l - 2), by: -1) {
            guard geo42Word(k, .latin), !isCountry[k] else { break }
            if k < l, geo42Link(k) || isStopwordKey(k) && !tokens[k].capitalized { break }
            if Self.geo42BodyHeads.contains(tokens[k]) { h = k; break }
        }
        guard h >= 0, tokens[h].capitalized || tokens[h].allCaps || romance && Self.geo42LowercaseHeads.contains(tokens[h]) else { return false }
        // The words between the head and the link: adjectives, no names of their own.
        for k in stride(from: h + 1, through: l, by: 1) {
            // (A lowercase head's words are lowercase adjectives: "ospedale Niguarda di Milano" names the hospital Niguarda.)
            if !tokens[h].capitalized, tokens[k].capitalized || tokens[k].allCaps { return false }
            if anyMention(where: { $0.start <= tokens[k].start && $0.end >= tokens[k].end && ($0.known != nil || $0.type == .person) }) { return false }
        }
        // Capitalized words before a capitalized head ("Technical University", "Central Bank").
        var a = h
        if tokens[h].capitalized {
            while a > 0, h - a < 3, isCap(a - 1), tokens[a - 1].script == .latin, !isCountry[a - 1], !tokens[a].sentenceStart,
                  !isStopwordKey(a - 1), !Self.geo42Articles.contains(tokens[a - 1]),
                  !anyMention(where: { $0.start <= tokens[a - 1].start && $0.end >= tokens[a - 1].end && ($0.known != nil || $0.type == .person || $0.type == .place) }) {
                a -= 1
            }
        }
        return geo42PutBody(a, q + 1)
    }

    /// "CRRC Changchun", "Euronext Bruxelles", "Думы города Костромы", "Общественной палаты Казани": an unknown body read
    /// right before the place (a space between, on one line) goes on over it.
    mutating func geo42BodyRightBefore(_ p: Int, _ q: Int) -> Bool {
        let z = p - 1
        guard z >= 0, tokens[p].spaceBefore, !tokens[p].newlineBefore, geo42Word(z, tokens[p].script), !isCountry[z],
              let i = geo42UnknownBody(endingAt: z), !mentions[i].parenthesized, let (a, _) = seedSpan(i) else { return false }
        // (In parentheses, "(ULS Algarve)": another name of the body before it, which the grouping links by the acronym.)
        if a >= 1, keyIs(a - 1, "(") { return false }
        // (A body's name that stops on a lowercase word is a phrase the place is no part of: "… said" + Paris.)
        guard tokens[z].capitalized || tokens[z].allCaps || tokens[p].script == .cyrillic && keyIs(z, "города")
                || tokens[p].script == .cyrillic && Self.geo42CyrillicCityBodies.contains(tokens[z]) else { return false }
        return geo42PutBody(a, q + 1, start: mentionStart(i))
    }

    /// "Nova Scotia Health", "Nova Scotia Supreme Court": an unknown body read right after the place (a space between, on
    /// one line, no word before the place that says where) takes it in.
    mutating func geo42LatinBodyRightAfter(_ p: Int, _ q: Int) -> Bool {
        let b = q + 1
        guard b < tokenCount, tokens[b].spaceBefore, !tokens[b].newlineBefore, geo42Word(b, .latin), tokens[b].capitalized, !isCountry[b] else { return false }
        guard let j = geo42KnownPlace(startingAt: p), !mentions[j].placeContext else { return false }
        let s = tokens[b].start
        guard let i = firstMentionIndex(where: { $0.start == s && $0.type == .organization && $0.known == nil }), let (_, z) = seedSpan(i) else { return false }
        // (A name goes on after it: a short form before a person's name is a title, "Texas AG Ken Paxton".)
        if z + 1 < tokenCount, tokens[z + 1].spaceBefore, isCap(z + 1) { return false }
        return geo42PutBody(p, z + 1)
    }

    /// ИА «Удмуртия», ООО "Кострома": a quoted known place right after an unknown body (an agency's or a company's
    /// form) is the body's name.
    mutating func geo42CyrillicQuoted(_ p: Int, _ q: Int) -> Bool {
        guard p >= 2, q + 1 < tokenCount, Self.geo42Quotes.contains(tokens[p - 1]), Self.geo42CloseQuotes.contains(tokens[q + 1]),
              let i = geo42UnknownBody(endingAt: p - 2), let (a, _) = seedSpan(i), tokens[p - 2].allCaps || tokens[p - 2].capitalized else { return false }
        return geo42PutBody(a, q + 2, start: mentionStart(i))
    }

    /// "мэрия Новосибирска", "администрация города Костромы": a city body's noun (+ города) + the place, no body read there.
    mutating func geo42CyrillicCityBody(_ p: Int, _ q: Int) -> Bool {
        var h = p - 1
        if h >= 1, Self.geo42CyrillicCity.contains(tokens[h]), tokens[h].kind == .word { h -= 1 }
        guard geo42Word(h, .cyrillic), Self.geo42CyrillicCityBodies.contains(tokens[h]), tokens[p].spaceBefore, !tokens[p].newlineBefore else { return false }
        let s = tokens[h].start
        if anyMention(where: { $0.start <= s && $0.end > s }) { return false }
        return geo42PutBody(h, q + 1)
    }

    // MARK: - Chinese

    /// "比赛在柳州市体育中心进行": a sports centre, stadium or gymnasium read as a body is a venue (a place).
    mutating func geo42HanVenues() {
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            let text = mentions[i].surface
            guard let last = text.unicodeScalars.last, last == "心" || last == "场" || last == "馆" || last == "园" else { continue }
            if Self.geo42HanVenueEnds.contains(where: { PlainText.hasSuffix(text, $0) }) && PlainText.count(text) > 4 {
                mentions[i].type = .place
            }
        }
    }

    // MARK: - Vietnamese

    /// A place's mention (known or not) or an untyped name that starts at token `p`, capitalized there.
    func geo42PlaceOrName(startingAt p: Int) -> Int? {
        guard p >= 0, p < tokenCount, tokens[p].capitalized, !isCountry[p] else { return nil }
        let s = tokens[p].start
        return firstMentionIndex(where: { $0.start == s && ($0.type == .place || $0.type == nil && $0.known == nil) })
    }

    /// "thắng ngược Quy Nhơn Bình Định với tỷ số 2-1": a known place and a place's name (or an untyped name) right after
    /// it (no comma, no word for a place's kind or "tại" before them) are a club's or a company's name.
    mutating func geo42VietnamesePlacePairs() {
        var k = 0
        while k < mentions.count {
            defer { k += 1 }
            guard mentions[k].type == .place, mentions[k].known != nil, let (p, q) = seedSpan(k), tokens[p].script == .latin,
                  let j = geo42PlaceOrName(startingAt: q + 1), j != k, let (p2, q2) = seedSpan(j), tokens[q + 1].spaceBefore,
                  !tokens[q + 1].newlineBefore, tokens[p].start == mentions[k].start else { continue }
            if p >= 1, tokens[p - 1].kind == .word, Self.geo42VietnamesePlaceWords.contains(tokens[p - 1]) { continue }
            if p >= 1, isCountry[p - 1] { continue }
            // (An unknown name after the place is a province's two syllables, no family name: "Tỉnh ủy Gia Lai Rah Lan
            // Blong" is the province's party committee and its secretary.)
            if mentions[j].known == nil, q2 - p2 != 1 || isFamilyName(p2) { continue }
            // (Two places then a third, or a country: a list written without commas, left alone.)
            if q2 + 1 < tokenCount, tokens[q2 + 1].spaceBefore, isCountry[q2 + 1] || geo42KnownPlace(startingAt: q2 + 1) != nil { continue }
            _ = p2
            if geo42PutBody(p, q2 + 1) { k = -1 }
        }
    }
}
