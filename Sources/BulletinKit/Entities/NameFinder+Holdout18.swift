import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout18 (seeds-style wire copy in English, French and Arabic,
/// scored untouched at 0.770 before any of them). One pass, run after refineHoldout17; each rule is gated on its
/// language or script, and inside it on a hashed key or the mentions already found, so an article of another
/// language pays a flag test per rule and nothing else.
extension NameFinder {
    mutating func refineHoldout18() {
        let en = language == "en"
        if en { h18English() }
        if lang.fr { h18French() }
        if hasArabic { h18Arabic() }
    }

    /// Mention `m` in place of the unknown, non-country mentions it overlaps (`overKnown`: known places inside it too).
    mutating func h18Put(_ m: Mention, overKnown: Bool = false) {
        let (s, e) = (m.start, m.end)
        if overKnown { mentions.removeAll { $0.known != nil && $0.type != .country && $0.start >= s && $0.end <= e && $0.end - $0.start < e - s } }
        if anyMention(where: { $0.start < e && $0.end > s && $0.known != nil && $0.type != .country }) { return }
        mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < e && $0.end > s }
        mentions.append(m)
    }

    func h18Place(_ a: Int, _ b: Int) -> Mention {
        var m = mention(a, b, type: .place, evidence: .cue)
        m.placeContext = true
        return m
    }

    @inline(__always) func h18Lower(_ k: Int) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].script == .latin && !tokens[k].capitalized && !tokens[k].allCaps
    }

    /// Tokens `found..<p` of mention `a...z`: two or three capitalized words after a head word, closing the mention or
    /// followed by "and" and one more word.
    func h18PersonAfterHead(_ a: Int, _ z: Int) -> (Int, Int)? {
        for j in (a + 1)..<z where tokens[j - 1].kind == .word && Self.h18OrgTailHeads.contains(tokens[j - 1])
            && h15CapLatin(j) && h15CapLatin(j + 1) && !isCountry[j] && !isCountry[j + 1] && orgKeyword(at: j) == nil && !isConnector(j) {
            var p = j, words = 0
            while p <= z, h15CapLatin(p), words < 3 {
                p += 1
                words += 1
                if p < z, h15GluedHyphen(p), h15CapLatin(p + 1) { p += 2 }
            }
            guard words >= 2, p > z || keyIs(p, "and") && z - p <= 2,
                  !(j..<p).contains(where: { Self.h18OrgTailHeads.contains(tokens[$0]) || orgKeyword(at: $0) != nil || isCountry[$0] })
            else { continue }
            return (j, p)
        }
        return nil
    }

    // MARK: - English

    /// Heads an organization's name ends with; capitalized words glued after one ("… Technology Yegor Bulavsky") are a person.
    static let h18OrgTailHeads = KeySet(["university", "sciences", "technology", "plant", "limited", "ltd", "company", "committee", "agency",
        "bank", "group", "holding", "holdings", "institute", "council", "commission", "corporation", "mining", "energy", "industry",
        "development", "association", "union", "services", "fund", "factory", "works", "academy", "college", "centre", "center",
        "authority", "board", "chamber", "federation", "cooperative", "affairs", "agriculture", "trade", "province", "region"])
    /// Plural nouns whose "of X and Y" lists places: "the mines of Kansanshi and Lumwana".
    static let h18PluralSiteNouns = KeySet(["mines", "blocks", "fields", "deposits", "districts", "towns", "villages", "provinces",
        "regions", "ports", "cities", "settlements", "oases", "counties", "municipalities", "communes", "islands", "valleys"])
    /// Site nouns a name and its lowercase modifiers end with: "the Ben Luc high-tech agricultural zone".
    static let h18SiteNouns = KeySet(["zone", "park", "complex", "port", "terminal", "hub", "estate", "checkpoint", "crossing"])
    /// Nouns of a district after a name: "in O Mon district".
    static let h18DistrictNouns = KeySet(["district", "province", "commune", "ward", "county"])
    static let h18TitleWords = KeySet(["minister", "ministers", "secretary"])
    /// The gate of `h18English`' word loop: each of its three rules acts only at (or before) one of these nouns.
    static let h18EnglishWordCues = KeySet(h18PluralSiteNouns.members + h18SiteNouns.members + h18DistrictNouns.members)

    mutating func h18English() {
        let n = tokens.count
        var removed = Set<Int>(), adds: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z) = seedSpan(i), tokens[a].script == .latin else { continue }
            let key = tokens[a].key
            // "Vice", "Deputy", "PM": a title's word alone is no name.
            if a == z, key == "vice" || key == "deputy" || key == "pm" && tokens[a].allCaps { removed.insert(i); continue }
            // "Deputy PM Hien": the abbreviated title and a name the article gives in full elsewhere.
            if z > a, mentionType(i) == .person, tokens[a].allCaps, key == "pm" {
                let last = tokens[z].key
                if anyMention(where: { $0.type == .person && $0.start != mentionStart(i) && $0.words.last == last }) { removed.insert(i) }
                else { removed.insert(i); adds.append(mention(a + 1, z + 1, type: .person, evidence: .cue)) }
                continue
            }
            // "the Government of Santa Fe Province": the province, not its government.
            if z >= a + 2, key == "government", keyIs(a + 1, "of"), h15CapLatin(a + 2), mentionType(i) != .organization {
                removed.insert(i); adds.append(h18Place(a + 2, z + 1)); continue
            }
            // "Kazinform News Agency": the generic rest of a known agency's name.
            if z == a + 1, key == "news", keyIs(z, "agency"), a > 0, anyMention(where: { $0.known != nil && $0.end == tokens[a - 1].end }) {
                removed.insert(i); continue
            }
            // "Director General of OJSC Svetlogorsk Heavy Machinery Plant Artyom Krivonosov", "… Minister for North-Western
            // Province Ngosa Chileshe": the person after an organization's or a province's head word.
            if mentionType(i) == .organization || mentionType(i) == .place, z - a >= 2,
               (max(0, a - 8)..<a).contains(where: { titleMatch(at: $0) != nil }), let (found, p) = h18PersonAfterHead(a, z) {
                removed.insert(i)
                if found - a >= 2 { adds.append(mention(a, found, type: mentionType(i), evidence: mentionEvidence(i))) }
                adds.append(mention(found, p, type: .person, evidence: .cue))
                continue
            }
            // "Minister of Mines and Minerals Development of Zambia": a title's portfolio after "and" is no organization.
            if mentionType(i) == .organization, a >= 3, keyIs(a - 1, "and"),
               (max(0, a - 7)..<(a - 1)).contains(where: { Self.h18TitleWords.contains(tokens[$0]) && keyIs($0 + 1, "of") }) {
                removed.insert(i); continue
            }
        }
        replaceMentions(removing: removed, adding: adds)
        let the = Token.hash("the")   // (spd23: compared by hash first at every Latin word: nearly every one differs)
        // (spd23: the word lists read once, not through their lazy statics at every lowercase word.)
        let pluralSites = Self.h18PluralSiteNouns, districts = Self.h18DistrictNouns
        // (The word loop acts only at a plural site, site or district noun: an article with none skips it.)
        var k = articleHas(Self.h18EnglishWordCues) ? 0 : n
        while k < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin else { continue }
            // (spd29: no `let key = tokens[k].key` per word, a retain and a release of the key each: the sets read it only
            // past their hash filter.)
            // "the mines of Kansanshi and Lumwana", "the farming blocks of Mwinilunga and Kasempa": places.
            if !tokens[k].capitalized, pluralSites.contains(tokens[k]), keyIs(k + 1, "of"), h15CapLatin(k + 2) {
                var j = k + 2
                var names: [(Int, Int)] = []
                while j < n, h15CapLatin(j), !isCountry[j] {
                    var e = j
                    while h15CapLatin(e), e - j < 3 { e += 1 }
                    names.append((j, e))
                    if keyIs(e, ","), h15CapLatin(e + 1) { j = e + 1 } else if keyIs(e, "and"), h15CapLatin(e + 1) { j = e + 1 } else { break }
                }
                if names.count >= 2 {
                    for (s, e) in names where !anyMention(where: { $0.known != nil && $0.start < tokens[e - 1].end && $0.end > tokens[s].start }) {
                        h18Put(h18Place(s, e))
                    }
                }
                continue
            }
            // "the Cai Mep – Thi Vai port complex", "the Ben Luc high-tech agricultural zone": a site named before its noun.
            if keyIs(k, "the", hash: the), h15CapLatin(k + 1) {
                var e = k + 1
                while h15CapLatin(e), e - k <= 3 { e += 1 }
                if e < n, tokens[e].kind == .punct, tokens[e].spaceBefore, keyIs(e, "–") || keyIs(e, "-"), h15CapLatin(e + 1) {
                    var f = e + 1
                    while h15CapLatin(f), f - e <= 3 { f += 1 }
                    e = f
                }
                var m = e
                while m < n, m - e < 4, h18Lower(m) || h15GluedHyphen(m) {
                    if Self.h18SiteNouns.contains(tokens[m]) { break }
                    m += 1
                }
                if m < n, m > e || e - k > 2, h18Lower(m), Self.h18SiteNouns.contains(tokens[m]),
                   !(k + 1..<e).contains(where: { isCountry[$0] || orgKeyword(at: $0) != nil }),
                   !anyMention(where: { ($0.known != nil || $0.type != .person) && $0.start < tokens[e - 1].end && $0.end > tokens[k + 1].start }) {
                    h18Put(h18Place(k + 1, e))
                    k = e
                }
                continue
            }
            // "in O Mon district": a one-letter syllable opens the name before its district noun.
            if !tokens[k].capitalized, districts.contains(tokens[k]), k >= 3, h15CapLatin(k - 1), h15CapLatin(k - 2),
               PlainText.count(tokens[k - 2].key) == 1, keyIs(k - 3, "in") || keyIs(k - 3, "of") {
                h18Put(h18Place(k - 2, k))
            }
        }
    }

    // MARK: - French

    static let h18FrenchOf = KeySet(["de", "du", "des", "d'"])
    static let h18FrenchDeterminers = KeySet(["autres", "plusieurs", "nombreux", "nombreuses", "certains", "certaines", "ces", "ses", "leurs", "tous", "toutes", "divers"])
    static let h18FrenchCompass = KeySet(["nord", "sud", "est", "ouest", "centre", "nord-ouest", "nord-est", "sud-ouest", "sud-est"])
    static let h18FrenchTitles = KeySet(["ministre", "sous-ministre", "vice-ministre", "ministere", "secretaire", "ministres"])
    /// Endings of French verbs that may follow a name and be read into it ("… Saguinov ouvriront").
    static let h18FrenchVerbEndings = ["ront", "rait", "raient", "eront", "ent", "ait", "era"]

    static let h18FrenchAuxiliaries = KeySet(["ont", "a", "est", "sont", "sera", "seront", "avait", "etait", "etaient", "va", "vont", "fait", "font"])
    func h18FrenchVerb(_ k: Int) -> Bool {
        Self.h18FrenchAuxiliaries.contains(tokens[k]) || Self.hasAnySuffix(tokens[k].key, Self.h18FrenchVerbEndings)
    }

    mutating func h18French() {
        let n = tokens.count
        var removed = Set<Int>(), adds: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z) = seedSpan(i), tokens[a].script == .latin else { continue }
            // "le président du conseil d'administration du Service géologique national": the board is no part of the name.
            if !tokens[a].capitalized, keyIs(a, "conseil"), keyIs(a + 1, "d'"), keyIs(a + 2, "administration"), a + 4 <= z,
               Self.h18FrenchOf.contains(tokens[a + 3]) {
                var s = a + 4
                if keyIs(s, "la") || keyIs(s, "l'") { s += 1 }
                guard s <= z, h15CapLatin(s) else { continue }
                removed.insert(i)
                adds.append(h18ShortForm(mention(s, z + 1, type: .organization, evidence: mentionEvidence(i))))
                continue
            }
            // "Le directeur général de Lâm Thao, …": a company named by the end of its full name is that company.
            if mentionType(i) == .person, a >= 1, Self.h18FrenchOf.contains(tokens[a - 1]) {
                let m = h18ShortForm(mention(a, z + 1, type: .organization, evidence: .cue))
                if !m.variants.isEmpty { removed.insert(i); adds.append(m); continue }
            }
            // "Val-d'Or": a hyphenated name goes on over an elided article.
            if z + 3 < n, h15GluedHyphen(z + 1), tokens[z + 2].kind == .elision, !tokens[z + 3].spaceBefore, h15CapLatin(z + 3) {
                removed.insert(i)
                adds.append(mention(a, z + 4, type: mentionType(i), evidence: mentionEvidence(i)))
                continue
            }
            // "ministre de l'Industrie et de la Construction de la République du Kazakhstan, Yerlan …", "… des Ressources
            // naturelles et des Forêts, Geneviève …": a title's portfolio read as a person.
            if mentionType(i) == .person || mentionType(i) == nil, a >= 2, Self.h18FrenchOf.contains(tokens[a - 1])
                || keyIs(a - 1, "la") && keyIs(a - 2, "de") || keyIs(a - 1, "l'") {
                var j = a - 1, title = false
                while j >= 0, a - j <= 12, !(tokens[j].kind == .punct && !keyIs(j, "'")) {
                    if Self.h18FrenchTitles.contains(tokens[j]) { title = true; break }
                    j -= 1
                }
                if title { removed.insert(i); continue }
            }
            guard mentionType(i) == .organization else { continue }
            // "… Abylkas Saguinov ouvriront": a verb after the name's last capitalized word.
            if z - a >= 2, h18Lower(z), h15CapLatin(z - 1), h18FrenchVerb(z) {
                removed.insert(i)
                adds.append(mention(a, z, type: .organization, evidence: mentionEvidence(i)))
                continue
            }
            // Lowercase words an institution's name goes on over: "Conseil du coton et de l'anacarde", "Comptoir agricole du
            // Zanzan", "Université … du Fujian", "Chambre de commerce et d'industrie Canada-Kazakhstan", "Université du Québec en
            // Abitibi-Témiscamingue", "Collège d'agriculture, des sciences animales et de médecine vétérinaire".
            guard tokens[a].capitalized, a == z || orgKeyword(at: a) != nil else { continue }
            var e = z + 1
            var fields = false, closed = false
            while e < n {
                // "et de l'anacarde", "et de foresterie", "et des Forêts" after a lowercase word of the name.
                if keyIs(e, "et"), h18Lower(e - 1), e + 2 < n, Self.h18FrenchOf.contains(tokens[e + 1]) {
                    var w = e + 2
                    if keyIs(w, "la") || keyIs(w, "l'") { w += 1 }
                    if h18Lower(w), !Self.h18FrenchDeterminers.contains(tokens[w]) {
                        fields = true
                        e = w + 1
                        if h18Lower(e), !Self.h18FrenchOf.contains(tokens[e]), !keyIs(e, "et"), !h18FrenchVerb(e) { e += 1 }
                        continue
                    }
                }
                // ", des sciences animales et de médecine vétérinaire": a list of fields, closed by "et".
                if keyIs(e, ","), h18Lower(e - 1), keyIs(e + 1, "des") || keyIs(e + 1, "du") || keyIs(e + 1, "de"), h18Lower(e + 2) {
                    var w = e + 2
                    while h18Lower(w), !keyIs(w, "et"), w - e < 6 { w += 1 }
                    // (`w + 1 < n`: "et" may end the text.)
                    if keyIs(w, "et"), w + 1 < n, Self.h18FrenchOf.contains(tokens[w + 1]), h18Lower(w + 2) {
                        fields = true
                        e = w + 3
                        while h18Lower(e), e - w < 5, !Self.h18FrenchOf.contains(tokens[e]), !h18FrenchVerb(e) { e += 1 }
                        continue
                    }
                }
                // "agricole du Zanzan": a lowercase adjective before "du/de" and a capitalized name.
                // (`e + 1 < n`: the adjective may end the text.)
                if e == z + 1, e + 1 < n, h18Lower(e), tokens[e].key.count >= 5, Self.h18FrenchOf.contains(tokens[e + 1]),
                   h15CapLatin(e + 2), !isCountry[e + 2], !h18FrenchVerb(e) {
                    e += 1
                    continue
                }
                // "du Fujian", "de Bù Gia Mập" after a lowercase word of the name.
                if h18Lower(e - 1), Self.h18FrenchOf.contains(tokens[e]), h15CapLatin(e + 1), !isCountry[e + 1] {
                    var w = e + 1
                    while h15CapLatin(w), w - e <= 3 { w += 1 }
                    e = w
                    closed = true
                    break
                }
                // "industrie Canada-Kazakhstan": two countries joined by a hyphen after a lowercase word.
                if h18Lower(e - 1), e + 2 < n, isCountry[e], h15GluedHyphen(e + 1), isCountry[e + 2] { e += 3; closed = true; break }
                // "Université du Québec en Abitibi-Témiscamingue".
                if keyIs(e, "en"), h15CapLatin(e + 1), !isCountry[e + 1], keyIs(a, "universite") || keyIs(a, "institut") || keyIs(a, "ecole") {
                    var w = e + 1
                    while h15CapLatin(w), w - e <= 2 { w += 1; if h15GluedHyphen(w), h15CapLatin(w + 1) { w += 2 } }
                    e = w
                    closed = true
                    break
                }
                break
            }
            // Fields run over "et" only when the name then ends with a place, two countries or its acronym ("Le Centre
            // national du cinéma et de l'école publique a …" names no school).
            if fields, !closed, !keyIs(e, "(") { e = z + 1 }
            if e > z + 1 {
                removed.insert(i)
                adds.append(mention(a, e, type: .organization, evidence: mentionEvidence(i)))
            }
        }
        replaceMentions(removing: removed, adding: [])
        for m in adds { h18Put(m, overKnown: true) }
        // "dans la province du Sud", "la province de l'Ouest": a province named by its compass word.
        let province = Token.hash("province")   // (spd23: compared by hash first at every lowercase word)
        for k in 0..<n where tokens[k].kind == .word && !tokens[k].capitalized && keyIs(k, "province", hash: province) {
            var c = k + 1
            if keyIs(c, "du") { c += 1 } else if keyIs(c, "de"), keyIs(c + 1, "l'") { c += 2 } else if keyIs(c, "d'") { c += 1 } else { continue }
            guard h15CapLatin(c), Self.h18FrenchCompass.contains(tokens[c]), !h15CapLatin(c + 1) else { continue }
            h18Put(h18Place(k, c + 1))
        }
    }

    /// `m` with the words of an organization whose full name ends with it ("Phúc Lộc Bình Phú" of "Hạt điều Phúc Lộc Bình
    /// Phú"), and that name as a variant; `m` unchanged when there is none.
    func h18ShortForm(_ m: Mention) -> Mention {
        guard let full = firstMention(where: { $0.type == .organization && $0.end - $0.start > m.end - m.start && $0.surface.hasSuffix(" " + m.surface) })
        else { return m }
        var x = m
        x.words = full.words
        x.variants.append(full.surface)
        return x
    }

    // MARK: - Arabic

    /// "والهيئة العامة للسلع التموينية المصرية", "للجنة الحكومية المشتركة القازاقية المصرية", "للشركة العامة لصناعة السيارات
    /// والمعدات", "مع مركز البحوث الزراعية المصري": an institution's head (a clitic glued to it or not) and the definite words,
    /// لـ complements and و-pairs after it, three words at least, where the mentions found stop short of them.
    mutating func h18ArabicInstitutionChains() {
        let n = tokens.count
        // (Read once: a static's every read calls `swift_once`, and this one is read for every Arabic word.)
        let orgHeads = Self.h18ArabicOrgHeads
        var k = 0
        while k < n {
            defer { k += 1 }
            guard h18ArabicWord(k) else { continue }
            var head = ""
            if orgHeads.contains(tokens[k]) { head = tokens[k].text }
            // (The chain's trigger fact, the key not being a head: a clitic letter before a head stem.)
            else if arabicFact(k, ArabicFact.h18InstitutionTrigger) {
                // The head as written without its clitic ("للجنة" → "اللجنة", "والهيئة" → "الهيئة", "لشركة" → "شركة").
                let tx = tokens[k].text
                head = NameFinder.arabicHasPrefix(tx, "لل") ? "ال" + tx.dropFirst(2) : String(tx.dropFirst())
            }
            guard !head.isEmpty else { continue }
            var e = k + 1, complement = false, pair = false
            let indefinite = !NameFinder.arabicHasPrefix(head, "ال")
            while h18ArabicWord(e), e - k <= 7, !h18ArabicIn(e, Self.h18ArabicStops), !h18ArabicIn(e, Self.h18ArabicPersonHonorifics) {
                let tx = tokens[e].text
                // After a و-pair, only its adjective ("والجسور المعلقة"; not "والجسور الأشغال").
                if pair {
                    if h18Article(e), NameFinder.arabicHasSuffix(tx, "ة") || NameFinder.arabicHasSuffix(tx, "ي"), !h18CountryWord(e) { e += 1 }
                    break
                }
                if h18Article(e) {
                    // After a complement and its noun, only adjectives ("لنقل الغاز الأعمال": the verb's object).
                    if complement, !h18ArabicWord(e - 1) || !NameFinder.arabicHasPrefix(tokens[e - 1].text, "ل"),
                       !(NameFinder.arabicHasSuffix(tx, "ة") || NameFinder.arabicHasSuffix(tx, "ي")) { break }
                    e += 1
                    continue
                }
                // "مركز لتجميع الجرارات": an indefinite head and its purpose describe, they do not name; nor a complement after a
                // country's adjective ("مجلس النواب اللبناني للاتفاق").
                if NameFinder.arabicHasPrefix(tx, "ل"), indefinite && e == k + 1 || h18CountryWord(e - 1) { break }
                // One complement: "للسلع", or "لـ" and a noun its definite complement follows ("لصناعة السيارات").
                if !complement, NameFinder.arabicHasPrefix(tx, "ل"), PlainText.count(tx) >= 4, NameFinder.arabicHasPrefix(tx, "لل") || h18ArabicWord(e + 1) && h18Article(e + 1),
                   !arabicFact(e, ArabicFact.h18OrgHeadStem) { complement = true; e += 1; continue }
                if complement, NameFinder.arabicHasPrefix(tx, "وال"), !tokens[e].stems.contains(where: { Self.h18ArabicOrgHeads.contains($0) || Self.h18ArabicNotPairs.contains($0) }),
                   !Self.h18ArabicNotPairs.contains(TextFolding.key(String(tx.dropFirst()))) { e += 1; pair = true; continue }
                break
            }
            guard e - k >= 3, complement || e - k >= 4 else { continue }
            let (s, t) = (tokens[k].start, tokens[e - 1].end)
            // Inside an organization's name ("معهد … في منطقة تشاو"): the organization ends before "في"
            // (also when the place was found).
            if let o = firstMentionIndex(where: { $0.type == .organization && $0.known == nil && $0.start < s && $0.end > s }),
               let (oa, _) = seedSpan(o), k >= oa + 3, h18ArabicIn(k - 1, Self.h18Keys1) {
                mentions[o] = mention(oa, k - 1, type: .organization, evidence: mentionEvidence(o))
            }
            guard !anyMention(where: { $0.start <= s + 2 && $0.end >= t }),
                  !anyMention(where: { $0.start < t && $0.end > s && $0.type != .country && ($0.known != nil || $0.type == .person || $0.type == .place) })
            else { continue }
            var m = mention(k, e, type: .organization, evidence: .cue)
            if head != tokens[k].text {
                // The clitic stays outside the name: the head as its stem reads ("للجنة" → "اللجنة").
                m.start += 1
                m.surface = head + " " + surface(k + 1, e)
                m.words[0] = TextFolding.key(head)
            }
            h18Put(m)
            k = e - 1
        }
    }

    static func h18Keys(_ words: [String]) -> KeySet { KeySet(words.map { TextFolding.key($0) }) }
    /// Heads of institutions whose name may go on over "و" and a second noun ("للاستثمار الزراعي والإنتاج الحيواني").
    static let h18ArabicOrgHeads = h18Keys(["شركة", "الشركة", "مؤسسة", "المؤسسة", "الهيئة", "هيئة", "المعهد", "معهد", "مركز", "المركز",
        "مجموعة", "جامعة", "الجامعة", "اللجنة", "لجنة", "الصندوق", "صندوق", "البنك", "بنك", "الاتحاد", "اتحاد", "المجلس", "مجلس", "وزارة"])
    /// Honorifics inside a name a university or a port takes ("جامعة السلطان قابوس").
    static let h18ArabicHonorifics = h18Keys(["السلطان", "الملك", "الأمير", "الشيخ", "الإمام"])
    static let h18ArabicUniversityAdjectives = h18Keys(["الحكومية", "الوطنية", "التقنية", "الحكومي", "الوطني", "التقني", "الدولية", "الطبية"])
    /// Honorifics before a person's name.
    static let h18ArabicPersonHonorifics = h18Keys(["الدكتور", "الدكتورة", "المهندس", "المهندسة", "د."])
    /// Words no person's name holds (pronouns glued to a preposition): "رئيس الدولة طلب منا العودة".
    static let h18ArabicNotNames = h18Keys(["منا", "لنا", "منه", "منها", "له", "لها", "عليه", "عليها", "إلينا", "بنا", "لهم", "منهم"])
    static let h18ArabicStops = h18Keys(["في", "من", "على", "إلى", "عن", "أن", "إن", "الذي", "التي", "مع", "خلال", "بعد", "قبل", "حيث", "و",
        "أو", "ثم", "قد", "كان", "بين", "عبر", "لدى"])
    static let h18ArabicAgency = TextFolding.key("وكالة")
    static let h18ArabicNameLinks = h18Keys(["عبد"])
    static let h18ArabicFamilyLinks = h18Keys(["أبو", "بن", "ابن", "بنت", "آل"])
    /// Nouns after و that are the sentence's, not a second field of the name ("للتنمية الريفية والحكومة").
    static let h18ArabicNotPairs = h18Keys(["الحكومة", "الدولة", "الشعب", "البرلمان", "الشركات", "الوزارات", "المؤسسات", "الجهات", "القطاع",
        "الحكومات", "الوزارة", "الشركة", "المواطنين", "السلطات"])
    static let h18ArabicDay = TextFolding.key("يوم")
    static let h18Keys1 = h18Keys(["في"])
    static let h18ArabicUniversity = TextFolding.key("جامعة")
    static let h18ArabicMunicipality = TextFolding.key("بلدية")
    static let h18ArabicMunicipalityKeys = h18Keys(["بلدية"])
    /// Titles a person mention may open with ("نائب وزير الإسكان" is a title and its portfolio, no person).
    static let h18ArabicTitles = h18Keys(["نائب", "وزير", "رئيس", "مدير", "عميد", "محافظ", "سفير", "مستشار", "وكيل"])
    static let h18ArabicMonths = h18Keys(["يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
        "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين"])
    /// Nouns before a place's name: the foreign words after one are the place ("في مدينة بريدة", "منطقة تشاو ثانه").
    static let h18ArabicPlaceNouns = h18Keys(["مدينة", "منطقة", "مقاطعة", "محافظة", "ولاية", "قضاء", "واحة", "ناحية", "بلدة", "إقليم"])
    /// Words after a place noun that describe it ("مدينة جديدة", "منطقة واحدة").
    static let h18ArabicNotPlaceNames = h18Keys(["جديدة", "جديد", "كبيرة", "كبرى", "صغيرة", "واحدة", "أخرى", "حرة", "نائية", "مجاورة", "قريبة", "بعيدة", "مختلفة", "عدة", "كل"])
    static let h18ArabicCompass = h18Keys(["شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "أقصى"])
    /// Of those, the ones a name with the article follows ("قضاء المحاويل", "واحة الفرافرة"; "منطقة التجارة" names none).
    static let h18ArabicPlaceNounsBeforeArticle = h18Keys(["قضاء", "واحة", "ناحية", "بلدة"])

    @inline(__always) func h18ArabicWord(_ k: Int) -> Bool { k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].script == .arabic }
    func h18ArabicIn(_ k: Int, _ set: KeySet) -> Bool { h18ArabicWord(k) && set.contains(tokens[k]) }
    /// Token `k` is an Arabic word of a list with one clitic letter (و، ب، ل، ف) glued before it ("ومنطقة", "وعميد"; not
    /// "المنطقة"): `fact` is the list's `ArabicFact` bit (h18CliticPlaceNoun, h18CliticMunicipality),
    /// answered once per word by `ArabicFact.h18CliticWord` (it hashed the word's stems and its key without the clitic).
    @inline(__always) func h18Clitic(_ k: Int, _ fact: UInt32) -> Bool { h18ArabicWord(k) && arabicFact(k, fact) }

    /// `"ولبف".unicodeScalars.contains(text.unicodeScalars.first)`: و U+0648, ل U+0644, ف U+0641
    /// (D9 88, D9 84, D9 81) or ب U+0628 (D8 A8), read from the first two bytes.
    static func h18OpensWithClitic(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { b in
            b.count >= 2 && (b[0] == 0xD9 && (b[1] == 0x88 || b[1] == 0x84 || b[1] == 0x81) || b[0] == 0xD8 && b[1] == 0xA8)
        } ?? text.unicodeScalars.first.map { "ولبف".unicodeScalars.contains($0) } ?? false
    }

    func h18CountryWord(_ k: Int) -> Bool {
        isCountry[k] || anyMention { $0.type == .country && $0.start <= tokens[k].start && $0.end >= tokens[k].end }
    }
    @inline(__always) func h18Article(_ k: Int) -> Bool { keyStarts(k, "ال") }

    mutating func h18Arabic() {
        let n = tokens.count
        // Which scans below can start anywhere in the article (their trigger words' facts, or-ed over its tokens).
        let facts = arabicArticleFacts()
        if facts & ArabicFact.h18InstitutionTrigger != 0 { h18ArabicInstitutionChains() }
        var removed = Set<Int>(), adds: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z) = seedSpan(i), tokens[a].script == .arabic else { continue }
            // "وكالة الأنباء العراقية" read without its first letter (as if "و" were a conjunction).
            if mentionType(i) == .organization, mentionStart(i) > tokens[a].start, PhraseMatcher.same(tokens[a].key, Self.h18ArabicAgency) {
                var e = z + 1
                if h18ArabicWord(e), h18Article(e), h18CountryWord(e) { e += 1 }
                var m = mention(a, e, type: .organization, evidence: .cue)
                // The agency the dateline names in parentheses ("(واع)") is this one.
                if let d = firstMention(where: { $0.parenthesized && $0.type == .organization && $0.start < 400 && $0.surface.count <= 5 }) {
                    m.words = d.words
                    m.variants.append(d.surface)
                }
                removed.insert(i); adds.append(m); continue
            }
            // "بيان للوزارة تلقته": a head with a clitic and a verb is no name.
            if mentionType(i) == .organization, z == a + 1, NameFinder.arabicHasPrefix(tokens[a].text, "لل"), !h18Article(z), !NameFinder.arabicHasPrefix(tokens[z].text, "ل") {
                removed.insert(i); continue
            }
            if mentionType(i) == .person {
                // "رئيس الدولة طلب منا العودة": a pronoun glued to a preposition is no part of a name.
                if (a...z).contains(where: { h18ArabicIn($0, Self.h18ArabicNotNames) }) { removed.insert(i); continue }
                // "نائب وزير الإسكان": a title and its portfolio.
                if h18ArabicIn(a, Self.h18ArabicTitles), (a + 1...max(a + 1, z)).allSatisfy({ $0 > z || h18Article($0) || h18ArabicIn($0, Self.h18ArabicTitles) }) {
                    removed.insert(i); continue
                }
                continue
            }
            guard mentionType(i) == .organization, let head = (a...min(a + 1, z)).first(where: { h18ArabicIn($0, Self.h18ArabicOrgHeads)
                || arabicFact($0, ArabicFact.h18OrgHeadStem) }) else { continue }
            var e = z + 1
            // "جامعة السلطان قابوس": an honorific ending the name takes the name after it.
            if h18ArabicIn(z, Self.h18ArabicHonorifics), h18ArabicWord(e), !h18Article(e), !h18ArabicIn(e, Self.h18ArabicStops) { e += 1 }
            // "جامعة يانكا كوبالا الحكومية": a foreign name after a university goes on over its next word and an adjective.
            if e == z + 1, z == head + 1, PhraseMatcher.same(tokens[head].key, Self.h18ArabicUniversity), !h18Article(z), h18ArabicWord(e), !h18Article(e), !h18ArabicIn(e, Self.h18ArabicStops),
               !NameFinder.startsWithWaw(tokens[e].text), !arabicFact(e, ArabicFact.h18OrgHeadStem) {
                e += 1
                if h18ArabicIn(e, Self.h18ArabicUniversityAdjectives) { e += 1 }
            }
            // "الشركة السعودية للاستثمار الزراعي والإنتاج الحيواني", "… للمناطق الاقتصادية الخاصة والمناطق الحرة": a second field after و.
            if e == z + 1, head < z, (head + 1...z).contains(where: { keyStarts($0, "لل") || keyStarts($0, "ل") && !h18Article($0) }),
               h18ArabicWord(e), let f = tokens[e].text.unicodeScalars.first, f == "و", PlainText.count(tokens[e].text) >= 4,
               !arabicFact(e, ArabicFact.h18OrgHeadStem), !isCountry[e],
               !Self.h18ArabicNotPairs.contains(TextFolding.key(String(tokens[e].text.dropFirst()))),
               !anyMention(where: { $0.start < tokens[e].end && $0.end > tokens[e].start && $0.type != .organization }) {
                let definite = NameFinder.arabicHasPrefix(tokens[e].text, "وال")
                e += 1
                // Its adjective ("الحيواني", "الحرة") or, after an indefinite noun, its complement ("وإنتاج المحاصيل").
                if h18ArabicWord(e), h18Article(e), !isCountry[e], !h18ArabicIn(e, Self.h18ArabicStops),
                   definite || !NameFinder.arabicHasPrefix(tokens[e - 1].text, "وال") { e += 1 }
            }
            var m: Mention? = e > z + 1 ? mention(a, e, type: .organization, evidence: mentionEvidence(i)) : nil
            if var x = m, mentionStart(i) > tokens[a].start {
                // Keep a clitic the mention left outside.
                x = l14DropClitic(x, mentionStart(i) - tokens[a].start)   // (the first word's key without it too)
                m = x
            }
            // "شركة المروج للتنمية الزراعية السعودية": the name without the country's adjective is also its name.
            let last = m == nil ? z : e - 1
            if last - a >= 2, h18CountryWord(last), !h18CountryWord(last - 1) {
                var x = m ?? mentions[i]
                let clitic = mentionStart(i) - tokens[a].start
                x.variants.append(String(surface(a, last).dropFirst(clitic)))
                m = x
            }
            if let m { removed.insert(i); adds.append(m) }
        }
        replaceMentions(removing: removed, adding: [])
        for m in adds { h18Put(m) }
        // "الدكتور فرج سالم الشريف": a person after an honorific.
        // (The lists the token loops ask of every Arabic word, read into locals once: a static's every read calls `swift_once`.)
        let honorifics = Self.h18ArabicPersonHonorifics, placeNouns = Self.h18ArabicPlaceNouns, municipality = Self.h18ArabicMunicipality
        // (Not scanned when no word of the article is an honorific: the scan would start nowhere.)
        var k = facts & ArabicFact.h18HonorificTrigger != 0 ? 0 : n
        while k < n {
            defer { k += 1 }
            // (The next words' byte tests before the honorific's, which hashes every stem of the word.)
            guard h18ArabicWord(k + 1), h18ArabicWord(k + 2), !h18Article(k + 1),
                  h18ArabicIn(k, honorifics) || arabicFact(k, ArabicFact.h18HonorificStem) else { continue }
            if let e = h18PersonAfterHonorific(k) { k = e - 1 }
        }
        // (Not scanned when no word of the article is a place noun or "بلدية", bare or behind a clitic.)
        k = facts & ArabicFact.h18PlaceTrigger != 0 ? 0 : n
        while k < n {
            defer { k += 1 }
            guard h18ArabicWord(k) else { continue }
            // "عميد بلدية مصراتة محمود عبد السلام الزروق": a municipality after a title, and the person after it.
            if PhraseMatcher.same(tokens[k].key, municipality) || h18Clitic(k, ArabicFact.h18CliticMunicipality), h18ArabicWord(k + 1), !h18Article(k + 1),
               !h18ArabicIn(k + 1, Self.h18ArabicStops) {
                var s = k
                if !PhraseMatcher.same(tokens[k].key, Self.h18ArabicMunicipality), let f = tokens[k].text.unicodeScalars.first, "وبلف".unicodeScalars.contains(f) { s = -1 }
                if s >= 0, !anyMention(where: { $0.type == .organization && $0.start <= tokens[k].start && $0.end >= tokens[k + 1].end }) {
                    h18Put(mention(k, k + 2, type: .organization, evidence: .cue))
                }
                if h18ArabicIn(k - 1, Self.h18ArabicTitles)
                    || h18ArabicWord(k - 1) && ArabicFact.h18CliticWord(key: tokens[k - 1].key, stems: tokens[k - 1].stems, Self.h18ArabicTitles),
                   h18ArabicWord(k + 2), h18ArabicWord(k + 3), !h18Article(k + 2), !h18ArabicIn(k + 2, Self.h18ArabicStops) {
                    var e = k + 2
                    while h18ArabicWord(e), e - k <= 6, !h18ArabicIn(e, Self.h18ArabicStops), !isCountry[e] {
                        e += 1
                        if h18Article(e - 1), !h18ArabicIn(e - 2, Self.h18ArabicNameLinks) { break }
                        if e - 2 > k + 1, h18ArabicIn(e - 2, Self.h18ArabicFamilyLinks) { break }
                    }
                    if e - k >= 4 { h18Put(mention(k + 2, e, type: .person, evidence: .cue)) }
                }
                k += 1
                continue
            }
            // "في مدينة بريدة", "في منطقة تشاو ثانه", "ميناء خور الزبير", "قضاء المحاويل": a place after its noun.
            guard h18ArabicIn(k, placeNouns) || h18Clitic(k, ArabicFact.h18CliticPlaceNoun),
                  h18ArabicWord(k + 1), !h18ArabicIn(k + 1, Self.h18ArabicStops), !isCountry[k + 1],
                  !h18ArabicIn(k + 1, Self.h18ArabicNotPlaceNames), h18Article(k + 1) || !NameFinder.arabicHasSuffix(tokens[k + 1].text, "ية") else { continue }
            var e = k + 1
            if h18Article(k + 1) {
                guard h18ArabicIn(k, Self.h18ArabicPlaceNounsBeforeArticle) else { continue }
                e = k + 2
            } else {
                while h18ArabicWord(e), e - k <= 2, !h18Article(e), !h18ArabicIn(e, Self.h18ArabicStops), !h18ArabicIn(e, Self.h18ArabicCompass),
                      !NameFinder.arabicHasPrefix(tokens[e].text, "ل"), e == k + 1 || !(NameFinder.arabicHasPrefix(tokens[e].text, "و") || NameFinder.arabicHasPrefix(tokens[e].text, "ي") || NameFinder.arabicHasPrefix(tokens[e].text, "ت")),
                      !isCountry[e], titleMatch(at: e) == nil { e += 1 }
                guard e > k + 1 else { continue }
                // "خور الزبير": a name's second word with the article (no adjective in -ي/-ية).
                if e == k + 2, h18ArabicWord(e), h18Article(e), !h18ArabicIn(e, Self.h18ArabicStops), !isCountry[e],
                   !NameFinder.arabicHasSuffix(tokens[e].text, "ي"), !NameFinder.arabicHasSuffix(tokens[e].text, "ية"), !NameFinder.arabicHasSuffix(tokens[e].text, "ة") { e += 1 }
            }
            let (s, t) = (tokens[k].start, tokens[e - 1].end)
            // Inside an organization's name ("معهد … في منطقة تشاو"): the organization ends before "في"
            // (also when the place was found).
            if let o = firstMentionIndex(where: { $0.type == .organization && $0.known == nil && $0.start < s && $0.end > s }),
               let (oa, _) = seedSpan(o), k >= oa + 3, h18ArabicIn(k - 1, Self.h18Keys1) {
                mentions[o] = mention(oa, k - 1, type: .organization, evidence: mentionEvidence(o))
            }
            guard !anyMention(where: { $0.start <= tokens[k + 1].start && $0.end >= t && ($0.type == .place || $0.type == .organization || $0.known != nil) })
            else { k = e - 1; continue }
            if e > k + 2, titleMatch(at: k + 1) == nil,
               anyMention(where: { $0.type == .place && $0.start <= tokens[k + 1].start && $0.end >= tokens[k + 1].end && $0.end < t }) { k = e - 1; continue }
            var m = h18Place(k, e)
            if !h18ArabicIn(k, Self.h18ArabicPlaceNouns) {
                // The clitic stays outside the name ("وبلدة أنسونغو" → "بلدة أنسونغو").
                m = l14DropClitic(m, 1)
            }
            h18Put(m)
            k = e - 1
        }
        // "مصنع مينسك للمحركات": a known place inside an organization's name is no mention of the place.
        let orgs = mentions.filter { $0.type == .organization && $0.end - $0.start > 8 }
        if !orgs.isEmpty {
            mentions.removeAll { m in m.known != nil && m.type == .place && orgs.contains { $0.start < m.start && $0.end >= m.end } }
        }
        // "مصراتة 28 نوفمبر (وال) -": the dateline's town before its date (the text's first word or its second line's).
        guard let a0 = tokens.indices.first(where: { tokens[$0].kind == .word }) else { return }
        var starts = [a0]
        var s = a0 + 1
        while s < n, s < 80, !tokens[s].newlineBefore { s += 1 }
        if s < n, s < 80 { starts.append(s) }
        for a in starts where h18ArabicWord(a) {
            guard !h18ArabicIn(a, Self.h18ArabicStops), !PhraseMatcher.same(tokens[a].key, Self.h18ArabicDay) else { continue }
            for len in 1...2 where a + len + 1 < n && h18ArabicWord(a + len - 1) && !PhraseMatcher.same(tokens[a + len - 1].key, Self.h18ArabicDay) && !h18ArabicIn(a + len - 1, Self.h18ArabicStops) && tokens[a + len].kind == .number && (isMonth(a + len + 1) || h18ArabicIn(a + len + 1, Self.h18ArabicMonths)) {
                if !anyMention(where: { $0.start <= tokens[a].start && $0.end >= tokens[a + len - 1].end }) { h18Put(h18Place(a, a + len)) }
                break
            }
        }
        // "محافظة بابل" and "بابل": one place.
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), z > a, h18ArabicIn(a, Self.h18ArabicPlaceNouns) else { continue }
            let rest = surface(a + 1, z + 1)
            if let bare = firstMention(where: { $0.type == .place && $0.surface == rest }) {
                mentions[i].words = bare.words
            }
        }
    }
}

extension NameFinder {
    /// The Arabic name after the honorific or title at `k` (two to four words, ending before a stop word, a country, a
    /// title, an article word that no name link precedes, or after a family link), put as a person unless a person
    /// mention already covers it; returns the token after the name, or nil when none was put.
    mutating func h18PersonAfterHonorific(_ k: Int) -> Int? {
        var e = k + 1
        while h18ArabicWord(e), e - k <= 4, !h18ArabicIn(e, Self.h18ArabicStops), !isCountry[e], titleMatch(at: e) == nil {
            e += 1
            if h18Article(e - 1), !h18ArabicIn(e - 2, Self.h18ArabicNameLinks) { break }
            if e - 2 > k, h18ArabicIn(e - 2, Self.h18ArabicFamilyLinks) { break }
        }
        guard e - k >= 3, !anyMention(where: { $0.type == .person && $0.start <= tokens[k + 1].start && $0.end >= tokens[e - 1].end }) else { return nil }
        h18Put(mention(k + 1, e, type: .person, evidence: .cue))
        return e
    }
}
