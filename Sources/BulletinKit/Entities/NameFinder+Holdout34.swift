import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout34 (wire copy in Polish, Czech, Romanian, Swedish, Indonesian,
/// Hungarian, Danish, Finnish and Croatian; scored untouched at 0.445 / 0.526, the language of 11 of its 16 articles
/// read wrong). One pass, run just before refineCP15. The patterns: names in grammatical cases read as several entities
/// ('Grzegorz Wilczkowski' / 'Grzegorzem Wilczkowskim', 'Koskivaara' / 'Koskivaaran', 'KSE' / 'KSE-t') and case forms of
/// towns read as bodies ('v Přerově', 'în Bârlad', 'Joensuussa', 'Egerben'); a preposition, a title or a common noun
/// glued before a name ('S Ivanou …', 'Podle Hrdličky', 'Bapak Adrianus …', 'Elbolaget …'); bodies whose head word or
/// legal form is in these languages ('Sąd Okręgowy w Gdańsku', 'Consiliul Județean', 'Länsstyrelsen', 'Dinas …',
/// '… Törvényszék', '… Kft.', '… kaupunginorkesteri', 'Bollnäs kommun'); cups, leagues, currency and tickers read as names.
/// Every rule is gated on the language (one of these nine) before any scan.
extension NameFinder {
    /// The languages of the pass (and close ones the detector may name one day).
    enum H34Lang { case pl, cs, hr, hu, fi, sv, da, ro, id }

    static func h34Lang(_ code: String) -> H34Lang? {
        switch code {
        case "pl": return .pl
        case "cs", "sk": return .cs
        case "hr", "sr", "bs", "sl": return .hr
        case "hu": return .hu
        case "fi", "et": return .fi
        case "sv", "no", "nb", "nn": return .sv
        case "da": return .da
        case "ro": return .ro
        case "id", "ms": return .id
        default: return nil
        }
    }

    mutating func refineHoldout34() {
        guard !tokens.isEmpty, !mentions.isEmpty, let l = Self.h34Lang(language) else { return }
        h34Drops(l)
        h34LeadingWords(l)
        h34Joins(l)
        h34Bodies(l)
        h34SentenceCaseBodies(l)
        h34Agencies()
        h34Places(l)
        h34Clubs(l)
        h34GluedFirstWord(l)
        h34CaseForms(l)
        h34Coordinated(l)
    }

    // MARK: - Helpers

    static func h34Keys(_ list: [String]) -> KeySet { KeySet(list.map { TextFolding.key($0) }) }

    /// The token starting at UTF-16 offset `offset` (binary search over the starts).
    func h34Token(startingAt offset: Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid } }
        return lo < tokens.count && tokens[lo].start == offset ? lo : nil
    }

    /// The token ending at UTF-16 offset `offset`.
    func h34Token(endingAt offset: Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].end < offset { lo = mid + 1 } else { hi = mid } }
        return lo < tokens.count && tokens[lo].end == offset ? lo : nil
    }

    /// Token range of mention `i` (nil when its edges are not token edges).
    func h34Range(_ i: Int) -> (Int, Int)? {
        guard let a = h34Token(startingAt: mentions[i].start), let b = h34Token(endingAt: mentions[i].end) else { return nil }
        return (a, b + 1)
    }

    /// Whether tokens `a..<b` are one word, hyphenated parts included ('Piatra-Neamț', 'Carelia-salin').
    func h34OneWord(_ a: Int, _ b: Int) -> Bool {
        guard b > a, h34Word(a) else { return false }
        var k = a + 1
        while k < b {
            guard tokens[k].kind == .punct, tokens[k].key == "-", k + 1 < b, h34Word(k + 1), !tokens[k].spaceBefore, !tokens[k + 1].spaceBefore else { return false }
            k += 2
        }
        return true
    }

    @inline(__always) func h34Word(_ k: Int) -> Bool { k >= 0 && k < tokenCount && tokens[k].kind == .word }
    @inline(__always) func h34Cap(_ k: Int) -> Bool { h34Word(k) && tokens[k].capitalized }
    @inline(__always) func h34Lower(_ k: Int) -> Bool { h34Word(k) && !tokens[k].capitalized && !tokens[k].allCaps }

    /// Replaces mention `i` by a mention over tokens `a..<b` of `type` (the evidence at least a cue).
    mutating func h34Rebuild(_ i: Int, _ a: Int, _ b: Int, type: EntityType?) {
        var m = mention(a, b, type: type, evidence: max(mentions[i].evidence, .cue))
        m.placeContext = mentions[i].placeContext
        mentions[i] = m
    }

    /// Whether `a` and `b` (folded words) are case forms of one word: the same stem, endings of at most four letters,
    /// not a derived adjective or region ('Přerov' / 'Přerovsko'); hyphenated parts compared part by part.
    static func h34CaseForms(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let pa = a.split(separator: "-"), pb = b.split(separator: "-")
        guard pa.count == pb.count else { return false }
        for (x, y) in zip(pa, pb) where x != y {
            let xs = Array(x.unicodeScalars), ys = Array(y.unicodeScalars)
            var cp = 0
            while cp < xs.count, cp < ys.count, xs[cp] == ys[cp] { cp += 1 }
            let rx = xs.count - cp, ry = ys.count - cp
            guard cp >= 3, cp >= min(xs.count, ys.count) - 3, rx <= 4, ry <= 4 else { return false }
            func derived(_ s: [Unicode.Scalar], _ r: Int) -> Bool {
                r >= 2 && (s[cp] == "s" || s[cp] == "c") && s[cp + 1] == "k"
            }
            if derived(xs, rx) != derived(ys, ry) { return false }
        }
        return true
    }

    /// A Hungarian case suffix written after a hyphen ('KSE-t', 'MTI-nek', 'NATO-ban'): dropped before comparing.
    static let h34HungarianSuffixes = h34Keys(["t", "ot", "et", "öt", "at", "nak", "nek", "ban", "ben", "ba", "be", "ból", "ből", "tól",
        "től", "ról", "ről", "val", "vel", "hoz", "hez", "höz", "on", "en", "ön", "n", "ra", "re", "ig", "ért", "nál", "nél", "i", "s"])

    func h34Stripped(_ word: String, _ l: H34Lang) -> String {
        guard l == .hu, let dash = word.lastIndex(of: "-") else { return word }
        let tail = String(word[word.index(after: dash)...])
        return Self.h34HungarianSuffixes.contains(tail) ? String(word[..<dash]) : word
    }

    // MARK: - Cups, leagues, currency, tickers

    static let h34CupWords = h34Keys(["puchar", "pucharu", "pucharze", "pucharem", "pohár", "poháru", "kup", "kupa", "kupu", "kupe",
        "cupa", "cupei", "cupen", "pokal", "piala"])
    static let h34LeagueWords = h34Keys(["liga", "ligi", "lidze", "ligę", "ligą", "ligy", "lize", "ligu", "ligan", "ligaen", "liigan", "liiga"])
    static let h34TickerLead = h34Keys(["saham", "kode", "ticker", "symbol"])
    static let h34PlanHeads = h34Keys(["planul", "programul", "strategia", "planu", "program", "programu", "programme"])
    static let h34MarketNouns = h34Keys(["piața", "piaţa", "piaței", "rynku", "trhu", "segmentu", "segmentul"])
    static let h34HungarianNumbers = h34Keys(["egy", "két", "kettő", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc", "tíz", "húsz"])

    /// 'Pucharu Polski', 'Tauron Lidze', 'NB I' (competitions), 'Rp' (the rupiah before a number), a ticker after
    /// 'kode saham', 'Planul Național …' (a plan): no entities.
    mutating func h34Drops(_ l: H34Lang) {
        var removed = Set<Int>()
        for i in mentions.indices where mentionType(i) != .country && mentionKnown(i) == nil {
            guard let (a, b) = h34Range(i) else { continue }
            let first = tokens[a].key, fh = tokens[a].keyHash
            if Self.h34CupWords.contains(first, hash: fh) { removed.insert(i); continue }
            if Self.h34PlanHeads.contains(first, hash: fh) && (l == .ro || l == .pl || l == .cs) {
                removed.insert(i)
                // '… și Reziliență (PNRR)': the plan's last words after 'and' and its acronym go with it.
                var k = b
                if k + 1 < tokens.count, Self.h34And.contains(tokens[k]),
                   let j = firstMentionIndex(where: { $0.start == tokens[k + 1].start }), let (_, jb) = h34Range(j) { removed.insert(j); k = jb }
                if k + 1 < tokens.count, tokens[k].key == "(", let j = firstMentionIndex(where: { $0.start == tokens[k + 1].start }) { removed.insert(j) }
                continue
            }
            if a > 0, h34Lower(a - 1), Self.h34MarketNouns.contains(tokens[a - 1]) { removed.insert(i); continue }
            if l == .hu, b - a == 1, Self.h34HungarianNumbers.contains(first, hash: fh) { removed.insert(i); continue }
            if b - a == 1, tokens[a].sentenceStart, let lead = Self.h34Leading[l], lead.contains(first, hash: fh), first.count > 3 { removed.insert(i); continue }
            if (a..<b).contains(where: { tokens[$0].kind == .word && Self.h34LeagueWords.contains(tokens[$0]) }) {
                removed.insert(i); continue
            }
            if l == .hu, b - a <= 2, first == "nb" { removed.insert(i); continue }
            if l == .id {
                if b - a == 1, first == "rp" { removed.insert(i); continue }
                if a > 0, tokens[a].allCaps, h34Word(a - 1), Self.h34TickerLead.contains(tokens[a - 1]) {
                    removed.insert(i); continue
                }
            }
        }
        if !removed.isEmpty { replaceMentions(removing: removed) }
    }

    // MARK: - Words glued before a name

    /// Per language: prepositions, conjunctions, titles and common nouns that open a sentence or stand before a name
    /// but are never its first word.
    static let h34Leading: [H34Lang: KeySet] = [
        .pl: h34Keys(["z", "ze", "razem", "według", "sędzia", "sędziego", "trener", "trenera", "prezes", "prezesa", "prezydent",
                      "siatkarze", "siatkarki", "piłkarze", "goście", "gospodarze", "szkoleniowiec", "klub", "spółka", "firma",
                      "mec", "oskarżony", "obrońca", "wojewoda", "burmistrz", "starosta", "radny", "radna", "przewodnicząca",
                      "przewodniczący", "minister", "dyrektor", "skarbnik", "i", "oraz", "do", "w", "we", "na", "od", "dla"]),
        .cs: h34Keys(["s", "se", "podle", "ministr", "ministra", "ministryně", "mluvčí", "ředitel", "ředitelka", "generální",
                      "předseda", "předsedkyně", "hejtman", "náměstek", "starosta", "poslanec", "firma", "společnost", "soudce",
                      "soudkyně", "u", "k", "ke", "od", "do", "pro", "při", "na", "v", "ve", "z", "ze", "a", "i", "také"]),
        .hr: h34Keys(["s", "sa", "u", "iz", "na", "od", "do", "prema", "uz", "kod", "za", "načelnik", "načelnica",
                      "gradonačelnik", "gradonačelnica", "župan", "ministar", "ministrica", "direktor", "direktorica", "tvrtka",
                      "predsjednik", "predsjednica", "vodostaj", "glasnogovornik", "i", "a"]),
        .ro: h34Keys(["președintele", "președinta", "directorul", "ministrul", "primarul", "managerul", "liderul", "medicul",
                      "compania", "firma", "potrivit", "la", "în", "din", "pe", "cu", "lui", "și", "iar"]),
        .sv: h34Keys(["elbolaget", "bolaget", "räddningsledaren", "säkerhetschef", "presschef", "styrelseordföranden",
                      "dirigenten", "tonsättaren", "i", "på", "från", "till", "enligt", "även", "hos", "med", "och", "hundratals", "tusentals"]),
        .da: h34Keys(["afdelingsformand", "direktør", "ejeren", "administrerende", "erhvervsminister", "også", "ifølge", "i",
                      "på", "fra", "til", "hos", "med", "og", "hundredvis", "tusindvis"]),
        .fi: h34Keys(["intendentti", "viulisti", "kapellimestari", "ylikapellimestari", "ja"]),
        .hu: h34Keys(["a", "az", "és", "dr"]),
        .id: h34Keys(["bapak", "ibu", "pak", "bu", "menteri", "wakil", "anggota", "kunjungan", "dari", "di", "ke", "direktur",
                      "utama", "gubernur", "bupati", "salah", "seorang", "petani", "kata", "ujar", "menurut", "dan", "luar", "negeri", "republik"]),
    ]
    /// Titles inside a glued mention: the name after them is a person, what stands before is named apart.
    static let h34InnerTitles: [H34Lang: KeySet] = [
        .id: h34Keys(["bapak", "ibu", "pak", "bu"]),
    ]

    /// 'S Ivanou Křížovou-Paclíkovou', 'Podle Hrdličky', 'Bapak Adrianus Sitompul', 'Elbolaget Hälsinge Kraftnät AB':
    /// the leading words go; 'Kepala Dinas … Ibu Ratna Kusumaningtyas': a title inside splits the mention, the name after
    /// it a person.
    mutating func h34LeadingWords(_ l: H34Lang) {
        guard let lead = Self.h34Leading[l] else { return }
        let inner = Self.h34InnerTitles[l]
        var removed = Set<Int>(), added: [Mention] = []
        for i in mentions.indices where mentionType(i) != .country && mentionKnown(i) == nil {
            guard let (a0, b) = h34Range(i) else { continue }
            var a = a0
            while a < b, h34Word(a), lead.contains(tokens[a]) { a += 1 }
            // 'Esbjerg-virksomheden Vestkyst Vindteknik': a town glued to a lowercase common noun opens no name.
            if a + 3 < b, tokens[a + 1].key == "-", !tokens[a + 1].spaceBefore, h34Lower(a + 2) { a += 3 }
            // 'perusahaan Jepang Kanazawa Bussan': an Indonesian country adjective after its noun is no part of the name.
            if l == .id, b - a >= 3, isCountry[a] { a += 1 }
            while a < b, !h34Word(a) { a += 1 }
            if let inner, b - a >= 3 {
                // The last inner title of the mention (not its first word).
                var t = b - 1
                while t > a, !(h34Word(t) && inner.contains(tokens[t])) { t -= 1 }
                if t > a, t + 1 < b {
                    removed.insert(i)
                    added.append(mention(t + 1, b, type: .person, evidence: .cue))
                    var e = t
                    while e > a, !h34Word(e - 1) { e -= 1 }
                    if e > a { added.append(mention(a, e, type: nil, evidence: .guess)) }
                    continue
                }
            }
            guard a != a0 else { continue }
            if a >= b { removed.insert(i); continue }
            h34Rebuild(i, a, b, type: mentions[i].type)
        }
        if !removed.isEmpty || !added.isEmpty { replaceMentions(removing: removed, adding: added) }
    }

    // MARK: - Bodies

    /// First words that make a body.
    static let h34Heads: [H34Lang: KeySet] = [
        .pl: h34Keys(["sąd", "sądu", "sądzie", "sądem", "prokuratura", "prokuratury", "prokuraturze", "rada", "rady", "radzie",
                      "zespół", "zespołu", "urząd", "urzędu", "biuro", "biura", "centralne", "centralnego", "krajowa", "krajowej",
                      "krajową", "ministerstwo", "ministerstwa", "skarb", "związek", "związku", "izba", "izby", "policja",
                      "policji", "szpital", "szpitala", "uniwersytet", "uniwersytetu", "koalicja"]),
        .cs: h34Keys(["úřad", "úřadu", "úřadem", "soud", "soudu", "ministerstvo", "ministerstva", "ministerstvu", "agentura",
                      "agentury", "sněmovna", "sněmovně", "sněmovny", "nemocnice", "univerzita", "univerzity", "fakulta", "svaz",
                      "strana", "komora", "policie", "inspekce", "krajský", "městský", "okresní", "nejvyšší", "ústavní"]),
        .hr: h34Keys(["vlada", "vlade", "vladi", "stožer", "stožera", "ministarstvo", "ministarstva", "sabor", "sabora",
                      "sveučilište", "sveučilišta", "zavod", "zavoda", "agencija", "agencije", "bolnica", "bolnice", "državni",
                      "državnog", "federalni", "federalnog", "hrvatska", "hrvatske", "hrvatskih", "općinski", "županijski"]),
        .ro: h34Keys(["spitalul", "spitalului", "consiliul", "consiliului", "casa", "casei", "sindicatul", "sindicatului",
                      "ministerul", "ministerului", "direcția", "direcției", "direcţia", "direcţiei", "agenția", "agenţia",
                      "institutul", "universitatea", "primăria", "primăriei", "tribunalul", "curtea", "parchetul", "bursa",
                      "bursei", "partidul", "banca", "autoritatea", "inspectoratul", "guvernul"]),
        .sv: h34Keys(["räddningstjänsten", "länsstyrelsen", "myndigheten", "trafikverket", "kungliga", "region", "regionen",
                      "kulturnämnden", "polisen", "tingsrätt", "hovrätten"]),
        .da: h34Keys(["fagforbundet", "region", "regionen", "danmarks", "nasdaq"]),
        .fi: h34Keys(["taideyliopiston", "tapiola"]),
        .hu: h34Keys(["nemzeti", "magyar", "debreceni", "fővárosi"]),
        .id: h34Keys(["dinas", "koperasi", "komisi", "badan", "kementerian", "universitas", "bank", "pt", "bursa", "dewan",
                      "polda", "polres", "pengadilan", "kejaksaan", "yayasan", "institut", "sekolah", "perusahaan"]),
    ]
    /// Legal forms and club words after a name (folded, dots dropped; several tokens: 'sp. z o.o.' is read as its words).
    static let h34LegalForms = h34Keys(["sp", "a.s", "as", "s.r.o", "sro", "srl", "s.r.l", "sa", "s.a", "ab", "a/s", "aps", "oy", "oyj",
        "tbk", "kft", "zrt", "nyrt", "bt", "d.d", "dd", "d.o.o", "doo", "gmbh", "ag", "kc", "kse", "se", "fc", "sc", "vsc", "volley",
        "ltd", "co", "s.p.a"])
    /// Endings of a name's last word that make it a body (folded).
    static let h34TailEndings: [H34Lang: [String]] = [
        .hu: ["torvenyszek", "ugyeszseg", "itelotabla", "onkormanyzat", "onkormanyzattal", "szovetseg", "hivatal", "egyetem",
              "korhaz", "miniszterium", "birosag", "foigazgatosag", "foigazgatosaga", "tarsasag"],
        .sv: ["kommun", "kommuns", "operan", "operas", "opera", "teater", "teatern", "akademin", "orkester", "sjukhus", "verket",
              "universitet", "hogskola", "forening", "forbund"],
        .da: ["havn", "havns", "foreningen", "forening", "kommune", "teater", "universitet", "forbund"],
        .fi: ["orkesteri", "orkesterin", "orkesteria", "akatemia", "akatemiassa", "yliopisto", "yliopistossa", "sinfonietta",
              "sinfoniettaa", "teatteri", "sairaala", "ministerio"],
        .cs: ["agentura", "agentury", "unie", "unii"],
        .hr: ["zavod", "zavoda", "vode", "voda", "vojska", "vojske"],
    ]

    func h34TailIsBody(_ word: String, _ l: H34Lang) -> Bool {
        guard let ends = Self.h34TailEndings[l] else { return false }
        let w = h34Stripped(word, l)
        return ends.contains { w.hasSuffix($0) }
    }

    /// Whether a legal form or club word follows token `b - 1` (or is the mention's last word).
    func h34LegalFormAfter(_ a: Int, _ b: Int) -> Bool {
        if b - a >= 2, Self.h34LegalForms.contains(tokens[b - 1]),
           tokens[b - 1].allCaps || tokens[b - 1].key.count > 2 || tokens[b - 1].key.contains(".") { return true }
        if (a..<b).contains(where: { tokens[$0].key == "volley" }) { return true }
        // 'Vestkyst Vindteknik A' + '/S'.
        if b + 1 < tokens.count, tokens[b - 1].key == "a", tokens[b].key == "/", tokens[b + 1].key == "s" { return true }
        var k = b
        while k < tokens.count, k < b + 2, tokens[k].kind == .punct, tokens[k].key != "." { k += 1 }
        guard h34Word(k) else { return false }
        let key = tokens[k].key
        if key == "sp", k + 2 < tokens.count { return true }   // 'sp. z o.o.'
        return Self.h34LegalForms.contains(key, hash: tokens[k].keyHash) && (key.count > 2 || tokens[k].allCaps || key.contains(".") || tokens[k].text.contains("/"))
    }

    /// Lowercase nouns before a company's, club's or party's name.
    static let h34BodyNounsBefore: [H34Lang: KeySet] = [
        .pl: h34Keys(["klubu", "klub", "spółka", "spółkę", "firma", "firmę", "pracownia"]),
        .cs: h34Keys(["firma", "firmu", "společnost", "podnik", "koncern", "koncernu", "strana", "hnutí"]),
        .ro: h34Keys(["compania", "companiei", "firma", "firmei", "grupul", "grupului", "clubul", "partidul"]),
        .sv: h34Keys(["bolaget", "företaget", "klubben", "elbolaget"]),
        .da: h34Keys(["selskabet", "virksomheden", "underleverandøren", "energiselskab", "energiselskabet"]),
        .hu: h34Keys(["cég", "klub"]),
        .hr: h34Keys(["tvrtka", "tvrtke", "tvrtku", "klub", "kluba", "udruga", "stranka"]),
        .id: h34Keys(["perusahaan", "koperasi"]),
        .fi: h34Keys(["yhtiö", "yhtiön"]),
    ]

    /// A mention opened by a body's head word, ended by a body's word or followed by a legal form is a body; a Polish
    /// court or prosecutor's office takes its seat ('Sąd Okręgowy' + 'w Gdańsku').
    mutating func h34Bodies(_ l: H34Lang) {
        let heads = Self.h34Heads[l]
        var removed = Set<Int>()
        for i in mentions.indices where mentionType(i) != .country && mentionKnown(i) == nil && !removed.contains(i) {
            guard let (a, b0) = h34Range(i) else { continue }
            // ('Dunakanyar KSE' + '-t': a Hungarian case suffix after a hyphen is no part of the name's last word.)
            let b = l == .hu && b0 - a >= 3 && tokens[b0 - 2].key == "-" && Self.h34HungarianSuffixes.contains(tokens[b0 - 1]) ? b0 - 2 : b0
            let headHit = heads.map { $0.contains(tokens[a]) } ?? false
            // ('Hrvatske' alone is the country's adjective; 'Magyar' alone an adjective: the head needs a second word.)
            let surePerson = mentionType(i) == .person && mentionEvidence(i) >= .cue
            let nounBefore = !surePerson && a > 0 && h34Lower(a - 1) && (Self.h34BodyNounsBefore[l]?.contains(tokens[a - 1]) ?? false)
            // '… Törvényszék' + 'Szalontai Gézát': a body's last word inside a mention ends the body.
            if l == .hu || l == .fi, b - a >= 3, let t = (a + 1..<(b - 1)).first(where: { h34Word($0) && h34TailIsBody(tokens[$0].key, l) }) {
                let rest = mention(t + 1, b, type: nil, evidence: .guess)
                h34Rebuild(i, a, t + 1, type: .organization)
                mentions.append(rest)
                continue
            }
            // 'Direktur … PT X Tbk Hendra Wirasaputra': a legal form inside a mention ends the company.
            if b - a >= 3, let t = (a + 1..<(b - 1)).first(where: { h34Word($0) && Self.h34LegalForms.contains(tokens[$0])
                                                                  && (tokens[$0].allCaps || tokens[$0].key.count > 2) && tokens[$0].key != "volley" && h34Cap($0 + 1) }) {
                let rest = mention(t + 1, b, type: nil, evidence: .guess)
                h34Rebuild(i, a, t + 1, type: .organization)
                mentions.append(rest)
                continue
            }
            let institution = b - a == 1 && Self.h34Institutions.contains(tokens[a])
            let body = headHit && b - a >= 2 || institution || h34TailIsBody(tokens[b - 1].key, l) || h34LegalFormAfter(a, b) || nounBefore
                || headHit && h34HeadFirstEnd(b, l) != nil
            guard body else { continue }
            var start = a
            var end = b0
            // 'Vestkyst Vindteknik A' + '/S'.
            if end + 1 < tokens.count, tokens[b - 1].key == "a", tokens[end].key == "/", h34Word(end + 1), tokens[end + 1].key == "s" { end += 2 }
            // 'Stožera' + 'civilne zaštite Sisačko-moslavačke županije', 'Úřadu' + 'práce ČR'.
            if headHit, let e = h34HeadFirstEnd(b, l) { end = e }
            // 'Danmarks' + 'Vindmølleforening': a country's genitive before a body is its first word.
            if l == .sv || l == .da, a > 0, isCountry[a - 1], h34Cap(a - 1), PlainText.hasSuffix(tokens[a - 1].key, "s") { start = a - 1 }
            // 'Nasdaq' + 'Copenhagen': the Nordic exchanges.
            if tokens[b - 1].key == "nasdaq", h34Cap(b) { end = b + 1 }
            if l == .pl, headHit, PlainText.hasPrefix(tokens[a].key, "sad") || PlainText.hasPrefix(tokens[a].key, "prokurat"), end + 1 < tokens.count,
               tokens[end].key == "w", h34Cap(end + 1) {
                end += 2   // (the seat stays a place of its own)
            }
            if end != b || start != a || mentionType(i) != .organization {
                if end > b0, !(l == .pl && tokens[b0].key == "w") {
                    let (s, e) = (tokens[b0].start, tokens[end - 1].end)
                    for j in mentions.indices where j != i && mentionType(j) != .country && mentionKnown(j) == nil && mentionStart(j) >= s && mentionEnd(j) <= e { removed.insert(j) }
                }
                h34Rebuild(i, start, end, type: .organization)
            }
        }
        if !removed.isEmpty { replaceMentions(removing: removed) }
    }

    /// Parliaments and chambers named by one word ('ve Sněmovně', 'w Sejmie', 'i Riksdagen'): bodies, never places.
    static let h34Institutions = h34Keys(["sněmovna", "sněmovně", "sněmovny", "sněmovnu", "senát", "senátu", "sejm", "sejmu", "sejmie",
        "senat", "senatu", "sabor", "saboru", "sabora", "riksdagen", "riksdag", "folketinget", "folketing", "eduskunta", "eduskunnan",
        "eduskunnassa", "országgyűlés", "országgyűlésen", "parlamentul", "senatul", "dpr", "mpr", "myndigheten", "trafikverket",
        "länsstyrelsen", "polisen", "politiet"])
    /// Function words that end a body's name read on over lowercase words.
    static let h34Function = h34Keys(["je", "se", "su", "u", "i", "a", "na", "v", "ve", "z", "ze", "w", "s", "za", "da", "do", "od", "po",
        "pro", "při", "koji", "která", "který", "které", "kao", "ali", "ili", "și", "în", "din", "la", "pe", "cu", "de", "că", "să",
        "och", "og", "i", "på", "är", "er", "ja", "on", "és", "az", "dan", "di", "ke", "yang", "nie", "jest", "już", "że"])

    /// The end of a body named head first and read on over lowercase genitives to a capitalized word ('Stožera' +
    /// 'civilne zaštite Sisačko-moslavačke županije', 'Úřadu' + 'práce ČR'); nil when the words after the head are not
    /// such ('Vlada' + 'najavila je …').
    func h34HeadFirstEnd(_ b: Int, _ l: H34Lang) -> Int? {
        guard l == .cs || l == .hr || l == .pl else { return nil }
        var j = b, sawLower = false, sawCap = false, after = 0, last = b
        while j < tokens.count, j < b + 8 {
            if h34Lower(j) {
                if Self.h34Function.contains(tokens[j]) { break }
                if sawCap {
                    after += 1
                    last = j + 1
                    if after == 2 { break }
                } else { sawLower = true }
                j += 1
            } else if tokens[j].kind == .punct, tokens[j].key == "-", !tokens[j].spaceBefore, sawCap {
                j += 1
            } else if h34Word(j), tokens[j].capitalized || tokens[j].allCaps, sawLower {
                if sawCap, after > 0 { break }
                sawCap = true
                last = j + 1
                j += 1
                // Two capitalized words in a row open a person's name ('… županije Tomislav Brkljačić').
                if h34Cap(j), !(tokens[j].kind == .punct) { break }
            } else { break }
        }
        return sawLower && sawCap ? last : nil
    }

    /// 'Ministerstwo Sportu' + 'i' + 'Turystyki', 'Ogrodnik' + 'i' + 'Wawrzyczek Architekci' (+ 'sp. z o.o.'): two names
    /// joined by 'and' are one body when the first is a ministry or the second ends in a legal form.
    static let h34And = h34Keys(["i", "a", "és", "och", "og", "ja", "și", "şi", "dan", "&"])
    static let h34Ministries = h34Keys(["ministerstwo", "ministerstwa", "ministerstvo", "ministerstva", "ministarstvo", "ministarstva",
        "ministerul", "ministerului", "kementerian"])
    mutating func h34Joins(_ l: H34Lang) {
        var removed = Set<Int>()
        for i in mentions.indices where mentionType(i) != .country && mentionKnown(i) == nil && !removed.contains(i) {
            guard let (a, b0) = h34Range(i) else { continue }
            // ('Nemzeti Adó' + '-' + 'és' + 'Vámhivatal'.)
            let b = b0 < tokens.count && tokens[b0].key == "-" && !tokens[b0].spaceBefore ? b0 + 1 : b0
            guard b + 1 < tokens.count, Self.h34And.contains(tokens[b]),
                  h34Cap(b + 1), let j = firstMentionIndex(where: { $0.start == tokens[b + 1].start && $0.type != .country && $0.known == nil }),
                  let (_, jb) = h34Range(j), jb - b - 1 <= 3 else { continue }
            let ministry = Self.h34Ministries.contains(tokens[a])
            guard ministry || h34LegalFormAfter(b + 1, jb) || h34TailIsBody(tokens[jb - 1].key, l) else { continue }
            h34Rebuild(i, a, jb, type: .organization)
            removed.insert(j)
        }
        if !removed.isEmpty { replaceMentions(removing: removed) }
    }

    /// 'Joensuun kaupunginorkesteri', 'Bollnäs kommun', 'Åbo stadsorkester', 'Česká rozvojová agentura', 'Hrvatske vode',
    /// 'Državni hidrometeorološki zavod': a capitalized word and up to three lowercase words, the last a body's word.
    mutating func h34SentenceCaseBodies(_ l: H34Lang) {
        guard Self.h34TailEndings[l] != nil else { return }
        var added: [Mention] = []
        var spans: [(Int, Int)] = []
        var k = 0
        while k < tokens.count {
            defer { k += 1 }
            guard h34Cap(k), !tokens[k].allCaps else { continue }
            // Not a sentence's article or preposition ('A bíróság'), not the second part of a hyphenated word ('Pohjois-Karjalan').
            if let lead = Self.h34Leading[l], lead.contains(tokens[k]) { continue }
            if k > 0, tokens[k - 1].key == "-", !tokens[k].spaceBefore { continue }
            var j = k + 1
            var hit = -1
            while j < tokens.count, j <= k + 3, h34Lower(j) {
                if h34TailIsBody(tokens[j].key, l) { hit = j; break }
                if Self.h34Function.contains(tokens[j]) || Self.h34FinnishStops.contains(tokens[j]) { break }
                j += 1
            }
            guard hit > 0 else { continue }
            let a = k
            spans.append((a, hit + 1))
            added.append(mention(a, hit + 1, type: .organization, evidence: .cue))
            k = hit
        }
        guard !added.isEmpty else { return }
        var removed = Set<Int>()
        for (a, b) in spans {
            let (s, e) = (tokens[a].start, tokens[b - 1].end)
            for i in mentions.indices where mentionType(i) != .country && mentionKnown(i) == nil && mentionStart(i) < e && mentionEnd(i) > s {
                // 'Tukholmassa' + 'Ruotsin radion sinfoniaorkesterin': the words before the body stay a name of their own.
                if mentionStart(i) < s, let ma = h34Token(startingAt: mentions[i].start), ma < a {
                    var e2 = a
                    while e2 > ma, !h34Word(e2 - 1) { e2 -= 1 }
                    if e2 > ma { h34Rebuild(i, ma, e2, type: mentions[i].type); continue }
                }
                removed.insert(i)
            }
        }
        replaceMentions(removing: removed, adding: added)
    }

    static let h34FinnishStops = h34Keys(["mukaan", "kanssa", "jälkeen", "aikana", "ainoa", "myös", "oli", "ovat", "sekä", "kuin", "vuonna"])

    // MARK: - Agencies

    /// 'BOLLNÄS (TT)', 'Joensuu (STT)': an acronym in parentheses after the dateline is the agency; '/ritzau/' at the end
    /// signs the copy, and the same word in the text ('til Ritzau') is the agency, no place.
    mutating func h34Agencies() {
        let n = tokens.count
        var k = 1
        while k + 1 < min(n, 16) {
            if tokens[k - 1].key == "(", tokens[k].allCaps, h34Word(k), tokens[k + 1].key == ")",
               let i = firstMentionIndex(where: { $0.start == tokens[k].start && $0.end == tokens[k].end && $0.type != .country && $0.known == nil }) {
                mentions[i].type = .organization
                mentions[i].evidence = .cue
            }
            k += 1
        }
        guard n > 3, let k2 = (max(1, n - 4)..<n).last(where: { h34Lower($0) && tokens[$0 - 1].key == "/" }) else { return }
        let sign = tokens[k2].key
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionWordCount(i) == 1 && mentions[i].words[0] == sign {
            mentions[i].type = .organization
            mentions[i].evidence = .cue
        }
    }

    // MARK: - Clubs and glued words

    /// 'Nadodrza Opole', 'Sokoła Radomsko', 'Pick Szeged': a name and a town the article names as a place is a club.
    mutating func h34Clubs(_ l: H34Lang) {
        guard l == .pl || l == .cs || l == .hr || l == .hu || l == .ro else { return }
        for i in mentions.indices where mentionKnown(i) == nil && (mentionType(i) == nil || mentionType(i) == .person) {
            guard mentionWordCount(i) == 2, mentionEvidence(i) < .known else { continue }
            let last = mentions[i].words[1]
            guard mentions.indices.contains(where: { x in x != i && mentionType(x) == .place && mentionWordCount(x) == 1
                                                   && Self.h34CaseForms(mentions[x].words[0], last) }) else { continue }
            mentions[i].type = .organization
            mentions[i].evidence = .cue
        }
    }

    /// 'Siska Vesna Pavičić-Grgurić', 'Nadodrza Wojciech Kałuża-Brzęczek': a town's or a club's case form glued before a
    /// person of two words or more is named apart.
    mutating func h34GluedFirstWord(_ l: H34Lang) {
        guard l == .pl || l == .cs || l == .hr else { return }
        var added: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil && (mentionType(i) == nil || mentionType(i) == .person) {
            guard mentionWordCount(i) >= 3, let (a, b) = h34Range(i), h34Word(a) else { continue }
            let first = mentions[i].words[0]
            guard let x = mentions.indices.first(where: { x in x != i && mentionType(x) != .country && mentionType(x) != .person && mentionType(x) != nil
                                                        && !mentions[x].words.isEmpty && Self.h34CaseForms(mentions[x].words[0], first) }) else { continue }
            var c = a + 1
            while c < b, !h34Word(c) { c += 1 }
            guard c < b else { continue }
            if mentionType(x) == .place { added.append(mention(a, a + 1, type: .place, evidence: .cue)) }
            h34Rebuild(i, c, b, type: .person)
        }
        mentions.append(contentsOf: added)
    }

    // MARK: - Case forms

    /// Mentions whose words are case forms of another's ('Grzegorzem Wilczkowskim' of 'Grzegorz Wilczkowski', 'Sisku' of
    /// 'SISAK', 'Dunakanyar KSE-t' of 'Dunakanyar KSE') take its words (one entity) and, when it is surer, its type; a
    /// one-word form of a person's surname (or of a Hungarian family name, written first) takes the person's words.
    mutating func h34CaseForms(_ l: H34Lang) {
        let n = mentions.count
        guard n > 1 else { return }
        var words: [[String]] = mentions.map { m in
            var w = m.words.map { h34Stripped($0, l) }
            // ('KSE-t', 'MTI-nek', 'Lőrincz-Tóthot' read as words: the suffix is the last.)
            if l == .hu, w.count >= 2, Self.h34HungarianSuffixes.contains(w[w.count - 1]) { w.removeLast() }
            return w
        }
        for _ in 0..<2 {
        for j in 0..<n where mentionType(j) != .country && mentionKnown(j) == nil {
            for i in 0..<n where i != j && mentionType(i) != .country {
                let wi = words[i], wj = words[j]
                guard !wi.isEmpty, !wj.isEmpty, wi != wj || mentions[j].words != mentions[i].words else { continue }
                var same = false, asSurname = false, asPerson = false
                if wi.count == wj.count {
                    same = zip(wi, wj).allSatisfy { Self.h34CaseForms($0, $1) }
                } else if wj.count < wi.count, mentionType(i) == .person || mentionType(i) == nil && wi.count >= 2,
                          !(mentionType(j) == .place && mentionEvidence(j) >= .cue), wj.count > 1 || wj[0].count >= 4 {
                    // A surname (a family name first in Hungarian, a given name in Indonesian) or the last words of a person.
                    let part = l == .hu || l == .id ? Array(wi.prefix(wj.count)) : Array(wi.suffix(wj.count))
                    same = zip(part, wj).allSatisfy { Self.h34CaseForms($0, $1) }
                    asSurname = same
                    asPerson = same
                } else if wj.count < wi.count, mentionType(i) == .organization,
                          wi[wj.count...].allSatisfy({ Self.h34LegalForms.contains($0) || $0.count == 1 }) {
                    // 'Bucovina Lemn Design' of 'Bucovina Lemn Design SRL', 'Vestkyst Vindtekniks' of '… A/S'.
                    same = zip(wi.prefix(wj.count), wj).allSatisfy { Self.h34CaseForms($0, $1) }
                    asSurname = same
                }
                guard same else { continue }
                // The earlier-found, surer or longer mention gives its words and type.
                let iBetter = asSurname || mentionEvidence(i) > mentions[j].evidence
                    || mentionEvidence(i) == mentions[j].evidence && mentionStart(i) < mentions[j].start
                guard iBetter else { continue }
                mentions[j].words = mentions[i].words
                words[j] = words[i]
                if asPerson {
                    mentions[j].type = .person
                    if mentionType(i) == nil { mentions[i].type = .person }
                } else if let t = mentions[i].type, t != .country { mentions[j].type = t }
                break
            }
        }
        }
    }

    // MARK: - Places

    static let h34Locatives: [H34Lang: KeySet] = [
        .pl: h34Keys(["w", "we", "do", "nad", "pod", "koło", "spod", "z", "ze"]),
        .cs: h34Keys(["v", "ve", "na", "do", "u", "k", "ke", "z", "ze"]),
        .hr: h34Keys(["u", "iz", "na", "do", "kod", "prema", "pokraj"]),
        .ro: h34Keys(["în", "din", "la", "spre", "lângă"]),
        .sv: h34Keys(["i", "från", "till", "vid", "mot", "via", "södra", "norra", "östra", "västra", "mellersta"]),
        .da: h34Keys(["i", "fra", "til", "ved", "mod"]),
        .id: h34Keys(["di", "ke", "dari", "lereng"]),
    ]
    /// Nouns of towns, rivers, villages and halls before a name of up to three words ('u naselju Novo Selo Palanječko',
    /// 'w hali Okrąglak', 'vodostaja Kupe').
    static let h34PlaceNouns: [H34Lang: KeySet] = [
        .pl: h34Keys(["hali", "hala", "stadionie", "stadion", "miejscowości", "wsi", "gminie"]),
        .cs: h34Keys(["město", "města", "obce", "obci", "řeky", "řece", "řeka", "hale", "stadionu", "stadion"]),
        .hr: h34Keys(["grad", "grada", "naselju", "naselje", "naselja", "rijeke", "rijeci", "dvorani", "vodostaja", "vodostaj"]),
        .ro: h34Keys(["râul", "râului", "orașul", "oraşul", "orașului", "municipiul", "municipiului", "comuna", "satul", "județul", "sala", "stadionul"]),
        .id: h34Keys(["desa", "kota", "pekon", "kampung"]),
    ]
    /// Adjective + noun places ('Olomouckého kraje', 'Lonjskom polju').
    static let h34AdjectivePlaceNouns: [H34Lang: KeySet] = [
        .cs: h34Keys(["kraj", "kraje", "kraji", "krajem", "okres", "okresu", "okrese"]),
        .hr: h34Keys(["polje", "polju", "polja", "jezero", "jezeru", "jezera"]),
    ]
    static let h34IndonesianCompass = ["barat", "timur", "utara", "selatan", "tengah"]
    static let h34IndonesianPlaceHeads = h34Keys(["bukit", "pekon", "desa", "kampung", "gunung", "sungai", "danau", "pulau", "teluk"])
    static let h34FinnishPlaceEndings = ["ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle"]
    static let h34HungarianPlaceEndings = ["ban", "ben", "ból", "ből", "ba", "be", "ról", "ről", "án", "én"]
    static let h34FinnishPlaceNouns = h34Keys(["rannalla", "rannalle", "rannan", "rannalta", "alueella", "alueen", "kaupungissa", "kunnassa"])
    static let h34FinnishRegionPrefixes = h34Keys(["pohjois", "etelä", "itä", "länsi", "keski", "ylä", "ala", "sisä"])
    static let h34FinnishHallWords = h34Keys(["sali", "salin", "salissa", "saliin", "areena", "areenalla", "areenan", "talo", "talossa"])

    /// A one-word body or unknown name after a locative preposition or place noun ('v Přerově', 'în Bârlad', 'u Sisku'),
    /// with a Finnish or Hungarian locative ending ('Joensuussa', 'Egerben', 'Tatabányán'), a Finnish region
    /// ('Pohjois-Karjalan') or before a Finnish shore noun ('Pielisjoen rannalla') is a place; 'Lipníku nad Bečvou' one.
    mutating func h34Places(_ l: H34Lang) {
        let loc = Self.h34Locatives[l]
        var removed = Set<Int>()
        let nouns = Self.h34PlaceNouns[l]
        var added: [Mention] = []
        for i in mentions.indices where mentionType(i) != .country && mentionKnown(i) == nil && mentionType(i) != .place {
            guard let (a, b) = h34Range(i) else { continue }
            // 'vodostaja Kupe', 'u naselju Novo Selo …': a place noun before outweighs a person's reading.
            if let nouns, a > 0, h34Word(a - 1), nouns.contains(tokens[a - 1]), mentionWordCount(i) <= 3 {
                mentions[i].type = .place
                mentions[i].evidence = max(mentions[i].evidence, .cue)
                continue
            }
            if mentionType(i) == .person && mentionEvidence(i) >= .cue { continue }
            let key = tokens[a].key
            // Bodies by their head or institution word stay bodies ('ve Sněmovně', 'från Myndigheten').
            if Self.h34Institutions.contains(key, hash: tokens[a].keyHash) || (Self.h34Heads[l]?.contains(key, hash: tokens[a].keyHash) ?? false)
                || h34TailIsBody(tokens[b - 1].key, l) { continue }
            // Case forms of a person named in the article are no places ('z Kwiatoszkiem').
            let w = mentions[i].words
            if w.count == 1, mentions.contains(where: { $0.type == .person && $0.words.count >= 2 && $0.start != mentions[i].start
                                                        && Self.h34CaseForms($0.words[$0.words.count - 1], w[0]) }) { continue }
            var place = false
            if l == .id, Self.h34IndonesianPlaceHeads.contains(key, hash: tokens[a].keyHash) && b - a >= 2
                || Self.h34IndonesianCompass.contains(tokens[b - 1].key) && b - a >= 2 && mentionType(i) != .organization { place = true }
            if let nouns, a > 0, h34Word(a - 1), nouns.contains(tokens[a - 1]), w.count <= 3 { place = true }
            if (l == .sv || l == .da), h34OneWord(a, b), key.hasSuffix("land"), key.count > 6 { place = true }
            if h34OneWord(a, b) || b - a == 3 && (tokens[a + 1].key == "nad" || tokens[a + 1].key == "pod") {
                if let loc, a > 0, h34Word(a - 1), !tokens[a - 1].capitalized, loc.contains(tokens[a - 1]),
                   mentionType(i) != .person || mentionEvidence(i) == .guess {
                    place = true
                }
                if l == .fi, Self.h34FinnishPlaceEndings.contains(where: { tokens[b - 1].text.hasSuffix($0) }) { place = true }
                if l == .fi, h34Word(b), Self.h34FinnishPlaceNouns.contains(tokens[b]) { place = true }
                let hyphened = b - a >= 3 && tokens[a + 1].key == "-"
                if l == .fi, hyphened, Self.h34FinnishHallWords.contains(tokens[b - 1]) { place = true }
                if l == .fi, hyphened, Self.h34FinnishRegionPrefixes.contains(key, hash: tokens[a].keyHash) { place = true }
                if l == .hu, mentionType(i) != .organization || mentionEvidence(i) == .guess,
                   Self.h34HungarianPlaceEndings.contains(where: { tokens[a].text.hasSuffix($0) }), !tokens[a].text.contains("-") { place = true }
            }
            guard place else { continue }
            mentions[i].type = .place
            if mentionEvidence(i) < .cue { mentions[i].evidence = .cue }
        }
        // 'Olomouckého' + 'kraje', 'Lonjskom' + 'polju': one place.
        if let adj = Self.h34AdjectivePlaceNouns[l] {
            var k = 0
            while k + 1 < tokens.count {
                if h34Cap(k), h34Lower(k + 1), adj.contains(tokens[k + 1]), !isCountry[k] {
                    let (s, e) = (tokens[k].start, tokens[k].end)
                    for j in mentions.indices where mentionType(j) != .country && mentionKnown(j) == nil && mentionStart(j) == s && mentionEnd(j) == e { removed.insert(j) }
                    added.append(mention(k, k + 2, type: .place, evidence: .cue))
                    k += 1
                }
                k += 1
            }
        }
        // 'Lipníku' + 'nad' + 'Bečvou': one place.
        if l == .cs || l == .pl {
            for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil && !removed.contains(i) {
                guard let (a, b) = h34Range(i), b + 1 < tokens.count, tokens[b].key == "nad" || tokens[b].key == "pod", h34Cap(b + 1) else { continue }
                let s = tokens[b + 1].start
                for j in mentions.indices where j != i && mentionStart(j) == s && mentionType(j) != .country { removed.insert(j) }
                h34Rebuild(i, a, b + 2, type: .place)
            }
        }
        if !removed.isEmpty || !added.isEmpty { replaceMentions(removing: removed, adding: added) }
    }

    /// 'din Bârlad și Huși', 'la Botoșani, Piatra-Neamț și Focșani', 'Dalarna och Jämtland', 'Kupe i Save': a name joined
    /// by 'and' (or a comma, the list going on) to a place is a place.
    mutating func h34Coordinated(_ l: H34Lang) {
        var changed = true, rounds = 0
        while changed && rounds < 3 {
            changed = false
            rounds += 1
            for i in mentions.indices where mentionType(i) != .country && mentionKnown(i) == nil && mentionType(i) != .place {
                if mentionType(i) == .person && mentionEvidence(i) >= .cue || mentionType(i) == .organization && mentionEvidence(i) >= .cue { continue }
                guard let (a, b) = h34Range(i), a >= 2, h34OneWord(a, b) else { continue }
                let conj = Self.h34And.contains(tokens[a - 1])
                let comma = tokens[a - 1].key == "," && b + 1 < tokens.count
                    && (Self.h34And.contains(tokens[b]) || tokens[b].key == ",") && h34Cap(b + 1)
                guard conj || comma else { continue }
                let e = tokens[a - 2].end
                guard mentions.contains(where: { $0.end == e && $0.type == .place }) else { continue }
                mentions[i].type = .place
                mentions[i].evidence = .cue
                changed = true
            }
        }
    }
}
