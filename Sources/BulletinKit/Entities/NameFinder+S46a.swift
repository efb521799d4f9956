import Foundation

/// Session 46 (a): general causes behind a blind set's errors in English, French and Arabic text (the tests use other
/// texts and names):
/// - Latin script: a one-word name with a Polynesian glottal stop (a vowel, an apostrophe, a lowercase vowel: "Vava'u",
///   "Hawai'i") or opening on one ("'Eua") that no other rule typed, or that a person's family-name link typed, is a
///   place (with its leading apostrophe), and a name with no type joined to such a place by "and" is one too.
/// - English: a name with no type after "beaches of", "streets of", "town of", … is a place; a person guessed from
///   capitals after a body's lowercase noun ("the fishermen's association Hustadwick Laget") and a known place's word
///   right after one ("the mutual Gard,") are a body; "Cyprus-registered X Ltd" is "X Ltd" (the country stays beside
///   it); capitals ending on Church (no saint first) are a body, no person; "Royal Danish Air Force", "Royal Malaysian
///   Navy": capitals with a country's word ending on Force/Navy/Army are one body, and an aircraft's type letter after
///   it ("P-8A") is no part of it.
/// - French: a capitalized word (no type, or a body guessed) + a lowercase adjective ("Ballet royal", "Direction
///   départementale", "Khmers rouges") is a body's name, and it goes on over a country's name ("… mondiales Canada"), a
///   link and capitals ("du Cambodge") or a link and a lowercase noun that ends the clause ("de l'éducation"); a body's
///   name ends before a participle of place ("basés à", "installé à"), and one that ends on a link goes on to the
///   acronym in parentheses after a few lowercase words, or else loses the link; a language's word after "en", "le",
///   "du", "au", "l'" ("en français", "le français sera") is no country.
/// - Arabic: a list of places after a plural noun of districts ("أقضية X وY وZ"); a ministry's name with a coordinated
///   portfolio goes on over the next ones ("وزارة X والY والZ والW العامة"); a body named with a country's adjective goes
///   on over ل + a verbal noun ("الوكالة الجزائرية لترقية الاستثمار"); a place read from a province's noun ends before
///   a body's head ("محافظة X" + "الشركة المنفذة").
/// `refineS46a` runs after `refineS45b`, before `refineCP15`. Cost: every rule reads the mentions (and one to four tokens
/// around each) or scans tokens only when `articleHas` found its trigger word; the glottal-stop test reads the bytes of
/// one-word mentions only.
extension NameFinder {
    mutating func refineS46a() {
        guard tokens.count > 2 else { return }
        if hasArabic {
            s46ArabicPlaceLists()
            s46ArabicMinistryPortfolios()
            s46ArabicCountryBodyPurpose()
            s46ArabicPlaceCutAtBody()
        } else if !hasHan && !lang.vi && !lang.ru {
            s46LatinGlottalPlaces()
            if language == "en" {
                s46EnglishPlaceOf()
                s46EnglishClassNounBodies()
                s46EnglishRegisteredPrefix()
                s46EnglishChurchBodies()
                s46EnglishArmedForces()
                s46EnglishAircraftTypes()
                s46EnglishNationalSocieties()
            }
            if lang.fr {
                s46FrenchAdjectiveBodies()
                s46FrenchBodyEnds()
                s46FrenchLanguages()
            }
        }
    }

    // MARK: - Latin script

    /// The text of token `k` has a Polynesian glottal stop inside: a vowel, an apostrophe (', ’ or ʻ), a lowercase vowel.
    func s46GlottalInside(_ k: Int) -> Bool {
        // (Bytes first: an ASCII apostrophe, or the lead byte of ’ (E2) or ʻ (CA); no array for the other words.)
        guard tokens[k].text.utf8.contains(where: { $0 == 0x27 || $0 == 0xE2 || $0 == 0xCA }) else { return false }
        let u = Array(tokens[k].text.unicodeScalars)
        guard u.count >= 4 else { return false }
        func vowel(_ s: Unicode.Scalar) -> Bool { "aeiouAEIOUāēīōū".unicodeScalars.contains(s) }
        for i in 1..<(u.count - 1) where u[i] == "'" || u[i] == "\u{2019}" || u[i] == "\u{02BB}" {
            if vowel(u[i - 1]), vowel(u[i + 1]), u[i + 1].properties.isLowercase { return true }
        }
        return false
    }

