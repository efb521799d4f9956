import Foundation

/// Session 42: general causes behind a blind set's errors (the tests use other texts and names):
/// - countries: another language's CLDR name of a country that is a word or a name in the article's language ("Island",
///   Iceland in German, in "Bruny Island"; "Maurice", Mauritius in French, a given name in English) names the country only
///   in the languages whose name it is (`s42ForeignCountryName`, asked by `acceptCountry`);
/// - wire datelines: a single capitalized word in parentheses right before the dateline's dash ("NAMUR (Belga) -") is the
///   agency, an organization (`refineCP15` then reads its other mentions so);
/// - Latin script: a place + "Police" is a body ("Gwent Police"); a name ending in a body's plural noun ("… Harbour
///   Commissioners", "… Trustees") or a compound ending in "museum" ("Landesmuseum") is a body; a body ending in a plural
///   with the possessive apostrophe goes on over its head noun ("… Growers' Association"); an Indian locality's name
///   ending in Nagar, Colony, Puram, Vihar … is a place, not a person;
/// - Arabic bodies go on over the words that end their name: a coordinated definite noun ("… والزراعة"), ل + a verbal
///   noun in construct after a national or general body ("الوكالة الوطنية لتنمية …"), في + a definite noun and its
///   adjective after a ل-phrase ("… للبحث في الطب البيطري"); an embassy + a country is a body ("سفارة البرتغال"),
///   جامعة + one plain indefinite name too ("جامعة تموز"), a body read over a common verb after it ends before it
///   ("… جامعة كانون شارك في"); a person's name after بن goes on over a definite family name; a
///   site's generic noun (تل, خان, بئر, عين, رأس) + its name after a word of place is a place;
/// - Vietnamese: a body whose name runs on over a verb ("… trúng 5 gói thầu", "… khẩn trương vận hành …") ends before it;
/// - Russian: a body whose name runs on over a lowercase adverb or particle at its end ("… по рыболовству так") ends
///   before it;
/// - Chinese: a body or place read with a leading word that is no part of it ("单位", "家住") starts after the word.
/// `refineS42` runs after `refineS41`, before `refineCP15`; each rule is gated on its script or language and on cheap tests
/// of a mention's own tokens (or `articleHas` of its trigger words for the ones that walk the tokens).
extension NameFinder {
    mutating func refineS42() {
        guard tokens.count > 2 else { return }
        if hasArabic {
            s42ArabicBodyTails()
            s42ArabicEmbassies()
            s42ArabicBodyBeforeVerb()
            s42ArabicUniversities()
            s42ArabicBinFamilyNames()
            s42ArabicSites()
        }
        if hasHan { s42HanLeadingWords() }
        if lang.vi { s42VietnameseBodyBeforeVerb() }
        if lang.ru { s42RussianBodyTrailingAdverb() }
        if !hasHan && !hasArabic {
            s42DatelineAgency()
            s42LatinPolice()
            s42LatinBodyLastWords()
            s42LatinPossessiveBody()
            s42LatinBodyThenRegion()
            s42IndianLocalities()
        }
    }

    // MARK: - Countries

    /// Other languages' CLDR names of countries that are words or names of English and the other Latin-script languages,
    /// with the languages whose name of the country they are.
    static let s42ForeignCountryNames: [String: Set<String>] = [
        "island": ["de"], "norfolk": ["nl", "pl"], "maurice": ["fr"], "dominique": ["fr"], "salvador": ["fr", "uz", "az"],
        "guadalupe": ["es", "pt"], "chili": ["fr", "nl", "uz"], "grenade": ["fr"],
    ]
    static let s42ForeignCountryKeys = h18Keys(Array(s42ForeignCountryNames.keys))

    /// Token `a` is one of `s42ForeignCountryNames` in an article whose language names no country so.
    func s42ForeignCountryName(_ a: Int) -> Bool {
        guard tokens[a].script == .latin, Self.s42ForeignCountryKeys.contains(tokens[a]),
              let languages = Self.s42ForeignCountryNames[tokens[a].key] else { return false }
        return !languages.contains(language)
    }

    // MARK: - Wire datelines

