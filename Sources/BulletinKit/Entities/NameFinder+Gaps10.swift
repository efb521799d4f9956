import Foundation

/// Rules for the misses left after the ninth session (the "Left:" notes of holdout10–holdout14 in
/// scripts/entity-unseen/README.md and README's "Known gaps"), each a general pattern tested on other
/// names in EntityGaps10Tests. One pass (`refineGaps10`), after every other; each rule is gated on a
/// token's script, a key's hash or a byte before any string is built.
///
/// Latin: a capitalized name ending in a mountain pass's noun ("Torugart Pass") is a place; a name set
/// off by a comma and "dans la province de", "chef-lieu de", "capital of" is a place; a French river
/// after a verb of flowing and its article ("rejoindre le Danube"); a region's adjective, a capitalized
/// adjective and "and" before an institution are one name ("West African Economic and Monetary Union");
/// a Vietnamese ministry after a title ends where a person's family name begins; a foreign person after
/// a country that ends a Vietnamese ministry ("Bộ Ngoại giao Lào Saleumxay Kommasith"); Korean names
/// with a hyphenated given name ("Park Ji-hoon") are people; Japanese "Kabushiki Kaisha" and a legal form
/// after a comma ("Nomura Holdings, Inc.") close a company.
/// Cyrillic: a given name before a patronymic in an oblique case joins the person; an institution ending
/// in a capitalized adjective takes the geographic noun after it ("… Панамского канала"); "на X-ии" is a place.
/// Arabic: أبو and a word before a person's name are its start; an institution ending in a compound
/// place prefix (رأس, وادي …) takes the next word; a zone or city takes a town written with بـ after it;
/// a port or city of one foreign word takes a second short foreign word.
/// Chinese: X经济走廊 is a place; X盆地 after a bound; a ministry named by a country and "X和Y部".
/// A 1,024-bit filter of the trigger words' `Token.hash` values: one AND tells most words of a token loop that no rule
/// starts at them (a word in the filter is then looked up in its lists).
struct G10Filter: Sendable {
    private let bits: [UInt64]
    init(_ sets: [KeySet]) {
        var b = [UInt64](repeating: 0, count: 16)
        for set in sets { for key in set.members { let h = Token.hash(key); b[Int((h >> 6) & 15)] |= 1 << (h & 63) } }
        bits = b
    }
    @inline(__always) func mayContain(_ h: UInt64) -> Bool { bits[Int((h >> 6) & 15)] & (1 << (h & 63)) != 0 }
}

extension NameFinder {
    static let g10PassHeads = KeySet(["pass", "gorge", "canyon", "glacier"])
    /// Nouns of an administrative unit after "dans la"/"in the" in an apposition.
    static let g10UnitNouns = KeySet(["province", "région", "region", "district", "département", "commune", "préfecture", "wilaya", "oblast", "county", "governorate"])
    /// French verbs whose object with its article is a river ("rejoindre le Danube", "traverse la Loire").
    static let g10FrenchRiverVerbs = KeySet([
        "rejoindre", "rejoint", "rejoignent", "traverser", "traverse", "traversent", "longer", "longe", "longent", "franchir", "franchit",
        "remonter", "remonte", "descendre", "descend", "enjamber", "enjambe", "irrigue", "irriguer", "borde", "border", "surplombe", "jette",
    ])
    /// Capitalized adjective endings before "and" inside an institution's name ("Economic and Monetary").
    static let g10AdjectiveEndings: [String] = ["ic", "al", "ary", "ive", "ial", "ical"]
    static let g10KoreanSurnames = KeySet([
        "kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "yun", "jang", "lim", "shin", "han", "oh", "seo", "kwon",
        "hwang", "ahn", "an", "song", "yoo", "hong", "jeon", "ko", "moon", "yang", "son", "bae", "baek", "heo", "nam", "noh", "ha",
        "kwak", "sung", "cha", "joo", "woo", "ryu", "jin", "chung", "chae", "won", "chun", "bang", "min", "yeo", "choo", "byun",
    ])
    /// Words that end a company's name before ", Inc." / ", Ltd.".
    static let g10CompanyEnds = KeySet(["co", "corp", "holdings", "corporation", "company", "group", "industries", "kaisha", "limited", "international", "enterprises"])
    static let g10CommaLegalForms = KeySet(["inc", "ltd", "llc", "plc", "co"])
    static let g10KaishaHash = Token.hash("kaisha")
    static let g10TruongHash = Token.hash(TextFolding.key("trưởng"))
    static let g10BoHash = Token.hash(TextFolding.key("bộ"))
    /// Oblique patronymics ("Джураевича", "Ивановне").
    static let g10PatronymicEndings: [[UInt8]] = ["вича", "вичу", "вичем", "виче", "ьича", "ьичу", "ьичем", "ича", "ичу", "ичем",
                                                  "овны", "евны", "овне", "евне", "овной", "евной", "овну", "евну"].map { Array($0.utf8) }
    /// Lowercase geographic nouns in the genitive after a capitalized adjective ("Суэцкого канала").
    static let g10RussianFeatureGenitives = KeySet(["канала", "моря", "залива", "пролива", "озера", "полуострова", "бассейна", "острова",
                                                    "хребта", "водохранилища", "океана", "нагорья", "побережья", "перевала"])
    static let g10NaHash = Token.hash("на")
    static let g10AbuKey = TextFolding.key("أبو")
    static let g10ArabicZoneHeads = KeySet(["منطقة", "المنطقة", "مدينة", "المدينة", "المنطقه", "منطقه", "مدينه", "المدينه"].map { TextFolding.key($0) })
    static let g10ArabicPortHeads = KeySet(["ميناء", "مدينة", "مقاطعة", "منطقة", "بلدة", "قرية", "جزيرة"].map { TextFolding.key($0) })
    /// Adverbial phrases with بـ that follow a zone's name ("المنطقة الصناعية بالكامل", "بالقرب من").
    /// The gate of `g10Arabic`: each of its rules needs أبو, a compound place's first word, a zone's or a port's head.
    static let g10ArabicCues = KeySet([g10AbuKey] + arabicPlacePrefixWords.members + g10ArabicZoneHeads.members + g10ArabicPortHeads.members)
    static let g10ArabicBiAdverbs = KeySet(["بالكامل", "بالقرب", "بالتعاون", "بالإضافة", "بالتنسيق", "بالشراكة", "بالفعل", "بالتالي", "بالمثل",
                                            "بالنسبة", "بالضبط", "بالتحديد", "بالتزامن", "بالتوازي", "بالمقابل", "بالداخل", "بالخارج", "بالمجان",
                                            "بالكهرباء", "بالمياه", "بالطاقة", "بالسكك", "بالطرق", "بالميناء", "بالمطار", "بالعاصمة", "بالمنطقة", "بالمدينة"].map { TextFolding.key($0) })
    static let g10HanCorridor = hanCodes("经济走廊")
    static let g10HanBasin = hanCodes("盆地")
    static let g10HanMinistry = hanCode("部")
    static let g10HanZhong = hanCode("中")
    static let g10HanCrossing = hanCodes("口岸")
    /// Characters after 口岸 that make it part of a longer name (口岸经济区, 口岸管理局, 口岸办).
    static let g10HanAfterCrossingInName = HanCharSet("经区管局办委站")
    /// What comes before a crossing's name: a preposition or a coordinator ("经X口岸", "通过X口岸", "在X口岸", "与X口岸"), no verb
    /// ("建设智慧口岸") and no mark ("，推进口岸").
    static let g10HanCrossingBounds = HanCharSet("经过在从至到往自于由与和及的、—")
    static let g10HanCong = hanCode("从"), g10HanJing = hanCode("经"), g10HanZhi = hanCode("至")
    /// Characters of generic crossings' words (边境口岸, 两国口岸, 各口岸, 陆路口岸, 主要口岸…).
    static let g10HanGenericCrossing = HanCharSet("国方各该边境陆港主要重个些多其两双新现此该一航空铁公水智慧大小")
    /// Characters of time words (从今年至, 从明天到, 从上月起).
    static let g10HanTimeChars = HanCharSet("年月日天时今明去前后上下周")
    /// Characters that bound a Han place's name on its left (function words, verbs' last characters, marks).
    static let g10HanLeftBounds = HanCharSet("的了在与和及对将把被为从向动进设建入过等至往到经自于、，。：；“”（）")