    /// "towards 'Eua", "over Vava'u and Tongatapu", "the Ha'apai islands": a one-word name with a glottal stop inside,
    /// or opening on one, that has no type (or a body's guess, or a person's family-name link with no person of the
    /// article named with it) is a place; a name with no type joined by "and" to such a place is a place too.
    mutating func s46LatinGlottalPlaces() {
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country && mentions[i].type != .place {
            let t = mentions[i].type
            guard t == nil || t == .person || t == .organization && mentions[i].evidence == .guess,
                  let (a, z) = seedSpan(i), a == z, s43Cap(a) else { continue }
            var start = a
            if a >= 1, !tokens[a].spaceBefore, keyIs(a - 1, "'") || tokens[a - 1].text == "\u{2018}" || tokens[a - 1].text == "\u{02BB}",
               a == 1 || tokens[a - 1].spaceBefore || tokens[a - 1].newlineBefore,
               !s43Cap(a + 1), !((a + 1)..<min(tokenCount, a + 6)).contains(where: { keyIs($0, "'") || tokens[$0].text == "\u{2019}" }) {
                start = a - 1
            } else if !s46GlottalInside(a) { continue }
            if t == .person {
                // A person of the article named with the word ("Siosaia Tu'ivakano" … "Tu'ivakano said") keeps it.
                let key = tokens[a].key
                if anyMention(where: { $0.type == .person && $0.words.count >= 2 && $0.words.last == key }) { continue }
            }
            fixes.append((i, start, a + 1))
        }
        guard !fixes.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, a, b) in fixes {
            drop.insert(i)
            var m = mention(a, b, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        // "Vava'u and Tongatapu": the untyped name beside it.
        for (_, a, b) in fixes {
            var sides: [Int] = []
            if keyIs(b, "and"), s43Cap(b + 1) { sides.append(b + 1) }
            if a >= 2, keyIs(a - 1, "and"), s43Cap(a - 2) { sides.append(a - 2) }
            for p in sides {
                guard let j = firstMentionIndex(where: { $0.start == tokens[p].start && $0.end == tokens[p].end && $0.type == nil && $0.known == nil }),
                      !drop.contains(j) else { continue }
                mentions[j].placeContext = true
                mentions[j].type = .place
            }
        }
        replaceMentions(removing: drop, adding: added)
    }

    /// Lowercase nouns of places after which "of" + a name names a place.
    static let s46PlaceOfNouns = h18Keys(["beaches", "beach", "waters", "streets", "town", "towns", "city", "village", "villages",
        "island", "islands", "outskirts", "suburbs", "port", "harbour", "harbor", "coast", "shores", "district", "municipality",
        "hills", "slopes", "banks", "fjords", "fjord", "valley", "province", "region", "county", "barangay", "barangays", "municipalities"])

    /// "on the beaches of Nordvik", "the streets of Tarrafal": a name with no type after a lowercase noun of place and "of"
    /// is a place.
    mutating func s46EnglishPlaceOf() {
        guard articleHas(Self.s46PlaceOfNouns) else { return }
        for i in mentions.indices where mentions[i].type == nil && mentions[i].known == nil {
            guard let (a, _) = seedSpan(i), a >= 2, keyIs(a - 1, "of"), s43Lower(a - 2), Self.s46PlaceOfNouns.contains(tokens[a - 2]) else { continue }
            mentions[i].type = .place
            mentions[i].placeContext = true
        }
    }

    /// Lowercase nouns of bodies right before a body's name (none that a person may be: "the shipowner X", "the contractor X").
    static let s46BodyNouns = h18Keys(["association", "cooperative", "co-operative", "federation", "union", "mutual", "insurer",
        "reinsurer", "company", "firm", "lender", "carrier", "charity", "foundation", "society", "club", "broadcaster", "brokerage",
        "consultancy", "conglomerate"])

    /// "the fishermen's association Hustadwick Laget said", "its insurer, the Norwegian mutual Gard, will pay": a person
    /// guessed from capitals (no given name first), or a known place's one word (no country) before the clause's end,
    /// right after a lowercase noun of a body, is that body.
    mutating func s46EnglishClassNounBodies() {
        guard articleHas(Self.s46BodyNouns) else { return }
        var bodies: [Int] = []
        for i in mentions.indices where mentions[i].type == .person || mentions[i].type == .place {
            guard let (a, z) = seedSpan(i), a >= 1, mentions[i].start == tokens[a].start, s43Lower(a - 1), tokens[a].spaceBefore,
                  Self.s46BodyNouns.contains(tokens[a - 1]) else { continue }
            if mentions[i].type == .person {
                guard mentions[i].known == nil, mentions[i].evidence == .guess, !isGivenNameKey(a) else { continue }
            } else {
                guard mentions[i].known != nil, mentions[i].code == nil, a == z, s43ClauseEnd(z + 1) else { continue }
            }
            bodies.append(i)
        }
        for i in bodies {
            mentions[i].type = .organization
            mentions[i].known = nil
            mentions[i].placeContext = false
            mentions[i].evidence = .cue
        }
    }

    /// Participles after a place's name and a hyphen that say where a body is from ("Cyprus-registered", "Oslo-based").
    static let s46RegisteredWords = h18Keys(["registered", "based", "flagged", "headquartered", "listed", "owned", "controlled",
        "backed", "funded", "run", "incorporated"])

    /// "The ship's owner, Cyprus-registered Kolvik Bulk Shipping Ltd,": a body's name read from a place's word, a hyphen and
    /// a participle of origin is the name after it.
    mutating func s46EnglishRegisteredPrefix() {
        guard articleHas(Self.s46RegisteredWords) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z >= a + 3 else { continue }
            var k = a + 1
            while k < z, k - a <= 3, !(keyIs(k, "-") && !tokens[k].spaceBefore) { k += 1 }
            guard k + 2 <= z, !tokens[k + 1].spaceBefore, s43Lower(k + 1), Self.s46RegisteredWords.contains(tokens[k + 1]), s43Cap(k + 2) else { continue }
            fixes.append((i, k + 2, z + 1))
        }
        guard !fixes.isEmpty else { return }
        for (i, a, b) in fixes {
            var m = mention(a, b, type: .organization, evidence: mentions[i].evidence)
            m.parenthesized = mentions[i].parenthesized
            mentions[i] = m
        }
    }