    /// "NAMUR (Belga) - Le conseil …", "Sion (Keystone) -": one capitalized word (two to twelve letters) in parentheses
    /// within the first dozen tokens of a line and right before the dash is the agency, an organization; a country,
    /// a known place or a name read longer across it is left alone.
    mutating func s42DatelineAgency() {
        guard articleHas(Self.cp15OpenCue), articleHas(Self.cp15CloseCue) else { return }
        let n = tokens.count
        let limit = min(n - 3, 90)
        var k = 0
        while k < limit {
            defer { k += 1 }
            guard tokens[k].kind == .punct, tokens[k + 1].kind == .word, keyIs(k, "("), keyIs(k + 2, ")"), h27Dash(k + 3) else { continue }
            guard let j = datelineLineStart(k), k > j else { continue }
            let w = k + 1
            let length = tokens[w].keyLength
            guard tokens[w].script == .latin, tokens[w].capitalized || tokens[w].allCaps, length >= 2, length <= 12, !isCountry[w] else { return }
            // (A country's name in the article's language or English that another rule read otherwise, "LIÈGE (Belgique) -",
            // stays no agency; another language's adjective, "Belga", is no such name. Asked once an article at most.)
            if lex.countries.mayStart(tokens, at: w), let c = lex.countries.match(tokens, at: w, vietnamese: lang.vi), c.length == 1 {
                let text = tokens[w].text.lowercased()
                let named = c.payloads.contains { p in
                    guard case .country(let code) = lex.targets[Int(p)] else { return false }
                    return [language, "en"].contains { Locale(identifier: $0).localizedString(forRegionCode: code)?.lowercased() == text }
                }
                if named { return }
            }
            let (s, e) = (tokens[w].start, tokens[w].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.type == .country || $0.type == .organization
                || $0.known != nil && $0.type == .place || $0.start < s || $0.end > e) }) { return }
            mentions.removeAll { $0.start == s && $0.end == e }
            mentions.append(mention(w, w + 1, type: .organization, evidence: .cue))
            return
        }
    }

    // MARK: - Latin-script bodies

    static let s42Police = h18Keys(["police", "constabulary"])

    /// "Gwent Police said", "officers from Otago Police": a place right before "Police" (a capitalized word in the same
    /// sentence) is a body with it.
    mutating func s42LatinPolice() {
        guard articleHas(Self.s42Police) else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentions[i].type == .place {
            guard let (a, z) = seedSpan(i), z + 1 < tokenCount, mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end,
                  tokens[z + 1].kind == .word, tokens[z + 1].capitalized, tokens[z + 1].spaceBefore, !tokens[z + 1].newlineBefore,
                  Self.s42Police.contains(tokens[z + 1]) else { continue }
            let (s, e) = (tokens[z + 1].start, tokens[z + 1].end)
            for j in mentions.indices where j != i && mentions[j].start < e && mentions[j].end > s {
                // (A longer body over "Police" keeps its name.)
                if mentions[j].start == s { drop.insert(j) } else { continue }
            }
            if anyMention(where: { $0.start < tokens[a].start && $0.end > tokens[a].start || $0.start < e && $0.end > e }) { continue }
            drop.insert(i)
            added.append(mention(a, z + 2, type: .organization, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// Last words that make a name a body's ("Lyttelton Harbour Commissioners", "Museum Trustees").
    static let s42LatinLastBodyWords = h18Keys(["commissioners", "trustees", "governors", "overseers", "wardens"])

    /// "the Lyttelton Harbour Commissioners", "the Germanisches Nationalmuseum": an unknown name typed a place, a person or
    /// nothing whose last word is a body's plural noun, or a compound ending in "museum" after another word, is a body.
    mutating func s42LatinBodyLastWords() {
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .place || mentions[i].type == .person || mentions[i].type == nil) {
            let words = mentions[i].words
            guard words.count >= 2, let last = words.last else { continue }
            var body = Self.s42LatinLastBodyWords.contains(last)
            if !body, last.utf8.count >= 9, PlainText.hasSuffix(last, "museum") { body = true }
            guard body else { continue }
            mentions[i].type = .organization
            mentions[i].placeContext = false
        }
    }

    static let s42PossessiveHeads = h18Keys(["association", "federation", "union", "council", "society", "league", "organisation",
        "organization", "alliance", "forum", "guild", "institute", "fund", "trust", "club", "cooperative", "co-operative"])

    /// "the Tasman Oyster Growers' Association said": a body (or a name) that ends on a plural in -s right before the
    /// possessive apostrophe goes on over the body's head noun after it.
    mutating func s42LatinPossessiveBody() {
        guard articleHas(Self.s42PossessiveHeads) else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country {
            guard let (a, z) = seedSpan(i), z + 2 < tokenCount, tokens[z].kind == .word, PlainText.hasSuffix(tokens[z].key, "s"),
                  !tokens[z + 1].spaceBefore, keyIs(z + 1, "'") || keyIs(z + 1, "\u{2019}"),
                  tokens[z + 2].kind == .word, tokens[z + 2].capitalized, Self.s42PossessiveHeads.contains(tokens[z + 2]) else { continue }
            let (s, e) = (tokens[z + 2].start, tokens[z + 2].end)
            for j in mentions.indices where j != i && mentions[j].start >= s && mentions[j].end <= e { drop.insert(j) }
            if anyMention(where: { $0.start < e && $0.end > e }) { continue }
            var m = mention(a, z + 3, type: .organization, evidence: mentionEvidence(i))
            m.start = mentionStart(i)
            m.surface = surface(a, z + 3)
            drop.insert(i)
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// "the Department of Primary Industries Victoria said", "Historic Environment Scotland has": a body whose name holds
    /// "of" (or ends on a body's noun) and is followed at once by a one-word known place or a nation of the United Kingdom,
    /// then a lowercase word or a sentence's end, goes on over it (a state's or a nation's body); the place stays a country
    /// when it gave one.
    mutating func s42LatinBodyThenRegion() {
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, z + 2 < tokenCount, mentions[i].end == tokens[z].end, tokens[z].kind == .word, tokens[z].capitalized,
                  tokens[z + 1].kind == .word, tokens[z + 1].capitalized, tokens[z + 1].spaceBefore, !tokens[z + 1].newlineBefore else { continue }
            let words = mentions[i].words
            guard words.contains("of") || Self.s41LatinLastBodyWords.contains(words[words.count - 1]) || Self.s42PossessiveHeads.contains(words[words.count - 1]) else { continue }
            let (s, e) = (tokens[z + 1].start, tokens[z + 1].end)
            guard let j = firstMentionIndex(where: { $0.start == s && $0.end == e }),
                  mentions[j].type == .place && mentions[j].known != nil || mentions[j].type == .country && mentions[j].code == "GB" && !tokens[z + 1].keyEquals("britain") else { continue }
            let next = z + 2
            guard tokens[next].kind == .word && !tokens[next].capitalized && !tokens[next].allCaps || keyIs(next, ".") || keyIs(next, ",") else { continue }
            var m = mention(a, z + 2, type: .organization, evidence: mentionEvidence(i))
            m.start = mentionStart(i)
            m.surface = surface(a, z + 2)
            changes.append((i, m))
        }
        guard !changes.isEmpty else { return }
        var drop = Set<Int>()
        for (i, m) in changes {
            mentions[i] = m
            // (The place goes; a nation's country reading stays.)
            for j in mentions.indices where j != i && mentions[j].type == .place && mentions[j].start >= m.start && mentions[j].end <= m.end { drop.insert(j) }
        }
        replaceMentions(removing: drop)
    }

    /// Last words of Indian localities' names ("Shastri Nagar", "Railway Colony", "Rajendra Vihar").
    static let s42IndianLocalityWords = h18Keys(["nagar", "colony", "puram", "vihar", "enclave", "ganj", "chowk", "mohalla", "basti", "layout", "peth", "wadi", "bagh"])

    /// "Shastri Nagar and Gandhi Nagar": a name whose last word names an Indian locality is a place, not a person or a body.
    mutating func s42IndianLocalities() {
        guard articleHas(Self.s42IndianLocalityWords) else { return }
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .person || mentions[i].type == nil) {
            let words = mentions[i].words
            guard words.count >= 2, let last = words.last, Self.s42IndianLocalityWords.contains(last) else { continue }
            mentions[i].type = .place
        }
    }

    // MARK: - Arabic bodies

    /// Definite adjectives that end a national or general body's short name ("الوكالة الوطنية", "المديرية العامة").
    static let s42ArabicBodyAdjectives = h18Keys(["الوطني", "الوطنية", "العام", "العامة", "العليا", "الأعلى", "الجهوي", "الجهوية",
        "الإقليمي", "الإقليمية", "المركزي", "المركزية", "المستقلة", "العمومي", "العمومية", "الدولي", "الدولية", "الاتحادية"])
    /// ل-words that name no body's purpose ("لدى", "لصالح", "لمدة").
    static let s42ArabicLamStops = h18Keys(["لدى", "لكن", "لكنه", "لكنها", "لذلك", "لهذا", "لأن", "لان", "لقد", "لم", "لن", "ليس",
        "ليست", "لمدة", "لصالح", "لفائدة", "لأجل", "لاجل", "لحساب", "لمواجهة", "لها", "له", "لهم", "لنا", "لكم", "لمن", "لما", "لماذا",
        "لعدة", "لعام", "لسنة", "لشهر", "ليوم", "لأول", "لاول", "لأكثر", "لاكثر", "لحوالي", "لنحو", "لكل", "لبعض", "لتلك", "لهذه", "لذا"])

    /// No reading covers token `k` but an unknown one-word person on it (a family-name link read from a common noun,
    /// "الصيد", that a body's name then takes in).
    func s42ArabicFree(_ k: Int) -> Bool {
        let (s, e) = (tokens[k].start, tokens[k].end)
        return !anyMention(where: { $0.start < e && $0.end > s && !($0.type == .person && $0.known == nil && $0.start >= s && $0.end <= e) })
    }

    /// Coordinated nouns that are the sentence's actors, not the end of a body's name ("ممثل الصندوق … والحكومة").
    static let s42ArabicActorNouns = h18Keys(["والحكومة", "والدولة", "والجيش", "والشرطة", "والوزارة", "والبرلمان", "والمجتمع",
        "والقطاع", "والسلطات", "والسلطة", "والجهات", "والمؤسسات", "والشركات", "والهيئات", "والمنظمات", "والبلديات", "والمواطنين",
        "والسكان", "والأهالي", "والمجلس", "والنقابات", "والأحزاب", "والشركاء", "والمانحين"])

    /// Token `k` is a definite noun coordinated with و that may close a body's name ("والزراعة", "والمتاحف"): no head,
    /// country, stopword, time word or actor of the sentence, and no other reading over it.
    func s42ArabicCoordinated(_ k: Int) -> Bool {
        guard h36Arabic(k), tokens[k].spaceBefore, keyStarts(k, "وال"), PlainText.count(tokens[k].key) >= 6, !isCountry[k],
              !Self.s42ArabicActorNouns.contains(tokens[k]) else { return false }
        let f = arabicFlags(k)
        if f.contains(.stop) || f.contains(.timeWord) || f.contains(.head) || f.contains(.orgHead) || f.contains(.titledNameHead) { return false }
        return s42ArabicFree(k)
    }

    /// Token `k` is a plain indefinite word of a body's name (in construct, "تربية"), three letters at least.
    func s42ArabicIndefinite(_ k: Int) -> Bool {
        s41ArabicNameWord(k) && !isArabicDefinite(k) && !arabicFlags(k).contains(.head) && PlainText.count(tokens[k].key) >= 3
            && s42ArabicFree(k)
    }

    /// Token `k` is a definite name word of a body that no other reading covers.
    func s42ArabicDefiniteWord(_ k: Int) -> Bool {
        s41ArabicNameWord(k) && isArabicDefinite(k) && PlainText.count(tokens[k].key) >= 4
            && s42ArabicFree(k)
    }

    /// "الوكالة الوطنية لتنمية الصناعات التقليدية", "المديرية العامة للآثار والمتاحف", "منظمة الأغذية والزراعة", "المركز
    /// الوطني للبحث في الطب البيطري": a body read without the last words of its name goes on over them: a definite noun
    /// coordinated with و (and its adjectives); after a national or general body's adjective, ل + a verbal noun in
    /// construct (up to two indefinite words, then a definite one, its adjectives and a و-word with a pronoun, "وتطويره");
    /// after a ل-phrase, في + a definite noun and its adjective.
    mutating func s42ArabicBodyTails() {
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), h36Arabic(z), z + 1 < tokenCount, mentions[i].end == tokens[z].end else { continue }
            let clitic = mentions[i].start - tokens[a].start
            guard clitic >= 0, clitic <= 1 else { continue }
            var e = z + 1
            // The body's name ends on a ل-phrase ("للبحث", "لتنمية …") when its last word or the one before starts with ل.
            var lamPhrase = keyStarts(z, "لل") || z > a && keyStarts(z - 1, "لل")
            var steps = 0
            while steps < 3, e < tokenCount {
                steps += 1
                if s42ArabicCoordinated(e) {
                    e += 1
                    var adj = 0
                    while adj < 2, s41ArabicBodyAdjective(e) { e += 1; adj += 1 }
                    continue
                }
                // ل + an indefinite verbal noun, after the national or general body's adjective.
                if e == z + 1, Self.s42ArabicBodyAdjectives.contains(tokens[z]), h36Arabic(e), tokens[e].spaceBefore, keyStarts(e, "ل"),
                   !keyStarts(e, "لل"), !isArabicDefinite(e), PlainText.count(tokens[e].key) >= 5, !Self.s42ArabicLamStops.contains(tokens[e]),
                   s41ArabicNameWord(e), !anyMention(where: { $0.start < tokens[e].end && $0.end > tokens[e].start }) {
                    var p = e + 1, indefinite = 0
                    while indefinite < 2, s42ArabicIndefinite(p) { p += 1; indefinite += 1 }
                    guard s42ArabicDefiniteWord(p) else { break }
                    p += 1
                    var adj = 0
                    while adj < 2, s41ArabicBodyAdjective(p) { p += 1; adj += 1 }
                    // "… وتطويره": the verbal noun coordinated with a pronoun that stands for the noun before.
                    if h36Arabic(p), tokens[p].spaceBefore, keyStarts(p, "و"), !isArabicDefinite(p), PlainText.count(tokens[p].key) >= 5,
                       PlainText.hasSuffix(tokens[p].key, "ه") || PlainText.hasSuffix(tokens[p].key, "ها"), s41ArabicNameWord(p),
                       !anyMention(where: { $0.start < tokens[p].end && $0.end > tokens[p].start }) { p += 1 }
                    e = p
                    lamPhrase = true
                    continue
                }
                // في + a definite noun and its adjective, after a ل-phrase ("للبحث في الصيد البحري").
                if lamPhrase, keyIs(e, "في"), tokens[e].spaceBefore, s42ArabicDefiniteWord(e + 1), s41ArabicBodyAdjective(e + 2),
                   !Self.s42ArabicBodyAdjectives.contains(tokens[e + 1]) {
                    e += 3
                    var adj = 0
                    while adj < 1, s41ArabicBodyAdjective(e) { e += 1; adj += 1 }
                    lamPhrase = false
                    continue
                }
                break
            }
            guard e > z + 1 else { continue }
            var m = l14DropClitic(mention(a, e, type: .organization, evidence: mentionEvidence(i)), clitic)
            m.parenthesized = mentions[i].parenthesized
            changes.append((i, m))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        // (The one-word persons read inside the longer names go.)
        let spans = changes.map { ($0.1.start, $0.1.end) }
        mentions.removeAll { m in m.type == .person && m.known == nil && spans.contains { m.start >= $0.0 && m.end <= $0.1 } }
    }

    static let s42ArabicEmbassyTexts = ["سفارة", "قنصلية"]
    static let s42ArabicEmbassyHeads = h18Keys(s42ArabicEmbassyTexts)
    static let s42ArabicEmbassyForms = KeySet(h20Clitics(Set(s42ArabicEmbassyTexts.map { TextFolding.key($0) }), article: false))

    /// "ووفد من سفارة البرتغال في عمان": an embassy or a consulate + a country's name is a body (the country stays one).
    mutating func s42ArabicEmbassies() {
        guard articleHas(Self.s42ArabicEmbassyForms) else { return }
        var added: [Mention] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .arabic, Self.s42ArabicEmbassyForms.contains(tokens[k]),
                  let clitic = ar15Head(k, Self.s42ArabicEmbassyHeads, Self.s42ArabicEmbassyTexts), tokens[k + 1].spaceBefore else { continue }
            guard let c = firstMentionIndex(where: { $0.type == .country && $0.start == tokens[k + 1].start }), let (_, cz) = seedSpan(c),
                  mentions[c].end == tokens[cz].end else { continue }
            let m = l14DropClitic(mention(k, cz + 1, type: .organization, evidence: .cue), clitic)
            if anyMention(where: { $0.type != .country && $0.start < m.end && $0.end > m.start }) { continue }
            added.append(m)
            k = cz
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }

    /// Common past-tense verbs that follow a body as its sentence's subject ("فريق من جامعة … شارك في").
    static let s42ArabicVerbs = h18Keys(["شارك", "شاركت", "شاركوا", "قام", "قامت", "نظم", "نظمت", "أعلن", "أعلنت", "وقع", "وقعت", "زار",
        "زارت", "زاروا", "قدم", "قدمت", "أطلق", "أطلقت", "فاز", "فازت", "حصل", "حصلت", "استضاف", "استضافت", "ساهم", "ساهمت", "أنجز",
        "أنجزت", "نفذ", "نفذت", "دعا", "دعت", "طالب", "طالبت", "رفض", "رفضت", "أكد", "أكدت", "قرر", "قررت", "بدأ", "بدأت"])

    /// "أن فريقا من جامعة حزيران شارك في …": an unknown body (three words at least) whose last word is a common verb ends
    /// before it.
    mutating func s42ArabicBodyBeforeVerb() {
        guard articleHas(Self.s42ArabicVerbs) else { return }
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z - a >= 2, mentions[i].end == tokens[z].end, h36Arabic(z), Self.s42ArabicVerbs.contains(tokens[z]) else { continue }
            let clitic = mentions[i].start - tokens[a].start
            guard clitic >= 0, clitic <= 1 else { continue }
            var m = l14DropClitic(mention(a, z, type: .organization, evidence: mentionEvidence(i)), clitic)
            m.parenthesized = mentions[i].parenthesized
            mentions[i] = m
        }
    }

    static let s42ArabicUniversityTexts = ["جامعة"]
    static let s42ArabicUniversityHeads = h18Keys(s42ArabicUniversityTexts)
    static let s42ArabicUniversityForms = KeySet(h20Clitics(Set(s42ArabicUniversityTexts.map { TextFolding.key($0) }), article: false))

    /// "فريق من جامعة تموز": a university + one plain indefinite name word (no adjective in -ة agreeing with it, no
    /// country's name) is a body.
    mutating func s42ArabicUniversities() {
        guard articleHas(Self.s42ArabicUniversityForms) else { return }
        var added: [Mention] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .arabic, Self.s42ArabicUniversityForms.contains(tokens[k]),
                  let clitic = ar15Head(k, Self.s42ArabicUniversityHeads, Self.s42ArabicUniversityTexts) else { continue }
            let w = k + 1
            // (A month's name is a university's: "جامعة تموز".)
            guard h36Arabic(w), tokens[w].spaceBefore, !isCountry[w], !h36Stop(w), !arabicFlags(w).contains(.stop),
                  !arabicFlags(w).contains(.titledNameHead), !arabicFlags(w).contains(.speechVerb),
                  !isArabicDefinite(w), !arabicFlags(w).contains(.head), PlainText.count(tokens[w].key) >= 4,
                  !PlainText.hasSuffix(tokens[w].key, "ه"), !PlainText.hasSuffix(tokens[w].key, "ة") else { continue }
            // (Not a given name, "جامعة شريف هداية الله": a person's name goes on; not before a definite adjective agreeing with
            // it, nor before another plain word: the name goes on, another rule's. A verb, a stopword or punctuation ends it.)
            if ar15Given(w) || isGivenNameKey(w) { continue }
            if w + 1 < tokenCount, h36Arabic(w + 1), tokens[w + 1].spaceBefore, !Self.s42ArabicVerbs.contains(tokens[w + 1]), !h36Stop(w + 1),
               !arabicFlags(w + 1).contains(.stop), !keyStarts(w + 1, "و"), !keyStarts(w + 1, "ب"), !keyStarts(w + 1, "ل") { continue }
            let m = l14DropClitic(mention(k, w + 1, type: .organization, evidence: .cue), clitic)
            if anyMention(where: { $0.start < m.end && $0.end > m.start && ($0.type == .country || $0.known != nil || $0.type == .person
                || $0.start < m.start || $0.end > m.end) }) { continue }
            mentions.removeAll { $0.known == nil && $0.start >= m.start && $0.end <= m.end }
            added.append(m)
            k = w
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }

    static let s42ArabicBin = h18Keys(["بن", "ابن"])

    /// "المحافظ سامر بن خليل العطار": a person whose name ends on بن + a name goes on over the definite family name after
    /// it (no adjective of order or office, no country, no other reading).
    mutating func s42ArabicBinFamilyNames() {
        guard articleHas(Self.s42ArabicBin) else { return }
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z - a >= 2, mentions[i].end == tokens[z].end, Self.s42ArabicBin.contains(tokens[z - 1]) else { continue }
            let f = z + 1
            // (A title after a whole name is no title: "… بن حسن الشيخ" is the family name.)
            guard f < tokenCount, h36Arabic(f), tokens[f].spaceBefore, !isCountry[f], !h36Stop(f), !arabicFlags(f).contains(.stop),
                  !arabicFlags(f).contains(.timeWord), !arabicFlags(f).contains(.speechVerb), isArabicDefinite(f), PlainText.count(tokens[f].key) >= 4,
                  !Self.s41ArabicNotFamily.contains(tokens[f]), !Self.h14ArabicNotNameAdjectives.contains(tokens[f].key, hash: tokens[f].keyHash),
                  !Self.s42ArabicBodyAdjectives.contains(tokens[f]), !arabicFlags(f).contains(.orgHead), !arabicFlags(f).contains(.placeHead),
                  !anyMention(where: { $0.start < tokens[f].end && $0.end > tokens[f].start }) else { continue }
            let clitic = mentions[i].start - tokens[a].start
            guard clitic >= 0, clitic <= 1 else { continue }
            var m = l14DropClitic(mention(a, f + 1, type: .person, evidence: mentionEvidence(i)), clitic)
            m.placeContext = mentions[i].placeContext
            changes.append((i, m))
        }
        for (i, m) in changes { mentions[i] = m }
    }

    static let s42ArabicSiteTexts = ["تل", "خان", "بئر", "عين", "رأس"]
    static let s42ArabicSiteHeads = h18Keys(s42ArabicSiteTexts)
    static let s42ArabicSiteForms = KeySet(h20Clitics(Set(s42ArabicSiteTexts.map { TextFolding.key($0) }), article: false))
    /// Words before a site's head that point at a place (prepositions of place, a place's generic nouns).
    static let s42ArabicSiteLeads = h18Keys(["في", "من", "قرب", "إلى", "الى", "بين", "نحو", "حتى", "بلدة", "قرية", "مدينة", "منطقة",
        "حي", "موقع", "بلدية", "مخيم", "سكان", "أهالي", "بمنطقة", "ببلدة", "بقرية", "بمدينة", "بحي", "بموقع", "ببلدية"])
    /// Words after the heads that make a common phrase, no site ("رأس المال", "بعين الاعتبار", "بئر النفط").
    static let s42ArabicSiteNotNames = h18Keys(["المال", "مال", "السنة", "الحربة", "القائمة", "الهرم", "الأمر", "الوفد", "الحكومة",
        "الدولة", "المكان", "الوقت", "الحقيقة", "العقل", "الصواب", "الاعتبار", "النفط", "الماء", "اليقين", "المرء", "العام", "الشهر",
        "الأسبوع", "اللجنة", "المجلس", "الجسر", "الرضا", "الحسود", "الخبير", "الطائر", "الجمل", "الحكمة", "السلطة", "الهيئة"])

    /// "عثر على تماثيل في تل حلاوة", "بين بئر السبع وعين البيضاء", "المبنى المعروف بخان الشونة": a site's generic noun
    /// (mound, caravanserai, well, spring, cape) + one name word after a word of place (or the clitic ب, or و after
    /// another such site) is a place.
    mutating func s42ArabicSites() {
        guard articleHas(Self.s42ArabicSiteForms) else { return }
        var added: [Mention] = []
        var lastEnd = -1
        var k = 1
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .arabic, Self.s42ArabicSiteForms.contains(tokens[k]),
                  let clitic = ar15Head(k, Self.s42ArabicSiteHeads, Self.s42ArabicSiteTexts) else { continue }
            let cliticB = clitic == 1 && keyStarts(k, "ب")
            let cliticW = clitic == 1 && keyStarts(k, "و")
            guard clitic == 0 && h36Arabic(k - 1) && Self.s42ArabicSiteLeads.contains(tokens[k - 1]) || cliticB || cliticW && lastEnd == k - 1 else { continue }
            let w = k + 1
            guard tokens[w].spaceBefore, s41ArabicNameWord(w), !arabicFlags(w).contains(.head), PlainText.count(tokens[w].key) >= 3,
                  !Self.s42ArabicSiteNotNames.contains(tokens[w]), s42ArabicFree(w) || anyMention(where: { $0.type == .place && $0.known == nil
                    && $0.start >= tokens[w].start && $0.end <= tokens[w].end }) else { continue }
            let m = l14DropClitic(mention(k, w + 1, type: .place, evidence: .cue), clitic)
            if anyMention(where: { $0.start < m.end && $0.end > m.start && ($0.known != nil || $0.type == .organization || $0.type == .country
                || $0.start < m.start || $0.end > m.end) }) { continue }
            mentions.removeAll { $0.known == nil && $0.start >= m.start && $0.end <= m.end }
            added.append(m)
            lastEnd = w
            k = w
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }

    // MARK: - Vietnamese

    /// Verbs (two syllables, with their tones) that a body's name never takes in: it ends before them.
    static let s42VietnameseVerbPairs: Set<String> = ["khẩn trương", "vận hành", "yêu cầu", "đề nghị", "cho biết", "thông báo",
        "tiến hành", "chỉ đạo", "triển khai", "phối hợp", "kiến nghị", "đề xuất", "khuyến cáo", "ký kết", "bàn giao", "công bố",
        "khởi công", "khánh thành", "cảnh báo", "khẳng định", "ban hành", "tổ chức", "trao tặng", "tiếp tục", "đẩy mạnh", "tăng cường"]
    /// One-syllable verbs ("trúng thầu", "giành giải").
    static let s42VietnameseVerbs: Set<String> = ["trúng", "giành"]
    static let s42VietnameseVerbFirsts: KeySet = {
        var keys = Set<String>()
        for p in s42VietnameseVerbPairs { if let first = p.split(separator: " ").first { keys.insert(TextFolding.key(String(first))) } }
        for v in s42VietnameseVerbs { keys.insert(TextFolding.key(v)) }
        return KeySet(keys)
    }()

    /// "Công ty Hòa Phát Xanh trúng 3 gói thầu", "Sở Y tế khẩn trương triển khai …": a body whose name runs on over a
    /// lowercase verb ends before it (two words at least left).
    mutating func s42VietnameseBodyBeforeVerb() {
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z - a >= 2 else { continue }
            var cut: Int? = nil
            var k = a + 2
            while k <= z {
                defer { k += 1 }
                guard tokens[k].kind == .word, !tokens[k].capitalized, !tokens[k].allCaps, Self.s42VietnameseVerbFirsts.contains(tokens[k]) else { continue }
                let word = tokens[k].text.precomposedStringWithCanonicalMapping
                if Self.s42VietnameseVerbs.contains(word) { cut = k; break }
                if k + 1 < tokenCount, tokens[k + 1].kind == .word, tokens[k + 1].spaceBefore,
                   Self.s42VietnameseVerbPairs.contains(word + " " + tokens[k + 1].text.precomposedStringWithCanonicalMapping) { cut = k; break }
            }
            guard let c = cut, c - a >= 2 else { continue }
            var m = mention(a, c, type: .organization, evidence: mentionEvidence(i))
            m.start = mentionStart(i)
            m.surface = surface(a, c)
            mentions[i] = m
        }
    }

    // MARK: - Russian

    /// Lowercase adverbs and particles that end no body's name ("… комиссия по рыболовству так и не смогла").
    static let s42RussianTrailing = h18Keys(["так", "уже", "еще", "ещё", "также", "тоже", "же", "не", "ни", "и", "а", "но", "все", "всё",
        "вновь", "снова", "тогда", "теперь", "ранее", "впервые", "лишь", "только", "даже", "вчера", "сегодня", "недавно"])

    /// A body whose name ends on a lowercase adverb or particle ends before it.
    mutating func s42RussianBodyTrailingAdverb() {
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z - a >= 2, mentions[i].end == tokens[z].end, tokens[z].kind == .word, tokens[z].script == .cyrillic,
                  !tokens[z].capitalized, Self.s42RussianTrailing.contains(tokens[z]) else { continue }
            var e = z
            while e - 1 > a, tokens[e - 1].kind == .word, !tokens[e - 1].capitalized, Self.s42RussianTrailing.contains(tokens[e - 1]) { e -= 1 }
            var m = mention(a, e, type: .organization, evidence: mentionEvidence(i))
            m.start = mentionStart(i)
            m.surface = surface(a, e)
            mentions[i] = m
        }
    }

    // MARK: - Chinese

    /// Two-character words read at the head of a body or a place that are no part of it: "(被告)单位" (the defendant
    /// unit), "家住" (lives in), "住在" (lives at), "地处" (located in).
    static let s42HanLeadWords: [[UInt32]] = ["单位", "家住", "住在", "地处"].map(hanCodes)
    static let s42HanLeadFirsts = HanCharSet(codes: s42HanLeadWords.map { $0[0] })

    /// "被告单位华夏建材有限公司", "家住平安县的村民": a body or place whose first two characters are such a word starts after
    /// them (three characters at least left).
    mutating func s42HanLeadingWords() {
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .organization || mentions[i].type == .place) {
            let (start, end) = (mentionStart(i), mentionEnd(i))
            guard end - start >= 5, let ti = tokenIndex(containing: start), tokens[ti].script == .han, tokens[ti].end >= end else { continue }
            let codes = hanRunCodes(ti)
            let s = start - tokens[ti].start, e = end - tokens[ti].start
            guard s >= 0, e <= codes.count, e - s >= 5, Self.s42HanLeadFirsts.contains(codes[s]),
                  Self.s42HanLeadWords.contains(where: { $0[0] == codes[s] && $0[1] == codes[s + 1] }) else { continue }
            let scalars = hanRunScalars(ti)
            let name = Self.hanString(scalars, s + 2, e)
            mentions[i] = Mention(surface: name, start: start + 2, end: end, type: mentions[i].type, evidence: mentionEvidence(i), words: [name])
        }
    }
}
