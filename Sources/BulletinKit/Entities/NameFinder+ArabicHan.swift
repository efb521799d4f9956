import Foundation

/// Discovery in Arabic and Chinese, which have no capitals: names after titles,
/// institutions by their head nouns, provinces and cities by their suffixes.
extension NameFinder {
    // MARK: Arabic

    /// Titles after which a name follows directly ("الرئيس أ. لوكاشينكو", "السيد أ. فولفوفيتش").
    static let arabicTitles: [[String]] = [
        ["الرئيس"], ["السيد"], ["السيده"], ["الامين", "العام"], ["رئيس", "الوزراء"], ["رئيس", "الوزراء"], ["السفير"],
        ["الرفيق"], ["الدكتور"], ["الملك"], ["الامير"], ["الشيخ"], ["المستشار"], ["نائب", "الرئيس"], ["الجنرال"],
    ]
    /// Titles with a complement ("وزير الخارجية", "رئيس مجلس النواب"): the name must be introduced by an initial.
    static let arabicComplementTitles = KeySet(["وزير", "وزيره", "رئيس", "امين", "نائب", "سفير", "مدير", "حاكم", "قائد", "الوزير", "والي", "محافظ", "مديرها", "رئيسها"])
    static let arabicTitleFirstWords = KeySet(arabicTitles.map { $0[0] })
    /// Head nouns of institutions.
    static let arabicOrgHeads = KeySet([
        "مجلس", "وزاره", "حزب", "لجنه", "جمعيه", "منظمه", "وكاله", "بنك", "جامعه", "شركه", "مؤسسه", "اتحاد", "هيئه",
        "مجموعه", "البرلمان", "برلمان", "محكمه", "مصنع", "مكتب", "منتدي", "رابطه", "اكاديميه", "معهد", "جبهه", "صندوق", "مجلس", "مندوبيه",
        "غرفه", "مجمع", "مصرف",   // chambers of commerce, industrial groups (غرفة تجارة وصناعة …, المجمع الكيميائي …)
    ])
    /// Heads of company names, which may be followed by the company's own (foreign) name.
    static let arabicCompanyHeads = KeySet(["شركه", "مجموعه", "بنك", "مصنع", "مصرف"])
    /// Verbs of saying before a name ("وقال أمين الناصر رئيس الشركة").
    static let arabicSpeechVerbs = KeySet(["قال", "وقال", "قالت", "وقالت", "اكد", "واكد", "اكدت", "واكدت", "اضاف", "واضاف", "اضافت",
                                           "واضافت", "اوضح", "واوضح", "صرح", "وصرح", "اعلن", "واعلن", "ذكر", "وذكر", "اشار", "واشار"])
    /// Heads whose names run over "و" + a definite field (وزارة الصناعة والتجارة).
    static let arabicCoordinatedHeads = KeySet(["وزاره", "هيئه", "مؤسسه"])
    static let arabicPlaceHeads = KeySet(["مقاطعه", "محافظه", "مدينه", "ولايه", "اقليم", "جزيره", "منطقه", "جهه", "ميناء", "حوض", "معبر",
                                          "وادي", "نهر", "مصفاه"])   // (وادي فرغانة, نهر النيل, مصفاة الزور)   // (ميناء صحار: a port)
    static let arabicStop = KeySet([
        "في", "من", "علي", "الي", "ان", "عن", "مع", "الذي", "التي", "خلال", "بعد", "قبل", "حيث", "كما", "قد", "لم", "لن", "ما",
        "هذا", "هذه", "ذلك", "تلك", "كل", "بين", "عند", "حول", "منذ", "امام", "او", "ثم", "لا", "و", "يوم", "الي", "وقال",
        "قال", "اكد", "انه", "انها", "الذين", "هو", "هي", "الي", "عام", "والوفد", "لارساله", "بشكل", "ايضا",
        // quantities ("… مينسك وبوريسوف أكثر من 400 صنف")
        "اكثر", "اقل", "نحو", "حوالي",
    ])

    mutating func discoverArabic() {
        var i = 0
        while i < tokens.count {
            if tokens[i].script != .arabic { i += 1; continue }   // before copying the token
            let t = token(i)
            guard t.script == .arabic, !covered[i] else { i += 1; continue }
            // Institutions: head noun + definite complements ("مجلس الأمن البيلاروسي", "للجمعية الوطنية البيلاروسية").
            let flags = arabicFlags(i)
            if flags.contains(.orgOrPlaceHead) {
                let isPlace = flags.contains(.placeHead)
                let company = flags.contains(.companyHead)
                var j = i + 1
                while j < tokens.count, j - i <= 4, tokens[j].script == .arabic, !covered[j] || isCountry[j], tokens[j].spaceBefore {
                    let key = tokens[j].key
                    // "شركة أرامكو السعودية", "مجموعة هواوي": a company's own name follows its head without the article.
                    if company, j == i + 1, !NameFinder.arabicHasPrefix(key, "ال"), !Self.arabicStop.contains(key), !isCountry[j], !arabicDefiniteHead(i),
                       arabicNameLike(j), !Self.arabicTimeWords.contains(key) {
                        j += 1
                        continue
                    }
                    // "مدينة أوش", "ولاية كيرالا": a place's own name follows its head in the construct state.
                    if isPlace, j == i + 1, !NameFinder.arabicHasPrefix(t.key, "ال"), !NameFinder.arabicHasPrefix(key, "ال"), !Self.arabicStop.contains(key), !isCountry[j],
                       !Self.arabicTimeWords.contains(key), !Self.arabicCommonAdjectives.contains(key),
                       arabicNameLike(j) || Self.looksLikeArabicPlaceName(tokens[j].text),
                       j + 1 >= tokens.count || tokens[j + 1].kind != .word || !NameFinder.arabicHasPrefix(tokens[j + 1].key, "ال")
                        || arabicFlags(j + 1).contains(.stop) {   // ("إلى" folds to "الي": a preposition, not an article)
                        j += 1
                        // "مدينة دير داوا": a second word of the name, when nothing definite follows it.
                        if j < tokens.count, tokens[j].kind == .word, tokens[j].script == .arabic, tokens[j].spaceBefore, !covered[j], !isCountry[j],
                           !NameFinder.arabicHasPrefix(tokens[j].key, "ال"), !arabicFlags(j).contains(.stop), !arabicFlags(j).contains(.timeWord),
                           arabicNameLike(j), !tokens[j].stems.contains(where: { Self.arabicOrgHeads.contains($0) }),
                           Self.mayBeSecondPlaceWord(tokens[j].key),
                           // ("حاكم ولاية نمنغان شوهرت عبد …": a given name before a particle, or after a governor's province.)
                           j + 1 >= tokens.count || !Self.arabicNameParticles.contains(tokens[j + 1]),
                           i == 0 || !Self.arabicGovernorTitles.contains(tokens[i - 1]),
                           j + 1 >= tokens.count || tokens[j + 1].kind != .word || !NameFinder.arabicHasPrefix(tokens[j + 1].key, "ال") {
                            j += 1
                        }
                        break
                    }
                    // "وزارة الاستثمار والتجارة الخارجية": a ministry's name coordinates its fields.
                    // "الشركة الوطنية للنفط والغاز": a coordinated field after a complement with "لل" is the name's too.
                    // (It ends the name: a definite word after it is the sentence's object, "… والجسور الأشغال".)
                    let ministry = t.stems.contains(where: { Self.arabicCoordinatedHeads.contains($0) })
                    if !ministry, NameFinder.arabicHasPrefix(key, "وال"), j > i + 1, NameFinder.arabicHasPrefix(tokens[j - 1].key, "لل"), !Self.arabicStop.contains(key) {
                        j += 1
                        break
                    }
                    // "الصندوق العربي للإنماء الاقتصادي والاجتماعي": two nisba adjectives of a "لل" field.
                    if !ministry, NameFinder.arabicHasPrefix(key, "وال"), j > i + 2, NameFinder.arabicHasPrefix(tokens[j - 2].key, "لل"), Self.arabicNisba(tokens[j].text),
                       Self.arabicNisba(tokens[j - 1].text), NameFinder.arabicHasPrefix(tokens[j - 1].key, "ال"), !Self.arabicStop.contains(key) {
                        j += 1
                        break
                    }
                    if Self.arabicHonorifics.contains(key) { break }   // "مجلس النواب الدكتور …" (NameFinder+RuZhAr.swift)
                    let coordinated = NameFinder.arabicHasPrefix(key, "وال") && j > i + 1 && ministry
                    let definite = NameFinder.arabicHasPrefix(key, "ال") || (NameFinder.arabicHasPrefix(key, "لل") && j > i + 1) || coordinated
                    if !definite || Self.arabicStop.contains(key) || Self.arabicTimeWords.contains(key) { break }
                    j += 1
                }
                if j == i + 1, !isPlace, let e = arabicConstructOrganizationEnd(i) { j = e }
                j = arabicCompanyPurposeEnd(i, j)
                // "الشركة الفرنسية", "والشركة الصينية": a definite company noun with only a country's adjective
                // is a description ("the French company"), not a name.
                let generic = company && !isPlace && (NameFinder.arabicHasPrefix(t.key, "ال") || NameFinder.arabicHasPrefix(t.key, "وال"))
                    && ((i + 1)..<j).allSatisfy { isCountry[$0] }
                if j > i + 1, !generic {
                    var m = mention(i, j, type: isPlace ? .place : .organization, evidence: .cue)
                    if let head = Self.withoutClitics(t.text), head != t.text {
                        m.variants = [([head] + tokens[(i + 1)..<j].map(\.text)).joined(separator: " ")]
                    }
                    m = withoutHeadClitic(m, head: i)
                    mentions.append(m)
                    i = j
                    continue
                }
            }
            // Titles, then a name: an optional initial ("أ.") and one to three name words.
            var titleEnd: Int?
            let mayBeTitle = flags.contains(.titleFirstWord)
            // (The titles walked only for a word that may open one: the loop's `where` was asked of every title for every token.)
            if mayBeTitle {
                for title in Self.arabicTitles where i + title.count <= tokens.count {
                    var ok = true
                    // (Stems and title words are folded keys: compared by bytes, see `FoldedKey`.)
                    for (n, w) in title.enumerated() where !tokens[i + n].stems.prefix(2).contains(where: { PhraseMatcher.same($0, w) }) { ok = false; break }
                    if ok { titleEnd = i + title.count; break }
                }
            }
            let complement = titleEnd == nil && flags.contains(.complementTitle)
            if complement {
                var j = i + 1
                while j < tokens.count, tokens[j].script == .arabic, NameFinder.arabicHasPrefix(tokens[j].key, "ال"), j - i <= 3 { j += 1 }
                if j + 2 < tokens.count, tokens[j].isInitialLetter, tokens[j + 1].keyEquals(".") { titleEnd = j }
            }
            if let start = titleEnd {
                var j = start
                var hasInitial = false
                if j + 1 < tokens.count, tokens[j].isInitialLetter, tokens[j + 1].keyEquals(".") { j += 2; hasInitial = true }
                var n = 0
                while j < tokens.count, n < 3, tokens[j].script == .arabic, !covered[j], tokens[j].kind == .word {
                    let key = tokens[j].key
                    if NameFinder.arabicHasPrefix(key, "ال") || Self.arabicStop.contains(key) || isCountry[j] || PlainText.count(key) < 2 { break }
                    if let first = key.unicodeScalars.first, first == "و" || first == "ف", n > 0 { break }
                    if n > 0 { break }                       // one name word: the surname after the title or initial
                    if !hasInitial, !arabicNameLike(j) { break }
                    j += 1; n += 1
                }
                if n > 0 {
                    var m = mention(start, j, type: .person, evidence: hasInitial ? .cue : .guess)
                    m.placeContext = !hasInitial   // marks "needs a second sighting" for the filter below
                    mentions.append(m)
                    i = j
                    continue
                }
                if covered[min(j, tokens.count - 1)] { i = j; continue }
            }
            i += 1
        }
    }

    /// A nisba adjective: "الاقتصادي", "والاجتماعية" (ending ي or ية).
    static func arabicNisba(_ text: String) -> Bool { NameFinder.arabicHasSuffix(text, "ي") || NameFinder.arabicHasSuffix(text, "ية") }

