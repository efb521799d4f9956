import Foundation

/// Session 49 (a): general causes behind holdout72's English, French and Arabic errors (the tests use other texts and
/// names). Arabic (places and bodies with no cue word the earlier rules knew):
/// - a city-state's name opening the dateline ("الكويت - 7 - 12 (كونا)", "جيبوتي في 3 مارس") is the city as well as the
///   country (the gazetteer leaves out capitals named like their country; not "الجزائر", which the gold sets count only
///   when the city is named apart);
/// - an inlet's, a coast's, a nature reserve's or a sea's generic noun (خور، ساحل، محمية، بحر) + a definite name word (not
///   a title quoted whole) is a place with its noun; a name in -ية that reads like a nisba is a name there when the article
///   elsewhere reads it as a place ("خور الصبية" beside "منطقة الصبية");
/// - a definite name joined by و right after a place read with its area noun ("منطقة كبد والعديلان بالتعاون") is a place
///   too, when no definite adjective follows it;
/// - a city read as "مدينة" + a person's name ("مدينة زايد الأول") takes the feminine nisba after it ("… الصناعية");
/// - a port's or an airport's noun + a given name, or + any name word and "الكبير" or a port's adjective, is a place
///   ("ميناء راشد الكبير");
/// - a centre's, a foundation's, a university's or a museum's noun + a person's name with بن + a ل-phrase ("مركز سلطان
///   بن أحمد للدراسات") is one body, the person inside it no person;
/// - a definite institution's noun (a museum, a library, a theatre, an archive, a college, an academy, an institute, a
///   guard) + a national or royal adjective ("المكتبة الوطنية"), or + two nisba adjectives ("الأكاديمية البحرية
///   العسكرية"), is a body; "الحرس" + any nisba ("الحرس الساحلي") is one;
/// - a company read up to an indefinite noun in construct takes the country's name after it ("شركة مطارات قطر");
/// - a body read on over a definite title ("الشركة المغربية الرئيس التنفيذي") ends before it (a generic head and its
///   nisba left alone go);
/// - no names: a compass word, "العالم" or a strait's, a gulf's or a river's noun (before a word) alone as a place, a definite generic head + a definite plural (its verb's
///   object: "ودعت الهيئة المواطنين"), a ل-noun and its feminine nisba as a person ("للطيور المائية"), a known place's
///   name read as a nisba after a definite noun ("الحنكور السقطري");
/// - a person read over the last words of a name goes back over its plain first words to a definite noun and a
///   country's adjective ("الرحالة الفرنسي بيار لوي جون ماري");
/// - an indefinite plural in -ات read alone as a place and a place read after the و of the next word are one place
///   ("من بحيرات وعيل");
/// - a known town right after a company's noun, inside its longer name ("شركة جوبا للتجارة"), is no place there;
/// - a fused عبد-given name, a plain father's name and a nisba family name are a person ("عبدالعزيز مشاري الخضيري"), and
///   so are a given name, a father's name and a nisba right after a body's name before "إن" or a comma.
/// English and French:
/// - a country's acronym read in a capitalized word of three letters at most ("ministre de l'Eau": EAU) is no country;
/// - en: a name opening with "Journal of" or ending with "Journal" is a body (a publication), no place or person;
/// - en: one capitalized word between commas after a body's name, before a lowercase verb, that holds the first five
///   letters of one of its words ("Hydrometeorological Service, Kyrgyzhydromet, warned") is another name of the body;
/// - en: a name after a comma whose last word repeats the lowercase noun before the comma ("a second undersea link,
///   Harmony Link,") is that place;
/// - fr: a name read over a lowercase nationality adjective right after a body's noun ("l'ONG malienne Baobab Vivant") is
///   that body without the adjective, the adjective its country again.
/// `refineS49a` runs after `refineS48L` (before `refineCP15`). Cost: every rule is gated on the article's language, the
/// token-scanning ones and most others also on their trigger keys in the article (`articleHas`: the city-states, the generic nouns with their clitics, the area nouns,
/// the port nouns, the body nouns and بن, the definite institutions, شركة, the titles, "journal", the repeated nouns,
/// the French body nouns); the dateline rule reads the first two lines' first tokens; the coordination, city, company,
/// title, no-name, nationality, plural, journal, appositive, acronym and French rules read only mentions of one type and
/// one to three tokens around each; the head rules test each Arabic token's key against one small set (one hash probe)
/// before reading two to four tokens.
extension NameFinder {
    mutating func refineS49a() {
        guard tokens.count > 2 else { return }
        switch language {
        case "en" where !mentions.isEmpty:
            s49aLatinAcronymCountryInWord()
            s49aEnglishJournals()
            s49aEnglishAppositivePlaces()
            s49aEnglishEraAndGenusWords()
            s49aFormerNames()
            s49aEnglishContractedNames()
        case "fr" where !mentions.isEmpty:
            s49aLatinAcronymCountryInWord()
            s49aFrenchNationalityInBodyName()
            s49aFrenchMemorials()
            s49aFormerNames()
        case "ar":
            s49aArabic()
        default:
            break
        }
    }

    mutating func s49aArabic() {
        s49aArabicDatelineCityStates()
        s49aArabicFeatureHeads()
        s49aArabicCoordinatedPlaces()
        s49aArabicCityNisba()
        s49aArabicPortsAfterGivenNames()
        s49aArabicBodiesAfterPersons()
        s49aArabicDefiniteInstitutions()
        s49aArabicCompanyOverCountry()
        s49aArabicBodyBeforeTitle()
        s49aArabicNotNames()
        s49aArabicNamesAfterNationality()
        s49aArabicPluralConstructPlaces()
        s49aArabicTownsInsideCompanies()
        s49aArabicFusedAbdNames()
        s49aArabicPersonsAfterBodies()
    }

