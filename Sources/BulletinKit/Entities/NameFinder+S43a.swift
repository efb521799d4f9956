import Foundation

/// Session 43 (a): general causes behind a blind set's errors in English, French and Arabic text (the tests use other
/// texts and names):
/// - Latin script (the appositive, party, place-noun, sea and foreign-country rules in English only): "the X party" is a body; "Greater" + a place is a place; a name beside an appositive whose head is a
///   body's noun (", the Norwegian … club.", "a … trading firm, X.") is a body, with its other mentions; a firm's last
///   word ("… Supplies", "… Traders") makes a name a body; a body ending "of the ACRONYM" ends before "of"; a body's
///   name goes on over "of" + an ampersand abbreviation ("… of P&I Clubs"); a name with no type before a lowercase
///   noun of place ("… harbour") or after "off" / "coast of" is a place; "Air" + a country is an airline; an event's
///   name ("… Days", "… Festival") read as a person is none, so is a ship's after its noun or a brand quoted after "sold
///   as"; "the Mediterranean" is a place; a name with a Vietnamese surname and Vietnamese letters in
///   text of another language is a person ("Mai Trung Thứ", where "Mai" is a French month); another language's name of
///   a country at the head of a longer English name ("Nederland Fire Protection District") names no country;
/// - French: a body's name read on over "d'" + an infinitive ends before it; "la maison X" is a firm; a religious
///   building's lowercase head + de/du/des + a name is a place ("temple des Pythons"); a capitalized landmark noun + de/du/des + lowercase words before punctuation is a place ("Route des esclaves");
///   a plural demonym after "d'" ("d'Africains") is no name;
/// - Arabic: a nisba in a food's name ("الفول السوداني", "التمر الهندي") names no country; a body written with the
///   preposition ل fused with its article ("للوكالة …") groups with the body; a body goes on over "للأمم المتحدة" and
///   over a country's plural adjective after its ل-phrase; administrations, cooperatives and airlines/railways with a
///   nisba are bodies, so is a faculty before its university; a river, bridge or station + a known place is a place, "نهري X وY" two rivers; "منت" links a
///   Mauritanian woman's name; an occupation noun + two plain words before a comma is a person; "الشركة" + one
///   definite word is no name, nor is a unit of time; a place read up to "سان" goes on over the name after it.
/// `refineS43a` runs after `refineS42`, before `refineCP15`; each rule is gated on its script or language and on
/// `articleHas` of its trigger words or cheap tests of a mention's own tokens.
extension NameFinder {
    mutating func refineS43a() {
        guard tokens.count > 2 else { return }
        if hasArabic {
            s43ArabicFoodNisba()
            s43ArabicLamArticleBodies()
            s43ArabicBodyTails()
            s43ArabicHeads()
            s43ArabicPlaceHeads()
            s43ArabicTwoRivers()
            s43ArabicOccupationPersons()
            s43ArabicMintNames()
            s43ArabicNotNames()
            s43ArabicSaintPlaces()
        } else if !hasHan {
            s43LatinParty()
            s43LatinGreater()
            s43LatinFirmLastWords()
            if language == "en" { s43LatinAppositiveBodies() }
            s43LatinOfTheAcronym()
            s43LatinAmpersandBodies()
            s43LatinPlaceNouns()
            s43LatinAirlines()
            s43LatinEvents()
            s43LatinQuotedAndShips()
            if language == "en" { s43LatinSeas() }
            if !lang.vi { s43VietnameseNames() }
            if language == "en" { s43ForeignCountryInName() }
            if lang.fr {
                s43FrenchElidedVerbTail()
                s43FrenchMaison()
                s43FrenchBuildings()
                s43FrenchLandmarks()
                s43FrenchDemonyms()
            }
        }
    }

    // MARK: - Helpers