    /// Which word lists an Arabic word or its stems are in: the per-token tests of the Arabic
    /// passes, answered once per distinct word of the article (see `arabicFlags(_:)`).
    struct ArabicWordFlags: OptionSet {
        let rawValue: UInt32
        static let computed = ArabicWordFlags(rawValue: 1)
        /// A stem is an organization or place head noun.
        static let orgOrPlaceHead = ArabicWordFlags(rawValue: 1 << 1)
        static let placeHead = ArabicWordFlags(rawValue: 1 << 2)
        static let companyHead = ArabicWordFlags(rawValue: 1 << 3)
        /// One of the first two stems starts a title of `arabicTitles`.
        static let titleFirstWord = ArabicWordFlags(rawValue: 1 << 4)
        /// The second stem (the key when there is one) is a complement title.
        static let complementTitle = ArabicWordFlags(rawValue: 1 << 5)
        /// The key is a title head, or a stem longer than three letters is.
        static let titledNameHead = ArabicWordFlags(rawValue: 1 << 6)
        /// A stem is an organization, place or title head.
        static let head = ArabicWordFlags(rawValue: 1 << 7)
        static let speechVerb = ArabicWordFlags(rawValue: 1 << 8)
        /// A stem is in the seed-style lists of NameFinder+Seeds12.swift (asked per token by
        /// several passes: cached here with the other flags, not looked up stem by stem each time).
        static let featureHead = ArabicWordFlags(rawValue: 1 << 9)
        static let institutionNameHead = ArabicWordFlags(rawValue: 1 << 10)
        static let extraOrgHead = ArabicWordFlags(rawValue: 1 << 11)
        static let inPlaceOrgHead = ArabicWordFlags(rawValue: 1 << 12)
        /// A stem is an organization head noun.
        static let orgHead = ArabicWordFlags(rawValue: 1 << 13)
        /// The key itself is in `arabicStop` / `arabicTimeWords` (asked per token by most Arabic
        /// passes: a cached bit instead of hashing the key into the set each time).
        static let stop = ArabicWordFlags(rawValue: 1 << 14)
        static let timeWord = ArabicWordFlags(rawValue: 1 << 15)
        /// `arabicHeadInConstruct(key)`: a compass or island head, alone or after one clitic letter.
        static let headInConstruct = ArabicWordFlags(rawValue: 1 << 16)
        /// `isArabicDefinite`: the article, not a hamza'd alef.
        static let definite = ArabicWordFlags(rawValue: 1 << 17)
        /// `h14TitleHeadKey(key)`: a title head of the holdout14 chains, after up to two clitic letters.
        static let h14TitleHead = ArabicWordFlags(rawValue: 1 << 18)
        /// `h14CliticArticleKey(key)`: the article after a clitic ("والأغوار", "للكهرباء").
        static let h14CliticArticle = ArabicWordFlags(rawValue: 1 << 19)
    }

    /// Bits of `arabicListBits`: the word lists `arabicFlags` asks about.
    enum ArabicList {
        static let orgHead: UInt32 = 1, placeHead: UInt32 = 2, companyHead: UInt32 = 4, titleFirstWord: UInt32 = 8
        static let complementTitle: UInt32 = 16, titleHead: UInt32 = 32, speechVerb: UInt32 = 64
        static let featureHead: UInt32 = 128, institutionNameHead: UInt32 = 256, extraOrgHead: UInt32 = 512, inPlaceOrgHead: UInt32 = 1024
        static let stop: UInt32 = 2048, timeWord: UInt32 = 4096
    }
    static let arabicListBits = KeyBits([
        (arabicOrgHeads, ArabicList.orgHead), (arabicPlaceHeads, ArabicList.placeHead), (arabicCompanyHeads, ArabicList.companyHead),
        (arabicTitleFirstWords, ArabicList.titleFirstWord), (arabicComplementTitles, ArabicList.complementTitle),
        (arabicTitleHeads, ArabicList.titleHead), (arabicSpeechVerbs, ArabicList.speechVerb),
        (seedFeatureHeads, ArabicList.featureHead), (seedInstitutionNameHeads, ArabicList.institutionNameHead),
        (seedExtraOrgHeads, ArabicList.extraOrgHead), (seedInPlaceOrgHeads, ArabicList.inPlaceOrgHead),
        (arabicStop, ArabicList.stop), (arabicTimeWords, ArabicList.timeWord),
    ])

    /// `ArabicWordFlags` of token `k`'s word, computed on first use and shared by its repetitions.
    /// (The cached answer read inline: the rules ask it of most Arabic tokens, several times each, and the call
    /// was most of the cost of a cached answer.)
    @inline(__always) func arabicFlags(_ k: Int) -> ArabicWordFlags {
        let cached = tokens[k].arabicFlags
        // (Bits 20–31 of the cached word are its `ArabicFact`s, NameFinder+ArabicFacts.swift: not flags.)
        if cached != 0 { return ArabicWordFlags(rawValue: cached & 0x000F_FFFF) }
        return arabicFlagsComputed(k)
    }

    /// `arabicFlags(k)` on first use of the word: computed and stored.
    @inline(never) func arabicFlagsComputed(_ k: Int) -> ArabicWordFlags {
        let words = tokens[k].words, w = Int(tokens[k].entry)
        let stems = words.entries[w].stems.isEmpty ? [words.entries[w].key] : words.entries[w].stems
        // One look-up per stem in all the lists at once (the stems start with the key itself).
        var any: UInt32 = 0, firstTwo: UInt32 = 0, longTitleHead = false
        var second: UInt32 = 0
        var keyBits: UInt32 = 0
        for (n, stem) in stems.enumerated() {
            let b = Self.arabicListBits.bits(stem)
            any |= b
            if n < 2 { firstTwo |= b }
            if n == 0 { keyBits = b }
            if n == 1 { second = b }
            if b & ArabicList.titleHead != 0, stem.count > 3 { longTitleHead = true }
        }
        if stems.count < 2 { second = keyBits }
        var f: ArabicWordFlags = .computed
        if any & (ArabicList.orgHead | ArabicList.placeHead) != 0 { f.insert(.orgOrPlaceHead) }
        if any & ArabicList.placeHead != 0 { f.insert(.placeHead) }
        if any & ArabicList.companyHead != 0 { f.insert(.companyHead) }
        if firstTwo & ArabicList.titleFirstWord != 0 { f.insert(.titleFirstWord) }
        if second & ArabicList.complementTitle != 0 { f.insert(.complementTitle) }
        if keyBits & ArabicList.titleHead != 0 || longTitleHead { f.insert(.titledNameHead) }
        // "مديرها العام فيليب …", "رئيسها التنفيذي": a title with the possessive "its/her" (ها) is the title.
        else if let key = stems.first, key.unicodeScalars.count >= 5, NameFinder.arabicHasSuffix(key, "ها"),
                Self.arabicListBits.bits(String(String.UnicodeScalarView(key.unicodeScalars.dropLast(2)))) & ArabicList.titleHead != 0 {
            f.insert(.titledNameHead)
        }
        if any & (ArabicList.orgHead | ArabicList.placeHead | ArabicList.titleHead) != 0 { f.insert(.head) }
        if keyBits & ArabicList.speechVerb != 0 { f.insert(.speechVerb) }
        if any & ArabicList.orgHead != 0 { f.insert(.orgHead) }
        if any & ArabicList.featureHead != 0 { f.insert(.featureHead) }
        if any & ArabicList.institutionNameHead != 0 { f.insert(.institutionNameHead) }
        if any & ArabicList.extraOrgHead != 0 { f.insert(.extraOrgHead) }
        if any & ArabicList.inPlaceOrgHead != 0 { f.insert(.inPlaceOrgHead) }
        // (The stems open with the key, unless the tokenizer overrode the key after stemming.)
        let ownBits = stems[0] == words.entries[w].key ? keyBits : Self.arabicListBits.bits(words.entries[w].key)
        if ownBits & ArabicList.stop != 0 { f.insert(.stop) }
        if ownBits & ArabicList.timeWord != 0 { f.insert(.timeWord) }
        if Self.arabicHeadInConstruct(words.entries[w].key) { f.insert(.headInConstruct) }
        if Self.arabicDefiniteWord(key: words.entries[w].key, text: words.entries[w].text) { f.insert(.definite) }
        if Self.h14TitleHeadKey(words.entries[w].key) { f.insert(.h14TitleHead) }
        if Self.h14CliticArticleKey(words.entries[w].key) { f.insert(.h14CliticArticle) }
        words.entries[w].arabicFlags = f.rawValue
        return f
    }

    /// Heads of titles whose complement (ministry, country adjective, body) precedes the name:
    /// "وزير الخارجية الأردني أيمن الصفدي", "نظيره المصري بدر عبد العاطي".
    static let arabicTitleHeads = KeySet(["وزير", "الوزير", "وزيره", "الوزيره", "والي", "محافظ", "برئاسه", "رئيس", "الرئيس", "الامين", "امين", "نظيره", "نظيرها", "نظير",
                                          "السفير", "سفير", "مديرها", "رئيسها", "المتحدث", "الناطق", "مدير", "المدير", "الملك", "الامير", "الشيخ", "السيد", "السيده",
                                          // Honorifics of ministers and officials ("معالي الدكتور …", "سعادة …") and a syndicate's head.
                                          "معالي", "سعاده", "سمو", "فخامه", "نقيب", "حاكم",
                                          // Experts, analysts and researchers quoted by name ("المحلل الاقتصادي عمر …", "الخبير النفطي …").
                                          "الخبير", "خبير", "الخبيره", "خبيره", "المحلل", "محلل", "المحلله", "محلله", "الباحث", "الباحثه",
                                          // Military ranks before a name ("اللواء أسامة ربيع رئيس هيئة …").
                                          // (Not "الفريق": also "the team", before a verb: "الفريق سيواصل العمل".)
                                          "اللواء", "العميد", "العقيد", "المشير"])
    /// Particles inside Arabic names: the word after them belongs to the name ("عبد العاطي", "أبو الغيط").
    static let arabicNameParticles = KeySet(["عبد", "ابو", "بن", "ابن", "بنت", "ال"])
    /// Indefinite adjectives that follow a place head without naming it ("من جهة أخرى").
    static let arabicCommonAdjectives = KeySet(["اخري", "اخر", "جديده", "كبيره", "صغيره", "واحده", "ثانيه", "معينه", "محدده"])
    static let arabicTimeWords = KeySet(["اليوم", "امس", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "غدا", "حاليا", "الاسبوع", "الشهر", "صباح", "مساء"])