    static let s46Church = h18Keys(["church"])
    static let s46Saints = h18Keys(["st", "saint", "ste", "san", "santa", "sao"])

    /// "the Free Wesleyan Church would open its grounds": capitals ending on Church (two words at least, no saint first, no
    /// possessive) read as a person or with no type are a body; "Church" alone read as a person then is no name.
    mutating func s46EnglishChurchBodies() {
        guard articleHas(Self.s46Church) else { return }
        var made = false
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == nil || mentions[i].type == .person || mentions[i].type == .place && mentions[i].evidence == .guess) {
            guard let (a, z) = seedSpan(i), z > a, Self.s46Church.contains(tokens[z]), s43Cap(z), !Self.s46Saints.contains(tokens[a]),
                  !((a...z).contains { tokens[$0].text == "'s" || keyIs($0, "'s") }) else { continue }
            mentions[i].type = .organization
            mentions[i].placeContext = false
            mentions[i].evidence = .cue
            made = true
        }
        guard made else { return }
        mentions.removeAll { m in m.type == .person && m.known == nil && m.words.count == 1 && m.words[0] == "church" }
    }

    static let s46ForceHeads = h18Keys(["force", "navy", "army"])

    /// "A Royal New Zealand Air Force P-8A Poseidon", "the Royal Malaysian Navy": capitals (a country's word among them)
    /// ending on Force, Navy or Army are one body; the readings over its words but the country's go, and so does one that
    /// runs on into an aircraft's type ("Air Force P").
    mutating func s46EnglishArmedForces() {
        guard articleHas(Self.s46ForceHeads) else { return }
        var spans: [(Int, Int)] = []
        for z in 1..<tokenCount where s43Cap(z) && tokens[z].capitalized && Self.s46ForceHeads.contains(tokens[z]) {
            var a = z
            while a > 0, z - a < 6, s43Cap(a - 1), tokens[a].spaceBefore, !tokens[a].newlineBefore, !tokens[a].sentenceStart { a -= 1 }
            while a < z, isStopword(a) { a += 1 }
            guard z - a >= 2, (a..<z).contains(where: { isCountry[$0] }) else { continue }
            let (s, e) = (tokens[a].start, tokens[z].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e && $0.end <= e }) { continue }
            spans.append((a, z + 1))
        }
        guard !spans.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, b) in spans {
            let (s, e) = (tokens[a].start, tokens[b - 1].end)
            for j in mentions.indices where mentions[j].type != .country && mentions[j].known == nil && mentions[j].start < e && mentions[j].end > s { drop.insert(j) }
            added.append(mention(a, b, type: .organization, evidence: .cue))
        }
        replaceMentions(removing: drop, adding: added)
    }

    /// Token `k` has a digit.
    func s46HasDigit(_ k: Int) -> Bool { tokens[k].kind == .number || tokens[k].text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }

    /// "a P-8A Poseidon", "a C-130J Hercules": an aircraft's (or a vehicle's) type, capital letters, a hyphen and a number
    /// written as one, and the one capitalized word after it are no name.
    mutating func s46EnglishAircraftTypes() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country {
            guard let (a, z) = seedSpan(i), z - a <= 1, a >= 1 else { continue }
            // The type written as one: the tokens with no space between them, ending at `a` or just before it.
            var e = tokens[a].spaceBefore ? a - 1 : a
            if !tokens[a].spaceBefore { while e + 1 <= z, !tokens[e + 1].spaceBefore { e += 1 } }
            var p = e
            while p > 0, !tokens[p].spaceBefore { p -= 1 }
            guard e - p >= 2, tokens[p].kind == .word, PlainText.count(tokens[p].key) <= 3, tokens[p].text.unicodeScalars.allSatisfy({ $0.properties.isUppercase }),
                  (p...e).contains(where: { keyIs($0, "-") }), (p...e).contains(where: { s46HasDigit($0) }) else { continue }
            // The name after the type: one word.
            if tokens[a].spaceBefore && z != a { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s46SocietyHeads = h18Keys(["society", "societies", "association", "federation", "foundation", "council", "committee"])

    /// "The Tonga Red Cross Society has sent kits": a known body between a capitalized word (a country's, a place's, no
    /// person's) and a body's last noun is read with both, one body (a country's reading stays beside it).
    mutating func s46EnglishNationalSocieties() {
        guard articleHas(Self.s46SocietyHeads) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known != nil {
            guard let (a, z) = seedSpan(i), a >= 1, z + 1 < tokenCount, s43Cap(z + 1), tokens[z + 1].capitalized, tokens[z + 1].spaceBefore,
                  Self.s46SocietyHeads.contains(tokens[z + 1]), s43Cap(a - 1), tokens[a].spaceBefore, !isStopword(a - 1) else { continue }
            let (s, e) = (tokens[a - 1].start, tokens[a - 1].end)
            guard !anyMention(where: { $0.type == .person && $0.start < e && $0.end > s }) else { continue }
            fixes.append((i, a - 1, z + 2))
        }
        s46ReplaceWithBodies(fixes)
    }

    // MARK: - French

    /// Adjectives that do not end like one.
    static let s46FrenchPlainAdjectives = h18Keys(["rouge", "rouges", "vert", "verts", "verte", "vertes", "unis", "unies", "libre", "libres",
        "royal", "royale", "royaux", "royales", "mondial", "mondiale", "mondiaux", "mondiales", "national", "nationale", "nationaux",
        "nationales", "général", "générale", "régional", "régionale"])
    /// Words ending like an adjective that are none.
    static let s46FrenchNotAdjectives = h18Keys(["mais", "jamais", "elle", "elles", "quel", "quelle", "quelles", "tel", "telle", "telles",
        "lequel", "laquelle", "auxquels", "desquels", "ainsi", "aussi", "avait", "avais", "journal", "tribunal", "hopital", "hôpital",
        "canal", "festival", "capital", "total", "signal", "cheval", "animal", "local", "pique", "publique", "politique", "musique",
        "semaine", "domaine", "certain", "certaine", "certains", "certaines", "demain", "prochain", "prochaine", "dernier", "parfois",
        "francais", "français", "anglais", "japonais", "chinois", "portugais", "vietnamien", "italien", "ivoirien", "tunisien"])
    static let s46FrenchAdjectiveEnds: [String] = ["ale", "ales", "aux", "al", "elle", "elles", "el", "els", "ienne", "iennes", "iens",
        "aise", "aises", "oise", "oises", "ique", "iques", "aire", "aires", "ive", "ives", "if", "ifs", "aine", "aines"]

    /// Token `k` is a lowercase French adjective (by its ending or in the short list), no stopword.
    func s46FrenchAdjective(_ k: Int) -> Bool {
        guard s43Lower(k), tokens[k].spaceBefore else { return false }
        if Self.s46FrenchPlainAdjectives.contains(tokens[k]) { return true }
        guard !isStopword(k), !Self.s46FrenchNotAdjectives.contains(tokens[k]) else { return false }
        let key = tokens[k].key
        guard PlainText.count(key) >= 5 else { return false }
        return Self.s46FrenchAdjectiveEnds.contains { PlainText.hasSuffix(key, $0) }
    }

    /// Plural nouns of land that open a region's name ("Montagnes neuchâteloises", "Hautes Terres"), no body's.
    static let s46FrenchPlaceHeads = h18Keys(["montagnes", "monts", "hautes", "hauts", "terres", "îles", "iles", "côtes", "cotes",
        "alpes", "plaines", "pays", "collines", "vallées", "vallees", "gorges", "landes", "marais", "lacs"])

    /// Token `k` is a French link inside a body's name; returns the token after it (two for "de la", "de l'").
    func s46FrenchLink(_ k: Int) -> Int? {
        guard k < tokenCount else { return nil }
        if keyIs(k, "de"), k + 1 < tokenCount, keyIs(k + 1, "la") { return k + 2 }
        if keyIs(k, "de"), k + 1 < tokenCount, tokens[k + 1].kind == .elision { return k + 2 }
        if tokens[k].kind == .elision, keyIs(k, "d'") || keyIs(k, "d") { return k + 1 }
        if keyIs(k, "du") || keyIs(k, "des") || keyIs(k, "de") { return k + 1 }
        return nil
    }

    /// "Le Ballet royal du Cambodge a présenté", "Affaires mondiales Canada", "la Direction départementale de l'éducation.",
    /// "le régime des Khmers rouges": a capitalized word (not opening a sentence) read with no type or as a body's guess,
    /// then one or two lowercase adjectives, is a body's name; it goes on over a country's name, a link and capitals, or a
    /// link and one lowercase noun that ends the clause.
    mutating func s46FrenchAdjectiveBodies() {
        var spans: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == nil || mentions[i].type == .organization) {
            guard let (a, z) = seedSpan(i), a == z, s43Cap(a), tokens[a].capitalized, !tokens[a].allCaps, !tokens[a].sentenceStart,
                  !isCountry[a], !Self.s46FrenchPlaceHeads.contains(tokens[a]), s46FrenchAdjective(a + 1) else { continue }
            var e = a + 2
            if s46FrenchAdjective(e) { e += 1 }
            if e < tokenCount, isCountry[e], s43Cap(e), tokens[e].spaceBefore,
               let c = firstMentionIndex(where: { $0.type == .country && $0.start == tokens[e].start }), let (_, cz) = seedSpan(c) {
                e = cz + 1
            } else if let p = s46FrenchLink(e), p < tokenCount, tokens[p].spaceBefore || tokens[p - 1].kind == .elision {
                if s43Cap(p) {
                    var q = p
                    while q < tokenCount, q - p < 3, s43Cap(q), q == p || tokens[q].spaceBefore { q += 1 }
                    // Not over a person's name.
                    if !anyMention(where: { $0.type == .person && $0.start < tokens[q - 1].end && $0.end > tokens[p].start }) { e = q }
                } else if s43Lower(p), !isStopword(p), PlainText.count(tokens[p].key) >= 4, s43ClauseEnd(p + 1) {
                    e = p + 1
                }
            }
            spans.append((i, a, e))
        }
        s46ReplaceWithBodies(spans)
    }

    /// Each found span (mention `i`, tokens `a..<b`) becomes one body over tokens a..<b; the mention and every other
    /// reading it overlaps but a country's give way.
    mutating func s46ReplaceWithBodies(_ spans: [(Int, Int, Int)]) {
        replaceOverlapping(spans.map { ($0.1, $0.2) }, type: .organization, also: Set(spans.map(\.0)))
    }

    /// Each fix (mention `i`, tokens a..<b) replaces that mention with one of `type` over tokens a..<b (a place also read
    /// as a place's context); no other reading gives way (`replaceOverlapping` drops every overlapping one). One loop for
    /// the rules that widen or cut one reading (S45a, S48a, S48c, S49b).
    mutating func replaceEach(_ fixes: [(Int, Int, Int)], type: EntityType) {
        replaceEach(fixes.map { ($0.0, $0.1, $0.2, type) })
    }

    /// `replaceEach(_:type:)` with a type per fix: rules that retype to two types at once make one replacement (a second
    /// call's mention indices would be stale after the first's).
    mutating func replaceEach(_ fixes: [(Int, Int, Int, EntityType)]) {
        guard !fixes.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, a, b, type) in fixes {
            drop.insert(i)
            var m = mention(a, b, type: type, evidence: .cue)
            if type == .place { m.placeContext = true }
            added.append(m)
        }
        replaceMentions(removing: drop, adding: added)
    }

    /// The mentions at `indices` become readings of `type` found by a cue (a place also read as a place's context), their
    /// spans unchanged: the rules that retype a reading in place share this loop.
    mutating func retypeByCue(_ indices: [Int], to type: EntityType) {
        for i in indices {
            mentions[i].type = type
            if type == .place { mentions[i].placeContext = true }
            mentions[i].evidence = .cue
        }
    }

    /// Each span (tokens a..<b) becomes one mention of `type` (a place also read as a place's context); every reading
    /// it overlaps but a country's gives way, and so do the mentions `also` names. (One loop for the rules that read a
    /// longer name over the pieces found before: bodies here and in S45a/S48a, places in S47a/S48a.)
    mutating func replaceOverlapping(_ spans: [(Int, Int)], type: EntityType, also: Set<Int> = []) {
        guard !spans.isEmpty else { return }
        var drop = also
        var added: [Mention] = []
        for (a, b) in spans {
            let (s, e) = (tokens[a].start, tokens[b - 1].end)
            for j in mentions.indices where mentions[j].type != .country && mentions[j].start < e && mentions[j].end > s { drop.insert(j) }
            var m = mention(a, b, type: type, evidence: .cue)
            if type == .place { m.placeContext = true }
            added.append(m)
        }
        replaceMentions(removing: drop, adding: added)
    }

    /// Participles of place that end a body's name ("basés à Guelmim", "installé à Agadir").
    static let s46FrenchPlaceParticiples = h18Keys(["basé", "basée", "basés", "basées", "installé", "installée", "installés", "installées",
        "situé", "située", "situés", "situées", "implanté", "implantée", "implantés", "implantées", "rattaché", "rattachée", "rattachés",
        "rattachées", "établi", "établie", "établis", "établies", "créé", "créée", "créés", "créées"])
    static let s46FrenchEndLinks = h18Keys(["de", "du", "des", "la", "le", "les", "l", "d", "et", "à", "au", "aux", "dans", "en", "pour",
        "sur", "contre", "par", "avec", "l'", "d'"])

    func s46FrenchEndLink(_ k: Int) -> Bool { tokens[k].kind == .elision || s43Lower(k) && Self.s46FrenchEndLinks.contains(tokens[k]) }

    /// "deux avions des Forces royales air basés à Guelmim": a body's name ends before a participle of place; "la
    /// Commission de lutte contre X dans la région occidentale (CLCPRO)": a name goes on over a few lowercase words (no
    /// link last) to an acronym in parentheses that opens with its first letter; one that ends on a link loses it.
    mutating func s46FrenchBodyEnds() {
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z - a >= 1 else { continue }
            var e = z + 1
            if let cut = ((a + 1)...z).first(where: { s43Lower($0) && Self.s46FrenchPlaceParticiples.contains(tokens[$0]) }) { e = cut }
            if e == z + 1 {
                // Over a few lowercase words to "(ACRONYM)" that opens with the name's first letter.
                var q = z + 1
                while q < tokenCount, q - z <= 4, s43Lower(q) || tokens[q].kind == .elision { q += 1 }
                if q > z + 1, q + 2 < tokenCount, keyIs(q, "("), tokens[q + 1].allCaps, keyIs(q + 2, ")"), !s46FrenchEndLink(q - 1),
                   tokens[q + 1].text.unicodeScalars.first == tokens[a].text.unicodeScalars.first {
                    fixes.append((i, a, q))
                    continue
                }
            }
            // (Only a link word that ends the name is cut, not a legal form's letters: "S.à r.l.")
            if e == z + 1, !(tokens[z].kind == .word && s46FrenchEndLink(z) && !keyIs(z - 1, ".")) { continue }
            var f = e
            while f > a + 1, s46FrenchEndLink(f - 1) || tokens[f - 1].kind == .punct { f -= 1 }
            guard f != z + 1, f > a else { continue }
            fixes.append((i, a, f))
        }
        guard !fixes.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, a, b) in fixes {
            drop.insert(i)
            let e = tokens[b - 1].end
            for j in mentions.indices where j != i && mentions[j].type != .country && mentions[j].known == nil && mentions[j].start >= mentions[i].end && mentions[j].start < e { drop.insert(j) }
            var m = mention(a, b, type: .organization, evidence: mentions[i].evidence)
            m.parenthesized = mentions[i].parenthesized
            added.append(m)
        }
        replaceMentions(removing: drop, adding: added)
    }

    static let s46FrenchLanguageLinks = h18Keys(["en", "le", "du", "au"])

    /// "des manuels en français", "le français sera introduit": a country's lowercase word after "en", "le", "du", "au" or
    /// "l'" (and before no capitalized word) is a language, no country.
    mutating func s46FrenchLanguages() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .country {
            guard let (a, z) = seedSpan(i), a == z, a >= 1, s43Lower(a), mentions[i].start == tokens[a].start,
                  s43Lower(a - 1) && Self.s46FrenchLanguageLinks.contains(tokens[a - 1]) || tokens[a - 1].kind == .elision && (keyIs(a - 1, "l'") || keyIs(a - 1, "l")),
                  !s43Cap(a + 1) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Arabic

    /// Plural nouns of districts before a list of their names.
    static let s46ArabicPluralHeads = H36Heads(["أقضية", "اقضية", "نواحي", "ولايات", "بلدات", "مقاطعات", "أقاليم", "اقاليم", "قضاءي",
        "قضائي", "ناحيتي", "ولايتي", "بلدتي", "مديريات", "مراكز", "أحياء", "احياء"])

    /// "في أقضية الشامية والحمزة وعفك،": after a plural noun of districts, two or more names joined by و and closed by
    /// punctuation or a stopword are places (as `h36ArabicPlaceLists` does after "محافظات").
    mutating func s46ArabicPlaceLists() {
        guard articleHas(Self.s46ArabicPluralHeads.set) else { return }
        let n = tokens.count
        let heads = Self.s46ArabicPluralHeads
        var k = 0
        while k + 3 < n {
            defer { k += 1 }
            guard h36Arabic(k), h36CliticPrefix(k, heads) != nil else { continue }
            var items: [(Int, Int, Int)] = []
            var q = k + 1
            while q < n, h36Arabic(q), !h36Stop(q), items.count < 8 {
                let skip = items.isEmpty ? 0 : 1
                if skip == 1 { guard tokens[q].key.unicodeScalars.first?.value == Self.h36Waw, tokens[q].key.unicodeScalars.count > 2 else { break } }
                else if tokens[q].key.unicodeScalars.first?.value == Self.h36Waw && !Self.h36HasArticle(tokens[q].key) { break }
                if isCountry[q] || arabicFlags(q).contains(.head) || arabicFlags(q).contains(.timeWord) { break }
                // (S47a) "وجعلان بني بو علي": an item goes on over words with no article and no و.
                var b = q + 1
                // (A word that elsewhere is a stopword after "بو"/"أبو": "بو علي".)
                while b < n, b - q < 4, h36Arabic(b), tokens[b].spaceBefore, tokens[b].key.unicodeScalars.first?.value != Self.h36Waw,
                      !Self.h36HasArticle(tokens[b].key), !isCountry[b], !arabicFlags(b).contains(.head), !arabicFlags(b).contains(.timeWord),
                      h23Key(b - 1, Self.s47ArabicFather) || !h36Stop(b) && !arabicFlags(b).contains(.stop) { b += 1 }
                items.append((q, b, skip))
                q = b
            }
            guard items.count >= 2, q >= n || tokens[q].kind == .punct || h36Stop(q) else { continue }
            h36PutPlaceList(items)
            k = q - 1
        }
    }

    static let s46ArabicMinistry = H36Heads(["وزارة"])

    /// "في وزارة الإعمار والإسكان والبلديات والأشغال العامة": a ministry's name that has one portfolio joined by و goes on
    /// over the next ones (up to three, even a word that elsewhere is the sentence's actor) and their adjective.
    mutating func s46ArabicMinistryPortfolios() {
        guard articleHas(Self.s46ArabicMinistry.set) else { return }
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, h36CliticPrefix(a, Self.s46ArabicMinistry) != nil, keyStarts(z, "وال"),
                  mentions[i].end == tokens[z].end else { continue }
            var e = z + 1, steps = 0
            while steps < 3, h36Arabic(e), tokens[e].spaceBefore, keyStarts(e, "وال"), PlainText.count(tokens[e].key) >= 6, !isCountry[e],
                  !arabicFlags(e).contains(.stop), !arabicFlags(e).contains(.timeWord), !arabicFlags(e).contains(.orgHead), s42ArabicFree(e) {
                e += 1; steps += 1
            }
            guard e > z + 1 else { continue }
            if s41ArabicBodyAdjective(e) { e += 1 }
            let clitic = mentions[i].start - tokens[a].start
            guard clitic >= 0, clitic <= 2 else { continue }
            var m = l14DropClitic(mention(a, e, type: .organization, evidence: mentionEvidence(i)), clitic)
            m.parenthesized = mentions[i].parenthesized
            changes.append((i, m))
        }
        for (i, m) in changes { mentions[i] = m }
    }

    /// "التي تقدمها الوكالة الجزائرية لترقية الاستثمار": a body's name of a head and a country's adjective goes on over ل +
    /// an indefinite verbal noun (up to two indefinite words more), a definite noun and its adjectives. (Not after a head
    /// with a noun of its own: "وزارة الطاقة الأوزبكية لإنشاء محطة" says what the ministry does.)
    mutating func s46ArabicCountryBodyPurpose() {
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z == a + 1, h36Arabic(z), isCountry[z], isArabicDefinite(z), mentions[i].end == tokens[z].end else { continue }
            let e = z + 1
            guard h36Arabic(e), tokens[e].spaceBefore, keyStarts(e, "ل"), !keyStarts(e, "لل"), !isArabicDefinite(e), PlainText.count(tokens[e].key) >= 5,
                  !Self.s42ArabicLamStops.contains(tokens[e]), s41ArabicNameWord(e), s42ArabicFree(e) else { continue }
            var p = e + 1, indefinite = 0
            while indefinite < 2, s42ArabicIndefinite(p) { p += 1; indefinite += 1 }
            guard s42ArabicDefiniteWord(p) else { continue }
            p += 1
            var adj = 0
            while adj < 2, s41ArabicBodyAdjective(p) { p += 1; adj += 1 }
            let clitic = mentions[i].start - tokens[a].start
            guard clitic >= 0, clitic <= 2 else { continue }
            var m = l14DropClitic(mention(a, p, type: .organization, evidence: mentionEvidence(i)), clitic)
            m.parenthesized = mentions[i].parenthesized
            changes.append((i, m))
        }
        for (i, m) in changes { mentions[i] = m }
    }

    static let s46ArabicProvinceHeads = H36Heads(["محافظة", "ولاية", "مدينة", "منطقة", "مقاطعة", "ناحية", "قضاء"])

    /// "حملت اللجنة … في محافظة الديوانية الشركة المنفذة": a place read from a province's noun ends before a definite
    /// body's head (the sentence's object) after its name.
    mutating func s46ArabicPlaceCutAtBody() {
        guard articleHas(Self.s46ArabicProvinceHeads.set) else { return }
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z >= a + 2, h36CliticPrefix(a, Self.s46ArabicProvinceHeads) != nil else { continue }
            guard let cut = ((a + 2)...z).first(where: { h36Arabic($0) && isArabicDefinite($0) && (arabicFlags($0).contains(.orgHead) || arabicFlags($0).contains(.companyHead)) }) else { continue }
            let clitic = mentions[i].start - tokens[a].start
            guard clitic >= 0, clitic <= 2 else { continue }
            var m = l14DropClitic(mention(a, cut, type: .place, evidence: mentionEvidence(i)), clitic)
            m.placeContext = mentions[i].placeContext
            changes.append((i, m))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
    }
}
