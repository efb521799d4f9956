import Foundation

/// Leftovers of the unseen sets (scripts/entity-unseen/README.md, "Left:"), fourteenth session: each a general rule
/// tested on other names in EntityLeftovers14Tests. Arabic: Persian town names in "… آباد", Egyptian towns named by a
/// date ("مدينة السادس من أكتوبر"), refineries and plants named by their town organizations, a company named by a
/// country and foreign words before its field ("شركة الهند كوبرا للتعدين"), "وكالة X" the agency X; French: a
/// two-word town after "port de"/"district de" whole, "Conseil du X et de l'Y" field pairs and lists; Russian: one-word
/// compound company names in any case ("Витебсктранса"), a quoted company's nested quotes; Chinese: a body named with
/// and without its province grouped, a generic international fair no organization. One pass after every other; each
/// rule gated on its language or script and a hashed key or first character.
extension NameFinder {
    mutating func refineLeftovers14() {
        if hasArabic { l14Arabic() }
        if lang.fr { l14French() }
        if lang.es { l14SpanishPairs() }
        if language == "en" || lang.fr { l14EnglishCompanyNames() }
        if lang.ru { l14Russian() }
        if hasHan { l14Han() }
    }

    // MARK: - Arabic

    static let l14Abad = TextFolding.key("آباد")
    static let l14City = h18Keys(["مدينة", "بمدينة", "لمدينة", "ومدينة", "المدينة"])
    static let l14ArabicOrdinals = h18Keys(["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
        "الحادي"])
    static let l14ArabicMonths = h18Keys(["رمضان", "شوال", "محرم", "صفر", "رجب", "شعبان", "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو",
        "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "تشرين", "كانون", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول"])
    static let l14Min = TextFolding.key("من")
    /// Heads of plants named by their town ("مصفاة الدقم", "معمل الحلة"): organizations, not places.
    static let l14PlantHeadTexts = ["مصفاة", "معمل", "مصنع", "مطحنة"]
    static let l14PlantHeads = h18Keys(l14PlantHeadTexts)
    static let l14Company = TextFolding.key("شركة")
    static let l14Agency = TextFolding.key("وكالة")

    /// The plain head among `texts` that token `k` is, or carries after a one- or two-letter clitic ("بمعمل"): its length.
    /// (`stemFact`: an `ArabicFact` bit of the words whose key or a stem is in `keys`, cached per word — asked once the key
    /// is no head, it tells whether a stem is —; 0: the stems are looked up.)
    func l14ArabicHead(_ k: Int, _ keys: KeySet, _ texts: [String], stemFact: UInt32 = 0) -> Int? {
        guard h18ArabicWord(k) else { return nil }
        if keys.contains(tokens[k]) { return PlainText.count(tokens[k].text) }
        guard stemFact != 0 ? arabicFact(k, stemFact) : tokens[k].stems.contains(where: { keys.contains($0) }) else { return nil }
        let t = tokens[k].text
        for h in texts where t.hasSuffix(h) && t.count - h.count <= 2 && t.count > h.count { return h.count }
        return nil
    }

    /// Mention `m` cut to start after the first `clitic` characters of its first token.
    func l14DropClitic(_ m: Mention, _ clitic: Int) -> Mention {
        guard clitic > 0 else { return m }
        var x = m
        x.start += clitic
        x.surface = String(x.surface.dropFirst(clitic))
        // The first word's key too: grouping compares words, and "بمطار الملك خالد" kept "بمطار" apart from "مطار".
        if !x.words.isEmpty, let word = x.surface.split(separator: " ", maxSplits: 1).first { x.words[0] = TextFolding.key(String(word)) }
        return x
    }

    /// The company head's key and text, as `l14ArabicHead` takes them (built once, not per country word).
    static let l14CompanyKeys = KeySet([l14Company])
    static let l14CompanyTexts = ["شركة"]