    mutating func refineGaps10() {
        var removed = Set<Int>()
        var added: [Mention] = []
        var latin = false, cyrillic = false
        for k in tokens.indices where tokens[k].kind == .word {
            if tokens[k].script == .latin { latin = true } else if tokens[k].script == .cyrillic { cyrillic = true }
            if latin && cyrillic { break }
        }
        if latin { g10Latin(&removed, &added); g10LatinTokens(&removed, &added); g10LatinPlaceNouns(&removed, &added) }
        if cyrillic { g10Cyrillic(&removed, &added); g10RussianMinistryOfState(&removed, &added); g10RussianUnitNames(&added) }
        if hasArabic { g10Arabic(&removed, &added); g10ArabicVietNames(&removed, &added); g10ArabicInstituteFields(&removed) }
        if hasHan { g10Han(&removed, &added) }
        if removed.isEmpty && added.isEmpty { return }
        replaceMentions(removing: removed, adding: added)
    }

    /// Removes (into `removed`) the unknown mentions other than `n` lying inside tokens `a...b`.
    func g10RemoveInside(_ a: Int, _ b: Int, except n: Int, _ removed: inout Set<Int>) {
        let (s0, e0) = (tokens[a].start, tokens[b].end)
        for o in mentions.indices where o != n && mentionKnown(o) == nil && mentionType(o) != .country
            && mentionStart(o) >= s0 && mentionEnd(o) <= e0 { removed.insert(o) }
    }

    // MARK: - Latin

    mutating func g10Latin(_ removed: inout Set<Int>, _ added: inout [Mention]) {
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let g10PassHeads = Self.g10PassHeads, g10FrenchRiverVerbs = Self.g10FrenchRiverVerbs, g10KaishaHash = Self.g10KaishaHash,
            g10CompanyEnds = Self.g10CompanyEnds, g10CommaLegalForms = Self.g10CommaLegalForms, h14LeaveVerbs = Self.h14LeaveVerbs,
            g10SailVerbs = Self.g10SailVerbs
        for n in mentions.indices where mentionKnown(n) == nil && mentionType(n) != .country && !removed.contains(n) {
            guard let a = seedTokenIndex(start: mentionStart(n)), let z = seedTokenIndex(end: mentionEnd(n), from: a),
                  seedLatinWord(a), seedLatinWord(z) else { continue }
            let type = mentionType(n)
            // "the Torugart Pass": a name ending in a pass's (or gorge's) capitalized noun.
            if type != .place, z > a, tokens[z].capitalized, g10PassHeads.contains(tokens[z]),
               (a..<z).allSatisfy({ isCap($0) || isConnector($0) }), !isGivenNameKey(a) {
                mentions[n].type = .place; mentions[n].evidence = .cue; mentions[n].placeContext = true
                continue
            }
            // "entre Ea Súp, dans la province de", "Kampong Cham, chef-lieu de", "Kenema, the capital of".
            if type != .place, type != .organization || mentionEvidence(n) == .guess, isCap(a), g10PlaceApposition(z + 1) {
                mentions[n].type = .place; mentions[n].evidence = .cue; mentions[n].placeContext = true
                continue
            }
            // "rejoindre le Danube": a one-word name after a verb of flowing and its article.
            if lang.fr, a == z, type == nil || type == .organization && mentionEvidence(n) == .guess, a >= 2, isCap(a), !tokens[a].allCaps,
               keyIs(a - 1, "le") || keyIs(a - 1, "la") || keyIs(a - 1, "l'"), seedLatinWord(a - 2),
               g10FrenchRiverVerbs.contains(tokens[a - 2]) {
                mentions[n].type = .place; mentions[n].evidence = .cue; mentions[n].placeContext = true
                continue
            }
            // "Park Ji-hoon", "Choi Min-seo": a Korean family name and a hyphenated given name.
            if type != .person, z == a + 3, g10KoreanName(a) {
                mentions[n].type = .person; mentions[n].evidence = .cue; mentions[n].placeContext = false
                continue
            }
            // "Tokai Kogyo Kabushiki Kaisha": a Japanese company's legal form.
            if z > a, tokens[z].keyHash == g10KaishaHash, keyIs(z, "kaisha"), type != .organization || mentionEvidence(n) == .guess {
                // "Choi Min-seo of Tokai Kogyo Kabushiki Kaisha": a person before "of" is no part of it.
                if let o = (a + 1..<z).last(where: { keyIs($0, "of") }), o - a >= 2, o + 1 < z {
                    let korean = o == a + 4 && g10KoreanName(a)
                    added.append(mention(a, o, type: type == .person || korean ? .person : nil, evidence: korean ? .cue : .guess))
                    seedReplace(n, o + 1, z + 1)
                }
                mentions[n].type = .organization; mentions[n].evidence = .cue
            }
            // "Nomura Holdings" + ", Inc.": a legal form after a comma closes the company's name.
            if mentionType(n) == .organization || keyIs(z, "kaisha"), z + 2 < tokens.count, keyIs(z + 1, ","),
               g10CompanyEnds.contains(tokens[z]), seedLatinWord(z + 2), tokens[z + 2].capitalized,
               g10CommaLegalForms.contains(tokens[z + 2]) {
                var e = z + 3
                if keyIs(z + 2, "co"), keyIs(e, "."), keyIs(e + 1, ","), keyIs(e + 2, "ltd") { e += 3 }
                if keyIs(e, "."), !tokens[e].spaceBefore { e += 1 }
                g10RemoveInside(z + 1, e - 1, except: n, &removed)
                seedReplace(n, a, e)
                mentions[n].type = .organization
                continue
            }
            // "leave Iquique for Ningbo", "departed Antofagasta for Qingdao": two places read as one name over "for".
            if type != .organization || mentionEvidence(n) == .guess, z >= a + 2, a >= 1, seedLatinWord(a - 1),
               h14LeaveVerbs.contains(tokens[a - 1]) || g10SailVerbs.contains(tokens[a - 1]),
               let f = (a + 1..<z).first(where: { keyIs($0, "for") }), (a..<f).allSatisfy({ isCap($0) }), (f + 1...z).allSatisfy({ isCap($0) }) {
                seedReplace(n, a, f)
                mentions[n].type = .place; mentions[n].evidence = .cue; mentions[n].placeContext = true
                var m = mention(f + 1, z + 1, type: .place, evidence: .cue)
                m.placeContext = true
                added.append(m)
                continue
            }
            // "die staatliche Holding Qazaq Metals", "la holding publique X": a holding's generic noun after an article or an
            // adjective is no part of the name.
            if type == .organization, lang.de || lang.fr, z >= a + 1, keyIs(a, "holding"), a >= 1, seedLatinWord(a - 1), !tokens[a - 1].capitalized,
               isCap(a + 1), orgKeyword(at: a + 1) == nil {
                seedReplace(n, a + 1, z + 1)
                continue
            }
            if type == .organization, g10AdjectiveAndInstitution(n, a, z, &removed) { continue }
            if lang.vi, type == .organization, g10VietnameseMinistryPerson(n, a, z, &removed, &added) { continue }
        }
    }

    /// "Park Ji-hoon" at `a`: a Korean family name, then a capitalized syllable, a hyphen and a lowercase one, joined.
    func g10KoreanName(_ a: Int) -> Bool {
        a + 3 < tokens.count && seedLatinWord(a) && Self.g10KoreanSurnames.contains(tokens[a]) && tokens[a].capitalized
            && seedLatinWord(a + 1) && tokens[a + 1].capitalized && keyIs(a + 2, "-") && !tokens[a + 2].spaceBefore && !tokens[a + 3].spaceBefore
            && seedLatinWord(a + 3) && !tokens[a + 3].capitalized
    }