    /// Token `k` is a word of the Latin script, lowercase.
    @inline(__always) func s43Lower(_ k: Int) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].script == .latin && !tokens[k].capitalized && !tokens[k].allCaps
    }

    /// Token `k` is a capitalized (or all-capitals) Latin word.
    @inline(__always) func s43Cap(_ k: Int) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].script == .latin && (tokens[k].capitalized || tokens[k].allCaps)
    }

    /// Token `k` ends a clause: a comma, a full stop, a semicolon, a colon, a closing parenthesis, or the text's end.
    @inline(__always) func s43ClauseEnd(_ k: Int) -> Bool {
        k >= tokenCount || keyIs(k, ",") || keyIs(k, ".") || keyIs(k, ";") || keyIs(k, ":") || keyIs(k, ")")
    }

    /// Mention `i` retyped a body (no known place's reading left on it), with every other mention of the same words that
    /// is no country.
    mutating func s43MakeBody(_ i: Int) {
        let words = mentions[i].words
        let known = mentions[i].known
        for j in mentions.indices where mentions[j].type != .country && mentions[j].words == words
            && (mentions[j].known == nil || mentions[j].known == known) {
            mentions[j].type = .organization
            mentions[j].known = nil
            mentions[j].placeContext = false
            // (A cue now: a lone name typed by guess is linked to a person of the same last word.)
            if mentions[j].evidence == .guess { mentions[j].evidence = .cue }
        }
    }

    // MARK: - Latin script

    static let s43Party = h18Keys(["party"])

    /// "nominated by the Amanat party": an unknown name between "the" and a lowercase "party" is a party, a body.
    mutating func s43LatinParty() {
        guard articleHas(Self.s43Party) else { return }
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country && mentions[i].type != .organization {
            guard let (a, z) = seedSpan(i), a > 0, z - a <= 2, keyIs(a - 1, "the"), !tokens[a - 1].capitalized,
                  s43Lower(z + 1), keyIs(z + 1, "party") else { continue }
            mentions[i].type = .organization
            mentions[i].placeContext = false
        }
    }

    static let s43Greater = h18Keys(["greater"])

    /// "parts of Greater Accra": "Greater" + a place (read with no other name) is a place.
    mutating func s43LatinGreater() {
        guard articleHas(Self.s43Greater) else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for k in 0..<(tokenCount - 1) where tokens[k].kind == .word && tokens[k].capitalized && Self.s43Greater.contains(tokens[k]) {
            guard tokens[k + 1].spaceBefore, !tokens[k + 1].newlineBefore, s43Cap(k + 1),
                  let p = firstMentionIndex(where: { $0.start == tokens[k + 1].start && ($0.type == .place || $0.type == nil) }),
                  let (_, pz) = seedSpan(p) else { continue }
            let (s, e) = (tokens[k].start, mentions[p].end)
            // (Only "Greater" itself, untyped, and the place: a longer body's name over them stays.)
            var ok = true
            var inside: [Int] = []
            for j in mentions.indices where mentions[j].start < e && mentions[j].end > s {
                if j == p { inside.append(j); continue }
                if mentions[j].start == s && mentions[j].end == tokens[k].end && mentions[j].known == nil && mentions[j].type != .organization {
                    inside.append(j); continue
                }
                ok = false
            }
            guard ok else { continue }
            drop.formUnion(inside)
            added.append(mention(k, pz + 1, type: .place, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// Last words of firms' names ("Sankofa Chem Supplies", "Ridgeway Traders").
    static let s43FirmLastWords = h18Keys(["supplies", "traders", "suppliers", "distributors", "contractors", "chemicals", "textiles",
        "logistics", "ventures", "builders", "fisheries", "plantations"])

    /// A name typed a person, a place or nothing (no known one) whose last word is a firm's is a body.
    mutating func s43LatinFirmLastWords() {
        guard articleHas(Self.s43FirmLastWords) else { return }
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .person || mentions[i].type == .place || mentions[i].type == nil) {
            let words = mentions[i].words
            guard words.count >= 2, let last = words.last, Self.s43FirmLastWords.contains(last) else { continue }
            mentions[i].type = .organization
            mentions[i].placeContext = false
        }
    }

    /// Nouns of bodies that head an appositive ("Gard, the Norwegian P&I club,", "a Tema trading firm, Sankofa …").
    static let s43AppositiveHeads = h18Keys(["club", "company", "firm", "insurer", "reinsurer", "group", "bank", "lender", "carrier",
        "airline", "broker", "brokerage", "operator", "carmaker", "automaker", "manufacturer", "producer", "retailer", "conglomerate",
        "startup", "start-up", "agency", "association", "union", "cooperative", "co-operative", "federation", "charity", "foundation",
        "regulator", "watchdog", "utility", "miner", "refiner", "supplier", "distributor", "developer", "publisher", "broadcaster",
        "shipowner", "shipbuilder", "insurers", "outfit", "chain", "consultancy", "wholesaler", "exporter", "importer", "trader"])

    /// Token `k` may stand between an appositive's article and its head: a lowercase word, a country's word, a capitalized
    /// word a place or no mention reads, an abbreviation in parentheses or a piece of one ("(P&I)").
    func s43AppositiveWord(_ k: Int) -> Bool {
        guard k >= 0, k < tokenCount else { return false }
        if tokens[k].kind == .word, tokens[k].script == .latin {
            if !tokens[k].capitalized && !tokens[k].allCaps { return true }
            if isCountry[k] { return true }
            let (s, e) = (tokens[k].start, tokens[k].end)
            return !anyMention(where: { $0.start < e && $0.end > s && $0.type != .place && $0.type != .country })
        }
        return keyIs(k, "(") || keyIs(k, ")") || keyIs(k, "&") || keyIs(k, "-")
    }

    /// "insured by Gard, the Norwegian protection and indemnity (P&I) club.", "through a Tema trading firm, Sankofa Chem
    /// Supplies.": a name (unknown, or a known place with no country) beside an appositive "the/a … HEAD" whose head is a
    /// body's noun and that ends its clause is a body, and so are its other mentions.
    mutating func s43LatinAppositiveBodies() {
        guard articleHas(Self.s43AppositiveHeads) else { return }
        var bodies: [Int] = []
        for i in mentions.indices where mentions[i].type != .country && mentions[i].type != .organization && mentions[i].code == nil {
            guard let (a, z) = seedSpan(i), mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end, s43Cap(a) else { continue }
            // After: ", the … HEAD" and the clause's end.
            if z + 3 < tokenCount, keyIs(z + 1, ","), keyIs(z + 2, "the") || keyIs(z + 2, "a") || keyIs(z + 2, "an"), !tokens[z + 2].capitalized {
                var k = z + 3, found = false
                while k < tokenCount, k - z <= 12 {
                    if tokens[k].kind == .word, !tokens[k].capitalized, Self.s43AppositiveHeads.contains(tokens[k]) {
                        found = s43ClauseEnd(k + 1) || keyIs(k + 1, "which") || keyIs(k + 1, "that")
                        break
                    }
                    guard s43AppositiveWord(k) else { break }
                    k += 1
                }
                if found { bodies.append(i); continue }
            }
            // Before: "a/the … HEAD, NAME" and the clause's end after the name.
            if a >= 3, keyIs(a - 1, ","), s43ClauseEnd(z + 1), tokens[a - 2].kind == .word, !tokens[a - 2].capitalized,
               Self.s43AppositiveHeads.contains(tokens[a - 2]) {
                var k = a - 3, found = false
                while k >= 0, a - k <= 8 {
                    if keyIs(k, "a") || keyIs(k, "an") || keyIs(k, "the"), !tokens[k].capitalized || tokens[k].sentenceStart { found = true; break }
                    guard s43AppositiveWord(k) else { break }
                    k -= 1
                }
                if found { bodies.append(i) }
            }
        }
        for i in bodies { s43MakeBody(i) }
    }

    /// "the Drug Enforcement Department of the FDA": a body ending "of the" + an abbreviation ends before "of"; the
    /// abbreviation is a body of its own.
    mutating func s43LatinOfTheAcronym() {
        var changes: [(Int, Mention, Mention?)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z - a >= 4, mentions[i].end == tokens[z].end, tokens[z].allCaps, tokens[z].keyLength <= 6,
                  !isCountry[z], keyIs(z - 1, "the"), keyIs(z - 2, "of"), s43Cap(z - 3) else { continue }
            var m = mention(a, z - 2, type: .organization, evidence: mentionEvidence(i))
            m.start = mentionStart(i)
            m.surface = surface(a, z - 2)
            let (zs, ze, ms) = (tokens[z].start, tokens[z].end, mentions[i].start)
            let acronym = anyMention(where: { $0.start == zs && $0.end == ze && $0.start != ms })
                ? nil : mention(z, z + 1, type: .organization, evidence: .cue)
            changes.append((i, m, acronym))
        }
        for (i, m, acronym) in changes {
            mentions[i] = m
            if let x = acronym { mentions.append(x) }
        }
    }

    /// "The International Group of P&I Clubs said": a body followed by "of" + an abbreviation with an ampersand ("P&I",
    /// "S&P") and capitalized words goes on over them.
    mutating func s43LatinAmpersandBodies() {
        var drop = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end, z + 4 < tokenCount, keyIs(z + 1, "of"),
                  tokens[z + 2].kind == .word, tokens[z + 2].script == .latin, tokens[z + 2].keyLength <= 3, tokens[z + 2].capitalized || tokens[z + 2].allCaps,
                  keyIs(z + 3, "&"), !tokens[z + 3].spaceBefore, !tokens[z + 4].spaceBefore, s43Cap(z + 4), tokens[z + 4].keyLength <= 3 else { continue }
            var e = z + 5
            while e < tokenCount, e - z <= 8, s43Cap(e), tokens[e].spaceBefore, !tokens[e].newlineBefore { e += 1 }
            let (s, end) = (mentions[i].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.known != nil || $0.type == .country || $0.start < s || $0.end > end) }) { continue }
            for j in mentions.indices where mentions[j].start >= s && mentions[j].end <= end { drop.insert(j) }
            var m = mention(a, e, type: .organization, evidence: mentionEvidence(i))
            m.start = s
            m.surface = surface(a, e)
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// Lowercase nouns of place after a name ("Marsalforn harbour", "the Koyandy village").
    static let s43PlaceNouns = h18Keys(["harbour", "harbor", "port", "island", "islands", "coast", "peninsula", "valley", "river",
        "lake", "village", "town", "township", "municipality", "county", "province", "archipelago", "atoll", "bay", "oasis", "plateau"])
    static let s43PlaceOf = h18Keys(["coast", "shores", "shore", "island", "outskirts", "coastline"])

    /// "booms at the entrance to Marsalforn harbour", "ran aground off the north coast of Gozo", "grounds off Gozo": a name
    /// with no type and no known reading before a lowercase noun of place, after "coast of" or right after a lowercase
    /// "off" (and before no other capitalized word), is a place.
    mutating func s43LatinPlaceNouns() {
        guard language == "en" else { return }
        for i in mentions.indices where mentions[i].type == nil && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end else { continue }
            var place = false
            if s43Lower(z + 1), tokens[z + 1].spaceBefore, Self.s43PlaceNouns.contains(tokens[z + 1]) { place = true }
            if !place, a >= 2, keyIs(a - 1, "of"), s43Lower(a - 2), Self.s43PlaceOf.contains(tokens[a - 2]) { place = true }
            if !place, a >= 1, keyIs(a - 1, "off"), s43Lower(a - 1), !s43Cap(z + 1) { place = true }
            if place { mentions[i].type = .place }
        }
    }

    static let s43Air = h18Keys(["air"])

    /// "La compagnie Air Côte d'Ivoire a annoncé", "flew Air Algérie": "Air" + a country's name is an airline, a body
    /// (the country's reading is left beside it).
    mutating func s43LatinAirlines() {
        guard articleHas(Self.s43Air) else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for k in 0..<(tokenCount - 1) where tokens[k].kind == .word && tokens[k].capitalized && Self.s43Air.contains(tokens[k]) && !tokens[k].sentenceStart {
            guard tokens[k + 1].spaceBefore, !tokens[k + 1].newlineBefore,
                  let c = firstMentionIndex(where: { $0.type == .country && $0.start == tokens[k + 1].start }), let (_, cz) = seedSpan(c) else { continue }
            let (s, e) = (tokens[k].start, mentions[c].end)
            if anyMention(where: { $0.start < e && $0.end > s && $0.type != .country && ($0.start < s || $0.end > e) }) { continue }
            for j in mentions.indices where mentions[j].type != .country && mentions[j].start >= s && mentions[j].end <= e { drop.insert(j) }
            added.append(mention(k, cz + 1, type: .organization, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// Last words of events' names ("Vodun Days", "Harvest Festival").
    static let s43EventWords = h18Keys(["days", "festival", "fest", "carnival", "awards", "games", "week", "expo", "olympiad"])

    /// An event's name read as a person by guess is no name.
    mutating func s43LatinEvents() {
        guard articleHas(Self.s43EventWords) else { return }
        mentions.removeAll { m in
            guard m.type == .person, m.known == nil, m.evidence == .guess, m.words.count >= 2, let last = m.words.last else { return false }
            return Self.s43EventWords.contains(last)
        }
    }

    /// Nouns of ships right before a ship's name ("the 82,000-tonne Marisol Dawn", "the tanker Elara Bay").
    static let s43ShipNouns = h18Keys(["tonne", "tonnes", "ton", "tons", "dwt", "vessel", "ship", "tanker", "freighter", "trawler",
        "ferry", "yacht", "liner", "bulker", "containership", "schooner", "dredger", "tug", "cutter", "frigate", "corvette", "destroyer"])

    /// Words before a quoted product's or nickname's name ("sold as", "called", "dubbed").
    static let s43QuoteLeads = h18Keys(["as", "called", "named", "dubbed", "branded", "labelled", "labeled", "nicknamed"])

    /// In English, a name read as a person by guess that stands alone in quotes after "as", "called", "dubbed" … ("sold
    /// as \"Velora Kids\"") is a brand, a title or a nickname, no person (a quoted name after another word stays); a name read as a person right after a ship's noun ("the 40,000-tonne Marisol Dawn") is a
    /// ship, none either (and so are its other mentions read as persons or untyped).
    mutating func s43LatinQuotedAndShips() {
        var dropWords: [[String]] = []
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), a > 0 else { continue }
            if language == "en", mentions[i].evidence == .guess, a >= 2, z + 1 < tokenCount, s43Lower(a - 2), Self.s43QuoteLeads.contains(tokens[a - 2]), keyIs(a - 1, "\"") && keyIs(z + 1, "\"") || keyIs(a - 1, "“") && keyIs(z + 1, "”") || keyIs(a - 1, "«") && keyIs(z + 1, "»") {
                drop.insert(i)
                continue
            }
            if mentions[i].words.count >= 2, s43Lower(a - 1), Self.s43ShipNouns.contains(tokens[a - 1]) {
                drop.insert(i)
                dropWords.append(mentions[i].words)
            }
        }
        if !dropWords.isEmpty {
            for j in mentions.indices where mentions[j].known == nil && (mentions[j].type == .person || mentions[j].type == nil)
                && dropWords.contains(mentions[j].words) { drop.insert(j) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Seas and regions named by their adjective alone ("the Mediterranean").
    static let s43Seas = h18Keys(["mediterranean", "baltic", "adriatic", "aegean", "sahel"])

    /// "one of the costliest groundings in the Mediterranean this year": "the" + a sea's or a region's adjective not
    /// followed by a capitalized word is a place.
    mutating func s43LatinSeas() {
        guard articleHas(Self.s43Seas) else { return }
        var added: [Mention] = []
        for k in 1..<tokenCount where tokens[k].kind == .word && tokens[k].capitalized && Self.s43Seas.contains(tokens[k]) {
            guard keyIs(k - 1, "the"), !s43Cap(k + 1) else { continue }
            let (s, e) = (tokens[k].start, tokens[k].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            added.append(mention(k, k + 1, type: .place, evidence: .cue))
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }

    /// Vietnamese family names, folded ("Nguyễn" → "nguyen").
    static let s43VietnameseSurnames = h18Keys(["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui",
        "do", "ho", "ngo", "duong", "ly", "mai", "truong", "dinh", "lam", "trinh", "doan", "luong", "cao", "ha", "chu", "ta", "thai",
        "quach", "phung", "kieu", "ton", "vuong", "trieu", "lai", "luu", "tong", "khuc", "kha", "diep", "giang", "au", "ong"])

    /// `text` holds a letter only Vietnamese writes (ơ, ư, đ, ă, or a letter of the Latin Extended Additional block with a
    /// tone's hook or dot, or those marks combining).
    static func s43VietnameseLetters(_ text: String) -> Bool {
        for u in text.unicodeScalars {
            let v = u.value
            if v < 0x0100 { continue }
            if v == 0x01A0 || v == 0x01A1 || v == 0x01AF || v == 0x01B0 || v == 0x0110 || v == 0x0111 || v == 0x0102 || v == 0x0103 { return true }
            if v >= 0x1EA0 && v <= 0x1EF9 { return true }
            if v == 0x0309 || v == 0x0323 || v == 0x031B { return true }
        }
        return false
    }

    /// "ses camarades Mai Trung Thứ et …", "du peintre Lê Phổ": in text of another language, two to four capitalized
    /// words starting with a Vietnamese family name, one of them written with Vietnamese letters, are a person.
    mutating func s43VietnameseNames() {
        guard articleHas(Self.s43VietnameseSurnames) else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin, tokens[k].capitalized, Self.s43VietnameseSurnames.contains(tokens[k]) else { continue }
            var e = k + 1
            while e < tokenCount, e - k < 4, tokens[e].kind == .word, tokens[e].script == .latin, tokens[e].capitalized, tokens[e].spaceBefore,
                  !tokens[e].newlineBefore, tokens[e].keyLength <= 6 { e += 1 }
            guard e - k >= 2, (k..<e).contains(where: { Self.s43VietnameseLetters(tokens[$0].text) }) else { continue }
            let (s, end) = (tokens[k].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.known != nil || $0.type == .country || $0.start < s || $0.end > end
                || $0.type == .person && $0.start == s && $0.end == end) }) { k = e - 1; continue }
            for j in mentions.indices where mentions[j].start >= s && mentions[j].end <= end { drop.insert(j) }
            added.append(mention(k, e, type: .person, evidence: .cue))
            k = e - 1
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// "the Nederland Fire Protection District": a one-word country whose text is its name in another language only (not
    /// in English) and that starts a longer capitalized name names no country there.
    mutating func s43ForeignCountryInName() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .country {
            guard let (a, z) = seedSpan(i), a == z, tokens[a].script == .latin, tokens[a].capitalized, !tokens[a].allCaps,
                  z + 2 < tokenCount, s43Cap(z + 1), tokens[z + 1].spaceBefore, !tokens[z + 1].newlineBefore, !isCountry[z + 1],
                  s43Cap(z + 2), tokens[z + 2].spaceBefore, let code = mentions[i].code else { continue }
            let text = tokens[a].text.lowercased()
            if Locale(identifier: "en").localizedString(forRegionCode: code)?.lowercased() == text { continue }
            let foreign = EntityLexicon.languages.contains { l in l != "en" && Locale(identifier: l).localizedString(forRegionCode: code)?.lowercased() == text }
            if foreign { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - French

    /// "a demandé au ministère des Transports d'ouvrir une médiation": a body whose name runs on over "d'" + an infinitive
    /// after its last capitalized word ends before it.
    mutating func s43FrenchElidedVerbTail() {
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z - a >= 3 else { continue }
            var c = z
            while c > a, !s43Cap(c) { c -= 1 }
            guard c > a, c + 2 <= z, tokens[c + 1].kind == .elision, keyIs(c + 1, "d'") || keyIs(c + 1, "d’"), s43Lower(c + 2) else { continue }
            let key = tokens[c + 2].key
            guard PlainText.hasSuffix(key, "er") || PlainText.hasSuffix(key, "ir") || PlainText.hasSuffix(key, "re") else { continue }
            var m = mention(a, c + 1, type: .organization, evidence: mentionEvidence(i))
            m.start = mentionStart(i)
            m.surface = surface(a, c + 1)
            mentions[i] = m
        }
    }

    static let s43Maison = h18Keys(["maison"])

    /// "lors d'une vente de la maison Dupréaux": a lowercase "maison" + an unknown name is a firm (a house), and so are the
    /// name's other one-word mentions.
    mutating func s43FrenchMaison() {
        guard articleHas(Self.s43Maison) else { return }
        var bodies: [Int] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country && mentions[i].type != .organization {
            guard let (a, z) = seedSpan(i), a > 0, z - a <= 1, s43Lower(a - 1), Self.s43Maison.contains(tokens[a - 1]) else { continue }
            bodies.append(i)
        }
        for i in bodies { s43MakeBody(i) }
    }

    /// Religious buildings' lowercase heads ("temple des Pythons", "basilique de l'Immaculée-Conception").
    static let s43Buildings = h18Keys(["temple", "basilique", "cathédrale", "église", "mosquée", "chapelle", "sanctuaire", "synagogue", "abbaye"])

    /// "Au temple des Pythons, en face de la basilique de l'Immaculée-Conception": a religious building's lowercase head +
    /// de/du/des (de la, de l') + a capitalized name is a place with its head.
    mutating func s43FrenchBuildings() {
        guard articleHas(Self.s43Buildings) else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for k in 0..<(tokenCount - 2) where s43Lower(k) && Self.s43Buildings.contains(tokens[k]) {
            var p = k + 1
            if keyIs(p, "de") || keyIs(p, "du") || keyIs(p, "des") {
                p += 1
                if keyIs(p, "la") { p += 1 } else if tokens[p].kind == .elision, keyIs(p, "l'") || keyIs(p, "l’") { p += 1 }
            } else if tokens[p].kind == .elision, keyIs(p, "d'") || keyIs(p, "d’") { p += 1 } else { continue }
            guard s43Cap(p), !isCountry[p] else { continue }
            var e = p + 1
            while e < tokenCount, e - p < 5 {
                if keyIs(e, "-"), !tokens[e].spaceBefore, e + 1 < tokenCount, s43Cap(e + 1), !tokens[e + 1].spaceBefore { e += 2; continue }
                if s43Cap(e), tokens[e].spaceBefore, !tokens[e].newlineBefore { e += 1; continue }
                break
            }
            let (s, end) = (tokens[k].start, tokens[e - 1].end)
            // (A building named after a place, "l'abbaye de Saint-Maurice", leaves the place alone.)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.known != nil || $0.type == .country || $0.type == .place
                || $0.start < s || $0.end > end) }) { continue }
            for j in mentions.indices where mentions[j].start >= s && mentions[j].end <= end { drop.insert(j) }
            added.append(mention(k, e, type: .place, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// Capitalized landmark nouns whose name goes on in lowercase ("Route des esclaves", "Porte du non-retour").
    static let s43Landmarks = h18Keys(["route", "porte", "maison", "rue", "pont", "tour", "arc", "parc", "jardin", "mur", "place", "chemin"])

    /// "les travaux de la Route des esclaves, qui relie", "La Porte du non-retour, monument …": a capitalized landmark noun
    /// inside the sentence + de/du/des (de la, de l') + one to three lowercase words (with hyphens) that end the clause is a
    /// place.
    mutating func s43FrenchLandmarks() {
        guard articleHas(Self.s43Landmarks) else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for k in 1..<(tokenCount - 2) where tokens[k].kind == .word && tokens[k].capitalized && !tokens[k].sentenceStart && Self.s43Landmarks.contains(tokens[k]) {
            var p = k + 1
            guard keyIs(p, "de") || keyIs(p, "du") || keyIs(p, "des") else { continue }
            p += 1
            if keyIs(p, "la") { p += 1 } else if p < tokenCount, tokens[p].kind == .elision, keyIs(p, "l'") || keyIs(p, "l’") { p += 1 }
            guard s43Lower(p), tokens[p].keyLength >= 3 else { continue }
            var e = p + 1, words = 1
            while e < tokenCount, words < 3 {
                if keyIs(e, "-"), !tokens[e].spaceBefore, e + 1 < tokenCount, s43Lower(e + 1), !tokens[e + 1].spaceBefore { e += 2; continue }
                if s43Lower(e), tokens[e].spaceBefore, tokens[e].keyLength >= 4, !keyIs(e, "qui") { e += 1; words += 1; continue }
                break
            }
            guard s43ClauseEnd(e) else { continue }
            let (s, end) = (tokens[k].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.known != nil || $0.type == .country || $0.type == .person || $0.start < s || $0.end > end) }) { continue }
            for j in mentions.indices where mentions[j].start >= s && mentions[j].end <= end { drop.insert(j) }
            added.append(mention(k, e, type: .place, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// "les descendants d'Africains déportés": a one-word name with no type after "d'" that is a plural demonym (-ains,
    /// -aines, -éens, -éennes) is none.
    mutating func s43FrenchDemonyms() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == nil && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), a == z, a > 0, tokens[a - 1].kind == .elision, keyIs(a - 1, "d'") || keyIs(a - 1, "d’") else { continue }
            let key = tokens[a].key
            if PlainText.hasSuffix(key, "ains") || PlainText.hasSuffix(key, "aines") || PlainText.hasSuffix(key, "eens") || PlainText.hasSuffix(key, "eennes") {
                drop.insert(i)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Arabic

    static let s43ArabicFoodAdjectives = h18Keys(["السوداني", "سوداني", "الهندي", "هندي", "الهند", "الرومي", "رومي", "الفارسي", "الصيني"])
    static let s43ArabicFoodNouns = h18Keys(["الفول", "فول", "التمر", "تمر", "الجوز", "جوز", "الديك", "ديك", "البطيخ", "القط"])
    /// Foods and animals named with a country's nisba: (noun, adjective) keys.
    static let s43ArabicFoodPairs: [(String, String)] = [("الفول", "السوداني"), ("فول", "سوداني"), ("التمر", "الهندي"), ("تمر", "هندي"),
        ("الجوز", "الهندي"), ("جوز", "هندي"), ("جوز", "الهند"), ("الديك", "الرومي"), ("ديك", "رومي"), ("القط", "الفارسي"),
        ("البطيخ", "الصيني")].map { (TextFolding.key($0.0), TextFolding.key($0.1)) }

    /// "يعبرون بالفول السوداني والتمر الهندي": peanuts, tamarind, coconut, turkey … name no country.
    mutating func s43ArabicFoodNisba() {
        guard articleHas(Self.s43ArabicFoodAdjectives) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .country {
            guard let (a, z) = seedSpan(i), a == z, a > 0, h36Arabic(a - 1) else { continue }
            // (The noun may carry a clitic: "بالفول", "والتمر".)
            var noun = tokens[a - 1].key
            if !Self.s43ArabicFoodNouns.contains(tokens[a - 1]), PlainText.count(noun) > 3 {
                noun = String(String.UnicodeScalarView(noun.unicodeScalars.dropFirst()))
            }
            let adj = tokens[a].key
            if Self.s43ArabicFoodPairs.contains(where: { PhraseMatcher.same($0.0, noun) && PhraseMatcher.same($0.1, adj) }) { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "في تصريح للوكالة الموريتانية للأنباء": a body whose first word is ل fused with the article ("للـ") is grouped with
    /// the body ("الوكالة …"): its first word's key gets the article back.
    mutating func s43ArabicLamArticleBodies() {
        for i in mentions.indices where (mentions[i].type == .organization || mentions[i].type == .place) && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, mentions[i].start == tokens[a].start, h36Arabic(a), keyStarts(a, "لل"),
                  PlainText.count(tokens[a].key) >= 5, !mentions[i].words.isEmpty else { continue }
            let rest = String(String.UnicodeScalarView(tokens[a].key.unicodeScalars.dropFirst(2)))
            mentions[i].words[0] = TextFolding.key("ال") + rest
        }
    }

    static let s43ArabicUnitedNations = h18Keys(["للأمم"])
    static let s43ArabicUnited = h18Keys(["المتحدة"])

    /// "منظمة الأغذية والزراعة للأمم المتحدة (فاو)": a body goes on over "للأمم المتحدة" (the United Nations read there
    /// goes); "الاتحاد الوطني لأرباب العمل الموريتانيين": a body whose name holds a ل-phrase goes on over a country's
    /// plural adjective (the country stays).
    mutating func s43ArabicBodyTails() {
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), h36Arabic(z), z + 1 < tokenCount, mentions[i].end == tokens[z].end else { continue }
            let clitic = mentions[i].start - tokens[a].start
            guard clitic >= 0, clitic <= 1 else { continue }
            var e = z + 1
            if z + 2 < tokenCount, tokens[z + 1].spaceBefore, Self.s43ArabicUnitedNations.contains(tokens[z + 1]), Self.s43ArabicUnited.contains(tokens[z + 2]) {
                e = z + 3
            } else if z > a, h36Arabic(e), tokens[e].spaceBefore, isCountry[e], isArabicDefinite(e),
                      PlainText.hasSuffix(tokens[e].key, "يين") || PlainText.hasSuffix(tokens[e].key, "يون"),
                      ((a + 1)...z).contains(where: { keyStarts($0, "ل") && !keyStarts($0, "لل") && PlainText.count(tokens[$0].key) >= 4 }) {
                e = z + 2
            } else { continue }
            var m = l14DropClitic(mention(a, e, type: .organization, evidence: mentionEvidence(i)), clitic)
            m.parenthesized = mentions[i].parenthesized
            changes.append((i, m))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        let spans = changes.map { ($0.1.start, $0.1.end) }
        mentions.removeAll { m in m.type == .organization && spans.contains { m.start >= $0.0 && m.end <= $0.1 && !(m.start == $0.0 && m.end == $0.1) } }
    }

    static let s43ArabicAdministration = H36Heads(["إدارة"])
    static let s43ArabicCooperative = H36Heads(["تعاونية"])
    static let s43ArabicLines = H36Heads(["الخطوط"])
    static let s43ArabicLineKinds = h18Keys(["الجوية", "الحديدية", "الملكية", "البحرية"])
    static let s43ArabicFaculty = H36Heads(["كلية"])
    /// A national or general administration's adjectives (not "الدولي": "إدارة الاستثمار الدولي" is a field of work).
    static let s43ArabicNationalAdjectives = h18Keys(["الوطني", "الوطنية", "العام", "العامة", "المركزي", "المركزية", "الجهوي", "الجهوية",
        "الإقليمي", "الإقليمية", "الاتحادية", "الاتحادي"])
    static let s43ArabicUniversityAfter = h18Keys(["بجامعة", "لجامعة", "جامعة"])
    static let s43ArabicHeadTriggers = h18Keys(["إدارة", "وإدارة", "بإدارة", "لإدارة", "تعاونية", "الخطوط", "والخطوط", "كلية", "بكلية", "وكلية", "لكلية"])

    /// No reading covers token `k` but a person or a country (which the body's name takes in).
    func s43ArabicOpen(_ k: Int) -> Bool {
        let (s, e) = (tokens[k].start, tokens[k].end)
        return !anyMention(where: { $0.start < e && $0.end > s && $0.type != .country && !($0.type == .person && $0.known == nil) })
    }

    /// "إدارة الجمارك الموريتانية" (an administration + a definite noun + a country's or a national body's adjective),
    /// "تعاونية النصر لتسويق الخضروات" (a cooperative + a definite name + a ل-phrase), "الخطوط الحديدية السعودية",
    /// "الخطوط الجوية القطرية" (lines + their kind + a country's adjective): bodies.
    mutating func s43ArabicHeads() {
        guard articleHas(Self.s43ArabicHeadTriggers) else { return }
        var added: [Mention] = []
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard h36Arabic(k) else { continue }
            var found: (Int, Int)? = nil   // (end, clitic)
            if let c = h36CliticPrefix(k, Self.s43ArabicAdministration), h36Arabic(k + 1), tokens[k + 1].spaceBefore, isArabicDefinite(k + 1),
               !isCountry[k + 1], s41ArabicNameWord(k + 1), !arabicFlags(k + 1).contains(.head), !arabicFlags(k + 1).contains(.orgHead),
               PlainText.count(tokens[k + 1].key) >= 5, h36Arabic(k + 2), tokens[k + 2].spaceBefore,
               isArabicDefinite(k + 2), isCountry[k + 2] || Self.s43ArabicNationalAdjectives.contains(tokens[k + 2]) {
                // (Not the management of a company, "إدارة الشركة الصينية": a body's head after it is no field.)
                found = (k + 3, c)
            } else if let c = h36CliticPrefix(k, Self.s43ArabicCooperative), h36Arabic(k + 1), tokens[k + 1].spaceBefore, isArabicDefinite(k + 1),
                      s41ArabicNameWord(k + 1), !isCountry[k + 1], PlainText.count(tokens[k + 1].key) >= 4 {
                var e = k + 2
                // A ل-phrase: ل + a verbal noun, then a definite noun.
                if h36Arabic(e), tokens[e].spaceBefore, keyStarts(e, "ل"), !keyStarts(e, "لل"), !isArabicDefinite(e), PlainText.count(tokens[e].key) >= 5,
                   !Self.s42ArabicLamStops.contains(tokens[e]), s41ArabicNameWord(e), h36Arabic(e + 1), tokens[e + 1].spaceBefore,
                   isArabicDefinite(e + 1), s41ArabicNameWord(e + 1) {
                    e += 2
                }
                found = (e, c)
            } else if let c = h36CliticPrefix(k, Self.s43ArabicFaculty), c <= 1, h36Arabic(k + 1), tokens[k + 1].spaceBefore, isArabicDefinite(k + 1),
                      s41ArabicNameWord(k + 1), !isCountry[k + 1], PlainText.count(tokens[k + 1].key) >= 4, h36Arabic(k + 2),
                      Self.s43ArabicUniversityAfter.contains(tokens[k + 2]) || keyIs(k + 2, "في") && Self.s43ArabicUniversityAfter.contains(tokens[k + 3]) {
                // "في كلية العلوم بجامعة ذي قار": a faculty + its field before its university.
                found = (k + 2, c)
            } else if let c = h36CliticPrefix(k, Self.s43ArabicLines), c <= 1, h36Arabic(k + 1), Self.s43ArabicLineKinds.contains(tokens[k + 1]),
                      h36Arabic(k + 2), isCountry[k + 2], isArabicDefinite(k + 2) {
                found = (k + 3, c)
            }
            guard let (e, clitic) = found else { continue }
            guard ((k + 1)..<e).allSatisfy({ s43ArabicOpen($0) }) else { continue }
            let m = h36Mention(k, e, skip: clitic, type: .organization)
            if anyMention(where: { $0.start < m.end && $0.end > m.start && $0.type != .country && !($0.type == .person && $0.known == nil)
                && ($0.start < m.start || $0.end > m.end || $0.known != nil) }) { continue }
            mentions.removeAll { $0.type != .country && $0.known == nil && $0.start >= m.start && $0.end <= m.end }
            added.append(m)
            k = e - 1
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }

    static let s43ArabicPlaceHeadWords = H36Heads(["نهر", "جسر", "محطة"])
    static let s43ArabicStations = h18Keys(["محطة", "ومحطة", "بمحطة", "لمحطة"])
    static let s43IyaKey = TextFolding.key("ية")
    static let s43ArabicPlaceHeadTriggers = h18Keys(["نهر", "لنهر", "ونهر", "بنهر", "جسر", "وجسر", "بجسر", "محطة", "ومحطة", "بمحطة", "لمحطة"])

    /// "على الضفة الشمالية لنهر السنغال", "افتتاح جسر روصو", "من محطة الرياض الشمالية": a river, a bridge or a station + a
    /// known place or a country (one word) is a place with its head (a station's definite adjective too); the country
    /// stays one.
    mutating func s43ArabicPlaceHeads() {
        guard articleHas(Self.s43ArabicPlaceHeadTriggers) else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for k in 0..<(tokenCount - 1) where h36Arabic(k) {
            guard let clitic = h36CliticPrefix(k, Self.s43ArabicPlaceHeadWords), clitic <= 1, h36Arabic(k + 1), tokens[k + 1].spaceBefore else { continue }
            let (ps, pe) = (tokens[k + 1].start, tokens[k + 1].end)
            guard anyMention(where: { ($0.type == .country || $0.type == .place && $0.known != nil) && $0.start == ps && $0.end == pe }) else { continue }
            var e = k + 2
            // A station's adjective ("الشمالية", "المركزية").
            if Self.s43ArabicStations.contains(tokens[k]), h36Arabic(e), tokens[e].spaceBefore, isArabicDefinite(e), !isCountry[e],
               PlainText.hasSuffix(tokens[e].key, Self.s43IyaKey), s41ArabicNameWord(e), s43ArabicOpen(e) { e += 1 }
            let m = h36Mention(k, e, skip: clitic, type: .place)
            if anyMention(where: { $0.start < m.end && $0.end > m.start && $0.type != .country && ($0.start < m.start || $0.end > m.end) }) { continue }
            for j in mentions.indices where mentions[j].type != .country && mentions[j].start >= m.start && mentions[j].end <= m.end { drop.insert(j) }
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    static let s43ArabicTwoRivers = h18Keys(["نهري", "النهرين"])

    /// "الإطلاقات المائية في نهري دجلة والفرات": after "نهري" (two rivers) a plain name word and a و-word are two places.
    mutating func s43ArabicTwoRivers() {
        guard articleHas(Self.s43ArabicTwoRivers) else { return }
        var added: [Mention] = []
        for k in 0..<(tokenCount - 2) where h36Arabic(k) && Self.s43ArabicTwoRivers.contains(tokens[k]) {
            let (x, y) = (k + 1, k + 2)
            guard s41ArabicNameWord(x), s41ArabicNameWord(y), keyStarts(y, "و"), PlainText.count(tokens[x].key) >= 3, PlainText.count(tokens[y].key) >= 4,
                  !arabicFlags(x).contains(.head), s43ArabicFreeOrPlace(x), s43ArabicFreeOrPlace(y) else { continue }
            // (A river the article names elsewhere as a known place, "نهر دجلة", is left to that reading.)
            let xKey = tokens[x].key
            let yKey = String(String.UnicodeScalarView(tokens[y].key.unicodeScalars.dropFirst()))
            if !anyMention(where: { $0.start == tokens[x].start && $0.end == tokens[x].end && $0.type == .place }),
               !anyMention(where: { $0.known != nil && $0.words.last.map { PhraseMatcher.same($0, xKey) } == true }) {
                added.append(mention(x, x + 1, type: .place, evidence: .cue))
            }
            if !anyMention(where: { $0.type == .place && $0.end == tokens[y].end && $0.start >= tokens[y].start }),
               !anyMention(where: { $0.known != nil && $0.words.last.map { PhraseMatcher.same($0, yKey) } == true }) {
                added.append(l14DropClitic(mention(y, y + 1, type: .place, evidence: .cue), 1))
            }
        }
        guard !added.isEmpty else { return }
        let spans = added.map { ($0.start, $0.end) }
        mentions.removeAll { m in m.known == nil && m.type != .place && spans.contains { m.start < $0.1 && m.end > $0.0 } }
        mentions.append(contentsOf: added)
    }

    /// No reading covers token `k`, or only an unknown place.
    func s43ArabicFreeOrPlace(_ k: Int) -> Bool {
        let (s, e) = (tokens[k].start, tokens[k].end)
        return !anyMention(where: { $0.start < e && $0.end > s && !($0.known == nil && ($0.type == .place || $0.type == nil)) && !($0.known == nil && $0.type == .person && $0.start >= s && $0.end <= e) })
    }

    /// Occupations before a person's name ("التاجر أمادو جالو،").
    static let s43ArabicOccupations = H36Heads(["التاجر", "التاجرة", "المزارع", "المزارعة", "الصياد", "البائع", "البائعة", "السائق",
        "الحرفي", "الحرفية", "الراعي", "الخباز", "النجار", "الحداد", "الخياط", "الخياطة", "الممرض", "الممرضة", "المعلم", "المعلمة"])

    /// "ويقول التاجر أمادو جالو، القادم من داكار": an occupation noun + two plain name words (no article) before a comma
    /// or a full stop is a person.
    mutating func s43ArabicOccupationPersons() {
        guard articleHas(Self.s43ArabicOccupations.set) else { return }
        var added: [Mention] = []
        for k in 0..<(tokenCount - 3) where h36Arabic(k) {
            guard h36CliticPrefix(k, Self.s43ArabicOccupations) != nil else { continue }
            let (x, y) = (k + 1, k + 2)
            guard s41ArabicNameWord(x), s41ArabicNameWord(y), !isArabicDefinite(x), !isArabicDefinite(y), !arabicFlags(x).contains(.head),
                  !arabicFlags(y).contains(.head), PlainText.count(tokens[x].key) >= 3, PlainText.count(tokens[y].key) >= 3,
                  !keyStarts(y, "و"), keyIs(y + 1, "،") || keyIs(y + 1, ",") || keyIs(y + 1, ".") else { continue }
            let (s, e) = (tokens[x].start, tokens[y].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.known != nil || $0.type == .country || $0.start < s || $0.end > e || $0.type == .person && $0.end - $0.start == e - s) }) { continue }
            mentions.removeAll { $0.start >= s && $0.end <= e }
            added.append(mention(x, y + 1, type: .person, evidence: .cue))
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }

    static let s43ArabicMint = h18Keys(["منت"])

    /// "التاجرة عيشة منت محمد الأمين": a Mauritanian woman's name, a name word + "منت" (daughter of) + the father's name
    /// (one plain word, and a definite one after a common given name) is a person; shorter readings inside it go.
    mutating func s43ArabicMintNames() {
        guard articleHas(Self.s43ArabicMint) else { return }
        var added: [Mention] = []
        for k in 1..<(tokenCount - 1) where h36Arabic(k) && Self.s43ArabicMint.contains(tokens[k]) {
            let (x, y) = (k - 1, k + 1)
            guard s41ArabicNameWord(x), s41ArabicNameWord(y), tokens[k].spaceBefore, !isArabicDefinite(x), !isArabicDefinite(y),
                  !arabicFlags(x).contains(.head), !arabicFlags(y).contains(.head), PlainText.count(tokens[x].key) >= 3 else { continue }
            var e = y + 1
            if ar15Given(y), h36Arabic(e), tokens[e].spaceBefore, isArabicDefinite(e), !isCountry[e], !h36Stop(e), !arabicFlags(e).contains(.stop),
               PlainText.count(tokens[e].key) >= 4 { e += 1 }
            let (s, end) = (tokens[x].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.known != nil || $0.type == .country || $0.type == .organization
                || $0.start < s || $0.end > end) }) { continue }
            mentions.removeAll { $0.start >= s && $0.end <= end }
            added.append(mention(x, e, type: .person, evidence: .cue))
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }

    static let s43ArabicSaint = h18Keys(["سان", "سانت"])

    /// "مدينة سان لويس السنغالية": a place read up to "سان" (Saint, San) goes on over the name word after it (and leaves the
    /// head noun before it: the place is "سان لويس").
    mutating func s43ArabicSaintPlaces() {
        guard articleHas(Self.s43ArabicSaint) else { return }
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end, h36Arabic(z), Self.s43ArabicSaint.contains(tokens[z]),
                  z + 1 < tokenCount, s41ArabicNameWord(z + 1), !isArabicDefinite(z + 1), PlainText.count(tokens[z + 1].key) >= 3 else { continue }
            let (s, e) = (tokens[z + 1].start, tokens[z + 1].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.known != nil || $0.type == .country || $0.type == .organization) }) { continue }
            let start = a < z && arabicFlags(a).contains(.head) ? z : a
            var m = mention(start, z + 2, type: .place, evidence: mentionEvidence(i))
            if start == a { m.start = mentionStart(i); m.surface = surface(a, z + 2) }
            changes.append((i, m))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        let spans = changes.map { ($0.1.start, $0.1.end) }
        mentions.removeAll { m in m.known == nil && m.type != .country && spans.contains { m.start >= $0.0 && m.end <= $0.1 && !(m.start == $0.0 && m.end == $0.1) } }
    }

    static let s43ArabicCompany = h18Keys(["الشركة"])
    /// Units of time read as places ("يختصر الجسر مدة العبور إلى دقائق").
    static let s43ArabicTimeUnits = h18Keys(["دقائق", "دقيقة", "ثوان", "ثواني", "ساعات", "ساعة", "أيام", "أسابيع", "أشهر", "شهور", "سنوات", "عقود"])

    /// "حسب الشركة المنفذة" (the company that carries it out), "ودعت الشركة الركاب": "الشركة" + one definite word is no
    /// body's name; a unit of time is no place.
    mutating func s43ArabicNotNames() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .organization || mentions[i].type == .place) {
            guard let (a, z) = seedSpan(i) else { continue }
            if mentions[i].type == .organization, z == a + 1, Self.s43ArabicCompany.contains(tokens[a]), isArabicDefinite(z), !isCountry[z] {
                drop.insert(i)
            } else if mentions[i].type == .place, a == z, h36Arabic(a), Self.s43ArabicTimeUnits.contains(tokens[a]) {
                drop.insert(i)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }
}