    /// Names of two or three words after a title and its complement, without an initial: the
    /// first word is a given name (no article or clitic), then particles and a surname; the
    /// name stops at a preposition, time word, punctuation or a verb-like plain word.
    mutating func discoverArabicTitledNames() {
        discoverArabicGovernorProvinces()   // "محافظ نينوى محمد …" (NameFinder+RuZhAr.swift)
        discoverArabicChambers()            // "غرفة صناعة حلب"
        discoverArabicDatelineAgencies()    // "حمص-سانا", "/ وام /"
        discoverArabicRoyalPlaces()         // "جسر الملك فهد"
        var i = 0
        while i < tokens.count {
            guard tokens[i].script == .arabic, tokens[i].kind == .word, arabicFlags(i).contains(.titledNameHead) else { i += 1; continue }
            var j = i + 1
            // The complement: definite words, country adjectives, known names (up to five tokens).
            func isHead(_ k: Int) -> Bool { arabicFlags(k).contains(.head) }
            // (A preposition that carries the complement on, "… في مجلس النواب", lets it run three words longer.)
            var reach = 6
            while j < tokens.count, j - i <= reach, tokens[j].script == .arabic, tokens[j].kind == .word,
                  covered[j] || isCountry[j] || isArabicDefinite(j) || NameFinder.arabicHasPrefix(tokens[j].key, "لل") || isHead(j)
                    || j > i + 1 && NameFinder.arabicHasPrefix(tokens[j].key, "وال")   // "وزيرة الاقتصاد والمالية"
                    || j > i + 1 && arabicCoordinatedField(j)                  // "وزيرة الطرق وبناء المدن"
                    || tokens[j].keyEquals("باسم")                        // "المتحدث باسم الوزارة"
                    || arabicTitleBridge(i, j)                          // "سفير دولة الكويت لدى …", "رئيس لجنة الصحة في مجلس الشعب"
                    || j == i + 1 && j + 1 < tokens.count && isCountry[j + 1] && !isCountry[j] && PlainText.count(tokens[j].key) >= 3
                        && !arabicFlags(j).contains(.stop)     // "نقيب صيادلة سوريا", "رئيس وزراء باكستان"
                    || j > i + 1 && arabicConstructNounInTitle(j)      // "رئيس مجلس إدارة المؤسسة"
                    || j > i + 1 && isHead(j - 1) && !NameFinder.arabicHasPrefix(tokens[j - 1].key, "ال") && !isHead(j) && j + 1 < tokens.count
                        && PlainText.count(tokens[j].text) >= 3 && !arabicFlags(j).contains(.stop) && !NameFinder.arabicHasPrefix(tokens[j].key, "ال")
                        && tokens[j + 1].kind == .word && tokens[j + 1].script == .arabic && !arabicFlags(j + 1).contains(.stop)
                        && !NameFinder.arabicHasPrefix(tokens[j + 1].key, "ال") {    // "رئيس إقليم كردستان نيجيرفان بارزاني"
                if arabicFlags(j).contains(.timeWord) { break }
                if arabicFlags(j).contains(.stop) {
                    guard arabicTitleBridge(i, j) else { break }
                    reach = 9
                }
                j += 1
            }
            let start = j
            // "الرئيس التنفيذي لشركة نور الصحراء للطاقة": after an organization's head noun the words are its name.
            if start > i + 1, start < tokens.count, arabicNameOfOrganizationHead(start - 1) { i = max(i + 1, j); continue }
            // "فيكتور شيلوف", "بوريس …": before a foreign surname a given name may start with a clitic letter.
            guard start < tokens.count, tokens[start].script == .arabic, tokens[start].kind == .word, !covered[start], !isCountry[start],
                  !isArabicDefinite(start), !isHead(start),
                  // ("علي بن حمد": the given name علي folds like the preposition على; a particle after it tells.)
                  !arabicFlags(start).contains(.stop)
                    || tokens[start].keyEquals("علي") && start + 1 < tokens.count && Self.arabicNameParticles.contains(tokens[start + 1]),
                  arabicNameLike(start) || Self.isFeminineGivenName(tokens[start].text, afterTitle: tokens[i].key)
                    // ("نقيب صيادلة الأردن الدكتورة هالة سعيد": a feminine honorific right before the name.)
                    || start > i + 1 && Self.arabicHonorifics.contains(tokens[start - 1]) && Self.isFeminineGivenName(tokens[start].text, afterTitle: tokens[start - 1].key)
                    || start + 1 < tokens.count && tokens[start + 1].script == .arabic && tokens[start].text.utf8.count >= 8
                        && !NameFinder.startsWithWaw(tokens[start].text) && arabicForeignSurname(start + 1)
                    || arabicTitledNameLike(start)
                    && start + 1 < tokens.count && Self.arabicNameParticles.contains(tokens[start + 1])
                    || arabicTitledNameLike(start) && arabicPlainNameEnd(start) != nil   // "كامل إدريس أن"
                    || arabicFeminineNameStart(start, afterTitle: tokens[i].key)                                // "وزيرة … فاطمة ثابت"
                    || arabicFaNameBeforeParticle(start)                                                        // "فيصل بن عبدالله"
                    || arabicCliticLetterGivenName(start)                                                       // "فهد يوسف المطوع"
            else { i = max(i + 1, j); continue }
            var end = start + 1
            var complete = false
            // A country's nisba as the family name after two name words ("محمد شياع السوداني") is the name's.
            while end < tokens.count, end - start < 4, tokens[end].script == .arabic, tokens[end].kind == .word, tokens[end].spaceBefore,
                  !covered[end], !isCountry[end] || end - start >= 2 && NameFinder.arabicHasPrefix(tokens[end].key, "ال") {
                let key = tokens[end].key
                if Self.arabicStop.contains(key) || Self.arabicTimeWords.contains(key) { break }
                // "محمد ولد خالد", "محمد ولد الشيخ الغزواني", "أحمد ولد سيدي محمد": Mauritanian names join
                // the father's name with "ولد" (son of); up to three words follow it, to a coordinated word
                // ("ونظيره"), a preposition or a verb of saying.
                if PlainText.equal(key, "ولد"), end - start == 1 {
                    var e = end + 1
                    while e < tokens.count, e - end <= 3, tokens[e].script == .arabic, tokens[e].kind == .word, tokens[e].spaceBefore,
                          !covered[e], !isCountry[e], !arabicFlags(e).contains(.stop), !arabicFlags(e).contains(.timeWord),
                          e == end + 1 || !NameFinder.arabicHasPrefix(tokens[e].key, "و") && !arabicFlags(e).contains(.speechVerb),
                          e == end + 1 || !tokens[e].stems.contains(where: { Self.arabicOrgHeads.contains($0) || Self.arabicTitleHeads.contains($0) }) {
                        e += 1
                    }
                    if e > end + 1 { end = e; complete = true }
                    break
                }
                if Self.arabicNameParticles.contains(key) { end += 1; continue }
                if let e = arabicNameAfterParticleEnd(end) { end = e; complete = true; break }   // "قيس بن محمد اليوسف"
                // ("جمشيد قربانوف نائب الوزير": a Slavic or Turkic surname ends the name before the plain-words rule.)
                if end - start == 1, !isArabicDefinite(end), arabicForeignSurname(end) { end += 1; complete = true; break }
                if end - start == 1, let e = arabicPlainNameEnd(start), e > end + 1 { end = e; complete = true; break }   // "فاطمة ثابت شيبوب ووزير"
                // "صدر جباروف", "أديلبيك قاسم علييف": a Slavic or Turkic surname ends the name whatever follows.
                if !isArabicDefinite(end), arabicForeignSurname(end) { end += 1; complete = true; break }
                if end - start == 1, end + 1 < tokens.count, tokens[end + 1].script == .arabic, tokens[end + 1].kind == .word,
                   tokens[end + 1].spaceBefore, !covered[end + 1], !isCountry[end + 1], !isArabicDefinite(end), !isArabicDefinite(end + 1),
                   !Self.arabicStop.contains(key), arabicTitledNameLike(end), arabicForeignSurname(end + 1) {
                    end += 2; complete = true; break
                }
                if isArabicDefinite(end) {
                    // The family name (nisba or article), unless a particle continues the name
                    // ("عبد العزيز بن سلمان") or it completes a compound given name ("عبد العزيز").
                    let compound = Self.arabicNameParticles.contains(tokens[end - 1])
                    end += 1
                    complete = true
                    if !compound, end - start == 2, let e = arabicSecondDefiniteNameEnd(end) { end = e; break }   // "سالم الطاهر الزوي،"
                    // "عبد اللطيف الجواهري": a compound given name, then the family name with its article.
                    if compound, end - start == 2 || arabicCompoundAfterGivenName(start, end), end < tokens.count, tokens[end].kind == .word, tokens[end].script == .arabic,
                       NameFinder.arabicHasPrefix(tokens[end].key, "ال"), tokens[end].spaceBefore, !covered[end], !isCountry[end],
                       !arabicFlags(end).contains(.stop), !arabicFlags(end).contains(.timeWord),
                       !tokens[end].stems.contains(where: { Self.arabicOrgHeads.contains($0) || Self.arabicTitleHeads.contains($0) }) {
                        end += 1
                        break
                    }
                    if end < tokens.count, tokens[end].kind == .word, Self.arabicNameParticles.contains(tokens[end]) || compound && end - start < 3,
                       !arabicFlags(end).contains(.stop), !arabicFlags(end).contains(.timeWord), !covered[end], !isCountry[end],
                       tokens[end].script == .arabic, !NameFinder.arabicHasPrefix(tokens[end].key, "ال") || Self.arabicNameParticles.contains(tokens[end]) {
                        if Self.arabicNameParticles.contains(tokens[end]) { complete = false; continue }
                    }
                    break
                }
                // "نادية فتاح العلوي": a middle name, then the family name with its article.
                if end - start == 1, end + 1 < tokens.count, tokens[end + 1].kind == .word, tokens[end + 1].script == .arabic,
                   NameFinder.arabicHasPrefix(tokens[end + 1].key, "ال"), tokens[end + 1].spaceBefore, !covered[end + 1],
                   // (a middle name may start with a letter that is also a clitic: فتاح, بشير)
                   PlainText.count(tokens[end].text) >= 3, !arabicFlags(end).contains(.stop), !arabicFlags(end + 1).contains(.stop),
                   !arabicFlags(end + 1).contains(.timeWord),
                   !tokens[end + 1].stems.contains(where: { Self.arabicOrgHeads.contains($0) || Self.arabicTitleHeads.contains($0) }) {
                    end += 1
                    continue
                }
                let next = end + 1
                // ("أحمد شيدي والرئيس …": a coordinated definite word starts the next phrase.)
                let closes = next >= tokens.count || tokens[next].kind != .word || arabicFlags(next).contains(.stop)
                    || arabicFlags(next).contains(.timeWord) || NameFinder.arabicHasPrefix(tokens[next].key, "وال")
                    || arabicNameClosesBefore(next) || arabicFutureVerb(next)   // ("… لازاريني سيزور")
                // (a family name may start with a letter that is also a clitic: بارزاني, كمال)
                if closes, arabicTitledNameLike(end), !NameFinder.arabicHasPrefix(tokens[end].key, "بال"), !NameFinder.arabicHasPrefix(tokens[end].key, "لل") {
                    end += 1; complete = true
                }
                break
            }
            if complete, end - start >= 2, !Self.arabicNameParticles.contains(tokens[end - 1]) {
                mentions.append(mention(start, end, type: .person, evidence: .cue))
                for k in start..<end { covered[k] = true }
                if isCountry[end - 1] { uncountry(end - 1) }
                i = end
                continue
            }
            i = max(i + 1, start)
        }
    }

    /// A word with the definite article: "ال" in the folded key, but not a name spelled with a
    /// hamza on its alef ("ألكسندر", "إلهام"), which folds the same.
    /// (Asked per token by many passes: a bit of the word's cached `arabicFlags`.)
    @inline(__always) func isArabicDefinite(_ k: Int) -> Bool { arabicFlags(k).contains(.definite) }

    /// `isArabicDefinite` of a word, computed once per word by `arabicFlags`.
    static func arabicDefiniteWord(key: String, text: String) -> Bool {
        // The four bytes of "ال" compared in place (a folded key holds no Arabic marks; one after
        // the lam would make another character, hence the check).
        let definite = key.utf8.withContiguousStorageIfAvailable { b -> Bool in
            guard b.count >= 4, b[0] == 0xD8, b[1] == 0xA7, b[2] == 0xD9, b[3] == 0x84 else { return false }
            return !(b.count >= 6 && b[4] == 0xD9 && ((b[5] >= 0x8B && b[5] <= 0x9F) || b[5] == 0xB0))
        } ?? NameFinder.arabicHasPrefix(key, "ال")
        guard definite else { return false }
        let first = text.unicodeScalars.first
        return first != "أ" && first != "إ" && first != "آ"
    }

    /// Slavic, Caucasian and Turkic surnames in Arabic spelling ("تشيرنوف", "علييف", "ميرزياييف",
    /// "لوكاشينكو", "فولفوفيتش"): after a title, such a word ends a person's name.
    static func isForeignArabicSurname(_ word: String) -> Bool {
        // Compared as scalars from the end (no grapheme breaking): most words fail on the last letter.
        let scalars = word.unicodeScalars
        guard let last = scalars.last, "فاشويكي".unicodeScalars.contains(last), word.utf8.count >= 10 else { return false }
        let tail = Array(scalars.suffix(5))
        guard arabicForeignSurnameEndings.contains(where: { e in e.count <= tail.count && Array(tail.suffix(e.count)) == e }) else { return false }
        return !NameFinder.arabicHasPrefix(word, "ال") && !NameFinder.arabicHasPrefix(word, "وال") && !NameFinder.arabicHasPrefix(word, "بال") && !arabicCommonWordsLikeSurnames.contains(word)
    }
    static let arabicForeignSurnameEndings: [[Unicode.Scalar]] = ["وف", "يف", "وفا", "يفا", "فيتش", "ينكو", "سكي", "شفيلي"].map { Array($0.unicodeScalars) }
    static let arabicCommonWordsLikeSurnames: WordSet = ["معروف", "الظروف", "ظروف", "حروف", "صفوف", "كشوف", "سيوف", "ضيوف", "الضيوف"]