    /// An apposition that makes the name before it a place: ", dans la province de", ", chef-lieu de", ", capitale de",
    /// ", the capital of", ", capital of", ", a town in", ", in the province of". `c` is the comma's index.
    static let g10HashComma = Token.hash(",")
    func g10PlaceApposition(_ c: Int) -> Bool {
        // (Asked at most words: the key's hash compared first, no call. See `keyIs(_:_:hash:)`.)
        guard keyIs(c, ",", hash: Self.g10HashComma), c + 2 < tokens.count else { return false }
        let k = c + 1
        if keyIs(k, "dans") || keyIs(k, "in") {
            let art = k + 1
            guard keyIs(art, "la") || keyIs(art, "le") || keyIs(art, "l'") || keyIs(art, "the") else { return false }
            let noun = art + 1
            guard noun < tokens.count, seedLatinWord(noun), !tokens[noun].capitalized,
                  Self.g10UnitNouns.contains(tokens[noun]) else { return false }
            // The unit is named: "de"/"of" or a capitalized word right after its noun or after one adjective
            // ("dans la province vietnamienne de Đắk Nông"; not "dans la région depuis vingt ans").
            for j in (noun + 1)...(noun + 2) where j < tokens.count {
                if keyIs(j, "de") || keyIs(j, "du") || keyIs(j, "d'") || keyIs(j, "of") || isCap(j) { return true }
                if j == noun + 2 || !seedLatinWord(j) || isStopword(j) { return false }
            }
            return false
        }
        if keyIs(k, "chef"), keyIs(k + 1, "-"), keyIs(k + 2, "lieu") { return true }
        if keyIs(k, "capitale"), keyIs(k + 1, "de") || keyIs(k + 1, "du") || keyIs(k + 1, "d'") { return true }
        var j = k
        if keyIs(j, "the") || keyIs(j, "a") { j += 1 }
        if keyIs(j, "capital"), keyIs(j + 1, "of") { return true }
        if j > k, keyIs(j, "town") || keyIs(j, "city") || keyIs(j, "village") || keyIs(j, "port"), keyIs(j + 1, "in") || keyIs(j + 1, "on") { return true }
        return false
    }

    /// "Central African Economic" + "and" + "Monetary Community": an institution after "and" preceded by a capitalized
    /// adjective (-ic, -al, -ary, -ive) and the words before it (a region's or country's adjective) is one name.
    mutating func g10AdjectiveAndInstitution(_ n: Int, _ a: Int, _ z: Int, _ removed: inout Set<Int>) -> Bool {
        guard a >= 2, keyIs(a - 1, "and") || keyIs(a - 1, "&"), seedLatinWord(a - 2), isCap(a - 2), !tokens[a - 2].allCaps,
              orgKeyword(at: a - 2) == nil, z > a, orgKeyword(at: z) != nil || (a...z).contains(where: { orgKeyword(at: $0) != nil }) else { return false }
        let adj = tokens[a - 2].key
        guard Self.hasAnySuffix(adj, Self.g10AdjectiveEndings), adj.utf8.count >= 5 else { return false }
        var s = a - 2
        while s > 0, seedLatinWord(s - 1), isCap(s - 1) || isCountry[s - 1], !keyIs(s - 1, "the"), !tokens[s].newlineBefore, a - s < 6 { s -= 1 }
        // The mention before "and" is no institution of its own (no keyword of its own).
        let (s0, e0) = (tokens[s].start, tokens[a - 2].end)
        if mentions.indices.contains(where: { $0 != n && mentionStart($0) >= s0 && mentionEnd($0) <= e0 && mentionKnown($0) != nil && mentionType($0) != .country }) { return false }
        g10RemoveInside(s, a - 1, except: n, &removed)
        seedReplace(n, s, z + 1)
        return true
    }

    /// "Thứ trưởng Bộ Xây dựng Đoàn Minh Khôi": a ministry after a title ends where a Vietnamese family name opens two or three
    /// more capitalized syllables; "Bộ Ngoại giao Lào Saleumxay Kommasith": where a country ends it and capitalized words follow.
    mutating func g10VietnameseMinistryPerson(_ n: Int, _ a: Int, _ z: Int, _ removed: inout Set<Int>, _ added: inout [Mention]) -> Bool {
        guard z >= a + 3, tokens[a].keyHash == Self.g10BoHash, exactForm(a) == "bộ" else { return false }
        // A foreign person after the country that ends the ministry.
        if let c = (a + 1..<z).last(where: { isCountry[$0] }), z - c >= 2 {
            var p = c + 1
            if keyIs(p, "-"), isCountry[p + 1] { p += 2 }   // "Timor-Leste"
            while p <= z, isCountry[p] { p += 1 }
            if p < z, isCap(p), !isCountry[p], (p...z).allSatisfy({ isCap($0) || isConnector($0) && !tokens[$0].capitalized }), isCap(z),
               !(p...z).contains(where: { orgKeyword(at: $0) != nil || placeKeyword(at: $0) != nil }), !isFamilyName(p) || z - p >= 1 {
                g10RemoveInside(p, z, except: n, &removed)
                seedReplace(n, a, p)
                added.append(mention(p, z + 1, type: .person, evidence: .cue))
                return true
            }
        }
        // "Bộ Y tế, Dân số và Phát triển Timor-Leste" + "Élia dos Reis Amaral": capitalized words (and da/de/dos) right after a
        // ministry that ends with its country, in no mention, before a lowercase word or a mark, are its minister.
        if isCountry[z], z + 2 < tokens.count, tokens[z + 1].spaceBefore {
            var e = z + 1
            while e < tokens.count, e - z <= 6, seedLatinWord(e), !tokens[e].newlineBefore,
                  isCap(e) && !isCountry[e] || e > z + 1 && g10NameParticle(e) && e + 1 < tokens.count && isCap(e + 1) { e += 1 }
            if e - z >= 3, isCap(e - 1), e == tokens.count || !isCap(e), isCap(z + 1),
               !(z + 1..<e).contains(where: { orgKeyword(at: $0) != nil || placeKeyword(at: $0) != nil || titleMatch(at: $0) != nil }),
               !anyMention(where: { $0.end > tokens[z + 1].start && $0.start < tokens[e - 1].end }) {
                added.append(mention(z + 1, e, type: .person, evidence: .cue))
                return true
            }
        }
        guard a >= 1, seedLatinWord(a - 1), tokens[a - 1].keyHash == Self.g10TruongHash || titleMatch(at: a - 1) != nil else { return false }
        // "Bộ Xây dựng Đoàn" + "Văn Hải": the family name ended the ministry and the given names were read as the person.
        if isFamilyName(z), z >= a + 3, isCap(z), z + 1 < tokens.count, tokens[z + 1].spaceBefore,
           let p = firstMentionIndex(where: { $0.type == .person && $0.known == nil && $0.start == tokens[z + 1].start && $0.words.count <= 3 }),
           let pz = seedTokenIndex(end: mentionEnd(p), from: z + 1), (z + 1...pz).allSatisfy({ seedLatinWord($0) && isCap($0) }) {
            seedReplace(p, z, pz + 1)
            seedReplace(n, a, z)
            return true
        }
        for i in max(a + 2, z - 3)...(z - 1) where isFamilyName(i) && (i...z).allSatisfy({ isCap($0) && !isCountry[$0] }) {
            // The ministry keeps a word of its own after "Bộ" and the family name opens two or three syllables.
            // ("Đoàn" is a family name and a keyword, delegation: the syllables after it are no keyword.)
            guard z - i >= 1, z - i <= 3, placeKeyword(at: i) == nil, !(i + 1...z).contains(where: { orgKeyword(at: $0) != nil || placeKeyword(at: $0) != nil })
            else { continue }
            g10RemoveInside(i, z, except: n, &removed)
            seedReplace(n, a, i)
            added.append(mention(i, z + 1, type: .person, evidence: .cue))
            return true
        }
        return false
    }

    /// Lowercase particles inside Portuguese, Spanish and Dutch names ("Marta dos Santos", "Jan van Dijk").
    func g10NameParticle(_ k: Int) -> Bool {
        guard seedLatinWord(k), !tokens[k].capitalized else { return false }
        return keyIs(k, "da") || keyIs(k, "de") || keyIs(k, "dos") || keyIs(k, "das") || keyIs(k, "do") || keyIs(k, "van") || keyIs(k, "del")
    }

