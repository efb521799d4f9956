import Foundation

/// Session 45 (a): general causes behind a blind set's errors in English, French and Arabic text (the tests use other
/// texts and names):
/// - Arabic: a country's word right after بن/بنت/ابن/ولد is a name's word (تركي, a given name), no country; a country's
///   adjective after an era noun ("العصر", "الحقبة"), and روماني in an article that names neither Romania nor Bucharest
///   unless a title, a team or a body is qualified ("الحي الروماني" is Roman), is no country; a country's feminine adjective
///   after a word for language, as "بالفرنسية", or joined by و to a language is a language, no country; a person's name cut
///   at بن goes on over the father's (and the family's) name; a name read from ولد on is read back over the given name
///   before it ("محمد الأمين ولد …"); after a country's adjective (alone or after a noun of a person: "العداء الإثيوبي")
///   or "مواطنه", two or three name words closed by a comma, a full stop or a relative are a person; "وبلدية X" (not ببلدية,
///   the commune as a place) is the municipality, a body; "حزب" + one word, or + a body's name, is the party; "الجمعية
///   الوطنية" is a body; "اللجنة المختصة" (the competent one) is none.
/// - Latin script: a number word opening a sentence before "of" ("Tens of thousands") is no name; (en, fr) a Spanish or
///   Portuguese body's head + capitals and Spanish links ("Fundación para la …", "Coordinadora … por la Vida") is one body;
///   capitals ending on Force/Corps are a body; a French body's name ends before "auprès", "prévue", "début", …;
///   (en) capitals after "opposition"/"ruling" guessed a person are a party; a country's word after a Spanish word that
///   opens a place's name ("Rio Indio") or before an English natural head ("Indio River") is that place (and the word alone
///   later too), no country; a place or unknown name before a lowercase noun of a work ("line", "station", "reservoir") is
///   the place named with it; (fr) "golfe de X", "palais de la X", "route X-Y", "camp militaire X", "port de Djibouti-ville"
///   are places named with the noun ("port de X" of any other town stays the town: the older sets' and tests' convention).
/// `refineS45a` runs after `refineS44b`, before `refineCP15`. Cost: the Arabic rules read the country, person and body
/// mentions (and one to three tokens around each); the token scans (bodies, nationality persons) test a trigger key
/// (a KeySet probe on the token's key and hash) before anything else and run only when `articleHas` found a trigger word
/// (the nationality scan also at `isCountry` tokens); the Latin rules read mentions, or scan tokens for a trigger key
/// only when `articleHas` found one (Iberian heads, Force/Corps, French site nouns, site nouns).
extension NameFinder {
    mutating func refineS45a() {
        guard tokens.count > 2 else { return }
        if hasArabic {
            s45ArabicNasabCountries()
            s45ArabicLanguages()
            s45ArabicNasabPersons()
            s45ArabicNationalityPersons()
            s45ArabicBodies()
        } else if !hasHan && !lang.vi && !lang.ru {
            s45LatinCountWords()
            if language == "en" || lang.fr {
                s45LatinIberianBodies()
                s45LatinForceBodies()
                s45FrenchBodyTails()
            }
            if language == "en" {
                s45EnglishOppositionParties()
                s45EnglishForeignAdjectivePlaces()
                s45EnglishSitePlaces()
            }
            if lang.fr { s45FrenchSitePlaces() }
        }
    }

    // MARK: - Arabic

    /// The words that link a name to the father's (or the family's) name.
    static let s45ArabicNasab = h18Keys(["بن", "بنت", "ابن", "ولد"])
    /// Era nouns: a country's adjective after them names an age, no country ("العصر البيزنطي", "الحقبة الرومانية").
    static let s45ArabicEraNouns = H36Heads(["العصر", "العهد", "الحقبة", "الفترة", "الإمبراطورية", "الامبراطورية", "الحضارة"])
    /// Romania's own names: an article with none of them reads روماني as Roman.
    static let s45ArabicRomania = H36Heads(["رومانيا", "بوخارست"])