    /// "للجمعية" → "الجمعية", "والمجلس" → "المجلس", "بالرئيس" → "الرئيس" (display form without clitics).
    static func withoutClitics(_ word: String) -> String? {
        // A plain word (nearly all, see `PlainText`) is answered on its scalars, which are its characters: the
        // letters compared are two bytes each, so the rest is the bytes after them (no grapheme breaking).
        if let fast = word.utf8.withContiguousStorageIfAvailable({ b -> String?? in
            guard PlainText.isPlain(b) else { return nil }
            var count = 0
            for c in b where c & 0xC0 != 0x80 { count += 1 }
            guard count > 4 else { return .some(nil) }
            let s = Array(word.unicodeScalars.prefix(4))
            let rest = { (bytes: Int) in String(decoding: UnsafeBufferPointer(rebasing: b[bytes...]), as: UTF8.self) }
            if s[0] == "ل", s[1] == "ل" { return "ال" + rest(4) }
            if "وفبك".unicodeScalars.contains(s[0]), s[1] == "ا", s[2] == "ل" { return rest(2) }
            if count > 5, "وف".unicodeScalars.contains(s[0]), "بلك".unicodeScalars.contains(s[1]), s[2] == "ا", s[3] == "ل" { return rest(4) }
            return .some(nil)
        }), let fast { return fast }
        let s = Array(word)
        if s.count > 4, s[0] == "ل", s[1] == "ل" { return "ال" + String(s.dropFirst(2)) }
        if s.count > 4, "وفبك".contains(s[0]), s[1] == "ا", s[2] == "ل" { return String(s.dropFirst()) }
        if s.count > 5, "وف".contains(s[0]), "بلك".contains(s[1]), s[2] == "ا", s[3] == "ل" { return String(s.dropFirst(2)) }
        return nil
    }

    /// A word with an Arabic prefix or pronoun suffix is a common word, not a transliterated name.
    static func looksLikeArabicName(_ word: String) -> Bool {
        // A plain word (nearly all) is answered on its scalars, which are its characters.
        if let (first, last, count) = PlainText.firstLastCount(word) {
            guard count >= 3 else { return false }
            if "بلكوف".unicodeScalars.contains(first) { return false }
            // (The word is plain, and so are the endings: `PlainText.hasSuffix` would compare these bytes.)
            return !("هة".unicodeScalars.contains(last) || utf8Ends(word, "ها") || utf8Ends(word, "هم") || utf8Ends(word, "ات"))
        }
        guard let first = word.first, let last = word.last, word.count >= 3 else { return false }
        if "بلكوف".contains(first) { return false }
        if "هة".contains(last) || NameFinder.arabicHasSuffix(word, "ها") || NameFinder.arabicHasSuffix(word, "هم") || NameFinder.arabicHasSuffix(word, "ات") { return false }
        return true
    }

    /// After a feminine title ("وزيرة", "السيدة") a given name may end in ة ("نادية", "فاطمة").
    static func isFeminineGivenName(_ word: String, afterTitle title: String) -> Bool {
        guard NameFinder.arabicHasSuffix(title, "ه"), NameFinder.arabicHasSuffix(word, "ة") else { return false }
        // A plain word (nearly all) is answered on its scalars, which are its characters (see `looksLikeArabicName`).
        if let (first, _, count) = PlainText.firstLastCount(word) { return count >= 4 && !"بلكوف".unicodeScalars.contains(first) }
        guard word.count >= 4, let first = word.first else { return false }
        return !"بلكوف".contains(first)
    }

    /// Before a name particle ("بدر عبد العاطي") a given name may start with ب ل ك (بدر, لطفي,
    /// كمال): only the conjunctions و ف and pronoun suffixes rule a word out.
    static func looksLikeTitledArabicName(_ word: String) -> Bool {
        if let (first, last, count) = PlainText.firstLastCount(word) {
            guard count >= 3 else { return false }
            if "وف".unicodeScalars.contains(first), !kgArabicWawFaGivenNames.contains(word) { return false }
            // (The word is plain, and so are the endings: `PlainText.hasSuffix` would compare these bytes.)
            return !("هة".unicodeScalars.contains(last) || utf8Ends(word, "ها") || utf8Ends(word, "هم") || utf8Ends(word, "ات"))
        }
        guard let first = word.first, let last = word.last, word.count >= 3 else { return false }
        if "وف".contains(first), !kgArabicWawFaGivenNames.contains(word) { return false }
        if "هة".contains(last) || NameFinder.arabicHasSuffix(word, "ها") || NameFinder.arabicHasSuffix(word, "هم") || NameFinder.arabicHasSuffix(word, "ات") { return false }
        return true
    }

    /// Arabic names found only once, after a title and without an initial, are dropped: a real
    /// name recurs or carries an initial; a common word after a title does not.
    mutating func dropUnconfirmedArabicNames() {
        // Counted only when some name awaits a second sighting (hashing every person's last word,
        // in every article and language, was a measurable share of extraction).
        if mentions.indices.contains(where: { mentionType($0) == .person && mentionKnown($0) == nil && mentionEvidence($0) == .guess && mentionPlaceContext($0) }) {
            var counts: [String: Int] = [:]
            for k in mentions.indices where mentionType(k) == .person && mentionKnown(k) == nil && mentionWordCount(k) >= 1 {
                counts[mentionWords(k).last!, default: 0] += 1
            }
            mentions.removeAll { m in
                m.type == .person && m.known == nil && m.evidence == .guess && m.placeContext && (counts[m.words.last ?? ""] ?? 0) < 2
            }
        }
        for k in mentions.indices where mentionType(k) == .person && mentionPlaceContext(k) && mentionKnown(k) == nil { mentions[k].placeContext = false }
        // The two passes below need every titled name; they run here, at the end of Arabic discovery.
        guard hasArabic else { return }   // (each pass below looks only at Arabic tokens)
        discoverArabicAppositiveNames()
        addArabicSurnameMentions()
        discoverArabicCoordinatedPlaces()
        discoverArabicPlacesInsideLists()
        discoverArabicArticleGivenNames()
        discoverArabicTownsAfterPrepositions()
        discoverArabicPlacesAfterHeadsAndBetween()
        extendArabicForeignPairsAfterHeads()   // "مصفاة نغي سون", "مقاطعة ثانه هوا" (NameFinder+RuZhAr.swift)
        trimArabicNamesAtHonorifics()   // "مجلس الشعب الدكتور …" (NameFinder+RuZhAr.swift)
    }

    /// Token `k` is a person's family name that spells a country's adjective: not that country.
    mutating func uncountry(_ k: Int) {
        isCountry[k] = false
        let (s, e) = (tokens[k].start, tokens[k].end)
        mentions.removeAll { $0.type == .country && $0.start >= s && $0.end <= e }
    }

    /// A name before its title, after a verb of saying: "وقال أمين الناصر رئيس الشركة" (given
    /// name without the article, then a family name, then the title in apposition).
    mutating func discoverArabicAppositiveNames() {
        var k = 0
        while k + 3 < tokens.count {
            defer { k += 1 }
            guard tokens[k].script == .arabic, arabicFlags(k).contains(.speechVerb) else { continue }
            let (g, f) = (k + 1, k + 2)
            var t = k + 3
            if keyIs(t, "،") || tokens[t].keyEquals(","), t + 1 < tokens.count { t += 1 }
            guard [g, f, t].allSatisfy({ tokens[$0].script == .arabic && tokens[$0].kind == .word }), !covered[g], !covered[f],
                  !isCountry[g], !isCountry[f], tokens[f].spaceBefore,
                  !NameFinder.arabicHasPrefix(tokens[g].key, "ال"), !arabicFlags(g).contains(.stop), arabicNameLike(g),
                  // (أمين is a given name as well as the head of "الأمين العام".)
                  !Self.arabicComplementTitles.contains(tokens[g]) || tokens[g].keyEquals("امين"), !Self.arabicOrgHeads.contains(tokens[g]),
                  !arabicFlags(f).contains(.stop), !arabicFlags(f).contains(.timeWord),
                  NameFinder.arabicHasPrefix(tokens[f].key, "ال") || arabicNameLike(f),
                  tokens[t].stems.contains(where: { Self.arabicTitleHeads.contains($0) }) || Self.arabicComplementTitles.contains(tokens[t])
            else { continue }
            guard !mentions.indices.contains(where: { mentionStart($0) < tokens[f].end && mentionEnd($0) > tokens[g].start }) else { continue }
            mentions.append(mention(g, f + 1, type: .person, evidence: .cue))
            covered[g] = true; covered[f] = true
        }
    }

    /// A family name on its own ("الصفدي", "والرومي") after the full name in the same article:
    /// a mention of that person when exactly one person of the article has that family name
    /// (two Safadis leave a bare "الصفدي" alone).
    /// `key.unicodeScalars.first` is one of و ب ل ف (U+0648, U+0628, U+0644, U+0641: D9 88, D8 A8, D9 84, D9 81 in UTF-8).
    @inline(__always) static func startsWithArabicCliticLetter(_ key: String) -> Bool {
        func test(_ b0: UInt8, _ b1: UInt8) -> Bool { b0 == 0xD9 && (b1 == 0x88 || b1 == 0x84 || b1 == 0x81) || b0 == 0xD8 && b1 == 0xA8 }
        if let r = key.utf8.withContiguousStorageIfAvailable({ $0.count >= 2 && test($0[0], $0[1]) }) { return r }
        var u = key.utf8.makeIterator()
        guard let b0 = u.next(), let b1 = u.next() else { return false }
        return test(b0, b1)
    }

    /// Words that make a family name of two with the word after them ("عبد العاطي", "أبو الغيط"), as keys.
    static let arabicFamilyParticles = ["عبد", "ابو"]

    mutating func addArabicSurnameMentions() {
        // Folded keys (the mentions' words) compared and hashed by their bytes (see `FoldedKey`): `String` hashing
        // normalized every Arabic name again, and was most of this pass.
        var owners: [FoldedKey: Set<FoldedKey>] = [:]
        for k in mentions.indices where mentionType(k) == .person && mentionWordCount(k) >= 2 {   // in place: no mention copies
            guard let last = mentionWords(k).last, NameFinder.arabicHasPrefix(last, "ال"), PlainText.count(last) >= 5 else { continue }
            owners[FoldedKey(last), default: []].insert(FoldedKey(mentionWords(k).joined(separator: " ")))
        }
        guard !owners.isEmpty else { return }
        let ownerKeys = KeySet(owners.keys.map(\.string))
        let spans = mentions.indices.map { (mentionStart($0), mentionEnd($0)) }.sorted { $0.0 < $1.0 }
        func inside(_ t: Token) -> Bool {
            var lo = 0, hi = spans.count
            while lo < hi { let mid = (lo + hi) / 2; if spans[mid].0 < t.end { lo = mid + 1 } else { hi = mid } }
            var j = lo - 1
            while j >= 0, j >= lo - 8 { if spans[j].1 > t.start { return true }; j -= 1 }
            return false
        }
        // Per distinct word: 1 no family name, 2 the key is one, 3 the key without its first letter is
        // (a word's repetitions are answered once).
        var memo: [UInt8] = Array(repeatElement(0, count: wordFlags.bits.count))   // (see `WordFlagCache.init`)
        for k in tokens.indices where tokens[k].script == .arabic && tokens[k].kind == .word && !covered[k] {
            let w = Int(tokens[k].word)
            if memo[w] == 0 {
                // Folded keys compare by their bytes (see `FoldedKey`): the byte-wise set answers the
                // many words that are no family name without hashing them as `String`s.
                // (The key's own hash, and the clitic letter told by its first two bytes: UTF-8 is prefix-free.)
                let key = tokens[k].key
                if ownerKeys.contains(key, hash: tokens[k].keyHash) { memo[w] = 2 }
                else if Self.startsWithArabicCliticLetter(key), ownerKeys.contains(Self.droppingFirstArabicLetter(key)) { memo[w] = 3 }
                else { memo[w] = 1 }
            }
            if memo[w] == 1 { continue }
            let t = token(k)   // copied only for a family name (a copy retains its strings)
            let key = memo[w] == 2 ? t.key : Self.droppingFirstArabicLetter(t.key)
            guard let who = owners[FoldedKey(key)], who.count == 1 else { continue }
            // "وأكد السوداني": the family name of the article's person, not Sudan.
            if isCountry[k] { uncountry(k) } else if inside(t) { continue }
            // "عبد العاطي" of "بدر عبد العاطي", "أبو الغيط": a family name of two words is mentioned whole (the
            // last word alone was the alias, and the sidebar's short name).
            if k > 0, tokens[k - 1].script == .arabic, tokens[k - 1].kind == .word, !covered[k - 1], t.spaceBefore,
               let particle = Self.arabicFamilyParticles.first(where: { keyIs(k - 1, $0) }),
               who.first!.string.hasSuffix(" " + particle + " " + key) {
                let p = token(k - 1)
                mentions.append(Mention(surface: p.text + " " + t.text, start: p.start, end: t.end, type: .person, evidence: .cue,
                                        words: [p.key, key]))
                continue
            }
            mentions.append(Mention(surface: t.text, start: t.start, end: t.end, type: .person, evidence: .cue, words: [key]))
        }
    }