    static let g10CongHash = Token.hash(TextFolding.key("công"))
    static let g10BanHash = Token.hash("ban")
    static let g10BorderHash = Token.hash("border")
    static let g10OfHash = Token.hash("of")
    /// Plural administrative nouns after two coordinated names ("in Khao and Lum districts").
    static let g10PluralUnitNouns = KeySet(["districts", "provinces", "regions", "counties", "communes", "municipalities", "prefectures", "oblasts", "townships"])
    /// Crossing nouns after "border" ("the X international border gate").
    static let g10CrossingNouns = KeySet(["gate", "crossing", "checkpoint", "post", "point"])
    /// Lowercase nouns of sites before "of" + a place ("the caves of X", "the outskirts of X").
    static let g10SiteNouns = KeySet(["caves", "cave", "ruins", "outskirts", "suburbs", "shores", "banks", "foothills", "slopes", "vicinity"])
    /// The words that start a rule of `g10LatinTokens` and `g10LatinPlaceNouns`.
    static let g10LatinFilter = G10Filter([g10Honorifics, KeySet(["korean", "ban", "border", TextFolding.key("công")]), g10PluralUnitNouns, g10SiteNouns])
    static let g10SailVerbs = KeySet(["sail", "sails", "sailed", "sailing", "leaves", "departs"])
    static let g10Honorifics = KeySet(["mr", "ms", "mrs", "dr", "prof", "mme", "mlle", "m"])
    static let g10KoreanHash = Token.hash("korean")
    /// The gate of `g10LatinTokens`: each of its rules starts at an honorific, "Korean", "Ban" or "Công".
    static let g10LatinTokenCues = KeySet(g10Honorifics.members + ["korean", "ban", TextFolding.key("công")])
    /// The gate of `g10LatinPlaceNouns`: each of its rules starts at a plural unit noun, "border" or a site noun.
    static let g10LatinPlaceNounCues = KeySet(g10PluralUnitNouns.members + ["border"] + g10SiteNouns.members)

    /// Token-level Latin rules: "Mr. Sato of Acme Steel Corporation" (an honorific's one-word name before "of" is a person,
    /// whatever the pass that read the company after it did with it); Vietnamese "Công ty TNHH/CP/cổ phần" + a field and a
    /// capitalized name that no mention holds; "Korean" alone before a lowercase noun is no organization.
    mutating func g10LatinTokens(_ removed: inout Set<Int>, _ added: inout [Mention]) {
        guard articleHas(Self.g10LatinTokenCues) else { return }
        var k = 0
        // (The filter read once: a static's every read in the loop checked its initialization and retained it.)
        let filter = Self.g10LatinFilter
        while k + 3 < tokens.count {
            defer { k += 1 }
            guard filter.mayContain(tokens[k].keyHash), tokens[k].kind == .word, tokens[k].script == .latin, tokens[k].capitalized else { continue }
            if Self.g10Honorifics.contains(tokens[k]) {
                var j = k + 1
                if keyIs(j, "."), !tokens[j].spaceBefore { j += 1 }
                guard j > k + 1 || tokens[k].key.utf8.count >= 2, j + 2 < tokens.count, seedLatinWord(j), isCap(j), !tokens[j].allCaps,
                      keyIs(j + 1, "of"), isCap(j + 2), !isCountry[j], orgKeyword(at: j) == nil, titleMatch(at: j) == nil else { continue }
                let (s0, e0) = (tokens[j].start, tokens[j].end)
                guard !anyMention(where: { $0.end > s0 && $0.start < e0 }), !added.contains(where: { $0.end > s0 && $0.start < e0 }) else { continue }
                added.append(mention(j, j + 1, type: .person, evidence: .cue))
                continue
            }
            if tokens[k].keyHash == Self.g10KoreanHash, keyIs(k, "korean"), seedLatinWord(k + 1), !tokens[k + 1].capitalized,
               let o = firstMentionIndex(where: { $0.start == tokens[k].start && $0.end == tokens[k].end && $0.type == .organization && $0.known == nil }) {
                removed.insert(o)
                continue
            }
            if lang.vi, tokens[k].keyHash == Self.g10BanHash, exactForm(k) == "ban", exactForm(k + 1) == "quản", exactForm(k + 2) == "lý",
               let e = g10VietnameseFieldEnd(k + 3, maxLower: 4) {
                let (s0, e0) = (tokens[k].start, tokens[e - 1].end)
                // (A place named inside stays: "… cửa khẩu Lào Cai".)
                guard !anyMention(where: { $0.end > s0 && $0.start < e0 && !($0.start > s0 && $0.end <= e0 && ($0.type == .place || $0.type == .country)) }),
                      !added.contains(where: { $0.end > s0 && $0.start < e0 }) else { continue }
                added.append(mention(k, e, type: .organization, evidence: .cue))
                k = e - 1
                continue
            }
            if lang.vi, tokens[k].keyHash == Self.g10CongHash, exactForm(k) == "công", exactForm(k + 1) == "ty", let e = g10VietnameseCompanyEnd(k + 2) {
                let (s0, e0) = (tokens[k].start, tokens[e - 1].end)
                guard !anyMention(where: { $0.end > s0 && $0.start < e0 && !($0.start > s0 && $0.end <= e0 && ($0.type == .place || $0.type == .country)) }),
                      !added.contains(where: { $0.end > s0 && $0.start < e0 }) else { continue }
                added.append(mention(k, e, type: .organization, evidence: .cue))
                k = e - 1
            }
        }
    }

    /// Lowercase-keyed Latin rules: "in Khao and Lum districts" (both names before a plural unit noun are places), "the Ban Huay
    /// international border gate" (a name before "border gate/crossing/checkpoint"), "the caves of X" (a site's noun and "of").
    mutating func g10LatinPlaceNouns(_ removed: inout Set<Int>, _ added: inout [Mention]) {
        guard articleHas(Self.g10LatinPlaceNounCues) else { return }
        var k = 1
        let filter = Self.g10LatinFilter   // (read once, as in `g10LatinTokens`)
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let g10PluralUnitNouns = Self.g10PluralUnitNouns, g10BorderHash = Self.g10BorderHash, g10CrossingNouns = Self.g10CrossingNouns,
            g10SiteNouns = Self.g10SiteNouns, g10OfHash = Self.g10OfHash
        while k < tokens.count {
            defer { k += 1 }
            let h = tokens[k].keyHash
            guard filter.mayContain(h), tokens[k].kind == .word, tokens[k].script == .latin, !tokens[k].capitalized else { continue }
            if g10PluralUnitNouns.contains(tokens[k].key, hash: h) {
                guard let (a1, b1) = g10CapRun(endingBefore: k), a1 >= 2, keyIs(a1 - 1, "and"), let (a0, b0) = g10CapRun(endingBefore: a1 - 1) else { continue }
                g10MakePlace(a0, b0, &removed, &added)
                g10MakePlace(a1, b1, &removed, &added)
                continue
            }
            if h == g10BorderHash, keyIs(k, "border"), k + 1 < tokens.count, seedLatinWord(k + 1),
               g10CrossingNouns.contains(tokens[k + 1]) {
                var j = k
                while j > 0, k - j < 2, seedLatinWord(j - 1), !tokens[j - 1].capitalized, !isConnector(j - 1), !keyIs(j - 1, "a"), !keyIs(j - 1, "an") { j -= 1 }
                guard let (a, b) = g10CapRun(endingBefore: j) else { continue }
                g10MakePlace(a, b, &removed, &added)
                continue
            }
            if g10SiteNouns.contains(tokens[k].key, hash: h), k + 2 < tokens.count, tokens[k + 1].keyHash == g10OfHash, keyIs(k + 1, "of") {
                var b = k + 2
                while b < tokens.count, b - k < 5, seedLatinWord(b), isCap(b), !isCountry[b], orgKeyword(at: b) == nil { b += 1 }
                guard b > k + 2 else { continue }
                g10MakePlace(k + 2, b, &removed, &added)
            }
        }
    }

