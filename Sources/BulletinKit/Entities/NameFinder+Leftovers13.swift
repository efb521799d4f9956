import Foundation

/// Leftovers of the unseen sets (scripts/entity-unseen/README.md, "Left:"), thirteenth session: each a general rule
/// tested on other names in EntityLeftovers13Tests. Vietnamese schools named by two towns, company names cut inside a
/// verb, "Olympic + subject"; Russian plural nouns opening a sentence before an institution, quoted names of vehicles;
/// English names opened by a participle; French works quoted in ASCII quotes, towns after a site noun or a verb of
/// settling, known places glued into an organization by a hyphen; Spanish "la china X" and an organization's last word
/// named alone; Arabic clubs named by a country or a list, given names with a link word, the penalty area; Japanese
/// lists of business partners. One pass after every other; each rule gated on its language or script and a hashed key.
extension NameFinder {
    mutating func refineLeftovers13() {
        if lang.vi { l13Vietnamese() }
        if lang.ru { l13Russian() }
        if language == "en" { l13EnglishParticipleNames() }
        if lang.fr || lang.es || lang.pt || lang.it || language == "en" { l13QuotedWorks() }
        if lang.fr { l13FrenchTowns() }
        l13KnownPlaceGluedIntoOrganization()
        if lang.es { l13SpanishChina(); l13OrganizationTailAlone() }
        if hasArabic { l13Arabic() }
        if language == "ja" { l13JapanesePartners() }
        if lang.de { l13German() }
        if language == "en" { l13English() }
    }

    // MARK: - Vietnamese

    /// Heads of Vietnamese schools and hospitals ("Trường", "Bệnh viện", "Đại học", "Viện").
    static let l13VietnameseSchoolHeads = KeySet(["truong", "benh", "dai", "vien", "hoc"])
    /// Lowercase first syllables of a verb whose second syllable follows ("thi công", "xây dựng", "sản xuất"): a company's
    /// name read over the first ends before it. (Folded: first syllable → second.)
    static let l13VietnameseVerbPairs: [String: [String]] = ["thi": ["cong"], "xay": ["dung"], "san": ["xuat"], "cung": ["cap", "ung"],
        "ky": ["ket"], "trien": ["khai"], "thuc": ["hien"], "hoan": ["thanh"], "van": ["hanh"], "khoi": ["cong"], "trung": ["thau"],
        "tham": ["gia"], "cho": ["biet"], "dau": ["tu"], "dam": ["nhan"], "nhan": ["thau"], "lap": ["dat"], "to": ["chuc"]]
    static let l13VietnameseVerbFirsts = KeySet(Array(l13VietnameseVerbPairs.keys))