    // MARK: Chinese

    static let hanTitles: [String] = [
        "国家主席", "主席", "总书记", "总理", "副总理", "总统", "副总统", "外长", "部长", "大使", "议长", "委员长", "首相", "国王",
        "秘书长", "书记", "省长", "市长", "先生", "女士", "将军", "主任", "董事长", "总裁", "发言人", "行长", "外交部长", "国务委员",
        "副主席", "总干事", "首席执行官", "总经理", "局长", "司令", "州长", "特使", "副外长", "防长", "国防部长",
        // local and deputy posts ("勐腊县副县长", "副市长", "区长"), legislators
        "副县长", "县长", "副市长", "副省长", "区长", "副区长", "镇长", "副镇长", "副部长", "副局长", "副主任", "副总裁", "副总经理",
        "议员", "参议员", "众议员", "总督", "副议长", "组长", "副组长",
        // scholars and heads of institutes ("研究院专家刘某", "大学教授王某", "校长")
        "专家", "教授", "研究员", "院长", "所长", "校长", "院士", "物理学家", "科学家", "经济学家", "分析师",
        // Southeast Asian ministries' ranks ("商业部国务秘书X", "副国务秘书")
        "国务秘书", "副国务秘书",
        // heads of chambers and associations, and a byline's reporter ("（记者王某）")
        "会长", "副会长", "记者",
        // Malaysian state and diplomatic posts ("彭亨州务大臣X", "经济商务参赞X") (NameFinder+KnownGaps.swift)
        "州务大臣", "首席部长", "参赞", "总领事", "领事", "公使",
        // finance ministers and central bank governors in short ("美国财长X", "央行行长X")
        "财长", "财政部长",
        // players and coaches ("中国选手X", "巴西名将X", "主教练X")
        "选手", "名将", "球员", "运动员", "主教练", "教练", "球星",
    ]
    /// Characters that start a verb or function word after a name: a two-character name stops before them.
    static let hanAfterName: Set<Character> = ["会", "表", "指", "说", "强", "在", "与", "和", "同", "致", "对", "出", "主", "宣",
                                               "访", "举", "签", "称", "认", "的", "于", "时", "等", "也", "将", "已", "向", "就",
                                               "通", "发", "率", "一", "是", "为", "并", "还", "又", "都", "了", "接", "见", "应"]
    static let hanPlaceSuffixes: [String] = ["省", "市", "县", "自治区"]
    static let hanCompassSet = HanCharSet("东西南北")
    static let hanStateCode: UInt32 = hanCode("州")
    /// Per place suffix (省, 市): characters that make a common word with it (节省 save, 都市 metropolis,
    /// 上市 listed, 股市 stock market, 超市 supermarket, 夜市 night market, 楼市 housing market).
    static let hanSuffixWordStarts = [HanCharSet("节反"), HanCharSet("都城超股上夜门菜集开闭楼车黑")]
    static let hanNotPlaceStart: Set<Character> = ["城", "各", "本", "全", "该", "外", "大", "小", "超", "股", "在", "的", "两", "多", "个", "该",
                                                   // conjunctions and adverbs that open a clause ("但景区", "而园区")
                                                   "但", "而", "并", "又", "却"]

    /// A CJK compatibility ideograph (豈 U+F900) as its canonical ideograph (豈 U+8C48), which
    /// `Character` equality takes it for.
    static func canonicalHan(_ s: Unicode.Scalar) -> Unicode.Scalar {
        guard s.value >= 0xF900 && s.value <= 0xFAFF else { return s }
        return String(s).precomposedStringWithCanonicalMapping.unicodeScalars.first ?? s
    }

    // The Han heuristics compare code points, not `Character`s: a Han run holds only Han
    // scalars (see `TextFolding.isHan`), one per character, and two of them are equal
    // `Character`s exactly when their canonical code points (`hanCode`) are equal. Canonical
    // `Character` comparison and `Set<Character>` hashing normalized every character and were
    // most of the time spent on Chinese text.

    /// The canonical code point of a Han-run scalar (see `canonicalHan`).
    @inline(__always) static func hanCode(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        return v >= 0xF900 && v <= 0xFAFF ? canonicalHan(s).value : v
    }

    /// Canonical code points of `text`'s scalars.
    static func hanCodes<S: StringProtocol>(_ text: S) -> [UInt32] { text.unicodeScalars.map(hanCode) }