    /// One to three capitalized Latin words ending right before `k` (no country, keyword, title or stopword): their range.
    func g10CapRun(endingBefore k: Int) -> (Int, Int)? {
        var a = k
        // (A capitalized stopword inside a name mid-sentence is the name's: "Mai Chau", "Na Meo".)
        while a > 0, k - a < 3, seedLatinWord(a - 1), isCap(a - 1), !tokens[a - 1].allCaps, !isCountry[a - 1], !isConnector(a - 1), !keyIs(a - 1, "the"),
              !(tokens[a - 1].sentenceStart && isStopword(a - 1)),
              titleMatch(at: a - 1) == nil, !tokens[a].newlineBefore || a == k { a -= 1 }
        // (A one-word keyword only opens the run, "Ban Huay"; it never ends it.)
        if a < k, orgKeyword(at: k - 1) != nil { return nil }
        return a < k ? (a, k) : nil
    }

    /// Tokens `a..<b` are a place: an unknown mention of exactly them is retyped; unknown ones overlapping them go and one is added.
    mutating func g10MakePlace(_ a: Int, _ b: Int, _ removed: inout Set<Int>, _ added: inout [Mention]) {
        let (s0, e0) = (tokens[a].start, tokens[b - 1].end)
        if anyMention(where: { $0.end > s0 && $0.start < e0 && ($0.known != nil || $0.type == .country) }) { return }
        if let n = firstMentionIndex(where: { $0.start == s0 && $0.end == e0 }) {
            mentions[n].type = .place; mentions[n].evidence = .cue; mentions[n].placeContext = true
            return
        }
        if added.contains(where: { $0.end > s0 && $0.start < e0 }) { return }
        // A longer name holding these words (an institution over them) stays.
        if anyMention(where: { $0.end > s0 && $0.start < e0 && ($0.start < s0 || $0.end > e0) }) { return }
        for o in mentions.indices where mentionEnd(o) > s0 && mentionStart(o) < e0 { removed.insert(o) }
        var m = mention(a, b, type: .place, evidence: .cue)
        m.placeContext = true
        added.append(m)
    }

    /// After "Công ty" at `l`: a legal form (TNHH, CP, cổ phần, with MTV or "Một thành viên"), a capitalized field with up to
    /// three lowercase syllables, then one to four capitalized syllables before a lowercase word or a mark: the index after them.
    func g10VietnameseCompanyEnd(_ l: Int) -> Int? {
        var k = l
        if keyIs(k, "tnhh") || keyIs(k, "cp") { k += 1 } else if exactForm(k) == "cổ", exactForm(k + 1) == "phần" { k += 2 } else { return nil }
        if keyIs(k, "mtv") { k += 1 }
        return g10VietnameseFieldEnd(k, maxLower: 3)
    }

    /// A capitalized field at `k` with up to `maxLower` lowercase syllables, then one to four capitalized syllables before a
    /// lowercase word or a mark ("Giống cây trồng Phú Lợi", "Khu kinh tế cửa khẩu Lạng Sơn"): the index after them.
    func g10VietnameseFieldEnd(_ k: Int, maxLower: Int) -> Int? {
        guard k < tokens.count, seedLatinWord(k), tokens[k].capitalized, !tokens[k].newlineBefore else { return nil }
        var j = k + 1
        var lower = 0
        while j < tokens.count, seedLatinWord(j), !tokens[j].capitalized, lower < maxLower, !keyIs(j, "va"), !tokens[j].newlineBefore { j += 1; lower += 1 }
        guard j < tokens.count, seedLatinWord(j), tokens[j].capitalized, !tokens[j].newlineBefore else { return nil }
        var e = j
        while e < tokens.count, e - j < 4, seedLatinWord(e), tokens[e].capitalized, !tokens[e].newlineBefore, !isCountry[e] { e += 1 }
        guard e > j, e >= tokens.count || !isCap(e) else { return nil }
        return e
    }

    // MARK: - Cyrillic

    mutating func g10Cyrillic(_ removed: inout Set<Int>, _ added: inout [Mention]) {
        for n in mentions.indices where mentionKnown(n) == nil && mentionType(n) != .country && !removed.contains(n) {
            guard let a = seedTokenIndex(start: mentionStart(n)), let z = seedTokenIndex(end: mentionEnd(n), from: a),
                  tokens[a].script == .cyrillic, tokens[a].kind == .word else { continue }
            let type = mentionType(n)
            // "Рахматулло" + "Джураевича Назарзода": the given name before an oblique patronymic.
            if type == .person, z > a, a >= 1, tokens[a].capitalized, tokens[a].spaceBefore, g10ObliquePatronymic(a),
               tokens[a - 1].kind == .word, tokens[a - 1].script == .cyrillic, tokens[a - 1].capitalized, !tokens[a - 1].allCaps,
               !isCountry[a - 1], titleMatch(at: a - 1) == nil, orgKeyword(at: a - 1) == nil, placeKeyword(at: a - 1) == nil,
               !anyMention(where: { $0.known != nil && $0.start <= tokens[a - 1].start && $0.end >= tokens[a - 1].end }) {
                g10RemoveInside(a - 1, a - 1, except: n, &removed)
                seedReplace(n, a - 1, z + 1)
                continue
            }
            // "… зоны Суэцкого" + "канала": a capitalized adjective ending a name takes the geographic noun after it.
            if type == .organization || type == .place, z > a, z + 1 < tokens.count, tokens[z].capitalized, tokens[z].script == .cyrillic,
               tokens[z + 1].kind == .word, !tokens[z + 1].capitalized, tokens[z + 1].script == .cyrillic,
               Self.g10RussianFeatureGenitives.contains(tokens[z + 1]), g10RussianAdjective(z) {
                seedReplace(n, a, z + 2)
                continue
            }
            // "на Каспии", "на Ямале": one unknown capitalized word in -ии after "на" is a place.
            if a == z, type != .place, type != .person, a >= 1, tokens[a - 1].keyHash == Self.g10NaHash, keyIs(a - 1, "на"),
               tokens[a].capitalized, !tokens[a].allCaps, PlainText.hasSuffix(tokens[a].key, "ии"), orgKeyword(at: a) == nil {
                mentions[n].type = .place; mentions[n].evidence = .cue; mentions[n].placeContext = true
            }
        }
    }

    static let g10RussianMinistryNouns = KeySet(["министерство", "министерства", "министерству", "министерством", "министерстве",
                                                 "ведомство", "ведомства", "департамент", "департамента"])
    static let g10RussianStateNouns = KeySet(["королевства", "республики", "государства", "султаната", "эмирата", "княжества", "федерации", "королевство", "республика"])

    /// "министерства коммерции Королевства Таиланд": a lowercase ministry, one or two lowercase words, a state's noun and a
    /// country's name are one institution (what was read there, "Королевства" or "Республики Корея", goes).
    mutating func g10RussianMinistryOfState(_ removed: inout Set<Int>, _ added: inout [Mention]) {
        // (It acts only at a ministry noun followed by a state noun: an article without both has nothing for it.)
        guard articleHas(Self.g10RussianMinistryNouns), articleHas(Self.g10RussianStateNouns) else { return }
        var k = 0
        while k + 3 < tokens.count {
            defer { k += 1 }
            guard Self.g10RussianFilter.mayContain(tokens[k].keyHash), tokens[k].kind == .word, tokens[k].script == .cyrillic, !tokens[k].capitalized,
                  Self.g10RussianMinistryNouns.contains(tokens[k]) else { continue }
            var j = k + 1
            while j < tokens.count, j - k <= 3, tokens[j].kind == .word, tokens[j].script == .cyrillic, !tokens[j].capitalized { j += 1 }
            guard j > k + 1, j + 1 < tokens.count, tokens[j].kind == .word, tokens[j].capitalized,
                  Self.g10RussianStateNouns.contains(tokens[j]), isCountry[j + 1] else { continue }
            var e = j + 1
            while e < tokens.count, isCountry[e] || keyIs(e, "-") && e + 1 < tokens.count && isCountry[e + 1] { e += 1 }
            let (s0, e0) = (tokens[k].start, tokens[e - 1].end)
            guard !anyMention(where: { $0.type == .organization && $0.start <= s0 && $0.end >= e0 }) else { continue }
            for o in mentions.indices where mentionKnown(o) == nil && mentionType(o) != .country && mentionStart(o) >= s0 && mentionEnd(o) <= e0 { removed.insert(o) }
            added.append(mention(k, e, type: .organization, evidence: .cue))
            k = e - 1
        }
    }

