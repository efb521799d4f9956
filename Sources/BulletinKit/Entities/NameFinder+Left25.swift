import Foundation

/// Misses seen by hand in the twenty-fifth session, on wire articles no set holds (Belarus and Uzbekistan, a Vietnamese
/// expressway, Kazakh grain and Emirati investment, a Sino-Belarusian park); each a general pattern, tested on other names
/// in EntityLeft25Tests. One pass, `refineLeft25`, run just before `refineCP15`, gated on the language.
///
/// Arabic: "المالي" with the article is the adjective "financial" ("مركز أستانا المالي الدولي", "الوضع المالي") far more
/// often than "Malian": it names Mali only when the article also names the country itself ("مالي", "باماكو" …).
/// Russian: oblasts listed by their adjectives before one plural noun ("акимов Костанайской, Северо-Казахстанской и
/// Акмолинской областей") are each a place, the hyphenated one whole; only the last, next to the noun, was read as one.
/// Russian: an expert's title opening a quoted name («Эксперт РА») is the name of a body, not a title before a person.
/// Vietnamese: a country's name that a pass cut from a body's name and typed a place ("Ủy ban … song phương" + "Việt Nam -
/// Lào") is the country the article names elsewhere in the same words; a lowercase verb after a body's acronym ("Ngân hàng
/// BIDV mở rộng …") is no part of the body's name (a legal form's acronym, "Công ty TNHH một thành viên", goes on); a joint
/// committee's name goes on over "về hợp tác song phương" to the two countries ("Ủy ban hỗn hợp về hợp tác song phương Việt
/// Nam - Malaysia"); "Chính phủ" and a country's name is that country's government, no body of its own (as "le gouvernement").
/// Latin script: spelled numbers opening a sentence ("Twenty-six people …"), storms after their noun ("Typhoon Haiyan") and
/// indices ("Jakarta Composite Index") are no names. English: a lone word after a verb or preposition of motion ("crossed
/// Leyte", "toward Palawan", "off Samar Island") is a place, not the body a lone capitalized word defaults to.
/// Arabic: a body whose name ends in an indefinite noun goes on over the known place that completes it ("مجموعة موانئ أبوظبي").
/// Cyrillic and Latin: a known place's name before a surname is a given name ("Милан Прокопович", "Florence Nkosi").
/// Units (МВт, kW) are no bodies. English: capitalized words listed with commas before a body's "… and … Administration"
/// open it ("Philippine Atmospheric, Geophysical and Astronomical Services Administration"); a portfolio before Secretary or
/// Minister ("Social Welfare Secretary X") is no body. Russian: "МИД" and a country's genitive is one body ("МИД Венгрии").
/// French, Spanish, Portuguese, Italian: a one-word body before a lowercase demonym is named by both ("Rêve géorgien");
/// French: a street's noun and its name are one place ("avenue Roustaveli"); "la Ceinture et la Route" is a programme.
/// Latin script: a person's name does not run over a period into the next sentence's article ("Mohammed V. Le").
/// Chinese: a byline's second reporter after a space ("（记者杨晨阳 苏婉婷）"); a known place before a middle dot and a
/// transliterated name is a given name ("圣地亚哥·包西利").
/// Russian: a quoted name after a pipeline's noun is a place (газопровод "Сила Сибири 2"); names listed after a plural noun of
/// regions or towns are places ("через аймаки Сэлэнгэ, Туве и Дорноговь"); a compass adjective before a known region is part
/// of it ("Западной Сибири"). Vietnamese: a lowercase noun of a place before a name makes it a place ("trạm Củng Sơn", "xã
/// Ia Pa"); a portfolio after "Bộ trưởng" is no family name ("Bộ trưởng Nông nghiệp và …"); a capitalized name after "hãng"
/// or "nhà sản xuất" is a company. Arabic: "الخطوط الجوية" and its country's adjective is an airline; an unknown body ends
/// before a known one after لل ("لجنة السياسة النقدية" + "للبنك المركزي المصري").
/// Russian: "Дом" and its lowercase genitive is one place ("в Доме правительства", "Дом дружбы"). French: a capitalized "Le"
/// inside a sentence right before a person is part of the name ("l'économiste Le Dang Doanh"). English: a known place right
/// before a body's name opens it ("Tashkent International Investment Forum").
/// Latin and Cyrillic: an acronym in parentheses that spells the name before it is that name's, not a known entity's of the
/// same letters ("Caspian Pipeline Consortium (CPC)" is no Communist Party of China). Russian: a company's quoted name
/// after its legal form is the company, even when it opens with a country's stem (ОАО "Беларуськалий").
/// holdout45's patterns: a person ending in a company's English word is the company ("Halyk Finance"); an English byline's
/// name in capitals is a person; "St. Paul" and "Sankt Pölten" are places; a German name hyphenated to a word ending in
/// -tunnel, -bahn, -brücke is a place; Spanish, Portuguese and Italian streets with their noun;
/// "ВЭБ.РФ" is one body; a Russian body whose name holds a capitalized genitive head ("… Агентства по …") is two bodies.
/// Arabic: a name between commas after a title ("وزير التجهيز والماء، نزار بركة، …"); French and English: "Cheikh" after a
/// comma opens a Senegalese given name ("…, Cheikh Diba, a indiqué"); Chinese: names listed before 团队 are its leaders
/// ("潘建伟、朱晓波团队"), and scientists' and analysts' titles.
extension NameFinder {
    mutating func refineLeft25() {
        guard !tokens.isEmpty else { return }
        if hasArabic { l25ArabicFinancialMali() }
        if lang.ru || language == "uk" || language == "be" { l25RussianAdjectiveLists() }
        if lang.ru || language == "uk" || language == "be" { l25RussianQuotedExpertNames() }
        if lang.vi { l25VietnameseCountryNamedAsPlace() }
        if lang.vi { l25VietnameseVerbAfterAcronym() }
        if lang.vi { l25VietnameseJointCommittees() }
        if lang.vi { l25VietnameseGovernments() }
        if !hasHan, !hasArabic { l25LatinNonNames() }
        if language == "en" { l25EnglishPlacesAfterMotion() }
        if hasArabic { l25ArabicBodyOverKnownPlace() }
        if !hasHan, !hasArabic { l25PlaceNamedGivenNameBeforeSurname() }
        l25UnitsAreNoBodies()
        if language == "en" { l25EnglishCommaListBodies() }
        if language == "en" { l25EnglishPortfoliosBeforeTitles() }
        if lang.ru { l25RussianMinistryOfCountry() }
        if lang.fr || lang.es || lang.pt || lang.it { l25RomanceBodyWithDemonym() }
        if lang.fr { l25FrenchStreets() }
        if lang.fr { l25FrenchBeltAndRoad() }
        if !hasHan, !hasArabic { l25PersonEndsBeforeSentence() }
        if hasHan { l25HanSecondReporter() }
        if hasHan { l25HanPlaceNamedGivenName() }
        if lang.ru || language == "uk" { l25RussianQuotedPipelines() }
        if lang.ru || language == "uk" { l25RussianListsAfterPluralNouns() }
        if lang.ru || language == "uk" { l25RussianCompassRegions() }
        if lang.vi { l25VietnamesePlaceNounsBeforeNames() }
        if lang.vi { l25VietnamesePortfolioFamilyName() }
        if lang.vi { l25VietnameseCompanyNouns() }
        if hasArabic { l25ArabicAirlines() }
        if hasArabic { l25ArabicBodyEndsBeforeKnownBody() }
        if lang.ru { l25RussianHouses() }
        if lang.fr { l25FrenchLeInNames() }
        if language == "en" { l25EnglishPlaceOpensBody() }
        if !hasHan, !hasArabic { l25AcronymOfThePrecedingName() }
        if lang.ru || language == "uk" || language == "be" { l25RussianQuotedCompanies() }
        if !hasHan, !hasArabic { l25CompanyWordEndsPerson() }
        if language == "en" { l25AllCapsBylines() }
        if language == "en" || lang.de || lang.fr { l25SaintPlaces() }
        if lang.de { l25GermanFacilities() }
        if lang.es || lang.pt || lang.it { l25RomanceStreets() }
        if lang.ru { l25RussianDottedAcronyms() }
        if lang.ru { l25RussianBodyOfBody() }
        if hasArabic { l25ArabicAppositiveNames() }
        if lang.fr || language == "en" { l25CheikhGivenName() }
        if hasHan { l25HanTeamLeaders() }
    }