    /// "عبد العزيز بن تركي الفيصل": a country's word after بن (a given name) is no country; "العصر الروماني" (an era), and
    /// روماني in an article that names neither Romania nor Bucharest (Roman ruins, the Roman quarter), no country either.
    mutating func s45ArabicNasabCountries() {
        guard anyMention(where: { $0.type == .country }) else { return }
        let romania = articleHas(Self.s45ArabicRomania.set)
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .country && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z == a, h36Arabic(a) else { continue }
            if a >= 1, h36Arabic(a - 1), Self.s45ArabicNasab.contains(tokens[a - 1]) { drop.insert(i); continue }
            // (S53a: روماني without the article too, "مسرح روماني".)
            if !romania, mentions[i].code == "RO", !s45PersonOrBodyBefore(a) { drop.insert(i); continue }
            // The adjective (with the article): not the country's name itself.
            guard Self.h36HasArticle(tokens[a].key) else { continue }
            if a >= 1, h36CliticPrefix(a - 1, Self.s45ArabicEraNouns) != nil { drop.insert(i); continue }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Words that say a language follows ("باللغة", "اللغات"), and the names of languages that are no country's adjective.
    static let s45ArabicLanguageCues = h18Keys(["اللغة", "باللغة", "للغة", "لغة", "واللغة", "اللغات", "باللغات", "اللغتين", "باللغتين", "بلغة"])
    static let s45ArabicLanguageNames = h18Keys(["العربية", "بالعربية", "والعربية", "الإنجليزية", "بالإنجليزية", "والإنجليزية", "الإنكليزية",
        "بالإنكليزية", "والإنكليزية"])

    /// "مجلة باللغات العربية والروسية والإنجليزية", "كتاب من 200 صفحة بالعربية والفرنسية", "ترجم بالفرنسية": a country's
    /// feminine adjective after a word for language, with ب and the article ("in French"), or joined by و to a language
    /// named before it, is that language, no country.
    mutating func s45ArabicLanguages() {
        guard anyMention(where: { $0.type == .country }) else { return }
        var drop = Set<Int>()
        var languageAt = -2
        let order = mentions.indices.filter { mentions[$0].type == .country }.sorted { mentions[$0].start < mentions[$1].start }
        for i in order {
            guard let (a, z) = seedSpan(i), z == a, h36Arabic(a), PlainText.hasSuffix(tokens[a].key, "يه") || PlainText.hasSuffix(tokens[a].key, "ية") else { continue }
            let prevLanguage = a >= 1 && h36Arabic(a - 1) && (Self.s45ArabicLanguageCues.contains(tokens[a - 1]) || Self.s45ArabicLanguageNames.contains(tokens[a - 1])
                || languageAt == a - 1)
            let inLanguage = keyStarts(a, "بال")
            if a >= 1, h36Arabic(a - 1), Self.s45ArabicLanguageCues.contains(tokens[a - 1]) || inLanguage || keyStarts(a, "و") && prevLanguage {
                drop.insert(i)
                languageAt = a
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// One of the two words before `a` is a title's, a body's or a place's head, or a person is named there ("وزير الخارجية
    /// الروماني", "المنتخب الروماني"): the adjective is a nationality.
    func s45PersonOrBodyBefore(_ a: Int) -> Bool {
        for k in max(0, a - 2)..<a where h36Arabic(k) {
            let f = arabicFlags(k)
            if f.contains(.titledNameHead) || f.contains(.titleFirstWord) || f.contains(.complementTitle) || f.contains(.orgHead)
                || f.contains(.companyHead) || Self.s45ArabicNationNouns.contains(tokens[k]) { return true }
        }
        let s = tokens[max(0, a - 2)].start
        return anyMention(where: { $0.type == .person && $0.end <= tokens[a].start && $0.end >= s })
    }
    /// Nouns a nationality qualifies (a team, a side, a people, a player, a citizen).
    static let s45ArabicNationNouns = H36Heads(["المنتخب", "الفريق", "النادي", "اللاعب", "اللاعبة", "المواطن", "المواطنة", "الشعب",
        "الجانب", "السفير", "السفارة", "الوفد", "الرئيس", "الوزير", "الحكومة", "البرلمان", "الجيش", "الشركة", "العملة", "الليو",
        "المدرب", "الدولي", "العداء", "العداءة", "الكاتب", "المخرج", "الفنان", "الفنانة", "المغني", "المغنية", "الملاكم", "السائح",
        "السياح", "الطالب", "الطلاب", "العمال", "الرعايا", "الجالية", "الخارجية", "الدفاع", "الداخلية", "النظير", "نظيره", "نظيرته"]).set

    /// A word that may stand in a person's name after بن or before ولد: Arabic, no stopword, title, head or country.
    @inline(__always) func s45ArabicPersonWord(_ k: Int) -> Bool {
        guard h36Arabic(k), tokens[k].spaceBefore, !h36Stop(k), PlainText.count(tokens[k].key) >= 2 else { return false }
        let f = arabicFlags(k)
        return !(f.contains(.stop) || f.contains(.timeWord) || f.contains(.speechVerb))
    }

    /// "الدكتور خالد بن مساعد الشهراني،": a person's name read up to بن goes on over the father's name (one word, or two
    /// when the first has no article), the family's name with the article closing it. "محمد الأمين ولد أحمد سالم": a name
    /// read from ولد on, or right after it, is read back over ولد and the given name before it (one or two words, the second
    /// may carry the article: "محمد الأمين"; "الشيخ" is a given name there).
    mutating func s45ArabicNasabPersons() {
        guard articleHas(Self.s45ArabicNasab) else { return }
        var changed: [(Int, Int, Int)] = []   // (mention, first token, last token + 1)
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), h36Arabic(z) else { continue }
            var (na, nz) = (a, z + 1)
            // Forward: the name ends on بن.
            if Self.s45ArabicNasab.contains(tokens[z]), z > a {
                var e = z + 1
                while e < tokenCount, e - z <= 3, s45ArabicPersonWord(e) {
                    let article = Self.h36HasArticle(tokens[e].key)
                    e += 1
                    if article { break }
                }
                if e > z + 1 { nz = e }
            }
            // Back: the name starts with ولد, or right after it.
            var w = -1
            if keyIs(a, "ولد"), a + 1 <= z { w = a } else if a >= 1, keyIs(a - 1, "ولد"), h36Arabic(a - 1), tokens[a].spaceBefore { w = a - 1 }
            if w >= 1, tokens[w].spaceBefore {
                var b = w
                let g = w - 1
                if s45ArabicPersonWord(g), !isCountry[g] {
                    if isGivenNameKey(g) || Self.arabicCommonGivenNames.contains(tokens[g]) || keyIs(g, "الشيخ") || keyIs(g, "سيدي") {
                        b = g
                        if g >= 1, s45ArabicPersonWord(g - 1), !Self.h36HasArticle(tokens[g - 1].key),
                           isGivenNameKey(g - 1) || Self.arabicCommonGivenNames.contains(tokens[g - 1]) { b = g - 1 }
                    } else if Self.h36HasArticle(tokens[g].key), g >= 1, s45ArabicPersonWord(g - 1),
                              isGivenNameKey(g - 1) || Self.arabicCommonGivenNames.contains(tokens[g - 1]) {
                        b = g - 1
                    }
                }
                if b < w { na = b }
            }
            guard na != a || nz != z + 1 else { continue }
            let (s, e) = (tokens[na].start, tokens[nz - 1].end)
            let (ms, me) = (mentions[i].start, mentions[i].end)
            // Not over a known name, a body or a place read with a cue.
            if anyMention(where: { $0.start < e && $0.end > s && ($0.start < ms || $0.end > me)
                && ($0.known != nil || $0.type == .organization || $0.type == .place && $0.evidence != .guess) }) { continue }
            changed.append((i, na, nz))
        }
        guard !changed.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, na, nz) in changed {
            let (s, e) = (tokens[na].start, tokens[nz - 1].end)
            for j in mentions.indices where j == i || mentions[j].type != .country && mentions[j].start >= s && mentions[j].end <= e { drop.insert(j) }
            added.append(mention(na, nz, type: .person, evidence: mentions[i].evidence))
        }
        replaceMentions(removing: drop, adding: added)
    }


    /// "his compatriot", "her compatriot": a nationality said without the country's adjective.
    static let s45ArabicCompatriots = h18Keys(["مواطنه", "مواطنته", "مواطنها", "مواطنتها", "ومواطنه", "ومواطنته"])
    /// Nouns of persons a nationality qualifies before the person's name ("العداء الإثيوبي …", "اللاعب المغربي …").
    static let s45ArabicPersonNouns = H36Heads(["العداء", "العداءة", "اللاعب", "اللاعبة", "الملاكم", "الملاكمة", "المدرب", "المدربة",
        "النجم", "النجمة", "البطل", "البطلة", "الدراج", "الدراجة", "السباح", "السباحة", "المهاجم", "الحارس", "المدافع", "الفنان",
        "الفنانة", "الكاتب", "الكاتبة", "الروائي", "الروائية", "المخرج", "المخرجة", "الممثل", "الممثلة", "المغني", "المغنية", "الشاعر",
        "الشاعرة", "الباحث", "الباحثة", "الصحفي", "الصحفية", "المصور", "المصورة", "الرئيس", "الوزير", "الوزيرة", "السفير", "السفيرة",
        "الدبلوماسي", "الناشط", "الناشطة", "المتسابق", "المتسابقة", "الفارس", "الفارسة", "الرباع", "المصارع", "لاعب", "لاعبة"])

    /// Token `k` is a verb in the future: س + the imperfect's prefix (ي، ت، ن، أ) and three letters or more.
    func s45FutureVerb(_ k: Int) -> Bool {
        guard h36Arabic(k) else { return false }
        let u = tokens[k].key.unicodeScalars
        guard u.count >= 5, let f = u.first, f.value == 0x0633 else { return false }
        let second = u[u.index(after: u.startIndex)].value
        return second == 0x064A || second == 0x062A || second == 0x0646 || second == 0x0623 || second == 0x0627
    }

    /// Words that close a name read after a nationality: relatives (the comma and full stop are tested apart).
    static let s45ArabicNameClosers = h18Keys(["الذي", "التي", "اللذين", "اللتين"])

    /// "متقدما على مواطنه هايلي ميكونين أبيرا، والكيني دانيال كيبروتيتش لانغات الذي حل ثالثا": after a country's definite
    /// adjective (or "مواطنه"), two or three name words (only the last may carry the article) closed by a comma, a full
    /// stop or a relative are a person; a shorter reading of it goes.
    mutating func s45ArabicNationalityPersons() {
        let compatriots = articleHas(Self.s45ArabicCompatriots)
        guard compatriots || anyMention(where: { $0.type == .country }) else { return }
        var spans: [(Int, Int)] = []
        for k in 0..<(tokenCount - 2) where h36Arabic(k) {
            if Self.s45ArabicCompatriots.contains(tokens[k]) {
                guard compatriots else { continue }
            } else {
                guard isCountry[k], Self.h36HasArticle(tokens[k].key),
                      PlainText.hasSuffix(tokens[k].key, "ي") || PlainText.hasSuffix(tokens[k].key, "يه") || PlainText.hasSuffix(tokens[k].key, "ية") else { continue }
                // The adjective alone ("والكيني", "على المغربية") or after a noun of a person ("العداء الإثيوبي"), not after
                // another definite noun it qualifies ("الحكومة الكينية").
                if k >= 1, h36Arabic(k - 1), Self.h36HasArticle(tokens[k - 1].key), h36CliticPrefix(k - 1, Self.s45ArabicPersonNouns) == nil { continue }
            }
            let x = k + 1
            // A verb in the future ("ستدعم", "سيبدأ") is no name.
            if s45FutureVerb(x) { continue }
            var y = x
            while y < tokenCount, y - x < 3, s41ArabicNameWord(y), !arabicFlags(y).contains(.head), PlainText.count(tokens[y].key) >= 2,
                  !tokens[y].text.unicodeScalars.contains(where: { $0.value == 0x064B }) {   // (no tanween: "مستشاراً مستقلاً")
                if Self.h36HasArticle(tokens[y].key) {
                    // Only a family's nisba closes the name ("سكينة الوزاني"), not a noun ("كوفي مينساه الهدف").
                    if y > x, PlainText.hasSuffix(tokens[y].key, "ي") { y += 1 }
                    break
                }
                if y > x, keyStarts(y, "و") { break }
                y += 1
            }
            let count = y - x
            guard count >= 2, count <= 3, !Self.h36HasArticle(tokens[x].key) else { continue }
            guard y < tokenCount, keyIs(y, "،") || keyIs(y, ",") || keyIs(y, ".") || h36Arabic(y) && Self.s45ArabicNameClosers.contains(tokens[y]) else { continue }
            let (s, e) = (tokens[x].start, tokens[y - 1].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.known != nil || $0.type == .country || $0.type == .organization
                || $0.type == .place && $0.evidence != .guess) }) { continue }
            if anyMention(where: { $0.type == .person && $0.start == s && $0.end == e }) { continue }
            spans.append((x, y))
        }
        guard !spans.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, b) in spans {
            let (s, e) = (tokens[a].start, tokens[b - 1].end)
            for j in mentions.indices where mentions[j].type != .country && mentions[j].start >= s && mentions[j].end <= e { drop.insert(j) }
            added.append(mention(a, b, type: .person, evidence: .cue))
        }
        replaceMentions(removing: drop, adding: added)
    }


    static let s45ArabicMunicipality = H36Heads(["بلدية"])
    static let s45ArabicParty = H36Heads(["حزب"])
    /// (Folded keys: ة and ى are folded, so the words are tested through sets, not literals.)
    static let s45ArabicGreater = h18Keys(["الكبرى"]), s45ArabicAssembly = h18Keys(["الجمعية"]), s45ArabicNational = h18Keys(["الوطنية"])
    /// Definite adjectives that make a committee or body generic ("اللجنة المختصة", "الجهات المعنية").
    static let s45ArabicGenericAdjectives = h18Keys(["المختصة", "المختص", "المعنية", "المعني", "المكلفة", "المكلف", "المسؤولة", "المسؤول"])
    static let s45ArabicBodyTriggers = KeySet(s45ArabicMunicipality.set.members + s45ArabicParty.set.members + ["الجمعية", "المختصة", "المختص",
        "المعنية", "المعني", "المكلفة", "المكلف", "المسؤولة", "المسؤول"].map { TextFolding.key($0) })

    /// "بالتنسيق مع وزارة السياحة وبلدية شحات": a municipality's head before a place's name (and "الكبرى" after it) is the
    /// municipality, a body; "النائبة عن حزب تواصل،": a party's head before one indefinite word, or before a body's name
    /// ("حزب جبهة العمل الإسلامي"), is the party; "في الجمعية الوطنية" (the National Assembly) is a body; a committee "المختصة"
    /// (the competent one, the one concerned) is none.
    mutating func s45ArabicBodies() {
        guard articleHas(Self.s45ArabicBodyTriggers) else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for k in 0..<(tokenCount - 1) where h36Arabic(k) {
            // ("ببلدية X", "in the commune of X", is the place.)
            if let skip = h36CliticPrefix(k, Self.s45ArabicMunicipality), skip == 0 || !keyStarts(k, "ب"), h36Arabic(k + 1), tokens[k + 1].spaceBefore,
               let p = firstMentionIndex(where: { $0.start == tokens[k + 1].start && ($0.type == .place) }), let (a, z) = seedSpan(p), a == k + 1, z - a <= 2 {
                var e = z + 1
                if e < tokenCount, Self.s45ArabicGreater.contains(tokens[e]) { e += 1 }
                let m = h36Mention(k, e, skip: skip, type: .organization)
                if anyMention(where: { $0.type == .organization && $0.start <= m.start && $0.end >= m.end }) { continue }
                for j in mentions.indices where mentions[j].type != .country && mentions[j].start < m.end && mentions[j].end > m.start { drop.insert(j) }
                added.append(m)
                continue
            }
            if let skip = h36CliticPrefix(k, Self.s45ArabicParty), h36Arabic(k + 1), tokens[k + 1].spaceBefore {
                // Before a body's name: the party's head joins it.
                if let o = firstMentionIndex(where: { $0.start == tokens[k + 1].start && $0.type == .organization && $0.known == nil }), let (_, z) = seedSpan(o) {
                    let m = h36Mention(k, z + 1, skip: skip, type: .organization)
                    drop.insert(o)
                    added.append(m)
                    continue
                }
                // One indefinite word closed by punctuation: "حزب تواصل،".
                guard s41ArabicNameWord(k + 1), !Self.h36HasArticle(tokens[k + 1].key), !arabicFlags(k + 1).contains(.head),
                      k + 2 < tokenCount, tokens[k + 2].kind == .punct, !keyStarts(k + 1, "و") else { continue }
                let m = h36Mention(k, k + 2, skip: skip, type: .organization)
                if anyMention(where: { $0.start < m.end && $0.end > m.start && ($0.known != nil || $0.type == .organization) }) { continue }
                for j in mentions.indices where mentions[j].type != .country && mentions[j].start < m.end && mentions[j].end > m.start { drop.insert(j) }
                added.append(m)
                continue
            }
            if Self.s45ArabicAssembly.contains(tokens[k]), k + 1 < tokenCount, Self.s45ArabicNational.contains(tokens[k + 1]), !s41ArabicBodyAdjective(k + 2) {
                let m = mention(k, k + 2, type: .organization, evidence: .cue)
                if anyMention(where: { $0.start < m.end && $0.end > m.start && $0.type != .country }) { continue }
                added.append(m)
                continue
            }
        }
        // Generic committees.
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z == a + 1, h36Arabic(z), Self.s45ArabicGenericAdjectives.contains(tokens[z]) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    // MARK: - Latin script

    /// Spanish and Portuguese words that open a place's name ("Rio Indio", "Lago Agrio", "Puerto Chino").
    static let s45IberianPlaceFirsts = h18Keys(["rio", "río", "lago", "isla", "cerro", "puerto", "bahía", "bahia", "laguna", "arroyo",
        "sierra", "valle", "punta", "playa", "quebrada", "cayo", "boca", "ilha", "serra", "ribeirão"])
    /// English heads of natural places and works after a name ("Indio River", "Chino Valley").
    static let s45EnglishPlaceHeads = h18Keys(["river", "lake", "creek", "valley", "canyon", "bay", "reservoir", "dam", "falls", "hills",
        "mountains", "island", "islands", "basin", "gorge", "lagoon"])

    /// "the Rio Indio reservoir", "the dam on the Indio River": in English text, a country's word (a Spanish adjective
    /// among them: indio, chino, ruso) after a Spanish word that opens a place's name, or before an English head of a
    /// natural place, is that place's name, no country.
    mutating func s45EnglishForeignAdjectivePlaces() {
        guard articleHas(Self.s45IberianPlaceFirsts) || articleHas(Self.s45EnglishPlaceHeads) else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        var named: [(String, [String])] = []
        for i in mentions.indices where mentions[i].type == .country {
            guard let (a, z) = seedSpan(i), z == a, s43Cap(a), tokens[a].capitalized else { continue }
            var (s, e) = (a, a + 1)
            if a >= 1, s43Cap(a - 1), tokens[a].spaceBefore, Self.s45IberianPlaceFirsts.contains(tokens[a - 1]) { s = a - 1 }
            else if s43Cap(a + 1), tokens[a + 1].spaceBefore, Self.s45EnglishPlaceHeads.contains(tokens[a + 1]) { e = a + 2 }
            else { continue }
            drop.insert(i)
            let (cs, ce) = (tokens[s].start, tokens[e - 1].end)
            // The name read otherwise (a body, a person, a part): the place's.
            for j in mentions.indices where j != i && mentions[j].known == nil && mentions[j].type != .country && mentions[j].start < ce && mentions[j].end > cs {
                drop.insert(j)
            }
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < ce && $0.end > cs }) { continue }
            var m = mention(s, e, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
            named.append((tokens[a].key, m.words))
        }
        // "the Rio Indio reservoir" read as a body (not known) or a person from capitals alone: a Spanish word that opens a place's
        // name makes it a place.
        for i in mentions.indices where !drop.contains(i) && mentions[i].known == nil && mentions[i].evidence != .known
            && (mentions[i].type == .organization || mentions[i].type == .person && mentions[i].evidence == .guess) {
            guard let (a, z) = seedSpan(i), z > a, z - a <= 2, s43Cap(a), Self.s45IberianPlaceFirsts.contains(tokens[a]) else { continue }
            mentions[i].type = .place
            mentions[i].placeContext = true
        }
        guard !drop.isEmpty else { return }
        // "… the Indio River … flood forest in the Indio": the word alone later is the same place.
        if !named.isEmpty {
            for i in mentions.indices where mentions[i].type == .country && !drop.contains(i) {
                guard let (a, z) = seedSpan(i), z == a, let n = named.firstIndex(where: { PhraseMatcher.same(tokens[a].key, $0.0) }) else { continue }
                drop.insert(i)
                var m = mention(a, a + 1, type: .place, evidence: .cue)
                m.placeContext = true
                m.words = named[n].1
                added.append(m)
            }
        }
        replaceMentions(removing: drop, adding: added)
    }

    /// Lowercase nouns of works and sites that close a place's name in English ("the Kelani Valley line", "Colombo Fort
    /// station", "the Rio Indio reservoir").
    /// (Not "terminal", "port", "depot": the name before them is the town's, "the Tema terminal".)
    static let s45EnglishSiteNouns = h18Keys(["station", "line", "reservoir", "dam", "tunnel", "shed"])

    /// "trains on the Kelani Valley line", "left Colombo Fort station": capitalized words (a place not known, an untyped
    /// name or a person guessed from capitals alone; no acronym) right before a lowercase noun of a work or site, after "the",
    /// a preposition or a verb (lowercase), are that place, named with the noun.
    mutating func s45EnglishSitePlaces() {
        guard articleHas(Self.s45EnglishSiteNouns) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country {
            guard let (a, z) = seedSpan(i), s43Cap(a), z + 1 < tokenCount, s43Lower(z + 1), tokens[z + 1].spaceBefore,
                  Self.s45EnglishSiteNouns.contains(tokens[z + 1]), a >= 1, s43Lower(a - 1) else { continue }
            switch mentions[i].type {
            case .place?: break
            case nil: break
            case .person?: if mentions[i].evidence != .guess || isGivenNameKey(a) { continue }
            default: continue   // (a body's work keeps the body: "LNG Canada terminal", "NCPB depot")
            }
            if (a...z).contains(where: { tokens[$0].allCaps }) { continue }
            // (Not a one-word name that is a known word's capital: the rule wants a name.)
            fixes.append((i, a, z + 2))
        }
        guard !fixes.isEmpty else { return }
        replaceEach(fixes, type: .place)
    }

    /// French nouns of sites before a place's name with "de" ("port de Tadjourah", "golfe de …", "palais de la Marina") and
    /// those right before it ("route Tadjourah-Balho", "camp militaire Soundiata Keïta", "palais Kouksaroï").
    static let s45FrenchSiteNounsLinked = h18Keys(["port", "golfe", "palais", "baie", "détroit"])
    static let s45FrenchSiteNounsDirect = h18Keys(["route", "camp", "palais", "pont"])
    /// A town's works: after them the town's name stays the town's ("le port de Douala", "du port de Cai Lan"), but for a
    /// country's capital named "-ville" ("port de Djibouti-ville"); a gulf or a palace named after a town is the gulf's or
    /// the palace's ("golfe d'Aden").
    static let s45FrenchTownWorks = h18Keys(["port"])
    static let s45FrenchSiteAdjectives = h18Keys(["militaire", "royal", "royaux", "présidentiel", "autonome", "international", "internationale"])
    static let s45FrenchSiteTriggers = KeySet(s45FrenchSiteNounsLinked.members + s45FrenchSiteNounsDirect.members)

    /// "l'extension du port de Tadjourah", "le golfe de Tadjourah", "exposés au palais de la Marina", "la route Tadjourah-Balho",
    /// "au camp militaire Soundiata Keïta de Kankan": a lowercase noun of a site (one adjective of its kind may follow), "de"
    /// (or right before for some), and capitalized words read as a place, a person or untyped are one place, the noun with
    /// it; a country's name is left.
    mutating func s45FrenchSitePlaces() {
        guard lang.fr, articleHas(Self.s45FrenchSiteTriggers) else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        var k = 0
        while k < tokenCount - 2 {
            defer { k += 1 }
            guard s43Lower(k), Self.s45FrenchSiteTriggers.contains(tokens[k]) else { continue }
            var j = k + 1
            if s43Lower(j), Self.s45FrenchSiteAdjectives.contains(tokens[j]) { j += 1 }
            var linked = false
            if Self.s45FrenchSiteNounsLinked.contains(tokens[k]) {
                if keyIs(j, "de"), keyIs(j + 1, "la") { j += 2; linked = true }
                else if keyIs(j, "de") || keyIs(j, "du") { j += 1; linked = true }
                else if j < tokenCount, tokens[j].kind == .elision, keyIs(j, "d'") || keyIs(j, "d") { j += 1; linked = true }
            }
            if !linked && !Self.s45FrenchSiteNounsDirect.contains(tokens[k]) { continue }
            guard j < tokenCount, s43Cap(j), !tokens[j].newlineBefore,
                  let n = firstMentionIndex(where: { $0.start == tokens[j].start }), let (a, z0) = seedSpan(n), a == j,
                  mentions[n].type != .organization || mentions[n].known == nil && mentions[n].evidence == .guess else { continue }
            var z = z0
            // "Djibouti-ville": a country's name before "-ville" is its capital's.
            let cityOfCountry = mentions[n].type == .country && z + 2 < tokenCount && keyIs(z + 1, "-") && !tokens[z + 1].spaceBefore
                && keyIs(z + 2, "ville") && !tokens[z + 2].spaceBefore
            if mentions[n].type == .country && !cityOfCountry { continue }
            // "route Tadjourah-Balho": over a hyphen and the next capitalized word (or "-ville").
            while z + 2 < tokenCount, keyIs(z + 1, "-"), !tokens[z + 1].spaceBefore, !tokens[z + 2].spaceBefore, s43Cap(z + 2) || keyIs(z + 2, "ville") { z += 2 }
            // "le port de Douala", "la gare de Brest": a known town after the noun stays the town (the sets' older convention;
            // the newer names the port: left to the known town's reading).
            if !cityOfCountry && Self.s45FrenchTownWorks.contains(tokens[k]) { continue }
            // "route de Lagos", "camp de Kankan": a known town after a noun without its own adjective is the town.
            let (s, e) = (tokens[k].start, tokens[z].end)
            if !cityOfCountry, anyMention(where: { $0.start < e && $0.end > s && $0.type == .country }) { continue }
            for q in mentions.indices where mentions[q].start >= s && mentions[q].end <= e { drop.insert(q) }
            var m = mention(k, z + 1, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
            k = z
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// Number words that open a sentence as a quantity ("Tens of thousands", "Dozens of", "Hundreds of").
    static let s45CountWords = h18Keys(["tens", "dozens", "hundreds", "thousands", "millions", "scores", "dizaines", "centaines",
        "milliers", "millions", "decenas", "cientos", "centenares", "miles"])

    /// "Tens of thousands of commuters …": a number word alone at a sentence's start, before "of"/"de", is no name.
    mutating func s45LatinCountWords() {
        guard articleHas(Self.s45CountWords) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country {
            guard let (a, z) = seedSpan(i), z == a, s43Cap(a), Self.s45CountWords.contains(tokens[a]),
                  keyIs(a + 1, "of") || keyIs(a + 1, "de") || keyIs(a + 1, "d'") || tokens.indices.contains(a + 1) && tokens[a + 1].kind == .elision else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Heads of Spanish and Portuguese bodies named in another language's text ("Fundación para la …", "Coordinadora …").
    static let s45IberianHeads = h18Keys(["fundación", "fundacion", "coordinadora", "asociación", "asociacion", "federación",
        "federacion", "confederación", "confederacion", "corporación", "corporacion", "instituto", "movimiento", "frente", "unión",
        "comité", "comite", "consejo", "colectivo", "cooperativa", "sindicato", "fundação", "associação", "movimento",
        "centro", "observatorio", "defensoría", "defensoria", "procuraduría", "procuraduria", "alianza", "plataforma"])
    /// Words inside such a name between capitalized words ("por la", "para la", "de los").
    static let s45IberianLinks = h18Keys(["de", "del", "la", "las", "los", "el", "para", "por", "en", "da", "do", "das", "dos", "y", "e"])

    /// "The Coordinadora Campesina por la Vida, a farmers' group", "the Fundación para la Conservación de los Recursos
    /// Naturales in Penonomé": in English or French text, a Spanish or Portuguese body's head + capitalized words and the
    /// lowercase links between them (never a link last) is one body; the person or the pieces read on it go.
    mutating func s45LatinIberianBodies() {
        guard articleHas(Self.s45IberianHeads) else { return }
        var spans: [(Int, Int)] = []
        var k = 0
        while k < tokenCount - 1 {
            defer { k += 1 }
            guard s43Cap(k), tokens[k].capitalized, Self.s45IberianHeads.contains(tokens[k]) else { continue }
            var j = k + 1, end = k + 1, links = 0
            while j < tokenCount, j - k <= 12, tokens[j].spaceBefore, !tokens[j].newlineBefore {
                if s43Cap(j) { j += 1; end = j; links = 0; continue }
                if s43Lower(j), Self.s45IberianLinks.contains(tokens[j]), links < 2 { j += 1; links += 1; continue }
                break
            }
            // A Spanish link inside ("Frente Amplio", capitals alone, is left to the other rules).
            guard end - k >= 3, ((k + 1)..<end).contains(where: { s43Lower($0) }) else { continue }
            let (s, e) = (tokens[k].start, tokens[end - 1].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.known != nil || $0.type == .country) }) { continue }
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { k = end - 1; continue }
            spans.append((k, end))
            k = end - 1
        }
        replaceOverlapping(spans, type: .organization)
    }

    /// Last words of security and emergency bodies ("Railway Protection Force", "Special Task Force", "Peace Corps").
    static let s45ForceHeads = h18Keys(["force", "corps"])

    /// "officers from the Railway Protection Force": capitalized words ending on Force or Corps (two or more before it, no
    /// stopword first), read as a person, a place guessed from capitals, untyped or not at all, are a body.
    mutating func s45LatinForceBodies() {
        guard articleHas(Self.s45ForceHeads) else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for z in 2..<tokenCount where s43Cap(z) && tokens[z].capitalized && Self.s45ForceHeads.contains(tokens[z]) {
            var a = z
            while a > 0, z - a < 5, s43Cap(a - 1), tokens[a].spaceBefore, !tokens[a].newlineBefore, !tokens[a].sentenceStart { a -= 1 }
            // ("The Border Security Force said": not the article that opens the sentence.)
            while a < z, isStopword(a) { a += 1 }
            guard z - a >= 2 else { continue }
            let (s, e) = (tokens[a].start, tokens[z].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.known != nil || $0.type == .country || $0.type == .organization) }) { continue }
            for j in mentions.indices where mentions[j].start < e && mentions[j].end > s { drop.insert(j) }
            added.append(mention(a, z + 1, type: .organization, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// French words that never go on a body's name: a preposition of place or time, a participle of schedule, a time noun.
    /// (Folded keys: no word whose folded form is a link, "dès" being "des"; "contre" is left: "lutte contre …".)
    static let s45FrenchTailStops = h18Keys(["auprès", "aupres", "prévu", "prévue", "prévus", "prévues", "début", "fin", "lors",
        "depuis", "pendant", "selon", "malgré", "avant", "après", "jusqu", "courant", "vers", "chez"])
    static let s45FrenchLinks = h18Keys(["de", "du", "des", "la", "le", "les", "l", "d", "et", "à", "au", "aux"])

    /// "l'installation de l'Assemblée nationale prévue début janvier", "a appris l'Agence guinéenne de presse auprès de la
    /// juridiction": a body's name read on over a preposition of place or time, a schedule's participle or a time noun
    /// ends before it (and before the links left at its end).
    mutating func s45FrenchBodyTails() {
        guard lang.fr, articleHas(Self.s45FrenchTailStops) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z - a >= 2 else { continue }
            guard let cut = ((a + 1)...z).first(where: { s43Lower($0) && Self.s45FrenchTailStops.contains(tokens[$0]) }) else { continue }
            var e = cut
            while e > a + 1, tokens[e - 1].kind == .elision || s43Lower(e - 1) && Self.s45FrenchLinks.contains(tokens[e - 1]) || tokens[e - 1].kind == .punct { e -= 1 }
            guard e > a else { continue }
            fixes.append((i, a, e))
        }
        guard !fixes.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, a, e) in fixes {
            drop.insert(i)
            var m = mention(a, e, type: .organization, evidence: mentions[i].evidence)
            m.parenthesized = mentions[i].parenthesized
            added.append(m)
        }
        replaceMentions(removing: drop, adding: added)
    }

    /// "the main opposition Samagi Jana Balawegaya blamed …": capitalized words right after "opposition" or "ruling",
    /// guessed a person from capitals alone (no known given name first), are a party.
    mutating func s45EnglishOppositionParties() {
        guard articleHas(Self.s45PartyCues) else { return }
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil && mentions[i].evidence == .guess {
            guard let (a, z) = seedSpan(i), z > a, a >= 1, s43Lower(a - 1), Self.s45PartyCues.contains(tokens[a - 1]),
                  !isGivenNameKey(a) else { continue }
            mentions[i].type = .organization
        }
    }
    static let s45PartyCues = h18Keys(["opposition", "ruling"])
}