    /// A place mention's last word is `key`, apart from tokens `a..<b`.
    func s49aPlaceElsewhere(_ key: String, apartFrom s: Int, _ e: Int) -> Bool {
        anyMention(where: { $0.type == .place && ($0.end <= s || $0.start >= e) && $0.words.last.map { PhraseMatcher.same($0, key) } == true })
    }

    // MARK: - Datelines

    /// City-states and capitals named like their country, in the forms datelines give them.
    /// (Not "الجزائر": the gold sets count Algiers there only when the article names the city apart.)
    static let s49aCityStates = h18Keys(["الكويت", "جيبوتي", "سنغافورة", "تونس", "موناكو", "الفاتيكان", "بنما", "غواتيمالا", "لوكسمبورغ"])

    /// "الكويت - 7 - 12 (كونا) --", "تونس في 2 ديسمبر /وات/": a city-state's name opening the text's first or second line,
    /// before a dash, a comma, a number or "في" + a number, is a place as well as its country.
    mutating func s49aArabicDatelineCityStates() {
        guard articleHas(Self.s49aCityStates) else { return }
        var starts: [Int] = []
        if let a0 = tokens.indices.first(where: { tokens[$0].kind == .word }) {
            starts.append(a0)
            var k = a0 + 1
            while k < tokenCount, k < 80, !tokens[k].newlineBefore { k += 1 }
            if k < tokenCount, k < 80 { starts.append(k) }
        }
        var added: [Mention] = []
        for a in starts where h36Arabic(a) && Self.s49aCityStates.contains(tokens[a]) && a + 2 < tokenCount {
            let n = a + 1
            let dated = keyIs(n, "-") || keyIs(n, "–") || keyIs(n, "،") || keyIs(n, ",") || tokens[n].kind == .number
                || keyIs(n, "في") && tokens[n + 1].kind == .number
            guard dated else { continue }
            let (s, e) = (tokens[a].start, tokens[a].end)
            guard anyMention(where: { $0.type == .country && $0.start == s && $0.end == e }),
                  !anyMention(where: { $0.type != .country && $0.start < e && $0.end > s }) else { continue }
            var m = mention(a, a + 1, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }

    // MARK: - Generic nouns of places

    static let s49aQuotes = h18Keys(["\"", "«", "“", "”", "'"])
    static let s49aFeatureHeads = H36Heads(["خور", "ساحل", "محمية", "بحر"])
    /// Common words after those nouns ("بحر الأسبوع", "ساحل البحر", "محمية الطبيعة"): no names.
    static let s49aFeatureNotNames = h18Keys(["البحر", "المحيط", "الأسبوع", "الأيام", "العام", "الشهر", "السنة", "الساعة", "الليل",
        "النهار", "الطبيعة", "الحياة", "الرمال", "الشمال", "الجنوب", "الشرق", "الغرب", "الدولة", "المدينة", "المنطقة"])

    /// "في خور الصبية", "إلى ساحل الخيران جنوبا", "في محمية الجهراء الطبيعية", "حقول بحر العرب": the generic noun + a
    /// definite name word is one place; a name word like a nisba only when the article reads it as a
    /// place elsewhere.
    mutating func s49aArabicFeatureHeads() {
        let heads = Self.s49aFeatureHeads
        guard articleHas(heads.set) else { return }
        var puts: [(Int, Int, Int)] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard h36Arabic(k), let skip = h36CliticPrefix(k, heads), skip <= 1 else { continue }
            // (Not a title in quotation marks: the novel "بحر الأسرار", quoted whole.)
            let quoted = k >= 1 && tokens[k - 1].kind == .punct && Self.s49aQuotes.contains(tokens[k - 1])
            let p = k + 1
            guard h36Arabic(p), tokens[p].spaceBefore, Self.arabicHasPrefix(tokens[p].key, "ال"), PlainText.count(tokens[p].key) >= 5,
                  s41ArabicNameWord(p), !Self.s49aFeatureNotNames.contains(tokens[p]), !arabicFlags(p).contains(.head),
                  !arabicFlags(p).contains(.orgHead) else { continue }
            if h36Nisba(p), !s49aPlaceElsewhere(tokens[p].key, apartFrom: tokens[k].start, tokens[p].end) { continue }
            // (Not over a generic nisba after it, "الطبيعية": the headline's "محمية X" is then the body's place.)
            let b = p + 1
            if quoted, b < tokenCount, tokens[b].kind == .punct, Self.s49aQuotes.contains(tokens[b]) { continue }
            let (s, e) = (tokens[k].start + skip, tokens[b - 1].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.type == .country || $0.start < s || $0.end > e
                || $0.type == .place && $0.start <= s && $0.end >= e) }) { k = b - 1; continue }
            puts.append((k, b, skip))
            k = b - 1
        }
        for (a, b, skip) in puts { h27Replace(a, b, with: h36Mention(a, b, skip: skip, type: .place), overKnown: true) }
    }

    // MARK: - Coordinated places

    static let s49aAreaHeads = H36Heads(["منطقة", "مدينة", "محافظة", "ولاية", "بلدة", "قرية", "جزيرة", "حي", "ضاحية"])
    static let s49aAreaTriggers = h18Keys(["منطقة", "بمنطقة", "لمنطقة", "ومنطقة", "مدينة", "بمدينة", "لمدينة", "ومدينة", "محافظة",
        "بمحافظة", "ومحافظة", "ولاية", "بولاية", "بلدة", "ببلدة", "قرية", "بقرية", "جزيرة", "بجزيرة", "حي", "بحي", "ضاحية"])

    /// "في منطقة كاظمة والمطلاع بالتعاون مع …": a definite name joined by و right after a place read with its area noun is
    /// a place too (not a plural or a nisba, not a common noun of the list's end, no definite adjective after it). (A
    /// place read over the three words stays: "محافظة أريحا والأغوار" is one governorate's name.)
    mutating func s49aArabicCoordinatedPlaces() {
        guard articleHas(Self.s49aAreaTriggers) else { return }
        let heads = Self.s49aAreaHeads
        var added: [Mention] = []
        for i in mentions.indices where mentions[i].type == .place {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end, h36Arabic(z) else { continue }
            guard h36CliticPrefix(a, heads) != nil || a >= 1 && h36CliticPrefix(a - 1, heads) != nil else { continue }
            let j = z + 1
            guard s49aCoordinatedName(j) else { continue }
            var m = l14DropClitic(mention(j, j + 1, type: .place, evidence: .cue), 1)
            m.placeContext = true
            added.append(m)
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }

    /// Token `j` is "و" + a definite name word (no plural, nisba, head, list-closing common noun or actor), no reading over
    /// it, and no definite adjective after it.
    func s49aCoordinatedName(_ j: Int) -> Bool {
        guard j < tokenCount, h36Arabic(j), tokens[j].spaceBefore, keyStarts(j, "وال"), PlainText.count(tokens[j].key) >= 6,
              s41ArabicNameWord(j), !arabicFlags(j).contains(.head), !arabicFlags(j).contains(.orgHead),
              !Self.ar15NotListedPlaces.contains(tokens[j]), !Self.s42ArabicActorNouns.contains(tokens[j]) else { return false }
        let key = tokens[j].key
        if PlainText.hasSuffix(key, "ين") || PlainText.hasSuffix(key, "ون") || PlainText.hasSuffix(key, "ات") || PlainText.hasSuffix(key, "ي")
            || PlainText.hasSuffix(key, "يه") { return false }
        let (s, e) = (tokens[j].start, tokens[j].end)
        if anyMention(where: { $0.start < e && $0.end > s }) { return false }
        // (No definite adjective after it: "والضفة الغربية" is left to the known names.)
        if j + 1 < tokenCount, h36Arabic(j + 1), tokens[j + 1].spaceBefore, Self.arabicHasPrefix(tokens[j + 1].key, "ال") { return false }
        return true
    }

    // MARK: - Cities named after persons

    static let s49aCityHead = H36Heads(["مدينة"])
    /// Nisbas of a compass point or an age after a town: no part of its name ("مدينة الموصل الشمالية").
    static let s49aNotCityNisbas = h18Keys(["الشمالية", "الجنوبية", "الشرقية", "الغربية", "الوسطى", "القديمة", "الحدودية", "الساحلية",
        "الجبلية", "الصغيرة", "الكبيرة", "المقدسة", "التاريخية", "الأثرية", "المنكوبة", "المحاصرة"])

    /// "مدينة صباح السالم الجامعية", "مدينة زايد الأول الصناعية": a town read as "مدينة" + two name words or more (not a
    /// known place) takes the feminine nisba right after it.
    mutating func s49aArabicCityNisba() {
        guard articleHas(Self.s49aAreaTriggers) else { return }
        let head = Self.s49aCityHead
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z - a >= 2, mentions[i].end == tokens[z].end, let skip = h36CliticPrefix(a, head),
                  mentions[i].start == tokens[a].start + skip else { continue }
            let b = z + 1
            guard b < tokenCount, h36Arabic(b), tokens[b].spaceBefore, Self.arabicHasPrefix(tokens[b].key, "ال"), PlainText.count(tokens[b].key) >= 7,
                  PlainText.hasSuffix(tokens[b].key, "يه"), !isCountry[b], s41ArabicNameWord(b), !Self.s49aNotCityNisbas.contains(tokens[b]) else { continue }
            let (s, e) = (tokens[b].start, tokens[b].end)
            if anyMention(where: { $0.start < e && $0.end > s }) { continue }
            var m = h36Mention(a, b + 1, skip: skip, type: .place)
            m.placeContext = true
            changes.append((i, m))
        }
        for (i, m) in changes { mentions[i] = m }
    }

    // MARK: - Ports named after persons

    static let s49aPortHeads = H36Heads(["ميناء", "مطار"])
    static let s49aPortNameAdjectives = h18Keys(["الكبير", "الصناعي", "التجاري", "الدولي", "البحري", "الجديد"])

    /// "عبر ميناء راشد الكبير", "في مطار حمد الدولي": a port's or an airport's noun + a given name (and "الكبير" or a port's
    /// adjective) is a place.
    mutating func s49aArabicPortsAfterGivenNames() {
        let heads = Self.s49aPortHeads
        guard articleHas(heads.set) else { return }
        var puts: [(Int, Int, Int)] = []
        for k in 0..<(tokenCount - 1) where h36Arabic(k) {
            guard let skip = h36CliticPrefix(k, heads), skip <= 1 else { continue }
            let p = k + 1
            guard h36Arabic(p), tokens[p].spaceBefore, !isArabicDefinite(p), s41ArabicNameWord(p), PlainText.count(tokens[p].key) >= 3,
                  !Self.h15ArabicPortAdjectives.contains(tokens[p]), !arabicFlags(p).contains(.head) else { continue }
            var b = p + 1
            let adjective = b < tokenCount && h36Arabic(b) && tokens[b].spaceBefore && Self.s49aPortNameAdjectives.contains(tokens[b])
            // A given name alone, or any name word before the port's adjective ("ميناء مبارك الكبير").
            guard adjective || ar15Given(p) || isGivenNameKey(p) else { continue }
            if adjective { b += 1 }
            let (s, e) = (tokens[k].start + skip, tokens[b - 1].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.type == .country || $0.known != nil || $0.start < s || $0.end > e
                || $0.type == .place && $0.start <= s && $0.end >= e) }) { continue }
            puts.append((k, b, skip))
        }
        for (a, b, skip) in puts { h27Replace(a, b, with: h36Mention(a, b, skip: skip, type: .place), overKnown: false) }
    }

    // MARK: - Bodies named after persons

    static let s49aBodyHeads = H36Heads(["مركز", "مؤسسة", "جامعة", "معهد", "مستشفى", "مكتبة", "متحف", "كلية", "أكاديمية", "صندوق"])
    static let s49aSon = h18Keys(["بن", "بنت"])

    /// "الباحث في مركز خليفة بن زايد للأبحاث", "مؤسسة سلطان بن علي للثقافة": a body's noun + a person's name with بن + a
    /// definite ل-phrase (and its nisba adjectives) is one body; the person read inside it goes.
    mutating func s49aArabicBodiesAfterPersons() {
        let heads = Self.s49aBodyHeads
        guard articleHas(heads.set), articleHas(Self.s49aSon) else { return }
        var changes: [(Int, Int, Int, Int)] = []   // (person mention, head token, end, clitic)
        for i in mentions.indices where mentions[i].type == .person {
            guard let (a, z) = seedSpan(i), a >= 1, mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end,
                  (a..<z).contains(where: { h23Key($0, Self.s49aSon) }), let skip = h36CliticPrefix(a - 1, heads), skip <= 1 else { continue }
            let l = z + 1
            guard l < tokenCount, h36Arabic(l), tokens[l].spaceBefore, keyStarts(l, "لل"), PlainText.count(tokens[l].key) >= 5,
                  s41ArabicNameWord(l) else { continue }
            var b = l + 1
            while b < tokenCount, b - l <= 2, h36Nisba(b), !isCountry[b], tokens[b].spaceBefore { b += 1 }
            let (s, e) = (tokens[a - 1].start + skip, tokens[b - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
            changes.append((i, a - 1, b, skip))
        }
        guard !changes.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, h, b, skip) in changes {
            drop.insert(i)
            let m = h36Mention(h, b, skip: skip, type: .organization)
            for j in mentions.indices where j != i && mentions[j].type != .country && mentions[j].start >= m.start && mentions[j].end <= m.end { drop.insert(j) }
            added.append(m)
        }
        replaceMentions(removing: drop, adding: added)
    }

    // MARK: - Definite institutions

    static let s49aInstitutions = H36Heads(["المتحف", "المكتبة", "المسرح", "الأرشيف", "الكلية", "الأكاديمية", "المعهد", "الحرس"])
    static let s49aGuard = h18Keys(["الحرس", "والحرس", "بالحرس", "للحرس"])
    static let s49aNationalAdjectives = h18Keys(["الوطني", "الوطنية", "الملكي", "الملكية", "الجمهوري", "الرئاسي", "الأميري", "الأميرية",
        "السلطاني", "السلطانية"])

    /// "في المتحف الوطني بالرياض", "الأكاديمية البحرية العسكرية", "ضبط الحرس الساحلي": a definite institution's noun + a
    /// national or royal adjective, or + two nisba adjectives (a guard + one), is a body.
    mutating func s49aArabicDefiniteInstitutions() {
        let heads = Self.s49aInstitutions
        guard articleHas(heads.set) else { return }
        var puts: [(Int, Int, Int)] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            // (Not after و: "الأرشيف والمكتبة الوطنية" is one body of two nouns.)
            guard h36Arabic(k), let skip = h36CliticPrefix(k, heads), skip <= 1, !(skip == 1 && keyStarts(k, "و")) else { continue }
            let p = k + 1
            guard h36Arabic(p), tokens[p].spaceBefore, h36Nisba(p), !isCountry[p], s41ArabicNameWord(p) else { continue }
            var b = p + 1
            if Self.s49aNationalAdjectives.contains(tokens[p]) || h23Key(k, Self.s49aGuard) {
                // (one adjective names it)
            } else if b < tokenCount, h36Nisba(b), !isCountry[b], tokens[b].spaceBefore, s41ArabicNameWord(b) {
                b += 1
            } else { continue }
            let (s, e) = (tokens[k].start + skip, tokens[b - 1].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.type == .country || $0.known != nil || $0.start < s || $0.end > e
                || $0.type == .organization && $0.start <= s && $0.end >= e) }) { k = b - 1; continue }
            puts.append((k, b, skip))
            k = b - 1
        }
        for (a, b, skip) in puts { h27Replace(a, b, with: h36Mention(a, b, skip: skip, type: .organization), overKnown: false) }
    }

    // MARK: - Companies in construct with a country

    static let s49aCompanyHeads = H36Heads(["شركة"])

    /// "وفقا لمتطلبات شركة تنمية نفط عمان التي …", "شركة مطارات قطر": a company read up to an indefinite noun in construct
    /// (no article, no ة or nisba ending) takes the country's name right after it (the noun's genitive); the country stays.
    mutating func s49aArabicCompanyOverCountry() {
        guard articleHas(Self.s49aCompanyHeads.set) else { return }
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, mentions[i].end == tokens[z].end, let skip = h36CliticPrefix(a, Self.s49aCompanyHeads),
                  mentions[i].start == tokens[a].start + skip, h36Arabic(z), !isArabicDefinite(z), !isCountry[z] else { continue }
            let key = tokens[z].key
            guard PlainText.count(key) >= 3, !PlainText.hasSuffix(key, "ه"), !PlainText.hasSuffix(key, "ي"), !PlainText.hasSuffix(key, "ين"),
                  !PlainText.hasSuffix(key, "ات") else { continue }
            let c = z + 1
            guard c < tokenCount, h36Arabic(c), tokens[c].spaceBefore, isCountry[c], !Self.arabicHasPrefix(tokens[c].key, "و"),
                  !PlainText.hasSuffix(tokens[c].key, "يه"), !PlainText.hasSuffix(tokens[c].key, "ي") else { continue }
            let (s, e) = (tokens[c].start, tokens[c].end)
            guard anyMention(where: { $0.type == .country && $0.start == s && $0.end == e }),
                  !anyMention(where: { $0.type != .country && $0.start < e && $0.end > s }) else { continue }
            // (A single word after it that goes on the name, "شركة نفط عمان للتسويق", leaves it to the other rules.)
            var m = h36Mention(a, c + 1, skip: skip, type: .organization)
            m.evidence = mentions[i].evidence
            m.parenthesized = mentions[i].parenthesized
            mentions[i] = m
        }
    }

    // MARK: - A body running into a title

    static let s49aTitleWords = h18Keys(["الرئيس", "المدير", "الأمين", "رئيس", "مدير", "الناطق", "المتحدث"])
    static let s49aTitleTriggers = h18Keys(["الرئيس", "المدير", "الأمين", "الناطق", "المتحدث"])

    /// "ووقع العقد عن الشركة العمانية الرئيس التنفيذي المهندس …": a body (not known) read on over a definite title is
    /// cut before it; a definite generic head and its nisba left alone name no body.
    mutating func s49aArabicBodyBeforeTitle() {
        guard articleHas(Self.s49aTitleTriggers) else { return }
        var drop = Set<Int>()
        var cuts: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z >= a + 2, mentions[i].end == tokens[z].end, h36Arabic(a) else { continue }
            guard let t = ((a + 1)...z).first(where: { h23Key($0, Self.s49aTitleTriggers) }) else { continue }
            let clitic = mentions[i].start - tokens[a].start
            guard clitic >= 0, clitic <= 1 else { continue }
            if t == a + 2, h23Key(a, Self.h42ArabicGenericHeads) || clitic == 1 && h36CliticPrefix(a, Self.s49aGenericDefiniteHeads) != nil,
               h36Nisba(a + 1) || isCountry[a + 1] {
                drop.insert(i)
            } else if t - a >= 2 {
                cuts.append((i, a, t))
            }
        }
        for (i, a, t) in cuts {
            var m = l14DropClitic(mention(a, t, type: .organization, evidence: mentionEvidence(i)), mentions[i].start - tokens[a].start)
            m.parenthesized = mentions[i].parenthesized
            mentions[i] = m
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s49aGenericDefiniteHeads = H36Heads(["الهيئة", "الشركة", "الوزارة", "المؤسسة", "الجمعية", "الإدارة", "المديرية"])

    // MARK: - No names

    /// Compass words and common nouns of the world that no place is alone.
    static let s49aLoneFeatureHeads = H36Heads(["مضيق", "خليج", "بحر", "نهر", "قناة", "بحيرة", "جبل", "هضبة", "صحراء", "سهل"])
    static let s49aNotPlaces = h18Keys(["شرق", "غرب", "شمال", "جنوب", "وسط", "العالم", "المنطقة", "البلاد", "الخارج", "الداخل"])

    /// "بين سيبيريا وشرق أفريقيا" (a compass word alone), "مناطق العالم": no places; "ودعت الهيئة المواطنين والمقيمين":
    /// a definite generic head + a definite plural (its verb's object) is no body; "التعداد الدولي للطيور المائية": a
    /// definite ل-noun and its feminine nisba are no person; "طيور الحنكور السقطري": a known place's name read as a nisba
    /// adjective after a definite noun is no place.
    mutating func s49aArabicNotNames() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil || mentions[i].type == .place {
            guard let (a, z) = seedSpan(i), h36Arabic(a), h36Arabic(z) else { continue }
            let clitic = mentions[i].start - tokens[a].start
            switch mentions[i].type {
            case .place where mentions[i].known == nil:
                if a == z, clitic >= 0, clitic <= 1, Self.s49aNotPlaces.contains(String(tokens[a].key.unicodeScalars.dropFirst(clitic))) { drop.insert(i) }
                // (A strait's, a gulf's or a river's noun alone, read after a known place and و: "البحر الأحمر ومضيق باب المندب".)
                else if a == z, h36CliticPrefix(a, Self.s49aLoneFeatureHeads) != nil, a + 1 < tokenCount, h36Arabic(a + 1), tokens[a + 1].spaceBefore { drop.insert(i) }
            case .place:
                // (A known place: "السقطري" after "الحنكور" is its nisba.)
                if a == z, a >= 1, clitic == 0, Self.arabicHasPrefix(tokens[a].key, "ال"), PlainText.hasSuffix(tokens[a].key, "ي"),
                   !mentions[i].words.isEmpty, h36Arabic(a - 1), tokens[a].spaceBefore, Self.arabicHasPrefix(tokens[a - 1].key, "ال"),
                   !arabicFlags(a - 1).contains(.placeHead), !arabicFlags(a - 1).contains(.head), !h36Stop(a - 1),
                   !anyMention(where: { $0.start <= tokens[a - 1].start && $0.end >= tokens[a - 1].end }) {
                    drop.insert(i)
                }
            case .organization:
                if z == a + 1, clitic == 0, h23Key(a, Self.h42ArabicGenericHeads), isArabicDefinite(z), PlainText.hasSuffix(tokens[z].key, "ين"),
                   !isCountry[z] { drop.insert(i) }
                else if z >= a + 2, clitic == 0, h23Key(a, Self.h42ArabicGenericHeads), isArabicDefinite(a + 1), PlainText.hasSuffix(tokens[a + 1].key, "ين"),
                   !isCountry[a + 1], keyStarts(z, "وال") { drop.insert(i) }
            case .person:
                if z == a + 1, keyStarts(a, "لل"), Self.arabicHasPrefix(tokens[z].key, "ال"), PlainText.hasSuffix(tokens[z].key, "يه") { drop.insert(i) }
            default:
                break
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Latin script

    /// "au ministre de l'Eau et de l'Énergie", "Us too": a country's acronym ("EAU", "US") read in a capitalized word of
    /// three letters at most (not in capitals) is no country.
    mutating func s49aLatinAcronymCountryInWord() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .country {
            guard let (a, z) = seedSpan(i), a == z, tokens[a].script == .latin, tokens[a].kind == .word, tokens[a].capitalized, !tokens[a].allCaps,
                  PlainText.count(tokens[a].key) <= 3, mentions[i].start == tokens[a].start, mentions[i].end == tokens[a].end else { continue }
            drop.insert(i)
        }
        guard !drop.isEmpty else { return }
        for i in drop { if let (a, _) = seedSpan(i) { isCountry[a] = false } }
        replaceMentions(removing: drop)
    }

    static let s49aJournal = h18Keys(["journal"])

    /// "submitted to the Journal of Vertebrate Paleontology": a name (not known) opening with "Journal of" or ending
    /// with "Journal" is a publication, a body (no place, no person).
    mutating func s49aEnglishJournals() {
        guard articleHas(Self.s49aJournal) else { return }
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .organization && mentions[i].type != .country {
            guard let (a, z) = seedSpan(i), z > a, mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end else { continue }
            let opens = tokens[a].capitalized && Self.s49aJournal.contains(tokens[a]) && keyIs(a + 1, "of") && z >= a + 2
            let ends = tokens[z].capitalized && Self.s49aJournal.contains(tokens[z])
            guard opens || ends else { continue }
            mentions[i].type = .organization
            mentions[i].evidence = .cue
            mentions[i].placeContext = false
        }
    }

    /// Lowercase nouns of a line, a link or a work that a name after a comma may repeat.
    static let s49aAppositiveNouns = h18Keys(["link", "cable", "pipeline", "bridge", "tunnel", "canal", "dam", "interconnector", "line",
        "railway", "highway", "expressway", "motorway", "port", "terminal", "reservoir"])

    /// "a second undersea link, Harmony Link, to Poland", "the new bridge, Danube Bridge,": a name (not known) read as a
    /// person or untyped, after a comma, whose last word repeats the lowercase noun before the comma is that place.
    mutating func s49aEnglishAppositivePlaces() {
        guard articleHas(Self.s49aAppositiveNouns) else { return }
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .person || mentions[i].type == nil) {
            guard let (a, z) = seedSpan(i), z > a, a >= 2, mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end,
                  keyIs(a - 1, ","), tokens[a - 2].kind == .word, !tokens[a - 2].capitalized,
                  Self.s49aAppositiveNouns.contains(tokens[a - 2]), PhraseMatcher.same(tokens[a - 2].key, tokens[z].key) else { continue }
            mentions[i].type = .place
            mentions[i].evidence = .cue
            mentions[i].placeContext = true
        }
    }

    /// "travailler avec l'ONG camerounaise Sanaga Vivante", "la société malienne Kayes Ciment": a name read over a lowercase
    /// nationality adjective right after a lowercase noun of a body is that body, without the adjective (its country
    /// back as a country).
    mutating func s49aFrenchNationalityInBodyName() {
        guard articleHas(Self.s47FrenchBodyNouns) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .person || mentions[i].type == nil) {
            guard let (a, z) = seedSpan(i), z > a, a >= 1, mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end,
                  tokens[a].kind == .word, !tokens[a].capitalized, tokens[a - 1].kind == .word, Self.s47FrenchBodyNouns.contains(tokens[a - 1]),
                  tokens[a + 1].capitalized, lex.countries.mayStart(tokens, at: a), let c = lex.countries.match(tokens, at: a, language: language),
                  c.length == 1, case .country = lex.targets[Int(c.payloads[0])] else { continue }
            fixes.append((i, a, z))
        }
        guard !fixes.isEmpty else { return }
        var added: [Mention] = []
        for (i, a, z) in fixes {
            var m = mention(a + 1, z + 1, type: .organization, evidence: .cue)
            m.parenthesized = false
            mentions[i] = m
            if let c = lex.countries.match(tokens, at: a, language: language), case .country(let code) = lex.targets[Int(c.payloads[0])],
               !anyMention(where: { $0.type == .country && $0.start == tokens[a].start }) {
                isCountry[a] = true
                added.append(mention(a, a + 1, type: .country, evidence: .known, code: code))
            }
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }

    // MARK: - Persons after a nationality

    /// "دفعت المستكشف البريطاني هاري سانت جون فيلبي إلى …": a person (not known) read over the last words of a name whose
    /// first words (plain, with no article) follow a definite noun and a country's adjective goes back over them.
    mutating func s49aArabicNamesAfterNationality() {
        var changes: [(Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end, h36Arabic(a) else { continue }
            var j = a
            while j > 0, a - j < 3, h36Arabic(j - 1), tokens[j].spaceBefore, !isArabicDefinite(j - 1), !isCountry[j - 1], s41ArabicNameWord(j - 1),
                  !arabicFlags(j - 1).contains(.head), !arabicFlags(j - 1).contains(.orgHead), PlainText.count(tokens[j - 1].key) >= 3,
                  !keyStarts(j - 1, "و"), !anyMention(where: { $0.start < tokens[j - 1].end && $0.end > tokens[j - 1].start }) { j -= 1 }
            guard j < a, j >= 2, isCountry[j - 1], isArabicDefinite(j - 1), h36Arabic(j - 2), isArabicDefinite(j - 2), !isCountry[j - 2],
                  PlainText.hasSuffix(tokens[j - 1].key, "ي") else { continue }
            changes.append((i, j))
        }
        for (i, j) in changes {
            let z = seedSpan(i)!.1
            var m = mention(j, z + 1, type: .person, evidence: mentionEvidence(i))
            m.placeContext = false
            mentions[i] = m
        }
    }

    // MARK: - A plural noun in construct with a name in و

    /// "على بعد 40 كيلومترا من فوهات وبار": an indefinite plural noun (in -ات) read alone as a place and a place read after
    /// the و of the next word are one place, the word's و its first letter (a plural noun in construct takes no
    /// conjunction after it; both readings were guesses).
    mutating func s49aArabicPluralConstructPlaces() {
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), a == z, mentions[i].start == tokens[a].start, mentions[i].end == tokens[a].end, h36Arabic(a),
                  !isArabicDefinite(a), PlainText.hasSuffix(tokens[a].key, "ات"), PlainText.count(tokens[a].key) >= 4 else { continue }
            let w = a + 1
            guard h36Arabic(w), tokens[w].spaceBefore, keyStarts(w, "و"), PlainText.count(tokens[w].key) >= 3 else { continue }
            let (s, e) = (tokens[w].start, tokens[w].end)
            guard let j = firstMentionIndex(where: { $0.type == .place && $0.known == nil && $0.start == s + 1 && $0.end == e }),
                  !anyMention(where: { $0.start < e && $0.end > s && $0.type != .place }) else { continue }
            fixes.append((i, j, a))
        }
        guard !fixes.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, j, a) in fixes where !drop.contains(i) && !drop.contains(j) {
            drop.insert(i)
            drop.insert(j)
            var m = mention(a, a + 2, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        replaceMentions(removing: drop, adding: added)
    }

    // MARK: - English: an era's adjective, a genus

    static let s49aEraNouns = h18Keys(["era", "times", "period", "genus"])

    /// "built in the Soviet era", "in Tsarist times": one capitalized word (not known) read as a place or untyped on a
    /// guess right before a lowercase "era", "times" or "period" is an adjective of the age, no name; "of the genus
    /// Rapetosaurus": a word right after a lowercase "genus" is a taxon, no body or place.
    mutating func s49aEnglishEraAndGenusWords() {
        guard articleHas(Self.s49aEraNouns) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && mentions[i].evidence == .guess && mentions[i].type != .person
            && mentions[i].type != .country {
            guard let (a, z) = seedSpan(i), a == z, mentions[i].start == tokens[a].start, mentions[i].end == tokens[a].end else { continue }
            if z + 1 < tokenCount, tokens[z + 1].kind == .word, !tokens[z + 1].capitalized, tokens[z + 1].spaceBefore,
               Self.s49aEraNouns.contains(tokens[z + 1]), !keyIs(z + 1, "genus") {
                drop.insert(i)
            } else if a >= 1, tokens[a - 1].kind == .word, !tokens[a - 1].capitalized, keyIs(a - 1, "genus") {
                drop.insert(i)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - French: a memorial named after a person

    static let s49aMemorials = h18Keys(["mémorial", "mausolée"])

    /// "au Mémorial Pierre Savorgnan de Brazza", "le Mausolée Marien Ngouabi": a capitalized memorial's noun right before a
    /// person's name is one place (the venue); the person named elsewhere stays.
    mutating func s49aFrenchMemorials() {
        guard articleHas(Self.s49aMemorials) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .person {
            guard let (a, z) = seedSpan(i), a >= 1, mentions[i].start == tokens[a].start, mentions[i].end == tokens[z].end,
                  tokens[a - 1].kind == .word, tokens[a - 1].capitalized, tokens[a].spaceBefore, Self.s49aMemorials.contains(tokens[a - 1]) else { continue }
            fixes.append((i, a - 1, z + 1))
        }
        guard !fixes.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, a, b) in fixes {
            drop.insert(i)
            let (s, e) = (tokens[a].start, tokens[b - 1].end)
            for j in mentions.indices where j != i && mentions[j].type != .country && mentions[j].start >= s && mentions[j].end <= e { drop.insert(j) }
            var m = mention(a, b, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        replaceMentions(removing: drop, adding: added)
    }

    // MARK: - A town's former name beside its present one

    static let s49aPresentWords = h18Keys(["actuelle", "actuel", "present-day", "modern-day"])

    /// "Loubomo, l'actuelle Dolisie", "Léopoldville (actuelle Kinshasa)", "Salisbury, present-day Harare": a place, then a
    /// comma or a bracket, "l'actuelle"/"actuel"/"present-day" and another place: one town, the second name another of
    /// its names (its reading goes, its name joins the first's).
    mutating func s49aFormerNames() {
        guard articleHas(Self.s49aPresentWords) else { return }
        var fixes: [(Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .place {
            guard let (_, z) = seedSpan(i), mentions[i].end == tokens[z].end, z + 3 < tokenCount, keyIs(z + 1, ",") || keyIs(z + 1, "(") else { continue }
            var p = z + 2
            if tokens[p].kind == .elision || keyIs(p, "l'") || keyIs(p, "l’") { p += 1 }
            guard p + 1 < tokenCount, tokens[p].kind == .word, !tokens[p].capitalized, Self.s49aPresentWords.contains(tokens[p]) else { continue }
            let s = tokens[p + 1].start
            guard let j = firstMentionIndex(where: { $0.type == .place && $0.start == s }), j != i else { continue }
            fixes.append((i, j))
        }
        guard !fixes.isEmpty else { return }
        var drop = Set<Int>()
        for (i, j) in fixes where !drop.contains(i) && !drop.contains(j) {
            var v = mentions[i].variants
            v.append(mentionSurface(j))
            v.append(contentsOf: mentions[j].variants)
            mentions[i].variants = v
            drop.insert(j)
        }
        replaceMentions(removing: drop)
    }

    // MARK: - A town inside a company's name

    static let s49aFirmHeads = H36Heads(["شركة", "مجموعة"])

    /// "ستتسلمه شركة جوبا للتجارة والخدمات اللوجستية": a known town right after a company's (or a group's) noun, inside
    /// the company's longer name, is no place there (the town named elsewhere in the article stays).
    mutating func s49aArabicTownsInsideCompanies() {
        guard articleHas(Self.s49aFirmHeads.set) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .organization {
            guard let (a, z) = seedSpan(i), z >= a + 2, let skip = h36CliticPrefix(a, Self.s49aFirmHeads), skip <= 1,
                  mentions[i].start == tokens[a].start + skip, mentions[i].end == tokens[z].end else { continue }
            let (s, e) = (tokens[a + 1].start, tokens[a + 1].end)
            for j in mentions.indices where mentions[j].type == .place && mentions[j].known != nil && mentions[j].start == s && mentions[j].end == e {
                drop.insert(j)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - A fused عبد-name, a father's name and a nisba family name

    static let s49aAbdTriggers = h18Keys(["عبدالله", "عبدالعزيز", "عبدالرحمن", "عبدالكريم", "عبدالرحيم", "عبدالمجيد", "عبدالمحسن",
        "عبدالمنعم", "عبدالحميد", "عبدالوهاب", "عبدالقادر", "عبدالناصر", "عبدالسلام", "عبداللطيف", "عبدالحكيم", "عبدالهادي",
        "عبدالجليل", "عبدالفتاح", "عبدالباسط", "عبدالرزاق", "عبدالإله", "عبدالحليم", "عبدالغني"])

    /// "وكان المراقب الهاوي عبدالعزيز مشاري الخضيري قد صور": a fused عبد-given name written as one word, a plain word (the
    /// father's name) and a nisba family name are a person.
    mutating func s49aArabicFusedAbdNames() {
        guard articleHas(Self.s49aAbdTriggers) else { return }
        var added: [Mention] = []
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard h36Arabic(k), Self.s49aAbdTriggers.contains(tokens[k]) else { continue }
            let f = k + 1
            guard h36Arabic(f), tokens[f].spaceBefore, !isArabicDefinite(f), s41ArabicNameWord(f), PlainText.count(tokens[f].key) >= 3,
                  !keyStarts(f, "و"), !arabicFlags(f).contains(.head), !arabicFlags(f).contains(.orgHead), s41NisbaSurname(k + 2) else { continue }
            let m = mention(k, k + 3, type: .person, evidence: .cue)
            let (s, t) = (m.start, m.end)
            if anyMention(where: { $0.start < t && $0.end > s && ($0.type != .person || $0.start <= s && $0.end >= t) }) { continue }
            added.append(m)
            k += 2
        }
        guard !added.isEmpty else { return }
        for m in added {
            mentions.removeAll { $0.type == .person && $0.known == nil && $0.start >= m.start && $0.end <= m.end }
            mentions.append(m)
        }
    }

    // MARK: - A person's name right after the body a title names

    static let s49aThatWords = h18Keys(["إن", "أن", "ان"])

    /// "وقال الباحث في مركز … للفضاء سالم خليفة الطنيجي إن …": right after a body's name, a given name, a plain father's
    /// name and a nisba family name before "إن"/"أن" or a comma are a person (the title's holder).
    mutating func s49aArabicPersonsAfterBodies() {
        var added: [Mention] = []
        for i in mentions.indices where mentions[i].type == .organization {
            guard let (_, z) = seedSpan(i), mentions[i].end == tokens[z].end else { continue }
            let g = z + 1
            guard g + 3 < tokenCount, h36Arabic(g), tokens[g].spaceBefore, ar15Given(g) || isGivenNameKey(g), h36Arabic(g + 1), tokens[g + 1].spaceBefore,
                  !isArabicDefinite(g + 1), s41ArabicNameWord(g + 1), !keyStarts(g + 1, "و"), PlainText.count(tokens[g + 1].key) >= 3,
                  s41NisbaSurname(g + 2), keyIs(g + 3, "،") || h36Arabic(g + 3) && Self.s49aThatWords.contains(tokens[g + 3]) else { continue }
            let m = mention(g, g + 3, type: .person, evidence: .cue)
            if anyMention(where: { $0.start < m.end && $0.end > m.start && ($0.type != .person || $0.start <= m.start && $0.end >= m.end) }) { continue }
            added.append(m)
        }
        guard !added.isEmpty else { return }
        for m in added {
            mentions.removeAll { $0.type == .person && $0.known == nil && $0.start >= m.start && $0.end <= m.end }
            mentions.append(m)
        }
    }

    // MARK: - English: a body's contracted name between commas

    static let s49aListWords = h18Keys(["and", "or", "which", "who", "whose", "the", "a", "an", "its", "their", "as", "of", "in", "on"])

    /// "Kyrgyzstan's Hydrometeorological Service, Kyrgyzhydromet, warned of …": one capitalized word between commas right
    /// after a body's name, before a lowercase word (a verb: no list goes on), that holds the first five letters of one
    /// of the body's words is another name of the body (its own reading goes).
    mutating func s49aEnglishContractedNames() {
        var fixes: [(Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization {
            guard let (_, z) = seedSpan(i), mentions[i].end == tokens[z].end, z + 4 < tokenCount, keyIs(z + 1, ","), keyIs(z + 3, ","),
                  tokens[z + 2].kind == .word, tokens[z + 2].capitalized, !tokens[z + 2].allCaps, tokens[z + 4].kind == .word,
                  !tokens[z + 4].capitalized, !Self.s49aListWords.contains(tokens[z + 4]) else { continue }
            let (s, e) = (tokens[z + 2].start, tokens[z + 2].end)
            guard let j = firstMentionIndex(where: { $0.start == s && $0.end == e && $0.known == nil && $0.type != .person && $0.type != .country && $0.type != .place }) else { continue }
            let short = tokens[z + 2].key
            guard mentions[i].words.contains(where: { w in
                w.unicodeScalars.count >= 6 && short.contains(String(String.UnicodeScalarView(w.unicodeScalars.prefix(5)))) && !PhraseMatcher.same(w, short)
            }) else { continue }
            fixes.append((i, j))
        }
        guard !fixes.isEmpty else { return }
        var drop = Set<Int>()
        for (i, j) in fixes where !drop.contains(j) {
            mentions[i].variants = mentions[i].variants + [mentionSurface(j)]
            drop.insert(j)
        }
        replaceMentions(removing: drop)
    }
}