    /// Quotation marks that open and close a quoted name in Russian text (« », „ “, " ").
    static let l25OpeningQuotes: WordSet = ["\"", "«", "„", "“"]
    static let l25ClosingQuotes: WordSet = ["\"", "»", "“", "”"]

    // MARK: - Arabic

    /// "المالي": the article (after at most one clitic letter) opens the word.
    static func l25ArabicDefinite(_ text: String) -> Bool {
        var s = Substring(text)
        if let f = s.unicodeScalars.first, "وفبكل".unicodeScalars.contains(f), s.unicodeScalars.count > 4 {
            if s.hasPrefix("لل") { return true }
            s = Substring(s.unicodeScalars.dropFirst())
        }
        return s.hasPrefix("ال") || s.hasPrefix("لل")
    }

    /// Mali read from the definite adjective "المالي" (financial) alone: dropped unless another mention names Mali.
    mutating func l25ArabicFinancialMali() {
        var definite = Set<Int>()
        var named = false
        for i in mentions.indices where mentionType(i) == .country && mentions[i].code == "ML" {
            if let (a, z) = seedSpan(i), a == z, tokens[a].script == .arabic, Self.l25ArabicDefinite(tokens[a].text) {
                definite.insert(i)
            } else {
                named = true
            }
        }
        if !definite.isEmpty, !named { replaceMentions(removing: definite) }
    }

    // MARK: - Russian

    /// Plural (and prepositional) forms of the nouns an adjective list shares: "областей", "краёв", "районов" …
    static let l25RussianRegionPlurals = KeySet(["областей", "областях", "областям", "областями", "области", "краев", "краях", "краям", "края",
                                                  "районов", "районах", "районам"].map { TextFolding.key($0) })