    mutating func l13Vietnamese() {
        let n = tokens.count
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), tokens[a].script == .latin else { continue }
            if mentionType(i) == .organization {
                // "Công ty cổ phần Đầu tư Phương Thành thi" + "công": a lowercase syllable opening a verb is no part of the name.
                if z > a + 1, !tokens[z].capitalized, tokens[z].kind == .word, z + 1 < n, tokens[z + 1].kind == .word, !tokens[z + 1].capitalized,
                   Self.l13VietnameseVerbFirsts.contains(tokens[z]),
                   Self.l13VietnameseVerbPairs[tokens[z].key]?.contains(tokens[z + 1].key) == true, tokens[z - 1].kind == .word {
                    let old = mentions[i]
                    mentions[i] = mention(a, z, type: .organization, evidence: old.evidence)
                    continue
                }
                // "Trường THPT chuyên Hà Nội – Amsterdam)": a school named by two towns joined by a dash runs over the second,
                // when the clause ends right after it.
                if Self.l13VietnameseSchoolHeads.contains(tokens[a]), tokens[a].capitalized, z + 2 < n,
                   keyIs(z + 1, "–") || keyIs(z + 1, "-") && tokens[z + 1].spaceBefore, tokens[z + 2].spaceBefore, h15CapLatin(z + 2), h15CapLatin(z) {
                    var e = z + 2
                    while h15CapLatin(e), e - z <= 3 { e += 1 }
                    guard e - z <= 4, e == n || keyIs(e, ")") || keyIs(e, ",") || keyIs(e, ".") || keyIs(e, ";") else { continue }
                    let (s0, e0) = (tokens[z + 2].start, tokens[e - 1].end)
                    // The second town stays a place when the text names it elsewhere.
                    let alone = anyMention { $0.type == .place && ($0.start >= e0 || $0.end <= tokens[a].start) && $0.words == [tokens[z + 2].key] }
                    let evidence = mentionEvidence(i)
                    mentions[i] = mention(a, e, type: .organization, evidence: evidence)
                    if !alone { for x in mentions.indices where x != i && mentionType(x) != .country && mentionStart(x) >= s0 && mentionEnd(x) <= e0 { drop.insert(x) } }
                    continue
                }
            }
            // "kỳ thi Olympic Tin học": a capitalized word and a subject's first syllable before "học" are no person (a
            // Vietnamese person's name opens with a family name).
            if mentionType(i) == .person, z == a + 1, z + 1 < n, keyIs(z + 1, "hoc"), !tokens[z + 1].capitalized, !isFamilyName(a) {
                drop.insert(i)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Russian

    /// Nouns of vehicles whose quoted name is a model or a ship, no organization ("поезд «Ласточка»", "ледокол «Ямал»").
    static let l13RussianVehicleNouns = KeySet(["поезд", "поезда", "поезде", "поезду", "поездом", "поезды", "поездов", "электропоезд", "электропоезда",
        "электропоезде", "электропоездом", "электропоезды", "электропоездов", "ледокол", "ледокола", "ледоколе", "ледоколом", "судно", "судна", "судне",
        "танкер", "танкера", "танкере", "самолёт", "самолет", "самолёта", "самолета", "самолёты", "самолеты", "вертолёт", "вертолет", "корабль",
        "корабля", "корабле", "спутник", "спутника", "спутнике", "ракета", "ракеты", "ракете", "теплоход", "теплохода", "паром", "парома",
        "лайнер", "лайнера", "автобус", "автобусы", "трамвай", "трамваи"].map { TextFolding.key($0) })
    /// Endings of genitive adjectives and nouns inside an institution's name ("Сибирского государственного медицинского").
    static let l13RussianGenitiveAdjective = ["ого", "его"].map { TextFolding.key($0) }

    mutating func l13Russian() {
        let n = tokens.count
        var drop = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), tokens[a].script == .cyrillic else { continue }
            // "поезд «Ласточка»": a quoted name right after a vehicle's noun.
            if mentionType(i) == .organization, a >= 2, keyIs(a - 1, "«"), keyIs(z + 1, "»"), tokens[a - 2].kind == .word, !tokens[a - 2].capitalized,
               Self.l13RussianVehicleNouns.contains(tokens[a - 2]) {
                drop.insert(i)
                continue
            }
            // "Учёные Сибирского государственного медицинского университета": a plural noun opening a sentence and the
            // genitive adjective after it are no person; the adjective opens the institution.
            if mentionType(i) == .person, z == a + 1, tokens[a].sentenceStart, PlainText.hasSuffix(tokens[a].key, "ые") || PlainText.hasSuffix(tokens[a].key, "ие"),
               !isGivenNameKey(a), Self.hasAnySuffix(tokens[z].key, Self.l13RussianGenitiveAdjective) {
                drop.insert(i)
                var e = z + 1
                while e < n, e - z <= 4, tokens[e].kind == .word, !tokens[e].capitalized, tokens[e].script == .cyrillic,
                      Self.hasAnySuffix(tokens[e].key, Self.l13RussianGenitiveAdjective) { e += 1 }
                guard e < n, e > z + 1 || orgKeyword(at: e) != nil, tokens[e].kind == .word, orgKeyword(at: e) != nil else { continue }
                let (s0, e0) = (tokens[z].start, tokens[e].end)
                guard !mentions.indices.contains(where: { $0 != i && mentionStart($0) < e0 && mentionEnd($0) > s0 }) else { continue }
                added.append(mention(z, e + 1, type: .organization, evidence: .cue))
            }
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    // MARK: - English

    /// "Federated Farmers said": a participle opening a sentence right before a name found without it is the name's
    /// first word ("Associated", "Consolidated", "Allied", "United", "Combined").
    mutating func l13EnglishParticipleNames() {
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .person && mentionType(i) != .country {
            guard let (a, z) = seedSpan(i), a >= 1, z - a <= 1, tokens[a].script == .latin, !tokens[a].allCaps, tokens[a].spaceBefore else { continue }
            let p = a - 1
            let key = tokens[p].key
            guard tokens[p].sentenceStart, tokens[p].capitalized, !tokens[p].allCaps, tokens[p].kind == .word, key.utf8.count >= 6,
                  PlainText.hasSuffix(key, "ated") || PlainText.hasSuffix(key, "ied") || PlainText.hasSuffix(key, "ined") || PlainText.hasSuffix(key, "ited"),
                  !isCountry[p], !anyMention(where: { $0.end == tokens[p].end }) else { continue }
            let type = mentionType(i) ?? .organization
            mentions[i] = mention(p, z + 1, type: type, evidence: mentionEvidence(i))
        }
    }

    // MARK: - Quoted works (ASCII quotes)

    /// Nouns of works (`h16WorkNouns`) and of paintings and sculptures.
    static let l13WorkNouns = KeySet(["toile", "toiles", "tableau", "tableaux", "oeuvre", "œuvre", "peinture", "sculpture", "gravure", "fresque",
        "painting", "canvas", "sculpture", "cuadro", "lienzo", "obra", "quadro", "tela", "dipinto", "film", "roman", "album", "livre", "chanson",
        "pelicula", "película", "novela", "documental", "movie", "documentary", "novel", "song", "book", "piece", "pièce", "serie", "série"].map { TextFolding.key($0) })

    /// "a prêté "Les Trieuses", une grande toile": a title in ASCII double quotes next to a work's noun names no
    /// organization or place.
    mutating func l13QuotedWorks() {
        guard articleHas(Self.l13WorkNouns) else { return }   // (a quote is dropped only next to a work's noun)
        let n = tokens.count
        var drop = Set<Int>()
        let quote = Token.hash("\"")   // (spd23: compared by hash first at every mark)
        var k = 0
        while k < n {
            defer { k += 1 }
            guard tokens[k].kind == .punct, keyIs(k, "\"", hash: quote), k + 1 < n, isCap(k + 1) else { continue }
            var c = k + 1
            while c < n, c - k <= 8, !keyIs(c, "\"", hash: quote) { c += 1 }
            guard c < n, c - k <= 8, keyIs(c, "\"", hash: quote), c > k + 1 else { continue }
            defer { k = c }
            var work = false
            for x in max(0, k - 3)..<k where tokens[x].kind == .word && Self.l13WorkNouns.contains(tokens[x]) { work = true }
            for x in (c + 1)..<min(n, c + 6) where tokens[x].kind == .word && Self.l13WorkNouns.contains(tokens[x]) { work = true }
            guard work else { continue }
            let (s, e) = (tokens[k + 1].start, tokens[c - 1].end)
            for m in mentions.indices where mentionKnown(m) == nil && mentionType(m) != .country && mentionStart(m) >= s && mentionEnd(m) <= e { drop.insert(m) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - French towns

    /// Plural or singular nouns of sites and works whose "de X" names a town ("les charbonnages de Seraing").
    static let l13FrenchSiteNouns = KeySet(["charbonnages", "charbonnage", "mines", "usines", "usine", "acieries", "acierie", "chantiers", "chantier",
        "quais", "faubourgs", "environs", "banlieue", "habitants", "hauts-fourneaux", "raffinerie", "verreries", "filatures", "houilleres"].map { TextFolding.key($0) })
    /// Participles of settling, being born or dying before "à X" ("installés à Spa").
    static let l13FrenchSettledAt = KeySet(["installe", "installee", "installes", "installees", "etabli", "etablie", "etablis", "etablies", "domicilie",
        "domiciliee", "domicilies", "ne", "nee", "nes", "decede", "decedee", "mort", "morte", "base", "basee", "bases", "basees", "refugie", "exile", "exilee"].map { TextFolding.key($0) })

    mutating func l13FrenchTowns() {
        let n = tokens.count
        var added: [Mention] = []
        // (The word lists read once: a static read in the loop is a lazy global's check per lowercase word.)
        let (siteNouns, settledAt) = (Self.l13FrenchSiteNouns, Self.l13FrenchSettledAt)
        for k in 1..<max(1, n - 1) where tokens[k].kind == .word && !tokens[k].capitalized && tokens[k].script == .latin {
            let site = siteNouns.contains(tokens[k])
            let settled = !site && settledAt.contains(tokens[k])
            guard site || settled, k + 2 < n else { continue }
            let p = k + 1
            guard site && (keyIs(p, "de") || keyIs(p, "d")) || settled && keyIs(p, "a") && tokens[p].text == "à", h15CapLatin(p + 1), !tokens[p + 1].allCaps else { continue }
            let e = h15CapRunEnd(p + 1, limit: 2)
            guard e == p + 2 || e == p + 3, e >= n || !isCap(e) else { continue }
            let (s0, e0) = (tokens[p + 1].start, tokens[e - 1].end)
            guard !anyMention(where: { $0.start < e0 && $0.end > s0 }), !added.contains(where: { $0.start < e0 && $0.end > s0 }),
                  // (A lone word that is also a legal form, "Spa", is the town: an organization's keyword counts in two words.)
                  !(p + 1..<e).contains(where: { isGivenNameKey($0) || isCountry[$0] || e - p > 2 && orgKeyword(at: $0) != nil }) else { continue }
            var m = mention(p + 1, e, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: [], adding: added) }
    }

    /// "Fédération Wallonie-Bruxelles": a known place glued by a hyphen inside an organization's name is no place of
    /// its own, unless the text names it elsewhere.
    mutating func l13KnownPlaceGluedIntoOrganization() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) != nil {
            let (s, e) = (mentionStart(i), mentionEnd(i))
            guard let a = seedTokenIndex(start: s), a >= 1, h15GluedHyphen(a - 1),
                  anyMention(where: { $0.type == .organization && $0.known == nil && $0.start < s && $0.end >= e }) else { continue }
            let known = mentionKnown(i)
            if anyMention(where: { $0.known == known && $0.type == .place && ($0.end <= s || $0.start >= e) }) { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Spanish

    /// "trenes fabricados por la china CRRC": the lowercase adjective "china" (left out of the country forms as an
    /// English word) before a capitalized name names China.
    mutating func l13SpanishChina() {
        let n = tokens.count
        var added: [Mention] = []
        for k in 1..<max(1, n - 1) where tokens[k].kind == .word && !tokens[k].capitalized && (keyIs(k, "china") || keyIs(k, "chinas")) {
            guard keyIs(k - 1, "la") || keyIs(k - 1, "las") || keyIs(k - 1, "una"), isCap(k + 1), !tokens[k + 1].sentenceStart, !isCountry[k] else { continue }
            isCountry[k] = true
            added.append(mention(k, k + 1, type: .country, evidence: .known, code: "CN"))
        }
        if !added.isEmpty { replaceMentions(removing: [], adding: added) }
    }

    /// "El Sistema de Transporte Colectivo Metrorrey …; La directora de Metrorrey": one word, read as a place, that
    /// ends an organization's name of three words or more is that organization.
    mutating func l13OrganizationTailAlone() {
        var tails: [String: Int] = [:]
        for i in mentions.indices where mentionType(i) == .organization && mentionWordCount(i) >= 3 {
            // ("Racing de Santander", "Universidad de Sevilla": a word after "de" names the town, not the organization.)
            guard let last = mentionWords(i).last, let (_, z) = seedSpan(i), z >= 1, !isConnector(z - 1) else { continue }
            tails[last] = i
        }
        guard !tails.isEmpty else { return }
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil && mentionWordCount(i) == 1 {
            guard let o = tails[mentionWords(i)[0]], let (a, _) = seedSpan(i), !tokens[a].allCaps,
                  !anyMention(where: { $0.type == .place && $0.known != nil && $0.words == mentionWords(i) }) else { continue }
            let org = mentions[o]
            mentions[i].type = .organization
            mentions[i].placeContext = false
            mentions[i].words = org.words
            mentions[i].variants = [org.surface]
        }
    }

    // MARK: - Arabic

    /// Football words after "منطقة" that make it the pitch's area, no place ("منطقة الجزاء", the penalty area).
    static let l13ArabicPitchAreas = KeySet(["الجزاء", "العمليات", "المرمى", "الست", "الخطر", "الوسط"].map { TextFolding.key($0) })
    /// Nisbas of regions and kinds, no town's ("المغرب العربي", the Maghreb).
    static let l13ArabicRegionNisbas = KeySet(["العربي", "الأفريقي", "الإفريقي", "الأوروبي", "الآسيوي", "الإسلامي", "الكبير", "الأوسط", "الجديد",
        "الوطني", "الدولي", "الماضي", "الحالي"].map { TextFolding.key($0) })
    static let l13ArabicMintaqa = KeySet(["منطقة", "لمنطقة", "بمنطقة", "ومنطقة"].map { TextFolding.key($0) })
    /// Words that link a given name to the rest of a name ("يوسف أيت بلعيد", "محمد ولد الغزواني").
    static let l13ArabicNameLinks = KeySet(["أيت", "آيت", "ولد", "بن", "ابن", "بنت"].map { TextFolding.key($0) })
    static let l13ArabicCommonGiven = KeySet(["محمد", "أحمد", "علي", "حسن", "حسين", "خالد", "عمر", "يوسف", "إبراهيم", "مصطفى", "سعيد", "عبد",
        "رشيد", "كريم", "ياسين", "أيوب", "حمزة", "إسماعيل", "عثمان", "سفيان", "أنس", "مراد", "نبيل", "طارق", "هشام", "زكرياء", "زكريا",
        "عادل", "أمين", "بلال", "أسامة", "فاطمة", "مريم", "خديجة", "سلمى", "ليلى"].map { TextFolding.key($0) })

    mutating func l13Arabic() {
        let n = tokens.count
        let cues = Self.h17ArabicSportsCueKeys
        // (The cues' keys asked of the article first: most have none, and the scan below then finds none.)
        let sports = articleHas(cues) && tokens.contains { $0.script == .arabic && $0.kind == .word && cues.contains($0.key, hash: $0.keyHash) }
        var drop = Set<Int>()
        var added: [Mention] = []
        // "يوسف أيت بلعيد": a common given name, a link word and one more name word are a person wherever no mention is.
        let commonGiven = Self.l13ArabicCommonGiven   // (read once: a static's every read calls `swift_once`)
        // (It needs a link word after the given name: an article with none skips the walk.)
        let given = articleHas(Self.l13ArabicNameLinks) ? 0..<max(0, n - 2) : 0..<0
        for k in given where seedArabicWord(k) && commonGiven.contains(tokens[k]) {
            guard seedArabicWord(k + 1), Self.l13ArabicNameLinks.contains(tokens[k + 1]), seedArabicWord(k + 2),
                  !isArabicDefinite(k + 2) || tokens[k + 1].key != TextFolding.key("ولد"), !arabicFlags(k + 2).contains(.stop), !isCountry[k + 2],
                  PlainText.count(tokens[k + 2].text) >= 3 else { continue }
            let (s0, e0) = (tokens[k].start, tokens[k + 2].end)
            guard !anyMention(where: { $0.start < e0 && $0.end > s0 }), !added.contains(where: { $0.start < e0 && $0.end > s0 }) else { continue }
            added.append(mention(k, k + 3, type: .person, evidence: .cue))
        }
        if sports {
            for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
                // "من خارج منطقة الجزاء": the penalty area.
                guard let (a, z) = seedSpan(i), z == a + 1, Self.l13ArabicMintaqa.contains(tokens[a]),
                      Self.l13ArabicPitchAreas.contains(tokens[z]) else { continue }
                drop.insert(i)
            }
            let clubs = mentions.filter { $0.type == .organization && ($0.surface.utf8.first ?? 0) >= 0xD8 }
            for k in 0..<max(0, n - 1) where seedArabicWord(k) && isArabicDefinite(k) {
                guard seedArabicWord(k + 1), isArabicDefinite(k + 1), NameFinder.arabicHasSuffix(tokens[k + 1].text, "ي"), !isCountry[k + 1],
                      !arabicFlags(k + 1).contains(.stop), !Self.l13ArabicRegionNisbas.contains(tokens[k + 1]),
                      !h17ArabicKeyIn(k + 1, Self.h17ArabicRoleNouns), !h17ArabicKeyIn(k, Self.h17ArabicRoleNouns) else { continue }
                let (s0, e0) = (tokens[k].start, tokens[k + 1].end)
                // "المغرب الفاسي": a country's name and a town's nisba (no nisba of a country) is a club.
                var club = isCountry[k] && anyMention(where: { $0.type == .country && $0.start == s0 && $0.end == tokens[k].end })
                // "خلف الجيش الملكي ونهضة بركان": a definite noun and its nisba listed with a club before وَ.
                if !club, k + 2 < n, seedArabicWord(k + 2), NameFinder.arabicHasPrefix(tokens[k + 2].text, "و"), clubs.contains(where: { $0.start == tokens[k + 2].start + 1 || $0.start == tokens[k + 2].start }) {
                    club = !h17ArabicKeyIn(k, Self.h17ArabicGenericBeforeSporting) && !isCountry[k]
                }
                guard club, !added.contains(where: { $0.start < e0 && $0.end > s0 }) else { continue }
                for x in mentions.indices where mentionStart(x) < e0 && mentionEnd(x) > s0 {
                    if mentionKnown(x) != nil && mentionType(x) != .country { continue }
                    drop.insert(x)
                }
                if isCountry[k] { isCountry[k] = false }
                added.append(mention(k, k + 2, type: .organization, evidence: .cue))
            }
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    // MARK: - Japanese

    /// Nouns of business partners before a list of companies ("主要取引先には東京エレクトロンや…がある").
    static let l13JapanesePartnerNouns = ["取引先", "顧客", "納入先", "供給先", "提携先", "出資者", "販売先", "主要株主"]
    static let l13JapaneseTopicParticles: WordSet = ["には", "は", "に", "として"]

    mutating func l13JapanesePartners() {
        let n = tokens.count
        var added: [Mention] = []
        for k in 0..<max(0, n - 2) where tokens[k].script == .han && Self.hasAnySuffix(tokens[k].text, Self.l13JapanesePartnerNouns) {
            guard h17Kana(k + 1) == 1, Self.l13JapaneseTopicParticles.contains(tokens[k + 1].text) else { continue }
            var j = k + 2
            while j < n {
                // One item: Han, katakana and Latin tokens with nothing between them.
                var e = j
                while e < n, e - j < 4, tokens[e].kind == .word, tokens[e].script == .han || tokens[e].script == .latin || h17Kana(e) == 2 { e += 1 }
                guard e > j else { break }
                let (s0, e0) = (tokens[j].start, tokens[e - 1].end)
                let text = (j..<e).map { tokens[$0].text }.joined()
                if text.count >= 2, !anyMention(where: { $0.start < e0 && $0.end > s0 && ($0.known != nil || $0.type == .country) }) {
                    var m = mention(j, e, type: .organization, evidence: .cue)
                    m.surface = text
                    m.words = [TextFolding.key(text)]
                    added.append(m)
                }
                // The list goes on over や, と and 、.
                guard e < n, tokens[e].text == "や" || tokens[e].text == "と" || tokens[e].text == "、" else { break }
                j = e + 1
            }
        }
        guard !added.isEmpty else { return }
        mentions.removeAll { m in m.known == nil && m.type != .country && added.contains { $0.start < m.end && $0.end > m.start } }
        mentions += added
    }
}

// MARK: - Older sets: German and English

extension NameFinder {
    /// Endings of capitalized German words in -tal that are no valley ("Kapital", "Spital", "Quartal", "Portal", "Total", "Metal").
    static let l13GermanNotValleys = ["kapital", "spital", "quartal", "portal", "digital", "total", "metal", "vital", "dental", "frontal", "rental", "kristal"]
    /// German prepositions (with the article) before a valley's name ("im Kaunertal", "durch das Rheintal").
    static let l13GermanValleyPrepositions = KeySet(["im", "ins", "das", "dem", "am", "vom", "ans"].map { TextFolding.key($0) })
    /// Swiss and German council titles written before a member's name ("Bundesrat Alain Berset", "Regierungsrätin …").
    static let l13GermanCouncilTitles = KeySet(["bundesrat", "bundesratin", "regierungsrat", "regierungsratin", "stadtrat", "stadtratin",
        "standerat", "standeratin", "nationalrat", "nationalratin", "gemeinderat", "gemeinderatin", "staatsrat", "staatsratin"].map { TextFolding.key($0) })

    mutating func l13German() {
        let n = tokens.count
        var drop = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), tokens[a].script == .latin else { continue }
            // "Bundesrat Matthias Brändli": a council title before a given name is the member's title, no organization.
            if mentionType(i) != .person, z >= a + 2, Self.l13GermanCouncilTitles.contains(tokens[a]),
               isGivenNameKey(a + 1) || z == a + 2 && (a + 1...z).allSatisfy({ h15CapLatin($0) && !tokens[$0].allCaps && orgKeyword(at: $0) == nil && placeKeyword(at: $0) == nil && !isCountry[$0] }) {
                mentions[i] = mention(a + 1, z + 1, type: .person, evidence: .cue)
                continue
            }
            // "Annette Zumbühl von der ETH Zürich": a person read over "von der" and an acronym ends before "von"; the acronym
            // and a town after it are the employer.
            // (The person already ends before "von": the acronym and its town alone.)
            if mentionType(i) == .person, z + 3 < n, keyIs(z + 1, "von"), keyIs(z + 2, "der") || keyIs(z + 2, "dem"), tokens[z + 3].allCaps,
               PlainText.count(tokens[z + 3].text) >= 2, !anyMention(where: { $0.start <= tokens[z + 3].start && $0.end > tokens[z + 3].start && $0.type != .place }) {
                var e = z + 4
                while e < n, e - (z + 3) < 3, h15CapLatin(e), !tokens[e].allCaps { e += 1 }
                let (s0, e0) = (tokens[z + 3].start, tokens[e - 1].end)
                for x in mentions.indices where x != i && mentionType(x) != .country && mentionStart(x) >= s0 && mentionEnd(x) <= e0 { drop.insert(x) }
                added.append(mention(z + 3, e, type: .organization, evidence: .cue))
                continue
            }
            if mentionType(i) == .person, z >= a + 3, let v = (a + 1..<z).first(where: { keyIs($0, "von") && !tokens[$0].capitalized }),
               v >= a + 2, keyIs(v + 1, "der") || keyIs(v + 1, "dem"), v + 2 <= z, tokens[v + 2].allCaps, PlainText.count(tokens[v + 2].text) >= 2 {
                var e = v + 3
                while e < n, e - (v + 2) < 3, h15CapLatin(e), !tokens[e].allCaps { e += 1 }
                mentions[i] = mention(a, v, type: .person, evidence: mentionEvidence(i))
                let (s0, e0) = (tokens[v + 2].start, tokens[e - 1].end)
                for x in mentions.indices where x != i && mentionType(x) != .country && mentionStart(x) >= s0 && mentionEnd(x) <= e0 { drop.insert(x) }
                added.append(mention(v + 2, e, type: .organization, evidence: .cue))
                continue
            }
            // "die Organisation Pro Natura": the generic noun is no part of the name.
            if mentionType(i) == .organization, z > a, PhraseMatcher.same(tokens[a].key, "organisation"), a >= 1, !tokens[a - 1].capitalized {
                mentions[i] = mention(a + 1, z + 1, type: .organization, evidence: mentionEvidence(i))
            }
        }
        // "im Kaunertal", "durch das Rheintal": a capitalized word ending in -tal after a preposition is a valley.
        for k in 1..<max(1, n) where tokens[k].kind == .word && tokens[k].capitalized && !tokens[k].sentenceStart {
            let key = tokens[k].key
            guard key.utf8.count >= 6, PlainText.hasSuffix(key, "tal"), !Self.hasAnySuffix(key, Self.l13GermanNotValleys),
                  tokens[k - 1].kind == .word, !tokens[k - 1].capitalized, Self.l13GermanValleyPrepositions.contains(tokens[k - 1]) else { continue }
            // (A lone word read as nothing yet, or as a place, becomes the valley; anything else keeps it.)
            if let x = mentions.indices.first(where: { mentionStart($0) < tokens[k].end && mentionEnd($0) > tokens[k].start }) {
                guard mentionKnown(x) == nil, mentionType(x) == nil, mentionStart(x) == tokens[k].start, mentionEnd(x) == tokens[k].end else { continue }
                drop.insert(x)
            }
            var m = mention(k, k + 1, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// Lowercase nouns after a programme's name ("the European Union's Global Gateway programme").
    static let l13EnglishProgrammeNouns = KeySet(["programme", "program", "initiative", "scheme", "project", "strategy", "plan", "fund"])
    /// Capitalized particles opening a company's or a family's name in English text ("De Beers", "Van Oord", "La Poste").
    static let l13EnglishNameParticles = KeySet(["de", "van", "le", "la", "del", "von", "di"])

    mutating func l13English() {
        let n = tokens.count
        var drop = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z) = seedSpan(i), tokens[a].script == .latin else { continue }
            if mentionType(i) == .person {
                // "Global Gateway programme": a name before a programme's noun is no person.
                if z + 1 < n, tokens[z + 1].kind == .word, !tokens[z + 1].capitalized, Self.l13EnglishProgrammeNouns.contains(tokens[z + 1]),
                   !isGivenNameKey(a) {
                    drop.insert(i)
                    continue
                }
                // "Works and Transport Minister Elia Shikongo": a portfolio before "and X Minister" is no person.
                if z == a, keyIs(z + 1, "and"), h15CapLatin(z + 2), z + 3 < n, PhraseMatcher.same(tokens[z + 3].key, "minister") || PhraseMatcher.same(tokens[z + 3].key, "ministry") {
                    drop.insert(i)
                    continue
                }
                // "consultants Royal HaskoningDHV": a word with capitals after lowercase letters ending in an acronym is a company's.
                if (a...z).contains(where: { l13CamelAcronym(tokens[$0].text) }) {
                    mentions[i].type = .organization
                    continue
                }
            }
            // "and De Beers": a capitalized particle mid-sentence right before a name opens it.
            if a >= 1, tokens[a].spaceBefore, tokens[a - 1].kind == .word, tokens[a - 1].capitalized, !tokens[a - 1].sentenceStart, !tokens[a - 1].allCaps,
               Self.l13EnglishNameParticles.contains(tokens[a - 1]),
               !anyMention(where: { $0.end == tokens[a - 1].end }), a < 2 || !isCap(a - 2) {
                let type = mentionType(i)
                mentions[i] = mention(a - 1, z + 1, type: type, evidence: mentionEvidence(i))
            }
        }
        // "Tydal mayor Odd Arne Holmen": one or two capitalized words before "mayor" and a name are the town.
        let mayor = Token.hash("mayor")   // (the hash first: nearly every word differs from it)
        // (Only at "mayor": an article without it skips the walk.)
        let words = articleHas(Self.l13KeyMayor) ? 1..<max(1, n - 1) : 1..<1
        for k in words where tokens[k].kind == .word && !tokens[k].capitalized && keyIs(k, "mayor", hash: mayor) {
            guard h15CapLatin(k + 1), h15CapLatin(k - 1), !isCountry[k - 1] else { continue }
            var a = k - 1
            if a >= 1, h15CapLatin(a - 1), !isCountry[a - 1], !isStopword(a - 1), tokens[a].spaceBefore { a -= 1 }
            guard !isStopword(a), !isStopword(k - 1), !(a..<k).contains(where: { Self.l13EnglishNotTownBeforeMayor.contains(tokens[$0]) }),
                  orgKeyword(at: a) == nil, orgKeyword(at: k - 1) == nil, placeKeyword(at: k - 1) == nil else { continue }
            let (s0, e0) = (tokens[a].start, tokens[k - 1].end)
            if anyMention(where: { $0.start < e0 && $0.end > s0 && ($0.known != nil || $0.type == .place || $0.type == .organization) }) { continue }
            for x in mentions.indices where mentionStart(x) < e0 && mentionEnd(x) > s0 { drop.insert(x) }
            var m = mention(a, k, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// The gate of `l13English`' mayor rule.
    static let l13KeyMayor = KeySet(["mayor"])
    /// Capitalized words before "mayor" that are no town's ("Deputy mayor", "Former mayor").
    static let l13EnglishNotTownBeforeMayor = KeySet(["deputy", "vice", "former", "acting", "city", "town", "new", "elected", "then", "interim",
        "incumbent", "late", "outgoing", "assistant", "lord", "village", "county", "district", "municipal", "local", "opposition"])

    /// "HaskoningDHV", "PetroVietnamGAS": lowercase letters, then two capitals or more at the word's end.
    /// (Asked of every word of every person's name: most end in a lowercase ASCII letter, and a word whose last scalar is ASCII and no
    /// capital ends with no capital at all, so is told without reading its scalars' properties.)
    func l13CamelAcronym(_ text: String) -> Bool {
        if let last = NameFinder.lastByte(text), last < 0x80, !(last >= 0x41 && last <= 0x5A) { return false }
        var sawLower = false, caps = 0
        for u in text.unicodeScalars {
            if u.properties.isLowercase { sawLower = true; caps = 0 } else if u.properties.isUppercase { caps += 1 } else { caps = 0 }
        }
        return sawLower && caps >= 2
    }
}
