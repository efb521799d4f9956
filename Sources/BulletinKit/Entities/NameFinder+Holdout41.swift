import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout41 (wire copy in the seeds' style, in en, fr, ar, ru, vi and zh,
/// about Belarus, Vietnam, China and Kazakhstan and partners the earlier sets used little; scored untouched at 0.837
/// entities, 1.000 countries). One pass, `refineHoldout41`, run just before `refineCP15`; gated on the article's
/// language, then on a token's key or a mention's first word before any scan.
///
/// English and French: a camel-case body glued before the person after it (of InvestPenang Nurul Izzah …) split; a name
/// over "binti" one person; an initial before a body ("Kh. Dosmukhamedov Atyrau University") part of it; "Pvt. Ltd." and
/// "d.o.o." close a company; Vietnamese three- and four-syllable names after a comma a person; generic place words alone
/// ("Autonomous Region") no entity. English: a town before "State/National … University" part of the body; "X International
/// Airport", "X Expo Center" places; "X County of Y City" two places; a word before a lowercase "community/district …" a
/// place; "<Place> provincial People's Committee" one body; given names a reading left out before a person after a place's
/// head or a portfolio's last word. French: "Société par actions" + Vietnamese words one company; "X-et-Y" one name; a body
/// cut before "pour des …"; a body's head + "du/de" + a place one body; "Société des … de X SA" one company; a portfolio's
/// word after "ministre … et de la" no place; places after "départements de … et de" and "à destination de"; a known
/// body before "pour l'…" and its acronym in parentheses the acronym's long name.
///
/// Arabic: a free zone takes the name the article gives a place elsewhere (المنطقة الاقتصادية الحرة إشكاشم); "بـراس X" after
/// a zone the place; a port or city over "بن X" (ميناء خليفة بن سلمان); "مدينة X" before a role a woman named Madina; a
/// patronymic takes the surname after it; a family name with the article before a role part of the name; a person opening
/// with a role noun none; a body ending in the first word of a country (جامعة جزر | القمر) takes the country; a head and
/// a country alone a body (غرفة قطر); the name after "شركة X" read as a person the company; a generic head + a place read
/// twice under two heads the place; a place read over a present-tense verb cut; "لواء X" a place.
/// Russian: a name after "аймак" a place (and the person after a hyphenated one); a capitalized word and lowercase words
/// with no body's head no body (a place after в/на). Vietnamese: "Bộ A, B và C <country>" one body. Chinese: X省 before
/// 省长 cut; "X（country）Y有限公司" one company; a port + …物流中心 one place.
extension NameFinder {
    mutating func refineHoldout41() {
        guard !tokens.isEmpty else { return }
        switch language {
        case "en", "fr":
            h41CamelBodyBeforePerson()
            h41InitialBeforeBody()
            h41LegalFormTail()
            h41VietnameseNames()
            h41GenericPlaceWords()
            h41LegalFormAgain()
            h41RegionReadings()
            if language == "en" {
                h41MinistryOverAnd()
                h41TheBodyRun()
                h41TitleBodies()
                h41TownBeforeStateBody()
                h41Facilities()
                h41CountyOfCity()
                h41PlaceBeforeLowerNoun()
                h41ProvincialCommittee()
                h41GivenNamesBeforePerson()
            } else {
                h41SocieteParActions()
                h41HyphenEt()
                h41FrenchBodyCut()
                h41FrenchBodyPlaceTail()
                h41FrenchFormCompanies()
                h41FrenchPortfolioPlace()
                h41FrenchPlaceLists()
                h41AcronymExpansion()
            }
        case "ar":
            guard hasArabic else { return }
            h41ArabicZoneNames()
            h41ArabicZoneRas()
            h41ArabicPlaceBin()
            h41ArabicMadina()
            h41ArabicPatronymicSurname()
            h41ArabicArticleNameBeforeRole()
            h41ArabicRolePerson()
            h41ArabicBodyCountry()
            h41ArabicHeadCountry()
            h41ArabicForeignCompany()
            h41ArabicPlaceVerb()
            h41ArabicLiwa()
            h41ArabicHeadAlias()
            h41ArabicListNames()
            h41ArabicCompanyNoun()
            h41ArabicNisbaBody()
            h41ArabicBankTail()
            h41ArabicShortBinNames()
        case "ru":
            h41RussianAimag()
            h41RussianRunOn()
            h41RussianZones()
        case "vi":
            h41LegalFormTail()
            h41VietnameseMinistryList()
        case "zh":
            guard hasHan else { return }
            h41Han()
        default: return
        }
    }

    // MARK: - Shared

    /// The token after "de" or an elided "d'" at `k`, or -1.
    func h41AfterDe(_ k: Int) -> Int {
        guard k >= 0, k + 1 < tokens.count else { return -1 }
        if keyIs(k, "de") { return k + 1 }
        if tokens[k].kind == .elision, PlainText.hasPrefix(tokens[k].key, "d") { return k + 1 }
        return -1
    }

    /// Replaces the mentions overlapping tokens `a..<b` (not countries; known ones too when `overKnown`) by one of `type`.
    mutating func h41Put(_ a: Int, _ b: Int, _ type: EntityType, overKnown: Bool = false) {
        guard a < b, b <= tokens.count else { return }
        h27Replace(a, b, with: mention(a, b, type: type, evidence: .cue), overKnown: overKnown)
    }

    /// A Latin letter only Vietnamese writes (ă ơ ư đ, and the stacked or dotted vowels of U+1EA0–U+1EF9, ĩ ũ).
    static func h41VietLetter(_ s: String) -> Bool {
        for u in s.unicodeScalars {
            let v = u.value
            if v >= 0x1EA0 && v <= 0x1EF9 { return true }
            if v == 0x0103 || v == 0x0102 || v == 0x0111 || v == 0x0110 || v == 0x01A1 || v == 0x01A0 || v == 0x01B0 || v == 0x01AF
                || v == 0x0129 || v == 0x0169 { return true }
        }
        return false
    }

    /// A lowercase letter followed by an uppercase one inside the word (InvestPenang, KazAgroExport).
    static func h41CamelCase(_ s: String) -> Bool {
        var prevLower = false
        for c in s.unicodeScalars {
            let p = c.properties
            if prevLower && p.isUppercase { return true }
            prevLower = p.isLowercase
        }
        return false
    }

    // MARK: - English and French

    /// "Chief Executive Officer of InvestPenang Nurul Izzah binti Mohd Yusof": a camel-case word after "of" that opens a
    /// person of three words or more is the body, the rest the person (then "binti" joins the two readings of the name).
    mutating func h41CamelBodyBeforePerson() {
        var add: [Mention] = [], drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z - a >= 2, a > 0, keyIs(a - 1, "of") || keyIs(a - 1, "at") || keyIs(a - 1, "de") || keyIs(a - 1, "du"),
                  tokens[a].script == .latin, Self.h41CamelCase(tokens[a].text), h15CapLatin(a + 1) else { continue }
            drop.insert(i)
            add.append(mention(a, a + 1, type: .organization, evidence: .cue))
            add.append(mention(a + 1, z + 1, type: .person, evidence: .cue))
        }
        // The camel-case word no reading holds, right before the person.
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil && !drop.contains(i) {
            guard let (a, _) = h31Span(i), a >= 2, tokens[a - 1].script == .latin, tokens[a - 1].kind == .word,
                  keyIs(a - 2, "of") || keyIs(a - 2, "at") || keyIs(a - 2, "de") || keyIs(a - 2, "du"), Self.h41CamelCase(tokens[a - 1].text) else { continue }
            let (s, e) = (tokens[a - 1].start, tokens[a - 1].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            add.append(mention(a - 1, a, type: .organization, evidence: .cue))
        }
        guard !drop.isEmpty || !add.isEmpty else { return }
        replaceMentions(removing: drop, adding: add)
        h38BinNames()
    }

    /// "Kh. Dosmukhamedov Atyrau University": an initial and its dot before a body are part of it.
    mutating func h41InitialBeforeBody() {
        let n = tokens.count
        var k = 0
        while k + 2 < n {
            defer { k += 1 }
            guard h15CapLatin(k), !tokens[k + 1].spaceBefore, tokens[k].text.utf8.count <= 8, tokens[k].text.unicodeScalars.count <= 2,
                  keyIs(k + 1, ".") else { continue }
            let s = tokens[k + 2].start
            guard let j = firstMentionIndex(where: { $0.type == .organization && $0.start == s }), let (_, z) = h31Span(j) else { continue }
            // (Not one of a person's initials: "A. B. Name".)
            if k >= 2, keyIs(k - 1, "."), tokens[k - 2].text.unicodeScalars.count <= 2, h15CapLatin(k - 2) { continue }
            h41Put(k, z + 1, .organization, overKnown: true)
            k = z
        }
    }

    /// The gates of `h41LegalFormTail`: it acts only at "pvt"/"pte", at "d.o.o" as one key, or at "d" "." "o" "." "o".
    static let h41FormTailCues = KeySet(["pvt", "pte", "d.o.o", "d.o.o."])
    static let h41FormTailD = KeySet(["d"]), h41FormTailO = KeySet(["o"])
    /// "Himalayan Orchard Exports Pvt. Ltd.", "Công ty Jadran Intermodal d.o.o.": the rest of a legal form after a body's
    /// end is part of the body.
    mutating func h41LegalFormTail() {
        guard articleHas(Self.h41FormTailCues) || articleHas(Self.h41FormTailD) && articleHas(Self.h41FormTailO) else { return }
        let n = tokens.count
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z + 2 < n else { continue }
            var e = -1
            if keyIs(z, "pvt") || keyIs(z, "pte") {
                // "Pvt" + "." + "Ltd" (+ ".")
                if keyIs(z + 1, "."), keyIs(z + 2, "ltd") || keyIs(z + 2, "limited") {
                    e = z + 3
                    if e < n, keyIs(e, "."), !tokens[e].spaceBefore { e += 1 }
                }
            } else if z + 5 < n, keyIs(z + 1, "d"), keyIs(z + 2, "."), keyIs(z + 3, "o"), keyIs(z + 4, "."), keyIs(z + 5, "o"),
                      !tokens[z + 2].spaceBefore, !tokens[z + 3].spaceBefore {
                e = z + 6
                if e < n, keyIs(e, "."), !tokens[e].spaceBefore { e += 1 }
            } else if keyIs(z + 1, "d.o.o") || keyIs(z + 1, "d.o.o.") {
                e = z + 2
                if e < n, keyIs(e, "."), !tokens[e].spaceBefore { e += 1 }
            }
            if e > z + 1 { todo.append((a, e)) }
        }
        for (a, e) in todo {
            let old = firstMentionIndex(where: { $0.type == .organization && $0.start == self.tokens[a].start }).map { mentionWords($0) }
            h41Put(a, e, .organization)
            // A reading that took the cut name's words (a lone first word linked to it) takes the whole name's.
            guard let old, let j = firstMentionIndex(where: { $0.type == .organization && $0.start == self.tokens[a].start }) else { continue }
            let full = mentionWords(j)
            for k in mentions.indices where k != j && mentionWords(k) == old { mentions[k].words = full }
        }
    }

    /// ", Hầu Quang Vinh, a indiqué", "au Nicaragua, Lạc Văn Thông.": three or four short capitalized words after a comma,
    /// one of them with a letter only Vietnamese writes, before a comma or a period, are a person.
    mutating func h41VietnameseNames() {
        let n = tokens.count
        var k = 1
        while k + 3 < n {
            defer { k += 1 }
            guard h15CapLatin(k), keyIs(k - 1, ",") else { continue }
            var q = k, viet = false
            while q < n, q - k < 4, h15CapLatin(q), tokens[q].text.unicodeScalars.count <= 6, q == k || tokens[q].spaceBefore {
                if Self.h41VietLetter(tokens[q].text) { viet = true }
                q += 1
            }
            guard viet, q - k >= 3, q < n, keyIs(q, ",") || keyIs(q, ".") || keyIs(q, ";") else { continue }
            let (s, e) = (tokens[k].start, tokens[q - 1].end)
            if anyMention(where: { $0.type == .person && $0.start == s && $0.end == e }) { k = q; continue }
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s }) { continue }
            if anyMention(where: { $0.type == .organization && $0.start < e && $0.end > s }) { continue }
            h41Put(k, q, .person)
            k = q
        }
    }

    static let h41GenericPlaceWords = KeySet(["autonomous", "region", "province", "city", "county", "prefecture", "special",
        "administrative", "district", "zone", "economic", "municipality", "oblast", "region's"])
    /// "Autonomous Region" read apart from its name: generic words alone are no entity.
    mutating func h41GenericPlaceWords() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) != .country && mentionKnown(i) == nil {
            let w = mentionWords(i)
            guard w.count >= 2, w.allSatisfy({ Self.h41GenericPlaceWords.contains($0) }) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let h41StateAdjectives = KeySet(["state", "national", "regional", "technical", "technological", "medical", "agrarian",
        "pedagogical", "polytechnic", "linguistic", "agricultural", "economic", "oblast"])
    static let h41BodyHeads = KeySet(["university", "institute", "academy", "college", "school", "conservatory"])
    /// "the Vitebsk State Technological University": the town read before "State … University" is part of the body.
    mutating func h41TownBeforeStateBody() {
        guard articleHas(Self.h41BodyHeads) else { return }
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), a >= 1, h23Key(a, Self.h41StateAdjectives), h23Key(z, Self.h41BodyHeads), h15CapLatin(a - 1),
                  tokens[a].spaceBefore else { continue }
            let pe = tokens[a - 1].end
            guard let j = firstMentionIndex(where: { $0.type == .place && $0.end == pe }), let (pa, _) = h31Span(j), a - pa <= 2 else { continue }
            todo.append((pa, z + 1))
        }
        for (a, e) in todo { h41Put(a, e, .organization, overKnown: true) }
    }

    /// "Penang International Airport", "the Meridian Expo Center": capitalized words before an airport or an exhibition
    /// centre are one place with it.
    mutating func h41Facilities() {
        guard articleHas(Self.h41FacilityHeads) else { return }
        let n = tokens.count
        var todo: [(Int, Int)] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h41FacilityHeads = Self.h41FacilityHeads, h38TitleWords = Self.h38TitleWords
        for k in 1..<n where tokens[k].kind == .word && h15CapLatin(k) && h23Key(k, h41FacilityHeads) {
            var h = -1
            if keyIs(k, "airport") { h = k - 1; if h >= 0, keyIs(h, "international") { h -= 1 } }
            else if keyIs(k, "center") || keyIs(k, "centre"), keyIs(k - 1, "expo") || keyIs(k - 1, "exhibition") || keyIs(k - 1, "convention") { h = k - 2 }
            guard h >= 0 else { continue }
            var b = h + 1
            while b - 1 >= 0, h + 1 - b < 3, h15CapLatin(b - 1), !h23Key(b - 1, h38TitleWords), !tokens[b].newlineBefore, !isCountry[b - 1] { b -= 1 }
            guard b <= h else { continue }
            // "the Vienna Airport": a facility after a known town alone keeps the town (no "International" between).
            if !(keyIs(k, "airport") && keyIs(k - 1, "international")) {
                let (s, e) = (tokens[b].start, tokens[h].end)
                if anyMention(where: { $0.known != nil && $0.start == s && $0.end == e }) { continue }
            }
            todo.append((b, k + 1))
        }
        for (a, e) in todo { h41Put(a, e, .place, overKnown: true) }
    }

    /// The last words `h41Facilities` looks for, one hashed probe per capitalized word.
    static let h41FacilityHeads = KeySet(["airport", "center", "centre"])
    static let h41PlaceHeadsBeforeOf = KeySet(["county", "district", "prefecture", "province", "municipality"])
    static let h41PlaceHeadsLast = KeySet(["city", "prefecture", "county", "province", "region"])
    /// "Gyirong County of Xigaze City": two places.
    mutating func h41CountyOfCity() {
        guard articleHas(Self.h41PlaceHeadsBeforeOf) else { return }
        var add: [Mention] = [], drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z - a >= 4, h23Key(z, Self.h41PlaceHeadsLast),
                  let o = (a + 2..<z).first(where: { keyIs($0, "of") }), h23Key(o - 1, Self.h41PlaceHeadsBeforeOf), o + 1 < z else { continue }
            drop.insert(i)
            add.append(mention(a, o, type: .place, evidence: .cue))
            add.append(mention(o + 1, z + 1, type: .place, evidence: .cue))
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: add.map { var m = $0; m.placeContext = true; return m }) }
    }

    static let h41LowerPlaceNouns = KeySet(["community", "district", "village", "commune", "municipality", "county", "township",
        "rayon", "oblast", "hromada"])
    /// "in the Aghstev community": one capitalized word before a lowercase place noun is a place.
    mutating func h41PlaceBeforeLowerNoun() {
        guard articleHas(Self.h41LowerPlaceNouns) else { return }
        for i in mentions.indices where mentionType(i) != .country && mentionType(i) != .place && mentionType(i) != .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), a == z, z + 1 < tokens.count, h23Key(z + 1, Self.h41LowerPlaceNouns), !tokens[z + 1].capitalized,
                  a >= 1, keyIs(a - 1, "the") else { continue }
            mentions[i].type = .place
            mentions[i].placeContext = true
        }
    }

    static let h41LowerUnits = KeySet(["provincial", "municipal", "city", "district", "communal"])
    /// A gate of `h41ProvincialCommittee` (with `h41LowerUnits`): it acts only at "people" after a unit word.
    static let h41PeopleCue = KeySet(["people"])
    /// "A delegation of the Dak Lak provincial People's Committee": the place and the unit word are part of the committee.
    mutating func h41ProvincialCommittee() {
        guard articleHas(Self.h41LowerUnits), articleHas(Self.h41PeopleCue) else { return }
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), a >= 2, keyIs(a, "people"), h23Key(a - 1, Self.h41LowerUnits), !tokens[a - 1].capitalized else { continue }
            let pe = tokens[a - 2].end
            guard let j = firstMentionIndex(where: { $0.type == .place && $0.end == pe }), let (pa, _) = h31Span(j) else { continue }
            todo.append((pa, z + 1))
        }
        for (a, e) in todo { h41Put(a, e, .organization, overKnown: true) }
    }

    /// Last words of portfolios ("Minister for Industry, Commerce and Supplies").
    static let h41PortfolioLast = KeySet(["supplies", "trade", "commerce", "industry", "affairs", "economy", "finance", "development",
        "agriculture", "transport", "energy", "environment", "investment", "health", "education", "justice", "defence", "defense",
        "tourism", "infrastructure", "communications", "fisheries", "livestock", "resources", "planning", "labour", "labor"])
    /// "… Province Sushila Kumari Thapa Magar", "… and Supplies Deependra Raj Bhattarai": one or two capitalized words no
    /// reading holds, between a place's head or a portfolio's last word and a person, open the person.
    static let h41RoleWords = KeySet(["judge", "justice", "mayor", "governor", "sheriff", "commissioner", "councillor", "councilor", "senator",
        "representative", "chairman", "chairwoman", "chair", "secretary", "spokesman", "spokeswoman", "spokesperson", "officer", "inspector",
        "superintendent", "attorney", "prosecutor", "auditor", "clerk", "treasurer", "coach", "captain", "professor", "doctor", "dr", "mr",
        "mrs", "ms", "sir", "lord", "lady", "dame", "king", "queen", "prince", "princess", "sheikh", "premier", "minister", "ambassador",
        "consul", "dato", "datuk", "tan", "sri", "haji", "hajjah", "rector", "dean", "mp", "mla", "deputy", "speaker", "magistrate"])
    mutating func h41GivenNamesBeforePerson() {
        guard articleHas(Self.h38PlaceHeads) || articleHas(Self.h41PortfolioLast) else { return }
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i) else { continue }
            var b = a
            while b - 1 >= 0, a - b < 2, h15CapLatin(b - 1), tokens[b].spaceBefore, !h23Key(b - 1, Self.h38TitleWords), !h23Key(b - 1, Self.h41RoleWords),
                  !h23Key(b - 1, Self.h38OrgHeadWords), !h23Key(b - 1, Self.h38PlaceHeads), !h23Key(b - 1, Self.h41PortfolioLast), !isCountry[b - 1],
                  !tokens[b - 1].sentenceStart {
                let (s, e) = (tokens[b - 1].start, tokens[b - 1].end)
                if anyMention(where: { $0.start < e && $0.end > s }) { break }
                b -= 1
            }
            guard b < a, b >= 1, tokens[b].spaceBefore, h15CapLatin(b - 1), h23Key(b - 1, Self.h38PlaceHeads) || h23Key(b - 1, Self.h41PortfolioLast) else { continue }
            todo.append((b, z + 1))
        }
        for (a, e) in todo { h41Put(a, e, .person) }
    }

    /// The gate of `h41SocieteParActions`: it acts only at "Société" (before "par actions").
    static let h41SocieteCues = KeySet(["société", "societe"])
    /// "la Société par actions d'import-export Đà Lạt Xanh", "Société par actions Nông nghiệp Đồng Tâm": Vietnamese words after
    /// "Société par actions" (lowercase ones too when they carry a Vietnamese letter) are the company's name.
    mutating func h41SocieteParActions() {
        guard articleHas(Self.h41SocieteCues) else { return }
        let n = tokens.count
        var todo: [(Int, Int)] = []
        var k = 0
        while k + 3 < n {
            defer { k += 1 }
            guard h15CapLatin(k), keyIs(k, "société") || keyIs(k, "societe"), keyIs(k + 1, "par"), keyIs(k + 2, "actions") else { continue }
            var q = k + 3, lastName = -1, viet = false
            while q < n, q - k < 14 {
                let t = token(q)
                if t.kind == .word, t.script == .latin, t.capitalized || t.allCaps {
                    if Self.h41VietLetter(t.text) { viet = true }
                    lastName = q
                } else if t.kind == .word, t.script == .latin, Self.h41VietLetter(t.text), lastName >= 0 {
                    viet = true
                } else if lastName < 0, t.kind == .word || t.kind == .elision || keyIs(q, "'") || keyIs(q, "-") && !t.spaceBefore {
                    // "d'import-export" before the name.
                } else { break }
                q += 1
            }
            guard lastName >= 0, viet else { continue }
            todo.append((k, lastName + 1))
            k = lastName
        }
        for (a, e) in todo { h41Put(a, e, .organization, overKnown: true) }
    }

    /// "la Coopérative rizicole du Logone-et-Chari": a name read up to "X" before "-et-Y" runs over it.
    mutating func h41HyphenEt() {
        let n = tokens.count
        var todo: [(Int, Int, EntityType)] = []
        for i in mentions.indices where mentionType(i) != .country && mentionKnown(i) == nil {
            guard let t = mentionType(i), let (a, z) = h31Span(i), z + 4 < n, h15GluedHyphen(z + 1), keyIs(z + 2, "et"),
                  keyIs(z + 3, "-"), !tokens[z + 3].spaceBefore, !tokens[z + 4].spaceBefore, h15CapLatin(z + 4) else { continue }
            todo.append((a, z + 5, t))
        }
        for (a, e, t) in todo { h41Put(a, e, t) }
    }

    static let h41FrenchCutWords = KeySet(["pour", "afin", "avec", "dans", "contre", "vers", "sur"])
    static let h41FrenchArticles = KeySet(["des", "les", "un", "une", "la", "le", "l", "de", "du"])
    /// "l'Université de Dschang pour des stages": a body's head, "de" and a town end before "pour/avec/dans + article".
    mutating func h41FrenchBodyCut() {
        guard articleHas(Self.h41FrenchBodyHeads) else { return }
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z - a >= 3 else { continue }
            // Only "<head> de <Town> pour des …": a body's head, de/d' and one capitalized word before the lowercase run.
            guard h23Key(a, Self.h41FrenchBodyHeads), a + 3 <= z, h41AfterDe(a + 1) == a + 2, h15CapLatin(a + 2), a + 3 <= z,
                  h23Key(a + 3, Self.h41FrenchCutWords), !tokens[a + 3].capitalized, a + 4 <= z, h23Key(a + 4, Self.h41FrenchArticles) else { continue }
            let p = a + 3
            todo.append((a, p))
        }
        for (a, e) in todo {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if let j = firstMentionIndex(where: { $0.type == .organization && $0.start == s && $0.end > end }) {
                replaceMentions(removing: [j], adding: [mention(a, e, type: .organization, evidence: .cue)])
            }
        }
    }

    static let h41FrenchBodyHeads = KeySet(["institut", "université", "universite", "centre", "école", "ecole", "académie", "academie",
        "office", "station", "laboratoire"])
    /// "l'Institut du riz | du delta du Mékong": a body's head and lowercase words, "du/de/des" and a place before a comma or
    /// a period are one body.
    mutating func h41FrenchBodyPlaceTail() {
        guard articleHas(Self.h41FrenchBodyHeads) else { return }
        let n = tokens.count
        var todo: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), h23Key(a, Self.h41FrenchBodyHeads), z + 2 < n,
                  keyIs(z + 1, "du") || keyIs(z + 1, "de") || keyIs(z + 1, "des") else { continue }
            let s = tokens[z + 2].start
            guard let j = firstMentionIndex(where: { $0.type == .place && $0.start == s }), let (_, pz) = h31Span(j), pz + 1 < n,
                  keyIs(pz + 1, ",") || keyIs(pz + 1, "."), !tokens[z + 2].capitalized else { continue }
            todo.append((a, pz + 1, i))
        }
        for (a, e, _) in todo { h41Put(a, e, .organization, overKnown: true) }
    }

    static let h41FrenchForms = KeySet(["sa", "sarl", "sas", "suarl", "sasu"])
    static let h41FrenchCompanyHeads = KeySet(["société", "societe", "compagnie", "entreprise", "groupe", "établissements", "etablissements"])
    /// "La Société des bauxites de Tinguilinta SA": a company read from its name to its form opens at its head before
    /// lowercase words and "de".
    mutating func h41FrenchFormCompanies() {
        guard articleHas(Self.h41FrenchForms), articleHas(Self.h41FrenchCompanyHeads) else { return }
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), h23Key(z, Self.h41FrenchForms), a >= 2,
                  keyIs(a - 1, "de") || keyIs(a - 1, "des") || keyIs(a - 1, "du") || keyIs(a - 1, "'") else { continue }
            var b = a - 1
            while b - 1 >= 0, a - b < 6, tokens[b - 1].kind == .word || keyIs(b - 1, "'"), !h15CapLatin(b - 1) || h23Key(b - 1, Self.h41FrenchCompanyHeads) {
                b -= 1
                if h23Key(b, Self.h41FrenchCompanyHeads) { break }
            }
            guard h23Key(b, Self.h41FrenchCompanyHeads), h15CapLatin(b) else { continue }
            todo.append((b, z + 1))
        }
        for (a, e) in todo { h41Put(a, e, .organization) }
    }

    /// The gate of `h41FrenchPortfolioPlace`: it acts only after a "ministre"/"ministère" word.
    static let h41MinistreCues = KeySet(["ministre", "ministère", "ministere", "ministres"])
    /// "du ministre guinéen des Mines et de la Géologie": a portfolio's word after "et de la/et des" is no place.
    mutating func h41FrenchPortfolioPlace() {
        guard articleHas(Self.h41MinistreCues) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), a == z, a >= 3 else { continue }
            let afterEt = keyIs(a - 1, "la") && keyIs(a - 2, "de") && keyIs(a - 3, "et") || (keyIs(a - 1, "des") || keyIs(a - 1, "du")) && keyIs(a - 2, "et")
            guard afterEt else { continue }
            let lo = max(0, a - 12)
            guard (lo..<a).contains(where: { keyIs($0, "ministre") || keyIs($0, "ministère") || keyIs($0, "ministere") || keyIs($0, "ministres") }) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let h41FrenchUnitPlurals = KeySet(["départements", "departements", "régions", "regions", "provinces", "préfectures",
        "prefectures", "districts", "communes", "département", "departement"])
    /// A gate of `h41FrenchPlaceLists` (with `h41FrenchUnitPlurals`): its other opener is "à destination de".
    static let h41DestinationCue = KeySet(["destination"])
    /// "dans les départements d'Estelí et de Boaco" (places, not bodies), "à destination de Dongying" (a place).
    mutating func h41FrenchPlaceLists() {
        guard articleHas(Self.h41FrenchUnitPlurals) || articleHas(Self.h41DestinationCue) else { return }
        let n = tokens.count
        for k in 0..<max(n - 2, 0) {
            var p = -1
            if h23Key(k, Self.h41FrenchUnitPlurals), !tokens[k].capitalized {
                p = h41AfterDe(k + 1)
            } else if keyIs(k, "destination"), k >= 1, keyIs(k - 1, "à") || keyIs(k - 1, "a") {
                p = h41AfterDe(k + 1)
            }
            guard p >= 0 else { continue }
            // The names of the list: each after "de"/"d'" (and "et de").
            var q = p, names = 0
            while q < n, names < 4, h15CapLatin(q) {
                let s = tokens[q].start
                var e = q + 1
                while e < n, e - q < 3, h15CapLatin(e) && tokens[e].spaceBefore || h15GluedHyphen(e) && h15CapLatin(e + 1) { e += h15GluedHyphen(e) ? 2 : 1 }
                if let j = firstMentionIndex(where: { $0.start == s && $0.type != .country }) {
                    if mentionKnown(j) == nil, mentionType(j) != .place, mentionEnd(j) == tokens[e - 1].end {
                        mentions[j].type = .place
                        mentions[j].placeContext = true
                    }
                } else if !anyMention(where: { $0.start < self.tokens[e - 1].end && $0.end > s }) {
                    h41Put(q, e, .place)
                }
                names += 1
                // "et de Y", "et d'Y"
                guard e + 2 < n, keyIs(e, "et") else { break }
                q = h41AfterDe(e + 1)
                if q < 0 { break }
            }
        }
    }

    /// "l'Organisation des Nations unies pour l'alimentation et l'agriculture (FAO)": a known body before lowercase
    /// "pour/for" words and an acronym in parentheses is the first part of the acronym's long name.
    mutating func h41AcronymExpansion() {
        let n = tokens.count
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) != nil {
            guard let (a, z) = h31Span(i), z + 3 < n, keyIs(z + 1, "pour") || keyIs(z + 1, "for") else { continue }
            var p = z + 2
            while p < n, p - z < 12, !keyIs(p, "("), tokens[p].kind != .number, !tokens[p].capitalized || tokens[p].kind != .word {
                if keyIs(p, ",") || keyIs(p, ".") { break }
                p += 1
            }
            guard p + 2 < n, keyIs(p, "("), tokens[p + 1].allCaps, keyIs(p + 2, ")") else { continue }
            todo.append((a, p))
        }
        for (a, e) in todo { h41Put(a, e, .organization, overKnown: true) }
    }

    // MARK: - More English and French

    /// "Director of Tavush Textile CJSC Gagik …": a company a later reading dropped, read again from its legal form back to a
    /// title word, "of" or "the" (as `h38LegalFormCompanies`), when no body holds the form.
    mutating func h41LegalFormAgain() {
        guard articleHas(Self.h38LegalForms) else { return }
        let n = tokens.count
        var todo: [(Int, Int)] = []
        for f in 1..<max(n, 1) where tokens[f].kind == .word && tokens[f].script == .latin && tokens[f].allCaps {
            guard h23Key(f, Self.h38LegalForms) else { continue }
            let (fs, fe) = (tokens[f].start, tokens[f].end)
            if anyMention(where: { $0.type == .organization && $0.start < fe && $0.end > fs }) { continue }
            var a = f
            while a - 1 >= 0, f - a < 5, h15CapLatin(a - 1), !h23Key(a - 1, Self.h38TitleWords), !h23Key(a - 1, Self.h38LegalForms), !isCountry[a - 1] { a -= 1 }
            guard a < f, a >= 1, h23Key(a - 1, Self.h38TitleWords) else { continue }
            todo.append((a, f + 1))
        }
        for (a, e) in todo { h41Put(a, e, .organization, overKnown: true) }
    }

    static let h41RegionWords = KeySet(["region", "oblast", "province", "district"])
    /// "the Vitebsk region" beside the town "Vitebsk": where the article names a town alone and as a lowercase region too,
    /// the region's readings keep their word (two places).
    mutating func h41RegionReadings() {
        guard articleHas(Self.h41RegionWords) else { return }
        let n = tokens.count
        var regionAt: [Int] = []
        for i in mentions.indices where mentionType(i) == .place {
            guard let (a, z) = h31Span(i), z == a, z + 1 < n, h23Key(z + 1, Self.h41RegionWords), !tokens[z + 1].capitalized else { continue }
            regionAt.append(i)
        }
        // (Nearly every article has no such place: the sets of keys below, and the scan of every token for the
        // region words, are made only for one that has.)
        guard !regionAt.isEmpty else { return }
        var alone = Set<String>()
        for i in mentions.indices where mentionType(i) == .place {
            guard let (a, z) = h31Span(i), z == a, !(z + 1 < n && h23Key(z + 1, Self.h41RegionWords) && !tokens[z + 1].capitalized) else { continue }
            if !(z + 2 < n && keyIs(z + 1, "and") && h15CapLatin(z + 2) && z + 3 < n && keyIs(z + 3, "regions")) {
                alone.insert(tokens[a].key)
            }
        }
        // The dateline's town: capitals on the body's first line.
        var dateline = Set<String>()
        for k in 0..<min(n, 12) where tokens[k].allCaps && tokens[k].kind == .word { dateline.insert(tokens[k].key) }
        var capital = Set<String>()
        for k in 0..<max(n - 1, 0) where tokens[k + 1].capitalized && h23Key(k + 1, Self.h41RegionWords) { capital.insert(tokens[k].key) }
        var todo: [(Int, Int)] = []
        for i in regionAt {
            guard let (a, z) = h31Span(i), alone.contains(tokens[a].key), !capital.contains(tokens[a].key), dateline.contains(tokens[a].key) else { continue }
            todo.append((a, z + 2))
        }
        for (a, e) in todo { h41Put(a, e, .place, overKnown: true) }
    }

    /// The gate of `h41MinistryOverAnd`: it acts only at a body opening with "ministry" or "department".
    static let h41MinistryCues = KeySet(["ministry", "department"])
    /// "Ministry of Territorial Administration | and Infrastructure of Armenia": a ministry cut before "and" runs over the
    /// capitalized portfolio after it and "of <country>".
    mutating func h41MinistryOverAnd() {
        guard articleHas(Self.h41MinistryCues) else { return }
        let n = tokens.count
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), keyIs(a, "ministry") || keyIs(a, "department"), z + 4 < n, keyIs(z + 1, "and"), h15CapLatin(z + 2) else { continue }
            var q = z + 2
            while q < n, q - z < 5, h15CapLatin(q), !h23Key(q, Self.h38OrgHeadWords), !h23Key(q, Self.h38LegalForms), !isCountry[q] { q += 1 }
            guard q > z + 2, q + 1 < n, keyIs(q, "of"), isCountry[q + 1],
                  let c = firstMentionIndex(where: { $0.type == .country && $0.start == self.tokens[q + 1].start }),
                  let ce = seedTokenIndex(end: mentionEnd(c)) else { continue }
            todo.append((a, ce + 1))
        }
        for (a, e) in todo { h41Put(a, e, .organization) }
    }

    static let h41RunHeads = KeySet(["institute", "university", "academy", "college", "centre", "center", "council", "committee", "authority", "agency"])
    /// "connect the Western Highlands Agro-Forestry Scientific and Technical Institute with …": capitalized words over "and"
    /// between "the" and a body's head are one body.
    mutating func h41TheBodyRun() {
        guard articleHas(Self.h41RunHeads) else { return }
        let n = tokens.count
        var todo: [(Int, Int)] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h41RunHeads = Self.h41RunHeads, h38TitleWords = Self.h38TitleWords, h38OrgHeadWords = Self.h38OrgHeadWords
        for h in 2..<max(n, 2) where tokens[h].kind == .word && h15CapLatin(h) && h23Key(h, h41RunHeads) {
            var b = h, sawAnd = false
            while b - 1 >= 0, h - b < 9 {
                if h15CapLatin(b - 1), !h23Key(b - 1, h38TitleWords) || keyIs(b - 1, "general") { b -= 1 }
                else if keyIs(b - 1, "and"), b - 2 >= 0, h15CapLatin(b - 2) { b -= 1; sawAnd = true }
                else if h15GluedHyphen(b - 1), h15CapLatin(b - 2) { b -= 2 }
                else { break }
            }
            guard sawAnd, b >= 1, keyIs(b - 1, "the"), h - b >= 3, !keyIs(b, "and") else { continue }
            let (s, e) = (tokens[b].start, tokens[h].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
            if anyMention(where: { $0.known != nil && $0.type == .organization && $0.start < e && $0.end > s }) { continue }
            // Not two bodies coordinated ("the Institute of X and the Y Council"): no head word before the last one.
            if (b..<h).contains(where: { h23Key($0, h38OrgHeadWords) }) { continue }
            todo.append((b, h + 1))
        }
        for (a, e) in todo { h41Put(a, e, .organization, overKnown: true) }
    }

    static let h41TitleOpeners = KeySet(["councillor", "councilor"])
    /// "Executive Councillor for Trade": a title read as a body is none.
    mutating func h41TitleBodies() {
        guard articleHas(Self.h41TitleOpeners) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), (a...min(z, a + 1)).contains(where: { h23Key($0, Self.h41TitleOpeners) }) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - More Arabic

    /// "كلاً من أليكسي دوبروفسكي مدير …": two or three words between a list's opener and a role noun are a person (over
    /// a reading of one of its words).
    mutating func h41ArabicListNames() {
        guard articleHas(Self.h38ArAll) else { return }
        let n = tokens.count
        var todo: [(Int, Int)] = []
        for k in 2..<max(n, 2) where tokens[k].script == .arabic && keyIs(k - 1, "من") && h23Key(k - 2, Self.h38ArAll) {
            var q = k
            while q < n, q - k < 4, h38Ar(q), !h23Key(q, Self.h38ArRolesAfter), !h36Stop(q), !isCountry[q] { q += 1 }
            // (A given name may itself open with ال: أليكسي folds to اليكسي; then the next word has no article.)
            guard q - k >= 2, q - k <= 3, q < n, h23Key(q, Self.h38ArRolesAfter),
                  !Self.arabicHasPrefix(tokens[k].key, "ال") || !Self.arabicHasPrefix(tokens[k + 1].key, "ال") else { continue }
            let (s, e) = (tokens[k].start, tokens[q - 1].end)
            if anyMention(where: { $0.type == .person && $0.start <= s && $0.end >= e }) { continue }
            todo.append((k, q))
        }
        for (a, e) in todo { h41Put(a, e, .person, overKnown: true) }
    }

    static let h41ArCompanyHeads = H36Heads(["شركة", "مصنع", "مجموعة"])
    /// "لشركة بوستافي للألبان": a company's head, one foreign word and a ل-noun (with its adjectives) are a company.
    mutating func h41ArabicCompanyNoun() {
        guard articleHas(Self.h41ArCompanyHeads.set) else { return }
        let n = tokens.count
        var todo: [(Int, Int, Int)] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h41ArCompanyHeads = Self.h41ArCompanyHeads, h38ArRolesAfter = Self.h38ArRolesAfter
        for k in 0..<max(n - 2, 0) where tokens[k].script == .arabic {
            guard let skip = h36CliticPrefix(k, h41ArCompanyHeads), h38Ar(k + 1), h38Ar(k + 2), !Self.arabicHasPrefix(tokens[k + 1].key, "ال"),
                  !h36Stop(k + 1), Self.arabicHasPrefix(tokens[k + 2].key, "لل") else { continue }
            var e = k + 3
            if e < n, h38Ar(e), Self.arabicHasPrefix(tokens[e].key, "ال"), !h23Key(e, h38ArRolesAfter), !h36Stop(e), !isCountry[e] { e += 1 }
            let (s, end) = (tokens[k].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s + skip && $0.end >= end }) { continue }
            if anyMention(where: { $0.type == .organization && $0.start <= s + skip && $0.end > s }) { continue }
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < end && $0.end > s }) { continue }
            todo.append((k, e, skip))
        }
        for (a, e, skip) in todo { h27Replace(a, e, with: h36Mention(a, e, skip: skip, type: .organization)) }
    }

    static let h41ArArticleHeads = h18Keys(["الشركة", "الهيئة", "المؤسسة", "الجمعية", "الوكالة", "الغرفة", "المجموعة"])
    /// "الشركة القمرية لتسويق التوابل": a head with the article, a country's adjective and a ل-noun (with its article nouns)
    /// are a body.
    mutating func h41ArabicNisbaBody() {
        guard articleHas(Self.h41ArArticleHeads) else { return }
        let n = tokens.count
        var todo: [(Int, Int)] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h41ArArticleHeads = Self.h41ArArticleHeads, h38ArRolesAfter = Self.h38ArRolesAfter
        for k in 0..<max(n - 2, 0) where tokens[k].script == .arabic && h23Key(k, h41ArArticleHeads) {
            // (A country's adjective or another nisba: القمرية، الوطنية.)
            guard isCountry[k + 1] || h38Ar(k + 1) && Self.arabicHasPrefix(tokens[k + 1].key, "ال") && Self.arabicHasSuffix(tokens[k + 1].key, "يه"),
                  h38Ar(k + 2), Self.arabicHasPrefix(tokens[k + 2].key, "ل"), !Self.arabicHasPrefix(tokens[k + 2].key, "ال") else { continue }
            let (ls, le) = (tokens[k + 2].start, tokens[k + 2].end)
            if anyMention(where: { $0.type == .person && $0.start < le && $0.end > ls }) { continue }
            var e = k + 3
            if e < n, h38Ar(e), Self.arabicHasPrefix(tokens[e].key, "ال"), !h23Key(e, h38ArRolesAfter), !h36Stop(e), !isCountry[e] { e += 1 }
            let (s, end) = (tokens[k].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= end }) { continue }
            if anyMention(where: { $0.type == .organization && $0.start == s }) { continue }
            todo.append((k, e))
        }
        for (a, e) in todo { h41Put(a, e, .organization) }
    }

    static let h41ArBankHeads = H36Heads(["بنك", "مصرف"])
    /// "ممثل بنك طاجيك | سودروم.": a bank of two words before one more word and the sentence's end takes it.
    mutating func h41ArabicBankTail() {
        guard articleHas(Self.h41ArBankHeads.set) else { return }
        let n = tokens.count
        var todo: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z == a + 1, let skip = h36CliticPrefix(a, Self.h41ArBankHeads), z + 2 < n, h38Ar(z + 1),
                  !Self.arabicHasPrefix(tokens[z + 1].key, "ال"), !h36Stop(z + 1), keyIs(z + 2, ".") || keyIs(z + 2, "،") || keyIs(z + 2, ",") else { continue }
            let (s, e) = (tokens[z + 1].start, tokens[z + 1].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            todo.append((a, z + 2, skip))
        }
        for (a, e, skip) in todo { h27Replace(a, e, with: h36Mention(a, e, skip: skip, type: .organization)) }
    }

    /// "فهد بن جاسم" after "فهد بن جاسم بن حمد آل ثاني": a shorter name with بن that opens a longer one is that person.
    mutating func h41ArabicShortBinNames() {
        var full: [[String]] = []
        for i in mentions.indices where mentionType(i) == .person {
            let w = mentionWords(i)
            if w.count >= 4, w.contains(where: { PlainText.equal($0, "بن") }) { full.append(w) }
        }
        guard !full.isEmpty else { return }
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            let w = mentionWords(i)
            guard w.count >= 3, w.contains(where: { PlainText.equal($0, "بن") }), let f = full.first(where: { $0.count > w.count && Array($0.prefix(w.count)) == w }) else { continue }
            mentions[i].words = f
        }
    }

    // MARK: - More Russian

    /// The gate of `h41RussianZones`: the opening guillemet.
    static let h41OpenGuillemet = KeySet(["«"])

    /// "посетила свободную экономическую зону «Брест»": a free economic zone named by a town in quotes is a place of its own.
    mutating func h41RussianZones() {
        // (A zone is read only before "«": none in the article, nothing to do.)
        guard articleHas(Self.h41OpenGuillemet) else { return }
        let n = tokens.count
        var todo: [(Int, Int)] = []
        // (Byte prefixes: `String.hasPrefix` compares Cyrillic by Unicode rules, most of this pass's cost.)
        for k in 0..<max(n - 5, 0) where tokens[k].script == .cyrillic && h39KeyStarts(k, "свободн") {
            guard h39KeyStarts(k + 1, "экономическ"), h39KeyStarts(k + 2, "зон"), keyIs(k + 3, "«") else { continue }
            guard let c = (k + 4..<min(n, k + 8)).first(where: { keyIs($0, "»") }), c > k + 4 else { continue }
            let (s, e) = (tokens[k].start, tokens[c].end)
            if anyMention(where: { $0.type == .place && $0.start <= s && $0.end >= e }) { continue }
            todo.append((k, c + 1))
        }
        for (a, e) in todo { h41Put(a, e, .place, overKnown: true) }
    }

    // MARK: - Arabic

    static let h41ArZoneLast = h18Keys(["الحرة", "الخاصة"])
    static let h41ArZoneHead = H36Heads(["المنطقة"])
    /// "المنطقة الاقتصادية الحرة إشكاشم", "مدير المنطقة الاقتصادية الحرة فيتيبسك": a zone read up to الحرة/الخاصة takes the next
    /// word when the article names a place by it elsewhere.
    mutating func h41ArabicZoneNames() {
        guard articleHas(Self.h41ArZoneLast) else { return }
        let n = tokens.count
        // The place words are gathered only once a zone's name is found (nearly no article has one).
        var placeWords: Set<String>? = nil
        var todo: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z > a, z + 1 < n, let skip = h36CliticPrefix(a, Self.h41ArZoneHead), h23Key(z, Self.h41ArZoneLast),
                  h38Ar(z + 1), !h36Stop(z + 1), !Self.arabicHasPrefix(tokens[z + 1].key, "ال") else { continue }
            if placeWords == nil {
                var words = Set<String>()
                for i in mentions.indices where mentionType(i) == .place { for w in mentionWords(i) { words.insert(w) } }
                placeWords = words
            }
            let placeWords = placeWords.unsafelyUnwrapped
            let w = tokens[z + 1].key
            guard placeWords.contains(w) || placeWords.contains(where: { $0.hasSuffix(w) && $0.unicodeScalars.count == w.unicodeScalars.count + 1 }) else { continue }
            todo.append((a, z + 2, skip))
        }
        for (a, e, skip) in todo { h27Replace(a, e, with: h36Mention(a, e, skip: skip, type: .place)) }
    }

    static let h41ArRasFirst = H36Heads(["رأس", "راس"])
    /// "والمنطقة الحرة براس بوفنطاس": the place after بـ + رأس in a zone's reading is the place (the zone its alias).
    mutating func h41ArabicZoneRas() {
        guard articleHas(Self.h41ArRasFirst.set) else { return }
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z - a >= 2, h36CliticPrefix(a, Self.h41ArZoneHead) != nil,
                  let r = (a + 1..<z).first(where: { h36CliticPrefix($0, Self.h41ArRasFirst) == 1 && Self.arabicHasPrefix(tokens[$0].key, "ب") }), r + 1 <= z else { continue }
            todo.append((r, r + 2))
        }
        for (r, e) in todo { h27Replace(r, e, with: h36Mention(r, e, skip: 1, type: .place)) }
    }

    static let h41ArFacilityHeads = H36Heads(["ميناء", "مطار", "جسر", "شارع", "ميدان", "مدينة", "مستشفى"])
    /// A gate of `h41ArabicPlaceBin` (with `h41ArFacilityHeads`): it acts only before "بن".
    static let h41ArBinCue = KeySet(["بن"])
    /// "ميناء خليفة | بن سلمان": a port, airport, bridge or street named after a person runs over بن and the next word.
    mutating func h41ArabicPlaceBin() {
        guard articleHas(Self.h41ArFacilityHeads.set), articleHas(Self.h41ArBinCue) else { return }
        let n = tokens.count
        var todo: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z > a, z + 2 < n, let skip = h36CliticPrefix(a, Self.h41ArFacilityHeads),
                  keyIs(z + 1, "بن"), h38Ar(z + 2), !h36Stop(z + 2) else { continue }
            todo.append((a, z + 3, skip))
        }
        for (a, e, skip) in todo { h27Replace(a, e, with: h36Mention(a, e, skip: skip, type: .place)) }
    }

    static let h41ArMadina = H36Heads(["مدينة"])
    /// "ومدينة قربانوفا رئيسة جامعة …": "مدينة X" right before a role noun is a woman named Madina.
    mutating func h41ArabicMadina() {
        guard articleHas(Self.h41ArMadina.set) else { return }
        var todo: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z == a + 1, let skip = h36CliticPrefix(a, Self.h41ArMadina), z + 1 < tokens.count,
                  h23Key(z + 1, Self.h38ArRolesAfter) else { continue }
            todo.append((a, z + 1, skip))
        }
        for (a, e, skip) in todo { h27Replace(a, e, with: h36Mention(a, e, skip: skip, type: .person)) }
    }

    static let h41ArPatronymicEnds = ["فيتش", "فنا", "يتش"]
    static let h41ArSurnameEnds = ["وف", "يف", "ين", "سكي", "وفا", "يفا", "ينا", "سكايا", "تشوك", "نكو", "يان", "تش", "وك"]
    /// "يوري ليونيدوفيتش | شاماكوف": a Russian patronymic takes the surname after it.
    mutating func h41ArabicPatronymicSurname() {
        let n = tokens.count
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z > a, z + 1 < n, h38Ar(z + 1), !h36Stop(z + 1), !h23Key(z + 1, Self.h38ArRolesAfter) else { continue }
            let last = tokens[z].key, next = tokens[z + 1].key
            // (Byte tests where the keys are plain: `String` compared Arabic keys character by character.)
            guard Self.h41ArPatronymicEnds.contains(where: { PlainText.hasSuffix(last, $0) }),
                  Self.h41ArSurnameEnds.contains(where: { PlainText.hasSuffix(next, $0) }), !Self.arabicHasPrefix(next, "ال") else { continue }
            let (s, e) = (tokens[z + 1].start, tokens[z + 1].end)
            if anyMention(where: { $0.type != .person && $0.start < e && $0.end > s }) { continue }
            todo.append((a, z + 2))
        }
        for (a, e) in todo { h27Replace(a, e, with: mention(a, e, type: .person, evidence: .cue)) }
    }

    /// "فاطمة بنت محمد | الحاج مديرة …": a word with the article between a name and its role is the family name.
    mutating func h41ArabicArticleNameBeforeRole() {
        guard articleHas(Self.h38ArRolesAfter) else { return }
        let n = tokens.count
        var todo: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z > a, z + 2 < n, h38Ar(z + 1), Self.arabicHasPrefix(tokens[z + 1].key, "ال"),
                  !h23Key(z + 1, Self.h38ArRolesAfter), !h36Stop(z + 1), h23Key(z + 2, Self.h38ArRolesAfter) else { continue }
            let (s, e) = (tokens[z + 1].start, tokens[z + 1].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            let skip = mentionStart(i) - tokens[a].start
            todo.append((a, z + 2, skip))
        }
        for (a, e, skip) in todo { h27Replace(a, e, with: h36Mention(a, e, skip: skip, type: .person)) }
    }

    static let h41ArRoleOpeners = h18Keys(["مدير", "مديرة", "رئيس", "رئيسة", "نائب", "نائبة", "وزير", "وزيرة", "سفير", "سفيرة", "وكيل", "وكيلة"])
    /// "مديرة الشركة": a person that opens with a role noun before a word with the article is none.
    mutating func h41ArabicRolePerson() {
        guard articleHas(Self.h41ArRoleOpeners) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z == a + 1, h23Key(a, Self.h41ArRoleOpeners), Self.arabicHasPrefix(tokens[z].key, "ال") else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "جامعة جزر | القمر": a body whose last word opens a country's name takes the rest of it.
    mutating func h41ArabicBodyCountry() {
        var todo: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z > a else { continue }
            let (s, e) = (tokens[z].start, tokens[z].end)
            // (Fields read in place: in this large pass the test of an optional field copied every mention it read.)
            guard let c = mentions.indices.first(where: { mentionType($0) == .country && mentionStart($0) == s && mentionEnd($0) > e }),
                  let ce = seedTokenIndex(end: mentionEnd(c)) else { continue }
            todo.append((a, ce + 1, mentionStart(i) - tokens[a].start))
        }
        for (a, e, skip) in todo { h27Replace(a, e, with: h36Mention(a, e, skip: skip, type: .organization)) }
    }

    static let h41ArCountryBodyHeads = H36Heads(["غرفة", "جامعة", "بنك", "صندوق", "مصرف"])
    /// "في غرفة قطر.": a body's head and a country's name alone are a body.
    mutating func h41ArabicHeadCountry() {
        guard articleHas(Self.h41ArCountryBodyHeads.set) else { return }
        let n = tokens.count
        var todo: [(Int, Int, Int)] = []
        let heads = Self.h41ArCountryBodyHeads   // (read once: a static's every read calls `swift_once`)
        for k in 0..<max(n - 1, 0) where tokens[k].script == .arabic {
            guard let skip = h36CliticPrefix(k, heads), isCountry[k + 1] else { continue }
            if k + 2 < n, h38Ar(k + 2), Self.arabicHasPrefix(tokens[k + 2].key, "ال") || Self.arabicHasPrefix(tokens[k + 2].key, "ل") { continue }
            let (s, e) = (tokens[k].start, tokens[k + 1].end)
            if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s }) { continue }
            // The country's name is one word here.
            guard let c = firstMentionIndex(where: { $0.type == .country && $0.start == self.tokens[k + 1].start }), mentionEnd(c) == e else { continue }
            todo.append((k, k + 2, skip))
        }
        for (a, e, skip) in todo {
            var m = h36Mention(a, e, skip: skip, type: .organization)
            m.placeContext = false
            mentions.append(m)
        }
    }

    static let h41ArCompany = H36Heads(["شركة"])
    /// "لشركة بامير | آغرو إكسبورت": the words after "شركة" read (in part) as a person are the company.
    mutating func h41ArabicForeignCompany() {
        guard articleHas(Self.h41ArCompany.set) else { return }
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), a >= 2 else { continue }
            // (The company noun first: the surname-ending tests compare Arabic strings, most of this pass's cost.)
            var b = -1
            if h36CliticPrefix(a - 1, Self.h41ArCompany) != nil { b = a }
            else if h38Ar(a - 1), h36CliticPrefix(a - 2, Self.h41ArCompany) != nil, !Self.arabicHasPrefix(tokens[a - 1].key, "ال"), !h36Stop(a - 1) {
                let (s, e) = (tokens[a - 1].start, tokens[a - 1].end)
                if !anyMention(where: { $0.start < e && $0.end > s }) { b = a - 1 }
            }
            guard b >= 0 else { continue }
            let lastKey = tokens[z].key
            if Self.h41ArSurnameEnds.contains(where: { lastKey.hasSuffix($0) }) || Self.h41ArPatronymicEnds.contains(where: { lastKey.hasSuffix($0) }) { continue }
            todo.append((b, z + 1))
        }
        for (a, e) in todo { h41Put(a, e, .organization) }
    }

    /// "جزيرة أنجوان | تنتج": a place read over a present-tense verb is cut when the article names it without the verb.
    mutating func h41ArabicPlaceVerb() {
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z > a else { continue }
            let last = tokens[z].key
            guard last.hasPrefix("ت") || last.hasPrefix("ي"), last.unicodeScalars.count >= 3 else { continue }
            let w = Array(mentionWords(i).dropLast())
            guard !w.isEmpty else { continue }
            let s = mentionStart(i)
            guard anyMention(where: { $0.start != s && $0.words == w }) else { continue }
            todo.append((i, z))
        }
        for (i, z) in todo {
            guard let (a, _) = h31Span(i) else { continue }
            mentions[i] = h36Mention(a, z, skip: max(0, mentionStart(i) - tokens[a].start), type: .place)
            mentions[i].placeContext = true
        }
    }

    static let h41ArLiwa = H36Heads(["لواء"])
    /// "في لواء القصر": the word after "لواء" (a Jordanian district) is a place.
    mutating func h41ArabicLiwa() {
        guard articleHas(Self.h41ArLiwa.set) else { return }
        let n = tokens.count
        var todo: [(Int, Int, Int)] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h41ArLiwa = Self.h41ArLiwa
        for k in 0..<max(n - 1, 0) where tokens[k].script == .arabic {
            guard let skip = h36CliticPrefix(k, h41ArLiwa), k >= 1, keyIs(k - 1, "في") || Self.arabicHasPrefix(tokens[k].key, "ب"), h38Ar(k + 1),
                  !h36Stop(k + 1) else { continue }
            let (s, e) = (tokens[k].start, tokens[k + 1].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            todo.append((k, k + 2, skip))
        }
        for (a, e, skip) in todo { mentions.append({ var m = h36Mention(a, e, skip: skip, type: .place); m.placeContext = true; return m }()) }
    }

    static let h41ArGenericHeads = H36Heads(["مدينة", "ميناء", "جزيرة", "لواء", "محافظة", "ولاية", "منطقة"])
    /// "مدينة الكرك" … "بمحافظة الكرك", "مدينة موتسامودو" … "ميناء موتسامودو": a place read under two generic heads is the
    /// place itself, each reading its name alone (so that they group).
    mutating func h41ArabicHeadAlias() {
        guard articleHas(Self.h41ArGenericHeads.set) else { return }
        var byName: [String: [Int]] = [:], heads: [String: Set<String>] = [:]
        for i in mentions.indices where mentionType(i) == .place {
            guard let (a, z) = h31Span(i) else { continue }
            if z == a + 1, h36CliticPrefix(a, Self.h41ArGenericHeads) != nil, h38Ar(z) {
                let x = tokens[z].key
                byName[x, default: []].append(i)
                let skip = h36CliticPrefix(a, Self.h41ArGenericHeads) ?? 0
                heads[x, default: []].insert(String(String.UnicodeScalarView(tokens[a].key.unicodeScalars.dropFirst(skip))))
            }
        }
        var todo: [(Int, Int)] = []
        for (x, list) in byName where (heads[x]?.count ?? 0) >= 2 {
            for i in list { if let (_, z) = h31Span(i) { todo.append((i, z)) } }
        }
        for (i, z) in todo {
            let x = tokens[z].key
            // The bare reading's identity when there is one (its knowledge-base entry, its words), so that all group.
            let bareIndex = firstMentionIndex(where: { $0.type == .place && $0.words.count == 1 && $0.words[0] == x })
            var m: Mention
            if let b = bareIndex { m = mentions[b]; m.start = tokens[z].start; m.end = tokens[z].end; m.surface = tokens[z].text }
            else { m = mention(z, z + 1, type: .place, evidence: .cue); if let k = mentionKnown(i) { m.known = k } }
            m.placeContext = true
            mentions[i] = m
        }
    }

    // MARK: - Russian

    /// "губернатор аймака Дархан-Уул Батсайхан Энхтуяа": the name after "аймак" (a Mongolian province) is a place, and the
    /// capitalized words after a hyphenated one a person.
    mutating func h41RussianAimag() {
        var add: [Mention] = [], drop = Set<Int>()
        for i in mentions.indices where mentionType(i) != .country && mentionType(i) != .place && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), a >= 1, PlainText.hasPrefix(tokens[a - 1].key, "аймак"), !tokens[a - 1].capitalized else { continue }
            drop.insert(i)
            if z >= a + 2, h15GluedHyphenAny(a + 1), z > a + 2, isCap(a + 3) {
                add.append({ var m = mention(a, a + 3, type: .place, evidence: .cue); m.placeContext = true; return m }())
                add.append(mention(a + 3, z + 1, type: .person, evidence: .cue))
            } else if z == a || z == a + 2 && h15GluedHyphenAny(a + 1) {
                add.append({ var m = mention(a, z + 1, type: .place, evidence: .cue); m.placeContext = true; return m }())
            } else {
                drop.remove(i)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: add) }
    }

    /// A hyphen glued on both sides (any script).
    @inline(__always) func h15GluedHyphenAny(_ k: Int) -> Bool {
        k > 0 && k + 1 < tokenCount && tokens[k].kind == .punct && !tokens[k].spaceBefore && !tokens[k + 1].spaceBefore && keyIs(k, "-")
    }

    static let h41RuBodyStems = ["завод", "комбинат", "университет", "колледж", "фабрик", "компани", "банк", "институт", "министерств",
        "комитет", "управлен", "агентств", "фонд", "союз", "ассоциац", "палат", "служб", "академи", "центр", "обществ", "корпорац",
        "холдинг", "совет", "администрац", "департамент", "бюро", "объединени", "суд", "прокуратур", "школ", "лице", "гимнази",
        "больниц", "музе", "театр", "библиотек", "клуб", "предприяти", "хозяйств", "кооператив", "групп", "концерн", "дирекци",
        "инспекци", "федераци", "организаци", "правительств", "парламент", "дум", "собрани", "исполком", "облисполком", "партнерств"]
    static let h41RuPrepositions: WordSet = ["по", "при", "с", "со", "для", "на", "в", "во", "о", "об", "из", "от", "до", "за", "под", "над", "и", "или", "к", "у"]
    /// "отгрузит в Дархан первую партию говядины …": a capitalized word and lowercase words with no body's head are no
    /// body (the word after в/во/на a place).
    mutating func h41RussianRunOn() {
        var add: [Mention] = [], drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            // (The preposition before it first, and the stems compared as bytes: `String.hasPrefix` on Cyrillic was most of the cost.)
            guard let (a, z) = h31Span(i), z - a >= 2, isCap(a), tokens[a].script == .cyrillic,
                  a >= 1, keyIs(a - 1, "в") || keyIs(a - 1, "во") || keyIs(a - 1, "на") else { continue }
            let rest = (a + 1...z).filter { tokens[$0].kind == .word }
            guard rest.count >= 2, !Self.h41RuPrepositions.contains(tokens[rest[0]].key), rest.allSatisfy({ !tokens[$0].capitalized && !tokens[$0].allCaps && tokens[$0].script == .cyrillic }) else { continue }
            guard !rest.contains(where: { k in Self.h41RuBodyStems.contains(where: { h39KeyStarts(k, $0) }) }) else { continue }
            guard !Self.h41RuBodyStems.contains(where: { h39KeyStarts(a, $0) }) else { continue }
            // (Not an adjective opening a body's name: Сибирский …, Российские …)
            let first = tokens[a].key
            guard !["ий", "ый", "ой", "ая", "ое", "ые", "ие", "ого", "его", "ой", "ую", "ым", "им"].contains(where: { first.hasSuffix($0) }) else { continue }
            drop.insert(i)
            var m = mention(a, a + 1, type: .place, evidence: .cue)
            m.placeContext = true
            add.append(m)
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: add) }
    }

    // MARK: - Vietnamese

    /// "Bộ Biển, Giao thông và Cơ sở hạ tầng Croatia": a ministry's portfolios listed with commas and "và" up to a country
    /// are one body.
    mutating func h41VietnameseMinistryList() {
        let n = tokens.count
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), keyIs(a, "bo"), z + 2 < n, keyIs(z + 1, ","), h15CapLatin(z + 2) else { continue }
            var q = z + 2, sawAnd = false, end = -1
            while q < n, q - z < 14 {
                if isCountry[q] {
                    if let c = firstMentionIndex(where: { $0.type == .country && $0.start == self.tokens[q].start }), let ce = seedTokenIndex(end: mentionEnd(c)) { end = ce }
                    break
                }
                if keyIs(q, "va") { sawAnd = true } else if !(tokens[q].kind == .word || keyIs(q, ",")) { break }
                q += 1
            }
            guard sawAnd, end > z else { continue }
            todo.append((a, end + 1))
        }
        for (a, e) in todo { h41Put(a, e, .organization) }
    }

    // MARK: - Chinese

    /// 南方省省长 read 南方省省: the place ends before the title; "由中交建（斯里兰卡）港口发展有限公司": the words before a
    /// country in full-width parentheses open the company; 汉班托塔港 + 茶叶物流中心: a port and its logistics centre one place.
    mutating func h41Han() {
        let u = h39HanBuffer()
        let n = u.count
        guard n > 0 else { return }
        @inline(__always) func isHan(_ c: UInt16) -> Bool { c >= 0x4E00 && c <= 0x9FFF }
        let sheng: UInt16 = 0x7701, zhang: UInt16 = 0x957F, gang: UInt16 = 0x6E2F
        let stops = Set("由与和、，。的在是为将对向从及并".utf16)
        let open: UInt16 = 0xFF08, close: UInt16 = 0xFF09
        let centre = Array("物流中心".utf16), company = Array("有限公司".utf16)
        func put(_ s: Int, _ e: Int, _ type: EntityType) {
            let name = String(decoding: u[s..<e], as: UTF16.self)
            mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < e && $0.end > s }
            var m = Mention(surface: name, start: s, end: e, type: type, evidence: .cue, words: [name])
            m.placeContext = type == .place
            mentions.append(m)
        }
        var todo: [(Int, Int, EntityType)] = []
        for i in mentions.indices where mentionKnown(i) == nil {
            let (s, e) = (mentionStart(i), mentionEnd(i))
            guard e <= n, e - s >= 2 else { continue }
            // X省省 + 长
            if mentionType(i) == .place, u[e - 1] == sheng, u[e - 2] == sheng, e < n, u[e] == zhang { todo.append((s, e - 1, .place)); continue }
            // A port + up to four characters + 物流中心.
            if mentionType(i) == .place, u[e - 1] == gang {
                var q = e
                while q < n, q - e < 5, isHan(u[q]), !stops.contains(u[q]) {
                    if q + centre.count <= n, Array(u[q..<(q + centre.count)]) == centre { todo.append((s, q + centre.count, .place)); break }
                    q += 1
                }
                continue
            }
            // （country）…有限公司
            if mentionType(i) == .organization, e - s >= company.count, Array(u[(e - company.count)..<e]) == company, s >= 2, u[s - 1] == close {
                guard let o = (max(0, s - 10)..<(s - 1)).last(where: { u[$0] == open }),
                      anyMention(where: { $0.type == .country && $0.start >= o + 1 && $0.end <= s - 1 }) else { continue }
                var b = o
                while b - 1 >= 0, o - b < 6, isHan(u[b - 1]), !stops.contains(u[b - 1]) { b -= 1 }
                guard b < o else { continue }
                todo.append((b, e, .organization))
            }
        }
        for (s, e, t) in todo { put(s, e, t) }
    }
}