    mutating func l14Arabic() {
        let n = tokens.count
        guard n > 2 else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        func overlapping(_ s0: Int, _ e0: Int) -> [Int] { mentions.indices.filter { mentionStart($0) < e0 && mentionEnd($0) > s0 } }
        func claim(_ m: Mention) -> Bool {
            let over = overlapping(m.start, m.end)
            guard !over.contains(where: { mentionKnown($0) != nil && mentionType($0) != .country || drop.contains($0) }),
                  !over.contains(where: { mentionStart($0) == m.start && mentionEnd($0) == m.end && mentionType($0) == m.type }),
                  !added.contains(where: { $0.start < m.end && $0.end > m.start }) else { return false }
            drop.formUnion(over)
            added.append(m)
            return true
        }
        let abadHash = Token.hash(Self.l14Abad)
        for k in 1..<n where tokens[k].keyHash == abadHash && tokens[k].kind == .word && PhraseMatcher.same(tokens[k].key, Self.l14Abad) {
            // "ميناء أمير آباد", "جلال آباد": a Persian town name in "… آباد" (abad) is the word before it and آباد.
            guard h18ArabicWord(k - 1), !h18ArabicIn(k - 1, Self.h18ArabicStops), !h18Article(k - 1), !isCountry[k - 1] else { continue }
            _ = claim(mention(k - 1, k + 1, type: .place, evidence: .cue))
        }
        let city = Self.l14City   // (read once: a static's every read calls `swift_once`)
        for k in 0..<(n - 3) where tokens[k].script == .arabic && city.contains(tokens[k]) {
            // "مدينة العاشر من رمضان", "مدينة السادس من أكتوبر": Egyptian towns named by a date after مدينة.
            guard h18ArabicIn(k + 1, Self.l14ArabicOrdinals), keyIs(k + 2, Self.l14Min), h18ArabicIn(k + 3, Self.l14ArabicMonths) else { continue }
            _ = claim(mention(k + 1, k + 4, type: .place, evidence: .cue))
        }
        // Plants named by their town: "مصفاة الدقم" typed a place is the refinery; "في معمل الحلة التابع …", where the
        // text names الحلة as a place, the plant.
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), z == a + 1, h18ArabicIn(a, Self.l14PlantHeads) || tokens[a].stems.contains(where: { Self.l14PlantHeads.contains($0) }),
                  h18Article(z) else { continue }
            mentions[i].type = .organization
        }
        for k in 0..<(n - 1) {
            // (The next word's byte tests before the head's, which hashes every stem of the word.)
            // (The word's cached fact first: no head is found in a word without it.)
            guard h18ArabicWord(k + 1), h18Article(k + 1), arabicFact(k, ArabicFact.l14PlantHead),
                  let h = l14ArabicHead(k, Self.l14PlantHeads, Self.l14PlantHeadTexts, stemFact: ArabicFact.l14PlantHead) else { continue }
            let key = tokens[k + 1].key
            let (s0, e0) = (tokens[k].start, tokens[k + 1].end)
            // The town itself read as a place inside the name gives way (the text names it elsewhere).
            let inside = overlapping(s0, e0)
            guard inside.allSatisfy({ mentionType($0) == .place && mentionStart($0) >= tokens[k + 1].start && mentionEnd($0) == e0 }),
                  anyMention(where: { $0.type == .place && ($0.start >= e0 || $0.end <= s0) && $0.words.last.map { PhraseMatcher.same($0, key) } == true })
                    || inside.contains(where: { i in mentionKnown(i) != nil && anyMention { $0.known == mentionKnown(i) && ($0.start >= e0 || $0.end <= s0) } }),
                  !added.contains(where: { $0.start < e0 && $0.end > s0 }) else { continue }
            drop.formUnion(inside)
            added.append(l14DropClitic(mention(k, k + 2, type: .organization, evidence: .cue), PlainText.count(tokens[k].text) - h))
        }
        // "شركة قازاقستان تيمير جولي للسكك الحديدية", "لشركة عمان وانفانغ للاستثمار": a company named by a country and one
        // or two foreign words before its field (لل…) and the field's adjective.
        for k in 0..<(n - 3) {
            guard isCountry[k + 1], let h = l14ArabicHead(k, Self.l14CompanyKeys, Self.l14CompanyTexts) else { continue }
            var e = k + 2
            while e < n, e - k <= 4, h18ArabicWord(e), !h18Article(e), !isCountry[e], !h18ArabicIn(e, Self.h18ArabicStops), !h18CountryWord(e),
                  !keyStarts(e, "ل"), !arabicFlags(e).contains(.stop), !arabicFlags(e).contains(.head),
                  !NameFinder.arabicHasSuffix(tokens[e].text, "ة"), !NameFinder.arabicHasSuffix(tokens[e].text, "ات"), titleMatch(at: e) == nil { e += 1 }
            guard e > k + 2, e - k <= 4, h18ArabicWord(e), keyStarts(e, "لل"), PlainText.count(tokens[e].text) >= 5 else { continue }
            e += 1
            if h18ArabicWord(e), h18Article(e), !isCountry[e], !h18CountryWord(e), !h18ArabicIn(e, Self.h18ArabicStops) { e += 1 }
            if claim(l14DropClitic(mention(k, e, type: .organization, evidence: .cue), PlainText.count(tokens[k].text) - h)) { isCountry[k + 1] = false }
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
        // "وكالة قازاق إنفورم" beside "قازاق إنفورم": the agency named with its head noun is the agency.
        let agencyHash = Token.hash(Self.l14Agency)
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), z > a, tokens[a].keyHash == agencyHash, PhraseMatcher.same(tokens[a].key, Self.l14Agency) else { continue }
            let rest = surface(a + 1, z + 1)
            guard let o = firstMentionIndex(where: { $0.type == .organization && $0.start != mentionStart(i) && PlainText.equal($0.surface, rest) }) else { continue }
            mentions[i].known = mentionKnown(o)
            mentions[i].words = mentionWords(o)
        }
    }

    // MARK: - French

    /// Nouns of places before "de X Y" ("le port de Chu Lai", "le district de Tuy Phong").
    static let l14FrenchPlaceNouns = KeySet(["port", "district", "province", "commune", "ville", "village", "baie", "canton", "arrondissement",
        "ile", "île", "vallee", "vallée", "region", "région", "cap", "bourg", "quartier", "delta"].map { TextFolding.key($0) })
    /// Heads of institutions named by fields ("Conseil du coton et de l'anacarde").
    static let l14FrenchFieldHeads = KeySet(["conseil", "college", "collège", "institut", "office", "agence", "centre", "comite", "comité",
        "ecole", "école", "fonds", "faculte", "faculté", "ministere", "ministère", "direction", "departement", "département", "chambre",
        "observatoire", "laboratoire", "bureau", "federation", "fédération", "union", "autorite", "autorité"].map { TextFolding.key($0) })
    static let l14FrenchOf = KeySet(["de", "du", "des", "d'"])
    /// Words after "et de" that open no field ("et de nombreux producteurs").
    static let l14FrenchNotFields = KeySet(["nombreux", "nombreuses", "plusieurs", "certains", "certaines", "ses", "leurs", "leur", "son", "sa", "ces",
        "nos", "notre", "votre", "vos", "tous", "toutes", "autres", "chaque", "nouveaux", "nouvelles", "grands", "grandes", "petits", "petites", "meme", "même"]
        .map { TextFolding.key($0) })
    static let l14FrenchAdjectiveEndings = ["al", "ale", "ales", "aux", "aire", "aires", "ique", "iques", "ien", "ienne", "iens", "iennes", "el", "elle",
        "els", "elles", "if", "ive", "ifs", "ives", "ole", "oles", "ee", "ees", "ier", "iere", "ieres", "iers", "aine", "aines", "aise", "aises"]

    /// Future and conditional endings of a verb after a name ("construira", "financera", "prendra").
    static let l14FrenchFutureEndings = ["ira", "era", "dra", "ura", "iront", "eront", "dront", "ront", "rait", "raient"]

    func l14FrenchVerb(_ k: Int) -> Bool {
        let key = tokens[k].key
        guard key.utf8.count >= 5, !PlainText.hasSuffix(key, "ment") else { return false }
        return Self.hasAnySuffix(key, Self.l14FrenchFutureEndings) || h18FrenchVerb(k) && !PlainText.hasSuffix(key, "ent")
    }

    func l14FrenchAdjective(_ k: Int) -> Bool { Self.hasAnySuffix(tokens[k].key, Self.l14FrenchAdjectiveEndings) }

    func l14FrenchLower(_ k: Int) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].kind == .word && tokens[k].script == .latin && !tokens[k].capitalized && !tokens[k].allCaps
    }

    mutating func l14French() {
        let n = tokens.count
        for i in mentions.indices where mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), tokens[a].script == .latin else { continue }
            if mentionType(i) == .place, z == a, a >= 3 {
                // "le port de Chu Lai": a capitalized word before a one-word town after "port de" is the town's.
                let p = a - 1
                guard isCap(p), !tokens[p].allCaps, !tokens[p].sentenceStart, tokens[p].spaceBefore, tokens[a].spaceBefore, !isCountry[p],
                      keyIs(p - 1, "de"), l14FrenchLower(p - 2), Self.l14FrenchPlaceNouns.contains(tokens[p - 2]),
                      !anyMention(where: { $0.start < tokens[p].end && $0.end > tokens[p].start }) else { continue }
                mentions[i] = mention(p, z + 1, type: .place, evidence: mentionEvidence(i))
                continue
            }
            // "du port de Cai Lan", "le district de Dien Ban": two or three short capitalized words read as a person or a
            // company right after "port de", "district de" are the town.
            if mentionType(i) != .place, mentionType(i) != .country, z > a, z - a <= 2, a >= 2, keyIs(a - 1, "de"), l14FrenchLower(a - 2),
               Self.l14FrenchPlaceNouns.contains(tokens[a - 2]),
               (a...z).allSatisfy({ isCap($0) && !tokens[$0].allCaps && tokens[$0].spaceBefore && PlainText.count(tokens[$0].text) <= 7 }) {
                mentions[i].type = .place
                continue
            }
            if mentionType(i) == .organization, z > a + 1, tokens[a].capitalized {
                // "Société générale des travaux du Maroc construira la section": a name ends before a verb after its
                // capitalized last word.
                if let v = (a + 2...z).first(where: { l14FrenchLower($0) && h15CapLatin($0 - 1) && l14FrenchVerb($0) }) {
                    mentions[i] = mention(a, v, type: .organization, evidence: mentionEvidence(i))
                    continue
                }
                // "Commission de l'Union économique et monétaire ouest-africaine": an adjective ending the name goes on over
                // "et" and a second adjective (and a hyphenated one after it).
                if l14FrenchLower(z), l14FrenchAdjective(z), keyIs(z + 1, "et"), l14FrenchLower(z + 2), l14FrenchAdjective(z + 2) {
                    var e = z + 3
                    if l14FrenchLower(e), h15GluedHyphen(e + 1), l14FrenchLower(e + 2) { e += 3 } else if l14FrenchLower(e), l14FrenchAdjective(e), !l14FrenchVerb(e) { e += 1 }
                    let (s0, e0) = (tokens[z + 1].start, tokens[e - 1].end)
                    if !anyMention(where: { $0.start < e0 && $0.end > s0 }) {
                        mentions[i] = mention(a, e, type: .organization, evidence: mentionEvidence(i))
                        continue
                    }
                }
            }
            // "Conseil du coton et de l'anacarde", "Collège d'agriculture, des sciences animales et de médecine vétérinaire":
            // an institution named by a lowercase field goes on over more fields up to one after "et".
            guard mentionType(i) == .organization, z > a + 1, tokens[a].capitalized, Self.l14FrenchFieldHeads.contains(tokens[a]),
                  l14FrenchLower(z), !tokens[z - 1].capitalized, Self.l14FrenchOf.contains(tokens[z - 1])
                    || (keyIs(z - 1, "la") || keyIs(z - 1, "l'")) && keyIs(z - 2, "de") else { continue }
            var e = z + 1
            var end = -1
            while e < n {
                var j = e
                let last = keyIs(j, "et")
                guard last || keyIs(j, ",") else { break }
                j += 1
                guard j < n, Self.l14FrenchOf.contains(tokens[j]) else { break }
                j += 1
                if keyIs(j - 1, "de"), keyIs(j, "la") || keyIs(j, "l'") { j += 1 }
                guard l14FrenchLower(j), tokens[j].key.utf8.count >= 3, !Self.l14FrenchNotFields.contains(tokens[j]) else { break }
                j += 1
                if l14FrenchLower(j), Self.hasAnySuffix(tokens[j].key, Self.l14FrenchAdjectiveEndings) { j += 1 }
                e = j
                if last { end = j; break }
            }
            guard end > z + 1 else { continue }
            let (s0, e0) = (tokens[z + 1].start, tokens[end - 1].end)
            guard !anyMention(where: { $0.start < e0 && $0.end > s0 }) else { continue }
            mentions[i] = mention(a, end, type: .organization, evidence: mentionEvidence(i))
        }
    }

    // MARK: - Spanish

    static let l14SpanishArticles = KeySet(["la", "el", "los", "las"])

    /// "La Dirección General de Aduanas de Costa Rica y la Autoridad Nacional de Aduanas de Panamá": two institutions
    /// joined by "y la" + an institution's head are two, the first from its own head.
    mutating func l14SpanishPairs() {
        var added: [Mention] = []
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), z > a + 2, tokens[a].script == .latin,
                  let y = (a + 1..<z - 1).first(where: { keyIs($0, "y") && Self.l14SpanishArticles.contains(tokens[$0 + 1])
                    && h15CapLatin($0 + 2) && orgKeyword(at: $0 + 2) != nil }) else { continue }
            // The first institution: from its head before the mention over "de" and capitalized words.
            var h = a
            if orgKeyword(at: a) == nil {
                var k = a - 1
                while k >= 0, a - k <= 8, h15CapLatin(k) || keyIs(k, "de") || keyIs(k, "del") || keyIs(k, "la") && k > 0 && keyIs(k - 1, "de") {
                    if h15CapLatin(k), orgKeyword(at: k) != nil, !tokens[k].allCaps { h = k }
                    k -= 1
                }
                guard h < a, (h + 1..<a).contains(where: { keyIs($0, "de") || keyIs($0, "del") }) else { continue }
            }
            let left = mention(h, y, type: .organization, evidence: .cue)
            guard !anyMention(where: { $0.type != .country && $0.start < tokens[a].start && $0.end > left.start }) else { continue }
            drop.insert(i)
            added.append(left)
            added.append(mention(y + 2, z + 1, type: .organization, evidence: mentionEvidence(i)))
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    // MARK: - English company names

    /// Heads of institutions named after a person ("Anton de Kom University", "Jan van Riebeeck High School").
    static let l14EnglishNamedHeads = KeySet(["university", "college", "institute", "hospital", "school", "airport", "foundation", "academy",
        "stadium", "centre", "center", "library", "museum"])
    static let l14NameParticles = KeySet(["de", "van", "von", "da", "del", "di", "du", "der", "den", "dos", "das"])
    static let l14EnglishCompanyTails = KeySet(["corporation", "company", "group", "limited", "ltd", "inc", "holdings", "corp", "co"])

    mutating func l14EnglishCompanyNames() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), a >= 2, tokens[a].script == .latin, h15CapLatin(a), h15CapLatin(z) else { continue }
            // "Anton de Kom University of Suriname": a given name and a particle before a person-named institution's head.
            // (z > a: a one-word name has no head after its first word; the closed range would be reversed and trap.)
            if language == "en", z > a, l14FrenchLowerParticle(a - 1), h15CapLatin(a - 2), !tokens[a - 2].allCaps, tokens[a].spaceBefore,
               (a + 1...min(z, a + 3)).contains(where: { Self.l14EnglishNamedHeads.contains(tokens[$0]) }),
               !anyMention(where: { $0.end > tokens[a - 2].start && $0.start < tokens[a - 1].end && $0.type != .person }) {
                let s0 = tokens[a - 2].start
                for x in mentions.indices where x != i && mentionStart(x) >= s0 && mentionEnd(x) <= tokens[a - 1].end { drop.insert(x) }
                mentions[i] = mention(a - 2, z + 1, type: .organization, evidence: mentionEvidence(i))
                continue
            }
            // "China Road and Bridge Corporation": capitalized words and "and" before a company's last word are its name.
            guard Self.l14EnglishCompanyTails.contains(tokens[z]), keyIs(a - 1, "and"), h15CapLatin(a - 2) else { continue }
            var h = a - 2
            while h - 1 >= 0, a - 1 - h < 3, h15CapLatin(h - 1), !tokens[h].sentenceStart { h -= 1 }
            if tokens[h].sentenceStart, h < a - 2, !isCountry[h] { h += 1 }
            let s0 = tokens[h].start
            // Not over another name ("Siemens and Bridge Corporation"), a person or a company with its own last word.
            guard !anyMention(where: { $0.start < s0 && $0.end > s0 }),
                  !anyMention(where: { m in m.start >= s0 && m.end <= tokens[a - 2].end && m.type != .country
                    && (m.known != nil || m.type == .person || m.words.last.map { Self.l14EnglishCompanyTails.contains($0) } == true
                        || m.start == s0 && m.end == tokens[a - 2].end) }) else { continue }
            for x in mentions.indices where x != i && mentionStart(x) >= s0 && mentionEnd(x) <= tokens[a - 1].end && mentionType(x) != .country { drop.insert(x) }
            mentions[i] = mention(h, z + 1, type: .organization, evidence: mentionEvidence(i))
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    func l14FrenchLowerParticle(_ k: Int) -> Bool { l14FrenchLower(k) && Self.l14NameParticles.contains(tokens[k]) }

    // MARK: - Russian

    /// Last parts of Soviet-style compound company names ("Минсктранс", "Гомсельмаш", "Белоруснефть"), folded.
    static let l14RussianCompoundTails = ["транс", "маш", "пром", "строй", "энерго", "нефть", "нефти", "газ", "хим", "торг", "снаб"].map { TextFolding.key($0) }
    static let l14RussianCaseEndings = ["ом", "ем", "ью", "а", "я", "у", "ю", "е"].map { TextFolding.key($0) }
    static let l14RussianI = TextFolding.key("й")
    static let l14RussianTailBytes: [[UInt8]] = l14RussianCompoundTails.map { Array($0.utf8) }
    /// Tails after which a case ending follows a stem's -й folded away ("Вятдорстроя": "стро" + "я").
    static let l14RussianTailBytesBeforeEnding: [[UInt8]] = l14RussianTailBytes + [Array(TextFolding.key("стро").utf8)]
    static let l14RussianEndingBytes: [[UInt8]] = l14RussianCaseEndings.map { Array($0.utf8) }

    /// `key` is a compound name: at least three letters, then a tail of `l14RussianCompoundTails`, then at most one case
    /// ending. Compared as bytes (two per Cyrillic letter).
    static func l14RussianCompound(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { b -> Bool in
            func ends(_ len: Int, _ t: [UInt8]) -> Bool {
                guard len >= t.count + 6 else { return false }
                for j in 0..<t.count where b[len - t.count + j] != t[j] { return false }
                return true
            }
            if l14RussianTailBytes.contains(where: { ends(b.count, $0) }) { return true }
            for e in l14RussianEndingBytes where ends(b.count, e) {
                let len = b.count - e.count
                if l14RussianTailBytesBeforeEnding.contains(where: { ends(len, $0) }) { return true }
            }
            return false
        }
    }
    /// A one-word name's key without its case ending (and a stem's -й): "вятдорстроя", "вятдорстрой" → "вятдорстро".
    static func l14RussianBase(_ key: String) -> Substring {
        var s = Substring(key)
        if let e = l14RussianCaseEndings.first(where: { s.hasSuffix($0) }), s.count > e.count + 3 { s = s.dropLast(e.count) }
        if s.hasSuffix(l14RussianI) { s = s.dropLast(l14RussianI.count) }
        return s
    }

    mutating func l14Russian() {
        let n = tokens.count
        var added: [Mention] = []
        var replaced = Set<Int>()
        for k in 0..<n where tokens[k].script == .cyrillic && tokens[k].kind == .word && tokens[k].capitalized && !tokens[k].allCaps && !tokens[k].sentenceStart {
            // "на маршрутах Минсктранса": a one-word compound company name standing alone, in any case (its key's bytes
            // matched first: most capitalized Cyrillic words are no such name).
            let key = tokens[k].key
            // (The neighbours' flags before the key's endings: a capitalized word beside another, most of them, needs no byte test.)
            guard key.utf8.count >= 12, !(k > 0 && isCap(k - 1) && !tokens[k - 1].sentenceStart), !(k + 1 < n && isCap(k + 1)),
                  Self.l14RussianCompound(key), !isGivenNameKey(k) else { continue }
            // A place or country read from the name's first part ("Минсктранса" as Minsk) is the company.
            let (s0, e0) = (tokens[k].start, tokens[k].end)
            let over = mentions.indices.filter { mentionStart($0) < e0 && mentionEnd($0) > s0 }
            guard over.allSatisfy({ (mentionType($0) == .place || mentionType($0) == .country) && mentionStart($0) == s0 && mentionEnd($0) == e0 }) else { continue }
            replaced.formUnion(over)
            if isCountry[k] { isCountry[k] = false }
            var m = mention(k, k + 1, type: .organization, evidence: .cue)
            // Another case of the same name found as an organization ("«Вятдорстроя»" beside "Вятдорстрой") is the same one.
            let base = Self.l14RussianBase(key)
            if let o = firstMention(where: { $0.type == .organization && $0.words.count == 1 && $0.start != s0 && Self.l14RussianBase($0.words[0]) == base })
                ?? added.first(where: { $0.words.count == 1 && Self.l14RussianBase($0.words[0]) == base }) {
                m.words = o.words
            }
            added.append(m)
        }
        // "ОАО «Управляющая компания холдинга "Белкоммунмаш"»": a company's name in «» goes on over a quoted name inside.
        var inner = replaced
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && !inner.contains(i) {
            guard let (a, z) = seedSpan(i), a >= 1, tokens[a].script == .cyrillic, keyIs(a - 1, "«"), z + 3 < n,
                  keyIs(z + 1, "\"") || keyIs(z + 1, "„") || keyIs(z + 1, "“"), isCap(z + 2) else { continue }
            var c = z + 2
            while c < n, c - z <= 5, !(keyIs(c, "\"") || keyIs(c, "“") || keyIs(c, "”")) { c += 1 }
            guard c < n, c - z <= 5, c + 1 < n, keyIs(c + 1, "»") else { continue }
            let (s0, e0) = (tokens[z + 1].start, tokens[c].end)
            var m = mention(a, c + 1, type: .organization, evidence: mentionEvidence(i))
            m.variants = [mentionSurface(i)]
            for x in mentions.indices where x != i && mentionStart(x) >= s0 && mentionEnd(x) <= e0 && mentionType(x) != .country { inner.insert(x) }
            added.removeAll { $0.start >= s0 && $0.end <= e0 }
            mentions[i] = m
        }
        if !inner.isEmpty || !added.isEmpty { replaceMentions(removing: inner, adding: added) }
    }

    // MARK: - Chinese

    /// Province names a body's name may open with ("广西防城港务集团" beside "防城港务集团").
    static let l14HanProvinces = ["北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
        "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏", "新疆"]
    static let l14HanFairs = ["博览会", "展览会", "交易会", "展销会"]
    static let l14HanFairBytes: [[UInt8]] = l14HanFairs.map { Array($0.utf8) }
    static let l14HanGenericOpeners: [[UInt8]] = ["国际", "全国"].map { Array($0.utf8) }
    /// The provinces, alone and with 省.
    static let l14HanProvinceBytes: [[UInt8]] = l14HanProvinces.flatMap { [Array($0.utf8), Array(($0 + "省").utf8)] }

    mutating func l14Han() {
        var drop = Set<Int>()
        // The Han organizations (their first scalar in the CJK block), tested by bytes.
        let han = mentions.indices.filter { i in
            mentionType(i) == .organization && mentionKnown(i) == nil && (mentionSurface(i).utf8.first ?? 0) >= 0xE4 && (mentionSurface(i).utf8.first ?? 0) <= 0xE9
        }
        guard !han.isEmpty else { return }
        for i in han {
            let s = mentionSurface(i)
            let u = s.utf8
            // "参加国际工业博览会": an international fair named by its trade only is no organization.
            if u.count <= 27, Self.l14HanGenericOpeners.contains(where: { u.starts(with: $0) }), Self.l14HanFairBytes.contains(where: { u.reversed().starts(with: $0.reversed()) }) {
                drop.insert(i)
                continue
            }
            // "防城港务集团" after "广西防城港务集团": the body without its province is the body.
            guard u.count >= 12, han.count > 1 else { continue }
            for o in han where o != i && mentionSurface(o).utf8.count > u.count {
                let ou = mentionSurface(o).utf8
                let extra = ou.count - u.count
                guard extra <= 12, ou.reversed().starts(with: u.reversed()),
                      Self.l14HanProvinceBytes.contains(where: { p in p.count == extra && ou.starts(with: p) }) else { continue }
                mentions[i].words = mentionWords(o)
                break
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }
}
