import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout29 (wire copy in the seeds' own domain and languages: BelTA,
/// Kazinform, VNA, Xinhua, WAM, QNA and APS in English, French and Arabic; scored untouched at 0.782 before any of them).
/// One pass, run after refineAr15 and before refineCP15. The patterns: English titles read into a person ("Chief Executive
/// Officer of X Dato Sri Haji Y", "Minister of State for X Provincial Affairs and Devolution Y Z"), a middle initial
/// ("Y. ", "Sh. ") in a name read as a place or cut there, an official named after "Governor of X region" read as a place,
/// names a lowercase administrative noun follows elsewhere ("X city", "the X provincial …") read as persons, a person
/// ending in a body's head word, "X (platinum) mine", "Embassy of X in Y", Malay "Universiti X Y", a name before "state
/// (municipal) enterprise", "villagers of X and Y", a court "of X district"; French one-word names after "du"/"au" and
/// "Commandement de la police de X"; South-East Asian place prefixes ("Muang X"); Arabic trailing words after a body
/// ("المقبل", "المقرر", a title "المهندس"), a unit's head read as a person ("إدارة …"), "الشركة" with a demonym, names
/// continued over a particle (آل، أبو، بن، أم), a glued hyphen or a last foreign word before a comma or a title, zones
/// and ports with their name or adjective, places after بلدية and the dual ولايتي, a dateline "X، COUNTRY DATE", a
/// dollar's adjective (no country), and factories and universities named before a ل- field.
/// Each rule is gated on its language or script and on a hashed key per token or per mention.
extension NameFinder {
    mutating func refineHoldout29() {
        guard tokens.count > 2 else { return }
        if language == "en" { h29English() }
        if lang.fr { h29French() }
        if language == "en" || lang.fr { h29PlacePrefixes() }
        if hasArabic { h29Arabic() }
    }

    // MARK: - English

    /// Portfolio and office nouns a title ends with; a person's name never holds one.
    static let h29TitleNouns = KeySet(["officer", "affairs", "devolution", "investment", "development", "administration", "cooperation",
        "integration", "planning", "security", "relations", "resources", "industry", "commerce", "finance", "economy", "agriculture",
        "energy", "transport", "communications", "defence", "defense", "tourism", "environment", "labour", "welfare", "infrastructure",
        "executive", "secretary", "minister", "governor", "chairman", "chairperson", "director"])
    /// Malay and Arabic honorifics before a name ("Dato Sri Haji", "Datuk", "Tun").
    static let h29Honorifics = KeySet(["dato", "datuk", "datin", "haji", "hajah", "tun", "puan", "encik", "toh"])
    /// Lowercase nouns after a region's name that a title's official follows ("Governor of X region Y Z").
    static let h29RegionNouns = KeySet(["region", "province", "district", "oblast", "county", "department", "prefecture"])
    /// Officials named after "… of X region".
    static let h29RegionTitles = KeySet(["governor", "akim", "mayor", "chairman", "chairwoman", "chairperson", "head", "khokim", "hakim",
        "prefect", "administrator", "deputy", "wali", "commissioner", "leader", "president", "secretary", "minister"])
    /// Lowercase administrative nouns after a place's name ("X city", "the X provincial People's Committee").
    static let h29AdminAfter = KeySet(["city", "province", "provincial", "district", "town", "commune", "county", "prefecture",
        "municipality", "village", "township", "region"])
    /// Last words of a body, not of a person.
    static let h29OrgLastWords = KeySet(["government", "committee", "council", "office", "agency", "authority", "ministry", "department",
        "corporation", "company", "university", "court", "commission", "service", "bank", "fund", "centre", "center", "institute",
        "association", "federation", "union", "chamber", "administration", "embassy", "academy", "college"])
    /// Minerals before "mine" ("the X platinum mine").
    static let h29Minerals = KeySet(["platinum", "gold", "copper", "coal", "diamond", "iron", "lithium", "nickel", "zinc", "uranium",
        "chrome", "silver", "bauxite", "phosphate", "cobalt", "tin", "manganese", "potash", "ore", "salt", "emerald"])
    /// Lowercase words between a name and "enterprise" ("X state municipal enterprise").
    static let h29EnterpriseWords = KeySet(["state", "municipal", "public", "communal", "republican", "unitary", "government", "owned", "-"])
    /// People of a place ("villagers of X and Y").
    static let h29Dwellers = KeySet(["villagers", "residents", "inhabitants", "dwellers", "townspeople", "farmers"])
    /// Abbreviations that look like initials ("Port St. Johns", "Mt. Kenya").
    static let h29NotInitials = KeySet(["st", "mt", "ft", "pt", "dr", "mr", "ms", "jr", "sr", "co", "no"])
    /// Keys a token scan of h29English opens on.
    static let h29Akimats = KeySet(["akimat", "akimats", "khokimiyat", "hokimiyat", "akimiat"])
    /// Lowercase nouns before "of" and a place's name ("the Chinese city of X").
    static let h29PlaceOfNouns = KeySet(["city", "town", "village", "port", "province", "region", "district", "county", "municipality",
        "island", "commune", "prefecture"])
    static let h29EnglishTriggers = KeySet(["city", "town", "village", "port", "province", "region", "district", "county", "municipality",
        "island", "commune", "prefecture", "akimat", "akimats", "khokimiyat", "hokimiyat", "akimiat", "embassy", "universiti", "universitas", "enterprise", "villagers", "residents", "inhabitants",
        "dwellers", "townspeople", "farmers"])

    @inline(__always) func h29LowerKey(_ k: Int, _ set: KeySet) -> Bool { h18Lower(k) && h23Key(k, set) }

    /// Token `j` of a person mention starting at `a` closes a title or an honorific the name follows.
    func h29TitleWord(_ j: Int, _ a: Int) -> Bool {
        guard tokens[j].kind == .word, tokens[j].script == .latin else { return false }
        if h23Key(j, Self.h29TitleNouns) || h23Key(j, Self.h29Honorifics) { return true }
        let key = tokens[j].key
        if PhraseMatcher.same(key, "sri"), j > a, keyIs(j - 1, "dato") || keyIs(j - 1, "datuk") || keyIs(j - 1, "tan") { return true }
        if key.utf8.count >= 9, key.hasSuffix("tion") || key.hasSuffix("ment") || key.hasSuffix("ship"), !isGivenName(j) { return true }
        return false
    }

    /// A first-name initial: one capital, or two letters ("Sh", "Zh", "Kh") before a period.
    @inline(__always) func h29Initial(_ k: Int) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].script == .latin && tokens[k].capitalized && tokens[k].text.utf8.count <= 2
    }

    mutating func h29English() {
        let n = tokens.count
        // Persons: a title or an honorific inside ("Officer of SEDC Dato Sri Haji A B", "Devolution A C. B"): the name after its
        // last one, when two capitalized words are left; none else. A body's head word last: an organization.
        var drop = Set<Int>(), added: [Mention] = []
        var adminNames: Set<String>? = nil
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h29OrgLastWords = Self.h29OrgLastWords, h29NotInitials = Self.h29NotInitials, h29RegionNouns = Self.h29RegionNouns,
            h29RegionTitles = Self.h29RegionTitles, h29Minerals = Self.h29Minerals, h29Honorifics = Self.h29Honorifics,
            h29PlaceOfNouns = Self.h29PlaceOfNouns, h29Akimats = Self.h29Akimats, h29AdminAfter = Self.h29AdminAfter,
            h29EnterpriseWords = Self.h29EnterpriseWords
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z) = seedSpan(i), token(a).script == .latin else { continue }
            let type = mentions[i].type
            if type == .person {
                var cut = -1
                for j in a...z where h29TitleWord(j, a) { cut = j }
                if cut >= 0 {
                    drop.insert(i)
                    var s = cut + 1
                    while s <= z, !isCap(s) { s += 1 }
                    if s < z, (s...z).filter({ isCap($0) && token($0).text.utf8.count > 2 }).count >= 1, (s...z).filter({ isCap($0) }).count >= 2,
                       !(s...z).contains(where: { isCountry[$0] }) {
                        added.append(mention(s, z + 1, type: .person, evidence: .cue))
                    }
                    continue
                }
                if isCap(z), h23Key(z, h29OrgLastWords), z > a {
                    mentions[i].type = .organization
                    mentions[i].placeContext = false
                    continue
                }
                // A name cut at a middle initial ("Aigerim Sh" + ". Surname").
                if z > a, h29Initial(z), !h23Key(z, h29NotInitials), z + 2 < n, keyIs(z + 1, "."), h15CapLatin(z + 2), !isCountry[z + 2], token(z + 2).text.utf8.count > 2 {
                    drop.insert(i)
                    added.append(mention(a, z + 3, type: .person, evidence: .cue))
                    continue
                }
                // A name another sentence writes before "city", "province" … is that place ("in Dong Xoai city").
                if adminNames == nil { adminNames = h29NamesBeforeAdminNouns() }
                if let names = adminNames, !names.isEmpty, names.contains(mentions[i].words.joined(separator: " ")) {
                    mentions[i].type = .place
                    mentions[i].placeContext = true
                    continue
                }
            }
            if type == nil, z > a, isCap(z), h23Key(z, h29OrgLastWords), !h29TitleWord(a, a) {
                mentions[i].type = .organization
                mentions[i].placeContext = false
                continue
            }
            if type == .place || type == nil {
                // "Given X. Surname": a person.
                if z - a == 3, isCap(a), !h29Initial(a), h29Initial(a + 1), keyIs(a + 2, "."), isCap(z), !h23Key(a + 1, h29NotInitials) {
                    mentions[i].type = .person
                    mentions[i].placeContext = false
                    continue
                }
                // "Governor of Chile's Coquimbo region Marcela Ibarra Villagrán": the official, not a place.
                if z > a, a >= 3, h29LowerKey(a - 1, h29RegionNouns), (a...z).allSatisfy({ isCap($0) && !isCountry[$0] }) {
                    var j = a - 2
                    while j >= 0, a - 2 - j < 6, isCap(j) || keyIs(j, "'") || keyIs(j, "’") || keyIs(j, "s") || keyIs(j, "'s") || keyIs(j, "’s") { j -= 1 }
                    if j >= 1, keyIs(j, "of"), j < a - 2, h23Key(j - 1, h29RegionTitles) {
                        mentions[i].type = .person
                        mentions[i].placeContext = false
                        continue
                    }
                }
            }
            if type != .place, z + 1 < n {
                // "the Mimosa platinum mine", "the X mine": a place.
                let mine = h29LowerKey(z + 1, h29Minerals) && z + 2 < n && (keyIs(z + 2, "mine") || keyIs(z + 2, "mines"))
                if mine || keyIs(z + 1, "mine") && h18Lower(z + 1) {
                    mentions[i].type = .place
                    mentions[i].placeContext = true
                    continue
                }
            }
            if type != .place, type != .person, z > a, a >= 3, isCap(z), h23Key(z, h29RegionNouns), keyIs(a - 1, "of"),
               h23Key(a - 2, h29RegionTitles) {
                // "Governor of Oruro Department Johnny …": the department is a place.
                mentions[i].type = .place
                mentions[i].placeContext = true
                continue
            }
            if type == .organization, z - a >= 3, let h = (a + 1..<z).first(where: { h23Key($0, h29Honorifics) }) {
                // "Kedah Ports Board Datuk Haji Rosli bin Ahmad": the body, then the person after the honorifics.
                var s = h
                while s <= z, h23Key(s, h29Honorifics) || keyIs(s, "sri") || keyIs(s, "tan") { s += 1 }
                drop.insert(i)
                if h - a >= 1, isCap(h - 1), !keyIs(h - 1, "of") { added.append(mention(a, h, type: .organization, evidence: .cue)) }
                if s < z, (s...z).filter({ isCap($0) }).count >= 2 { added.append(mention(s, z + 1, type: .person, evidence: .cue)) }
                continue
            }
            if type == .organization, z + 1 < n, h29LowerKey(z + 1, h29RegionNouns), z - 1 > a, keyIs(z - 1, "of") {
                // "Specialized Inter-District Criminal Court of X district": the district is part of the court's name.
                drop.insert(i)
                added.append(mention(a, z + 2, type: .organization, evidence: .cue))
            }
        }
        if !drop.isEmpty || !added.isEmpty {
            replaceMentions(removing: drop)
            for m in added { h18Put(m) }
        }
        h29MalayShortNames()
        h29AllCapsDateline()

        let triggers = Self.h29EnglishTriggers   // (read once, not per word: see `l13FrenchTowns`)
        // (The walk below acts only at a word of `triggers`: none in the article, nothing to do.)
        guard articleHas(triggers) else { return }
        var k = 0
        while k + 1 < n {
            defer { k += 1 }
            guard token(k).kind == .word, h23Key(k, triggers) else { continue }
            let key = token(k).key
            if h23Key(k, h29PlaceOfNouns) {
                // "in the Chinese city of Shaoxing": the place, when nothing was found there.
                guard h18Lower(k), keyIs(k + 1, "of"), k + 2 < n, h15CapLatin(k + 2), !isCountry[k + 2], h26MentionOver(k + 2) == nil else { continue }
                var e = k + 3
                while e < n, e - k < 5, h15CapLatin(e), !isCountry[e], h26MentionOver(e) == nil { e += 1 }
                if e < n, keyIs(e, "-") || keyIs(e, "'") || keyIs(e, "’") { continue }
                h18Put(h18Place(k + 2, e))
                k = e - 1
            } else if h23Key(k, h29Akimats) {
                // "the akimat of North Kazakhstan region", "the khokimiyat of X district": the body.
                guard h18Lower(k), keyIs(k + 1, "of"), k + 2 < n, h15CapLatin(k + 2) else { continue }
                var e = k + 2
                while e < n, e - k < 6, h15CapLatin(e) { e += 1 }
                if e < n, h29LowerKey(e, h29AdminAfter) { e += 1 }
                h18Put(mention(k, e, type: .organization, evidence: .cue))
                k = e - 1
            } else if PhraseMatcher.same(key, "embassy") {
                // "the Embassy of Belarus in Zimbabwe".
                guard isCap(k), keyIs(k + 1, "of"), k + 2 < n, isCountry[k + 2] else { continue }
                var e = k + 3
                if keyIs(e, "in"), e + 1 < n, isCountry[e + 1] { e += 2 }
                h18Put(mention(k, e, type: .organization, evidence: .cue))
                k = e - 1
            } else if PhraseMatcher.same(key, "universiti") || PhraseMatcher.same(key, "universitas") {
                // Malay and Indonesian "Universiti Malaysia Sarawak", "Universitas Gadjah Mada".
                guard isCap(k), h15CapLatin(k + 1) else { continue }
                var e = k + 1
                while e < n, e - k <= 4, h15CapLatin(e) { e += 1 }
                h18Put(mention(k, e, type: .organization, evidence: .cue), overKnown: true)
                k = e - 1
            } else if PhraseMatcher.same(key, "enterprise") {
                // "X Su Arnasy state municipal enterprise": the capitalized run before the lowercase kind.
                guard h18Lower(k) else { continue }
                var j = k - 1
                while j >= 0, k - j <= 3, h18Lower(j) || keyIs(j, "-"), h23Key(j, h29EnterpriseWords) { j -= 1 }
                guard j < k - 1, j >= 1, h15CapLatin(j), !isCountry[j] else { continue }
                var s = j
                while s > 0, j - s < 3, h15CapLatin(s - 1), !isCountry[s - 1], !token(s).sentenceStart { s -= 1 }
                guard j > s || !token(s).sentenceStart else { continue }
                h18Put(mention(s, j + 1, type: .organization, evidence: .cue), overKnown: true)
            } else {
                // "Villagers of Turgen and Saty": places.
                guard keyIs(k + 1, "of"), k + 2 < n, h15CapLatin(k + 2), !isCountry[k + 2] else { continue }
                var items: [(Int, Int)] = []
                var s = k + 2
                while s < n, h15CapLatin(s), !isCountry[s] {
                    var e = s + 1
                    while e < n, e - s < 3, h15CapLatin(e), !isCountry[e] { e += 1 }
                    items.append((s, e))
                    guard e + 1 < n, keyIs(e, "and") || keyIs(e, ","), h15CapLatin(e + 1) else { break }
                    s = e + 1
                }
                for (s, e) in items {
                    let (ss, ee) = (token(s).start, token(e - 1).end)
                    if mentions.contains(where: { $0.known != nil && $0.start < ee && $0.end > ss }) { continue }
                    h18Put(h18Place(s, e))
                }
            }
        }
    }

    /// "Dato Sri Abang Zulkifli" after "Abang Zulkifli bin Abang Yusuf": a Malay or Arab name's short form (its words before
    /// "bin"/"binti") is the same person; the short mention takes the full name.
    mutating func h29MalayShortNames() {
        var full: [(words: [String], surface: String)] = []
        for m in mentions where m.type == .person && m.words.count >= 4 {
            guard let b = m.words.firstIndex(where: { $0 == "bin" || $0 == "binti" || $0 == "bte" }), b >= 1 else { continue }
            full.append((m.words, m.surface))
        }
        guard !full.isEmpty else { return }
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            let w = mentions[i].words
            guard w.count >= 1, !w.contains("bin"), !w.contains("binti"),
                  let f = full.first(where: { $0.words.count > w.count + 1 && Array($0.words.prefix(w.count)) == w && ($0.words[w.count] == "bin" || $0.words[w.count] == "binti" || $0.words[w.count] == "bte") })
            else { continue }
            mentions[i].words = f.words
            mentions[i].surface = f.surface
        }
    }

    /// "ESIK. KAZINFORM –": the capitals before a period and an agency's capitals that open the body are the town, not an
    /// acronym.
    mutating func h29AllCapsDateline() {
        let n = tokens.count
        guard n > 3, tokens[0].allCaps, tokens[0].script == .latin else { return }
        var j = 0
        while j < n, j < 3, tokens[j].kind == .word, tokens[j].allCaps, tokens[j].script == .latin { j += 1 }
        guard j + 1 < n, keyIs(j, "."), tokens[j + 1].allCaps, !tokens[j + 1].newlineBefore,
              let g = h26MentionOver(j + 1), mentionType(g) == .organization,
              let f = h26MentionOver(0), mentionType(f) == .organization, mentionKnown(f) == nil, mentionEnd(f) <= tokens[j - 1].end else { return }
        mentions[f].type = .place
        mentions[f].placeContext = true
    }

    /// Word keys of every one to three capitalized words before a lowercase administrative noun ("Dong Xoai city", "the
    /// Binh Phuoc provincial …"), joined by spaces.
    func h29NamesBeforeAdminNouns() -> Set<String> {
        // (Gated: no token's key among the administrative nouns, no name before one.)
        guard articleHas(Self.h29AdminAfter) else { return [] }
        var names = Set<String>()
        for k in 1..<tokens.count where h29LowerKey(k, Self.h29AdminAfter) && h15CapLatin(k - 1) {
            var s = k - 1
            var words: [String] = []
            while s >= 0, k - s <= 3, h15CapLatin(s), !isCountry[s] {
                words.insert(tokens[s].key, at: 0)
                names.insert(words.joined(separator: " "))
                if tokens[s].sentenceStart { break }
                s -= 1
            }
        }
        return names
    }

    // MARK: - French

    /// One-word heads of a body named by what follows ("Commandement de la police de X").
    static let h29FrenchHeads = KeySet(["commandement", "commissariat", "parquet", "direction", "departement", "département", "bureau"])
    /// Competitions, not bodies.
    static let h29FrenchEvents = KeySet(["jeux", "coupe", "championnat", "tournoi", "trophee", "trophée"])
    static let h29FrenchLinks = KeySet(["de", "du", "des", "la", "le", "les", "l", "d", "'", "’"])

    mutating func h29French() {
        let n = tokens.count
        var drop = Set<Int>(), added: [Mention] = []
        // (The one-word body's two patterns act only at an event's word or a head: neither in the article, they are skipped.)
        let oneWordCues = articleHas(Self.h29FrenchEvents) || articleHas(Self.h29FrenchHeads)
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z) = seedSpan(i), tokens[a].script == .latin else { continue }
            let type = mentions[i].type
            // "de la Bénoué et du Mayo-Louti": a name after "du"/"au"/"de la" is no person.
            if type == .person, a >= 1, (a...z).filter({ isCap($0) }).count <= 2,
               keyIs(a - 1, "du") || keyIs(a - 1, "au") || a >= 2 && keyIs(a - 1, "la") && keyIs(a - 2, "de") {
                mentions[i].type = .place
                mentions[i].placeContext = true
                continue
            }
            guard oneWordCues, type == .organization || type == nil, a == z else { continue }
            if h23Key(a, Self.h29FrenchEvents) { drop.insert(i); continue }
            // "Commandement de la police de Phongsaly".
            guard h23Key(a, Self.h29FrenchHeads), keyIs(a + 1, "de") || keyIs(a + 1, "du") || keyIs(a + 1, "des") else { continue }
            var e = a + 1, content = 0
            while e < n, e - a <= 8, h18Lower(e) || keyIs(e, "'") || keyIs(e, "’") {
                if !h23Key(e, Self.h29FrenchLinks) { content += 1 }
                if content > 2 { break }
                e += 1
            }
            guard content <= 2, e < n, h15CapLatin(e), h23Key(e - 1, Self.h29FrenchLinks) else { continue }
            var f = e + 1
            while f < n, f - e < 3, h15CapLatin(f) || keyIs(f, "-") && !tokens[f].spaceBefore { f += 1 }
            drop.insert(i)
            added.append(mention(a, f, type: .organization, evidence: .cue))
        }
        if !drop.isEmpty || !added.isEmpty {
            replaceMentions(removing: drop)
            for m in added { h18Put(m, overKnown: true) }
        }
        // "chef-lieu de la région du Nord du Cameroun": the region's name after "région du", when nothing was found there.
        let regionNouns = Self.h29FrenchRegionNouns   // (read once, not per word: see `l13FrenchTowns`)
        // (Only at a region's noun: none in the article, no walk.)
        var k = articleHas(regionNouns) ? 0 : n
        while k + 2 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, h23Key(k, regionNouns), h18Lower(k) else { continue }
            var s = k + 1
            if keyIs(s, "du") || keyIs(s, "des") { s += 1 } else if keyIs(s, "de"), keyIs(s + 1, "la") { s += 2 } else { continue }
            guard s < n, h15CapLatin(s), !isCountry[s], h26MentionOver(s) == nil else { continue }
            var e = s + 1
            while e < n, e - s < 3, h15CapLatin(e) || keyIs(e, "-") && !tokens[e].spaceBefore, !isCountry[e], h26MentionOver(e) == nil { e += 1 }
            h18Put(h18Place(s, e))
            k = e - 1
        }
    }
    static let h29FrenchRegionNouns = KeySet(["region", "région", "province", "prefecture", "préfecture", "departement", "département", "district"])

    /// Lao, Thai and Malay words that open a place's name ("Muang Mai", "Kampong Speu").
    static let h29PlacePrefixWords = KeySet(["muang", "mueang", "amphoe", "tambon", "kampong", "kampung", "nakhon"])

    mutating func h29PlacePrefixes() {
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) == .person {
            guard let w = mentions[i].words.first, mentionWordCount(i) >= 2, Self.h29PlacePrefixWords.contains(w) else { continue }
            mentions[i].type = .place
            mentions[i].placeContext = true
        }
    }

    // MARK: - Arabic

    /// Words after a body's or a place's name that are no part of it ("المقبل", "المقرر", a title "المهندس").
    static let h29ArabicTrailing = h18Keys(["المقبل", "المقبلة", "الماضي", "الماضية", "الحالي", "الحالية", "الجاري", "الجارية", "المقرر",
        "المقررة", "المرتقب", "المرتقبة", "المهندس", "المهندسة", "الدكتور", "الدكتورة", "السيد", "السيدة", "الشيخ", "الشيخة", "الأستاذ",
        "الأستاذة", "اللواء", "العميد", "سعادة", "معالي"])
    /// Heads of units that open no person ("مديرة إدارة الاستثمار").
    static let h29UnitHeadKeys = h18Keys(["إدارة", "دائرة", "قسم", "مصلحة", "ديوان", "مديرية", "هيئة", "وزارة"])
    /// Generic heads that, with a demonym only, name no body ("للشركة البيلاروسية", "الوزارة المساعد").
    static let h29GenericHeadKeys = h18Keys(["الشركة", "المجموعة", "المؤسسة", "الوزارة"])
    static let h29MinistryKeys = h18Keys(["الوزارة"])
    static let h29ZoneHeadKeys = h18Keys(["المنطقة"])
    static let h29CityZoneKeys = h18Keys(["المنطقة", "المدينة"])
    static let h29PortHeadKeys = h18Keys(["ميناء", "مطار"])
    static let h29NamedBodyHeadKeys = h18Keys(["جامعة", "شركة", "مؤسسة", "مجموعة"])
    /// Particles a name goes on after ("آل خليفة", "أبو حيمد", "بن سليمان", "بأم الحول").
    static let h29ArabicParticleKeys = KeySet(h20Clitics(Set(["آل", "أبو", "بن", "ابن", "بنت", "أم", "رأس", "عين", "بئر", "ذو", "ذي", "بني",
        "عبد"].map { TextFolding.key($0) }), article: false))
    /// Titles that may follow a name ("…، سفير", "… نائبة وزير").
    static let h29ArabicTitlesAfter = h18Keys(["نائب", "نائبة", "سفير", "سفيرة", "رئيس", "رئيسة", "وزير", "وزيرة", "مدير", "مديرة", "الذي", "التي"])
    /// Time and manner words that close a clause, not a name.
    static let h29ArabicNotNames = h18Keys(["أمس", "اليوم", "غدا", "حاليا", "أيضا", "كذلك", "مؤخرا", "سابقا", "قال", "أكد", "وقال", "وأكد",
        "أوضح", "أضاف", "عاما", "سنة", "فقط", "نظيره", "نظيرته", "نظيرها", "مساء", "صباح", "ظهر", "عام"])
    /// Adjectives of a port or an airport ("ميناء الملك فهد الصناعي").
    static let h29PortAdjectives = h18Keys(["الصناعي", "التجاري", "الدولي", "البحري", "الجاف", "النفطي", "الجديد"])
    static let h29ZoneAdjectives = h18Keys(["الصناعية", "الحرة", "الاقتصادية", "اللوجستية"])
    /// Heads before a ل- field that names a factory or a university ("مصنع X لإصلاح الآلات الزراعية").
    static let h29ArabicFieldHeadTexts = ["مصنع", "معمل", "مجمع", "جامعة"]
    static let h29ArabicFieldHeads = h18Keys(h29ArabicFieldHeadTexts)
    /// Keys a token scan of h29Arabic opens on (with clitics).
    static let h29PlaceHeadTexts = ["بلدية", "ولايتي", "بلديتي", "محافظتي", "مدينتي"]
    static let h29ArabicTriggers = KeySet(h20Clitics(Set((h29ArabicFieldHeadTexts + h29PlaceHeadTexts).map { TextFolding.key($0) }),
        article: false) + ["بولايتي", "وولايتي", "لولايتي", "وبولايتي", "وببلدية", "وبمحافظتي"].map { TextFolding.key($0) })

    /// The head among `texts` that token `k` is, after up to two clitic letters (و، ب، ل، ف), or nil.
    func h29PlaceHead(_ k: Int) -> String? {
        let t = tokens[k].text
        for h in Self.h29PlaceHeadTexts where t.hasSuffix(h) && t.count - h.count <= 2 && t.dropLast(h.count).allSatisfy({ "وبلف".contains($0) }) {
            return h
        }
        return nil
    }
    /// Time words after a name ("… الأسبوع الماضي").
    static let h29ArabicTimeWords = h18Keys(["الأسبوع", "الشهر", "العام", "اليوم", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
        "الجمعة", "السبت", "أمس", "غدا", "صباح", "مساء"])
    static let h29Dollar = h18Keys(["دولار", "دولارا", "دولاراً", "الدولار", "دولارات", "بالدولار"])

    /// Token `k` is an Arabic word whose key, or a key with its clitics stripped (its stems), is in `keys`.
    @inline(__always) func h29Has(_ k: Int, _ keys: KeySet) -> Bool {
        guard h18ArabicWord(k) else { return false }
        if keys.contains(tokens[k]) { return true }
        let stems = tokens[k].stems
        return stems.count > 1 && stems.contains(where: { keys.contains($0) })
    }

    /// Token `k`'s text starts (ends) with `s`, compared as bytes.
    @inline(__always) func h29Starts(_ k: Int, _ s: String) -> Bool { Self.utf8Starts(tokens[k].text, bytesOf: s) }
    @inline(__always) func h29Ends(_ k: Int, _ s: String) -> Bool {
        let t = tokens[k].text
        let r = t.utf8.withContiguousStorageIfAvailable { b in
            s.utf8.withContiguousStorageIfAvailable { x -> Bool in
                guard b.count >= x.count else { return false }
                let base = b.count - x.count
                for i in 0..<x.count where b[base + i] != x[i] { return false }
                return true
            }
        }
        if let r, let r { return r }
        let u = s.utf8
        return t.utf8.count >= u.count && t.utf8.suffix(u.count).elementsEqual(u)
    }

    /// Token `k` carries the article, after a clitic or not ("الكامل", "بالكامل", "للتنمية").
    func h29ArticleWord(_ k: Int) -> Bool {
        h18Article(k) || h29Starts(k, "وال") || h29Starts(k, "بال") || h29Starts(k, "فال") || h29Starts(k, "كال") || h29Starts(k, "لل")
    }

    /// Mention `i` rebuilt over tokens `a..<b` with the clitic its start skipped.
    func h29Rebuilt(_ i: Int, _ a: Int, _ b: Int, type: EntityType?) -> Mention {
        var m = mention(a, b, type: type, evidence: .cue)
        let c = mentions[i].start - tokens[a].start
        if c > 0 { m = l14DropClitic(m, c) }
        if type == .place { m.placeContext = true }
        return m
    }

    /// A ل- field after a name: "للتكنولوجيا", or "لإصلاح" before a definite word.
    func h29Field(_ j: Int) -> Bool {
        guard h29Starts(j, "ل"), tokens[j].text.utf8.count >= 10, !h18Article(j) else { return false }
        return h29Starts(j, "لل") || h18ArabicWord(j + 1) && h18Article(j + 1)
    }

    static let h29Al = TextFolding.key("آل")
    /// Adjectives after a factory's head that describe it, no name ("معمل مشترك لإنتاج …").
    static let h29ArabicCommonAdjectives = h18Keys(["مشترك", "مشتركة", "وطني", "وطنية", "محلي", "محلية", "ضخم", "ضخمة", "حديث", "حديثة",
        "أول", "ثان", "ثاني", "تجريبي", "نموذجي", "إقليمي", "دولي"])

    mutating func h29Arabic() {
        let n = tokens.count
        // (The lists the mention loop asks about, read once: a static's every read calls `swift_once`.)
        let unitHeads = Self.h29UnitHeadKeys, particles = Self.h29ArabicParticleKeys, trailing = Self.h29ArabicTrailing, genericHeads = Self.h29GenericHeadKeys
        var drop = Set<Int>(), added: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z0) = seedSpan(i), tokens[a].script == .arabic else { continue }
            let type = mentions[i].type
            var z = z0
            if type == .person {
                if h29Has(a, unitHeads) { drop.insert(i); continue }
                // Particles, a glued hyphen, a nisba after "آل X", a last foreign word before a comma or a title.
                var changed = true, steps = 0
                while changed, steps < 4 {
                    changed = false; steps += 1
                    if z + 2 < n, keyIs(z + 1, "-"), !tokens[z + 1].spaceBefore, h18ArabicWord(z + 2), !tokens[z + 2].spaceBefore,
                       h26MentionOver(z + 2) == nil { z += 2; changed = true; continue }
                    if z + 1 < n, h29Has(z, particles), h18ArabicWord(z + 1),
                       !h18ArabicIn(z + 1, trailing), h26MentionOver(z + 1) == nil { z += 1; changed = true; continue }
                    if z + 2 < n, h18ArabicIn(z + 1, particles), h18ArabicWord(z + 2), !h18ArabicIn(z + 2, Self.h18ArabicStops),
                       h26MentionOver(z + 1) == nil, h26MentionOver(z + 2) == nil {
                        z += 2; changed = true; continue
                    }
                    if z - 1 >= a, keyIs(z - 1, Self.h29Al), z + 1 < n, h18ArabicWord(z + 1), h18Article(z + 1),
                       h29Ends(z + 1, "ي"), !h18ArabicIn(z + 1, trailing), h26MentionOver(z + 1) == nil {
                        z += 1; changed = true; continue
                    }
                }
                if z + 2 < n, z > a, h18ArabicWord(z + 1), !h18Article(z + 1), !h18ArabicIn(z + 1, Self.h18ArabicStops) || h29Starts(z + 1, "آ"),
                   !h18ArabicIn(z + 1, Self.h29ArabicNotNames), !h18ArabicIn(z + 1, Self.h29ArabicTitlesAfter), tokens[z + 1].text.utf8.count >= 4,
                   !h29Starts(z + 1, "و"), !h29ArticleWord(z + 1), h26MentionOver(z + 1) == nil,
                   // (After a family name with the article, "بسنتين" is a preposition's phrase, not a last name.)
                   !h18Article(z) || !(h29Starts(z + 1, "ب") || h29Starts(z + 1, "ل") || h29Starts(z + 1, "ك") || h29Starts(z + 1, "ف")),
                   h26Punct(z + 2, "،") || h26Punct(z + 2, ".") || h18ArabicIn(z + 2, Self.h29ArabicTitlesAfter) {
                    z += 1
                }
                // "… عجمان سعيد عبيد بن حرمول الفلاسي": a common given name left outside.
                var a0 = a
                if a >= 1, mentionStart(i) == tokens[a].start, h18ArabicWord(a - 1), !h18Article(a - 1),
                   Self.arabicCommonGivenNames.contains(tokens[a - 1]), h26MentionOver(a - 1) == nil,
                   a < 2 || !h18ArabicWord(a - 2) || h26MentionOver(a - 2) != nil || h18ArabicIn(a - 2, trailing) {
                    a0 = a - 1
                }
                if z != z0 || a0 != a { drop.insert(i); added.append(a0 != a ? mention(a0, z + 1, type: .person, evidence: .cue) : h29Rebuilt(i, a, z + 1, type: .person)) }
                continue
            }
            // Bodies and places: trailing words off; a particle or a zone's or port's name or adjective on.
            while z > a, h18ArabicIn(z, trailing) { z -= 1 }
            if type == .organization, z == a + 1, h29Has(a, genericHeads),
               h29Has(a, Self.h29MinistryKeys) || isCountry[z] || h29Ends(z, "ية") && h18Article(z) {
                drop.insert(i); continue
            }
            if z + 1 < n, h29Has(z, particles), h18ArabicWord(z + 1), !h18ArabicIn(z + 1, Self.h18ArabicStops) { z += 1 }
            if type == .place, z == a + 1, z + 1 < n, h29Has(a, Self.h29ZoneHeadKeys),
               h18ArabicIn(z, Self.h29ZoneAdjectives), h18ArabicWord(z + 1), !h18Article(z + 1), !h18ArabicIn(z + 1, Self.h18ArabicStops),
               !h29ArticleWord(z + 1), !h29Starts(z + 1, "و"), h26MentionOver(z + 1) == nil {
                z += 1
                if mentionStart(i) == tokens[a].start, h29Starts(a, "بال") || h29Starts(a, "وال") {
                    drop.insert(i)
                    added.append(l14DropClitic(h29Rebuilt(i, a, z + 1, type: .place), 1))
                    continue
                }
            }
            if type == .place, z + 1 < n, h29Has(a, Self.h29PortHeadKeys), h18ArabicIn(z + 1, Self.h29PortAdjectives) { z += 1 }
            if type == .place, z > a, mentionStart(i) == tokens[a].start, h29Starts(a, "بال"), h29Has(a, Self.h29CityZoneKeys) {
                // "بالمنطقة الصناعية الرحبة": the zone without the preposition.
                drop.insert(i)
                added.append(l14DropClitic(h29Rebuilt(i, a, z + 1, type: .place), 1))
                continue
            }
            if type == .organization, z == a + 1, h29Has(a, Self.h29NamedBodyHeadKeys), !h18Article(z), z + 2 < n,
               h18ArabicWord(z + 1), !h18Article(z + 1), !h18ArabicIn(z + 1, Self.h18ArabicStops), !h18ArabicIn(z + 1, Self.h29ArabicNotNames),
               !h29Starts(z + 1, "و"), !h29ArticleWord(z + 1), h26MentionOver(z + 1) == nil,
               h26Punct(z + 2, "،") || h26Punct(z + 2, ".") {
                z += 1
            }
            if z != z0 {
                drop.insert(i)
                added.append(h29Rebuilt(i, a, z + 1, type: type))
            }
        }
        if !drop.isEmpty || !added.isEmpty {
            replaceMentions(removing: drop)
            for m in added { h18Put(m) }
        }

        // A dateline "الجبيل، السعودية 30 نوفمبر": the town before the country and the date.
        if n > 4, h18ArabicWord(0), h26MentionOver(0) == nil {
            var c = 1
            if h18ArabicWord(1), !h26Punct(1, "،") { c = 2 }
            // (Not when a place elsewhere ends with the town's word, "في مدينة لانتشو": that one names it.)
            if c + 2 < n, h26Punct(c, "،"), isCountry[c + 1], tokens[c + 2].kind == .number || h18ArabicWord(c + 2) && isMonth(c + 2),
               !mentions.contains(where: { $0.type == .place && $0.words.last.map { PhraseMatcher.same($0, tokens[c - 1].key) } == true }) {
                h18Put(h18Place(0, c))
            }
        }

        let triggers = Self.h29ArabicTriggers   // (read once: a static's every read calls `swift_once`)
        // (The walk below acts only at a dollar's word or a trigger: neither in the article, nothing to do.)
        guard articleHas(Self.h29Dollar) || articleHas(triggers) else { return }
        var k = 0
        while k + 1 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .arabic else { continue }
            // "مليون دولار أمريكي": a dollar's adjective names no country.
            if isCountry[k + 1], h19Key(k, Self.h29Dollar) {
                let (s, e) = (tokens[k + 1].start, tokens[k + 1].end)
                mentions.removeAll { $0.type == .country && $0.start < e && $0.end > s }
                isCountry[k + 1] = false
                continue
            }
            guard h19Key(k, triggers) else { continue }
            if let head = h29PlaceHead(k) {
                // "ببلدية السوقر", "ببلدية عين الذهب", "بولايتي ورقلة والأغواط": places after "in" (بـ); "بلدية مصراتة" that
                // signs is the council.
                guard h29Starts(k, "ب") || h29Starts(k, "وب"), h18ArabicWord(k + 1),
                      h26MentionOver(k).map({ mentions[$0].type != .organization }) ?? true, !h18ArabicIn(k + 1, Self.h18ArabicStops), !isCountry[k + 1] else { continue }
                var e = k + 2
                if h29Has(k + 1, particles), h18ArabicWord(k + 2) { e = k + 3 }
                if h26MentionOver(k + 1) == nil || mentions[h26MentionOver(k + 1)!].known == nil { h18Put(h18Place(k + 1, e)) }
                if head.hasSuffix("تي"), e < n, h18ArabicWord(e), h29Starts(e, "و"), tokens[e].text.utf8.count >= 8, h26MentionOver(e) == nil {
                    h18Put(l14DropClitic(h18Place(e, e + 1), 1))
                }
                k = e - 1
                continue
            }
            // "مصنع لونينيتس لإصلاح الآلات الزراعية", "جامعة بيلاروسيا الحكومية للتكنولوجيا الغذائية والكيميائية".
            guard let c = ar15Head(k, Self.h29ArabicFieldHeads, Self.h29ArabicFieldHeadTexts), h18ArabicWord(k + 1),
                  !h18ArabicIn(k + 1, Self.h18ArabicStops), !h29Starts(k + 1, "لل"), !h18Article(k + 1),
                  !h18ArabicIn(k + 1, Self.ar15GenericAdjectives), !h18ArabicIn(k + 1, Self.h29ArabicCommonAdjectives) else { continue }
            var j = k + 2
            while j - k <= 3, h18ArabicWord(j), !h29Field(j), !h18ArabicIn(j, Self.h18ArabicStops) { j += 1 }
            guard h18ArabicWord(j), h29Field(j) else { continue }
            var e = j + 1
            while e - j <= 3, h18ArabicWord(e), !isCountry[e], h18Article(e) || h29Starts(e, "وال"),
                  !h18ArabicIn(e, trailing), !h18ArabicIn(e, Self.h29ArabicTimeWords) { e += 1 }
            guard e > j + 1 else { continue }
            let m = l14DropClitic(mention(k, e, type: .organization, evidence: .cue), c)
            h18Put(m, overKnown: true)
            k = e - 1
        }
    }
}