    /// A set of single-scalar characters as a bit set over the Basic Multilingual Plane (every
    /// listed character is in it); a bit test instead of hashing a `Character`.
    struct HanCharSet: Sendable {
        private var bits = [UInt64](repeating: 0, count: 1024)
        private var astral: Set<UInt32> = []
        init<S: Sequence>(_ chars: S) where S.Element == Character {
            for c in chars {
                let scalars = Array(c.unicodeScalars)
                guard scalars.count == 1 else { continue }   // never equal to a one-scalar Han character
                let v = NameFinder.hanCode(scalars[0])
                if v < 0x10000 { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) } else { astral.insert(v) }
            }
        }
        /// The set of canonical code points `codes`.
        init(codes: [UInt32]) {
            for v in codes {
                if v < 0x10000 { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) } else { astral.insert(v) }
            }
        }
        @inline(__always) func contains(_ v: UInt32) -> Bool {
            v < 0x10000 ? bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 : astral.contains(v)
        }
    }

    static let hanTitleCodes: [[UInt32]] = hanTitles.map(hanCodes)
    static let hanTitleStartSet = HanCharSet(hanTitles.compactMap(\.first))
    static let hanAfterNameSet = HanCharSet(hanAfterName)
    static let hanNotPlaceStartSet = HanCharSet(hanNotPlaceStart)
    static let hanPlaceSuffixCodes: [[UInt32]] = hanPlaceSuffixes.map(hanCodes)
    static let hanSurnameSet = HanCharSet(EntityCues.hanSurnames)
    static let hanTransliterationSet = HanCharSet(EntityCues.hanTransliteration)
    static let hanOrgSuffixCodes: [[UInt32]] = EntityCues.hanOrgSuffixCharacters.map { $0.flatMap(\.unicodeScalars).map(hanCode) }
    /// The first code of each of `hanOrgSuffixCodes` (0 for an empty one, which no character equals).
    static let hanOrgSuffixFirsts: [UInt32] = hanOrgSuffixCodes.map { $0.first ?? 0 }
    static let hanOrgSuffixStartSet = HanCharSet(EntityCues.hanOrgSuffixCharacters.compactMap(\.first))
    static let hanOrgTailCodes: [[UInt32]] = EntityCues.hanOrgTailCharacters.map { $0.flatMap(\.unicodeScalars).map(hanCode) }
    static let hanSuffixBlockedNextSet = HanCharSet(EntityCues.hanSuffixBlockedNext)
    static let hanSuffixBlockedPreviousSet = HanCharSet(EntityCues.hanSuffixBlockedPrevious)
    static let hanOrgLeftStopSet = HanCharSet(EntityCues.hanOrgLeftStops)
    static let hanPlaceLeftBoundSet = HanCharSet(EntityCues.hanPlaceLeftBounds)
    /// `EntityCues.hanVerbsBeforeNames` (all two characters) as pairs of canonical code points.
    static let hanVerbPairs: Set<UInt64> = Set(EntityCues.hanVerbsBeforeNames.compactMap { v in
        let c = hanCodes(v)
        return c.count == 2 ? UInt64(c[0]) << 32 | UInt64(c[1]) : nil
    })
    static let hanStandaloneOrgCodes: Set<[UInt32]> = Set(EntityCues.hanStandaloneOrgs.map(hanCodes))
    static let hanMiddleDot: UInt32 = 0xB7
    static let hanMarketCode: UInt32 = hanCode("场")
    static let hanAndCode: UInt32 = hanCode("和")
    static let hanWithCode: UInt32 = hanCode("与")

    /// U+00B7 or U+0387 (canonically equivalent to it): `text == "·"` on the bytes (no other string equals it).
    @inline(__always) static func isMiddleDot(_ text: String) -> Bool {
        var t = text
        return t.withUTF8 { b in b.count == 2 && (b[0] == 0xC2 && b[1] == 0xB7 || b[0] == 0xCE && b[1] == 0x87) }
    }

    /// Bit `i` set when `codes` holds the first code point of `hanPlaceSuffixCodes[i]`; `hanStateBit` when it holds 州.
    static func hanSuffixCharactersPresent(_ codes: [UInt32]) -> Int {
        let f0 = hanPlaceSuffixCodes[0][0], f1 = hanPlaceSuffixCodes[1][0], f2 = hanPlaceSuffixCodes[2][0], f3 = hanPlaceSuffixCodes[3][0]
        let state = hanStateCode
        var bits = 0
        for c in codes {
            if c == f0 { bits |= 1 } else if c == f1 { bits |= 2 } else if c == f2 { bits |= 4 } else if c == f3 { bits |= 8 } else if c == state { bits |= hanStateBit }
        }
        return bits
    }
    static let hanStateBit = 16

    /// Per title's first code point, the indices of `hanTitleCodes` starting with it, in list order:
    /// a title start tries those, not every title.
    static let hanTitlesByFirst: [UInt32: [Int]] = {
        var byFirst: [UInt32: [Int]] = [:]
        for (i, tc) in hanTitleCodes.enumerated() { if let f = tc.first { byFirst[f, default: []].append(i) } }
        return byFirst
    }()
    /// The last code points of the titles of two characters or more, and the second ones of `hanVerbPairs`:
    /// most characters end none, and a bit test answers them without scanning the titles or hashing a pair.
    static let hanTitleEndSet = HanCharSet(codes: hanTitleCodes.filter { $0.count >= 2 }.compactMap(\.last))
    static let hanVerbPairEndSet = HanCharSet(codes: hanVerbPairs.map { UInt32(truncatingIfNeeded: $0) })

    /// A title of two characters or more ends at `end` in `codes` (false past the end):
    /// `hanTitleCodes.contains { $0.count >= 2 && hanMatches(codes, $0, at: end - $0.count) }`.
    @inline(__always) static func hanTitleEnds(_ codes: [UInt32], at end: Int) -> Bool {
        guard end >= 1, end <= codes.count, hanTitleEndSet.contains(codes[end - 1]) else { return false }
        return hanTitleCodes.contains { tc in tc.count >= 2 && hanMatches(codes, tc, at: end - tc.count) }
    }

    /// One of `hanVerbPairs` ends at `end` in `codes` (false past the end: `l12HanDottedNames` asks
    /// one character beyond a short run's end, which trapped on a one-character run after "·").
    @inline(__always) static func hanVerbPairEnds(_ codes: [UInt32], at end: Int) -> Bool {
        guard end >= 2, end <= codes.count, hanVerbPairEndSet.contains(codes[end - 1]) else { return false }
        return hanVerbPairs.contains(UInt64(codes[end - 2]) << 32 | UInt64(codes[end - 1]))
    }

    /// `Array(tokens[k].text.unicodeScalars)` of a Han run, decoded once per article (the Han passes
    /// each walked every run again).
    /// (Kept in `HanRunCache.scalarStore` under the run's slot, with whether every scalar is in the Basic Multilingual
    /// Plane, `HanRunCache.bmp`, found while decoding: `l28Run` then answers from the two.)
    func hanRunScalars(_ k: Int) -> [Unicode.Scalar] {
        let cache = hanRuns
        guard k < cache.scalarSlot.count else { return Self.unicodeScalars(of: tokens[k].text) }
        let slot = Int(cache.scalarSlot[k])
        if slot >= 0 { return cache.scalarStore[slot] }
        let s = Self.unicodeScalars(of: tokens[k].text)
        cache.scalarSlot[k] = Int32(truncatingIfNeeded: cache.scalarStore.count)
        cache.scalarStore.append(s)
        var bmp = true
        s.withUnsafeBufferPointer { b in for c in b where c.value > 0xFFFF { bmp = false; break } }
        cache.bmp[k] = bmp ? 1 : 2
        return s
    }

    /// `Array(text.unicodeScalars)`, decoded from the contiguous UTF-8 in one pass (the view counted the
    /// scalars in a first walk, then copied them in a second, a scalar at a time through its iterator).
    static func unicodeScalars(of text: String) -> [Unicode.Scalar] {
        text.utf8.withContiguousStorageIfAvailable { b -> [Unicode.Scalar] in
            // (A string's UTF-8 is valid: the lead byte tells each scalar's length. A scalar is one byte at least,
            // so the bytes' count bounds the scalars'.)
            // (spd29: decoded into a temporary buffer and copied into an array of their count: `Array(unsafeUninitializedCapacity:)`
            // allocates through the unspecialized path that looks the storage's metadata up per call; see `WordFlagCache.init`.)
            guard b.count > 0 else { return [] }
            return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: b.count) { out -> [Unicode.Scalar] in
                var i = 0, m = 0
                let n = b.count
                while i < n {
                    let v = decodeScalar(b, &i)
                    out.initializeElement(at: m, to: Unicode.Scalar(v).unsafelyUnwrapped)
                    m += 1
                }
                return Array(UnsafeBufferPointer(rebasing: out[0..<m]))
            }
        } ?? Array(text.unicodeScalars)
    }

    /// `Array(tokens[k].text.utf16)` of a Han run, decoded once per article (the Chinese passes of holdouts 33, 36
    /// and 39 each copied every run's units again through the UTF-16 view, a call per unit).
    func hanRunUnits(_ k: Int) -> [UInt16] {
        let cache = hanRuns
        guard k < cache.unitSlot.count else { return Self.utf16Units(of: tokens[k].text) }
        let slot = Int(cache.unitSlot[k])
        if slot >= 0 { return cache.unitStore[slot] }
        let u = Self.utf16Units(of: tokens[k].text)
        cache.unitSlot[k] = Int32(truncatingIfNeeded: cache.unitStore.count)
        cache.unitStore.append(u)
        return u
    }

    /// `Array(text.utf16)`, decoded from the contiguous UTF-8 in one pass (as `unicodeScalars(of:)`; a scalar
    /// above the BMP is its surrogate pair, as the view gives it). A scalar's UTF-8 is at least as long as its
    /// UTF-16, so the bytes' count bounds the units'.
    static func utf16Units(of text: String) -> [UInt16] {
        text.utf8.withContiguousStorageIfAvailable { b -> [UInt16] in
            // (Through a temporary buffer, as `unicodeScalars(of:)`.)
            guard b.count > 0 else { return [] }
            return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: b.count) { out -> [UInt16] in
                let count = writeUTF16(b, into: out.baseAddress.unsafelyUnwrapped, at: 0, limit: b.count)
                return Array(UnsafeBufferPointer(rebasing: out[0..<count]))
            }
        } ?? Array(text.utf16)
    }

    /// The scalar value of the valid UTF-8 at `b[i...]`; `i` moves past it (the lead byte tells its length).
    @inline(__always) static func decodeScalar(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt32 {
        let c = UInt32(b[i])
        if c < 0x80 { i += 1; return c }
        if c < 0xE0 { defer { i += 2 }; return (c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F) }
        if c < 0xF0 { defer { i += 3 }; return (c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F) }
        defer { i += 4 }
        return (c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
    }

    /// Writes the UTF-16 units of the valid UTF-8 `b` at `out[p...]`, none at or past `limit`; returns the end.
    @inline(__always) static func writeUTF16(_ b: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt16>, at p0: Int, limit: Int) -> Int {
        var i = 0, p = p0
        let n = b.count
        while i < n, p < limit {
            let v = decodeScalar(b, &i)
            if v < 0x10000 {
                out[p] = UInt16(truncatingIfNeeded: v); p += 1
            } else {
                let w = v - 0x10000
                out[p] = UInt16(truncatingIfNeeded: 0xD800 + (w >> 10)); p += 1
                if p < limit { out[p] = UInt16(truncatingIfNeeded: 0xDC00 + (w & 0x3FF)); p += 1 }
            }
        }
        return p
    }

    /// `hanRunScalars(k).map(hanCode)`: the run's canonical code points, computed once per article.
    /// (Written through the buffers: `map` called its closure per scalar.)
    func hanRunCodes(_ k: Int) -> [UInt32] {
        let cache = hanRuns
        let slot = k < cache.codeSlot.count ? Int(cache.codeSlot[k]) : -2
        if slot >= 0 { return cache.codeStore[slot] }
        let sc = hanRunScalars(k)
        var c = Array(repeatElement(UInt32(0), count: sc.count))
        c.withUnsafeMutableBufferPointer { out in
            sc.withUnsafeBufferPointer { b in for i in 0..<b.count { out[i] = Self.hanCode(b[i]) } }
        }
        if slot == -1 {
            cache.codeSlot[k] = Int32(truncatingIfNeeded: cache.codeStore.count)
            cache.codeStore.append(c)
        }
        return c
    }

    /// `word` occurs in `codes` at `p`.
    @inline(__always) static func hanMatches(_ codes: [UInt32], _ word: [UInt32], at p: Int) -> Bool {
        guard p >= 0, p + word.count <= codes.count else { return false }
        for k in word.indices where codes[p + k] != word[k] { return false }
        return true
    }

    /// The original text of `scalars[a..<b]` (the surface keeps compatibility ideographs as written).
    static func hanString(_ scalars: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        // UTF-8 written directly: the bytes a `String.UnicodeScalarView` built from the scalars holds
        // (appending to the view was most of the cost of a Han organization's mention).
        var bytes = 0
        for k in a..<b { bytes += UTF8.width(scalars[k]) }
        return String(unsafeUninitializedCapacity: bytes) { out in
            var w = 0
            for k in a..<b {
                for byte in UTF8.encode(scalars[k]).unsafelyUnwrapped { out[w] = byte; w += 1 }
            }
            return w
        }
    }

    mutating func discoverHan() {
        // Mentions found so far, sorted by start: each Han token looks up its own by binary
        // search, so the pass stays linear in the article (filtering all mentions per token was quadratic).
        let known = mentions.indices.map { (mentionStart($0), mentionEnd($0), mentionType($0) == .country || mentionType($0) == .place) }.sorted { $0.0 < $1.0 }
        // Names found after a title, looked for again without it in the rest of the article
        // ("外交部发言人毛宁表示 … 毛宁说"); at most 32, each at least two characters.
        var titledPeople: [[UInt32]] = []
        /// Surnames of middle-dot names (卢贝特金 of 马里奥·卢贝特金) → the full name, their entity's key.
        var fullNames: [[UInt32]: String] = [:]
        var sawHan = false
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let hanTransliterationSet = Self.hanTransliterationSet, hanTitleStartSet = Self.hanTitleStartSet,
            hanTitlesByFirst = Self.hanTitlesByFirst, hanTitleCodes = Self.hanTitleCodes, hanSurnameSet = Self.hanSurnameSet,
            hanAfterNameSet = Self.hanAfterNameSet, hanVerbStartOnly = Self.hanVerbStartOnly, hanMiddleDot = Self.hanMiddleDot,
            hanPlaceSuffixCodes = Self.hanPlaceSuffixCodes, hanSuffixWordStarts = Self.hanSuffixWordStarts,
            hanOrgLeftStopSet = Self.hanOrgLeftStopSet, hanPlaceLeftBoundSet = Self.hanPlaceLeftBoundSet,
            hanListJoiners = Self.hanListJoiners, hanNotPlaceStartSet = Self.hanNotPlaceStartSet, hanCompassSet = Self.hanCompassSet,
            hanMarketCode = Self.hanMarketCode, hanStateBit = Self.hanStateBit, hanStateCode = Self.hanStateCode
        // (Emptied for each run, their buffers kept: two arrays were allocated and regrown per run.)
        var knownRanges: [Range<Int>] = []
        var personRanges: [Range<Int>] = []   // known non-place names: an organization stops at them
        for index in tokens.indices where tokens[index].script == .han {   // no copy of the other tokens
            sawHan = true
            let t = token(index)
            let scalars = hanRunScalars(index)   // a Han run: one scalar per character
            let chars = hanRunCodes(index)
            knownRanges.removeAll(keepingCapacity: true)
            personRanges.removeAll(keepingCapacity: true)
            var lo = 0, hi = known.count
            while lo < hi { let mid = (lo + hi) / 2; if known[mid].0 < t.start { lo = mid + 1 } else { hi = mid } }
            while lo < known.count, known[lo].0 < t.end {
                if known[lo].1 <= t.end {
                    knownRanges.append((known[lo].0 - t.start)..<(known[lo].1 - t.start))
                    if !known[lo].2 { personRanges.append((known[lo].0 - t.start)..<(known[lo].1 - t.start)) }
                }
                lo += 1
            }
            // "马里奥·卢贝特金", "费尔南多·马托斯": transliteration characters on both sides of a middle
            // dot are a foreign person's given name and surname, whatever precedes them (a country
            // read inside the name, 马里 "Mali", is not one).
            if index + 2 < tokens.count, Self.isMiddleDot(tokens[index + 1].text), tokens[index + 2].script == .han,
               !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore {
                var a = chars.count
                while a > 0, chars.count - a < 6, hanTransliterationSet.contains(chars[a - 1]) { a -= 1 }
                let next = tokens[index + 2]
                let nextChars = next.text.unicodeScalars.map(Self.hanCode)
                var e = 0
                while e < nextChars.count, e < 6, hanTransliterationSet.contains(nextChars[e]) { e += 1 }
                let span = (t.start + a)..<(next.start + e)   // offsets as in the rules below
                let inKnownName = knownRanges.contains { r in r.upperBound > a && !known.contains { $0.0 == t.start + r.lowerBound && $0.2 } }
                if chars.count - a >= 2, e >= 2, !inKnownName {
                    mentions.removeAll { ($0.type == .country || Self.knownNameInsideDottedName($0, span)) && $0.start >= span.lowerBound && $0.end <= span.upperBound }
                    knownRanges.removeAll { $0.upperBound > a }
                    knownRanges.append(a..<chars.count)
                    personRanges.append(a..<chars.count)
                    let surname = Self.hanString(Array(next.text.unicodeScalars), 0, e)
                    let name = Self.hanString(scalars, a, chars.count) + "·" + surname
                    mentions.append(Mention(surface: name, start: span.lowerBound, end: span.upperBound, type: .person, evidence: .cue, words: [name]))
                    let surnameCodes = Array(nextChars[0..<e])
                    if titledPeople.count < 32, !titledPeople.contains(surnameCodes) { titledPeople.append(surnameCodes) }
                    fullNames[surnameCodes] = name
                }
            }
            func isKnown(_ r: Range<Int>) -> Bool { knownRanges.contains { $0.overlaps(r) } }
            // Title + name: 主席习近平, 总理李强 (the name is two or three characters).
            var k = 0
            while k < chars.count {
                if !hanTitleStartSet.contains(chars[k]) { k += 1; continue }   // no title starts here
                var matched = false
                for ti in hanTitlesByFirst[chars[k]] ?? [] {
                    let tc = hanTitleCodes[ti]
                    guard Self.hanMatches(chars, tc, at: k) else { continue }
                    let s = k + tc.count
                    guard s + 2 <= chars.count || hanOneCharacterGivenName(chars, s, 1, index), !isKnown(s..<(s + 2)) else { continue }
                    var len = 3
                    var translit = s
                    while translit < chars.count, translit - s < 8, hanTransliterationSet.contains(chars[translit]) { translit += 1 }
                    if translit - s >= 4 {
                        len = translit - s   // "马尔霍特拉": a long transliteration that starts like a surname
                    } else if hanSurnameSet.contains(chars[s]) {
                        // ("大使廖力强。": a character that starts a verb only with one after it, 强调 or 表示,
                        // ends the name when the run ends with it.)
                        // (Nor when a verb or function word follows it: "刘志强将出席", "张树强说".)
                        if s + 2 >= chars.count || hanAfterNameSet.contains(chars[s + 2])
                            && !((s + 3 == chars.count || hanAfterNameSet.contains(chars[s + 3])) && hanVerbStartOnly.contains(chars[s + 2])) { len = 2 }
                        if s + len > chars.count { len = chars.count - s }
                    } else if hanTransliterationSet.contains(chars[s]) {
                        // A transliterated foreign name: a run of transliteration characters (托卡耶夫, 马克龙).
                        var e = s
                        while e < chars.count, e - s < 8, hanTransliterationSet.contains(chars[e]) || chars[e] == hanMiddleDot,
                              !isKnown(e..<(e + 1)) { e += 1 }
                        len = e - s
                    } else {
                        continue   // "部长举行": not a name
                    }
                    guard len >= 2 || hanOneCharacterGivenName(chars, s, len, index), !isKnown(s..<(s + len)) else { continue }
                    let nameCodes = Array(chars[s..<(s + len)])
                    if hanTitleCodes.contains(where: { nameCodes.starts(with: $0) }) { continue }
                    let name = Self.hanString(scalars, s, s + len)
                    var m = Mention(surface: name, start: t.start + s, end: t.start + s + len, type: .person, evidence: .cue, words: [name])
                    m.placeContext = false
                    var surfaceCodes = nameCodes
                    // "宋赛·西潘敦": a name that ends its Han run continues over the middle dot.
                    if s + len == chars.count, index + 2 < tokens.count, Self.isMiddleDot(tokens[index + 1].text), tokens[index + 2].script == .han,
                       !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore {
                        let next = Array(tokens[index + 2].text.unicodeScalars)
                        var e = 0
                        while e < next.count, e < 6, hanTransliterationSet.contains(Self.hanCode(next[e])) { e += 1 }
                        if e >= 2 {
                            m.end = tokens[index + 2].start + e
                            m.surface = name + "·" + Self.hanString(next, 0, e)
                            m.words = [m.surface]
                            surfaceCodes = Self.hanCodes(m.surface)
                        }
                    }
                    mentions.append(m)
                    personRanges.append(s..<(s + len))
                    if titledPeople.count < 32, m.words.count == 1, !titledPeople.contains(surfaceCodes) {
                        titledPeople.append(surfaceCodes)
                    }
                    k = s + len
                    matched = true
                    break
                }
                if !matched { k += 1 }
            }
            // Which suffixes' first characters (省, 市, 县, 自) and 州 the run holds: one scan, not one per suffix.
            let present = Self.hanSuffixCharactersPresent(chars)
            // Places by suffix: 云南省, 河内市 (two or three characters before the suffix).
            for suffixIndex in hanPlaceSuffixCodes.indices where present & (1 << suffixIndex) != 0 {
                let sc = hanPlaceSuffixCodes[suffixIndex]
                let autonomous = suffixIndex == 3   // 自治区
                var searchFrom = 0
                while searchFrom < chars.count {
                    guard let r = (searchFrom..<chars.count).first(where: { p in Self.hanMatches(chars, sc, at: p) }) else { break }
                    // "都市", "上市", "股市", "节省": the suffix character ends a common word, not a place's name.
                    if r > 0, suffixIndex < hanSuffixWordStarts.count, hanSuffixWordStarts[suffixIndex].contains(chars[r - 1]) {
                        searchFrom = r + sc.count
                        continue
                    }
                    var start = max(0, r - 2)
                    // "广西壮族自治区", "新疆维吾尔自治区": an autonomous region's name is longer.
                    if autonomous {
                        while start > 0, r - start < 5, !hanOrgLeftStopSet.contains(chars[start - 1]), !isKnown((start - 1)..<start) { start -= 1 }
                        if r - start < 4 { start = max(0, r - 2) }
                    } else {
                        // "辛杜帕尔乔克县", "和多拉卡县": a transliterated name of three to seven characters,
                        // bounded before it, is taken whole.
                        var tr = r
                        while tr > 0, r - tr < 7, hanTransliterationSet.contains(chars[tr - 1]), !hanOrgLeftStopSet.contains(chars[tr - 1]),
                              !hanPlaceLeftBoundSet.contains(chars[tr - 1]), !isKnown((tr - 1)..<tr) { tr -= 1 }
                        let transliterated = r - tr >= 3 && (tr == 0 || hanOrgLeftStopSet.contains(chars[tr - 1]) || hanPlaceLeftBoundSet.contains(chars[tr - 1])
                                                              || hanListJoiners.contains(chars[tr - 1]) || isKnown((tr - 1)..<tr))
                        // "哈尔滨市", "石家庄市": three or four characters when a function word or the run's
                        // start bounds them ("来自哈尔滨市", "和石家庄市"); otherwise two.
                        for length in [4, 3] where r - length >= 0 && !transliterated {
                            let s = r - length
                            let bounded = s == 0 || hanPlaceLeftBoundSet.contains(chars[s - 1]) || hanOrgLeftStopSet.contains(chars[s - 1])
                            if bounded, !(s..<r).contains(where: { hanOrgLeftStopSet.contains(chars[$0]) || hanPlaceLeftBoundSet.contains(chars[$0]) }),
                               !isKnown(s..<r), !hanNotPlaceStartSet.contains(chars[s]) {
                                start = s
                                break
                            }
                        }
                        if transliterated { start = tr }
                        // "南戈壁省", "东哈萨克斯坦州": a compass point before a two-character name is part of it.
                        if start == r - 2, r >= 3, hanCompassSet.contains(chars[r - 3]), !isKnown((r - 3)..<r),
                           r == 3 || !hanCompassSet.contains(chars[r - 4]) {
                            start = r - 3
                        }
                    }
                    let nextIsMarket = r + sc.count < chars.count && chars[r + sc.count] == hanMarketCode
                    if r - start == 2 || autonomous && r - start >= 4 || r - start >= 3 && !autonomous, !nextIsMarket, !isKnown(start..<(r + sc.count)),
                       !hanAfterNameSet.contains(chars[start]),
                       !hanNotPlaceStartSet.contains(chars[start]), !hanNotPlaceStartSet.contains(chars[start + 1]) {
                        let name = Self.hanString(scalars, start, r + sc.count)
                        mentions.append(Mention(surface: name, start: t.start + start, end: t.start + r + sc.count, type: .place,
                                                evidence: .cue, words: [name]))
                    }
                    searchFrom = r + sc.count
                }
            }
            // "卡拉干达州", "加利福尼亚州": a state or oblast is a transliterated name of three or more
            // characters before 州 (a shorter one is a Chinese city: 广州, 杭州, found by the gazetteer).
            var z = present & hanStateBit != 0 ? chars.firstIndex(of: hanStateCode) ?? chars.count : chars.count
            while z < chars.count {
                if chars[z] == hanStateCode, !isKnown(z..<(z + 1)) {
                    var a = z
                    while a > 0, z - a < 6, hanTransliterationSet.contains(chars[a - 1]), !isKnown((a - 1)..<a) { a -= 1 }
                    if z - a >= 3 {
                        let name = Self.hanString(scalars, a, z + 1)
                        mentions.append(Mention(surface: name, start: t.start + a, end: t.start + z + 1, type: .place, evidence: .cue, words: [name]))
                        knownRanges.append(a..<(z + 1))
                    }
                }
                z += 1
            }
            // Repeats of titled names, outside every name found so far in this run.
            for name in titledPeople where name.count >= 2 && name.count <= chars.count && !name.contains(hanMiddleDot) {
                var p = 0
                while p + name.count <= chars.count {
                    guard chars[p] == name[0], Self.hanMatches(chars, name, at: p) else { p += 1; continue }
                    let r = p..<(p + name.count)
                    if !isKnown(r), !personRanges.contains(where: { $0.overlaps(r) }) {
                        let surface = Self.hanString(scalars, p, p + name.count)
                        mentions.append(Mention(surface: surface, start: t.start + p, end: t.start + p + name.count, type: .person,
                                                evidence: .cue, words: [fullNames[name] ?? surface]))
                        personRanges.append(r)
                    }
                    p += name.count
                }
            }
            discoverHanOrganizations(index, t, scalars, chars, knownRanges: knownRanges, personRanges: personRanges)
        }
        if sawHan { discoverHanPlacesInContext() }
        if sawHan { discoverHanForums() }
        if sawHan { discoverHanPrefecturesAndTowns() }
        if sawHan { discoverHanStationsZonesAndStates(); extendHanPersonNames(); joinHanDashedCompanies(); linkHanCompaniesWithoutTail() }   // NameFinder+RuZhAr.swift
    }

    /// Small places no gazetteer holds, told by their context in a Han run:
    /// a district after its city or province ("唐山市丰南区", "北京市朝阳区"); a transliterated name
    /// after a noun of settlement ("边境城市马拉巴", "港口城市蒙巴萨", "首都X"); a transliterated name
    /// joined to a known place by 至/到/和/与/、 ("蒙巴萨至内罗毕", "内罗毕和基苏木"). A transliterated
    /// name is a run of two to six transliteration characters that no other name overlaps.
    mutating func discoverHanPlacesInContext() {
        let places = mentions.indices.filter { mentionType($0) == .place }.map { mentions[$0] }
        for index in tokens.indices where tokens[index].script == .han && tokens[index].end - tokens[index].start >= 4 {
            let t = token(index)
            let scalars = hanRunScalars(index)
            let chars = hanRunCodes(index)
            let n = chars.count
            // The names inside this run, gathered only once a candidate is found (most runs have none).
            var taken: [Range<Int>]?
            func add(_ r: Range<Int>) {
                guard r.count >= 2 else { return }
                if taken == nil {
                    taken = mentions.compactMap { m in m.start >= t.start && m.end <= t.end ? (m.start - t.start)..<(m.end - t.start) : nil }
                }
                guard !taken!.contains(where: { $0.overlaps(r) }) else { return }
                let name = Self.hanString(scalars, r.lowerBound, r.upperBound)
                var m = Mention(surface: name, start: t.start + r.lowerBound, end: t.start + r.upperBound, type: .place, evidence: .cue, words: [name])
                m.placeContext = true
                mentions.append(m)
                taken!.append(r)
            }
            /// The transliterated run starting at `s` (forward) or ending at `e` (backward), bounded on its far side.
            func runForward(_ s: Int) -> Range<Int>? {
                var e = s
                while e < n, e - s < 6, Self.hanTransliterationSet.contains(chars[e]) { e += 1 }
                // ("北京和阿拉伯国家": a run before 国, 人 or 语 is a people or a language.)
                return e - s >= 2 && (e == n || !Self.hanTransliterationSet.contains(chars[e]) && !Self.hanPeopleNext.contains(chars[e])) ? s..<e : nil
            }
            func runBackward(_ e: Int) -> Range<Int>? {
                var s = e
                while s > 0, e - s < 6, Self.hanTransliterationSet.contains(chars[s - 1]) { s -= 1 }
                // ("中欧班列与…": after a country's one-character abbreviation the run is a compound's second half.)
                return e - s >= 2 && (s == 0 || !Self.hanTransliterationSet.contains(chars[s - 1]) && !Self.hanCountryAbbreviations.contains(chars[s - 1])) ? s..<e : nil
            }
            // 区 after 市/省: the two or three characters between them.
            var p = 3
            while p < n {
                if chars[p] == Self.hanDistrictCode {
                    for len in [2, 3] where p - len - 1 >= 0 && Self.hanDistrictParents.contains(chars[p - len - 1]) {
                        let r = (p - len)..<(p + 1)
                        if !(r.lowerBound..<p).contains(where: { Self.hanOrgLeftStopSet.contains(chars[$0]) }), !Self.hanNotPlaceStartSet.contains(chars[p - len]) {
                            add(r)
                            break
                        }
                    }
                }
                p += 1
            }
            // After a noun of settlement.
            var q = 0
            while q + 2 < n {
                if Self.hanSettlementStartSet.contains(chars[q]) {
                    for cue in Self.hanSettlementCodes where q + cue.count < n && Self.hanMatches(chars, cue, at: q) {
                        if let r = runForward(q + cue.count) { add(r) }
                        break
                    }
                }
                q += 1
            }
            // A transliterated name and 港, a port ("塞得港", "瓜达尔港"; not 港口, 港澳).
            var z = 2
            while z < n {
                if chars[z] == Self.hanPortCode, z + 1 == n || !Self.hanPortBlockedNext.contains(chars[z + 1]), let r = runBackward(z) {
                    add(r.lowerBound..<(z + 1))
                }
                z += 1
            }
            // An island: a transliterated name and 岛 ("塔斯马尼亚岛"; not 岛国, 岛内).
            z = 2
            while z < n {
                if chars[z] == Self.hanIslandCode, z + 1 == n || !Self.hanIslandBlockedNext.contains(chars[z + 1]), let r = runBackward(z) {
                    add(r.lowerBound..<(z + 1))
                }
                z += 1
            }
            // A list closed by 等 and a noun of settlement ("奥克兰和惠灵顿等城市", "苏尔、提尔、赛达等地"):
            // every transliterated name of the list, back over 和/与/、.
            z = 2
            while z + 1 < n {
                if chars[z] == Self.hanEtcCode, Self.hanSettlementAfterEtc.contains(where: { z + 1 + $0.count <= n && Self.hanMatches(chars, $0, at: z + 1) }) {
                    var e = z
                    while let r = runBackward(e) {
                        add(r)
                        guard r.lowerBound >= 3, Self.hanListJoiners.contains(chars[r.lowerBound - 1]) else { break }
                        e = r.lowerBound - 1
                    }
                }
                z += 1
            }
            // A Xinhua-style dateline: the agency (…社), a transliterated city and the date ("新华社苏瓦5月12日电").
            if index + 1 < tokens.count, tokens[index + 1].kind == .number, n >= 4 {
                var s = n - 2
                while s > 1, n - s < 6, chars[s - 1] != Self.hanAgencyCode { s -= 1 }
                if s >= 1, chars[s - 1] == Self.hanAgencyCode, let r = runForward(s), r.upperBound == n { add(r) }
            }
            // Joined to a known place.
            for m in places where m.start >= t.start && m.end <= t.end {
                let (s, e) = (m.start - t.start, m.end - t.start)
                if e + 1 < n, Self.hanPlaceJoiners.contains(chars[e]), let r = runForward(e + 1) { add(r) }
                if s >= 3, Self.hanPlaceJoiners.contains(chars[s - 1]), let r = runBackward(s - 1) { add(r) }
            }
        }
    }
    static let hanDistrictCode = hanCode("区")
    static let hanDistrictParents = HanCharSet("市省")
    static let hanSettlementCodes: [[UInt32]] = ["口岸城市", "城市", "首都", "港口", "港城", "小镇", "城镇", "重镇"].map(hanCodes)
    static let hanSettlementStartSet = HanCharSet("口城首港小重")
    static let hanPlaceJoiners = HanCharSet("至到和与、")
    static let hanPeopleNext = HanCharSet("国人语族裔式")
    static let hanVerbStartOnly = HanCharSet("表指强会宣访举签认通接出主致率发")
    static let hanPortCode = hanCode("港")
    static let hanPortBlockedNext = HanCharSet("口务区股币元澳湾")
    static let hanIslandCode = hanCode("岛")
    static let hanIslandBlockedNext = HanCharSet("国内屿链礁民")
    static let hanEtcCode = hanCode("等")
    static let hanSettlementAfterEtc: [[UInt32]] = ["城市", "地", "城镇", "港口", "省份"].map(hanCodes)
    static let hanListJoiners = HanCharSet("和与、及")
    /// One-character abbreviations of countries that open compounds (中欧, 中亚, 美欧, 俄乌), outside the transliteration set.
    static let hanCountryAbbreviations = HanCharSet("中美俄日韩印越朝")
    static let hanAgencyCode = hanCode("社")
    static let hanMinistryCode = hanCode("部")
    static let hanBureauCode = hanCode("局")
    static let hanDangCode = hanCode("当")
    static let hanBureauBlockedNext = HanCharSet("势面")

    /// Organizations by their suffix (外交部, 中国工商银行, 国家发展和改革委员会, 哈萨克斯坦国家石油公司):
    /// the name runs left from the suffix to a function word, a verb of the sentence or a person,
    /// and right over a legal-form tail (有限公司). Countries and places may sit inside.
    /// Before the Han token at `index`, an enumeration comma (no space) and, ending the Han run before
    /// it, a portfolio: two to four characters back to a particle or a name found already ("能源" of
    /// "尼泊尔能源、水资源和灌溉部"; none in "老挝、越南和泰国…"). Its text and UTF-16 start.
    func hanPortfolioBeforeEnumeration(_ index: Int) -> (String, Int)? {
        guard index >= 2, tokens[index - 1].text == "、", !tokens[index - 1].spaceBefore, !tokens[index].spaceBefore,
              tokens[index - 2].script == .han else { return nil }
        let prev = tokens[index - 2]
        let scalars = Array(prev.text.unicodeScalars)
        var k = scalars.count
        while k > 0, scalars.count - k < 4, !Self.hanOrgLeftStopSet.contains(Self.hanCode(scalars[k - 1])),
              !mentions.indices.contains(where: { mentionStart($0) <= prev.start + k - 1 && mentionEnd($0) > prev.start + k - 1 }) {
            k -= 1
        }
        guard scalars.count - k >= 2 else { return nil }
        return (Self.hanString(scalars, k, scalars.count), prev.start + k)
    }

    private mutating func discoverHanOrganizations(_ index: Int, _ t: Token, _ scalars: [Unicode.Scalar], _ chars: [UInt32],
                                                   knownRanges: [Range<Int>], personRanges: [Range<Int>]) {
        let n = chars.count
        guard n >= 2 else { return }
        func inPerson(_ p: Int) -> Bool { personRanges.contains { $0.contains(p) } }
        var p = 0
        var lastEnd = 0
        // (Read once: a static's every read in the loop checked its initialization, once per character.)
        let suffixStarts = Self.hanOrgSuffixStartSet, suffixes = Self.hanOrgSuffixCodes, suffixFirsts = Self.hanOrgSuffixFirsts
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let hanSuffixBlockedNextSet = Self.hanSuffixBlockedNextSet, hanSuffixBlockedPreviousSet = Self.hanSuffixBlockedPreviousSet,
            hanOrgTailCodes = Self.hanOrgTailCodes, hanAndCode = Self.hanAndCode, hanWithCode = Self.hanWithCode,
            hanOrgLeftStopSet = Self.hanOrgLeftStopSet, hanBureauCode = Self.hanBureauCode, hanDangCode = Self.hanDangCode,
            hanBureauBlockedNext = Self.hanBureauBlockedNext, hanStandaloneOrgCodes = Self.hanStandaloneOrgCodes,
            hanMinistryCode = Self.hanMinistryCode
        while p < n {
            // Positions no suffix starts at are skipped at once.
            if !suffixStarts.contains(chars[p]) { p += 1; continue }
            // The first suffix (longest first) written at p: only those opening with its character are compared (a suffix
            // matches there only so), where every suffix was compared in a call of its own.
            let c0 = chars[p]
            var found = -1
            for j in suffixFirsts.indices where suffixFirsts[j] == c0 && Self.hanMatches(chars, suffixes[j], at: p) { found = j; break }
            guard found >= 0 else { p += 1; continue }
            let suffix = suffixes[found]
            var end = p + suffix.count
            let single = suffix.count == 1
            if single, end < n, hanSuffixBlockedNextSet.contains(chars[end]) { p += 1; continue }
            if single, p > 0, hanSuffixBlockedPreviousSet.contains(chars[p - 1]) { p += 1; continue }
            if knownRanges.contains(where: { $0.contains(p) }) { p = end; continue }   // inside a known name (上海合作组织)
            while let tail = hanOrgTailCodes.first(where: { Self.hanMatches(chars, $0, at: end) }) { end += tail.count }
            // Left: over name characters, countries and places; a 和 only inside a committee's own
            // name (two characters then the suffix: "发展和改革委员会").
            var start = p
            var crossedAnd = false
            while start > lastEnd, p - start < 12 {
                let c = chars[start - 1]
                if inPerson(start - 1) { break }
                // "投资与发展银行": 和/与 inside a name, two characters before the suffix, not between countries.
                if c == hanAndCode || c == hanWithCode, p - start == 2, suffix.count >= 2,
                   !knownRanges.contains(where: { $0.overlaps(start..<p) }) {
                    start -= 1; continue
                }
                if Self.hanConjunctionInsideName(chars, at: start - 1, suffixAt: p), !knownRanges.contains(where: { $0.overlaps((start - 3)..<p) }) {
                    crossedAnd = true
                    start -= 1; continue
                }
                if hanOrgLeftStopSet.contains(c), !Self.hanEconomyWord(chars, at: start - 1) { break }
                if Self.hanVerbPairEnds(chars, at: start) { break }
                if Self.hanTitleEnds(chars, at: start) { break }
                start -= 1
            }
            // Stopped inside a known name ("中华人民共和国国务院" stopped at 和, leaving "国国务院"): the whole name, as
            // "中国外交部" has its country, or none of it when an earlier name ends inside it.
            if let r = knownRanges.first(where: { $0.lowerBound < start && start < $0.upperBound }) {
                start = r.lowerBound >= lastEnd ? r.lowerBound : r.upperBound
            }
            // "肯尼亚电力局", "秘鲁国家统计局": a bureau is named by a known country or place and two characters or
            // more of its own; "叙利亚当局" (the authorities), "局势" (the situation), "出局" are none.
            if suffix == [hanBureauCode] {
                let own = knownRanges.first(where: { $0.lowerBound == start }).map { p - $0.upperBound } ?? 0
                if own < 2 || chars[p - 1] == hanDangCode || end < n && hanBureauBlockedNext.contains(chars[end]) { p += 1; continue }
            }
            let standalone = hanStandaloneOrgCodes.contains(suffix)
            let minBefore = standalone ? 0 : single ? 2 : 1
            if p - start >= minBefore, end - start >= 2, !knownRanges.contains(where: { $0.lowerBound <= start && $0.upperBound >= end }) {
                var name = Self.hanString(scalars, start, end)
                // UTF-16 offsets: Han characters here are all in the BMP (checked by the caller).
                var m = Mention(surface: name, start: t.start + start, end: t.start + end, type: .organization, evidence: .cue, words: [name])
                // "农业、畜牧和渔业部": a ministry's portfolios listed with 、 before the 和 of the last one.
                if start == 0, crossedAnd, suffix == [hanMinistryCode], let (portfolio, at) = hanPortfolioBeforeEnumeration(index) {
                    name = portfolio + "、" + name
                    m = Mention(surface: name, start: at, end: t.start + end, type: .organization, evidence: .cue, words: [name])
                }
                // "蒙古国额尔德尼斯矿业集团", "中国五矿集团": a leading country is the company's origin; its own
                // name (the entity's key, so that a later "五矿集团" joins it) starts after it.
                // (Companies only: "中国外交部" and "俄罗斯外交部" must stay two.)
                // ("越南谅山省人民委员会": a province's body too, named by its province after the country.)
                if PlainText.hasSuffix(name, "集团") || PlainText.hasSuffix(name, "公司") || hanProvincialBodyAfterCountry(chars, start, p),
                   let c = mentions.indices.last(where: { mentionType($0) == .country && mentionStart($0) == t.start + start }).map({ mentions[$0] }), c.end - t.start + 2 <= p {
                    let own = Self.hanString(scalars, c.end - t.start, end)
                    m.variants = [name]
                    m.surface = own
                    m.words = [own]
                }
                mentions.append(m)
                lastEnd = end
            }
            p = end
        }
    }
}

/// Each Han run's scalars and canonical code points (see `NameFinder.hanRunScalars`), by token
/// index, filled on first use. Read and written only by the finder that owns it.
///
/// (Per token, the run's slot in each store, -1 until it is filled: the stores hold the runs asked for, not an optional
/// per token, whose destruction at the article's end went through a generic value witness per token.)
final class HanRunCache {
    @exclusivity(unchecked) var scalarSlot: [Int32]
    @exclusivity(unchecked) var scalarStore: [[Unicode.Scalar]] = []
    @exclusivity(unchecked) var codeSlot: [Int32]
    @exclusivity(unchecked) var codeStore: [[UInt32]] = []
    @exclusivity(unchecked) var unitSlot: [Int32]
    @exclusivity(unchecked) var unitStore: [[UInt16]] = []
    /// Per run: 1 when every scalar is in the Basic Multilingual Plane, 2 when one is not, 0 not decoded yet (set by
    /// `hanRunScalars`, read by `l28Run`).
    @exclusivity(unchecked) var bmp: [UInt8]
    /// The mentions lying inside each token, by token (`l28MentionsIn`): those of token `k` are
    /// `inRun[inRunFirst[k]..<inRunFirst[k + 1]]`, in mention order; built for the mentions of version
    /// `inRunVersion` (`NameFinder.mentionsVersion`), rebuilt when they have changed since.
    @exclusivity(unchecked) var inRunFirst: [Int32] = []
    @exclusivity(unchecked) var inRun: [Int32] = []
    @exclusivity(unchecked) var inRunVersion = -1
    /// The characters of the article's Han runs, as written and canonical (`hanCode`), as bits over the Basic Multilingual
    /// Plane (`hanArticleHasAny`); empty until first asked.
    @exclusivity(unchecked) var present: [UInt64] = []
    /// `count`: the article's tokens (0 when it has no Han run: nothing is cached then).
    init(count: Int) {
        // (See `NameFinder.WordFlagCache.init`.)
        scalarSlot = Array(repeatElement(-1, count: count))
        codeSlot = Array(repeatElement(-1, count: count))
        unitSlot = Array(repeatElement(-1, count: count))
        bmp = Array(repeatElement(0, count: count))
    }
}