    static let g10RussianUnitNouns = KeySet(["провинции", "провинция", "провинцию", "провинцией", "штата", "штате", "штат", "префектуры", "префектуре",
                                             "уезда", "уезде", "области", "округа", "округе", "города", "городе", "эмирата", "эмирате"])
    /// The words that start a token rule of `g10RussianMinistryOfState` and `g10RussianUnitNames`.
    static let g10RussianFilter = G10Filter([g10RussianMinistryNouns, g10RussianUnitNouns])
    static let g10RussianRaionForms = KeySet(["район", "района", "району", "районом", "районе", "районы", "районов", "районам", "районами", "районах"])

    /// "в провинции Районг": one or two capitalized words after a lowercase unit's noun, in no mention, are the unit's name
    /// (a name that only begins like a keyword's stem, "Районг", too).
    mutating func g10RussianUnitNames(_ added: inout [Mention]) {
        guard articleHas(Self.g10RussianUnitNouns) else { return }   // (it acts only after a unit noun)
        var k = 0
        while k + 1 < tokens.count {
            defer { k += 1 }
            guard Self.g10RussianFilter.mayContain(tokens[k].keyHash), tokens[k].kind == .word, tokens[k].script == .cyrillic, !tokens[k].capitalized,
                  Self.g10RussianUnitNouns.contains(tokens[k]) else { continue }
            let a = k + 1
            guard tokens[a].kind == .word, tokens[a].script == .cyrillic, tokens[a].capitalized, !tokens[a].allCaps, !isCountry[a],
                  orgKeyword(at: a) == nil, titleMatch(at: a) == nil, !isGivenName(a),
                  placeKeyword(at: a) == nil || !Self.g10RussianRaionForms.contains(tokens[a]) && PlainText.hasPrefix(tokens[a].key, "район")
            else { continue }
            var e = a + 1
            if e < tokens.count, tokens[e].kind == .word, tokens[e].script == .cyrillic, tokens[e].capitalized, tokens[e].spaceBefore,
               orgKeyword(at: e) == nil, placeKeyword(at: e) == nil, !isCountry[e] { e += 1 }
            let (s0, e0) = (tokens[a].start, tokens[e - 1].end)
            guard !anyMention(where: { $0.end > s0 && $0.start < e0 }), !added.contains(where: { $0.end > s0 && $0.start < e0 }) else { continue }
            var m = mention(a, e, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
    }

    /// Token `k` ends like a patronymic in an oblique case (by its key's bytes).
    func g10ObliquePatronymic(_ k: Int) -> Bool {
        tokens[k].key.utf8.withContiguousStorageIfAvailable { b -> Bool in
            guard b.count >= 12 else { return false }   // six Cyrillic letters at least
            return Self.g10PatronymicEndings.contains { e in e.count <= b.count && memcmp(b.baseAddress! + (b.count - e.count), e, e.count) == 0 }
        } ?? false
    }

    /// A Russian adjective in the genitive or a case with the same ending ("Суэцкого", "Персидского", "Белого").
    func g10RussianAdjective(_ k: Int) -> Bool {
        let key = tokens[k].key
        return PlainText.hasSuffix(key, "ого") || PlainText.hasSuffix(key, "его") || PlainText.hasSuffix(key, "ой") || PlainText.hasSuffix(key, "ей")
    }

    // MARK: - Arabic

    mutating func g10Arabic(_ removed: inout Set<Int>, _ added: inout [Mention]) {
        guard articleHas(Self.g10ArabicCues) else { return }
        for n in mentions.indices where mentionKnown(n) == nil && mentionType(n) != .country && !removed.contains(n) {
            guard let a = seedTokenIndex(start: mentionStart(n)), let z = seedTokenIndex(end: mentionEnd(n), from: a),
                  seedArabicWord(a), seedArabicWord(z) else { continue }
            let type = mentionType(n)
            // "… بساحل حضرموت أبو بكر" + "صالح بن شيخان": أبو and the word after it open the person's name.
            if type == .person, a >= 2, keyIs(a - 2, Self.g10AbuKey), seedArabicWord(a - 1), !h14ArabicWithArticle(a - 1),
               !arabicFlags(a - 1).contains(.stop), !isCountry[a - 1], !isCountry[a - 2],
               !anyMention(where: { $0.known != nil && $0.end > tokens[a - 2].start && $0.start < tokens[a - 1].end }) {
                let s0 = tokens[a - 2].start
                for o in mentions.indices where o != n && mentionKnown(o) == nil && mentionType(o) != .country
                    && mentionEnd(o) > s0 && mentionStart(o) < tokens[a - 1].end {
                    if mentionStart(o) < s0, let oa = seedTokenIndex(start: mentionStart(o)), a - 2 - oa >= 2 { seedReplace(o, oa, a - 2) } else { removed.insert(o) }
                }
                seedReplace(n, a - 2, z + 1)
                continue
            }
            if type == .organization || type == .place, z + 1 < tokens.count, seedArabicWord(z + 1) {
                // "غرفة تجارة وصناعة رأس" + "الخيمة": a compound place's first word ends the name: the next word is its own.
                if z > a, Self.arabicPlacePrefixWords.contains(tokens[z]), !arabicFlags(z + 1).contains(.stop),
                   !isCountry[z + 1], !anyMention(where: { $0.start == tokens[z + 1].start }) {
                    seedReplace(n, a, z + 2)
                    continue
                }
                // "المنطقة التنموية" + "بالزرقاء": a zone or city's name goes on over a town after بـ, before a clause's edge.
                if type == .place || type == .organization, z > a, Self.g10ArabicZoneHeads.contains(tokens[a]),
                   g10ArabicBiTown(z + 1) {
                    seedReplace(n, a, z + 2)
                    mentions[n].type = .place
                    continue
                }
                // "ميناء فونغ" + "تاو": a port or city of one foreign word takes a second short foreign word before a clause's edge.
                if type == .place, z == a + 1, Self.g10ArabicPortHeads.contains(tokens[a]),
                   g10ArabicForeignWord(z), tokens[z].key.unicodeScalars.count <= 4, g10ArabicForeignWord(z + 1), g10ArabicShortForeign(z + 1), g10ArabicEdge(z + 2),
                   !anyMention(where: { $0.start == tokens[z + 1].start }) {
                    seedReplace(n, a, z + 2)
                    continue
                }
            }
        }
    }

    /// Vietnamese syllables spelled in Arabic that `hanVietArabicSyllables` lacks (Đình, Tuấn, Sơn/Sản, Huỳnh, Mai, Cao, Việt,
    /// Thái, Hiệp, Thắng, Cường, Bình, Thuận, Khánh, Ngọc, Hiếu, Lợi, Tài, Hải…).
    static let g10VietArabicSyllables = KeySet(["دينه", "توان", "سان", "سون", "هوينه", "ماي", "كاو", "فيت", "ثاي", "هييب", "ثانغ", "كوونغ", "بينه",
                                                "ثوان", "خانه", "نغوك", "هيو", "لوي", "تاي", "هين", "ثوك", "فينه", "لينه", "هاو", "نهات", "تين", "ديب",
                                                "ثوي", "هوانغ", "كونغ", "تشي", "تري", "ثانه", "دات", "هاي", "لانه", "تام", "ها", "كيو", "كوي", "هوا", "سا", "با", "فا"].map { TextFolding.key($0) })

    func g10VietSyllable(_ k: Int) -> Bool {
        seedArabicWord(k) && (Self.hanVietArabicSyllables.contains(tokens[k]) || Self.g10VietArabicSyllables.contains(tokens[k]))
    }

    /// "نائب الوزير الفيتنامي تران دينه لوان": after a country's nisba, a family name and one to three more syllables (three
    /// syllables in all at least) are a person; a person or a company (شركة) found over the first syllables goes on over the
    /// rest ("فام آنه" + "توان", "شركة هاي" + "سان ثانه دات").
    mutating func g10ArabicVietNames(_ removed: inout Set<Int>, _ added: inout [Mention]) {
        for k in tokens.indices where Self.g10ArabicFilter.mayContain(tokens[k].keyHash) && seedArabicWord(k)
            && Self.hanVietArabicFamilyNames.contains(tokens[k]) {
            var e = k + 1
            while e < tokens.count, e - k < 4, tokens[e].spaceBefore, g10VietSyllable(e), !isCountry[e] { e += 1 }
            guard e - k >= 2, g10ArabicEdge(e) || seedArabicWord(e) && (h14ArabicWithArticle(e) || NameFinder.arabicHasPrefix(tokens[e].key, "و")) else { continue }
            let (s0, e0) = (tokens[k].start, tokens[e - 1].end)
            if let p = firstMentionIndex(where: { $0.type == .person && $0.known == nil && $0.start == s0 && $0.end < e0 }) {
                seedReplace(p, k, e)
                continue
            }
            guard e - k >= 3, k >= 1, seedArabicWord(k - 1), isCountry[k - 1],
                  !anyMention(where: { $0.end > s0 && $0.start < e0 }), !added.contains(where: { $0.end > s0 && $0.start < e0 }) else { continue }
            added.append(mention(k, e, type: .person, evidence: .cue))
        }
        // "مدينة سا دك", "جامعة كاو لانه للتكنولوجيا": a city's, a port's or a university's head and two Vietnamese syllables that
        // no mention holds (not both common Arabic words) are its name; a university's takes one field word with لل after them.
        var k = 0
        while k + 2 < tokens.count {
            defer { k += 1 }
            guard Self.g10ArabicFilter.mayContain(tokens[k].keyHash), seedArabicWord(k),
                  Self.g10ArabicPortHeads.contains(tokens[k]) || Self.g10ArabicUniversityHeads.contains(tokens[k]),
                  g10VietSyllable(k + 1), g10VietSyllable(k + 2) || g10ArabicShortNoVerb(k + 2), g10ArabicForeignWord(k + 1), g10ArabicForeignWord(k + 2),
                  tokens[k + 1].spaceBefore, tokens[k + 2].spaceBefore,
                  !(Self.hanVietCommonArabicWords.contains(tokens[k + 1]) && Self.hanVietCommonArabicWords.contains(tokens[k + 2]))
            else { continue }
            let university = Self.g10ArabicUniversityHeads.contains(tokens[k])
            var e = k + 3
            if university, e < tokens.count, seedArabicWord(e), NameFinder.arabicHasPrefix(tokens[e].key, "لل"), !g10ArabicTitleWord(e) {
                // "للبحوث الزراعية": the field and up to two adjectives with the article.
                e += 1
                while e < tokens.count, e - k < 6, h14ArabicWithArticle(e), !NameFinder.arabicHasPrefix(tokens[e].key, "لل"), !g10ArabicTitleWord(e),
                      !arabicFlags(e).contains(.timeWord), !isCountry[e] { e += 1 }
            }
            guard g10ArabicEdge(e) || seedArabicWord(e) && (h14ArabicWithArticle(e) || g10ArabicTitleWord(e)) else { continue }
            let (s0, e0) = (tokens[k].start, tokens[e - 1].end)
            guard !added.contains(where: { $0.end > s0 && $0.start < e0 }) else { continue }
            // A shorter reading from the head ("جامعة تاي") goes on over the rest.
            let over = mentions.indices.filter { mentionEnd($0) > s0 && mentionStart($0) < e0 }
            if over.count == 1, let o = over.first, mentionKnown(o) == nil, mentionStart(o) == s0, mentionEnd(o) <= e0, mentionType(o) != .person {
                seedReplace(o, k, e)
                k = e - 1
                continue
            }
            guard over.isEmpty else { continue }
            var m = mention(k, e, type: university ? .organization : .place, evidence: .cue)
            m.placeContext = !university
            added.append(m)
            k = e - 1
        }
        for n in mentions.indices where mentionType(n) == .organization && mentionKnown(n) == nil && !removed.contains(n) {
            guard let a = seedTokenIndex(start: mentionStart(n)), let z = seedTokenIndex(end: mentionEnd(n), from: a), seedArabicWord(a), z > a,
                  arabicFlags(a).contains(.companyHead), (a + 1...z).allSatisfy({ g10VietSyllable($0) }) else { continue }
            var e = z + 1
            while e < tokens.count, e - a <= 4, tokens[e].spaceBefore, g10VietSyllable(e), !isCountry[e] { e += 1 }
            if e > z + 1, !anyMention(where: { $0.start == tokens[z + 1].start && $0.known != nil }) { seedReplace(n, a, e) }
        }
    }

    static let g10ArabicUniversityHeads = KeySet(["جامعة", "لجامعة", "بجامعة", "وجامعة", "معهد", "كلية", "أكاديمية"].map { TextFolding.key($0) })
    /// The words that start a token rule of `g10ArabicVietNames`.
    static let g10ArabicFilter = G10Filter([hanVietArabicFamilyNames, g10ArabicPortHeads, g10ArabicUniversityHeads])
    static let g10ArabicInstituteHeads = KeySet(["معهد", "المعهد", "للمعهد", "مركز", "المركز", "للمركز", "هيئة", "الهيئة", "للهيئة", "مؤسسة", "المؤسسة", "للمؤسسة"].map { TextFolding.key($0) })

    /// "للمعهد الموريتاني" + "لبحوث المحيطات والصيد": an institute named by a nisba goes on over لـ + a noun and the words
    /// with the article after it (joined by و too), before a clause's edge.
    mutating func g10ArabicInstituteFields(_ removed: inout Set<Int>) {
        guard articleHas(Self.g10ArabicInstituteHeads) else { return }   // (only a name opening with an institute's head)
        for n in mentions.indices where mentionType(n) == .organization && mentionKnown(n) == nil && !removed.contains(n) {
            guard let a = seedTokenIndex(start: mentionStart(n)), let z = seedTokenIndex(end: mentionEnd(n), from: a), seedArabicWord(a),
                  Self.g10ArabicInstituteHeads.contains(tokens[a]), z == a + 1, isCountry[z], z + 2 < tokens.count,
                  seedArabicWord(z + 1), tokens[z + 1].key.unicodeScalars.first == "ل", !h14ArabicWithArticle(z + 1),
                  tokens[z + 1].key.unicodeScalars.count >= 4, !arabicFlags(z + 1).contains(.stop) else { continue }
            var e = z + 2
            while e < tokens.count, e - z <= 4, h14ArabicWithArticle(e), !isCountry[e], !g10ArabicTitleWord(e) { e += 1 }
            guard e > z + 2, g10ArabicEdge(e) || seedArabicWord(e) && (!h14ArabicWithArticle(e) || g10ArabicTitleWord(e)) else { continue }
            let s0 = tokens[z + 1].start, e0 = tokens[e - 1].end
            for o in mentions.indices where o != n && mentionKnown(o) == nil && mentionType(o) != .country && mentionStart(o) >= s0 && mentionEnd(o) <= e0 { removed.insert(o) }
            seedReplace(n, a, e)
        }
    }

    /// A title's or a head's word ("الدكتور", "المدير", "رئيس"): it opens a new phrase.
    func g10ArabicTitleWord(_ k: Int) -> Bool {
        let f = arabicFlags(k)
        return f.contains(.titleFirstWord) || f.contains(.titledNameHead) || f.contains(.head) || f.contains(.speechVerb) || f.contains(.stop)
    }

    /// Token `k` is a town written with بـ ("بالمفرق", "بحسياء"): five letters at least, not a stopword, before a clause's edge.
    func g10ArabicBiTown(_ k: Int) -> Bool {
        guard seedArabicWord(k), let f = tokens[k].key.unicodeScalars.first, f == "ب", tokens[k].key.unicodeScalars.count >= 5,
              !arabicFlags(k).contains(.stop), !isCountry[k], !Self.g10ArabicBiAdverbs.contains(tokens[k]) else { return false }
        return g10ArabicEdge(k + 1)
    }

    /// A word of a foreign name written in Arabic: no article, no stopword, head or time word, no country.
    func g10ArabicForeignWord(_ k: Int) -> Bool {
        guard seedArabicWord(k), !h14ArabicWithArticle(k), !isCountry[k] else { return false }
        let f = arabicFlags(k)
        return !f.contains(.stop) && !f.contains(.timeWord) && !f.contains(.head) && !f.contains(.speechVerb)
    }

    /// A short foreign syllable (two to four letters) that is no verb in the future ("ستبدأ", "سيتم").
    func g10ArabicShortForeign(_ k: Int) -> Bool {
        let u = tokens[k].key.unicodeScalars
        guard u.count >= 2, u.count <= 4 else { return false }
        var it = u.makeIterator()
        let c0 = it.next(), c1 = it.next()
        return !(c0 == "س" && (c1 == "ي" || c1 == "ت" || c1 == "ن"))
    }

    /// A word of two or three letters that opens with none of the imperfect verb's prefixes (ي, ت, ن, أ) nor the future's س.
    func g10ArabicShortNoVerb(_ k: Int) -> Bool {
        let u = tokens[k].key.unicodeScalars
        guard seedArabicWord(k), u.count >= 2, u.count <= 3, let f = u.first else { return false }
        return !"يتناسا".unicodeScalars.contains(f)
    }

    /// A clause's edge at `k`: the end, a punctuation mark or a stopword (a preposition, a conjunction).
    func g10ArabicEdge(_ k: Int) -> Bool {
        k >= tokens.count || tokens[k].kind == .punct || seedArabicWord(k) && arabicFlags(k).contains(.stop)
    }

    // MARK: - Chinese

    mutating func g10Han(_ removed: inout Set<Int>, _ added: inout [Mention]) {
        for index in tokens.indices where tokens[index].script == .han {
            guard tokens[index].end - tokens[index].start >= 4 else { continue }
            let t = token(index)
            // Only runs holding 廊, 盆 or 岸, 和 with 部, or 从 with 经/至. (The run's scalars as decoded once per
            // article, see `hanRunScalars`: each pass walked the text's scalars again.)
            let scalars = hanRunScalars(index)
            var rare = false, he = false, bu = false, cong = false, route = false
            for s in scalars where s.value >= 0x4E00 {
                switch s {
                case "廊", "盆", "岸": rare = true
                case "和": he = true
                case "部": bu = true
                case "从": cong = true
                case "经", "至": route = true
                default: break
                }
                if rare { break }
            }
            guard rare || he && bu || cong && route else { continue }
            guard scalars.allSatisfy({ $0.value <= 0xFFFF }) else { continue }
            let chars = scalars.map(Self.hanCode)
            let n = chars.count
            var taken: [Range<Int>] = []
            for m in mentions where m.end > t.start && m.start < t.end { taken.append(max(0, m.start - t.start)..<min(n, m.end - t.start)) }
            for m in added where m.end > t.start && m.start < t.end { taken.append(max(0, m.start - t.start)..<min(n, m.end - t.start)) }
            func free(_ r: Range<Int>) -> Bool { !taken.contains { $0.overlaps(r) } }
            func add(_ r: Range<Int>, _ type: EntityType) {
                let (s, e) = hanSpan(t, scalars, r.lowerBound, r.count)
                let name = Self.hanString(scalars, r.lowerBound, r.upperBound)
                var m = Mention(surface: name, start: s, end: e, type: type, evidence: .cue, words: [name])
                m.placeContext = type == .place
                added.append(m)
                taken.append(r)
            }
            /// The start of a name of two to `maxLen` characters ending before `p`, bounded on its left.
            func nameStart(_ p: Int, _ maxLen: Int) -> Int? {
                var s = p
                while s > 0, p - s < maxLen, !Self.g10HanLeftBounds.contains(chars[s - 1]) { s -= 1 }
                guard p - s >= 2, s == 0 || Self.g10HanLeftBounds.contains(chars[s - 1]) else { return nil }
                return s
            }
            var p = 0
            while p < n {
                defer { p += 1 }
                // "带动东海岸经济走廊": a corridor's name.
                // ("中缅经济走廊", "中巴经济走廊": a bilateral initiative's name, two countries' first characters.)
                if Self.hanMatches(chars, Self.g10HanCorridor, at: p), let s = nameStart(p, 4), chars[s] != Self.g10HanZhong, free(s..<p + 4) {
                    add(s..<p + 4, .place)
                    continue
                }
                // "延伸至塔里木盆地的": a basin's name after a bound.
                if Self.hanMatches(chars, Self.g10HanBasin, at: p), let s = nameStart(p, 5), free(s..<p + 2) {
                    add(s..<p + 2, .place)
                    continue
                }
                // "经塔克什口岸至", "在巴赫塔口岸调研": a border crossing's name after a bound, two to five characters, none of a
                // generic crossing's words ("边境口岸", "两国口岸", "各口岸").
                if Self.hanMatches(chars, Self.g10HanCrossing, at: p), let s = nameStart(p, 5), s > 0, Self.g10HanCrossingBounds.contains(chars[s - 1]), free(s..<p + 2),
                   !(s..<p).contains(where: { Self.g10HanGenericCrossing.contains(chars[$0]) }),
                   p + 2 >= n || !Self.g10HanAfterCrossingInName.contains(chars[p + 2]) {
                    add(s..<p + 2, .place)
                    // The crossing is named by its town too ("X口岸" for X).
                    added[added.count - 1].variants = [Self.hanString(scalars, s, p)]
                    continue
                }
                // "从塔什干经", "从奥什至": a town of two or three characters after 从 and before 经/至 (a route's start).
                if chars[p] == Self.g10HanCong, p + 3 < n {
                    var e = p + 1
                    while e < n, e - p <= 3, !Self.g10HanLeftBounds.contains(chars[e]) { e += 1 }
                    if e < n, e - p >= 3, chars[e] == Self.g10HanJing || chars[e] == Self.g10HanZhi, free(p + 1..<e),
                       !(p + 1..<e).contains(where: { Self.g10HanTimeChars.contains(chars[$0]) }) {
                        add(p + 1..<e, .place)
                        p = e - 1
                        continue
                    }
                }
                // "马拉维工业和贸易部": a country, a portfolio, 和, another, then 部 (a ministry, not 部长's 部 alone).
                if chars[p] == Self.hanAndCode, p >= 2, let c = taken.first(where: { $0.upperBound <= p - 2 && p - $0.upperBound <= 4 }),
                   anyMention(where: { $0.code != nil && $0.start == t.start + c.lowerBound && $0.end == t.start + c.upperBound }) {
                    var e = p + 1
                    while e < n, e - p <= 7, chars[e] != Self.g10HanMinistry, !Self.g10HanLeftBounds.contains(chars[e]) { e += 1 }
                    guard e < n, chars[e] == Self.g10HanMinistry, e - p >= 3, (c.upperBound..<p).allSatisfy({ !Self.g10HanLeftBounds.contains(chars[$0]) }),
                          !taken.contains(where: { $0.overlaps(c.upperBound..<e + 1) && !($0.lowerBound >= c.upperBound && $0.upperBound <= e + 1) }) else { continue }
                    // A shorter ministry found inside goes.
                    let (s0, e0) = hanSpan(t, scalars, c.upperBound, e + 1 - c.upperBound)
                    added.removeAll { $0.start >= s0 && $0.end <= e0 }
                    for o in mentions.indices where mentionKnown(o) == nil && mentionType(o) == .organization
                        && mentionStart(o) >= s0 && mentionEnd(o) <= e0 { removed.insert(o) }
                    add(c.lowerBound..<e + 1, .organization)
                    p = e
                }
            }
        }
    }
}