    /// A capitalized Cyrillic adjective in a feminine or masculine oblique case ("Костанайской", "Алтайского").
    func l25CyrillicAdjective(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].kind == .word, tokens[k].script == .cyrillic, tokens[k].capitalized else { return false }
        let key = tokens[k].key
        return PlainText.count(key) >= 6 && (Self.utf8Ends(key, "ской") || Self.utf8Ends(key, "цкой") || Self.utf8Ends(key, "ной")
            || Self.utf8Ends(key, "скую") || Self.utf8Ends(key, "цкую") || Self.utf8Ends(key, "ную")
            || Self.utf8Ends(key, "ского") || Self.utf8Ends(key, "цкого") || Self.utf8Ends(key, "ного"))
    }

    /// The first token of the adjective ending at `z`: a hyphenated compound's first part is taken ("Северо-Казахстанской").
    func l25AdjectiveStart(_ z: Int) -> Int {
        if z >= 2, tokens[z - 1].kind == .punct, tokens[z - 1].text == "-", !tokens[z - 1].spaceBefore, !tokens[z].spaceBefore,
           tokens[z - 2].kind == .word, tokens[z - 2].script == .cyrillic, tokens[z - 2].capitalized { return z - 2 }
        return z
    }

    mutating func l25RussianAdjectiveLists() {
        guard articleHas(Self.l25RussianRegionPlurals) else { return }
        var spans: [(Int, Int)] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let l25RussianRegionPlurals = Self.l25RussianRegionPlurals
        for h in tokens.indices where h >= 3 && tokens[h].script == .cyrillic && tokens[h].kind == .word
            && l25RussianRegionPlurals.contains(tokens[h].key, hash: tokens[h].keyHash) && l25CyrillicAdjective(h - 1) {
            // Back over "A, B и C": each item an adjective, joined by a comma or "и".
            var z = l25AdjectiveStart(h - 1) - 1
            var items: [(Int, Int)] = []
            while z >= 1 {
                let joined = tokens[z].kind == .punct && tokens[z].text == "," || tokens[z].kind == .word && keyIs(z, "и")
                guard joined, l25CyrillicAdjective(z - 1) else { break }
                let a = l25AdjectiveStart(z - 1)
                items.append((a, z))
                z = a - 1
            }
            guard !items.isEmpty else { continue }
            spans.append(contentsOf: items)
            // The last adjective, next to the noun, when no place was read over it ("Могилевскую области").
            let last = l25AdjectiveStart(h - 1), ls = tokens[last].start, le = tokens[h].end
            if !anyMention(where: { $0.type == .place && $0.start < le && $0.end > ls }) { spans.append((last, h)) }
        }
        guard !spans.isEmpty else { return }
        for (a, b) in spans {
            let s = tokens[a].start, e = tokens[b - 1].end
            // What was read over the adjective (a person, a body, the country of "Казахстанской") gives way to the place.
            mentions.removeAll { $0.start < e && $0.end > s && ($0.known == nil || $0.type == .country) }
            var m = mention(a, b, type: .place, evidence: .cue)
            m.placeContext = true
            mentions.append(m)
        }
    }

    /// The titles of experts and analysts (EntityCues.titles) that also open the names of bodies and brands.
    static let l25RussianExpertTitles = KeySet(["эксперт", "эксперта", "экспертом", "аналитик", "аналитика", "аналитиком",
                                                "политолог", "политолога"].map { TextFolding.key($0) })

    /// «Эксперт РА»: a person read after an expert's title that opens a quotation is, with the title, a body's name.
    mutating func l25RussianQuotedExpertNames() {
        guard articleHas(Self.l25RussianExpertTitles) else { return }
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), a >= 2, z + 1 < tokens.count, tokens[a - 1].script == .cyrillic, tokens[a - 1].capitalized,
                  Self.l25RussianExpertTitles.contains(tokens[a - 1].key, hash: tokens[a - 1].keyHash),
                  Self.l25OpeningQuotes.contains(tokens[a - 2].text), Self.l25ClosingQuotes.contains(tokens[z + 1].text) else { continue }
            mentions[i] = mention(a - 1, z + 1, type: .organization, evidence: .cue)
        }
    }

    // MARK: - Vietnamese

    /// A place whose words are those of a country mention of the article becomes that country.
    mutating func l25VietnameseCountryNamedAsPlace() {
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            // (The surface read once: the test read `mentions[i]` for every country, a copy of the mention each time.)
            let surface = mentionSurface(i)
            // (Fields read in place: in this large pass the test of an optional field copied every mention it read.)
            guard let c = mentions.indices.first(where: { mentionType($0) == .country && mentions[$0].code != nil && PlainText.equal(mentionSurface($0), surface) })
            else { continue }
            var m = mentions[c]
            (m.start, m.end) = (mentionStart(i), mentionEnd(i))
            (m.firstToken, m.lastToken) = (mentions[i].firstToken, mentions[i].lastToken)
            m.parenthesized = mentionParenthesized(i)
            mentions[i] = m
        }
    }

    /// Acronyms of legal forms, after which a Vietnamese company's name goes on in lowercase ("TNHH một thành viên").
    static let l25VietnameseLegalAcronyms = KeySet(["tnhh", "mtv", "cp", "jsc", "tmcp", "ctcp"])

    /// "Ngân hàng BIDV mở": a body whose name ends in lowercase syllables after an acronym (not a legal form's; "VPBank" is
    /// one too) ends at it.
    mutating func l25VietnameseVerbAfterAcronym() {
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), z > a + 1, tokens[z].script == .latin, !tokens[z].capitalized, !tokens[z].allCaps else { continue }
            var k = z
            while k > a, tokens[k].kind == .word, !tokens[k].capitalized, !tokens[k].allCaps { k -= 1 }
            guard k > a, k < z, tokens[k].allCaps || tokens[k].text.unicodeScalars.lazy.filter({ $0.properties.isUppercase }).count >= 2,
                  PlainText.count(tokens[k].key) >= 2,
                  !Self.l25VietnameseLegalAcronyms.contains(tokens[k].key, hash: tokens[k].keyHash) else { continue }
            var m = mention(a, k + 1, type: .organization, evidence: mentionEvidence(i))
            if mentionStart(i) != m.start { m = mentions[i]; continue }
            m.placeContext = mentionPlaceContext(i)
            mentions[i] = m
        }
    }

    /// "Ủy ban hỗn hợp" + "về hợp tác song phương Việt Nam - Malaysia": the committee goes on to the second country.
    mutating func l25VietnameseJointCommittees() {
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), z + 4 < tokens.count, keyIs(z + 1, "ve"), exactForm(z + 1) == "về" else { continue }
            // Lowercase words of the committee's field (up to six), then "Country - Country".
            var k = z + 2
            while k < tokens.count, k - z <= 7, tokens[k].kind == .word, tokens[k].script == .latin, !tokens[k].capitalized, !tokens[k].allCaps { k += 1 }
            guard k > z + 2, k < tokens.count, let e = l25CountryOrPlaceEnd(k), e + 1 < tokens.count, tokens[e].kind == .punct,
                  tokens[e].text == "-" || tokens[e].text == "–", let f = l25CountryOrPlaceEnd(e + 1) else { continue }
            var m = mention(a, f, type: .organization, evidence: mentionEvidence(i))
            m.placeContext = false
            mentions[i] = m
        }
    }

    /// The token after a country's (or a place's) name that starts at token `k` (a pass may have typed "Việt Nam" a place).
    func l25CountryOrPlaceEnd(_ k: Int) -> Int? {
        if isCountry[k] {
            var e = k
            while e < tokens.count, isCountry[e] { e += 1 }
            return e
        }
        let s = tokens[k].start
        guard let i = firstMentionIndex(where: { ($0.type == .country || $0.type == .place) && $0.start == s }),
              let z = tokenIndex(containing: mentionEnd(i) - 1) else { return nil }
        return z + 1
    }

    /// "Chính phủ Nhật Bản": a government named by its country is no body of its own; the country stays.
    mutating func l25VietnameseGovernments() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), z >= a + 2, PlainText.equal(exactForm(a), "chính"), PlainText.equal(exactForm(a + 1), "phủ"),
                  (a + 2...z).allSatisfy({ isCountry[$0] }) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Latin script

    /// Number words that open a sentence capitalized ("Twenty-six", "Forty").
    static let l25NumberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "dozens", "hundreds", "thousands"]
    /// Nouns of storms before their names ("Typhoon Haiyan", "l'ouragan Irma" is lowercase already).
    static let l25StormNouns: Set<String> = ["typhoon", "hurricane", "cyclone", "storm", "typhon", "ouragan", "tempête", "huracán",
                                             "tifón", "tormenta", "taifun", "hurrikan", "zyklon", "furacão", "tufão", "tempesta", "uragano"]
    /// Last words of stock indices' names.
    static let l25IndexWords: Set<String> = ["index", "indice", "índice", "indeks"]

    /// Spelled numbers, storms and indices read as names.
    /// The lists above as folded keys, probed by a token's stored hash (no string is made per token).
    static let l25NumberKeys = KeySet(l25NumberWords.map { TextFolding.key($0) })
    static let l25StormKeys = KeySet(l25StormNouns.map { TextFolding.key($0) })
    static let l25IndexKeys = KeySet(l25IndexWords.map { TextFolding.key($0) })

    mutating func l25LatinNonNames() {
        guard articleHas(Self.l25NumberKeys) || articleHas(Self.l25StormKeys) || articleHas(Self.l25IndexKeys) else { return }
        var drop = Set<Int>()
        let numbers = Self.l25NumberKeys, storms = Self.l25StormKeys, indices = Self.l25IndexKeys
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z) = seedSpan(i), tokens[a].script == .latin else { continue }
            var first = -1, last = -1, words = 0, allNumbers = true
            for k in a...z where tokens[k].kind == .word {
                if first < 0 { first = k }
                last = k
                words += 1
                if allNumbers, !numbers.contains(tokens[k]) { allNumbers = false }
            }
            guard first >= 0 else { continue }
            // "Twenty-six": every part a number word.
            if allNumbers, tokens[a].capitalized { drop.insert(i); continue }
            // "Typhoon Haiyan", or "Haiyan" after "Typhoon".
            if words >= 2 && storms.contains(tokens[first])
                || a >= 1 && tokens[a - 1].kind == .word && mentionType(i) != .place && storms.contains(tokens[a - 1]) {
                drop.insert(i); continue
            }
            // "Jakarta Composite Index".
            if words >= 2, tokens[last].capitalized, indices.contains(tokens[last]) { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Verbs and prepositions of motion before a place's name.
    static let l25MotionWords: WordSet = ["toward", "towards", "across", "crossed", "crossing", "off", "into", "through", "past",
                                              "hit", "struck", "battered", "lashed", "slammed", "pounded", "swept", "approached", "approaching"]
    /// Last words of a geographic name.
    static let l25GeographicLastWords: WordSet = ["Island", "Islands", "Peninsula", "Bay", "Strait", "Mountains", "Valley", "Lake", "Gulf"]

    /// A lone word after motion ("crossed Leyte") and a name ending in a geographic noun ("Samar Island") are places.
    mutating func l25EnglishPlacesAfterMotion() {
        for i in mentions.indices where mentionKnown(i) == nil && (mentionType(i) == .organization || mentionType(i) == nil) && mentionEvidence(i) != .known {
            guard let (a, z) = seedSpan(i), tokens[a].script == .latin, !tokens[a].allCaps else { continue }
            let lastWord = tokens[z].text
            // (Only capitalized words: "Friends of the Upper Wye Valley" is a body.)
            let geographic = z > a && Self.l25GeographicLastWords.contains(lastWord) && (a...z).allSatisfy { tokens[$0].kind != .word || tokens[$0].capitalized }
            let afterMotion = z == a && a >= 1 && tokens[a - 1].kind == .word && Self.l25MotionWords.contains(tokens[a - 1].text)
            guard geographic || afterMotion, !(a...z).contains(where: { orgKeyword(at: $0) != nil }) else { continue }
            mentions[i].type = .place
            mentions[i].placeContext = true
        }
    }

    /// A surname ending (Slavic, Balkan, Central Asian) on a word after a known place's name.
    static let l25SurnameEnds: [String] = ["ович", "евич", "вич", "ов", "ев", "ин", "ский", "ская", "ова", "ева", "енко", "ук", "юк",
                                           "ović", "ević", "vić", "ovich", "evich", "ov", "ev", "sky", "ski", "enko", "uk"]

    /// "Милан Прокопович": a known place's one-word name right before a surname is the person's given name.
    mutating func l25PlaceNamedGivenNameBeforeSurname() {
        var adds: [Mention] = []
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) != nil {
            guard let (a, z) = seedSpan(i), a == z, z + 1 < tokens.count, tokens[z + 1].kind == .word, tokens[z + 1].capitalized,
                  !tokens[z + 1].allCaps, tokens[z + 1].spaceBefore, tokens[z + 1].script == tokens[a].script, !isCountry[z + 1],
                  !tokens[a].allCaps, !tokens[a].sentenceStart || a == 0 || tokens[a - 1].kind != .word else { continue }
            let next = tokens[z + 1].key
            guard PlainText.count(next) >= 5, Self.l25SurnameEnds.contains(where: { PlainText.hasSuffix(next, $0) }) else { continue }
            // (The surname is no known name's word: "Moscow Domodedovo".)
            guard !anyMention(where: { $0.known != nil && $0.start < tokens[z + 1].end && $0.end > tokens[z + 1].start }) else { continue }
            let s = tokens[a].start, e = tokens[z + 1].end
            for j in mentions.indices where mentionStart(j) < e && mentionEnd(j) > s && mentionType(j) != .country { drop.insert(j) }
            adds.append(mention(a, z + 2, type: .person, evidence: .cue))
        }
        if !drop.isEmpty || !adds.isEmpty { replaceMentions(removing: drop, adding: adds) }
    }

    // MARK: - Arabic bodies

    /// "مجموعة موانئ" + "أبوظبي": a body ending in an indefinite noun, right before a known place, goes on over it.
    mutating func l25ArabicBodyOverKnownPlace() {
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), z > a, z + 1 < tokens.count, tokens[z].script == .arabic, tokens[z + 1].script == .arabic,
                  tokens[z + 1].kind == .word, !Self.l25ArabicDefinite(tokens[z].text), !isArabicDefinite(z) else { continue }
            let s = tokens[z + 1].start, e = tokens[z + 1].end
            guard anyMention(where: { $0.type == .place && $0.known != nil && $0.start == s && $0.end == e }),
                  !anyMention(where: { $0.type == .organization && $0.start < e && $0.end > s }) else { continue }
            var m = mention(a, z + 2, type: .organization, evidence: mentionEvidence(i))
            if mentionStart(i) != m.start { m = seedWithoutHeadClitic(m, head: a) }
            mentions[i] = m
        }
    }

    // MARK: - Batch two

    /// Units of power and energy read as bodies.
    static let l25Units: WordSet = ["МВт", "кВт", "ГВт", "ТВт", "MW", "kW", "GW", "TW", "MWh", "kWh", "GWh", "TWh"]

    mutating func l25UnitsAreNoBodies() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionType(i) != .person
            && mentionEnd(i) - mentionStart(i) <= 5 {
            if let (a, z) = seedSpan(i), a == z, Self.l25Units.contains(tokens[a].text) { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "Philippine Atmospheric" + ", " + "Geophysical and Astronomical Services Administration": one body.
    mutating func l25EnglishCommaListBodies() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && !drop.contains(i) {
            guard let (a, z) = seedSpan(i), a >= 2, z > a + 1, tokens[a - 1].kind == .punct, tokens[a - 1].text == ",",
                  (a...z).contains(where: { keyIs($0, "and") }), isCap(a - 2), !isCountry[a - 2] else { continue }
            // Back over capitalized words (and a country's adjective) before the comma.
            var s = a - 2
            while s > 0, isCap(s - 1), !isStopwordKey(s - 1) { s -= 1 }
            if isStopwordKey(s) { s += 1 }   // ("The Kenya Meteorological, …": the article opens no name)
            guard s < a - 1 else { continue }
            guard a - 1 - s <= 3 else { continue }
            let st = tokens[s].start, en = tokens[a - 2].end
            guard !anyMention(where: { $0.known != nil && $0.type != .country && $0.start < en && $0.end > st }) else { continue }
            for j in mentions.indices where j != i && mentionStart(j) >= st && mentionEnd(j) <= en && mentionType(j) != .country { drop.insert(j) }
            var m = mention(s, z + 1, type: .organization, evidence: mentionEvidence(i))
            m.placeContext = false
            mentions[i] = m
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Titles that a portfolio precedes ("Social Welfare Secretary", "Trade Minister").
    static let l25PortfolioTitles: WordSet = ["Secretary", "Minister", "Commissioner", "Undersecretary", "Czar", "Tsar"]

    mutating func l25EnglishPortfoliosBeforeTitles() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), z + 1 < tokens.count, Self.l25PortfolioTitles.contains(tokens[z + 1].text),
                  !(a...z).contains(where: { orgKeyword(at: $0) != nil || tokens[$0].allCaps || isCountry[$0] }) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Russian acronyms of ministries that a country's genitive names ("МИД Венгрии", "Минобороны Израиля").
    static let l25RussianMinistries = KeySet(["мид", "мвд", "минобороны", "минфин", "минфина", "минэнерго", "минэкономики",
                                              "минздрав", "минздрава", "минюст", "минюста", "минтранс", "минтранса"].map { TextFolding.key($0) })

    mutating func l25RussianMinistryOfCountry() {
        guard articleHas(Self.l25RussianMinistries) else { return }
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), a == z, z + 1 < tokens.count, tokens[z + 1].script == .cyrillic, tokens[z + 1].capitalized,
                  tokens[z + 1].spaceBefore, isCountry[z + 1], Self.l25RussianMinistries.contains(tokens[a].key, hash: tokens[a].keyHash) else { continue }
            var e = z + 1
            while e + 1 < tokens.count, isCountry[e + 1], tokens[e + 1].spaceBefore { e += 1 }
            var m = mention(a, e + 1, type: .organization, evidence: mentionEvidence(i))
            m.placeContext = false
            mentions[i] = m
        }
    }

    /// "Rêve géorgien", "Frente amplio …": a one-word body before a lowercase demonym.
    mutating func l25RomanceBodyWithDemonym() {
        // (A lone word is still untyped here: a body by default.)
        for i in mentions.indices where (mentionType(i) == .organization || mentionType(i) == nil) && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), a == z, z + 1 < tokens.count, tokens[a].capitalized, !tokens[a].allCaps,
                  tokens[z + 1].kind == .word, !tokens[z + 1].capitalized, !tokens[a].sentenceStart else { continue }
            let ds = tokens[z + 1].start, de = tokens[z + 1].end
            guard anyMention(where: { $0.type == .country && $0.start == ds && $0.end == de }) else { continue }
            var m = mention(a, z + 2, type: .organization, evidence: mentionEvidence(i))
            m.placeContext = false
            mentions[i] = m
        }
    }

    /// French street nouns before a name.
    static let l25FrenchStreetNouns: WordSet = ["avenue", "rue", "boulevard", "quai", "allée", "esplanade", "chaussée", "cours"]

    /// "avenue Roustaveli": the street's noun and name are one place (a person's name in it names no person).
    mutating func l25FrenchStreets() {
        var adds: [Mention] = []
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && !drop.contains(i) {
            guard let (a, z) = seedSpan(i), a >= 1, tokens[a - 1].kind == .word, Self.l25FrenchStreetNouns.contains(tokens[a - 1].text),
                  tokens[a].capitalized else { continue }
            drop.insert(i)
            var m = mention(a - 1, z + 1, type: .place, evidence: .cue)
            m.placeContext = true
            adds.append(m)
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: adds) }
    }

    /// "l'initiative « la Ceinture et la Route »": the programme's two words are no bodies.
    mutating func l25FrenchBeltAndRoad() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z) = seedSpan(i), a == z else { continue }
            if tokens[a].text == "Ceinture", a + 3 < tokens.count, keyIs(a + 1, "et"), tokens[a + 3].text == "Route" { drop.insert(i) }
            if tokens[a].text == "Route", a >= 3, tokens[a - 3].text == "Ceinture", keyIs(a - 2, "et") { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Articles that open a sentence in the languages of Latin script.
    static let l25SentenceArticles: WordSet = ["Le", "La", "Les", "The", "El", "Los", "Las", "Der", "Die", "Das", "Il", "Lo", "O", "A", "Os", "As"]

    /// "Mohammed V. Le …": a person does not run over a period into an article.
    mutating func l25PersonEndsBeforeSentence() {
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), z >= a + 3, Self.l25SentenceArticles.contains(tokens[z].text), tokens[z - 1].text == ".",
                  tokens[z].spaceBefore else { continue }
            mentions[i] = mention(a, z - 1, type: .person, evidence: mentionEvidence(i))
        }
    }

    // MARK: - Chinese

    /// "（记者杨晨阳 苏婉婷）": after a reporter's name glued to 记者, a second name after a space before the parenthesis closes.
    mutating func l25HanSecondReporter() {
        let limit = min(tokens.count, 80)
        for k in 1..<max(limit, 1) where tokens[k].script == .han && tokens[k].kind == .word && tokens[k].spaceBefore {
            let len = tokens[k].text.unicodeScalars.count
            guard len >= 2, len <= 3, k + 1 < tokens.count, tokens[k + 1].kind == .punct, tokens[k + 1].text == "）" || tokens[k + 1].text == ")",
                  tokens[k - 1].script == .han, PlainText.hasPrefix(tokens[k - 1].text, "记者"), tokens[k - 1].text.unicodeScalars.count <= 5 else { continue }
            let s = tokens[k].start, e = tokens[k].end
            guard !anyMention(where: { $0.start < e && $0.end > s }) else { continue }
            mentions.append(mention(k, k + 1, type: .person, evidence: .cue))
        }
    }

    /// "圣地亚哥·包西利": a known place's name before a middle dot and a transliterated name is a person's given name.
    mutating func l25HanPlaceNamedGivenName() {
        var adds: [Mention] = []
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) != nil {
            let e = mentionEnd(i)
            guard let k = tokenIndex(containing: e - 1), tokens[k].script == .han, tokens[k].end == e, k + 2 < tokens.count,
                  Self.isMiddleDot(tokens[k + 1].text), tokens[k + 2].script == .han, !tokens[k + 1].spaceBefore, !tokens[k + 2].spaceBefore else { continue }
            let next = Array(tokens[k + 2].text.unicodeScalars)
            var n = 0
            while n < next.count, n < 6, Self.hanTransliterationSet.contains(Self.hanCode(next[n])) { n += 1 }
            guard n >= 2 else { continue }
            let s = mentionStart(i), end = tokens[k + 2].start + n
            for j in mentions.indices where mentionStart(j) < end && mentionEnd(j) > s && mentionType(j) != .country { drop.insert(j) }
            let name = mentionSurface(i) + "·" + Self.hanString(next, 0, n)
            adds.append(Mention(surface: name, start: s, end: end, type: .person, evidence: .cue, words: [name]))
        }
        if !drop.isEmpty || !adds.isEmpty { replaceMentions(removing: drop, adding: adds) }
    }

    // MARK: - Batch three

    /// The second UTF-8 byte of the first letters of `l25RussianPipelineNouns` (г н т м: D0 B3, D0 BD, D1 82, D0 BC), a filter
    /// read before any prefix is compared.
    @inline(__always) static func l25PipelineFirstLetter(_ b: UInt8) -> Bool { b == 0xB3 || b == 0xBD || b == 0x82 || b == 0xBC }
    /// Russian nouns of pipelines and lines that a quoted name follows.
    static let l25RussianPipelineNouns: [StaticString] = ["газопровод", "нефтепровод", "трубопровод", "магистрал"]

    /// газопровод "Сила Сибири 2": the quoted name is a place; what was read inside it gives way.
    mutating func l25RussianQuotedPipelines() {
        var adds: [Mention] = []
        var spans: [(Int, Int)] = []
        for k in tokens.indices where tokens[k].kind == .word && tokens[k].script == .cyrillic && !tokens[k].capitalized
            && tokens[k].end - tokens[k].start >= 9 && Self.l25PipelineFirstLetter(tokens[k].key.utf8.dropFirst().first ?? 0) {
            guard Self.l25RussianPipelineNouns.contains(where: { Self.utf8Starts(tokens[k].key, $0) }), k + 3 < tokens.count,
                  Self.l25OpeningQuotes.contains(tokens[k + 1].text), isCap(k + 2) else { continue }
            var e = k + 2
            while e < tokens.count, e - k <= 6, tokens[e].kind == .word || tokens[e].kind == .number || tokens[e].text == "-" { e += 1 }
            guard e < tokens.count, e > k + 2, Self.l25ClosingQuotes.contains(tokens[e].text) else { continue }
            spans.append((k + 2, e))
        }
        guard !spans.isEmpty else { return }
        for (a, b) in spans {
            let s = tokens[a].start, e = tokens[b - 1].end
            mentions.removeAll { $0.start < e && $0.end > s && $0.type != .country && !($0.start == s && $0.end == e && $0.type == .place) }
            if anyMention(where: { $0.start == s && $0.end == e }) { continue }
            var m = mention(a, b, type: .place, evidence: .cue)
            m.placeContext = true
            adds.append(m)
        }
        mentions.append(contentsOf: adds)
    }

    /// Plural nouns of regions and towns before a list of their names.
    static let l25RussianPluralPlaceNouns = KeySet(["области", "аймаки", "аймаков", "провинции", "провинций", "штаты", "штатов", "регионы",
        "регионов", "города", "городов", "районы", "районов", "округа", "округов", "вилайеты", "вилоятов", "вилояты", "муниципалитеты"].map { TextFolding.key($0) })

    /// "через аймаки Сэлэнгэ, Туве и Дорноговь": each name of the list is a place.
    mutating func l25RussianListsAfterPluralNouns() {
        guard articleHas(Self.l25RussianPluralPlaceNouns) else { return }
        var items: [(Int, Int)] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let l25RussianPluralPlaceNouns = Self.l25RussianPluralPlaceNouns
        for k in tokens.indices where tokens[k].kind == .word && tokens[k].script == .cyrillic && !tokens[k].capitalized
            && l25RussianPluralPlaceNouns.contains(tokens[k].key, hash: tokens[k].keyHash) {
            var j = k + 1
            var list: [(Int, Int)] = []
            while j < tokens.count, isCap(j), tokens[j].script == .cyrillic, list.count < 8 {
                var e = j + 1
                while e < tokens.count, isCap(e), tokens[e].spaceBefore, e - j < 3 { e += 1 }
                list.append((j, e))
                guard e + 1 < tokens.count, tokens[e].kind == .punct && tokens[e].text == "," || keyIs(e, "и") else { break }
                j = e + 1
            }
            // (A list: two names or more, the last after "и".)
            if list.count >= 2 { items.append(contentsOf: list) }
        }
        for (a, b) in items {
            let s = tokens[a].start, e = tokens[b - 1].end
            guard !anyMention(where: { ($0.known != nil || $0.type == .country || $0.type == .person) && $0.start < e && $0.end > s }) else { continue }
            mentions.removeAll { $0.start < e && $0.end > s }
            var m = mention(a, b, type: .place, evidence: .cue)
            m.placeContext = true
            mentions.append(m)
        }
    }

    /// Russian compass adjectives (stems) before a region's name.
    static let l25RussianCompass: [StaticString] = ["западн", "восточн", "северн", "южн", "центральн"]

    /// "Западной Сибири": the compass adjective before a known region (not a country) is part of its name.
    mutating func l25RussianCompassRegions() {
        var drop = Set<Int>()
        var grown: [(Int, Mention)] = []
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) != nil {
            guard let (a, z) = seedSpan(i), a >= 1, tokens[a - 1].kind == .word, tokens[a - 1].script == .cyrillic, tokens[a - 1].capitalized,
                  Self.l25RussianCompass.contains(where: { Self.utf8Starts(tokens[a - 1].key, $0) }) else { continue }
            let s = tokens[a - 1].start, e = tokens[a - 1].end
            for j in mentions.indices where mentionKnown(j) == nil && mentionStart(j) == s && mentionEnd(j) == e { drop.insert(j) }
            var m = mention(a - 1, z + 1, type: .place, evidence: .cue)
            m.placeContext = true
            grown.append((i, m))
        }
        for (i, m) in grown { mentions[i] = m }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Lowercase Vietnamese nouns of places before their names.
    static let l25VietnamesePlaceNouns: WordSet = ["trạm", "ga", "cảng", "xã", "phường", "thôn", "bản", "huyện", "thị trấn", "hồ", "đèo", "bến", "đập"]

    /// "trạm Củng Sơn": a person read after a noun of a place is that place.
    mutating func l25VietnamesePlaceNounsBeforeNames() {
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, _) = seedSpan(i), a >= 1, tokens[a - 1].kind == .word, !tokens[a - 1].capitalized,
                  Self.l25VietnamesePlaceNouns.contains(exactForm(a - 1)) else { continue }
            mentions[i].type = .place
            mentions[i].placeContext = true
        }
    }

    /// "Bộ trưởng Nông nghiệp và Chăn nuôi Brazil …": one syllable read as a person after a minister's title, a lowercase
    /// syllable after it, is the portfolio's first word.
    mutating func l25VietnamesePortfolioFamilyName() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), a == z, a >= 1, z + 1 < tokens.count, exactForm(a - 1) == "trưởng",
                  tokens[z + 1].kind == .word, !tokens[z + 1].capitalized, tokens[z + 1].script == .latin else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "hãng Embraer", "nhà sản xuất máy bay Embraer": a capitalized foreign name after a company's noun is a company.
    mutating func l25VietnameseCompanyNouns() {
        var adds: [Mention] = []
        for k in 1..<max(tokens.count, 1) where tokens[k].kind == .word && tokens[k].script == .latin && isCap(k) && !covered[k] {
            let prev = exactForm(k - 1)
            // (`PlainText.equal`: byte comparisons for the plain exact forms, not `String`'s normalizing `==`.)
            let after = PlainText.equal(prev, "hãng") || k >= 3 && (PlainText.equal(prev, "bay") && PlainText.equal(exactForm(k - 2), "máy") && PlainText.equal(exactForm(k - 3), "xuất"))
            guard after, !Self.hasVietnameseOnlyLetter(tokens[k].text) else { continue }
            var e = k + 1
            while e < tokens.count, isCap(e), tokens[e].spaceBefore, !Self.hasVietnameseOnlyLetter(tokens[e].text), e - k < 4 { e += 1 }
            let s = tokens[k].start, en = tokens[e - 1].end
            guard !anyMention(where: { $0.start < en && $0.end > s && ($0.known != nil || $0.type == .country) }) else { continue }
            mentions.removeAll { $0.start < en && $0.end > s }
            adds.append(mention(k, e, type: .organization, evidence: .cue))
        }
        mentions.append(contentsOf: adds)
    }

    /// "الخطوط الجوية الإثيوبية": an airline, with its country's adjective.
    mutating func l25ArabicAirlines() {
        var adds: [Mention] = []
        for k in tokens.indices where tokens[k].script == .arabic && tokens[k].kind == .word {
            guard k + 1 < tokens.count, Self.utf8Ends(tokens[k].key, "الخطوط"), PlainText.count(tokens[k].key) <= 8,
                  TextFolding.key(tokens[k + 1].text) == TextFolding.key("الجوية") else { continue }
            var e = k + 2
            if e < tokens.count, isCountry[e] { e += 1 }
            let s = tokens[k].start, en = tokens[e - 1].end
            guard !anyMention(where: { $0.known != nil && $0.type != .country && $0.start < en && $0.end > s }) else { continue }
            mentions.removeAll { $0.type != .country && $0.start < en && $0.end > s }
            var m = mention(k, e, type: .organization, evidence: .cue)
            if !Self.utf8Starts(tokens[k].key, "الخطوط") { m = seedWithoutHeadClitic(m, head: k) }
            adds.append(m)
        }
        mentions.append(contentsOf: adds)
    }

    /// "لجنة السياسة النقدية" + "للبنك المركزي المصري": an unknown body ends before a known body, or another body's head
    /// noun and its name, written with لل.
    mutating func l25ArabicBodyEndsBeforeKnownBody() {
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), z >= a + 2, tokens[a].script == .arabic else { continue }
            var cut = -1
            for j in (a + 2)...z where Self.utf8Starts(tokens[j].text, "لل") {
                let s = tokens[j].start
                // The known body, or the head noun of another body ("للبنك المركزي …").
                if arabicFlags(j).contains(.orgHead) && j < z
                    || anyMention(where: { $0.type == .organization && $0.known != nil && $0.start > s && $0.start <= s + 2 }) { cut = j; break }
            }
            guard cut > 0 else { continue }
            var m = mention(a, cut, type: .organization, evidence: mentionEvidence(i))
            if mentionStart(i) != m.start { m = seedWithoutHeadClitic(m, head: a) }
            mentions[i] = m
        }
    }

    // MARK: - Batch four (the hand-found articles)

    /// "в Доме правительства": a house and its lowercase genitive are one place.
    mutating func l25RussianHouses() {
        var adds: [Mention] = []
        for a in tokens.indices where tokens[a].kind == .word && tokens[a].script == .cyrillic && tokens[a].capitalized && !tokens[a].sentenceStart {
            let z = a
            guard z + 1 < tokens.count, Self.utf8Starts(tokens[a].key, "дом"), PlainText.count(tokens[a].key) <= 5,
                  tokens[z + 1].kind == .word, tokens[z + 1].script == .cyrillic, !tokens[z + 1].capitalized, tokens[z + 1].spaceBefore,
                  PlainText.count(tokens[z + 1].key) >= 5, Self.utf8Ends(tokens[z + 1].key, "а") || Self.utf8Ends(tokens[z + 1].key, "ы")
                    || Self.utf8Ends(tokens[z + 1].key, "ов") || Self.utf8Ends(tokens[z + 1].key, "ей") || Self.utf8Ends(tokens[z + 1].key, "ств") else { continue }
            let s = tokens[a].start, e = tokens[z + 1].end
            guard !anyMention(where: { ($0.known != nil || $0.type == .person || $0.type == .country) && $0.start < e && $0.end > s }) else { continue }
            mentions.removeAll { $0.start < e && $0.end > s }
            var m = mention(a, z + 2, type: .place, evidence: .cue)
            m.placeContext = true
            adds.append(m)
        }
        mentions.append(contentsOf: adds)
    }

    /// "l'économiste Le Dang Doanh": "Le" capitalized inside a sentence before a person opens the name.
    mutating func l25FrenchLeInNames() {
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), a >= 2, z > a, tokens[a - 1].text == "Le" || tokens[a - 1].text == "La", !tokens[a - 1].sentenceStart,
                  tokens[a - 1].spaceBefore, tokens[a].spaceBefore, tokens[a - 2].kind == .word, !tokens[a - 2].capitalized else { continue }
            mentions[i] = mention(a - 1, z + 1, type: .person, evidence: mentionEvidence(i))
        }
    }

    /// "Tashkent" + "International Investment Forum": a known place right before a body opens its name (the place stays).
    mutating func l25EnglishPlaceOpensBody() {
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            // (Not before an acronym: "Texas AG Ken Paxton" is a title.)
            guard let (a, z) = seedSpan(i), a >= 1, tokens[a].capitalized, !tokens[a].allCaps, tokens[a].spaceBefore, isCap(a - 1), !tokens[a - 1].allCaps else { continue }
            let s = tokens[a - 1].start, e = tokens[a - 1].end
            guard anyMention(where: { $0.type == .place && $0.known != nil && $0.start == s && $0.end == e }) else { continue }
            var m = mention(a - 1, z + 1, type: .organization, evidence: mentionEvidence(i))
            m.placeContext = false
            mentions[i] = m
        }
    }

    /// "Caspian Pipeline Consortium (CPC)": the acronym spells the name before it, so it is that name's, and so is
    /// the same acronym elsewhere in the article ("the Uzbekistan Football Association (UFA) … UFA president …": no
    /// town Ufa).
    mutating func l25AcronymOfThePrecedingName() {
        var defined: [String] = []
        defer { if !defined.isEmpty { l25SameAcronymElsewhere(defined) } }
        for i in mentions.indices where mentionKnown(i) != nil && mentionParenthesized(i) && mentionType(i) != .country {
            guard let (a, z) = seedSpan(i), a == z, a >= 2, tokens[a].allCaps, z + 1 < tokens.count, tokens[z + 1].text == ")" else { continue }
            let before = tokens[a - 1].start
            guard let j = firstMentionIndex(where: { $0.end <= before && $0.end >= before - 2 && $0.type == .organization }),
                  mentionKnown(j) == nil, let (b, y) = seedSpan(j) else { continue }
            // The capitals of the name's words, in order.
            var initials = ""
            for k in b...y where tokens[k].kind == .word && (tokens[k].capitalized || tokens[k].allCaps) {
                if let f = tokens[k].text.unicodeScalars.first { initials.unicodeScalars.append(f) }
            }
            guard initials.count >= 2, initials == tokens[a].text else { continue }
            mentions[i].known = nil
            mentions[i].evidence = .cue
            mentions[i].type = .organization
            defined.append(initials)
        }
    }

    /// The article's other known readings of an acronym `l25AcronymOfThePrecedingName` found defined: the
    /// organization's too (one word in capitals, no country).
    mutating func l25SameAcronymElsewhere(_ defined: [String]) {
        for i in mentions.indices where mentionKnown(i) != nil && mentionType(i) != .country && !mentionParenthesized(i) {
            guard let (a, z) = seedSpan(i), a == z, tokens[a].allCaps, defined.contains(tokens[a].text) else { continue }
            mentions[i].known = nil
            mentions[i].evidence = .cue
            mentions[i].type = .organization
        }
    }

    /// Legal forms before a Russian company's quoted name.
    static let l25RussianLegalForms: WordSet = ["ОАО", "ЗАО", "АО", "ООО", "ПАО", "НАО", "ТОО", "холдинг", "холдинга", "компания", "компании", "концерн", "концерна"]

    // MARK: - Batch five (holdout45's patterns)

    /// English words that end companies' names, whatever the article's language ("Halyk Finance").
    static let l25CompanyLastWords: Set<String> = ["Finance", "Bank", "Group", "Capital", "Holding", "Holdings", "Invest", "Investments",
                                                  "Airlines", "Airways", "Motors", "Energy", "Partners", "Securities", "Insurance", "Logistics"]

    /// "Halyk Finance": a person whose last word is a company's is the company.
    /// `l25CompanyLastWords` as folded keys, probed by the token's hash.
    static let l25CompanyLastKeys = KeySet(l25CompanyLastWords.map { TextFolding.key($0) })

    mutating func l25CompanyWordEndsPerson() {
        guard articleHas(Self.l25CompanyLastKeys) else { return }
        let companies = Self.l25CompanyLastKeys
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), z > a, tokens[z].script == .latin, tokens[z].capitalized, !tokens[z].allCaps,
                  companies.contains(tokens[z]), Self.l25CompanyLastWords.contains(tokens[z].text) else { continue }
            mentions[i].type = .organization
        }
    }

    /// "By MARISOL ARREOLA Associated Press": a byline's name in capitals is a person.
    mutating func l25AllCapsBylines() {
        let limit = min(tokens.count, 60)
        for k in 0..<max(limit - 2, 0) where Self.utf8Equal(tokens[k].text, "By") && (k == 0 || tokens[k].newlineBefore || tokens[k].sentenceStart) {
            var e = k + 1
            while e < tokens.count, tokens[e].allCaps, tokens[e].kind == .word, tokens[e].script == .latin, e - k <= 4 { e += 1 }
            guard e - k >= 3 else { continue }
            let s = tokens[k + 1].start, en = tokens[e - 1].end
            mentions.removeAll { $0.known == nil && $0.start < en && $0.end > s }
            mentions.append(mention(k + 1, e, type: .person, evidence: .cue))
        }
    }

    /// Its gate: "St" (before its dot) or "Sankt".
    static let l25SaintCues = KeySet(["st", "sankt"])
    /// "St. Paul", "Sankt Pölten": a saint's abbreviation and a name are one place.
    mutating func l25SaintPlaces() {
        guard articleHas(Self.l25SaintCues) else { return }
        var adds: [Mention] = []
        for k in tokens.indices where tokens[k].capitalized && !tokens[k].allCaps && (tokens[k].keyLength == 2 || tokens[k].keyLength == 5)
            && (keyIs(k, "st") || keyIs(k, "sankt")) {
            let dotted = tokens[k].keyLength == 2
            let n = dotted ? k + 2 : k + 1
            // (Not inside a longer name: "Kerwyn St. Hill", "Dom Sankt Stephan".)
            guard n < tokens.count, !dotted || tokens[k + 1].text == ".", isCap(n), tokens[n].spaceBefore,
                  k == 0 || !isCap(k - 1) || tokens[k].sentenceStart else { continue }
            var e = n + 1
            while e < tokens.count, isCap(e), tokens[e].spaceBefore, e - n < 2 { e += 1 }
            let s = tokens[k].start, en = tokens[e - 1].end
            guard !anyMention(where: { ($0.known != nil || $0.type == .country) && $0.start < en && $0.end > s }) else { continue }
            mentions.removeAll { $0.start < en && $0.end > s }
            var m = mention(k, e, type: .place, evidence: .cue)
            m.placeContext = true
            adds.append(m)
        }
        mentions.append(contentsOf: adds)
    }

    /// The endings of German tunnels', railways' and bridges' names.
    static let l25GermanFacilityEnds: [String] = ["tunnel", "bahn", "brücke"]

    /// "Semmering-Basistunnel": a name hyphenated to a tunnel's, a railway's or a bridge's word is a place. (Not "Bahnhof X":
    /// the golds read a station named by its town as the town.)
    mutating func l25GermanFacilities() {
        var adds: [Mention] = []
        for k in tokens.indices where tokens[k].kind == .word && tokens[k].script == .latin && tokens[k].capitalized {
            // A name, a hyphen and a word ending in -tunnel, -bahn, -brücke ("Semmering-Basistunnel"); a compound alone may be
            // a common noun ("Grenzbrücke", "Fußgängerbrücke").
            // (A text in NFC, nearly every one, has its exact form, made once per word, as its `lowercased()`: the same bytes,
            // see `PhraseMatcher.exactForm` and `FoldTable.lowercased`; lowercased per occurrence before. spd32)
            let lower = FoldTable.shared.isNFC(tokens[k].text.unicodeScalars) ? exactForm(k) : tokens[k].text.lowercased()
            guard Self.l25GermanFacilityEnds.contains(where: { PlainText.hasSuffix(lower, $0) }) else { continue }
            let a: Int
            if k >= 2, tokens[k - 1].text == "-", !tokens[k - 1].spaceBefore, !tokens[k].spaceBefore, isCap(k - 2) { a = k - 2 }
            else if let dash = lower.firstIndex(of: "-"), lower.distance(from: lower.startIndex, to: dash) >= 3 { a = k }   // one token
            else { continue }
            let s = tokens[a].start, en = tokens[k].end
            guard !anyMention(where: { $0.known != nil && $0.start < en && $0.end > s }) else { continue }
            mentions.removeAll { $0.start < en && $0.end > s }
            var m = mention(a, k + 1, type: .place, evidence: .cue)
            m.placeContext = true
            adds.append(m)
        }
        mentions.append(contentsOf: adds)
    }

    /// Street nouns of Spanish, Portuguese and Italian.
    static let l25RomanceStreetNouns: WordSet = ["avenida", "calle", "paseo", "plaza", "carrera", "rua", "praça", "via", "viale", "corso", "piazza"]

    /// "avenida Primero de Mayo": the street's noun and name are one place (up to two lowercase joiners inside).
    mutating func l25RomanceStreets() {
        var adds: [Mention] = []
        for k in tokens.indices where tokens[k].kind == .word && !tokens[k].capitalized && Self.l25RomanceStreetNouns.contains(tokens[k].text) {
            guard k + 1 < tokens.count, isCap(k + 1), tokens[k + 1].spaceBefore else { continue }
            var e = k + 2
            while e < tokens.count, e - k < 6 {
                if isCap(e), tokens[e].spaceBefore { e += 1; continue }
                if e + 1 < tokens.count, ["de", "del", "la", "las", "los", "da", "do", "dos", "das", "di", "della"].contains(tokens[e].text), isCap(e + 1) { e += 2; continue }
                break
            }
            let s = tokens[k].start, en = tokens[e - 1].end
            guard !anyMention(where: { $0.known != nil && $0.type != .place && $0.start < en && $0.end > s }) else { continue }
            mentions.removeAll { $0.known == nil && $0.start < en && $0.end > s }
            var m = mention(k, e, type: .place, evidence: .cue)
            m.placeContext = true
            adds.append(m)
        }
        mentions.append(contentsOf: adds)
    }

    /// "ВЭБ.РФ": an acronym, a dot and РФ (or RU) with no space are one body.
    mutating func l25RussianDottedAcronyms() {
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), a == z, tokens[a].allCaps, z + 2 < tokens.count, tokens[z + 1].text == ".",
                  !tokens[z + 1].spaceBefore, !tokens[z + 2].spaceBefore, tokens[z + 2].text == "РФ" || tokens[z + 2].text == "RU" else { continue }
            mentions[i] = mention(a, z + 3, type: .organization, evidence: mentionEvidence(i))
        }
    }

    /// Heads of bodies in the genitive that open a second body inside a longer name.
    static let l25RussianGenitiveBodyHeads: [StaticString] = ["агентства", "министерства", "комитета", "службы", "департамента", "управления"]

    /// "Бюро национальной статистики Агентства по стратегическому планированию": the body and the body it belongs to.
    mutating func l25RussianBodyOfBody() {
        var adds: [Mention] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), z >= a + 3 else { continue }
            guard let j = ((a + 2)...z).first(where: { k in tokens[k].kind == .word && tokens[k].script == .cyrillic && tokens[k].capitalized
                && !tokens[k].sentenceStart && Self.l25RussianGenitiveBodyHeads.contains(where: { h in Self.utf8Equal(tokens[k].key, h) }) }),
                  j < z else { continue }
            let ev = mentionEvidence(i)
            mentions[i] = mention(a, j, type: .organization, evidence: ev)
            adds.append(mention(j, z + 1, type: .organization, evidence: ev))
        }
        mentions.append(contentsOf: adds)
    }

    /// ОАО "Беларуськалий": a quoted name after a legal form is the company, not the country whose stem opens it.
    mutating func l25RussianQuotedCompanies() {
        var adds: [Mention] = []
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .country {
            guard let (a, z) = seedSpan(i), a == z, a >= 2, z + 1 < tokens.count, Self.l25OpeningQuotes.contains(tokens[a - 1].text),
                  Self.l25ClosingQuotes.contains(tokens[z + 1].text), Self.l25RussianLegalForms.contains(tokens[a - 2].text),
                  tokens[a].capitalized, mentionStart(i) == tokens[a].start, mentionEnd(i) == tokens[a].end else { continue }
            drop.insert(i)
            adds.append(mention(a, a + 1, type: .organization, evidence: .cue))
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: adds) }
    }

    /// "أفاد وزير التجهيز والماء، نزار بركة، بأن": two to four name words between commas, the first a common given name, a
    /// title up to eight words before.
    mutating func l25ArabicAppositiveNames() {
        var adds: [Mention] = []
        // (A mark's key is its text: compared by bytes, as nothing else is canonically equivalent to either comma.)
        for c in tokens.indices where tokens[c].kind == .punct && (Self.utf8Equal(tokens[c].key, "،") || tokens[c].keyEquals(",")) {
            let a = c + 1
            guard a + 2 < tokens.count, seedArabicWord(a), ar15Given(a), !isArabicDefinite(a), !covered[a], !isCountry[a],
                  !arabicFlags(a).contains(.stop), !arabicFlags(a).contains(.head) else { continue }
            var e = a + 1
            while e < tokens.count, e - a < 4, seedArabicWord(e), !isCountry[e], !arabicFlags(e).contains(.stop) || keyIs(e, "بن") { e += 1 }
            guard e - a >= 2, e < tokens.count, tokens[e].kind == .punct, Self.utf8Equal(tokens[e].key, "،") || tokens[e].keyEquals(",") else { continue }
            // A title head within eight words before the first comma.
            guard ((max(0, c - 8))..<c).contains(where: { seedArabicWord($0) && arabicFlags($0).contains(.titledNameHead) }) else { continue }
            let s = tokens[a].start, en = tokens[e - 1].end
            guard !anyMention(where: { $0.start < en && $0.end > s && ($0.known != nil || $0.type == .person || $0.type == .country) }) else { continue }
            mentions.removeAll { $0.start < en && $0.end > s }
            adds.append(mention(a, e, type: .person, evidence: .cue))
        }
        mentions.append(contentsOf: adds)
    }

    /// ", Cheikh Diba,": "Cheikh" after a comma and before one name is a given name (Senegal, Mauritania), not a title.
    mutating func l25CheikhGivenName() {
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), a >= 2, tokens[a - 1].text == "Cheikh", tokens[a - 2].text == "," else { continue }
            mentions[i] = mention(a - 1, z + 1, type: .person, evidence: mentionEvidence(i))
        }
    }

    /// "该校潘建伟、朱晓波团队": names of two or three characters, each opening with a family name, listed with 、 before 团队
    /// (or one name after 该校/研究所/院/的 and before it) are the team's leaders.
    mutating func l25HanTeamLeaders() {
        /// The name of two or three characters ending at scalar `end` of `s`: its first scalar and length.
        func name(endingAt end: Int, in s: [Unicode.Scalar]) -> (Int, Int)? {
            for len in [3, 2] where end - len >= 0 && Self.hanSurnameSet.contains(Self.hanCode(s[end - len])) { return (end - len, len) }
            return nil
        }
        var found: [(Int, Int, Int)] = []   // token, first scalar, length
        for k in tokens.indices where tokens[k].script == .han && tokens[k].kind == .word && tokens[k].end - tokens[k].start >= 4 {
            // (The run's cached code points first: most runs hold no 团队.)
            let codes = hanRunCodes(k)
            guard codes.indices.dropLast().contains(where: { codes[$0] == 0x56E2 && codes[$0 + 1] == 0x961F }) else { continue }
            let s = Array(tokens[k].text.unicodeScalars)
            guard s.count >= 4, let team = (0..<(s.count - 1)).first(where: { s[$0] == "团" && s[$0 + 1] == "队" }),
                  let (f, len) = name(endingAt: team, in: s) else { continue }
            var names = [(k, f, len)]
            if f == 0 {
                // Back over "X、": each earlier run ends in a name.
                var j = k - 2
                while j >= 0, tokens[j + 1].text == "、", tokens[j].script == .han, tokens[j].kind == .word {
                    let p = Array(tokens[j].text.unicodeScalars)
                    guard let (g, l) = name(endingAt: p.count, in: p) else { break }
                    names.append((j, g, l))
                    j -= 2
                }
                guard names.count >= 2 else { continue }
            } else {
                guard "校所院的".unicodeScalars.contains(s[f - 1]) else { continue }
            }
            found.append(contentsOf: names)
        }
        for (k, f, len) in found {
            let s = Array(tokens[k].text.unicodeScalars)
            let text = Self.hanString(s, f, f + len)
            let m = Mention(surface: text, start: tokens[k].start + f, end: tokens[k].start + f + len, type: .person, evidence: .cue, words: [text])
            if !anyMention(where: { $0.start < m.end && $0.end > m.start }) { mentions.append(m) }
        }
    }
}
